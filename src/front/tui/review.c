/* tui/review: every answer so far; Enter on one changes it. */
#include <stdio.h>

#include "tui.h"

/* What the items stand for: an answer to change, or where to go on. */
enum { R_ANSWER, R_GO };
enum { R_CONTINUE, R_RESULT };

void review_open(struct tui *t)
{
	tui_open_new(t, TUI_REVIEW);
}

static void add_answer(struct pane *p, int *n, const struct content_question *q, const char *label, int id)
{
	char num[16], text[1200];
	snprintf(num, sizeof num, "%d. ", ++*n);
	snprintf(text, sizeof text, "%s\nAnswer: %s", q->text, label);
	pane_add(p, PANE_TEXT, PANE_REF(R_ANSWER, id), 0, num, text);
}

/* The answers in use, in the order asked, with the question now to answer
 * among them; then those the flow does not use now. */
static void add_answers(struct tui *t, struct pane *p, const struct plan *doc)
{
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
			pane_gap(p);
			pane_add(p, PANE_HEADING, PANE_NONE, 0, NULL,
			         "Answers not needed now (kept in case you change an answer above):");
		}
		heading = true;
		pane_addf(p, PANE_DIM, PANE_NONE, 0, "- ", "%s\nAnswer: %s", b->text, b->detail);
	}
}

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         "Your answers so far. Choose one to change it: the questions after it are planned again, "
	         "and later answers that still apply are kept.");
	pane_gap(p);
	/* The day does not matter here: only the answers are read. */
	struct plan *doc = plan_build(t->c, t->s->answers, 0);
	add_answers(t, p, doc);
	plan_free(doc);
	pane_gap(p);
	if (t->rp.next == RULES_NONE)
		pane_add(p, PANE_LINK, PANE_REF(R_GO, R_RESULT), 0, NULL, "See my result");
	else
		pane_add(p, PANE_LINK, PANE_REF(R_GO, R_CONTINUE), 0, NULL, "Carry on with the questions");
	pane_select(p, 0);
}

static enum tui_reaction choose(struct tui *t, struct tui_view *v, struct pane_ref item)
{
	(void)v;
	if (item.kind == R_GO && item.index == R_RESULT)
		result_open(t);
	else if (item.kind == R_GO)
		wizard_goto(t, t->rp.next);
	else if (item.kind == R_ANSWER)
		wizard_goto(t, item.index);
	else
		return TUI_R_NONE;
	return TUI_R_REDRAW;
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                 TUI_A_NONE };

const struct tui_screen_ops review_screen = {
	.name = "review", .title = "Review your answers", .hints = hints,
	.answers = true,
	.build = build, .choose = choose,
};
