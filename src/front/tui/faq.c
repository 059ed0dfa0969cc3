/* tui/faq: the FAQ browser: the questions, and a scrollable answer pane. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "faq.h"
#include "mem.h"

static void build(struct tui *t, struct tui_view *v)
{
	/* The entries current on the day, each known by its index. */
	for (size_t i = 0; i < content_nfaq(t->c); i++)
		if (content_current(t->c, content_faq(t->c, i)->dates))
			pane_add(&v->main, PANE_TEXT, PANE_ITEM((int)i), 0, NULL, content_faq(t->c, i)->question);
	pane_select(&v->main, 0);
}

static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	/* Block 0 the question, block 1 the answer: search matches rely on it. */
	const struct content_faq *e = content_faq(t->c, (size_t)sel.index);
	pane_text(&v->side, PANE_HEADING, e->question);
	pane_text(&v->side, PANE_TEXT, e->answer);
}

void faq_select(struct tui *t, struct tui_view *v, int i)
{
	tui_view_build(t, v);
	pane_select_ref(&v->main, PANE_ITEM(i));
	tui_view_build(t, v);
}

void faq_open(struct tui *t, int i, bool from_link)
{
	struct tui_view *v = tui_view(t, TUI_FAQ);
	struct faq *f = v->priv;
	if (tui_top(t) != TUI_FAQ)
		f->from_link = from_link;
	tui_view_build(t, v);
	if (i >= 0) {
		faq_select(t, v, i);
		v->focus = 1;
	}
	tui_open(t, TUI_FAQ);
}

void faq_search_start(struct tui *t)
{
	struct tui_view *v = tui_view(t, TUI_FAQ);
	struct faq *f = v->priv;
	faq_open(t, -1, false);
	f->typing = true;
	search_clear(v);
	f->origin = pane_sel(&v->main).index;
}

void faq_relang(struct tui *t)
{
	struct tui_view *v = tui_view(t, TUI_FAQ);
	struct faq *f = v->priv;
	if (!f || !v->built)
		return;
	/* The matches were of the other language's words: find them again. */
	tui_view_build(t, v);
	if (f->qlen)
		search_run(t, v);
}

static void free_faq(struct tui_view *v)
{
	struct faq *f = v->priv;
	free(f->m);
	f->m = NULL;
	f->nm = f->capm = 0;
}

static unsigned ctx_of(const struct tui *t, const struct tui_view *v)
{
	(void)t;
	const struct faq *f = v->priv;
	return f->typing ? TUI_CTX_PROMPT : tui_split_ctx(v, TUI_CTX_FAQ);
}

/* The search in the status line: the prompt while typing, else the count. */
static void draw_search(const struct tui *t, const struct faq *q, const struct tui_geom *g, struct tui_frame *f)
{
	char count[96];
	if (q->nm == 0)
		snprintf(count, sizeof count, "%s", q->qlen ? _("no match") : _("type to search"));
	else
		snprintf(count, sizeof count, _("match %d of %zu"), q->cur + 1, q->nm);
	tui_draw_prompt(t, g, _("Search: "), q->query, q->typing, count,
	                q->typing ? _("  Enter done  Esc cancel") : _("  n next  N previous  Esc clear"), f);
}

/* The search's matches as a pane shows them: in the list (block[i] holds
 * entry i's question) when entry is -1, else in entry's answer pane (block
 * 0 its question, block 1 its answer).  out has room for every match. */
static struct tui_hl spans(const size_t *block, const struct faq *q, int entry, struct tui_match *out)
{
	struct tui_hl hl = { out, 0, q->qlen, -1 };
	for (size_t i = 0; out && i < q->nm; i++) {
		const struct faq_match *m = &q->m[i];
		if (entry < 0 ? m->part != 0 : m->faq != entry)
			continue;
		if ((int)i == q->cur)
			hl.cur = (int)hl.n;
		out[hl.n++] = (struct tui_match){ entry < 0 ? block[m->faq] : (size_t)m->part, m->off };
	}
	return hl;
}

static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct faq *q = v->priv;
	struct tui_match *a = mem_alloc(2 * q->nm * sizeof *a);
	/* The list holds the entries current on the day: entry i's block. */
	size_t *block = mem_alloc((content_nfaq(t->c) + 1) * sizeof *block), n = 0;
	for (size_t i = 0; i < content_nfaq(t->c); i++) {
		block[i] = n;
		n += content_current(t->c, content_faq(t->c, i)->dates);
	}
	struct tui_hl list_hl = spans(block, q, -1, a);
	struct tui_hl side_hl = spans(block, q, v->side_for.index, a && v->side_for.kind >= 0 ? a + q->nm : NULL);
	tui_draw_split(t, v, &list_hl, &side_hl, f);
	free(block);
	free(a);
	if (!q->typing && (!q->qlen || t->msg[0]))
		return;
	/* The prompt takes the cursor while typing. */
	struct tui_geom g;
	tui_geom(t, TUI_FAQ, v->focus, &g);
	draw_search(t, q, &g, f);
}

static enum tui_reaction prompt_key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct faq *q = v->priv;
	/* What no entry holds, no longer text holds either: typing on after a
	 * search that found nothing scans nothing (a burst of keys typed into
	 * the search would scan the whole FAQ for each). */
	bool none = q->qlen > 0 && q->nm == 0;
	enum tui_field done = tui_field_key(q->query, &q->qlen, NULL, sizeof q->query, a, t->key);
	if (done == TUI_F_NONE)
		return TUI_R_NONE;
	if (done != TUI_F_EDITED)
		q->typing = false;
	else if (!(a == TUI_A_TYPE && none))
		search_run(t, v);
	if (done == TUI_F_ACCEPT && q->qlen && q->nm == 0)
		tui_message(t, _("Nothing in the FAQ matches \"%s\"."), q->query);
	if (done == TUI_F_CANCEL)
		search_clear(v);
	return TUI_R_REDRAW;
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct faq *q = v->priv;
	if (q->typing)
		return prompt_key(t, v, a);
	switch (a) {
	case TUI_A_BACK:
		if (q->qlen) {
			search_clear(v);
			return TUI_R_REDRAW;
		}
		if (q->from_link)
			v->focus = 0;
		return tui_view_key(t, v, a);
	case TUI_A_NEXT_MATCH:
	case TUI_A_PREV_MATCH:
		if (!q->nm) {
			tui_message(t, "%s", q->qlen ? _("No match.") : _("Press / to search first."));
			return TUI_R_REDRAW;
		}
		search_step(t, v, a == TUI_A_NEXT_MATCH ? 1 : -1);
		return TUI_R_REDRAW;
	default:
		return tui_view_key(t, v, a);
	}
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_NEXT_PANE, TUI_A_SEARCH, TUI_A_BACK,
	                                 TUI_A_HELP, TUI_A_QUIT, TUI_A_NONE };

/* Reading an answer: it scrolls, and Tab goes back to the questions. */
static const enum tui_action side_hints[] = { TUI_A_PGDN, TUI_A_NEXT_PANE, TUI_A_SEARCH, TUI_A_BACK,
	                                      TUI_A_HELP, TUI_A_QUIT, TUI_A_NONE };

const struct tui_screen_ops faq_screen = {
	.name = "faq", .private_size = sizeof(struct faq), .title = N_("FAQ"), .side_title = N_("Answer"), .hints = hints,
	.side_hints = side_hints,
	.side_share = 60, .side_wide = true, .side_reads = true,
	.build = build, .build_side = build_side, .ctx_of = ctx_of, .draw = draw, .key = key, .free = free_faq,
};
