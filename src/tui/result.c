/* tui/result: the outcome, why, the next steps, and where to read more. */
#include <stdio.h>
#include <time.h>

#include "tui.h"

/* Link ids: a FAQ entry's index, or one of these actions. */
enum { ACT_SAVE = 1 << 20, ACT_REVIEW, ACT_RESTART, ACT_MENU, ACT_FORGET };

const struct plan *result_plan(const struct tui *t)
{
	return t->result.plan && plan_complete(t->result.plan) ? t->result.plan : NULL;
}

static void replan(struct tui *t)
{
	struct tui_result *r = &t->result;
	plan_free(r->plan);
	r->plan = plan_build(t->c, t->s->answers, time(NULL));
	r->built_gen = t->gen;
	r->v.built = false;
}

void result_open(struct tui *t)
{
	struct tui_result *r = &t->result;
	if (!r->v.built || r->built_gen != t->gen) {
		replan(t);
		r->v.focus = 0;
	}
	tui_push(t, TUI_RESULT);
}

unsigned result_ctx(const struct tui *t)
{
	unsigned c = tui_split_ctx(&t->result.v, TUI_CTX_RESULT);
	return (c & ~TUI_CTX_LIST) | TUI_CTX_PANE;
}

static const char *why_none(const struct plan *pl)
{
	if (!pl)
		return "There is not enough memory to show the result.";
	if (pl->next != RULES_NONE)
		return "Some questions still need an answer before there is a result.";
	return "No single result applies to these answers. This is a fault in the advisor's content: please "
	       "tell whoever looks after it, and ask Recruitment Queries.";
}

static void build(struct tui *t)
{
	struct tui_result *r = &t->result;
	struct pane *p = &r->v.main;
	bool complete = result_plan(t) != NULL;
	pane_clear(p);
	if (!complete)
		pane_add(p, PANE_UNMET, -1, 0, NULL, why_none(r->plan));
	if (r->plan)
		pane_add_plan(p, r->plan, true);
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_HEADING, -1, 0, NULL, "What next");
	if (complete)
		pane_add(p, PANE_LINK, ACT_SAVE, 0, NULL, "Save the plan to a file");
	pane_add(p, PANE_LINK, ACT_REVIEW, 0, NULL, "Review or change my answers");
	pane_add(p, PANE_LINK, ACT_RESTART, 0, NULL, "Start again");
	pane_add(p, PANE_LINK, ACT_MENU, 0, NULL, "Main menu");
	pane_add(p, PANE_LINK, ACT_FORGET, 0, NULL, "Finish and forget me");
	r->v.built = true;
	r->v.side_for = -2;
}

static void build_side(struct tui *t, int id)
{
	struct pane *p = &t->result.v.side;
	pane_clear(p);
	if (id >= 0 && (size_t)id < content_nfaq(t->c)) {
		const struct content_faq *e = content_faq(t->c, (size_t)id);
		pane_add(p, PANE_HEADING, -1, 0, NULL, e->question);
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_TEXT, -1, 0, NULL, e->answer);
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_DIM, -1, 0, NULL, "Enter opens it in the FAQ browser; back returns here.");
		return;
	}
	const char *what = id == ACT_SAVE      ? "Write this plan to a text file that only you can read."
	                   : id == ACT_REVIEW  ? "See every answer and change any of them."
	                   : id == ACT_RESTART ? "Forget every answer and begin again."
	                   : id == ACT_MENU    ? "Back to the main menu. Your answers are kept until you quit."
	                   : id == ACT_FORGET  ? "Done: wipe every answer at once, clear the screen, and leave the "
	                                         "advisor ready for the next person."
	                                       : "Move to a line starting \"FAQ:\" to read that entry here.";
	pane_add(p, PANE_TEXT, -1, 0, NULL, what);
}

void result_layout(struct tui *t)
{
	struct tui_result *r = &t->result;
	if (r->built_gen != t->gen)
		replan(t);
	if (!r->v.built)
		build(t);
	int id = pane_sel_id(&r->v.main);
	if (id != r->v.side_for) {
		build_side(t, id);
		r->v.side_for = id;
	}
	tui_layout_split(t, TUI_RESULT, &r->v);
}

void result_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_SAVE, TUI_A_REVIEW, TUI_A_FORGET, TUI_A_BACK,
	                                         TUI_A_HELP, TUI_A_QUIT, TUI_A_NONE };
	tui_draw_split(t, TUI_RESULT, &t->result.v, "Your result", "From the FAQ", hints, f);
}

/* Finish and forget me: the same reset as a kiosk's after idle time. */
static enum tui_reaction forget_me(struct tui *t)
{
	if (!tui_reset(t))
		return TUI_R_QUIT;
	tui_message(t, "Every answer has been forgotten. Thank you for using the advisor.");
	return TUI_R_RESET;
}

static enum tui_reaction choose(struct tui *t, int id)
{
	if (id >= 0 && (size_t)id < content_nfaq(t->c)) {
		faq_open(t, id, true);
		return TUI_R_REDRAW;
	}
	switch (id) {
	case ACT_SAVE: save_open(t); break;
	case ACT_REVIEW: review_open(t); break;
	case ACT_RESTART:
		confirm_open(t, TUI_CONFIRM_RESTART, false, "Start again? Every answer you have given will be forgotten.");
		break;
	case ACT_MENU: t->depth = 1; break;
	case ACT_FORGET: return forget_me(t);
	default: return TUI_R_NONE;
	}
	return TUI_R_REDRAW;
}

enum tui_reaction result_key(struct tui *t, enum tui_action a)
{
	struct tui_result *r = &t->result;
	bool chosen;
	switch (a) {
	case TUI_A_ENTER:
		if (r->v.focus != 0) {
			r->v.focus = 0;
			return TUI_R_REDRAW;
		}
		return choose(t, pane_sel_id(&r->v.main));
	case TUI_A_BACK:
		if (r->v.focus != 0)
			r->v.focus = 0;
		else
			tui_pop(t);
		return TUI_R_REDRAW;
	case TUI_A_SAVE:
		save_open(t);
		return TUI_R_REDRAW;
	case TUI_A_REVIEW:
		review_open(t);
		return TUI_R_REDRAW;
	case TUI_A_FORGET:
		return forget_me(t);
	default: {
		enum tui_reaction rr = tui_split_key(t, TUI_RESULT, &r->v, a, &chosen);
		return chosen ? choose(t, pane_sel_id(&r->v.main)) : rr;
	}
	}
}
