/* tui/confirm: a yes/no question over the current screen.  What a yes or a
 * no does is the opener's: it passes the functions in.  A notice is the
 * same box with one button: it stays until dismissed. */
#include <ctype.h>
#include <stdio.h>

#include <string.h>

#include "lang.h"
#include "text.h"
#include "tui.h"

struct confirm {
	char text[1400];
	char title[64];
	bool notice;         /* one button, OK */
	bool yes;            /* the Yes button is highlighted */
	tui_answer_fn on_yes, on_no;
	void *ctx;
};

void confirm_open(struct tui *t, const char *text, bool yes, tui_answer_fn on_yes, tui_answer_fn on_no,
                  void *ctx)
{
	struct confirm *c = tui_open(t, TUI_CONFIRM)->priv;
	snprintf(c->text, sizeof c->text, "%s", text);
	c->title[0] = '\0';
	c->notice = false;
	c->yes = yes;
	c->on_yes = on_yes;
	c->on_no = on_no;
	c->ctx = ctx;
}

void confirm_notice(struct tui *t, const char *title, const char *text)
{
	confirm_open(t, text, true, NULL, NULL, NULL);
	struct confirm *c = tui_view(t, TUI_CONFIRM)->priv;
	snprintf(c->title, sizeof c->title, "%s", title);
	c->notice = true;
}

static enum tui_reaction quit(struct tui *t, void *ctx)
{
	(void)t;
	(void)ctx;
	return TUI_R_QUIT;
}

enum tui_reaction confirm_quit(struct tui *t)
{
	if (t->kiosk) {
		tui_message(t, "%s", _("This is a public terminal: the advisor stays open for the next person."));
		return TUI_R_REDRAW;
	}
	confirm_open(t, _("Quit the advisor? Your answers will be forgotten."), true, quit, NULL, NULL);
	return TUI_R_REDRAW;
}

/* The column where w columns start, centred in r (at its left when wider). */
static int centred(struct tui_rect r, int w)
{
	return w < r.w ? r.x + (r.w - w) / 2 : r.x;
}

static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct confirm *c = v->priv;
	struct tui_rect r = tui_dialog(t, c->title[0] ? c->title : NULL, c->text, t->attr[PANE_TEXT], 1);
	if (c->notice) {
		const char *ok = _("[ OK ]");
		int x = centred(r, text_width(ok, strlen(ok)));
		tui_puts(t, r.y, x, r.w - (x - r.x), ok, t->attr[TUI_S_SEL]);
		*f = (struct tui_frame){ r.y, x + 2, true };
		return;
	}
	/* The buttons as wide as their words, in the language spoken. */
	const char *yes = _("[ Yes ]"), *no = _("[ No ]");
	int wy = text_width(yes, strlen(yes)), wn = text_width(no, strlen(no));
	int x = centred(r, wy + 3 + wn), xn = x + wy + 3;
	tui_puts(t, r.y, x, r.w - (x - r.x), yes, t->attr[c->yes ? TUI_S_SEL : PANE_TEXT]);
	if (xn < r.x + r.w)
		tui_puts(t, r.y, xn, r.w - (xn - r.x), no, t->attr[c->yes ? PANE_TEXT : TUI_S_SEL]);
	*f = (struct tui_frame){ r.y, c->yes ? x + 2 : xn + 2, true };
}

/* The question closes first: what the answer does may open another. */
static enum tui_reaction answer(struct tui *t, struct confirm *c, bool yes)
{
	tui_answer_fn fn = yes ? c->on_yes : c->on_no;
	tui_pop(t);
	return fn ? fn(t, c->ctx) : TUI_R_REDRAW;
}

/* Whether key is the first letter of a button's word ("[ Ie ]": i, I). */
static bool initial(const char *button, int key)
{
	const char *w = button + strcspn(button, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
	return *w && key < 0x80 && tolower(key) == tolower((unsigned char)*w);
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct confirm *c = v->priv;
	/* y and n in every language, and the buttons' own initials in the
	 * language spoken: Ie and Na in Welsh. */
	bool y = initial(_("[ Yes ]"), t->key), n = initial(_("[ No ]"), t->key);
	if (a == TUI_A_TYPE && !c->notice && y != n)
		a = y ? TUI_A_YES : TUI_A_NO;
	switch (a) {
	case TUI_A_YES: return answer(t, c, true);
	case TUI_A_NO: return answer(t, c, false);
	case TUI_A_ENTER: return answer(t, c, c->yes);
	case TUI_A_SWITCH:
		c->yes = !c->yes || c->notice;
		return TUI_R_REDRAW;
	default: return TUI_R_NONE;
	}
}

const struct tui_screen_ops confirm_screen = {
	.name = "confirm", .private_size = sizeof(struct confirm), .ctx = TUI_CTX_DIALOG,
	.overlay = true,
	.draw = draw, .key = key,
};
