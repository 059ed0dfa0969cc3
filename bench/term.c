/* term: a program under a pseudo-terminal and libvterm, timed. */
#include "term.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

FILE *term_trace;

uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void write_all(int fd, const char *s, size_t n)
{
	while (n > 0 && fd >= 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* What the emulator answers, and the keys it encodes, go to the program. */
static void on_output(const char *s, size_t len, void *user)
{
	struct term *t = user;
	write_all(t->fd, s, len);
}

static void child(char *const argv[], char *const extra[], int wfd)
{
	char *env[64];
	size_t n = 0;
	static char *const base[] = { "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
	                              "PATH=/usr/local/bin:/usr/bin:/bin", "LESSHISTFILE=-", NULL };
	for (size_t i = 0; base[i]; i++)
		env[n++] = base[i];
	for (size_t i = 0; extra && extra[i] && n < 63; i++)
		env[n++] = extra[i];
	env[n] = NULL;
	uint64_t t = now_ns();
	if (write(wfd, &t, sizeof t) != sizeof t)
		_exit(126);
	execve(argv[0], argv, env);
	_exit(127);
}

bool term_start(struct term *t, char *const argv[], char *const extra[], int rows, int cols)
{
	memset(t, 0, sizeof *t);
	t->fd = t->pidfd = -1;
	int p[2];
	if (pipe(p) != 0)
		return false;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	t->pid = forkpty(&t->fd, NULL, NULL, &ws);
	if (t->pid < 0) {
		close(p[0]);
		close(p[1]);
		return false;
	}
	if (t->pid == 0) {
		close(p[0]);
		child(argv, extra, p[1]);
	}
	close(p[1]);
	ssize_t r;
	do
		r = read(p[0], &t->t_exec, sizeof t->t_exec);
	while (r < 0 && errno == EINTR);
	close(p[0]);
	if (r != (ssize_t)sizeof t->t_exec)
		t->t_exec = now_ns();
	t->t_last = t->t_exec;
	t->pidfd = (int)syscall(SYS_pidfd_open, t->pid, 0);
	fcntl(t->fd, F_SETFL, fcntl(t->fd, F_GETFL) | O_NONBLOCK);
	fcntl(t->fd, F_SETFD, FD_CLOEXEC);
	t->vt = vterm_new(rows, cols);
	vterm_set_utf8(t->vt, 1);
	vterm_output_set_callback(t->vt, on_output, t);
	t->scr = vterm_obtain_screen(t->vt);
	vterm_screen_enable_altscreen(t->scr, 1);
	vterm_screen_reset(t->scr, 1);
	return true;
}

static void reap(struct term *t, bool block)
{
	if (t->reaped)
		return;
	int st;
	pid_t r;
	do
		r = wait4(t->pid, &st, block ? 0 : WNOHANG, &t->ru);
	while (r < 0 && errno == EINTR);
	if (r == t->pid) {
		t->reaped = true;
		t->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	}
}

void term_free(struct term *t)
{
	if (!t->vt)
		return;
	reap(t, false);
	if (!t->reaped) {
		kill(t->pid, SIGKILL);
		reap(t, true);
	}
	if (t->fd >= 0)
		close(t->fd);
	if (t->pidfd >= 0)
		close(t->pidfd);
	vterm_free(t->vt);
	t->vt = NULL;
}

/* Read what is there now; true if anything came. */
static bool drain(struct term *t)
{
	bool got = false;
	char buf[16384];
	while (t->fd >= 0) {
		ssize_t n = read(t->fd, buf, sizeof buf);
		if (n > 0) {
			t->t_last = now_ns();
			t->bytes += (size_t)n;
			if (term_trace)
				fwrite(buf, 1, (size_t)n, term_trace);
			vterm_input_write(t->vt, buf, (size_t)n);
			got = true;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		break;
	}
	if (got)
		vterm_screen_flush_damage(t->scr);
	return got;
}

bool term_pump(struct term *t, int ms)
{
	if (t->fd < 0)
		return false;
	struct pollfd p = { t->fd, POLLIN, 0 };
	int r = poll(&p, 1, ms);
	if (r <= 0 || !(p.revents & POLLIN))
		return false;
	return drain(t);
}

void term_pump_all(struct term *const *ts, size_t n, int ms)
{
	struct pollfd *p = calloc(n ? n : 1, sizeof *p);
	if (!p)
		return;
	uint64_t end = now_ns() + (uint64_t)ms * 1000000u;
	for (uint64_t now = now_ns();; now = now_ns()) {
		for (size_t i = 0; i < n; i++)
			p[i] = (struct pollfd){ ts[i]->fd, POLLIN, 0 };
		/* ms == 0: one look at what is there now. */
		int r = poll(p, n, now >= end ? 0 : (int)((end - now) / 1000000u) + 1);
		if (r < 0 && errno != EINTR)
			break;
		bool any = false;
		for (size_t i = 0; i < n; i++)
			if (p[i].revents & POLLIN)
				any |= drain(ts[i]);
		if (r > 0 && !any)
			usleep(1000); /* hung-up masters stay readable: do not spin */
		if (now_ns() >= end)
			break;
	}
	free(p);
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

void term_row(struct term *t, int row, char *buf, size_t size)
{
	int rows, cols;
	vterm_get_size(t->vt, &rows, &cols);
	size_t n = 0, keep = 0;
	for (int col = 0; col < cols && n + 8 < size; col++) {
		VTermScreenCell cell;
		if (!vterm_screen_get_cell(t->scr, (VTermPos){ row, col }, &cell))
			continue;
		if (cell.chars[0] == (uint32_t)-1)
			continue;
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

bool term_screen_has(struct term *t, const char *text)
{
	int rows, cols;
	vterm_get_size(t->vt, &rows, &cols);
	char line[4096];
	for (int r = 0; r < rows; r++) {
		term_row(t, r, line, sizeof line);
		if (strstr(line, text))
			return true;
	}
	return false;
}

bool term_cursor_row_has(struct term *t, const char *text)
{
	VTermPos pos;
	char line[4096];
	vterm_state_get_cursorpos(vterm_obtain_state(t->vt), &pos);
	term_row(t, pos.row, line, sizeof line);
	return strstr(line, text) != NULL;
}

bool term_wait_painted(struct term *t, const char *text, int quiet_ms, int limit_ms)
{
	uint64_t end = now_ns() + (uint64_t)limit_ms * 1000000u;
	while (!term_screen_has(t, text)) {
		uint64_t now = now_ns();
		if (now >= end || t->fd < 0)
			return false;
		uint64_t left = (end - now) / 1000000u;
		term_pump(t, left > 50 ? 50 : (int)left + 1);
	}
	/* The text is there: the paint ends with the last byte before a pause. */
	while (term_pump(t, quiet_ms))
		if (now_ns() >= end)
			return false;
	return true;
}

size_t term_settle(struct term *t, int first_ms, int quiet_ms)
{
	size_t before = t->bytes;
	if (!term_pump(t, first_ms))
		return 0;
	/* A program that never stops writing is cut off after 10 s. */
	uint64_t end = now_ns() + 10000000000u;
	while (term_pump(t, quiet_ms) && now_ns() < end)
		;
	return t->bytes - before;
}

void term_key(struct term *t, VTermKey key)
{
	vterm_keyboard_key(t->vt, key, VTERM_MOD_NONE);
}

void term_char(struct term *t, uint32_t ch)
{
	vterm_keyboard_unichar(t->vt, ch, VTERM_MOD_NONE);
}

bool term_wait_exit(struct term *t, int ms)
{
	uint64_t end = now_ns() + (uint64_t)ms * 1000000u;
	while (!t->reaped) {
		uint64_t now = now_ns();
		if (now >= end)
			return false;
		struct pollfd p[2] = { { t->pidfd, POLLIN, 0 }, { t->fd, POLLIN, 0 } };
		int r = poll(p, t->fd >= 0 ? 2 : 1, (int)((end - now) / 1000000u) + 1);
		if (r < 0 && errno != EINTR)
			return false;
		if (t->fd >= 0 && (p[1].revents & POLLIN))
			drain(t);
		if (t->fd >= 0 && (p[1].revents & (POLLHUP | POLLERR)) && !(p[1].revents & POLLIN)) {
			/* The slave side is closed: nothing more can come. */
			close(t->fd);
			t->fd = -1;
		}
		if (p[0].revents & POLLIN) {
			if (t->fd >= 0)
				drain(t);
			reap(t, true);
		}
	}
	return true;
}

bool term_hangup(struct term *t, int ms, uint64_t *exit_ns, uint64_t *cpu_ns)
{
	uint64_t cpu0 = proc_cpu_ns(t->pid);
	uint64_t t0 = now_ns();
	close(t->fd);
	t->fd = -1;
	struct pollfd p = { t->pidfd, POLLIN, 0 };
	int r;
	do
		r = poll(&p, 1, ms);
	while (r < 0 && errno == EINTR);
	uint64_t t1 = now_ns();
	if (r <= 0)
		return false;
	/* A zombie still has its schedstat; read it before reaping. */
	uint64_t cpu1 = proc_cpu_ns(t->pid);
	reap(t, true);
	if (cpu1 == UINT64_MAX || cpu0 == UINT64_MAX || cpu1 < cpu0) {
		uint64_t total = ((uint64_t)t->ru.ru_utime.tv_sec + (uint64_t)t->ru.ru_stime.tv_sec) * 1000000000u +
		                 ((uint64_t)t->ru.ru_utime.tv_usec + (uint64_t)t->ru.ru_stime.tv_usec) * 1000u;
		cpu1 = total;
		if (cpu0 == UINT64_MAX || cpu0 > cpu1)
			cpu0 = cpu1;
	}
	*exit_ns = t1 - t0;
	*cpu_ns = cpu1 - cpu0;
	return true;
}

uint64_t proc_cpu_ns(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return UINT64_MAX;
	unsigned long long v;
	int n = fscanf(f, "%llu", &v);
	fclose(f);
	return n == 1 ? (uint64_t)v : UINT64_MAX;
}

uint64_t proc_wakeups(pid_t pid)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return UINT64_MAX;
	uint64_t v = UINT64_MAX;
	while (fgets(line, sizeof line, f)) {
		unsigned long long n;
		if (sscanf(line, "voluntary_ctxt_switches: %llu", &n) == 1)
			v = n;
	}
	fclose(f);
	return v;
}

bool proc_mem(pid_t pid, struct proc_mem *m)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/smaps_rollup", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	*m = (struct proc_mem){ 0, 0, 0 };
	while (fgets(line, sizeof line, f)) {
		long v;
		if (sscanf(line, "Rss: %ld", &v) == 1)
			m->rss = v;
		else if (sscanf(line, "Pss: %ld", &v) == 1)
			m->pss = v;
		else if (sscanf(line, "Private_Clean: %ld", &v) == 1 || sscanf(line, "Private_Dirty: %ld", &v) == 1)
			m->private_kb += v;
	}
	fclose(f);
	return true;
}
