/* terminal: decide, without starting curses, whether curses may try. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "session.h"

bool terminal_can_curses(void)
{
	const char *term = getenv("TERM");
	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && term && *term && strcmp(term, "dumb") != 0;
}
