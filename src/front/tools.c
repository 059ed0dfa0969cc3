/* tools: --fact-check, --diff-content, --graph. */
#include "tools.h"

#include <stdio.h>

#include "diff.h"
#include "factcheck.h"
#include "graph.h"

struct content *tools_load(const char *dir)
{
	struct diags d = { 0 };
	struct content *c = content_open(dir, &d);
	diag_print(&d, stderr);
	if (!c)
		fprintf(stderr, "probation-advisor: %zu problem%s in the content; "
		                "nothing was changed\n", d.n, d.n == 1 ? "" : "s");
	diag_free(&d);
	return c;
}

struct content *tools_as_of(const struct session_options *opt, struct content *c, time_t now)
{
	if (!c)
		return NULL;
	return content_on(c, opt->as_of ? opt->as_of_day : (int)(now / 86400));
}

void tools_free(struct content *view)
{
	if (!view)
		return;
	struct content *base = (struct content *)content_base(view);
	content_free(view);
	content_free(base);
}

/* A tool's content: the day's view with --as-of, else all of it. */
static struct content *tool_content(const struct cli *cli, const char *dir)
{
	struct content *c = tools_load(dir);
	return cli->opt.as_of ? tools_as_of(&cli->opt, c, 0) : c;
}

static void tool_free(struct content *c)
{
	if (c && content_base(c) != c)
		tools_free(c);
	else
		content_free(c);
}

static int fact_check(const struct cli *cli, const char *dir)
{
	struct content *c = tool_content(cli, dir);
	if (!c)
		return 2;
	factcheck_write(c, stdout, cli->format == CLI_MD);
	tool_free(c);
	return 0;
}

static int diff(const struct cli *cli, const char *default_dir)
{
	struct content *a = tool_content(cli, cli->diff_old);
	struct content *b = a ? tool_content(cli, cli->diff_new ? cli->diff_new : default_dir) : NULL;
	int status = a && b ? diff_content(a, b, stdout, cli->format == CLI_JSON) : 2;
	tool_free(a);
	tool_free(b);
	return status;
}

static int graph(const struct cli *cli, const char *dir)
{
	struct content *c = tool_content(cli, dir);
	if (!c)
		return 2;
	int status = graph_write(c, stdout, cli->graph) ? 0 : 1;
	tool_free(c);
	return status;
}

int tools_run(const struct cli *cli, const char *default_dir)
{
	const char *dir = cli->check_dir ? cli->check_dir : cli->opt.content_dir ? cli->opt.content_dir : default_dir;
	switch (cli->mode) {
	case CLI_FACT_CHECK: return fact_check(cli, dir);
	case CLI_DIFF: return diff(cli, default_dir);
	case CLI_GRAPH: return graph(cli, dir);
	default: return 2;
	}
}
