/* vtcore: a child on a pseudo-terminal and libvterm, for tests and benchmarks. */
#include "vtcore.h"
#include "session.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

uint64_t vtcore_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void vtcore_write(struct vtcore *c, const char *s, size_t n)
{
	if (c->fd >= 0)
		terminal_write_all(c->fd, s, n);
}

/* What the emulator answers, and the keys it encodes, go to the program. */
static void on_output(const char *s, size_t len, void *user)
{
	vtcore_write(user, s, len);
}

bool vtcore_start(struct vtcore *c, int rows, int cols, void (*child)(void *), void *arg)
{
	*c = (struct vtcore){ .fd = -1 };
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	c->pid = forkpty(&c->fd, NULL, NULL, &ws);
	if (c->pid < 0) {
		c->fd = -1;
		return false;
	}
	if (c->pid == 0) {
		child(arg);
		_exit(127);
	}
	fcntl(c->fd, F_SETFL, fcntl(c->fd, F_GETFL) | O_NONBLOCK);
	fcntl(c->fd, F_SETFD, FD_CLOEXEC);
	c->term = vterm_new(rows, cols);
	vterm_set_utf8(c->term, 1);
	vterm_output_set_callback(c->term, on_output, c);
	c->screen = vterm_obtain_screen(c->term);
	vterm_screen_enable_altscreen(c->screen, 1);
	vterm_screen_reset(c->screen, 1);
	return true;
}

void vtcore_reap(struct vtcore *c, bool block)
{
	if (c->reaped)
		return;
	int st;
	pid_t r;
	do
		r = wait4(c->pid, &st, block ? 0 : WNOHANG, &c->ru);
	while (r < 0 && errno == EINTR);
	if (r == c->pid) {
		c->reaped = true;
		c->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	}
}

void vtcore_free(struct vtcore *c)
{
	if (!c->term)
		return;
	vtcore_reap(c, false);
	if (!c->reaped) {
		kill(c->pid, SIGKILL);
		vtcore_reap(c, true);
	}
	if (c->fd >= 0)
		close(c->fd);
	c->fd = -1;
	vterm_free(c->term);
	c->term = NULL;
}

uint64_t vtcore_cpu_ns(const struct vtcore *c)
{
	const struct rusage *ru = &c->ru;
	return ((uint64_t)ru->ru_utime.tv_sec + (uint64_t)ru->ru_stime.tv_sec) * 1000000000u +
	       ((uint64_t)ru->ru_utime.tv_usec + (uint64_t)ru->ru_stime.tv_usec) * 1000u;
}

bool vtcore_read(struct vtcore *c)
{
	bool got = false;
	char buf[16384];
	while (c->fd >= 0) {
		ssize_t n = read(c->fd, buf, sizeof buf);
		if (n > 0) {
			c->t_last = vtcore_now_ns();
			c->bytes += (size_t)n;
			if (c->on_read)
				c->on_read(c->user, buf, (size_t)n);
			vterm_input_write(c->term, buf, (size_t)n);
			got = true;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		break;
	}
	if (got)
		vterm_screen_flush_damage(c->screen);
	return got;
}

bool vtcore_pump(struct vtcore *c, int ms)
{
	if (c->fd < 0)
		return false;
	struct pollfd p = { c->fd, POLLIN, 0 };
	int r = poll(&p, 1, ms);
	if (r <= 0 || !(p.revents & POLLIN))
		return false;
	return vtcore_read(c);
}

bool vtcore_wait(struct vtcore *c, const char *text, bool shown, uint64_t end_ns)
{
	while (vtcore_screen_has(c, text) != shown) {
		uint64_t now = vtcore_now_ns();
		if (now >= end_ns || c->fd < 0)
			return false;
		uint64_t left = (end_ns - now) / 1000000u;
		vtcore_pump(c, left > 50 ? 50 : (int)left + 1);
	}
	return true;
}

bool vtcore_quiet(struct vtcore *c, int quiet_ms, uint64_t end_ns)
{
	while (vtcore_pump(c, quiet_ms))
		if (vtcore_now_ns() >= end_ns)
			return false;
	return true;
}

void vtcore_key(struct vtcore *c, VTermKey key)
{
	vterm_keyboard_key(c->term, key, VTERM_MOD_NONE);
}

void vtcore_char(struct vtcore *c, uint32_t ch)
{
	vterm_keyboard_unichar(c->term, ch, VTERM_MOD_NONE);
}

static int put_utf8(char *out, uint32_t ch)
{
	if (ch < 0x80) {
		out[0] = (char)ch;
		return 1;
	}
	if (ch < 0x800) {
		out[0] = (char)(0xc0 | ch >> 6);
		out[1] = (char)(0x80 | (ch & 0x3f));
		return 2;
	}
	if (ch < 0x10000) {
		out[0] = (char)(0xe0 | ch >> 12);
		out[1] = (char)(0x80 | ((ch >> 6) & 0x3f));
		out[2] = (char)(0x80 | (ch & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | ch >> 18);
	out[1] = (char)(0x80 | ((ch >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((ch >> 6) & 0x3f));
	out[3] = (char)(0x80 | (ch & 0x3f));
	return 4;
}

void vtcore_row(struct vtcore *c, int row, char *buf, size_t size)
{
	int rows, cols;
	vterm_get_size(c->term, &rows, &cols);
	size_t n = 0, keep = 0;
	for (int col = 0; col < cols && n + 8 < size; col++) {
		VTermScreenCell cell;
		if (!vterm_screen_get_cell(c->screen, (VTermPos){ row, col }, &cell))
			continue;
		if (cell.chars[0] == (uint32_t)-1)
			continue; /* the right half of a wide character */
		if (cell.chars[0] == 0) {
			buf[n++] = ' ';
		} else {
			for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; i++)
				n += (size_t)put_utf8(buf + n, cell.chars[i]);
			keep = n;
		}
		if (cell.width > 1)
			col += cell.width - 1;
	}
	buf[keep] = '\0';
}

void vtcore_cursor(struct vtcore *c, int *row, int *col)
{
	VTermPos pos;
	vterm_state_get_cursorpos(vterm_obtain_state(c->term), &pos);
	*row = pos.row;
	*col = pos.col;
}

bool vtcore_screen_has(struct vtcore *c, const char *text)
{
	int rows, cols;
	vterm_get_size(c->term, &rows, &cols);
	char line[4096];
	for (int r = 0; r < rows; r++) {
		vtcore_row(c, r, line, sizeof line);
		if (strstr(line, text))
			return true;
	}
	return false;
}

bool vtcore_cursor_row_has(struct vtcore *c, const char *text)
{
	int row, col;
	char line[4096];
	vtcore_cursor(c, &row, &col);
	vtcore_row(c, row, line, sizeof line);
	return strstr(line, text) != NULL;
}
