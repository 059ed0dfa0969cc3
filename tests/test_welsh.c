/*
 * The content in Welsh: content/cy/ holds the text of every element of
 * content/, keyed by the same ids, and nothing else.  A Welsh speaker must
 * never see English left behind because an id was missed, nor Welsh that
 * says something the English does not (another number, another phone
 * number), and --check-content must say where, as file:line.  Each defect
 * is planted in a scratch copy (tests/plant.h).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "lint.h"
#include "plant.h"
#include "util.h"

#define SHIPPED PLANT_SHIPPED

/* Remove from dir/name the text from the first `from` up to `to`. */
static void cut(const char *dir, const char *name, const char *from, const char *to)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	size_t len;
	char *text = get_file(path, &len);
	char *a = text ? strstr(text, from) : NULL, *b = a ? strstr(a, to) : NULL;
	cr_assert(a && b, "%s no longer holds the text this test removes", name);
	memmove(a, b, strlen(b) + 1);
	put_file(dir, name, text, strlen(text));
	free(text);
}

/* dir must be refused, with name:ln: msg among its problems, and the
 * program's --check-content must say the same and exit 2. */
static void expect_problem(const char *dir, size_t total, const char *name, int ln, const char *msg)
{
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_null(c, "content with a defect in %s loaded", name);
	plant_expect(&d, dir, total, name, ln, msg);
	diag_free(&d);
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--check-content", dir, NULL }, NULL);
	char want[4096];
	snprintf(want, sizeof want, "%s/%s:%d: %s\n", dir, name, ln, msg);
	xml_safe(r.err);
	cr_assert_eq(r.status, 2, "--check-content must exit 2, got %d:\n%s", r.status, r.err);
	cr_assert_not_null(strstr(r.err, want), "stderr lacks {%s}; got:\n%s", want, r.err);
	run_free(&r);
}

Test(welsh, every_text_of_the_shipped_content_is_translated)
{
	struct diags d = { 0 };
	struct content *c = content_load(SHIPPED, &d);
	cr_assert_not_null(c, "content/ must load");
	const struct content *cy = content_in(c, "cy");
	cr_assert_not_null(cy, "content/ has no Welsh");
	cr_expect_str_eq(content_lang(cy), "cy");
	cr_expect_eq(content_in(cy, "en"), c, "the Welsh must lead back to the English");
	cr_expect_null(content_in(c, "fr"));
	cr_assert_not_null(content_notice(cy), "an unreviewed translation must carry its notice");
	cr_expect_null(content_notice(c));
	cr_assert_eq(content_nfaq(cy), content_nfaq(c));
	for (size_t i = 0; i < content_nfaq(c); i++)
		cr_expect_str_neq(content_faq(cy, i)->answer, content_faq(c, i)->answer, "FAQ %s is English",
		                  content_faq(c, i)->id);
	for (size_t i = 0; i < content_nquestions(c); i++) {
		const struct content_question *e = content_question(c, i), *w = content_question(cy, i);
		cr_expect_str_neq(w->text, e->text, "question %s is English", e->id);
		cr_expect(w->ask == e->ask, "question %s: the rules must be the English's, not a copy", e->id);
		for (size_t o = 0; o < e->noptions; o++)
			cr_expect_str_neq(w->options[o].label, e->options[o].label, "%s=%s is English", e->id,
			                  e->options[o].value);
	}
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *e = content_outcome(c, i), *w = content_outcome(cy, i);
		cr_expect_str_neq(w->headline, e->headline, "outcome %s is English", e->id);
		for (size_t s = 0; s < e->nsteps; s++) {
			cr_expect_str_neq(w->steps[s].text, e->steps[s].text, "%s step %zu is English", e->id, s + 1);
			cr_expect_eq(w->steps[s].months_min, e->steps[s].months_min);
		}
	}
	for (size_t i = 0; i < content_ncontacts(c); i++)
		if (content_contact(c, i)->about)
			cr_expect_str_neq(content_contact(cy, i)->about, content_contact(c, i)->about);
	content_free(c);
	diag_free(&d);
}

Test(welsh, the_built_in_content_carries_the_welsh)
{
	const struct content *b = content_in(content_builtin(), "cy");
	cr_assert_not_null(b, "the packed content has no Welsh");
	struct diags d = { 0 };
	struct content *c = content_load(SHIPPED, &d);
	const struct content *f = content_in(c, "cy");
	cr_expect_str_eq(content_title(b), content_title(f));
	cr_expect_str_eq(content_notice(b), content_notice(f));
	for (size_t i = 0; i < content_nfaq(f); i++)
		cr_expect_str_eq(content_faq(b, i)->answer, content_faq(f, i)->answer);
	for (size_t i = 0; i < content_noutcomes(f); i++)
		for (size_t s = 0; s < content_outcome(f, i)->nsteps; s++)
			cr_expect_str_eq(content_outcome(b, i)->steps[s].text, content_outcome(f, i)->steps[s].text);
	cr_expect_str_eq(content_outcome(b, 0)->src.file, "(built-in)/cy/outcomes.cfg");
	content_free(c);
	diag_free(&d);
}

Test(welsh, a_view_of_one_day_has_its_welsh)
{
	struct content *v = content_on(content_builtin(), 20000);
	const struct content *cy = content_in(v, "cy");
	cr_assert_not_null(cy);
	cr_expect_eq(content_day(cy), 20000, "the Welsh of a day's view must be of the same day");
	cr_expect_eq(content_in(cy, "en"), v);
	content_free((struct content *)cy); /* does nothing: the English owns it */
	content_free(v);
}

Test(welsh, a_missing_item_is_reported_where_the_english_is)
{
	char *dir = plant_copy();
	cut(dir, "cy/contacts.cfg", "  { id = \"portsmouth\";", "  { id = \"recruitment\";");
	expect_problem(dir, 1, "contacts.cfg", plant_line(dir, "contacts.cfg", "id = \"portsmouth\""),
	               "contact \"portsmouth\" has no Welsh text in cy/contacts.cfg");
	scratch_free(dir);
}

Test(welsh, a_missing_answer_of_a_question)
{
	char *dir = plant_copy();
	cut(dir, "cy/questions.cfg", "      { value = \"unknown\";", "    ); },\n\n  { id = \"area.crime\";");
	plant(dir, "cy/questions.cfg", "a dyna un ffordd i mewn.\"; },", "a dyna un ffordd i mewn.\"; }");
	expect_problem(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "value = \"unknown\""),
	               "answer \"unknown\" has no Welsh text in cy/questions.cfg");
	scratch_free(dir);
}

Test(welsh, an_extra_item_is_reported_where_the_welsh_is)
{
	char *dir = plant_copy();
	plant(dir, "cy/questions.cfg", "      { value = \"below3\";",
	      "      { value = \"9\"; label = \"Lefel 9\"; },\n      { value = \"below3\";");
	expect_problem(dir, 1, "cy/questions.cfg", plant_line(dir, "cy/questions.cfg", "value = \"9\""),
	               "answer \"9\" is not in the English");
	scratch_free(dir);
}

Test(welsh, an_extra_faq_entry)
{
	char *dir = plant_copy();
	plant(dir, "cy/faq.cfg", "  { id = \"fairness\";",
	      "  { id = \"salary\"; question = \"Beth yw'r cyflog?\"; answer = \"Dim.\"; },\n  { id = \"fairness\";");
	expect_problem(dir, 1, "cy/faq.cfg", plant_line(dir, "cy/faq.cfg", "id = \"salary\""),
	               "FAQ entry \"salary\" is not in the English");
	scratch_free(dir);
}

Test(welsh, a_text_the_english_lacks_is_a_mismatch)
{
	char *dir = plant_copy();
	plant(dir, "cy/outcomes.cfg", "    route = \"Y PQiP 15 mis\";",
	      "    route = \"Y PQiP 15 mis\";\n    total_note = \"Tua 15 mis.\";");
	char msg[512];
	snprintf(msg, sizeof msg, "outcome \"pqip-15\": \"total_note\" is not in the English (%s/outcomes.cfg:%d)", dir,
	         plant_line(dir, "outcomes.cfg", "id = \"pqip-15\""));
	expect_problem(dir, 1, "cy/outcomes.cfg", plant_line(dir, "cy/outcomes.cfg", "total_note"), msg);
	scratch_free(dir);
}

Test(welsh, a_step_too_few_is_a_mismatch)
{
	char *dir = plant_copy();
	cut(dir, "cy/outcomes.cfg", ",\n      { text = \"Dewch yn ôl ac atebwch", "\n    );\n    notes = (\n      { text = \"Os nad oes");
	char msg[512];
	snprintf(msg, sizeof msg, "outcome \"check-level\": 2 \"steps\" here and 3 in the English (%s/outcomes.cfg:%d)",
	         dir, plant_line(dir, "outcomes.cfg", "id = \"check-level\""));
	expect_problem(dir, 1, "cy/outcomes.cfg", plant_line(dir, "cy/outcomes.cfg", "Chwiliwch am eich cymhwyster") - 1,
	               msg);
	scratch_free(dir);
}

Test(welsh, a_phone_number_that_differs_is_caught)
{
	char *dir = plant_copy();
	plant(dir, "cy/faq.cfg", "\"(0808 164 9883) os nad ydych yn siŵr a yw eich profiad chi yn ddigon.\"",
	      "\"(0808 164 9884) os nad ydych yn siŵr a yw eich profiad chi yn ddigon.\"");
	char msg[512];
	snprintf(msg, sizeof msg, "FAQ entry \"gain-experience\": the facts of \"answer\" differ from the English "
	         "(%s/faq.cfg:%d): \"9883\" is in the English but not here", dir,
	         plant_line(dir, "faq.cfg", "id = \"gain-experience\""));
	expect_problem(dir, 1, "cy/faq.cfg", plant_line(dir, "cy/faq.cfg", "Daw profiad perthnasol o weithio"), msg);
	scratch_free(dir);
}

Test(welsh, a_number_or_email_that_differs_is_caught)
{
	char *dir = plant_copy();
	plant(dir, "cy/outcomes.cfg", "tua 200 awr o astudio, o fewn 6 mis", "tua 20 awr o astudio, o fewn 6 mis");
	plant(dir, "cy/faq.cfg", "Prifysgol Portsmouth: CJL@port.ac.uk", "Prifysgol Portsmouth: cjl@port.ac.uk");
	struct diags d = { 0 };
	cr_assert_null(content_load(dir, &d));
	char *all = problem_list(&d);
	cr_expect_eq(d.n, 2, "one problem each:\n%s", all);
	cr_expect_not_null(strstr(all, "the facts of \"time\" differ from the English"), "%s", all);
	cr_expect_not_null(strstr(all, "\"CJL@port.ac.uk\" is in the English but not here"), "%s", all);
	free(all);
	diag_free(&d);
	scratch_free(dir);
}

Test(welsh, the_lint_walks_the_welsh_too)
{
	char *dir = plant_copy();
	/* A phrase for people who are not PSOs, in a thing to know shown only to
	 * PSOs: right in English, wrong in Welsh. */
	plant(dir, "cy/outcomes.cfg", "  { text = \"Fel Swyddog Gwasanaethau Prawf (PSO), mae'r cynghorydd hwn yn eich cyfrif",
	      "  { text = \"Gwnewch gais i ddod yn rhywbeth. Fel Swyddog Gwasanaethau Prawf (PSO), mae'r cynghorydd hwn "
	      "yn eich cyfrif");
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--check-content", dir, NULL }, NULL);
	char want[4096];
	snprintf(want, sizeof want, "%s/cy/outcomes.cfg:%d: \"gais i ddod yn\" speaks to group \"not-pso\"", dir,
	         plant_line(dir, "cy/outcomes.cfg", "Gwnewch gais i ddod yn rhywbeth"));
	xml_safe(r.err);
	cr_expect_eq(r.status, 2, "%s", r.err);
	cr_expect_not_null(strstr(r.err, want), "stderr lacks {%s}; got:\n%s", want, r.err);
	run_free(&r);
	scratch_free(dir);
}

Test(welsh, content_without_a_translation_is_english_only)
{
	char *dir = copy_content("man/example");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c, "the manual's example must load");
	cr_expect_null(content_in(c, "cy"));
	cr_expect_eq(content_in(c, "en"), c);
	content_free(c);
	diag_free(&d);
	scratch_free(dir);
}
