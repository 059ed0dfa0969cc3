/*
 * diff: --diff-content names exactly the classes of answers and the
 * example people whose plan a change alters.  Each test plants one edit
 * in a copy of content/ and checks the diff against an oracle that knows
 * nothing of its walk: every combination of every answer to every
 * question, each person's whole handout written out in both contents and
 * compared as text.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "kit.h"
#include "plan.h"
#include "plant.h"
#include "rules.h"
#include "util.h"

#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static bool plan_differs(const struct content *a, const struct content *b, const int *answers)
{
	char *x = kit_handout(a, answers, NULL), *y = kit_handout(b, answers, NULL);
	bool differs = strcmp(x, y) != 0;
	free(x);
	free(y);
	return differs;
}

/* A set of strings, kept small and simple. */
struct set {
	char **v;
	size_t n;
};

static bool set_has(const struct set *s, const char *k)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i], k) == 0)
			return true;
	return false;
}

static void set_add(struct set *s, const char *k)
{
	if (set_has(s, k))
		return;
	s->v = realloc(s->v, (s->n + 1) * sizeof *s->v);
	s->v[s->n++] = strdup(k);
}

static void set_free(struct set *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

/* A class as a key: each question either content asks, its option's class. */
static void class_key(const struct content *a, const struct rules_classes *k, const int *answers, char *buf,
                      size_t size)
{
	size_t used = 0;
	for (size_t q = 0; q < content_nquestions(a) && used < size; q++)
		if (answers[q] >= 0)
			used += (size_t)snprintf(buf + used, size - used, "%s=%d;", content_question(a, q)->id,
			                         rules_class_of(k, (int)q, answers[q]));
}

struct oracle {
	const struct content *a, *b;
	const struct rules_classes *k;
	int *combo, *answers, *ea, *eb;
	struct set changed;
};

/* Every combination of answers; for each, the answers either flow uses. */
static void every(struct oracle *o, size_t q)
{
	size_t nq = content_nquestions(o->a);
	if (q < nq) {
		for (size_t v = 0; v < content_question(o->a, q)->noptions; v++) {
			o->combo[q] = (int)v;
			every(o, q + 1);
		}
		return;
	}
	struct rules_flow fa, fb;
	rules_flow(o->a, o->combo, o->ea, &fa);
	rules_flow(o->b, o->combo, o->eb, &fb);
	for (size_t i = 0; i < nq; i++)
		o->answers[i] = o->ea[i] >= 0 || o->eb[i] >= 0 ? o->combo[i] : COND_UNSET;
	if (!plan_differs(o->a, o->b, o->answers))
		return;
	char key[1024];
	class_key(o->a, o->k, o->answers, key, sizeof key);
	set_add(&o->changed, key);
}

static json_t *run_diff(const struct content *a, const struct content *b, int *status)
{
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	*status = diff_content(a, b, out, true);
	fclose(out);
	json_error_t e;
	json_t *j = json_loads(text, 0, &e);
	cr_assert_not_null(j, "not JSON (%s): %s", e.text, text);
	free(text);
	return j;
}

/* The classes the diff names, as keys. */
static void reported(const struct content *a, const struct rules_classes *k, json_t *classes, struct set *s)
{
	size_t nq = content_nquestions(a), i;
	int *answers = calloc(nq, sizeof *answers);
	json_t *c;
	json_array_foreach(classes, i, c) {
		for (size_t q = 0; q < nq; q++) {
			const struct content_question *cq = content_question(a, q);
			json_t *v = json_object_get(json_object_get(c, "answers"), cq->id);
			answers[q] = v ? content_option_index(cq, json_string_value(v)) : COND_UNSET;
		}
		char key[1024];
		class_key(a, k, answers, key, sizeof key);
		cr_expect_not(set_has(s, key), "class named twice: %s", key);
		set_add(s, key);
	}
	free(answers);
}

/* Plant one edit, diff, and check classes and people against the oracle;
 * returns how many classes changed. */
static size_t check_edit(const char *file, const char *from, const char *to)
{
	char *dir = plant_copy();
	plant(dir, file, from, to);
	struct diags d = { 0 };
	struct content *a = content_load(PLANT_SHIPPED, &d), *b = content_load(dir, &d);
	cr_assert(a && b, "%s", problem_list(&d));
	const struct content *both[] = { a, b };
	struct rules_classes *k = rules_classes_new_for(both, 2);
	size_t nq = content_nquestions(a);
	struct oracle o = { a, b, k, calloc(nq, sizeof(int)), calloc(nq, sizeof(int)), calloc(nq, sizeof(int)),
		            calloc(nq, sizeof(int)), { 0 } };
	every(&o, 0);
	int status;
	json_t *j = run_diff(a, b, &status);
	struct set got = { 0 };
	reported(a, k, json_object_get(j, "classes"), &got);
	cr_expect_gt(o.changed.n, 0, "the planted edit changes no plan: update this test");
	cr_expect_eq(got.n, o.changed.n, "%zu classes named, %zu change", got.n, o.changed.n);
	for (size_t i = 0; i < o.changed.n; i++)
		cr_expect(set_has(&got, o.changed.v[i]), "a class that changes is not named: %s", o.changed.v[i]);
	struct set people = { 0 }, want = { 0 };
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(j, "people"), i, p)
		set_add(&people, json_string_value(json_object_get(p, "id")));
	for (size_t s = 0; s < content_nscenarios(b); s++)
		if (plan_differs(a, b, content_scenario(b, s)->answers))
			set_add(&want, content_scenario(b, s)->id);
	cr_expect_eq(people.n, want.n, "%zu people named, %zu change", people.n, want.n);
	for (size_t s = 0; s < want.n; s++)
		cr_expect(set_has(&people, want.v[s]), "%s's plan changes but is not named", want.v[s]);
	cr_expect_eq(status, 1);
	size_t n = o.changed.n;
	set_free(&got);
	set_free(&people);
	set_free(&want);
	set_free(&o.changed);
	free(o.combo);
	free(o.answers);
	free(o.ea);
	free(o.eb);
	json_decref(j);
	rules_classes_free(k);
	content_free(a);
	content_free(b);
	diag_free(&d);
	scratch_free(dir);
	return n;
}

Test(diff, a_month_changed_names_the_classes_and_people_on_that_route)
{
	check_edit("outcomes.cfg", "months_max = 21;", "months_max = 24;");
}

Test(diff, a_condition_changed_names_those_whose_outcome_moves)
{
	check_edit("questions.cfg", "area.rehab = done) >= 3\"", "area.rehab = done) >= 4\"");
}

Test(diff, a_notes_when_changed_names_those_who_now_read_it)
{
	check_edit("outcomes.cfg", "when = \"role = nps\"; }", "when = \"role in [nps, pso]\"; }");
}

Test(diff, no_change_is_exit_status_0)
{
	struct diags d = { 0 };
	struct content *a = content_load(PLANT_SHIPPED, &d);
	cr_assert_not_null(a);
	int status;
	json_t *j = run_diff(a, content_builtin(), &status);
	cr_expect_eq(status, 0);
	cr_expect_eq(json_array_size(json_object_get(j, "classes")), 0);
	cr_expect_eq(json_array_size(json_object_get(j, "people")), 0);
	cr_expect_gt(json_integer_value(json_object_get(j, "classes_walked")), 100);
	json_decref(j);
	content_free(a);
	diag_free(&d);
}

/* The program run with args exits with status, and says each of err on
 * its standard error and each of out on its output (either may be NULL). */
static void expect_cli(const char *const *args, int status, const char *const *err, const char *const *out)
{
	struct run r;
	run_pa(&r, NULL, args, NULL);
	cr_expect_eq(r.status, status, "%s", r.err);
	for (size_t i = 0; err && err[i]; i++)
		cr_expect(strstr(r.err, err[i]) != NULL, "stderr lacks {%s}:\n%s", err[i], r.err);
	for (size_t i = 0; out && out[i]; i++)
		cr_expect(strstr(r.out, out[i]) != NULL, "output lacks {%s}:\n%s", out[i], r.out);
	run_free(&r);
}

Test(diff, different_questions_are_trouble_exit_2)
{
	char *dir = plant_copy_english();
	plant(dir, "questions.cfg", "{ value = \"other\";", "{ value = \"retired\"; label = \"Retired\"; },\n{ value = \"other\";");
	expect_cli(ARGS("--diff-content", dir), 2, ARGS("different questions"), NULL);
	scratch_free(dir);
}

Test(diff, the_command_line_lists_a_real_edit)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_max = 21;", "months_max = 24;");
	expect_cli(ARGS("--diff-content", PLANT_SHIPPED, dir), 1, NULL,
	           ARGS("changes: durations, total", "for example: --answer ", "Example people whose plan changes:"));
	scratch_free(dir);
}
