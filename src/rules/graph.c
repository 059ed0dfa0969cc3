/* graph: the flow as dot, Mermaid or an outline. */
#include "graph.h"

#include <string.h>

struct graph {
	const struct content *c;
	FILE *out;
	bool mermaid;
};

/* Text inside a dot "..." label, or a Mermaid "..." label. */
static void label(const struct graph *g, const char *s)
{
	for (; *s; s++) {
		if (*s == '"')
			fputs(g->mermaid ? "#quot;" : "\\\"", g->out);
		else if (*s == '\\' && !g->mermaid)
			fputs("\\\\", g->out);
		else if (*s == '\n')
			fputc(' ', g->out);
		else
			fputc(*s, g->out);
	}
}

/* A node id: the kind's letter and the element's index. */
static void node(const struct graph *g, char kind, size_t i, const char *id, const char *text)
{
	static const char *const dot_shape[] = { "box", "diamond", "ellipse" };
	static const char *const open[] = { "[\"", "{\"", "([\"" }, *const close[] = { "\"]", "\"}", "\"])" };
	int k = kind == 'q' ? 0 : kind == 'k' ? 1 : 2;
	fprintf(g->out, g->mermaid ? "  %c%zu%s" : "  %c%zu [shape=%s, label=\"", kind, i,
	        g->mermaid ? open[k] : dot_shape[k]);
	label(g, id);
	fputs(g->mermaid ? "<br/>" : "\\n", g->out);
	label(g, text);
	fputs(g->mermaid ? close[k] : "\"];", g->out);
	fputc('\n', g->out);
}

static void edge(const struct graph *g, char from, size_t i, char to, size_t j, const char *text)
{
	if (g->mermaid) {
		fprintf(g->out, "  %c%zu -->", from, i);
		if (text) {
			fputs("|\"", g->out);
			label(g, text);
			fputs("\"|", g->out);
		}
		fprintf(g->out, " %c%zu\n", to, j);
		return;
	}
	fprintf(g->out, "  %c%zu -> %c%zu", from, i, to, j);
	if (text) {
		fputs(" [label=\"", g->out);
		label(g, text);
		fputs("\"]", g->out);
	}
	fputs(";\n", g->out);
}

struct uses {
	const struct graph *g;
	char to;
	size_t j;
};

static void uses_question(void *ctx, int q)
{
	const struct uses *u = ctx;
	edge(u->g, 'q', (size_t)q, u->to, u->j, NULL);
}

static void uses_criterion(void *ctx, int k)
{
	const struct uses *u = ctx;
	edge(u->g, 'k', (size_t)k, u->to, u->j, NULL);
}

/* The questions in order, each edge saying when the next is asked; each
 * criterion and outcome fed by what its condition names. */
static void picture(const struct graph *g)
{
	const struct content *c = g->c;
	for (size_t i = 0; i < content_nquestions(c); i++)
		node(g, 'q', i, content_question(c, i)->id, content_question(c, i)->text);
	for (size_t i = 0; i < content_ncriteria(c); i++)
		node(g, 'k', i, content_criterion(c, i)->id, cond_text(content_criterion(c, i)->when));
	for (size_t i = 0; i < content_noutcomes(c); i++)
		if (content_current(c, content_outcome(c, i)->dates))
			node(g, 'o', i, content_outcome(c, i)->id, cond_text(content_outcome(c, i)->when));
	for (size_t i = 1; i < content_nquestions(c); i++) {
		const struct cond *ask = content_question(c, i)->ask;
		char text[512];
		snprintf(text, sizeof text, "asked if %s", cond_text(ask));
		edge(g, 'q', i - 1, 'q', i, ask ? text : NULL);
	}
	for (size_t i = 0; i < content_ncriteria(c); i++) {
		struct uses u = { g, 'k', i };
		cond_each_question(content_criterion(c, i)->when, uses_question, &u);
		cond_each_criterion(content_criterion(c, i)->when, uses_criterion, &u);
	}
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		if (!content_current(c, content_outcome(c, i)->dates))
			continue;
		struct uses u = { g, 'o', i };
		cond_each_question(content_outcome(c, i)->when, uses_question, &u);
		cond_each_criterion(content_outcome(c, i)->when, uses_criterion, &u);
	}
}

static void names_of(void *ctx, int k)
{
	const struct graph *g = ctx;
	fprintf(g->out, " @%s", content_criterion(g->c, (size_t)k)->id);
}

static void outline(const struct graph *g)
{
	const struct content *c = g->c;
	fprintf(g->out, "Questions, in the order they are asked: %zu\n", content_nquestions(c));
	for (size_t i = 0; i < content_nquestions(c); i++) {
		const struct content_question *q = content_question(c, i);
		fprintf(g->out, "  %zu. %s: %s\n     asked: %s\n     answers:", i + 1, q->id, q->text,
		        q->ask ? cond_text(q->ask) : "always");
		for (size_t v = 0; v < q->noptions; v++)
			fprintf(g->out, " %s", q->options[v].value);
		fputc('\n', g->out);
	}
	fprintf(g->out, "Criteria: %zu\n", content_ncriteria(c));
	for (size_t i = 0; i < content_ncriteria(c); i++)
		fprintf(g->out, "  @%s: %s\n", content_criterion(c, i)->id, cond_text(content_criterion(c, i)->when));
	size_t n = 0;
	for (size_t i = 0; i < content_noutcomes(c); i++)
		n += content_current(c, content_outcome(c, i)->dates);
	fprintf(g->out, "Outcomes: %zu\n", n);
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		if (!content_current(c, o->dates))
			continue;
		fprintf(g->out, "  %s: %s\n     applies when: %s\n     decided by:", o->id, o->headline,
		        cond_text(o->when));
		cond_each_criterion(o->when, names_of, (void *)g);
		fprintf(g->out, "\n     steps: %zu; things to know: %zu\n", o->nsteps, o->nnotes);
	}
}

bool graph_write(const struct content *c, FILE *out, const char *form)
{
	struct graph g = { c, out, strcmp(form, "mermaid") == 0 };
	if (strcmp(form, "outline") == 0) {
		outline(&g);
		return true;
	}
	if (!g.mermaid && strcmp(form, "dot") != 0)
		return false;
	fputs(g.mermaid ? "flowchart TD\n" : "digraph flow {\n  rankdir=TB;\n", out);
	picture(&g);
	if (!g.mermaid)
		fputs("}\n", out);
	return true;
}
