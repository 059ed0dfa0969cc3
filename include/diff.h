/*
 * diff: whom a change of the content affects.  Walks the answers of two
 * contents with the same questions by the lint's classes (options no rule
 * of either content tells apart are walked once), builds each class's plan
 * in both, and lists every class whose outcome, route, steps, durations,
 * total, what would change it, reasons or things to know differ, with one concrete set of answers for
 * it, and every example person (of either content) whose plan changes.
 */
#ifndef PA_DIFF_H
#define PA_DIFF_H

#include <stdbool.h>
#include <stdio.h>

#include "content.h"

/* What changed between two plans, as bits. */
enum {
	DIFF_OUTCOME = 1, DIFF_STEPS = 2, DIFF_DURATIONS = 4, DIFF_TOTAL = 8, DIFF_REASONS = 16, DIFF_NOTES = 32,
	DIFF_ROUTE = 64, DIFF_WHATIF = 128
};

/* Writes the changes (text, or JSON) to out; returns the exit status of
 * diff(1): 0 no plan changes, 1 some do, 2 trouble (said on stderr). */
int diff_content(const struct content *old, const struct content *new, FILE *out, bool json);

#endif
