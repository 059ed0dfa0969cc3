/* tui/confirm: a yes/no question over the current screen. */
#include <stdarg.h>
#include <stdio.h>

#include "text.h"
#include "tui.h"

void confirm_open(struct tui *t, enum tui_confirm_kind kind, bool yes, const char *fmt, ...)
{
	struct tui_confirm *c = &t->confirm;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->text, sizeof c->text, fmt, ap);
	va_end(ap);
	c->kind = kind;
	c->yes = yes;
	tui_push(t, TUI_CONFIRM);
}

enum tui_reaction confirm_quit(struct tui *t)
{
	if (t->kiosk) {
		tui_message(t, "This is a public terminal: the advisor stays open for the next person.");
		return TUI_R_REDRAW;
	}
	confirm_open(t, TUI_CONFIRM_QUIT, true, "Quit the advisor? Your answers will be forgotten.");
	return TUI_R_REDRAW;
}

unsigned confirm_ctx(const struct tui *t)
{
	(void)t;
	return TUI_CTX_DIALOG;
}

void confirm_layout(struct tui *t)
{
	(void)t;
}

void confirm_draw(const struct tui *t, struct tui_frame *f)
{
	const struct tui_confirm *c = &t->confirm;
	int w = t->ncols - 4 < 60 ? t->ncols - 4 : 60;
	struct text_lines lines = { 0 };
	text_wrap(c->text, w - 4, &lines);
	size_t n = lines.n > 6 ? 6 : lines.n;
	int h = (int)n + 4;
	struct tui_rect r = { (t->nlines - h) / 2, (t->ncols - w) / 2, h, w };
	tui_box(t, r, t->attr[TUI_S_BORDER]);
	for (size_t i = 0; i < n; i++)
		tui_put(t, r.y + 1 + (int)i, r.x + 2, w - 4, c->text + lines.v[i].off, lines.v[i].len, t->attr[PANE_TEXT]);
	int y = r.y + h - 2, x = r.x + (w - 17) / 2;
	tui_puts(t, y, x, 7, "[ Yes ]", t->attr[c->yes ? TUI_S_SEL : PANE_TEXT]);
	tui_puts(t, y, x + 10, 6, "[ No ]", t->attr[c->yes ? PANE_TEXT : TUI_S_SEL]);
	f->cy = y;
	f->cx = c->yes ? x + 2 : x + 12;
	f->placed = true;
	text_lines_free(&lines);
}

static enum tui_reaction yes(struct tui *t)
{
	switch (t->confirm.kind) {
	case TUI_CONFIRM_QUIT:
		return TUI_R_QUIT;
	case TUI_CONFIRM_RESTART:
		tui_pop(t);
		wizard_restart(t);
		return TUI_R_REDRAW;
	case TUI_CONFIRM_OVERWRITE:
		return save_write(t, true);
	}
	return TUI_R_NONE;
}

static enum tui_reaction no(struct tui *t)
{
	tui_pop(t);
	if (t->confirm.kind == TUI_CONFIRM_OVERWRITE) {
		snprintf(t->save.msg, sizeof t->save.msg, "Not saved. Type another name, or press Esc.");
		t->save.error = false;
	}
	return TUI_R_REDRAW;
}

enum tui_reaction confirm_key(struct tui *t, enum tui_action a)
{
	switch (a) {
	case TUI_A_YES: return yes(t);
	case TUI_A_NO: return no(t);
	case TUI_A_ENTER: return t->confirm.yes ? yes(t) : no(t);
	case TUI_A_SWITCH:
		t->confirm.yes = !t->confirm.yes;
		return TUI_R_REDRAW;
	default: return TUI_R_NONE;
	}
}
