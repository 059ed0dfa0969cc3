/*
 * curses: the full-screen front end.  This file owns the terminal: it starts
 * curses (newterm, so an unusable terminal falls back to the plain front
 * end), runs the one input loop, turns keys into actions through the key
 * table, lets the top screen react, and repaints only when a reaction asks.
 * Every exit goes through term_restore.  Signal handlers only set a flag.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <unistd.h>

#include "text.h"
#include "tui.h"

#define ESCDELAY_MS 75
#define POLL_MS 1000
#define DEAD_READS 20   /* readable but nothing read this often in a row: the terminal is gone */
/* Kiosk: after this long without a key, warn; after KIOSK_IDLE_S, forget the
 * person.  (Fixed until the configuration file can set them.) */
#define KIOSK_IDLE_S 300
#define KIOSK_WARN_S 30

/* ---- the terminal, and the one way back from it ---- */

static SCREEN *term_screen;
static bool term_registered;
static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

static void term_restore(void)
{
	if (!term_screen)
		return;
	if (!isendwin())
		endwin();
	delscreen(term_screen);
	term_screen = NULL;
}

struct saved_signals {
	struct sigaction act[5];
};

static const int handled_signals[5] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };

static void signals_set(bool kiosk, struct saved_signals *old)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	for (int i = 0; i < 5; i++) {
		int sig = handled_signals[i];
		sa.sa_handler = on_signal;
		if (kiosk && (sig == SIGINT || sig == SIGQUIT || sig == SIGTSTP))
			sa.sa_handler = SIG_IGN;
		if (sig == SIGTSTP && !kiosk) {
			/* Leave suspend to curses, which restores the screen on return. */
			sigaction(sig, NULL, &old->act[i]);
			continue;
		}
		sigaction(sig, &sa, &old->act[i]);
	}
}

static void signals_restore(const struct saved_signals *old)
{
	for (int i = 0; i < 5; i++)
		sigaction(handled_signals[i], &old->act[i], NULL);
}

static void colours(struct tui *t, bool no_color)
{
	attr_t *a = t->attr;
	const char *env = getenv("NO_COLOR");
	t->color = !no_color && !(env && *env) && has_colors() && start_color() == OK && COLORS >= 8;
	/* Monochrome first: every distinction survives without colour. */
	for (int i = 0; i < TUI_S_COUNT; i++)
		a[i] = A_NORMAL;
	a[PANE_HEADING] = A_BOLD;
	a[PANE_LINK] = A_UNDERLINE;
	a[PANE_UNMET] = A_BOLD;
	a[PANE_WARN] = A_BOLD;
	a[TUI_S_TITLE] = A_REVERSE;
	a[TUI_S_STATUS] = A_REVERSE;
	a[TUI_S_SEL] = A_REVERSE;
	a[TUI_S_SEL_DIM] = A_UNDERLINE | A_BOLD;
	a[TUI_S_MATCH] = A_UNDERLINE | A_BOLD;
	a[TUI_S_MATCH_CUR] = A_REVERSE | A_BOLD;
	a[TUI_S_INPUT] = A_UNDERLINE;
	if (!t->color)
		return;
	short fg = -1, bg = -1;
	if (use_default_colors() != OK) {
		fg = COLOR_WHITE;
		bg = COLOR_BLACK;
	}
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_BLACK, COLOR_CYAN);
	init_pair(3, COLOR_BLACK, COLOR_WHITE);
	init_pair(4, COLOR_BLACK, COLOR_YELLOW);
	init_pair(5, COLOR_BLACK, COLOR_GREEN);
	init_pair(6, COLOR_CYAN, bg);
	init_pair(7, COLOR_GREEN, bg);
	init_pair(8, COLOR_RED, bg);
	init_pair(9, COLOR_YELLOW, bg);
	init_pair(10, COLOR_BLUE, bg);
	(void)fg;
	a[TUI_S_TITLE] = COLOR_PAIR(1) | A_BOLD;
	a[TUI_S_STATUS] = COLOR_PAIR(1);
	a[TUI_S_SEL] = COLOR_PAIR(2) | A_BOLD;
	a[TUI_S_SEL_DIM] = COLOR_PAIR(3);
	a[TUI_S_MATCH] = COLOR_PAIR(4);
	a[TUI_S_MATCH_CUR] = COLOR_PAIR(5) | A_BOLD;
	a[TUI_S_INPUT] = COLOR_PAIR(3);
	a[PANE_LINK] = COLOR_PAIR(6) | A_UNDERLINE;
	a[PANE_MET] = COLOR_PAIR(7);
	a[PANE_UNMET] = COLOR_PAIR(8) | A_BOLD;
	a[PANE_WARN] = COLOR_PAIR(9) | A_BOLD;
	a[TUI_S_BORDER] = COLOR_PAIR(10);
}

static bool term_start(struct tui *t, const struct session_options *opt)
{
	if (!term_registered) {
		atexit(term_restore);
		term_registered = true;
	}
	term_screen = newterm(NULL, stdout, stdin);
	if (!term_screen)
		return false;
	set_term(term_screen);
	const char *cup = tigetstr("cup");
	if (!cup || cup == (const char *)-1) {
		term_restore();
		return false;
	}
	if (t->kiosk)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	meta(stdscr, TRUE);
	leaveok(stdscr, FALSE);
	const char *delay = getenv("ESCDELAY");
	if (!delay || !*delay)
		set_escdelay(ESCDELAY_MS);
	colours(t, opt && opt->no_color);
	if (!(opt && opt->no_mouse)) {
		mmask_t want = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
		t->mouse = mousemask(want, NULL) != 0;
		mouseinterval(0);
	}
	curs_set(1);
	t->nlines = LINES;
	t->ncols = COLS;
	return true;
}

/* ---- the loop ---- */

static void draw(const struct tui *t, bool repaint)
{
	struct tui_frame f = { 0, 0, false };
	if (repaint)
		clearok(curscr, TRUE);
	erase();
	if (tui_too_small(t)) {
		char buf[96];
		snprintf(buf, sizeof buf, "Please enlarge the window: it is %dx%d, and needs at least %dx%d.",
		         t->ncols, t->nlines, TUI_MIN_COLS, TUI_MIN_LINES);
		struct text_lines l = { 0 };
		text_wrap(buf, t->ncols > 2 ? t->ncols - 2 : 1, &l);
		int y = (t->nlines - (int)l.n) / 2;
		for (size_t i = 0; i < l.n; i++)
			tui_put(t, y + (int)i, 1, t->ncols - 1, buf + l.v[i].off, l.v[i].len, A_BOLD);
		text_lines_free(&l);
	} else {
		for (int i = tui_base_screen(t); i < t->depth; i++) {
			struct tui_frame fi = { 0, 0, false };
			tui_screens[t->stack[i]].draw(t, &fi);
			if (fi.placed)
				f = fi;
		}
	}
	move(f.cy, f.cx);
	wnoutrefresh(stdscr);
	doupdate();
}

enum read_result { READ_KEY, READ_IDLE, READ_GONE };

/* Wait for a key without spinning: poll says when input comes, and a
 * terminal that is readable yet yields nothing, again and again, is gone. */
static enum read_result read_key(int *key, int *dead)
{
	wint_t wc;
	timeout(0);
	for (;;) {
		int r = wget_wch(stdscr, &wc);
		if (r == OK || r == KEY_CODE_YES) {
			*key = r == OK ? (int)wc : TUI_KEY_FN((int)wc);
			*dead = 0;
			return READ_KEY;
		}
		struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
		int n = poll(&pfd, 1, POLL_MS);
		if (n < 0)
			return errno == EINTR ? READ_IDLE : READ_GONE;
		if (n == 0) {
			*dead = 0;
			return READ_IDLE;
		}
		if (pfd.revents & (POLLERR | POLLNVAL))
			return READ_GONE;
		if ((pfd.revents & POLLHUP) && !(pfd.revents & POLLIN))
			return READ_GONE;
		if (++*dead > DEAD_READS)
			return READ_GONE;
	}
}

static enum tui_action mouse_action(struct tui *t)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return TUI_A_NONE;
	t->mouse_y = ev.y;
	t->mouse_x = ev.x;
	if (ev.bstate & BUTTON4_PRESSED)
		return TUI_A_WHEEL_UP;
	if (ev.bstate & BUTTON5_PRESSED)
		return TUI_A_WHEEL_DOWN;
	if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		return TUI_A_CLICK;
	return TUI_A_NONE;
}

static enum tui_reaction dispatch(struct tui *t, int key)
{
	if (key != TUI_KEY_FN(KEY_MOUSE))
		return tui_key(t, key);
	enum tui_action a = mouse_action(t);
	if (tui_too_small(t) || !(tui_screens[tui_top(t)].ctx(t) & (TUI_CTX_LIST | TUI_CTX_PANE)))
		return TUI_R_NONE;
	return tui_act(t, a);
}

static int loop(struct tui *t)
{
	bool dirty = true, repaint = false, warned = false;
	int dead = 0;
	time_t last = time(NULL);
	for (;;) {
		if (got_signal)
			return got_signal == SIGINT || got_signal == SIGQUIT ? 0 : 1;
		if (dirty) {
			tui_layout(t);
			draw(t, repaint);
			dirty = repaint = false;
		}
		int key;
		enum read_result rr = read_key(&key, &dead);
		if (rr == READ_GONE)
			return 1;
		if (rr == READ_IDLE) {
			double idle = difftime(time(NULL), last);
			if (t->kiosk && tui_someone_here(t) && idle >= KIOSK_IDLE_S) {
				if (!tui_reset(t))
					return 1;
				warned = false;
				dirty = repaint = true;
			} else if (t->kiosk && tui_someone_here(t) && !warned && idle >= KIOSK_IDLE_S - KIOSK_WARN_S) {
				tui_message(t, "Still there? Press any key, or the advisor starts again for the next "
				               "person in %d seconds.", KIOSK_WARN_S);
				warned = true;
				dirty = true;
			}
			continue;
		}
		last = time(NULL);
		warned = false;
		if (key == TUI_KEY_FN(KEY_RESIZE)) {
			t->nlines = LINES;
			t->ncols = COLS;
			dirty = true;
			continue;
		}
		if (t->msg[0]) {
			t->msg[0] = '\0';
			dirty = true;
		}
		switch (dispatch(t, key)) {
		case TUI_R_QUIT:
			return 0;
		case TUI_R_REPAINT:
			repaint = true;
			dirty = true;
			break;
		case TUI_R_REDRAW:
			dirty = true;
			break;
		case TUI_R_NONE:
			break;
		}
	}
}

static int curses_run(struct session *s)
{
	struct tui *t = calloc(1, sizeof *t);
	if (!t || !tui_init(t, s)) {
		free(t);
		fputs("probation-advisor: out of memory\n", stderr);
		return 1;
	}
	struct saved_signals old;
	got_signal = 0;
	signals_set(t->kiosk, &old);
	int status;
	if (!term_start(t, s->opt)) {
		signals_restore(&old);
		tui_free(t);
		free(t);
		return frontend_plain.run(s);
	}
	status = loop(t);
	term_restore();
	signals_restore(&old);
	tui_free(t);
	free(t);
	session_wipe(s);
	return status;
}

const struct frontend_ops frontend_curses = { "curses", curses_run };
