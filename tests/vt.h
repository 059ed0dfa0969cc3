/*
 * vt: drive the real program under a pseudo-terminal through a real terminal
 * emulator (libvterm) and look at the screen a person would see.
 *
 * The program is $PA_BIN (./probation-advisor when unset), started with
 * TERM=xterm-256color in a terminal of the size asked for.  Keys go in as an
 * xterm sends them; the emulator's screen is read back as text, with the
 * cursor and the attributes of each cell.  Every wait has a time limit, and
 * a failed wait leaves the screen in vt_dump for the failure message.
 */
#ifndef PA_TEST_VT_H
#define PA_TEST_VT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <termios.h>
#include <vterm.h>

struct vt;

/* Start the program in a rows x cols terminal.  args: NULL-terminated, after
 * argv[0]; env: "NAME=value" to set or "NAME" to unset, NULL-terminated;
 * either may be NULL.  LANG and LC_ALL default to C.UTF-8.  NULL on failure. */
struct vt *vt_start(int rows, int cols, const char *const *args, const char *const *env);
/* The same, calling child(arg) in the new process just before the program
 * starts (to set limits, drop privileges, leave the terminal...). */
struct vt *vt_start_with(int rows, int cols, const char *const *args, const char *const *env,
                         void (*child)(void *), void *arg);
/* Stop the program if it still runs (SIGKILL to its pid) and free. */
void vt_free(struct vt *vt);

/* Feed whatever the program wrote within ms into the emulator. */
void vt_pump(struct vt *vt, int ms);
/* Wait until the screen contains text (or no longer does); false on timeout. */
bool vt_wait(struct vt *vt, const char *text, int ms);
bool vt_wait_gone(struct vt *vt, const char *text, int ms);
/* Wait until the row the cursor is on contains text. */
bool vt_wait_cursor_row(struct vt *vt, const char *text, int ms);
/* Wait until nothing has been written for quiet_ms (at most ms in all). */
void vt_settle(struct vt *vt, int quiet_ms, int ms);

/* Type: raw bytes, one character, or a special key as xterm sends it. */
void vt_send(struct vt *vt, const char *bytes);
void vt_char(struct vt *vt, uint32_t ch);
void vt_key(struct vt *vt, VTermKey key);
/* The mouse, as xterm reports it (only when the program asked for it):
 * a click of the left button, or one step of the wheel (up: dir < 0). */
void vt_click(struct vt *vt, int row, int col);
void vt_wheel(struct vt *vt, int row, int col, int dir);
/* Send the program a signal. */
void vt_signal(struct vt *vt, int sig);
/* Resize the terminal: the program gets SIGWINCH.  The emulator follows up
 * to VT_MAX rows and columns; beyond, the window is the pty's alone. */
#define VT_MAX 1000
void vt_resize(struct vt *vt, int rows, int cols);
/* The pty's window alone, the emulator left at its size: for storms of
 * resizes, which libvterm 0.3 does not always survive while output for the
 * old size is still arriving (a memmove past its buffer, seen under load). */
void vt_winsize(struct vt *vt, int rows, int cols);

/* The screen as UTF-8 text, rows separated by '\n'; caller frees. */
char *vt_text(struct vt *vt);
/* One row, trailing blanks kept off. */
void vt_row(struct vt *vt, int row, char *buf, size_t size);
void vt_cursor(struct vt *vt, int *row, int *col);
/* The screen, framed, for failure messages: a static buffer. */
const char *vt_dump(struct vt *vt);

bool vt_cell_reverse(struct vt *vt, int row, int col);
/* Does any cell use a colour other than the default? */
bool vt_any_color(struct vt *vt);
/* Is every character on the screen ASCII? */
bool vt_all_ascii(struct vt *vt);

/* Move the highlight to the list item whose row contains label, by pressing
 * Home and then Down until the cursor's row shows it; then Enter if choose. */
bool vt_pick(struct vt *vt, const char *label, bool choose);

/* Wait for the program to exit: its status (128 + signal when killed), or
 * -1 on timeout. */
int vt_exit(struct vt *vt, int ms);
/* The same, reading nothing of what it writes (a terminal that stopped). */
int vt_exit_unread(struct vt *vt, int ms);
/* Close the terminal as a dropped connection would, and wait for the
 * program to exit: its status, or -1 if it is still there after ms. */
int vt_hangup(struct vt *vt, int ms);
/* Bytes the program has written in all. */
size_t vt_written(const struct vt *vt);
/* Has the program written bytes (as raw bytes, escapes and all) since it
 * had written from bytes in all?  Only the last 8 MiB are kept. */
bool vt_raw_has(const struct vt *vt, size_t from, const char *bytes);
/* Type len bytes, however many: waits while the program's input is full. */
void vt_paste(struct vt *vt, const char *bytes, size_t len);
pid_t vt_pid(const struct vt *vt);
/* The terminal's modes as the program left them (false once hung up). */
bool vt_termios(const struct vt *vt, struct termios *tio);
/* CPU time the program used in all, in ns, once it has exited; else -1. */
long long vt_cpu_ns(const struct vt *vt);

#endif
