/*
 * nocurses: the curses calls the screens' drawing makes, as stubs that
 * abort.  fuzz_keys links them before the real library, so a key handler or
 * a layout function that draws (or a draw reached without a terminal) stops
 * the run with its stack.  Calls not listed here go to ncursesw, which
 * without a screen does nothing and returns ERR.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

/* The macros of curses.h (waddstr, wattron, ...) come down to these. */
#pragma clang diagnostic ignored "-Wunused-parameter"

static void no_screen(const char *fn)
{
	fprintf(stderr, "\n%s called without a terminal: only drawing may call curses\n", fn);
	abort();
}

#define STUB(ret, name, ...) \
	ret name(__VA_ARGS__) \
	{ \
		no_screen(#name); \
		return 0; \
	}

STUB(int, wmove, WINDOW *w, int y, int x)
STUB(int, waddch, WINDOW *w, const chtype ch)
STUB(int, waddnstr, WINDOW *w, const char *s, int n)
STUB(int, waddnwstr, WINDOW *w, const wchar_t *s, int n)
STUB(int, wadd_wch, WINDOW *w, const cchar_t *c)
STUB(int, wattrset, WINDOW *w, int a)
STUB(int, wattr_on, WINDOW *w, attr_t a, void *opts)
STUB(int, wattr_off, WINDOW *w, attr_t a, void *opts)
STUB(int, wattr_set, WINDOW *w, attr_t a, NCURSES_PAIRS_T pair, void *opts)
STUB(int, wbkgd, WINDOW *w, chtype ch)
STUB(int, werase, WINDOW *w)
STUB(int, wclear, WINDOW *w)
STUB(int, wclrtoeol, WINDOW *w)
STUB(int, wclrtobot, WINDOW *w)
STUB(int, wrefresh, WINDOW *w)
STUB(int, wnoutrefresh, WINDOW *w)
STUB(int, doupdate, void)
STUB(int, whline, WINDOW *w, chtype ch, int n)
STUB(int, wvline, WINDOW *w, chtype ch, int n)
STUB(int, wborder, WINDOW *w, chtype a, chtype b, chtype c, chtype d, chtype e, chtype f, chtype g, chtype h)
STUB(int, wchgat, WINDOW *w, int n, attr_t a, NCURSES_PAIRS_T pair, const void *opts)
STUB(int, beep, void)
STUB(int, flash, void)
STUB(int, curs_set, int visibility)
