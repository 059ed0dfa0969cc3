/* tui/contacts: whom to ask. */
#include "tui.h"

static void build(struct tui *t, struct tui_view *v)
{
	pane_add_doc(&v->main, plan_contacts(t->c), false);
}

static const enum tui_action hints[] = { TUI_A_PGDN, TUI_A_BACK, TUI_A_SEARCH, TUI_A_HELP, TUI_A_QUIT,
	                                 TUI_A_NONE };

const struct tui_screen_ops contacts_screen = {
	.name = "contacts", .title = "Contacts", .hints = hints,
	.build = build,
};
