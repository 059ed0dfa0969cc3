/*
 * The result a person can act on, end to end: the real program under a
 * pseudo-terminal, as a person at a terminal or a kiosk meets it.  Keys
 * other terminals send, the questions asked before anything is forgotten,
 * saving (dated, and at a kiosk under a name that is easy to read out),
 * coming back to the questions at a kiosk, the keys that explain.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
