/* tui/about: where the advice comes from, how old its rules are, and privacy. */
#include <time.h>

#include "tui.h"

#ifndef PA_VERSION
#define PA_VERSION "?"
#endif

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	pane_text(p, PANE_HEADING, content_title(t->c));
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         "This advisor tells you whether you can apply for Probation Officer training (the "
	         "Professional Qualification in Probation, PQiP) now, which route you would likely be placed "
	         "on, and if not, the shortest realistic route there. It gives general guidance from the "
	         "documents below: the route and its length are decided when your previous study is "
	         "assessed, and where the documents are silent it says so and tells you whom to ask. "
	         "Suggestions of the advisor's own are marked as such.");
	/* The review date, its warning and the sources, as every result has them. */
	pane_add_doc(p, plan_about(t->c, session_now(t->s)), true);
	pane_addf(p, PANE_TEXT, PANE_NONE, 0, NULL, "Content: %s", content_origin(t->c));
	pane_addf(p, PANE_TEXT, PANE_NONE, 0, NULL, "Program: probation-advisor %s", PA_VERSION);
	pane_heading(p, "Your answers");
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         "Your answers are kept in memory only, and forgotten when you start again or quit. Nothing "
	         "is written to disk unless you save your plan. The advisor never uses the network and never "
	         "asks about convictions.");
}

static const enum tui_action hints[] = { TUI_A_PGDN, TUI_A_BACK, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                 TUI_A_NONE };

const struct tui_screen_ops about_screen = {
	.name = "about", .title = "About", .hints = hints,
	.build = build,
};
