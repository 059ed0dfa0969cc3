/* batch: answers given up front; print the plan as text or JSON and exit. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "plan.h"
#include "session.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *months_json(int min, int max)
{
	if (min == CONTENT_MONTHS_UNKNOWN)
		return json_null();
	return json_pack("{s:i, s:o}", "min", min, "max",
	                 max == CONTENT_MONTHS_UNKNOWN ? json_null() : json_integer(max));
}

static json_t *answers_json(const struct plan *p, const int *answers, json_t **unused)
{
	json_t *used = json_object();
	*unused = json_array();
	for (size_t i = 0; i < content_nquestions(p->c); i++) {
		const struct content_question *q = content_question(p->c, i);
		if (rules_used(p->effective, (int)i))
			json_object_set_new(used, q->id, json_string(q->options[p->effective[i]].value));
		else if (answers[i] >= 0)
			json_array_append_new(*unused, json_string(q->id));
	}
	return used;
}

static json_t *content_json(const struct content *c)
{
	json_t *sources = json_array();
	for (size_t i = 0; i < content_nsources(c); i++) {
		const struct content_source *s = content_source(c, i);
		json_array_append_new(sources, json_pack("{s:o, s:s, s:o}", "id", str_or_null(s->id), "title",
		                                         s->title, "description", str_or_null(s->description)));
	}
	return json_pack("{s:s, s:s, s:s, s:o}", "title", content_title(c), "reviewed",
	                 content_reviewed(c), "origin", content_origin(c), "sources", sources);
}

static json_t *plan_json(const struct plan *p, const int *answers)
{
	const struct content *c = p->c;
	const struct content_outcome *o = content_outcome(c, (size_t)p->outcome);
	json_t *reasons = json_array(), *steps = json_array(), *notes = json_array();
	json_t *faq = json_array(), *contacts = json_array(), *unused;
	for (size_t i = 0; i < p->nreasons; i++) {
		const struct content_criterion *k = content_criterion(c, (size_t)p->reasons[i].criterion);
		json_array_append_new(reasons, json_pack("{s:s, s:s, s:b, s:s, s:s, s:o}", "criterion", k->id,
		                                         "kind", k->fact ? "fact" : "requirement", "met",
		                                         p->reasons[i].met, "status",
		                                         plan_reason_label(&p->reasons[i]), "text",
		                                         plan_reason_text(c, &p->reasons[i]), "faq",
		                                         str_or_null(k->faq)));
	}
	for (size_t i = 0; i < p->nsteps; i++) {
		const struct content_step *s = p->steps[i];
		json_array_append_new(steps, json_pack("{s:s, s:b, s:b, s:o, s:o, s:o}", "text", s->text,
		                                       "suggestion", s->suggestion, "untimed", s->untimed,
		                                       "months", months_json(s->months_min, s->months_max),
		                                       "time", str_or_null(s->time), "faq", str_or_null(s->faq)));
	}
	for (size_t i = 0; i < p->nnotes; i++) {
		const struct content_note *n = p->notes[i];
		json_array_append_new(notes, json_pack("{s:s, s:b, s:o}", "text", n->text, "suggestion", n->suggestion,
		                                       "faq", str_or_null(n->faq)));
	}
	for (size_t i = 0; i < o->nfaq; i++) {
		int k = content_faq_index(c, o->faq[i]);
		json_array_append_new(faq, json_pack("{s:s, s:s}", "id", o->faq[i], "question",
		                                     content_faq(c, (size_t)k)->question));
	}
	for (size_t i = 0; i < o->ncontacts; i++) {
		const struct content_contact *k = content_contact(c, (size_t)content_contact_index(c, o->contacts[i]));
		json_array_append_new(contacts, json_pack("{s:s, s:s, s:o, s:o, s:o}", "id", k->id, "name", k->name,
		                                          "about", str_or_null(k->about), "email",
		                                          str_or_null(k->email), "phone", str_or_null(k->phone)));
	}
	char total[256];
	json_t *answers_used = answers_json(p, answers, &unused);
	return json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:{s:i, s:o, s:b, s:b, s:s, s:o}, s:o, s:o, s:o, s:o}",
	                 "outcome", o->id, "headline", o->headline, "summary", o->summary,
	                 "answers", answers_used, "unused", unused, "reasons", reasons, "steps", steps,
	                 "total", "min", p->total.min, "max",
	                 p->total.max_unknown ? json_null() : json_integer(p->total.max),
	                 "estimate", 1, "unstated_steps", p->total.min_unknown, "text",
	                 plan_total_text(&p->total, total, sizeof total), "note", str_or_null(o->total_note),
	                 "notes", notes, "faq", faq, "contacts", contacts, "content", content_json(c));
}

static void missing(const struct content *c, int q)
{
	const struct content_question *qq = content_question(c, (size_t)q);
	fprintf(stderr, "probation-advisor: missing an answer for \"%s\" (", qq->id);
	for (size_t i = 0; i < qq->noptions; i++)
		fprintf(stderr, "%s%s=%s", i ? ", " : "", qq->id, qq->options[i].value);
	fputs(")\n", stderr);
}

static int batch_run(struct session *s)
{
	struct plan p;
	int status = 0;
	if (!plan_build(&p, s->c, s->answers)) {
		if (p.next != RULES_NONE) {
			missing(s->c, p.next);
			status = 2;
		} else {
			fputs("probation-advisor: the content gives no single outcome for these answers; "
			      "run --check-content\n", stderr);
			status = 1;
		}
	} else if (s->opt->format == SESSION_JSON) {
		json_t *j = plan_json(&p, s->answers);
		if (!j || json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0) {
			fputs("probation-advisor: cannot write the plan as JSON\n", stderr);
			status = 1;
		}
		putchar('\n');
		json_decref(j);
	} else {
		plan_write_text(&p, s->answers, stdout, 78);
	}
	plan_free(&p);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("probation-advisor: standard output");
		status = 1;
	}
	return status;
}

const struct frontend_ops frontend_batch = { "batch", batch_run };
