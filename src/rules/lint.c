/* lint: the exhaustive walk and the checks that need it. */
#include "lint.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"
#include "rules.h"
#include "text.h"

/* Past this many bad paths the rest are counted, not listed. */
#define LINT_MAX_LISTED 10

/* A text that named a group and was shown outside it: reported once. */
struct lint_told {
	const char *text;
	size_t group;
};

struct lint {
	const struct content *c;
	const struct rules_classes *k;
	struct diags *d;
	bool *asked, *reached;
	size_t bad, classes;
	double paths;
	struct lint_told told[LINT_MAX_LISTED * 4];
	size_t ntold;
};

const char *lint_describe(const struct content *c, const struct rules_classes *k,
                          const int *effective, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < content_nquestions(c) && used < size; i++) {
		if (effective[i] < 0)
			continue;
		const struct content_question *q = content_question(c, i);
		used += (size_t)snprintf(buf + used, size - used, "%s%s=%s", used ? ", " : "", q->id,
		                         q->options[effective[i]].value);
		/* The other answers this one stands for. */
		const char *sep = " (or ";
		for (size_t v = 0; k && v < q->noptions && used < size; v++) {
			if ((int)v == effective[i] || rules_class_of(k, (int)i, (int)v) != effective[i])
				continue;
			used += (size_t)snprintf(buf + used, size - used, "%s%s", sep, q->options[v].value);
			sep = ", ";
		}
		if (*sep == ',' && used < size)
			used += (size_t)snprintf(buf + used, size - used, ")");
	}
	return buf;
}

static void report_path(struct lint *l, const int *effective, const struct rules_flow *flow)
{
	if (++l->bad > LINT_MAX_LISTED)
		return;
	char path[1024];
	lint_describe(l->c, l->k, effective, path, sizeof path);
	const struct content_outcome *first = content_outcome(l->c, 0);
	if (flow->outcome == RULES_NONE) {
		diag_add(l->d, first->src.file, 0, "no outcome applies to: %s", path);
		return;
	}
	/* Name the outcomes that overlap, at the later one's line. */
	const struct content_outcome *a = NULL;
	for (size_t o = 0; o < content_noutcomes(l->c); o++) {
		const struct content_outcome *b = content_outcome(l->c, o);
		if (!rules_holds(l->c, b->when, effective))
			continue;
		if (a) {
			diag_add(l->d, b->src.file, b->src.line,
			         "outcomes \"%s\" (line %d) and \"%s\" both apply to: %s", a->id,
			         a->src.line, b->id, path);
			return;
		}
		a = b;
	}
}

/* The first of group g's words that text holds, or NULL. */
static const char *group_word(const struct content_group *g, const char *text)
{
	for (size_t i = 0; i < g->nwords; i++)
		if (text_find(text, g->words[i]))
			return g->words[i];
	return NULL;
}

/* Text shown on this path that speaks to a group the person is not in. */
static void check_audience(struct lint *l, const int *effective, const char *text, struct content_src src)
{
	for (size_t g = 0; g < content_ngroups(l->c); g++) {
		const struct content_group *grp = content_group(l->c, g);
		const char *word = group_word(grp, text);
		if (!word || rules_holds(l->c, grp->when, effective))
			continue;
		size_t i = 0;
		while (i < l->ntold && !(l->told[i].text == text && l->told[i].group == g))
			i++;
		if (i < l->ntold || l->ntold == sizeof l->told / sizeof *l->told)
			continue;
		l->told[l->ntold++] = (struct lint_told){ text, g };
		char path[1024];
		lint_describe(l->c, l->k, effective, path, sizeof path);
		diag_add(l->d, src.file, src.line, "\"%s\" speaks to group \"%s\", but is shown to: %s", word,
		         grp->id, path);
	}
}

/* Every text the person on this path reads, each checked for its audience. */
static void check_audiences(struct lint *l, const int *effective, int outcome)
{
	const struct content *c = l->c;
	const struct content_outcome *o = content_outcome(c, (size_t)outcome);
	check_audience(l, effective, o->headline, o->src);
	check_audience(l, effective, o->summary, o->src);
	for (size_t i = 0; i < o->nsteps; i++)
		if (rules_holds(c, o->steps[i].when, effective))
			check_audience(l, effective, o->steps[i].text, o->steps[i].src);
	for (size_t i = 0; i < o->nnotes; i++)
		if (rules_holds(c, o->notes[i].when, effective))
			check_audience(l, effective, o->notes[i].text, o->notes[i].src);
	for (size_t i = 0; i < content_ncommon_notes(c); i++) {
		const struct content_note *n = &content_common_notes(c)[i];
		if (rules_holds(c, n->when, effective))
			check_audience(l, effective, n->text, n->src);
	}
	struct rules_reason r[64];
	size_t n = rules_reasons(c, outcome, effective, r, 64);
	for (size_t i = 0; i < n; i++) {
		const struct content_criterion *k = content_criterion(c, (size_t)r[i].criterion);
		check_audience(l, effective, r[i].met ? k->met : k->unmet, k->src);
	}
}

static bool visit(void *ctx, const struct rules_path *p)
{
	struct lint *l = ctx;
	for (size_t i = 0; i < content_nquestions(l->c); i++)
		if (p->effective[i] >= 0)
			l->asked[i] = true;
	if (p->flow.outcome >= 0) {
		l->reached[p->flow.outcome] = true;
		check_audiences(l, p->effective, p->flow.outcome);
		lint_whatif_path(l->c, l->k, p->effective, p->flow.outcome, l->d);
	} else
		report_path(l, p->effective, &p->flow);
	l->paths += p->weight;
	return ++l->classes < LINT_MAX_PATHS;
}

static void lint_scenarios(const struct content *c, struct diags *d)
{
	size_t nq = content_nquestions(c);
	int *effective = calloc(nq + 1, sizeof *effective);
	if (!effective)
		return;
	for (size_t i = 0; i < content_nscenarios(c); i++) {
		const struct content_scenario *s = content_scenario(c, i);
		int want = content_outcome_index(c, s->expect);
		if (want >= 0 && !content_current(c, content_outcome(c, (size_t)want)->dates))
			continue; /* a person of another version of the rules */
		struct rules_flow flow;
		rules_flow(c, s->answers, effective, &flow);
		if (flow.next != RULES_NONE) {
			diag_add(d, s->src.file, s->src.line, "the answers stop short: \"%s\" is needed",
			         content_question(c, (size_t)flow.next)->id);
		} else if (flow.outcome < 0) {
			diag_add(d, s->src.file, s->src.line, "the rules give %s for these answers",
			         flow.outcome == RULES_NONE ? "no outcome" : "more than one outcome");
		} else if (flow.outcome >= 0 && strcmp(content_outcome(c, (size_t)flow.outcome)->id,
		                                       s->expect) != 0) {
			diag_add(d, s->src.file, s->src.line, "expects \"%s\" but the rules give \"%s\"",
			         s->expect, content_outcome(c, (size_t)flow.outcome)->id);
		}
	}
	free(effective);
}

/* A statement with no citation: the advisor's own words may say so, a
 * rule or an answer of the FAQ may not. */
static void need_cite(struct diags *d, const struct content_cites *k, bool suggestion, struct content_src src,
                      const char *what, bool may_suggest)
{
	if (k->n || suggestion)
		return;
	diag_add(d, src.file, src.line, "%s cites no source: add \"cite\"%s", what,
	         may_suggest ? ", or \"suggestion = true\" if it is the advisor's own" : "");
}

static void need_cites(struct diags *d, const struct content_note *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		need_cite(d, &v[i].cites, v[i].suggestion, v[i].src, "this note", true);
}

void lint_citations(const struct content *c, struct diags *d)
{
	for (size_t i = 0; i < content_ncriteria(c); i++)
		need_cite(d, &content_criterion(c, i)->cites, false, content_criterion(c, i)->src, "this criterion",
		          false);
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		for (size_t k = 0; k < o->nsteps; k++)
			need_cite(d, &o->steps[k].cites, o->steps[k].suggestion, o->steps[k].src, "this step", true);
		need_cites(d, o->notes, o->nnotes);
	}
	need_cites(d, content_common_notes(c), content_ncommon_notes(c));
	for (size_t i = 0; i < content_nfaq(c); i++)
		need_cite(d, &content_faq(c, i)->cites, false, content_faq(c, i)->src, "this FAQ answer", false);
	for (size_t i = 0; i < content_nlevels(c); i++) {
		const struct content_level *l = content_level(c, i);
		if (l->nexamples || l->nguide_examples)
			need_cite(d, &l->cites, false, l->src, "this level's example list", false);
	}
}

/* A qualification's name without a gloss in brackets at its end:
 * "Prentisiaeth Uwch (Advanced Apprenticeship)" is "Prentisiaeth Uwch". */
static size_t base_len(const char *name)
{
	size_t n = strlen(name);
	const char *open = strrchr(name, '(');
	if (n && name[n - 1] == ')' && open) {
		n = (size_t)(open - name);
		while (n && name[n - 1] == ' ')
			n--;
	}
	return n;
}

static bool same_name(const char *a, const char *b)
{
	size_t n = base_len(a);
	return n == base_len(b) && strncasecmp(a, b, n) == 0;
}

/* A name the finder lists at two levels: whichever a person picks, it may
 * be the wrong one. */
static void check_level_name(struct diags *d, const struct content *c, size_t i, const char *name)
{
	for (size_t j = i + 1; j < content_nlevels(c); j++) {
		const struct content_level *o = content_level(c, j);
		for (size_t k = 0; k < o->nexamples + o->nguide_examples; k++) {
			const char *other = k < o->nexamples ? o->examples[k] : o->guide_examples[k - o->nexamples];
			if (same_name(name, other))
				diag_add(d, o->src.file, o->src.line,
				         "\"%s\" is listed at %s and \"%s\" at %s (line %d): the finder would give one "
				         "qualification two levels",
				         other, o->name, name, content_level(c, i)->name, content_level(c, i)->src.line);
		}
	}
}

/* Every qualification the finder names is listed at one level only. */
static void lint_levels(const struct content *c, struct diags *d)
{
	for (size_t i = 0; i < content_nlevels(c); i++) {
		const struct content_level *l = content_level(c, i);
		for (size_t k = 0; k < l->nexamples + l->nguide_examples; k++)
			check_level_name(d, c, i, k < l->nexamples ? l->examples[k] : l->guide_examples[k - l->nexamples]);
	}
}

/* The whole-flow checks of one version of the content. */
static void lint_flow(const struct content *c, struct diags *d, struct lint_stats *stats)
{
	size_t nq = content_nquestions(c), no = content_noutcomes(c);
	struct rules_classes *k = rules_classes_new(c);
	struct lint l = { c, k, d, calloc(nq + 1, sizeof(bool)), calloc(no + 1, sizeof(bool)), 0, 0, 0, { { 0 } }, 0 };
	if (!k || !l.asked || !l.reached) {
		diag_add(d, content_origin(c), 0, "out of memory");
		free(l.asked);
		free(l.reached);
		rules_classes_free(k);
		return;
	}
	rules_walk_classes(c, k, visit, &l);
	if (l.classes >= LINT_MAX_PATHS)
		diag_add(d, content_origin(c), 0,
		         "the flow has more than %d paths; stopped checking (fewer questions on each path?)",
		         LINT_MAX_PATHS);
	if (l.bad > LINT_MAX_LISTED)
		diag_add(d, content_outcome(c, 0)->src.file, 0, "... and %zu more answer paths like these",
		         l.bad - LINT_MAX_LISTED);
	for (size_t i = 0; i < nq; i++) {
		const struct content_question *q = content_question(c, i);
		if (!l.asked[i])
			diag_add(d, q->src.file, q->src.line,
			         "question \"%s\" is never asked: no answers lead to it", q->id);
	}
	for (size_t i = 0; i < no; i++) {
		const struct content_outcome *o = content_outcome(c, i);
		if (!l.reached[i] && content_current(c, o->dates))
			diag_add(d, o->src.file, o->src.line,
			         "outcome \"%s\" is never reached: no answers lead to it", o->id);
	}
	lint_scenarios(c, d);
	lint_whatif_content(c, d);
	if (stats)
		*stats = (struct lint_stats){ l.paths, l.classes, nq, no, content_nscenarios(c) };
	free(l.asked);
	free(l.reached);
	rules_classes_free(k);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

struct days {
	int *v;
	size_t n, cap;
};

static void boundary(struct days *b, struct content_dates d)
{
	int at[] = { d.from, d.until ? d.until + 1 : 0 };
	for (int i = 0; i < 2; i++)
		if (at[i]) {
			b->v = mem_room(b->v, &b->cap, b->n + 1, sizeof *b->v);
			b->v[b->n++] = at[i];
		}
}

static void note_boundaries(struct days *b, const struct content_note *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		boundary(b, v[i].dates);
}

/* Every day on which something starts or stops being current, sorted,
 * each once. */
static void boundaries(const struct content *c, struct days *b)
{
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		boundary(b, o->dates);
		for (size_t k = 0; k < o->nsteps; k++)
			boundary(b, o->steps[k].dates);
		note_boundaries(b, o->notes, o->nnotes);
	}
	note_boundaries(b, content_common_notes(c), content_ncommon_notes(c));
	for (size_t i = 0; i < content_ncontacts(c); i++)
		boundary(b, content_contact(c, i)->dates);
	for (size_t i = 0; i < content_nfaq(c); i++)
		boundary(b, content_faq(c, i)->dates);
	if (b->n)
		qsort(b->v, b->n, sizeof *b->v, cmp_int);
	size_t n = 0;
	for (size_t i = 0; i < b->n; i++)
		if (!n || b->v[i] != b->v[n - 1])
			b->v[n++] = b->v[i];
	b->n = n;
}

/* The problems of one version, each once, saying which version. */
static void add_version(struct diags *d, size_t start, const struct diags *vd, int day, bool before)
{
	char date[16];
	content_date_text(day, date);
	for (size_t i = 0; i < vd->n; i++) {
		const struct diag *p = &vd->v[i];
		size_t k = start, len = strlen(p->msg);
		while (k < d->n && !(strcmp(d->v[k].file, p->file) == 0 && d->v[k].line == p->line &&
		                     strncmp(d->v[k].msg, p->msg, len) == 0 && d->v[k].msg[len] == ' '))
			k++;
		if (k == d->n)
			diag_add(d, p->file, p->line, "%s (in the content %s %s)", p->msg, before ? "before" : "as of",
			         date);
	}
}

bool lint_content(const struct content *c, struct diags *d, struct lint_stats *stats)
{
	size_t start = d->n;
	struct days b = { NULL, 0, 0 };
	if (content_day(c) < 0)
		boundaries(c, &b);
	/* Undated, or a view of one day (--as-of): one version. */
	if (!b.n)
		lint_flow(c, d, stats);
	/* Each date boundary starts a version: the day before the first, then
	 * each boundary's own day. */
	for (size_t i = 0; i <= b.n && b.n; i++) {
		struct content *v = content_on(c, i ? b.v[i - 1] : b.v[0] - 1);
		struct diags vd = { 0 };
		lint_flow(v, &vd, i ? NULL : stats);
		add_version(d, start, &vd, i ? b.v[i - 1] : b.v[0], i == 0);
		diag_free(&vd);
		content_free(v);
	}
	free(b.v);
	lint_citations(c, d);
	lint_levels(c, d);
	return d->n == start;
}
