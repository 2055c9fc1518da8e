/* SPDX-License-Identifier: MIT
 * check_export_data: the data exporters (names, explain, json) on models
 * built through the scope engine's C API (src/tf.h): the three tutorial
 * examples of tf1-semantics.md §15. Expected names, shapes and dtypes are
 * the tutorial's printed output.
 */
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scopeviz/export.h"

#include "tf.h"
#include "unit_testlib.h"

static const int64_t dims_7_10[2] = {7, 10};

/* tf.random_uniform((7, 10), -1.0, 1.0) (§4.3). */
static sv_tensor random_uniform(sv_graph *g)
{
  static const int64_t two[1] = {2};
  static sv_lit shape_lit, min_lit, max_lit;
  memset(&shape_lit, 0, sizeof shape_lit);
  shape_lit.dtype = SV_DT_INT32;
  shape_lit.shape = (sv_shape){1, two};
  shape_lit.text = "(7, 10)";
  shape_lit.ints = dims_7_10;
  shape_lit.nints = 2;
  memset(&min_lit, 0, sizeof min_lit);
  min_lit.dtype = SV_DT_FLOAT32;
  min_lit.shape = (sv_shape){0, NULL};
  min_lit.text = "-1.0";
  min_lit.is_scalar = true;
  min_lit.scalar = -1.0;
  max_lit = min_lit;
  max_lit.text = "1.0";
  max_lit.scalar = 1.0;
  sv_input in[3] = {{SV_IN_LITERAL, 0, &shape_lit},
                    {SV_IN_LITERAL, 0, &min_lit},
                    {SV_IN_LITERAL, 0, &max_lit}};
  sv_opargs oa;
  memset(&oa, 0, sizeof oa);
  sv_tensor t = {NULL, SV_NONE};
  ck_assert(sv__tf_op(g, SV_K_RANDOM_UNIFORM, in, 3, &oa, &t));
  return t;
}

static bool tf_variable(sv_graph *g, sv_tensor init, const char *name,
                        uint32_t *out)
{
  sv_variable_args a;
  memset(&a, 0, sizeof a);
  a.initial = (sv_input){SV_IN_TENSOR, init.op, NULL};
  a.trainable = -1;
  a.validate_shape = true;
  a.name = name;
  return sv__tf_variable(g, &a, out);
}

/* tf.get_variable(name=..., shape=[7, 10],
 *                 initializer=tf.constant_initializer(1)) */
static bool get_variable(sv_graph *g, const char *name, uint32_t *out)
{
  static sv_lit one;
  static sv_init ci;
  memset(&one, 0, sizeof one);
  one.dtype = SV_DT_INT32;
  one.shape = (sv_shape){0, NULL};
  one.text = "1";
  one.is_scalar = true;
  one.scalar = 1;
  memset(&ci, 0, sizeof ci);
  ci.kind = SV_INIT_CONSTANT;
  ci.value = &one;
  ci.text = "constant_initializer(1)";
  sv_get_variable_args a;
  memset(&a, 0, sizeof a);
  a.name = name;
  a.has_shape = true;
  a.shape = (sv_shape){2, dims_7_10};
  a.initializer = &ci;
  a.trainable = -1;
  a.validate_shape = true;
  return sv__tf_get_variable(g, &a, out);
}

/* Examples 1 and 2 (§15); which = 1 or 2. */
static sv_tf *build_example(int which)
{
  sv_tf *tf = sv__tf_new(which == 1 ? "example1.py" : "example2.py");
  sv_graph *g = sv__tf_default_graph(tf);
  sv_vs_args va;
  memset(&va, 0, sizeof va);
  va.name = "embeddin";
  va.aux = true;
  const char *first = NULL;
  uint32_t e, v;
  sv_vscope *vs = NULL;
  ck_assert(sv__tf_variable_scope_enter(g, &va, &first, &e, &vs));
  ck_assert(tf_variable(g, random_uniform(g), "testing2", &v));
  ck_assert(get_variable(g, which == 1 ? "testing3" : "testing2", &v));
  ck_assert(sv__tf_scope_exit(g, e));
  sv_ns_args na;
  memset(&na, 0, sizeof na);
  na.api = SV_API_NAME_SCOPE;
  na.name = "optimization";
  const char *scope = NULL;
  ck_assert(sv__tf_name_scope_enter(g, &na, &e, &scope));
  ck_assert_str_eq(scope, "optimization/");
  ck_assert(tf_variable(g, random_uniform(g), "testing", &v));
  ck_assert(get_variable(g, which == 1 ? "testing1" : "testing", &v));
  ck_assert(sv__tf_scope_exit(g, e));
  return tf;
}

/* Example 3 (§15): reuse=True, the get_variable raises. */
static sv_tf *build_example3(void)
{
  sv_tf *tf = sv__tf_new("example3.py");
  sv_graph *g = sv__tf_default_graph(tf);
  sv_vs_args va;
  memset(&va, 0, sizeof va);
  va.name = "embeddin";
  va.aux = true;
  va.reuse = SV_REUSE_ARG_TRUE;
  const char *first = NULL;
  uint32_t e, v;
  sv_vscope *vs = NULL;
  ck_assert(sv__tf_variable_scope_enter(g, &va, &first, &e, &vs));
  ck_assert(tf_variable(g, random_uniform(g), "testing2", &v));
  ck_assert(!get_variable(g, "testing2", &v));
  sv_outcome o = {SV_END_EXCEPTION, sv__tf_error_type(tf),
                  sv__tf_error_message(tf), {3, 5, 0, 1}, 0,
                  sv__tf_error_record(tf)};
  ck_assert(sv__tf_scope_exit(g, e));
  sv__tf_set_outcome(tf, &o);
  sv__tf_error_clear(tf);
  return tf;
}

START_TEST(names_example1)
{
  sv_tf *tf = build_example(1);
  ut_cap c = {0};
  ck_assert(sv_export_names(sv__tf_model(tf), ut_cap_write, &c));
  /* tf1-semantics.md §15 Example 1, printed reprs. */
  ck_assert_str_eq(c.data,
                   "embeddin/testing2:0  (7, 10)  float32_ref  tf.Variable\n"
                   "embeddin/testing3:0  (7, 10)  float32_ref  "
                   "tf.get_variable\n"
                   "optimization/testing:0  (7, 10)  float32_ref  "
                   "tf.Variable\n"
                   "testing1:0  (7, 10)  float32_ref  tf.get_variable\n");
  free(c.data);
  sv__tf_free(tf);
}
END_TEST

START_TEST(names_example2)
{
  sv_tf *tf = build_example(2);
  ut_cap c = {0};
  ck_assert(sv_export_names(sv__tf_model(tf), ut_cap_write, &c));
  /* §15 Example 2. */
  ck_assert_str_eq(c.data,
                   "embeddin/testing2:0  (7, 10)  float32_ref  tf.Variable\n"
                   "embeddin/testing2_1:0  (7, 10)  float32_ref  "
                   "tf.get_variable\n"
                   "optimization/testing:0  (7, 10)  float32_ref  "
                   "tf.Variable\n"
                   "testing:0  (7, 10)  float32_ref  tf.get_variable\n");
  free(c.data);
  sv__tf_free(tf);
}
END_TEST

START_TEST(names_example3)
{
  sv_tf *tf = build_example3();
  ut_cap c = {0};
  ck_assert(sv_export_names(sv__tf_model(tf), ut_cap_write, &c));
  /* §15 Example 3: the model up to the error, then the error. */
  ck_assert_str_eq(
      c.data,
      "embeddin/testing2:0  (7, 10)  float32_ref  tf.Variable\n"
      "# error: ValueError: Variable embeddin/testing2 does not exist, or "
      "was not created with tf.get_variable(). Did you mean to set "
      "reuse=tf.AUTO_REUSE in VarScope?\n");
  free(c.data);
  sv__tf_free(tf);
}
END_TEST

START_TEST(explain_example2)
{
  sv_tf *tf = build_example(2);
  ut_cap c = {0};
  ck_assert(sv_export_explain(sv__tf_model(tf), ut_cap_write, &c));
  /* §15 Example 2 steps 9'-12' and 17'. */
  ut_assert_has(c.data, "variable embeddin/testing2_1:0  (7, 10)  float32_ref  "
                     "tf.get_variable");
  ut_assert_has(c.data, "= 'embeddin/testing2'; name scopes are ignored (§8.1)");
  ut_assert_has(c.data, "suffix: 'embeddin/testing2' was already taken by ");
  ut_assert_has(c.data, "-> 'embeddin/testing2_1' (tf1-semantics.md §2.1)");
  ut_assert_has(c.data, "the store key stays 'embeddin/testing2'");
  ut_assert_has(c.data, "variable testing:0  (7, 10)  float32_ref  "
                     "tf.get_variable");
  ut_assert_has(c.data, "bypassed: name scope 'optimization/' of tf.name_scope");
  free(c.data);
  sv__tf_free(tf);
}
END_TEST

START_TEST(explain_example3)
{
  sv_tf *tf = build_example3();
  ut_cap c = {0};
  ck_assert(sv_export_explain(sv__tf_model(tf), ut_cap_write, &c));
  ut_assert_has(c.data, "reuse: True, from the reuse argument (§7.7)");
  ut_assert_has(c.data, "error: ValueError: Variable embeddin/testing2 does not "
                     "exist, or was not created with tf.get_variable().");
  free(c.data);
  sv__tf_free(tf);
}
END_TEST

START_TEST(json_example2)
{
  sv_tf *tf = build_example(2);
  ut_cap c = {0};
  ck_assert(sv_export_json(sv__tf_model(tf), ut_cap_write, &c));
  cJSON *doc = cJSON_Parse(c.data);
  ck_assert_ptr_nonnull(doc);
  ck_assert_str_eq(cJSON_GetObjectItem(doc, "format")->valuestring,
                   "scopeviz-model");
  ck_assert_str_eq(cJSON_GetObjectItem(doc, "source")->valuestring,
                   "example2.py");
  cJSON *g = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "graphs"), 0);
  cJSON *vars = cJSON_GetObjectItem(g, "variables");
  ck_assert_int_eq(cJSON_GetArraySize(vars), 4);
  cJSON *v1 = cJSON_GetArrayItem(vars, 1);
  ck_assert_str_eq(cJSON_GetObjectItem(v1, "name")->valuestring,
                   "embeddin/testing2_1:0");
  ck_assert_str_eq(cJSON_GetObjectItem(v1, "store_key")->valuestring,
                   "embeddin/testing2");
  /* §15 Example 1/2 full op list: 28 ops, counted in "counts"; the
   * default listing leaves out exactly the ops the variable records
   * summarise (json-format.md "Variables' internal ops"). */
  ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(g, "counts"),
                                       "ops")->valueint, 28);
  int summarised = 0;
  for (int i = 0; i < 4; i++) {
    cJSON *io = cJSON_GetObjectItem(cJSON_GetArrayItem(vars, i),
                                    "internal_ops");
    /* VariableV2, Assign and read at least (§5.2) */
    ck_assert_int_ge(cJSON_GetObjectItem(io, "count")->valueint, 3);
    summarised += cJSON_GetObjectItem(io, "count")->valueint;
  }
  ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(g, "ops")),
                   28 - summarised);
  cJSON *op0 = cJSON_GetArrayItem(cJSON_GetObjectItem(g, "ops"), 0);
  ck_assert_str_eq(cJSON_GetObjectItem(op0, "name")->valuestring,
                   "embeddin/random_uniform/shape");
  cJSON_Delete(doc);
  free(c.data);
  /* --internal-ops: all 28 ops as records, ids dense. */
  ut_cap c2 = {0};
  sv_json_opts jo;
  sv_json_opts_init(&jo);
  jo.internal_ops = true;
  ck_assert(sv_export_json_opts(sv__tf_model(tf), &jo, ut_cap_write, &c2));
  doc = cJSON_Parse(c2.data);
  ck_assert_ptr_nonnull(doc);
  g = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "graphs"), 0);
  cJSON *ops = cJSON_GetObjectItem(g, "ops");
  ck_assert_int_eq(cJSON_GetArraySize(ops), 28);
  ck_assert_int_eq(
      cJSON_GetObjectItem(cJSON_GetArrayItem(ops, 27), "id")->valueint, 27);
  cJSON_Delete(doc);
  free(c2.data);
  sv__tf_free(tf);
}
END_TEST

static Suite *export_data_suite(void)
{
  Suite *s = suite_create("export_data");
  TCase *tc = tcase_create("tutorial");
  tcase_add_test(tc, names_example1);
  tcase_add_test(tc, names_example2);
  tcase_add_test(tc, names_example3);
  tcase_add_test(tc, explain_example2);
  tcase_add_test(tc, explain_example3);
  tcase_add_test(tc, json_example2);
  suite_add_tcase(s, tc);
  return s;
}

int main(void)
{
  return ut_run_suite(export_data_suite());
}
