/*
 * diag: the list every loader reports problems into.  What a person sees is
 * diag_print's output, one "file:line: message" per problem, in the order
 * they were found, so that is what these tests read back.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Everything diag_print writes, as a new string. */
static char *printed(const struct diags *d)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cr_assert_not_null(f, "open_memstream failed");
	diag_print(d, f);
	cr_assert_eq(fclose(f), 0, "closing the memory stream failed");
	return buf;
}

Test(diag, line_is_printed_as_file_colon_line)
{
	struct diags d = { 0 };
	diag_add(&d, "content/meta.cfg", 7, "\"reviewed\" must be a date written YYYY-MM-DD, not \"%s\"",
	         "23/11/2026");
	cr_assert_eq(d.n, 1, "one problem added, %zu kept", d.n);
	cr_assert_str_eq(d.v[0].file, "content/meta.cfg");
	cr_assert_eq(d.v[0].line, 7);
	cr_assert_str_eq(d.v[0].msg, "\"reviewed\" must be a date written YYYY-MM-DD, not \"23/11/2026\"");
	char *out = printed(&d);
	cr_assert_str_eq(out, "content/meta.cfg:7: \"reviewed\" must be a date written YYYY-MM-DD, "
	                      "not \"23/11/2026\"\n");
	free(out);
	diag_free(&d);
}

Test(diag, line_zero_is_the_whole_file)
{
	struct diags d = { 0 };
	diag_add(&d, "content/meta.cfg", 0, "is too large (%d bytes; the limit is %d)", 2000000, 1048576);
	char *out = printed(&d);
	cr_assert_str_eq(out, "content/meta.cfg: is too large (2000000 bytes; the limit is 1048576)\n",
	                 "a problem with the whole file has no line number: got %s", out);
	free(out);
	diag_free(&d);
}

Test(diag, no_file_prints_an_empty_name_not_null)
{
	struct diags d = { 0 };
	diag_add(&d, NULL, 3, "no file given");
	cr_assert_not_null(d.v[0].file, "file must never be NULL");
	cr_assert_str_eq(d.v[0].file, "");
	char *out = printed(&d);
	cr_assert_str_eq(out, ":3: no file given\n");
	free(out);
	diag_free(&d);
}

Test(diag, message_is_formatted_once_not_reinterpreted)
{
	/* A message that itself contains a '%' (from content text) prints as is. */
	struct diags d = { 0 };
	diag_add(&d, "x.cfg", 1, "unknown setting \"%s\"", "100%s%n");
	char *out = printed(&d);
	cr_assert_str_eq(out, "x.cfg:1: unknown setting \"100%s%n\"\n");
	free(out);
	diag_free(&d);
}

Test(diag, the_strings_are_copies)
{
	/* A caller's buffers may change or go away after diag_add. */
	char file[32] = "a.cfg", word[32] = "first";
	struct diags d = { 0 };
	diag_add(&d, file, 2, "%s", word);
	strcpy(file, "changed.cfg");
	strcpy(word, "changed");
	cr_assert_str_eq(d.v[0].file, "a.cfg");
	cr_assert_str_eq(d.v[0].msg, "first");
	diag_free(&d);
}

Test(diag, order_is_kept)
{
	struct diags d = { 0 };
	diag_add(&d, "b.cfg", 9, "second file first");
	diag_add(&d, "a.cfg", 0, "whole file");
	diag_add(&d, "a.cfg", 2, "then line %d", 2);
	diag_add(&d, "a.cfg", 1, "then line %d", 1);
	char *out = printed(&d);
	cr_assert_str_eq(out,
	                 "b.cfg:9: second file first\n"
	                 "a.cfg: whole file\n"
	                 "a.cfg:2: then line 2\n"
	                 "a.cfg:1: then line 1\n",
	                 "problems must print in the order they were found, not sorted: %s", out);
	free(out);
	diag_free(&d);
}

Test(diag, many_entries_all_kept_in_order)
{
	enum { N = 5000 };
	struct diags d = { 0 };
	for (int i = 0; i < N; i++)
		diag_add(&d, "many.cfg", i + 1, "problem number %d", i);
	cr_assert_eq(d.n, N, "%d problems added, %zu kept", N, d.n);
	for (int i = 0; i < N; i++) {
		cr_assert_eq(d.v[i].line, i + 1, "entry %d has line %d", i, d.v[i].line);
		char want[64];
		snprintf(want, sizeof want, "problem number %d", i);
		cr_assert_str_eq(d.v[i].msg, want);
	}
	char *out = printed(&d);
	char *p = out;
	for (int i = 0; i < N; i++) {
		char want[64];
		int n = snprintf(want, sizeof want, "many.cfg:%d: problem number %d\n", i + 1, i);
		cr_assert_eq(strncmp(p, want, (size_t)n), 0, "printed line %d is wrong", i + 1);
		p += n;
	}
	cr_assert_eq(*p, '\0', "nothing may follow the last problem");
	free(out);
	diag_free(&d);
}

Test(diag, long_message_is_not_cut)
{
	char big[10001];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	struct diags d = { 0 };
	diag_add(&d, "f.cfg", 4, "condition \"%s\": unknown question", big);
	cr_assert_eq(strlen(d.v[0].msg), strlen(big) + strlen("condition \"\": unknown question"));
	diag_free(&d);
}

Test(diag, free_empties_the_list_for_reuse)
{
	struct diags d = { 0 };
	diag_add(&d, "a.cfg", 1, "one");
	diag_add(&d, "a.cfg", 2, "two");
	diag_free(&d);
	cr_assert_eq(d.n, 0);
	cr_assert_null(d.v);
	char *out = printed(&d);
	cr_assert_str_eq(out, "", "an empty list prints nothing");
	free(out);
	diag_add(&d, "b.cfg", 3, "after free");
	out = printed(&d);
	cr_assert_str_eq(out, "b.cfg:3: after free\n");
	free(out);
	diag_free(&d);
	diag_free(&d); /* twice is harmless */
	cr_assert_eq(d.n, 0);
}
