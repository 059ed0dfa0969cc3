/* english: the catalogue's English, looked for on a Welsh screen. */
#include "english.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define PO "po/cy.po"
#define NEEDLE_MAX 28

static char **phrases;
static size_t nphrases;

/* The string of a PO entry's line(s) from *at: "..." joined, unescaped. */
static char *po_string(char **at)
{
	size_t cap = 256, n = 0;
	char *out = malloc(cap);
	char *p = *at;
	while (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			char c = *p;
			if (c == '\\' && p[1])
				c = *++p == 'n' ? '\n' : *p == 't' ? '\t' : *p;
			if (n + 2 > cap)
				out = realloc(out, cap *= 2);
			out[n++] = c;
		}
		p += *p == '"';
		while (*p == '\n' || *p == ' ')
			p++;
	}
	out[n] = '\0';
	*at = p;
	return out;
}

static bool has_word(const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		run = isalpha((unsigned char)s[i]) ? run + 1 : 0;
		if (run >= 4)
			return true;
	}
	return false;
}

/* The needle for a phrase: itself, or its first words up to NEEDLE_MAX. */
static void add_phrase(const char *s, size_t n, const char *welsh)
{
	while (n && (*s == ' ' || *s == '-' || *s == '(' || *s == '['))
		s++, n--;
	while (n && strchr(" :.,;()[]", s[n - 1]))
		n--;
	if (n > NEEDLE_MAX) {
		size_t k = NEEDLE_MAX;
		while (k > 8 && s[k] != ' ')
			k--;
		n = k;
	}
	if (n < 3 || !has_word(s, n))
		return;
	char *needle = strndup(s, n);
	if (strstr(welsh, needle)) {
		free(needle);
		return;
	}
	phrases = realloc(phrases, (nphrases + 1) * sizeof *phrases);
	phrases[nphrases++] = needle;
}

/* Cut an English string into its phrases. */
static void add_string(const char *en, const char *welsh)
{
	const char *start = en;
	for (const char *p = en;; p++) {
		bool cut = !*p || *p == '\n' || *p == '%' || *p == '"' || (*p == '.' && p[1] == ' ') ||
		           (*p == ':' && p[1] == ' ');
		if (!cut)
			continue;
		add_phrase(start, (size_t)(p - start), welsh);
		if (!*p)
			break;
		if (*p == '%')
			p += strspn(p + 1, "-+ #0123456789.*hlLqjzt") + 1;
		start = p + 1;
	}
}

static void load(void)
{
	if (phrases)
		return;
	char *text = get_file(PO, NULL);
	cr_assert_not_null(text, "cannot read %s (run the tests from the top of the repository)", PO);
	for (char *p = text; (p = strstr(p, "\nmsgid \""));) {
		p += 7;
		char *id = po_string(&p), *plural = NULL;
		if (strncmp(p, "msgid_plural ", 13) == 0) {
			p += 13;
			plural = po_string(&p);
		}
		p += strcspn(p, "\"");
		char *str = po_string(&p);
		if (*id && *str) {
			add_string(id, str);
			if (plural)
				add_string(plural, str);
		}
		free(id);
		free(plural);
		free(str);
	}
	free(text);
}

static bool letter(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

const char *english_left(const char *screen)
{
	load();
	for (size_t i = 0; i < nphrases; i++) {
		size_t n = strlen(phrases[i]);
		for (const char *at = screen; (at = strstr(at, phrases[i])); at++)
			if ((at == screen || !letter((unsigned char)at[-1])) && !letter((unsigned char)at[n]))
				return phrases[i];
	}
	return NULL;
}

size_t english_phrases(void)
{
	load();
	return nphrases;
}
