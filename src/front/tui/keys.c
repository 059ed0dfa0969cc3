/* tui/keys: the one table of actions and key bindings of the curses front end. */
#include <curses.h>

#include "lang.h"
#include "tui_keys.h"

#define G TUI_CTX_GLOBAL
#define NAV TUI_CTX_NAV
#define L TUI_CTX_LIST
#define P TUI_CTX_PANE
#define F TUI_CTX_FAQ
#define R TUI_CTX_RESULT
#define D TUI_CTX_DIALOG
#define IN TUI_CTX_PROMPT
#define Q TUI_CTX_QUESTION
#define PR TUI_CTX_PRINT
#define W TUI_CTX_WELCOME
#define FN TUI_KEY_FN

const struct tui_action_info tui_actions[TUI_A_COUNT] = {
	[TUI_A_NONE] = { "", "" },
	[TUI_A_UP] = { N_("up"), N_("Move up one item or line") },
	[TUI_A_DOWN] = { N_("down"), N_("Move down one item or line") },
	[TUI_A_PGUP] = { N_("page up"), N_("Scroll up one page") },
	[TUI_A_PGDN] = { N_("page down"), N_("Scroll down one page") },
	[TUI_A_HOME] = { N_("top"), N_("Go to the top") },
	[TUI_A_END] = { N_("end"), N_("Go to the end") },
	[TUI_A_ENTER] = { N_("choose"), N_("Choose the highlighted item, or open the highlighted link") },
	[TUI_A_BACK] = { N_("back"), N_("Go back to the previous screen (in the FAQ: clear the search first)") },
	[TUI_A_NEXT_PANE] = { N_("other pane"), N_("Move to the next pane (in a small window: show it)") },
	[TUI_A_PREV_PANE] = { N_("other pane"), N_("Move to the previous pane") },
	[TUI_A_HELP] = { N_("keys"), N_("Show this list of keys") },
	[TUI_A_EXPLAIN] = { N_("explain"), N_("Explain the question: what counts (for the level, the qualification finder)") },
	[TUI_A_QUIT] = { N_("quit"), N_("Quit, after asking (not in kiosk mode)") },
	[TUI_A_SEARCH] = { N_("search"), N_("Search every FAQ question and answer, from any screen") },
	[TUI_A_NEXT_MATCH] = { N_("next match"), N_("Go to the next search match") },
	[TUI_A_PREV_MATCH] = { N_("previous match"), N_("Go to the previous search match") },
	[TUI_A_SAVE] = { N_("save"), N_("Save the plan to a file") },
	[TUI_A_REVIEW] = { N_("review"), N_("Review and change your answers") },
	[TUI_A_FORGET] = { N_("forget me"), N_("Finish and forget me: wipe every answer and start again for the next person") },
	[TUI_A_PRINT] = { N_("print"), N_("Print the plan on this terminal's printer (a second time, after asking)") },
	[TUI_A_RESUME] = { N_("I have a code"), N_("Type the resume code from your plan: your answers and your plan come back") },
	[TUI_A_REDRAW] = { N_("redraw"), N_("Redraw the screen") },
	[TUI_A_YES] = { N_("yes"), N_("Answer yes") },
	[TUI_A_NO] = { N_("no"), N_("Answer no") },
	[TUI_A_SWITCH] = { N_("switch"), N_("Move between the Yes and No buttons") },
	[TUI_A_ACCEPT] = { N_("done"), N_("Finish typing: search, or save under this name") },
	[TUI_A_CANCEL] = { N_("cancel"), N_("Stop typing and cancel") },
	[TUI_A_ERASE] = { N_("erase"), N_("Erase the character before the cursor") },
	[TUI_A_KILL] = { N_("clear"), N_("Erase everything typed") },
	[TUI_A_DELETE] = { N_("delete"), N_("Erase the character under the cursor") },
	[TUI_A_LEFT] = { N_("left"), N_("Move the cursor left") },
	[TUI_A_RIGHT] = { N_("right"), N_("Move the cursor right") },
	[TUI_A_JUMP] = { N_("jump"), N_("Jump to the item starting with that letter") },
	[TUI_A_TYPE] = { N_("type"), N_("Type text") },
	[TUI_A_CLICK] = { N_("click"), N_("Select; a click on the selected item chooses it") },
	[TUI_A_WHEEL_UP] = { N_("wheel up"), N_("Scroll up") },
	[TUI_A_WHEEL_DOWN] = { N_("wheel down"), N_("Scroll down") },
	/* The hint names the other language, in its own words (tui_action_name). */
	[TUI_A_LANG] = { "Cymraeg", N_("Switch between English and Welsh (Cymraeg): your answers, the screen and your place stay") },
};

const struct tui_binding tui_bindings[] = {
	/* Dialogs and prompts first: they take every key they know. */
	{ 'y', "y", TUI_A_YES, D },
	{ 'Y', "Y", TUI_A_YES, D },
	{ 'n', "n", TUI_A_NO, D },
	{ 'N', "N", TUI_A_NO, D },
	{ 27, "Esc", TUI_A_NO, D },
	{ '\r', "Enter", TUI_A_ENTER, D },
	{ '\n', "Enter", TUI_A_ENTER, D },
	{ FN(KEY_ENTER), "Enter", TUI_A_ENTER, D },
	{ '\t', "Tab", TUI_A_SWITCH, D },
	{ FN(KEY_BTAB), "Shift-Tab", TUI_A_SWITCH, D },
	{ FN(KEY_LEFT), "Left", TUI_A_SWITCH, D },
	{ FN(KEY_RIGHT), "Right", TUI_A_SWITCH, D },

	{ '\r', "Enter", TUI_A_ACCEPT, IN },
	{ '\n', "Enter", TUI_A_ACCEPT, IN },
	{ FN(KEY_ENTER), "Enter", TUI_A_ACCEPT, IN },
	{ 27, "Esc", TUI_A_CANCEL, IN },
	{ FN(KEY_BACKSPACE), "Backspace", TUI_A_ERASE, IN },
	{ 127, "Backspace", TUI_A_ERASE, IN },
	{ 8, "Ctrl-H", TUI_A_ERASE, IN },
	{ TUI_KEY_CTRL('u'), "Ctrl-U", TUI_A_KILL, IN },
	{ FN(KEY_DC), "Delete", TUI_A_DELETE, IN },
	{ FN(KEY_LEFT), "Left", TUI_A_LEFT, IN },
	{ FN(KEY_RIGHT), "Right", TUI_A_RIGHT, IN },
	{ FN(KEY_HOME), "Home", TUI_A_HOME, IN },
	{ TUI_KEY_CTRL('a'), "Ctrl-A", TUI_A_HOME, IN },
	{ FN(KEY_END), "End", TUI_A_END, IN },
	{ TUI_KEY_CTRL('e'), "Ctrl-E", TUI_A_END, IN },

	/* Everywhere else.  On a question ? explains it, as in plain mode. */
	{ '?', "?", TUI_A_EXPLAIN, Q },
	{ '?', "?", TUI_A_HELP, G },
	{ FN(KEY_F(1)), "F1", TUI_A_HELP, G },
	{ 'q', "q", TUI_A_QUIT, G },
	{ '/', "/", TUI_A_SEARCH, G },
	{ TUI_KEY_CTRL('l'), "Ctrl-L", TUI_A_REDRAW, G | D | IN },
	{ FN(KEY_F(2)), "F2", TUI_A_LANG, G },
	{ 'L', "L", TUI_A_LANG, G },

	{ FN(KEY_UP), "Up", TUI_A_UP, L | P },
	{ 'k', "k", TUI_A_UP, L | P },
	{ FN(KEY_DOWN), "Down", TUI_A_DOWN, L | P },
	{ 'j', "j", TUI_A_DOWN, L | P },
	{ FN(KEY_PPAGE), "PgUp", TUI_A_PGUP, L | P },
	{ 'b', "b", TUI_A_PGUP, P },
	{ FN(KEY_NPAGE), "PgDn", TUI_A_PGDN, L | P },
	{ ' ', N_("space"), TUI_A_PGDN, P },
	{ FN(KEY_HOME), "Home", TUI_A_HOME, L | P },
	{ 'g', "g", TUI_A_HOME, L | P },
	{ FN(KEY_END), "End", TUI_A_END, L | P },
	{ 'G', "G", TUI_A_END, L | P },

	{ '\r', "Enter", TUI_A_ENTER, NAV },
	{ '\n', "Enter", TUI_A_ENTER, NAV },
	{ FN(KEY_ENTER), "Enter", TUI_A_ENTER, NAV },
	{ 27, "Esc", TUI_A_BACK, NAV },
	{ FN(KEY_BACKSPACE), "Backspace", TUI_A_BACK, NAV },
	{ 127, "Backspace", TUI_A_BACK, NAV },
	{ 8, "Ctrl-H", TUI_A_BACK, NAV },
	{ FN(KEY_LEFT), "Left", TUI_A_BACK, NAV },
	{ '\t', "Tab", TUI_A_NEXT_PANE, NAV },
	{ FN(KEY_BTAB), "Shift-Tab", TUI_A_PREV_PANE, NAV },

	{ 'n', "n", TUI_A_NEXT_MATCH, F },
	{ 'N', "N", TUI_A_PREV_MATCH, F },
	{ 's', "s", TUI_A_SAVE, R },
	{ 'r', "r", TUI_A_REVIEW, R },
	{ 'f', "f", TUI_A_FORGET, R },
	{ 'p', "p", TUI_A_PRINT, PR },
	{ 'r', "r", TUI_A_RESUME, W },
};

const size_t tui_nbindings = sizeof tui_bindings / sizeof tui_bindings[0];

const struct tui_key_note tui_key_notes[] = {
	{ N_("a letter"), N_("Jump to the next item starting with that letter, unless the letter has a key of its own"), L },
	{ N_("a letter or /"), N_("In the qualification finder: type to narrow the list to the names holding what you type"), L },
	{ N_("typing"), N_("Add to the search, the file name or the code; the FAQ search updates as you type"), IN },
	{ N_("mouse click"), N_("Select an item; click it again to choose it (off with --no-mouse)"), L | P | D },
	{ N_("mouse wheel"), N_("Scroll the pane under the pointer"), L | P },
};

const size_t tui_nkey_notes = sizeof tui_key_notes / sizeof tui_key_notes[0];

const struct tui_ctx_words tui_ctx_words[] = {
	{ G, N_("Everywhere"), N_("everywhere") },
	{ G | D | IN, NULL, N_("everywhere") },
	{ NAV, N_("On every screen"), N_("every screen") },
	{ L | P, N_("Moving in lists and text"), N_("lists and text") },
	{ P, N_("In text (the pane scrolls)"), N_("text panes") },
	{ L, N_("In lists"), N_("lists") },
	{ F, N_("In the FAQ browser"), N_("FAQ") },
	{ W, N_("On the welcome screen"), N_("welcome screen") },
	{ Q, N_("On a question"), N_("questions") },
	{ R, N_("On the result"), N_("result") },
	{ PR, N_("On the result, with this terminal's printer"), N_("result, with a printer") },
	{ D, N_("In a yes/no question"), N_("yes/no questions") },
	{ IN, N_("While typing a search, a file name or a code"), N_("typing") },
	/* Only a key note (the mouse) has this one: no row of the help. */
	{ L | P | D, NULL, N_("everywhere") },
};

const size_t tui_nctx_words = sizeof tui_ctx_words / sizeof tui_ctx_words[0];

enum tui_action tui_keys_lookup(int key, unsigned ctx)
{
	/* A qualification's name may hold any letter: none is a command there. */
	if ((ctx & TUI_CTX_FILTER) && !TUI_KEY_IS_FN(key) && key >= 0x20 && key != 0x7f)
		return TUI_A_TYPE;
	for (size_t i = 0; i < tui_nbindings; i++)
		if (tui_bindings[i].key == key && (tui_bindings[i].ctx & ctx))
			return tui_bindings[i].action;
	return TUI_A_NONE;
}

const char *tui_keys_name(enum tui_action action, unsigned ctx)
{
	/* Not a key an earlier row takes for something else here (? on a
	 * question explains it, so the keys are F1 there). */
	for (size_t i = 0; i < tui_nbindings; i++)
		if (tui_bindings[i].action == action && (tui_bindings[i].ctx & ctx) &&
		    tui_keys_lookup(tui_bindings[i].key, ctx) == action)
			return tui_bindings[i].keyname;
	return NULL;
}

const char *tui_keys_ctx_name(unsigned ctx)
{
	for (size_t i = 0; i < tui_nctx_words; i++)
		if (tui_ctx_words[i].ctx == ctx)
			return _(tui_ctx_words[i].name);
	return _("some screens");
}

const char *tui_action_name(enum tui_action a)
{
	return a == TUI_A_LANG ? lang_name(lang_other(lang_current())) : _(tui_actions[a].name);
}
