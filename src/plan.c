/* plan: the document of what a person is told, built once. */
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const enum plan_section sections[PLAN_NKINDS] = {
	[PLAN_HEADLINE] = PLAN_S_RESULT, [PLAN_SUMMARY] = PLAN_S_RESULT, [PLAN_REASON] = PLAN_S_WHY,
	[PLAN_STEP] = PLAN_S_STEPS,      [PLAN_TOTAL] = PLAN_S_STEPS,    [PLAN_NOTE] = PLAN_S_NOTES,
	[PLAN_FAQ] = PLAN_S_FAQ,         [PLAN_CONTACT] = PLAN_S_CONTACTS, [PLAN_ANSWER] = PLAN_S_ANSWERS,
	[PLAN_UNUSED] = PLAN_S_ANSWERS,  [PLAN_MADE] = PLAN_S_ABOUT,      [PLAN_REVIEWED] = PLAN_S_ABOUT,  [PLAN_WARNING] = PLAN_S_ABOUT,
	[PLAN_SOURCE] = PLAN_S_ABOUT,
};

static const char *const titles[PLAN_NSECTIONS] = {
	[PLAN_S_RESULT] = "Result",
	[PLAN_S_WHY] = "Why",
	[PLAN_S_STEPS] = "Next steps",
	[PLAN_S_NOTES] = "Things to know",
	[PLAN_S_FAQ] = "Related questions in the FAQ",
	[PLAN_S_CONTACTS] = "Contacts",
	[PLAN_S_ANSWERS] = "Your answers",
	[PLAN_S_ABOUT] = "About this advice",
};

enum plan_section plan_section_of(enum plan_kind k)
{
	return sections[k];
}

const char *plan_section_title(enum plan_section s)
{
	return titles[s];
}

/* A new block of kind k saying text; NULL when out of memory. */
static struct plan_block *add(struct plan *p, enum plan_kind k, const char *text)
{
	if (p->nb == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 32;
		struct plan_block *b = realloc(p->b, cap * sizeof *b);
		if (!b)
			return NULL;
		p->b = b;
		p->cap = cap;
	}
	struct plan_block *b = &p->b[p->nb++];
	*b = (struct plan_block){ .kind = k, .text = text ? text : "", .faq = -1, .question = -1, .option = -1 };
	return b;
}

/* A block whose text is made here (a copy of buf). */
static struct plan_block *add_own(struct plan *p, enum plan_kind k, const char *buf)
{
	char *own = strdup(buf);
	struct plan_block *b = own ? add(p, k, own) : NULL;
	if (b)
		b->own = own;
	else
		free(own);
	return b;
}

static bool add_faq(struct plan *p, int f)
{
	const struct content_faq *e = content_faq(p->c, (size_t)f);
	struct plan_block *b = add(p, PLAN_FAQ, e->question);
	if (b) {
		b->faq = f;
		b->id = e->id;
	}
	return b != NULL;
}

static bool add_reasons(struct plan *p)
{
	size_t max = content_ncriteria(p->c);
	struct rules_reason *r = calloc(max + 1, sizeof *r);
	if (!r)
		return false;
	size_t n = rules_reasons(p->c, p->outcome, p->effective, r, max);
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		const struct content_criterion *k = content_criterion(p->c, (size_t)r[i].criterion);
		struct plan_block *b = add(p, PLAN_REASON, r[i].met ? k->met : k->unmet);
		if ((ok = b != NULL)) {
			b->met = r[i].met;
			b->id = k->id;
			b->faq = k->faq;
		}
	}
	free(r);
	return ok;
}

static bool add_step(struct plan *p, const struct content_step *s, bool note_when)
{
	char buf[256], when[300];
	plan_step_time(s, buf, sizeof buf);
	snprintf(when, sizeof when, "%s%s", buf, note_when && s->when ? " (only for some people)" : "");
	char *own = strdup(when);
	struct plan_block *b = own ? add(p, PLAN_STEP, s->text) : NULL;
	if (!b) {
		free(own);
		return false;
	}
	b->detail = b->own = own;
	b->of.step = s;
	b->faq = s->faq;
	return true;
}

static void count_months(struct plan_total *t, const struct content_step *s)
{
	if (s->months_min == CONTENT_MONTHS_UNKNOWN) {
		t->min_unknown = true;
		return;
	}
	t->min += s->months_min;
	if (s->months_max == CONTENT_MONTHS_UNKNOWN)
		t->max_unknown = true;
	else
		t->max += s->months_max;
}

static bool add_steps(struct plan *p, const struct content_outcome *o)
{
	for (size_t i = 0; i < o->nsteps; i++) {
		const struct content_step *s = &o->steps[i];
		if (!rules_holds(p->c, s->when, p->effective))
			continue;
		if (!add_step(p, s, false))
			return false;
		count_months(&p->total, s);
	}
	char total[256];
	return add_own(p, PLAN_TOTAL, plan_total_text(&p->total, total, sizeof total)) != NULL;
}

static bool add_notes(struct plan *p, const struct content_note *notes, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!rules_holds(p->c, notes[i].when, p->effective))
			continue;
		struct plan_block *b = add(p, PLAN_NOTE, notes[i].text);
		if (!b)
			return false;
		b->faq = notes[i].faq;
	}
	return true;
}

static bool add_contact(struct plan *p, const struct content_contact *ct)
{
	struct plan_block *b = add(p, PLAN_CONTACT, ct->name);
	if (b) {
		b->id = ct->id;
		b->detail = ct->about;
		b->of.contact = ct;
	}
	return b != NULL;
}

static bool add_outcome(struct plan *p)
{
	const struct content_outcome *o = content_outcome(p->c, (size_t)p->outcome);
	struct plan_block *h = add(p, PLAN_HEADLINE, o->headline);
	if (!h || !add(p, PLAN_SUMMARY, o->summary) || !add_reasons(p) || !add_steps(p, o) ||
	    !add_notes(p, o->notes, o->nnotes) ||
	    !add_notes(p, content_common_notes(p->c), content_ncommon_notes(p->c)))
		return false;
	p->b[0].id = o->id;
	for (size_t i = 0; i < o->nfaq; i++)
		if (!add_faq(p, o->faq[i]))
			return false;
	for (size_t i = 0; i < o->ncontacts; i++)
		if (!add_contact(p, content_contact(p->c, (size_t)o->contacts[i])))
			return false;
	return true;
}

/* The answers the result rests on, then those it does not need. */
static bool add_answers(struct plan *p, const int *answers)
{
	for (int used = 1; used >= 0; used--)
		for (size_t i = 0; i < content_nquestions(p->c); i++) {
			int v = used ? p->effective[i] : answers[i];
			if ((bool)used != rules_used(p->effective, (int)i) || v < 0)
				continue;
			const struct content_question *q = content_question(p->c, i);
			struct plan_block *b = add(p, used ? PLAN_ANSWER : PLAN_UNUSED, q->text);
			if (!b)
				return false;
			b->detail = q->options[v].label;
			b->id = q->id;
			b->of.question = q;
			b->question = (int)i;
			b->option = v;
		}
	return true;
}

static bool add_about(struct plan *p, time_t now)
{
	char line[512];
	snprintf(line, sizeof line, "Rules last reviewed on %s.", content_reviewed(p->c));
	struct plan_block *b = add_own(p, PLAN_REVIEWED, line);
	if (!b)
		return false;
	b->id = content_reviewed(p->c);
	if (plan_stale_warning(p->c, now, line, sizeof line) && !add_own(p, PLAN_WARNING, line))
		return false;
	for (size_t i = 0; i < content_nsources(p->c); i++) {
		const struct content_source *s = content_source(p->c, i);
		if (!(b = add(p, PLAN_SOURCE, s->title)))
			return false;
		b->detail = s->description;
		b->of.source = s;
	}
	return true;
}

static void civil_from_days(long z, long *y, long *m, long *d);

/* The day the plan was made, beside the review date. */
static bool add_made(struct plan *p, time_t now)
{
	long y, m, d;
	civil_from_days((long)(now / 86400) - (now < 0 && now % 86400), &y, &m, &d);
	char line[64];
	snprintf(line, sizeof line, "Plan made on %04ld-%02ld-%02ld.", y, m, d);
	struct plan_block *b = add_own(p, PLAN_MADE, line);
	if (b)
		b->id = b->own + strlen("Plan made on ");
	return b != NULL;
}

static struct plan *plan_new(const struct content *c)
{
	struct plan *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->c = c;
	p->outcome = p->next = RULES_NONE;
	p->effective = calloc(content_nquestions(c) + 1, sizeof *p->effective);
	if (!p->effective) {
		free(p);
		return NULL;
	}
	return p;
}

/* p when ok, else NULL with p freed. */
static struct plan *done(struct plan *p, bool ok)
{
	if (ok)
		return p;
	plan_free(p);
	return NULL;
}

struct plan *plan_build(const struct content *c, const int *answers, time_t now)
{
	struct plan *p = plan_new(c);
	if (!p)
		return NULL;
	struct rules_flow f;
	rules_flow(c, answers, p->effective, &f);
	p->next = f.next;
	p->outcome = f.next == RULES_NONE ? f.outcome : RULES_NONE;
	bool ok = !plan_complete(p) || add_outcome(p);
	return done(p, ok && add_answers(p, answers) && add_made(p, now) && add_about(p, now));
}

struct plan *plan_route(const struct content *c, size_t o)
{
	struct plan *p = plan_new(c);
	if (!p)
		return NULL;
	const struct content_outcome *oc = content_outcome(c, o);
	bool ok = add(p, PLAN_HEADLINE, oc->headline) && add(p, PLAN_SUMMARY, oc->summary);
	for (size_t i = 0; i < oc->nsteps && ok; i++)
		ok = add_step(p, &oc->steps[i], true);
	for (size_t i = 0; i < oc->nfaq && ok; i++)
		ok = add_faq(p, oc->faq[i]);
	return done(p, ok);
}

struct plan *plan_contacts(const struct content *c)
{
	struct plan *p = plan_new(c);
	bool ok = p != NULL;
	for (size_t i = 0; ok && i < content_ncontacts(c); i++)
		ok = add_contact(p, content_contact(c, i));
	return p ? done(p, ok) : NULL;
}

struct plan *plan_about(const struct content *c, time_t now)
{
	struct plan *p = plan_new(c);
	return p ? done(p, add_about(p, now)) : NULL;
}

bool plan_complete(const struct plan *p)
{
	return p->next == RULES_NONE && p->outcome >= 0;
}

void plan_free(struct plan *p)
{
	if (!p)
		return;
	explicit_bzero(p->effective, content_nquestions(p->c) * sizeof *p->effective);
	free(p->effective);
	for (size_t i = 0; i < p->nb; i++)
		free(p->b[i].own);
	/* The blocks point at the answers' labels: nothing personal of its own
	 * but which ones, which goes with the array. */
	if (p->b)
		explicit_bzero(p->b, p->nb * sizeof *p->b);
	free(p->b);
	free(p);
}

/* Days from 1970-01-01 to a date of the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil): no time zone, no library, no I/O. */
static long days_from_civil(long y, long m, long d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Its inverse (H. Hinnant's civil_from_days). */
static void civil_from_days(long z, long *y, long *m, long *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

const char *plan_stale_warning(const struct content *c, time_t now, char *buf, size_t size)
{
	int y, m, d;
	if (sscanf(content_reviewed(c), "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
		return NULL;
	if ((long)(now / 86400) - days_from_civil(y, m, d) <= 365)
		return NULL;
	snprintf(buf, size,
	         "Warning: these rules were last reviewed over a year ago (%s). Entry rules change from one "
	         "recruitment campaign to the next: check with Recruitment Queries before acting on them.",
	         content_reviewed(c));
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
	if (t->min == 0 && !t->max_unknown && t->min_unknown) {
		snprintf(buf, size, "not stated: the documents give no length for these steps");
		return buf;
	}
	plan_months(t->min, t->max_unknown ? CONTENT_MONTHS_UNKNOWN : t->max, months, sizeof months);
	snprintf(buf, size, "%s (an estimate)%s", months,
	         t->min_unknown ? ", plus the steps whose length is not stated in months" : "");
	return buf;
}
