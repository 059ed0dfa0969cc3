/* tui/levels: the qualification levels, with examples of each. */
#include "tui.h"

unsigned levels_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->levels, 0);
}

static void build(struct tui *t)
{
	struct pane *p = &t->levels.main;
	pane_clear(p);
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "Levels of the Regulated Qualifications Framework (RQF). The PQiP needs Level 5 or above, "
	         "in any subject.");
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	for (size_t i = 0; i < content_nlevels(t->c); i++)
		pane_add(p, PANE_TEXT, (int)i, 2, NULL, content_level(t->c, i)->name);
	pane_select(p, 0);
	t->levels.built = true;
	t->levels.side_for = -1;
}

void levels_examples(const struct tui *t, struct pane *p, const struct content_level *lv)
{
	if (lv->nexamples) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_addf(p, PANE_HEADING, -1, 0, NULL, "%s in the PQiP documents", lv->name);
		for (size_t i = 0; i < lv->nexamples; i++)
			pane_add(p, PANE_TEXT, -1, 0, "- ", lv->examples[i]);
	}
	struct content_levels_guide g = content_levels_guide(t->c);
	if (!lv->nguide_examples || !g.source)
		return;
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_addf(p, PANE_HEADING, -1, 0, NULL, "From the %s", g.source->title);
	for (size_t i = 0; i < lv->nguide_examples; i++)
		pane_add(p, PANE_TEXT, -1, 0, "- ", lv->guide_examples[i]);
	pane_add(p, PANE_DIM, -1, 0, NULL, g.caveats);
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->levels.side;
	pane_clear(p);
	if (id < 0)
		return;
	const struct content_level *lv = content_level(t->c, (size_t)id);
	pane_add(p, PANE_HEADING, -1, 0, NULL, lv->name);
	pane_add(p, PANE_TEXT, -1, 0, NULL, lv->summary);
	levels_examples(t, p, lv);
}

void levels_layout(struct tui *t)
{
	tui_layout_browse(t, TUI_LEVELS, &t->levels, build, build_side);
}

void levels_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_NEXT_PANE, TUI_A_BACK, TUI_A_HELP, TUI_A_QUIT,
	                                         TUI_A_NONE };
	tui_draw_split(t, TUI_LEVELS, &t->levels, "Qualification levels", "About this level", hints, f);
}

enum tui_reaction levels_key(struct tui *t, enum tui_action a)
{
	return tui_browse_key(t, TUI_LEVELS, &t->levels, a);
}
