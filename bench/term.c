/* term: a program under a pseudo-terminal and libvterm, timed. */
#include "term.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

FILE *term_trace;

static void trace(void *user, const char *s, size_t n)
{
	(void)user;
	if (term_trace)
		fwrite(s, 1, n, term_trace);
}

/* What the child needs, gathered before the fork. */
struct launch {
	char *const *argv, *const *extra;
	int wfd;
};

static void launch(void *arg)
{
	const struct launch *l = arg;
	char *env[64];
	size_t n = 0;
	static char *const base[] = { "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
	                              "PATH=/usr/local/bin:/usr/bin:/bin", "LESSHISTFILE=-", NULL };
	for (size_t i = 0; base[i]; i++)
		env[n++] = base[i];
	for (size_t i = 0; l->extra && l->extra[i] && n < 63; i++)
		env[n++] = l->extra[i];
	env[n] = NULL;
	uint64_t t = vtcore_now_ns();
	if (write(l->wfd, &t, sizeof t) != sizeof t)
		_exit(126);
	execve(l->argv[0], l->argv, env);
}

bool term_start(struct term *t, char *const argv[], char *const extra[], int rows, int cols)
{
	memset(t, 0, sizeof *t);
	t->core.fd = t->pidfd = -1;
	int p[2];
	if (pipe(p) != 0)
		return false;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	struct launch l = { argv, extra, p[1] };
	if (!vtcore_start(&t->core, rows, cols, launch, &l)) {
		close(p[0]);
		close(p[1]);
		return false;
	}
	t->core.on_read = trace;
	close(p[1]);
	ssize_t r;
	do
		r = read(p[0], &t->t_exec, sizeof t->t_exec);
	while (r < 0 && errno == EINTR);
	close(p[0]);
	if (r != (ssize_t)sizeof t->t_exec)
		t->t_exec = vtcore_now_ns();
	t->core.t_last = t->t_exec;
	t->pidfd = (int)syscall(SYS_pidfd_open, t->core.pid, 0);
	return true;
}

void term_free(struct term *t)
{
	if (!t->core.term)
		return;
	if (t->pidfd >= 0)
		close(t->pidfd);
	t->pidfd = -1;
	vtcore_free(&t->core);
}

void term_pump_all(struct term *const *ts, size_t n, int ms)
{
	struct pollfd *p = calloc(n ? n : 1, sizeof *p);
	if (!p)
		return;
	uint64_t end = vtcore_now_ns() + (uint64_t)ms * 1000000u;
	for (uint64_t now = vtcore_now_ns();; now = vtcore_now_ns()) {
		for (size_t i = 0; i < n; i++)
			p[i] = (struct pollfd){ ts[i]->core.fd, POLLIN, 0 };
		/* ms == 0: one look at what is there now. */
		int r = poll(p, n, now >= end ? 0 : (int)((end - now) / 1000000u) + 1);
		if (r < 0 && errno != EINTR)
			break;
		bool any = false;
		for (size_t i = 0; i < n; i++)
			if (p[i].revents & POLLIN)
				any |= vtcore_read(&ts[i]->core);
		if (r > 0 && !any)
			usleep(1000); /* hung-up masters stay readable: do not spin */
		if (vtcore_now_ns() >= end)
			break;
	}
	free(p);
}

bool term_wait_painted(struct term *t, const char *text, int quiet_ms, int limit_ms)
{
	uint64_t end = vtcore_now_ns() + (uint64_t)limit_ms * 1000000u;
	/* The text is there: the paint ends with the last byte before a pause. */
	return vtcore_wait(&t->core, text, true, end) && vtcore_quiet(&t->core, quiet_ms, end);
}

size_t term_settle(struct term *t, int first_ms, int quiet_ms)
{
	size_t before = t->core.bytes;
	if (!vtcore_pump(&t->core, first_ms))
		return 0;
	/* A program that never stops writing is cut off after 10 s. */
	vtcore_quiet(&t->core, quiet_ms, vtcore_now_ns() + 10000000000u);
	return t->core.bytes - before;
}

bool term_wait_exit(struct term *t, int ms)
{
	struct vtcore *c = &t->core;
	uint64_t end = vtcore_now_ns() + (uint64_t)ms * 1000000u;
	while (!c->reaped) {
		uint64_t now = vtcore_now_ns();
		if (now >= end)
			return false;
		struct pollfd p[2] = { { t->pidfd, POLLIN, 0 }, { c->fd, POLLIN, 0 } };
		int r = poll(p, c->fd >= 0 ? 2 : 1, (int)((end - now) / 1000000u) + 1);
		if (r < 0 && errno != EINTR)
			return false;
		if (c->fd >= 0 && (p[1].revents & POLLIN))
			vtcore_read(c);
		if (c->fd >= 0 && (p[1].revents & (POLLHUP | POLLERR)) && !(p[1].revents & POLLIN)) {
			/* The slave side is closed: nothing more can come. */
			close(c->fd);
			c->fd = -1;
		}
		if (p[0].revents & POLLIN) {
			if (c->fd >= 0)
				vtcore_read(c);
			vtcore_reap(c, true);
		}
	}
	return true;
}

bool term_hangup(struct term *t, int ms, uint64_t *exit_ns, uint64_t *cpu_ns)
{
	struct vtcore *c = &t->core;
	uint64_t cpu0 = proc_cpu_ns(c->pid);
	uint64_t t0 = vtcore_now_ns();
	close(c->fd);
	c->fd = -1;
	struct pollfd p = { t->pidfd, POLLIN, 0 };
	int r;
	do
		r = poll(&p, 1, ms);
	while (r < 0 && errno == EINTR);
	uint64_t t1 = vtcore_now_ns();
	if (r <= 0)
		return false;
	/* A zombie still has its schedstat; read it before reaping. */
	uint64_t cpu1 = proc_cpu_ns(c->pid);
	vtcore_reap(c, true);
	if (cpu1 == UINT64_MAX || cpu0 == UINT64_MAX || cpu1 < cpu0) {
		cpu1 = vtcore_cpu_ns(c);
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
