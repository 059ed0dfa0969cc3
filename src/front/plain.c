/*
 * plain: the advisor line by line on stdin/stdout, for screen readers,
 * braille displays, TERM=dumb and pipes.  Numbered choices; "?" explains,
 * "f" finds a qualification's level (the qualification finder, for the
 * question that offers it), "b" goes back, "r" reviews and changes
 * answers, "c CODE" brings back the answers of a resume code, "q" quits,
 * "cy" or "en" switches the language; at the result, a letter each for
 * what the full screen has there ("p" prints where the administrator named
 * a printer); anything else asks again; end of input ends the session
 * cleanly, and so does a signal
 * that ends the program (the answers are wiped first).
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lang.h"
#include "mem.h"
#include "plan.h"
#include "plan_save.h"
#include "print.h"
#include "resume.h"
#include "session.h"
#include "text.h"

#define WIDTH 78

enum reply { REPLY_ANSWERED, REPLY_BACK, REPLY_REVIEW, REPLY_QUIT, REPLY_KEEP, REPLY_EOF, REPLY_CODE, REPLY_NONE };

struct plain {
	struct session *s;
	char *line;
	size_t cap;
	bool told;         /* the keys of a question were said in full */
	bool printed;      /* the plan of this result was printed */
};

static void say(const char *text)
{
	plan_put(stdout, WIDTH, "", 0, text);
}

/* How to switch to the other language: "cy" or "en" at a question or at
 * the result. */
static void say_switch(void)
{
	char line[200];
	const char *other = lang_other(lang_current());
	snprintf(line, sizeof line, _("Type \"%s\" at a question or at the result to switch to %s."), other,
	         lang_name(other));
	say(line);
}

/* What the person can type at a question, in full the first time, then
 * short, the keys quoted: read aloud, "b" is a key where b alone is a
 * letter.  Whole sentences, one for each case, to translate. */
static const char *question_keys(bool full, bool finder, bool review)
{
	static const char *const keys[2][2][2] = {
		{ { N_("A number, or \"?\" explain, \"b\" back, \"r\" review, \"q\" quit."),
		    N_("A number, or \"?\" explain.") },
		  { N_("A number, or \"?\" explain, \"f\" find, \"b\" back, \"r\" review, \"q\" quit."),
		    N_("A number, or \"?\" explain, \"f\" find.") } },
		{ { N_("Type the number of your answer and press Enter, or \"?\" to explain the question, \"b\" to go "
		       "back, \"r\" to review your answers, \"q\" to quit."),
		    N_("Type the number of your answer and press Enter, or \"?\" to explain the question.") },
		  { N_("Type the number of your answer and press Enter, or \"?\" to explain the question, \"f\" to find "
		       "your qualification, \"b\" to go back, \"r\" to review your answers, \"q\" to quit."),
		    N_("Type the number of your answer and press Enter, or \"?\" to explain the question, \"f\" to find "
		       "your qualification.") } },
	};
	return _(keys[full][finder][review]);
}

static void set_bye(void);

/* "cy" or "en" typed at a question or at the result: speak that language
 * from now on, the answers kept; the caller asks again, in it. */
static bool switched(struct plain *pl)
{
	const char *l = lang_known(pl->line);
	if (!l || strcmp(l, lang_current()) == 0)
		return false;
	const struct content *c = content_in(pl->s->c, l);
	if (!c) {
		say(_("This content has no Welsh: it is shown in English only."));
		return true;
	}
	lang_use(l);
	pl->s->c = c;
	set_bye();
	/* TRANSLATORS: said in the language just chosen. */
	say(_("The advisor now speaks English."));
	return true;
}

/* What holds answers while a session runs, for the signal handler: the
 * session and the effective answers the rules work on. */
static struct {
	struct session *s;
	int *effective;
	size_t n;
	char bye[64];      /* goodbye, in the language spoken: a handler cannot look it up */
} live;

/* Goodbye in the language spoken, ready for the signal handler. */
static void set_bye(void)
{
	snprintf(live.bye, sizeof live.bye, "\n%s\n", _("Goodbye."));
}

/* A signal that would end the program ends the session the way quitting
 * does: the answers are wiped (explicit_bzero is only stores, safe in a
 * handler), goodbye is said, and the program exits with status 1, as the
 * full-screen advisor does.  Ending here rather than setting a flag for the
 * loop leaves no moment, between a check and the read that blocks, where a
 * signal would be missed.  Output is flushed at every prompt, so nothing
 * the person was shown is lost. */
static void on_signal(int sig)
{
	(void)sig;
	if (live.s)
		session_wipe(live.s);
	if (live.effective)
		explicit_bzero(live.effective, live.n * sizeof *live.effective);
	ssize_t n = write(STDOUT_FILENO, live.bye, strlen(live.bye));
	(void)n;
	_exit(1);
}

/* Every signal whose default ends the program (but for the crashes, and
 * SIGXFSZ, which main ignores so that a write over a size limit fails
 * instead).  A signal the caller ignores (nohup) stays ignored. */
static const int end_signals[] = { SIGINT,    SIGTERM, SIGHUP,  SIGQUIT,   SIGUSR1, SIGUSR2,
	                           SIGALRM,   SIGPIPE, SIGXCPU, SIGVTALRM, SIGPROF, SIGPOLL,
	                           SIGSTKFLT, SIGPWR };
#define NEND (sizeof end_signals / sizeof *end_signals)

static void signals_catch(struct sigaction old[NEND])
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigfillset(&sa.sa_mask);
	for (size_t i = 0; i < NEND; i++) {
		sigaction(end_signals[i], NULL, &old[i]);
		if (old[i].sa_handler != SIG_IGN)
			sigaction(end_signals[i], &sa, NULL);
	}
}

static void signals_restore(const struct sigaction old[NEND])
{
	for (size_t i = 0; i < NEND; i++)
		sigaction(end_signals[i], &old[i], NULL);
}

/* Next input line without its newline; false at end of input. */
static bool read_line(struct plain *pl)
{
	fputs("> ", stdout);
	fflush(stdout);
	ssize_t n = getline(&pl->line, &pl->cap, stdin);
	if (n < 0)
		return false;
	while (n > 0 && (pl->line[n - 1] == '\n' || pl->line[n - 1] == '\r' || pl->line[n - 1] == ' '))
		pl->line[--n] = '\0';
	char *p = pl->line;
	while (*p == ' ' || *p == '\t')
		p++;
	memmove(pl->line, p, strlen(p) + 1);
	return true;
}

/* An example of the general guide, labelled with it. */
static const char *guide_example(const char *example)
{
	static char buf[512];
	snprintf(buf, sizeof buf, _("%s (general guide)"), example);
	return buf;
}

/* What the "(general guide)" examples are, and their caveats. */
static void say_guide(const struct content *c)
{
	struct content_levels_guide g = content_levels_guide(c);
	if (!g.source)
		return;
	char line[256];
	snprintf(line, sizeof line, _("\nExamples marked (general guide) are from the %s."), g.source->title);
	say(line);
	say(g.caveats);
}

static void say_levels(const struct content *c);

static void explain(const struct content *c, const struct content_question *q)
{
	putchar('\n');
	say(q->help);
	for (size_t i = 0; i < q->noptions; i++) {
		if (!q->options[i].help)
			continue;
		char num[32];
		snprintf(num, sizeof num, "%zu.", i + 1);
		plan_put(stdout, WIDTH, num, 4, q->options[i].label);
		plan_put(stdout, WIDTH, "", 4, q->options[i].help);
	}
	if (!q->finder)
		return;
	say(_("\nWhich level is my qualification? (Type f to find yours by its name.)"));
	say_levels(c);
}

/* Every level, what it means and its examples. */
static void say_levels(const struct content *c)
{
	for (size_t i = 0; i < content_nlevels(c); i++) {
		const struct content_level *l = content_level(c, i);
		plan_put(stdout, WIDTH, "-", 2, l->name);
		plan_put(stdout, WIDTH, "", 4, l->summary);
		for (size_t k = 0; k < l->nexamples; k++)
			plan_put(stdout, WIDTH, "", 4, l->examples[k]);
		for (size_t k = 0; k < l->nguide_examples; k++)
			plan_put(stdout, WIDTH, "", 4, guide_example(l->guide_examples[k]));
	}
	say_guide(c);
}

static void show_question(const struct content_question *q, const char *where, int current)
{
	putchar('\n');
	say(where);
	say(q->text);
	for (size_t i = 0; i < q->noptions; i++) {
		char num[32];
		snprintf(num, sizeof num, "  %zu.", i + 1);
		plan_put(stdout, WIDTH, num, 6, q->options[i].label);
	}
	if (current >= 0)
		printf(_("Your answer now: %d. Press Enter to keep it.\n"), current + 1);
}

enum { CHOICE_EOF = -2, CHOICE_NONE = -1 };

/* A number from 1 to n, as an index; CHOICE_NONE for Enter alone. */
static long read_choice(struct plain *pl, long n)
{
	for (;;) {
		if (!read_line(pl))
			return CHOICE_EOF;
		if (pl->line[0] == '\0')
			return CHOICE_NONE;
		char *end;
		long k = strtol(pl->line, &end, 10);
		if (*end == '\0' && k >= 1 && k <= n)
			return k - 1;
		printf(_("Please type a number from 1 to %ld, or press Enter.\n"), n);
	}
}

/* An example the finder holds, and its level. */
struct found {
	size_t level;
	const char *name;
	bool guide;
};

/* The examples whose name, or whose level's name, holds query, into *v
 * (the caller frees it).  Returns how many. */
static size_t find_matches(const struct content *c, const char *query, struct found **v)
{
	size_t n = 0, cap = 0;
	*v = NULL;
	for (size_t l = 0; l < content_nlevels(c); l++) {
		const struct content_level *lv = content_level(c, l);
		for (size_t k = 0; k < lv->nexamples + lv->nguide_examples; k++) {
			bool guide = k >= lv->nexamples;
			const char *ex = guide ? lv->guide_examples[k - lv->nexamples] : lv->examples[k];
			if (!text_find(ex, query) && !text_find(lv->name, query))
				continue;
			*v = mem_room(*v, &cap, n + 1, sizeof **v);
			(*v)[n++] = (struct found){ l, ex, guide };
		}
	}
	return n;
}

/* Number the matches; true when one came from the general guide. */
static bool list_matches(const struct content *c, const struct found *v, size_t n)
{
	bool guide = false;
	for (size_t i = 0; i < n; i++) {
		char num[32], line[640];
		snprintf(num, sizeof num, "%zu.", i + 1);
		snprintf(line, sizeof line, v[i].guide ? _("%s (general guide): %s") : "%s: %s", v[i].name,
		         content_level(c, v[i].level)->name);
		plan_put(stdout, WIDTH, num, 5, line);
		guide |= v[i].guide;
	}
	return guide;
}

/* The qualification finder, line by line: what is typed narrows the list
 * of examples; then (then says so) a number picks one.  The level of the
 * one picked, -1 for none, -2 at the end of input. */
static long pick_qualification(struct plain *pl, const char *none, const char *then)
{
	const struct content *c = pl->s->c;
	say(_("\nQualification finder: type part of your qualification's name (such as hnc, btec or "
	      "degree), or just press Enter to list them all."));
	if (!read_line(pl))
		return -2;
	struct found *v;
	size_t n = find_matches(c, pl->line, &v);
	if (n == 0) {
		say(none);
		return -1;
	}
	if (list_matches(c, v, n))
		say_guide(c);
	say(then);
	long k = read_choice(pl, (long)n);
	long level = k >= 0 ? (long)v[k].level : k == CHOICE_EOF ? -2 : -1;
	free(v);
	return level;
}

/* The finder on question q: the level picked is the answer. */
static enum reply find_level(struct plain *pl, int q)
{
	long l = pick_qualification(pl,
	                            _("Nothing in the finder holds that. Type f to try another word, ? to see every "
	                              "level, or choose \"I don't know\"."),
	                            _("Type the number of your qualification to take its level as your answer, or "
	                              "press Enter to go back to the question."));
	int o = l >= 0 ? content_level(pl->s->c, (size_t)l)->option : -1;
	if (o < 0)
		return l == -2 ? REPLY_EOF : REPLY_KEEP;
	pl->s->answers[q] = o;
	return REPLY_ANSWERED;
}

/* Ask question q; in review (changing one answer) b and r are not offered. */
static enum reply ask(struct plain *pl, int q, const char *where, bool review)
{
	const struct content *c = pl->s->c;
	const struct content_question *qq = content_question(c, (size_t)q);
	int current = review ? pl->s->answers[q] : -1;
	show_question(qq, where, current);
	const char *keys = question_keys(!pl->told, qq->finder, review);
	pl->told = true;
	say(keys);
	for (;;) {
		if (!read_line(pl))
			return REPLY_EOF;
		/* Asked again, from the top, in the other language. */
		if (switched(pl))
			return REPLY_KEEP;
		char *end;
		long n = strtol(pl->line, &end, 10);
		if (pl->line[0] && *end == '\0' && n >= 1 && (size_t)n <= qq->noptions) {
			pl->s->answers[q] = (int)n - 1;
			return REPLY_ANSWERED;
		}
		bool find = qq->finder && strcmp(pl->line, "f") == 0;
		enum reply found = find ? find_level(pl, q) : REPLY_KEEP;
		if (found != REPLY_KEEP)
			return found;
		if (find || strcmp(pl->line, "?") == 0) {
			if (!find)
				explain(c, qq);
			show_question(qq, where, current);
			say(keys);
			continue;
		}
		if (review && pl->line[0] == '\0' && current >= 0)
			return REPLY_KEEP;
		if (!review && strcmp(pl->line, "b") == 0)
			return REPLY_BACK;
		if (!review && strcmp(pl->line, "r") == 0)
			return REPLY_REVIEW;
		if (!review && strcmp(pl->line, "q") == 0)
			return REPLY_QUIT;
		if (!review && (strcmp(pl->line, "c") == 0 || strncmp(pl->line, "c ", 2) == 0))
			return REPLY_CODE;
		printf(review ? _("Please type a number from 1 to %zu, ? or Enter.\n")
		              : _("Please type a number from 1 to %zu, or ?, b, r or q.\n"), qq->noptions);
	}
}

/* The answers in use, numbered; their questions into map (one slot per
 * block of doc).  Returns how many. */
static int list_answers(const struct plan *doc, int *map)
{
	int n = 0;
	say(_("\nYour answers:"));
	for (size_t i = 0; i < doc->nb; i++) {
		const struct plan_block *b = &doc->b[i];
		if (b->kind != PLAN_ANSWER)
			continue;
		char num[32];
		snprintf(num, sizeof num, "%d.", n + 1);
		plan_put(stdout, WIDTH, num, 4, b->text);
		plan_put(stdout, WIDTH, "", 4, b->detail);
		map[n++] = b->question;
	}
	return n;
}

/* Which of n numbered items (say says what a number does): map's entry
 * for it, -1 to go on, -2 at end of input. */
static int pick_answer(struct plain *pl, const int *map, int n, const char *say_what)
{
	say(say_what);
	long k = read_choice(pl, n);
	return k == CHOICE_EOF ? -2 : k < 0 ? -1 : map[k];
}

/* List the answers in use; a number changes one.  Returns REPLY_EOF at end. */
static enum reply review(struct plain *pl)
{
	struct plan *doc = plan_build(pl->s->c, pl->s->answers, 0);
	int *map = mem_alloc((doc->nb + 1) * sizeof *map);
	int n = list_answers(doc, map), q = -1;
	plan_free(doc);
	if (n == 0)
		say(_("You have not answered any questions yet."));
	else
		q = pick_answer(pl, map, n, _("Type the number of an answer to change it, or press Enter to go on."));
	free(map);
	if (q == -2)
		return REPLY_EOF;
	if (q >= 0 && ask(pl, q, _("Change your answer:"), true) == REPLY_EOF)
		return REPLY_EOF;
	return REPLY_KEEP;
}

/* "c CODE", or "c" and the code on the next line: the code's answers in
 * place of those given.  REPLY_EOF at end of input. */
static enum reply code(struct plain *pl)
{
	if (strcmp(pl->line, "c") == 0) {
		say(_("Type the resume code from your plan, for example K7Q-M4X-D9A:"));
		if (!read_line(pl))
			return REPLY_EOF;
	} else {
		memmove(pl->line, pl->line + 2, strlen(pl->line + 2) + 1);
	}
	size_t nq = content_nquestions(pl->s->c);
	int *got = mem_alloc((nq + 1) * sizeof *got);
	char bad = 0, msg[512];
	enum resume_status st = resume_decode(pl->s->c, pl->line, got, &bad);
	explicit_bzero(pl->line, strlen(pl->line));
	if (RESUME_TAKEN(st))
		memcpy(pl->s->answers, got, nq * sizeof *got);
	explicit_bzero(got, nq * sizeof *got);
	free(got);
	putchar('\n');
	say(resume_message(st, bad, msg, sizeof msg));
	return REPLY_KEEP;
}

/* "p": print the plan, asking first if it has been printed already. */
static enum reply print(struct plain *pl, const struct plan *p)
{
	if (pl->printed) {
		say(_("Your plan has been printed already. Print it again? Type y to print it, anything else not to."));
		if (!read_line(pl))
			return REPLY_EOF;
		if (strcmp(pl->line, "y") != 0) {
			say(_("Not printed again."));
			return REPLY_KEEP;
		}
	}
	char msg[600];
	struct print_result r = print_plan(pl->s->opt, p);
	pl->printed = pl->printed || r.written > 0;
	say(print_message(&r, msg, sizeof msg));
	return REPLY_KEEP;
}

/* Back: forget the answer to the last question asked before q. */
static void back(struct plain *pl, const int *effective, int q)
{
	for (int i = q - 1; i >= 0; i--)
		if (rules_used(effective, i)) {
			/* Said, since the question is asked afresh. */
			const struct content_question *qq = content_question(pl->s->c, (size_t)i);
			char said[600];
			snprintf(said, sizeof said, _("Back to the previous question. You had answered: \"%s\"."),
			         qq->options[pl->s->answers[i]].label);
			say(said);
			pl->s->answers[i] = COND_UNSET;
			return;
		}
	say(_("This is the first question."));
}

/* Save as the full screen does: the name offered is of the day, a file
 * that exists is replaced only on yes. */
static enum reply save(struct plain *pl, const struct plan *p)
{
	char path[1100], typed[1100];
	plan_save_default(getenv("HOME"), time(NULL), typed, sizeof typed);
	printf(_("File name (press Enter for %s):\n"), typed);
	if (!read_line(pl))
		return REPLY_EOF;
	if (pl->line[0])
		snprintf(typed, sizeof typed, "%s", pl->line);
	int err = 0, r = -1;
	if (plan_save_resolve(typed, path, sizeof path))
		r = plan_save_file(p, path, false, &err);
	else
		err = ENAMETOOLONG;
	if (r == 1) {
		printf(_("%s already exists. Replace it with this plan? Type y for yes, or press Enter for no.\n"), path);
		if (!read_line(pl))
			return REPLY_EOF;
		if (strcmp(pl->line, "y") != 0) {
			say(_("Not saved."));
			return REPLY_KEEP;
		}
		r = plan_save_file(p, path, true, &err);
	}
	if (r == 0)
		printf(_("Plan saved to %s (only you can read it).\n"), path);
	else
		printf(_("Could not save to %s: %s.\n"), path, plan_save_why(err));
	explicit_bzero(path, sizeof path);
	explicit_bzero(typed, sizeof typed);
	return REPLY_KEEP;
}

/* Search every question and answer current on the day; read one by its
 * number. */
static enum reply faq(struct plain *pl, const struct plan *p)
{
	const struct content *c = p->c;
	say(_("Search the FAQ for (press Enter for every question):"));
	if (!read_line(pl))
		return REPLY_EOF;
	int *map = mem_alloc((content_nfaq(c) + 1) * sizeof *map), n = 0;
	for (size_t i = 0; i < content_nfaq(c); i++) {
		const struct content_faq *e = content_faq(c, i);
		if (!content_current(c, e->dates))
			continue;
		if (pl->line[0] && !text_find(e->question, pl->line) && !text_find(e->answer, pl->line))
			continue;
		char num[32];
		snprintf(num, sizeof num, "%d.", n + 1);
		plan_put(stdout, WIDTH, num, 4, e->question);
		map[n++] = (int)i;
	}
	if (n == 0)
		printf(_("Nothing in the FAQ matches \"%s\".\n"), pl->line);
	int k = n ? pick_answer(pl, map, n, _("Type the number of a question to read its answer, or press Enter to go on."))
	          : -1;
	if (k >= 0) {
		const struct content_faq *e = content_faq(c, (size_t)k);
		putchar('\n');
		say(e->question);
		say(e->answer);
	}
	free(map);
	return k == -2 ? REPLY_EOF : REPLY_KEEP;
}

/* The reasons, steps and things to know that cite a source, numbered;
 * their blocks into map.  Then the passages of the one picked. */
static enum reply sources(struct plain *pl, const struct plan *p)
{
	int *map = mem_alloc((p->nb + 1) * sizeof *map), n = 0;
	say(_("\nThe advice, and the documents it rests on:"));
	for (size_t i = 0; i < p->nb; i++) {
		const struct plan_block *b = &p->b[i];
		if (!b->cites || !b->cites->n)
			continue;
		char num[32];
		snprintf(num, sizeof num, "%d.", n + 1);
		plan_put(stdout, WIDTH, num, 4, b->text);
		map[n++] = (int)i;
	}
	int k = n ? pick_answer(pl, map, n, _("Type a number to read what the documents say, or press Enter.")) : -1;
	if (k >= 0) {
		putchar('\n');
		plan_write_passages(stdout, p->c, p->b[k].cites, WIDTH, 0);
	}
	free(map);
	return k == -2 ? REPLY_EOF : REPLY_KEEP;
}

static enum reply contacts(struct plain *pl, const struct plan *p)
{
	(void)pl;
	struct plan *doc = plan_contacts(p->c);
	plan_write_plain(doc, stdout, WIDTH);
	plan_free(doc);
	return REPLY_KEEP;
}

static enum reply levels(struct plain *pl, const struct plan *p)
{
	(void)pl;
	putchar('\n');
	say_levels(p->c);
	return REPLY_KEEP;
}

/* The finder by itself: the level of the qualification picked, said. */
static enum reply finder(struct plain *pl, const struct plan *p)
{
	long l = pick_qualification(pl, _("Nothing in the finder holds that. Type n to try another word, or l to see every level."),
	                            _("Type the number of a qualification to see its level, or press Enter to go on."));
	if (l >= 0) {
		const struct content_level *lv = content_level(p->c, (size_t)l);
		plan_put(stdout, WIDTH, "", 0, lv->name);
		plan_put(stdout, WIDTH, "", 2, lv->summary);
	}
	return l == -2 ? REPLY_EOF : REPLY_KEEP;
}

/* Every route the content knows, numbered; a number reads one, told as a
 * person on it is told. */
static enum reply routes(struct plain *pl, const struct plan *p)
{
	size_t n = content_noutcomes(p->c);
	int *map = mem_alloc((n + 1) * sizeof *map);
	say(_("\nEvery route this advisor knows:"));
	for (size_t i = 0; i < n; i++) {
		const struct content_outcome *o = content_outcome(p->c, i);
		char num[32];
		snprintf(num, sizeof num, "%zu.", i + 1);
		plan_put(stdout, WIDTH, num, 4, o->route ? o->route : o->headline);
		map[i] = (int)i;
	}
	int k = pick_answer(pl, map, (int)n, _("Type the number of a route to read its steps, or press Enter to go on."));
	free(map);
	if (k >= 0) {
		say(_("\nA person on this route is told:"));
		struct plan *doc = plan_route(p->c, (size_t)k);
		plan_write_plain(doc, stdout, WIDTH);
		plan_free(doc);
	}
	return k == -2 ? REPLY_EOF : REPLY_KEEP;
}

/* What the full screen has, at the result, a letter each. */
static const struct {
	const char *key, *does, *brief;
	enum reply (*run)(struct plain *pl, const struct plan *p);
	bool printer;      /* offered only where a printer is named */
} result_keys[] = {
	{ "p", N_("to print your plan"), N_("print"), print, true },
	{ "s", N_("to save the plan to a file"), N_("save"), save, false },
	{ "d", N_("to read the documents the advice rests on"), N_("documents"), sources, false },
	{ "f", N_("to search the FAQ"), N_("FAQ"), faq, false },
	{ "c", N_("for the contacts"), N_("contacts"), contacts, false },
	{ "l", N_("for the qualification levels"), N_("levels"), levels, false },
	{ "n", N_("to find a qualification's level by its name"), N_("finder"), finder, false },
	{ "o", N_("for every route and its steps"), N_("routes"), routes, false },
};
#define NRESULT_KEYS (sizeof result_keys / sizeof *result_keys)

static bool offered(const struct plain *pl, size_t i)
{
	return !result_keys[i].printer || (pl->s->opt && pl->s->opt->printer);
}

/* The keys at the result: in full once, then short (screen-reader users
 * asked debconf's text front end for as much), each key quoted. */
static void say_result_keys(const struct plain *pl, bool brief)
{
	/* The keys offered, each a phrase ("s to save the plan to a file"),
	 * then the sentence around them. */
	char keys[1000] = "", line[1200];
	size_t used = 0;
	for (size_t i = 0; i < NRESULT_KEYS && used < sizeof keys; i++)
		if (offered(pl, i))
			/* TRANSLATORS: a key and what it does: s to save the plan to a file. */
			used += (size_t)snprintf(keys + used, sizeof keys - used, brief ? _("\"%s\" %s, ") : _("%s %s, "),
			                         result_keys[i].key, brief ? _(result_keys[i].brief) : _(result_keys[i].does));
	snprintf(line, sizeof line,
	         brief ? _("Type %s\"r\" review, \"a\" again, \"q\" quit.")
	               : _("\nType %sr to review and change your answers, a to start again, or q to quit."), keys);
	say(line);
}

/* One of the keys above: its reply, REPLY_NONE if the line is none. */
static enum reply more(struct plain *pl, const struct plan *p)
{
	for (size_t i = 0; i < NRESULT_KEYS; i++)
		if (offered(pl, i) && strcmp(pl->line, result_keys[i].key) == 0)
			return result_keys[i].run(pl, p);
	return REPLY_NONE;
}

static enum reply result(struct plain *pl)
{
	enum reply r = REPLY_QUIT;
	struct plan *p = plan_build(pl->s->c, pl->s->answers, session_now(pl->s));
	if (!plan_complete(p)) {
		say(_("Sorry: the content gives no single result for these answers. "
		      "Please tell whoever looks after this advisor (probation-advisor --check-content)."));
		plan_free(p);
		return REPLY_QUIT;
	}
	putchar('\n');
	plan_write_plain(p, stdout, WIDTH);
	pl->printed = false;
	say_result_keys(pl, false);
	for (;;) {
		if (!read_line(pl)) {
			r = REPLY_EOF;
			break;
		}
		if (switched(pl))
			r = REPLY_KEEP; /* the result again, in the other language */
		else if (strcmp(pl->line, "r") == 0)
			r = REPLY_REVIEW;
		else if (strcmp(pl->line, "a") == 0)
			r = REPLY_BACK;
		else if (strcmp(pl->line, "q") == 0 || pl->line[0] == '\0')
			r = REPLY_QUIT;
		else {
			enum reply m = more(pl, p);
			if (m == REPLY_EOF) {
				r = REPLY_EOF;
				break;
			}
			if (m == REPLY_NONE)
				say(_("Please type one of the letters below."));
			say_result_keys(pl, true);
			continue;
		}
		break;
	}
	plan_free(p);
	return r;
}

static int plain_run(struct session *s)
{
	struct plain pl = { s, NULL, 0, false, false };
	size_t nq = content_nquestions(s->c);
	int *effective = mem_alloc((nq + 1) * sizeof *effective);
	struct sigaction old[NEND];
	live.s = s;
	live.effective = effective;
	live.n = nq;
	set_bye();
	signals_catch(old);
	say(content_title(s->c));
	say(_("Answer each question by typing the number of your choice and pressing Enter. If you have a "
	      "resume code from an earlier visit, type c and the code."));
	say_switch();
	if (s->notice)
		say(s->notice);
	enum reply r = REPLY_KEEP;
	while (r != REPLY_QUIT && r != REPLY_EOF) {
		struct rules_flow rp;
		rules_flow(s->c, s->answers, effective, &rp);
		if (rp.next == RULES_NONE) {
			r = result(&pl);
			if (r == REPLY_BACK) /* start again */
				session_wipe(s);
		} else {
			char where[96];
			snprintf(where, sizeof where, _("Question %zu of about %zu"), rp.asked + 1, rp.estimate);
			r = ask(&pl, rp.next, where, false);
			if (r == REPLY_BACK)
				back(&pl, effective, rp.next);
		}
		if (r == REPLY_REVIEW)
			r = review(&pl);
		if (r == REPLY_CODE)
			r = code(&pl);
	}
	if (r == REPLY_EOF)
		putchar('\n');
	say(_("Goodbye."));
	session_wipe(s);
	if (pl.line)
		explicit_bzero(pl.line, pl.cap);
	free(pl.line);
	explicit_bzero(effective, nq * sizeof *effective);
	free(effective);
	signals_restore(old);
	live.s = NULL;
	live.effective = NULL;
	return fflush(stdout) == 0 ? 0 : 1;
}

const struct frontend_ops frontend_plain = { "plain", plain_run };
