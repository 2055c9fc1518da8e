/* SPDX-License-Identifier: MIT
 * session: the public entry point (scopeviz.h). Reads the script, parses
 * it (parser.c), runs it (interp.c + tf_builtins.c) against the scope
 * engine (tf.h), and keeps diagnostics, the traceback and the model.
 */
#include "scopeviz/scopeviz.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "intern.h"
#include "interp.h"
#include "mem.h"
#include "parser.h"
#include "tf.h"
#include "tf_builtins.h"

/* Largest script accepted (a 10 MB line must work; this is far above). */
#define SV_MAX_SOURCE ((size_t)256 << 20)

struct sv_session {
  sv_options opts;
  sv_arena *arena;
  sv_intern *intern;
  char *name;     /* display name */
  char *text;     /* script text, BOM removed (sv__xmalloc) */
  size_t len;
  sv_source src;
  bool have_src;
  sv_ast *module; /* NULL until parsed */
  sv_diags diags;
  SV_VEC(char *) rendered; /* rendered diagnostics */
  sv_buf error_text;
  sv_tf *tf;
  bool ran;
};

const char *sv_version(void) {
  return SV_VERSION;
}

sv_session *sv_session_new(const sv_options *opts) {
  sv_session *s = sv__xcalloc(1, sizeof *s);
  if (opts) s->opts = *opts;
  if (!s->opts.max_steps) s->opts.max_steps = SV_DEFAULT_MAX_STEPS;
  if (!s->opts.max_memory) s->opts.max_memory = SV_DEFAULT_MAX_MEMORY;
  if (!s->opts.max_depth) s->opts.max_depth = SV_DEFAULT_MAX_DEPTH;
  s->arena = sv__arena_new();
  s->intern = sv__intern_new(s->arena);
  sv__buf_init(&s->error_text);
  return s;
}

static void reset(sv_session *s) {
  for (size_t i = 0; i < s->rendered.count; i++)
    sv__xfree(s->rendered.items[i]);
  sv__vec_free(&s->rendered);
  sv__diags_free(&s->diags);
  if (s->have_src) sv__source_fini(&s->src);
  s->have_src = false;
  sv__tf_free(s->tf);
  s->tf = NULL;
  sv__xfree(s->text);
  s->text = NULL;
  sv__xfree(s->name);
  s->name = NULL;
  s->module = NULL;
  s->ran = false;
  sv__buf_clear(&s->error_text);
}

void sv_session_free(sv_session *s) {
  if (!s) return;
  reset(s);
  sv__buf_fini(&s->error_text);
  sv__intern_free(s->intern);
  sv__arena_free(s->arena);
  sv__xfree(s);
}

static void render_diags(sv_session *s) {
  for (size_t i = 0; i < s->diags.count; i++) {
    sv_buf b;
    sv__buf_init(&b);
    sv__diag_render(&s->src, &s->diags.items[i], &b);
    sv__vec_push(&s->rendered, sv__buf_steal(&b));
  }
}

sv_status sv_session_load_text(sv_session *s, const char *display_name,
                               const char *text, size_t len) {
  reset(s);
  s->name = sv__xstrdup(display_name ? display_name : "<string>");
  /* A UTF-8 byte order mark is not part of the program (PEP 263). */
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
    text += 3;
    len -= 3;
  }
  s->text = sv__xstrndup(text, len);
  s->len = len;
  sv__source_init(&s->src, s->name, s->text, s->len);
  s->have_src = true;
  s->tf = sv__tf_new(s->name);
  /* testing hook (docs/cli.md): the differential test of compact
   * variables runs every script both ways */
  const char *nc = getenv("SCOPEVIZ_NO_COMPACT");
  if (nc && *nc && strcmp(nc, "0") != 0) sv__tf_set_compact(s->tf, false);
  sv__tf_set_source(s->tf, s->text, s->len);
  /* The parser answers to --max-memory too: no file can make it grow
   * without bound before the interpreter's budget applies. */
  sv_budget budget = {sv__mem_live(), s->opts.max_memory};
  bool limit = false;
  s->module =
      sv__parse(s->arena, s->intern, &s->src, &s->diags, &budget, &limit);
  if (!s->module || s->diags.count) {
    s->module = NULL;
    render_diags(s);
    sv_outcome o = {limit ? SV_END_LIMIT : SV_END_REJECTED,
                    limit ? "LimitError" : "SyntaxError",
                    s->diags.count ? s->diags.items[0].message : "",
                    s->diags.count ? s->diags.items[0].loc : (sv_loc){0},
                    SV_NONE, SV_NONE};
    sv__tf_set_outcome(s->tf, &o);
    return limit ? SV_LIMIT : SV_REJECTED;
  }
  return SV_OK;
}

/* Reads all of f into a new buffer; false with errno set on failure. */
static bool read_all(FILE *f, char **out, size_t *out_len) {
  sv_buf b;
  sv__buf_init(&b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + n > SV_MAX_SOURCE) {
      sv__buf_fini(&b);
      errno = EFBIG;
      return false;
    }
    sv__buf_append(&b, chunk, n);
  }
  if (ferror(f)) {
    int e = errno;
    sv__buf_fini(&b);
    errno = e ? e : EIO;
    return false;
  }
  *out_len = b.len;
  *out = sv__buf_steal(&b);
  return true;
}

sv_status sv_session_load_file(sv_session *s, const char *path) {
  reset(s);
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *f = stdin;
  if (!is_stdin) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
      sv__buf_appendf(&s->error_text,
                      "scopeviz: %s: is a directory, not a script", path);
      return SV_IOERR;
    }
    f = fopen(path, "rb");
    if (!f) {
      sv__buf_appendf(&s->error_text, "scopeviz: cannot open %s: %s", path,
                      strerror(errno));
      return SV_IOERR;
    }
  }
  char *text = NULL;
  size_t len = 0;
  bool ok = read_all(f, &text, &len);
  int e = errno;
  if (!is_stdin) fclose(f);
  if (!ok) {
    sv__buf_appendf(&s->error_text, "scopeviz: cannot read %s: %s",
                    is_stdin ? "standard input" : path,
                    e == EFBIG ? "file too large (limit is 256 MiB)"
                               : strerror(e));
    return SV_IOERR;
  }
  sv_status st = sv_session_load_text(s, path, text, len);
  sv__xfree(text);
  return st;
}

/* The TF error record behind the exception that ended the run: the last
 * uncaught error with the same type and message. */
static void find_error_record(const sv_model *m, const char *type,
                              const char *msg, uint32_t *graph,
                              uint32_t *error) {
  *graph = *error = SV_NONE;
  if (!type || !msg) return;
  for (size_t gi = 0; gi < sv_model_graph_count(m); gi++) {
    const sv_graph *g = sv_model_graph(m, gi);
    for (size_t i = 0; i < sv_graph_error_count(g); i++) {
      const sv_error *e = sv_graph_error(g, i);
      if (!e->caught && strcmp(e->type, type) == 0 &&
          strcmp(e->message, msg) == 0) {
        *graph = (uint32_t)gi;
        *error = (uint32_t)i;
      }
    }
  }
}

sv_status sv_session_run(sv_session *s, sv_write_fn write, void *ud) {
  if (!s->module || s->ran) return s->module ? SV_INTERNAL : SV_REJECTED;
  s->ran = true;
  sv_interp_opts io = {s->opts.max_steps, s->opts.max_memory,
                       s->opts.max_depth};
  sv_interp *I = sv__interp_new(&io, &s->src, s->intern, write, ud);
  sv__tf_builtins_install(I, s->tf);
  sv_run_result r = sv__interp_run(I, s->module);
  sv_status st = SV_OK;
  sv_outcome o = {SV_END_OK, NULL, NULL, {0}, SV_NONE, SV_NONE};
  switch (r) {
    case SV_RUN_OK:
      break;
    case SV_RUN_EXCEPTION:
    case SV_RUN_LIMIT:
      st = r == SV_RUN_EXCEPTION ? SV_EXCEPTION : SV_LIMIT;
      o.end = r == SV_RUN_EXCEPTION ? SV_END_EXCEPTION : SV_END_LIMIT;
      o.type = sv__interp_error_type(I);
      o.message = sv__interp_error_message(I);
      o.loc = sv__interp_error_loc(I);
      if (r == SV_RUN_LIMIT && strcmp(o.type, "LimitError") == 0 &&
          o.loc.line) {
        /* A budget ran out: say where, as a diagnostic (a RecursionError
         * keeps its Python traceback). */
        const char *m = o.message;
        if (strncmp(m, "scopeviz: ", 10) == 0) m += 10;
        sv_diag d = {SV_DIAG_ERROR, o.loc, sv__xstrdup(m)};
        sv__diag_render(&s->src, &d, &s->error_text);
        sv__xfree(d.message);
      } else {
        sv__buf_appends(&s->error_text, sv__interp_error_text(I));
      }
      find_error_record(sv__tf_model(s->tf), o.type, o.message, &o.graph,
                        &o.error);
      break;
    case SV_RUN_REJECTED: {
      st = SV_REJECTED;
      o.end = SV_END_REJECTED;
      o.type = "NotEmulated";
      o.message = sv__interp_error_message(I);
      o.loc = sv__interp_error_loc(I);
      sv_diag d = {SV_DIAG_ERROR, o.loc, sv__xstrdup(o.message)};
      sv_buf b;
      sv__buf_init(&b);
      sv__diag_render(&s->src, &d, &b);
      sv__vec_push(&s->rendered, sv__buf_steal(&b));
      sv__xfree(d.message);
      break;
    }
  }
  sv__tf_set_outcome(s->tf, &o); /* copies the strings */
  sv__interp_free(I);
  return st;
}

size_t sv_session_diag_count(const sv_session *s) {
  return s->rendered.count;
}

const char *sv_session_diag(const sv_session *s, size_t i) {
  return i < s->rendered.count ? s->rendered.items[i] : NULL;
}

const char *sv_session_error_text(const sv_session *s) {
  return s->error_text.data ? s->error_text.data : "";
}

const sv_model *sv_session_model(const sv_session *s) {
  return s->tf ? sv__tf_model(s->tf) : NULL;
}
