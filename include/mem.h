/*
 * mem: memory, with one answer to running out of it.
 *
 * A loader or a command that can report a problem reports out of memory
 * like any other problem (diag_add).  Everything else gets its memory from
 * here, and running out ends the program with a message: a list built by
 * half, a plan cut short or a text shown shorter would be wrong in a way
 * no one would notice.  The functions never return NULL.
 */
#ifndef PA_MEM_H
#define PA_MEM_H

#include <stddef.h>

void *mem_alloc(size_t n);                 /* zeroed */
void *mem_grow(void *p, size_t n);
/* v with room for need elements of size bytes; *cap, its capacity in
 * elements, at least doubles when it grows. */
void *mem_room(void *v, size_t *cap, size_t need, size_t size);
char *mem_strndup(const char *s, size_t n);
char *mem_strdup(const char *s);

#endif
