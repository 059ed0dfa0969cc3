/*
 * The configuration files: the administrator's (here always given with
 * --config, never /etc) and the person's ($XDG_CONFIG_HOME).  Every setting
 * is read; every mistake is reported as file:line and stops the program,
 * so that a kiosk never starts unlocked; kiosk settings come only from the
 * administrator's file, and in a kiosk the person's file is not read.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "kit.h"
#include "util.h"

#define ARGS KIT_ARGS

struct loaded {
	struct session_options opt;
	struct config cfg;
	struct diags d;
	bool ok;
	char *dir, *file;
};

/* Load text as the system file, with the person's file (if user) in a
 * scratch XDG_CONFIG_HOME.  kiosk: as if --kiosk were given. */
static void load(struct loaded *L, const char *text, const char *user, bool kiosk)
{
	memset(L, 0, sizeof *L);
	L->file = kit_config(text, &L->dir);
	char xdg[4200];
	snprintf(xdg, sizeof xdg, "%s/xdg", L->dir);
	mkdir(xdg, 0700);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	if (user)
		put_file(L->dir, "xdg/probation-advisor/config", user, strlen(user));
	L->opt.config = L->file;
	L->opt.kiosk = kiosk;
	L->ok = config_load(&L->cfg, &L->opt, &L->d);
}

static void unload(struct loaded *L)
{
	config_free(&L->cfg);
	diag_free(&L->d);
	free(L->file);
	scratch_free(L->dir);
}

/* Exactly one problem, at file:line, with msg in it. */
static void expect_problem(struct loaded *L, const char *file, int line, const char *msg)
{
	char *all = problem_list(&L->d);
	cr_expect_not(L->ok, "loaded despite: %s", msg);
	cr_assert_eq(L->d.n, 1, "want one problem (%s), got:\n%s", msg, all);
	cr_expect_str_eq(L->d.v[0].file, file);
	cr_expect_eq(L->d.v[0].line, line, "line of {%s}:\n%s", msg, all);
	cr_expect(strstr(L->d.v[0].msg, msg) != NULL, "want {%s}, got:\n%s", msg, all);
	free(all);
}

static void bad(const char *text, int line, const char *msg)
{
	struct loaded L;
	load(&L, text, NULL, false);
	expect_problem(&L, L.file, line, msg);
	unload(&L);
}

TestSuite(config, .fini = kit_content_free);

/* ---- reading ---- */

Test(config, an_empty_file_gives_the_defaults)
{
	struct loaded L;
	load(&L, "# nothing set\n", NULL, false);
	cr_assert(L.ok);
	cr_expect_not(L.opt.kiosk);
	cr_expect_eq(L.opt.idle_timeout, 0, "outside a kiosk nobody is forgotten unless the file says so");
	cr_expect_eq(L.opt.idle_warning, 15);
	cr_expect_eq(L.opt.theme, SESSION_THEME_DEFAULT);
	cr_expect_null(L.opt.content_dir);
	cr_expect_null(L.opt.spool_dir);
	cr_expect_eq(L.opt.nadmin_keys, 0);
	unload(&L);
	/* --kiosk alone: 120 seconds, then a 15-second warning. */
	load(&L, "", NULL, true);
	cr_assert(L.ok);
	cr_expect(L.opt.kiosk);
	cr_expect_eq(L.opt.idle_timeout, 120);
	cr_expect_eq(L.opt.idle_warning, 15);
	unload(&L);
}

Test(config, every_setting_is_read)
{
	char *spool = scratch_dir(), text[8192];
	snprintf(text, sizeof text,
	         "kiosk = true;\n"
	         "admin_keys = \"Ctrl-X ctrl-x ^Q F12 q Esc Enter Backspace Space Tab\";\n"
	         "idle_timeout = 300;\n"
	         "idle_warning = 30;\n"
	         "spool_dir = \"%s\";\n"
	         "content_dir = \"/srv/advisor/content\";\n"
	         "theme = \"contrast\";\n"
	         "colors = { title = \"yellow on black\"; link = \"magenta\"; text = \"default on blue\"; };\n",
	         spool);
	struct loaded L;
	load(&L, text, NULL, false);
	char *all = problem_list(&L.d);
	cr_assert(L.ok, "%s", all);
	free(all);
	cr_expect(L.opt.kiosk);
	cr_expect_eq(L.opt.idle_timeout, 300);
	cr_expect_eq(L.opt.idle_warning, 30);
	cr_expect_str_eq(L.opt.spool_dir, spool);
	cr_expect_str_eq(L.opt.content_dir, "/srv/advisor/content");
	cr_expect_eq(L.opt.theme, SESSION_THEME_CONTRAST);
	static const int want[] = { 0x18, 0x18, 0x11, SESSION_KEY_F(12), 'q', 27, '\r', 127, ' ', '\t' };
	cr_assert_eq(L.opt.nadmin_keys, 10);
	for (size_t i = 0; i < 10; i++)
		cr_expect_eq(L.opt.admin_keys[i], want[i], "key %zu", i);
	cr_expect(L.opt.colors[SESSION_PART_TITLE].set);
	cr_expect_eq(L.opt.colors[SESSION_PART_TITLE].fg, 3);
	cr_expect_eq(L.opt.colors[SESSION_PART_TITLE].bg, 0);
	cr_expect_eq(L.opt.colors[SESSION_PART_LINK].fg, 5);
	cr_expect_eq(L.opt.colors[SESSION_PART_LINK].bg, -1);
	cr_expect_eq(L.opt.colors[SESSION_PART_TEXT].fg, -1);
	cr_expect_eq(L.opt.colors[SESSION_PART_TEXT].bg, 4);
	cr_expect_not(L.opt.colors[SESSION_PART_BORDER].set);
	unload(&L);
	scratch_free(spool);
}

/* The example in contrib/ is valid as shipped, and with every setting in
 * it switched on. */
Test(config, the_shipped_example_is_valid)
{
	char *text = get_file("contrib/config.example", NULL);
	cr_assert_not_null(text, "contrib/config.example is missing");
	struct loaded L;
	load(&L, text, NULL, false);
	char *all = problem_list(&L.d);
	cr_expect(L.ok, "as shipped:\n%s", all);
	free(all);
	unload(&L);
	/* Uncomment "#name = value" lines; the spool directory must exist. */
	char *spool = scratch_dir(), *on = malloc(strlen(text) + 8192), *o = on;
	size_t settings = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		const char *src = line;
		if (line[0] == '#' && line[1] >= 'a' && line[1] <= 'z' && strstr(line, " = ")) {
			src = line + 1;
			settings++;
		} else if (strncmp(line, "#  ", 3) == 0 && line[3] >= 'a' && line[3] <= 'z' && strstr(line, " = \"")) {
			src = line + 1; /* a member of colors */
		} else if (strcmp(line, "#};") == 0) {
			src = line + 1;
		}
		if (strcmp(src, "kiosk = false;") == 0)
			src = "kiosk = true;";
		if (strncmp(src, "spool_dir = ", 12) == 0)
			o += sprintf(o, "spool_dir = \"%s\";\n", spool);
		else
			o += sprintf(o, "%s\n", src);
	}
	cr_expect_geq(settings, 8, "the example should show every setting (it shows %zu)", settings);
	load(&L, on, NULL, false);
	all = problem_list(&L.d);
	cr_expect(L.ok, "with every setting on:\n%s\n%s", all, on);
	cr_expect(L.opt.kiosk);
	cr_expect_eq(L.opt.nadmin_keys, 3);
	cr_expect_eq(L.opt.idle_timeout, 120);
	cr_expect(L.opt.colors[SESSION_PART_TITLE].set);
	free(all);
	unload(&L);
	free(on);
	free(text);
	scratch_free(spool);
}

/* ---- mistakes: each named with file and line ---- */

Test(config, unknown_setting)
{
	bad("theme = \"mono\";\nkoisk = true;\n", 2, "unknown setting \"koisk\"");
}

Test(config, syntax_error)
{
	bad("theme = \"mono\";\nkiosk = ;\n", 2, "syntax error");
}

Test(config, wrong_types_and_values)
{
	bad("\n\nkiosk = \"yes\";\n", 3, "\"kiosk\" must be true or false");
	bad("kiosk = 1;\n", 1, "\"kiosk\" must be true or false");
	bad("idle_timeout = \"60\";\n", 1, "\"idle_timeout\" must be a whole number of seconds");
	bad("idle_timeout = 1.5;\n", 1, "\"idle_timeout\" must be a whole number of seconds");
	bad("idle_timeout = -1;\n", 1, "\"idle_timeout\" must be from 0 to 86400 seconds");
	bad("idle_warning = 100000;\n", 1, "\"idle_warning\" must be from 0 to 3600 seconds");
	/* A number libconfig 1.5 would wrap is caught before it sees it. */
	bad("idle_timeout = 4294967416;\n", 1, "out of range");
	bad("theme = \"pink\";\n", 1, "theme must be \"default\", \"mono\" or \"contrast\", not \"pink\"");
	bad("theme = mono;\n", 1, "syntax error");
	bad("content_dir = \"content\";\n", 1, "\"content_dir\" must be an absolute directory name");
	bad("spool_dir = 42;\n", 1, "\"spool_dir\" must be a string");
	bad("colors = \"blue\";\n", 1, "\"colors\" must be a group");
	bad("colors = {\n  titel = \"blue\";\n};\n", 2, "unknown part \"titel\" in colors");
	bad("colors = {\n  title = \"blue on pink\";\n};\n", 2, "colour \"blue on pink\" is not");
	bad("colors = { title = \"navy\"; };\n", 1, "colour \"navy\" is not");
}

Test(config, admin_keys_must_be_real_keys_and_not_too_few)
{
	bad("admin_keys = \"Ctrl-X Ctrl-Q\";\n", 1, "give at least 3 keys");
	bad("admin_keys = \"\";\n", 1, "give at least 3 keys");
	bad("admin_keys = \"Ctrl-X Hyper-Q Ctrl-X\";\n", 1, "a key is not one of");
	bad("admin_keys = \"Ctrl-1 x x\";\n", 1, "a key is not one of");
	bad("admin_keys = \"F13 x x\";\n", 1, "a key is not one of");
	bad("admin_keys = \"a b c d e f g h i j k l m n o p q\";\n", 1, "too many keys");
	bad("admin_keys = 3;\n", 1, "\"admin_keys\" must be a string");
}

Test(config, kiosk_without_a_reset_is_refused)
{
	/* Outside a kiosk 0 means "never": the default. */
	struct loaded L;
	load(&L, "idle_timeout = 0;\n", NULL, false);
	cr_expect(L.ok);
	cr_expect_eq(L.opt.idle_timeout, 0);
	unload(&L);
	bad("kiosk = true;\n\nidle_timeout = 0;\n", 3, "idle_timeout = 0 would turn off the reset");
	/* The same with --kiosk on the command line. */
	load(&L, "idle_timeout = 0;\n", NULL, true);
	expect_problem(&L, L.file, 1, "idle_timeout = 0 would turn off the reset");
	unload(&L);
}

Test(config, kiosk_spool_directory_must_be_a_directory)
{
	bad("kiosk = true;\nspool_dir = \"/nonexistent/spool\";\n", 2,
	    "spool_dir \"/nonexistent/spool\": No such file or directory");
	bad("kiosk = true;\nspool_dir = \"/dev/null\";\n", 2, "spool_dir \"/dev/null\" is not a directory");
	/* Outside a kiosk it is not used, so not checked. */
	struct loaded L;
	load(&L, "spool_dir = \"/nonexistent/spool\";\n", NULL, false);
	cr_expect(L.ok);
	cr_expect_null(L.opt.spool_dir);
	unload(&L);
}

Test(config, the_printer_settings)
{
	struct loaded L;
	load(&L, "", NULL, false);
	cr_expect_null(L.opt.printer, "a printer without a printer setting");
	cr_expect_eq(L.opt.printer_columns, 80);
	cr_expect_not(L.opt.printer_cut);
	unload(&L);
	char *dir = scratch_dir(), fifo[4200], text[8400];
	snprintf(fifo, sizeof fifo, "%s/printer", dir);
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	static const int widths[] = { 32, 42, 48, 80 };
	for (size_t i = 0; i < 4; i++) {
		snprintf(text, sizeof text, "printer = \"%s\";\nprinter_columns = %d;\nprinter_cut = %s;\n", fifo,
		         widths[i], i % 2 ? "true" : "false");
		/* Outside a kiosk and in one alike. */
		load(&L, text, NULL, i >= 2);
		char *all = problem_list(&L.d);
		cr_expect(L.ok, "%s", all);
		free(all);
		cr_expect_str_eq(L.opt.printer, fifo);
		cr_expect_eq(L.opt.printer_columns, widths[i]);
		cr_expect_eq(L.opt.printer_cut, i % 2 == 1);
		unload(&L);
	}
	/* A device that comes with the printer's power may be away at the start. */
	load(&L, "kiosk = true;\nprinter = \"/dev/usb/no-such-lp\";\n", NULL, false);
	cr_expect(L.ok);
	unload(&L);
	bad("printer = \"lp0\";\n", 1, "\"printer\" must be an absolute name");
	bad("printer = 0;\n", 1, "\"printer\" must be a string");
	bad("printer = \"/nonexistent/printer\";\n", 1, "printer \"/nonexistent/printer\": No such file");
	bad("\nprinter = \"/tmp\";\n", 2, "printer \"/tmp\" is not a character device, a FIFO or a file");
	snprintf(text, sizeof text, "printer = \"%s\";\nprinter_columns = 40;\n", fifo);
	bad(text, 2, "\"printer_columns\" must be 32, 42 or 48 (receipt printers) or 80");
	snprintf(text, sizeof text, "printer = \"%s\";\nprinter_columns = \"42\";\n", fifo);
	bad(text, 2, "\"printer_columns\" must be 32, 42 or 48");
	snprintf(text, sizeof text, "printer = \"%s\";\nprinter_cut = 1;\n", fifo);
	bad(text, 2, "\"printer_cut\" must be true or false");
	bad("\nprinter_cut = true;\n", 2, "printer_columns and printer_cut need printer");
	scratch_free(dir);
}

Test(config, every_problem_is_reported)
{
	struct loaded L;
	load(&L, "kiosk = \"yes\";\nidle_timeout = \"1\";\ntheme = \"x\";\nfoo = 1;\n", NULL, false);
	cr_expect_not(L.ok);
	cr_expect_eq(L.d.n, 4, "four problems, four reports");
	for (size_t i = 0; i < L.d.n && i < 4; i++)
		cr_expect_eq(L.d.v[i].line, (int)i + 1);
	unload(&L);
}

/* ---- the files themselves ---- */

Test(config, files_that_are_not_plain_config_files)
{
	struct loaded L;
	load(&L, "@include \"/etc/passwd\"\n", NULL, false);
	expect_problem(&L, L.file, 1, "@include and other directives are not allowed");
	unload(&L);
	load(&L, "theme = \"mo\x1b[2Jno\";\n", NULL, false);
	expect_problem(&L, L.file, 1, "control character 0x1b");
	unload(&L);
	load(&L, "theme = \"mono\xff\";\n", NULL, false);
	expect_problem(&L, L.file, 1, "invalid UTF-8");
	unload(&L);
	/* Too big, a directory, a FIFO (which must not hang), missing. */
	char *big = malloc(CONFIG_MAX_FILE + 2);
	memset(big, '#', CONFIG_MAX_FILE + 1);
	big[CONFIG_MAX_FILE + 1] = '\0';
	load(&L, big, NULL, false);
	expect_problem(&L, L.file, 0, "is too large");
	unload(&L);
	free(big);
	char *dir = scratch_dir(), path[4200];
	struct session_options opt = { .config = dir };
	struct config cfg;
	struct diags d = { 0 };
	cr_expect_not(config_load(&cfg, &opt, &d));
	cr_expect(d.n == 1 && strstr(d.v[0].msg, "is a directory"));
	config_free(&cfg);
	diag_free(&d);
	snprintf(path, sizeof path, "%s/fifo", dir);
	cr_assert_eq(mkfifo(path, 0600), 0);
	opt.config = path;
	cr_expect_not(config_load(&cfg, &opt, &d));
	cr_expect(d.n == 1 && strstr(d.v[0].msg, "is not a regular file"));
	config_free(&cfg);
	diag_free(&d);
	snprintf(path, sizeof path, "%s/missing", dir);
	opt.config = path;
	cr_expect_not(config_load(&cfg, &opt, &d), "a --config file that is not there is an error");
	cr_expect(d.n == 1 && strstr(d.v[0].msg, "cannot open: No such file or directory"));
	config_free(&cfg);
	diag_free(&d);
	scratch_free(dir);
}

/* ---- the person's file ---- */

Test(config, the_persons_file_sets_the_look_and_the_content)
{
	struct loaded L;
	load(&L, "theme = \"mono\";\ncontent_dir = \"/system/content\";\n",
	     "theme = \"contrast\";\ncolors = { link = \"red\"; };\ncontent_dir = \"/my/content\";\n", false);
	cr_assert(L.ok);
	cr_expect_eq(L.opt.theme, SESSION_THEME_CONTRAST, "the person's theme wins");
	cr_expect(L.opt.colors[SESSION_PART_LINK].set);
	cr_expect_str_eq(L.opt.content_dir, "/my/content");
	cr_expect_not_null(L.cfg.user_file);
	unload(&L);
	/* --content wins over both files. */
	memset(&L, 0, sizeof L);
	L.file = kit_config("content_dir = \"/system/content\";\n", &L.dir);
	L.opt.config = L.file;
	L.opt.content_dir = "/command/line";
	unsetenv("XDG_CONFIG_HOME");
	setenv("HOME", L.dir, 1);
	char home_config[4200];
	snprintf(home_config, sizeof home_config, "%s/.config", L.dir);
	mkdir(home_config, 0700);
	put_file(L.dir, ".config/probation-advisor/config", "content_dir = \"/home/content\";\n", 31);
	L.ok = config_load(&L.cfg, &L.opt, &L.d);
	cr_assert(L.ok);
	cr_expect_str_eq(L.opt.content_dir, "/command/line");
	char want[4200];
	snprintf(want, sizeof want, "%s/.config/probation-advisor/config", L.dir);
	cr_expect_str_eq(L.cfg.user_file, want, "without XDG_CONFIG_HOME: ~/.config");
	unload(&L);
}

Test(config, the_persons_file_cannot_set_kiosk_settings)
{
	static const char *const names[] = { "kiosk = false;", "admin_keys = \"a b c\";", "idle_timeout = 5;",
		                             "idle_warning = 5;", "spool_dir = \"/tmp\";", "printer = \"/dev/null\";",
		                             "printer_columns = 42;", "printer_cut = true;" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		struct loaded L;
		load(&L, "", names[i], false);
		char file[4200];
		snprintf(file, sizeof file, "%s/xdg/probation-advisor/config", L.dir);
		expect_problem(&L, file, 1, "can be set only in the system configuration file");
		unload(&L);
	}
}

Test(config, a_kiosk_does_not_read_the_persons_file)
{
	struct loaded L;
	/* A broken file of the person's: a kiosk never opens it. */
	load(&L, "kiosk = true;\ncontent_dir = \"/system/content\";\n", "this is not { a config file",
	     false);
	cr_expect(L.ok, "a kiosk read the person's file");
	cr_expect_null(L.cfg.user_file);
	cr_expect_str_eq(L.opt.content_dir, "/system/content");
	unload(&L);
	/* Nor does it take --content. */
	memset(&L, 0, sizeof L);
	L.file = kit_config("", &L.dir);
	L.opt.config = L.file;
	L.opt.kiosk = true;
	L.opt.content_dir = "/tmp/the-persons-own-rules";
	L.ok = config_load(&L.cfg, &L.opt, &L.d);
	cr_expect(L.ok);
	cr_expect_null(L.opt.content_dir, "a kiosk took --content");
	unload(&L);
}

Test(config, a_relative_xdg_config_home_is_ignored)
{
	char buf[4096];
	setenv("HOME", "/home/someone", 1);
	setenv("XDG_CONFIG_HOME", "relative/dir", 1);
	cr_expect_str_eq(config_user_path(buf, sizeof buf), "/home/someone/.config/probation-advisor/config");
	setenv("XDG_CONFIG_HOME", "/xdg", 1);
	cr_expect_str_eq(config_user_path(buf, sizeof buf), "/xdg/probation-advisor/config");
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	cr_expect_null(config_user_path(buf, sizeof buf));
}

/* ---- the program ---- */

Test(config, the_program_refuses_to_start_on_a_bad_file)
{
	char *dir, *file = kit_config("kiosk = true;\nidle_timeout = \"soon\";\n", &dir);
	struct run r;
	run_pa(&r, NULL, ARGS("--config", file), ARGS("TERM=xterm-256color"));
	char want[4300];
	snprintf(want, sizeof want, "%s:2: \"idle_timeout\" must be a whole number of seconds\n", file);
	cr_expect_eq(r.status, 2, "exit %d", r.status);
	cr_expect_not_null(strstr(r.err, want), "stderr: %s", r.err);
	cr_expect_not_null(strstr(r.err, "1 problem in the configuration; not starting"), "%s", r.err);
	cr_expect_str_eq(r.out, "", "nothing may start");
	run_free(&r);
	/* Batch mode and --check-content read the configuration too. */
	run_pa(&r, NULL, ARGS("--config", file, "--answer", "role=pso"), NULL);
	cr_expect_eq(r.status, 2);
	run_free(&r);
	/* --help and --version do not. */
	run_pa(&r, NULL, ARGS("--config", file, "--version"), NULL);
	cr_expect_eq(r.status, 0);
	run_free(&r);
	free(file);
	scratch_free(dir);
}

Test(config, kiosk_options_that_cannot_go_together)
{
	struct run r;
	run_pa(&r, NULL, ARGS("--kiosk", "--answer", "role=pso"), NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "--kiosk is for the interactive advisor"), "%s", r.err);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--kiosk", "--plain"), NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "cannot be combined with --plain"), "%s", r.err);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--config", "a", "--config", "b"), NULL);
	cr_expect_eq(r.status, 2);
	run_free(&r);
	/* kiosk = true in the file, --plain on the command line. */
	kit_run_config(&r, "kiosk = true;\n", NULL, ARGS("--plain"), NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "a kiosk has no plain front end"), "%s", r.err);
	cr_expect_str_eq(r.out, "");
	run_free(&r);
}

Test(config, the_config_file_can_turn_the_kiosk_on)
{
	char *dir, *file = kit_config("kiosk = true;\n", &dir);
	struct vt *vt = vt_start(24, 80, ARGS("--config", file), NULL);
	cr_assert_not_null(vt);
	kit_see(vt, "Check my eligibility");
	/* Locked: no Quit in the menu, and q does not quit. */
	cr_expect(vt_wait_gone(vt, "Quit", 100), "%s", vt_dump(vt));
	vt_char(vt, 'q');
	kit_see(vt, "This is a public terminal");
	cr_expect_eq(vt_exit(vt, 300), -1, "q ended a kiosk");
	vt_free(vt);
	free(file);
	scratch_free(dir);
}
