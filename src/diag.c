/* diag: the list of problems, each with its file and line. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static void out_of_memory(void)
{
	fputs("probation-advisor: out of memory\n", stderr);
	abort();
}

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n);
	if (!q)
		out_of_memory();
	return q;
}

/* File names, values and quoted text come from outside: printed, none may
 * reach a terminal as an escape sequence (the content loader's rule). */
static char *safe(const char *s)
{
	char *t = text_sanitize(s);
	if (!t)
		out_of_memory();
	return t;
}

void diag_add(struct diags *d, const char *file, int line, const char *fmt, ...)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xrealloc(d->v, d->cap * sizeof *d->v);
	}
	va_list ap;
	va_start(ap, fmt);
	int len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *raw = xrealloc(NULL, (size_t)(len > 0 ? len : 0) + 1);
	va_start(ap, fmt);
	vsnprintf(raw, (size_t)(len > 0 ? len : 0) + 1, fmt, ap);
	va_end(ap);
	char *msg = safe(raw);
	free(raw);
	struct diag *g = &d->v[d->n++];
	g->file = safe(file ? file : "");
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
