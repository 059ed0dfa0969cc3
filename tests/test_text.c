/*
 * Wrapping and cleaning text for the screen.  Every piece of advice goes
 * through text_wrap; a line wider than the pane spills or is cut off, a lost
 * word changes the advice, and a raw control byte from the content could
 * drive the person's terminal.
 */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static void utf8_locale(void)
{
	/* wcwidth needs a UTF-8 LC_CTYPE for wide and combining characters. */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		cr_assert_not_null(setlocale(LC_ALL, "en_US.UTF-8"), "no UTF-8 locale to test in");
}

TestSuite(text, .init = utf8_locale);

/* Mixed text: ASCII, Latin with a precomposed é ("café"), a decomposed é
 * ("cafe" + U+0301 COMBINING ACUTE), CJK wide characters, a long word, a
 * wide-only run with no spaces, and a run of spaces. */
static const char paragraph[] =
	"Probation Services Officer caf\xc3\xa9 na\xc3\xafve cafe\xcc\x81 r\xc3\xa9sum\xc3\xa9 "
	"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88 "
	"knowledge modules, about 200 hours each;  the  PQiP (15 or 21 months) "
	"Supercalifragilisticexpialidocious-and-more-so "
	"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xa7\xe3\x81\x99 "
	"end.";

static bool is_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* Width of the first character at s (through text_width). */
static int first_char_width(const char *s, size_t len)
{
	size_t n = 1;
	while (n < len && is_cont((unsigned char)s[n]))
		n++;
	return text_width(s, n);
}

/* The text with every space removed. */
static char *squeeze(const char *s, size_t len)
{
	char *o = malloc(len + 1);
	size_t k = 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ')
			o[k++] = s[i];
	o[k] = '\0';
	return o;
}

static void check_wrap(const char *s, int width)
{
	struct text_lines l = { 0 };
	size_t len = strlen(s);
	text_wrap(s, width, &l);
	cr_assert_gt(l.n, 0, "width %d: no lines at all", width);
	char *joined = calloc(1, len + 1);
	size_t jl = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct text_line *t = &l.v[i];
		const char *p = s + t->off;
		cr_assert_leq(t->off + t->len, len, "width %d line %zu runs past the text", width, i);
		cr_assert_gt(t->len, 0, "width %d line %zu is empty", width, i);
		/* Lines start and end on character boundaries. */
		cr_assert(!is_cont((unsigned char)p[0]), "width %d line %zu starts inside a character", width, i);
		cr_assert(t->off + t->len == len || !is_cont((unsigned char)s[t->off + t->len]),
		          "width %d line %zu ends inside a character", width, i);
		cr_assert_neq(p[0], ' ', "width %d line %zu starts with a space", width, i);
		cr_assert_neq(p[t->len - 1], ' ', "width %d line %zu ends with a space", width, i);
		cr_assert_eq(t->width, text_width(p, t->len), "width %d line %zu: width field %d is not its width %d",
		             width, i, t->width, text_width(p, t->len));
		if (t->width > width) {
			/* Only a single character wider than the pane may stand alone
			 * (with any combining marks, which take no column). */
			cr_assert(first_char_width(p, t->len) > width && first_char_width(p, t->len) == t->width,
			          "width %d line %zu is %d columns: %.*s", width, i, t->width, (int)t->len, p);
		}
		/* Lines come in order and do not overlap. */
		if (i > 0)
			cr_assert_geq(t->off, l.v[i - 1].off + l.v[i - 1].len, "width %d line %zu overlaps", width, i);
		memcpy(joined + jl, p, t->len);
		jl += t->len;
	}
	/* Nothing lost, nothing added, in order: the text less its spaces. */
	char *want = squeeze(s, len), *got = squeeze(joined, jl);
	cr_assert_str_eq(got, want, "width %d: the lines do not give back the text", width);
	free(want);
	free(got);
	free(joined);
	text_lines_free(&l);
}

Test(text, every_width_from_1_to_200)
{
	for (int w = 1; w <= 200; w++)
		check_wrap(paragraph, w);
}

/* The words of s, separated by single spaces (s has no newlines). */
static char *words(const char *s)
{
	char *o = malloc(strlen(s) + 1);
	size_t k = 0;
	for (const char *p = s; *p; p++)
		if (*p != ' ' || (k > 0 && o[k - 1] != ' '))
			o[k++] = *p;
	while (k > 0 && o[k - 1] == ' ')
		k--;
	o[k] = '\0';
	return o;
}

Test(text, rejoined_lines_give_back_the_words_in_order)
{
	/* With room for the longest word, no word is cut: the lines joined with
	 * single spaces are exactly the words, in order. */
	int longest = 0;
	for (const char *p = paragraph; *p;) {
		size_t n = strcspn(p, " ");
		int w = text_width(p, n);
		longest = w > longest ? w : longest;
		p += n;
		p += strspn(p, " ");
	}
	char *want = words(paragraph);
	for (int width = longest; width <= 200; width++) {
		struct text_lines l = { 0 };
		text_wrap(paragraph, width, &l);
		char *got = calloc(1, strlen(paragraph) + l.n + 1);
		for (size_t i = 0; i < l.n; i++) {
			if (i)
				strcat(got, " ");
			strncat(got, paragraph + l.v[i].off, l.v[i].len);
			cr_assert_leq(l.v[i].width, width);
		}
		/* (Runs of spaces inside a line are kept as written.) */
		char *gotw = words(got);
		cr_assert_str_eq(gotw, want, "width %d: words lost or reordered: {%s}", width, got);
		free(gotw);
		/* And the lines are filled: the next word would not have fitted. */
		for (size_t i = 0; i + 1 < l.n; i++) {
			const char *next = paragraph + l.v[i + 1].off;
			int nw = text_width(next, strcspn(next, " "));
			int gap = (int)(l.v[i + 1].off - (l.v[i].off + l.v[i].len)); /* the spaces between */
			cr_assert_gt(l.v[i].width + gap + nw, width,
			             "width %d: line %zu has room for the next word", width, i);
		}
		free(got);
		text_lines_free(&l);
	}
	free(want);
}

static void expect_lines(const char *s, int width, const char *const *want)
{
	struct text_lines l = { 0 };
	text_wrap(s, width, &l);
	size_t n = 0;
	while (want[n])
		n++;
	for (size_t i = 0; i < l.n; i++)
		cr_log_info("line %zu: |%.*s| (%d)", i, (int)l.v[i].len, s + l.v[i].off, l.v[i].width);
	cr_assert_eq(l.n, n, "width %d: want %zu lines, got %zu", width, n, l.n);
	for (size_t i = 0; i < n; i++) {
		char got[256];
		snprintf(got, sizeof got, "%.*s", (int)l.v[i].len, s + l.v[i].off);
		cr_expect_str_eq(got, want[i], "width %d line %zu", width, i);
	}
	text_lines_free(&l);
}

#define LINES(s, width, ...) expect_lines(s, width, (const char *const[]){ __VA_ARGS__, NULL })

Test(text, breaks_at_spaces)
{
	LINES("the quick brown fox", 9, "the quick", "brown fox");
	LINES("the quick brown fox", 10, "the quick", "brown fox");
	LINES("the quick brown fox", 19, "the quick brown fox");
	LINES("the quick brown fox", 15, "the quick brown", "fox");
	LINES("a  b   c", 1, "a", "b", "c");
}

Test(text, long_word_is_cut_across_lines)
{
	LINES("Supercalifragilistic", 6, "Superc", "alifra", "gilist", "ic");
	LINES("to Supercalifragilistic end", 8, "to", "Supercal", "ifragili", "stic end");
	/* Wide characters are cut between characters, never inside one. */
	LINES("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae", 5,
	      "\xe6\x97\xa5\xe6\x9c\xac", "\xe8\xaa\x9e\xe3\x81\xae");
	/* A combining mark stays with its letter. */
	LINES("e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 2, "e\xcc\x81" "e\xcc\x81", "e\xcc\x81");
}

Test(text, a_character_wider_than_the_width_stands_alone)
{
	LINES("\xe6\x97\xa5\xe6\x9c\xac x", 1, "\xe6\x97\xa5", "\xe6\x9c\xac", "x");
}

Test(text, newlines_and_blank_lines_are_kept)
{
	LINES("first line\nsecond", 40, "first line", "second");
	LINES("para one\n\npara two", 40, "para one", "", "para two");
	LINES("a\n\n\nb", 40, "a", "", "", "b");
	LINES("list:\n- one\n- two", 40, "list:", "- one", "- two");
	/* A break inside a wrapped paragraph, then the wrap goes on. */
	LINES("aaa bbb\nccc ddd eee", 7, "aaa bbb", "ccc ddd", "eee");
	LINES("ends with a newline\n", 40, "ends with a newline", "");
}

Test(text, empty_text_is_one_empty_line)
{
	LINES("", 10, "");
}

Test(text, line_widths_are_display_columns)
{
	struct text_lines l = { 0 };
	const char *s = "\xe6\x97\xa5\xe6\x9c\xac caf\xc3\xa9";
	text_wrap(s, 80, &l);
	cr_assert_eq(l.n, 1);
	cr_assert_eq(l.v[0].width, 9, "2 wide characters, a space and 4 letters: 9 columns, got %d", l.v[0].width);
	text_lines_free(&l);
}

Test(text, width_of_wide_and_combining_characters)
{
	cr_assert_eq(text_width("\xe6\x97\xa5", 3), 2, "one CJK character is 2 columns");
	cr_assert_eq(text_width("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", 9), 6);
	cr_assert_eq(text_width("caf\xc3\xa9", 5), 4, "precomposed e-acute is one column");
	cr_assert_eq(text_width("cafe\xcc\x81", 6), 4, "a combining mark takes no column");
	cr_assert_eq(text_width("hello", 5), 5);
	cr_assert_eq(text_width("hello", 3), 3, "only the first len bytes count");
	cr_assert_eq(text_width("", 0), 0);
	/* Bytes shown as '?' take one column each. */
	cr_assert_eq(text_width("\xff", 1), 1);
	cr_assert_eq(text_width("a\x1b" "b", 3), 3);
}

/* ---- sanitize ---- */

static void expect_clean(const char *in, const char *want)
{
	char *got = text_sanitize(in);
	cr_assert_not_null(got);
	cr_expect_str_eq(got, want);
	free(got);
}

Test(text, sanitize_replaces_escape_and_controls)
{
	/* ESC [ 2 J would clear the person's screen. */
	expect_clean("before\x1b[2Jafter", "before?[2Jafter");
	expect_clean("\x07\x08\x0b\x0c\x0d\x7f", "??????");
	expect_clean("\x01x\x1f", "?x?");
	/* C1 controls (U+0080..U+009F, here U+009B CSI) are valid UTF-8 but act
	 * on terminals too. */
	expect_clean("a\xc2\x9b" "31mb", "a?31mb");
}

Test(text, sanitize_replaces_invalid_utf8)
{
	expect_clean("caf\xe9", "caf?");                 /* Latin-1, not UTF-8 */
	expect_clean("\xff\xfe", "??");
	expect_clean("a\xc3(b", "a?(b");                  /* lead byte without continuation */
	expect_clean("\x80z", "?z");                      /* stray continuation byte */
	expect_clean("\xc0\xaf", "??");                   /* overlong '/' */
	expect_clean("x\xe6\x97", "x??");                 /* cut short at the end */
}

Test(text, sanitize_keeps_text_newlines_and_tabs)
{
	const char *ok = "Plain words.\n\n- caf\xc3\xa9, \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e, "
	                 "cafe\xcc\x81\tand a tab\n\xf0\x9f\x98\x80 end";
	expect_clean(ok, ok);
	expect_clean("", "");
}

Test(text, sanitized_text_is_safe_to_wrap)
{
	/* After sanitizing, every byte that is not part of a valid character is
	 * '?', so a line never carries a control byte to the screen. */
	const char *bad = "\x1b]0;title\x07 word \xff\xfe more\x9b text";
	char *clean = text_sanitize(bad);
	for (const unsigned char *p = (const unsigned char *)clean; *p; p++)
		cr_assert(*p >= 0x20 && *p != 0x7f, "control byte 0x%02x left in the sanitized text", *p);
	check_wrap(clean, 7);
	free(clean);
}
