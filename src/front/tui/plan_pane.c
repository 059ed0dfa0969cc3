/* tui/plan_pane: the plan document as pane blocks, for the result, routes,
 * contacts and about screens. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "passage.h"
#include "plan.h"
#include "text.h"
#include "tui_pane.h"

struct to {
	struct pane *p;
	const struct plan *doc;
	int link_kind;
	int source_kind;       /* a statement that cites a source is an item of this kind (< 0: not) */
	int fold_kind;         /* notes for everyone folded as links of this kind; -1: none */
	const bool *open;      /* by block: unfolded */
	size_t step;           /* steps numbered so far */
	bool unused;           /* the unused answers' heading is out */
};

static void link(struct to *t, const struct plan_block *b, int indent)
{
	if (b->faq >= 0)
		pane_addf(t->p, PANE_LINK, PANE_REF(t->link_kind, b->faq), indent, NULL, _("FAQ: %s"),
		          content_faq(t->doc->c, (size_t)b->faq)->question);
}

/* What a statement is known by: the source screen opens from it. */
static struct pane_ref statement(const struct to *t, const struct plan_block *b)
{
	if (t->source_kind < 0 || !b->cites || !b->cites->n)
		return PANE_NONE;
	return PANE_REF(t->source_kind, (int)(b - t->doc->b));
}

static void p_headline(struct to *t, const struct plan_block *b)
{
	pane_text(t->p, PANE_HEADING, b->text);
}

static void p_summary(struct to *t, const struct plan_block *b)
{
	if (t->p->nb)
		pane_gap(t->p);
	pane_text(t->p, PANE_TEXT, b->text);
}

/* "Met: ", "Not met: ", "About you: ". */
static void p_reason(struct to *t, const struct plan_block *b)
{
	char label[96];
	snprintf(label, sizeof label, _("%s: "), plan_reason_label(b));
	if (label[0] >= 'a' && label[0] <= 'z')
		label[0] = (char)(label[0] - 'a' + 'A');
	pane_add(t->p, b->fact ? PANE_TEXT : b->met ? PANE_MET : PANE_UNMET, statement(t, b), 0, label, b->text);
	link(t, b, text_width(label, strlen(label)));
}

static void suggested(struct to *t, const struct plan_block *b, int indent)
{
	if (b->suggestion)
		pane_add(t->p, PANE_DIM, PANE_NONE, indent, NULL, _(PLAN_SUGGESTION_NOTE));
}

static void p_timeline(struct to *t, const struct plan_block *b)
{
	(void)b;
	char **rows, total[256];
	size_t n = plan_timeline_chart(t->doc, PLAN_CHART_NARROW, MB_CUR_MAX > 1, &rows);
	for (size_t i = 0; i < n; i++) {
		pane_text(t->p, PANE_TEXT, rows[i]);
		free(rows[i]);
	}
	free(rows);
	pane_text(t->p, PANE_TEXT, plan_total_short(&t->doc->total, total, sizeof total));
}

static void p_step(struct to *t, const struct plan_block *b)
{
	char num[32];
	snprintf(num, sizeof num, "%zu. ", ++t->step);
	pane_add(t->p, PANE_TEXT, statement(t, b), 0, num, b->text);
	suggested(t, b, 3);
	if (b->detail)
		pane_addf(t->p, PANE_DIM, PANE_NONE, 3, NULL, _("Time: %s"), b->detail);
	link(t, b, 3);
}

static void p_total(struct to *t, const struct plan_block *b)
{
	pane_addf(t->p, PANE_HEADING, PANE_NONE, 0, NULL, _("Estimated total: %s"), b->text);
	if (b->detail)
		pane_text(t->p, PANE_TEXT, b->detail);
}

static void p_note(struct to *t, const struct plan_block *b)
{
	size_t i = (size_t)(b - t->doc->b);
	if (b->kind == PLAN_NOTE && b->everyone && t->fold_kind >= 0 && !(t->open && t->open[i])) {
		/* One line, its FAQ entry's question, marked + as folded; Enter
		 * opens it. */
		const char *title = b->faq >= 0 ? content_faq(t->doc->c, (size_t)b->faq)->question : b->text;
		pane_add(t->p, PANE_LINK, PANE_REF(t->fold_kind, (int)i), 0, "+ ", title);
		return;
	}
	pane_add(t->p, PANE_TEXT, statement(t, b), 0, "- ", b->text);
	suggested(t, b, 2);
	link(t, b, 2);
}

static void p_faq(struct to *t, const struct plan_block *b)
{
	link(t, b, 0);
}

static void p_contact(struct to *t, const struct plan_block *b)
{
	const struct content_contact *ct = b->of.contact;
	pane_add(t->p, PANE_TEXT, PANE_NONE, 0, "- ", ct->name);
	if (ct->about)
		pane_add(t->p, PANE_DIM, PANE_NONE, 2, NULL, ct->about);
	if (ct->email)
		pane_addf(t->p, PANE_TEXT, PANE_NONE, 2, NULL, _("Email: %s"), ct->email);
	if (ct->phone)
		pane_addf(t->p, PANE_TEXT, PANE_NONE, 2, NULL, _("Telephone: %s"), ct->phone);
}

static void p_answer(struct to *t, const struct plan_block *b)
{
	if (b->kind == PLAN_UNUSED && !t->unused) {
		pane_text(t->p, PANE_TEXT, _("Answers not needed for this result:"));
		t->unused = true;
	}
	pane_add(t->p, b->kind == PLAN_UNUSED ? PANE_DIM : PANE_TEXT, PANE_NONE, 0, "- ", b->text);
	pane_addf(t->p, PANE_DIM, PANE_NONE, 2, NULL, _("Answer: %s"), b->detail);
}

static void p_line(struct to *t, const struct plan_block *b)
{
	pane_add(t->p, b->kind == PLAN_WARNING ? PANE_WARN : PANE_TEXT, PANE_NONE, 0, NULL, b->text);
}

static void p_source(struct to *t, const struct plan_block *b)
{
	char line[600];
	pane_text(t->p, PANE_DIM, plan_source_text(b, line, sizeof line));
	if (b->detail)
		pane_add(t->p, PANE_DIM, PANE_NONE, 2, NULL, b->detail);
}

static void p_resume(struct to *t, const struct plan_block *b)
{
	pane_add(t->p, PANE_HEADING, PANE_NONE, 0, _("Your resume code: "), b->text);
	pane_text(t->p, PANE_TEXT, b->detail);
}

static void (*const adders[PLAN_NKINDS])(struct to *, const struct plan_block *) = {
	[PLAN_HEADLINE] = p_headline, [PLAN_TIMELINE] = p_timeline, [PLAN_WHATIF] = p_note,
	[PLAN_SUMMARY] = p_summary,   [PLAN_REASON] = p_reason,
	[PLAN_STEP] = p_step,         [PLAN_TOTAL] = p_total,     [PLAN_NOTE] = p_note,
	[PLAN_FAQ] = p_faq,           [PLAN_CONTACT] = p_contact, [PLAN_ANSWER] = p_answer,
	[PLAN_UNUSED] = p_answer,     [PLAN_MADE] = p_line,       [PLAN_REVIEWED] = p_line,   [PLAN_WARNING] = p_line,
	[PLAN_SOURCE] = p_source,     [PLAN_RESUME] = p_resume,
};

void pane_add_passages(struct pane *p, const struct content *c, const struct content_cites *cites)
{
	for (size_t i = 0; cites && i < cites->n; i++) {
		const struct content_cite *k = &cites->v[i];
		const struct content_source *s = content_source(c, (size_t)k->source);
		size_t len;
		const char *words = content_passage(c, k, &len);
		if (p->nb)
			pane_gap(p);
		pane_text(p, PANE_HEADING, s->title);
		pane_addf(p, PANE_DIM, PANE_NONE, 0, NULL, k->first == k->last ? _("%s, line %d") : _("%s, lines %d to %d"),
		          s->file, k->first, k->last);
		char *flow = passage_flow(words, len);
		pane_text(p, PANE_TEXT, flow);
		free(flow);
		if (k->quote)
			pane_addf(p, PANE_DIM, PANE_NONE, 0, NULL, _("The advice rests on: \"%s\""), k->quote);
	}
}

void pane_add_plan(struct pane *p, const struct plan *doc, bool headings, int link_kind, int source_kind)
{
	pane_add_plan_folded(p, doc, headings, link_kind, source_kind, -1, NULL);
}

void pane_add_plan_folded(struct pane *p, const struct plan *doc, bool headings, int link_kind, int source_kind,
                          int fold_kind, const bool *open)
{
	struct to t = { p, doc, link_kind, source_kind, fold_kind, open, 0, false };
	for (size_t i = 0; i < doc->nb; i++) {
		const struct plan_block *b = &doc->b[i];
		enum plan_section s = plan_section_of(b->kind);
		bool starts = i == 0 || s != plan_section_of(doc->b[i - 1].kind);
		/* The headline heads the result itself. */
		if (headings && starts && s != PLAN_S_RESULT) {
			if (p->nb)
				pane_gap(p);
			pane_text(p, PANE_HEADING, plan_section_title(s));
		}
		adders[b->kind](&t, b);
	}
}

void pane_add_doc(struct pane *p, struct plan *doc, bool headings)
{
	pane_add_plan(p, doc, headings, -1, -1);
	plan_free(doc);
}
