/*
 * fuzz: what the libFuzzer harnesses share.  Each harness is a test, not
 * part of the program: it drives one module of src/ with untrusted bytes and
 * aborts (so libFuzzer keeps the input) when an invariant fails.
 *
 * Files the harnesses need go to one private directory per process, made on
 * first use and removed at exit; nothing is written anywhere else.
 */
#ifndef PA_FUZZ_H
#define PA_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Abort with a message when cond is false: a finding. */
#define FUZZ_ASSERT(cond, ...) \
	do { \
		if (!(cond)) \
			fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
	} while (0)

void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 4, 5)));

/* Problems from index from on: each has a file and a message, and the
 * message, printed to a terminal, has no control character but tab and
 * newline. */
struct diags;
void fuzz_check_diags(const struct diags *d, size_t from);

/* What scan_check promises of a text it passes: when libconfig parses it,
 * every string in it is valid UTF-8 with no control character but newline
 * and tab.  Aborts otherwise. */
void fuzz_check_parsed(const char *text, size_t len);

/* For the harnesses that drive the screens: a UTF-8 locale set, as a
 * person's terminal has, and the built-in content they run on. */
struct content;
struct content *fuzz_screens(void);

/* An empty directory made under the scratch directory, set as $HOME: its
 * name (static).  Aborts if it cannot be made. */
const char *fuzz_home(void);
/* The process's scratch directory ($TMPDIR or /tmp). */
const char *fuzz_tmpdir(void);
/* dir/name, in a static buffer that the next call overwrites. */
const char *fuzz_path(const char *dir, const char *name);
/* Write len bytes to path (created 0600, replaced if it exists). */
void fuzz_write(const char *path, const void *data, size_t len);
/* Write the built-in content files (name prefix, e.g. "" or "example/")
 * under dir, keeping their relative names. */
void fuzz_write_builtin(const char *dir, const char *prefix);

/* Render a complete plan as text and as JSON, and check that the text has
 * no control character but newline and tab. */
struct plan;
void fuzz_render(const struct plan *p);

#endif
