/* diag: the list of problems, each with its file and line. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

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
	char *msg = mem_grow(NULL, (size_t)(len > 0 ? len : 0) + 1);
	vsnprintf(msg, (size_t)(len > 0 ? len : 0) + 1, fmt, again);
	va_end(again);
	const char *f = file ? file : "";
	struct diag *g = &d->v[d->n++];
	g->file = mem_grow(NULL, strlen(f) + 1);
	memcpy(g->file, f, strlen(f) + 1);
	g->line = line;
	g->msg = msg;
}

void diag_print(const struct diags *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		if (g->line > 0)
			fprintf(out, "%s:%d: %s\n", g->file, g->line, g->msg);
		else
			fprintf(out, "%s: %s\n", g->file, g->msg);
	}
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
