/* terminal: decide, without starting curses, whether curses can run. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "session.h"

bool terminal_can_curses(void)
{
	const char *term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) || !term || !*term ||
	    strcmp(term, "dumb") == 0)
		return false;
	int err = 0;
	/* setupterm, unlike initscr, reports an unknown TERM instead of exiting. */
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	char *cup = tigetstr("cup");
	bool ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}
