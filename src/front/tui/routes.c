/* tui/routes: every route to the PQiP the content knows, with its steps. */
#include "tui.h"

static const char *route_name(const struct content_outcome *o)
{
	return o->route ? o->route : o->headline;
}

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         "Every route this advisor knows. Check your eligibility to find the one that fits you.");
	pane_gap(p);
	for (size_t i = 0; i < content_noutcomes(t->c); i++)
		pane_add(p, PANE_TEXT, PANE_ITEM((int)i), 2, NULL, route_name(content_outcome(t->c, i)));
	pane_select(p, 0);
}

/* The route's steps, all of them, as a result shows its own. */
static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	pane_text(&v->side, PANE_HEADING, route_name(content_outcome(t->c, (size_t)sel.index)));
	pane_text(&v->side, PANE_DIM, "A person on this route is told:");
	pane_add_doc(&v->side, plan_route(t->c, (size_t)sel.index), true);
}

const struct tui_screen_ops routes_screen = {
	.name = "routes", .title = "Routes and qualifications", .side_title = "This route", .hints = tui_browse_hints,
	.side_share = 60, .side_wide = true, .fit_main = true,
	.build = build, .build_side = build_side,
};
