/*
 * term: one program under a pseudo-terminal, watched through libvterm, for
 * the benchmarks.  Every program is measured the same way: started with
 * execve in an 80x24 terminal (TERM=xterm-256color, C.UTF-8, a clean
 * environment), its output read as it comes, timed with CLOCK_MONOTONIC and
 * fed to the emulator, so that "painted" means what a person would see.
 *
 * Times are nanoseconds.  The child takes its exec time itself, just before
 * execve, and hands it over through a pipe; a pidfd says when it exits, so
 * an exit is timed without polling, and /proc/PID/schedstat gives its CPU
 * time to the nanosecond (also after exit, until it is reaped).
 */
#ifndef BENCH_TERM_H
#define BENCH_TERM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "../tests/vtcore.h"

/* The pseudo-terminal, the emulator, the bytes and the time of the last
 * one are the screen tests' own (tests/vtcore.h): read the screen and type
 * with vtcore_* on core; the timing of the start and the exit is here. */
struct term {
	struct vtcore core;
	int pidfd;
	uint64_t t_exec;     /* when the child called execve */
};

/* When set, everything read from any program is copied here (debugging). */
extern FILE *term_trace;

/* Start argv[0] (a path) with the benchmark environment plus extra
 * ("NAME=value", NULL-terminated, may be NULL).  False on failure. */
bool term_start(struct term *t, char *const argv[], char *const extra[], int rows, int cols);
/* Kill (if running), reap and free. */
void term_free(struct term *t);

/* Read from several at once for ms. */
void term_pump_all(struct term *const *ts, size_t n, int ms);
/* Wait until the screen shows text and then nothing more arrives for
 * quiet_ms: the painted time is t->core.t_last.  False after limit_ms. */
bool term_wait_painted(struct term *t, const char *text, int quiet_ms, int limit_ms);
/* After a key: wait up to first_ms for output, then until quiet_ms pass
 * without any; the bytes that came. */
size_t term_settle(struct term *t, int first_ms, int quiet_ms);

/* Wait up to ms for the child to exit; reaps it (status, rusage). */
bool term_wait_exit(struct term *t, int ms);
/* Close the master as a dropped connection does; then wait up to ms for the
 * exit.  *exit_ns: from the close to the exit; *cpu_ns: CPU the child used
 * in that time. */
bool term_hangup(struct term *t, int ms, uint64_t *exit_ns, uint64_t *cpu_ns);

/* CPU time so far (/proc/PID/schedstat), and voluntary context switches
 * (/proc/PID/status); UINT64_MAX if unreadable. */
uint64_t proc_cpu_ns(pid_t pid);
uint64_t proc_wakeups(pid_t pid);
/* From /proc/PID/smaps_rollup, in KiB. */
struct proc_mem {
	long rss, pss, private_kb;
};
bool proc_mem(pid_t pid, struct proc_mem *m);

#endif
