/* SPDX-License-Identifier: MIT
 * check_export_fake: the data exporters (names, explain, json) and the
 * golden diff on models built by hand from tf1-semantics.md §15 (the
 * tutorial's examples), through tests/unit/fake_model.c — independent of
 * the engine. check_export_data.c runs the same examples through the
 * engine.
 */
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scopeviz/export.h"

#include "fake_model.h"
#include "golden.h"
#include "unit_testlib.h"

/* ---- the tutorial examples, record by record (§15) ------------------------- */

#define F32 SV_DT_FLOAT32
#define F32REF (SV_DT_FLOAT32 | SV_DT_REF)

static const char ex_src[] =
    "with tf.variable_scope(\"embeddin\") as embedding_scope:\n"
    "    testing2 = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), "
    "name='testing2')\n"
    "    testing3 = tf.get_variable(name='testing2', shape=[7, "
    "10],initializer=tf.constant_initializer(1))\n"
    "with tf.name_scope(\"optimization\"):\n"
    "    testing = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), "
    "name='testing')\n"
    "    testing1 = tf.get_variable(name='testing', shape=[7, "
    "10],initializer=tf.constant_initializer(1))\n";

static sv_op mkop(const char *name, const char *type, int dtype, sv_shape s,
                  uint32_t entry, uint32_t var, sv_op_role role, uint32_t line)
{
  sv_op o;
  memset(&o, 0, sizeof o);
  o.name = name;
  o.type = type;
  o.dtype = dtype;
  o.shape = s;
  o.entry = entry;
  o.var = var;
  o.call = 0;
  o.role = role;
  o.internal = role == SV_OP_VAR_INTERNAL;
  o.rename = SV_NONE;
  o.loc = fm_line(line);
  return o;
}

/* tf.random_uniform((7, 10), -1.0, 1.0) under prefix (§4.3): seven ops. */
static void random_uniform(sv_graph *g, const char *const names[7],
                           uint32_t entry, uint32_t line)
{
  sv_shape s2 = fm_shape2(7, 10);
  static const int64_t one[1] = {2};
  sv_shape scalar = {0, NULL}, vec = {1, one};
  sv_name_scope ns =
      fm_scope(names[6], names[6], SV_NS_OP, entry, SV_NONE, SV_NONE,
               fm_line(line));
  fm_name_scope(g, ns);
  fm_op(g, mkop(names[0], "Const", SV_DT_INT32, vec, entry, SV_NONE,
                SV_OP_HELPER, line));
  fm_op(g, mkop(names[1], "Const", F32, scalar, entry, SV_NONE, SV_OP_HELPER,
                line));
  fm_op(g, mkop(names[2], "Const", F32, scalar, entry, SV_NONE, SV_OP_HELPER,
                line));
  fm_op(g, mkop(names[3], "RandomUniform", F32, s2, entry, SV_NONE,
                SV_OP_HELPER, line));
  fm_op(g, mkop(names[4], "Sub", F32, scalar, entry, SV_NONE, SV_OP_HELPER,
                line));
  fm_op(g, mkop(names[5], "Mul", F32, s2, entry, SV_NONE, SV_OP_HELPER,
                line));
  fm_op(g, mkop(names[6], "Add", F32, s2, entry, SV_NONE, SV_OP_USER, line));
}

static const char *const ru_embeddin[7] = {
    "embeddin/random_uniform/shape", "embeddin/random_uniform/min",
    "embeddin/random_uniform/max",   "embeddin/random_uniform/RandomUniform",
    "embeddin/random_uniform/sub",   "embeddin/random_uniform/mul",
    "embeddin/random_uniform"};
static const char *const ru_opt[7] = {
    "optimization/random_uniform/shape",
    "optimization/random_uniform/min",
    "optimization/random_uniform/max",
    "optimization/random_uniform/RandomUniform",
    "optimization/random_uniform/sub",
    "optimization/random_uniform/mul",
    "optimization/random_uniform"};

/* A tf.Variable (§6.1) named op_name: scope, VariableV2, Assign, read. */
static uint32_t variable(sv_graph *g, const char *op_name, const char *name,
                         const char *requested, const char *const ops[3],
                         uint32_t entry, const char *ns_at_call,
                         const char *vs_at_call, uint32_t line)
{
  sv_shape s2 = fm_shape2(7, 10);
  uint32_t vid = (uint32_t)sv_graph_var_count(g);
  sv_name_scope ns =
      fm_scope(op_name, op_name, SV_NS_VARIABLE, entry, vid, SV_NONE,
               fm_line(line));
  fm_name_scope(g, ns);
  uint32_t op = fm_op(g, mkop(ops[0], "VariableV2", F32REF, s2, entry, vid,
                              SV_OP_VAR_INTERNAL, line));
  fm_op(g, mkop(ops[1], "Assign", F32REF, s2, entry, vid, SV_OP_VAR_INTERNAL,
                line));
  fm_op(g, mkop(ops[2], "Identity", F32, s2, entry, vid, SV_OP_VAR_INTERNAL,
                line));
  sv_var v;
  memset(&v, 0, sizeof v);
  v.name = name;
  v.op_name = op_name;
  v.requested = requested;
  v.creator = SV_CREATOR_VARIABLE;
  v.shape = s2;
  v.dtype = F32REF;
  v.trainable = true;
  v.initializer = "tensor";
  v.op = op;
  v.entry = entry;
  v.name_scope_at_call = ns_at_call;
  v.var_scope_at_call = vs_at_call;
  v.rename = SV_NONE;
  v.getvar = SV_NONE;
  v.loc = fm_line(line);
  return fm_var(g, v);
}

/* A creating tf.get_variable (§8.4) with constant_initializer(1). */
static uint32_t get_variable(sv_graph *g, const char *arg, const char *full,
                             const char *op_name, const char *name,
                             const char *const ops[4], uint32_t entry,
                             const char *ns_at_call, const char *vs_at_call,
                             uint32_t rename, const uint32_t *bypassed,
                             uint32_t nbypassed, uint32_t line)
{
  sv_shape s2 = fm_shape2(7, 10);
  uint32_t vid = (uint32_t)sv_graph_var_count(g);
  sv_name_scope ns =
      fm_scope(op_name, full, SV_NS_VARIABLE, entry, vid, rename,
               fm_line(line));
  fm_name_scope(g, ns);
  fm_op(g, mkop(ops[0], "Const", F32, s2, entry, vid, SV_OP_VAR_INTERNAL,
                line));
  uint32_t op = fm_op(g, mkop(ops[1], "VariableV2", F32REF, s2, entry, vid,
                              SV_OP_VAR_INTERNAL, line));
  fm_op(g, mkop(ops[2], "Assign", F32REF, s2, entry, vid, SV_OP_VAR_INTERNAL,
                line));
  fm_op(g, mkop(ops[3], "Identity", F32, s2, entry, vid, SV_OP_VAR_INTERNAL,
                line));
  sv_var v;
  memset(&v, 0, sizeof v);
  v.name = name;
  v.op_name = op_name;
  v.requested = full;
  v.creator = SV_CREATOR_GET_VARIABLE;
  v.store_key = full;
  v.shape = s2;
  v.dtype = F32REF;
  v.trainable = true;
  v.initializer = "constant_initializer(1)";
  v.op = op;
  v.entry = entry;
  v.name_scope_at_call = ns_at_call;
  v.var_scope_at_call = vs_at_call;
  v.bypassed = bypassed;
  v.nbypassed = nbypassed;
  v.rename = rename;
  v.getvar = (uint32_t)sv_graph_getvar_count(g);
  v.loc = fm_line(line);
  uint32_t id = fm_var(g, v);
  sv_getvar c = {0,        arg,  full,       SV_REUSE_FALSE, SV_GETVAR_CREATED,
                 id,       SV_NONE, entry,   ns_at_call,     fm_line(line)};
  fm_getvar(g, c);
  return id;
}

static sv_entry mkentry(sv_scope_api api, const char *arg, const char *ns,
                        uint32_t ns_rec, const char *vs, sv_reuse_arg ra,
                        sv_reuse reuse, uint32_t line)
{
  sv_entry e;
  memset(&e, 0, sizeof e);
  e.parent = SV_NONE;
  e.api = api;
  e.how = SV_HOW_STRING;
  e.arg_name = arg;
  e.arg_object = SV_NONE;
  e.arg_reuse = ra;
  e.arg_aux = true;
  e.name_scope = ns;
  e.name_scope_rec = ns_rec;
  e.var_scope = vs;
  e.original_name_scope = vs ? ns : NULL;
  e.reuse = reuse;
  e.last_event = SV_NONE;
  e.loc = fm_line(line);
  return e;
}

/* Example 2 (§15), or Example 3 when ex3 (reuse=True, stops at the
 * get_variable). */
static fm_model *build_example(int which)
{
  fm_model *f = fm_new(which == 3 ? "samples/tutorial/example3.py"
                                  : "samples/tutorial/example2.py",
                       ex_src);
  sv_graph *g = fm_add_graph(f);
  /* The variable_scope's auxiliary name scope (§7.4 S.1) is record 0. */
  sv_entry e0 = mkentry(SV_API_VARIABLE_SCOPE, "embeddin", "embeddin/", 0,
                        "embeddin",
                        which == 3 ? SV_REUSE_ARG_TRUE : SV_REUSE_ARG_NONE,
                        which == 3 ? SV_REUSE_TRUE : SV_REUSE_FALSE, 1);
  uint32_t en = fm_enter(g, e0);
  sv_name_scope ns0 =
      fm_scope("embeddin", "embeddin", SV_NS_ENTRY, en, SV_NONE, SV_NONE,
               fm_line(1));
  fm_name_scope(g, ns0);
  random_uniform(g, ru_embeddin, en, 2);
  static const char *const v0ops[3] = {
      "embeddin/testing2", "embeddin/testing2/Assign",
      "embeddin/testing2/read"};
  variable(g, "embeddin/testing2", "embeddin/testing2:0", "testing2", v0ops,
           en, "embeddin", "embeddin", 2);
  if (which == 3) {
    /* §15 Example 3 step 7: the store has no 'embeddin/testing2'. */
    static const char msg[] =
        "Variable embeddin/testing2 does not exist, or was not created with "
        "tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in "
        "VarScope?";
    sv_getvar c = {0,       "testing2", "embeddin/testing2", SV_REUSE_TRUE,
                   SV_GETVAR_FAILED, SV_NONE, 0, en, "embeddin",
                   fm_line(3)};
    uint32_t cid = fm_getvar(g, c);
    sv_error err = {0,   "ValueError", msg,  "tf.get_variable",
                    cid, en,           false, fm_line(3)};
    uint32_t eid = fm_error(g, err);
    fm_getvar_at(g, cid)->error = eid;
    fm_exit(g, en);
    sv_outcome o = {SV_END_EXCEPTION, "ValueError", msg, fm_line(3), 0, eid};
    fm_set_outcome(f, &o);
    return f;
  }
  /* §15 Example 2 step 11': the key 'embeddin/testing2' was taken by the
   * tf.Variable's name scope (record 2), counter 1 -> suffix _1. */
  sv_rename rn = {"embeddin/testing2", "embeddin/testing2_1", 1, 1, 0,
                  SV_OWNER_NAME_SCOPE, 2, "embeddin/testing2"};
  uint32_t rid = fm_rename(g, rn);
  static const char *const v1ops[4] = {
      "embeddin/testing2_1/Initializer/Const", "embeddin/testing2_1",
      "embeddin/testing2_1/Assign", "embeddin/testing2_1/read"};
  get_variable(g, "testing2", "embeddin/testing2", "embeddin/testing2_1",
               "embeddin/testing2_1:0", v1ops, en, "embeddin", "embeddin",
               rid, NULL, 0, 3);
  fm_exit(g, en);

  uint32_t ns_id = (uint32_t)sv_graph_name_scope_count(g);
  sv_entry e1 = mkentry(SV_API_NAME_SCOPE, "optimization", "optimization/",
                        ns_id, NULL, SV_REUSE_ARG_NONE, SV_REUSE_FALSE, 4);
  uint32_t en1 = fm_enter(g, e1);
  sv_name_scope ns1 =
      fm_scope("optimization", "optimization", SV_NS_ENTRY, en1, SV_NONE,
               SV_NONE, fm_line(4));
  fm_name_scope(g, ns1);
  random_uniform(g, ru_opt, en1, 5);
  static const char *const v2ops[3] = {"optimization/testing",
                                       "optimization/testing/Assign",
                                       "optimization/testing/read"};
  variable(g, "optimization/testing", "optimization/testing:0", "testing",
           v2ops, en1, "optimization", "", 5);
  static uint32_t bypassed[1];
  bypassed[0] = en1;
  static const char *const v3ops[4] = {"testing/Initializer/Const", "testing",
                                       "testing/Assign", "testing/read"};
  get_variable(g, "testing", "testing", "testing", "testing:0", v3ops, en1,
               "optimization", "", SV_NONE, bypassed, 1, 6);
  fm_exit(g, en1);
  return f;
}

/* ---- names ------------------------------------------------------------------ */

START_TEST(names_example2)
{
  fm_model *f = build_example(2);
  ut_cap c = {0};
  ck_assert(sv_export_names(fm_model_of(f), ut_cap_write, &c));
  /* tf1-semantics.md §15 Example 2: the four printed names, shape (7, 10)
   * (§9.3), dtype float32_ref (§9.5), creators from the script. */
  ck_assert_str_eq(c.data,
                   "embeddin/testing2:0  (7, 10)  float32_ref  tf.Variable\n"
                   "embeddin/testing2_1:0  (7, 10)  float32_ref  "
                   "tf.get_variable\n"
                   "optimization/testing:0  (7, 10)  float32_ref  "
                   "tf.Variable\n"
                   "testing:0  (7, 10)  float32_ref  tf.get_variable\n");
  free(c.data);
  fm_free(f);
}
END_TEST

START_TEST(names_example3_partial)
{
  fm_model *f = build_example(3);
  ut_cap c = {0};
  ck_assert(sv_export_names(fm_model_of(f), ut_cap_write, &c));
  /* §15 Example 3: the tf.Variable exists, then the ValueError. */
  ck_assert_str_eq(
      c.data,
      "embeddin/testing2:0  (7, 10)  float32_ref  tf.Variable\n"
      "# error: ValueError: Variable embeddin/testing2 does not exist, or "
      "was not created with tf.get_variable(). Did you mean to set "
      "reuse=tf.AUTO_REUSE in VarScope?\n");
  free(c.data);
  fm_free(f);
}
END_TEST

START_TEST(names_multigraph_and_flags)
{
  fm_model *f = fm_new("m.py", "");
  fm_add_graph(f);
  sv_graph *g = fm_add_graph(f);
  static const int64_t d3[1] = {3};
  sv_var v;
  memset(&v, 0, sizeof v);
  v.name = "w:0";
  v.op_name = "w";
  v.requested = "w";
  v.shape = (sv_shape){1, d3};
  v.dtype = SV_DT_INT32 | SV_DT_REF;
  v.trainable = false;
  v.op = v.entry = v.rename = v.getvar = SV_NONE;
  fm_var(g, v);
  v.name = "s:0";
  v.shape = (sv_shape){-1, NULL};
  v.trainable = true;
  fm_var(g, v);
  ut_cap c = {0};
  sv_export_names(fm_model_of(f), ut_cap_write, &c);
  /* §9.3: rank 1 prints "(3,)", unknown rank "<unknown>". */
  ck_assert_str_eq(c.data, "# graph 0\n# graph 1\n"
                           "w:0  (3,)  int32_ref  tf.Variable  "
                           "trainable=False\n"
                           "s:0  <unknown>  int32_ref  tf.Variable\n");
  free(c.data);
  fm_free(f);
}
END_TEST

/* A shape whose text exceeds the exporters' 256-byte stack buffer (rank
 * 40) takes the piecewise path; the text is still §9.3's "(?, 10, ...)". */
START_TEST(names_long_shape)
{
  fm_model *f = fm_new("m.py", "");
  sv_graph *g = fm_add_graph(f);
  static int64_t dims[40];
  char want[1024] = "w:0  (";
  for (int i = 0; i < 40; i++) {
    dims[i] = i % 2 ? 1234567890 : -1;
    strcat(want, i ? ", " : "");
    strcat(want, i % 2 ? "1234567890" : "?");
  }
  strcat(want, ")  float32  tf.Variable\n");
  sv_var v;
  memset(&v, 0, sizeof v);
  v.name = "w:0";
  v.op_name = "w";
  v.requested = "w";
  v.shape = (sv_shape){40, dims};
  v.dtype = SV_DT_FLOAT32;
  v.trainable = true;
  v.op = v.entry = v.rename = v.getvar = SV_NONE;
  fm_var(g, v);
  ut_cap c = {0};
  ck_assert(sv_export_names(fm_model_of(f), ut_cap_write, &c));
  ck_assert_uint_gt(strlen(want), 256);
  ck_assert_str_eq(c.data, want);
  free(c.data);
  fm_free(f);
}
END_TEST

/* ---- explain ----------------------------------------------------------------- */

START_TEST(explain_example2)
{
  fm_model *f = build_example(2);
  ut_cap c = {0};
  ck_assert(sv_export_explain(fm_model_of(f), ut_cap_write, &c));
  const char *t = c.data;
  /* Grouped by source line, with the source text. */
  ut_assert_has(t, "\nline 3: testing3 = tf.get_variable(name='testing2'");
  /* Why embeddin/testing2_1:0 (§15 Example 2 steps 9'-12'). */
  ut_assert_has(t, "variable embeddin/testing2_1:0  (7, 10)  float32_ref  "
                "tf.get_variable\n");
  ut_assert_has(t, "full name: variable scope 'embeddin' + '/' + 'testing2' = "
                "'embeddin/testing2'; name scopes are ignored (§8.1)");
  ut_assert_has(t, "store lookup: 'embeddin/testing2' absent, reuse False -> "
                "create (§8.2, §8.6)");
  ut_assert_has(t, "suffix: 'embeddin/testing2' was already taken by name "
                "scope 'embeddin/testing2' of tf.Variable "
                "'embeddin/testing2:0' (line 2)");
  ut_assert_has(t, "counter was 1, so the search for a free name started at _1 "
                "-> 'embeddin/testing2_1' (tf1-semantics.md §2.1)");
  ut_assert_has(t, "the store key stays 'embeddin/testing2'");
  /* Why testing:0 (step 17'): the name scope is bypassed. */
  ut_assert_has(t, "variable testing:0  (7, 10)  float32_ref  tf.get_variable");
  ut_assert_has(t, "bypassed: name scope 'optimization/' of tf.name_scope "
                "(line 4) is not part of the name: get_variable ignores name "
                "scopes (§8.1)");
  ut_assert_has(t, "full name: variable scope '' (root, no prefix) + 'testing' "
                "= 'testing'");
  /* tf.Variable never enters the store (§6.1). */
  ut_assert_has(t, "tf.Variable opens name scope 'testing2' inside the current "
                "name scope 'embeddin'");
  /* Scope state lines. */
  ut_assert_has(t, "scopes: name scope 'optimization/', variable scope '' "
                "(root), reuse False");
  ut_assert_has(t, "leave tf.variable_scope (line 1): name scope back to '' "
                "(root), variable scope back to '' (root) (§7.5)");
  ut_assert_has(t, "end: the script ran to the end\n");
  free(c.data);
  fm_free(f);
}
END_TEST

START_TEST(explain_example3_error)
{
  fm_model *f = build_example(3);
  ut_cap c = {0};
  sv_export_explain(fm_model_of(f), ut_cap_write, &c);
  ut_assert_has(c.data, "reuse: True, from the reuse argument (§7.7)");
  ut_assert_has(c.data, "store lookup found no such key and reuse is True -> "
                     "error (§8.2, §8.6)");
  ut_assert_has(c.data, "error: ValueError: Variable embeddin/testing2 does not "
                     "exist");
  ut_assert_has(c.data, "end: stopped (line 3) by ValueError: Variable");
  free(c.data);
  fm_free(f);
}
END_TEST

/* ---- json ------------------------------------------------------------------------ */

START_TEST(json_example2_roundtrip)
{
  fm_model *f = build_example(2);
  ut_cap c = {0};
  ck_assert(sv_export_json(fm_model_of(f), ut_cap_write, &c));
  cJSON *doc = cJSON_Parse(c.data);
  ck_assert_ptr_nonnull(doc);
  ck_assert_str_eq(cJSON_GetObjectItem(doc, "format")->valuestring,
                   "scopeviz-model");
  ck_assert_int_eq(cJSON_GetObjectItem(doc, "version")->valueint, 2);
  ck_assert_str_eq(cJSON_GetObjectItem(doc, "source")->valuestring,
                   "samples/tutorial/example2.py");
  cJSON *g = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "graphs"), 0);
  cJSON *vars = cJSON_GetObjectItem(g, "variables");
  ck_assert_int_eq(cJSON_GetArraySize(vars), 4);
  cJSON *v1 = cJSON_GetArrayItem(vars, 1);
  ck_assert_str_eq(cJSON_GetObjectItem(v1, "name")->valuestring,
                   "embeddin/testing2_1:0");
  ck_assert_str_eq(cJSON_GetObjectItem(v1, "store_key")->valuestring,
                   "embeddin/testing2");
  ck_assert_str_eq(cJSON_GetObjectItem(v1, "dtype")->valuestring,
                   "float32_ref");
  cJSON *sh = cJSON_GetObjectItem(v1, "shape");
  ck_assert_int_eq(cJSON_GetArraySize(sh), 2);
  ck_assert_int_eq(cJSON_GetArrayItem(sh, 0)->valueint, 7);
  ck_assert_int_eq(cJSON_GetArrayItem(sh, 1)->valueint, 10);
  cJSON *v3 = cJSON_GetArrayItem(vars, 3);
  ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(v3, "bypassed")),
                   1);
  cJSON *rn = cJSON_GetArrayItem(cJSON_GetObjectItem(g, "renames"), 0);
  ck_assert_str_eq(cJSON_GetObjectItem(rn, "result")->valuestring,
                   "embeddin/testing2_1");
  ck_assert_int_eq(cJSON_GetObjectItem(rn, "counter")->valueint, 1);
  ck_assert_str_eq(
      cJSON_GetObjectItem(cJSON_GetObjectItem(rn, "taken_by"), "kind")
          ->valuestring,
      "name_scope");
  ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "outcome"),
                                       "end")
                       ->valuestring,
                   "ok");
  /* 7 + 3 + 4 ops per half of the script (§15 op list: 28 ops). */
  ck_assert_int_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(g, "counts"),
                                       "ops")->valueint, 28);
  cJSON_Delete(doc);
  free(c.data);
  fm_free(f);
}
END_TEST

START_TEST(json_invalid_utf8_and_nulls)
{
  fm_model *f = fm_new("bad\xff\xc3(name\xe2\x82.py", "");
  sv_graph *g = fm_add_graph(f);
  sv_op op;
  memset(&op, 0, sizeof op);
  op.name = "p";
  op.type = "Placeholder";
  op.dtype = SV_DT_FLOAT32;
  op.shape = fm_shape2(-1, 784);
  op.entry = op.var = op.call = op.rename = SV_NONE;
  op.value = "caf\xc3\xa9 \x01";
  fm_op(g, op);
  ut_cap c = {0};
  sv_export_json(fm_model_of(f), ut_cap_write, &c);
  cJSON *doc = cJSON_Parse(c.data);
  ck_assert_ptr_nonnull(doc);
  /* Every invalid byte becomes U+FFFD; valid UTF-8 is kept. */
  ck_assert_str_eq(cJSON_GetObjectItem(doc, "source")->valuestring,
                   "bad\xef\xbf\xbd\xef\xbf\xbd(name\xef\xbf\xbd\xef\xbf\xbd"
                   ".py");
  cJSON *o = cJSON_GetArrayItem(
      cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc,
                                                                 "graphs"),
                                             0),
                          "ops"),
      0);
  ck_assert_str_eq(cJSON_GetObjectItem(o, "value")->valuestring,
                   "caf\xc3\xa9 \x01");
  /* (?, 784): the unknown dimension is null (§9.3 '?'). */
  ck_assert(cJSON_IsNull(cJSON_GetArrayItem(cJSON_GetObjectItem(o, "shape"),
                                            0)));
  ck_assert(cJSON_IsNull(cJSON_GetObjectItem(o, "entry")));
  ck_assert(cJSON_IsNull(cJSON_GetObjectItem(o, "loc")));
  ck_assert_ptr_null(strstr(c.data, "NaN"));
  cJSON_Delete(doc);
  free(c.data);
  fm_free(f);
}
END_TEST

static void count_write(void *ud, const char *d, size_t n)
{
  (void)d;
  *(size_t *)ud += n;
}

START_TEST(json_200k_variables_stream)
{
  /* DESIGN.md §5: 200 000 variables. Not a timing assertion (that is the
   * benchmark's job): the export must stream, so it completes here with
   * the output counted, never held. */
  fm_model *f = fm_new("big.py", "");
  sv_graph *g = fm_add_graph(f);
  static char names[200000][16];
  sv_var v;
  memset(&v, 0, sizeof v);
  v.shape = fm_shape2(3, 3);
  v.dtype = F32REF;
  v.op = v.entry = v.rename = v.getvar = SV_NONE;
  v.requested = "w";
  for (int i = 0; i < 200000; i++) {
    snprintf(names[i], sizeof names[i], "s%d/w:0", i);
    v.name = names[i];
    v.op_name = names[i];
    fm_var(g, v);
  }
  size_t n = 0;
  clock_t t0 = clock();
  ck_assert(sv_export_json(fm_model_of(f), count_write, &n));
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  ck_assert_uint_gt(n, (size_t)200000 * 100);
  fprintf(stderr, "json: 200000 variables, %zu bytes in %.3f s\n", n, secs);
  fm_free(f);
}
END_TEST

/* ---- golden diff ------------------------------------------------------------------- */

START_TEST(diff_equal_and_unified)
{
  ut_cap c = {0};
  ck_assert(!sv__golden_diff("a\nb\n", 4, "a\nb\n", 4, "x", "y", ut_cap_write,
                             &c));
  ck_assert_ptr_null(c.data);
  const char *a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
  const char *b = "1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n11\n";
  ck_assert(sv__golden_diff(a, strlen(a), b, strlen(b), "g", "g.actual",
                            ut_cap_write, &c));
  /* Same text as `diff -u` / Python difflib.unified_diff (n=3). */
  ck_assert_str_eq(c.data, "--- g\n+++ g.actual\n"
                           "@@ -3,8 +3,9 @@\n"
                           " 3\n 4\n 5\n-6\n+six\n 7\n 8\n 9\n 10\n+11\n");
  free(c.data);
}
END_TEST

START_TEST(diff_no_final_newline)
{
  ut_cap c = {0};
  ck_assert(sv__golden_diff("a\nb\n", 4, "a\nb", 3, "g", "h", ut_cap_write, &c));
  ck_assert_str_eq(c.data, "--- g\n+++ h\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n"
                           "\\ No newline at end of file\n");
  free(c.data);
}
END_TEST

START_TEST(diff_two_hunks)
{
  ut_cap c = {0};
  const char *a = "a\n1\n2\n3\n4\n5\n6\n7\n8\n9\nz\n";
  const char *b = "A\n1\n2\n3\n4\n5\n6\n7\n8\n9\nZ\n";
  sv__golden_diff(a, strlen(a), b, strlen(b), "g", "h", ut_cap_write, &c);
  ck_assert_str_eq(c.data, "--- g\n+++ h\n"
                           "@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n"
                           "@@ -8,4 +8,4 @@\n 7\n 8\n 9\n-z\n+Z\n");
  free(c.data);
}
END_TEST

static Suite *export_fake_suite(void)
{
  Suite *s = suite_create("export_fake");
  TCase *tc = tcase_create("names");
  tcase_add_test(tc, names_example2);
  tcase_add_test(tc, names_example3_partial);
  tcase_add_test(tc, names_multigraph_and_flags);
  tcase_add_test(tc, names_long_shape);
  suite_add_tcase(s, tc);
  tc = tcase_create("explain");
  tcase_add_test(tc, explain_example2);
  tcase_add_test(tc, explain_example3_error);
  suite_add_tcase(s, tc);
  tc = tcase_create("json");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, json_example2_roundtrip);
  tcase_add_test(tc, json_invalid_utf8_and_nulls);
  tcase_add_test(tc, json_200k_variables_stream);
  suite_add_tcase(s, tc);
  tc = tcase_create("diff");
  tcase_add_test(tc, diff_equal_and_unified);
  tcase_add_test(tc, diff_no_final_newline);
  tcase_add_test(tc, diff_two_hunks);
  suite_add_tcase(s, tc);
  return s;
}

int main(void)
{
  return ut_run_suite(export_fake_suite());
}
