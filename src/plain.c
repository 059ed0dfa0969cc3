/*
 * plain: the advisor line by line on stdin/stdout, for screen readers,
 * braille displays, TERM=dumb and pipes.  Numbered choices; "?" explains,
 * "b" goes back, "r" reviews and changes answers, "q" quits; anything else
 * asks again; end of input ends the session cleanly, and so does a signal
 * that ends the program (the answers are wiped first).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mem.h"
#include "plan.h"
#include "session.h"

#define WIDTH 78

enum reply { REPLY_ANSWERED, REPLY_BACK, REPLY_REVIEW, REPLY_QUIT, REPLY_KEEP, REPLY_EOF };

struct plain {
	struct session *s;
	char *line;
	size_t cap;
};

static void say(const char *text)
{
	plan_put(stdout, WIDTH, "", 0, text);
}

/* What holds answers while a session runs, for the signal handler: the
 * session and the effective answers the rules work on. */
static struct {
	struct session *s;
	int *effective;
	size_t n;
} live;

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
	static const char bye[] = "\nGoodbye.\n";
	ssize_t n = write(STDOUT_FILENO, bye, sizeof bye - 1);
	(void)n;
	_exit(1);
}

/* A signal the caller ignores (nohup) stays ignored. */
static const int end_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
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
	say("\nWhich level is my qualification?");
	for (size_t i = 0; i < content_nlevels(c); i++) {
		const struct content_level *l = content_level(c, i);
		plan_put(stdout, WIDTH, "-", 2, l->name);
		plan_put(stdout, WIDTH, "", 4, l->summary);
		for (size_t k = 0; k < l->nexamples; k++)
			plan_put(stdout, WIDTH, "", 4, l->examples[k]);
	}
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
		printf("Your answer now: %d. Press Enter to keep it.\n", current + 1);
}

/* Ask question q; in review (changing one answer) b and r are not offered. */
static enum reply ask(struct plain *pl, int q, const char *where, bool review)
{
	const struct content *c = pl->s->c;
	const struct content_question *qq = content_question(c, (size_t)q);
	int current = review ? pl->s->answers[q] : -1;
	show_question(qq, where, current);
	const char *keys = review ? "Type a number, or ? to explain."
	                          : "Type a number, or ? to explain, b to go back, r to review your answers, q to quit.";
	say(keys);
	for (;;) {
		if (!read_line(pl))
			return REPLY_EOF;
		char *end;
		long n = strtol(pl->line, &end, 10);
		if (pl->line[0] && *end == '\0' && n >= 1 && (size_t)n <= qq->noptions) {
			pl->s->answers[q] = (int)n - 1;
			return REPLY_ANSWERED;
		}
		if (strcmp(pl->line, "?") == 0) {
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
		printf("Please type a number from 1 to %zu%s\n", qq->noptions,
		       review ? ", ? or Enter." : ", or ?, b, r or q.");
	}
}

/* The answers in use, numbered; their questions into map (one slot per
 * block of doc).  Returns how many. */
static int list_answers(const struct plan *doc, int *map)
{
	int n = 0;
	say("\nYour answers:");
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

/* Which answer to change: a question's index, -1 to go on, -2 at end of input. */
static int pick_answer(struct plain *pl, const int *map, int n)
{
	say("Type the number of an answer to change it, or press Enter to go on.");
	for (;;) {
		if (!read_line(pl))
			return -2;
		if (pl->line[0] == '\0')
			return -1;
		char *end;
		long k = strtol(pl->line, &end, 10);
		if (*end == '\0' && k >= 1 && k <= n)
			return map[k - 1];
		printf("Please type a number from 1 to %d, or press Enter.\n", n);
	}
}

/* List the answers in use; a number changes one.  Returns REPLY_EOF at end. */
static enum reply review(struct plain *pl)
{
	struct plan *doc = plan_build(pl->s->c, pl->s->answers, 0);
	int *map = mem_alloc((doc->nb + 1) * sizeof *map);
	int n = list_answers(doc, map), q = -1;
	plan_free(doc);
	if (n == 0)
		say("You have not answered any questions yet.");
	else
		q = pick_answer(pl, map, n);
	free(map);
	if (q == -2)
		return REPLY_EOF;
	if (q >= 0 && ask(pl, q, "Change your answer:", true) == REPLY_EOF)
		return REPLY_EOF;
	return REPLY_KEEP;
}

/* Back: forget the answer to the last question asked before q. */
static void back(struct plain *pl, const int *effective, int q)
{
	for (int i = q - 1; i >= 0; i--)
		if (rules_used(effective, i)) {
			pl->s->answers[i] = COND_UNSET;
			return;
		}
	say("This is the first question.");
}

static enum reply result(struct plain *pl)
{
	enum reply r = REPLY_QUIT;
	struct plan *p = plan_build(pl->s->c, pl->s->answers, time(NULL));
	if (!plan_complete(p)) {
		say("Sorry: the content gives no single result for these answers. "
		    "Please tell whoever looks after this advisor (probation-advisor --check-content).");
		plan_free(p);
		return REPLY_QUIT;
	}
	putchar('\n');
	plan_write_plain(p, stdout, WIDTH);
	plan_free(p);
	say("\nType r to review and change your answers, a to start again, or q to quit.");
	for (;;) {
		if (!read_line(pl))
			return REPLY_EOF;
		if (strcmp(pl->line, "r") == 0)
			r = REPLY_REVIEW;
		else if (strcmp(pl->line, "a") == 0)
			r = REPLY_BACK;
		else if (strcmp(pl->line, "q") == 0 || pl->line[0] == '\0')
			r = REPLY_QUIT;
		else {
			say("Please type r, a or q.");
			continue;
		}
		return r;
	}
}

static int plain_run(struct session *s)
{
	struct plain pl = { s, NULL, 0 };
	size_t nq = content_nquestions(s->c);
	int *effective = mem_alloc((nq + 1) * sizeof *effective);
	struct sigaction old[NEND];
	live.s = s;
	live.effective = effective;
	live.n = nq;
	signals_catch(old);
	say(content_title(s->c));
	say("Answer each question by typing the number of your choice and pressing Enter.");
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
			snprintf(where, sizeof where, "Question %zu of about %zu", rp.asked + 1, rp.estimate);
			r = ask(&pl, rp.next, where, false);
			if (r == REPLY_BACK)
				back(&pl, effective, rp.next);
		}
		if (r == REPLY_REVIEW)
			r = review(&pl);
	}
	if (r == REPLY_EOF)
		putchar('\n');
	say("Goodbye.");
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
