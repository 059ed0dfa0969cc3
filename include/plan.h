/*
 * plan: the result a person takes away, assembled once from the content and
 * the answers, and written as text (the handout) for every front end.
 *
 * A plan holds the outcome, the reasons, the steps and things to know that
 * apply to this person, the estimated total time, the answers the flow did
 * not use, and the content's source and review date.  Building it is pure;
 * plan_write_text is the only writer and goes to the stream it is given.
 */
#ifndef PA_PLAN_H
#define PA_PLAN_H

#include <stdbool.h>
#include <stdio.h>

#include "content.h"
#include "rules.h"

#define PLAN_MAX_ITEMS 64

struct plan_total {
	int min, max;          /* months, summed over the steps that state them */
	bool min_unknown;      /* some step's length is not stated at all */
	bool max_unknown;      /* some step states no upper bound */
};

struct plan {
	const struct content *c;
	int outcome;                       /* index, RULES_NONE or RULES_AMBIGUOUS */
	int next;                          /* question still to answer, or RULES_NONE */
	int *effective;                    /* nquestions slots, owned */
	struct rules_reason reasons[PLAN_MAX_ITEMS];
	size_t nreasons;
	const struct content_step *steps[PLAN_MAX_ITEMS];   /* those that apply, in order */
	size_t nsteps;
	const struct content_note *notes[PLAN_MAX_ITEMS];   /* the outcome's, then the common ones */
	size_t nnotes;
	struct plan_total total;
};

/* Build the plan for answers[]; false (and plan->next set) when the flow
 * still needs an answer, or when no single outcome applies. */
bool plan_build(struct plan *p, const struct content *c, const int *answers);
void plan_free(struct plan *p);

/* How a reason reads: "met" or "not met" for a requirement, "about you"
 * for a fact about the person (its text, met or unmet, says which). */
const char *plan_reason_label(const struct rules_reason *r);
/* The reason's text: the criterion's met or unmet sentence. */
const char *plan_reason_text(const struct content *c, const struct rules_reason *r);
/* How a source is named under the advice: its title, and for the finder's
 * general guide, that it is only that.  Writes into buf. */
const char *plan_source_text(const struct content *c, size_t i, char *buf, size_t size);
/* Said before a step or note that is the advisor's own suggestion. */
#define PLAN_SUGGESTION "Advisor's suggestion, not from the documents: "
/* Said after it, where a label before it does not fit (the panes). */
#define PLAN_SUGGESTION_NOTE "(This is the advisor's suggestion, not from the documents.)"

/* Months as a person reads them: "about 12 months", "3 to 6 months",
 * "from 3 months", "not stated".  Writes into buf. */
const char *plan_months(int min, int max, char *buf, size_t size);
/* A step's length: its months, else its stated "time", else "not stated". */
const char *plan_step_time(const struct content_step *s, char *buf, size_t size);
/* The estimated total, marked as an estimate. */
const char *plan_total_text(const struct plan_total *t, char *buf, size_t size);

/* Write text wrapped to width, its first line after the label `first`, all
 * lines indented by `indent` columns.  Control characters never get out. */
void plan_put(FILE *out, int width, const char *first, int indent, const char *text);

/* The handout: answers, outcome, why, steps, things to know, FAQ, contacts,
 * content source and review date.  Wrapped to width columns. */
void plan_write_text(const struct plan *p, const int *answers, FILE *out, int width);

#endif
