/*
 * translation: the content's text in Welsh, read from DIR/cy/ over the
 * English store (translation.c says how).  Only content.c uses it.
 */
#ifndef PA_TRANSLATION_H
#define PA_TRANSLATION_H

#include <stdbool.h>

#include "content_store.h"

/* Does the content directory dir have a translation? */
bool translation_present(const char *dir);
/* Read it over en, which loaded cleanly; on success en->tr holds it.
 * Problems go to d, as file:line. */
bool translation_read(struct content *en, struct diags *d);

#endif
