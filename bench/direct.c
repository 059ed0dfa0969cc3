/*
 * direct: the benchmarks that call the program's own code, with no
 * terminal in between.  bench runs it and reads one figure a line.
 *
 *   direct load DIR RUNS            content_load, each run in ns
 *   direct lint DIR RUNS            lint_content (the exhaustive walk): ns, answer
 *                                   paths proven, class paths walked
 *   direct search DIR QUERY RUNS    the full-screen FAQ search, per keystroke:
 *                                   "open NS" once, then per key "key LOGIC DRAW"
 *                                   (tui_key + tui_layout; then the drawing and
 *                                   doupdate into /dev/null)
 *   direct result FILE              the result pane of the benchmark walk at
 *                                   80x24, line by line, as the screen shows it
 *
 * The front end runs as src/front/curses.c runs it: the same tui core, the same
 * drawing, into an ncurses screen whose output goes to /dev/null.
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content.h"
#include "lint.h"
#include "session.h"
#include "text.h"
#include "tui.h"
#include "../src/front/tui/faq.h"

/* The benchmark walk: the answers bench gives through the terminal. */
static const char *const walk[] = { "role=other", "experience=yes", "level=6", "area.crime=done",
	                            "area.cjs=done", "area.penal=done", "area.rehab=done", NULL };

static unsigned long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* DIR, or the built-in content when dir is NULL. */
static struct content *load(const char *dir)
{
	struct diags d = { 0 };
	struct content *c = content_open(dir, &d);
	diag_print(&d, stderr);
	diag_free(&d);
	if (!c)
		exit(1);
	return c;
}

static int do_load(const char *dir, int runs)
{
	for (int i = 0; i < runs; i++) {
		struct diags d = { 0 };
		unsigned long long t0 = now_ns();
		struct content *c = content_load(dir, &d);
		unsigned long long t1 = now_ns();
		if (!c) {
			diag_print(&d, stderr);
			return 1;
		}
		printf("%llu\n", t1 - t0);
		content_free(c);
		diag_free(&d);
	}
	return 0;
}

static int do_lint(const char *dir, int runs)
{
	struct content *c = load(dir);
	for (int i = 0; i < runs; i++) {
		struct diags d = { 0 };
		struct lint_stats st;
		unsigned long long t0 = now_ns();
		bool ok = lint_content(c, &d, &st);
		unsigned long long t1 = now_ns();
		if (!ok) {
			diag_print(&d, stderr);
			return 1;
		}
		printf("%llu %.0f %zu\n", t1 - t0, st.paths, st.classes);
		diag_free(&d);
	}
	content_free(c);
	return 0;
}

/* A front end on an ncurses screen that writes to /dev/null. */
struct rig {
	struct content *c;
	struct session_options opt;
	struct session s;
	struct tui t;
	SCREEN *scr;
};

static void rig_start(struct rig *r, const char *dir)
{
	memset(r, 0, sizeof *r);
	r->c = load(dir);
	if (!session_init(&r->s, r->c, &r->opt) || !tui_init(&r->t, &r->s))
		exit(1);
	setenv("LINES", "24", 1);
	setenv("COLUMNS", "80", 1);
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	r->scr = out && in ? newterm("xterm-256color", out, in) : NULL;
	if (!r->scr) {
		fputs("direct: no curses screen\n", stderr);
		exit(1);
	}
	set_term(r->scr);
	r->t.nlines = 24;
	r->t.ncols = 80;
	r->t.attr[TUI_S_TITLE] = r->t.attr[TUI_S_STATUS] = r->t.attr[TUI_S_SEL] = A_REVERSE;
	r->t.attr[TUI_S_MATCH] = A_UNDERLINE;
	r->t.attr[TUI_S_MATCH_CUR] = A_REVERSE | A_BOLD;
}

static void rig_stop(struct rig *r)
{
	endwin();
	delscreen(r->scr);
	tui_free(&r->t);
	session_free(&r->s);
	content_free(r->c);
}

/* As src/front/curses.c draws a frame. */
static void rig_draw(const struct tui *t)
{
	erase();
	struct tui_frame f = tui_draw(t);
	move(f.cy, f.cx);
	wnoutrefresh(stdscr);
	doupdate();
}

static int do_search(const char *dir, const char *query, int runs)
{
	struct rig r;
	rig_start(&r, dir);
	tui_layout(&r.t);
	rig_draw(&r.t);
	unsigned long long t0 = now_ns();
	tui_key(&r.t, '/');
	tui_layout(&r.t);
	rig_draw(&r.t);
	printf("open %llu\n", now_ns() - t0);
	for (int i = 0; i < runs; i++) {
		tui_key(&r.t, TUI_KEY_CTRL('u'));
		tui_layout(&r.t);
		rig_draw(&r.t);
		for (const char *q = query; *q; q++) {
			unsigned long long a = now_ns();
			tui_key(&r.t, (unsigned char)*q);
			tui_layout(&r.t);
			unsigned long long b = now_ns();
			rig_draw(&r.t);
			unsigned long long e = now_ns();
			printf("key %llu %llu %zu\n", b - a, e - b, ((const struct faq *)r.t.views[TUI_FAQ].priv)->nm);
		}
	}
	rig_stop(&r);
	return 0;
}

/* The result pane as the screen shows it, one line per row, no styles. */
static int do_result(const char *file)
{
	struct rig r;
	rig_start(&r, NULL);
	struct diags d = { 0 };
	for (size_t i = 0; walk[i]; i++)
		content_parse_answer(r.c, walk[i], r.s.answers, "walk", 0, &d);
	if (d.n) {
		diag_print(&d, stderr);
		return 1;
	}
	tui_replan(&r.t);
	result_open(&r.t);
	tui_layout(&r.t);
	FILE *f = fopen(file, "w");
	if (!f)
		return 1;
	const struct pane *p = &tui_view(&r.t, TUI_RESULT)->main;
	for (size_t i = 0; i < p->nl; i++) {
		const struct pane_line *l = &p->l[i];
		const struct pane_block *b = &p->b[l->block];
		int pw = b->prefix ? text_width(b->prefix, strlen(b->prefix)) : 0;
		if (l->len == 0 && !(l->first && b->prefix)) {
			fputs("\n", f); /* a blank row: nothing on it */
			continue;
		}
		fprintf(f, " %*s%s%*s%.*s\n", b->indent, "", l->first && b->prefix ? b->prefix : "",
		        (l->first ? 0 : pw) + l->hang, "", (int)l->len, b->text + l->off);
	}
	printf("%zu\n", p->nl);
	fclose(f);
	rig_stop(&r);
	return 0;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	if (argc == 4 && strcmp(argv[1], "load") == 0)
		return do_load(argv[2], atoi(argv[3]));
	if (argc == 4 && strcmp(argv[1], "lint") == 0)
		return do_lint(argv[2], atoi(argv[3]));
	if (argc == 5 && strcmp(argv[1], "search") == 0)
		return do_search(argv[2], argv[3], atoi(argv[4]));
	if (argc == 3 && strcmp(argv[1], "result") == 0)
		return do_result(argv[2]);
	fputs("usage: direct load|lint DIR RUNS | search DIR QUERY RUNS | result FILE\n", stderr);
	return 2;
}
