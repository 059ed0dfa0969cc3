/* tui/explain: "Not sure? Explain": what a question means and what counts. */
#include "tui.h"

void explain_open(struct tui *t, int q)
{
	t->explain_q = q;
	t->explain.built = false;
	t->explain.focus = 0;
	tui_push(t, TUI_EXPLAIN);
}

unsigned explain_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->explain, 0);
}

static void build(struct tui *t)
{
	struct pane *p = &t->explain.main;
	const struct content_question *q = content_question(t->c, (size_t)t->explain_q);
	pane_clear(p);
	pane_add(p, PANE_HEADING, -1, 0, NULL, q->text);
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_TEXT, -1, 0, NULL, q->help);
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_HEADING, -1, 0, NULL, "The answers");
	for (size_t i = 0; i < q->noptions; i++) {
		pane_add(p, PANE_TEXT, -1, 0, "- ", q->options[i].label);
		pane_add(p, PANE_DIM, -1, 2, NULL, q->options[i].help);
	}
	if (q->faq >= 0) {
		const struct content_faq *e = content_faq(t->c, (size_t)q->faq);
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_addf(p, PANE_HEADING, -1, 0, NULL, "From the FAQ: %s", e->question);
		pane_add(p, PANE_TEXT, -1, 0, NULL, e->answer);
	}
	t->explain.built = true;
}

void explain_layout(struct tui *t)
{
	if (!t->explain.built)
		build(t);
	tui_layout_split(t, TUI_EXPLAIN, &t->explain);
}

void explain_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_BACK, TUI_A_PGDN, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                         TUI_A_NONE };
	tui_draw_split(t, TUI_EXPLAIN, &t->explain, "Not sure? Explain", "", hints, f);
}

enum tui_reaction explain_key(struct tui *t, enum tui_action a)
{
	bool chosen;
	if (a == TUI_A_BACK || a == TUI_A_ENTER) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	return tui_split_key(t, TUI_EXPLAIN, &t->explain, a, &chosen);
}
