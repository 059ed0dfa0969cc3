/* tui/pane: wrapped, scrollable, optionally selectable blocks of text. */
#include "tui_pane.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "text.h"

void pane_init(struct pane *p, bool selectable)
{
	memset(p, 0, sizeof *p);
	p->selectable = selectable;
	p->sel = -1;
	p->wrapped = -1;
	p->width = p->height = 1;
	p->aside_col = -1;
}

/* A pane may show a person's answers and their resume code: its text is
 * wiped before it goes. */
static void wipe_free(char *s)
{
	if (s)
		explicit_bzero(s, strlen(s));
	free(s);
}

void pane_clear(struct pane *p)
{
	p->anchor_b = p->anchor_off = 0;
	for (size_t i = 0; i < p->nb; i++) {
		wipe_free(p->b[i].text);
		wipe_free(p->b[i].prefix);
		wipe_free(p->b[i].aside);
	}
	p->nb = p->nl = 0;
	p->top = 0;
	p->sel = -1;
	p->wrapped = -1;
}

void pane_free(struct pane *p)
{
	pane_clear(p);
	free(p->b);
	free(p->l);
	p->b = NULL;
	p->l = NULL;
	p->capb = p->capl = 0;
}

static char *safe_copy(const char *s)
{
	char *t = text_sanitize(s ? s : "");
	for (char *c = t; *c; c++)
		if (*c == '\t')
			*c = ' ';
	return t;
}

size_t pane_add(struct pane *p, int style, struct pane_ref ref, int indent, const char *prefix, const char *text)
{
	p->b = mem_room(p->b, &p->capb, p->nb + 1, sizeof *p->b);
	struct pane_block *b = &p->b[p->nb];
	b->text = safe_copy(text);
	b->prefix = prefix && *prefix ? safe_copy(prefix) : NULL;
	b->aside = NULL;
	b->indent = indent < 0 ? 0 : indent;
	b->style = style;
	b->ref = ref;
	p->wrapped = -1;
	return p->nb++;
}

size_t pane_text(struct pane *p, int style, const char *text)
{
	return pane_add(p, style, PANE_NONE, 0, NULL, text);
}

void pane_gap(struct pane *p)
{
	pane_text(p, PANE_TEXT, "");
}

void pane_heading(struct pane *p, const char *title)
{
	pane_gap(p);
	pane_text(p, PANE_HEADING, title);
}

/* One of block b's own strings, replaced by a copy of text (NULL: none). */
static void set_part(struct pane *p, size_t b, size_t field, const char *text)
{
	if (b >= p->nb)
		return;
	char **part = (char **)((char *)&p->b[b] + field);
	free(*part);
	*part = text && *text ? safe_copy(text) : NULL;
	p->wrapped = -1;
}

void pane_aside(struct pane *p, size_t b, const char *text)
{
	set_part(p, b, offsetof(struct pane_block, aside), text);
}

void pane_prefix(struct pane *p, size_t b, const char *prefix)
{
	set_part(p, b, offsetof(struct pane_block, prefix), prefix);
}

size_t pane_addf(struct pane *p, int style, struct pane_ref ref, int indent, const char *prefix, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return pane_add(p, style, ref, indent, prefix, buf);
}

static int prefix_width(const struct pane_block *b)
{
	return b->prefix ? text_width(b->prefix, strlen(b->prefix)) : 0;
}

static int max_top(const struct pane *p)
{
	int m = (int)p->nl - p->height;
	return m > 0 ? m : 0;
}

static void clamp(struct pane *p)
{
	if (p->top > max_top(p))
		p->top = max_top(p);
	if (p->top < 0)
		p->top = 0;
}

void pane_block_lines(const struct pane *p, size_t b, size_t *first, size_t *end)
{
	/* Lines are in block order; a binary search keeps long panes quick. */
	size_t lo = 0, hi = p->nl;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->l[mid].block < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	while (hi < p->nl && p->l[hi].block == b)
		hi++;
	*end = hi;
}

static size_t line_of(const struct pane *p, size_t b, size_t off)
{
	size_t f, e;
	pane_block_lines(p, b, &f, &e);
	if (f == e)
		return f < p->nl ? f : (p->nl ? p->nl - 1 : 0);
	for (size_t i = f; i + 1 < e; i++)
		if (off < p->l[i + 1].off)
			return i;
	return e - 1;
}


/* Where the asides go: after the widest block that has one, if every such
 * block is one line and every aside fits beside it; else -1. */
static int aside_column(const struct pane *p, int width)
{
	int col = 0, w = 0;
	bool any = false;
	for (size_t i = 0; i < p->nb; i++) {
		const struct pane_block *b = &p->b[i];
		if (!b->aside)
			continue;
		size_t f, e;
		pane_block_lines(p, i, &f, &e);
		if (e - f != 1)
			return -1;
		int end = b->indent + prefix_width(b) + p->l[f].width;
		int aw = text_width(b->aside, strlen(b->aside));
		col = end > col ? end : col;
		w = aw > w ? aw : w;
		any = true;
	}
	return any && col + PANE_ASIDE_GAP + w <= width ? col + PANE_ASIDE_GAP : -1;
}

static void rewrap(struct pane *p, int width)
{
	p->nl = 0;
	struct text_lines tl = { 0 };
	for (size_t i = 0; i < p->nb; i++) {
		const struct pane_block *b = &p->b[i];
		int avail = width - b->indent - prefix_width(b);
		const char *text = b->text;
		size_t start = 0;
		/* Line by line, so that a "- " item's later lines hang under its text. */
		for (;;) {
			const char *nl = strchr(text + start, '\n');
			size_t end = nl ? (size_t)(nl - text) : strlen(text);
			int hang = end - start >= 2 && text[start] == '-' && text[start + 1] == ' ' ? 2 : 0;
			char *line = mem_strndup(text + start, end - start);
			tl.n = 0;
			text_wrap(line, avail - hang < 1 ? 1 : avail - hang, &tl);
			wipe_free(line);
			for (size_t k = 0; k < tl.n; k++) {
				p->l = mem_room(p->l, &p->capl, p->nl + 1, sizeof *p->l);
				p->l[p->nl++] = (struct pane_line){ i, start + tl.v[k].off, tl.v[k].len, tl.v[k].width,
				                                    k > 0 ? hang : 0, start == 0 && k == 0 };
			}
			if (!nl)
				break;
			start = end + 1;
		}
	}
	text_lines_free(&tl);
	p->wrapped = width;
	p->aside_col = aside_column(p, width);
}

/* Remember the top line as the place the person chose. */
static void set_anchor(struct pane *p)
{
	if (p->top >= 0 && (size_t)p->top < p->nl) {
		p->anchor_b = p->l[p->top].block;
		p->anchor_off = p->l[p->top].off;
	} else {
		p->anchor_b = p->anchor_off = 0;
	}
}

static bool visible(const struct pane *p, int b)
{
	if (b < 0)
		return false;
	size_t f, e;
	pane_block_lines(p, (size_t)b, &f, &e);
	return (int)e > p->top && (int)f < p->top + p->height;
}

static void show_block(struct pane *p, int b)
{
	size_t f, e;
	pane_block_lines(p, (size_t)b, &f, &e);
	if ((int)(e - f) > p->height || (int)f < p->top)
		p->top = (int)f;
	else if ((int)e > p->top + p->height)
		p->top = (int)e - p->height;
	clamp(p);
}

void pane_layout(struct pane *p, int width, int height)
{
	if (width < 1)
		width = 1;
	if (height < 1)
		height = 1;
	if (p->wrapped != width)
		rewrap(p, width);
	p->width = width;
	p->height = height;
	/* A new size shows the same place; only a selection out of view moves it. */
	p->top = p->nl ? (int)line_of(p, p->anchor_b, p->anchor_off) : 0;
	clamp(p);
	if (p->sel >= 0 && !visible(p, p->sel))
		show_block(p, p->sel);
}

static bool selectable(const struct pane *p, int b)
{
	return b >= 0 && (size_t)b < p->nb && p->b[b].ref.kind >= 0;
}

static int first_visible(const struct pane *p)
{
	for (size_t b = 0; b < p->nb; b++)
		if (selectable(p, (int)b) && visible(p, (int)b))
			return (int)b;
	return -1;
}

static int last_visible(const struct pane *p)
{
	for (size_t b = p->nb; b-- > 0;)
		if (selectable(p, (int)b) && visible(p, (int)b))
			return (int)b;
	return -1;
}

/* After a scroll, a selection that left the view moves into it. */
static void follow(struct pane *p, int dir)
{
	if (!p->selectable || visible(p, p->sel))
		return;
	p->sel = dir > 0 ? first_visible(p) : last_visible(p);
}

static bool scroll_by(struct pane *p, int n)
{
	int old = p->top, sel = p->sel;
	p->top += n;
	clamp(p);
	follow(p, n);
	return p->top != old || p->sel != sel;
}

static bool sel_down(struct pane *p)
{
	int next = -1;
	for (int b = p->sel >= 0 ? p->sel + 1 : 0; (size_t)b < p->nb && next < 0; b++) {
		size_t f, e;
		pane_block_lines(p, (size_t)b, &f, &e);
		if (selectable(p, b) && (p->sel >= 0 || (int)f >= p->top))
			next = b;
	}
	if (next >= 0) {
		size_t f, e;
		pane_block_lines(p, (size_t)next, &f, &e);
		if ((int)f <= p->top + p->height || p->top >= max_top(p)) {
			p->sel = next;
			show_block(p, next);
			return true;
		}
	}
	if (p->top >= max_top(p))
		return false;
	p->top++;
	if (!visible(p, p->sel))
		p->sel = -1;
	return true;
}

static bool sel_up(struct pane *p)
{
	int prev = -1;
	int start = p->sel >= 0 ? p->sel - 1 : (int)p->nb - 1;
	for (int b = start; b >= 0 && prev < 0; b--) {
		size_t f, e;
		pane_block_lines(p, (size_t)b, &f, &e);
		if (selectable(p, b) && (p->sel >= 0 || (int)e <= p->top + p->height))
			prev = b;
	}
	if (prev >= 0) {
		size_t f, e;
		pane_block_lines(p, (size_t)prev, &f, &e);
		if ((int)e >= p->top || p->top == 0) {
			p->sel = prev;
			show_block(p, prev);
			return true;
		}
	}
	if (p->top == 0)
		return false;
	p->top--;
	if (!visible(p, p->sel))
		p->sel = -1;
	return true;
}

static bool act(struct pane *p, enum tui_action a)
{
	int page = p->height > 1 ? p->height - 1 : 1;
	int old = p->top, sel = p->sel;
	switch (a) {
	case TUI_A_UP:
		return p->selectable ? sel_up(p) : scroll_by(p, -1);
	case TUI_A_DOWN:
		return p->selectable ? sel_down(p) : scroll_by(p, 1);
	case TUI_A_WHEEL_UP:
		return scroll_by(p, -3);
	case TUI_A_WHEEL_DOWN:
		return scroll_by(p, 3);
	case TUI_A_PGUP:
		if (p->top > 0)
			return scroll_by(p, -page);
		if (p->selectable)
			p->sel = first_visible(p);
		return p->sel != sel;
	case TUI_A_PGDN:
		if (p->top < max_top(p))
			return scroll_by(p, page);
		if (p->selectable)
			p->sel = last_visible(p);
		return p->sel != sel;
	case TUI_A_HOME:
		p->top = 0;
		if (p->selectable)
			p->sel = first_visible(p);
		return p->top != old || p->sel != sel;
	case TUI_A_END:
		p->top = max_top(p);
		if (p->selectable)
			p->sel = last_visible(p);
		return p->top != old || p->sel != sel;
	default:
		return false;
	}
}

bool pane_act(struct pane *p, enum tui_action a)
{
	bool changed = act(p, a);
	set_anchor(p);
	return changed;
}

void pane_select(struct pane *p, int b)
{
	while (b >= 0 && (size_t)b < p->nb && !selectable(p, b))
		b++;
	if (!selectable(p, b))
		return;
	p->sel = b;
	if (p->wrapped >= 0) {
		show_block(p, b);
		set_anchor(p);
	}
}

bool pane_ref_eq(struct pane_ref a, struct pane_ref b)
{
	return a.kind == b.kind && a.index == b.index && a.part == b.part;
}

bool pane_select_ref(struct pane *p, struct pane_ref ref)
{
	for (size_t b = 0; ref.kind >= 0 && b < p->nb; b++)
		if (pane_ref_eq(p->b[b].ref, ref)) {
			pane_select(p, (int)b);
			return true;
		}
	return false;
}

struct pane_ref pane_sel(const struct pane *p)
{
	return p->sel >= 0 && (size_t)p->sel < p->nb ? p->b[p->sel].ref : PANE_NONE;
}

int pane_find_letter(const struct pane *p, int ch)
{
	if (ch <= 0 || ch > 127 || !isalnum(ch) || p->nb == 0)
		return -1;
	size_t start = p->sel >= 0 ? (size_t)p->sel + 1 : 0;
	for (size_t k = 0; k < p->nb; k++) {
		size_t b = (start + k) % p->nb;
		const char *s = p->b[b].text;
		while (*s == ' ' || *s == '"' || *s == '\'' || *s == '(')
			s++;
		if (selectable(p, (int)b) && tolower((unsigned char)*s) == tolower(ch))
			return (int)b;
	}
	return -1;
}

void pane_show(struct pane *p, size_t b, size_t off)
{
	if (b >= p->nb)
		return;
	if (p->wrapped < 0)
		rewrap(p, p->width);
	int line = (int)line_of(p, b, off);
	if (line < p->top || line >= p->top + p->height) {
		p->top = line - p->height / 3;
		clamp(p);
	}
	set_anchor(p);
}

int pane_hit(const struct pane *p, int row)
{
	int line = p->top + row;
	if (row < 0 || row >= p->height || line < 0 || (size_t)line >= p->nl)
		return -1;
	return (int)p->l[line].block;
}

bool pane_scrolls(const struct pane *p)
{
	return (int)p->nl > p->height;
}

const char *pane_position(const struct pane *p, char *buf, size_t size)
{
	if (!pane_scrolls(p)) {
		snprintf(buf, size, "%s", "");
		return buf;
	}
	int last = p->top + p->height;
	if (last > (int)p->nl)
		last = (int)p->nl;
	snprintf(buf, size, "%d-%d/%zu", p->top + 1, last, p->nl);
	return buf;
}
