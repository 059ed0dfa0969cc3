/* print: the plan to the administrator's printer, with a deadline. */
#define _GNU_SOURCE /* fopencookie */
#include "print.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lang.h"
#include "mem.h"

#define RETRY_MS 20   /* a driver without poll says "ready" at once: wait this long */

/* The handout in memory, grown by copying and wiping: open_memstream's
 * realloc would leave copies of it (the answers, the resume code) in the
 * memory it lets go. */
struct wiped {
	char *buf;
	size_t len, cap;
};

static void wiped_free(struct wiped *w)
{
	if (w->buf)
		explicit_bzero(w->buf, w->cap);
	free(w->buf);
}

static ssize_t wiped_write(void *cookie, const char *data, size_t n)
{
	struct wiped *w = cookie;
	if (w->len + n + 1 > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (cap < w->len + n + 1)
			cap *= 2;
		char *grown = mem_alloc(cap);
		if (w->len)
			memcpy(grown, w->buf, w->len);
		wiped_free(w);
		*w = (struct wiped){ grown, w->len, cap };
	}
	memcpy(w->buf + w->len, data, n);
	w->len += n;
	return (ssize_t)n;
}

char *print_bytes_of(const struct plan *p, int columns, bool cut, size_t *len)
{
	struct wiped w = { mem_alloc(4096), 0, 4096 };
	FILE *f = fopencookie(&w, "w", (cookie_io_functions_t){ .write = wiped_write });
	if (!f) {
		wiped_free(&w);
		return NULL;
	}
	/* The stream's buffer is ours, to be wiped: unbuffered, stdio would
	 * format each line in a buffer of its own on the stack, and leave it. */
	char buf[BUFSIZ];
	setvbuf(f, buf, _IOFBF, sizeof buf);
	plan_write_text(p, f, columns);
	if (cut)
		fwrite(PRINT_CUT, 1, PRINT_CUT_LEN, f);
	bool ok = !ferror(f);
	ok &= fclose(f) == 0;
	explicit_bzero(buf, sizeof buf);
	if (!ok) {
		wiped_free(&w);
		return NULL;
	}
	*len = w.len;
	return w.buf;
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Wait until fd takes more, or the deadline: 0 ready, else an errno
 * (ETIMEDOUT at the deadline). */
static int wait_writable(int fd, long end, bool spun)
{
	long left = end - now_ms();
	if (left <= 0)
		return ETIMEDOUT;
	if (spun) {
		/* Ready by poll, refused by write: don't spin on it. */
		poll(NULL, 0, left < RETRY_MS ? (int)left : RETRY_MS);
		return 0;
	}
	struct pollfd pfd = { fd, POLLOUT, 0 };
	int n = poll(&pfd, 1, (int)left);
	if (n == 0)
		return ETIMEDOUT;
	if (n < 0)
		return errno == EINTR ? 0 : errno;
	return pfd.revents & (POLLERR | POLLHUP | POLLNVAL) ? EPIPE : 0;
}

/* Write all of data to fd by end; the bytes written, the error in *err. */
static size_t write_by(int fd, const char *data, size_t len, long end, int *err)
{
	size_t done = 0;
	bool spun = false;
	*err = 0;
	while (done < len && !*err) {
		ssize_t n = write(fd, data + done, len - done);
		if (n > 0) {
			done += (size_t)n;
			spun = false;
		} else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
			*err = errno;
		} else {
			*err = wait_writable(fd, end, spun);
			spun = n == 0 || errno != EINTR;
		}
	}
	return done;
}

/* A reader that went away would send SIGPIPE, which ends a program: it is
 * blocked while writing, and one it caused is taken back. */
static size_t write_no_sigpipe(int fd, const char *data, size_t len, long end, int *err)
{
	sigset_t pipe, old;
	sigemptyset(&pipe);
	sigaddset(&pipe, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe, &old);
	size_t done = write_by(fd, data, len, end, err);
	sigset_t pending;
	if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) && !sigismember(&old, SIGPIPE))
		sigtimedwait(&pipe, NULL, &(struct timespec){ 0, 0 });
	sigprocmask(SIG_SETMASK, &old, NULL);
	return done;
}

struct print_result print_write(const char *path, const char *data, size_t len, int deadline_ms)
{
	struct print_result r = { PRINT_OK, 0, 0, len };
	long end = now_ms() + deadline_ms;
	int fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_APPEND | O_CLOEXEC);
	if (fd < 0) {
		r.err = errno;
		r.status = r.err == ENXIO || r.err == ENOENT || r.err == ENODEV ? PRINT_NOT_READY : PRINT_FAILED;
		return r;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode))) {
		close(fd);
		r.status = PRINT_NOT_PRINTER;
		return r;
	}
	int err;
	r.written = write_no_sigpipe(fd, data, len, end, &err);
	if (close(fd) != 0 && !err && errno != EINTR)
		err = errno;
	if (r.written < len || err) {
		r.err = err;
		r.status = r.written == 0 && err == ETIMEDOUT ? PRINT_STALLED : r.written ? PRINT_PARTIAL : PRINT_FAILED;
		if (r.written == 0 && err == EPIPE)
			r.status = PRINT_NOT_READY;
	}
	return r;
}

struct print_result print_plan(const struct session_options *opt, const struct plan *p)
{
	size_t len = 0;
	char *bytes = print_bytes_of(p, opt->printer_columns, opt->printer_cut, &len);
	if (!bytes)
		return (struct print_result){ PRINT_FAILED, ENOMEM, 0, 0 };
	struct print_result r = print_write(opt->printer, bytes, len, PRINT_DEADLINE_MS);
	/* The handout holds the answers and the resume code. */
	explicit_bzero(bytes, len);
	free(bytes);
	return r;
}

/* Short enough for a status line of 80 columns. */
const char *print_message(const struct print_result *r, char *buf, size_t size)
{
	static const char *const text[] = {
		[PRINT_OK] = N_("Printed: please take your plan from the printer."),
		[PRINT_NOT_READY] = N_("Not printed: the printer is off or not connected. Ask a staff member."),
		[PRINT_NOT_PRINTER] = N_("Not printed: the printer setting names no printer. Ask a staff member."),
		[PRINT_STALLED] = N_("Not printed: the printer did not answer (off? no paper?). Ask a staff member."),
		[PRINT_PARTIAL] = N_("Only part printed: the printer stopped (no paper?). Ask a staff member."),
	};
	if (r->status == PRINT_FAILED)
		snprintf(buf, size, _("Not printed (%s). Ask a staff member."), strerror(r->err));
	else
		snprintf(buf, size, "%s", _(text[r->status]));
	return buf;
}
