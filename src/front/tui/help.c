/* tui/help: the keys, generated from the same table the handlers use. */
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "lang.h"
#include "tui.h"

#define KEYS_WIDTH 22


/* Keys in a column, help beside them; keys too long for the column get a line of their own. */
static void keyed_row(struct pane *p, const char *keys, const char *help)
{
	char prefix[160];
	int w = text_width(keys, strlen(keys));
	if (w >= KEYS_WIDTH) {
		pane_add(p, PANE_TEXT, PANE_NONE, 2, NULL, keys);
		pane_add(p, PANE_TEXT, PANE_NONE, 2 + KEYS_WIDTH, NULL, help);
		return;
	}
	snprintf(prefix, sizeof prefix, "%s%*s", keys, KEYS_WIDTH - w, "");
	pane_add(p, PANE_TEXT, PANE_NONE, 2, prefix, help);
}

static bool section_used(unsigned ctx)
{
	for (size_t i = 0; i < tui_nbindings; i++)
		if (tui_bindings[i].ctx == ctx)
			return true;
	return false;
}

/* One row: the keys bound to action a in exactly ctx. */
static void row(struct pane *p, enum tui_action a, unsigned ctx)
{
	char keys[128] = "";
	size_t len = 0;
	for (size_t i = 0; i < tui_nbindings; i++) {
		const struct tui_binding *b = &tui_bindings[i];
		if (b->action != a || b->ctx != ctx)
			continue;
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = tui_bindings[j].action == a && tui_bindings[j].ctx == ctx &&
			       strcmp(tui_bindings[j].keyname, b->keyname) == 0;
		if (seen)
			continue;
		len += (size_t)snprintf(keys + len, sizeof keys - len, "%s%s", len ? ", " : "", _(b->keyname));
		if (len >= sizeof keys)
			len = sizeof keys - 1;
	}
	if (!len)
		return;
	keyed_row(p, keys, _(tui_actions[a].help));
}

static void build(struct tui *t, struct tui_view *v)
{
	struct pane *p = &v->main;
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         _("Keys work as in less and dialog. The line at the bottom of each screen shows the main ones."));
	for (size_t s = 0; s < tui_nctx_words; s++) {
		/* Without a printer, printing is never mentioned. */
		if (tui_ctx_words[s].ctx == TUI_CTX_PRINT && !t->printer)
			continue;
		if (tui_ctx_words[s].heading && section_used(tui_ctx_words[s].ctx)) {
			pane_heading(p, _(tui_ctx_words[s].heading));
		}
		for (int a = TUI_A_NONE + 1; a < TUI_A_COUNT; a++) {
			if (!tui_offers(t, (enum tui_action)a))
				continue;
			row(p, (enum tui_action)a, tui_ctx_words[s].ctx);
		}
	}
	pane_heading(p, _("Also"));
	for (size_t i = 0; i < tui_nkey_notes; i++) {
		if (!t->mouse && strncmp(tui_key_notes[i].keys, "mouse", 5) == 0)
			continue;
		keyed_row(p, _(tui_key_notes[i].keys), _(tui_key_notes[i].help));
	}
	pane_heading(p, _("The window"));
	pane_add(p, PANE_TEXT, PANE_NONE, 0, NULL,
	         _("From 120 columns the help pane sits beside the main one; at 80x24 it sits below. In a "
	           "smaller window one pane is shown at a time: Tab shows the other. Below 40x12 the advisor "
	           "asks you to enlarge the window, and keeps your place."));
}

/* Enter, having read it, goes back too. */
static enum tui_reaction key(struct tui *t, struct tui_view *v, enum tui_action a)
{
	return tui_view_key(t, v, a == TUI_A_ENTER ? TUI_A_BACK : a);
}

static const enum tui_action hints[] = { TUI_A_PGDN, TUI_A_BACK, TUI_A_QUIT, TUI_A_NONE };

const struct tui_screen_ops help_screen = {
	.name = "help", .title = N_("Keys"), .hints = hints,
	.build = build, .key = key,
};
