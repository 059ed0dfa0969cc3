/*
 * The content loader and --check-content: the person who looks after the
 * advisor edits these files by hand, so every mistake must come back as
 * "file:line: what is wrong", loading must go on to find the rest, and no
 * file may hang, crash or fool the program.
 *
 * Each test copies the shipped content/ into a scratch directory, plants one
 * defect with plant() (tests/plant.h: the text it replaces must still be
 * there), and checks the problem reported: in-process through content_load() and the
 * struct diags entries, and for many through the real program,
 * `probation-advisor --check-content DIR`, which must exit 2 and print
 * "DIR/file.cfg:LINE: message".  Lines are found with plant_line() in the
 * edited file, not written in as numbers, so content edits do not break
 * them; a changed message does, on purpose.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "content.h"
#include "plant.h"
#include "util.h"

#define SHIPPED PLANT_SHIPPED

/* ---- helpers ---- */

/*
 * Load dir in-process: it must be refused, with the problem name:ln: msg
 * among those reported, and with exactly total problems unless total is 0.
 */
static void expect_load(const char *dir, size_t total, const char *name, int ln, const char *msg)
{
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	if (c)
		content_free(c);
	cr_assert_null(c, "content with a defect in %s loaded", name);
	plant_expect(&d, dir, total, name, ln, msg);
	diag_free(&d);
}

static void expect_both(const char *dir, size_t total, const char *name, int ln, const char *msg)
{
	expect_load(dir, total, name, ln, msg);
	plant_expect_check(dir, name, ln, msg);
}

/* ---- the shipped content ---- */

Test(content, shipped_content_loads_without_problems)
{
	struct diags d = { 0 };
	struct content *c = content_load(SHIPPED, &d);
	char *all = problem_list(&d);
	cr_assert_not_null(c, "the shipped content must load:\n%s", all);
	cr_assert_eq(d.n, 0, "the shipped content has problems:\n%s", all);
	free(all);
	cr_expect_str_eq(content_origin(c), SHIPPED);
	cr_expect_eq(content_nquestions(c), 8);
	cr_expect_eq(content_noutcomes(c), 9);
	cr_expect_eq(content_nfaq(c), 25);
	cr_expect_eq(content_nscenarios(c), 55);
	cr_expect_str_eq(content_reviewed(c), "2026-11-23");
	content_free(c);
	diag_free(&d);
}

Test(content, check_content_passes_the_shipped_content)
{
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--check-content", SHIPPED, NULL }, NULL);
	xml_safe(r.err);
	cr_assert_eq(r.status, 0, "--check-content %s exits %d:\n%s", SHIPPED, r.status, r.err);
	cr_expect_str_eq(r.err, "", "no problems may be printed");
	cr_expect_not_null(strstr(r.out, "content: content OK: 8 questions, 9 outcomes"), "got: %s", r.out);
	run_free(&r);
}

/* ---- libconfig syntax and types ---- */

Test(content, syntax_error)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "title = \"Probation", "title = = \"Probation");
	expect_both(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "title = ="), "syntax error");
	scratch_free(dir);
}

Test(content, string_where_a_number_is_wanted)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_min = 3;", "months_min = \"3\";");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "months_min = \"3\""),
	            "\"months_min\" must be a whole number");
	scratch_free(dir);
}

Test(content, number_where_a_string_is_wanted)
{
	char *dir = plant_copy();
	plant(dir, "levels.cfg", "value = \"8\";", "value = 8;");
	expect_both(dir, 1, "levels.cfg", plant_line(dir, "levels.cfg", "value = 8;"),
	            "\"value\" must be a string (in double quotes)");
	scratch_free(dir);
}

Test(content, group_where_a_list_is_wanted)
{
	char *dir = plant_copy();
	const char meta[] = "# hand-written\n"
	                    "title = \"T\";\n"
	                    "reviewed = \"2026-11-23\";\n"
	                    "sources = { title = \"S\"; description = \"D\"; };\n";
	put_file(dir, "meta.cfg", meta, sizeof meta - 1);
	expect_both(dir, 1, "meta.cfg", 4, "\"sources\" must be a list ( { ... }, ... )");
	scratch_free(dir);
}

Test(content, plain_value_where_a_group_is_wanted)
{
	char *dir = plant_copy();
	plant(dir, "contacts.cfg", "contacts = (\n", "contacts = (\n  \"stray\",\n");
	expect_load(dir, 1, "contacts.cfg", plant_line(dir, "contacts.cfg", "\"stray\""),
	            "each entry of \"contacts\" must be a group { ... }");
	scratch_free(dir);
}

Test(content, string_where_true_or_false_is_wanted)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "finder = true;", "finder = \"yes\";");
	expect_load(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "finder = \"yes\""),
	            "\"finder\" must be true or false");
	scratch_free(dir);
}

Test(content, string_where_a_list_of_strings_is_wanted)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "contacts = [ \"dmu\", \"shu\", \"portsmouth\", \"recruitment\" ];",
	      "contacts = \"dmu\";");
	expect_load(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "contacts = \"dmu\";"),
	            "\"contacts\" must be a list of strings [ \"...\", ... ]");
	scratch_free(dir);
}

/* ---- required, empty and unknown settings ---- */

Test(content, missing_required_field)
{
	char *dir = plant_copy();
	int at = plant_line(dir, "faq.cfg", "id = \"consultation\"");
	plant(dir, "faq.cfg", "question = \"What consultation was involved in developing the qualification?\";", "");
	/* Reported at the entry that lacks it. */
	expect_both(dir, 1, "faq.cfg", at, "missing \"question\"");
	scratch_free(dir);
}

Test(content, missing_outcome_condition)
{
	char *dir = plant_copy();
	int at = plant_line(dir, "outcomes.cfg", "id = \"pso-route\"");
	plant(dir, "outcomes.cfg", "when = \"@below5 and not (@experienced and @level4-or-vq)\";", "");
	expect_both(dir, 1, "outcomes.cfg", at, "missing \"when\"");
	scratch_free(dir);
}

Test(content, empty_required_string)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "title = \"Probation Officer training advisor\";", "title = \"\";");
	expect_both(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "title = \"\""), "\"title\" must not be empty");
	scratch_free(dir);
	/* Blanks only are empty too. */
	dir = plant_copy();
	plant(dir, "contacts.cfg", "name = \"Recruitment Queries\";", "name = \"  \\n \";");
	expect_load(dir, 1, "contacts.cfg", plant_line(dir, "contacts.cfg", "name = \"  "), "\"name\" must not be empty");
	scratch_free(dir);
}

Test(content, unknown_setting)
{
	char *dir = plant_copy();
	plant(dir, "contacts.cfg", "about = \"One of the approved university", "abuot = \"One of the approved university");
	plant(dir, "meta.cfg", "reviewed = ", "reviewd = \"2026-11-23\";\nreviewed = ");
	expect_load(dir, 2, "contacts.cfg", plant_line(dir, "contacts.cfg", "abuot"), "unknown setting \"abuot\"");
	expect_load(dir, 2, "meta.cfg", plant_line(dir, "meta.cfg", "reviewd"), "unknown setting \"reviewd\"");
	plant_expect_check(dir, "contacts.cfg", plant_line(dir, "contacts.cfg", "abuot"), "unknown setting \"abuot\"");
	plant_expect_check(dir, "meta.cfg", plant_line(dir, "meta.cfg", "reviewd"), "unknown setting \"reviewd\"");
	scratch_free(dir);
}

Test(content, typo_in_a_required_setting_names_both)
{
	/* A misspelt required setting is both unknown and missing. */
	char *dir = plant_copy();
	int at = plant_line(dir, "faq.cfg", "id = \"consultation\"");
	plant(dir, "faq.cfg", "question = \"What consultation", "qustion = \"What consultation");
	expect_load(dir, 2, "faq.cfg", plant_line(dir, "faq.cfg", "qustion"), "unknown setting \"qustion\"");
	expect_load(dir, 2, "faq.cfg", at, "missing \"question\"");
	scratch_free(dir);
}

/* ---- duplicates ---- */

Test(content, duplicate_faq_id)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "faq.cfg", "id = \"what-is-pqip\"");
	int dup = plant_line(dir, "faq.cfg", "id = \"consultation\"");
	plant(dir, "faq.cfg", "id = \"consultation\"", "id = \"what-is-pqip\"");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate FAQ id \"what-is-pqip\" (first defined at line %d)", first);
	expect_both(dir, 1, "faq.cfg", dup, msg);
	scratch_free(dir);
}

Test(content, duplicate_question_id)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "questions.cfg", "id = \"level\";");
	plant(dir, "questions.cfg", "  { id = \"vq\";",
	      "  { id = \"level\"; text = \"Again?\"; help = \"Twice.\";\n"
	      "    options = ( { value = \"x\"; label = \"X\"; } ); },\n\n"
	      "  { id = \"vq\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate question id \"level\" (first defined at line %d)", first);
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "text = \"Again?\""), msg);
	scratch_free(dir);
}

Test(content, a_broken_faq_file_does_not_echo_as_unknown_entries)
{
	/* An entry whose id is wrong is one problem: the references to it
	 * from the questions and outcomes are not reported as well. */
	char *dir = plant_copy();
	plant(dir, "faq.cfg", "id = \"pso-role\";", "id = 7;");
	expect_load(dir, 1, "faq.cfg", plant_line(dir, "faq.cfg", "id = 7;"),
	            "\"id\" must be a string (in double quotes)");
	scratch_free(dir);
}

Test(content, duplicate_criterion_id)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "questions.cfg", "id = \"level4\";");
	plant(dir, "questions.cfg", "  { id = \"vq4\";",
	      "  { id = \"level4\"; when = \"true\"; met = \"m\"; unmet = \"u\"; },\n  { id = \"vq4\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate criterion id \"level4\" (first defined at line %d)", first);
	expect_load(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "met = \"m\""), msg);
	scratch_free(dir);
}

Test(content, duplicate_outcome_id)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "outcomes.cfg", "id = \"pqip-15\";");
	int dup = plant_line(dir, "outcomes.cfg", "id = \"pqip-21\";");
	plant(dir, "outcomes.cfg", "id = \"pqip-21\";", "id = \"pqip-15\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate outcome id \"pqip-15\" (first defined at line %d)", first);
	/* The example people who expected pqip-21 are reported too. */
	expect_both(dir, 0, "outcomes.cfg", dup, msg);
	scratch_free(dir);
}

Test(content, duplicate_contact_id)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "contacts.cfg", "id = \"dmu\";");
	int dup = plant_line(dir, "contacts.cfg", "id = \"shu\";");
	plant(dir, "contacts.cfg", "id = \"shu\";", "id = \"dmu\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate contact id \"dmu\" (first defined at line %d)", first);
	expect_both(dir, 0, "contacts.cfg", dup, msg);
	scratch_free(dir);
}

Test(content, duplicate_option_value)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "questions.cfg", "value = \"pso\";");
	plant(dir, "questions.cfg", "      { value = \"other\";",
	      "      { value = \"pso\"; label = \"Again\"; },\n      { value = \"other\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate option value \"pso\" (first defined at line %d)", first);
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "label = \"Again\""), msg);
	scratch_free(dir);
}

Test(content, duplicate_level_value)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "levels.cfg", "value = \"8\";");
	plant(dir, "levels.cfg", "value = \"7\";", "value = \"8\"; # was 7");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate level value \"8\" (first defined at line %d)", first);
	expect_load(dir, 1, "levels.cfg", plant_line(dir, "levels.cfg", "# was 7"), msg);
	scratch_free(dir);
}

/*
 * The usual mistake, giving a question (or an option) the id of another,
 * must be reported as the duplicate it is.  Every lookup finds the first of
 * two equal ids, so if ids were checked after the lookups, it would show
 * only as "unknown question" / "is not an option" wherever the shadowed one
 * is used.
 */
Test(content, renamed_question_reported_as_duplicate)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "questions.cfg", "id = \"level\";");
	int dup = plant_line(dir, "questions.cfg", "id = \"vq\";");
	plant(dir, "questions.cfg", "id = \"vq\";", "id = \"level\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate question id \"level\" (first defined at line %d)", first);
	expect_load(dir, 0, "questions.cfg", dup, msg);
	scratch_free(dir);
}

Test(content, renamed_option_reported_as_duplicate)
{
	char *dir = plant_copy();
	int first = plant_line(dir, "questions.cfg", "value = \"yes\";");
	int dup = plant_line(dir, "questions.cfg", "value = \"no\";");
	plant(dir, "questions.cfg", "value = \"no\";", "value = \"yes\";");
	char msg[128];
	snprintf(msg, sizeof msg, "duplicate option value \"yes\" (first defined at line %d)", first);
	expect_load(dir, 0, "questions.cfg", dup, msg);
	scratch_free(dir);
}

/* The finder's "I still don't know" is the answer the content marks unsure:
 * a question has one at most. */
Test(content, two_unsure_answers_of_one_question)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "{ value = \"below3\";", "{ value = \"below3\"; unsure = true;");
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "{ value = \"unknown\";"),
	            "only one answer of a question can be \"unsure\"");
	scratch_free(dir);
}

/* ---- references that lead nowhere: reported at the reference's line ---- */

Test(content, question_faq_unknown)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "faq = \"pso-role\";", "faq = \"no-such-faq\";");
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "faq = \"no-such-faq\""),
	            "unknown FAQ entry \"no-such-faq\"");
	scratch_free(dir);
}

Test(content, criterion_faq_unknown)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "faq = \"vq4\"; }", "faq = \"vq-4\"; }");
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "faq = \"vq-4\""),
	            "unknown FAQ entry \"vq-4\"");
	scratch_free(dir);
}

Test(content, step_faq_unknown)
{
	char *dir = plant_copy();
	/* The first step of the first outcome. */
	plant(dir, "outcomes.cfg", "faq = \"level5-examples\"; },", "faq = \"level-5-examples\"; },");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "faq = \"level-5-examples\""),
	            "unknown FAQ entry \"level-5-examples\"");
	scratch_free(dir);
}

Test(content, note_faq_unknown)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "faq = \"gain-experience\";\n        when = \"experience = no\"; },",
	      "faq = \"gain-experiance\";\n        when = \"experience = no\"; },");
	expect_load(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "faq = \"gain-experiance\""),
	            "unknown FAQ entry \"gain-experiance\"");
	scratch_free(dir);
}

Test(content, outcome_faq_list_unknown)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "faq = [ \"level5-examples\", \"requirements\"",
	      "faq = [ \"level5-examples\", \"requirement\"");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "id = \"check-level\""),
	            "unknown FAQ entry \"requirement\"");
	scratch_free(dir);
}

Test(content, outcome_contact_unknown)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "contacts = [ \"dmu\", \"shu\"", "contacts = [ \"dmu\", \"sheffield\"");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "id = \"check-level\""),
	            "unknown contact \"sheffield\"");
	scratch_free(dir);
}

Test(content, level_value_not_an_option_of_the_finder_question)
{
	char *dir = plant_copy();
	plant(dir, "levels.cfg", "value = \"below3\";", "value = \"2\";");
	expect_both(dir, 1, "levels.cfg", plant_line(dir, "levels.cfg", "value = \"2\""),
	            "\"2\" is not an option of question \"level\"");
	scratch_free(dir);
}

/* ---- conditions ---- */

Test(content, condition_unknown_question)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "when = \"not @level-known\";", "when = \"not @level-known and colour = red\";");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "colour = red"),
	            "condition \"not @level-known and colour = red\": unknown question \"colour\"");
	scratch_free(dir);
}

Test(content, condition_unknown_value)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "when = \"level = 4\";", "when = \"level = four\";");
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "level = four"),
	            "condition \"level = four\": \"four\" is not an option of question \"level\"");
	scratch_free(dir);
}

Test(content, condition_unknown_criterion)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "when = \"not @level-known\";", "when = \"not @level-knwon\";");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "@level-knwon"),
	            "condition \"not @level-knwon\": unknown criterion \"@level-knwon\" "
	            "(criteria can use only those defined before them)");
	scratch_free(dir);
}

Test(content, condition_criterion_defined_later)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "when = \"level != unknown\";", "when = \"level != unknown and @level5\";");
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "and @level5"),
	            "condition \"level != unknown and @level5\": unknown criterion \"@level5\" "
	            "(criteria can use only those defined before them)");
	scratch_free(dir);
}

Test(content, condition_criterion_naming_itself)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "when = \"vq = level4\";", "when = \"vq = level4 or @vq4\";");
	expect_load(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "or @vq4"),
	            "condition \"vq = level4 or @vq4\": unknown criterion \"@vq4\" "
	            "(criteria can use only those defined before them)");
	scratch_free(dir);
}

Test(content, condition_syntax_error)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "when = \"not @level-known\";", "when = \"not @level-known and (role = pso\";");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "(role = pso\""),
	            "condition \"not @level-known and (role = pso\": expected ) at the end");
	scratch_free(dir);
}

Test(content, ask_condition_naming_a_later_question)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "ask = \"role != pso\";", "ask = \"level != unknown\";");
	expect_both(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "id = \"experience\""),
	            "question \"experience\" depends on \"level\", which is asked after it; "
	            "a condition can use only earlier questions");
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "questions.cfg", "ask = \"role != pso\";", "ask = \"experience = yes\";");
	expect_load(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "id = \"experience\""),
	            "question \"experience\" depends on \"experience\", which is asked as it; "
	            "a condition can use only earlier questions");
	scratch_free(dir);
}

/* ---- numbers and dates ---- */

Test(content, months_out_of_range)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_min = 3;", "months_min = 300;");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "months_min = 300"),
	            "\"months_min\" is out of range (from 0 to 240)");
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_min = 3;", "months_min = -1;");
	expect_load(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "months_min = -1"),
	            "\"months_min\" is out of range (from 0 to 240)");
	scratch_free(dir);
}

Test(content, months_max_without_months_min)
{
	char *dir = plant_copy();
	int step = plant_line(dir, "outcomes.cfg", "Train on the PQiP: 15 or 21 months");
	plant(dir, "outcomes.cfg", "months_min = 15;\n        months_max = 21;", "months_max = 21;");
	expect_both(dir, 1, "outcomes.cfg", step, "\"months_max\" needs a \"months_min\" no larger than it");
	scratch_free(dir);
	/* And a minimum above the maximum. */
	dir = plant_copy();
	step = plant_line(dir, "outcomes.cfg", "Train on the PQiP: 15 or 21 months");
	plant(dir, "outcomes.cfg", "months_min = 15;\n        months_max = 21;", "months_min = 22;\n        months_max = 21;");
	expect_load(dir, 1, "outcomes.cfg", step, "\"months_max\" needs a \"months_min\" no larger than it");
	scratch_free(dir);
}

Test(content, bad_reviewed_date)
{
	static const char *const bad[] = { "23/11/2026", "2026-13-01", "2026-11-00", "2026-11-32",
		                           "2026-11-2", "2026-11-23x", "26-11-2023", "soon" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *dir = plant_copy();
		char to[64], msg[128];
		snprintf(to, sizeof to, "reviewed = \"%s\";", bad[i]);
		plant(dir, "meta.cfg", "reviewed = \"2026-11-23\";", to);
		snprintf(msg, sizeof msg, "\"reviewed\" must be a date written YYYY-MM-DD, not \"%s\"", bad[i]);
		int at = plant_line(dir, "meta.cfg", "reviewed = ");
		if (i == 0)
			expect_both(dir, 1, "meta.cfg", at, msg);
		else
			expect_load(dir, 1, "meta.cfg", at, msg);
		scratch_free(dir);
	}
}

/*
 * The review date is exactly YYYY-MM-DD, a real day: no sign or blank in
 * place of a digit (sscanf's "%4u-%2u-%2u" with a length of 10 would take
 * "+202-11-23", " 2026-1-23" and "2026-+1-23") and no day a month does not
 * have ("2026-02-31").
 */
Test(content, reviewed_date_strictly_checked)
{
	static const char *const bad[] = { "+202-11-23", " 2026-1-23", "2026-+1-23", "2026-02-31" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *dir = plant_copy();
		char to[64], msg[128];
		snprintf(to, sizeof to, "reviewed = \"%s\";", bad[i]);
		plant(dir, "meta.cfg", "reviewed = \"2026-11-23\";", to);
		snprintf(msg, sizeof msg, "\"reviewed\" must be a date written YYYY-MM-DD, not \"%s\"", bad[i]);
		expect_load(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "reviewed = "), msg);
		scratch_free(dir);
	}
}

Test(content, integer_libconfig_would_wrap)
{
	/* libconfig 1.5 reads 3000000000 as -1294967296 and a 26-digit number
	 * as -1, without a word: both must be refused before it sees them. */
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_min = 3;", "months_min = 3000000000;");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "3000000000"),
	            "number 3000000000 is out of range");
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_min = 3;", "months_min = 12345678901234567890123456;");
	expect_both(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "12345678901234567890123456"),
	            "number 12345678901234567890123456 is out of range");
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "outcomes.cfg", "months_min = 3;", "months_min = -3000000000;");
	expect_load(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "-3000000000"),
	            "number -3000000000 is out of range");
	scratch_free(dir);
}

/* ---- bytes libconfig would pass through ---- */

Test(content, raw_nul_byte)
{
	char *dir = plant_copy();
	int at = plant_line(dir, "meta.cfg", "title = ");
	plant_bytes(dir, "meta.cfg", "Probation Officer training", "Probation\0 Officer training", 27);
	expect_both(dir, 1, "meta.cfg", at, "NUL byte in the file");
	scratch_free(dir);
}

Test(content, escaped_nul)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer training", "Probation\\x00 Officer training");
	expect_both(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "\\x00"), "\\x00 in a string would cut the text short");
	scratch_free(dir);
}

Test(content, invalid_utf8)
{
	static const char *const bad[] = {
		"\xff",             /* never valid */
		"caf\xe9",          /* Latin-1 */
		"\xc0\xaf",         /* overlong */
		"\xed\xa0\x80",     /* a UTF-16 surrogate */
		"\xc2\x9b",         /* C1 control CSI: valid UTF-8 but a terminal acts on it */
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *dir = plant_copy();
		char to[64];
		snprintf(to, sizeof to, "Probation %s Officer", bad[i]);
		plant(dir, "meta.cfg", "Probation Officer", to);
		int at = plant_line(dir, "meta.cfg", "title = ");
		if (i == 0)
			expect_both(dir, 0, "meta.cfg", at, "invalid UTF-8");
		else
			expect_load(dir, 0, "meta.cfg", at, "invalid UTF-8");
		scratch_free(dir);
	}
	/* Valid UTF-8 is fine (the shipped content is ASCII, but others may not be). */
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac Officer");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c, "valid UTF-8 must load");
	cr_assert_not_null(strstr(content_title(c), "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac"));
	content_free(c);
	diag_free(&d);
	scratch_free(dir);
}

Test(content, raw_control_character)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation \x1b[2J Officer");
	expect_both(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "title = "), "control character 0x1b in the file");
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation \x7f Officer");
	expect_load(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "title = "), "control character 0x7f in the file");
	scratch_free(dir);
}

Test(content, escaped_control_character)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation \\x1b[2J Officer");
	expect_both(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "\\x1b"),
	            "escape \\x1b puts a control or raw byte in the text; write the character itself");
	scratch_free(dir);
	/* A raw high byte by escape is invalid UTF-8 in the making. */
	dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation \\x9B Officer");
	expect_load(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "\\x9B"),
	            "escape \\x9B puts a control or raw byte in the text; write the character itself");
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation \\r Officer");
	expect_load(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "\\r"), "escape \\r puts a control character in the text");
	scratch_free(dir);
	/* \n and \t are the allowed ones. */
	dir = plant_copy();
	plant(dir, "meta.cfg", "Probation Officer", "Probation\\n\\tOfficer \\x41");
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	cr_assert_not_null(c, "\\n, \\t and a printable \\x escape must load");
	cr_assert_not_null(strstr(content_title(c), "Probation\n\tOfficer A"));
	content_free(c);
	diag_free(&d);
	scratch_free(dir);
}

Test(content, include_directive)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "title = ", "@include \"/etc/passwd\"\ntitle = ");
	int at = plant_line(dir, "meta.cfg", "@include");
	expect_both(dir, 1, "meta.cfg", at, "@include and other directives are not allowed");
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--check-content", dir, NULL }, NULL);
	cr_expect_null(strstr(r.err, "root:"), "the included file's text must not be read");
	run_free(&r);
	scratch_free(dir);
	dir = plant_copy();
	plant(dir, "meta.cfg", "title = ", "@include \"../x\"\ntitle = ");
	expect_both(dir, 1, "meta.cfg", plant_line(dir, "meta.cfg", "@include"), "@include and other directives are not allowed");
	scratch_free(dir);
}

/* ---- files that are not plain files ---- */

Test(content, content_path_that_is_not_a_directory)
{
	char *dir = plant_copy();
	char file[4096];
	snprintf(file, sizeof file, "%s/meta.cfg", dir);
	/* Every file is reported, not just the first. */
	static const char *const names[] = { "meta.cfg", "faq.cfg", "questions.cfg", "outcomes.cfg",
		                             "levels.cfg", "contacts.cfg" };
	for (size_t i = 0; i < 6; i++)
		expect_load(file, 6, names[i], 0, "cannot open: Not a directory");
	plant_expect_check(file, "questions.cfg", 0, "cannot open: Not a directory");
	char missing[4096];
	snprintf(missing, sizeof missing, "%s/nowhere", dir);
	expect_load(missing, 6, "meta.cfg", 0, "cannot open: No such file or directory");
	plant_expect_check(missing, "contacts.cfg", 0, "cannot open: No such file or directory");
	scratch_free(dir);
}

Test(content, content_file_that_is_a_directory)
{
	char *dir = plant_copy();
	char path[4096];
	snprintf(path, sizeof path, "%s/faq.cfg", dir);
	cr_assert_eq(remove(path), 0);
	cr_assert_eq(mkdir(path, 0755), 0);
	expect_both(dir, 1, "faq.cfg", 0, "is a directory, not a file");
	scratch_free(dir);
}

Test(content, fifo_does_not_hang)
{
	char *dir = plant_copy();
	char path[4096];
	snprintf(path, sizeof path, "%s/meta.cfg", dir);
	cr_assert_eq(remove(path), 0);
	cr_assert_eq(mkfifo(path, 0644), 0, "mkfifo: %s", strerror(errno));
	/* Through the program first: run_pa gives up after 20 s, which would
	 * show as a kill (status 137), not a hang of the whole suite. */
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	plant_expect_check(dir, "meta.cfg", 0, "is not a regular file");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	cr_assert_lt(secs, 5.0, "--check-content took %.1f s on a FIFO", secs);
	/* Then in-process: it returned at once above, so this cannot hang. */
	expect_load(dir, 1, "meta.cfg", 0, "is not a regular file");
	scratch_free(dir);
}

Test(content, symlink_to_dev_zero)
{
	char *dir = plant_copy();
	char path[4096];
	snprintf(path, sizeof path, "%s/levels.cfg", dir);
	cr_assert_eq(remove(path), 0);
	cr_assert_eq(symlink("/dev/zero", path), 0);
	expect_both(dir, 1, "levels.cfg", 0, "is not a regular file");
	scratch_free(dir);
}

Test(content, file_over_the_size_cap)
{
	char *dir = plant_copy();
	size_t len;
	char *meta = get_file_in(dir, "meta.cfg", &len);
	/* Pad with a comment to exactly the limit: still loads. */
	size_t size = CONTENT_MAX_FILE;
	char *big = malloc(size + 1);
	memcpy(big, meta, len);
	big[len] = '#';
	memset(big + len + 1, 'x', size - len - 2);
	big[size - 1] = '\n';
	put_file(dir, "meta.cfg", big, size);
	struct diags d = { 0 };
	struct content *c = content_load(dir, &d);
	char *all = problem_list(&d);
	cr_assert_not_null(c, "a file of exactly %zu bytes must load:\n%s", size, all);
	free(all);
	content_free(c);
	diag_free(&d);
	/* One byte more is refused. */
	big[size - 1] = 'x';
	big[size] = '\n';
	put_file(dir, "meta.cfg", big, size + 1);
	char msg[128];
	snprintf(msg, sizeof msg, "is too large (%zu bytes; the limit is %zu)", size + 1, size);
	expect_both(dir, 1, "meta.cfg", 0, msg);
	free(big);
	free(meta);
	scratch_free(dir);
}

/*
 * Load dir as an unprivileged user: root reads a chmod 000 file anyway.  The
 * load runs in a child that drops to "nobody" and sends the problems back;
 * the test process keeps its own identity.  Returns the problems printed,
 * or NULL when the child could not drop privileges.
 */
static char *load_unprivileged(const char *dir, const char *blocked)
{
	int fd[2];
	cr_assert_eq(pipe(fd), 0);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		close(fd[0]);
		FILE *out = fdopen(fd[1], "w");
		if (geteuid() == 0 && (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)) {
			fputs("SKIP: cannot drop privileges", out);
			fclose(out);
			_exit(0);
		}
		int probe = open(blocked, O_RDONLY);
		if (probe >= 0) {
			fputs("SKIP: the unreadable file can be read", out);
			fclose(out);
			_exit(0);
		}
		struct diags d = { 0 };
		struct content *c = content_load(dir, &d);
		fputs(c ? "LOADED\n" : "", out);
		diag_print(&d, out);
		fclose(out);
		_exit(0); /* no leak check in the child: it exits at once */
	}
	close(fd[1]);
	FILE *in = fdopen(fd[0], "r");
	char *text = NULL;
	size_t cap = 0, n = 0;
	char chunk[4096];
	size_t k;
	while ((k = fread(chunk, 1, sizeof chunk, in)) > 0) {
		text = realloc(text, cap = n + k + 1);
		memcpy(text + n, chunk, k);
		n += k;
		text[n] = '\0';
	}
	fclose(in);
	int st;
	waitpid(pid, &st, 0);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "the loading child failed");
	(void)cap;
	return text ? text : strdup("");
}

Test(content, unreadable_file)
{
	char *dir = plant_copy();
	char path[4096];
	snprintf(path, sizeof path, "%s/contacts.cfg", dir);
	cr_assert_eq(chmod(path, 0), 0);
	cr_assert_eq(chmod(dir, 0755), 0); /* so that "nobody" may reach it */
	char want[4096];
	snprintf(want, sizeof want, "%s/contacts.cfg: cannot open: Permission denied\n", dir);
	char *got = load_unprivileged(dir, path);
	if (strncmp(got, "SKIP: ", 6) == 0) {
		chmod(path, 0644);
		scratch_free(dir);
		cr_skip_test("%s", got + 6);
	}
	xml_safe(got);
	cr_assert_str_eq(got, want, "want exactly {%s}, got {%s}", want, got);
	free(got);
	if (geteuid() != 0)
		plant_expect_check(dir, "contacts.cfg", 0, "cannot open: Permission denied");
	chmod(path, 0644);
	scratch_free(dir);
}

Test(content, empty_file)
{
	char *dir = plant_copy();
	put_file(dir, "meta.cfg", "", 0);
	expect_load(dir, 3, "meta.cfg", 0, "missing \"title\"");
	expect_load(dir, 3, "meta.cfg", 0, "missing \"reviewed\"");
	expect_load(dir, 3, "meta.cfg", 0, "missing \"sources\"");
	plant_expect_check(dir, "meta.cfg", 0, "missing \"title\"");
	scratch_free(dir);
	/* An empty faq.cfg: its one required list is missing. */
	dir = plant_copy();
	put_file(dir, "faq.cfg", "# nothing yet\n", 14);
	expect_load(dir, 1, "faq.cfg", 0, "missing \"faq\"");
	scratch_free(dir);
}

Test(content, truncated_file)
{
	char *dir = plant_copy();
	size_t len;
	char *text = get_file_in(dir, "questions.cfg", &len);
	size_t cut = len / 2;
	int last = 1;
	for (size_t i = 0; i < cut; i++)
		last += text[i] == '\n';
	put_file(dir, "questions.cfg", text, cut);
	free(text);
	/* libconfig reports the end of the text; it is the first problem. */
	expect_both(dir, 0, "questions.cfg", last, "syntax error");
	struct diags d = { 0 };
	cr_assert_null(content_load(dir, &d));
	cr_assert_gt(d.n, 0);
	char file[4096];
	snprintf(file, sizeof file, "%s/questions.cfg", dir);
	cr_expect_str_eq(d.v[0].file, file);
	cr_expect_str_eq(d.v[0].msg, "syntax error");
	diag_free(&d);
	scratch_free(dir);
}

/* ---- many problems at once ---- */

Test(content, every_problem_is_reported_not_just_the_first)
{
	char *dir = plant_copy();
	plant(dir, "meta.cfg", "title = \"Probation Officer training advisor\";", "title = \"\";");
	plant(dir, "contacts.cfg", "about = \"One of the approved university", "abuot = \"One of the approved university");
	plant(dir, "levels.cfg", "value = \"8\";", "value = 8;");
	plant(dir, "faq.cfg", "question = \"What consultation", "question = = \"What consultation");
	struct { const char *name, *needle, *msg; } want[] = {
		{ "meta.cfg", "title = \"\"", "\"title\" must not be empty" },
		{ "faq.cfg", "question = =", "syntax error" },
		{ "levels.cfg", "value = 8;", "\"value\" must be a string (in double quotes)" },
		{ "contacts.cfg", "abuot", "unknown setting \"abuot\"" },
	};
	for (size_t i = 0; i < 4; i++)
		expect_load(dir, 4, want[i].name, plant_line(dir, want[i].name, want[i].needle), want[i].msg);
	for (size_t i = 0; i < 4; i++)
		plant_expect_check(dir, want[i].name, plant_line(dir, want[i].name, want[i].needle), want[i].msg);
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--check-content", dir, NULL }, NULL);
	char tail[4096];
	snprintf(tail, sizeof tail, "%s: 4 problems found\n", dir);
	cr_expect_not_null(strstr(r.err, tail), "the summary must count all 4");
	run_free(&r);
	scratch_free(dir);
}

Test(content, the_program_refuses_to_run_on_bad_content)
{
	/* Not only --check-content: the advisor itself will not give advice
	 * from content with a problem, and says where the problem is. */
	char *dir = plant_copy();
	plant(dir, "levels.cfg", "value = \"8\";", "value = 8;");
	struct run r;
	run_pa(&r, NULL, (const char *const[]){ "--content", dir, "--answer", "role=pso", NULL }, NULL);
	char want[4096];
	snprintf(want, sizeof want, "%s/levels.cfg:%d: \"value\" must be a string (in double quotes)\n", dir,
	         plant_line(dir, "levels.cfg", "value = 8;"));
	xml_safe(r.err);
	cr_expect_eq(r.status, 2, "exit %d", r.status);
	cr_expect_not_null(strstr(r.err, want), "stderr lacks {%s}: %s", want, r.err);
	cr_expect_str_eq(r.out, "", "no advice from broken content");
	run_free(&r);
	scratch_free(dir);
}

/* ---- the fields that say what a sentence is, and whom it is for ---- */

Test(content, criterion_kind_is_requirement_or_fact)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "kind = \"fact\";\n    when = \"level in [4, 3, below3]\";",
	      "kind = \"truth\";\n    when = \"level in [4, 3, below3]\";");
	expect_load(dir, 1, "questions.cfg", plant_line(dir, "questions.cfg", "kind = \"truth\""),
	            "\"kind\" must be \"requirement\" or \"fact\", not \"truth\"");
	scratch_free(dir);
}

Test(content, an_untimed_step_has_no_length)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "untimed = true;\n        faq = \"vq4\"; },",
	      "untimed = true; months_min = 1;\n        faq = \"vq4\"; },");
	expect_load(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "Ask to enrol on the bespoke") - 1,
	            "an \"untimed\" step has no length: leave out \"time\" and the months");
	scratch_free(dir);
}

Test(content, suggestion_is_true_or_false)
{
	char *dir = plant_copy();
	plant(dir, "outcomes.cfg", "suggestion = true;", "suggestion = \"ours\";");
	expect_load(dir, 1, "outcomes.cfg", plant_line(dir, "outcomes.cfg", "suggestion = \"ours\""),
	            "\"suggestion\" must be true or false");
	scratch_free(dir);
}

Test(content, the_guide_names_a_source_of_meta_cfg)
{
	char *dir = plant_copy();
	plant(dir, "levels.cfg", "source = \"qualification-levels\";", "source = \"some-website\";");
	expect_load(dir, 1, "levels.cfg", plant_line(dir, "levels.cfg", "guide = {"),
	            "the guide's source \"some-website\" is not a source id in meta.cfg");
	scratch_free(dir);
}

Test(content, guide_examples_need_the_guide)
{
	char *dir = plant_copy();
	plant(dir, "levels.cfg", "guide = {", "unused = {");
	plant(dir, "levels.cfg", "unused = {", "# (no guide)\nunused = {");
	expect_load(dir, 0, "levels.cfg", plant_line(dir, "levels.cfg", "guide_examples = [ \"Doctorate"),
	            "\"guide_examples\" need a \"guide\" naming their source");
	scratch_free(dir);
}

Test(content, a_group_needs_words)
{
	char *dir = plant_copy();
	plant(dir, "questions.cfg", "words = [ \"if you are employed by the\" ];", "words = [ ];");
	int ln = plant_line(dir, "questions.cfg", "id = \"maybe-nps\"");
	expect_load(dir, 1, "questions.cfg", ln, "a group needs \"words\": the phrases that speak to it");
	scratch_free(dir);
}

/* ---- the shipped content, where one reader found it wrong ---- */

static const struct content *shipped_content(void)
{
	static struct content *c;
	struct diags d = { 0 };
	if (!c)
		c = content_load(SHIPPED, &d);
	cr_assert_not_null(c);
	diag_free(&d);
	return c;
}

Test(content, the_vq_question_offers_no_last_and_both_qualifications_alike)
{
	const struct content *c = shipped_content();
	const struct content_question *q = content_question(c, (size_t)content_question_index(c, "vq"));
	cr_assert_str_eq(q->options[q->noptions - 1].value, "none", "\"No, neither of these\" comes last");
	for (size_t i = 0; i + 1 < q->noptions; i++)
		cr_expect(strncmp(q->options[i].label, "Yes: ", 5) == 0, "\"%s\" is not labelled like the other",
		          q->options[i].label);
}

Test(content, routes_are_named_not_headlined)
{
	const struct content *c = shipped_content();
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		cr_expect_not_null(o->route, "outcome %s has no route name", o->id);
		cr_expect(o->route && strncmp(o->route, "You", 3) != 0 && !strstr(o->route, " now"),
		          "%s: \"%s\" reads as the reader's own result", o->id, o->route);
	}
}

Test(content, the_finder_covers_what_people_hold_and_keeps_the_sources_apart)
{
	const struct content *c = shipped_content();
	static const char *const want[] = { "GCSE", "A level", "NVQ", "Access to Higher Education", "HNC", "BTEC",
		                            "Doctorate", "PGCE" };
	bool seen[8] = { false };
	for (size_t l = 0; l < content_nlevels(c); l++) {
		const struct content_level *lv = content_level(c, l);
		for (size_t e = 0; e < lv->nexamples; e++)
			cr_expect(!strstr(lv->examples[e], "Level 5 Diploma in Probation Practice"),
			          "the Level 5 Diploma in Probation Practice is for those accepted onto the PQiP");
		for (size_t e = 0; e < lv->nguide_examples; e++)
			for (size_t w = 0; w < 8; w++)
				seen[w] |= strstr(lv->guide_examples[e], want[w]) != NULL;
	}
	for (size_t w = 0; w < 8; w++)
		cr_expect(seen[w], "the finder has no %s", want[w]);
	struct content_levels_guide g = content_levels_guide(c);
	cr_assert_not_null(g.source);
	cr_expect_str_eq(g.source->title, "General guide to qualification levels");
	static const char *const caveats[] = { "GCSE", "certificate", "SCQF", "overseas", "PQiP documents win" };
	for (size_t i = 0; i < 5; i++)
		cr_expect(strstr(g.caveats, caveats[i]) != NULL, "the guide's caveats say nothing of %s", caveats[i]);
}

/* Every text a person can read, with where it is. */
static void each_text(const struct content *c, void (*fn)(const char *text, const char *where))
{
	for (size_t i = 0; i < content_nfaq(c); i++) {
		fn(content_faq(c, i)->question, content_faq(c, i)->id);
		fn(content_faq(c, i)->answer, content_faq(c, i)->id);
	}
	for (size_t i = 0; i < content_nquestions(c); i++) {
		const struct content_question *q = content_question(c, i);
		fn(q->help, q->id);
		for (size_t o = 0; o < q->noptions; o++) {
			fn(q->options[o].label, q->id);
			fn(q->options[o].help ? q->options[o].help : "", q->id);
		}
	}
	for (size_t i = 0; i < content_noutcomes(c); i++) {
		const struct content_outcome *o = content_outcome(c, i);
		fn(o->summary, o->id);
		for (size_t k = 0; k < o->nsteps; k++)
			fn(o->steps[k].text, o->id);
		for (size_t k = 0; k < o->nnotes; k++)
			fn(o->notes[k].text, o->id);
	}
	for (size_t k = 0; k < content_ncommon_notes(c); k++)
		fn(content_common_notes(c)[k].text, "common note");
	for (size_t i = 0; i < content_ncriteria(c); i++) {
		fn(content_criterion(c, i)->met, content_criterion(c, i)->id);
		fn(content_criterion(c, i)->unmet, content_criterion(c, i)->id);
	}
	for (size_t i = 0; i < content_nlevels(c); i++)
		fn(content_level(c, i)->summary, content_level(c, i)->value);
	for (size_t i = 0; i < content_ncontacts(c); i++)
		fn(content_contact(c, i)->about, content_contact(c, i)->id);
}

/* Claims the documents don't make, each with what they do say. */
static void no_overstatement(const char *text, const char *where)
{
	static const char *const claims[] = {
		"three assessment stages",          /* "a series of assessment stages, including" */
		"You would do routine PSO tasks",   /* said of PQiP learners in the NPS */
		"sets out the requirements",        /* the LAURUS page links to them */
		"level above Level 7",              /* the documents don't say */
		"opens a shorter way",              /* nor this */
		"provider of the knowledge modules", /* providers for the access routes */
		"on the recruitment website",       /* "this website", never named */
		"(VQ3), is suitable",               /* the induction's VQ is not said to be the VQ3 */
		"Probation Service Officer PQiP",   /* one name for the role */
		"permanent Probation Service Officer",
		"universities can advise",          /* advice of ours: "you could ask" */
		"qualification has one",            /* "within Community Justice Learning" */
		"This counts as experience",        /* this advisor counts it so */
		"the recruitment website",          /* "this website", never named */
		"current intake",                   /* "this intake", never dated */
		"lead to this Level 5",             /* the FAQ's Level 5 VQ is never named the diploma */
		"the academic learning leads",      /* the whole PQiP leads to Honours Degree Level 6 */
		"The one route",                    /* "a number of routes" */
		"From there, the short Level 4",    /* the induction's VQ is not said to be relevant */
		"a Level 5 step comes before",      /* the LAURUS page says VQ4 entrants can apply */
		"no examples for other levels",     /* it gives Levels 5, 6 and 7 */
	};
	for (size_t i = 0; i < sizeof claims / sizeof *claims; i++)
		cr_expect(!strstr(text, claims[i]), "%s says \"%s\"", where, claims[i]);
}

Test(content, says_no_more_than_the_documents)
{
	each_text(shipped_content(), no_overstatement);
}
