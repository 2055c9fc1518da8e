/* SPDX-License-Identifier: MIT
 * fuzz_run: libFuzzer harness for a whole session (issue 5): load, run
 * with small step/memory/depth budgets, then the names, explain, JSON and
 * DOT exporters into a discarding sink (render is left out: Graphviz
 * layout is too slow per input). Linked with replay_main.c in every build
 * so ctest replays tests/fuzz/regress/run/.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

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
    (void)sv_export_json(m, sink, NULL);
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
