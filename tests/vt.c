/* vt: the real program, a pseudo-terminal and libvterm, for screen tests. */
#include "vt.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

struct vt {
	VTerm *term;
	VTermScreen *screen;
	int fd;
	pid_t pid;
	int status;       /* once reaped */
	bool reaped;
	size_t written;
	struct rusage ru;    /* the program's, once reaped */
	char *raw;           /* the latest bytes it wrote, as written */
	size_t nraw, rawbase; /* bytes kept; offset of raw[0] in all it wrote */
	char dump[16384];
};

#define RAW_KEEP (8u << 20)

/* Keep what the program wrote, raw, for tests of the bytes themselves. */
static void raw_add(struct vt *vt, const char *s, size_t n)
{
	if (!vt->raw && !(vt->raw = malloc(RAW_KEEP)))
		return;
	if (n > RAW_KEEP / 2) {
		s += n - RAW_KEEP / 2;
		vt->rawbase += n - RAW_KEEP / 2;
		n = RAW_KEEP / 2;
	}
	if (vt->nraw + n > RAW_KEEP) {
		size_t drop = vt->nraw - RAW_KEEP / 2;
		memmove(vt->raw, vt->raw + drop, vt->nraw - drop);
		vt->nraw -= drop;
		vt->rawbase += drop;
	}
	memcpy(vt->raw + vt->nraw, s, n);
	vt->nraw += n;
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static void write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* What the emulator answers (and the keys it encodes) goes to the program. */
static void on_output(const char *s, size_t len, void *user)
{
	struct vt *vt = user;
	write_all(vt->fd, s, len);
}

struct vt *vt_start(int rows, int cols, const char *const *args, const char *const *env)
{
	return vt_start_with(rows, cols, args, env, NULL, NULL);
}

struct vt *vt_start_with(int rows, int cols, const char *const *args, const char *const *env,
                         void (*child)(void *), void *arg)
{
	struct vt *vt = calloc(1, sizeof *vt);
	if (!vt)
		return NULL;
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	const char *bin = pa_bin();
	vt->pid = forkpty(&vt->fd, NULL, NULL, &ws);
	if (vt->pid < 0) {
		free(vt);
		return NULL;
	}
	if (vt->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LANG", "C.UTF-8", 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		unsetenv("NO_COLOR");
		unsetenv("COLUMNS");
		unsetenv("LINES");
		unsetenv("ESCDELAY");
		for (size_t i = 0; env && env[i]; i++) {
			const char *eq = strchr(env[i], '=');
			if (eq) {
				char name[128];
				snprintf(name, sizeof name, "%.*s", (int)(eq - env[i]), env[i]);
				setenv(name, eq + 1, 1);
			} else {
				unsetenv(env[i]);
			}
		}
		const char *argv[64];
		size_t n = 0;
		argv[n++] = bin;
		for (size_t i = 0; args && args[i] && n < 63; i++)
			argv[n++] = args[i];
		argv[n] = NULL;
		if (child)
			child(arg);
		execv(bin, (char *const *)argv);
		_exit(127);
	}
	fcntl(vt->fd, F_SETFL, fcntl(vt->fd, F_GETFL) | O_NONBLOCK);
	vt->term = vterm_new(rows, cols);
	vterm_set_utf8(vt->term, 1);
	vterm_output_set_callback(vt->term, on_output, vt);
	vt->screen = vterm_obtain_screen(vt->term);
	vterm_screen_enable_altscreen(vt->screen, 1);
	vterm_screen_reset(vt->screen, 1);
	return vt;
}

static void reap(struct vt *vt, bool block)
{
	if (vt->reaped)
		return;
	int st;
	pid_t r = wait4(vt->pid, &st, block ? 0 : WNOHANG, &vt->ru);
	if (r == vt->pid) {
		vt->reaped = true;
		vt->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	}
}

void vt_free(struct vt *vt)
{
	if (!vt)
		return;
	reap(vt, false);
	if (!vt->reaped) {
		kill(vt->pid, SIGKILL);
		reap(vt, true);
	}
	if (vt->fd >= 0)
		close(vt->fd);
	vterm_free(vt->term);
	free(vt->raw);
	free(vt);
}

/* Read what is there, waiting at most ms for the first byte. */
static bool pump_once(struct vt *vt, int ms)
{
	if (vt->fd < 0) {
		usleep((useconds_t)ms * 1000);
		return false;
	}
	struct pollfd p = { vt->fd, POLLIN, 0 };
	if (poll(&p, 1, ms) <= 0)
		return false;
	bool got = false;
	char buf[8192];
	for (;;) {
		ssize_t n = read(vt->fd, buf, sizeof buf);
		if (n > 0) {
			vterm_input_write(vt->term, buf, (size_t)n);
			raw_add(vt, buf, (size_t)n);
			vt->written += (size_t)n;
			got = true;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		break;
	}
	vterm_screen_flush_damage(vt->screen);
	return got;
}

void vt_pump(struct vt *vt, int ms)
{
	long end = now_ms() + ms;
	for (long left = ms; left > 0; left = end - now_ms())
		if (!pump_once(vt, (int)left))
			break;
}

void vt_settle(struct vt *vt, int quiet_ms, int ms)
{
	long end = now_ms() + ms;
	while (now_ms() < end)
		if (!pump_once(vt, quiet_ms))
			return;
}

static int put_utf8(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | c >> 6);
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | c >> 12);
		out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | c >> 18);
	out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

void vt_row(struct vt *vt, int row, char *buf, size_t size)
{
	int rows, cols;
	vterm_get_size(vt->term, &rows, &cols);
	size_t n = 0, keep = 0;
	for (int col = 0; col < cols && n + 8 < size; col++) {
		VTermScreenCell cell;
		if (!vterm_screen_get_cell(vt->screen, (VTermPos){ row, col }, &cell))
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

char *vt_text(struct vt *vt)
{
	int rows, cols;
	vterm_get_size(vt->term, &rows, &cols);
	size_t size = (size_t)rows * ((size_t)cols * 4 + 2) + 1;
	char *s = malloc(size), line[4096];
	if (!s)
		return NULL;
	size_t n = 0;
	for (int r = 0; r < rows; r++) {
		vt_row(vt, r, line, sizeof line);
		n += (size_t)snprintf(s + n, size - n, "%s\n", line);
	}
	return s;
}

const char *vt_dump(struct vt *vt)
{
	char *s = vt_text(vt);
	int row, col;
	vt_cursor(vt, &row, &col);
	snprintf(vt->dump, sizeof vt->dump, "\n---- screen (cursor at %d,%d) ----\n%s---- end ----", row, col,
	         s ? s : "");
	free(s);
	return vt->dump;
}

static bool has(struct vt *vt, const char *text)
{
	char *s = vt_text(vt);
	bool found = s && strstr(s, text) != NULL;
	free(s);
	return found;
}

bool vt_wait(struct vt *vt, const char *text, int ms)
{
	long end = now_ms() + ms;
	for (;;) {
		if (has(vt, text))
			return true;
		long left = end - now_ms();
		if (left <= 0)
			return false;
		pump_once(vt, left > 50 ? 50 : (int)left);
	}
}

bool vt_wait_gone(struct vt *vt, const char *text, int ms)
{
	long end = now_ms() + ms;
	for (;;) {
		if (!has(vt, text))
			return true;
		long left = end - now_ms();
		if (left <= 0)
			return false;
		pump_once(vt, left > 50 ? 50 : (int)left);
	}
}

void vt_cursor(struct vt *vt, int *row, int *col)
{
	VTermPos pos;
	vterm_state_get_cursorpos(vterm_obtain_state(vt->term), &pos);
	*row = pos.row;
	*col = pos.col;
}

static bool cursor_row_has(struct vt *vt, const char *text)
{
	int row, col;
	char line[4096];
	vt_cursor(vt, &row, &col);
	vt_row(vt, row, line, sizeof line);
	return strstr(line, text) != NULL;
}

bool vt_wait_cursor_row(struct vt *vt, const char *text, int ms)
{
	long end = now_ms() + ms;
	for (;;) {
		/* The cursor crosses rows while a frame is drawn: judge it at rest. */
		if (cursor_row_has(vt, text)) {
			vt_settle(vt, 50, 1000);
			if (cursor_row_has(vt, text))
				return true;
		}
		long left = end - now_ms();
		if (left <= 0)
			return false;
		pump_once(vt, left > 50 ? 50 : (int)left);
	}
}

void vt_send(struct vt *vt, const char *bytes)
{
	write_all(vt->fd, bytes, strlen(bytes));
}

void vt_char(struct vt *vt, uint32_t ch)
{
	vterm_keyboard_unichar(vt->term, ch, VTERM_MOD_NONE);
}

void vt_key(struct vt *vt, VTermKey key)
{
	vterm_keyboard_key(vt->term, key, VTERM_MOD_NONE);
}

void vt_click(struct vt *vt, int row, int col)
{
	vterm_mouse_move(vt->term, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(vt->term, 1, true, VTERM_MOD_NONE);
	vterm_mouse_button(vt->term, 1, false, VTERM_MOD_NONE);
}

void vt_wheel(struct vt *vt, int row, int col, int dir)
{
	vterm_mouse_move(vt->term, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(vt->term, dir < 0 ? 4 : 5, true, VTERM_MOD_NONE);
}

void vt_signal(struct vt *vt, int sig)
{
	kill(vt->pid, sig);
}

void vt_resize(struct vt *vt, int rows, int cols)
{
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	vterm_set_size(vt->term, rows, cols);
	vterm_screen_flush_damage(vt->screen);
	ioctl(vt->fd, TIOCSWINSZ, &ws);
}

bool vt_cell_reverse(struct vt *vt, int row, int col)
{
	VTermScreenCell cell;
	return vterm_screen_get_cell(vt->screen, (VTermPos){ row, col }, &cell) && cell.attrs.reverse;
}

bool vt_any_color(struct vt *vt)
{
	int rows, cols;
	vterm_get_size(vt->term, &rows, &cols);
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++) {
			VTermScreenCell cell;
			if (!vterm_screen_get_cell(vt->screen, (VTermPos){ r, c }, &cell))
				continue;
			if (!VTERM_COLOR_IS_DEFAULT_FG(&cell.fg) || !VTERM_COLOR_IS_DEFAULT_BG(&cell.bg))
				return true;
		}
	return false;
}

bool vt_all_ascii(struct vt *vt)
{
	int rows, cols;
	vterm_get_size(vt->term, &rows, &cols);
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++) {
			VTermScreenCell cell;
			if (!vterm_screen_get_cell(vt->screen, (VTermPos){ r, c }, &cell))
				continue;
			for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; i++)
				if (cell.chars[i] >= 0x80 && cell.chars[i] != (uint32_t)-1)
					return false;
		}
	return true;
}

/* The cursor's row, once the program has been quiet for a moment. */
static bool settled_cursor_row_has(struct vt *vt, const char *text)
{
	vt_settle(vt, 60, 2000);
	return cursor_row_has(vt, text);
}

/* Press key and wait for the cursor or its row to change (or a time limit). */
static void press_and_wait(struct vt *vt, VTermKey key)
{
	char before[4096], line[4096];
	int row, col, before_row;
	vt_cursor(vt, &before_row, &col);
	vt_row(vt, before_row, before, sizeof before);
	vt_key(vt, key);
	long end = now_ms() + 3000;
	do {
		pump_once(vt, 30);
		vt_cursor(vt, &row, &col);
		vt_row(vt, row, line, sizeof line);
	} while (row == before_row && strcmp(line, before) == 0 && now_ms() < end);
}

bool vt_pick(struct vt *vt, const char *label, bool choose)
{
	if (!settled_cursor_row_has(vt, label)) {
		press_and_wait(vt, VTERM_KEY_HOME);
		for (int i = 0; i < 60 && !settled_cursor_row_has(vt, label); i++)
			press_and_wait(vt, VTERM_KEY_DOWN);
		if (!cursor_row_has(vt, label))
			return false;
	}
	if (choose)
		vt_key(vt, VTERM_KEY_ENTER);
	return true;
}

int vt_exit(struct vt *vt, int ms)
{
	long end = now_ms() + ms;
	for (;;) {
		pump_once(vt, 20);
		reap(vt, false);
		if (vt->reaped)
			return vt->status;
		if (now_ms() > end)
			return -1;
	}
}

int vt_hangup(struct vt *vt, int ms)
{
	close(vt->fd);
	vt->fd = -1;
	long end = now_ms() + ms;
	for (;;) {
		reap(vt, false);
		if (vt->reaped)
			return vt->status;
		if (now_ms() > end)
			return -1;
		usleep(20000);
	}
}

size_t vt_written(const struct vt *vt)
{
	return vt->written;
}

pid_t vt_pid(const struct vt *vt)
{
	return vt->pid;
}

bool vt_termios(const struct vt *vt, struct termios *tio)
{
	/* On Linux the master reports the modes of the terminal's other side. */
	return vt->fd >= 0 && tcgetattr(vt->fd, tio) == 0;
}

void vt_paste(struct vt *vt, const char *bytes, size_t len)
{
	while (len > 0 && vt->fd >= 0) {
		ssize_t w = write(vt->fd, bytes, len);
		if (w > 0) {
			bytes += w;
			len -= (size_t)w;
			continue;
		}
		if (w < 0 && errno != EAGAIN && errno != EINTR)
			return;
		/* The program's input is full: let it read while we read it. */
		reap(vt, false);
		if (vt->reaped)
			return;
		pump_once(vt, 5);
	}
}

bool vt_raw_has(const struct vt *vt, size_t from, const char *bytes)
{
	size_t n = strlen(bytes);
	size_t start = from > vt->rawbase ? from - vt->rawbase : 0;
	for (size_t i = start; i + n <= vt->nraw; i++)
		if (memcmp(vt->raw + i, bytes, n) == 0)
			return true;
	return false;
}

long long vt_cpu_ns(const struct vt *vt)
{
	if (!vt->reaped)
		return -1;
	return ((long long)vt->ru.ru_utime.tv_sec + vt->ru.ru_stime.tv_sec) * 1000000000LL +
	       ((long long)vt->ru.ru_utime.tv_usec + vt->ru.ru_stime.tv_usec) * 1000LL;
}
