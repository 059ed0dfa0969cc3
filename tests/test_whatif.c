/*
 * The route as a timeline and "what would change my result?", over every
 * example person of the shipped content: the timeline holds the steps that
 * apply and have a name on it, each starting where the one before ends,
 * with only the months the content states; each what-if changes only
 * answers a person can change, leads to a nearer outcome whichever way the
 * questions it brings are answered, and none is missed; the JSON carries
 * the same, read back with jansson.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "rules.h"

TestSuite(whatif);

static struct content *shipped(void)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c, "content/ does not load");
	diag_free(&d);
	return c;
}

static int rank(const struct content *c, int o)
{
	return content_outcome(c, (size_t)o)->rank;
}

/* The timeline, step by step, against the outcome's steps. */
static void timeline_right(const struct plan *p, const char *who)
{
	const struct content_outcome *o = content_outcome(p->c, (size_t)p->outcome);
	size_t k = 0;
	int soonest = 0, latest = 0;
	for (size_t i = 0; i < o->nsteps; i++) {
		const struct content_step *s = &o->steps[i];
		if (!s->label || s->untimed || !rules_holds(p->c, s->when, p->effective))
			continue;
		cr_assert_lt(k, p->timeline.n, "%s: step \"%s\" is not on the timeline", who, s->label);
		const struct plan_span *sp = &p->timeline.v[k++];
		cr_expect_eq(sp->step, s, "%s: the timeline's steps are out of order", who);
		cr_expect_eq(sp->min, s->months_min, "%s: %s's months were changed", who, s->label);
		cr_expect_eq(sp->max, s->months_max, "%s: %s's months were changed", who, s->label);
		cr_expect_eq(sp->start_min, soonest, "%s: %s starts at %d, not %d", who, s->label, sp->start_min,
		             soonest);
		cr_expect_eq(sp->start_max, latest, "%s: %s", who, s->label);
		bool stated = s->months_min != CONTENT_MONTHS_UNKNOWN;
		soonest += stated ? s->months_min : 0;
		latest = !stated || latest == PLAN_OPEN || s->months_max == CONTENT_MONTHS_UNKNOWN
		                 ? PLAN_OPEN
		                 : latest + s->months_max;
		cr_expect_eq(sp->end_min, soonest, "%s: %s", who, s->label);
		cr_expect_eq(sp->end_max, latest, "%s: %s ends by %d, not %d", who, s->label, sp->end_max, latest);
	}
	cr_expect_eq(k, p->timeline.n, "%s: the timeline has steps that do not apply", who);
}

/* Each what-if: answers a person can change, to a nearer outcome. */
static void whatifs_right(const struct plan *p, const char *who)
{
	for (size_t i = 0; i < p->nwhatif; i++) {
		const struct rules_whatif *w = &p->whatif[i];
		cr_expect_lt(rank(p->c, w->outcome), rank(p->c, p->outcome), "%s: a what-if is no nearer", who);
		for (size_t k = 0; k < w->nchanges; k++) {
			const struct content_question *q = content_question(p->c, (size_t)w->change[k].question);
			cr_expect_not_null(q->options[w->change[k].option].reach, "%s: %s cannot be changed by effort",
			                   who, q->id);
			cr_expect_neq(w->change[k].option, p->effective[w->change[k].question], "%s", who);
			cr_expect_str_neq(q->id, "role", "%s: a what-if changes the person's job", who);
		}
		cr_expect_eq(rules_whatif_reaches(p->c, p->effective, w->change, w->nchanges), w->outcome, "%s", who);
	}
	/* None missed: no single change a person can make leads nearer and is
	 * left out. */
	for (size_t q = 0; p->nwhatif == 0 && q < content_nquestions(p->c); q++) {
		const struct content_question *qq = content_question(p->c, q);
		if (!rules_used(p->effective, (int)q) || p->effective[q] == qq->unsure || rank(p->c, p->outcome) == 0)
			continue;
		for (size_t v = 0; v < qq->noptions; v++) {
			if (!qq->options[v].reach || (int)v == p->effective[q])
				continue;
			struct rules_change ch = { (int)q, (int)v };
			int o = rules_whatif_reaches(p->c, p->effective, &ch, 1);
			cr_expect(o < 0 || rank(p->c, o) >= rank(p->c, p->outcome),
			          "%s: changing %s to %s leads nearer, and is not said", who, qq->id, qq->options[v].value);
		}
	}
}

/* The JSON, printed and parsed again: the same timeline and what-ifs. */
static void json_right(const struct plan *p, const char *who)
{
	json_t *j = plan_json(p);
	char *dump = json_dumps(j, JSON_PRESERVE_ORDER);
	json_decref(j);
	json_error_t err;
	json_t *back = json_loads(dump, 0, &err);
	cr_assert_not_null(back, "%s: %s", who, err.text);
	free(dump);
	json_t *steps = json_object_get(json_object_get(back, "timeline"), "steps");
	cr_assert_eq(json_array_size(steps), p->timeline.n, "%s", who);
	for (size_t i = 0; i < p->timeline.n; i++) {
		const struct plan_span *s = &p->timeline.v[i];
		json_t *e = json_array_get(steps, i), *start = json_object_get(e, "start"), *end = json_object_get(e, "end");
		cr_expect_str_eq(json_string_value(json_object_get(e, "step")), s->label, "%s", who);
		cr_expect_eq(json_integer_value(json_object_get(start, "min")), s->start_min, "%s", who);
		cr_expect_eq(json_integer_value(json_object_get(end, "min")), s->end_min, "%s", who);
		json_t *emax = json_object_get(end, "max");
		cr_expect(s->end_max == PLAN_OPEN ? json_is_null(emax) : json_integer_value(emax) == s->end_max, "%s",
		          who);
		json_t *m = json_object_get(e, "months");
		cr_expect(s->min == CONTENT_MONTHS_UNKNOWN ? json_is_null(m)
		                                           : json_integer_value(json_object_get(m, "min")) == s->min,
		          "%s: %s's months", who, s->label);
	}
	json_t *wi = json_object_get(back, "whatif");
	cr_assert_eq(json_array_size(wi), p->nwhatif, "%s", who);
	for (size_t i = 0; i < p->nwhatif; i++) {
		json_t *e = json_array_get(wi, i);
		const char *id = content_outcome(p->c, (size_t)p->whatif[i].outcome)->id;
		cr_expect_str_eq(json_string_value(json_object_get(e, "outcome")), id, "%s", who);
		cr_expect_eq(json_array_size(json_object_get(e, "changes")), p->whatif[i].nchanges, "%s", who);
	}
	json_decref(back);
}

Test(whatif, timeline_and_whatifs_for_every_example_person)
{
	struct content *c = shipped();
	bool seen_whatif = false, seen_open = false, seen_unstated = false;
	for (size_t i = 0; i < content_nscenarios(c); i++) {
		const struct content_scenario *s = content_scenario(c, i);
		struct plan *p = plan_build(c, s->answers, 0);
		cr_assert(plan_complete(p), "%s", s->id);
		timeline_right(p, s->id);
		whatifs_right(p, s->id);
		json_right(p, s->id);
		seen_whatif |= p->nwhatif > 0;
		for (size_t k = 0; k < p->timeline.n; k++) {
			seen_open |= p->timeline.v[k].end_max == PLAN_OPEN;
			seen_unstated |= p->timeline.v[k].min == CONTENT_MONTHS_UNKNOWN;
		}
		plan_free(p);
	}
	/* The example people cover what the checks are for. */
	cr_expect(seen_whatif && seen_open && seen_unstated);
	content_free(c);
}

/* The access route, as a person reads it, drawn and said. */
Test(whatif, the_access_route_drawn_and_said)
{
	struct content *c = shipped();
	int a[16];
	for (size_t i = 0; i < content_nquestions(c); i++)
		a[i] = COND_UNSET;
	struct diags d = { 0 };
	const char *kv[] = { "role=other", "experience=yes", "level=3", "vq=level3" };
	for (size_t i = 0; i < 4; i++)
		cr_assert(content_parse_answer(c, kv[i], a, "t", 0, &d));
	struct plan *p = plan_build(c, a, 0);
	cr_assert_str_eq(content_outcome(c, (size_t)p->outcome)->id, "access-route");
	char *said = plan_timeline_sentence(p);
	cr_expect_not_null(strstr(said, "Level 4 access, from 3 months; then Level 5 course, 12 months; then Apply"),
	                   "%s", said);
	cr_expect_not_null(strstr(said, "PQiP, 15 to 21 months. In all: from 30 months"), "%s", said);
	free(said);
	for (int w = PLAN_CHART_NARROW; w <= 78; w += 78 - PLAN_CHART_NARROW) {
		char **rows;
		size_t n = plan_timeline_chart(p, w, false, &rows);
		cr_assert_eq(n, 4);
		for (size_t i = 0; i < n; i++) {
			cr_expect_leq(strlen(rows[i]), (size_t)w, "row %zu is wider than %d: \"%s\"", i, w, rows[i]);
			free(rows[i]);
		}
		free(rows);
	}
	/* To scale: the Level 5 course (12 months) is drawn four times as long
	 * as the access route's 3. */
	char **rows;
	plan_timeline_chart(p, 78, false, &rows);
	size_t l4 = strspn(rows[0] + 16, "="), l5 = strspn(rows[1] + 16 + strspn(rows[1] + 16, " "), "=");
	cr_expect(l5 >= 3 * l4 && l5 <= 5 * l4, "not to scale: %zu and %zu\n%s\n%s", l4, l5, rows[0], rows[1]);
	for (size_t i = 0; i < 4; i++)
		free(rows[i]);
	free(rows);
	plan_free(p);
	diag_free(&d);
	content_free(c);
}
