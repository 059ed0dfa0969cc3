/* tui/contacts: whom to ask. */
#include "tui.h"

unsigned contacts_ctx(const struct tui *t)
{
	return tui_split_ctx(&t->contacts, 0);
}

void contacts_layout(struct tui *t)
{
	struct pane *p = &t->contacts.main;
	if (!t->contacts.built) {
		pane_clear(p);
		struct plan *doc = plan_contacts(t->c);
		if (doc)
			pane_add_plan(p, doc, false);
		plan_free(doc);
		t->contacts.built = true;
	}
	tui_layout_split(t, TUI_CONTACTS, &t->contacts);
}

void contacts_draw(const struct tui *t, struct tui_frame *f)
{
	static const enum tui_action hints[] = { TUI_A_PGDN, TUI_A_BACK, TUI_A_SEARCH, TUI_A_HELP,
	                                         TUI_A_QUIT, TUI_A_NONE };
	tui_draw_split(t, TUI_CONTACTS, &t->contacts, "Contacts", "", hints, f);
}

enum tui_reaction contacts_key(struct tui *t, enum tui_action a)
{
	bool chosen;
	if (a == TUI_A_BACK) {
		tui_pop(t);
		return TUI_R_REDRAW;
	}
	return tui_split_key(t, TUI_CONTACTS, &t->contacts, a, &chosen);
}
