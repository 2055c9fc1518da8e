/* SPDX-License-Identifier: MIT
 * scopeviz/export.h: exporters of the recorded model (scopeviz/model.h).
 * Each writes its whole output through write(ud, data, len) — the CLI
 * collects it in memory (for --check) or in a temporary file renamed into
 * place (-o), so a failed export never leaves a half-written file.
 * Output is a pure function of the model: byte-identical across runs.
 */
#ifndef SV_EXPORT_H
#define SV_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "scopeviz/model.h"
#include "scopeviz/scopeviz.h"

/* `scopeviz names`: one line per variable. */
bool sv_export_names(const sv_model *m, sv_write_fn write, void *ud);

/* `scopeviz explain`: statement by statement, why every name came out as
 * it did. */
bool sv_export_explain(const sv_model *m, sv_write_fn write, void *ud);

/* `scopeviz json`: the whole model, format "scopeviz-model", documented in
 * docs/json-format.md and docs/scopeviz-model.schema.json. */
bool sv_export_json(const sv_model *m, sv_write_fn write, void *ud);

typedef struct sv_json_opts {
  bool internal_ops; /* every variable's internal ops and their scopes as
                        full records (default false: summarised in the
                        variable record) */
} sv_json_opts;

void sv_json_opts_init(sv_json_opts *o);
/* sv_export_json with options; opts NULL means the defaults. */
bool sv_export_json_opts(const sv_model *m, const sv_json_opts *opts,
                         sv_write_fn write, void *ud);

typedef struct sv_dot_opts {
  bool legend;        /* draw the legend (default true) */
  bool ops;           /* user ops (default false) */
  bool internal_ops;  /* Assign/read/Initializer ops (default false) */
  int depth;          /* name-scope depth shown; 0 = unlimited */
  const char *focus;  /* only this name scope's subtree; NULL = all */
  size_t node_budget; /* collapse beyond this many nodes; 0 = default */
  bool group_series;  /* collapse layer_0 ... layer_N (default true) */
} sv_dot_opts;

void sv_dot_opts_init(sv_dot_opts *o);

/* `scopeviz dot`: Graphviz DOT built with cgraph. On failure *err (if
 * non-NULL) receives a message the caller frees with free(). */
bool sv_export_dot(const sv_model *m, const sv_dot_opts *o, sv_write_fn write,
                   void *ud, char **err);

/* `scopeviz render`: laid out and rendered in-process with gvc; format is
 * a Graphviz output format name ("svg", "png", "pdf"). */
bool sv_export_render(const sv_model *m, const sv_dot_opts *o,
                      const char *format, sv_write_fn write, void *ud,
                      char **err);

#endif
