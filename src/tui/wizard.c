/* tui/wizard: one question per screen, its options, and a help pane. */
#include <stdio.h>
#include <string.h>

#include "tui.h"

/* Items below the options. */
enum { W_EXPLAIN = 1000, W_REVIEW, W_RESTART };

static const struct content_question *question(const struct tui *t)
{
	return content_question(t->c, (size_t)t->wiz.q);
}

/* The last question before q that the flow asks with these answers. */
static int previous(const struct tui *t, int q)
{
	for (int i = q - 1; i >= 0; i--)
		if (rules_used(t->effective, i) && t->s->answers[i] >= 0)
			return i;
	return -1;
}

static int last_asked(const struct tui *t)
{
	return previous(t, (int)content_nquestions(t->c));
}

static void show(struct tui *t, int q)
{
	t->wiz.q = q;
	t->wiz.built_q = -1;
	t->wiz.v.focus = 0;
}

void wizard_open(struct tui *t)
{
	tui_replan(t);
	if (t->rp.next == RULES_NONE) {
		int q = last_asked(t);
		show(t, q >= 0 ? q : 0);
		tui_push(t, TUI_WIZARD);
		result_open(t);
		return;
	}
	show(t, t->rp.next);
	tui_push(t, TUI_WIZARD);
}

void wizard_goto(struct tui *t, int q)
{
	tui_push(t, TUI_WIZARD);
	show(t, q);
}

void wizard_answer(struct tui *t, int q, int v)
{
	tui_push(t, TUI_WIZARD);
	tui_set_answer(t, q, v);
	if (t->rp.next == RULES_NONE) {
		show(t, q);
		result_open(t);
	} else {
		show(t, t->rp.next);
	}
}

void wizard_restart(struct tui *t)
{
	session_wipe(t->s);
	t->gen++;
	tui_replan(t);
	t->depth = 1;
	tui_push(t, TUI_WIZARD);
	show(t, t->rp.next >= 0 ? t->rp.next : 0);
	tui_message(t, "Every answer has been forgotten. Starting again.");
}

unsigned wizard_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->wiz.v, 0);
}

static void build_main(struct tui *t)
{
	struct tui_wizard *w = &t->wiz;
	const struct content_question *q = question(t);
	int keep = w->built_q == w->q ? pane_sel_id(&w->v.main) : -1;
	int answer = t->s->answers[w->q];
	pane_clear(&w->v.main);
	pane_add(&w->v.main, PANE_HEADING, -1, 0, NULL, q->text);
	pane_add(&w->v.main, PANE_TEXT, -1, 0, NULL, "");
	for (size_t i = 0; i < q->noptions; i++)
		pane_add(&w->v.main, PANE_TEXT, (int)i, 1, (int)i == answer ? "(*) " : "( ) ", q->options[i].label);
	pane_add(&w->v.main, PANE_TEXT, -1, 0, NULL, "");
	pane_add(&w->v.main, PANE_LINK, W_EXPLAIN, 1, NULL,
	         q->finder ? "Not sure? Find your level from your qualification" : "Not sure? Explain");
	pane_add(&w->v.main, PANE_LINK, W_REVIEW, 1, NULL, "Review my answers");
	pane_add(&w->v.main, PANE_LINK, W_RESTART, 1, NULL, "Start again");
	if (keep < 0 || !pane_select_id(&w->v.main, keep))
		pane_select_id(&w->v.main, answer >= 0 ? answer : 0);
	w->built_q = w->q;
	w->built_gen = t->gen;
	w->v.side_for = -2;
}

static void build_help(struct tui *t, int id)
{
	struct pane *p = &t->wiz.v.side;
	const struct content_question *q = question(t);
	pane_clear(p);
	if (id >= 0 && (size_t)id < q->noptions) {
		pane_add(p, PANE_HEADING, -1, 0, NULL, q->options[id].label);
		pane_add(p, PANE_TEXT, -1, 0, NULL, q->options[id].help);
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	} else if (id == W_EXPLAIN) {
		pane_add(p, PANE_HEADING, -1, 0, NULL, q->finder ? "The qualification finder" : "Not sure?");
		pane_add(p, PANE_TEXT, -1, 0, NULL,
		         q->finder ? "Pick the qualification you hold from a list and see its level; take that "
		                     "level as your answer, or say you still don't know."
		                   : "Opens a fuller explanation of this question: what counts, and the FAQ "
		                     "entry it comes from.");
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	} else if (id == W_REVIEW) {
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Review my answers");
		pane_add(p, PANE_TEXT, -1, 0, NULL,
		         "See every answer so far. Choose one to change it: the questions after it are "
		         "planned again, and later answers that still apply are kept.");
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	} else if (id == W_RESTART) {
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Start again");
		pane_add(p, PANE_TEXT, -1, 0, NULL, "Forget every answer and begin with the first question.");
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	}
	pane_add(p, PANE_HEADING, -1, 0, NULL, "About this question");
	pane_add(p, PANE_TEXT, -1, 0, NULL, q->help);
}

void wizard_layout(struct tui *t)
{
	struct tui_wizard *w = &t->wiz;
	if (w->built_q != w->q || w->built_gen != t->gen)
		build_main(t);
	int id = pane_sel_id(&w->v.main);
	if (id != w->v.side_for) {
		build_help(t, id);
		w->v.side_for = id;
	}
	tui_layout_split(t, TUI_WIZARD, &w->v);
}

void wizard_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_NEXT_PANE, TUI_A_HELP,
	                                         TUI_A_QUIT, TUI_A_NONE };
	size_t n = 1;
	for (int i = 0; i < t->wiz.q; i++)
		n += rules_used(t->effective, i) && t->s->answers[i] >= 0;
	size_t m = t->rp.estimate > n ? t->rp.estimate : n;
	char what[64];
	snprintf(what, sizeof what, "Question %zu of about %zu", n, m);
	tui_draw_split(t, TUI_WIZARD, &t->wiz.v, what, "Help", hints, f);
}

static enum tui_reaction choose(struct tui *t, int id)
{
	const struct content_question *q = question(t);
	if (id >= 0 && (size_t)id < q->noptions) {
		wizard_answer(t, t->wiz.q, id);
		return TUI_R_REDRAW;
	}
	switch (id) {
	case W_EXPLAIN:
		if (q->finder)
			finder_open(t);
		else
			explain_open(t, t->wiz.q);
		return TUI_R_REDRAW;
	case W_REVIEW:
		review_open(t);
		return TUI_R_REDRAW;
	case W_RESTART:
		confirm_open(t, TUI_CONFIRM_RESTART, false, "Start again? Every answer you have given will be forgotten.");
		return TUI_R_REDRAW;
	default:
		return TUI_R_NONE;
	}
}

enum tui_reaction wizard_key(struct tui *t, enum tui_action a)
{
	struct tui_wizard *w = &t->wiz;
	bool chosen;
	switch (a) {
	case TUI_A_ENTER:
		if (w->v.focus != 0) {
			w->v.focus = 0;
			return TUI_R_REDRAW;
		}
		return choose(t, pane_sel_id(&w->v.main));
	case TUI_A_BACK: {
		if (w->v.focus != 0) {
			w->v.focus = 0;
			return TUI_R_REDRAW;
		}
		int prev = previous(t, w->q);
		if (prev < 0)
			tui_pop(t);
		else
			show(t, prev);
		return TUI_R_REDRAW;
	}
	default: {
		enum tui_reaction r = tui_split_key(t, TUI_WIZARD, &w->v, a, &chosen);
		return chosen ? choose(t, pane_sel_id(&w->v.main)) : r;
	}
	}
}
