/* tui/finder: the qualification finder: pick what you hold, see its level.
 * Typing narrows the list to the qualifications whose names hold what was
 * typed, as the FAQ search does; the further examples of the general guide
 * to qualification levels are labelled with it, beside the documents' own. */
#include <stdio.h>

#include "text.h"
#include "lang.h"
#include "tui.h"

/* What the items stand for: a level (the part is one of its examples, the
 * documents' own first, then the guide's, or -1 for its name), the
 * question's unsure answer, or going back. */
enum { F_LEVEL, F_UNSURE, F_BACK };

/* What was typed to narrow the list. */
struct find {
	char query[64];
	size_t qlen;
	bool typing;            /* the prompt is open */
};

struct finder {
	int q;                  /* the question the finder answers */
	struct find find;
};

static struct finder *state(const struct tui *t)
{
	return t->views[TUI_FINDER].priv;
}

static const struct content_question *question(const struct tui *t)
{
	return content_question(t->c, (size_t)state(t)->q);
}

void finder_open(struct tui *t, int q)
{
	struct finder *f = tui_open_new(t, TUI_FINDER)->priv;
	*f = (struct finder){ .q = q };
}

static unsigned ctx_of(const struct tui *t, const struct tui_view *v)
{
	return state(t)->find.typing ? TUI_CTX_PROMPT : tui_split_ctx(v, TUI_CTX_FILTER);
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
 * *first gets the first example shown, if it has none yet. */
static bool add_level(struct tui *t, struct pane *p, size_t l, const char *query, struct pane_ref *first)
{
	const struct content_level *lv = content_level(t->c, l);
	bool all = text_find(lv->name, query) != NULL, shown = false, guide;
	const char *ex;
	for (size_t e = 0; (ex = example(lv, e, &guide)); e++) {
		if (!all && !text_find(ex, query))
			continue;
		if (!shown) {
			pane_gap(p);
			pane_add(p, PANE_HEADING, PANE_REF(F_LEVEL, (int)l), 0, NULL, lv->name);
		}
		shown = true;
		struct pane_ref r = { F_LEVEL, (int)l, (int)e };
		if (first->kind < 0)
			*first = r;
		pane_addf(p, PANE_TEXT, r, 2, "- ", guide ? _("%s (general guide)") : "%s", ex);
	}
	if (all && !shown) {
		pane_gap(p);
		pane_add(p, PANE_HEADING, PANE_REF(F_LEVEL, (int)l), 0, NULL, lv->name);
	}
	return all || shown;
}

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	const struct find *find = &state(t)->find;
	if (find->qlen)
		pane_addf(p, PANE_TEXT, PANE_NONE, 0, NULL, _("Qualifications holding \"%s\" (Esc shows them all):"),
		          find->query);
	else
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
		         _("Type part of a name (\"hnc\", \"btec\", \"nvq\") to narrow the list, or pick the "
		           "qualification you hold to see its level; Enter takes that level as your answer."));
	bool any = false;
	struct pane_ref first = PANE_NONE;
	for (size_t l = 0; l < content_nlevels(t->c); l++)
		any |= add_level(t, p, l, find->query, &first);
	if (!any)
		pane_addf(p, PANE_TEXT, PANE_NONE, 0, NULL, _("Nothing here holds \"%s\"."), find->query);
	pane_gap(p);
	if (question(t)->unsure >= 0)
		pane_add(p, PANE_LINK, PANE_REF(F_UNSURE, 0), 0, NULL, _("None of these: I still don't know my level"));
	pane_add(p, PANE_LINK, PANE_REF(F_BACK, 0), 0, NULL, _("Back to the question"));
	pane_select(p, 0);
	if (find->qlen)
		pane_select_ref(p, first);
}

static void level_side(struct tui *t, struct pane *p, struct pane_ref sel)
{
	const struct content_level *lv = content_level(t->c, (size_t)sel.index);
	bool guide = false;
	const char *ex = sel.part >= 0 ? example(lv, (size_t)sel.part, &guide) : NULL;
	if (ex)
		pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL, "%s: %s", ex, lv->name);
	else
		pane_text(p, PANE_HEADING, lv->name);
	if (guide && content_levels_guide(t->c).source)
		pane_addf(p, PANE_DIM, PANE_NONE, 0, NULL, _("Source: %s, not a PQiP document."),
		          content_levels_guide(t->c).source->title);
	pane_text(p, PANE_TEXT, lv->summary);
	if (lv->option >= 0) {
		pane_gap(p);
		pane_addf(p, PANE_MET, PANE_NONE, 0, NULL, _("Enter takes \"%s\" as your answer."),
		          question(t)->options[lv->option].label);
	}
	levels_examples(t, p, lv);
}

static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	struct pane *p = &v->side;
	const struct content_question *q = question(t);
	if (sel.kind == F_LEVEL) {
		level_side(t, p, sel);
	} else if (sel.kind == F_UNSURE) {
		pane_text(p, PANE_HEADING, _("Still don't know"));
		pane_addf(p, PANE_TEXT, PANE_NONE, 0, NULL,
		          _("Enter takes \"%s\" as your answer. Your result will tell you how to find out the level."),
		          q->options[q->unsure].label);
	} else {
		pane_text(p, PANE_TEXT, _("Back to the question without answering."));
	}
}

static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct find *find = &state(t)->find;
	tui_draw_split(t, v, NULL, NULL, f);
	if (!find->typing && (!find->qlen || t->msg[0]))
		return;
	struct tui_geom g;
	tui_geom(t, TUI_FINDER, v->focus, &g);
	tui_draw_prompt(t, &g, _("Find: "), find->query, find->typing, find->typing ? _("type to narrow") : "",
	                find->typing ? _("  Enter done  Esc cancel") : _("  Esc shows all"), f);
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
		tui_message(t, "%s", _("That is not one of this question's answers: choose on the question screen."));
		return TUI_R_REDRAW;
	}
	tui_pop(t);
	wizard_answer(t, q, o);
	return TUI_R_REDRAW;
}

/* Typing in the prompt, which a letter or "/" opens: the list again for
 * what is typed now. */
static enum tui_reaction find_key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct find *find = &state(t)->find;
	enum tui_field done = tui_field_key(find->query, &find->qlen, NULL, sizeof find->query, a, t->key);
	if (done == TUI_F_NONE)
		return TUI_R_NONE;
	if (done == TUI_F_ACCEPT)
		find->typing = false;
	if (done == TUI_F_CANCEL)
		*find = (struct find){ "", 0, false };
	if (done != TUI_F_ACCEPT)
		tui_view_changed(v);
	return TUI_R_REDRAW;
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct find *find = &state(t)->find;
	if (find->typing)
		return find_key(t, v, a);
	/* Any character starts the typing, and is its first; "/" only starts it. */
	if (a == TUI_A_TYPE) {
		find->typing = true;
		return t->key == '/' ? TUI_R_REDRAW : find_key(t, v, TUI_A_TYPE);
	}
	/* Back clears what was typed before it leaves. */
	if (a == TUI_A_BACK && v->focus == 0 && find->qlen)
		return find_key(t, v, TUI_A_CANCEL);
	return tui_view_key(t, v, a);
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_NEXT_PANE, TUI_A_SEARCH, TUI_A_HELP,
	                                 TUI_A_NONE };

const struct tui_screen_ops finder_screen = {
	.name = "finder", .private_size = sizeof(struct finder), .title = N_("Qualification finder"),
	.side_title = N_("Its level"), .hints = hints,
	.side_share = 35, .side_wide = true, .fit_main = true,
	.build = build, .build_side = build_side, .ctx_of = ctx_of, .draw = draw, .key = key, .choose = choose,
};
