/* SPDX-License-Identifier: MIT
 * names: `scopeviz names` — one line per variable, in creation order, over
 * all graphs. The simplest golden file for checkpoint-name stability; the
 * format is documented in docs/cli.md ("names format").
 */
#include "scopeviz/export.h"

#include <stdio.h>
#include <string.h>

/* Output goes through a small buffer so 200 000 variables are a few large
 * writes rather than one write per field. */
typedef struct out {
  sv_write_fn write;
  void *ud;
  char buf[8192];
  size_t len;
} out;

static void flush(out *o)
{
  if (o->len) o->write(o->ud, o->buf, o->len);
  o->len = 0;
}

static void put(out *o, const char *s, size_t len)
{
  if (len > sizeof o->buf - o->len) {
    flush(o);
    if (len >= sizeof o->buf) {
      o->write(o->ud, s, len);
      return;
    }
  }
  memcpy(o->buf + o->len, s, len);
  o->len += len;
}

static void puts_(out *o, const char *s)
{
  put(o, s, strlen(s));
}

/* Writes text with each embedded newline continued as "\n# " so that a
 * multi-line message (the "already exists" traceback, §8.7) stays inside
 * the comment. */
static void put_comment_text(out *o, const char *s)
{
  for (const char *p = s; *p; p++) {
    if (*p == '\n') {
      puts_(o, p[1] ? "\n# " : "\n#");
      continue;
    }
    put(o, p, 1);
  }
}

static const char *creator_text(sv_creator c)
{
  return c == SV_CREATOR_GET_VARIABLE ? "tf.get_variable" : "tf.Variable";
}

bool sv_export_names(const sv_model *m, sv_write_fn write, void *ud)
{
  out o = {.write = write, .ud = ud, .len = 0};
  size_t ngraphs = sv_model_graph_count(m);
  char shape[256];
  char numbuf[32];

  for (size_t gi = 0; gi < ngraphs; gi++) {
    const sv_graph *g = sv_model_graph(m, gi);
    size_t nvars = sv_graph_var_count(g);
    /* Only a multi-graph script gets graph headers: the common one-graph
     * file stays a plain list of variables. */
    if (ngraphs > 1) {
      snprintf(numbuf, sizeof numbuf, "%zu", gi);
      puts_(&o, "# graph ");
      puts_(&o, numbuf);
      puts_(&o, "\n");
    }
    for (size_t i = 0; i < nvars; i++) {
      const sv_var *v = sv_graph_var(g, i);
      size_t need = sv_shape_format(&v->shape, shape, sizeof shape);
      puts_(&o, v->name);
      puts_(&o, "  ");
      if (need < sizeof shape) {
        puts_(&o, shape);
      } else {
        /* A shape too long for the stack buffer: format it again on the
         * heap-free path, piecewise. Rare (rank > ~20). */
        char tmp[32];
        puts_(&o, "(");
        for (int32_t d = 0; d < v->shape.rank; d++) {
          if (d) puts_(&o, ", ");
          if (v->shape.dims[d] < 0)
            puts_(&o, "?");
          else {
            snprintf(tmp, sizeof tmp, "%lld", (long long)v->shape.dims[d]);
            puts_(&o, tmp);
          }
        }
        puts_(&o, ")");
      }
      puts_(&o, "  ");
      puts_(&o, sv_dtype_name(v->dtype));
      puts_(&o, "  ");
      puts_(&o, creator_text(v->creator));
      if (!v->trainable) puts_(&o, "  trainable=False");
      puts_(&o, "\n");
    }
  }

  const sv_outcome *oc = sv_model_outcome(m);
  if (oc && oc->end != SV_END_OK) {
    puts_(&o, "# error: ");
    puts_(&o, oc->type ? oc->type : "Error");
    if (oc->message) {
      puts_(&o, ": ");
      put_comment_text(&o, oc->message);
    }
    puts_(&o, "\n");
  }
  flush(&o);
  return true;
}
