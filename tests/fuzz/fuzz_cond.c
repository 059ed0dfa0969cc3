/*
 * fuzz_cond: the condition language, parsed and evaluated.
 *
 * The input is a condition's text, parsed against a fixed symbol table with
 * the shipped content's questions, values and criteria (and one question with
 * more options than a condition can name), then evaluated over answer
 * vectors drawn from the input: all pending, all skipped, and mixtures.
 *
 * Invariants: a parse fails exactly when it reports a problem; every
 * question and criterion it resolved is in the table; evaluation gives one of
 * the three values; with no pending answer the value is never UNKNOWN; and a
 * TRUE or FALSE with pending answers stays the same however they are
 * answered (UNKNOWN may only stand for "it depends").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cond.h"
#include "fuzz.h"

enum { NQ = 9, WIDE = 8, NCRIT = 10, NVEC = 48, NFILL = 6 };

static const char *const qnames[NQ] = {
	"role", "experience", "level", "area.crime", "area.cjs", "area.penal", "area.rehab", "vq", "wide",
};
static const char *const done3[] = { "done", "started", "none", NULL };
static const char *const *const qvalues[NQ] = {
	(const char *const[]){ "pso", "nps", "other", NULL },
	(const char *const[]){ "yes", "no", NULL },
	(const char *const[]){ "8", "7", "6", "5", "4", "3", "below3", "unknown", NULL },
	done3, done3, done3, done3,
	(const char *const[]){ "none", "level3", "level4", NULL },
	NULL, /* "wide": o0 .. o39 */
};
#define WIDE_OPTIONS 40

/* The shipped criteria; each may use those before it. */
static const char *const crit[NCRIT][2] = {
	{ "level-known", "level != unknown" },
	{ "level5", "level in [8, 7, 6, 5]" },
	{ "below5", "level in [4, 3, below3]" },
	{ "experienced", "role = pso or experience = yes" },
	{ "areas-3", "count(area.crime, area.cjs, area.penal, area.rehab = done) >= 3" },
	{ "areas-2-1", "count(area.crime, area.cjs, area.penal, area.rehab = done) = 2 "
	               "and count(area.crime, area.cjs, area.penal, area.rehab = started) >= 1" },
	{ "level4", "level = 4 and @level-known" },
	{ "vq4", "vq = level4 and not @below5 or @areas-3" },
	{ "vq3", "vq = level3" },
	{ "level4-or-vq", "@level4 or vq in [level3, level4] or count(wide != o3) > 0" },
};

static int noptions(int q)
{
	if (q == WIDE)
		return WIDE_OPTIONS;
	int n = 0;
	while (qvalues[q][n])
		n++;
	return n;
}

static int criteria_limit = NCRIT;

static int find_question(void *ctx, const char *id)
{
	(void)ctx;
	for (int i = 0; i < NQ; i++)
		if (strcmp(qnames[i], id) == 0)
			return i;
	return -1;
}

static int find_value(void *ctx, int q, const char *value)
{
	(void)ctx;
	FUZZ_ASSERT(q >= 0 && q < NQ, "value \"%s\" looked up for question %d", value, q);
	if (q == WIDE) {
		char *end;
		long v = value[0] == 'o' ? strtol(value + 1, &end, 10) : -1;
		return v >= 0 && v < WIDE_OPTIONS && value[1] && *end == '\0' ? (int)v : -1;
	}
	for (int i = 0; qvalues[q][i]; i++)
		if (strcmp(qvalues[q][i], value) == 0)
			return i;
	return -1;
}

static int find_criterion(void *ctx, const char *id)
{
	(void)ctx;
	for (int i = 0; i < criteria_limit; i++)
		if (strcmp(crit[i][0], id) == 0)
			return i;
	return -1;
}

static const struct cond_names names = { NULL, find_question, find_value, find_criterion };
static const struct cond *criteria[NCRIT];

static void setup(void)
{
	if (criteria[0])
		return;
	for (int i = 0; i < NCRIT; i++) {
		struct diags d = { 0 };
		criteria_limit = i;
		criteria[i] = cond_parse(crit[i][1], &names, "criteria", i + 1, &d);
		if (!criteria[i]) {
			diag_print(&d, stderr);
			abort();
		}
		diag_free(&d);
	}
	criteria_limit = NCRIT;
}

/* A small generator seeded from the input, so a run can be replayed. */
static uint64_t next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void each_question(void *ctx, int q)
{
	(void)ctx;
	FUZZ_ASSERT(q >= 0 && q < NQ, "condition names question %d", q);
}

static void each_criterion(void *ctx, int k)
{
	(void)ctx;
	FUZZ_ASSERT(k >= 0 && k < NCRIT, "condition names criterion %d", k);
}

static enum cond_tri eval(const struct cond *c, const int *answers)
{
	struct cond_env env = { answers, criteria };
	enum cond_tri r = cond_eval(c, &env);
	FUZZ_ASSERT(r == COND_TRUE || r == COND_FALSE || r == COND_UNKNOWN, "cond_eval gave %d", (int)r);
	return r;
}

/* One answer for question q: mostly values, sometimes skipped or pending. */
static int draw(uint64_t *s, int q, bool pending)
{
	uint64_t r = next_rand(s);
	int n = noptions(q) < 32 ? noptions(q) : 32; /* content allows at most 32 */
	switch (r % 8) {
	case 0: return COND_UNSET;
	case 1: return pending ? COND_PENDING : COND_UNSET;
	default: return (int)(r / 8 % (uint64_t)n);
	}
}

static void check_eval(const struct cond *c, uint64_t seed)
{
	int a[NQ], full[NQ];
	for (int v = 0; v < NVEC; v++) {
		bool pending = v % 4 != 0;
		for (int q = 0; q < NQ; q++)
			a[q] = v == 0 ? COND_UNSET : v == 1 ? COND_PENDING : draw(&seed, q, pending);
		if (v == 2)
			for (int q = 0; q < NQ; q++)
				a[q] = noptions(q) - 1;
		enum cond_tri r = eval(c, a);
		bool any = false;
		for (int q = 0; q < NQ; q++)
			any |= a[q] == COND_PENDING;
		FUZZ_ASSERT(any || r != COND_UNKNOWN, "UNKNOWN with every answer known (vector %d)", v);
		if (!any || r == COND_UNKNOWN)
			continue;
		/* Answering the pending questions must not change a known value. */
		for (int f = 0; f < NFILL; f++) {
			for (int q = 0; q < NQ; q++)
				full[q] = a[q] != COND_PENDING ? a[q] : f == 0 ? COND_UNSET : draw(&seed, q, false);
			enum cond_tri rf = eval(c, full);
			FUZZ_ASSERT(rf == r, "%s with pending answers but %s once answered (vector %d, fill %d)",
			            r == COND_TRUE ? "TRUE" : "FALSE", rf == COND_TRUE ? "TRUE" : rf == COND_FALSE ? "FALSE" : "UNKNOWN",
			            v, f);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	setup();
	char *src = malloc(size + 1);
	memcpy(src, data, size);
	src[size] = '\0';
	struct diags d = { 0 };
	struct cond *c = cond_parse(src, &names, "fuzz", 1, &d);
	FUZZ_ASSERT((c != NULL) == (d.n == 0), "cond_parse gave %p with %zu problems", (void *)c, d.n);
	for (size_t i = 0; i < d.n; i++)
		FUZZ_ASSERT(d.v[i].line == 1 && strcmp(d.v[i].file, "fuzz") == 0, "problem at %s:%d", d.v[i].file,
		            d.v[i].line);
	diag_free(&d);
	if (c) {
		cond_each_question(c, each_question, NULL);
		cond_each_criterion(c, each_criterion, NULL);
		uint64_t seed = 0x9e3779b97f4a7c15u;
		for (size_t i = 0; i < size; i++)
			seed = (seed ^ data[i]) * 0x100000001b3u;
		check_eval(c, seed | 1);
	}
	cond_free(c);
	free(src);
	return 0;
}
