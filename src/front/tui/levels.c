/* tui/levels: the qualification levels, with examples of each. */
#include "tui.h"

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	const char *intro = content_levels_intro(t->c);
	if (intro) {
		pane_text(p, PANE_TEXT, intro);
		pane_gap(p);
	}
	for (size_t i = 0; i < content_nlevels(t->c); i++)
		pane_add(p, PANE_TEXT, PANE_ITEM((int)i), 2, NULL, content_level(t->c, i)->name);
	pane_select(p, 0);
}

void levels_examples(const struct tui *t, struct pane *p, const struct content_level *lv)
{
	if (lv->nexamples) {
		pane_gap(p);
		pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL, "%s in the PQiP documents", lv->name);
		for (size_t i = 0; i < lv->nexamples; i++)
			pane_add(p, PANE_TEXT, PANE_NONE, 0, "- ", lv->examples[i]);
	}
	struct content_levels_guide g = content_levels_guide(t->c);
	if (!lv->nguide_examples || !g.source)
		return;
	pane_gap(p);
	pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL, "From the %s", g.source->title);
	for (size_t i = 0; i < lv->nguide_examples; i++)
		pane_add(p, PANE_TEXT, PANE_NONE, 0, "- ", lv->guide_examples[i]);
	pane_text(p, PANE_DIM, g.caveats);
}

static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	const struct content_level *lv = content_level(t->c, (size_t)sel.index);
	pane_text(&v->side, PANE_HEADING, lv->name);
	pane_text(&v->side, PANE_TEXT, lv->summary);
	levels_examples(t, &v->side, lv);
}

const struct tui_screen_ops levels_screen = {
	.name = "levels", .title = "Qualification levels", .side_title = "About this level",
	.hints = tui_browse_hints,
	.side_share = 55, .side_wide = true, .fit_main = true,
	.build = build, .build_side = build_side,
};
