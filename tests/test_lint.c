/*
 * lint: the whole-flow checks behind --check-content.  It must pass the
 * shipped content, walking every answer path, and it must catch each way an
 * edit to the rules can leave a person with no advice, two pieces of advice,
 * a question nobody is asked, advice nobody gets, or an example person whose
 * expected outcome is wrong.  Defects are planted in a scratch copy of
 * content/ (tests/plant.h), which must still load: lint comes after loading.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "lint.h"
#include "plant.h"
#include "rules.h"
#include "util.h"

#define SHIPPED PLANT_SHIPPED

/* Load dir, which must load cleanly, and lint it into *d. */
static struct content *load_and_lint(const char *dir, struct diags *d, struct lint_stats *st, bool *ok)
{
	struct content *c = content_load(dir, d);
	char *all = problem_list(d);
	cr_assert_not_null(c, "the planted content must still load:\n%s", all);
	cr_assert_eq(d->n, 0, "loading reported problems:\n%s", all);
	free(all);
	*ok = lint_content(c, d, st);
	return c;
}

/* Lint dir: it must fail, with exactly total problems (0: any number),
 * among them name:ln: msg (ln 0 for the file as a whole). */
static void expect_lint(const char *dir, size_t total, const char *name, int ln, const char *msg)
{
	struct diags d = { 0 };
	struct lint_stats st;
	bool ok;
	struct content *c = load_and_lint(dir, &d, &st, &ok);
	cr_assert_not(ok, "lint passed content with a planted defect");
	plant_expect(&d, dir, total, name, ln, msg);
	content_free(c);
	diag_free(&d);
}

/* ---- the shipped content ---- */

struct reach {
	size_t noutcomes;
	size_t *hits;
	size_t paths, bad;
};

static bool count_path(void *ctx, const int *effective, const struct rules_flow *plan)
{
	(void)effective;
	struct reach *r = ctx;
	r->paths++;
	if (plan->outcome >= 0 && (size_t)plan->outcome < r->noutcomes)
		r->hits[plan->outcome]++;
	else
		r->bad++;
	return true;
}

Test(lint, shipped_content_has_no_problems)
{
	struct diags d = { 0 };
	struct lint_stats st = { 0 };
	bool ok;
	struct content *c = load_and_lint(SHIPPED, &d, &st, &ok);
	char *all = problem_list(&d);
	cr_assert(ok, "lint found problems in the shipped content:\n%s", all);
	cr_assert_eq(d.n, 0, "lint found problems in the shipped content:\n%s", all);
	free(all);
	/*
	 * 1018 is the number of distinct complete answer paths, that is, of
	 * different sets of answers to the questions actually asked:
	 *   role=pso (experience is not asked):
	 *     level 8/7/6/5: 4 levels x 3^4 knowledge-area answers  = 324
	 *     level 4/3/below3: 3 levels x 3 vq answers              =   9
	 *     level unknown                                          =   1
	 *                                                            = 334
	 *   role=nps or other (2 roles), each:
	 *     experience=yes: the same 334
	 *     experience=no:  8 levels, nothing more asked           =   8
	 *                                                     2 x 342 = 684
	 *   total 334 + 684 = 1018.
	 * A change to a question's options or "ask" condition changes it.
	 */
	cr_expect_eq(st.paths, 1018, "answer paths proven: %g", st.paths);
	cr_expect_eq(st.questions, 8);
	cr_expect_eq(st.outcomes, 9);
	cr_expect_eq(st.scenarios, 55);
	content_free(c);
	diag_free(&d);
}

Test(lint, every_shipped_outcome_is_reached)
{
	struct diags d = { 0 };
	struct content *c = content_load(SHIPPED, &d);
	cr_assert_not_null(c);
	struct reach r = { content_noutcomes(c), calloc(content_noutcomes(c), sizeof(size_t)), 0, 0 };
	size_t visited = rules_walk(c, count_path, &r);
	cr_expect_eq(visited, 1018);
	cr_expect_eq(r.paths, 1018);
	cr_expect_eq(r.bad, 0, "%zu paths end in no outcome or in two", r.bad);
	for (size_t o = 0; o < r.noutcomes; o++)
		cr_expect_gt(r.hits[o], 0, "outcome \"%s\" is reached by no path", content_outcome(c, o)->id);
	free(r.hits);
	content_free(c);
	diag_free(&d);
}

/* ---- planted defects ---- */

#define ALL_DONE "role = pso and level = 8 and area.crime = done and area.cjs = done and " \
                 "area.penal = done and area.rehab = done"
#define ALL_DONE_PATH "role=pso, level=8, area.crime=done, area.cjs=done, area.penal=done, area.rehab=done"

Test(lint, two_outcomes_overlap)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "outcomes.cfg", "id = \"check-level\"");
	int second = plant_line(dir, "outcomes.cfg", "id = \"pqip-15\"");
	/* check-level now also takes one path that belongs to pqip-15. */
	plant(dir, "outcomes.cfg", "when = \"not @level-known\";", "when = \"not @level-known or (" ALL_DONE ")\";");
	char msg[512];
	snprintf(msg, sizeof msg, "outcomes \"check-level\" (line %d) and \"pqip-15\" both apply to: " ALL_DONE_PATH,
	         first);
	/* Reported at the later outcome. */
	expect_lint(dir, 1, "outcomes.cfg", second, msg);
	/* And through the program. */
	plant_expect_check(dir, "outcomes.cfg", second, msg);
	scratch_free(dir);
}

Test(lint, gap_where_no_outcome_applies)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "when = \"@level5 and @experienced and @areas-3\";",
	      "when = \"@level5 and @experienced and @areas-3 and not (" ALL_DONE ")\";");
	/* A gap belongs to no outcome: reported against the file. */
	expect_lint(dir, 1, "outcomes.cfg", 0, "no outcome applies to: " ALL_DONE_PATH);
	plant_expect_check(dir, "outcomes.cfg", 0, "no outcome applies to: " ALL_DONE_PATH);
	scratch_free(dir);
}

Test(lint, many_gaps_are_listed_up_to_ten_then_counted)
{
	/* With pqip-21 gone, every experienced Level 5+ person with fewer than
	 * 3 areas done and not 2 done + 1 started has no outcome: far more than
	 * ten paths, even walked by classes. */
	char *dir = plant_copy();
	int at = plant_line(dir, "outcomes.cfg", "id = \"pqip-21\"");
	plant(dir, "outcomes.cfg", "when = \"@level5 and @experienced and not @areas-3 and not @areas-2-1\";",
	      "when = \"false\";");
	struct diags d = { 0 };
	struct lint_stats st;
	bool ok;
	struct content *c = load_and_lint(dir, &d, &st, &ok);
	char *all = problem_list(&d);
	cr_assert_not(ok);
	cr_assert_geq(d.n, 12, "10 paths listed, a count of the rest, the unreached outcome:\n%s", all);
	for (size_t i = 0; i < 10; i++)
		cr_expect_eq(strncmp(d.v[i].msg, "no outcome applies to: ", 23), 0, "problem %zu: %s", i, d.v[i].msg);
	cr_expect_str_eq(d.v[0].msg, "no outcome applies to: role=pso, level=8 (or 7, 6, 5), area.crime=done, "
	                             "area.cjs=done, area.penal=none, area.rehab=none");
	cr_expect_eq(strncmp(d.v[10].msg, "... and ", 8), 0, "%s", d.v[10].msg);
	cr_expect(strstr(d.v[10].msg, " more answer paths like these") != NULL, "%s", d.v[10].msg);
	cr_expect_str_eq(d.v[11].msg, "outcome \"pqip-21\" is never reached: no answers lead to it");
	cr_expect_eq(d.v[11].line, at);
	for (size_t i = 12; i < d.n; i++)
		cr_expect_str_eq(d.v[i].msg, "the rules give no outcome for these answers", "problem %zu", i);
	cr_expect_eq(st.paths, 1018, "the walk still covers every path");
	free(all);
	diag_free(&d);
	content_free(c);
	scratch_free(dir);
}

Test(lint, question_never_asked)
{
	char *dir = plant_copy_english();
	/* Experience is never asked of a PSO, so this can never hold. */
	plant(dir, "questions.cfg", "\n);\n\ncriteria",
	      ",\n\n  { id = \"extra\"; text = \"Extra?\"; help = \"h\";\n"
	      "    ask = \"role = pso and experience = yes\";\n"
	      "    options = ( { value = \"x\"; label = \"X\"; } ); }\n);\n\ncriteria");
	expect_lint(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "id = \"extra\""),
	            "question \"extra\" is never asked: no answers lead to it");
	scratch_free(dir);
}

Test(lint, outcome_never_reached)
{
	char *dir = plant_copy_english();
	/* At the end of the outcomes list, before the common notes. */
	plant(dir, "outcomes.cfg", "\n);\n\n# Things to know",
	      ",\n\n  { id = \"ghost\";\n"
	      "    when = \"role = pso and experience = yes\";\n"
	      "    rank = 9;\n"
	      "    headline = \"h\"; summary = \"s\"; steps = ( { text = \"t\"; suggestion = true; } ); }\n);\n\n"
	      "# Things to know");
	expect_lint(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "id = \"ghost\""),
	            "outcome \"ghost\" is never reached: no answers lead to it");
	scratch_free(dir);
}

Test(lint, scenario_expects_another_outcome)
{
	char *dir = plant_copy();
	plant(dir, "scenarios/school-leaver.cfg", "expect = \"pso-route\";", "expect = \"pqip-15\";");
	expect_lint(dir, 1, "scenarios/school-leaver.cfg", 1, "expects \"pqip-15\" but the rules give \"pso-route\"");
	plant_expect_check(dir, "scenarios/school-leaver.cfg", 1, "expects \"pqip-15\" but the rules give \"pso-route\"");
	scratch_free(dir);
}

Test(lint, scenario_answers_stop_short)
{
	char *dir = plant_copy();
	plant(dir, "scenarios/school-leaver.cfg", ",\n            \"level=below3\"", "");
	expect_lint(dir, 1, "scenarios/school-leaver.cfg", 1, "the answers stop short: \"level\" is needed");
	scratch_free(dir);
}

Test(lint, describe_lists_the_answers_used)
{
	struct diags d = { 0 };
	struct content *c = content_load(SHIPPED, &d);
	cr_assert_not_null(c);
	size_t nq = content_nquestions(c);
	int *eff = malloc(nq * sizeof *eff);
	for (size_t i = 0; i < nq; i++)
		eff[i] = COND_UNSET;
	int role = content_question_index(c, "role"), level = content_question_index(c, "level");
	cr_assert_geq(role, 0);
	cr_assert_geq(level, 0);
	eff[role] = content_option_index(content_question(c, (size_t)role), "nps");
	eff[level] = content_option_index(content_question(c, (size_t)level), "below3");
	char buf[256];
	cr_expect_str_eq(lint_describe(c, NULL, eff, buf, sizeof buf), "role=nps, level=below3");
	/* Pending answers are not described either. */
	eff[content_question_index(c, "vq")] = COND_PENDING;
	cr_expect_str_eq(lint_describe(c, NULL, eff, buf, sizeof buf), "role=nps, level=below3");
	/* A small buffer gets a cut, terminated string. */
	char small[8];
	lint_describe(c, NULL, eff, small, sizeof small);
	cr_expect_str_eq(small, "role=np");
	free(eff);
	content_free(c);
	diag_free(&d);
}

/* ---- whom each text speaks to ---- */

Test(lint, a_note_for_others_shown_to_a_pso)
{
	char *dir = plant_copy();
	/* check-level's "apply to become a PSO", its "when" taken away. */
	plant(dir, "outcomes.cfg", "faq = \"not-eligible\";\n        when = \"role != pso\"; },", "faq = \"not-eligible\"; },");
	int at = plant_line(dir, "outcomes.cfg", "there is still a");
	const char *msg = "\"apply to become a\" speaks to group \"not-pso\", but is shown to: role=pso, level=unknown";
	expect_lint(dir, 1, "outcomes.cfg", at, msg);
	plant_expect_check(dir, "outcomes.cfg", at, msg);
	scratch_free(dir);
}

Test(lint, a_reason_for_pso_shown_to_everyone_with_experience)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "whose lives are in crisis: you have it.\";",
	      "whose lives are in crisis: you have it (working as a PSO counts).\";");
	expect_lint(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "id = \"experienced\""),
	            "\"working as a PSO counts\" speaks to group \"pso\", but is shown to: role=nps, experience=yes, "
	            "level=8 (or 7, 6, 5), area.crime=done, area.cjs=done, area.penal=done, area.rehab=done");
	scratch_free(dir);
}

Test(lint, a_group_phrase_is_found_in_any_case_and_reported_once)
{
	char *dir = plant_copy();
	/* The common note for NPS staff, shown to everyone: one report, not one per path. */
	plant(dir, "outcomes.cfg", "learner.\";\n    cite = \"faq:117\";\n    faq = \"nps-staff\";\n    when = \"role = nps\"; },",
	      "learner.\";\n    cite = \"faq:117\";\n    faq = \"nps-staff\"; },");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c);
	cr_assert_not(lint_content(c, &d, NULL));
	cr_expect_eq(d.n, 1, "%s", problem_list(&d));
	cr_expect(strstr(d.v[0].msg, "\"you work in the National Probation Service\" speaks to group \"nps\"") != NULL,
	          "%s", d.v[0].msg);
	content_free(c);
	diag_free(&d);
	scratch_free(dir);
}

/* ---- what would change the result ---- */

Test(lint, an_outcome_without_a_rank)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "    rank = 1;\n", "");
	expect_lint(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "id = \"pqip-15\""),
	            "outcome \"pqip-15\" has no \"rank\": answers can be changed (\"reach\"), so every outcome "
	            "needs one");
	scratch_free(dir);
}

Test(lint, the_unsure_answer_is_not_reached_by_effort)
{
	char *dir = plant_copy_english();
	plant(dir, "questions.cfg", "        label = \"I don't know\";",
	      "        label = \"I don't know\";\n        reach = \"forget it\";");
	expect_lint(dir, 0, "questions.cfg", plant_line(dir, "questions.cfg", "reach = \"forget it\"") - 3,
	            "\"unknown\" is the unsure answer: not found out by effort, it has no \"reach\"");
	scratch_free(dir);
}
