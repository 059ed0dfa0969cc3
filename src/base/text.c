/* text: word wrapping by display width, and making text safe to show. */
#include "text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "mem.h"

size_t text_utf8(const char *s, size_t n, long *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c = p[0];
	size_t len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
	           : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
	*cp = -1;
	if (len == 0 || len > n)
		return 1;
	long v = len == 1 ? (long)c : (long)(c & (0x7f >> len));
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 1;
		v = v << 6 | (p[i] & 0x3f);
	}
	static const long min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (v < min[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) || v < 0x20 ||
	    (v >= 0x7f && v <= 0x9f))
		return len;
	*cp = v;
	return len;
}

static int char_width(long cp)
{
	if (cp < 0)
		return 1; /* shown as '?' */
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

int text_width(const char *s, size_t len)
{
	int w = 0;
	size_t i = 0;
	while (i < len) {
		long cp;
		size_t n = text_utf8(s + i, len - i, &cp);
		w += s[i] == '\t' ? 1 : char_width(cp);
		i += n;
	}
	return w;
}

static void push(struct text_lines *out, size_t off, size_t len, int width)
{
	out->v = mem_room(out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = (struct text_line){ off, len, width };
}

/* Wrap one line of the source (no '\n' in [start, end)). */
static void wrap_line(const char *s, size_t start, size_t end, int width, struct text_lines *out)
{
	size_t pos = start;
	if (start == end) {
		push(out, start, 0, 0);
		return;
	}
	while (pos < end) {
		size_t ls = pos, p = pos, brk_end = 0, brk_next = 0;
		int col = 0, brk_col = 0;
		bool full = false;
		while (p < end) {
			long cp;
			size_t n = text_utf8(s + p, end - p, &cp);
			bool space = s[p] == ' ' || s[p] == '\t';
			int w = space ? 1 : char_width(cp);
			if (space && p > ls) {
				brk_end = p;
				brk_col = col;
				brk_next = p + 1;
			}
			if (col + w > width && !space) {
				full = true;
				break;
			}
			col += w;
			p += n;
		}
		if (!full) {
			/* The rest fits; drop trailing blanks. */
			size_t e = end;
			while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t'))
				e--;
			push(out, ls, e - ls, text_width(s + ls, e - ls));
			return;
		}
		size_t e = brk_end;
		while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		if (brk_end > ls && e == ls) {
			/* Only blanks before the break: an indent wider than the
			 * width.  Drop it rather than show an empty line. */
			pos = brk_next;
		} else if (brk_end > ls) {
			push(out, ls, e - ls, e == brk_end ? brk_col : text_width(s + ls, e - ls));
			pos = brk_next;
		} else {
			/* One word longer than the width: cut it, at least one character. */
			if (p == ls) {
				long cp;
				p += text_utf8(s + p, end - p, &cp);
				col = char_width(cp);
			}
			push(out, ls, p - ls, col);
			pos = p;
		}
		while (pos < end && (s[pos] == ' ' || s[pos] == '\t'))
			pos++;
	}
}

void text_wrap(const char *s, int width, struct text_lines *out)
{
	if (width < 1)
		width = 1;
	size_t start = 0, len = strlen(s);
	for (;;) {
		const char *nl = memchr(s + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - s) : len;
		wrap_line(s, start, end, width, out);
		if (!nl)
			break;
		start = end + 1;
	}
}

void text_lines_free(struct text_lines *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

char text_ascii_letter(long cp)
{
	/* U+00C0 to U+017F by the first letter of their Unicode decomposition. */
	static const char latin[] = "AAAAAA?CEEEEIIII?NOOOOO??UUUUY??aaaaaa?ceeeeiiii?nooooo??uuuuy?y"
	                            "AaAaAaCcCcCcCcDd??EeEeEeEeEeGgGgGgGgHh??IiIiIiIiI???JjKk?LlLlLl?"
	                            "???NnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTt??UuUuUuUuUuUuWwYyYZzZzZz?";
	if (cp >= 0xc0 && cp < 0x180)
		return latin[cp - 0xc0];
	if (cp >= 0x1e80 && cp <= 0x1e85) /* Welsh's w with grave, acute, diaeresis */
		return cp & 1 ? 'w' : 'W';
	if (cp == 0x1ef2 || cp == 0x1ef3) /* y with grave */
		return cp & 1 ? 'y' : 'Y';
	return '?';
}

char *text_sanitize(const char *s)
{
	size_t len = strlen(s);
	char *out = mem_alloc(len + 1);
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		long cp;
		size_t n = text_utf8(s + i, len - i, &cp);
		if (cp < 0 && s[i] != '\n' && s[i] != '\t') {
			out[o++] = '?';
		} else {
			memcpy(out + o, s + i, n);
			o += n;
		}
		i += n;
	}
	out[o] = '\0';
	return out;
}

const char *text_find(const char *s, const char *needle)
{
	size_t n = strlen(needle);
	for (; *s; s++)
		if (strncasecmp(s, needle, n) == 0)
			return s;
	return n ? NULL : s;
}
