/*
 * gencontent: write a content directory for the scale benchmarks.
 *
 *   gencontent DIR QUESTIONS FAQ
 *
 * The rules are shaped like the real ones, not a cross-product: a first
 * question picks a group, a second (asked only in that group) a section,
 * and each section is a small copy of the real flow, asked only when the
 * section is chosen: experience (yes/no), level (high/mid/low/unknown),
 * four knowledge areas asked only at the high level, a vocational
 * qualification asked only at mid and low levels, and a contact preference
 * that no rule reads.  Six outcomes per section depend on a few of its
 * questions.  Questions left over are one-option acknowledgements.  The FAQ
 * entries are short sentences from a fixed vocabulary (the whole faq.cfg
 * must stay under CONTENT_MAX_FILE).  Every FAQ answer and criterion cites
 * the one line of sources/gen.txt, and steps and notes are marked as
 * suggestions, as --check-content asks.  Everything is deterministic, and
 * the result passes --check-content.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const words[] = {
	"probation", "officer", "training", "qualification", "level", "degree", "module", "experience",
	"route", "months", "apply", "campaign", "university", "contact", "security", "clearance",
	"vetting", "offender", "practice", "knowledge", "area", "crime", "justice", "penal", "policy",
	"rehabilitation", "assessment", "centre", "recruitment", "contract", "course", "funded",
	"study", "learner", "vocational", "diploma", "certificate", "community", "service", "role",
	"work", "voluntary", "paid", "setting", "interview", "region", "employer", "hours", "week",
	"year", "place", "start", "finish", "retake", "record", "support", "mentor", "award",
};
#define NWORDS (sizeof words / sizeof words[0])

static unsigned long rng = 12345;

static const char *word(void)
{
	rng = rng * 6364136223846793005ul + 1442695040888963407ul;
	return words[(rng >> 33) % NWORDS];
}

static FILE *open_out(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "gencontent: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	return f;
}

static void close_out(FILE *f)
{
	if (ferror(f) || fclose(f) != 0) {
		fputs("gencontent: write error\n", stderr);
		exit(1);
	}
}

/* Words up to about len characters. */
static void words_upto(FILE *f, size_t len)
{
	size_t n = 0;
	while (n < len) {
		const char *w = word();
		fprintf(f, "%s%s", n ? " " : "", w);
		n += strlen(w) + (n ? 1 : 0);
	}
}

static void gen_faq(const char *dir, int nfaq)
{
	FILE *f = open_out(dir, "faq.cfg");
	fputs("faq = (\n", f);
	for (int i = 0; i < nfaq; i++) {
		fprintf(f, "{id=\"f%05d\";question=\"What about ", i);
		words_upto(f, 10);
		fputs("?\";answer=\"", f);
		words_upto(f, 17); /* short enough that, with its cite, faq.cfg fits */
		fprintf(f, ".\";cite=\"gen:1\";}%s\n", i + 1 < nfaq ? "," : "");
	}
	fputs(");\n", f);
	close_out(f);
}

struct shape {
	int groups, sections, acks;
};

/* As many sections as fit; a group per 8 sections; the rest acknowledgements. */
static struct shape shape_of(int nq)
{
	for (int s = (nq - 2) / 8; s >= 1; s--) {
		int g = (s + 7) / 8;
		int acks = nq - 1 - g - 8 * s;
		if (acks >= 0 && g <= 32)
			return (struct shape){ g, s, acks };
	}
	return (struct shape){ 0, 0, 0 };
}

static int faq_ref(int i, int nfaq)
{
	return (int)((unsigned)i * 7919u % (unsigned)nfaq);
}

static void option(FILE *f, const char *value, const char *label, int last)
{
	fprintf(f, "      { value = \"%s\"; label = \"%s\"; help = \"What %s means here.\"; }%s\n", value, label,
	        label, last ? "" : ",");
}

static void question_head(FILE *f, const char *id, const char *ask, int faq)
{
	fprintf(f, "  { id = \"%s\";\n    text = \"Question %s: ", id, id);
	words_upto(f, 40);
	fputs("?\";\n    help = \"", f);
	words_upto(f, 120);
	fprintf(f, ".\";\n    faq = \"f%05d\";\n", faq);
	if (ask)
		fprintf(f, "    ask = \"%s\";\n", ask);
	fputs("    options = (\n", f);
}

static void question_tail(FILE *f, int last)
{
	fprintf(f, "    ); }%s\n", last ? "" : ",");
}

static void gen_questions(const char *dir, struct shape s, int nfaq)
{
	FILE *f = open_out(dir, "questions.cfg");
	char id[64], ask[160], v[32], l[64];
	int qn = 0, total = 1 + s.groups + 8 * s.sections + s.acks;
	fputs("questions = (\n", f);
	question_head(f, "group", NULL, faq_ref(qn++, nfaq));
	for (int g = 0; g < s.groups; g++) {
		snprintf(v, sizeof v, "g%d", g);
		snprintf(l, sizeof l, "Group %d", g);
		option(f, v, l, g + 1 == s.groups);
	}
	question_tail(f, qn == total);
	for (int g = 0; g < s.groups; g++) {
		snprintf(id, sizeof id, "sec.g%d", g);
		snprintf(ask, sizeof ask, "group = g%d", g);
		question_head(f, id, ask, faq_ref(qn++, nfaq));
		int n = s.sections - 8 * g < 8 ? s.sections - 8 * g : 8;
		for (int k = 0; k < n; k++) {
			snprintf(v, sizeof v, "s%d", k);
			snprintf(l, sizeof l, "Section %d", 8 * g + k);
			option(f, v, l, k + 1 == n);
		}
		question_tail(f, qn == total);
	}
	for (int j = 0; j < s.sections; j++) {
		char in[64];
		snprintf(in, sizeof in, "sec.g%d = s%d", j / 8, j % 8);
		snprintf(id, sizeof id, "x%d.exp", j);
		question_head(f, id, in, faq_ref(qn++, nfaq));
		option(f, "yes", "Yes", 0);
		option(f, "no", "No", 1);
		question_tail(f, 0);
		snprintf(id, sizeof id, "x%d.level", j);
		question_head(f, id, in, faq_ref(qn++, nfaq));
		option(f, "high", "High", 0);
		option(f, "mid", "Middle", 0);
		option(f, "low", "Low", 0);
		option(f, "unknown", "I don't know", 1);
		question_tail(f, 0);
		for (int a = 1; a <= 4; a++) {
			snprintf(id, sizeof id, "x%d.a%d", j, a);
			snprintf(ask, sizeof ask, "x%d.level = high", j);
			question_head(f, id, ask, faq_ref(qn++, nfaq));
			option(f, "done", "Done", 0);
			option(f, "started", "Started", 0);
			option(f, "none", "Not studied", 1);
			question_tail(f, 0);
		}
		snprintf(id, sizeof id, "x%d.vq", j);
		snprintf(ask, sizeof ask, "x%d.level in [mid, low]", j);
		question_head(f, id, ask, faq_ref(qn++, nfaq));
		option(f, "none", "None", 0);
		option(f, "l3", "Level 3", 0);
		option(f, "l4", "Level 4", 1);
		question_tail(f, 0);
		snprintf(id, sizeof id, "x%d.pref", j);
		question_head(f, id, in, faq_ref(qn++, nfaq));
		option(f, "email", "Email", 0);
		option(f, "phone", "Telephone", 0);
		option(f, "post", "Post", 1);
		question_tail(f, qn == total);
	}
	for (int i = 0; i < s.acks; i++) {
		snprintf(id, sizeof id, "ack%d", i);
		question_head(f, id, NULL, faq_ref(qn++, nfaq));
		option(f, "ok", "I understand", 1);
		question_tail(f, qn == total);
	}
	fputs(");\ncriteria = (\n", f);
	for (int j = 0; j < s.sections; j++) {
		fprintf(f, "  { id = \"x%d-exp\"; when = \"x%d.exp = yes\"; met = \"Experienced.\"; "
		           "unmet = \"Not experienced.\"; faq = \"f%05d\"; cite = \"gen:1\"; },\n", j, j, faq_ref(3 * j, nfaq));
		fprintf(f, "  { id = \"x%d-high\"; when = \"x%d.level = high\"; met = \"High level.\"; "
		           "unmet = \"Not the high level.\"; faq = \"f%05d\"; cite = \"gen:1\"; },\n", j, j, faq_ref(3 * j + 1, nfaq));
		fprintf(f, "  { id = \"x%d-areas\"; when = \"count(x%d.a1, x%d.a2, x%d.a3, x%d.a4 = done) >= 3\"; "
		           "met = \"Three areas done.\"; unmet = \"Fewer than three areas done.\"; faq = \"f%05d\";\n"
		           "    cite = \"gen:1\"; }%s\n",
		        j, j, j, j, j, faq_ref(3 * j + 2, nfaq), j + 1 < s.sections ? "," : "");
	}
	fputs(");\n", f);
	close_out(f);
}

static void outcome(FILE *f, const char *id, const char *when, int faq, int last)
{
	fprintf(f, "  { id = \"%s\";\n    when = \"%s\";\n    headline = \"Outcome %s: ", id, when, id);
	words_upto(f, 50);
	fputs(".\";\n    summary = \"", f);
	words_upto(f, 150);
	fprintf(f, ".\";\n    steps = (\n"
	           "      { text = \"First step for %s.\"; months_min = 3; months_max = 6; faq = \"f%05d\";\n"
	           "        suggestion = true; },\n"
	           "      { text = \"Then apply.\"; faq = \"f%05d\"; suggestion = true; }\n    );\n"
	           "    notes = ( { text = \"A note for %s.\"; faq = \"f%05d\"; suggestion = true; } );\n"
	           "    faq = [ \"f%05d\", \"f%05d\" ];\n    contacts = [ \"recruitment\" ]; }%s\n",
	        id, faq, faq + 1, id, faq + 2, faq + 3, faq + 4, last ? "" : ",");
}

static void gen_outcomes(const char *dir, struct shape s, int nfaq)
{
	FILE *f = open_out(dir, "outcomes.cfg");
	fputs("notes = ( { text = \"The route is decided when previous study is assessed.\"; suggestion = true; } );\n"
	      "outcomes = (\n", f);
	for (int j = 0; j < s.sections; j++) {
		char in[64], id[64], when[512];
		int faq = faq_ref(j, nfaq - 8);
		snprintf(in, sizeof in, "sec.g%d = s%d", j / 8, j % 8);
		static const struct {
			const char *name, *fmt;
		} o[] = {
			{ "check", "%s and x%d.level = unknown" },
			{ "experience-first", "%s and @x%d-high and not @x%d-exp" },
			{ "apply-15", "%s and @x%d-high and @x%d-exp and @x%d-areas" },
			{ "apply-21", "%s and @x%d-high and @x%d-exp and not @x%d-areas" },
			{ "course", "%s and x%d.level in [mid, low] and x%d.vq = l4" },
			{ "access", "%s and x%d.level in [mid, low] and x%d.vq != l4" },
		};
		for (size_t k = 0; k < sizeof o / sizeof o[0]; k++) {
			snprintf(id, sizeof id, "x%d-%s", j, o[k].name);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
			snprintf(when, sizeof when, o[k].fmt, in, j, j, j);
#pragma GCC diagnostic pop
			outcome(f, id, when, faq, j + 1 == s.sections && k + 1 == sizeof o / sizeof o[0]);
		}
	}
	fputs(");\n", f);
	close_out(f);
}

static void gen_rest(const char *dir, struct shape s)
{
	FILE *f = open_out(dir, "meta.cfg");
	fputs("title = \"Generated advisor (benchmarks)\";\nreviewed = \"2026-11-01\";\n"
	      "sources = ( { id = \"gen\"; title = \"bench/gencontent.c\"; description = \"Generated text.\"; } );\n", f);
	close_out(f);
	/* The one passage every generated statement cites. */
	f = open_out(dir, "sources/gen.txt");
	fputs("Generated text for the benchmarks.\n", f);
	close_out(f);
	f = open_out(dir, "levels.cfg");
	fputs("levels = ( );\n", f);
	close_out(f);
	f = open_out(dir, "contacts.cfg");
	fputs("contacts = (\n  { id = \"recruitment\"; name = \"Recruitment Queries\";\n"
	      "    about = \"Questions about joining.\"; phone = \"0808 164 9883\"; }\n);\n", f);
	close_out(f);
	char path[4096];
	snprintf(path, sizeof path, "%s/scenarios", dir);
	if (mkdir(path, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "gencontent: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	f = open_out(dir, "scenarios/section0-apply.cfg");
	fputs("name = \"Section 0, all areas done\";\ndescription = \"Experienced, high level.\";\n"
	      "answers = [ \"group=g0\", \"sec.g0=s0\", \"x0.exp=yes\", \"x0.level=high\", \"x0.a1=done\",\n"
	      "            \"x0.a2=done\", \"x0.a3=done\", \"x0.a4=done\", \"x0.pref=email\"", f);
	for (int i = 0; i < s.acks; i++)
		fprintf(f, ", \"ack%d=ok\"", i);
	fputs(" ];\nexpect = \"x0-apply-15\";\n", f);
	close_out(f);
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fputs("usage: gencontent DIR QUESTIONS FAQ\n", stderr);
		return 2;
	}
	const char *dir = argv[1];
	int nq = atoi(argv[2]), nfaq = atoi(argv[3]);
	struct shape s = shape_of(nq);
	if (s.sections < 1 || nfaq < 16) {
		fputs("gencontent: need at least 10 questions and 16 FAQ entries\n", stderr);
		return 2;
	}
	char sources[4096];
	snprintf(sources, sizeof sources, "%s/sources", dir);
	if ((mkdir(dir, 0777) != 0 && errno != EEXIST) || (mkdir(sources, 0777) != 0 && errno != EEXIST)) {
		fprintf(stderr, "gencontent: %s: %s\n", sources, strerror(errno));
		return 1;
	}
	gen_faq(dir, nfaq);
	gen_questions(dir, s, nfaq);
	gen_outcomes(dir, s, nfaq);
	gen_rest(dir, s);
	printf("%s: %d questions (%d groups, %d sections, %d acknowledgements), %d outcomes, %d FAQ entries\n",
	       dir, nq, s.groups, s.sections, s.acks, 6 * s.sections, nfaq);
	return 0;
}
