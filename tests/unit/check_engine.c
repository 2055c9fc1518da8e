/* SPDX-License-Identifier: MIT
 * check_engine: the scope engine (tf.h) against tf1-semantics.md, driven
 * through the C API only.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tf.h"
#include "unit_testlib.h"

static sv_tf *tf;
static sv_graph *g;

static void setup(void) {
  tf = sv__tf_new("t.py");
  g = sv__tf_default_graph(tf);
}

static void teardown(void) {
  sv__tf_free(tf);
  tf = NULL;
}

/* ---- helpers ----------------------------------------------------------- */

static int64_t dims_7_10[] = {7, 10};

static sv_lit flit(double v, const char *text) {
  sv_lit l;
  memset(&l, 0, sizeof l);
  l.dtype = SV_DT_FLOAT32;
  l.shape.rank = 0;
  l.text = text;
  l.is_scalar = true;
  l.scalar = v;
  l.offender[SV_LITC_INT].repr = text;
  l.offender[SV_LITC_INT].type = "float";
  l.offender[SV_LITC_BOOL].repr = text;
  l.offender[SV_LITC_BOOL].type = "float";
  l.offender[SV_LITC_STRING].repr = text;
  l.offender[SV_LITC_STRING].type = "float";
  return l;
}

static sv_lit ilit(int64_t v, const char *text) {
  static int64_t store[64];
  static int n;
  sv_lit l;
  memset(&l, 0, sizeof l);
  l.dtype = SV_DT_INT32;
  l.shape.rank = 0;
  l.text = text;
  l.is_scalar = true;
  l.scalar = (double)v;
  store[n % 64] = v;
  l.ints = &store[n++ % 64];
  l.nints = 1;
  l.offender[SV_LITC_BOOL].repr = text;
  l.offender[SV_LITC_BOOL].type = "int";
  l.offender[SV_LITC_STRING].repr = text;
  l.offender[SV_LITC_STRING].type = "int";
  return l;
}

static sv_lit shapelit(void) {
  static int64_t one[] = {2};
  sv_lit l;
  memset(&l, 0, sizeof l);
  l.dtype = SV_DT_INT32;
  l.shape.rank = 1;
  l.shape.dims = one;
  l.text = "[7, 10]";
  l.ints = dims_7_10;
  l.nints = 2;
  return l;
}

/* tf.random_uniform((7, 10), -1.0, 1.0) */
static uint32_t random_uniform(void) {
  sv_lit s = shapelit(), lo = flit(-1.0, "-1.0"), hi = flit(1.0, "1.0");
  sv_input in[3] = {{SV_IN_LITERAL, 0, &s},
                    {SV_IN_LITERAL, 0, &lo},
                    {SV_IN_LITERAL, 0, &hi}};
  sv_opargs a;
  memset(&a, 0, sizeof a);
  sv_tensor t;
  ck_assert(sv__tf_op(g, SV_K_RANDOM_UNIFORM, in, 3, &a, &t));
  return t.op;
}

static uint32_t constant(double v, const char *text, const char *name) {
  sv_lit l = flit(v, text);
  sv_input in = {SV_IN_LITERAL, 0, &l};
  sv_opargs a;
  memset(&a, 0, sizeof a);
  a.name = name;
  sv_tensor t;
  ck_assert(sv__tf_op(g, SV_K_CONSTANT, &in, 1, &a, &t));
  return t.op;
}

static uint32_t name_scope(const char *name, const char **out) {
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.name = name;
  uint32_t e;
  const char *s;
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  if (out) *out = s;
  return e;
}

static sv_vs_args vsargs(const char *name) {
  sv_vs_args a;
  memset(&a, 0, sizeof a);
  a.name = name;
  a.aux = true;
  return a;
}

static uint32_t var_scope(const sv_vs_args *a, sv_vscope **out) {
  uint32_t e;
  sv_vscope *s;
  ck_assert(sv__tf_variable_scope_check(tf, a));
  ck_assert(sv__tf_variable_scope_enter(g, a, NULL, &e, &s));
  if (out) *out = s;
  return e;
}

static uint32_t variable(uint32_t init_op, const char *name) {
  sv_variable_args a;
  memset(&a, 0, sizeof a);
  a.initial.kind = SV_IN_TENSOR;
  a.initial.id = init_op;
  a.trainable = -1;
  a.validate_shape = true;
  a.name = name;
  uint32_t v;
  ck_assert(sv__tf_variable(g, &a, &v));
  return v;
}

static bool getvar_ex(const char *name, const sv_init *init, bool has_shape,
                      uint32_t *out) {
  sv_get_variable_args a;
  memset(&a, 0, sizeof a);
  a.name = name;
  a.has_shape = has_shape;
  a.shape.rank = 2;
  a.shape.dims = dims_7_10;
  a.initializer = init;
  a.trainable = -1;
  a.validate_shape = true;
  return sv__tf_get_variable(g, &a, out);
}

static sv_lit one_lit;
static sv_init const_init(void) {
  one_lit = ilit(1, "1");
  sv_init i;
  memset(&i, 0, sizeof i);
  i.kind = SV_INIT_CONSTANT;
  i.value = &one_lit;
  i.text = "constant_initializer(1)";
  return i;
}

static const char *var_repr(uint32_t v) {
  static char buf[256];
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_var_repr(g, v, &b);
  strncpy(buf, sv__buf_cstr(&b), sizeof buf - 1);
  sv__buf_fini(&b);
  return buf;
}

static const char *op_name(uint32_t op) {
  return sv_graph_op(g, op)->name;
}

/* ---- §2 names table -------------------------------------------------------- */

START_TEST(unique_name_table) {
  /* tf1-semantics.md §2.2 */
  ck_assert_str_eq(sv__tf_unique_name(g, "foo_2", true), "foo_2");
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "foo");
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "foo_1");
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "foo_3");
}
END_TEST

START_TEST(unique_name_case) {
  /* §2.2 case insensitivity */
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "foo");
  ck_assert_str_eq(sv__tf_unique_name(g, "Foo", true), "Foo_1");
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_GRAPH_NAME_SCOPE;
  a.name = "bar";
  uint32_t e;
  const char *s;
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "bar/foo");
  ck_assert(sv__tf_scope_exit(g, e));
  a.name = "Bar";
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "Bar_1/foo");
}
END_TEST

START_TEST(unique_name_generated_lookalike) {
  /* §2.2 testUniqueName: myop, myop_1 exist */
  constant(1.0, "1.0", "myop");
  constant(1.0, "1.0", "myop_1");
  ck_assert_str_eq(sv__tf_unique_name(g, "myop", false), "myop_2");
  ck_assert_str_eq(sv__tf_unique_name(g, "myop_1", false), "myop_1_1");
}
END_TEST

START_TEST(unique_name_no_mark) {
  /* §2.1: mark_as_used=False leaves the table untouched */
  ck_assert_str_eq(sv__tf_unique_name(g, "x", false), "x");
  ck_assert_str_eq(sv__tf_unique_name(g, "x", true), "x");
  ck_assert_str_eq(sv__tf_unique_name(g, "x", false), "x_1");
  ck_assert_str_eq(sv__tf_unique_name(g, "x", false), "x_1");
}
END_TEST

/* ---- §3 name scopes --------------------------------------------------------- */

START_TEST(name_scope_rules) {
  /* §3.1 examples */
  const char *s;
  uint32_t foo = name_scope("foo", &s);
  ck_assert_str_eq(s, "foo/");
  uint32_t e = name_scope("foo2", &s);
  ck_assert_str_eq(s, "foo/foo2/");
  sv__tf_scope_exit(g, e);
  e = name_scope(NULL, &s);
  ck_assert_str_eq(s, "");
  ck_assert_ptr_null(sv__tf_name_stack(g)); /* §3.3 null stack */
  uint32_t e2 = name_scope("foo3", &s);
  ck_assert_str_eq(s, "foo3/");
  sv__tf_scope_exit(g, e2);
  sv__tf_scope_exit(g, e);
  ck_assert_str_eq(sv__tf_name_stack(g), "foo");
  sv__tf_scope_exit(g, foo);
  e = name_scope("bar", &s);
  ck_assert_str_eq(op_name(constant(1, "1.0", NULL)), "bar/Const");
  ck_assert_str_eq(op_name(constant(1, "1.0", NULL)), "bar/Const_1");
  ck_assert_str_eq(op_name(constant(1, "1.0", s)), "bar");
  sv__tf_scope_exit(g, e);
  ck_assert_str_eq(op_name(constant(1, "1.0", "trailing/")), "trailing");
  e = name_scope("bar", &s);
  ck_assert_str_eq(s, "bar_1/");
  sv__tf_scope_exit(g, e);
  e = name_scope("foo/", &s);
  ck_assert_str_eq(s, "foo/");
  e2 = name_scope("foo4", &s);
  ck_assert_str_eq(s, "foo/foo4/");
  sv__tf_scope_exit(g, e2);
  e2 = name_scope("a//b/c", &s);
  ck_assert_str_eq(s, "foo/a//b/c/");
  sv__tf_scope_exit(g, e2);
  /* nested (a root-level "/" fails the root regex): binds "/", stack "" */
  e2 = name_scope("/", &s);
  ck_assert_str_eq(s, "/");
  ck_assert_str_eq(op_name(constant(1, "1.0", "q")), "q");
  sv__tf_scope_exit(g, e2);
  sv__tf_scope_exit(g, e);
}
END_TEST

START_TEST(name_scope_invalid) {
  /* §3.1: '_bar' at root, 'foo:0' anywhere */
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.name = "_bar";
  uint32_t e;
  const char *s;
  ck_assert(!sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(sv__tf_error_type(tf), "ValueError");
  ck_assert_str_eq(sv__tf_error_message(tf), "'_bar' is not a valid scope name");
  sv__tf_error_clear(tf);
  uint32_t f = name_scope("foo", &s);
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s)); /* nested: allowed */
  ck_assert_str_eq(s, "foo/_bar/");
  sv__tf_scope_exit(g, e);
  sv__tf_scope_exit(g, f);
  a.name = "foo:0";
  ck_assert(!sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(sv__tf_error_message(tf), "'foo:0' is not a valid scope name");
  ck_assert_uint_eq(sv_graph_error_count(g), 2);
}
END_TEST

START_TEST(name_scope_v1_errors) {
  /* §3.2 */
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.name = "s";
  a.default_name_type = "<class 'list'>";
  ck_assert(!sv__tf_name_scope_check(tf, &a));
  ck_assert_str_eq(sv__tf_error_type(tf), "TypeError");
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "`default_name` type (<class 'list'>) is not a string "
                   "type. You likely meant to pass this into the `values` "
                   "kwarg.");
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.values_given = true;
  uint32_t e;
  const char *s;
  ck_assert(!sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "At least one of name (None) and default_name (None) must "
                   "be provided.");
  a.values_given = false;
  a.default_name = "layer";
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(s, "layer/");
  sv__tf_scope_exit(g, e);
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(s, "layer_1/");
}
END_TEST

/* ---- §4 mechanisms, §5 ops -------------------------------------------------- */

START_TEST(random_uniform_ops) {
  /* §4.3 table */
  static const char *const want[][2] = {
      {"random_uniform/shape", "Const"},
      {"random_uniform/min", "Const"},
      {"random_uniform/max", "Const"},
      {"random_uniform/RandomUniform", "RandomUniform"},
      {"random_uniform/sub", "Sub"},
      {"random_uniform/mul", "Mul"},
      {"random_uniform", "Add"}};
  uint32_t r = random_uniform();
  ck_assert_uint_eq(sv_graph_op_count(g), 7);
  for (size_t i = 0; i < 7; i++) {
    ck_assert_str_eq(sv_graph_op(g, i)->name, want[i][0]);
    ck_assert_str_eq(sv_graph_op(g, i)->type, want[i][1]);
  }
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_tensor_str(g, r, &b);
  ck_assert_str_eq(sv__buf_cstr(&b),
                   "Tensor(\"random_uniform:0\", shape=(7, 10), dtype=float32)");
  sv__buf_fini(&b);
  ck_assert_int_eq(sv_graph_op(g, r)->role, SV_OP_USER);
  ck_assert_int_eq(sv_graph_op(g, 0)->role, SV_OP_HELPER);
  ck_assert_str_eq(op_name(random_uniform()), "random_uniform_1");
  ck_assert_str_eq(sv_graph_op(g, 7)->name, "random_uniform_1/shape");
}
END_TEST

START_TEST(operators_collide_case) {
  /* §5.2: tf.add then a + b gives Add and add_1 */
  uint32_t a = constant(1, "1.0", NULL), b = constant(2, "2.0", NULL);
  sv_input in[2] = {{SV_IN_TENSOR, a, NULL}, {SV_IN_TENSOR, b, NULL}};
  sv_tensor t;
  ck_assert(sv__tf_op(g, SV_K_ADD, in, 2, NULL, &t));
  ck_assert_str_eq(op_name(t.op), "Add");
  ck_assert_str_eq(sv_graph_op(g, t.op)->type, "Add");
  ck_assert(sv__tf_op(g, SV_K_OP_ADD, in, 2, NULL, &t));
  ck_assert_str_eq(op_name(t.op), "add_1");
  ck_assert_str_eq(sv_graph_op(g, t.op)->type, "AddV2");
  /* literal right operand: add_2/y */
  sv_lit two = flit(2, "2.0");
  in[1].kind = SV_IN_LITERAL;
  in[1].lit = &two;
  ck_assert(sv__tf_op(g, SV_K_OP_ADD, in, 2, NULL, &t));
  ck_assert_str_eq(op_name(t.op - 1), "add_2/y");
  ck_assert_str_eq(op_name(t.op), "add_2");
}
END_TEST

START_TEST(node_name_error_after_mark) {
  /* §4.1 step 3 */
  sv_lit l = flit(1, "1.0");
  sv_input in = {SV_IN_LITERAL, 0, &l};
  sv_opargs a;
  memset(&a, 0, sizeof a);
  a.name = "_x";
  sv_tensor t;
  ck_assert(!sv__tf_op(g, SV_K_CONSTANT, &in, 1, &a, &t));
  ck_assert_str_eq(sv__tf_error_message(tf), "'_x' is not a valid node name");
  ck_assert_str_eq(sv__tf_unique_name(g, "_x", false), "_x_1");
}
END_TEST

START_TEST(foreign_tensor_rejected) {
  /* An input id this graph never issued (a tensor of another graph) is
   * rejected as not emulated, before anything is created or marked. */
  sv_input in[2] = {{SV_IN_TENSOR, 1000, NULL}, {SV_IN_TENSOR, 1001, NULL}};
  sv_tensor t;
  size_t before = sv_graph_op_count(g);
  ck_assert(!sv__tf_op(g, SV_K_MATMUL, in, 2, NULL, &t));
  ck_assert_int_eq(sv__tf_error_kind(tf), SV_TFX_UNSUPPORTED);
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "using a tensor of another graph is not emulated");
  ck_assert_uint_eq(sv_graph_op_count(g), before);
  ck_assert_str_eq(sv__tf_unique_name(g, "MatMul", false), "MatMul");
}
END_TEST

START_TEST(node_name_error_key_outlives_id) {
  /* §4.1 step 3: the failed op's name stays marked even after the next op
   * (which gets the op id the failed one would have had) is created. */
  sv_lit l = flit(1, "1.0");
  sv_input in = {SV_IN_LITERAL, 0, &l};
  sv_opargs a;
  memset(&a, 0, sizeof a);
  a.name = "_x";
  sv_tensor t;
  ck_assert(!sv__tf_op(g, SV_K_CONSTANT, &in, 1, &a, &t));
  sv__tf_error_clear(tf);
  uint32_t y = constant(2, "2.0", "y");
  ck_assert_str_eq(op_name(y), "y");
  ck_assert(!sv__tf_op(g, SV_K_CONSTANT, &in, 1, &a, &t));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "'_x_1' is not a valid node name");
  sv__tf_error_clear(tf);
  ck_assert_str_eq(op_name(constant(3, "3.0", "Y")), "Y_1"); /* §2.2 */
  ck_assert_str_eq(sv__tf_unique_name(g, "_X", false), "_X_2");
}
END_TEST

START_TEST(op_scope_records_complete) {
  /* §4.3, model.h: every op wrapper scope record reads like a full one
   * (name, requested, op, loc) whatever its internal representation. */
  uint32_t r = random_uniform();
  uint32_t r1 = random_uniform();
  size_t n = sv_graph_name_scope_count(g);
  const sv_name_scope *s0 = NULL, *s1 = NULL;
  for (size_t i = 0; i < n; i++) {
    const sv_name_scope *s = sv_graph_name_scope(g, i);
    ck_assert_uint_eq(s->id, i);
    if (strcmp(s->name, "random_uniform") == 0) s0 = s;
    if (strcmp(s->name, "random_uniform_1") == 0) s1 = s;
  }
  ck_assert_ptr_nonnull(s0);
  ck_assert_ptr_nonnull(s1);
  ck_assert_str_eq(s0->name, "random_uniform");
  ck_assert_str_eq(s0->requested, "random_uniform");
  ck_assert_int_eq(s0->opener, SV_NS_OP);
  ck_assert_uint_eq(s0->op, r);
  ck_assert_uint_eq(s0->rename, SV_NONE);
  ck_assert_uint_eq(s0->entry, SV_NONE);
  ck_assert_str_eq(s1->name, "random_uniform_1");
  ck_assert_str_eq(s1->requested, "random_uniform"); /* §2.1 */
  ck_assert_uint_eq(s1->op, r1);
  ck_assert_uint_ne(s1->rename, SV_NONE);
  ck_assert_uint_eq(s0->loc.line, sv_graph_op(g, r)->loc.line);
  ck_assert_ptr_null(sv_graph_name_scope(g, n));
  /* records added after a read show up in the next read */
  uint32_t r2 = random_uniform();
  ck_assert_uint_gt(sv_graph_name_scope_count(g), n);
  ck_assert_str_eq(sv_graph_name_scope(g, n)->name, "random_uniform_2");
  ck_assert_uint_eq(sv_graph_name_scope(g, n)->op, r2);
}
END_TEST

START_TEST(reduce_sum_helpers) {
  /* §5.1 reduce_sum axis None, tensor input of known rank */
  uint32_t r = random_uniform();
  sv_input in = {SV_IN_TENSOR, r, NULL};
  sv_tensor t;
  ck_assert(sv__tf_op(g, SV_K_REDUCE_SUM, &in, 1, NULL, &t));
  ck_assert_str_eq(op_name(t.op - 1), "Const");
  ck_assert_str_eq(op_name(t.op), "Sum");
  ck_assert_int_eq(sv_graph_op(g, t.op)->shape.rank, 0);
}
END_TEST

/* ---- §6 tf.Variable ----------------------------------------------------------- */

START_TEST(variable_examples) {
  /* §6.2 */
  sv_lit three = flit(3, "3.0");
  sv_variable_args a;
  memset(&a, 0, sizeof a);
  a.initial.kind = SV_IN_LITERAL;
  a.initial.lit = &three;
  a.trainable = -1;
  a.validate_shape = true;
  uint32_t v;
  ck_assert(sv__tf_variable(g, &a, &v));
  ck_assert_str_eq(var_repr(v),
                   "<tf.Variable 'Variable:0' shape=() dtype=float32_ref>");
  static const char *const want[] = {"Variable/initial_value", "Variable",
                                     "Variable/Assign", "Variable/read"};
  for (size_t i = 0; i < 4; i++)
    ck_assert_str_eq(sv_graph_op(g, i)->name, want[i]);
  ck_assert(sv__tf_variable(g, &a, &v));
  ck_assert_str_eq(sv_graph_var(g, v)->name, "Variable_1:0");
  const char *s;
  uint32_t e = name_scope("layer", &s);
  static int64_t d23[] = {2, 3}, d2[] = {2}, one[] = {2}, onee[] = {1};
  sv_lit sh = {SV_DT_INT32, {1, one}, "[2, 3]", false, {{0}}, false, 0,
               d23, 2};
  sv_input zin = {SV_IN_LITERAL, 0, &sh};
  sv_tensor z;
  ck_assert(sv__tf_op(g, SV_K_ZEROS, &zin, 1, NULL, &z));
  ck_assert_str_eq(op_name(z.op), "layer/zeros");
  uint32_t w = variable(z.op, "w");
  ck_assert_str_eq(var_repr(w),
                   "<tf.Variable 'layer/w:0' shape=(2, 3) dtype=float32_ref>");
  sv_lit sh2 = {SV_DT_INT32, {1, onee}, "[2]", false, {{0}}, false, 0, d2, 1};
  zin.lit = &sh2;
  ck_assert(sv__tf_op(g, SV_K_ZEROS, &zin, 1, NULL, &z));
  ck_assert_str_eq(op_name(z.op), "layer/zeros_1");
  uint32_t zv = variable(z.op, "zeros");
  ck_assert_str_eq(sv_graph_var(g, zv)->name, "layer/zeros_2:0");
  sv__tf_scope_exit(g, e);
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_tensor_str(g, sv__tf_var_read_op(g, w), &b);
  ck_assert_str_eq(sv__buf_cstr(&b),
                   "Tensor(\"layer/w/read:0\", shape=(2, 3), dtype=float32)");
  sv__buf_fini(&b);
}
END_TEST

START_TEST(variable_errors) {
  /* §6.1 step 1 */
  sv_variable_args a;
  memset(&a, 0, sizeof a);
  a.trainable = -1;
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
  ck_assert_str_eq(sv__tf_error_message(tf), "initial_value must be specified.");
  sv_lit three = flit(3, "3.0");
  a.initial.kind = SV_IN_LITERAL;
  a.initial.lit = &three;
  a.name = "my var";
  ck_assert(!sv__tf_variable(g, &a, &v));
  ck_assert_str_eq(sv__tf_error_message(tf), "'my var' is not a valid scope name");
  a.name = NULL;
  a.constraint_not_callable = true;
  ck_assert(!sv__tf_variable(g, &a, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "The `constraint` argument must be a callable.");
  a.constraint_not_callable = false;
  a.collections_bad_value = "abc";
  a.collections_bad_type = "<class 'str'>";
  ck_assert(!sv__tf_variable(g, &a, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "collections argument to Variable constructor must be a "
                   "list, tuple, or set. Got abc of type <class 'str'>");
}
END_TEST

/* ---- §7 variable scopes --------------------------------------------------------- */

START_TEST(vscope_divergence) {
  /* §7.6 table */
  sv_vs_args a = vsargs("foo");
  sv_vscope *s1, *s;
  uint32_t e = var_scope(&a, &s1);
  ck_assert_str_eq(sv__vscope_name(s1), "foo");
  ck_assert_str_eq(sv__vscope_original_name_scope(s1), "foo/");
  sv__tf_scope_exit(g, e);
  e = var_scope(&a, &s);
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "foo_1/");
  sv__tf_scope_exit(g, e);
  sv_vs_args o = vsargs(NULL);
  o.object = s1;
  e = var_scope(&o, &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo");
  ck_assert_str_eq(sv_graph_entry(g, e)->name_scope, "foo_2/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "foo/");
  sv__tf_scope_exit(g, e);
  uint32_t n = name_scope("bar", NULL);
  sv__tf_scope_exit(g, n);
  sv_vs_args d = vsargs(NULL);
  d.default_name = "bar";
  e = var_scope(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "bar");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "bar_1/");
  sv__tf_scope_exit(g, e);
  d.default_name = "layer";
  e = var_scope(&d, &s);
  sv__tf_scope_exit(g, e);
  d.default_name = "Layer";
  e = var_scope(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "Layer");
  ck_assert_str_eq(sv_graph_entry(g, e)->name_scope, "Layer_1/");
  sv__tf_scope_exit(g, e);
}
END_TEST

static void gv(const char *name, const char *want) {
  sv_get_variable_args a;
  memset(&a, 0, sizeof a);
  a.name = name;
  a.has_shape = true;
  a.shape.rank = 0;
  a.trainable = -1;
  a.validate_shape = true;
  uint32_t v;
  ck_assert(sv__tf_get_variable(g, &a, &v));
  ck_assert_str_eq(sv_graph_var(g, v)->name, want);
}

START_TEST(vscope_default_names_same_graph) {
  /* §7.8, each block at the root of the same graph (counters persist) */
  static const char *const outer[] = {"defaultScope1", "defaultScope1",
                                      "defaultScope", "defaultScope1"};
  static const char *const want[] = {
      "defaultScope1/layer/w:0", "defaultScope1_1/layer/w:0",
      "defaultScope/layer/w:0", "defaultScope1_2/layer/w:0"};
  for (int i = 0; i < 4; i++) {
    sv_vs_args d = vsargs(NULL);
    d.default_name = outer[i];
    uint32_t e1 = var_scope(&d, NULL);
    d.default_name = "layer";
    uint32_t e2 = var_scope(&d, NULL);
    gv("w", want[i]);
    sv__tf_scope_exit(g, e2);
    sv__tf_scope_exit(g, e1);
  }
}
END_TEST

START_TEST(vscope_close_subscopes) {
  /* §7.8 foo/bar, foo/bar_1, then re-entering vs: foo/bar again */
  sv_vs_args a = vsargs("foo");
  sv_vscope *vs;
  uint32_t e = var_scope(&a, &vs);
  sv_vs_args d = vsargs(NULL);
  d.default_name = "bar";
  uint32_t e2 = var_scope(&d, NULL);
  gv("a", "foo/bar/a:0");
  sv__tf_scope_exit(g, e2);
  e2 = var_scope(&d, NULL);
  gv("b", "foo/bar_1/b:0");
  sv__tf_scope_exit(g, e2);
  sv__tf_scope_exit(g, e);
  sv_vs_args o = vsargs(NULL);
  o.object = vs;
  e = var_scope(&o, NULL);
  e2 = var_scope(&d, NULL);
  gv("c", "foo/bar/c:0");
  sv__tf_scope_exit(g, e2);
  sv__tf_scope_exit(g, e);
}
END_TEST

START_TEST(vscope_outer_example) {
  /* §7.8 third block */
  sv_vs_args a = vsargs("outer");
  sv_vscope *outer;
  uint32_t e = var_scope(&a, &outer);
  sv__tf_scope_exit(g, e);
  sv_vs_args o = vsargs(NULL);
  o.object = outer;
  e = var_scope(&o, NULL);
  gv("w", "outer/w:0");
  const char *s;
  uint32_t n = name_scope("scope2", &s);
  ck_assert_str_eq(s, "outer_1/scope2/");
  sv__tf_scope_exit(g, n);
  sv_vs_args dflt = vsargs("default");
  uint32_t e2 = var_scope(&dflt, NULL);
  gv("w", "outer/default/w:0");
  n = name_scope("scope2", &s);
  ck_assert_str_eq(s, "outer_1/default/scope2/");
  sv__tf_scope_exit(g, n);
  sv__tf_scope_exit(g, e2);
  sv__tf_scope_exit(g, e);
  o.reuse = SV_REUSE_ARG_TRUE;
  e = var_scope(&o, NULL);
  size_t nv = sv_graph_var_count(g);
  gv("w", "outer/w:0");
  ck_assert_uint_eq(sv_graph_var_count(g), nv);
  n = name_scope("scope2", &s);
  ck_assert_str_eq(s, "outer_2/scope2/");
}
END_TEST

START_TEST(vscope_errors) {
  /* §7.3, §7.4 */
  sv_vs_args a = vsargs(NULL);
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
  ck_assert_str_eq(sv__tf_error_type(tf), "TypeError");
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "If default_name is None then name_or_scope is required");
  a = vsargs("x");
  a.reuse_invalid = true;
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "The reuse parameter must be True or False or None.");
  a = vsargs("x");
  a.aux_invalid = "invalid";
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "The auxiliary_name_scope must be `True` or `False`, while "
                   "get invalid");
  a = vsargs(NULL);
  a.name_bad_type = true;
  uint32_t e;
  sv_vscope *s;
  ck_assert(!sv__tf_variable_scope_enter(g, &a, NULL, &e, &s));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "VariableScope: name_or_scope must be a string or "
                   "VariableScope.");
  a = vsargs(NULL);
  a.default_name = "d";
  a.reuse = SV_REUSE_ARG_AUTO;
  ck_assert(!sv__tf_variable_scope_enter(g, &a, NULL, &e, &s));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "reuse=True cannot be used without a name_or_scope");
}
END_TEST

/* ---- §8 get_variable --------------------------------------------------------- */

START_TEST(getvar_ignores_name_scope) {
  /* §8.5 */
  sv_vs_args a = vsargs("foo");
  uint32_t e = var_scope(&a, NULL);
  uint32_t n = name_scope("bar", NULL);
  sv_get_variable_args ga;
  memset(&ga, 0, sizeof ga);
  static int64_t d1[] = {1};
  ga.name = "v";
  ga.has_shape = true;
  ga.shape.rank = 1;
  ga.shape.dims = d1;
  ga.trainable = -1;
  ga.validate_shape = true;
  uint32_t v;
  ck_assert(sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv_graph_var(g, v)->name, "foo/v:0");
  /* bypass record: the name scope foo/bar/ is bypassed */
  ck_assert_uint_eq(sv_graph_var(g, v)->nbypassed, 1);
  ck_assert_uint_eq(sv_graph_var(g, v)->bypassed[0], n);
  static const char *const want[] = {
      "foo/v/Initializer/random_uniform/shape",
      "foo/v/Initializer/random_uniform/min",
      "foo/v/Initializer/random_uniform/max",
      "foo/v/Initializer/random_uniform/RandomUniform",
      "foo/v/Initializer/random_uniform/sub",
      "foo/v/Initializer/random_uniform/mul",
      "foo/v/Initializer/random_uniform", "foo/v", "foo/v/Assign",
      "foo/v/read"};
  ck_assert_uint_eq(sv_graph_op_count(g), 10);
  for (size_t i = 0; i < 10; i++) {
    ck_assert_str_eq(sv_graph_op(g, i)->name, want[i]);
    ck_assert_int_eq(sv_graph_op(g, i)->role, SV_OP_VAR_INTERNAL);
  }
  sv_input in[2] = {{SV_IN_VARIABLE, v, NULL}, {SV_IN_LITERAL, 0, NULL}};
  sv_lit one = flit(1, "1.0");
  in[1] = in[0];
  in[0].kind = SV_IN_LITERAL;
  in[0].lit = &one;
  sv_tensor t;
  ck_assert(sv__tf_op(g, SV_K_OP_ADD, in, 2, NULL, &t));
  ck_assert_str_eq(op_name(t.op), "foo/bar/add");
  sv__tf_scope_exit(g, n);
  sv__tf_scope_exit(g, e);
  /* reuse=True returns v; AUTO_REUSE creates u */
  a.reuse = SV_REUSE_ARG_TRUE;
  e = var_scope(&a, NULL);
  ck_assert_str_eq(sv_graph_entry(g, e)->name_scope, "foo_1/");
  uint32_t v1;
  ck_assert(sv__tf_get_variable(g, &ga, &v1));
  ck_assert_uint_eq(v1, v);
  sv__tf_scope_exit(g, e);
  a.reuse = SV_REUSE_ARG_AUTO;
  e = var_scope(&a, NULL);
  ck_assert(sv__tf_get_variable(g, &ga, &v1));
  ck_assert_uint_eq(v1, v);
  ga.name = "u";
  ck_assert(sv__tf_get_variable(g, &ga, &v1));
  ck_assert_str_eq(sv_graph_var(g, v1)->name, "foo/u:0");
  sv__tf_scope_exit(g, e);
  a.reuse = SV_REUSE_ARG_NONE;
  e = var_scope(&a, NULL);
  ga.name = "v";
  ck_assert(!sv__tf_get_variable(g, &ga, &v1));
  const char *prefix =
      "Variable foo/v already exists, disallowed. Did you mean to set "
      "reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined "
      "at:\n\n";
  ck_assert_int_eq(strncmp(sv__tf_error_message(tf), prefix, strlen(prefix)),
                   0);
  ck_assert_uint_eq(sv_graph_getvar(g, sv_graph_getvar_count(g) - 1)->outcome,
                    SV_GETVAR_FAILED);
}
END_TEST

START_TEST(getvar_share_checks) {
  /* §8.2 shape and dtype checks */
  sv_vs_args a = vsargs("foo");
  uint32_t e = var_scope(&a, NULL);
  sv_get_variable_args ga;
  memset(&ga, 0, sizeof ga);
  static int64_t d1[] = {1}, d2[] = {2};
  ga.name = "v";
  ga.has_shape = true;
  ga.shape.rank = 1;
  ga.shape.dims = d1;
  ga.trainable = -1;
  ga.validate_shape = true;
  uint32_t v;
  ck_assert(sv__tf_get_variable(g, &ga, &v));
  sv__tf_scope_exit(g, e);
  a.reuse = SV_REUSE_ARG_TRUE;
  e = var_scope(&a, NULL);
  ga.shape.dims = d2;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "Trying to share variable foo/v, but specified shape (2,) "
                   "and found shape (1,).");
  ga.shape.dims = d1;
  ga.dtype = SV_DT_INT32;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "Trying to share variable foo/v, but specified dtype int32 "
                   "and found dtype float32_ref.");
  ga.name = "nope";
  ga.dtype = 0;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "Variable foo/nope does not exist, or was not created with "
                   "tf.get_variable(). Did you mean to set "
                   "reuse=tf.AUTO_REUSE in VarScope?");
}
END_TEST

START_TEST(getvar_init_errors) {
  /* §8.1 step 4, §8.2, §8.3 */
  sv_get_variable_args ga;
  memset(&ga, 0, sizeof ga);
  ga.name = "v";
  ga.trainable = -1;
  ga.validate_shape = true;
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "The initializer passed is not valid. It should be a "
                   "callable with no arguments and the shape should not be "
                   "provided or an instance of `tf.keras.initializers.*' and "
                   "`shape` should be fully defined.");
  ga.has_shape = true;
  ga.dtype = SV_DT_COMPLEX64;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "An initializer for variable v of <dtype: 'complex64'> is "
                   "required");
  sv_lit l = ilit(1, "1");
  sv_init vi;
  memset(&vi, 0, sizeof vi);
  vi.kind = SV_INIT_VALUE;
  vi.value = &l;
  ga.initializer = &vi;
  ga.dtype = SV_DT_FLOAT64;
  ga.has_shape = false;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "Initializer type '<dtype: 'int32'>' and explicit dtype "
                   "'<dtype: 'float64'>' don't match.");
  ck_assert_str_eq(op_name(sv_graph_op_count(g) - 1), "Const");
  ga.dtype = 0;
  ga.has_shape = true;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "If initializer is a constant, do not specify shape.");
  ga.has_shape = false;
  ck_assert(sv__tf_get_variable(g, &ga, &v));
  ck_assert_str_eq(var_repr(v),
                   "<tf.Variable 'v:0' shape=() dtype=int32_ref>");
  ck_assert_str_eq(op_name(sv_graph_var(g, v)->op - 1), "v/initial_value");
}
END_TEST

/* ---- §15 worked examples ------------------------------------------------------ */

static void example_body(const char *gv1, const char *gv2, uint32_t out[4]) {
  sv_vs_args a = vsargs("embeddin");
  uint32_t e = var_scope(&a, NULL);
  out[0] = variable(random_uniform(), "testing2");
  sv_init ci = const_init();
  ck_assert(getvar_ex(gv1, &ci, true, &out[1]));
  sv__tf_scope_exit(g, e);
  e = name_scope("optimization", NULL);
  out[2] = variable(random_uniform(), "testing");
  ck_assert(getvar_ex(gv2, &ci, true, &out[3]));
  sv__tf_scope_exit(g, e);
}

START_TEST(example1) {
  uint32_t v[4];
  example_body("testing3", "testing1", v);
  static const char *const reprs[] = {
      "<tf.Variable 'embeddin/testing2:0' shape=(7, 10) dtype=float32_ref>",
      "<tf.Variable 'embeddin/testing3:0' shape=(7, 10) dtype=float32_ref>",
      "<tf.Variable 'optimization/testing:0' shape=(7, 10) dtype=float32_ref>",
      "<tf.Variable 'testing1:0' shape=(7, 10) dtype=float32_ref>"};
  for (int i = 0; i < 4; i++) ck_assert_str_eq(var_repr(v[i]), reprs[i]);
  static const char *const ops[] = {
      "embeddin/random_uniform/shape", "embeddin/random_uniform/min",
      "embeddin/random_uniform/max", "embeddin/random_uniform/RandomUniform",
      "embeddin/random_uniform/sub", "embeddin/random_uniform/mul",
      "embeddin/random_uniform", "embeddin/testing2",
      "embeddin/testing2/Assign", "embeddin/testing2/read",
      "embeddin/testing3/Initializer/Const", "embeddin/testing3",
      "embeddin/testing3/Assign", "embeddin/testing3/read",
      "optimization/random_uniform/shape", "optimization/random_uniform/min",
      "optimization/random_uniform/max",
      "optimization/random_uniform/RandomUniform",
      "optimization/random_uniform/sub", "optimization/random_uniform/mul",
      "optimization/random_uniform", "optimization/testing",
      "optimization/testing/Assign", "optimization/testing/read",
      "testing1/Initializer/Const", "testing1", "testing1/Assign",
      "testing1/read"};
  ck_assert_uint_eq(sv_graph_op_count(g), 28);
  for (size_t i = 0; i < 28; i++)
    ck_assert_str_eq(sv_graph_op(g, i)->name, ops[i]);
  uint32_t *ids;
  size_t n;
  ck_assert(sv__tf_collection(g, "variables", NULL, &ids, &n));
  ck_assert_uint_eq(n, 4);
  for (size_t i = 0; i < 4; i++) ck_assert_uint_eq(ids[i], v[i]);
  sv__xfree(ids);
  ck_assert(sv__tf_collection(g, "trainable_variables", "embeddin", &ids, &n));
  ck_assert_uint_eq(n, 2);
  sv__xfree(ids);
  /* testing1 bypasses the optimization name scope */
  ck_assert_uint_eq(sv_graph_var(g, v[3])->nbypassed, 1);
  ck_assert_uint_eq(sv_graph_var(g, v[2])->nbypassed, 0);
}
END_TEST

START_TEST(example2) {
  uint32_t v[4];
  example_body("testing2", "testing", v);
  ck_assert_str_eq(var_repr(v[1]),
                   "<tf.Variable 'embeddin/testing2_1:0' shape=(7, 10) "
                   "dtype=float32_ref>");
  ck_assert_str_eq(var_repr(v[3]),
                   "<tf.Variable 'testing:0' shape=(7, 10) dtype=float32_ref>");
  const sv_var *r = sv_graph_var(g, v[1]);
  ck_assert_str_eq(r->store_key, "embeddin/testing2");
  ck_assert_uint_ne(r->rename, SV_NONE);
  const sv_rename *rn = sv_graph_rename(g, r->rename);
  ck_assert_str_eq(rn->requested, "embeddin/testing2");
  ck_assert_str_eq(rn->result, "embeddin/testing2_1");
  ck_assert_uint_eq(rn->counter, 1);
  ck_assert_uint_eq(rn->suffix, 1);
  ck_assert_int_eq(rn->taken_by_kind, SV_OWNER_NAME_SCOPE);
  ck_assert_str_eq(rn->taken_as, "embeddin/testing2");
  /* reuse consequence */
  sv_vs_args a = vsargs("embeddin");
  a.reuse = SV_REUSE_ARG_TRUE;
  uint32_t e = var_scope(&a, NULL);
  uint32_t got;
  ck_assert(getvar_ex("testing2", NULL, false, &got));
  ck_assert_str_eq(sv_graph_var(g, got)->name, "embeddin/testing2_1:0");
  sv__tf_scope_exit(g, e);
}
END_TEST

START_TEST(example3) {
  sv_vs_args a = vsargs("embeddin");
  a.reuse = SV_REUSE_ARG_TRUE;
  sv_vscope *s;
  uint32_t e = var_scope(&a, &s);
  ck_assert_int_eq(sv__vscope_reuse(s), SV_REUSE_TRUE);
  variable(random_uniform(), "testing2");
  sv_init ci = const_init();
  uint32_t v;
  ck_assert(!getvar_ex("testing2", &ci, true, &v));
  ck_assert_str_eq(sv__tf_error_type(tf), "ValueError");
  ck_assert_str_eq(sv__tf_error_message(tf),
                   "Variable embeddin/testing2 does not exist, or was not "
                   "created with tf.get_variable(). Did you mean to set "
                   "reuse=tf.AUTO_REUSE in VarScope?");
  const sv_error *er = sv_graph_error(g, sv__tf_error_record(tf));
  ck_assert_str_eq(er->call, "tf.get_variable");
  sv__tf_scope_exit(g, e);
  ck_assert_uint_eq(sv_graph_op_count(g), 10);
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  ck_assert_str_eq(sv__vscope_name(sv__tf_get_variable_scope(g)), "");
}
END_TEST

/* ---- §9 printing ---------------------------------------------------------------- */

START_TEST(shape_strings) {
  /* §9.3 table */
  static const int64_t d7[] = {7}, du[] = {-1}, d710[] = {7, 10},
                       dn10[] = {-1, 10};
  static const struct {
    sv_shape s;
    const char *str, *repr;
  } rows[] = {
      {{-1, NULL}, "<unknown>", "TensorShape(None)"},
      {{0, NULL}, "()", "TensorShape([])"},
      {{1, d7}, "(7,)", "TensorShape([Dimension(7)])"},
      {{1, du}, "(?,)", "TensorShape([Dimension(None)])"},
      {{2, d710}, "(7, 10)", "TensorShape([Dimension(7), Dimension(10)])"},
      {{2, dn10}, "(?, 10)",
       "TensorShape([Dimension(None), Dimension(10)])"}};
  char buf[64];
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    size_t n = sv_shape_format(&rows[i].s, buf, sizeof buf);
    ck_assert_str_eq(buf, rows[i].str);
    ck_assert_uint_eq(n, strlen(rows[i].str));
    sv_buf b;
    sv__buf_init(&b);
    sv__tf_shape_repr(&rows[i].s, &b);
    ck_assert_str_eq(sv__buf_cstr(&b), rows[i].repr);
    sv__buf_fini(&b);
  }
  ck_assert_str_eq(sv_dtype_name(SV_DT_FLOAT32 | SV_DT_REF), "float32_ref");
  ck_assert_int_eq(sv_dtype_base(SV_DT_INT32 | SV_DT_REF), SV_DT_INT32);
}
END_TEST

static Suite *engine_suite(void) {
  Suite *s = suite_create("engine");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, unique_name_table);
  tcase_add_test(tc, unique_name_case);
  tcase_add_test(tc, unique_name_generated_lookalike);
  tcase_add_test(tc, unique_name_no_mark);
  tcase_add_test(tc, name_scope_rules);
  tcase_add_test(tc, name_scope_invalid);
  tcase_add_test(tc, name_scope_v1_errors);
  tcase_add_test(tc, random_uniform_ops);
  tcase_add_test(tc, operators_collide_case);
  tcase_add_test(tc, node_name_error_after_mark);
  tcase_add_test(tc, foreign_tensor_rejected);
  tcase_add_test(tc, node_name_error_key_outlives_id);
  tcase_add_test(tc, op_scope_records_complete);
  tcase_add_test(tc, reduce_sum_helpers);
  tcase_add_test(tc, variable_examples);
  tcase_add_test(tc, variable_errors);
  tcase_add_test(tc, vscope_divergence);
  tcase_add_test(tc, vscope_default_names_same_graph);
  tcase_add_test(tc, vscope_close_subscopes);
  tcase_add_test(tc, vscope_outer_example);
  tcase_add_test(tc, vscope_errors);
  tcase_add_test(tc, getvar_ignores_name_scope);
  tcase_add_test(tc, getvar_share_checks);
  tcase_add_test(tc, getvar_init_errors);
  tcase_add_test(tc, example1);
  tcase_add_test(tc, example2);
  tcase_add_test(tc, example3);
  tcase_add_test(tc, shape_strings);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(engine_suite());
}
