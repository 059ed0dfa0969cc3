/*
 * tui/faq.h: the FAQ browser's own state, private to its two files: faq.c
 * (the screen) and search.c (the search across every question and answer).
 */
#ifndef PA_TUI_FAQ_H
#define PA_TUI_FAQ_H

#include "lang.h"
#include "tui.h"

/* A search match: FAQ entry, part (0 the question, 1 the answer), byte offset. */
struct faq_match {
	int faq, part;
	size_t off;
};

struct faq {
	bool from_link;    /* opened from a link: back returns at once */
	char query[128];
	size_t qlen;
	bool typing;       /* the search prompt is open */
	struct faq_match *m;
	size_t nm, capm;
	int cur;           /* the current match, when nm > 0 */
	int origin;        /* entry selected when the search began */
};

/* Select FAQ entry i in the list and show its answer. */
void faq_select(struct tui *t, struct tui_view *v, int i);
/* Search for the query, marking in the list the entries that match only
 * in their answer; go to the next (dir 1) or previous (-1) match; forget
 * the search, and the marks. */
void search_run(struct tui *t, struct tui_view *v);
void search_step(struct tui *t, struct tui_view *v, int dir);
void search_clear(struct tui_view *v);
/* Said before a question in the list whose answer alone matches. */
#define FAQ_IN_ANSWER N_("In the answer: ")

#endif
