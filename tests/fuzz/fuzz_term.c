/*
 * fuzz_term: the terminal input path, end to end.  The full-screen front end
 * (src/front/curses.c: curses started on a real pseudo-terminal, its decoding of
 * bytes into keys, the one input loop, the size clamp, the signal flags)
 * runs as a kiosk with no administrator keys, and a second thread plays the
 * terminal: raw bytes as a pty delivers them, split at the points the input
 * chooses, with window resizes (any size up to 65535x65535) and signals a
 * person could cause interleaved, and the program's output read away.  At
 * the end the terminal hangs up.
 *
 * The input is a stream of events, each opened by one byte: 0x00-0x9f a
 * chunk of (byte & 31) + 1 raw bytes that follow; 0xa0-0xbf a resize to the
 * rows and columns of the next four bytes (big-endian, 16 bits each);
 * 0xc0-0xdf a signal (SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGCONT, SIGXFSZ,
 * SIGCHLD, SIGURG: those a kiosk must survive); 0xe0-0xff a pause of up to
 * 15 ms.
 *
 * Asserted: the kiosk never ends before the hang-up, and ends (status 1)
 * within five seconds of it (generous: fuzzing runs niced on a loaded
 * machine; after fifteen the input is kept as hang-PID and the run
 * aborts); nothing crashes (the sanitizers); every answer is wiped at the
 * end; memory stays bounded (libFuzzer's -rss_limit_mb, far below what an
 * unclamped window size takes).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "cond.h"
#include "fuzz.h"
#include "session.h"

static struct content *content;
static const struct session_options kiosk = { .kiosk = true };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	content = fuzz_screens();
	fuzz_home();
	setenv("TERM", "xterm-256color", 1);
	setenv("ESCDELAY", "5", 1); /* a lone Esc waits 5 ms, not 75 */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	unsetenv("NO_COLOR");
	return 0;
}

/* ---- the terminal's side ---- */

struct term {
	int master;
	pid_t self;
	const uint8_t *start, *p, *end;
	volatile int hung_up;   /* set just before the master closes */
	long hung_up_at;
	volatile int ended;     /* set when the program's run returns */
};

/* Read whatever the program wrote; wait up to ms for it to want more. */
static void drain(struct term *t, int ms)
{
	char buf[65536];
	struct pollfd pfd = { t->master, POLLIN, 0 };
	while (poll(&pfd, 1, ms) == 1 && (pfd.revents & POLLIN)) {
		if (read(t->master, buf, sizeof buf) <= 0)
			return;
		ms = 0;
	}
}

static void type(struct term *t, const uint8_t *bytes, size_t n)
{
	while (n > 0) {
		ssize_t w = write(t->master, bytes, n);
		if (w > 0) {
			bytes += w;
			n -= (size_t)w;
		} else if (w < 0 && errno != EAGAIN && errno != EINTR) {
			return;
		}
		drain(t, w > 0 ? 0 : 5);
	}
}

static int byte(struct term *t)
{
	return t->p < t->end ? *t->p++ : 0;
}

static const int signals[] = { SIGINT, SIGQUIT, SIGTSTP, SIGWINCH, SIGCONT, SIGXFSZ, SIGCHLD, SIGURG };

static void event(struct term *t)
{
	int b = byte(t);
	if (b < 0xa0) {
		size_t n = (size_t)(b & 31) + 1;
		if (n > (size_t)(t->end - t->p))
			n = (size_t)(t->end - t->p);
		type(t, t->p, n);
		t->p += n;
	} else if (b < 0xc0) {
		int rows = byte(t) << 8, cols;
		rows |= byte(t);
		cols = byte(t) << 8;
		cols |= byte(t);
		struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
		ioctl(t->master, TIOCSWINSZ, &ws);
		kill(t->self, SIGWINCH);
	} else if (b < 0xe0) {
		kill(t->self, signals[(b - 0xc0) % (int)(sizeof signals / sizeof signals[0])]);
	} else {
		drain(t, b & 15);
	}
}

static void *terminal(void *arg)
{
	struct term *t = arg;
	sigset_t all;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL); /* every signal is the program's */
	drain(t, 20);
	while (t->p < t->end)
		event(t);
	/* Let the program take the last keys and draw, then hang up. */
	drain(t, 10);
	t->hung_up_at = terminal_now_ms();
	t->hung_up = 1;
	close(t->master);
	/* libFuzzer's -timeout rides on SIGALRM, which the front end takes
	 * while it runs: this is the watchdog for a run that never ends. */
	while (!t->ended) {
		if (terminal_now_ms() - t->hung_up_at > 15000) {
			/* The front end holds SIGABRT while it runs, so libFuzzer
			 * would not keep the input: keep it here. */
			char name[64];
			snprintf(name, sizeof name, "hang-%d", (int)getpid());
			fuzz_write(name, t->start, (size_t)(t->end - t->start));
			FUZZ_ASSERT(false, "still running %ld ms after the hang-up (the input is in %s)",
			            terminal_now_ms() - t->hung_up_at, name);
		}
		usleep(10000);
	}
	return NULL;
}

/* ---- the program's side ---- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct winsize ws = { 24, 80, 0, 0 };
	int master, slave;
	if (openpty(&master, &slave, NULL, NULL, &ws) != 0)
		abort();
	fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
	if (dup2(slave, STDIN_FILENO) < 0 || dup2(slave, STDOUT_FILENO) < 0)
		abort();
	close(slave);

	struct session s;
	if (!session_init(&s, content, &kiosk))
		abort();
	struct term t = { master, getpid(), data, data, data + size, 0, 0, 0 };
	pthread_t th;
	if (pthread_create(&th, NULL, terminal, &t) != 0)
		abort();
	int status = frontend_curses.run(&s);
	long gone = terminal_now_ms();
	int hung_up = t.hung_up;
	t.ended = 1;
	pthread_join(th, NULL);

	FUZZ_ASSERT(hung_up, "the kiosk ended (status %d) before the terminal hung up", status);
	FUZZ_ASSERT(status == 1, "status %d after the hang-up", status);
	FUZZ_ASSERT(gone - t.hung_up_at < 5000, "%ld ms to end after the hang-up", gone - t.hung_up_at);
	for (size_t i = 0; i < s.nanswers; i++)
		FUZZ_ASSERT(s.answers[i] == COND_UNSET, "answer %zu is %d after the session", i, s.answers[i]);
	session_free(&s);
	/* The next run gets a terminal of its own. */
	int null = open("/dev/null", O_RDWR);
	dup2(null, STDIN_FILENO);
	dup2(null, STDOUT_FILENO);
	close(null);
	return 0;
}
