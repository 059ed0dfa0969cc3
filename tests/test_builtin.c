/*
 * The built-in content: content/ compiled into the program by tools/pack.
 * It must be exactly what the loader makes of the shipped files (a stale or
 * wrong build would give people old advice), and a problem in content/ must
 * stop the build with the loader's file:line messages.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "content.h"
#include "util.h"

#define SHIPPED "content"

/* Compares two stores field by field, naming the first difference. */
struct cmp {
	const struct content *b, *f;   /* built-in, from files */
	char where[160];
};

static void same_str(const struct cmp *k, const char *field, const char *x, const char *y)
{
	if (!x || !y)
		cr_expect(x == y, "%s.%s: \"%s\" against \"%s\"", k->where, field, x ? x : "(none)",
		          y ? y : "(none)");
	else
		cr_expect_str_eq(x, y, "%s.%s differs", k->where, field);
}

static void same_int(const struct cmp *k, const char *field, long long x, long long y)
{
	cr_expect_eq(x, y, "%s.%s: %lld against %lld", k->where, field, x, y);
}

static void same_cond(const struct cmp *k, const char *field, const struct cond *x, const struct cond *y)
{
	cr_expect(cond_equal(x, y), "%s.%s: the conditions differ", k->where, field);
	cr_expect_str_eq(cond_text(x), cond_text(y), "%s.%s: the conditions' words differ", k->where, field);
}

/* The same file (after each store's origin) and line. */
static void same_src(const struct cmp *k, struct content_src x, struct content_src y)
{
	size_t bo = strlen(content_origin(k->b)), fo = strlen(content_origin(k->f));
	cr_assert(x.file && y.file && strlen(x.file) > bo && strlen(y.file) > fo, "%s: no file", k->where);
	cr_expect_str_eq(x.file + bo, y.file + fo, "%s: defined in %s against %s", k->where, x.file, y.file);
	same_int(k, "line", x.line, y.line);
}

static void same_strs(const struct cmp *k, const char *field, const char *const *x, size_t nx,
                      const char *const *y, size_t ny)
{
	same_int(k, field, (long long)nx, (long long)ny);
	for (size_t i = 0; i < nx && i < ny; i++)
		same_str(k, field, x[i], y[i]);
}

static void same_ints(const struct cmp *k, const char *field, const int *x, size_t nx, const int *y, size_t ny)
{
	same_int(k, field, (long long)nx, (long long)ny);
	for (size_t i = 0; i < nx && i < ny; i++)
		same_int(k, field, x[i], y[i]);
}

static void same_cites(const struct cmp *k, const struct content_cites *x, const struct content_cites *y)
{
	same_int(k, "cites", (long long)x->n, (long long)y->n);
	for (size_t i = 0; i < x->n && i < y->n; i++) {
		same_int(k, "cite source", x->v[i].source, y->v[i].source);
		same_int(k, "cite first", x->v[i].first, y->v[i].first);
		same_int(k, "cite last", x->v[i].last, y->v[i].last);
		same_str(k, "cite quote", x->v[i].quote, y->v[i].quote);
		same_src(k, x->v[i].src, y->v[i].src);
	}
}

static void same_dates(const struct cmp *k, struct content_dates x, struct content_dates y)
{
	same_int(k, "from", x.from, y.from);
	same_int(k, "until", x.until, y.until);
}

static void at(struct cmp *k, const char *what, size_t i, const char *id)
{
	snprintf(k->where, sizeof k->where, "%s %zu (%s)", what, i, id ? id : "-");
}

static void same_questions(struct cmp *k)
{
	same_int(k, "questions", (long long)content_nquestions(k->b), (long long)content_nquestions(k->f));
	for (size_t i = 0; i < content_nquestions(k->b) && i < content_nquestions(k->f); i++) {
		const struct content_question *x = content_question(k->b, i), *y = content_question(k->f, i);
		at(k, "question", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_str(k, "text", x->text, y->text);
		same_str(k, "help", x->help, y->help);
		same_int(k, "faq", x->faq, y->faq);
		same_int(k, "finder", x->finder, y->finder);
		same_int(k, "unsure", x->unsure, y->unsure);
		same_cond(k, "ask", x->ask, y->ask);
		same_src(k, x->src, y->src);
		same_int(k, "options", (long long)x->noptions, (long long)y->noptions);
		for (size_t o = 0; o < x->noptions && o < y->noptions; o++) {
			at(k, y->id, o, y->options[o].value);
			same_str(k, "value", x->options[o].value, y->options[o].value);
			same_str(k, "label", x->options[o].label, y->options[o].label);
			same_str(k, "help", x->options[o].help, y->options[o].help);
			same_int(k, "unsure", x->options[o].unsure, y->options[o].unsure);
			same_src(k, x->options[o].src, y->options[o].src);
		}
		cr_expect_eq(content_question_index(k->b, y->id), (int)i, "looking up question %s", y->id);
	}
}

static void same_criteria(struct cmp *k)
{
	same_int(k, "criteria", (long long)content_ncriteria(k->b), (long long)content_ncriteria(k->f));
	for (size_t i = 0; i < content_ncriteria(k->b) && i < content_ncriteria(k->f); i++) {
		const struct content_criterion *x = content_criterion(k->b, i), *y = content_criterion(k->f, i);
		at(k, "criterion", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_str(k, "met", x->met, y->met);
		same_str(k, "unmet", x->unmet, y->unmet);
		same_int(k, "faq", x->faq, y->faq);
		same_int(k, "fact", x->fact, y->fact);
		same_cites(k, &x->cites, &y->cites);
		same_cond(k, "when", x->when, y->when);
		same_cond(k, "criteria_conds", content_criteria_conds(k->b)[i], content_criteria_conds(k->f)[i]);
		cr_expect(content_criteria_conds(k->b)[i] == x->when, "%s: evaluation would use another condition",
		          k->where);
		same_src(k, x->src, y->src);
	}
}

static void same_notes(struct cmp *k, const char *what, const struct content_note *x, size_t nx,
                       const struct content_note *y, size_t ny)
{
	same_int(k, what, (long long)nx, (long long)ny);
	for (size_t i = 0; i < nx && i < ny; i++) {
		at(k, what, i, "note");
		same_str(k, "text", x[i].text, y[i].text);
		same_int(k, "faq", x[i].faq, y[i].faq);
		same_int(k, "suggestion", x[i].suggestion, y[i].suggestion);
		same_cites(k, &x[i].cites, &y[i].cites);
		same_dates(k, x[i].dates, y[i].dates);
		same_cond(k, "when", x[i].when, y[i].when);
		same_src(k, x[i].src, y[i].src);
	}
}

static void same_outcomes(struct cmp *k)
{
	same_int(k, "outcomes", (long long)content_noutcomes(k->b), (long long)content_noutcomes(k->f));
	for (size_t i = 0; i < content_noutcomes(k->b) && i < content_noutcomes(k->f); i++) {
		const struct content_outcome *x = content_outcome(k->b, i), *y = content_outcome(k->f, i);
		at(k, "outcome", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_str(k, "headline", x->headline, y->headline);
		same_str(k, "summary", x->summary, y->summary);
		same_str(k, "route", x->route, y->route);
		same_str(k, "total_note", x->total_note, y->total_note);
		same_cond(k, "when", x->when, y->when);
		same_dates(k, x->dates, y->dates);
		same_src(k, x->src, y->src);
		same_ints(k, "faq", x->faq, x->nfaq, y->faq, y->nfaq);
		same_ints(k, "contacts", x->contacts, x->ncontacts, y->contacts, y->ncontacts);
		same_int(k, "steps", (long long)x->nsteps, (long long)y->nsteps);
		for (size_t s = 0; s < x->nsteps && s < y->nsteps; s++) {
			const struct content_step *p = &x->steps[s], *q = &y->steps[s];
			at(k, y->id, s, "step");
			same_str(k, "text", p->text, q->text);
			same_int(k, "faq", p->faq, q->faq);
			same_int(k, "months_min", p->months_min, q->months_min);
			same_int(k, "months_max", p->months_max, q->months_max);
			same_str(k, "time", p->time, q->time);
			same_int(k, "untimed", p->untimed, q->untimed);
			same_int(k, "suggestion", p->suggestion, q->suggestion);
			same_cites(k, &p->cites, &q->cites);
			same_dates(k, p->dates, q->dates);
			same_cond(k, "when", p->when, q->when);
			same_src(k, p->src, q->src);
		}
		same_notes(k, y->id, x->notes, x->nnotes, y->notes, y->nnotes);
		cr_expect_eq(content_outcome_index(k->b, y->id), (int)i, "looking up outcome %s", y->id);
	}
	same_notes(k, "common note", content_common_notes(k->b), content_ncommon_notes(k->b),
	           content_common_notes(k->f), content_ncommon_notes(k->f));
}

static void same_rest(struct cmp *k)
{
	snprintf(k->where, sizeof k->where, "meta");
	same_str(k, "title", content_title(k->b), content_title(k->f));
	same_str(k, "reviewed", content_reviewed(k->b), content_reviewed(k->f));
	same_int(k, "sources", (long long)content_nsources(k->b), (long long)content_nsources(k->f));
	for (size_t i = 0; i < content_nsources(k->b) && i < content_nsources(k->f); i++) {
		same_str(k, "source id", content_source(k->b, i)->id, content_source(k->f, i)->id);
		same_str(k, "source title", content_source(k->b, i)->title, content_source(k->f, i)->title);
		same_str(k, "source description", content_source(k->b, i)->description,
		         content_source(k->f, i)->description);
		same_str(k, "source id", content_source(k->b, i)->id, content_source(k->f, i)->id);
		same_str(k, "source file", content_source(k->b, i)->file, content_source(k->f, i)->file);
		same_str(k, "source text", content_source(k->b, i)->text, content_source(k->f, i)->text);
		same_int(k, "source lines", content_source(k->b, i)->nlines, content_source(k->f, i)->nlines);
	}
	same_int(k, "faq", (long long)content_nfaq(k->b), (long long)content_nfaq(k->f));
	for (size_t i = 0; i < content_nfaq(k->b) && i < content_nfaq(k->f); i++) {
		const struct content_faq *x = content_faq(k->b, i), *y = content_faq(k->f, i);
		at(k, "FAQ entry", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_str(k, "question", x->question, y->question);
		same_str(k, "answer", x->answer, y->answer);
		same_cites(k, &x->cites, &y->cites);
		same_dates(k, x->dates, y->dates);
		same_src(k, x->src, y->src);
		cr_expect_eq(content_faq_index(k->b, y->id), (int)i, "looking up FAQ entry %s", y->id);
	}
	cr_expect_eq(content_faq_index(k->b, "no-such-entry"), -1);
	same_int(k, "levels", (long long)content_nlevels(k->b), (long long)content_nlevels(k->f));
	for (size_t i = 0; i < content_nlevels(k->b) && i < content_nlevels(k->f); i++) {
		const struct content_level *x = content_level(k->b, i), *y = content_level(k->f, i);
		at(k, "level", i, y->value);
		same_str(k, "value", x->value, y->value);
		same_int(k, "option", x->option, y->option);
		same_str(k, "name", x->name, y->name);
		same_str(k, "summary", x->summary, y->summary);
		same_strs(k, "examples", x->examples, x->nexamples, y->examples, y->nexamples);
		same_strs(k, "guide_examples", x->guide_examples, x->nguide_examples, y->guide_examples,
		          y->nguide_examples);
		same_cites(k, &x->cites, &y->cites);
		same_src(k, x->src, y->src);
	}
	struct content_levels_guide gb = content_levels_guide(k->b), gf = content_levels_guide(k->f);
	snprintf(k->where, sizeof k->where, "levels guide");
	same_str(k, "intro", content_levels_intro(k->b), content_levels_intro(k->f));
	same_str(k, "source", gb.source ? gb.source->title : NULL, gf.source ? gf.source->title : NULL);
	same_str(k, "caveats", gb.caveats, gf.caveats);
	same_int(k, "groups", (long long)content_ngroups(k->b), (long long)content_ngroups(k->f));
	for (size_t i = 0; i < content_ngroups(k->b) && i < content_ngroups(k->f); i++) {
		const struct content_group *x = content_group(k->b, i), *y = content_group(k->f, i);
		at(k, "group", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_strs(k, "words", x->words, x->nwords, y->words, y->nwords);
		same_cond(k, "when", x->when, y->when);
		same_src(k, x->src, y->src);
	}
	same_int(k, "contacts", (long long)content_ncontacts(k->b), (long long)content_ncontacts(k->f));
	for (size_t i = 0; i < content_ncontacts(k->b) && i < content_ncontacts(k->f); i++) {
		const struct content_contact *x = content_contact(k->b, i), *y = content_contact(k->f, i);
		at(k, "contact", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_str(k, "name", x->name, y->name);
		same_str(k, "about", x->about, y->about);
		same_str(k, "email", x->email, y->email);
		same_str(k, "phone", x->phone, y->phone);
		same_dates(k, x->dates, y->dates);
		same_src(k, x->src, y->src);
	}
	same_int(k, "scenarios", (long long)content_nscenarios(k->b), (long long)content_nscenarios(k->f));
	for (size_t i = 0; i < content_nscenarios(k->b) && i < content_nscenarios(k->f); i++) {
		const struct content_scenario *x = content_scenario(k->b, i), *y = content_scenario(k->f, i);
		at(k, "example person", i, y->id);
		same_str(k, "id", x->id, y->id);
		same_str(k, "name", x->name, y->name);
		same_str(k, "description", x->description, y->description);
		same_str(k, "expect", x->expect, y->expect);
		same_src(k, x->src, y->src);
		for (size_t q = 0; q < content_nquestions(k->f); q++)
			same_int(k, content_question(k->f, q)->id, x->answers[q], y->answers[q]);
	}
}

Test(builtin, equals_the_shipped_files_loaded_by_the_loader)
{
	struct diags d = { 0 };
	struct content *f = content_load(SHIPPED, &d);
	cr_assert_not_null(f, "content/ must load (run the tests from the top of the repository)");
	struct cmp k = { .b = content_builtin(), .f = f };
	cr_assert_not_null(k.b);
	cr_expect_str_eq(content_origin(k.b), "(built-in)");
	same_questions(&k);
	same_criteria(&k);
	same_outcomes(&k);
	same_rest(&k);
	content_free(f);
	diag_free(&d);
}

Test(builtin, places_name_the_built_in_copy)
{
	/* A --check-content of the built-in copy names its files this way. */
	const struct content_question *q = content_question(content_builtin(), 0);
	cr_expect_str_eq(q->src.file, "(built-in)/questions.cfg");
	cr_expect_gt(q->src.line, 1);
}

Test(builtin, freeing_it_changes_nothing)
{
	/* Every front end frees its content on the way out, and a kiosk
	 * resets many times in one run. */
	struct content *c = content_builtin();
	size_t n = content_nfaq(c);
	char *last = strdup(content_faq(c, n - 1)->answer);
	content_free(c);
	content_free(c);
	cr_expect_eq(content_builtin(), c);
	cr_expect_eq(content_nfaq(c), n);
	cr_expect_str_eq(content_faq(c, n - 1)->answer, last);
	free(last);
}

/* tools/pack, as the build runs it. */
static const char *pack_bin(void)
{
	const char *p = getenv("PA_PACK");
	return p && *p ? p : "build/pack";
}

Test(builtin, a_problem_in_the_content_stops_the_build)
{
	char *dir = copy_content(SHIPPED);
	cr_assert(edit_file(dir, "questions.cfg", "finder = true", "finder = 1"));
	int ln = line_of(dir, "questions.cfg", "finder = 1");
	cr_assert_gt(ln, 0);
	char out[4200], want[4200];
	snprintf(out, sizeof out, "%s/builtin.c", dir);
	struct run r;
	run_cmd(&r, NULL, (const char *const[]){ pack_bin(), out, dir, NULL }, NULL);
	cr_expect_eq(r.status, 1, "pack exits %d:\n%s", r.status, r.err);
	snprintf(want, sizeof want, "%s/questions.cfg:%d: ", dir, ln);
	cr_expect_not_null(strstr(r.err, want), "no %s... in:\n%s", want, r.err);
	struct stat st;
	cr_expect_neq(stat(out, &st), 0, "nothing may be written");
	run_free(&r);
	free(dir);
}
