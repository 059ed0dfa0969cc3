/* tui/finder: the qualification finder: pick what you hold, see its level.
 * Typing narrows the list to the qualifications whose names hold what was
 * typed, as the FAQ search does; the further examples of the general guide
 * to qualification levels are labelled with it, beside the documents' own. */
#include <stdio.h>

#include "text.h"
#include "tui.h"

/* Item ids: a level (and an example of it: the documents' own first, then
 * the guide's), or one of these. */
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
	t->finder_find = (struct tui_find){ "", 0, false };
	tui_push(t, TUI_FINDER);
}

unsigned finder_ctx(const struct tui *t)
{
	if (t->finder_find.typing)
		return TUI_CTX_PROMPT;
	return tui_split_ctx(&t->finder, 0);
}

/* Example e of a level: the documents' own, then the guide's; NULL past both. */
static const char *example(const struct content_level *lv, size_t e, bool *guide)
{
	*guide = e >= lv->nexamples;
	if (!*guide)
		return lv->examples[e];
	return e - lv->nexamples < lv->nguide_examples ? lv->guide_examples[e - lv->nexamples] : NULL;
}

/* The level and those of its examples that hold the query; false if none.
 * *first gets the first example's id, if it has none yet. */
static bool add_level(struct tui *t, struct pane *p, size_t l, const char *query, int *first)
{
	const struct content_level *lv = content_level(t->c, l);
	bool all = text_find(lv->name, query) != NULL, shown = false, guide;
	const char *ex;
	for (size_t e = 0; e < F_WHOLE && (ex = example(lv, e, &guide)); e++) {
		if (!all && !text_find(ex, query))
			continue;
		if (!shown) {
			pane_add(p, PANE_TEXT, -1, 0, NULL, "");
			pane_add(p, PANE_HEADING, F_LEVEL((int)l, F_WHOLE), 0, NULL, lv->name);
		}
		shown = true;
		if (*first < 0)
			*first = F_LEVEL((int)l, (int)e);
		if (guide)
			pane_addf(p, PANE_TEXT, F_LEVEL((int)l, (int)e), 2, "- ", "%s (general guide)", ex);
		else
			pane_add(p, PANE_TEXT, F_LEVEL((int)l, (int)e), 2, "- ", ex);
	}
	if (all && !shown) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_HEADING, F_LEVEL((int)l, F_WHOLE), 0, NULL, lv->name);
	}
	return all || shown;
}

static void build(struct tui *t)
{
	struct pane *p = &t->finder.main;
	const struct tui_find *find = &t->finder_find;
	pane_clear(p);
	if (find->qlen)
		pane_addf(p, PANE_TEXT, -1, 0, NULL, "Qualifications holding \"%s\" (Esc shows them all):", find->query);
	else
		pane_add(p, PANE_TEXT, -1, 0, NULL,
		         "Type part of a name (\"hnc\", \"btec\", \"nvq\") to narrow the list, or pick the "
		         "qualification you hold to see its level; Enter takes that level as your answer.");
	bool any = false;
	int first = -1;
	for (size_t l = 0; l < content_nlevels(t->c); l++)
		any |= add_level(t, p, l, find->query, &first);
	if (!any)
		pane_addf(p, PANE_TEXT, -1, 0, NULL, "Nothing here holds \"%s\".", find->query);
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_LINK, F_UNKNOWN, 0, NULL, "None of these: I still don't know my level");
	pane_add(p, PANE_LINK, F_BACK, 0, NULL, "Back to the question");
	pane_select(p, 0);
	if (find->qlen && first >= 0)
		pane_select_id(p, first);
	t->finder.built = true;
	t->finder.side_for = -1;
}

static int option_of(const struct tui *t, const char *value)
{
	return content_option_index(question(t), value);
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->finder.side;
	pane_clear(p);
	if (id == F_UNKNOWN) {
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Still don't know");
		pane_add(p, PANE_TEXT, -1, 0, NULL,
		         "Enter takes \"I don't know\" as your answer. Your result will tell you how to find out "
		         "the level.");
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
	bool guide = false;
	const char *ex = id % 256 == F_WHOLE ? NULL : example(lv, (size_t)(id % 256), &guide);
	if (ex)
		pane_addf(p, PANE_HEADING, -1, 0, NULL, "%s: %s", ex, lv->name);
	else
		pane_add(p, PANE_HEADING, -1, 0, NULL, lv->name);
	if (guide && content_levels_guide(t->c).source)
		pane_addf(p, PANE_DIM, -1, 0, NULL, "Source: %s, not a PQiP document.",
		          content_levels_guide(t->c).source->title);
	pane_add(p, PANE_TEXT, -1, 0, NULL, lv->summary);
	int o = option_of(t, lv->value);
	if (o >= 0) {
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_addf(p, PANE_MET, -1, 0, NULL, "Enter takes \"%s\" as your answer.", question(t)->options[o].label);
	}
	levels_examples(t, p, lv);
}

void finder_layout(struct tui *t)
{
	tui_layout_browse(t, TUI_FINDER, &t->finder, build, build_side);
}

void finder_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_NEXT_PANE, TUI_A_SEARCH,
	                                         TUI_A_HELP, TUI_A_NONE };
	const struct tui_find *find = &t->finder_find;
	tui_draw_split(t, TUI_FINDER, &t->finder, "Qualification finder", "Its level", hints, f);
	if (!find->typing && (!find->qlen || t->msg[0]))
		return;
	struct tui_geom g;
	tui_geom(t, TUI_FINDER, t->finder.focus, &g);
	tui_draw_prompt(t, &g, "Find: ", find->query, find->typing, find->typing ? "type to narrow" : "",
	                find->typing ? "  Enter done  Esc cancel" : "  Esc shows all", f);
}

static enum tui_reaction choose(struct tui *t, int id)
{
	int q = t->wiz.q, o = -1;
	if (id == F_BACK) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	if (id == F_UNKNOWN)
		o = option_of(t, "unknown");
	else if (id >= 0 && (size_t)(id / 256) < content_nlevels(t->c))
		o = option_of(t, content_level(t->c, (size_t)(id / 256))->value);
	if (o < 0) {
		tui_message(t, "That is not one of this question's answers: choose on the question screen.");
		return TUI_R_REDRAW;
	}
	tui_pop(t);
	wizard_answer(t, q, o);
	return TUI_R_REDRAW;
}

/* The list again for what is typed now. */
static enum tui_reaction refind(struct tui *t)
{
	t->finder.built = false;
	t->finder.focus = 0;
	return TUI_R_REDRAW;
}

/* Typing in the prompt, which a letter or "/" opens. */
static enum tui_reaction find_key(struct tui *t, enum tui_action a)
{
	struct tui_find *find = &t->finder_find;
	switch (a) {
	case TUI_A_TYPE:
	case TUI_A_ERASE:
	case TUI_A_KILL:
		if (!tui_edit(find->query, &find->qlen, sizeof find->query, a, t->key))
			return TUI_R_NONE;
		return refind(t);
	case TUI_A_ACCEPT:
		find->typing = false;
		return TUI_R_REDRAW;
	case TUI_A_CANCEL:
		*find = (struct tui_find){ "", 0, false };
		return refind(t);
	default:
		return TUI_R_NONE;
	}
}

enum tui_reaction finder_key(struct tui *t, enum tui_action a)
{
	struct tui_split *v = &t->finder;
	struct tui_find *find = &t->finder_find;
	bool chosen;
	if (find->typing)
		return find_key(t, a);
	switch (a) {
	case TUI_A_SEARCH:
	case TUI_A_JUMP:
		find->typing = true;
		return a == TUI_A_JUMP ? find_key(t, TUI_A_TYPE) : TUI_R_REDRAW;
	case TUI_A_ENTER:
		if (v->focus != 0) {
			v->focus = 0;
			return TUI_R_REDRAW;
		}
		return choose(t, pane_sel_id(&v->main));
	case TUI_A_BACK:
		if (v->focus != 0)
			v->focus = 0;
		else if (find->qlen)
			return find_key(t, TUI_A_CANCEL);
		else
			tui_pop(t);
		return TUI_R_REDRAW;
	default: {
		enum tui_reaction r = tui_split_key(t, TUI_FINDER, v, a, &chosen);
		return chosen ? choose(t, pane_sel_id(&v->main)) : r;
	}
	}
}
