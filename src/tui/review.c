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

static void add_answer(struct pane *p, int *n, const struct content_question *q, const char *label, int id)
{
	char num[16], text[1200];
	snprintf(num, sizeof num, "%d. ", ++*n);
	snprintf(text, sizeof text, "%s\nAnswer: %s", q->text, label);
	pane_add(p, PANE_TEXT, id, 0, num, text);
}

/* The answers in use, in the order asked, with the question now to answer
 * among them; then those the flow does not use now. */
static void add_answers(struct tui *t, const struct plan *doc)
{
	struct pane *p = &t->review.main;
	int n = 0, next = t->rp.next;
	bool heading = false;
	for (size_t i = 0; i < doc->nb; i++) {
		const struct plan_block *b = &doc->b[i];
		if (next >= 0 && (b->kind != PLAN_ANSWER || b->question > next)) {
			add_answer(p, &n, content_question(t->c, (size_t)next), "(not answered yet)", next);
			next = -1;
		}
		if (b->kind == PLAN_ANSWER)
			add_answer(p, &n, b->of.question, b->detail, b->question);
		if (b->kind != PLAN_UNUSED || b->question == t->rp.next)
			continue;
		if (!heading) {
			pane_add(p, PANE_TEXT, -1, 0, NULL, "");
			pane_add(p, PANE_HEADING, -1, 0, NULL,
			         "Answers not needed now (kept in case you change an answer above):");
		}
		heading = true;
		pane_addf(p, PANE_DIM, -1, 0, "- ", "%s\nAnswer: %s", b->text, b->detail);
	}
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
	/* The day does not matter here: only the answers are read. */
	struct plan *doc = plan_build(t->c, t->s->answers, 0);
	if (doc)
		add_answers(t, doc);
	plan_free(doc);
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
