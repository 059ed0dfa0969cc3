/* vt: the real program, a pseudo-terminal and libvterm, for screen tests. */
#include "vt.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "util.h"
#include "vtcore.h"

struct vt {
	struct vtcore c;
	char *raw;           /* the latest bytes it wrote, as written */
	size_t nraw, rawbase; /* bytes kept; offset of raw[0] in all it wrote */
	char dump[16384];
};

#define RAW_KEEP (8u << 20)

/* Keep what the program wrote, raw, for tests of the bytes themselves. */
static void raw_add(void *user, const char *s, size_t n)
{
	struct vt *vt = user;
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
	return (long)(vtcore_now_ns() / 1000000u);
}

static uint64_t deadline(int ms)
{
	return vtcore_now_ns() + (uint64_t)ms * 1000000u;
}

struct vt *vt_start(int rows, int cols, const char *const *args, const char *const *env)
{
	return vt_start_with(rows, cols, args, env, NULL, NULL);
}

/* What the child needs, gathered before the fork. */
struct launch {
	const char *bin;
	const char *const *args, *const *env;
	void (*child)(void *);
	void *arg;
};

static void launch(void *arg)
{
	const struct launch *l = arg;
	setenv("TERM", "xterm-256color", 1);
	setenv("LANG", "C.UTF-8", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	unsetenv("NO_COLOR");
	unsetenv("COLUMNS");
	unsetenv("LINES");
	unsetenv("ESCDELAY");
	env_apply(l->env);
	const char *argv[64];
	size_t n = 0;
	argv[n++] = l->bin;
	for (size_t i = 0; l->args && l->args[i] && n < 63; i++)
		argv[n++] = l->args[i];
	argv[n] = NULL;
	if (l->child)
		l->child(l->arg);
	execv(l->bin, (char *const *)argv);
}

struct vt *vt_start_with(int rows, int cols, const char *const *args, const char *const *env,
                         void (*child)(void *), void *arg)
{
	struct vt *vt = calloc(1, sizeof *vt);
	if (!vt)
		return NULL;
	struct launch l = { pa_bin(), args, env, child, arg };
	if (!vtcore_start(&vt->c, rows, cols, launch, &l)) {
		free(vt);
		return NULL;
	}
	vt->c.on_read = raw_add;
	vt->c.user = vt;
	return vt;
}

void vt_free(struct vt *vt)
{
	if (!vt)
		return;
	vtcore_free(&vt->c);
	free(vt->raw);
	free(vt);
}

/* Read what is there, waiting at most ms for the first byte; once hung up,
 * just let the time pass, as a terminal that shows nothing new would. */
static bool pump_once(struct vt *vt, int ms)
{
	if (vt->c.fd < 0) {
		usleep((useconds_t)ms * 1000);
		return false;
	}
	return vtcore_pump(&vt->c, ms);
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
	vtcore_quiet(&vt->c, quiet_ms, deadline(ms));
}

void vt_row(struct vt *vt, int row, char *buf, size_t size)
{
	vtcore_row(&vt->c, row, buf, size);
}

char *vt_text(struct vt *vt)
{
	int rows, cols;
	vterm_get_size(vt->c.term, &rows, &cols);
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

bool vt_wait(struct vt *vt, const char *text, int ms)
{
	return vtcore_wait(&vt->c, text, true, deadline(ms));
}

bool vt_wait_gone(struct vt *vt, const char *text, int ms)
{
	return vtcore_wait(&vt->c, text, false, deadline(ms));
}

void vt_cursor(struct vt *vt, int *row, int *col)
{
	vtcore_cursor(&vt->c, row, col);
}

bool vt_wait_cursor_row(struct vt *vt, const char *text, int ms)
{
	long end = now_ms() + ms;
	for (;;) {
		/* The cursor crosses rows while a frame is drawn: judge it at rest. */
		if (vtcore_cursor_row_has(&vt->c, text)) {
			vt_settle(vt, 50, 1000);
			if (vtcore_cursor_row_has(&vt->c, text))
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
	vtcore_write(&vt->c, bytes, strlen(bytes));
}

void vt_char(struct vt *vt, uint32_t ch)
{
	vtcore_char(&vt->c, ch);
}

void vt_key(struct vt *vt, VTermKey key)
{
	vtcore_key(&vt->c, key);
}

void vt_click(struct vt *vt, int row, int col)
{
	vterm_mouse_move(vt->c.term, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(vt->c.term, 1, true, VTERM_MOD_NONE);
	vterm_mouse_button(vt->c.term, 1, false, VTERM_MOD_NONE);
}

void vt_wheel(struct vt *vt, int row, int col, int dir)
{
	vterm_mouse_move(vt->c.term, row, col, VTERM_MOD_NONE);
	vterm_mouse_button(vt->c.term, dir < 0 ? 4 : 5, true, VTERM_MOD_NONE);
}

void vt_signal(struct vt *vt, int sig)
{
	kill(vt->c.pid, sig);
}

void vt_resize(struct vt *vt, int rows, int cols)
{
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	vterm_set_size(vt->c.term, rows < 1 ? 1 : rows > VT_MAX ? VT_MAX : rows, cols < 1 ? 1 : cols > VT_MAX ? VT_MAX : cols);
	vterm_screen_flush_damage(vt->c.screen);
	ioctl(vt->c.fd, TIOCSWINSZ, &ws);
}

void vt_winsize(struct vt *vt, int rows, int cols)
{
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	ioctl(vt->c.fd, TIOCSWINSZ, &ws);
}

bool vt_cell_reverse(struct vt *vt, int row, int col)
{
	VTermScreenCell cell;
	return vterm_screen_get_cell(vt->c.screen, (VTermPos){ row, col }, &cell) && cell.attrs.reverse;
}

/* Does any cell of the screen satisfy is? */
static bool any_cell(struct vt *vt, bool (*is)(const VTermScreenCell *))
{
	int rows, cols;
	vterm_get_size(vt->c.term, &rows, &cols);
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++) {
			VTermScreenCell cell;
			if (vterm_screen_get_cell(vt->c.screen, (VTermPos){ r, c }, &cell) && is(&cell))
				return true;
		}
	return false;
}

static bool coloured(const VTermScreenCell *cell)
{
	return !VTERM_COLOR_IS_DEFAULT_FG(&cell->fg) || !VTERM_COLOR_IS_DEFAULT_BG(&cell->bg);
}

static bool beyond_ascii(const VTermScreenCell *cell)
{
	for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell->chars[i]; i++)
		if (cell->chars[i] >= 0x80 && cell->chars[i] != (uint32_t)-1)
			return true;
	return false;
}

bool vt_any_color(struct vt *vt)
{
	return any_cell(vt, coloured);
}

bool vt_all_ascii(struct vt *vt)
{
	return !any_cell(vt, beyond_ascii);
}

/* The cursor's row, once the program has been quiet for a moment. */
static bool settled_cursor_row_has(struct vt *vt, const char *text)
{
	vt_settle(vt, 60, 2000);
	return vtcore_cursor_row_has(&vt->c, text);
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
		if (!vtcore_cursor_row_has(&vt->c, label))
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
		vtcore_reap(&vt->c, false);
		if (vt->c.reaped)
			return vt->c.status;
		if (now_ms() > end)
			return -1;
	}
}

int vt_exit_unread(struct vt *vt, int ms)
{
	long end = now_ms() + ms;
	for (;;) {
		vtcore_reap(&vt->c, false);
		if (vt->c.reaped)
			return vt->c.status;
		if (now_ms() > end)
			return -1;
		usleep(5000);
	}
}

int vt_hangup(struct vt *vt, int ms)
{
	close(vt->c.fd);
	vt->c.fd = -1;
	return vt_exit_unread(vt, ms);
}

size_t vt_written(const struct vt *vt)
{
	return vt->c.bytes;
}

pid_t vt_pid(const struct vt *vt)
{
	return vt->c.pid;
}

bool vt_termios(const struct vt *vt, struct termios *tio)
{
	/* On Linux the master reports the modes of the terminal's other side. */
	return vt->c.fd >= 0 && tcgetattr(vt->c.fd, tio) == 0;
}

void vt_paste(struct vt *vt, const char *bytes, size_t len)
{
	while (len > 0 && vt->c.fd >= 0) {
		ssize_t w = write(vt->c.fd, bytes, len);
		if (w > 0) {
			bytes += w;
			len -= (size_t)w;
			continue;
		}
		if (w < 0 && errno != EAGAIN && errno != EINTR)
			return;
		/* The program's input is full: let it read while we read it. */
		vtcore_reap(&vt->c, false);
		if (vt->c.reaped)
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
	return vt->c.reaped ? (long long)vtcore_cpu_ns(&vt->c) : -1;
}
