/* lang: the language spoken, and the catalogue of the interface strings. */
#include "lang.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
	const char *code, *name;
} langs[] = { { "en", "English" }, { "cy", "Cymraeg" } };

static const char *current = "en";

const char *lang_known(const char *code)
{
	for (size_t i = 0; code && i < sizeof langs / sizeof langs[0]; i++)
		if (strcmp(code, langs[i].code) == 0)
			return langs[i].code;
	return NULL;
}

const char *lang_of_locale(const char *name)
{
	char code[3];
	if (!name || strlen(name) < 2 || (name[2] && strchr("_.@:", name[2]) == NULL))
		return NULL;
	memcpy(code, name, 2);
	code[2] = '\0';
	return lang_known(code);
}

/* The first entry of a LANGUAGE list ("cy:en") that we speak. */
static const char *from_list(const char *list)
{
	while (list && *list) {
		size_t n = strcspn(list, ":");
		char one[64];
		if (n < sizeof one) {
			memcpy(one, list, n);
			one[n] = '\0';
			if (lang_of_locale(one))
				return lang_of_locale(one);
		}
		list += n + (list[n] == ':');
	}
	return NULL;
}

const char *lang_from_env(void)
{
	/* The locale of the messages, as POSIX orders the variables. */
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *locale = NULL;
	for (size_t i = 0; i < sizeof vars / sizeof vars[0] && !locale; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			locale = v;
	}
	/* GNU gettext reads LANGUAGE first, except under the C locale. */
	bool c = locale && (strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0);
	const char *from_language = c ? NULL : from_list(getenv("LANGUAGE"));
	const char *l = from_language ? from_language : lang_of_locale(locale);
	return l ? l : "en";
}

/* Where the catalogues are: beside a binary run from its build tree
 * (build/locale, or locale beside build-san/probation-advisor), or in the
 * share/locale of an unpacked copy (a package unpacked with dpkg -x), else
 * under the install prefix.  An installed binary never looks beside itself. */
static const char *locale_dir(char *buf, size_t size)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return PA_LOCALEDIR;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return PA_LOCALEDIR;
	*slash = '\0';
	if (strcmp(exe, PA_BINDIR) == 0)
		return PA_LOCALEDIR;
	static const char *const tries[] = { "locale", "build/locale", "../share/locale" };
	for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		struct stat st;
		snprintf(buf, size, "%s/%s/cy/LC_MESSAGES/" LANG_DOMAIN ".mo", exe, tries[i]);
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode)) {
			snprintf(buf, size, "%s/%s", exe, tries[i]);
			return buf;
		}
	}
	return PA_LOCALEDIR;
}

void lang_init(void)
{
	if (!setlocale(LC_ALL, "")) {
		/* The locale named is not installed (cy_GB.UTF-8 often is not):
		 * keep what of it is, and UTF-8 text all the same. */
		setlocale(LC_ALL, "C.UTF-8");
	}
	char buf[PATH_MAX + 64];
	bindtextdomain(LANG_DOMAIN, locale_dir(buf, sizeof buf));
	bind_textdomain_codeset(LANG_DOMAIN, "UTF-8");
	textdomain(LANG_DOMAIN);
}

void lang_use(const char *lang)
{
	current = lang_known(lang) ? lang_known(lang) : "en";
	/* gettext translates only under a locale other than C; LANGUAGE
	 * then names the catalogue, whichever locale that is. */
	const char *messages = setlocale(LC_MESSAGES, NULL);
	if (!messages || strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	setenv("LANGUAGE", current, 1);
	/* Setting the domain again makes gettext forget what it looked up. */
	textdomain(LANG_DOMAIN);
	/* The catalogue is read now, in the front end: later lookups (the
	 * plan's month and total sentences among them) only look in memory.
	 * The empty msgid is the catalogue's header: not a literal, so that
	 * xgettext does not take it for a message. */
	static const char header[] = "";
	(void)gettext(header);
}

const char *lang_current(void)
{
	return current;
}

const char *lang_other(const char *lang)
{
	return strcmp(lang, "cy") == 0 ? "en" : "cy";
}

const char *lang_name(const char *lang)
{
	for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
		if (strcmp(lang, langs[i].code) == 0)
			return langs[i].name;
	return lang;
}
