#define _GNU_SOURCE /* F_SETPIPE_SZ: a pipe of one page, as a slow printer's buffer */
/* Printing: the handout at the printer's width, with or without the cut,
 * to a FIFO and to a file, exactly; and never a hang, whatever the printer
 * does: no reader, a reader that stops, a reader that goes away. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "kit.h"
#include "print.h"
#include "resume.h"
#include "text.h"
#include "util.h"

#define SHORT_DEADLINE 300

TestSuite(print, .fini = kit_content_free);

static const int widths[] = { 32, 42, 48, 80 };

static struct plan *example_plan(size_t i)
{
	const struct content *c = kit_content();
	struct plan *p = plan_build(c, content_scenario(c, i % content_nscenarios(c))->answers, 0);
	cr_assert(p && plan_complete(p));
	return p;
}

/* The handout at width, as plan_write_text makes it, then the cut. */
static char *expected(const struct plan *p, int width, bool cut, size_t *len)
{
	char *text;
	FILE *f = open_memstream(&text, len);
	plan_write_text(p, f, width);
	if (cut)
		fwrite("\x1d\x56\x41\x00", 1, 4, f);
	fclose(f);
	return text;
}

/* Every line of text (before any cut) fits in width columns. */
static void fits(const char *text, size_t len, int width)
{
	for (size_t at = 0; at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t n = nl ? (size_t)(nl - text - at) : len - at;
		if (n && text[at] != '\x1d')
			cr_expect_leq(text_width(text + at, n), width, "a line wider than %d: %.*s", width, (int)n, text + at);
		at += n + 1;
	}
}

static char *read_all(int fd, size_t *len)
{
	size_t cap = 1 << 20;
	char *buf = malloc(cap);
	*len = 0;
	for (ssize_t n; (n = read(fd, buf + *len, cap - *len)) > 0;)
		*len += (size_t)n;
	return buf;
}

/* A FIFO in a new scratch directory; its name into fifo. */
static char *new_fifo(char *fifo, size_t size)
{
	char *dir = scratch_dir();
	snprintf(fifo, size, "%s/printer", dir);
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	return dir;
}

/* The FIFO's reading end, and a writing end of the test's own. */
static void both_ends(const char *fifo, int *rd, int *wr)
{
	*rd = open(fifo, O_RDONLY | O_NONBLOCK);
	*wr = open(fifo, O_WRONLY | O_NONBLOCK);
	cr_assert(*rd >= 0 && *wr >= 0);
}

static struct print_result print_to(const char *path, const struct plan *p, int width, bool cut, int deadline)
{
	size_t len;
	char *bytes = print_bytes_of(p, width, cut, &len);
	cr_assert_not_null(bytes);
	struct print_result r = print_write(path, bytes, len, deadline);
	free(bytes);
	return r;
}

Test(print, to_a_fifo_at_each_width_with_and_without_the_cut)
{
	char fifo[4200], *dir = new_fifo(fifo, sizeof fifo);
	for (size_t w = 0; w < 4; w++)
		for (int cut = 0; cut <= 1; cut++) {
			struct plan *p = example_plan(w * 2 + (size_t)cut);
			int rd = open(fifo, O_RDONLY | O_NONBLOCK);
			cr_assert_geq(rd, 0);
			struct session_options opt = { .printer = fifo, .printer_columns = widths[w], .printer_cut = cut };
			struct print_result r = print_plan(&opt, p);
			cr_expect_eq(r.status, PRINT_OK, "width %d, cut %d: status %d (%s)", widths[w], cut, r.status,
			             strerror(r.err));
			size_t got_len, want_len;
			char *got = read_all(rd, &got_len), *want = expected(p, widths[w], cut, &want_len);
			close(rd);
			cr_expect_eq(got_len, want_len, "width %d, cut %d: %zu bytes, want %zu", widths[w], cut, got_len,
			             want_len);
			cr_expect_eq(r.written, want_len);
			cr_expect(got_len == want_len && memcmp(got, want, want_len) == 0, "width %d: other bytes", widths[w]);
			bool has_cut = got_len >= 4 && memcmp(got + got_len - 4, "\x1d\x56\x41\x00", 4) == 0;
			cr_expect_eq(has_cut, (bool)cut, "width %d: the cut %s", widths[w], cut ? "is missing" : "is there");
			fits(got, got_len, widths[w]);
			char msg[512];
			cr_expect_not_null(strstr(print_message(&r, msg, sizeof msg), "Printed: please take"), "%s", msg);
			free(got);
			free(want);
			plan_free(p);
		}
	scratch_free(dir);
}

Test(print, to_a_file_it_adds_and_never_overwrites_or_creates)
{
	char *dir = scratch_dir(), path[4200];
	snprintf(path, sizeof path, "%s/printed.txt", dir);
	/* Not there: nothing is created. */
	struct plan *p = example_plan(3);
	struct print_result r = print_to(path, p, 42, false, SHORT_DEADLINE);
	cr_expect_eq(r.status, PRINT_NOT_READY);
	struct stat st;
	cr_expect_neq(stat(path, &st), 0, "printing created %s", path);
	for (size_t w = 0; w < 4; w++)
		for (int cut = 0; cut <= 1; cut++) {
			put_file(dir, "printed.txt", "", 0);
			r = print_to(path, p, widths[w], cut, SHORT_DEADLINE);
			cr_expect_eq(r.status, PRINT_OK, "status %d (%s)", r.status, strerror(r.err));
			/* Twice: the second print comes after the first. */
			r = print_to(path, p, widths[w], cut, SHORT_DEADLINE);
			cr_expect_eq(r.status, PRINT_OK);
			size_t got_len, want_len;
			char *got = get_file(path, &got_len), *want = expected(p, widths[w], cut, &want_len);
			cr_assert_eq(got_len, 2 * want_len, "width %d, cut %d: %zu bytes, want 2 x %zu", widths[w], cut,
			             got_len, want_len);
			cr_expect(memcmp(got, want, want_len) == 0 && memcmp(got + want_len, want, want_len) == 0,
			          "width %d, cut %d: other bytes", widths[w], cut);
			free(got);
			free(want);
		}
	plan_free(p);
	scratch_free(dir);
}

static long elapsed_since(long t0)
{
	return kit_now_ms() - t0;
}

Test(print, a_fifo_no_one_reads_fails_at_once)
{
	char fifo[4200], msg[512], *dir = new_fifo(fifo, sizeof fifo);
	struct plan *p = example_plan(0);
	long t0 = kit_now_ms();
	struct print_result r = print_to(fifo, p, 80, true, PRINT_DEADLINE_MS);
	cr_expect_lt(elapsed_since(t0), PRINT_DEADLINE_MS, "waited for a reader");
	cr_expect_eq(r.status, PRINT_NOT_READY);
	cr_expect_not_null(strstr(print_message(&r, msg, sizeof msg), "Not printed"), "%s", msg);
	cr_expect_not_null(strstr(msg, "Ask a staff member"), "%s", msg);
	plan_free(p);
	scratch_free(dir);
}

/* A reader that has stopped reading, its pipe full: the print gives up at
 * the deadline, and says it did not print. */
Test(print, a_reader_that_stopped_reading_costs_only_the_deadline)
{
	char fifo[4200], msg[512], *dir = new_fifo(fifo, sizeof fifo);
	int rd, fill;
	both_ends(fifo, &rd, &fill);
	char junk[4096] = { 0 };
	while (write(fill, junk, sizeof junk) > 0)
		;
	struct plan *p = example_plan(1);
	long t0 = kit_now_ms();
	struct print_result r = print_to(fifo, p, 48, false, SHORT_DEADLINE);
	long took = elapsed_since(t0);
	cr_expect_geq(took, SHORT_DEADLINE - 20, "gave up after %ld ms, before the deadline", took);
	cr_expect_lt(took, SHORT_DEADLINE * 10, "took %ld ms with a deadline of %d", took, SHORT_DEADLINE);
	cr_expect_eq(r.status, PRINT_STALLED, "status %d", r.status);
	cr_expect_not_null(strstr(print_message(&r, msg, sizeof msg), "Not printed"), "%s", msg);
	/* A reader that read a page and stopped: part of it printed. */
	while (read(rd, junk, sizeof junk) > 0)
		;
	cr_assert_geq(fcntl(fill, F_SETPIPE_SZ, 4096), 0, "%s", strerror(errno));
	r = print_to(fifo, p, 32, false, SHORT_DEADLINE);
	cr_expect_eq(r.status, PRINT_PARTIAL, "status %d after %zu of %zu bytes", r.status, r.written, r.total);
	cr_expect_gt(r.written, 0);
	cr_expect_lt(r.written, r.total);
	cr_expect_not_null(strstr(print_message(&r, msg, sizeof msg), "Only part printed"), "%s", msg);
	close(fill);
	close(rd);
	plan_free(p);
	scratch_free(dir);
}

static volatile int reader_fd = -1;

static void reader_leaves(int sig)
{
	(void)sig;
	close(reader_fd);
}

/* A reader that goes away mid-print: the print stops at once, as an error,
 * and SIGPIPE does not end the program. */
Test(print, a_reader_that_went_away_is_an_error_not_the_end)
{
	char fifo[4200], msg[512], *dir = new_fifo(fifo, sizeof fifo);
	int rd, fill;
	both_ends(fifo, &rd, &fill);
	cr_assert_geq(fcntl(fill, F_SETPIPE_SZ, 4096), 0, "%s", strerror(errno));
	char junk[1024] = { 0 };
	cr_assert_eq(write(fill, junk, sizeof junk), (ssize_t)sizeof junk);
	close(fill);
	reader_fd = rd;
	signal(SIGALRM, reader_leaves);
	alarm(1);
	struct plan *p = example_plan(2);
	long t0 = kit_now_ms();
	struct print_result r = print_to(fifo, p, 32, false, 8000);
	cr_expect_lt(elapsed_since(t0), 4000, "the print went on after the reader left");
	cr_expect_neq(r.status, PRINT_OK);
	cr_expect_lt(r.written, r.total);
	cr_expect_not_null(strstr(print_message(&r, msg, sizeof msg), "print"), "%s", msg);
	plan_free(p);
	scratch_free(dir);
}

Test(print, a_directory_is_no_printer)
{
	char *dir = scratch_dir(), msg[512];
	struct plan *p = example_plan(0);
	struct print_result r = print_to(dir, p, 80, false, SHORT_DEADLINE);
	cr_expect_neq(r.status, PRINT_OK);
	cr_expect_not_null(strstr(print_message(&r, msg, sizeof msg), "Not printed"), "%s", msg);
	plan_free(p);
	scratch_free(dir);
}

/* Plain mode: p prints to the configured printer, a second p asks first;
 * without a printer, p is not offered. */
Test(print, plain_mode_prints_and_asks_before_a_second_time)
{
	char *dir = scratch_dir(), path[4200], cfg[8600];
	snprintf(path, sizeof path, "%s/printed.txt", dir);
	put_file(dir, "printed.txt", "", 0);
	snprintf(cfg, sizeof cfg, "printer = \"%s\";\nprinter_columns = 48;\n", path);
	put_file(dir, "config", cfg, strlen(cfg));
	snprintf(cfg, sizeof cfg, "%s/config", dir);
	const struct content *c = content_builtin();
	const int *answers = content_scenario(c, 4)->answers;
	size_t size = resume_size(c);
	char *code = malloc(size);
	resume_encode(c, answers, code, size);
	struct run r;
	run_pa(&r, "p\np\nn\np\ny\nq\n", KIT_ARGS("--plain", "--config", cfg, "--resume", code), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, "Type p to print your plan"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "Printed: please take"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "printed already. Print it again?"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "Not printed again."), "%s", r.out);
	struct plan *p = plan_build(c, answers, time(NULL));
	size_t got_len, want_len;
	char *got = get_file(path, &got_len), *want = expected(p, 48, false, &want_len);
	cr_expect_eq(got_len, 2 * want_len, "%zu bytes, want 2 x %zu", got_len, want_len);
	cr_expect(got_len == 2 * want_len && memcmp(got, want, want_len) == 0 && memcmp(got + want_len, want, want_len) == 0);
	free(got);
	free(want);
	plan_free(p);
	run_free(&r);
	/* No printer: no word of printing. */
	run_pa(&r, "p\nq\n", KIT_ARGS("--plain", "--resume", code), NULL);
	cr_expect_null(strcasestr(r.out, "print"), "%s", r.out);
	run_free(&r);
	free(code);
	scratch_free(dir);
}
