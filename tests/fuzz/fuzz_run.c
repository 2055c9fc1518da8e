/* SPDX-License-Identifier: MIT
 * fuzz_run: libFuzzer harness for a whole session (issue 5): load, run
 * with small step/memory/depth budgets, then the names, explain, JSON and
 * DOT exporters into a discarding sink (render is left out: Graphviz
 * layout is too slow per input). The JSON of the model is printed twice,
 * by the exporter's splicing printer and by cJSON alone (the hook
 * SCOPEVIZ_JSON_CJSON, exporters/json.c), with internal ops or without,
 * and the two must be the same bytes. Linked with replay_main.c in every
 * build so ctest replays tests/fuzz/regress/run/.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scopeviz/export.h"
#include "scopeviz/scopeviz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Budgets small enough that one input runs in well under a second. */
#define FUZZ_MAX_STEPS 200000u
#define FUZZ_MAX_MEMORY ((size_t)64 << 20)
#define FUZZ_MAX_DEPTH 200u

static void sink(void *ud, const char *data, size_t len)
{
  (void)ud;
  (void)data;
  (void)len;
}

/* The reference printer's output, then the splicing printer's compared
 * with it as it comes. */
typedef struct capture {
  char *buf;
  size_t len, cap, pos;
  bool differs;
} capture;

static void capture_sink(void *ud, const char *data, size_t len)
{
  capture *c = ud;
  if (c->len + len > c->cap) {
    size_t cap = c->cap ? c->cap : 65536;
    while (cap < c->len + len) cap *= 2;
    char *nb = realloc(c->buf, cap);
    if (!nb) abort();
    c->buf = nb;
    c->cap = cap;
  }
  memcpy(c->buf + c->len, data, len);
  c->len += len;
}

static void compare_sink(void *ud, const char *data, size_t len)
{
  capture *c = ud;
  if (len > c->len - c->pos || memcmp(c->buf + c->pos, data, len) != 0)
    c->differs = true;
  else
    c->pos += len;
}

static bool json_both(const sv_model *m, bool internal, capture *c)
{
  sv_json_opts o;
  sv_json_opts_init(&o);
  o.internal_ops = internal;
  c->len = c->pos = 0;
  c->differs = false;
  setenv("SCOPEVIZ_JSON_CJSON", "1", 1);
  bool ok_ref = sv_export_json_opts(m, &o, capture_sink, c);
  unsetenv("SCOPEVIZ_JSON_CJSON");
  bool ok = sv_export_json_opts(m, &o, compare_sink, c);
  return ok == ok_ref && !c->differs && c->pos == c->len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  sv_options opts = {FUZZ_MAX_STEPS, FUZZ_MAX_MEMORY, FUZZ_MAX_DEPTH};
  sv_session *s = sv_session_new(&opts);
  sv_status st = sv_session_load_text(s, "fuzz.py", (const char *)data, size);
  if (st == SV_OK) (void)sv_session_run(s, sink, NULL);
  for (size_t i = 0; i < sv_session_diag_count(s); i++)
    (void)sv_session_diag(s, i);
  (void)sv_session_error_text(s);
  const sv_model *m = sv_session_model(s);
  if (m) {
    (void)sv_export_names(m, sink, NULL);
    (void)sv_export_explain(m, sink, NULL);
    /* with or without internal ops by the input's length: one pair of
     * exports per input keeps the executions per second up */
    capture c = {0};
    if (!json_both(m, size & 1, &c)) abort(); /* the printers differ */
    free(c.buf);
    sv_dot_opts d;
    sv_dot_opts_init(&d);
    d.ops = d.internal_ops = true; /* the most output */
    char *err = NULL;
    (void)sv_export_dot(m, &d, sink, NULL, &err);
    free(err);
  }
  sv_session_free(s);
  return 0;
}
