/*
 * lint: the checks that need the whole flow, run by --check-content on top
 * of everything content_load already checks.
 *
 * It walks every combination of answers the flow can ask (by classes of
 * answers no rule tells apart, see rules_walk_classes) and proves that
 * each ends in exactly one outcome, that every question is asked on some
 * path and every outcome reached by one, and that each example person
 * (scenario) gets the outcome the file expects, and that every statement
 * cites the passage it rests on.  Pure: problems go to d.
 */
#ifndef PA_LINT_H
#define PA_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "diag.h"
#include "rules.h"

/* A walk of more class paths than this is stopped and reported. */
#define LINT_MAX_PATHS 5000000

struct lint_stats {
	double paths;          /* answer paths proven: every combination the flow can ask */
	size_t classes;        /* class paths walked to prove them (see rules_walk_classes) */
	size_t questions, outcomes, scenarios;
};

bool lint_content(const struct content *c, struct diags *d, struct lint_stats *stats);
/* Every reason, step, note, FAQ answer and level's examples cites a
 * source, or (a step or note) is marked as the advisor's suggestion. */
void lint_citations(const struct content *c, struct diags *d);

/* ---- lint_whatif.c ---- */
/* Every outcome ranked where answers can be changed; no reach on an
 * unsure answer. */
void lint_whatif_content(const struct content *c, struct diags *d);
/* Prove each what-if of a path of the walk: every way on from its changes
 * reaches the outcome it names or a nearer one, and some way reaches it. */
void lint_whatif_path(const struct content *c, const struct rules_classes *k, const int *effective, int outcome,
                      struct diags *d);

/* "key=value, key=value (or other, values)" for the answers a path used,
 * with the answers of the same class when k is not NULL, into buf. */
const char *lint_describe(const struct content *c, const struct rules_classes *k,
                          const int *effective, char *buf, size_t size);

#endif
