/* plan_save: the plan written to a file a person names, or into a kiosk's
 * spool directory, for every front end that saves: 0600, through a
 * temporary file and a link or rename, never replacing a file without
 * being told to, never writing through a symbolic link or over anything
 * but a file. */
#include "lang.h"
#include "plan_save.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Write the plan to f; 0, or the errno of the first failure. */
static int put_plan(const struct plan *p, FILE *f)
{
	/* The file's buffer is ours, so that it is wiped, not just freed. */
	char buf[BUFSIZ];
	setvbuf(f, buf, _IOFBF, sizeof buf);
	plan_write_text(p, f, PLAN_SAVE_WIDTH);
	int e = 0;
	if (fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0)
		e = errno ? errno : EIO;
	if (fclose(f) != 0 && !e)
		e = errno;
	explicit_bzero(buf, sizeof buf);
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

int plan_save_spool(const struct plan *p, const char *dir, char *path, size_t size)
{
	int fd = spool_create(dir, path, size);
	int e = fd < 0 ? errno : 0;
	FILE *f = fd < 0 ? NULL : fchmod(fd, 0600) == 0 ? fdopen(fd, "w") : NULL;
	if (fd >= 0 && !f) {
		e = errno;
		close(fd);
	}
	if (f)
		e = put_plan(p, f);
	if (e && fd >= 0)
		unlink(path);
	return e;
}

void plan_save_default(const char *dir, time_t now, char *out, size_t size)
{
	char name[64];
	struct tm tm;
	strftime(name, sizeof name, "probation-plan-%Y-%m-%d.txt", localtime_r(&now, &tm));
	if (dir && *dir)
		snprintf(out, size, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
	else
		snprintf(out, size, "%s", name);
}

/* The name as typed, made absolute ("~/" is the home directory). */
bool plan_save_resolve(const char *typed, char *out, size_t size)
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
int plan_save_file(const struct plan *p, const char *path, bool overwrite, int *err)
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

/* Why a save failed, as a person reads it. */
const char *plan_save_why(int err)
{
	return err == SAVE_ERR_LINK       ? _("it is a symbolic link; type another name")
	       : err == SAVE_ERR_DIR      ? _("it is a directory; type a file name")
	       : err == SAVE_ERR_NOT_FILE ? _("it is not a plain file; type another name")
	       : err > 0                  ? strerror(err)
	                                  : _("no plan");
}
