/* tui/menu: the welcome screen and main menu. */
#include "lang.h"
#include "tui.h"

enum menu_item { M_CHECK, M_FAQ, M_RESUME, M_LEVELS, M_ROUTES, M_CONTACTS, M_ABOUT, M_HELP, M_QUIT, M_COUNT };

/* Each item says in a line what it leads to: the menu explains itself, and
 * nothing on it changes as the highlight moves. */
static const struct {
	const char *label, *about;
} items[M_COUNT] = {
	[M_CHECK] = { N_("Check my eligibility"), N_("Can you apply now, and by which route?") },
	[M_FAQ] = { N_("Browse the FAQ"), N_("Questions and answers about the PQiP") },
	[M_RESUME] = { N_("I have a code"), N_("Bring back your plan with its resume code") },
	[M_LEVELS] = { N_("Qualification levels"), N_("What each level means, with examples") },
	[M_ROUTES] = { N_("Routes and qualifications"), N_("Every route, its steps and how long each takes") },
	[M_CONTACTS] = { N_("Contacts"), N_("Whom to ask, with email and telephone") },
	[M_ABOUT] = { N_("About this advisor"), N_("Where the advice comes from; your privacy") },
	[M_HELP] = { N_("Help: the keys"), N_("Every key on every screen") },
	[M_QUIT] = { N_("Quit"), N_("Leave; your answers are forgotten") },
};

/* Where the eligibility check stands, for someone coming back to the menu. */
static const char *resume_hint(const struct tui *t)
{
	size_t answered = 0;
	for (size_t i = 0; i < t->s->nanswers; i++)
		answered += t->s->answers[i] >= 0;
	if (answered == 0)
		return NULL;
	return t->rp.next == RULES_NONE
	               ? _("You have answered every question: Check my eligibility shows your result.")
	               : _("You have begun: Check my eligibility lets you carry on where you left off.");
}

/* Built again when the answers change: the resume line follows them. */
static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	pane_text(p, PANE_HEADING, _("Welcome"));
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         _("Can you train as a Probation Officer? In a few minutes this advisor tells you "
	           "whether you can apply for the Professional Qualification in Probation (PQiP) now, "
	           "and if not, the shortest realistic route there. Every question is explained, and "
	           "you can go back, review and change your answers at any time."));
	pane_gap(p);
	for (int i = 0; i < M_COUNT; i++)
		if (i != M_QUIT || !t->kiosk)
			pane_aside(p, pane_add(p, PANE_TEXT, PANE_ITEM(i), 2, NULL, _(items[i].label)), _(items[i].about));
	pane_gap(p);
	const char *hint = resume_hint(t);
	if (hint)
		pane_text(p, PANE_HEADING, hint);
	pane_add(p, PANE_DIM, PANE_NONE, 0, NULL,
	         _("Use the arrow keys and Enter. Press / on any screen to search the FAQ, and ? for help "
	           "with the keys."));
	pane_select_ref(p, PANE_ITEM(M_CHECK));
}

static enum tui_reaction carry_on(struct tui *t, void *ctx)
{
	(void)ctx;
	wizard_open(t);
	return TUI_R_REDRAW;
}

static enum tui_reaction afresh(struct tui *t, void *ctx)
{
	(void)ctx;
	wizard_restart(t);
	return TUI_R_REDRAW;
}

/* At a kiosk the answers on the way may be the last person's: ask, and
 * start afresh unless they say they are theirs. */
static void check(struct tui *t)
{
	if (!t->kiosk || !resume_hint(t)) {
		wizard_open(t);
		return;
	}
	confirm_open(t, _("There are answers on this terminal from earlier. Are they yours? Yes carries on with "
	                  "them; No forgets them and starts afresh."),
	             false, carry_on, afresh, NULL);
}

static enum tui_reaction choose(struct tui *t, struct tui_view *v, struct pane_ref item)
{
	(void)v;
	static const enum tui_screen shows[M_COUNT] = {
		[M_LEVELS] = TUI_LEVELS, [M_ROUTES] = TUI_ROUTES, [M_CONTACTS] = TUI_CONTACTS,
		[M_ABOUT] = TUI_ABOUT,   [M_HELP] = TUI_HELP,
	};
	switch (item.index) {
	case M_CHECK: check(t); break;
	case M_RESUME: code_open(t); break;
	case M_FAQ: faq_open(t, -1, false); break;
	case M_QUIT: return confirm_quit(t);
	case M_LEVELS: case M_ROUTES: case M_CONTACTS: case M_ABOUT: case M_HELP:
		tui_open(t, shows[item.index]);
		break;
	default: return TUI_R_NONE;
	}
	return TUI_R_REDRAW;
}

/* Back on the menu goes nowhere: it is the bottom of the stack; r is
 * "I have a code". */
static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	if (a == TUI_A_RESUME) {
		code_open(t);
		return TUI_R_REDRAW;
	}
	return a == TUI_A_BACK ? TUI_R_NONE : tui_view_key(t, v, a);
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT, TUI_A_LANG,
	                                 TUI_A_NONE };

const struct tui_screen_ops menu_screen = {
	.name = "menu", .title = N_("Main menu"), .hints = hints, .ctx = TUI_CTX_WELCOME,
	.answers = true,
	.build = build, .key = key, .choose = choose,
};
