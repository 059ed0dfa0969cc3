/*
 * floor: the least a curses program can do, as the benchmarks' baseline.
 * It starts ncursesw, paints one line, waits for one key and restores the
 * terminal.  Whatever probation-advisor costs beyond this is its own.
 */
#include <curses.h>
#include <locale.h>
#include <stdio.h>

int main(void)
{
	setlocale(LC_ALL, "");
	SCREEN *s = newterm(NULL, stdout, stdin);
	if (!s)
		return 1;
	set_term(s);
	cbreak();
	noecho();
	mvaddstr(0, 0, "floor: one line painted; press a key");
	refresh();
	getch();
	endwin();
	delscreen(s);
	return 0;
}
