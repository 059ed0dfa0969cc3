/* The plan: durations as a person reads them, totals, and the handout. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "util.h"

Test(plan, months_read_as_a_person_would)
{
	char b[64];
	cr_assert_str_eq(plan_months(12, 12, b, sizeof b), "12 months");
	cr_assert_str_eq(plan_months(1, 1, b, sizeof b), "1 month");
	cr_assert_str_eq(plan_months(15, 21, b, sizeof b), "15 to 21 months");
	cr_assert_str_eq(plan_months(3, CONTENT_MONTHS_UNKNOWN, b, sizeof b), "from 3 months");
	cr_assert_str_eq(plan_months(CONTENT_MONTHS_UNKNOWN, CONTENT_MONTHS_UNKNOWN, b, sizeof b), "not stated");
}

Test(plan, a_length_given_in_hours_is_shown_as_stated)
{
	char b[64];
	struct content_step s = { .text = "t", .months_min = CONTENT_MONTHS_UNKNOWN,
		                  .months_max = CONTENT_MONTHS_UNKNOWN, .time = "about 200 hours of study" };
	cr_assert_str_eq(plan_step_time(&s, b, sizeof b), "about 200 hours of study");
	s.time = NULL;
	cr_assert_str_eq(plan_step_time(&s, b, sizeof b), "not stated");
	s.months_min = s.months_max = 12;
	cr_assert_str_eq(plan_step_time(&s, b, sizeof b), "12 months");
}

Test(plan, totals_are_marked_as_estimates_and_never_invent_a_length)
{
	char b[128];
	struct plan_total t = { 27, 33, false, false };
	cr_assert_str_eq(plan_total_text(&t, b, sizeof b), "27 to 33 months (an estimate)");
	t = (struct plan_total){ 30, 0, true, true };
	cr_assert_str_eq(plan_total_text(&t, b, sizeof b),
	                 "from 30 months (an estimate), plus the steps whose length is not stated in months");
	t = (struct plan_total){ 0, 0, true, false };
	cr_assert(strstr(plan_total_text(&t, b, sizeof b), "not stated") != NULL);
}

/* A content copy whose texts carry terminal escapes: the handout must not. */
Test(plan, handout_never_carries_control_characters)
{
	char *dir = copy_content("content");
	/* A raw ESC in a file is refused at load; build one from a permitted
	 * escape and check the writer sanitises anyway: a tab survives, and
	 * nothing below 0x20 other than \n and \t is written. */
	cr_assert(edit_file(dir, "outcomes.cfg", "headline = \"", "headline = \"\\t"));
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c);
	int answers[16];
	for (size_t i = 0; i < content_nquestions(c); i++)
		answers[i] = COND_UNSET;
	cr_assert(content_parse_answer(c, "role=other", answers, "t", 0, &d));
	cr_assert(content_parse_answer(c, "experience=yes", answers, "t", 0, &d));
	cr_assert(content_parse_answer(c, "level=unknown", answers, "t", 0, &d));
	struct plan p;
	cr_assert(plan_build(&p, c, answers));
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	plan_write_text(&p, answers, out, 60);
	fclose(out);
	for (size_t i = 0; i < len; i++)
		cr_assert(text[i] >= 0x20 || text[i] == '\n' || text[i] == '\t' || (text[i] & 0x80),
		          "control byte 0x%02x at %zu", (unsigned char)text[i], i);
	free(text);
	plan_free(&p);
	content_free(c);
	diag_free(&d);
	free(dir);
}

Test(plan, handout_lists_answers_the_flow_did_not_use)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c);
	int answers[16];
	for (size_t i = 0; i < content_nquestions(c); i++)
		answers[i] = COND_UNSET;
	const char *kv[] = { "role=other", "experience=yes", "level=6", "area.crime=done", "area.cjs=done",
		             "area.penal=none", "area.rehab=none", "vq=level3" };
	for (size_t i = 0; i < 8; i++)
		cr_assert(content_parse_answer(c, kv[i], answers, "t", 0, &d));
	struct plan p;
	cr_assert(plan_build(&p, c, answers));
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	plan_write_text(&p, answers, out, 78);
	fclose(out);
	cr_assert(strstr(text, "Answers not needed for this result") != NULL);
	cr_assert(strstr(text, "vq=level3") != NULL);
	cr_assert(strstr(text, "Estimated total: 21 months (an estimate)") != NULL, "%s", text);
	/* Wrapped to the width asked. */
	for (char *line = text, *nl; (nl = strchr(line, '\n')); line = nl + 1)
		cr_assert_leq(nl - line, 78);
	free(text);
	plan_free(&p);
	content_free(c);
}
