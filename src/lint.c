/* lint: the exhaustive walk and the checks that need it. */
#include "lint.h"

#include <stdlib.h>
#include <string.h>

#include "rules.h"

/* Past this many bad paths the rest are counted, not listed. */
#define LINT_MAX_LISTED 10

struct lint {
	const struct content *c;
	const struct rules_classes *k;
	struct diags *d;
	bool *asked, *reached;
	size_t bad, classes;
	double paths;
};

const char *lint_describe(const struct content *c, const struct rules_classes *k,
                          const int *effective, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < content_nquestions(c) && used < size; i++) {
		if (effective[i] < 0)
			continue;
		const struct content_question *q = content_question(c, i);
		used += (size_t)snprintf(buf + used, size - used, "%s%s=%s", used ? ", " : "", q->id,
		                         q->options[effective[i]].value);
		/* The other answers this one stands for. */
		const char *sep = " (or ";
		for (size_t v = 0; k && v < q->noptions && used < size; v++) {
			if ((int)v == effective[i] || rules_class_of(k, (int)i, (int)v) != effective[i])
				continue;
			used += (size_t)snprintf(buf + used, size - used, "%s%s", sep, q->options[v].value);
			sep = ", ";
		}
		if (*sep == ',' && used < size)
			used += (size_t)snprintf(buf + used, size - used, ")");
	}
	return buf;
}

static void report_path(struct lint *l, const int *effective, const struct rules_flow *flow)
{
	if (++l->bad > LINT_MAX_LISTED)
		return;
	char path[1024];
	lint_describe(l->c, l->k, effective, path, sizeof path);
	const struct content_outcome *first = content_outcome(l->c, 0);
	if (flow->outcome == RULES_NONE) {
		diag_add(l->d, first->src.file, 0, "no outcome applies to: %s", path);
		return;
	}
	/* Name the outcomes that overlap, at the later one's line. */
	const struct content_outcome *a = NULL;
	for (size_t o = 0; o < content_noutcomes(l->c); o++) {
		const struct content_outcome *b = content_outcome(l->c, o);
		if (!rules_holds(l->c, b->when, effective))
			continue;
		if (a) {
			diag_add(l->d, b->src.file, b->src.line,
			         "outcomes \"%s\" (line %d) and \"%s\" both apply to: %s", a->id,
			         a->src.line, b->id, path);
			return;
		}
		a = b;
	}
}

static bool visit(void *ctx, const struct rules_path *p)
{
	struct lint *l = ctx;
	for (size_t i = 0; i < content_nquestions(l->c); i++)
		if (p->effective[i] >= 0)
			l->asked[i] = true;
	if (p->flow.outcome >= 0)
		l->reached[p->flow.outcome] = true;
	else
		report_path(l, p->effective, &p->flow);
	l->paths += p->weight;
	return ++l->classes < LINT_MAX_PATHS;
}

static void lint_scenarios(const struct content *c, struct diags *d)
{
	size_t nq = content_nquestions(c);
	int *effective = calloc(nq + 1, sizeof *effective);
	if (!effective)
		return;
	for (size_t i = 0; i < content_nscenarios(c); i++) {
		const struct content_scenario *s = content_scenario(c, i);
		struct rules_flow flow;
		rules_flow(c, s->answers, effective, &flow);
		if (flow.next != RULES_NONE) {
			diag_add(d, s->src.file, s->src.line, "the answers stop short: \"%s\" is needed",
			         content_question(c, (size_t)flow.next)->id);
		} else if (flow.outcome < 0) {
			diag_add(d, s->src.file, s->src.line, "the rules give %s for these answers",
			         flow.outcome == RULES_NONE ? "no outcome" : "more than one outcome");
		} else if (flow.outcome >= 0 && strcmp(content_outcome(c, (size_t)flow.outcome)->id,
		                                       s->expect) != 0) {
			diag_add(d, s->src.file, s->src.line, "expects \"%s\" but the rules give \"%s\"",
			         s->expect, content_outcome(c, (size_t)flow.outcome)->id);
		}
	}
	free(effective);
}

bool lint_content(const struct content *c, struct diags *d, struct lint_stats *stats)
{
	size_t start = d->n;
	size_t nq = content_nquestions(c), no = content_noutcomes(c);
	struct rules_classes *k = rules_classes_new(c);
	struct lint l = { c, k, d, calloc(nq + 1, sizeof(bool)), calloc(no + 1, sizeof(bool)), 0, 0, 0 };
	if (!k || !l.asked || !l.reached) {
		diag_add(d, content_origin(c), 0, "out of memory");
		free(l.asked);
		free(l.reached);
		rules_classes_free(k);
		return false;
	}
	rules_walk_classes(c, k, visit, &l);
	if (l.classes >= LINT_MAX_PATHS)
		diag_add(d, content_origin(c), 0,
		         "the flow has more than %d paths; stopped checking (fewer questions on each path?)",
		         LINT_MAX_PATHS);
	if (l.bad > LINT_MAX_LISTED)
		diag_add(d, content_outcome(c, 0)->src.file, 0, "... and %zu more answer paths like these",
		         l.bad - LINT_MAX_LISTED);
	for (size_t i = 0; i < nq; i++) {
		const struct content_question *q = content_question(c, i);
		if (!l.asked[i])
			diag_add(d, q->src.file, q->src.line,
			         "question \"%s\" is never asked: no answers lead to it", q->id);
	}
	for (size_t i = 0; i < no; i++) {
		const struct content_outcome *o = content_outcome(c, i);
		if (!l.reached[i])
			diag_add(d, o->src.file, o->src.line,
			         "outcome \"%s\" is never reached: no answers lead to it", o->id);
	}
	lint_scenarios(c, d);
	if (stats)
		*stats = (struct lint_stats){ l.paths, l.classes, nq, no, content_nscenarios(c) };
	free(l.asked);
	free(l.reached);
	rules_classes_free(k);
	return d->n == start;
}
