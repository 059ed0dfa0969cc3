/* plan: the document of what a person is told, built once. */
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "mem.h"
#include "resume.h"

static const enum plan_section sections[PLAN_NKINDS] = {
	[PLAN_HEADLINE] = PLAN_S_RESULT, [PLAN_TIMELINE] = PLAN_S_ROUTE,  [PLAN_WHATIF] = PLAN_S_WHATIF,
	[PLAN_SUMMARY] = PLAN_S_RESULT,     [PLAN_REASON] = PLAN_S_WHY,
	[PLAN_STEP] = PLAN_S_STEPS,      [PLAN_TOTAL] = PLAN_S_STEPS,    [PLAN_NOTE] = PLAN_S_NOTES,
	[PLAN_FAQ] = PLAN_S_FAQ,         [PLAN_CONTACT] = PLAN_S_CONTACTS, [PLAN_ANSWER] = PLAN_S_ANSWERS,
	[PLAN_UNUSED] = PLAN_S_ANSWERS,  [PLAN_MADE] = PLAN_S_ABOUT,      [PLAN_REVIEWED] = PLAN_S_ABOUT,  [PLAN_WARNING] = PLAN_S_ABOUT,
	[PLAN_SOURCE] = PLAN_S_ABOUT,    [PLAN_RESUME] = PLAN_S_RESUME,
};

static const char *const titles[PLAN_NSECTIONS] = {
	[PLAN_S_RESULT] = N_("Result"),
	[PLAN_S_ROUTE] = N_("Your route, in months from now"),
	[PLAN_S_WHATIF] = N_("What would change my result?"),
	[PLAN_S_WHY] = N_("Why"),
	[PLAN_S_STEPS] = N_("Next steps"),
	[PLAN_S_NOTES] = N_("Things to know"),
	[PLAN_S_FAQ] = N_("Related questions in the FAQ"),
	[PLAN_S_CONTACTS] = N_("Contacts"),
	[PLAN_S_ANSWERS] = N_("Your answers"),
	[PLAN_S_ABOUT] = N_("About this advice"),
	[PLAN_S_RESUME] = N_("Come back to this plan"),
};

enum plan_section plan_section_of(enum plan_kind k)
{
	return sections[k];
}

const char *plan_section_title(enum plan_section s)
{
	return _(titles[s]);
}

/* A new block of kind k saying text. */
static struct plan_block *add(struct plan *p, enum plan_kind k, const char *text)
{
	p->b = mem_room(p->b, &p->cap, p->nb + 1, sizeof *p->b);
	struct plan_block *b = &p->b[p->nb++];
	*b = (struct plan_block){ .kind = k, .text = text ? text : "", .faq = -1, .question = -1, .option = -1 };
	return b;
}

/* A block whose text is made here (a copy of buf). */
static struct plan_block *add_own(struct plan *p, enum plan_kind k, const char *buf)
{
	struct plan_block *b = add(p, k, NULL);
	b->text = b->own = mem_strdup(buf);
	return b;
}

static void add_faq(struct plan *p, int f)
{
	const struct content_faq *e = content_faq(p->c, (size_t)f);
	if (!content_current(p->c, e->dates))
		return;
	struct plan_block *b = add(p, PLAN_FAQ, e->question);
	b->faq = f;
	b->id = e->id;
}

static void add_reasons(struct plan *p)
{
	size_t max = content_ncriteria(p->c);
	struct rules_reason *r = mem_alloc((max + 1) * sizeof *r);
	size_t n = rules_reasons(p->c, p->outcome, p->effective, r, max);
	for (size_t i = 0; i < n; i++) {
		const struct content_criterion *k = content_criterion(p->c, (size_t)r[i].criterion);
		struct plan_block *b = add(p, PLAN_REASON, r[i].met ? k->met : k->unmet);
		b->met = r[i].met;
		b->fact = r[i].fact;
		b->id = k->id;
		b->faq = k->faq;
		b->cites = &k->cites;
	}
	free(r);
}

/* A step, with its length unless it has none by nature (and, for a route
 * of everyone's steps, whether it is only for some people). */
static void add_step(struct plan *p, const struct content_step *s, bool note_when)
{
	char buf[256] = "", when[300];
	bool some = note_when && s->when;
	if (!s->untimed)
		plan_step_time(s, buf, sizeof buf);
	if (some && *buf)
		snprintf(when, sizeof when, _("%s (only for some people)"), buf);
	else
		snprintf(when, sizeof when, "%s", some ? _("(only for some people)") : buf);
	struct plan_block *b = add(p, PLAN_STEP, s->text);
	if (*when)
		b->detail = b->own = mem_strdup(when);
	b->of.step = s;
	b->faq = s->faq;
	b->cites = &s->cites;
	b->suggestion = s->suggestion;
}

static void count_months(struct plan_total *t, const struct content_step *s)
{
	if (s->untimed)
		return;
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

/* A step of the outcome that is this person's: current, and its condition holds. */
static bool step_holds(const struct plan *p, const struct content_step *s)
{
	return content_current(p->c, s->dates) && rules_holds(p->c, s->when, p->effective);
}

static void add_steps(struct plan *p, const struct content_outcome *o)
{
	for (size_t i = 0; i < o->nsteps; i++)
		if (step_holds(p, &o->steps[i]))
			add_step(p, &o->steps[i], false);
	char total[256];
	add_own(p, PLAN_TOTAL, plan_total_text(&p->total, total, sizeof total))->detail = o->total_note;
}

/* Common notes without a condition are the same for everyone. */
static void add_notes(struct plan *p, const struct content_note *notes, size_t n, bool common)
{
	for (size_t i = 0; i < n; i++)
		if (content_current(p->c, notes[i].dates) && rules_holds(p->c, notes[i].when, p->effective)) {
			struct plan_block *b = add(p, PLAN_NOTE, notes[i].text);
			b->faq = notes[i].faq;
			b->suggestion = notes[i].suggestion;
			b->everyone = common && !notes[i].when;
			b->cites = &notes[i].cites;
		}
}

/* The route as a picture and the total at its end, from the steps that
 * hold (the total counts those off the picture too). */
static void add_timeline(struct plan *p, const struct content_outcome *o)
{
	for (size_t i = 0; i < o->nsteps; i++)
		if (step_holds(p, &o->steps[i]))
			count_months(&p->total, &o->steps[i]);
	plan_timeline_of(p->c, o, p->effective, &p->timeline);
	if (p->timeline.n == 0)
		return;
	char *sentence = plan_timeline_sentence(p);
	add(p, PLAN_TIMELINE, sentence)->own = sentence;
}

#define PLAN_MAX_WHATIF 4

/* "If you finish ..., the result would be: <its headline>" */
static void add_whatifs(struct plan *p)
{
	p->whatif = mem_alloc(PLAN_MAX_WHATIF * sizeof *p->whatif);
	p->nwhatif = rules_whatif(p->c, p->effective, p->outcome, p->whatif, PLAN_MAX_WHATIF);
	for (size_t i = 0; i < p->nwhatif; i++) {
		const struct rules_whatif *w = &p->whatif[i];
		/* The changes one after another ("finish X and start Y"), then the
		 * sentence around them, each a whole phrase to translate. */
		char changes[1400] = "", line[1600];
		for (size_t k = 0; k < w->nchanges; k++) {
			const struct content_question *q = content_question(p->c, (size_t)w->change[k].question);
			const char *reach = q->options[w->change[k].option].reach;
			char before[1400];
			snprintf(before, sizeof before, "%s", changes);
			/* TRANSLATORS: two things a person would do, joined: "finish the
			 * module and gain experience". */
			snprintf(changes, sizeof changes, k ? _("%s and %s") : "%s%s", before, reach);
		}
		const struct content_outcome *o = content_outcome(p->c, (size_t)w->outcome);
		/* TRANSLATORS: %s what the person would do, then the headline of
		 * the result they would get. */
		snprintf(line, sizeof line, _("If you %s, the result would be: %s"), changes, o->headline);
		struct plan_block *b = add_own(p, PLAN_WHATIF, line);
		b->id = o->id;
		b->of.whatif = w;
	}
}

static void add_contact(struct plan *p, const struct content_contact *ct)
{
	if (!content_current(p->c, ct->dates))
		return;
	struct plan_block *b = add(p, PLAN_CONTACT, ct->name);
	b->id = ct->id;
	b->detail = ct->about;
	b->of.contact = ct;
}

static void add_outcome(struct plan *p)
{
	const struct content_outcome *o = content_outcome(p->c, (size_t)p->outcome);
	/* What to do first: the route and its steps, then what would change
	 * it, then why, and what every person is told.  The summary stays
	 * under the headline: it spells out what the rest abbreviates. */
	add(p, PLAN_HEADLINE, o->headline)->id = o->id;
	add(p, PLAN_SUMMARY, o->summary);
	add_timeline(p, o);
	add_steps(p, o);
	add_whatifs(p);
	add_reasons(p);
	add_notes(p, o->notes, o->nnotes, false);
	add_notes(p, content_common_notes(p->c), content_ncommon_notes(p->c), true);
	for (size_t i = 0; i < o->nfaq; i++)
		add_faq(p, o->faq[i]);
	for (size_t i = 0; i < o->ncontacts; i++)
		add_contact(p, content_contact(p->c, (size_t)o->contacts[i]));
}

/* The answers the result rests on, then those it does not need. */
static void add_answers(struct plan *p, const int *answers)
{
	for (int used = 1; used >= 0; used--)
		for (size_t i = 0; i < content_nquestions(p->c); i++) {
			int v = used ? p->effective[i] : answers[i];
			if ((bool)used != rules_used(p->effective, (int)i) || v < 0)
				continue;
			const struct content_question *q = content_question(p->c, i);
			struct plan_block *b = add(p, used ? PLAN_ANSWER : PLAN_UNUSED, q->text);
			b->detail = q->options[v].label;
			b->id = q->id;
			b->of.question = q;
			b->question = (int)i;
			b->option = v;
		}
}

/* The review date, its warning, and the sources: described too when
 * described is set (the about screen), named only under a plan. */
static void add_about(struct plan *p, time_t now, bool described)
{
	char line[512];
	snprintf(line, sizeof line, _("Rules last reviewed on %s."), content_reviewed(p->c));
	add_own(p, PLAN_REVIEWED, line)->id = content_reviewed(p->c);
	if (plan_stale_warning(p->c, now, line, sizeof line))
		add_own(p, PLAN_WARNING, line);
	/* A translation not yet reviewed says so, in both its languages. */
	if (content_notice(p->c))
		add(p, PLAN_WARNING, content_notice(p->c));
	for (size_t i = 0; i < content_nsources(p->c); i++) {
		const struct content_source *s = content_source(p->c, i);
		struct plan_block *b = add(p, PLAN_SOURCE, s->title);
		b->id = s->id;
		b->detail = described ? s->description : NULL;
		b->of.source = s;
		b->secondary = s == content_levels_guide(p->c).source;
	}
}

/* The day the plan was made, beside the review date. */
static void add_made(struct plan *p, time_t now)
{
	char day[16], line[160];
	content_date_text((int)(now / 86400 - (now < 0 && now % 86400)), day);
	/* The sentence, then the day alone for the block's id, in one string. */
	int n = snprintf(line, sizeof line, _("Plan made on %s."), day);
	n = n < 0 || (size_t)n >= sizeof line - sizeof day ? (int)(sizeof line - sizeof day - 1) : n;
	line[n] = '\0';
	memcpy(line + n + 1, day, sizeof day);
	struct plan_block *b = add(p, PLAN_MADE, NULL);
	b->own = mem_alloc((size_t)n + 1 + sizeof day);
	memcpy(b->own, line, (size_t)n + 1 + sizeof day);
	b->text = b->own;
	b->id = b->own + n + 1;
}

/* The code that brings these answers back: the answers and nothing else. */
static void add_resume(struct plan *p, const int *answers)
{
	size_t size = resume_size(p->c);
	char *code = mem_alloc(size);
	resume_encode(p->c, answers, code, size);
	struct plan_block *b = add(p, PLAN_RESUME, code);
	b->own = code;
	b->id = code;
	b->detail = _("To come back to this plan later, type this code at the advisor's welcome screen (\"I have a "
	              "code\"), or take it to a careers advisor. It holds your answers and nothing else, and the "
	              "advisor keeps no copy of it.");
}

static struct plan *plan_new(const struct content *c)
{
	struct plan *p = mem_alloc(sizeof *p);
	p->c = c;
	p->outcome = p->next = RULES_NONE;
	p->effective = mem_alloc((content_nquestions(c) + 1) * sizeof *p->effective);
	return p;
}

struct plan *plan_build(const struct content *c, const int *answers, time_t now)
{
	struct plan *p = plan_new(c);
	struct rules_flow f;
	rules_flow(c, answers, p->effective, &f);
	p->next = f.next;
	p->outcome = f.next == RULES_NONE ? f.outcome : RULES_NONE;
	if (plan_complete(p))
		add_outcome(p);
	add_answers(p, answers);
	add_made(p, now);
	add_about(p, now, false);
	if (plan_complete(p))
		add_resume(p, answers);
	return p;
}

struct plan *plan_route(const struct content *c, size_t o)
{
	struct plan *p = plan_new(c);
	const struct content_outcome *oc = content_outcome(c, o);
	add(p, PLAN_HEADLINE, oc->headline)->id = oc->id;
	add(p, PLAN_SUMMARY, oc->summary);
	for (size_t i = 0; i < oc->nsteps; i++)
		if (content_current(c, oc->steps[i].dates))
			add_step(p, &oc->steps[i], true);
	for (size_t i = 0; i < oc->nfaq; i++)
		add_faq(p, oc->faq[i]);
	return p;
}

struct plan *plan_contacts(const struct content *c)
{
	struct plan *p = plan_new(c);
	for (size_t i = 0; i < content_ncontacts(c); i++)
		add_contact(p, content_contact(c, i));
	return p;
}

struct plan *plan_about(const struct content *c, time_t now)
{
	struct plan *p = plan_new(c);
	add_about(p, now, true);
	return p;
}

const struct plan_block *plan_find(const struct plan *p, enum plan_kind k)
{
	for (size_t i = 0; i < p->nb; i++)
		if (p->b[i].kind == k)
			return &p->b[i];
	return NULL;
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
	free(p->timeline.v);
	if (p->whatif)
		explicit_bzero(p->whatif, p->nwhatif * sizeof *p->whatif);
	free(p->whatif);
	/* The resume code is the answers in other words: wiped, like them. */
	for (size_t i = 0; i < p->nb; i++) {
		if (p->b[i].own)
			explicit_bzero(p->b[i].own, strlen(p->b[i].own));
		free(p->b[i].own);
	}
	/* The blocks point at the answers' labels: nothing personal of its own
	 * but which ones, which goes with the array. */
	if (p->b)
		explicit_bzero(p->b, p->nb * sizeof *p->b);
	free(p->b);
	free(p);
}

const char *plan_stale_warning(const struct content *c, time_t now, char *buf, size_t size)
{
	int reviewed = content_day_of(content_reviewed(c));
	if (reviewed < 0 || (long)(now / 86400) - reviewed <= 365)
		return NULL;
	snprintf(buf, size,
	         _("Warning: these rules were last reviewed over a year ago (%s). Entry rules change from one "
	           "recruitment campaign to the next: check with Recruitment Queries before acting on them."),
	         content_reviewed(c));
	return buf;
}

const char *plan_months(int min, int max, char *buf, size_t size)
{
	if (min == CONTENT_MONTHS_UNKNOWN)
		snprintf(buf, size, "%s", _("not stated"));
	else if (max == CONTENT_MONTHS_UNKNOWN)
		snprintf(buf, size, ngettext("from %d month", "from %d months", (unsigned long)min), min);
	else if (min == max)
		snprintf(buf, size, ngettext("%d month", "%d months", (unsigned long)min), min);
	else
		/* TRANSLATORS: the plural follows the larger number. */
		snprintf(buf, size, ngettext("%d to %d month", "%d to %d months", (unsigned long)max), min, max);
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

const char *plan_reason_label(const struct plan_block *b)
{
	return b->fact ? _("about you") : b->met ? _("met") : _("not met");
}

const char *plan_source_text(const struct plan_block *b, char *buf, size_t size)
{
	snprintf(buf, size, b->secondary ? _("Source: %s (secondary: only the qualification finder's further examples)")
	                                 : _("Source: %s"), b->text);
	return buf;
}

const char *plan_total_text(const struct plan_total *t, char *buf, size_t size)
{
	char months[64];
	if (t->min == 0 && t->max == 0 && !t->min_unknown && !t->max_unknown) {
		snprintf(buf, size, "%s", _("nothing to add up: these steps have no length of their own"));
		return buf;
	}
	if (t->min == 0 && !t->max_unknown && t->min_unknown) {
		snprintf(buf, size, "%s", _("not stated: the documents give no length for these steps"));
		return buf;
	}
	plan_months(t->min, t->max_unknown ? CONTENT_MONTHS_UNKNOWN : t->max, months, sizeof months);
	snprintf(buf, size, t->min_unknown ? _("%s (an estimate), plus the steps whose length is not stated in months")
	                                   : _("%s (an estimate)"), months);
	return buf;
}
