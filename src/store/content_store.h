/*
 * The content store's layout, shared by content.c, which fills it from
 * files, and the built-in content, which tools/pack writes out as static
 * C data from the same store.  Nothing else may look inside.
 */
#ifndef PA_CONTENT_STORE_H
#define PA_CONTENT_STORE_H

#include <stddef.h>

#include "content.h"

/* Everything but the parsed conditions lives in one arena, freed at once. */
struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

/* An element's id and where it is, for finding duplicates and lookups. */
struct id_ref {
	const char *id;
	size_t i;                /* index in its array */
	struct content_src src;
};

struct content {
	bool frozen;             /* static data built into the program: never freed */
	const struct content *base; /* a view (content_on) of base; never packed */
	bool dated;              /* a view of one day: only what is current then counts */
	int day;
	struct arena_block *arena;
	const char *origin, *title, *reviewed;
	struct content_source *sources;
	size_t nsources;
	bool sources_read;       /* meta.cfg read: citations can be checked (never packed) */
	struct content_question *questions;
	size_t nquestions;
	struct content_criterion *criteria;
	size_t ncriteria;
	const struct cond **crit_conds;
	struct content_outcome *outcomes;
	size_t noutcomes;
	struct content_note *common_notes;
	size_t ncommon_notes;
	struct content_faq *faq;
	size_t nfaq;
	struct content_level *levels;
	size_t nlevels;
	const char *levels_intro;  /* levels.cfg's intro; NULL: none */
	const char *guide_source_id, *guide_caveats;  /* levels.cfg's guide */
	int guide_source;        /* the source it names, resolved at load; -1 none */
	struct content_src guide_src;
	struct content_group *groups;
	size_t ngroups;
	struct content_contact *contacts;
	size_t ncontacts;
	struct content_scenario *scenarios;
	size_t nscenarios;
	/* The FAQ and question ids sorted, for lookups by id: a content set
	 * may hold thousands of FAQ entries.  Set by check_unique, which every
	 * load runs before any lookup by id. */
	struct id_ref *faq_ids, *question_ids;
	size_t nfaq_ids, nquestion_ids;
};

#endif
