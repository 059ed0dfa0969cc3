/*
 * text: wrapping UTF-8 text into lines of a given display width.
 *
 * Widths are display columns (wcwidth), so wide and combining characters
 * line up.  Lines break at spaces; a word longer than the width is cut at a
 * character boundary.  "\n" starts a new line, a blank line separates
 * paragraphs.  Bytes that are not valid UTF-8 or are control characters are
 * shown as '?' so that text never reaches a terminal raw.  Pure: no I/O.
 */
#ifndef PA_TEXT_H
#define PA_TEXT_H

#include <stddef.h>

struct text_line {
	size_t off, len;   /* bytes of the source text */
	int width;         /* display columns */
};

struct text_lines {
	struct text_line *v;
	size_t n, cap;
};

/* Wrap s to width columns (width >= 1), appending to out.  Needs a UTF-8
 * LC_CTYPE for wcwidth; in other locales non-ASCII counts as one column. */
void text_wrap(const char *s, int width, struct text_lines *out);
void text_lines_free(struct text_lines *l);

/* The one UTF-8 decoder: the character at s (at most n bytes, n >= 1).
 * Returns its length in bytes (1 for a byte that starts no character);
 * *cp is its code point, or -1 when it is not valid UTF-8 (overlong, a
 * surrogate, beyond U+10FFFF) or is a control character (C0, DEL, C1). */
size_t text_utf8(const char *s, size_t n, long *cp);
/* For a terminal that shows only ASCII: a letter with an accent as the
 * letter without it (Welsh's â, ô, ŵ, ŷ: a, o, w, y), else '?'. */
char text_ascii_letter(long cp);

/* Display width of the first len bytes of s. */
int text_width(const char *s, size_t len);

/* Copy s into a new string with control characters and invalid UTF-8
 * replaced by '?' (newlines and tabs kept).  Never NULL; caller frees. */
char *text_sanitize(const char *s);

/* Where needle first occurs in s, ignoring ASCII case, or NULL; an empty
 * needle is found at the start. */
const char *text_find(const char *s, const char *needle);

#endif
