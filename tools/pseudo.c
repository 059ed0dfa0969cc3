/*
 * pseudo: the pseudo-locale, a filter for msgfilter(1) that turns an
 * English string into a longer, accented one:
 *
 *   msgen po/probation-advisor.pot | msgfilter -i - -o pseudo.po --keep-header pseudo
 *
 * Each line of the string becomes "[" + its letters accented + " ~~~" + "]",
 * about 40% longer, its leading and trailing spaces kept outside and its
 * printf directives (%s, %zu, %.15g) left as they are.  A screen that cuts
 * a string off loses its "]", one that cannot show accents shows them
 * wrong, and one laid out for the English runs out of room: what the
 * screen tests look for.  Build-time tool only; never installed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The accented letter for c, or NULL to keep it. */
static const char *accent(char c)
{
	static const char from[] = "aeiouyAEIOUYcnw";
	static const char *const to[] = { "á", "é", "í", "ó", "ú", "ý", "Á", "É", "Í", "Ó", "Ú", "Ý", "ç", "ñ", "ŵ" };
	const char *at = strchr(from, c);
	return c && at ? to[at - from] : NULL;
}

/* The length of the printf directive at s ("%" onwards), 0 if none. */
static size_t directive(const char *s, size_t n)
{
	if (n < 2 || s[0] != '%')
		return 0;
	size_t k = 1 + strspn(s + 1, "-+ #0123456789.*hlLqjzt");
	return k < n && strchr("diouxXeEfgGcsp%", s[k]) ? k + 1 : 0;
}

static void line(const char *s, size_t n)
{
	size_t lead = 0, trail = 0, letters = 0;
	while (lead < n && s[lead] == ' ')
		lead++;
	while (trail < n - lead && s[n - 1 - trail] == ' ')
		trail++;
	fwrite(s, 1, lead, stdout);
	if (lead + trail == n)
		return;
	putchar('[');
	for (size_t i = lead; i < n - trail;) {
		size_t d = directive(s + i, n - trail - i);
		if (d) {
			fwrite(s + i, 1, d, stdout);
			i += d;
			continue;
		}
		const char *a = accent(s[i]);
		letters++;
		if (a)
			fputs(a, stdout);
		else
			putchar(s[i]);
		i++;
	}
	putchar(' ');
	for (size_t k = 0; k < (letters * 2 + 4) / 5; k++)
		putchar('~');
	putchar(']');
	fwrite(s + n - trail, 1, trail, stdout);
}

int main(void)
{
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	for (size_t got; buf && (got = fread(buf + len, 1, cap - len, stdin)) > 0;) {
		len += got;
		if (len == cap && !(buf = realloc(buf, cap *= 2)))
			break;
	}
	if (!buf)
		return 1;
	for (size_t i = 0; i < len;) {
		size_t n = 0;
		while (i + n < len && buf[i + n] != '\n')
			n++;
		line(buf + i, n);
		if (i + n < len)
			putchar('\n');
		i += n + 1;
	}
	free(buf);
	return ferror(stdout) ? 1 : 0;
}
