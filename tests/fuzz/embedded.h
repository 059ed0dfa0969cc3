/*
 * embedded: the content files byte for byte, built into the fuzzing
 * harnesses by tools/embed, which write them out as seeds and as the
 * content they mutate.  (The program's own built-in content is the checked
 * store tools/pack compiles: content_builtin().)  The list ends with an
 * entry whose name is NULL.  Names are paths relative to the content
 * directory ("faq.cfg", "scenarios/graduate.cfg").
 */
#ifndef PA_EMBEDDED_H
#define PA_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;
	const char *data;   /* NUL-terminated; len excludes the NUL */
	size_t len;
};

extern const struct embedded_file embedded_files[];

#endif
