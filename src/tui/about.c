/* tui/about: where the advice comes from, how old its rules are, and privacy. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tui.h"

#ifndef PA_VERSION
#define PA_VERSION "?"
#endif

const char *tui_review_warning(const struct tui *t, char *buf, size_t size)
{
	int y, m, d;
	if (sscanf(content_reviewed(t->c), "%d-%d-%d", &y, &m, &d) != 3)
		return NULL;
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	time_t then = mktime(&tm), now = time(NULL);
	if (then == (time_t)-1 || difftime(now, then) <= 365.0 * 24 * 3600)
		return NULL;
	snprintf(buf, size,
	         "Warning: these rules were last reviewed over a year ago (%s). Entry rules change from one "
	         "recruitment campaign to the next: check with Recruitment Queries before acting on them.",
	         content_reviewed(t->c));
	return buf;
}

unsigned about_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->about, 0);
}

static void build(struct tui *t)
{
	struct pane *p = &t->about.main;
	char buf[512];
	pane_clear(p);
	pane_add(p, PANE_HEADING, -1, 0, NULL, content_title(t->c));
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "This advisor tells you whether you can apply for Probation Officer training (the "
	         "Professional Qualification in Probation, PQiP) now, which route you would likely be placed "
	         "on, and if not, the shortest realistic route there. It gives general guidance from the "
	         "documents below: the route and its length are decided when your previous study is "
	         "assessed, and where the documents are silent it says so and tells you whom to ask. "
	         "Suggestions of the advisor's own are marked as such.");
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_addf(p, PANE_TEXT, -1, 0, NULL, "Rules last reviewed: %s", content_reviewed(t->c));
	if (tui_review_warning(t, buf, sizeof buf))
		pane_add(p, PANE_WARN, -1, 0, NULL, buf);
	pane_addf(p, PANE_TEXT, -1, 0, NULL, "Content: %s", content_origin(t->c));
	pane_addf(p, PANE_TEXT, -1, 0, NULL, "Program: probation-advisor %s", PA_VERSION);
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_HEADING, -1, 0, NULL, "Sources");
	for (size_t i = 0; i < content_nsources(t->c); i++) {
		const struct content_source *s = content_source(t->c, i);
		pane_add(p, PANE_TEXT, -1, 0, "- ", s->title);
		pane_add(p, PANE_DIM, -1, 2, NULL, s->description);
	}
	pane_add(p, PANE_TEXT, -1, 0, NULL, "");
	pane_add(p, PANE_HEADING, -1, 0, NULL, "Your answers");
	pane_add(p, PANE_TEXT, -1, 0, NULL,
	         "Your answers are kept in memory only, and forgotten when you start again or quit. Nothing "
	         "is written to disk unless you save your plan. The advisor never uses the network and never "
	         "asks about convictions.");
	t->about.built = true;
}

void about_layout(struct tui *t)
{
	if (!t->about.built)
		build(t);
	tui_layout_split(t, TUI_ABOUT, &t->about);
}

void about_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_PGDN, TUI_A_BACK, TUI_A_SEARCH, TUI_A_HELP,
	                                         TUI_A_QUIT, TUI_A_NONE };
	tui_draw_split(t, TUI_ABOUT, &t->about, "About", "", hints, f);
}

enum tui_reaction about_key(struct tui *t, enum tui_action a)
{
	bool chosen;
	if (a == TUI_A_BACK) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	return tui_split_key(t, TUI_ABOUT, &t->about, a, &chosen);
}
