/* tui/finder: the qualification finder: pick what you hold, see its level. */
#include <stdio.h>

#include "tui.h"

/* What the items stand for: a level (the part is one of its examples, or
 * -1 for its name), the question's unsure answer, or going back. */
enum { F_LEVEL, F_UNSURE, F_BACK };

struct finder {
	int q;               /* the question the finder answers */
};

static const struct content_question *question(const struct tui *t)
{
	const struct finder *f = t->views[TUI_FINDER].priv;
	return content_question(t->c, (size_t)f->q);
}

void finder_open(struct tui *t, int q)
{
	((struct finder *)tui_open_new(t, TUI_FINDER)->priv)->q = q;
}

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         "Pick the qualification you hold to see its level, then press Enter to take that level as "
	         "your answer.");
	for (size_t l = 0; l < content_nlevels(t->c); l++) {
		const struct content_level *lv = content_level(t->c, l);
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, "");
		pane_add(p, PANE_HEADING, PANE_REF(F_LEVEL, (int)l), 0, NULL, lv->name);
		for (size_t e = 0; e < lv->nexamples; e++)
			pane_add(p, PANE_TEXT, ((struct pane_ref){ F_LEVEL, (int)l, (int)e }), 2, "- ", lv->examples[e]);
	}
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, "");
	if (question(t)->unsure >= 0)
		pane_add(p, PANE_LINK, PANE_REF(F_UNSURE, 0), 0, NULL, "None of these: I still don't know my level");
	pane_add(p, PANE_LINK, PANE_REF(F_BACK, 0), 0, NULL, "Back to the question");
	pane_select(p, 0);
}

static void level_side(struct tui *t, struct pane *p, struct pane_ref sel)
{
	const struct content_level *lv = content_level(t->c, (size_t)sel.index);
	if (sel.part >= 0)
		pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL, "%s: %s", lv->examples[sel.part], lv->name);
	else
		pane_add(p, PANE_HEADING, PANE_NONE, 0, NULL, lv->name);
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, lv->summary);
	if (lv->option >= 0) {
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, "");
		pane_addf(p, PANE_MET, PANE_NONE, 0, NULL, "Enter takes \"%s\" as your answer.",
		          question(t)->options[lv->option].label);
	}
	if (lv->nexamples) {
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, "");
		pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL, "Examples at %s", lv->name);
		for (size_t i = 0; i < lv->nexamples; i++)
			pane_add(p, PANE_TEXT, PANE_NONE, 0, "- ", lv->examples[i]);
	}
}

static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	struct pane *p = &v->side;
	const struct content_question *q = question(t);
	if (sel.kind == F_LEVEL) {
		level_side(t, p, sel);
	} else if (sel.kind == F_UNSURE) {
		pane_add(p, PANE_HEADING, PANE_NONE, 0, NULL, "Still don't know");
		pane_addf(p, PANE_TEXT, PANE_NONE, 0, NULL,
		          "Enter takes \"%s\" as your answer. Your result will tell you how to find out the level: "
		          "the body that awarded your qualification, or one of the approved universities, can tell "
		          "you.", q->options[q->unsure].label);
	} else {
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, "Back to the question without answering.");
	}
}

static enum tui_reaction choose(struct tui *t, struct tui_view *v, struct pane_ref item)
{
	int q = ((struct finder *)v->priv)->q, o = -1;
	if (item.kind == F_BACK) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	if (item.kind == F_UNSURE)
		o = question(t)->unsure;
	else if (item.kind == F_LEVEL)
		o = content_level(t->c, (size_t)item.index)->option;
	if (o < 0) {
		tui_message(t, "That is not one of this question's answers: choose on the question screen.");
		return TUI_R_REDRAW;
	}
	tui_pop(t);
	wizard_answer(t, q, o);
	return TUI_R_REDRAW;
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_NEXT_PANE, TUI_A_HELP, TUI_A_NONE };

const struct tui_screen_ops finder_screen = {
	.name = "finder", .private_size = sizeof(struct finder), .title = "Qualification finder",
	.side_title = "Its level", .hints = hints,
	.side_share = 35, .side_wide = true, .fit_main = true,
	.build = build, .build_side = build_side, .choose = choose,
};
