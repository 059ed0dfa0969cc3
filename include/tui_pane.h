/*
 * tui_pane: a scrollable pane of wrapped text blocks, the one widget of the
 * curses front end.  Lists, help texts, the FAQ answer and the result are
 * all panes: a list is a pane whose blocks can be selected.
 *
 * A block is a paragraph with an optional prefix ("1. ", "( ) ") and a
 * hanging indent; it is wrapped on word boundaries by display width
 * (text_wrap).  Adding blocks and laying out change the pane; drawing only
 * reads it.  A pane keeps its place across a re-wrap: the line at the top
 * and the selected block stay the same text, so a resize loses nothing.
 */
#ifndef PA_TUI_PANE_H
#define PA_TUI_PANE_H

#include <stdbool.h>
#include <stddef.h>

#include "tui_keys.h"

enum pane_style {
	PANE_TEXT, PANE_HEADING, PANE_LINK, PANE_DIM, PANE_MET, PANE_UNMET, PANE_WARN,
	PANE_NSTYLES
};

/* What a selectable block stands for: a kind of thing, which the screen
 * names in its own enum (an answer, a FAQ entry, an action), the index of
 * one of them, and a part of it (an example of a level) or -1.  A block
 * whose kind is negative is not selectable. */
struct pane_ref {
	int kind, index, part;
};
#define PANE_NONE ((struct pane_ref){ -1, -1, -1 })
#define PANE_REF(k, i) ((struct pane_ref){ (k), (i), -1 })
/* The one kind of a screen whose list holds one kind of thing. */
#define PANE_ITEM(i) PANE_REF(0, (i))

struct pane_block {
	char *text, *prefix;    /* owned, sanitized; prefix may be NULL */
	char *aside;            /* owned, sanitized, may be NULL: a one-line note
	                         * beside the text, shown where the width allows */
	int indent;             /* columns before the prefix */
	int style;
	struct pane_ref ref;    /* what the caller knows it by; kind >= 0: selectable */
};

struct pane_line {
	size_t block, off, len; /* bytes of the block's text */
	int width;
	int hang;               /* extra indent: the rest of a "- " list item */
	bool first;             /* first line of its block: the prefix goes here */
};

struct pane {
	struct pane_block *b;
	size_t nb, capb;
	struct pane_line *l;
	size_t nl, capl;
	int width, height;      /* as last laid out */
	int wrapped;            /* width the lines are wrapped at; -1 after a change */
	int top;                /* first line shown */
	size_t anchor_b, anchor_off; /* the text the person scrolled to: kept across resizes */
	int sel;                /* selected block, or -1 */
	bool selectable;        /* a list: Up/Down move the selection */
	int aside_col;          /* column of the asides, as wrapped; -1: they do not fit */
};

void pane_init(struct pane *p, bool selectable);
/* Drop every block; the scroll position and selection go back to the top. */
void pane_clear(struct pane *p);
void pane_free(struct pane *p);
/* Add a block (text is copied and sanitized); a ref of a kind >= 0 makes it
 * selectable.  Returns its index. */
size_t pane_add(struct pane *p, int style, struct pane_ref ref, int indent, const char *prefix, const char *text);
/* Shorthands: a block that is not selectable, with no indent or prefix;
 * a blank line; a blank line, then a heading. */
size_t pane_text(struct pane *p, int style, const char *text);
void pane_gap(struct pane *p);
void pane_heading(struct pane *p, const char *title);
/* Give block b an aside.  The asides line up in one column after the
 * longest one-line block that has one; they show all together, or none
 * where the width does not allow every one of them. */
void pane_aside(struct pane *p, size_t b, const char *text);
/* Give block b another prefix (NULL: none). */
void pane_prefix(struct pane *p, size_t b, const char *prefix);
/* Columns between the longest such block and the asides. */
#define PANE_ASIDE_GAP 3
/* Add a block formatted with printf. */
size_t pane_addf(struct pane *p, int style, struct pane_ref ref, int indent, const char *prefix, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Wrap to width columns and height rows, keeping the top line and the
 * selection in view. */
void pane_layout(struct pane *p, int width, int height);

/* Move or scroll for one of the movement actions (up, down, pages, home,
 * end, wheel); false when nothing changed. */
bool pane_act(struct pane *p, enum tui_action a);
/* Select block b (or the first selectable block after it) and scroll to it. */
void pane_select(struct pane *p, int b);
bool pane_ref_eq(struct pane_ref a, struct pane_ref b);
/* Select the block with this ref; false if none. */
bool pane_select_ref(struct pane *p, struct pane_ref ref);
/* The ref of the selected block, or PANE_NONE. */
struct pane_ref pane_sel(const struct pane *p);
/* The next selectable block after the selection (wrapping) whose text starts
 * with the letter ch, case-insensitively; -1 if none. */
int pane_find_letter(const struct pane *p, int ch);
/* Scroll so that byte off of block b is in view. */
void pane_show(struct pane *p, size_t b, size_t off);
/* The block shown on row (0 = the pane's first row), or -1. */
int pane_hit(const struct pane *p, int row);

/* Lines of block b: first and one past the last. */
void pane_block_lines(const struct pane *p, size_t b, size_t *first, size_t *end);
/* Does the text not fit, so that the pane scrolls? */
bool pane_scrolls(const struct pane *p);
/* "12-30/45" when the pane scrolls, "" when everything is in view. */
const char *pane_position(const struct pane *p, char *buf, size_t size);

/* Render a plan document (plan.h) into p, block by block, each section
 * under its heading when headings is set; FAQ links are selectable blocks
 * of kind link_kind whose index is the FAQ entry's, and (source_kind >= 0)
 * each reason, step and note that cites a source one of kind source_kind
 * whose index is its block's in the document. */
struct plan;
struct content;
struct content_cites;
void pane_add_plan(struct pane *p, const struct plan *doc, bool headings, int link_kind, int source_kind);
/* The same with the things to know that are the same for everyone folded
 * to one line each (selectable, of kind fold_kind, index the block's),
 * but those whose block open[] marks. */
void pane_add_plan_folded(struct pane *p, const struct plan *doc, bool headings, int link_kind, int source_kind,
                          int fold_kind, const bool *open);
/* The passages a statement cites: each source's title, the file and
 * lines, its own words and the phrase quoted. */
void pane_add_passages(struct pane *p, const struct content *c, const struct content_cites *cites);
/* The same for a document made for the pane alone, which it frees. */
void pane_add_doc(struct pane *p, struct plan *doc, bool headings);

#endif
