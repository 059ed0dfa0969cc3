/*
 * plan_save: the plan as a file, for every front end that saves it.  A
 * person's save is 0600, through a temporary file, and never replaces a
 * file unless told to, never writes through a symbolic link or over
 * anything but a file; a kiosk's goes into its spool directory under a
 * new short name that is easy to read out (plan-CODE.txt, the code of
 * letters and digits no one mistakes for another).
 */
#ifndef PA_PLAN_SAVE_H
#define PA_PLAN_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "plan.h"

#define PLAN_SAVE_WIDTH 78
/* Refusals of our own, beside the errno values. */
enum { SAVE_ERR_LINK = -1, SAVE_ERR_DIR = -2, SAVE_ERR_NOT_FILE = -3 };

/* Write p to path: 0 written, 1 the file exists (nothing written, unless
 * overwrite), -1 failed with *err. */
int plan_save_file(const struct plan *p, const char *path, bool overwrite, int *err);
/* Write p to a new file in dir, its path into path; 0, or the errno. */
int plan_save_spool(const struct plan *p, const char *dir, char *path, size_t size);
/* The name offered: probation-plan-YYYY-MM-DD.txt (the day of now) in dir
 * (NULL or "": the working directory). */
void plan_save_default(const char *dir, time_t now, char *out, size_t size);
/* The name as typed, made absolute ("~/" is the home directory). */
bool plan_save_resolve(const char *typed, char *out, size_t size);
/* Why a save failed, as a person reads it. */
const char *plan_save_why(int err);

#endif
