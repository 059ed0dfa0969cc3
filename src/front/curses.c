/*
 * curses: the full-screen front end.  This file owns the terminal: it starts
 * curses (newterm, so an unusable terminal falls back to the plain front
 * end), runs the one input loop, turns keys into actions through the key
 * table, lets the top screen react, and repaints only when a reaction asks
 * and no more input is waiting.  Every exit goes through term_restore.
 *
 * The loop never spins: it blocks in ppoll until a key, a signal or the
 * next deadline (the idle warning, its countdown, the reset), and with no
 * deadline it blocks for ever.  Only a terminal that hangs up (POLLHUP,
 * POLLERR, a read error or end of file) ends it: bytes that decode to no
 * key (a Latin-1 terminal's accents, Alt as 8-bit meta) are input, and are
 * dropped.  Signal handlers only set a flag that the loop reads; the
 * signals are blocked between that check and ppoll, which unblocks them
 * atomically, so none is lost.  Every signal whose default would end the
 * process ends the loop the same way (or is ignored where a kiosk must
 * ignore it); a crash signal writes a fixed reset sequence, restores the
 * terminal's modes and dies of the same signal.
 *
 * The window size comes from the terminal, clamped to TERM_MAX_LINES x
 * TERM_MAX_COLS before curses sees it (ncurses crashes at 32768 and takes
 * gigabytes well below): a larger window is drawn at that size.
 *
 * Output to a terminal that stops reading (a stalled link) blocks in
 * write, inside curses.  While curses writes, a 100 ms timer checks: when
 * a quit signal waits or the idle reset is due, the write is cut short
 * (siglongjmp back to the loop), the loop acts, and the screen is
 * repainted in full once the terminal takes output again.
 */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <term.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "lang.h"
#include "text.h"
#include "tui.h"

#define ESCDELAY_MS 75
#define DEAD_READS 8   /* readable, bytes there, no key this often in a row: drop the bytes */
#define TERM_MAX_LINES 500   /* the largest window drawn; a larger one is drawn at this size */
#define TERM_MAX_COLS 1000
#define TICK_MS 100          /* how often a blocked write is looked at */

/* ---- the terminal, and the one way back from it ---- */

static SCREEN *term_screen;
static FILE *term_in;                       /* the terminal, read without ever blocking */
static bool term_registered, term_kiosk;
static volatile sig_atomic_t got_signal, got_winch;
static struct termios term_saved;           /* the modes before curses, restored exactly */
static volatile sig_atomic_t term_saved_ok, term_active;

/* Curses calls that may be cut short: out_busy while curses writes
 * (OUT_WRITE) or reads (OUT_READ); out_ticks the timer ticks left before
 * the idle reset is due (-1: none); out_cut once a write was cut, until
 * the screen is repainted. */
enum { OUT_IDLE, OUT_WRITE, OUT_READ };
static sigjmp_buf out_jmp;
static volatile sig_atomic_t out_busy, out_ticks = -1, out_cut, term_in_fd = -1;

/* What a crash leaves the terminal with: mouse reports off, attributes
 * off, the cursor shown, keypad mode off, the normal screen back. */
static const char crash_reset[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h"
                                  "\033[?1l\033>\033[?1049l\r\n";

static void on_signal(int sig)
{
	got_signal = sig;
}

static void on_winch(int sig)
{
	(void)sig;
	got_winch = 1;
}

static bool out_writable(void)
{
	struct pollfd pfd = { STDOUT_FILENO, POLLOUT, 0 };
	return poll(&pfd, 1, 0) == 1 && (pfd.revents & POLLOUT);
}

/* The quit signals the loop keeps blocked (see loop_signals). */
static bool quit_pending(void)
{
	sigset_t p;
	if (sigpending(&p) != 0)
		return false;
	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGWINCH && sigismember(&p, sig) == 1)
			return true;
	return false;
}

/* Has the terminal hung up?  (Curses reads the rest of a mouse report in
 * a loop that, at end of file, never ends.) */
static bool input_gone(void)
{
	struct pollfd pfd = { term_in_fd, POLLIN, 0 };
	return term_in_fd >= 0 && poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL));
}

/* SIGALRM: the timer's tick while curses writes or reads, or a signal like
 * any other when someone sends it. */
static void on_alarm(int sig, siginfo_t *info, void *ctx)
{
	(void)ctx;
	if (info && info->si_code <= 0) {
		got_signal = sig;
		return;
	}
	if (!out_busy)
		return;
	if (out_ticks > 0)
		out_ticks--;
	/* (Whether the terminal would take more cannot be told: poll says a
	 * full pty is writable while a write to it waits.  Cut it short.) */
	if (got_signal || out_ticks == 0 || quit_pending() || input_gone()) {
		out_cut = out_busy == OUT_WRITE;
		out_busy = OUT_IDLE;
		siglongjmp(out_jmp, 1);
	}
}

static void on_crash(int sig)
{
	if (term_active) {
		/* Never block here: a terminal that stopped reading gets nothing. */
		if (out_writable()) {
			ssize_t w = write(STDOUT_FILENO, crash_reset, sizeof crash_reset - 1);
			(void)w;
		}
		if (term_saved_ok)
			tcsetattr(STDIN_FILENO, TCSANOW, &term_saved);
	}
	raise(sig); /* SA_RESETHAND: the default action, a core file where allowed */
}

static void tick_set(long ms)
{
	struct itimerval it = { { ms / 1000, (ms % 1000) * 1000 }, { ms / 1000, (ms % 1000) * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}

/* Run out(arg), a curses call that writes (busy OUT_WRITE) or reads
 * (OUT_READ), bounded: it is cut short when a quit signal waits, the
 * terminal has hung up, or ticks * TICK_MS have passed (ticks < 0: no
 * limit).  False when it was cut. */
static bool bounded(void (*out)(void *), void *arg, int ticks, int busy)
{
	if (sigsetjmp(out_jmp, 1)) {
		tick_set(0);
		if (term_screen)
			clearok(curscr, TRUE);
		return false;
	}
	out_ticks = ticks;
	out_busy = busy;
	tick_set(TICK_MS);
	out(arg);
	out_busy = OUT_IDLE;
	tick_set(0);
	return true;
}

static bool out_bounded(void (*out)(void *), void *arg, int ticks)
{
	return bounded(out, arg, ticks, OUT_WRITE);
}

/* Write s to the terminal, as curses does. */
static void put_raw(const char *s)
{
	terminal_write_all(STDOUT_FILENO, s, strlen(s));
}

static void put_cap(const char *name)
{
	const char *cap = tigetstr(name);
	if (cap && cap != (const char *)-1)
		put_raw(cap);
}

/* Erase the screen and, where the terminal can (terminfo E3), its
 * scrollback, with the next update: after a reset nothing of the last
 * person may be found. */
static bool out_scrub;

static void clear_everything(void)
{
	out_scrub = true;
	clearok(curscr, TRUE);
}

static void restore_output(void *arg)
{
	(void)arg;
	if (term_kiosk && !isendwin()) {
		/* Leave nothing behind on either screen. */
		erase();
		put_cap("E3");
		clearok(curscr, TRUE);
		refresh();
	}
	if (!isendwin())
		endwin();
	if (term_kiosk) {
		put_cap("clear");
		put_cap("E3");
	}
}

/* Run f(arg) with the terminal's output going to /dev/null; false (and
 * f not run) when that cannot be arranged. */
static bool to_null(void (*f)(void *), void *arg)
{
	int out = dup(STDOUT_FILENO), null = out < 0 ? -1 : open("/dev/null", O_WRONLY);
	bool ok = null >= 0 && dup2(null, STDOUT_FILENO) >= 0;
	if (ok) {
		f(arg);
		dup2(out, STDOUT_FILENO);
	}
	if (out >= 0)
		close(out);
	if (null >= 0)
		close(null);
	return ok;
}

static void delete_screen(void *arg)
{
	(void)arg;
	delscreen(term_screen);
}

/* Curses keeps the bytes it last wrote in its output buffer (sized for
 * the first window), and a write cut short leaves them waiting there:
 * after a reset they may be the last person's.  Screens of filler, sent
 * to /dev/null, overwrite every byte of it; the next update repaints. */
static int first_lines, first_cols;

static void overwrite_output(void *arg)
{
	(void)arg;
	int most_lines = LINES > first_lines ? LINES : first_lines, most_cols = COLS > first_cols ? COLS : first_cols;
	long need = 2L * (2 + most_lines) * (6 + most_cols), each = (long)LINES * COLS;
	/* A window of no cells (never after term_size) holds nothing to send. */
	for (chtype c = 'a'; need > 0 && each > 0; c = c == 'z' ? 'a' : c + 1, need -= each) {
		for (int y = 0; y < LINES; y++)
			mvhline(y, 0, c, COLS);
		wnoutrefresh(stdscr);
		doupdate();
	}
	erase();
	clearok(curscr, TRUE);
}

static void term_restore(void)
{
	if (!term_screen)
		return;
	/* A terminal that takes nothing for a second is left as it is: what
	 * curses still has to write (delscreen writes it) goes nowhere. */
	bool drained = !out_cut && out_bounded(restore_output, NULL, 1000 / TICK_MS);
	if (drained || !to_null(delete_screen, NULL))
		delete_screen(NULL);
	term_screen = NULL;
	term_in_fd = -1;
	fclose(term_in);
	term_in = NULL;
	if (term_saved_ok)
		tcsetattr(STDIN_FILENO, drained ? TCSADRAIN : TCSANOW, &term_saved);
	term_active = 0;
}

/* ---- signals ---- */

enum sig_kind { SIG_KEEP, SIG_QUIT, SIG_CRASH, SIG_IGNORE };

/* What each signal does while the full screen runs: every one whose
 * default ends the process either ends the loop through the one restore,
 * or is ignored.  SIGXFSZ is ignored, so that a write over a file size
 * limit fails (and says so) instead of killing the program. */
static enum sig_kind sig_kind(int sig, bool kiosk)
{
	switch (sig) {
	case SIGSEGV: case SIGBUS: case SIGFPE: case SIGILL: case SIGABRT: case SIGSYS: case SIGTRAP:
		return SIG_CRASH;
	case SIGINT: case SIGQUIT:
		return kiosk ? SIG_IGNORE : SIG_QUIT;
	case SIGTSTP: /* outside a kiosk, left to curses, which restores the screen on return */
		return kiosk ? SIG_IGNORE : SIG_KEEP;
	case SIGXFSZ:
		return SIG_IGNORE;
	case SIGKILL: case SIGSTOP: case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH: case SIGTTIN:
	case SIGTTOU:
		return SIG_KEEP;
	default:
		return sig >= 32 && sig < SIGRTMIN ? SIG_KEEP : SIG_QUIT; /* the C library's own */
	}
}

struct saved_signals {
	struct sigaction act[NSIG];
	struct itimerval timer;
};

static void signals_set(bool kiosk, struct saved_signals *old)
{
	getitimer(ITIMER_REAL, &old->timer);
	for (int sig = 1; sig < NSIG; sig++) {
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sigemptyset(&sa.sa_mask);
		sa.sa_flags = SA_RESTART;
		sa.sa_handler = on_signal;
		enum sig_kind k = sig_kind(sig, kiosk);
		if (sig == SIGWINCH) {
			/* Ours, so curses installs none: the size is clamped first. */
			sa.sa_handler = on_winch;
		} else if (sig == SIGALRM) {
			sa.sa_sigaction = on_alarm;
			sa.sa_flags = SA_RESTART | SA_SIGINFO;
		} else if (k == SIG_KEEP) {
			sigaction(sig, NULL, &old->act[sig]);
			continue;
		} else if (k == SIG_CRASH) {
			sa.sa_handler = on_crash;
			sa.sa_flags = SA_RESETHAND | SA_NODEFER;
		} else if (k == SIG_IGNORE) {
			sa.sa_handler = SIG_IGN;
		}
		sigaction(sig, &sa, &old->act[sig]);
	}
}

static void signals_restore(const struct saved_signals *old)
{
	tick_set(0);
	for (int sig = 1; sig < NSIG; sig++)
		sigaction(sig, &old->act[sig], NULL);
	setitimer(ITIMER_REAL, &old->timer, NULL);
}

/* The signals the loop waits for: blocked but for the moment of waiting
 * (SIGALRM stays open: it ticks while curses writes). */
static void loop_signals(sigset_t *set, bool kiosk)
{
	sigemptyset(set);
	for (int sig = 1; sig < NSIG; sig++)
		if (sig == SIGWINCH || (sig != SIGALRM && sig_kind(sig, kiosk) == SIG_QUIT))
			sigaddset(set, sig);
}

/* Exit status for the signal that ended the loop. */
static int signal_status(int sig)
{
	return sig == SIGINT || sig == SIGQUIT ? 0 : 1;
}

/* ---- the window's size ---- */

/* A size from the environment (COLUMNS, LINES), 0 if unset or not a number. */
static int env_size(const char *name)
{
	const char *v = getenv(name);
	char *end;
	long n = v && *v ? strtol(v, &end, 10) : 0;
	return n > 0 && *end == '\0' ? (n > 65535 ? 65535 : (int)n) : 0;
}

static int clamp(int n, int max, int fallback)
{
	return n <= 0 ? fallback : n > max ? max : n;
}

/* The window's size as curses will have it: LINES and COLUMNS if set, else
 * the terminal's, else terminfo's; never above the largest drawn. */
static void term_size(int *nl, int *nc)
{
	struct winsize ws = { 0, 0, 0, 0 };
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
		ws.ws_row = ws.ws_col = 0;
	int l = env_size("LINES"), c = env_size("COLUMNS");
	int tl = tigetnum("lines"), tc = tigetnum("cols");
	*nl = clamp(l ? l : ws.ws_row, TERM_MAX_LINES, clamp(tl, TERM_MAX_LINES, 24));
	*nc = clamp(c ? c : ws.ws_col, TERM_MAX_COLS, clamp(tc, TERM_MAX_COLS, 80));
}

/* Resize curses to the window (clamped), and the screens with it. */
static void term_fit(struct tui *t)
{
	int l, c;
	term_size(&l, &c);
	if (l != LINES || c != COLS)
		resizeterm(l, c);
	t->nlines = LINES;
	t->ncols = COLS;
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

/* The terminal for reading, opened anew so that it alone is non-blocking
 * (standard output, the same terminal, stays as it was): curses reads the
 * rest of a mouse report with a plain read, which on a blocking terminal
 * waits for ever when the rest never comes, deaf to every signal.  A
 * terminal the program may not open by name (another user's, after su)
 * is read as it was given. */
static FILE *input_open(void)
{
	char name[256];
	int fd = ttyname_r(STDIN_FILENO, name, sizeof name) == 0
	                 ? open(name, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
	                 : -1;
	if (fd < 0)
		fd = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0);
	FILE *f = fd >= 0 ? fdopen(fd, "r") : NULL;
	if (fd >= 0 && !f)
		close(fd);
	return f;
}

static bool term_start(struct tui *t, const struct session_options *opt)
{
	if (!term_registered) {
		atexit(term_restore);
		term_registered = true;
	}
	term_saved_ok = tcgetattr(STDIN_FILENO, &term_saved) == 0;
	out_cut = 0;
	/* Curses starts at terminfo's size, and term_fit gives it the window's,
	 * clamped: it never sees a size it cannot draw. */
	use_env(FALSE);
	term_in = input_open();
	term_in_fd = term_in ? fileno(term_in) : -1;
	term_screen = term_in ? newterm(NULL, stdout, term_in) : NULL;
	if (!term_screen) {
		if (term_in)
			fclose(term_in);
		term_in = NULL;
		term_in_fd = -1;
		return false;
	}
	set_term(term_screen);
	first_lines = LINES;
	first_cols = COLS;
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
	term_fit(t);
	return true;
}

/* ---- drawing ---- */

static void update(void *arg)
{
	(void)arg;
	if (out_scrub) {
		put_cap("E3");
		out_scrub = false;
	}
	doupdate();
}

/* warn_secs > 0: the idle warning is showing, with that many seconds left.
 * ticks: the timer's ticks until the loop must act (-1: no deadline). */
static void draw(const struct tui *t, bool repaint, int warn_secs, int ticks)
{
	struct tui_frame f = { 0, 0, false };
	if (repaint)
		clearok(curscr, TRUE);
	erase();
	char buf[300];
	if (warn_secs > 0) {
		tui_draw(t);
		snprintf(buf, sizeof buf,
		         ngettext("In %d second the advisor starts again for the next person and forgets every "
		                  "answer. Press any key to carry on.",
		                  "In %d seconds the advisor starts again for the next person and forgets every "
		                  "answer. Press any key to carry on.", (unsigned long)warn_secs),
		         warn_secs);
		tui_dialog(t, _("Are you still there?"), buf, A_BOLD, 0);
	} else if (tui_too_small(t)) {
		snprintf(buf, sizeof buf, _("Please enlarge the window: it is %dx%d, and needs at least %dx%d."),
		         t->ncols, t->nlines, TUI_MIN_COLS, TUI_MIN_LINES);
		tui_dialog(t, NULL, buf, A_BOLD, 0);
	} else {
		f = tui_draw(t);
	}
	move(f.cy, f.cx);
	wnoutrefresh(stdscr);
	out_bounded(update, NULL, ticks);
}

/* ---- input ---- */

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

struct key_read {
	int r;
	wint_t wc;
};

/* A key, past any escape sequence curses does not know. */
static void get_key(void *arg)
{
	struct key_read *k = arg;
	do
		k->r = wget_wch(stdscr, &k->wc);
	while (k->r == OK && k->wc == 27 && unknown_sequence());
}

/* A key curses already has or can read without waiting; false if none
 * (or when the read was cut short: the loop then sees why). */
static bool read_key(int *key)
{
	struct key_read k = { ERR, 0 };
	/* Curses would refresh a changed window before reading, writing
	 * outside the bounds of draw: the loop draws it anyway. */
	if (is_wintouched(stdscr))
		untouchwin(stdscr);
	if (!bounded(get_key, &k, -1, OUT_READ) || (k.r != OK && k.r != KEY_CODE_YES))
		return false;
	*key = k.r == OK ? (int)k.wc : TUI_KEY_FN((int)k.wc);
	return true;
}

enum wait_result { WAIT_INPUT, WAIT_DONE, WAIT_GONE, WAIT_DRAINED };

/* Block until input, a signal, or ms pass (ms < 0: no limit), or, after a
 * cut write, until the terminal takes output again.  The loop runs with
 * the quit signals and SIGWINCH blocked, and only ppoll unblocks them (to
 * *open), atomically: one that comes while a frame is drawn is seen here,
 * not lost until the next key. */
static enum wait_result wait_input(long ms, const sigset_t *open)
{
	struct pollfd pfd[2] = { { fileno(term_in), POLLIN, 0 }, { STDOUT_FILENO, POLLOUT, 0 } };
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	int n = ppoll(pfd, out_cut ? 2 : 1, ms < 0 ? NULL : &ts, open);
	if (n < 0)
		return errno == EINTR ? WAIT_DONE : WAIT_GONE;
	if (n == 0)
		return WAIT_DONE;
	if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL))
		return WAIT_GONE;
	if (pfd[0].revents & POLLIN)
		return WAIT_INPUT;
	return WAIT_DRAINED;
}

/* Readable, yet curses found no key.  Bytes that decode to no key are
 * input like any other (dropped, if curses leaves them waiting); only end
 * of file or a read error is a hang-up.  False then. */
static bool no_key(int dead[2])
{
	int n = 0;
	if (ioctl(fileno(term_in), FIONREAD, &n) != 0 || n <= 0)
		return false;
	if (n != dead[1]) {
		/* Curses takes them, a byte at a time. */
		dead[0] = 0;
		dead[1] = n;
		return true;
	}
	if (++dead[0] >= DEAD_READS) {
		char junk[256];
		ssize_t r = read(fileno(term_in), junk, n < (int)sizeof junk ? (size_t)n : sizeof junk);
		explicit_bzero(junk, sizeof junk);
		dead[0] = dead[1] = 0;
		return r > 0;
	}
	return true;
}

/* ---- the loop ---- */

struct loop {
	bool dirty, repaint;
	int dead[2];        /* waits that said "readable" and gave no key; the bytes waiting then */
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
	to_null(overwrite_output, NULL);
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
		term_fit(t);
		L->dirty = true;
		return STEP_ON;
	}
	L->last = terminal_now_ms();
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
		if (got_winch) {
			got_winch = 0;
			term_fit(t);
			L.dirty = true;
		}
		/* Every key already there first; draw once they are done. */
		int key;
		if (read_key(&key)) {
			L.dead[0] = L.dead[1] = 0;
			enum step st = on_key(t, &L, key);
			if (st != STEP_ON)
				return st == STEP_QUIT ? 0 : 1;
			continue;
		}
		long now = terminal_now_ms();
		if (!idle_check(t, &L, now))
			return 1;
		long due = next_deadline(&L, now);
		if (L.dirty && !out_cut) {
			tui_layout(t);
			L.shown = warn_secs(&L, now);
			draw(t, L.repaint, L.shown, due < 0 ? -1 : (int)((due - now) / TICK_MS) + 1);
			L.dirty = L.repaint = false;
			now = terminal_now_ms();
		}
		if (due >= 0 && due <= now)
			continue;
		switch (wait_input(due < 0 ? -1 : due - now, open)) {
		case WAIT_GONE:
			return 1;
		case WAIT_INPUT:
			if (!no_key(L.dead))
				return 1;
			break;
		case WAIT_DRAINED:
			/* The terminal takes output again: all of it anew. */
			out_cut = 0;
			L.dirty = L.repaint = true;
			break;
		case WAIT_DONE:
			break;
		}
	}
}

static int loop(struct tui *t, const struct session_options *opt)
{
	sigset_t waited, open;
	loop_signals(&waited, t->kiosk);
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
		fprintf(stderr, "probation-advisor: %s\n", _("out of memory"));
		return 1;
	}
	if (s->notice) {
		/* Answers from --resume: where they lead, and what the code said. */
		wizard_open(t);
		tui_message(t, "%s", s->notice);
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
		char *term = text_sanitize(getenv("TERM") ? getenv("TERM") : "");
		fprintf(stderr, _("probation-advisor: kiosk mode needs a full-screen terminal, and TERM=\"%s\" is "
		                  "not one that terminfo can drive; not starting\n"), term ? term : "?");
		free(term);
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
