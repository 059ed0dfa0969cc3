/* scan: safe reading and a pre-parse check of libconfig text. */
#include "scan.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"

/* More than this many problems in one file is noise, not help. */
#define SCAN_MAX_REPORTS 20

char *scan_read(const char *path, size_t max, size_t *len, struct diags *d)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		diag_add(d, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	struct stat st;
	char *buf = NULL;
	if (fstat(fd, &st) != 0) {
		diag_add(d, path, 0, "cannot read: %s", strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		diag_add(d, path, 0, "is a directory, not a file");
	} else if (!S_ISREG(st.st_mode)) {
		diag_add(d, path, 0, "is not a regular file");
	} else if ((uintmax_t)st.st_size > max) {
		diag_add(d, path, 0, "is too large (%jd bytes; the limit is %zu)",
		         (intmax_t)st.st_size, max);
	} else if ((buf = malloc((size_t)st.st_size + 2)) == NULL) {
		diag_add(d, path, 0, "out of memory");
	} else {
		size_t size = (size_t)st.st_size, n = 0;
		ssize_t r = 0;
		/* One byte more than stat said, to notice a file that grew. */
		while (n <= size && (r = read(fd, buf + n, size + 1 - n)) != 0) {
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0)
				break;
			n += (size_t)r;
		}
		if (r < 0) {
			diag_add(d, path, 0, "cannot read: %s", strerror(errno));
			free(buf);
			buf = NULL;
		} else if (n > size) {
			diag_add(d, path, 0, "changed while it was being read");
			free(buf);
			buf = NULL;
		} else {
			buf[n] = '\0';
			*len = n;
		}
	}
	close(fd);
	return buf;
}

struct scanner {
	const char *name;
	const unsigned char *p, *end;
	int line;
	int reports;
	struct diags *d;
};

static void report(struct scanner *s, const char *fmt, const char *arg)
{
	if (s->reports++ < SCAN_MAX_REPORTS)
		diag_add(s->d, s->name, s->line, fmt, arg);
	else if (s->reports == SCAN_MAX_REPORTS + 1)
		diag_add(s->d, s->name, s->line, "too many problems; stopped reporting this file%s", "");
}

/* Length of the valid UTF-8 sequence at p (1 for ASCII), 0 if invalid.
 * C1 controls (U+0080..U+009F) count as invalid: terminals act on them. */
static size_t utf8_len(const unsigned char *p, const unsigned char *end)
{
	if (p[0] < 0x80)
		return 1;
	long cp;
	size_t n = text_utf8((const char *)p, (size_t)(end - p), &cp);
	return cp >= 0 ? n : 0;
}

/* One character of any state: NUL, control, UTF-8 checks.  Returns bytes. */
static size_t check_char(struct scanner *s)
{
	unsigned c = *s->p;
	if (c == '\0') {
		report(s, "NUL byte in the file%s", "");
		return 1;
	}
	if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f) {
		char hex[8];
		snprintf(hex, sizeof hex, "0x%02x", c);
		report(s, "control character %s in the file", hex);
		return 1;
	}
	size_t n = utf8_len(s->p, s->end);
	if (n == 0) {
		report(s, "invalid UTF-8%s", "");
		return 1;
	}
	return n;
}

static void scan_escape(struct scanner *s)
{
	/* s->p is at the backslash. */
	unsigned char e = s->p + 1 < s->end ? s->p[1] : 0;
	if (e == 'x') {
		unsigned v = 0;
		int digits = 0;
		const unsigned char *q = s->p + 2;
		while (digits < 2 && q < s->end && strchr("0123456789abcdefABCDEF", *q) && *q) {
			v = v * 16 + (unsigned)(*q <= '9' ? *q - '0' : (*q | 0x20) - 'a' + 10);
			q++;
			digits++;
		}
		if (digits == 2 && v == 0)
			report(s, "\\x00 in a string would cut the text short%s", "");
		else if (digits == 2 && (v < 0x20 || v >= 0x7f) && v != '\n' && v != '\t')
			report(s, "escape \\x%s puts a control or raw byte in the text; "
			          "write the character itself", (const char[]){ (char)s->p[2], (char)s->p[3], 0 });
		s->p = q;
		return;
	}
	if (e == 'f' || e == 'r')
		report(s, "escape \\%s puts a control character in the text",
		       (const char[]){ (char)e, 0 });
	/* Any other character after a backslash is kept as it is, backslash
	 * and all, so it gets the same checks as the rest of the string. */
	s->p += e && strchr("nrtf\\\"", e) ? 2 : 1;
}

static bool is_word(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '*' || c == '.';
}

/* An integer literal libconfig would wrap: anything outside int64, or
 * outside int32 without the L suffix. */
static void scan_number(struct scanner *s)
{
	const unsigned char *start = s->p;
	while (s->p < s->end && (is_word(*s->p) || *s->p == '+'))
		s->p++;
	size_t n = (size_t)(s->p - start);
	char tok[64];
	if (n >= sizeof tok) {
		report(s, "number is out of range%s", "");
		return;
	}
	memcpy(tok, start, n);
	tok[n] = '\0';
	char *digits = tok + (tok[0] == '-' || tok[0] == '+');
	bool hex = digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
	if (!hex && strpbrk(digits, ".eE"))
		return; /* a float; libconfig reads those as double */
	bool wide = n && (tok[n - 1] == 'L' || tok[n - 1] == 'l');
	if (wide)
		tok[--n] = '\0';
	errno = 0;
	char *endp;
	long long v = strtoll(tok, &endp, hex ? 16 : 10);
	if (*endp != '\0')
		return; /* not a number after all: libconfig will say so */
	if (errno == ERANGE || (!wide && (v < INT32_MIN || v > INT32_MAX)))
		report(s, "number %s is out of range", tok);
}

enum scan_state { NORMAL, STRING, LINE_COMMENT, BLOCK_COMMENT };

/* Printable ASCII that needs no check where it stands: in strings and
 * comments anything but an escape, a quote or a star; outside them not
 * what starts a string, a comment, a directive or a number either. */
static bool plain(unsigned c, enum scan_state state)
{
	if (c < 0x20 || c >= 0x7f || c == '\\' || c == '"' || c == '*')
		return false;
	return state != NORMAL || !((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '#' || c == '/' || c == '@');
}

/* A character outside strings and comments; true when it was consumed
 * (the state and prev are set), false to check it as a character. */
static bool step_normal(struct scanner *s, enum scan_state *state, unsigned *prev)
{
	unsigned c = *s->p;
	if (c == '"') {
		*state = STRING;
	} else if (c == '#' || (c == '/' && s->p + 1 < s->end && s->p[1] == '/')) {
		*state = LINE_COMMENT;
	} else if (c == '/' && s->p + 1 < s->end && s->p[1] == '*') {
		*state = BLOCK_COMMENT;
		s->p += 2;
		return true;
	} else if (c == '@') {
		report(s, "@include and other directives are not allowed%s", "");
	} else if (!is_word(*prev) && ((c >= '0' && c <= '9') ||
	           ((c == '-' || c == '+') && s->p + 1 < s->end && s->p[1] >= '0' && s->p[1] <= '9'))) {
		scan_number(s);
		*prev = '0';
		return true;
	}
	return false;
}

/* A character in a string, or in a comment: the same contract. */
static bool step_other(struct scanner *s, enum scan_state *state, unsigned *prev)
{
	unsigned c = *s->p;
	if (*state == STRING && c == '\\') {
		scan_escape(s);
		*prev = c;
		return true;
	}
	if (*state == STRING && c == '"')
		*state = NORMAL;
	else if (*state == STRING && c == '\r') /* fine ending a line, not in the text */
		report(s, "control character %s in a string", "0x0d");
	else if (*state == BLOCK_COMMENT && c == '*' && s->p + 1 < s->end && s->p[1] == '/') {
		*state = NORMAL;
		s->p += 2;
		return true;
	}
	return false;
}

bool scan_check(const char *name, const char *buf, size_t len, struct diags *d)
{
	struct scanner s = { name, (const unsigned char *)buf, (const unsigned char *)buf + len, 1, 0, d };
	enum scan_state state = NORMAL;
	unsigned prev = ' ';
	while (s.p < s.end) {
		unsigned c = *s.p;
		if (c == '\n') {
			s.line++;
			if (state == LINE_COMMENT)
				state = NORMAL;
			prev = c;
			s.p++;
			continue;
		}
		/* Most of a file is plain text: skip a run of it at once. */
		const unsigned char *run = s.p;
		while (run < s.end && plain(*run, state))
			run++;
		if (run > s.p) {
			prev = run[-1];
			s.p = run;
			continue;
		}
		if (state == NORMAL ? step_normal(&s, &state, &prev) : step_other(&s, &state, &prev))
			continue;
		prev = c;
		s.p += check_char(&s);
	}
	return s.reports == 0;
}

bool scan_parse(const char *path, size_t max, struct diags *d,
                void (*read)(void *ctx, const config_setting_t *root), void *ctx)
{
	size_t len = 0;
	char *text = scan_read(path, max, &len, d);
	if (!text)
		return false;
	bool parsed = false;
	if (scan_check(path, text, len, d)) {
		config_t cfg;
		config_init(&cfg);
		parsed = config_read_string(&cfg, text);
		if (parsed)
			read(ctx, config_root_setting(&cfg));
		else
			diag_add(d, path, config_error_line(&cfg), "%s",
			         config_error_text(&cfg) ? config_error_text(&cfg) : "syntax error");
		config_destroy(&cfg);
	}
	free(text);
	return parsed;
}

int scan_line(const config_setting_t *s)
{
	return s ? (int)config_setting_source_line(s) : 0;
}

void scan_problem(struct diags *d, const char *file, const config_setting_t *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, file, scan_line(s), fmt, ap);
	va_end(ap);
}
