/*
 * scan: reading a libconfig file safely, and checking its bytes before
 * libconfig 1.5 parses them.
 *
 * libconfig 1.5 wraps integers that do not fit, cuts strings at an embedded
 * NUL, passes invalid UTF-8 through, follows @include anywhere and hangs on a
 * FIFO.  scan_read refuses non-regular and oversized files without blocking;
 * scan_check lexes the text the way libconfig will and reports each of those
 * problems, and raw or escaped control characters, at its line.
 */
#ifndef PA_SCAN_H
#define PA_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include <libconfig.h>

#include "diag.h"

/* Read path (a regular file of at most max bytes) into a new NUL-terminated
 * buffer; NULL with a problem added on failure. */
char *scan_read(const char *path, size_t max, size_t *len, struct diags *d);

/* Check the bytes of a libconfig text; false if any problem was added. */
bool scan_check(const char *name, const char *buf, size_t len, struct diags *d);

/* The whole of it, for every file the program reads (content, answers,
 * configuration): read path with scan_read, check it with scan_check,
 * parse it with libconfig (a syntax error reported at its line) and hand
 * the root to read(ctx, root).  False when any step failed. */
bool scan_parse(const char *path, size_t max, struct diags *d,
                void (*read)(void *ctx, const config_setting_t *root), void *ctx);

/* The line setting s was read from, 0 for none; and a problem there. */
int scan_line(const config_setting_t *s);
void scan_problem(struct diags *d, const char *file, const config_setting_t *s, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#endif
