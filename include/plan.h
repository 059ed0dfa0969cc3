/*
 * plan: what a person is told, built once as one document of typed blocks
 * that every front end renders: text (the handout, plain mode, batch
 * text), JSON (batch) and panes (the full-screen result).
 *
 * plan_build does every rule and every lookup: the flow, the outcome, the
 * reasons, the steps and things to know that apply, the total, the FAQ
 * entries and contacts (resolved to the content's elements), the answers
 * used and unused, the content's review date with a warning when it is
 * stale on the day given, its sources, and the resume code that brings
 * the answers back (resume.h).  It is pure: no I/O, no clock
 * (now is passed in).  Renderers only walk the blocks in order; a section
 * starts wherever the kind of block changes section.
 */
#ifndef PA_PLAN_H
#define PA_PLAN_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "content.h"
#include "lang.h"
#include "rules.h"

enum plan_kind {
	PLAN_HEADLINE,   /* the outcome in one line; id: the outcome's */
	PLAN_SUMMARY,
	PLAN_TIMELINE,   /* the route as a picture: the plan's timeline; text: it as a sentence */
	PLAN_STEP,       /* detail: how long it takes, NULL when it has no length by nature */
	PLAN_TOTAL,      /* the estimated total time; detail: what it assumes, or NULL */
	PLAN_WHATIF,     /* a change that would lead nearer to qualifying; id: the outcome's */
	PLAN_REASON,     /* a requirement met or not, or a fact about the person; id: the criterion's */
	PLAN_NOTE,       /* one of the things to know; everyone: told to every person alike */
	PLAN_FAQ,        /* a related FAQ entry; text: its question */
	PLAN_CONTACT,    /* text: the name; id: the contact's */
	PLAN_ANSWER,     /* a question the result rests on; detail: the answer */
	PLAN_UNUSED,     /* an answer given that the result does not need */
	PLAN_MADE,       /* the day the plan was made; id: the date, YYYY-MM-DD */
	PLAN_REVIEWED,   /* when the rules were last reviewed; id: the date */
	PLAN_WARNING,    /* e.g. the rules are over a year old */
	PLAN_SOURCE,     /* a source document; detail: what it is (plan_about only) */
	PLAN_RESUME,     /* the resume code: text and id the code, detail how to use it */
	PLAN_NKINDS
};

/* The sections in the order a person needs them: what to do first. */
enum plan_section {
	PLAN_S_RESULT, PLAN_S_ROUTE, PLAN_S_STEPS, PLAN_S_WHATIF, PLAN_S_WHY, PLAN_S_NOTES, PLAN_S_FAQ,
	PLAN_S_CONTACTS, PLAN_S_ANSWERS, PLAN_S_ABOUT, PLAN_S_RESUME, PLAN_NSECTIONS
};

struct plan_block {
	enum plan_kind kind;
	const char *text;        /* the words, never NULL */
	const char *detail;      /* a second line, or NULL */
	const char *id;          /* the content's id for it, or NULL */
	int faq;                 /* the FAQ entry it comes from or leads to, or -1 */
	const struct content_cites *cites; /* the passages it rests on (reason, step, note), or NULL */
	bool met, fact;          /* PLAN_REASON: met; a fact about the person, not a requirement */
	bool suggestion;         /* PLAN_STEP, PLAN_NOTE: the advisor's own, not the documents' */
	bool secondary;          /* PLAN_SOURCE: only the finder's general guide */
	bool everyone;           /* PLAN_NOTE: the same for every person (the screen folds it) */
	union {
		const struct content_step *step;        /* PLAN_STEP */
		const struct content_contact *contact;  /* PLAN_CONTACT */
		const struct content_source *source;    /* PLAN_SOURCE */
		const struct content_question *question; /* PLAN_ANSWER, PLAN_UNUSED */
		const struct rules_whatif *whatif;      /* PLAN_WHATIF */
	} of;
	int question, option;    /* PLAN_ANSWER, PLAN_UNUSED: the question's index and the value's */
	char *own;               /* text made for this block, freed with it */
};

struct plan_total {
	int min, max;          /* months, summed over the steps that state them */
	bool min_unknown;      /* some step's length is not stated at all */
	bool max_unknown;      /* some step states no upper bound */
};

/* A step on the timeline, in months from today: its length (min, max:
 * CONTENT_MONTHS_UNKNOWN where not stated, max also where open-ended) and
 * when it starts and ends at the soonest and the latest (PLAN_OPEN where
 * no bound can be given). */
#define PLAN_OPEN (-1)
struct plan_span {
	const struct content_step *step;
	const char *label;
	int min, max;
	int start_min, start_max, end_min, end_max;
};

struct plan_timeline {
	struct plan_span *v;   /* owned */
	size_t n;
};

struct plan {
	const struct content *c;
	int outcome;              /* index, RULES_NONE or RULES_AMBIGUOUS */
	int next;                 /* question still to answer, or RULES_NONE */
	int *effective;           /* nquestions slots, owned */
	struct plan_total total;
	struct plan_timeline timeline;
	struct rules_whatif *whatif;  /* owned, nwhatif of them, PLAN_WHATIF's */
	size_t nwhatif;
	struct plan_block *b;     /* owned, nb of them */
	size_t nb, cap;
};

/* The document for answers[] on the day now (never NULL: mem.h).  Without
 * one outcome (a question still to answer, or a fault in the content) it
 * holds only the answers and the about blocks. */
struct plan *plan_build(const struct content *c, const int *answers, time_t now);
/* Documents of the same blocks for the screens that show them apart from
 * a result: every step of outcome o; every contact; the review date, its
 * warning and the sources. */
struct plan *plan_route(const struct content *c, size_t o);
struct plan *plan_contacts(const struct content *c);
struct plan *plan_about(const struct content *c, time_t now);
/* Wipes the answers it holds and frees it; NULL does nothing. */
void plan_free(struct plan *p);
/* The first block of kind k, or NULL. */
const struct plan_block *plan_find(const struct plan *p, enum plan_kind k);
/* Does the plan have one outcome? */
bool plan_complete(const struct plan *p);

enum plan_section plan_section_of(enum plan_kind k);
const char *plan_section_title(enum plan_section s);

/* How a reason reads: "met" or "not met" for a requirement, "about you"
 * for a fact about the person (its text, met or unmet, says which). */
const char *plan_reason_label(const struct plan_block *b);
/* How a source is named under the advice: "Source: " and its title, and
 * for the finder's general guide, that it is only that.  Writes into buf. */
const char *plan_source_text(const struct plan_block *b, char *buf, size_t size);
/* A step or note that is the advisor's own suggestion, as it reads (a
 * format for its text; both to be passed through gettext). */
#define PLAN_SUGGESTION N_("Advisor's suggestion, not from the documents: %s")
/* Said after it, where a label before it does not fit (the panes). */
#define PLAN_SUGGESTION_NOTE N_("(This is the advisor's suggestion, not from the documents.)")

/* The review-date warning for the day now, or NULL when the rules were
 * reviewed within a year (or the date cannot be read). */
const char *plan_stale_warning(const struct content *c, time_t now, char *buf, size_t size);

/* Months as a person reads them: "about 12 months", "3 to 6 months",
 * "from 3 months", "not stated".  Writes into buf. */
const char *plan_months(int min, int max, char *buf, size_t size);
/* A step's length: its months, else its stated "time", else "not stated". */
const char *plan_step_time(const struct content_step *s, char *buf, size_t size);
/* The total at the timeline's end: "In all: from 30 months, an estimate". */
const char *plan_total_short(const struct plan_total *t, char *buf, size_t size);
/* The estimated total, marked as an estimate. */
const char *plan_total_text(const struct plan_total *t, char *buf, size_t size);

/* ---- timeline.c: the route as a picture ---- */
#define PLAN_CHART_NARROW 38  /* fits a window of 40 columns */
/* The timeline of the steps of outcome o that hold for effective: pure;
 * the total is the plan's. */
void plan_timeline_of(const struct content *c, const struct content_outcome *o, const int *effective,
                      struct plan_timeline *tl);
/* The timeline as a sentence, for reading aloud ("Level 4 access, from 3
 * months; then ..."); the caller frees it. */
char *plan_timeline_sentence(const struct plan *p);
/* The timeline drawn width columns wide, one row a step, each
 * to scale where its months are stated: box characters when utf8, else
 * ASCII.  Returns the number of rows in *rows (each and the array the
 * caller's to free). */
size_t plan_timeline_chart(const struct plan *p, int width, bool utf8, char ***rows);

/* ---- plan_text.c: the text renderer ---- */
/* Write text wrapped to width, its first line after the label `first`, all
 * lines indented by `indent` columns.  Control characters never get out. */
void plan_put(FILE *out, int width, const char *first, int indent, const char *text);
/* The handout: the content's title, then every block under its section's
 * heading.  Wrapped to width columns. */
void plan_write_text(const struct plan *p, FILE *out, int width);
/* The same for plain mode: the timeline as a sentence, not a picture. */
void plan_write_plain(const struct plan *p, FILE *out, int width);

/* The passages cites names, each under the title of its source and the
 * lines it spans, wrapped to width and indented by indent columns. */
void plan_write_passages(FILE *out, const struct content *c, const struct content_cites *cites, int width,
                         int indent);

/* ---- plan_json.c: the JSON renderer ---- */
struct json_t;
/* The plan as one JSON object (jansson's), its keys in the document's
 * order; NULL when out of memory. */
struct json_t *plan_json(const struct plan *p);
/* A statement's citations as a JSON array: each one's source id and
 * title, its file and lines, the quote and the passage's own words. */
struct json_t *plan_json_cites(const struct content *c, const struct content_cites *cites);

#endif
