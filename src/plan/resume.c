/* resume: the answers as a short code with a check character, and back. */
#include "resume.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#define VERSION_DIGITS 2   /* per part of the version: 23^2 = 529 values */
#define HEAD (2 * VERSION_DIGITS)
#define WEIGHTS (RESUME_BASE - 1)

/* FNV-1a over s and its NUL, so that "ab","c" and "a","bc" differ. */
static uint32_t fnv(uint32_t h, const char *s)
{
	do {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	} while (*s++);
	return h;
}

/* The questions' shape (ids and values) or wording (texts and labels). */
static unsigned version(const struct content *c, int wording)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < content_nquestions(c); i++) {
		const struct content_question *q = content_question(c, i);
		h = fnv(h, wording ? q->text : q->id);
		for (size_t k = 0; k < q->noptions; k++)
			h = fnv(h, wording ? q->options[k].label : q->options[k].value);
		h = fnv(h, "\x1e");
	}
	return h % (RESUME_BASE * RESUME_BASE);
}

static unsigned radix(const struct content *c, size_t q)
{
	return (unsigned)content_question(c, q)->noptions + 1;
}

/* n (little-endian base-23 digits, *len of them) = n * r + add. */
static void mul_add(unsigned char *n, size_t *len, unsigned r, unsigned add)
{
	unsigned carry = add;
	for (size_t i = 0; i < *len; i++) {
		unsigned v = n[i] * r + carry;
		n[i] = (unsigned char)(v % RESUME_BASE);
		carry = v / RESUME_BASE;
	}
	while (carry) {
		n[(*len)++] = (unsigned char)(carry % RESUME_BASE);
		carry /= RESUME_BASE;
	}
}

/* The answers as one number, digits little-endian into n (room for two
 * per question and one more); returns how many.  answers NULL: the
 * largest number there is, which says how many digits every code has. */
static size_t to_number(const struct content *c, const int *answers, unsigned char *n)
{
	size_t len = 0;
	for (size_t q = 0; q < content_nquestions(c); q++) {
		unsigned r = radix(c, q);
		unsigned d = !answers ? r - 1 : answers[q] >= 0 && (unsigned)answers[q] < r - 1 ? (unsigned)answers[q] + 1 : 0;
		mul_add(n, &len, r, d);
	}
	return len ? len : (n[0] = 0, 1);
}

static size_t answer_digits(const struct content *c, unsigned char *scratch)
{
	return to_number(c, NULL, scratch);
}

size_t resume_size(const struct content *c)
{
	unsigned char *n = mem_alloc(2 * content_nquestions(c) + 2);
	size_t raw = HEAD + answer_digits(c, n) + 1;
	free(n);
	return raw + (raw - 1) / RESUME_GROUP + 1;
}

static unsigned weight(size_t i)
{
	return (unsigned)(i % WEIGHTS) + 1;
}

/* The inverse of w modulo 23 (w in 1..22). */
static unsigned inverse(unsigned w)
{
	unsigned x = 1;
	while (w * x % RESUME_BASE != 1)
		x++;
	return x;
}

/* The check character for the raw values v[0..n-1] that come before it. */
static unsigned check_of(const unsigned char *v, size_t n)
{
	unsigned sum = 0;
	for (size_t i = 0; i < n; i++)
		sum = (sum + weight(i) * v[i]) % RESUME_BASE;
	return (RESUME_BASE - sum) % RESUME_BASE * inverse(weight(n)) % RESUME_BASE;
}

/* The raw values of the code for answers into v: the version, the
 * answers' digits (most significant first) and the check; their number. */
static size_t raw_code(const struct content *c, const int *answers, unsigned char *v, unsigned char *n, size_t room)
{
	size_t digits = answer_digits(c, n);
	memset(n, 0, room);
	size_t len = to_number(c, answers, n), raw = HEAD + digits + 1;
	unsigned shape = version(c, 0), wording = version(c, 1);
	v[0] = (unsigned char)(shape / RESUME_BASE);
	v[1] = (unsigned char)(shape % RESUME_BASE);
	v[2] = (unsigned char)(wording / RESUME_BASE);
	v[3] = (unsigned char)(wording % RESUME_BASE);
	for (size_t j = 0; j < digits; j++)
		v[HEAD + j] = digits - 1 - j < len ? n[digits - 1 - j] : 0;
	v[raw - 1] = (unsigned char)check_of(v, raw - 1);
	return raw;
}

const char *resume_encode(const struct content *c, const int *answers, char *buf, size_t size)
{
	size_t room = 2 * content_nquestions(c) + 2;
	unsigned char *n = mem_alloc(room), *v = mem_alloc(HEAD + room + 1);
	size_t raw = raw_code(c, answers, v, n, room);
	const char *ok = raw + (raw - 1) / RESUME_GROUP < size ? buf : NULL;
	for (size_t i = 0, o = 0; ok && i < raw; i++) {
		if (i && i % RESUME_GROUP == 0)
			buf[o++] = '-';
		buf[o++] = RESUME_ALPHABET[v[i]];
		buf[o] = '\0';
	}
	explicit_bzero(n, room);
	explicit_bzero(v, HEAD + room + 1);
	free(n);
	free(v);
	return ok;
}

/* Each character's value into v (NULL: only checked and counted); the
 * count, or -1 with the character in *bad.  Case is ignored, and so are
 * the separators people type. */
static long values(const char *typed, unsigned char *v, char *bad)
{
	long n = 0;
	for (const char *p = typed; *p; p++) {
		if (*p == '-' || *p == ' ' || *p == '\t')
			continue;
		char ch = *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
		const char *at = ch ? strchr(RESUME_ALPHABET, ch) : NULL;
		if (!at) {
			*bad = *p;
			return -1;
		}
		if (v)
			v[n] = (unsigned char)(at - RESUME_ALPHABET);
		n++;
	}
	return n;
}

/* Divide n (big-endian base-23 digits) by r in place; the remainder. */
static unsigned div_small(unsigned char *n, size_t len, unsigned r)
{
	unsigned rem = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned cur = rem * RESUME_BASE + n[i];
		n[i] = (unsigned char)(cur / r);
		rem = cur % r;
	}
	return rem;
}

/* The answers out of the digits after the version; false when they are
 * more than today's questions can hold. */
static bool to_answers(const struct content *c, unsigned char *n, size_t len, int *answers)
{
	size_t nq = content_nquestions(c);
	int *got = mem_alloc((nq + 1) * sizeof *got);
	for (size_t q = nq; q-- > 0;) {
		unsigned d = div_small(n, len, radix(c, q));
		got[q] = d ? (int)d - 1 : COND_UNSET;
	}
	bool fits = true;
	for (size_t i = 0; i < len; i++)
		fits = fits && n[i] == 0;
	if (fits)
		memcpy(answers, got, nq * sizeof *got);
	explicit_bzero(got, nq * sizeof *got);
	free(got);
	return fits;
}

enum resume_status resume_decode(const struct content *c, const char *typed, int *answers, char *bad)
{
	long n = values(typed, NULL, bad);
	if (n < 0)
		return RESUME_BAD_CHAR;
	if (n == 0)
		return RESUME_EMPTY;
	unsigned char *v = mem_alloc((size_t)n), *scratch = mem_alloc(2 * content_nquestions(c) + 2);
	values(typed, v, bad);
	size_t digits = answer_digits(c, scratch);
	unsigned sum = 0;
	for (long i = 0; i < n; i++)
		sum = (sum + weight((size_t)i) * v[i]) % RESUME_BASE;
	enum resume_status s = RESUME_UNFIT;
	if (n < HEAD + 2)
		s = RESUME_BAD_LENGTH;
	else if (sum != 0)
		s = RESUME_BAD_CHECK;
	else if ((unsigned)(v[0] * RESUME_BASE + v[1]) != version(c, 0))
		s = RESUME_CHANGED;
	else if ((size_t)n != HEAD + digits + 1)
		s = RESUME_BAD_LENGTH;
	else if (to_answers(c, v + HEAD, digits, answers))
		s = (unsigned)(v[2] * RESUME_BASE + v[3]) == version(c, 1) ? RESUME_OK : RESUME_REWORDED;
	explicit_bzero(v, (size_t)n);
	free(v);
	free(scratch);
	return s;
}

const char *resume_message(enum resume_status s, char bad, char *buf, size_t size)
{
	static const char *const text[] = {
		[RESUME_OK] = "Your answers are back, and so is your plan.",
		[RESUME_REWORDED] = "Answers back, under today's rules. The questions changed since: check them.",
		[RESUME_EMPTY] = "Type the code you were given, for example K7Q-M4X-D9A.",
		[RESUME_BAD_LENGTH] = "That code is too short or too long: please check it against the one you were given.",
		[RESUME_BAD_CHECK] = "That code has a mistake in it (a character wrong, or two the wrong way round): "
		                     "please check it against the one you were given.",
		[RESUME_CHANGED] = "That code was made for an earlier set of questions, which have changed since, so its "
		                   "answers no longer fit: please answer the questions again.",
		[RESUME_UNFIT] = "That code holds answers this advisor's questions do not have: please check it, or "
		                 "answer the questions again.",
	};
	if (s == RESUME_BAD_CHAR)
		snprintf(buf, size, "A code never has the character \"%c\": codes use only the letters "
		                    "A C D E F G H J K M N P Q R T W X Y and the digits 3 4 6 7 9.",
		         bad > ' ' && bad < 0x7f ? bad : '?');
	else
		snprintf(buf, size, "%s", text[s]);
	return buf;
}
