/*
 * factcheck: the sheet a policy reviewer signs off.  Every statement of the
 * content (each outcome's steps and things to know, the reasons they are
 * decided by, the things to know for everyone, the FAQ answers and the
 * qualification finder's examples) beside the words of the passage it
 * cites, grouped by outcome and by FAQ entry; the advisor's own suggestions
 * listed apart; the sources and the review date at the top.
 *
 * Text for reading or printing; Markdown for a reviewer who comments on it
 * in a merge request or opens it in any editor: headings per outcome and
 * FAQ entry, each passage quoted.  Writes only to the stream it is given.
 */
#ifndef PA_FACTCHECK_H
#define PA_FACTCHECK_H

#include <stdbool.h>
#include <stdio.h>

#include "content.h"

void factcheck_write(const struct content *c, FILE *out, bool markdown);

#endif
