/*
 * curses: the full-screen front end.  This file owns the terminal: it starts
 * curses (newterm, so an unusable terminal falls back to the plain front
 * end), runs the one input loop, turns keys into actions through the key
 * table, lets the top screen react, and repaints only when a reaction asks.
 * Every exit goes through term_restore.  Signal handlers only set a flag.
 */
#include <errno.h>
#include <langinfo.h>
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

const struct tui_screen_ops tui_screens[TUI_NSCREENS] = {
	[TUI_MENU] = { "menu", 30, true, false, true, menu_ctx, menu_layout, menu_draw, menu_key },
	[TUI_WIZARD] = { "question", 35, true, false, true, wizard_ctx, wizard_layout, wizard_draw, wizard_key },
	[TUI_EXPLAIN] = { "explain", 0, false, false, false, explain_ctx, explain_layout, explain_draw, explain_key },
	[TUI_FINDER] = { "finder", 35, true, false, true, finder_ctx, finder_layout, finder_draw, finder_key },
	[TUI_REVIEW] = { "review", 0, false, false, false, review_ctx, review_layout, review_draw, review_key },
	[TUI_RESULT] = { "result", 0, true, false, false, result_ctx, result_layout, result_draw, result_key },
	[TUI_FAQ] = { "faq", 60, true, false, false, faq_ctx, faq_layout, faq_draw, faq_key },
	[TUI_LEVELS] = { "levels", 55, true, false, true, levels_ctx, levels_layout, levels_draw, levels_key },
	[TUI_ROUTES] = { "routes", 60, true, false, true, routes_ctx, routes_layout, routes_draw, routes_key },
	[TUI_CONTACTS] = { "contacts", 0, false, false, false, contacts_ctx, contacts_layout, contacts_draw, contacts_key },
	[TUI_ABOUT] = { "about", 0, false, false, false, about_ctx, about_layout, about_draw, about_key },
	[TUI_HELP] = { "help", 0, false, false, false, help_ctx, help_layout, help_draw, help_key },
	[TUI_SAVE] = { "save", 0, false, true, false, save_ctx, save_layout, save_draw, save_key },
	[TUI_CONFIRM] = { "confirm", 0, false, true, false, confirm_ctx, confirm_layout, confirm_draw, confirm_key },
};

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

/* ---- state ---- */

static bool tui_init(struct tui *t, struct session *s)
{
	memset(t, 0, sizeof *t);
	t->s = s;
	t->c = s->c;
	t->kiosk = s->opt && s->opt->kiosk;
	const char *cs = nl_langinfo(CODESET);
	t->utf8 = cs && strcmp(cs, "UTF-8") == 0;
	t->effective = calloc(s->nanswers + 1, sizeof *t->effective);
	if (!t->effective)
		return false;
	struct tui_split *lists[] = { &t->menu, &t->finder, &t->review, &t->levels, &t->routes,
	                              &t->wiz.v, &t->result.v, &t->faq.v };
	struct tui_split *texts[] = { &t->explain, &t->contacts, &t->about, &t->help };
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		pane_init(&lists[i]->main, true);
		pane_init(&lists[i]->side, false);
		lists[i]->side_for = -1;
	}
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		pane_init(&texts[i]->main, false);
		pane_init(&texts[i]->side, false);
		texts[i]->side_for = -1;
	}
	t->wiz.built_q = -1;
	t->faq.cur = -1;
	t->stack[0] = TUI_MENU;
	t->depth = 1;
	tui_replan(t);
	return true;
}

static void tui_free(struct tui *t)
{
	struct tui_split *all[] = { &t->menu, &t->finder, &t->review, &t->levels, &t->routes, &t->wiz.v,
	                            &t->result.v, &t->faq.v, &t->explain, &t->contacts, &t->about, &t->help };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
		pane_free(&all[i]->main);
		pane_free(&all[i]->side);
	}
	plan_free(&t->result.plan);
	faq_free(t);
	free(t->effective);
	/* What the person typed or was told goes with them. */
	explicit_bzero(&t->save, sizeof t->save);
	explicit_bzero(&t->faq.query, sizeof t->faq.query);
	explicit_bzero(t->msg, sizeof t->msg);
}

/* Forget the person: every answer, every screen's place, what was typed. */
static bool kiosk_reset(struct tui *t)
{
	struct tui keep = *t; /* only its settings: tui_free frees what it points to */
	tui_free(t);
	session_wipe(keep.s);
	if (!tui_init(t, keep.s))
		return false;
	t->utf8 = keep.utf8;
	t->color = keep.color;
	t->mouse = keep.mouse;
	t->nlines = keep.nlines;
	t->ncols = keep.ncols;
	memcpy(t->attr, keep.attr, sizeof t->attr);
	return true;
}

static bool someone_here(const struct tui *t)
{
	if (t->depth > 1)
		return true;
	for (size_t i = 0; i < t->s->nanswers; i++)
		if (t->s->answers[i] != COND_UNSET)
			return true;
	return false;
}

/* ---- the loop ---- */

static bool too_small(const struct tui *t)
{
	return t->nlines < TUI_MIN_LINES || t->ncols < TUI_MIN_COLS;
}

/* The screens that show: the top one, and any it is drawn over. */
static int base_screen(const struct tui *t)
{
	int b = t->depth - 1;
	while (b > 0 && tui_screens[t->stack[b]].overlay)
		b--;
	return b;
}

static void layout(struct tui *t)
{
	if (too_small(t))
		return;
	for (int i = base_screen(t); i < t->depth; i++)
		tui_screens[t->stack[i]].layout(t);
}

static void draw(const struct tui *t, bool repaint)
{
	struct tui_frame f = { 0, 0, false };
	if (repaint)
		clearok(curscr, TRUE);
	erase();
	if (too_small(t)) {
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
		for (int i = base_screen(t); i < t->depth; i++) {
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
	if (too_small(t))
		return TUI_R_NONE;
	enum tui_screen s = tui_top(t);
	const struct tui_screen_ops *o = &tui_screens[s];
	unsigned ctx = o->ctx(t);
	enum tui_action a;
	if (key == TUI_KEY_FN(KEY_MOUSE)) {
		a = mouse_action(t);
		if (!(ctx & (TUI_CTX_LIST | TUI_CTX_PANE)))
			a = TUI_A_NONE;
	} else {
		a = tui_keys_lookup(key, ctx);
		if (a == TUI_A_NONE && !TUI_KEY_IS_FN(key) && key >= 0x20 && key != 0x7f) {
			if (ctx & TUI_CTX_PROMPT)
				a = TUI_A_TYPE;
			else if (ctx & TUI_CTX_LIST)
				a = TUI_A_JUMP;
		}
	}
	if (a == TUI_A_NONE)
		return TUI_R_NONE;
	t->key = key;
	enum tui_reaction r = o->key(t, a);
	if (r != TUI_R_NONE)
		return r;
	switch (a) {
	case TUI_A_HELP:
		tui_push(t, TUI_HELP);
		return TUI_R_REDRAW;
	case TUI_A_QUIT:
		return confirm_quit(t);
	case TUI_A_SEARCH:
		faq_search_start(t);
		return TUI_R_REDRAW;
	case TUI_A_REDRAW:
		return TUI_R_REPAINT;
	default:
		return TUI_R_NONE;
	}
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
			layout(t);
			draw(t, repaint);
			dirty = repaint = false;
		}
		int key;
		enum read_result rr = read_key(&key, &dead);
		if (rr == READ_GONE)
			return 1;
		if (rr == READ_IDLE) {
			double idle = difftime(time(NULL), last);
			if (t->kiosk && someone_here(t) && idle >= KIOSK_IDLE_S) {
				if (!kiosk_reset(t))
					return 1;
				warned = false;
				dirty = repaint = true;
			} else if (t->kiosk && someone_here(t) && !warned && idle >= KIOSK_IDLE_S - KIOSK_WARN_S) {
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
