/* tui/ui: the screen stack, the layout geometry and the drawing every screen shares. */
#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text.h"
#include "lang.h"
#include "tui.h"

enum tui_screen tui_top(const struct tui *t)
{
	return t->depth > 0 ? t->stack[t->depth - 1] : TUI_MENU;
}

void tui_push(struct tui *t, enum tui_screen s)
{
	for (int i = 0; i < t->depth; i++)
		if (t->stack[i] == s) {
			t->depth = i + 1;
			return;
		}
	if (t->depth < TUI_NSCREENS)
		t->stack[t->depth++] = s;
}

void tui_pop(struct tui *t)
{
	if (t->depth > 1)
		t->depth--;
}

void tui_geom(const struct tui *t, enum tui_screen s, int focus, struct tui_geom *g)
{
	const struct tui_screen_ops *o = tui_screens[s];
	int lines = t->nlines, cols = t->ncols;
	memset(g, 0, sizeof *g);
	if (lines < TUI_MIN_LINES || cols < TUI_MIN_COLS)
		g->mode = TUI_TOO_SMALL;
	else if (lines >= TUI_FULL_LINES && cols >= TUI_WIDE_COLS)
		g->mode = TUI_WIDE;
	else if (lines >= TUI_FULL_LINES && cols >= TUI_FULL_COLS)
		g->mode = TUI_NORMAL;
	else
		g->mode = TUI_COMPACT;
	g->title = (struct tui_rect){ 0, 0, 1, cols };
	g->status = (struct tui_rect){ lines - 1, 0, 1, cols };
	g->body = (struct tui_rect){ 1, 0, lines - 2, cols };
	g->main = g->body;
	g->main_shown = true;
	switch (g->mode) {
	case TUI_WIDE: g->has_side = o->side_wide; break;
	case TUI_NORMAL: g->has_side = o->side_share > 0; break;
	case TUI_COMPACT: g->has_side = o->side_share > 0 || o->side_wide; break;
	default: g->has_side = false; break;
	}
	if (!g->has_side)
		return;
	if (g->mode == TUI_WIDE) {
		/* The main pane two fifths, a list beside its text half, and
		 * never wider than its text: the rest is the side pane's. */
		int mw = o->side_reads ? (cols - 1) / 2 : cols - cols * 2 / 5 - 1;
		g->main.w = mw < TUI_READ_COLS + 2 ? mw : TUI_READ_COLS + 2;
		int sw = cols - g->main.w - 1;
		g->side_title = (struct tui_rect){ 1, g->main.w + 1, 1, sw };
		g->side = (struct tui_rect){ 2, g->main.w + 1, g->body.h - 1, sw };
		g->vertical = true;
		g->side_shown = true;
	} else if (g->mode == TUI_NORMAL) {
		int sh = g->body.h * o->side_share / 100;
		if (sh < 4)
			sh = 4;
		g->main.h = g->body.h - sh - 1;
		const struct tui_view *v = &t->views[s];
		if (o->fit_main && v->main.wrapped == tui_text_cols(g->main) && (int)v->main.nl < g->main.h)
			g->main.h = v->main.nl > 3 ? (int)v->main.nl : 3;
		sh = g->body.h - g->main.h - 1;
		g->side_title = (struct tui_rect){ 1 + g->main.h, 0, 1, cols };
		g->side = (struct tui_rect){ g->side_title.y + 1, 0, sh, cols };
		g->side_shown = true;
	} else {
		g->side = g->body;
		g->main_shown = focus == 0;
		g->side_shown = focus != 0;
	}
}

struct tui_rect tui_inner(struct tui_rect r)
{
	if (r.w > 2) {
		r.x += 1;
		r.w -= 2;
	}
	return r;
}

int tui_text_cols(struct tui_rect r)
{
	int w = tui_inner(r).w;
	return w < TUI_READ_COLS ? w : TUI_READ_COLS;
}

void tui_replan(struct tui *t)
{
	rules_flow(t->c, t->s->answers, t->effective, &t->rp);
}

void tui_set_answer(struct tui *t, int q, int value)
{
	if (q < 0 || (size_t)q >= t->s->nanswers)
		return;
	t->s->answers[q] = value;
	t->gen++;
	tui_replan(t);
}

void tui_message(struct tui *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
}

const char *tui_ellipsis(const struct tui *t)
{
	return t->utf8 ? "\xe2\x80\xa6" : "...";
}

/* ---- drawing ---- */

int tui_put(const struct tui *t, int y, int x, int maxw, const char *s, size_t len, attr_t a)
{
	if (maxw <= 0 || y < 0 || x < 0 || y >= t->nlines || x >= t->ncols)
		return 0;
	if (x + maxw > t->ncols)
		maxw = t->ncols - x;
	attrset(a);
	int col = 0;
	if (t->utf8) {
		wchar_t buf[512];
		size_t n = 0, i = 0;
		while (i < len && n + 1 < sizeof buf / sizeof buf[0]) {
			wchar_t wc = (unsigned char)s[i];
			size_t k = 1;
			int w = 1;
			/* Printable ASCII, most of the text, needs no decoding. */
			if (wc < 0x20 || wc >= 0x7f) {
				long cp;
				k = text_utf8(s + i, len - i, &cp);
				wc = s[i] == '\t' ? L' ' : cp < 0 ? L'?' : (wchar_t)cp;
				w = wcwidth(wc);
				if (w < 0) {
					wc = L'?';
					w = 1;
				}
			}
			if (col + w > maxw)
				break;
			buf[n++] = wc;
			col += w;
			i += k;
		}
		if (n > 0)
			mvaddnwstr(y, x, buf, (int)n);
	} else {
		char buf[512];
		size_t n = 0;
		for (size_t i = 0; i < len && col < maxw && n + 1 < sizeof buf; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c >= 0x80 && c < 0xc0)
				continue; /* the rest of a character already shown */
			long cp = -1;
			if (c >= 0xc0)
				text_utf8(s + i, len - i, &cp);
			buf[n++] = c >= 0x20 && c < 0x7f ? (char)c : c == '\t' ? ' ' : text_ascii_letter(cp);
			col++;
		}
		if (n > 0)
			mvaddnstr(y, x, buf, (int)n);
	}
	attrset(A_NORMAL);
	return col;
}

int tui_puts(const struct tui *t, int y, int x, int maxw, const char *s, attr_t a)
{
	return tui_put(t, y, x, maxw, s, strlen(s), a);
}

void tui_fill(const struct tui *t, struct tui_rect r, attr_t a)
{
	int x0 = r.x < 0 ? 0 : r.x, x1 = r.x + r.w < t->ncols ? r.x + r.w : t->ncols;
	if (x1 <= x0)
		return;
	attrset(a);
	for (int y = r.y < 0 ? 0 : r.y; y < r.y + r.h && y < t->nlines; y++)
		mvhline(y, x0, ' ', x1 - x0);
	attrset(A_NORMAL);
}

static void line_char(const struct tui *t, int y, int x, const wchar_t *u, char ascii, attr_t a)
{
	if (y < 0 || x < 0 || y >= t->nlines || x >= t->ncols)
		return;
	attrset(a);
	if (t->utf8)
		mvaddnwstr(y, x, u, 1);
	else
		mvaddch(y, x, (chtype)(unsigned char)ascii);
	attrset(A_NORMAL);
}

void tui_hline(const struct tui *t, int y, int x, int n, attr_t a)
{
	for (int i = 0; i < n; i++)
		line_char(t, y, x + i, L"\x2500", '-', a);
}

void tui_vline(const struct tui *t, int y, int x, int n, attr_t a)
{
	for (int i = 0; i < n; i++)
		line_char(t, y + i, x, L"\x2502", '|', a);
}

void tui_box(const struct tui *t, struct tui_rect r, attr_t a)
{
	tui_fill(t, r, a);
	tui_hline(t, r.y, r.x + 1, r.w - 2, a);
	tui_hline(t, r.y + r.h - 1, r.x + 1, r.w - 2, a);
	tui_vline(t, r.y + 1, r.x, r.h - 2, a);
	tui_vline(t, r.y + 1, r.x + r.w - 1, r.h - 2, a);
	line_char(t, r.y, r.x, L"\x250c", '+', a);
	line_char(t, r.y, r.x + r.w - 1, L"\x2510", '+', a);
	line_char(t, r.y + r.h - 1, r.x, L"\x2514", '+', a);
	line_char(t, r.y + r.h - 1, r.x + r.w - 1, L"\x2518", '+', a);
}

/* Text that may not fit: cut with an ellipsis. */
static int put_fit(const struct tui *t, int y, int x, int maxw, const char *s, attr_t a)
{
	int w = text_width(s, strlen(s));
	if (w <= maxw)
		return tui_puts(t, y, x, maxw, s, a);
	const char *e = tui_ellipsis(t);
	int ew = t->utf8 ? 1 : 3;
	if (maxw <= ew)
		return tui_puts(t, y, x, maxw, s, a);
	int used = tui_puts(t, y, x, maxw - ew, s, a);
	return used + tui_puts(t, y, x + used, ew, e, a);
}

/* Where a pane is, padded on the left to the widest it can be, so that
 * scrolling rewrites the numbers that change and nothing beside them. */
static void position(const struct pane *p, char *buf, size_t size)
{
	char pos[64], total[32];
	if (!p || !*pane_position(p, pos, sizeof pos)) {
		snprintf(buf, size, "%s", "");
		return;
	}
	int digits = snprintf(total, sizeof total, "%zu", p->nl);
	snprintf(buf, size, "%*s", 3 * digits + 2, pos);
}

void tui_draw_title(const struct tui *t, const struct tui_geom *g, const char *what, const struct pane *p)
{
	char right[256], pos[64];
	position(p, pos, sizeof pos);
	snprintf(right, sizeof right, "%s%s%s", what ? what : "", *pos ? "  " : "", pos);
	attr_t a = t->attr[TUI_S_TITLE];
	tui_fill(t, g->title, a);
	int rw = text_width(right, strlen(right));
	if (rw > g->title.w - 2)
		rw = g->title.w - 2;
	int left = g->title.w - rw - 4;
	if (left >= 8)
		put_fit(t, g->title.y, 1, left, content_title(t->c), a | A_BOLD);
	put_fit(t, g->title.y, g->title.w - rw - 1, rw, right, a);
}

bool tui_offers(const struct tui *t, enum tui_action a)
{
	if (a == TUI_A_PRINT)
		return t->printer;
	if (!t->kiosk)
		return true;
	if (a == TUI_A_QUIT)
		return false;
	return a != TUI_A_SAVE || (t->s->opt && t->s->opt->spool_dir);
}

/* The columns a hint takes ("? keys  "), 0 when it is not shown here. */
static int hint_width(const struct tui *t, unsigned ctx, enum tui_action h, const char **key, const char **name)
{
	*key = tui_keys_name(h, ctx);
	if (!*key)
		*key = tui_keys_name(h, TUI_CTX_ALL & ~TUI_CTX_FILTER);
	*name = tui_action_name(h);
	if (!*key || !tui_offers(t, h))
		return 0;
	return text_width(*key, strlen(*key)) + 1 + text_width(*name, strlen(*name)) + 2;
}

/* The hints that fit, in order; the help key's always, for it leads to
 * every other key (in a longer language, fewer of the rest fit). */
void tui_draw_status(const struct tui *t, const struct tui_geom *g, unsigned ctx, const enum tui_action *hints)
{
	attr_t a = t->attr[TUI_S_STATUS];
	tui_fill(t, g->status, a);
	int y = g->status.y, x = 1, end = g->status.w - 1, reserve = 0;
	if (t->msg[0]) {
		put_fit(t, y, x, end - x, t->msg, a | A_BOLD);
		return;
	}
	const char *key, *name;
	for (size_t i = 0; hints && hints[i] != TUI_A_NONE; i++)
		if (hints[i] == TUI_A_HELP)
			reserve = hint_width(t, ctx, TUI_A_HELP, &key, &name);
	for (size_t i = 0; hints && hints[i] != TUI_A_NONE; i++) {
		int need = hint_width(t, ctx, hints[i], &key, &name);
		bool help = hints[i] == TUI_A_HELP;
		if (!need || x + need - 2 > end - (help ? 0 : reserve))
			continue;
		if (help)
			reserve = 0;
		x += tui_puts(t, y, x, end - x, key, a | A_BOLD);
		x += tui_puts(t, y, x, end - x, " ", a);
		x += tui_puts(t, y, x, end - x, name, a);
		x += tui_puts(t, y, x, end - x, "  ", a);
	}
}

void tui_draw_side_title(const struct tui *t, const struct tui_geom *g, const char *title, const struct pane *p,
                         bool focused)
{
	/* The pane with the focus says so in its title, not only in a grey
	 * selection left behind in the other. */
	attr_t ta = t->attr[focused ? TUI_S_SEL : PANE_HEADING];
	char pos[64];
	position(p, pos, sizeof pos);
	struct tui_rect r = g->side_title;
	if (r.h == 0)
		return;
	attr_t b = t->attr[TUI_S_BORDER];
	if (g->vertical) {
		tui_vline(t, g->body.y, g->main.x + g->main.w, g->body.h, b);
		int x = r.x + 1;
		int w = text_width(pos, strlen(pos));
		x += put_fit(t, r.y, x, r.w - w - 3, title, ta);
		if (*pos)
			tui_puts(t, r.y, r.x + r.w - w - 1, w, pos, b);
	} else {
		tui_hline(t, r.y, r.x, r.w, b);
		int x = r.x + 2;
		int w = text_width(pos, strlen(pos));
		tui_puts(t, r.y, x, 1, " ", b);
		x += 1 + put_fit(t, r.y, x + 1, r.w - w - 8, title, ta);
		tui_puts(t, r.y, x, 1, " ", b);
		if (*pos) {
			tui_puts(t, r.y, r.x + r.w - w - 3, 1, " ", b);
			tui_puts(t, r.y, r.x + r.w - w - 2, w, pos, b);
			tui_puts(t, r.y, r.x + r.w - 2, 1, " ", b);
		}
	}
}

struct tui_rect tui_dialog(const struct tui *t, const char *title, const char *text, attr_t text_attr, int rows)
{
	bool boxed = !tui_too_small(t);
	int w = boxed ? (t->ncols - 4 < 72 ? t->ncols - 4 : 72) : t->ncols - 1;
	int tw = boxed ? w - 4 : w - 1;
	struct text_lines l = { 0 };
	text_wrap(text ? text : "", tw > 1 ? tw : 1, &l);
	/* In a small window the box may cover the title and status lines. */
	int frame = boxed ? 4 : 0, n = (int)l.n;
	if (n > t->nlines - frame - rows)
		n = t->nlines - frame - rows;
	if (n < 0)
		n = 0;
	int h = n + rows + frame;
	int y = (t->nlines - h) / 2, x = (t->ncols - w) / 2;
	if (boxed) {
		tui_box(t, (struct tui_rect){ y, x, h, w }, t->attr[TUI_S_BORDER]);
		if (title && *title) {
			char head[128];
			snprintf(head, sizeof head, " %s ", title);
			tui_puts(t, y, x + 2, w - 4, head, t->attr[PANE_HEADING]);
		}
		y += 2;
		x += 2;
	} else {
		x = 1;
	}
	for (int i = 0; i < n; i++)
		tui_put(t, y + i, x, tw, text + l.v[i].off, l.v[i].len, text_attr);
	text_lines_free(&l);
	return (struct tui_rect){ y + n + (boxed ? 1 : 0), x, rows, tw };
}

/* The first match of block b that ends after byte off, or hl->n. */
static size_t next_match(const struct tui_hl *hl, size_t b, size_t off)
{
	size_t i = 0;
	while (i < hl->n && (hl->v[i].block < b || (hl->v[i].block == b && hl->v[i].off + hl->len <= off)))
		i++;
	return i < hl->n && hl->v[i].block == b ? i : hl->n;
}

static void draw_line(const struct tui *t, const struct pane *p, size_t line, int y, int x, int w,
                      attr_t base, const struct tui_hl *hl)
{
	const struct pane_line *pl = &p->l[line];
	const char *text = p->b[pl->block].text;
	size_t at = pl->off, end = pl->off + pl->len;
	size_t i = hl && hl->len ? next_match(hl, pl->block, at) : (hl ? hl->n : 0);
	int col = 0;
	while (at < end && col < w) {
		size_t from = i < (hl ? hl->n : 0) && hl->v[i].block == pl->block ? hl->v[i].off : end;
		size_t plain = (from > at ? (from < end ? from : end) : at) - at;
		col += tui_put(t, y, x + col, w - col, text + at, plain, base);
		at += plain;
		if (at >= end)
			break;
		size_t to = hl->v[i].off + hl->len < end ? hl->v[i].off + hl->len : end;
		attr_t a = t->attr[(int)i == hl->cur ? TUI_S_MATCH_CUR : TUI_S_MATCH];
		col += tui_put(t, y, x + col, w - col, text + at, to - at, a);
		at = to;
		i++;
	}
}

void tui_draw_pane(const struct tui *t, const struct pane *p, struct tui_rect r, bool focused,
                   const struct tui_hl *hl, struct tui_frame *f)
{
	struct tui_rect in = tui_inner(r);
	for (int row = 0; row < in.h; row++) {
		size_t line = (size_t)(p->top + row);
		if (line >= p->nl)
			break;
		const struct pane_line *pl = &p->l[line];
		const struct pane_block *b = &p->b[pl->block];
		attr_t a = t->attr[b->style < PANE_NSTYLES ? b->style : PANE_TEXT];
		bool sel = p->selectable && (int)pl->block == p->sel;
		if (sel) {
			/* Under the text alone, not across the row: moving the
			 * highlight rewrites the two items and nothing beside them. */
			a = t->attr[focused ? TUI_S_SEL : TUI_S_SEL_DIM];
		}
		int x = in.x + b->indent, w = in.w - b->indent;
		int pw = b->prefix ? text_width(b->prefix, strlen(b->prefix)) : 0;
		/* The cursor on the first highlighted cell of the item in view
		 * (a screen reader reads from there): its prefix, or the text of
		 * a line it continues on. */
		if (sel && focused && !f->placed)
			*f = (struct tui_frame){ r.y + row, pl->first ? x : x + pw + pl->hang, true };
		if (b->prefix) {
			if (pl->first)
				tui_puts(t, r.y + row, x, w, b->prefix, a);
			x += pw;
			w -= pw;
		}
		draw_line(t, p, line, r.y + row, x + pl->hang, w - pl->hang, a, hl);
		if (b->aside && pl->first && p->aside_col >= 0)
			tui_puts(t, r.y + row, in.x + p->aside_col, in.w - p->aside_col, b->aside, t->attr[PANE_DIM]);
	}
	if (focused && !f->placed) {
		f->cy = in.y;
		f->cx = in.x;
		f->placed = true;
	}
}

void tui_layout_split(struct tui *t, struct tui_view *v)
{
	enum tui_screen s = v->id;
	struct tui_geom g;
	tui_geom(t, s, v->focus, &g);
	if (!g.has_side)
		v->focus = 0;
	pane_layout(&v->main, tui_text_cols(g.main), tui_inner(g.main).h);
	if (tui_screens[s]->fit_main && g.mode == TUI_NORMAL) {
		/* Wrapped now: size the panes to the text. */
		tui_geom(t, s, v->focus, &g);
		pane_layout(&v->main, tui_text_cols(g.main), tui_inner(g.main).h);
	}
	if (g.has_side)
		pane_layout(&v->side, tui_text_cols(g.side), tui_inner(g.side).h);
}

void tui_draw_split(const struct tui *t, const struct tui_view *v, const struct tui_hl *main_hl,
                    const struct tui_hl *side_hl, struct tui_frame *f)
{
	const struct tui_screen_ops *o = tui_screens[v->id];
	struct tui_geom g;
	tui_geom(t, v->id, v->focus, &g);
	bool side_only = g.side_shown && !g.main_shown;
	char title[128];
	const char *side_title = o->side_title ? _(o->side_title) : NULL;
	if (side_only)
		tui_draw_title(t, &g, side_title, &v->side);
	else
		tui_draw_title(t, &g, tui_view_title(t, v, title, sizeof title), &v->main);
	if (g.main_shown)
		tui_draw_pane(t, &v->main, g.main, v->focus == 0, main_hl, f);
	if (g.side_shown) {
		if (!side_only)
			tui_draw_side_title(t, &g, side_title, &v->side, v->focus == 1);
		tui_draw_pane(t, &v->side, g.side, v->focus == 1, side_hl, f);
	}
	bool side = v->focus == 1 && g.side_shown && o->side_hints;
	tui_draw_status(t, &g, tui_view_ctx(t, v), side ? o->side_hints : o->hints);
}

static bool in_rect(struct tui_rect r, int y, int x)
{
	return y >= r.y && y < r.y + r.h && x >= r.x && x < r.x + r.w;
}

enum tui_reaction tui_split_key(struct tui *t, struct tui_view *v, enum tui_action a, bool *chosen)
{
	struct tui_geom g;
	tui_geom(t, v->id, v->focus, &g);
	struct pane *p = v->focus == 1 && g.has_side ? &v->side : &v->main;
	*chosen = false;
	switch (a) {
	case TUI_A_UP: case TUI_A_DOWN: case TUI_A_PGUP: case TUI_A_PGDN: case TUI_A_HOME: case TUI_A_END:
		return pane_act(p, a) ? TUI_R_REDRAW : TUI_R_NONE;
	case TUI_A_NEXT_PANE: case TUI_A_PREV_PANE:
		if (!g.has_side)
			return TUI_R_NONE;
		v->focus = !v->focus;
		return TUI_R_REDRAW;
	case TUI_A_JUMP: {
		if (v->focus != 0 || !v->main.selectable)
			return TUI_R_NONE;
		int b = pane_find_letter(&v->main, t->key);
		if (b < 0)
			return TUI_R_NONE;
		pane_select(&v->main, b);
		return TUI_R_REDRAW;
	}
	case TUI_A_WHEEL_UP: case TUI_A_WHEEL_DOWN:
		if (g.side_shown && in_rect(g.side, t->mouse_y, t->mouse_x))
			return pane_act(&v->side, a) ? TUI_R_REDRAW : TUI_R_NONE;
		if (g.main_shown && in_rect(g.main, t->mouse_y, t->mouse_x))
			return pane_act(&v->main, a) ? TUI_R_REDRAW : TUI_R_NONE;
		return TUI_R_NONE;
	case TUI_A_CLICK:
		if (g.side_shown && in_rect(g.side, t->mouse_y, t->mouse_x)) {
			v->focus = 1;
			return TUI_R_REDRAW;
		}
		if (g.main_shown && in_rect(g.main, t->mouse_y, t->mouse_x)) {
			v->focus = 0;
			int b = pane_hit(&v->main, t->mouse_y - g.main.y);
			if (b >= 0 && v->main.b[b].ref.kind >= 0) {
				if (b == v->main.sel)
					*chosen = true;
				else
					pane_select(&v->main, b);
			}
			return TUI_R_REDRAW;
		}
		return TUI_R_NONE;
	default:
		return TUI_R_NONE;
	}
}

unsigned tui_split_ctx(const struct tui_view *v, unsigned extra)
{
	unsigned c = TUI_CTX_GLOBAL | TUI_CTX_NAV | extra;
	if (v->focus == 0 && v->main.selectable)
		return c | TUI_CTX_LIST;
	return c | TUI_CTX_PANE;
}

/* The start of the character before byte i, or of the one after it. */
static size_t char_before(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[--i] & 0xc0) == 0x80)
		;
	return i;
}

static size_t char_after(const char *s, size_t len, size_t i)
{
	if (i < len)
		i++;
	while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
		i++;
	return i;
}

/* Bytes from..to of buf (len of them) taken out. */
static void cut(char *buf, size_t *len, size_t from, size_t to)
{
	memmove(buf + from, buf + to, *len - to);
	*len -= to - from;
}

static bool insert(char *buf, size_t *len, size_t *cur, size_t size, int key)
{
	char mb[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t n = wcrtomb(mb, (wchar_t)key, &st);
	if (n == (size_t)-1 || *len + n >= size)
		return false;
	memmove(buf + *cur + n, buf + *cur, *len - *cur);
	memcpy(buf + *cur, mb, n);
	*len += n;
	*cur += n;
	return true;
}

enum tui_field tui_field_key(char *buf, size_t *len, size_t *at, size_t size, enum tui_action a, int key)
{
	size_t end = *len, *cur = at ? at : &end;
	switch (a) {
	case TUI_A_TYPE:
		if (!insert(buf, len, cur, size, key))
			return TUI_F_NONE;
		break;
	case TUI_A_ERASE: { /* the character before the cursor, all its bytes */
		size_t from = char_before(buf, *cur);
		cut(buf, len, from, *cur);
		*cur = from;
		break;
	}
	case TUI_A_DELETE: cut(buf, len, *cur, char_after(buf, *len, *cur)); break;
	case TUI_A_KILL: *len = *cur = 0; break;
	case TUI_A_LEFT: *cur = char_before(buf, *cur); break;
	case TUI_A_RIGHT: *cur = char_after(buf, *len, *cur); break;
	case TUI_A_HOME: *cur = 0; break;
	case TUI_A_END: *cur = *len; break;
	case TUI_A_ACCEPT: return TUI_F_ACCEPT;
	case TUI_A_CANCEL: return TUI_F_CANCEL;
	default: return TUI_F_NONE;
	}
	buf[*len] = '\0';
	return TUI_F_EDITED;
}

/* The prompt keeps its keys: in a narrow window, or a longer language,
 * the count of matches goes first, then the keys' words, leaving the keys
 * alone, which read the same in every language. */
void tui_draw_prompt(const struct tui *t, const struct tui_geom *g, const char *label, const char *query,
                     bool typing, const char *count, const char *keys, struct tui_frame *f)
{
	attr_t a = t->attr[TUI_S_STATUS];
	tui_fill(t, g->status, a);
	int y = g->status.y, x = 1, w = g->status.w - 2;
	x += tui_puts(t, y, x, w, label, a | A_BOLD);
	x += tui_puts(t, y, x, w - (x - 1), typing ? tui_tail(query, w - (x - 1) - 20) : query,
	              t->attr[TUI_S_INPUT]);
	if (typing) {
		f->cy = y;
		f->cx = x;
		f->placed = true;
	}
	int left = w - (x - 1), cw = 2 + text_width(count, strlen(count)), kw = text_width(keys, strlen(keys));
	if (cw + kw > left)
		cw = 0;
	if (kw > left)
		keys = typing ? "  Enter  Esc" : "  Esc";
	if (cw) {
		x += tui_puts(t, y, x, w - (x - 1), "  ", a);
		x += tui_puts(t, y, x, w - (x - 1), count, a);
	}
	put_fit(t, y, x, w - (x - 1), keys, a);
}

/* An input field of w columns at y, x showing buf with the cursor at byte
 * cur in view; returns the cursor's column. */
static int draw_input(const struct tui *t, int y, int x, int w, const char *buf, size_t cur, attr_t a)
{
	tui_fill(t, (struct tui_rect){ y, x, 1, w }, a);
	/* From the start if the cursor fits, else so that it ends the field. */
	size_t from = 0;
	while (from < cur && text_width(buf + from, cur - from) > w - 1)
		from = char_after(buf, cur, from);
	tui_puts(t, y, x, w, buf + from, a);
	return x + text_width(buf + from, cur - from);
}

const char *tui_tail(const char *s, int w)
{
	int total = text_width(s, strlen(s));
	while (*s && total > w) {
		size_t n = 1;
		while ((s[n] & 0xc0) == 0x80)
			n++;
		total -= text_width(s, n);
		s += n;
	}
	return s;
}

void tui_draw_field(const struct tui *t, const struct tui_form *fd, struct tui_frame *f)
{
	struct tui_rect r = tui_dialog(t, fd->title, fd->text, t->attr[fd->error ? PANE_UNMET : PANE_TEXT], 4);
	tui_puts(t, r.y, r.x, r.w, fd->label, t->attr[PANE_TEXT]);
	size_t cur = fd->cur ? *fd->cur : strlen(fd->value);
	*f = (struct tui_frame){ r.y + 1, draw_input(t, r.y + 1, r.x, r.w, fd->value, cur, t->attr[TUI_S_INPUT]), true };
	tui_puts(t, r.y + 3, r.x, r.w, fd->keys, t->attr[PANE_DIM]);
}
