/*
 * vtcore: a child on a pseudo-terminal whose output goes through libvterm,
 * the part the screen tests (tests/vt.c) and the benchmarks (bench/term.c)
 * share.  It owns the master side, the emulator and the child's exit; what
 * to start, in which environment, and how long to wait are the callers'.
 *
 * Each chunk read is counted and timed (CLOCK_MONOTONIC, ns) as the read
 * returns, before the emulator sees it: the benchmarks' "painted" is the
 * time of the last byte.  Keys go in as xterm sends them, encoded by the
 * emulator and written back to the program.
 */
#ifndef PA_TEST_VTCORE_H
#define PA_TEST_VTCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <vterm.h>

struct vtcore {
	VTerm *term;         /* NULL until started and once freed */
	VTermScreen *screen;
	int fd;              /* the pty master, -1 once hung up */
	pid_t pid;
	size_t bytes;        /* bytes read in all */
	uint64_t t_last;     /* when the last byte was read */
	bool reaped;
	int status;          /* once reaped: exit status, or 128 + signal */
	struct rusage ru;    /* the child's, once reaped */
	/* When set, sees each chunk as read, before the emulator does. */
	void (*on_read)(void *user, const char *bytes, size_t n);
	void *user;
};

uint64_t vtcore_now_ns(void);

/* Fork on a new rows x cols pseudo-terminal; the child calls child(arg),
 * which must exec or _exit.  The master is non-blocking and close-on-exec,
 * so no later child keeps this terminal open.  False on failure. */
bool vtcore_start(struct vtcore *c, int rows, int cols, void (*child)(void *), void *arg);
/* Kill the child if it still runs, reap it, close and free (again: nothing). */
void vtcore_free(struct vtcore *c);
/* Reap the child if it has exited, or wait for it when block. */
void vtcore_reap(struct vtcore *c, bool block);
/* The child's CPU time, user and system, in ns: only meaningful once reaped. */
uint64_t vtcore_cpu_ns(const struct vtcore *c);

/* Read what is there now into the emulator; true if anything came. */
bool vtcore_read(struct vtcore *c);
/* Wait up to ms for output and read it; true if anything came. */
bool vtcore_pump(struct vtcore *c, int ms);
/* Read until the screen shows text (shown) or no longer does (!shown);
 * false once now_ns passes end_ns or the terminal is hung up. */
bool vtcore_wait(struct vtcore *c, const char *text, bool shown, uint64_t end_ns);
/* Read until quiet_ms pass without output; false if end_ns comes first. */
bool vtcore_quiet(struct vtcore *c, int quiet_ms, uint64_t end_ns);

/* Raw bytes to the program; a special key or a character as xterm sends it. */
void vtcore_write(struct vtcore *c, const char *bytes, size_t n);
void vtcore_key(struct vtcore *c, VTermKey key);
void vtcore_char(struct vtcore *c, uint32_t ch);

/* One row as UTF-8, trailing blanks dropped. */
void vtcore_row(struct vtcore *c, int row, char *buf, size_t size);
void vtcore_cursor(struct vtcore *c, int *row, int *col);
bool vtcore_screen_has(struct vtcore *c, const char *text);
bool vtcore_cursor_row_has(struct vtcore *c, const char *text);

#endif
