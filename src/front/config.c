/* config: the system and per-person configuration files. */
#include "config.h"

#include <errno.h>
#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "scan.h"

#ifndef PA_SYSCONFDIR
#define PA_SYSCONFDIR "/etc"
#endif

#define MAX_IDLE 86400
#define MAX_WARNING 3600
#define MIN_ADMIN_KEYS 3

/* What the system file said that needs the whole picture to check. */
struct found {
	bool kiosk;
	bool idle_set, warning_set;
	unsigned idle, warning;
	int idle_line, spool_line, printer_line, printer_opts_line;
	int columns;
	bool cut;
};

struct reader {
	const char *file;
	bool system;
	struct diags *d;
	struct config *cfg;
	struct session_options *opt;
	struct found *f;
};

const char *config_system_path(void)
{
	return PA_SYSCONFDIR "/probation-advisor/config";
}

const char *config_user_path(char *buf, size_t size)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	int n;
	/* The XDG rule: a relative XDG_CONFIG_HOME is ignored. */
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, size, "%s/probation-advisor/config", xdg);
	else if (home && home[0] == '/')
		n = snprintf(buf, size, "%s/.config/probation-advisor/config", home);
	else
		return NULL;
	return n > 0 && (size_t)n < size ? buf : NULL;
}

/* ---- keys ---- */

static int key_of(const char *tok, size_t len)
{
	static const struct {
		const char *name;
		int key;
	} named[] = {
		{ "Space", ' ' }, { "Esc", 27 }, { "Escape", 27 }, { "Tab", '\t' }, { "Enter", '\r' },
		{ "Return", '\r' }, { "Backspace", 127 },
	};
	if (len == 1 && tok[0] > ' ' && tok[0] < 0x7f)
		return (unsigned char)tok[0];
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
		if (strlen(named[i].name) == len && strncasecmp(tok, named[i].name, len) == 0)
			return named[i].key;
	const char *c = NULL;
	if (len == 6 && strncasecmp(tok, "Ctrl-", 5) == 0)
		c = tok + 5;
	else if (len == 2 && tok[0] == '^')
		c = tok + 1;
	if (c) {
		int ch = *c | 0x20;
		if (ch < 'a' || ch > 'z')
			return -1;
		return ch & 0x1f;
	}
	if ((len == 2 || len == 3) && (tok[0] == 'F' || tok[0] == 'f')) {
		int n = 0;
		for (size_t i = 1; i < len; i++) {
			if (tok[i] < '0' || tok[i] > '9')
				return -1;
			n = n * 10 + tok[i] - '0';
		}
		return n >= 1 && n <= 12 ? SESSION_KEY_F(n) : -1;
	}
	return -1;
}

int config_parse_keys(const char *text, int *keys, int max, const char **why)
{
	int n = 0;
	for (const char *p = text;;) {
		p += strspn(p, " \t");
		if (!*p)
			break;
		size_t len = strcspn(p, " \t");
		int k = key_of(p, len);
		if (k < 0) {
			*why = "a key is not one of: a character, Space, Esc, Tab, Enter, Backspace, Ctrl-A to Ctrl-Z, F1 to F12";
			return -1;
		}
		if (n == max) {
			*why = "too many keys (at most 16)";
			return -1;
		}
		keys[n++] = k;
		p += len;
	}
	if (n < MIN_ADMIN_KEYS) {
		*why = "give at least 3 keys, separated by spaces, so that no one quits by chance";
		return -1;
	}
	return n;
}

/* ---- settings ---- */

/* A problem at setting s of the file being read. */
#define problem(r, s, ...) scan_problem((r)->d, (r)->file, (s), __VA_ARGS__)

static const char *get_string(struct reader *r, const config_setting_t *s)
{
	if (config_setting_type(s) != CONFIG_TYPE_STRING) {
		problem(r, s, "\"%s\" must be a string (in double quotes)", config_setting_name(s));
		return NULL;
	}
	return config_setting_get_string(s);
}

static bool get_uint(struct reader *r, const config_setting_t *s, unsigned max, unsigned *out)
{
	int type = config_setting_type(s);
	if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64) {
		problem(r, s, "\"%s\" must be a whole number of seconds", config_setting_name(s));
		return false;
	}
	long long v = config_setting_get_int64(s);
	if (v < 0 || v > (long long)max) {
		problem(r, s, "\"%s\" must be from 0 to %u seconds", config_setting_name(s), max);
		return false;
	}
	*out = (unsigned)v;
	return true;
}

/* An absolute directory name, copied into *dst. */
static void set_dir(struct reader *r, const config_setting_t *s, char **dst)
{
	const char *v = get_string(r, s);
	if (!v)
		return;
	if (v[0] != '/') {
		problem(r, s, "\"%s\" must be an absolute directory name, starting with /", config_setting_name(s));
		return;
	}
	free(*dst);
	*dst = strdup(v);
	if (!*dst)
		problem(r, s, "out of memory");
}

static void set_theme(struct reader *r, const config_setting_t *s)
{
	static const char *const names[] = { [SESSION_THEME_DEFAULT] = "default", [SESSION_THEME_MONO] = "mono",
		                             [SESSION_THEME_CONTRAST] = "contrast" };
	const char *v = get_string(r, s);
	if (!v)
		return;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(v, names[i]) == 0) {
			r->opt->theme = (enum session_theme)i;
			return;
		}
	problem(r, s, "theme must be \"default\", \"mono\" or \"contrast\", not \"%s\"", v);
}

static int colour_of(const char *name, size_t len)
{
	static const char *const names[SESSION_NCOLOURS] = {
		[SESSION_BLACK] = "black", [SESSION_RED] = "red",         [SESSION_GREEN] = "green",
		[SESSION_YELLOW] = "yellow", [SESSION_BLUE] = "blue",     [SESSION_MAGENTA] = "magenta",
		[SESSION_CYAN] = "cyan",   [SESSION_WHITE] = "white",
	};
	if (len == 7 && strncmp(name, "default", 7) == 0)
		return SESSION_COLOUR_DEFAULT;
	for (int i = 0; i < SESSION_NCOLOURS; i++)
		if (strlen(names[i]) == len && strncmp(name, names[i], len) == 0)
			return i;
	return -2;
}

static const char *const part_names[SESSION_NPARTS] = {
	[SESSION_PART_TEXT] = "text", [SESSION_PART_TITLE] = "title", [SESSION_PART_STATUS] = "status",
	[SESSION_PART_SELECTION] = "selection", [SESSION_PART_OTHER_SELECTION] = "other_selection",
	[SESSION_PART_MATCH] = "match", [SESSION_PART_CURRENT_MATCH] = "current_match",
	[SESSION_PART_INPUT] = "input", [SESSION_PART_LINK] = "link", [SESSION_PART_MET] = "met",
	[SESSION_PART_UNMET] = "unmet", [SESSION_PART_WARNING] = "warning", [SESSION_PART_BORDER] = "border",
};

/* "FOREGROUND" or "FOREGROUND on BACKGROUND". */
static void set_color(struct reader *r, const config_setting_t *s, struct session_color *c)
{
	const char *v = get_string(r, s);
	if (!v)
		return;
	const char *on = strstr(v, " on ");
	size_t flen = on ? (size_t)(on - v) : strlen(v);
	int fg = colour_of(v, flen), bg = on ? colour_of(on + 4, strlen(on + 4)) : -1;
	if (fg == -2 || bg == -2) {
		problem(r, s, "colour \"%s\" is not \"FOREGROUND\" or \"FOREGROUND on BACKGROUND\" with the names "
		              "default, black, red, green, yellow, blue, magenta, cyan and white", v);
		return;
	}
	*c = (struct session_color){ true, (enum session_colour)fg, (enum session_colour)bg };
}

static void set_colors(struct reader *r, const config_setting_t *s)
{
	if (config_setting_type(s) != CONFIG_TYPE_GROUP) {
		problem(r, s, "\"colors\" must be a group: colors = { title = \"white on blue\"; };");
		return;
	}
	for (int i = 0; i < config_setting_length(s); i++) {
		const config_setting_t *m = config_setting_get_elem(s, (unsigned)i);
		const char *name = config_setting_name(m);
		int k = 0;
		while (k < SESSION_NPARTS && strcmp(part_names[k], name) != 0)
			k++;
		if (k == SESSION_NPARTS)
			problem(r, m, "unknown part \"%s\" in colors (the parts: text, title, status, selection, "
			              "other_selection, match, current_match, input, link, met, unmet, warning, border)", name);
		else
			set_color(r, m, &r->opt->colors[k]);
	}
}

static void set_content_dir(struct reader *r, const config_setting_t *s)
{
	set_dir(r, s, r->system ? &r->cfg->system_content_dir : &r->cfg->user_content_dir);
}

static void set_kiosk(struct reader *r, const config_setting_t *s)
{
	if (config_setting_type(s) != CONFIG_TYPE_BOOL) {
		problem(r, s, "\"kiosk\" must be true or false");
		return;
	}
	r->f->kiosk = config_setting_get_bool(s) != 0;
}

static void set_admin_keys(struct reader *r, const config_setting_t *s)
{
	const char *v = get_string(r, s);
	if (!v)
		return;
	const char *why = "";
	int n = config_parse_keys(v, r->opt->admin_keys, SESSION_MAX_ADMIN_KEYS, &why);
	if (n < 0) {
		problem(r, s, "admin_keys: %s", why);
		r->opt->nadmin_keys = 0;
		return;
	}
	r->opt->nadmin_keys = (size_t)n;
}

static void set_idle(struct reader *r, const config_setting_t *s)
{
	if (get_uint(r, s, MAX_IDLE, &r->f->idle)) {
		r->f->idle_set = true;
		r->f->idle_line = scan_line(s);
	}
}

static void set_warning(struct reader *r, const config_setting_t *s)
{
	if (get_uint(r, s, MAX_WARNING, &r->f->warning))
		r->f->warning_set = true;
}

static void set_spool(struct reader *r, const config_setting_t *s)
{
	set_dir(r, s, &r->cfg->spool_dir);
	r->f->spool_line = scan_line(s);
}

/* The printer: where the administrator's file says, an absolute name. */
static void set_printer(struct reader *r, const config_setting_t *s)
{
	const char *v = get_string(r, s);
	if (v && v[0] != '/') {
		problem(r, s, "\"printer\" must be an absolute name, starting with /");
		return;
	}
	free(r->cfg->printer);
	r->cfg->printer = v ? strdup(v) : NULL;
	if (v && !r->cfg->printer)
		problem(r, s, "out of memory");
	r->f->printer_line = scan_line(s);
}

static void set_columns(struct reader *r, const config_setting_t *s)
{
	int type = config_setting_type(s);
	long long v = type == CONFIG_TYPE_INT || type == CONFIG_TYPE_INT64 ? config_setting_get_int64(s) : 0;
	if (v != 32 && v != 42 && v != 48 && v != 80) {
		problem(r, s, "\"printer_columns\" must be 32, 42 or 48 (receipt printers) or 80");
		return;
	}
	r->f->columns = (int)v;
	r->f->printer_opts_line = scan_line(s);
}

static void set_cut(struct reader *r, const config_setting_t *s)
{
	if (config_setting_type(s) != CONFIG_TYPE_BOOL) {
		problem(r, s, "\"printer_cut\" must be true or false");
		return;
	}
	r->f->cut = config_setting_get_bool(s) != 0;
	r->f->printer_opts_line = scan_line(s);
}

static const struct {
	const char *name;
	bool system_only;
	void (*set)(struct reader *r, const config_setting_t *s);
} settings[] = {
	{ "theme", false, set_theme },
	{ "colors", false, set_colors },
	{ "content_dir", false, set_content_dir },
	{ "kiosk", true, set_kiosk },
	{ "admin_keys", true, set_admin_keys },
	{ "idle_timeout", true, set_idle },
	{ "idle_warning", true, set_warning },
	{ "spool_dir", true, set_spool },
	{ "printer", true, set_printer },
	{ "printer_columns", true, set_columns },
	{ "printer_cut", true, set_cut },
};

static void read_root(void *ctx, const config_setting_t *root)
{
	struct reader *r = ctx;
	for (int i = 0; i < config_setting_length(root); i++) {
		const config_setting_t *m = config_setting_get_elem(root, (unsigned)i);
		const char *name = config_setting_name(m);
		size_t k = 0;
		while (k < sizeof settings / sizeof settings[0] && strcmp(settings[k].name, name) != 0)
			k++;
		if (k == sizeof settings / sizeof settings[0])
			problem(r, m, "unknown setting \"%s\"", name);
		else if (settings[k].system_only && !r->system)
			problem(r, m, "\"%s\" can be set only in the system configuration file, %s", name,
			        config_system_path());
		else
			settings[k].set(r, m);
	}
}

/* Read one file; false when it is not there and need not be.  The
 * person's file may also be out of reach (a $HOME that is not theirs);
 * the system file may not: it could be what locks a kiosk. */
static bool read_file(struct reader *r, const char *path, bool required)
{
	struct stat st;
	if (!required && stat(path, &st) != 0 &&
	    (errno == ENOENT || errno == ENOTDIR || (!r->system && errno == EACCES)))
		return false;
	r->file = path;
	scan_parse(path, CONFIG_MAX_FILE, r->d, read_root, r);
	return true;
}

/* Why the kiosk may not write plans into dir, or NULL: it must be a real
 * directory reached through no symbolic link, on a disk (not /proc or
 * /sys), that not every user may write into (they could replace or read
 * what a person saved), and that the program can write. */
static const char *spool_problem(const char *dir)
{
	static char why[300];
	struct stat st;
	struct statfs fs;
	char *real = realpath(dir, NULL);
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	bool direct = real && strlen(real) == n && strncmp(real, dir, n) == 0;
	free(real);
	if (lstat(dir, &st) != 0 || (!direct && stat(dir, &st) != 0))
		snprintf(why, sizeof why, ": %s", strerror(errno));
	else if (!direct)
		return " is reached through a symbolic link: name the directory itself";
	else if (!S_ISDIR(st.st_mode))
		return " is not a directory";
	else if (statfs(dir, &fs) == 0 && (fs.f_type == PROC_SUPER_MAGIC || fs.f_type == SYSFS_MAGIC))
		return " is not on a disk (it is in /proc or /sys)";
	else if (st.st_mode & S_IWOTH)
		return " may be written by every user: make it writable by its owner (and group) only (chmod o-w)";
	else if (access(dir, W_OK | X_OK) != 0)
		snprintf(why, sizeof why, " cannot be written: %s", strerror(errno));
	else
		return NULL;
	return why;
}

/* Kiosk settings that are wrong only once we know it is a kiosk. */
static void check_kiosk(struct reader *r)
{
	const char *file = r->cfg->system_file ? r->cfg->system_file : "--kiosk";
	if (r->f->idle_set && r->f->idle == 0)
		diag_add(r->d, file, r->f->idle_line,
		         "idle_timeout = 0 would turn off the reset that kiosk mode needs: give 1 or more seconds");
	const char *spool = r->cfg->spool_dir;
	const char *why = spool ? spool_problem(spool) : NULL;
	if (why)
		diag_add(r->d, file, r->f->spool_line, "spool_dir \"%s\"%s", spool, why);
}

/* A printer is a character device, a FIFO or a file that is there now; a
 * device under /dev may come and go with the printer's power, and is
 * looked for again at each print. */
static void check_printer(struct reader *r)
{
	const char *file = r->cfg->system_file, *p = r->cfg->printer;
	struct stat st;
	if (!p) {
		if (r->f->printer_opts_line)
			diag_add(r->d, file, r->f->printer_opts_line, "printer_columns and printer_cut need printer");
		return;
	}
	if (stat(p, &st) != 0) {
		if (errno != ENOENT || strncmp(p, "/dev/", 5) != 0)
			diag_add(r->d, file, r->f->printer_line, "printer \"%s\": %s", p, strerror(errno));
	} else if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISREG(st.st_mode)) {
		diag_add(r->d, file, r->f->printer_line,
		         "printer \"%s\" is not a character device, a FIFO or a file", p);
	}
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

bool config_load(struct config *cfg, struct session_options *opt, struct diags *d)
{
	memset(cfg, 0, sizeof *cfg);
	size_t before = d->n;
	struct found f = { 0 };
	struct reader r = { NULL, true, d, cfg, opt, &f };
	const char *system = opt->config ? opt->config : config_system_path();
	if (read_file(&r, system, opt->config != NULL))
		cfg->system_file = dup_or_null(system);
	check_printer(&r);
	opt->kiosk = opt->kiosk || f.kiosk;
	if (opt->kiosk) {
		check_kiosk(&r);
	} else {
		char buf[4096];
		const char *user = config_user_path(buf, sizeof buf);
		r.system = false;
		if (user && read_file(&r, user, false))
			cfg->user_file = dup_or_null(user);
	}
	opt->idle_timeout = f.idle_set ? f.idle : opt->kiosk ? SESSION_KIOSK_IDLE : 0;
	opt->idle_warning = f.warning_set ? f.warning : SESSION_KIOSK_WARNING;
	opt->spool_dir = opt->kiosk ? cfg->spool_dir : NULL;
	opt->printer = cfg->printer;
	opt->printer_columns = f.columns ? f.columns : 80;
	opt->printer_cut = f.cut;
	/* The content: the command line, the person's file, the system's; in
	 * a kiosk only the system's (a person cannot bring their own rules). */
	if (opt->kiosk)
		opt->content_dir = cfg->system_content_dir;
	else if (!opt->content_dir)
		opt->content_dir = cfg->user_content_dir ? cfg->user_content_dir : cfg->system_content_dir;
	return d->n == before;
}

void config_free(struct config *cfg)
{
	free(cfg->system_content_dir);
	free(cfg->user_content_dir);
	free(cfg->spool_dir);
	free(cfg->printer);
	free(cfg->system_file);
	free(cfg->user_file);
	memset(cfg, 0, sizeof *cfg);
}
