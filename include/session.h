/*
 * session: one person's visit, and the front ends that run it.
 *
 * The session owns the answers (in memory only) and is wiped in one place,
 * session_wipe, on reset and on exit.  Each front end is a small ops struct
 * over the same session and plan (the ncdu dir_output habit), so curses,
 * plain and batch ask the same questions in the same words.
 */
#ifndef PA_SESSION_H
#define PA_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "content.h"

enum session_format { SESSION_TEXT, SESSION_JSON };

/* The look a configuration file may ask for (config.h reads it). */
enum session_theme { SESSION_THEME_DEFAULT, SESSION_THEME_MONO, SESSION_THEME_CONTRAST };

/* The parts of the full screen whose colours a configuration file may set. */
enum session_part {
	SESSION_PART_TEXT, SESSION_PART_TITLE, SESSION_PART_STATUS, SESSION_PART_SELECTION,
	SESSION_PART_OTHER_SELECTION, SESSION_PART_MATCH, SESSION_PART_CURRENT_MATCH, SESSION_PART_INPUT,
	SESSION_PART_LINK, SESSION_PART_MET, SESSION_PART_UNMET, SESSION_PART_WARNING, SESSION_PART_BORDER,
	SESSION_NPARTS
};

/* Colours by name, as data: the full-screen front end translates them. */
enum session_colour {
	SESSION_COLOUR_DEFAULT = -1, /* the terminal's own */
	SESSION_BLACK, SESSION_RED, SESSION_GREEN, SESSION_YELLOW, SESSION_BLUE, SESSION_MAGENTA,
	SESSION_CYAN, SESSION_WHITE, SESSION_NCOLOURS
};

struct session_color {
	bool set;
	enum session_colour fg, bg;
};

/* A key as a configuration file names it, for no front end in particular:
 * a character as itself (Ctrl-X as its control code, Esc 27, Backspace
 * 127, Enter 13), or a function key F1 to F12 as SESSION_KEY_F(n). */
#define SESSION_KEY_F(n) (0x20000000 | (n))
#define SESSION_KEY_F_NUMBER(k) (((k) & 0x20000000) ? (k) & 0xff : 0)

#define SESSION_MAX_ADMIN_KEYS 16
#define SESSION_KIOSK_IDLE 120   /* seconds without a key before a kiosk warns */
#define SESSION_KIOSK_WARNING 15 /* seconds the warning shows before the reset */

struct session_options {
	bool plain, kiosk, no_color, no_mouse;
	const char *content_dir;     /* NULL: the installed or built-in content */
	const char *config;          /* --config FILE: read instead of the system file */
	enum session_format format;
	bool as_of;                  /* --as-of: the advice as it is on as_of_day */
	int as_of_day;               /* days since 1970-01-01 */
	/* Settled from the configuration files by config_load. */
	enum session_theme theme;
	struct session_color colors[SESSION_NPARTS];
	unsigned idle_timeout;       /* seconds without a key before the warning; 0: never */
	unsigned idle_warning;       /* seconds the warning shows before the reset */
	const char *spool_dir;       /* kiosk: where plans are saved; NULL: saving is off */
	int admin_keys[SESSION_MAX_ADMIN_KEYS]; /* kiosk: the keys that quit, in order (SESSION_KEY_F) */
	size_t nadmin_keys;          /* 0: a kiosk cannot be quit from the keyboard */
	const char *printer;         /* the device, FIFO or file plans are printed to; NULL: no printing */
	int printer_columns;         /* the printer's width: 32, 42, 48 or 80 */
	bool printer_cut;            /* end each print with the ESC/POS paper cut */
	const char *resume;          /* --resume CODE: the answers to start with, or NULL */
};

struct session {
	const struct content *c;
	const struct session_options *opt;
	int *answers;                /* one slot per question, COND_UNSET if none */
	size_t nanswers;
	const char *notice;          /* told once as the front end starts (a resume code's), or NULL */
};

bool session_init(struct session *s, const struct content *c, const struct session_options *opt);
/* Forget every answer: the memory is cleared, not just marked unused. */
void session_wipe(struct session *s);
void session_free(struct session *s);
/* The time the advice is for: --as-of's day, else now (the front ends'
 * clock, read here; the core is given it). */
time_t session_now(const struct session *s);

struct frontend_ops {
	const char *name;
	/* Runs the session to its end; returns the process exit status. */
	int (*run)(struct session *s);
};

extern const struct frontend_ops frontend_batch;   /* answers given up front */
extern const struct frontend_ops frontend_plain;   /* line by line */
extern const struct frontend_ops frontend_curses;  /* the full-screen advisor */

/* May the curses front end try this terminal?  False when standard input
 * or output is not a terminal, or TERM is unset or "dumb".  Whether
 * terminfo knows TERM and it can address the cursor is found out when
 * curses starts, once: frontend_curses then falls back to plain mode (or,
 * in a kiosk, refuses to start). */
bool terminal_can_curses(void);
/* Write all n bytes of s to fd outside stdio (whose lock a cut write would
 * leave taken), again after a signal; stop at the first other failure. */
void terminal_write_all(int fd, const char *s, size_t n);
/* Milliseconds on the monotonic clock: for deadlines, never for dates. */
long terminal_now_ms(void);

#endif
