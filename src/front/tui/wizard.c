/* tui/wizard: one question per screen, its options, and a help pane. */
#include <stdio.h>
#include <string.h>

#include "lang.h"
#include "tui.h"

/* What the items of the question's list stand for. */
enum { W_OPTION, W_ACTION };
enum { W_EXPLAIN, W_REVIEW, W_RESTART };

struct wizard {
	int q;               /* the question shown */
};

static int shown(const struct tui *t)
{
	return ((const struct wizard *)t->views[TUI_WIZARD].priv)->q;
}

static const struct content_question *question(const struct tui *t)
{
	return content_question(t->c, (size_t)shown(t));
}

/* The last question before q that the flow asks with these answers. */
static int previous(const struct tui *t, int q)
{
	for (int i = q - 1; i >= 0; i--)
		if (rules_used(t->effective, i) && t->s->answers[i] >= 0)
			return i;
	return -1;
}

/* Open the wizard on question q. */
static void show(struct tui *t, int q)
{
	((struct wizard *)tui_open_new(t, TUI_WIZARD)->priv)->q = q;
}

void wizard_open(struct tui *t)
{
	tui_replan(t);
	if (t->rp.next != RULES_NONE) {
		show(t, t->rp.next);
		return;
	}
	int q = previous(t, (int)content_nquestions(t->c));
	show(t, q >= 0 ? q : 0);
	result_open(t);
}

void wizard_goto(struct tui *t, int q)
{
	show(t, q);
}

void wizard_answer(struct tui *t, int q, int v)
{
	tui_set_answer(t, q, v);
	show(t, t->rp.next == RULES_NONE ? q : t->rp.next);
	if (t->rp.next == RULES_NONE)
		result_open(t);
}

void wizard_restart(struct tui *t)
{
	session_wipe(t->s);
	t->gen++;
	tui_replan(t);
	t->depth = 1;
	show(t, t->rp.next >= 0 ? t->rp.next : 0);
	tui_message(t, "%s", _("Every answer has been forgotten. Starting again."));
}

static enum tui_reaction restart(struct tui *t, void *ctx)
{
	(void)ctx;
	wizard_restart(t);
	return TUI_R_REDRAW;
}

void wizard_ask_restart(struct tui *t)
{
	confirm_open(t, _("Start again? Every answer you have given will be forgotten."), false, restart, NULL, NULL);
}

static void build(struct tui *t, struct tui_view *v)
{
	const struct content_question *q = question(t);
	struct pane *p = &v->main;
	int answer = t->s->answers[shown(t)];
	pane_text(p, PANE_HEADING, q->text);
	pane_gap(p);
	for (size_t i = 0; i < q->noptions; i++)
		pane_add(p, PANE_TEXT, PANE_REF(W_OPTION, (int)i), 1, (int)i == answer ? "(*) " : "( ) ",
		         q->options[i].label);
	pane_gap(p);
	pane_add(p, PANE_LINK, PANE_REF(W_ACTION, W_EXPLAIN), 1, NULL,
	         q->finder ? _("Not sure? Find your level from your qualification") : _("Not sure? Explain"));
	pane_add(p, PANE_LINK, PANE_REF(W_ACTION, W_REVIEW), 1, NULL, _("Review my answers"));
	pane_add(p, PANE_LINK, PANE_REF(W_ACTION, W_RESTART), 1, NULL, _("Start again"));
	pane_select_ref(p, PANE_REF(W_OPTION, answer >= 0 ? answer : 0));
}

/* What the highlighted action does, above the question's own help. */
static void action_help(struct pane *p, const struct content_question *q, int action)
{
	static const char *const heads[] = { [W_REVIEW] = N_("Review my answers"), [W_RESTART] = N_("Start again") };
	static const char *const texts[] = {
		[W_REVIEW] = N_("See every answer so far. Choose one to change it: the questions after it are planned "
		                "again, and later answers that still apply are kept."),
		[W_RESTART] = N_("Forget every answer and begin with the first question."),
	};
	if (action == W_EXPLAIN) {
		pane_text(p, PANE_HEADING, q->finder ? _("The qualification finder") : _("Not sure?"));
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
		         q->finder ? _("Pick the qualification you hold from a list and see its level; take that "
		                       "level as your answer, or say you still don't know.")
		                   : _("Opens a fuller explanation of this question: what counts, and the FAQ "
		                       "entry it comes from."));
	} else {
		pane_text(p, PANE_HEADING, _(heads[action]));
		pane_text(p, PANE_TEXT, _(texts[action]));
	}
}

static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	struct pane *p = &v->side;
	const struct content_question *q = question(t);
	if (sel.kind == W_OPTION) {
		pane_text(p, PANE_HEADING, q->options[sel.index].label);
		pane_text(p, PANE_TEXT, q->options[sel.index].help);
	} else if (sel.kind == W_ACTION) {
		action_help(p, q, sel.index);
	}
	pane_heading(p, _("About this question"));
	pane_text(p, PANE_TEXT, q->help);
}

static void title_of(const struct tui *t, const struct tui_view *v, char *buf, size_t size)
{
	(void)v;
	size_t n = 1;
	for (int i = 0; i < shown(t); i++)
		n += rules_used(t->effective, i) && t->s->answers[i] >= 0;
	size_t m = t->rp.estimate > n ? t->rp.estimate : n;
	snprintf(buf, size, _("Question %zu of about %zu"), n, m);
}

/* "Not sure? Explain", or ?: the finder for the level, else what counts. */
static void explain(struct tui *t, int q)
{
	if (content_question(t->c, (size_t)q)->finder)
		finder_open(t, q);
	else
		explain_open(t, q);
}

static enum tui_reaction choose(struct tui *t, struct tui_view *v, struct pane_ref item)
{
	(void)v;
	int q = shown(t);
	if (item.kind == W_OPTION) {
		wizard_answer(t, q, item.index);
		return TUI_R_REDRAW;
	}
	if (item.kind != W_ACTION)
		return TUI_R_NONE;
	if (item.index == W_EXPLAIN)
		explain(t, q);
	else if (item.index == W_REVIEW)
		review_open(t);
	else
		wizard_ask_restart(t);
	return TUI_R_REDRAW;
}

/* Back from the question goes to the one asked before it. */
static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	if (a == TUI_A_EXPLAIN) {
		explain(t, shown(t));
		return TUI_R_REDRAW;
	}
	if (a != TUI_A_BACK || v->focus != 0)
		return tui_view_key(t, v, a);
	int prev = previous(t, shown(t));
	if (prev < 0)
		tui_pop(t);
	else
		show(t, prev);
	return TUI_R_REDRAW;
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_BACK, TUI_A_EXPLAIN, TUI_A_HELP, TUI_A_QUIT,
	                                 TUI_A_LANG, TUI_A_NONE };

const struct tui_screen_ops wizard_screen = {
	.name = "question", .private_size = sizeof(struct wizard), .side_title = N_("Help"), .hints = hints,
	.side_share = 35, .side_wide = true, .fit_main = true, .answers = true,
	.build = build, .build_side = build_side, .title_of = title_of, .key = key, .choose = choose,
	.ctx = TUI_CTX_QUESTION,
};
