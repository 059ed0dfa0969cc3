/* Test helpers: run the program, scratch files. */
#include "util.h"
#include <criterion/criterion.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"

const char *pa_bin(void)
{
	const char *b = getenv("PA_BIN");
	return b && *b ? b : "./probation-advisor";
}

void env_apply(const char *const *env)
{
	for (size_t i = 0; env && env[i]; i++) {
		const char *eq = strchr(env[i], '=');
		if (eq) {
			char name[128];
			snprintf(name, sizeof name, "%.*s", (int)(eq - env[i]), env[i]);
			setenv(name, eq + 1, 1);
		} else {
			unsetenv(env[i]);
		}
	}
}

struct buf {
	char *p;
	size_t n, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void child(int in, int out, int err, const char *const *args, const char *const *env)
{
	dup2(in, 0);
	dup2(out, 1);
	dup2(err, 2);
	env_apply(env);
	execvp(args[0], (char *const *)args);
	perror(args[0]);
	_exit(127);
}

void run_pa(struct run *r, const char *input, const char *const *args, const char *const *env)
{
	size_t n = 0;
	while (args[n])
		n++;
	const char **argv = calloc(n + 2, sizeof *argv);
	argv[0] = pa_bin();
	memcpy(argv + 1, args, n * sizeof *args);
	run_cmd(r, input, argv, env);
	free(argv);
}

void run_cmd(struct run *r, const char *input, const char *const *argv, const char *const *env)
{
	int pin[2], pout[2], perr[2];
	if (pipe(pin) || pipe(pout) || pipe(perr))
		abort();
	pid_t pid = fork();
	if (pid == 0) {
		close(pin[1]);
		close(pout[0]);
		close(perr[0]);
		child(pin[0], pout[1], perr[1], argv, env);
	}
	close(pin[0]);
	close(pout[1]);
	close(perr[1]);
	signal(SIGPIPE, SIG_IGN);
	size_t inlen = input ? strlen(input) : 0, inoff = 0;
	if (inlen == 0)
		close(pin[1]);
	struct buf out = { 0 }, err = { 0 };
	buf_add(&out, "", 0);
	buf_add(&err, "", 0);
	time_t deadline = time(NULL) + 20;
	int open_fds = 2;
	while (open_fds > 0 && time(NULL) < deadline) {
		struct pollfd p[3] = { { pout[0], POLLIN, 0 }, { perr[0], POLLIN, 0 },
			               { inoff < inlen ? pin[1] : -1, POLLOUT, 0 } };
		if (poll(p, 3, 1000) < 0 && errno != EINTR)
			break;
		for (int i = 0; i < 2; i++) {
			if (p[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			char chunk[4096];
			ssize_t n = read(p[i].fd, chunk, sizeof chunk);
			if (n > 0) {
				buf_add(i ? &err : &out, chunk, (size_t)n);
			} else {
				close(p[i].fd);
				if (i)
					perr[0] = -1;
				else
					pout[0] = -1;
				open_fds--;
			}
		}
		if (p[2].fd >= 0 && (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t n = write(pin[1], input + inoff, inlen - inoff);
			inoff = n > 0 ? inoff + (size_t)n : inlen;
			if (inoff >= inlen)
				close(pin[1]);
		}
	}
	if (open_fds > 0)
		kill(pid, SIGKILL);
	if (inoff < inlen)
		close(pin[1]);
	if (pout[0] >= 0)
		close(pout[0]);
	if (perr[0] >= 0)
		close(perr[0]);
	int st = 0;
	waitpid(pid, &st, 0);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r->out = out.p;
	r->err = err.p;
}

void run_free(struct run *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

char *scratch_dir(void)
{
	const char *t = getenv("TMPDIR");
	char *path = malloc(4096);
	snprintf(path, 4096, "%s/pa-test-XXXXXX", t && *t ? t : "/tmp");
	if (!mkdtemp(path))
		abort();
	return path;
}

void put_file(const char *dir, const char *name, const char *text, size_t len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	char *slash = strrchr(path, '/');
	*slash = '\0';
	mkdir(path, 0755);
	*slash = '/';
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0)
		abort();
}

char *get_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = { 0 };
	buf_add(&b, "", 0);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (len)
		*len = b.n;
	return b.p;
}

static void copy_files(const char *src, const char *dst, const char *sub)
{
	char from[4096];
	snprintf(from, sizeof from, "%s%s%s", src, sub ? "/" : "", sub ? sub : "");
	DIR *d = opendir(from);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		char path[8192], name[8192];
		snprintf(path, sizeof path, "%s/%s", from, e->d_name);
		struct stat st;
		if (e->d_name[0] == '.' || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		size_t len;
		char *text = get_file(path, &len);
		snprintf(name, sizeof name, "%s%s%s", sub ? sub : "", sub ? "/" : "", e->d_name);
		put_file(dst, name, text, len);
		free(text);
	}
	closedir(d);
}

char *copy_content(const char *src)
{
	char *dst = scratch_dir();
	copy_files(src, dst, NULL);
	copy_files(src, dst, "scenarios");
	copy_files(src, dst, "sources");
	return dst;
}

char *get_file_in(const char *dir, const char *name, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return get_file(path, len);
}

bool edit_file(const char *dir, const char *name, const char *from, const char *to)
{
	return edit_file_bytes(dir, name, from, to, strlen(to));
}

bool edit_file_bytes(const char *dir, const char *name, const char *from, const char *to, size_t tlen)
{
	size_t len;
	char *text = get_file_in(dir, name, &len);
	char *at = text ? strstr(text, from) : NULL;
	if (!at) {
		free(text);
		return false;
	}
	size_t flen = strlen(from);
	char *out = malloc(len - flen + tlen + 1);
	size_t head = (size_t)(at - text);
	memcpy(out, text, head);
	memcpy(out + head, to, tlen);
	memcpy(out + head + tlen, at + flen, len - head - flen);
	put_file(dir, name, out, len - flen + tlen);
	free(out);
	free(text);
	return true;
}

int line_of(const char *dir, const char *name, const char *needle)
{
	char *text = get_file_in(dir, name, NULL);
	char *at = text ? strstr(text, needle) : NULL;
	int line = 0;
	if (at) {
		line = 1;
		for (char *p = text; p < at; p++)
			line += *p == '\n';
	}
	free(text);
	return line;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void scratch_free(char *dir)
{
	if (!dir)
		return;
	chmod(dir, 0700); /* a test may have taken the permissions away */
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(dir);
}

void xml_safe(char *s)
{
	for (; *s; s++)
		if (*s == '<' || *s == '&')
			*s = '?';
		else if (s[0] == ']' && s[1] == ']' && s[2] == '>')
			s[2] = ')';
}

void expect_holds(const char *what, const char *text, const char *const *wants)
{
	for (size_t i = 0; wants[i]; i++)
		cr_expect(strstr(text, wants[i]) != NULL, "%s lacks \"%s\":\n%s", what, wants[i], text);
}

char *problem_list(const struct diags *d)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	diag_print(d, f);
	fclose(f);
	if (len > 3000)
		strcpy(buf + 2990, "\n...");
	xml_safe(buf);
	return buf;
}
