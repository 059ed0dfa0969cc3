/* mem: memory, and the one way the program ends when there is none. */
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *sure(void *p)
{
	if (!p) {
		fputs("probation-advisor: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *mem_alloc(size_t n)
{
	return sure(calloc(1, n ? n : 1));
}

void *mem_grow(void *p, size_t n)
{
	return sure(realloc(p, n ? n : 1));
}

void *mem_room(void *v, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return v;
	size_t n = *cap ? *cap * 2 : 16;
	while (n < need)
		n *= 2;
	*cap = n;
	return mem_grow(v, n * size);
}

char *mem_strndup(const char *s, size_t n)
{
	return sure(strndup(s, n));
}

char *mem_strdup(const char *s)
{
	return sure(strdup(s));
}
