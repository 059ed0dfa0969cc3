/* tui/result: the plan document as panes: the outcome, the route and the
 * next steps first, then what would change it, why, and where to read
 * more (what everyone is told folded, a line each); then what to do next. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mem.h"
#include "lang.h"
#include "print.h"
#include "tui.h"

/* What the items stand for: a FAQ entry to read, an action, a folded
 * note, or a statement whose source opens (its block in the plan). */
enum { RES_FAQ, RES_ACTION, RES_NOTE, RES_SOURCE };
enum { ACT_PRINT, ACT_SAVE, ACT_REVIEW, ACT_RESTART, ACT_MENU, ACT_FORGET, ACT_COUNT };

struct result {
	struct plan *plan;   /* the answers' plan, once built */
	bool printed;        /* some of this plan went to the printer */
	bool *open;          /* by block of the plan: a folded note opened */
	size_t nopen;
	unsigned open_gen;   /* the answers they were opened for */
};

static const struct plan *complete_plan(const struct result *r)
{
	return plan_complete(r->plan) ? r->plan : NULL;
}

void result_open(struct tui *t)
{
	struct tui_view *v = tui_view(t, TUI_RESULT);
	if (!v->built || v->built_gen != t->gen)
		v->focus = 0;
	tui_open(t, TUI_RESULT);
}

static const char *why_none(const struct plan *pl)
{
	if (pl->next != RULES_NONE)
		return _("Some questions still need an answer before there is a result.");
	return _("No single result applies to these answers. This is a fault in the advisor's content: please "
	         "tell whoever looks after it, and ask Recruitment Queries.");
}

static const struct {
	const char *label, *about;
} actions[ACT_COUNT] = {
	[ACT_PRINT] = { N_("Print the plan"), N_("Print this plan on the terminal's printer, to take away.") },
	[ACT_SAVE] = { N_("Save the plan to a file"), N_("Write this plan to a text file that only you can read.") },
	[ACT_REVIEW] = { N_("Review or change my answers"), N_("See every answer and change any of them.") },
	[ACT_RESTART] = { N_("Start again"), N_("Forget every answer and begin again.") },
	[ACT_MENU] = { N_("Main menu"), N_("Back to the main menu. Your answers are kept until you quit.") },
	[ACT_FORGET] = { N_("Finish and forget me"), N_("Done: wipe every answer at once, clear the screen, and leave "
	                                               "the advisor ready for the next person.") },
};

/* A kiosk that can neither print nor save: what to copy down instead. */
static void hand_over(const struct tui *t, struct pane *p, const struct plan *pl)
{
	const struct plan_block *code = plan_find(pl, PLAN_RESUME);
	if (!t->kiosk || t->printer || (t->s->opt && t->s->opt->spool_dir) || !code)
		return;
	pane_gap(p);
	pane_addf(p, PANE_HEADING, PANE_NONE, 0, NULL,
	          _("To take your plan away, copy down your resume code, %s, and the contacts above."), code->text);
	pane_text(p, PANE_TEXT, _("With the code, this advisor or a careers advisor can bring your plan back later."));
}

/* Printing and saving need a plan, and a printer or (in a kiosk) a spool. */
static bool offered(const struct tui *t, bool complete, int act)
{
	if (act == ACT_PRINT || act == ACT_SAVE)
		return complete && tui_offers(t, act == ACT_PRINT ? TUI_A_PRINT : TUI_A_SAVE);
	return true;
}

/* Built again whenever the answers change: the plan is theirs. */
static void build(struct tui *t, struct tui_view *v)
{
	struct result *r = v->priv;
	struct pane *p = &v->main;
	plan_free(r->plan);
	r->plan = plan_build(t->c, t->s->answers, session_now(t->s));
	if (r->open_gen != t->gen || r->nopen != r->plan->nb) {
		free(r->open);
		r->open = mem_alloc((r->plan->nb + 1) * sizeof *r->open);
		r->nopen = r->plan->nb;
		r->printed = r->printed && r->open_gen == t->gen;
		r->open_gen = t->gen;
	}
	bool complete = complete_plan(r) != NULL;
	if (!complete)
		pane_text(p, PANE_UNMET, why_none(r->plan));
	pane_add_plan_folded(p, r->plan, true, RES_FAQ, RES_SOURCE, RES_NOTE, r->open);
	pane_heading(p, _("What next"));
	for (int i = 0; i < ACT_COUNT; i++)
		if (offered(t, complete, i))
			pane_add(p, PANE_LINK, PANE_REF(RES_ACTION, i), 0, NULL, _(actions[i].label));
	if (complete)
		hand_over(t, p, r->plan);
}

static void build_side(struct tui *t, struct tui_view *v, struct pane_ref sel)
{
	struct pane *p = &v->side;
	const struct result *r = v->priv;
	if (sel.kind == RES_NOTE) {
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, r->plan->b[sel.index].text);
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL, "");
		pane_add(p, PANE_DIM, PANE_NONE, 0, NULL, _("Told to everyone. Enter opens it in place."));
	} else if (sel.kind == RES_FAQ) {
		const struct content_faq *e = content_faq(t->c, (size_t)sel.index);
		pane_text(p, PANE_HEADING, e->question);
		pane_gap(p);
		pane_text(p, PANE_TEXT, e->answer);
		pane_gap(p);
		pane_text(p, PANE_DIM, _("Enter opens it in the FAQ browser; back returns here."));
	} else if (sel.kind == RES_SOURCE) {
		pane_add_passages(p, t->c, ((struct result *)v->priv)->plan->b[sel.index].cites);
		pane_gap(p);
		pane_text(p, PANE_DIM, _("Enter shows the source's words in full screen."));
	} else {
		pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
		         sel.kind == RES_ACTION ? _(actions[sel.index].about)
		                                : _("Move to a line starting \"FAQ:\" to read that entry here, or to "
		                                    "a reason, step or thing to know to read its source."));
	}
}

/* Finish and forget me: the same reset as a kiosk's after idle time. */
static enum tui_reaction forget_now(struct tui *t, void *ctx)
{
	(void)ctx;
	if (!tui_reset(t))
		return TUI_R_QUIT;
	tui_message(t, "%s", _("Every answer has been forgotten. Thank you for using the advisor."));
	return TUI_R_RESET;
}

/* Asked first, as Start again and quitting are: No unless they say yes. */
static enum tui_reaction forget_me(struct tui *t)
{
	confirm_open(t, _("Finish and forget me? Every answer will be wiped and the screen cleared for the next "
	                  "person. Save your plan first if you want to keep it."),
	             false, forget_now, NULL, NULL);
	return TUI_R_REDRAW;
}

static enum tui_reaction save(struct tui *t, struct tui_view *v)
{
	const struct plan *p = complete_plan(v->priv);
	if (p)
		save_open(t, p);
	else
		tui_message(t, "%s", _("There is no plan to save yet: answer the questions first."));
	return TUI_R_REDRAW;
}

/* A folded note opens in place, where it was. */
static void unfold(struct tui *t, struct tui_view *v, int block)
{
	struct result *r = v->priv;
	r->open[block] = true;
	pane_clear(&v->main);
	build(t, v);
	/* The selection goes to its text's link, or the next item. */
	for (size_t b = 0; b < v->main.nb; b++)
		if (strcmp(v->main.b[b].text, r->plan->b[block].text) == 0) {
			pane_select(&v->main, (int)b);
			break;
		}
	v->side_built = false;
}

static enum tui_reaction print_now(struct tui *t, void *ctx)
{
	struct result *r = ctx;
	char msg[600];
	struct print_result pr = print_plan(t->s->opt, r->plan);
	r->printed = r->printed || pr.written > 0;
	tui_message(t, "%s", print_message(&pr, msg, sizeof msg));
	return TUI_R_REDRAW;
}

/* Print, and never twice by accident: a second print asks first. */
static enum tui_reaction print(struct tui *t, struct tui_view *v)
{
	struct result *r = v->priv;
	if (!t->printer)
		return TUI_R_NONE;
	if (!complete_plan(r)) {
		tui_message(t, "%s", _("There is no plan to print yet: answer the questions first."));
		return TUI_R_REDRAW;
	}
	if (!r->printed)
		return print_now(t, r);
	confirm_open(t, _("Your plan has been printed already. Print it again?"), false, print_now, NULL, r);
	return TUI_R_REDRAW;
}

static enum tui_reaction choose(struct tui *t, struct tui_view *v, struct pane_ref item)
{
	if (item.kind == RES_NOTE) {
		unfold(t, v, item.index);
		return TUI_R_REDRAW;
	}
	if (item.kind == RES_FAQ) {
		faq_open(t, item.index, true);
		return TUI_R_REDRAW;
	}
	if (item.kind == RES_SOURCE) {
		const struct plan_block *b = &((struct result *)v->priv)->plan->b[item.index];
		source_open(t, b->text, b->cites);
		return TUI_R_REDRAW;
	}
	switch (item.kind == RES_ACTION ? item.index : -1) {
	case ACT_PRINT: return print(t, v);
	case ACT_SAVE: return save(t, v);
	case ACT_REVIEW: review_open(t); break;
	case ACT_RESTART: wizard_ask_restart(t); break;
	case ACT_MENU: t->depth = 1; break;
	case ACT_FORGET: return forget_me(t);
	default: return TUI_R_NONE;
	}
	return TUI_R_REDRAW;
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	switch (a) {
	case TUI_A_SAVE: return tui_offers(t, a) ? save(t, v) : TUI_R_NONE;
	case TUI_A_PRINT: return print(t, v);
	case TUI_A_REVIEW: review_open(t); return TUI_R_REDRAW;
	case TUI_A_FORGET: return forget_me(t);
	default: return tui_view_key(t, v, a);
	}
}

/* A text with links in it: the keys of a text pane, and the result's own. */
static unsigned ctx_of(const struct tui *t, const struct tui_view *v)
{
	return (tui_split_ctx(v, TUI_CTX_RESULT | (t->printer ? TUI_CTX_PRINT : 0)) & ~TUI_CTX_LIST) | TUI_CTX_PANE;
}

static void free_result(struct tui_view *v)
{
	struct result *r = v->priv;
	plan_free(r->plan); /* wipes its copy of the answers */
	r->plan = NULL;
	free(r->open);
	r->open = NULL;
	r->nopen = 0;
}

static const enum tui_action hints[] = { TUI_A_ENTER, TUI_A_PRINT, TUI_A_SAVE, TUI_A_REVIEW, TUI_A_FORGET, TUI_A_BACK,
	                                 TUI_A_HELP, TUI_A_QUIT, TUI_A_LANG, TUI_A_NONE };

const struct tui_screen_ops result_screen = {
	.name = "result", .private_size = sizeof(struct result), .title = N_("Your result"),
	.side_title = N_("From the FAQ or the source"), .hints = hints,
	.side_wide = true, .answers = true, .side_unselected = true,
	.build = build, .build_side = build_side, .ctx_of = ctx_of, .key = key, .choose = choose,
	.free = free_result,
};
