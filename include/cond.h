/*
 * cond: the small condition language the rules are written in.
 *
 *   expr   := term { "or" term }
 *   term   := factor { "and" factor }
 *   factor := "not" factor | "(" expr ")" | "@" CRITERION
 *           | QUESTION "=" VALUE | QUESTION "!=" VALUE
 *           | QUESTION "in" "[" VALUE { "," VALUE } "]"
 *           | "count" "(" QUESTION { "," QUESTION } ( "=" VALUE | "in" "[" ... "]" ) ")" CMP NUMBER
 *           | "true" | "false"
 *   CMP    := "=" | "!=" | "<" | "<=" | ">" | ">="
 *
 * A condition is parsed once, when content loads, against the content's own
 * questions, values and criteria; every name is resolved then, so evaluation
 * cannot fail.  Evaluation is total, pure and three-valued: a question not yet
 * reached is UNKNOWN, one the flow skipped is unset (it equals no value).
 * A criterion may refer only to criteria defined before it, so there are no
 * cycles.  No I/O, no globals.
 */
#ifndef PA_COND_H
#define PA_COND_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* At most this many questions in one count(...). */
#define COND_COUNT_MAX 16
/* The deepest nesting of not and parentheses in one condition: the parser
 * recurses, and content is untrusted. */
#define COND_MAX_DEPTH 64

struct cond;

/* Answer slots, one per question: a value index (>= 0) or one of these. */
enum {
	COND_UNSET = -1,   /* skipped: the flow did not ask it */
	COND_PENDING = -2  /* not reached yet: may still be asked */
};

enum cond_tri { COND_FALSE = 0, COND_TRUE = 1, COND_UNKNOWN = 2 };

/* How the parser resolves names; each returns an index or -1 if unknown. */
struct cond_names {
	void *ctx;
	int (*question)(void *ctx, const char *id);
	int (*value)(void *ctx, int question, const char *value);
	int (*criterion)(void *ctx, const char *id); /* only those usable here */
};

/* What evaluation reads: answer slots and the criteria's parsed conditions. */
struct cond_env {
	const int *answers;
	const struct cond *const *criteria;
};

/* Parse src; on error add "file:line: ..." problems to d and return NULL. */
struct cond *cond_parse(const char *src, const struct cond_names *names,
                        const char *file, int line, struct diags *d);
void cond_free(struct cond *c);
/* The condition as the content wrote it; "always" for NULL. */
const char *cond_text(const struct cond *c);
/* Whether a and b are the same condition, as parsed (both NULL counts). */
bool cond_equal(const struct cond *a, const struct cond *b);

enum cond_tri cond_eval(const struct cond *c, const struct cond_env *env);

/* Call fn for each mention of a criterion / question in the condition
 * itself (not inside the criteria it names), left to right. */
void cond_each_criterion(const struct cond *c, void (*fn)(void *ctx, int criterion), void *ctx);
void cond_each_question(const struct cond *c, void (*fn)(void *ctx, int question), void *ctx);
/* Call fn with each question the condition tests and the set of its option
 * indices the test accepts (bit i for option i). */
void cond_each_mask(const struct cond *c, void (*fn)(void *ctx, int question, unsigned long mask),
                    void *ctx);

#endif
