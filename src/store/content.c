/* content: load, check and hold the content files. */
#include "content.h"

#include <dirent.h>
#include <libconfig.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content_impl.h"
#include "content_store.h"
#include "load.h"
#include "mem.h"
#include "passage.h"
#include "scan.h"
#include "text.h"
#include "translation.h"

#define MONTHS_MAX 240

void *store_alloc(struct content *c, size_t n)
{
	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	struct arena_block *b = c->arena;
	if (!b || b->size - b->used < n) {
		size_t size = n > 16384 ? n : 16384;
		b = mem_grow(NULL, sizeof *b + size);
		b->next = c->arena;
		b->used = 0;
		b->size = size;
		c->arena = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *store_strdup(struct content *c, const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(store_alloc(c, n), s, n);
}

/* Report members of group g not named in allowed (a typo is a silent bug). */
void load_members(struct loader *L, const config_setting_t *g, const char *const *allowed)
{
	for (int i = 0; i < config_setting_length(g); i++) {
		const config_setting_t *m = config_setting_get_elem(g, (unsigned)i);
		const char *name = config_setting_name(m);
		size_t k = 0;
		while (allowed[k] && strcmp(allowed[k], name) != 0)
			k++;
		if (!allowed[k])
			problem(L, m, "unknown setting \"%s\"", name);
	}
}

const char *load_str(struct loader *L, const config_setting_t *g, const char *name,
                           bool required)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	if (!s) {
		if (required)
			problem(L, g, "missing \"%s\"", name);
		return NULL;
	}
	if (config_setting_type(s) != CONFIG_TYPE_STRING) {
		problem(L, s, "\"%s\" must be a string (in double quotes)", name);
		return NULL;
	}
	const char *v = config_setting_get_string(s);
	if (required && v[strspn(v, " \t\n")] == '\0') {
		problem(L, s, "\"%s\" must not be empty", name);
		return NULL;
	}
	return store_strdup(L->c, v);
}

/* An optional whole number in [lo, hi]; *out is left alone when absent.
 * False when it is present but wrong (and reported). */
static bool get_int(struct loader *L, const config_setting_t *g, const char *name, int lo,
                    int hi, int *out)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	if (!s)
		return true;
	int t = config_setting_type(s);
	long long v = t == CONFIG_TYPE_INT ? config_setting_get_int(s)
	            : t == CONFIG_TYPE_INT64 ? config_setting_get_int64(s) : 0;
	if (t != CONFIG_TYPE_INT && t != CONFIG_TYPE_INT64) {
		problem(L, s, "\"%s\" must be a whole number", name);
		return false;
	}
	if (v < lo || v > hi) {
		problem(L, s, "\"%s\" is out of range (from %d to %d)", name, lo, hi);
		return false;
	}
	*out = (int)v;
	return true;
}

static bool get_bool(struct loader *L, const config_setting_t *g, const char *name)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	if (!s)
		return false;
	if (config_setting_type(s) != CONFIG_TYPE_BOOL) {
		problem(L, s, "\"%s\" must be true or false", name);
		return false;
	}
	return config_setting_get_bool(s);
}

/* A collection: a list ( ... ) of groups.  Returns its length, 0 if absent
 * or wrong (reported). */
int load_list(struct loader *L, const config_setting_t *g, const char *name, bool required,
                    const config_setting_t **out)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	*out = NULL;
	if (!s) {
		if (required)
			problem(L, g, "missing \"%s\"", name);
		return 0;
	}
	if (config_setting_type(s) != CONFIG_TYPE_LIST) {
		problem(L, s, "\"%s\" must be a list ( { ... }, ... )", name);
		return 0;
	}
	int n = config_setting_length(s);
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		if (config_setting_type(e) != CONFIG_TYPE_GROUP) {
			problem(L, e, "each entry of \"%s\" must be a group { ... }", name);
			return 0;
		}
	}
	*out = s;
	return n;
}

/* An array of strings [ "a", "b" ]. */
const char **load_strings(struct loader *L, const config_setting_t *g, const char *name,
                                size_t *n)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	*n = 0;
	if (!s)
		return NULL;
	int t = config_setting_type(s);
	int len = config_setting_length(s);
	if (t != CONFIG_TYPE_ARRAY && t != CONFIG_TYPE_LIST) {
		problem(L, s, "\"%s\" must be a list of strings [ \"...\", ... ]", name);
		return NULL;
	}
	const char **v = store_alloc(L->c, sizeof *v * (size_t)(len ? len : 1));
	for (int i = 0; i < len; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		if (config_setting_type(e) != CONFIG_TYPE_STRING) {
			problem(L, e, "each entry of \"%s\" must be a string", name);
			return NULL;
		}
		v[(*n)++] = store_strdup(L->c, config_setting_get_string(e));
	}
	return v;
}

struct content_src load_src(struct loader *L, const config_setting_t *s)
{
	return (struct content_src){ L->file, scan_line(s) };
}

/* One citation, "ID:FIRST-LAST", "ID:LINE" or "ID: a phrase", checked
 * against the words of source ID, which meta.cfg (read first) loaded. */
static bool read_cite(struct loader *L, const config_setting_t *at, const char *text,
                      struct content_cite *out)
{
	struct content *c = L->c;
	size_t idlen = strcspn(text, ":");
	if (!text[idlen] || idlen == 0) {
		problem(L, at, "a citation is \"SOURCE:LINES\" or \"SOURCE: a phrase\", not \"%s\"", text);
		return false;
	}
	out->source = -1;
	for (size_t i = 0; i < c->nsources; i++)
		if (c->sources[i].id && strlen(c->sources[i].id) == idlen && !strncmp(c->sources[i].id, text, idlen))
			out->source = (int)i;
	if (!c->sources_read || (out->source >= 0 && !c->sources[out->source].text))
		return false; /* reported with meta.cfg or the source's file */
	if (out->source < 0) {
		problem(L, at, "the citation names no source: \"%.*s\" is not the id of a source in meta.cfg",
		        (int)idlen, text);
		return false;
	}
	const struct content_source *so = &c->sources[out->source];
	const char *rest = text + idlen + 1;
	int n = 0;
	out->src = load_src(L, at);
	if (*rest && rest[strspn(rest, "0123456789-")] == '\0') {
		int k = sscanf(rest, "%d-%d%n", &out->first, &out->last, &n);
		if (k == 1 && sscanf(rest, "%d%n", &out->first, &n) == 1)
			out->last = out->first;
		if (k < 1 || rest[n] || out->first < 1 || out->last < out->first || out->last > so->nlines) {
			problem(L, at, "lines \"%s\" are not a range within %s, which has %d lines", rest,
			        so->file, so->nlines);
			return false;
		}
		return true;
	}
	out->quote = rest + strspn(rest, " ");
	if (!passage_find(so->text, out->quote, &out->first, &out->last)) {
		problem(L, at, "the quote is not found in %s: \"%s\"", so->file, out->quote);
		return false;
	}
	return true;
}

/* A statement's optional "cite": one citation or a list of them. */
static struct content_cites get_cites(struct loader *L, const config_setting_t *g)
{
	const config_setting_t *s = config_setting_get_member(g, "cite");
	struct content_cites out = { NULL, 0 };
	size_t n = 0;
	const char **v = NULL, *one = NULL;
	if (s && config_setting_type(s) == CONFIG_TYPE_STRING) {
		one = load_str(L, g, "cite", true);
		v = &one;
		n = one != NULL;
	} else if (s) {
		v = load_strings(L, g, "cite", &n);
	}
	struct content_cite *cites = store_alloc(L->c, sizeof *cites * (n ? n : 1));
	for (size_t i = 0; v && i < n; i++) {
		const config_setting_t *at = one ? s : config_setting_get_elem(s, (unsigned)i);
		out.n += read_cite(L, at, v[i], &cites[out.n]);
	}
	out.v = cites;
	return out;
}

/* ---- reading each file ---- */

/* YYYY-MM-DD, digits only, a day that exists in that month. */
static bool valid_date(const char *s)
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9'))
			return false;
	if (s[10] != '\0')
		return false;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] + (m == 2 && leap);
}

/* A source with an id has its words in sources/ID.txt: read them, with
 * the same byte checks as any content file, for citations to be checked
 * against and shown beside the advice. */
static void read_source_text(struct loader *L, struct content_source *s, const config_setting_t *e)
{
	if (!s->id)
		return;
	if (s->id[strspn(s->id, "abcdefghijklmnopqrstuvwxyz0123456789-")] != '\0') {
		problem(L, config_setting_get_member(e, "id"),
		        "a source's \"id\" names its file: use only a-z, 0-9 and '-', not \"%s\"", s->id);
		return;
	}
	size_t n = strlen(s->id) + sizeof "sources/.txt", len = 0;
	char *file = store_alloc(L->c, n), path[4096];
	snprintf(file, n, "sources/%s.txt", s->id);
	snprintf(path, sizeof path, "%s/%s", L->c->origin, file);
	char *text = scan_read(path, CONTENT_MAX_FILE, &len, L->d);
	char *clean = text ? text_sanitize(text) : NULL;
	if (text && (!clean || strlen(text) != len || strcmp(clean, text) != 0)) {
		int line = 1;
		for (size_t at = 0; clean && at < len && text[at] == clean[at]; at++)
			line += text[at] == '\n';
		diag_add(L->d, store_strdup(L->c, path), clean ? line : 0,
		         "a source must be UTF-8 text without control characters");
	} else if (text) {
		s->file = file;
		s->text = store_strdup(L->c, text);
		s->nlines = passage_count_lines(text);
	}
	free(clean);
	free(text);
}

/* Days from 1970-01-01 to a date of the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil): no time zone, no library, no I/O. */
static long days_from_civil(long y, long m, long d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void content_date_text(int day, char buf[16])
{
	/* civil_from_days, the inverse of days_from_civil. */
	long z = day + 719468L, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(buf, 16, "%04d-%02d-%02d", (int)((yoe + era * 400 + (m <= 2)) % 10000), (int)m % 100, (int)d % 100);
}

int content_day_of(const char *date)
{
	if (!date || !valid_date(date))
		return -1;
	return (int)days_from_civil(atoi(date), atoi(date + 5), atoi(date + 8));
}

/* An element's optional "from" and "until" dates. */
static struct content_dates get_dates(struct loader *L, const config_setting_t *g)
{
	struct content_dates d = { 0, 0 };
	static const char *const names[] = { "from", "until" };
	int *slot[] = { &d.from, &d.until };
	for (int i = 0; i < 2; i++) {
		const char *v = load_str(L, g, names[i], false);
		if (v && (*slot[i] = content_day_of(v)) < 0) {
			problem(L, config_setting_get_member(g, names[i]),
			        "\"%s\" must be a date written YYYY-MM-DD, not \"%s\"", names[i], v);
			*slot[i] = 0;
		}
	}
	if (d.from && d.until && d.from > d.until) {
		problem(L, config_setting_get_member(g, "until"), "\"until\" is before \"from\"");
		d = (struct content_dates){ 0, 0 };
	}
	return d;
}

static void read_meta(struct loader *L, const config_setting_t *root)
{
	static const char *const keys[] = { "title", "reviewed", "sources", NULL };
	struct content *c = L->c;
	size_t before = L->d->n;
	load_members(L, root, keys);
	c->title = load_str(L, root, "title", true);
	c->reviewed = load_str(L, root, "reviewed", true);
	if (c->reviewed && !valid_date(c->reviewed)) {
		problem(L, config_setting_get_member(root, "reviewed"),
		        "\"reviewed\" must be a date written YYYY-MM-DD, not \"%s\"", c->reviewed);
		c->reviewed = NULL;
	}
	const config_setting_t *list;
	int n = load_list(L, root, "sources", true, &list);
	c->sources = store_alloc(c, sizeof *c->sources * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		static const char *const skeys[] = { "id", "title", "description", NULL };
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		load_members(L, e, skeys);
		c->sources[i].id = load_str(L, e, "id", false);
		c->sources[i].title = load_str(L, e, "title", true);
		c->sources[i].description = load_str(L, e, "description", false);
		read_source_text(L, &c->sources[i], e);
	}
	c->nsources = (size_t)n;
	/* Citations are checked against the sources only when meta.cfg read
	 * cleanly: a broken one would echo in every citation. */
	c->sources_read = L->d->n == before;
}

static void read_faq(struct loader *L, const config_setting_t *root)
{
	static const char *const keys[] = { "id", "question", "answer", "cite", "from", "until", NULL };
	struct content *c = L->c;
	const config_setting_t *list;
	int n = load_list(L, root, "faq", true, &list);
	c->faq = store_alloc(c, sizeof *c->faq * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_faq *f = &c->faq[i];
		load_members(L, e, keys);
		f->id = load_str(L, e, "id", true);
		f->question = load_str(L, e, "question", true);
		f->answer = load_str(L, e, "answer", true);
		f->cites = get_cites(L, e);
		f->dates = get_dates(L, e);
		f->src = load_src(L, e);
	}
	c->nfaq = (size_t)n;
}

static void read_options(struct loader *L, const config_setting_t *e, struct content_question *q)
{
	static const char *const keys[] = { "value", "label", "help", "unsure", "reach", NULL };
	const config_setting_t *list;
	int n = load_list(L, e, "options", true, &list);
	q->unsure = -1;
	if (list && n == 0)
		problem(L, list, "a question needs at least one option");
	if (n > CONTENT_MAX_OPTIONS) {
		problem(L, list, "too many options (at most %d)", CONTENT_MAX_OPTIONS);
		n = CONTENT_MAX_OPTIONS;
	}
	q->options = store_alloc(L->c, sizeof *q->options * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *o = config_setting_get_elem(list, (unsigned)i);
		struct content_option *opt = &q->options[i];
		load_members(L, o, keys);
		opt->value = load_str(L, o, "value", true);
		opt->label = load_str(L, o, "label", true);
		opt->help = load_str(L, o, "help", false);
		opt->unsure = get_bool(L, o, "unsure");
		opt->reach = load_str(L, o, "reach", false);
		opt->src = load_src(L, o);
		if (opt->unsure && q->unsure >= 0)
			problem(L, o, "only one answer of a question can be \"unsure\"");
		else if (opt->unsure)
			q->unsure = i;
	}
	q->noptions = (size_t)n;
}

/* Conditions are kept as text with their place until every name is known. */
struct pending {
	struct cond **slot;
	const char *text;
	struct content_src src;
	int criteria_limit;   /* criteria usable: those defined before */
};

/* So are references by id, resolved to indices once every id is known. */
struct ref {
	int *slot;
	const char *id;
	struct content_src src;
	bool contact;         /* a contact's id; else a FAQ entry's */
};

struct pendings {
	struct pending *v;
	size_t n, cap;
	struct ref *r;
	size_t nr, capr;
};


static void want_id(struct pendings *p, int *slot, const char *id, struct content_src src, bool contact)
{
	*slot = -1;
	if (!id)
		return;
	p->r = mem_room(p->r, &p->capr, p->nr + 1, sizeof *p->r);
	p->r[p->nr++] = (struct ref){ slot, id, src, contact };
}

/* An optional "faq" (or contact) id of g, into *slot as an index later. */
static void want_ref(struct loader *L, struct pendings *p, const config_setting_t *g, const char *name,
                     int *slot)
{
	const char *id = load_str(L, g, name, false);
	want_id(p, slot, id, id ? load_src(L, config_setting_get_member(g, name)) : load_src(L, g), false);
}

/* A list of FAQ or contact ids of g, as indices later. */
static int *want_refs(struct loader *L, struct pendings *p, const config_setting_t *g, const char *name,
                      size_t *n, bool contact)
{
	const char **ids = load_strings(L, g, name, n);
	if (!ids)
		return NULL;
	int *v = store_alloc(L->c, sizeof *v * (*n ? *n : 1));
	for (size_t i = 0; i < *n; i++)
		want_id(p, &v[i], ids[i], load_src(L, g), contact);
	return v;
}

static void want_cond(struct loader *L, struct pendings *p, const config_setting_t *g,
                      const char *name, struct cond **slot, int criteria_limit)
{
	const char *text = load_str(L, g, name, false);
	if (!text)
		return;
	p->v = mem_room(p->v, &p->cap, p->n + 1, sizeof *p->v);
	p->v[p->n++] = (struct pending){ slot, text, load_src(L, config_setting_get_member(g, name)),
	                                 criteria_limit };
}

/* A criterion's kind: a "requirement" met or not (the default), or a
 * "fact" about the person, which is neither. */
static bool get_kind(struct loader *L, const config_setting_t *e)
{
	const char *kind = load_str(L, e, "kind", false);
	if (!kind || strcmp(kind, "requirement") == 0)
		return false;
	if (strcmp(kind, "fact") != 0)
		problem(L, config_setting_get_member(e, "kind"),
		        "\"kind\" must be \"requirement\" or \"fact\", not \"%s\"", kind);
	return strcmp(kind, "fact") == 0;
}

/* Whom texts speak to, for lint: after the criteria, which they may use. */
static void read_groups(struct loader *L, const config_setting_t *root, struct pendings *p)
{
	static const char *const keys[] = { "id", "words", "when", NULL };
	struct content *c = L->c;
	const config_setting_t *list;
	int n = load_list(L, root, "groups", false, &list);
	c->groups = store_alloc(c, sizeof *c->groups * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_group *g = &c->groups[i];
		load_members(L, e, keys);
		g->id = load_str(L, e, "id", true);
		g->words = load_strings(L, e, "words", &g->nwords);
		if (!g->nwords)
			problem(L, e, "a group needs \"words\": the phrases that speak to it");
		g->src = load_src(L, e);
		if (!config_setting_get_member(e, "when"))
			problem(L, e, "missing \"when\"");
		want_cond(L, p, e, "when", &g->when, (int)c->ncriteria);
	}
	c->ngroups = (size_t)n;
}

static void read_questions(struct loader *L, const config_setting_t *root, struct pendings *p)
{
	static const char *const keys[] = { "id", "text", "help", "faq", "ask", "finder", "options", NULL };
	static const char *const rkeys[] = { "questions", "criteria", "groups", NULL };
	static const char *const ckeys[] = { "id", "when", "met", "unmet", "faq", "kind", "cite", NULL };
	struct content *c = L->c;
	const config_setting_t *list;
	load_members(L, root, rkeys);
	int n = load_list(L, root, "questions", true, &list);
	c->questions = store_alloc(c, sizeof *c->questions * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_question *q = &c->questions[i];
		load_members(L, e, keys);
		q->id = load_str(L, e, "id", true);
		q->text = load_str(L, e, "text", true);
		q->help = load_str(L, e, "help", true);
		want_ref(L, p, e, "faq", &q->faq);
		q->finder = get_bool(L, e, "finder");
		q->src = load_src(L, e);
		read_options(L, e, q);
		want_cond(L, p, e, "ask", &q->ask, 0);
	}
	c->nquestions = (size_t)n;
	n = load_list(L, root, "criteria", true, &list);
	c->criteria = store_alloc(c, sizeof *c->criteria * (size_t)(n ? n : 1));
	c->crit_conds = store_alloc(c, sizeof *c->crit_conds * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_criterion *k = &c->criteria[i];
		load_members(L, e, ckeys);
		k->id = load_str(L, e, "id", true);
		k->met = load_str(L, e, "met", true);
		k->unmet = load_str(L, e, "unmet", true);
		want_ref(L, p, e, "faq", &k->faq);
		k->fact = get_kind(L, e);
		k->cites = get_cites(L, e);
		k->src = load_src(L, e);
		if (!config_setting_get_member(e, "when"))
			problem(L, e, "missing \"when\"");
		want_cond(L, p, e, "when", &k->when, i);
	}
	c->ncriteria = (size_t)n;
	read_groups(L, root, p);
}

static struct content_note *read_notes(struct loader *L, const config_setting_t *e,
                                       struct pendings *p, size_t *count)
{
	static const char *const keys[] = { "text", "faq", "when", "suggestion", "cite", "from", "until", NULL };
	const config_setting_t *list;
	int n = load_list(L, e, "notes", false, &list);
	struct content_note *notes = store_alloc(L->c, sizeof *notes * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(list, (unsigned)i);
		struct content_note *nt = &notes[i];
		load_members(L, s, keys);
		nt->text = load_str(L, s, "text", true);
		want_ref(L, p, s, "faq", &nt->faq);
		nt->suggestion = get_bool(L, s, "suggestion");
		nt->cites = get_cites(L, s);
		nt->dates = get_dates(L, s);
		nt->src = load_src(L, s);
		want_cond(L, p, s, "when", &nt->when, (int)L->c->ncriteria);
	}
	*count = (size_t)n;
	return notes;
}

static void read_steps(struct loader *L, const config_setting_t *e, struct content_outcome *o,
                       struct pendings *p)
{
	static const char *const keys[] = { "text", "label", "months_min", "months_max", "time", "faq", "when",
		                            "suggestion", "untimed", "cite", "from", "until", NULL };
	int limit = (int)L->c->ncriteria;
	const config_setting_t *list;
	int n = load_list(L, e, "steps", true, &list);
	o->steps = store_alloc(L->c, sizeof *o->steps * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(list, (unsigned)i);
		struct content_step *st = &o->steps[i];
		load_members(L, s, keys);
		st->text = load_str(L, s, "text", true);
		st->label = load_str(L, s, "label", false);
		want_ref(L, p, s, "faq", &st->faq);
		st->time = load_str(L, s, "time", false);
		st->suggestion = get_bool(L, s, "suggestion");
		st->untimed = get_bool(L, s, "untimed");
		if (st->untimed && (st->time || config_setting_get_member(s, "months_min")))
			problem(L, s, "an \"untimed\" step has no length: leave out \"time\" and the months");
		st->cites = get_cites(L, s);
		st->dates = get_dates(L, s);
		st->months_min = st->months_max = CONTENT_MONTHS_UNKNOWN;
		bool ok = get_int(L, s, "months_min", 0, MONTHS_MAX, &st->months_min);
		ok &= get_int(L, s, "months_max", 0, MONTHS_MAX, &st->months_max);
		if (st->time && config_setting_get_member(s, "months_min"))
			problem(L, s, "give a step's length as months or as \"time\", not both");
		if (ok && st->months_max != CONTENT_MONTHS_UNKNOWN &&
		    (st->months_min == CONTENT_MONTHS_UNKNOWN || st->months_min > st->months_max))
			problem(L, s, "\"months_max\" needs a \"months_min\" no larger than it");
		st->src = load_src(L, s);
		want_cond(L, p, s, "when", &st->when, limit);
	}
	o->nsteps = (size_t)n;
	o->notes = read_notes(L, e, p, &o->nnotes);
}

static void read_outcomes(struct loader *L, const config_setting_t *root, struct pendings *p)
{
	static const char *const keys[] = { "id", "when", "headline", "summary", "rank", "steps", "notes",
		                            "faq", "contacts", "route", "total_note", "from", "until", NULL };
	static const char *const rkeys[] = { "outcomes", "notes", NULL };
	struct content *c = L->c;
	const config_setting_t *list;
	load_members(L, root, rkeys);
	c->common_notes = read_notes(L, root, p, &c->ncommon_notes);
	int n = load_list(L, root, "outcomes", true, &list);
	c->outcomes = store_alloc(c, sizeof *c->outcomes * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_outcome *o = &c->outcomes[i];
		load_members(L, e, keys);
		o->id = load_str(L, e, "id", true);
		o->headline = load_str(L, e, "headline", true);
		o->summary = load_str(L, e, "summary", true);
		o->route = load_str(L, e, "route", false);
		o->total_note = load_str(L, e, "total_note", false);
		o->rank = 0;
		get_int(L, e, "rank", 1, 1000, &o->rank);
		o->faq = want_refs(L, p, e, "faq", &o->nfaq, false);
		o->contacts = want_refs(L, p, e, "contacts", &o->ncontacts, true);
		o->dates = get_dates(L, e);
		o->src = load_src(L, e);
		if (!config_setting_get_member(e, "when"))
			problem(L, e, "missing \"when\"");
		want_cond(L, p, e, "when", &o->when, (int)c->ncriteria);
		read_steps(L, e, o, p);
	}
	c->noutcomes = (size_t)n;
}

static void read_guide(struct loader *L, const config_setting_t *root)
{
	static const char *const keys[] = { "source", "caveats", NULL };
	const config_setting_t *g = config_setting_get_member(root, "guide");
	if (!g)
		return;
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		problem(L, g, "\"guide\" must be a group { source = ...; caveats = ...; }");
		return;
	}
	load_members(L, g, keys);
	L->c->guide_source_id = load_str(L, g, "source", true);
	L->c->guide_src = load_src(L, g);
	L->c->guide_caveats = load_str(L, g, "caveats", true);
}

static void read_levels(struct loader *L, const config_setting_t *root)
{
	static const char *const keys[] = { "value", "name", "summary", "examples", "guide_examples", "cite",
		                            NULL };
	static const char *const rkeys[] = { "intro", "levels", "guide", NULL };
	struct content *c = L->c;
	const config_setting_t *list;
	load_members(L, root, rkeys);
	c->levels_intro = load_str(L, root, "intro", false);
	read_guide(L, root);
	int n = load_list(L, root, "levels", true, &list);
	c->levels = store_alloc(c, sizeof *c->levels * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_level *l = &c->levels[i];
		load_members(L, e, keys);
		l->value = load_str(L, e, "value", true);
		l->name = load_str(L, e, "name", true);
		l->summary = load_str(L, e, "summary", true);
		l->examples = load_strings(L, e, "examples", &l->nexamples);
		l->guide_examples = load_strings(L, e, "guide_examples", &l->nguide_examples);
		if (l->nguide_examples && !c->guide_source_id)
			problem(L, config_setting_get_member(e, "guide_examples"),
			        "\"guide_examples\" need a \"guide\" naming their source");
		l->cites = get_cites(L, e);
		l->src = load_src(L, e);
	}
	c->nlevels = (size_t)n;
}

static void read_contacts(struct loader *L, const config_setting_t *root)
{
	static const char *const keys[] = { "id", "name", "about", "email", "phone", "from", "until", NULL };
	struct content *c = L->c;
	const config_setting_t *list;
	int n = load_list(L, root, "contacts", true, &list);
	c->contacts = store_alloc(c, sizeof *c->contacts * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(list, (unsigned)i);
		struct content_contact *k = &c->contacts[i];
		load_members(L, e, keys);
		k->id = load_str(L, e, "id", true);
		k->name = load_str(L, e, "name", true);
		k->about = load_str(L, e, "about", false);
		k->email = load_str(L, e, "email", false);
		k->phone = load_str(L, e, "phone", false);
		if (!k->email && !k->phone && !k->about)
			problem(L, e, "a contact needs an email, a phone number or \"about\" text");
		k->dates = get_dates(L, e);
		k->src = load_src(L, e);
	}
	c->ncontacts = (size_t)n;
}

/* Scenario files are read after the questions are known. */
static void read_scenario(struct loader *L, const config_setting_t *root, const char *name)
{
	static const char *const keys[] = { "name", "description", "answers", "expect", NULL };
	struct content *c = L->c;
	struct content_scenario *s = &c->scenarios[c->nscenarios++];
	load_members(L, root, keys);
	char *id = store_strdup(c, name + strlen("scenarios/"));
	id[strcspn(id, ".")] = '\0';
	s->id = id;
	s->name = load_str(L, root, "name", true);
	s->description = load_str(L, root, "description", true);
	s->expect = load_str(L, root, "expect", true);
	s->src = (struct content_src){ L->file, 1 };
	s->answers = store_alloc(c, sizeof *s->answers * (c->nquestions ? c->nquestions : 1));
	content_answers_from(c, root, s->answers, L->file, L->d);
}

/* ---- files ---- */

struct load_ctx {
	struct loader L;
	void (*read)(struct loader *, const config_setting_t *, void *);
	void *arg;
};

static void read_root(void *ctx, const config_setting_t *root)
{
	struct load_ctx *k = ctx;
	k->read(&k->L, root, k->arg);
}

struct loaded load_file(struct content *c, const char *name, struct diags *d,
                               void (*read)(struct loader *, const config_setting_t *, void *), void *arg)
{
	size_t n = strlen(c->origin) + strlen(name) + 2, before = d->n;
	char *report = store_alloc(c, n);
	snprintf(report, n, "%s/%s", c->origin, name);
	struct load_ctx k = { { c, d, report }, read, arg };
	bool parsed = scan_parse(report, CONTENT_MAX_FILE, d, read_root, &k);
	return (struct loaded){ parsed, parsed && d->n == before };
}

#define READER(fn) \
	static void fn##_cb(struct loader *L, const config_setting_t *r, void *arg) \
	{ \
		(void)arg; \
		fn(L, r); \
	}
READER(read_meta)
READER(read_faq)
READER(read_levels)
READER(read_contacts)

static void read_questions_cb(struct loader *L, const config_setting_t *r, void *arg)
{
	read_questions(L, r, arg);
}

static void read_outcomes_cb(struct loader *L, const config_setting_t *r, void *arg)
{
	read_outcomes(L, r, arg);
}

static void read_scenario_cb(struct loader *L, const config_setting_t *r, void *arg)
{
	read_scenario(L, r, arg);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The scenario file names ("scenarios/x.cfg"), sorted; NULL-terminated. */
static char **scenario_names(struct content *c, const char *dir, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	*n = 0;
	size_t len = strlen(dir) + sizeof "/scenarios";
	char *path = store_alloc(c, len);
	snprintf(path, len, "%s/scenarios", dir);
	DIR *dh = opendir(path);
	if (!dh)
		return NULL; /* scenarios are optional */
	struct dirent *de;
	while ((de = readdir(dh))) {
		char name[300];
		size_t l = strlen(de->d_name);
		if (l < 5 || l > 250 || strcmp(de->d_name + l - 4, ".cfg") != 0 || de->d_name[0] == '.')
			continue;
		snprintf(name, sizeof name, "scenarios/%s", de->d_name);
		v = mem_room(v, &cap, *n + 1, sizeof *v);
		v[(*n)++] = store_strdup(c, name);
	}
	closedir(dh);
	if (v)
		qsort(v, *n, sizeof *v, cmp_str);
	return v;
}

/* ---- names, for the condition parser ---- */

struct names_ctx {
	const struct content *c;
	int criteria_limit;
};

static int name_question(void *ctx, const char *id)
{
	return content_question_index(((struct names_ctx *)ctx)->c, id);
}

static int name_value(void *ctx, int q, const char *value)
{
	return content_option_index(content_question(((struct names_ctx *)ctx)->c, (size_t)q), value);
}

static int name_criterion(void *ctx, const char *id)
{
	const struct names_ctx *n = ctx;
	for (int i = 0; i < n->criteria_limit; i++)
		if (n->c->criteria[i].id && strcmp(n->c->criteria[i].id, id) == 0)
			return i;
	return -1;
}

static void parse_pending(struct content *c, struct pendings *p, struct diags *d)
{
	struct names_ctx ctx = { c, 0 };
	struct cond_names names = { &ctx, name_question, name_value, name_criterion };
	for (size_t i = 0; i < p->n; i++) {
		ctx.criteria_limit = p->v[i].criteria_limit;
		*p->v[i].slot = cond_parse(p->v[i].text, &names, p->v[i].src.file, p->v[i].src.line, d);
	}
}

/* ---- checks across files ---- */

/* By id, then by place: the first of equal ids comes first. */
static int cmp_id_ref(const void *a, const void *b)
{
	const struct id_ref *x = a, *y = b;
	int r = strcmp(x->id, y->id);
	return r ? r : (x->i > y->i) - (x->i < y->i);
}

/* A duplicate id: where it is, and the line of the first with that id. */
struct dup {
	struct id_ref at;
	int first_line;
};

static int cmp_dup(const void *a, const void *b)
{
	const struct dup *x = a, *y = b;
	return (x->at.i > y->at.i) - (x->at.i < y->at.i);
}

/* The non-NULL ids of arr[0..n) (member field), sorted by cmp_id_ref, into
 * out (room for n); how many into nout. */
#define SORT_IDS(out, nout, arr, n, field) \
	do { \
		(nout) = 0; \
		for (size_t i_ = 0; i_ < (n); i_++) \
			if ((arr)[i_].field) \
				(out)[(nout)++] = (struct id_ref){ (arr)[i_].field, i_, (arr)[i_].src }; \
		qsort((out), (nout), sizeof *(out), cmp_id_ref); \
	} while (0)


/* Report each id that repeats an earlier one, in the order they appear,
 * naming the line of the first.  v is sorted by cmp_id_ref.  Sorting, not
 * comparing every pair: a FAQ may have thousands of entries. */
static void report_duplicates(struct diags *d, const struct id_ref *v, size_t n, const char *what)
{
	struct dup *dup = NULL;
	size_t ndup = 0, first = 0;
	for (size_t k = 1; k < n; k++) {
		if (strcmp(v[k].id, v[first].id) != 0) {
			first = k;
			continue;
		}
		if (!dup)
			dup = mem_alloc(n * sizeof *dup);
		dup[ndup++] = (struct dup){ v[k], v[first].src.line };
	}
	if (ndup)
		qsort(dup, ndup, sizeof *dup, cmp_dup);
	for (size_t k = 0; k < ndup; k++)
		diag_add(d, dup[k].at.src.file, dup[k].at.src.line, "duplicate %s \"%s\" (first defined at line %d)",
		         what, dup[k].at.id, dup[k].first_line);
	free(dup);
}

#define CHECK_UNIQUE(d, arr, n, field, what) \
	do { \
		struct id_ref *v_ = mem_alloc((n) * sizeof *v_); \
		size_t nv_; \
		SORT_IDS(v_, nv_, arr, n, field); \
		report_duplicates(d, v_, nv_, what); \
		free(v_); \
	} while (0)

/* The first element with this id in v (sorted by cmp_id_ref), or -1. */
static int find_id(const struct id_ref *v, size_t n, const char *id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(v[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(v[lo].id, id) == 0 ? (int)v[lo].i : -1;
}

/* Which files loaded cleanly: a reference into a file that did not is not
 * checked, or one broken file would echo through all the others. */
struct clean_files {
	bool meta, faq, questions, outcomes, levels, contacts;
};

/* Every FAQ and contact reference becomes the index of what it names. */
static void resolve_refs(struct content *c, const struct pendings *p, const struct clean_files *ok,
                         struct diags *d)
{
	for (size_t i = 0; i < p->nr; i++) {
		const struct ref *r = &p->r[i];
		*r->slot = r->contact ? content_contact_index(c, r->id) : content_faq_index(c, r->id);
		if (*r->slot < 0 && (r->contact ? ok->contacts : ok->faq))
			diag_add(d, r->src.file, r->src.line, "unknown %s \"%s\"", r->contact ? "contact" : "FAQ entry",
			         r->id);
	}
}

struct ask_order {
	const struct content *c;
	size_t q;
	struct diags *d;
};

static void ask_names(void *ctx, int q)
{
	struct ask_order *a = ctx;
	const struct content_question *self = &a->c->questions[a->q];
	if (q >= 0 && (size_t)q >= a->q)
		diag_add(a->d, self->src.file, self->src.line,
		         "question \"%s\" depends on \"%s\", which is asked %s it; "
		         "a condition can use only earlier questions",
		         self->id, a->c->questions[q].id, (size_t)q == a->q ? "as" : "after");
}

static void check_ask_order(const struct content *c, size_t i, struct diags *d)
{
	struct ask_order a = { c, i, d };
	cond_each_question(c->questions[i].ask, ask_names, &a);
}

/* Before any name is looked up: with two equal ids every lookup finds the
 * first, and the real problem would hide behind its consequences. */
static void check_unique(struct content *c, struct diags *d)
{
	/* The sorted FAQ and question ids stay, for lookups by id. */
	c->faq_ids = store_alloc(c, sizeof *c->faq_ids * (c->nfaq ? c->nfaq : 1));
	SORT_IDS(c->faq_ids, c->nfaq_ids, c->faq, c->nfaq, id);
	report_duplicates(d, c->faq_ids, c->nfaq_ids, "FAQ id");
	c->question_ids = store_alloc(c, sizeof *c->question_ids * (c->nquestions ? c->nquestions : 1));
	SORT_IDS(c->question_ids, c->nquestion_ids, c->questions, c->nquestions, id);
	report_duplicates(d, c->question_ids, c->nquestion_ids, "question id");
	CHECK_UNIQUE(d, c->criteria, c->ncriteria, id, "criterion id");
	CHECK_UNIQUE(d, c->outcomes, c->noutcomes, id, "outcome id");
	CHECK_UNIQUE(d, c->contacts, c->ncontacts, id, "contact id");
	CHECK_UNIQUE(d, c->levels, c->nlevels, value, "level value");
	for (size_t i = 0; i < c->nquestions; i++)
		CHECK_UNIQUE(d, c->questions[i].options, c->questions[i].noptions, value, "option value");
}

static void check_refs(struct content *c, const struct clean_files *ok, struct diags *d)
{
	int finder = -1;
	for (size_t i = 0; i < c->nquestions; i++) {
		const struct content_question *q = &c->questions[i];
		if (q->finder && finder >= 0)
			diag_add(d, q->src.file, q->src.line,
			         "only one question can offer the qualification finder");
		if (q->finder)
			finder = (int)i;
	}
	for (size_t i = 0; ok->questions && ok->levels && i < c->nlevels; i++) {
		struct content_level *l = &c->levels[i];
		l->option = finder >= 0 && l->value ? content_option_index(&c->questions[finder], l->value) : -1;
		if (finder < 0 && i == 0)
			diag_add(d, l->src.file, l->src.line,
			         "levels are listed but no question has \"finder = true\"");
		else if (finder >= 0 && l->value && l->option < 0)
			diag_add(d, l->src.file, l->src.line, "\"%s\" is not an option of question \"%s\"",
			         l->value, c->questions[finder].id);
	}
	for (size_t i = 0; c->guide_source_id && i < c->nsources; i++)
		if (c->sources[i].id && strcmp(c->sources[i].id, c->guide_source_id) == 0)
			c->guide_source = (int)i;
	if (ok->meta && c->guide_source_id && c->guide_source < 0)
		diag_add(d, c->guide_src.file, c->guide_src.line,
		         "the guide's source \"%s\" is not a source id in meta.cfg", c->guide_source_id);
	for (size_t i = 0; i < c->nscenarios; i++) {
		const struct content_scenario *s = &c->scenarios[i];
		if (ok->outcomes && s->expect && content_outcome_index(c, s->expect) < 0)
			diag_add(d, s->src.file, s->src.line, "unknown outcome \"%s\" in \"expect\"", s->expect);
	}
	/* A question's ask condition may depend only on questions before it,
	 * so the flow is decided in one pass. */
	for (size_t i = 0; i < c->nquestions; i++)
		check_ask_order(c, i, d);
}

struct content *content_load(const char *dir, struct diags *d)
{
	size_t start = d->n;
	struct content *c = calloc(1, sizeof *c);
	if (!c) {
		diag_add(d, dir, 0, "out of memory");
		return NULL;
	}
	c->origin = store_strdup(c, dir);
	c->guide_source = -1;
	struct pendings p = { 0 };
	struct clean_files ok;
	ok.meta = load_file(c, "meta.cfg", d, read_meta_cb, NULL).clean;
	ok.faq = load_file(c, "faq.cfg", d, read_faq_cb, NULL).clean;
	struct loaded q = load_file(c, "questions.cfg", d, read_questions_cb, &p);
	ok.questions = q.clean;
	ok.outcomes = load_file(c, "outcomes.cfg", d, read_outcomes_cb, &p).clean;
	ok.levels = load_file(c, "levels.cfg", d, read_levels_cb, NULL).clean;
	ok.contacts = load_file(c, "contacts.cfg", d, read_contacts_cb, NULL).clean;
	bool questions = q.parsed;
	check_unique(c, d);
	/* Without the questions every condition and answer would be "unknown":
	 * one real problem buried under dozens of echoes.  Report it alone. */
	size_t n = 0;
	char **names = NULL;
	if (questions) {
		parse_pending(c, &p, d);
		resolve_refs(c, &p, &ok, d);
		names = scenario_names(c, dir, &n);
	}
	free(p.v);
	free(p.r);
	c->scenarios = store_alloc(c, sizeof *c->scenarios * (n ? n : 1));
	for (size_t i = 0; i < n; i++)
		load_file(c, names[i], d, read_scenario_cb, names[i]);
	free(names);
	if (c->nquestions == 0 && d->n == start)
		diag_add(d, c->origin, 0, "no questions");
	if (c->noutcomes == 0 && d->n == start)
		diag_add(d, c->origin, 0, "no outcomes");
	if (questions)
		check_refs(c, &ok, d);
	for (size_t i = 0; i < c->ncriteria; i++)
		c->crit_conds[i] = c->criteria[i].when;
	/* The translation only over English that loaded cleanly: every
	 * problem of the English would echo in it. */
	if (d->n == start && translation_present(dir))
		translation_read(c, d);
	if (d->n != start) {
		content_free(c);
		return NULL;
	}
	return c;
}

void content_free(struct content *c)
{
	/* A translation, and a view of one, belong to their English. */
	if (!c || c->tr_of)
		return;
	if (c->base) {
		free(c->tr);
		free(c);
		return;
	}
	if (c->frozen)
		return;
	for (size_t i = 0; i < c->nquestions; i++)
		cond_free(c->questions[i].ask);
	for (size_t i = 0; i < c->ncriteria; i++)
		cond_free(c->criteria[i].when);
	for (size_t i = 0; i < c->noutcomes; i++) {
		struct content_outcome *o = &c->outcomes[i];
		cond_free(o->when);
		for (size_t k = 0; k < o->nsteps; k++)
			cond_free(o->steps[k].when);
		for (size_t k = 0; k < o->nnotes; k++)
			cond_free(o->notes[k].when);
	}
	for (size_t k = 0; k < c->ncommon_notes; k++)
		cond_free(c->common_notes[k].when);
	for (size_t k = 0; k < c->ngroups; k++)
		cond_free(c->groups[k].when);
	while (c->arena) {
		struct arena_block *next = c->arena->next;
		free(c->arena);
		c->arena = next;
	}
	free(c);
}

/* ---- views of one day ---- */

static struct content *view_of(const struct content *c, int day)
{
	struct content *v = mem_alloc(sizeof *v);
	*v = *c;
	v->base = c->base ? c->base : c;
	v->dated = true;
	v->day = day;
	return v;
}

/* A view of the English has a view of its translation, of the same day. */
struct content *content_on(const struct content *c, int day)
{
	struct content *v = view_of(c, day);
	if (c->tr) {
		v->tr = view_of(c->tr, day);
		v->tr->tr_of = v;
	}
	return v;
}

bool content_current(const struct content *c, struct content_dates d)
{
	return !c->dated || ((!d.from || c->day >= d.from) && (!d.until || c->day <= d.until));
}

const struct content *content_base(const struct content *c)
{
	return c->base ? c->base : c;
}

int content_day(const struct content *c)
{
	return c->dated ? c->day : -1;
}

/* ---- accessors ---- */

#define FIND(arr, n, field, key) \
	for (size_t i_ = 0; i_ < (n); i_++) \
		if ((arr)[i_].field && strcmp((arr)[i_].field, (key)) == 0) \
			return (int)i_; \
	return -1;

const char *content_origin(const struct content *c) { return c->origin; }
const char *content_lang(const struct content *c) { return c->lang ? c->lang : "en"; }
const char *content_notice(const struct content *c) { return c->notice; }
const struct content *content_in(const struct content *c, const char *lang)
{
	if (strcmp(lang, content_lang(c)) == 0)
		return c;
	const struct content *en = c->tr_of ? c->tr_of : c;
	if (strcmp(lang, "en") == 0)
		return en;
	return en->tr && strcmp(lang, content_lang(en->tr)) == 0 ? en->tr : NULL;
}
const char *content_title(const struct content *c) { return c->title; }
const char *content_reviewed(const struct content *c) { return c->reviewed; }
size_t content_nsources(const struct content *c) { return c->nsources; }
const struct content_source *content_source(const struct content *c, size_t i) { return &c->sources[i]; }
const char *content_passage(const struct content *c, const struct content_cite *cite, size_t *len)
{
	return passage_lines(c->sources[cite->source].text, cite->first, cite->last, len);
}
size_t content_nquestions(const struct content *c) { return c->nquestions; }
const struct content_question *content_question(const struct content *c, size_t i) { return &c->questions[i]; }
int content_question_index(const struct content *c, const char *id)
{
	return find_id(c->question_ids, c->nquestion_ids, id);
}
int content_option_index(const struct content_question *q, const char *v) { FIND(q->options, q->noptions, value, v) }
size_t content_ncriteria(const struct content *c) { return c->ncriteria; }
const struct content_criterion *content_criterion(const struct content *c, size_t i) { return &c->criteria[i]; }
const struct cond *const *content_criteria_conds(const struct content *c) { return c->crit_conds; }
size_t content_noutcomes(const struct content *c) { return c->noutcomes; }
const struct content_outcome *content_outcome(const struct content *c, size_t i) { return &c->outcomes[i]; }
int content_outcome_index(const struct content *c, const char *id) { FIND(c->outcomes, c->noutcomes, id, id) }
size_t content_ncommon_notes(const struct content *c) { return c->ncommon_notes; }
const struct content_note *content_common_notes(const struct content *c) { return c->common_notes; }
size_t content_nfaq(const struct content *c) { return c->nfaq; }
const struct content_faq *content_faq(const struct content *c, size_t i) { return &c->faq[i]; }
int content_faq_index(const struct content *c, const char *id)
{
	return find_id(c->faq_ids, c->nfaq_ids, id);
}
size_t content_nlevels(const struct content *c) { return c->nlevels; }
const struct content_level *content_level(const struct content *c, size_t i) { return &c->levels[i]; }
const char *content_levels_intro(const struct content *c) { return c->levels_intro; }
struct content_levels_guide content_levels_guide(const struct content *c)
{
	return (struct content_levels_guide){ c->guide_source >= 0 ? &c->sources[c->guide_source] : NULL,
		                              c->guide_caveats };
}
size_t content_ngroups(const struct content *c) { return c->ngroups; }
const struct content_group *content_group(const struct content *c, size_t i) { return &c->groups[i]; }
size_t content_ncontacts(const struct content *c) { return c->ncontacts; }
const struct content_contact *content_contact(const struct content *c, size_t i) { return &c->contacts[i]; }
int content_contact_index(const struct content *c, const char *id) { FIND(c->contacts, c->ncontacts, id, id) }
size_t content_nscenarios(const struct content *c) { return c->nscenarios; }
const struct content_scenario *content_scenario(const struct content *c, size_t i) { return &c->scenarios[i]; }
