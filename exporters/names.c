/* SPDX-License-Identifier: MIT
 * names: `scopeviz names` — one line per variable, in creation order, over
 * all graphs. The simplest golden file for checkpoint-name stability; the
 * format is documented in docs/cli.md ("names format").
 */
#include "scopeviz/export.h"

#include "common.h"

/* Writes text with each embedded newline continued as "\n# " so that a
 * multi-line message (the "already exists" traceback, §8.7) stays inside
 * the comment. */
static void put_comment_text(sv_ex_out *o, const char *s)
{
  for (const char *p = s; *p; p++) {
    if (*p == '\n') {
      sv__ex_puts(o, p[1] ? "\n# " : "\n#");
      continue;
    }
    sv__ex_put(o, p, 1);
  }
}

static const char *creator_text(sv_creator c)
{
  return c == SV_CREATOR_GET_VARIABLE ? "tf.get_variable" : "tf.Variable";
}

bool sv_export_names(const sv_model *m, sv_write_fn write, void *ud)
{
  /* Output goes through a small buffer so 200 000 variables are a few
   * large writes rather than one write per field. */
  char buf[8192];
  sv_ex_out o;
  sv__ex_out_init(&o, write, ud, buf, sizeof buf);
  size_t ngraphs = sv_model_graph_count(m);

  for (size_t gi = 0; gi < ngraphs; gi++) {
    const sv_graph *g = sv_model_graph(m, gi);
    size_t nvars = sv_graph_var_count(g);
    /* Only a multi-graph script gets graph headers: the common one-graph
     * file stays a plain list of variables. */
    if (ngraphs > 1) {
      sv__ex_printf(&o, "# graph %zu\n", gi);
    }
    for (size_t i = 0; i < nvars; i++) {
      const sv_var *v = sv_graph_var(g, i);
      sv__ex_puts(&o, v->name);
      sv__ex_puts(&o, "  ");
      sv__ex_put_shape(&o, &v->shape);
      sv__ex_puts(&o, "  ");
      sv__ex_puts(&o, sv_dtype_name(v->dtype));
      sv__ex_puts(&o, "  ");
      sv__ex_puts(&o, creator_text(v->creator));
      if (!v->trainable) sv__ex_puts(&o, "  trainable=False");
      sv__ex_puts(&o, "\n");
    }
  }

  const sv_outcome *oc = sv_model_outcome(m);
  if (oc && oc->end != SV_END_OK) {
    sv__ex_puts(&o, "# error: ");
    sv__ex_puts(&o, oc->type ? oc->type : "Error");
    if (oc->message) {
      sv__ex_puts(&o, ": ");
      put_comment_text(&o, oc->message);
    }
    sv__ex_puts(&o, "\n");
  }
  sv__ex_flush(&o);
  return true;
}
