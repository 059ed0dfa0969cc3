/* plan: the result assembled for one person, and its text handout. */
#include "plan.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text.h"

static void add_notes(struct plan *p, const struct content_note *notes, size_t n)
{
	for (size_t i = 0; i < n && p->nnotes < PLAN_MAX_ITEMS; i++)
		if (rules_holds(p->c, notes[i].when, p->effective))
			p->notes[p->nnotes++] = &notes[i];
}

bool plan_build(struct plan *p, const struct content *c, const int *answers)
{
	memset(p, 0, sizeof *p);
	p->c = c;
	p->effective = calloc(content_nquestions(c) + 1, sizeof *p->effective);
	if (!p->effective)
		return false;
	struct rules_plan rp;
	rules_plan(c, answers, p->effective, &rp);
	p->next = rp.next;
	p->outcome = rp.outcome;
	if (rp.next != RULES_NONE || rp.outcome < 0)
		return false;
	const struct content_outcome *o = content_outcome(c, (size_t)rp.outcome);
	p->nreasons = rules_reasons(c, rp.outcome, p->effective, p->reasons, PLAN_MAX_ITEMS);
	for (size_t i = 0; i < o->nsteps && p->nsteps < PLAN_MAX_ITEMS; i++) {
		const struct content_step *s = &o->steps[i];
		if (!rules_holds(c, s->when, p->effective))
			continue;
		p->steps[p->nsteps++] = s;
		if (s->untimed)
			continue;
		if (s->months_min == CONTENT_MONTHS_UNKNOWN) {
			p->total.min_unknown = true;
			continue;
		}
		p->total.min += s->months_min;
		if (s->months_max == CONTENT_MONTHS_UNKNOWN)
			p->total.max_unknown = true;
		else
			p->total.max += s->months_max;
	}
	add_notes(p, o->notes, o->nnotes);
	add_notes(p, content_common_notes(c), content_ncommon_notes(c));
	return true;
}

void plan_free(struct plan *p)
{
	free(p->effective);
	p->effective = NULL;
}

const char *plan_reason_label(const struct rules_reason *r)
{
	return r->fact ? "about you" : r->met ? "met" : "not met";
}

const char *plan_reason_text(const struct content *c, const struct rules_reason *r)
{
	const struct content_criterion *k = content_criterion(c, (size_t)r->criterion);
	return r->met ? k->met : k->unmet;
}

const char *plan_source_text(const struct content *c, size_t i, char *buf, size_t size)
{
	const struct content_source *s = content_source(c, i);
	snprintf(buf, size, "Source: %s%s", s->title,
	         s == content_levels_guide(c).source ? " (secondary: only the qualification finder's further examples)"
	                                             : "");
	return buf;
}

const char *plan_months(int min, int max, char *buf, size_t size)
{
	if (min == CONTENT_MONTHS_UNKNOWN)
		snprintf(buf, size, "not stated");
	else if (max == CONTENT_MONTHS_UNKNOWN)
		snprintf(buf, size, "from %d month%s", min, min == 1 ? "" : "s");
	else if (min == max)
		snprintf(buf, size, "%d month%s", min, min == 1 ? "" : "s");
	else
		snprintf(buf, size, "%d to %d months", min, max);
	return buf;
}

const char *plan_step_time(const struct content_step *s, char *buf, size_t size)
{
	if (s->months_min == CONTENT_MONTHS_UNKNOWN && s->time) {
		snprintf(buf, size, "%s", s->time);
		return buf;
	}
	return plan_months(s->months_min, s->months_max, buf, size);
}

const char *plan_total_text(const struct plan_total *t, char *buf, size_t size)
{
	char months[64];
	if (t->min == 0 && t->max == 0 && !t->min_unknown && !t->max_unknown) {
		snprintf(buf, size, "nothing to add up: these steps have no length of their own");
		return buf;
	}
	if (t->min == 0 && !t->max_unknown && t->min_unknown) {
		snprintf(buf, size, "not stated: the documents give no length for these steps");
		return buf;
	}
	plan_months(t->min, t->max_unknown ? CONTENT_MONTHS_UNKNOWN : t->max, months, sizeof months);
	snprintf(buf, size, "%s (an estimate)%s", months,
	         t->min_unknown ? ", plus the steps whose length is not stated in months" : "");
	return buf;
}

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
	free(safe);
}

static void heading(FILE *out, const char *title)
{
	fprintf(out, "\n%s\n", title);
	for (size_t i = strlen(title); i > 0; i--)
		fputc('-', out);
	fputc('\n', out);
}

static const char *faq_question(const struct content *c, const char *id)
{
	int i = id ? content_faq_index(c, id) : -1;
	return i >= 0 ? content_faq(c, (size_t)i)->question : NULL;
}

static void write_answers(const struct plan *p, const int *answers, FILE *out, int width)
{
	const struct content *c = p->c;
	heading(out, "Your answers");
	for (size_t i = 0; i < content_nquestions(c); i++) {
		const struct content_question *q = content_question(c, i);
		if (!rules_used(p->effective, (int)i))
			continue;
		plan_put(out, width, "-", 2, q->text);
		plan_put(out, width, "", 4, q->options[p->effective[i]].label);
	}
	bool unused = false;
	for (size_t i = 0; i < content_nquestions(c); i++) {
		if (answers[i] < 0 || rules_used(p->effective, (int)i))
			continue;
		const struct content_question *q = content_question(c, i);
		if (!unused)
			plan_put(out, width, "", 0, "Answers not needed for this result:");
		unused = true;
		fprintf(out, "  - %s=%s\n", q->id, q->options[answers[i]].value);
	}
}

static void write_why(const struct plan *p, FILE *out, int width)
{
	heading(out, "Why");
	for (size_t i = 0; i < p->nreasons; i++) {
		const struct content_criterion *k = content_criterion(p->c, (size_t)p->reasons[i].criterion);
		char label[32];
		snprintf(label, sizeof label, "[%s]", plan_reason_label(&p->reasons[i]));
		plan_put(out, width, label, 12, plan_reason_text(p->c, &p->reasons[i]));
		const char *faq = faq_question(p->c, k->faq);
		if (faq) {
			char from[512];
			snprintf(from, sizeof from, "From the FAQ: %s", faq);
			plan_put(out, width, "", 12, from);
		}
	}
}

/* text, said to be the advisor's suggestion when it is. */
static void put_suggested(FILE *out, int width, const char *first, int indent, const char *text,
                          bool suggestion)
{
	size_t n = strlen(PLAN_SUGGESTION) + strlen(text) + 1;
	char *both = suggestion ? malloc(n) : NULL;
	if (both)
		snprintf(both, n, "%s%s", PLAN_SUGGESTION, text);
	plan_put(out, width, first, indent, both ? both : text);
	free(both);
}

static void write_steps(const struct plan *p, FILE *out, int width)
{
	char months[128], num[32];
	heading(out, "Next steps");
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct content_step *s = p->steps[i];
		snprintf(num, sizeof num, "%zu.", i + 1);
		put_suggested(out, width, num, 4, s->text, s->suggestion);
		if (s->untimed)
			continue;
		char line[160];
		snprintf(line, sizeof line, "Time: %s", plan_step_time(s, months, sizeof months));
		plan_put(out, width, "", 4, line);
	}
	char total[256], line[300];
	snprintf(line, sizeof line, "Estimated total: %s", plan_total_text(&p->total, total, sizeof total));
	fputc('\n', out);
	plan_put(out, width, "", 0, line);
	const struct content_outcome *o = content_outcome(p->c, (size_t)p->outcome);
	if (o->total_note)
		plan_put(out, width, "", 0, o->total_note);
}

static void write_contacts(const struct content *c, const struct content_outcome *o, FILE *out, int width)
{
	if (!o->ncontacts)
		return;
	heading(out, "Contacts");
	for (size_t i = 0; i < o->ncontacts; i++) {
		int k = content_contact_index(c, o->contacts[i]);
		if (k < 0)
			continue;
		const struct content_contact *ct = content_contact(c, (size_t)k);
		plan_put(out, width, "-", 2, ct->name);
		if (ct->about)
			plan_put(out, width, "", 4, ct->about);
		char line[256];
		if (ct->email) {
			snprintf(line, sizeof line, "Email: %s", ct->email);
			plan_put(out, width, "", 4, line);
		}
		if (ct->phone) {
			snprintf(line, sizeof line, "Telephone: %s", ct->phone);
			plan_put(out, width, "", 4, line);
		}
	}
}

void plan_write_text(const struct plan *p, const int *answers, FILE *out, int width)
{
	const struct content *c = p->c;
	const struct content_outcome *o = content_outcome(c, (size_t)p->outcome);
	plan_put(out, width, "", 0, content_title(c));
	for (size_t i = strlen(content_title(c)); i > 0; i--)
		fputc('=', out);
	fputc('\n', out);
	write_answers(p, answers, out, width);
	heading(out, "Result");
	plan_put(out, width, "", 0, o->headline);
	fputc('\n', out);
	plan_put(out, width, "", 0, o->summary);
	write_why(p, out, width);
	write_steps(p, out, width);
	if (p->nnotes) {
		heading(out, "Things to know");
		for (size_t i = 0; i < p->nnotes; i++)
			put_suggested(out, width, "-", 2, p->notes[i]->text, p->notes[i]->suggestion);
	}
	if (o->nfaq) {
		heading(out, "Related questions in the FAQ");
		for (size_t i = 0; i < o->nfaq; i++) {
			const char *q = faq_question(c, o->faq[i]);
			if (q)
				plan_put(out, width, "-", 2, q);
		}
	}
	write_contacts(c, o, out, width);
	heading(out, "About this advice");
	char line[512];
	snprintf(line, sizeof line, "Rules last reviewed on %s.", content_reviewed(c));
	plan_put(out, width, "", 0, line);
	for (size_t i = 0; i < content_nsources(c); i++)
		plan_put(out, width, "", 0, plan_source_text(c, i, line, sizeof line));
}
