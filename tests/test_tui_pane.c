/* The pane: wrapping, scrolling, selection, and keeping its place on resize. */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "tui_pane.h"

static const char *long_text =
	"Recruitment to the PQiP is a national campaign with three assessment stages: a written "
	"application, an online test and an assessment centre. There are usually two intakes a year.";

static void fill(struct pane *p, int n)
{
	for (int i = 0; i < n; i++)
		pane_addf(p, PANE_TEXT, PANE_ITEM(i), 0, "- ", "Item %d: %s", i, i % 3 ? "short" : long_text);
}

/* A list of n items (see fill), laid out w wide and h high. */
static void list_of(struct pane *p, int n, int w, int h)
{
	pane_init(p, true);
	fill(p, n);
	pane_layout(p, w, h);
}

Test(tui_pane, lines_fit_the_width)
{
	setlocale(LC_ALL, "C.UTF-8");
	for (int w = 1; w <= 120; w++) {
		struct pane p;
		pane_init(&p, false);
		pane_add(&p, PANE_TEXT, PANE_NONE, 2, "1. ", long_text);
		pane_add(&p, PANE_TEXT, PANE_NONE, 0, NULL, "Caf\xc3\xa9 \xe5\xad\xa6\xe6\xa0\xa1 word\n- a list item that goes on and on\n\nend");
		pane_layout(&p, w, 10);
		for (size_t i = 0; i < p.nl; i++) {
			const struct pane_block *b = &p.b[p.l[i].block];
			int pw = b->prefix ? text_width(b->prefix, strlen(b->prefix)) : 0;
			int avail = w - b->indent - pw - p.l[i].hang;
			cr_expect_leq(p.l[i].width, avail < 2 ? 2 : avail, "width %d line %zu", w, i);
		}
		pane_free(&p);
	}
}

Test(tui_pane, scrolling_stops_at_the_ends)
{
	struct pane p;
	pane_init(&p, false);
	pane_add(&p, PANE_TEXT, PANE_NONE, 0, NULL, long_text);
	pane_add(&p, PANE_TEXT, PANE_NONE, 0, NULL, long_text);
	pane_layout(&p, 20, 4);
	cr_assert(pane_scrolls(&p));
	cr_expect_not(pane_act(&p, TUI_A_UP));
	cr_expect(pane_act(&p, TUI_A_DOWN));
	cr_expect_eq(p.top, 1);
	cr_expect(pane_act(&p, TUI_A_END));
	cr_expect_eq(p.top, (int)p.nl - 4);
	cr_expect_not(pane_act(&p, TUI_A_DOWN));
	cr_expect_not(pane_act(&p, TUI_A_PGDN));
	cr_expect(pane_act(&p, TUI_A_HOME));
	cr_expect_eq(p.top, 0);
	cr_expect(pane_act(&p, TUI_A_PGDN));
	cr_expect_eq(p.top, 3);
	char buf[32], want[32];
	snprintf(want, sizeof want, "4-7/%zu", p.nl);
	cr_expect_str_eq(pane_position(&p, buf, sizeof buf), want);
	pane_free(&p);
}

Test(tui_pane, a_list_selection_moves_and_stays_in_view)
{
	struct pane p;
	list_of(&p, 30, 40, 5);
	pane_select(&p, 0);
	for (int i = 0; i < 29; i++) {
		/* An item taller than the pane is scrolled through before the next. */
		for (int k = 0; k < 10 && pane_sel(&p).index == i; k++)
			cr_expect(pane_act(&p, TUI_A_DOWN));
		cr_expect_eq(pane_sel(&p).index, i + 1);
		size_t f, e;
		pane_block_lines(&p, (size_t)p.sel, &f, &e);
		cr_expect((int)f >= p.top && (int)f < p.top + p.height, "item %d out of view", i + 1);
	}
	while (pane_act(&p, TUI_A_DOWN))
		cr_expect_eq(pane_sel(&p).index, 29);
	cr_expect(pane_act(&p, TUI_A_HOME));
	cr_expect_eq(pane_sel(&p).index, 0);
	cr_expect(pane_act(&p, TUI_A_END));
	cr_expect_eq(pane_sel(&p).index, 29);
	pane_free(&p);
}

Test(tui_pane, links_among_text_are_reached_by_scrolling)
{
	struct pane p;
	pane_init(&p, true);
	for (int i = 0; i < 10; i++)
		pane_add(&p, PANE_TEXT, PANE_NONE, 0, NULL, long_text);
	pane_add(&p, PANE_LINK, PANE_ITEM(7), 0, NULL, "A link");
	pane_layout(&p, 30, 4);
	int presses = 0;
	while (pane_sel(&p).index != 7 && presses < 200 && pane_act(&p, TUI_A_DOWN))
		presses++;
	cr_expect_eq(pane_sel(&p).index, 7);
	cr_expect_gt(presses, 4);
	pane_free(&p);
}

Test(tui_pane, resize_keeps_the_place)
{
	struct pane p;
	list_of(&p, 40, 80, 20);
	pane_select_ref(&p, PANE_ITEM(20));
	size_t f, e;
	pane_block_lines(&p, (size_t)p.sel, &f, &e);
	int top80 = p.top;
	pane_layout(&p, 30, 6);
	cr_expect_eq(pane_sel(&p).index, 20);
	pane_block_lines(&p, (size_t)p.sel, &f, &e);
	cr_expect((int)f >= p.top && (int)f < p.top + p.height);
	pane_layout(&p, 5, 2);
	pane_layout(&p, 80, 20);
	cr_expect_eq(pane_sel(&p).index, 20);
	cr_expect_eq(p.top, top80);
	pane_free(&p);
}

Test(tui_pane, letters_jump_to_items)
{
	struct pane p;
	pane_init(&p, true);
	pane_add(&p, PANE_TEXT, PANE_NONE, 0, NULL, "Yes and no");
	pane_add(&p, PANE_TEXT, PANE_ITEM(0), 0, "( ) ", "Yes, I have");
	pane_add(&p, PANE_TEXT, PANE_ITEM(1), 0, "( ) ", "No, not yet");
	pane_add(&p, PANE_TEXT, PANE_ITEM(2), 0, "( ) ", "not sure");
	pane_layout(&p, 40, 10);
	pane_select(&p, 0);
	cr_expect_eq(p.b[pane_find_letter(&p, 'n')].ref.index, 1);
	pane_select(&p, pane_find_letter(&p, 'n'));
	cr_expect_eq(p.b[pane_find_letter(&p, 'N')].ref.index, 2);
	cr_expect_eq(pane_find_letter(&p, 'z'), -1);
	pane_free(&p);
}

Test(tui_pane, control_characters_never_reach_the_screen)
{
	struct pane p;
	pane_init(&p, false);
	pane_add(&p, PANE_TEXT, PANE_NONE, 0, "\x1b[1m", "bad \x1b]0;title\x07 \xff text");
	for (const char *s = p.b[0].text; *s; s++)
		cr_expect((unsigned char)*s >= 0x20 || *s == '\n', "control byte %02x", (unsigned char)*s);
	for (const char *s = p.b[0].prefix; *s; s++)
		cr_expect((unsigned char)*s >= 0x20);
	pane_free(&p);
}

Test(tui_pane, asides_line_up_where_they_fit_and_go_where_they_do_not)
{
	struct pane p;
	pane_init(&p, true);
	pane_add(&p, PANE_TEXT, PANE_NONE, 0, NULL, "A heading that is longer than any label");
	pane_aside(&p, pane_add(&p, PANE_TEXT, PANE_ITEM(0), 2, NULL, "Short"), "first note");
	pane_aside(&p, pane_add(&p, PANE_TEXT, PANE_ITEM(1), 2, NULL, "A longer label"), "second, longer note");
	pane_aside(&p, pane_add(&p, PANE_TEXT, PANE_ITEM(2), 2, NULL, "Mid label"), "\x1b[7mthird");
	/* One column, after the longest label and a gap, whatever the other text. */
	pane_layout(&p, 40, 10);
	cr_expect_eq(p.aside_col, 2 + 14 + PANE_ASIDE_GAP);
	for (const char *s = p.b[3].aside; *s; s++)
		cr_expect((unsigned char)*s >= 0x20, "control byte %02x", (unsigned char)*s);
	/* Exactly as wide as the longest note needs, and one column less. */
	pane_layout(&p, 2 + 14 + PANE_ASIDE_GAP + 19, 10);
	cr_expect_eq(p.aside_col, 2 + 14 + PANE_ASIDE_GAP);
	pane_layout(&p, 2 + 14 + PANE_ASIDE_GAP + 18, 10);
	cr_expect_eq(p.aside_col, -1, "an aside that does not fit is shown");
	/* A label that wraps has no room beside it: none are shown. */
	pane_layout(&p, 12, 10);
	cr_expect_eq(p.aside_col, -1);
	/* Back to a wide pane, after a change of text: they return. */
	pane_aside(&p, 1, "new");
	pane_layout(&p, 80, 10);
	cr_expect_eq(p.aside_col, 2 + 14 + PANE_ASIDE_GAP);
	pane_free(&p);
}
