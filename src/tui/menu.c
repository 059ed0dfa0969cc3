/* tui/menu: the welcome screen and main menu. */
#include "tui.h"

enum menu_item { M_CHECK, M_FAQ, M_LEVELS, M_ROUTES, M_CONTACTS, M_ABOUT, M_HELP, M_QUIT, M_COUNT };

/* Each item says in a line what it leads to: the menu explains itself, and
 * nothing on it changes as the highlight moves. */
static const struct {
	const char *label, *about;
} items[M_COUNT] = {
	[M_CHECK] = { "Check my eligibility", "Can you apply now, and by which route?" },
	[M_FAQ] = { "Browse the FAQ", "Questions and answers about the PQiP" },
	[M_LEVELS] = { "Qualification levels", "What each level means, with examples" },
	[M_ROUTES] = { "Routes and qualifications", "Every route, its steps and how long each takes" },
	[M_CONTACTS] = { "Contacts", "Whom to ask, with email and telephone" },
	[M_ABOUT] = { "About this advisor", "Where the advice comes from; your privacy" },
	[M_HELP] = { "Help: the keys", "Every key on every screen" },
	[M_QUIT] = { "Quit", "Leave; your answers are forgotten" },
};

unsigned menu_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->menu, 0);
}

/* Where the eligibility check stands, for someone coming back to the menu. */
static const char *resume_hint(const struct tui *t)
{
	size_t answered = 0;
	for (size_t i = 0; i < t->s->nanswers; i++)
		answered += t->s->answers[i] >= 0;
	if (answered == 0)
		return NULL;
	return t->rp.next == RULES_NONE
	               ? "You have answered every question: Check my eligibility shows your result."
	               : "You have begun: Check my eligibility lets you carry on where you left off.";
}

static void build(struct tui *t)
{
	struct tui_split *v = &t->menu;
	int sel = v->built ? pane_sel_id(&v->main) : M_CHECK;
	pane_clear(&v->main);
	pane_add(&v->main, PANE_HEADING, -1, 0, NULL, "Welcome");
	pane_add(&v->main, PANE_TEXT, -1, 0, NULL,
	         "Can you train as a Probation Officer? In a few minutes this advisor tells you "
	         "whether you can apply for the Professional Qualification in Probation (PQiP) now, "
	         "and if not, the shortest realistic route there. Every question is explained, and "
	         "you can go back, review and change your answers at any time.");
	pane_add(&v->main, PANE_TEXT, -1, 0, NULL, "");
	for (int i = 0; i < M_COUNT; i++)
		if (i != M_QUIT || !t->kiosk)
			pane_aside(&v->main, pane_add(&v->main, PANE_TEXT, i, 2, NULL, items[i].label), items[i].about);
	pane_add(&v->main, PANE_TEXT, -1, 0, NULL, "");
	const char *hint = resume_hint(t);
	if (hint)
		pane_add(&v->main, PANE_HEADING, -1, 0, NULL, hint);
	pane_add(&v->main, PANE_DIM, -1, 0, NULL,
	         "Use the arrow keys and Enter. Press / on any screen to search the FAQ, and ? for help "
	         "with the keys.");
	pane_select_id(&v->main, sel >= 0 ? sel : M_CHECK);
	v->built = true;
	v->gen = t->gen;
}

void menu_layout(struct tui *t)
{
	struct tui_split *v = &t->menu;
	/* Rebuilt only when the answers change: the resume line follows them. */
	if (!v->built || v->gen != t->gen)
		build(t);
	tui_layout_split(t, TUI_MENU, v);
}

void menu_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT, TUI_A_NONE };
	tui_draw_split(t, TUI_MENU, &t->menu, "Main menu", NULL, hints, f);
}

static enum tui_reaction choose(struct tui *t, int id)
{
	switch (id) {
	case M_CHECK: wizard_open(t); break;
	case M_FAQ: faq_open(t, -1, false); break;
	case M_LEVELS: tui_push(t, TUI_LEVELS); break;
	case M_ROUTES: tui_push(t, TUI_ROUTES); break;
	case M_CONTACTS: tui_push(t, TUI_CONTACTS); break;
	case M_ABOUT: tui_push(t, TUI_ABOUT); break;
	case M_HELP: tui_push(t, TUI_HELP); break;
	case M_QUIT: return confirm_quit(t);
	default: return TUI_R_NONE;
	}
	return TUI_R_REDRAW;
}

enum tui_reaction menu_key(struct tui *t, enum tui_action a)
{
	bool chosen;
	if (a == TUI_A_ENTER)
		return choose(t, pane_sel_id(&t->menu.main));
	enum tui_reaction r = tui_split_key(t, TUI_MENU, &t->menu, a, &chosen);
	return chosen ? choose(t, pane_sel_id(&t->menu.main)) : r;
}
