/*
 * bench: probation-advisor beside what people would use instead, in one run.
 *
 *   bench BUILDDIR RESULTS.md
 *
 * BUILDDIR holds the program and bench's helpers (floor, gencontent,
 * direct).  Every program runs on an 80x24 pseudo-terminal, read through
 * libvterm (term.c), the same way: the floor (bench/floor.c: one line, one
 * key), dialog --menu and whiptail --menu with our main menu's eight items,
 * less on the text of our result pane, and probation-advisor.  Each figure
 * is the median of RUNS runs after a warm-up, with min and max; the report
 * gives each beside the floor and the peers, and the targets.
 *
 * Phases (BENCH_PHASES, default all): startup (3 x RUNS runs), session
 * (bytes, peak memory, session CPU), idle (10 s idle, hang-up), many (100 at
 * once), content (10,000 FAQ entries, 50..400 questions, search).
 * BENCH_RUNS changes 11.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "term.h"

#define ROWS 24
#define COLS 80
#define QUIET_PAINT_MS 150  /* no output this long after the final text: painted */
#define QUIET_KEY_MS 80     /* the same after a key */
#define IDLE_S 10
#define MANY 100
#define SEARCH_QUERY "recruitment"

enum prog {
	P_OURS, P_FLOOR, P_DIALOG, P_WHIPTAIL, P_LESS, NPROGS,
	/* Only to page through the long text; their figures go under dialog
	 * and whiptail. */
	P_DIALOG_TEXT = NPROGS, P_WHIPTAIL_TEXT, NARGVS
};
static const char *const prog_names[NARGVS] = { "probation-advisor", "floor", "dialog", "whiptail", "less",
	                                        "dialog --textbox", "whiptail --textbox" };

/* The text on each program's finished first screen, painted last. */
static const char *const ready[NARGVS] = { "q quit", "press a key", "<Cancel>", "<Cancel>", "result.txt",
	                                   "EXIT", "<Ok>" };

static char *argvs[NARGVS][40];
static char *env_extra[8];
static int runs = 11;
static const char *build;

/* ---- samples ---- */

struct sample {
	double *v;
	size_t n, cap;
};

static void add(struct sample *s, double x)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = realloc(s->v, s->cap * sizeof *s->v);
		if (!s->v)
			abort();
	}
	s->v[s->n++] = x;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(const struct sample *s)
{
	if (!s->n)
		return NAN;
	double *v = malloc(s->n * sizeof *v);
	memcpy(v, s->v, s->n * sizeof *v);
	qsort(v, s->n, sizeof *v, cmp_d);
	double m = s->n % 2 ? v[s->n / 2] : (v[s->n / 2 - 1] + v[s->n / 2]) / 2;
	free(v);
	return m;
}

static double smin(const struct sample *s)
{
	double m = INFINITY;
	for (size_t i = 0; i < s->n; i++)
		m = s->v[i] < m ? s->v[i] : m;
	return s->n ? m : NAN;
}

static double smax(const struct sample *s)
{
	double m = -INFINITY;
	for (size_t i = 0; i < s->n; i++)
		m = s->v[i] > m ? s->v[i] : m;
	return s->n ? m : NAN;
}

/* The figures, each with one sample set per program. */
enum fig {
	F_STARTUP, F_STARTUP_CPU, F_BYTES_FIRST, F_BYTES_MOVE, F_BYTES_MOVE_BARE, F_BYTES_PAGE, F_ROWS_PAGE,
	F_BYTES_ROW, F_BYTES_WALK, F_RSS, F_CPU_SESSION,
	F_IDLE_CPU, F_IDLE_WAKE, F_IDLE_BYTES, F_HUP_EXIT, F_HUP_CPU,
	F_MANY_PRIVATE, F_MANY_PSS, F_MANY_RSS, F_MANY_IDLE_CPU,
	NFIGS
};

static const struct {
	const char *name, *unit, *fmt;
} figs[NFIGS] = {
	[F_STARTUP] = { "Startup: exec to first screen fully painted", "ms", "%.2f" },
	[F_STARTUP_CPU] = { "Startup: CPU (user+sys) used by then, from schedstat", "ms", "%.2f" },
	[F_BYTES_FIRST] = { "Bytes: first screen", "B", "%.0f" },
	[F_BYTES_MOVE] = { "Bytes: one menu move (Down)", "B", "%.0f" },
	[F_BYTES_MOVE_BARE] = { "Bytes: one menu move at 80x23, in the compact layout", "B", "%.0f" },
	[F_BYTES_PAGE] = { "Bytes: one page down in the long text", "B", "%.0f" },
	[F_ROWS_PAGE] = { "Rows of the text that page down brings into view", "", "%.0f" },
	[F_BYTES_ROW] = { "Bytes: page down, per row of text it brings", "B", "%.1f" },
	[F_BYTES_WALK] = { "Bytes: walk from the welcome screen to a result (after the first screen)", "B", "%.0f" },
	[F_RSS] = { "Peak memory (maxrss) of a whole session", "KiB", "%.0f" },
	[F_CPU_SESSION] = { "CPU (user+sys) of a whole session", "ms", "%.2f" },
	[F_IDLE_CPU] = { "CPU while idle for 10 s", "ms", "%.3f" },
	[F_IDLE_WAKE] = { "Wake-ups while idle for 10 s (voluntary switches)", "", "%.0f" },
	[F_IDLE_BYTES] = { "Bytes written while idle for 10 s", "B", "%.0f" },
	[F_HUP_EXIT] = { "Hang-up: time until exit", "ms", "%.3f" },
	[F_HUP_CPU] = { "Hang-up: CPU used after it", "ms", "%.3f" },
	[F_MANY_PRIVATE] = { "100 at once: private memory each", "KiB", "%.0f" },
	[F_MANY_PSS] = { "100 at once: PSS each", "KiB", "%.0f" },
	[F_MANY_RSS] = { "100 at once: RSS each", "KiB", "%.0f" },
	[F_MANY_IDLE_CPU] = { "100 at once: CPU each while idle for 10 s", "ms", "%.3f" },
};

static struct sample fig[NFIGS][NPROGS];

/* Content scale: 50, 100, 200, 400 questions with 10,000 FAQ entries. */
static const int sizes[] = { 50, 100, 200, 400 };
#define NSIZES (sizeof sizes / sizeof sizes[0])
#define FAQ_N 10000
static struct sample load_ms, lint_ms[NSIZES], check_ms[NSIZES], startup_big;
static double paths[NSIZES];
static size_t classes[NSIZES];
static struct sample search_logic, search_total, search_pty, faq_open_pty, search_bytes;
static double faq_first_pty = NAN;
static double faq_open_direct = NAN;
static size_t search_matches[64];
static char notes_run[4096];

static char load_start[64] = "?";

static void read_load(void)
{
	FILE *f = fopen("/proc/loadavg", "r");
	if (f) {
		if (!fgets(load_start, sizeof load_start, f))
			strcpy(load_start, "?");
		fclose(f);
	}
	/* The first three fields. */
	char *p = load_start;
	for (int i = 0; i < 3 && p; i++)
		p = strchr(p + (i > 0), ' ');
	if (p)
		*p = '\0';
}

static void note(const char *fmt, ...)
{
	size_t n = strlen(notes_run);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(notes_run + n, sizeof notes_run - n, fmt, ap);
	va_end(ap);
}

static double ms(uint64_t ns)
{
	return (double)ns / 1e6;
}

static double ru_cpu_ms(const struct rusage *ru)
{
	return (double)(ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) * 1e3 +
	       (double)(ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e3;
}

/* ---- the programs ---- */

static void set_argv(enum prog p, ...)
{
	va_list ap;
	va_start(ap, p);
	size_t n = 0;
	for (const char *a; (a = va_arg(ap, const char *)) != NULL && n < 39;)
		argvs[p][n++] = strdup(a);
	argvs[p][n] = NULL;
	va_end(ap);
}

static char *path_in(const char *fmt, ...)
{
	char *s = malloc(4096);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s, 4096, fmt, ap);
	va_end(ap);
	return s;
}

static bool run_quiet(const char *cmd)
{
	int st = system(cmd);
	return st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static char *textbody;      /* the long text, for telling its rows on a screen */

static void setup(void)
{
	char *ours = path_in("%s/probation-advisor", build), *floor_bin = path_in("%s/bench/floor", build);
	char *home = path_in("%s/bench/home", build), *text = path_in("%s/bench/result.txt", build);
	mkdir(home, 0700);
	env_extra[0] = path_in("HOME=%s", home);
	env_extra[1] = path_in("XDG_CONFIG_HOME=%s/config", home);
	env_extra[2] = NULL;
	/* The long text: our result pane, line by line, for less. */
	char *cmd = path_in("%s/bench/direct result %s >/dev/null", build, text);
	if (!run_quiet(cmd)) {
		fprintf(stderr, "bench: %s failed\n", cmd);
		exit(1);
	}
	set_argv(P_OURS, ours, NULL);
	set_argv(P_FLOOR, floor_bin, NULL);
	static const char *const items[8] = { "Check my eligibility", "Browse the FAQ", "Qualification levels",
		                              "Routes and qualifications", "Contacts", "About this advisor",
		                              "Help: the keys", "Quit" };
	const char *menu[2][40];
	for (int w = 0; w < 2; w++) {
		size_t n = 0;
		menu[w][n++] = w ? "/usr/bin/whiptail" : "/usr/bin/dialog";
		menu[w][n++] = "--title";
		menu[w][n++] = "Main menu";
		menu[w][n++] = "--menu";
		menu[w][n++] = "Choose what to do:";
		menu[w][n++] = "18";
		menu[w][n++] = "60";
		menu[w][n++] = "8";
		static const char *const tags[8] = { "1", "2", "3", "4", "5", "6", "7", "8" };
		for (int i = 0; i < 8; i++) {
			menu[w][n++] = tags[i];
			menu[w][n++] = items[i];
		}
		menu[w][n] = NULL;
		enum prog p = w ? P_WHIPTAIL : P_DIALOG;
		for (size_t i = 0; i <= n; i++)
			argvs[p][i] = menu[w][i] ? strdup(menu[w][i]) : NULL;
	}
	/* Its first prompt names the file: the text bench waits for. */
	set_argv(P_LESS, "/usr/bin/less", text, NULL);
	FILE *f = fopen(text, "r");
	size_t cap = 0;
	if (!f || getdelim(&textbody, &cap, '\0', f) < 0) {
		fprintf(stderr, "bench: cannot read %s\n", text);
		exit(1);
	}
	fclose(f);
	set_argv(P_DIALOG_TEXT, "/usr/bin/dialog", "--textbox", text, "24", "80", NULL);
	set_argv(P_WHIPTAIL_TEXT, "/usr/bin/whiptail", "--scrolltext", "--textbox", text, "24", "80", NULL);
	free(cmd);
}

/* ---- one session of each program ---- */

static bool pick(struct term *t, const char *label)
{
	for (int i = 0; i < 30 && !vtcore_cursor_row_has(&t->core, label); i++) {
		vtcore_key(&t->core, VTERM_KEY_DOWN);
		term_settle(t, 1000, QUIET_KEY_MS);
	}
	if (!vtcore_cursor_row_has(&t->core, label))
		return false;
	vtcore_key(&t->core, VTERM_KEY_ENTER);
	term_settle(t, 1000, QUIET_KEY_MS);
	return true;
}

static bool walk(struct term *t)
{
	static const char *const labels[] = { "Check my eligibility", "Something else", "Yes, I have", "Level 6",
		                              "Covered by my", "Covered by my", "Covered by my", "Covered by my", NULL };
	for (size_t i = 0; labels[i]; i++)
		if (!pick(t, labels[i]))
			return false;
	return vtcore_screen_has(&t->core, "Your result");
}

/* ---- a page down: its bytes, and the rows of text it brings ---- */

struct snap {
	char row[ROWS][1024];
};

static void snap_take(struct term *t, struct snap *s)
{
	for (int r = 0; r < ROWS; r++)
		vtcore_row(&t->core, r, s->row[r], sizeof s->row[r]);
}

/* A row's text without the spaces and box lines around it. */
static const char *trim(const char *row, char *buf, size_t size)
{
	static const char bar[] = "\u2502"; /* a box's side, as libvterm shows it */
	for (;;) {
		row += strspn(row, " ");
		if (strncmp(row, bar, sizeof bar - 1) != 0)
			break;
		row += sizeof bar - 1;
	}
	snprintf(buf, size, "%s", row);
	for (size_t n = strlen(buf); n > 0;) {
		if (buf[n - 1] == ' ')
			buf[--n] = '\0';
		else if (n >= sizeof bar - 1 && strcmp(buf + n - (sizeof bar - 1), bar) == 0)
			buf[n -= sizeof bar - 1] = '\0';
		else
			break;
	}
	return buf;
}

/* Rows of the text on the screen now that were not on it before: a row of
 * text is one found in the file (3 characters at least, so a prompt, a
 * percentage or a position mark is not one), whatever frames it. */
static int new_text_rows(const struct snap *before, const struct snap *now)
{
	int n = 0;
	for (int r = 0; r < ROWS; r++) {
		char a[1024], b[1024];
		const char *s = trim(now->row[r], a, sizeof a);
		if (strlen(s) < 3 || !strstr(textbody, s))
			continue;
		bool seen = false;
		for (int k = 0; k < ROWS && !seen; k++)
			seen = strcmp(s, trim(before->row[k], b, sizeof b)) == 0;
		n += !seen;
	}
	return n;
}

/* Page down with key: bytes, and the rows of text it brought. */
static double page_down(struct term *t, VTermKey key, uint32_t ch, double *rows)
{
	static struct snap before, now;
	snap_take(t, &before);
	if (ch)
		vtcore_char(&t->core, ch);
	else
		vtcore_key(&t->core, key);
	double bytes = (double)term_settle(t, 1000, QUIET_KEY_MS);
	snap_take(t, &now);
	*rows = new_text_rows(&before, &now);
	return bytes;
}

static void add_page(enum prog p, double bytes, double rows)
{
	add(&fig[F_BYTES_PAGE][p], bytes);
	add(&fig[F_ROWS_PAGE][p], rows);
	if (rows > 0)
		add(&fig[F_BYTES_ROW][p], bytes / rows);
}

/* dialog --textbox and whiptail --textbox on the same text: the curses
 * programs that page through a text, as ours does.  Recorded under
 * dialog's and whiptail's columns. */
static bool textbox_page(enum prog box, enum prog as, bool record)
{
	struct term t;
	if (!term_start(&t, argvs[box], env_extra, ROWS, COLS))
		return false;
	bool ok = term_wait_painted(&t, ready[box], QUIET_PAINT_MS, 5000);
	double rows = 0, bytes = ok ? page_down(&t, VTERM_KEY_PAGEDOWN, 0, &rows) : 0;
	ok = ok && rows > 0;
	if (!ok)
		fprintf(stderr, "bench: %s: no page down\n", prog_names[box]);
	else if (record)
		add_page(as, bytes, rows);
	vtcore_key(&t.core, VTERM_KEY_ESCAPE);
	term_wait_exit(&t, 2000);
	term_free(&t);
	return ok;
}

/* One session; record is false for the warm-up. */
static bool session(enum prog p, bool record)
{
	struct term t;
	if (!term_start(&t, argvs[p], env_extra, ROWS, COLS))
		return false;
	bool ok = term_wait_painted(&t, ready[p], QUIET_PAINT_MS, 5000);
	double first = (double)t.core.bytes;
	double move = NAN, page = NAN, walked = NAN, rows = 0;
	if (ok) {
		switch (p) {
		case P_FLOOR:
			vtcore_char(&t.core, 'x');
			break;
		case P_DIALOG:
		case P_WHIPTAIL:
			vtcore_key(&t.core, VTERM_KEY_DOWN);
			move = (double)term_settle(&t, 1000, QUIET_KEY_MS);
			vtcore_key(&t.core, VTERM_KEY_ENTER);
			break;
		case P_LESS:
			/* space: its page-down key; PgDn is echoed in its prompt first */
			page = page_down(&t, 0, ' ', &rows);
			vtcore_char(&t.core, 'q');
			break;
		case P_OURS: {
			vtcore_key(&t.core, VTERM_KEY_DOWN);
			move = (double)term_settle(&t, 1000, QUIET_KEY_MS);
			vtcore_key(&t.core, VTERM_KEY_UP);
			term_settle(&t, 1000, QUIET_KEY_MS);
			size_t before = t.core.bytes;
			ok = walk(&t);
			walked = (double)(t.core.bytes - before);
			page = page_down(&t, VTERM_KEY_PAGEDOWN, 0, &rows);
			vtcore_char(&t.core, 'q');
			term_settle(&t, 1000, QUIET_KEY_MS);
			vtcore_char(&t.core, 'y');
			break;
		}
		default:
			break;
		}
	}
	ok = ok && term_wait_exit(&t, 5000) && t.core.status == 0;
	if (!ok) {
		char row[4096];
		fprintf(stderr, "bench: %s: the session failed; the screen:\n", prog_names[p]);
		for (int r = 0; r < ROWS; r++) {
			vtcore_row(&t.core, r, row, sizeof row);
			fprintf(stderr, "  |%s\n", row);
		}
	}
	if (ok && record) {
		add(&fig[F_BYTES_FIRST][p], first);
		if (!isnan(move))
			add(&fig[F_BYTES_MOVE][p], move);
		if (!isnan(page))
			add_page(p, page, rows);
		if (!isnan(walked))
			add(&fig[F_BYTES_WALK][p], walked);
		add(&fig[F_RSS][p], (double)t.core.ru.ru_maxrss);
		add(&fig[F_CPU_SESSION][p], ru_cpu_ms(&t.core.ru));
	}
	term_free(&t);
	return ok;
}

/* Startup alone, more often than the sessions: wall time is what suffers
 * most when the machine has other work, and more runs steady the median. */
static void phase_startup(void)
{
	int n = 3 * runs;
	fprintf(stderr, "bench: startup (%d runs of each, after a warm-up)\n", n);
	for (int i = 0; i <= n; i++)
		for (int p = 0; p < NPROGS; p++) {
			struct term t;
			if (!term_start(&t, argvs[p], env_extra, ROWS, COLS) ||
			    !term_wait_painted(&t, ready[p], QUIET_PAINT_MS, 5000)) {
				fprintf(stderr, "bench: %s did not start\n", prog_names[p]);
				exit(1);
			}
			if (i > 0) {
				add(&fig[F_STARTUP][p], ms(t.core.t_last - t.t_exec));
				add(&fig[F_STARTUP_CPU][p], ms(proc_cpu_ns(t.core.pid)));
			}
			term_free(&t);
		}
}

/* Our main menu at 80x23, one row short of the full layout: a move must
 * cost the same there, the highlight alone, as in dialog and whiptail. */
static bool bare_move(bool record)
{
	struct term t;
	if (!term_start(&t, argvs[P_OURS], env_extra, ROWS - 1, COLS))
		return false;
	bool ok = term_wait_painted(&t, ready[P_OURS], QUIET_PAINT_MS, 5000);
	if (ok) {
		vtcore_key(&t.core, VTERM_KEY_DOWN);
		double move = (double)term_settle(&t, 1000, QUIET_KEY_MS);
		if (record)
			add(&fig[F_BYTES_MOVE_BARE][P_OURS], move);
		vtcore_char(&t.core, 'q');
		term_settle(&t, 1000, QUIET_KEY_MS);
		vtcore_char(&t.core, 'y');
		ok = term_wait_exit(&t, 5000) && t.core.status == 0;
	}
	if (!ok)
		fprintf(stderr, "bench: probation-advisor at 80x23: the session failed\n");
	term_free(&t);
	return ok;
}

/* Every program's session once; record is false for the warm-up. */
static void session_round(bool record)
{
	for (int p = 0; p < NPROGS; p++)
		if (!session((enum prog)p, record))
			exit(1);
	if (!bare_move(record) || !textbox_page(P_DIALOG_TEXT, P_DIALOG, record) ||
	    !textbox_page(P_WHIPTAIL_TEXT, P_WHIPTAIL, record))
		exit(1);
}

static void phase_session(void)
{
	fprintf(stderr, "bench: sessions (%d runs of each, after a warm-up)\n", runs);
	session_round(false);
	/* Interleaved, so that a disturbance hits every program alike. */
	for (int i = 0; i < runs; i++)
		session_round(true);
}

/* ---- idle, and hang-up ---- */

static void phase_idle(void)
{
	fprintf(stderr, "bench: %d of each idle for %d s, then hung up\n", runs, IDLE_S);
	size_t n = (size_t)runs * NPROGS;
	struct term *ts = calloc(n, sizeof *ts);
	struct term **tp = calloc(n, sizeof *tp);
	uint64_t *cpu0 = calloc(n, sizeof *cpu0), *wake0 = calloc(n, sizeof *wake0);
	size_t *bytes0 = calloc(n, sizeof *bytes0);
	for (size_t i = 0; i < n; i++) {
		enum prog p = (enum prog)(i % NPROGS);
		tp[i] = &ts[i];
		if (!term_start(&ts[i], argvs[p], env_extra, ROWS, COLS) ||
		    !term_wait_painted(&ts[i], ready[p], QUIET_PAINT_MS, 10000)) {
			fprintf(stderr, "bench: %s did not start\n", prog_names[p]);
			exit(1);
		}
	}
	term_pump_all(tp, n, 500);
	for (size_t i = 0; i < n; i++) {
		cpu0[i] = proc_cpu_ns(ts[i].core.pid);
		wake0[i] = proc_wakeups(ts[i].core.pid);
		bytes0[i] = ts[i].core.bytes;
	}
	term_pump_all(tp, n, IDLE_S * 1000);
	for (size_t i = 0; i < n; i++) {
		enum prog p = (enum prog)(i % NPROGS);
		add(&fig[F_IDLE_CPU][p], ms(proc_cpu_ns(ts[i].core.pid) - cpu0[i]));
		add(&fig[F_IDLE_WAKE][p], (double)(proc_wakeups(ts[i].core.pid) - wake0[i]));
		add(&fig[F_IDLE_BYTES][p], (double)(ts[i].core.bytes - bytes0[i]));
	}
	for (size_t i = 0; i < n; i++) {
		enum prog p = (enum prog)(i % NPROGS);
		uint64_t exit_ns, cpu_ns;
		if (term_hangup(&ts[i], 5000, &exit_ns, &cpu_ns)) {
			add(&fig[F_HUP_EXIT][p], ms(exit_ns));
			add(&fig[F_HUP_CPU][p], ms(cpu_ns));
		} else {
			note("- %s was still running 5 s after a hang-up.\n", prog_names[p]);
		}
		term_free(&ts[i]);
	}
	free(ts);
	free(tp);
	free(cpu0);
	free(wake0);
	free(bytes0);
}

/* ---- 100 at once ---- */

static void phase_many(void)
{
	for (int p = 0; p < NPROGS; p++) {
		fprintf(stderr, "bench: %d of %s at once\n", MANY, prog_names[p]);
		struct term *ts = calloc(MANY, sizeof *ts);
		struct term *tp[MANY];
		uint64_t cpu0[MANY];
		for (int i = 0; i < MANY; i++) {
			tp[i] = &ts[i];
			if (!term_start(&ts[i], argvs[p], env_extra, ROWS, COLS)) {
				fprintf(stderr, "bench: cannot start %s\n", prog_names[p]);
				exit(1);
			}
			term_pump_all(tp, (size_t)i + 1, 0);
		}
		for (int i = 0; i < MANY; i++)
			if (!term_wait_painted(&ts[i], ready[p], 50, 20000)) {
				fprintf(stderr, "bench: %s #%d did not paint\n", prog_names[p], i);
				exit(1);
			}
		term_pump_all(tp, MANY, 1000);
		for (int i = 0; i < MANY; i++) {
			struct proc_mem m;
			if (proc_mem(ts[i].core.pid, &m)) {
				add(&fig[F_MANY_PRIVATE][p], (double)m.private_kb);
				add(&fig[F_MANY_PSS][p], (double)m.pss);
				add(&fig[F_MANY_RSS][p], (double)m.rss);
			}
			cpu0[i] = proc_cpu_ns(ts[i].core.pid);
		}
		term_pump_all(tp, MANY, IDLE_S * 1000);
		for (int i = 0; i < MANY; i++)
			add(&fig[F_MANY_IDLE_CPU][p], ms(proc_cpu_ns(ts[i].core.pid) - cpu0[i]));
		for (int i = 0; i < MANY; i++)
			term_free(&ts[i]);
		free(ts);
	}
}

/* ---- content at scale ---- */

/* Run a command and read one number a line (or "word number ..."). */
static FILE *pipe_from(const char *fmt, ...)
{
	char cmd[8192];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(cmd, sizeof cmd, fmt, ap);
	va_end(ap);
	FILE *f = popen(cmd, "r");
	if (!f) {
		fprintf(stderr, "bench: cannot run %s\n", cmd);
		exit(1);
	}
	return f;
}

static void pipe_close(FILE *f, const char *what)
{
	int st = pclose(f);
	if (st == -1 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "bench: %s failed\n", what);
		exit(1);
	}
}

static char *content_dir(int nq)
{
	return path_in("%s/bench/content-%d", build, nq);
}

/* Wall time of one --check-content, from fork to exit. */
static double check_once(const char *dir)
{
	uint64_t t0 = vtcore_now_ns();
	pid_t pid = fork();
	if (pid == 0) {
		freopen("/dev/null", "w", stdout);
		execl(argvs[P_OURS][0], argvs[P_OURS][0], "--check-content", dir, (char *)NULL);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	uint64_t t1 = vtcore_now_ns();
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "bench: --check-content %s failed\n", dir);
		exit(1);
	}
	return ms(t1 - t0);
}

static void search_through_pty(const char *dir)
{
	char *argv[] = { argvs[P_OURS][0], "--content", (char *)dir, NULL };
	struct term t;
	if (!term_start(&t, argv, env_extra, ROWS, COLS) || !term_wait_painted(&t, ready[P_OURS], QUIET_PAINT_MS, 10000)) {
		fprintf(stderr, "bench: the program did not start with %s\n", dir);
		exit(1);
	}
	for (int r = 0; r <= runs; r++) {
		uint64_t t0 = vtcore_now_ns();
		vtcore_char(&t.core, '/');
		if (!term_settle(&t, 5000, QUIET_KEY_MS))
			exit(1);
		if (r > 0)
			add(&faq_open_pty, ms(t.core.t_last - t0));
		else
			faq_first_pty = ms(t.core.t_last - t0);
		for (const char *q = SEARCH_QUERY; *q; q++) {
			size_t b0 = t.core.bytes;
			t0 = vtcore_now_ns();
			vtcore_char(&t.core, (unsigned char)*q);
			if (term_settle(&t, 2000, QUIET_KEY_MS) && r > 0) {
				add(&search_pty, ms(t.core.t_last - t0));
				add(&search_bytes, (double)(t.core.bytes - b0));
			}
		}
		/* Enter, then Esc twice: the search closes, the browser goes back. */
		vtcore_key(&t.core, VTERM_KEY_ENTER);
		term_settle(&t, 1000, QUIET_KEY_MS);
		vtcore_key(&t.core, VTERM_KEY_ESCAPE);
		term_settle(&t, 1000, QUIET_KEY_MS);
		vtcore_key(&t.core, VTERM_KEY_ESCAPE);
		term_settle(&t, 1000, QUIET_KEY_MS);
	}
	term_free(&t);
	/* Startup with this content: it is loaded and checked before the first screen. */
	for (int r = 0; r <= runs; r++) {
		if (!term_start(&t, argv, env_extra, ROWS, COLS) || !term_wait_painted(&t, ready[P_OURS], QUIET_PAINT_MS, 10000))
			exit(1);
		if (r > 0)
			add(&startup_big, ms(t.core.t_last - t.t_exec));
		term_free(&t);
	}
}

static void phase_content(void)
{
	fprintf(stderr, "bench: content at scale (%d FAQ entries; %d to %d questions)\n", FAQ_N, sizes[0],
	        sizes[NSIZES - 1]);
	char line[256];
	for (size_t s = 0; s < NSIZES; s++) {
		char *dir = content_dir(sizes[s]);
		char *cmd = path_in("rm -rf %s && %s/bench/gencontent %s %d %d >/dev/null", dir, build, dir, sizes[s], FAQ_N);
		if (!run_quiet(cmd)) {
			fprintf(stderr, "bench: %s failed\n", cmd);
			exit(1);
		}
		free(cmd);
		free(dir);
	}
	char *big = content_dir(sizes[NSIZES - 1]);
	FILE *f = pipe_from("%s/bench/direct load %s %d", build, big, runs + 1);
	for (int i = 0; fgets(line, sizeof line, f); i++)
		if (i > 0)
			add(&load_ms, atof(line) / 1e6);
	pipe_close(f, "direct load");
	for (size_t s = 0; s < NSIZES; s++) {
		char *dir = content_dir(sizes[s]);
		fprintf(stderr, "bench:   %d questions\n", sizes[s]);
		double warm = check_once(dir);
		int n = warm > 10000 ? 3 : runs;
		if (n < runs)
			note("- --check-content with %d questions took %.0f ms; measured %d times, not %d.\n", sizes[s], warm,
			     n, runs);
		for (int i = 0; i < n; i++)
			add(&check_ms[s], check_once(dir));
		f = pipe_from("%s/bench/direct lint %s %d", build, dir, n + 1);
		for (int i = 0; fgets(line, sizeof line, f); i++) {
			unsigned long long ns;
			double np;
			size_t nc;
			if (sscanf(line, "%llu %lf %zu", &ns, &np, &nc) == 3 && i > 0) {
				add(&lint_ms[s], (double)ns / 1e6);
				paths[s] = np;
				classes[s] = nc;
			}
		}
		pipe_close(f, "direct lint");
		free(dir);
	}
	f = pipe_from("%s/bench/direct search %s %s %d", build, big, SEARCH_QUERY, runs + 1);
	size_t k = 0, per = strlen(SEARCH_QUERY);
	while (fgets(line, sizeof line, f)) {
		unsigned long long a, b;
		size_t m;
		if (sscanf(line, "open %llu", &a) == 1) {
			faq_open_direct = (double)a / 1e6;
		} else if (sscanf(line, "key %llu %llu %zu", &a, &b, &m) == 3) {
			if (k >= per) { /* the first run is the warm-up */
				add(&search_logic, (double)a / 1e6);
				add(&search_total, (double)(a + b) / 1e6);
			}
			if (k % per < 64)
				search_matches[k % per] = m;
			k++;
		}
	}
	pipe_close(f, "direct search");
	search_through_pty(big);
	free(big);
}

/* ---- the report ---- */

static void cell(FILE *o, const struct sample *s, const char *fmt)
{
	if (!s->n) {
		fputs(" n/a |", o);
		return;
	}
	char a[32], b[32], c[32];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	snprintf(a, sizeof a, fmt, median(s));
	snprintf(b, sizeof b, fmt, smin(s));
	snprintf(c, sizeof c, fmt, smax(s));
#pragma GCC diagnostic pop
	fprintf(o, " **%s** (%s–%s) |", a, b, c);
}

static void ratio(FILE *o, const struct sample *ours, const struct sample *other)
{
	double a = median(ours), b = median(other);
	if (isnan(a) || isnan(b))
		fputs(" |", o);
	else if (b == 0)
		fprintf(o, " %s |", a == 0 ? "=" : "∞");
	else
		fprintf(o, " %.2fx |", a / b);
}

static void shell_line(FILE *o, const char *label, const char *cmd)
{
	char buf[512] = "";
	FILE *f = popen(cmd, "r");
	if (f) {
		if (!fgets(buf, sizeof buf, f))
			buf[0] = '\0';
		pclose(f);
	}
	buf[strcspn(buf, "\n")] = '\0';
	fprintf(o, "| %s | %s |\n", label, *buf ? buf : "?");
}

static void machine(FILE *o)
{
	struct utsname u;
	uname(&u);
	fputs("## Machine\n\n| | |\n|---|---|\n", o);
	fprintf(o, "| kernel | %s %s %s |\n", u.sysname, u.release, u.machine);
	shell_line(o, "CPU", "sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1");
	fprintf(o, "| cores online | %ld |\n", sysconf(_SC_NPROCESSORS_ONLN));
	shell_line(o, "memory", "sed -n 's/^MemTotal: *//p' /proc/meminfo");
	shell_line(o, "Debian", "cat /etc/debian_version");
	shell_line(o, "compiler", "cc --version | head -1");
	fprintf(o, "| load average (1, 5, 15 min) when the run began | %s |\n", load_start);
	shell_line(o, "load average (1, 5, 15 min) when it ended", "cut -d' ' -f1-3 /proc/loadavg");
	static const char *const pkgs[] = { "libncursesw6", "libconfig9", "libjansson4", "dialog", "whiptail",
		                            "less", "libvterm0", NULL };
	for (size_t i = 0; pkgs[i]; i++) {
		char cmd[256];
		snprintf(cmd, sizeof cmd, "dpkg-query -W -f='${Version}' %s 2>/dev/null", pkgs[i]);
		shell_line(o, pkgs[i], cmd);
	}
	fputs("\n", o);
}

static void method(FILE *o)
{
	fprintf(o,
	        "## Method\n\n"
	        "`make bench` builds the program (`-O2 -g`, as `make`) and the helpers in `build-bench/`, then runs "
	        "`bench/bench`, which measures everything below in one run and writes this file.\n\n"
	        "- **Terminal.** Every program runs under its own pseudo-terminal (`forkpty`), %dx%d, with "
	        "`TERM=xterm-256color`, `LANG=LC_ALL=C.UTF-8`, `PATH`, an empty `HOME` and `XDG_CONFIG_HOME`, "
	        "`LESSHISTFILE=-` and nothing else in the environment. "
	        "Its output is read as it comes and fed into libvterm, an xterm emulator, so the harness sees the "
	        "screen a person would (`bench/term.c`). Keys are encoded by libvterm, as xterm sends them.\n"
	        "- **Programs.** *probation-advisor* with its built-in content; the *floor*, `bench/floor.c` "
	        "(`newterm`, one line, `refresh`, `getch`, `endwin`); `dialog --menu` and `whiptail --menu` with "
	        "our main menu's eight items; `less` on the text of our result pane (the benchmark walk's result, "
	        "written line for line by `bench/direct result`).\n"
	        "- **Startup.** From the child's `execve` (it reads `CLOCK_MONOTONIC` just before and hands the time "
	        "over a pipe) to the first screen *fully painted*: the screen holds the text each program paints "
	        "last (ours: the status line's `q quit`; the floor: its line; dialog and whiptail: `<Cancel>`; "
	        "less: the file name in its prompt) and then no byte arrives for %d ms; the time is that of the "
	        "last byte before the pause. The same rule for every program. Beside it, the CPU time the process "
	        "has used at that moment (`/proc/PID/schedstat`, from the fork, so it includes `execve` and the "
	        "dynamic loader): wall time suffers when other work shares the machine, CPU time much less.\n"
	        "- **Bytes.** Everything the program writes to the terminal: the first screen (up to that last "
	        "byte); after one key, everything until %d ms pass without output. *Menu move*: Down from the "
	        "first item (ours: on the main menu). *Menu move at 80x23*: the same, in a window one row short, "
	        "where the screens switch to their compact layout. *Page down*: one page forward in the "
	        "long text (ours: PgDn in the result pane, 22 rows, 21 new; less: space, its own key for it, as PgDn "
	        "is first echoed in its prompt; 23 new rows; and, as the curses programs that page through a text, "
	        "`dialog --textbox` and `whiptail --scrolltext --textbox` on the same file at 24x80, PgDn, under "
	        "dialog's and whiptail's columns). *Rows of the text*: rows on the screen after the key, found in "
	        "the file (3 characters or more, without the spaces and box sides around them), that were on no "
	        "row before it; the bytes per row divide by them. *Walk*: from Enter on \"Check my eligibility\" to the result, choosing "
	        "role=other, experience=yes, level=6 and the four areas done, with Down and Enter only.\n"
	        "- **Session.** ours: first screen, Down, Up, the walk, PgDn, q, y. dialog, whiptail: first screen, "
	        "Down, Enter. less: first screen, space, q. floor: first screen, a key. Peak memory is `ru_maxrss` "
	        "and CPU `ru_utime + ru_stime`, from `wait4`.\n"
	        "- **Runs.** Startup: one warm-up start of each program, then %d of each, interleaved (each "
	        "stopped once painted). Sessions: one warm-up of each, then %d of each, interleaved. Each figure "
	        "is the median, with (min–max).\n"
	        "- **Idle and hang-up.** %d instances of each program at once, each painted, then left alone for "
	        "%d s: CPU from `/proc/PID/schedstat` (nanoseconds), wake-ups from `voluntary_ctxt_switches`. "
	        "Then each in turn is hung up (the pty master closed, as a dropped connection does): the time from "
	        "`close` to its exit, seen through a pidfd, and the CPU it used in between (schedstat, read from "
	        "the zombie before it is reaped).\n"
	        "- **100 at once.** %d instances of one program at a time, painted and idle: `Private_Clean + "
	        "Private_Dirty`, `Pss` and `Rss` from `/proc/PID/smaps_rollup` after 1 s, then CPU over %d s idle. "
	        "The figure is the median of the %d, with min and max.\n"
	        "- **Content at scale.** `bench/gencontent` writes content with %d FAQ entries and 50, 100, 200, 400 "
	        "questions, shaped like the real rules (see its opening comment). `bench/direct` links the "
	        "program's own objects: `content_load` (read, byte checks, parse, every check of the loader), "
	        "`lint_content` (the walk of `--check-content`), and the full-screen FAQ search: per keystroke, "
	        "`tui_key` (which runs `search_run`) and `tui_layout`, then the same drawing as the program into an "
	        "ncurses screen writing to /dev/null. `--check-content` is timed as a whole process (fork to exit). "
	        "Through the pty, each keystroke is timed from the key's write to the last byte of the repaint.\n\n",
	        COLS, ROWS, QUIET_PAINT_MS, QUIET_KEY_MS, 3 * runs, runs, runs, IDLE_S, MANY, IDLE_S, MANY, FAQ_N);
}

static void table(FILE *o)
{
	fputs("## Results\n\nMedian **bold**, then (min–max). Ratios are probation-advisor's median over the "
	      "other's.\n\n| figure | probation-advisor | floor | dialog | whiptail | less | ÷ floor | ÷ dialog | "
	      "÷ whiptail | ÷ less |\n|---|---|---|---|---|---|---|---|---|---|\n", o);
	for (int f = 0; f < NFIGS; f++) {
		bool any = false;
		for (int p = 0; p < NPROGS; p++)
			any |= fig[f][p].n > 0;
		if (!any)
			continue;
		fprintf(o, "| %s%s%s%s |", figs[f].name, *figs[f].unit ? " (" : "", figs[f].unit, *figs[f].unit ? ")" : "");
		for (int p = 0; p < NPROGS; p++)
			cell(o, &fig[f][p], figs[f].fmt);
		for (int p = 1; p < NPROGS; p++)
			ratio(o, &fig[f][P_OURS], &fig[f][p]);
		fputs("\n", o);
	}
	fputs("\n", o);
}

static void content_table(FILE *o)
{
	if (!load_ms.n)
		return;
	fprintf(o, "### Content at scale (%d FAQ entries)\n\n| figure | median (min–max) |\n|---|---|\n", FAQ_N);
	fprintf(o, "| `content_load`, %d questions: load and validate (ms) |", sizes[NSIZES - 1]);
	cell(o, &load_ms, "%.1f");
	fputs("\n", o);
	fprintf(o, "| startup to the first screen with this content, through the pty (ms) |");
	cell(o, &startup_big, "%.1f");
	fputs("\n", o);
	for (size_t s = 0; s < NSIZES; s++) {
		fprintf(o, "| %d questions: `--check-content`, whole process (ms) |", sizes[s]);
		cell(o, &check_ms[s], "%.1f");
		fprintf(o, "\n| %d questions: `lint_content` alone: %.0f answer paths, %zu class paths walked (ms) |",
		        sizes[s], paths[s], classes[s]);
		cell(o, &lint_ms[s], "%.2f");
		fputs("\n", o);
	}
	fprintf(o, "| FAQ search, per keystroke: `search_run` + layout (ms) |");
	cell(o, &search_logic, "%.3f");
	fprintf(o, "\n| FAQ search, per keystroke: the same + drawing (ms) |");
	cell(o, &search_total, "%.3f");
	fprintf(o, "\n| FAQ search, per keystroke through the pty: key to last byte (ms) |");
	cell(o, &search_pty, "%.3f");
	fprintf(o, "\n| FAQ search, bytes per keystroke through the pty (B) |");
	cell(o, &search_bytes, "%.0f");
	fprintf(o, "\n| opening the FAQ browser (`/`) the first time, which builds its list: through the pty; "
	           "direct (ms; one run each) | %.1f; %.1f |", faq_first_pty, faq_open_direct);
	fprintf(o, "\n| opening it again (`/`) through the pty (ms) |");
	cell(o, &faq_open_pty, "%.1f");
	fputs("\n\n", o);
	fprintf(o, "The query typed is \"%s\", one character at a time; matches after each: ", SEARCH_QUERY);
	for (size_t i = 0; i < strlen(SEARCH_QUERY) && i < 64; i++)
		fprintf(o, "%s%zu", i ? ", " : "", search_matches[i]);
	fputs(".\n\n", o);
}

struct verdict {
	const char *what, *target;
	char figure[256];
	int met; /* 1 met, 0 missed, -1 not measured */
};

static void verdicts(FILE *o)
{
	struct verdict v[16];
	size_t n = 0;
	double st = median(&fig[F_STARTUP][P_OURS]), stf = median(&fig[F_STARTUP][P_FLOOR]);
	double std = median(&fig[F_STARTUP][P_DIALOG]), stw = median(&fig[F_STARTUP][P_WHIPTAIL]);
	v[n] = (struct verdict){ "startup", "≤ 1.5x the floor, below dialog and whiptail", "", -1 };
	if (!isnan(st)) {
		double c = median(&fig[F_STARTUP_CPU][P_OURS]);
		snprintf(v[n].figure, sizeof v[n].figure,
		         "%.2f ms = %.2fx floor; dialog %.2f ms, whiptail %.2f ms (CPU: %.2fx floor, %.2fx dialog, "
		         "%.2fx whiptail)", st, st / stf, std, stw, c / median(&fig[F_STARTUP_CPU][P_FLOOR]),
		         c / median(&fig[F_STARTUP_CPU][P_DIALOG]), c / median(&fig[F_STARTUP_CPU][P_WHIPTAIL]));
		v[n].met = st <= 1.5 * stf && st < std && st < stw;
	}
	n++;
	double mv = median(&fig[F_BYTES_MOVE][P_OURS]);
	v[n] = (struct verdict){ "one menu move", "≤ 60 B", "", -1 };
	if (!isnan(mv)) {
		snprintf(v[n].figure, sizeof v[n].figure, "%.0f B (whiptail %.0f, dialog %.0f)", mv,
		         median(&fig[F_BYTES_MOVE][P_WHIPTAIL]), median(&fig[F_BYTES_MOVE][P_DIALOG]));
		v[n].met = mv <= 60;
	}
	n++;
	double pg = median(&fig[F_BYTES_PAGE][P_OURS]), pgl = median(&fig[F_BYTES_PAGE][P_LESS]);
	v[n] = (struct verdict){ "one page down", "≤ less for the same text", "", -1 };
	if (!isnan(pg)) {
		snprintf(v[n].figure, sizeof v[n].figure,
		         "%.0f B for %.0f rows of text; less %.0f B for %.0f (per row: %.1f B; less %.1f, "
		         "dialog --textbox %.1f, whiptail --textbox %.1f)",
		         pg, median(&fig[F_ROWS_PAGE][P_OURS]), pgl, median(&fig[F_ROWS_PAGE][P_LESS]),
		         median(&fig[F_BYTES_ROW][P_OURS]), median(&fig[F_BYTES_ROW][P_LESS]),
		         median(&fig[F_BYTES_ROW][P_DIALOG]), median(&fig[F_BYTES_ROW][P_WHIPTAIL]));
		v[n].met = pg <= pgl;
	}
	n++;
	double rss = median(&fig[F_RSS][P_OURS]), rssf = median(&fig[F_RSS][P_FLOOR]);
	v[n] = (struct verdict){ "peak memory", "≤ 1.3x the floor", "", -1 };
	if (!isnan(rss)) {
		snprintf(v[n].figure, sizeof v[n].figure, "%.0f KiB = %.2fx floor (%.0f KiB)", rss, rss / rssf, rssf);
		v[n].met = rss <= 1.3 * rssf;
	}
	n++;
	double idle = smax(&fig[F_IDLE_CPU][P_OURS]);
	v[n] = (struct verdict){ "idle CPU", "0 ms over 10 s", "", -1 };
	if (!isnan(idle)) {
		snprintf(v[n].figure, sizeof v[n].figure, "median %.3f ms, max %.3f ms", median(&fig[F_IDLE_CPU][P_OURS]),
		         idle);
		v[n].met = idle < 0.5;
	}
	n++;
	double he = smax(&fig[F_HUP_EXIT][P_OURS]), hc = smax(&fig[F_HUP_CPU][P_OURS]);
	v[n] = (struct verdict){ "hang-up", "exit ≤ 10 ms, ≤ 1 ms CPU after", "", -1 };
	if (!isnan(he)) {
		snprintf(v[n].figure, sizeof v[n].figure, "exit median %.3f ms (max %.3f); CPU median %.3f ms (max %.3f)",
		         median(&fig[F_HUP_EXIT][P_OURS]), he, median(&fig[F_HUP_CPU][P_OURS]), hc);
		v[n].met = he <= 10 && hc <= 1;
	}
	n++;
	double ld = median(&load_ms);
	v[n] = (struct verdict){ "10,000 FAQ entries loaded and validated", "≤ 100 ms", "", -1 };
	if (!isnan(ld)) {
		snprintf(v[n].figure, sizeof v[n].figure, "%.1f ms", ld);
		v[n].met = ld <= 100;
	}
	n++;
	double sk = median(&search_total), skmax = smax(&search_total);
	v[n] = (struct verdict){ "a search keystroke over them", "≤ 5 ms", "", -1 };
	if (!isnan(sk)) {
		snprintf(v[n].figure, sizeof v[n].figure, "median %.2f ms, max %.2f ms (pty median %.2f ms)", sk, skmax,
		         median(&search_pty));
		v[n].met = sk <= 5;
	}
	n++;
	double pv = median(&fig[F_MANY_PRIVATE][P_OURS]);
	v[n] = (struct verdict){ "100 instances", "≤ 1 MiB private each", "", -1 };
	if (!isnan(pv)) {
		snprintf(v[n].figure, sizeof v[n].figure, "%.0f KiB private, %.0f KiB PSS each (floor %.0f / %.0f)", pv,
		         median(&fig[F_MANY_PSS][P_OURS]), median(&fig[F_MANY_PRIVATE][P_FLOOR]),
		         median(&fig[F_MANY_PSS][P_FLOOR]));
		v[n].met = pv <= 1024;
	}
	n++;
	fputs("## Targets\n\n| target | wanted | this run | met |\n|---|---|---|---|\n", o);
	for (size_t i = 0; i < n; i++)
		fprintf(o, "| %s | %s | %s | %s |\n", v[i].what, v[i].target, v[i].met < 0 ? "not measured" : v[i].figure,
		        v[i].met < 0 ? "–" : v[i].met ? "yes" : "**no**");
	fputs("\n", o);
}

static void report(const char *path, double seconds)
{
	FILE *o = fopen(path, "w");
	if (!o) {
		fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	time_t now = time(NULL);
	char date[64];
	strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", gmtime(&now));
	fprintf(o, "# Benchmarks: probation-advisor beside dialog, whiptail, less and the floor\n\n"
	           "Written by `make bench` (`bench/bench.c`) on %s; the whole run took %.0f s. Every figure below "
	           "comes from that one run; the notes at the end are written by hand.\n\n",
	        date, seconds);
	machine(o);
	method(o);
	verdicts(o);
	if (*notes_run)
		fprintf(o, "Remarks from this run:\n\n%s\n", notes_run);
	table(o);
	content_table(o);
	/* The hand-written analysis, NOTES.md beside the results. */
	char notes[4096];
	const char *slash = strrchr(path, '/');
	snprintf(notes, sizeof notes, "%.*sNOTES.md", slash ? (int)(slash - path + 1) : 0, path);
	FILE *n = fopen(notes, "r");
	if (n) {
		char buf[4096];
		size_t k;
		while ((k = fread(buf, 1, sizeof buf, n)) > 0)
			fwrite(buf, 1, k, o);
		fclose(n);
	}
	if (fclose(o) != 0) {
		fprintf(stderr, "bench: cannot write %s\n", path);
		exit(1);
	}
}

static bool phase(const char *name)
{
	const char *p = getenv("BENCH_PHASES");
	return !p || !*p || strstr(p, name);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: bench BUILDDIR RESULTS.md\n", stderr);
		return 2;
	}
	build = argv[1];
	const char *r = getenv("BENCH_RUNS");
	if (r && atoi(r) > 0)
		runs = atoi(r);
	signal(SIGPIPE, SIG_IGN);
	uint64_t t0 = vtcore_now_ns();
	read_load();
	if (atof(load_start) >= 1.0)
		note("- The machine had other work when the run began (load average %s on %ld cores): the wall-clock "
		     "figures (startup above all) are disturbed by it; the CPU figures much less.\n",
		     load_start, sysconf(_SC_NPROCESSORS_ONLN));
	setup();
	if (phase("startup"))
		phase_startup();
	if (phase("session"))
		phase_session();
	if (phase("idle"))
		phase_idle();
	if (phase("many"))
		phase_many();
	if (phase("content"))
		phase_content();
	report(argv[2], (double)(vtcore_now_ns() - t0) / 1e9);
	verdicts(stdout);
	fprintf(stderr, "bench: wrote %s\n", argv[2]);
	return 0;
}
