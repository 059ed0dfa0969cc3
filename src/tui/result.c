/* tui/result: the outcome, why, the next steps, and where to read more. */
#include <stdio.h>
#include <string.h>

#include "tui.h"

/* Link ids: a FAQ entry's index, or one of these actions. */
enum { ACT_SAVE = 1 << 20, ACT_REVIEW, ACT_RESTART, ACT_MENU, ACT_FORGET };

const struct plan *result_plan(const struct tui *t)
{
	return t->result.have_plan ? &t->result.plan : NULL;
}

static void replan(struct tui *t)
{
	struct tui_result *r = &t->result;
	plan_free(&r->plan);
	r->have_plan = plan_build(&r->plan, t->c, t->s->answers);
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

static void faq_link(struct tui *t, const char *id, int indent)
{
	int f = id ? content_faq_index(t->c, id) : -1;
	if (f >= 0)
		pane_addf(&t->result.v.main, PANE_LINK, f, indent, NULL, "FAQ: %s", content_faq(t->c, (size_t)f)->question);
}

static void build(struct tui *t)
{
	struct tui_result *r = &t->result;
	struct pane *p = &r->v.main;
	const struct plan *pl = &r->plan;
	char buf[512], num[32];
	pane_clear(p);
	if (!r->have_plan) {
		pane_add(p, PANE_UNMET, -1, 0, NULL,
		         pl->next != RULES_NONE ? "Some questions still need an answer before there is a result."
		                                : "No single result applies to these answers. This is a fault in the "
		                                  "advisor's content: please tell whoever looks after it, and ask "
		                                  "Recruitment Queries.");
	} else {
		const struct content_outcome *o = content_outcome(t->c, (size_t)pl->outcome);
		pane_add(p, PANE_HEADING, -1, 0, NULL, o->headline);
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_TEXT, -1, 0, NULL, o->summary);

		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Why");
		for (size_t i = 0; i < pl->nreasons; i++) {
			const struct rules_reason *rr = &pl->reasons[i];
			const struct content_criterion *k = content_criterion(t->c, (size_t)rr->criterion);
			snprintf(num, sizeof num, "%s: ", plan_reason_label(rr));
			num[0] = (char)(num[0] - 'a' + 'A');
			pane_add(p, rr->fact ? PANE_TEXT : rr->met ? PANE_MET : PANE_UNMET, -1, 0, num,
			         plan_reason_text(t->c, rr));
			faq_link(t, k->faq, (int)strlen(num));
		}

		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_HEADING, -1, 0, NULL, "Next steps");
		for (size_t i = 0; i < pl->nsteps; i++) {
			const struct content_step *s = pl->steps[i];
			snprintf(num, sizeof num, "%zu. ", i + 1);
			pane_add(p, PANE_TEXT, -1, 0, num, s->text);
			if (s->suggestion)
				pane_add(p, PANE_DIM, -1, 3, NULL, PLAN_SUGGESTION_NOTE);
			if (!s->untimed)
				pane_addf(p, PANE_DIM, -1, 3, NULL, "Time: %s", plan_step_time(s, buf, sizeof buf));
			faq_link(t, s->faq, 3);
		}
		pane_addf(p, PANE_HEADING, -1, 0, NULL, "Estimated total: %s", plan_total_text(&pl->total, buf, sizeof buf));
		if (o->total_note)
			pane_add(p, PANE_TEXT, -1, 0, NULL, o->total_note);

		if (pl->nnotes) {
			pane_add(p, PANE_TEXT, -1, 0, NULL, "");
			pane_add(p, PANE_HEADING, -1, 0, NULL, "Things to know");
			for (size_t i = 0; i < pl->nnotes; i++) {
				const struct content_note *n = pl->notes[i];
				pane_add(p, PANE_TEXT, -1, 0, "- ", n->text);
				if (n->suggestion)
					pane_add(p, PANE_DIM, -1, 2, NULL, PLAN_SUGGESTION_NOTE);
				faq_link(t, n->faq, 2);
			}
		}
		if (o->nfaq) {
			pane_add(p, PANE_TEXT, -1, 0, NULL, "");
			pane_add(p, PANE_HEADING, -1, 0, NULL, "Related questions");
			for (size_t i = 0; i < o->nfaq; i++)
				faq_link(t, o->faq[i], 0);
		}
		if (o->ncontacts) {
			pane_add(p, PANE_TEXT, -1, 0, NULL, "");
			pane_add(p, PANE_HEADING, -1, 0, NULL, "Contacts");
			for (size_t i = 0; i < o->ncontacts; i++) {
				int k = content_contact_index(t->c, o->contacts[i]);
				if (k < 0)
					continue;
				const struct content_contact *ct = content_contact(t->c, (size_t)k);
				pane_add(p, PANE_TEXT, -1, 0, "- ", ct->name);
				if (ct->about)
					pane_add(p, PANE_DIM, -1, 2, NULL, ct->about);
				if (ct->email)
					pane_addf(p, PANE_TEXT, -1, 2, NULL, "Email: %s", ct->email);
				if (ct->phone)
					pane_addf(p, PANE_TEXT, -1, 2, NULL, "Telephone: %s", ct->phone);
			}
		}
		pane_add(p, PANE_TEXT, -1, 0, NULL, "");
		pane_add(p, PANE_HEADING, -1, 0, NULL, "About this advice");
		pane_addf(p, PANE_TEXT, -1, 0, NULL, "These rules were last reviewed on %s.", content_reviewed(t->c));
		if (tui_review_warning(t, buf, sizeof buf))
			pane_add(p, PANE_WARN, -1, 0, NULL, buf);
		for (size_t i = 0; i < content_nsources(t->c); i++)
			pane_add(p, PANE_DIM, -1, 0, NULL, plan_source_text(t->c, i, buf, sizeof buf));
	}
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_HEADING, -1, 0, NULL, "What next");
	if (r->have_plan)
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
