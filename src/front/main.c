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
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "content.h"
#include "lint.h"
#include "plan.h"
#include "resume.h"
#include "session.h"
#include "text.h"
#include "tools.h"

extern char **environ;

#define ANSWER_PROBLEMS_SHOWN 20

/* Content installed with the program overrides the built-in copy, so an
 * advisor can update the rules without rebuilding. */
static const char *default_content_dir(void)
{
	struct stat st;
	if (stat(PA_DATADIR "/meta.cfg", &st) == 0 && S_ISREG(st.st_mode))
		return PA_DATADIR;
	return NULL;
}

static int check_content(const char *dir, const struct session_options *opt)
{
	struct diags d = { 0 };
	struct content *c = content_open(dir, &d);
	/* With --as-of, the version of that day; else every version. */
	struct content *v = c && opt->as_of ? content_on(c, opt->as_of_day) : c;
	struct lint_stats st = { 0 };
	if (v)
		lint_content(v, &d, &st);
	diag_print(&d, stderr);
	int status = d.n ? 2 : 0;
	char *name = text_sanitize(d.n ? (dir ? dir : "(built-in)") : content_origin(c));
	char stale[512];
	time_t now = opt->as_of ? (time_t)opt->as_of_day * 86400 : time(NULL);
	if (c && plan_stale_warning(c, now, stale, sizeof stale))
		fprintf(stderr, "%s/meta.cfg: %s\n", name ? name : "?", stale);
	if (d.n)
		fprintf(stderr, "%s: %zu problem%s found\n", name ? name : "?", d.n, d.n == 1 ? "" : "s");
	else
		printf("%s: content OK: %zu questions, %zu outcomes, %zu FAQ entries, %zu example people; "
		       "every one of %.15g answer paths ends in exactly one outcome (%zu checked)\n",
		       name ? name : "?", st.questions, st.outcomes, content_nfaq(c), st.scenarios, st.paths,
		       st.classes);
	free(name);
	diag_free(&d);
	if (v != c)
		content_free(v);
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
	/* Thousands of bad answers are one mistake made many times. */
	diag_print_some(&d, stderr, ANSWER_PROBLEMS_SHOWN);
	bool ok = d.n == 0;
	diag_free(&d);
	return ok;
}

/* An account whose sshd ForceCommand runs the advisor gets the command the
 * client asked for (scp, sftp, anything) in SSH_ORIGINAL_COMMAND: run none. */
static bool refuse_ssh_command(void)
{
	const char *cmd = getenv("SSH_ORIGINAL_COMMAND");
	if (!cmd || !*cmd)
		return false;
	fputs("probation-advisor: this account runs only the advisor; it does not run commands or copy "
	      "files (scp, sftp). Log in with ssh -t and no command.\n", stderr);
	return true;
}

/* The kiosk's locks that must be in place before any terminal is opened:
 * no core file (answers could be in it), no ptrace or /proc reading by the
 * same user, and nothing taken from the person's environment: $HOME and
 * XDG_* (files of theirs), TERMINFO* and TERMCAP (a terminal description
 * of theirs, which curses would read), COLUMNS and LINES (a size of theirs:
 * the window's own is used). */
static void kiosk_lock(void)
{
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	static const char *const drop[] = { "HOME", "TERMINFO", "TERMINFO_DIRS", "TERMCAP", "COLUMNS", "LINES" };
	for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
		unsetenv(drop[i]);
	for (bool again = true; again;) {
		again = false;
		for (char **e = environ; *e; e++)
			if (strncmp(*e, "XDG_", 4) == 0) {
				char name[256];
				snprintf(name, sizeof name, "%.*s", (int)strcspn(*e, "="), *e);
				unsetenv(name);
				again = true;
				break;
			}
	}
}

/* Can a kiosk start here?  It has no plain front end: a kiosk that cannot
 * lock the full screen does not start at all. */
static bool kiosk_terminal_ok(const struct cli *cli)
{
	if (cli->opt.plain) {
		fputs("probation-advisor: kiosk mode is on in the configuration file, and a kiosk has no "
		      "plain front end; leave out --plain\n", stderr);
		return false;
	}
	if (terminal_can_curses())
		return true;
	const char *term = getenv("TERM");
	char *safe = term ? text_sanitize(term) : NULL;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		fputs("probation-advisor: kiosk mode needs a terminal, and standard input or output is not one "
		      "(for ssh, use ssh -t)\n", stderr);
	else
		fprintf(stderr, "probation-advisor: kiosk mode needs a full-screen terminal, and TERM=%s%s%s "
		                "is not one\n", safe ? "\"" : "", safe ? safe : "(unset)", safe ? "\"" : "");
	free(safe);
	return false;
}

/* --resume CODE: its answers, and what it said, for the front end to tell;
 * a code refused is a usage error. */
static bool resume_answers(const struct cli *cli, struct session *s, char *note, size_t size)
{
	char bad = 0;
	enum resume_status st = resume_decode(s->c, cli->opt.resume, s->answers, &bad);
	resume_message(st, bad, note, size);
	if (!RESUME_TAKEN(st)) {
		fprintf(stderr, "probation-advisor: --resume: %s\n", note);
		return false;
	}
	s->notice = note;
	return true;
}

static int run(struct cli *cli)
{
	if (cli->mode == CLI_CHECK)
		return check_content(cli->check_dir     ? cli->check_dir
		                     : cli->opt.content_dir ? cli->opt.content_dir
		                                            : default_content_dir(),
		                     &cli->opt);
	if (cli->mode == CLI_FACT_CHECK || cli->mode == CLI_DIFF || cli->mode == CLI_GRAPH)
		return tools_run(cli, default_content_dir());
	bool kiosk = cli->opt.kiosk && cli->mode == CLI_INTERACTIVE;
	if (cli->mode == CLI_INTERACTIVE) {
		/* Never a core file of a person's answers: no file is written
		 * that they did not ask for. */
		setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 });
	}
	if (kiosk) {
		kiosk_lock();
		if (!kiosk_terminal_ok(cli))
			return cli->opt.plain ? 2 : 1;
	}
	const char *dir = cli->opt.content_dir ? cli->opt.content_dir : default_content_dir();
	/* The advice as it is today, or on --as-of's day. */
	struct content *c = tools_as_of(&cli->opt, tools_load(dir), time(NULL));
	struct session s = { 0 };
	char note[512];
	int status;
	if (!c) {
		status = 2;
	} else if (!session_init(&s, c, &cli->opt)) {
		fputs("probation-advisor: out of memory\n", stderr);
		status = 1;
	} else if (cli->mode == CLI_BATCH) {
		status = read_answers(cli, &s) ? frontend_batch.run(&s) : 2;
	} else if (cli->opt.resume && (kiosk || !resume_answers(cli, &s, note, sizeof note))) {
		if (kiosk)
			fputs("probation-advisor: --resume is one person's: a kiosk's command line cannot carry it\n", stderr);
		status = 2;
	} else if (!kiosk && (cli->opt.plain || !terminal_can_curses())) {
		status = frontend_plain.run(&s);
	} else {
		status = frontend_curses.run(&s);
	}
	session_free(&s);
	tools_free(c);
	return status;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	/* A file size limit makes a write fail, which is reported, rather than
	 * kill the program half-way through a plan. */
	signal(SIGXFSZ, SIG_IGN);
	if (refuse_ssh_command())
		return 2;
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
	} else {
		struct config cfg;
		struct diags d = { 0 };
		bool ok = config_load(&cfg, &cli.opt, &d);
		diag_print(&d, stderr);
		if (!ok) {
			/* Whatever the file meant, a kiosk must not start unlocked. */
			fprintf(stderr, "probation-advisor: %zu problem%s in the configuration; not starting\n", d.n,
			        d.n == 1 ? "" : "s");
			status = 2;
		} else {
			status = run(&cli);
		}
		diag_free(&d);
		config_free(&cfg);
	}
	if (fflush(stdout) != 0 && status == 0)
		status = 1;
	cli_free(&cli);
	return status;
}
