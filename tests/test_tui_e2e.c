/*
 * The curses front end, end to end: the real program in a pseudo-terminal,
 * read back through libvterm, driven by the keys a person would press.
 * Questions, answers and headlines come from the content itself, so the
 * tests follow the content's wording wherever it changes.
 */
#include <criterion/criterion.h>
#include <ctype.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "content.h"
#include "kit.h"
#include "plant.h"
#include "rules.h"
#include "util.h"
#include "vt.h"

#define WAIT 8000
#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })
#define CONTENT_ARGS ARGS("--content", "content")

/* The shipped content, as the program started with --content content has it. */
static const struct content *content;

static void load(void)
{
	content = kit_content();
}

#define SEE(vt, text)                                                                        \
	cr_assert(vt_wait((vt), (text), WAIT), "expected \"%s\" on the screen:%s", (text), vt_dump(vt))

static struct vt *start(int rows, int cols, const char *const *env)
{
	struct vt *vt = vt_start(rows, cols, CONTENT_ARGS, env);
	cr_assert_not_null(vt, "cannot start %s", pa_bin());
	SEE(vt, "Check my eligibility");
	return vt;
}

/* ---- walking the flow ---- */

static void see_question(struct vt *vt, int q)
{
	char buf[64];
	SEE(vt, kit_prefix(content_question(content, (size_t)q)->text, 30, buf));
}

static void choose(struct vt *vt, int q, int option)
{
	char buf[64];
	const char *label = kit_prefix(content_question(content, (size_t)q)->options[option].label, 25, buf);
	see_question(vt, q);
	cr_assert(vt_pick(vt, label, true), "cannot pick \"%s\":%s", label, vt_dump(vt));
}

/* From the main menu, answer every question the flow asks with want[]. */
static void walk(struct vt *vt, const int *want)
{
	size_t n = content_nquestions(content);
	int *a = malloc(n * sizeof *a), *eff = malloc(n * sizeof *eff);
	for (size_t i = 0; i < n; i++)
		a[i] = COND_UNSET;
	vt_pick(vt, "Check my eligibility", true);
	for (;;) {
		struct rules_flow rp;
		rules_flow(content, a, eff, &rp);
		if (rp.next == RULES_NONE)
			break;
		a[rp.next] = want[rp.next];
		choose(vt, rp.next, want[rp.next]);
	}
	free(a);
	free(eff);
}

static void see_outcome(struct vt *vt, const char *id)
{
	char buf[64];
	const struct content_outcome *o = content_outcome(content, (size_t)content_outcome_index(content, id));
	SEE(vt, "Your result");
	SEE(vt, kit_prefix(o->headline, 40, buf));
}

static void outcome_test(const char *id)
{
	int *want = kit_path_to(id);
	struct vt *vt = start(24, 80, NULL);
	walk(vt, want);
	see_outcome(vt, id);
	/* What to do comes first. */
	SEE(vt, "Next steps");
	/* The review date is on every result, at its end, with the resume
	 * code after it (a page up, where the sources are long). */
	vt_key(vt, VTERM_KEY_END);
	SEE(vt, "Your resume code: ");
	char date[64];
	snprintf(date, sizeof date, "reviewed on %s", content_reviewed(content));
	if (!vt_wait(vt, date, 300))
		vt_key(vt, VTERM_KEY_PAGEUP);
	SEE(vt, date);
	vt_free(vt);
	free(want);
}

TestSuite(tui, .init = load, .fini = kit_content_free, .timeout = 90);

Test(tui, outcome_check_level) { outcome_test("check-level"); }
Test(tui, outcome_experience_first) { outcome_test("experience-first"); }
Test(tui, outcome_pqip_15) { outcome_test("pqip-15"); }
Test(tui, outcome_pqip_15_or_21) { outcome_test("pqip-15-or-21"); }
Test(tui, outcome_pqip_21) { outcome_test("pqip-21"); }
Test(tui, outcome_level5_course) { outcome_test("level5-course"); }
Test(tui, outcome_access_route) { outcome_test("access-route"); }
Test(tui, outcome_ask_provider) { outcome_test("ask-provider"); }
Test(tui, outcome_pso_route) { outcome_test("pso-route"); }

/* Every outcome of the content has a test above. */
Test(tui, every_outcome_is_walked)
{
	static const char *const tested[] = { "check-level", "experience-first", "pqip-15", "pqip-15-or-21",
		                              "pqip-21", "level5-course", "access-route", "ask-provider",
		                              "pso-route" };
	for (size_t i = 0; i < content_noutcomes(content); i++) {
		bool found = false;
		for (size_t k = 0; k < sizeof tested / sizeof tested[0]; k++)
			found |= strcmp(tested[k], content_outcome(content, i)->id) == 0;
		cr_expect(found, "outcome %s has no end-to-end test", content_outcome(content, i)->id);
	}
}

/* ---- back, review, and changing an answer ---- */

static int q_of(const char *id)
{
	int q = content_question_index(content, id);
	cr_assert_geq(q, 0, "no question %s", id);
	return q;
}

static int opt_of(const char *qid, const char *value)
{
	int o = content_option_index(content_question(content, (size_t)q_of(qid)), value);
	cr_assert_geq(o, 0, "no %s=%s", qid, value);
	return o;
}

static const char *label_of(const char *qid, const char *value, char *buf)
{
	return kit_prefix(content_question(content, (size_t)q_of(qid))->options[opt_of(qid, value)].label, 25, buf);
}

Test(tui, back_goes_to_the_previous_question_with_its_answer)
{
	char buf[64], line[64];
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	choose(vt, q_of("role"), opt_of("role", "other"));
	choose(vt, q_of("experience"), opt_of("experience", "yes"));
	see_question(vt, q_of("level"));
	vt_key(vt, VTERM_KEY_ESCAPE);
	see_question(vt, q_of("experience"));
	snprintf(line, sizeof line, "(*) %s", label_of("experience", "yes", buf));
	SEE(vt, line);
	/* The cursor sits on the answer given. */
	cr_expect(vt_wait_cursor_row(vt, label_of("experience", "yes", buf), WAIT), "%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_BACKSPACE);
	see_question(vt, q_of("role"));
	vt_key(vt, VTERM_KEY_LEFT);
	SEE(vt, "Main menu");
	/* The menu says so, and back in we carry on where we left off. */
	SEE(vt, "carry on where you left off");
	vt_pick(vt, "Check my eligibility", true);
	see_question(vt, q_of("level"));
	vt_free(vt);
}

Test(tui, review_changes_an_answer_and_keeps_later_ones)
{
	char buf[64];
	int *want = kit_path_to("pqip-15");
	struct vt *vt = start(24, 80, NULL);
	walk(vt, want);
	see_outcome(vt, "pqip-15");
	/* Change the level to 4: the knowledge areas are no longer asked, vq is. */
	vt_char(vt, 'r');
	SEE(vt, "Review your answers");
	cr_assert(vt_pick(vt, kit_prefix(content_question(content, (size_t)q_of("level"))->text, 25, buf), true), "%s",
	          vt_dump(vt));
	see_question(vt, q_of("level"));
	cr_assert(vt_pick(vt, label_of("level", "4", buf), true), "%s", vt_dump(vt));
	if (want[q_of("experience")] >= 0 || want[q_of("role")] >= 0)
		choose(vt, q_of("vq"), opt_of("vq", "none"));
	see_outcome(vt, "ask-provider");
	/* And back to 6: the four areas answered before still apply. */
	vt_char(vt, 'r');
	SEE(vt, "Review your answers");
	cr_assert(vt_pick(vt, kit_prefix(content_question(content, (size_t)q_of("level"))->text, 25, buf), true), "%s",
	          vt_dump(vt));
	see_question(vt, q_of("level"));
	cr_assert(vt_pick(vt, label_of("level", "6", buf), true), "%s", vt_dump(vt));
	see_outcome(vt, "pqip-15");
	vt_free(vt);
	free(want);
}

/* ---- the qualification finder ---- */

static const char *example_of(const char *value)
{
	for (size_t i = 0; i < content_nlevels(content); i++) {
		const struct content_level *l = content_level(content, i);
		if (strcmp(l->value, value) == 0 && l->nexamples > 0)
			return l->examples[0];
	}
	cr_assert_fail("no example at level %s", value);
	return NULL;
}

/* The finder of the level question, for a PSO or for someone else with experience. */
static struct vt *at_the_finder(bool pso)
{
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	choose(vt, q_of("role"), opt_of("role", pso ? "pso" : "other"));
	if (!pso)
		choose(vt, q_of("experience"), opt_of("experience", "yes"));
	see_question(vt, q_of("level"));
	cr_assert(vt_pick(vt, "Not sure?", true), "%s", vt_dump(vt));
	SEE(vt, "Qualification finder");
	return vt;
}

Test(tui, finder_takes_the_level_of_a_qualification)
{
	char buf[64], line[64];
	struct vt *vt = at_the_finder(false);
	cr_assert(vt_pick(vt, kit_prefix(example_of("5"), 20, buf), false), "%s", vt_dump(vt));
	SEE(vt, "Level 5");
	SEE(vt, "as your answer");
	vt_key(vt, VTERM_KEY_ENTER);
	see_question(vt, q_of("area.crime"));
	/* The level question shows the answer the finder gave. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	see_question(vt, q_of("level"));
	snprintf(line, sizeof line, "(*) %s", label_of("level", "5", buf));
	SEE(vt, line);
	/* Still don't know: that is an answer too. */
	cr_assert(vt_pick(vt, "Not sure?", true), "%s", vt_dump(vt));
	SEE(vt, "Qualification finder");
	cr_assert(vt_pick(vt, "still don't know", true), "%s", vt_dump(vt));
	see_outcome(vt, "check-level");
	vt_free(vt);
}

Test(tui, finder_narrows_as_you_type_and_labels_the_general_guide)
{
	struct vt *vt = at_the_finder(false);
	SEE(vt, "Master's degree");
	/* A letter opens the prompt; what is typed narrows the list. */
	vt_send(vt, "hnc");
	SEE(vt, "Find: hnc");
	SEE(vt, "Higher National Certificate (HNC) (general guide)");
	cr_expect(vt_wait_gone(vt, "Master's degree", WAIT), "the list is not narrowed:%s", vt_dump(vt));
	SEE(vt, "not a PQiP document");
	/* Enter ends typing, Enter again takes the level. */
	vt_key(vt, VTERM_KEY_ENTER);
	vt_settle(vt, 100, WAIT);
	vt_key(vt, VTERM_KEY_ENTER);
	see_question(vt, q_of("vq"));
	choose(vt, q_of("vq"), opt_of("vq", "none"));
	see_outcome(vt, "ask-provider");
	/* A fact about the person is not "Met" (in Why, after the steps). */
	for (int i = 0; i < 6 && !vt_wait(vt, "About you", 300); i++)
		vt_key(vt, VTERM_KEY_PAGEDOWN);
	SEE(vt, "About you: Your highest qualification is at Level 4.");
	for (int i = 0; i < 8 && !vt_wait(vt, "Met: Practice experience", 300); i++)
		vt_key(vt, VTERM_KEY_DOWN);
	SEE(vt, "Met: Practice experience");
	vt_free(vt);
}

Test(tui, finder_find_is_cleared_by_escape)
{
	struct vt *vt = at_the_finder(true);
	vt_send(vt, "/gcse");
	SEE(vt, "Level 2: GCSE at grades 9 to 4");
	cr_expect(vt_wait_gone(vt, "Master's degree", WAIT), "%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "Master's degree");
	cr_expect(vt_wait_gone(vt, "Find: gcse", WAIT), "%s", vt_dump(vt));
	vt_free(vt);
}

/* Every letter types, even those that are keys elsewhere: g (top), L
 * (Welsh), q (quit), k (up). */
Test(tui, finder_takes_every_letter_as_typed)
{
	struct vt *vt = at_the_finder(false);
	vt_send(vt, "gcse");
	SEE(vt, "Find: gcse");
	SEE(vt, "GCSE at grades 9 to 4");
	vt_key(vt, VTERM_KEY_ESCAPE);
	cr_expect(vt_wait_gone(vt, "Find: gcse", WAIT), "%s", vt_dump(vt));
	vt_send(vt, "Level 4 qk");
	SEE(vt, "Find: Level 4 qk");
	SEE(vt, "Qualification finder");
	cr_expect_not(vt_wait(vt, "Quit the advisor?", 200), "q asked to quit: %s", vt_dump(vt));
	vt_free(vt);
}

Test(tui, explain_shows_what_counts)
{
	char buf[64];
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	see_question(vt, q_of("role"));
	cr_assert(vt_pick(vt, "Not sure? Explain", true), "%s", vt_dump(vt));
	SEE(vt, "The answers");
	SEE(vt, kit_prefix(content_question(content, (size_t)q_of("role"))->help, 25, buf));
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "Question 1 of");
	vt_free(vt);
}

/* ---- the result's FAQ links, and the FAQ search ---- */

Test(tui, a_related_faq_entry_opens_and_back_returns_to_the_result)
{
	int *want = kit_path_to("pqip-21");
	struct vt *vt = start(24, 80, NULL);
	walk(vt, want);
	see_outcome(vt, "pqip-21");
	for (int i = 0; i < 40 && !vt_wait_cursor_row(vt, "FAQ: ", 200); i++)
		vt_key(vt, VTERM_KEY_DOWN);
	char row[4096];
	int r, c;
	vt_cursor(vt, &r, &c);
	vt_row(vt, r, row, sizeof row);
	const char *q = strstr(row, "FAQ: ");
	cr_assert_not_null(q, "no FAQ link selected:%s", vt_dump(vt));
	char title[32];
	kit_prefix(q + 5, 20, title);
	vt_key(vt, VTERM_KEY_ENTER);
	SEE(vt, "FAQ");
	SEE(vt, "Answer");
	SEE(vt, title);
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "Your result");
	cr_expect(vt_wait_cursor_row(vt, title, WAIT), "the result lost its place:%s", vt_dump(vt));
	vt_free(vt);
	free(want);
}

static const char *find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

/* A word that occurs once in the whole FAQ, in an answer, never in a question. */
static int rare_word(char *word, size_t size)
{
	for (size_t i = 0; i < content_nfaq(content); i++) {
		const char *s = content_faq(content, i)->answer;
		while (*s) {
			while (*s && !isalpha((unsigned char)*s))
				s++;
			size_t n = 0;
			while (isalpha((unsigned char)s[n]))
				n++;
			if (n >= 7 && n < size) {
				snprintf(word, n + 1, "%s", s);
				size_t count = 0;
				for (size_t k = 0; k < content_nfaq(content); k++) {
					const char *parts[2] = { content_faq(content, k)->question, content_faq(content, k)->answer };
					for (int p = 0; p < 2; p++)
						for (const char *t = parts[p]; (t = find_ci(t, word)); t++)
							count += p == 1 ? 1 : 100;
				}
				if (count == 1)
					return (int)i;
			}
			s += n;
		}
	}
	cr_assert_fail("no word occurs only once in the FAQ");
	return -1;
}

Test(tui, faq_search_finds_a_word_from_an_answer)
{
	char word[64], buf[64];
	int entry = rare_word(word, sizeof word);
	struct vt *vt = start(24, 80, NULL);
	/* From the question screen: / searches the FAQ from anywhere. */
	vt_pick(vt, "Check my eligibility", true);
	see_question(vt, q_of("role"));
	vt_char(vt, '/');
	SEE(vt, "Search:");
	for (const char *p = word; *p; p++)
		vt_char(vt, (uint32_t)tolower((unsigned char)*p));
	SEE(vt, "match 1 of 1");
	SEE(vt, kit_prefix(content_faq(content, (size_t)entry)->question, 30, buf));
	SEE(vt, word);
	vt_key(vt, VTERM_KEY_ENTER);
	SEE(vt, "n next");
	vt_char(vt, 'n');
	SEE(vt, "wrapped");
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "Enter choose");
	cr_expect(vt_wait_gone(vt, "match 1 of 1", WAIT), "%s", vt_dump(vt));
	/* Back to where the search began. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "Question 1 of");
	vt_free(vt);
}

/* ---- the window ---- */

Test(tui, resize_keeps_the_screen_selection_and_answers)
{
	char buf[64], line[64];
	struct vt *vt = start(40, 120, NULL);
	vt_pick(vt, "Check my eligibility", true);
	choose(vt, q_of("role"), opt_of("role", "other"));
	choose(vt, q_of("experience"), opt_of("experience", "yes"));
	see_question(vt, q_of("level"));
	const char *six = label_of("level", "6", buf);
	cr_assert(vt_pick(vt, six, false));
	/* Wide: the help pane is beside the question. */
	SEE(vt, "\xe2\x94\x82 Help");
	vt_resize(vt, 24, 80);
	SEE(vt, "\xe2\x94\x80 Help \xe2\x94\x80");
	cr_expect(vt_wait_cursor_row(vt, six, WAIT), "80x24 lost the selection:%s", vt_dump(vt));
	vt_resize(vt, 10, 30);
	SEE(vt, "enlarge");
	vt_resize(vt, 12, 40);
	cr_expect(vt_wait_cursor_row(vt, "Level 6", WAIT), "40x12 lost the selection:%s", vt_dump(vt));
	vt_resize(vt, 40, 120);
	see_question(vt, q_of("level"));
	cr_expect(vt_wait_cursor_row(vt, six, WAIT), "120x40 lost the selection:%s", vt_dump(vt));
	SEE(vt, "Question 3 of");
	/* The answers are all there. */
	vt_key(vt, VTERM_KEY_ESCAPE);
	snprintf(line, sizeof line, "(*) %s", label_of("experience", "yes", buf));
	SEE(vt, line);
	vt_free(vt);
}

Test(tui, compact_window_shows_one_pane_at_a_time)
{
	struct vt *vt = start(12, 40, NULL);
	SEE(vt, "Main menu");
	vt_pick(vt, "Check my eligibility", true);
	SEE(vt, "Question 1 of");
	vt_send(vt, "\t");
	SEE(vt, "Help");
	SEE(vt, "About this question");
	vt_send(vt, "\t");
	SEE(vt, "Question 1 of");
	vt_free(vt);
}

/* ---- terminal manners ---- */

static int selected_row(struct vt *vt)
{
	int r, c;
	vt_cursor(vt, &r, &c);
	return r;
}

Test(tui, colour_by_default)
{
	struct vt *vt = start(24, 80, NULL);
	vt_settle(vt, 100, 2000);
	cr_expect(vt_any_color(vt), "no colour on a colour terminal:%s", vt_dump(vt));
	vt_free(vt);
}

static void monochrome(const char *const *args, const char *const *env)
{
	struct vt *vt = vt_start(24, 80, args, env);
	cr_assert_not_null(vt);
	SEE(vt, "Check my eligibility");
	vt_settle(vt, 100, 2000);
	cr_expect_not(vt_any_color(vt), "colour despite NO_COLOR / --no-color:%s", vt_dump(vt));
	/* The selection stays visible: the cursor's row is in reverse video. */
	cr_expect(vt_wait_cursor_row(vt, "Check my eligibility", WAIT), "%s", vt_dump(vt));
	int r = selected_row(vt);
	cr_expect(vt_cell_reverse(vt, r, 5), "the selection is not visible without colour:%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_DOWN);
	cr_expect(vt_wait_cursor_row(vt, "Browse the FAQ", WAIT), "%s", vt_dump(vt));
	cr_expect(vt_cell_reverse(vt, selected_row(vt), 5));
	cr_expect_not(vt_cell_reverse(vt, r, 5), "the old selection is still shown");
	vt_free(vt);
}

Test(tui, no_color_environment)
{
	monochrome(CONTENT_ARGS, ARGS("NO_COLOR=1"));
}

Test(tui, no_color_option)
{
	monochrome(ARGS("--content", "content", "--no-color"), NULL);
}

Test(tui, lang_c_is_plain_ascii)
{
	struct vt *vt = start(24, 80, ARGS("LANG=C", "LC_ALL=C"));
	vt_pick(vt, "Check my eligibility", true);
	SEE(vt, "-- Help ---");
	vt_settle(vt, 100, 2000);
	cr_expect(vt_all_ascii(vt), "non-ASCII in the C locale:%s", vt_dump(vt));
	vt_free(vt);
}

/* ---- saving the plan ---- */

static bool no_temp_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool ok = true;
	while (d && (e = readdir(d)))
		if (e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			ok = false;
	if (d)
		closedir(d);
	return ok;
}

Test(tui, save_the_plan)
{
	char *home = scratch_dir(), env[1100], path[1100], buf[64], name[64];
	snprintf(env, sizeof env, "HOME=%s", home);
	time_t now = time(NULL);
	strftime(name, sizeof name, "probation-plan-%Y-%m-%d.txt", localtime(&now));
	snprintf(path, sizeof path, "%s/%s", home, name);
	int *want = kit_path_to("access-route");
	struct vt *vt = start(24, 80, ARGS(env));
	walk(vt, want);
	see_outcome(vt, "access-route");

	vt_char(vt, 's');
	SEE(vt, "Save the plan");
	SEE(vt, name);
	vt_key(vt, VTERM_KEY_ENTER);
	SEE(vt, "Plan saved to");
	struct stat st;
	cr_assert_eq(stat(path, &st), 0, "no file at %s:%s", path, vt_dump(vt));
	cr_expect_eq(st.st_mode & 0777, 0600, "mode %o", st.st_mode & 0777);
	char *text = get_file(path, NULL);
	const struct content_outcome *o = content_outcome(content, (size_t)content_outcome_index(content, "access-route"));
	cr_expect(strstr(text, kit_prefix(o->headline, 40, buf)) != NULL, "the plan lacks its headline:\n%s", text);
	cr_expect(strstr(text, content_reviewed(content)) != NULL, "the plan lacks the review date");
	free(text);

	/* Again: it asks first, and "no" leaves the file alone. */
	cr_assert_eq(truncate(path, 0), 0);
	vt_char(vt, 's');
	SEE(vt, "Save the plan");
	vt_key(vt, VTERM_KEY_ENTER);
	SEE(vt, "already exists");
	vt_char(vt, 'n');
	SEE(vt, "Not saved");
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_size, 0, "the file was overwritten without asking");
	vt_key(vt, VTERM_KEY_ENTER);
	SEE(vt, "already exists");
	vt_char(vt, 'y');
	SEE(vt, "Plan saved to");
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_gt(st.st_size, 0, "yes did not replace the file");
	cr_expect_eq(st.st_mode & 0777, 0600);

	/* A place it cannot go: it says why. */
	vt_char(vt, 's');
	SEE(vt, "Save the plan");
	vt_send(vt, "\x15");
	vt_send(vt, "/nonexistent-dir/plan.txt\r");
	SEE(vt, "Could not save");
	SEE(vt, "No such file");
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "not saved");
	cr_expect(no_temp_files(home), "a temporary file was left in %s", home);
	vt_free(vt);
	free(want);
	free(home);
}

/* ---- help, quitting, hanging up ---- */

Test(tui, help_screen_lists_the_keys)
{
	struct vt *vt = start(40, 120, NULL);
	vt_char(vt, '?');
	SEE(vt, "Keys");
	SEE(vt, "Up, k");
	SEE(vt, "PgDn");
	SEE(vt, "space");
	SEE(vt, "Esc, Backspace");
	vt_key(vt, VTERM_KEY_ESCAPE);
	SEE(vt, "Main menu");
	vt_key(vt, VTERM_KEY_FUNCTION(1));
	SEE(vt, "Everywhere");
	vt_free(vt);
}

Test(tui, quit_asks_first)
{
	struct vt *vt = start(24, 80, NULL);
	vt_char(vt, 'q');
	SEE(vt, "Quit the advisor?");
	vt_char(vt, 'n');
	cr_expect(vt_wait_gone(vt, "Quit the advisor?", WAIT));
	vt_char(vt, 'q');
	SEE(vt, "Quit the advisor?");
	vt_char(vt, 'y');
	cr_expect_eq(vt_exit(vt, WAIT), 0, "%s", vt_dump(vt));
	vt_free(vt);
}

Test(tui, levels_screen_opens_with_the_contents_intro)
{
	/* What the levels are and which the PQiP needs is content: an edit to
	 * levels.cfg's intro shows on the screen (the English alone: the
	 * Welsh would rightly refuse the English's new number). */
	char *dir = plant_copy_english();
	plant(dir, "levels.cfg", "The PQiP needs Level 5 or \"", "The PQiP needs Level 6 or \"");
	struct vt *vt = vt_start(24, 80, ARGS("--content", dir), NULL);
	cr_assert(vt_pick(vt, "Qualification levels", true));
	SEE(vt, "The PQiP needs Level 6");
	vt_free(vt);
	scratch_free(dir);
}

Test(tui, levels_contacts_about)
{
	char buf[64];
	struct vt *vt = start(24, 80, NULL);
	cr_assert(vt_pick(vt, "Qualification levels", true));
	SEE(vt, content_level(content, 0)->name);
	/* The general guide's examples too, labelled with their source. */
	cr_assert(vt_pick(vt, "Below Level 3", false), "%s", vt_dump(vt));
	SEE(vt, "From the General guide to qualification levels");
	SEE(vt, "GCSE at grades 9 to 4");
	vt_key(vt, VTERM_KEY_ESCAPE);
	cr_assert(vt_pick(vt, "Routes and qualifications", true));
	/* Routes by name: a headline ("You meet ...") would read as the reader's own result. */
	for (size_t i = 0; i < 3; i++)
		SEE(vt, kit_prefix(content_outcome(content, i)->route, 30, buf));
	cr_expect(vt_wait_gone(vt, kit_prefix(content_outcome(content, 2)->headline, 30, buf), 500), "%s",
	          vt_dump(vt));
	vt_key(vt, VTERM_KEY_ESCAPE);
	cr_assert(vt_pick(vt, "Contacts", true));
	SEE(vt, kit_prefix(content_contact(content, 0)->name, 30, buf));
	vt_key(vt, VTERM_KEY_ESCAPE);
	cr_assert(vt_pick(vt, "About this advisor", true));
	SEE(vt, content_reviewed(content));
	SEE(vt, kit_prefix(content_source(content, 0)->title, 30, buf));
	vt_free(vt);
}

Test(tui, hang_up_exits_without_spinning)
{
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	SEE(vt, "Question 1 of");
	int status = vt_hangup(vt, WAIT);
	cr_expect_neq(status, -1, "the program is still running after the terminal went away");
	cr_expect_lt(status, 128, "killed by signal %d", status - 128);
	vt_free(vt);
}

Test(tui, letters_jump_to_options)
{
	char buf[64];
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	see_question(vt, q_of("role"));
	const char *other = label_of("role", "other", buf);
	vt_char(vt, (uint32_t)tolower((unsigned char)other[0]));
	cr_expect(vt_wait_cursor_row(vt, other, WAIT), "%s", vt_dump(vt));
	vt_free(vt);
}

/* Moving the highlight sends a few cells, not the screen; a key that does
 * nothing sends nothing. */
Test(tui, only_changes_are_redrawn)
{
	struct vt *vt = start(24, 80, NULL);
	cr_assert(vt_wait_cursor_row(vt, "Check my eligibility", WAIT));
	vt_settle(vt, 200, 3000);
	size_t before = vt_written(vt);
	vt_key(vt, VTERM_KEY_DOWN);
	cr_assert(vt_wait_cursor_row(vt, "Browse the FAQ", WAIT));
	vt_settle(vt, 200, 3000);
	size_t moved = vt_written(vt) - before;
	/* The two labels, the highlight's attributes and a few moves: a slow
	 * link pays for every byte (bench/ measures it beside dialog). */
	cr_expect_leq(moved, 60, "moving the highlight sent %zu bytes", moved);
	before = vt_written(vt);
	vt_char(vt, 'z'); /* no item starts with z */
	vt_settle(vt, 300, 3000);
	cr_expect_eq(vt_written(vt), before, "a key that changes nothing redrew the screen");
	vt_free(vt);
}

/* The row on which text is shown, or -1. */
static int row_of(struct vt *vt, const char *text)
{
	char line[4096];
	for (int r = 0; r < 60; r++) {
		vt_row(vt, r, line, sizeof line);
		if (strstr(line, text))
			return r;
	}
	return -1;
}

Test(tui, mouse_click_selects_and_chooses)
{
	struct vt *vt = start(24, 80, NULL);
	cr_assert(vt_wait_cursor_row(vt, "Check my eligibility", WAIT));
	int r = row_of(vt, "Browse the FAQ");
	cr_assert_geq(r, 0);
	vt_click(vt, r, 6);
	cr_expect(vt_wait_cursor_row(vt, "Browse the FAQ", WAIT), "a click did not select:%s", vt_dump(vt));
	vt_click(vt, r, 6);
	SEE(vt, "Answer");
	/* The wheel scrolls the pane under the pointer. */
	SEE(vt, "1-8/");
	vt_wheel(vt, 3, 10, 1);
	SEE(vt, "4-11/");
	vt_free(vt);
}

/* ---- the main menu ---- */

/* Each item says on its own row what it leads to; the highlight covers the
 * label alone, so that a move rewrites two labels and nothing else. */
Test(tui, the_menu_describes_each_item_and_down_moves_the_highlight)
{
	static const struct {
		const char *label, *about;
	} items[] = { { "Check my eligibility", "Can you apply now" },
		      { "Browse the FAQ", "Questions and answers about the PQiP" },
		      { "Qualification levels", "What each level means" },
		      { "Contacts", "Whom to ask" },
		      { "Quit", "your answers are forgotten" } };
	char line[4096];
	struct vt *vt = start(24, 80, NULL);
	cr_assert(vt_wait_cursor_row(vt, "Check my eligibility", WAIT), "%s", vt_dump(vt));
	vt_settle(vt, 100, 2000);
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		int r = row_of(vt, items[i].label);
		cr_assert_geq(r, 0, "no \"%s\":%s", items[i].label, vt_dump(vt));
		vt_row(vt, r, line, sizeof line);
		const char *about = strstr(line, items[i].about);
		cr_expect(about && about > strstr(line, items[i].label), "\"%s\" is not described beside it:%s",
		          items[i].label, vt_dump(vt));
	}
	int r = selected_row(vt);
	vt_row(vt, r, line, sizeof line);
	int about = (int)(strstr(line, items[0].about) - line), label = (int)(strstr(line, items[0].label) - line);
	cr_expect(vt_cell_reverse(vt, r, label) && vt_cell_reverse(vt, r, label + 19), "%s", vt_dump(vt));
	cr_expect_not(vt_cell_reverse(vt, r, about), "the description is highlighted:%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_DOWN);
	cr_assert(vt_wait_cursor_row(vt, "Browse the FAQ", WAIT), "%s", vt_dump(vt));
	vt_settle(vt, 100, 2000);
	cr_expect(vt_cell_reverse(vt, selected_row(vt), label), "the new selection is not shown:%s", vt_dump(vt));
	cr_expect_not(vt_cell_reverse(vt, r, label), "the old selection is still shown:%s", vt_dump(vt));
	SEE(vt, items[0].about);
	/* Too narrow for them: the labels alone, and the selection kept. */
	vt_resize(vt, 12, 40);
	cr_expect(vt_wait_cursor_row(vt, "Browse the FAQ", WAIT), "%s", vt_dump(vt));
	cr_expect(vt_wait_gone(vt, items[1].about, WAIT), "descriptions on 40 columns:%s", vt_dump(vt));
	vt_free(vt);
}

/* With every question answered, the menu says that the check leads to the result. */
Test(tui, the_menu_says_when_every_question_is_answered)
{
	int *want = kit_path_to("pqip-21");
	struct vt *vt = start(24, 80, NULL);
	cr_expect(vt_wait_gone(vt, "You have", 500), "a fresh start speaks of answers:%s", vt_dump(vt));
	walk(vt, want);
	see_outcome(vt, "pqip-21");
	/* "Main menu", the last link but one. */
	vt_key(vt, VTERM_KEY_END);
	cr_assert(vt_wait_cursor_row(vt, "Finish and forget me", WAIT), "%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_UP);
	cr_assert(vt_wait_cursor_row(vt, "Main menu", WAIT), "%s", vt_dump(vt));
	vt_key(vt, VTERM_KEY_ENTER);
	SEE(vt, "You have answered every question");
	cr_assert(vt_pick(vt, "Check my eligibility", true), "%s", vt_dump(vt));
	SEE(vt, "Your result");
	vt_free(vt);
	free(want);
}

Test(tui, no_mouse_option)
{
	struct vt *vt = vt_start(24, 80, ARGS("--content", "content", "--no-mouse"), NULL);
	SEE(vt, "Check my eligibility");
	cr_assert(vt_wait_cursor_row(vt, "Check my eligibility", WAIT));
	int r = row_of(vt, "Browse the FAQ");
	vt_click(vt, r, 6);
	vt_settle(vt, 300, 2000);
	cr_expect(vt_wait_cursor_row(vt, "Check my eligibility", 500), "a click acted despite --no-mouse:%s",
	          vt_dump(vt));
	vt_free(vt);
}

Test(tui, signals_end_it_cleanly)
{
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	SEE(vt, "Question 1 of");
	vt_signal(vt, SIGTERM);
	cr_expect_eq(vt_exit(vt, WAIT), 1, "SIGTERM should end it with status 1:%s", vt_dump(vt));
	vt_free(vt);
	vt = start(24, 80, NULL);
	vt_send(vt, "\x03"); /* Ctrl-C */
	cr_expect_eq(vt_exit(vt, WAIT), 0, "Ctrl-C should end it with status 0:%s", vt_dump(vt));
	vt_free(vt);
}

Test(tui, start_again_forgets_every_answer)
{
	char buf[64], line[64];
	struct vt *vt = start(24, 80, NULL);
	vt_pick(vt, "Check my eligibility", true);
	choose(vt, q_of("role"), opt_of("role", "other"));
	see_question(vt, q_of("experience"));
	cr_assert(vt_pick(vt, "Start again", true), "%s", vt_dump(vt));
	SEE(vt, "Start again?");
	vt_char(vt, 'y');
	SEE(vt, "forgotten");
	see_question(vt, q_of("role"));
	snprintf(line, sizeof line, "(*) %s", label_of("role", "other", buf));
	cr_expect(vt_wait_gone(vt, line, WAIT), "the answer was kept:%s", vt_dump(vt));
	vt_free(vt);
}
