/* rules: the flow and the verdict, computed from content and answers only. */
#include "rules.h"

#include <stdlib.h>

static struct cond_env env_of(const struct content *c, const int *effective)
{
	return (struct cond_env){ effective, content_criteria_conds(c) };
}

void rules_flow(const struct content *c, const int *answers, int *effective,
                struct rules_flow *flow)
{
	size_t nq = content_nquestions(c);
	struct cond_env env = env_of(c, effective);
	*flow = (struct rules_flow){ RULES_NONE, RULES_NONE, 0, 0 };
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
			flow->asked++;
		} else {
			flow->next = (int)i;
			break;
		}
	}
	flow->estimate = flow->asked;
	if (flow->next != RULES_NONE) {
		/* Count the question asked now and every later one that may be. */
		for (; i < nq; i++) {
			const struct content_question *q = content_question(c, i);
			if (!q->ask || cond_eval(q->ask, &env) != COND_FALSE)
				flow->estimate++;
		}
		return;
	}
	for (size_t o = 0; o < content_noutcomes(c); o++) {
		const struct content_outcome *oc = content_outcome(c, o);
		if (!content_current(c, oc->dates) || cond_eval(oc->when, &env) != COND_TRUE)
			continue;
		flow->outcome = flow->outcome == RULES_NONE ? (int)o : RULES_AMBIGUOUS;
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
	r->out[r->n++] = (struct rules_reason){ criterion, rules_holds(r->c, k->when, r->effective), k->fact };
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

struct rules_classes {
	int *rep;   /* questions x CONTENT_MAX_OPTIONS: the class's first option */
};

#define RULES_MAX_MASKS 64

/* The distinct sets of options the conditions test on each question. */
struct masks_ctx {
	unsigned long *mask;  /* nq x RULES_MAX_MASKS */
	unsigned *n;          /* per question; RULES_MAX_MASKS + 1: too many to tell */
};

static void add_mask(void *ctx, int q, unsigned long mask)
{
	struct masks_ctx *m = ctx;
	unsigned long *v = &m->mask[(size_t)q * RULES_MAX_MASKS];
	for (unsigned i = 0; i < m->n[q] && i < RULES_MAX_MASKS; i++)
		if (v[i] == mask)
			return;
	if (m->n[q] < RULES_MAX_MASKS)
		v[m->n[q]] = mask;
	if (m->n[q] <= RULES_MAX_MASKS)
		m->n[q]++;
}

static void collect(const struct content *c, struct masks_ctx *m)
{
	for (size_t i = 0; i < content_nquestions(c); i++)
		cond_each_mask(content_question(c, i)->ask, add_mask, m);
	for (size_t i = 0; i < content_ncriteria(c); i++)
		cond_each_mask(content_criterion(c, i)->when, add_mask, m);
	/* What a person is shown tells them apart too: lint checks, on every
	 * path, the texts each one reads. */
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		cond_each_mask(o->when, add_mask, m);
		for (size_t k = 0; k < o->nsteps; k++)
			cond_each_mask(o->steps[k].when, add_mask, m);
		for (size_t k = 0; k < o->nnotes; k++)
			cond_each_mask(o->notes[k].when, add_mask, m);
	}
	for (size_t k = 0; k < content_ncommon_notes(c); k++)
		cond_each_mask(content_common_notes(c)[k].when, add_mask, m);
	for (size_t k = 0; k < content_ngroups(c); k++)
		cond_each_mask(content_group(c, k)->when, add_mask, m);
}

/* Options u and v of q are alike when every mask on q holds both or neither.
 * With too many masks to keep, nothing is merged: slower, never wrong. */
static bool alike(const struct masks_ctx *m, size_t q, size_t u, size_t v)
{
	if (m->n[q] > RULES_MAX_MASKS)
		return false;
	const unsigned long *mask = &m->mask[q * RULES_MAX_MASKS];
	for (unsigned i = 0; i < m->n[q]; i++)
		if ((mask[i] >> u & 1) != (mask[i] >> v & 1))
			return false;
	return true;
}

struct rules_classes *rules_classes_new(const struct content *c)
{
	return rules_classes_new_for(&c, 1);
}

struct rules_classes *rules_classes_new_for(const struct content *const *cs, size_t ncs)
{
	const struct content *c = cs[0];
	size_t nq = content_nquestions(c), n = nq ? nq : 1;
	struct rules_classes *k = calloc(1, sizeof *k);
	struct masks_ctx m = { calloc(n * RULES_MAX_MASKS, sizeof *m.mask), calloc(n, sizeof *m.n) };
	if (k)
		k->rep = malloc(n * CONTENT_MAX_OPTIONS * sizeof *k->rep);
	if (!k || !k->rep || !m.mask || !m.n) {
		rules_classes_free(k);
		k = NULL;
	} else {
		for (size_t i = 0; i < ncs; i++)
			collect(cs[i], &m);
		for (size_t q = 0; q < nq; q++) {
			int *rep = &k->rep[q * CONTENT_MAX_OPTIONS];
			for (size_t v = 0; v < content_question(c, q)->noptions; v++) {
				rep[v] = (int)v;
				for (size_t u = 0; u < v; u++)
					if (rep[u] == (int)u && alike(&m, q, u, v)) {
						rep[v] = (int)u;
						break;
					}
			}
		}
	}
	free(m.mask);
	free(m.n);
	return k;
}

int rules_class_of(const struct rules_classes *k, int q, int v)
{
	return k->rep[(size_t)q * CONTENT_MAX_OPTIONS + (size_t)v];
}

void rules_classes_free(struct rules_classes *k)
{
	if (k)
		free(k->rep);
	free(k);
}

struct walk {
	const struct content *c;
	const struct rules_classes *k;  /* NULL: every option */
	int *answers, *effective;
	bool (*fn)(void *ctx, const struct rules_path *p);
	void *ctx;
	size_t paths;
	bool stop;
};

/* Depth-first over the options (or classes) of each question the flow asks
 * next; one effective buffer serves every depth, as only the next index is
 * kept.  weight multiplies the sizes of the classes chosen so far. */
static void walk_from(struct walk *w, double weight)
{
	struct rules_path p = { w->effective, { 0 }, weight };
	rules_flow(w->c, w->answers, w->effective, &p.flow);
	if (p.flow.next == RULES_NONE) {
		w->paths++;
		w->stop = !w->fn(w->ctx, &p);
		return;
	}
	int q = p.flow.next;
	size_t n = content_question(w->c, (size_t)q)->noptions;
	for (size_t v = 0; v < n && !w->stop; v++) {
		size_t size = 1;
		if (w->k) {
			if (rules_class_of(w->k, q, (int)v) != (int)v)
				continue;
			for (size_t u = v + 1; u < n; u++)
				size += rules_class_of(w->k, q, (int)u) == (int)v;
		}
		w->answers[q] = (int)v;
		walk_from(w, weight * (double)size);
	}
	w->answers[q] = COND_UNSET;
}

static size_t walk(const struct content *c, const struct rules_classes *k,
                   bool (*fn)(void *ctx, const struct rules_path *p), void *ctx)
{
	size_t nq = content_nquestions(c);
	struct walk w = { c, k, calloc(nq + 1, sizeof(int)), calloc(nq + 1, sizeof(int)), fn, ctx, 0, false };
	if (w.answers && w.effective) {
		for (size_t i = 0; i < nq; i++)
			w.answers[i] = COND_UNSET;
		walk_from(&w, 1);
	}
	free(w.answers);
	free(w.effective);
	return w.paths;
}

size_t rules_walk_classes(const struct content *c, const struct rules_classes *k,
                          bool (*fn)(void *ctx, const struct rules_path *p), void *ctx)
{
	return walk(c, k, fn, ctx);
}

struct every {
	bool (*fn)(void *ctx, const int *effective, const struct rules_flow *flow);
	void *ctx;
};

static bool every_path(void *ctx, const struct rules_path *p)
{
	const struct every *e = ctx;
	return e->fn(e->ctx, p->effective, &p->flow);
}

size_t rules_walk(const struct content *c,
                  bool (*fn)(void *ctx, const int *effective, const struct rules_flow *flow),
                  void *ctx)
{
	struct every e = { fn, ctx };
	return walk(c, NULL, every_path, &e);
}
