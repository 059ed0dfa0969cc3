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

#include "content.h"

enum session_format { SESSION_TEXT, SESSION_JSON };

struct session_options {
	bool plain, kiosk, no_color, no_mouse;
	const char *content_dir;     /* NULL: built-in content */
	const char *config;
	enum session_format format;
};

struct session {
	const struct content *c;
	const struct session_options *opt;
	int *answers;                /* one slot per question, COND_UNSET if none */
	size_t nanswers;
};

bool session_init(struct session *s, const struct content *c, const struct session_options *opt);
/* Forget every answer: the memory is cleared, not just marked unused. */
void session_wipe(struct session *s);
void session_free(struct session *s);

struct frontend_ops {
	const char *name;
	/* Runs the session to its end; returns the process exit status. */
	int (*run)(struct session *s);
};

extern const struct frontend_ops frontend_batch;   /* answers given up front */
extern const struct frontend_ops frontend_plain;   /* line by line */
extern const struct frontend_ops frontend_curses;  /* the full-screen advisor */

/* Can this terminal run the curses front end?  False for no TERM, "dumb",
 * an unknown TERM, or one that cannot address the cursor. */
bool terminal_can_curses(void);

#endif
