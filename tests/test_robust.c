/*
 * Robustness: bad files, odd terminals, faults and privacy.  Each test
 * says what passing means.  The content loader's own cases (truncated and
 * empty files, @include, numbers out of range, NUL bytes, invalid UTF-8,
 * control characters, duplicate ids, a directory, /dev/zero, a FIFO, an
 * unreadable file) are in test_content.c, and LANG=C and NO_COLOR in
 * test_tui_e2e.c; here are the rest.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "kit.h"
#include "rules.h"
#include "util.h"

#define ARGS KIT_ARGS
#define WAIT KIT_WAIT
#define CONTENT_ARGS ARGS("--content", "content")

/* Sanitizers make every exit slower (LeakSanitizer walks the heap). */
#if defined(__SANITIZE_ADDRESS__)
#define EXIT_CPU_NS 300000000LL
#else
#define EXIT_CPU_NS 10000000LL
#endif

TestSuite(robust, .fini = kit_content_free);

static struct vt *start(int rows, int cols, const char *const *env)
{
	struct vt *vt = vt_start(rows, cols, CONTENT_ARGS, env);
	cr_assert_not_null(vt);
	return vt;
}

static bool alive(struct vt *vt)
{
	return vt_exit(vt, 50) == -1;
}

/* Back to the main menu from anywhere, one Esc at a time. */
static void to_menu(struct vt *vt)
{
	vt_settle(vt, 200, 3000);
	/* (The menu's own line: "Main menu" is in the help as well.) */
	const char *menu = "Use the arrow keys and Enter";
	for (int i = 0; i < 12 && !vt_wait(vt, menu, 200); i++) {
		vt_key(vt, VTERM_KEY_ESCAPE);
		vt_settle(vt, 150, 2000);
	}
	kit_see(vt, menu);
	vt_key(vt, VTERM_KEY_HOME);
	cr_assert(vt_wait_cursor_row(vt, "Check my eligibility", WAIT), "%s", vt_dump(vt));
}

static double secs_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ---- content the loader's tests leave out ---- */

static char *copy(void)
{
	char *dir = copy_content("content");
	cr_assert_gt(line_of(dir, "meta.cfg", "title"), 0, "could not copy content/");
	return dir;
}

/* Insert text before the first occurrence of at in dir/name. */
static void insert(const char *dir, const char *name, const char *at, const char *text)
{
	size_t n = strlen(text) + strlen(at) + 1;
	char *to = malloc(n);
	snprintf(to, n, "%s%s", text, at);
	cr_assert(edit_file(dir, name, at, to), "%s has no {%s}", name, at);
	free(to);
}

/* Loading dir: returns the problems printed by the program, and checks it
 * ends with exit 2 within limit seconds and names file. */
static char *refused(const char *dir, const char *file, double limit)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct run r;
	run_pa(&r, NULL, ARGS("--content", dir, "--answer", "role=pso"), NULL);
	double s = secs_since(&t0);
	char want[4300];
	snprintf(want, sizeof want, "%s/%s", dir, file);
	cr_expect_eq(r.status, 2, "exit %d (128+ is a crash): %.300s", r.status, r.err);
	cr_expect_not_null(strstr(r.err, want), "the message does not name %s: %.300s", want, r.err);
	cr_expect_lt(s, limit, "took %.2f s", s);
	cr_expect_str_eq(r.out, "", "advice from bad content");
	char *err = strdup(r.err);
	run_free(&r);
	return err;
}

Test(robust, deeply_nested_groups)
{
	/* 100 levels: parsed, then refused as an unknown setting. */
	char *dir = copy();
	char *deep = malloc(2000000), *p = deep;
	for (int i = 0; i < 100; i++)
		p += sprintf(p, "x = {\n");
	for (int i = 0; i < 100; i++)
		p += sprintf(p, "};\n");
	insert(dir, "meta.cfg", "title = ", deep);
	char *err = refused(dir, "meta.cfg", 5);
	char want[64];
	snprintf(want, sizeof want, "meta.cfg:%d: unknown setting \"x\"", line_of(dir, "meta.cfg", "x = {"));
	cr_expect_not_null(strstr(err, want), "%s", err);
	free(err);
	scratch_free(dir);
	/* As deep as a file under the size cap allows (about 170,000
	 * levels): the parser gives up with a message, no stack overflow. */
	dir = copy();
	p = deep;
	for (int i = 0; i < 170000; i++)
		p += sprintf(p, "x={");
	*p = '\0';
	insert(dir, "faq.cfg", "faq = ", deep);
	err = refused(dir, "faq.cfg", 10);
	free(err);
	scratch_free(dir);
	free(deep);
}

Test(robust, a_huge_string_is_capped_and_fast)
{
	/* libconfig 1.5 reads one long string in quadratic time (8 MiB: half a
	 * minute).  The 1 MiB cap on every file bounds it: the biggest string
	 * that fits loads (or is refused) in about a second, and a bigger file
	 * is refused before libconfig sees a byte. */
	char *dir = copy();
	size_t len;
	char *meta = get_file_in(dir, "meta.cfg", &len);
	const char *at = strstr(meta, "title = \"");
	cr_assert_not_null(at);
	size_t head = (size_t)(at - meta) + 9, room = CONTENT_MAX_FILE - len - 16;
	char *big = malloc(CONTENT_MAX_FILE + 8 * 1024 * 1024);
	memcpy(big, meta, head);
	memset(big + head, 'a', room);
	memcpy(big + head + room, meta + head, len - head);
	put_file(dir, "meta.cfg", big, len + room);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct run r;
	run_pa(&r, NULL, ARGS("--content", dir, "--answer", "role=pso"), NULL);
	double s = secs_since(&t0);
	cr_expect(r.status == 0 || r.status == 2, "exit %d", r.status);
	cr_expect_lt(s, 5.0, "a %zu-byte string took %.2f s", room, s);
	cr_log_info("a string of %zu bytes: %.2f s, exit %d", room, s, r.status);
	run_free(&r);
	/* 8 MiB: refused at once. */
	memset(big + head, 'a', 8 * 1024 * 1024);
	memcpy(big + head + 8 * 1024 * 1024, meta + head, len - head);
	put_file(dir, "meta.cfg", big, len + 8 * 1024 * 1024);
	char *err = refused(dir, "meta.cfg", 1.0);
	cr_expect_not_null(strstr(err, "is too large"), "%s", err);
	free(err);
	free(big);
	free(meta);
	scratch_free(dir);
}

/* Bytes that would act on a terminal: escape sequences (CSI, OSC) and C1
 * controls, raw or in UTF-8. */
static bool has_terminal_bytes(const struct vt *vt, size_t from)
{
	static const char *const bad[] = { "\033]0;pwned", "\033[2Jpwned", "\xc2\x9b", "\x9b" "31m", "\033P" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (vt_raw_has(vt, from, bad[i]))
			return true;
	return false;
}

Test(robust, escape_sequences_in_content_never_reach_the_terminal)
{
	/* In the content: refused with file:line, and not echoed. */
	char *dir = copy();
	cr_assert(edit_file(dir, "faq.cfg", "answer = \"", "answer = \"\033]0;pwned\007\033[2Jpwned "));
	struct vt *vt = vt_start(24, 80, ARGS("--content", dir), NULL);
	cr_expect_eq(vt_exit(vt, WAIT), 2);
	vt_settle(vt, 100, 1000);
	char want[4300];
	snprintf(want, sizeof want, "faq.cfg:%d: control character 0x1b", line_of(dir, "faq.cfg", "pwned"));
	cr_expect(vt_wait(vt, "control character 0x1b", 100), "%s", vt_dump(vt));
	cr_expect(vt_raw_has(vt, 0, want), "the message does not name the file and line: %s", want);
	cr_expect_not(has_terminal_bytes(vt, 0), "the escape sequence was written out");
	vt_free(vt);
	scratch_free(dir);
}

Test(robust, typed_and_pasted_escape_sequences_are_shown_not_obeyed)
{
	/* A $HOME with an escape in it shows in the save dialog. */
	char *home = scratch_dir(), env[4300];
	snprintf(env, sizeof env, "HOME=%s/\033]0;pwned\007", home);
	mkdir(env + 5, 0700);
	struct vt *vt = start(24, 80, ARGS(env));
	kit_see(vt, "Check my eligibility");
	size_t mark = vt_written(vt);
	/* Into the FAQ search: C1 CSI in UTF-8, and an OSC after Esc would
	 * cancel the prompt, so paste the rest of it. */
	vt_char(vt, '/');
	kit_see(vt, "Search:");
	vt_char(vt, 0x9b);
	vt_send(vt, "31m]0;pwned\007x");
	vt_settle(vt, 100, 2000);
	kit_see(vt, "Search: ?31m]0;pwnedx");
	cr_expect_not(has_terminal_bytes(vt, mark), "a typed control reached the terminal");
	/* The save dialog, with that HOME. */
	int answers[64];
	to_menu(vt);
	kit_walk_to(vt, "pso-route", answers);
	vt_char(vt, 's');
	kit_see(vt, "Save the plan");
	kit_see(vt, "?]0;pwned?/probation-plan-");
	cr_expect_not(has_terminal_bytes(vt, mark), "$HOME's escape reached the terminal");
	vt_free(vt);
	char path[4300];
	snprintf(path, sizeof path, "%s/\033]0;pwned\007", home);
	rmdir(path);
	scratch_free(home);
}

/* ---- terminals ---- */

Test(robust, no_term_or_an_unknown_one_means_plain_mode)
{
	static const char *const envs[][2] = { { "TERM", NULL }, { "TERM=no-such-terminal", NULL },
		                               { "TERM=", NULL } };
	for (size_t i = 0; i < 3; i++) {
		struct vt *vt = vt_start(24, 80, CONTENT_ARGS, envs[i]);
		kit_see(vt, "1.");
		kit_see(vt, "Type the number of your answer");
		vt_send(vt, "q\r");
		cr_expect_eq(vt_exit(vt, WAIT), 0, "%s:%s", envs[i][0], vt_dump(vt));
		vt_free(vt);
	}
	/* A kiosk has no plain mode: it says what it needs and stops. */
	char *dir, *file = kit_config("kiosk = true;\n", &dir);
	struct vt *vt = vt_start(24, 80, ARGS("--config", file), ARGS("TERM=no-such-terminal"));
	cr_expect_eq(vt_exit(vt, WAIT), 1);
	kit_see(vt, "kiosk mode needs a full-screen terminal");
	kit_see(vt, "is not one");
	vt_free(vt);
	free(file);
	scratch_free(dir);
}

/* Answer role and experience; back on the menu, see them in the review. */
static void answer_two(struct vt *vt, int *role, int *exp)
{
	const struct content *c = kit_content();
	char buf[64];
	*role = content_option_index(content_question(c, (size_t)content_question_index(c, "role")), "other");
	*exp = content_option_index(content_question(c, (size_t)content_question_index(c, "experience")), "yes");
	cr_assert(vt_pick(vt, "Check my eligibility", true));
	cr_assert(vt_pick(vt, kit_prefix(kit_label(content_question_index(c, "role"), *role), 25, buf), true),
	          "%s", vt_dump(vt));
	kit_see(vt, "Question 2 of");
	cr_assert(vt_pick(vt, kit_prefix(kit_label(content_question_index(c, "experience"), *exp), 25, buf), true),
	          "%s", vt_dump(vt));
	kit_see(vt, "Question 3 of");
}

static void answers_intact(struct vt *vt, int role, int exp)
{
	const struct content *c = kit_content();
	char buf[64], line[80];
	vt_resize(vt, 24, 80);
	to_menu(vt);
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	kit_see(vt, "Question 3 of");
	vt_key(vt, VTERM_KEY_ESCAPE);
	snprintf(line, sizeof line, "(*) %s", kit_prefix(kit_label(content_question_index(c, "experience"), exp), 25, buf));
	kit_see(vt, line);
	vt_key(vt, VTERM_KEY_ESCAPE);
	snprintf(line, sizeof line, "(*) %s", kit_prefix(kit_label(content_question_index(c, "role"), role), 25, buf));
	kit_see(vt, line);
}

Test(robust, tiny_terminals)
{
	/* 20x5: asks to be enlarged; keys do nothing; 80x24: the menu. */
	struct vt *vt = start(5, 20, NULL);
	kit_see(vt, "enlarge");
	vt_send(vt, "\rjq?/\033");
	vt_settle(vt, 100, 2000);
	cr_expect(alive(vt), "%s", vt_dump(vt));
	kit_see(vt, "enlarge");
	vt_resize(vt, 24, 80);
	kit_see(vt, "Check my eligibility");
	vt_free(vt);
	/* 1x1, with answers given before: they survive. */
	vt = start(24, 80, NULL);
	kit_see(vt, "Check my eligibility");
	int role, exp;
	answer_two(vt, &role, &exp);
	vt_resize(vt, 1, 1);
	vt_settle(vt, 100, 2000);
	vt_send(vt, "\r\r1jjq/\t\033[A");
	vt_settle(vt, 100, 2000);
	cr_assert(alive(vt), "1x1 ended it");
	answers_intact(vt, role, exp);
	vt_free(vt);
	vt = start(1, 1, NULL);
	vt_settle(vt, 200, 3000);
	cr_assert(alive(vt));
	vt_resize(vt, 24, 80);
	kit_see(vt, "Check my eligibility");
	vt_free(vt);
}

/* At 80x24, with two questions answered. */
static struct vt *start_answered(int *role, int *exp)
{
	struct vt *vt = start(24, 80, NULL);
	kit_see(vt, "Check my eligibility");
	answer_two(vt, role, exp);
	return vt;
}

Test(robust, two_hundred_resizes_while_keys_arrive)
{
	int role, exp;
	struct vt *vt = start_answered(&role, &exp);
	static const int sizes[][2] = { { 24, 80 }, { 5, 20 }, { 60, 200 }, { 12, 40 }, { 1, 1 }, { 40, 120 },
		                        { 11, 39 }, { 25, 81 } };
	/* Keys that move and look but do not answer. */
	static const char *const keys[] = { "\033[B", "\033[A", "\t", "\014", "?", "\033", "\033[6~", "/", "x" };
	for (int i = 0; i < 200; i++) {
		vt_winsize(vt, sizes[i % 8][0], sizes[i % 8][1]);
		vt_send(vt, keys[i % 9]);
		if (i % 9 == 7)
			vt_send(vt, "\033");
		vt_pump(vt, 2);
	}
	/* The emulator follows only now, and a redraw shows what the program holds. */
	vt_resize(vt, 25, 81);
	vt_send(vt, "\014");
	vt_settle(vt, 200, 5000);
	cr_assert(alive(vt), "the resizes ended it:%s", vt_dump(vt));
	answers_intact(vt, role, exp);
	vt_free(vt);
}

Test(robust, a_megabyte_pasted)
{
	int role, exp;
	struct vt *vt = start_answered(&role, &exp);
	vt_char(vt, '/');
	kit_see(vt, "Search:");
	size_t n = 1024 * 1024;
	char *text = malloc(n);
	for (size_t i = 0; i < n; i++)
		text[i] = "probation officer training "[i % 27];
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	vt_paste(vt, text, n);
	vt_settle(vt, 300, 30000);
	double s = secs_since(&t0);
	cr_log_info("1 MiB pasted: taken in %.2f s", s);
	cr_assert(alive(vt), "a paste ended it:%s", vt_dump(vt));
	cr_expect_lt(s, 30.0, "1 MiB took %.1f s", s);
	kit_see(vt, "Search: ");
	kit_see(vt, "probation officer training probation");
	free(text);
	vt_key(vt, VTERM_KEY_ESCAPE);
	answers_intact(vt, role, exp);
	vt_free(vt);
}

/* ---- faults ---- */

/* Hang up at a question: gone within a second, and no spinning on the way
 * out.  Logs the numbers for the record. */
static void hang_up(struct kit_child *child, const char *how)
{
	struct vt *vt = vt_start_with(24, 80, CONTENT_ARGS, NULL, child ? kit_child : NULL, child);
	kit_see(vt, "Check my eligibility");
	cr_assert(vt_pick(vt, "Check my eligibility", true));
	kit_see(vt, "Question 1 of");
	vt_settle(vt, 100, 2000);
	long long before = kit_cpu_ns(vt_pid(vt));
	long t0 = kit_now_ms();
	int status = vt_hangup(vt, 5000);
	long ms = kit_now_ms() - t0;
	long long after = vt_cpu_ns(vt) - before;
	cr_log_info("hang-up (%s): gone in %ld ms, %.2f ms of CPU after", how, ms, (double)after / 1e6);
	cr_assert_neq(status, -1, "still running 5 s after the hang-up (%s)", how);
	cr_expect_eq(status, 1, "status %d (%s)", status, how);
	cr_expect_lt(ms, 1000, "took %ld ms to go (%s)", ms, how);
	cr_expect_lt(after, EXIT_CPU_NS, "%.1f ms of CPU after the hang-up (%s)", (double)after / 1e6, how);
	vt_free(vt);
}

Test(robust, hang_up_with_sighup)
{
	hang_up(NULL, "SIGHUP and read errors");
}

Test(robust, hang_up_with_read_errors_only)
{
	/* Not the terminal's controlling process: no SIGHUP comes, only
	 * POLLHUP and failing reads. */
	struct kit_child child = { .no_ctty = true };
	hang_up(&child, "read errors only");
}

static void fresh_pty_modes(struct termios *tio)
{
	int m, s;
	struct winsize ws = { 24, 80, 0, 0 };
	cr_assert_eq(openpty(&m, &s, NULL, NULL, &ws), 0);
	cr_assert_eq(tcgetattr(s, tio), 0);
	close(s);
	close(m);
}

static void same_modes(const struct termios *a, const struct termios *b, const char *when)
{
	cr_expect_eq(a->c_iflag, b->c_iflag, "c_iflag %o, was %o (%s)", a->c_iflag, b->c_iflag, when);
	cr_expect_eq(a->c_oflag, b->c_oflag, "c_oflag %o, was %o (%s)", a->c_oflag, b->c_oflag, when);
	cr_expect_eq(a->c_cflag, b->c_cflag, "c_cflag %o, was %o (%s)", a->c_cflag, b->c_cflag, when);
	cr_expect_eq(a->c_lflag, b->c_lflag, "c_lflag %o, was %o (%s)", a->c_lflag, b->c_lflag, when);
	cr_expect_eq(memcmp(a->c_cc, b->c_cc, sizeof a->c_cc), 0, "c_cc differs (%s)", when);
}

Test(robust, signals_mid_question_restore_the_terminal_exactly)
{
	struct termios was;
	fresh_pty_modes(&was);
	static const int sigs[] = { SIGTERM, SIGHUP, SIGINT };
	static const int status[] = { 1, 1, 0 };
	for (size_t i = 0; i < 3; i++) {
		struct vt *vt = start(24, 80, NULL);
		kit_see(vt, "Check my eligibility");
		cr_assert(vt_pick(vt, "Check my eligibility", true));
		kit_see(vt, "Question 1 of");
		struct termios during, after;
		cr_assert(vt_termios(vt, &during));
		cr_expect(!(during.c_lflag & ICANON), "curses did not change the modes?");
		long t0 = kit_now_ms();
		vt_signal(vt, sigs[i]);
		cr_expect_eq(vt_exit(vt, WAIT), status[i], "%s", strsignal(sigs[i]));
		cr_expect_lt(kit_now_ms() - t0, 1000, "%s took over a second", strsignal(sigs[i]));
		cr_assert(vt_termios(vt, &after));
		same_modes(&after, &was, strsignal(sigs[i]));
		/* The normal screen is back, the cursor shown. */
		cr_expect(vt_raw_has(vt, 0, "\033[?1049l"), "the alternate screen was not left");
		vt_free(vt);
	}
}

Test(robust, a_crash_resets_the_terminal_and_dies_of_it)
{
	struct termios was;
	fresh_pty_modes(&was);
	struct kit_child child = { .no_core = true };
	struct vt *vt = vt_start_with(24, 80, CONTENT_ARGS, NULL, kit_child, &child);
	kit_see(vt, "Check my eligibility");
	vt_settle(vt, 100, 2000);
	size_t mark = vt_written(vt);
	vt_signal(vt, SIGBUS);
	cr_expect_eq(vt_exit(vt, WAIT), 128 + SIGBUS, "it should die of the signal");
	cr_expect(vt_raw_has(vt, mark, "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h"),
	          "no reset sequence after the crash");
	cr_expect(vt_raw_has(vt, mark, "\033[?1049l"), "the alternate screen was not left");
	struct termios after;
	cr_assert(vt_termios(vt, &after));
	same_modes(&after, &was, "after a crash");
	vt_free(vt);
}

Test(robust, end_of_input)
{
	/* Standard input at its end from the start (a terminal for output):
	 * the plain front end, which ends at once, cleanly. */
	struct run r;
	long t0 = kit_now_ms();
	run_pa(&r, NULL, CONTENT_ARGS, ARGS("TERM=xterm-256color"));
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_lt(kit_now_ms() - t0, 2000);
	cr_expect_str_eq(r.err, "");
	run_free(&r);
}

/* ---- saving where it cannot, or must not ---- */

static void to_result(struct vt *vt)
{
	int answers[64];
	kit_see(vt, "Check my eligibility");
	kit_walk_to(vt, "access-route", answers);
}

static void save_as(struct vt *vt, const char *path)
{
	vt_char(vt, 's');
	kit_see(vt, "Save the plan");
	vt_send(vt, "\x15");
	vt_send(vt, path);
	vt_send(vt, "\r");
}

static size_t entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;
	while (d && (e = readdir(d)))
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	if (d)
		closedir(d);
	return n;
}

/* The plan is still there to save again: nothing is lost. */
static void result_still_there(struct vt *vt)
{
	char buf[64];
	vt_key(vt, VTERM_KEY_ESCAPE);
	kit_see(vt, "not saved");
	kit_see(vt, kit_headline("access-route", buf));
}

Test(robust, saving_to_a_full_disk)
{
	/* A file size limit of 512 bytes stands in for a full disk: writes
	 * fail with EFBIG as they would with ENOSPC. */
	char *dir = scratch_dir(), path[4300], old[4300];
	struct kit_child child = { .fsize = 512 };
	struct vt *vt = vt_start_with(24, 80, CONTENT_ARGS, NULL, kit_child, &child);
	to_result(vt);
	snprintf(path, sizeof path, "%s/new-plan.txt", dir);
	save_as(vt, path);
	kit_see(vt, "Could not save");
	kit_see(vt, "File too large");
	cr_expect_eq(entries(dir), 0, "a partial or temporary file was left");
	/* Over an existing file: it keeps its old text. */
	snprintf(old, sizeof old, "%s/old-plan.txt", dir);
	put_file(dir, "old-plan.txt", "my old plan\n", 12);
	vt_send(vt, "\x15");
	vt_send(vt, old);
	vt_send(vt, "\r");
	kit_see(vt, "already exists");
	vt_char(vt, 'y');
	/* The question goes once the write has been tried (the old message
	 * shows beneath it all along). */
	cr_expect(vt_wait_gone(vt, "already exists", WAIT), "%s", vt_dump(vt));
	vt_settle(vt, 100, 2000);
	kit_see(vt, "File too large");
	char *text = get_file(old, NULL);
	cr_expect_str_eq(text, "my old plan\n", "the old file was damaged");
	free(text);
	cr_expect_eq(entries(dir), 1, "a temporary file was left");
	result_still_there(vt);
	vt_free(vt);
	scratch_free(dir);
}

Test(robust, saving_into_a_read_only_directory)
{
	const char *why = geteuid() == 0 ? kit_nobody_problem() : NULL;
	if (why)
		cr_skip_test("%s", why);
	char *dir = scratch_dir(), path[4300];
	chmod(dir, 0555); /* for root: owned by root, so "nobody" cannot write */
	struct kit_child child = { .nobody = true };
	/* The built-in content: "nobody" may not read the work tree. */
	char *cdir, *cfg = kit_config("", &cdir);
	chmod(cdir, 0755);
	chmod(cfg, 0644);
	struct vt *vt = vt_start_with(24, 80, ARGS("--config", cfg), NULL, kit_child, &child);
	to_result(vt);
	snprintf(path, sizeof path, "%s/plan.txt", dir);
	save_as(vt, path);
	kit_see(vt, "Could not save");
	kit_see(vt, "Permission denied");
	cr_expect_eq(entries(dir), 0);
	result_still_there(vt);
	vt_free(vt);
	free(cfg);
	scratch_free(cdir);
	scratch_free(dir);
}

Test(robust, saving_over_a_symbolic_link_is_refused)
{
	char *dir = scratch_dir(), link[4300], target[4300];
	snprintf(link, sizeof link, "%s/plan.txt", dir);
	snprintf(target, sizeof target, "%s/precious.txt", dir);
	put_file(dir, "precious.txt", "precious\n", 9);
	cr_assert_eq(symlink(target, link), 0);
	struct vt *vt = start(24, 80, NULL);
	to_result(vt);
	save_as(vt, link);
	kit_see(vt, "it is a symbolic");
	cr_expect_not(vt_wait(vt, "already exists", 200), "it offered to replace a link");
	char *text = get_file(target, NULL);
	cr_expect_str_eq(text, "precious\n", "the link's target was written");
	free(text);
	struct stat st;
	cr_expect(lstat(link, &st) == 0 && S_ISLNK(st.st_mode), "the link was replaced");
	/* A dangling link: nothing is created where it points. */
	char dangling[4300], nowhere[4300];
	snprintf(dangling, sizeof dangling, "%s/dangling.txt", dir);
	snprintf(nowhere, sizeof nowhere, "%s/nowhere.txt", dir);
	cr_assert_eq(symlink(nowhere, dangling), 0);
	vt_send(vt, "\x15");
	vt_send(vt, dangling);
	vt_send(vt, "\r");
	cr_expect(vt_wait_gone(vt, "precious.txt", WAIT));
	kit_see(vt, "dangling.txt: it is a");
	kit_see(vt, "symbolic");
	cr_expect_neq(access(nowhere, F_OK), 0, "a file was made through the dangling link");
	/* A device: never replaced. */
	vt_send(vt, "\x15");
	vt_send(vt, "/dev/null\r");
	kit_see(vt, "/dev/null: it is not a");
	cr_expect_eq(entries(dir), 3);
	result_still_there(vt);
	vt_free(vt);
	scratch_free(dir);
}

/* ---- privacy ---- */

Test(robust, saved_plans_are_0600_whatever_the_umask)
{
	static const mode_t masks[] = { 0, 022, 077, 0777 };
	for (size_t i = 0; i < 4; i++) {
		char *dir = scratch_dir(), path[4300];
		snprintf(path, sizeof path, "%s/plan.txt", dir);
		struct kit_child child = { .set_umask = true, .umask = masks[i] };
		struct vt *vt = vt_start_with(24, 80, CONTENT_ARGS, NULL, kit_child, &child);
		to_result(vt);
		save_as(vt, path);
		kit_see(vt, "Plan saved to");
		struct stat st;
		cr_assert_eq(stat(path, &st), 0);
		cr_expect_eq(st.st_mode & 07777, 0600, "mode %o with umask %03o", st.st_mode & 07777, masks[i]);
		vt_free(vt);
		scratch_free(dir);
	}
}

Test(robust, no_message_carries_an_answer)
{
	/* Everything the program says outside the screen goes to stderr: in
	 * a session with a failed save and a signal at the end, it says
	 * nothing at all, so no answer can be in a log. */
	char *dir = scratch_dir(), log[4300];
	snprintf(log, sizeof log, "%s/stderr", dir);
	struct kit_child child = { .stderr_file = log };
	struct vt *vt = vt_start_with(24, 80, CONTENT_ARGS, NULL, kit_child, &child);
	to_result(vt);
	save_as(vt, "/nonexistent-dir/plan.txt");
	kit_see(vt, "Could not save to /nonexistent-dir/plan.txt:");
	kit_see(vt, "No such file or");
	/* The on-screen error names the file and the reason, no answer. */
	const struct content *c = kit_content();
	char *text = vt_text(vt);
	const char *msg = strstr(text, "Could not save");
	for (size_t q = 0; msg && q < content_nquestions(c); q++)
		for (size_t o = 0; o < content_question(c, q)->noptions; o++) {
			char buf[64];
			const char *l = kit_prefix(content_question(c, q)->options[o].label, 20, buf);
			const char *nl = strchr(msg, '\n');
			cr_expect(!(strstr(msg, l) && (!nl || strstr(msg, l) < nl)), "the error shows an answer");
		}
	free(text);
	vt_signal(vt, SIGTERM);
	cr_expect_eq(vt_exit(vt, WAIT), 1);
	size_t len = 0;
	char *err = get_file(log, &len);
	cr_expect_eq(len, 0, "stderr: %s", err);
	free(err);
	vt_free(vt);
	scratch_free(dir);
}

/* ---- no busy loop ---- */

Test(robust, idle_means_no_cpu_and_no_wakeups)
{
	/* Outside a kiosk, at a question; then a kiosk with someone there and
	 * its reset two minutes away: nothing to do, so nothing runs. */
	char *dir, *file = kit_config("kiosk = true;\n", &dir);
	const char *const *args[] = { CONTENT_ARGS, ARGS("--config", file) };
	for (size_t i = 0; i < 2; i++) {
		struct vt *vt = vt_start(24, 80, args[i], NULL);
		kit_see(vt, "Check my eligibility");
		cr_assert(vt_pick(vt, "Check my eligibility", true));
		kit_see(vt, "Question 1 of");
		vt_settle(vt, 300, 3000);
		pid_t pid = vt_pid(vt);
		long w0 = kit_wakeups(pid);
		long long c0 = kit_cpu_ns(pid);
		sleep(3);
		long w1 = kit_wakeups(pid);
		long long c1 = kit_cpu_ns(pid);
		cr_log_info("idle 3 s (%s): %lld ns of CPU, %ld wake-ups", i ? "kiosk" : "plain", c1 - c0, w1 - w0);
		cr_expect_eq(w1 - w0, 0, "woke %ld times in 3 idle seconds", w1 - w0);
		cr_expect_eq(c1 - c0, 0, "%lld ns of CPU in 3 idle seconds", c1 - c0);
		vt_free(vt);
	}
	free(file);
	scratch_free(dir);
}

/* ---- SSH ---- */

Test(robust, an_ssh_command_request_is_refused_at_once)
{
	static const char *const cmds[] = { "SSH_ORIGINAL_COMMAND=scp -t /tmp", "SSH_ORIGINAL_COMMAND=internal-sftp",
		                            "SSH_ORIGINAL_COMMAND=/usr/lib/openssh/sftp-server", "SSH_ORIGINAL_COMMAND=sh" };
	for (size_t i = 0; i < 4; i++) {
		struct run r;
		long t0 = kit_now_ms();
		run_pa(&r, "ignored\n", ARGS("--kiosk"), ARGS(cmds[i]));
		cr_expect_eq(r.status, 2, "%s: exit %d", cmds[i], r.status);
		cr_expect_lt(kit_now_ms() - t0, 2000);
		cr_expect_str_eq(r.out, "", "scp and sftp read stdout: it must stay empty");
		cr_expect_not_null(strstr(r.err, "does not run commands or copy files"), "%s", r.err);
		run_free(&r);
	}
}

Test(robust, ssh_without_a_terminal)
{
	/* ssh -T: pipes, no terminal.  The advisor runs line by line... */
	struct run r;
	run_pa(&r, "3\nq\n", CONTENT_ARGS, ARGS("TERM=xterm-256color", "SSH_CONNECTION=1 2 3 4"));
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, "1."), "%s", r.out);
	run_free(&r);
	/* ...and a kiosk says it needs one. */
	kit_run_config(&r, "kiosk = true;\n", "3\n", NULL, ARGS("TERM=xterm-256color"));
	cr_expect_eq(r.status, 1);
	cr_expect_not_null(strstr(r.err, "kiosk mode needs a terminal"), "%s", r.err);
	cr_expect_not_null(strstr(r.err, "ssh -t"), "%s", r.err);
	cr_expect_str_eq(r.out, "");
	run_free(&r);
}

Test(robust, contrib_holds_the_sshd_and_getty_examples)
{
	char *sshd = get_file("contrib/sshd_config.d/probation-advisor.conf", NULL);
	char *getty = get_file("contrib/getty@tty1.service.d/probation-advisor.conf", NULL);
	char *readme = get_file("README.md", NULL), *man = get_file("man/probation-advisor.1", NULL);
	/* The man source writes "-" as "\\-". */
	char *o = man;
	for (const char *p = man; *p; p++)
		if (!(p[0] == '\\' && p[1] == '-'))
			*o++ = *p;
	*o = '\0';
	cr_assert_not_null(sshd, "contrib/sshd_config.d/probation-advisor.conf is missing");
	cr_assert_not_null(getty, "contrib/getty@tty1.service.d/probation-advisor.conf is missing");
	cr_expect_not_null(strstr(sshd, "Match User"));
	cr_expect_not_null(strstr(sshd, "ForceCommand"));
	cr_expect_not_null(strstr(sshd, "DisableForwarding yes"));
	cr_expect_not_null(strstr(getty, "--autologin"));
	static const char *const names[] = { "sshd_config.d/probation-advisor.conf",
		                             "getty@tty1.service.d/probation-advisor.conf" };
	for (size_t i = 0; i < 2; i++) {
		cr_expect_not_null(strstr(readme, names[i]), "README.md does not explain %s", names[i]);
		cr_expect_not_null(strstr(man, names[i]), "the man page does not explain %s", names[i]);
	}
	free(sshd);
	free(getty);
	free(readme);
	free(man);
}

/* ---- house rules, in the source ---- */

Test(robust, the_program_never_spawns_or_connects)
{
	static const char *const banned[] = { "system(", "popen(", "execl", "execv", "execve(", "fork(",
		                              "posix_spawn", "socket(", "connect(", "getaddrinfo(" };
	static const char *const dirs[] = { "src/base", "src/store", "src/rules", "src/plan", "src/front",
		                            "src/front/tui" };
	size_t files = 0;
	for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++) {
		DIR *d = opendir(dirs[k]);
		cr_assert_not_null(d);
		struct dirent *e;
		while ((e = readdir(d))) {
			size_t n = strlen(e->d_name);
			if (n < 3 || strcmp(e->d_name + n - 2, ".c") != 0)
				continue;
			char path[512];
			snprintf(path, sizeof path, "%s/%s", dirs[k], e->d_name);
			char *text = get_file(path, NULL);
			files++;
			for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++)
				for (const char *p = text; (p = strstr(p, banned[i])); p++) {
					char before = p == text ? ' ' : p[-1];
					cr_expect(before == '_' || (before >= 'a' && before <= 'z'), "%s calls %s", path,
					          banned[i]);
				}
			free(text);
		}
		closedir(d);
	}
	cr_expect_gt(files, 20);
}

/* ---- what is left in memory after a person has gone ---- */

/* Where the save field's name, the search and the saved plan's name are,
 * if any is still in the running program's memory. */
static void nothing_in_memory(struct vt *vt, const char *const *secrets, const char *when)
{
	vt_settle(vt, 200, 3000);
	for (size_t i = 0; secrets[i]; i++) {
		const char *at = kit_mem_find(vt_pid(vt), secrets[i]);
		cr_expect_null(at, "\"%s\" is still in memory %s, %s", secrets[i], when, at);
	}
}

/* The resume code the result shows, read off its end. */
static void shown_code(struct vt *vt, char *code, size_t size)
{
	static const char label[] = "Your resume code: ";
	vt_char(vt, 'G');
	cr_assert(vt_wait(vt, label, 3000), "no resume code at the end of the result: %s", vt_dump(vt));
	char *text = vt_text(vt), *at = strstr(text, label);
	snprintf(code, size, "%.11s", at + sizeof label - 1);
	free(text);
	vt_char(vt, 'g');
}

/* Type a search, read the resume code, save (outside a kiosk under a name
 * typed in; in a kiosk into the spool, under a name the program makes up
 * and shows), in a kiosk with a printer print the plan too, then forget:
 * by "finish and forget me" or by the idle reset.  None of the three may
 * stay in memory. */
static void typed_then_forgotten(bool kiosk, bool idle, bool print)
{
	char *dir = scratch_dir(), *pdir = scratch_dir(), path[4200], cfg[8800], name[256] = "Quokkaplanname";
	char printer[4300] = "";
	if (print) {
		snprintf(path, sizeof path, "%s/printer", pdir);
		put_file(pdir, "printer", "", 0); /* a file printer must be there already */
		snprintf(printer, sizeof printer, "printer = \"%s\";\n", path);
	}
	snprintf(cfg, sizeof cfg, "%s%s%s%s%s", kiosk ? "kiosk = true;\nspool_dir = \"" : "", kiosk ? dir : "",
	         kiosk ? "\";\n" : "", idle ? "idle_timeout = 1;\nidle_warning = 1;\n" : "", printer);
	char *file = kit_config(cfg, NULL);
	struct vt *vt = vt_start(24, 80, ARGS("--content", "content", "--config", file), NULL);
	cr_assert_not_null(vt);
	to_result(vt);
	vt_send(vt, "/Xylophonequest");
	kit_see(vt, "Xylophonequest");
	char headline[64];
	kit_headline("access-route", headline);
	for (int i = 0; i < 5 && !vt_wait(vt, headline, 300); i++)
		vt_key(vt, VTERM_KEY_ESCAPE);
	char code[16];
	shown_code(vt, code, sizeof code);
	if (kiosk) {
		vt_char(vt, 's');
		kit_see(vt, "Your plan is saved as plan-");
		DIR *d = opendir(dir);
		struct dirent *e;
		while (d && (e = readdir(d)))
			if (e->d_name[0] != '.')
				snprintf(name, sizeof name, "%.*s", (int)strcspn(e->d_name, "."), e->d_name);
		if (d)
			closedir(d);
	} else {
		snprintf(path, sizeof path, "%s/%s.txt", dir, name);
		save_as(vt, path);
	}
	kit_see(vt, name);
	cr_assert_eq(entries(dir), 1, "the plan was not saved");
	if (print) {
		vt_key(vt, VTERM_KEY_ENTER); /* the saved plan's name, dismissed */
		vt_char(vt, 'p');
		kit_see(vt, "Printed: please take");
		char *sent = get_file_in(pdir, "printer", NULL);
		cr_assert(sent && strstr(sent, code), "the printed plan has no resume code %s", code);
		explicit_bzero(sent, strlen(sent));
		free(sent);
	}
	if (idle) {
		kit_see(vt, "Are you still there?");
	} else {
		if (kiosk && !print) /* the saved plan's name stays until dismissed */
			vt_key(vt, VTERM_KEY_ENTER);
		for (int i = 0; i < 5 && !vt_wait(vt, headline, 300); i++)
			vt_key(vt, VTERM_KEY_ESCAPE);
		vt_char(vt, 'f');
		kit_see(vt, "Finish and forget me?");
		vt_char(vt, 'y');
	}
	kit_see(vt, "Welcome");
	nothing_in_memory(vt, ARGS("Xylophonequest", name, code), idle ? "after the idle reset" : "after forget me");
	vt_free(vt);
	free(file);
	scratch_free(dir);
	scratch_free(pdir);
}

Test(robust, nothing_typed_stays_in_memory_after_forget_me)
{
	typed_then_forgotten(false, false, false);
}

Test(robust, nothing_of_a_kiosk_plan_stays_in_memory_after_forget_me)
{
	typed_then_forgotten(true, false, false);
}

Test(robust, nothing_of_a_kiosk_plan_stays_in_memory_after_the_idle_reset)
{
	typed_then_forgotten(true, true, false);
}

Test(robust, nothing_of_a_printed_plan_stays_in_memory_after_forget_me)
{
	typed_then_forgotten(true, false, true);
}

Test(robust, nothing_of_a_printed_plan_stays_in_memory_after_the_idle_reset)
{
	typed_then_forgotten(true, true, true);
}

/* ---- window sizes: nothing from 0x0 to 65535x65535 crashes or takes memory ---- */

/* The largest window drawn (man page, BUGS AND LIMITS): a larger one is
 * drawn at this size.  Memory stays well under 64 MiB even there. */
#define MAX_LINES 500
#define MAX_COLS 1000
#if defined(__SANITIZE_ADDRESS__)
#define PEAK_KB (1024L * 1024) /* the sanitizer's shadow memory and its 256 MiB quarantine */
#else
#define PEAK_KB (64L * 1024)
#endif

static const int sizes[] = { 0, 1, 11, 12, 39, 40, 80, 499, 500, 501, 999, 1000, 1001, 20000, 32767, 32768, 65535 };
#define NSIZES (sizeof sizes / sizeof sizes[0])

/* Ends at once on SIGTERM, as it should at any size. */
static void ends_on_sigterm(struct vt *vt, const char *when)
{
	long t0 = kit_now_ms();
	vt_signal(vt, SIGTERM);
	cr_expect_eq(vt_exit(vt, WAIT), 1, "SIGTERM %s", when);
	cr_expect_lt(kit_now_ms() - t0, 1000, "SIGTERM %s took %ld ms", when, kit_now_ms() - t0);
}

Test(robust, window_sizes_from_nothing_to_65535_through_resize)
{
	struct vt *vt = start(24, 80, NULL);
	kit_see(vt, "Check my eligibility");
	for (size_t i = 0; i < NSIZES; i++) {
		const int both[3][2] = { { sizes[i], sizes[i] }, { sizes[i], 80 }, { 24, sizes[i] } };
		for (int k = 0; k < 3; k++) {
			vt_resize(vt, both[k][0], both[k][1]);
			vt_settle(vt, 50, 5000);
			cr_assert(alive(vt), "gone at %dx%d (rows x columns): status %d", both[k][0], both[k][1],
			          vt_exit(vt, 0));
		}
	}
	long kb = kit_peak_kb(vt_pid(vt));
	cr_log_info("peak memory over the sweep: %ld KiB", kb);
	cr_expect_lt(kb, PEAK_KB, "%ld KiB at most", kb);
	/* Larger than the largest drawn is drawn at that size: usable. */
	vt_resize(vt, 65535, 65535);
	kit_see(vt, "Check my eligibility");
	vt_resize(vt, 5, 20);
	kit_see(vt, "Please enlarge");
	vt_resize(vt, 24, 80);
	kit_see(vt, "Check my eligibility");
	ends_on_sigterm(vt, "after the sweep");
	vt_free(vt);
}

/* COLUMNS and LINES, set or not, sane or not, outside a kiosk (where they
 * are honoured, clamped) and in one (where they are ignored). */
static void sized_by_environment(bool kiosk, const char *lines, const char *cols)
{
	char l[64], c[64];
	snprintf(l, sizeof l, "LINES=%s", lines);
	snprintf(c, sizeof c, "COLUMNS=%s", cols);
	char *dir, *file = kit_config(kiosk ? "kiosk = true;\n" : "", &dir);
	struct vt *vt = vt_start(24, 80, ARGS("--content", "content", "--config", file), ARGS(l, c));
	cr_assert_not_null(vt);
	bool small = !kiosk && ((atol(lines) > 0 && atol(lines) < 12) || (atol(cols) > 0 && atol(cols) < 40));
	char what[200];
	snprintf(what, sizeof what, "with %s %s%s", l, c, kiosk ? " in a kiosk" : "");
	/* (In a window of a line or a few columns, no message fits.) */
	bool tiny = small && (atol(lines) < 3 || atol(cols) < 30);
	if (tiny)
		vt_settle(vt, 200, 3000);
	else
		cr_expect(vt_wait(vt, small ? "Please enlarge" : "Check my eligibility", WAIT), "%s:%s", what, vt_dump(vt));
	cr_assert(alive(vt), "gone %s: status %d", what, vt_exit(vt, 0));
	long kb = kit_peak_kb(vt_pid(vt));
	cr_expect_lt(kb, PEAK_KB, "%ld KiB %s", kb, what);
	ends_on_sigterm(vt, what);
	vt_free(vt);
	free(file);
	scratch_free(dir);
}

Test(robust, window_sizes_from_columns_and_lines)
{
	static const char *const env[][2] = { { "0", "0" }, { "1", "1" }, { "24", "80" }, { "30000", "30000" },
		                              { "65535", "80" }, { "24", "65535" }, { "32768", "2" },
		                              { "99999999", "99999999" }, { "-5", "x" } };
	for (size_t i = 0; i < sizeof env / sizeof env[0]; i++)
		for (int kiosk = 0; kiosk < 2; kiosk++)
			sized_by_environment(kiosk, env[i][0], env[i][1]);
}

/* ---- every signal that would end the program ---- */

static const int fatal_signals[] = { SIGHUP,  SIGINT,  SIGQUIT,   SIGILL,    SIGTRAP,   SIGABRT, SIGBUS,
	                             SIGFPE,  SIGUSR1, SIGSEGV,   SIGUSR2,   SIGPIPE,   SIGALRM, SIGTERM,
	                             SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGPOLL, SIGPWR,
	                             SIGSYS };

static bool is_crash_signal(int sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL || sig == SIGABRT ||
	       sig == SIGSYS || sig == SIGTRAP;
}

enum mode { FULL, KIOSK, PLAIN };

/* What the mode must do with sig: -1 carry on (the signal is ignored),
 * else end with this status. */
static int wanted(enum mode m, int sig)
{
	struct sigaction here;
	sigaction(sig, NULL, &here);
	if (sig == SIGXFSZ || (m == KIOSK && (sig == SIGINT || sig == SIGQUIT)))
		return -1;
	/* Plain mode keeps a signal ignored that its caller ignores (nohup),
	 * as the test runner does with some. */
	if (m == PLAIN && here.sa_handler == SIG_IGN)
		return -1;
	/* Plain mode leaves the terminal's modes as they were: a real-time
	 * signal may end it as the default does. */
	if (is_crash_signal(sig) || (m == PLAIN && sig >= SIGRTMIN))
		return 128 + sig;
	return m != PLAIN && (sig == SIGINT || sig == SIGQUIT) ? 0 : 1;
}

static void one_signal(enum mode m, int sig, const struct termios *was)
{
	char *dir, *file = kit_config(m == KIOSK ? "kiosk = true;\n" : "", &dir);
	struct kit_child child = { .no_core = true };
	/* A sanitizer build would take the crash signals of plain mode (which
	 * leaves them to their default) as its own findings. */
	const char *const *env = ARGS("ASAN_OPTIONS=detect_leaks=1:handle_segv=0:handle_sigbus=0:handle_sigfpe=0:"
	                              "handle_sigill=0:handle_abort=0:handle_sigtrap=0");
	struct vt *vt = vt_start_with(24, 80,
	                              m == PLAIN ? ARGS("--content", "content", "--config", file, "--plain")
	                                         : ARGS("--content", "content", "--config", file),
	                              env, kit_child, &child);
	cr_assert_not_null(vt);
	kit_see(vt, m == PLAIN ? "1." : "Check my eligibility");
	vt_settle(vt, 100, 2000);
	long t0 = kit_now_ms();
	vt_signal(vt, sig);
	int want = wanted(m, sig), got = vt_exit(vt, want < 0 ? 300 : WAIT);
	const char *name = strsignal(sig), *mode = m == FULL ? "full screen" : m == KIOSK ? "kiosk" : "plain";
	if (want < 0) {
		cr_expect_eq(got, -1, "%s ended the %s advisor (status %d)", name, mode, got);
		ends_on_sigterm(vt, name);
	} else {
		cr_expect_eq(got, want, "%s, %s: status %d, want %d", name, mode, got, want);
		cr_expect_lt(kit_now_ms() - t0, 1000, "%s, %s: %ld ms to end", name, mode, kit_now_ms() - t0);
	}
	struct termios after;
	cr_assert(vt_termios(vt, &after));
	same_modes(&after, was, name);
	if (m != PLAIN)
		cr_expect(vt_raw_has(vt, 0, "\033[?1049l"), "%s, %s: the alternate screen was not left", name, mode);
	vt_free(vt);
	free(file);
	scratch_free(dir);
}

static void every_signal(enum mode m)
{
	struct termios was;
	fresh_pty_modes(&was);
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		one_signal(m, fatal_signals[i], &was);
	const int rt[] = { SIGRTMIN, SIGRTMIN + 7, SIGRTMAX };
	for (size_t i = 0; i < 3; i++)
		one_signal(m, rt[i], &was);
}

Test(robust, every_fatal_signal_full_screen, .timeout = 240) { every_signal(FULL); }
Test(robust, every_fatal_signal_kiosk, .timeout = 240) { every_signal(KIOSK); }
Test(robust, every_fatal_signal_plain, .timeout = 240) { every_signal(PLAIN); }

/* ---- conditions nested beyond any sense ---- */

Test(robust, conditions_nested_too_deeply_are_refused_not_a_crash)
{
	static const char *const kinds[] = { "parentheses", "not" };
	for (int k = 0; k < 2; k++) {
		char *dir = copy();
		size_t n = k == 0 ? 30000 : 100000;
		char *c = malloc(n * 8 + 100), *p = c;
		p += sprintf(p, "not @level-known or ");
		for (size_t i = 0; i < n; i++)
			p += sprintf(p, "%s", k == 0 ? "(" : "not ");
		p += sprintf(p, "experience = no");
		for (size_t i = 0; k == 0 && i < n; i++)
			*p++ = ')';
		*p = '\0';
		char *from = "when = \"not @level-known\";", *to = malloc(strlen(c) + 20);
		sprintf(to, "when = \"%s\";", c);
		cr_assert(edit_file(dir, "outcomes.cfg", from, to), "outcomes.cfg has no {%s}", from);
		free(to);
		/* Batch mode, the start and --check-content: the same problem. */
		char *err = refused(dir, "outcomes.cfg:", 5.0);
		cr_expect_not_null(strstr(err, "nested too deeply"), "%s: %.300s", kinds[k], err);
		free(err);
		struct run r;
		run_pa(&r, NULL, ARGS("--check-content", dir), NULL);
		cr_expect_eq(r.status, 2, "--check-content, %s: status %d (128+ is a crash)", kinds[k], r.status);
		cr_expect_not_null(strstr(r.err, "nested too deeply"), "%s: %.300s", kinds[k], r.err);
		cr_expect_lt(strlen(r.err), 2000, "%s: %zu bytes of messages", kinds[k], strlen(r.err));
		run_free(&r);
		free(c);
		scratch_free(dir);
	}
}

/* ---- a file size limit, and signals while saving ---- */

Test(robust, saving_under_a_file_size_limit_is_a_message_not_a_death)
{
	/* SIGXFSZ left at its default, as a shell's ulimit -f leaves it. */
	struct termios was;
	fresh_pty_modes(&was);
	char *dir = scratch_dir(), path[4300];
	struct kit_child child = { .fsize = 1000, .fsize_signal = true, .no_core = true };
	struct vt *vt = vt_start_with(24, 80, CONTENT_ARGS, NULL, kit_child, &child);
	to_result(vt);
	snprintf(path, sizeof path, "%s/plan.txt", dir);
	save_as(vt, path);
	kit_see(vt, "File too large");
	cr_assert(alive(vt), "killed by the file size limit: status %d", vt_exit(vt, 0));
	cr_expect_eq(entries(dir), 0, "a truncated plan was left");
	ends_on_sigterm(vt, "after the failed save");
	struct termios after;
	cr_assert(vt_termios(vt, &after));
	same_modes(&after, &was, "after the failed save");
	vt_free(vt);
	scratch_free(dir);
}

/* ---- messages: untrusted names are shown, never obeyed ---- */

Test(robust, escape_sequences_in_names_and_values_are_not_printed)
{
	char *dir = scratch_dir(), bad[4300];
	snprintf(bad, sizeof bad, "%s/\033]0;owned\007\033[2J\x9b" "31m.cfg", dir);
	const char *text = "answers = [ \"role=\033[5m\" ];\nextra = 1;\n";
	put_file(dir, "\033]0;owned\007\033[2J\x9b" "31m.cfg", text, strlen(text));
	const char *const *cases[] = {
		ARGS("--answers", bad),
		ARGS("--answer", "role=\033]0;owned\007"),
		ARGS("--answer", "\033[2J=yes"),
		ARGS("--content", bad, "--answer", "role=pso"),
		ARGS("--check-content", bad),
		ARGS("--format", "\033[31mjson", "--answer", "role=pso"),
		ARGS("--\033[2Jbogus"),
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct run r;
		run_pa(&r, NULL, cases[i], NULL);
		cr_expect_eq(r.status, 2, "case %zu: status %d", i, r.status);
		cr_expect_gt(strlen(r.err), 0, "case %zu: no message", i);
		for (const unsigned char *p = (const unsigned char *)r.err; *p; p++)
			cr_expect(*p >= 0x20 || *p == '\n' || *p == '\t', "case %zu: control byte 0x%02x in %s", i, *p, r.err);
		cr_expect_null(strstr(r.err, "\x9b"), "case %zu: an 8-bit CSI in the message", i);
		run_free(&r);
	}
	scratch_free(dir);
}

/* ---- answers files ---- */

Test(robust, an_answers_file_with_an_unknown_setting_is_refused)
{
	char *dir = scratch_dir(), path[4300];
	const char *text = "answers = [ \"role=pso\", \"level=3\", \"vq=level3\" ];\nanwsers = [ ];\n";
	put_file(dir, "a.cfg", text, strlen(text));
	snprintf(path, sizeof path, "%s/a.cfg", dir);
	struct run r;
	run_pa(&r, NULL, ARGS("--content", "content", "--answers", path), NULL);
	cr_expect_eq(r.status, 2, "status %d: %s", r.status, r.out);
	cr_expect_not_null(strstr(r.err, "a.cfg:2: unknown setting \"anwsers\""), "%s", r.err);
	cr_expect_str_eq(r.out, "", "a plan from a file with a typo");
	run_free(&r);
	scratch_free(dir);
}

Test(robust, sixty_thousand_bad_answers_are_summarised)
{
	char *dir = scratch_dir(), path[4300];
	size_t n = 60000, len = 0;
	char *text = malloc(n * 16 + 64);
	len += (size_t)sprintf(text, "answers = [ ");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "\"k%zu=v\",\n", i);
	len += (size_t)sprintf(text + len, "\"role=pso\" ];\n");
	put_file(dir, "many.cfg", text, len);
	snprintf(path, sizeof path, "%s/many.cfg", dir);
	struct run r;
	run_pa(&r, NULL, ARGS("--content", "content", "--answers", path), NULL);
	cr_expect_eq(r.status, 2);
	size_t lines = 0;
	for (const char *p = r.err; *p; p++)
		lines += *p == '\n';
	cr_expect_leq(lines, 30, "%zu lines of messages", lines);
	cr_expect_not_null(strstr(r.err, "and 59980 more problems"), "%.2000s", r.err);
	run_free(&r);
	free(text);
	scratch_free(dir);
}

/* ---- a terminal that stops reading ---- */

Test(robust, a_stalled_terminal_still_ends_on_sigterm)
{
	struct vt *vt = start(24, 80, NULL);
	to_result(vt);
	kit_stall(vt);
	cr_assert(alive(vt), "ended before SIGTERM: status %d", vt_exit_unread(vt, 0));
	long t0 = kit_now_ms();
	vt_signal(vt, SIGTERM);
	int status = vt_exit_unread(vt, 3000);
	long ms = kit_now_ms() - t0;
	cr_log_info("SIGTERM with the terminal stalled: gone in %ld ms", ms);
	cr_expect_eq(status, 1, "status %d (-1: still there 3 s after SIGTERM)", status);
	cr_expect_lt(ms, 1000, "%ld ms to end", ms);
	vt_free(vt);
}
