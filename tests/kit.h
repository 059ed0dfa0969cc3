/*
 * kit: what the kiosk, configuration and robustness tests share: the
 * shipped content and a way through it to any outcome, configuration files
 * in scratch directories, things to do in the program's process before it
 * starts (limits, umask, another user, no controlling terminal), and the
 * CPU time and wake-ups of a running program, from /proc.
 */
#ifndef PA_TEST_KIT_H
#define PA_TEST_KIT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "content.h"
#include "vt.h"

#define KIT_WAIT 8000
#define KIT_ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* The shipped content, loaded once per test process (content/). */
const struct content *kit_content(void);
void kit_content_free(void);
/* The text handout (78 columns) of the plan for answers; caller frees.
 * *complete (if not NULL) says whether the plan was complete. */
char *kit_handout(const struct content *c, const int *answers, bool *complete);

/* The first n bytes of s, for finding it on a screen where it may wrap. */
const char *kit_prefix(const char *s, size_t n, char *buf);

/* Expect text on the screen within KIT_WAIT, or fail with the screen. */
void kit_see(struct vt *vt, const char *text);
/* Answers (one per question, COND_UNSET where not asked) that the rules
 * end in outcome id; the caller frees them. */
int *kit_path_to(const char *id);
/* From the main menu, answer every question the flow asks on the way to
 * outcome id; answers[] gets what was given (COND_UNSET elsewhere). */
void kit_walk_to(struct vt *vt, const char *id, int *answers);
/* The label of the answer given to question q, or NULL. */
const char *kit_label(int q, int value);
/* The outcome's headline, cut to fit one line of a screen. */
const char *kit_headline(const char *id, char *buf);

/* A configuration file with text in a new scratch directory: its path
 * (caller frees), the directory in *dir if dir is not NULL (scratch_free). */
char *kit_config(const char *text, char **dir);
/* run_pa with --config naming such a file, then args (may be NULL); the
 * file and its directory are gone when it returns. */
struct run;
void kit_run_config(struct run *r, const char *config, const char *input, const char *const *args,
                    const char *const *env);

/* Hooks for vt_start_with, run in the program's process before it starts. */
struct kit_child {
	bool nobody;        /* become uid/gid 65534 (root only) */
	bool no_ctty;       /* give up the controlling terminal: no SIGHUP on hang-up */
	bool set_umask;
	mode_t umask;
	long fsize;         /* > 0: RLIMIT_FSIZE in bytes, SIGXFSZ ignored (unless fsize_signal) */
	bool fsize_signal;  /* leave SIGXFSZ to its default: the limit kills what does not handle it */
	const char *stderr_file;  /* standard error to this file */
	bool no_core;       /* RLIMIT_CORE 0: a test of a crash leaves no core file */
};
void kit_child(void *arg);
/* Can user 65534 run the program and read the content?  (It needs every
 * directory on the way.)  When not, why, for a skip. */
const char *kit_nobody_problem(void);

/* CPU time of a running process in ns (schedstat), -1 if gone. */
long long kit_cpu_ns(pid_t pid);
/* Voluntary and involuntary context switches so far: how often it woke. */
long kit_wakeups(pid_t pid);
long kit_now_ms(void);
/* Where the bytes of needle are in the writable memory of a running
 * process (read through /proc/PID/mem: root or ptrace needed), or NULL. */
const char *kit_mem_find(pid_t pid, const char *needle);
/* The most memory a running process has had resident (VmHWM), in KiB; -1 if gone. */
long kit_peak_kb(pid_t pid);
/* Stop reading the program's output while it writes far more than the
 * terminal holds (repaints of a 500x1000 window): it blocks in write. */
void kit_stall(struct vt *vt);

#endif
