/* rules: the flow and the verdict, computed from content and answers only. */
#include "rules.h"

#include <stdlib.h>

static struct cond_env env_of(const struct content *c, const int *effective)
{
	return (struct cond_env){ effective, content_criteria_conds(c) };
}

void rules_plan(const struct content *c, const int *answers, int *effective,
                struct rules_plan *plan)
{
	size_t nq = content_nquestions(c);
	struct cond_env env = env_of(c, effective);
	*plan = (struct rules_plan){ RULES_NONE, RULES_NONE, 0, 0 };
	for (size_t i = 0; i < nq; i++)
		effective[i] = COND_PENDING;
	/* Ask conditions name only earlier questions (the loader checks), so
	 * each is decided by the time it is reached. */
	size_t i;
	for (i = 0; i < nq; i++) {
		const struct content_question *q = content_question(c, i);
		if (q->ask && cond_eval(q->ask, &env) != COND_TRUE) {
			effective[i] = COND_UNSET;
		} else if (answers[i] >= 0 && (size_t)answers[i] < q->noptions) {
			effective[i] = answers[i];
			plan->asked++;
		} else {
			plan->next = (int)i;
			break;
		}
	}
	plan->estimate = plan->asked;
	if (plan->next != RULES_NONE) {
		/* Count the question asked now and every later one that may be. */
		for (; i < nq; i++) {
			const struct content_question *q = content_question(c, i);
			if (!q->ask || cond_eval(q->ask, &env) != COND_FALSE)
				plan->estimate++;
		}
		return;
	}
	for (size_t o = 0; o < content_noutcomes(c); o++) {
		if (cond_eval(content_outcome(c, o)->when, &env) != COND_TRUE)
			continue;
		plan->outcome = plan->outcome == RULES_NONE ? (int)o : RULES_AMBIGUOUS;
	}
}

bool rules_holds(const struct content *c, const struct cond *cond, const int *effective)
{
	struct cond_env env = env_of(c, effective);
	return !cond || cond_eval(cond, &env) == COND_TRUE;
}

struct reasons_ctx {
	const struct content *c;
	const int *effective;
	struct rules_reason *out;
	size_t n, max;
};

static void add_reason(void *ctx, int criterion)
{
	struct reasons_ctx *r = ctx;
	for (size_t i = 0; i < r->n; i++)
		if (r->out[i].criterion == criterion)
			return;
	if (r->n == r->max)
		return;
	const struct content_criterion *k = content_criterion(r->c, (size_t)criterion);
	r->out[r->n++] = (struct rules_reason){ criterion, rules_holds(r->c, k->when, r->effective) };
}

size_t rules_reasons(const struct content *c, int outcome, const int *effective,
                     struct rules_reason *out, size_t max)
{
	if (outcome < 0)
		return 0;
	struct reasons_ctx r = { c, effective, out, 0, max };
	cond_each_criterion(content_outcome(c, (size_t)outcome)->when, add_reason, &r);
	return r.n;
}

bool rules_used(const int *effective, int q)
{
	return effective[q] >= 0;
}

struct walk {
	const struct content *c;
	int *answers, *effective;
	bool (*fn)(void *ctx, const int *effective, const struct rules_plan *plan);
	void *ctx;
	size_t paths;
	bool stop;
};

/* Depth-first over the options of each question the flow asks next; one
 * effective buffer serves every depth, as only the next index is kept. */
static void walk_from(struct walk *w)
{
	struct rules_plan plan;
	rules_plan(w->c, w->answers, w->effective, &plan);
	if (plan.next == RULES_NONE) {
		w->paths++;
		w->stop = !w->fn(w->ctx, w->effective, &plan);
		return;
	}
	int q = plan.next;
	size_t n = content_question(w->c, (size_t)q)->noptions;
	for (size_t v = 0; v < n && !w->stop; v++) {
		w->answers[q] = (int)v;
		walk_from(w);
	}
	w->answers[q] = COND_UNSET;
}

size_t rules_walk(const struct content *c,
                  bool (*fn)(void *ctx, const int *effective, const struct rules_plan *plan),
                  void *ctx)
{
	size_t nq = content_nquestions(c);
	struct walk w = { c, calloc(nq + 1, sizeof(int)), calloc(nq + 1, sizeof(int)), fn, ctx, 0, false };
	if (w.answers && w.effective) {
		for (size_t i = 0; i < nq; i++)
			w.answers[i] = COND_UNSET;
		walk_from(&w);
	}
	free(w.answers);
	free(w.effective);
	return w.paths;
}
