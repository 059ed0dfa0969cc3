/*
 * config: the configuration files, the administrator's and the person's.
 *
 * The system file (PA_SYSCONFDIR/probation-advisor/config, or --config FILE
 * in its place) belongs to the administrator: only it may turn on kiosk
 * mode and set the admin keys, the idle times, the spool directory and the
 * printer.  The
 * person's file ($XDG_CONFIG_HOME/probation-advisor/config, else
 * ~/.config/...) may set the look and the content directory, and is not
 * read at all in kiosk mode.  Files go through scan_read and scan_check
 * before libconfig sees a byte; every problem, an unknown setting included,
 * is reported as file:line, and any problem at all stops the program: a
 * kiosk must never start unlocked because its file had a typo.
 */
#ifndef PA_CONFIG_H
#define PA_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "session.h"

#define CONFIG_MAX_FILE (64 * 1024)

/* What the files said that the options point into; config_free frees it. */
struct config {
	char *system_content_dir, *user_content_dir, *spool_dir, *printer;
	char *system_file, *user_file;   /* the files read, NULL if none */
};

/* Settle opt from the command line's values already in it and the files:
 * the system file (opt->config, else the default one, which may be absent)
 * and, unless kiosk mode is on, the person's.  In kiosk mode --content is
 * ignored.  False when any problem was added to d. */
bool config_load(struct config *cfg, struct session_options *opt, struct diags *d);
void config_free(struct config *cfg);

/* The default system file, and the person's (NULL when there is no home);
 * the second is written into buf. */
const char *config_system_path(void);
const char *config_user_path(char *buf, size_t size);

/* Parse a key sequence ("Ctrl-X Ctrl-X q", "F12 F12 F12") into keys as
 * session.h names them (no front end's codes); the number of keys, or -1
 * with the problem in *why. */
int config_parse_keys(const char *text, int *keys, int max, const char **why);

#endif
