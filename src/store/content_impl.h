/*
 * Shared between content.c and answers.c only: reading the "answers" array
 * of a libconfig root (scenario files and answers files have the same form).
 */
#ifndef PA_CONTENT_IMPL_H
#define PA_CONTENT_IMPL_H

#include <libconfig.h>

#include "content.h"

/* Fill answers[] (all COND_UNSET first) from root's "answers" array. */
bool content_answers_from(const struct content *c, const config_setting_t *root, int *answers,
                          const char *file, struct diags *d);

#endif
