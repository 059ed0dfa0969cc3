/*
 * fuzz_keys: the full-screen front end as a pure function of its state, the
 * key and the window size, in kiosk mode with no administrator keys and no
 * spool directory (so nothing may quit it or save), on the shipped content.
 *
 * The input is a stream of events: keys (every byte below 0x80 is that
 * character; others are function keys, typed Unicode, a resize to a size
 * read from the next bytes, a mouse click or wheel at a place read from the
 * next bytes, the kiosk's idle warning and reset, or the start or end of a
 * burst of keys typed ahead).  Each is handled as src/front/curses.c's loop does,
 * with tui_layout whenever the loop would lay out and draw: after each event
 * that changed something, or in a burst only at its end.  Curses is never
 * started, and the drawing functions are stubs that abort (nocurses.c), so
 * a key or layout path that draws is a finding.
 *
 * After every event: no TUI_R_QUIT in kiosk mode; the save screen is never
 * open; every answer is COND_UNSET or an option of its question, and answers
 * change only with the generation the screens rebuild on; the flow matches
 * the answers; the screen stack is well formed; and, when the loop would
 * draw, each pane that shows is laid out for its area, scrolled within its
 * lines, with a selection (if any) that is selectable and in view.  Nothing
 * is written to disk: HOME is an empty directory that must stay empty.
 * And keys typed ahead in a burst leave the same answers as the same keys
 * typed slowly, laid out after each one.
 */
#include <curses.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "lang.h"
#include "rules.h"
#include "tui.h"
#include "../../src/front/tui/faq.h"

static struct content *content;
/* A kiosk with its language, as main() leaves the options: the idle
 * reset goes back to it. */
static const struct session_options kiosk = { .kiosk = true, .lang = "en" };
static char home[4096];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	content = fuzz_screens();
	snprintf(home, sizeof home, "%s", fuzz_home());
	return 0;
}

/* ---- the events ---- */

static const int fn_keys[] = {
	KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_PPAGE, KEY_NPAGE, KEY_HOME, KEY_END, KEY_ENTER,
	KEY_BACKSPACE, KEY_BTAB, KEY_F(1), KEY_F(2), KEY_F(10), KEY_DC, KEY_IC, KEY_SLEFT, KEY_SRIGHT,
};
/* Keys that do most, one byte each, so that sequences of them come easily. */
static const int common_keys[] = { '\r', 27, '\t', 'j', 'k', '/', '?', 'q', 'y', 'n', 's', 'r', 'f', 'G', ' ' };

enum ev_kind { EV_KEY, EV_RESIZE, EV_MOUSE, EV_BURST, EV_WARN, EV_IDLE, EV_END };

struct event {
	enum ev_kind kind;
	int key;                  /* EV_KEY */
	int a, b;                 /* EV_RESIZE: lines, cols; EV_MOUSE: y, x */
	enum tui_action mouse;    /* EV_MOUSE */
};

struct input {
	const uint8_t *p, *end;
};

static int byte(struct input *in)
{
	return in->p < in->end ? *in->p++ : 0;
}

static struct event next_event(struct input *in)
{
	struct event e = { EV_END, 0, 0, 0, TUI_A_NONE };
	if (in->p >= in->end)
		return e;
	int b = byte(in);
	e.kind = EV_KEY;
	if (b < 0x80) {
		e.key = b;
	} else if (b < 0xa0) {
		e.key = TUI_KEY_FN(fn_keys[(b - 0x80) % (int)(sizeof fn_keys / sizeof fn_keys[0])]);
	} else if (b < 0xb0) {
		e.kind = EV_RESIZE;
		e.a = byte(in) % 128;
		e.b = byte(in);
	} else if (b < 0xc0) {
		static const enum tui_action m[] = { TUI_A_CLICK, TUI_A_WHEEL_UP, TUI_A_WHEEL_DOWN, TUI_A_NONE };
		e.kind = EV_MOUSE;
		e.mouse = m[b % 4];
		e.a = byte(in) % 128;
		e.b = byte(in);
	} else if (b < 0xd0) {
		/* A typed character beyond ASCII: any code point up to U+FFFF, surrogates too. */
		e.key = byte(in) << 8 | byte(in);
		if (e.key < 0x80)
			e.key += 0x80;
	} else if (b < 0xfd) {
		e.key = common_keys[(b - 0xd0) % (int)(sizeof common_keys / sizeof common_keys[0])];
	} else {
		e.kind = b == 0xfd ? EV_BURST : b == 0xfe ? EV_WARN : EV_IDLE;
	}
	return e;
}

/* ---- the invariants ---- */

static bool on_stack(const struct tui *t, enum tui_screen s)
{
	for (int i = 0; i < t->depth; i++)
		if (t->stack[i] == s)
			return true;
	return false;
}

static void check_state(const struct tui *t)
{
	const struct session *s = t->s;
	size_t nq = content_nquestions(t->c);
	FUZZ_ASSERT(t->depth >= 1 && t->depth <= TUI_NSCREENS, "screen stack depth %d", t->depth);
	FUZZ_ASSERT(t->stack[0] == TUI_MENU, "the menu is not at the bottom of the stack (%d)", t->stack[0]);
	for (int i = 0; i < t->depth; i++) {
		FUZZ_ASSERT(t->stack[i] >= 0 && t->stack[i] < TUI_NSCREENS, "screen %d on the stack", t->stack[i]);
		for (int j = 0; j < i; j++)
			FUZZ_ASSERT(t->stack[i] != t->stack[j], "screen %s twice on the stack", tui_screens[t->stack[i]]->name);
	}
	FUZZ_ASSERT(!on_stack(t, TUI_SAVE), "the save screen opened in kiosk mode");
	FUZZ_ASSERT(s->nanswers == nq, "%zu answer slots for %zu questions", s->nanswers, nq);
	for (size_t i = 0; i < nq; i++)
		FUZZ_ASSERT(s->answers[i] == COND_UNSET ||
		                    (s->answers[i] >= 0 && (size_t)s->answers[i] < content_question(t->c, i)->noptions),
		            "answer %d to question \"%s\"", s->answers[i], content_question(t->c, i)->id);

	/* The flow the screens show is the flow of the answers. */
	int *effective = malloc((nq + 1) * sizeof *effective);
	struct rules_flow rp;
	rules_flow(t->c, s->answers, effective, &rp);
	FUZZ_ASSERT(memcmp(effective, t->effective, nq * sizeof *effective) == 0 && rp.next == t->rp.next &&
	                    rp.outcome == t->rp.outcome,
	            "the flow is stale: next %d/%d, outcome %d/%d", t->rp.next, rp.next, t->rp.outcome, rp.outcome);
	free(effective);

	/* The FAQ browser's own state, through its private header. */
	const struct faq *f = t->views[TUI_FAQ].priv;
	FUZZ_ASSERT(f->qlen < sizeof f->query && strlen(f->query) == f->qlen, "search of %zu bytes", f->qlen);
	FUZZ_ASSERT(f->nm == 0 || (f->cur >= 0 && (size_t)f->cur < f->nm), "match %d of %zu", f->cur, f->nm);
	FUZZ_ASSERT(f->nm <= f->capm, "%zu matches in room for %zu", f->nm, f->capm);
	for (size_t i = 0; i < f->nm; i++)
		FUZZ_ASSERT(f->m[i].faq >= 0 && (size_t)f->m[i].faq < content_nfaq(t->c) && (f->m[i].part & ~1) == 0,
		            "match %zu in FAQ entry %d part %d", i, f->m[i].faq, f->m[i].part);
	FUZZ_ASSERT(memchr(t->msg, '\0', sizeof t->msg), "the message is not terminated");
}

/* Any pane, any time: the selection is a selectable block; the lines, when
 * wrapped, lie in the blocks' text. */
static void check_pane(const struct pane *p, const char *what)
{
	FUZZ_ASSERT(p->nb <= p->capb && p->nl <= p->capl, "%s: %zu blocks, %zu lines", what, p->nb, p->nl);
	FUZZ_ASSERT(p->sel == -1 || (p->sel >= 0 && (size_t)p->sel < p->nb && p->b[p->sel].ref.kind >= 0),
	            "%s: selection %d of %zu blocks", what, p->sel, p->nb);
	FUZZ_ASSERT(p->top >= 0, "%s: top line %d", what, p->top);
	for (size_t i = 0; i < p->nl; i++) {
		const struct pane_line *l = &p->l[i];
		FUZZ_ASSERT(l->block < p->nb, "%s: line %zu in block %zu of %zu", what, i, l->block, p->nb);
		FUZZ_ASSERT(l->off + l->len <= strlen(p->b[l->block].text), "%s: line %zu beyond its text", what, i);
		FUZZ_ASSERT(i == 0 || l->block >= p->l[i - 1].block, "%s: lines out of block order", what);
	}
}

/* A pane about to be drawn into area r: laid out for it (its text no
 * wider than a reader takes in), scrolled within it. */
static void check_shown(const struct pane *p, struct tui_rect r, const char *what)
{
	struct tui_rect in = tui_inner(r);
	int w = tui_text_cols(r) < 1 ? 1 : tui_text_cols(r), h = in.h < 1 ? 1 : in.h;
	FUZZ_ASSERT(p->wrapped == w && p->width == w && p->height == h,
	            "%s: laid out as %dx%d (wrapped at %d) for an area of %dx%d", what, p->width, p->height, p->wrapped, w, h);
	int max_top = (int)p->nl > h ? (int)p->nl - h : 0;
	FUZZ_ASSERT(p->top <= max_top, "%s: top line %d of %zu lines in %d rows", what, p->top, p->nl, h);
	if (p->selectable && p->sel >= 0) {
		size_t first, end;
		pane_block_lines(p, (size_t)p->sel, &first, &end);
		FUZZ_ASSERT((int)end > p->top && (int)first < p->top + h,
		            "%s: selected block %d (lines %zu-%zu) out of view (lines %d-%d)", what, p->sel, first, end,
		            p->top, p->top + h);
	}
}

/* The views with panes: the dialogs have none. */
static struct tui_view *split_of(struct tui *t, enum tui_screen s)
{
	return tui_screens[s]->build ? &t->views[s] : NULL;
}

static void check_panes(struct tui *t, bool drawn)
{
	for (int s = 0; s < TUI_NSCREENS; s++) {
		struct tui_view *v = split_of(t, (enum tui_screen)s);
		if (!v)
			continue;
		check_pane(&v->main, tui_screens[s]->name);
		check_pane(&v->side, tui_screens[s]->name);
		FUZZ_ASSERT(v->focus == 0 || v->focus == 1, "%s: focus %d", tui_screens[s]->name, v->focus);
	}
	if (!drawn || tui_too_small(t))
		return;
	for (int i = tui_base_screen(t); i < t->depth; i++) {
		enum tui_screen s = t->stack[i];
		struct tui_view *v = split_of(t, s);
		if (!v)
			continue;
		struct tui_geom g;
		tui_geom(t, s, v->focus, &g);
		char what[64];
		snprintf(what, sizeof what, "%s main pane", tui_screens[s]->name);
		if (g.main_shown)
			check_shown(&v->main, g.main, what);
		snprintf(what, sizeof what, "%s side pane", tui_screens[s]->name);
		if (g.has_side && g.side_shown)
			check_shown(&v->side, g.side, what);
		FUZZ_ASSERT(g.has_side || v->focus == 0, "%s: focus on a side pane it does not have", tui_screens[s]->name);
	}
}

/* Nothing may have been written where the person could find it. */
static void check_no_files(void)
{
	DIR *d = opendir(home);
	FUZZ_ASSERT(d != NULL, "%s is gone", home);
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		FUZZ_ASSERT(strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0, "%s/%s was written", home,
		            e->d_name);
	closedir(d);
}

/* ---- the loop of src/front/curses.c, without a terminal ---- */

struct loop {
	bool dirty;
	bool burst;     /* keys typed ahead: no layout until the burst ends */
	bool armed;     /* a key since the last reset: the idle reset may come */
	bool warning;   /* "still there?" shows: the next key only answers it */
};

static enum tui_reaction dispatch(struct tui *t, const struct event *e)
{
	if (e->kind == EV_KEY)
		return tui_key(t, e->key);
	t->mouse_y = e->a;
	t->mouse_x = e->b;
	if (tui_too_small(t) || !(tui_view_ctx(t, &t->views[tui_top(t)]) & (TUI_CTX_LIST | TUI_CTX_PANE)))
		return TUI_R_NONE;
	return tui_act(t, e->mouse);
}

/* One event; true when it forgot the person. */
static bool step(struct tui *t, struct loop *L, const struct event *e, size_t n)
{
	switch (e->kind) {
	case EV_RESIZE:
		t->nlines = e->a;
		t->ncols = e->b;
		L->dirty = true;
		return false;
	case EV_BURST:
		L->burst = !L->burst;
		return false;
	case EV_WARN: /* time passed with no key: a burst is over */
		L->burst = false;
		L->warning = L->armed;
		L->dirty |= L->armed;
		return false;
	case EV_IDLE:
		L->burst = false;
		if (!L->armed)
			return false;
		if (!tui_reset(t))
			abort();
		L->armed = L->warning = false;
		L->dirty = true;
		return true;
	default:
		break;
	}
	L->armed = true;
	if (L->warning) {
		L->warning = false;
		L->dirty = true;
		return false;
	}
	if (t->msg[0]) {
		t->msg[0] = '\0';
		L->dirty = true;
	}
	enum tui_reaction r = dispatch(t, e);
	FUZZ_ASSERT(r != TUI_R_QUIT, "the advisor quit in kiosk mode (event %zu)", n);
	FUZZ_ASSERT(r == TUI_R_NONE || r == TUI_R_REDRAW || r == TUI_R_REPAINT || r == TUI_R_RESET, "reaction %d",
	            (int)r);
	if (r == TUI_R_RESET)
		L->armed = L->warning = false;

	L->dirty |= r != TUI_R_NONE;
	return r == TUI_R_RESET;
}

/* Run the events; the answers at the end go to out (64 slots).  With
 * bursts false, every burst is typed slowly: laid out after each key.
 * Returns whether the input had a burst. */
static bool run(const uint8_t *data, size_t size, bool bursts, int *out)
{
	struct input in = { data, data + size };
	/* The language is the process's: the run before may have switched it. */
	lang_use(kiosk.lang);
	struct session s;
	struct tui *t = calloc(1, sizeof *t);
	if (!t || !session_init(&s, content, &kiosk) || !tui_init(t, &s))
		abort();
	t->mouse = size > 0 && (data[0] & 1);
	t->nlines = byte(&in) % 128;
	t->ncols = byte(&in);
	struct loop L = { .dirty = true };
	bool had_burst = false;
	size_t nq = s.nanswers < 64 ? s.nanswers : 64;
	for (size_t n = 1;; n++) {
		if (L.dirty && !L.burst) {
			tui_layout(t);
			L.dirty = false;
			check_panes(t, true);
		}
		struct event e = next_event(&in);
		if (e.kind == EV_END)
			break;
		int before[64];
		unsigned gen = t->gen;
		memcpy(before, s.answers, nq * sizeof *before);
		bool reset = step(t, &L, &e, n);
		FUZZ_ASSERT(!reset || strcmp(lang_current(), kiosk.lang) == 0,
		            "the next person is greeted in \"%s\" (event %zu)", lang_current(), n);
		had_burst |= L.burst;
		L.burst &= bursts;
		check_state(t);
		check_panes(t, false);
		FUZZ_ASSERT(reset || t->gen != gen || memcmp(before, s.answers, nq * sizeof *before) == 0,
		            "answers changed without a new generation (event %zu)", n);
	}
	if (L.dirty) {
		tui_layout(t);
		check_panes(t, true);
	}
	check_no_files();
	memcpy(out, s.answers, nq * sizeof *out);
	tui_free(t);
	free(t);
	session_free(&s);
	return had_burst;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int typed_ahead[64], typed_slowly[64];
	if (!run(data, size, true, typed_ahead))
		return 0;
	/* Keys typed ahead must do what the same keys typed slowly do. */
	run(data, size, false, typed_slowly);
	size_t nq = content_nquestions(content) < 64 ? content_nquestions(content) : 64;
	for (size_t i = 0; i < nq; i++)
		FUZZ_ASSERT(typed_ahead[i] == typed_slowly[i],
		            "typed ahead, question \"%s\" got answer %d; typed slowly, %d",
		            content_question(content, i)->id, typed_ahead[i], typed_slowly[i]);
	return 0;
}
