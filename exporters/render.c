/* SPDX-License-Identifier: MIT
 * render: `scopeviz render` — the scope diagram of dot.c laid out and
 * rendered in-process with Graphviz's gvc (svg, png, pdf, ...).
 */
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "common.h"
#include "dot.h"

/* Graphviz reports problems through agerr; collect them for *err instead
 * of letting them reach stderr. The handler is process-global (Graphviz's
 * own design), so it is installed only around one render. */
static sv_ex_buf *errors_sink;

static int collect_error(char *msg)
{
  if (errors_sink)
    sv__ex_buf_appends(errors_sink, msg);
  return 0;
}

/* One gvc context per process, freed at exit. Graphviz 2.43's pango
 * plugin caches a pointer to the last font name, which lives in the
 * context's font dictionary: a second context in the same process reads
 * freed memory (found with ASan). Reusing one context keeps the name alive;
 * atexit frees it after the last render. Not thread-safe (neither is
 * Graphviz 2.43). */
static GVC_t *shared_gvc;

static void free_shared_gvc(void)
{
  if (shared_gvc)
    gvFreeContext(shared_gvc);
  shared_gvc = NULL;
}

static GVC_t *gvc_get(void)
{
  if (!shared_gvc) {
    shared_gvc = gvContext();
    if (shared_gvc)
      atexit(free_shared_gvc);
  }
  return shared_gvc;
}

static bool fail(char **err, const char *what, sv_ex_buf *msgs)
{
  if (err) {
    sv_ex_buf b;
    sv__ex_buf_init(&b);
    sv__ex_buf_appends(&b, what);
    if (msgs && msgs->len) {
      sv__ex_buf_appends(&b, ": ");
      size_t len = msgs->len;
      while (len > 0 && msgs->data[len - 1] == '\n')
        len--;
      sv__ex_buf_append(&b, msgs->data, len);
    }
    *err = sv__ex_strdup_for_free(b.data);
    sv__ex_buf_fini(&b);
  }
  return false;
}

/* Formats handed to gvRenderData. Graphviz 2.43 leaks its output buffer
 * when asked for a format it has no renderer for, so unknown names are
 * refused here first. */
static bool known_format(const char *format)
{
  static const char *const formats[] = {"svg", "png", "pdf", "ps",  "eps",
                                        "jpg", "jpeg", "gif", "json", "dot",
                                        "xdot", "plain"};
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
    if (strcmp(format, formats[i]) == 0)
      return true;
  return false;
}

bool sv_export_render(const sv_model *m, const sv_dot_opts *o,
                      const char *format, sv_write_fn write, void *ud,
                      char **err)
{
  if (err)
    *err = NULL;
  if (!format || !format[0])
    format = "svg";
  if (!known_format(format)) {
    sv_ex_buf what;
    sv__ex_buf_init(&what);
    sv__ex_buf_appendf(&what, "graphviz: cannot render format '%s' (use "
                              "svg, png or pdf)", format);
    fail(err, what.data, NULL);
    sv__ex_buf_fini(&what);
    return false;
  }
  Agraph_t *g = sv__dot_graph_new(m, o, err);
  if (!g)
    return false;

  sv_ex_buf msgs;
  sv__ex_buf_init(&msgs);
  errors_sink = &msgs;
  agusererrf saved = agseterrf(collect_error);

  bool ok = false;
  char *data = NULL;
  unsigned int len = 0;
  GVC_t *gvc = gvc_get();
  if (!gvc) {
    fail(err, "graphviz: no context", &msgs);
    goto done;
  }
  if (gvLayout(gvc, g, "dot") != 0) {
    fail(err, "graphviz: layout failed", &msgs);
    goto done;
  }
  if (gvRenderData(gvc, g, format, &data, &len) != 0 || !data) {
    sv_ex_buf what;
    sv__ex_buf_init(&what);
    sv__ex_buf_appendf(&what, "graphviz: cannot render format '%s'", format);
    fail(err, what.data, &msgs);
    sv__ex_buf_fini(&what);
    gvFreeLayout(gvc, g);
    goto done;
  }
  write(ud, data, len);
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  ok = true;

done:
  agseterrf(saved);
  errors_sink = NULL;
  sv__dot_graph_free(g);
  sv__ex_buf_fini(&msgs);
  return ok;
}
