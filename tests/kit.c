/* kit: helpers of the kiosk, configuration and robustness tests. */
#define _GNU_SOURCE /* memmem */
#include "kit.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "plan.h"
#include "rules.h"
#include "util.h"

static struct content *content;

const struct content *kit_content(void)
{
	if (!content) {
		struct diags d = { 0 };
		content = content_load("content", &d);
		diag_free(&d);
		cr_assert_not_null(content, "content/ does not load (run the tests from the top of the repository)");
	}
	return content;
}

void kit_content_free(void)
{
	content_free(content);
	content = NULL;
}

char *kit_handout(const struct content *c, const int *answers, bool *complete)
{
	struct plan *p = plan_build(c, answers, 0);
	cr_assert_not_null(p, "no plan");
	if (complete)
		*complete = plan_complete(p);
	char *text;
	size_t len;
	FILE *out = open_memstream(&text, &len);
	plan_write_text(p, out, 78);
	fclose(out);
	plan_free(p);
	return text;
}

const char *kit_prefix(const char *s, size_t n, char *buf)
{
	snprintf(buf, n + 1, "%s", s);
	return buf;
}

void kit_see(struct vt *vt, const char *text)
{
	cr_assert(vt_wait(vt, text, KIT_WAIT), "expected \"%s\" on the screen:%s", text, vt_dump(vt));
}

struct find {
	int outcome;
	int *answers;
	bool found;
};

static bool find_path(void *ctx, const int *effective, const struct rules_flow *plan)
{
	struct find *f = ctx;
	if (plan->outcome != f->outcome)
		return true;
	memcpy(f->answers, effective, content_nquestions(content) * sizeof *effective);
	f->found = true;
	return false;
}

const char *kit_label(int q, int value)
{
	const struct content_question *qq = content_question(kit_content(), (size_t)q);
	return value >= 0 && (size_t)value < qq->noptions ? qq->options[value].label : NULL;
}

int *kit_path_to(const char *id)
{
	const struct content *c = kit_content();
	struct find f = { content_outcome_index(c, id), calloc(content_nquestions(c) + 1, sizeof(int)), false };
	cr_assert_geq(f.outcome, 0, "no outcome %s", id);
	rules_walk(c, find_path, &f);
	cr_assert(f.found, "no path ends in %s", id);
	return f.answers;
}

void kit_walk_to(struct vt *vt, const char *id, int *answers)
{
	const struct content *c = kit_content();
	size_t n = content_nquestions(c);
	int *want = kit_path_to(id), *eff = calloc(n + 1, sizeof *eff);
	for (size_t i = 0; i < n; i++)
		answers[i] = COND_UNSET;
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	for (;;) {
		struct rules_flow rp;
		rules_flow(c, answers, eff, &rp);
		if (rp.next == RULES_NONE)
			break;
		char buf[64];
		answers[rp.next] = want[rp.next];
		kit_see(vt, kit_prefix(content_question(c, (size_t)rp.next)->text, 30, buf));
		const char *label = kit_prefix(kit_label(rp.next, want[rp.next]), 25, buf);
		cr_assert(vt_pick(vt, label, true), "cannot pick \"%s\":%s", label, vt_dump(vt));
	}
	kit_see(vt, "Your result");
	free(want);
	free(eff);
}

const char *kit_headline(const char *id, char *buf)
{
	const struct content *c = kit_content();
	return kit_prefix(content_outcome(c, (size_t)content_outcome_index(c, id))->headline, 40, buf);
}

char *kit_config(const char *text, char **dir)
{
	char *d = scratch_dir();
	put_file(d, "config", text, strlen(text));
	char *path = malloc(strlen(d) + sizeof "/config");
	sprintf(path, "%s/config", d);
	if (dir)
		*dir = d;
	else
		free(d);
	return path;
}

void kit_run_config(struct run *r, const char *config, const char *input, const char *const *args,
                    const char *const *env)
{
	char *dir, *file = kit_config(config, &dir);
	const char *argv[32] = { "--config", file };
	size_t n = 2;
	for (; args && args[n - 2]; n++) {
		cr_assert_lt(n, sizeof argv / sizeof *argv - 1, "too many arguments");
		argv[n] = args[n - 2];
	}
	run_pa(r, input, argv, env);
	free(file);
	scratch_free(dir);
}

void kit_child(void *arg)
{
	const struct kit_child *k = arg;
	if (k->no_core)
		setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 });
	if (k->set_umask)
		umask(k->umask);
	if (k->fsize > 0) {
		if (!k->fsize_signal)
			signal(SIGXFSZ, SIG_IGN); /* so that a write too big fails with EFBIG */
		setrlimit(RLIMIT_FSIZE, &(struct rlimit){ (rlim_t)k->fsize, (rlim_t)k->fsize });
	}
	if (k->stderr_file) {
		int fd = open(k->stderr_file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd >= 0) {
			dup2(fd, 2);
			close(fd);
		}
	}
	if (k->no_ctty) {
		/* A session leader that lets its terminal go sends SIGHUP to
		 * itself: ignore that one, then take the default back. */
		signal(SIGHUP, SIG_IGN);
		ioctl(0, TIOCNOTTY);
		signal(SIGHUP, SIG_DFL);
	}
	if (k->nobody && geteuid() == 0) {
		if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
			_exit(126);
	}
}

const char *kit_nobody_problem(void)
{
	if (geteuid() != 0)
		return "the tests do not run as root, so they cannot become another user";
	static char why[4200];
	char path[4096];
	snprintf(path, sizeof path, "%s", pa_bin());
	/* Every directory on the way must be searchable by others. */
	for (char *p = path; (p = strchr(p + 1, '/'));) {
		*p = '\0';
		struct stat st;
		if (path[0] && stat(path, &st) == 0 && !(st.st_mode & S_IXOTH)) {
			snprintf(why, sizeof why, "user 65534 cannot reach %s", path);
			return why;
		}
		*p = '/';
	}
	struct stat st;
	if (stat(pa_bin(), &st) != 0 || !(st.st_mode & S_IXOTH)) {
		snprintf(why, sizeof why, "user 65534 cannot run %s", pa_bin());
		return why;
	}
	return NULL;
}

long long kit_cpu_ns(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	FILE *f = fopen(path, "r");
	long long ns = -1;
	if (f) {
		if (fscanf(f, "%lld", &ns) != 1)
			ns = -1;
		fclose(f);
	}
	return ns;
}

/* The sum of the fields of /proc/PID/status named in names (NULL-ended),
 * -1 if none is there. */
static long status_sum(pid_t pid, const char *const *names)
{
	char path[64], line[256];
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	FILE *f = fopen(path, "r");
	long total = -1, v;
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		for (size_t i = 0; names[i]; i++)
			if (strncmp(line, names[i], strlen(names[i])) == 0 && line[strlen(names[i])] == ':' &&
			    sscanf(line + strlen(names[i]) + 1, "%ld", &v) == 1)
				total = (total < 0 ? 0 : total) + v;
	fclose(f);
	return total;
}

long kit_wakeups(pid_t pid)
{
	return status_sum(pid, KIT_ARGS("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"));
}

long kit_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

const char *kit_mem_find(pid_t pid, const char *needle)
{
	static char where[256];
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/maps", (int)pid);
	FILE *maps = fopen(path, "r");
	snprintf(path, sizeof path, "/proc/%d/mem", (int)pid);
	int mem = open(path, O_RDONLY);
	cr_assert(maps && mem >= 0, "cannot read the memory of process %d (root or ptrace needed)", (int)pid);
	size_t nlen = strlen(needle);
	const char *found = NULL;
	char line[512];
	while (!found && fgets(line, sizeof line, maps)) {
		unsigned long lo, hi;
		char perms[8];
		/* (A sanitizer's shadow memory is terabytes of nothing.) */
		if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3 || perms[0] != 'r' || perms[1] != 'w' ||
		    hi - lo > (1ul << 28))
			continue;
		char *buf = malloc(hi - lo);
		ssize_t n = buf ? pread(mem, buf, hi - lo, (off_t)lo) : -1;
		char *at = n > 0 ? memmem(buf, (size_t)n, needle, nlen) : NULL;
		if (at) {
			snprintf(where, sizeof where, "at %#lx in %.*s", lo + (unsigned long)(at - buf),
			         (int)strcspn(line, "\n"), line);
			found = where;
		}
		free(buf);
	}
	fclose(maps);
	close(mem);
	return found;
}

long kit_peak_kb(pid_t pid)
{
	return status_sum(pid, KIT_ARGS("VmHWM"));
}

void kit_stall(struct vt *vt)
{
	/* Each resize repaints the whole window: a large one, twenty times,
	 * is far more than a pseudo-terminal holds. */
	for (int i = 0; i < 20; i++) {
		vt_resize(vt, 500 - i % 2, 1000 - i % 2);
		usleep(50000);
	}
	usleep(500000);
	char path[64], wchan[64] = "";
	snprintf(path, sizeof path, "/proc/%d/wchan", (int)vt_pid(vt));
	FILE *f = fopen(path, "r");
	if (f) {
		if (!fgets(wchan, sizeof wchan, f))
			wchan[0] = '\0';
		fclose(f);
	}
	cr_log_info("stalled: the program waits in %s", wchan);
}
