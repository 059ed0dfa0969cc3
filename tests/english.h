/*
 * english: the English of the interface strings, from po/cy.po, for the
 * screen tests that walk the advisor in Welsh and must find none of it
 * left on the screen.  Each string is cut into its phrases (at printf
 * directives, line breaks and sentence ends); a phrase counts when it has
 * a word of four letters or more (not "the" or "and" alone, which the
 * English names the Welsh quotes hold) and its Welsh does not hold it too (key
 * names, "PQiP", "JSON" are the same in both).  A long phrase is looked
 * for by its first words, which a line break is least likely to split.
 */
#ifndef PA_TEST_ENGLISH_H
#define PA_TEST_ENGLISH_H

#include <stddef.h>

/* The first English phrase of the catalogue that screen shows as whole
 * words, or NULL.  screen: rows separated by '\n'. */
const char *english_left(const char *screen);
/* How many phrases are looked for (a test that the catalogue was read). */
size_t english_phrases(void);

#endif
