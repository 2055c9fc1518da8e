/* SPDX-License-Identifier: MIT
 * check_ops: default names, helper ops, op types, dtypes and static shapes
 * of the emulated ops (tf1-semantics.md §4.3, §5).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_testlib.h"
#include "unit_testlib.h"

static const int64_t d2[] = {2}, d3[] = {3}, d23[] = {2, 3},
                     d32[] = {3, 2}, d234[] = {2, 3, 4},
                     d710[] = {7, 10}, d100_10[] = {100, 10},
                     d10_99[] = {10, 99}, d1000[] = {1000}, d999[] = {999};

static uint32_t ph(int32_t rank, const int64_t *dims) {
  return placeholder(SV_DT_FLOAT32, rank, dims);
}

/* ---- §5.1 functions ------------------------------------------------------ */

START_TEST(constant_default_and_named) {
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const");
  ck_assert_str_eq(opname(c_float(1, "1.0", "c")), "c");
  ck_assert_str_eq(optype(0), "Const");
  /* the shape argument gives the static shape (§5.4) */
  sv_input in = in_l(lit_f(0, "0.0"));
  sv_opargs a = oa(NULL);
  a.has_shape = true;
  a.shape.rank = 2;
  a.shape.dims = d23;
  a.dtype = SV_DT_FLOAT64;
  uint32_t c = op_ok(SV_K_CONSTANT, &in, 1, &a);
  ck_assert_str_eq(tstr(c), "Tensor(\"Const_1:0\", shape=(2, 3), "
                            "dtype=float64)");
}
END_TEST

static const struct {
  sv_opkind kind;
  int32_t rank;
  const int64_t *dims;
  const char *names[3];
  const char *types[3];
  const char *str;
} zeros_rows[] = {
    /* §5.1: product < 1000 -> one Const named zeros; else Fill */
    {SV_K_ZEROS, 2, d23, {"zeros"}, {"Const"},
     "Tensor(\"zeros:0\", shape=(2, 3), dtype=float32)"},
    {SV_K_ZEROS, 1, d999, {"zeros"}, {"Const"},
     "Tensor(\"zeros:0\", shape=(999,), dtype=float32)"},
    {SV_K_ZEROS, 2, d10_99, {"zeros"}, {"Const"},
     "Tensor(\"zeros:0\", shape=(10, 99), dtype=float32)"},
    {SV_K_ZEROS, 1, d1000,
     {"zeros/shape_as_tensor", "zeros/Const", "zeros"},
     {"Const", "Const", "Fill"},
     "Tensor(\"zeros:0\", shape=(1000,), dtype=float32)"},
    {SV_K_ZEROS, 2, d100_10,
     {"zeros/shape_as_tensor", "zeros/Const", "zeros"},
     {"Const", "Const", "Fill"},
     "Tensor(\"zeros:0\", shape=(100, 10), dtype=float32)"},
    {SV_K_ONES, 2, d23, {"ones"}, {"Const"},
     "Tensor(\"ones:0\", shape=(2, 3), dtype=float32)"},
    {SV_K_ONES, 2, d100_10, {"ones/shape_as_tensor", "ones/Const", "ones"},
     {"Const", "Const", "Fill"},
     "Tensor(\"ones:0\", shape=(100, 10), dtype=float32)"},
};

START_TEST(zeros_ones) {
  /* §5.1 zeros/ones rows, §5.3, §5.4 */
  sv_input in = in_l(lit_iv(zeros_rows[_i].dims, (size_t)zeros_rows[_i].rank));
  sv_opargs a = oa(NULL);
  uint32_t op = op_ok(zeros_rows[_i].kind, &in, 1, &a);
  size_t n = zeros_rows[_i].names[1] ? 3 : 1;
  expect_ops(0, zeros_rows[_i].names, zeros_rows[_i].types, n);
  ck_assert_str_eq(tstr(op), zeros_rows[_i].str);
  if (n == 3) {
    char want[128];
    snprintf(want, sizeof want,
             "Tensor(\"%s:0\", shape=(%d,), dtype=int32)",
             zeros_rows[_i].names[0], (int)zeros_rows[_i].rank);
    ck_assert_str_eq(tstr(0), want);
    ck_assert_int_eq(sv_graph_op(g, 1)->shape.rank, 0);
    ck_assert_str_eq(sv_graph_op(g, 1)->value,
                     zeros_rows[_i].kind == SV_K_ONES ? "1" : "0");
  }
  /* dtype argument */
  a.dtype = SV_DT_INT32;
  op = op_ok(zeros_rows[_i].kind, &in, 1, &a);
  ck_assert_int_eq(sv_graph_op(g, op)->dtype, SV_DT_INT32);
}
END_TEST

START_TEST(zeros_tensor_shape) {
  /* §5.4: a non-literal shape gives an unknown static shape */
  uint32_t s = placeholder(SV_DT_INT32, 1, d2);
  sv_input in = in_t(s);
  uint32_t z = op_ok(SV_K_ZEROS, &in, 1, NULL);
  ck_assert_str_eq(optype(z), "Fill");
  ck_assert_str_eq(opname(z - 1), "zeros/Const");
  ck_assert_int_eq(sv_graph_op(g, z)->shape.rank, -1);
}
END_TEST

START_TEST(fill_op) {
  /* §5.1 tf.fill: B, Fill/dims, Fill/value; dtype of value (§5.4) */
  sv_input in[2] = {in_l(lit_iv(d23, 2)), in_l(lit_i(7, "7"))};
  uint32_t f = op_ok(SV_K_FILL, in, 2, NULL);
  static const char *const want[] = {"Fill/dims", "Fill/value", "Fill"};
  static const char *const types[] = {"Const", "Const", "Fill"};
  expect_ops(0, want, types, 3);
  ck_assert_str_eq(tstr(f), "Tensor(\"Fill:0\", shape=(2, 3), dtype=int32)");
}
END_TEST

static const struct {
  sv_opkind kind;
  const char *names[7];
  const char *types[7];
} random_rows[] = {
    {SV_K_RANDOM_UNIFORM,
     {"random_uniform/shape", "random_uniform/min", "random_uniform/max",
      "random_uniform/RandomUniform", "random_uniform/sub",
      "random_uniform/mul", "random_uniform"},
     {"Const", "Const", "Const", "RandomUniform", "Sub", "Mul", "Add"}},
    {SV_K_RANDOM_NORMAL,
     {"random_normal/shape", "random_normal/mean", "random_normal/stddev",
      "random_normal/RandomStandardNormal", "random_normal/mul",
      "random_normal"},
     {"Const", "Const", "Const", "RandomStandardNormal", "Mul", "Add"}},
    {SV_K_TRUNCATED_NORMAL,
     {"truncated_normal/shape", "truncated_normal/mean",
      "truncated_normal/stddev", "truncated_normal/TruncatedNormal",
      "truncated_normal/mul", "truncated_normal"},
     {"Const", "Const", "Const", "TruncatedNormal", "Mul", "Add"}},
};

START_TEST(random_ops) {
  /* §4.3 table, §5.1 random_* rows (defaults for the bounds) */
  sv_input in = in_l(lit_iv(d710, 2));
  uint32_t r = op_ok(random_rows[_i].kind, &in, 1, NULL);
  size_t n = random_rows[_i].names[6] ? 7 : 6;
  expect_ops(0, random_rows[_i].names, random_rows[_i].types, n);
  char want[128];
  snprintf(want, sizeof want, "<tf.Tensor '%s:0' shape=(7, 10) dtype=float32>",
           random_rows[_i].names[n - 1]);
  ck_assert_str_eq(trepr(r), want);
  ck_assert_int_eq(sv_graph_op(g, 0)->dtype, SV_DT_INT32);
  ck_assert_int_eq(sv_graph_op(g, 1)->dtype, SV_DT_FLOAT32);
}
END_TEST

START_TEST(random_uniform_int) {
  /* §5.1: integer dtype -> RandomUniformInt, no sub/mul; maxval None is
   * a ValueError with %r of the dtype */
  sv_input in[3] = {in_l(lit_iv(d23, 2)), in_l(lit_i(0, "0")),
                    in_l(lit_i(10, "10"))};
  sv_opargs a = oa(NULL);
  a.dtype = SV_DT_INT32;
  uint32_t r = op_ok(SV_K_RANDOM_UNIFORM, in, 3, &a);
  static const char *const want[] = {"random_uniform/shape",
                                     "random_uniform/min",
                                     "random_uniform/max", "random_uniform"};
  static const char *const types[] = {"Const", "Const", "Const",
                                      "RandomUniformInt"};
  expect_ops(0, want, types, 4);
  ck_assert_str_eq(tstr(r), "Tensor(\"random_uniform:0\", shape=(2, 3), "
                            "dtype=int32)");
  op_fails(SV_K_RANDOM_UNIFORM, in, 1, &a, "ValueError",
           "Must specify maxval for integer dtype tf.int32");
  a.dtype = SV_DT_INT64;
  op_fails(SV_K_RANDOM_UNIFORM, in, 2, &a, "ValueError",
           "Must specify maxval for integer dtype tf.int64");
  /* raised before the scope is opened: random_uniform_1 still free */
  ck_assert_str_eq(sv__tf_unique_name(g, "random_uniform", false),
                   "random_uniform_1");
}
END_TEST

START_TEST(placeholder_ops) {
  /* §5.1, §5.4, §9.1 */
  static const int64_t dn784[] = {-1, 784};
  uint32_t p = placeholder(SV_DT_FLOAT32, 2, dn784);
  ck_assert_str_eq(tstr(p), "Tensor(\"Placeholder:0\", shape=(?, 784), "
                            "dtype=float32)");
  uint32_t q = placeholder(SV_DT_FLOAT32, -1, NULL);
  ck_assert_str_eq(tstr(q), "Tensor(\"Placeholder_1:0\", dtype=float32)");
  ck_assert_str_eq(trepr(q), "<tf.Tensor 'Placeholder_1:0' "
                             "shape=<unknown> dtype=float32>");
  ck_assert_str_eq(optype(q), "Placeholder");
}
END_TEST

static const struct {
  sv_opkind kind;
  const char *n[3];
  const char *type;
} gen_binary_rows[] = {
    {SV_K_ADD, {"Add/x", "Add/y", "Add"}, "Add"},
    {SV_K_SUBTRACT, {"Sub/x", "Sub/y", "Sub"}, "Sub"},
    {SV_K_MULTIPLY, {"Mul/x", "Mul/y", "Mul"}, "Mul"},
};

START_TEST(generated_binary) {
  /* §5.1 tf.add / tf.subtract / tf.multiply with two literals */
  sv_input in[2] = {in_l(lit_f(1, "1.0")), in_l(lit_f(2, "2.0"))};
  op_ok(gen_binary_rows[_i].kind, in, 2, NULL);
  const char *types[3] = {"Const", "Const", gen_binary_rows[_i].type};
  expect_ops(0, gen_binary_rows[_i].n, types, 3);
}
END_TEST

static const struct {
  sv_opkind kind;
  const char *n[2];
  const char *type;
} unary_rows[] = {
    {SV_K_IDENTITY, {"Identity/input", "Identity"}, "Identity"},
    {SV_K_RELU, {"Relu/features", "Relu"}, "Relu"},
    {SV_K_SIGMOID, {"Sigmoid/x", "Sigmoid"}, "Sigmoid"},
    {SV_K_TANH, {"Tanh/x", "Tanh"}, "Tanh"},
    {SV_K_OP_NEG, {"Neg/x", "Neg"}, "Neg"},
};

START_TEST(unary_ops) {
  /* §5.1 identity/relu/sigmoid/tanh rows, §5.2 -a; §5.4 shape kept */
  sv_input in = in_l(lit_fv(3, "[1.0, 2.0, 3.0]"));
  uint32_t op = op_ok(unary_rows[_i].kind, &in, 1, NULL);
  const char *types[2] = {"Const", unary_rows[_i].type};
  expect_ops(0, unary_rows[_i].n, types, 2);
  ck_assert_int_eq(sv_graph_op(g, op)->shape.rank, 1);
  ck_assert_int_eq(sv_graph_op(g, op)->shape.dims[0], 3);
  ck_assert_int_eq(sv_graph_op(g, op)->dtype, SV_DT_FLOAT32);
  /* tensor input: nothing converted */
  uint32_t t = ph(2, d23);
  sv_input ti = in_t(t);
  op = op_ok(unary_rows[_i].kind, &ti, 1, NULL);
  ck_assert_uint_eq(op, t + 1);
  ck_assert_str_eq(sv_graph_op(g, op)->name + strlen(unary_rows[_i].type),
                   "_1");
}
END_TEST

START_TEST(matmul_ops) {
  /* §5.1 tf.matmul: scope MatMul, a/b converted inside; §5.4 shapes */
  uint32_t a = ph(2, d23), b = ph(2, d32);
  sv_input in[2] = {in_t(a), in_t(b)};
  uint32_t m = op_ok(SV_K_MATMUL, in, 2, NULL);
  ck_assert_str_eq(opname(m), "MatMul");
  ck_assert_str_eq(tstr(m), "Tensor(\"MatMul:0\", shape=(2, 2), "
                            "dtype=float32)");
  sv_opargs o = oa(NULL);
  o.transpose_a = true;
  o.transpose_b = true;
  m = op_ok(SV_K_MATMUL, in, 2, &o);
  ck_assert_str_eq(tstr(m), "Tensor(\"MatMul_1:0\", shape=(3, 3), "
                            "dtype=float32)");
  /* rank > 2 -> BatchMatMulV2, same name */
  uint32_t c = ph(3, d234);
  in[0] = in_t(c);
  m = op_ok(SV_K_MATMUL, in, 2, NULL);
  ck_assert_str_eq(opname(m), "MatMul_2");
  ck_assert_str_eq(optype(m), "BatchMatMulV2");
  /* unknown rank too */
  in[0] = in_t(ph(-1, NULL));
  ck_assert_str_eq(optype(op_ok(SV_K_MATMUL, in, 2, NULL)), "BatchMatMulV2");
  /* literals: MatMul/a, MatMul/b */
  static const int64_t d11[] = {1, 1};
  sv_lit la = *lit_fv(1, "[[1.0]]"), lb = la;
  la.shape.rank = 2;
  la.shape.dims = d11;
  lb.shape = la.shape;
  in[0] = in_l(&la);
  in[1] = in_l(&lb);
  m = op_ok(SV_K_MATMUL, in, 2, NULL);
  ck_assert_str_eq(opname(m - 2), "MatMul_4/a");
  ck_assert_str_eq(opname(m - 1), "MatMul_4/b");
  ck_assert_str_eq(opname(m), "MatMul_4");
}
END_TEST

/* ---- reduce_sum / reduce_mean (§5.1) ----------------------------------- */

START_TEST(reduce_tensor_known_rank) {
  /* axis None, tensor of known rank r: Const [0..r-1] before, in the
   * enclosing scope */
  const char *type = _i ? "Mean" : "Sum";
  sv_opkind k = _i ? SV_K_REDUCE_MEAN : SV_K_REDUCE_SUM;
  uint32_t e = ns("s", NULL);
  uint32_t x = ph(3, d234);
  sv_input in = in_t(x);
  uint32_t r = op_ok(k, &in, 1, NULL);
  const char *names[] = {"s/Placeholder", "s/Const", _i ? "s/Mean" : "s/Sum"};
  const char *types[] = {"Placeholder", "Const", type};
  expect_ops(0, names, types, 3);
  ck_assert_str_eq(tstr(1), "Tensor(\"s/Const:0\", shape=(3,), "
                            "dtype=int32)");
  ck_assert_str_eq(sv_graph_op(g, 1)->value, "[0, 1, 2]");
  ck_assert_int_eq(sv_graph_op(g, r)->shape.rank, 0);
  /* keepdims: all ones, same rank */
  sv_opargs a = oa(NULL);
  a.keepdims = true;
  r = op_ok(k, &in, 1, &a);
  ck_assert_str_eq(strchr(tstr(r), ','),
                   ", shape=(1, 1, 1), dtype=float32)");
  ns_exit(e);
}
END_TEST

START_TEST(reduce_variable_input) {
  /* axis None with a variable input: Rank (Const), range/start,
   * range/delta, range (Range), in the enclosing scope */
  sv_opkind k = _i ? SV_K_REDUCE_MEAN : SV_K_REDUCE_SUM;
  uint32_t v = var_lit(lit_fv(3, "[1.0, 2.0, 3.0]"), "v");
  uint32_t first = (uint32_t)sv_graph_op_count(g);
  sv_input in = in_v(v);
  uint32_t r = op_ok(k, &in, 1, NULL);
  const char *names[] = {"Rank", "range/start", "range/delta", "range",
                         _i ? "Mean" : "Sum"};
  const char *types[] = {"Const", "Const", "Const", "Range",
                         _i ? "Mean" : "Sum"};
  expect_ops(first, names, types, 5);
  ck_assert_int_eq(sv_graph_op(g, first)->dtype, SV_DT_INT32);
  ck_assert_int_eq(sv_graph_op(g, first)->shape.rank, 0);
  ck_assert_int_eq(sv_graph_op(g, r)->shape.rank, 0);
  ck_assert_int_eq(sv_graph_op(g, r)->dtype, SV_DT_FLOAT32);
}
END_TEST

START_TEST(reduce_unknown_rank) {
  /* axis None with a tensor of unknown rank: an op of type Rank */
  sv_opkind k = _i ? SV_K_REDUCE_MEAN : SV_K_REDUCE_SUM;
  uint32_t x = ph(-1, NULL);
  sv_input in = in_t(x);
  uint32_t r = op_ok(k, &in, 1, NULL);
  const char *names[] = {"Placeholder", "Rank", "range/start", "range/delta",
                         "range", _i ? "Mean" : "Sum"};
  const char *types[] = {"Placeholder", "Rank", "Const", "Const", "Range",
                         _i ? "Mean" : "Sum"};
  expect_ops(0, names, types, 6);
  ck_assert_int_eq(sv_graph_op(g, r)->shape.rank, -1);
}
END_TEST

START_TEST(reduce_literal_input) {
  /* input a Python literal: before Rank/Const, Rank, range/start,
   * range/delta, range; inside Sum/input */
  sv_opkind k = _i ? SV_K_REDUCE_MEAN : SV_K_REDUCE_SUM;
  sv_input in = in_l(lit_fv(3, "[1.0, 2.0, 3.0]"));
  op_ok(k, &in, 1, NULL);
  const char *names[] = {"Rank/Const",  "Rank",
                         "range/start", "range/delta",
                         "range",       _i ? "Mean/input" : "Sum/input",
                         _i ? "Mean" : "Sum"};
  const char *types[] = {"Const", "Const", "Const", "Const",
                         "Range", "Const", _i ? "Mean" : "Sum"};
  expect_ops(0, names, types, 7);
}
END_TEST

START_TEST(reduce_literal_axis) {
  /* axis literal: <op>/reduction_indices (int32); dims removed, or 1 with
   * keepdims (§5.4) */
  sv_opkind k = _i ? SV_K_REDUCE_MEAN : SV_K_REDUCE_SUM;
  uint32_t x = ph(3, d234);
  sv_input in[2] = {in_t(x), in_l(lit_i(1, "1"))};
  uint32_t r = op_ok(k, in, 2, NULL);
  const char *names[] = {"Placeholder",
                         _i ? "Mean/reduction_indices"
                            : "Sum/reduction_indices",
                         _i ? "Mean" : "Sum"};
  expect_ops(0, names, NULL, 3);
  ck_assert_int_eq(sv_graph_op(g, 1)->dtype, SV_DT_INT32);
  const sv_op *o = sv_graph_op(g, r);
  ck_assert_int_eq(o->shape.rank, 2);
  ck_assert_int_eq(o->shape.dims[0], 2);
  ck_assert_int_eq(o->shape.dims[1], 4);
  static const int64_t ax[] = {0, -1};
  in[1] = in_l(lit_iv(ax, 2));
  sv_opargs a = oa(NULL);
  a.keepdims = true;
  r = op_ok(k, in, 2, &a);
  o = sv_graph_op(g, r);
  ck_assert_int_eq(o->shape.rank, 3);
  ck_assert_int_eq(o->shape.dims[0], 1);
  ck_assert_int_eq(o->shape.dims[1], 3);
  ck_assert_int_eq(o->shape.dims[2], 1);
}
END_TEST

/* ---- concat, reshape, transpose, cast ------------------------------------ */

START_TEST(concat_ops) {
  /* §5.1 concat: default name lower-case; literal elements values_<i>;
   * §5.4 shape: axis dims summed */
  uint32_t a = ph(2, d23);
  sv_input in[3] = {in_t(a), in_l(lit_fv(3, "[[1.0, 2.0, 3.0]]")),
                    in_l(lit_i(0, "0"))};
  sv_lit row = *in[1].lit;
  static const int64_t d13[] = {1, 3};
  row.shape.rank = 2;
  row.shape.dims = d13;
  in[1].lit = &row;
  uint32_t c = op_ok(SV_K_CONCAT, in, 3, NULL);
  static const char *const want[] = {"Placeholder", "concat/values_1",
                                     "concat/axis", "concat"};
  static const char *const types[] = {"Placeholder", "Const", "Const",
                                      "ConcatV2"};
  expect_ops(0, want, types, 4);
  ck_assert_str_eq(tstr(c), "Tensor(\"concat:0\", shape=(3, 3), "
                            "dtype=float32)");
  /* unknown dim on the axis -> unknown */
  static const int64_t dn3[] = {-1, 3};
  in[1] = in_t(ph(2, dn3));
  c = op_ok(SV_K_CONCAT, in, 3, NULL);
  ck_assert_str_eq(tstr(c), "Tensor(\"concat_1:0\", shape=(?, 3), "
                            "dtype=float32)");
  /* axis 1 */
  in[1] = in_t(a);
  in[2] = in_l(lit_i(1, "1"));
  c = op_ok(SV_K_CONCAT, in, 3, NULL);
  ck_assert_str_eq(tstr(c), "Tensor(\"concat_2:0\", shape=(2, 6), "
                            "dtype=float32)");
}
END_TEST

START_TEST(concat_one_element) {
  /* §5.1 special case: scope concat/, Const concat/concat_dim, Identity
   * concat/concat */
  uint32_t a = ph(2, d23);
  sv_input in[2] = {in_t(a), in_l(lit_i(0, "0"))};
  uint32_t c = op_ok(SV_K_CONCAT, in, 2, NULL);
  static const char *const want[] = {"Placeholder", "concat/concat_dim",
                                     "concat/concat"};
  static const char *const types[] = {"Placeholder", "Const", "Identity"};
  expect_ops(0, want, types, 3);
  ck_assert_uint_eq(c, 2);
  ck_assert_int_eq(sv_graph_op(g, 1)->dtype, SV_DT_INT32);
}
END_TEST

START_TEST(reshape_ops) {
  /* §5.1 Reshape/tensor, Reshape/shape; §5.4 one -1 is inferred */
  static const int64_t s[] = {-1, 2}, s2[] = {3, -1};
  sv_input in[2] = {in_l(lit_fv(6, "[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]")),
                    in_l(lit_iv(s, 2))};
  uint32_t r = op_ok(SV_K_RESHAPE, in, 2, NULL);
  static const char *const want[] = {"Reshape/tensor", "Reshape/shape",
                                     "Reshape"};
  static const char *const types[] = {"Const", "Const", "Reshape"};
  expect_ops(0, want, types, 3);
  ck_assert_str_eq(tstr(r), "Tensor(\"Reshape:0\", shape=(3, 2), "
                            "dtype=float32)");
  /* input of unknown size: -1 stays unknown */
  static const int64_t dn3[] = {-1, 3};
  in[0] = in_t(ph(2, dn3));
  in[1] = in_l(lit_iv(s2, 2));
  r = op_ok(SV_K_RESHAPE, in, 2, NULL);
  ck_assert_str_eq(tstr(r), "Tensor(\"Reshape_1:0\", shape=(3, ?), "
                            "dtype=float32)");
}
END_TEST

START_TEST(transpose_ops) {
  /* array_ops.transpose (1.15): scope "transpose", perm converted as
   * transpose/perm (reversed dims), Transpose named by the scope */
  uint32_t a = ph(2, d23);
  sv_input in = in_t(a);
  uint32_t t = op_ok(SV_K_TRANSPOSE, &in, 1, NULL);
  static const char *const want[] = {"Placeholder", "transpose/perm",
                                     "transpose"};
  static const char *const types[] = {"Placeholder", "Const", "Transpose"};
  expect_ops(0, want, types, 3);
  ck_assert_str_eq(sv_graph_op(g, 1)->value, "[1, 0]");
  ck_assert_str_eq(tstr(t), "Tensor(\"transpose:0\", shape=(3, 2), "
                            "dtype=float32)");
}
END_TEST

START_TEST(cast_ops) {
  /* math_ops.cast: scope Cast, op Cast; same dtype returns the input */
  uint32_t a = ph(2, d23);
  sv_input in = in_t(a);
  sv_opargs o = oa(NULL);
  o.dtype = SV_DT_INT32;
  uint32_t c = op_ok(SV_K_CAST, &in, 1, &o);
  ck_assert_str_eq(opname(c), "Cast");
  ck_assert_str_eq(tstr(c), "Tensor(\"Cast:0\", shape=(2, 3), dtype=int32)");
  o.dtype = SV_DT_FLOAT32;
  ck_assert_uint_eq(op_ok(SV_K_CAST, &in, 1, &o), a);
  /* the scope was still marked */
  ck_assert_str_eq(sv__tf_unique_name(g, "Cast", false), "Cast_2");
}
END_TEST

START_TEST(global_variables_initializer) {
  /* §5.1, §10: NoOp init, init_1; also with no variables */
  uint32_t i = op_ok(SV_K_GLOBAL_VARIABLES_INITIALIZER, NULL, 0, NULL);
  ck_assert_str_eq(opname(i), "init");
  ck_assert_str_eq(optype(i), "NoOp");
  var_lit(lit_f(1, "1.0"), NULL);
  i = op_ok(SV_K_GLOBAL_VARIABLES_INITIALIZER, NULL, 0, NULL);
  ck_assert_str_eq(opname(i), "init_1");
}
END_TEST

/* ---- §5.2 operators ----------------------------------------------------- */

static const struct {
  sv_opkind kind;
  const char *scope, *type;
} binop_rows[] = {
    {SV_K_OP_ADD, "add", "AddV2"},     {SV_K_OP_SUB, "sub", "Sub"},
    {SV_K_OP_MUL, "mul", "Mul"},       {SV_K_OP_TRUEDIV, "truediv", "RealDiv"},
    {SV_K_OP_POW, "pow", "Pow"},
};

START_TEST(operator_names) {
  /* §5.2 table: t op literal -> <scope>/y; literal op t -> <scope>/x */
  uint32_t t = ph(2, d23);
  sv_input in[2] = {in_t(t), in_l(lit_f(2, "2.0"))};
  uint32_t op = op_ok(binop_rows[_i].kind, in, 2, NULL);
  char buf[64];
  ck_assert_str_eq(opname(op), binop_rows[_i].scope);
  ck_assert_str_eq(optype(op), binop_rows[_i].type);
  snprintf(buf, sizeof buf, "%s/y", binop_rows[_i].scope);
  ck_assert_str_eq(opname(op - 1), buf);
  ck_assert_str_eq(strchr(tstr(op - 1), ','),
                   ", shape=(), dtype=float32)");
  ck_assert_int_eq(sv_graph_op(g, op)->shape.rank, 2);
  sv_input rin[2] = {in_l(lit_f(2, "2.0")), in_t(t)};
  sv_opargs a = oa(NULL);
  a.reflected = true;
  op = op_ok(binop_rows[_i].kind, rin, 2, &a);
  snprintf(buf, sizeof buf, "%s_1/x", binop_rows[_i].scope);
  ck_assert_str_eq(opname(op - 1), buf);
  /* tensor op tensor: no helpers */
  sv_input tt[2] = {in_t(t), in_t(t)};
  uint32_t before = (uint32_t)sv_graph_op_count(g);
  op = op_ok(binop_rows[_i].kind, tt, 2, NULL);
  ck_assert_uint_eq(op, before);
}
END_TEST

START_TEST(operator_preferred_dtype) {
  /* §5.2: the literal is converted with the left operand's dtype */
  uint32_t t = ph(2, d23);
  sv_input in[2] = {in_t(t), in_l(lit_i(2, "2"))};
  uint32_t op = op_ok(SV_K_OP_ADD, in, 2, NULL);
  ck_assert_int_eq(sv_graph_op(g, op - 1)->dtype, SV_DT_FLOAT32);
  /* string dtype: Add */
  uint32_t s = placeholder(SV_DT_STRING, 0, NULL);
  sv_input sin[2] = {in_t(s), in_l(lit_s("'x'"))};
  op = op_ok(SV_K_OP_ADD, sin, 2, NULL);
  ck_assert_str_eq(optype(op), "Add");
  ck_assert_str_eq(opname(op), "add_1");
}
END_TEST

START_TEST(operator_truediv_int) {
  /* §5.2: integer inputs are first cast: truediv/Cast, truediv/Cast_1 */
  uint32_t a = placeholder(SV_DT_INT32, 1, d3);
  sv_input in[2] = {in_t(a), in_t(a)};
  uint32_t op = op_ok(SV_K_OP_TRUEDIV, in, 2, NULL);
  static const char *const want[] = {"Placeholder", "truediv/Cast",
                                     "truediv/Cast_1", "truediv"};
  static const char *const types[] = {"Placeholder", "Cast", "Cast",
                                      "RealDiv"};
  expect_ops(0, want, types, 4);
  ck_assert_int_eq(sv_graph_op(g, op)->dtype, SV_DT_FLOAT64);
}
END_TEST

START_TEST(operator_comparisons) {
  /* §5.2: Less, LessEqual, Greater, GreaterEqual (mechanism B) */
  static const sv_opkind k[] = {SV_K_OP_LESS, SV_K_OP_LESS_EQUAL,
                                SV_K_OP_GREATER, SV_K_OP_GREATER_EQUAL};
  static const char *const n[] = {"Less", "LessEqual", "Greater",
                                  "GreaterEqual"};
  uint32_t t = ph(1, d3);
  for (int i = 0; i < 4; i++) {
    sv_input in[2] = {in_t(t), in_l(lit_f(1, "1.0"))};
    uint32_t op = op_ok(k[i], in, 2, NULL);
    ck_assert_str_eq(opname(op), n[i]);
    ck_assert_str_eq(optype(op), n[i]);
    char buf[32];
    snprintf(buf, sizeof buf, "%s/y", n[i]);
    ck_assert_str_eq(opname(op - 1), buf);
    ck_assert_int_eq(sv_graph_op(g, op)->dtype, SV_DT_BOOL);
  }
  /* 1 < t is t > 1 */
  sv_input rin[2] = {in_l(lit_f(1, "1.0")), in_t(t)};
  uint32_t op = op_ok(SV_K_OP_LESS, rin, 2, NULL);
  ck_assert_str_eq(opname(op), "Greater_1");
}
END_TEST

START_TEST(operator_getitem) {
  /* §5.2 a[i]: strided_slice/stack, stack_1, stack_2, StridedSlice */
  uint32_t t = ph(2, d23);
  sv_input in = in_t(t);
  sv_opargs a = oa(NULL);
  a.index = 1;
  uint32_t op = op_ok(SV_K_OP_GETITEM, &in, 1, &a);
  static const char *const want[] = {
      "Placeholder", "strided_slice/stack", "strided_slice/stack_1",
      "strided_slice/stack_2", "strided_slice"};
  static const char *const types[] = {"Placeholder", "Const", "Const",
                                      "Const", "StridedSlice"};
  expect_ops(0, want, types, 5);
  ck_assert_str_eq(tstr(op), "Tensor(\"strided_slice:0\", shape=(3,), "
                             "dtype=float32)");
}
END_TEST

START_TEST(add_and_matmul_collide) {
  /* §5.2: tf.add then a + b -> Add, add_1; tf.matmul vs @ */
  uint32_t a = ph(2, d23), b = ph(2, d32);
  sv_input in[2] = {in_t(a), in_t(a)};
  ck_assert_str_eq(opname(op_ok(SV_K_ADD, in, 2, NULL)), "Add");
  ck_assert_str_eq(opname(op_ok(SV_K_OP_ADD, in, 2, NULL)), "add_1");
  in[1] = in_t(b);
  ck_assert_str_eq(opname(op_ok(SV_K_MATMUL, in, 2, NULL)), "MatMul");
  uint32_t m = op_ok(SV_K_OP_MATMUL, in, 2, NULL);
  ck_assert_str_eq(opname(m), "matmul_1");
  ck_assert_str_eq(optype(m), "MatMul");
  ck_assert_str_eq(tstr(m), "Tensor(\"matmul_1:0\", shape=(2, 2), "
                            "dtype=float32)");
}
END_TEST

/* ---- §5.4 broadcasting --------------------------------------------------- */

static const int64_t b5_3[] = {5, 3}, b3[] = {3}, b2_1[] = {2, 1},
                     b1_4[] = {1, 4}, bq[] = {-1}, b1[] = {1},
                     bq_3[] = {-1, 3}, b4_1_3[] = {4, 1, 3}, b2_q[] = {2, -1};

static const struct {
  int32_t ra;
  const int64_t *a;
  int32_t rb;
  const int64_t *b;
  const char *want;
} bc_rows[] = {
    {2, b5_3, 1, b3, "(5, 3)"},       {2, b2_1, 2, b1_4, "(2, 4)"},
    {1, bq, 1, b1, "(?,)"},           {1, b1, 1, bq, "(?,)"},
    {1, bq, 1, b3, "(3,)"},           {1, b3, 1, bq, "(3,)"},
    {1, bq, 1, bq, "(?,)"},           {-1, NULL, 1, b3, "<unknown>"},
    {1, b3, -1, NULL, "<unknown>"},   {0, NULL, 2, bq_3, "(?, 3)"},
    {3, b4_1_3, 2, b2_q, "(4, 2, 3)"}, {2, bq_3, 2, b2_1, "(2, 3)"},
};

START_TEST(broadcasting) {
  /* §5.4 broadcasting rules, through a + b */
  uint32_t a = ph(bc_rows[_i].ra, bc_rows[_i].a);
  uint32_t b = ph(bc_rows[_i].rb, bc_rows[_i].b);
  sv_input in[2] = {in_t(a), in_t(b)};
  uint32_t op = op_ok(SV_K_OP_ADD, in, 2, NULL);
  char buf[64];
  sv_shape_format(&sv_graph_op(g, op)->shape, buf, sizeof buf);
  ck_assert_str_eq(buf, bc_rows[_i].want);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("ops");
  TCase *tc = tcase_create("ops");
  tcase_add_checked_fixture(tc, t_setup, t_teardown);
  tcase_add_test(tc, constant_default_and_named);
  tcase_add_loop_test(tc, zeros_ones, 0,
                      sizeof zeros_rows / sizeof zeros_rows[0]);
  tcase_add_test(tc, zeros_tensor_shape);
  tcase_add_test(tc, fill_op);
  tcase_add_loop_test(tc, random_ops, 0, 3);
  tcase_add_test(tc, random_uniform_int);
  tcase_add_test(tc, placeholder_ops);
  tcase_add_loop_test(tc, generated_binary, 0, 3);
  tcase_add_loop_test(tc, unary_ops, 0,
                      sizeof unary_rows / sizeof unary_rows[0]);
  tcase_add_test(tc, matmul_ops);
  tcase_add_loop_test(tc, reduce_tensor_known_rank, 0, 2);
  tcase_add_loop_test(tc, reduce_variable_input, 0, 2);
  tcase_add_loop_test(tc, reduce_unknown_rank, 0, 2);
  tcase_add_loop_test(tc, reduce_literal_input, 0, 2);
  tcase_add_loop_test(tc, reduce_literal_axis, 0, 2);
  tcase_add_test(tc, concat_ops);
  tcase_add_test(tc, concat_one_element);
  tcase_add_test(tc, reshape_ops);
  tcase_add_test(tc, transpose_ops);
  tcase_add_test(tc, cast_ops);
  tcase_add_test(tc, global_variables_initializer);
  tcase_add_loop_test(tc, operator_names, 0,
                      sizeof binop_rows / sizeof binop_rows[0]);
  tcase_add_test(tc, operator_preferred_dtype);
  tcase_add_test(tc, operator_truediv_int);
  tcase_add_test(tc, operator_comparisons);
  tcase_add_test(tc, operator_getitem);
  tcase_add_test(tc, add_and_matmul_collide);
  tcase_add_loop_test(tc, broadcasting, 0,
                      sizeof bc_rows / sizeof bc_rows[0]);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(suite());
}
