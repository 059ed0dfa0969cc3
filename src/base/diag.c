/* diag: the list of problems, each with its file and line. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "text.h"

void diag_add(struct diags *d, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, file, line, fmt, ap);
	va_end(ap);
}

void diag_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = mem_grow(d->v, d->cap * sizeof *d->v);
	}
	va_list again;
	va_copy(again, ap);
	int len = vsnprintf(NULL, 0, fmt, ap);
	char *raw = mem_grow(NULL, (size_t)(len > 0 ? len : 0) + 1);
	vsnprintf(raw, (size_t)(len > 0 ? len : 0) + 1, fmt, again);
	va_end(again);
	/* File names, values and quoted text come from outside: printed, none
	 * may reach a terminal as an escape sequence (the content loader's rule). */
	char *msg = text_sanitize(raw);
	free(raw);
	struct diag *g = &d->v[d->n++];
	g->file = text_sanitize(file ? file : "");
	g->line = line;
	g->msg = msg;
}

void diag_print(const struct diags *d, FILE *out)
{
	diag_print_some(d, out, d->n);
}

void diag_print_some(const struct diags *d, FILE *out, size_t max)
{
	for (size_t i = 0; i < d->n && i < max; i++) {
		const struct diag *g = &d->v[i];
		if (g->line > 0)
			fprintf(out, "%s:%d: %s\n", g->file, g->line, g->msg);
		else
			fprintf(out, "%s: %s\n", g->file, g->msg);
	}
	if (d->n > max)
		fprintf(out, "probation-advisor: and %zu more problem%s like these\n", d->n - max,
		        d->n - max == 1 ? "" : "s");
}

void diag_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}
