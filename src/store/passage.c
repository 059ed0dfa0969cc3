/* passage: lines and phrases of a source document. */
#include "passage.h"

#include <string.h>

#include "mem.h"

/* The bytes of the white space character at s (a space, tab, line break
 * or no-break space, which documents copied from the web are full of), or 0. */
static size_t space(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		return 1;
	return (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0 ? 2 : 0;
}

static const char *skip_space(const char *s)
{
	for (size_t n; (n = space(s)) != 0;)
		s += n;
	return s;
}

int passage_count_lines(const char *text)
{
	int n = 0;
	for (const char *s = text; *s; s++)
		n += *s == '\n' || s[1] == '\0';
	return n;
}

const char *passage_lines(const char *text, int first, int last, size_t *len)
{
	const char *s = text;
	for (int line = 1; line < first && *s; line++)
		s += strcspn(s, "\n") + (s[strcspn(s, "\n")] == '\n');
	const char *e = s;
	for (int line = first; *e; line++) {
		e += strcspn(e, "\n");
		if (line == last || !*e)
			break;
		e++;
	}
	*len = (size_t)(e - s);
	return s;
}

/* The end of phrase q matched at t, or NULL: runs of white space match
 * each other whatever their length. */
static const char *match_at(const char *t, const char *q)
{
	while (*q) {
		if (space(q)) {
			q = skip_space(q);
			if (!*q)
				break;
			if (!space(t))
				return NULL;
			t = skip_space(t);
		} else if (*t++ != *q++) {
			return NULL;
		}
	}
	return t;
}

static int line_at(const char *text, const char *at)
{
	int line = 1;
	for (const char *s = text; s < at; s++)
		line += *s == '\n';
	return line;
}

bool passage_find(const char *text, const char *phrase, int *first, int *last)
{
	phrase = skip_space(phrase);
	if (!*phrase)
		return false;
	for (const char *t = strchr(text, *phrase); t; t = strchr(t + 1, *phrase)) {
		const char *end = match_at(t, phrase);
		if (!end)
			continue;
		*first = line_at(text, t);
		while (end > t && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\t' || end[-1] == '\r'))
			end--;
		*last = *first + line_at(t, end) - 1;
		return true;
	}
	return false;
}

/* Does the line at s start an item of its own (a list's, a table's)? */
static bool own_line(const char *s)
{
	return *s == ' ' || *s == '\t' || *s == '|' || *s == '-' || *s == '*' || strncmp(s, "\xe2\x80\xa2", 3) == 0 ||
	       (*s >= '0' && *s <= '9' && s[strspn(s, "0123456789")] == '.');
}

char *passage_flow(const char *s, size_t len)
{
	char *out = mem_strndup(s, len);
	for (size_t i = 0; i < len; i++)
		if (out[i] == '\n' && i > 0 && out[i - 1] != '\n' && i + 1 < len && out[i + 1] != '\n' &&
		    !own_line(out + i + 1))
			out[i] = ' ';
	return out;
}
