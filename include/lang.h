/*
 * lang: which language the advisor speaks, English or Welsh, and the GNU
 * gettext catalogue its interface strings come from.
 *
 * The language comes from --lang, else the configuration (lang), else the
 * environment: LANGUAGE's first entry that is a language we speak, then
 * LC_ALL, LC_MESSAGES and LANG, as GNU gettext reads them.  A Welsh locale
 * need not be installed: glibc's gettext translates only under a locale
 * other than C, so lang_use falls back to C.UTF-8 for the messages and
 * names the language in LANGUAGE itself.  The catalogue is found in the
 * build tree when the program runs from there, else under the install
 * prefix; a string it lacks stays English.
 */
#ifndef PA_LANG_H
#define PA_LANG_H

#include <libintl.h>
#include <stdbool.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define LANG_DOMAIN "probation-advisor"

/* "cy" or "en" for the languages spoken, NULL for any other code. */
const char *lang_known(const char *code);
/* The language a locale name asks for ("cy_GB.UTF-8": "cy"), or NULL
 * for C, POSIX and languages not spoken. */
const char *lang_of_locale(const char *name);
/* The language the environment asks for: "en" when it asks for none we
 * speak (or for the C locale). */
const char *lang_from_env(void);
/* The locale from the environment, with a UTF-8 character type even
 * where the locale it names is not installed.  Once, first thing. */
void lang_init(void);
/* Speak lang ("en" or "cy") from now on: every later gettext call. */
void lang_use(const char *lang);
/* The language being spoken. */
const char *lang_current(void);
/* The other language: what the switching key goes to. */
const char *lang_other(const char *lang);
/* The language's own name: "English", "Cymraeg". */
const char *lang_name(const char *lang);

#endif
