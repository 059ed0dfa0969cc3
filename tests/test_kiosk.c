/*
 * Kiosk mode, end to end: the real program under a pseudo-terminal, locked
 * as on a public terminal.  No key ends it or stops it except the admin
 * keys; it forgets each person after the idle time (warning first) or at
 * once on "finish and forget me", clearing the screen and its scrollback;
 * it writes nothing but plans into the spool directory and to the printer,
 * never waits long for a printer, and starts no program; it ignores the
 * person's environment and content; it leaves no core file.
 */
#define _GNU_SOURCE /* strcasestr */
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
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
#include "plan.h"
#include "print.h"
#include "resume.h"
#include "rules.h"
#include "util.h"

#define ARGS KIT_ARGS
#define WAIT KIT_WAIT

struct kiosk {
	struct vt *vt;
	char *dir, *file;
};

static void start_with(struct kiosk *k, const char *config, int rows, int cols, const char *const *env,
                       struct kit_child *child)
{
	k->file = kit_config(config, &k->dir);
	k->vt = vt_start_with(rows, cols, ARGS("--config", k->file), env, child ? kit_child : NULL, child);
	cr_assert_not_null(k->vt);
}

static void start(struct kiosk *k, const char *config)
{
	start_with(k, config, 24, 80, NULL, NULL);
	kit_see(k->vt, "Check my eligibility");
}

static void stop(struct kiosk *k)
{
	vt_free(k->vt);
	free(k->file);
	scratch_free(k->dir);
}

static bool alive(struct vt *vt)
{
	return vt_exit(vt, 50) == -1;
}

/* The program still answers keys: Down moves the highlight, Up back. */
static void responds(struct vt *vt, const char *what)
{
	cr_assert(alive(vt), "the kiosk ended after %s:%s", what, vt_dump(vt));
	vt_pick(vt, "Browse the FAQ", false);
	cr_expect(vt_wait_cursor_row(vt, "Browse the FAQ", WAIT), "no answer to keys after %s:%s", what,
	          vt_dump(vt));
	vt_key(vt, VTERM_KEY_UP);
	cr_expect(vt_wait_cursor_row(vt, "Check my eligibility", WAIT), "no answer to keys after %s:%s", what,
	          vt_dump(vt));
}

TestSuite(kiosk, .fini = kit_content_free);

/* ---- no way out ---- */

Test(kiosk, keys_that_quit_or_stop_elsewhere_do_nothing)
{
	struct kiosk k;
	start(&k, "kiosk = true;\n");
	cr_expect_not(vt_wait(k.vt, "Quit", 200), "the menu offers Quit:%s", vt_dump(k.vt));
	char status[256];
	vt_row(k.vt, 23, status, sizeof status);
	cr_expect_not_null(strstr(status, "? keys"), "no key hints on the status line: %s", status);
	cr_expect_null(strstr(status, "quit"), "the status line offers a quit key: %s", status);
	vt_char(k.vt, 'q');
	kit_see(k.vt, "This is a public terminal");
	responds(k.vt, "q");
	static const struct {
		const char *bytes, *name;
	} keys[] = { { "\x03", "Ctrl-C" }, { "\x1a", "Ctrl-Z" }, { "\x1c", "Ctrl-\\" }, { "\x13", "Ctrl-S" },
		     { "\x04", "Ctrl-D" }, { "\x11", "Ctrl-Q" } };
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		vt_send(k.vt, keys[i].bytes);
		/* After Ctrl-S a terminal with flow control would show nothing more. */
		responds(k.vt, keys[i].name);
	}
	/* The terminal is raw: no key makes a signal, none stops output. */
	struct termios tio;
	cr_assert(vt_termios(k.vt, &tio));
	cr_expect_not(tio.c_lflag & ISIG, "keys can still make signals");
	cr_expect_not(tio.c_iflag & IXON, "Ctrl-S can still stop the output");
	cr_expect_not(tio.c_lflag & ICANON);
	stop(&k);
}

Test(kiosk, signals_a_person_could_send_do_nothing)
{
	struct kiosk k;
	start(&k, "kiosk = true;\n");
	static const int sigs[] = { SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU };
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		vt_signal(k.vt, sigs[i]);
		responds(k.vt, strsignal(sigs[i]));
	}
	/* The administrator's SIGTERM still ends it, cleanly. */
	vt_signal(k.vt, SIGTERM);
	cr_expect_eq(vt_exit(k.vt, WAIT), 1);
	stop(&k);
}

Test(kiosk, without_admin_keys_no_key_ends_it)
{
	struct kiosk k;
	start(&k, "kiosk = true;\n");
	char b[2] = { 0, 0 };
	for (int c = 1; c < 0x80; c++) {
		b[0] = (char)c;
		vt_send(k.vt, b);
		vt_pump(k.vt, 2);
	}
	for (int f = 1; f <= 12; f++)
		vt_key(k.vt, VTERM_KEY_FUNCTION(f));
	vt_key(k.vt, VTERM_KEY_ESCAPE);
	vt_settle(k.vt, 200, 3000);
	cr_expect(alive(k.vt), "a key ended a kiosk with no admin keys:%s", vt_dump(k.vt));
	stop(&k);
}

Test(kiosk, the_admin_keys_end_it)
{
	struct kiosk k;
	start(&k, "kiosk = true;\nadmin_keys = \"Ctrl-X Ctrl-X F12\";\n");
	/* Part of the sequence, then something else: nothing happens. */
	vt_send(k.vt, "\x18\x18");
	vt_char(k.vt, 'j');
	vt_key(k.vt, VTERM_KEY_FUNCTION(12));
	vt_settle(k.vt, 200, 2000);
	cr_expect(alive(k.vt), "a broken sequence ended it");
	vt_send(k.vt, "\x18\x18\x18");
	vt_key(k.vt, VTERM_KEY_FUNCTION(12));
	cr_expect_eq(vt_exit(k.vt, WAIT), 0, "the admin keys did not end it:%s", vt_dump(k.vt));
	/* It leaves a blank screen behind. */
	char *text = vt_text(k.vt);
	cr_expect_null(strstr(text, "eligibility"), "the advisor is still on the screen:%s", vt_dump(k.vt));
	free(text);
	stop(&k);
}

/* ---- forgetting each person ---- */

/* Nothing of the answers, their questions or the outcome on the screen. */
static void nothing_of(struct vt *vt, const int *answers, const char *outcome)
{
	const struct content *c = kit_content();
	char *text = vt_text(vt), buf[64];
	for (size_t q = 0; q < content_nquestions(c); q++) {
		if (answers[q] < 0)
			continue;
		const char *l = kit_prefix(kit_label((int)q, answers[q]), 25, buf);
		cr_expect_null(strstr(text, l), "the answer \"%s\" is still on the screen:%s", l, vt_dump(vt));
		l = kit_prefix(content_question(c, q)->text, 25, buf);
		cr_expect_null(strstr(text, l), "the question \"%s\" is still on the screen:%s", l, vt_dump(vt));
	}
	if (outcome)
		cr_expect_null(strstr(text, kit_headline(outcome, buf)), "the result is still on the screen:%s",
		               vt_dump(vt));
	cr_expect_null(strstr(text, "Your result"));
	cr_expect_null(strstr(text, "carry on where you left off"), "%s", vt_dump(vt));
	cr_expect_null(strstr(text, "You have answered every question"), "%s", vt_dump(vt));
	free(text);
}

/* After a reset: the welcome screen, nothing of the person, the screen and
 * its scrollback cleared (terminfo clear and E3 for xterm), and no answer
 * left: the eligibility check starts from its first question. */
static void forgotten(struct vt *vt, size_t mark, const int *answers, const char *outcome)
{
	kit_see(vt, "Welcome");
	vt_settle(vt, 100, 2000);
	nothing_of(vt, answers, outcome);
	cr_expect(vt_raw_has(vt, mark, "\033[3J"), "the scrollback was not cleared");
	cr_expect(vt_raw_has(vt, mark, "\033[2J"), "the screen was not cleared");
	cr_assert(vt_pick(vt, "Check my eligibility", true));
	kit_see(vt, "Question 1 of");
	char *text = vt_text(vt);
	cr_expect_null(strstr(text, "(*)"), "an answer survived:%s", vt_dump(vt));
	free(text);
}

Test(kiosk, idle_time_warns_then_forgets)
{
	struct kiosk k;
	start(&k, "kiosk = true;\nidle_timeout = 1;\nidle_warning = 3;\n");
	int answers[64];
	kit_walk_to(k.vt, "pqip-21", answers);
	char buf[64];
	kit_see(k.vt, kit_headline("pqip-21", buf));
	/* The warning, counting down; any key carries on, and does nothing else. */
	kit_see(k.vt, "Are you still there?");
	kit_see(k.vt, "In 2 seconds");
	vt_char(k.vt, 'r'); /* would open the review */
	cr_expect(vt_wait_gone(k.vt, "Are you still there?", WAIT), "%s", vt_dump(k.vt));
	kit_see(k.vt, kit_headline("pqip-21", buf));
	cr_expect_not(vt_wait(k.vt, "Review your answers", 300), "the key that carried on acted too");
	/* Then, with no key at all: forgotten. */
	kit_see(k.vt, "Are you still there?");
	size_t mark = vt_written(k.vt);
	kit_see(k.vt, "In 1 second ");
	forgotten(k.vt, mark, answers, "pqip-21");
	stop(&k);
}

Test(kiosk, nobody_there_nothing_happens_and_nothing_runs)
{
	struct kiosk k;
	start(&k, "kiosk = true;\nidle_timeout = 1;\nidle_warning = 1;\n");
	vt_settle(k.vt, 200, 3000);
	pid_t pid = vt_pid(k.vt);
	long w0 = kit_wakeups(pid);
	long long c0 = kit_cpu_ns(pid);
	sleep(3);
	long w1 = kit_wakeups(pid);
	long long c1 = kit_cpu_ns(pid);
	cr_expect_not(vt_wait(k.vt, "still there", 100), "a warning with no one there:%s", vt_dump(k.vt));
	cr_expect_eq(w1 - w0, 0, "woke %ld times in 3 s with nothing to do", w1 - w0);
	cr_expect_eq(c1 - c0, 0, "used %lld ns of CPU in 3 s with nothing to do", c1 - c0);
	stop(&k);
}

static void forget_me(bool kiosk, bool by_link)
{
	struct kiosk k;
	start(&k, kiosk ? "kiosk = true;\n" : "");
	int answers[64];
	kit_walk_to(k.vt, "access-route", answers);
	size_t mark = vt_written(k.vt);
	if (by_link) {
		vt_key(k.vt, VTERM_KEY_END);
		cr_assert(vt_pick(k.vt, "Finish and forget me", false) || vt_wait_cursor_row(k.vt, "Finish", WAIT),
		          "%s", vt_dump(k.vt));
		for (int i = 0; i < 40 && !vt_wait_cursor_row(k.vt, "Finish and forget me", 100); i++)
			vt_key(k.vt, VTERM_KEY_DOWN);
		vt_key(k.vt, VTERM_KEY_ENTER);
	} else {
		vt_char(k.vt, 'f');
	}
	kit_see(k.vt, "Finish and forget me?");
	vt_char(k.vt, 'y');
	kit_see(k.vt, "Every answer has been forgotten");
	forgotten(k.vt, mark, answers, "access-route");
	stop(&k);
}

Test(kiosk, finish_and_forget_me_key) { forget_me(true, false); }
Test(kiosk, finish_and_forget_me_link) { forget_me(true, true); }
Test(kiosk, finish_and_forget_me_outside_a_kiosk) { forget_me(false, false); }

/* ---- writing nothing but plans into the spool ---- */

static size_t files_in(const char *dir, char *name, size_t size)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;
	while (d && (e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			if (name)
				snprintf(name, size, "%s", e->d_name);
			n++;
		}
	if (d)
		closedir(d);
	return n;
}

Test(kiosk, a_plan_goes_to_the_spool_only_0600_whatever_the_umask)
{
	char *spool = scratch_dir(), *home = scratch_dir(), cfg[4300], env[4200], name[256], path[4600];
	snprintf(cfg, sizeof cfg, "kiosk = true;\nspool_dir = \"%s\";\n", spool);
	snprintf(env, sizeof env, "HOME=%s", home);
	struct kit_child child = { .set_umask = true, .umask = 0 };
	struct kiosk k;
	start_with(&k, cfg, 24, 80, ARGS(env), &child);
	kit_see(k.vt, "Check my eligibility");
	int answers[64];
	kit_walk_to(k.vt, "level5-course", answers);
	vt_char(k.vt, 's');
	kit_see(k.vt, "Your plan is saved as plan-");
	/* No name to type: the program chose it. */
	cr_expect_not(vt_wait(k.vt, "File name", 200), "a kiosk asked for a file name");
	cr_assert_eq(files_in(spool, name, sizeof name), 1, "want one file in the spool");
	/* Short, and nothing in it that is read out or written down wrong. */
	cr_expect_eq(strlen(name), strlen("plan-XXXX.txt"), "%s", name);
	cr_expect_eq(strncmp(name, "plan-", 5), 0, "%s", name);
	cr_expect_eq(strspn(name + 5, "ACEFHJKMNPRTWXY3479"), 4, "%s has a confusable character", name);
	cr_expect_str_eq(name + 9, ".txt", "%s", name);
	/* Said whole, and still there after a key that is not Enter or Esc. */
	kit_see(k.vt, name);
	vt_key(k.vt, VTERM_KEY_DOWN);
	vt_char(k.vt, 'x');
	vt_settle(k.vt, 200, 3000);
	kit_see(k.vt, name);
	kit_see(k.vt, "tell them its code");
	vt_key(k.vt, VTERM_KEY_ENTER);
	cr_expect(vt_wait_gone(k.vt, name, WAIT), "Enter does not dismiss it:%s", vt_dump(k.vt));
	snprintf(path, sizeof path, "%s/%s", spool, name);
	struct stat st;
	cr_assert_eq(lstat(path, &st), 0);
	cr_expect(S_ISREG(st.st_mode));
	cr_expect_eq(st.st_mode & 0777, 0600, "mode %o with umask 0", st.st_mode & 0777);
	char *text = get_file(path, NULL), buf[64];
	cr_expect_not_null(strstr(text, kit_headline("level5-course", buf)), "%s", text);
	free(text);
	/* Again: a second file, never the first overwritten. */
	vt_char(k.vt, 's');
	kit_see(k.vt, "Your plan is saved as plan-");
	cr_expect_eq(files_in(spool, NULL, 0), 2);
	cr_expect_eq(files_in(home, NULL, 0), 0, "a kiosk wrote into $HOME");
	stop(&k);
	scratch_free(spool);
	scratch_free(home);
}

Test(kiosk, without_a_spool_saving_is_not_offered)
{
	char *home = scratch_dir(), env[4200];
	snprintf(env, sizeof env, "HOME=%s", home);
	struct kiosk k;
	start_with(&k, "kiosk = true;\n", 24, 80, ARGS(env), NULL);
	kit_see(k.vt, "Check my eligibility");
	int answers[64];
	kit_walk_to(k.vt, "pso-route", answers);
	/* Not offered: not in the keys, not in "What next", and s does nothing. */
	char status[256];
	vt_settle(k.vt, 200, 3000);
	vt_row(k.vt, 23, status, sizeof status);
	cr_expect_null(strstr(status, "save"), "the keys offer saving: %s", status);
	vt_key(k.vt, VTERM_KEY_END);
	kit_see(k.vt, "What next");
	cr_expect_not(vt_wait(k.vt, "Save the plan", 200), "\"What next\" offers saving:%s", vt_dump(k.vt));
	vt_char(k.vt, 's');
	cr_expect_not(vt_wait(k.vt, "Saving is turned off", 500), "s was taken:%s", vt_dump(k.vt));
	cr_expect_eq(files_in(home, NULL, 0), 0);
	stop(&k);
	scratch_free(home);
}

/* ---- the person's environment ---- */

Test(kiosk, home_xdg_terminfo_and_content_of_the_person_are_ignored)
{
	/* A terminal description of the person's own: xterm-256color that
	 * cannot move the cursor.  The advisor uses it outside a kiosk (and
	 * falls back to plain mode); a kiosk ignores it. */
	char *mine = scratch_dir(), src[4200], env_ti[4400], env_home[4200], env_xdg[4200];
	snprintf(src, sizeof src, "%s/fake.ti", mine);
	FILE *f = fopen(src, "w");
	fputs("xterm-256color|fake,\n\tcols#80, lines#24,\n", f);
	fclose(f);
	char ti[4300];
	snprintf(ti, sizeof ti, "%s/terminfo", mine);
	struct run r;
	run_cmd(&r, NULL, ARGS("tic", "-x", "-o", ti, src), NULL);
	if (r.status == 127) {
		run_free(&r);
		scratch_free(mine);
		cr_skip_test("tic (ncurses-bin) is not installed");
	}
	cr_assert_eq(r.status, 0, "tic: %s", r.err);
	run_free(&r);
	char xdg[4200];
	snprintf(xdg, sizeof xdg, "%s/xdg", mine);
	mkdir(xdg, 0700);
	put_file(mine, "xdg/probation-advisor/config", "not a { config", 14);
	snprintf(env_ti, sizeof env_ti, "TERMINFO=%s", ti);
	snprintf(env_home, sizeof env_home, "HOME=%s", mine);
	snprintf(env_xdg, sizeof env_xdg, "XDG_CONFIG_HOME=%s/xdg", mine);

	/* Outside a kiosk: TERMINFO is the person's choice, and their broken
	 * configuration file stops the program. */
	struct vt *vt = vt_start(24, 80, ARGS("--content", "content"), ARGS(env_ti));
	kit_see(vt, "1.");
	cr_expect_not(vt_wait(vt, "Main menu", 300), "the person's TERMINFO was not used");
	vt_free(vt);
	vt = vt_start(24, 80, NULL, ARGS(env_xdg));
	cr_expect_eq(vt_exit(vt, WAIT), 2, "the person's broken file was not read:%s", vt_dump(vt));
	vt_free(vt);

	/* A kiosk: all of it ignored, and --content too. */
	struct kiosk k;
	k.file = kit_config("kiosk = true;\n", &k.dir);
	k.vt = vt_start(24, 80, ARGS("--config", k.file, "--content", "/nonexistent"),
	                ARGS(env_ti, env_home, env_xdg, "TERMINFO_DIRS=/nonexistent"));
	kit_see(k.vt, "Main menu");
	kit_see(k.vt, "Check my eligibility");
	responds(k.vt, "start");
	stop(&k);
	scratch_free(mine);
}

/* ---- no core file, no peeking ---- */

Test(kiosk, no_core_dumps_and_no_peeking)
{
	const char *why = kit_nobody_problem();
	struct kit_child child = { .nobody = why == NULL };
	struct kiosk k;
	/* Built-in content: "nobody" may not be able to read the work tree. */
	k.file = kit_config("kiosk = true;\n", &k.dir);
	chmod(k.dir, 0755);
	chmod(k.file, 0644);
	k.vt = vt_start_with(24, 80, ARGS("--config", k.file), NULL, kit_child, &child);
	kit_see(k.vt, "Check my eligibility");
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/limits", (int)vt_pid(k.vt));
	FILE *f = fopen(path, "r");
	cr_assert_not_null(f);
	bool seen = false;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "Max core file size", 18) == 0) {
			seen = true;
			cr_expect_not_null(strstr(line, " 0 "), "core files are on: %s", line);
		}
	fclose(f);
	cr_expect(seen);
	/* Not dumpable: its /proc files belong to root, not to its user. */
	snprintf(path, sizeof path, "/proc/%d/environ", (int)vt_pid(k.vt));
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	uid_t user = geteuid() == 0 && !why ? 65534 : geteuid();
	if (user == 0) {
		stop(&k);
		cr_skip_test("the dumpable flag cannot be seen when the kiosk runs as root (%s)", why);
	}
	cr_expect_eq(st.st_uid, 0, "the kiosk can be traced and read by its user (/proc owner %d)", (int)st.st_uid);
	stop(&k);
}

/* ---- a million random keys ---- */

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

/* One random key as a terminal sends it, appended at p; returns bytes. */
static size_t random_key(char *p)
{
	static const char *const seq[] = {
		"\033[A", "\033[B", "\033[C", "\033[D", "\033[H", "\033[F", "\033[5~", "\033[6~", "\033[2~", "\033[3~",
		"\033OP", "\033OQ", "\033OR", "\033OS", "\033[15~", "\033[17~", "\033[18~", "\033[19~", "\033[20~",
		"\033[21~", "\033[23~", "\033[24~", "\033[Z", "\033", "\033[", "\033[1;5A", "\033O",
		"\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80", "\xc2\x9b", "\xc2\x85", "\xe2\x80\xae", "\xff", "\xc3",
	};
	uint32_t kind = rnd(100);
	if (kind < 60) {
		*p = (char)(0x20 + rnd(95));
		return 1;
	}
	if (kind < 75) {
		*p = (char)(kind & 1 ? rnd(32) : 0x7f);
		return 1;
	}
	if (kind < 78) {
		/* A mouse click (X10) somewhere. */
		return (size_t)sprintf(p, "\033[M%c%c%c", 32 + (int)rnd(4), 33 + (int)rnd(80), 33 + (int)rnd(24));
	}
	const char *s = seq[rnd(sizeof seq / sizeof seq[0])];
	memcpy(p, s, strlen(s));
	return strlen(s);
}

Test(kiosk, a_million_random_keys)
{
	struct kiosk k;
	/* Forgets at once after a second without keys: the end of the test. */
	start(&k, "kiosk = true;\nidle_timeout = 1;\nidle_warning = 0;\n");
	enum { KEYS = 1000000, CHUNK = 4096 };
	char *buf = malloc(CHUNK * 8);
	long t0 = kit_now_ms();
	for (size_t done = 0; done < KEYS;) {
		size_t n = 0;
		for (size_t i = 0; i < CHUNK && done < KEYS; i++, done++)
			n += random_key(buf + n);
		vt_paste(k.vt, buf, n);
		if (done % (16 * CHUNK) == 0)
			cr_assert(vt_exit(k.vt, 0) == -1, "the kiosk ended after %zu keys:%s", done, vt_dump(k.vt));
	}
	free(buf);
	long t1 = kit_now_ms();
	cr_log_info("a million random keys in %.1f s", (double)(t1 - t0) / 1000);
	vt_settle(k.vt, 300, 20000);
	cr_assert(alive(k.vt), "the kiosk ended:%s", vt_dump(k.vt));
	/* Still itself: after the idle reset, a fresh person gets the right
	 * result for their answers.  The reset comes a second after the last
	 * key, whatever the keys left open (a dialog over the welcome screen
	 * shows "Welcome" too). */
	vt_pump(k.vt, 1500);
	vt_settle(k.vt, 300, 5000);
	kit_see(k.vt, "Welcome");
	int answers[64];
	vt_resize(k.vt, 24, 80);
	kit_walk_to(k.vt, "pqip-15", answers);
	char hl[64];
	kit_see(k.vt, kit_headline("pqip-15", hl));
	stop(&k);
}

/* ---- input that decodes to no key ---- */

Test(kiosk, bytes_that_are_no_key_never_end_it)
{
	/* What a Latin-1 terminal sends for a pound sign or an e acute, Alt
	 * as 8-bit meta, lone UTF-8 lead and continuation bytes: a few at a
	 * time, as typed. */
	struct kiosk k;
	start(&k, "kiosk = true;\n");
	kit_see(k.vt, "Check my eligibility");
	static const char *const bursts[] = { "\xff", "\xc3", "\x80", "\xa3", "\xe9", "\xff\xff", "\xc3\x28",
		                              "\x80\x80\x80", "\xf8", "\xfe\xfe", "\xe2\x82", "\xf0\x9f\x98" };
	for (int round = 0; round < 4; round++)
		for (size_t i = 0; i < sizeof bursts / sizeof bursts[0]; i++) {
			vt_send(k.vt, bursts[i]);
			vt_pump(k.vt, 30);
		}
	responds(k.vt, "60 bytes that decode to no key");
	stop(&k);
}

/* ---- the spool directory ---- */

static void spool_refused(const char *spool, const char *why)
{
	char cfg[4400];
	snprintf(cfg, sizeof cfg, "kiosk = true;\nspool_dir = \"%s\";\n", spool);
	struct run r;
	kit_run_config(&r, cfg, NULL, NULL, ARGS("TERM=xterm-256color"));
	cr_expect_eq(r.status, 2, "spool_dir %s (%s) accepted: status %d, %s", spool, why, r.status, r.err);
	cr_expect_not_null(strstr(r.err, "spool_dir"), "%s: %s", why, r.err);
	cr_expect_not_null(strstr(r.err, "not starting"), "%s: %s", why, r.err);
	run_free(&r);
}

Test(kiosk, a_spool_in_proc_world_writable_or_through_a_link_is_refused)
{
	spool_refused("/proc", "not on a disk");
	spool_refused("/proc/self", "not on a disk, and a link");
	char *open = scratch_dir(), link_to[4200];
	chmod(open, 0777);
	spool_refused(open, "world-writable");
	chmod(open, 0700);
	snprintf(link_to, sizeof link_to, "%s.link", open);
	cr_assert_eq(symlink(open, link_to), 0);
	spool_refused(link_to, "a symbolic link");
	unlink(link_to);
	scratch_free(open);
}

/* ---- a terminal that stops reading ---- */

Test(kiosk, a_stalled_terminal_is_still_forgotten_and_still_ends)
{
	char *spool = scratch_dir(), cfg[4400], name[256] = "";
	snprintf(cfg, sizeof cfg, "kiosk = true;\nidle_timeout = 1;\nidle_warning = 1;\nspool_dir = \"%s\";\n", spool);
	struct kiosk k;
	start(&k, cfg);
	int answers[64];
	kit_walk_to(k.vt, "access-route", answers);
	vt_char(k.vt, 's');
	kit_see(k.vt, "Your plan is saved as plan-");
	cr_assert_eq(files_in(spool, name, sizeof name), 1);
	name[strcspn(name, ".")] = '\0';
	kit_stall(k.vt);
	/* The idle time and the warning pass: forgotten, stalled or not. */
	sleep(4);
	pid_t pid = vt_pid(k.vt);
	const char *at = kit_mem_find(pid, name);
	cr_expect_null(at, "the saved plan's name %s is still in memory with the terminal stalled, %s", name, at);
	long t0 = kit_now_ms();
	vt_signal(k.vt, SIGTERM);
	int status = vt_exit_unread(k.vt, 3000);
	cr_expect_eq(status, 1, "status %d (-1: still there 3 s after SIGTERM)", status);
	cr_expect_lt(kit_now_ms() - t0, 1000, "%ld ms to end", kit_now_ms() - t0);
	stop(&k);
	scratch_free(spool);
}
/* ---- printing and the resume code ---- */

struct printer {
	char *dir;
	char fifo[4200], cfg[8800];
	int rd;
};

/* A kiosk whose printer is a FIFO the test reads, width columns wide. */
static void start_printing(struct kiosk *k, struct printer *pr, int width, bool cut, const char *more)
{
	pr->dir = scratch_dir();
	snprintf(pr->fifo, sizeof pr->fifo, "%s/printer", pr->dir);
	cr_assert_eq(mkfifo(pr->fifo, 0600), 0);
	pr->rd = open(pr->fifo, O_RDONLY | O_NONBLOCK);
	cr_assert_geq(pr->rd, 0);
	snprintf(pr->cfg, sizeof pr->cfg, "kiosk = true;\nprinter = \"%s\";\nprinter_columns = %d;\nprinter_cut = %s;\n%s",
	         pr->fifo, width, cut ? "true" : "false", more ? more : "");
	start(k, pr->cfg);
}

static void stop_printing(struct kiosk *k, struct printer *pr)
{
	stop(k);
	close(pr->rd);
	scratch_free(pr->dir);
}

/* What the printer has been sent so far. */
static char *printed(struct printer *pr, size_t *len)
{
	size_t cap = 1 << 20;
	char *buf = malloc(cap);
	*len = 0;
	for (ssize_t n; (n = read(pr->rd, buf + *len, cap - *len)) > 0;)
		*len += (size_t)n;
	return buf;
}

/* The handout of answers at width, as the program prints it today. */
static char *handout(const int *answers, int width, bool cut, size_t *len)
{
	struct plan *p = plan_build(content_builtin(), answers, time(NULL));
	char *bytes = print_bytes_of(p, width, cut, len);
	plan_free(p);
	return bytes;
}

Test(kiosk, p_prints_the_plan_at_the_printers_width_and_asks_before_a_second_time)
{
	struct kiosk k;
	struct printer pr;
	start_printing(&k, &pr, 42, true, NULL);
	int answers[64];
	kit_walk_to(k.vt, "pqip-15", answers);
	kit_see(k.vt, "p print");
	vt_char(k.vt, 'p');
	kit_see(k.vt, "Printed: please take");
	size_t len, want_len;
	char *got = printed(&pr, &len), *want = handout(answers, 42, true, &want_len);
	cr_expect(len == want_len && memcmp(got, want, len) == 0, "printed %zu bytes, want the handout's %zu", len,
	          want_len);
	free(got);
	/* Again: it asks first, and no is no. */
	vt_char(k.vt, 'p');
	kit_see(k.vt, "printed already. Print it again?");
	vt_char(k.vt, 'n');
	vt_settle(k.vt, 200, 2000);
	got = printed(&pr, &len);
	cr_expect_eq(len, 0, "printed again after no");
	free(got);
	vt_char(k.vt, 'p');
	kit_see(k.vt, "Print it again?");
	vt_char(k.vt, 'y');
	kit_see(k.vt, "Printed: please take");
	got = printed(&pr, &len);
	cr_expect(len == want_len && memcmp(got, want, len) == 0, "the second print differs");
	free(got);
	free(want);
	stop_printing(&k, &pr);
}

/* A printer that stopped reading: the session goes on within the
 * deadline, and says that the plan did not print. */
Test(kiosk, a_printer_that_stopped_reading_does_not_hang_the_kiosk)
{
	struct kiosk k;
	struct printer pr;
	start_printing(&k, &pr, 32, false, NULL);
	int fill = open(pr.fifo, O_WRONLY | O_NONBLOCK);
	char junk[4096] = { 0 };
	while (write(fill, junk, sizeof junk) > 0)
		;
	int answers[64];
	kit_walk_to(k.vt, "access-route", answers);
	long t0 = kit_now_ms();
	vt_char(k.vt, 'p');
	cr_assert(vt_wait(k.vt, "Not printed", PRINT_DEADLINE_MS + WAIT), "%s", vt_dump(k.vt));
	long took = kit_now_ms() - t0;
	cr_expect_lt(took, PRINT_DEADLINE_MS + WAIT, "%ld ms", took);
	kit_see(k.vt, "Ask a staff member");
	/* And it still answers keys. */
	vt_char(k.vt, 'f');
	kit_see(k.vt, "Finish and forget me?");
	vt_char(k.vt, 'y');
	kit_see(k.vt, "Every answer has been forgotten");
	close(fill);
	stop_printing(&k, &pr);
}

/* No page of the screen, pages pages down, says word (in any case). */
static void never_says(struct vt *vt, const char *word, int pages, const char *what)
{
	for (int page = 0; page < pages; page++) {
		char *text = vt_text(vt);
		cr_expect_null(strcasestr(text, word), "%s says \"%s\":%s", what, word, vt_dump(vt));
		free(text);
		vt_key(vt, VTERM_KEY_PAGEDOWN);
		vt_settle(vt, 100, 2000);
	}
}

/* No printer setting: no print key, no word of printing, in the result,
 * its keys or the help; with no spool either, the resume code and the
 * contacts to copy down. */
Test(kiosk, without_a_printer_printing_is_never_mentioned)
{
	struct kiosk k;
	start(&k, "kiosk = true;\n");
	int answers[64];
	kit_walk_to(k.vt, "pso-route", answers);
	vt_char(k.vt, 'p');
	vt_settle(k.vt, 200, 2000);
	never_says(k.vt, "print", 12, "the result");
	char code[RESUME_MAX];
	cr_assert(resume_encode(content_builtin(), answers, code, sizeof code));
	kit_see(k.vt, "copy down your resume code");
	kit_see(k.vt, code);
	vt_char(k.vt, '?');
	kit_see(k.vt, "Keys work as in less");
	never_says(k.vt, "print", 6, "the help");
	stop(&k);
}

/* A kiosk with a printer and a spool offers both. */
Test(kiosk, with_a_printer_and_a_spool_the_result_offers_both)
{
	char *spool = scratch_dir(), more[4300];
	snprintf(more, sizeof more, "spool_dir = \"%s\";\n", spool);
	struct kiosk k;
	struct printer pr;
	start_printing(&k, &pr, 80, false, more);
	int answers[64];
	kit_walk_to(k.vt, "pqip-21", answers);
	vt_key(k.vt, VTERM_KEY_END);
	kit_see(k.vt, "Print the plan");
	kit_see(k.vt, "Save the plan");
	cr_expect_not(vt_wait(k.vt, "copy down your resume code", 200), "%s", vt_dump(k.vt));
	stop_printing(&k, &pr);
	scratch_free(spool);
}

/* r at the welcome screen: a mistyped code is refused, the right one
 * brings back the plan; the reset forgets it, code and all. */
Test(kiosk, a_resume_code_at_the_welcome_screen_brings_the_plan_back)
{
	struct kiosk k;
	start(&k, "kiosk = true;\n");
	int *answers = kit_path_to("level5-course");
	char code[RESUME_MAX], typo[RESUME_MAX], buf[64];
	cr_assert(resume_encode(content_builtin(), answers, code, sizeof code));
	snprintf(typo, sizeof typo, "%s", code);
	typo[1] = typo[1] == 'A' ? 'C' : 'A';
	vt_char(k.vt, 'r');
	kit_see(k.vt, "I have a code");
	kit_see(k.vt, "Code:");
	vt_send(k.vt, typo);
	vt_key(k.vt, VTERM_KEY_ENTER);
	kit_see(k.vt, "has a mistake in it");
	/* Cleared, the code no longer has the mistake: it goes unsaid. */
	vt_send(k.vt, "\x15");
	cr_expect(vt_wait_gone(k.vt, "has a mistake in it", 3000), "%s", vt_dump(k.vt));
	vt_send(k.vt, code);
	vt_key(k.vt, VTERM_KEY_ENTER);
	kit_see(k.vt, kit_headline("level5-course", buf));
	kit_see(k.vt, "Your answers are back");
	size_t mark = vt_written(k.vt);
	vt_char(k.vt, 'f');
	kit_see(k.vt, "Finish and forget me?");
	vt_char(k.vt, 'y');
	kit_see(k.vt, "Every answer has been forgotten");
	forgotten(k.vt, mark, answers, "level5-course");
	char *text = vt_text(k.vt);
	cr_expect_null(strstr(text, code), "the code is still on the screen:%s", vt_dump(k.vt));
	free(text);
	free(answers);
	stop(&k);
}

/* Where PATH has name, into buf. */
static const char *in_path(const char *name, char *buf, size_t size)
{
	const char *path = getenv("PATH");
	for (const char *p = path ? path : "/usr/bin:/bin"; *p;) {
		size_t n = strcspn(p, ":");
		snprintf(buf, size, "%.*s/%s", (int)n, p, name);
		if (access(buf, X_OK) == 0)
			return buf;
		p += n + (p[n] == ':');
	}
	cr_assert_fail("no %s in PATH", name);
	return NULL;
}

/* Printing starts no program: the kiosk under strace, every process it
 * makes or program it runs traced, from its start to its end. */
Test(kiosk, printing_starts_no_program)
{
	struct run r;
	run_cmd(&r, NULL, ARGS("strace", "-qq", "-o", "/dev/null", "true"), NULL);
	bool have = r.status == 0;
	run_free(&r);
	if (!have)
		cr_skip_test("strace is not installed, or cannot trace here");
	struct printer pr;
	pr.dir = scratch_dir();
	snprintf(pr.fifo, sizeof pr.fifo, "%s/printer", pr.dir);
	cr_assert_eq(mkfifo(pr.fifo, 0600), 0);
	pr.rd = open(pr.fifo, O_RDONLY | O_NONBLOCK);
	snprintf(pr.cfg, sizeof pr.cfg, "kiosk = true;\nprinter = \"%s\";\nadmin_keys = \"Ctrl-X Ctrl-X F12\";\n",
	         pr.fifo);
	struct kiosk k;
	k.file = kit_config(pr.cfg, &k.dir);
	char log[4300], bin[4200], strace[4200];
	snprintf(log, sizeof log, "%s/strace.log", k.dir);
	cr_assert(realpath(pa_bin(), bin));
	setenv("PA_BIN", in_path("strace", strace, sizeof strace), 1);
	/* A sanitized build's leak check runs in a thread of its own at exit,
	 * which cannot work under ptrace: off for this run. */
	char asan[4400];
	const char *was = getenv("ASAN_OPTIONS");
	snprintf(asan, sizeof asan, "ASAN_OPTIONS=%s%sdetect_leaks=0", was ? was : "", was && *was ? ":" : "");
	k.vt = vt_start(24, 80, ARGS("-f", "-qq", "-o", log, "-e", "trace=execve,execveat,fork,vfork,clone,clone3",
	                            bin, "--config", k.file),
	                ARGS(asan));
	kit_see(k.vt, "Check my eligibility");
	int answers[64];
	kit_walk_to(k.vt, "pqip-15-or-21", answers);
	vt_char(k.vt, 'p');
	kit_see(k.vt, "Printed: please take");
	vt_send(k.vt, "\x18\x18");
	vt_key(k.vt, VTERM_KEY_FUNCTION(12));
	cr_expect_eq(vt_exit(k.vt, WAIT), 0, "%s", vt_dump(k.vt));
	char *trace = get_file(log, NULL);
	cr_assert_not_null(trace);
	size_t execs = 0;
	for (const char *p = trace; (p = strstr(p, "execve(")); p++)
		execs++;
	cr_expect_eq(execs, 1, "the kiosk ran a program:\n%s", trace);
	static const char *const spawn[] = { "fork(", "vfork(", "clone(", "clone3(", "execveat(" };
	for (size_t i = 0; i < sizeof spawn / sizeof spawn[0]; i++)
		cr_expect_null(strstr(trace, spawn[i]), "the kiosk made a process:\n%s", trace);
	free(trace);
	stop_printing(&k, &pr);
}
