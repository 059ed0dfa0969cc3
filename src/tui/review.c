/* tui/review: every answer so far; Enter on one changes it. */
#include <stdio.h>

#include "tui.h"

enum { R_CONTINUE = 1 << 20, R_RESULT };

void review_open(struct tui *t)
{
	t->review.built = false;
	t->review.focus = 0;
	tui_push(t, TUI_REVIEW);
}

unsigned review_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->review, 0);
}

static void build(struct tui *t)
{
	struct pane *p = &t->review.main;
	int keep = pane_sel_id(p);
	pane_clear(p);
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "Your answers so far. Choose one to change it: the questions after it are planned again, "
	         "and later answers that still apply are kept.");
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	int n = 0;
	char num[16], text[1200];
	for (size_t i = 0; i < content_nquestions(t->c); i++) {
		const struct content_question *q = content_question(t->c, i);
		int a = t->s->answers[i];
		bool pending = (int)i == t->rp.next;
		if (!pending && (a < 0 || !rules_used(t->effective, (int)i)))
			continue;
		snprintf(num, sizeof num, "%d. ", ++n);
		snprintf(text, sizeof text, "%s\nAnswer: %s", q->text,
		         pending ? "(not answered yet)" : q->options[a].label);
		pane_add(p, PANE_TEXT, (int)i, 0, num, text);
	}
	bool heading = false;
	for (size_t i = 0; i < content_nquestions(t->c); i++) {
		const struct content_question *q = content_question(t->c, i);
		int a = t->s->answers[i];
		if (a < 0 || rules_used(t->effective, (int)i) || (int)i == t->rp.next)
			continue;
		if (!heading) {
			pane_add(p, PANE_TEXT, -1, 0, NULL, "");
			pane_add(p, PANE_HEADING, -1, 0, NULL,
			         "Answers not needed now (kept in case you change an answer above):");
			heading = true;
		}
		snprintf(text, sizeof text, "%s\nAnswer: %s", q->text, q->options[a].label);
		pane_add(p, PANE_DIM, -1, 0, "- ", text);
	}
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	if (t->rp.next == RULES_NONE)
		pane_add(p, PANE_LINK, R_RESULT, 0, NULL, "See my result");
	else
		pane_add(p, PANE_LINK, R_CONTINUE, 0, NULL, "Carry on with the questions");
	if (keep < 0 || !pane_select_id(p, keep))
		pane_select(p, 0);
	t->review.built = true;
	t->review.gen = t->gen;
}

void review_layout(struct tui *t)
{
	if (!t->review.built || t->review.gen != t->gen)
		build(t);
	tui_layout_split(t, TUI_REVIEW, &t->review);
}

void review_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                         TUI_A_NONE };
	tui_draw_split(t, TUI_REVIEW, &t->review, "Review your answers", "", hints, f);
}

static enum tui_reaction choose(struct tui *t, int id)
{
	if (id == R_RESULT)
		result_open(t);
	else if (id == R_CONTINUE)
		wizard_goto(t, t->rp.next);
	else if (id >= 0 && (size_t)id < content_nquestions(t->c))
		wizard_goto(t, id);
	else
		return TUI_R_NONE;
	return TUI_R_REDRAW;
}

enum tui_reaction review_key(struct tui *t, enum tui_action a)
{
	bool chosen;
	if (a == TUI_A_ENTER)
		return choose(t, pane_sel_id(&t->review.main));
	if (a == TUI_A_BACK) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	enum tui_reaction r = tui_split_key(t, TUI_REVIEW, &t->review, a, &chosen);
	return chosen ? choose(t, pane_sel_id(&t->review.main)) : r;
}
