/* SPDX-License-Identifier: MIT
 * parser: recursive descent over lexer tokens with Python 3.11 precedence,
 * CPython's SyntaxError wording and panic-mode recovery (resync at the
 * next NEWLINE). Binary operator chains are loops; every other recursion
 * is bounded by a depth counter, the bracket limit or the indentation
 * limit, so no input can overflow the C stack.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lexer.h"
#include "utf8.h"

#define MAX_ERRORS 20
#define MAX_DEPTH 1000 /* "expression too deeply nested (limit is N)" */

typedef SV_VEC(sv_ast *) node_vec;

typedef struct parser {
  sv_arena *arena;
  sv_intern *in;
  const sv_source *src;
  sv_diags *diags;
  sv_token *toks;
  size_t ntoks;
  size_t pos;
  sv_loc prev; /* last consumed token */
  node_vec stack; /* scratch for lists; users restore the count */
  int depth;
  int fdepth;    /* f-string replacement fields being parsed */
  int func_depth;
  int loop_depth;
  bool err;   /* panic: an error was reported in this statement */
  bool stop;  /* no more diagnostics: cap reached or fatal error */
  bool failed;
  uint32_t nerrors;
  const sv_budget *budget; /* --max-memory (NULL: none) */
  size_t nnodes;
  bool limit; /* the memory budget ran out: one diagnostic, then stop */
  bool has_unclosed; /* the lexer saw a bracket never closed */
  sv_loc unclosed;
  const char *unclosed_msg;
} parser;

/* ---- diagnostics ----------------------------------------------------- */

static void go_to_eof(parser *p) {
  p->pos = p->ntoks - 1;
}

static void add_diag(parser *p, sv_loc loc, const char *msg) {
  if (p->stop) return;
  p->failed = true;
  sv__diags_add(p->diags, SV_DIAG_ERROR, loc, "%s", msg);
  if (++p->nerrors >= MAX_ERRORS) {
    p->stop = true;
    go_to_eof(p);
  }
}

/* The memory budget ran out: report it once and parse no further. */
static void out_of_budget(parser *p, sv_loc loc, const char *msg) {
  if (!p->limit) {
    p->limit = true;
    p->stop = false;
    add_diag(p, loc, msg);
  }
  p->err = true;
  p->stop = true;
  go_to_eof(p);
}

/* Reports a parse error (once per statement: later ones are cascades).
 * As in CPython, an error on a line after a never-closed bracket is
 * reported as "'(' was never closed" at the bracket instead. */
static void verror(parser *p, sv_loc loc, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

static void verror(parser *p, sv_loc loc, const char *fmt, va_list ap) {
  if (p->err || p->stop) {
    p->err = true;
    return;
  }
  p->err = true;
  /* the failing token, not only the reported range, decides */
  uint32_t line = loc.line;
  if (p->toks[p->pos].loc.line > line) line = p->toks[p->pos].loc.line;
  if (p->has_unclosed && line > p->unclosed.line &&
      loc.offset >= p->unclosed.offset) {
    add_diag(p, p->unclosed, p->unclosed_msg);
    p->stop = true;
    go_to_eof(p);
    return;
  }
  sv_buf b;
  sv__buf_init(&b);
  if (p->fdepth > 0) sv__buf_appends(&b, "f-string: ");
  sv__buf_vappendf(&b, fmt, ap);
  add_diag(p, loc, sv__buf_cstr(&b));
  sv__buf_fini(&b);
}

static void error(parser *p, sv_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error(parser *p, sv_loc loc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(p, loc, fmt, ap);
  va_end(ap);
}

/* An error that names an unsupported construct or a CPython message that
 * does not depend on f-string context. */
static void reject(parser *p, sv_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void reject(parser *p, sv_loc loc, const char *fmt, ...) {
  int fd = p->fdepth;
  p->fdepth = 0;
  va_list ap;
  va_start(ap, fmt);
  verror(p, loc, fmt, ap);
  va_end(ap);
  p->fdepth = fd;
}

/* ---- tokens ---------------------------------------------------------- */

/* The current token; lexer errors are reported as they are reached. */
static sv_token *cur(parser *p) {
  while (p->toks[p->pos].kind == SV_TOK_ERROR) {
    sv_token *t = &p->toks[p->pos];
    /* A lexical error is never a cascade, except the never-closed
     * bracket after an error already reported inside it. */
    bool cascade = p->has_unclosed && t->as.msg == p->unclosed_msg &&
                   p->diags->count > 0 &&
                   p->diags->items[p->diags->count - 1].loc.offset >=
                       p->unclosed.offset;
    if (!p->stop && !cascade) {
      p->err = false;
      reject(p, t->loc, "%s", t->as.msg);
    }
    if (p->pos + 1 < p->ntoks) p->pos++;
  }
  return &p->toks[p->pos];
}

static sv_tok_kind kind(parser *p) {
  return cur(p)->kind;
}

static sv_tok_kind peek_kind(parser *p, size_t ahead) {
  cur(p);
  size_t i = p->pos + ahead;
  return i < p->ntoks ? p->toks[i].kind : SV_TOK_EOF;
}

static sv_token *advance(parser *p) {
  sv_token *t = cur(p);
  p->prev = t->loc;
  if (t->kind != SV_TOK_EOF) p->pos++;
  return t;
}

static bool accept(parser *p, sv_tok_kind k) {
  if (kind(p) != k) return false;
  advance(p);
  return true;
}

static sv_loc span(parser *p, sv_loc start) {
  sv_loc loc = start;
  uint32_t end = p->prev.offset + p->prev.len;
  loc.len = end > start.offset ? end - start.offset : start.len;
  return loc;
}

/* "invalid syntax" at the current token, or the construct it starts. */
static void syntax_error(parser *p) {
  sv_token *t = cur(p);
  switch (t->kind) {
    case SV_TOK_WALRUS:
      reject(p, t->loc, "the walrus operator ':=' is not supported by "
                        "scopeviz");
      return;
    case SV_TOK_YIELD:
      reject(p, t->loc, "'yield' is not supported by scopeviz");
      return;
    case SV_TOK_AWAIT:
      reject(p, t->loc, "'await' is not supported by scopeviz");
      return;
    case SV_TOK_ASYNC:
      reject(p, t->loc, "'async' is not supported by scopeviz");
      return;
    case SV_TOK_INDENT:
      reject(p, t->loc, "IndentationError: unexpected indent");
      return;
    default:
      error(p, t->loc, "invalid syntax");
  }
}

static bool expect(parser *p, sv_tok_kind k) {
  if (accept(p, k)) return true;
  if (k == SV_TOK_COLON && kind(p) != SV_TOK_WALRUS) {
    error(p, cur(p)->loc, "expected ':'");
    return false;
  }
  syntax_error(p);
  return false;
}

/* ---- nodes ----------------------------------------------------------- */

static sv_ast *node(parser *p, sv_ast_kind k, sv_loc loc) {
  if (p->budget && (++p->nnodes & 4095) == 0 && !p->limit &&
      sv__budget_exceeded(p->budget, 0)) {
    char msg[128];
    snprintf(msg, sizeof msg,
             "memory limit exceeded while parsing (%zu bytes; raise it with "
             "--max-memory)",
             p->budget->limit);
    out_of_budget(p, loc, msg);
  }
  sv_ast *n = sv__arena_zalloc(p->arena, sizeof *n);
  n->kind = k;
  n->loc = loc;
  return n;
}

/* Moves stack[base..] into an arena list and truncates the stack. */
static sv_ast_list take_list(parser *p, size_t base) {
  sv_ast_list l = {NULL, 0};
  size_t n = p->stack.count - base;
  if (n) {
    l.items = sv__arena_alloc(p->arena, n * sizeof *l.items);
    memcpy(l.items, p->stack.items + base, n * sizeof *l.items);
    l.count = (uint32_t)n;
  }
  p->stack.count = base;
  return l;
}

static void push(parser *p, sv_ast *n) {
  sv__vec_push(&p->stack, n);
}

static void *arena_copy(parser *p, const void *items, size_t size) {
  if (!size) return NULL;
  void *d = sv__arena_alloc(p->arena, size);
  memcpy(d, items, size);
  return d;
}

static bool enter(parser *p) {
  if (p->depth >= MAX_DEPTH) {
    reject(p, cur(p)->loc, "expression too deeply nested (limit is %d)",
           MAX_DEPTH);
    return false;
  }
  p->depth++;
  return true;
}

static void leave(parser *p) {
  p->depth--;
}

/* ---- expressions ----------------------------------------------------- */

static sv_ast *parse_expr(parser *p);
static sv_ast *parse_star_exprs(parser *p, bool allow_star);
static sv_ast *parse_binary(parser *p, int level);
static sv_ast *parse_disjunction(parser *p);
static sv_ast *parse_strings(parser *p);
static bool parse_params(parser *p, sv_tok_kind close, sv_ast *fn);
static bool parse_comp_fors(parser *p, sv_ast *comp);

static bool starts_expr(sv_tok_kind k) {
  switch (k) {
    case SV_TOK_NAME: case SV_TOK_INT: case SV_TOK_FLOAT:
    case SV_TOK_STRING: case SV_TOK_LPAR: case SV_TOK_LSQB:
    case SV_TOK_LBRACE: case SV_TOK_TILDE: case SV_TOK_TRUE:
    case SV_TOK_FALSE: case SV_TOK_NONE: case SV_TOK_LAMBDA:
    case SV_TOK_ELLIPSIS:
      return true;
    default:
      return false;
  }
}

/* After an element inside brackets: two juxtaposed expressions get
 * CPython's comma hint, anything else plain "invalid syntax". */
static void element_error(parser *p, sv_ast *prev) {
  if (prev && starts_expr(kind(p)))
    error(p, prev->loc, "invalid syntax. Perhaps you forgot a comma?");
  else
    syntax_error(p);
}

static const char *forbidden_call(const char *name) {
  static const struct {
    const char *name, *why;
  } t[] = {
      {"exec", "no dynamic code"},     {"eval", "no dynamic code"},
      {"compile", "no dynamic code"},  {"open", "no file access"},
      {"input", "no console input"},   {"__import__", "no dynamic imports"},
      {"globals", "no introspection"}, {"locals", "no introspection"},
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    if (strcmp(t[i].name, name) == 0) return t[i].why;
  return NULL;
}

static sv_ast *parse_call(parser *p, sv_ast *fn) {
  /* '(' consumed */
  size_t base = p->stack.count;
  bool seen_kw = false, seen_dstar = false;
  sv_ast *prev = NULL;
  sv_ast *res = NULL;
  while (kind(p) != SV_TOK_RPAR) {
    sv_token *t = cur(p);
    sv_ast *arg;
    if (t->kind == SV_TOK_STAR) {
      advance(p);
      sv_ast *v = parse_expr(p);
      if (!v) goto out;
      arg = node(p, SV_AST_STARRED, span(p, t->loc));
      arg->as.unary.operand = v;
      if (seen_dstar) {
        error(p, arg->loc, "iterable argument unpacking follows keyword "
                           "argument unpacking");
        goto out;
      }
    } else if (t->kind == SV_TOK_DSTAR) {
      advance(p);
      sv_ast *v = parse_expr(p);
      if (!v) goto out;
      arg = node(p, SV_AST_DSTAR, span(p, t->loc));
      arg->as.unary.operand = v;
      seen_dstar = true;
    } else if (t->kind == SV_TOK_NAME && peek_kind(p, 1) == SV_TOK_EQ) {
      advance(p);
      advance(p);
      sv_ast *v = parse_expr(p);
      if (!v) goto out;
      arg = node(p, SV_AST_KEYWORD, span(p, t->loc));
      arg->as.keyword.name = t->as.name;
      arg->as.keyword.value = v;
      seen_kw = true;
    } else {
      sv_ast *v = parse_expr(p);
      if (!v) goto out;
      if (kind(p) == SV_TOK_EQ) {
        if (v->kind == SV_AST_TRUE || v->kind == SV_AST_FALSE ||
            v->kind == SV_AST_NONE)
          reject(p, v->loc, "cannot assign to %s",
                 v->kind == SV_AST_TRUE ? "True"
                 : v->kind == SV_AST_FALSE ? "False" : "None");
        else
          reject(p, v->loc, "expression cannot contain assignment, perhaps "
                            "you meant \"==\"?");
        goto out;
      }
      if (kind(p) == SV_TOK_FOR) {
        sv_ast *g = node(p, SV_AST_GENEXP, v->loc);
        g->as.comp.elt = v;
        if (!parse_comp_fors(p, g)) goto out;
        g->loc = span(p, v->loc);
        bool sole = p->stack.count == base && kind(p) == SV_TOK_RPAR;
        if (!sole) {
          reject(p, g->loc, "Generator expression must be parenthesized");
          goto out;
        }
        v = g;
      }
      arg = v;
      if (seen_dstar) {
        reject(p, v->loc, "positional argument follows keyword argument "
                          "unpacking");
        goto out;
      }
      if (seen_kw) {
        reject(p, v->loc, "positional argument follows keyword argument");
        goto out;
      }
    }
    push(p, arg);
    prev = arg;
    if (!accept(p, SV_TOK_COMMA)) {
      if (kind(p) != SV_TOK_RPAR) {
        element_error(p, prev);
        goto out;
      }
    }
  }
  advance(p); /* ')' */
  res = node(p, SV_AST_CALL, span(p, fn->loc));
  res->as.call.fn = fn;
  res->as.call.args = take_list(p, base);
  if (fn->kind == SV_AST_NAME) {
    const char *why = forbidden_call(fn->as.name);
    if (why) {
      reject(p, fn->loc, "'%s' is not available in scopeviz scripts (%s)",
             fn->as.name, why);
      res = NULL;
    }
  }
out:
  p->stack.count = base;
  return res;
}

/* One subscript element: an expression or a slice. */
static sv_ast *parse_slice_item(parser *p) {
  sv_loc start = cur(p)->loc;
  sv_ast *lo = NULL, *hi = NULL, *step = NULL;
  if (kind(p) != SV_TOK_COLON) {
    if (kind(p) == SV_TOK_STAR) {
      sv_token *t = advance(p);
      sv_ast *v = parse_binary(p, 0);
      if (!v) return NULL;
      sv_ast *s = node(p, SV_AST_STARRED, span(p, t->loc));
      s->as.unary.operand = v;
      return s;
    }
    lo = parse_expr(p);
    if (!lo) return NULL;
    if (kind(p) != SV_TOK_COLON) return lo;
  }
  advance(p); /* ':' */
  sv_tok_kind k = kind(p);
  if (k != SV_TOK_COLON && k != SV_TOK_COMMA && k != SV_TOK_RSQB) {
    hi = parse_expr(p);
    if (!hi) return NULL;
  }
  if (accept(p, SV_TOK_COLON)) {
    k = kind(p);
    if (k != SV_TOK_COMMA && k != SV_TOK_RSQB) {
      step = parse_expr(p);
      if (!step) return NULL;
    }
  }
  sv_ast *s = node(p, SV_AST_SLICE, span(p, start));
  s->as.slice.lo = lo;
  s->as.slice.hi = hi;
  s->as.slice.step = step;
  return s;
}

static sv_ast *parse_subscript(parser *p, sv_ast *obj, sv_loc lsqb) {
  /* '[' consumed */
  size_t base = p->stack.count;
  sv_ast *res = NULL;
  bool tuple = false;
  sv_ast *prev = NULL;
  while (kind(p) != SV_TOK_RSQB) {
    sv_ast *it = parse_slice_item(p);
    if (!it) goto out;
    push(p, it);
    prev = it;
    if (!accept(p, SV_TOK_COMMA)) {
      if (kind(p) != SV_TOK_RSQB) {
        element_error(p, prev);
        goto out;
      }
      break;
    }
    tuple = true;
  }
  if (p->stack.count == base) {
    syntax_error(p);
    goto out;
  }
  advance(p); /* ']' */
  sv_ast *index;
  if (tuple) {
    index = node(p, SV_AST_TUPLE, span(p, lsqb));
    index->as.seq = take_list(p, base);
  } else {
    index = p->stack.items[base];
  }
  res = node(p, SV_AST_SUBSCRIPT, span(p, obj->loc));
  res->as.sub.obj = obj;
  res->as.sub.index = index;
out:
  p->stack.count = base;
  return res;
}

/* A comprehension's "for x in it if c ..." clauses (at 'for'). */
static bool check_target(parser *p, sv_ast *t, const char *verb);

static bool parse_comp_fors(parser *p, sv_ast *comp) {
  SV_VEC(sv_comp_for) fors = {NULL, 0, 0};
  bool ok = false;
  while (kind(p) == SV_TOK_FOR || kind(p) == SV_TOK_ASYNC) {
    if (kind(p) == SV_TOK_ASYNC) {
      syntax_error(p);
      goto out;
    }
    advance(p);
    sv_comp_for f;
    memset(&f, 0, sizeof f);
    f.target = parse_star_exprs(p, true);
    if (!f.target) goto out;
    if (!check_target(p, f.target, "assign to")) goto out;
    if (!expect(p, SV_TOK_IN)) goto out;
    f.iter = parse_disjunction(p);
    if (!f.iter) goto out;
    size_t base = p->stack.count;
    while (kind(p) == SV_TOK_IF) {
      advance(p);
      sv_ast *c = parse_disjunction(p);
      if (!c) {
        p->stack.count = base;
        goto out;
      }
      push(p, c);
    }
    f.ifs = take_list(p, base);
    sv__vec_push(&fors, f);
  }
  comp->as.comp.fors =
      arena_copy(p, fors.items, fors.count * sizeof *fors.items);
  comp->as.comp.nfors = (uint32_t)fors.count;
  ok = true;
out:
  sv__vec_free(&fors);
  return ok;
}

static sv_ast *parse_star_or_expr(parser *p) {
  if (kind(p) == SV_TOK_STAR) {
    sv_token *t = advance(p);
    sv_ast *v = parse_binary(p, 0);
    if (!v) return NULL;
    sv_ast *s = node(p, SV_AST_STARRED, span(p, t->loc));
    s->as.unary.operand = v;
    return s;
  }
  return parse_expr(p);
}

/* '(' consumed: (), (x), (x,), (x, y), (x for ...) */
static sv_ast *parse_paren(parser *p, sv_loc open) {
  if (accept(p, SV_TOK_RPAR)) {
    sv_ast *t = node(p, SV_AST_TUPLE, span(p, open));
    return t;
  }
  if (kind(p) == SV_TOK_YIELD) {
    syntax_error(p);
    return NULL;
  }
  size_t base = p->stack.count;
  sv_ast *res = NULL;
  sv_ast *first = parse_star_or_expr(p);
  if (!first) goto out;
  if (kind(p) == SV_TOK_FOR) {
    sv_ast *g = node(p, SV_AST_GENEXP, open);
    g->as.comp.elt = first;
    if (!parse_comp_fors(p, g)) goto out;
    if (!accept(p, SV_TOK_RPAR)) {
      element_error(p, NULL);
      goto out;
    }
    g->loc = span(p, open);
    res = g;
    goto out;
  }
  if (accept(p, SV_TOK_RPAR)) {
    if (first->kind == SV_AST_STARRED) {
      reject(p, first->loc, "cannot use starred expression here");
      goto out;
    }
    res = first;
    goto out;
  }
  push(p, first);
  sv_ast *prev = first;
  for (;;) {
    if (!accept(p, SV_TOK_COMMA)) {
      element_error(p, prev);
      goto out;
    }
    if (accept(p, SV_TOK_RPAR)) break;
    prev = parse_star_or_expr(p);
    if (!prev) goto out;
    push(p, prev);
    if (accept(p, SV_TOK_RPAR)) break;
  }
  res = node(p, SV_AST_TUPLE, span(p, open));
  res->as.seq = take_list(p, base);
out:
  p->stack.count = base;
  return res;
}

/* '[' consumed */
static sv_ast *parse_list(parser *p, sv_loc open) {
  size_t base = p->stack.count;
  sv_ast *res = NULL;
  if (kind(p) != SV_TOK_RSQB) {
    sv_ast *first = parse_star_or_expr(p);
    if (!first) goto out;
    if (kind(p) == SV_TOK_FOR) {
      sv_ast *c = node(p, SV_AST_LISTCOMP, open);
      c->as.comp.elt = first;
      if (!parse_comp_fors(p, c)) goto out;
      if (!accept(p, SV_TOK_RSQB)) {
        element_error(p, NULL);
        goto out;
      }
      c->loc = span(p, open);
      res = c;
      goto out;
    }
    push(p, first);
    sv_ast *prev = first;
    while (kind(p) != SV_TOK_RSQB) {
      if (!accept(p, SV_TOK_COMMA)) {
        element_error(p, prev);
        goto out;
      }
      if (kind(p) == SV_TOK_RSQB) break;
      prev = parse_star_or_expr(p);
      if (!prev) goto out;
      push(p, prev);
    }
  }
  advance(p); /* ']' */
  res = node(p, SV_AST_LIST, span(p, open));
  res->as.seq = take_list(p, base);
out:
  p->stack.count = base;
  return res;
}

/* '{' consumed: dict, set, or their comprehensions. Keys and values are
 * pushed as pairs on the stack. */
static sv_ast *parse_brace(parser *p, sv_loc open) {
  size_t base = p->stack.count;
  sv_ast *res = NULL;
  if (accept(p, SV_TOK_RBRACE)) {
    res = node(p, SV_AST_DICT, span(p, open));
    goto out;
  }
  bool is_dict;
  sv_ast *k = NULL, *v = NULL;
  if (kind(p) == SV_TOK_DSTAR) {
    advance(p);
    v = parse_binary(p, 0);
    if (!v) goto out;
    is_dict = true;
  } else {
    k = parse_star_or_expr(p);
    if (!k) goto out;
    is_dict = accept(p, SV_TOK_COLON);
    if (is_dict) {
      if (k->kind == SV_AST_STARRED) {
        reject(p, k->loc, "cannot use a starred expression in a dictionary "
                          "value");
        goto out;
      }
      v = parse_expr(p);
      if (!v) goto out;
    }
  }
  if (kind(p) == SV_TOK_FOR && (k || !is_dict)) {
    sv_ast *c = node(p, is_dict ? SV_AST_DICTCOMP : SV_AST_SETCOMP, open);
    c->as.comp.elt = k;
    c->as.comp.value = v;
    if (!parse_comp_fors(p, c)) goto out;
    if (!accept(p, SV_TOK_RBRACE)) {
      element_error(p, NULL);
      goto out;
    }
    c->loc = span(p, open);
    res = c;
    goto out;
  }
  push(p, k);
  if (is_dict) push(p, v);
  sv_ast *prev = is_dict ? v : k;
  while (kind(p) != SV_TOK_RBRACE) {
    if (!accept(p, SV_TOK_COMMA)) {
      element_error(p, prev);
      goto out;
    }
    if (kind(p) == SV_TOK_RBRACE) break;
    if (is_dict) {
      if (accept(p, SV_TOK_DSTAR)) {
        k = NULL;
        v = parse_binary(p, 0);
        if (!v) goto out;
      } else {
        k = parse_expr(p);
        if (!k) goto out;
        if (!expect(p, SV_TOK_COLON)) goto out;
        v = parse_expr(p);
        if (!v) goto out;
      }
      push(p, k);
      push(p, v);
      prev = v;
    } else {
      prev = parse_star_or_expr(p);
      if (!prev) goto out;
      push(p, prev);
    }
  }
  advance(p); /* '}' */
  if (is_dict) {
    res = node(p, SV_AST_DICT, span(p, open));
    size_t n = (p->stack.count - base) / 2;
    sv_ast **ks = sv__arena_alloc(p->arena, n * sizeof *ks);
    sv_ast **vs = sv__arena_alloc(p->arena, n * sizeof *vs);
    for (size_t i = 0; i < n; i++) {
      ks[i] = p->stack.items[base + 2 * i];
      vs[i] = p->stack.items[base + 2 * i + 1];
    }
    res->as.dict.keys.items = ks;
    res->as.dict.keys.count = (uint32_t)n;
    res->as.dict.values.items = vs;
    res->as.dict.values.count = (uint32_t)n;
  } else {
    res = node(p, SV_AST_SET, span(p, open));
    res->as.seq = take_list(p, base);
  }
out:
  p->stack.count = base;
  return res;
}

static sv_ast *parse_atom(parser *p) {
  sv_token *t = cur(p);
  sv_ast *n;
  switch (t->kind) {
    case SV_TOK_NAME:
      advance(p);
      if (kind(p) == SV_TOK_WALRUS) {
        syntax_error(p);
        return NULL;
      }
      n = node(p, SV_AST_NAME, t->loc);
      n->as.name = t->as.name;
      return n;
    case SV_TOK_INT:
      advance(p);
      n = node(p, SV_AST_INT, t->loc);
      n->as.ival = t->as.ival;
      return n;
    case SV_TOK_FLOAT:
      advance(p);
      n = node(p, SV_AST_FLOAT, t->loc);
      n->as.fval = t->as.fval;
      return n;
    case SV_TOK_TRUE:
      advance(p);
      return node(p, SV_AST_TRUE, t->loc);
    case SV_TOK_FALSE:
      advance(p);
      return node(p, SV_AST_FALSE, t->loc);
    case SV_TOK_NONE:
      advance(p);
      return node(p, SV_AST_NONE, t->loc);
    case SV_TOK_STRING:
      return parse_strings(p);
    case SV_TOK_ELLIPSIS:
      reject(p, t->loc, "'...' (Ellipsis) is not supported by scopeviz");
      return NULL;
    case SV_TOK_LPAR:
    case SV_TOK_LSQB:
    case SV_TOK_LBRACE: {
      if (!enter(p)) return NULL;
      advance(p);
      sv_ast *r = t->kind == SV_TOK_LPAR   ? parse_paren(p, t->loc)
                  : t->kind == SV_TOK_LSQB ? parse_list(p, t->loc)
                                           : parse_brace(p, t->loc);
      leave(p);
      return r;
    }
    default:
      syntax_error(p);
      return NULL;
  }
}

static sv_ast *parse_primary(parser *p) {
  sv_ast *e = parse_atom(p);
  if (!e) return NULL;
  for (;;) {
    sv_token *t = cur(p);
    if (t->kind == SV_TOK_DOT) {
      advance(p);
      sv_token *nt = cur(p);
      if (nt->kind != SV_TOK_NAME) {
        syntax_error(p);
        return NULL;
      }
      advance(p);
      sv_ast *a = node(p, SV_AST_ATTR, span(p, e->loc));
      a->as.attr.obj = e;
      a->as.attr.name = nt->as.name;
      a->as.attr.name_loc = nt->loc;
      e = a;
    } else if (t->kind == SV_TOK_LPAR) {
      if (!enter(p)) return NULL;
      advance(p);
      e = parse_call(p, e);
      leave(p);
      if (!e) return NULL;
    } else if (t->kind == SV_TOK_LSQB) {
      if (!enter(p)) return NULL;
      advance(p);
      e = parse_subscript(p, e, t->loc);
      leave(p);
      if (!e) return NULL;
    } else {
      return e;
    }
  }
}

/* power: primary ['**' factor]; factor: ('+'|'-'|'~') factor | power.
 * Unary chains recurse, bounded by MAX_DEPTH. */
static sv_ast *parse_factor(parser *p) {
  sv_token *t = cur(p);
  sv_ast_op op = t->kind == SV_TOK_MINUS   ? SV_OP_NEG
                 : t->kind == SV_TOK_PLUS  ? SV_OP_POS
                 : t->kind == SV_TOK_TILDE ? SV_OP_INVERT
                                           : SV_OP_NONE;
  if (op != SV_OP_NONE) {
    if (!enter(p)) return NULL;
    advance(p);
    sv_ast *operand = parse_factor(p);
    leave(p);
    if (!operand) return NULL;
    sv_ast *u = node(p, SV_AST_UNARY, span(p, t->loc));
    u->op = op;
    u->as.unary.operand = operand;
    return u;
  }
  if (t->kind == SV_TOK_AWAIT) {
    syntax_error(p);
    return NULL;
  }
  sv_ast *base = parse_primary(p);
  if (!base) return NULL;
  if (kind(p) == SV_TOK_DSTAR) {
    advance(p);
    if (!enter(p)) return NULL;
    sv_ast *exp = parse_factor(p);
    leave(p);
    if (!exp) return NULL;
    sv_ast *b = node(p, SV_AST_BINOP, span(p, base->loc));
    b->op = SV_OP_POW;
    b->as.binop.left = base;
    b->as.binop.right = exp;
    return b;
  }
  return base;
}

/* Binary levels from loosest to tightest: | ^ & (<< >>) (+ -)
 * (* / // % @). Each level is a loop, so long chains do not recurse. */
static sv_ast_op binary_op(int level, sv_tok_kind k) {
  switch (level) {
    case 0: return k == SV_TOK_VBAR ? SV_OP_BITOR : SV_OP_NONE;
    case 1: return k == SV_TOK_CARET ? SV_OP_BITXOR : SV_OP_NONE;
    case 2: return k == SV_TOK_AMPER ? SV_OP_BITAND : SV_OP_NONE;
    case 3:
      return k == SV_TOK_LSHIFT   ? SV_OP_LSHIFT
             : k == SV_TOK_RSHIFT ? SV_OP_RSHIFT
                                  : SV_OP_NONE;
    case 4:
      return k == SV_TOK_PLUS ? SV_OP_ADD
             : k == SV_TOK_MINUS ? SV_OP_SUB
                                 : SV_OP_NONE;
    default:
      switch (k) {
        case SV_TOK_STAR: return SV_OP_MUL;
        case SV_TOK_SLASH: return SV_OP_DIV;
        case SV_TOK_DSLASH: return SV_OP_FLOORDIV;
        case SV_TOK_PERCENT: return SV_OP_MOD;
        case SV_TOK_AT: return SV_OP_MATMUL;
        default: return SV_OP_NONE;
      }
  }
}

static sv_ast *parse_binary(parser *p, int level) {
  sv_ast *left = level == 6 ? parse_factor(p) : parse_binary(p, level + 1);
  if (!left || level == 6) return left;
  for (;;) {
    sv_ast_op op = binary_op(level, kind(p));
    if (op == SV_OP_NONE) return left;
    advance(p);
    sv_ast *right = parse_binary(p, level + 1);
    if (!right) return NULL;
    sv_ast *b = node(p, SV_AST_BINOP, span(p, left->loc));
    b->op = op;
    b->as.binop.left = left;
    b->as.binop.right = right;
    left = b;
  }
}

static sv_ast_op compare_op(parser *p) {
  switch (kind(p)) {
    case SV_TOK_EQEQ: return SV_OP_EQ;
    case SV_TOK_NE: return SV_OP_NE;
    case SV_TOK_LT: return SV_OP_LT;
    case SV_TOK_LE: return SV_OP_LE;
    case SV_TOK_GT: return SV_OP_GT;
    case SV_TOK_GE: return SV_OP_GE;
    case SV_TOK_IN: return SV_OP_IN;
    case SV_TOK_IS: return SV_OP_IS;
    case SV_TOK_NOT:
      return peek_kind(p, 1) == SV_TOK_IN ? SV_OP_NOT_IN : SV_OP_NONE;
    default: return SV_OP_NONE;
  }
}

static sv_ast *parse_comparison(parser *p) {
  sv_ast *left = parse_binary(p, 0);
  if (!left) return NULL;
  sv_ast_op op = compare_op(p);
  if (op == SV_OP_NONE) return left;
  SV_VEC(sv_ast_op) ops = {NULL, 0, 0};
  size_t base = p->stack.count;
  sv_ast *res = NULL;
  while ((op = compare_op(p)) != SV_OP_NONE) {
    advance(p);
    if (op == SV_OP_NOT_IN) advance(p);
    if (op == SV_OP_IS && accept(p, SV_TOK_NOT)) op = SV_OP_IS_NOT;
    sv_ast *r = parse_binary(p, 0);
    if (!r) goto out;
    sv__vec_push(&ops, op);
    push(p, r);
  }
  res = node(p, SV_AST_COMPARE, span(p, left->loc));
  res->as.compare.left = left;
  res->as.compare.ops = arena_copy(p, ops.items, ops.count * sizeof *ops.items);
  res->as.compare.rights = take_list(p, base);
out:
  p->stack.count = base;
  sv__vec_free(&ops);
  return res;
}

static sv_ast *parse_inversion(parser *p) {
  sv_token *t = cur(p);
  if (t->kind != SV_TOK_NOT) return parse_comparison(p);
  if (!enter(p)) return NULL;
  advance(p);
  sv_ast *operand = parse_inversion(p);
  leave(p);
  if (!operand) return NULL;
  sv_ast *u = node(p, SV_AST_UNARY, span(p, t->loc));
  u->op = SV_OP_NOT;
  u->as.unary.operand = operand;
  return u;
}

/* 'or' (level 0) and 'and' (level 1) chains collect into one BOOLOP. */
static sv_ast *parse_boolop(parser *p, int level) {
  sv_tok_kind tk = level == 0 ? SV_TOK_OR : SV_TOK_AND;
  sv_ast *first = level == 0 ? parse_boolop(p, 1) : parse_inversion(p);
  if (!first || kind(p) != tk) return first;
  size_t base = p->stack.count;
  push(p, first);
  sv_ast *res = NULL;
  while (accept(p, tk)) {
    sv_ast *r = level == 0 ? parse_boolop(p, 1) : parse_inversion(p);
    if (!r) goto out;
    push(p, r);
  }
  res = node(p, SV_AST_BOOLOP, span(p, first->loc));
  res->op = level == 0 ? SV_OP_OR : SV_OP_AND;
  res->as.seq = take_list(p, base);
out:
  p->stack.count = base;
  return res;
}

static sv_ast *parse_disjunction(parser *p) {
  return parse_boolop(p, 0);
}

static sv_ast *parse_lambda(parser *p) {
  sv_token *t = advance(p); /* 'lambda' */
  sv_ast *fn = node(p, SV_AST_LAMBDA, t->loc);
  fn->as.func.name = sv__intern_cstr(p->in, "<lambda>");
  if (!parse_params(p, SV_TOK_COLON, fn)) return NULL;
  if (!expect(p, SV_TOK_COLON)) return NULL;
  int fd = p->func_depth, ld = p->loop_depth;
  p->func_depth++;
  p->loop_depth = 0;
  sv_ast *body = parse_expr(p);
  p->func_depth = fd;
  p->loop_depth = ld;
  if (!body) return NULL;
  fn->as.func.body_expr = body;
  fn->loc = span(p, t->loc);
  return fn;
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambda */
static sv_ast *parse_expr(parser *p) {
  if (!enter(p)) return NULL;
  sv_ast *res = NULL;
  if (kind(p) == SV_TOK_LAMBDA) {
    res = parse_lambda(p);
    goto out;
  }
  if (kind(p) == SV_TOK_YIELD) {
    syntax_error(p);
    goto out;
  }
  sv_ast *body = parse_disjunction(p);
  if (!body) goto out;
  if (kind(p) != SV_TOK_IF) {
    res = body;
    goto out;
  }
  advance(p);
  sv_ast *test = parse_disjunction(p);
  if (!test) goto out;
  if (!accept(p, SV_TOK_ELSE)) {
    error(p, span(p, body->loc), "expected 'else' after 'if' expression");
    goto out;
  }
  sv_ast *orelse = parse_expr(p);
  if (!orelse) goto out;
  res = node(p, SV_AST_IFEXP, span(p, body->loc));
  res->as.ifexp.test = test;
  res->as.ifexp.body = body;
  res->as.ifexp.orelse = orelse;
out:
  leave(p);
  return res;
}

/* star_expressions: a bare tuple without parentheses when there is a
 * comma ("a, b = 1, 2", "return x, y"). */
static sv_ast *parse_star_exprs(parser *p, bool for_target) {
  sv_loc start = cur(p)->loc;
  sv_ast *first;
  /* Targets ("for x, y in ...") stop before 'in': parse them at the
   * bitwise-or level, as CPython's star_targets do. */
  if (kind(p) == SV_TOK_STAR) {
    first = parse_star_or_expr(p);
  } else {
    first = for_target ? parse_binary(p, 0) : parse_expr(p);
  }
  if (!first) return NULL;
  if (kind(p) != SV_TOK_COMMA) return first;
  size_t base = p->stack.count;
  push(p, first);
  sv_ast *res = NULL;
  while (accept(p, SV_TOK_COMMA)) {
    sv_tok_kind k = kind(p);
    if (k != SV_TOK_STAR && !starts_expr(k) && k != SV_TOK_MINUS &&
        k != SV_TOK_PLUS && k != SV_TOK_NOT && k != SV_TOK_AWAIT &&
        k != SV_TOK_YIELD)
      break;
    sv_ast *e;
    if (k == SV_TOK_STAR)
      e = parse_star_or_expr(p);
    else
      e = for_target ? parse_binary(p, 0) : parse_expr(p);
    if (!e) goto out;
    push(p, e);
  }
  res = node(p, SV_AST_TUPLE, span(p, start));
  res->as.seq = take_list(p, base);
out:
  p->stack.count = base;
  return res;
}

/* ---- strings and f-strings ------------------------------------------- */

/* Position of a byte offset in the source (for f-string sub-lexing). */
static sv_loc offset_loc(parser *p, size_t off) {
  const sv_source *s = p->src;
  uint32_t lo = 0, hi = s->nlines;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (s->line_starts[mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  sv_loc loc;
  loc.line = lo + 1;
  loc.col = (uint32_t)(off - s->line_starts[lo] + 1);
  loc.offset = (uint32_t)off;
  loc.len = 1;
  return loc;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes the literal text s[a, e) (escapes unless raw; line endings
 * normalised to \n as CPython's reader does) onto out. */
static bool decode(parser *p, const sv_token *t, size_t a, size_t e,
                   int flags, sv_buf *out) {
  const char *s = p->src->text;
  bool raw = flags & SV_STR_RAW, bytes = flags & SV_STR_BYTES;
  size_t body = t->as.str.body;
  for (size_t i = a; i < e;) {
    char c = s[i];
    if (c == '\r') {
      sv__buf_putc(out, '\n');
      i += (i + 1 < e && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '\\' || raw) {
      if (c == '\\' && i + 1 < e) {
        /* raw: a backslash still keeps the next character (a quote or a
         * line ending) in the literal */
        sv__buf_putc(out, c);
        i++;
        if (s[i] == '\r') continue;
        sv__buf_putc(out, s[i]);
        i++;
        continue;
      }
      sv__buf_putc(out, c);
      i++;
      continue;
    }
    size_t esc = i;
    i++;
    char d = s[i];
    i++;
    switch (d) {
      case '\n': break;
      case '\r':
        if (i < e && s[i] == '\n') i++;
        break;
      case '\\': sv__buf_putc(out, '\\'); break;
      case '\'': sv__buf_putc(out, '\''); break;
      case '"': sv__buf_putc(out, '"'); break;
      case 'a': sv__buf_putc(out, '\a'); break;
      case 'b': sv__buf_putc(out, '\b'); break;
      case 'f': sv__buf_putc(out, '\f'); break;
      case 'n': sv__buf_putc(out, '\n'); break;
      case 'r': sv__buf_putc(out, '\r'); break;
      case 't': sv__buf_putc(out, '\t'); break;
      case 'v': sv__buf_putc(out, '\v'); break;
      case '0': case '1': case '2': case '3':
      case '4': case '5': case '6': case '7': {
        uint32_t v = (uint32_t)(d - '0');
        for (int k = 0; k < 2 && i < e && s[i] >= '0' && s[i] <= '7'; k++)
          v = v * 8 + (uint32_t)(s[i++] - '0');
        if (bytes)
          sv__buf_putc(out, (char)(v & 0xff));
        else
          sv__put_utf8(out, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && d != 'x') {
          sv__buf_putc(out, '\\');
          sv__buf_putc(out, d);
          break;
        }
        int n = d == 'x' ? 2 : d == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < n && i < e && hexval(s[i]) >= 0; k++)
          v = v * 16 + (uint32_t)hexval(s[i++]);
        if (k < n) {
          reject(p, t->loc,
                 "(%s error) '%sescape' codec can't decode bytes in "
                 "position %zu-%zu: truncated \\%c%s escape",
                 bytes ? "value" : "unicode", bytes ? "" : "unicode",
                 esc - body, i - body - 1, d,
                 d == 'x' ? "XX" : d == 'u' ? "XXXX" : "XXXXXXXX");
          return false;
        }
        if (v > 0x10ffff) {
          reject(p, t->loc,
                 "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position %zu-%zu: illegal Unicode character",
                 esc - body, i - body - 1);
          return false;
        }
        if (bytes)
          sv__buf_putc(out, (char)v);
        else
          sv__put_utf8(out, v);
        break;
      }
      case 'N':
        if (!bytes) {
          reject(p, t->loc, "'\\N{...}' escapes are not supported by "
                            "scopeviz");
          return false;
        }
        /* fall through */
      default:
        /* unknown escapes keep the backslash, as Python does */
        sv__buf_putc(out, '\\');
        i--;
        break;
    }
  }
  return true;
}

typedef struct fparts {
  node_vec parts;
  sv_buf lit;      /* pending literal text */
  sv_loc lit_loc;
  bool has_lit;
} fparts;

static void flush_lit(parser *p, fparts *f) {
  if (!f->has_lit) return;
  sv_ast *s = node(p, SV_AST_STR, f->lit_loc);
  s->as.str.data = sv__arena_strndup(p->arena, f->lit.data ? f->lit.data : "",
                                     f->lit.len);
  s->as.str.len = (uint32_t)f->lit.len;
  sv__vec_push(&f->parts, s);
  sv__buf_clear(&f->lit);
  f->has_lit = false;
}

static bool decode_lit(parser *p, const sv_token *t, fparts *f, size_t a,
                       size_t e, int flags) {
  if (a >= e) return true;
  if (!f->has_lit) {
    f->lit_loc = offset_loc(p, a);
    f->has_lit = true;
  }
  return decode(p, t, a, e, flags, &f->lit);
}

static size_t fstring_body(parser *p, const sv_token *t, size_t i, size_t e,
                           int flags, bool in_spec, fparts *f);

/* Parses the replacement field whose '{' is at s[i]; returns the offset
 * after its '}' or 0 after an error. */
static size_t fstring_field(parser *p, const sv_token *t, size_t i, size_t e,
                            int flags, fparts *f) {
  const char *s = p->src->text;
  size_t open = i;
  size_t a = i + 1;
  size_t j = a;
  int nest = 0;
  char quote = 0;
  bool debug = false;
  sv_loc here = offset_loc(p, open);
  p->fdepth++;
  /* find the end of the expression: '!', ':', '=' or '}' at depth 0 */
  for (; j < e; j++) {
    char c = s[j];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\\') {
      reject(p, offset_loc(p, j), "f-string expression part cannot "
                                  "include a backslash");
      goto fail;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      continue;
    }
    if (c == '#') {
      reject(p, offset_loc(p, j), "f-string expression part cannot "
                                  "include '#'");
      goto fail;
    }
    if (c == '(' || c == '[' || c == '{') {
      nest++;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (nest == 0) break;
      nest--;
      continue;
    }
    if (nest > 0) continue;
    if (c == '!' && j + 1 < e && s[j + 1] == '=') {
      j++;
      continue;
    }
    if (c == '=' && j + 1 < e && s[j + 1] == '=') {
      j++;
      continue;
    }
    if (c == '=' && j > a && strchr("=!<>", s[j - 1])) continue;
    if (c == '!' || c == ':') break;
    if (c == '=') {
      debug = true;
      break;
    }
  }
  if (j >= e || quote) {
    error(p, here, "expecting '}'");
    goto fail;
  }
  {
    bool empty = true;
    for (size_t k = a; k < j; k++)
      if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' &&
          s[k] != '\f')
        empty = false;
    if (empty) {
      error(p, offset_loc(p, j), "empty expression not allowed");
      goto fail;
    }
  }
  size_t expr_end = j;
  if (debug) {
    /* f'{x=}': the text "x=" (spaces kept), then repr unless a spec or
     * conversion says otherwise */
    if (!f->has_lit) {
      f->lit_loc = offset_loc(p, a);
      f->has_lit = true;
    }
    sv__buf_append(&f->lit, s + a, j + 1 - a);
    j++;
    while (j < e && (s[j] == ' ' || s[j] == '\t')) {
      sv__buf_putc(&f->lit, s[j]);
      j++;
    }
  }
  flush_lit(p, f);
  sv_tokens toks = {NULL, 0, 0};
  if (!sv__lex(p->arena, p->in, s, a, expr_end, offset_loc(p, a), true,
               p->budget, &toks)) {
    out_of_budget(p, toks.items[0].loc, toks.items[0].as.msg);
    sv__vec_free(&toks);
    goto fail;
  }
  sv_token *save_toks = p->toks;
  size_t save_n = p->ntoks, save_pos = p->pos;
  sv_loc save_prev = p->prev;
  p->toks = toks.items;
  p->ntoks = toks.count;
  p->pos = 0;
  sv_ast *value = NULL;
  if (kind(p) == SV_TOK_YIELD) {
    syntax_error(p);
  } else {
    value = parse_star_exprs(p, false);
    if (value && kind(p) != SV_TOK_EOF) {
      element_error(p, value);
      value = NULL;
    }
  }
  p->toks = save_toks;
  p->ntoks = save_n;
  p->pos = save_pos;
  p->prev = save_prev;
  sv__vec_free(&toks);
  if (p->limit) go_to_eof(p);
  if (!value) goto fail;
  sv_ast *fmt = node(p, SV_AST_FORMATTED, here);
  fmt->as.fmt.value = value;
  if (j < e && s[j] == '!') {
    j++;
    if (j < e && (s[j] == 'r' || s[j] == 's' || s[j] == 'a') && j + 1 < e &&
        (s[j + 1] == ':' || s[j + 1] == '}')) {
      fmt->as.fmt.conv = s[j];
      j++;
    } else {
      error(p, offset_loc(p, j), "invalid conversion character: expected "
                                 "'s', 'r', or 'a'");
      goto fail;
    }
  }
  if (j < e && s[j] == ':') {
    if (p->fdepth >= 2) {
      error(p, offset_loc(p, j), "expressions nested too deeply");
      goto fail;
    }
    fparts spec;
    memset(&spec, 0, sizeof spec);
    sv__buf_init(&spec.lit);
    size_t k = fstring_body(p, t, j + 1, e, flags, true, &spec);
    if (k) flush_lit(p, &spec);
    sv_ast *sp = node(p, SV_AST_FSTRING, offset_loc(p, j));
    sp->as.seq.count = (uint32_t)spec.parts.count;
    sp->as.seq.items = arena_copy(p, spec.parts.items,
                                  spec.parts.count * sizeof(sv_ast *));
    sv__vec_free(&spec.parts);
    sv__buf_fini(&spec.lit);
    if (!k) goto fail;
    fmt->as.fmt.spec = sp;
    j = k;
  } else if (debug && !fmt->as.fmt.conv) {
    fmt->as.fmt.conv = 'r';
  }
  if (j >= e || s[j] != '}') {
    error(p, here, "expecting '}'");
    goto fail;
  }
  fmt->loc.len = (uint32_t)(j + 1 - open);
  sv__vec_push(&f->parts, fmt);
  p->fdepth--;
  return j + 1;
fail:
  p->fdepth--;
  return 0;
}

/* Literal text and fields of s[i, e); in a format spec, stops at the
 * closing '}' (returned). Returns 0 after an error. */
static size_t fstring_body(parser *p, const sv_token *t, size_t i, size_t e,
                           int flags, bool in_spec, fparts *f) {
  const char *s = p->src->text;
  size_t lit = i;
  while (i < e) {
    char c = s[i];
    if (c == '\\' && !(flags & SV_STR_RAW) && i + 1 < e) {
      i += 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && i + 1 < e && s[i + 1] == '{') {
        if (!decode_lit(p, t, f, lit, i + 1, flags)) return 0;
        i += 2;
        lit = i;
        continue;
      }
      if (!decode_lit(p, t, f, lit, i, flags)) return 0;
      i = fstring_field(p, t, i, e, flags, f);
      if (!i) return 0;
      lit = i;
      continue;
    }
    if (c == '}') {
      if (in_spec) {
        if (!decode_lit(p, t, f, lit, i, flags)) return 0;
        return i;
      }
      if (i + 1 < e && s[i + 1] == '}') {
        if (!decode_lit(p, t, f, lit, i + 1, flags)) return 0;
        i += 2;
        lit = i;
        continue;
      }
      reject(p, offset_loc(p, i), "f-string: single '}' is not allowed");
      return 0;
    }
    i++;
  }
  if (in_spec) {
    reject(p, offset_loc(p, i), "f-string: expecting '}'");
    return 0;
  }
  if (!decode_lit(p, t, f, lit, e, flags)) return 0;
  return e;
}

/* One or more adjacent string literals -> STR, BYTES or FSTRING. */
static sv_ast *parse_strings(parser *p) {
  sv_token *first = cur(p);
  bool any_f = false, any_bytes = false, any_str = false;
  size_t n = 0;
  for (size_t i = p->pos; i < p->ntoks && p->toks[i].kind == SV_TOK_STRING;
       i++, n++) {
    int fl = p->toks[i].as.str.flags;
    if (fl & SV_STR_FMT) any_f = true;
    if (fl & SV_STR_BYTES)
      any_bytes = true;
    else
      any_str = true;
  }
  if (any_bytes && any_str) {
    reject(p, first->loc, "cannot mix bytes and nonbytes literals");
    return NULL;
  }
  fparts f;
  memset(&f, 0, sizeof f);
  sv__buf_init(&f.lit);
  sv_ast *res = NULL;
  for (size_t k = 0; k < n; k++) {
    sv_token *t = advance(p);
    size_t a = t->as.str.body, e = a + t->as.str.body_len;
    int fl = t->as.str.flags;
    if (fl & SV_STR_FMT) {
      if (!enter(p)) goto out;
      size_t r = fstring_body(p, t, a, e, fl, false, &f);
      leave(p);
      if (!r) goto out;
    } else {
      if (!f.has_lit) {
        f.lit_loc = t->loc;
        f.has_lit = true;
      }
      if (!decode(p, t, a, e, fl, &f.lit)) goto out;
    }
  }
  sv_loc loc = span(p, first->loc);
  if (any_f) {
    flush_lit(p, &f);
    res = node(p, SV_AST_FSTRING, loc);
    res->as.seq.count = (uint32_t)f.parts.count;
    res->as.seq.items =
        arena_copy(p, f.parts.items, f.parts.count * sizeof(sv_ast *));
  } else {
    res = node(p, any_bytes ? SV_AST_BYTES : SV_AST_STR, loc);
    res->as.str.data =
        sv__arena_strndup(p->arena, f.lit.data ? f.lit.data : "", f.lit.len);
    res->as.str.len = (uint32_t)f.lit.len;
  }
out:
  sv__vec_free(&f.parts);
  sv__buf_fini(&f.lit);
  return res;
}

/* ---- targets --------------------------------------------------------- */

static const char *expr_name(const sv_ast *e) {
  switch (e->kind) {
    case SV_AST_CALL: return "function call";
    case SV_AST_INT: case SV_AST_FLOAT: case SV_AST_STR: case SV_AST_BYTES:
      return "literal";
    case SV_AST_TRUE: return "True";
    case SV_AST_FALSE: return "False";
    case SV_AST_NONE: return "None";
    case SV_AST_FSTRING: return "f-string expression";
    case SV_AST_COMPARE: return "comparison";
    case SV_AST_IFEXP: return "conditional expression";
    case SV_AST_LAMBDA: return "lambda";
    case SV_AST_LISTCOMP: return "list comprehension";
    case SV_AST_SETCOMP: return "set comprehension";
    case SV_AST_DICTCOMP: return "dict comprehension";
    case SV_AST_GENEXP: return "generator expression";
    case SV_AST_DICT: return "dict literal";
    case SV_AST_SET: return "set display";
    case SV_AST_STARRED: return "starred";
    case SV_AST_TUPLE: return "tuple";
    case SV_AST_LIST: return "list";
    case SV_AST_ATTR: return "attribute";
    case SV_AST_SUBSCRIPT: return "subscript";
    case SV_AST_NAME: return "name";
    default: return "expression";
  }
}

/* The first part of target t that cannot be assigned (NULL: valid).
 * Nesting is bounded by the bracket limit. */
static const sv_ast *bad_target(const sv_ast *t, bool del) {
  switch (t->kind) {
    case SV_AST_NAME: case SV_AST_ATTR: case SV_AST_SUBSCRIPT:
      return NULL;
    case SV_AST_STARRED:
      if (del) return t;
      return bad_target(t->as.unary.operand, del);
    case SV_AST_TUPLE: case SV_AST_LIST:
      for (uint32_t i = 0; i < t->as.seq.count; i++) {
        const sv_ast *b = bad_target(t->as.seq.items[i], del);
        if (b) return b;
      }
      return NULL;
    default:
      return t;
  }
}

/* CPython's compiler checks: one starred target per level, and a starred
 * target only inside a tuple or list. */
static bool check_starred(parser *p, const sv_ast *t) {
  if (t->kind == SV_AST_STARRED) {
    reject(p, t->loc, "starred assignment target must be in a list or "
                      "tuple");
    return false;
  }
  if (t->kind != SV_AST_TUPLE && t->kind != SV_AST_LIST) return true;
  int n = 0;
  for (uint32_t i = 0; i < t->as.seq.count; i++) {
    const sv_ast *e = t->as.seq.items[i];
    if (e->kind == SV_AST_STARRED) {
      if (++n > 1) {
        reject(p, t->loc, "multiple starred expressions in assignment");
        return false;
      }
      if (!check_starred(p, e->as.unary.operand) &&
          e->as.unary.operand->kind != SV_AST_STARRED)
        return false;
    } else if (!check_starred(p, e)) {
      return false;
    }
  }
  return true;
}

/* verb: "assign to" or "delete". */
static bool check_target(parser *p, sv_ast *t, const char *verb) {
  bool del = verb[0] == 'd';
  const sv_ast *b = bad_target(t, del);
  if (b) {
    reject(p, b->loc, "cannot %s %s", verb, expr_name(b));
    return false;
  }
  return del || check_starred(p, t);
}

/* ---- statements ------------------------------------------------------ */

static bool parse_statement(parser *p);
static void sync(parser *p);

/* Statements up to the DEDENT that closes the block just entered. */
static void parse_block_body(parser *p) {
  while (kind(p) != SV_TOK_DEDENT && kind(p) != SV_TOK_EOF) {
    if (!parse_statement(p)) sync(p);
    p->err = false;
  }
  accept(p, SV_TOK_DEDENT);
}

/* Skips to the end of the logical line; an indented block that follows
 * belongs to the broken statement and is parsed (for its own errors) and
 * dropped. */
static void sync(parser *p) {
  while (kind(p) != SV_TOK_NEWLINE && kind(p) != SV_TOK_EOF) advance(p);
  accept(p, SV_TOK_NEWLINE);
  p->err = false;
  if (kind(p) == SV_TOK_INDENT) {
    size_t base = p->stack.count;
    advance(p);
    parse_block_body(p);
    p->stack.count = base;
  }
}

/* ':' consumed. what: "'if' statement", "function definition" ... */
static bool parse_suite(parser *p, const char *what, uint32_t line,
                        sv_ast_list *out) {
  size_t base = p->stack.count;
  if (accept(p, SV_TOK_NEWLINE)) {
    if (kind(p) != SV_TOK_INDENT) {
      reject(p, cur(p)->loc,
             "IndentationError: expected an indented block after %s on "
             "line %u",
             what, line);
      return false;
    }
    advance(p);
    while (kind(p) != SV_TOK_DEDENT && kind(p) != SV_TOK_EOF) {
      if (!parse_statement(p)) sync(p);
      p->err = false;
    }
    accept(p, SV_TOK_DEDENT);
  } else {
    /* simple statements on the same line */
    if (!parse_statement(p)) {
      p->stack.count = base;
      return false;
    }
  }
  *out = take_list(p, base);
  return true;
}

static const char *dotted_name(parser *p, sv_loc *out_loc) {
  sv_token *t = cur(p);
  if (t->kind != SV_TOK_NAME) {
    syntax_error(p);
    return NULL;
  }
  advance(p);
  if (kind(p) != SV_TOK_DOT) {
    if (out_loc) *out_loc = t->loc;
    return t->as.name;
  }
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_appends(&b, t->as.name);
  while (accept(p, SV_TOK_DOT)) {
    sv_token *n = cur(p);
    if (n->kind != SV_TOK_NAME) {
      syntax_error(p);
      sv__buf_fini(&b);
      return NULL;
    }
    advance(p);
    sv__buf_putc(&b, '.');
    sv__buf_appends(&b, n->as.name);
  }
  const char *r = sv__intern(p->in, b.data, b.len);
  sv__buf_fini(&b);
  if (out_loc) *out_loc = span(p, t->loc);
  return r;
}

static sv_ast *parse_import(parser *p) {
  sv_token *t = advance(p);
  SV_VEC(sv_import_name) names = {NULL, 0, 0};
  sv_ast *res = NULL;
  do {
    sv_import_name in;
    memset(&in, 0, sizeof in);
    in.name = dotted_name(p, &in.loc);
    if (!in.name) goto out;
    if (accept(p, SV_TOK_AS)) {
      sv_token *a = cur(p);
      if (a->kind != SV_TOK_NAME) {
        syntax_error(p);
        goto out;
      }
      advance(p);
      in.asname = a->as.name;
    }
    sv__vec_push(&names, in);
  } while (accept(p, SV_TOK_COMMA));
  res = node(p, SV_AST_IMPORT, span(p, t->loc));
  res->as.import.names =
      arena_copy(p, names.items, names.count * sizeof *names.items);
  res->as.import.nnames = (uint32_t)names.count;
out:
  sv__vec_free(&names);
  return res;
}

static sv_ast *parse_from_import(parser *p) {
  sv_token *t = advance(p);
  SV_VEC(sv_import_name) names = {NULL, 0, 0};
  sv_ast *res = NULL;
  if (kind(p) == SV_TOK_DOT || kind(p) == SV_TOK_ELLIPSIS) {
    reject(p, cur(p)->loc, "relative imports are not supported by scopeviz");
    goto out;
  }
  const char *module = dotted_name(p, NULL);
  if (!module) goto out;
  if (!expect(p, SV_TOK_IMPORT)) goto out;
  if (kind(p) == SV_TOK_STAR) {
    sv_token *s = advance(p);
    sv_import_name in = {sv__intern_cstr(p->in, "*"), NULL, s->loc};
    sv__vec_push(&names, in);
  } else {
    bool paren = accept(p, SV_TOK_LPAR);
    for (;;) {
      sv_token *n = cur(p);
      if (n->kind != SV_TOK_NAME) {
        syntax_error(p);
        goto out;
      }
      advance(p);
      sv_import_name in = {n->as.name, NULL, n->loc};
      if (accept(p, SV_TOK_AS)) {
        sv_token *a = cur(p);
        if (a->kind != SV_TOK_NAME) {
          syntax_error(p);
          goto out;
        }
        advance(p);
        in.asname = a->as.name;
      }
      sv__vec_push(&names, in);
      if (!accept(p, SV_TOK_COMMA)) break;
      if (paren && kind(p) == SV_TOK_RPAR) break;
      if (!paren && kind(p) != SV_TOK_NAME) {
        reject(p, p->prev, "trailing comma not allowed without surrounding "
                           "parentheses");
        goto out;
      }
    }
    if (paren && !expect(p, SV_TOK_RPAR)) goto out;
  }
  res = node(p, SV_AST_IMPORT_FROM, span(p, t->loc));
  res->as.import.module = module;
  res->as.import.names =
      arena_copy(p, names.items, names.count * sizeof *names.items);
  res->as.import.nnames = (uint32_t)names.count;
out:
  sv__vec_free(&names);
  return res;
}

static sv_ast *parse_names_stmt(parser *p, sv_ast_kind k) {
  sv_token *t = advance(p);
  SV_VEC(const char *) names = {NULL, 0, 0};
  sv_ast *res = NULL;
  if (k == SV_AST_NONLOCAL && p->func_depth == 0) {
    reject(p, t->loc, "nonlocal declaration not allowed at module level");
    goto out;
  }
  do {
    sv_token *n = cur(p);
    if (n->kind != SV_TOK_NAME) {
      syntax_error(p);
      goto out;
    }
    advance(p);
    sv__vec_push(&names, n->as.name);
  } while (accept(p, SV_TOK_COMMA));
  res = node(p, k, span(p, t->loc));
  res->as.names.names =
      arena_copy(p, names.items, names.count * sizeof *names.items);
  res->as.names.count = (uint32_t)names.count;
out:
  sv__vec_free(&names);
  return res;
}

static bool at_simple_end(parser *p) {
  sv_tok_kind k = kind(p);
  return k == SV_TOK_NEWLINE || k == SV_TOK_SEMI || k == SV_TOK_EOF;
}

static sv_ast_op aug_op(sv_tok_kind k) {
  switch (k) {
    case SV_TOK_PLUSEQ: return SV_OP_ADD;
    case SV_TOK_MINUSEQ: return SV_OP_SUB;
    case SV_TOK_STAREQ: return SV_OP_MUL;
    case SV_TOK_SLASHEQ: return SV_OP_DIV;
    case SV_TOK_DSLASHEQ: return SV_OP_FLOORDIV;
    case SV_TOK_PERCENTEQ: return SV_OP_MOD;
    case SV_TOK_DSTAREQ: return SV_OP_POW;
    case SV_TOK_VBAREQ: return SV_OP_BITOR;
    case SV_TOK_AMPEREQ: return SV_OP_BITAND;
    case SV_TOK_CARETEQ: return SV_OP_BITXOR;
    case SV_TOK_LSHIFTEQ: return SV_OP_LSHIFT;
    case SV_TOK_RSHIFTEQ: return SV_OP_RSHIFT;
    case SV_TOK_ATEQ: return SV_OP_MATMUL;
    default: return SV_OP_NONE;
  }
}

static sv_ast *parse_rhs(parser *p) {
  if (kind(p) == SV_TOK_YIELD) {
    syntax_error(p);
    return NULL;
  }
  sv_ast *v = parse_star_exprs(p, false);
  if (v && v->kind == SV_AST_STARRED) {
    reject(p, v->loc, "can't use starred expression here");
    return NULL;
  }
  return v;
}

/* Expression statement, assignment or augmented assignment. */
static sv_ast *parse_expr_stmt(parser *p) {
  sv_loc start = cur(p)->loc;
  sv_ast *first = parse_star_exprs(p, false);
  if (!first) return NULL;
  sv_tok_kind k = kind(p);
  sv_ast_op aop = aug_op(k);
  if (aop != SV_OP_NONE) {
    if (first->kind != SV_AST_NAME && first->kind != SV_AST_ATTR &&
        first->kind != SV_AST_SUBSCRIPT) {
      reject(p, first->loc,
             "'%s' is an illegal expression for augmented assignment",
             expr_name(first));
      return NULL;
    }
    advance(p);
    sv_ast *v = parse_rhs(p);
    if (!v) return NULL;
    sv_ast *a = node(p, SV_AST_AUGASSIGN, span(p, start));
    a->op = aop;
    a->as.augassign.target = first;
    a->as.augassign.value = v;
    return a;
  }
  if (k == SV_TOK_COLON) {
    reject(p, cur(p)->loc, "variable annotations are not supported by "
                           "scopeviz");
    return NULL;
  }
  if (k != SV_TOK_EQ) {
    if (!at_simple_end(p)) {
      if (first->kind == SV_AST_NAME &&
          (strcmp(first->as.name, "print") == 0 ||
           strcmp(first->as.name, "exec") == 0) &&
          starts_expr(kind(p))) {
        reject(p, first->loc,
               "Missing parentheses in call to '%s'. Did you mean %s(...)?",
               first->as.name, first->as.name);
        return NULL;
      }
      syntax_error(p);
      return NULL;
    }
    if (first->kind == SV_AST_STARRED) {
      reject(p, first->loc, "can't use starred expression here");
      return NULL;
    }
    sv_ast *s = node(p, SV_AST_EXPR_STMT, first->loc);
    s->as.unary.operand = first;
    return s;
  }
  size_t base = p->stack.count;
  sv_ast *res = NULL;
  push(p, first);
  sv_ast *value = NULL;
  while (accept(p, SV_TOK_EQ)) {
    value = parse_rhs(p);
    if (!value) goto out;
    if (kind(p) == SV_TOK_EQ) push(p, value);
  }
  if (!at_simple_end(p)) {
    syntax_error(p);
    goto out;
  }
  size_t ntargets = p->stack.count - base;
  for (size_t i = 0; i < ntargets; i++) {
    sv_ast *t = p->stack.items[base + i];
    const sv_ast *b = bad_target(t, false);
    if (b && ntargets == 1 && b == t && t->kind != SV_AST_TRUE &&
        t->kind != SV_AST_FALSE && t->kind != SV_AST_NONE &&
        t->kind != SV_AST_STARRED) {
      reject(p, t->loc,
             "cannot assign to %s here. Maybe you meant '==' instead of "
             "'='?",
             expr_name(t));
      goto out;
    }
    if (!check_target(p, t, "assign to")) goto out;
  }
  res = node(p, SV_AST_ASSIGN, span(p, start));
  res->as.assign.targets = take_list(p, base);
  res->as.assign.value = value;
out:
  p->stack.count = base;
  return res;
}

static sv_ast *parse_simple(parser *p) {
  sv_token *t = cur(p);
  sv_ast *n;
  switch (t->kind) {
    case SV_TOK_PASS:
      advance(p);
      return node(p, SV_AST_PASS, t->loc);
    case SV_TOK_BREAK:
    case SV_TOK_CONTINUE:
      advance(p);
      if (p->loop_depth == 0) {
        reject(p, t->loc, t->kind == SV_TOK_BREAK
                              ? "'break' outside loop"
                              : "'continue' not properly in loop");
        return NULL;
      }
      return node(p, t->kind == SV_TOK_BREAK ? SV_AST_BREAK : SV_AST_CONTINUE,
                  t->loc);
    case SV_TOK_RETURN:
      advance(p);
      n = node(p, SV_AST_RETURN, t->loc);
      if (!at_simple_end(p)) {
        n->as.unary.operand = parse_rhs(p);
        if (!n->as.unary.operand) return NULL;
      }
      if (p->func_depth == 0) {
        reject(p, t->loc, "'return' outside function");
        return NULL;
      }
      n->loc = span(p, t->loc);
      return n;
    case SV_TOK_RAISE:
      advance(p);
      n = node(p, SV_AST_RAISE, t->loc);
      if (!at_simple_end(p)) {
        n->as.raise.exc = parse_expr(p);
        if (!n->as.raise.exc) return NULL;
        if (accept(p, SV_TOK_FROM)) {
          n->as.raise.cause = parse_expr(p);
          if (!n->as.raise.cause) return NULL;
        }
      }
      n->loc = span(p, t->loc);
      return n;
    case SV_TOK_ASSERT:
      advance(p);
      n = node(p, SV_AST_ASSERT, t->loc);
      n->as.assert_.test = parse_expr(p);
      if (!n->as.assert_.test) return NULL;
      if (accept(p, SV_TOK_COMMA)) {
        n->as.assert_.msg = parse_expr(p);
        if (!n->as.assert_.msg) return NULL;
      }
      n->loc = span(p, t->loc);
      return n;
    case SV_TOK_DEL: {
      advance(p);
      size_t base = p->stack.count;
      do {
        if (at_simple_end(p)) break;
        sv_ast *e = parse_binary(p, 0);
        if (!e || !check_target(p, e, "delete")) {
          p->stack.count = base;
          return NULL;
        }
        push(p, e);
      } while (accept(p, SV_TOK_COMMA));
      if (p->stack.count == base) {
        syntax_error(p);
        return NULL;
      }
      n = node(p, SV_AST_DEL, span(p, t->loc));
      n->as.seq = take_list(p, base);
      return n;
    }
    case SV_TOK_GLOBAL:
      return parse_names_stmt(p, SV_AST_GLOBAL);
    case SV_TOK_NONLOCAL:
      return parse_names_stmt(p, SV_AST_NONLOCAL);
    case SV_TOK_IMPORT:
      return parse_import(p);
    case SV_TOK_FROM:
      return parse_from_import(p);
    case SV_TOK_YIELD:
    case SV_TOK_AWAIT:
    case SV_TOK_ASYNC:
      syntax_error(p);
      return NULL;
    default:
      return parse_expr_stmt(p);
  }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE, appended to the stack. */
static bool parse_simple_line(parser *p) {
  for (;;) {
    sv_ast *s = parse_simple(p);
    if (!s) return false;
    push(p, s);
    if (!accept(p, SV_TOK_SEMI)) break;
    if (kind(p) == SV_TOK_NEWLINE || kind(p) == SV_TOK_EOF) break;
  }
  if (kind(p) == SV_TOK_EOF) return true;
  if (!accept(p, SV_TOK_NEWLINE)) {
    syntax_error(p);
    return false;
  }
  return true;
}

/* if/elif/else; an elif chain is built with a loop (each elif becomes a
 * single IF in the previous orelse), so long chains do not recurse. */
static sv_ast *parse_if(parser *p) {
  sv_ast *top = NULL, *last = NULL;
  for (;;) {
    sv_token *t = advance(p); /* 'if' or 'elif' */
    const char *what = t->kind == SV_TOK_IF ? "'if' statement"
                                            : "'elif' statement";
    sv_ast *n = node(p, SV_AST_IF, t->loc);
    n->as.ifs.test = parse_expr(p);
    if (!n->as.ifs.test) return NULL;
    if (!expect(p, SV_TOK_COLON)) return NULL;
    if (!parse_suite(p, what, t->loc.line, &n->as.ifs.body)) return NULL;
    if (last) {
      sv_ast **one = sv__arena_alloc(p->arena, sizeof *one);
      one[0] = n;
      last->as.ifs.orelse.items = one;
      last->as.ifs.orelse.count = 1;
    } else {
      top = n;
    }
    last = n;
    if (kind(p) != SV_TOK_ELIF) break;
  }
  if (kind(p) == SV_TOK_ELSE) {
    sv_token *e = advance(p);
    if (!expect(p, SV_TOK_COLON)) return NULL;
    if (!parse_suite(p, "'else' statement", e->loc.line,
                     &last->as.ifs.orelse))
      return NULL;
  }
  return top;
}

/* A loop's optional else clause. */
static bool parse_loop_else(parser *p, sv_ast_list *out) {
  if (kind(p) != SV_TOK_ELSE) return true;
  sv_token *e = advance(p);
  if (!expect(p, SV_TOK_COLON)) return false;
  return parse_suite(p, "'else' statement", e->loc.line, out);
}

static sv_ast *parse_while(parser *p) {
  sv_token *t = advance(p);
  sv_ast *n = node(p, SV_AST_WHILE, t->loc);
  n->as.loop.test = parse_expr(p);
  if (!n->as.loop.test) return NULL;
  if (!expect(p, SV_TOK_COLON)) return NULL;
  p->loop_depth++;
  bool ok = parse_suite(p, "'while' statement", t->loc.line,
                        &n->as.loop.body);
  p->loop_depth--;
  if (!ok || !parse_loop_else(p, &n->as.loop.orelse)) return NULL;
  return n;
}

static sv_ast *parse_for(parser *p) {
  sv_token *t = advance(p);
  sv_ast *n = node(p, SV_AST_FOR, t->loc);
  n->as.loop.target = parse_star_exprs(p, true);
  if (!n->as.loop.target) return NULL;
  if (!check_target(p, n->as.loop.target, "assign to")) return NULL;
  if (!expect(p, SV_TOK_IN)) return NULL;
  n->as.loop.iter = parse_rhs(p);
  if (!n->as.loop.iter) return NULL;
  if (!expect(p, SV_TOK_COLON)) return NULL;
  p->loop_depth++;
  bool ok = parse_suite(p, "'for' statement", t->loc.line, &n->as.loop.body);
  p->loop_depth--;
  if (!ok || !parse_loop_else(p, &n->as.loop.orelse)) return NULL;
  return n;
}

static sv_ast *parse_with(parser *p) {
  sv_token *t = advance(p);
  SV_VEC(sv_with_item) items = {NULL, 0, 0};
  sv_ast *res = NULL;
  /* "with (a as b, c):" : a parenthesized item list, recognised by an
   * 'as' at depth 1 or a ')' followed by ':'. */
  bool paren = false;
  if (kind(p) == SV_TOK_LPAR) {
    int depth = 0;
    for (size_t i = p->pos; i < p->ntoks; i++) {
      sv_tok_kind k = p->toks[i].kind;
      if (k == SV_TOK_LPAR || k == SV_TOK_LSQB || k == SV_TOK_LBRACE) {
        depth++;
      } else if (k == SV_TOK_RPAR || k == SV_TOK_RSQB ||
                 k == SV_TOK_RBRACE) {
        if (--depth == 0) {
          paren = i + 1 < p->ntoks && p->toks[i + 1].kind == SV_TOK_COLON &&
                  paren;
          break;
        }
      } else if (depth == 1 && (k == SV_TOK_AS || k == SV_TOK_COMMA)) {
        paren = true;
      } else if (k == SV_TOK_NEWLINE || k == SV_TOK_EOF) {
        paren = false;
        break;
      }
    }
    if (paren) advance(p);
  }
  for (;;) {
    sv_with_item it = {NULL, NULL};
    it.ctx = parse_expr(p);
    if (!it.ctx) goto out;
    if (accept(p, SV_TOK_AS)) {
      it.target = parse_binary(p, 0);
      if (!it.target) goto out;
      if (!check_target(p, it.target, "assign to")) goto out;
    }
    sv__vec_push(&items, it);
    if (!accept(p, SV_TOK_COMMA)) break;
    if (paren && kind(p) == SV_TOK_RPAR) break;
  }
  if (paren && !expect(p, SV_TOK_RPAR)) goto out;
  if (!expect(p, SV_TOK_COLON)) goto out;
  res = node(p, SV_AST_WITH, t->loc);
  if (!parse_suite(p, "'with' statement", t->loc.line, &res->as.with.body)) {
    res = NULL;
    goto out;
  }
  res->as.with.items =
      arena_copy(p, items.items, items.count * sizeof *items.items);
  res->as.with.nitems = (uint32_t)items.count;
out:
  sv__vec_free(&items);
  return res;
}

static sv_ast *parse_try(parser *p) {
  sv_token *t = advance(p);
  SV_VEC(sv_handler) hs = {NULL, 0, 0};
  sv_ast *res = NULL;
  sv_ast *n = node(p, SV_AST_TRY, t->loc);
  if (!expect(p, SV_TOK_COLON)) goto out;
  if (!parse_suite(p, "'try' statement", t->loc.line, &n->as.try_.body))
    goto out;
  while (kind(p) == SV_TOK_EXCEPT) {
    sv_token *e = advance(p);
    sv_handler h;
    memset(&h, 0, sizeof h);
    h.loc = e->loc;
    if (kind(p) == SV_TOK_STAR) {
      reject(p, cur(p)->loc, "'except*' is not supported by scopeviz");
      goto out;
    }
    if (kind(p) != SV_TOK_COLON) {
      h.type = parse_expr(p);
      if (!h.type) goto out;
      if (kind(p) == SV_TOK_COMMA) {
        reject(p, h.type->loc, "multiple exception types must be "
                               "parenthesized");
        goto out;
      }
      if (accept(p, SV_TOK_AS)) {
        sv_token *nm = cur(p);
        if (nm->kind != SV_TOK_NAME) {
          syntax_error(p);
          goto out;
        }
        advance(p);
        h.name = nm->as.name;
      }
    }
    if (!expect(p, SV_TOK_COLON)) goto out;
    if (!parse_suite(p, "'except' statement", e->loc.line, &h.body))
      goto out;
    sv__vec_push(&hs, h);
  }
  if (kind(p) == SV_TOK_ELSE) {
    sv_token *e = advance(p);
    if (hs.count == 0) {
      reject(p, e->loc, "expected 'except' or 'finally' block");
      goto out;
    }
    if (!expect(p, SV_TOK_COLON)) goto out;
    if (!parse_suite(p, "'else' statement", e->loc.line, &n->as.try_.orelse))
      goto out;
  }
  if (kind(p) == SV_TOK_FINALLY) {
    sv_token *f = advance(p);
    if (!expect(p, SV_TOK_COLON)) goto out;
    if (!parse_suite(p, "'finally' statement", f->loc.line,
                     &n->as.try_.finalbody))
      goto out;
  } else if (hs.count == 0) {
    reject(p, cur(p)->loc, "expected 'except' or 'finally' block");
    goto out;
  }
  n->as.try_.handlers = arena_copy(p, hs.items, hs.count * sizeof *hs.items);
  n->as.try_.nhandlers = (uint32_t)hs.count;
  res = n;
out:
  sv__vec_free(&hs);
  return res;
}

/* Parameters up to (not including) close: ')' for def, ':' for lambda. */
static bool parse_params(parser *p, sv_tok_kind close, sv_ast *fn) {
  SV_VEC(sv_param) ps = {NULL, 0, 0};
  bool ok = false, seen_default = false, seen_star = false;
  bool seen_kwargs = false;
  while (kind(p) != close) {
    sv_token *t = cur(p);
    sv_param pr;
    memset(&pr, 0, sizeof pr);
    pr.kind = seen_star ? SV_PARAM_KWONLY : SV_PARAM_NORMAL;
    if (seen_kwargs) {
      syntax_error(p);
      goto out;
    }
    if (t->kind == SV_TOK_SLASH) {
      reject(p, t->loc, "positional-only parameters ('/') are not "
                        "supported by scopeviz");
      goto out;
    }
    if (t->kind == SV_TOK_STAR) {
      advance(p);
      if (seen_star) {
        reject(p, t->loc, "* argument may appear only once");
        goto out;
      }
      seen_star = true;
      if (kind(p) == SV_TOK_COMMA) {
        if (peek_kind(p, 1) == close) {
          reject(p, t->loc, "named arguments must follow bare *");
          goto out;
        }
        advance(p);
        continue; /* bare '*' */
      }
      if (kind(p) == close) {
        reject(p, t->loc, "named arguments must follow bare *");
        goto out;
      }
      pr.kind = SV_PARAM_VARARGS;
    } else if (t->kind == SV_TOK_DSTAR) {
      advance(p);
      pr.kind = SV_PARAM_KWARGS;
      seen_kwargs = true;
    }
    sv_token *nm = cur(p);
    if (nm->kind != SV_TOK_NAME) {
      syntax_error(p);
      goto out;
    }
    advance(p);
    pr.name = nm->as.name;
    pr.loc = nm->loc;
    for (size_t i = 0; i < ps.count; i++)
      if (ps.items[i].name == pr.name) {
        reject(p, nm->loc, "duplicate argument '%s' in function definition",
               pr.name);
        goto out;
      }
    if (close == SV_TOK_RPAR && kind(p) == SV_TOK_COLON) {
      /* an annotation: parsed and ignored */
      advance(p);
      if (!parse_expr(p)) goto out;
    }
    if (kind(p) == SV_TOK_EQ) {
      advance(p);
      if (pr.kind == SV_PARAM_VARARGS || pr.kind == SV_PARAM_KWARGS) {
        syntax_error(p);
        goto out;
      }
      pr.def = parse_expr(p);
      if (!pr.def) goto out;
      if (pr.kind == SV_PARAM_NORMAL) seen_default = true;
    } else if (pr.kind == SV_PARAM_NORMAL && seen_default) {
      reject(p, nm->loc, "non-default argument follows default argument");
      goto out;
    }
    sv__vec_push(&ps, pr);
    if (!accept(p, SV_TOK_COMMA)) {
      if (kind(p) != close) {
        syntax_error(p);
        goto out;
      }
    }
  }
  fn->as.func.params = arena_copy(p, ps.items, ps.count * sizeof *ps.items);
  fn->as.func.nparams = (uint32_t)ps.count;
  ok = true;
out:
  sv__vec_free(&ps);
  return ok;
}

static sv_ast *parse_def(parser *p) {
  sv_token *t = advance(p);
  sv_token *nm = cur(p);
  if (nm->kind != SV_TOK_NAME) {
    syntax_error(p);
    return NULL;
  }
  advance(p);
  sv_ast *fn = node(p, SV_AST_DEF, t->loc);
  fn->as.func.name = nm->as.name;
  if (!expect(p, SV_TOK_LPAR)) return NULL;
  if (!parse_params(p, SV_TOK_RPAR, fn)) return NULL;
  advance(p); /* ')' */
  if (accept(p, SV_TOK_ARROW)) {
    if (!parse_expr(p)) return NULL; /* return annotation: ignored */
  }
  if (!expect(p, SV_TOK_COLON)) return NULL;
  int ld = p->loop_depth;
  p->func_depth++;
  p->loop_depth = 0;
  bool ok = parse_suite(p, "function definition", t->loc.line,
                        &fn->as.func.body);
  p->func_depth--;
  p->loop_depth = ld;
  return ok ? fn : NULL;
}

/* `match x:` at the start of a statement, followed by an indented block
 * (the soft keyword; `match = 1` and `match(x)` stay expressions). */
static bool is_match_stmt(parser *p) {
  sv_token *t = cur(p);
  if (t->kind != SV_TOK_NAME || strcmp(t->as.name, "match") != 0)
    return false;
  sv_tok_kind k1 = peek_kind(p, 1);
  if (k1 == SV_TOK_EQ || k1 == SV_TOK_DOT || k1 == SV_TOK_COLON ||
      k1 == SV_TOK_COMMA || k1 == SV_TOK_NEWLINE || aug_op(k1) != SV_OP_NONE)
    return false;
  for (size_t i = p->pos + 1; i + 1 < p->ntoks; i++) {
    sv_tok_kind k = p->toks[i].kind;
    if (k == SV_TOK_NEWLINE || k == SV_TOK_EOF)
      return p->toks[i - 1].kind == SV_TOK_COLON &&
             p->toks[i + 1].kind == SV_TOK_INDENT;
  }
  return false;
}

/* Skips the rest of the line and the indented block after it, unparsed
 * (the cases of a rejected 'match'). */
static void skip_block(parser *p) {
  while (kind(p) != SV_TOK_NEWLINE && kind(p) != SV_TOK_EOF) advance(p);
  accept(p, SV_TOK_NEWLINE);
  if (kind(p) != SV_TOK_INDENT) return;
  int depth = 0;
  do {
    sv_tok_kind k = advance(p)->kind;
    if (k == SV_TOK_INDENT) depth++;
    if (k == SV_TOK_DEDENT) depth--;
    if (k == SV_TOK_EOF) return;
  } while (depth > 0);
}

/* One statement appended to the stack. False after an error (the caller
 * resynchronises). */
static bool parse_statement(parser *p) {
  if (p->stop) {
    go_to_eof(p);
    return true;
  }
  sv_token *t = cur(p);
  sv_ast *s = NULL;
  switch (t->kind) {
    case SV_TOK_INDENT: {
      syntax_error(p);
      size_t base = p->stack.count;
      advance(p);
      p->err = false;
      parse_block_body(p);
      p->stack.count = base;
      p->err = true;
      return true;
    }
    case SV_TOK_NEWLINE:
      advance(p);
      return true;
    case SV_TOK_IF: s = parse_if(p); break;
    case SV_TOK_WHILE: s = parse_while(p); break;
    case SV_TOK_FOR: s = parse_for(p); break;
    case SV_TOK_WITH: s = parse_with(p); break;
    case SV_TOK_TRY: s = parse_try(p); break;
    case SV_TOK_DEF: s = parse_def(p); break;
    case SV_TOK_CLASS:
      reject(p, t->loc, "'class' definitions are not supported by scopeviz");
      return false;
    case SV_TOK_AT:
      reject(p, t->loc, "decorators are not supported by scopeviz");
      return false;
    case SV_TOK_ASYNC:
      syntax_error(p);
      return false;
    case SV_TOK_DEDENT:
      /* an orphan DEDENT after an indentation error */
      advance(p);
      return true;
    default:
      if (is_match_stmt(p)) {
        reject(p, t->loc, "'match' statements are not supported by "
                          "scopeviz");
        skip_block(p);
        return true;
      }
      return parse_simple_line(p);
  }
  if (!s) return false;
  push(p, s);
  return true;
}

/* ---- entry ----------------------------------------------------------- */

sv_ast *sv__parse(sv_arena *arena, sv_intern *in, const sv_source *src,
                  sv_diags *diags, const sv_budget *budget, bool *out_limit) {
  parser p;
  memset(&p, 0, sizeof p);
  p.budget = budget;
  p.arena = arena;
  p.in = in;
  p.src = src;
  p.diags = diags;
  sv_tokens toks = {NULL, 0, 0};
  sv_loc start = {1, 1, 0, 0};
  p.limit = !sv__lex(arena, in, src->text, 0, src->len, start, false,
                     budget, &toks);
  p.toks = toks.items;
  p.ntoks = toks.count;
  for (size_t i = 0; i < toks.count; i++) {
    sv_token *t = &toks.items[i];
    if (t->kind == SV_TOK_ERROR && strstr(t->as.msg, "was never closed")) {
      p.has_unclosed = true;
      p.unclosed = t->loc;
      p.unclosed_msg = t->as.msg;
    }
  }
  sv_ast *mod = node(&p, SV_AST_MODULE, start);
  while (kind(&p) != SV_TOK_EOF) {
    if (!parse_statement(&p)) sync(&p);
    p.err = false;
  }
  mod->as.module.body = take_list(&p, 0);
  sv__vec_free(&p.stack);
  sv__vec_free(&toks);
  if (out_limit) *out_limit = p.limit;
  return p.failed ? NULL : mod;
}
