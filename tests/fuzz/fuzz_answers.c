/*
 * fuzz_answers: answers files (--answers FILE) and KEY=VALUE answers
 * (--answer), read against the shipped content (the built-in copy, loaded
 * once), then planned and written out as the batch front end would.
 *
 * Invariants: a read fails exactly when it reports a problem; every answer
 * slot is COND_UNSET or an option of its question, failed read or not;
 * nothing the byte checks pass has a string libconfig reads as a control
 * character or invalid UTF-8;
 * problems with a file are free of control characters; the plan of good answers has a
 * next question or an outcome in range; everything is freed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "fuzz.h"
#include "plan.h"
#include "rules.h"
#include "scan.h"

static struct content *content;
static char path[4096];

static void setup(void)
{
	if (content)
		return;
	content = content_builtin();
	snprintf(path, sizeof path, "%s", fuzz_path(fuzz_tmpdir(), "answers.cfg"));
}

static void check_answers(const int *answers, const char *how)
{
	for (size_t i = 0; i < content_nquestions(content); i++)
		FUZZ_ASSERT(answers[i] == COND_UNSET ||
		                    (answers[i] >= 0 && (size_t)answers[i] < content_question(content, i)->noptions),
		            "%s: answer %d to question \"%s\"", how, answers[i], content_question(content, i)->id);
}

static void use_answers(const int *answers)
{
	size_t nq = content_nquestions(content);
	int *effective = malloc(nq * sizeof *effective);
	struct rules_flow rp;
	rules_flow(content, answers, effective, &rp);
	FUZZ_ASSERT(rp.next == RULES_NONE ? rp.outcome >= 0 && (size_t)rp.outcome < content_noutcomes(content)
	                                  : rp.next >= 0 && (size_t)rp.next < nq,
	            "plan: next %d, outcome %d", rp.next, rp.outcome);
	free(effective);
	struct plan *p = plan_build(content, answers, 0);
	if (plan_complete(p))
		fuzz_render(p);
	plan_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	setup();
	size_t nq = content_nquestions(content);
	/* Exactly nq slots, each unset as session_init leaves them: a write past
	 * them is a finding. */
	int *answers = malloc(nq * sizeof *answers);
	for (size_t i = 0; i < nq; i++)
		answers[i] = COND_UNSET;
	struct diags d = { 0 };

	if (scan_check("answers.cfg", (const char *)data, size, &d))
		fuzz_check_parsed((const char *)data, size);
	diag_free(&d);

	fuzz_write(path, data, size);
	bool ok = content_read_answers(content, path, answers, &d);
	FUZZ_ASSERT(ok == (d.n == 0), "content_read_answers said %s with %zu problems", ok ? "yes" : "no", d.n);
	fuzz_check_diags(&d, 0);
	diag_free(&d);
	check_answers(answers, "answers file");
	if (ok)
		use_answers(answers);

	/* The same bytes as one --answer KEY=VALUE. */
	char *kv = malloc(size + 1);
	memcpy(kv, data, size);
	kv[size] = '\0';
	for (size_t i = 0; i < nq; i++)
		answers[i] = COND_UNSET;
	ok = content_parse_answer(content, kv, answers, "--answer", 0, &d);
	/* Its problems echo the person's own argument: no control character check. */
	FUZZ_ASSERT(ok == (d.n == 0), "content_parse_answer said %s with %zu problems", ok ? "yes" : "no", d.n);
	diag_free(&d);
	check_answers(answers, "--answer");
	free(kv);
	free(answers);
	return 0;
}
