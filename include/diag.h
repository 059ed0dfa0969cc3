/*
 * diag: problems found in content, answers or configuration, kept as values.
 *
 * Every problem carries the file and line it was found at, so a person can go
 * straight to it.  Loaders keep going after a problem and add every one they
 * find; the caller prints them all at the end (the tig options.c habit).
 * No I/O here except diag_print, which writes the list to a stream.
 */
#ifndef PA_DIAG_H
#define PA_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

struct diag {
	char *file;   /* as the person named it; never NULL ("" if unknown) */
	int line;     /* 1-based; 0 when the problem is with the file as a whole */
	char *msg;
};

struct diags {
	struct diag *v;
	size_t n, cap;
};

/* Append one problem; out of memory is fatal (the list is how we report). */
void diag_add(struct diags *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Print each problem as "file:line: message" (or "file: message" at line 0). */
void diag_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap);
void diag_print(const struct diags *d, FILE *out);
/* The same for the first max problems, then how many more there are. */
void diag_print_some(const struct diags *d, FILE *out, size_t max);
void diag_free(struct diags *d);

#endif
