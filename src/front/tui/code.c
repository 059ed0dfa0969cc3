/* tui/code: "I have a code".  The person types the resume code from their
 * plan; the answers it holds come back, and with them the plan, made under
 * today's rules.  What was typed is wiped once read or cancelled. */
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "mem.h"
#include "resume.h"
#include "tui.h"

struct code {
	char text[RESUME_MAX];
	size_t len;
	char msg[400];
	bool error;
};

void code_open(struct tui *t)
{
	struct code *c = tui_open(t, TUI_CODE)->priv;
	explicit_bzero(c, sizeof *c);
}

/* The answers of the code, in place of any given; then the result, or the
 * next question if the code left some unanswered. */
static void take(struct tui *t, const int *got)
{
	for (size_t q = 0; q < t->s->nanswers; q++)
		tui_set_answer(t, (int)q, got[q]);
	wizard_open(t);
}

static enum tui_reaction accept(struct tui *t, struct code *c)
{
	int *got = mem_alloc((t->s->nanswers + 1) * sizeof *got);
	char bad = 0;
	enum resume_status s = resume_decode(t->c, c->text, got, &bad);
	resume_message(s, bad, c->msg, sizeof c->msg);
	c->error = !RESUME_TAKEN(s);
	if (!c->error) {
		tui_pop(t);
		take(t, got);
		tui_message(t, "%s", c->msg);
		explicit_bzero(c, sizeof *c);
	}
	explicit_bzero(got, t->s->nanswers * sizeof *got);
	free(got);
	return TUI_R_REDRAW;
}

static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct code *c = v->priv;
	struct tui_form fd = { _("I have a code"),
		                c->msg[0] ? c->msg
		                          : _("Type the resume code from your plan (for example K7Q-M4X-D9A): your "
		                              "answers and your plan come back."),
		                _("Code:"), c->text, _("Enter bring back   Esc cancel   Ctrl-U clear"), c->error, NULL };
	tui_draw_field(t, &fd, f);
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct code *c = v->priv;
	enum tui_field done = tui_field_key(c->text, &c->len, NULL, sizeof c->text, a, t->key);
	if (done == TUI_F_ACCEPT)
		return accept(t, c);
	if (done == TUI_F_CANCEL) {
		explicit_bzero(c, sizeof *c);
		tui_pop(t);
	}
	/* What was wrong with the code is said until the code is changed. */
	if (done == TUI_F_EDITED && c->error) {
		explicit_bzero(c->msg, sizeof c->msg);
		c->error = false;
	}
	return done == TUI_F_NONE ? TUI_R_NONE : TUI_R_REDRAW;
}

const struct tui_screen_ops code_screen = {
	.name = "code", .private_size = sizeof(struct code), .ctx = TUI_CTX_PROMPT,
	.overlay = true,
	.draw = draw, .key = key,
};
