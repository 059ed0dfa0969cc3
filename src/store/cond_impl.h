/*
 * The parsed form of a condition, shared by cond.c and the built-in
 * content that tools/pack compiles into the program (a condition there is
 * static data, never freed).  Nothing else may look inside.
 */
#ifndef PA_COND_IMPL_H
#define PA_COND_IMPL_H

#include <stdint.h>

#include "cond.h"

enum cond_kind { K_CONST, K_IN, K_COUNT, K_CRIT, K_NOT, K_AND, K_OR };
enum cond_cmp { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE };

struct cond {
	enum cond_kind kind;
	bool value;             /* K_CONST */
	int crit;               /* K_CRIT */
	struct cond *a, *b;     /* K_NOT (a), K_AND, K_OR */
	size_t nq;              /* K_IN (1), K_COUNT (1 or more) */
	int *qs;
	uint32_t *masks;        /* per question: the option indices that match */
	enum cond_cmp cmp;      /* K_COUNT */
	int n;
	char *text;             /* the whole condition as written (the root only), or NULL */
};

#endif
