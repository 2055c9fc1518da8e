/* SPDX-License-Identifier: MIT
 * diag: line index and GCC/Clang-style diagnostic rendering.
 */
#include "diag.h"

#include <stdio.h>
#include <string.h>

void sv__source_init(sv_source *src, const char *name, const char *text,
                     size_t len) {
  src->name = name;
  src->text = text;
  src->len = len;
  size_t cap = 64, n = 0;
  uint32_t *starts = sv__xmalloc(cap * sizeof *starts);
  starts[n++] = 0;
  for (size_t i = 0; i < len; i++) {
    bool nl = text[i] == '\n' ||
              (text[i] == '\r' && !(i + 1 < len && text[i + 1] == '\n'));
    if (!nl) continue;
    if (i + 1 >= len) break; /* a final newline starts no new line */
    if (n == cap) {
      cap *= 2;
      starts = sv__xrealloc(starts, cap * sizeof *starts);
    }
    starts[n++] = (uint32_t)(i + 1);
  }
  src->line_starts = starts;
  src->nlines = (uint32_t)n;
}

void sv__source_fini(sv_source *src) {
  sv__xfree(src->line_starts);
  src->line_starts = NULL;
  src->nlines = 0;
}

const char *sv__source_line(const sv_source *src, uint32_t line,
                            size_t *out_len) {
  if (line == 0 || line > src->nlines) return NULL;
  size_t start = src->line_starts[line - 1];
  size_t end = start;
  while (end < src->len && src->text[end] != '\n' && src->text[end] != '\r')
    end++;
  if (out_len) *out_len = end - start;
  return src->text + start;
}

void sv__diags_add(sv_diags *d, sv_severity sev, sv_loc loc, const char *fmt,
                   ...) {
  sv_buf b;
  sv__buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&b, fmt, ap);
  va_end(ap);
  sv_diag diag = {sev, loc, sv__buf_steal(&b)};
  sv__vec_push(d, diag);
}

void sv__diags_free(sv_diags *d) {
  for (size_t i = 0; i < d->count; i++) sv__xfree(d->items[i].message);
  sv__vec_free(d);
}

/* A UTF-8 continuation byte (10xxxxxx). */
static bool is_cont(char c) {
  return ((unsigned char)c & 0xC0) == 0x80;
}

void sv__diag_render(const sv_source *src, const sv_diag *d, sv_buf *out) {
  const char *sev = d->sev == SV_DIAG_ERROR ? "error" : "note";
  if (d->loc.line)
    sv__buf_appendf(out, "%s:%u:%u: %s: %s\n", src->name, d->loc.line,
                    d->loc.col, sev, d->message);
  else
    sv__buf_appendf(out, "%s: %s: %s\n", src->name, sev, d->message);
  size_t len;
  const char *line = sv__source_line(src, d->loc.line, &len);
  if (!line) return;
  size_t col = d->loc.col ? d->loc.col - 1 : 0;
  if (col > len) col = len;
  size_t width = d->loc.len ? d->loc.len : 1;
  if (col + width > len && len > col) width = len - col;
  if (width == 0) width = 1;
  /* A long line (a generated script, a 10 MB literal) is shown as a
   * window around the caret, "..." marking what is left out, so that one
   * diagnostic stays a few lines of text. Cuts fall on UTF-8 character
   * starts. */
  size_t from = 0, to = len;
  if (len > SV_DIAG_MAX_LINE) {
    if (col > SV_DIAG_CONTEXT) from = col - SV_DIAG_CONTEXT;
    if (width > SV_DIAG_CONTEXT) width = SV_DIAG_CONTEXT;
    to = col + width + SV_DIAG_CONTEXT;
    if (to >= len) to = len;
    /* at most 3 bytes back: a character has 4 at most, and invalid
     * UTF-8 (a run of continuation bytes) must not move a cut far */
    for (int k = 0; k < 3 && from > 0 && is_cont(line[from]); k++) from--;
    for (int k = 0; k < 3 && to < len && to > col && is_cont(line[to]); k++)
      to--;
  }
  /* Show the line as is (tabs kept so the caret lines up in a terminal:
   * the caret line copies the tabs of the prefix). */
  sv__buf_appends(out, from ? "  ..." : "  ");
  /* Control bytes (a NUL, ESC, ...) are shown as '?', one for one so the
   * caret still lines up: a rendered diagnostic is a C string printed to a
   * terminal, so a NUL would cut it short and an ESC could drive the
   * terminal (issue 5, tests/bad/nul_bytes). */
  for (size_t i = from; i < to; i++) {
    unsigned char c = (unsigned char)line[i];
    sv__buf_putc(out, (c < 0x20 && c != '\t') || c == 0x7f ? '?' : (char)c);
  }
  if (to < len) sv__buf_appends(out, "...");
  sv__buf_appends(out, from ? "\n     " : "\n  ");
  /* One space per character (UTF-8 continuation bytes take none). */
  for (size_t i = from; i < col; i++)
    if (!is_cont(line[i]))
      sv__buf_putc(out, line[i] == '\t' ? '\t' : ' ');
  sv__buf_putc(out, '^');
  for (size_t i = 1; i < width; i++) sv__buf_putc(out, '~');
  sv__buf_putc(out, '\n');
}
