/* cli: parse the command line. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_ANSWER = 256, OPT_ANSWERS, OPT_FORMAT, OPT_CHECK, OPT_CONTENT, OPT_CONFIG,
       OPT_NO_COLOR, OPT_NO_MOUSE, OPT_PLAIN, OPT_KIOSK, OPT_HELP, OPT_VERSION };

static const struct option options[] = {
	{ "plain", no_argument, NULL, OPT_PLAIN },
	{ "kiosk", no_argument, NULL, OPT_KIOSK },
	{ "content", required_argument, NULL, OPT_CONTENT },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "no-mouse", no_argument, NULL, OPT_NO_MOUSE },
	{ "answer", required_argument, NULL, OPT_ANSWER },
	{ "answers", required_argument, NULL, OPT_ANSWERS },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "check-content", no_argument, NULL, OPT_CHECK },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

void cli_usage(FILE *out)
{
	fputs("Usage: probation-advisor [--plain | --kiosk] [--content DIR] [--config FILE]\n"
	      "                         [--no-color] [--no-mouse]\n"
	      "       probation-advisor --answer KEY=VALUE ... | --answers FILE [--format text|json]\n"
	      "       probation-advisor --check-content [DIR]\n"
	      "       probation-advisor --help | --version\n"
	      "\n"
	      "Find out whether you can train as a Probation Officer (the PQiP), which\n"
	      "route you would take, and what to do next.\n"
	      "\n"
	      "  --plain              numbered questions line by line (screen readers, pipes)\n"
	      "  --kiosk              a public terminal: no way out, forgets each person\n"
	      "  --content DIR        read the content from DIR instead of the built-in copy\n"
	      "  --config FILE        read FILE instead of the system configuration file\n"
	      "  --no-color           no colour (also when NO_COLOR is set)\n"
	      "  --no-mouse           ignore the mouse\n"
	      "  --answer KEY=VALUE   answer a question and print the plan (repeatable)\n"
	      "  --answers FILE       read answers from a file and print the plan\n"
	      "  --format text|json   how to print the plan (default text)\n"
	      "  --check-content [DIR]  check content files and exit\n"
	      "  --help, --version    show this help or the version\n"
	      "\n"
	      "Exit status: 0 success, 1 runtime failure, 2 usage error or invalid content\n"
	      "or answers.  See probation-advisor(1) and probation-advisor-content(5).\n",
	      out);
}

static bool usage_error(const char *fmt, const char *arg)
{
	fputs("probation-advisor: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'probation-advisor --help' for more information.\n", stderr);
	return false;
}

/* The modes asked for by options that are not settings. */
struct asked {
	bool check, help, version;
};

static bool set_format(struct cli *cli, const char *v)
{
	if (strcmp(v, "text") == 0)
		cli->opt.format = SESSION_TEXT;
	else if (strcmp(v, "json") == 0)
		cli->opt.format = SESSION_JSON;
	else
		return usage_error("--format must be text or json, not '%s'", v);
	cli->format_given = true;
	return true;
}

/* One option that getopt_long returned as ch. */
static bool take_option(struct cli *cli, int ch, char **argv, struct asked *m)
{
	switch (ch) {
	case OPT_PLAIN: cli->opt.plain = true; return true;
	case OPT_KIOSK: cli->opt.kiosk = true; return true;
	case OPT_CONTENT: cli->opt.content_dir = optarg; return true;
	case OPT_CONFIG:
		if (cli->opt.config)
			return usage_error("%s", "--config can be given only once");
		cli->opt.config = optarg;
		return true;
	case OPT_NO_COLOR: cli->opt.no_color = true; return true;
	case OPT_NO_MOUSE: cli->opt.no_mouse = true; return true;
	case OPT_ANSWER: cli->answers[cli->nanswers++] = optarg; return true;
	case OPT_ANSWERS:
		if (cli->answers_file)
			return usage_error("%s", "--answers can be given only once");
		cli->answers_file = optarg;
		return true;
	case OPT_FORMAT: return set_format(cli, optarg);
	case OPT_CHECK: m->check = true; return true;
	case OPT_HELP: m->help = true; return true;
	case OPT_VERSION: m->version = true; return true;
	default:
		if (optopt >= OPT_ANSWER)
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		return usage_error("unknown option '%s'", argv[optind - 1]);
	}
}

/* The mode, from what was asked; false for a combination that makes none. */
static bool settle_mode(struct cli *cli, const struct asked *m)
{
	bool batch = cli->nanswers || cli->answers_file;
	if (m->help)
		cli->mode = CLI_HELP;
	else if (m->version)
		cli->mode = CLI_VERSION;
	else if (m->check && batch)
		return usage_error("%s", "--check-content cannot be combined with --answer or --answers");
	else if (m->check)
		cli->mode = CLI_CHECK;
	else if (batch)
		cli->mode = CLI_BATCH;
	else if (cli->format_given)
		return usage_error("%s", "--format needs --answer or --answers");
	else
		cli->mode = CLI_INTERACTIVE;
	if (cli->opt.kiosk && cli->mode != CLI_INTERACTIVE && cli->mode != CLI_HELP && cli->mode != CLI_VERSION)
		return usage_error("%s", "--kiosk is for the interactive advisor: it cannot be combined with "
		                         "--answer, --answers or --check-content");
	if (cli->opt.kiosk && cli->opt.plain)
		return usage_error("%s", "--kiosk needs the full screen: it cannot be combined with --plain");
	if (m->check && cli->check_dir && cli->opt.content_dir)
		return usage_error("%s", "give the directory to --check-content or to --content, not both");
	if (m->check && !cli->check_dir)
		cli->check_dir = cli->opt.content_dir;
	return true;
}

bool cli_parse(struct cli *cli, int argc, char **argv)
{
	memset(cli, 0, sizeof *cli);
	cli->answers = calloc((size_t)argc + 1, sizeof *cli->answers);
	if (!cli->answers)
		return usage_error("%s", "out of memory");
	struct asked m = { false, false, false };
	int ch;
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "", options, NULL)) != -1)
		if (!take_option(cli, ch, argv, &m))
			return false;
	if (m.check && optind < argc)
		cli->check_dir = argv[optind++];
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	return settle_mode(cli, &m);
}

void cli_free(struct cli *cli)
{
	free(cli->answers);
	cli->answers = NULL;
}
