/* session: one person's answers, kept in memory and wiped in one place. */
#include "session.h"

#include <stdlib.h>
#include <string.h>

bool session_init(struct session *s, const struct content *c, const struct session_options *opt)
{
	*s = (struct session){ .c = c, .opt = opt, .nanswers = content_nquestions(c) };
	s->answers = malloc((s->nanswers + 1) * sizeof *s->answers);
	if (!s->answers)
		return false;
	for (size_t i = 0; i < s->nanswers; i++)
		s->answers[i] = COND_UNSET;
	return true;
}

void session_wipe(struct session *s)
{
	if (!s->answers)
		return;
	/* explicit_bzero: the clearing must not be optimised away. */
	explicit_bzero(s->answers, s->nanswers * sizeof *s->answers);
	for (size_t i = 0; i < s->nanswers; i++)
		s->answers[i] = COND_UNSET;
}

void session_free(struct session *s)
{
	session_wipe(s);
	free(s->answers);
	s->answers = NULL;
}

time_t session_now(const struct session *s)
{
	return s->opt && s->opt->as_of ? (time_t)s->opt->as_of_day * 86400 + 12 * 3600 : time(NULL);
}
