/* SPDX-License-Identifier: MIT
 * check_dot_engine: the DOT exporter on models built through the scope
 * engine's C API (src/tf.h), so the records are exactly what the real
 * pipeline records (e.g. a "_1" suffix owned by the name-scope record a
 * tf.Variable opened, tf1-semantics.md §2.1, §8.6). The tutorial examples
 * of §15 plus name-scope and op collisions (§2.1, §3.1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "dot_testlib.h"
#include "engine_int.h"
#include "engine_testlib.h"
#include "unit_testlib.h"

static void at(uint32_t line)
{
  sv__tf_set_call_site(tf, (sv_loc){line, 5, 0, 1}, NULL);
}

static uint32_t tf_variable(const char *name, uint32_t line)
{
  at(line);
  uint32_t ru = random_uniform_7_10();
  at(line);
  return var_tensor(ru, name);
}

static uint32_t tf_get_variable(const char *name, uint32_t line)
{
  static const int64_t d[] = {7, 10};
  at(line);
  sv_get_variable_args a = gva(name, 2, d);
  return gv_ok(&a);
}

/* §15 example 1 and 2: the same script with two names swapped. */
static void example(const char *gv1, const char *gv2)
{
  at(5);
  uint32_t e = vs_str("embeddin", NULL);
  tf_variable("testing2", 6);
  tf_get_variable(gv1, 7);
  ck_assert(sv__tf_scope_exit(g, e));
  at(8);
  e = ns("optimization", NULL);
  tf_variable("testing", 9);
  tf_get_variable(gv2, 10);
  ns_exit(e);
}

/* ---- §15 example 2 ----------------------------------------------------------- */

START_TEST(example2_engine)
{
  example("testing2", "testing");
  char *dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  Agraph_t *dg = parse(dot);
  Agraph_t *emb =
      cluster_with_in(dg, "tf.variable_scope(&#39;embeddin&#39;), line 5");
  Agraph_t *opt =
      cluster_with_in(dg, "tf.name_scope(&#39;optimization&#39;), line 8");
  ck_assert_ptr_nonnull(emb);
  ck_assert_ptr_nonnull(opt);
  /* §15 step 2 / step 16: exactly these two name scopes hold variables;
   * the variables' own name scopes are not drawn as clusters. */
  ck_assert_int_eq(count_clusters(dg), 2);
  Agnode_t *t2 = node_with(dg, "<B>embeddin/testing2:0</B>", NULL);
  Agnode_t *t21 = node_with(dg, "<B>embeddin/testing2_1:0</B>", NULL);
  Agnode_t *ot = node_with(dg, "<B>optimization/testing:0</B>", NULL);
  Agnode_t *t = node_with(dg, "<B>testing:0</B>", NULL);
  ck_assert_ptr_eq(cluster_of(dg, t2), emb);
  ck_assert_ptr_eq(cluster_of(dg, t21), emb);
  ck_assert_ptr_eq(cluster_of(dg, ot), opt);
  ck_assert_ptr_null(cluster_of(dg, t)); /* §8.1: get_variable at the root */
  ck_assert_ptr_nonnull(strstr(label_of(t), "at the top level, not under "
                                            "name scope &#39;optimization"));
  /* The suffix is owned by the name scope tf.Variable('testing2') opened
   * (§8.6 step 2); the diagram names the variable, not the scope. */
  ck_assert_ptr_nonnull(strstr(label_of(t21),
                               "_1: &#39;embeddin/testing2&#39; was already "
                               "taken by<BR/>tf.Variable "
                               "&#39;embeddin/testing2:0&#39; (line 6)"));
  ck_assert_ptr_null(strstr(label_of(t21), "taken by<BR/>name scope"));
  Agedge_t *sfx = edge_between(dg, t21, t2);
  ck_assert_ptr_nonnull(sfx);
  ck_assert_ptr_nonnull(strstr(label_of(sfx), "taken here,<BR/>so suffix _1"));
  ck_assert_str_eq(agget(sfx, (char *)"style"), "dotted");
  /* The bypass: the call site sits in optimization, the arrow goes to
   * testing:0 and says which name scope was ignored. */
  Agnode_t *call = node_with(dg, "called here", NULL);
  ck_assert_ptr_eq(cluster_of(dg, call), opt);
  Agedge_t *by = edge_between(dg, call, t);
  ck_assert_ptr_nonnull(by);
  ck_assert_ptr_nonnull(strstr(label_of(by), "name_scope &#39;optimization"));
  ck_assert_ptr_null(edge_between(dg, call, ot));
  agclose(dg);
  free(dot);
}
END_TEST

/* §15 example 1: no collision, so no suffix text and no suffix arrow. */
START_TEST(example1_engine)
{
  example("testing3", "testing1");
  char *dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  Agraph_t *dg = parse(dot);
  node_with(dg, "<B>embeddin/testing3:0</B>", NULL);
  Agnode_t *t1 = node_with(dg, "<B>testing1:0</B>", NULL);
  ck_assert_ptr_null(cluster_of(dg, t1));
  ck_assert_int_eq(count_nodes_with(dg, "was already taken"), 0);
  ck_assert_int_eq(agnedges(dg), 1); /* only the bypass */
  agclose(dg);
  free(dot);
}
END_TEST

/* §15 example 3: reuse=True, a tf.Variable of the same name, the
 * get_variable fails with TF's message at the call. */
START_TEST(example3_engine)
{
  at(5);
  sv_vs_args a = vsa("embeddin");
  a.reuse = SV_REUSE_ARG_TRUE;
  uint32_t e = vs(&a, NULL);
  tf_variable("testing2", 6);
  static const int64_t d[] = {7, 10};
  at(7);
  sv_get_variable_args ga = gva("testing2", 2, d);
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &ga, &v));
  uint32_t rec = sv__tf_error_record(tf);
  sv_outcome o = {SV_END_EXCEPTION, "ValueError", sv__tf_error_message(tf),
                  {7, 5, 0, 1}, 0, rec};
  sv__tf_set_outcome(tf, &o);
  sv__tf_error_clear(tf);
  sv__tf_scope_exit(g, e);
  char *dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  Agraph_t *dg = parse(dot);
  Agraph_t *emb = cluster_with_in(dg, "tf.variable_scope(&#39;embeddin&#39;, "
                                      "reuse=True)");
  ck_assert_ptr_nonnull(emb);
  Agnode_t *err = node_with(dg, "<B>ValueError</B> at line 7", NULL);
  ck_assert_ptr_eq(cluster_of(dg, err), emb);
  /* §15 example 3's message, wrapped (spaces become line breaks). */
  ck_assert_ptr_nonnull(strstr(label_of(err), "Variable embeddin/testing2 "
                                              "does not exist, or was not"));
  ck_assert_ptr_nonnull(strstr(label_of(err), "raised by "
                                              "tf.get_variable(&#39;"
                                              "testing2&#39;)"));
  Agnode_t *t2 = node_with(dg, "<B>embeddin/testing2:0</B>", NULL);
  Agedge_t *link = edge_between(dg, err, t2);
  ck_assert_ptr_nonnull(link);
  ck_assert_ptr_nonnull(strstr(label_of(link), "not in get_variable"));
  ck_assert_ptr_nonnull(strstr(label_of(dg), "stopped: ValueError"));
  agclose(dg);
  free(dot);
}
END_TEST

/* §15 "consequence": variable_scope("embeddin", reuse=True) again opens
 * name scope embeddin_1 (§7.4 S) and get_variable('testing2') returns
 * embeddin/testing2_1 (§8.2). */
START_TEST(reuse_engine)
{
  example("testing2", "testing");
  at(12);
  sv_vs_args a = vsa("embeddin");
  a.reuse = SV_REUSE_ARG_TRUE;
  uint32_t e = vs(&a, NULL);
  at(13);
  sv_get_variable_args ga = gva("testing2", -1, NULL);
  uint32_t v = gv_ok(&ga);
  ck_assert_str_eq(sv_graph_var(g, v)->name, "embeddin/testing2_1:0");
  ck_assert(sv__tf_scope_exit(g, e));
  char *dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  Agraph_t *dg = parse(dot);
  Agraph_t *emb1 = cluster_with_in(dg, "<B>embeddin_1/</B>");
  ck_assert_ptr_nonnull(emb1);
  ck_assert_ptr_nonnull(strstr(label_of(emb1),
                               "variable scope &#39;embeddin&#39;"));
  /* embeddin_1: the name scope embeddin was taken by the first entry. */
  ck_assert_ptr_nonnull(strstr(label_of(emb1),
                               "_1: &#39;embeddin&#39; was already taken "
                               "by<BR/>name scope &#39;embeddin/&#39; of "
                               "tf.variable_scope(&#39;embeddin&#39;), "
                               "line 5"));
  Agnode_t *call = node_with(dg, "reuse=True: found", NULL);
  ck_assert_ptr_eq(cluster_of(dg, call), emb1);
  Agnode_t *t21 = node_with(dg, "<B>embeddin/testing2_1:0</B>", NULL);
  Agedge_t *re = edge_between(dg, call, t21);
  ck_assert_ptr_nonnull(re);
  ck_assert_ptr_nonnull(strstr(label_of(re), "reused"));
  agclose(dg);
  free(dot);
}
END_TEST

/* §3.1: name_scope('a') twice gives a/ then a_1/; an op name taken twice
 * gives c then c_1 (§2.1), shown with --ops and linked to the first c. */
START_TEST(collisions_engine)
{
  at(1);
  uint32_t e = ns("a", NULL);
  at(2);
  c_float(1.0, "1.0", "x");
  ns_exit(e);
  at(3);
  e = ns("a", NULL);
  at(4);
  c_float(1.0, "1.0", "x");
  ns_exit(e);
  at(5);
  uint32_t c0 = c_float(2.0, "2.0", "c");
  at(6);
  uint32_t c1 = c_float(3.0, "3.0", "c");
  ck_assert_str_eq(opname(c0), "c");
  ck_assert_str_eq(opname(c1), "c_1");
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  o.ops = true;
  char *dot = dot_of(sv__tf_model(tf), &o);
  assert_dot_clean(dot);
  Agraph_t *dg = parse(dot);
  Agraph_t *a1 = cluster_with_in(dg, "<B>a_1/</B>");
  ck_assert_ptr_nonnull(a1);
  ck_assert_ptr_nonnull(strstr(label_of(a1),
                               "_1: &#39;a&#39; was already taken by<BR/>"
                               "name scope &#39;a/&#39; of "
                               "tf.name_scope(&#39;a&#39;), line 1"));
  Agnode_t *n0 = node_with(dg, "Const", "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                                        "<FONT POINT-SIZE=\"10\">c</FONT>");
  Agnode_t *n1 = node_with(dg, "Const", "c_1</FONT>");
  ck_assert_ptr_nonnull(strstr(label_of(n1),
                               "_1: &#39;c&#39; was already taken by<BR/>"
                               "op &#39;c&#39; (Const, line 5)"));
  ck_assert_ptr_nonnull(edge_between(dg, n1, n0));
  agclose(dg);
  free(dot);

  /* Without --ops no op node and no suffix arrow. */
  dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  dg = parse(dot);
  ck_assert_int_eq(count_nodes_with(dg, "Const"), 0);
  ck_assert_int_eq(agnedges(dg), 0);
  agclose(dg);
  free(dot);
}
END_TEST

/* The same engine model twice gives the same bytes. */
START_TEST(repeatable_engine)
{
  example("testing2", "testing");
  char *a = dot_default(sv__tf_model(tf));
  char *b = dot_default(sv__tf_model(tf));
  ck_assert_str_eq(a, b);
  /* generated IDs only: a name is never written as an HTML string */
  ck_assert_ptr_null(strstr(a, "digraph <"));
  ck_assert_ptr_null(strstr(a, "\t<n"));
  free(a);
  free(b);
}
END_TEST

/* Variables of a kind made before are stamped (src/vartpl.c) and their op
 * records built on first read. The default diagram hides internal ops:
 * it draws such a variable without building them. A scope an op opened
 * under another one's V and re-entered by its absolute name (§3.1) still
 * shows, as the op's name scope re-entered (docs/diagrams.md: an opened
 * scope keeps its colour and gets a "re-entered by" line). */
START_TEST(stamped_unbuilt_engine)
{
  static const char *const layer[] = {"l0", "l1", "l2"};
  for (uint32_t i = 0; i < 3; i++) {
    at(3 + i);
    uint32_t e = vs_str(layer[i], NULL);
    tf_get_variable("w", 3 + i);
    ck_assert(sv__tf_scope_exit(g, e));
  }
  ck_assert_uint_eq(g->lazy.count, 2); /* l1/w and l2/w */
  char *dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  ck_assert_ptr_null(built_ops(0)); /* not built */
  ck_assert_ptr_null(built_ops(1));
  Agraph_t *dg = parse(dot);
  for (int i = 0; i < 3; i++) {
    char label[64];
    snprintf(label, sizeof label, "<B>%s/w:0</B>", layer[i]);
    ck_assert_ptr_nonnull(node_with(dg, label, NULL));
  }
  agclose(dg);
  free(dot);

  at(7);
  uint32_t e = ns("l2/w/Initializer/random_uniform/", NULL);
  tf_variable("k", 7);
  ns_exit(e);
  ck_assert_ptr_null(built_ops(0));
  ck_assert_ptr_nonnull(built_ops(1)); /* a name was made under it */
  dot = dot_default(sv__tf_model(tf));
  assert_dot_clean(dot);
  dg = parse(dot);
  Agraph_t *re = cluster_with_in(
      dg, "re-entered by tf.name_scope(&#39;l2/w/Initializer/"
          "random_uniform/&#39;), line 7");
  ck_assert_ptr_nonnull(re);
  ck_assert_ptr_nonnull(strstr(label_of(re), "<B>random_uniform/</B>"));
  ck_assert_ptr_nonnull(strstr(label_of(re), "an op's name scope"));
  ck_assert_ptr_null(strstr(label_of(re), "never opened"));
  Agnode_t *k =
      node_with(dg, "<B>l2/w/Initializer/random_uniform/k:0</B>", NULL);
  ck_assert_ptr_eq(cluster_of(dg, k), re);
  agclose(dg);
  free(dot);
}
END_TEST

static Suite *dot_engine_suite(void)
{
  Suite *s = suite_create("dot_engine");
  TCase *tc = tcase_create("tutorial");
  tcase_add_checked_fixture(tc, t_setup, t_teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, example2_engine);
  tcase_add_test(tc, example1_engine);
  tcase_add_test(tc, example3_engine);
  tcase_add_test(tc, reuse_engine);
  tcase_add_test(tc, collisions_engine);
  tcase_add_test(tc, repeatable_engine);
  tcase_add_test(tc, stamped_unbuilt_engine);
  suite_add_tcase(s, tc);
  return s;
}

int main(void)
{
  return ut_run_suite(dot_engine_suite());
}
