/*
 * resume: a short code that carries a person's answers, and nothing else,
 * so that they can come back to their plan later without the program
 * keeping anything: they take the code away, on paper or in their head.
 *
 * A code is letters and digits from an alphabet of 23 that leaves out the
 * characters people confuse (0 O, 1 I L, 2 Z, 5 S, 8 B, U V), in groups of
 * three: "K7Q-M4X-D9A".  In order it holds:
 *   - two characters of the questions' shape: every question's id and every
 *     option's value, in order (what the numbers of the answers point at);
 *   - two characters of their wording: every question's text and every
 *     option's label, in order (what the person was asked);
 *   - the answers: one number in mixed radix, a digit of (options + 1) per
 *     question, 0 for a question not answered;
 *   - a check character: the sum of every character's value times its
 *     weight, (position mod 22) + 1, is 0 modulo 23.  As 23 is prime and
 *     the weights are non-zero, a single wrong character changes the sum by
 *     weight x difference, never 0 mod 23; as neighbouring weights differ,
 *     two neighbours swapped change it by (w1 - w2) x (a - b), never 0
 *     either.  So every single typo and every swap of neighbours is found.
 * The content's version is the shape and the wording together.  A code
 * whose shape is today's but whose wording is older still fits: its
 * answers are taken, the plan made under today's rules, and the person
 * told that the questions have changed since (RESUME_REWORDED).  A code
 * whose shape differs is refused (RESUME_CHANGED): its numbers could point
 * at other answers now.  Pure: no I/O, no clock.
 */
#ifndef PA_RESUME_H
#define PA_RESUME_H

#include <stddef.h>

#include "content.h"

#define RESUME_ALPHABET "ACDEFGHJKMNPQRTWXY34679"
#define RESUME_BASE 23
#define RESUME_GROUP 3
#define RESUME_MAX 64    /* room for a code of the shipped content, or one typed */

enum resume_status {
	RESUME_OK,        /* today's content: the answers as they were */
	RESUME_REWORDED,  /* accepted: the questions were reworded since */
	RESUME_EMPTY,     /* nothing typed */
	RESUME_BAD_CHAR,  /* a character no code has */
	RESUME_BAD_LENGTH,
	RESUME_BAD_CHECK, /* a typo: the check character does not agree */
	RESUME_CHANGED,   /* refused: made for questions that have changed */
	RESUME_UNFIT      /* refused: answers that today's questions do not have */
};

/* Bytes a code of this content takes, separators and NUL included. */
size_t resume_size(const struct content *c);
/* The code for answers[] (one per question, COND_UNSET where not given),
 * grouped, into buf; NULL when size is too small. */
const char *resume_encode(const struct content *c, const int *answers, char *buf, size_t size);
/* Read a code as typed (any case; spaces and dashes ignored) into
 * answers[] (one slot per question), which are touched only when the
 * status is RESUME_OK or RESUME_REWORDED.  *bad gets the offending
 * character for RESUME_BAD_CHAR. */
enum resume_status resume_decode(const struct content *c, const char *typed, int *answers, char *bad);
/* Was the code taken? */
#define RESUME_TAKEN(s) ((s) == RESUME_OK || (s) == RESUME_REWORDED)
/* What to tell the person, as a full sentence, into buf. */
const char *resume_message(enum resume_status s, char bad, char *buf, size_t size);

#endif
