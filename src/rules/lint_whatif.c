/* lint_whatif: the checks of "what would change my result?": the content
 * declares which answers a person can change (an option's reach) and how
 * near each outcome is (its rank), and every what-if of every path of the
 * walk is proven to lead where it says, by trying every answer to the
 * questions it makes the flow ask anew. */
#include "lint.h"

#include <stdlib.h>

#include "mem.h"

struct proof {
	const struct content *c;
	int *a, *eff;
	int named;         /* the outcome the what-if names */
	bool seen;         /* some way on reaches it */
	bool worse;        /* some way on is less near than it, or has no single outcome */
};

static void every_way_on(struct proof *pr)
{
	struct rules_flow f;
	rules_flow(pr->c, pr->a, pr->eff, &f);
	if (f.next == RULES_NONE) {
		int r = f.outcome >= 0 ? content_outcome(pr->c, (size_t)f.outcome)->rank : 0;
		pr->seen |= f.outcome == pr->named;
		pr->worse |= r == 0 || r > content_outcome(pr->c, (size_t)pr->named)->rank;
		return;
	}
	const struct content_question *q = content_question(pr->c, (size_t)f.next);
	for (size_t v = 0; v < q->noptions; v++) {
		pr->a[f.next] = (int)v;
		every_way_on(pr);
	}
	pr->a[f.next] = COND_UNSET;
}

/* Does what-if w of these effective answers lead where it says? */
static bool proven(const struct content *c, const int *effective, int outcome, const struct rules_whatif *w)
{
	size_t nq = content_nquestions(c);
	struct proof pr = { c, mem_alloc((nq + 1) * sizeof(int)), mem_alloc((nq + 1) * sizeof(int)), w->outcome,
		            false, false };
	for (size_t i = 0; i < nq; i++)
		pr.a[i] = effective[i] >= 0 ? effective[i] : COND_UNSET;
	bool ok = w->outcome >= 0 && content_outcome(c, (size_t)w->outcome)->rank <
	                                 content_outcome(c, (size_t)outcome)->rank;
	for (size_t i = 0; i < w->nchanges; i++) {
		const struct content_question *q = content_question(c, (size_t)w->change[i].question);
		ok &= q->options[w->change[i].option].reach != NULL;
		pr.a[w->change[i].question] = w->change[i].option;
	}
	if (ok)
		every_way_on(&pr);
	free(pr.a);
	free(pr.eff);
	return ok && pr.seen && !pr.worse;
}

void lint_whatif_path(const struct content *c, const struct rules_classes *k, const int *effective, int outcome,
                      struct diags *d)
{
	struct rules_whatif w[8];
	size_t n = rules_whatif(c, effective, outcome, w, 8);
	for (size_t i = 0; i < n; i++) {
		if (proven(c, effective, outcome, &w[i]))
			continue;
		char path[1024];
		const struct content_outcome *o = content_outcome(c, (size_t)w[i].outcome);
		diag_add(d, o->src.file, o->src.line, "a what-if of %s does not surely lead to \"%s\"",
		         lint_describe(c, k, effective, path, sizeof path), o->id);
	}
}

void lint_whatif_content(const struct content *c, struct diags *d)
{
	bool reach = false;
	for (size_t q = 0; q < content_nquestions(c); q++) {
		const struct content_question *qq = content_question(c, q);
		for (size_t v = 0; v < qq->noptions; v++) {
			reach |= qq->options[v].reach != NULL;
			if (qq->options[v].reach && qq->options[v].unsure)
				diag_add(d, qq->options[v].src.file, qq->options[v].src.line,
				         "\"%s\" is the unsure answer: not found out by effort, it has no \"reach\"",
				         qq->options[v].value);
		}
	}
	for (size_t o = 0; reach && o < content_noutcomes(c); o++)
		if (content_outcome(c, o)->rank == 0)
			diag_add(d, content_outcome(c, o)->src.file, content_outcome(c, o)->src.line,
			         "outcome \"%s\" has no \"rank\": answers can be changed (\"reach\"), so every "
			         "outcome needs one",
			         content_outcome(c, o)->id);
}
