/* fuzz: scratch files and failure reports for the harnesses. */
#include "fuzz.h"

#include <dirent.h>
#include <jansson.h>
#include <fcntl.h>
#include <libconfig.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sanitizer/lsan_interface.h>
#include <unistd.h>

#include "content.h"
#include "diag.h"
#include "embedded.h"
#include "plan.h"
#include "text.h"

void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "\n%s:%d: invariant failed: %s\n  ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void fuzz_check_diags(const struct diags *d, size_t from)
{
	for (size_t i = from; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		FUZZ_ASSERT(g->file && g->msg && *g->msg, "problem %zu has no file or message", i);
		FUZZ_ASSERT(g->line >= 0, "problem \"%s\" at line %d", g->msg, g->line);
		for (const unsigned char *p = (const unsigned char *)g->msg; *p; p++)
			FUZZ_ASSERT((*p >= 0x20 && *p != 0x7f && !(p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)) ||
			                    *p == '\t' || *p == '\n',
			            "control character 0x%02x in the problem \"%s\"", *p, g->msg);
	}
}

/* Length of the UTF-8 character at p that scan_check lets through (no C0
 * or C1 control but newline and tab, no DEL), 0 if none. */
static size_t good_char(const unsigned char *p, const unsigned char *end)
{
	if (*p == '\n' || *p == '\t')
		return 1;
	long cp;
	size_t n = text_utf8((const char *)p, (size_t)(end - p), &cp);
	return cp >= 0 ? n : 0;
}

static void check_setting(const config_setting_t *s)
{
	if (config_setting_type(s) == CONFIG_TYPE_STRING) {
		const unsigned char *p = (const unsigned char *)config_setting_get_string(s);
		const unsigned char *end = p + strlen((const char *)p);
		for (size_t n; p < end; p += n)
			FUZZ_ASSERT((n = good_char(p, end)) > 0, "scan_check passed a string with byte 0x%02x at line %u",
			            *p, config_setting_source_line(s));
		return;
	}
	for (int i = 0; config_setting_is_aggregate(s) && i < config_setting_length(s); i++)
		check_setting(config_setting_get_elem(s, (unsigned)i));
}

void fuzz_check_parsed(const char *text, size_t len)
{
	char *copy = malloc(len + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	config_t cfg;
	config_init(&cfg);
	if (strlen(copy) == len && config_read_string(&cfg, copy))
		check_setting(config_root_setting(&cfg));
	config_destroy(&cfg);
	free(copy);
}

/*
 * libconfig 1.5 leaks the token it was reading when a text has a syntax
 * error (config_read_string on "\"\"" leaks 1 byte; "\"#\"+" 64), and
 * its frames have no frame pointers, so a suppression cannot name it.  The
 * harnesses link with --wrap=config_read_string, and what libconfig
 * allocates while parsing is not counted as a leak.  (So a config_t never
 * destroyed goes unnoticed here; make check SANITIZE=1 still sees it.)
 */
int __real_config_read_string(config_t *config, const char *str);
int __wrap_config_read_string(config_t *config, const char *str);

int __wrap_config_read_string(config_t *config, const char *str)
{
	__lsan_disable();
	int r = __real_config_read_string(config, str);
	__lsan_enable();
	return r;
}

static char tmpdir[PATH_MAX];

static void remove_tree(const char *path)
{
	DIR *d = opendir(path);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			char sub[PATH_MAX];
			snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
			remove_tree(sub);
		}
		closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static void remove_tmpdir(void)
{
	if (tmpdir[0])
		remove_tree(tmpdir);
}

const char *fuzz_tmpdir(void)
{
	if (tmpdir[0])
		return tmpdir;
	const char *base = getenv("TMPDIR");
	snprintf(tmpdir, sizeof tmpdir, "%s/pa-fuzz.XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmpdir)) {
		perror(tmpdir);
		abort();
	}
	atexit(remove_tmpdir);
	return tmpdir;
}

const char *fuzz_path(const char *dir, const char *name)
{
	static char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

void fuzz_write(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		perror(path);
		abort();
	}
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n <= 0) {
			perror(path);
			abort();
		}
		p += n;
		len -= (size_t)n;
	}
	close(fd);
}

void fuzz_write_builtin(const char *dir, const char *prefix)
{
	size_t plen = strlen(prefix);
	mkdir(fuzz_path(dir, "scenarios"), 0700);
	mkdir(fuzz_path(dir, "sources"), 0700);
	for (const struct embedded_file *e = embedded_files; e->name; e++) {
		const char *name = e->name;
		bool sub = strncmp(name, "scenarios/", 10) == 0 || strncmp(name, "sources/", 8) == 0;
		if (plen ? strncmp(name, prefix, plen) != 0 : strchr(name, '/') && !sub)
			continue;
		fuzz_write(fuzz_path(dir, name + plen), e->data, e->len);
	}
}

void fuzz_render(const struct plan *p)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	if (out) {
		plan_write_text(p, out, 78);
		fclose(out);
		for (size_t i = 0; i < len; i++)
			FUZZ_ASSERT((unsigned char)text[i] >= 0x20 || text[i] == '\n' || text[i] == '\t',
			            "control byte 0x%02x in the plan's text", (unsigned char)text[i]);
	}
	free(text);
	json_t *j = plan_json(p);
	FUZZ_ASSERT(j != NULL, "no JSON for a complete plan");
	json_decref(j);
}

struct content *fuzz_screens(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "");
	return content_builtin();
}

const char *fuzz_home(void)
{
	static char home[4096];
	snprintf(home, sizeof home, "%s", fuzz_path(fuzz_tmpdir(), "home"));
	if (mkdir(home, 0700) != 0) {
		perror(home);
		abort();
	}
	setenv("HOME", home, 1);
	return home;
}
