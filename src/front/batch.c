/* batch: answers given up front; print the plan as text or JSON and exit. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "plan.h"
#include "session.h"

static void missing(const struct content *c, int q)
{
	const struct content_question *qq = content_question(c, (size_t)q);
	fprintf(stderr, "probation-advisor: missing an answer for \"%s\" (", qq->id);
	for (size_t i = 0; i < qq->noptions; i++)
		fprintf(stderr, "%s%s=%s", i ? ", " : "", qq->id, qq->options[i].value);
	fputs(")\n", stderr);
}

static int batch_run(struct session *s)
{
	int status = 0;
	struct plan *p = plan_build(s->c, s->answers, session_now(s));
	if (!plan_complete(p)) {
		if (p->next != RULES_NONE) {
			missing(s->c, p->next);
			status = 2;
		} else {
			fputs("probation-advisor: the content gives no single outcome for these answers; "
			      "run --check-content\n", stderr);
			status = 1;
		}
	} else if (s->opt->format == SESSION_JSON) {
		json_t *j = plan_json(p);
		if (!j || json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0) {
			fputs("probation-advisor: cannot write the plan as JSON\n", stderr);
			status = 1;
		}
		putchar('\n');
		json_decref(j);
	} else {
		plan_write_text(p, stdout, 78);
	}
	plan_free(p);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("probation-advisor: standard output");
		status = 1;
	}
	return status;
}

const struct frontend_ops frontend_batch = { "batch", batch_run };
