/*
 * passage: finding the words of a source document that a statement cites.
 *
 * A source is plain text, read as lines.  A citation gives a line range or
 * a phrase; a phrase is found with any run of white space (a line break
 * included) matching any other, so a quote may run across lines as the
 * document wraps them.  Pure: no I/O.
 */
#ifndef PA_PASSAGE_H
#define PA_PASSAGE_H

#include <stdbool.h>
#include <stddef.h>

/* How many lines text has (a last line without a newline counts). */
int passage_count_lines(const char *text);
/* Lines first..last (1-based, in range) of text: where they start, and in
 * *len their bytes up to the end of the last, without its newline. */
const char *passage_lines(const char *text, int first, int last, size_t *len);
/* Where phrase first occurs in text: the lines it starts and ends on.
 * False when it does not occur (or is only white space). */
bool passage_find(const char *text, const char *phrase, int *first, int *last);

/* len bytes of s as paragraphs to wrap: a single line break becomes a
 * space, except before a line of its own (indented, a list's item, a
 * table's row); a blank line stays.  A new string (mem.h: never NULL). */
char *passage_flow(const char *s, size_t len);

#endif
