/*
 * The condition language on its own, over a tiny symbol table of five made-up
 * questions and two criteria, so each test names exactly what it checks.
 * Every outcome, step and note in the content is chosen by one of these
 * conditions; a wrong precedence or a wrong "unknown" would silently give a
 * person the wrong advice.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cond.h"

/* ---- the symbol table ---- */

enum { ROLE, EXP, K1, K2, K3, NQ };
enum { PSO = 0, NPS = 1, OTHER = 2 };   /* role */
enum { YES = 0, NO = 1 };               /* exp */
enum { DONE = 0, STARTED = 1, NONE = 2 }; /* k1, k2, k3 */

static const char *const qnames[NQ] = { "role", "exp", "k1", "k2", "k3" };
static const char *const qvalues[NQ][4] = {
	{ "pso", "nps", "other", NULL },
	{ "yes", "no", NULL },
	{ "done", "started", "none", NULL },
	{ "done", "started", "none", NULL },
	{ "done", "started", "none", NULL },
};
static const char *const cnames[] = { "exp-yes", "pso-exp" };

struct table {
	int criteria_limit; /* criteria usable by the condition being parsed */
};

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
	cr_assert(q >= 0 && q < NQ, "value looked up for a question index out of range: %d", q);
	for (int i = 0; qvalues[q][i]; i++)
		if (strcmp(qvalues[q][i], value) == 0)
			return i;
	return -1;
}

static int find_criterion(void *ctx, const char *id)
{
	const struct table *t = ctx;
	for (int i = 0; i < t->criteria_limit; i++)
		if (strcmp(cnames[i], id) == 0)
			return i;
	return -1;
}

static struct table table = { 2 };
static const struct cond_names names = { &table, find_question, find_value, find_criterion };

/* The criteria: exp-yes is "exp = yes"; pso-exp is "@exp-yes and role = pso". */
static struct cond *criteria[2];

static void setup(void)
{
	struct diags d = { 0 };
	table.criteria_limit = 0;
	criteria[0] = cond_parse("exp = yes", &names, "q.cfg", 1, &d);
	table.criteria_limit = 1;
	criteria[1] = cond_parse("@exp-yes and role = pso", &names, "q.cfg", 2, &d);
	table.criteria_limit = 2;
	cr_assert_eq(d.n, 0, "the test criteria must parse");
	cr_assert_not_null(criteria[0]);
	cr_assert_not_null(criteria[1]);
	diag_free(&d);
}

static void teardown(void)
{
	cond_free(criteria[0]);
	cond_free(criteria[1]);
	criteria[0] = criteria[1] = NULL;
}

TestSuite(cond, .init = setup, .fini = teardown);

static const char *tri_name(enum cond_tri t)
{
	return t == COND_TRUE ? "TRUE" : t == COND_FALSE ? "FALSE" : t == COND_UNKNOWN ? "UNKNOWN" : "(bad)";
}

static struct cond *parse_ok(const char *src)
{
	struct diags d = { 0 };
	struct cond *c = cond_parse(src, &names, "t.cfg", 5, &d);
	cr_assert_eq(d.n, 0, "condition {%s} must parse, but: %s", src, d.n ? d.v[0].msg : "");
	cr_assert_not_null(c, "condition {%s} parsed to NULL without a problem", src);
	diag_free(&d);
	return c;
}

/* Evaluate src with answers role, exp, k1, k2, k3. */
static enum cond_tri eval5(const char *src, int role, int exp, int k1, int k2, int k3)
{
	int answers[NQ] = { role, exp, k1, k2, k3 };
	const struct cond *const crit[2] = { criteria[0], criteria[1] };
	struct cond_env env = { answers, crit };
	struct cond *c = parse_ok(src);
	enum cond_tri t = cond_eval(c, &env);
	cond_free(c);
	return t;
}

#define EXPECT(want, src, role, exp, k1, k2, k3) \
	do { \
		enum cond_tri got_ = eval5(src, role, exp, k1, k2, k3); \
		cr_expect_eq(got_, want, "{%s} with role=%d exp=%d k=%d,%d,%d: want %s, got %s", src, \
		             role, exp, k1, k2, k3, tri_name(want), tri_name(got_)); \
	} while (0)

#define U COND_UNSET
#define P COND_PENDING

/* ---- the operators ---- */

Test(cond, equals)
{
	EXPECT(COND_TRUE, "role = pso", PSO, U, U, U, U);
	EXPECT(COND_FALSE, "role = pso", NPS, U, U, U, U);
	EXPECT(COND_FALSE, "role = pso", OTHER, U, U, U, U);
	EXPECT(COND_TRUE, "role = other", OTHER, U, U, U, U);
	/* "==" is accepted as a kindness, and spacing does not matter. */
	EXPECT(COND_TRUE, "role == pso", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "role=pso", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "  role\t=\npso  ", PSO, U, U, U, U);
}

Test(cond, not_equals)
{
	EXPECT(COND_FALSE, "role != pso", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "role != pso", NPS, U, U, U, U);
	EXPECT(COND_TRUE, "role != pso", OTHER, U, U, U, U);
}

Test(cond, in_a_list)
{
	EXPECT(COND_TRUE, "role in [pso, nps]", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "role in [pso, nps]", NPS, U, U, U, U);
	EXPECT(COND_FALSE, "role in [pso, nps]", OTHER, U, U, U, U);
	EXPECT(COND_TRUE, "role in [other]", OTHER, U, U, U, U);
	EXPECT(COND_TRUE, "k1 in [none,started,done]", U, U, STARTED, U, U);
}

Test(cond, true_and_false)
{
	EXPECT(COND_TRUE, "true", U, U, U, U, U);
	EXPECT(COND_FALSE, "false", U, U, U, U, U);
	EXPECT(COND_FALSE, "not true", U, U, U, U, U);
	EXPECT(COND_TRUE, "not false", U, U, U, U, U);
}

Test(cond, not_binds_tighter_than_and)
{
	/* (not role = pso) and exp = yes: false for nps/no.  Were "not" to
	 * cover the whole "and", it would be not (false and false) = true. */
	EXPECT(COND_FALSE, "not role = pso and exp = yes", NPS, NO, U, U, U);
	EXPECT(COND_TRUE, "not role = pso and exp = yes", NPS, YES, U, U, U);
	EXPECT(COND_FALSE, "not role = pso and exp = yes", PSO, YES, U, U, U);
	EXPECT(COND_TRUE, "not (role = pso and exp = yes)", NPS, NO, U, U, U);
	EXPECT(COND_TRUE, "not not role = pso", PSO, U, U, U, U);
}

Test(cond, and_binds_tighter_than_or)
{
	/* role = pso or (role = nps and exp = yes): true for pso/no.  Read left
	 * to right, (pso or nps) and yes, it would be false. */
	EXPECT(COND_TRUE, "role = pso or role = nps and exp = yes", PSO, NO, U, U, U);
	EXPECT(COND_FALSE, "role = pso or role = nps and exp = yes", NPS, NO, U, U, U);
	/* And on the other side: (nps and yes) or pso. */
	EXPECT(COND_TRUE, "role = nps and exp = yes or role = pso", PSO, NO, U, U, U);
	EXPECT(COND_FALSE, "role = nps and exp = yes or role = pso", OTHER, YES, U, U, U);
}

Test(cond, parentheses_override)
{
	EXPECT(COND_FALSE, "(role = pso or role = nps) and exp = yes", PSO, NO, U, U, U);
	EXPECT(COND_TRUE, "(role = pso or role = nps) and exp = yes", NPS, YES, U, U, U);
	EXPECT(COND_TRUE, "((((role = other))))", OTHER, U, U, U, U);
	EXPECT(COND_TRUE, "not (role = pso or exp = yes) and k1 = none", NPS, NO, NONE, U, U);
	EXPECT(COND_FALSE, "not (role = pso or exp = yes) and k1 = none", NPS, YES, NONE, U, U);
}

Test(cond, criteria_are_evaluated_through_the_env)
{
	EXPECT(COND_TRUE, "@exp-yes", U, YES, U, U, U);
	EXPECT(COND_FALSE, "@exp-yes", U, NO, U, U, U);
	/* pso-exp uses exp-yes in turn. */
	EXPECT(COND_TRUE, "@pso-exp", PSO, YES, U, U, U);
	EXPECT(COND_FALSE, "@pso-exp", NPS, YES, U, U, U);
	EXPECT(COND_FALSE, "@pso-exp", PSO, NO, U, U, U);
	EXPECT(COND_TRUE, "not @pso-exp and @exp-yes", OTHER, YES, U, U, U);
	EXPECT(COND_UNKNOWN, "@pso-exp", PSO, P, U, U, U);
}

/* count(k1, k2, k3 = done) CMP n, for each CMP, with exactly two done. */
Test(cond, count_equals_value_each_comparison)
{
	static const struct {
		const char *src;
		enum cond_tri want;
	} cases[] = {
		{ "count(k1, k2, k3 = done) = 2", COND_TRUE },
		{ "count(k1, k2, k3 = done) = 1", COND_FALSE },
		{ "count(k1, k2, k3 = done) = 3", COND_FALSE },
		{ "count(k1, k2, k3 = done) != 2", COND_FALSE },
		{ "count(k1, k2, k3 = done) != 3", COND_TRUE },
		{ "count(k1, k2, k3 = done) < 2", COND_FALSE },
		{ "count(k1, k2, k3 = done) < 3", COND_TRUE },
		{ "count(k1, k2, k3 = done) <= 2", COND_TRUE },
		{ "count(k1, k2, k3 = done) <= 1", COND_FALSE },
		{ "count(k1, k2, k3 = done) > 2", COND_FALSE },
		{ "count(k1, k2, k3 = done) > 1", COND_TRUE },
		{ "count(k1, k2, k3 = done) >= 2", COND_TRUE },
		{ "count(k1, k2, k3 = done) >= 3", COND_FALSE },
		{ "count(k1, k2, k3 = done) >= 0", COND_TRUE },
		{ "count(k1,k2,k3=done)>=2", COND_TRUE },
		{ "count (k1, k2, k3 = done) == 2", COND_TRUE },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		EXPECT(cases[i].want, cases[i].src, U, U, DONE, STARTED, DONE);
}

Test(cond, count_in_list_each_comparison)
{
	/* done, started, none: two of them are in [done, started]. */
	EXPECT(COND_TRUE, "count(k1, k2, k3 in [done, started]) = 2", U, U, DONE, STARTED, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 in [done, started]) != 2", U, U, DONE, STARTED, NONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 in [done, started]) < 3", U, U, DONE, STARTED, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 in [done, started]) <= 1", U, U, DONE, STARTED, NONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 in [done, started]) > 1", U, U, DONE, STARTED, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 in [done, started]) >= 3", U, U, DONE, STARTED, NONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 in [done, started]) = 3", U, U, STARTED, STARTED, DONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 in [none]) = 3", U, U, NONE, NONE, NONE);
}

Test(cond, count_ignores_unset_questions)
{
	/* Skipped questions count as matching nothing. */
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) = 1", U, U, DONE, U, U);
	EXPECT(COND_TRUE, "count(k1, k2, k3 in [done, started, none]) = 0", U, U, U, U, U);
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) < 1", U, U, U, U, U);
}

/* ---- three values ---- */

Test(cond, pending_is_unknown_only_when_it_matters)
{
	EXPECT(COND_UNKNOWN, "role = pso", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "role != pso", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "role in [pso, nps]", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "not role = pso", P, U, U, U, U);
	/* A decided side settles and / or whichever side is pending. */
	EXPECT(COND_FALSE, "false and role = pso", P, U, U, U, U);
	EXPECT(COND_FALSE, "role = pso and false", P, U, U, U, U);
	EXPECT(COND_FALSE, "exp = yes and role = pso", P, NO, U, U, U);
	EXPECT(COND_TRUE, "true or role = pso", P, U, U, U, U);
	EXPECT(COND_TRUE, "role = pso or true", P, U, U, U, U);
	EXPECT(COND_TRUE, "exp = yes or role = pso", P, YES, U, U, U);
	/* Otherwise it stays open. */
	EXPECT(COND_UNKNOWN, "true and role = pso", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "role = pso and true", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "false or role = pso", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "role = pso or false", P, U, U, U, U);
	EXPECT(COND_UNKNOWN, "role = pso and exp = yes", P, P, U, U, U);
	EXPECT(COND_FALSE, "role = pso and exp = yes", P, NO, U, U, U);
	/* Answers to other questions do not make the pending one matter. */
	EXPECT(COND_TRUE, "exp = yes", P, YES, P, P, P);
}

Test(cond, count_with_pending_uses_its_bounds)
{
	/* k1 done, k2 pending, k3 none: the count of done is 1 or 2. */
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) >= 1", U, U, DONE, P, NONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) <= 2", U, U, DONE, P, NONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) != 3", U, U, DONE, P, NONE);
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) != 0", U, U, DONE, P, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 = done) >= 3", U, U, DONE, P, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 = done) = 0", U, U, DONE, P, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 = done) < 1", U, U, DONE, P, NONE);
	EXPECT(COND_FALSE, "count(k1, k2, k3 = done) > 2", U, U, DONE, P, NONE);
	EXPECT(COND_UNKNOWN, "count(k1, k2, k3 = done) >= 2", U, U, DONE, P, NONE);
	EXPECT(COND_UNKNOWN, "count(k1, k2, k3 = done) = 2", U, U, DONE, P, NONE);
	EXPECT(COND_UNKNOWN, "count(k1, k2, k3 = done) = 1", U, U, DONE, P, NONE);
	EXPECT(COND_UNKNOWN, "count(k1, k2, k3 = done) < 2", U, U, DONE, P, NONE);
	/* Two done already: ">= 2" holds whatever k3 turns out to be. */
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) >= 2", U, U, DONE, DONE, P);
	/* All pending: 0 to 3. */
	EXPECT(COND_TRUE, "count(k1, k2, k3 = done) <= 3", U, U, P, P, P);
	EXPECT(COND_UNKNOWN, "count(k1, k2, k3 = done) >= 1", U, U, P, P, P);
}

Test(cond, unset_equals_no_value)
{
	EXPECT(COND_FALSE, "exp = yes", PSO, U, U, U, U);
	EXPECT(COND_FALSE, "exp = no", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "exp != yes", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "exp != no", PSO, U, U, U, U);
	EXPECT(COND_FALSE, "exp in [yes, no]", PSO, U, U, U, U);
	EXPECT(COND_TRUE, "not exp in [yes, no]", PSO, U, U, U, U);
	/* As in the content: experience counts for a PSO, who is not asked. */
	EXPECT(COND_TRUE, "role = pso or exp = yes", PSO, U, U, U, U);
	EXPECT(COND_FALSE, "role = pso or exp = yes", OTHER, NO, U, U, U);
}

/* ---- parse errors ---- */

/* Parse src, which must fail with exactly the problems in want[] (NULL-ended),
 * each at t.cfg:42. */
static void expect_errors(const char *src, const char *const *want)
{
	struct diags d = { 0 };
	struct cond *c = cond_parse(src, &names, "t.cfg", 42, &d);
	cr_assert_null(c, "{%s} must not parse", src);
	size_t n = 0;
	while (want[n])
		n++;
	for (size_t i = 0; i < d.n; i++)
		cr_log_info("{%s} -> %s:%d: %s", src, d.v[i].file, d.v[i].line, d.v[i].msg);
	cr_assert_eq(d.n, n, "{%s}: want %zu problems, got %zu", src, n, d.n);
	for (size_t i = 0; i < n; i++) {
		cr_expect_str_eq(d.v[i].file, "t.cfg", "the file given must be the one reported");
		cr_expect_eq(d.v[i].line, 42, "the line given must be the one reported");
		cr_expect_str_eq(d.v[i].msg, want[i], "{%s}: problem %zu", src, i);
	}
	diag_free(&d);
}

#define ERRORS(src, ...) expect_errors(src, (const char *const[]){ __VA_ARGS__, NULL })

Test(cond, error_empty)
{
	ERRORS("", "condition \"\": empty condition at the end");
	ERRORS("   ", "condition \"   \": empty condition at the end");
}

Test(cond, error_dangling_operator)
{
	ERRORS("role = pso and",
	       "condition \"role = pso and\": expected a question, @criterion, count(...), not or ( at the end");
	ERRORS("role = pso or",
	       "condition \"role = pso or\": expected a question, @criterion, count(...), not or ( at the end");
	ERRORS("not", "condition \"not\": expected a question, @criterion, count(...), not or ( at the end");
	ERRORS("role =", "condition \"role =\": expected a value at the end");
	ERRORS("role pso", "condition \"role pso\": expected =, != or in at \"pso\"");
	ERRORS("@", "condition \"@\": expected a criterion id after @ at the end");
}

Test(cond, error_missing_connective)
{
	ERRORS("role = pso exp = yes", "condition \"role = pso exp = yes\": expected and, or or the end at \"exp\"");
	ERRORS("role = pso)", "condition \"role = pso)\": expected and, or or the end at \")\"");
}

Test(cond, error_unclosed_paren)
{
	ERRORS("(role = pso", "condition \"(role = pso\": expected ) at the end");
	ERRORS("(role = pso or (exp = yes)",
	       "condition \"(role = pso or (exp = yes)\": expected ) at the end");
	ERRORS("count(k1, k2 = done >= 1",
	       "condition \"count(k1, k2 = done >= 1\": expected ) to close count( at \">=\"");
}

Test(cond, error_missing_bracket)
{
	ERRORS("role in [pso, nps", "condition \"role in [pso, nps\": expected ] to close the list at the end");
	ERRORS("role in [pso, nps and exp = yes",
	       "condition \"role in [pso, nps and exp = yes\": expected ] to close the list at \"and\"");
	ERRORS("role in pso", "condition \"role in pso\": expected [ after in at \"pso\"");
}

Test(cond, error_bad_count_number)
{
	ERRORS("count(k1, k2 = done) >= x", "condition \"count(k1, k2 = done) >= x\": expected a small whole number at \"x\"");
	ERRORS("count(k1, k2 = done) >= 1x", "condition \"count(k1, k2 = done) >= 1x\": expected a small whole number at \"1x\"");
	ERRORS("count(k1, k2 = done) > -1", "condition \"count(k1, k2 = done) > -1\": expected a small whole number at \"-1\"");
	ERRORS("count(k1, k2 = done) > 17", "condition \"count(k1, k2 = done) > 17\": expected a small whole number at \"17\"");
	ERRORS("count(k1, k2 = done) >=", "condition \"count(k1, k2 = done) >=\": expected a small whole number at the end");
	ERRORS("count(k1, k2 = done)", "condition \"count(k1, k2 = done)\": expected a comparison after count(...) at the end");
	ERRORS("count k1 = done", "condition \"count k1 = done\": expected ( after count at \"k1\"");
}

Test(cond, count_number_limits)
{
	/* 0 and COND_COUNT_MAX are the ends of the range accepted. */
	EXPECT(COND_TRUE, "count(k1 = done) >= 0", U, U, NONE, U, U);
	EXPECT(COND_TRUE, "count(k1 = done) < 16", U, U, DONE, U, U);
}

Test(cond, error_unknown_question)
{
	ERRORS("colour = red", "condition \"colour = red\": unknown question \"colour\"");
	ERRORS("count(k1, k9 = done) > 0", "condition \"count(k1, k9 = done) > 0\": unknown question \"k9\"");
}

Test(cond, error_unknown_value)
{
	ERRORS("role = boss", "condition \"role = boss\": \"boss\" is not an option of question \"role\"");
	ERRORS("role in [pso, boss]",
	       "condition \"role in [pso, boss]\": \"boss\" is not an option of question \"role\"");
	/* A value of another question is no value of this one. */
	ERRORS("exp = pso", "condition \"exp = pso\": \"pso\" is not an option of question \"exp\"");
	/* In count(), the value must be an option of each question counted. */
	ERRORS("count(role, exp = yes) > 0",
	       "condition \"count(role, exp = yes) > 0\": \"yes\" is not an option of question \"role\"");
}

Test(cond, error_unknown_criterion)
{
	ERRORS("@nope", "condition \"@nope\": unknown criterion \"@nope\" "
	                "(criteria can use only those defined before them)");
	/* A criterion defined later is unknown here: with only the first one
	 * usable, naming the second is an error, naming the first is not. */
	table.criteria_limit = 1;
	ERRORS("@pso-exp", "condition \"@pso-exp\": unknown criterion \"@pso-exp\" "
	                   "(criteria can use only those defined before them)");
	struct cond *c = parse_ok("@exp-yes");
	cond_free(c);
	table.criteria_limit = 0;
	ERRORS("@exp-yes", "condition \"@exp-yes\": unknown criterion \"@exp-yes\" "
	                   "(criteria can use only those defined before them)");
}

Test(cond, several_unknown_names_in_a_count_are_all_reported)
{
	ERRORS("count(role, exp = maybe) > 0",
	       "condition \"count(role, exp = maybe) > 0\": \"maybe\" is not an option of question \"role\"",
	       "condition \"count(role, exp = maybe) > 0\": \"maybe\" is not an option of question \"exp\"");
}

/*
 * A name problem does not stop the parse: every unknown name of a
 * condition is reported, across "and"/"or" and inside "in [...]", so an
 * author fixes them all in one go.
 */
Test(cond, several_unknown_names_are_all_reported)
{
	ERRORS("colour = red or role = boss or @nope",
	       "condition \"colour = red or role = boss or @nope\": unknown question \"colour\"",
	       "condition \"colour = red or role = boss or @nope\": \"boss\" is not an option of question \"role\"",
	       "condition \"colour = red or role = boss or @nope\": unknown criterion \"@nope\" "
	       "(criteria can use only those defined before them)");
	ERRORS("role in [boss, chief]",
	       "condition \"role in [boss, chief]\": \"boss\" is not an option of question \"role\"",
	       "condition \"role in [boss, chief]\": \"chief\" is not an option of question \"role\"");
}

/* ---- walking a condition's names ---- */

struct seen {
	int v[16];
	size_t n;
};

static void note(void *ctx, int i)
{
	struct seen *s = ctx;
	cr_assert_lt(s->n, 16, "too many names visited");
	s->v[s->n++] = i;
}

Test(cond, each_criterion_left_to_right)
{
	struct cond *c = parse_ok("@pso-exp and role = pso or not (count(k1 = done) > 0 and @exp-yes) or @pso-exp");
	struct seen s = { { 0 }, 0 };
	cond_each_criterion(c, note, &s);
	cr_assert_eq(s.n, 3, "three mentions of criteria, %zu visited", s.n);
	cr_expect_eq(s.v[0], 1);
	cr_expect_eq(s.v[1], 0);
	cr_expect_eq(s.v[2], 1);
	cond_free(c);

	c = parse_ok("role = pso");
	s.n = 0;
	cond_each_criterion(c, note, &s);
	cr_expect_eq(s.n, 0, "no criteria in {role = pso}");
	cond_free(c);
}

Test(cond, each_question_left_to_right_not_inside_criteria)
{
	struct cond *c = parse_ok("exp = yes and not role != pso or count(k3, k1 = done) = 2 and @pso-exp or k2 in [none]");
	struct seen s = { { 0 }, 0 };
	cond_each_question(c, note, &s);
	cr_assert_eq(s.n, 5, "five question mentions, %zu visited", s.n);
	cr_expect_eq(s.v[0], EXP);
	cr_expect_eq(s.v[1], ROLE);
	cr_expect_eq(s.v[2], K3);
	cr_expect_eq(s.v[3], K1);
	cr_expect_eq(s.v[4], K2);
	cond_free(c);

	/* @pso-exp names role and exp, but only inside the criterion. */
	c = parse_ok("@pso-exp or true");
	s.n = 0;
	cond_each_question(c, note, &s);
	cr_expect_eq(s.n, 0, "questions inside a criterion are not this condition's");
	cond_free(c);
}

Test(cond, each_with_null_does_nothing)
{
	struct seen s = { { 0 }, 0 };
	cond_each_question(NULL, note, &s);
	cond_each_criterion(NULL, note, &s);
	cr_expect_eq(s.n, 0);
}
