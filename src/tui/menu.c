/* tui/menu: the welcome screen and main menu. */
#include "tui.h"

enum menu_item { M_CHECK, M_FAQ, M_LEVELS, M_ROUTES, M_CONTACTS, M_ABOUT, M_HELP, M_QUIT, M_COUNT };

static const struct {
	const char *label, *about;
} items[M_COUNT] = {
	[M_CHECK] = { "Check my eligibility",
	              "Answer a few questions, one at a time, to find out whether you can apply for "
	              "Probation Officer training (the PQiP) now, which route you would likely take, and "
	              "if not, the shortest realistic way there: what to do first, how long each step "
	              "takes, why, and whom to contact.\n\nEvery question has an explanation, and you can "
	              "go back, review and change your answers at any time." },
	[M_FAQ] = { "Browse the FAQ",
	            "Questions and answers about the PQiP: entry requirements, route lengths, knowledge "
	            "modules, security clearance, access routes, recruitment, contracts and more.\n\n"
	            "Press / on any screen to search every question and answer." },
	[M_LEVELS] = { "Qualification levels",
	               "What each level of the Regulated Qualifications Framework means, with examples of "
	               "qualifications at each level." },
	[M_ROUTES] = { "Routes and qualifications",
	               "Every route to the PQiP this advisor knows, with its steps and how long each "
	               "takes." },
	[M_CONTACTS] = { "Contacts",
	                 "Whom to ask: Recruitment Queries and the approved university providers, with "
	                 "email addresses and telephone numbers." },
	[M_ABOUT] = { "About this advisor",
	              "Where the advice comes from, when its rules were last reviewed, and what happens "
	              "to your answers." },
	[M_HELP] = { "Help: the keys",
	             "Every key this program knows, on every screen. Press ? or F1 at any time." },
	[M_QUIT] = { "Quit", "Leave the advisor. Your answers are forgotten." },
};

unsigned menu_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->menu, 0);
}

static void build(struct tui *t)
{
	struct tui_split *v = &t->menu;
	pane_clear(&v->main);
	pane_add(&v->main, PANE_HEADING, -1, 0, NULL, "Welcome");
	pane_add(&v->main, PANE_TEXT, -1, 0, NULL,
	         "Can you train as a Probation Officer? In a few minutes this advisor tells you "
	         "whether you can apply for the Professional Qualification in Probation (PQiP) now, "
	         "and if not, the shortest realistic route there.");
	pane_add(&v->main, PANE_TEXT, -1, 0, NULL, "");
	for (int i = 0; i < M_COUNT; i++)
		if (i != M_QUIT || !t->kiosk)
			pane_add(&v->main, PANE_TEXT, i, 2, NULL, items[i].label);
	pane_add(&v->main, PANE_TEXT, -1, 0, NULL, "");
	pane_add(&v->main, PANE_DIM, -1, 0, NULL,
	         "Use the arrow keys and Enter. Press ? for help with the keys.");
	pane_select_id(&v->main, M_CHECK);
	v->built = true;
	v->side_for = -1;
}

void menu_layout(struct tui *t)
{
	struct tui_split *v = &t->menu;
	if (!v->built)
		build(t);
	int id = pane_sel_id(&v->main);
	if (id != v->side_for || v->gen != t->gen) {
		pane_clear(&v->side);
		if (id >= 0 && id < M_COUNT) {
			pane_add(&v->side, PANE_TEXT, -1, 0, NULL, items[id].about);
			size_t answered = 0;
			for (size_t i = 0; i < t->s->nanswers; i++)
				answered += t->s->answers[i] >= 0;
			if (id == M_CHECK && answered > 0) {
				pane_add(&v->side, PANE_TEXT, -1, 0, NULL, "");
				pane_add(&v->side, PANE_HEADING, -1, 0, NULL,
				         t->rp.next == RULES_NONE ? "You have answered every question: Enter shows your result."
				                                 : "You will carry on where you left off.");
			}
		}
		v->side_for = id;
		v->gen = t->gen;
	}
	tui_layout_split(t, TUI_MENU, v);
}

void menu_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_NEXT_PANE, TUI_A_SEARCH, TUI_A_HELP,
	                                         TUI_A_QUIT, TUI_A_NONE };
	tui_draw_split(t, TUI_MENU, &t->menu, "Main menu", "About this choice", hints, f);
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
	struct tui_split *v = &t->menu;
	bool chosen;
	switch (a) {
	case TUI_A_ENTER:
		if (v->focus != 0) {
			v->focus = 0;
			return TUI_R_REDRAW;
		}
		return choose(t, pane_sel_id(&v->main));
	case TUI_A_BACK:
		if (v->focus != 0) {
			v->focus = 0;
			return TUI_R_REDRAW;
		}
		return TUI_R_NONE;
	default: {
		enum tui_reaction r = tui_split_key(t, TUI_MENU, v, a, &chosen);
		return chosen ? choose(t, pane_sel_id(&v->main)) : r;
	}
	}
}
