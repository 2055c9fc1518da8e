/* SPDX-License-Identifier: MIT
 * interp: tree-walking evaluator for the Python subset, with reference-
 * counted values (value.h), Python-exact printing, tracebacks and the
 * step/memory/recursion budgets (script-language.md §6).
 */
#ifndef SV_INTERP_H
#define SV_INTERP_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "diag.h"
#include "intern.h"
#include "value.h"

typedef struct sv_interp_opts {
  uint64_t max_steps;
  size_t max_memory; /* bytes live through mem.c beyond the start */
  uint32_t max_depth;
} sv_interp_opts;

typedef void (*sv_interp_write)(void *ud, const char *data, size_t len);

/* src and in are borrowed and must outlive the interpreter. */
sv_interp *sv__interp_new(const sv_interp_opts *opts, const sv_source *src,
                          sv_intern *in, sv_interp_write write, void *ud);
void sv__interp_free(sv_interp *I); /* frees every object; NULL no-op */

typedef enum sv_run_result {
  SV_RUN_OK,
  SV_RUN_EXCEPTION, /* uncaught exception: traceback in error_text */
  SV_RUN_REJECTED,  /* sv_reject: one diagnostic in reject_diag */
  SV_RUN_LIMIT      /* steps, memory or recursion: message in error_text */
} sv_run_result;

sv_run_result sv__interp_run(sv_interp *I, const sv_ast *module);
/* Traceback ("Traceback (most recent call last):\n  File ...\n...
 * ValueError: msg\n") or limit message. Borrowed. */
const char *sv__interp_error_text(const sv_interp *I);
/* The final exception: type name, message (str(exc)) and location of the
 * innermost script frame; for SV_RUN_REJECTED the diagnostic. */
const char *sv__interp_error_type(const sv_interp *I);
const char *sv__interp_error_message(const sv_interp *I);
sv_loc sv__interp_error_loc(const sv_interp *I);

#endif
