/* tui/search: incremental search across every FAQ question and answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "faq.h"
#include "mem.h"
#include "text.h"

static void add(struct faq *q, int faq, int part, size_t off)
{
	q->m = mem_room(q->m, &q->capm, q->nm + 1, sizeof *q->m);
	q->m[q->nm++] = (struct faq_match){ faq, part, off };
}

/* Every place the query occurs in s, ignoring ASCII case. */
static void scan(struct faq *q, int faq, int part, const char *s)
{
	for (const char *at = s; (at = text_find(at, q->query)) != NULL; at += q->qlen)
		add(q, faq, part, (size_t)(at - s));
}

static void go(struct tui *t, struct tui_view *v)
{
	struct faq *q = v->priv;
	if (q->nm == 0)
		return;
	const struct faq_match *m = &q->m[q->cur];
	faq_select(t, v, m->faq);
	pane_show(&v->side, (size_t)m->part, m->off);
}

/* Entries whose answer matches and whose question does not are marked,
 * so the list says why they are there.  The list and the matches are both
 * in the entries' order: one walk over the two, and a block touched (and
 * the list wrapped again) only where its mark changes. */
static void mark(struct tui_view *v)
{
	struct faq *q = v->priv;
	size_t i = 0;
	for (size_t b = 0; b < v->main.nb; b++) {
		int e = v->main.b[b].ref.index;
		bool answer = false, question = false;
		for (; i < q->nm && q->m[i].faq <= e; i++)
			if (q->m[i].faq == e) {
				answer |= q->m[i].part == 1;
				question |= q->m[i].part == 0;
			}
		bool marked = answer && !question;
		if (marked != (v->main.b[b].prefix != NULL))
			pane_prefix(&v->main, b, marked ? _(FAQ_IN_ANSWER) : NULL);
	}
}

void search_run(struct tui *t, struct tui_view *v)
{
	struct faq *q = v->priv;
	q->nm = 0;
	q->cur = 0;
	if (q->qlen == 0) {
		mark(v);
		return;
	}
	for (size_t i = 0; i < content_nfaq(t->c); i++) {
		const struct content_faq *e = content_faq(t->c, i);
		if (!content_current(t->c, e->dates))
			continue; /* not in the list on this day */
		scan(q, (int)i, 0, e->question);
		scan(q, (int)i, 1, e->answer);
	}
	/* The first match from the entry the search started at, wrapping. */
	for (size_t i = 0; i < q->nm; i++)
		if (q->m[i].faq >= q->origin) {
			q->cur = (int)i;
			break;
		}
	mark(v);
	go(t, v);
}

void search_step(struct tui *t, struct tui_view *v, int dir)
{
	struct faq *q = v->priv;
	if (q->nm == 0)
		return;
	int n = (int)q->nm;
	q->cur = (q->cur + dir + n) % n;
	go(t, v);
	if ((dir > 0 && q->cur == 0) || (dir < 0 && q->cur == n - 1))
		tui_message(t, "%s", dir > 0 ? _("Search wrapped around to the first match.")
		                             : _("Search wrapped around to the last match."));
}

void search_clear(struct tui_view *v)
{
	struct faq *q = v->priv;
	q->qlen = 0;
	q->query[0] = '\0';
	q->nm = 0;
	q->cur = 0;
	mark(v);
}
