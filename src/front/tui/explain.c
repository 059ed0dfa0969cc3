/* tui/explain: "Not sure? Explain": what a question means and what counts. */
#include "tui.h"

struct explain {
	int q;               /* the question explained */
};

void explain_open(struct tui *t, int q)
{
	((struct explain *)tui_open_new(t, TUI_EXPLAIN)->priv)->q = q;
}

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	const struct content_question *q = content_question(t->c, (size_t)((struct explain *)v->priv)->q);
	pane_text(p, PANE_HEADING, q->text);
	pane_gap(p);
	pane_text(p, PANE_TEXT, q->help);
	pane_heading(p, "The answers");
	for (size_t i = 0; i < q->noptions; i++) {
		pane_add(p, PANE_TEXT, PANE_NONE, 0, "- ", q->options[i].label);
		pane_add(p, PANE_DIM, PANE_NONE, 2, NULL, q->options[i].help);
	}
	if (q->faq >= 0) {
		const struct content_faq *e = content_faq(t->c, (size_t)q->faq);
		pane_gap(p);
		pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL, "From the FAQ: %s", e->question);
		pane_text(p, PANE_TEXT, e->answer);
	}
}

/* Enter, having read it, goes back to the question too. */
static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	return tui_view_key(t, v, a == TUI_A_ENTER ? TUI_A_BACK : a);
}

static const enum tui_action hints[] = { TUI_A_BACK, TUI_A_PGDN, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                 TUI_A_NONE };

const struct tui_screen_ops explain_screen = {
	.name = "explain", .private_size = sizeof(struct explain), .title = "Not sure? Explain", .hints = hints,
	.build = build, .key = key,
};
