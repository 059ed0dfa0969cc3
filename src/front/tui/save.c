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
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "text.h"
#include "tui.h"

#define SAVE_NAME "probation-plan.txt"
#define SAVE_WIDTH 78
struct save {
	const struct plan *plan;   /* the result's, which outlives the dialog */
	char path[1024];
	size_t len;
	char msg[1200];
	bool error;
};

/* Refusals of our own, beside the errno values. */
enum { SAVE_ERR_LINK = -1, SAVE_ERR_DIR = -2, SAVE_ERR_NOT_FILE = -3 };

/* Write the plan to f; 0, or the errno of the first failure. */
static int put_plan(const struct plan *p, FILE *f)
{
	/* The file's buffer is ours, so that it is wiped, not just freed. */
	char buf[BUFSIZ];
	setvbuf(f, buf, _IOFBF, sizeof buf);
	plan_write_text(p, f, SAVE_WIDTH);
	int e = 0;
	if (fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0)
		e = errno ? errno : EIO;
	if (fclose(f) != 0 && !e)
		e = errno;
	explicit_bzero(buf, sizeof buf);
	return e;
}

/* The file's name passed through the frames of the functions a save
 * calls (ours and the C library's), below the caller's: once the save is
 * done, wipe them, so that after "forget me" nothing of it is left. */
static __attribute__((noinline)) void scrub_below(void)
{
	char area[32768];
	explicit_bzero(area, sizeof area);
}

/* A kiosk's save: a new file in the spool directory, 0600 whatever the
 * umask (mkstemps), created, never opened if it exists. */
static void save_spool(struct tui *t, const struct plan *p, const char *spool)
{
	char path[1200], stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime_r(&now, &tm));
	int n = snprintf(path, sizeof path, "%s/plan-%s-XXXXXX.txt", spool, stamp);
	int fd = n > 0 && (size_t)n < sizeof path ? mkstemps(path, 4) : (errno = ENAMETOOLONG, -1);
	int e = fd < 0 ? errno : 0;
	FILE *f = fd < 0 ? NULL : fchmod(fd, 0600) == 0 ? fdopen(fd, "w") : NULL;
	if (fd >= 0 && !f) {
		e = errno;
		close(fd);
	}
	if (f)
		e = put_plan(p, f);
	if (e) {
		if (fd >= 0)
			unlink(path);
		tui_message(t, "Your plan could not be saved (%s). Please ask a member of staff.", strerror(e));
	} else {
		tui_message(t, "Your plan is saved as %s: ask a member of staff for your copy.", strrchr(path, '/') + 1);
	}
	explicit_bzero(path, sizeof path);
	scrub_below();
}

void save_open(struct tui *t, const struct plan *p)
{
	if (t->kiosk) {
		const char *spool = t->s->opt ? t->s->opt->spool_dir : NULL;
		if (spool)
			save_spool(t, p, spool);
		else
			tui_message(t, "Saving is turned off on this terminal: ask the advisor for a copy of your plan.");
		return;
	}
	struct save *s = tui_open(t, TUI_SAVE)->priv;
	s->plan = p;
	const char *home = getenv("HOME");
	if (home && *home)
		snprintf(s->path, sizeof s->path, "%s%s" SAVE_NAME, home, home[strlen(home) - 1] == '/' ? "" : "/");
	else
		snprintf(s->path, sizeof s->path, SAVE_NAME);
	s->len = strlen(s->path);
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
		tui_pop(t);
		tui_message(t, "Plan saved to %s (only you can read it).", path);
	} else if (r == 1) {
		char ask[1300];
		snprintf(ask, sizeof ask, "%s already exists. Replace it with this plan?", path);
		confirm_open(t, ask, false, replace, keep, NULL);
		explicit_bzero(ask, sizeof ask);
	} else {
		snprintf(s->msg, sizeof s->msg, "Could not save to %s: %s.", path, why(err));
	}
	explicit_bzero(path, sizeof path);
	scrub_below();
	return TUI_R_REDRAW;
}

/* The message, if any, in place of the line about the file; then the name
 * being typed, and the keys. */
static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct save *s = v->priv;
	struct tui_form fd = { "Save the plan", s->msg[0] ? s->msg : "A text file that only you can read.",
		                "File name:", s->path, "Enter save   Esc cancel   Ctrl-U clear", s->msg[0] && s->error };
	tui_draw_field(t, &fd, f);
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct save *s = v->priv;
	enum tui_field done = tui_field_key(s->path, &s->len, sizeof s->path, a, t->key);
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
