/*
 * curses: the full-screen front end.  This file owns the terminal: it starts
 * curses (newterm, so an unusable terminal falls back to the plain front
 * end), runs the one input loop, turns keys into actions through the key
 * table, lets the top screen react, and repaints only when a reaction asks
 * and no more input is waiting.  Every exit goes through term_restore.
 *
 * The loop never spins: it blocks in ppoll until a key, a signal or the
 * next deadline (the idle warning, its countdown, the reset), and with no
 * deadline it blocks for ever.  A terminal that hangs up (POLLHUP, POLLERR,
 * or input that is readable yet yields no key again and again) ends it.
 * Signal handlers only set a flag that the loop reads; the signals are
 * blocked between that check and ppoll, which unblocks them atomically, so
 * none is lost.  A crash signal writes a fixed reset sequence, restores the
 * terminal's modes and dies of the same signal.
 */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "text.h"
#include "tui.h"

#define ESCDELAY_MS 75
#define DEAD_READS 5   /* readable but no key this often in a row: the terminal is gone */

/* ---- the terminal, and the one way back from it ---- */

static SCREEN *term_screen;
static bool term_registered, term_kiosk;
static volatile sig_atomic_t got_signal;
static struct termios term_saved;           /* the modes before curses, restored exactly */
static volatile sig_atomic_t term_saved_ok, term_active;

/* What a crash leaves the terminal with: mouse reports off, attributes
 * off, the cursor shown, keypad mode off, the normal screen back. */
static const char crash_reset[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h"
                                  "\033[?1l\033>\033[?1049l\r\n";

static void on_signal(int sig)
{
	got_signal = sig;
}

static void on_crash(int sig)
{
	if (term_active) {
		ssize_t w = write(STDOUT_FILENO, crash_reset, sizeof crash_reset - 1);
		(void)w;
		if (term_saved_ok)
			tcsetattr(STDIN_FILENO, TCSANOW, &term_saved);
	}
	raise(sig); /* SA_RESETHAND: the default action, a core file where allowed */
}

static int put_stdout(int c)
{
	return putchar(c);
}

/* Erase the screen and, where the terminal can (terminfo E3), its
 * scrollback: after a reset nothing of the last person may be found.
 * (putp would leave E3 in stdio's buffer, behind what curses writes.) */
static void clear_everything(void)
{
	const char *e3 = tigetstr("E3");
	if (e3 && e3 != (const char *)-1) {
		tputs(e3, 1, put_stdout);
		fflush(stdout);
	}
	clearok(curscr, TRUE);
}

static void term_restore(void)
{
	if (!term_screen)
		return;
	if (term_kiosk && !isendwin()) {
		/* Leave nothing behind on either screen. */
		erase();
		clear_everything();
		refresh();
	}
	if (!isendwin())
		endwin();
	if (term_kiosk) {
		const char *cl = tigetstr("clear"), *e3 = tigetstr("E3");
		if (cl && cl != (const char *)-1)
			tputs(cl, 1, put_stdout);
		if (e3 && e3 != (const char *)-1)
			tputs(e3, 1, put_stdout);
		fflush(stdout);
	}
	delscreen(term_screen);
	term_screen = NULL;
	if (term_saved_ok)
		tcsetattr(STDIN_FILENO, TCSADRAIN, &term_saved);
	term_active = 0;
}

struct saved_signals {
	struct sigaction act[13];
};

static const int handled_signals[13] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP,
	                                 SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGSYS, SIGTRAP, SIGXCPU };

static bool is_crash(int sig)
{
	return sig != SIGINT && sig != SIGTERM && sig != SIGHUP && sig != SIGQUIT && sig != SIGTSTP;
}

static void signals_set(bool kiosk, struct saved_signals *old)
{
	for (int i = 0; i < 13; i++) {
		int sig = handled_signals[i];
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sigemptyset(&sa.sa_mask);
		sa.sa_flags = SA_RESTART;
		sa.sa_handler = on_signal;
		if (is_crash(sig)) {
			sa.sa_handler = on_crash;
			sa.sa_flags = SA_RESETHAND | SA_NODEFER;
		} else if (kiosk && (sig == SIGINT || sig == SIGQUIT || sig == SIGTSTP)) {
			sa.sa_handler = SIG_IGN;
		} else if (sig == SIGTSTP) {
			/* Leave suspend to curses, which restores the screen on return. */
			sigaction(sig, NULL, &old->act[i]);
			continue;
		}
		sigaction(sig, &sa, &old->act[i]);
	}
}

static void signals_restore(const struct saved_signals *old)
{
	for (int i = 0; i < 13; i++)
		sigaction(handled_signals[i], &old->act[i], NULL);
}

/* The signals the loop waits for: blocked but for the moment of waiting. */
static void loop_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGQUIT);
	sigaddset(set, SIGWINCH);
}

/* Exit status for the signal that ended the loop. */
static int signal_status(int sig)
{
	return sig == SIGINT || sig == SIGQUIT ? 0 : 1;
}

/* Colours per part: the default theme, the high-contrast one; a
 * configuration file may set any part over either. */
struct palette {
	short fg, bg;
};

#define DEF (-1)
static const struct palette theme_default[SESSION_NPARTS] = {
	[SESSION_PART_TEXT] = { DEF, DEF },
	[SESSION_PART_TITLE] = { COLOR_WHITE, COLOR_BLUE },
	[SESSION_PART_STATUS] = { COLOR_WHITE, COLOR_BLUE },
	[SESSION_PART_SELECTION] = { DEF, DEF },
	[SESSION_PART_OTHER_SELECTION] = { COLOR_BLACK, COLOR_WHITE },
	[SESSION_PART_MATCH] = { COLOR_BLACK, COLOR_YELLOW },
	[SESSION_PART_CURRENT_MATCH] = { COLOR_BLACK, COLOR_GREEN },
	[SESSION_PART_INPUT] = { COLOR_BLACK, COLOR_WHITE },
	[SESSION_PART_LINK] = { COLOR_CYAN, DEF },
	[SESSION_PART_MET] = { COLOR_GREEN, DEF },
	[SESSION_PART_UNMET] = { COLOR_RED, DEF },
	[SESSION_PART_WARNING] = { COLOR_YELLOW, DEF },
	[SESSION_PART_BORDER] = { COLOR_BLUE, DEF },
};
static const struct palette theme_contrast[SESSION_NPARTS] = {
	[SESSION_PART_TEXT] = { COLOR_WHITE, COLOR_BLACK },
	[SESSION_PART_TITLE] = { COLOR_BLACK, COLOR_WHITE },
	[SESSION_PART_STATUS] = { COLOR_BLACK, COLOR_WHITE },
	[SESSION_PART_SELECTION] = { COLOR_BLACK, COLOR_YELLOW },
	[SESSION_PART_OTHER_SELECTION] = { COLOR_YELLOW, COLOR_BLACK },
	[SESSION_PART_MATCH] = { COLOR_BLACK, COLOR_CYAN },
	[SESSION_PART_CURRENT_MATCH] = { COLOR_BLACK, COLOR_GREEN },
	[SESSION_PART_INPUT] = { COLOR_BLACK, COLOR_WHITE },
	[SESSION_PART_LINK] = { COLOR_YELLOW, COLOR_BLACK },
	[SESSION_PART_MET] = { COLOR_GREEN, COLOR_BLACK },
	[SESSION_PART_UNMET] = { COLOR_RED, COLOR_BLACK },
	[SESSION_PART_WARNING] = { COLOR_YELLOW, COLOR_BLACK },
	[SESSION_PART_BORDER] = { COLOR_WHITE, COLOR_BLACK },
};
#undef DEF

/* The styles as rows (ncdu's colour scheme habit): the attributes without
 * colour, the part whose colours the style takes and what it adds to them,
 * and whether a part left in the terminal's own colours keeps the
 * monochrome look (the selection in reverse video, a link underlined)
 * rather than take the text's colours alone. */
static const struct {
	int style;
	attr_t mono;
	enum session_part part;
	attr_t add;
	bool keep_mono;
} styles[] = {
	{ PANE_TEXT, A_NORMAL, SESSION_PART_TEXT, 0, false },
	{ PANE_HEADING, A_BOLD, SESSION_PART_TEXT, A_BOLD, false },
	{ PANE_DIM, A_NORMAL, SESSION_PART_TEXT, 0, false },
	{ PANE_LINK, A_UNDERLINE, SESSION_PART_LINK, 0, true },
	{ PANE_MET, A_NORMAL, SESSION_PART_MET, 0, false },
	{ PANE_UNMET, A_BOLD, SESSION_PART_UNMET, A_BOLD, false },
	{ PANE_WARN, A_BOLD, SESSION_PART_WARNING, A_BOLD, false },
	{ TUI_S_TITLE, A_REVERSE, SESSION_PART_TITLE, A_BOLD, false },
	{ TUI_S_STATUS, A_REVERSE, SESSION_PART_STATUS, 0, false },
	{ TUI_S_SEL, A_REVERSE, SESSION_PART_SELECTION, A_BOLD, true },
	{ TUI_S_SEL_DIM, A_UNDERLINE | A_BOLD, SESSION_PART_OTHER_SELECTION, 0, true },
	{ TUI_S_MATCH, A_UNDERLINE | A_BOLD, SESSION_PART_MATCH, 0, false },
	{ TUI_S_MATCH_CUR, A_REVERSE | A_BOLD, SESSION_PART_CURRENT_MATCH, A_BOLD, false },
	{ TUI_S_BORDER, A_NORMAL, SESSION_PART_BORDER, 0, false },
	{ TUI_S_INPUT, A_UNDERLINE, SESSION_PART_INPUT, 0, false },
};

/* A configuration file's colour names, as curses numbers them. */
static short curses_colour(enum session_colour c)
{
	static const short numbers[SESSION_NCOLOURS] = {
		[SESSION_BLACK] = COLOR_BLACK, [SESSION_RED] = COLOR_RED,         [SESSION_GREEN] = COLOR_GREEN,
		[SESSION_YELLOW] = COLOR_YELLOW, [SESSION_BLUE] = COLOR_BLUE,     [SESSION_MAGENTA] = COLOR_MAGENTA,
		[SESSION_CYAN] = COLOR_CYAN,   [SESSION_WHITE] = COLOR_WHITE,
	};
	return c >= 0 && c < SESSION_NCOLOURS ? numbers[c] : -1;
}

/* One colour pair per part; a part in the terminal's own colours takes no
 * pair (*plain): switching pairs costs an escape sequence even between two
 * that look the same, and plain text is most of every screen. */
static void pairs(const struct session_options *opt, bool defaults, attr_t pair[], bool plain[])
{
	const struct palette *theme = opt && opt->theme == SESSION_THEME_CONTRAST ? theme_contrast : theme_default;
	for (int i = 0; i < SESSION_NPARTS; i++) {
		struct palette p = theme[i];
		if (opt && opt->colors[i].set)
			p = (struct palette){ curses_colour(opt->colors[i].fg), curses_colour(opt->colors[i].bg) };
		plain[i] = p.fg < 0 && p.bg < 0;
		if (!defaults) {
			p.fg = p.fg < 0 ? COLOR_WHITE : p.fg;
			p.bg = p.bg < 0 ? COLOR_BLACK : p.bg;
		}
		init_pair((short)(i + 1), p.fg, p.bg);
		pair[i] = plain[i] && defaults ? A_NORMAL : COLOR_PAIR(i + 1);
	}
}

static void colours(struct tui *t, const struct session_options *opt)
{
	const char *env = getenv("NO_COLOR");
	bool mono = (opt && (opt->no_color || opt->theme == SESSION_THEME_MONO)) || (env && *env);
	bool color = !mono && has_colors() && start_color() == OK && COLORS >= 8;
	attr_t pair[SESSION_NPARTS];
	bool plain[SESSION_NPARTS];
	if (color)
		pairs(opt, use_default_colors() == OK, pair, plain);
	/* Monochrome first: every distinction survives without colour. */
	for (int i = 0; i < TUI_S_COUNT; i++)
		t->attr[i] = A_NORMAL;
	for (size_t i = 0; i < sizeof styles / sizeof styles[0]; i++) {
		attr_t a = styles[i].mono;
		if (color && styles[i].keep_mono && plain[styles[i].part])
			a = pair[SESSION_PART_TEXT] | styles[i].mono;
		else if (color)
			a = pair[styles[i].part] | styles[i].add;
		t->attr[styles[i].style] = a;
	}
	/* The text colours fill every cell no part draws over. */
	if (color)
		bkgdset(' ' | pair[SESSION_PART_TEXT]);
}

/* Home and End as terminals other than the one terminfo describes send
 * them (tmux, screen, rxvt, the Linux console). */
static void alternative_keys(void)
{
	static const struct {
		const char *seq;
		int key;
	} alt[] = {
		{ "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME }, { "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
		{ "\033[4~", KEY_END },  { "\033[8~", KEY_END },  { "\033[F", KEY_END },  { "\033OF", KEY_END },
	};
	for (size_t i = 0; i < sizeof alt / sizeof alt[0]; i++)
		if (key_defined(alt[i].seq) == 0)
			define_key(alt[i].seq, alt[i].key);
}

static bool term_start(struct tui *t, const struct session_options *opt)
{
	if (!term_registered) {
		atexit(term_restore);
		term_registered = true;
	}
	term_saved_ok = tcgetattr(STDIN_FILENO, &term_saved) == 0;
	term_screen = newterm(NULL, stdout, stdin);
	if (!term_screen)
		return false;
	set_term(term_screen);
	term_active = 1;
	term_kiosk = t->kiosk;
	const char *cup = tigetstr("cup");
	if (!cup || cup == (const char *)-1) {
		term_kiosk = false;
		term_restore();
		return false;
	}
	/* A kiosk takes Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S as keys (which do
	 * nothing): raw mode, so no key makes a signal or stops the output. */
	if (t->kiosk)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	alternative_keys();
	meta(stdscr, TRUE);
	leaveok(stdscr, FALSE);
	timeout(0); /* reads never wait: ppoll does the waiting */
	const char *delay = getenv("ESCDELAY");
	if (!delay || !*delay)
		set_escdelay(ESCDELAY_MS);
	colours(t, opt);
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

/* ---- drawing ---- */

/* Text in the middle of the screen: in a box when there is room, else
 * wrapped across the whole window. */
/* warn_secs > 0: the idle warning is showing, with that many seconds left. */
static void draw(const struct tui *t, bool repaint, int warn_secs)
{
	struct tui_frame f = { 0, 0, false };
	if (repaint)
		clearok(curscr, TRUE);
	erase();
	char buf[300];
	if (warn_secs > 0) {
		tui_draw(t);
		snprintf(buf, sizeof buf, "In %d second%s the advisor starts again for the next person and "
		                          "forgets every answer. Press any key to carry on.",
		         warn_secs, warn_secs == 1 ? "" : "s");
		tui_dialog(t, "Are you still there?", buf, A_BOLD, 0);
	} else if (tui_too_small(t)) {
		snprintf(buf, sizeof buf, "Please enlarge the window: it is %dx%d, and needs at least %dx%d.",
		         t->ncols, t->nlines, TUI_MIN_COLS, TUI_MIN_LINES);
		tui_dialog(t, NULL, buf, A_BOLD, 0);
	} else {
		f = tui_draw(t);
	}
	move(f.cy, f.cx);
	wnoutrefresh(stdscr);
	doupdate();
}

/* ---- input ---- */

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* The rest of an escape sequence curses does not know, read and dropped,
 * as less and htop do: it is not an Esc followed by keys.  Its bytes are
 * already there (curses waited for them); an Esc alone has none after it. */
static bool unknown_sequence(void)
{
	wint_t wc;
	int r = wget_wch(stdscr, &wc);
	if (r == ERR)
		return false;
	if (r == KEY_CODE_YES)
		ungetch((int)wc);
	if (r != OK || (wc != '[' && wc != 'O')) {
		if (r == OK)
			unget_wch(wc);
		return false;
	}
	/* Parameters and intermediates, up to the final byte. */
	for (int i = 0; i < 32 && wget_wch(stdscr, &wc) == OK; i++)
		if (wc >= 0x40 && wc <= 0x7e && !(i == 0 && wc == '['))
			break;
	return true;
}

/* A key curses already has or can read without waiting; false if none. */
static bool read_key(int *key)
{
	wint_t wc;
	int r = wget_wch(stdscr, &wc);
	if (r != OK && r != KEY_CODE_YES)
		return false;
	if (r == OK && wc == 27 && unknown_sequence())
		return read_key(key);
	*key = r == OK ? (int)wc : TUI_KEY_FN((int)wc);
	return true;
}

enum wait_result { WAIT_INPUT, WAIT_DONE, WAIT_GONE };

/* Block until input, a signal, or ms pass (ms < 0: no limit).  The loop
 * runs with the quit signals and SIGWINCH blocked, and only ppoll unblocks
 * them (to *open), atomically: one that comes while a frame is drawn is
 * seen here, not lost until the next key. */
static enum wait_result wait_input(long ms, const sigset_t *open)
{
	struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	int n = ppoll(&pfd, 1, ms < 0 ? NULL : &ts, open);
	if (n < 0)
		return errno == EINTR ? WAIT_DONE : WAIT_GONE;
	if (n == 0)
		return WAIT_DONE;
	if (pfd.revents & (POLLHUP | POLLERR | POLLNVAL))
		return WAIT_GONE;
	return WAIT_INPUT;
}

/* ---- the loop ---- */

struct loop {
	bool dirty, repaint;
	int dead;           /* waits that said "readable" and gave no key */
	/* Forgetting the person after a while without a key. */
	long idle_ms, warn_ms;
	bool armed;         /* someone has pressed a key since the last reset */
	long last;          /* when they last did */
	long reset_at;      /* the warning is showing until then; 0: it is not */
	int shown;          /* the seconds the warning shows */
	int recent[SESSION_MAX_ADMIN_KEYS]; /* the last keys, for the admin keys */
	size_t nrecent;
};

static int warn_secs(const struct loop *L, long now)
{
	return L->reset_at ? (int)((L->reset_at - now + 999) / 1000) : 0;
}

/* The next moment something changes with no key (the warning, a second
 * of its countdown, the reset), or -1: nothing will. */
static long next_deadline(const struct loop *L, long now)
{
	if (!L->idle_ms || !L->armed)
		return -1;
	if (!L->reset_at)
		return L->last + L->idle_ms;
	long left = L->reset_at - now;
	return left <= 0 ? L->reset_at : now + ((left - 1) % 1000) + 1;
}

/* The terminal's part of forgetting: the screen and its scrollback. */
static void forgotten(struct loop *L)
{
	L->armed = false;
	L->reset_at = 0;
	L->dirty = L->repaint = true;
	clear_everything();
}

/* Time passed with no key: warn, count down, or forget the person. */
static bool idle_check(struct tui *t, struct loop *L, long now)
{
	if (!L->idle_ms || !L->armed)
		return true;
	if (!L->reset_at && now >= L->last + L->idle_ms && L->warn_ms > 0) {
		L->reset_at = now + L->warn_ms;
		L->dirty = true;
	} else if ((!L->reset_at && now >= L->last + L->idle_ms) || (L->reset_at && now >= L->reset_at)) {
		if (!tui_reset(t))
			return false;
		forgotten(L);
	}
	if (warn_secs(L, now) != L->shown)
		L->dirty = true;
	return true;
}

/* Enter, Backspace and their variants as one key each, for the admin keys:
 * the keys typed and the keys the configuration names alike. */
static int key_normal(int key)
{
	if (SESSION_KEY_F_NUMBER(key))
		return TUI_KEY_FN(KEY_F(SESSION_KEY_F_NUMBER(key)));
	if (key == '\n' || key == TUI_KEY_FN(KEY_ENTER))
		return '\r';
	if (key == 8 || key == TUI_KEY_FN(KEY_BACKSPACE))
		return 127;
	return key;
}

/* Do the last keys, this one included, end with the admin keys? */
static bool admin_match(struct loop *L, const struct session_options *opt, int key)
{
	size_t n = opt ? opt->nadmin_keys : 0;
	if (n == 0)
		return false;
	if (L->nrecent == n)
		memmove(L->recent, L->recent + 1, (n - 1) * sizeof *L->recent);
	else
		L->nrecent++;
	L->recent[L->nrecent - 1] = key_normal(key);
	for (size_t i = 0; L->nrecent == n && i < n; i++)
		if (L->recent[i] != key_normal(opt->admin_keys[i]))
			return false;
	return L->nrecent == n;
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
	if (tui_too_small(t) || !(tui_view_ctx(t, &t->views[tui_top(t)]) & (TUI_CTX_LIST | TUI_CTX_PANE)))
		return TUI_R_NONE;
	return tui_act(t, a);
}

enum step { STEP_ON, STEP_QUIT, STEP_FAIL };

static enum step on_key(struct tui *t, struct loop *L, int key)
{
	if (key == TUI_KEY_FN(KEY_RESIZE)) {
		/* Not a person: the idle clock runs on. */
		t->nlines = LINES;
		t->ncols = COLS;
		L->dirty = true;
		return STEP_ON;
	}
	L->last = now_ms();
	L->armed = true;
	if (t->kiosk && admin_match(L, t->s->opt, key))
		return STEP_QUIT;
	if (L->reset_at) {
		/* The key that answers "still there?" does nothing else. */
		L->reset_at = 0;
		L->dirty = L->repaint = true;
		if (key == TUI_KEY_FN(KEY_MOUSE))
			getmouse(&(MEVENT){ 0 });
		return STEP_ON;
	}
	if (t->msg[0]) {
		t->msg[0] = '\0';
		L->dirty = true;
	}
	switch (dispatch(t, key)) {
	case TUI_R_QUIT:
		return STEP_QUIT;
	case TUI_R_RESET:
		forgotten(L);
		break;
	case TUI_R_REPAINT:
		L->repaint = true;
		L->dirty = true;
		break;
	case TUI_R_REDRAW:
		L->dirty = true;
		break;
	case TUI_R_NONE:
		break;
	}
	return STEP_ON;
}

static int run_loop(struct tui *t, const struct session_options *opt, const sigset_t *open)
{
	struct loop L = { .dirty = true };
	L.idle_ms = opt ? (long)opt->idle_timeout * 1000 : 0;
	L.warn_ms = opt ? (long)opt->idle_warning * 1000 : 0;
	for (;;) {
		if (got_signal)
			return signal_status(got_signal);
		/* Every key already there first; draw once they are done. */
		int key;
		if (read_key(&key)) {
			L.dead = 0;
			enum step st = on_key(t, &L, key);
			if (st != STEP_ON)
				return st == STEP_QUIT ? 0 : 1;
			continue;
		}
		long now = now_ms();
		if (!idle_check(t, &L, now))
			return 1;
		if (L.dirty) {
			tui_layout(t);
			L.shown = warn_secs(&L, now);
			draw(t, L.repaint, L.shown);
			L.dirty = L.repaint = false;
		}
		long due = next_deadline(&L, now);
		if (due >= 0 && due <= now)
			continue;
		switch (wait_input(due < 0 ? -1 : due - now, open)) {
		case WAIT_GONE:
			return 1;
		case WAIT_INPUT:
			/* Readable, yet curses finds no key, again and again: the
			 * terminal is gone (ncurses returns ERR for ever then). */
			if (++L.dead > DEAD_READS)
				return 1;
			break;
		case WAIT_DONE:
			break;
		}
	}
}

static int loop(struct tui *t, const struct session_options *opt)
{
	sigset_t waited, open;
	loop_signals(&waited);
	sigprocmask(SIG_BLOCK, &waited, &open);
	int status = run_loop(t, opt, &open);
	sigprocmask(SIG_SETMASK, &open, NULL);
	return status;
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
	if (!term_start(t, s->opt)) {
		bool kiosk = t->kiosk;
		signals_restore(&old);
		tui_free(t);
		free(t);
		if (!kiosk)
			return frontend_plain.run(s);
		/* A kiosk never runs unlocked, and plain mode has no lock. */
		const char *term = getenv("TERM");
		fprintf(stderr, "probation-advisor: kiosk mode needs a full-screen terminal, and TERM=\"%s\" is "
		                "not one; not starting\n", term ? term : "");
		return 1;
	}
	int status = loop(t, s->opt);
	term_restore();
	signals_restore(&old);
	tui_free(t);
	free(t);
	session_wipe(s);
	return status;
}

const struct frontend_ops frontend_curses = { "curses", curses_run };
