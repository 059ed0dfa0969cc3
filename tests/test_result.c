/*
 * The result a person can act on, end to end: the real program under a
 * pseudo-terminal, as a person at a terminal or a kiosk meets it.  Keys
 * other terminals send, the questions asked before anything is forgotten,
 * saving (dated, and at a kiosk under a name that is easy to read out),
 * coming back to the questions at a kiosk, the keys that explain.
 */
#include <criterion/criterion.h>
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "kit.h"
#include "rules.h"
#include "util.h"
#include "vt.h"

static struct vt *start_in(int rows, int cols, const char *const *args, const char *const *env)
{
	struct vt *vt = vt_start(rows, cols, args, env);
	cr_assert_not_null(vt, "cannot start %s", pa_bin());
	kit_see(vt, "Check my eligibility");
	return vt;
}

static struct vt *start(void)
{
	return start_in(24, 80, KIT_ARGS("--content", "content"), NULL);
}

TestSuite(result, .fini = kit_content_free, .timeout = 90);

/* ---- the result's first screen ---- */

/* What everyone is told is folded to one line, its FAQ question, marked +
 * as folded; Enter opens it in place. */
Test(result, what_everyone_is_told_is_folded_and_opens_with_enter)
{
	const struct content *c = kit_content();
	const struct content_note *n = NULL;
	for (size_t i = 0; i < content_ncommon_notes(c) && !n; i++)
		if (!content_common_notes(c)[i].when && content_common_notes(c)[i].faq >= 0)
			n = &content_common_notes(c)[i];
	cr_assert_not_null(n, "no thing to know told to everyone");
	char question[64], folded[80], text[64];
	kit_prefix(content_faq(c, (size_t)n->faq)->question, 40, question);
	snprintf(folded, sizeof folded, "+ %s", question);
	kit_prefix(n->text, 40, text);
	struct vt *vt = start();
	int answers[64];
	kit_walk_to(vt, "pqip-15", answers);
	for (int i = 0; i < 10 && !vt_wait(vt, folded, 300); i++)
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	kit_see(vt, folded);
	cr_expect_not(vt_wait(vt, text, 200), "the folded text is shown:%s", vt_dump(vt));
	cr_assert(vt_pick(vt, folded, true), "%s", vt_dump(vt));
	kit_see(vt, text);
	cr_expect(vt_wait_gone(vt, folded, 3000), "still folded:%s", vt_dump(vt));
	vt_free(vt);
}

/* Wide, the side pane says what it is for before anything is selected. */
Test(result, the_side_pane_says_what_it_is_for_before_a_move)
{
	struct vt *vt = start_in(60, 200, KIT_ARGS("--content", "content"), NULL);
	int answers[64];
	kit_walk_to(vt, "pqip-15", answers);
	kit_see(vt, "From the FAQ or the source");
	kit_see(vt, "Move to a line starting \"FAQ:\" to read that entry here");
	vt_free(vt);
}

/* ---- keys ---- */

/* tmux and screen send Home and End as ESC [ 1 ~ and ESC [ 4 ~ whatever
 * TERM says; an escape sequence nobody knows is not an Esc either. */
Test(result, home_end_and_unknown_sequences_are_not_back)
{
	struct vt *vt = start();
	int answers[64];
	char buf[64];
	kit_walk_to(vt, "pqip-15", answers);
	const char *headline = kit_headline("pqip-15", buf);
	vt_send(vt, "\033[4~");
	kit_see(vt, "Finish and forget me");
	vt_send(vt, "\033[1~");
	kit_see(vt, headline);
	vt_settle(vt, 200, 3000);
	char *before = vt_text(vt);
	vt_send(vt, "\033[99~");
	vt_send(vt, "\033[1;9Z");
	vt_settle(vt, 300, 3000);
	char *after = vt_text(vt);
	cr_expect_str_eq(after, before, "an unknown sequence changed the screen:%s", vt_dump(vt));
	cr_expect(vt_wait(vt, "Your result", 100), "%s", vt_dump(vt));
	free(before);
	free(after);
	vt_free(vt);
}

/* ---- asking before anything is forgotten ---- */

Test(result, forget_me_asks_first_and_no_is_the_default)
{
	struct vt *vt = start();
	int answers[64];
	char buf[64];
	kit_walk_to(vt, "pqip-21", answers);
	vt_char(vt, 'f');
	kit_see(vt, "Finish and forget me?");
	cr_expect(vt_wait_cursor_row(vt, "[ No ]", 2000), "No is not the default:%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_ENTER);
	cr_assert(vt_wait_gone(vt, "Finish and forget me?", 3000), "%s", vt_dump(vt));
	kit_see(vt, kit_headline("pqip-21", buf));
	cr_expect_not(vt_wait(vt, "forgotten", 300), "Enter forgot the person:%s", vt_dump(vt));
	vt_char(vt, 'f');
	kit_see(vt, "Finish and forget me?");
	vt_char(vt, 'y');
	kit_see(vt, "Every answer has been forgotten");
	vt_free(vt);
}

/* ---- a kiosk ---- */

static struct vt *kiosk(const char *extra, char **dir)
{
	char cfg[4400];
	snprintf(cfg, sizeof cfg, "kiosk = true;\n%s", extra);
	char *file = kit_config(cfg, dir);
	struct vt *vt = start_in(24, 80, KIT_ARGS("--config", file), NULL);
	free(file);
	return vt;
}

/* Esc back to the menu, a key at a time, as a person leaving does. */
static void back_to_menu(struct vt *vt)
{
	for (int i = 0; i < 12 && !vt_wait(vt, "Welcome", 300); i++)
		vt_key(vt, VTERM_KEY_ESCAPE);
	kit_see(vt, "Welcome");
}

Test(result, a_kiosk_asks_whose_answers_they_are)
{
	char *dir;
	struct vt *vt = kiosk("", &dir);
	int answers[64];
	char buf[64];
	kit_walk_to(vt, "pqip-21", answers);
	back_to_menu(vt);
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	kit_see(vt, "Are they yours?");
	cr_expect(vt_wait_cursor_row(vt, "[ No ]", 2000), "carrying on is the default:%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_ENTER);
	const struct content *c = kit_content();
	kit_see(vt, kit_prefix(content_question(c, 0)->text, 30, buf));
	kit_see(vt, "Every answer has been forgotten");
	/* The next person's: answered, away, and theirs to carry on with. */
	back_to_menu(vt);
	kit_walk_to(vt, "pqip-21", answers);
	back_to_menu(vt);
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	kit_see(vt, "Are they yours?");
	vt_char(vt, 'y');
	kit_see(vt, kit_headline("pqip-21", buf));
	vt_free(vt);
	scratch_free(dir);
}

/* ---- saving ---- */

/* The plan says the day it was made; the name it offers is of the day, in
 * the folder the last plan went to; the name can be edited in place. */
Test(result, the_plan_is_dated_and_the_name_field_edits_in_place)
{
	char *home = scratch_dir(), env[1100], day[32], name[64], path[1400];
	snprintf(env, sizeof env, "HOME=%s", home);
	time_t now = time(NULL);
	strftime(day, sizeof day, "%Y-%m-%d", localtime(&now));
	snprintf(name, sizeof name, "probation-plan-%s.txt", day);
	snprintf(path, sizeof path, "%s/plans", home);
	cr_assert_eq(mkdir(path, 0700), 0);
	struct vt *vt = start_in(24, 80, KIT_ARGS("--content", "content"), KIT_ARGS(env));
	int answers[64];
	kit_walk_to(vt, "access-route", answers);
	vt_char(vt, 's');
	kit_see(vt, name);
	vt_send(vt, "\x15");
	vt_send(vt, path);
	vt_send(vt, "/first.txt\r");
	kit_see(vt, "Plan saved to");
	/* Again: today's name, in that folder. */
	vt_char(vt, 's');
	char want[1500];
	snprintf(want, sizeof want, "plans/%s", name);
	kit_see(vt, want);
	/* Before ".txt": type "-bx", take the x back with Left and Delete. */
	for (int i = 0; i < 4; i++)
		vt_key(vt, VTERM_KEY_LEFT);
	vt_send(vt, "-bx");
	vt_key(vt, VTERM_KEY_LEFT);
	vt_key(vt, VTERM_KEY_DEL);
	/* Home and End move the cursor, and change nothing. */
	int row, col, end;
	vt_settle(vt, 200, 3000);
	vt_cursor(vt, &row, &end);
	vt_key(vt, VTERM_KEY_HOME);
	vt_settle(vt, 200, 3000);
	vt_cursor(vt, &row, &col);
	cr_expect_lt(col, end, "Home did not move the cursor back:%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_RIGHT);
	vt_key(vt, VTERM_KEY_END);
	vt_key(vt, VTERM_KEY_ENTER);
	kit_see(vt, "Plan saved to");
	char file[1600];
	snprintf(file, sizeof file, "%s/probation-plan-%s-b.txt", path, day);
	char *text = get_file(file, NULL);
	cr_assert_not_null(text, "no %s:%s", file, vt_dump(vt));
	char made[64];
	snprintf(made, sizeof made, "Plan made on %s.", day);
	cr_expect_not_null(strstr(text, made), "the plan has no date:\n%s", text);
	free(text);
	vt_free(vt);
	scratch_free(home);
}

/* ---- keys that explain ---- */

/* ? on a question explains it, as it does in plain mode; F1 shows the
 * keys, and the status line says so. */
Test(result, question_mark_explains_the_question_and_f1_shows_the_keys)
{
	struct vt *vt = start();
	const struct content *c = kit_content();
	char buf[64];
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	kit_see(vt, kit_prefix(content_question(c, 0)->text, 30, buf));
	kit_see(vt, "? explain");
	kit_see(vt, "F1 keys");
	vt_char(vt, '?');
	kit_see(vt, content_question(c, 0)->finder ? "Qualification finder" : "Not sure? Explain");
	cr_expect_not(vt_wait(vt, "Every key on every screen", 200), "%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_ESCAPE);
	kit_see(vt, kit_prefix(content_question(c, 0)->text, 30, buf));
	vt_key(vt, VTERM_KEY_FUNCTION_0 + 1);
	kit_see(vt, "Show this list of keys");
	vt_free(vt);
}

/* ---- the FAQ ---- */

/* A word of at least 7 letters from some answer that no question has. */
static const char *answer_only_word(char *buf, size_t size)
{
	const struct content *c = kit_content();
	for (size_t i = 0; i < content_nfaq(c); i++)
		for (const char *s = content_faq(c, i)->answer; *s;) {
			size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz");
			if (n >= 7 && n < size) {
				snprintf(buf, size, "%.*s", (int)n, s);
				bool in_question = false;
				for (size_t j = 0; j < content_nfaq(c) && !in_question; j++) {
					char q[1024];
					snprintf(q, sizeof q, "%s", content_faq(c, j)->question);
					for (char *o = q; *o; o++)
						*o = (char)tolower((unsigned char)*o);
					in_question = strstr(q, buf) != NULL;
				}
				if (!in_question)
					return buf;
			}
			s += n ? n : 1;
		}
	return NULL;
}

Test(result, the_faq_shows_where_the_focus_is_and_why_an_entry_matches)
{
	struct vt *vt = start();
	cr_assert(vt_pick(vt, "Browse the FAQ", true), "%s", vt_dump(vt));
	kit_see(vt, "Answer");
	vt_key(vt, VTERM_KEY_TAB);
	vt_settle(vt, 200, 3000);
	char status[256], row[256];
	vt_row(vt, 23, status, sizeof status);
	cr_expect_null(strstr(status, "Enter choose"), "reading the answer, the keys say \"%s\"", status);
	cr_expect_not_null(strstr(status, "page down"), "reading the answer, the keys say \"%s\"", status);
	/* The answer pane's title shows that it has the focus. */
	int found = -1, col = -1;
	for (int r = 0; r < 23 && found < 0; r++) {
		vt_row(vt, r, row, sizeof row);
		char *a = strstr(row, " Answer ");
		if (a && r > 0) {
			found = r;
			col = (int)(a - row) + 1;
		}
	}
	cr_assert_geq(found, 0, "no Answer title:%s", vt_dump(vt));
	cr_expect(vt_cell_reverse(vt, found, col), "the focus does not show on the answer pane:%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_TAB);
	vt_settle(vt, 200, 3000);
	cr_expect(!vt_cell_reverse(vt, found, col), "the focus still shows on the answer pane:%s", vt_dump(vt));
	/* A word only an answer has: the list says the answer matched. */
	char word[64];
	cr_assert_not_null(answer_only_word(word, sizeof word));
	vt_char(vt, '/');
	vt_send(vt, word);
	kit_see(vt, "In the answer:");
	vt_key(vt, VTERM_KEY_ENTER);
	vt_key(vt, VTERM_KEY_ESCAPE);
	cr_expect(vt_wait_gone(vt, "In the answer:", 3000), "the marks outlive the search:%s", vt_dump(vt));
	vt_free(vt);
}

/* ---- screen readers in the full screen ---- */

/* Block elements (U+2580 to U+259F) and braille patterns (U+2800 to
 * U+28FF): a screen reader reads each out, one by one. */
static const char *decorative_glyph(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (p[0] == 0xe2 && p[1] && ((p[1] == 0x96 && p[2] >= 0x80 && p[2] <= 0x9f) || (p[1] >= 0xa0 && p[1] <= 0xa3)))
			return (const char *)p;
	return NULL;
}

/* The cursor is on the focused item: the highlight (reverse video without
 * colour) under it; with no item in view, the pane's first line; in a
 * pane of text alone, the first line of the pane whose title above it
 * shows the focus.  Nothing on the screen is a
 * glyph a screen reader would spell out. */
static void cursor_on(struct vt *vt, const char *after, bool text_pane)
{
	vt_settle(vt, 150, 3000);
	int r, c;
	vt_cursor(vt, &r, &c);
	bool on = !text_pane && vt_cell_reverse(vt, r, c), any = false;
	for (int x = 0; text_pane && r > 0 && x < 80 && !on; x++)
		on = vt_cell_reverse(vt, r - 1, x) && c == 1;
	/* No item in view: the pane has the focus, read from its top. */
	for (int y = 1; !text_pane && !on && y < 23; y++)
		for (int x = 0; x < 80; x++)
			any = any || vt_cell_reverse(vt, y, x);
	on = on || (!text_pane && !any && r == 1 && c == 1);
	cr_expect(on, "after %s the cursor (%d,%d) is not on the focused %s:%s", after, r, c,
	          text_pane ? "pane" : "item", vt_dump(vt));
	char *text = vt_text(vt);
	const char *g = decorative_glyph(text);
	cr_expect_null(g, "after %s the screen shows a decorative glyph (\"%.3s\"):%s", after, g, vt_dump(vt));
	free(text);
}

static void cursor_on_focus(struct vt *vt, const char *after)
{
	cursor_on(vt, after, false);
}

static void press(struct vt *vt, VTermKey key, const char *name)
{
	vt_key(vt, key);
	cursor_on_focus(vt, name);
}

/* Down from the top of the list, a key at a time, to the row with label. */
static void press_to(struct vt *vt, const char *label)
{
	press(vt, VTERM_KEY_HOME, "Home");
	for (int i = 0; i < 80 && !vt_wait_cursor_row(vt, label, 100); i++)
		press(vt, VTERM_KEY_DOWN, "Down");
	cr_assert(vt_wait_cursor_row(vt, label, 1000), "no \"%s\" on the way:%s", label, vt_dump(vt));
}

/* Menu, every question, the result, review, the FAQ and its answer pane,
 * a question asked: after each key the cursor is where the focus is. */
Test(result, the_cursor_follows_the_focus_through_a_whole_walk, .timeout = 240)
{
	const struct content *c = kit_content();
	struct vt *vt = start_in(24, 80, KIT_ARGS("--content", "content"), KIT_ARGS("NO_COLOR=1"));
	cursor_on_focus(vt, "the start");
	press(vt, VTERM_KEY_DOWN, "Down");
	press(vt, VTERM_KEY_UP, "Up");
	press(vt, VTERM_KEY_ENTER, "Enter");
	int *want = kit_path_to("pqip-15"), a[64], eff[64];
	for (size_t i = 0; i < content_nquestions(c); i++)
		a[i] = COND_UNSET;
	struct rules_flow rp;
	char buf[64];
	for (rules_flow(c, a, eff, &rp); rp.next != RULES_NONE; rules_flow(c, a, eff, &rp)) {
		kit_see(vt, kit_prefix(content_question(c, (size_t)rp.next)->text, 30, buf));
		press_to(vt, kit_prefix(kit_label(rp.next, want[rp.next]), 25, buf));
		a[rp.next] = want[rp.next];
		press(vt, VTERM_KEY_ENTER, "Enter on an answer");
	}
	kit_see(vt, "Your result");
	cursor_on_focus(vt, "the result");
	for (int i = 0; i < 6; i++)
		press(vt, VTERM_KEY_DOWN, "Down in the result");
	press(vt, VTERM_KEY_PAGEDOWN, "Page Down");
	press(vt, VTERM_KEY_PAGEUP, "Page Up");
	press(vt, VTERM_KEY_END, "End");
	press(vt, VTERM_KEY_HOME, "Home");
	vt_char(vt, 'r');
	kit_see(vt, "Review");
	cursor_on_focus(vt, "r");
	press(vt, VTERM_KEY_DOWN, "Down in the review");
	press(vt, VTERM_KEY_ESCAPE, "Esc from the review");
	kit_see(vt, "Your result");
	press_to(vt, "Main menu");
	press(vt, VTERM_KEY_ENTER, "Enter on Main menu");
	press_to(vt, "Browse the FAQ");
	press(vt, VTERM_KEY_ENTER, "Enter on Browse the FAQ");
	kit_see(vt, "Answer");
	press(vt, VTERM_KEY_DOWN, "Down in the FAQ");
	vt_key(vt, VTERM_KEY_TAB);
	cursor_on(vt, "Tab to the answer", true);
	vt_key(vt, VTERM_KEY_PAGEDOWN);
	cursor_on(vt, "Page Down in the answer", true);
	press(vt, VTERM_KEY_TAB, "Tab back to the list");
	vt_char(vt, 'q');
	kit_see(vt, "[ No ]");
	cursor_on_focus(vt, "q");
	press(vt, VTERM_KEY_TAB, "Tab in the question");
	free(want);
	vt_free(vt);
}

/* No text of the program or its content is drawn in those glyphs. */
Test(result, no_decorative_glyph_in_the_text_or_the_content)
{
	static const char *const dirs[] = { "src/base", "src/store", "src/rules", "src/plan", "src/front",
		                            "src/front/tui", "content", "content/sources" };
	size_t files = 0;
	for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++) {
		DIR *d = opendir(dirs[k]);
		cr_assert_not_null(d, "%s", dirs[k]);
		struct dirent *e;
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue;
			char path[512];
			snprintf(path, sizeof path, "%s/%s", dirs[k], e->d_name);
			struct stat st;
			if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
				continue;
			char *text = get_file(path, NULL);
			files++;
			const char *g = decorative_glyph(text);
			cr_expect_null(g, "%s holds a decorative glyph: \"%.20s\"", path, g);
			/* ...nor as an escape in C source. */
			for (const char *p = text; (p = strstr(p, "\\u")); p++) {
				unsigned long u = strtoul(p + 2, NULL, 16);
				cr_expect(!(u >= 0x2580 && u <= 0x259f) && !(u >= 0x2800 && u <= 0x28ff), "%s: \"%.8s\"",
				          path, p);
			}
			free(text);
		}
		closedir(d);
	}
	cr_expect_gt(files, 40);
}

/* ---- plain mode, through pipes ---- */

/* What the full screen has, line by line: the finder (on the question and
 * at the result), the timeline said, a FAQ search, saving (dated, 0600,
 * asked before replacing), contacts, the routes; the long list of keys
 * once, then the short one. */
Test(result, plain_mode_finds_searches_and_saves)
{
	char *home = scratch_dir(), env[1100], path[1200];
	snprintf(env, sizeof env, "HOME=%s", home);
	snprintf(path, sizeof path, "%s/my-plan.txt", home);
	char input[2600];
	const struct content *c = kit_content();
	size_t access = 0, level4 = 0;
	while (strcmp(content_outcome(c, access)->id, "access-route") != 0)
		access++;
	while (strcmp(content_level(c, level4)->name, "Level 4") != 0)
		level4++;
	/* Someone else, with experience; the level found by "master"; four areas done. */
	/* At the result: the FAQ, save twice, the contacts, the finder, a route. */
	snprintf(input, sizeof input,
	         "3\n1\nf\nmaster\n1\n1\n1\n1\n1\nf\nclearance\n1\ns\n%s\ns\n%s\n\nc\nn\nhnc\n1\no\n%zu\nq\n", path, path,
	         access + 1);
	struct run r;
	run_pa(&r, input, KIT_ARGS("--plain", "--content", "content"), KIT_ARGS(env));
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, "Apply, length not stated; then PQiP, 15 months."), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "What security clearance is involved"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "Plan saved to"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "already exists. Replace it"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "Not saved."), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "Recruitment Queries"), "no contacts: %s", r.out);
	cr_expect_not_null(strstr(r.out, "Type \"s\" save, \"d\" documents, \"f\" FAQ"), "%s", r.out);
	/* The finder says the level of the HNC; the access route reads whole. */
	char buf[64];
	const char *seen = strstr(r.out, "to see its level");
	cr_expect(seen && strstr(seen, kit_prefix(content_level(c, level4)->summary, 30, buf)),
	          "the finder said no level:%s", r.out);
	const char *route = strstr(r.out, "to read its steps");
	cr_expect(route && strstr(route, kit_headline("access-route", buf)), "no route read:%s", r.out);
	/* A question's keys in full once, then short, the keys quoted. */
	const char *full = strstr(r.out, "Type the number of your answer and press Enter");
	cr_expect(full && !strstr(full + 1, "Type the number of your answer and press Enter"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "A number, or \"?\" explain, \"f\" find, \"b\" back"), "%s", r.out);
	struct stat st;
	cr_assert_eq(stat(path, &st), 0, "%s", r.out);
	cr_expect_eq(st.st_mode & 0777, 0600);
	char *text = get_file(path, NULL);
	cr_expect_not_null(strstr(text, kit_headline("pqip-15", buf)), "%s", text);
	cr_expect_not_null(strstr(text, "Plan made on"), "%s", text);
	free(text);
	run_free(&r);
	scratch_free(home);
}

/* b says what was answered, as the question comes again without it. */
Test(result, plain_mode_back_says_the_answer_given)
{
	struct run r;
	const struct content *c = kit_content();
	int q = content_question_index(c, "experience");
	char want[600];
	snprintf(want, sizeof want, "You had answered: \"%.12s", content_question(c, (size_t)q)->options[0].label);
	run_pa(&r, "3\n1\nb\n", KIT_ARGS("--plain", "--content", "content"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, want), "%s", r.out);
	run_free(&r);
}
