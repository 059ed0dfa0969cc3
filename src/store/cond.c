/* cond: parse conditions once, evaluate them totally. */
#include "cond.h"
#include "cond_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_OF(n) #n
#define TEXT(n) TEXT_OF(n)

enum tok { T_END, T_WORD, T_AT, T_LP, T_RP, T_LB, T_RB, T_COMMA, T_CMP, T_BAD };

struct parser {
	const char *src, *p;
	enum tok tok;
	const char *tstart;
	size_t tlen;
	enum cond_cmp cmp;
	const struct cond_names *names;
	const char *file;
	int line;
	struct diags *d;
	int depth;          /* not and ( ... ) nesting, bounded: the parse recurses */
	bool failed;        /* a syntax error: parsing stops */
	bool unknown_names; /* a name not found: parsing goes on to find the rest */
};

static bool is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '-';
}

static void next(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n')
		ps->p++;
	ps->tstart = ps->p;
	char c = *ps->p;
	static const char single[] = "@()[],";
	static const enum tok singles[] = { T_AT, T_LP, T_RP, T_LB, T_RB, T_COMMA };
	const char *s;
	if (c == '\0') {
		ps->tok = T_END;
	} else if ((s = strchr(single, c)) != NULL) {
		ps->tok = singles[s - single];
		ps->p++;
	} else if (c == '=' || c == '<' || c == '>' || (c == '!' && ps->p[1] == '=')) {
		bool eq = ps->p[1] == '=';
		ps->tok = T_CMP;
		ps->cmp = c == '=' ? CMP_EQ : c == '!' ? CMP_NE : c == '<' ? (eq ? CMP_LE : CMP_LT)
		                                                        : (eq ? CMP_GE : CMP_GT);
		ps->p += (c == '!' || eq) && c != '=' ? 2 : 1;
		if (c == '=' && eq) /* accept "==" as a kindness */
			ps->p++;
	} else if (is_word(c)) {
		while (is_word(*ps->p))
			ps->p++;
		ps->tok = T_WORD;
	} else {
		ps->tok = T_BAD;
		ps->p++;
	}
	ps->tlen = (size_t)(ps->p - ps->tstart);
}

static void fail(struct parser *ps, const char *what)
{
	if (ps->failed)
		return;
	ps->failed = true;
	/* A long condition is quoted by its start only. */
	int n = (int)strnlen(ps->src, 81), shown = n > 80 ? 72 : n;
	const char *more = n > 80 ? "..." : "";
	if (ps->tok == T_END)
		diag_add(ps->d, ps->file, ps->line, "condition \"%.*s%s\": %s at the end", shown, ps->src, more, what);
	else
		diag_add(ps->d, ps->file, ps->line, "condition \"%.*s%s\": %s at \"%.*s\"", shown, ps->src, more,
		         what, (int)(ps->tlen > 40 ? 40 : ps->tlen ? ps->tlen : 1), ps->tstart);
}

static bool word_is(const struct parser *ps, const char *w)
{
	return ps->tok == T_WORD && ps->tlen == strlen(w) && memcmp(ps->tstart, w, ps->tlen) == 0;
}

/* The current word as a string, for the name callbacks. */
static char *word(const struct parser *ps)
{
	char *w = malloc(ps->tlen + 1);
	if (w) {
		memcpy(w, ps->tstart, ps->tlen);
		w[ps->tlen] = '\0';
	}
	return w;
}

static struct cond *node(enum cond_kind kind)
{
	struct cond *c = calloc(1, sizeof *c);
	if (c)
		c->kind = kind;
	return c;
}

void cond_free(struct cond *c)
{
	if (!c)
		return;
	cond_free(c->a);
	cond_free(c->b);
	free(c->text);
	free(c->qs);
	free(c->masks);
	free(c);
}

bool cond_equal(const struct cond *a, const struct cond *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind || a->value != b->value || a->crit != b->crit || a->nq != b->nq ||
	    a->cmp != b->cmp || a->n != b->n)
		return false;
	for (size_t i = 0; i < a->nq; i++)
		if (a->qs[i] != b->qs[i] || a->masks[i] != b->masks[i])
			return false;
	return cond_equal(a->a, b->a) && cond_equal(a->b, b->b);
}

static struct cond *parse_expr(struct parser *ps);

/* A name problem does not stop the parse, so every unknown name is reported. */
static void name_error(struct parser *ps, const char *fmt, const char *name, const char *extra)
{
	ps->unknown_names = true;
	diag_add(ps->d, ps->file, ps->line, fmt, ps->src, name, extra);
}

static int question(struct parser *ps)
{
	if (ps->tok != T_WORD) {
		fail(ps, "expected a question id");
		return -1;
	}
	char *w = word(ps);
	int q = w ? ps->names->question(ps->names->ctx, w) : -1;
	if (w && q < 0)
		name_error(ps, "condition \"%s\": unknown question \"%s\"%s", w, "");
	free(w);
	next(ps);
	return q;
}

static uint32_t value_bit(struct parser *ps, int q, const char *qname)
{
	if (ps->tok != T_WORD) {
		fail(ps, "expected a value");
		return 0;
	}
	char *w = word(ps);
	int v = (w && q >= 0) ? ps->names->value(ps->names->ctx, q, w) : -1;
	if (w && q >= 0 && (v < 0 || v >= 32))
		name_error(ps, "condition \"%s\": \"%s\" is not an option of question \"%s\"", w, qname);
	free(w);
	next(ps);
	return v >= 0 && v < 32 ? (uint32_t)1 << v : 0;
}

/* "= VALUE" or "!= VALUE" or "in [VALUE, ...]" for each of the questions;
 * sets *negate for "!=". */
static void parse_values(struct parser *ps, const int *qs, char **qnames, size_t nq,
                         uint32_t *masks, bool *negate)
{
	*negate = false;
	bool list = word_is(ps, "in");
	if (!list && !(ps->tok == T_CMP && (ps->cmp == CMP_EQ || ps->cmp == CMP_NE))) {
		fail(ps, "expected =, != or in");
		return;
	}
	*negate = !list && ps->cmp == CMP_NE;
	next(ps);
	if (list) {
		if (ps->tok != T_LB) {
			fail(ps, "expected [ after in");
			return;
		}
		next(ps);
	}
	do {
		if (list && ps->tok == T_COMMA)
			next(ps);
		const char *vstart = ps->tstart;
		size_t vlen = ps->tlen;
		enum tok vtok = ps->tok;
		for (size_t i = 0; i < nq; i++) {
			/* Re-read the same value token for each question. */
			ps->tstart = vstart;
			ps->tlen = vlen;
			ps->tok = vtok;
			ps->p = vstart + vlen;
			masks[i] |= value_bit(ps, qs[i], qnames[i]);
		}
	} while (list && ps->tok == T_COMMA && !ps->failed);
	if (list) {
		if (ps->tok != T_RB)
			fail(ps, "expected ] to close the list");
		else
			next(ps);
	}
}

static struct cond *parse_count(struct parser *ps)
{
	struct cond *c = node(K_COUNT);
	char *names[COND_COUNT_MAX];
	size_t nq = 0;
	if (!c)
		return NULL;
	next(ps);
	if (ps->tok != T_LP) {
		fail(ps, "expected ( after count");
		return c;
	}
	next(ps);
	c->qs = calloc(COND_COUNT_MAX, sizeof *c->qs);
	c->masks = calloc(COND_COUNT_MAX, sizeof *c->masks);
	if (!c->qs || !c->masks)
		return c;
	do {
		if (nq && ps->tok == T_COMMA)
			next(ps);
		if (nq == COND_COUNT_MAX) {
			fail(ps, "too many questions in count()");
			break;
		}
		names[nq] = word(ps);
		c->qs[nq] = question(ps);
		nq++;
	} while (ps->tok == T_COMMA && !ps->failed);
	c->nq = nq;
	bool negate = false;
	if (!ps->failed)
		parse_values(ps, c->qs, names, nq, c->masks, &negate);
	for (size_t i = 0; i < nq; i++) {
		if (negate) /* count(q = v) with != counts the others */
			c->masks[i] = ~c->masks[i];
		free(names[i]);
	}
	if (ps->failed)
		return c;
	if (ps->tok != T_RP) {
		fail(ps, "expected ) to close count(");
		return c;
	}
	next(ps);
	if (ps->tok != T_CMP) {
		fail(ps, "expected a comparison after count(...)");
		return c;
	}
	c->cmp = ps->cmp;
	next(ps);
	char *end;
	char *w = word(ps);
	long n = w ? strtol(w, &end, 10) : -1;
	if (ps->tok != T_WORD || !w || *end != '\0' || n < 0 || n > COND_COUNT_MAX)
		fail(ps, "expected a small whole number");
	free(w);
	c->n = (int)n;
	next(ps);
	return c;
}

/* @criterion. */
static struct cond *parse_criterion(struct parser *ps)
{
	next(ps);
	struct cond *c = node(K_CRIT);
	if (ps->tok != T_WORD) {
		fail(ps, "expected a criterion id after @");
		return c;
	}
	char *w = word(ps);
	int k = w ? ps->names->criterion(ps->names->ctx, w) : -1;
	if (w && k < 0)
		name_error(ps, "condition \"%s\": unknown criterion \"@%s\"%s "
		               "(criteria can use only those defined before them)", w, "");
	free(w);
	if (c)
		c->crit = k;
	next(ps);
	return c;
}

/* question = value, question in [values], and their negations. */
static struct cond *parse_test(struct parser *ps)
{
	struct cond *c = node(K_IN);
	char *qname = word(ps);
	int q = question(ps);
	if (c && (c->qs = malloc(sizeof *c->qs)) && (c->masks = calloc(1, sizeof *c->masks))) {
		c->nq = 1;
		c->qs[0] = q;
		bool negate;
		parse_values(ps, c->qs, &qname, 1, c->masks, &negate);
		if (negate) {
			struct cond *n = node(K_NOT);
			if (n)
				n->a = c;
			c = n;
		}
	}
	free(qname);
	return c;
}

static struct cond *parse_factor(struct parser *ps);

/* not ... and ( ... ): one level deeper, within COND_MAX_DEPTH. */
static struct cond *parse_nested(struct parser *ps)
{
	bool not = word_is(ps, "not");
	if (++ps->depth > COND_MAX_DEPTH) {
		fail(ps, "nested too deeply (at most " TEXT(COND_MAX_DEPTH) " levels of not and parentheses)");
		return NULL;
	}
	next(ps);
	struct cond *c;
	if (not) {
		c = node(K_NOT);
		if (c)
			c->a = parse_factor(ps);
	} else {
		c = parse_expr(ps);
		if (ps->tok != T_RP)
			fail(ps, "expected )");
		else
			next(ps);
	}
	ps->depth--;
	return c;
}

static struct cond *parse_factor(struct parser *ps)
{
	struct cond *c;
	if (ps->failed)
		return NULL;
	if (word_is(ps, "not") || ps->tok == T_LP)
		return parse_nested(ps);
	if (word_is(ps, "true") || word_is(ps, "false")) {
		c = node(K_CONST);
		if (c)
			c->value = word_is(ps, "true");
		next(ps);
		return c;
	}
	if (ps->tok == T_AT)
		return parse_criterion(ps);
	if (word_is(ps, "count"))
		return parse_count(ps);
	if (ps->tok != T_WORD) {
		fail(ps, "expected a question, @criterion, count(...), not or (");
		return NULL;
	}
	return parse_test(ps);
}

static struct cond *parse_binary(struct parser *ps, const char *op, enum cond_kind kind,
                                 struct cond *(*sub)(struct parser *))
{
	struct cond *left = sub(ps);
	while (!ps->failed && word_is(ps, op)) {
		next(ps);
		struct cond *c = node(kind);
		if (c) {
			c->a = left;
			c->b = sub(ps);
		}
		left = c;
	}
	return left;
}

static struct cond *parse_term(struct parser *ps)
{
	return parse_binary(ps, "and", K_AND, parse_factor);
}

static struct cond *parse_expr(struct parser *ps)
{
	return parse_binary(ps, "or", K_OR, parse_term);
}

struct cond *cond_parse(const char *src, const struct cond_names *names,
                        const char *file, int line, struct diags *d)
{
	struct parser ps = { .src = src, .p = src, .names = names, .file = file, .line = line, .d = d };
	next(&ps);
	struct cond *c = NULL;
	if (ps.tok == T_END)
		fail(&ps, "empty condition");
	else
		c = parse_expr(&ps);
	if (!ps.failed && ps.tok != T_END)
		fail(&ps, "expected and, or or the end");
	if (ps.failed || ps.unknown_names) {
		cond_free(c);
		return NULL;
	}
	if (c && !(c->text = strdup(src))) {
		cond_free(c);
		c = NULL;
	}
	if (!c)
		diag_add(d, file, line, "out of memory");
	return c;
}

const char *cond_text(const struct cond *c)
{
	return c && c->text ? c->text : "always";
}

static enum cond_tri tri_not(enum cond_tri t)
{
	return t == COND_UNKNOWN ? t : t == COND_TRUE ? COND_FALSE : COND_TRUE;
}

static bool compare(int x, enum cond_cmp cmp, int n)
{
	switch (cmp) {
	case CMP_EQ: return x == n;
	case CMP_NE: return x != n;
	case CMP_LT: return x < n;
	case CMP_LE: return x <= n;
	case CMP_GT: return x > n;
	case CMP_GE: return x >= n;
	}
	return false;
}

/* The count lies in [lo, hi]: true if the comparison holds for all of it,
 * false if for none, unknown otherwise. */
static enum cond_tri eval_count(const struct cond *c, const int *answers)
{
	int lo = 0, hi = 0;
	for (size_t i = 0; i < c->nq; i++) {
		int a = answers[c->qs[i]];
		if (a == COND_PENDING)
			hi++;
		else if (a >= 0 && a < 32 && (c->masks[i] >> a & 1)) {
			lo++;
			hi++;
		}
	}
	bool any = false, all = true;
	for (int x = lo; x <= hi; x++) {
		bool ok = compare(x, c->cmp, c->n);
		any |= ok;
		all &= ok;
	}
	return all ? COND_TRUE : any ? COND_UNKNOWN : COND_FALSE;
}

/* "and" (decided by a false side) or "or" (by a true one), in three
 * values: either side that decides it ends it; two sides alike agree; any
 * other pair is unknown. */
static enum cond_tri junction(const struct cond *c, const struct cond_env *env, enum cond_tri decides)
{
	enum cond_tri l = cond_eval(c->a, env);
	if (l == decides)
		return l;
	enum cond_tri r = cond_eval(c->b, env);
	if (r == decides)
		return r;
	return l == r ? l : COND_UNKNOWN;
}

enum cond_tri cond_eval(const struct cond *c, const struct cond_env *env)
{
	switch (c->kind) {
	case K_CONST:
		return c->value ? COND_TRUE : COND_FALSE;
	case K_IN: {
		int a = env->answers[c->qs[0]];
		if (a == COND_PENDING)
			return COND_UNKNOWN;
		return a >= 0 && a < 32 && (c->masks[0] >> a & 1) ? COND_TRUE : COND_FALSE;
	}
	case K_COUNT:
		return eval_count(c, env->answers);
	case K_CRIT:
		return cond_eval(env->criteria[c->crit], env);
	case K_NOT:
		return tri_not(cond_eval(c->a, env));
	case K_AND:
		return junction(c, env, COND_FALSE);
	case K_OR:
		return junction(c, env, COND_TRUE);
	}
	return COND_FALSE;
}

void cond_each_criterion(const struct cond *c, void (*fn)(void *ctx, int criterion), void *ctx)
{
	if (!c)
		return;
	if (c->kind == K_CRIT)
		fn(ctx, c->crit);
	cond_each_criterion(c->a, fn, ctx);
	cond_each_criterion(c->b, fn, ctx);
}

void cond_each_question(const struct cond *c, void (*fn)(void *ctx, int question), void *ctx)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nq; i++)
		fn(ctx, c->qs[i]);
	cond_each_question(c->a, fn, ctx);
	cond_each_question(c->b, fn, ctx);
}

void cond_each_mask(const struct cond *c, void (*fn)(void *ctx, int question, unsigned long mask),
                    void *ctx)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nq; i++)
		fn(ctx, c->qs[i], c->masks[i]);
	cond_each_mask(c->a, fn, ctx);
	cond_each_mask(c->b, fn, ctx);
}
