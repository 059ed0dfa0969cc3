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

enum cli_mode { CLI_INTERACTIVE, CLI_BATCH, CLI_CHECK, CLI_HELP, CLI_VERSION };

struct cli {
	enum cli_mode mode;
	struct session_options opt;
	bool format_given;
	const char *check_dir;        /* --check-content DIR; NULL: the default content */
	const char *answers_file;     /* --answers FILE */
	const char **answers;         /* each --answer KEY=VALUE, in order */
	size_t nanswers;
};

/* Parse argv into cli; on a usage error print it to stderr and return false. */
bool cli_parse(struct cli *cli, int argc, char **argv);
void cli_free(struct cli *cli);
void cli_usage(FILE *out);

#endif
