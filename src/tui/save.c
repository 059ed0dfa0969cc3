/* tui/save: save the plan to a file the person names: 0600, through a
 * temporary file and a rename, never replacing a file without asking and
 * never writing through a symbolic link or over anything but a file.  In
 * a kiosk the person names nothing: the plan goes into the spool directory
 * the administrator set, under a new name the program makes up. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "text.h"
#include "tui.h"

#define SAVE_WIDTH 78
struct save {
	const struct plan *plan;   /* the result's, which outlives the dialog */
	char path[1024];
	size_t len, cur;           /* the name's bytes; the cursor's place in them */
	char dir[1024];            /* where the last plan went, for the next; "" none yet */
	char msg[1200];
	bool error;
};

/* Refusals of our own, beside the errno values. */
enum { SAVE_ERR_LINK = -1, SAVE_ERR_DIR = -2, SAVE_ERR_NOT_FILE = -3 };

/* Write the plan to f; 0, or the errno of the first failure. */
static int put_plan(const struct plan *p, FILE *f)
{
	plan_write_text(p, f, SAVE_WIDTH);
	int e = 0;
	if (fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0)
		e = errno ? errno : EIO;
	if (fclose(f) != 0 && !e)
		e = errno;
	return e;
}

/* Letters and digits no one mistakes for another when read out or
 * written down: no 0 O Q D, 1 I L, 2 Z, 5 S, 6 G, 8 B, U V. */
static const char spool_chars[] = "ACEFHJKMNPRTWXY3479";
#define SPOOL_CODE 4

/* A new file plan-CODE.txt in dir, 0600 whatever the umask, created and
 * never opened if it exists; the fd, or -1 with errno. */
static int spool_create(const char *dir, char *path, size_t size)
{
	for (int tries = 0; tries < 100; tries++) {
		unsigned char r[SPOOL_CODE];
		char code[SPOOL_CODE + 1];
		if (getrandom(r, sizeof r, 0) != (ssize_t)sizeof r)
			return -1;
		for (size_t i = 0; i < SPOOL_CODE; i++)
			code[i] = spool_chars[r[i] % (sizeof spool_chars - 1)];
		code[SPOOL_CODE] = '\0';
		int n = snprintf(path, size, "%s/plan-%s.txt", dir, code);
		if (n < 0 || (size_t)n >= size) {
			errno = ENAMETOOLONG;
			return -1;
		}
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

/* A kiosk's save: a new file in the spool directory, under a short name
 * to read out to staff, said in a box that stays until dismissed. */
static void save_spool(struct tui *t, const struct plan *p, const char *spool)
{
	char path[1200];
	int fd = spool_create(spool, path, sizeof path);
	int e = fd < 0 ? errno : 0;
	FILE *f = fd < 0 ? NULL : fchmod(fd, 0600) == 0 ? fdopen(fd, "w") : NULL;
	if (fd >= 0 && !f) {
		e = errno;
		close(fd);
	}
	if (f)
		e = put_plan(p, f);
	char said[1400];
	if (e) {
		if (fd >= 0)
			unlink(path);
		snprintf(said, sizeof said, "Your plan could not be saved (%s). Please ask a member of staff.",
		         strerror(e));
	} else {
		const char *name = strrchr(path, '/') + 1, *code = name + 5;
		snprintf(said, sizeof said,
		         "Your plan is saved as %s. Ask a member of staff for your copy, and tell them its code: "
		         "%c %c %c %c.",
		         name, code[0], code[1], code[2], code[3]);
	}
	confirm_notice(t, e ? "Not saved" : "Plan saved", said);
}

void save_open(struct tui *t, const struct plan *p)
{
	if (t->kiosk) {
		const char *spool = t->s->opt ? t->s->opt->spool_dir : NULL;
		if (spool)
			save_spool(t, p, spool);
		else
			tui_message(t, "This terminal does not save plans: ask the advisor for a copy.");
		return;
	}
	struct save *s = tui_open(t, TUI_SAVE)->priv;
	s->plan = p;
	/* A name of the day, so the day's second plan is not "already exists";
	 * in the folder the last one went to, else the home directory. */
	char name[64];
	time_t now = time(NULL);
	struct tm tm;
	strftime(name, sizeof name, "probation-plan-%Y-%m-%d.txt", localtime_r(&now, &tm));
	const char *home = getenv("HOME"), *dir = s->dir[0] ? s->dir : home && *home ? home : NULL;
	if (dir)
		snprintf(s->path, sizeof s->path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	else
		snprintf(s->path, sizeof s->path, "%s", name);
	s->len = s->cur = strlen(s->path);
	s->msg[0] = '\0';
	s->error = false;
}

/* The name as typed, made absolute ("~/" is the home directory). */
static bool resolve(const char *typed, char *out, size_t size)
{
	const char *home = getenv("HOME");
	int n;
	if (typed[0] == '~' && (typed[1] == '/' || typed[1] == '\0') && home && *home)
		n = snprintf(out, size, "%s%s", home, typed + 1);
	else if (typed[0] == '/')
		n = snprintf(out, size, "%s", typed);
	else {
		char cwd[1024];
		if (!getcwd(cwd, sizeof cwd))
			return false;
		n = snprintf(out, size, "%s/%s", strcmp(cwd, "/") ? cwd : "", typed);
	}
	return n > 0 && (size_t)n < size;
}

/* The directory of path into dir (size bytes); its last part, or NULL
 * when it names no file. */
static const char *split_path(const char *path, char *dir, size_t size)
{
	snprintf(dir, size, "%s", path);
	char *slash = strrchr(dir, '/');
	const char *base = slash ? path + (slash - dir) + 1 : path;
	if (slash == dir)
		dir[1] = '\0';
	else if (slash)
		*slash = '\0';
	else
		snprintf(dir, size, ".");
	return *base ? base : NULL;
}

/* What is at path now: 0 nothing (or a file we may replace), 1 a file we
 * may not, -1 something that is not a file, with *err. */
static int check_target(const char *path, bool overwrite, int *err)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return 0;
	/* Never through a link to somewhere else, never over a device or a
	 * directory: only a file may be replaced. */
	if (S_ISLNK(st.st_mode) || !S_ISREG(st.st_mode)) {
		*err = S_ISLNK(st.st_mode) ? SAVE_ERR_LINK : S_ISDIR(st.st_mode) ? SAVE_ERR_DIR : SAVE_ERR_NOT_FILE;
		return -1;
	}
	return overwrite ? 0 : 1;
}

/* The plan into a new temporary file beside base in dir, 0600; its name
 * into tmp.  0, or -1 with *err (and nothing left behind). */
static int write_temp(const struct plan *p, const char *dir, const char *base, char *tmp, size_t size, int *err)
{
	int n = snprintf(tmp, size, "%s/.%s.XXXXXX", dir, base);
	if (n < 0 || (size_t)n >= size) {
		*err = ENAMETOOLONG;
		return -1;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		*err = errno;
		return -1;
	}
	FILE *f = fchmod(fd, 0600) == 0 ? fdopen(fd, "w") : NULL;
	int e = f ? put_plan(p, f) : errno ? errno : EIO;
	if (!f)
		close(fd);
	if (e) {
		unlink(tmp);
		*err = e;
		return -1;
	}
	return 0;
}

/* Give tmp the name path: never over a file unless overwrite.  0, 1 when
 * the name was taken meanwhile, -1 with *err; tmp is gone either way. */
static int publish(const char *tmp, const char *path, bool overwrite, int *err)
{
	if (!overwrite) {
		/* link() fails if the name exists: no window for a silent overwrite. */
		if (link(tmp, path) == 0) {
			unlink(tmp);
			return 0;
		}
		int e = errno;
		struct stat st;
		bool no_links = e == EPERM || e == ENOSYS || e == EOPNOTSUPP || e == EMLINK;
		/* A file system without hard links: check, then rename. */
		if (!no_links || lstat(path, &st) == 0) {
			unlink(tmp);
			if (no_links || e == EEXIST)
				return 1;
			*err = e;
			return -1;
		}
	}
	if (rename(tmp, path) != 0) {
		*err = errno;
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* 0 written, 1 the file exists (nothing written), -1 failed with *err. */
static int write_plan(const struct plan *p, const char *path, bool overwrite, int *err)
{
	char dir[1100], tmp[1200];
	const char *base = split_path(path, dir, sizeof dir);
	if (!base) {
		*err = EISDIR;
		return -1;
	}
	int r = check_target(path, overwrite, err);
	if (r != 0)
		return r;
	if (write_temp(p, dir, base, tmp, sizeof tmp, err) != 0)
		return -1;
	return publish(tmp, path, overwrite, err);
}

static struct save *state(struct tui *t)
{
	return tui_view(t, TUI_SAVE)->priv;
}

static enum tui_reaction save_write(struct tui *t, bool overwrite);

static enum tui_reaction replace(struct tui *t, void *ctx)
{
	(void)ctx;
	return save_write(t, true);
}

static enum tui_reaction keep(struct tui *t, void *ctx)
{
	(void)ctx;
	snprintf(state(t)->msg, sizeof state(t)->msg, "Not saved. Type another name, or press Esc.");
	state(t)->error = false;
	return TUI_R_REDRAW;
}

/* Why a save failed, as a person reads it. */
static const char *why(int err)
{
	return err == SAVE_ERR_LINK       ? "it is a symbolic link; type another name"
	       : err == SAVE_ERR_DIR      ? "it is a directory; type a file name"
	       : err == SAVE_ERR_NOT_FILE ? "it is not a plain file; type another name"
	       : err > 0                  ? strerror(err)
	                                  : "no plan";
}

static enum tui_reaction save_write(struct tui *t, bool overwrite)
{
	struct save *s = state(t);
	char path[1100];
	s->error = true;
	if (s->len == 0) {
		snprintf(s->msg, sizeof s->msg, "Type a file name first.");
		return TUI_R_REDRAW;
	}
	if (!resolve(s->path, path, sizeof path)) {
		snprintf(s->msg, sizeof s->msg, "That file name is too long.");
		return TUI_R_REDRAW;
	}
	int err = 0;
	int r = s->plan ? write_plan(s->plan, path, overwrite, &err) : -1;
	if (r == 0) {
		snprintf(s->dir, sizeof s->dir, "%.*s", (int)(strrchr(path, '/') - path), path);
		if (!s->dir[0])
			snprintf(s->dir, sizeof s->dir, "/");
		tui_pop(t);
		tui_message(t, "Plan saved to %s (only you can read it).", path);
	} else if (r == 1) {
		char ask[1300];
		snprintf(ask, sizeof ask, "%s already exists. Replace it with this plan?", path);
		confirm_open(t, ask, false, replace, keep, NULL);
	} else {
		snprintf(s->msg, sizeof s->msg, "Could not save to %s: %s.", path, why(err));
	}
	return TUI_R_REDRAW;
}

/* The message, if any, in place of the line about the file; then the name
 * being typed, and the keys. */
static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct save *s = v->priv;
	attr_t ta = t->attr[s->msg[0] && s->error ? PANE_UNMET : PANE_TEXT];
	struct tui_rect r = tui_dialog(t, "Save the plan", s->msg[0] ? s->msg : "A text file that only you can read.",
	                               ta, 4);
	tui_puts(t, r.y, r.x, r.w, "File name:", t->attr[PANE_TEXT]);
	int cx = tui_draw_field(t, r.y + 1, r.x, r.w, s->path, s->cur, t->attr[TUI_S_INPUT]);
	*f = (struct tui_frame){ r.y + 1, cx, true };
	tui_puts(t, r.y + 3, r.x, r.w, "Enter save   Esc cancel   Ctrl-U clear", t->attr[PANE_DIM]);
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct save *s = v->priv;
	enum tui_field done = tui_field_key(s->path, &s->len, &s->cur, sizeof s->path, a, t->key);
	if (done == TUI_F_ACCEPT)
		return save_write(t, false);
	if (done == TUI_F_CANCEL) {
		tui_pop(t);
		tui_message(t, "The plan was not saved.");
	}
	return done == TUI_F_NONE ? TUI_R_NONE : TUI_R_REDRAW;
}

const struct tui_screen_ops save_screen = {
	.name = "save", .private_size = sizeof(struct save), .ctx = TUI_CTX_PROMPT,
	.overlay = true,
	.draw = draw, .key = key,
};
