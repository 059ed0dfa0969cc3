/*
 * The content in Welsh: content/cy/ holds the text of every element of
 * content/, keyed by the same ids, and nothing else.  A Welsh speaker must
 * never see English left behind because an id was missed, nor Welsh that
 * says something the English does not (another number, another phone
 * number), and --check-content must say where, as file:line.  Each defect
 * is planted in a scratch copy (tests/plant.h).  Then the language itself:
 * chosen by --lang, the configuration or the locale, as GNU programs do.
 */
#include <criterion/criterion.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content.h"
#include "english.h"
#include "lang.h"
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
	plant_expect_check(dir, name, ln, msg);
}

/* The one problem of cy/name, at line ln: before, then where the English
 * is (the line of dir/name holding needle) in parentheses, then after. */
static void expect_against(const char *dir, const char *name, int ln, const char *before, const char *needle,
                           const char *after)
{
	char cy[256], msg[1024];
	snprintf(cy, sizeof cy, "cy/%s", name);
	snprintf(msg, sizeof msg, "%s (%s/%s:%d)%s", before, dir, name, plant_line(dir, name, needle), after);
	expect_problem(dir, 1, cy, ln, msg);
}

/* A fresh copy with to in place of from in name (text the English lacks):
 * the one problem is msg, at the line of name that holds needle. */
static void expect_extra(const char *name, const char *from, const char *to, const char *needle, const char *msg)
{
	char *dir = plant_copy();
	plant(dir, name, from, to);
	expect_problem(dir, 1, name, plant_line(dir, name, needle), msg);
	scratch_free(dir);
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
	if (content_levels_intro(c))
		cr_expect_str_neq(content_levels_intro(cy), content_levels_intro(c), "the levels' intro is English");
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
	expect_extra("cy/questions.cfg", "      { value = \"below3\";",
	             "      { value = \"9\"; label = \"Lefel 9\"; },\n      { value = \"below3\";", "value = \"9\"",
	             "answer \"9\" is not in the English");
}

Test(welsh, an_extra_faq_entry)
{
	expect_extra("cy/faq.cfg", "  { id = \"fairness\";",
	             "  { id = \"salary\"; question = \"Beth yw'r cyflog?\"; answer = \"Dim.\"; },\n  { id = \"fairness\";",
	             "id = \"salary\"", "FAQ entry \"salary\" is not in the English");
}

Test(welsh, a_text_the_english_lacks_is_a_mismatch)
{
	char *dir = plant_copy();
	plant(dir, "cy/outcomes.cfg", "    route = \"Y PQiP 15 mis\";",
	      "    route = \"Y PQiP 15 mis\";\n    total_note = \"Tua 15 mis.\";");
	expect_against(dir, "outcomes.cfg", plant_line(dir, "cy/outcomes.cfg", "total_note"),
	               "outcome \"pqip-15\": \"total_note\" is not in the English", "id = \"pqip-15\"", "");
	scratch_free(dir);
}

Test(welsh, a_step_too_few_is_a_mismatch)
{
	char *dir = plant_copy();
	cut(dir, "cy/outcomes.cfg", ",\n      { text = \"Dewch yn ôl ac atebwch", "\n    );\n    notes = (\n      { text = \"Os nad oes");
	expect_against(dir, "outcomes.cfg", plant_line(dir, "cy/outcomes.cfg", "Chwiliwch am eich cymhwyster") - 1,
	               "outcome \"check-level\": 2 \"steps\" here and 3 in the English", "id = \"check-level\"", "");
	scratch_free(dir);
}

Test(welsh, a_phone_number_that_differs_is_caught)
{
	char *dir = plant_copy();
	plant(dir, "cy/faq.cfg", "\"(0808 164 9883) os nad ydych yn siŵr a yw eich profiad chi yn ddigon.\"",
	      "\"(0808 164 9884) os nad ydych yn siŵr a yw eich profiad chi yn ddigon.\"");
	expect_against(dir, "faq.cfg", plant_line(dir, "cy/faq.cfg", "Daw profiad perthnasol o weithio"),
	               "FAQ entry \"gain-experience\": the facts of \"answer\" differ from the English",
	               "id = \"gain-experience\"", ": \"9883\" is in the English but not here");
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

/* "Prentisiaeth Uwch" is the Higher Apprenticeship, at Level 5: the same
 * name with a gloss at Level 3 gave the finder one name two levels. */
Test(welsh, a_qualification_named_at_two_levels_is_caught)
{
	char *dir = plant_copy();
	plant(dir, "cy/levels.cfg", "\"Prentisiaeth (Advanced Apprenticeship)\"",
	      "\"Prentisiaeth Uwch (Advanced Apprenticeship)\"");
	char msg[512];
	snprintf(msg, sizeof msg,
	         "\"Prentisiaeth Uwch (Advanced Apprenticeship)\" is listed at Lefel 3 and \"Prentisiaeth Uwch\" at "
	         "Lefel 5 (line %d): the finder would give one qualification two levels",
	         plant_line(dir, "cy/levels.cfg", "{ value = \"5\";"));
	plant_expect_check(dir, "cy/levels.cfg", plant_line(dir, "cy/levels.cfg", "{ value = \"3\";"), msg);
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

/* ---- choosing the language ---- */

#define SCENARIO "content/scenarios/degree-four-areas-done.cfg"
/* The tests run under LC_ALL=C.UTF-8 (tools/check): each names the
 * variables it means and unsets the rest. */
#define NO_LOCALE "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"

static bool welsh_plan(const struct run *r)
{
	return strstr(r->out, "Iaith: Cymraeg\n") && strstr(r->out, "\nCanlyniad\n") &&
	       strstr(r->out, "\nCamau nesaf\n") && !strstr(r->out, "Next steps") && !strstr(r->out, "Language:");
}

static bool english_plan(const struct run *r)
{
	return strstr(r->out, "Language: English\n") && strstr(r->out, "\nNext steps\n") &&
	       !strstr(r->out, "Camau nesaf") && !strstr(r->out, "Cymraeg");
}

Test(lang, a_locale_name_says_the_language)
{
	cr_expect_str_eq(lang_of_locale("cy_GB.UTF-8"), "cy");
	cr_expect_str_eq(lang_of_locale("cy"), "cy");
	cr_expect_str_eq(lang_of_locale("cy_GB@euro"), "cy");
	cr_expect_str_eq(lang_of_locale("en_GB.UTF-8"), "en");
	cr_expect_null(lang_of_locale("C.UTF-8"));
	cr_expect_null(lang_of_locale("C"));
	cr_expect_null(lang_of_locale("cym"));
	cr_expect_null(lang_of_locale("fr_FR.UTF-8"));
	cr_expect_null(lang_of_locale(""));
	cr_expect_null(lang_known("fr"));
	cr_expect_str_eq(lang_other("cy"), "en");
	cr_expect_str_eq(lang_other("en"), "cy");
}

Test(lang, lang_cy_gives_welsh_even_where_that_locale_is_not_installed)
{
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--answers", SCENARIO, NULL },
	       (const char *const[]){ NO_LOCALE, "LANG=cy_GB.UTF-8", NULL });
	xml_safe(r.out);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(welsh_plan(&r), "LANG=cy_GB.UTF-8 must give the plan in Welsh:\n%s", r.out);
	cr_expect_not_null(strstr(r.out, "Rydych yn bodloni'r gofynion mynediad"), "the content must be Welsh");
	cr_expect_not_null(strstr(r.out, "This Welsh translation has\nnot yet been reviewed"),
	                   "a Welsh plan must say, in English too, that the translation awaits review:\n%s", r.out);
	run_free(&r);
	run_pa(&r, NULL, (const char *const[]){ "--bogus", NULL },
	       (const char *const[]){ NO_LOCALE, "LANG=cy_GB.UTF-8", NULL });
	cr_expect_not_null(strstr(r.err, "opsiwn anhysbys '--bogus'"), "messages in Welsh too: %s", r.err);
	run_free(&r);
}

Test(lang, the_variables_in_gnu_order)
{
	static const struct {
		const char *env[8];
		bool welsh;
	} cases[] = {
		{ { NO_LOCALE, "LANGUAGE=fr:cy:en", NULL }, true },
		{ { NO_LOCALE, "LANGUAGE=cy", "LANG=en_GB.UTF-8" }, true },
		{ { NO_LOCALE, "LC_MESSAGES=cy_GB.UTF-8", "LANG=en_GB.UTF-8" }, true },
		{ { NO_LOCALE, "LC_ALL=en_GB.UTF-8", "LANG=cy_GB.UTF-8" }, false },
		{ { NO_LOCALE, "LC_ALL=C", "LANGUAGE=cy" }, false },
		{ { NO_LOCALE, "LANG=fr_FR.UTF-8", NULL }, false },
		{ { NO_LOCALE, NULL }, false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct run r;
		run_pa(&r, NULL, (const char *const[]){ "--answers", SCENARIO, NULL }, cases[i].env);
		cr_expect_eq(r.status, 0, "%s", r.err);
		cr_expect(cases[i].welsh ? welsh_plan(&r) : english_plan(&r), "case %zu: want %s", i,
		          cases[i].welsh ? "Welsh" : "English");
		run_free(&r);
	}
}

Test(lang, the_command_line_wins_over_the_environment)
{
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--lang", "en", "--answers", SCENARIO, NULL },
	       (const char *const[]){ NO_LOCALE, "LANG=cy_GB.UTF-8", NULL });
	cr_expect(english_plan(&r), "--lang en under LANG=cy_GB.UTF-8:\n%s", r.out);
	run_free(&r);
	run_pa(&r, NULL, (const char *const[]){ "--lang", "cy", "--answers", SCENARIO, NULL },
	       (const char *const[]){ NO_LOCALE, "LANG=en_GB.UTF-8", NULL });
	cr_expect(welsh_plan(&r), "--lang cy under LANG=en_GB.UTF-8:\n%s", r.out);
	run_free(&r);
	run_pa(&r, NULL, (const char *const[]){ "--lang", "fr", "--answers", SCENARIO, NULL }, NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "--lang must be cy (Cymraeg, Welsh) or en (English), not 'fr'"), "%s", r.err);
	run_free(&r);
}

Test(lang, the_configuration_sets_it_and_says_where_it_is_wrong)
{
	char *dir = scratch_dir(), path[4096];
	snprintf(path, sizeof path, "%s/config", dir);
	put_file(dir, "config", "# the kiosk's language\nlang = \"cy\";\n", 34);
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--config", path, "--answers", SCENARIO, NULL },
	       (const char *const[]){ NO_LOCALE, "LANG=en_GB.UTF-8", "XDG_CONFIG_HOME=/nonexistent", NULL });
	cr_expect(welsh_plan(&r), "lang = \"cy\" in the configuration:\n%s%s", r.out, r.err);
	run_free(&r);
	run_pa(&r, NULL, (const char *const[]){ "--config", path, "--lang", "en", "--answers", SCENARIO, NULL },
	       (const char *const[]){ "XDG_CONFIG_HOME=/nonexistent", NULL });
	cr_expect(english_plan(&r), "--lang en over the configuration's cy:\n%s", r.out);
	run_free(&r);
	put_file(dir, "config", "lang = \"fr\";\n", 13);
	run_pa(&r, NULL, (const char *const[]){ "--config", path, "--answers", SCENARIO, NULL },
	       (const char *const[]){ "XDG_CONFIG_HOME=/nonexistent", NULL });
	char want[4200];
	snprintf(want, sizeof want, "%s:1: lang must be \"cy\" (Cymraeg, Welsh) or \"en\" (English), not \"fr\"", path);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, want), "%s", r.err);
	run_free(&r);
	scratch_free(dir);
}

Test(lang, json_says_which_language)
{
	static const char *const langs[] = { "cy", "en" };
	for (size_t i = 0; i < 2; i++) {
		struct run r;
		run_pa(&r, NULL, (const char *const[]){ "--lang", langs[i], "--format", "json", "--answers", SCENARIO, NULL },
		       NULL);
		json_error_t e;
		json_t *j = json_loads(r.out, 0, &e);
		cr_assert_not_null(j, "not JSON: %s", e.text);
		json_t *content = json_object_get(j, "content");
		cr_expect_str_eq(json_string_value(json_object_get(content, "lang")), langs[i]);
		const char *headline = json_string_value(json_object_get(j, "headline"));
		cr_expect_eq(strncmp(headline, "Rydych yn bodloni", 17) == 0, i == 0, "%s", headline);
		size_t warnings = json_array_size(json_object_get(content, "warnings"));
		cr_expect_eq(warnings, i == 0 ? 1u : 0u, "the review notice is Welsh's alone");
		json_decref(j);
		run_free(&r);
	}
}

Test(lang, content_without_welsh_is_shown_all_in_english)
{
	struct run r;
	run_pa(&r, NULL,
	       (const char *const[]){ "--content", "man/example", "--lang", "cy", "--answer", "experience=yes",
	                              "--answer", "level=5", NULL },
	       NULL);
	cr_expect_eq(r.status, 0, "%s", r.err);
	/* Said in the language asked for; everything after in English. */
	cr_expect_not_null(strstr(r.err, "nid oes Cymraeg yn y cynnwys yn man/example (dim cyfeiriadur cy/): caiff ei "
	                                 "ddangos yn Saesneg"), "%s", r.err);
	cr_expect_not_null(strstr(r.out, "Language: English\n"), "%s", r.out);
	cr_expect_null(strstr(r.out, "Canlyniad"), "not half in Welsh: %s", r.out);
	run_free(&r);
}

Test(lang, every_interface_string_has_its_welsh)
{
	/* msgfmt leaves an untranslated or fuzzy string out: it would show in
	 * English on a Welsh screen. */
	struct run r;
	run_cmd(&r, NULL, (const char *const[]){ "msgfmt", "--check", "--statistics", "-o", "/dev/null", "po/cy.po", NULL },
	        (const char *const[]){ "LC_ALL=C", NULL });
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_null(strstr(r.err, "untranslated"), "%s", r.err);
	cr_expect_null(strstr(r.err, "fuzzy"), "%s", r.err);
	run_free(&r);
}

Test(lang, make_install_installs_the_catalogue_and_the_welsh_content)
{
	char *dir = scratch_dir(), destdir[4200];
	snprintf(destdir, sizeof destdir, "DESTDIR=%s", dir);
	/* The build the tests run: the sanitized one installs its own copy. */
	bool san = strstr(pa_bin(), "build-san") != NULL;
	struct run r;
	run_cmd(&r, NULL,
	        (const char *const[]){ "make", "--no-print-directory", "-s", "install", destdir, "PREFIX=/usr",
	                               san ? "SANITIZE=1" : "SANITIZE=0", NULL },
	        NULL);
	cr_assert_eq(r.status, 0, "make install failed:\n%s%s", r.out, r.err);
	run_free(&r);
	static const char *const files[] = { "usr/share/locale/cy/LC_MESSAGES/probation-advisor.mo",
		                             "usr/share/probation-advisor/cy/meta.cfg",
		                             "usr/share/probation-advisor/cy/outcomes.cfg", "usr/bin/probation-advisor" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[4400];
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		cr_expect(access(path, R_OK) == 0, "make install did not install %s", files[i]);
	}
	/* The copy installed under DESTDIR finds its catalogue as an unpacked
	 * package would: in its ../share/locale. */
	char prog[4400];
	snprintf(prog, sizeof prog, "%s/usr/bin/probation-advisor", dir);
	run_cmd(&r, NULL, (const char *const[]){ prog, "--lang", "cy", "--answers", SCENARIO, NULL }, NULL);
	cr_expect(welsh_plan(&r), "the installed copy must speak Welsh:\n%s%s", r.out, r.err);
	run_free(&r);
	scratch_free(dir);
}

Test(lang, english_left_on_a_screen_is_found_by_its_phrases)
{
	cr_assert_gt(english_phrases(), 50, "po/cy.po must be read");
	cr_expect_str_eq(english_left("Camau nesaf\nNext steps\n"), "Next steps");
	cr_expect_not_null(english_left("  Rules last reviewed on 2026-11-23."));
	cr_expect_null(english_left("Camau nesaf\nAdolygwyd y rheolau ddiwethaf ar 2026-11-23.\n"));
	/* Whole words only, and names the Welsh keeps (PQiP, FAQ) are not English. */
	cr_expect_null(english_left("Canlyniadau'r PQiP\n"));
	cr_expect_null(english_left("xContactsy\n"), "\"Contacts\" inside a word is no English phrase");
	cr_expect_not_null(english_left("(Contacts)\n"));
}

Test(lang, a_resume_code_is_the_same_in_both_languages)
{
	char *codes[2];
	static const char *const langs[] = { "cy", "en" };
	for (size_t i = 0; i < 2; i++) {
		struct run r;
		run_pa(&r, NULL, (const char *const[]){ "--lang", langs[i], "--format", "json", "--answers", SCENARIO, NULL },
		       NULL);
		json_t *j = json_loads(r.out, 0, NULL);
		cr_assert_not_null(j, "%s", r.err);
		const char *code = json_string_value(json_object_get(j, "resume_code"));
		cr_assert_not_null(code, "no resume code in the JSON: %s", r.out);
		codes[i] = strdup(code);
		json_decref(j);
		run_free(&r);
	}
	cr_expect_str_eq(codes[0], codes[1], "a code made in Welsh must bring the plan back in English");
	/* Brought back in English, it is not taken for a code of other questions. */
	struct run r;
	run_pa(&r, "q\n", (const char *const[]){ "--lang", "en", "--plain", "--resume", codes[0], NULL }, NULL);
	cr_expect_not_null(strstr(r.out, "Your answers are back, and so is your plan."), "%s%s", r.out, r.err);
	run_free(&r);
	free(codes[0]);
	free(codes[1]);
}

Test(lang, plain_mode_switches_at_a_question_and_keeps_the_answers)
{
	struct run r;
	/* role: 3 (something else); at the experience question, "cy"; then
	 * 1 (yes) in Welsh; at the level question, quit. */
	run_pa(&r, "3\ncy\n1\nq\n", (const char *const[]){ "--plain", "--content", "content", NULL },
	       (const char *const[]){ NO_LOCALE, "LANG=en_GB.UTF-8", NULL });
	xml_safe(r.out);
	cr_expect_eq(r.status, 0, "%s", r.err);
	const char *now = strstr(r.out, "Mae'r cynghorydd yn siarad Cymraeg nawr.");
	cr_assert_not_null(now, "no switch said:\n%s", r.out);
	cr_expect_not_null(strstr(r.out, "Type \"cy\" at a question or at the result to switch to Cymraeg."), "%s", r.out);
	cr_expect_not_null(strstr(now, "Oes gennych brofiad ymarferol"), "the same question, asked again in Welsh:\n%s",
	                   now);
	cr_expect_not_null(strstr(now, "Beth yw lefel eich cymhwyster uchaf"), "the role answer kept:\n%s", now);
	cr_expect_not_null(strstr(now, "Hwyl fawr."), "%s", now);
	cr_expect_null(strstr(now, "Goodbye"), "%s", now);
	run_free(&r);
}
