/* SPDX-License-Identifier: MIT
 * check_printing: str/repr texts (tf1-semantics.md §9), the §11 checklist
 * of byte-exact messages (each triggered through the API) and the
 * recorded model fields exporters read (events, entries, renames, roles).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_testlib.h"
#include "unit_testlib.h"

static const int64_t d1[] = {1}, d3[] = {3}, d710[] = {7, 10};

/* ---- §9.1 - §9.5 --------------------------------------------------------- */

START_TEST(tensor_texts) {
  /* §9.1 examples */
  uint32_t c = c_float(1, "1.0", NULL);
  ck_assert_str_eq(tstr(c), "Tensor(\"Const:0\", shape=(), dtype=float32)");
  ck_assert_str_eq(trepr(c), "<tf.Tensor 'Const:0' shape=() dtype=float32>");
  uint32_t e = ns("embeddin", NULL);
  uint32_t r = random_uniform_7_10();
  ns_exit(e);
  ck_assert_str_eq(tstr(r), "Tensor(\"embeddin/random_uniform:0\", "
                            "shape=(7, 10), dtype=float32)");
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_op_repr(g, r, &b);
  ck_assert_str_eq(sv__buf_cstr(&b),
                   "<tf.Operation 'embeddin/random_uniform' type=Add>");
  sv__buf_fini(&b);
}
END_TEST

START_TEST(variable_texts) {
  /* §9.2 table for the first variable of §15 Example 1 */
  uint32_t e = vs_str("embeddin", NULL);
  uint32_t r = random_uniform_7_10();
  uint32_t v = var_tensor(r, "testing2");
  ns_exit(e);
  const sv_var *x = sv_graph_var(g, v);
  ck_assert_str_eq(x->name, "embeddin/testing2:0");
  ck_assert_str_eq(x->op_name, "embeddin/testing2");
  ck_assert_str_eq(optype(x->op), "VariableV2");
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_op_repr(g, x->op, &b);
  ck_assert_str_eq(sv__buf_cstr(&b),
                   "<tf.Operation 'embeddin/testing2' type=VariableV2>");
  sv__buf_clear(&b);
  sv__tf_shape_repr(&x->shape, &b);
  ck_assert_str_eq(sv__buf_cstr(&b),
                   "TensorShape([Dimension(7), Dimension(10)])");
  sv__buf_fini(&b);
  ck_assert_str_eq(sv_dtype_name(x->dtype), "float32_ref");
  ck_assert_str_eq(sv_dtype_name(sv_dtype_base(x->dtype)), "float32");
  ck_assert_str_eq(tstr(sv__tf_var_read_op(g, v)),
                   "Tensor(\"embeddin/testing2/read:0\", shape=(7, 10), "
                   "dtype=float32)");
  ck_assert_str_eq(tstr(sv__tf_var_initial_value_op(g, v)),
                   "Tensor(\"embeddin/random_uniform:0\", shape=(7, 10), "
                   "dtype=float32)");
  ck_assert_str_eq(opname(sv__tf_var_assign_op(g, v)),
                   "embeddin/testing2/Assign");
  ck_assert(x->trainable);
  ck_assert_str_eq(vrepr(v), "<tf.Variable 'embeddin/testing2:0' "
                             "shape=(7, 10) dtype=float32_ref>");
  uint32_t i = var_lit(lit_i(1, "1"), NULL);
  ck_assert_str_eq(vrepr(i),
                   "<tf.Variable 'Variable:0' shape=() dtype=int32_ref>");
  sv_variable_args a = va();
  a.initial = in_l(lit_fv(3, "[1.0, 2.0, 3.0]"));
  a.name = "w";
  ck_assert_str_eq(vrepr(var_ok(&a)),
                   "<tf.Variable 'w:0' shape=(3,) dtype=float32_ref>");
}
END_TEST

static const struct {
  int dt;
  const char *name;
} dtype_rows[] = {
    {SV_DT_FLOAT32, "float32"},   {SV_DT_INT32, "int32"},
    {SV_DT_FLOAT64, "float64"},   {SV_DT_BOOL, "bool"},
    {SV_DT_STRING, "string"},     {SV_DT_INT64, "int64"},
    {SV_DT_FLOAT16, "float16"},   {SV_DT_UINT8, "uint8"},
    {SV_DT_INT8, "int8"},         {SV_DT_INT16, "int16"},
    {SV_DT_COMPLEX64, "complex64"}, {SV_DT_COMPLEX128, "complex128"},
    {SV_DT_BFLOAT16, "bfloat16"}, {SV_DT_UINT16, "uint16"},
};

START_TEST(dtype_names) {
  /* §9.5 names and ref variants; name lookup round-trips */
  char ref[32];
  snprintf(ref, sizeof ref, "%s_ref", dtype_rows[_i].name);
  ck_assert_str_eq(sv_dtype_name(dtype_rows[_i].dt), dtype_rows[_i].name);
  ck_assert_str_eq(sv_dtype_name(dtype_rows[_i].dt | SV_DT_REF), ref);
  ck_assert_int_eq(sv__tf_dtype_from_name(dtype_rows[_i].name),
                   dtype_rows[_i].dt);
  ck_assert_int_eq(sv__tf_dtype_from_name(ref), dtype_rows[_i].dt | SV_DT_REF);
  ck_assert_int_eq(sv_dtype_base(dtype_rows[_i].dt | SV_DT_REF),
                   dtype_rows[_i].dt);
}
END_TEST

START_TEST(shape_texts) {
  /* §9.3 table */
  static const int64_t du[] = {-1}, dn10[] = {-1, 10}, d7[] = {7};
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
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    char buf[64];
    ck_assert_uint_eq(sv_shape_format(&rows[i].s, buf, sizeof buf),
                      strlen(rows[i].str));
    ck_assert_str_eq(buf, rows[i].str);
    sv_buf b;
    sv__buf_init(&b);
    sv__tf_shape_repr(&rows[i].s, &b);
    ck_assert_str_eq(sv__buf_cstr(&b), rows[i].repr);
    sv__buf_fini(&b);
  }
  char small[4];
  ck_assert_uint_eq(sv_shape_format(&rows[4].s, small, sizeof small), 7);
  ck_assert_str_eq(small, "(7,");
}
END_TEST

/* ---- §9.6 conversions ---------------------------------------------------- */

static const struct {
  int dtype; /* requested, or INVALID */
  int lit;   /* 0 float 1.5, 1 int 3, 2 bool, 3 string, 4 float 2.0 */
  const char *want_dtype; /* NULL: the TypeError below */
  const char *err;
} conv_rows[] = {
    {SV_DT_INVALID, 0, "float32", NULL},
    {SV_DT_INVALID, 1, "int32", NULL},
    {SV_DT_INVALID, 2, "bool", NULL},
    {SV_DT_INVALID, 3, "string", NULL},
    {SV_DT_FLOAT64, 1, "float64", NULL},
    {SV_DT_INT32, 4, "int32", NULL},
    {SV_DT_INT32, 0, NULL, "Expected int32, got 1.5 of type 'float' instead."},
    {SV_DT_INT64, 0, NULL, "Expected int64, got 1.5 of type 'float' instead."},
    {SV_DT_BOOL, 1, NULL, "Expected bool, got 3 of type 'int' instead."},
    {SV_DT_STRING, 0, NULL,
     "Expected string, got 1.5 of type 'float' instead."},
    {SV_DT_FLOAT32, 3, NULL,
     "Expected float32, got 'abc' of type 'str' instead."},
};

START_TEST(literal_conversion) {
  /* §9.6: inferred dtype when none requested; the TypeError otherwise */
  const sv_lit *l;
  switch (conv_rows[_i].lit) {
    case 0: l = lit_f(1.5, "1.5"); break;
    case 1: l = lit_i(3, "3"); break;
    case 2: l = lit_b(true); break;
    case 3: l = lit_s("'abc'"); break;
    default: l = lit_f(2.0, "2.0"); break;
  }
  sv_input in = in_l(l);
  sv_opargs a = oa(NULL);
  a.dtype = conv_rows[_i].dtype;
  if (conv_rows[_i].want_dtype) {
    uint32_t c = op_ok(SV_K_CONSTANT, &in, 1, &a);
    ck_assert_str_eq(sv_dtype_name(sv_graph_op(g, c)->dtype),
                     conv_rows[_i].want_dtype);
  } else {
    op_fails(SV_K_CONSTANT, &in, 1, &a, "TypeError", conv_rows[_i].err);
    ck_assert_uint_eq(sv_graph_op_count(g), 0);
  }
}
END_TEST

START_TEST(literal_shapes) {
  /* §9.6: shape of the value; [] is float32 (0,) */
  uint32_t c = op_ok(SV_K_CONSTANT, &(sv_input){SV_IN_LITERAL, 0,
                                                lit_fv(0, "[]")},
                     1, NULL);
  ck_assert_str_eq(tstr(c), "Tensor(\"Const:0\", shape=(0,), dtype=float32)");
  ck_assert_str_eq(sv_graph_op(g, c)->value, "[]");
  sv_input none = in_l(lit_none());
  op_fails(SV_K_CONSTANT, &none, 1, NULL, "ValueError",
           "None values not supported.");
}
END_TEST

/* ---- §11 checklist: every message, through the API ----------------------- */

typedef void (*trigger_fn)(void);

static void t_scope_name(void) {
  sv_ns_args a = {SV_API_NAME_SCOPE, "a b", NULL, NULL, false};
  uint32_t e;
  const char *s;
  ck_assert(!sv__tf_name_scope_enter(g, &a, &e, &s));
}
static void t_node_name(void) {
  sv_input in = in_l(lit_f(1, "1.0"));
  sv_opargs a = oa("a:b");
  sv_tensor t;
  ck_assert(!sv__tf_op(g, SV_K_CONSTANT, &in, 1, &a, &t));
}
static void t_default_name_type(void) {
  sv_ns_args a = {SV_API_NAME_SCOPE, "s", NULL, "<class 'list'>", false};
  ck_assert(!sv__tf_name_scope_check(tf, &a));
}
static void t_at_least_one(void) {
  sv_ns_args a = {SV_API_NAME_SCOPE, NULL, NULL, NULL, true};
  uint32_t e;
  const char *s;
  ck_assert(!sv__tf_name_scope_enter(g, &a, &e, &s));
}
static void vs_check_fails(sv_vs_args a) {
  ck_assert(!sv__tf_variable_scope_check(tf, &a));
}
static void t_default_required(void) {
  vs_check_fails(vsa(NULL));
}
static void t_reuse_param(void) {
  sv_vs_args a = vsa("x");
  a.reuse_invalid = true;
  vs_check_fails(a);
}
static void t_aux(void) {
  sv_vs_args a = vsa("x");
  a.aux_invalid = "1";
  vs_check_fails(a);
}
static void vs_enter_fails(sv_vs_args a) {
  uint32_t e;
  sv_vscope *s;
  ck_assert(!sv__tf_variable_scope_enter(g, &a, NULL, &e, &s));
}
static void t_vs_type(void) {
  sv_vs_args a = vsa(NULL);
  a.name_bad_type = true;
  vs_enter_fails(a);
}
static void t_reuse_without_name(void) {
  sv_vs_args a = vsa(NULL);
  a.default_name = "d";
  a.reuse = SV_REUSE_ARG_TRUE;
  vs_enter_fails(a);
}
static void t_nesting(void) {
  uint32_t a = vs_str("a", NULL);
  vs_str("b", NULL);
  ck_assert(!sv__tf_scope_exit(g, a));
}
static void gv_fails(sv_get_variable_args a) {
  uint32_t v;
  ck_assert(!sv__tf_get_variable(g, &a, &v));
}
static void t_exists(void) {
  gv_ok(&(sv_get_variable_args){.name = "v", .has_shape = true,
                                .shape = {1, d1}, .trainable = -1,
                                .validate_shape = true});
  gv_fails((sv_get_variable_args){.name = "v", .has_shape = true,
                                  .shape = {1, d1}, .trainable = -1,
                                  .validate_shape = true});
}
static void t_not_exist(void) {
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  gv_fails(gva("v", 1, d1));
}
static void t_share_shape(void) {
  sv_get_variable_args a = gva("v", 1, d1);
  gv_ok(&a);
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  gv_fails(gva("v", 1, d3));
}
static void t_share_dtype(void) {
  sv_get_variable_args a = gva("v", 1, d1);
  gv_ok(&a);
  sv__vscope_reuse_variables(sv__tf_get_variable_scope(g));
  a.dtype = SV_DT_BOOL;
  gv_fails(a);
}
static sv_init value_init;
static void t_init_type(void) {
  memset(&value_init, 0, sizeof value_init);
  value_init.kind = SV_INIT_VALUE;
  value_init.value = lit_f(1.5, "1.5");
  sv_get_variable_args a = gva("v", -1, NULL);
  a.initializer = &value_init;
  a.dtype = SV_DT_INT64;
  gv_fails(a);
}
static void t_init_constant(void) {
  memset(&value_init, 0, sizeof value_init);
  value_init.kind = SV_INIT_VALUE;
  value_init.value = lit_f(1.5, "1.5");
  sv_get_variable_args a = gva("v", 1, d1);
  a.initializer = &value_init;
  gv_fails(a);
}
static void t_init_required(void) {
  sv_get_variable_args a = gva("v", 1, d1);
  a.dtype = SV_DT_COMPLEX64;
  gv_fails(a);
}
static void t_init_invalid(void) {
  gv_fails(gva("v", -1, NULL));
}
static void t_initial_required(void) {
  sv_variable_args a = va();
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
}
static void t_initial_shape(void) {
  sv_variable_args a = va();
  a.initial = in_t(placeholder(SV_DT_INT32, -1, NULL));
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
}
static void t_collections(void) {
  sv_variable_args a = va();
  a.initial = in_l(lit_f(1, "1.0"));
  a.collections_bad_value = "5";
  a.collections_bad_type = "<class 'int'>";
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
}
static void t_constraint(void) {
  sv_variable_args a = va();
  a.initial = in_l(lit_f(1, "1.0"));
  a.constraint_not_callable = true;
  uint32_t v;
  ck_assert(!sv__tf_variable(g, &a, &v));
}
static void t_maxval(void) {
  sv_input in = in_l(lit_iv(d1, 1));
  sv_opargs a = oa(NULL);
  a.dtype = SV_DT_INT32;
  sv_tensor t;
  ck_assert(!sv__tf_op(g, SV_K_RANDOM_UNIFORM, &in, 1, &a, &t));
}
static void t_none(void) {
  sv_input in = in_l(lit_none());
  sv_tensor t;
  ck_assert(!sv__tf_op(g, SV_K_CONSTANT, &in, 1, NULL, &t));
}
static void t_expected(void) {
  sv_input in = in_l(lit_f(1.5, "1.5"));
  sv_opargs a = oa(NULL);
  a.dtype = SV_DT_INT32;
  sv_tensor t;
  ck_assert(!sv__tf_op(g, SV_K_CONSTANT, &in, 1, &a, &t));
}

static const struct {
  trigger_fn fn;
  const char *type, *msg;
  bool prefix;
} messages[] = {
    {t_scope_name, "ValueError", "'a b' is not a valid scope name", false},
    {t_node_name, "ValueError", "'a:b' is not a valid node name", false},
    {t_default_name_type, "TypeError",
     "`default_name` type (<class 'list'>) is not a string type. You likely "
     "meant to pass this into the `values` kwarg.",
     false},
    {t_at_least_one, "ValueError",
     "At least one of name (None) and default_name (None) must be provided.",
     false},
    {t_default_required, "TypeError",
     "If default_name is None then name_or_scope is required", false},
    {t_reuse_param, "ValueError",
     "The reuse parameter must be True or False or None.", false},
    {t_aux, "TypeError",
     "The auxiliary_name_scope must be `True` or `False`, while get 1",
     false},
    {t_vs_type, "TypeError",
     "VariableScope: name_or_scope must be a string or VariableScope.",
     false},
    {t_reuse_without_name, "ValueError",
     "reuse=True cannot be used without a name_or_scope", false},
    {t_nesting, "RuntimeError", "Improper nesting of variable_scope.", false},
    {t_exists, "ValueError",
     "Variable v already exists, disallowed. Did you mean to set reuse=True "
     "or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n\n",
     true},
    {t_not_exist, "ValueError",
     "Variable v does not exist, or was not created with tf.get_variable(). "
     "Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
     false},
    {t_share_shape, "ValueError",
     "Trying to share variable v, but specified shape (3,) and found shape "
     "(1,).",
     false},
    {t_share_dtype, "ValueError",
     "Trying to share variable v, but specified dtype bool and found dtype "
     "float32_ref.",
     false},
    {t_init_type, "ValueError",
     "Initializer type '<dtype: 'float32'>' and explicit dtype '<dtype: "
     "'int64'>' don't match.",
     false},
    {t_init_constant, "ValueError",
     "If initializer is a constant, do not specify shape.", false},
    {t_init_required, "ValueError",
     "An initializer for variable v of <dtype: 'complex64'> is required",
     false},
    {t_init_invalid, "ValueError",
     "The initializer passed is not valid. It should be a callable with no "
     "arguments and the shape should not be provided or an instance of "
     "`tf.keras.initializers.*' and `shape` should be fully defined.",
     false},
    {t_initial_required, "ValueError", "initial_value must be specified.",
     false},
    {t_initial_shape, "ValueError",
     "initial_value must have a shape specified: Tensor(\"Placeholder:0\", "
     "dtype=int32)",
     false},
    {t_collections, "ValueError",
     "collections argument to Variable constructor must be a list, tuple, "
     "or set. Got 5 of type <class 'int'>",
     false},
    {t_constraint, "ValueError",
     "The `constraint` argument must be a callable.", false},
    {t_maxval, "ValueError", "Must specify maxval for integer dtype tf.int32",
     false},
    {t_none, "ValueError", "None values not supported.", false},
    {t_expected, "TypeError", "Expected int32, got 1.5 of type 'float' "
                              "instead.",
     false},
};

START_TEST(checklist_messages) {
  /* §11: each message, its exception type, and its error record */
  messages[_i].fn();
  uint32_t rec = sv__tf_error_record(tf);
  ck_assert_uint_ne(rec, SV_NONE);
  const sv_error *er = sv_graph_error(g, rec);
  ck_assert_str_eq(er->type, messages[_i].type);
  ck_assert_str_eq(er->message, sv__tf_error_message(tf));
  ck_assert(!er->caught);
  sv__tf_error_mark_caught(g, rec);
  ck_assert(sv_graph_error(g, rec)->caught);
  if (messages[_i].prefix)
    expect_error_prefix(messages[_i].type, messages[_i].msg);
  else
    expect_error(messages[_i].type, messages[_i].msg);
  ck_assert_int_eq(sv__tf_error_kind(tf), SV_TFX_NONE);
}
END_TEST

/* ---- records ------------------------------------------------------------ */

START_TEST(events_and_entries) {
  /* DESIGN.md §3: events in order; entries span [first, last] */
  uint32_t e = vs_str("a", NULL);
  uint32_t c = c_float(1, "1.0", NULL);
  uint32_t v = gv_name("w", "a/w:0");
  ns_exit(e);
  static const sv_event_kind kinds[] = {
      SV_EV_ENTER, SV_EV_NAME_SCOPE, SV_EV_OP, /* a/Const */
  };
  ck_assert_uint_ge(sv_graph_event_count(g), 3);
  for (size_t i = 0; i < 3; i++)
    ck_assert_int_eq(sv_graph_event(g, i)->kind, kinds[i]);
  ck_assert_uint_eq(sv_graph_event(g, 2)->index, c);
  size_t n = sv_graph_event_count(g);
  ck_assert_int_eq(sv_graph_event(g, n - 1)->kind, SV_EV_EXIT);
  ck_assert_int_eq(sv_graph_event(g, n - 2)->kind, SV_EV_GETVAR);
  ck_assert_int_eq(sv_graph_event(g, n - 3)->kind, SV_EV_VAR);
  ck_assert_uint_eq(sv_graph_event(g, n - 3)->index, v);
  /* every op of the variable comes before its VAR event */
  const sv_entry *en = sv_graph_entry(g, e);
  ck_assert_uint_eq(en->first_event, 0);
  ck_assert_uint_eq(en->last_event, n - 1);
  ck_assert(en->closed);
  ck_assert_uint_eq(en->parent, SV_NONE);
  ck_assert_str_eq(en->arg_name, "a");
  ck_assert_str_eq(en->var_scope, "a");
  ck_assert_uint_eq(sv_graph_name_scope(g, en->name_scope_rec)->entry, e);
  ck_assert_uint_eq(sv_graph_op(g, c)->entry, e);
  ck_assert_uint_eq(sv_graph_var(g, v)->entry, e);
  ck_assert_uint_eq(sv_graph_var(g, v)->nbypassed, 0);
  /* an entry still open at the end spans every later event */
  uint32_t open = ns("o", NULL);
  c_float(1, "1.0", NULL);
  sv_outcome o;
  memset(&o, 0, sizeof o);
  o.end = SV_END_OK;
  o.graph = o.error = SV_NONE;
  sv__tf_set_outcome(tf, &o);
  ck_assert(!sv_graph_entry(g, open)->closed);
  ck_assert_uint_eq(sv_graph_entry(g, open)->last_event,
                    sv_graph_event_count(g) - 1);
  ck_assert_uint_eq(sv_graph_entry(g, open)->parent, SV_NONE);
}
END_TEST

START_TEST(op_roles_and_calls) {
  /* roles: the call's main op USER, helpers HELPER, variable ops
   * VAR_INTERNAL; one call id per API call */
  uint32_t r = random_uniform_7_10();
  for (uint32_t i = 0; i < 6; i++) {
    ck_assert_int_eq(sv_graph_op(g, i)->role, SV_OP_HELPER);
    ck_assert_uint_eq(sv_graph_op(g, i)->call, sv_graph_op(g, r)->call);
  }
  ck_assert_int_eq(sv_graph_op(g, r)->role, SV_OP_USER);
  uint32_t v = var_tensor(r, "v");
  const sv_var *x = sv_graph_var(g, v);
  ck_assert_int_eq(sv_graph_op(g, x->op)->role, SV_OP_VAR_INTERNAL);
  ck_assert(sv_graph_op(g, x->op)->internal);
  ck_assert_uint_eq(sv_graph_op(g, x->op)->var, v);
  ck_assert_uint_ne(sv_graph_op(g, x->op)->call, sv_graph_op(g, r)->call);
  ck_assert_uint_eq(sv_graph_op(g, r)->var, SV_NONE);
  ck_assert_str_eq(x->initializer, "tensor random_uniform:0");
  ck_assert_str_eq(sv_graph_op(g, 0)->value, "[7, 10]");
  ck_assert_ptr_null(sv_graph_op(g, r)->value);
  ck_assert_uint_eq(sv_graph_op(g, r)->ninputs, 2);
  ck_assert_ptr_eq(sv_graph_op_by_name(g, "random_uniform/sub"),
                   sv_graph_op(g, 4));
  ck_assert_ptr_null(sv_graph_op_by_name(g, "nope"));
}
END_TEST

START_TEST(rename_records) {
  /* §2.1 explanations: counter, suffix, skipped, who took the key */
  c_float(1, "1.0", "Foo");     /* op takes foo */
  c_float(1, "1.0", "foo_1");   /* op takes foo_1 */
  uint32_t c = c_float(1, "1.0", "foo");
  ck_assert_str_eq(opname(c), "foo_2");
  const sv_op *o = sv_graph_op(g, c);
  ck_assert_uint_ne(o->rename, SV_NONE);
  const sv_rename *r = sv_graph_rename(g, o->rename);
  ck_assert_str_eq(r->requested, "foo");
  ck_assert_str_eq(r->result, "foo_2");
  ck_assert_uint_eq(r->counter, 1);
  ck_assert_uint_eq(r->suffix, 2);
  ck_assert_uint_eq(r->skipped, 1);
  ck_assert_int_eq(r->taken_by_kind, SV_OWNER_OP);
  ck_assert_uint_eq(r->taken_by, 0);
  ck_assert_str_eq(r->taken_as, "Foo");
  uint32_t e = ns("foo", NULL);
  const sv_name_scope *s =
      sv_graph_name_scope(g, sv_graph_entry(g, e)->name_scope_rec);
  ck_assert_str_eq(s->name, "foo_3");
  ck_assert_str_eq(s->requested, "foo");
  ck_assert_int_eq(s->opener, SV_NS_ENTRY);
  ck_assert_uint_eq(sv_graph_rename(g, s->rename)->counter, 2);
  ns_exit(e);
  /* unique_name itself: no owner */
  sv__tf_unique_name(g, "q", true);
  c = c_float(1, "1.0", "q");
  r = sv_graph_rename(g, sv_graph_op(g, c)->rename);
  ck_assert_int_eq(r->taken_by_kind, SV_OWNER_NONE);
  ck_assert_uint_eq(r->taken_by, SV_NONE);
  ck_assert_ptr_null(r->taken_as);
}
END_TEST

START_TEST(bypass_lists) {
  /* get_variable ignores name scopes: the entries it bypasses,
   * innermost first; tf.Variable bypasses nothing */
  uint32_t n1 = ns("n1", NULL);
  uint32_t v1 = vs_str("v", NULL);
  uint32_t n2 = ns("n2", NULL);
  uint32_t x = gv_name("x", "v/x:0");
  const sv_var *r = sv_graph_var(g, x);
  ck_assert_uint_eq(r->nbypassed, 3);
  ck_assert_uint_eq(r->bypassed[0], n2);
  ck_assert_uint_eq(r->bypassed[1], v1);
  ck_assert_uint_eq(r->bypassed[2], n1);
  uint32_t y = var_lit(lit_f(1, "1.0"), "y");
  ck_assert_uint_eq(sv_graph_var(g, y)->nbypassed, 0);
  ns_exit(n2);
  ns_exit(v1);
  ns_exit(n1);
}
END_TEST

START_TEST(graphs_are_separate) {
  /* §1: per-graph state; reset gives a fresh default graph */
  c_float(1, "1.0", NULL);
  sv_graph *g0 = g;
  sv_graph *g1 = sv__tf_graph_new(tf);
  sv__tf_push_default(tf, g1);
  ck_assert_ptr_eq(sv__tf_default_graph(tf), g1);
  g = g1;
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const");
  sv__tf_pop_default(tf);
  g = g0;
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const_1");
  sv__tf_reset_default_graph(tf);
  g = sv__tf_default_graph(tf);
  ck_assert_ptr_ne(g, g0);
  ck_assert_str_eq(opname(c_float(1, "1.0", NULL)), "Const");
  const sv_model *m = sv__tf_model(tf);
  ck_assert_uint_eq(sv_model_graph_count(m), 3);
  ck_assert_uint_eq(sv__tf_graph_index(g), 2);
  ck_assert_str_eq(sv_model_source_name(m), "t.py");
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("printing");
  TCase *tc = tcase_create("printing");
  tcase_add_checked_fixture(tc, t_setup, t_teardown);
  tcase_add_test(tc, tensor_texts);
  tcase_add_test(tc, variable_texts);
  tcase_add_loop_test(tc, dtype_names, 0,
                      sizeof dtype_rows / sizeof dtype_rows[0]);
  tcase_add_test(tc, shape_texts);
  tcase_add_loop_test(tc, literal_conversion, 0,
                      sizeof conv_rows / sizeof conv_rows[0]);
  tcase_add_test(tc, literal_shapes);
  tcase_add_loop_test(tc, checklist_messages, 0,
                      sizeof messages / sizeof messages[0]);
  tcase_add_test(tc, events_and_entries);
  tcase_add_test(tc, op_roles_and_calls);
  tcase_add_test(tc, rename_records);
  tcase_add_test(tc, bypass_lists);
  tcase_add_test(tc, graphs_are_separate);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(suite());
}
