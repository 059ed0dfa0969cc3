/*
 * The rules over people drawn from the source documents: for each, the
 * outcome PRODUCT.md's table gives, and the key facts of the plan they would
 * take away (durations from the documents, whom to contact, what to know).
 * The people are written here, independently of content/scenarios/, so the
 * content is checked against the table rather than against itself.
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "rules.h"
#include "text.h"

#define UNKNOWN (-1)

struct person {
	const char *who;
	const char *answers;     /* space-separated key=value */
	const char *outcome;
	int total_min, total_max; /* months; total_max UNKNOWN when open-ended */
	const char *facts[4];    /* text the handout must contain */
	const char *absent[3];   /* text it must not: what is said to others, or not at all */
};

static const struct person people[] = {
	{ "youth worker with a criminology degree, all four areas", "role=other experience=yes level=6 area.crime=done area.cjs=done area.penal=done area.rehab=done",
	  "pqip-15", 15, 15, { "15 months", "Honours Degree Level 6" }, { NULL } },
	{ "hostel worker, degree covering three areas", "role=other experience=yes level=6 area.crime=done area.cjs=done area.penal=done area.rehab=none",
	  "pqip-15", 15, 15, { "first 6 months", "funded" }, { NULL } },
	{ "mentor with a master's, three done and one started", "role=other experience=yes level=7 area.crime=done area.cjs=started area.penal=done area.rehab=done",
	  "pqip-15", 15, 15, { "first 6 months" }, { NULL } },
	{ "NPS administrator with an HND and all four areas", "role=nps experience=yes level=5 area.crime=done area.cjs=done area.penal=done area.rehab=done",
	  "pqip-15", 15, 15, { "PQiP learner" }, { NULL } },
	{ "PSO with a doctorate-level qualification and all areas", "role=pso level=8 area.crime=done area.cjs=done area.penal=done area.rehab=done",
	  "pqip-15", 15, 15, { "If you are employed by the National Probation Service (NPS)", "PSO PQiP learner",
	                       "no minimum amount of experience", "full range of work with offenders" },
	  { "You can apply", "Probation Service Officer" } },
	{ "support worker, foundation degree, two done one started", "role=other experience=yes level=5 area.crime=done area.cjs=done area.penal=started area.rehab=none",
	  "pqip-15-or-21", 15, 21, { "Time: about 200 hours of study" }, { NULL } },
	{ "PSO, diploma of HE, two done two started", "role=pso level=5 area.crime=done area.cjs=started area.penal=started area.rehab=done",
	  "pqip-15-or-21", 15, 21, { "200 hours", "assessed" }, { NULL } },
	{ "NPS case administrator, degree, two done one started", "role=nps experience=yes level=6 area.crime=started area.cjs=done area.penal=done area.rehab=none",
	  "pqip-15-or-21", 15, 21, { "PQiP learner" }, { NULL } },
	{ "drugs worker, degree in an unrelated subject", "role=other experience=yes level=6 area.crime=none area.cjs=none area.penal=none area.rehab=none",
	  "pqip-21", 21, 21, { "21 months", "first 6 months" }, { NULL } },
	{ "volunteer with a master's, one area done", "role=other experience=yes level=7 area.crime=done area.cjs=none area.penal=none area.rehab=none",
	  "pqip-21", 21, 21, { "21 months" }, { NULL } },
	{ "two done, none started", "role=other experience=yes level=6 area.crime=done area.cjs=done area.penal=none area.rehab=none",
	  "pqip-21", 21, 21, { "21 months" }, { NULL } },
	{ "all four started, none finished", "role=other experience=yes level=5 area.crime=started area.cjs=started area.penal=started area.rehab=started",
	  "pqip-21", 21, 21, { "funded", "started at the same time", "What you lack is completed modules", "Recruitment Queries" },
	  { "to have started your 3rd knowledge module" } },
	{ "one done, two started: three begun", "role=other experience=yes level=6 area.crime=done area.cjs=started area.penal=started area.rehab=none",
	  "pqip-21", 21, 21, { "started at the same time" }, { "to have started your 3rd knowledge module" } },
	{ "PSO, none done, three started", "role=pso level=7 area.crime=started area.cjs=started area.penal=started area.rehab=none",
	  "pqip-21", 21, 21, { "started at the same time" }, { "to have started your 3rd knowledge module" } },
	{ "two done, two not studied: the 3rd module not begun", "role=other experience=yes level=6 area.crime=done area.cjs=none area.penal=done area.rehab=none",
	  "pqip-21", 21, 21, { "to have started your 3rd knowledge module" }, { "started at the same time" } },
	{ "NPS staff, degree, no areas", "role=nps experience=yes level=6 area.crime=none area.cjs=none area.penal=none area.rehab=none",
	  "pqip-21", 21, 21, { "PQiP learner" }, { NULL } },
	{ "law graduate without experience", "role=other experience=no level=6",
	  "experience-first", 15, 21, { "paid or voluntary", "with 2 completed and a 3rd module started" },
	  { "move from your current role", "employed by the National Probation Service" } },
	{ "master's holder without experience", "role=other experience=no level=7",
	  "experience-first", 15, 21, { "Probation Services Officer" }, { NULL } },
	{ "HND holder without experience", "role=other experience=no level=5",
	  "experience-first", 15, 21, { "paid or voluntary" }, { NULL } },
	{ "NPS receptionist with a degree, no practice experience", "role=nps experience=no level=6",
	  "experience-first", 15, 21, { "PQiP learner" }, { NULL } },
	{ "PSO with the Level 4 Certificate in Community Rehabilitation", "role=pso level=4 vq=level4",
	  "level5-course", 27, 33, { "about a year", "Level 4", "Next, likely: the Level 5 course" }, { NULL } },
	{ "former CRC PSO with VQ4, now other work", "role=other experience=yes level=4 vq=level4",
	  "level5-course", 27, 33, { "De Montfort" }, { NULL } },
	{ "NPS staff with VQ4 and Level 3 schooling", "role=nps experience=yes level=3 vq=level4",
	  "level5-course", 27, 33, { "PQiP learner" }, { NULL } },
	{ "PSO with the Level 3 Diploma in Probation Practice", "role=pso level=3 vq=level3",
	  "access-route", 30, UNKNOWN, { "access route", "three months" }, { NULL } },
	{ "justice worker with VQ3", "role=other experience=yes level=3 vq=level3",
	  "access-route", 30, UNKNOWN, { "bespoke Level 5" }, { NULL } },
	{ "NPS officer with VQ3 and no higher education", "role=nps experience=yes level=below3 vq=level3",
	  "access-route", 30, UNKNOWN, { "PQiP learner" }, { NULL } },
	{ "Level 4 holder with the VQ3", "role=other experience=yes level=4 vq=level3",
	  "access-route", 27, 33, { "If your Level 4 is the access route itself", "the documents don't say",
	                            "The estimated total leaves it out" },
	  { "Take the short Level 4 study programme" } },
	{ "PSO at Level 4 with the VQ3", "role=pso level=4 vq=level3",
	  "access-route", 27, 33, { "If your Level 4 is the access route itself" }, { "Take the short Level 4 study programme" } },
	{ "support worker with an academic Level 4", "role=other experience=yes level=4 vq=none",
	  "ask-provider", 27, 33, { "probation@dmu.ac.uk", "probation@shu.ac.uk", "CJL@port.ac.uk",
	                            "One starts with work as a Probation Services Officer (PSO)" },
	  { "The one route" } },
	{ "PSO with an academic Level 4 and no VQ", "role=pso level=4 vq=none",
	  "ask-provider", 27, 33, { "0116 257 7700", "0114 225 2539", "02392 843 984" },
	  { "One starts with work as a Probation Services Officer" } },
	{ "NPS staff with an academic Level 4: what the total assumes", "role=nps experience=yes level=4 vq=none",
	  "ask-provider", 27, 33, { "This total assumes your Level 4 lets you start the Level 5 course",
	                            "the FAQ describes a number of routes",
	                            "whether the induction's qualification counts as \"relevant\"" }, { NULL } },
	{ "school leaver with no experience", "role=other experience=no level=below3",
	  "pso-route", 30, UNKNOWN, { "Gateway to Practice", "Level 3",
	                              "vocational qualification the access route needs" },
	  { "The route the documents describe for you", "From there, the short Level 4" } },
	{ "Level 3 without experience", "role=other experience=no level=3",
	  "pso-route", 30, UNKNOWN, { "Probation Services Officer" }, { NULL } },
	{ "Level 4 without experience", "role=other experience=no level=4",
	  "pso-route", 30, UNKNOWN, { "Level 4" }, { NULL } },
	{ "care worker with experience, below Level 3, no VQ", "role=other experience=yes level=below3 vq=none",
	  "pso-route", 30, UNKNOWN, { "medium and lower risk" }, { NULL } },
	{ "new PSO with no qualifications yet", "role=pso level=below3 vq=none",
	  "pso-route", 30, UNKNOWN, { "Level 3" }, { NULL } },
	{ "NPS staff at Level 3 with no VQ", "role=nps experience=yes level=3 vq=none",
	  "pso-route", 30, UNKNOWN, { "PQiP learner" }, { "you are on this route", "If you are a PSO", "working as a PSO counts" } },
	{ "PSO at Level 3 with no VQ", "role=pso level=3 vq=none",
	  "pso-route", 30, UNKNOWN, { "part of every new PSO's induction" },
	  { "Start as a", "Apply to become a", "As a new PSO" } },
	{ "someone unsure of their level, with experience", "role=other experience=yes level=unknown",
	  "check-level", 0, 0, { "printed on the certificate", "qualification finder" },
	  { "needs practice experience", "Time: not stated" } },
	{ "PSO unsure of their level", "role=pso level=unknown",
	  "check-level", 0, 0, { "Foundation Degree", "as a PSO" }, { "start as a", "Many people start" } },
	{ "NPS staff unsure of their level", "role=nps experience=no level=unknown",
	  "check-level", 0, 0, { "PQiP learner" }, { NULL } },
};

struct fixture {
	struct content *c;
	int *answers;
	struct plan *plan;
	char *text;
};

static void set_up(struct fixture *f, const struct person *p)
{
	struct diags d = { 0 };
	f->c = content_load("content", &d);
	cr_assert_not_null(f->c, "content/ does not load (%zu problems)", d.n);
	diag_free(&d);
	size_t nq = content_nquestions(f->c);
	f->answers = malloc(nq * sizeof *f->answers);
	for (size_t i = 0; i < nq; i++)
		f->answers[i] = COND_UNSET;
	char *list = strdup(p->answers), *save = NULL;
	for (char *kv = strtok_r(list, " ", &save); kv; kv = strtok_r(NULL, " ", &save))
		cr_assert(content_parse_answer(f->c, kv, f->answers, "test", 0, &d), "bad answer %s", kv);
	free(list);
	f->plan = plan_build(f->c, f->answers, 0);
	cr_assert(f->plan && plan_complete(f->plan), "%s: no plan (next question %d)", p->who,
	          f->plan ? f->plan->next : -1);
	size_t len;
	FILE *out = open_memstream(&f->text, &len);
	/* Wide, so that no phrase is broken across lines. */
	plan_write_text(f->plan, out, 4096);
	fclose(out);
}

static void tear_down(struct fixture *f)
{
	free(f->text);
	plan_free(f->plan);
	free(f->answers);
	content_free(f->c);
}

/* Criterion runs each test in a freshly started copy of the runner, where
 * pointers differ: the parameter is the index into people[], not a pointer. */
#define NPEOPLE (sizeof people / sizeof people[0])

ParameterizedTestParameters(rules, person)
{
	static size_t index[NPEOPLE];
	for (size_t i = 0; i < NPEOPLE; i++)
		index[i] = i;
	return cr_make_param_array(size_t, index, NPEOPLE);
}

ParameterizedTest(const size_t *i, rules, person)
{
	const struct person *p = &people[*i];
	struct fixture f;
	set_up(&f, p);
	const struct content_outcome *o = content_outcome(f.c, (size_t)f.plan->outcome);
	cr_expect_str_eq(o->id, p->outcome, "%s", p->who);
	cr_expect_eq(f.plan->total.min, p->total_min, "%s: total from %d months, expected %d", p->who,
	             f.plan->total.min, p->total_min);
	if (p->total_max == UNKNOWN)
		cr_expect(f.plan->total.max_unknown, "%s: total should be open-ended", p->who);
	else if (p->total_min > 0)
		cr_expect_eq(f.plan->total.max, p->total_max, "%s: total to %d months, expected %d",
		             p->who, f.plan->total.max, p->total_max);
	for (size_t i = 0; i < 4 && p->facts[i]; i++)
		cr_expect(strstr(f.text, p->facts[i]) != NULL, "%s: the plan does not say \"%s\"", p->who,
		          p->facts[i]);
	for (size_t i = 0; i < 3 && p->absent[i]; i++)
		cr_expect(text_find(f.text, p->absent[i]) == NULL, "%s: the plan says \"%s\"", p->who,
		          p->absent[i]);
	/* What every plan carries, whoever the person is. */
	cr_expect(strstr(f.text, "Rules last reviewed on 2026-11-23") != NULL, "%s: no review date", p->who);
	cr_expect(strstr(f.text, "Rehabilitation of Offenders Act") != NULL, "%s: no disclosure note", p->who);
	cr_expect(strstr(f.text, o->headline) != NULL || strstr(f.text, "Result") != NULL);
	bool reasons = false;
	for (size_t i = 0; i < f.plan->nb; i++)
		reasons |= f.plan->b[i].kind == PLAN_REASON;
	cr_expect(reasons, "%s: no reasons", p->who);
	tear_down(&f);
}

/* ---- the flow ---- */

static struct content *shipped(void)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c);
	diag_free(&d);
	return c;
}

static int qi(const struct content *c, const char *id)
{
	int q = content_question_index(c, id);
	cr_assert_geq(q, 0, "no question %s", id);
	return q;
}

static void answer(const struct content *c, int *answers, const char *kv)
{
	struct diags d = { 0 };
	cr_assert(content_parse_answer(c, kv, answers, "test", 0, &d), "%s", kv);
}

/* The shipped content, and no answer yet in answers (room for 16). */
static struct content *shipped_unanswered(int answers[16])
{
	struct content *c = shipped();
	cr_assert_leq(content_nquestions(c), 16);
	for (size_t i = 0; i < content_nquestions(c); i++)
		answers[i] = COND_UNSET;
	return c;
}

Test(flow, starts_with_role_and_skips_experience_for_a_pso)
{
	int answers[16], effective[16];
	struct content *c = shipped_unanswered(answers);
	struct rules_flow p;
	rules_flow(c, answers, effective, &p);
	cr_assert_eq(p.next, qi(c, "role"));
	cr_assert_eq(p.asked, 0);
	answer(c, answers, "role=pso");
	rules_flow(c, answers, effective, &p);
	cr_assert_eq(p.next, qi(c, "level"), "a PSO has experience: the next question is the level");
	cr_assert_eq(effective[qi(c, "experience")], COND_UNSET);
	cr_assert_eq(p.asked, 1);
	content_free(c);
}

Test(flow, estimate_counts_the_questions_still_possible)
{
	int answers[16], effective[16];
	struct content *c = shipped_unanswered(answers);
	struct rules_flow p;
	answer(c, answers, "role=other");
	answer(c, answers, "experience=yes");
	answer(c, answers, "level=6");
	rules_flow(c, answers, effective, &p);
	cr_assert_eq(p.next, qi(c, "area.crime"));
	cr_assert_eq(p.asked, 3);
	cr_assert_eq(p.estimate, 7, "3 answered + the 4 areas; vq is no longer possible");
	content_free(c);
}

Test(flow, changing_an_answer_replans_and_keeps_later_answers_that_apply)
{
	int answers[16], effective[16];
	struct content *c = shipped_unanswered(answers);
	struct rules_flow p;
	const char *start[] = { "role=other", "experience=yes", "level=6", "area.crime=done",
		                "area.cjs=done", "area.penal=done", "area.rehab=done" };
	for (size_t i = 0; i < 7; i++)
		answer(c, answers, start[i]);
	rules_flow(c, answers, effective, &p);
	cr_assert_str_eq(content_outcome(c, (size_t)p.outcome)->id, "pqip-15");
	/* Down to Level 3: the areas no longer apply, vq is asked. */
	answer(c, answers, "level=3");
	rules_flow(c, answers, effective, &p);
	cr_assert_eq(p.next, qi(c, "vq"));
	cr_assert_eq(effective[qi(c, "area.crime")], COND_UNSET);
	cr_assert_eq(answers[qi(c, "area.crime")], content_option_index(content_question(c, (size_t)qi(c, "area.crime")), "done"),
	             "the answer is kept, only unused");
	/* Back up to Level 6: the kept area answers apply again, no question left. */
	answer(c, answers, "level=6");
	rules_flow(c, answers, effective, &p);
	cr_assert_eq(p.next, RULES_NONE);
	cr_assert_str_eq(content_outcome(c, (size_t)p.outcome)->id, "pqip-15");
	content_free(c);
}

Test(flow, reasons_say_met_and_not_met_with_their_faq)
{
	int answers[16], effective[16];
	struct content *c = shipped_unanswered(answers);
	answer(c, answers, "role=other");
	answer(c, answers, "experience=no");
	answer(c, answers, "level=7");
	struct rules_flow p;
	rules_flow(c, answers, effective, &p);
	cr_assert_str_eq(content_outcome(c, (size_t)p.outcome)->id, "experience-first");
	struct rules_reason r[8];
	size_t n = rules_reasons(c, p.outcome, effective, r, 8);
	cr_assert_geq(n, 2);
	bool saw_met = false, saw_unmet = false;
	for (size_t i = 0; i < n; i++) {
		const struct content_criterion *k = content_criterion(c, (size_t)r[i].criterion);
		cr_expect_geq(k->faq, 0, "criterion %s cites no FAQ entry", k->id);
		if (strcmp(k->id, "experienced") == 0)
			saw_unmet = !r[i].met;
		if (strcmp(k->id, "level5") == 0)
			saw_met = r[i].met;
	}
	cr_expect(saw_met, "Level 7 meets the level criterion");
	cr_expect(saw_unmet, "no experience: the experience criterion is not met");
	content_free(c);
}

static bool count_outcomes(void *ctx, const int *effective, const struct rules_flow *plan)
{
	(void)effective;
	size_t *seen = ctx;
	cr_assert_geq(plan->outcome, 0);
	seen[plan->outcome]++;
	return true;
}

Test(flow, walk_reaches_every_outcome_of_the_product_table)
{
	struct content *c = shipped();
	size_t seen[32] = { 0 };
	size_t paths = rules_walk(c, count_outcomes, seen);
	cr_assert_gt(paths, 0);
	static const char *const ids[] = { "check-level", "experience-first", "pqip-15", "pqip-15-or-21",
		                           "pqip-21", "level5-course", "access-route", "ask-provider",
		                           "pso-route" };
	for (size_t i = 0; i < 9; i++) {
		int o = content_outcome_index(c, ids[i]);
		cr_assert_geq(o, 0, "no outcome %s", ids[i]);
		cr_expect_gt(seen[o], 0, "%s is never reached", ids[i]);
	}
	content_free(c);
}

Test(flow, scenarios_shipped_get_the_outcome_they_expect)
{
	struct content *c = shipped();
	int effective[16];
	cr_assert_geq(content_nscenarios(c), 30);
	for (size_t i = 0; i < content_nscenarios(c); i++) {
		const struct content_scenario *s = content_scenario(c, i);
		struct rules_flow p;
		rules_flow(c, s->answers, effective, &p);
		cr_expect_eq(p.next, RULES_NONE, "%s stops short", s->id);
		if (p.outcome >= 0)
			cr_expect_str_eq(content_outcome(c, (size_t)p.outcome)->id, s->expect, "%s", s->id);
	}
	content_free(c);
}

/* ---- the walk by classes ---- */

struct soundness {
	const struct content *c;
	const struct rules_classes *k;
	size_t paths;
};

/* Every answer path, with each answer replaced by its class's first
 * option, must ask the same questions and end in the same outcome. */
static bool same_as_representative(void *ctx, const int *effective, const struct rules_flow *plan)
{
	struct soundness *s = ctx;
	size_t nq = content_nquestions(s->c);
	int rep[16], eff[16];
	for (size_t i = 0; i < nq; i++)
		rep[i] = effective[i] >= 0 ? rules_class_of(s->k, (int)i, effective[i]) : COND_UNSET;
	struct rules_flow p;
	rules_flow(s->c, rep, eff, &p);
	cr_assert_eq(p.outcome, plan->outcome);
	for (size_t i = 0; i < nq; i++)
		cr_assert_eq(eff[i] >= 0, effective[i] >= 0, "question %zu asked differently", i);
	s->paths++;
	return true;
}

static bool add_weight(void *ctx, const struct rules_path *p)
{
	*(double *)ctx += p->weight;
	return true;
}

Test(flow, walk_by_classes_stands_for_every_path)
{
	struct content *c = shipped();
	struct rules_classes *k = rules_classes_new(c);
	cr_assert_not_null(k);
	/* Levels 8, 7, 6 and 5 are one class to the rules; 4 is not. */
	int level = qi(c, "level");
	const struct content_question *lq = content_question(c, (size_t)level);
	cr_expect_eq(rules_class_of(k, level, content_option_index(lq, "6")), content_option_index(lq, "8"));
	cr_expect_eq(rules_class_of(k, level, content_option_index(lq, "4")), content_option_index(lq, "4"));
	struct soundness s = { c, k, 0 };
	size_t all = rules_walk(c, same_as_representative, &s);
	double weight = 0;
	size_t classes = rules_walk_classes(c, k, add_weight, &weight);
	cr_assert_eq(s.paths, all);
	cr_assert_eq(weight, (double)all, "class weights sum to %g, not %zu", weight, all);
	cr_assert_lt(classes, all / 2, "%zu class paths for %zu paths: classes should save work", classes, all);
	rules_classes_free(k);
	content_free(c);
}
