/* The curses front end's key table: complete, unambiguous, documented. */
#include <criterion/criterion.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui_keys.h"
#include "util.h"

Test(tui_keys, every_action_has_a_name_and_help)
{
	for (int a = TUI_A_NONE + 1; a < TUI_A_COUNT; a++) {
		cr_expect(tui_actions[a].name && *tui_actions[a].name, "action %d has no name", a);
		cr_expect(tui_actions[a].help && *tui_actions[a].help, "action %d has no help", a);
	}
}

/* Actions made from typing and the mouse have no key; every other has one. */
Test(tui_keys, every_key_action_is_bound)
{
	for (int a = TUI_A_NONE + 1; a < TUI_A_JUMP; a++) {
		bool bound = false;
		for (size_t i = 0; i < tui_nbindings; i++)
			bound |= tui_bindings[i].action == (enum tui_action)a;
		cr_expect(bound, "action %s has no key", tui_actions[a].name);
	}
}

Test(tui_keys, bindings_are_well_formed)
{
	for (size_t i = 0; i < tui_nbindings; i++) {
		const struct tui_binding *b = &tui_bindings[i];
		cr_expect(b->keyname && *b->keyname, "binding %zu has no name", i);
		cr_expect(b->action > TUI_A_NONE && b->action < TUI_A_JUMP, "binding %s: bad action", b->keyname);
		cr_expect(b->ctx != 0 && (b->ctx & ~(unsigned)TUI_CTX_ALL) == 0, "binding %s: bad context", b->keyname);
	}
}

/* No key means two things in contexts that are ever on together. */
Test(tui_keys, no_key_is_ambiguous)
{
	/* Dialogs and prompts are screens of their own: never on with the others. */
	const unsigned alone = TUI_CTX_DIALOG | TUI_CTX_PROMPT;
	for (size_t i = 0; i < tui_nbindings; i++)
		for (size_t j = i + 1; j < tui_nbindings; j++) {
			const struct tui_binding *a = &tui_bindings[i], *b = &tui_bindings[j];
			if (a->key != b->key || a->action == b->action)
				continue;
			unsigned ca = a->ctx, cb = b->ctx;
			bool together = (ca & cb) != 0 ||
			                ((ca & ~alone) && (cb & ~alone) &&
			                 /* the FAQ's n/N and the result's letters are on one screen each */
			                 !((ca | cb) & (TUI_CTX_FAQ | TUI_CTX_RESULT)));
			/* On a question ? explains it, as in plain mode: the one
			 * key taken from everywhere on purpose (the keys stay on F1). */
			if (a->action == TUI_A_EXPLAIN && ca == TUI_CTX_QUESTION && b->action == TUI_A_HELP)
				together = false;
			cr_expect(!together, "%s is bound to both %s and %s", a->keyname, tui_actions[a->action].name,
			          tui_actions[b->action].name);
		}
}

Test(tui_keys, the_keys_people_expect)
{
	const unsigned list = TUI_CTX_GLOBAL | TUI_CTX_NAV | TUI_CTX_LIST;
	const unsigned pane = TUI_CTX_GLOBAL | TUI_CTX_NAV | TUI_CTX_PANE;
	struct {
		int key;
		unsigned ctx;
		enum tui_action a;
	} want[] = {
		{ TUI_KEY_FN(KEY_UP), list, TUI_A_UP }, { 'k', list, TUI_A_UP },
		{ TUI_KEY_FN(KEY_DOWN), list, TUI_A_DOWN }, { 'j', list, TUI_A_DOWN },
		{ TUI_KEY_FN(KEY_PPAGE), pane, TUI_A_PGUP }, { 'b', pane, TUI_A_PGUP },
		{ TUI_KEY_FN(KEY_NPAGE), pane, TUI_A_PGDN }, { ' ', pane, TUI_A_PGDN },
		{ TUI_KEY_FN(KEY_HOME), pane, TUI_A_HOME }, { 'g', pane, TUI_A_HOME },
		{ TUI_KEY_FN(KEY_END), pane, TUI_A_END }, { 'G', pane, TUI_A_END },
		{ '\r', list, TUI_A_ENTER }, { '\n', list, TUI_A_ENTER }, { TUI_KEY_FN(KEY_ENTER), list, TUI_A_ENTER },
		{ '\t', list, TUI_A_NEXT_PANE }, { TUI_KEY_FN(KEY_BTAB), list, TUI_A_PREV_PANE },
		{ 27, list, TUI_A_BACK }, { TUI_KEY_FN(KEY_BACKSPACE), list, TUI_A_BACK }, { 127, list, TUI_A_BACK },
		{ TUI_KEY_FN(KEY_LEFT), list, TUI_A_BACK },
		{ '?', list, TUI_A_HELP }, { TUI_KEY_FN(KEY_F(1)), pane, TUI_A_HELP },
		{ '?', list | TUI_CTX_QUESTION, TUI_A_EXPLAIN }, { TUI_KEY_FN(KEY_F(1)), list | TUI_CTX_QUESTION, TUI_A_HELP },
		{ TUI_KEY_FN(KEY_LEFT), TUI_CTX_PROMPT, TUI_A_LEFT }, { TUI_KEY_FN(KEY_DC), TUI_CTX_PROMPT, TUI_A_DELETE },
		{ TUI_KEY_FN(KEY_HOME), TUI_CTX_PROMPT, TUI_A_HOME }, { TUI_KEY_FN(KEY_END), TUI_CTX_PROMPT, TUI_A_END },
		{ 'q', list, TUI_A_QUIT }, { '/', pane, TUI_A_SEARCH },
		{ 'n', pane | TUI_CTX_FAQ, TUI_A_NEXT_MATCH }, { 'N', pane | TUI_CTX_FAQ, TUI_A_PREV_MATCH },
		{ 's', pane | TUI_CTX_RESULT, TUI_A_SAVE }, { 'r', pane | TUI_CTX_RESULT, TUI_A_REVIEW },
		{ 'y', TUI_CTX_DIALOG, TUI_A_YES }, { 'n', TUI_CTX_DIALOG, TUI_A_NO }, { 27, TUI_CTX_DIALOG, TUI_A_NO },
		{ '\r', TUI_CTX_PROMPT, TUI_A_ACCEPT }, { 27, TUI_CTX_PROMPT, TUI_A_CANCEL },
		{ 127, TUI_CTX_PROMPT, TUI_A_ERASE }, { TUI_KEY_CTRL('u'), TUI_CTX_PROMPT, TUI_A_KILL },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		cr_expect_eq(tui_keys_lookup(want[i].key, want[i].ctx), want[i].a, "key %d: got %s, want %s", want[i].key,
		             tui_actions[tui_keys_lookup(want[i].key, want[i].ctx)].name, tui_actions[want[i].a].name);
}

/* Letters stay free for jumping to list items, and for typing. */
Test(tui_keys, lists_and_prompts_leave_letters_free)
{
	const unsigned list = TUI_CTX_GLOBAL | TUI_CTX_NAV | TUI_CTX_LIST;
	for (int c = 'a'; c <= 'z'; c++)
		if (!strchr("jkgq", c))
			cr_expect_eq(tui_keys_lookup(c, list), TUI_A_NONE, "'%c' is taken in lists", c);
	for (int c = ' '; c < 127; c++)
		cr_expect_eq(tui_keys_lookup(c, TUI_CTX_PROMPT), TUI_A_NONE, "'%c' is taken while typing", c);
	cr_expect_eq(tui_keys_lookup(' ', list), TUI_A_NONE);
	cr_expect_eq(tui_keys_lookup('b', list), TUI_A_NONE);
}

Test(tui_keys, names_for_hints)
{
	cr_expect_str_eq(tui_keys_name(TUI_A_ENTER, TUI_CTX_NAV), "Enter");
	cr_expect_str_eq(tui_keys_name(TUI_A_BACK, TUI_CTX_NAV), "Esc");
	cr_expect_str_eq(tui_keys_name(TUI_A_HELP, TUI_CTX_GLOBAL), "?");
	cr_expect_null(tui_keys_name(TUI_A_SAVE, TUI_CTX_NAV));
	cr_expect_str_eq(tui_keys_ctx_name(TUI_CTX_LIST), "lists");
}

/* The manual lists every key of the table. */
Test(tui_keys, man_page_lists_every_key)
{
	char *page = get_file("man/probation-advisor.1", NULL);
	cr_assert_not_null(page, "man/probation-advisor.1 is missing");
	/* Undo the escapes a key name needs in man source. */
	char *plain = malloc(strlen(page) + 1), *o = plain;
	for (const char *s = page; *s;) {
		if (s[0] == '\\' && (s[1] == '-' || s[1] == 'e')) {
			*o++ = s[1] == '-' ? '-' : '\\';
			s += 2;
		} else if (s[0] == '\\' && s[1] == '&') {
			s += 2;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
	const char *keys = strstr(plain, ".SH KEYS");
	cr_assert_not_null(keys, "the manual has no KEYS section");
	for (size_t i = 0; i < tui_nbindings; i++) {
		const char *name = tui_bindings[i].keyname;
		bool found = false;
		for (const char *p = strstr(keys, name); p && !found; p = strstr(p + 1, name)) {
			char before = p == keys ? ' ' : p[-1], after = p[strlen(name)];
			found = !(before >= 'a' && before <= 'z') && !(after >= 'a' && after <= 'z');
		}
		cr_expect(found, "the manual's KEYS section does not list %s (%s)", name,
		          tui_actions[tui_bindings[i].action].help);
	}
	for (size_t i = 0; i < tui_nkey_notes; i++)
		cr_expect(strstr(keys, "mouse") || strncmp(tui_key_notes[i].keys, "mouse", 5) != 0);
	free(plain);
	free(page);
}
