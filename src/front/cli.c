/* cli: parse the command line. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "content.h"
#include "lang.h"
#include "text.h"

enum { OPT_ANSWER = 256, OPT_ANSWERS, OPT_FORMAT, OPT_CHECK, OPT_CONTENT, OPT_CONFIG,
       OPT_NO_COLOR, OPT_NO_MOUSE, OPT_PLAIN, OPT_KIOSK, OPT_RESUME, OPT_HELP, OPT_VERSION, OPT_FACT_CHECK,
       OPT_DIFF, OPT_GRAPH, OPT_AS_OF, OPT_LANG };

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
	{ "fact-check", no_argument, NULL, OPT_FACT_CHECK },
	{ "diff-content", required_argument, NULL, OPT_DIFF },
	{ "graph", required_argument, NULL, OPT_GRAPH },
	{ "as-of", required_argument, NULL, OPT_AS_OF },
	{ "resume", required_argument, NULL, OPT_RESUME },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

void cli_usage(FILE *out)
{
	fputs(_("Usage: probation-advisor [--plain | --kiosk] [--content DIR] [--config FILE]\n"
	      "                         [--no-color] [--no-mouse] [--as-of DATE] [--resume CODE]\n"
	      "                         [--lang cy|en]\n"
	      "       probation-advisor --answer KEY=VALUE ... | --answers FILE [--format text|json]\n"
	      "       probation-advisor --check-content [DIR] | --fact-check [DIR] [--format text|md]\n"
	      "       probation-advisor --diff-content OLD [NEW] [--format text|json]\n"
	      "       probation-advisor --graph dot|mermaid|outline [--content DIR]\n"
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
	      "  --resume CODE        start with the answers of a resume code from a plan\n"
	      "  --answer KEY=VALUE   answer a question and print the plan (repeatable)\n"
	      "  --answers FILE       read answers from a file and print the plan\n"
	      "  --format FORMAT      text or json for the plan and --diff-content, text or md\n"
	      "                       for --fact-check (default text)\n"
	      "  --check-content [DIR]  check content files and exit\n"
	      "  --fact-check [DIR]   every statement beside the source passage it cites\n"
	      "  --diff-content OLD [NEW]  whom a change of the content affects (NEW: the\n"
	      "                       built-in content); exit 0 none, 1 some, 2 trouble\n"
	      "  --graph dot|mermaid|outline  the questions, conditions and outcomes\n"
	      "  --as-of DATE         the advice as it is on DATE (YYYY-MM-DD), in any mode\n"
	      "  --lang cy|en         Welsh (Cymraeg) or English, in any mode (default: the\n"
	      "                       configuration's lang, else the locale's language)\n"
	      "  --help, --version    show this help or the version\n"
	      "\n"
	      "Exit status: 0 success, 1 runtime failure, 2 usage error or invalid content\n"
	      "or answers.  See probation-advisor(1) and probation-advisor-content(5).\n"),
	      out);
}

/* A usage error: fmt (translated here, so `make pot` takes the first
 * argument of usage_error and usage_problem) with the argument the person
 * gave, printed with no escape sequence of its own. */
static bool usage_error(const char *fmt, const char *arg)
{
	char *safe = text_sanitize(arg);
	fputs("probation-advisor: ", stderr);
	fprintf(stderr, gettext(fmt), safe ? safe : "?");
	free(safe);
	fprintf(stderr, "\n%s\n", _("Try 'probation-advisor --help' for more information."));
	return false;
}

static bool usage_problem(const char *msg)
{
	fprintf(stderr, "probation-advisor: %s\n%s\n", gettext(msg),
	        _("Try 'probation-advisor --help' for more information."));
	return false;
}

/* The tools that take the content: which one, and its arguments. */
struct tools {
	bool check, fact, help, version;
	const char *format;
};

/* --format, for the mode chosen: text everywhere, json for the plan and
 * the diff, md for the fact-check sheet. */
static bool set_format(struct cli *cli, const char *f)
{
	bool json = cli->mode == CLI_BATCH || cli->mode == CLI_DIFF, md = cli->mode == CLI_FACT_CHECK;
	if (!f)
		return true;
	if (!json && !md)
		return usage_problem("--format needs --answer, --answers, --fact-check or --diff-content");
	if (strcmp(f, "text") == 0)
		cli->format = CLI_TEXT;
	else if (json && strcmp(f, "json") == 0)
		cli->format = CLI_JSON;
	else if (md && strcmp(f, "md") == 0)
		cli->format = CLI_MD;
	else
		return json ? usage_error("--format must be text or json here, not '%s'", f)
		            : usage_error("--format must be text or md here, not '%s'", f);
	cli->opt.format = cli->format == CLI_JSON ? SESSION_JSON : SESSION_TEXT;
	cli->format_given = true;
	return true;
}

static bool choose_mode(struct cli *cli, const struct tools *t)
{
	bool batch = cli->nanswers || cli->answers_file;
	int tools = t->check + t->fact + (cli->diff_old != NULL) + (cli->graph != NULL);
	if (t->help)
		cli->mode = CLI_HELP;
	else if (t->version)
		cli->mode = CLI_VERSION;
	else if (tools > 1)
		return usage_problem("give one of --check-content, --fact-check, --diff-content and --graph");
	else if (tools && batch)
		return usage_problem("a content tool cannot be combined with --answer or --answers");
	else if (t->check)
		cli->mode = CLI_CHECK;
	else if (t->fact)
		cli->mode = CLI_FACT_CHECK;
	else if (cli->diff_old)
		cli->mode = CLI_DIFF;
	else if (cli->graph)
		cli->mode = CLI_GRAPH;
	else if (batch)
		cli->mode = CLI_BATCH;
	else
		cli->mode = CLI_INTERACTIVE;
	if (cli->graph && strcmp(cli->graph, "dot") != 0 && strcmp(cli->graph, "mermaid") != 0 &&
	    strcmp(cli->graph, "outline") != 0)
		return usage_error("--graph must be dot, mermaid or outline, not '%s'", cli->graph);
	return cli->mode == CLI_HELP || cli->mode == CLI_VERSION || set_format(cli, t->format);
}

static bool check_combinations(struct cli *cli)
{
	bool tool = cli->mode == CLI_CHECK || cli->mode == CLI_FACT_CHECK;
	if (cli->opt.kiosk && cli->mode != CLI_INTERACTIVE && cli->mode != CLI_HELP && cli->mode != CLI_VERSION)
		return usage_problem("--kiosk is for the interactive advisor: it cannot be combined with "
		                         "--answer, --answers or a content tool");
	if (cli->opt.resume && cli->mode != CLI_INTERACTIVE && cli->mode != CLI_HELP && cli->mode != CLI_VERSION)
		return usage_problem("--resume is for the interactive advisor: it cannot be combined with "
		                         "--answer, --answers or a content tool");
	if (cli->opt.resume && cli->opt.kiosk)
		return usage_problem("--resume is one person's: a kiosk's command line cannot carry it");
	if (cli->opt.kiosk && cli->opt.plain)
		return usage_problem("--kiosk needs the full screen: it cannot be combined with --plain");
	if (tool && cli->check_dir && cli->opt.content_dir)
		return usage_problem("give the directory to the tool or to --content, not both");
	if (cli->mode == CLI_DIFF && cli->diff_new && cli->opt.content_dir)
		return usage_problem("give NEW to --diff-content or to --content, not both");
	if (tool && !cli->check_dir)
		cli->check_dir = cli->opt.content_dir;
	if (cli->mode == CLI_DIFF && !cli->diff_new)
		cli->diff_new = cli->opt.content_dir;
	return true;
}

static bool take_option(struct cli *cli, struct tools *t, int ch, char **argv)
{
	switch (ch) {
	case OPT_PLAIN: cli->opt.plain = true; break;
	case OPT_KIOSK: cli->opt.kiosk = true; break;
	case OPT_CONTENT: cli->opt.content_dir = optarg; break;
	case OPT_CONFIG:
		if (cli->opt.config)
			return usage_problem("--config can be given only once");
		cli->opt.config = optarg;
		break;
	case OPT_NO_COLOR: cli->opt.no_color = true; break;
	case OPT_NO_MOUSE: cli->opt.no_mouse = true; break;
	case OPT_ANSWER: cli->answers[cli->nanswers++] = optarg; break;
	case OPT_ANSWERS:
		if (cli->answers_file)
			return usage_problem("--answers can be given only once");
		cli->answers_file = optarg;
		break;
	case OPT_FORMAT: t->format = optarg; break;
	case OPT_CHECK: t->check = true; break;
	case OPT_FACT_CHECK: t->fact = true; break;
	case OPT_DIFF: cli->diff_old = optarg; break;
	case OPT_GRAPH: cli->graph = optarg; break;
	case OPT_AS_OF:
		cli->opt.as_of = true;
		if ((cli->opt.as_of_day = content_day_of(optarg)) < 0)
			return usage_error("--as-of needs a date from 1970 on, written YYYY-MM-DD, not '%s'", optarg);
		break;
	case OPT_RESUME: cli->opt.resume = optarg; break;
	case OPT_LANG:
		if (!(cli->opt.lang = lang_known(optarg)))
			return usage_error("--lang must be cy (Cymraeg, Welsh) or en (English), not '%s'", optarg);
		break;
	case OPT_HELP: t->help = true; break;
	case OPT_VERSION: t->version = true; break;
	default:
		if (optopt >= OPT_ANSWER)
			return usage_error("option '%s' needs a value", argv[optind - 1]);
		return usage_error("unknown option '%s'", argv[optind - 1]);
	}
	return true;
}

bool cli_parse(struct cli *cli, int argc, char **argv)
{
	memset(cli, 0, sizeof *cli);
	cli->answers = calloc((size_t)argc + 1, sizeof *cli->answers);
	if (!cli->answers)
		return usage_problem("out of memory");
	struct tools t = { 0 };
	int ch;
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "", options, NULL)) != -1)
		if (!take_option(cli, &t, ch, argv))
			return false;
	if ((t.check || t.fact) && optind < argc)
		cli->check_dir = argv[optind++];
	else if (cli->diff_old && optind < argc)
		cli->diff_new = argv[optind++];
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	return choose_mode(cli, &t) && check_combinations(cli);
}

void cli_free(struct cli *cli)
{
	free(cli->answers);
	cli->answers = NULL;
}
