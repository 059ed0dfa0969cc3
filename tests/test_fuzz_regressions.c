/*
 * What the fuzzing harnesses (tests/fuzz/) found, each kept as a plain test
 * so that it stays fixed in every build, not only under libFuzzer.  The
 * inputs themselves are in tests/fuzz/corpus/, named regress-*.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "content.h"
#include "diag.h"
#include "scan.h"
#include "util.h"
#include "vt.h"

#define WAIT 8000

/* A raw carriage return inside a string reached the text, and every problem
 * naming that text: printed, it moves the cursor back and lets the rest of
 * the line overwrite the message.  The escape \r was refused already; a CR
 * ending a line (a file saved with Windows line endings) is still fine. */
Test(fuzz_regressions, carriage_return_inside_a_string)
{
	static const char bad[] = "answers = [ \"role=pso\",\r\n  \"area.penal=started\r\" ];\r\n";
	struct diags d = { 0 };
	cr_expect(!scan_check("a.cfg", bad, sizeof bad - 1, &d));
	cr_assert_eq(d.n, 1);
	cr_expect_eq(d.v[0].line, 2);
	cr_expect_str_eq(d.v[0].msg, "control character 0x0d in a string");
	diag_free(&d);

	static const char crlf[] = "answers = [ \"role=pso\",\r\n  \"area.penal=started\" ];\r\n# a comment\r\n";
	cr_expect(scan_check("a.cfg", crlf, sizeof crlf - 1, &d));
	cr_expect_eq(d.n, 0);
	diag_free(&d);
}

/* A backslash before a character that is not an escape is kept in the
 * text, character and all; the check skipped that character, so a raw
 * control character after a backslash ("\\" then ESC [2J) got into the
 * text and out to the terminal in the problem that quoted it.  What follows
 * such a backslash now gets the checks of any other character (and a UTF-8
 * character there is no longer taken for invalid). */
Test(fuzz_regressions, raw_byte_after_a_backslash)
{
	static const char bad[] = "answers = [ \"role=pso\\\x1b[2J\" ];\n";
	struct diags d = { 0 };
	cr_expect(!scan_check("a.cfg", bad, sizeof bad - 1, &d));
	cr_assert_eq(d.n, 1);
	cr_expect_str_eq(d.v[0].msg, "control character 0x1b in the file");
	diag_free(&d);

	static const char lines[] = "a = \"x\\\ny\";\nb = \"\\\x01\";\n";
	cr_expect(!scan_check("a.cfg", lines, sizeof lines - 1, &d));
	cr_assert_eq(d.n, 1);
	cr_expect_eq(d.v[0].line, 3, "a backslash before a newline: lines counted once");
	diag_free(&d);

	static const char good[] = "a = \"caf\\\xc3\xa9 \\q \\\" \\\\ \\n \\t \\x41\";\n";
	cr_expect(scan_check("a.cfg", good, sizeof good - 1, &d));
	cr_expect_eq(d.n, 0);
	diag_free(&d);
}

/* The text of option value of question id in the shipped content, cut to
 * what fits on a line. */
static const char *label(const struct content *c, const char *id, const char *value, char *buf)
{
	const struct content_question *q = content_question(c, (size_t)content_question_index(c, id));
	snprintf(buf, 26, "%s", q->options[content_option_index(q, value)].label);
	return buf;
}

static const char *question(const struct content *c, const char *id, char *buf)
{
	snprintf(buf, 31, "%s", content_question(c, (size_t)content_question_index(c, id))->text);
	return buf;
}

#define SEE(vt, text) cr_assert(vt_wait((vt), (text), WAIT), "expected \"%s\":%s", (text), vt_dump(vt))

/* Keys that come together (typed fast, pasted, or over a slow link) are
 * handled before the screen is laid out and drawn again.  An Enter typed
 * ahead on a new question chose from the previous question's list, still
 * there until the next layout: "j Enter Enter" answered role=nps and then
 * experience=no, the second option like nps, on a question never shown.
 * Typed slowly, the same keys answer experience=yes, its first option.
 * Now every key acts on the screen as it now is. */
Test(fuzz_regressions, keys_typed_ahead_act_on_the_question_shown_next, .timeout = 60)
{
	struct diags d = { 0 };
	struct content *c = content_load("content", &d);
	cr_assert_not_null(c);
	char buf[64], line[80];
	struct vt *vt = vt_start(24, 80, (const char *const[]){ "--content", "content", NULL }, NULL);
	cr_assert_not_null(vt);
	SEE(vt, "Check my eligibility");
	vt_send(vt, "\r");
	SEE(vt, question(c, "role", buf));
	vt_send(vt, "j\r\r");
	SEE(vt, question(c, "level", buf));
	vt_send(vt, "\033");
	SEE(vt, question(c, "experience", buf));
	snprintf(line, sizeof line, "(*) %s", label(c, "experience", "yes", buf));
	SEE(vt, line);
	vt_free(vt);
	content_free(c);
	diag_free(&d);
}
