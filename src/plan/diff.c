/* diff: the classes of answers and the example people a change affects. */
#include "diff.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "lint.h"
#include "mem.h"
#include "plan.h"
#include "rules.h"

static const char *const change_names[] = { "outcome", "steps", "durations", "total", "reasons", "notes",
	                                     "route", "what-if" };
#define NCHANGES (sizeof change_names / sizeof *change_names)

struct diff {
	const struct content *a, *b;
	struct rules_classes *k;
	int *answers, *ea, *eb;
	FILE *out;
	json_t *json;          /* NULL: text */
	size_t classes, changed, people;
};

/* Do the blocks of kind k differ, in number, words or (detail) details? */
static unsigned differ(const struct plan *a, const struct plan *b, enum plan_kind k, unsigned words,
                       unsigned details)
{
	size_t i = 0, j = 0;
	unsigned bits = 0;
	for (;;) {
		while (i < a->nb && a->b[i].kind != k)
			i++;
		while (j < b->nb && b->b[j].kind != k)
			j++;
		if (i == a->nb || j == b->nb)
			return bits | ((i == a->nb) != (j == b->nb) ? words : 0);
		const struct plan_block *x = &a->b[i++], *y = &b->b[j++];
		if (strcmp(x->text, y->text) != 0 || x->met != y->met)
			bits |= words;
		if (details && strcmp(x->detail ? x->detail : "", y->detail ? y->detail : "") != 0)
			bits |= details;
	}
}

static const char *outcome_id(const struct plan *p)
{
	return p->outcome >= 0 ? content_outcome(p->c, (size_t)p->outcome)->id : "(no single outcome)";
}

/* What differs between the plans of the same answers in a and b. */
static unsigned changes(const struct plan *a, const struct plan *b)
{
	unsigned bits = strcmp(outcome_id(a), outcome_id(b)) ? DIFF_OUTCOME : 0;
	bits |= differ(a, b, PLAN_STEP, DIFF_STEPS, DIFF_DURATIONS) | differ(a, b, PLAN_TOTAL, DIFF_TOTAL, 0);
	bits |= differ(a, b, PLAN_TIMELINE, DIFF_ROUTE, 0) | differ(a, b, PLAN_WHATIF, DIFF_WHATIF, 0);
	return bits | differ(a, b, PLAN_REASON, DIFF_REASONS, 0) | differ(a, b, PLAN_NOTE, DIFF_NOTES, 0);
}

static json_t *total_json(const struct plan *p)
{
	for (size_t i = 0; i < p->nb; i++)
		if (p->b[i].kind == PLAN_TOTAL)
			return json_string(p->b[i].text);
	return json_null();
}

static void names(char *buf, size_t size, unsigned bits)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < NCHANGES && used < size; i++)
		if (bits & 1u << i)
			used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? ", " : "", change_names[i]);
}

static json_t *names_json(unsigned bits)
{
	json_t *v = json_array();
	for (size_t i = 0; i < NCHANGES; i++)
		if (bits & 1u << i)
			json_array_append_new(v, json_string(change_names[i]));
	return v;
}

/* The concrete answers: --answer KEY=VALUE for each question asked. */
static void example(const struct diff *d, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t q = 0; q < content_nquestions(d->a) && used < size; q++)
		if (d->answers[q] >= 0) {
			const struct content_question *cq = content_question(d->a, q);
			used += (size_t)snprintf(buf + used, size - used, "%s--answer %s=%s", used ? " " : "", cq->id,
			                         cq->options[d->answers[q]].value);
		}
}

static json_t *answers_json(const struct diff *d, const int *answers)
{
	json_t *o = json_object();
	for (size_t q = 0; q < content_nquestions(d->a); q++)
		if (answers[q] >= 0) {
			const struct content_question *cq = content_question(d->a, q);
			json_object_set_new(o, cq->id, json_string(cq->options[answers[q]].value));
		}
	return o;
}

static void report_class(struct diff *d, const struct plan *pa, const struct plan *pb, unsigned bits)
{
	char what[256], cls[2048], ex[2048];
	names(what, sizeof what, bits);
	lint_describe(d->a, d->k, d->answers, cls, sizeof cls);
	example(d, ex, sizeof ex);
	if (d->json) {
		json_array_append_new(json_object_get(d->json, "classes"),
		                      json_pack("{s:s, s:o, s:o, s:s, s:s, s:o, s:o}", "class", cls, "answers",
		                                answers_json(d, d->answers), "changes", names_json(bits), "old_outcome",
		                                outcome_id(pa), "new_outcome", outcome_id(pb), "old_total",
		                                total_json(pa), "new_total", total_json(pb)));
		return;
	}
	fprintf(d->out, "%zu. %s\n   outcome: %s", d->changed, cls, outcome_id(pa));
	if (bits & DIFF_OUTCOME)
		fprintf(d->out, ", now %s", outcome_id(pb));
	fprintf(d->out, "\n   changes: %s\n   for example: %s\n", what, ex);
}

/* Both plans of the answers now; false when out of memory. */
static bool leaf(struct diff *d)
{
	struct plan *pa = plan_build(d->a, d->answers, 0), *pb = plan_build(d->b, d->answers, 0);
	bool ok = pa && pb;
	unsigned bits = ok ? changes(pa, pb) : 0;
	d->classes++;
	if (bits) {
		d->changed++;
		report_class(d, pa, pb, bits);
	}
	plan_free(pa);
	plan_free(pb);
	return ok;
}

/* Depth first over the question either content asks next, one option of
 * each class; both flows see the same answers. */
static bool walk(struct diff *d)
{
	struct rules_flow fa, fb;
	rules_flow(d->a, d->answers, d->ea, &fa);
	rules_flow(d->b, d->answers, d->eb, &fb);
	int q = fa.next != RULES_NONE ? fa.next : fb.next;
	if (q == RULES_NONE)
		return leaf(d);
	bool ok = true;
	for (size_t v = 0; ok && v < content_question(d->a, (size_t)q)->noptions; v++) {
		if (rules_class_of(d->k, q, (int)v) != (int)v)
			continue;
		d->answers[q] = (int)v;
		ok = walk(d);
	}
	d->answers[q] = COND_UNSET;
	return ok;
}

/* The same questions, in the same order, with the same options. */
static bool same_questions(const struct content *a, const struct content *b)
{
	if (content_nquestions(a) != content_nquestions(b))
		return false;
	for (size_t q = 0; q < content_nquestions(a); q++) {
		const struct content_question *x = content_question(a, q), *y = content_question(b, q);
		if (strcmp(x->id, y->id) != 0 || x->noptions != y->noptions)
			return false;
		for (size_t v = 0; v < x->noptions; v++)
			if (strcmp(x->options[v].value, y->options[v].value) != 0)
				return false;
	}
	return true;
}

/* An example person of c, whose answers both contents read alike. */
static void person(struct diff *d, const struct content_scenario *s)
{
	struct plan *pa = plan_build(d->a, s->answers, 0), *pb = plan_build(d->b, s->answers, 0);
	unsigned bits = pa && pb ? changes(pa, pb) : 0;
	char what[256];
	names(what, sizeof what, bits);
	if (bits && d->json)
		json_array_append_new(json_object_get(d->json, "people"),
		                      json_pack("{s:s, s:s, s:o, s:s, s:s}", "id", s->id, "name", s->name, "changes",
		                                names_json(bits), "old_outcome", outcome_id(pa), "new_outcome",
		                                outcome_id(pb)));
	else if (bits)
		fprintf(d->out, "  %s (%s): %s\n", s->id, s->name, what);
	d->people += bits != 0;
	plan_free(pa);
	plan_free(pb);
}

static bool in_new(const struct content *b, const char *id)
{
	for (size_t i = 0; i < content_nscenarios(b); i++)
		if (strcmp(content_scenario(b, i)->id, id) == 0)
			return true;
	return false;
}

static void people(struct diff *d)
{
	if (!d->json)
		fprintf(d->out, "%sExample people whose plan changes:\n", d->changed ? "\n" : "");
	for (size_t i = 0; i < content_nscenarios(d->b); i++)
		person(d, content_scenario(d->b, i));
	for (size_t i = 0; i < content_nscenarios(d->a); i++)
		if (!in_new(d->b, content_scenario(d->a, i)->id))
			person(d, content_scenario(d->a, i));
	if (!d->json && !d->people)
		fputs("  none\n", d->out);
}

int diff_content(const struct content *old, const struct content *new, FILE *out, bool json)
{
	if (!same_questions(old, new)) {
		fprintf(stderr, "probation-advisor: %s and %s ask different questions or offer different answers; "
		                "--diff-content compares contents with the same questions\n",
		        content_origin(old), content_origin(new));
		return 2;
	}
	const struct content *both[] = { old, new };
	size_t nq = content_nquestions(old);
	struct diff d = { old, new, rules_classes_new_for(both, 2), mem_alloc((nq + 1) * sizeof(int)),
	                  mem_alloc((nq + 1) * sizeof(int)), mem_alloc((nq + 1) * sizeof(int)), out, NULL, 0, 0, 0 };
	if (json)
		d.json = json_pack("{s:s, s:s, s:[], s:[]}", "old", content_origin(old), "new", content_origin(new),
		                   "classes", "people");
	bool ok = d.k && (!json || d.json);
	for (size_t q = 0; ok && q < nq; q++)
		d.answers[q] = COND_UNSET;
	if (ok && !json)
		fprintf(out, "Classes of answers whose plan changes from %s to %s:\n", content_origin(old),
		        content_origin(new));
	ok = ok && walk(&d);
	if (ok && !json && !d.changed)
		fputs("  none\n", out);
	if (ok)
		people(&d);
	if (ok && json) {
		json_object_set_new(d.json, "classes_walked", json_integer((json_int_t)d.classes));
		ok = json_dumpf(d.json, out, JSON_INDENT(2)) == 0 && fputc('\n', out) != EOF;
	} else if (ok) {
		fprintf(out, "\n%zu of %zu classes of answers and %zu example people change.\n", d.changed, d.classes,
		        d.people);
	}
	json_decref(d.json);
	rules_classes_free(d.k);
	free(d.answers);
	free(d.ea);
	free(d.eb);
	if (!ok)
		fputs("probation-advisor: out of memory\n", stderr);
	return !ok ? 2 : d.changed || d.people ? 1 : 0;
}
