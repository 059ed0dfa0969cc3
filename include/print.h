/*
 * print: the plan written to the printer the administrator named, as
 * plain text at the printer's width, with the ESC/POS cut at the end when
 * asked, and a deadline.
 *
 * A print never hangs the session: the printer is opened without waiting
 * (O_NONBLOCK, so a FIFO with no reader or a device that is away fails at
 * once), and written with poll() for a bounded total time, so a printer
 * that is off, out of paper or whose buffer is full costs at most the
 * deadline.  Nothing is created: the printer must be there.  Nothing is
 * written anywhere else.  The person is told what happened, and what to
 * do when it did not print.
 */
#ifndef PA_PRINT_H
#define PA_PRINT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan.h"
#include "session.h"

#define PRINT_DEADLINE_MS 5000
#define PRINT_CUT "\x1d\x56\x41\x00"  /* ESC/POS GS V A 0: feed to the cutter, cut */
#define PRINT_CUT_LEN 4

enum print_status {
	PRINT_OK,
	PRINT_NOT_READY,    /* no one reads the FIFO, or the device is away */
	PRINT_NOT_PRINTER,  /* not a device, a FIFO or a file */
	PRINT_STALLED,      /* the printer took nothing before the deadline */
	PRINT_PARTIAL,      /* it took some, then stopped */
	PRINT_FAILED        /* an error: see err */
};

struct print_result {
	enum print_status status;
	int err;                 /* errno for PRINT_FAILED and PRINT_PARTIAL */
	size_t written, total;   /* bytes */
};

/* The bytes of a print of p: the handout at columns wide, then the cut if
 * asked.  *len gets their number (the cut holds a NUL); NULL when out of
 * memory.  Caller frees. */
char *print_bytes_of(const struct plan *p, int columns, bool cut, size_t *len);
/* Write len bytes to path within deadline_ms milliseconds. */
struct print_result print_write(const char *path, const char *data, size_t len, int deadline_ms);
/* Print p on opt's printer, with its width and cut, within PRINT_DEADLINE_MS. */
struct print_result print_plan(const struct session_options *opt, const struct plan *p);
/* What to tell the person, as full sentences, into buf. */
const char *print_message(const struct print_result *r, char *buf, size_t size);

#endif
