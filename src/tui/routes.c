/* tui/routes: every route to the PQiP the content knows, with its steps. */
#include <stdio.h>

#include "tui.h"

unsigned routes_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->routes, 0);
}

static const char *route_name(const struct content_outcome *o)
{
	return o->route ? o->route : o->headline;
}

static void build(struct tui *t)
{
	struct pane *p = &t->routes.main;
	pane_clear(p);
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "Every route this advisor knows. Check your eligibility to find the one that fits you.");
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	for (size_t i = 0; i < content_noutcomes(t->c); i++)
		pane_add(p, PANE_TEXT, (int)i, 2, NULL, route_name(content_outcome(t->c, i)));
	pane_select(p, 0);
	t->routes.built = true;
	t->routes.side_for = -1;
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->routes.side;
	char buf[128], num[32];
	pane_clear(p);
	if (id < 0)
		return;
	const struct content_outcome *o = content_outcome(t->c, (size_t)id);
	pane_add(p, PANE_HEADING, -1, 0, NULL, route_name(o));
	pane_add(p, PANE_DIM, -1, 0, NULL, "A person on this route is told:");
	pane_add(p, PANE_TEXT, -1, 0, NULL, o->headline);
	pane_add(p, PANE_TEXT, -1, 0, NULL, o->summary);
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_HEADING, -1, 0, NULL, "Steps");
	for (size_t i = 0; i < o->nsteps; i++) {
		const struct content_step *s = &o->steps[i];
		snprintf(num, sizeof num, "%zu. ", i + 1);
		pane_add(p, PANE_TEXT, -1, 0, num, s->text);
		if (s->suggestion)
			pane_add(p, PANE_DIM, -1, 3, NULL, PLAN_SUGGESTION_NOTE);
		if (s->untimed && s->when)
			pane_add(p, PANE_DIM, -1, 3, NULL, "(only for some people)");
		else if (!s->untimed)
			pane_addf(p, PANE_DIM, -1, 3, NULL, "Time: %s%s", plan_step_time(s, buf, sizeof buf),
			          s->when ? " (only for some people)" : "");
	}
	if (o->nfaq) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Related questions in the FAQ");
		for (size_t i = 0; i < o->nfaq; i++) {
			int f = content_faq_index(t->c, o->faq[i]);
			if (f >= 0)
				pane_add(p, PANE_TEXT, -1, 0, "- ", content_faq(t->c, (size_t)f)->question);
		}
	}
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
