/* factcheck: every statement beside the passage it cites. */
#include "factcheck.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "plan.h"

#define WIDTH 78

struct sheet {
	const struct content *c;
	FILE *out;
	bool md;
	bool *shown;   /* the criteria shown under the outcome being written */
};

static void heading(struct sheet *s, int level, const char *text)
{
	if (s->md) {
		fprintf(s->out, "\n%.*s %s\n\n", level, "###", text);
		return;
	}
	fputc('\n', s->out);
	plan_put(s->out, WIDTH, "", 0, text);
	for (size_t i = strlen(text) < WIDTH ? strlen(text) : WIDTH; level < 3 && i > 0; i--)
		fputc(level == 1 ? '=' : '-', s->out);
	if (level < 3)
		fputc('\n', s->out);
}

/* One statement: its label ("Step 2", "Met") and words. */
static void statement(struct sheet *s, const char *label, const char *text)
{
	char line[4096];
	snprintf(line, sizeof line, s->md ? "**%s:** %s" : "%s: %s", label, text);
	if (s->md)
		fprintf(s->out, "%s\n\n", line);
	else
		plan_put(s->out, WIDTH, "", 2, line);
}

static void md_passages(struct sheet *s, const struct content_cites *k)
{
	for (size_t i = 0; i < k->n; i++) {
		const struct content_cite *t = &k->v[i];
		const struct content_source *so = content_source(s->c, (size_t)t->source);
		fprintf(s->out, "From *%s* (`%s`, line%s %d", so->title, so->file, t->first == t->last ? "" : "s",
		        t->first);
		if (t->last != t->first)
			fprintf(s->out, " to %d", t->last);
		fputs("):\n\n> ", s->out);
		size_t len;
		const char *w = content_passage(s->c, t, &len);
		for (size_t k2 = 0; k2 < len; k2++) {
			fputc(w[k2], s->out);
			if (w[k2] == '\n')
				fputs("> ", s->out);
		}
		fputs("\n\n", s->out);
	}
}

/* The passages, or why there are none. */
static void cited(struct sheet *s, const struct content_cites *k, bool suggestion)
{
	if (!k->n) {
		const char *why = suggestion ? "(The advisor's own suggestion: listed under Suggestions.)"
		                             : "(No citation: --check-content reports it.)";
		if (s->md)
			fprintf(s->out, "*%s*\n\n", why);
		else
			plan_put(s->out, WIDTH, "", 6, why);
	} else if (s->md) {
		md_passages(s, k);
	} else {
		plan_write_passages(s->out, s->c, k, WIDTH, 6);
	}
	if (!s->md)
		fputc('\n', s->out);
}

static void criterion(void *ctx, int i)
{
	struct sheet *s = ctx;
	const struct content_criterion *k = content_criterion(s->c, (size_t)i);
	if (s->shown[i])
		return;
	s->shown[i] = true;
	char label[300];
	snprintf(label, sizeof label, "Reason \"%s\", met", k->id);
	statement(s, label, k->met);
	snprintf(label, sizeof label, "Reason \"%s\", not met", k->id);
	statement(s, label, k->unmet);
	cited(s, &k->cites, false);
}

/* A statement's days, ", from 2027-01-01 until 2027-06-30", after label. */
static const char *dated(char *label, size_t size, struct content_dates d)
{
	char from[16], until[16];
	content_date_text(d.from, from);
	content_date_text(d.until, until);
	size_t n = strlen(label);
	snprintf(label + n, size - n, "%s%s%s%s", d.from ? ", from " : "", d.from ? from : "",
	         d.until ? ", until " : "", d.until ? until : "");
	return label;
}

static void notes(struct sheet *s, const struct content_note *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!content_current(s->c, v[i].dates))
			continue;
		char label[128];
		snprintf(label, sizeof label, "%s", v[i].when ? "To know (for some people)" : "To know");
		statement(s, dated(label, sizeof label, v[i].dates), v[i].text);
		cited(s, &v[i].cites, v[i].suggestion);
	}
}

static void outcome(struct sheet *s, const struct content_outcome *o)
{
	char title[600];
	snprintf(title, sizeof title, "Outcome \"%s\"", o->id);
	size_t n = strlen(dated(title, sizeof title, o->dates));
	snprintf(title + n, sizeof title - n, ": %s", o->headline);
	heading(s, 2, title);
	memset(s->shown, 0, content_ncriteria(s->c) * sizeof *s->shown);
	cond_each_criterion(o->when, criterion, s);
	for (size_t i = 0; i < o->nsteps; i++) {
		if (!content_current(s->c, o->steps[i].dates))
			continue;
		char label[400], time[256] = "";
		if (!o->steps[i].untimed)
			plan_step_time(&o->steps[i], time, sizeof time);
		snprintf(label, sizeof label, "Step %zu%s%s%s%s", i + 1, o->steps[i].when ? ", for some people" : "",
		         *time ? " (" : "", time, *time ? ")" : "");
		statement(s, dated(label, sizeof label, o->steps[i].dates), o->steps[i].text);
		cited(s, &o->steps[i].cites, o->steps[i].suggestion);
	}
	notes(s, o->notes, o->nnotes);
}

static void faq_and_levels(struct sheet *s)
{
	for (size_t i = 0; i < content_nfaq(s->c); i++) {
		const struct content_faq *f = content_faq(s->c, i);
		if (!content_current(s->c, f->dates))
			continue;
		char title[600];
		snprintf(title, sizeof title, "FAQ \"%s\"", f->id);
		size_t n = strlen(dated(title, sizeof title, f->dates));
		snprintf(title + n, sizeof title - n, ": %s", f->question);
		heading(s, 2, title);
		statement(s, "Answer", f->answer);
		cited(s, &f->cites, false);
	}
	heading(s, 2, "The qualification finder's examples");
	for (size_t i = 0; i < content_nlevels(s->c); i++) {
		const struct content_level *l = content_level(s->c, i);
		for (size_t e = 0; e < l->nexamples; e++)
			statement(s, l->name, l->examples[e]);
		if (l->nexamples)
			cited(s, &l->cites, false);
	}
}

/* Every step and note marked as the advisor's own, and where it is. */
static void suggestions(struct sheet *s)
{
	heading(s, 1, "Suggestions: the advisor's own advice, not from the sources");
	size_t n = 0;
	for (size_t i = 0; i < content_noutcomes(s->c); i++) {
		const struct content_outcome *o = content_outcome(s->c, i);
		char label[300];
		for (size_t k = 0; k < o->nsteps; k++)
			if (o->steps[k].suggestion) {
				snprintf(label, sizeof label, "Outcome \"%s\", step %zu", o->id, k + 1);
				statement(s, label, o->steps[k].text);
				n++;
			}
		for (size_t k = 0; k < o->nnotes; k++)
			if (o->notes[k].suggestion) {
				snprintf(label, sizeof label, "Outcome \"%s\", to know", o->id);
				statement(s, label, o->notes[k].text);
				n++;
			}
	}
	for (size_t k = 0; k < content_ncommon_notes(s->c); k++)
		if (content_common_notes(s->c)[k].suggestion) {
			statement(s, "Every outcome, to know", content_common_notes(s->c)[k].text);
			n++;
		}
	if (!n)
		statement(s, "None", "every statement cites a source.");
}

static void front(struct sheet *s)
{
	char line[1024];
	snprintf(line, sizeof line, "Fact-check sheet: %s", content_title(s->c));
	heading(s, 1, line);
	snprintf(line, sizeof line, "%s (rules last reviewed on %s)", content_origin(s->c), content_reviewed(s->c));
	statement(s, "Content", line);
	for (size_t i = 0; i < content_nsources(s->c); i++) {
		const struct content_source *so = content_source(s->c, i);
		if (so->file)
			snprintf(line, sizeof line, "%s (id \"%s\", its words in %s, %d lines)", so->title, so->id,
			         so->file, so->nlines);
		else
			snprintf(line, sizeof line, "%s (no text shipped: it cannot be cited)", so->title);
		statement(s, "Source", line);
	}
	statement(s, "Signed off by", "________________________   on (date) ____________");
}

void factcheck_write(const struct content *c, FILE *out, bool markdown)
{
	struct sheet s = { c, out, markdown, mem_alloc((content_ncriteria(c) + 1) * sizeof(bool)) };
	front(&s);
	heading(&s, 1, "Outcomes");
	for (size_t i = 0; i < content_noutcomes(c); i++)
		if (content_current(c, content_outcome(c, i)->dates))
			outcome(&s, content_outcome(c, i));
	heading(&s, 2, "Things to know, shown with every outcome");
	notes(&s, content_common_notes(c), content_ncommon_notes(c));
	heading(&s, 1, "FAQ entries and examples");
	faq_and_levels(&s);
	suggestions(&s);
	free(s.shown);
}
