/*
 * plant: defects planted in a scratch copy of the shipped content/, the way
 * the content and lint tests work.  Copy content/, replace one piece of text
 * (a test whose text is no longer there fails as stale, instead of passing
 * on content it did not break), find the line to expect by searching the
 * edited file, never as a number, and look for "file:line: message" among
 * the problems reported.  Every helper fails the test at once with Criterion.
 */
#ifndef PA_TEST_PLANT_H
#define PA_TEST_PLANT_H

#include <stddef.h>

#include "diag.h"

/* The path the tests copy: run from the top of the repository. */
#define PLANT_SHIPPED "content"

/* A copy of content/ in a new scratch directory; scratch_free() it. */
char *plant_copy(void);
/* The same without the Welsh (cy/): for a test that adds an element to
 * the English, which the Welsh would then rightly lack. */
char *plant_copy_english(void);
/* Replace the first from by to in dir/name. */
void plant(const char *dir, const char *name, const char *from, const char *to);
/* The same with a replacement of tolen bytes, which may hold NUL bytes. */
void plant_bytes(const char *dir, const char *name, const char *from, const char *to, size_t tolen);
/* The 1-based line of dir/name holding needle. */
int plant_line(const char *dir, const char *name, const char *needle);
/* d must hold dir/name:ln: msg (ln 0 for the file as a whole), and exactly
 * total problems unless total is 0. */
void plant_expect(const struct diags *d, const char *dir, size_t total, const char *name, int ln, const char *msg);
/* The same through the program: --check-content dir exits 2, says
 * dir/name:ln: msg (dir/name: msg for ln 0) and writes nothing else to
 * its output. */
void plant_expect_check(const char *dir, const char *name, int ln, const char *msg);

#endif
