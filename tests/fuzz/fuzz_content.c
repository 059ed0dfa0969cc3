/*
 * fuzz_content: the content loader, its byte checks and the lint on top.
 *
 * The first byte of the input picks a content directory and one of its
 * files; the rest becomes that file in a scratch copy of the directory,
 * which is then loaded as --check-content would: content_load, and when it
 * loads, lint_content, then a plan for every example person.  The two
 * directories are the shipped content and the small example of the content
 * manual (man/example/), whose tiny files mutate quickly.  scan_check also
 * sees the bytes directly, in a buffer with no terminating NUL; when it
 * passes them, libconfig must find nothing in them it promised to keep out.
 *
 * Invariants: a load fails exactly when it reports a problem; every problem
 * has a file and a message free of control characters (they go to a
 * terminal); lint passes exactly when it reports nothing; everything is
 * freed (LeakSanitizer).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content.h"
#include "embedded.h"
#include "fuzz.h"
#include "lint.h"
#include "plan.h"
#include "rules.h"
#include "scan.h"

static const char *const files[] = {
	"meta.cfg", "faq.cfg", "questions.cfg", "outcomes.cfg", "levels.cfg", "contacts.cfg",
	"scenarios/zz-fuzz.cfg", /* a new example person, removed after each run */
};
#define NFILES (sizeof files / sizeof files[0])

struct base {
	const char *prefix;   /* of its files in embedded_files */
	char dir[512];
};

static struct base bases[2] = { { "", "" }, { "example/", "" } };

static void setup(void)
{
	for (size_t i = 0; i < 2; i++) {
		if (bases[i].dir[0])
			continue;
		snprintf(bases[i].dir, sizeof bases[i].dir, "%s", fuzz_path(fuzz_tmpdir(), i ? "example" : "content"));
		if (mkdir(bases[i].dir, 0700) != 0) {
			perror(bases[i].dir);
			abort();
		}
		fuzz_write_builtin(bases[i].dir, bases[i].prefix);
	}
}

/* Put file back as it was in the base. */
static void restore(const struct base *b, const char *file)
{
	char name[256];
	snprintf(name, sizeof name, "%s%s", b->prefix, file);
	for (const struct embedded_file *e = embedded_files; e->name; e++)
		if (strcmp(e->name, name) == 0) {
			fuzz_write(fuzz_path(b->dir, file), e->data, e->len);
			return;
		}
	unlink(fuzz_path(b->dir, file));
}

/* The walk answer by answer, to check the lint's walk by classes. */
#define WALK_MAX 20000

struct walk {
	size_t paths, bad;
};

static bool walk_one(void *ctx, const int *effective, const struct rules_flow *plan)
{
	struct walk *w = ctx;
	(void)effective;
	w->bad += plan->outcome < 0;
	return ++w->paths < WALK_MAX;
}

/* Everything a person could be shown from this content. */
static void use_content(const struct content *c)
{
	struct diags d = { 0 };
	struct lint_stats st;
	bool ok = lint_content(c, &d, &st);
	FUZZ_ASSERT(ok == (d.n == 0), "lint said %s with %zu problems", ok ? "yes" : "no", d.n);
	fuzz_check_diags(&d, 0);
	diag_free(&d);

	/* Proving the classes must prove every answer path they stand for. */
	struct walk w = { 0, 0 };
	rules_walk(c, walk_one, &w);
	if (w.paths < WALK_MAX && st.classes < LINT_MAX_PATHS) {
		FUZZ_ASSERT(st.paths == (double)w.paths, "lint counted %.0f answer paths, the walk %zu", st.paths,
		            w.paths);
		FUZZ_ASSERT(!ok || w.bad == 0, "lint passed, yet %zu answer paths have no single outcome", w.bad);
	}

	size_t nq = content_nquestions(c);
	int *unset = malloc((nq + 1) * sizeof *unset);
	for (size_t i = 0; i < nq; i++)
		unset[i] = COND_UNSET;
	for (size_t s = 0; s <= content_nscenarios(c); s++) {
		const int *answers = s < content_nscenarios(c) ? content_scenario(c, s)->answers : unset;
		for (size_t i = 0; i < nq; i++)
			FUZZ_ASSERT(answers[i] == COND_UNSET ||
			                    (answers[i] >= 0 && (size_t)answers[i] < content_question(c, i)->noptions),
			            "example person %zu: answer %d to question %zu", s, answers[i], i);
		struct plan *p = plan_build(c, answers, 0);
		if (plan_complete(p)) {
			FUZZ_ASSERT((size_t)p->outcome < content_noutcomes(c), "outcome %d", p->outcome);
			fuzz_render(p);
		}
		plan_free(p);
	}
	free(unset);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	setup();
	const struct base *b = &bases[data[0] >> 7];
	const char *file = files[(data[0] & 0x7f) % NFILES];
	data++;
	size--;

	/* Exactly size bytes: a read past the end is a finding. */
	char *exact = malloc(size ? size : 1);
	memcpy(exact, data, size);
	struct diags d = { 0 };
	if (scan_check("fuzz.cfg", exact, size, &d))
		fuzz_check_parsed(exact, size);
	fuzz_check_diags(&d, 0);
	diag_free(&d);
	free(exact);

	fuzz_write(fuzz_path(b->dir, file), data, size);
	struct content *c = content_load(b->dir, &d);
	FUZZ_ASSERT((c != NULL) == (d.n == 0), "content_load gave %p with %zu problems", (void *)c, d.n);
	fuzz_check_diags(&d, 0);
	diag_free(&d);
	if (c)
		use_content(c);
	content_free(c);
	restore(b, file);
	return 0;
}
