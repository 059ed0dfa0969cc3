/* Batch mode through the real program: exit codes, messages, JSON. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static json_t *parse(const struct run *r)
{
	json_error_t e;
	json_t *j = json_loads(r->out, 0, &e);
	cr_assert_not_null(j, "not JSON (line %d: %s):\n%s", e.line, e.text, r->out);
	return j;
}

static const char *str(json_t *j, const char *key)
{
	json_t *v = json_object_get(j, key);
	cr_assert(json_is_string(v), "\"%s\" is not a string", key);
	return json_string_value(v);
}

/* Run with args, which ask for JSON: it must exit 0 with a plan for the
 * outcome want. */
static json_t *plan_of(struct run *r, const char *const *args, const char *want)
{
	run_pa(r, NULL, args, NULL);
	cr_assert_eq(r->status, 0, "%s", r->err);
	json_t *j = parse(r);
	cr_assert_str_eq(str(j, "outcome"), want);
	return j;
}

Test(batch, issue_example_gives_a_json_plan_for_pqip_15)
{
	struct run r;
	json_t *j = plan_of(&r, ARGS("--answer", "role=other", "--answer", "experience=yes", "--answer", "level=6",
	                      "--answer", "area.crime=done", "--answer", "area.cjs=done", "--answer",
	                      "area.penal=done", "--answer", "area.rehab=none", "--format", "json"), "pqip-15");
	cr_assert(strlen(str(j, "headline")) > 10);
	json_t *reasons = json_object_get(j, "reasons");
	cr_assert(json_array_size(reasons) >= 2);
	size_t i;
	json_t *v;
	json_array_foreach(reasons, i, v) {
		cr_assert(json_is_boolean(json_object_get(v, "met")));
		cr_assert(json_is_string(json_object_get(v, "faq")));
	}
	/* Steps: months are {min, max} or null when the documents give none. */
	bool saw_15 = false, saw_null = false;
	json_array_foreach(json_object_get(j, "steps"), i, v) {
		json_t *m = json_object_get(v, "months");
		cr_assert(json_is_null(m) || json_is_object(m));
		saw_null |= json_is_null(m);
		saw_15 |= json_is_object(m) && json_integer_value(json_object_get(m, "min")) == 15 &&
		          json_integer_value(json_object_get(m, "max")) == 15;
	}
	cr_assert(saw_15 && saw_null);
	json_t *total = json_object_get(j, "total");
	cr_assert_eq(json_integer_value(json_object_get(total, "min")), 15);
	cr_assert(json_is_true(json_object_get(total, "estimate")));
	cr_assert(json_array_size(json_object_get(j, "notes")) > 0);
	cr_assert(json_array_size(json_object_get(j, "faq")) > 0);
	cr_assert(json_array_size(json_object_get(j, "contacts")) > 0);
	json_t *content = json_object_get(j, "content");
	cr_assert_str_eq(str(content, "reviewed"), "2026-11-23");
	cr_assert_eq(json_array_size(json_object_get(content, "sources")), 3);
	cr_assert_eq(json_array_size(json_object_get(j, "unused")), 0);
	json_decref(j);
	run_free(&r);
}

struct reach {
	const char *outcome;
	const char *const *args;
};

Test(batch, every_outcome_is_reachable_from_the_command_line)
{
	const struct reach cases[] = {
		{ "check-level", ARGS("--answer", "role=other", "--answer", "experience=yes", "--answer", "level=unknown") },
		{ "experience-first", ARGS("--answer", "role=other", "--answer", "experience=no", "--answer", "level=7") },
		{ "pqip-15", ARGS("--answer", "role=pso", "--answer", "level=5", "--answer", "area.crime=done", "--answer", "area.cjs=done", "--answer", "area.penal=done", "--answer", "area.rehab=done") },
		{ "pqip-15-or-21", ARGS("--answer", "role=pso", "--answer", "level=5", "--answer", "area.crime=done", "--answer", "area.cjs=done", "--answer", "area.penal=started", "--answer", "area.rehab=none") },
		{ "pqip-21", ARGS("--answer", "role=pso", "--answer", "level=6", "--answer", "area.crime=none", "--answer", "area.cjs=none", "--answer", "area.penal=none", "--answer", "area.rehab=none") },
		{ "level5-course", ARGS("--answer", "role=pso", "--answer", "level=4", "--answer", "vq=level4") },
		{ "access-route", ARGS("--answer", "role=pso", "--answer", "level=3", "--answer", "vq=level3") },
		{ "ask-provider", ARGS("--answer", "role=other", "--answer", "experience=yes", "--answer", "level=4", "--answer", "vq=none") },
		{ "pso-route", ARGS("--answer", "role=other", "--answer", "experience=no", "--answer", "level=below3") },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *args[24];
		size_t n = 0;
		while (cases[i].args[n]) {
			args[n] = cases[i].args[n];
			n++;
		}
		args[n++] = "--format";
		args[n++] = "json";
		args[n] = NULL;
		struct run r;
		run_pa(&r, NULL, args, NULL);
		cr_assert_eq(r.status, 0, "%s: %s", cases[i].outcome, r.err);
		json_t *j = parse(&r);
		cr_expect_str_eq(str(j, "outcome"), cases[i].outcome);
		json_decref(j);
		run_free(&r);
	}
}

Test(batch, text_is_the_plan_a_person_takes_away)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answer", "role=pso", "--answer", "level=3", "--answer", "vq=level3"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	const char *want[] = { "Your answers", "Why", "Next steps", "from 3 months", "12 months",
		               "Estimated total: from 30 months (an estimate)", "Things to know",
		               "Contacts", "Rules last reviewed on 2026-11-23" };
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		cr_expect(strstr(r.out, want[i]) != NULL, "no \"%s\" in:\n%s", want[i], r.out);
	run_free(&r);
}

/* A related FAQ entry is listed by its question, once: not again as a
 * link to itself. */
Test(batch, a_related_question_is_said_once)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answer", "role=other", "--answer", "experience=yes", "--answer", "level=4",
	                      "--answer", "vq=level4"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	const char *related = strstr(r.out, "Related questions in the FAQ");
	cr_assert_not_null(related, "%s", r.out);
	cr_expect_not_null(strstr(related, "\n- What is the Level 4 Certificate"), "%s", related);
	const char *next = strstr(related, "\n\n");
	size_t n = next ? (size_t)(next - related) : strlen(related);
	char *section = strndup(related, n);
	cr_expect_null(strstr(section, "From the FAQ:"), "a related question links to itself:\n%s", section);
	free(section);
	run_free(&r);
}

Test(batch, unknown_question_exits_2_naming_it)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answer", "salary=high"), NULL);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "unknown question \"salary\"") != NULL, "%s", r.err);
	cr_assert_str_eq(r.out, "");
	run_free(&r);
}

Test(batch, unknown_value_exits_2_listing_the_choices)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answer", "role=other", "--answer", "level=9"), NULL);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "\"9\" is not an answer to \"level\" (one of: 8, 7, 6, 5, 4, 3, below3, unknown)") != NULL,
	          "%s", r.err);
	run_free(&r);
}

Test(batch, missing_answer_exits_2_naming_the_question_needed)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answer", "role=other", "--answer", "experience=yes"), NULL);
	cr_assert_eq(r.status, 2);
	/* The question, and its choices. */
	expect_holds("stderr", r.err, ARGS("missing an answer for \"level\"", "level=below3"));
	run_free(&r);
}

Test(batch, answers_not_asked_are_ignored_and_listed_as_unused)
{
	struct run r;
	json_t *j = plan_of(&r, ARGS("--answer", "role=pso", "--answer", "experience=no", "--answer", "level=unknown",
	                      "--answer", "vq=level4", "--format", "json"), "check-level");
	json_t *unused = json_object_get(j, "unused");
	cr_assert_eq(json_array_size(unused), 2);
	cr_assert_str_eq(json_string_value(json_array_get(unused, 0)), "experience");
	cr_assert_str_eq(json_string_value(json_array_get(unused, 1)), "vq");
	cr_assert_null(json_object_get(json_object_get(j, "answers"), "vq"));
	json_decref(j);
	run_free(&r);
}

Test(batch, same_question_twice_on_the_command_line_is_an_error)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answer", "role=pso", "--answer", "role=other", "--answer", "level=unknown"), NULL);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "\"role\" is answered twice") != NULL, "%s", r.err);
	run_free(&r);
}

Test(batch, answers_file_and_answer_override)
{
	char *dir = scratch_dir();
	const char *text = "# a person\nanswers = [ \"role=pso\",\n  \"level=4\",\n  \"vq=none\" ];\n";
	put_file(dir, "me.cfg", text, strlen(text));
	char path[4200];
	snprintf(path, sizeof path, "%s/me.cfg", dir);
	struct run r;
	json_t *j = plan_of(&r, ARGS("--answers", path, "--format", "json"), "ask-provider");
	json_decref(j);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--answers", path, "--answer", "vq=level4", "--format", "json"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	j = parse(&r);
	cr_assert_str_eq(str(j, "outcome"), "level5-course", "--answer wins over the file");
	json_decref(j);
	run_free(&r);
	free(dir);
}

Test(batch, bad_answers_file_names_file_and_line)
{
	char *dir = scratch_dir();
	const char *text = "answers = [ \"role=pso\",\n  \"level=42\" ];\n";
	put_file(dir, "bad.cfg", text, strlen(text));
	const char *syntax = "answers = [ \"role=pso\",\n  \"level=4\" ;\n";
	put_file(dir, "syntax.cfg", syntax, strlen(syntax));
	char path[4200], msg[4400];
	snprintf(path, sizeof path, "%s/bad.cfg", dir);
	struct run r;
	run_pa(&r, NULL, ARGS("--answers", path), NULL);
	cr_assert_eq(r.status, 2);
	snprintf(msg, sizeof msg, "%s:2: \"42\" is not an answer to \"level\"", path);
	cr_assert(strstr(r.err, msg) != NULL, "%s", r.err);
	run_free(&r);
	snprintf(path, sizeof path, "%s/syntax.cfg", dir);
	run_pa(&r, NULL, ARGS("--answers", path), NULL);
	cr_assert_eq(r.status, 2);
	snprintf(msg, sizeof msg, "%s:2: syntax error", path);
	cr_assert(strstr(r.err, msg) != NULL, "%s", r.err);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--answers", "/nonexistent/answers.cfg"), NULL);
	cr_assert_eq(r.status, 2);
	cr_assert(strstr(r.err, "/nonexistent/answers.cfg: cannot open: No such file or directory") != NULL, "%s", r.err);
	run_free(&r);
	free(dir);
}

Test(batch, usage_errors_exit_2)
{
	const char *const *const cases[] = {
		ARGS("--format", "xml", "--answer", "role=pso"),
		ARGS("--format", "json"),
		ARGS("--frobnicate"),
		ARGS("--answer"),
		ARGS("stray"),
		ARGS("--check-content", "--answer", "role=pso"),
		ARGS("--fact-check", "--format", "json"),
		ARGS("--diff-content", "content", "--format", "md"),
		ARGS("--graph", "png"),
		ARGS("--graph", "dot", "--fact-check"),
	};
	static const char *const expect[] = {
		"--format must be text or json here, not 'xml'",
		"--format needs --answer, --answers, --fact-check or --diff-content",
		"unknown option '--frobnicate'", "option '--answer' needs a value",
		"unexpected argument 'stray'", "a content tool cannot be combined with --answer",
		"--format must be text or md here, not 'json'", "--format must be text or json here, not 'md'",
		"--graph must be dot, mermaid or outline, not 'png'",
		"give one of --check-content, --fact-check, --diff-content and --graph",
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct run r;
		run_pa(&r, NULL, cases[i], NULL);
		cr_expect_eq(r.status, 2, "case %zu", i);
		cr_expect(strstr(r.err, expect[i]) != NULL, "case %zu: %s", i, r.err);
		cr_expect(strstr(r.err, "--help") != NULL);
		run_free(&r);
	}
}

Test(batch, help_and_version)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--help"), NULL);
	cr_assert_eq(r.status, 0);
	cr_assert(strstr(r.out, "Usage: probation-advisor") != NULL);
	cr_assert(strstr(r.out, "--check-content") != NULL);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--version"), NULL);
	cr_assert_eq(r.status, 0);
	cr_assert(strncmp(r.out, "probation-advisor ", 18) == 0);
	run_free(&r);
}

Test(batch, check_content_passes_on_shipped_and_built_in_content)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--check-content", "content"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_assert(strstr(r.out, "content OK") != NULL);
	cr_assert(strstr(r.out, "every one of 1018 answer paths ends in exactly one outcome") != NULL, "%s", r.out);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--check-content"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

Test(batch, scenarios_run_as_answers_files)
{
	struct run r;
	json_t *j = plan_of(&r, ARGS("--answers", "content/scenarios/pso-with-vq3.cfg", "--format", "json"), "access-route");
	json_decref(j);
	run_free(&r);
}

Test(batch, json_says_what_each_reason_step_and_note_is)
{
	struct run r;
	json_t *j = plan_of(&r, ARGS("--answer", "role=other", "--answer", "experience=yes", "--answer", "level=6",
	                      "--answer", "area.crime=done", "--answer", "area.cjs=done", "--answer",
	                      "area.penal=started", "--answer", "area.rehab=none", "--format", "json"), "pqip-15-or-21");
	bool fact = false, requirement = false;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(j, "reasons"), i, v) {
		const char *kind = str(v, "kind"), *status = str(v, "status");
		if (strcmp(kind, "fact") == 0) {
			fact = true;
			cr_expect_str_eq(status, "about you", "a fact is never met or not met");
		} else {
			requirement = true;
			cr_expect_str_eq(kind, "requirement");
			cr_expect_str_eq(status, json_is_true(json_object_get(v, "met")) ? "met" : "not met");
		}
	}
	cr_expect(fact && requirement);
	json_t *first = json_array_get(json_object_get(j, "steps"), 0);
	cr_expect(json_is_true(json_object_get(first, "suggestion")), "finishing the 3rd module first is advice");
	cr_expect(json_is_false(json_object_get(first, "untimed")));
	json_array_foreach(json_object_get(j, "notes"), i, v)
		cr_expect(json_is_boolean(json_object_get(v, "suggestion")));
	cr_expect(json_is_null(json_object_get(json_object_get(j, "total"), "note")));
	json_t *sources = json_object_get(json_object_get(j, "content"), "sources");
	cr_expect_str_eq(str(json_array_get(sources, 2), "id"), "qualification-levels");
	json_decref(j);
	run_free(&r);
	/* What ask-provider's total assumes, and its untimed first step. */
	run_pa(&r, NULL, ARGS("--answer", "role=other", "--answer", "experience=yes", "--answer", "level=4",
	                      "--answer", "vq=none", "--format", "json"), NULL);
	j = parse(&r);
	cr_expect(strstr(str(json_object_get(j, "total"), "note"), "assumes your Level 4") != NULL);
	first = json_array_get(json_object_get(j, "steps"), 0);
	cr_expect(json_is_true(json_object_get(first, "untimed")));
	json_decref(j);
	run_free(&r);
}
