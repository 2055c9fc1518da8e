/* SPDX-License-Identifier: MIT
 * scopeviz.h: the public entry point. A session loads one TF 1.x script,
 * runs it in the emulated Python subset, and exposes the recorded model
 * (scopeviz/model.h) to exporters (scopeviz/export.h).
 *
 *   sv_session *s = sv_session_new(NULL);
 *   if (sv_session_load_file(s, "model.py") == SV_OK)
 *     sv_session_run(s, write_cb, stdout);
 *   ... sv_session_model(s) ...
 *   sv_session_free(s);
 *
 * The library never prints: script output goes to the write callback,
 * diagnostics and tracebacks are returned as text.
 */
#ifndef SV_SCOPEVIZ_H
#define SV_SCOPEVIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scopeviz/model.h"

#define SV_VERSION "0.1.0"

typedef struct sv_session sv_session;

/* Results, equal to the CLI exit statuses (STYLE.md §5). */
typedef enum sv_status {
  SV_OK = 0,
  SV_EXCEPTION = 1, /* the script raised an uncaught exception */
  SV_REJECTED = 2,  /* syntax error or outside the subset */
  SV_LIMIT = 3,     /* step, memory or recursion limit */
  SV_USAGE = 64,
  SV_INTERNAL = 70,
  SV_IOERR = 74
} sv_status;

typedef struct sv_options {
  uint64_t max_steps;  /* evaluation steps; 0 = default */
  size_t max_memory;   /* bytes of interpreter memory; 0 = default */
  uint32_t max_depth;  /* Python recursion limit; 0 = default (1000) */
} sv_options;

#define SV_DEFAULT_MAX_STEPS ((uint64_t)2000000000)
#define SV_DEFAULT_MAX_MEMORY ((size_t)4 << 30)
#define SV_DEFAULT_MAX_DEPTH 1000u

/* opts may be NULL (defaults). Never returns NULL. */
sv_session *sv_session_new(const sv_options *opts);
void sv_session_free(sv_session *s); /* NULL is a no-op */

/* Loads and parses a script. path "-" reads stdin; display_name (may be
 * NULL = path) is the name used in diagnostics and exports. Returns SV_OK,
 * SV_REJECTED (syntax errors: see the diagnostics), SV_LIMIT (the tokens
 * and syntax tree would take more than the options' max_memory: one
 * diagnostic says so) or SV_IOERR (message in sv_session_error_text). */
sv_status sv_session_load_file(sv_session *s, const char *path);
sv_status sv_session_load_text(sv_session *s, const char *display_name,
                               const char *text, size_t len);

typedef void (*sv_write_fn)(void *ud, const char *data, size_t len);

/* Runs the loaded script; what it prints goes to write(ud, ...). Returns
 * SV_OK, SV_EXCEPTION, SV_REJECTED or SV_LIMIT. The model keeps everything
 * recorded up to the point where the run stopped. */
sv_status sv_session_run(sv_session *s, sv_write_fn write, void *ud);

/* Rendered diagnostics ("file:line:col: error: msg\n  source\n  ^\n"),
 * one string per diagnostic, for syntax errors and rejections. */
size_t sv_session_diag_count(const sv_session *s);
const char *sv_session_diag(const sv_session *s, size_t i);
/* After SV_EXCEPTION: the Python-style traceback ending in
 * "ValueError: message\n"; after SV_LIMIT or SV_IOERR: the message.
 * "" otherwise. Borrowed. */
const char *sv_session_error_text(const sv_session *s);

/* The recorded model (valid until sv_session_free). NULL before a
 * successful load. */
const sv_model *sv_session_model(const sv_session *s);

const char *sv_version(void);

#endif
