/*
 * rules: the pure rule module.  Given the content's questions, criteria and
 * outcomes and a person's answers, it says which question comes next, how far
 * along the person is, and finally which outcome applies and why.
 *
 * Answers are an int array with one slot per question (a value index or
 * COND_UNSET).  The flow walks the questions in order; a question whose ask
 * condition fails is skipped and its answer, if any, is kept but unused, so a
 * person who changes an earlier answer keeps the later ones that still apply.
 * No I/O, no curses, no globals: the same answers always give the same flow and outcome.
 */
#ifndef PA_RULES_H
#define PA_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

enum { RULES_NONE = -1, RULES_AMBIGUOUS = -2 };

struct rules_flow {
	int next;          /* question to ask now, or RULES_NONE when complete */
	int outcome;       /* when complete: outcome index, RULES_NONE or RULES_AMBIGUOUS */
	size_t asked;      /* questions on the path already answered */
	size_t estimate;   /* about how many questions the whole path has */
};

struct rules_reason {
	int criterion;
	bool met;
	bool fact;         /* a fact about the person (its text says which), not a requirement */
};

/* Plan from answers[]; effective[] (nquestions slots) receives the answers
 * the flow actually uses: skipped questions COND_UNSET, questions not yet
 * reached COND_PENDING. */
void rules_flow(const struct content *c, const int *answers, int *effective,
                struct rules_flow *flow);

/* Does cond hold for the effective answers?  NULL holds. */
bool rules_holds(const struct content *c, const struct cond *cond, const int *effective);

/* The criteria outcome o is decided by, met or not; returns how many were
 * written (at most max). */
size_t rules_reasons(const struct content *c, int outcome, const int *effective,
                     struct rules_reason *out, size_t max);

/* Whether question q is on the path for these effective answers. */
bool rules_used(const int *effective, int q);

/* Visit every complete path of the flow: every combination of answers to
 * the questions actually asked.  fn gets the effective answers and the flow;
 * returning false stops the walk.  Returns the number of paths visited. */
size_t rules_walk(const struct content *c,
                  bool (*fn)(void *ctx, const int *effective, const struct rules_flow *flow),
                  void *ctx);

/* A path of the walk by classes: options of a question that no rule tells
 * apart (every condition accepts both or neither) form one class, walked
 * once through its first option; weight is how many answer paths it
 * stands for.  The flow and the outcome are the same for each of them, so
 * proving one proves all, and the walk grows with the rules' distinctions,
 * not with the product of every option of every question. */
struct rules_path {
	const int *effective;
	struct rules_flow flow;
	double weight;
};

/* For option v of question q: the first option of its class. */
struct rules_classes;
struct rules_classes *rules_classes_new(const struct content *c);
/* Classes that none of the contents' rules tell apart: each content has
 * the same questions and options as the first. */
struct rules_classes *rules_classes_new_for(const struct content *const *cs, size_t n);
int rules_class_of(const struct rules_classes *k, int q, int v);
void rules_classes_free(struct rules_classes *k);

/* Walk by classes; returns the number of class paths visited. */
size_t rules_walk_classes(const struct content *c, const struct rules_classes *k,
                          bool (*fn)(void *ctx, const struct rules_path *p), void *ctx);

/* ---- whatif.c: what would change the result ---- */
struct rules_change {
	int question, option;
};
struct rules_whatif {
	struct rules_change change[2];
	size_t nchanges;
	int outcome;       /* the least favourable outcome the changes can lead to */
};

/* The outcome the changes ch[] to the effective answers lead to, walking
 * every answer to the questions they make the flow ask anew: the least
 * favourable (highest rank) of them; RULES_AMBIGUOUS if some way on has no
 * single ranked outcome. */
int rules_whatif_reaches(const struct content *c, const int *effective, const struct rules_change *ch,
                         size_t n);
/* The smallest changes (one answer, else two) a person can make by their
 * own effort (options with a reach) that lead to an outcome ranked nearer
 * to qualifying than outcome, nearest first; at most max of them.  None
 * when outcome has no rank. */
size_t rules_whatif(const struct content *c, const int *effective, int outcome, struct rules_whatif *out,
                    size_t max);

#endif
