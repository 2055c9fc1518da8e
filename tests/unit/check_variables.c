/* SPDX-License-Identifier: MIT
 * check_variables: tf.Variable (tf1-semantics.md §6), tf.get_variable and
 * the store (§8), initializers (§5.3) and collections (§10).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_int.h" /* the getvar_stamped_* tests read the lazy records */
#include "engine_testlib.h"
#include "unit_testlib.h"

static const int64_t d1[] = {1}, d2[] = {2}, d23[] = {2, 3},
                     d100_10[] = {100, 10},
                     dn3[] = {-1, 3};

/* ---- §6.1 tf.Variable ---------------------------------------------------- */

static bool cb_const(void *ud, sv_graph *gg, const sv_shape *shape,
                     int dtype, sv_input *out) {
  (void)ud;
  ck_assert_ptr_null(shape);
  ck_assert_int_eq(dtype, SV_DT_INVALID);
  ck_assert_ptr_eq(gg, g);
  *out = in_t(c_float(1, "1.0", NULL));
  return true;
}

static bool cb_literal(void *ud, sv_graph *gg, const sv_shape *shape,
                       int dtype, sv_input *out) {
  (void)ud, (void)gg, (void)shape, (void)dtype;
  *out = in_l(lit_i(5, "5"));
  return true;
}

START_TEST(variable_callable_initial_value) {
  /* §6.1 step 4: callable -> V/Initializer/..., then the result */
  sv_variable_args a = va();
  a.initial_cb = cb_const;
  uint32_t v = var_ok(&a);
  static const char *const want[] = {"Variable/Initializer/Const", "Variable",
                                     "Variable/Assign", "Variable/read"};
  static const char *const types[] = {"Const", "VariableV2", "Assign",
                                      "Identity"};
  expect_ops(0, want, types, 4);
  ck_assert_str_eq(vrepr(v),
                   "<tf.Variable 'Variable:0' shape=() dtype=float32_ref>");
  a.initial_cb = cb_literal;
  a.name = "k";
  v = var_ok(&a);
  static const char *const want2[] = {"k/Initializer/initial_value", "k",
                                      "k/Assign", "k/read"};
  expect_ops(4, want2, NULL, 4);
  ck_assert_str_eq(vrepr(v), "<tf.Variable 'k:0' shape=() dtype=int32_ref>");
  for (uint32_t i = 0; i < 8; i++)
    ck_assert_int_eq(sv_graph_op(g, i)->role, SV_OP_VAR_INTERNAL);
}
END_TEST

START_TEST(variable_literal_and_dtype) {
  /* §6.1 step 4: a literal -> V/initial_value, converted to dtype */
  sv_variable_args a = va();
  a.initial = in_l(lit_i(1, "1"));
  a.dtype = SV_DT_FLOAT32;
  uint32_t v = var_ok(&a);
  ck_assert_str_eq(opname(0), "Variable/initial_value");
  ck_assert_int_eq(sv_graph_op(g, 0)->dtype, SV_DT_FLOAT32);
  ck_assert_str_eq(vrepr(v),
                   "<tf.Variable 'Variable:0' shape=() dtype=float32_ref>");
  a.initial = in_l(lit_f(1.5, "1.5"));
  a.dtype = SV_DT_INT32;
  uint32_t x;
  ck_assert(!sv__tf_variable(g, &a, &x));
  expect_error("TypeError", "Expected int32, got 1.5 of type 'float' "
                            "instead.");
  /* the variable's name scope was already taken */
  ck_assert_str_eq(sv__tf_unique_name(g, "Variable", false), "Variable_2");
  ck_assert_uint_eq(sv_graph_var_count(g), 1);
  /* a tensor creates nothing */
  uint32_t t = c_float(2, "2.0", "t");
  size_t n = sv_graph_op_count(g);
  v = var_tensor(t, "w");
  ck_assert_uint_eq(sv_graph_op_count(g), n + 3);
  ck_assert_uint_eq(sv__tf_var_initial_value_op(g, v), t);
  /* positional trainable="w" is not the name (host level); shape= */
  a = va();
  a.initial = in_l(lit_f(1, "1.0"));
  a.has_shape = true;
  a.shape.rank = 0;
  /* the failed call marked Variable_1 (its scope opened first) */
  ck_assert_str_eq(sv_graph_var(g, var_ok(&a))->name, "Variable_2:0");
}
END_TEST

START_TEST(variable_validate_shape) {
  /* §6.1 steps 5-6: VariableV2 exists before the error; %s = str(t) */
  uint32_t p = placeholder(SV_DT_FLOAT32, -1, NULL);
  sv_variable_args a = va();
  a.initial = in_t(p);
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError", "initial_value must have a shape specified: "
                             "Tensor(\"Placeholder:0\", dtype=float32)");
  static const char *const want[] = {"Placeholder", "Variable"};
  static const char *const types[] = {"Placeholder", "VariableV2"};
  expect_ops(0, want, types, 2);
  uint32_t q = placeholder(SV_DT_FLOAT32, 2, dn3);
  a.initial = in_t(q);
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError", "initial_value must have a shape specified: "
                             "Tensor(\"Placeholder_1:0\", shape=(?, 3), "
                             "dtype=float32)");
  a.validate_shape = false;
  v = var_ok(&a);
  ck_assert_str_eq(vrepr(v), "<tf.Variable 'Variable_2:0' shape=<unknown> "
                             "dtype=float32_ref>");
}
END_TEST

START_TEST(variable_marks_in_order) {
  /* §6.1 "Names marked, in order" and §6 ignores variable scopes */
  sv_vs_args r = vsa("vs");
  r.reuse = SV_REUSE_ARG_TRUE;
  uint32_t e = vs(&r, NULL);
  uint32_t v = var_lit(lit_f(1, "1.0"), NULL);
  ck_assert_str_eq(sv_graph_var(g, v)->name, "vs/Variable:0");
  ck_assert_int_eq(sv_graph_var(g, v)->creator, SV_CREATOR_VARIABLE);
  ck_assert_ptr_null(sv_graph_var(g, v)->store_key);
  ns_exit(e);
  static const char *const keys[] = {"vs/variable", "vs/variable/initial_value",
                                     "vs/variable/assign", "vs/variable/read"};
  for (int i = 0; i < 4; i++) {
    const char *got = sv__tf_unique_name(g, keys[i], false);
    ck_assert_int_eq(strncmp(got, keys[i], strlen(keys[i])), 0);
    ck_assert_str_eq(got + strlen(keys[i]), "_1");
  }
  /* not in the store: get_variable creates a fresh one */
  r = vsa("vs");
  e = vs(&r, NULL);
  uint32_t w = gv_name("Variable", "vs/Variable_1:0");
  ck_assert_uint_ne(w, v);
  ns_exit(e);
}
END_TEST

START_TEST(variable_examples) {
  /* §6.2 */
  uint32_t a = var_lit(lit_f(3, "3.0"), NULL);
  static const char *const want[] = {"Variable/initial_value", "Variable",
                                     "Variable/Assign", "Variable/read"};
  expect_ops(0, want, NULL, 4);
  uint32_t b = var_lit(lit_f(3, "3.0"), NULL);
  static const char *const want_b[] = {"Variable_1/initial_value",
                                       "Variable_1", "Variable_1/Assign",
                                       "Variable_1/read"};
  expect_ops(4, want_b, NULL, 4);
  uint32_t e = ns("layer", NULL);
  sv_input zin = in_l(lit_iv(d23, 2));
  uint32_t z = op_ok(SV_K_ZEROS, &zin, 1, NULL);
  ck_assert_str_eq(opname(z), "layer/zeros");
  uint32_t w = var_tensor(z, "w");
  static const char *const want_w[] = {"layer/w", "layer/w/Assign",
                                       "layer/w/read"};
  expect_ops(9, want_w, NULL, 3);
  zin = in_l(lit_iv(d2, 1));
  z = op_ok(SV_K_ZEROS, &zin, 1, NULL);
  ck_assert_str_eq(opname(z), "layer/zeros_1");
  uint32_t zv = var_tensor(z, "zeros");
  ck_assert_str_eq(sv_graph_var(g, zv)->name, "layer/zeros_2:0");
  ns_exit(e);
  ck_assert_str_eq(vrepr(a),
                   "<tf.Variable 'Variable:0' shape=() dtype=float32_ref>");
  ck_assert_str_eq(vrepr(b),
                   "<tf.Variable 'Variable_1:0' shape=() dtype=float32_ref>");
  ck_assert_str_eq(vrepr(w),
                   "<tf.Variable 'layer/w:0' shape=(2, 3) dtype=float32_ref>");
  ck_assert_str_eq(sv_graph_var(g, w)->op_name, "layer/w");
  ck_assert_str_eq(opname(sv_graph_var(g, w)->op), "layer/w");
  ck_assert_str_eq(tstr(sv__tf_var_read_op(g, w)),
                   "Tensor(\"layer/w/read:0\", shape=(2, 3), dtype=float32)");
}
END_TEST

START_TEST(variable_arg_errors) {
  /* §6.1 step 1 messages */
  sv_variable_args a = va();
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError", "initial_value must be specified.");
  a.initial = in_l(lit_f(1, "1.0"));
  a.collections_bad_value = "abc";
  a.collections_bad_type = "<class 'str'>";
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError",
               "collections argument to Variable constructor must be a list, "
               "tuple, or set. Got abc of type <class 'str'>");
  a.collections_bad_value = NULL;
  a.constraint_not_callable = true;
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError", "The `constraint` argument must be a callable.");
  a.constraint_not_callable = false;
  a.name = "my var";
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError", "'my var' is not a valid scope name");
  ck_assert_uint_eq(sv_graph_op_count(g), 0);
  a.name = NULL;
  a.initial = in_l(lit_none());
  ck_assert(!sv__tf_variable(g, &a, &v));
  expect_error("ValueError", "None values not supported.");
}
END_TEST

/* ---- §8.1 - §8.4 get_variable -------------------------------------------- */

START_TEST(getvar_explicit_dtype_converts) {
  /* §8.1 step 4: explicit dtype + value initializer -> root Const, also
   * on success; name stack ignored */
  uint32_t e = ns("ns", NULL);
  sv_init vi;
  memset(&vi, 0, sizeof vi);
  vi.kind = SV_INIT_VALUE;
  static const int64_t one2[] = {1, 2};
  vi.value = lit_iv(one2, 2);
  sv_get_variable_args a = gva("v", -1, NULL);
  a.initializer = &vi;
  a.dtype = SV_DT_INT32;
  uint32_t v = gv_ok(&a);
  static const char *const want[] = {"Const", "v/initial_value", "v",
                                     "v/Assign", "v/read"};
  expect_ops(0, want, NULL, 5);
  ck_assert_str_eq(vrepr(v), "<tf.Variable 'v:0' shape=(2,) "
                             "dtype=int32_ref>");
  a.name = "u";
  a.dtype = SV_DT_FLOAT64;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", "Initializer type '<dtype: 'int32'>' and "
                             "explicit dtype '<dtype: 'float64'>' don't "
                             "match.");
  ck_assert_str_eq(opname((uint32_t)sv_graph_op_count(g) - 1), "Const_1");
  ns_exit(e);
}
END_TEST

START_TEST(getvar_value_initializer) {
  /* §8.3 step 3: dtype from the value, not D; no dtype -> no Const */
  sv_init vi;
  memset(&vi, 0, sizeof vi);
  vi.kind = SV_INIT_VALUE;
  static const int64_t one2[] = {1, 2};
  vi.value = lit_iv(one2, 2);
  sv_get_variable_args a = gva("v", -1, NULL);
  a.initializer = &vi;
  uint32_t v = gv_ok(&a);
  static const char *const want[] = {"v/initial_value", "v", "v/Assign",
                                     "v/read"};
  expect_ops(0, want, NULL, 4);
  ck_assert_str_eq(vrepr(v), "<tf.Variable 'v:0' shape=(2,) "
                             "dtype=int32_ref>");
  /* a tensor initializer creates nothing here */
  uint32_t t = c_float(1, "1.0", "t");
  vi.kind = SV_INIT_TENSOR;
  vi.tensor = in_t(t);
  a.name = "w";
  v = gv_ok(&a);
  static const char *const want2[] = {"t", "w", "w/Assign", "w/read"};
  expect_ops(4, want2, NULL, 4);
  /* with a shape: the constant error, also when reusing */
  a.has_shape = true;
  a.shape.rank = 0;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError",
               "If initializer is a constant, do not specify shape.");
}
END_TEST

static const struct {
  int dtype;
  bool glorot;
} default_init_rows[] = {
    {SV_DT_FLOAT16, true}, {SV_DT_FLOAT32, true}, {SV_DT_FLOAT64, true},
    {SV_DT_BFLOAT16, true}, {SV_DT_INT32, false}, {SV_DT_INT64, false},
    {SV_DT_UINT8, false},  {SV_DT_BOOL, false},   {SV_DT_STRING, false},
};

START_TEST(getvar_default_initializer) {
  /* §8.3 step 2: floating -> glorot_uniform (random_uniform ops);
   * integer/bool/string -> zeros */
  sv_get_variable_args a = gva("w", 2, d23);
  a.dtype = default_init_rows[_i].dtype;
  uint32_t v = gv_ok(&a);
  if (default_init_rows[_i].glorot) {
    static const char *const want[] = {
        "w/Initializer/random_uniform/shape",
        "w/Initializer/random_uniform/min",
        "w/Initializer/random_uniform/max",
        "w/Initializer/random_uniform/RandomUniform",
        "w/Initializer/random_uniform/sub",
        "w/Initializer/random_uniform/mul",
        "w/Initializer/random_uniform", "w", "w/Assign", "w/read"};
    expect_ops(0, want, NULL, 10);
    /* limit sqrt(6 / (2 + 3)), computed as init_ops.VarianceScaling
     * does: math.sqrt(3.0 * (1.0 / max(1., (2 + 3) / 2.))) in python3 */
    ck_assert_str_eq(sv_graph_op(g, 2)->value, "1.0954451150103324");
    ck_assert_str_eq(sv_graph_op(g, 1)->value, "-1.0954451150103324");
  } else {
    static const char *const want[] = {"w/Initializer/zeros", "w",
                                       "w/Assign", "w/read"};
    expect_ops(0, want, NULL, 4);
  }
  ck_assert_int_eq(sv_graph_var(g, v)->dtype,
                   default_init_rows[_i].dtype | SV_DT_REF);
}
END_TEST

START_TEST(getvar_initializer_errors) {
  /* §8.3: complex -> "An initializer ... is required"; missing or partial
   * shape -> "The initializer passed is not valid..." */
  static const char *const invalid =
      "The initializer passed is not valid. It should be a callable with no "
      "arguments and the shape should not be provided or an instance of "
      "`tf.keras.initializers.*' and `shape` should be fully defined.";
  sv_get_variable_args a = gva("v", 1, d1);
  a.dtype = SV_DT_COMPLEX64;
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", "An initializer for variable v of <dtype: "
                             "'complex64'> is required");
  a.dtype = SV_DT_COMPLEX128;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", "An initializer for variable v of <dtype: "
                             "'complex128'> is required");
  a = gva("v", -1, NULL);
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", invalid);
  a = gva("v", 2, dn3);
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", invalid);
  sv_init z;
  memset(&z, 0, sizeof z);
  z.kind = SV_INIT_ZEROS;
  z.is_class = true;
  a.initializer = &z;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", invalid);
  ck_assert_uint_eq(sv_graph_op_count(g), 0);
  ck_assert_uint_eq(sv_graph_getvar_count(g), 5);
  ck_assert_int_eq(sv_graph_getvar(g, 4)->outcome, SV_GETVAR_FAILED);
  ck_assert_uint_eq(sv_graph_getvar(g, 4)->error, 4);
  ck_assert_uint_eq(sv_graph_error(g, 4)->getvar, 4);
}
END_TEST

/* §5.3 initializer op lists */
static const struct {
  sv_init_kind kind;
  const int64_t *dims;
  const char *names[7];
} init_rows[] = {
    {SV_INIT_CONSTANT, d23, {"Const"}},
    {SV_INIT_ZEROS, d23, {"zeros"}},
    {SV_INIT_ZEROS, d100_10, {"zeros/shape_as_tensor", "zeros/Const",
                              "zeros"}},
    {SV_INIT_ONES, d23, {"ones"}},
    {SV_INIT_ONES, d100_10, {"ones/shape_as_tensor", "ones/Const", "ones"}},
    {SV_INIT_RANDOM_NORMAL, d23,
     {"random_normal/shape", "random_normal/mean", "random_normal/stddev",
      "random_normal/RandomStandardNormal", "random_normal/mul",
      "random_normal"}},
    {SV_INIT_RANDOM_UNIFORM, d23,
     {"random_uniform/shape", "random_uniform/min", "random_uniform/max",
      "random_uniform/RandomUniform", "random_uniform/sub",
      "random_uniform/mul", "random_uniform"}},
    {SV_INIT_TRUNCATED_NORMAL, d23,
     {"truncated_normal/shape", "truncated_normal/mean",
      "truncated_normal/stddev", "truncated_normal/TruncatedNormal",
      "truncated_normal/mul", "truncated_normal"}},
    {SV_INIT_GLOROT_UNIFORM, d23,
     {"random_uniform/shape", "random_uniform/min", "random_uniform/max",
      "random_uniform/RandomUniform", "random_uniform/sub",
      "random_uniform/mul", "random_uniform"}},
};

START_TEST(initializer_ops) {
  sv_init in;
  memset(&in, 0, sizeof in);
  in.kind = init_rows[_i].kind;
  in.dtype = SV_DT_INT32; /* the dtype get_variable passes wins (§5.3) */
  if (in.kind == SV_INIT_CONSTANT) in.value = lit_i(1, "1");
  sv_get_variable_args a = gva("w", 2, init_rows[_i].dims);
  a.initializer = &in;
  uint32_t v = gv_ok(&a);
  size_t n = 0;
  const char *want[10];
  char buf[7][64];
  for (; n < 7 && init_rows[_i].names[n]; n++) {
    snprintf(buf[n], sizeof buf[n], "w/Initializer/%s",
             init_rows[_i].names[n]);
    want[n] = buf[n];
  }
  want[n] = "w";
  want[n + 1] = "w/Assign";
  want[n + 2] = "w/read";
  expect_ops(0, want, NULL, n + 3);
  ck_assert_int_eq(sv_graph_var(g, v)->dtype, SV_DT_FLOAT32 | SV_DT_REF);
  ck_assert_int_eq(sv_graph_op(g, (uint32_t)n - 1)->dtype, SV_DT_FLOAT32);
}
END_TEST

START_TEST(getvar_callable_initializer) {
  /* a host initializer with a full shape is called with shape and D */
  sv_init in;
  memset(&in, 0, sizeof in);
  in.kind = SV_INIT_CALLABLE;
  in.cb = cb_literal;
  sv_get_variable_args a = gva("w", -1, NULL);
  a.initializer = &in;
  uint32_t v = gv_ok(&a); /* no shape: called with no arguments */
  static const char *const want[] = {"w/Initializer/initial_value", "w",
                                     "w/Assign", "w/read"};
  expect_ops(0, want, NULL, 4);
  ck_assert_int_eq(sv_graph_var(g, v)->dtype, SV_DT_INT32 | SV_DT_REF);
}
END_TEST

START_TEST(getvar_name_validation) {
  /* §8.4: root regex on the whole full name */
  sv_get_variable_args a = gva("_w", 1, d1);
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", "'_w' is not a valid scope name");
  uint32_t e = vs_str("s", NULL);
  v = gv_ok(&a);
  ck_assert_str_eq(sv_graph_var(g, v)->name, "s/_w:0");
  ns_exit(e);
}
END_TEST

START_TEST(getvar_consequences) {
  /* §8.4 consequences */
  sv_get_variable_args a = gva("W", 1, d1);
  uint32_t W = gv_ok(&a);
  a.name = "w";
  uint32_t w = gv_ok(&a);
  ck_assert_str_eq(sv_graph_var(g, W)->name, "W:0");
  ck_assert_str_eq(sv_graph_var(g, w)->name, "w_1:0");
  ck_assert_str_eq(sv_graph_var(g, w)->store_key, "w");
  const sv_rename *r = sv_graph_rename(g, sv_graph_var(g, w)->rename);
  ck_assert_str_eq(r->requested, "w");
  ck_assert_str_eq(r->taken_as, "W");
  ck_assert_int_eq(r->taken_by_kind, SV_OWNER_NAME_SCOPE);
  ck_assert_str_eq(sv_graph_name_scope(g, r->taken_by)->name, "W");
  ck_assert_int_eq(sv_graph_name_scope(g, r->taken_by)->opener,
                   SV_NS_VARIABLE);
  /* a second get_variable("w") in a non-reusing scope fails */
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error_prefix("ValueError",
                      "Variable w already exists, disallowed. Did you mean "
                      "to set reuse=True or reuse=tf.AUTO_REUSE in "
                      "VarScope? Originally defined at:\n\n");
}
END_TEST

START_TEST(getvar_after_variable) {
  /* §8.4: tf.Variable w, then get_variable("w") -> w_1:0; then the other
   * order: get_variable("x") then Variable x -> x_1, reuse returns x:0 */
  var_lit(lit_f(1, "1.0"), "w");
  sv_get_variable_args a = gva("w", 1, d1);
  uint32_t w = gv_ok(&a);
  ck_assert_str_eq(sv_graph_var(g, w)->name, "w_1:0");
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error_prefix("ValueError", "Variable w already exists");
  a.name = "x";
  uint32_t x = gv_ok(&a);
  uint32_t x1 = var_lit(lit_f(1, "1.0"), "x");
  ck_assert_str_eq(sv_graph_var(g, x1)->name, "x_1:0");
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  ck_assert_uint_eq(gv_ok(&a), x);
}
END_TEST

START_TEST(getvar_unsupported) {
  /* §8.4 regularizers, §12 partitioners etc.: diagnostics */
  sv_get_variable_args a = gva("w", 1, d1);
  a.has_regularizer = true;
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  ck_assert_int_eq(sv__tf_error_kind(tf), SV_TFX_UNSUPPORTED);
  sv__tf_error_clear(tf);
  a.has_regularizer = false;
  a.has_partitioner = true;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  ck_assert_int_eq(sv__tf_error_kind(tf), SV_TFX_UNSUPPORTED);
  sv__tf_error_clear(tf);
  ck_assert_uint_eq(sv_graph_op_count(g), 0);
}
END_TEST

START_TEST(getvar_example_8_5) {
  uint32_t e = vs_str("foo", NULL);
  uint32_t n = ns("bar", NULL);
  sv_get_variable_args a = gva("v", 1, d1);
  uint32_t v = gv_ok(&a);
  ck_assert_str_eq(sv_graph_var(g, v)->name, "foo/v:0");
  ck_assert_str_eq(sv_graph_var(g, v)->name_scope_at_call, "foo/bar");
  ck_assert_str_eq(sv_graph_var(g, v)->var_scope_at_call, "foo");
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
  expect_ops(0, want, NULL, 10);
  sv_input in[2] = {in_l(lit_f(1, "1.0")), in_v(v)};
  sv_opargs o = oa(NULL);
  o.reflected = true;
  uint32_t x = op_ok(SV_K_OP_ADD, in, 2, &o);
  ck_assert_str_eq(opname(x), "foo/bar/add");
  ck_assert_str_eq(opname(x - 1), "foo/bar/add/x");
  ck_assert_uint_eq(sv_graph_op(g, x)->inputs[1], sv__tf_var_read_op(g, v));
  ns_exit(n);
  ns_exit(e);
  sv_vs_args r = vsa("foo");
  r.reuse = SV_REUSE_ARG_TRUE;
  e = vs(&r, NULL);
  ck_assert_str_eq(sv_graph_entry(g, e)->name_scope, "foo_1/");
  ck_assert_uint_eq(gv_ok(&a), v);
  ns_exit(e);
  r.reuse = SV_REUSE_ARG_AUTO;
  e = vs(&r, NULL);
  ck_assert_uint_eq(gv_ok(&a), v);
  a.name = "u";
  ck_assert_str_eq(sv_graph_var(g, gv_ok(&a))->name, "foo/u:0");
  ns_exit(e);
  e = vs_str("foo", NULL);
  a.name = "v";
  uint32_t got;
  ck_assert(!sv__tf_get_variable(g, &a, &got));
  expect_error_prefix("ValueError",
                      "Variable foo/v already exists, disallowed. Did you "
                      "mean to set reuse=True or reuse=tf.AUTO_REUSE in "
                      "VarScope? Originally defined at:\n\n");
  ns_exit(e);
  ck_assert_uint_eq(sv_graph_var_count(g), 2);
  /* getvar records: created, reused, reused, created, failed */
  static const sv_getvar_outcome oc[] = {SV_GETVAR_CREATED, SV_GETVAR_REUSED,
                                         SV_GETVAR_REUSED, SV_GETVAR_CREATED,
                                         SV_GETVAR_FAILED};
  ck_assert_uint_eq(sv_graph_getvar_count(g), 5);
  for (size_t i = 0; i < 5; i++)
    ck_assert_int_eq(sv_graph_getvar(g, i)->outcome, oc[i]);
  ck_assert_int_eq(sv_graph_getvar(g, 2)->reuse, SV_REUSE_AUTO);
  ck_assert_str_eq(sv_graph_getvar(g, 4)->full, "foo/v");
}
END_TEST

/* §8.6 the reuse matrix */
static const struct {
  bool present;
  sv_reuse_arg reuse;
  int outcome; /* 0 create, 1 return existing, 2 exists error, 3 missing */
} matrix[] = {
    {true, SV_REUSE_ARG_NONE, 2}, {true, SV_REUSE_ARG_TRUE, 1},
    {true, SV_REUSE_ARG_AUTO, 1}, {false, SV_REUSE_ARG_NONE, 0},
    {false, SV_REUSE_ARG_TRUE, 3}, {false, SV_REUSE_ARG_AUTO, 0},
};

START_TEST(reuse_matrix) {
  sv_get_variable_args a = gva("v", 1, d1);
  uint32_t first = SV_NONE;
  if (matrix[_i].present) {
    uint32_t e = vs_str("s", NULL);
    first = gv_ok(&a);
    ns_exit(e);
  }
  size_t nops = sv_graph_op_count(g), nvars = sv_graph_var_count(g);
  sv_vs_args r = vsa("s");
  r.reuse = matrix[_i].reuse;
  uint32_t e = vs(&r, NULL);
  uint32_t v = SV_NONE;
  bool ok = sv__tf_get_variable(g, &a, &v);
  switch (matrix[_i].outcome) {
    case 0:
      ck_assert(ok);
      ck_assert_str_eq(sv_graph_var(g, v)->name, "s/v:0");
      ck_assert_uint_eq(sv_graph_var_count(g), nvars + 1);
      break;
    case 1:
      ck_assert(ok);
      ck_assert_uint_eq(v, first);
      ck_assert_uint_eq(sv_graph_op_count(g), nops);
      break;
    case 2:
      ck_assert(!ok);
      expect_error_prefix("ValueError", "Variable s/v already exists, "
                                        "disallowed.");
      break;
    default:
      ck_assert(!ok);
      expect_error("ValueError",
                   "Variable s/v does not exist, or was not created with "
                   "tf.get_variable(). Did you mean to set "
                   "reuse=tf.AUTO_REUSE in VarScope?");
      ck_assert_uint_eq(sv_graph_op_count(g), nops);
  }
  ns_exit(e);
}
END_TEST

START_TEST(getvar_share_checks) {
  /* §8.2 shape (unknown compatible) then dtype checks */
  uint32_t e = vs_str("foo", NULL);
  sv_get_variable_args a = gva("v", 1, d1);
  uint32_t v = gv_ok(&a);
  ns_exit(e);
  sv_vs_args r = vsa("foo");
  r.reuse = SV_REUSE_ARG_AUTO;
  e = vs(&r, NULL);
  a.shape.dims = d2;
  a.dtype = SV_DT_INT32; /* the shape check comes first */
  uint32_t x;
  ck_assert(!sv__tf_get_variable(g, &a, &x));
  expect_error("ValueError", "Trying to share variable foo/v, but specified "
                             "shape (2,) and found shape (1,).");
  a.shape.dims = d1;
  ck_assert(!sv__tf_get_variable(g, &a, &x));
  expect_error("ValueError", "Trying to share variable foo/v, but specified "
                             "dtype int32 and found dtype float32_ref.");
  a.dtype = SV_DT_FLOAT32 | SV_DT_REF;
  ck_assert_uint_eq(gv_ok(&a), v);
  a.dtype = SV_DT_INVALID;
  a.has_shape = false; /* unknown: compatible */
  ck_assert_uint_eq(gv_ok(&a), v);
  a.has_shape = true;
  a.shape.rank = 2;
  a.shape.dims = d23;
  ck_assert(!sv__tf_get_variable(g, &a, &x));
  expect_error("ValueError", "Trying to share variable foo/v, but specified "
                             "shape (2, 3) and found shape (1,).");
  ns_exit(e);
}
END_TEST

START_TEST(int_variable_needs_dtype) {
  /* §8.2 pitfall: re-getting an int32 variable without dtype fails */
  sv_get_variable_args a = gva("i", 1, d1);
  a.dtype = SV_DT_INT32;
  gv_ok(&a);
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  a.dtype = SV_DT_INVALID;
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError", "Trying to share variable i, but specified "
                             "dtype float32 and found dtype int32_ref.");
}
END_TEST

static void origin_fmt(void *ud, const void *origin, sv_buf *out) {
  (void)ud;
  sv__buf_appendf(out, "  File \"x.py\", line %d, in <module>\n",
                  *(const int *)origin);
}

START_TEST(already_exists_traceback) {
  /* §8.7: the prefix is exact; frames come from the origin formatter */
  static const int line = 3;
  sv__tf_set_origin_formatter(tf, origin_fmt, NULL);
  sv_loc loc = {3, 1, 0, 1};
  sv__tf_set_call_site(tf, loc, &line);
  sv_get_variable_args a = gva("v", 1, d1);
  gv_ok(&a);
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
  expect_error("ValueError",
               "Variable v already exists, disallowed. Did you mean to set "
               "reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally "
               "defined at:\n\n  File \"x.py\", line 3, in <module>\n");
}
END_TEST

/* ---- §10 collections ----------------------------------------------------- */

static size_t coll(const char *key, const char *scope, uint32_t *out,
                   size_t cap) {
  uint32_t *ids;
  size_t n;
  ck_assert(sv__tf_collection(g, key, scope, &ids, &n));
  ck_assert_uint_le(n, cap);
  ck_assert(n ? ids != NULL : ids == NULL);
  /* (no copy loop over a NULL ids: gcc turns the loop into memcpy and
   * then takes ids for non-NULL in sv__xfree's check) */
  if (n) memcpy(out, ids, n * sizeof *ids);
  sv__xfree(ids);
  return n;
}

START_TEST(collections_basic) {
  uint32_t ids[8];
  ck_assert_uint_eq(coll("variables", NULL, ids, 8), 0);
  uint32_t a = var_lit(lit_f(1, "1.0"), "a");
  sv_variable_args nt = va();
  nt.initial = in_l(lit_f(1, "1.0"));
  nt.name = "b";
  nt.trainable = 0;
  uint32_t b = var_ok(&nt);
  static const char *const mine[] = {"my"};
  sv_variable_args mc = va();
  mc.initial = in_l(lit_f(1, "1.0"));
  mc.name = "c";
  mc.collections = mine;
  mc.ncollections = 1;
  uint32_t c = var_ok(&mc);
  sv_get_variable_args ga = gva("d", 1, d1);
  uint32_t d = gv_ok(&ga);
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  ck_assert_uint_eq(gv_ok(&ga), d); /* reuse appends nothing */
  ck_assert_uint_eq(coll("variables", NULL, ids, 8), 3);
  ck_assert_uint_eq(ids[0], a);
  ck_assert_uint_eq(ids[1], b);
  ck_assert_uint_eq(ids[2], d);
  ck_assert_uint_eq(coll("trainable_variables", NULL, ids, 8), 3);
  ck_assert_uint_eq(ids[0], a);
  ck_assert_uint_eq(ids[1], c);
  ck_assert_uint_eq(ids[2], d);
  ck_assert_uint_eq(coll("my", NULL, ids, 8), 1);
  ck_assert_uint_eq(ids[0], c);
}
END_TEST

START_TEST(collections_scope_filter) {
  /* §10: re.match, anchored at the start only; metacharacters live */
  uint32_t e = vs_str("embeddin", NULL);
  var_lit(lit_f(1, "1.0"), "testing2");
  ns_exit(e);
  e = vs_str("embeddingX", NULL);
  var_lit(lit_f(1, "1.0"), "y");
  ns_exit(e);
  e = vs_str("embeddin", NULL); /* name scope embeddin_1 */
  var_lit(lit_f(1, "1.0"), "z");
  ns_exit(e);
  uint32_t ids[8];
  ck_assert_uint_eq(coll("variables", "embeddin", ids, 8), 3);
  ck_assert_uint_eq(coll("variables", "embeddin/", ids, 8), 1);
  ck_assert_uint_eq(coll("variables", "embeddin_", ids, 8), 1);
  ck_assert_uint_eq(ids[0], 2);
  ck_assert_uint_eq(coll("variables", "emb.*X", ids, 8), 1);
  ck_assert_uint_eq(ids[0], 1);
  ck_assert_uint_eq(coll("variables", "testing2", ids, 8), 0);
  ck_assert_uint_eq(coll("variables", ".*testing2", ids, 8), 1);
  ck_assert_uint_eq(coll("variables", "", ids, 8), 3);
}
END_TEST


/* get_variable "a", "b", "c": glorot_uniform, [2, 3], float32. */
static void three_of_a_kind(uint32_t v[3]) {
  static const char *const names[] = {"a", "b", "c"};
  for (int i = 0; i < 3; i++) {
    sv_get_variable_args a = gva(names[i], 2, d23);
    v[i] = gv_ok(&a);
  }
}

START_TEST(getvar_stamped_kind) {
  /* Three variables of one kind (glorot_uniform, [2, 3], float32): the
   * second and third are stamped from the first (src/vartpl.c) and their
   * op records are built only when read. Every fact is §5.3 / §6.1's, as
   * for the first. */
  uint32_t v[3];
  three_of_a_kind(v);
  uint32_t k = c_float(1, "1.0", "k"); /* the next call after c's */
  ck_assert_uint_eq(k, 30);
  ck_assert_uint_eq(sv_graph_op_count(g), 31);
  ck_assert_uint_eq(g->lazy.count, 2);
  /* answered from the template, nothing built */
  for (uint32_t id = 0; id < 30; id++) {
    ck_assert(sv_graph_op_is_internal(g, id));
    ck_assert_uint_eq(sv_graph_op_var(g, id), v[id / 10]);
  }
  ck_assert(!sv_graph_op_is_internal(g, 30));
  ck_assert_uint_eq(sv_graph_op_var(g, 30), SV_NONE);
  ck_assert(!sv_graph_op_is_internal(g, 31));
  ck_assert_uint_eq(sv_graph_op_var(g, 31), SV_NONE);
  ck_assert_ptr_null(built_ops(0));
  ck_assert_ptr_null(built_ops(1));
  const sv_var *vc = sv_graph_var(g, v[2]);
  ck_assert_uint_eq(vc->first_internal_op, 20);
  ck_assert_uint_eq(vc->last_internal_op, 29);
  ck_assert_uint_eq(vc->internal_op_count, 10);
  ck_assert_uint_eq(vc->op, 27);
  ck_assert_uint_eq(vc->read_op, 29);
  ck_assert_uint_eq(vc->assign_op, 28);
  ck_assert_str_eq(vc->name, "c:0");
  /* built on first access, one variable at a time */
  static const char *const want[] = {
      "c/Initializer/random_uniform/shape",
      "c/Initializer/random_uniform/min",
      "c/Initializer/random_uniform/max",
      "c/Initializer/random_uniform/RandomUniform",
      "c/Initializer/random_uniform/sub",
      "c/Initializer/random_uniform/mul",
      "c/Initializer/random_uniform", "c", "c/Assign", "c/read"};
  static const char *const types[] = {
      "Const", "Const", "Const", "RandomUniform", "Sub", "Mul", "Add",
      "VariableV2", "Assign", "Identity"};
  for (uint32_t i = 0; i < 10; i++) {
    ck_assert_str_eq(opname(20 + i), want[i]);
    ck_assert_str_eq(optype(20 + i), types[i]);
  }
  ck_assert_ptr_nonnull(built_ops(1));
  ck_assert_ptr_null(built_ops(0));
  const sv_op *mul = sv_graph_op(g, 25);
  ck_assert_ptr_eq(sv_graph_op(g, 25), mul); /* never moves */
  /* inputs: the first variable's, shifted to c's ids */
  const sv_op *mul0 = sv_graph_op(g, 5);
  ck_assert_uint_eq(mul->ninputs, mul0->ninputs);
  for (uint32_t j = 0; j < mul->ninputs; j++)
    ck_assert_uint_eq(mul->inputs[j], mul0->inputs[j] + 20);
  ck_assert_uint_eq(sv_graph_op(g, 28)->inputs[0], 27); /* Assign(V, */
  ck_assert_uint_eq(sv_graph_op(g, 28)->inputs[1], 26); /* initial) */
  /* the limit sqrt(6 / (2 + 3)) as for the first (python3) */
  ck_assert_str_eq(sv_graph_op(g, 22)->value, "1.0954451150103324");
  ck_assert_str_eq(sv_graph_op(g, 21)->value, "-1.0954451150103324");
  for (uint32_t id = 20; id < 30; id++) {
    const sv_op *o = sv_graph_op(g, id);
    ck_assert_uint_eq(o->id, id);
    ck_assert_uint_eq(o->var, v[2]);
    ck_assert(o->internal);
    ck_assert_int_eq(o->role, SV_OP_VAR_INTERNAL);
    ck_assert_uint_eq(o->rename, SV_NONE);
    ck_assert_uint_eq(o->call, sv_graph_op(g, 20)->call);
  }
  /* each get_variable is two calls (itself, then the variable's
   * construction, which its internal ops carry); k's call comes next */
  ck_assert_uint_eq(sv_graph_op(g, 0)->call + 2, sv_graph_op(g, 10)->call);
  ck_assert_uint_eq(sv_graph_op(g, 10)->call + 2, sv_graph_op(g, 20)->call);
  ck_assert_uint_eq(sv_graph_op(g, 20)->call + 1, sv_graph_op(g, k)->call);
  ck_assert_int_eq(sv_graph_op(g, 29)->dtype, SV_DT_FLOAT32);
  ck_assert_int_eq(sv_graph_op(g, 27)->dtype, SV_DT_FLOAT32 | SV_DT_REF);
  ck_assert_int_eq(sv_graph_op(g, 27)->shape.rank, 2);
  /* another shape is another kind: made in full, then stamped */
  sv_get_variable_args a = gva("d", 1, d2);
  gv_ok(&a);
  ck_assert_uint_eq(g->lazy.count, 2);
  a = gva("e", 1, d2);
  gv_ok(&a);
  ck_assert_uint_eq(g->lazy.count, 3);
  ck_assert_str_eq(opname(50), "e/read"); /* d: 31-40, e: 41-50 */
}
END_TEST

/* The events of variable var, from its own scope's event to its VAR
 * event (public ids). */
static void var_events(uint32_t var, size_t *first, size_t *last) {
  size_t n = sv_graph_event_count(g);
  *first = *last = n;
  for (size_t i = 0; i < n; i++) {
    const sv_event *e = sv_graph_event(g, i);
    /* (a stamped scope under V and an op's scope are skipped unread:
     * reading them builds records) */
    if (e->kind == SV_EV_NAME_SCOPE && *first == n &&
        sv_graph_name_scope_var(g, e->index) == SV_NONE &&
        sv_graph_name_scope_op_only(g, e->index) == SV_NONE &&
        sv_graph_name_scope(g, e->index)->var == var)
      *first = i;
    if (e->kind == SV_EV_VAR && e->index == var) *last = i;
  }
  ck_assert_uint_lt(*first, *last);
  ck_assert_uint_lt(*last, n);
}

START_TEST(getvar_stamped_scopes_events) {
  /* A stamped variable keeps no full name-scope records (its own scope V
   * is the variable's facts, the scopes under V its template's) and one
   * events item for its internal events (src/vartpl.c). The public
   * records are those of the first variable of the kind, re-rooted
   * (§6.1: "b", "b/Initializer", ... as for "a"). */
  uint32_t v[3];
  three_of_a_kind(v);
  /* full records: a's V and a/Initializer only */
  ck_assert_uint_eq(g->scopes.count, 2);
  /* variable records: a's only; b and c are their lazy records */
  ck_assert_uint_eq(g->vars.count, 1);
  ck_assert_uint_eq(g->vref.items[v[1]], 0 | SV_VREF_LAZY);
  ck_assert_uint_eq(g->vref.items[v[2]], 1 | SV_VREF_LAZY);
  ck_assert_ptr_null(built_var(1));
  const sv_var *va = sv_graph_var(g, v[0]), *vb = sv_graph_var(g, v[1]);
  ck_assert_ptr_nonnull(built_var(0));
  ck_assert_ptr_eq(sv_graph_var(g, v[1]), vb); /* never moves */
  ck_assert_str_eq(vb->name, "b:0");
  ck_assert_str_eq(vb->op_name, "b");
  ck_assert_str_eq(vb->requested, "b");
  ck_assert_str_eq(vb->store_key, "b");
  ck_assert_uint_eq(vb->id, v[1]);
  ck_assert_int_eq(vb->creator, SV_CREATOR_GET_VARIABLE);
  ck_assert_int_eq(vb->shape.rank, 2);
  ck_assert_int_eq(vb->shape.dims[0], 2);
  ck_assert_int_eq(vb->shape.dims[1], 3);
  ck_assert_int_eq(vb->dtype, SV_DT_FLOAT32 | SV_DT_REF);
  ck_assert(vb->trainable);
  ck_assert_str_eq(vb->initializer, va->initializer);
  ck_assert_str_eq(vb->name_scope_at_call, va->name_scope_at_call);
  ck_assert_str_eq(vb->var_scope_at_call, va->var_scope_at_call);
  ck_assert_uint_eq(vb->op, va->op + 10);
  ck_assert_uint_eq(vb->read_op, va->read_op + 10);
  ck_assert_uint_eq(vb->assign_op, va->assign_op + 10);
  ck_assert_uint_eq(vb->first_internal_op, 10);
  ck_assert_uint_eq(vb->last_internal_op, 19);
  ck_assert_uint_eq(vb->internal_op_count, 10);
  ck_assert_uint_eq(vb->entry, va->entry);
  ck_assert_uint_eq(vb->nbypassed, 0);
  ck_assert_uint_eq(vb->rename, SV_NONE);
  ck_assert_uint_eq(vb->getvar, va->getvar + 1);
  /* b's and c's get_variable calls: their lazy records too (§8.1) */
  ck_assert_uint_eq(g->getvars.count, 1);
  ck_assert_uint_eq(g->gref.items[vb->getvar], 0 | SV_VREF_LAZY);
  const sv_getvar *ga = sv_graph_getvar(g, va->getvar),
                  *gb = sv_graph_getvar(g, vb->getvar);
  ck_assert_ptr_eq(sv_graph_getvar(g, vb->getvar), gb);
  ck_assert_uint_eq(gb->id, vb->getvar);
  ck_assert_str_eq(gb->name, "b");
  ck_assert_str_eq(gb->full, "b");
  ck_assert_int_eq(gb->reuse, ga->reuse);
  ck_assert_int_eq(gb->outcome, SV_GETVAR_CREATED);
  ck_assert_uint_eq(gb->var, v[1]);
  ck_assert_uint_eq(gb->error, SV_NONE);
  ck_assert_uint_eq(gb->entry, ga->entry);
  ck_assert_str_eq(gb->name_scope_at_call, ga->name_scope_at_call);
  ck_assert_int_eq(gb->loc.line, vb->loc.line);
  ck_assert_int_eq(gb->loc.offset, vb->loc.offset);
  ck_assert_uint_lt(g->events.count, sv_graph_event_count(g));
  size_t fa, la, fb, lb, fc, lc;
  var_events(v[0], &fa, &la);
  var_events(v[1], &fb, &lb);
  var_events(v[2], &fc, &lc);
  ck_assert_uint_eq(la - fa, lc - fc);
  ck_assert_uint_eq(lb - fb, lc - fc);
  uint32_t sa = sv_graph_event(g, fa)->index, sc = sv_graph_event(g, fc)->index;
  for (size_t i = 0; i <= la - fa; i++) {
    sv_event ea = *sv_graph_event(g, fa + i), ec = *sv_graph_event(g, fc + i);
    ck_assert_int_eq(ea.kind, ec.kind);
    if (ea.kind == SV_EV_OP) ck_assert_uint_eq(ec.index, ea.index + 20);
    if (ea.kind == SV_EV_NAME_SCOPE)
      ck_assert_uint_eq(ec.index, ea.index + (sc - sa));
    if (ea.kind == SV_EV_VAR) ck_assert_uint_eq(ec.index, v[2]);
  }
  /* c's own scope: the variable's facts */
  const sv_name_scope *V = sv_graph_name_scope(g, sc);
  const sv_var *vc = sv_graph_var(g, v[2]);
  ck_assert_str_eq(V->name, "c");
  ck_assert_ptr_eq(V->name, vc->op_name);
  ck_assert_str_eq(V->requested, "c");
  ck_assert_int_eq(V->opener, SV_NS_VARIABLE);
  ck_assert_uint_eq(V->var, v[2]);
  ck_assert_uint_eq(V->entry, SV_NONE);
  ck_assert_uint_eq(V->op, SV_NONE);
  ck_assert_uint_eq(V->rename, SV_NONE);
  ck_assert_uint_eq(V->id, sc);
  ck_assert_int_eq(V->loc.line, vc->loc.line);
  ck_assert_int_eq(V->loc.col, vc->loc.col);
  ck_assert_ptr_eq(sv_graph_name_scope(g, sc), V); /* never moves */
  ck_assert_uint_eq(sv_graph_name_scope_var(g, sc), SV_NONE);
  /* the scopes under V: built with c's ops, on first read */
  ck_assert_ptr_null(built_ops(1));
  const sv_name_scope *I = sv_graph_name_scope(g, sc + 1);
  const sv_name_scope *Ia = sv_graph_name_scope(g, sa + 1);
  ck_assert_ptr_nonnull(built_ops(1));
  ck_assert_ptr_null(built_ops(0));
  ck_assert_str_eq(Ia->name, "a/Initializer");
  ck_assert_str_eq(I->name, "c/Initializer");
  ck_assert_str_eq(I->requested, "c/Initializer");
  ck_assert_ptr_eq(sv_graph_name_scope_name(g, sc + 1), I->name);
  ck_assert_int_eq(I->opener, Ia->opener);
  ck_assert_uint_eq(I->id, sc + 1);
  ck_assert_uint_eq(I->var, SV_NONE);
  ck_assert_uint_eq(I->rename, SV_NONE);
  ck_assert_int_eq(I->loc.line, Ia->loc.line);
  ck_assert_int_eq(I->loc.offset, Ia->loc.offset);
  ck_assert_uint_eq(sv_graph_name_scope_var(g, sc + 1), v[2]);
  /* every scope of c's events, as a's re-rooted */
  for (size_t i = 0; i <= la - fa; i++) {
    sv_event ea = *sv_graph_event(g, fa + i);
    if (ea.kind != SV_EV_NAME_SCOPE) continue;
    const char *na = sv_graph_name_scope_name(g, ea.index);
    const char *nc = sv_graph_name_scope_name(g, ea.index + (sc - sa));
    ck_assert_int_eq(na[0], 'a');
    ck_assert_int_eq(nc[0], 'c');
    ck_assert_str_eq(na + 1, nc + 1);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("variables");
  TCase *tc = tcase_create("variables");
  tcase_add_checked_fixture(tc, t_setup, t_teardown);
  tcase_add_test(tc, variable_callable_initial_value);
  tcase_add_test(tc, variable_literal_and_dtype);
  tcase_add_test(tc, variable_validate_shape);
  tcase_add_test(tc, variable_marks_in_order);
  tcase_add_test(tc, variable_examples);
  tcase_add_test(tc, variable_arg_errors);
  tcase_add_test(tc, getvar_explicit_dtype_converts);
  tcase_add_test(tc, getvar_stamped_kind);
  tcase_add_test(tc, getvar_stamped_scopes_events);
  tcase_add_test(tc, getvar_value_initializer);
  tcase_add_loop_test(tc, getvar_default_initializer, 0,
                      sizeof default_init_rows / sizeof default_init_rows[0]);
  tcase_add_test(tc, getvar_initializer_errors);
  tcase_add_loop_test(tc, initializer_ops, 0,
                      sizeof init_rows / sizeof init_rows[0]);
  tcase_add_test(tc, getvar_callable_initializer);
  tcase_add_test(tc, getvar_name_validation);
  tcase_add_test(tc, getvar_consequences);
  tcase_add_test(tc, getvar_after_variable);
  tcase_add_test(tc, getvar_unsupported);
  tcase_add_test(tc, getvar_example_8_5);
  tcase_add_loop_test(tc, reuse_matrix, 0, sizeof matrix / sizeof matrix[0]);
  tcase_add_test(tc, getvar_share_checks);
  tcase_add_test(tc, int_variable_needs_dtype);
  tcase_add_test(tc, already_exists_traceback);
  tcase_add_test(tc, collections_basic);
  tcase_add_test(tc, collections_scope_filter);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(suite());
}
