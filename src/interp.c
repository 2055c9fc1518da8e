/* SPDX-License-Identifier: MIT
 * interp: scope analysis (locals, cells, free variables per function, as
 * CPython's symtable does) and a tree-walking evaluator with Python-exact
 * exceptions, tracebacks and the step/memory/recursion budgets.
 */
#include "interp.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "interp_int.h"
#include "pyfmt.h"
#include "tf.h"

/* ---- code objects (scope analysis results) ------------------------------ */

enum { SYM_LOCAL = 1, SYM_CELL, SYM_FREE, SYM_GLOBAL };
enum { CODE_MODULE, CODE_FUNC, CODE_COMP };

struct sv_code {
  sv_ast *node;
  int kind;
  const char *name;     /* "f", "<lambda>", "<listcomp>", "<module>" */
  const char *qualname; /* "outer.<locals>.f" */
  sv_code *parent;
  sv_pmap sym;          /* name -> val.as.i = kind << 32 | index */
  SV_VEC(const char *) locals;
  SV_VEC(bool) is_cell;
  SV_VEC(const char *) free;
  SV_VEC(const char *) assigned; /* during analysis */
  SV_VEC(const char *) used;
  SV_VEC(const char *) globals;
  SV_VEC(const char *) nonlocals;
  size_t nparams;
  sv_param *params;
};

size_t sv__code_nparams(const sv_code *c);
size_t sv__code_nfree(const sv_code *c);
const char *sv__code_qualname(const sv_code *c);

size_t sv__code_nparams(const sv_code *c) {
  return c->nparams;
}
size_t sv__code_nfree(const sv_code *c) {
  return c->free.count;
}
const char *sv__code_qualname(const sv_code *c) {
  return c->qualname;
}

struct sv_frame {
  sv_code *code;
  sv_value *slots; /* code->locals.count */
  sv_value *free;  /* borrowed from the function */
  sv_frame *back;
  sv_loc loc;      /* current statement / call */
  sv_value retval;
};

typedef enum flow { F_OK, F_EXC, F_BREAK, F_CONTINUE, F_RETURN } flow;

static bool eval(sv_interp *I, sv_ast *e, sv_value *out);
static flow exec_block(sv_interp *I, const sv_ast_list *body);
static bool assign(sv_interp *I, sv_ast *target, sv_value v);

/* ---- small helpers -------------------------------------------------------- */

static bool vec_has(const char *const *items, size_t count, const char *s) {
  for (size_t i = 0; i < count; i++)
    if (items[i] == s)
      return true;
  return false;
}

static int64_t sym_get(const sv_code *c, const char *name) {
  sv_pmap_slot *s = sv__pmap_find(&c->sym, name);
  return s ? s->val.as.i : 0;
}

static void sym_set(sv_code *c, const char *name, int kind, size_t idx) {
  sv_pmap_slot *s = sv__pmap_put(&c->sym, name);
  s->val = sv_int(((int64_t)kind << 32) | (int64_t)idx);
}

static const char *own_str(sv_interp *I, char *s) {
  const char *r = sv__intern_cstr(I->in, s);
  sv__xfree(s);
  return r;
}

static char *str_printf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static char *str_printf(const char *fmt, ...) {
  sv_buf b;
  sv__buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&b, fmt, ap);
  va_end(ap);
  return sv__buf_steal(&b);
}

/* ---- scope analysis --------------------------------------------------- */

typedef struct work {
  sv_ast *node;
  sv_code *scope;
} work;

typedef SV_VEC(work) workvec;
typedef SV_VEC(sv_code *) codevec;

static void add_name(void *vecp, const char *n) {
  SV_VEC(const char *) *v = vecp;
  if (!vec_has(v->items, v->count, n))
    sv__vec_push(v, n);
}

/* Names bound by an assignment target. */
static void target_names(sv_code *c, sv_ast *t, workvec *w) {
  if (!t)
    return;
  switch (t->kind) {
    case SV_AST_NAME:
      add_name(&c->assigned, t->as.name);
      break;
    case SV_AST_TUPLE:
    case SV_AST_LIST:
      for (uint32_t i = 0; i < t->as.seq.count; i++)
        target_names(c, t->as.seq.items[i], w);
      break;
    case SV_AST_STARRED:
      target_names(c, t->as.unary.operand, w);
      break;
    default:
      break;
  }
  /* Sub-expressions (subscripts, attributes) are walked as uses. */
  work x = {t, c};
  sv__vec_push(w, x);
}

static sv_code *code_new(sv_interp *I, sv_ast *node, int kind,
                         const char *name, sv_code *parent, codevec *all) {
  sv_code *c = sv__arena_zalloc(I->arena, sizeof *c);
  c->node = node;
  c->kind = kind;
  c->name = name;
  c->parent = parent;
  if (!parent || parent->kind == CODE_MODULE)
    c->qualname = name;
  else if (parent->kind == CODE_FUNC)
    c->qualname = own_str(I, str_printf("%s.<locals>.%s", parent->qualname,
                                        name));
  else
    c->qualname = own_str(I, str_printf("%s.%s", parent->qualname, name));
  sv__pmap_put(&I->codes, node)->ptr = c;
  sv__vec_push(all, c);
  return c;
}

static void push_list(workvec *w, const sv_ast_list *l, sv_code *c) {
  for (uint32_t i = l->count; i-- > 0;) {
    /* dict displays hold NULL keys for `**spread` entries. */
    if (!l->items[i])
      continue;
    work x = {l->items[i], c};
    sv__vec_push(w, x);
  }
}

static void push1(workvec *w, sv_ast *n, sv_code *c) {
  if (n) {
    work x = {n, c};
    sv__vec_push(w, x);
  }
}

static void func_scope(sv_interp *I, sv_ast *n, sv_code *c, workvec *w,
                       codevec *all) {
  for (uint32_t i = 0; i < n->as.func.nparams; i++)
    push1(w, n->as.func.params[i].def, c);
  sv_code *f = code_new(I, n, CODE_FUNC, n->as.func.name, c, all);
  f->params = n->as.func.params;
  f->nparams = n->as.func.nparams;
  for (uint32_t i = 0; i < n->as.func.nparams; i++)
    add_name(&f->assigned, n->as.func.params[i].name);
  if (n->kind == SV_AST_LAMBDA)
    push1(w, n->as.func.body_expr, f);
  else
    push_list(w, &n->as.func.body, f);
}

static void comp_scope(sv_interp *I, sv_ast *n, sv_code *c, workvec *w,
                       codevec *all) {
  const char *name = n->kind == SV_AST_LISTCOMP  ? "<listcomp>"
                     : n->kind == SV_AST_SETCOMP ? "<setcomp>"
                     : n->kind == SV_AST_DICTCOMP ? "<dictcomp>"
                                                  : "<genexpr>";
  push1(w, n->as.comp.fors[0].iter, c);
  sv_code *f = code_new(I, n, CODE_COMP, sv__intern_cstr(I->in, name), c,
                        all);
  for (uint32_t k = 0; k < n->as.comp.nfors; k++) {
    sv_comp_for *cf = &n->as.comp.fors[k];
    target_names(f, cf->target, w);
    if (k > 0)
      push1(w, cf->iter, f);
    push_list(w, &cf->ifs, f);
  }
  push1(w, n->as.comp.elt, f);
  push1(w, n->as.comp.value, f);
}

/* Walks the tree iteratively (no C recursion on input nesting),
 * collecting assigned/used/declared names per scope. */
static bool collect(sv_interp *I, sv_ast *module, codevec *all) {
  workvec w = {0};
  sv_code *top = code_new(I, module, CODE_MODULE, I->s_module, NULL, all);
  push_list(&w, &module->as.module.body, top);
  bool ok = true;
  while (w.count && ok) {
    work x = w.items[--w.count];
    sv_ast *n = x.node;
    sv_code *c = x.scope;
    switch (n->kind) {
      case SV_AST_NAME:
        add_name(&c->used, n->as.name);
        break;
      case SV_AST_INT:
      case SV_AST_FLOAT:
      case SV_AST_STR:
      case SV_AST_BYTES:
      case SV_AST_TRUE:
      case SV_AST_FALSE:
      case SV_AST_NONE:
      case SV_AST_BREAK:
      case SV_AST_CONTINUE:
      case SV_AST_PASS:
        break;
      case SV_AST_FSTRING:
      case SV_AST_LIST:
      case SV_AST_TUPLE:
      case SV_AST_SET:
      case SV_AST_BOOLOP:
      case SV_AST_DEL:
        if (n->kind == SV_AST_DEL)
          for (uint32_t i = 0; i < n->as.seq.count; i++)
            if (n->as.seq.items[i]->kind == SV_AST_NAME)
              add_name(&c->assigned, n->as.seq.items[i]->as.name);
        push_list(&w, &n->as.seq, c);
        break;
      case SV_AST_FORMATTED:
        push1(&w, n->as.fmt.value, c);
        push1(&w, n->as.fmt.spec, c);
        break;
      case SV_AST_DICT:
        push_list(&w, &n->as.dict.keys, c);
        push_list(&w, &n->as.dict.values, c);
        break;
      case SV_AST_ATTR:
        push1(&w, n->as.attr.obj, c);
        break;
      case SV_AST_SUBSCRIPT:
        push1(&w, n->as.sub.obj, c);
        push1(&w, n->as.sub.index, c);
        break;
      case SV_AST_SLICE:
        push1(&w, n->as.slice.lo, c);
        push1(&w, n->as.slice.hi, c);
        push1(&w, n->as.slice.step, c);
        break;
      case SV_AST_CALL:
        push1(&w, n->as.call.fn, c);
        push_list(&w, &n->as.call.args, c);
        break;
      case SV_AST_KEYWORD:
        push1(&w, n->as.keyword.value, c);
        break;
      case SV_AST_STARRED:
      case SV_AST_DSTAR:
      case SV_AST_UNARY:
      case SV_AST_EXPR_STMT:
      case SV_AST_RETURN:
        push1(&w, n->as.unary.operand, c);
        break;
      case SV_AST_BINOP:
        push1(&w, n->as.binop.left, c);
        push1(&w, n->as.binop.right, c);
        break;
      case SV_AST_COMPARE:
        push1(&w, n->as.compare.left, c);
        push_list(&w, &n->as.compare.rights, c);
        break;
      case SV_AST_IFEXP:
        push1(&w, n->as.ifexp.test, c);
        push1(&w, n->as.ifexp.body, c);
        push1(&w, n->as.ifexp.orelse, c);
        break;
      case SV_AST_LAMBDA:
        func_scope(I, n, c, &w, all);
        break;
      case SV_AST_DEF:
        add_name(&c->assigned, n->as.func.name);
        func_scope(I, n, c, &w, all);
        break;
      case SV_AST_LISTCOMP:
      case SV_AST_SETCOMP:
      case SV_AST_DICTCOMP:
      case SV_AST_GENEXP:
        comp_scope(I, n, c, &w, all);
        break;
      case SV_AST_ASSIGN:
        for (uint32_t i = 0; i < n->as.assign.targets.count; i++)
          target_names(c, n->as.assign.targets.items[i], &w);
        push1(&w, n->as.assign.value, c);
        break;
      case SV_AST_AUGASSIGN:
        target_names(c, n->as.augassign.target, &w);
        push1(&w, n->as.augassign.value, c);
        break;
      case SV_AST_IF:
        push1(&w, n->as.ifs.test, c);
        push_list(&w, &n->as.ifs.body, c);
        push_list(&w, &n->as.ifs.orelse, c);
        break;
      case SV_AST_WHILE:
      case SV_AST_FOR:
        target_names(c, n->as.loop.target, &w);
        push1(&w, n->as.loop.iter, c);
        push1(&w, n->as.loop.test, c);
        push_list(&w, &n->as.loop.body, c);
        push_list(&w, &n->as.loop.orelse, c);
        break;
      case SV_AST_WITH:
        for (uint32_t i = 0; i < n->as.with.nitems; i++) {
          push1(&w, n->as.with.items[i].ctx, c);
          target_names(c, n->as.with.items[i].target, &w);
        }
        push_list(&w, &n->as.with.body, c);
        break;
      case SV_AST_TRY:
        push_list(&w, &n->as.try_.body, c);
        for (uint32_t i = 0; i < n->as.try_.nhandlers; i++) {
          sv_handler *h = &n->as.try_.handlers[i];
          push1(&w, h->type, c);
          if (h->name)
            add_name(&c->assigned, h->name);
          push_list(&w, &h->body, c);
        }
        push_list(&w, &n->as.try_.orelse, c);
        push_list(&w, &n->as.try_.finalbody, c);
        break;
      case SV_AST_RAISE:
        push1(&w, n->as.raise.exc, c);
        push1(&w, n->as.raise.cause, c);
        break;
      case SV_AST_ASSERT:
        push1(&w, n->as.assert_.test, c);
        push1(&w, n->as.assert_.msg, c);
        break;
      case SV_AST_IMPORT:
      case SV_AST_IMPORT_FROM:
        for (uint32_t i = 0; i < n->as.import.nnames; i++) {
          sv_import_name *in = &n->as.import.names[i];
          const char *bound = in->asname;
          if (!bound) {
            const char *dot = n->kind == SV_AST_IMPORT
                                  ? strchr(in->name, '.')
                                  : NULL;
            bound = dot ? sv__intern(I->in, in->name,
                                     (size_t)(dot - in->name))
                        : in->name;
          }
          add_name(&c->assigned, bound);
        }
        break;
      case SV_AST_GLOBAL:
      case SV_AST_NONLOCAL:
        for (uint32_t i = 0; i < n->as.names.count; i++) {
          const char *nm = n->as.names.names[i];
          if (n->kind == SV_AST_NONLOCAL && c->kind == CODE_MODULE) {
            sv_reject(I, n->loc,
                      "nonlocal declaration not allowed at module level");
            ok = false;
            break;
          }
          if (n->kind == SV_AST_GLOBAL)
            add_name(&c->globals, nm);
          else
            add_name(&c->nonlocals, nm);
        }
        break;
      case SV_AST_MODULE:
        push_list(&w, &n->as.module.body, c);
        break;
    }
  }
  sv__vec_free(&w);
  return ok;
}

static size_t add_local(sv_code *c, const char *name) {
  int64_t s = sym_get(c, name);
  if (s)
    return (size_t)(s & 0xffffffff);
  sv__vec_push(&c->locals, name);
  sv__vec_push(&c->is_cell, false);
  sym_set(c, name, SYM_LOCAL, c->locals.count - 1);
  return c->locals.count - 1;
}

/* Makes `name` free in c (and every scope up to the one defining it). */
static bool resolve_free(sv_code *c, const char *name) {
  sv_code *s = c->parent;
  while (s && s->kind != CODE_MODULE) {
    int64_t k = sym_get(s, name) >> 32;
    if (k == SYM_LOCAL || k == SYM_CELL || k == SYM_FREE)
      break;
    if (vec_has(s->globals.items, s->globals.count, name))
      return false;
    s = s->parent;
  }
  if (!s || s->kind == CODE_MODULE)
    return false;
  int64_t sk = sym_get(s, name);
  if ((sk >> 32) == SYM_LOCAL) {
    size_t idx = (size_t)(sk & 0xffffffff);
    s->is_cell.items[idx] = true;
    sym_set(s, name, SYM_CELL, idx);
  }
  for (sv_code *p = c; p != s; p = p->parent) {
    int64_t pk = sym_get(p, name) >> 32;
    if (pk == SYM_FREE)
      continue;
    sv__vec_push(&p->free, name);
    sym_set(p, name, SYM_FREE, p->free.count - 1);
  }
  return true;
}

static bool analyze(sv_interp *I, sv_ast *module) {
  codevec all = {0};
  bool ok = collect(I, module, &all);
  /* Locals first for every scope (parameters in order, then the rest). */
  for (size_t i = 0; ok && i < all.count; i++) {
    sv_code *c = all.items[i];
    if (c->kind == CODE_MODULE)
      continue;
    for (size_t k = 0; k < c->nparams; k++)
      add_local(c, c->params[k].name);
    for (size_t k = 0; k < c->assigned.count; k++) {
      const char *n = c->assigned.items[k];
      if (vec_has(c->globals.items, c->globals.count, n) ||
          vec_has(c->nonlocals.items, c->nonlocals.count, n))
        continue;
      add_local(c, n);
    }
    for (size_t k = 0; k < c->globals.count; k++)
      sym_set(c, c->globals.items[k], SYM_GLOBAL, 0);
  }
  /* Then free variables, outer scopes before inner ones. */
  for (size_t i = 0; ok && i < all.count; i++) {
    sv_code *c = all.items[i];
    if (c->kind == CODE_MODULE)
      continue;
    for (size_t k = 0; k < c->nonlocals.count; k++) {
      const char *n = c->nonlocals.items[k];
      if (!resolve_free(c, n)) {
        sv_reject(I, c->node->loc, "no binding for nonlocal '%s' found", n);
        ok = false;
        break;
      }
    }
    for (size_t k = 0; ok && k < c->used.count; k++) {
      const char *n = c->used.items[k];
      if (sym_get(c, n))
        continue;
      resolve_free(c, n);
    }
  }
  for (size_t i = 0; i < all.count; i++) {
    sv_code *c = all.items[i];
    sv__vec_free(&c->assigned);
    sv__vec_free(&c->used);
    sv__vec_free(&c->globals);
    sv__vec_free(&c->nonlocals);
  }
  /* Codes are kept for the interpreter's lifetime; remember them to free
   * their vectors. */
  for (size_t i = 0; i < all.count; i++) {
    sv_pmap_slot *s = sv__pmap_put(&I->codes, all.items[i]);
    s->ptr = all.items[i];
  }
  sv__vec_free(&all);
  return ok;
}

static void code_fini(sv_code *c) {
  sv__pmap_fini(&c->sym);
  sv__vec_free(&c->locals);
  sv__vec_free(&c->is_cell);
  sv__vec_free(&c->free);
}

/* ---- exceptions ----------------------------------------------------------- */

static const struct {
  const char *name, *base;
} exc_table[] = {
    {"BaseException", NULL},
    {"Exception", "BaseException"},
    {"ArithmeticError", "Exception"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"FloatingPointError", "ArithmeticError"},
    {"LookupError", "Exception"},
    {"KeyError", "LookupError"},
    {"IndexError", "LookupError"},
    {"ValueError", "Exception"},
    {"UnicodeError", "ValueError"},
    {"TypeError", "Exception"},
    {"NameError", "Exception"},
    {"UnboundLocalError", "NameError"},
    {"AttributeError", "Exception"},
    {"RuntimeError", "Exception"},
    {"RecursionError", "RuntimeError"},
    {"NotImplementedError", "RuntimeError"},
    {"AssertionError", "Exception"},
    {"StopIteration", "Exception"},
    {"ImportError", "Exception"},
    {"ModuleNotFoundError", "ImportError"},
    {"MemoryError", "Exception"},
    {"KeyboardInterrupt", "BaseException"},
    {"SystemExit", "BaseException"},
};

sv_exc_class_obj *sv__exc_class(sv_interp *I, const char *name) {
  for (size_t i = 0; i < I->nexc_classes; i++)
    if (!strcmp(I->exc_classes[i]->name, name))
      return I->exc_classes[i];
  return NULL;
}

bool sv__exc_matches(sv_exc_class_obj *c, sv_exc_class_obj *target) {
  for (; c; c = c->base)
    if (c == target)
      return true;
  return false;
}

sv_value sv__exc_new(sv_interp *I, sv_exc_class_obj *cls, sv_value args) {
  sv_exc_obj *e = (sv_exc_obj *)sv__obj_alloc(I, SV_O_EXC, sizeof *e);
  e->cls = cls;
  cls->h.refcount++;
  e->args = args; /* steals */
  e->cause = sv_none();
  e->context = sv_none();
  e->tf_error = UINT32_MAX;
  return sv_obj_value(&e->h);
}

sv_loc sv__interp_cur_loc(sv_interp *I) {
  if (I->frame)
    return I->frame->loc;
  sv_loc z = {0, 0, 0, 0};
  return z;
}

sv_intern *sv__interp_intern(sv_interp *I) {
  return I->in;
}

/* __context__: an exception raised while another is being handled
 * remembers it (CPython's _PyErr_SetObject), without making a loop: if
 * exc is already in the handled exception's chain, the chain is cut
 * there. */
static void set_context(sv_interp *I, sv_exc_obj *e, sv_value exc) {
  sv_value h = I->handling;
  if (sv_is_unset(h) || !sv_is_obj(h, SV_O_EXC) || h.as.o == exc.as.o ||
      !sv_is_none(e->context))
    return;
  sv_exc_obj *c = SV_AS(sv_exc_obj, h);
  for (int steps = 0; steps < 100000; steps++) {
    if (!sv_is_obj(c->context, SV_O_EXC))
      break;
    if (c->context.as.o == exc.as.o) {
      sv_value old = c->context;
      c->context = sv_none();
      sv_decref(I, old);
      break;
    }
    c = SV_AS(sv_exc_obj, c->context);
  }
  sv_incref(h);
  e->context = h;
}

bool sv__raise_value(sv_interp *I, sv_value exc) {
  sv_incref(exc);
  sv_exc_obj *e = SV_AS(sv_exc_obj, exc);
  set_context(I, e, exc);
  if (!e->has_loc) {
    e->loc = sv__interp_cur_loc(I);
    e->has_loc = true;
  }
  sv_value old = I->exc;
  I->exc = exc;
  sv_decref(I, old);
  return false;
}

bool sv_raise_str(sv_interp *I, const char *exc_type, const char *msg) {
  sv_exc_class_obj *c = sv__exc_class(I, exc_type);
  if (!c)
    c = sv__exc_class(I, "RuntimeError");
  sv_value m = sv_str_cstr(I, msg);
  sv_value args;
  if (!*msg && (!strcmp(exc_type, "MemoryError") ||
                !strcmp(exc_type, "StopIteration"))) {
    sv_decref(I, m);
    args = sv_tuple_new(I, 0);
  } else {
    args = sv_tuple_new(I, 1);
    SV_AS(sv_tuple_obj, args)->items[0] = m;
  }
  sv_value e = sv__exc_new(I, c, args);
  sv__raise_value(I, e);
  sv_decref(I, e);
  return false;
}

bool sv_raise(sv_interp *I, const char *exc_type, const char *fmt, ...) {
  sv_buf b;
  sv__buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&b, fmt, ap);
  va_end(ap);
  sv_raise_str(I, exc_type, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return false;
}

bool sv_reject(sv_interp *I, sv_loc loc, const char *fmt, ...) {
  if (I->fatal)
    return false;
  I->fatal = SV_RUN_REJECTED;
  I->reject_loc = loc;
  sv__buf_clear(&I->fatal_msg);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&I->fatal_msg, fmt, ap);
  va_end(ap);
  return false;
}

const char *sv_exc_pending_type(sv_interp *I) {
  if (sv_is_unset(I->exc))
    return NULL;
  return SV_AS(sv_exc_obj, I->exc)->cls->name;
}

void sv_exc_set_tf_record(sv_interp *I, sv_graph *g, uint32_t error_id) {
  if (sv_is_unset(I->exc))
    return;
  SV_AS(sv_exc_obj, I->exc)->tf_graph = g;
  SV_AS(sv_exc_obj, I->exc)->tf_error = error_id;
}

static bool limit(sv_interp *I, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static bool limit(sv_interp *I, const char *fmt, ...) {
  if (I->fatal)
    return false;
  I->fatal = SV_RUN_LIMIT;
  sv__buf_clear(&I->fatal_msg);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&I->fatal_msg, fmt, ap);
  va_end(ap);
  I->reject_loc = sv__interp_cur_loc(I);
  return false;
}

static inline bool step(sv_interp *I) {
  if (++I->steps > I->opts.max_steps)
    return limit(I,
                 "scopeviz: step limit exceeded (%llu steps; raise it with "
                 "--max-steps)",
                 (unsigned long long)I->opts.max_steps);
  return sv__mem_ok(I);
}

static bool memory_limit(sv_interp *I) {
  return limit(I,
               "scopeviz: memory limit exceeded (%zu bytes; raise it with "
               "--max-memory)",
               I->opts.max_memory);
}

bool sv__mem_ok(sv_interp *I) {
  size_t live = sv__mem_live();
  if (live > I->mem_base && live - I->mem_base > I->opts.max_memory)
    return memory_limit(I);
  return true;
}

bool sv__mem_reserve(sv_interp *I, size_t count, size_t size) {
  size_t live = sv__mem_live();
  size_t used = live > I->mem_base ? live - I->mem_base : 0;
  size_t room = used < I->opts.max_memory ? I->opts.max_memory - used : 0;
  if (size && count > room / size)
    return memory_limit(I);
  return true;
}

/* The traceback entry of frame f (at its current line) for exception e,
 * unless e's traceback already ends in f (caught there and re-raised by a
 * bare `raise`: CPython keeps the original line). */
static void tb_push(sv_exc_obj *e, sv_frame *f) {
  if (e->tb_frame == f)
    return;
  sv_tb_entry t = {f->code->name, f->loc.line};
  sv__vec_push(&e->tb, t);
  e->tb_frame = f;
}

static void tb_add(sv_interp *I, sv_frame *f) {
  if (sv_is_unset(I->exc))
    return;
  tb_push(SV_AS(sv_exc_obj, I->exc), f);
}

/* ---- types -------------------------------------------------------------- */

sv_value sv__builtin_type(sv_interp *I, sv_type_kind k) {
  return I->types[k];
}

sv_value sv__type_of(sv_interp *I, sv_value v) {
  switch (v.tag) {
    case SV_T_NONE:
      return I->types[SV_TY_NONE];
    case SV_T_BOOL:
      return I->types[SV_TY_BOOL];
    case SV_T_INT:
      return I->types[SV_TY_INT];
    case SV_T_FLOAT:
      return I->types[SV_TY_FLOAT];
    case SV_T_OBJ:
      break;
    default:
      return I->types[SV_TY_NOTIMPL];
  }
  switch ((sv_obj_type)v.as.o->type) {
    case SV_O_STR:
      return I->types[SV_TY_STR];
    case SV_O_LIST:
      return I->types[SV_TY_LIST];
    case SV_O_TUPLE:
      return I->types[SV_TY_TUPLE];
    case SV_O_DICT:
      return I->types[SV_TY_DICT];
    case SV_O_SET:
      return I->types[SV_TY_SET];
    case SV_O_RANGE:
      return I->types[SV_TY_RANGE];
    case SV_O_FUNC:
      return I->types[SV_TY_FUNCTION];
    case SV_O_BUILTIN:
      return I->types[SV_TY_BUILTIN];
    case SV_O_EXC:
      return sv_obj_value(&SV_AS(sv_exc_obj, v)->cls->h);
    case SV_O_EXC_CLASS:
    case SV_O_TYPE:
      return I->types[SV_TY_TYPE];
    case SV_O_NATIVE: {
      const sv_class *cls = SV_AS(sv_native_obj, v)->cls;
      for (size_t i = 0; i < I->native_types.count; i++)
        if (I->native_types.items[i]->cls == cls)
          return sv_obj_value(&I->native_types.items[i]->h);
      sv_type_obj *t =
          (sv_type_obj *)sv__obj_alloc(I, SV_O_TYPE, sizeof(sv_type_obj));
      t->kind = SV_TY_NATIVE;
      t->name = cls->name;
      t->cls = cls;
      sv__vec_push(&I->native_types, t);
      return sv_obj_value(&t->h);
    }
    default:
      return I->types[SV_TY_OBJECT];
  }
}

/* ---- lifetime ------------------------------------------------------------ */

static const char *const type_names[SV_TY_COUNT] = {
    "NoneType", "bool", "int", "float", "str", "list", "tuple", "dict", "set",
    "range", "function", "builtin_function_or_method", "type", "object",
    "native", "type", "NotImplementedType", "cell"};

sv_interp *sv__interp_new(const sv_interp_opts *opts, const sv_source *src,
                          sv_intern *in, sv_interp_write write, void *ud) {
  sv_interp *I = sv__xcalloc(1, sizeof *I);
  I->opts = *opts;
  if (!I->opts.max_steps)
    I->opts.max_steps = 2000000000ULL;
  if (!I->opts.max_memory)
    I->opts.max_memory = (size_t)4 << 30;
  if (!I->opts.max_depth)
    I->opts.max_depth = 1000;
  I->src = src;
  I->in = in;
  I->write = write;
  I->write_ud = ud;
  I->exc = sv_unset();
  I->handling = sv_unset();
  I->arena = sv__arena_new();
  sv__buf_init(&I->fatal_msg);
  sv__buf_init(&I->error_text);
  I->s_module = sv__intern_cstr(in, "<module>");
  I->s_lambda = sv__intern_cstr(in, "<lambda>");
  size_t n = sizeof exc_table / sizeof exc_table[0];
  I->exc_classes = sv__xcalloc(n, sizeof *I->exc_classes);
  for (size_t i = 0; i < n; i++) {
    sv_exc_class_obj *c = (sv_exc_class_obj *)sv__obj_alloc(
        I, SV_O_EXC_CLASS, sizeof(sv_exc_class_obj));
    c->name = exc_table[i].name;
    c->base = exc_table[i].base ? sv__exc_class(I, exc_table[i].base) : NULL;
    I->exc_classes[I->nexc_classes++] = c;
  }
  for (int k = 0; k < SV_TY_COUNT; k++) {
    sv_type_obj *t =
        (sv_type_obj *)sv__obj_alloc(I, SV_O_TYPE, sizeof(sv_type_obj));
    t->kind = (sv_type_kind)k;
    t->name = type_names[k];
    I->types[k] = sv_obj_value(&t->h);
  }
  sv__builtins_install(I, &I->builtins);
  I->mem_base = sv__mem_live();
  return I;
}

static void argvec_free(sv_argvec *v);

void sv__interp_free(sv_interp *I) {
  if (!I)
    return;
  I->teardown = true;
  /* Natives first (their fini may look at nothing else), then the rest. */
  for (sv_obj *o = I->all; o;) {
    sv_obj *next = o->next_all;
    sv__obj_free(I, o, true);
    o = next;
  }
  sv__vec_free(&I->dead);
  for (size_t i = 0; i < I->argspare.count; i++)
    argvec_free(&I->argspare.items[i]);
  sv__vec_free(&I->argspare);
  sv__obj_pool_free(I);
  for (size_t i = 0; i < I->codes.cap; i++) {
    sv_pmap_slot *s = &I->codes.slots[i];
    if (s->key && s->ptr && ((sv_code *)s->ptr)->node == s->key)
      code_fini(s->ptr);
  }
  sv__pmap_fini(&I->codes);
  sv__pmap_fini(&I->globals);
  sv__pmap_fini(&I->builtins);
  sv__vec_free(&I->native_types);
  sv__xfree(I->exc_classes);
  sv__buf_fini(&I->fatal_msg);
  sv__buf_fini(&I->error_text);
  sv__xfree(I->error_type);
  sv__xfree(I->error_message);
  sv__arena_free(I->arena);
  sv__xfree(I);
}

void sv_interp_set_importer(sv_interp *I, sv_import_fn fn, void *ud) {
  I->importer = fn;
  I->importer_ud = ud;
}

void sv_interp_set_host(sv_interp *I, void *host) {
  I->host = host;
}

void *sv_interp_host(sv_interp *I) {
  return I->host;
}

/* ---- origins (call stacks recorded with ops) ----------------------------- */

/* An origin is its innermost frame's node; nodes link outwards and are
 * shared: a call records only the frames that differ from the previous
 * origin's (usually one), so deep recursion costs O(1) memory per tf call,
 * not O(depth). Equal (function, line) chains format the same, so sharing
 * by value is exact. */
typedef struct origin {
  const char *func;
  uint32_t line;
  uint32_t count; /* frames from here outwards, this one included */
  const struct origin *up;
} origin;

const void *sv_interp_origin(sv_interp *I) {
  uint32_t n = 0;
  for (sv_frame *f = I->frame; f; f = f->back)
    n++;
  if (!n)
    return NULL;
  /* Align the previous chain with the frames by depth, then find the
   * outermost run where both agree: that part is reused. */
  const origin *last = I->origin_cache;
  sv_frame *f = I->frame;
  uint32_t depth = n;
  while (last && last->count > depth)
    last = last->up;
  while (depth > (last ? last->count : 0)) {
    f = f->back;
    depth--;
  }
  /* f and last are both `depth` frames from the outside. */
  const origin *shared = last;
  uint32_t shared_depth = depth;
  for (; f; f = f->back, last = last->up, depth--) {
    if (last->func != f->code->name || last->line != f->loc.line) {
      shared = last->up;
      shared_depth = depth - 1;
    }
  }
  /* Build the frames inside the shared part, outermost first. */
  uint32_t build = n - shared_depth;
  sv_frame *stack_small[64];
  sv_frame **fs = build <= 64 ? stack_small
                              : sv__xmalloc(build * sizeof *fs);
  f = I->frame;
  for (uint32_t k = 0; k < build; k++, f = f->back)
    fs[k] = f;
  const origin *up = shared;
  for (uint32_t k = build; k-- > 0;) {
    const char *func = fs[k]->code->name;
    uint32_t line = fs[k]->loc.line;
    uint64_t h = ((uint64_t)(uintptr_t)up ^ (uint64_t)(uintptr_t)func) *
                     0x9E3779B97F4A7C15ull +
                 line * 0xC2B2AE3D27D4EB4Full;
    const void **seen = &I->origin_seen[(h >> 32) % SV_ORIGIN_SEEN];
    const origin *o = *seen;
    if (!o || o->up != up || o->func != func || o->line != line) {
      origin *m = sv__arena_alloc(I->arena, sizeof *m);
      m->func = func;
      m->line = line;
      m->count = (up ? up->count : 0) + 1;
      m->up = up;
      *seen = o = m;
    }
    up = o;
  }
  if (fs != stack_small)
    sv__xfree(fs);
  I->origin_cache = up;
  return up;
}

static void format_frame(sv_interp *I, const char *func, uint32_t line,
                         sv_buf *out) {
  sv__buf_appendf(out, "  File \"%s\", line %u, in %s\n", I->src->name, line,
                  func);
  size_t len;
  const char *s = sv__source_line(I->src, line, &len);
  if (s) {
    while (len && (*s == ' ' || *s == '\t' || *s == '\f')) {
      s++;
      len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
                   s[len - 1] == '\r' || s[len - 1] == '\n'))
      len--;
    if (len) {
      sv__buf_appends(out, "    ");
      sv__buf_append(out, s, len);
      sv__buf_putc(out, '\n');
    }
  }
}

void sv_interp_format_origin(void *interp, const void *origin_token,
                             sv_buf *out) {
  sv_interp *I = interp;
  for (const origin *o = origin_token; o; o = o->up)
    format_frame(I, o->func, o->line, out);
}

/* ---- name access ---------------------------------------------------------- */

static bool load_global(sv_interp *I, const char *name, sv_value *out) {
  sv_pmap_slot *s = sv__pmap_find(&I->globals, name);
  if (s && !sv_is_unset(s->val)) {
    *out = s->val;
    sv_incref(*out);
    return true;
  }
  s = sv__pmap_find(&I->builtins, name);
  if (s && !sv_is_unset(s->val)) {
    *out = s->val;
    sv_incref(*out);
    return true;
  }
  return sv_raise(I, "NameError", "name '%s' is not defined", name);
}

static bool load_name(sv_interp *I, const char *name, sv_value *out) {
  sv_frame *f = I->frame;
  int64_t s = f->code->kind == CODE_MODULE ? 0 : sym_get(f->code, name);
  size_t idx = (size_t)(s & 0xffffffff);
  switch (s >> 32) {
    case SYM_LOCAL:
      *out = f->slots[idx];
      if (sv_is_unset(*out))
        return sv_raise(I, "UnboundLocalError",
                        "cannot access local variable '%s' where it is not "
                        "associated with a value",
                        name);
      sv_incref(*out);
      return true;
    case SYM_CELL:
    case SYM_FREE: {
      sv_value cell = (s >> 32) == SYM_CELL ? f->slots[idx] : f->free[idx];
      *out = SV_AS(sv_cell_obj, cell)->v;
      if (sv_is_unset(*out)) {
        if ((s >> 32) == SYM_CELL)
          return sv_raise(I, "UnboundLocalError",
                          "cannot access local variable '%s' where it is not "
                          "associated with a value",
                          name);
        return sv_raise(I, "NameError",
                        "cannot access free variable '%s' where it is not "
                        "associated with a value in enclosing scope",
                        name);
      }
      sv_incref(*out);
      return true;
    }
    default:
      return load_global(I, name, out);
  }
}

/* Stores v (borrowed) into name. */
static void store_name(sv_interp *I, const char *name, sv_value v) {
  sv_frame *f = I->frame;
  int64_t s = f->code->kind == CODE_MODULE ? 0 : sym_get(f->code, name);
  size_t idx = (size_t)(s & 0xffffffff);
  sv_value *slot;
  switch (s >> 32) {
    case SYM_LOCAL:
      slot = &f->slots[idx];
      break;
    case SYM_CELL:
      slot = &SV_AS(sv_cell_obj, f->slots[idx])->v;
      break;
    case SYM_FREE:
      slot = &SV_AS(sv_cell_obj, f->free[idx])->v;
      break;
    default:
      slot = &sv__pmap_put(&I->globals, name)->val;
      break;
  }
  sv_value old = *slot;
  sv_incref(v);
  *slot = v;
  sv_decref(I, old);
}

static bool delete_name(sv_interp *I, const char *name) {
  sv_frame *f = I->frame;
  int64_t s = f->code->kind == CODE_MODULE ? 0 : sym_get(f->code, name);
  size_t idx = (size_t)(s & 0xffffffff);
  sv_value *slot;
  switch (s >> 32) {
    case SYM_LOCAL:
      slot = &f->slots[idx];
      break;
    case SYM_CELL:
      slot = &SV_AS(sv_cell_obj, f->slots[idx])->v;
      break;
    case SYM_FREE:
      slot = &SV_AS(sv_cell_obj, f->free[idx])->v;
      break;
    default: {
      sv_pmap_slot *g = sv__pmap_find(&I->globals, name);
      slot = g ? &g->val : NULL;
      break;
    }
  }
  if (!slot || sv_is_unset(*slot)) {
    if ((s >> 32) == SYM_LOCAL || (s >> 32) == SYM_CELL)
      return sv_raise(I, "UnboundLocalError",
                      "cannot access local variable '%s' where it is not "
                      "associated with a value",
                      name);
    return sv_raise(I, "NameError", "name '%s' is not defined", name);
  }
  sv_value old = *slot;
  *slot = sv_unset();
  sv_decref(I, old);
  return true;
}

/* ---- calls ---------------------------------------------------------------- */

static void list_names(sv_buf *b, const char **names, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i)
      sv__buf_appends(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
    sv__buf_appendf(b, "'%s'", names[i]);
  }
}

/* CPython's "missing N required ... argument(s)" message. */
static bool raise_missing(sv_interp *I, const char *fname, const char **names,
                          size_t n, bool kwonly) {
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_appendf(&b, "%s() missing %zu required %s argument%s: ", fname, n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
  list_names(&b, names, n);
  sv_raise_str(I, "TypeError", sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return false;
}

static bool raise_too_many(sv_interp *I, const char *fname, size_t nmin,
                           size_t nmax, size_t given, size_t kwonly_given) {
  sv_buf b;
  sv__buf_init(&b);
  if (nmin == nmax)
    sv__buf_appendf(&b, "%s() takes %zu positional argument%s but ", fname,
                    nmax, nmax == 1 ? "" : "s");
  else
    sv__buf_appendf(&b, "%s() takes from %zu to %zu positional arguments but ",
                    fname, nmin, nmax);
  if (kwonly_given)
    sv__buf_appendf(&b,
                    "%zu positional argument%s (and %zu keyword-only "
                    "argument%s) were given",
                    given, given == 1 ? "" : "s", kwonly_given,
                    kwonly_given == 1 ? "" : "s");
  else
    sv__buf_appendf(&b, "%zu %s given", given, given == 1 ? "was" : "were");
  sv_raise_str(I, "TypeError", sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return false;
}

bool sv_args_bind(sv_interp *I, const sv_args *a, const char *fname,
                  const char *const *params, size_t nrequired, sv_value *out) {
  size_t np = 0;
  while (params[np])
    np++;
  for (size_t i = 0; i < np; i++)
    out[i] = sv_unset();
  for (size_t i = 0; i < a->npos && i < np; i++)
    out[i] = a->pos[i];
  for (size_t k = 0; k < a->nkw; k++) {
    size_t i = 0;
    while (i < np && strcmp(params[i], a->kwnames[k]) != 0)
      i++;
    if (i == np)
      return sv_raise(I, "TypeError",
                      "%s() got an unexpected keyword argument '%s'", fname,
                      a->kwnames[k]);
    if (!sv_is_unset(out[i]))
      return sv_raise(I, "TypeError",
                      "%s() got multiple values for argument '%s'", fname,
                      params[i]);
    out[i] = a->kwvals[k];
  }
  if (a->npos > np)
    return raise_too_many(I, fname, nrequired, np, a->npos, 0);
  const char *missing[64];
  size_t nm = 0;
  for (size_t i = 0; i < nrequired && i < np; i++)
    if (sv_is_unset(out[i]) && nm < 64)
      missing[nm++] = params[i];
  if (nm)
    return raise_missing(I, fname, missing, nm, false);
  return true;
}

static bool make_cell(sv_interp *I, sv_value v, sv_value *out) {
  sv_cell_obj *c =
      (sv_cell_obj *)sv__obj_alloc(I, SV_O_CELL, sizeof(sv_cell_obj));
  c->v = v; /* steals */
  *out = sv_obj_value(&c->h);
  return true;
}

/* Binds a call's arguments into fresh slots, CPython's way. */
static bool bind_func(sv_interp *I, sv_func_obj *fn, const sv_args *a,
                      sv_value *slots) {
  sv_code *c = fn->code;
  size_t np = c->nparams, nnormal = 0, nreq = 0;
  ssize_t ivar = -1, ikw = -1;
  for (size_t i = 0; i < np; i++) {
    switch (c->params[i].kind) {
      case SV_PARAM_NORMAL:
        nnormal++;
        if (sv_is_unset(fn->defaults[i]))
          nreq = nnormal;
        break;
      case SV_PARAM_VARARGS:
        ivar = (ssize_t)i;
        break;
      case SV_PARAM_KWARGS:
        ikw = (ssize_t)i;
        break;
      default:
        break;
    }
  }
  const char *fname = c->qualname;
  /* Positional. */
  size_t take = a->npos < nnormal ? a->npos : nnormal;
  for (size_t i = 0; i < take; i++) {
    slots[i] = a->pos[i];
    sv_incref(slots[i]);
  }
  if (ivar >= 0) {
    size_t extra = a->npos > nnormal ? a->npos - nnormal : 0;
    /* no arithmetic on a NULL pos (clang UBSan: zero offset to null) */
    slots[ivar] = sv__tuple_from(I, extra ? a->pos + take : NULL, extra);
  }
  if (ikw >= 0)
    slots[ikw] = sv_dict_new(I);
  /* Keywords. */
  for (size_t k = 0; k < a->nkw; k++) {
    const char *kn = a->kwnames[k];
    size_t i = 0;
    for (; i < np; i++)
      if (c->params[i].name == kn && c->params[i].kind != SV_PARAM_VARARGS &&
          c->params[i].kind != SV_PARAM_KWARGS)
        break;
    if (i == np) {
      if (ikw < 0)
        return sv_raise(I, "TypeError",
                        "%s() got an unexpected keyword argument '%s'", fname,
                        kn);
      sv_value key = sv_str_cstr(I, kn);
      bool ok = sv_dict_set(I, slots[ikw], key, (sv_incref(a->kwvals[k]),
                                                  a->kwvals[k]));
      sv_decref(I, key);
      if (!ok)
        return false;
      continue;
    }
    if (!sv_is_unset(slots[i]))
      return sv_raise(I, "TypeError",
                      "%s() got multiple values for argument '%s'", fname, kn);
    slots[i] = a->kwvals[k];
    sv_incref(slots[i]);
  }
  if (a->npos > nnormal && ivar < 0) {
    size_t kwonly_given = 0;
    for (size_t i = 0; i < np; i++)
      if (c->params[i].kind == SV_PARAM_KWONLY && !sv_is_unset(slots[i]))
        kwonly_given++;
    size_t nmin = 0;
    for (size_t i = 0; i < np; i++)
      if (c->params[i].kind == SV_PARAM_NORMAL && sv_is_unset(fn->defaults[i]))
        nmin++;
    return raise_too_many(I, fname, nmin, nnormal, a->npos, kwonly_given);
  }
  /* Defaults and missing arguments. */
  const char *missing[64];
  size_t nm = 0;
  for (size_t i = 0; i < np; i++) {
    if (c->params[i].kind != SV_PARAM_NORMAL || !sv_is_unset(slots[i]))
      continue;
    if (!sv_is_unset(fn->defaults[i])) {
      slots[i] = fn->defaults[i];
      sv_incref(slots[i]);
    } else if (nm < 64) {
      missing[nm++] = c->params[i].name;
    }
  }
  (void)nreq;
  if (nm)
    return raise_missing(I, fname, missing, nm, false);
  for (size_t i = 0; i < np; i++) {
    if (c->params[i].kind != SV_PARAM_KWONLY || !sv_is_unset(slots[i]))
      continue;
    if (!sv_is_unset(fn->defaults[i])) {
      slots[i] = fn->defaults[i];
      sv_incref(slots[i]);
    } else if (nm < 64) {
      missing[nm++] = c->params[i].name;
    }
  }
  if (nm)
    return raise_missing(I, fname, missing, nm, true);
  return true;
}

static void frame_release(sv_interp *I, sv_frame *f) {
  for (size_t i = 0; i < f->code->locals.count; i++)
    sv_decref(I, f->slots[i]);
}

/* Bytes of C stack the evaluator may use below the frame of
 * sv__interp_run: a Python-level RecursionError is raised before the
 * native stack could overflow (sanitizer builds have much larger frames). */
static size_t stack_budget(void) {
  struct rlimit rl;
  size_t lim = (size_t)8 << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      rl.rlim_cur < lim)
    lim = (size_t)rl.rlim_cur;
  return lim / 4 * 3;
}

static bool stack_exhausted(sv_interp *I) {
  char here;
  uintptr_t p = (uintptr_t)&here;
  return I->stack_base && p < I->stack_base &&
         I->stack_base - p > I->stack_limit;
}

static bool enter_depth(sv_interp *I) {
  if (I->depth >= I->opts.max_depth || stack_exhausted(I))
    return sv_raise(I, "RecursionError", "maximum recursion depth exceeded");
  I->depth++;
  return true;
}

static bool call_function(sv_interp *I, sv_func_obj *fn, const sv_args *a,
                          sv_value *out) {
  sv_code *c = fn->code;
  if (!step(I) || !enter_depth(I))
    return false;
  size_t n = c->locals.count;
  sv_value small[16];
  sv_value *slots = n <= 16 ? small : sv__xmalloc(n * sizeof *slots);
  for (size_t i = 0; i < n; i++)
    slots[i] = sv_unset();
  sv_frame f = {c, slots, fn->free, I->frame, a->loc, sv_none()};
  f.loc = c->node->loc;
  bool ok = bind_func(I, fn, a, slots);
  if (ok) {
    for (size_t i = 0; i < n; i++)
      if (c->is_cell.items[i])
        make_cell(I, slots[i], &slots[i]);
    /* Keep the function alive while it runs (it may rebind its name). */
    sv_incref(sv_obj_value(&fn->h));
    I->frame = &f;
    if (c->node->kind == SV_AST_LAMBDA) {
      f.loc = c->node->as.func.body_expr->loc;
      ok = eval(I, c->node->as.func.body_expr, out);
    } else {
      flow fl = exec_block(I, &c->node->as.func.body);
      ok = fl != F_EXC;
      if (ok) {
        *out = f.retval;
        f.retval = sv_none();
      }
    }
    if (!ok)
      tb_add(I, &f);
    I->frame = f.back;
    sv_decref(I, sv_obj_value(&fn->h));
  }
  sv_decref(I, f.retval);
  frame_release(I, &f);
  if (slots != small)
    sv__xfree(slots);
  I->depth--;
  return ok;
}

bool sv_call(sv_interp *I, sv_value fn, const sv_args *a, sv_value *out) {
  if (fn.tag == SV_T_OBJ) {
    switch (fn.as.o->type) {
      case SV_O_FUNC:
        return call_function(I, SV_AS(sv_func_obj, fn), a, out);
      case SV_O_BUILTIN: {
        sv_builtin_obj *b = SV_AS(sv_builtin_obj, fn);
        if (!step(I))
          return false;
        if (!b->fn(I, b->ud, b->self, a, out))
          return false;
        return true;
      }
      case SV_O_EXC_CLASS: {
        sv_exc_class_obj *c = (sv_exc_class_obj *)fn.as.o;
        if (a->nkw)
          return sv_raise(I, "TypeError", "%s() takes no keyword arguments",
                          c->name);
        *out = sv__exc_new(I, c, sv__tuple_from(I, a->pos, a->npos));
        return true;
      }
      case SV_O_TYPE:
        return sv__call_type(I, SV_AS(sv_type_obj, fn), a, out);
      case SV_O_NATIVE: {
        if (sv__placeholder_rejected(I, fn))
          return false;
        sv_native_obj *n = SV_AS(sv_native_obj, fn);
        if (n->cls->call) {
          if (!step(I))
            return false;
          return n->cls->call(I, fn, a, out);
        }
        break;
      }
      default:
        break;
    }
  }
  return sv_raise(I, "TypeError", "'%s' object is not callable",
                  sv_type_name(fn));
}

/* ---- evaluation ----------------------------------------------------------- */

#define MAX_NEST 12000

static sv_binop to_binop(sv_ast_op op) {
  switch (op) {
    case SV_OP_ADD:
      return SV_BIN_ADD;
    case SV_OP_SUB:
      return SV_BIN_SUB;
    case SV_OP_MUL:
      return SV_BIN_MUL;
    case SV_OP_DIV:
      return SV_BIN_TRUEDIV;
    case SV_OP_FLOORDIV:
      return SV_BIN_FLOORDIV;
    case SV_OP_MOD:
      return SV_BIN_MOD;
    case SV_OP_POW:
      return SV_BIN_POW;
    case SV_OP_MATMUL:
      return SV_BIN_MATMUL;
    case SV_OP_LT:
      return SV_BIN_LT;
    case SV_OP_LE:
      return SV_BIN_LE;
    case SV_OP_GT:
      return SV_BIN_GT;
    case SV_OP_GE:
      return SV_BIN_GE;
    case SV_OP_EQ:
      return SV_BIN_EQ;
    default:
      return SV_BIN_NE;
  }
}

bool sv__bitop(sv_interp *I, sv_ast_op op, sv_value a, sv_value b,
               sv_value *out);

static bool apply_binop(sv_interp *I, sv_ast_op op, sv_value a, sv_value b,
                        sv_value *out) {
  /* Fast path: small ints. */
  if (a.tag == SV_T_INT && b.tag == SV_T_INT) {
    int64_t r;
    switch (op) {
      case SV_OP_ADD:
        if (!__builtin_add_overflow(a.as.i, b.as.i, &r)) {
          *out = sv_int(r);
          return true;
        }
        break;
      case SV_OP_SUB:
        if (!__builtin_sub_overflow(a.as.i, b.as.i, &r)) {
          *out = sv_int(r);
          return true;
        }
        break;
      default:
        break;
    }
  }
  if (op >= SV_OP_LSHIFT && op <= SV_OP_BITXOR)
    return sv__bitop(I, op, a, b, out);
  return sv__binop(I, to_binop(op), a, b, out);
}

static bool compare_op(sv_interp *I, sv_ast_op op, sv_value a, sv_value b,
                       sv_value *out) {
  bool r;
  switch (op) {
    case SV_OP_IN:
    case SV_OP_NOT_IN:
      if (!sv__contains(I, b, a, &r))
        return false;
      *out = sv_bool(op == SV_OP_IN ? r : !r);
      return true;
    case SV_OP_IS:
    case SV_OP_IS_NOT:
      if (a.tag != b.tag)
        r = false;
      else if (a.tag == SV_T_OBJ)
        r = a.as.o == b.as.o;
      else if (a.tag == SV_T_BOOL)
        r = a.as.b == b.as.b;
      else if (a.tag == SV_T_INT)
        r = a.as.i == b.as.i;
      else if (a.tag == SV_T_FLOAT)
        r = a.as.f == b.as.f;
      else
        r = true;
      *out = sv_bool(op == SV_OP_IS ? r : !r);
      return true;
    default:
      if (a.tag == SV_T_INT && b.tag == SV_T_INT) {
        int64_t x = a.as.i, y = b.as.i;
        switch (op) {
          case SV_OP_LT:
            r = x < y;
            break;
          case SV_OP_LE:
            r = x <= y;
            break;
          case SV_OP_GT:
            r = x > y;
            break;
          case SV_OP_GE:
            r = x >= y;
            break;
          case SV_OP_EQ:
            r = x == y;
            break;
          default:
            r = x != y;
            break;
        }
        *out = sv_bool(r);
        return true;
      }
      return sv__compare(I, to_binop(op), a, b, out);
  }
}

static bool unary(sv_interp *I, sv_ast_op op, sv_value v, sv_value *out) {
  switch (op) {
    case SV_OP_NOT: {
      bool t;
      if (!sv_truthy(I, v, &t))
        return false;
      *out = sv_bool(!t);
      return true;
    }
    case SV_OP_NEG:
      if (v.tag == SV_T_INT) {
        if (v.as.i == INT64_MIN)
          return sv__int_overflow(I);
        *out = sv_int(-v.as.i);
        return true;
      }
      if (v.tag == SV_T_BOOL) {
        *out = sv_int(-(int64_t)v.as.b);
        return true;
      }
      if (v.tag == SV_T_FLOAT) {
        *out = sv_float(-v.as.f);
        return true;
      }
      if (sv_is_obj(v, SV_O_NATIVE)) {
        if (sv__placeholder_rejected(I, v))
          return false;
        if (SV_AS(sv_native_obj, v)->cls->neg)
          return SV_AS(sv_native_obj, v)->cls->neg(I, v, out);
      }
      return sv_raise(I, "TypeError", "bad operand type for unary -: '%s'",
                      sv_type_name(v));
    case SV_OP_POS:
      if (v.tag == SV_T_INT || v.tag == SV_T_FLOAT) {
        *out = v;
        return true;
      }
      if (v.tag == SV_T_BOOL) {
        *out = sv_int(v.as.b);
        return true;
      }
      if (sv_is_obj(v, SV_O_NATIVE)) {
        *out = v;
        sv_incref(v);
        return true;
      }
      return sv_raise(I, "TypeError", "bad operand type for unary +: '%s'",
                      sv_type_name(v));
    default:
      if (v.tag == SV_T_INT || v.tag == SV_T_BOOL) {
        *out = sv_int(~(v.tag == SV_T_BOOL ? (int64_t)v.as.b : v.as.i));
        return true;
      }
      return sv_raise(I, "TypeError", "bad operand type for unary ~: '%s'",
                      sv_type_name(v));
  }
}

/* Left-deep operator chains are evaluated with an explicit stack: a
 * 200 000-term `x + x + ...` does not recurse per term. */
static bool eval_binop_chain(sv_interp *I, sv_ast *e, sv_value *out) {
  sv_ast *small[32];
  sv_ast **stack = small;
  size_t n = 0, cap = 32;
  sv_ast *cur = e;
  while (cur->kind == SV_AST_BINOP) {
    if (n == cap) {
      cap *= 2;
      if (stack == small) {
        stack = sv__xmalloc(cap * sizeof *stack);
        memcpy(stack, small, sizeof small);
      } else {
        stack = sv__xrealloc(stack, cap * sizeof *stack);
      }
    }
    stack[n++] = cur;
    cur = cur->as.binop.left;
  }
  sv_value acc;
  bool ok = eval(I, cur, &acc);
  while (ok && n) {
    sv_ast *node = stack[--n];
    sv_value r, res;
    if (!eval(I, node->as.binop.right, &r)) {
      sv_decref(I, acc);
      ok = false;
      break;
    }
    I->frame->loc = node->loc;
    ok = apply_binop(I, node->op, acc, r, &res);
    sv_decref(I, acc);
    sv_decref(I, r);
    if (ok)
      acc = res;
  }
  if (stack != small)
    sv__xfree(stack);
  if (ok)
    *out = acc;
  return ok;
}

enum { ARGSPARE_MAX = 64, ARGSPARE_ITEMS = 64 };

static void argvec_free(sv_argvec *v) {
  sv__vec_free(&v->pos);
  sv__vec_free(&v->kwn);
  sv__vec_free(&v->kwv);
}

/* Empty vectors for a call's arguments: a spare one when there is one. */
static sv_argvec argvec_take(sv_interp *I) {
  if (I->argspare.count)
    return I->argspare.items[--I->argspare.count];
  return (sv_argvec){0};
}

/* Drops the arguments and keeps the vectors for the next call (unless
 * there are many spares already, or these grew large). */
static void argvec_give(sv_interp *I, sv_argvec *v) {
  for (size_t i = 0; i < v->pos.count; i++)
    sv_decref(I, v->pos.items[i]);
  for (size_t i = 0; i < v->kwv.count; i++)
    sv_decref(I, v->kwv.items[i]);
  v->pos.count = v->kwn.count = v->kwv.count = 0;
  if (I->argspare.count >= ARGSPARE_MAX || v->pos.cap > ARGSPARE_ITEMS ||
      v->kwn.cap > ARGSPARE_ITEMS) {
    argvec_free(v);
    return;
  }
  sv__vec_push(&I->argspare, *v);
}

static bool add_kw(sv_interp *I, sv_argvec *v, const char *name,
                   sv_value val, const char *fname) {
  for (size_t i = 0; i < v->kwn.count; i++)
    if (v->kwn.items[i] == name) {
      sv_decref(I, val);
      return sv_raise(I, "TypeError",
                      "%s got multiple values for keyword argument '%s'",
                      fname, name);
    }
  sv__vec_push(&v->kwn, name);
  sv__vec_push(&v->kwv, val);
  return true;
}

static const char *callee_name(sv_value fn, sv_buf *tmp) {
  sv__buf_clear(tmp);
  if (sv_is_obj(fn, SV_O_FUNC)) /* CPython's _PyObject_FunctionStr */
    sv__buf_appendf(tmp, "__main__.%s()",
                    SV_AS(sv_func_obj, fn)->code->qualname);
  else if (sv_is_obj(fn, SV_O_BUILTIN))
    sv__buf_appendf(tmp, "%s()", SV_AS(sv_builtin_obj, fn)->qualname);
  else
    sv__buf_appendf(tmp, "%s()", sv_type_name(fn));
  return sv__buf_cstr(tmp);
}

static bool eval_args(sv_interp *I, sv_value fn, const sv_ast_list *args,
                      sv_argvec *v) {
  for (uint32_t i = 0; i < args->count; i++) {
    sv_ast *x = args->items[i];
    sv_value val;
    if (x->kind == SV_AST_KEYWORD) {
      if (!eval(I, x->as.keyword.value, &val))
        return false;
      sv_buf tmp;
      sv__buf_init(&tmp);
      bool ok = add_kw(I, v, x->as.keyword.name, val, callee_name(fn, &tmp));
      sv__buf_fini(&tmp);
      if (!ok)
        return false;
    } else if (x->kind == SV_AST_STARRED) {
      if (!eval(I, x->as.unary.operand, &val))
        return false;
      sv_value l;
      bool ok = sv_to_list(I, val, &l);
      sv_decref(I, val);
      if (!ok)
        return false;
      for (size_t k = 0; k < sv_seq_len(l); k++) {
        sv_value it = sv_seq_item(l, k);
        sv_incref(it);
        sv__vec_push(&v->pos, it);
      }
      sv_decref(I, l);
    } else if (x->kind == SV_AST_DSTAR) {
      if (!eval(I, x->as.unary.operand, &val))
        return false;
      if (!sv_is_obj(val, SV_O_DICT)) {
        sv_buf tmp;
        sv__buf_init(&tmp);
        sv_raise(I, "TypeError",
                 "%s argument after ** must be a mapping, not %s",
                 callee_name(fn, &tmp), sv_type_name(val));
        sv__buf_fini(&tmp);
        sv_decref(I, val);
        return false;
      }
      sv_dict_obj *d = SV_AS(sv_dict_obj, val);
      for (size_t k = 0; k < d->count; k++) {
        sv_value key = d->entries[k].key;
        if (key.tag == SV_T_UNSET)
          continue;
        if (!sv_is_str(key)) {
          sv_decref(I, val);
          return sv_raise(I, "TypeError", "keywords must be strings");
        }
        sv_value kv = d->entries[k].val;
        sv_incref(kv);
        sv_buf tmp;
        sv__buf_init(&tmp);
        bool ok = add_kw(I, v,
                         sv__intern(I->in, sv_str_data(key), sv_str_len(key)),
                         kv, callee_name(fn, &tmp));
        sv__buf_fini(&tmp);
        if (!ok) {
          sv_decref(I, val);
          return false;
        }
      }
      sv_decref(I, val);
    } else {
      if (!eval(I, x, &val))
        return false;
      sv__vec_push(&v->pos, val);
    }
  }
  return true;
}

static bool eval_call(sv_interp *I, sv_ast *e, sv_value *out) {
  sv_value fn;
  /* Method calls on builtin values go through getattr (bound builtin). */
  if (!eval(I, e->as.call.fn, &fn))
    return false;
  sv_argvec v = argvec_take(I);
  bool ok = eval_args(I, fn, &e->as.call.args, &v);
  if (ok) {
    sv_args a = {v.pos.items, v.pos.count, v.kwn.items, v.kwv.items,
                 v.kwn.count, e->loc};
    I->frame->loc = e->loc;
    ok = sv_call(I, fn, &a, out);
  }
  argvec_give(I, &v);
  sv_decref(I, fn);
  return ok;
}

static bool make_function(sv_interp *I, sv_ast *e, sv_value *out) {
  sv_pmap_slot *s = sv__pmap_find(&I->codes, e);
  sv_code *c = s->ptr;
  sv_func_obj *f =
      (sv_func_obj *)sv__obj_alloc(I, SV_O_FUNC, sizeof(sv_func_obj));
  f->code = c;
  f->defaults = sv__xcalloc(c->nparams ? c->nparams : 1, sizeof(sv_value));
  f->free = sv__xcalloc(c->free.count ? c->free.count : 1, sizeof(sv_value));
  sv_value fv = sv_obj_value(&f->h);
  for (size_t i = 0; i < c->nparams; i++)
    f->defaults[i] = sv_unset();
  for (size_t i = 0; i < c->free.count; i++)
    f->free[i] = sv_unset();
  for (size_t i = 0; i < c->nparams; i++) {
    if (!c->params[i].def)
      continue;
    if (!eval(I, c->params[i].def, &f->defaults[i])) {
      f->defaults[i] = sv_unset();
      sv_decref(I, fv);
      return false;
    }
  }
  sv_frame *fr = I->frame;
  for (size_t i = 0; i < c->free.count; i++) {
    int64_t sk = sym_get(fr->code, c->free.items[i]);
    size_t idx = (size_t)(sk & 0xffffffff);
    sv_value cell = (sk >> 32) == SYM_CELL ? fr->slots[idx] : fr->free[idx];
    sv_incref(cell);
    f->free[i] = cell;
  }
  *out = fv;
  return true;
}

/* Comprehension bodies: nested loops over fors[k..]. */
static bool comp_loop(sv_interp *I, sv_ast *e, uint32_t k, sv_value first,
                      sv_value acc) {
  sv_comp_for *cf = &e->as.comp.fors[k];
  sv_value itv;
  if (k == 0) {
    itv = first;
    sv_incref(itv);
  } else if (!eval(I, cf->iter, &itv)) {
    return false;
  }
  sv_value items;
  bool ok = sv_to_list(I, itv, &items);
  sv_decref(I, itv);
  if (!ok)
    return false;
  sv_list_obj *l = SV_AS(sv_list_obj, items);
  for (size_t i = 0; ok && i < l->count; i++) {
    if (!(ok = step(I)))
      break;
    if (!(ok = assign(I, cf->target, l->items[i])))
      break;
    bool pass = true;
    for (uint32_t j = 0; pass && j < cf->ifs.count; j++) {
      sv_value t;
      if (!(ok = eval(I, cf->ifs.items[j], &t)))
        break;
      ok = sv_truthy(I, t, &pass);
      sv_decref(I, t);
      if (!ok)
        break;
    }
    if (!ok || !pass)
      continue;
    if (k + 1 < e->as.comp.nfors) {
      ok = comp_loop(I, e, k + 1, first, acc);
      continue;
    }
    sv_value x, y;
    if (!(ok = eval(I, e->as.comp.elt, &x)))
      break;
    if (e->kind == SV_AST_DICTCOMP) {
      if (!(ok = eval(I, e->as.comp.value, &y))) {
        sv_decref(I, x);
        break;
      }
      ok = sv_dict_set(I, acc, x, y);
      sv_decref(I, x);
    } else if (e->kind == SV_AST_SETCOMP) {
      ok = sv__set_add(I, acc, x);
      sv_decref(I, x);
    } else {
      sv_list_append(I, acc, x);
    }
  }
  sv_decref(I, items);
  return ok;
}

static bool eval_comp(sv_interp *I, sv_ast *e, sv_value *out) {
  sv_code *c = sv__pmap_find(&I->codes, e)->ptr;
  sv_value first;
  if (!eval(I, e->as.comp.fors[0].iter, &first))
    return false;
  /* The comprehension runs in its own scope (a closure, as in Python). */
  sv_value fnv;
  if (!make_function(I, e, &fnv)) {
    sv_decref(I, first);
    return false;
  }
  if (!enter_depth(I)) {
    sv_decref(I, first);
    sv_decref(I, fnv);
    return false;
  }
  sv_func_obj *fn = SV_AS(sv_func_obj, fnv);
  size_t n = c->locals.count;
  sv_value *slots = sv__xmalloc((n ? n : 1) * sizeof *slots);
  for (size_t i = 0; i < n; i++) {
    slots[i] = sv_unset();
    if (c->is_cell.items[i])
      make_cell(I, sv_unset(), &slots[i]);
  }
  sv_frame f = {c, slots, fn->free, I->frame, I->frame->loc, sv_none()};
  sv_value acc = e->kind == SV_AST_DICTCOMP  ? sv_dict_new(I)
                 : e->kind == SV_AST_SETCOMP ? sv__set_new(I)
                                             : sv_list_new(I, 0);
  I->frame = &f;
  bool ok = comp_loop(I, e, 0, first, acc);
  if (!ok)
    tb_add(I, &f);
  I->frame = f.back;
  I->depth--;
  frame_release(I, &f);
  sv__xfree(slots);
  sv_decref(I, first);
  sv_decref(I, fnv);
  if (!ok) {
    sv_decref(I, acc);
    return false;
  }
  /* A generator expression is a one-shot iterator (evaluated eagerly). */
  *out = e->kind == SV_AST_GENEXP ? sv__iter_wrap(I, SV_IT_GENERATOR, acc) : acc;
  return true;
}

static bool eval_fstring(sv_interp *I, sv_ast *e, sv_value *out) {
  sv_buf b;
  sv__buf_init(&b);
  bool ok = true;
  for (uint32_t i = 0; ok && i < e->as.seq.count; i++) {
    sv_ast *p = e->as.seq.items[i];
    if (p->kind == SV_AST_STR) {
      sv__buf_append(&b, p->as.str.data, p->as.str.len);
      continue;
    }
    if (p->kind != SV_AST_FORMATTED) {
      sv_value v;
      if (!(ok = eval(I, p, &v)))
        break;
      ok = sv_str(I, v, &b);
      sv_decref(I, v);
      continue;
    }
    sv_value v;
    if (!(ok = eval(I, p->as.fmt.value, &v)))
      break;
    if (p->as.fmt.conv) {
      sv_buf cb;
      sv__buf_init(&cb);
      ok = p->as.fmt.conv == 's'   ? sv_str(I, v, &cb)
           : p->as.fmt.conv == 'r' ? sv_repr(I, v, &cb)
                                   : sv_ascii(I, v, &cb);
      sv_decref(I, v);
      v = ok ? sv_str_new(I, cb.data ? cb.data : "", cb.len) : sv_none();
      sv__buf_fini(&cb);
      if (!ok)
        break;
    }
    sv_value spec = sv_unset();
    if (p->as.fmt.spec && !(ok = eval(I, p->as.fmt.spec, &spec))) {
      sv_decref(I, v);
      break;
    }
    if (sv_is_unset(spec))
      ok = sv__format_value(I, v, "", 0, &b);
    else
      ok = sv__format_value(I, v, sv_str_data(spec), sv_str_len(spec), &b);
    sv_decref(I, spec);
    sv_decref(I, v);
  }
  if (ok)
    *out = sv_str_new(I, b.data ? b.data : "", b.len);
  sv__buf_fini(&b);
  return ok;
}

static bool eval_seq_items(sv_interp *I, const sv_ast_list *l, sv_value list) {
  for (uint32_t i = 0; i < l->count; i++) {
    sv_ast *x = l->items[i];
    sv_value v;
    if (x->kind == SV_AST_STARRED) {
      if (!eval(I, x->as.unary.operand, &v))
        return false;
      sv_value items;
      bool ok = sv_to_list(I, v, &items);
      sv_decref(I, v);
      if (!ok)
        return false;
      for (size_t k = 0; k < sv_seq_len(items); k++) {
        sv_value it = sv_seq_item(items, k);
        sv_incref(it);
        sv_list_append(I, list, it);
      }
      sv_decref(I, items);
      continue;
    }
    if (!eval(I, x, &v))
      return false;
    sv_list_append(I, list, v);
  }
  return true;
}

static bool eval_inner(sv_interp *I, sv_ast *e, sv_value *out) {
  switch (e->kind) {
    case SV_AST_NAME:
      return eval(I, e, out);
    case SV_AST_INT:
      *out = sv_int(e->as.ival);
      return true;
    case SV_AST_FLOAT:
      *out = sv_float(e->as.fval);
      return true;
    case SV_AST_STR:
    case SV_AST_BYTES:
      *out = sv_str_new(I, e->as.str.data, e->as.str.len);
      return true;
    case SV_AST_TRUE:
      *out = sv_bool(true);
      return true;
    case SV_AST_FALSE:
      *out = sv_bool(false);
      return true;
    case SV_AST_NONE:
      *out = sv_none();
      return true;
    case SV_AST_FSTRING:
      return eval_fstring(I, e, out);
    case SV_AST_FORMATTED: {
      sv_ast_list l = {&e, 1};
      sv_ast tmp = *e;
      tmp.kind = SV_AST_FSTRING;
      tmp.as.seq = l;
      return eval_fstring(I, &tmp, out);
    }
    case SV_AST_LIST:
    case SV_AST_TUPLE:
    case SV_AST_SET: {
      sv_value l = sv_list_new(I, e->as.seq.count);
      if (!eval_seq_items(I, &e->as.seq, l)) {
        sv_decref(I, l);
        return false;
      }
      if (e->kind == SV_AST_LIST) {
        *out = l;
        return true;
      }
      if (e->kind == SV_AST_TUPLE) {
        *out = sv__tuple_from(I, SV_AS(sv_list_obj, l)->items,
                              SV_AS(sv_list_obj, l)->count);
        sv_decref(I, l);
        return true;
      }
      return sv__set_from_list(I, l, out);
    }
    case SV_AST_DICT: {
      sv_value d = sv_dict_new(I);
      for (uint32_t i = 0; i < e->as.dict.keys.count; i++) {
        sv_ast *kx = e->as.dict.keys.items[i];
        sv_value k, v;
        if (!eval(I, e->as.dict.values.items[i], &v)) {
          sv_decref(I, d);
          return false;
        }
        if (!kx) {
          if (!sv_is_obj(v, SV_O_DICT)) {
            sv_raise(I, "TypeError", "'%s' object is not a mapping",
                     sv_type_name(v));
            sv_decref(I, v);
            sv_decref(I, d);
            return false;
          }
          sv_dict_obj *src = SV_AS(sv_dict_obj, v);
          for (size_t j = 0; j < src->count; j++) {
            if (src->entries[j].key.tag == SV_T_UNSET)
              continue;
            sv_incref(src->entries[j].val);
            sv_dict_set(I, d, src->entries[j].key, src->entries[j].val);
          }
          sv_decref(I, v);
          continue;
        }
        /* Python evaluates the key before the value. */
        if (!eval(I, kx, &k)) {
          sv_decref(I, v);
          sv_decref(I, d);
          return false;
        }
        bool ok = sv_dict_set(I, d, k, v);
        sv_decref(I, k);
        if (!ok) {
          sv_decref(I, d);
          return false;
        }
      }
      *out = d;
      return true;
    }
    case SV_AST_ATTR: {
      sv_value o;
      if (!eval(I, e->as.attr.obj, &o))
        return false;
      I->frame->loc = e->loc;
      bool ok = sv__getattr(I, o, e->as.attr.name, out);
      sv_decref(I, o);
      return ok;
    }
    case SV_AST_SUBSCRIPT: {
      sv_value o, k;
      if (!eval(I, e->as.sub.obj, &o))
        return false;
      if (!eval(I, e->as.sub.index, &k)) {
        sv_decref(I, o);
        return false;
      }
      I->frame->loc = e->loc;
      bool ok = sv__getitem(I, o, k, out);
      sv_decref(I, o);
      sv_decref(I, k);
      return ok;
    }
    case SV_AST_SLICE: {
      sv_value t = sv_tuple_new(I, 3);
      sv_ast *parts[3] = {e->as.slice.lo, e->as.slice.hi, e->as.slice.step};
      for (int k = 0; k < 3; k++) {
        if (!parts[k])
          continue;
        sv_value v;
        if (!eval(I, parts[k], &v)) {
          sv_decref(I, t);
          return false;
        }
        sv_tuple_set(I, t, (size_t)k, v);
      }
      t.as.o->flags |= 1; /* a slice */
      *out = t;
      return true;
    }
    case SV_AST_CALL:
      return eval_call(I, e, out);
    case SV_AST_STARRED:
      return sv_reject(I, e->loc, "can't use starred expression here");
    case SV_AST_KEYWORD:
    case SV_AST_DSTAR:
      return sv_reject(I, e->loc, "invalid syntax");
    case SV_AST_BINOP:
      return eval_binop_chain(I, e, out);
    case SV_AST_UNARY: {
      sv_value v;
      if (!eval(I, e->as.unary.operand, &v))
        return false;
      I->frame->loc = e->loc;
      bool ok = unary(I, e->op, v, out);
      sv_decref(I, v);
      return ok;
    }
    case SV_AST_BOOLOP: {
      sv_value v = sv_none();
      for (uint32_t i = 0; i < e->as.seq.count; i++) {
        if (!eval(I, e->as.seq.items[i], &v))
          return false;
        if (i + 1 == e->as.seq.count)
          break;
        bool t;
        if (!sv_truthy(I, v, &t)) {
          sv_decref(I, v);
          return false;
        }
        if (t == (e->op == SV_OP_OR))
          break;
        sv_decref(I, v);
      }
      *out = v;
      return true;
    }
    case SV_AST_COMPARE: {
      sv_value a;
      if (!eval(I, e->as.compare.left, &a))
        return false;
      for (uint32_t i = 0; i < e->as.compare.rights.count; i++) {
        sv_value b, r;
        if (!eval(I, e->as.compare.rights.items[i], &b)) {
          sv_decref(I, a);
          return false;
        }
        I->frame->loc = e->loc;
        bool ok = compare_op(I, e->as.compare.ops[i], a, b, &r);
        sv_decref(I, a);
        if (!ok) {
          sv_decref(I, b);
          return false;
        }
        if (i + 1 == e->as.compare.rights.count) {
          sv_decref(I, b);
          *out = r;
          return true;
        }
        bool t;
        ok = sv_truthy(I, r, &t);
        if (!ok || !t) {
          sv_decref(I, b);
          if (ok)
            *out = r;
          else
            sv_decref(I, r);
          return ok;
        }
        sv_decref(I, r);
        a = b;
      }
      *out = a;
      return true;
    }
    case SV_AST_IFEXP: {
      sv_value t;
      bool b;
      if (!eval(I, e->as.ifexp.test, &t))
        return false;
      bool ok = sv_truthy(I, t, &b);
      sv_decref(I, t);
      if (!ok)
        return false;
      return eval(I, b ? e->as.ifexp.body : e->as.ifexp.orelse, out);
    }
    case SV_AST_LAMBDA:
      return make_function(I, e, out);
    case SV_AST_LISTCOMP:
    case SV_AST_SETCOMP:
    case SV_AST_DICTCOMP:
    case SV_AST_GENEXP:
      return eval_comp(I, e, out);
    default:
      return sv_reject(I, e->loc, "unsupported expression");
  }
}

static bool eval(sv_interp *I, sv_ast *e, sv_value *out) {
  if (e->kind == SV_AST_NAME) {
    if (load_name(I, e->as.name, out))
      return true;
    /* A NameError points at the name itself: a name on the second line
     * of a statement is reported on that line, as CPython does. */
    I->frame->loc = e->loc;
    if (sv_is_obj(I->exc, SV_O_EXC))
      SV_AS(sv_exc_obj, I->exc)->loc = e->loc;
    return false;
  }
  if (++I->cdepth > MAX_NEST) {
    I->cdepth--;
    return sv_reject(I, e->loc, "expression nested too deeply");
  }
  if (stack_exhausted(I)) {
    I->cdepth--;
    return sv_raise(I, "RecursionError", "maximum recursion depth exceeded");
  }
  bool ok = eval_inner(I, e, out);
  I->cdepth--;
  return ok;
}

/* ---- assignment ---------------------------------------------------------- */

static bool assign_seq(sv_interp *I, sv_ast *t, sv_value v) {
  sv_value items;
  if (!sv_to_list(I, v, &items)) {
    if (sv_exc_pending_type(I) && !strcmp(sv_exc_pending_type(I), "TypeError")) {
      sv_decref(I, I->exc);
      I->exc = sv_unset();
      return sv_raise(I, "TypeError", "cannot unpack non-iterable %s object",
                      sv_type_name(v));
    }
    return false;
  }
  size_t n = sv_seq_len(items), nt = t->as.seq.count;
  ssize_t star = -1;
  for (uint32_t i = 0; i < nt; i++)
    if (t->as.seq.items[i]->kind == SV_AST_STARRED)
      star = (ssize_t)i;
  bool ok = true;
  if (star < 0) {
    if (n > nt)
      ok = sv_raise(I, "ValueError", "too many values to unpack (expected %zu)",
                    (size_t)nt);
    else if (n < nt)
      ok = sv_raise(I, "ValueError",
                    "not enough values to unpack (expected %zu, got %zu)",
                    (size_t)nt, n);
    for (size_t i = 0; ok && i < nt; i++)
      ok = assign(I, t->as.seq.items[i], sv_seq_item(items, i));
  } else {
    size_t before = (size_t)star, after = nt - (size_t)star - 1;
    if (n < before + after)
      ok = sv_raise(I, "ValueError",
                    "not enough values to unpack (expected at least %zu, got "
                    "%zu)",
                    before + after, n);
    for (size_t i = 0; ok && i < before; i++)
      ok = assign(I, t->as.seq.items[i], sv_seq_item(items, i));
    if (ok) {
      sv_value mid = sv_list_new(I, n - before - after);
      for (size_t i = before; i < n - after; i++) {
        sv_value x = sv_seq_item(items, i);
        sv_incref(x);
        sv_list_append(I, mid, x);
      }
      ok = assign(I, t->as.seq.items[star]->as.unary.operand, mid);
      sv_decref(I, mid);
    }
    for (size_t i = 0; ok && i < after; i++)
      ok = assign(I, t->as.seq.items[(size_t)star + 1 + i],
                  sv_seq_item(items, n - after + i));
  }
  sv_decref(I, items);
  return ok;
}

static bool assign(sv_interp *I, sv_ast *t, sv_value v) {
  switch (t->kind) {
    case SV_AST_NAME:
      store_name(I, t->as.name, v);
      return true;
    case SV_AST_TUPLE:
    case SV_AST_LIST:
      return assign_seq(I, t, v);
    case SV_AST_SUBSCRIPT: {
      sv_value o, k;
      if (!eval(I, t->as.sub.obj, &o))
        return false;
      if (!eval(I, t->as.sub.index, &k)) {
        sv_decref(I, o);
        return false;
      }
      bool ok = sv__setitem(I, o, k, v);
      sv_decref(I, o);
      sv_decref(I, k);
      return ok;
    }
    case SV_AST_ATTR: {
      sv_value o;
      if (!eval(I, t->as.attr.obj, &o))
        return false;
      bool ok = sv__setattr(I, o, t->as.attr.name, v);
      sv_decref(I, o);
      return ok;
    }
    case SV_AST_STARRED:
      return sv_reject(I, t->loc,
                       "starred assignment target must be in a list or tuple");
    default:
      return sv_reject(I, t->loc, "cannot assign to expression");
  }
}

/* ---- statements ----------------------------------------------------------- */

static flow exec_stmt(sv_interp *I, sv_ast *s);

static flow exec_block(sv_interp *I, const sv_ast_list *body) {
  for (uint32_t i = 0; i < body->count; i++) {
    flow f = exec_stmt(I, body->items[i]);
    if (f != F_OK)
      return f;
  }
  return F_OK;
}

static flow exec_loop_body(sv_interp *I, sv_ast *s, bool *broke) {
  flow f = exec_block(I, &s->as.loop.body);
  if (f == F_BREAK) {
    *broke = true;
    return F_OK;
  }
  if (f == F_CONTINUE)
    return F_OK;
  return f;
}

static flow exec_for(sv_interp *I, sv_ast *s) {
  sv_value itv;
  if (!eval(I, s->as.loop.iter, &itv))
    return F_EXC;
  bool broke = false;
  flow f = F_OK;
  if (sv_is_obj(itv, SV_O_RANGE)) {
    sv_range_obj *r = SV_AS(sv_range_obj, itv);
    size_t n = sv__range_len(r);
    for (size_t i = 0; i < n && !broke; i++) {
      if (!step(I)) {
        f = F_EXC;
        break;
      }
      sv_value x = sv_int(r->start + (int64_t)i * r->step);
      if (!assign(I, s->as.loop.target, x)) {
        f = F_EXC;
        break;
      }
      f = exec_loop_body(I, s, &broke);
      if (f != F_OK)
        break;
    }
  } else {
    sv_value items;
    if (sv_is_list(itv)) {
      items = itv;
      sv_incref(items);
    } else if (!sv_to_list(I, itv, &items)) {
      sv_decref(I, itv);
      return F_EXC;
    }
    /* Index-based, like Python's list iterator: appends are seen. */
    for (size_t i = 0; i < sv_seq_len(items) && !broke; i++) {
      if (!step(I)) {
        f = F_EXC;
        break;
      }
      sv_value x = sv_seq_item(items, i);
      sv_incref(x);
      bool ok = assign(I, s->as.loop.target, x);
      sv_decref(I, x);
      if (!ok) {
        f = F_EXC;
        break;
      }
      f = exec_loop_body(I, s, &broke);
      if (f != F_OK)
        break;
    }
    sv_decref(I, items);
  }
  sv_decref(I, itv);
  if (f == F_OK && !broke)
    f = exec_block(I, &s->as.loop.orelse);
  return f;
}

static flow exec_while(sv_interp *I, sv_ast *s) {
  bool broke = false;
  for (;;) {
    if (!step(I))
      return F_EXC;
    sv_value t;
    bool b;
    I->frame->loc = s->loc;
    if (!eval(I, s->as.loop.test, &t))
      return F_EXC;
    bool ok = sv_truthy(I, t, &b);
    sv_decref(I, t);
    if (!ok)
      return F_EXC;
    if (!b)
      break;
    flow f = exec_loop_body(I, s, &broke);
    if (f != F_OK)
      return f;
    if (broke)
      return F_OK;
  }
  return exec_block(I, &s->as.loop.orelse);
}

static bool handler_matches(sv_interp *I, sv_value exc, sv_value type,
                            bool *out) {
  sv_exc_class_obj *c = SV_AS(sv_exc_obj, exc)->cls;
  *out = false;
  if (sv_is_obj(type, SV_O_EXC_CLASS)) {
    *out = sv__exc_matches(c, (sv_exc_class_obj *)type.as.o);
    return true;
  }
  if (sv_is_tuple(type)) {
    for (size_t i = 0; i < sv_seq_len(type) && !*out; i++) {
      if (!handler_matches(I, exc, sv_seq_item(type, i), out))
        return false;
    }
    return true;
  }
  return sv_raise(I, "TypeError",
                  "catching classes that do not inherit from BaseException "
                  "is not allowed");
}

static flow exec_try(sv_interp *I, sv_ast *s) {
  flow f = exec_block(I, &s->as.try_.body);
  if (f == F_EXC && !I->fatal) {
    sv_value exc = I->exc;
    I->exc = sv_unset();
    /* the frame it reached (shown if it becomes another's context, kept
     * if a bare `raise` sends it on) */
    tb_push(SV_AS(sv_exc_obj, exc), I->frame);
    bool handled = false;
    for (uint32_t i = 0; i < s->as.try_.nhandlers && !handled; i++) {
      sv_handler *h = &s->as.try_.handlers[i];
      bool m = true;
      if (h->type) {
        sv_value t;
        I->frame->loc = h->loc;
        if (!eval(I, h->type, &t)) {
          sv_decref(I, exc);
          return F_EXC;
        }
        bool ok = handler_matches(I, exc, t, &m);
        sv_decref(I, t);
        if (!ok) {
          sv_decref(I, exc);
          return F_EXC;
        }
      }
      if (!m)
        continue;
      handled = true;
      sv_exc_obj *eo = SV_AS(sv_exc_obj, exc);
      if (eo->tf_graph)
        sv__tf_error_mark_caught(eo->tf_graph, eo->tf_error);
      if (h->name)
        store_name(I, h->name, exc);
      sv_value saved = I->handling;
      I->handling = exc;
      f = exec_block(I, &h->body);
      I->handling = saved;
      if (h->name && f != F_EXC) {
        /* Python unbinds the `as` name after the handler. */
        sv_frame *fr = I->frame;
        int64_t sk = fr->code->kind == CODE_MODULE ? 0
                                                   : sym_get(fr->code, h->name);
        (void)sk;
        delete_name(I, h->name);
      }
    }
    if (!handled) {
      I->exc = exc;
      f = F_EXC;
    } else {
      sv_decref(I, exc);
    }
  } else if (f == F_OK) {
    f = exec_block(I, &s->as.try_.orelse);
  }
  if (s->as.try_.finalbody.count && !I->fatal) {
    sv_value saved_exc = I->exc, saved_ret = sv_unset();
    I->exc = sv_unset();
    if (f == F_RETURN) {
      saved_ret = I->frame->retval;
      I->frame->retval = sv_none();
    }
    flow f2 = exec_block(I, &s->as.try_.finalbody);
    if (f2 != F_OK) {
      sv_decref(I, saved_exc);
      sv_decref(I, saved_ret);
      return f2;
    }
    I->exc = saved_exc;
    if (f == F_RETURN) {
      sv_decref(I, I->frame->retval);
      I->frame->retval = saved_ret;
    }
  }
  return f;
}

static flow exec_with(sv_interp *I, sv_ast *s) {
  uint32_t n = s->as.with.nitems, entered = 0;
  sv_value *mgrs = sv__xcalloc(n ? n : 1, sizeof *mgrs);
  flow f = F_OK;
  for (uint32_t i = 0; i < n; i++) {
    sv_with_item *it = &s->as.with.items[i];
    sv_value m;
    if (!eval(I, it->ctx, &m)) {
      f = F_EXC;
      break;
    }
    const sv_class *cls = sv_native_class(m);
    const char *path;
    I->frame->loc = it->ctx->loc;
    if (sv__is_placeholder(m, &path)) {
      /* path points into m: reject before the decref (fuzz_run finding,
       * tests/fuzz/regress/run/with-placeholder-uaf.py) */
      sv_reject(I, it->ctx->loc, "%s is not emulated", path);
      sv_decref(I, m);
      f = F_EXC;
      break;
    }
    if (!cls || !cls->enter || !cls->exit) {
      sv_raise(I, "TypeError",
               "'%s' object does not support the context manager protocol",
               sv_type_name(m));
      sv_decref(I, m);
      f = F_EXC;
      break;
    }
    sv_value v;
    if (!cls->enter(I, m, &v)) {
      sv_decref(I, m);
      f = F_EXC;
      break;
    }
    mgrs[entered++] = m;
    bool ok = true;
    if (it->target)
      ok = assign(I, it->target, v);
    sv_decref(I, v);
    if (!ok) {
      f = F_EXC;
      break;
    }
  }
  if (f == F_OK)
    f = exec_block(I, &s->as.with.body);
  /* Exit innermost first, on every way out. */
  while (entered) {
    sv_value m = mgrs[--entered];
    const sv_class *cls = sv_native_class(m);
    bool pending = f == F_EXC;
    sv_value saved = I->exc;
    I->exc = sv_unset();
    if (!cls->exit(I, m, pending)) {
      if (!sv_is_unset(I->exc)) {
        sv_decref(I, saved);
        saved = I->exc;
        I->exc = sv_unset();
      }
      f = F_EXC;
    }
    I->exc = saved;
    sv_decref(I, m);
  }
  sv__xfree(mgrs);
  return f;
}

static flow exec_raise(sv_interp *I, sv_ast *s) {
  if (!s->as.raise.exc) {
    if (sv_is_unset(I->handling)) {
      sv_raise(I, "RuntimeError", "No active exception to reraise");
      return F_EXC;
    }
    /* a bare `raise` adds no entry for its own frame (CPython's
     * RERAISE): the traceback goes on from where it was caught */
    SV_AS(sv_exc_obj, I->handling)->tb_frame = I->frame;
    sv__raise_value(I, I->handling);
    return F_EXC;
  }
  sv_value v;
  if (!eval(I, s->as.raise.exc, &v))
    return F_EXC;
  if (sv_is_obj(v, SV_O_EXC_CLASS)) {
    sv_value inst =
        sv__exc_new(I, (sv_exc_class_obj *)v.as.o, sv_tuple_new(I, 0));
    sv_decref(I, v);
    v = inst;
  }
  if (!sv_is_obj(v, SV_O_EXC)) {
    sv_decref(I, v);
    sv_raise(I, "TypeError", "exceptions must derive from BaseException");
    return F_EXC;
  }
  if (s->as.raise.cause) {
    sv_value c;
    if (!eval(I, s->as.raise.cause, &c)) {
      sv_decref(I, v);
      return F_EXC;
    }
    if (sv_is_obj(c, SV_O_EXC_CLASS)) {
      sv_value inst =
          sv__exc_new(I, (sv_exc_class_obj *)c.as.o, sv_tuple_new(I, 0));
      sv_decref(I, c);
      c = inst;
    }
    if (!sv_is_obj(c, SV_O_EXC) && !sv_is_none(c)) {
      sv_decref(I, c);
      sv_decref(I, v);
      sv_raise(I, "TypeError", "exception causes must derive from "
                               "BaseException");
      return F_EXC;
    }
    sv_exc_obj *eo = SV_AS(sv_exc_obj, v);
    sv_value old = eo->cause;
    eo->cause = c;
    eo->suppress_context = true;
    sv_decref(I, old);
  }
  SV_AS(sv_exc_obj, v)->has_loc = false;
  SV_AS(sv_exc_obj, v)->tb_frame = NULL; /* `raise e`: this frame again */
  sv__raise_value(I, v);
  sv_decref(I, v);
  return F_EXC;
}

static flow exec_import(sv_interp *I, sv_ast *s) {
  for (uint32_t i = 0; i < s->as.import.nnames; i++) {
    sv_import_name *in = &s->as.import.names[i];
    const char *mod = s->kind == SV_AST_IMPORT ? in->name : s->as.import.module;
    sv_value m = sv_unset();
    I->frame->loc = in->loc;
    if (!strcmp(in->name, "*")) {
      sv_reject(I, s->loc, "'from %s import *' is not supported by scopeviz",
                mod);
      return F_EXC;
    }
    if (!I->importer || !I->importer(I, I->importer_ud, mod, &m) ||
        sv_is_unset(m)) {
      if (I->fatal || !sv_is_unset(I->exc))
        return F_EXC;
      const char *dot = strchr(mod, '.');
      int top = dot ? (int)(dot - mod) : (int)strlen(mod);
      sv_reject(I, s->kind == SV_AST_IMPORT ? in->loc : s->loc,
                "module '%.*s' is not emulated by scopeviz (only tensorflow "
                "and numpy are)",
                top, mod);
      return F_EXC;
    }
    if (s->kind == SV_AST_IMPORT) {
      const char *dot = strchr(in->name, '.');
      if (!in->asname && dot) {
        sv_value top = sv_unset();
        const char *topname =
            sv__intern(I->in, in->name, (size_t)(dot - in->name));
        sv_decref(I, m);
        if (!I->importer(I, I->importer_ud, topname, &top) ||
            sv_is_unset(top)) {
          if (!I->fatal && sv_is_unset(I->exc))
            sv_reject(I, in->loc,
                      "module '%s' is not emulated by scopeviz (only "
                      "tensorflow and numpy are)",
                      topname);
          return F_EXC;
        }
        store_name(I, topname, top);
        sv_decref(I, top);
      } else {
        store_name(I, in->asname ? in->asname : in->name, m);
        sv_decref(I, m);
      }
      continue;
    }
    sv_value v;
    if (!sv__getattr(I, m, in->name, &v)) {
      sv_decref(I, m);
      if (I->fatal)
        return F_EXC;
      sv_decref(I, I->exc);
      I->exc = sv_unset();
      sv_raise(I, "ImportError", "cannot import name '%s' from '%s'",
               in->name, mod);
      return F_EXC;
    }
    store_name(I, in->asname ? in->asname : in->name, v);
    sv_decref(I, v);
    sv_decref(I, m);
  }
  return F_OK;
}

static bool del_target(sv_interp *I, sv_ast *t) {
  switch (t->kind) {
    case SV_AST_NAME:
      return delete_name(I, t->as.name);
    case SV_AST_TUPLE:
    case SV_AST_LIST:
      for (uint32_t i = 0; i < t->as.seq.count; i++)
        if (!del_target(I, t->as.seq.items[i]))
          return false;
      return true;
    case SV_AST_SUBSCRIPT: {
      sv_value o, k;
      if (!eval(I, t->as.sub.obj, &o))
        return false;
      if (!eval(I, t->as.sub.index, &k)) {
        sv_decref(I, o);
        return false;
      }
      bool ok = sv__delitem(I, o, k);
      sv_decref(I, o);
      sv_decref(I, k);
      return ok;
    }
    case SV_AST_ATTR: {
      sv_value o;
      if (!eval(I, t->as.attr.obj, &o))
        return false;
      bool ok = sv_raise(I, "AttributeError",
                         "'%s' object attribute '%s' cannot be deleted",
                         sv_type_name(o), t->as.attr.name);
      sv_decref(I, o);
      return ok;
    }
    default:
      return sv_reject(I, t->loc, "cannot delete expression");
  }
}

static flow exec_augassign(sv_interp *I, sv_ast *s) {
  sv_ast *t = s->as.augassign.target;
  sv_value obj = sv_unset(), key = sv_unset(), cur, rhs, res;
  bool ok;
  switch (t->kind) {
    case SV_AST_NAME:
      ok = load_name(I, t->as.name, &cur);
      break;
    case SV_AST_SUBSCRIPT:
      ok = eval(I, t->as.sub.obj, &obj);
      if (ok && !(ok = eval(I, t->as.sub.index, &key)))
        key = sv_unset();
      if (ok)
        ok = sv__getitem(I, obj, key, &cur);
      break;
    case SV_AST_ATTR:
      ok = eval(I, t->as.attr.obj, &obj);
      if (ok)
        ok = sv__getattr(I, obj, t->as.attr.name, &cur);
      break;
    default:
      sv_reject(I, t->loc, "illegal expression for augmented assignment");
      return F_EXC;
  }
  if (ok && !(ok = eval(I, s->as.augassign.value, &rhs)))
    sv_decref(I, cur);
  if (ok) {
    I->frame->loc = s->loc;
    if (sv_is_list(cur) && s->op == SV_OP_ADD) {
      /* list += iterable extends in place. */
      sv_value items;
      ok = sv_to_list(I, rhs, &items);
      if (ok) {
        for (size_t i = 0; i < sv_seq_len(items); i++) {
          sv_value x = sv_seq_item(items, i);
          sv_incref(x);
          sv_list_append(I, cur, x);
        }
        sv_decref(I, items);
        res = cur;
        sv_incref(res);
      }
    } else {
      I->inplace_op = true; /* "unsupported operand type(s) for +=" */
      ok = apply_binop(I, s->op, cur, rhs, &res);
      I->inplace_op = false;
    }
    sv_decref(I, cur);
    sv_decref(I, rhs);
  }
  if (ok) {
    switch (t->kind) {
      case SV_AST_NAME:
        store_name(I, t->as.name, res);
        break;
      case SV_AST_SUBSCRIPT:
        ok = sv__setitem(I, obj, key, res);
        break;
      default:
        ok = sv__setattr(I, obj, t->as.attr.name, res);
        break;
    }
    sv_decref(I, res);
  }
  sv_decref(I, obj);
  sv_decref(I, key);
  return ok ? F_OK : F_EXC;
}

static flow exec_stmt(sv_interp *I, sv_ast *s) {
  I->frame->loc = s->loc;
  if (!step(I))
    return F_EXC;
  sv_value v;
  switch (s->kind) {
    case SV_AST_EXPR_STMT:
      if (!eval(I, s->as.unary.operand, &v))
        return F_EXC;
      sv_decref(I, v);
      return F_OK;
    case SV_AST_ASSIGN: {
      if (!eval(I, s->as.assign.value, &v))
        return F_EXC;
      bool ok = true;
      for (uint32_t i = 0; ok && i < s->as.assign.targets.count; i++)
        ok = assign(I, s->as.assign.targets.items[i], v);
      sv_decref(I, v);
      return ok ? F_OK : F_EXC;
    }
    case SV_AST_AUGASSIGN:
      return exec_augassign(I, s);
    case SV_AST_IF: {
      for (;;) {
        bool b;
        if (!eval(I, s->as.ifs.test, &v))
          return F_EXC;
        bool ok = sv_truthy(I, v, &b);
        sv_decref(I, v);
        if (!ok)
          return F_EXC;
        if (b)
          return exec_block(I, &s->as.ifs.body);
        /* elif chains iterate instead of recursing. */
        if (s->as.ifs.orelse.count == 1 &&
            s->as.ifs.orelse.items[0]->kind == SV_AST_IF) {
          s = s->as.ifs.orelse.items[0];
          I->frame->loc = s->loc;
          continue;
        }
        return exec_block(I, &s->as.ifs.orelse);
      }
    }
    case SV_AST_WHILE:
      return exec_while(I, s);
    case SV_AST_FOR:
      return exec_for(I, s);
    case SV_AST_BREAK:
      return F_BREAK;
    case SV_AST_CONTINUE:
      return F_CONTINUE;
    case SV_AST_PASS:
    case SV_AST_GLOBAL:
    case SV_AST_NONLOCAL:
      return F_OK;
    case SV_AST_RETURN:
      if (s->as.unary.operand) {
        if (!eval(I, s->as.unary.operand, &v))
          return F_EXC;
      } else {
        v = sv_none();
      }
      sv_decref(I, I->frame->retval);
      I->frame->retval = v;
      return F_RETURN;
    case SV_AST_DEF:
      if (!make_function(I, s, &v))
        return F_EXC;
      store_name(I, s->as.func.name, v);
      sv_decref(I, v);
      return F_OK;
    case SV_AST_WITH:
      return exec_with(I, s);
    case SV_AST_TRY:
      return exec_try(I, s);
    case SV_AST_RAISE:
      return exec_raise(I, s);
    case SV_AST_ASSERT: {
      bool b;
      if (!eval(I, s->as.assert_.test, &v))
        return F_EXC;
      bool ok = sv_truthy(I, v, &b);
      sv_decref(I, v);
      if (!ok)
        return F_EXC;
      if (b)
        return F_OK;
      sv_value args;
      if (s->as.assert_.msg) {
        sv_value m;
        if (!eval(I, s->as.assert_.msg, &m))
          return F_EXC;
        args = sv_tuple_new(I, 1);
        sv_tuple_set(I, args, 0, m);
      } else {
        args = sv_tuple_new(I, 0);
      }
      sv_value e = sv__exc_new(I, sv__exc_class(I, "AssertionError"), args);
      sv__raise_value(I, e);
      sv_decref(I, e);
      return F_EXC;
    }
    case SV_AST_IMPORT:
    case SV_AST_IMPORT_FROM:
      return exec_import(I, s);
    case SV_AST_DEL:
      for (uint32_t i = 0; i < s->as.seq.count; i++)
        if (!del_target(I, s->as.seq.items[i]))
          return F_EXC;
      return F_OK;
    default:
      if (!eval(I, s, &v))
        return F_EXC;
      sv_decref(I, v);
      return F_OK;
  }
}

/* ---- running a module ------------------------------------------------------ */

static void set_error(sv_interp *I, const char *type, const char *msg,
                      sv_loc loc) {
  sv__xfree(I->error_type);
  sv__xfree(I->error_message);
  I->error_type = sv__xstrdup(type);
  I->error_message = sv__xstrdup(msg);
  I->error_loc = loc;
}

/* Python's traceback text; runs of 3+ identical frames are folded into
 * "[Previous line repeated N more times]" as CPython does. */
static void format_traceback(sv_interp *I, sv_exc_obj *e, sv_buf *out) {
  sv__buf_appends(out, "Traceback (most recent call last):\n");
  size_t n = e->tb.count;
  const char *lastf = NULL;
  uint32_t lastl = 0;
  size_t repeat = 0;
  for (size_t k = n; k-- > 0;) {
    sv_tb_entry *t = &e->tb.items[k];
    if (lastf && t->func == lastf && t->line == lastl) {
      repeat++;
      if (repeat >= 3)
        continue;
    } else {
      if (repeat >= 3)
        sv__buf_appendf(out, "  [Previous line repeated %zu more time%s]\n",
                        repeat - 2, repeat - 2 == 1 ? "" : "s");
      repeat = 0;
    }
    lastf = t->func;
    lastl = t->line;
    format_frame(I, t->func, t->line, out);
  }
  if (repeat >= 3)
    sv__buf_appendf(out, "  [Previous line repeated %zu more time%s]\n",
                    repeat - 2, repeat - 2 == 1 ? "" : "s");
}

/* str(exc) into msg (the text after "Type: "). */
static void exc_message(sv_interp *I, sv_value exc, sv_buf *msg) {
  if (!sv_str(I, exc, msg)) {
    sv__buf_clear(msg);
    sv__buf_appends(msg, "<exception str() failed>");
  }
}

/* "Type: message\n" (just "Type\n" for an empty message). */
static void exc_line(const sv_exc_obj *e, sv_buf *msg, sv_buf *out) {
  sv__buf_appends(out, e->cls->name);
  if (msg->len) {
    sv__buf_appends(out, ": ");
    sv__buf_appends(out, sv__buf_cstr(msg));
  }
  sv__buf_putc(out, '\n');
}

/* The exceptions e was raised from or during, oldest first, each with its
 * traceback and the line that leads to the next (CPython's
 * print_exception_recursive): "The above exception was the direct cause
 * of the following exception:" for `raise ... from`, "During handling of
 * the above exception, another exception occurred:" otherwise. */
static void format_chain(sv_interp *I, sv_exc_obj *e, sv_buf *out) {
  SV_VEC(sv_exc_obj *) chain = {0};
  SV_VEC(bool) caused = {0};
  for (sv_exc_obj *c = e; chain.count < 1000;) {
    sv_exc_obj *next = NULL;
    bool by_cause = false;
    if (sv_is_obj(c->cause, SV_O_EXC)) {
      next = SV_AS(sv_exc_obj, c->cause);
      by_cause = true;
    } else if (!c->suppress_context && sv_is_obj(c->context, SV_O_EXC)) {
      next = SV_AS(sv_exc_obj, c->context);
    }
    bool seen = next == e;
    for (size_t k = 0; k < chain.count && !seen; k++)
      seen = chain.items[k] == next;
    if (!next || seen)
      break;
    sv__vec_push(&chain, next);
    sv__vec_push(&caused, by_cause);
    c = next;
  }
  for (size_t k = chain.count; k-- > 0;) {
    sv_exc_obj *c = chain.items[k];
    format_traceback(I, c, out);
    sv_buf msg;
    sv__buf_init(&msg);
    exc_message(I, sv_obj_value(&c->h), &msg);
    exc_line(c, &msg, out);
    sv__buf_fini(&msg);
    sv__buf_appends(out, caused.items[k]
                             ? "\nThe above exception was the direct cause "
                               "of the following exception:\n\n"
                             : "\nDuring handling of the above exception, "
                               "another exception occurred:\n\n");
  }
  sv__vec_free(&chain);
  sv__vec_free(&caused);
}

sv_run_result sv__interp_run(sv_interp *I, const sv_ast *module) {
  sv__buf_clear(&I->error_text);
  sv_ast *mod = (sv_ast *)module;
  if (!analyze(I, mod)) {
    set_error(I, "SyntaxError", sv__buf_cstr(&I->fatal_msg), I->reject_loc);
    return SV_RUN_REJECTED;
  }
  sv_code *c = sv__pmap_find(&I->codes, mod)->ptr;
  sv_frame f = {c, NULL, NULL, NULL, mod->loc, sv_none()};
  char base;
  I->stack_base = (uintptr_t)&base;
  I->stack_limit = stack_budget();
  I->frame = &f;
  I->depth = 1;
  flow fl = exec_block(I, &mod->as.module.body);
  sv_run_result r = SV_RUN_OK;
  if (I->fatal) {
    r = (sv_run_result)I->fatal;
    if (r == SV_RUN_LIMIT) {
      sv__buf_appends(&I->error_text, sv__buf_cstr(&I->fatal_msg));
      sv__buf_putc(&I->error_text, '\n');
      set_error(I, "LimitError", sv__buf_cstr(&I->fatal_msg), I->reject_loc);
    } else {
      set_error(I, "SyntaxError", sv__buf_cstr(&I->fatal_msg),
                I->reject_loc);
    }
  } else if (fl == F_EXC) {
    tb_add(I, &f);
    sv_exc_obj *e = SV_AS(sv_exc_obj, I->exc);
    format_chain(I, e, &I->error_text);
    format_traceback(I, e, &I->error_text);
    sv_buf msg;
    sv__buf_init(&msg);
    exc_message(I, I->exc, &msg);
    exc_line(e, &msg, &I->error_text);
    set_error(I, e->cls->name, sv__buf_cstr(&msg), e->loc);
    sv__buf_fini(&msg);
    r = !strcmp(e->cls->name, "RecursionError") ? SV_RUN_LIMIT
                                                 : SV_RUN_EXCEPTION;
    sv_decref(I, I->exc);
    I->exc = sv_unset();
  } else if (fl == F_BREAK || fl == F_CONTINUE || fl == F_RETURN) {
    sv_decref(I, f.retval);
    f.retval = sv_none();
  }
  I->frame = NULL;
  return r;
}

const char *sv__interp_error_text(const sv_interp *I) {
  return I->error_text.data ? I->error_text.data : "";
}

const char *sv__interp_error_type(const sv_interp *I) {
  return I->error_type;
}

const char *sv__interp_error_message(const sv_interp *I) {
  return I->error_message;
}

sv_loc sv__interp_error_loc(const sv_interp *I) {
  return I->error_loc;
}
