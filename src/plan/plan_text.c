/* plan_text: the plan document as text, for the handout, plain mode and
 * batch text. */
#include "plan.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "passage.h"
#include "text.h"

void plan_put(FILE *out, int width, const char *first, int indent, const char *text)
{
	char *safe = text_sanitize(text);
	struct text_lines lines = { 0 };
	int avail = width - indent > 20 ? width - indent : 20;
	text_wrap(safe ? safe : "", avail, &lines);
	for (size_t i = 0; i < lines.n; i++) {
		if (i == 0)
			fprintf(out, "%-*s", indent, first);
		else
			fprintf(out, "%*s", lines.v[i].len ? indent : 0, "");
		fprintf(out, "%.*s\n", (int)lines.v[i].len, safe + lines.v[i].off);
	}
	text_lines_free(&lines);
	/* The text may be a person's answers or their resume code. */
	explicit_bzero(safe, strlen(safe));
	free(safe);
}

/* What a text renderer needs as it goes: where, how wide, how far. */
struct out {
	const struct plan *p;
	FILE *f;
	int width;
	size_t step;           /* steps numbered so far */
	bool unused;           /* the unused answers' heading is out */
	bool picture;          /* the timeline drawn, not said */
};

/* As long as the title, or the width where the title wraps. */
static void underline(FILE *f, const char *title, char c, int width)
{
	int n = text_width(title, strlen(title));
	for (int i = n < width ? n : width; i > 0; i--)
		fputc(c, f);
	fputc('\n', f);
}

static void put_labelled(struct out *o, int indent, const char *label, const char *text)
{
	char line[1200];
	snprintf(line, sizeof line, "%s%s", label, text);
	plan_put(o->f, o->width, "", indent, line);
	/* The text may be the resume code. */
	explicit_bzero(line, sizeof line);
}

static void put_link(struct out *o, const struct plan_block *b, int indent)
{
	if (b->faq >= 0)
		put_labelled(o, indent, _("From the FAQ: "), content_faq(o->p->c, (size_t)b->faq)->question);
}

static void put_headline(struct out *o, const struct plan_block *b)
{
	plan_put(o->f, o->width, "", 0, b->text);
}

static void put_summary(struct out *o, const struct plan_block *b)
{
	fputc('\n', o->f);
	plan_put(o->f, o->width, "", 0, b->text);
}

/* The reasons' text starts after the widest of their labels, in the
 * language spoken: "[about you] " in English. */
static int reason_indent(void)
{
	const char *labels[] = { _("met"), _("not met"), _("about you") };
	int w = 0;
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		int n = text_width(labels[i], strlen(labels[i]));
		w = n > w ? n : w;
	}
	return w + 3;
}

static void put_reason(struct out *o, const struct plan_block *b)
{
	char label[64];
	int indent = reason_indent();
	snprintf(label, sizeof label, "[%s]", plan_reason_label(b));
	plan_put(o->f, o->width, label, indent, b->text);
	put_link(o, b, indent);
}

/* The block's text, said to be the advisor's suggestion when it is. */
static void put_text(struct out *o, const char *first, int indent, const struct plan_block *b)
{
	char line[1600];
	snprintf(line, sizeof line, b->suggestion ? _(PLAN_SUGGESTION) : "%s", b->text);
	plan_put(o->f, o->width, first, indent, line);
}

/* The handout draws it in ASCII (any printer, any file) where there is
 * room for the picture, and says it on a receipt; plain mode says it, for
 * a screen reader. */
static void put_timeline(struct out *o, const struct plan_block *b)
{
	if (!o->picture || o->width < PLAN_CHART_NARROW) {
		plan_put(o->f, o->width, "", 0, b->text);
		return;
	}
	char **rows, total[256];
	size_t n = plan_timeline_chart(o->p, o->width < 64 ? o->width : 64, false, &rows);
	for (size_t i = 0; i < n; i++) {
		fprintf(o->f, "%s\n", rows[i]);
		free(rows[i]);
	}
	free(rows);
	put_labelled(o, 0, "", plan_total_short(&o->p->total, total, sizeof total));
}

static void put_step(struct out *o, const struct plan_block *b)
{
	char num[32];
	snprintf(num, sizeof num, "%zu.", ++o->step);
	put_text(o, num, 4, b);
	if (b->detail)
		put_labelled(o, 4, _("Time: "), b->detail);
	put_link(o, b, 4);
}

static void put_total(struct out *o, const struct plan_block *b)
{
	fputc('\n', o->f);
	put_labelled(o, 0, _("Estimated total: "), b->text);
	if (b->detail)
		plan_put(o->f, o->width, "", 0, b->detail);
}

static void put_item(struct out *o, const struct plan_block *b)
{
	put_text(o, "-", 2, b);
	put_link(o, b, 2);
}

/* A FAQ entry is its question: no link to itself under it. */
static void put_faq(struct out *o, const struct plan_block *b)
{
	put_text(o, "-", 2, b);
}

static void put_contact(struct out *o, const struct plan_block *b)
{
	const struct content_contact *ct = b->of.contact;
	plan_put(o->f, o->width, "-", 2, ct->name);
	if (ct->about)
		plan_put(o->f, o->width, "", 4, ct->about);
	if (ct->email)
		put_labelled(o, 4, _("Email: "), ct->email);
	if (ct->phone)
		put_labelled(o, 4, _("Telephone: "), ct->phone);
}

static void put_answer(struct out *o, const struct plan_block *b)
{
	if (b->kind == PLAN_UNUSED && !o->unused) {
		plan_put(o->f, o->width, "", 0, _("Answers not needed for this result:"));
		o->unused = true;
	}
	plan_put(o->f, o->width, "-", 2, b->text);
	plan_put(o->f, o->width, "", 4, b->detail);
}

static void put_line(struct out *o, const struct plan_block *b)
{
	plan_put(o->f, o->width, "", 0, b->text);
}

static void put_source(struct out *o, const struct plan_block *b)
{
	char line[600];
	plan_put(o->f, o->width, "", 0, plan_source_text(b, line, sizeof line));
	if (b->detail)
		plan_put(o->f, o->width, "", 8, b->detail);
}

void plan_write_passages(FILE *out, const struct content *c, const struct content_cites *cites, int width,
                         int indent)
{
	for (size_t i = 0; cites && i < cites->n; i++) {
		const struct content_cite *t = &cites->v[i];
		const struct content_source *s = content_source(c, (size_t)t->source);
		char head[512];
		if (t->first == t->last)
			snprintf(head, sizeof head, _("From \"%s\" (%s, line %d):"), s->title, s->file, t->first);
		else
			snprintf(head, sizeof head, _("From \"%s\" (%s, lines %d to %d):"), s->title, s->file, t->first,
			         t->last);
		plan_put(out, width, "", indent, head);
		size_t len;
		const char *words = content_passage(c, t, &len);
		char *flow = passage_flow(words, len);
		plan_put(out, width, "", indent + 4, flow);
		free(flow);
	}
}

static void put_resume(struct out *o, const struct plan_block *b)
{
	put_labelled(o, 0, _("Your resume code: "), b->text);
	plan_put(o->f, o->width, "", 0, b->detail);
}

static void (*const writers[PLAN_NKINDS])(struct out *, const struct plan_block *) = {
	[PLAN_HEADLINE] = put_headline, [PLAN_TIMELINE] = put_timeline, [PLAN_WHATIF] = put_item,
	[PLAN_SUMMARY] = put_summary,   [PLAN_REASON] = put_reason,
	[PLAN_STEP] = put_step,         [PLAN_TOTAL] = put_total,     [PLAN_NOTE] = put_item,
	[PLAN_FAQ] = put_faq,           [PLAN_CONTACT] = put_contact, [PLAN_ANSWER] = put_answer,
	[PLAN_UNUSED] = put_answer,     [PLAN_MADE] = put_line,       [PLAN_REVIEWED] = put_line,   [PLAN_WARNING] = put_line,
	[PLAN_SOURCE] = put_source,     [PLAN_RESUME] = put_resume,
};

static void write_text(const struct plan *p, FILE *out, int width, bool picture)
{
	struct out o = { p, out, width, 0, false, picture };
	const char *title = content_title(p->c);
	plan_put(out, width, "", 0, title);
	underline(out, title, '=', width);
	/* TRANSLATORS: %s is the language's own name, "English" or "Cymraeg". */
	fprintf(out, _("Language: %s\n"), lang_name(content_lang(p->c)));
	for (size_t i = 0; i < p->nb; i++) {
		const struct plan_block *b = &p->b[i];
		enum plan_section s = plan_section_of(b->kind);
		if (i == 0 || s != plan_section_of(p->b[i - 1].kind)) {
			fprintf(out, "\n%s\n", plan_section_title(s));
			underline(out, plan_section_title(s), '-', width);
		}
		writers[b->kind](&o, b);
	}
}

void plan_write_text(const struct plan *p, FILE *out, int width)
{
	write_text(p, out, width, true);
}

void plan_write_plain(const struct plan *p, FILE *out, int width)
{
	write_text(p, out, width, false);
}
