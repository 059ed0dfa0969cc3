/*
 * tui/core: the full-screen front end without a terminal: its state, the
 * screens' layout, and what a key does.  src/curses.c feeds it keys and
 * draws; the fuzzing harness drives it directly, as a pure function of the
 * state, the key and the window size.
 */
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "tui.h"

const struct tui_screen_ops tui_screens[TUI_NSCREENS] = {
	[TUI_MENU] = { "menu", 0, false, false, false, menu_ctx, menu_layout, menu_draw, menu_key },
	[TUI_WIZARD] = { "question", 35, true, false, true, wizard_ctx, wizard_layout, wizard_draw, wizard_key },
	[TUI_EXPLAIN] = { "explain", 0, false, false, false, explain_ctx, explain_layout, explain_draw, explain_key },
	[TUI_FINDER] = { "finder", 35, true, false, true, finder_ctx, finder_layout, finder_draw, finder_key },
	[TUI_REVIEW] = { "review", 0, false, false, false, review_ctx, review_layout, review_draw, review_key },
	[TUI_RESULT] = { "result", 0, true, false, false, result_ctx, result_layout, result_draw, result_key },
	[TUI_FAQ] = { "faq", 60, true, false, false, faq_ctx, faq_layout, faq_draw, faq_key },
	[TUI_LEVELS] = { "levels", 55, true, false, true, levels_ctx, levels_layout, levels_draw, levels_key },
	[TUI_ROUTES] = { "routes", 60, true, false, true, routes_ctx, routes_layout, routes_draw, routes_key },
	[TUI_CONTACTS] = { "contacts", 0, false, false, false, contacts_ctx, contacts_layout, contacts_draw, contacts_key },
	[TUI_ABOUT] = { "about", 0, false, false, false, about_ctx, about_layout, about_draw, about_key },
	[TUI_HELP] = { "help", 0, false, false, false, help_ctx, help_layout, help_draw, help_key },
	[TUI_SAVE] = { "save", 0, false, true, false, save_ctx, save_layout, save_draw, save_key },
	[TUI_CONFIRM] = { "confirm", 0, false, true, false, confirm_ctx, confirm_layout, confirm_draw, confirm_key },
};

bool tui_init(struct tui *t, struct session *s)
{
	memset(t, 0, sizeof *t);
	t->s = s;
	t->c = s->c;
	t->kiosk = s->opt && s->opt->kiosk;
	const char *cs = nl_langinfo(CODESET);
	t->utf8 = cs && strcmp(cs, "UTF-8") == 0;
	t->effective = calloc(s->nanswers + 1, sizeof *t->effective);
	if (!t->effective)
		return false;
	struct tui_split *lists[] = { &t->menu, &t->finder, &t->review, &t->levels, &t->routes,
	                              &t->wiz.v, &t->result.v, &t->faq.v };
	struct tui_split *texts[] = { &t->explain, &t->contacts, &t->about, &t->help };
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		pane_init(&lists[i]->main, true);
		pane_init(&lists[i]->side, false);
		lists[i]->side_for = -1;
	}
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		pane_init(&texts[i]->main, false);
		pane_init(&texts[i]->side, false);
		texts[i]->side_for = -1;
	}
	t->wiz.built_q = -1;
	t->faq.cur = -1;
	t->stack[0] = TUI_MENU;
	t->depth = 1;
	tui_replan(t);
	return true;
}

void tui_free(struct tui *t)
{
	struct tui_split *all[] = { &t->menu, &t->finder, &t->review, &t->levels, &t->routes, &t->wiz.v,
	                            &t->result.v, &t->faq.v, &t->explain, &t->contacts, &t->about, &t->help };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
		pane_free(&all[i]->main);
		pane_free(&all[i]->side);
	}
	/* The flow's and the plan's copies of the answers go with the person. */
	size_t n = t->s ? t->s->nanswers : 0;
	if (t->effective)
		explicit_bzero(t->effective, n * sizeof *t->effective);
	if (t->result.plan.effective)
		explicit_bzero(t->result.plan.effective, n * sizeof *t->result.plan.effective);
	plan_free(&t->result.plan);
	faq_free(t);
	free(t->effective);
	/* What the person typed or was told goes with them. */
	explicit_bzero(&t->save, sizeof t->save);
	explicit_bzero(&t->faq.query, sizeof t->faq.query);
	explicit_bzero(t->msg, sizeof t->msg);
}

/* Forget the person: every answer, every screen's place, what was typed. */
bool tui_reset(struct tui *t)
{
	struct tui keep = *t; /* only its settings: tui_free frees what it points to */
	tui_free(t);
	session_wipe(keep.s);
	bool ok = tui_init(t, keep.s);
	if (ok) {
		t->utf8 = keep.utf8;
		t->mouse = keep.mouse;
		t->nlines = keep.nlines;
		t->ncols = keep.ncols;
		memcpy(t->attr, keep.attr, sizeof t->attr);
	}
	/* The copy held the person's search, file name and messages too. */
	explicit_bzero(&keep, sizeof keep);
	return ok;
}

bool tui_too_small(const struct tui *t)
{
	return t->nlines < TUI_MIN_LINES || t->ncols < TUI_MIN_COLS;
}

/* The screens that show: the top one, and any it is drawn over. */
int tui_base_screen(const struct tui *t)
{
	int b = t->depth - 1;
	while (b > 0 && tui_screens[t->stack[b]].overlay)
		b--;
	return b;
}

void tui_layout(struct tui *t)
{
	if (tui_too_small(t))
		return;
	for (int i = tui_base_screen(t); i < t->depth; i++)
		tui_screens[t->stack[i]].layout(t);
}

struct tui_frame tui_draw(const struct tui *t)
{
	struct tui_frame f = { 0, 0, false };
	if (tui_too_small(t))
		return f;
	for (int i = tui_base_screen(t); i < t->depth; i++) {
		struct tui_frame fi = { 0, 0, false };
		tui_screens[t->stack[i]].draw(t, &fi);
		if (fi.placed)
			f = fi;
	}
	return f;
}

static enum tui_reaction act(struct tui *t, enum tui_action a);

enum tui_reaction tui_key(struct tui *t, int key)
{
	if (tui_too_small(t))
		return TUI_R_NONE;
	/* Keys typed ahead come before the loop lays out and draws again: each
	 * must act on the screen as it now is (built for the question it now
	 * shows, wrapped for this size), as it would typed slowly. */
	tui_layout(t);
	unsigned ctx = tui_screens[tui_top(t)].ctx(t);
	enum tui_action a = tui_keys_lookup(key, ctx);
	if (a == TUI_A_NONE && !TUI_KEY_IS_FN(key) && key >= 0x20 && key != 0x7f) {
		if (ctx & TUI_CTX_PROMPT)
			a = TUI_A_TYPE;
		else if (ctx & TUI_CTX_LIST)
			a = TUI_A_JUMP;
	}
	if (a == TUI_A_NONE)
		return TUI_R_NONE;
	t->key = key;
	return act(t, a);
}

enum tui_reaction tui_act(struct tui *t, enum tui_action a)
{
	if (tui_too_small(t) || a == TUI_A_NONE)
		return TUI_R_NONE;
	tui_layout(t);
	return act(t, a);
}

/* a on the top screen, laid out as it now is. */
static enum tui_reaction act(struct tui *t, enum tui_action a)
{
	enum tui_reaction r = tui_screens[tui_top(t)].key(t, a);
	if (r != TUI_R_NONE)
		return r;
	switch (a) {
	case TUI_A_HELP:
		tui_push(t, TUI_HELP);
		return TUI_R_REDRAW;
	case TUI_A_QUIT:
		return confirm_quit(t);
	case TUI_A_SEARCH:
		faq_search_start(t);
		return TUI_R_REDRAW;
	case TUI_A_REDRAW:
		return TUI_R_REPAINT;
	default:
		return TUI_R_NONE;
	}
}

