/* answers: a person's answers from "key=value" text or an answers file. */
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "content_impl.h"
#include "scan.h"

bool content_parse_answer(const struct content *c, const char *kv, int *answers,
                          const char *file, int line, struct diags *d)
{
	const char *eq = strchr(kv, '=');
	if (!eq || eq == kv) {
		diag_add(d, file, line, "\"%s\" is not of the form KEY=VALUE", kv);
		return false;
	}
	size_t klen = (size_t)(eq - kv);
	char key[128];
	if (klen >= sizeof key) {
		diag_add(d, file, line, "unknown question \"%.40s...\"", kv);
		return false;
	}
	memcpy(key, kv, klen);
	key[klen] = '\0';
	int q = content_question_index(c, key);
	if (q < 0) {
		diag_add(d, file, line, "unknown question \"%s\"", key);
		return false;
	}
	const struct content_question *qq = content_question(c, (size_t)q);
	int v = content_option_index(qq, eq + 1);
	if (v < 0) {
		/* List the choices: the person needs them to put it right. */
		char choices[512] = "";
		size_t used = 0;
		for (size_t i = 0; i < qq->noptions && used < sizeof choices; i++)
			used += (size_t)snprintf(choices + used, sizeof choices - used, "%s%s",
			                         i ? ", " : "", qq->options[i].value);
		diag_add(d, file, line, "\"%s\" is not an answer to \"%s\" (one of: %s)", eq + 1, key,
		         choices);
		return false;
	}
	answers[q] = v;
	return true;
}

bool content_answers_from(const struct content *c, const config_setting_t *root, int *answers,
                          const char *file, struct diags *d)
{
	for (size_t i = 0; i < content_nquestions(c); i++)
		answers[i] = COND_UNSET;
	const config_setting_t *s = config_setting_get_member(root, "answers");
	if (!s) {
		diag_add(d, file, 0, "missing \"answers\"");
		return false;
	}
	int t = config_setting_type(s);
	if (t != CONFIG_TYPE_ARRAY && t != CONFIG_TYPE_LIST) {
		diag_add(d, file, (int)config_setting_source_line(s),
		         "\"answers\" must be a list of \"key=value\" strings");
		return false;
	}
	bool ok = true;
	for (int i = 0; i < config_setting_length(s); i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		int line = (int)config_setting_source_line(e);
		if (config_setting_type(e) != CONFIG_TYPE_STRING) {
			diag_add(d, file, line, "each answer must be a \"key=value\" string");
			ok = false;
			continue;
		}
		const char *kv = config_setting_get_string(e);
		const char *eq = strchr(kv, '=');
		char key[128];
		size_t klen = eq ? (size_t)(eq - kv) : 0;
		if (eq && klen < sizeof key) {
			memcpy(key, kv, klen);
			key[klen] = '\0';
			int q = content_question_index(c, key);
			if (q >= 0 && answers[q] != COND_UNSET) {
				diag_add(d, file, line, "\"%s\" is answered twice", key);
				ok = false;
				continue;
			}
		}
		ok &= content_parse_answer(c, kv, answers, file, line, d);
	}
	return ok;
}

/* An answers file holds answers, and may say who they are (as the example
 * people do); any other setting is a typo, which must not pass silently. */
static bool known_settings(const config_setting_t *root, const char *file, struct diags *d)
{
	static const char *const known[] = { "answers", "name", "description", "expect" };
	bool ok = true;
	for (int i = 0; i < config_setting_length(root); i++) {
		const config_setting_t *m = config_setting_get_elem(root, (unsigned)i);
		size_t k = 0;
		while (k < sizeof known / sizeof known[0] && strcmp(known[k], config_setting_name(m)) != 0)
			k++;
		if (k == sizeof known / sizeof known[0]) {
			diag_add(d, file, scan_line(m), "unknown setting \"%s\" (an answers file "
			         "has \"answers\", and may have name, description and expect)", config_setting_name(m));
			ok = false;
		}
	}
	return ok;
}

struct answers_ctx {
	const struct content *c;
	int *answers;
	const char *path;
	struct diags *d;
	bool ok;
};

static void read_answers(void *ctx, const config_setting_t *root)
{
	struct answers_ctx *k = ctx;
	bool known = known_settings(root, k->path, k->d);
	k->ok = content_answers_from(k->c, root, k->answers, k->path, k->d) && known;
}

bool content_read_answers(const struct content *c, const char *path, int *answers,
                          struct diags *d)
{
	struct answers_ctx k = { c, answers, path, d, false };
	return scan_parse(path, CONTENT_MAX_FILE, d, read_answers, &k) && k.ok;
}
