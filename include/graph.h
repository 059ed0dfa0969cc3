/*
 * graph: a picture of the flow.  The questions in order (with the
 * condition each is asked under), the criteria, and the outcomes with the
 * condition each applies under and the criteria it is decided by: as a
 * Graphviz graph (dot), as Mermaid, or as an indented outline a content
 * designer can read with a screen reader.
 */
#ifndef PA_GRAPH_H
#define PA_GRAPH_H

#include <stdbool.h>
#include <stdio.h>

#include "content.h"

/* form: "dot", "mermaid" or "outline"; false for any other. */
bool graph_write(const struct content *c, FILE *out, const char *form);

#endif
