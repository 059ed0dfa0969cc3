/* tui/faq: the FAQ browser: the questions, and a scrollable answer pane. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui.h"

static void build(struct tui *t)
{
	struct tui_split *v = &t->faq.v;
	pane_clear(&v->main);
	/* Block i is FAQ entry i: search matches rely on it. */
	for (size_t i = 0; i < content_nfaq(t->c); i++)
		pane_add(&v->main, PANE_TEXT, (int)i, 0, NULL, content_faq(t->c, i)->question);
	pane_select(&v->main, 0);
	v->built = true;
	v->side_for = -1;
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->faq.v.side;
	pane_clear(p);
	if (id < 0 || (size_t)id >= content_nfaq(t->c))
		return;
	/* Block 0 the question, block 1 the answer: search matches rely on it. */
	const struct content_faq *e = content_faq(t->c, (size_t)id);
	pane_add(p, PANE_HEADING, -1, 0, NULL, e->question);
	pane_add(p, PANE_TEXT, -1, 0, NULL, e->answer);
	t->faq.v.side_for = id;
}

void faq_select(struct tui *t, int faq)
{
	if (!t->faq.v.built)
		build(t);
	pane_select_id(&t->faq.v.main, faq);
	if (t->faq.v.side_for != faq)
		build_side(t, faq);
}

void faq_open(struct tui *t, int faq, bool from_link)
{
	struct tui_faq *f = &t->faq;
	if (!f->v.built)
		build(t);
	if (tui_top(t) != TUI_FAQ)
		f->from_link = from_link;
	if (faq >= 0) {
		faq_select(t, faq);
		f->v.focus = 1;
	}
	tui_push(t, TUI_FAQ);
}

void faq_search_start(struct tui *t)
{
	struct tui_faq *f = &t->faq;
	faq_open(t, -1, false);
	f->typing = true;
	search_clear(t);
	f->origin = pane_sel_id(&f->v.main);
}

void faq_free(struct tui *t)
{
	free(t->faq.m);
	t->faq.m = NULL;
	t->faq.nm = t->faq.capm = 0;
}

unsigned faq_ctx(const struct tui *t)
{
	if (t->faq.typing)
		return TUI_CTX_PROMPT;
	return tui_split_ctx(&t->faq.v, TUI_CTX_FAQ);
}

void faq_layout(struct tui *t)
{
	tui_layout_browse(t, TUI_FAQ, &t->faq.v, build, build_side);
}

static void draw_status(const struct tui *t, const struct tui_geom *g, struct tui_frame *f)
{
	const struct tui_faq *q = &t->faq;
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_NEXT_PANE, TUI_A_SEARCH, TUI_A_BACK,
	                                         TUI_A_HELP, TUI_A_QUIT, TUI_A_NONE };
	if (!q->typing && (!q->qlen || t->msg[0])) {
		tui_draw_status(t, g, faq_ctx(t), hints);
		return;
	}
	char count[96];
	if (q->nm == 0)
		snprintf(count, sizeof count, q->qlen ? "no match" : "type to search");
	else
		snprintf(count, sizeof count, "match %d of %zu", q->cur + 1, q->nm);
	tui_draw_prompt(t, g, "Search: ", q->query, q->typing, count,
	                q->typing ? "  Enter done  Esc cancel" : "  n next  N previous  Esc clear", f);
}

void faq_draw(const struct tui *t, struct tui_frame *f)
{
	const struct tui_faq *q = &t->faq;
	const struct tui_split *v = &q->v;
	struct tui_geom g;
	tui_geom(t, TUI_FAQ, v->focus, &g);
	const struct tui_match *m = q->cur >= 0 && (size_t)q->cur < q->nm ? &q->m[q->cur] : NULL;
	struct tui_hl list_hl = { q->qlen ? q->query : NULL, m && m->part == 0 ? m->faq : -1, m ? m->off : 0 };
	struct tui_hl side_hl = { q->qlen ? q->query : NULL, m && m->faq == v->side_for ? m->part : -1, m ? m->off : 0 };
	bool side_only = g.side_shown && !g.main_shown;
	/* The prompt takes the cursor while typing. */
	struct tui_frame pf = { 0, 0, false };
	draw_status(t, &g, &pf);
	if (pf.placed)
		*f = pf;
	if (side_only)
		tui_draw_title(t, &g, "FAQ answer", &v->side);
	else
		tui_draw_title(t, &g, "FAQ", &v->main);
	if (g.main_shown)
		tui_draw_pane(t, &v->main, g.main, v->focus == 0, &list_hl, f);
	if (g.side_shown) {
		if (!side_only)
			tui_draw_side_title(t, &g, "Answer", &v->side);
		tui_draw_pane(t, &v->side, g.side, v->focus == 1, &side_hl, f);
	}
}

static enum tui_reaction prompt_key(struct tui *t, enum tui_action a)
{
	struct tui_faq *q = &t->faq;
	/* What no entry holds, no longer text holds either: typing on after a
	 * search that found nothing scans nothing (a burst of keys typed into
	 * the search would scan the whole FAQ for each). */
	bool none = q->qlen > 0 && q->nm == 0;
	switch (a) {
	case TUI_A_TYPE:
	case TUI_A_ERASE:
	case TUI_A_KILL:
		if (!tui_edit(q->query, &q->qlen, sizeof q->query, a, t->key))
			return TUI_R_NONE;
		if (a == TUI_A_TYPE && none)
			return TUI_R_REDRAW;
		break;
	case TUI_A_ACCEPT:
		q->typing = false;
		if (q->qlen && q->nm == 0)
			tui_message(t, "Nothing in the FAQ matches \"%s\".", q->query);
		return TUI_R_REDRAW;
	case TUI_A_CANCEL:
		q->typing = false;
		search_clear(t);
		return TUI_R_REDRAW;
	default:
		return TUI_R_NONE;
	}
	search_run(t);
	return TUI_R_REDRAW;
}

enum tui_reaction faq_key(struct tui *t, enum tui_action a)
{
	struct tui_faq *q = &t->faq;
	struct tui_split *v = &q->v;
	bool chosen;
	if (q->typing)
		return prompt_key(t, a);
	switch (a) {
	case TUI_A_ENTER:
		v->focus = !v->focus;
		return TUI_R_REDRAW;
	case TUI_A_BACK:
		if (q->qlen) {
			search_clear(t);
			return TUI_R_REDRAW;
		}
		if (v->focus != 0 && !q->from_link)
			v->focus = 0;
		else
			tui_pop(t);
		return TUI_R_REDRAW;
	case TUI_A_NEXT_MATCH:
	case TUI_A_PREV_MATCH:
		if (!q->nm) {
			tui_message(t, "%s", q->qlen ? "No match." : "Press / to search first.");
			return TUI_R_REDRAW;
		}
		search_step(t, a == TUI_A_NEXT_MATCH ? 1 : -1);
		return TUI_R_REDRAW;
	default: {
		enum tui_reaction r = tui_split_key(t, TUI_FAQ, v, a, &chosen);
		if (chosen)
			v->focus = 1;
		return chosen ? TUI_R_REDRAW : r;
	}
	}
}
