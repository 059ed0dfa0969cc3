/* Plain mode driven through pipes: what a screen-reader user would hear. */
#include <criterion/criterion.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* The program given input, args and env exits 0 and says each of wants. */
static void says(const char *input, const char *const *args, const char *const *env, const char *const *wants)
{
	struct run r;
	run_pa(&r, input, args, env);
	cr_assert_eq(r.status, 0, "%s", r.err);
	expect_holds("the output", r.out, wants);
	run_free(&r);
}

/* role=other, experience=yes, level=6, four areas done. */
#define GRADUATE "3\n1\n3\n1\n1\n1\n1\n"

Test(plain, numbered_questions_to_a_result)
{
	struct run r;
	run_pa(&r, GRADUATE "q\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	expect_holds("the output", r.out,
	             ARGS("Question 1 of about", "  1. ", "Question 7 of about 7", "apply when the next campaign opens",
	                  "15 month route", "Rules last reviewed on 2026-11-23", "Goodbye."));
	cr_assert_str_eq(r.err, "");
	run_free(&r);
}

Test(plain, chosen_automatically_when_stdin_is_not_a_terminal)
{
	/* A PSO (1) is asked the level next. */
	says("1\n", ARGS("--content", "content"), ARGS("TERM=xterm"), ARGS("Question 1 of about", "Question 2 of about"));
}

Test(plain, invalid_input_asks_again)
{
	struct run r;
	run_pa(&r, "9\nhello\n0\n\n3\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0);
	cr_assert_eq(count(r.out, "Please type a number from 1 to 3, or ?, b, r or q."), 4, "%s", r.out);
	cr_assert(strstr(r.out, "Question 2 of about") != NULL, "the valid answer is taken: %s", r.out);
	run_free(&r);
}

Test(plain, question_mark_explains_the_question_and_options)
{
	/* The level question offers the qualification finder's levels. */
	says("3\n1\n?\n", ARGS("--plain"), NULL, ARGS("Which level is my qualification?", "Foundation Degree"));
}

Test(plain, b_goes_back_to_the_previous_question)
{
	struct run r;
	/* other, yes, then back: the experience question is asked again. */
	run_pa(&r, "3\n1\nb\n2\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0);
	cr_assert_eq(count(r.out, "Question 2 of about"), 2, "%s", r.out);
	run_free(&r);
	run_pa(&r, "b\n", ARGS("--plain"), NULL);
	cr_assert(strstr(r.out, "This is the first question.") != NULL);
	run_free(&r);
}

Test(plain, review_lists_answers_and_changes_one)
{
	struct run r;
	/* graduate, then review after the result: change answer 3 (level) to
	 * Level 3 (6th option); vq is asked (3 = level4) and the result changes. */
	run_pa(&r, GRADUATE "r\n3\n6\n3\nq\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	expect_holds("the output", r.out, ARGS("Your answers:", "Change your answer:", "Your answer now: 3."));
	const char *second = strstr(r.out, "Change your answer:");
	cr_assert(strstr(second, "Level 5 course") != NULL || strstr(second, "Level 5") != NULL, "%s", second);
	cr_assert(strstr(second, "Answers not needed for this result") != NULL, "the areas are kept, unused: %s", second);
	run_free(&r);
}

Test(plain, end_of_input_exits_cleanly)
{
	struct run r;
	run_pa(&r, "3\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0);
	cr_assert(strstr(r.out, "Goodbye.") != NULL);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
	run_pa(&r, NULL, ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0);
	run_free(&r);
}

Test(plain, start_again_forgets_the_answers)
{
	struct run r;
	run_pa(&r, GRADUATE "a\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0);
	const char *again = strstr(r.out, "Type s to save the plan");
	cr_assert_not_null(again);
	cr_assert(strstr(again, "Question 1 of about") != NULL, "starts from the first question: %s", again);
	run_free(&r);
}

Test(plain, dumb_terminal_gets_plain_mode)
{
	says("q\n", ARGS("--content", "content"), ARGS("TERM=dumb"), ARGS("Question 1 of about"));
	/* No TERM at all: plain mode too. */
	says("q\n", ARGS("--content", "content"), ARGS("TERM"), ARGS("Question 1 of about"));
}

/* Reads from fd into buf (size cap) until needle shows up after `from`, the
 * output ends, or 10 s pass; returns the length read in all. */
static size_t read_until(int fd, char *buf, size_t len, size_t cap, size_t from, const char *needle)
{
	for (int waited = 0; waited < 10000 && len + 1 < cap;) {
		buf[len] = '\0';
		if (needle && strstr(buf + from, needle))
			break;
		struct pollfd p = { fd, POLLIN, 0 };
		if (poll(&p, 1, 100) <= 0) {
			waited += 100;
			continue;
		}
		ssize_t n = read(fd, buf + len, cap - 1 - len);
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	buf[len] = '\0';
	return len;
}

/* A signal mid-question ends the session as quitting does (the answers are
 * wiped, it says goodbye) and the program exits with status 1, as the
 * full-screen advisor does (the man page's EXIT STATUS). */
static void signal_mid_question(int sig)
{
	int in[2], out[2];
	cr_assert(pipe(in) == 0 && pipe(out) == 0);
	pid_t pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[1]);
		close(out[0]);
		execl(pa_bin(), pa_bin(), "--plain", (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	static char buf[65536];
	size_t len = read_until(out[0], buf, 0, sizeof buf, 0, "> ");
	cr_assert(write(in[1], "3\n", 2) == 2);
	size_t asked = len;
	len = read_until(out[0], buf, len, sizeof buf, asked, "> ");
	cr_assert_not_null(strstr(buf + asked, "Question 2 of about"), "got: %s", buf);
	kill(pid, sig);
	size_t at = len;
	len = read_until(out[0], buf, len, sizeof buf, at, NULL);
	int st;
	cr_assert_eq(waitpid(pid, &st, 0), pid);
	close(in[1]);
	close(out[0]);
	cr_expect_not_null(strstr(buf + at, "Goodbye."), "no goodbye after signal %d: %s", sig, buf + at);
	cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 1, "status %#x after signal %d, not exit 1", st, sig);
}

Test(plain, sigterm_ends_the_session_then_the_program)
{
	signal_mid_question(SIGTERM);
}

Test(plain, hang_up_ends_the_session_then_the_program)
{
	signal_mid_question(SIGHUP);
}

Test(plain, f_finds_a_qualification_by_its_name_and_takes_its_level)
{
	struct run r;
	/* Someone else, with experience; at the level question: f, "btec n", the first match. */
	run_pa(&r, "3\n1\nf\nbtec n\n1\n", ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	/* The match, its level and the guide's label and caveats; Level 3 was
	 * taken, so the vq question comes next. */
	expect_holds("the output", r.out,
	             ARGS("\"f\" find",
	                  "1.   Level 3 awards, certificates and diplomas, such as a BTEC National",
	                  "(general guide): Level 3", "Examples marked (general guide) are from the General guide",
	                  "Grades matter for GCSEs", "Do you hold a vocational qualification in probation practice?"));
	run_free(&r);
	/* Nothing found: back to the question. */
	run_pa(&r, "3\n1\nf\nzzz\n", ARGS("--plain"), NULL);
	cr_expect(strstr(r.out, "Nothing in the finder holds that.") != NULL, "%s", r.out);
	run_free(&r);
}
