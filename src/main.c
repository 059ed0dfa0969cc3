/*
 * probation-advisor: whether a person can train as a Probation Officer
 * (the PQiP), by which route, and what to do next.
 *
 * main reads the command line, loads the content, and hands one session to
 * one front end: batch (answers given up front), --check-content, plain
 * (line by line) or curses (full screen).  Data flows one way:
 * content -> rules -> plan -> front end.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "content.h"
#include "lint.h"
#include "session.h"

/* Content installed with the program overrides the built-in copy, so an
 * advisor can update the rules without rebuilding. */
static const char *default_content_dir(void)
{
	struct stat st;
	if (stat(PA_DATADIR "/meta.cfg", &st) == 0 && S_ISREG(st.st_mode))
		return PA_DATADIR;
	return NULL;
}

static struct content *load(const char *dir)
{
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	diag_print(&d, stderr);
	if (!c)
		fprintf(stderr, "probation-advisor: %zu problem%s in the content; "
		                "nothing was changed\n", d.n, d.n == 1 ? "" : "s");
	diag_free(&d);
	return c;
}

static int check_content(const char *dir)
{
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	struct lint_stats st = { 0 };
	if (c)
		lint_content(c, &d, &st);
	diag_print(&d, stderr);
	int status = d.n ? 2 : 0;
	if (d.n)
		fprintf(stderr, "%s: %zu problem%s found\n", dir ? dir : "(built-in)", d.n, d.n == 1 ? "" : "s");
	else
		printf("%s: content OK: %zu questions, %zu outcomes, %zu FAQ entries, %zu example people; "
		       "every one of %.15g answer paths ends in exactly one outcome (%zu checked)\n",
		       content_origin(c), st.questions, st.outcomes, content_nfaq(c), st.scenarios, st.paths,
		       st.classes);
	diag_free(&d);
	content_free(c);
	return status;
}

/* --answers FILE then each --answer, into the session's answers. */
static bool read_answers(const struct cli *cli, struct session *s)
{
	struct diags d = { 0 };
	if (cli->answers_file)
		content_read_answers(s->c, cli->answers_file, s->answers, &d);
	int *seen = calloc(s->nanswers + 1, sizeof *seen);
	for (size_t i = 0; seen && i < cli->nanswers; i++) {
		size_t before = d.n;
		if (!content_parse_answer(s->c, cli->answers[i], s->answers, "--answer", 0, &d) || d.n != before)
			continue;
		const char *eq = strchr(cli->answers[i], '=');
		char key[128];
		snprintf(key, sizeof key, "%.*s", (int)(eq - cli->answers[i]), cli->answers[i]);
		int q = content_question_index(s->c, key);
		if (seen[q]++)
			diag_add(&d, "--answer", 0, "\"%s\" is answered twice", key);
	}
	free(seen);
	diag_print(&d, stderr);
	bool ok = d.n == 0;
	diag_free(&d);
	return ok;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	struct cli cli;
	if (!cli_parse(&cli, argc, argv)) {
		cli_free(&cli);
		return 2;
	}
	int status = 0;
	if (cli.mode == CLI_HELP) {
		cli_usage(stdout);
	} else if (cli.mode == CLI_VERSION) {
		printf("probation-advisor %s\n", PA_VERSION);
	} else if (cli.mode == CLI_CHECK) {
		status = check_content(cli.check_dir ? cli.check_dir : default_content_dir());
	} else {
		const char *dir = cli.opt.content_dir ? cli.opt.content_dir : default_content_dir();
		struct content *c = load(dir);
		struct session s = { 0 };
		if (!c) {
			status = 2;
		} else if (!session_init(&s, c, &cli.opt)) {
			fputs("probation-advisor: out of memory\n", stderr);
			status = 1;
		} else if (cli.mode == CLI_BATCH) {
			status = read_answers(&cli, &s) ? frontend_batch.run(&s) : 2;
		} else if (cli.opt.plain || !terminal_can_curses()) {
			status = frontend_plain.run(&s);
		} else {
			status = frontend_curses.run(&s);
		}
		session_free(&s);
		content_free(c);
	}
	if (fflush(stdout) != 0 && status == 0)
		status = 1;
	cli_free(&cli);
	return status;
}
