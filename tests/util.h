/*
 * Test helpers: run the real program with arguments and input and collect
 * what it printed; make scratch directories and files; list the problems
 * a load reported, for failure messages.  The program is
 * $PA_BIN, or ./probation-advisor when unset (make check sets it).
 */
#ifndef PA_TEST_UTIL_H
#define PA_TEST_UTIL_H

#include <stdbool.h>
#include <stddef.h>

struct diags;

struct run {
	int status;          /* exit status, or 128 + signal */
	char *out, *err;     /* NUL-terminated */
};

const char *pa_bin(void);
/* In a child about to exec: env's "NAME=value" entries set, "NAME" ones
 * unset (NULL-terminated, may be NULL). */
void env_apply(const char *const *env);

/* Run pa_bin() with args (NULL-terminated, without argv[0]), feeding input
 * (may be NULL: stdin is /dev/null).  env: extra "NAME=value" entries or
 * "NAME" to unset, NULL-terminated, may be NULL.  Gives up after 20 s. */
void run_pa(struct run *r, const char *input, const char *const *args, const char *const *env);
/* The same for any program: argv[0] is looked up in PATH. */
void run_cmd(struct run *r, const char *input, const char *const *argv, const char *const *env);
void run_free(struct run *r);
/* Expect text to hold each of the NULL-ended wants (what): a miss fails
 * the test, naming the missing text and showing the whole of text. */
void expect_holds(const char *what, const char *text, const char *const *wants);

/* A new empty directory under $TMPDIR (or /tmp); caller frees the name. */
char *scratch_dir(void);
/* Remove a scratch directory and all in it, and free its name (NULL: nothing). */
void scratch_free(char *dir);
/* Write text to dir/name, creating dir/name's parent if needed. */
void put_file(const char *dir, const char *name, const char *text, size_t len);
/* Read a whole file into a new NUL-terminated string, or NULL. */
char *get_file(const char *path, size_t *len);
/* The same for dir/name. */
char *get_file_in(const char *dir, const char *name, size_t *len);
/* Copy every regular file of src (and src/scenarios, src/sources) into a new scratch dir. */
char *copy_content(const char *src);
/* Replace the first occurrence of from by to in dir/name; false if absent. */
bool edit_file(const char *dir, const char *name, const char *from, const char *to);
/* The same with a replacement of tlen bytes, which may hold NUL bytes. */
bool edit_file_bytes(const char *dir, const char *name, const char *from, const char *to, size_t tlen);
/* 1-based line number of the first line of dir/name containing needle, or 0. */
int line_of(const char *dir, const char *name, const char *needle);

/* Make text safe for Criterion's messages, in place (its XML report breaks
 * on '<', '&' and "]]>"). */
void xml_safe(char *s);
/* All of d's problems, one a line as the program prints them, cut after
 * about 3000 characters and XML-safe, for failure messages; caller frees. */
char *problem_list(const struct diags *d);

#endif
