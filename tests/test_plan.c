/* The plan: durations as a person reads them, totals, and the handout. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plan.h"
#include "tui_pane.h"
#include "util.h"

/* The handout of p wrapped to width; caller frees.  (Not inlined: GCC 12
 * takes the buffer open_memstream hands back for the stream's own.) */
__attribute__((noinline)) static char *as_text_at(const struct plan *p, int width)
{
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	plan_write_text(p, out, width);
	fclose(out);
	return text;
}

static char *as_text(const struct plan *p)
{
	return as_text_at(p, 4096);
}

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
	struct plan *p = plan_build(c, answers, 0);
	cr_assert(plan_complete(p));
	size_t len;
	char *text = as_text_at(p, 60);
	len = strlen(text);
	for (size_t i = 0; i < len; i++)
		cr_assert(text[i] >= 0x20 || text[i] == '\n' || text[i] == '\t' || (text[i] & 0x80),
		          "control byte 0x%02x at %zu", (unsigned char)text[i], i);
	free(text);
	plan_free(p);
	content_free(c);
	diag_free(&d);
	free(dir);
}

static struct content *shipped(struct diags *d)
{
	struct content *c = content_load("content", d);
	cr_assert_not_null(c, "content/ does not load");
	return c;
}

Test(plan, handout_lists_answers_the_flow_did_not_use)
{
	struct diags d = { 0 };
	struct content *c = shipped(&d);
	int answers[16];
	for (size_t i = 0; i < content_nquestions(c); i++)
		answers[i] = COND_UNSET;
	const char *kv[] = { "role=other", "experience=yes", "level=6", "area.crime=done", "area.cjs=done",
		             "area.penal=none", "area.rehab=none", "vq=level3" };
	for (size_t i = 0; i < 8; i++)
		cr_assert(content_parse_answer(c, kv[i], answers, "t", 0, &d));
	struct plan *p = plan_build(c, answers, 0);
	cr_assert(plan_complete(p));
	char *text = as_text_at(p, 78);
	int vq = content_question_index(c, "vq");
	char label[32];
	snprintf(label, sizeof label, "%s", content_question(c, (size_t)vq)->options[answers[vq]].label);
	const char *unused = strstr(text, "Answers not needed for this result");
	cr_assert(unused != NULL, "%s", text);
	cr_assert(strstr(unused, label) != NULL, "%s", text);
	cr_assert(strstr(text, "Estimated total: 21 months (an estimate)") != NULL, "%s", text);
	/* Wrapped to the width asked. */
	for (char *line = text, *nl; (nl = strchr(line, '\n')); line = nl + 1)
		cr_assert_leq(nl - line, 78);
	free(text);
	plan_free(p);
	content_free(c);
}

/* ---- one document, three renderers ---- */

/* s with every run of white space as one space: wrapping and indents
 * differ between renderers, the words do not.  Caller frees. */
static char *squash(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	for (bool space = false; *s; s++) {
		bool ws = *s == ' ' || *s == '\n' || *s == '\t';
		if (ws && !space)
			*o++ = ' ';
		else if (!ws)
			*o++ = *s;
		space = ws;
	}
	*o = '\0';
	return out;
}

/* Find needle in *at or after it, and move *at past it. */
static bool next_in(const char **at, const char *needle)
{
	char *n = squash(needle);
	const char *hit = strstr(*at, n);
	if (hit)
		*at = hit + strlen(n);
	free(n);
	return hit != NULL;
}

/* Every block of p, and its FAQ link, in hay in the document's order.  A
 * machine reader (JSON) knows a block by its id where it has one, a person
 * by its words. */
static void in_order(const struct plan *p, const char *hay, const char *who, bool by_id)
{
	char *flat = squash(hay);
	const char *at = flat;
	for (size_t i = 0; i < p->nb; i++) {
		const struct plan_block *b = &p->b[i];
		const char *want = by_id && b->id ? b->id : b->text;
		/* The timeline is drawn where it is not said: its steps' names. */
		for (size_t k = 0; b->kind == PLAN_TIMELINE && !by_id && k < p->timeline.n; k++)
			cr_assert(next_in(&at, p->timeline.v[k].label), "%s: the timeline's step \"%s\" is missing", who,
			          p->timeline.v[k].label);
		if (b->kind == PLAN_TIMELINE && !by_id)
			continue;
		cr_assert(next_in(&at, want), "%s: block %zu (kind %d) \"%s\" is missing or out of order", who, i,
		          b->kind, want);
		if (b->faq < 0 || b->kind == PLAN_FAQ)
			continue;
		const struct content_faq *f = content_faq(p->c, (size_t)b->faq);
		want = by_id ? f->id : f->question;
		cr_assert(next_in(&at, want), "%s: block %zu's FAQ link \"%s\" is missing or out of order", who, i, want);
	}
	free(flat);
}

/* The strings of a JSON value, keys included, in order, one a line. */
static void flatten(json_t *j, FILE *out)
{
	const char *key;
	json_t *v;
	size_t i;
	if (json_is_string(j))
		fprintf(out, "%s\n", json_string_value(j));
	else if (json_is_object(j))
		json_object_foreach(j, key, v) {
			fprintf(out, "%s\n", key);
			flatten(v, out);
		}
	else if (json_is_array(j))
		json_array_foreach(j, i, v)
			flatten(v, out);
}

static char *as_json(const struct plan *p)
{
	json_t *j = plan_json(p);
	cr_assert_not_null(j);
	/* Through the bytes batch mode prints, so the order is the output's. */
	char *dump = json_dumps(j, JSON_PRESERVE_ORDER);
	json_decref(j);
	json_t *back = json_loads(dump, JSON_DECODE_ANY, NULL);
	free(dump);
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	flatten(back, out);
	fclose(out);
	json_decref(back);
	return text;
}

static char *as_panes(const struct plan *p)
{
	struct pane pane;
	pane_init(&pane, true);
	pane_add_plan(&pane, p, true, 0, 1);
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	for (size_t i = 0; i < pane.nb; i++)
		fprintf(out, "%s%s\n", pane.b[i].prefix ? pane.b[i].prefix : "", pane.b[i].text);
	fclose(out);
	pane_free(&pane);
	return text;
}

static bool has_kind(const struct plan *p, enum plan_kind k)
{
	for (size_t i = 0; i < p->nb; i++)
		if (p->b[i].kind == k)
			return true;
	return false;
}

/* Noon UTC on the content's review date, plus days. */
static time_t reviewed_plus(const struct content *c, int days)
{
	int y, m, d;
	cr_assert_eq(sscanf(content_reviewed(c), "%d-%d-%d", &y, &m, &d), 3);
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 12 };
	return timegm(&tm) + (time_t)days * 86400;
}

/* The handout, plain mode and batch text; batch JSON; the result screen:
 * for every example person, the same blocks in the same order, their FAQ
 * links and the stale-rules warning included. */
Test(plan, every_renderer_shows_the_same_blocks_for_every_example_person)
{
	struct diags d = { 0 };
	struct content *c = shipped(&d);
	cr_assert_gt(content_nscenarios(c), 0);
	for (size_t s = 0; s < content_nscenarios(c); s++) {
		const struct content_scenario *sc = content_scenario(c, s);
		for (int stale = 0; stale <= 1; stale++) {
			struct plan *p = plan_build(c, sc->answers, reviewed_plus(c, stale ? 400 : 30));
			cr_assert(plan_complete(p), "%s: no result", sc->id);
			cr_assert_eq(has_kind(p, PLAN_WARNING), (bool)stale, "%s: stale-rules warning %s", sc->id,
			             stale ? "missing" : "when the rules are recent");
			char *text = as_text(p), *json = as_json(p), *panes = as_panes(p);
			in_order(p, text, "text", false);
			in_order(p, json, "JSON", true);
			in_order(p, panes, "panes", false);
			free(text);
			free(json);
			free(panes);
			plan_free(p);
		}
	}
	content_free(c);
}

Test(plan, the_rules_are_stale_a_year_after_their_review)
{
	struct diags d = { 0 };
	struct content *c = shipped(&d);
	char buf[512];
	cr_assert_null(plan_stale_warning(c, reviewed_plus(c, 0), buf, sizeof buf));
	cr_assert_null(plan_stale_warning(c, reviewed_plus(c, 365), buf, sizeof buf));
	cr_assert_not_null(plan_stale_warning(c, reviewed_plus(c, 366), buf, sizeof buf));
	cr_assert(strstr(buf, content_reviewed(c)) != NULL, "%s", buf);
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

static bool check_plan(void *ctx, const int *effective, const struct rules_flow *rp)
{
	struct every_plan *e = ctx;
	struct plan *p = plan_build(e->c, effective, 0);
	cr_assert(plan_complete(p), "no plan for outcome %d", rp->outcome);
	char *text = as_text(p); /* wide: no phrase broken across lines */
	const char *id = content_outcome(e->c, (size_t)p->outcome)->id;
	for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) {
		const char *use = first_use(text, terms[i].abbr), *exp = strstr(text, terms[i].expanded);
		cr_expect(!use || (exp && exp <= use + strlen(terms[i].abbr) && use < exp + strlen(terms[i].expanded)),
		          "%s: \"%s\" is used before it is explained as \"%s\": \"%.60s\"", id, terms[i].abbr,
		          terms[i].expanded, use ? (use - text > 40 ? use - 40 : text) : "");
	}
	/* Recruitment runs in campaigns; the documents never define the term. */
	cr_expect(!strstr(text, "You can apply"), "%s: \"You can apply\" before a campaign opens", id);
	cr_expect(!strstr(text, "Responsible Officers"), "%s: \"Responsible Officers\" is never explained", id);
	cr_expect(!strstr(text, "You don't have 2"), "%s: a double negative", id);
	for (size_t i = 0; i < p->nb; i++) {
		const struct plan_block *b = &p->b[i];
		/* A step that has no length by nature shows none. */
		if (b->kind == PLAN_STEP && b->of.step->untimed) {
			const char *at = strstr(text, b->text);
			cr_assert_not_null(at);
			const char *next = strchr(at + strlen(b->text), '\n');
			cr_expect(next && strncmp(next + 1, "    Time:", 9) != 0, "%s: a length shown for an untimed step", id);
		}
		/* A fact about the person is never "met". */
		if (b->kind == PLAN_REASON && b->fact)
			cr_expect_str_eq(plan_reason_label(b), "about you");
	}
	free(text);
	plan_free(p);
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
	struct plan *p = plan_build(c, answers, 0);
	cr_assert(plan_complete(p));
	char *text = as_text(p);
	plan_free(p);
	return text;
}

Test(plan, suggestions_facts_and_requirements_say_what_they_are)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c);
	char *t = handout(c, "role=other experience=yes level=6 area.crime=done area.cjs=done area.penal=started "
	                     "area.rehab=none");
	cr_expect(strstr(t, "1.  Advisor's suggestion, not from the documents: If you can, finish your 3rd knowledge "
	                    "module") != NULL, "%s", t);
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
