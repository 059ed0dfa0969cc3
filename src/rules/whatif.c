/* whatif: what would change a person's result, computed from the rules.
 *
 * A change is an answer a person can come to by their own effort (an
 * option with "reach").  A change may make the flow ask questions it did
 * not ask before (a Level 5 brings the knowledge areas): those are walked
 * through every answer, as the lint walks the flow, and the change counts
 * only for the least favourable outcome they can give.  So a what-if never
 * promises more than every way on from it gives. */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"

struct walk {
	const struct content *c;
	int *a;            /* answers being tried */
	int *eff;          /* scratch for the flow */
	int worst;         /* the least favourable outcome so far, or RULES_NONE */
	bool fault;        /* an answer path with no single outcome */
};

static int rank_of(const struct content *c, int o)
{
	return o >= 0 ? content_outcome(c, (size_t)o)->rank : 0;
}

/* Every way to answer what the flow still asks after a[]; a[] is restored. */
static void walk_on(struct walk *w)
{
	struct rules_flow f;
	rules_flow(w->c, w->a, w->eff, &f);
	if (f.next == RULES_NONE) {
		if (f.outcome < 0 || rank_of(w->c, f.outcome) == 0)
			w->fault = true;
		else if (w->worst == RULES_NONE || rank_of(w->c, f.outcome) > rank_of(w->c, w->worst))
			w->worst = f.outcome;
		return;
	}
	const struct content_question *q = content_question(w->c, (size_t)f.next);
	for (size_t v = 0; v < q->noptions && !w->fault; v++) {
		w->a[f.next] = (int)v;
		walk_on(w);
	}
	w->a[f.next] = COND_UNSET;
}

int rules_whatif_reaches(const struct content *c, const int *effective, const struct rules_change *ch, size_t n)
{
	size_t nq = content_nquestions(c);
	struct walk w = { c, mem_alloc((nq + 1) * sizeof(int)), mem_alloc((nq + 1) * sizeof(int)), RULES_NONE,
		          false };
	for (size_t i = 0; i < nq; i++)
		w.a[i] = effective[i] >= 0 ? effective[i] : COND_UNSET;
	for (size_t i = 0; i < n; i++)
		w.a[ch[i].question] = ch[i].option;
	walk_on(&w);
	free(w.a);
	free(w.eff);
	return w.fault ? RULES_AMBIGUOUS : w.worst;
}

/* Is option o the first with a reach of its class (the rules tell the
 * options of a class no apart, so one of them stands for all)? */
static bool first_reach(const struct rules_classes *k, const struct content_question *q, int qi, int o)
{
	for (int e = 0; e < o; e++)
		if (q->options[e].reach && rules_class_of(k, qi, e) == rules_class_of(k, qi, o))
			return false;
	return q->options[o].reach != NULL;
}

/* The changes one answer can be: used, not the unsure one, to an option
 * with a reach, in another class than the answer's. */
static size_t candidates(const struct content *c, const int *effective, struct rules_change *out)
{
	struct rules_classes *k = rules_classes_new(c);
	size_t n = 0;
	for (size_t q = 0; q < content_nquestions(c); q++) {
		const struct content_question *qq = content_question(c, q);
		int v = effective[q];
		if (!rules_used(effective, (int)q) || v < 0 || v == qq->unsure)
			continue;
		for (size_t o = 0; o < qq->noptions; o++)
			if (first_reach(k, qq, (int)q, (int)o) &&
			    rules_class_of(k, (int)q, (int)o) != rules_class_of(k, (int)q, v))
				out[n++] = (struct rules_change){ (int)q, (int)o };
	}
	rules_classes_free(k);
	return n;
}

static void keep(const struct content *c, struct rules_whatif *out, size_t *n, size_t max,
                 const struct rules_change *ch, size_t nch, int outcome)
{
	if (*n == max)
		return;
	/* Nearest first; the order found among equals. */
	size_t at = *n;
	while (at > 0 && rank_of(c, out[at - 1].outcome) > rank_of(c, outcome)) {
		out[at] = out[at - 1];
		at--;
	}
	out[at] = (struct rules_whatif){ .nchanges = nch, .outcome = outcome };
	memcpy(out[at].change, ch, nch * sizeof *ch);
	(*n)++;
}

size_t rules_whatif(const struct content *c, const int *effective, int outcome, struct rules_whatif *out,
                    size_t max)
{
	int now = rank_of(c, outcome);
	if (now == 0)
		return 0;
	size_t nq = content_nquestions(c), n = 0;
	struct rules_change *cand = mem_alloc((nq * CONTENT_MAX_OPTIONS + 1) * sizeof *cand);
	size_t nc = candidates(c, effective, cand);
	/* One answer changed; only where none will do, two. */
	for (size_t size = 1; size <= 2 && n == 0; size++)
		for (size_t i = 0; i < nc; i++)
			for (size_t j = size == 1 ? i : i + 1; j < (size == 1 ? i + 1 : nc); j++) {
				struct rules_change ch[2] = { cand[i], cand[j] };
				if (size == 2 && ch[0].question == ch[1].question)
					continue;
				int o = rules_whatif_reaches(c, effective, ch, size);
				if (o >= 0 && rank_of(c, o) < now)
					keep(c, out, &n, max, ch, size, o);
			}
	free(cand);
	return n;
}
