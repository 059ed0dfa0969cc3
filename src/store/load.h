/*
 * Shared by content.c, which reads the content files, and translation.c,
 * which reads the text of another language over them: one file being read,
 * where its problems are reported, and the readers of its settings, each
 * checking the type and reporting file:line.  Nothing else may use them.
 */
#ifndef PA_LOAD_H
#define PA_LOAD_H

#include <libconfig.h>
#include <stdbool.h>
#include <stddef.h>

#include "content_store.h"
#include "scan.h"

/* One file being read: where problems are reported, and whose arena holds
 * what is read. */
struct loader {
	struct content *c;
	struct diags *d;
	const char *file;     /* as reported: origin/name, the path read */
};

/* A problem at setting s of the file being read. */
#define problem(L, s, ...) scan_problem((L)->d, (L)->file, (s), __VA_ARGS__)

/* n bytes, zeroed, from c's arena (freed with c); a copy of s there. */
void *store_alloc(struct content *c, size_t n);
char *store_strdup(struct content *c, const char *s);

/* Report members of group g not named in allowed (NULL-terminated). */
void load_members(struct loader *L, const config_setting_t *g, const char *const *allowed);
/* A string member, copied; NULL when absent (reported when required) or
 * not a string; a required one must not be blank. */
const char *load_str(struct loader *L, const config_setting_t *g, const char *name, bool required);
/* A list ( { ... }, ... ) of groups: its length, 0 if absent or wrong. */
int load_list(struct loader *L, const config_setting_t *g, const char *name, bool required,
              const config_setting_t **out);
/* An array of strings [ "a", "b" ], copied; NULL when absent or wrong. */
const char **load_strings(struct loader *L, const config_setting_t *g, const char *name, size_t *n);
/* Where setting s is. */
struct content_src load_src(struct loader *L, const config_setting_t *s);

/* Read, check and parse the file origin/name of c, then hand its root to
 * read.  Says whether it parsed, and whether it loaded with no problem. */
struct loaded {
	bool parsed, clean;
};
struct loaded load_file(struct content *c, const char *name, struct diags *d,
                        void (*read)(struct loader *, const config_setting_t *, void *), void *arg);

#endif
