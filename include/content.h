/*
 * content: the content store.  Loads the libconfig files of a content
 * directory (or the copy built into the program), checks every field, and
 * hands out read-only views of what it holds.
 *
 * Loading never trusts a file: it refuses anything that is not a regular
 * file or is larger than CONTENT_MAX_FILE, and before libconfig sees a byte
 * it rejects NUL bytes, invalid UTF-8, raw control characters, escapes that
 * would smuggle them in, @include, and numbers libconfig 1.5 would wrap.
 * Every problem is reported as file:line and loading goes on to find the
 * rest.  References by id (FAQ entries, contacts) are resolved at load to
 * indices, so no reader looks anything up by string.  The store is opaque; the element structs below are open and
 * read-only, and live as long as the store.
 */
#ifndef PA_CONTENT_H
#define PA_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

#include "cond.h"
#include "diag.h"

#define CONTENT_MAX_FILE (1024 * 1024)
#define CONTENT_MAX_OPTIONS 32
#define CONTENT_MONTHS_UNKNOWN (-1)

/* Where an element was defined, for later checks that report it. */
struct content_src {
	const char *file;
	int line;
};

/* When an element is current: an intake announced, a phone line that
 * changes.  Days since 1970-01-01, both included; 0: open at that end. */
struct content_dates {
	int from, until;
};

struct content_source {        /* a source document the facts come from */
	const char *id;              /* for references (levels.cfg's guide), or NULL */
	const char *title, *description;
	const char *file;            /* "sources/ID.txt", the document's words, or NULL */
	const char *text;            /* that file's text, as shipped; NULL without an id */
	int nlines;                  /* its lines */
};

/* Where a statement's words come from: lines of a source document, found
 * from a line range or from a phrase that must be found there. */
struct content_cite {
	int source;                  /* index of the source document */
	int first, last;             /* its lines, 1-based: the range, or the lines the quote spans */
	const char *quote;           /* the phrase quoted, or NULL for a line range */
	struct content_src src;
};

struct content_cites {          /* every citation of one statement */
	const struct content_cite *v;
	size_t n;
};

struct content_option {
	const char *value, *label, *help;
	bool unsure;                 /* the answer of a person who cannot tell ("I don't know") */
	const char *reach;           /* what it takes to come to this answer by one's own
	                              * effort ("finish the module, about 200 hours of
	                              * study"), or NULL: not a change a person can make */
	struct content_src src;
};

struct content_question {
	const char *id, *text, *help;
	int faq;                     /* the FAQ entry that explains it, or -1 */
	bool finder;                 /* offer the qualification finder */
	int unsure;                  /* the option marked "unsure", or -1 */
	struct cond *ask;            /* asked only when this holds; NULL = always */
	struct content_option *options;
	size_t noptions;
	struct content_src src;
};

struct content_criterion {
	const char *id, *met, *unmet;
	int faq;                     /* the FAQ entry it comes from, or -1 */
	bool fact;                   /* a fact about the person, not a requirement met or not */
	struct cond *when;
	struct content_cites cites;  /* the passages it rests on */
	struct content_src src;
};

struct content_step {
	const char *text;
	const char *label;           /* its name on the timeline ("Level 5 course"), or NULL: not on it */
	int faq;                     /* the FAQ entry on it, or -1 */
	int months_min, months_max;  /* CONTENT_MONTHS_UNKNOWN when not stated */
	const char *time;            /* a length not in months ("about 200 hours"), or NULL */
	bool untimed;                /* no length by nature ("look it up"): no "Time" shown */
	bool suggestion;             /* the advisor's own suggestion, not the documents' */
	struct cond *when;           /* shown only when this holds; NULL = always */
	struct content_cites cites;  /* the passages it rests on */
	struct content_dates dates;
	struct content_src src;
};

struct content_note {           /* one of the "things to know" */
	const char *text;
	int faq;                     /* the FAQ entry on it, or -1 */
	bool suggestion;             /* the advisor's own suggestion, not the documents' */
	struct cond *when;
	struct content_cites cites;  /* the passages it rests on */
	struct content_dates dates;
	struct content_src src;
};

struct content_outcome {
	const char *id, *headline, *summary;
	const char *route;           /* the route's name, for browsing; NULL: the headline */
	const char *total_note;      /* what the estimated total assumes, or NULL */
	int rank;                    /* how near to qualifying: 1 nearest; 0 not ranked */
	struct cond *when;
	struct content_step *steps;
	size_t nsteps;
	struct content_note *notes;
	size_t nnotes;
	const int *faq;              /* related FAQ entries, by index */
	size_t nfaq;
	const int *contacts;         /* contacts, by index */
	size_t ncontacts;
	struct content_dates dates;
	struct content_src src;
};

struct content_faq {
	const char *id, *question, *answer;
	struct content_cites cites;  /* the passages the answer rests on */
	struct content_dates dates;
	struct content_src src;
};

struct content_level {          /* a row of the qualification finder */
	const char *value;           /* an option value of the finder question */
	int option;                  /* that option's index, resolved at load */
	const char *name, *summary;
	const char **examples;
	size_t nexamples;
	const char **guide_examples; /* from the general guide (content_levels_guide) */
	size_t nguide_examples;
	struct content_cites cites;  /* the passages the examples and guide_examples come from */
	struct content_src src;
};

/* The secondary source of the finder's guide_examples, and its caveats. */
struct content_levels_guide {
	const struct content_source *source;  /* NULL: no guide examples */
	const char *caveats;
};

/* Who a text speaks to: text holding one of the words must be shown only
 * where "when" holds (checked by lint over every path). */
struct content_group {
	const char *id;
	const char **words;
	size_t nwords;
	struct cond *when;
	struct content_src src;
};

struct content_contact {
	const char *id, *name, *about;
	const char *email, *phone;   /* either may be NULL */
	struct content_dates dates;
	struct content_src src;
};

struct content_scenario {       /* an example person: answers and the outcome expected */
	const char *id, *name, *description, *expect;
	int *answers;                /* one slot per question, COND_UNSET if not given */
	struct content_src src;
};

struct content;

/* Load the content directory DIR.  Returns NULL and adds problems to d
 * when anything is wrong; never prints. */
struct content *content_load(const char *dir, struct diags *d);
/* The content built into the program: content/ as it was at build time,
 * loaded and checked then by content_load (tools/pack) and compiled into
 * static data, so starting costs no parsing.  content_free on it does
 * nothing. */
struct content *content_builtin(void);
void content_free(struct content *c);
/* The content directory dir, or the built-in content when dir is NULL
 * (inline: tools/pack, which makes the built-in content, links without it). */
static inline struct content *content_open(const char *dir, struct diags *d)
{
	return dir ? content_load(dir, d) : content_builtin();
}

/* The content as it is on day (days since 1970-01-01): a view of c (the
 * English, with a view of its translation), which must outlive it, in which only the steps, notes, contacts, FAQ entries
 * and outcomes current on that day count (content_current); freed with
 * content_free, which leaves c alone.  Without a view every element is
 * current. */
struct content *content_on(const struct content *c, int day);
bool content_current(const struct content *c, struct content_dates d);
/* What a view is of (c itself when c is no view). */
const struct content *content_base(const struct content *c);
/* The day of a view, or -1 for content seen whole. */
int content_day(const struct content *c);
/* Days since 1970-01-01 of a date written YYYY-MM-DD, or -1 if it is not one. */
int content_day_of(const char *date);
/* The day as YYYY-MM-DD. */
void content_date_text(int day, char buf[16]);

/* ---- languages ----
 * The content's own text is English.  Its Welsh, when DIR/cy/ has it, is
 * a second store of the same elements in the same order with the same
 * conditions, references and months, so an index, an answer or a plan's
 * choices mean the same in both: only the words differ. */

/* The language of c's text: "en", or "cy" for the Welsh. */
const char *content_lang(const struct content *c);
/* c in language lang ("en" or "cy"): c itself, its translation, or what a
 * translation translates; NULL when the content has no text in lang.  The
 * result lives as long as c's English, which frees both. */
const struct content *content_in(const struct content *c, const char *lang);
/* A translation no speaker of its language has reviewed yet says so in
 * both languages: that notice, or NULL. */
const char *content_notice(const struct content *c);

/* Where the content came from: the directory, or "(built-in)". */
const char *content_origin(const struct content *c);
const char *content_title(const struct content *c);
const char *content_reviewed(const struct content *c); /* YYYY-MM-DD */
size_t content_nsources(const struct content *c);
const struct content_source *content_source(const struct content *c, size_t i);

/* The lines of source document s that cite names, from the start of its
 * first line to the end of its last (no final newline); *len its bytes. */
const char *content_passage(const struct content *c, const struct content_cite *cite, size_t *len);

size_t content_nquestions(const struct content *c);
const struct content_question *content_question(const struct content *c, size_t i);
int content_question_index(const struct content *c, const char *id);
int content_option_index(const struct content_question *q, const char *value);

size_t content_ncriteria(const struct content *c);
const struct content_criterion *content_criterion(const struct content *c, size_t i);
/* The criteria's conditions, indexed like content_criterion, for cond_env. */
const struct cond *const *content_criteria_conds(const struct content *c);

size_t content_noutcomes(const struct content *c);
const struct content_outcome *content_outcome(const struct content *c, size_t i);
int content_outcome_index(const struct content *c, const char *id);

/* Things to know shown with every outcome, after the outcome's own. */
size_t content_ncommon_notes(const struct content *c);
const struct content_note *content_common_notes(const struct content *c);

size_t content_nfaq(const struct content *c);
const struct content_faq *content_faq(const struct content *c, size_t i);
int content_faq_index(const struct content *c, const char *id);

size_t content_nlevels(const struct content *c);
const struct content_level *content_level(const struct content *c, size_t i);
/* What the levels are and which the PQiP needs (levels.cfg's intro); NULL: none. */
const char *content_levels_intro(const struct content *c);
struct content_levels_guide content_levels_guide(const struct content *c);

size_t content_ngroups(const struct content *c);
const struct content_group *content_group(const struct content *c, size_t i);

size_t content_ncontacts(const struct content *c);
const struct content_contact *content_contact(const struct content *c, size_t i);
int content_contact_index(const struct content *c, const char *id);

size_t content_nscenarios(const struct content *c);
const struct content_scenario *content_scenario(const struct content *c, size_t i);

/* Parse "KEY=VALUE" into answers[] (one slot per question).  Unknown keys or
 * values add a problem naming them, at file:line when given. */
bool content_parse_answer(const struct content *c, const char *kv, int *answers,
                          const char *file, int line, struct diags *d);
/* Read an answers file (libconfig: answers = [ "key=value", ... ];) into
 * answers[], with the same checks as content files.  */
bool content_read_answers(const struct content *c, const char *path, int *answers,
                          struct diags *d);

#endif
