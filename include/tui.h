/*
 * tui: the curses front end's state and the contract between its screens.
 *
 * One struct tui holds everything the front end knows: the session (whose
 * answers are the only personal data), the stack of screens, each screen's
 * panes and selection, and the terminal's abilities.  Each screen is one file
 * under src/tui/ exporting *_layout (rebuild and wrap its panes for the
 * current size: may change the screen's own state), *_draw (only reads) and
 * *_key (reacts to an action and never draws).  src/curses.c owns the
 * terminal, the one input loop and the one restore path; src/tui/ui.c the
 * drawing helpers every screen shares.
 */
#ifndef PA_TUI_H
#define PA_TUI_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "plan.h"
#include "rules.h"
#include "session.h"
#include "tui_keys.h"
#include "tui_pane.h"

struct tui;

enum tui_screen {
	TUI_MENU, TUI_WIZARD, TUI_EXPLAIN, TUI_FINDER, TUI_REVIEW, TUI_RESULT, TUI_FAQ,
	TUI_LEVELS, TUI_ROUTES, TUI_CONTACTS, TUI_ABOUT, TUI_HELP, TUI_SAVE, TUI_CONFIRM,
	TUI_NSCREENS
};

enum tui_reaction {
	TUI_R_NONE,     /* nothing changed: no repaint */
	TUI_R_REDRAW,   /* state changed: lay out and repaint what differs */
	TUI_R_REPAINT,  /* repaint the whole terminal (Ctrl-L) */
	TUI_R_RESET,    /* the person was forgotten (tui_reset done): clear the
	                 * terminal, its scrollback too, and repaint */
	TUI_R_QUIT
};

enum tui_mode { TUI_TOO_SMALL, TUI_COMPACT, TUI_NORMAL, TUI_WIDE };

#define TUI_MIN_LINES 12
#define TUI_MIN_COLS 40
#define TUI_FULL_LINES 24
#define TUI_FULL_COLS 80
#define TUI_WIDE_COLS 120

/* Styles: the pane styles first, then the frame's own. */
enum tui_style {
	TUI_S_TITLE = PANE_NSTYLES, TUI_S_STATUS, TUI_S_SEL, TUI_S_SEL_DIM, TUI_S_MATCH,
	TUI_S_MATCH_CUR, TUI_S_BORDER, TUI_S_INPUT, TUI_S_COUNT
};

struct tui_rect {
	int y, x, h, w;
};

/* Where a screen's parts go, from the window size and the screen's shape. */
struct tui_geom {
	enum tui_mode mode;
	struct tui_rect title, status, body;
	struct tui_rect main, side;   /* the panes' areas */
	struct tui_rect side_title;   /* the side pane's heading row (h == 0: none) */
	bool has_side;                /* the screen has a side pane at this size */
	bool main_shown, side_shown;  /* a compact window shows one at a time */
	bool vertical;                /* side pane beside (not below) the main one */
};

/* What drawing leaves behind: where the hardware cursor goes. */
struct tui_frame {
	int cy, cx;
	bool placed;
};

struct tui_screen_ops {
	const char *name;
	int side_share;    /* percent of the body for the side pane below 120 columns; 0: none */
	bool side_wide;    /* a side pane beside the main one from 120 columns */
	bool overlay;      /* a dialog drawn over the screen beneath */
	bool fit_main;     /* below 120 columns the main pane takes what it needs, the side the rest */
	unsigned (*ctx)(const struct tui *t);
	void (*layout)(struct tui *t);
	void (*draw)(const struct tui *t, struct tui_frame *f);
	enum tui_reaction (*key)(struct tui *t, enum tui_action a);
};

extern const struct tui_screen_ops tui_screens[TUI_NSCREENS];

/* A search match in the FAQ: entry, part (0 question, 1 answer), byte offset. */
struct tui_match {
	int faq, part;
	size_t off;
};

/* Screens with a list (or text) and a side pane. */
struct tui_split {
	struct pane main, side;
	int focus;         /* 0 main, 1 side */
	int side_for;      /* what the side pane was built for, -1 none */
	unsigned gen;      /* the answers' generation it was built for */
	bool built;
};

struct tui_wizard {
	struct tui_split v;  /* the question and its options; the help pane */
	int q;               /* the question shown */
	int built_q;
	unsigned built_gen;
};

struct tui_result {
	struct tui_split v;
	struct plan plan;
	bool have_plan;
	unsigned built_gen;
};

/* Typing to narrow a list: the FAQ search and the finder's find. */
struct tui_find {
	char query[64];
	size_t qlen;
	bool typing;       /* the prompt is open */
};

struct tui_faq {
	struct tui_split v;
	bool from_link;    /* opened from a link: back returns at once */
	char query[128];
	size_t qlen;
	bool typing;       /* the search prompt is open */
	struct tui_match *m;
	size_t nm, capm;
	int cur;           /* current match, -1 none */
	int origin;        /* entry selected when the search began */
};

enum tui_confirm_kind { TUI_CONFIRM_QUIT, TUI_CONFIRM_RESTART, TUI_CONFIRM_OVERWRITE };

struct tui_confirm {
	enum tui_confirm_kind kind;
	bool yes;          /* the Yes button is highlighted */
	char text[1200];
};

struct tui_save {
	char path[1024];
	size_t len;
	char msg[1200];
	bool error;
};

struct tui {
	struct session *s;
	const struct content *c;
	bool utf8, mouse, kiosk;
	int nlines, ncols;
	attr_t attr[TUI_S_COUNT];

	enum tui_screen stack[TUI_NSCREENS];
	int depth;

	unsigned gen;              /* bumped whenever an answer changes */
	int *effective;            /* the flow's view of the answers */
	struct rules_plan rp;

	char msg[1200];            /* shown once in the status line */
	int key;                   /* the key behind TUI_A_JUMP and TUI_A_TYPE */
	int mouse_y, mouse_x;      /* where TUI_A_CLICK and the wheel happened */

	struct tui_split menu, finder, review, levels, routes, explain, contacts, about, help;
	struct tui_find finder_find;
	int explain_q;
	struct tui_wizard wiz;
	struct tui_result result;
	struct tui_faq faq;
	struct tui_confirm confirm;
	struct tui_save save;
};

/* ---- core.c: the front end without a terminal ---- */
bool tui_init(struct tui *t, struct session *s);
void tui_free(struct tui *t);
/* Forget the person: every answer, every screen's place, what was typed;
 * the terminal's settings stay. */
bool tui_reset(struct tui *t);
bool tui_too_small(const struct tui *t);
/* The lowest screen that shows: the top one, or the one it is drawn over. */
int tui_base_screen(const struct tui *t);
/* Lay out the screens that show, for t->nlines x t->ncols. */
void tui_layout(struct tui *t);
/* Draw every screen in view, bottom first (nothing when the window is too
 * small); the frame says where the top one that placed the cursor wants it. */
struct tui_frame tui_draw(const struct tui *t);
/* React to a key (never KEY_MOUSE) or to an action: the top screen first,
 * then help, quit, search and redraw, which work everywhere.  Both lay the
 * screens out first, so a key typed ahead of the next frame acts on the
 * screen as it now is. */
enum tui_reaction tui_key(struct tui *t, int key);
enum tui_reaction tui_act(struct tui *t, enum tui_action a);

/* ---- ui.c: shared by the screens ---- */
enum tui_screen tui_top(const struct tui *t);
/* Show screen s; if it is already on the stack, go back to it. */
void tui_push(struct tui *t, enum tui_screen s);
void tui_pop(struct tui *t);
void tui_geom(const struct tui *t, enum tui_screen s, int focus, struct tui_geom *g);
/* Rows and columns a pane gets inside an area (a margin each side). */
struct tui_rect tui_inner(struct tui_rect r);
/* Recompute the flow after answers changed. */
void tui_replan(struct tui *t);
void tui_set_answer(struct tui *t, int q, int value);
void tui_message(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *tui_ellipsis(const struct tui *t);

/* Draw len bytes of s (UTF-8) at y, x in at most maxw columns; returns the
 * columns used.  Non-ASCII becomes '?' where the locale is not UTF-8. */
int tui_put(const struct tui *t, int y, int x, int maxw, const char *s, size_t len, attr_t a);
int tui_puts(const struct tui *t, int y, int x, int maxw, const char *s, attr_t a);
/* Line editing for every input field: TUI_A_TYPE (the character key),
 * TUI_A_ERASE and TUI_A_KILL on buf, which holds *len bytes of text and a
 * NUL in size.  True if a is one of these and was done (a character that
 * does not fit is not). */
bool tui_edit(char *buf, size_t *len, size_t size, enum tui_action a, int key);
/* The end of s that fits in w columns, beginning on a whole character:
 * an input field shows where typing happens. */
const char *tui_tail(const char *s, int w);
void tui_fill(const struct tui *t, struct tui_rect r, attr_t a);
void tui_hline(const struct tui *t, int y, int x, int n, attr_t a);
void tui_vline(const struct tui *t, int y, int x, int n, attr_t a);
void tui_box(const struct tui *t, struct tui_rect r, attr_t a);
/* The frame every screen has: the title bar and the key hints (or the
 * pending message) in the status line. */
void tui_draw_title(const struct tui *t, const struct tui_geom *g, const char *what, const struct pane *p);
void tui_draw_status(const struct tui *t, const struct tui_geom *g, unsigned ctx, const enum tui_action *hints);
/* The status line as a prompt: label, what was typed (its end, with the
 * cursor after it, while typing), a count of matches, then the keys. */
void tui_draw_prompt(const struct tui *t, const struct tui_geom *g, const char *label, const char *query,
                     bool typing, const char *count, const char *keys, struct tui_frame *f);
void tui_draw_side_title(const struct tui *t, const struct tui_geom *g, const char *title, const struct pane *p);
/* Draw a pane into r (margins included): the selection highlighted under
 * its text, the asides beside it; hl highlights a search, cur the current
 * match (block, offset) or NULL. */
struct tui_hl {
	const char *query;
	int cur_block;
	size_t cur_off;
};
void tui_draw_pane(const struct tui *t, const struct pane *p, struct tui_rect r, bool focused,
                   const struct tui_hl *hl, struct tui_frame *f);
/* The standard drawing of a split screen: main and side panes as the
 * geometry shows them, the side title, the frame. */
void tui_draw_split(const struct tui *t, enum tui_screen s, const struct tui_split *v, const char *what,
                    const char *side_title, const enum tui_action *hints, struct tui_frame *f);
/* Lay out a split screen's panes for the current size. */
void tui_layout_split(struct tui *t, enum tui_screen s, struct tui_split *v);
/* Movement, Tab, wheel and clicks for a split screen: REDRAW if something
 * changed; *chosen is set when a click chose the selected item. */
enum tui_reaction tui_split_key(struct tui *t, enum tui_screen s, struct tui_split *v, enum tui_action a, bool *chosen);
unsigned tui_split_ctx(const struct tui_split *v, unsigned extra);
/* Keys of a screen that browses a list beside a text pane: Enter (or a
 * click on the chosen item) moves into the text and back, Back leaves the
 * text first, then the screen. */
enum tui_reaction tui_browse_key(struct tui *t, enum tui_screen s, struct tui_split *v, enum tui_action a);
/* Lay out such a screen: build its list once, and its text pane again
 * whenever the selection moves to another item. */
void tui_layout_browse(struct tui *t, enum tui_screen s, struct tui_split *v,
                       void (*build)(struct tui *t), void (*build_side)(struct tui *t, int id));

/* ---- the screens ---- */
#define TUI_SCREEN(n) \
	unsigned n##_ctx(const struct tui *t); \
	void n##_layout(struct tui *t); \
	void n##_draw(const struct tui *t, struct tui_frame *f); \
	enum tui_reaction n##_key(struct tui *t, enum tui_action a)
TUI_SCREEN(menu);
TUI_SCREEN(wizard);
TUI_SCREEN(explain);
TUI_SCREEN(finder);
TUI_SCREEN(review);
TUI_SCREEN(result);
TUI_SCREEN(faq);
TUI_SCREEN(levels);
TUI_SCREEN(routes);
TUI_SCREEN(contacts);
TUI_SCREEN(about);
TUI_SCREEN(help);
TUI_SCREEN(save);
TUI_SCREEN(confirm);
#undef TUI_SCREEN

/* Ways into the screens, for the others. */
void wizard_open(struct tui *t);                 /* resume, or the result if complete */
void wizard_goto(struct tui *t, int q);          /* show question q (from the review) */
void wizard_answer(struct tui *t, int q, int v); /* answer q and go on */
void wizard_restart(struct tui *t);              /* forget every answer, first question */
void explain_open(struct tui *t, int q);
void finder_open(struct tui *t);
/* A level's examples: the PQiP documents', then the general guide's with
 * its source and caveats (levels.c; the finder shows them too). */
void levels_examples(const struct tui *t, struct pane *p, const struct content_level *lv);
void review_open(struct tui *t);
void result_open(struct tui *t);
const struct plan *result_plan(const struct tui *t);
void faq_open(struct tui *t, int faq, bool from_link);
void faq_search_start(struct tui *t);
void faq_free(struct tui *t);
/* Search helpers (search.c). */
void search_run(struct tui *t);
void search_step(struct tui *t, int dir);
void search_clear(struct tui *t);
void save_open(struct tui *t);
enum tui_reaction save_write(struct tui *t, bool overwrite);
void confirm_open(struct tui *t, enum tui_confirm_kind kind, bool yes, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Ask before quitting (in kiosk mode, say that quitting is off). */
enum tui_reaction confirm_quit(struct tui *t);
/* Select FAQ entry faq in the browser and show its answer (search.c). */
void faq_select(struct tui *t, int faq);
/* Text of the review-date warning, or NULL when the rules are recent. */
const char *tui_review_warning(const struct tui *t, char *buf, size_t size);

#endif
