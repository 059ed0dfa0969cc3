/* The resume code: every example person's answers there and back, every
 * typo and swap caught, and codes from content whose questions changed. */
#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kit.h"
#include "plan.h"
#include "resume.h"
#include "util.h"

TestSuite(resume, .fini = kit_content_free);

static char *code_of(const struct content *c, const int *answers)
{
	size_t size = resume_size(c);
	char *code = malloc(size);
	cr_assert(code && resume_encode(c, answers, code, size));
	cr_assert_eq(strlen(code) + 1, size);
	return code;
}

/* The code's characters without the dashes between the groups. */
static void strip(const char *code, char *out)
{
	for (; *code; code++)
		if (*code != '-')
			*out++ = *code;
	*out = '\0';
}

Test(resume, the_alphabet_has_no_confusable_characters_and_a_prime_size)
{
	cr_assert_eq(strlen(RESUME_ALPHABET), RESUME_BASE);
	for (int d = 2; d < RESUME_BASE; d++)
		cr_assert_neq(RESUME_BASE % d, 0, "%d divides the alphabet's size", d);
	for (const char *p = "0O1IL2Z5S8BUV"; *p; p++)
		cr_expect_null(strchr(RESUME_ALPHABET, *p), "the alphabet has \"%c\"", *p);
	for (size_t i = 0; i < RESUME_BASE; i++)
		cr_expect_null(strchr(RESUME_ALPHABET + i + 1, RESUME_ALPHABET[i]), "\"%c\" twice", RESUME_ALPHABET[i]);
}

Test(resume, every_example_person_comes_back_with_the_same_plan)
{
	const struct content *c = kit_content();
	size_t nq = content_nquestions(c);
	int *back = malloc(nq * sizeof *back);
	for (size_t s = 0; s < content_nscenarios(c); s++) {
		const struct content_scenario *sc = content_scenario(c, s);
		char *code = code_of(c, sc->answers), bad = 0;
		/* Groups of three, for reading out. */
		for (size_t i = 0; code[i]; i++)
			cr_expect_eq(code[i] == '-', i % 4 == 3, "%s: %s is not in groups of three", sc->id, code);
		for (size_t q = 0; q < nq; q++)
			back[q] = 99;
		cr_assert_eq(resume_decode(c, code, back, &bad), RESUME_OK, "%s: %s", sc->id, code);
		cr_expect_arr_eq(back, sc->answers, nq * sizeof *back, "%s: other answers came back", sc->id);
		bool complete[2];
		char *before = kit_handout(c, sc->answers, &complete[0]), *after = kit_handout(c, back, &complete[1]);
		cr_assert(complete[0] && complete[1], "%s: the plan is not complete", sc->id);
		cr_expect_str_eq(after, before, "%s: another plan came back", sc->id);
		cr_expect_not_null(strstr(before, code), "%s: the handout does not show %s", sc->id, code);
		free(before);
		free(after);
		/* As people type it: lower case, without the dashes, with spaces. */
		char typed[RESUME_MAX], *o = typed;
		for (const char *p = code; *p; p++)
			*o++ = *p == '-' ? ' ' : (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		*o = '\0';
		cr_expect_eq(resume_decode(c, typed, back, &bad), RESUME_OK, "%s: \"%s\" refused", sc->id, typed);
		free(code);
	}
	free(back);
}

Test(resume, different_answers_make_different_codes)
{
	const struct content *c = kit_content();
	size_t n = content_nscenarios(c);
	for (size_t a = 0; a < n; a++)
		for (size_t b = a + 1; b < n; b++) {
			const int *x = content_scenario(c, a)->answers, *y = content_scenario(c, b)->answers;
			char *cx = code_of(c, x), *cy = code_of(c, y);
			bool same = memcmp(x, y, content_nquestions(c) * sizeof *x) == 0;
			cr_expect_eq(strcmp(cx, cy) == 0, same, "%s and %s: %s, %s", content_scenario(c, a)->id,
			             content_scenario(c, b)->id, cx, cy);
			free(cx);
			free(cy);
		}
}

/* Every character of every example person's code replaced by every other
 * character, and every two neighbours swapped: each is refused. */
Test(resume, every_single_typo_and_every_swap_of_neighbours_is_refused)
{
	const struct content *c = kit_content();
	int *back = malloc(content_nquestions(c) * sizeof *back);
	size_t typos = 0, swaps = 0;
	for (size_t s = 0; s < content_nscenarios(c); s++) {
		char *code = code_of(c, content_scenario(c, s)->answers), raw[RESUME_MAX], t[RESUME_MAX], bad;
		strip(code, raw);
		size_t len = strlen(raw);
		for (size_t i = 0; i < len; i++)
			for (int ch = 0x21; ch < 0x7f; ch++) {
				if (ch == raw[i] || ch == raw[i] - 'A' + 'a' || ch == '-')
					continue;
				strcpy(t, raw);
				t[i] = (char)ch;
				enum resume_status st = resume_decode(c, t, back, &bad);
				bool ours = strchr(RESUME_ALPHABET, ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch) != NULL;
				cr_expect_eq(st, ours ? RESUME_BAD_CHECK : RESUME_BAD_CHAR, "%s -> %s taken (%d)", raw, t, st);
				typos += ours;
			}
		for (size_t i = 0; i + 1 < len; i++) {
			if (raw[i] == raw[i + 1])
				continue;
			strcpy(t, raw);
			t[i] = raw[i + 1];
			t[i + 1] = raw[i];
			cr_expect_eq(resume_decode(c, t, back, &bad), RESUME_BAD_CHECK, "%s -> %s taken", raw, t);
			swaps++;
		}
		/* A character left out, or one too many. */
		strcpy(t, raw + 1);
		cr_expect_not(RESUME_TAKEN(resume_decode(c, t, back, &bad)), "%s -> %s taken", raw, t);
		snprintf(t, sizeof t, "%sA", raw);
		cr_expect_not(RESUME_TAKEN(resume_decode(c, t, back, &bad)), "%s -> %s taken", raw, t);
		free(code);
	}
	cr_log_info("%zu typos and %zu swaps refused", typos, swaps);
	cr_expect_gt(typos, content_nscenarios(c) * 8 * 21);
	free(back);
}

Test(resume, what_a_person_is_told_when_a_code_is_refused)
{
	const struct content *c = kit_content();
	int *back = malloc(content_nquestions(c) * sizeof *back);
	char bad = 0, msg[512];
	cr_expect_eq(resume_decode(c, "", back, &bad), RESUME_EMPTY);
	cr_expect_eq(resume_decode(c, " - ", back, &bad), RESUME_EMPTY);
	cr_expect_eq(resume_decode(c, "C4W-CDO-6JD", back, &bad), RESUME_BAD_CHAR);
	cr_expect_eq(bad, 'O');
	cr_expect_not_null(strstr(resume_message(RESUME_BAD_CHAR, bad, msg, sizeof msg), "\"O\""), "%s", msg);
	cr_expect_eq(resume_decode(c, "C4W", back, &bad), RESUME_BAD_LENGTH);
	for (int s = RESUME_OK; s <= RESUME_UNFIT; s++)
		cr_expect_gt(strlen(resume_message((enum resume_status)s, 'x', msg, sizeof msg)), 30, "status %d", s);
	free(back);
}

/* The code of the first example person, made with content where `from`
 * in questions.cfg was `to`, read by today's content. */
static enum resume_status from_content(const char *from, const char *to, int *back)
{
	char *dir = copy_content_english("content");
	cr_assert(edit_file(dir, "questions.cfg", from, to), "no \"%s\" in questions.cfg", from);
	struct diags d = { 0 };
	struct content *old = content_load(dir, &d);
	cr_assert_not_null(old, "the edited content does not load: %s", problem_list(&d));
	diag_free(&d);
	const int *answers = content_scenario(kit_content(), 0)->answers;
	int *mapped = malloc(content_nquestions(old) * sizeof *mapped);
	for (size_t q = 0; q < content_nquestions(old); q++)
		mapped[q] = q < content_nquestions(kit_content()) ? answers[q] : COND_UNSET;
	char *code = code_of(old, mapped), bad;
	enum resume_status s = resume_decode(kit_content(), code, back, &bad);
	free(code);
	free(mapped);
	content_free(old);
	scratch_free(dir);
	return s;
}

Test(resume, a_code_from_reworded_questions_is_taken_with_a_note)
{
	const struct content *c = kit_content();
	int *back = malloc(content_nquestions(c) * sizeof *back);
	cr_expect_eq(from_content("What is your work at the moment?", "What work do you do now?", back),
	             RESUME_REWORDED);
	cr_expect_arr_eq(back, content_scenario(c, 0)->answers, content_nquestions(c) * sizeof *back);
	/* The first option's label. */
	cr_expect_eq(from_content("label = \"", "label = \"Now: ", back), RESUME_REWORDED);
	char msg[512];
	cr_expect_not_null(strstr(resume_message(RESUME_REWORDED, 0, msg, sizeof msg), "today's rules"));
	free(back);
}

Test(resume, a_code_from_questions_whose_answers_changed_is_refused)
{
	const struct content *c = kit_content();
	int *back = malloc(content_nquestions(c) * sizeof *back);
	for (size_t q = 0; q < content_nquestions(c); q++)
		back[q] = 42;
	/* An option added before the first question's others: every number moves. */
	cr_expect_eq(from_content("options = (\n", "options = (\n      { value = \"student\"; label = \"A student\"; },\n",
	                          back),
	             RESUME_CHANGED);
	/* An option added at the end of the last question. */
	cr_expect_eq(from_content("; }\n    ); }\n);\n", "; },\n      { value = \"other\"; label = \"Another\"; }\n    ); }\n);\n",
	                          back),
	             RESUME_CHANGED);
	for (size_t q = 0; q < content_nquestions(c); q++)
		cr_expect_eq(back[q], 42, "a refused code changed the answers");
	char msg[512];
	cr_expect_not_null(strstr(resume_message(RESUME_CHANGED, 0, msg, sizeof msg), "answer the questions again"));
	free(back);
}

/* ---- the code typed: plain mode and --resume ---- */

#define ARGS KIT_ARGS

static char *code_of_scenario(size_t i)
{
	return code_of(content_builtin(), content_scenario(content_builtin(), i)->answers);
}

Test(resume, plain_mode_takes_a_code_at_any_question)
{
	char *code = code_of_scenario(0), input[256], buf[64];
	const struct content_scenario *sc = content_scenario(content_builtin(), 0);
	snprintf(input, sizeof input, "c %s\nq\n", code);
	struct run r;
	run_pa(&r, input, ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, "Your answers are back"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, kit_headline(sc->expect, buf)), "%s", r.out);
	cr_expect_not_null(strstr(r.out, code), "the plan does not show its code: %s", r.out);
	run_free(&r);
	/* "c" alone asks for it; a typo is refused and the questions go on. */
	char typo[RESUME_MAX];
	snprintf(typo, sizeof typo, "%s", code);
	typo[0] = typo[0] == 'A' ? 'C' : 'A';
	snprintf(input, sizeof input, "c\n%s\nq\n", typo);
	run_pa(&r, input, ARGS("--plain"), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, "Type the resume code"), "%s", r.out);
	cr_expect_not_null(strstr(r.out, "has a mistake in it"), "%s", r.out);
	cr_expect_null(strstr(r.out, kit_headline(sc->expect, buf)), "%s", r.out);
	run_free(&r);
	free(code);
}

Test(resume, the_resume_option)
{
	char *code = code_of_scenario(1), buf[64];
	const struct content_scenario *sc = content_scenario(content_builtin(), 1);
	struct run r;
	run_pa(&r, "q\n", ARGS("--plain", "--resume", code), NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_not_null(strstr(r.out, kit_headline(sc->expect, buf)), "%s", r.out);
	cr_expect_null(strstr(r.out, "Question 1 of"), "asked questions the code answers: %s", r.out);
	run_free(&r);
	code[strlen(code) - 1] = code[strlen(code) - 1] == 'A' ? 'C' : 'A';
	run_pa(&r, "q\n", ARGS("--plain", "--resume", code), NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "--resume: That code has a mistake in it"), "%s", r.err);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--resume", code, "--answer", "role=pso"), NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "--resume is for the interactive advisor"), "%s", r.err);
	run_free(&r);
	run_pa(&r, NULL, ARGS("--kiosk", "--resume", code), NULL);
	cr_expect_eq(r.status, 2);
	cr_expect_not_null(strstr(r.err, "a kiosk's command line cannot carry it"), "%s", r.err);
	run_free(&r);
	free(code);
}
