/* timeline: the route from today to qualifying, step by step in months:
 * the computation (pure: only the steps' stated months, never a length
 * made up) and the two ways it is told, a sentence and a picture. */
#include "lang.h"
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

/* The bound after a step of length len: PLAN_OPEN stays open. */
static int after(int at, int len)
{
	return at == PLAN_OPEN || len == CONTENT_MONTHS_UNKNOWN ? PLAN_OPEN : at + len;
}

void plan_timeline_of(const struct content *c, const struct content_outcome *o, const int *effective,
                      struct plan_timeline *tl)
{
	tl->v = mem_alloc((o->nsteps + 1) * sizeof *tl->v);
	tl->n = 0;
	int soonest = 0, latest = 0;
	for (size_t i = 0; i < o->nsteps; i++) {
		const struct content_step *s = &o->steps[i];
		if (!s->label || s->untimed || !content_current(c, s->dates) || !rules_holds(c, s->when, effective))
			continue;
		struct plan_span *sp = &tl->v[tl->n++];
		*sp = (struct plan_span){ s, s->label, s->months_min, s->months_max, soonest, latest, 0, 0 };
		/* A length not stated adds nothing to the soonest end, and leaves
		 * the latest open; so does an open-ended one ("from 3 months"). */
		sp->end_min = soonest + (s->months_min == CONTENT_MONTHS_UNKNOWN ? 0 : s->months_min);
		sp->end_max = s->months_min == CONTENT_MONTHS_UNKNOWN ? PLAN_OPEN : after(latest, s->months_max);
		soonest = sp->end_min;
		latest = sp->end_max;
	}
}

/* "from 3 months", "12 months", "15 to 21 months", "length not stated". */
static const char *span_months(const struct plan_span *s, char *buf, size_t size)
{
	if (s->min == CONTENT_MONTHS_UNKNOWN)
		return s->step->time ? s->step->time : _("length not stated");
	return plan_months(s->min, s->max, buf, size);
}

char *plan_timeline_sentence(const struct plan *p)
{
	const struct plan_timeline *tl = &p->timeline;
	size_t size = 256 + tl->n * 160, len = 0;
	char *out = mem_alloc(size), months[64], total[256];
	for (size_t i = 0; i < tl->n; i++) {
		const struct plan_span *s = &tl->v[i];
		/* TRANSLATORS: a step of the route and how long it takes; the
		 * second and later ones follow the first: "Apply, not stated; then
		 * PQiP, 15 months.  In all: ..." */
		len += (size_t)snprintf(out + len, size - len, i ? _("; then %s, %s") : _("%s, %s"), s->label,
		                        span_months(s, months, sizeof months));
		if (len >= size)
			len = size - 1;
	}
	snprintf(out + len, size - len, _(". In all: %s."), plan_total_text(&p->total, total, sizeof total));
	return out;
}

const char *plan_total_short(const struct plan_total *t, char *buf, size_t size)
{
	char months[64];
	if (t->min == 0 && t->min_unknown)
		snprintf(months, sizeof months, "%s", _("not stated"));
	else
		plan_months(t->min, t->max_unknown ? CONTENT_MONTHS_UNKNOWN : t->max, months, sizeof months);
	snprintf(buf, size, t->min_unknown ? _("In all: %s, an estimate, and steps not stated") : _("In all: %s, an estimate"),
	         months);
	return buf;
}

/* The glyphs of a bar: stated, possible (the rest of a range), open on,
 * not stated. */
struct ink {
	const char *solid, *range, *open, *unknown;
};

static const struct ink utf8_ink = { "\u2501", "\u254c", ">", "?" };
static const struct ink ascii_ink = { "=", "-", ">", "?" };

#define LABEL_W 16
#define TEXT_W 13

/* The months the picture spans: the latest end stated, else the soonest
 * with the rest of its own range. */
static int horizon(const struct plan_timeline *tl)
{
	int h = 1;
	for (size_t i = 0; i < tl->n; i++) {
		const struct plan_span *s = &tl->v[i];
		int more = s->min != CONTENT_MONTHS_UNKNOWN && s->max != CONTENT_MONTHS_UNKNOWN ? s->max - s->min : 0;
		int end = s->end_max != PLAN_OPEN ? s->end_max : s->end_min + more;
		h = end > h ? end : h;
	}
	return h;
}

static size_t put(char *row, size_t at, const char *glyph, int n)
{
	for (int i = 0; i < n; i++) {
		memcpy(row + at, glyph, strlen(glyph));
		at += strlen(glyph);
	}
	return at;
}

/* One step's row: its label, its bar at its place, its months. */
static char *chart_row(const struct plan_span *s, int h, int bar, const struct ink *k)
{
	char *row = mem_alloc(LABEL_W + (size_t)bar * 4 + TEXT_W + 64), months[64];
	size_t at = (size_t)snprintf(row, LABEL_W + 1, "%-*.*s", LABEL_W, LABEL_W - 1, s->label);
	int from = s->start_min * bar / h, used;
	at = put(row, at, " ", from);
	if (s->min == CONTENT_MONTHS_UNKNOWN) {
		at = put(row, at, k->unknown, 1);
		used = from + 1;
	} else {
		int solid = (s->end_min - s->start_min) * bar / h;
		solid = solid < 1 ? 1 : solid > bar - from ? bar - from : solid;
		at = put(row, at, k->solid, solid);
		used = from + solid;
		int range = s->max == CONTENT_MONTHS_UNKNOWN ? (used < bar) : (s->max - s->min) * bar / h;
		range = range > bar - used ? bar - used : range;
		at = put(row, at, s->max == CONTENT_MONTHS_UNKNOWN ? k->open : k->range, range);
		used += range;
	}
	at = put(row, at, " ", bar - used + 1);
	/* Short, to fit: "from 3 months", "15-21 months". */
	if (s->min == CONTENT_MONTHS_UNKNOWN)
		snprintf(months, sizeof months, "%s", s->step->time ? _("not in months") : _("not stated"));
	else if (s->max == CONTENT_MONTHS_UNKNOWN)
		snprintf(months, sizeof months, ngettext("from %d month", "from %d months", (unsigned long)s->min), s->min);
	else if (s->max != s->min)
		snprintf(months, sizeof months, ngettext("%d-%d month", "%d-%d months", (unsigned long)s->max), s->min,
		         s->max);
	else
		plan_months(s->min, s->max, months, sizeof months);
	/* Cut to fit, at the start of a character. */
	if (strlen(months) > TEXT_W) {
		size_t cut = TEXT_W;
		while (cut > 0 && ((unsigned char)months[cut] & 0xc0) == 0x80)
			cut--;
		months[cut] = '\0';
	}
	memcpy(row + at, months, strlen(months) + 1);
	return row;
}

size_t plan_timeline_chart(const struct plan *p, int width, bool utf8, char ***lines)
{
	const struct plan_timeline *tl = &p->timeline;
	int h = horizon(tl), bar = width - LABEL_W - TEXT_W - 1;
	bar = bar < 4 ? 4 : bar;
	*lines = mem_alloc((tl->n + 1) * sizeof **lines);
	for (size_t i = 0; i < tl->n; i++)
		(*lines)[i] = chart_row(&tl->v[i], h, bar, utf8 ? &utf8_ink : &ascii_ink);
	return tl->n;
}
