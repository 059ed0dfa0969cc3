/* The manual pages: well-formed, complete, and their example is real. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static const char *const pages[] = { "man/probation-advisor.1", "man/probation-advisor-content.5" };

Test(docs, groff_reports_nothing)
{
	for (size_t i = 0; i < 2; i++) {
		struct run r;
		run_cmd(&r, NULL, ARGS("groff", "-man", "-ww", "-z", pages[i]), NULL);
		cr_assert_neq(r.status, 127, "groff is not installed: %s", r.err);
		cr_expect_eq(r.status, 0, "%s", pages[i]);
		cr_expect_str_eq(r.err, "", "%s: %s", pages[i], r.err);
		run_free(&r);
	}
}

/* The page's text with the man escapes an example needs undone. */
static char *unescape(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	while (*s) {
		if (s[0] == '\\' && s[1] == 'e') {
			*o++ = '\\';
			s += 2;
		} else if (s[0] == '\\' && s[1] == '&') {
			s += 2;
		} else if (s[0] == '\\' && s[1] == '-') {
			*o++ = '-';
			s += 2;
		} else if (s[0] == '\\' && s[1] == '(' && s[2] == 'd' && s[3] == 'q') {
			*o++ = '"';
			s += 4;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
	return out;
}

Test(docs, content_page_example_is_the_checked_example_directory)
{
	char *page = get_file("man/probation-advisor-content.5", NULL);
	cr_assert_not_null(page);
	char *plain = unescape(page);
	static const char *const files[] = { "meta.cfg", "faq.cfg", "questions.cfg", "outcomes.cfg",
		                             "levels.cfg", "contacts.cfg", "sources/faq.txt" };
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char path[64];
		snprintf(path, sizeof path, "man/example/%s", files[i]);
		char *text = get_file(path, NULL);
		cr_assert_not_null(text, "%s is missing", path);
		cr_expect(strstr(plain, text) != NULL, "%s is not in the page word for word", path);
		free(text);
	}
	struct run r;
	run_pa(&r, NULL, ARGS("--check-content", "man/example"), NULL);
	cr_expect_eq(r.status, 0, "the page's example does not pass: %s", r.err);
	run_free(&r);
	free(plain);
	free(page);
}

Test(docs, program_page_describes_every_option_of_help)
{
	char *page = get_file("man/probation-advisor.1", NULL);
	cr_assert_not_null(page);
	char *plain = unescape(page);
	struct run r;
	run_pa(&r, NULL, ARGS("--help"), NULL);
	size_t n = 0;
	for (const char *p = r.out; (p = strstr(p, "  --")); p += 4) {
		char opt[40];
		sscanf(p + 2, "%39[-a-z]", opt);
		cr_expect(strstr(plain, opt) != NULL, "the man page does not describe %s", opt);
		n++;
	}
	cr_assert_geq(n, 8, "--help lists only %zu options", n);
	static const char *const sections[] = { "OPTIONS", "KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS",
		                                "EXAMPLES" };
	for (size_t i = 0; i < 6; i++)
		cr_expect(strstr(plain, sections[i]) != NULL, "no %s section", sections[i]);
	run_free(&r);
	free(plain);
	free(page);
}
