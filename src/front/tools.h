/*
 * tools: the content tools of the command line, for the advisors who edit
 * the rules: --fact-check, --diff-content and --graph (--check-content is
 * main's).  Each loads the content it is given, writes to stdout, reports
 * problems on stderr, and returns the exit status.
 */
#ifndef PA_TOOLS_H
#define PA_TOOLS_H

#include "cli.h"
#include "content.h"
#include "session.h"

/* DIR loaded and checked, or the built-in content when dir is NULL;
 * problems printed on stderr, NULL when there were any. */
struct content *tools_load(const char *dir);

/* c as it is on --as-of's day, else on now's: a view (content_on), or
 * NULL when c is; tools_free frees the view and c. */
struct content *tools_as_of(const struct session_options *opt, struct content *c, time_t now);
void tools_free(struct content *view);

/* Run the tool cli names; default_dir is the content when none is given
 * (NULL: the built-in content). */
int tools_run(const struct cli *cli, const char *default_dir);

#endif
