/* SPDX-License-Identifier: MIT
 * diag: source text with a line index, and diagnostics as data
 * ("file:line:col: error: message" + source line + caret). The library
 * never prints; session.c hands rendered text to the CLI.
 */
#ifndef SV_DIAG_H
#define SV_DIAG_H

#include <stddef.h>
#include <stdint.h>

#include "scopeviz/model.h"

#include "mem.h"

typedef struct sv_source {
  const char *name; /* display name ("model.py", "-" for stdin) */
  const char *text; /* UTF-8, BOM already removed; NUL-terminated */
  size_t len;
  uint32_t *line_starts; /* byte offset of each line; nlines entries */
  uint32_t nlines;
} sv_source;

/* Builds the line index (text is borrowed, must outlive src). */
void sv__source_init(sv_source *src, const char *name, const char *text,
                     size_t len);
void sv__source_fini(sv_source *src);
/* Line `line` (1-based) without its line ending; NULL if out of range. */
const char *sv__source_line(const sv_source *src, uint32_t line,
                            size_t *out_len);

typedef enum sv_severity { SV_DIAG_ERROR, SV_DIAG_NOTE } sv_severity;

typedef struct sv_diag {
  sv_severity sev;
  sv_loc loc;
  char *message; /* owned (sv__xmalloc) */
} sv_diag;

typedef SV_VEC(sv_diag) sv_diags;

void sv__diags_add(sv_diags *d, sv_severity sev, sv_loc loc, const char *fmt,
                   ...) __attribute__((format(printf, 4, 5)));
void sv__diags_free(sv_diags *d);
/* Lines longer than SV_DIAG_MAX_LINE bytes are shown as a window of
 * SV_DIAG_CONTEXT bytes either side of the caret. */
#define SV_DIAG_MAX_LINE 240
#define SV_DIAG_CONTEXT 100

/* Appends "NAME:LINE:COL: error: MESSAGE\n" + the source line + a caret
 * line as wide as loc.len (at least 1, at most SV_DIAG_CONTEXT). */
void sv__diag_render(const sv_source *src, const sv_diag *d, sv_buf *out);

#endif
