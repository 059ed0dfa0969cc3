/*
 * tui/core: the full-screen front end without a terminal: its state, the
 * screens' layout, and what a key does.  src/front/curses.c feeds it keys and
 * draws; the fuzzing harness drives it directly, as a pure function of the
 * state, the key and the window size.
 */
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "lang.h"
#include "tui.h"

const struct tui_screen_ops *const tui_screens[TUI_NSCREENS] = {
	[TUI_MENU] = &menu_screen,         [TUI_WIZARD] = &wizard_screen,   [TUI_EXPLAIN] = &explain_screen,
	[TUI_FINDER] = &finder_screen,     [TUI_REVIEW] = &review_screen,   [TUI_RESULT] = &result_screen,
	[TUI_FAQ] = &faq_screen,           [TUI_LEVELS] = &levels_screen,   [TUI_ROUTES] = &routes_screen,
	[TUI_CONTACTS] = &contacts_screen, [TUI_ABOUT] = &about_screen,     [TUI_HELP] = &help_screen,
	[TUI_SAVE] = &save_screen,         [TUI_CODE] = &code_screen,       [TUI_CONFIRM] = &confirm_screen,
	[TUI_SOURCE] = &source_screen,
};

const enum tui_action tui_browse_hints[] = { TUI_A_ENTER, TUI_A_NEXT_PANE, TUI_A_BACK, TUI_A_HELP, TUI_A_QUIT,
	                                     TUI_A_NONE };

static void views_init(struct tui *t)
{
	for (int s = 0; s < TUI_NSCREENS; s++) {
		const struct tui_screen_ops *o = tui_screens[s];
		struct tui_view *v = &t->views[s];
		v->id = (enum tui_screen)s;
		pane_init(&v->main, o->choose || o->build_side);
		pane_init(&v->side, false);
		v->priv = mem_alloc(o->private_size);
	}
}

static void views_free(struct tui *t)
{
	for (int s = 0; s < TUI_NSCREENS; s++) {
		struct tui_view *v = &t->views[s];
		if (!v->priv)
			continue;
		if (tui_screens[s]->free)
			tui_screens[s]->free(v);
		/* What the person typed or was told goes with them. */
		explicit_bzero(v->priv, tui_screens[s]->private_size);
		free(v->priv);
		v->priv = NULL;
		pane_free(&v->main);
		pane_free(&v->side);
	}
}

bool tui_init(struct tui *t, struct session *s)
{
	memset(t, 0, sizeof *t);
	t->s = s;
	t->c = s->c;
	t->kiosk = s->opt && s->opt->kiosk;
	t->printer = s->opt && s->opt->printer;
	const char *cs = nl_langinfo(CODESET);
	t->utf8 = cs && strcmp(cs, "UTF-8") == 0;
	t->effective = mem_alloc((s->nanswers + 1) * sizeof *t->effective);
	views_init(t);
	t->stack[0] = TUI_MENU;
	t->depth = 1;
	tui_replan(t);
	return true;
}

void tui_free(struct tui *t)
{
	views_free(t);
	/* The flow's copy of the answers goes with the person. */
	size_t n = t->s ? t->s->nanswers : 0;
	if (t->effective)
		explicit_bzero(t->effective, n * sizeof *t->effective);
	free(t->effective);
	t->effective = NULL;
	explicit_bzero(t->msg, sizeof t->msg);
}

/* Forget the person: every answer, every screen's place, what was typed. */
bool tui_set_lang(struct tui *t, const char *lang)
{
	const struct content *c = content_in(t->c, lang);
	if (!c) {
		tui_message(t, "%s", _("This content has no Welsh: it is shown in English only."));
		return false;
	}
	lang_use(lang);
	t->c = t->s->c = c;
	t->lang_gen++;
	faq_relang(t);
	/* TRANSLATORS: said in the language just chosen: in Welsh, that the
	 * advisor now speaks Welsh. */
	tui_message(t, "%s", _("The advisor now speaks English."));
	return true;
}

bool tui_reset(struct tui *t)
{
	struct tui keep = *t; /* only its settings: tui_free frees what it points to */
	tui_free(t);
	session_wipe(keep.s);
	/* The next person starts in the language the session started in. */
	const char *start = keep.s->opt ? keep.s->opt->lang : NULL;
	const struct content *c = start ? content_in(keep.s->c, start) : NULL;
	if (c) {
		lang_use(start);
		keep.s->c = c;
	}
	bool ok = tui_init(t, keep.s);
	if (ok) {
		t->utf8 = keep.utf8;
		t->mouse = keep.mouse;
		t->nlines = keep.nlines;
		t->ncols = keep.ncols;
		memcpy(t->attr, keep.attr, sizeof t->attr);
	}
	/* The copy held the person's messages, and pointers to what was freed. */
	explicit_bzero(&keep, sizeof keep);
	return ok;
}

struct tui_view *tui_view(struct tui *t, enum tui_screen s)
{
	return &t->views[s];
}

struct tui_view *tui_open(struct tui *t, enum tui_screen s)
{
	tui_push(t, s);
	return &t->views[s];
}

struct tui_view *tui_open_new(struct tui *t, enum tui_screen s)
{
	struct tui_view *v = tui_open(t, s);
	tui_view_changed(v);
	return v;
}

void tui_view_changed(struct tui_view *v)
{
	v->built = false;
	v->focus = 0;
	pane_clear(&v->main);
}

/* Build the panes whose inputs changed; a rebuild for changed answers
 * keeps the item selected, if it is still there. */
void tui_view_build(struct tui *t, struct tui_view *v)
{
	const struct tui_screen_ops *o = tui_screens[v->id];
	if (!o->build)
		return;
	bool relang = v->built && v->built_lang != t->lang_gen;
	if (!v->built || (o->answers && v->built_gen != t->gen) || relang) {
		struct pane_ref keep = v->built ? pane_sel(&v->main) : PANE_NONE;
		int top = v->main.top;
		pane_clear(&v->main);
		o->build(t, v);
		pane_select_ref(&v->main, keep);
		/* In the other language, the same place: the same item, or in a
		 * text without items, the same line (as far as it goes). */
		if (relang && keep.kind < 0)
			v->main.top = top;
		v->built = true;
		v->built_gen = t->gen;
		v->built_lang = t->lang_gen;
		v->side_built = false;
	}
	struct pane_ref sel = pane_sel(&v->main);
	if (o->build_side && (!v->side_built || !pane_ref_eq(sel, v->side_for))) {
		pane_clear(&v->side);
		if (sel.kind >= 0 || o->side_unselected)
			o->build_side(t, v, sel);
		v->side_for = sel;
		v->side_built = true;
	}
}

unsigned tui_view_ctx(const struct tui *t, const struct tui_view *v)
{
	const struct tui_screen_ops *o = tui_screens[v->id];
	if (o->ctx_of)
		return o->ctx_of(t, v);
	/* A dialog's keys are its own alone. */
	return o->build ? tui_split_ctx(v, o->ctx) : o->ctx;
}

const char *tui_view_title(const struct tui *t, const struct tui_view *v, char *buf, size_t size)
{
	const struct tui_screen_ops *o = tui_screens[v->id];
	if (!o->title_of)
		return o->title ? _(o->title) : NULL;
	o->title_of(t, v, buf, size);
	return buf;
}

enum tui_reaction tui_view_key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	const struct tui_screen_ops *o = tui_screens[v->id];
	bool chosen;
	switch (a) {
	case TUI_A_ENTER:
		if (v->focus == 0 && o->choose)
			return o->choose(t, v, pane_sel(&v->main));
		if (!o->build_side)
			return TUI_R_NONE;
		v->focus = !v->focus;
		return TUI_R_REDRAW;
	case TUI_A_BACK:
		if (v->focus != 0)
			v->focus = 0;
		else
			tui_pop(t);
		return TUI_R_REDRAW;
	default: {
		enum tui_reaction r = tui_split_key(t, v, a, &chosen);
		if (chosen && o->choose)
			return o->choose(t, v, pane_sel(&v->main));
		if (chosen)
			v->focus = 1;
		return chosen ? TUI_R_REDRAW : r;
	}
	}
}

bool tui_too_small(const struct tui *t)
{
	return t->nlines < TUI_MIN_LINES || t->ncols < TUI_MIN_COLS;
}

/* The screens that show: the top one, and any it is drawn over. */
int tui_base_screen(const struct tui *t)
{
	int b = t->depth - 1;
	while (b > 0 && tui_screens[t->stack[b]]->overlay)
		b--;
	return b;
}

void tui_layout(struct tui *t)
{
	if (tui_too_small(t))
		return;
	for (int i = tui_base_screen(t); i < t->depth; i++) {
		struct tui_view *v = &t->views[t->stack[i]];
		tui_view_build(t, v);
		if (tui_screens[v->id]->build)
			tui_layout_split(t, v);
	}
}

struct tui_frame tui_draw(const struct tui *t)
{
	struct tui_frame f = { 0, 0, false };
	if (tui_too_small(t))
		return f;
	for (int i = tui_base_screen(t); i < t->depth; i++) {
		struct tui_frame fi = { 0, 0, false };
		const struct tui_view *v = &t->views[t->stack[i]];
		if (tui_screens[v->id]->draw)
			tui_screens[v->id]->draw(t, v, &fi);
		else
			tui_draw_split(t, v, NULL, NULL, &fi);
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
	unsigned ctx = tui_view_ctx(t, &t->views[tui_top(t)]);
	enum tui_action a = tui_keys_lookup(key, ctx);
	if (a == TUI_A_NONE && !TUI_KEY_IS_FN(key) && key >= 0x20 && key != 0x7f) {
		if (ctx & (TUI_CTX_PROMPT | TUI_CTX_DIALOG))
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
	struct tui_view *v = &t->views[tui_top(t)];
	const struct tui_screen_ops *o = tui_screens[v->id];
	enum tui_reaction r = o->key ? o->key(t, v, a) : tui_view_key(t, v, a);
	if (r != TUI_R_NONE)
		return r;
	switch (a) {
	case TUI_A_HELP:
		tui_open(t, TUI_HELP);
		return TUI_R_REDRAW;
	case TUI_A_QUIT:
		return confirm_quit(t);
	case TUI_A_SEARCH:
		faq_search_start(t);
		return TUI_R_REDRAW;
	case TUI_A_REDRAW:
		return TUI_R_REPAINT;
	case TUI_A_LANG:
		tui_set_lang(t, lang_other(lang_current()));
		return TUI_R_REDRAW;
	default:
		return TUI_R_NONE;
	}
}

