/* SPDX-License-Identifier: MIT
 * engine_testlib: see engine_testlib.h.
 */
#include "engine_int.h" /* built_ops, built_var */
#include "engine_testlib.h"

#include <stdio.h>
#include <string.h>

sv_tf *tf;
sv_graph *g;

enum { POOL = 1024, MAXV = 16 };

typedef struct pooled {
  sv_lit l;
  int64_t shape_dims[1];
  int64_t ints[MAXV];
  char text[160];
} pooled;

static pooled pool[POOL];
static size_t npool;
static char text_buf[8][512];
static size_t ntext;

void t_setup(void) {
  tf = sv__tf_new("t.py");
  g = sv__tf_default_graph(tf);
  npool = 0;
}

void t_teardown(void) {
  sv__tf_free(tf);
  tf = NULL;
  g = NULL;
}

static pooled *lit_new(void) {
  ck_assert_uint_lt(npool, POOL);
  pooled *p = &pool[npool++];
  memset(p, 0, sizeof *p);
  return p;
}

/* Offenders per §9.6: the element that does not convert to each class. */
static void offend(sv_lit *l, sv_lit_class c, const char *repr,
                   const char *type) {
  l->offender[c].repr = repr;
  l->offender[c].type = type;
}

const sv_lit *lit_f(double v, const char *text) {
  pooled *p = lit_new();
  sv_lit *l = &p->l;
  l->dtype = SV_DT_FLOAT32;
  l->shape.rank = 0;
  l->text = text;
  l->is_scalar = true;
  l->scalar = v;
  /* a float with an integral value converts to int in TF; 1.5 does not */
  if (v != (double)(int64_t)v) offend(l, SV_LITC_INT, text, "float");
  offend(l, SV_LITC_BOOL, text, "float");
  offend(l, SV_LITC_STRING, text, "float");
  return l;
}

const sv_lit *lit_i(int64_t v, const char *text) {
  pooled *p = lit_new();
  sv_lit *l = &p->l;
  l->dtype = SV_DT_INT32;
  l->shape.rank = 0;
  l->text = text;
  l->is_scalar = true;
  l->scalar = (double)v;
  p->ints[0] = v;
  l->ints = p->ints;
  l->nints = 1;
  offend(l, SV_LITC_BOOL, text, "int");
  offend(l, SV_LITC_STRING, text, "int");
  return l;
}

const sv_lit *lit_b(bool v) {
  pooled *p = lit_new();
  sv_lit *l = &p->l;
  l->dtype = SV_DT_BOOL;
  l->text = v ? "True" : "False";
  l->is_scalar = true;
  l->scalar = v;
  offend(l, SV_LITC_STRING, l->text, "bool");
  return l;
}

const sv_lit *lit_s(const char *text) {
  pooled *p = lit_new();
  sv_lit *l = &p->l;
  l->dtype = SV_DT_STRING;
  l->text = text;
  offend(l, SV_LITC_INT, text, "str");
  offend(l, SV_LITC_FLOAT, text, "str");
  offend(l, SV_LITC_BOOL, text, "str");
  return l;
}

const sv_lit *lit_none(void) {
  pooled *p = lit_new();
  p->l.is_none = true;
  p->l.text = "None";
  p->l.shape.rank = -1;
  return &p->l;
}

const sv_lit *lit_iv(const int64_t *v, size_t n) {
  ck_assert_uint_le(n, MAXV);
  pooled *p = lit_new();
  sv_lit *l = &p->l;
  l->dtype = SV_DT_INT32;
  p->shape_dims[0] = (int64_t)n;
  l->shape.rank = 1;
  l->shape.dims = p->shape_dims;
  memcpy(p->ints, v, n * sizeof *v);
  l->ints = p->ints;
  l->nints = n;
  char *t = p->text;
  size_t off = 0;
  t[off++] = '[';
  for (size_t i = 0; i < n; i++)
    off += (size_t)snprintf(t + off, sizeof p->text - off, "%s%lld",
                            i ? ", " : "", (long long)v[i]);
  snprintf(t + off, sizeof p->text - off, "]");
  l->text = t;
  if (n) {
    offend(l, SV_LITC_BOOL, "0", "int");
    offend(l, SV_LITC_STRING, "0", "int");
  }
  return l;
}

const sv_lit *lit_fv(size_t n, const char *text) {
  pooled *p = lit_new();
  sv_lit *l = &p->l;
  l->dtype = SV_DT_FLOAT32;
  p->shape_dims[0] = (int64_t)n;
  l->shape.rank = 1;
  l->shape.dims = p->shape_dims;
  l->text = text;
  if (n) {
    offend(l, SV_LITC_INT, "1.5", "float");
    offend(l, SV_LITC_BOOL, "1.5", "float");
    offend(l, SV_LITC_STRING, "1.5", "float");
  }
  return l;
}

sv_input in_t(uint32_t op) {
  sv_input i = {SV_IN_TENSOR, op, NULL};
  return i;
}

sv_input in_v(uint32_t var) {
  sv_input i = {SV_IN_VARIABLE, var, NULL};
  return i;
}

sv_input in_l(const sv_lit *l) {
  sv_input i = {SV_IN_LITERAL, 0, l};
  return i;
}

sv_input in_absent(void) {
  sv_input i = {SV_IN_ABSENT, 0, NULL};
  return i;
}

/* ---- ops ----------------------------------------------------------------- */

sv_opargs oa(const char *name) {
  sv_opargs a;
  memset(&a, 0, sizeof a);
  a.name = name;
  return a;
}

uint32_t op_ok(sv_opkind k, const sv_input *in, size_t n,
               const sv_opargs *a) {
  sv_tensor t;
  bool ok = sv__tf_op(g, k, in, n, a, &t);
  ck_assert_msg(ok, "op kind %d failed: %s", (int)k,
                sv__tf_error_message(tf));
  ck_assert_ptr_eq(t.g, g);
  return t.op;
}

void op_fails(sv_opkind k, const sv_input *in, size_t n, const sv_opargs *a,
              const char *type, const char *msg) {
  sv_tensor t;
  ck_assert(!sv__tf_op(g, k, in, n, a, &t));
  expect_error(type, msg);
}

uint32_t c_float(double v, const char *text, const char *name) {
  sv_input in = in_l(lit_f(v, text));
  sv_opargs a = oa(name);
  return op_ok(SV_K_CONSTANT, &in, 1, &a);
}

uint32_t placeholder(int dtype, int32_t rank, const int64_t *dims) {
  sv_opargs a = oa(NULL);
  a.dtype = dtype;
  a.has_shape = rank >= 0;
  a.shape.rank = rank;
  a.shape.dims = dims;
  return op_ok(SV_K_PLACEHOLDER, NULL, 0, &a);
}

uint32_t random_uniform_7_10(void) {
  static const int64_t d[] = {7, 10};
  sv_input in[3] = {in_l(lit_iv(d, 2)), in_l(lit_f(-1.0, "-1.0")),
                    in_l(lit_f(1.0, "1.0"))};
  return op_ok(SV_K_RANDOM_UNIFORM, in, 3, NULL);
}

const char *opname(uint32_t op) {
  const sv_op *o = sv_graph_op(g, op);
  ck_assert_ptr_nonnull(o);
  return o->name;
}

const char *optype(uint32_t op) {
  const sv_op *o = sv_graph_op(g, op);
  ck_assert_ptr_nonnull(o);
  return o->type;
}

void expect_ops(uint32_t first, const char *const *names,
                const char *const *types, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const sv_op *o = sv_graph_op(g, first + i);
    ck_assert_msg(o != NULL, "missing op %zu (%s)", i, names[i]);
    ck_assert_str_eq(o->name, names[i]);
    if (types) ck_assert_str_eq(o->type, types[i]);
  }
  ck_assert_uint_eq(sv_graph_op_count(g), first + n);
}

static const char *keep(sv_buf *b) {
  char *t = text_buf[ntext++ % 8];
  snprintf(t, 512, "%s", sv__buf_cstr(b));
  sv__buf_fini(b);
  return t;
}

const char *tstr(uint32_t op) {
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_tensor_str(g, op, &b);
  return keep(&b);
}

const char *trepr(uint32_t op) {
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_tensor_repr(g, op, &b);
  return keep(&b);
}

const char *vrepr(uint32_t var) {
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_var_repr(g, var, &b);
  return keep(&b);
}

/* ---- scopes ------------------------------------------------------------- */

static uint32_t ns_api(sv_scope_api api, const char *name, const char **s) {
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = api;
  a.name = name;
  uint32_t e;
  const char *bound;
  ck_assert(sv__tf_name_scope_check(tf, &a));
  ck_assert_msg(sv__tf_name_scope_enter(g, &a, &e, &bound), "%s",
                sv__tf_error_message(tf));
  if (s) *s = bound;
  return e;
}

uint32_t ns(const char *name, const char **s) {
  return ns_api(SV_API_NAME_SCOPE, name, s);
}

uint32_t gns(const char *name, const char **s) {
  return ns_api(SV_API_GRAPH_NAME_SCOPE, name, s);
}

void ns_exit(uint32_t e) {
  ck_assert(sv__tf_scope_exit(g, e));
}

sv_vs_args vsa(const char *name) {
  sv_vs_args a;
  memset(&a, 0, sizeof a);
  a.name = name;
  a.aux = true;
  return a;
}

uint32_t vs(const sv_vs_args *a, sv_vscope **out) {
  uint32_t e;
  sv_vscope *s;
  ck_assert(sv__tf_variable_scope_check(tf, a));
  ck_assert_msg(sv__tf_variable_scope_enter(g, a, NULL, &e, &s), "%s",
                sv__tf_error_message(tf));
  if (out) *out = s;
  return e;
}

uint32_t vs_str(const char *name, sv_vscope **out) {
  sv_vs_args a = vsa(name);
  return vs(&a, out);
}

/* ---- variables ---------------------------------------------------------- */

sv_variable_args va(void) {
  sv_variable_args a;
  memset(&a, 0, sizeof a);
  a.trainable = -1;
  a.validate_shape = true;
  return a;
}

uint32_t var_ok(const sv_variable_args *a) {
  uint32_t v;
  ck_assert_msg(sv__tf_variable(g, a, &v), "%s", sv__tf_error_message(tf));
  return v;
}

uint32_t var_tensor(uint32_t op, const char *name) {
  sv_variable_args a = va();
  a.initial = in_t(op);
  a.name = name;
  return var_ok(&a);
}

uint32_t var_lit(const sv_lit *l, const char *name) {
  sv_variable_args a = va();
  a.initial = in_l(l);
  a.name = name;
  return var_ok(&a);
}

sv_get_variable_args gva(const char *name, int32_t rank,
                         const int64_t *dims) {
  sv_get_variable_args a;
  memset(&a, 0, sizeof a);
  a.name = name;
  a.has_shape = rank >= 0;
  a.shape.rank = rank;
  a.shape.dims = dims;
  a.trainable = -1;
  a.validate_shape = true;
  return a;
}

uint32_t gv_ok(const sv_get_variable_args *a) {
  uint32_t v = SV_NONE;
  ck_assert_msg(sv__tf_get_variable(g, a, &v), "%s",
                sv__tf_error_message(tf));
  return v;
}

uint32_t gv_name(const char *name, const char *want) {
  sv_get_variable_args a = gva(name, 0, NULL);
  uint32_t v = gv_ok(&a);
  ck_assert_str_eq(sv_graph_var(g, v)->name, want);
  return v;
}

/* ---- errors -------------------------------------------------------------- */

void expect_error(const char *type, const char *msg) {
  ck_assert_ptr_nonnull(sv__tf_error_type(tf));
  ck_assert_str_eq(sv__tf_error_type(tf), type);
  ck_assert_str_eq(sv__tf_error_message(tf), msg);
  uint32_t rec = sv__tf_error_record(tf);
  ck_assert_uint_ne(rec, SV_NONE);
  sv__tf_error_clear(tf);
}

void expect_error_prefix(const char *type, const char *prefix) {
  ck_assert_ptr_nonnull(sv__tf_error_type(tf));
  ck_assert_str_eq(sv__tf_error_type(tf), type);
  ck_assert_int_eq(
      strncmp(sv__tf_error_message(tf), prefix, strlen(prefix)), 0);
  sv__tf_error_clear(tf);
}

const sv_op *built_ops(uint32_t li) {
  return li < g->lmat.count ? g->lmat.items[li].ops : NULL;
}

const sv_var *built_var(uint32_t li) {
  return li < g->lmat.count ? g->lmat.items[li].var : NULL;
}
