/*
 * translation: the content's text in another language, read from the
 * files of DIR/LANG/ over the English store.
 *
 * A translation holds text only, keyed by the English ids (steps and
 * things to know by their place in their outcome): the conditions, the
 * references, the months and the dates are the English store's, shared.
 * Reading it proves that it covers every element and has nothing the
 * English lacks (a missing text is reported where the English is, an
 * extra or mismatched one where the translation is), and that every text
 * states the same facts as its English: the same numbers, email addresses
 * and web addresses.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "load.h"
#include "mem.h"
#include "translation.h"

/* A translation being read: the English, and the copy of its elements
 * whose text is being replaced.  Everything lives in the English's arena. */
struct tr {
	struct content *en, *t;
};

#define TR_DIR "cy"
#define TR_NAME "Welsh"

/* ---- facts: what must read the same in both languages ---- */

struct facts {
	char **v;
	size_t n, cap;
};

static void fact_add(struct facts *f, const char *s, size_t n)
{
	f->v = mem_room(f->v, &f->cap, f->n + 1, sizeof *f->v);
	f->v[f->n++] = mem_strndup(s, n);
}

static bool is_trim(char ch)
{
	return ch && strchr("()[]{}\"',;:.!?", ch) != NULL;
}

/* One word's facts: itself when it is an email or web address, else its
 * runs of digits (a number, part of a phone number, a level, a length). */
static void word_facts(struct facts *f, const char *w, size_t n)
{
	while (n && is_trim(*w))
		w++, n--;
	while (n && is_trim(w[n - 1]))
		n--;
	if (memchr(w, '@', n) || (n > 4 && (!strncmp(w, "http", 4) || !strncmp(w, "www.", 4)))) {
		fact_add(f, w, n);
		return;
	}
	for (size_t i = 0; i < n;) {
		size_t k = i;
		while (k < n && isdigit((unsigned char)w[k]))
			k++;
		if (k > i)
			fact_add(f, w + i, k - i);
		i = k > i ? k : i + 1;
	}
}

static int cmp_fact(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void text_facts(struct facts *f, const char *s)
{
	while (s && *s) {
		size_t n = strcspn(s, " \t\n");
		word_facts(f, s, n);
		s += n;
		s += strspn(s, " \t\n");
	}
	if (f->n)
		qsort(f->v, f->n, sizeof *f->v, cmp_fact);
}

static void facts_free(struct facts *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
}

/* The first fact one side has more often than the other, or NULL. */
static const char *facts_differ(const struct facts *a, const struct facts *b, bool *in_a)
{
	size_t i = 0, k = 0;
	while (i < a->n || k < b->n) {
		int r = i == a->n ? 1 : k == b->n ? -1 : strcmp(a->v[i], b->v[k]);
		if (r != 0) {
			*in_a = r < 0;
			return r < 0 ? a->v[i] : b->v[k];
		}
		i++, k++;
	}
	return NULL;
}

/* ---- one text against its English ---- */

/* Report the first fact that en and v do not both state, at setting at. */
static void check_facts(struct loader *L, const config_setting_t *at, const char *what, const char *name,
                        const char *en, const char *v, struct content_src en_src)
{
	struct facts a = { 0 }, b = { 0 };
	text_facts(&a, en);
	text_facts(&b, v);
	bool in_en = false;
	const char *diff = facts_differ(&a, &b, &in_en);
	if (diff)
		problem(L, at, "%s: the facts of \"%s\" differ from the English (%s:%d): \"%s\" is %s", what, name,
		        en_src.file, en_src.line, diff,
		        in_en ? "in the English but not here" : "here but not in the English");
	facts_free(&a);
	facts_free(&b);
}

/* The translation of one text: the member `name` of g, for the English en.
 * Present exactly when the English is, and stating the same facts; where
 * it is missing or wrong the English stays (and the problem is reported). */
static const char *tr_text(struct loader *L, const config_setting_t *g, const char *name, const char *en,
                           struct content_src en_src, const char *what)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	if (!en || !s) {
		if (s)
			problem(L, s, "%s: \"%s\" is not in the English (%s:%d)", what, name, en_src.file, en_src.line);
		else if (en)
			problem(L, g, "%s: missing \"%s\" (the English is at %s:%d)", what, name, en_src.file,
			        en_src.line);
		return en;
	}
	const char *v = load_str(L, g, name, true);
	if (v)
		check_facts(L, s, what, name, en, v, en_src);
	return v ? v : en;
}

/* The translation of a list of strings, as many as the English has. */
static const char **tr_strings(struct loader *L, const config_setting_t *g, const char *name,
                               const char **en, size_t n, struct content_src en_src, const char *what)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	if (!en || !s) {
		if (en || s)
			problem(L, s ? s : g, "%s: \"%s\" is %s (%s:%d)", what, name,
			        s ? "not in the English" : "missing, but the English has it", en_src.file, en_src.line);
		return en;
	}
	size_t k = 0;
	const char **v = load_strings(L, g, name, &k);
	if (v && k != n)
		problem(L, s, "%s: %zu in \"%s\" here and %zu in the English (%s:%d)", what, k, name, n,
		        en_src.file, en_src.line);
	if (!v || k != n)
		return en;
	for (size_t i = 0; i < n; i++)
		check_facts(L, config_setting_get_elem(s, (unsigned)i), what, name, en[i], v[i], en_src);
	return v;
}

/* ---- elements by id ---- */

/* A kind of element translated by id: its list, its key, and the English
 * array it names (elements of size bytes, whose id and place are at
 * id_off and src_off), and how to read one. */
struct kind {
	const char *list, *key, *what;
	const char *const *keys;      /* the members an entry may have */
	const void *arr;              /* the English elements */
	size_t n, size, id_off, src_off;
	const void *ctx;              /* e.g. the question whose options these are */
	void (*read)(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i);
};

#define KIND(list, key, what, keys, arr, n, type, id, ctx, read) \
	&(struct kind){ list, key, what, keys, arr, n, sizeof(type), offsetof(type, id), offsetof(type, src), ctx, read }

static const char *kind_id(const struct kind *k, size_t i)
{
	return *(const char *const *)((const char *)k->arr + i * k->size + k->id_off);
}

static int kind_find(const struct kind *k, const char *id)
{
	for (size_t i = 0; i < k->n; i++)
		if (kind_id(k, i) && strcmp(kind_id(k, i), id) == 0)
			return (int)i;
	return -1;
}

/* Read k's list of g: each entry names an English element once; every
 * element left without one is reported where the English is. */
static void tr_each(struct loader *L, struct tr *T, const config_setting_t *g, const struct kind *k)
{
	const config_setting_t *list;
	int n = load_list(L, g, k->list, k->n > 0, &list);
	bool *seen = mem_alloc(k->n + 1);
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		load_members(L, e, k->keys);
		const char *id = load_str(L, e, k->key, true);
		int at = id ? kind_find(k, id) : -1;
		if (id && at < 0)
			problem(L, e, "%s \"%s\" is not in the English", k->what, id);
		else if (id && seen[at])
			problem(L, e, "%s \"%s\" is translated twice", k->what, id);
		else if (id)
			k->read(L, T, k->ctx, e, (size_t)at);
		if (at >= 0)
			seen[at] = true;
	}
	for (size_t i = 0; list && i < k->n; i++) {
		const struct content_src *src = (const void *)((const char *)k->arr + i * k->size + k->src_off);
		if (!seen[i])
			diag_add(L->d, src->file, src->line, "%s \"%s\" has no " TR_NAME " text in %s", k->what,
			         kind_id(k, i), L->file + strlen(T->en->origin) + 1);
	}
	free(seen);
}

/* A list translated by place (the steps of an outcome, its things to
 * know): as many entries as the English, each read by read. */
static const config_setting_t *tr_seq(struct loader *L, const config_setting_t *g, const char *name, size_t n,
                                      struct content_src en_src, const char *what)
{
	const config_setting_t *list;
	int k = load_list(L, g, name, n > 0, &list);
	if (list && (size_t)k != n) {
		problem(L, list, "%s: %d \"%s\" here and %zu in the English (%s:%d)", what, k, name, n, en_src.file,
		        en_src.line);
		return NULL;
	}
	return list;
}

/* How a problem names element id of a kind: `FAQ entry "x"`. */
static const char *what_of(char *buf, size_t size, const char *kind, const char *id)
{
	snprintf(buf, size, "%s \"%s\"", kind, id);
	return buf;
}

#define WHAT(kind, id) what_of((char[160]){ 0 }, 160, (kind), (id))

/* ---- faq.cfg ---- */

static void read_faq(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	const struct content_faq *en = &T->en->faq[i];
	struct content_faq *f = &T->t->faq[i];
	const char *what = WHAT("FAQ entry", en->id);
	f->src = load_src(L, e);
	f->question = tr_text(L, e, "question", en->question, en->src, what);
	f->answer = tr_text(L, e, "answer", en->answer, en->src, what);
}

static void read_faq_file(struct loader *L, const config_setting_t *root, void *arg)
{
	static const char *const keys[] = { "id", "question", "answer", NULL };
	struct tr *T = arg;
	load_members(L, root, (const char *const[]){ "faq", NULL });
	tr_each(L, T, root, KIND("faq", "id", "FAQ entry", keys, T->en->faq, T->en->nfaq, struct content_faq, id,
	                         NULL, read_faq));
}

/* ---- questions.cfg: questions and their options, criteria, groups ---- */

static void read_option(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	const struct content_question *q = ctx;
	const struct content_option *en = &q->options[i];
	struct content_option *o = &T->t->questions[q - T->en->questions].options[i];
	char what[200];
	snprintf(what, sizeof what, "answer \"%s\" of question \"%s\"", en->value, q->id);
	o->src = load_src(L, e);
	o->label = tr_text(L, e, "label", en->label, en->src, what);
	o->help = tr_text(L, e, "help", en->help, en->src, what);
	o->reach = tr_text(L, e, "reach", en->reach, en->src, what);
}

static void read_question(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	static const char *const keys[] = { "value", "label", "help", "reach", NULL };
	const struct content_question *en = &T->en->questions[i];
	struct content_question *q = &T->t->questions[i];
	const char *what = WHAT("question", en->id);
	q->src = load_src(L, e);
	q->text = tr_text(L, e, "text", en->text, en->src, what);
	q->help = tr_text(L, e, "help", en->help, en->src, what);
	tr_each(L, T, e, KIND("options", "value", "answer", keys, en->options, en->noptions, struct content_option,
	                      value, en, read_option));
}

static void read_criterion(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	const struct content_criterion *en = &T->en->criteria[i];
	struct content_criterion *k = &T->t->criteria[i];
	const char *what = WHAT("criterion", en->id);
	k->src = load_src(L, e);
	k->met = tr_text(L, e, "met", en->met, en->src, what);
	k->unmet = tr_text(L, e, "unmet", en->unmet, en->src, what);
}

/* A group's words are the translation's own phrases: as many as it needs,
 * not one for one. */
static void read_group(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	struct content_group *g = &T->t->groups[i];
	g->src = load_src(L, e);
	size_t n = 0;
	const char **w = load_strings(L, e, "words", &n);
	if (!n)
		problem(L, e, "group \"%s\": \"words\" must list the phrases that speak to it", g->id);
	else
		g->words = w, g->nwords = n;
}

static void read_questions_file(struct loader *L, const config_setting_t *root, void *arg)
{
	static const char *const qkeys[] = { "id", "text", "help", "options", NULL };
	static const char *const ckeys[] = { "id", "met", "unmet", NULL };
	static const char *const gkeys[] = { "id", "words", NULL };
	struct tr *T = arg;
	struct content *en = T->en;
	load_members(L, root, (const char *const[]){ "questions", "criteria", "groups", NULL });
	tr_each(L, T, root, KIND("questions", "id", "question", qkeys, en->questions, en->nquestions,
	                         struct content_question, id, NULL, read_question));
	tr_each(L, T, root, KIND("criteria", "id", "criterion", ckeys, en->criteria, en->ncriteria,
	                         struct content_criterion, id, NULL, read_criterion));
	tr_each(L, T, root, KIND("groups", "id", "group", gkeys, en->groups, en->ngroups, struct content_group, id,
	                         NULL, read_group));
}

/* ---- outcomes.cfg: outcomes, their steps and things to know ---- */

static void read_notes(struct loader *L, const config_setting_t *g, const struct content_note *en,
                       struct content_note *v, size_t n, struct content_src en_src, const char *what)
{
	const config_setting_t *list = tr_seq(L, g, "notes", n, en_src, what);
	for (size_t i = 0; list && i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		char w[200];
		snprintf(w, sizeof w, "%s, thing to know %zu", what, i + 1);
		load_members(L, e, (const char *const[]){ "text", NULL });
		v[i].src = load_src(L, e);
		v[i].text = tr_text(L, e, "text", en[i].text, en[i].src, w);
	}
}

static void read_steps(struct loader *L, const config_setting_t *g, const struct content_outcome *en,
                       struct content_outcome *o, const char *what)
{
	const config_setting_t *list = tr_seq(L, g, "steps", en->nsteps, en->src, what);
	for (size_t i = 0; list && i < en->nsteps; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		const struct content_step *s = &en->steps[i];
		char w[200];
		snprintf(w, sizeof w, "%s, step %zu", what, i + 1);
		load_members(L, e, (const char *const[]){ "text", "time", "label", NULL });
		o->steps[i].src = load_src(L, e);
		o->steps[i].text = tr_text(L, e, "text", s->text, s->src, w);
		o->steps[i].time = tr_text(L, e, "time", s->time, s->src, w);
		o->steps[i].label = tr_text(L, e, "label", s->label, s->src, w);
	}
}

static void read_outcome(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	const struct content_outcome *en = &T->en->outcomes[i];
	struct content_outcome *o = &T->t->outcomes[i];
	const char *what = WHAT("outcome", en->id);
	o->src = load_src(L, e);
	o->headline = tr_text(L, e, "headline", en->headline, en->src, what);
	o->summary = tr_text(L, e, "summary", en->summary, en->src, what);
	o->route = tr_text(L, e, "route", en->route, en->src, what);
	o->total_note = tr_text(L, e, "total_note", en->total_note, en->src, what);
	read_steps(L, e, en, o, what);
	read_notes(L, e, en->notes, o->notes, en->nnotes, en->src, what);
}

static void read_outcomes_file(struct loader *L, const config_setting_t *root, void *arg)
{
	static const char *const keys[] = { "id", "headline", "summary", "route", "total_note", "steps",
		                            "notes", NULL };
	struct tr *T = arg;
	struct content *en = T->en;
	load_members(L, root, (const char *const[]){ "outcomes", "notes", NULL });
	struct content_src top = { en->ncommon_notes ? en->common_notes[0].src.file : L->file, 1 };
	read_notes(L, root, en->common_notes, T->t->common_notes, en->ncommon_notes, top,
	           "things to know for everyone");
	tr_each(L, T, root, KIND("outcomes", "id", "outcome", keys, en->outcomes, en->noutcomes,
	                         struct content_outcome, id, NULL, read_outcome));
}

/* ---- levels.cfg ---- */

static void read_level(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	const struct content_level *en = &T->en->levels[i];
	struct content_level *l = &T->t->levels[i];
	const char *what = WHAT("level", en->value);
	l->src = load_src(L, e);
	l->name = tr_text(L, e, "name", en->name, en->src, what);
	l->summary = tr_text(L, e, "summary", en->summary, en->src, what);
	l->examples = tr_strings(L, e, "examples", en->examples, en->nexamples, en->src, what);
	l->guide_examples = tr_strings(L, e, "guide_examples", en->guide_examples, en->nguide_examples, en->src,
	                               what);
}

static void read_levels_file(struct loader *L, const config_setting_t *root, void *arg)
{
	static const char *const keys[] = { "value", "name", "summary", "examples", "guide_examples", NULL };
	struct tr *T = arg;
	struct content *en = T->en;
	load_members(L, root, (const char *const[]){ "levels", "guide", "intro", NULL });
	struct content_src top = { en->levels && en->nlevels ? en->levels[0].src.file : L->file, 1 };
	T->t->levels_intro = tr_text(L, root, "intro", en->levels_intro, top, "the levels");
	const config_setting_t *g = config_setting_get_member(root, "guide");
	if (g && config_setting_type(g) == CONFIG_TYPE_GROUP) {
		load_members(L, g, (const char *const[]){ "caveats", NULL });
		T->t->guide_caveats = tr_text(L, g, "caveats", en->guide_caveats, en->guide_src, "the guide");
	} else if (g || en->guide_caveats) {
		problem(L, g ? g : root, "\"guide\" must be a group { caveats = ...; }, as in the English (%s:%d)",
		        en->guide_src.file, en->guide_src.line);
	}
	tr_each(L, T, root, KIND("levels", "value", "level", keys, en->levels, en->nlevels, struct content_level,
	                         value, NULL, read_level));
}

/* ---- contacts.cfg ---- */

static void read_contact(struct loader *L, struct tr *T, const void *ctx, const config_setting_t *e, size_t i)
{
	(void)ctx;
	const struct content_contact *en = &T->en->contacts[i];
	struct content_contact *k = &T->t->contacts[i];
	const char *what = WHAT("contact", en->id);
	k->src = load_src(L, e);
	k->name = tr_text(L, e, "name", en->name, en->src, what);
	k->about = tr_text(L, e, "about", en->about, en->src, what);
}

static void read_contacts_file(struct loader *L, const config_setting_t *root, void *arg)
{
	static const char *const keys[] = { "id", "name", "about", NULL };
	struct tr *T = arg;
	load_members(L, root, (const char *const[]){ "contacts", NULL });
	tr_each(L, T, root, KIND("contacts", "id", "contact", keys, T->en->contacts, T->en->ncontacts,
	                         struct content_contact, id, NULL, read_contact));
}

/* ---- meta.cfg: the title, whether a speaker has reviewed it, the sources ---- */

static void read_review(struct loader *L, const config_setting_t *root, struct content *t)
{
	const char *review = load_str(L, root, "review", true);
	const config_setting_t *notice = config_setting_get_member(root, "notice");
	bool awaiting = review && strcmp(review, "awaiting") == 0;
	if (review && !awaiting && strcmp(review, "done") != 0)
		problem(L, config_setting_get_member(root, "review"),
		        "\"review\" must be \"awaiting\" (no speaker of the language has reviewed it yet) or "
		        "\"done\", not \"%s\"", review);
	if (awaiting)
		t->notice = load_str(L, root, "notice", true);
	else if (notice && review)
		problem(L, notice, "a reviewed translation has no \"notice\"");
}

static void read_meta_file(struct loader *L, const config_setting_t *root, void *arg)
{
	struct tr *T = arg;
	struct content *en = T->en, *t = T->t;
	char path[4096];
	snprintf(path, sizeof path, "%s/meta.cfg", en->origin);
	struct content_src top = { path, 0 };
	load_members(L, root, (const char *const[]){ "title", "review", "notice", "sources", NULL });
	t->title = load_str(L, root, "title", true);
	if (!t->title)
		t->title = en->title;
	read_review(L, root, t);
	const config_setting_t *list = tr_seq(L, root, "sources", en->nsources, top, "meta");
	for (size_t i = 0; list && i < en->nsources; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		const struct content_source *so = &en->sources[i];
		load_members(L, e, (const char *const[]){ "id", "title", "description", NULL });
		const char *id = load_str(L, e, "id", false);
		if ((id || so->id) && (!id || !so->id || strcmp(id, so->id) != 0))
			problem(L, e, "source %zu is \"%s\" in the English: give its \"id\" the same", i + 1,
			        so->id ? so->id : "(no id)");
		t->sources[i].title = tr_text(L, e, "title", so->title, top, WHAT("source", so->title));
		t->sources[i].description = tr_text(L, e, "description", so->description, top,
		                                    WHAT("source", so->title));
	}
}

/* ---- the copy the text goes into ---- */

#define DUP(en, v, n) ((v) ? memcpy(store_alloc((en), sizeof *(v) * ((n) ? (n) : 1)), (v), sizeof *(v) * (n)) : NULL)

/* A store that shares everything with en but the arrays holding text,
 * which are its own copies, to be translated. */
static struct content *copy_of(struct content *en)
{
	struct content *t = store_alloc(en, sizeof *t);
	*t = *en;
	t->arena = NULL;
	t->lang = TR_DIR;
	t->tr_of = en;
	t->sources = DUP(en, en->sources, en->nsources);
	t->questions = DUP(en, en->questions, en->nquestions);
	for (size_t i = 0; i < en->nquestions; i++)
		t->questions[i].options = DUP(en, en->questions[i].options, en->questions[i].noptions);
	t->criteria = DUP(en, en->criteria, en->ncriteria);
	t->outcomes = DUP(en, en->outcomes, en->noutcomes);
	for (size_t i = 0; i < en->noutcomes; i++) {
		t->outcomes[i].steps = DUP(en, en->outcomes[i].steps, en->outcomes[i].nsteps);
		t->outcomes[i].notes = DUP(en, en->outcomes[i].notes, en->outcomes[i].nnotes);
	}
	t->common_notes = DUP(en, en->common_notes, en->ncommon_notes);
	t->faq = DUP(en, en->faq, en->nfaq);
	t->levels = DUP(en, en->levels, en->nlevels);
	t->groups = DUP(en, en->groups, en->ngroups);
	t->contacts = DUP(en, en->contacts, en->ncontacts);
	return t;
}

bool translation_present(const char *dir)
{
	char path[4096];
	struct stat st;
	snprintf(path, sizeof path, "%s/" TR_DIR, dir);
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool translation_read(struct content *en, struct diags *d)
{
	static const struct {
		const char *name;
		void (*read)(struct loader *, const config_setting_t *, void *);
	} files[] = {
		{ TR_DIR "/meta.cfg", read_meta_file }, { TR_DIR "/faq.cfg", read_faq_file },
		{ TR_DIR "/questions.cfg", read_questions_file }, { TR_DIR "/outcomes.cfg", read_outcomes_file },
		{ TR_DIR "/levels.cfg", read_levels_file }, { TR_DIR "/contacts.cfg", read_contacts_file },
	};
	size_t before = d->n;
	struct tr T = { en, copy_of(en) };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		load_file(en, files[i].name, d, files[i].read, &T);
	if (d->n != before)
		return false;
	en->tr = T.t;
	return true;
}
