/* tui/finder: the qualification finder: pick what you hold, see its level. */
#include <stdio.h>

#include "tui.h"

/* Item ids: a level (and an example of it), or one of these. */
#define F_LEVEL(l, e) ((l) * 256 + (e))
#define F_WHOLE 255
enum { F_UNKNOWN = 1 << 24, F_BACK };

static const struct content_question *question(const struct tui *t)
{
	return content_question(t->c, (size_t)t->wiz.q);
}

void finder_open(struct tui *t)
{
	t->finder.built = false;
	t->finder.focus = 0;
	tui_push(t, TUI_FINDER);
}

unsigned finder_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->finder, 0);
}

static void build(struct tui *t)
{
	struct pane *p = &t->finder.main;
	pane_clear(p);
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "Pick the qualification you hold to see its level, then press Enter to take that level as "
	         "your answer.");
	for (size_t l = 0; l < content_nlevels(t->c); l++) {
		const struct content_level *lv = content_level(t->c, l);
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_HEADING, F_LEVEL((int)l, F_WHOLE), 0, NULL, lv->name);
		for (size_t e = 0; e < lv->nexamples && e < F_WHOLE; e++)
			pane_add(p, PANE_TEXT, F_LEVEL((int)l, (int)e), 2, "- ", lv->examples[e]);
	}
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	if (question(t)->unsure >= 0)
		pane_add(p, PANE_LINK, F_UNKNOWN, 0, NULL, "None of these: I still don't know my level");
	pane_add(p, PANE_LINK, F_BACK, 0, NULL, "Back to the question");
	pane_select(p, 0);
	t->finder.built = true;
	t->finder.side_for = -1;
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->finder.side;
	pane_clear(p);
	if (id == F_UNKNOWN) {
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Still don't know");
		pane_addf(p, PANE_TEXT, -1, 0, NULL,
		          "Enter takes \"%s\" as your answer. Your result will tell you how to find out the level: "
		          "the body that awarded your qualification, or one of the approved universities, can tell "
		          "you.", question(t)->options[question(t)->unsure].label);
		return;
	}
	if (id == F_BACK || id < 0) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "Back to the question without answering.");
		return;
	}
	size_t l = (size_t)(id / 256);
	if (l >= content_nlevels(t->c))
		return;
	const struct content_level *lv = content_level(t->c, l);
	int e = id % 256;
	if (e != F_WHOLE && (size_t)e < lv->nexamples)
		pane_addf(p, PANE_HEADING, -1, 0, NULL, "%s: %s", lv->examples[e], lv->name);
	else
		pane_add(p, PANE_HEADING, -1, 0, NULL, lv->name);
	pane_add(p, PANE_TEXT, -1, 0, NULL, lv->summary);
	int o = lv->option;
	if (o >= 0) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_addf(p, PANE_MET, -1, 0, NULL, "Enter takes \"%s\" as your answer.", question(t)->options[o].label);
	}
	if (lv->nexamples) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_addf(p, PANE_HEADING, -1, 0, NULL, "Examples at %s", lv->name);
		for (size_t i = 0; i < lv->nexamples; i++)
			pane_add(p, PANE_TEXT, -1, 0, "- ", lv->examples[i]);
	}
}

void finder_layout(struct tui *t)
{
	tui_layout_browse(t, TUI_FINDER, &t->finder, build, build_side);
}

void finder_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_NEXT_PANE, TUI_A_HELP,
	                                         TUI_A_NONE };
	tui_draw_split(t, TUI_FINDER, &t->finder, "Qualification finder", "Its level", hints, f);
}

static enum tui_reaction choose(struct tui *t, int id)
{
	int q = t->wiz.q, o = -1;
	if (id == F_BACK) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	if (id == F_UNKNOWN)
		o = question(t)->unsure;
	else if (id >= 0 && (size_t)(id / 256) < content_nlevels(t->c))
		o = content_level(t->c, (size_t)(id / 256))->option;
	if (o < 0) {
		tui_message(t, "That is not one of this question's answers: choose on the question screen.");
		return TUI_R_REDRAW;
	}
	tui_pop(t);
	wizard_answer(t, q, o);
	return TUI_R_REDRAW;
}

enum tui_reaction finder_key(struct tui *t, enum tui_action a)
{
	struct tui_split *v = &t->finder;
	bool chosen;
	switch (a) {
	case TUI_A_ENTER:
		if (v->focus != 0) {
			v->focus = 0;
			return TUI_R_REDRAW;
		}
		return choose(t, pane_sel_id(&v->main));
	case TUI_A_BACK:
		if (v->focus != 0)
			v->focus = 0;
		else
			tui_pop(t);
		return TUI_R_REDRAW;
	default: {
		enum tui_reaction r = tui_split_key(t, TUI_FINDER, v, a, &chosen);
		return chosen ? choose(t, pane_sel_id(&v->main)) : r;
	}
	}
}
