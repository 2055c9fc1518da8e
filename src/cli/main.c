/* SPDX-License-Identifier: MIT
 * cli/main.c: the `scopeviz` command — argument parsing, exit statuses
 * (STYLE.md §5), and the golden-file workflow around every exporter.
 * Uses the public API only (scopeviz/ headers) plus exporters/golden.h.
 * The manual is docs/cli.md.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scopeviz/export.h"
#include "scopeviz/scopeviz.h"

#include "golden.h"

/* ---- help texts ---------------------------------------------------------- */

static const char usage_text[] =
    "usage: scopeviz COMMAND [OPTIONS] FILE\n"
    "\n"
    "Runs a TensorFlow 1.x script without TensorFlow and shows how TF names\n"
    "its variables, and why. FILE may be '-' for standard input.\n"
    "\n"
    "commands:\n"
    "  run FILE           run the script; its output on stdout\n"
    "  names FILE         one line per variable: name, shape, dtype, creator\n"
    "  explain FILE       statement by statement, why every name is what it "
    "is\n"
    "  dot FILE           the scope diagram as Graphviz DOT\n"
    "  json FILE          the recorded model as JSON (docs/json-format.md)\n"
    "  render FILE -o OUT the diagram as SVG, PNG or PDF\n"
    "  check-golden PATH...  check samples against their golden files\n"
    "  golden --check|--update PATH...  the same, or rewrite the goldens\n"
    "\n"
    "options:\n"
    "  -o PATH            write the output to PATH atomically\n"
    "  --check GOLDEN     compare with GOLDEN; print a diff, exit 1 if "
    "different\n"
    "  --update GOLDEN    rewrite GOLDEN (refused when CI is set, unless "
    "--force)\n"
    "  --force            allow --update when CI is set\n"
    "  --max-steps N      evaluation step budget\n"
    "  --max-memory SIZE  memory budget (suffixes K, M, G)\n"
    "  --max-depth N      Python recursion limit (default 1000)\n"
    "  --help, -h         this help; 'scopeviz COMMAND --help' for a command\n"
    "  --version          print the version\n"
    "\n"
    "exit status: 0 ok, 1 exception or golden difference, 2 script rejected,\n"
    "3 limit reached, 64 usage, 70 internal error, 74 I/O error.\n";

static const char dot_opts_text[] =
    "  --ops              draw user ops\n"
    "  --internal-ops     draw variables' internal ops (Assign, read, ...)\n"
    "  --no-legend        omit the legend\n"
    "  --depth N          show name scopes down to depth N\n"
    "  --focus SCOPE      only the subtree of name scope SCOPE\n"
    "  --node-budget N    collapse scopes beyond N nodes\n"
    "  --no-group         do not group series such as layer_0 ... layer_99\n";

static const char common_opts_text[] =
    "  -o PATH, --check GOLDEN, --update GOLDEN [--force],\n"
    "  --max-steps N, --max-memory SIZE, --max-depth N (see scopeviz "
    "--help)\n";

typedef enum cmd {
  CMD_NONE,
  CMD_RUN,
  CMD_NAMES,
  CMD_EXPLAIN,
  CMD_DOT,
  CMD_JSON,
  CMD_RENDER,
  CMD_BATCH
} cmd;

static const struct {
  const char *name;
  cmd c;
  const char *help;
} commands[] = {
    {"run", CMD_RUN,
     "usage: scopeviz run [OPTIONS] FILE\n"
     "Runs the script: what it prints goes to stdout, a traceback or\n"
     "diagnostics to stderr. With -o/--check/--update the printed output\n"
     "is written or compared instead. --parse-only checks the syntax and\n"
     "the subset without running (exit 0 or 2).\n"},
    {"names", CMD_NAMES,
     "usage: scopeviz names [OPTIONS] FILE\n"
     "One line per variable, in creation order:\n"
     "  NAME  SHAPE  DTYPE  CREATOR[  trainable=False]\n"
     "separated by two spaces; '# graph N' before each graph when the\n"
     "script made several; '# error: TYPE: MESSAGE' when it stopped.\n"},
    {"explain", CMD_EXPLAIN,
     "usage: scopeviz explain [OPTIONS] FILE\n"
     "Statement by statement: the scopes in force and, for every name\n"
     "created or reused, the rule (tf1-semantics.md section), counter and\n"
     "collision that produced it.\n"},
    {"dot", CMD_DOT,
     "usage: scopeviz dot [OPTIONS] [DOT OPTIONS] FILE\n"
     "The scope diagram as Graphviz DOT.\n"},
    {"json", CMD_JSON,
     "usage: scopeviz json [OPTIONS] FILE\n"
     "The whole recorded model as JSON (format \"scopeviz-model\", version 2;\n"
     "docs/json-format.md, docs/scopeviz-model.schema.json).\n"
     "  --internal-ops     every variable's internal ops as full records\n"},
    {"render", CMD_RENDER,
     "usage: scopeviz render [OPTIONS] [DOT OPTIONS] FILE -o OUT [-T FORMAT]\n"
     "The diagram laid out and rendered in-process; FORMAT (svg, png, pdf)\n"
     "defaults to OUT's extension.\n"},
    {"check-golden", CMD_BATCH,
     "usage: scopeviz check-golden [--update [--force]] [--golden-root DIR]\n"
     "                             DIR|FILE...\n"
     "Runs every script (DIRs are searched for *.py, in byte order) and\n"
     "compares each exporter's output with its golden file:\n"
     "  <prefix>samples/<path>.py <-> <prefix>tests/golden/<path>.<ext>\n"
     "for ext in names, explain, dot, json (only the goldens that exist;\n"
     "--update writes all four). With --golden-root DIR the golden is\n"
     "DIR/<path>.<ext>. Prints a line per golden and ends with exactly\n"
     "one line 'N passed, N failed'; exit 1 if any failed.\n"},
    {"golden", CMD_BATCH,
     "usage: scopeviz golden --check|--update [--force] [--golden-root DIR]\n"
     "                       DIR|FILE...\n"
     "Same as check-golden (--check) or rewrites the goldens (--update).\n"},
};

/* ---- diagnostics ----------------------------------------------------------- */

static int usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fputs("scopeviz: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputs("; try 'scopeviz --help'\n", stderr);
  va_end(ap);
  return SV_USAGE;
}

/* render writes one file: `dot -Tsvg -Tpng` users may expect two. */
static int format_twice(const char *first, const char *second)
{
  return usage_error("option '-T' given twice ('%s', then '%s'): render "
                     "writes one file; run it once per format",
                     first, second);
}

static void errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void errorf(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  fputs("scopeviz: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

/* ---- in-memory output ---------------------------------------------------------- */

typedef struct membuf {
  char *data;
  size_t len, cap;
  bool oom;
} membuf;

static void mem_write(void *ud, const char *data, size_t len)
{
  membuf *b = ud;
  if (b->oom || !len) return;
  if (b->cap - b->len < len + 1) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len < len + 1) {
      if (cap > SIZE_MAX / 2) {
        b->oom = true;
        return;
      }
      cap *= 2;
    }
    char *d = realloc(b->data, cap);
    if (!d) {
      b->oom = true;
      return;
    }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, data, len);
  b->len += len;
  b->data[b->len] = '\0';
}

static void mem_free(membuf *b)
{
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

static void discard_write(void *ud, const char *data, size_t len)
{
  (void)ud;
  (void)data;
  (void)len;
}

/* Script output of `run` goes straight to stdout; a failed write is noted
 * and reported once at the end (exit 74). */
static bool stdout_failed;

static void stdout_write(void *ud, const char *data, size_t len)
{
  (void)ud;
  if (len && fwrite(data, 1, len, stdout) != len) stdout_failed = true;
}

static int finish_stdout(void)
{
  if (fflush(stdout) != 0 || ferror(stdout) || stdout_failed) {
    errorf("cannot write to standard output: %s",
           errno ? strerror(errno) : "write error");
    return SV_IOERR;
  }
  return 0;
}

/* ---- options --------------------------------------------------------------------- */

typedef struct opts {
  cmd c;
  const char *cmd_name;
  const char *file;
  const char *out_path;  /* -o */
  const char *check;     /* --check GOLDEN */
  const char *update;    /* --update GOLDEN */
  bool batch_update;     /* golden --update */
  bool batch_check;      /* golden --check */
  bool force;
  bool parse_only;       /* run --parse-only: load and parse, do not run */
  const char *format;    /* -T */
  const char *golden_root;
  sv_options lim;
  sv_dot_opts dot;
  bool dot_opt_given;
  const char *dot_opt_name;
  const char **paths; /* batch inputs */
  size_t npaths;
} opts;

static bool parse_u64(const char *s, uint64_t *out)
{
  if (!s || !*s || *s == '-' || *s == '+') return false;
  errno = 0;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *end) return false;
  *out = v;
  return true;
}

/* SIZE: digits with an optional K, M or G suffix (powers of 1024, an
 * optional trailing 'B' or 'iB' accepted). */
static bool parse_size(const char *s, uint64_t *out)
{
  if (!s || !*s || *s == '-' || *s == '+') return false;
  errno = 0;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s) return false;
  unsigned shift = 0;
  switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
  }
  if (shift && *end == 'i') end++;
  if (*end == 'B' || *end == 'b') end++;
  if (*end) return false;
  if (shift && v > (UINT64_MAX >> shift)) return false;
  *out = (uint64_t)v << shift;
  return true;
}

/* Matches "--name" or "--name=value"; *val receives the value from either
 * form (the next argument for the first). Returns 1 on match, 0 on no
 * match, -1 when the value is missing. */
static int opt_value(int argc, char **argv, int *i, const char *name,
                     const char **val)
{
  const char *a = argv[*i];
  size_t n = strlen(name);
  if (strncmp(a, name, n) != 0) return 0;
  if (a[n] == '=') {
    *val = a + n + 1;
    return 1;
  }
  if (a[n] != '\0') return 0;
  if (*i + 1 >= argc) return -1;
  *val = argv[++*i];
  return 1;
}

static int print_command_help(const char *name)
{
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    if (strcmp(commands[i].name, name) != 0) continue;
    fputs(commands[i].help, stdout);
    cmd c = commands[i].c;
    if (c != CMD_BATCH) {
      fputs("options:\n", stdout);
      fputs(common_opts_text, stdout);
      if (c == CMD_DOT || c == CMD_RENDER) fputs(dot_opts_text, stdout);
    }
    return finish_stdout();
  }
  return usage_error("unknown command '%s'", name);
}

/* Returns -1 to continue, else an exit status. */
static int parse_args(int argc, char **argv, opts *o)
{
  if (argc < 2) return usage_error("missing command");
  const char *first = argv[1];
  if (strcmp(first, "--help") == 0 || strcmp(first, "-h") == 0 ||
      strcmp(first, "help") == 0) {
    if (argc > 2 && strcmp(first, "help") == 0)
      return print_command_help(argv[2]);
    fputs(usage_text, stdout);
    return finish_stdout();
  }
  if (strcmp(first, "--version") == 0) {
    printf("scopeviz %s\n", sv_version());
    return finish_stdout();
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (strcmp(commands[i].name, first) == 0) {
      o->c = commands[i].c;
      o->cmd_name = commands[i].name;
    }
  if (o->c == CMD_NONE) {
    if (first[0] == '-') return usage_error("unknown option '%s'", first);
    return usage_error("unknown command '%s'", first);
  }
  sv_dot_opts_init(&o->dot);
  o->paths = calloc((size_t)argc, sizeof *o->paths);
  if (!o->paths) {
    errorf("out of memory");
    return SV_INTERNAL;
  }
  bool only_files = false;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    const char *v = NULL;
    int r;
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
      if (o->c == CMD_BATCH) {
        o->paths[o->npaths++] = a;
      } else {
        if (o->file) return usage_error("more than one input file");
        o->file = a;
      }
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_files = true;
      continue;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
      return print_command_help(o->cmd_name);
    if (strcmp(a, "--version") == 0) {
      printf("scopeviz %s\n", sv_version());
      return finish_stdout();
    }
    if (strcmp(a, "--force") == 0) {
      o->force = true;
      continue;
    }
    if (o->c == CMD_RUN && strcmp(a, "--parse-only") == 0) {
      o->parse_only = true;
      continue;
    }
#define VALUE_OPT(name)                                                       \
  ((r = opt_value(argc, argv, &i, name, &v)) < 0                              \
       ? usage_error("option '%s' needs a value", name)                       \
       : r)
    if (strcmp(a, "-o") == 0 || strncmp(a, "--output", 8) == 0) {
      if (strcmp(a, "-o") == 0) {
        if (i + 1 >= argc) return usage_error("option '-o' needs a path");
        v = argv[++i];
      } else if ((r = VALUE_OPT("--output")) != 1) {
        if (r == SV_USAGE) return r;
        return usage_error("unknown option '%s'", a);
      }
      if (!*v) return usage_error("option '-o' needs a path");
      /* one output per run: a second -o is a mistake, not an override */
      if (o->out_path)
        return usage_error("option '-o' given twice ('%s', then '%s')",
                           o->out_path, v);
      o->out_path = v;
      continue;
    }
    if (strcmp(a, "-T") == 0 || strncmp(a, "--format", 8) == 0) {
      if (strcmp(a, "-T") == 0) {
        if (i + 1 >= argc) return usage_error("option '-T' needs a format");
        v = argv[++i];
      } else if ((r = VALUE_OPT("--format")) != 1) {
        if (r == SV_USAGE) return r;
        return usage_error("unknown option '%s'", a);
      }
      if (o->format) return format_twice(o->format, v);
      o->format = v;
      continue;
    }
    if (strncmp(a, "-T", 2) == 0 && a[2]) {
      if (o->format) return format_twice(o->format, a + 2);
      o->format = a + 2;
      continue;
    }
    if (o->c == CMD_BATCH && strcmp(a, "--check") == 0) {
      o->batch_check = true;
      continue;
    }
    if (o->c == CMD_BATCH && strcmp(a, "--update") == 0) {
      o->batch_update = true;
      continue;
    }
    if ((r = VALUE_OPT("--check")) != 0) {
      if (r != 1) return r;
      o->check = v;
      continue;
    }
    if ((r = VALUE_OPT("--update")) != 0) {
      if (r != 1) return r;
      o->update = v;
      continue;
    }
    if ((r = VALUE_OPT("--golden-root")) != 0) {
      if (r != 1) return r;
      o->golden_root = v;
      continue;
    }
    if ((r = VALUE_OPT("--max-steps")) != 0) {
      uint64_t n;
      if (r != 1) return r;
      if (!parse_u64(v, &n) || n == 0)
        return usage_error("invalid --max-steps '%s'", v);
      o->lim.max_steps = n;
      continue;
    }
    if ((r = VALUE_OPT("--max-memory")) != 0) {
      uint64_t n;
      if (r != 1) return r;
      if (!parse_size(v, &n) || n == 0 || n > SIZE_MAX)
        return usage_error("invalid --max-memory '%s'", v);
      o->lim.max_memory = (size_t)n;
      continue;
    }
    if ((r = VALUE_OPT("--max-depth")) != 0) {
      uint64_t n;
      if (r != 1) return r;
      if (!parse_u64(v, &n) || n == 0 || n > UINT32_MAX)
        return usage_error("invalid --max-depth '%s'", v);
      o->lim.max_depth = (uint32_t)n;
      continue;
    }
    /* Diagram options. */
    if (strcmp(a, "--ops") == 0 || strcmp(a, "--internal-ops") == 0 ||
        strcmp(a, "--no-legend") == 0 || strcmp(a, "--no-group") == 0) {
      if (a[2] == 'o') o->dot.ops = true;
      if (a[2] == 'i') o->dot.internal_ops = true;
      if (strcmp(a, "--no-legend") == 0) o->dot.legend = false;
      if (strcmp(a, "--no-group") == 0) o->dot.group_series = false;
      o->dot_opt_given = true;
      o->dot_opt_name = a;
      continue;
    }
    if ((r = VALUE_OPT("--depth")) != 0) {
      uint64_t n;
      if (r != 1) return r;
      if (!parse_u64(v, &n) || n > INT_MAX)
        return usage_error("invalid --depth '%s'", v);
      o->dot.depth = (int)n;
      o->dot_opt_given = true;
      o->dot_opt_name = "--depth";
      continue;
    }
    if ((r = VALUE_OPT("--focus")) != 0) {
      if (r != 1) return r;
      o->dot.focus = v;
      o->dot_opt_given = true;
      o->dot_opt_name = "--focus";
      continue;
    }
    if ((r = VALUE_OPT("--node-budget")) != 0) {
      uint64_t n;
      if (r != 1) return r;
      if (!parse_u64(v, &n) || n == 0 || n > SIZE_MAX)
        return usage_error("invalid --node-budget '%s'", v);
      o->dot.node_budget = (size_t)n;
      o->dot_opt_given = true;
      o->dot_opt_name = "--node-budget";
      continue;
    }
#undef VALUE_OPT
    return usage_error("unknown option '%s'", a);
  }

  /* Consistency. */
  if (o->c == CMD_BATCH) {
    if (strcmp(o->cmd_name, "golden") == 0 &&
        o->batch_check == o->batch_update)
      return usage_error("'golden' needs exactly one of --check, --update");
    if (o->batch_check && o->batch_update)
      return usage_error("--check and --update exclude each other");
    if (!o->npaths) return usage_error("no scripts or directories given");
    if (o->out_path || o->check || o->update)
      return usage_error("'%s' takes no -o, --check FILE or --update FILE",
                         o->cmd_name);
    return -1;
  }
  if (!o->file) return usage_error("missing input FILE");
  /* --internal-ops alone also applies to json (docs/cli.md). */
  if (o->dot_opt_given && o->c == CMD_JSON &&
      strcmp(o->dot_opt_name, "--internal-ops") == 0 && !o->dot.ops &&
      o->dot.legend && o->dot.group_series && o->dot.depth == 0 &&
      !o->dot.focus && o->dot.node_budget == 0)
    o->dot_opt_given = false;
  if (o->dot_opt_given && o->c != CMD_DOT && o->c != CMD_RENDER)
    return usage_error("option '%s' only applies to dot and render",
                       o->dot_opt_name);
  if (o->format && o->c != CMD_RENDER)
    return usage_error("option '-T' only applies to render");
  int modes = !!o->out_path + !!o->check + !!o->update;
  if (modes > 1)
    return usage_error("-o, --check and --update exclude each other");
  if (o->golden_root) return usage_error("--golden-root is for check-golden");
  if (o->c == CMD_RENDER) {
    const char *target = o->out_path ? o->out_path
                         : o->check  ? o->check
                                     : o->update;
    if (!o->format && target) {
      const char *dot = strrchr(target, '.');
      const char *slash = strrchr(target, '/');
      if (dot && (!slash || dot > slash) && dot[1]) o->format = dot + 1;
    }
    if (!o->format)
      return usage_error("render needs -T FORMAT or an output file with an "
                         "extension");
    if (strcmp(o->format, "svg") != 0 && strcmp(o->format, "png") != 0 &&
        strcmp(o->format, "pdf") != 0)
      return usage_error("unsupported render format '%s' (svg, png, pdf)",
                         o->format);
  }
  return -1;
}

/* ---- running a script ------------------------------------------------------------ */

static void print_diags(const sv_session *s)
{
  for (size_t i = 0; i < sv_session_diag_count(s); i++) {
    const char *d = sv_session_diag(s, i);
    fputs(d, stderr);
    size_t n = strlen(d);
    if (n && d[n - 1] != '\n') fputc('\n', stderr);
  }
}

static void print_error_text(const sv_session *s)
{
  const char *t = sv_session_error_text(s);
  fputs(t, stderr);
  size_t n = strlen(t);
  if (n && t[n - 1] != '\n') fputc('\n', stderr);
}

/* The part of load_and_run after loading (st is the load status). */
static int run_loaded(sv_session *s, sv_status st, sv_write_fn out, void *ud,
                      bool quiet, bool *ran)
{
  *ran = false;
  if (st == SV_IOERR) {
    if (!quiet) print_error_text(s);
    return SV_IOERR;
  }
  if (st != SV_OK) {
    if (!quiet) print_diags(s);
    return st == SV_REJECTED || st == SV_LIMIT ? st : SV_INTERNAL;
  }
  *ran = true;
  st = sv_session_run(s, out, ud);
  switch (st) {
    case SV_OK: return 0;
    case SV_EXCEPTION:
    case SV_LIMIT:
      if (!quiet) print_error_text(s);
      return st;
    case SV_REJECTED:
      if (!quiet) print_diags(s);
      return st;
    default:
      if (!quiet) errorf("internal error: unexpected run status %d", st);
      return SV_INTERNAL;
  }
}

/* Loads and runs; returns the script's status (0, 1, 2, 3, 74). *ran
 * tells whether the script started, i.e. whether there is a model worth
 * exporting (a script rejected at load time has none). With quiet,
 * nothing is printed (batch mode prints its own lines). */
static int load_and_run(sv_session *s, const char *file, sv_write_fn out,
                        void *ud, bool quiet, bool *ran)
{
  *ran = false;
  sv_status st = sv_session_load_file(s, file);
  return run_loaded(s, st, out, ud, quiet, ran);
}
/* A test hook (docs/cli.md "Testing hooks"): SCOPEVIZ_INJECT_FAULT=export
 * makes every export fail as an internal error would, so exit status 70
 * can be tested. */
static bool fault_injected(void)
{
  const char *f = getenv("SCOPEVIZ_INJECT_FAULT");
  return f && strcmp(f, "export") == 0;
}

/* Runs the exporter of command c, writing through write(ud, ...). */
static bool export_to(cmd c, const sv_model *m, const sv_dot_opts *dot,
                      const char *format, sv_write_fn write, void *ud)
{
  if (fault_injected()) {
    errorf("internal error: injected export fault");
    return false;
  }
  char *err = NULL;
  bool ok = false;
  switch (c) {
    case CMD_NAMES: ok = sv_export_names(m, write, ud); break;
    case CMD_EXPLAIN: ok = sv_export_explain(m, write, ud); break;
    case CMD_JSON: {
      sv_json_opts jo;
      sv_json_opts_init(&jo);
      jo.internal_ops = dot->internal_ops;
      ok = sv_export_json_opts(m, &jo, write, ud);
      break;
    }
    case CMD_DOT: ok = sv_export_dot(m, dot, write, ud, &err); break;
    case CMD_RENDER:
      ok = sv_export_render(m, dot, format, write, ud, &err);
      break;
    default: break;
  }
  if (!ok)
    errorf("internal error: export failed%s%s", err ? ": " : "",
           err ? err : "");
  free(err);
  return ok;
}

/* The same into memory (for --check / --update and batch mode). */
static bool export_model(cmd c, const sv_model *m, const sv_dot_opts *dot,
                         const char *format, membuf *b)
{
  if (!export_to(c, m, dot, format, mem_write, b)) return false;
  if (b->oom) {
    errorf("internal error: out of memory");
    return false;
  }
  return true;
}

/* ---- golden files ------------------------------------------------------------------ */

static bool ci_refuses(bool force)
{
  const char *ci = getenv("CI");
  return ci && *ci && !force;
}

static bool update_requested_by_env(void)
{
  const char *u = getenv("SCOPEVIZ_UPDATE_GOLDEN");
  return u && *u && strcmp(u, "0") != 0;
}

static char *actual_path(const char *golden)
{
  size_t n = strlen(golden);
  char *p = malloc(n + 8);
  if (p) {
    memcpy(p, golden, n);
    memcpy(p + n, ".actual", 8);
  }
  return p;
}

static bool is_binary(const membuf *b)
{
  return b->len && memchr(b->data, '\0', b->len) != NULL;
}

/* Compares out with the golden file. Returns 0 equal, 1 different, 74 I/O.
 * On a difference the diff goes to stdout and the actual output is saved
 * beside the golden as GOLDEN.actual; when equal a stale .actual is
 * removed. */
static int check_golden(const char *golden, const membuf *out, bool binary)
{
  char *want = NULL;
  size_t want_len = 0;
  int err = sv__golden_read(golden, &want, &want_len);
  if (err && err != ENOENT) {
    errorf("cannot read golden %s: %s", golden, strerror(err));
    return SV_IOERR;
  }
  char *act = actual_path(golden);
  if (!act) {
    free(want);
    errorf("out of memory");
    return SV_INTERNAL;
  }
  int rc = 0;
  const char *got = out->data ? out->data : "";
  if (!err && want_len == out->len && memcmp(want, got, want_len) == 0) {
    if (unlink(act) != 0 && errno != ENOENT)
      errorf("cannot remove stale %s: %s", act, strerror(errno));
    rc = 0;
  } else {
    if (err == ENOENT) {
      printf("scopeviz: golden %s does not exist (create it with --update)\n",
             golden);
    } else if (binary || is_binary(out) || memchr(want, '\0', want_len)) {
      printf("Binary files %s and %s differ\n", golden, act);
    } else {
      sv__golden_diff(want, want_len, got, out->len, golden, act,
                      stdout_write, NULL);
    }
    int werr = sv__golden_write_atomic(act, got, out->len);
    if (werr) {
      errorf("cannot write %s: %s", act, strerror(werr));
      rc = SV_IOERR;
    } else {
      rc = 1;
    }
  }
  free(act);
  free(want);
  return rc;
}

/* Rewrites the golden. Returns 0 or 74; *changed tells whether it
 * differed. */
static int update_golden(const char *golden, const membuf *out, bool *changed)
{
  char *want = NULL;
  size_t want_len = 0;
  const char *got = out->data ? out->data : "";
  int err = sv__golden_read(golden, &want, &want_len);
  *changed = err || want_len != out->len || memcmp(want, got, want_len) != 0;
  free(want);
  if (*changed) {
    int werr = sv__golden_write_atomic(golden, got, out->len);
    if (werr) {
      errorf("cannot write %s: %s", golden, strerror(werr));
      return SV_IOERR;
    }
  }
  char *act = actual_path(golden);
  if (act) unlink(act);
  free(act);
  return 0;
}

/* Where out goes: -o, --check, --update or stdout. Returns an exit status
 * for the output step (0, 1 difference, 64 refused, 74 I/O). */
static int deliver(const opts *o, const membuf *out, bool binary)
{
  const char *check = o->check;
  const char *update = o->update;
  if (check && update_requested_by_env()) {
    update = check;
    check = NULL;
  }
  if (update) {
    if (ci_refuses(o->force)) {
      errorf("refusing to update %s: CI is set (pass --force to override); "
             "try 'scopeviz --help'",
             update);
      return SV_USAGE;
    }
    bool changed = false;
    int rc = update_golden(update, out, &changed);
    if (!rc)
      fprintf(stderr, "scopeviz: %s %s\n", changed ? "updated" : "unchanged",
              update);
    return rc;
  }
  if (check) return check_golden(check, out, binary);
  if (o->out_path) {
    int err = sv__golden_write_atomic(o->out_path, out->data ? out->data : "",
                                      out->len);
    if (err) {
      errorf("cannot write %s: %s", o->out_path, strerror(err));
      return SV_IOERR;
    }
    return 0;
  }
  if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len)
    stdout_failed = true;
  return finish_stdout();
}

/* The overall status: I/O and usage problems of the output step win,
 * then the script's own status, then a golden difference. */
static int combine(int script, int output)
{
  if (output == SV_IOERR || output == SV_USAGE || output == SV_INTERNAL)
    return output;
  if (script) return script;
  return output;
}

/* ---- single-file commands ----------------------------------------------------------- */

static int cmd_run(const opts *o)
{
  sv_session *s = sv_session_new(&o->lim);
  int rc;
  bool ran;
  if (o->parse_only) { /* a syntax check (and the benchmark's parse stage) */
    sv_status st = sv_session_load_file(s, o->file);
    if (st == SV_IOERR) print_error_text(s);
    if (st == SV_REJECTED || st == SV_LIMIT) print_diags(s);
    sv_session_free(s);
    return st;
  }
  if (!o->out_path && !o->check && !o->update) {
    rc = load_and_run(s, o->file, stdout_write, NULL, false, &ran);
    int io = finish_stdout();
    sv_session_free(s);
    return io ? io : rc;
  }
  membuf b = {0};
  rc = load_and_run(s, o->file, mem_write, &b, false, &ran);
  int out_rc = 0;
  if (ran && rc != SV_INTERNAL) out_rc = deliver(o, &b, false);
  mem_free(&b);
  sv_session_free(s);
  return combine(rc, out_rc);
}

/* --focus names a name scope of the model: some op or name scope is named
 * exactly that or lives below it. */
static bool focus_exists(const sv_model *m, const char *focus)
{
  size_t n = strlen(focus);
  while (n && focus[n - 1] == '/') n--;
  for (size_t gi = 0; gi < sv_model_graph_count(m); gi++) {
    const sv_graph *g = sv_model_graph(m, gi);
    for (size_t i = 0; i < sv_graph_name_scope_count(g); i++) {
      const char *name = sv_graph_name_scope(g, i)->name;
      if (strncmp(name, focus, n) == 0 && (name[n] == '\0' || name[n] == '/'))
        return true;
    }
    for (size_t i = 0; i < sv_graph_op_count(g); i++) {
      const char *name = sv_graph_op(g, i)->name;
      if (strncmp(name, focus, n) == 0 && (name[n] == '\0' || name[n] == '/'))
        return true;
    }
  }
  return false;
}

static int cmd_export(const opts *o)
{
  sv_session *s = sv_session_new(&o->lim);
  /* The script's own printing is not part of an export. */
  bool ran;
  int rc = load_and_run(s, o->file, discard_write, NULL, false, &ran);
  if (!ran || rc == SV_INTERNAL || !sv_session_model(s)) {
    sv_session_free(s);
    return rc;
  }
  const sv_model *m = sv_session_model(s);
  if ((o->c == CMD_DOT || o->c == CMD_RENDER) && o->dot.focus &&
      !focus_exists(m, o->dot.focus)) {
    sv_session_free(s);
    return usage_error("--focus: the model has no name scope '%s'",
                       o->dot.focus);
  }
  int out_rc;
  bool golden = o->check || o->update;
  if (!golden && o->out_path) {
    /* Streamed into the temporary file: a model-sized export never sits
     * in memory. */
    sv_atomic *a = malloc(sizeof *a);
    int err = a ? sv__atomic_open(a, o->out_path) : ENOMEM;
    if (err) {
      errorf("cannot write %s: %s", o->out_path, strerror(err));
      out_rc = SV_IOERR;
    } else if (!export_to(o->c, m, &o->dot, o->format, sv__atomic_write,
                          a)) {
      sv__atomic_abort(a);
      out_rc = SV_INTERNAL;
    } else if ((err = sv__atomic_commit(a)) != 0) {
      errorf("cannot write %s: %s", o->out_path, strerror(err));
      out_rc = SV_IOERR;
    } else {
      out_rc = 0;
    }
    free(a);
  } else if (!golden) {
    out_rc = export_to(o->c, m, &o->dot, o->format, stdout_write, NULL)
                 ? 0
                 : SV_INTERNAL;
    int io = finish_stdout();
    if (io) out_rc = io;
  } else {
    membuf b = {0};
    if (!export_model(o->c, m, &o->dot, o->format, &b))
      out_rc = SV_INTERNAL;
    else
      out_rc = deliver(o, &b, o->c == CMD_RENDER);
    mem_free(&b);
  }
  sv_session_free(s);
  return combine(rc, out_rc);
}

/* ---- batch golden checks ------------------------------------------------------------- */

typedef struct strlist {
  char **v;
  size_t count, cap;
} strlist;

static bool strlist_push(strlist *l, char *s)
{
  if (!s) return false;
  if (l->count == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    char **v = realloc(l->v, cap * sizeof *v);
    if (!v) {
      free(s);
      return false;
    }
    l->v = v;
    l->cap = cap;
  }
  l->v[l->count++] = s;
  return true;
}

static void strlist_free(strlist *l)
{
  for (size_t i = 0; i < l->count; i++) free(l->v[i]);
  free(l->v);
}

static char *join(const char *a, const char *b, const char *c)
{
  size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
  char *p = malloc(la + lb + lc + 1);
  if (p) {
    memcpy(p, a, la);
    memcpy(p + la, b, lb);
    memcpy(p + la + lb, c, lc + 1);
  }
  return p;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suf)
{
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Collects *.py under dir, sorted bytewise at each level (never readdir
 * order). Recursion follows the directory tree, bounded by MAX_WALK. */
#define MAX_WALK 32

static int walk(const char *dir, int depth, strlist *out)
{
  if (depth > MAX_WALK) {
    errorf("%s: directories nested too deeply", dir);
    return SV_IOERR;
  }
  DIR *d = opendir(dir);
  if (!d) {
    errorf("cannot open directory %s: %s", dir, strerror(errno));
    return SV_IOERR;
  }
  strlist names = {0};
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue; // ., .., hidden files
    if (!strlist_push(&names, join(dir, "/", de->d_name))) {
      closedir(d);
      strlist_free(&names);
      return SV_INTERNAL;
    }
  }
  closedir(d);
  if (names.count) qsort(names.v, names.count, sizeof *names.v, cmp_str);
  int rc = 0;
  for (size_t i = 0; i < names.count && !rc; i++) {
    struct stat st;
    if (stat(names.v[i], &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      rc = walk(names.v[i], depth + 1, out);
    } else if (S_ISREG(st.st_mode) && has_suffix(names.v[i], ".py")) {
      if (!strlist_push(out, names.v[i])) rc = SV_INTERNAL;
      names.v[i] = NULL;
    }
  }
  strlist_free(&names);
  return rc;
}

/* samples/<path>.py -> tests/golden/<path> (no extension), or
 * golden_root/<path>. NULL when the script is not under a samples/
 * directory and no root is given. */
static char *golden_base(const char *script, const char *golden_root)
{
  const char *rel = NULL;
  size_t prefix_len = 0;
  /* The last "samples/" path component. */
  for (const char *p = script; (p = strstr(p, "samples/")) != NULL; p++) {
    if (p == script || p[-1] == '/') {
      rel = p + 8;
      prefix_len = (size_t)(p - script);
    }
  }
  size_t n = strlen(script);
  if (!has_suffix(script, ".py")) return NULL;
  if (golden_root) {
    const char *r = rel;
    if (!r) {
      r = strrchr(script, '/');
      r = r ? r + 1 : script;
    }
    size_t rl = (size_t)(script + n - 3 - r);
    size_t gl = strlen(golden_root);
    char *p = malloc(gl + 1 + rl + 1);
    if (!p) return NULL;
    snprintf(p, gl + 1 + rl + 1, "%s/%.*s", golden_root, (int)rl, r);
    return p;
  }
  if (!rel) return NULL;
  size_t rl = (size_t)(script + n - 3 - rel);
  size_t cap = prefix_len + 13 + rl + 1;
  char *p = malloc(cap);
  if (!p) return NULL;
  snprintf(p, cap, "%.*stests/golden/%.*s", (int)prefix_len, script, (int)rl,
           rel);
  return p;
}

/* The name a batch-checked script is shown under: from its last samples/
 * component on, else its file name. Borrowed from script. */
static const char *display_name(const char *script)
{
  const char *name = NULL;
  for (const char *p = script; (p = strstr(p, "samples/")) != NULL; p++)
    if (p == script || p[-1] == '/') name = p;
  if (name) return name;
  const char *slash = strrchr(script, '/');
  return slash ? slash + 1 : script;
}

static const struct {
  const char *ext;
  cmd c;
} batch_kinds[] = {
    {"names", CMD_NAMES},
    {"explain", CMD_EXPLAIN},
    {"dot", CMD_DOT},
    {"json", CMD_JSON},
};

/* Creates the directories leading to file path (mkdir -p of its
 * dirname), so `golden --update` can write a new sample's goldens. */
static void make_parents(const char *path)
{
  size_t n = strlen(path);
  char *p = malloc(n + 1);
  if (!p) return;
  memcpy(p, path, n + 1);
  for (size_t i = 1; i < n; i++) {
    if (p[i] != '/') continue;
    p[i] = '\0';
    mkdir(p, 0777); // EEXIST and real errors alike: the write reports them
    p[i] = '/';
  }
  free(p);
}

static bool file_exists(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int cmd_batch(const opts *o)
{
  bool update = o->batch_update || update_requested_by_env();
  if (update && ci_refuses(o->force)) {
    errorf("refusing to update golden files: CI is set (pass --force to "
           "override); try 'scopeviz --help'");
    return SV_USAGE;
  }
  strlist scripts = {0};
  int rc = 0;
  for (size_t i = 0; i < o->npaths && !rc; i++) {
    struct stat st;
    if (stat(o->paths[i], &st) != 0) {
      errorf("cannot open %s: %s", o->paths[i], strerror(errno));
      rc = SV_IOERR;
    } else if (S_ISDIR(st.st_mode)) {
      size_t len = strlen(o->paths[i]);
      char *dir = malloc(len + 1);
      if (!dir) {
        rc = SV_INTERNAL;
        break;
      }
      memcpy(dir, o->paths[i], len + 1);
      while (len > 1 && dir[len - 1] == '/') dir[--len] = '\0';
      rc = walk(dir, 0, &scripts);
      free(dir);
    } else if (!strlist_push(&scripts, join(o->paths[i], "", ""))) {
      rc = SV_INTERNAL;
    }
  }
  if (rc) {
    strlist_free(&scripts);
    return rc;
  }

  size_t passed = 0, failed = 0;
  sv_dot_opts dot;
  sv_dot_opts_init(&dot);
  for (size_t i = 0; i < scripts.count; i++) {
    const char *script = scripts.v[i];
    char *base = golden_base(script, o->golden_root);
    if (!base) {
      printf("FAIL %s: not under a samples/ directory (use --golden-root)\n",
             script);
      failed++;
      continue;
    }
    char *goldens[4] = {NULL};
    size_t ngold = 0;
    for (size_t k = 0; k < 4; k++) {
      goldens[k] = join(base, ".", batch_kinds[k].ext);
      if (goldens[k] && (update || file_exists(goldens[k]))) ngold++;
    }
    if (!ngold) {
      printf("skip %s: no golden files at %s.*\n", script, base);
    } else {
      sv_session *s = sv_session_new(&o->lim);
      bool ran;
      int st;
      /* Goldens must not depend on where the tree is checked out: the
       * script is named from its samples/ component on ("samples/
       * tutorial/example2.py"), as when run from the repository root. */
      char *text = NULL;
      size_t len = 0;
      int err = sv__golden_read(script, &text, &len);
      if (err) {
        printf("FAIL %s: cannot read: %s\n", script, strerror(err));
        st = SV_IOERR;
        ran = false;
      } else {
        sv_status ls = sv_session_load_text(s, display_name(script), text,
                                            len);
        free(text);
        st = run_loaded(s, ls, discard_write, NULL, true, &ran);
      }
      bool have_model = ran && st != SV_INTERNAL && sv_session_model(s);
      for (size_t k = 0; k < 4; k++) {
        const char *g = goldens[k];
        if (!g || !(update || file_exists(g))) continue;
        membuf b = {0};
        if (!have_model ||
            !export_model(batch_kinds[k].c, sv_session_model(s), &dot, NULL,
                          &b)) {
          printf("FAIL %s: %s could not be exported (status %d)\n", g,
                 script, st);
          if (!have_model) {
            fflush(stdout);
            print_error_text(s);
            print_diags(s);
          }
          failed++;
          mem_free(&b);
          continue;
        }
        if (update) {
          bool changed = false;
          make_parents(g);
          if (update_golden(g, &b, &changed) == 0) {
            printf("%s %s\n", changed ? "updated" : "ok     ", g);
            passed++;
          } else {
            printf("FAIL %s: cannot write\n", g);
            failed++;
          }
        } else {
          int c = check_golden(g, &b, false);
          if (c == 0) {
            printf("ok   %s\n", g);
            passed++;
          } else {
            printf("FAIL %s\n", g);
            failed++;
          }
        }
        mem_free(&b);
      }
      sv_session_free(s);
    }
    for (size_t k = 0; k < 4; k++) free(goldens[k]);
    free(base);
  }
  printf("%zu passed, %zu failed\n", passed, failed);
  strlist_free(&scripts);
  int io = finish_stdout();
  if (io) return io;
  return failed ? 1 : 0;
}

/* ---- main ------------------------------------------------------------------------------ */

int main(int argc, char **argv)
{
  opts o;
  memset(&o, 0, sizeof o);
  int rc = parse_args(argc, argv, &o);
  if (rc < 0) {
    switch (o.c) {
      case CMD_RUN: rc = cmd_run(&o); break;
      case CMD_BATCH: rc = cmd_batch(&o); break;
      default: rc = cmd_export(&o); break;
    }
  }
  free(o.paths);
  return rc;
}
