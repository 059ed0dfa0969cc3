/* tui/save: the dialog that saves the plan to a file the person names
 * (plan_save.c writes it: 0600, never replacing a file without asking).
 * In a kiosk the person names nothing: the plan goes into the spool
 * directory the administrator set, under a new name the program makes up,
 * said until dismissed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plan_save.h"
#include "text.h"
#include "lang.h"
#include "tui.h"

struct save {
	const struct plan *plan;   /* the result's, which outlives the dialog */
	char path[1024];
	size_t len, cur;           /* the name's bytes; the cursor's place in them */
	char dir[1024];            /* where the last plan went, for the next; "" none yet */
	char msg[1200];
	bool error;
};

/* The file's name passed through the frames of the functions a save
 * calls (ours and the C library's), below the caller's: once the save is
 * done, wipe them, so that after "forget me" nothing of it is left. */
static __attribute__((noinline)) void scrub_below(void)
{
	char area[32768];
	explicit_bzero(area, sizeof area);
}

/* A kiosk's save: a new file in the spool directory, under a short name
 * to read out to staff, said in a box that stays until dismissed. */
static void save_spool(struct tui *t, const struct plan *p, const char *spool)
{
	char path[1200];
	int e = plan_save_spool(p, spool, path, sizeof path);
	char said[1400];
	if (e) {
		snprintf(said, sizeof said, _("Your plan could not be saved (%s). Please ask a member of staff."),
		         strerror(e));
	} else {
		const char *name = strrchr(path, '/') + 1, *code = name + 5;
		snprintf(said, sizeof said,
		         _("Your plan is saved as %s. Ask a member of staff for your copy, and tell them its code: "
		           "%c %c %c %c."),
		         name, code[0], code[1], code[2], code[3]);
	}
	confirm_notice(t, e ? _("Not saved") : _("Plan saved"), said);
	explicit_bzero(path, sizeof path);
	explicit_bzero(said, sizeof said);
	scrub_below();
}

void save_open(struct tui *t, const struct plan *p)
{
	if (t->kiosk) {
		const char *spool = t->s->opt ? t->s->opt->spool_dir : NULL;
		if (spool)
			save_spool(t, p, spool);
		else
			tui_message(t, "%s", _("This terminal does not save plans: ask the advisor for a copy."));
		return;
	}
	struct save *s = tui_open(t, TUI_SAVE)->priv;
	s->plan = p;
	/* A name of the day, so the day's second plan is not "already exists";
	 * in the folder the last one went to, else the home directory. */
	const char *home = getenv("HOME");
	plan_save_default(s->dir[0] ? s->dir : home, time(NULL), s->path, sizeof s->path);
	s->len = s->cur = strlen(s->path);
	s->msg[0] = '\0';
	s->error = false;
}

static struct save *state(struct tui *t)
{
	return tui_view(t, TUI_SAVE)->priv;
}

static enum tui_reaction save_write(struct tui *t, bool overwrite);

static enum tui_reaction replace(struct tui *t, void *ctx)
{
	(void)ctx;
	return save_write(t, true);
}

static enum tui_reaction keep(struct tui *t, void *ctx)
{
	(void)ctx;
	snprintf(state(t)->msg, sizeof state(t)->msg, "%s", _("Not saved. Type another name, or press Esc."));
	state(t)->error = false;
	return TUI_R_REDRAW;
}

static enum tui_reaction save_write(struct tui *t, bool overwrite)
{
	struct save *s = state(t);
	char path[1100];
	s->error = true;
	if (s->len == 0) {
		snprintf(s->msg, sizeof s->msg, "%s", _("Type a file name first."));
		return TUI_R_REDRAW;
	}
	if (!plan_save_resolve(s->path, path, sizeof path)) {
		snprintf(s->msg, sizeof s->msg, "%s", _("That file name is too long."));
		return TUI_R_REDRAW;
	}
	int err = 0;
	int r = s->plan ? plan_save_file(s->plan, path, overwrite, &err) : -1;
	if (r == 0) {
		snprintf(s->dir, sizeof s->dir, "%.*s", (int)(strrchr(path, '/') - path), path);
		if (!s->dir[0])
			snprintf(s->dir, sizeof s->dir, "/");
		tui_pop(t);
		tui_message(t, _("Plan saved to %s (only you can read it)."), path);
	} else if (r == 1) {
		char ask[1300];
		snprintf(ask, sizeof ask, _("%s already exists. Replace it with this plan?"), path);
		confirm_open(t, ask, false, replace, keep, NULL);
		explicit_bzero(ask, sizeof ask);
	} else {
		snprintf(s->msg, sizeof s->msg, _("Could not save to %s: %s."), path, plan_save_why(err));
	}
	explicit_bzero(path, sizeof path);
	scrub_below();
	return TUI_R_REDRAW;
}

/* The message, if any, in place of the line about the file; then the name
 * being typed, and the keys. */
static void draw(const struct tui *t, const struct tui_view *v, struct tui_frame *f)
{
	const struct save *s = v->priv;
	struct tui_form fd = { _("Save the plan"), s->msg[0] ? s->msg : _("A text file that only you can read."),
		                _("File name:"), s->path, _("Enter save   Esc cancel   Ctrl-U clear"), s->msg[0] && s->error,
		                &s->cur };
	tui_draw_field(t, &fd, f);
}

static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	struct save *s = v->priv;
	enum tui_field done = tui_field_key(s->path, &s->len, &s->cur, sizeof s->path, a, t->key);
	if (done == TUI_F_ACCEPT)
		return save_write(t, false);
	if (done == TUI_F_CANCEL) {
		tui_pop(t);
		tui_message(t, "%s", _("The plan was not saved."));
	}
	return done == TUI_F_NONE ? TUI_R_NONE : TUI_R_REDRAW;
}

const struct tui_screen_ops save_screen = {
	.name = "save", .private_size = sizeof(struct save), .ctx = TUI_CTX_PROMPT,
	.overlay = true,
	.draw = draw, .key = key,
};
