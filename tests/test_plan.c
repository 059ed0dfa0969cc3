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
	/* Steps with no length by nature (look it up, come back) add up to no "0 months". */
	t = (struct plan_total){ 0, 0, false, false };
	cr_assert_str_eq(plan_total_text(&t, b, sizeof b), "nothing to add up: these steps have no length of their own");
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

/* ---- every plan, over every answer path ---- */

/* Abbreviations a plan may use only after saying what they stand for. */
static const struct {
	const char *abbr, *expanded;
} terms[] = {
	{ "PQiP", "Professional Qualification in Probation (PQiP)" },
	{ "NPS", "National Probation Service (NPS)" },
	{ "HMPPS", "HMPPS (His Majesty's Prison and Probation Service)" },
	{ "CJL", "Community Justice Learning (CJL)" },
	{ "PSO", "Probation Services Officer (PSO)" },
	{ "VQ3", "Level 3 Diploma in Probation Practice (VQ3)" },
	{ "VQ4", "Level 4 Certificate in Community Rehabilitation (VQ4)" },
	{ "HND", "Higher National Diploma (HND)" },
	{ "HNC", "Higher National Certificate (HNC)" },
	{ "SCQF", "Scottish Credit and Qualifications Framework (SCQF)" },
	{ "LAURUS", "LAURUS Development Awards" },
};

struct every_plan {
	const struct content *c;
	size_t paths;
};

/* The first whole-word use of abbr in text, or NULL. */
static const char *first_use(const char *text, const char *abbr)
{
	size_t n = strlen(abbr);
	for (const char *p = strstr(text, abbr); p; p = strstr(p + 1, abbr)) {
		bool before = p > text && ((p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= 'a' && p[-1] <= 'z'));
		bool after = (p[n] >= 'A' && p[n] <= 'Z') || (p[n] >= 'a' && p[n] <= 'z') || p[n] == '@';
		if (!before && !after)
			return p;
	}
	return NULL;
}

static bool check_plan(void *ctx, const int *effective, const struct rules_plan *rp)
{
	struct every_plan *e = ctx;
	struct plan p;
	cr_assert(plan_build(&p, e->c, effective), "no plan for outcome %d", rp->outcome);
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	plan_write_text(&p, effective, out, 4096); /* wide: no phrase broken across lines */
	fclose(out);
	const char *id = content_outcome(e->c, (size_t)p.outcome)->id;
	for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) {
		const char *use = first_use(text, terms[i].abbr), *exp = strstr(text, terms[i].expanded);
		cr_expect(!use || (exp && exp <= use + strlen(terms[i].abbr) && use < exp + strlen(terms[i].expanded)),
		          "%s: \"%s\" is used before it is explained as \"%s\"", id, terms[i].abbr, terms[i].expanded);
	}
	/* Recruitment runs in campaigns; the documents never define the term. */
	cr_expect(!strstr(text, "You can apply"), "%s: \"You can apply\" before a campaign opens", id);
	cr_expect(!strstr(text, "Responsible Officers"), "%s: \"Responsible Officers\" is never explained", id);
	cr_expect(!strstr(text, "You don't have 2"), "%s: a double negative", id);
	/* A step that has no length by nature shows none. */
	for (size_t i = 0; i < p.nsteps; i++)
		if (p.steps[i]->untimed) {
			const char *at = strstr(text, p.steps[i]->text);
			cr_assert_not_null(at);
			const char *next = strchr(at + strlen(p.steps[i]->text), '\n');
			cr_expect(next && strncmp(next + 1, "    Time:", 9) != 0, "%s: a length shown for an untimed step", id);
		}
	/* A fact about the person is never "met". */
	for (size_t i = 0; i < p.nreasons; i++)
		if (p.reasons[i].fact)
			cr_expect_str_eq(plan_reason_label(&p.reasons[i]), "about you");
	free(text);
	plan_free(&p);
	e->paths++;
	return true;
}

Test(plan, every_plan_explains_its_terms_and_says_only_what_fits)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c);
	struct every_plan e = { c, 0 };
	rules_walk(c, check_plan, &e);
	cr_expect_eq(e.paths, 1018);
	content_free(c);
	diag_free(&d);
}

/* The person's answers for a space-separated list of key=value. */
static void answers_of(const struct content *c, const char *list, int *answers)
{
	struct diags d = { 0 };
	for (size_t i = 0; i < content_nquestions(c); i++)
		answers[i] = COND_UNSET;
	char *copy = strdup(list), *save = NULL;
	for (char *kv = strtok_r(copy, " ", &save); kv; kv = strtok_r(NULL, " ", &save))
		cr_assert(content_parse_answer(c, kv, answers, "t", 0, &d), "%s", kv);
	free(copy);
}

static char *handout(const struct content *c, const char *list)
{
	int answers[16];
	answers_of(c, list, answers);
	struct plan p;
	cr_assert(plan_build(&p, c, answers));
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	plan_write_text(&p, answers, out, 4096);
	fclose(out);
	plan_free(&p);
	return text;
}

Test(plan, suggestions_facts_and_requirements_say_what_they_are)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c);
	char *t = handout(c, "role=other experience=yes level=6 area.crime=done area.cjs=done area.penal=started "
	                     "area.rehab=none");
	cr_expect(strstr(t, "1.  " PLAN_SUGGESTION "If you can, finish your 3rd knowledge module") != NULL, "%s", t);
	cr_expect(strstr(t, "[met]       A qualification at Level 5 or above") != NULL, "%s", t);
	cr_expect(strstr(t, "[about you] You have completed 2 knowledge areas") != NULL, "%s", t);
	free(t);
	t = handout(c, "role=other experience=yes level=3 vq=none");
	cr_expect(strstr(t, "[about you] Your highest qualification is below Level 5") != NULL, "%s", t);
	cr_expect(!strstr(t, "[met]       Your highest"), "%s", t);
	free(t);
	/* ask-provider's total says what it assumes, beside it. */
	t = handout(c, "role=other experience=yes level=4 vq=none");
	cr_expect(strstr(t, "Estimated total: 27 to 33 months (an estimate), plus the steps whose length is not "
	                    "stated in months\nThis total assumes your Level 4 lets you start the Level 5 course") != NULL,
	          "%s", t);
	cr_expect(strstr(t, "Source: General guide to qualification levels (secondary: only the qualification "
	                    "finder's further examples)") != NULL, "%s", t);
	free(t);
	content_free(c);
	diag_free(&d);
}
