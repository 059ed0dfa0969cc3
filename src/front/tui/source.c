/* tui/source: the words of the documents a statement of the advice rests
 * on, so that a person who doubts it can read them. */
#include "tui.h"

struct source {
	const char *text;                    /* the statement, the content's words */
	const struct content_cites *cites;   /* its citations, the content's */
};

void source_open(struct tui *t, const char *text, const struct content_cites *cites)
{
	struct source *s = tui_open_new(t, TUI_SOURCE)->priv;
	s->text = text;
	s->cites = cites;
}

static void build(struct tui *t, struct tui_view *v)
{
	const struct source *s = v->priv;
	struct pane *p = &v->main;
	pane_text(p, PANE_HEADING, "The advice");
	pane_text(p, PANE_TEXT, s->text);
	pane_heading(p, "What the documents say");
	pane_add_passages(p, t->c, s->cites);
}

/* Enter, having read it, goes back to the result too. */
static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	return tui_view_key(t, v, a == TUI_A_ENTER ? TUI_A_BACK : a);
}

static const enum tui_action hints[] = { TUI_A_BACK, TUI_A_PGDN, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                 TUI_A_NONE };

const struct tui_screen_ops source_screen = {
	.name = "source", .private_size = sizeof(struct source), .title = "The source's own words",
	.hints = hints, .build = build, .key = key,
};
