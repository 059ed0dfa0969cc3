/*
 * tui: the curses front end's state and the contract between its screens.
 *
 * One struct tui holds everything the front end knows: the session (whose
 * answers are the only personal data), the stack of screens, one view per
 * screen (its panes, focus and private state) and the terminal's
 * abilities.  Each screen is one file under src/front/tui/ exporting one
 * struct tui_screen_ops: how to build its panes from its inputs, and, where
 * the defaults do not fit, how to draw (only reads) and how to react to an
 * action (never draws).  Screens open one another with arguments
 * (finder_open(t, q)) and never read one another's state; the core
 * rebuilds a screen's panes when its inputs change.  src/front/curses.c owns the
 * terminal, the one input loop and the one restore path; src/front/tui/ui.c the
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
	TUI_LEVELS, TUI_ROUTES, TUI_CONTACTS, TUI_ABOUT, TUI_HELP, TUI_SAVE, TUI_CODE, TUI_CONFIRM, TUI_SOURCE,
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
/* Text wraps at most this wide however wide the window: lines longer than
 * about 80 to 90 columns are hard to read; the width beyond goes to the
 * side pane, not to longer lines. */
#define TUI_READ_COLS 86

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

/* A screen as the core keeps it: its two panes, which one has the focus,
 * and its private state.  The core builds the panes through the screen's
 * ops whenever their inputs changed (the screen was opened with new
 * arguments, or the answers changed for a screen built from them), and
 * the side pane whenever the selection moved to another item. */
struct tui_view {
	enum tui_screen id;
	struct pane main, side;
	int focus;                   /* 0 main, 1 side */
	void *priv;                  /* ops->private_size bytes: the screen's own */
	/* The core's record of what the panes were built for. */
	bool built, side_built;
	unsigned built_gen;
	unsigned built_lang;         /* t->lang_gen when built: in that language */
	struct pane_ref side_for;
};

/* What a screen supplies.  Only name and build are required (a dialog
 * supplies draw and key instead of build); for everything else the core
 * has a default: the title, side title and hints drawn by the standard
 * split drawing, the key contexts of a split screen, and the browsing keys
 * of tui_view_key (Enter chooses, or moves into the side pane and back;
 * Back leaves the side pane first, then the screen). */
struct tui_screen_ops {
	const char *name;
	size_t private_size;
	const char *title, *side_title;
	const enum tui_action *hints;  /* TUI_A_NONE-terminated */
	const enum tui_action *side_hints; /* while the side pane has the focus; NULL: hints */
	unsigned ctx;                  /* key contexts it adds, e.g. TUI_CTX_RESULT; a dialog's own */
	int side_share;    /* percent of the body for the side pane below 120 columns; 0: none */
	bool side_wide;    /* a side pane beside the main one from 120 columns */
	bool side_reads;   /* the side pane holds the text a list leads to: there, no narrower than the list */
	bool overlay;      /* a dialog drawn over the screen beneath */
	bool fit_main;     /* below 120 columns the main pane takes what it needs, the side the rest */
	bool answers;      /* built from the answers: rebuilt whenever one changes */
	bool side_unselected; /* build_side says what the side pane is for while nothing is selected */
	void (*build)(struct tui *t, struct tui_view *v);
	/* sel: never none, unless side_unselected */
	void (*build_side)(struct tui *t, struct tui_view *v, struct pane_ref sel);
	/* A title that changes (the question's number). */
	void (*title_of)(const struct tui *t, const struct tui_view *v, char *buf, size_t size);
	unsigned (*ctx_of)(const struct tui *t, const struct tui_view *v);
	void (*draw)(const struct tui *t, const struct tui_view *v, struct tui_frame *f);
	enum tui_reaction (*key)(struct tui *t, struct tui_view *v, enum tui_action a);
	/* Enter, or a second click, on the selected item of the main pane. */
	enum tui_reaction (*choose)(struct tui *t, struct tui_view *v, struct pane_ref item);
	/* Free and wipe what the private state points to. */
	void (*free)(struct tui_view *v);
};

extern const struct tui_screen_ops *const tui_screens[TUI_NSCREENS];
/* The hints of a screen that browses a list beside a text pane. */
extern const enum tui_action tui_browse_hints[];

struct tui {
	struct session *s;
	const struct content *c;
	bool utf8, mouse, kiosk;
	bool printer;              /* the administrator named a printer */
	int nlines, ncols;
	attr_t attr[TUI_S_COUNT];

	enum tui_screen stack[TUI_NSCREENS];
	int depth;

	unsigned gen;              /* bumped whenever an answer changes */
	unsigned lang_gen;         /* bumped whenever the language changes */
	int *effective;            /* the flow's view of the answers */
	struct rules_flow rp;

	char msg[1200];            /* shown once in the status line */
	int key;                   /* the key behind TUI_A_JUMP and TUI_A_TYPE */
	int mouse_y, mouse_x;      /* where TUI_A_CLICK and the wheel happened */

	struct tui_view views[TUI_NSCREENS];
};

/* ---- core.c: the front end without a terminal ---- */
bool tui_init(struct tui *t, struct session *s);
void tui_free(struct tui *t);
/* Forget the person: every answer, every screen's place, what was typed;
 * the terminal's settings stay, and the language goes back to the one the
 * session started in (a kiosk's administrator's). */
bool tui_reset(struct tui *t);
/* Speak lang ("en", "cy") from now on, every screen at once: the answers,
 * the screens open and each one's place stay.  False, and a message, when
 * the content has no text in lang. */
bool tui_set_lang(struct tui *t, const char *lang);
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
/* The width a pane's text wraps at in an area: its inner width, at most
 * TUI_READ_COLS. */
int tui_text_cols(struct tui_rect r);
/* Recompute the flow after answers changed. */
void tui_replan(struct tui *t);
void tui_set_answer(struct tui *t, int q, int value);
void tui_message(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *tui_ellipsis(const struct tui *t);
/* Does this terminal offer action a?  A kiosk has no quit key for the
 * public, and no saving without a spool directory: what is not there is
 * not offered, in the hints, the help or a screen's choices. */
bool tui_offers(const struct tui *t, enum tui_action a);

/* Draw len bytes of s (UTF-8) at y, x in at most maxw columns; returns the
 * columns used.  Non-ASCII becomes '?' where the locale is not UTF-8. */
int tui_put(const struct tui *t, int y, int x, int maxw, const char *s, size_t len, attr_t a);
int tui_puts(const struct tui *t, int y, int x, int maxw, const char *s, attr_t a);
/* The keys of every input field: TUI_A_TYPE (the character key),
 * TUI_A_ERASE, TUI_A_DELETE and TUI_A_KILL edit buf, which holds *len
 * bytes of text and a NUL in size, at the cursor, byte *cur (NULL: always
 * at the end); Left, Right, Home and End move it; TUI_A_ACCEPT and
 * TUI_A_CANCEL end it.  TUI_F_NONE: a is none of these, or an edit that
 * cannot be done (a character that does not fit). */
enum tui_field { TUI_F_NONE, TUI_F_EDITED, TUI_F_ACCEPT, TUI_F_CANCEL };
enum tui_field tui_field_key(char *buf, size_t *len, size_t *cur, size_t size, enum tui_action a, int key);
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
void tui_draw_side_title(const struct tui *t, const struct tui_geom *g, const char *title, const struct pane *p,
                         bool focused);
/* Draw a pane into r (margins included): the selection highlighted under
 * its text, the asides beside it; hl (or NULL) the matches of a search,
 * found once by the search, in order: a match that a line break cuts is
 * highlighted on both lines. */
struct tui_match {
	size_t block, off;
};
struct tui_hl {
	const struct tui_match *v;
	size_t n;
	size_t len;        /* bytes each match spans */
	int cur;           /* the current match, or -1 */
};
void tui_draw_pane(const struct tui *t, const struct pane *p, struct tui_rect r, bool focused,
                   const struct tui_hl *hl, struct tui_frame *f);
/* One dialog box, the same for every question, form and notice: at most
 * 72 columns wide (4 fewer than the window), centred, its title on the top
 * border, then text wrapped to the box, then rows rows for the caller
 * (buttons, an input field) below a blank line; the text is cut before
 * those rows are, and a box too tall for the body covers the title and
 * status lines rather than lose its bottom.  Returns the area of the rows.  Below the minimum
 * window size it draws the text alone, unboxed. */
struct tui_rect tui_dialog(const struct tui *t, const char *title, const char *text, attr_t text_attr, int rows);
/* A dialog with one input field: the text (an error in the unmet style),
 * the field's label, what is typed (the part around the cursor, where
 * typing happens), the keys; the cursor in the field. */
struct tui_form {
	const char *title, *text, *label, *value, *keys;
	bool error;
	const size_t *cur;   /* the cursor's byte in value; NULL: at its end */
};
void tui_draw_field(const struct tui *t, const struct tui_form *fd, struct tui_frame *f);

/* ---- views: the core's side of each screen (core.c) ---- */
struct tui_view *tui_view(struct tui *t, enum tui_screen s);
/* Push screen s and hand back its view, for opening it with arguments. */
struct tui_view *tui_open(struct tui *t, enum tui_screen s);
/* The same, for new arguments: its panes are built again from the top. */
struct tui_view *tui_open_new(struct tui *t, enum tui_screen s);
/* The screen's inputs changed (it was opened with new arguments): build
 * its panes again, from the top, before it is next laid out or keyed. */
void tui_view_changed(struct tui_view *v);
/* Build what changed now (the FAQ's search moves the answer pane at once). */
void tui_view_build(struct tui *t, struct tui_view *v);
/* The default keys: Enter chooses the selected item (or, without a choose,
 * moves into the side pane and back), Back leaves the side pane first and
 * then the screen, movement, Tab, the wheel and clicks as tui_split_key. */
enum tui_reaction tui_view_key(struct tui *t, struct tui_view *v, enum tui_action a);
/* The title a view shows. */
const char *tui_view_title(const struct tui *t, const struct tui_view *v, char *buf, size_t size);

/* The standard drawing of a split screen: main and side panes as the
 * geometry shows them, the side title, the frame. */
void tui_draw_split(const struct tui *t, const struct tui_view *v, const struct tui_hl *main_hl,
                    const struct tui_hl *side_hl, struct tui_frame *f);
/* Lay out a split screen's panes for the current size. */
void tui_layout_split(struct tui *t, struct tui_view *v);
/* Movement, Tab, wheel and clicks for a split screen: REDRAW if something
 * changed; *chosen is set when a click chose the selected item. */
enum tui_reaction tui_split_key(struct tui *t, struct tui_view *v, enum tui_action a, bool *chosen);
unsigned tui_split_ctx(const struct tui_view *v, unsigned extra);
unsigned tui_view_ctx(const struct tui *t, const struct tui_view *v);

/* ---- ways into the screens, for the others ---- */
void wizard_open(struct tui *t);                 /* resume, or the result if complete */
void wizard_goto(struct tui *t, int q);          /* show question q (from the review) */
void wizard_answer(struct tui *t, int q, int v); /* answer q and go on */
void wizard_restart(struct tui *t);              /* forget every answer, first question */
void wizard_ask_restart(struct tui *t);          /* the same, once the person says yes */
void explain_open(struct tui *t, int q);
void finder_open(struct tui *t, int q);          /* find the answer to question q */
/* A level's examples: the PQiP documents', then the general guide's with
 * its source and caveats (levels.c; the finder shows them too). */
void levels_examples(const struct tui *t, struct pane *p, const struct content_level *lv);
void review_open(struct tui *t);
void result_open(struct tui *t);
void faq_open(struct tui *t, int faq, bool from_link);
/* The passages a statement (its words: text) cites, in full screen. */
void source_open(struct tui *t, const char *text, const struct content_cites *cites);
void faq_search_start(struct tui *t);
/* The language changed: the FAQ's search is run again in it. */
void faq_relang(struct tui *t);
/* The plan to save: it must outlive the dialog (the result's does). */
void save_open(struct tui *t, const struct plan *p);
/* "I have a code": type a resume code; the answers and the plan come back. */
void code_open(struct tui *t);
/* A yes/no question over the screen: on_yes(t, ctx) or on_no (may be
 * NULL: the question just closes) once answered; yes: Yes highlighted. */
typedef enum tui_reaction (*tui_answer_fn)(struct tui *t, void *ctx);
void confirm_open(struct tui *t, const char *text, bool yes, tui_answer_fn on_yes, tui_answer_fn on_no,
                  void *ctx);
/* A notice over the screen that stays until Enter or Esc dismisses it. */
void confirm_notice(struct tui *t, const char *title, const char *text);
/* Ask before quitting (in kiosk mode, say that quitting is off). */
enum tui_reaction confirm_quit(struct tui *t);

extern const struct tui_screen_ops menu_screen, wizard_screen, explain_screen, finder_screen, review_screen,
	result_screen, faq_screen, levels_screen, routes_screen, contacts_screen, about_screen, help_screen,
	save_screen, code_screen, confirm_screen, source_screen;

#endif
