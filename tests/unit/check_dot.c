/* SPDX-License-Identifier: MIT
 * check_dot: the DOT and render exporters (exporters/dot.c, render.c) on
 * models written from tf1-semantics.md §15 (the tutorial) and on synthetic
 * large and hostile models. The DOT is parsed back with cgraph and checked
 * for clusters, nodes, edges and labels; every DOT goes through
 * `dot -Tsvg`, which must print nothing on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <check.h>
#include <graphviz/cgraph.h>

#include "scopeviz/export.h"
#include "scopeviz/model.h"

#include "dot_testlib.h"
#include "fake_model.h"
#include "unit_testlib.h"

/* ---- building tutorial models (tf1-semantics.md §15) ------------------------- */

static const char *const RU_OPS[][2] = {
    {"random_uniform/shape", "Const"}, {"random_uniform/min", "Const"},
    {"random_uniform/max", "Const"},   {"random_uniform/RandomUniform",
                                        "RandomUniform"},
    {"random_uniform/sub", "Sub"},     {"random_uniform/mul", "Mul"},
    {"random_uniform", "AddV2"}};

static char *cat(const char *a, const char *b)
{
  static char bufs[64][160];
  static int next;
  char *s = bufs[next++ % 64];
  snprintf(s, 160, "%s%s%s", a, a[0] ? "/" : "", b);
  return s;
}

static uint32_t op(sv_graph *g, const char *name, const char *type,
                   sv_op_role role, uint32_t var, uint32_t entry)
{
  sv_op o = {0};
  o.name = name;
  o.type = type;
  o.dtype = SV_DT_FLOAT32;
  o.shape = fm_shape2(7, 10);
  o.entry = entry;
  o.var = var;
  o.role = role;
  o.internal = role == SV_OP_VAR_INTERNAL;
  o.rename = SV_NONE;
  o.call = 0;
  return fm_op(g, o);
}

/* Strings the model borrows: freed after each test. */
static char **kept;
static size_t nkept, kept_cap;

static char *keep(char *s)
{
  if (nkept == kept_cap) {
    kept_cap = kept_cap ? kept_cap * 2 : 256;
    kept = realloc(kept, kept_cap * sizeof *kept);
  }
  kept[nkept++] = s;
  return s;
}

static void free_kept(void)
{
  for (size_t i = 0; i < nkept; i++)
    free(kept[i]);
  free(kept);
  kept = NULL;
  nkept = kept_cap = 0;
}

/* tf.random_uniform((7, 10), -1.0, 1.0) in name scope `scope` (§4.3). */
static uint32_t random_uniform(sv_graph *g, const char *scope, uint32_t entry)
{
  const char *name = keep(strdup(cat(scope, "random_uniform")));
  fm_name_scope(g, fm_scope(name, name, SV_NS_OP, SV_NONE, SV_NONE, SV_NONE,
                            (sv_loc){0, 0, 0, 0}));
  uint32_t last = SV_NONE;
  for (size_t i = 0; i < 7; i++)
    last = op(g, keep(strdup(cat(scope, RU_OPS[i][0]))), RU_OPS[i][1],
              i == 6 ? SV_OP_USER : SV_OP_HELPER, SV_NONE, entry);
  return last;
}


/* A variable with its own name scope and ops (§6.1, §8.4). */
static uint32_t variable(sv_graph *g, sv_creator creator, const char *op_name,
                         const char *requested, uint32_t entry,
                         const char *ns_at_call, const char *vs_at_call,
                         uint32_t rename, uint32_t line)
{
  uint32_t vid = (uint32_t)sv_graph_var_count(g);
  const char *req = rename == SV_NONE ? op_name
                                      : sv_graph_rename(g, rename)->requested;
  fm_name_scope(g, fm_scope(op_name, req, SV_NS_VARIABLE, SV_NONE, vid,
                            rename, (sv_loc){0, 0, 0, 0}));
  bool gv = creator == SV_CREATOR_GET_VARIABLE;
  if (gv)
    op(g, keep(strdup(cat(op_name, "Initializer/Const"))), "Const",
       SV_OP_VAR_INTERNAL, vid, entry);
  uint32_t v2 = op(g, op_name, "VariableV2", SV_OP_VAR_INTERNAL, vid, entry);
  op(g, keep(strdup(cat(op_name, "Assign"))), "Assign", SV_OP_VAR_INTERNAL,
     vid, entry);
  op(g, keep(strdup(cat(op_name, "read"))), "Identity", SV_OP_VAR_INTERNAL,
     vid, entry);
  sv_var v = {0};
  char name[200];
  snprintf(name, sizeof name, "%s:0", op_name);
  v.name = keep(strdup(name));
  v.op_name = op_name;
  v.requested = requested;
  v.creator = creator;
  v.store_key = gv ? requested : NULL;
  v.shape = fm_shape2(7, 10);
  v.dtype = SV_DT_FLOAT32 | SV_DT_REF;
  v.trainable = true;
  v.initializer = gv ? "constant_initializer(1)" : "tensor";
  v.op = v2;
  v.entry = entry;
  v.name_scope_at_call = ns_at_call;
  v.var_scope_at_call = vs_at_call;
  v.bypassed = NULL;
  v.nbypassed = 0;
  v.rename = rename;
  v.getvar = SV_NONE;
  v.loc = fm_line(line);
  return fm_var(g, v);
}

static uint32_t get_variable(sv_graph *g, const char *name, const char *full,
                             sv_getvar_outcome outcome, uint32_t var,
                             uint32_t entry, const char *ns_at_call,
                             uint32_t line)
{
  sv_getvar c = {0};
  c.name = name;
  c.full = full;
  c.reuse = SV_REUSE_FALSE;
  c.outcome = outcome;
  c.var = var;
  c.error = SV_NONE;
  c.entry = entry;
  c.name_scope_at_call = ns_at_call;
  c.loc = fm_line(line);
  uint32_t id = fm_getvar(g, c);
  if (var != SV_NONE && outcome == SV_GETVAR_CREATED)
    fm_var_at(g, var)->getvar = id;
  return id;
}

static uint32_t enter(sv_graph *g, sv_scope_api api, const char *name,
                      const char *scope_str, const char *var_scope,
                      sv_reuse_arg reuse, uint32_t line)
{
  size_t len = strlen(scope_str);
  char *full = keep(strndup(scope_str, len ? len - 1 : 0));
  sv_name_scope ns =
      fm_scope(full, full, SV_NS_ENTRY, (uint32_t)sv_graph_entry_count(g),
               SV_NONE, SV_NONE, fm_line(line));
  sv_entry e = {0};
  e.parent = SV_NONE;
  e.api = api;
  e.how = SV_HOW_STRING;
  e.arg_name = name;
  e.arg_object = SV_NONE;
  e.arg_reuse = reuse;
  e.arg_aux = true;
  e.name_scope = scope_str;
  e.name_scope_rec = (uint32_t)sv_graph_name_scope_count(g);
  e.var_scope = var_scope;
  e.original_name_scope = var_scope ? scope_str : NULL;
  e.reuse = reuse == SV_REUSE_ARG_TRUE ? SV_REUSE_TRUE : SV_REUSE_FALSE;
  e.loc = fm_line(line);
  uint32_t id = fm_enter(g, e);
  fm_name_scope(g, ns);
  return id;
}

static uint32_t bypassed_one[1];

/* Example 1 (n == 1) or Example 2 (n == 2) of §15: the get_variable names
 * are testing3/testing1 or testing2/testing. */
static fm_model *tutorial(int n)
{
  fm_model *f = fm_new("example.py", "");
  sv_graph *g = fm_add_graph(f);
  uint32_t e0 = enter(g, SV_API_VARIABLE_SCOPE, "embeddin", "embeddin/",
                      "embeddin", SV_REUSE_ARG_NONE, 1);
  random_uniform(g, "embeddin", e0);
  uint32_t v0 = variable(g, SV_CREATOR_VARIABLE, "embeddin/testing2",
                         "testing2", e0, "embeddin", "embeddin",
                         SV_NONE, 2);
  uint32_t v1;
  if (n == 2) {
    /* §15 Example 2 step 11': the key embeddin/testing2 was taken by the
     * tf.Variable's VariableV2 op -> embeddin/testing2_1. */
    sv_rename r = {"embeddin/testing2", "embeddin/testing2_1", 1, 1, 0,
                   SV_OWNER_OP, sv_graph_var(g, v0)->op,
                   "embeddin/testing2"};
    uint32_t rid = fm_rename(g, r);
    v1 = variable(g, SV_CREATOR_GET_VARIABLE, "embeddin/testing2_1",
                  "embeddin/testing2", e0, "embeddin", "embeddin", rid, 3);
    get_variable(g, "testing2", "embeddin/testing2", SV_GETVAR_CREATED, v1,
                 e0, "embeddin", 3);
  } else {
    v1 = variable(g, SV_CREATOR_GET_VARIABLE, "embeddin/testing3",
                  "embeddin/testing3", e0, "embeddin", "embeddin", SV_NONE,
                  3);
    get_variable(g, "testing3", "embeddin/testing3", SV_GETVAR_CREATED, v1,
                 e0, "embeddin", 3);
  }
  fm_exit(g, e0);
  uint32_t e1 = enter(g, SV_API_NAME_SCOPE, "optimization", "optimization/",
                      NULL, SV_REUSE_ARG_NONE, 4);
  random_uniform(g, "optimization", e1);
  variable(g, SV_CREATOR_VARIABLE, "optimization/testing", "testing", e1,
           "optimization", "", SV_NONE, 5);
  const char *gvname = n == 2 ? "testing" : "testing1";
  /* §15 step 19: the optimization name scope is ignored. */
  uint32_t v3 = variable(g, SV_CREATOR_GET_VARIABLE, gvname, gvname, e1,
                         "optimization", "", SV_NONE, 6);
  bypassed_one[0] = e1;
  fm_var_at(g, v3)->bypassed = bypassed_one;
  fm_var_at(g, v3)->nbypassed = 1;
  get_variable(g, gvname, gvname, SV_GETVAR_CREATED, v3, e1, "optimization",
               6);
  fm_exit(g, e1);
  return f;
}

/* Example 3: get_variable with reuse=True finds no stored variable. */
static fm_model *tutorial3(void)
{
  fm_model *f = fm_new("example3.py", "");
  sv_graph *g = fm_add_graph(f);
  uint32_t e0 = enter(g, SV_API_VARIABLE_SCOPE, "embeddin", "embeddin/",
                      "embeddin", SV_REUSE_ARG_TRUE, 1);
  random_uniform(g, "embeddin", e0);
  variable(g, SV_CREATOR_VARIABLE, "embeddin/testing2", "testing2", e0,
           "embeddin", "embeddin", SV_NONE, 2);
  uint32_t c = get_variable(g, "testing2", "embeddin/testing2",
                            SV_GETVAR_FAILED, SV_NONE, e0, "embeddin", 3);
  sv_error err = {0};
  err.type = "ValueError";
  err.message = "Variable embeddin/testing2 does not exist, or was not "
                "created with tf.get_variable(). Did you mean to set "
                "reuse=tf.AUTO_REUSE in VarScope?";
  err.call = "tf.get_variable";
  err.getvar = c;
  err.entry = e0;
  err.loc = fm_line(3);
  uint32_t eid = fm_error(g, err);
  fm_getvar_at(g, c)->error = eid;
  fm_exit(g, e0);
  sv_outcome o = {SV_END_EXCEPTION, "ValueError", err.message, fm_line(3),
                  0, eid};
  fm_set_outcome(f, &o);
  return f;
}

/* ---- tests: the tutorial ------------------------------------------------------ */

START_TEST(example2_structure)
{
  fm_model *f = tutorial(2);
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  /* Clusters by final name scope, styled by their API (§15 steps 2, 16). */
  Agraph_t *emb = cluster_with_in(g, "tf.variable_scope(&#39;embeddin&#39;)");
  Agraph_t *opt = cluster_with_in(g, "tf.name_scope(&#39;optimization&#39;)");
  ck_assert_ptr_nonnull(emb);
  ck_assert_ptr_nonnull(opt);
  ck_assert_int_eq(count_clusters(g), 2);
  /* The four variables of §15 Example 2, where their names put them. */
  Agnode_t *t2 = node_with(g, "<B>embeddin/testing2:0</B>", NULL);
  Agnode_t *t21 = node_with(g, "<B>embeddin/testing2_1:0</B>", NULL);
  Agnode_t *ot = node_with(g, "<B>optimization/testing:0</B>", NULL);
  Agnode_t *t = node_with(g, "<B>testing:0</B>", NULL);
  ck_assert_ptr_eq(cluster_of(g, t2), emb);
  ck_assert_ptr_eq(cluster_of(g, t21), emb);
  ck_assert_ptr_eq(cluster_of(g, ot), opt);
  ck_assert_ptr_null(cluster_of(g, t)); // §8.1: at the root
  /* tf.Variable and tf.get_variable drawn differently. */
  ck_assert_str_ne(agget(t2, (char *)"fillcolor"),
                   agget(t21, (char *)"fillcolor"));
  ck_assert_str_eq(agget(t2, (char *)"fillcolor"),
                   agget(ot, (char *)"fillcolor"));
  ck_assert_ptr_nonnull(strstr(label_of(t), "tf.get_variable(&#39;testing"));
  ck_assert_ptr_nonnull(strstr(label_of(ot), "tf.Variable(name=&#39;testing"));
  ck_assert_ptr_nonnull(strstr(label_of(t21), "shape (7, 10), float32_ref"));
  /* Bypass: a call site inside `optimization` points at testing:0. */
  Agnode_t *call = node_with(g, "called here", NULL);
  ck_assert_ptr_eq(cluster_of(g, call), opt);
  Agedge_t *by = edge_between(g, call, t);
  ck_assert_ptr_nonnull(by);
  ck_assert_ptr_nonnull(strstr(label_of(by), "get_variable ignores"));
  ck_assert_ptr_nonnull(strstr(label_of(by), "name_scope &#39;optimization"));
  /* Suffix: testing2_1 says who took embeddin/testing2 (§15 step 11'). */
  ck_assert_ptr_nonnull(strstr(label_of(t21),
                               "_1: &#39;embeddin/testing2&#39; was already "
                               "taken by<BR/>tf.Variable "
                               "&#39;embeddin/testing2:0&#39;"));
  Agedge_t *sfx = edge_between(g, t21, t2);
  ck_assert_ptr_nonnull(sfx);
  ck_assert_ptr_nonnull(strstr(label_of(sfx), "so suffix _1"));
  /* No ops by default; legend on. */
  ck_assert_int_eq(count_nodes_with(g, "AddV2"), 0);
  ck_assert_int_eq(count_nodes_with(g, "Assign"), 0);
  ck_assert_int_eq(count_nodes_with(g, "<B>Legend</B>"), 1);
  agclose(g);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

START_TEST(example1_no_suffix)
{
  fm_model *f = tutorial(1);
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  node_with(g, "<B>embeddin/testing3:0</B>", NULL);
  Agnode_t *t1 = node_with(g, "<B>testing1:0</B>", NULL);
  ck_assert_ptr_null(cluster_of(g, t1));
  ck_assert_int_eq(count_nodes_with(g, "was already taken by<BR/>"), 0);
  ck_assert_int_eq(count_nodes_with(g, "called here"), 1);
  agclose(g);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

START_TEST(example3_error)
{
  fm_model *f = tutorial3();
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  Agraph_t *emb = cluster_with_in(g, "tf.variable_scope(&#39;embeddin&#39;, "
                                     "reuse=True)");
  ck_assert_ptr_nonnull(emb);
  /* §15 Example 3: TF's message, at the failing call inside embeddin. */
  Agnode_t *err = node_with(g, "<B>ValueError</B> at line 3", NULL);
  ck_assert_ptr_eq(cluster_of(g, err), emb);
  ck_assert_ptr_nonnull(strstr(label_of(err), "Variable embeddin/testing2 "
                                              "does not exist, or was not"));
  ck_assert_ptr_nonnull(strstr(label_of(err), "AUTO_REUSE in VarScope?"));
  ck_assert_ptr_nonnull(strstr(label_of(err), "stopped here"));
  Agnode_t *t2 = node_with(g, "<B>embeddin/testing2:0</B>", NULL);
  Agedge_t *link = edge_between(g, err, t2);
  ck_assert_ptr_nonnull(link);
  ck_assert_ptr_nonnull(strstr(label_of(link), "not in get_variable"));
  ck_assert_ptr_nonnull(strstr(label_of(g), "stopped: ValueError"));
  agclose(g);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

/* reuse=True in a second `variable_scope("embeddin")` (name scope
 * embeddin_1, §7.6) returns embeddin/testing2_1 (§15 "consequence"). */
START_TEST(reuse_linked)
{
  fm_model *f = tutorial(2);
  sv_graph *g0 = (sv_graph *)sv_model_graph(fm_model_of(f), 0);
  uint32_t e2 = enter(g0, SV_API_VARIABLE_SCOPE, "embeddin", "embeddin_1/",
                      "embeddin", SV_REUSE_ARG_TRUE, 8);
  uint32_t c = get_variable(g0, "testing2", "embeddin/testing2",
                            SV_GETVAR_REUSED, 1, e2, "embeddin_1", 9);
  fm_getvar_at(g0, c)->reuse = SV_REUSE_TRUE;
  fm_exit(g0, e2);
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  Agraph_t *emb1 = cluster_with_in(g, "<B>embeddin_1/</B>");
  ck_assert_ptr_nonnull(emb1);
  /* var scope `embeddin` shown on the embeddin_1 cluster */
  ck_assert_ptr_nonnull(strstr(label_of(emb1), "variable scope &#39;embeddin"));
  Agnode_t *call = node_with(g, "reuse=True: found", NULL);
  ck_assert_ptr_eq(cluster_of(g, call), emb1);
  Agnode_t *t21 = node_with(g, "<B>embeddin/testing2_1:0</B>", NULL);
  ck_assert_ptr_nonnull(edge_between(g, call, t21));
  agclose(g);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

START_TEST(deterministic)
{
  fm_model *f = tutorial(2);
  char *a = dot_default(fm_model_of(f));
  char *b = dot_default(fm_model_of(f));
  ck_assert_str_eq(a, b);
  /* Another process, another environment size (ASLR, string addresses). */
  char cmd[4096];
  for (int pad = 0; pad < 2; pad++) {
    char padding[2048];
    memset(padding, 'x', sizeof padding - 1);
    padding[pad ? sizeof padding - 1 : 10] = '\0';
    snprintf(cmd, sizeof cmd,
             "env SV_PAD=%s /proc/%d/exe --dump-example2", padding,
             (int)getpid());
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    out o = {NULL, 0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
      out_write(&o, buf, n);
    ck_assert_int_eq(pclose(p), 0);
    ck_assert_str_eq(o.data, a);
    free(o.data);
  }
  free(a);
  free(b);
  fm_free(f);
  free_kept();
}
END_TEST

/* ---- hostile names ------------------------------------------------------------ */

START_TEST(hostile_names)
{
  static const char *const names[] = {
      "q\"uote", "back\\slash", "a<b>&c", "new\nline", "caf\xc3\xa9/\xe2\x9c\x93",
      "bad\xff\xfe", "\\N\\G"};
  fm_model *f = fm_new("we\"ird\\<file>.py", "");
  sv_graph *g = fm_add_graph(f);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char scope[64];
    snprintf(scope, sizeof scope, "%s/", names[i]);
    uint32_t e = enter(g, SV_API_NAME_SCOPE, names[i], keep(strdup(scope)),
                       NULL, SV_REUSE_ARG_NONE, (uint32_t)i + 1);
    variable(g, SV_CREATOR_VARIABLE, keep(strdup(cat(names[i], "v"))), "v",
             e, names[i], "", SV_NONE, (uint32_t)i + 1);
    fm_exit(g, e);
  }
  char long_name[600];
  memset(long_name, 'L', sizeof long_name - 1);
  long_name[sizeof long_name - 1] = '\0';
  variable(g, SV_CREATOR_VARIABLE, long_name, long_name, SV_NONE, "", "",
           SV_NONE, 20);
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *pg = parse(dot);
  ck_assert_ptr_nonnull(cluster_with_in(pg, "<B>q&quot;uote/</B>"));
  ck_assert_ptr_nonnull(cluster_with_in(pg, "<B>back\\\\slash/</B>"));
  ck_assert_ptr_nonnull(cluster_with_in(pg, "<B>a&lt;b&gt;&amp;c/</B>"));
  ck_assert_ptr_nonnull(cluster_with_in(pg, "<B>new\\nline/</B>"));
  ck_assert_ptr_nonnull(cluster_with_in(pg, "<B>\xe2\x9c\x93/</B>"));
  ck_assert_ptr_nonnull(cluster_with_in(pg, "<B>bad\xef\xbf\xbd\xef\xbf\xbd"));
  node_with(pg, "<B>\\\\N\\\\G/v:0</B>", NULL);
  node_with(pg, long_name, NULL);
  ck_assert_ptr_nonnull(strstr(label_of(pg), "we&quot;ird\\\\&lt;file&gt;"));
  /* No line of the DOT is wrapped (linelength=0): the long name is whole. */
  ck_assert_ptr_nonnull(strstr(dot, long_name));
  agclose(pg);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

/* ---- large models ---------------------------------------------------------------- */

/* `count` variable scopes layer_<i> with get_variable kernel and bias. */
static fm_model *layers(int count, const char *prefix)
{
  fm_model *f = fm_new("layers.py", "");
  sv_graph *g = fm_add_graph(f);
  for (int i = 0; i < count; i++) {
    char s[64], k[64], bn[64];
    snprintf(s, sizeof s, "%s%d/", prefix, i);
    snprintf(k, sizeof k, "%s%d/kernel", prefix, i);
    snprintf(bn, sizeof bn, "%s%d/bias", prefix, i);
    char *scope = keep(strdup(s)), *kn = keep(strdup(k));
    char *bias = keep(strdup(bn)), *vs = keep(strndup(s, strlen(s) - 1));
    uint32_t e = enter(g, SV_API_VARIABLE_SCOPE, vs, scope, vs,
                       SV_REUSE_ARG_NONE, 2);
    uint32_t v = variable(g, SV_CREATOR_GET_VARIABLE, kn, kn, e, vs, vs,
                          SV_NONE, 3);
    get_variable(g, "kernel", kn, SV_GETVAR_CREATED, v, e, vs, 3);
    v = variable(g, SV_CREATOR_GET_VARIABLE, bias, bias, e, vs, vs, SV_NONE,
                 4);
    get_variable(g, "bias", bias, SV_GETVAR_CREATED, v, e, vs, 4);
    fm_exit(g, e);
  }
  return f;
}

START_TEST(series_grouped)
{
  fm_model *f = layers(100, "layer_");
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  Agnode_t *s = node_with(g, "layer_[0-99] (100)", NULL);
  ck_assert_ptr_nonnull(strstr(label_of(s), "100 scopes, 200 nodes"));
  ck_assert_int_eq(count_clusters(g), 0);
  ck_assert_int_eq(count_nodes_with(g, "kernel"), 0);
  agclose(g);
  free(dot);
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  o.group_series = false;
  o.node_budget = 1000;
  dot = dot_of(fm_model_of(f), &o);
  g = parse(dot);
  ck_assert_int_eq(count_clusters(g), 100);
  ck_assert_int_eq(count_nodes_with(g, "/kernel:0</B>"), 100);
  agclose(g);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

START_TEST(budget_and_depth)
{
  /* 10 000 layers, series grouping off: the budget collapses level 1. */
  fm_model *f = layers(10000, "l");
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  o.group_series = false;
  clock_t t0 = clock();
  char *dot = dot_of(fm_model_of(f), &o);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  ck_assert_msg(secs < 2.0, "10 000 layers took %.2fs", secs);
  Agraph_t *g = parse(dot);
  ck_assert_int_le(agnnodes(g), 310);
  ck_assert_int_eq(count_nodes_with(g, "node budget reached"), 1);
  assert_dot_clean(dot);
  agclose(g);
  free(dot);
  /* depth 0 on 5 layers: no cluster, each layer one summary node. */
  fm_model *small = layers(5, "layer_");
  o.depth = 0;
  o.group_series = false;
  o.node_budget = 3 + 1; // legend + cut note + layers: forces depth 0
  dot = dot_of(fm_model_of(small), &o);
  g = parse(dot);
  ck_assert_int_eq(count_clusters(g), 0);
  ck_assert_int_eq(count_nodes_with(g, "/ ...</B>"), 4);
  ck_assert_int_eq(count_nodes_with(g, "collapsed to stay near 4"), 1);
  agclose(g);
  free(dot);
  o.node_budget = 0;
  o.depth = 1;
  dot = dot_of(fm_model_of(small), &o);
  g = parse(dot);
  ck_assert_int_eq(count_clusters(g), 5);
  agclose(g);
  free(dot);
  fm_free(small);
  fm_free(f);
  free_kept();
}
END_TEST

START_TEST(focus_subtree)
{
  fm_model *f = tutorial(2);
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  o.focus = "optimization";
  char *dot = dot_of(fm_model_of(f), &o);
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  ck_assert_int_eq(count_clusters(g), 1);
  ck_assert_int_eq(count_nodes_with(g, "embeddin"), 0);
  node_with(g, "<B>optimization/testing:0</B>", NULL);
  agclose(g);
  free(dot);
  o.focus = "nowhere/";
  out sink = {NULL, 0};
  char *err = NULL;
  ck_assert(!sv_export_dot(fm_model_of(f), &o, out_write, &sink, &err));
  ck_assert_ptr_nonnull(err);
  ck_assert_str_eq(err, "focus: no name scope 'nowhere/' in the model");
  ck_assert_uint_eq(sink.len, 0);
  free(err);
  fm_free(f);
  free_kept();
}
END_TEST

START_TEST(ops_and_legend)
{
  fm_model *f = tutorial(2);
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  o.legend = false;
  o.ops = true;
  char *dot = dot_of(fm_model_of(f), &o);
  assert_dot_clean(dot);
  Agraph_t *g = parse(dot);
  ck_assert_int_eq(count_nodes_with(g, "Legend"), 0);
  ck_assert_int_eq(count_nodes_with(g, "AddV2"), 2); // two random_uniform
  ck_assert_int_eq(count_nodes_with(g, "Assign"), 0);
  agclose(g);
  free(dot);
  o.internal_ops = true;
  dot = dot_of(fm_model_of(f), &o);
  assert_dot_clean(dot);
  g = parse(dot);
  ck_assert_int_eq(count_nodes_with(g, ">Assign<"), 4);
  ck_assert_int_eq(count_nodes_with(g, "VariableV2"), 0); // = the variable
  agclose(g);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

/* variable_scope("foo", auxiliary_name_scope=False) opens no name scope:
 * foo/v lives under a prefix nobody entered (§7.4). */
START_TEST(implicit_prefix)
{
  fm_model *f = fm_new("aux.py", "");
  sv_graph *g = fm_add_graph(f);
  sv_entry e = {0};
  e.parent = SV_NONE;
  e.api = SV_API_VARIABLE_SCOPE;
  e.how = SV_HOW_STRING;
  e.arg_name = "foo";
  e.arg_object = SV_NONE;
  e.arg_aux = false;
  e.name_scope = NULL;
  e.name_scope_rec = SV_NONE;
  e.var_scope = "foo";
  e.loc = fm_line(1);
  uint32_t id = fm_enter(g, e);
  uint32_t v = variable(g, SV_CREATOR_GET_VARIABLE, "foo/v", "foo/v", id, "",
                        "foo", SV_NONE, 2);
  get_variable(g, "v", "foo/v", SV_GETVAR_CREATED, v, id, "", 2);
  fm_exit(g, id);
  char *dot = dot_default(fm_model_of(f));
  assert_dot_clean(dot);
  Agraph_t *pg = parse(dot);
  Agraph_t *c = cluster_with_in(pg, "prefix only");
  ck_assert_ptr_nonnull(c);
  ck_assert_ptr_nonnull(strstr(label_of(c), "auxiliary_name_scope=False"));
  ck_assert_str_eq(agget(c, (char *)"style"), "dotted");
  ck_assert_ptr_eq(cluster_of(pg, node_with(pg, "<B>foo/v:0</B>", NULL)), c);
  agclose(pg);
  free(dot);
  fm_free(f);
  free_kept();
}
END_TEST

/* ---- render --------------------------------------------------------------------- */

static out render(const sv_model *m, const char *format)
{
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  out r = {NULL, 0};
  char *err = NULL;
  bool ok = sv_export_render(m, &o, format, out_write, &r, &err);
  ck_assert_msg(ok, "render %s: %s", format, err ? err : "?");
  free(err);
  return r;
}

START_TEST(render_formats)
{
  fm_model *f = tutorial(2);
  out svg = render(fm_model_of(f), "svg");
  ck_assert_ptr_nonnull(strstr(svg.data, "<svg"));
  ck_assert_ptr_nonnull(strstr(svg.data, "embeddin/testing2_1:0"));
  out png = render(fm_model_of(f), "png");
  ck_assert_uint_gt(png.len, 8);
  ck_assert_int_eq(memcmp(png.data, "\x89PNG\r\n\x1a\n", 8), 0);
  out pdf = render(fm_model_of(f), "pdf");
  ck_assert_int_eq(memcmp(pdf.data, "%PDF", 4), 0);
  out bad = {NULL, 0};
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  char *err = NULL;
  ck_assert(!sv_export_render(fm_model_of(f), &o, "nonsense", out_write, &bad,
                              &err));
  ck_assert_ptr_nonnull(strstr(err, "nonsense"));
  free(err);
  free(svg.data);
  free(png.data);
  free(pdf.data);
  fm_free(f);
  free_kept();
}
END_TEST

static Suite *dot_suite(void)
{
  Suite *s = suite_create("dot");
  TCase *tc = tcase_create("tutorial");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, example2_structure);
  tcase_add_test(tc, example1_no_suffix);
  tcase_add_test(tc, example3_error);
  tcase_add_test(tc, reuse_linked);
  tcase_add_test(tc, deterministic);
  tcase_add_test(tc, hostile_names);
  tcase_add_test(tc, implicit_prefix);
  tcase_add_test(tc, ops_and_legend);
  tcase_add_test(tc, focus_subtree);
  suite_add_tcase(s, tc);
  TCase *big = tcase_create("large");
  tcase_set_timeout(big, 120);
  tcase_add_test(big, series_grouped);
  tcase_add_test(big, budget_and_depth);
  suite_add_tcase(s, big);
  TCase *r = tcase_create("render");
  tcase_set_timeout(r, 60);
  tcase_add_test(r, render_formats);
  suite_add_tcase(s, r);
  return s;
}

int main(int argc, char **argv)
{
  /* --dump-example2: the DOT of §15 Example 2 (determinism test).
   * --render-example N FORMAT: §15 Example N rendered (docs/img). */
  bool dump = argc == 2 && strcmp(argv[1], "--dump-example2") == 0;
  bool rend = argc == 4 && strcmp(argv[1], "--render-example") == 0;
  if (dump || rend) {
    int n = dump ? 2 : atoi(argv[2]);
    fm_model *f = n == 3 ? tutorial3() : tutorial(n == 1 ? 1 : 2);
    sv_dot_opts o;
    sv_dot_opts_init(&o);
    out data = {NULL, 0};
    bool ok = dump ? sv_export_dot(fm_model_of(f), &o, out_write, &data, NULL)
                   : sv_export_render(fm_model_of(f), &o, argv[3],
                                      out_write, &data, NULL);
    if (ok)
      fwrite(data.data, 1, data.len, stdout);
    free(data.data);
    fm_free(f);
    free_kept();
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
  }
  return ut_run_suite(dot_suite());
}
