/*
 * The content toolkit: every statement cites its source (checked at load
 * and by --check-content, with planted defects reported at file:line), the
 * source behind the advice in every front end, the fact-check sheet and the
 * picture of the flow.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "kit.h"
#include "lint.h"
#include "plan.h"
#include "plant.h"
#include "util.h"
#include "vt.h"

#define ARGS KIT_ARGS
#define WAIT KIT_WAIT
#define GRADUATE "3\n1\n3\n1\n1\n1\n1\n"

/* Line n (1-based) of content/sources/NAME, without its newline. */
static char *source_line(const char *name, int n)
{
	char path[512];
	snprintf(path, sizeof path, PLANT_SHIPPED "/sources/%s", name);
	char *text = get_file(path, NULL), *s = text;
	cr_assert_not_null(text, "no %s", path);
	for (int i = 1; i < n && s; i++)
		s = strchr(s, '\n') ? strchr(s, '\n') + 1 : NULL;
	cr_assert_not_null(s);
	char *line = strndup(s, strcspn(s, "\n"));
	free(text);
	return line;
}

static int source_lines(const char *name)
{
	char path[512];
	snprintf(path, sizeof path, PLANT_SHIPPED "/sources/%s", name);
	char *text = get_file(path, NULL);
	int n = 0;
	for (char *s = text; s && *s; s++)
		n += *s == '\n' || s[1] == '\0';
	free(text);
	return n;
}

/* Load dir: it must fail with msg at name:ln among the problems. */
static void expect_load(const char *dir, const char *name, int ln, const char *msg)
{
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_null(c, "content with a planted defect loaded");
	plant_expect(&d, dir, 1, name, ln, msg);
	diag_free(&d);
}

/* Load dir (cleanly) and lint it: msg at name:ln, and total problems. */
static void expect_lint(const char *dir, size_t total, const char *name, int ln, const char *msg)
{
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c, "%s", problem_list(&d));
	cr_assert_not(lint_content(c, &d, NULL), "lint passed content with a planted defect");
	plant_expect(&d, dir, total, name, ln, msg);
	content_free(c);
	diag_free(&d);
}

/* ---- citations, checked ---- */

Test(cite, every_shipped_statement_cites_a_source_or_is_a_suggestion)
{
	struct diags d = { 0 };
	lint_citations(content_builtin(), &d);
	cr_expect_eq(d.n, 0, "%s", problem_list(&d));
	diag_free(&d);
}

/* One planted citation each, and what the loader says at its line. */
Test(cite, a_citation_naming_no_source_out_of_bounds_or_not_a_citation)
{
	char bounds[200];
	snprintf(bounds, sizeof bounds, "lines \"20-2200\" are not a range within sources/faq.txt, which has %d lines",
	         source_lines("faq.txt"));
	const struct {
		const char *to, *msg;
	} cases[] = {
		{ "fqa:20-22", "the citation names no source: \"fqa\" is not the id of a source in meta.cfg" },
		{ "faq:20-2200", bounds },
		{ "page 20", "a citation is \"SOURCE:LINES\" or \"SOURCE: a phrase\", not \"page 20\"" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *dir = plant_copy(), to[64];
		snprintf(to, sizeof to, "cite = \"%s\";", cases[i].to);
		plant(dir, "faq.cfg", "cite = \"faq:20-22\";", to);
		expect_load(dir, "faq.cfg", plant_line(dir, "faq.cfg", to), cases[i].msg);
		scratch_free(dir);
	}
}

Test(cite, a_line_range_backwards_or_from_line_0)
{
	char *dir = plant_copy();
	plant(dir, "faq.cfg", "cite = \"faq:20-22\";", "cite = [ \"faq:22-20\", \"faq:0\" ];");
	struct diags d = { 0 };
	cr_assert_null(content_load(dir, &d));
	int at = plant_line(dir, "faq.cfg", "faq:22-20");
	char msg[200];
	snprintf(msg, sizeof msg, "lines \"22-20\" are not a range within sources/faq.txt, which has %d lines",
	         source_lines("faq.txt"));
	plant_expect(&d, dir, 2, "faq.cfg", at, msg);
	snprintf(msg, sizeof msg, "lines \"0\" are not a range within sources/faq.txt, which has %d lines",
	         source_lines("faq.txt"));
	plant_expect(&d, dir, 2, "faq.cfg", at, msg);
	diag_free(&d);
	scratch_free(dir);
}

Test(cite, a_quote_not_found_in_the_source)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "demonstration of ability at Level 4\"", "demonstration of ability at Level 5\"");
	expect_load(dir, "questions.cfg", plant_line(dir, "questions.cfg", "ability at Level 5\""),
	            "the quote is not found in sources/laurus.txt: "
	            "\"accepted by universities as demonstration of ability at Level 5\"");
	scratch_free(dir);
}

Test(cite, a_quote_may_run_across_white_space_as_the_document_has_it)
{
	char *dir = plant_copy();
	/* The FAQ has two spaces after "locally.", a typographic apostrophe in
	 * "we're", and a blank line after "Level 5 or above". */
	plant(dir, "faq.cfg", "cite = \"faq:20-22\";",
	      "cite = [ \"faq: depending on our needs locally. But we're\", \"faq: at Level 5 or above If you\" ];");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_null(c, "a quote with another apostrophe must not match");
	plant_expect(&d, dir, 1, "faq.cfg", plant_line(dir, "faq.cfg", "locally. But"),
	             "the quote is not found in sources/faq.txt: \"depending on our needs locally. But we're\"");
	diag_free(&d);
	plant(dir, "faq.cfg", "locally. But we're\"", "locally. But we\xe2\x80\x99re\"");
	c = content_load(dir, &d);
	cr_assert_not_null(c, "%s", problem_list(&d));
	const struct content_faq *f = content_faq(c, (size_t)content_faq_index(c, "how-long"));
	cr_assert_eq(f->cites.n, 2);
	cr_expect_eq(f->cites.v[0].first, 109);
	cr_expect_eq(f->cites.v[0].last, 109);
	cr_expect_eq(f->cites.v[1].first, 30);
	cr_expect_eq(f->cites.v[1].last, 32);
	content_free(c);
	diag_free(&d);
	scratch_free(dir);
}

Test(cite, a_source_whose_file_is_missing)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "id = \"laurus\";", "id = \"lauruss\";");
	struct diags d = { 0 };
	cr_assert_null(content_load(dir, &d));
	char file[4096];
	snprintf(file, sizeof file, "%s/sources/lauruss.txt", dir);
	bool found = false;
	for (size_t i = 0; i < d.n; i++)
		found |= strcmp(d.v[i].file, file) == 0 && strstr(d.v[i].msg, "cannot open") != NULL;
	cr_expect(found, "%s", problem_list(&d));
	diag_free(&d);
	scratch_free(dir);
}

Test(cite, a_step_with_neither_citation_nor_suggestion_mark)
{
	char *dir = plant_copy();
	int at = plant_line(dir, "outcomes.cfg", "{ text = \"Apply for the PQiP when the next national");
	plant(dir, "outcomes.cfg", "        cite = \"faq:99-101\";\n", "");
	expect_lint(dir, 1, "outcomes.cfg", at,
	            "this step cites no source: add \"cite\", or \"suggestion = true\" if it is the advisor's own");
	scratch_free(dir);
}

Test(cite, a_criterion_and_a_faq_answer_with_no_citation)
{
	char *dir = plant_copy();
	int crit = plant_line(dir, "questions.cfg", "{ id = \"level5\";");
	plant(dir, "questions.cfg", "    cite = [ \"faq:30\", \"faq:34\" ];\n", "");
	int faq = plant_line(dir, "faq.cfg", "{ id = \"how-long\";");
	plant(dir, "faq.cfg", "\n    cite = \"faq:20-22\";", "");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c, "%s", problem_list(&d));
	lint_citations(c, &d);
	plant_expect(&d, dir, 2, "questions.cfg", crit, "this criterion cites no source: add \"cite\"");
	plant_expect(&d, dir, 2, "faq.cfg", faq, "this FAQ answer cites no source: add \"cite\"");
	content_free(c);
	diag_free(&d);
	scratch_free(dir);
}

/* ---- the source behind the advice ---- */

Test(cite, json_blocks_carry_the_passages_they_cite)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--answers", PLANT_SHIPPED "/scenarios/degree-four-areas-done.cfg", "--format", "json"),
	       NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	json_t *j = json_loads(r.out, 0, NULL);
	cr_assert_not_null(j);
	static const char *const kinds[] = { "reasons", "steps", "notes" };
	size_t cited = 0;
	for (size_t k = 0; k < 3; k++) {
		size_t i;
		json_t *b;
		json_array_foreach(json_object_get(j, kinds[k]), i, b) {
			size_t n;
			json_t *t;
			json_array_foreach(json_object_get(b, "cites"), n, t) {
				const char *file = json_string_value(json_object_get(t, "file"));
				int first = (int)json_integer_value(json_array_get(json_object_get(t, "lines"), 0));
				char *line = source_line(file + strlen("sources/"), first);
				const char *passage = json_string_value(json_object_get(t, "passage"));
				cr_expect(strncmp(passage, line, strlen(line)) == 0, "%s:%d is not {%s}", file, first, passage);
				free(line);
				cited++;
			}
		}
	}
	cr_expect_gt(cited, 5);
	json_decref(j);
	run_free(&r);
}

Test(cite, plain_mode_shows_what_the_documents_say)
{
	struct run r;
	run_pa(&r, GRADUATE "d\n1\nq\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	const char *list = strstr(r.out, "The advice, and the documents it rests on:");
	cr_assert_not_null(list, "%s", r.out);
	cr_expect(strstr(list, "From \"FAQs and Contact\" (sources/faq.txt, line") != NULL, "%s", list);
	run_free(&r);
}

Test(cite, the_result_screen_opens_the_source_of_a_reason, .timeout = 60)
{
	const struct content *c = kit_content();
	int *answers = calloc(content_nquestions(c), sizeof *answers);
	struct vt *vt = vt_start(24, 80, ARGS("--content", PLANT_SHIPPED), NULL);
	cr_assert_not_null(vt);
	kit_see(vt, "Check my eligibility");
	kit_walk_to(vt, "pqip-15", answers);
	kit_see(vt, "Your result");
	const struct content_criterion *k = content_criterion(c, (size_t)0);
	for (size_t i = 0; i < content_ncriteria(c); i++)
		if (strcmp(content_criterion(c, i)->id, "level5") == 0)
			k = content_criterion(c, i);
	char buf[64];
	cr_assert(vt_pick(vt, kit_prefix(k->met, 30, buf), true), "%s", vt_dump(vt));
	kit_see(vt, "The source's own words");
	kit_see(vt, "What the documents say");
	kit_see(vt, "FAQs and Contact");
	vt_key(vt, VTERM_KEY_ESCAPE);
	kit_see(vt, "Your result");
	vt_free(vt);
	free(answers);
	kit_content_free();
}

/* ---- the fact-check sheet ---- */

Test(factcheck, every_statement_beside_its_passage_grouped_by_outcome_and_faq)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--fact-check", PLANT_SHIPPED), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	const struct content *c = content_builtin();
	char want[512];
	snprintf(want, sizeof want, "(rules last reviewed on %s)", content_reviewed(c));
	cr_expect(strstr(r.out, want) != NULL, "no review date");
	const char *at = r.out;
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		snprintf(want, sizeof want, "Outcome \"%s\"", content_outcome(c, i)->id);
		const char *next = strstr(at, want);
		cr_expect_not_null(next, "no %s, in order", want);
		at = next ? next : at;
	}
	for (size_t i = 0; i < content_nfaq(c); i++) {
		snprintf(want, sizeof want, "FAQ \"%s\"", content_faq(c, i)->id);
		cr_expect(strstr(r.out, want) != NULL, "no %s", want);
	}
	cr_expect(strstr(r.out, "The length of the Probation Officer training programme") != NULL);
	/* A list in a source keeps its items apart; a paragraph is wrapped. */
	cr_expect(strstr(r.out, "\xe2\x80\xa2 Higher National Diplomas\n") != NULL, "the FAQ's list is run together");
	const char *apart = strstr(r.out, "Suggestions: the advisor's own advice, not from the sources");
	cr_assert_not_null(apart);
	for (size_t i = 0; i < content_noutcomes(c); i++)
		for (size_t s = 0; s < content_outcome(c, i)->nsteps; s++)
			if (content_outcome(c, i)->steps[s].suggestion)
				cr_expect(strstr(apart, kit_prefix(content_outcome(c, i)->steps[s].text, 20, want)) != NULL,
				          "suggestion not listed apart: %s", want);
	run_free(&r);
}

Test(factcheck, markdown_has_headings_and_quoted_passages)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--fact-check", "--format", "md"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect(strncmp(r.out, "\n# Fact-check sheet: ", 21) == 0, "%.80s", r.out);
	cr_expect(strstr(r.out, "\n## Outcome \"pqip-15\"") != NULL);
	cr_expect(strstr(r.out, "\n> The length of the Probation Officer training programme") != NULL);
	cr_expect(strstr(r.out, "From *FAQs and Contact* (`sources/faq.txt`, line") != NULL);
	run_free(&r);
}

Test(factcheck, dated_statements_say_their_days_and_as_of_keeps_that_days)
{
	const char *note = "To know, from 2027-01-01, until 2027-06-30: This year's intake has opened";
	struct run r;
	run_pa(&r, NULL, ARGS("--fact-check", "man/example"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect(strstr(r.out, note) != NULL, "%s", r.out);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--fact-check", "man/example", "--as-of", "2026-12-01"), NULL);
	cr_expect(strstr(r.out, "This year's intake has opened") == NULL, "not current on that day");
	run_free(&r);
	run_pa(&r, NULL, ARGS("--fact-check", "man/example", "--as-of", "2027-03-01"), NULL);
	cr_expect(strstr(r.out, note) != NULL, "current on that day");
	run_free(&r);
}

/* ---- the picture of the flow ---- */

Test(graph, dot_is_a_graph_graphviz_draws)
{
	struct run r, d;
	run_pa(&r, NULL, ARGS("--graph", "dot"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_cmd(&d, r.out, ARGS("dot", "-Tplain"), NULL);
	cr_assert_eq(d.status, 0, "dot refused the graph: %s", d.err);
	const struct content *c = content_builtin();
	size_t nodes = 0;
	for (const char *s = d.out; (s = strstr(s, "\nnode ")) != NULL; s++)
		nodes++;
	cr_expect_eq(nodes, content_nquestions(c) + content_ncriteria(c) + content_noutcomes(c));
	run_free(&d);
	run_free(&r);
}

Test(graph, mermaid_names_every_outcome)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--graph", "mermaid"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect(strncmp(r.out, "flowchart TD\n", 13) == 0);
	const struct content *c = content_builtin();
	char want[128];
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		snprintf(want, sizeof want, "  o%zu([\"%s<br/>", i, content_outcome(c, i)->id);
		cr_expect(strstr(r.out, want) != NULL, "no %s", want);
	}
	run_free(&r);
}

Test(graph, the_outline_follows_the_contents_structure)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--graph", "outline"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	const struct content *c = content_builtin();
	char want[1024];
	snprintf(want, sizeof want, "Questions, in the order they are asked: %zu\n", content_nquestions(c));
	const char *at = strstr(r.out, want);
	cr_assert_not_null(at, "%s", r.out);
	for (size_t i = 0; i < content_nquestions(c); i++) {
		const struct content_question *q = content_question(c, i);
		snprintf(want, sizeof want, "  %zu. %s: %s\n     asked: %s\n", i + 1, q->id, q->text,
		         q->ask ? cond_text(q->ask) : "always");
		const char *next = strstr(at, want);
		cr_assert_not_null(next, "question %zu not as it should be: %s", i + 1, want);
		at = next;
	}
	snprintf(want, sizeof want, "Outcomes: %zu\n", content_noutcomes(c));
	cr_assert_not_null(at = strstr(at, want));
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		snprintf(want, sizeof want, "  %s: %s\n     applies when: %s\n", o->id, o->headline, cond_text(o->when));
		const char *next = strstr(at, want);
		cr_assert_not_null(next, "outcome %s not as it should be", o->id);
		at = next;
	}
	run_free(&r);
}

/* ---- dates ---- */

Test(dates, each_date_boundary_is_checked_as_its_own_version)
{
	char *dir = plant_copy();
	/* The 21 month route closes: after that day some people get no advice. */
	plant(dir, "outcomes.cfg", "    route = \"The 21 month PQiP\";\n",
	      "    route = \"The 21 month PQiP\";\n    until = \"2027-06-30\";\n");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c, "%s", problem_list(&d));
	cr_assert_not(lint_content(c, &d, NULL));
	bool gap = false, before = false;
	for (size_t i = 0; i < d.n; i++) {
		gap |= strstr(d.v[i].msg, "no outcome applies to: ") && strstr(d.v[i].msg, "(in the content as of 2027-07-01)");
		before |= strstr(d.v[i].msg, "before 2027-07-01") != NULL;
	}
	cr_expect(gap, "%s", problem_list(&d));
	cr_expect_not(before, "the version before the boundary is sound: %s", problem_list(&d));
	content_free(c);
	diag_free(&d);
	struct run r;
	run_pa(&r, NULL, ARGS("--check-content", dir, "--as-of", "2027-06-30"), NULL);
	cr_expect_eq(r.status, 0, "the day before it closes passes: %s", r.err);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--check-content", dir, "--as-of", "2027-07-01"), NULL);
	cr_expect_eq(r.status, 2, "the day it closes fails");
	run_free(&r);
	scratch_free(dir);
}

Test(dates, as_of_shows_the_advice_of_that_day)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "        months_min = 21;\n",
	      "        from = \"2027-09-01\";\n        months_min = 21;\n");
	static const char *const days[] = { "2027-08-31", "2027-09-01" };
	for (int i = 0; i < 2; i++) {
		struct run r;
		run_pa(&r, NULL, ARGS("--content", dir, "--answers", PLANT_SHIPPED "/scenarios/degree-no-areas.cfg",
		                      "--as-of", days[i]), NULL);
		cr_assert_eq(r.status, 0, "%s", r.err);
		bool shown = strstr(r.out, "Train on the PQiP: likely 21 months") != NULL;
		cr_expect_eq(shown, i == 1, "on %s the step is %s", days[i], shown ? "shown" : "not shown");
		run_free(&r);
	}
	scratch_free(dir);
}

Test(dates, a_date_that_is_not_one_or_ends_before_it_starts)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "    route = \"The 21 month PQiP\";\n",
	      "    route = \"The 21 month PQiP\";\n    from = \"2027-02-30\";\n");
	expect_load(dir, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "2027-02-30"),
	            "\"from\" must be a date written YYYY-MM-DD, not \"2027-02-30\"");
	plant(dir, "outcomes.cfg", "2027-02-30\";", "2027-03-01\"; until = \"2027-02-28\";");
	expect_load(dir, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "2027-02-28"), "\"until\" is before \"from\"");
	scratch_free(dir);
}

Test(dates, the_stale_review_warning_in_every_front_end_and_the_check)
{
	const char *warn = "Warning: these rules were last reviewed over a year ago";
	struct run r;
	run_pa(&r, NULL, ARGS("--answers", PLANT_SHIPPED "/scenarios/school-leaver.cfg", "--as-of", "2028-06-01"), NULL);
	cr_expect(strstr(r.out, warn) != NULL, "batch text: %s", r.out);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--answers", PLANT_SHIPPED "/scenarios/school-leaver.cfg", "--as-of", "2028-06-01",
	                      "--format", "json"), NULL);
	cr_expect(strstr(r.out, warn) != NULL, "batch JSON");
	run_free(&r);
	run_pa(&r, GRADUATE "q\n", ARGS("--plain", "--as-of", "2028-06-01"), NULL);
	cr_expect(strstr(r.out, warn) != NULL, "plain mode");
	run_free(&r);
	run_pa(&r, GRADUATE "q\n", ARGS("--plain"), NULL);
	cr_expect(strstr(r.out, warn) == NULL, "today the rules are fresh");
	run_free(&r);
	run_pa(&r, NULL, ARGS("--check-content", PLANT_SHIPPED, "--as-of", "2028-06-01"), NULL);
	cr_expect_eq(r.status, 0, "a stale review warns, it does not fail: %s", r.err);
	cr_expect(strstr(r.err, PLANT_SHIPPED "/meta.cfg: Warning: these rules were last reviewed") != NULL, "%s", r.err);
	run_free(&r);
}

Test(dates, the_result_screen_warns_when_the_rules_are_stale, .timeout = 60)
{
	const struct content *c = kit_content();
	int *answers = calloc(content_nquestions(c), sizeof *answers);
	struct vt *vt = vt_start(24, 80, ARGS("--content", PLANT_SHIPPED, "--as-of", "2028-06-01"), NULL);
	cr_assert_not_null(vt);
	kit_see(vt, "Check my eligibility");
	kit_walk_to(vt, "pqip-15", answers);
	kit_see(vt, "Your result");
	vt_key(vt, VTERM_KEY_END);
	kit_see(vt, "last reviewed over a year ago");
	vt_free(vt);
	free(answers);
	kit_content_free();
}

Test(graph, as_of_draws_the_outcomes_of_that_day)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "    route = \"The 21 month PQiP\";\n",
	      "    route = \"The 21 month PQiP\";\n    until = \"2027-06-30\";\n");
	char want[64];
	snprintf(want, sizeof want, "Outcomes: %zu\n", content_noutcomes(content_builtin()));
	struct run r;
	run_pa(&r, NULL, ARGS("--graph", "outline", "--content", dir, "--as-of", "2027-06-30"), NULL);
	cr_expect(strstr(r.out, want) != NULL && strstr(r.out, "  pqip-21: ") != NULL, "%s", r.out);
	run_free(&r);
	snprintf(want, sizeof want, "Outcomes: %zu\n", content_noutcomes(content_builtin()) - 1);
	run_pa(&r, NULL, ARGS("--graph", "outline", "--content", dir, "--as-of", "2027-07-01"), NULL);
	cr_expect(strstr(r.out, want) != NULL && strstr(r.out, "  pqip-21: ") == NULL, "%s", r.out);
	run_free(&r);
	scratch_free(dir);
}

Test(dates, the_faq_browser_lists_the_entries_of_the_day, .timeout = 60)
{
	char *dir = plant_copy();
	plant(dir, "faq.cfg", "{ id = \"what-is-pqip\";", "{ id = \"what-is-pqip\"; until = \"2026-06-30\";");
	const char *first = "What is the Professional Qualification in Probation";
	static const char *const days[] = { "2026-06-30", "2026-07-01" };
	for (int i = 0; i < 2; i++) {
		struct vt *vt = vt_start(24, 80, ARGS("--content", dir, "--as-of", days[i]), NULL);
		cr_assert_not_null(vt);
		kit_see(vt, "Check my eligibility");
		cr_assert(vt_pick(vt, "Browse the FAQ", true), "%s", vt_dump(vt));
		kit_see(vt, "How long does the PQiP take?");
		cr_expect_eq(vt_wait(vt, first, i ? 300 : WAIT), i == 0, "on %s: %s", days[i], vt_dump(vt));
		vt_free(vt);
	}
	scratch_free(dir);
}
