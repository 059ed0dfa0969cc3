/*
 * cli: the command line (GNU conventions) and what it asks for.
 * Parsing only: no content is read here.  Exit status 2 on a usage error.
 */
#ifndef PA_CLI_H
#define PA_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "session.h"

enum cli_mode { CLI_INTERACTIVE, CLI_BATCH, CLI_CHECK, CLI_FACT_CHECK, CLI_DIFF, CLI_GRAPH, CLI_HELP,
                CLI_VERSION };

/* How a content tool writes (--format): the plan's text or JSON, the
 * fact-check sheet's Markdown. */
enum cli_format { CLI_TEXT, CLI_JSON, CLI_MD };

struct cli {
	enum cli_mode mode;
	struct session_options opt;
	bool format_given;
	const char *check_dir;        /* --check-content, --fact-check DIR; NULL: the default content */
	const char *diff_old, *diff_new; /* --diff-content OLD [NEW]; NEW NULL: the default content */
	const char *graph;            /* --graph dot|mermaid|outline */
	enum cli_format format;
	const char *answers_file;     /* --answers FILE */
	const char **answers;         /* each --answer KEY=VALUE, in order */
	size_t nanswers;
};

/* Parse argv into cli; on a usage error print it to stderr and return false. */
bool cli_parse(struct cli *cli, int argc, char **argv);
void cli_free(struct cli *cli);
void cli_usage(FILE *out);

#endif
