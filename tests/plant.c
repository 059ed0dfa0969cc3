/* plant: defects planted in a copy of the shipped content. */
#include "plant.h"

#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

char *plant_copy(void)
{
	char *dir = copy_content(PLANT_SHIPPED);
	cr_assert_gt(line_of(dir, "meta.cfg", "title"), 0,
	             "could not copy %s/ (run the tests from the top of the repository)", PLANT_SHIPPED);
	return dir;
}

char *plant_copy_english(void)
{
	char *dir = copy_content_english(PLANT_SHIPPED);
	cr_assert_gt(line_of(dir, "meta.cfg", "title"), 0,
	             "could not copy %s/ (run the tests from the top of the repository)", PLANT_SHIPPED);
	return dir;
}

void plant(const char *dir, const char *name, const char *from, const char *to)
{
	plant_bytes(dir, name, from, to, strlen(to));
}

void plant_bytes(const char *dir, const char *name, const char *from, const char *to, size_t tolen)
{
	cr_assert(edit_file_bytes(dir, name, from, to, tolen), "%s no longer contains {%s}: update this test", name,
	          from);
}

int plant_line(const char *dir, const char *name, const char *needle)
{
	int l = line_of(dir, name, needle);
	cr_assert_gt(l, 0, "%s has no {%s}", name, needle);
	return l;
}

void plant_expect(const struct diags *d, const char *dir, size_t total, const char *name, int ln, const char *msg)
{
	char file[4096];
	snprintf(file, sizeof file, "%s/%s", dir, name);
	bool found = false;
	for (size_t i = 0; i < d->n; i++)
		found |= strcmp(d->v[i].file, file) == 0 && d->v[i].line == ln && strcmp(d->v[i].msg, msg) == 0;
	char *all = problem_list(d);
	cr_assert(found, "want %s:%d: %s\ngot:\n%s", name, ln, msg, all);
	if (total)
		cr_assert_eq(d->n, total, "want %zu problems, got %zu:\n%s", total, d->n, all);
	free(all);
}

void plant_expect_check(const char *dir, const char *name, int ln, const char *msg)
{
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--check-content", dir, NULL }, NULL);
	char want[4096];
	if (ln > 0)
		snprintf(want, sizeof want, "%s/%s:%d: %s\n", dir, name, ln, msg);
	else
		snprintf(want, sizeof want, "%s/%s: %s\n", dir, name, msg);
	xml_safe(r.err);
	cr_assert_eq(r.status, 2, "--check-content on a defect must exit 2, got %d; stderr:\n%s", r.status, r.err);
	cr_assert_not_null(strstr(r.err, want), "stderr lacks {%s}; got:\n%s", want, r.err);
	cr_assert_eq(r.out[0], '\0', "nothing may go to stdout on failure");
	run_free(&r);
}
