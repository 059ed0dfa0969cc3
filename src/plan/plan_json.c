/* plan_json: the plan document as JSON, for batch mode.  The keys come in
 * the document's order; each block goes where its kind says. */
#include <jansson.h>

#include "plan.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *faq_id(const struct plan *p, const struct plan_block *b)
{
	return b->faq >= 0 ? json_string(content_faq(p->c, (size_t)b->faq)->id) : json_null();
}

static json_t *months_json(int min, int max)
{
	if (min == CONTENT_MONTHS_UNKNOWN)
		return json_null();
	return json_pack("{s:i, s:o}", "min", min, "max",
	                 max == CONTENT_MONTHS_UNKNOWN ? json_null() : json_integer(max));
}

static void set(json_t *obj, const char *key, json_t *v)
{
	json_object_set_new(obj, key, v);
}

static void append(json_t *obj, const char *key, json_t *v)
{
	json_array_append_new(json_object_get(obj, key), v);
}

static void j_headline(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	set(j, "outcome", str_or_null(b->id));
	set(j, "headline", json_string(b->text));
}

static void j_summary(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	set(j, "summary", json_string(b->text));
}

struct json_t *plan_json_cites(const struct content *c, const struct content_cites *cites)
{
	json_t *v = json_array();
	for (size_t i = 0; v && cites && i < cites->n; i++) {
		const struct content_cite *t = &cites->v[i];
		const struct content_source *s = content_source(c, (size_t)t->source);
		size_t len;
		const char *words = content_passage(c, t, &len);
		json_array_append_new(v, json_pack("{s:s, s:s, s:s, s:[i, i], s:o, s:s%}", "source", s->id, "title",
		                                   s->title, "file", s->file, "lines", t->first, t->last, "quote",
		                                   str_or_null(t->quote), "passage", words, len));
	}
	return v;
}

static void j_reason(json_t *j, const struct plan *p, const struct plan_block *b)
{
	append(j, "reasons", json_pack("{s:s, s:s, s:b, s:s, s:s, s:o, s:o}", "criterion", b->id, "kind",
	                               b->fact ? "fact" : "requirement", "met", b->met, "status",
	                               plan_reason_label(b), "text", b->text, "faq", faq_id(p, b), "cites",
	                               plan_json_cites(p->c, b->cites)));
}

static json_t *bounds(int min, int max)
{
	return json_pack("{s:i, s:o}", "min", min, "max", max == PLAN_OPEN ? json_null() : json_integer(max));
}

static void j_timeline(json_t *j, const struct plan *p, const struct plan_block *b)
{
	json_t *steps = json_array();
	for (size_t i = 0; i < p->timeline.n; i++) {
		const struct plan_span *s = &p->timeline.v[i];
		json_array_append_new(steps, json_pack("{s:s, s:o, s:o, s:o}", "step", s->label, "months",
		                                       months_json(s->min, s->max), "start",
		                                       bounds(s->start_min, s->start_max), "end",
		                                       bounds(s->end_min, s->end_max)));
	}
	set(j, "timeline", json_pack("{s:o, s:s}", "steps", steps, "text", b->text));
}

static void j_whatif(json_t *j, const struct plan *p, const struct plan_block *b)
{
	const struct rules_whatif *w = b->of.whatif;
	json_t *changes = json_array();
	for (size_t i = 0; i < w->nchanges; i++) {
		const struct content_question *q = content_question(p->c, (size_t)w->change[i].question);
		json_array_append_new(changes, json_pack("{s:s, s:s}", "question", q->id, "answer",
		                                         q->options[w->change[i].option].value));
	}
	append(j, "whatif", json_pack("{s:o, s:s, s:s}", "changes", changes, "outcome", b->id, "text", b->text));
}

static void j_step(json_t *j, const struct plan *p, const struct plan_block *b)
{
	const struct content_step *s = b->of.step;
	append(j, "steps", json_pack("{s:s, s:b, s:b, s:o, s:o, s:o, s:o}", "text", b->text, "suggestion",
	                             b->suggestion, "untimed", s->untimed, "months",
	                             months_json(s->months_min, s->months_max), "time", str_or_null(s->time), "faq",
	                             faq_id(p, b), "cites", plan_json_cites(p->c, b->cites)));
}

static void j_total(json_t *j, const struct plan *p, const struct plan_block *b)
{
	const struct plan_total *t = &p->total;
	set(j, "total", json_pack("{s:i, s:o, s:b, s:b, s:s, s:o}", "min", t->min, "max",
	                          t->max_unknown ? json_null() : json_integer(t->max), "estimate", 1,
	                          "unstated_steps", t->min_unknown, "text", b->text, "note", str_or_null(b->detail)));
}

static void j_note(json_t *j, const struct plan *p, const struct plan_block *b)
{
	append(j, "notes", json_pack("{s:s, s:b, s:o, s:o}", "text", b->text, "suggestion", b->suggestion, "faq",
	                             faq_id(p, b), "cites", plan_json_cites(p->c, b->cites)));
}

static void j_faq(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	append(j, "faq", json_pack("{s:s, s:s}", "id", b->id, "question", b->text));
}

static void j_contact(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	const struct content_contact *k = b->of.contact;
	append(j, "contacts", json_pack("{s:s, s:s, s:o, s:o, s:o}", "id", k->id, "name", k->name, "about",
	                                str_or_null(k->about), "email", str_or_null(k->email), "phone",
	                                str_or_null(k->phone)));
}

static void j_answer(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	if (b->kind == PLAN_ANSWER)
		set(json_object_get(j, "answers"), b->id, json_string(b->of.question->options[b->option].value));
	else
		append(j, "unused", json_string(b->id));
}

static void j_made(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	set(j, "made", json_string(b->id));
}

static void j_reviewed(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	set(json_object_get(j, "content"), "reviewed", json_string(b->id));
}

static void j_warning(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	append(json_object_get(j, "content"), "warnings", json_string(b->text));
}

static void j_source(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	append(json_object_get(j, "content"), "sources",
	       json_pack("{s:o, s:s, s:o}", "id", str_or_null(b->id), "title", b->text, "description",
	                 str_or_null(b->of.source->description)));
}

static void j_resume(json_t *j, const struct plan *p, const struct plan_block *b)
{
	(void)p;
	set(j, "resume_code", json_string(b->text));
}

static void (*const makers[PLAN_NKINDS])(json_t *, const struct plan *, const struct plan_block *) = {
	[PLAN_HEADLINE] = j_headline, [PLAN_TIMELINE] = j_timeline, [PLAN_WHATIF] = j_whatif,
	[PLAN_SUMMARY] = j_summary,   [PLAN_REASON] = j_reason,
	[PLAN_STEP] = j_step,         [PLAN_TOTAL] = j_total,       [PLAN_NOTE] = j_note,
	[PLAN_FAQ] = j_faq,           [PLAN_CONTACT] = j_contact,   [PLAN_ANSWER] = j_answer,
	[PLAN_UNUSED] = j_answer,     [PLAN_MADE] = j_made,         [PLAN_REVIEWED] = j_reviewed, [PLAN_WARNING] = j_warning,
	[PLAN_SOURCE] = j_source,     [PLAN_RESUME] = j_resume,
};

struct json_t *plan_json(const struct plan *p)
{
	const struct content *c = p->c;
	json_t *j = json_pack("{s:n, s:n, s:n, s:n, s:[], s:n, s:[], s:[], s:[], s:[], s:[], s:{}, s:[], s:n, "
	                      "s:{s:s, s:s, s:n, s:[], s:s, s:[]}}",
	                      "outcome", "headline", "summary", "timeline", "steps", "total", "whatif", "reasons",
	                      "notes", "faq", "contacts", "answers", "unused", "made", "content", "title",
	                      content_title(c), "lang", content_lang(c), "reviewed", "warnings", "origin",
	                      content_origin(c), "sources");
	for (size_t i = 0; j && i < p->nb; i++)
		makers[p->b[i].kind](j, p, &p->b[i]);
	return j;
}
