/* SPDX-License-Identifier: MIT
 * check_vscopes: tf.variable_scope (tf1-semantics.md §7): construction
 * checks, the four entry cases, counters, exit, and every §7.6-§7.8
 * example.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "engine_testlib.h"
#include "unit_testlib.h"

static const char *ns_of(uint32_t e) {
  return sv_graph_entry(g, e)->name_scope;
}

static const char *ns_in(const char *name) {
  const char *s;
  uint32_t e = ns(name, &s);
  ns_exit(e);
  return s;
}

/* ---- §7.3 construction checks, in order -------------------------------- */

START_TEST(construction_checks_order) {
  /* all three wrong: the first check wins */
  sv_vs_args a = vsa(NULL);
  a.reuse_invalid = true;
  a.aux_invalid = "invalid";
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
  expect_error("TypeError",
               "If default_name is None then name_or_scope is required");
  a.default_name = "d";
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
  expect_error("ValueError",
               "The reuse parameter must be True or False or None.");
  a.reuse_invalid = false;
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
  expect_error("TypeError",
               "The auxiliary_name_scope must be `True` or `False`, while "
               "get invalid");
  /* reuse=False is treated as None: no error; nothing entered by check */
  a = vsa("x");
  a.reuse = SV_REUSE_ARG_FALSE;
  ck_assert(sv__tf_variable_scope_check(tf, &a));
  ck_assert_uint_eq(sv_graph_entry_count(g), 0);
  ck_assert_uint_eq(sv_graph_error_count(g), 3);
}
END_TEST

START_TEST(enter_errors) {
  /* §7.4 O.1 and D.1: raised before any name scope is entered */
  sv_vs_args a = vsa(NULL);
  a.name_bad_type = true;
  uint32_t e;
  sv_vscope *s;
  ck_assert(!sv__tf_variable_scope_enter(g, &a, NULL, &e, &s));
  expect_error("TypeError",
               "VariableScope: name_or_scope must be a string or "
               "VariableScope.");
  static const sv_reuse_arg bad[] = {SV_REUSE_ARG_TRUE, SV_REUSE_ARG_AUTO};
  for (int i = 0; i < 2; i++) {
    a = vsa(NULL);
    a.default_name = "d";
    a.reuse = bad[i];
    ck_assert(!sv__tf_variable_scope_enter(g, &a, NULL, &e, &s));
    expect_error("ValueError",
                 "reuse=True cannot be used without a name_or_scope");
  }
  ck_assert_str_eq(sv__tf_unique_name(g, "d", false), "d");
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  ck_assert_str_eq(sv__vscope_name(sv__tf_get_variable_scope(g)), "");
}
END_TEST

/* ---- §7.4 cases --------------------------------------------------------- */

START_TEST(case_s_strings) {
  /* §7.4 S: "a/b" marks a/b only; name = parent/string */
  sv_vscope *s;
  uint32_t e = vs_str("a/b", &s);
  ck_assert_str_eq(sv__vscope_name(s), "a/b");
  ck_assert_str_eq(ns_of(e), "a/b/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "a/b/");
  ns_exit(e);
  ck_assert_str_eq(sv__tf_unique_name(g, "a", false), "a");
  ck_assert_str_eq(sv__tf_unique_name(g, "a/b", false), "a/b_1");
  /* nested */
  uint32_t e1 = vs_str("p", NULL);
  uint32_t e2 = vs_str("q", &s);
  ck_assert_str_eq(sv__vscope_name(s), "p/q");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "p/q/");
  ck_assert_int_eq(sv_graph_entry(g, e2)->how, SV_HOW_STRING);
  ns_exit(e2);
  ns_exit(e1);
}
END_TEST

START_TEST(case_s_empty_and_parent_slash) {
  /* §7.4 R and the parent//w oddity */
  sv_vscope *s;
  uint32_t e = vs_str("", &s);
  ck_assert_str_eq(sv__vscope_name(s), "");
  ck_assert_ptr_null(ns_of(e));
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "");
  ck_assert_int_eq(sv_graph_entry(g, e)->how, SV_HOW_ROOT);
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  gv_name("w", "w:0");
  ns_exit(e);
  e = vs_str("parent", NULL);
  uint32_t e2 = vs_str("", &s);
  ck_assert_str_eq(sv__vscope_name(s), "parent/");
  ck_assert_str_eq(sv__tf_name_stack(g), "parent");
  gv_name("w", "parent//w:0");
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(case_s_aux_false) {
  /* §7.4 S with aux False: re-entry of the current name scope; ons is
   * that scope string ("" at the root); nothing marked */
  sv_vs_args a = vsa("foo");
  a.aux = false;
  sv_vscope *s;
  uint32_t e = vs(&a, &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "");
  ck_assert_str_eq(opname(c_float(1, "1.0", "c")), "c");
  ns_exit(e);
  ck_assert_str_eq(sv__tf_unique_name(g, "foo", false), "foo");
  /* default name with aux False (case D.2): counters still used */
  a = vsa(NULL);
  a.default_name = "foo";
  a.aux = false;
  e = vs(&a, &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo_1");
  ns_exit(e);
}
END_TEST

START_TEST(case_o_name_scope) {
  /* §7.4 O.2: the last component, relative and uniquified; aux False:
   * re-entry; root object: no name scope */
  sv_vscope *ab, *root = sv__tf_get_variable_scope(g), *s;
  uint32_t e = vs_str("a", NULL);
  uint32_t e2 = vs_str("b", &ab);
  ns_exit(e2);
  ns_exit(e);
  sv_vs_args o = vsa(NULL);
  o.object = ab;
  e = vs(&o, &s);
  ck_assert_str_eq(ns_of(e), "b/");
  ck_assert_str_eq(sv__vscope_name(s), "a/b");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "a/b/");
  ck_assert_int_eq(sv_graph_entry(g, e)->how, SV_HOW_OBJECT);
  ck_assert_uint_eq(sv_graph_entry(g, e)->arg_object, e2);
  ns_exit(e);
  e = vs(&o, NULL);
  ck_assert_str_eq(ns_of(e), "b_1/");
  ns_exit(e);
  e = ns("n", NULL);
  o.aux = false;
  e2 = vs(&o, &s);
  ck_assert_str_eq(ns_of(e2), "n/");
  ck_assert_str_eq(sv__tf_name_stack(g), "n");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "a/b/");
  ns_exit(e2);
  o.aux = true;
  o.object = root;
  e2 = vs(&o, &s);
  ck_assert_ptr_null(ns_of(e2));
  ck_assert_str_eq(sv__tf_name_stack(g), "n");
  ck_assert_str_eq(sv__vscope_name(s), "");
  ck_assert_int_eq(sv_graph_entry(g, e2)->how, SV_HOW_ROOT);
  gv_name("r", "r:0");
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(case_o_inherits_captured) {
  /* §7.4 O.3: reuse, initializer and dtype from the captured object, not
   * the enclosing scope; non-None arguments override */
  sv_vscope *cap, *s;
  sv_vs_args a = vsa("cap");
  a.dtype = SV_DT_FLOAT64;
  uint32_t e = vs(&a, &cap);
  ns_exit(e);
  sv_vs_args r = vsa("outer");
  r.reuse = SV_REUSE_ARG_TRUE;
  e = vs(&r, &s);
  ck_assert_int_eq(sv__vscope_reuse(s), SV_REUSE_TRUE);
  sv_vs_args o = vsa(NULL);
  o.object = cap;
  uint32_t e2 = vs(&o, &s);
  ck_assert_int_eq(sv__vscope_reuse(s), SV_REUSE_FALSE);
  ck_assert_int_eq(sv__vscope_dtype(s), SV_DT_FLOAT64);
  ck_assert_str_eq(ns_of(e2), "outer/cap/");
  uint32_t v = gv_name("v", "cap/v:0");
  ck_assert_int_eq(sv_graph_var(g, v)->dtype, SV_DT_FLOAT64 | SV_DT_REF);
  ns_exit(e2);
  o.dtype = SV_DT_INT32;
  e2 = vs(&o, &s);
  ck_assert_int_eq(sv__vscope_dtype(s), SV_DT_INT32);
  ns_exit(e2);
  ns_exit(e);
  /* the captured object itself is unchanged */
  ck_assert_int_eq(sv__vscope_dtype(cap), SV_DT_FLOAT64);
}
END_TEST

START_TEST(case_o_counter_snapshot) {
  /* §7.4 O.4 / §7.5: leaving a case-O entry restores the counter map,
   * undoing the counts of scopes nested inside it */
  sv_vscope *foo;
  uint32_t e = vs_str("foo", &foo);
  ns_exit(e);
  sv_vs_args o = vsa(NULL);
  o.object = foo;
  sv_vs_args d = vsa(NULL);
  d.default_name = "bar";
  e = vs(&o, NULL);
  uint32_t e2 = vs(&d, NULL);
  gv_name("a", "foo/bar/a:0");
  ns_exit(e2);
  e2 = vs_str("x", NULL); /* a case-S scope nested inside */
  uint32_t e3 = vs(&d, NULL);
  gv_name("a", "foo/x/bar/a:0");
  ns_exit(e3);
  ns_exit(e2);
  ns_exit(e);
  /* without the snapshot, foo/bar would count 1 here -> foo/bar_1 */
  e = vs(&o, NULL);
  e2 = vs(&d, NULL);
  gv_name("b", "foo/bar/b:0");
  ns_exit(e2);
  ns_exit(e);
  /* a string entry of foo does keep counts while open */
  e = vs_str("foo", NULL);
  e2 = vs(&d, NULL);
  gv_name("c", "foo/bar/c:0");
  ns_exit(e2);
  e2 = vs(&d, NULL);
  gv_name("c", "foo/bar_1/c:0");
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(case_d_counters) {
  /* §7.4 D.3: counters, not the names table; case-sensitive */
  sv_vs_args d = vsa(NULL);
  d.default_name = "layer";
  sv_vscope *s;
  c_float(1, "1.0", "layer"); /* the names table has layer */
  uint32_t e = vs(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "layer");
  ck_assert_str_eq(ns_of(e), "layer_1/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "layer_1/");
  ck_assert_int_eq(sv_graph_entry(g, e)->how, SV_HOW_DEFAULT_NAME);
  ns_exit(e);
  /* a string scope counts too */
  e = vs_str("layer_1", NULL);
  ns_exit(e);
  e = vs(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "layer_2");
  ns_exit(e);
  d.default_name = "Layer";
  e = vs(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "Layer");
  ns_exit(e);
  /* reuse of a default-name scope is inherited from the parent */
  sv_vs_args r = vsa("r");
  r.reuse = SV_REUSE_ARG_AUTO;
  e = vs(&r, NULL);
  d.default_name = "in";
  uint32_t e2 = vs(&d, &s);
  ck_assert_int_eq(sv__vscope_reuse(s), SV_REUSE_AUTO);
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(improper_nesting) {
  /* §7.5: exiting a variable_scope that is not the current one */
  uint32_t a = vs_str("a", NULL);
  sv_vscope *b;
  uint32_t bb = vs_str("b", &b);
  ck_assert(!sv__tf_scope_exit(g, a));
  expect_error("RuntimeError", "Improper nesting of variable_scope.");
  ck_assert_ptr_eq(sv__tf_get_variable_scope(g), b);
  ck_assert_str_eq(sv__tf_name_stack(g), "a/b");
  ns_exit(bb);
  ns_exit(a);
  ck_assert_str_eq(sv__tf_name_stack(g), "");
}
END_TEST

START_TEST(exit_restores_on_error) {
  /* §15 Example 3 tail: state restored when an error propagates */
  sv_vs_args a = vsa("s");
  a.reuse = SV_REUSE_ARG_TRUE;
  uint32_t e = vs(&a, NULL);
  uint32_t e2 = ns("inner", NULL);
  sv_get_variable_args ga = gva("x", 0, NULL);
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  sv__tf_error_clear(tf);
  ck_assert_str_eq(sv__tf_name_stack(g), "s/inner");
  ns_exit(e2);
  ns_exit(e);
  ck_assert_str_eq(sv__tf_name_stack(g), "");
  ck_assert_str_eq(sv__vscope_name(sv__tf_get_variable_scope(g)), "");
}
END_TEST

/* ---- §7.6 -------------------------------------------------------------- */

START_TEST(divergence_table) {
  /* §7.6 rows in order, one fresh graph */
  sv_vscope *s1, *s;
  uint32_t e = vs_str("foo", &s1);
  ck_assert_str_eq(sv__vscope_name(s1), "foo");
  ck_assert_str_eq(ns_of(e), "foo/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s1), "foo/");
  ns_exit(e);
  e = vs_str("foo", &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo");
  ck_assert_str_eq(ns_of(e), "foo_1/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "foo_1/");
  ns_exit(e);
  sv_vs_args o = vsa(NULL);
  o.object = s1;
  e = vs(&o, &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo");
  ck_assert_str_eq(ns_of(e), "foo_2/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "foo/");
  ns_exit(e);
  ns_in("bar");
  sv_vs_args d = vsa(NULL);
  d.default_name = "bar";
  e = vs(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "bar");
  ck_assert_str_eq(ns_of(e), "bar_1/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "bar_1/");
  ns_exit(e);
  uint32_t b = vs_str("b", NULL);
  e = vs(&o, &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo");
  ck_assert_str_eq(ns_of(e), "b/foo/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "foo/");
  ns_exit(e);
  ns_exit(b);
  sv_vs_args x = vsa("foo");
  x.aux = false;
  e = vs(&x, &s);
  ck_assert_str_eq(sv__vscope_name(s), "foo");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "");
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const");
  ns_exit(e);
  d.default_name = "layer";
  e = vs(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "layer");
  ck_assert_str_eq(ns_of(e), "layer/");
  ns_exit(e);
  d.default_name = "Layer";
  e = vs(&d, &s);
  ck_assert_str_eq(sv__vscope_name(s), "Layer");
  ck_assert_str_eq(ns_of(e), "Layer_1/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "Layer_1/");
  ns_exit(e);
}
END_TEST

/* ---- §7.7 reuse table --------------------------------------------------- */

static const struct {
  sv_reuse_arg parent; /* reuse of an enclosing string scope */
  bool object;         /* enter a captured object */
  sv_reuse_arg captured; /* reuse the captured object was made with */
  bool dflt;           /* default name */
  sv_reuse_arg arg;
  sv_reuse want;
} reuse_rows[] = {
    {SV_REUSE_ARG_NONE, false, 0, false, SV_REUSE_ARG_NONE, SV_REUSE_FALSE},
    {SV_REUSE_ARG_TRUE, false, 0, false, SV_REUSE_ARG_NONE, SV_REUSE_TRUE},
    {SV_REUSE_ARG_TRUE, false, 0, false, SV_REUSE_ARG_FALSE, SV_REUSE_TRUE},
    {SV_REUSE_ARG_AUTO, false, 0, false, SV_REUSE_ARG_NONE, SV_REUSE_AUTO},
    {SV_REUSE_ARG_TRUE, false, 0, true, SV_REUSE_ARG_NONE, SV_REUSE_TRUE},
    {SV_REUSE_ARG_AUTO, false, 0, true, SV_REUSE_ARG_FALSE, SV_REUSE_AUTO},
    {SV_REUSE_ARG_NONE, false, 0, false, SV_REUSE_ARG_TRUE, SV_REUSE_TRUE},
    {SV_REUSE_ARG_NONE, false, 0, false, SV_REUSE_ARG_AUTO, SV_REUSE_AUTO},
    {SV_REUSE_ARG_TRUE, false, 0, false, SV_REUSE_ARG_AUTO, SV_REUSE_AUTO},
    {SV_REUSE_ARG_AUTO, false, 0, false, SV_REUSE_ARG_TRUE, SV_REUSE_TRUE},
    {SV_REUSE_ARG_TRUE, true, SV_REUSE_ARG_NONE, false, SV_REUSE_ARG_NONE,
     SV_REUSE_FALSE},
    {SV_REUSE_ARG_TRUE, true, SV_REUSE_ARG_NONE, false, SV_REUSE_ARG_FALSE,
     SV_REUSE_FALSE},
    {SV_REUSE_ARG_NONE, true, SV_REUSE_ARG_TRUE, false, SV_REUSE_ARG_NONE,
     SV_REUSE_TRUE},
    {SV_REUSE_ARG_NONE, true, SV_REUSE_ARG_NONE, false, SV_REUSE_ARG_TRUE,
     SV_REUSE_TRUE},
    {SV_REUSE_ARG_NONE, true, SV_REUSE_ARG_TRUE, false, SV_REUSE_ARG_AUTO,
     SV_REUSE_AUTO},
};

START_TEST(reuse_table) {
  /* §7.7 */
  sv_vscope *cap = NULL, *s;
  if (reuse_rows[_i].object) {
    sv_vs_args c = vsa("cap");
    c.reuse = reuse_rows[_i].captured;
    ns_exit(vs(&c, &cap));
  }
  sv_vs_args p = vsa("parent");
  p.reuse = reuse_rows[_i].parent;
  uint32_t e = vs(&p, NULL);
  sv_vs_args a = vsa(reuse_rows[_i].dflt || reuse_rows[_i].object ? NULL
                                                                  : "s");
  if (reuse_rows[_i].dflt) a.default_name = "d";
  a.object = cap;
  a.reuse = reuse_rows[_i].arg;
  uint32_t e2 = vs(&a, &s);
  ck_assert_int_eq(sv__vscope_reuse(s), reuse_rows[_i].want);
  ck_assert_int_eq(sv_graph_entry(g, e2)->reuse, reuse_rows[_i].want);
  ck_assert_int_eq(sv_graph_entry(g, e2)->arg_reuse, reuse_rows[_i].arg);
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(reuse_variables_sticks) {
  /* §7.1: reuse_variables() sets reuse on the object; it stays after the
   * block and affects later re-entries; at the root it makes everything
   * reuse-only */
  sv_vscope *s;
  uint32_t e = vs_str("a", &s);
  sv__vscope_reuse_variables(s);
  ns_exit(e);
  ck_assert_int_eq(sv__vscope_reuse(s), SV_REUSE_TRUE);
  sv_vs_args o = vsa(NULL);
  o.object = s;
  sv_vscope *t;
  e = vs(&o, &t);
  ck_assert_int_eq(sv__vscope_reuse(t), SV_REUSE_TRUE);
  ns_exit(e);
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  e = vs_str("later", &t);
  ck_assert_int_eq(sv__vscope_reuse(t), SV_REUSE_TRUE);
  ns_exit(e);
  sv_get_variable_args ga = gva("w", 0, NULL);
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  expect_error("ValueError",
               "Variable w does not exist, or was not created with "
               "tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE "
               "in VarScope?");
}
END_TEST

/* ---- §7.8 code blocks -------------------------------------------------- */

START_TEST(example_tower) {
  sv_vscope *tower, *t;
  uint32_t e = vs_str("tower4", &tower);
  ck_assert_str_eq(sv__vscope_name(tower), "tower4");
  ck_assert_str_eq(ns_in("scope"), "tower4/scope/");
  ns_exit(e);
  e = vs_str("tower6", NULL);
  sv_vs_args o = vsa(NULL);
  o.object = tower;
  o.reuse = SV_REUSE_ARG_TRUE;
  uint32_t e2 = vs(&o, &t);
  ck_assert_str_eq(sv__vscope_name(t), "tower4");
  ck_assert_str_eq(ns_in("scope"), "tower6/tower4/scope/");
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(example_original_name_scope) {
  sv_vscope *tower, *tower1;
  uint32_t n = ns("scope1", NULL);
  uint32_t e = vs_str("tower", &tower);
  ck_assert_str_eq(sv__vscope_original_name_scope(tower), "scope1/tower/");
  ns_exit(e);
  ns_exit(n);
  n = ns("scope2", NULL);
  sv_vs_args o = vsa(NULL);
  o.object = tower;
  e = vs(&o, &tower1);
  ck_assert_str_eq(sv__vscope_original_name_scope(tower1), "scope1/tower/");
  ck_assert_str_eq(ns_in("foo"), "scope2/tower/foo/");
  ns_exit(e);
  uint32_t r = ns(sv__vscope_original_name_scope(tower), NULL);
  ck_assert_str_eq(ns_in("bar"), "scope1/tower/bar/");
  ns_exit(r);
  ns_exit(n);
}
END_TEST

START_TEST(example_outer) {
  sv_vscope *outer;
  ns_exit(vs_str("outer", &outer));
  sv_vs_args o = vsa(NULL);
  o.object = outer;
  uint32_t e = vs(&o, NULL);
  uint32_t w = gv_name("w", "outer/w:0");
  ck_assert_str_eq(ns_in("scope2"), "outer_1/scope2/");
  uint32_t e2 = vs_str("default", NULL);
  gv_name("w", "outer/default/w:0");
  ck_assert_str_eq(ns_in("scope2"), "outer_1/default/scope2/");
  ns_exit(e2);
  ns_exit(e);
  o.reuse = SV_REUSE_ARG_TRUE;
  e = vs(&o, NULL);
  size_t nops = sv_graph_op_count(g);
  ck_assert_uint_eq(gv_name("w", "outer/w:0"), w);
  ck_assert_uint_eq(sv_graph_op_count(g), nops);
  ck_assert_str_eq(ns_in("scope2"), "outer_2/scope2/");
  ns_exit(e);
}
END_TEST

START_TEST(example_default_scopes) {
  static const char *const outer[] = {"defaultScope1", "defaultScope1",
                                      "defaultScope", "defaultScope1"};
  static const char *const want[] = {
      "defaultScope1/layer/w:0", "defaultScope1_1/layer/w:0",
      "defaultScope/layer/w:0", "defaultScope1_2/layer/w:0"};
  for (int i = 0; i < 4; i++) {
    sv_vs_args d = vsa(NULL);
    d.default_name = outer[i];
    uint32_t e1 = vs(&d, NULL);
    d.default_name = "layer";
    uint32_t e2 = vs(&d, NULL);
    gv_name("w", want[i]);
    ns_exit(e2);
    ns_exit(e1);
  }
}
END_TEST

START_TEST(example_foo_bar) {
  sv_vscope *v;
  uint32_t e = vs_str("foo", &v);
  sv_vs_args d = vsa(NULL);
  d.default_name = "bar";
  uint32_t e2 = vs(&d, NULL);
  gv_name("a", "foo/bar/a:0");
  ns_exit(e2);
  e2 = vs(&d, NULL);
  gv_name("b", "foo/bar_1/b:0");
  ns_exit(e2);
  ns_exit(e);
  sv_vs_args o = vsa(NULL);
  o.object = v;
  e = vs(&o, NULL);
  e2 = vs(&d, NULL);
  gv_name("c", "foo/bar/c:0");
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(example_aux_off) {
  sv_vscope *inner, *s;
  uint32_t e = vs_str("outer", NULL);
  sv_vs_args a = vsa("inner");
  a.aux = false;
  uint32_t e2 = vs(&a, &inner);
  ck_assert_str_eq(sv__vscope_original_name_scope(inner), "outer/");
  gv_name("w", "outer/inner/w:0");
  sv_input in = in_l(lit_fv(0, "[]"));
  sv_opargs c = oa("c");
  ck_assert_str_eq(opname(op_ok(SV_K_CONSTANT, &in, 1, &c)), "outer/c");
  ns_exit(e2);
  ns_exit(e);
  sv_vs_args o = vsa(NULL);
  o.object = inner;
  o.aux = false;
  e = vs(&o, &s);
  e2 = ns(sv__vscope_original_name_scope(s), NULL);
  ck_assert_str_eq(sv__tf_name_stack(g), "outer");
  gv_name("w1", "outer/inner/w1:0");
  c = oa("c1");
  ck_assert_str_eq(opname(op_ok(SV_K_CONSTANT, &in, 1, &c)), "outer/c1");
  ns_exit(e2);
  ns_exit(e);
}
END_TEST

START_TEST(example_object_reuse) {
  /* testVarScopeObjectReuse */
  static const sv_reuse_arg args[] = {SV_REUSE_ARG_NONE, SV_REUSE_ARG_TRUE,
                                      SV_REUSE_ARG_FALSE};
  static const sv_reuse want_true[] = {SV_REUSE_TRUE, SV_REUSE_TRUE,
                                       SV_REUSE_TRUE};
  static const sv_reuse want_false[] = {SV_REUSE_FALSE, SV_REUSE_TRUE,
                                        SV_REUSE_FALSE};
  for (int k = 0; k < 2; k++) {
    sv_vscope *v, *s;
    sv_vs_args a = vsa("jump");
    a.reuse = k == 0 ? SV_REUSE_ARG_TRUE : SV_REUSE_ARG_FALSE;
    ns_exit(vs(&a, &v));
    for (int i = 0; i < 3; i++) {
      sv_vs_args o = vsa(NULL);
      o.object = v;
      o.reuse = args[i];
      uint32_t e = vs(&o, &s);
      ck_assert_int_eq(sv__vscope_reuse(s),
                       k == 0 ? want_true[i] : want_false[i]);
      ns_exit(e);
    }
  }
}
END_TEST

START_TEST(reentered_args_block) {
  /* §7.5 last paragraph: the same variable_scope object entered twice
   * gets a new name scope but keeps the first original_name_scope */
  sv_vs_args a = vsa("foo");
  const char *first = NULL;
  uint32_t e;
  sv_vscope *s;
  ck_assert(sv__tf_variable_scope_enter(g, &a, &first, &e, &s));
  ck_assert_str_eq(first, "foo/");
  ns_exit(e);
  ck_assert(sv__tf_variable_scope_enter(g, &a, &first, &e, &s));
  ck_assert_str_eq(ns_of(e), "foo_1/");
  ck_assert_str_eq(sv__vscope_original_name_scope(s), "foo/");
  ns_exit(e);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("vscopes");
  TCase *tc = tcase_create("vscopes");
  tcase_add_checked_fixture(tc, t_setup, t_teardown);
  tcase_add_test(tc, construction_checks_order);
  tcase_add_test(tc, enter_errors);
  tcase_add_test(tc, case_s_strings);
  tcase_add_test(tc, case_s_empty_and_parent_slash);
  tcase_add_test(tc, case_s_aux_false);
  tcase_add_test(tc, case_o_name_scope);
  tcase_add_test(tc, case_o_inherits_captured);
  tcase_add_test(tc, case_o_counter_snapshot);
  tcase_add_test(tc, case_d_counters);
  tcase_add_test(tc, improper_nesting);
  tcase_add_test(tc, exit_restores_on_error);
  tcase_add_test(tc, divergence_table);
  tcase_add_loop_test(tc, reuse_table, 0,
                      sizeof reuse_rows / sizeof reuse_rows[0]);
  tcase_add_test(tc, reuse_variables_sticks);
  tcase_add_test(tc, example_tower);
  tcase_add_test(tc, example_original_name_scope);
  tcase_add_test(tc, example_outer);
  tcase_add_test(tc, example_default_scopes);
  tcase_add_test(tc, example_foo_bar);
  tcase_add_test(tc, example_aux_off);
  tcase_add_test(tc, example_object_reuse);
  tcase_add_test(tc, reentered_args_block);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(suite());
}
