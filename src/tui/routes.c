/* tui/routes: every route to the PQiP the content knows, with its steps. */
#include "tui.h"

unsigned routes_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->routes, 0);
}

static void build(struct tui *t)
{
	struct pane *p = &t->routes.main;
	pane_clear(p);
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "Every route this advisor knows. Check your eligibility to find the one that fits you.");
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	for (size_t i = 0; i < content_noutcomes(t->c); i++)
		pane_add(p, PANE_TEXT, (int)i, 2, NULL, content_outcome(t->c, i)->headline);
	pane_select(p, 0);
	t->routes.built = true;
	t->routes.side_for = -1;
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->routes.side;
	pane_clear(p);
	struct plan *doc = id >= 0 ? plan_route(t->c, (size_t)id) : NULL;
	if (doc)
		pane_add_plan(p, doc, true);
	plan_free(doc);
}

void routes_layout(struct tui *t)
{
	tui_layout_browse(t, TUI_ROUTES, &t->routes, build, build_side);
}

void routes_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_NEXT_PANE, TUI_A_BACK, TUI_A_HELP, TUI_A_QUIT,
	                                         TUI_A_NONE };
	tui_draw_split(t, TUI_ROUTES, &t->routes, "Routes and qualifications", "This route", hints, f);
}

enum tui_reaction routes_key(struct tui *t, enum tui_action a)
{
	return tui_browse_key(t, TUI_ROUTES, &t->routes, a);
}
