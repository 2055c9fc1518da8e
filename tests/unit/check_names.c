/* SPDX-License-Identifier: MIT
 * check_names: the names table (tf1-semantics.md §2), name scopes (§3) and
 * the op-naming mechanisms A/B (§4.1, §4.2), through the C API.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "engine_testlib.h"
#include "unit_testlib.h"

/* ---- §2.1 / §2.2 --------------------------------------------------------- */

static const struct {
  const char *req;
  bool mark;
  const char *want;
} table_rows[][8] = {
    /* §2.2 first table */
    {{"foo_2", true, "foo_2"},
     {"foo", true, "foo"},
     {"foo", true, "foo_1"},
     {"foo", true, "foo_3"},
     /* table afterwards: foo:3, foo_1..foo_3 used -> next is foo_4 */
     {"foo", false, "foo_4"},
     {"foo_3", false, "foo_3_1"},
     {NULL, false, NULL}},
    /* §2.1 "the base counter grows by exactly 1 per call, however far
     * the search went" */
    {{"a_1", true, "a_1"},
     {"a_2", true, "a_2"},
     {"a", true, "a"},
     {"a", true, "a_3"},  /* counter 1: a_1, a_2 taken */
     {"a", true, "a_4"},  /* counter 2 -> 3 */
     {"a", false, "a_5"}, /* counter 3; a_3, a_4 taken */
     {NULL, false, NULL}},
    /* §2.1 step 7: the composed name is itself marked */
    {{"b", true, "b"},
     {"b", true, "b_1"},
     {"b_1", true, "b_1_1"},
     {"B_1", true, "B_1_2"},
     {NULL, false, NULL}},
    /* §2.1 step 2/8: case-insensitive keys, caller's capitalisation kept */
    {{"Foo", true, "Foo"},
     {"FOO", true, "FOO_1"},
     {"foo", true, "foo_2"},
     {"fOO_1", true, "fOO_1_1"},
     {NULL, false, NULL}},
    /* mark_as_used=False computes without touching the table */
    {{"x", false, "x"},
     {"x", false, "x"},
     {"x", true, "x"},
     {"x", false, "x_1"},
     {"x", false, "x_1"},
     {"x", true, "x_1"},
     {NULL, false, NULL}},
};

START_TEST(unique_name_sequences) {
  /* tf1-semantics.md §2.1, §2.2 */
  for (size_t i = 0; table_rows[_i][i].req; i++)
    ck_assert_str_eq(sv__tf_unique_name(g, table_rows[_i][i].req,
                                        table_rows[_i][i].mark),
                     table_rows[_i][i].want);
}
END_TEST

/* §2.1 step 6 starts the suffix search at the counter n, not at 1. No
 * sequence of API calls can tell the two apart: a key with counter n was
 * requested n times with marking, and call i (counter i-1) marked the
 * first free key_j with j >= i-1, so key_1 .. key_{n-1} are always taken
 * when the counter is n; a search from 1 finds them taken and stops at the
 * same candidate. Only mark_as_used=False calls and unmarked names (ending
 * in '/') skip marking, and neither changes a counter. So the tests below
 * check results, not where the search began. */

START_TEST(unique_name_case_scopes) {
  /* §2.2 case insensitivity table */
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "foo");
  ck_assert_str_eq(sv__tf_unique_name(g, "Foo", true), "Foo_1");
  uint32_t e = gns("bar", NULL);
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "bar/foo");
  ns_exit(e);
  e = gns("Bar", NULL);
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "Bar_1/foo");
  ns_exit(e);
}
END_TEST

START_TEST(unique_name_whole_path_key) {
  /* §2.1: a/foo and b/foo do not collide; suffixes go on the full name */
  uint32_t e = gns("a", NULL);
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "a/foo");
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "a/foo_1");
  ck_assert_str_eq(sv__tf_unique_name(g, "x/y", true), "a/x/y");
  ck_assert_str_eq(sv__tf_unique_name(g, "x/y", true), "a/x/y_1");
  ns_exit(e);
  e = gns("b", NULL);
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "b/foo");
  ns_exit(e);
  ck_assert_str_eq(sv__tf_unique_name(g, "a/foo", true), "a/foo_2");
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", true), "foo");
}
END_TEST

START_TEST(unique_name_generated_lookalike) {
  /* §2.2 testUniqueName: ops myop and myop_1 exist */
  c_float(1, "1.0", "myop");
  c_float(1, "1.0", "myop_1");
  ck_assert_str_eq(sv__tf_unique_name(g, "myop", true), "myop_2");
  ck_assert_str_eq(sv__tf_unique_name(g, "myop_1", true), "myop_1_1");
}
END_TEST

/* ---- §2.3 what writes to the names table -------------------------------- */

START_TEST(shared_namespace_ops_scopes) {
  /* §2.3 consequences: an op x makes name_scope("x") x_1 and vice versa;
   * an empty scope still occupies its name */
  const char *s;
  c_float(1, "1.0", "x");
  uint32_t e = ns("x", &s);
  ck_assert_str_eq(s, "x_1/");
  ns_exit(e);
  e = ns("y", &s);
  ns_exit(e);
  ck_assert_str_eq(opname(c_float(1, "1.0", "y")), "y_1");
  ck_assert_str_eq(opname(c_float(1, "1.0", "Y")), "Y_2");
}
END_TEST

START_TEST(what_does_not_mark) {
  /* §2.3 "What does not write" */
  const char *s;
  uint32_t e = ns("zz/", &s); /* absolute re-entry */
  ck_assert_str_eq(s, "zz/");
  ns_exit(e);
  e = ns(NULL, &s); /* reset */
  ns_exit(e);
  e = ns("", &s);
  ns_exit(e);
  ck_assert_str_eq(opname(c_float(1, "1.0", "t/")), "t"); /* verbatim */
  ck_assert_str_eq(sv__tf_unique_name(g, "zz", false), "zz");
  ck_assert_str_eq(sv__tf_unique_name(g, "t", false), "t");
  /* variable scopes as such mark nothing (aux=False: no name scope) */
  sv_vs_args a = vsa("vv");
  a.aux = false;
  e = vs(&a, NULL);
  ns_exit(e);
  ck_assert_str_eq(sv__tf_unique_name(g, "vv", false), "vv");
}
END_TEST

/* ---- §3.1 Graph.name_scope --------------------------------------------- */

START_TEST(graph_name_scope_examples) {
  /* §3.1 examples table, in order, one fresh graph (ops_test.py
   * testNameScope / testNames); FloatOutput ops requested by name */
  const char *s;
  uint32_t foo = gns("foo", &s);
  ck_assert_str_eq(s, "foo/");
  uint32_t e = gns("foo2", &s);
  ck_assert_str_eq(s, "foo/foo2/");
  ns_exit(e);
  e = gns(NULL, &s);
  ck_assert_str_eq(s, "");
  uint32_t e2 = gns("foo3", &s);
  ck_assert_str_eq(s, "foo3/");
  ns_exit(e2);
  ns_exit(e);
  e = gns("", &s);
  ck_assert_str_eq(s, "");
  ns_exit(e);
  ns_exit(foo);

  ck_assert_str_eq(opname(c_float(1, "1.0", "FloatOutput")), "FloatOutput");
  e = gns("bar", &s);
  ck_assert_str_eq(opname(c_float(1, "1.0", "FloatOutput")),
                   "bar/FloatOutput");
  ck_assert_str_eq(opname(c_float(1, "1.0", "FloatOutput")),
                   "bar/FloatOutput_1");
  ck_assert_str_eq(opname(c_float(1, "1.0", s)), "bar");
  ns_exit(e);
  e = gns("baz", &s);
  e2 = gns(s, &s);
  ck_assert_str_eq(s, "baz/");
  ck_assert_str_eq(opname(c_float(1, "1.0", "FloatOutput")),
                   "baz/FloatOutput");
  ns_exit(e2);
  ns_exit(e);
  ck_assert_str_eq(opname(c_float(1, "1.0", "trailing/")), "trailing");
  e = gns("bar", &s);
  ck_assert_str_eq(opname(c_float(1, "1.0", "FloatOutput")),
                   "bar_1/FloatOutput");
  ns_exit(e);

  e = gns("foo/", &s);
  ck_assert_str_eq(s, "foo/");
  e2 = gns("foo4", &s);
  ck_assert_str_eq(s, "foo/foo4/");
  uint32_t e3 = gns("foo5//", &s);
  ck_assert_str_eq(s, "foo5//");
  ck_assert_str_eq(sv__tf_name_stack(g), "foo5/");
  uint32_t e4 = gns("foo6", &s);
  ck_assert_str_eq(s, "foo5//foo6/");
  ns_exit(e4);
  ns_exit(e3);
  ns_exit(e2);
  e2 = gns("a//b/c", &s);
  ck_assert_str_eq(s, "foo/a//b/c/");
  ns_exit(e2);
  e2 = gns("/", &s);
  ck_assert_str_eq(s, "/");
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  ck_assert_str_eq(opname(c_float(1, "1.0", "FloatOutput")),
                   "FloatOutput_1");
  ns_exit(e2);
  e2 = gns("_bar", &s); /* allowed when nested */
  ck_assert_str_eq(s, "foo/_bar/");
  ns_exit(e2);
  ns_exit(e);
  ck_assert_str_eq(sv__tf_name_stack(g), "");
}
END_TEST

static const struct {
  const char *outer; /* NULL: at the root */
  const char *name;
  const char *msg; /* NULL: valid */
} validity[] = {
    /* §3.1 regexes and examples */
    {NULL, "_bar", "'_bar' is not a valid scope name"},
    {"foo", "_bar", NULL},
    {NULL, "foo:0", "'foo:0' is not a valid scope name"},
    {"foo", "foo:0", "'foo:0' is not a valid scope name"},
    {NULL, "-x", "'-x' is not a valid scope name"},
    {"foo", "-x", NULL},
    {NULL, "/", "'/' is not a valid scope name"},
    {NULL, ".x-y_z/w", NULL},
    {NULL, "9lives", NULL},
    {NULL, "a b", "'a b' is not a valid scope name"},
    {"foo", "a b", "'a b' is not a valid scope name"},
    {NULL, "caf\xc3\xa9", "'caf\xc3\xa9' is not a valid scope name"},
    {NULL, "a>b", "'a>b' is not a valid scope name"}, /* 1.15: no '>' */
    {NULL, "a\\b", "'a\\b' is not a valid scope name"},
};

START_TEST(scope_name_validation) {
  /* §3.1 step 1; a failed entry leaves the stack unchanged */
  uint32_t outer = SV_NONE;
  if (validity[_i].outer) outer = gns(validity[_i].outer, NULL);
  const char *before = sv__tf_name_stack(g);
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_GRAPH_NAME_SCOPE;
  a.name = validity[_i].name;
  uint32_t e;
  const char *s;
  bool ok = sv__tf_name_scope_enter(g, &a, &e, &s);
  if (validity[_i].msg) {
    ck_assert(!ok);
    expect_error("ValueError", validity[_i].msg);
    ck_assert_str_eq(sv__tf_name_stack(g), before);
  } else {
    ck_assert(ok);
    ns_exit(e);
  }
  if (outer != SV_NONE) ns_exit(outer);
}
END_TEST

/* ---- §3.2 tf.name_scope ------------------------------------------------- */

START_TEST(tf_name_scope_examples) {
  /* §3.2 code block */
  const char *s;
  uint32_t e = ns("optimization", &s);
  ck_assert_str_eq(s, "optimization/");
  uint32_t c = c_float(1.0, "1.0", NULL);
  ck_assert_str_eq(opname(c), "optimization/Const");
  ns_exit(e);
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.default_name = "layer";
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(s, "layer/");
  ck_assert_int_eq(sv_graph_entry(g, e)->how, SV_HOW_DEFAULT_NAME);
  ns_exit(e);
  ck_assert(sv__tf_name_scope_enter(g, &a, &e, &s));
  ck_assert_str_eq(s, "layer_1/");
  ns_exit(e);
  e = ns("outer", NULL);
  uint32_t e2 = ns(NULL, &s);
  ck_assert_str_eq(opname(c_float(1.0, "1.0", NULL)), "Const");
  ns_exit(e2);
  ns_exit(e);
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.values_given = true;
  ck_assert(sv__tf_name_scope_check(tf, &a));
  ck_assert(!sv__tf_name_scope_enter(g, &a, &e, &s));
  expect_error("ValueError",
               "At least one of name (None) and default_name (None) must be "
               "provided.");
  ck_assert_str_eq(sv__tf_name_stack(g), "");
}
END_TEST

START_TEST(tf_name_scope_empty_ignores_default) {
  /* §3.2: "" is not None: resets to the root, ignores the default */
  uint32_t e = ns("outer", NULL);
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.name = "";
  a.default_name = "dflt";
  uint32_t e2;
  const char *s;
  ck_assert(sv__tf_name_scope_enter(g, &a, &e2, &s));
  ck_assert_str_eq(s, "");
  ck_assert_ptr_null(sv__tf_name_stack(g));
  ck_assert_str_eq(sv__tf_unique_name(g, "dflt", false), "dflt");
  ns_exit(e2);
  ns_exit(e);
  /* values given with a name: fine; values never affect naming */
  a.name = "v";
  a.default_name = NULL;
  a.values_given = true;
  ck_assert(sv__tf_name_scope_enter(g, &a, &e2, &s));
  ck_assert_str_eq(s, "v/");
  ns_exit(e2);
}
END_TEST

START_TEST(tf_name_scope_default_name_type) {
  /* §3.2: TypeError at construction (tf.name_scope("s", [a, b])) */
  sv_ns_args a;
  memset(&a, 0, sizeof a);
  a.api = SV_API_NAME_SCOPE;
  a.name = "s";
  a.default_name_type = "<class 'list'>";
  size_t nent = sv_graph_entry_count(g);
  ck_assert(!sv__tf_name_scope_check(tf, &a));
  expect_error("TypeError",
               "`default_name` type (<class 'list'>) is not a string type. "
               "You likely meant to pass this into the `values` kwarg.");
  ck_assert_uint_eq(sv_graph_entry_count(g), nent);
  ck_assert_uint_eq(sv_graph_error_count(g), 1);
}
END_TEST

/* ---- §3.3 reading the name scope -------------------------------------- */

START_TEST(get_name_scope_values) {
  /* §3.3 */
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  uint32_t e1 = ns("scope1", NULL);
  uint32_t e2 = ns("scope2", NULL);
  ck_assert_str_eq(sv__tf_name_stack(g), "scope1/scope2");
  uint32_t e3 = ns(NULL, NULL);
  ck_assert_ptr_null(sv__tf_name_stack(g)); /* None in 1.15 */
  ns_exit(e3);
  e3 = ns("", NULL);
  ck_assert_ptr_null(sv__tf_name_stack(g));
  ns_exit(e3);
  ns_exit(e2);
  ns_exit(e1);
  /* a root-level variable_scope(..., auxiliary_name_scope=False) */
  sv_vs_args a = vsa("v");
  a.aux = false;
  e1 = vs(&a, NULL);
  ck_assert_ptr_null(sv__tf_name_stack(g));
  ns_exit(e1);
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  /* nested: a re-entry of the current scope, not None */
  e1 = ns("o", NULL);
  e2 = vs(&a, NULL);
  ck_assert_str_eq(sv__tf_name_stack(g), "o");
  ns_exit(e2);
  ns_exit(e1);
  /* variable scopes change the stack only through their name scope */
  e1 = vs_str("w", NULL);
  ck_assert_str_eq(sv__tf_name_stack(g), "w");
  ns_exit(e1);
}
END_TEST

START_TEST(name_scope_restored_on_error) {
  /* §3.1 step 4: on exit the previous stack is restored exactly, also
   * when an error ends the block */
  uint32_t e1 = ns("a", NULL);
  uint32_t e2 = ns(NULL, NULL);
  uint32_t e3 = ns("b", NULL);
  sv_input in = in_l(lit_none());
  sv_opargs o = oa(NULL);
  op_fails(SV_K_CONSTANT, &in, 1, &o, "ValueError",
           "None values not supported.");
  ns_exit(e3);
  ck_assert_ptr_null(sv__tf_name_stack(g));
  ns_exit(e2);
  ck_assert_str_eq(sv__tf_name_stack(g), "a");
  ns_exit(e1);
}
END_TEST

/* ---- §4.1 mechanism A, §4.2 mechanism B ------------------------------- */

START_TEST(mechanism_a) {
  /* §4.1: name or type; trailing '/' verbatim, unmarked; node-name check
   * after marking */
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const");
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const_1");
  uint32_t e = ns("s", NULL);
  ck_assert_str_eq(opname(c_float(1, "1.0", "q/")), "q");
  ck_assert_str_eq(opname(c_float(1, "1.0", "s/")), "s");
  ns_exit(e);
  ck_assert_str_eq(sv__tf_unique_name(g, "q", false), "q");
  sv_input in = in_l(lit_f(1, "1.0"));
  sv_opargs a = oa("_x");
  size_t nops = sv_graph_op_count(g);
  op_fails(SV_K_CONSTANT, &in, 1, &a, "ValueError",
           "'_x' is not a valid node name");
  ck_assert_uint_eq(sv_graph_op_count(g), nops);
  ck_assert_str_eq(sv__tf_unique_name(g, "_x", false), "_x_1");
  a = oa("a b");
  op_fails(SV_K_CONSTANT, &in, 1, &a, "ValueError",
           "'a b' is not a valid node name");
  /* a nested scope may start with '_', but the op's full name is checked
   * with the root regex: fine here because it starts with "s" */
  e = ns("s2", NULL);
  a = oa("_y");
  ck_assert_str_eq(opname(op_ok(SV_K_CONSTANT, &in, 1, &a)), "s2/_y");
  ns_exit(e);
  /* implicit conversion of a tensor creates nothing */
  uint32_t t = c_float(2, "2.0", "t");
  nops = sv_graph_op_count(g);
  sv_input ti = in_t(t);
  a = oa(NULL);
  ck_assert_uint_eq(op_ok(SV_K_IDENTITY, &ti, 1, &a), nops);
  ck_assert_uint_eq(sv_graph_op_count(g), nops + 1);
}
END_TEST

START_TEST(mechanism_b) {
  /* §4.2: the scope is validated with the scope rules; inputs converted
   * in op-definition order at <op>/<arg>; op named by the scope */
  sv_input in[2] = {in_l(lit_f(1, "1.0")), in_l(lit_f(2, "2.0"))};
  sv_opargs a = oa("_bad");
  op_fails(SV_K_ADD, in, 2, &a, "ValueError",
           "'_bad' is not a valid scope name");
  a = oa("sum");
  uint32_t op = op_ok(SV_K_ADD, in, 2, &a);
  static const char *const want[] = {"sum/x", "sum/y", "sum"};
  static const char *const types[] = {"Const", "Const", "Add"};
  expect_ops(0, want, types, 3);
  ck_assert_uint_eq(op, 2);
  /* a name ending in '/' re-enters verbatim: op named exactly that */
  uint32_t t = c_float(1, "1.0", "t");
  sv_input ti = in_t(t);
  a = oa("sum/");
  ck_assert_str_eq(opname(op_ok(SV_K_IDENTITY, &ti, 1, &a)), "sum");
  /* generated default name is the op type */
  a = oa(NULL);
  ck_assert_str_eq(opname(op_ok(SV_K_RELU, &ti, 1, &a)), "Relu");
  ck_assert_str_eq(opname(op_ok(SV_K_RELU, &ti, 1, &a)), "Relu_1");
  /* converted inputs share the type attribute of the first input */
  uint32_t f = placeholder(SV_DT_FLOAT32, 0, NULL);
  sv_input mixed[2] = {in_t(f), in_l(lit_i(2, "2"))};
  uint32_t add = op_ok(SV_K_ADD, mixed, 2, &a);
  ck_assert_str_eq(opname(add - 1), "Add/y");
  ck_assert_str_eq(tstr(add - 1), "Tensor(\"Add/y:0\", shape=(), "
                                  "dtype=float32)");
}
END_TEST

START_TEST(mechanism_c_scope_and_op) {
  /* §4.3: an op name is also a scope prefix; second call _1 */
  uint32_t r = random_uniform_7_10();
  ck_assert_str_eq(opname(r), "random_uniform");
  ck_assert_str_eq(opname(random_uniform_7_10()), "random_uniform_1");
  ck_assert_str_eq(opname(r + 1), "random_uniform_1/shape");
  /* the scope record links the op named like it */
  size_t n = sv_graph_name_scope_count(g);
  int found = 0;
  for (size_t i = 0; i < n; i++) {
    const sv_name_scope *s = sv_graph_name_scope(g, i);
    if (strcmp(s->name, "random_uniform") == 0) {
      ck_assert_int_eq(s->opener, SV_NS_OP);
      ck_assert_uint_eq(s->op, r);
      found++;
    }
  }
  ck_assert_int_eq(found, 1);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("names");
  TCase *tc = tcase_create("names");
  tcase_add_checked_fixture(tc, t_setup, t_teardown);
  tcase_add_loop_test(tc, unique_name_sequences, 0,
                      sizeof table_rows / sizeof table_rows[0]);
  tcase_add_test(tc, unique_name_case_scopes);
  tcase_add_test(tc, unique_name_whole_path_key);
  tcase_add_test(tc, unique_name_generated_lookalike);
  tcase_add_test(tc, shared_namespace_ops_scopes);
  tcase_add_test(tc, what_does_not_mark);
  tcase_add_test(tc, graph_name_scope_examples);
  tcase_add_loop_test(tc, scope_name_validation, 0,
                      sizeof validity / sizeof validity[0]);
  tcase_add_test(tc, tf_name_scope_examples);
  tcase_add_test(tc, tf_name_scope_empty_ignores_default);
  tcase_add_test(tc, tf_name_scope_default_name_type);
  tcase_add_test(tc, get_name_scope_values);
  tcase_add_test(tc, name_scope_restored_on_error);
  tcase_add_test(tc, mechanism_a);
  tcase_add_test(tc, mechanism_b);
  tcase_add_test(tc, mechanism_c_scope_and_op);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(suite());
}
