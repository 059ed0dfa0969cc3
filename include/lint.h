/*
 * lint: the checks that need the whole flow, run by --check-content on top
 * of everything content_load already checks.
 *
 * It walks every combination of answers the flow can ask and proves that
 * each ends in exactly one outcome, that every question is asked on some
 * path and every outcome reached by one, and that each example person
 * (scenario) gets the outcome the file expects.  Pure: problems go to d.
 */
#ifndef PA_LINT_H
#define PA_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "diag.h"

/* A walk longer than this is stopped and reported, not left to run. */
#define LINT_MAX_PATHS 5000000

struct lint_stats {
	size_t paths;          /* complete paths walked */
	size_t questions, outcomes, scenarios;
};

bool lint_content(const struct content *c, struct diags *d, struct lint_stats *stats);

/* "key=value, key=value" for the answers a path used, into buf. */
const char *lint_describe(const struct content *c, const int *effective, char *buf, size_t size);

#endif
