/*
 * tui_keys: every user intent of the curses front end, named once, with its
 * help text, and the keys bound to it in each context.
 *
 * Key handlers see actions, never raw key codes; the help screen, the man
 * page check and the tests read the same table, so a key cannot work
 * without being documented or be documented without working.  Keys are
 * characters as themselves, curses function keys through TUI_KEY_FN.
 * Pure data and lookups: no curses calls, so tests link it alone.
 */
#ifndef PA_TUI_KEYS_H
#define PA_TUI_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#define TUI_KEY_FN_BIT 0x40000000
#define TUI_KEY_FN(k) (TUI_KEY_FN_BIT | (k))        /* a curses KEY_* code */
#define TUI_KEY_IS_FN(k) (((k) & TUI_KEY_FN_BIT) != 0)
#define TUI_KEY_CTRL(c) ((c) & 0x1f)

enum tui_action {
	TUI_A_NONE,
	TUI_A_UP, TUI_A_DOWN, TUI_A_PGUP, TUI_A_PGDN, TUI_A_HOME, TUI_A_END,
	TUI_A_ENTER, TUI_A_BACK, TUI_A_NEXT_PANE, TUI_A_PREV_PANE,
	TUI_A_HELP, TUI_A_QUIT, TUI_A_SEARCH, TUI_A_NEXT_MATCH, TUI_A_PREV_MATCH,
	TUI_A_SAVE, TUI_A_REVIEW, TUI_A_FORGET, TUI_A_PRINT, TUI_A_RESUME, TUI_A_REDRAW, TUI_A_EXPLAIN,
	TUI_A_YES, TUI_A_NO, TUI_A_SWITCH,
	TUI_A_ACCEPT, TUI_A_CANCEL, TUI_A_ERASE, TUI_A_KILL, TUI_A_DELETE, TUI_A_LEFT, TUI_A_RIGHT,
	TUI_A_LANG,
	/* Not bound to keys: made by the input loop from typing and the mouse. */
	TUI_A_JUMP, TUI_A_TYPE, TUI_A_CLICK, TUI_A_WHEEL_UP, TUI_A_WHEEL_DOWN,
	TUI_A_COUNT
};

/* Where a binding applies; each screen turns on the contexts it has. */
enum tui_ctx {
	TUI_CTX_GLOBAL = 1 << 0,  /* every screen except dialogs and prompts */
	TUI_CTX_NAV    = 1 << 1,  /* choosing, going back, moving between panes */
	TUI_CTX_LIST   = 1 << 2,  /* a list with a highlighted item */
	TUI_CTX_PANE   = 1 << 3,  /* a text pane that scrolls */
	TUI_CTX_FAQ    = 1 << 4,  /* the FAQ browser */
	TUI_CTX_RESULT = 1 << 5,  /* the result */
	TUI_CTX_DIALOG = 1 << 6,  /* a yes/no question */
	TUI_CTX_PROMPT = 1 << 7,  /* typing a line: a search, a file name, a code */
	TUI_CTX_QUESTION = 1 << 8, /* a question being asked */
	TUI_CTX_PRINT  = 1 << 9,  /* the result, where the terminal has a printer */
	TUI_CTX_WELCOME = 1 << 10, /* the welcome screen */
	TUI_CTX_FILTER = 1 << 11, /* the qualification finder: every character types */
	TUI_CTX_ALL    = (1 << 12) - 1
};

struct tui_action_info {
	const char *name;   /* short, for hints in the status line (English: gettext it) */
	const char *help;   /* one line, for the help screen and the man page (the same) */
};

struct tui_binding {
	int key;
	const char *keyname;  /* as a person reads it: "Up", "k", "PgDn", "Esc" */
	enum tui_action action;
	unsigned ctx;
};

/* Keys that are not single bindings: letters, typing, the mouse. */
struct tui_key_note {
	const char *keys, *help;
	unsigned ctx;
};

/* A context (or set of them) in words: the heading of its keys in the
 * help (NULL: listed there without one) and its short name for the hints
 * ("lists", "text panes"). */
struct tui_ctx_words {
	unsigned ctx;
	const char *heading, *name;
};

extern const struct tui_action_info tui_actions[TUI_A_COUNT];
extern const struct tui_binding tui_bindings[];
extern const size_t tui_nbindings;
extern const struct tui_key_note tui_key_notes[];
extern const size_t tui_nkey_notes;
/* In the order the help lists them. */
extern const struct tui_ctx_words tui_ctx_words[];
extern const size_t tui_nctx_words;

/* The action key has in any of the contexts ctx, or TUI_A_NONE.  The first
 * matching row wins. */
enum tui_action tui_keys_lookup(int key, unsigned ctx);
/* The name of the first key that does action in ctx, or NULL. */
const char *tui_keys_name(enum tui_action action, unsigned ctx);
/* An action's name in the language spoken; the language key's is the
 * other language's own name ("Cymraeg", "English"). */
const char *tui_action_name(enum tui_action a);
/* Where a context applies, in words ("lists", "text panes"). */
const char *tui_keys_ctx_name(unsigned ctx);

#endif
