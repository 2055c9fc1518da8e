/* SPDX-License-Identifier: MIT
 * dot_testlib: shared helpers of the DOT exporter tests (see
 * dot_testlib.c). Functions fail the current Check test on problems.
 */
#ifndef SV_DOT_TESTLIB_H
#define SV_DOT_TESTLIB_H

#include <stddef.h>

#include <graphviz/cgraph.h>

#include "scopeviz/export.h"
#include "scopeviz/model.h"

#include "unit_testlib.h"

/* Output capture for sv_write_fn (unit_testlib.h): data is
 * NUL-terminated (realloc'd, free with free()). */
typedef ut_cap out;

void out_write(void *ud, const char *data, size_t len);

/* The DOT of m (caller frees); the test fails if the exporter does. */
char *dot_of(const sv_model *m, const sv_dot_opts *opts);
char *dot_default(const sv_model *m);

/* `dot -Tsvg` accepts the text with nothing on stderr. */
void assert_dot_clean(const char *dot);

/* Reading the DOT back with cgraph (close with agclose). */
Agraph_t *parse(const char *dot);
const char *label_of(void *obj); /* "" when unset */
/* The one node whose label contains needle (and needle2 unless NULL). */
Agnode_t *node_with(Agraph_t *g, const char *needle, const char *needle2);
int count_nodes_with(Agraph_t *g, const char *needle);
/* Innermost cluster holding n, NULL for the root graph. */
Agraph_t *cluster_of_in(Agraph_t *sg, Agnode_t *n);
Agraph_t *cluster_of(Agraph_t *g, Agnode_t *n);
/* First cluster (pre-order) whose label contains needle, or NULL. */
Agraph_t *cluster_with_in(Agraph_t *sg, const char *needle);
int count_clusters(Agraph_t *sg);
/* The edge t -> h, or NULL. */
Agedge_t *edge_between(Agraph_t *g, Agnode_t *t, Agnode_t *h);

#endif
