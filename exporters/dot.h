/* SPDX-License-Identifier: MIT
 * dot: builds the scope diagram of a recorded model as a cgraph graph.
 * Shared by sv_export_dot (agwrite) and sv_export_render (gvc layout).
 */
#ifndef SV_EX_DOT_H
#define SV_EX_DOT_H

#include <stdbool.h>

#include <graphviz/cgraph.h>

#include "scopeviz/export.h"

/* The diagram of m as a new root graph (close with sv__dot_graph_free).
 * Object IDs come from a private ID discipline that numbers them in
 * creation order, so agwrite's order (and layout) never depends on string
 * addresses. Returns NULL and sets *err (caller frees with free()) on a bad
 * option (unknown focus scope). */
Agraph_t *sv__dot_graph_new(const sv_model *m, const sv_dot_opts *o,
                            char **err);
void sv__dot_graph_free(Agraph_t *g); /* NULL is a no-op */

#endif
