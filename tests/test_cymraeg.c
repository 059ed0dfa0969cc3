/*
 * The full screen in Welsh, as a person sees it.  With LANG=cy_GB.UTF-8
 * (installed or not), every screen of a walk to each outcome, the FAQ,
 * the finder, help, save and the kiosk's idle warning must show no English
 * string of the interface's catalogue (tests/english.h; the proper names
 * the Welsh keeps are not English).  The language key switches at once and
 * keeps the answers and the place; the idle reset goes back to the kiosk's
 * language.  And the pseudo-locale (tools/pseudo.c: every string longer,
 * accented, bracketed) must fit 80x24 and 40x12 without a string cut off
 * in the title or the status line, or the key to help lost.
 */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "english.h"
#include "kit.h"
#include "rules.h"
#include "util.h"
#include "vt.h"

#define WELSH_ENV ((const char *const[]){ "LC_ALL", "LANGUAGE", "LC_MESSAGES", "LANG=cy_GB.UTF-8", NULL })
#define CHECK_MENU "Gwirio fy nghymhwysedd"
#define RESULT_TITLE "Eich canlyniad"

TestSuite(cymraeg, .fini = kit_content_free, .timeout = 120);

static const struct content *welsh(void)
{
	const struct content *cy = content_in(kit_content(), "cy");
	cr_assert_not_null(cy, "content/ has no Welsh");
	return cy;
}

/* The screen must hold no English of the catalogue. */
static void no_english(struct vt *vt, const char *where)
{
	vt_settle(vt, 150, 3000);
	char *text = vt_text(vt);
	const char *left = english_left(text);
	free(text);
	cr_expect_null(left, "\"%s\" is English, on the Welsh %s:%s", left ? left : "", where, vt_dump(vt));
}

static struct vt *start_welsh(int rows, int cols)
{
	struct vt *vt = vt_start(rows, cols, KIT_ARGS("--content", "content"), WELSH_ENV);
	cr_assert_not_null(vt);
	kit_see(vt, CHECK_MENU);
	return vt;
}

/* From the menu, every question the flow asks on the way to outcome id,
 * answered by its Welsh label, each screen checked on the way. */
static void walk_welsh(struct vt *vt, const char *id)
{
	const struct content *cy = welsh();
	size_t n = content_nquestions(cy);
	int *want = kit_path_to(id), *answers = malloc((n + 1) * sizeof *answers), *eff = calloc(n + 1, sizeof *eff);
	for (size_t i = 0; i < n; i++)
		answers[i] = COND_UNSET;
	no_english(vt, "main menu");
	cr_assert(vt_pick(vt, CHECK_MENU, true), "%s", vt_dump(vt));
	for (;;) {
		struct rules_flow rp;
		rules_flow(cy, answers, eff, &rp);
		if (rp.next == RULES_NONE)
			break;
		char buf[64], where[96];
		const struct content_question *q = content_question(cy, (size_t)rp.next);
		kit_see(vt, kit_prefix(q->text, 30, buf));
		snprintf(where, sizeof where, "question %s", q->id);
		no_english(vt, where);
		answers[rp.next] = want[rp.next];
		const char *label = kit_prefix(q->options[want[rp.next]].label, 25, buf);
		cr_assert(vt_pick(vt, label, true), "cannot pick \"%s\":%s", label, vt_dump(vt));
	}
	kit_see(vt, RESULT_TITLE);
	/* Every page of the result. */
	for (int page = 0; page < 12; page++) {
		char where[64];
		snprintf(where, sizeof where, "result of %s, page %d", id, page + 1);
		no_english(vt, where);
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	}
	free(want);
	free(answers);
	free(eff);
}

Test(cymraeg, every_screen_of_a_walk_to_each_outcome)
{
	const struct content *c = kit_content();
	for (size_t o = 0; o < content_noutcomes(c); o++) {
		struct vt *vt = start_welsh(24, 80);
		walk_welsh(vt, content_outcome(c, o)->id);
		vt_free(vt);
	}
}

Test(cymraeg, the_faq_its_search_help_the_finder_and_save)
{
	struct vt *vt = start_welsh(24, 80);
	cr_assert(vt_pick(vt, "Pori'r Cwestiynau Cyffredin", true), "%s", vt_dump(vt));
	kit_see(vt, content_faq(welsh(), 0)->question);
	no_english(vt, "FAQ browser");
	vt_send(vt, "/prawf");
	kit_see(vt, "prawf");
	no_english(vt, "FAQ search");
	vt_key(vt, VTERM_KEY_ENTER);
	no_english(vt, "FAQ search, done");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	kit_see(vt, CHECK_MENU);
	vt_send(vt, "?");
	kit_see(vt, "Bysellau");
	for (int page = 0; page < 6; page++) {
		no_english(vt, "help");
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	}
	vt_key(vt, VTERM_KEY_ESCAPE);
	/* The finder, from the level question. */
	cr_assert(vt_pick(vt, CHECK_MENU, true), "%s", vt_dump(vt));
	const struct content *cy = welsh();
	const struct content_question *role = content_question(cy, (size_t)content_question_index(cy, "role"));
	const struct content_question *exp = content_question(cy, (size_t)content_question_index(cy, "experience"));
	char buf[64];
	cr_assert(vt_pick(vt, kit_prefix(role->options[content_option_index(role, "other")].label, 25, buf), true));
	cr_assert(vt_pick(vt, kit_prefix(exp->options[content_option_index(exp, "yes")].label, 25, buf), true));
	const struct content_question *level = content_question(cy, (size_t)content_question_index(cy, "level"));
	kit_see(vt, kit_prefix(level->text, 30, buf));
	vt_send(vt, "?");
	kit_see(vt, "Chwiliwr cymwysterau");
	no_english(vt, "qualification finder");
	vt_send(vt, "gradd");
	no_english(vt, "qualification finder, narrowed");
	vt_free(vt);
}

Test(cymraeg, saving_a_plan)
{
	struct vt *vt = start_welsh(24, 80);
	walk_welsh(vt, "pqip-15");
	vt_send(vt, "s");
	kit_see(vt, "Cadw'r cynllun");
	no_english(vt, "save dialog");
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_free(vt);
}

/* Ie and Na have their own initials as keys, beside y and n. */
Test(cymraeg, a_yes_no_question_takes_the_initials_of_ie_and_na)
{
	struct vt *vt = start_welsh(24, 80);
	vt_send(vt, "q");
	kit_see(vt, "[ Ie ]");
	vt_send(vt, "n");
	cr_expect(vt_wait_gone(vt, "[ Ie ]", 3000), "n did not answer:%s", vt_dump(vt));
	vt_send(vt, "q");
	kit_see(vt, "[ Ie ]");
	vt_send(vt, "i");
	cr_expect_eq(vt_exit(vt, 5000), 0, "i did not say yes to quitting:%s", vt_dump(vt));
	vt_free(vt);
}

/* A terminal of ASCII only shows Welsh's accented letters without their
 * accents, not as '?': "Esc yn ôl" is "Esc yn ol". */
Test(cymraeg, an_ascii_terminal_shows_the_letters_without_their_accents)
{
	struct vt *vt = vt_start(24, 80, KIT_ARGS("--content", "content", "--lang", "cy"),
	                         ((const char *const[]){ "LANGUAGE", "LC_MESSAGES", "LANG=C", "LC_ALL=C", NULL }));
	cr_assert_not_null(vt);
	kit_see(vt, CHECK_MENU);
	vt_key(vt, VTERM_KEY_ENTER);
	kit_see(vt, "Esc yn ol");
	vt_settle(vt, 100, 2000);
	cr_expect(vt_all_ascii(vt), "non-ASCII in the C locale:%s", vt_dump(vt));
	char *text = vt_text(vt);
	cr_expect_null(strstr(text, "yn ?l"), "an accented letter shown as '?':%s", vt_dump(vt));
	free(text);
	vt_free(vt);
}

Test(cymraeg, the_kiosks_idle_warning)
{
	char *dir, *config = kit_config("kiosk = true;\nidle_timeout = 1;\nidle_warning = 20;\nlang = \"cy\";\n", &dir);
	struct vt *vt = vt_start(24, 80, KIT_ARGS("--config", config), NULL);
	cr_assert_not_null(vt);
	kit_see(vt, CHECK_MENU);
	/* Someone was there: the idle time counts from their last key. */
	vt_key(vt, VTERM_KEY_DOWN);
	kit_see(vt, "Ydych chi yno o hyd?");
	no_english(vt, "idle warning");
	vt_free(vt);
	free(config);
	scratch_free(dir);
}

Test(cymraeg, switching_mid_question_keeps_the_answers_and_the_place)
{
	const struct content *en = kit_content(), *cy = welsh();
	struct vt *vt = vt_start(24, 80, KIT_ARGS("--content", "content"), NULL);
	cr_assert_not_null(vt);
	kit_see(vt, "Check my eligibility");
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	int qr = content_question_index(en, "role"), qe = content_question_index(en, "experience"),
	    ql = content_question_index(en, "level");
	const struct content_question *role = content_question(en, (size_t)qr), *exp = content_question(en, (size_t)qe);
	char buf[64];
	cr_assert(vt_pick(vt, kit_prefix(role->options[content_option_index(role, "other")].label, 25, buf), true));
	cr_assert(vt_pick(vt, kit_prefix(exp->options[content_option_index(exp, "yes")].label, 25, buf), true));
	kit_see(vt, kit_prefix(content_question(en, (size_t)ql)->text, 30, buf));
	/* The highlight on the third answer of the level question. */
	vt_key(vt, VTERM_KEY_DOWN);
	vt_key(vt, VTERM_KEY_DOWN);
	vt_settle(vt, 150, 3000);
	char row[256];
	int r, col;
	vt_cursor(vt, &r, &col);
	vt_row(vt, r, row, sizeof row);
	cr_assert_not_null(strstr(row, kit_prefix(content_question(en, (size_t)ql)->options[2].label, 20, buf)), "%s",
	                   vt_dump(vt));
	vt_send(vt, "L");
	/* The same question, now in Welsh, the same answer highlighted. */
	kit_see(vt, kit_prefix(content_question(cy, (size_t)ql)->text, 30, buf));
	kit_see(vt, "Cwestiwn 3 o tua");
	vt_settle(vt, 150, 3000);
	vt_cursor(vt, &r, &col);
	vt_row(vt, r, row, sizeof row);
	cr_expect_not_null(strstr(row, kit_prefix(content_question(cy, (size_t)ql)->options[2].label, 20, buf)),
	                   "the place was lost:%s", vt_dump(vt));
	no_english(vt, "question after switching");
	/* The answers given in English are there, in Welsh. */
	cr_assert(vt_pick(vt, "Adolygu fy atebion", true), "%s", vt_dump(vt));
	kit_see(vt, kit_prefix(content_question(cy, (size_t)qr)->options[content_option_index(role, "other")].label, 25, buf));
	kit_see(vt, kit_prefix(content_question(cy, (size_t)qe)->options[content_option_index(exp, "yes")].label, 25, buf));
	/* And back: English again, the answers still there. */
	vt_send(vt, "L");
	kit_see(vt, kit_prefix(role->options[content_option_index(role, "other")].label, 25, buf));
	kit_see(vt, "Review your answers");
	vt_free(vt);
}

Test(cymraeg, the_idle_reset_goes_back_to_the_kiosks_language)
{
	char *dir, *config = kit_config("kiosk = true;\nidle_timeout = 2;\nidle_warning = 1;\nlang = \"en\";\n", &dir);
	struct vt *vt = vt_start(24, 80, KIT_ARGS("--config", config), WELSH_ENV);
	cr_assert_not_null(vt);
	kit_see(vt, "Check my eligibility");
	vt_send(vt, "L");
	kit_see(vt, CHECK_MENU);
	/* Nobody there: warned, then forgotten, and the next person starts in English. */
	cr_assert(vt_wait(vt, "Check my eligibility", 15000), "the reset did not go back to English:%s", vt_dump(vt));
	cr_expect(vt_wait_gone(vt, CHECK_MENU, 3000), "%s", vt_dump(vt));
	vt_free(vt);
	free(config);
	scratch_free(dir);
}

/* ---- the pseudo-locale ---- */

/* A copy of the program with the pseudo-locale's catalogue beside it in
 * place of the Welsh one: run with --lang cy, its strings are the
 * pseudo-locale's (the content stays Welsh). */
static char *pseudo_copy(void)
{
	char *dir = scratch_dir(), path[4200];
	const char *mo = strstr(pa_bin(), "build-san") ? "build-san/pseudo/locale/cy/LC_MESSAGES/probation-advisor.mo"
	                                                : "build/pseudo/locale/cy/LC_MESSAGES/probation-advisor.mo";
	size_t len;
	char *bin = get_file(pa_bin(), &len), *cat = get_file(mo, NULL);
	cr_assert(bin && cat, "no %s or no %s (make test builds it)", pa_bin(), mo);
	free(cat);
	size_t mlen;
	cat = get_file(mo, &mlen);
	put_file(dir, "probation-advisor", bin, len);
	static const char *const dirs[] = { "locale", "locale/cy", "locale/cy/LC_MESSAGES" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, dirs[i]);
		cr_assert_eq(mkdir(path, 0755), 0, "cannot make %s", path);
	}
	put_file(dir, "locale/cy/LC_MESSAGES/probation-advisor.mo", cat, mlen);
	snprintf(path, sizeof path, "%s/probation-advisor", dir);
	cr_assert_eq(chmod(path, 0755), 0);
	setenv("PA_BIN", path, 1);
	free(bin);
	free(cat);
	return dir;
}

/* Every bracketed string of row y is whole: each "[" closed by a "]" on
 * the row, unless the row ends it with an ellipsis (a cut the layout made
 * on purpose, and shows). */
static void whole_strings(struct vt *vt, int y, const char *where)
{
	char row[1024];
	vt_row(vt, y, row, sizeof row);
	int depth = 0;
	for (const char *p = row; *p; p++)
		depth += *p == '[' ? 1 : *p == ']' && depth ? -1 : 0;
	bool ellipsis = strlen(row) >= 3 && strcmp(row + strlen(row) - 3, "\xe2\x80\xa6") == 0;
	cr_expect(depth == 0 || ellipsis, "a string cut off on row %d of the %s:%s", y, where, vt_dump(vt));
}

/* The title and status lines hold whole strings, and help is one key
 * away; a prompt, where ? is typed, keeps Esc to leave it instead. */
static void fits(struct vt *vt, int rows, const char *where, bool prompt)
{
	vt_settle(vt, 150, 3000);
	whole_strings(vt, 0, where);
	whole_strings(vt, rows - 1, where);
	char status[1024];
	vt_row(vt, rows - 1, status, sizeof status);
	if (prompt)
		cr_expect(strstr(status, "\xc3\x89s\xc3\xa7") || strstr(status, "Esc"), "the prompt's Esc is lost from the %s:%s", where,
		          vt_dump(vt));
	else
		cr_expect(strstr(status, "? [") || strstr(status, "F1 ["), "the key to help is lost from the %s:%s", where,
		          vt_dump(vt));
}

static void pseudo_walk(int rows, int cols)
{
	char *dir = pseudo_copy();
	struct vt *vt = vt_start(rows, cols, KIT_ARGS("--lang", "cy", "--content", "content"), NULL);
	cr_assert_not_null(vt);
	cr_assert(vt_wait(vt, "[Chéçk mý élígíbílítý", KIT_WAIT), "no pseudo-locale on screen:%s", vt_dump(vt));
	fits(vt, rows, "main menu", false);
	vt_key(vt, VTERM_KEY_ENTER);
	kit_see(vt, "Beth yw eich gwaith");
	fits(vt, rows, "first question", false);
	vt_send(vt, "?");
	fits(vt, rows, "explanation", false);
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_send(vt, "/");
	fits(vt, rows, "FAQ search", true);
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_key(vt, VTERM_KEY_ESCAPE);
	vt_free(vt);
	scratch_free(dir);
}

Test(cymraeg, the_pseudo_locale_fits_80x24)
{
	pseudo_walk(24, 80);
}

Test(cymraeg, the_pseudo_locale_fits_40x12)
{
	pseudo_walk(12, 40);
}
