/* SPDX-License-Identifier: MIT
 * sv_pyrun: test driver for the interpreter alone — parses and runs one
 * script (no tensorflow binding), printing output to stdout and syntax
 * errors / tracebacks to stderr like the CLI. Exit status as the CLI's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "intern.h"
#include "interp.h"
#include "mem.h"
#include "parser.h"

static void write_out(void *ud, const char *data, size_t len) {
  fwrite(data, 1, len, (FILE *)ud);
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f)
    return NULL;
  sv_buf b;
  sv__buf_init(&b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    sv__buf_append(&b, chunk, n);
  if (f != stdin)
    fclose(f);
  *len = b.len;
  sv__buf_putc(&b, 0);
  return sv__buf_steal(&b);
}

int main(int argc, char **argv) {
  sv_interp_opts opts = {0, 0, 0};
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strncmp(argv[i], "--max-steps=", 12))
      opts.max_steps = strtoull(argv[i] + 12, NULL, 10);
    else if (!strncmp(argv[i], "--max-memory=", 13))
      opts.max_memory = strtoull(argv[i] + 13, NULL, 10);
    else if (!strncmp(argv[i], "--max-depth=", 12))
      opts.max_depth = (uint32_t)strtoul(argv[i] + 12, NULL, 10);
    else if (!strcmp(argv[i], "run"))
      continue;
    else
      path = argv[i];
  }
  if (!path) {
    fprintf(stderr, "usage: sv_pyrun [--max-steps=N] FILE.py\n");
    return 64;
  }
  size_t len;
  char *text = slurp(path, &len);
  if (!text) {
    fprintf(stderr, "sv_pyrun: cannot read %s\n", path);
    return 74;
  }
  const char *tx = text;
  if (len >= 3 && !memcmp(tx, "\xef\xbb\xbf", 3)) {
    tx += 3;
    len -= 3;
  }
  sv_source src;
  sv__source_init(&src, path, tx, len);
  sv_arena *arena = sv__arena_new();
  sv_intern *in = sv__intern_new(arena);
  sv_diags diags = {0};
  int status = 0;
  sv_ast *mod = sv__parse(arena, in, &src, &diags, NULL, NULL);
  if (!mod) {
    sv_buf b;
    sv__buf_init(&b);
    for (size_t i = 0; i < diags.count; i++)
      sv__diag_render(&src, &diags.items[i], &b);
    fputs(sv__buf_cstr(&b), stderr);
    sv__buf_fini(&b);
    status = 2;
  } else {
    sv_interp *I = sv__interp_new(&opts, &src, in, write_out, stdout);
    sv_run_result r = sv__interp_run(I, mod);
    fflush(stdout);
    if (r == SV_RUN_EXCEPTION || r == SV_RUN_LIMIT) {
      fputs(sv__interp_error_text(I), stderr);
      status = r == SV_RUN_EXCEPTION ? 1 : 3;
    } else if (r == SV_RUN_REJECTED) {
      sv_diag d = {SV_DIAG_ERROR, sv__interp_error_loc(I),
                   (char *)sv__interp_error_message(I)};
      sv_buf b;
      sv__buf_init(&b);
      sv__diag_render(&src, &d, &b);
      fputs(sv__buf_cstr(&b), stderr);
      sv__buf_fini(&b);
      status = 2;
    }
    sv__interp_free(I);
  }
  sv__diags_free(&diags);
  sv__intern_free(in);
  sv__arena_free(arena);
  sv__source_fini(&src);
  sv__xfree(text);
  return status;
}
