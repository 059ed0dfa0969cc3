/*
 * pack: compile a content directory into C data, so the program starts with
 * its built-in content already loaded and checked.
 *
 *   pack OUT.c DIR
 *
 * Loads DIR with the program's own loader (content_load: every byte check,
 * every field, every reference), prints its problems as file:line and fails
 * if there are any, and otherwise writes OUT.c: the store as static data,
 * with `struct content *content_builtin(void)` returning it.  Parsing 90 KB
 * of libconfig at every start cost more than the rest of the start put
 * together.  Places in messages name "(built-in)/FILE", as the loader would
 * for the built-in copy.
 *
 * Every field of the structs in include/content.h, src/store/content_store.h and
 * src/store/cond_impl.h is written below; a field added there must be added here,
 * and to the comparison in tests/test_content.c, which checks that the
 * built-in store equals content/ loaded from the files.
 *
 * Build-time tool only; never part of the program.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cond_impl.h"
#include "content_store.h"

#define BUILTIN "(built-in)"

/* What has been written as static data, by address, and its number. */
struct written {
	const void **v;
	unsigned *no;
	size_t n, cap;
};

static unsigned written_no(const struct written *w, const void *x)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->v[i] == x)
			return w->no[i];
	return 0;
}

static void written_add(struct written *w, const void *x, unsigned no)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->v = realloc(w->v, w->cap * sizeof *w->v);
		w->no = realloc(w->no, w->cap * sizeof *w->no);
		if (!w->v || !w->no) {
			fputs("pack: out of memory\n", stderr);
			exit(1);
		}
	}
	w->v[w->n] = x;
	w->no[w->n++] = no;
}

struct pack {
	FILE *out;
	const char *origin;       /* DIR, as the loader names it in places */
	unsigned next;            /* for unique names */
	struct written conds;     /* the conditions written so far */
	struct written cites;     /* the statements' citation arrays written so far */
	struct written texts;     /* the sources' words written so far (a translation shares them) */
};

static void put(struct pack *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct pack *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(p->out, fmt, ap);
	va_end(ap);
}

/* A C string literal, or NULL.  Bytes outside printable ASCII as three-digit
 * octal escapes (never ambiguous with a digit that follows); "??" split so
 * no trigraph can form. */
static void str(struct pack *p, const char *s)
{
	if (!s) {
		put(p, "NULL");
		return;
	}
	putc('"', p->out);
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			put(p, "\\%c", *c);
		else if (*c == '?' && c[1] == '?')
			put(p, "?\"\"");
		else if (*c < 0x20 || *c >= 0x7f)
			put(p, "\\%03o", *c);
		else
			putc(*c, p->out);
	}
	putc('"', p->out);
}

/* A place, with the directory's name replaced by "(built-in)", as field. */
static void src_field(struct pack *p, const char *field, struct content_src s)
{
	size_t n = strlen(p->origin);
	put(p, ".%s = { ", field);
	if (s.file && strncmp(s.file, p->origin, n) == 0 && s.file[n] == '/') {
		put(p, "\"" BUILTIN "\" ");
		str(p, s.file + n);
	} else {
		str(p, s.file);
	}
	put(p, ", %d }", s.line);
}

static void dates(struct pack *p, struct content_dates d)
{
	if (d.from || d.until)
		put(p, ".dates = { %d, %d }, ", d.from, d.until);
}

static void src(struct pack *p, struct content_src s)
{
	src_field(p, "src", s);
}

/* ---- conditions: each node a static struct, children first ---- */

static unsigned cond_number(struct pack *p, const struct cond *c)
{
	return written_no(&p->conds, c);
}

/* Writes c (if not written yet) and returns its number; 0 for NULL. */
static unsigned cond(struct pack *p, const struct cond *c)
{
	if (!c)
		return 0;
	unsigned no = cond_number(p, c);
	if (no)
		return no;
	unsigned a = cond(p, c->a), b = cond(p, c->b);
	no = ++p->next;
	if (c->nq) {
		put(p, "static int cq%u[] = {", no);
		for (size_t i = 0; i < c->nq; i++)
			put(p, " %d,", c->qs[i]);
		put(p, " };\nstatic uint32_t cm%u[] = {", no);
		for (size_t i = 0; i < c->nq; i++)
			put(p, " 0x%lx,", (unsigned long)c->masks[i]);
		put(p, " };\n");
	}
	static const char *const kinds[] = { "K_CONST", "K_IN", "K_COUNT", "K_CRIT", "K_NOT", "K_AND", "K_OR" };
	static const char *const cmps[] = { "CMP_EQ", "CMP_NE", "CMP_LT", "CMP_LE", "CMP_GT", "CMP_GE" };
	put(p, "static struct cond c%u = { .kind = %s, .value = %d, .crit = %d, ", no, kinds[c->kind],
	    (int)c->value, c->crit);
	if (a)
		put(p, ".a = &c%u, ", a);
	if (b)
		put(p, ".b = &c%u, ", b);
	if (c->nq)
		put(p, ".nq = %zu, .qs = cq%u, .masks = cm%u, ", c->nq, no, no);
	put(p, ".cmp = %s, .n = %d, .text = ", cmps[c->cmp], c->n);
	str(p, c->text);
	put(p, " };\n");
	written_add(&p->conds, c, no);
	return no;
}

static void cond_ref(struct pack *p, const char *field, const struct cond *c)
{
	unsigned no = cond_number(p, c);
	if (no)
		put(p, ".%s = &c%u, ", field, no);
}

/* Every condition of the store, before the structs that point to them. */
static void conds(struct pack *p, const struct content *c)
{
	for (size_t i = 0; i < c->nquestions; i++)
		cond(p, c->questions[i].ask);
	for (size_t i = 0; i < c->ncriteria; i++)
		cond(p, c->criteria[i].when);
	for (size_t i = 0; i < c->noutcomes; i++) {
		const struct content_outcome *o = &c->outcomes[i];
		cond(p, o->when);
		for (size_t k = 0; k < o->nsteps; k++)
			cond(p, o->steps[k].when);
		for (size_t k = 0; k < o->nnotes; k++)
			cond(p, o->notes[k].when);
	}
	for (size_t k = 0; k < c->ncommon_notes; k++)
		cond(p, c->common_notes[k].when);
	for (size_t k = 0; k < c->ngroups; k++)
		cond(p, c->groups[k].when);
}

/* ---- citations: each statement's array, before the structs that hold them ---- */

static void cite_array(struct pack *p, const struct content_cites *k)
{
	if (!k->v || written_no(&p->cites, k->v))
		return;
	unsigned no = ++p->next;
	put(p, "static const struct content_cite t%u[] = {\n", no);
	for (size_t i = 0; i < k->n; i++) {
		const struct content_cite *t = &k->v[i];
		put(p, "\t{ .source = %d, .first = %d, .last = %d, .quote = ", t->source, t->first, t->last);
		str(p, t->quote);
		put(p, ", ");
		src(p, t->src);
		put(p, " },\n");
	}
	put(p, "%s};\n", k->n ? "" : "\t{ 0 },\n");
	written_add(&p->cites, k->v, no);
}

static void cite_ref(struct pack *p, const struct content_cites *k)
{
	unsigned no = k->v ? written_no(&p->cites, k->v) : 0;
	if (no)
		put(p, ".cites = { .v = t%u, .n = %zu }, ", no, k->n);
}

static void note_cites(struct pack *p, const struct content_note *v, size_t n)
{
	for (size_t k = 0; k < n; k++)
		cite_array(p, &v[k].cites);
}

static void all_cites(struct pack *p, const struct content *c)
{
	for (size_t i = 0; i < c->ncriteria; i++)
		cite_array(p, &c->criteria[i].cites);
	for (size_t i = 0; i < c->noutcomes; i++) {
		const struct content_outcome *o = &c->outcomes[i];
		for (size_t k = 0; k < o->nsteps; k++)
			cite_array(p, &o->steps[k].cites);
		note_cites(p, o->notes, o->nnotes);
	}
	note_cites(p, c->common_notes, c->ncommon_notes);
	for (size_t i = 0; i < c->nfaq; i++)
		cite_array(p, &c->faq[i].cites);
	for (size_t i = 0; i < c->nlevels; i++)
		cite_array(p, &c->levels[i].cites);
}

/* ---- arrays ---- */

/* Opens "static TYPE NAME[] = {" for an array of n that exists (ptr not
 * NULL): at least one element, as C has no empty arrays.  Returns the
 * array's number, or 0 when ptr is NULL (the field is then left NULL). */
static unsigned open_array(struct pack *p, const char *type, const char *prefix, const void *ptr)
{
	if (!ptr)
		return 0;
	unsigned no = ++p->next;
	put(p, "static %s %s%u[] = {\n", type, prefix, no);
	return no;
}

static void close_array(struct pack *p, size_t n)
{
	put(p, "%s};\n", n ? "" : "\t{ 0 },\n");
}

static void array_ref(struct pack *p, const char *field, const char *prefix, unsigned no)
{
	if (no)
		put(p, ".%s = %s%u, ", field, prefix, no);
}

static unsigned strings(struct pack *p, const char *const *v, size_t n)
{
	if (!v)
		return 0;
	unsigned no = ++p->next;
	put(p, "static const char *s%u[] = {", no);
	for (size_t i = 0; i < n; i++) {
		put(p, " ");
		str(p, v[i]);
		put(p, ",");
	}
	put(p, "%s };\n", n ? "" : " NULL");
	return no;
}

/* References resolved at load: indices into another array. */
static unsigned indices(struct pack *p, const int *v, size_t n)
{
	if (!v)
		return 0;
	unsigned no = ++p->next;
	put(p, "static const int n%u[] = {", no);
	for (size_t i = 0; i < n; i++)
		put(p, " %d,", v[i]);
	put(p, "%s };\n", n ? "" : " -1");
	return no;
}

static unsigned options(struct pack *p, const struct content_question *q)
{
	unsigned no = open_array(p, "struct content_option", "a", q->options);
	for (size_t k = 0; no && k < q->noptions; k++) {
		const struct content_option *o = &q->options[k];
		put(p, "\t{ .value = ");
		str(p, o->value);
		put(p, ", .label = ");
		str(p, o->label);
		put(p, ", .help = ");
		str(p, o->help);
		put(p, ", .unsure = %d, .reach = ", (int)o->unsure);
		str(p, o->reach);
		put(p, ", ");
		src(p, o->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, q->noptions);
	return no;
}

static unsigned questions(struct pack *p, const struct content *c)
{
	unsigned *opts = calloc(c->nquestions + 1, sizeof *opts);
	for (size_t i = 0; opts && i < c->nquestions; i++)
		opts[i] = options(p, &c->questions[i]);
	unsigned no = open_array(p, "struct content_question", "a", c->questions);
	for (size_t i = 0; no && i < c->nquestions; i++) {
		const struct content_question *q = &c->questions[i];
		put(p, "\t{ .id = ");
		str(p, q->id);
		put(p, ", .text = ");
		str(p, q->text);
		put(p, ", .help = ");
		str(p, q->help);
		put(p, ", .faq = %d, .finder = %d, .unsure = %d, ", q->faq, (int)q->finder, q->unsure);
		cond_ref(p, "ask", q->ask);
		array_ref(p, "options", "a", opts ? opts[i] : 0);
		put(p, ".noptions = %zu, ", q->noptions);
		src(p, q->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->nquestions);
	free(opts);
	return no;
}

static unsigned criteria(struct pack *p, const struct content *c)
{
	unsigned no = open_array(p, "struct content_criterion", "a", c->criteria);
	for (size_t i = 0; no && i < c->ncriteria; i++) {
		const struct content_criterion *k = &c->criteria[i];
		put(p, "\t{ .id = ");
		str(p, k->id);
		put(p, ", .met = ");
		str(p, k->met);
		put(p, ", .unmet = ");
		str(p, k->unmet);
		put(p, ", .faq = %d, .fact = %d, ", k->faq, (int)k->fact);
		cond_ref(p, "when", k->when);
		cite_ref(p, &k->cites);
		src(p, k->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->ncriteria);
	return no;
}

static unsigned crit_conds(struct pack *p, const struct content *c)
{
	if (!c->crit_conds)
		return 0;
	unsigned no = ++p->next;
	put(p, "static const struct cond *k%u[] = {", no);
	for (size_t i = 0; i < c->ncriteria; i++) {
		unsigned n = cond_number(p, c->crit_conds[i]);
		if (n)
			put(p, " &c%u,", n);
		else
			put(p, " NULL,");
	}
	put(p, "%s };\n", c->ncriteria ? "" : " NULL");
	return no;
}

static unsigned notes(struct pack *p, const struct content_note *v, size_t n)
{
	unsigned no = open_array(p, "struct content_note", "a", v);
	for (size_t k = 0; no && k < n; k++) {
		put(p, "\t{ .text = ");
		str(p, v[k].text);
		put(p, ", .faq = %d, .suggestion = %d, ", v[k].faq, (int)v[k].suggestion);
		cond_ref(p, "when", v[k].when);
		cite_ref(p, &v[k].cites);
		dates(p, v[k].dates);
		src(p, v[k].src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, n);
	return no;
}

static unsigned steps(struct pack *p, const struct content_outcome *o)
{
	unsigned no = open_array(p, "struct content_step", "a", o->steps);
	for (size_t k = 0; no && k < o->nsteps; k++) {
		const struct content_step *s = &o->steps[k];
		put(p, "\t{ .text = ");
		str(p, s->text);
		put(p, ", .label = ");
		str(p, s->label);
		put(p, ", .faq = %d, .months_min = %d, .months_max = %d, .time = ", s->faq, s->months_min, s->months_max);
		str(p, s->time);
		put(p, ", .untimed = %d, .suggestion = %d, ", (int)s->untimed, (int)s->suggestion);
		cond_ref(p, "when", s->when);
		cite_ref(p, &s->cites);
		dates(p, s->dates);
		src(p, s->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, o->nsteps);
	return no;
}

static unsigned outcomes(struct pack *p, const struct content *c)
{
	size_t n = c->noutcomes;
	unsigned(*parts)[4] = calloc(n + 1, sizeof *parts);
	if (!parts) {
		fputs("pack: out of memory\n", stderr);
		exit(1);
	}
	for (size_t i = 0; i < n; i++) {
		const struct content_outcome *o = &c->outcomes[i];
		parts[i][0] = steps(p, o);
		parts[i][1] = notes(p, o->notes, o->nnotes);
		parts[i][2] = indices(p, o->faq, o->nfaq);
		parts[i][3] = indices(p, o->contacts, o->ncontacts);
	}
	unsigned no = open_array(p, "struct content_outcome", "a", c->outcomes);
	for (size_t i = 0; no && i < n; i++) {
		const struct content_outcome *o = &c->outcomes[i];
		put(p, "\t{ .id = ");
		str(p, o->id);
		put(p, ", .headline = ");
		str(p, o->headline);
		put(p, ", .summary = ");
		str(p, o->summary);
		put(p, ", .route = ");
		str(p, o->route);
		put(p, ", .total_note = ");
		str(p, o->total_note);
		put(p, ", .rank = %d, ", o->rank);
		cond_ref(p, "when", o->when);
		array_ref(p, "steps", "a", parts[i][0]);
		put(p, ".nsteps = %zu, ", o->nsteps);
		array_ref(p, "notes", "a", parts[i][1]);
		put(p, ".nnotes = %zu, ", o->nnotes);
		array_ref(p, "faq", "n", parts[i][2]);
		put(p, ".nfaq = %zu, ", o->nfaq);
		array_ref(p, "contacts", "n", parts[i][3]);
		put(p, ".ncontacts = %zu, ", o->ncontacts);
		dates(p, o->dates);
		src(p, o->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, n);
	free(parts);
	return no;
}

static unsigned faq(struct pack *p, const struct content *c)
{
	unsigned no = open_array(p, "struct content_faq", "a", c->faq);
	for (size_t i = 0; no && i < c->nfaq; i++) {
		put(p, "\t{ .id = ");
		str(p, c->faq[i].id);
		put(p, ", .question = ");
		str(p, c->faq[i].question);
		put(p, ", .answer = ");
		str(p, c->faq[i].answer);
		put(p, ", ");
		cite_ref(p, &c->faq[i].cites);
		dates(p, c->faq[i].dates);
		src(p, c->faq[i].src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->nfaq);
	return no;
}

static unsigned levels(struct pack *p, const struct content *c)
{
	unsigned *ex = calloc(2 * c->nlevels + 1, sizeof *ex);
	for (size_t i = 0; ex && i < c->nlevels; i++) {
		ex[2 * i] = strings(p, c->levels[i].examples, c->levels[i].nexamples);
		ex[2 * i + 1] = strings(p, c->levels[i].guide_examples, c->levels[i].nguide_examples);
	}
	unsigned no = open_array(p, "struct content_level", "a", c->levels);
	for (size_t i = 0; no && i < c->nlevels; i++) {
		const struct content_level *l = &c->levels[i];
		put(p, "\t{ .value = ");
		str(p, l->value);
		put(p, ", .option = %d", l->option);
		put(p, ", .name = ");
		str(p, l->name);
		put(p, ", .summary = ");
		str(p, l->summary);
		put(p, ", ");
		array_ref(p, "examples", "s", ex ? ex[2 * i] : 0);
		put(p, ".nexamples = %zu, ", l->nexamples);
		array_ref(p, "guide_examples", "s", ex ? ex[2 * i + 1] : 0);
		put(p, ".nguide_examples = %zu, ", l->nguide_examples);
		cite_ref(p, &l->cites);
		src(p, l->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->nlevels);
	free(ex);
	return no;
}

static unsigned contacts(struct pack *p, const struct content *c)
{
	unsigned no = open_array(p, "struct content_contact", "a", c->contacts);
	for (size_t i = 0; no && i < c->ncontacts; i++) {
		const struct content_contact *k = &c->contacts[i];
		put(p, "\t{ .id = ");
		str(p, k->id);
		put(p, ", .name = ");
		str(p, k->name);
		put(p, ", .about = ");
		str(p, k->about);
		put(p, ", .email = ");
		str(p, k->email);
		put(p, ", .phone = ");
		str(p, k->phone);
		put(p, ", ");
		dates(p, k->dates);
		src(p, k->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->ncontacts);
	return no;
}

static unsigned scenarios(struct pack *p, const struct content *c)
{
	unsigned *ans = calloc(c->nscenarios + 1, sizeof *ans);
	for (size_t i = 0; ans && i < c->nscenarios; i++) {
		if (!c->scenarios[i].answers)
			continue;
		ans[i] = ++p->next;
		put(p, "static int n%u[] = {", ans[i]);
		for (size_t q = 0; q < (c->nquestions ? c->nquestions : 1); q++)
			put(p, " %d,", c->scenarios[i].answers[q]);
		put(p, " };\n");
	}
	unsigned no = open_array(p, "struct content_scenario", "a", c->scenarios);
	for (size_t i = 0; no && i < c->nscenarios; i++) {
		const struct content_scenario *s = &c->scenarios[i];
		put(p, "\t{ .id = ");
		str(p, s->id);
		put(p, ", .name = ");
		str(p, s->name);
		put(p, ", .description = ");
		str(p, s->description);
		put(p, ", .expect = ");
		str(p, s->expect);
		put(p, ", ");
		array_ref(p, "answers", "n", ans ? ans[i] : 0);
		src(p, s->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->nscenarios);
	free(ans);
	return no;
}

/* A source's words, once: a translation cites the same documents. */
static unsigned source_text(struct pack *p, const char *text)
{
	unsigned no = text ? written_no(&p->texts, text) : 0;
	if (!text || no)
		return no;
	no = ++p->next;
	put(p, "static const char x%u[] = ", no);
	str(p, text);
	put(p, ";\n");
	written_add(&p->texts, text, no);
	return no;
}

static unsigned sources(struct pack *p, const struct content *c)
{
	unsigned *x = calloc(c->nsources + 1, sizeof *x);
	for (size_t i = 0; x && i < c->nsources; i++)
		x[i] = source_text(p, c->sources[i].text);
	unsigned no = open_array(p, "struct content_source", "a", c->sources);
	for (size_t i = 0; no && i < c->nsources; i++) {
		const struct content_source *so = &c->sources[i];
		put(p, "\t{ .id = ");
		str(p, so->id);
		put(p, ", .title = ");
		str(p, so->title);
		put(p, ", .description = ");
		str(p, so->description);
		put(p, ", .file = ");
		str(p, so->file);
		put(p, ", .nlines = %d, ", so->nlines);
		array_ref(p, "text", "x", x ? x[i] : 0);
		put(p, "},\n");
	}
	if (no)
		close_array(p, c->nsources);
	free(x);
	return no;
}

static unsigned groups(struct pack *p, const struct content *c)
{
	unsigned *w = calloc(c->ngroups + 1, sizeof *w);
	for (size_t i = 0; w && i < c->ngroups; i++)
		w[i] = strings(p, c->groups[i].words, c->groups[i].nwords);
	unsigned no = open_array(p, "struct content_group", "a", c->groups);
	for (size_t i = 0; no && i < c->ngroups; i++) {
		const struct content_group *g = &c->groups[i];
		put(p, "\t{ .id = ");
		str(p, g->id);
		put(p, ", ");
		array_ref(p, "words", "s", w ? w[i] : 0);
		put(p, ".nwords = %zu, ", g->nwords);
		cond_ref(p, "when", g->when);
		src(p, g->src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, c->ngroups);
	free(w);
	return no;
}

static unsigned ids(struct pack *p, const struct id_ref *v, size_t n)
{
	unsigned no = open_array(p, "struct id_ref", "a", v);
	for (size_t i = 0; no && i < n; i++) {
		put(p, "\t{ .id = ");
		str(p, v[i].id);
		put(p, ", .i = %zu, ", v[i].i);
		src(p, v[i].src);
		put(p, " },\n");
	}
	if (no)
		close_array(p, n);
	return no;
}

/* The store c as the static struct content NAME; a translation points
 * back to "store", the English, which points to its translation. */
static void store(struct pack *p, const struct content *c, const char *name)
{
	conds(p, c);
	all_cites(p, c);
	unsigned src_no = sources(p, c), q = questions(p, c), k = criteria(p, c), kc = crit_conds(p, c),
	         o = outcomes(p, c), cn = notes(p, c->common_notes, c->ncommon_notes), f = faq(p, c),
	         l = levels(p, c), ct = contacts(p, c), s = scenarios(p, c), g = groups(p, c),
	         fi = ids(p, c->faq_ids, c->nfaq_ids), qi = ids(p, c->question_ids, c->nquestion_ids);
	put(p, "static struct content %s = {\n\t.frozen = true, .origin = \"" BUILTIN "\", .title = ", name);
	str(p, c->title);
	put(p, ", .lang = ");
	str(p, c->lang);
	put(p, ", .notice = ");
	str(p, c->notice);
	if (c->tr)
		put(p, ", .tr = &store_%s", c->tr->lang);
	if (c->tr_of)
		put(p, ", .tr_of = &store");
	put(p, ", .reviewed = ");
	str(p, c->reviewed);
	put(p, ",\n\t");
	array_ref(p, "sources", "a", src_no);
	put(p, ".nsources = %zu,\n\t", c->nsources);
	array_ref(p, "questions", "a", q);
	put(p, ".nquestions = %zu,\n\t", c->nquestions);
	array_ref(p, "criteria", "a", k);
	put(p, ".ncriteria = %zu,\n\t", c->ncriteria);
	array_ref(p, "crit_conds", "k", kc);
	put(p, "\n\t");
	array_ref(p, "outcomes", "a", o);
	put(p, ".noutcomes = %zu,\n\t", c->noutcomes);
	array_ref(p, "common_notes", "a", cn);
	put(p, ".ncommon_notes = %zu,\n\t", c->ncommon_notes);
	array_ref(p, "faq", "a", f);
	put(p, ".nfaq = %zu,\n\t", c->nfaq);
	array_ref(p, "levels", "a", l);
	put(p, ".nlevels = %zu,\n\t.levels_intro = ", c->nlevels);
	str(p, c->levels_intro);
	put(p, ", .guide_source_id = ");
	str(p, c->guide_source_id);
	put(p, ", .guide_caveats = ");
	str(p, c->guide_caveats);
	put(p, ", .guide_source = %d", c->guide_source);
	put(p, ", ");
	src_field(p, "guide_src", c->guide_src);
	put(p, ",\n\t");
	array_ref(p, "groups", "a", g);
	put(p, ".ngroups = %zu,\n\t", c->ngroups);
	array_ref(p, "contacts", "a", ct);
	put(p, ".ncontacts = %zu,\n\t", c->ncontacts);
	array_ref(p, "scenarios", "a", s);
	put(p, ".nscenarios = %zu,\n\t", c->nscenarios);
	array_ref(p, "faq_ids", "a", fi);
	put(p, ".nfaq_ids = %zu,\n\t", c->nfaq_ids);
	array_ref(p, "question_ids", "a", qi);
	put(p, ".nquestion_ids = %zu,\n};\n\n", c->nquestion_ids);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: pack OUT.c DIR\n", stderr);
		return 2;
	}
	const char *path = argv[1], *dir = argv[2];
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	diag_print(&d, stderr);
	diag_free(&d);
	if (!c) {
		fprintf(stderr, "pack: %s has problems: nothing was built\n", dir);
		return 1;
	}
	size_t n = strlen(path) + sizeof ".tmp";
	char *tmp = malloc(n);
	if (!tmp)
		return 1;
	snprintf(tmp, n, "%s.tmp", path);
	struct pack p = { .out = fopen(tmp, "w"), .origin = content_origin(c) };
	if (!p.out) {
		perror(tmp);
		return 1;
	}
	put(&p, "/* Generated by tools/pack from %s/: do not edit. */\n"
	        "#include <stdint.h>\n#include <stdlib.h>\n\n"
	        "#include \"cond_impl.h\"\n#include \"content_store.h\"\n\n", dir);
	put(&p, "static struct content store;\n");
	if (c->tr) {
		char name[64];
		snprintf(name, sizeof name, "store_%s", c->tr->lang);
		store(&p, c->tr, name);
	}
	store(&p, c, "store");
	put(&p, "struct content *content_builtin(void)\n{\n\treturn &store;\n}\n");
	int bad = ferror(p.out);
	if (fclose(p.out) != 0 || bad || rename(tmp, path) != 0) {
		perror(path);
		remove(tmp);
		return 1;
	}
	free(tmp);
	free(p.conds.v);
	free(p.conds.no);
	free(p.cites.v);
	free(p.cites.no);
	free(p.texts.v);
	free(p.texts.no);
	content_free(c);
	return 0;
}
