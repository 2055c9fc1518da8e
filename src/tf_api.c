/* SPDX-License-Identifier: MIT
 * tf_api: the functions of the emulated `tensorflow` module
 * (script-language.md §4): ops, variables, scopes, graphs, collections,
 * initializers, and the module namespaces (tf, tf.nn, tf.math, ...).
 */
#include <stdlib.h>
#include <string.h>

#include "tf_builtins_int.h"

/* ---- ops (§4, §5) -------------------------------------------------------- */

enum {
  OPF_LIST0 = 1,       /* param 0 is a list of inputs (concat, stack) */
  OPF_REDUCE = 2,      /* axis / keepdims / reduction_indices / keep_dims */
  OPF_MATMUL = 4,      /* transpose_a/b, adjoint_a/b */
  OPF_AXIS_ATTR = 8,   /* param axis_ix is an int attribute */
  OPF_SHAPE_ATTR = 16, /* param shape_ix is a static shape attribute */
  OPF_DROPOUT = 32,    /* keep_prob or rate as in[1] */
  OPF_DTYPE_REQ = 64   /* dtype param is required (placeholder, cast) */
};

typedef struct op_spec {
  const char *fname;
  sv_opkind kind;
  const char *params[16];
  size_t nreq;
  int8_t in[4]; /* param indexes of the inputs, -1 terminated */
  int8_t name_ix, dtype_ix, shape_ix, axis_ix;
  int64_t axis_default;
  unsigned flags;
} op_spec;

/* clang-format off */
#define N -1
static const op_spec op_specs[] = {
  /* fname, kind, params, nreq, inputs, name, dtype, shape, axis,
   * axis_default, flags */
  {"constant", SV_K_CONSTANT,
   {"value", "dtype", "shape", "name", "verify_shape"}, 1, {0, N},
   3, 1, 2, N, 0, OPF_SHAPE_ATTR},
  {"zeros", SV_K_ZEROS, {"shape", "dtype", "name"}, 1, {0, N},
   2, 1, N, N, 0, 0},
  {"ones", SV_K_ONES, {"shape", "dtype", "name"}, 1, {0, N},
   2, 1, N, N, 0, 0},
  {"fill", SV_K_FILL, {"dims", "value", "name"}, 2, {0, 1, N},
   2, N, N, N, 0, 0},
  {"zeros_like", SV_K_ZEROS_LIKE, {"tensor", "dtype", "name", "optimize"},
   1, {0, N}, 2, 1, N, N, 0, 0},
  {"ones_like", SV_K_ONES_LIKE, {"tensor", "dtype", "name", "optimize"},
   1, {0, N}, 2, 1, N, N, 0, 0},
  {"random_uniform", SV_K_RANDOM_UNIFORM,
   {"shape", "minval", "maxval", "dtype", "seed", "name"}, 1, {0, 1, 2, N},
   5, 3, N, N, 0, 0},
  {"random_normal", SV_K_RANDOM_NORMAL,
   {"shape", "mean", "stddev", "dtype", "seed", "name"}, 1, {0, 1, 2, N},
   5, 3, N, N, 0, 0},
  {"truncated_normal", SV_K_TRUNCATED_NORMAL,
   {"shape", "mean", "stddev", "dtype", "seed", "name"}, 1, {0, 1, 2, N},
   5, 3, N, N, 0, 0},
  {"placeholder", SV_K_PLACEHOLDER, {"dtype", "shape", "name"}, 1, {N},
   2, 0, 1, N, 0, OPF_SHAPE_ATTR | OPF_DTYPE_REQ},
  {"add", SV_K_ADD, {"x", "y", "name"}, 2, {0, 1, N}, 2, N, N, N, 0, 0},
  {"subtract", SV_K_SUBTRACT, {"x", "y", "name"}, 2, {0, 1, N},
   2, N, N, N, 0, 0},
  {"multiply", SV_K_MULTIPLY, {"x", "y", "name"}, 2, {0, 1, N},
   2, N, N, N, 0, 0},
  {"divide", SV_K_DIVIDE, {"x", "y", "name"}, 2, {0, 1, N},
   2, N, N, N, 0, 0},
  {"matmul", SV_K_MATMUL,
   {"a", "b", "transpose_a", "transpose_b", "adjoint_a", "adjoint_b",
    "a_is_sparse", "b_is_sparse", "name"}, 2, {0, 1, N},
   8, N, N, N, 0, OPF_MATMUL},
  {"identity", SV_K_IDENTITY, {"input", "name"}, 1, {0, N},
   1, N, N, N, 0, 0},
  {"relu", SV_K_RELU, {"features", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"sigmoid", SV_K_SIGMOID, {"x", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"tanh", SV_K_TANH, {"x", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"softmax", SV_K_SOFTMAX, {"logits", "axis", "name", "dim"}, 1, {0, N},
   2, N, N, 1, -1, OPF_AXIS_ATTR},
  {"square", SV_K_SQUARE, {"x", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"sqrt", SV_K_SQRT, {"x", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"exp", SV_K_EXP, {"x", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"log", SV_K_LOG, {"x", "name"}, 1, {0, N}, 1, N, N, N, 0, 0},
  {"bias_add", SV_K_BIAS_ADD, {"value", "bias", "data_format", "name"}, 2,
   {0, 1, N}, 3, N, N, N, 0, 0},
  {"dropout", SV_K_DROPOUT,
   {"x", "keep_prob", "noise_shape", "seed", "name", "rate"}, 1, {0, N},
   4, N, N, N, 0, OPF_DROPOUT},
  {"reshape", SV_K_RESHAPE, {"tensor", "shape", "name"}, 2, {0, 1, N},
   2, N, N, N, 0, 0},
  {"concat", SV_K_CONCAT, {"values", "axis", "name"}, 2, {N},
   2, N, N, N, 0, OPF_LIST0},
  {"stack", SV_K_STACK, {"values", "axis", "name"}, 1, {N},
   2, N, N, 1, 0, OPF_LIST0 | OPF_AXIS_ATTR},
  {"transpose", SV_K_TRANSPOSE, {"a", "perm", "name", "conjugate"}, 1,
   {0, 1, N}, 2, N, N, N, 0, 0},
  {"cast", SV_K_CAST, {"x", "dtype", "name"}, 2, {0, N},
   2, 1, N, N, 0, OPF_DTYPE_REQ},
  {"reduce_sum", SV_K_REDUCE_SUM,
   {"input_tensor", "axis", "keepdims", "name", "reduction_indices",
    "keep_dims"}, 1, {0, N}, 3, N, N, N, 0, OPF_REDUCE},
  {"reduce_mean", SV_K_REDUCE_MEAN,
   {"input_tensor", "axis", "keepdims", "name", "reduction_indices",
    "keep_dims"}, 1, {0, N}, 3, N, N, N, 0, OPF_REDUCE},
  {"global_variables_initializer", SV_K_GLOBAL_VARIABLES_INITIALIZER, {0},
   0, {N}, N, N, N, N, 0, 0},
  {"initialize_all_variables", SV_K_GLOBAL_VARIABLES_INITIALIZER, {0},
   0, {N}, N, N, N, N, 0, 0},
  {"no_op", SV_K_NO_OP, {"name"}, 0, {N}, 0, N, N, N, 0, 0},
};
#undef N
/* clang-format on */

static const op_spec *spec_by_name(const char *fname) {
  for (size_t i = 0; i < sizeof op_specs / sizeof *op_specs; i++)
    if (!strcmp(op_specs[i].fname, fname)) return &op_specs[i];
  return NULL;
}

static bool given(sv_value v) {
  return !sv_is_unset(v) && !sv_is_none(v);
}

static bool flag_arg(sv_interp *I, sv_value v, bool *out) {
  *out = false;
  if (!given(v)) return true;
  return sv_truthy(I, v, out);
}

/* An optional bool argument as -1 (not given: None), 0 or 1; *out is
 * left alone when v is not given. */
static bool tristate_arg(sv_interp *I, sv_value v, int *out) {
  if (!given(v)) return true;
  bool t;
  if (!sv_truthy(I, v, &t)) return false;
  *out = t ? 1 : 0;
  return true;
}

static bool int_arg(tb_call *c, sv_value v, const char *what, int64_t *out) {
  if (v.tag == SV_T_INT) {
    *out = v.as.i;
    return true;
  }
  return sv_reject(c->I, c->loc, "a non-int %s is not emulated", what);
}

static bool op_call(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)self;
  const op_spec *sp = ud;
  tb_state *st = tb_state_of(I);
  sv_value v[16];
  /* TF 1.15's Python function names, for argument errors. */
  const char *pyname = sp->kind == SV_K_CONSTANT      ? "constant_v1"
                       : sp->kind == SV_K_REDUCE_SUM  ? "reduce_sum_v1"
                       : sp->kind == SV_K_REDUCE_MEAN ? "reduce_mean_v1"
                                                      : sp->fname;
  if (!sv_args_bind(I, a, pyname, sp->params, sp->nreq, v)) return false;
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv_graph *g = sv__tf_default_graph(st->tf);
  bool ok = false;
  sv_opargs oa;
  memset(&oa, 0, sizeof oa);
  oa.dtype = SV_DT_INVALID;
  sv_input *in = NULL;
  size_t nin = 0;
  if (sp->name_ix >= 0 && !tb_name_arg(&c, v[sp->name_ix], "op", &oa.name))
    goto done;
  if (sp->dtype_ix >= 0 &&
      !tb_dtype_arg(&c, v[sp->dtype_ix], "dtype", &oa.dtype))
    goto done;
  if ((sp->flags & OPF_SHAPE_ATTR) &&
      !tb_shape_arg(&c, tb_scratch(&c), v[sp->shape_ix], &oa.has_shape,
                    &oa.shape))
    goto done;
  if (sp->flags & OPF_AXIS_ATTR) {
    oa.axis = sp->axis_default;
    sv_value ax = v[sp->axis_ix];
    if (sp->kind == SV_K_SOFTMAX && !given(ax)) ax = v[3]; /* dim */
    if (given(ax) && !int_arg(&c, ax, "axis", &oa.axis)) goto done;
  }
  if (sp->flags & OPF_MATMUL) {
    bool ta, tb_, aa, ab;
    if (!flag_arg(I, v[2], &ta) || !flag_arg(I, v[3], &tb_) ||
        !flag_arg(I, v[4], &aa) || !flag_arg(I, v[5], &ab))
      goto done;
    oa.transpose_a = ta || aa;
    oa.transpose_b = tb_ || ab;
  }
  if (sp->flags & OPF_LIST0) {
    sv_value list = v[0];
    if (!sv_is_list(list) && !sv_is_tuple(list)) {
      sv_reject(I, a->loc, "%s of a single tensor is not emulated", sp->fname);
      goto done;
    }
    size_t n = sv_seq_len(list);
    in = sv__arena_zalloc(tb_scratch(&c), (n + 2) * sizeof *in);
    for (size_t i = 0; i < n; i++)
      if (!tb_input(&c, sv_seq_item(list, i), false, &in[i])) goto done;
    nin = n;
    if (sp->kind == SV_K_CONCAT) {
      if (!tb_input(&c, v[1], false, &in[nin])) goto done;
      nin++;
    }
  } else {
    in = sv__arena_zalloc(tb_scratch(&c), 4 * sizeof *in);
    for (int k = 0; k < 4 && sp->in[k] >= 0; k++) {
      int ix = sp->in[k];
      bool optional = (size_t)ix >= sp->nreq;
      if (!tb_input(&c, v[ix], optional, &in[nin])) goto done;
      nin++;
    }
  }
  if (sp->flags & OPF_REDUCE) {
    sv_value axis = given(v[1]) ? v[1] : v[4];
    if (!tb_input(&c, axis, true, &in[nin])) goto done;
    nin++;
    bool kd = false, kd2 = false;
    if (!flag_arg(I, v[2], &kd) || !flag_arg(I, v[5], &kd2)) goto done;
    oa.keepdims = kd || kd2;
  }
  if (sp->flags & OPF_DROPOUT) {
    sv_value p = given(v[1]) ? v[1] : v[5];
    if (!tb_input(&c, p, true, &in[nin])) goto done;
    nin++;
  }
  sv_tensor res;
  if (!sv__tf_op(g, sp->kind, in, nin, &oa, &res)) {
    tb_engine_fail(&c, g);
    goto done;
  }
  if (sp->kind == SV_K_GLOBAL_VARIABLES_INITIALIZER || sp->kind == SV_K_NO_OP)
    *out = tb_op_new(st, res.g, res.op);
  else
    *out = tb_tensor_new(st, res.g, res.op);
  ok = true;
done:
  tb_call_end(&c);
  return ok;
}

/* ---- tf.Variable (§6) ---------------------------------------------------- */

static bool fn_variable(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  (void)self;
  /* variables.py, VariableV1 signature (1.15): positional order matters;
   * tf.Variable(x, "w") sets trainable. */
  static const char *const params[] = {
      "initial_value",   "trainable",    "collections",  "validate_shape",
      "caching_device",  "name",         "variable_def", "dtype",
      "expected_shape",  "import_scope", "constraint",   "use_resource",
      "synchronization", "aggregation",  "shape",        NULL};
  sv_value v[15];
  /* tf.Variable is VariableV1, whose metaclass calls
   * _variable_v1_call(cls, ...): argument errors name that function. */
  if (!sv_args_bind(I, a, "_variable_v1_call", params, 0, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv_graph *g = sv__tf_default_graph(st->tf);
  bool ok = false;
  sv_variable_args va;
  memset(&va, 0, sizeof va);
  va.dtype = SV_DT_INVALID;
  va.validate_shape = true;
  va.trainable = -1;
  if (given(v[12]) || given(v[13]) || given(v[6]) || given(v[9])) {
    sv_reject(I, a->loc,
              "tf.Variable with variable_def, import_scope, synchronization "
              "or aggregation is not emulated");
    goto done;
  }
  sv_value init = v[0];
  if (!given(init)) {
    va.initial.kind = SV_IN_ABSENT;
  } else if (tb_is_callable(init) && !sv_is_native(init, &tb_npdtype_class)) {
    const sv_init *box;
    if (!tb_init_arg(&c, init, false, &box)) goto done;
    if (box->kind == SV_INIT_CALLABLE) {
      va.initial_cb = box->cb;
      va.initial_cb_ud = box->cb_ud;
    } else {
      sv_reject(I, a->loc,
                "an initializer object as tf.Variable's initial value is "
                "not emulated");
      goto done;
    }
  } else if (!tb_input(&c, init, false, &va.initial)) {
    goto done;
  }
  if (!tristate_arg(I, v[1], &va.trainable)) goto done;
  bool bad = false;
  if (!tb_keys_arg(&c, v[2], &va.collections, &va.ncollections, &bad))
    goto done;
  if (bad) {
    sv_buf b;
    sv__buf_init(&b);
    if (!sv_str(I, v[2], &b)) {
      sv__buf_fini(&b);
      goto done;
    }
    va.collections_bad_value =
        sv__arena_strdup(tb_scratch(&c), sv__buf_cstr(&b));
    sv__buf_clear(&b);
    sv_type_str(v[2], &b); /* "%s" % type(x): "<class 'str'>" */
    va.collections_bad_type =
        sv__arena_strdup(tb_scratch(&c), sv__buf_cstr(&b));
    sv__buf_fini(&b);
  }
  if (given(v[3]) && !flag_arg(I, v[3], &va.validate_shape)) goto done;
  if (!tb_name_arg(&c, v[5], "variable", &va.name)) goto done;
  if (!tb_dtype_arg(&c, v[7], "dtype", &va.dtype)) goto done;
  if (given(v[10]) && !tb_is_callable(v[10])) va.constraint_not_callable = true;
  if (given(v[11]) && !flag_arg(I, v[11], &va.use_resource)) goto done;
  if (!tb_shape_arg(&c, tb_scratch(&c), v[14], &va.has_shape, &va.shape))
    goto done;
  uint32_t var;
  if (!sv__tf_variable(g, &va, &var)) {
    tb_engine_fail(&c, g);
    goto done;
  }
  *out = tb_variable_new(st, g, var);
  ok = true;
done:
  tb_call_end(&c);
  return ok;
}

/* ---- tf.get_variable (§8) ------------------------------------------------ */

static bool fn_get_variable(sv_interp *I, void *ud, sv_value self,
                            const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  /* variable_scope.py, get_variable (1.15): there is no reuse parameter. */
  static const char *const params[] = {
      "name",        "shape",           "dtype",        "initializer",
      "regularizer", "trainable",       "collections",  "caching_device",
      "partitioner", "validate_shape",  "use_resource", "custom_getter",
      "constraint",  "synchronization", "aggregation",  NULL};
  sv_value v[15];
  if (!sv_args_bind(I, a, "get_variable", params, 1, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv_graph *g = sv__tf_default_graph(st->tf);
  bool ok = false;
  sv_get_variable_args ga;
  memset(&ga, 0, sizeof ga);
  ga.dtype = SV_DT_INVALID;
  ga.trainable = -1;
  ga.validate_shape = true;
  if (!sv_is_str(v[0])) {
    sv_reject(I, a->loc,
              "a get_variable name that is not a string is not "
              "emulated");
    goto done;
  }
  if (!tb_name_no_nul(&c, v[0])) goto done;
  ga.name = sv__arena_strdup(tb_scratch(&c), sv_str_data(v[0]));
  if (!tb_shape_arg(&c, tb_scratch(&c), v[1], &ga.has_shape, &ga.shape))
    goto done;
  if (!tb_dtype_arg(&c, v[2], "dtype", &ga.dtype)) goto done;
  if (!tb_init_arg(&c, v[3], false, &ga.initializer)) goto done;
  ga.has_regularizer = given(v[4]);
  if (!tristate_arg(I, v[5], &ga.trainable)) goto done;
  bool bad = false;
  if (!tb_keys_arg(&c, v[6], &ga.collections, &ga.ncollections, &bad))
    goto done;
  if (bad) {
    sv_reject(I, a->loc,
              "a collections argument that is not a list is not "
              "emulated");
    goto done;
  }
  ga.has_partitioner = given(v[8]);
  if (given(v[9]) && !flag_arg(I, v[9], &ga.validate_shape)) goto done;
  if (given(v[10]) && !flag_arg(I, v[10], &ga.use_resource)) goto done;
  ga.has_custom_getter = given(v[11]);
  if (given(v[13]) || given(v[14])) {
    sv_reject(I, a->loc,
              "get_variable with synchronization or aggregation "
              "is not emulated");
    goto done;
  }
  uint32_t var;
  if (!sv__tf_get_variable(g, &ga, &var)) {
    tb_engine_fail(&c, g);
    goto done;
  }
  *out = tb_variable_new(st, g, var);
  ok = true;
done:
  tb_call_end(&c);
  return ok;
}

/* ---- scope context managers (§3, §7) ------------------------------------ */

/* One open entry of a name_scope or variable_scope object (a with
 * statement may enter the same object again): the engine's entry and the
 * graph it was made in. The open entries form a stack, innermost last. */
typedef struct scope_open {
  sv_graph *g;
  uint32_t entry;
} scope_open;

typedef SV_VEC(scope_open) scope_stack;

static void scope_push(scope_stack *s, sv_graph *g, uint32_t entry) {
  scope_open o = {g, entry};
  sv__vec_push(s, o);
}

/* __exit__: leaves the innermost open entry. With an exception pending
 * an engine error is dropped (the pending exception wins). */
static bool scope_pop_exit(sv_interp *I, scope_stack *s, bool exc_pending) {
  if (!s->count) return true;
  scope_open o = s->items[--s->count];
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, sv__interp_cur_loc(I));
  bool ok = sv__tf_scope_exit(o.g, o.entry);
  if (!ok) {
    if (exc_pending) {
      sv__tf_error_clear(st->tf);
      ok = true;
    } else {
      tb_engine_fail(&c, o.g);
    }
  }
  tb_call_end(&c);
  return ok;
}

/* ---- name scopes (§3) ---------------------------------------------------- */

typedef struct ns_cm {
  sv_ns_args args;
  char *name, *default_name, *dn_type; /* sv__xmalloc'ed */
  sv_graph *graph;                     /* fixed graph (g.name_scope) */
  scope_stack open;
} ns_cm;

static void ns_fini(sv_interp *I, void *data) {
  (void)I;
  ns_cm *m = data;
  sv__xfree(m->name);
  sv__xfree(m->default_name);
  sv__xfree(m->dn_type);
  sv__vec_free(&m->open);
}

static bool ns_enter(sv_interp *I, sv_value self, sv_value *out) {
  tb_state *st = tb_state_of(I);
  ns_cm *m = sv_native_data(self);
  sv_graph *g = m->graph ? m->graph : sv__tf_default_graph(st->tf);
  tb_call c;
  tb_call_begin(&c, st, I, sv__interp_cur_loc(I));
  uint32_t entry;
  const char *scope;
  bool ok = sv__tf_name_scope_enter(g, &m->args, &entry, &scope);
  if (!ok) {
    tb_engine_fail(&c, g);
  } else {
    scope_push(&m->open, g, entry);
    *out = sv_str_cstr(I, scope ? scope : "");
  }
  tb_call_end(&c);
  return ok;
}

static bool ns_exit(sv_interp *I, sv_value self, bool exc_pending) {
  return scope_pop_exit(I, &((ns_cm *)sv_native_data(self))->open,
                        exc_pending);
}

static bool ns_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)self;
  return tb_object_repr(I, "tensorflow_core.python.framework.ops.name_scope",
                        out);
}

static const sv_class ns_class = {
    .name = "name_scope",
    .size = sizeof(ns_cm),
    .fini = ns_fini,
    .repr = ns_repr,
    .enter = ns_enter,
    .exit = ns_exit,
};

static bool scope_name_arg(tb_call *c, sv_value v, char **out) {
  *out = NULL;
  if (!given(v)) return true;
  if (sv_is_str(v)) {
    if (!tb_name_no_nul(c, v)) return false;
    *out = sv__xstrdup(sv_str_data(v));
    return true;
  }
  /* Graph.name_scope matches the name with a regex. */
  (void)c;
  return sv_raise_str(c->I, "TypeError",
                      "expected string or bytes-like object");
}

static bool make_ns(sv_interp *I, const sv_args *a, sv_graph *fixed,
                    sv_value name, sv_value dflt, sv_value values,
                    sv_value *out) {
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv_value cm = sv_native_new(I, &ns_class);
  ns_cm *m = sv_native_data(cm);
  m->graph = fixed;
  m->args.api = fixed ? SV_API_GRAPH_NAME_SCOPE : SV_API_NAME_SCOPE;
  bool ok = scope_name_arg(&c, name, &m->name);
  if (ok && given(dflt)) {
    if (sv_is_str(dflt)) {
      if (!tb_name_no_nul(&c, dflt)) ok = false;
      m->default_name = sv__xstrdup(sv_str_data(dflt));
    } else {
      sv_buf b;
      sv__buf_init(&b);
      sv_type_str(dflt, &b);
      m->dn_type = sv__xstrdup(sv__buf_cstr(&b));
      sv__buf_fini(&b);
    }
  }
  m->args.name = m->name;
  m->args.default_name = m->default_name;
  m->args.default_name_type = m->dn_type;
  m->args.values_given = given(values);
  if (ok && !sv__tf_name_scope_check(st->tf, &m->args)) {
    tb_engine_fail(&c, sv__tf_default_graph(st->tf));
    ok = false;
  }
  tb_call_end(&c);
  if (!ok) {
    sv_decref(I, cm);
    return false;
  }
  *out = cm;
  return true;
}

static bool fn_name_scope(sv_interp *I, void *ud, sv_value self,
                          const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"name", "default_name", "values", NULL};
  sv_value v[3];
  if (!sv_args_bind(I, a, "__init__", params, 1, v)) return false;
  return make_ns(I, a, NULL, v[0], v[1], v[2], out);
}

/* ---- variable scopes (§7) ------------------------------------------------ */

typedef struct vs_cm {
  sv_vs_args args;
  const char *first_ons; /* original_name_scope of the first entry */
  scope_stack open;
  sv_value held; /* the name_or_scope VariableScope object, or the
                    string args.name points into */
} vs_cm;

static void vs_fini(sv_interp *I, void *data) {
  vs_cm *m = data;
  sv__vec_free(&m->open);
  if (m->held.tag == SV_T_OBJ) sv_decref(I, m->held);
  m->held = sv_unset();
}

static bool vs_enter(sv_interp *I, sv_value self, sv_value *out) {
  tb_state *st = tb_state_of(I);
  vs_cm *m = sv_native_data(self);
  sv_graph *g = sv__tf_default_graph(st->tf);
  tb_call c;
  tb_call_begin(&c, st, I, sv__interp_cur_loc(I));
  uint32_t entry;
  sv_vscope *scope;
  bool ok =
      sv__tf_variable_scope_enter(g, &m->args, &m->first_ons, &entry, &scope);
  if (!ok) {
    tb_engine_fail(&c, g);
  } else {
    scope_push(&m->open, g, entry);
    *out = tb_vscope_obj(st, scope);
  }
  tb_call_end(&c);
  return ok;
}

static bool vs_exit(sv_interp *I, sv_value self, bool exc_pending) {
  return scope_pop_exit(I, &((vs_cm *)sv_native_data(self))->open,
                        exc_pending);
}

static bool vs_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)self;
  return tb_object_repr(
      I, "tensorflow_core.python.ops.variable_scope.variable_scope", out);
}

static const sv_class vs_class = {
    .name = "variable_scope",
    .size = sizeof(vs_cm),
    .fini = vs_fini,
    .repr = vs_repr,
    .enter = vs_enter,
    .exit = vs_exit,
};

static bool fn_variable_scope(sv_interp *I, void *ud, sv_value self,
                              const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"name_or_scope",
                                       "default_name",
                                       "values",
                                       "initializer",
                                       "regularizer",
                                       "caching_device",
                                       "partitioner",
                                       "custom_getter",
                                       "reuse",
                                       "dtype",
                                       "use_resource",
                                       "constraint",
                                       "auxiliary_name_scope",
                                       NULL};
  sv_value v[13];
  if (!sv_args_bind(I, a, "__init__", params, 1, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv_value cm = sv_native_new(I, &vs_class);
  vs_cm *m = sv_native_data(cm);
  sv_vs_args *va = &m->args;
  va->dtype = SV_DT_INVALID;
  va->aux = true;
  bool ok = false;
  sv_value ns = v[0];
  if (sv_is_str(ns)) {
    if (!tb_name_no_nul(&c, ns)) goto done;
    /* a str never changes: borrow its text while the object lives */
    sv_incref(ns);
    m->held = ns;
    va->name = sv_str_data(ns);
  } else if (sv_is_native(ns, &tb_vscope_class)) {
    va->object = ((tb_vscope_data *)sv_native_data(ns))->s;
    sv_incref(ns);
    m->held = ns;
  } else if (given(ns)) {
    va->name_bad_type = true;
  }
  if (given(v[1])) {
    if (!sv_is_str(v[1])) {
      sv_reject(I, a->loc, "a non-string default_name is not emulated");
      goto done;
    }
    if (!tb_name_no_nul(&c, v[1])) goto done;
    va->default_name = sv__arena_strdup(st->arena, sv_str_data(v[1]));
  }
  if (!tb_init_arg(&c, v[3], true, &va->initializer)) goto done;
  if (given(v[4])) {
    sv_reject(I, a->loc, "variable_scope regularizers are not emulated");
    goto done;
  }
  va->has_partitioner = given(v[6]);
  va->has_custom_getter = given(v[7]);
  sv_value r = v[8];
  if (!given(r))
    va->reuse = SV_REUSE_ARG_NONE;
  else if (r.tag == SV_T_BOOL)
    va->reuse = r.as.b ? SV_REUSE_ARG_TRUE : SV_REUSE_ARG_FALSE;
  else if (sv_is_native(r, &tb_reuse_class))
    va->reuse = SV_REUSE_ARG_AUTO;
  else
    va->reuse_invalid = true;
  if (!tb_dtype_arg(&c, v[9], "dtype", &va->dtype)) goto done;
  if (given(v[10]) && !flag_arg(I, v[10], &va->use_resource)) goto done;
  sv_value aux = v[12];
  if (!sv_is_unset(aux)) {
    if (aux.tag == SV_T_BOOL) {
      va->aux = aux.as.b;
    } else {
      sv_buf b;
      sv__buf_init(&b);
      if (!sv_str(I, aux, &b)) {
        sv__buf_fini(&b);
        goto done;
      }
      va->aux_invalid = sv__arena_strdup(st->arena, sv__buf_cstr(&b));
      sv__buf_fini(&b);
    }
  }
  if (!sv__tf_variable_scope_check(st->tf, va)) {
    tb_engine_fail(&c, sv__tf_default_graph(st->tf));
    goto done;
  }
  ok = true;
done:
  tb_call_end(&c);
  if (!ok) {
    sv_decref(I, cm);
    return false;
  }
  *out = cm;
  return true;
}

static bool fn_get_variable_scope(sv_interp *I, void *ud, sv_value self,
                                  const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "get_variable_scope", params, 0, v)) return false;
  tb_state *st = tb_state_of(I);
  *out = tb_vscope_obj(st,
                       sv__tf_get_variable_scope(sv__tf_default_graph(st->tf)));
  return true;
}

/* ---- graphs -------------------------------------------------------------- */

typedef struct gdef_cm {
  sv_graph *g;
  uint32_t depth;
} gdef_cm;

static bool gdef_enter(sv_interp *I, sv_value self, sv_value *out) {
  tb_state *st = tb_state_of(I);
  gdef_cm *m = sv_native_data(self);
  sv__tf_push_default(st->tf, m->g);
  m->depth++;
  *out = tb_graph_obj(st, m->g);
  return true;
}

static bool gdef_exit(sv_interp *I, sv_value self, bool exc_pending) {
  (void)exc_pending;
  tb_state *st = tb_state_of(I);
  gdef_cm *m = sv_native_data(self);
  if (m->depth) {
    m->depth--;
    sv__tf_pop_default(st->tf);
  }
  return true;
}

static bool gdef_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)self;
  return tb_object_repr(I, "contextlib._GeneratorContextManager", out);
}

static const sv_class gdef_class = {
    .name = "_GeneratorContextManager",
    .size = sizeof(gdef_cm),
    .repr = gdef_repr,
    .enter = gdef_enter,
    .exit = gdef_exit,
};

static bool g_as_default(sv_interp *I, void *ud, sv_value self,
                         const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "as_default", params, 0, v)) return false;
  *out = sv_native_new(I, &gdef_class);
  ((gdef_cm *)sv_native_data(*out))->g = tb_graph_of(self);
  return true;
}

static bool g_name_scope(sv_interp *I, void *ud, sv_value self,
                         const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {"name", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "name_scope", params, 1, v)) return false;
  return make_ns(I, a, tb_graph_of(self), v[0], sv_unset(), sv_unset(), out);
}

static bool g_unique_name(sv_interp *I, void *ud, sv_value self,
                          const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {"name", "mark_as_used", NULL};
  sv_value v[2];
  if (!sv_args_bind(I, a, "unique_name", params, 1, v)) return false;
  if (!sv_is_str(v[0]))
    return sv_reject(I, a->loc, "a non-string unique_name is not emulated");
  bool mark = true;
  if (!sv_is_unset(v[1]) && !sv_truthy(I, v[1], &mark)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  const char *r =
      sv__tf_unique_name(tb_graph_of(self), sv_str_data(v[0]), mark);
  *out = sv_str_cstr(I, r);
  tb_call_end(&c);
  return true;
}

static bool g_get_operations(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "get_operations", params, 0, v)) return false;
  sv_graph *g = tb_graph_of(self);
  size_t n = sv_graph_op_count(g);
  *out = sv_list_new(I, n);
  for (size_t i = 0; i < n; i++)
    sv_list_append(I, *out, tb_op_new(tb_state_of(I), g, (uint32_t)i));
  return true;
}

static const sv_op *op_named(sv_graph *g, const char *name, size_t len) {
  char *tmp = sv__xstrndup(name, len);
  const sv_op *op = sv_graph_op_by_name(g, tmp);
  sv__xfree(tmp);
  return op;
}

/* The name argument of Graph.get_operation_by_name (what "Operation") or
 * get_tensor_by_name (what "Tensor"): *name borrowed from the argument,
 * *r (initialised here, finalised by the caller) its repr. */
static bool by_name_arg(sv_interp *I, const sv_args *a, const char *fname,
                        const char *what, const char **name, sv_buf *r) {
  static const char *const params[] = {"name", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, fname, params, 1, v)) return false;
  if (!sv_is_str(v[0]))
    return sv_raise(I, "TypeError",
                    "%s names are strings (or similar), not %s.", what,
                    sv_type_name(v[0]));
  *name = sv_str_data(v[0]);
  sv__buf_init(r);
  sv_repr(I, v[0], r);
  return true;
}

static bool g_get_operation_by_name(sv_interp *I, void *ud, sv_value self,
                                    const sv_args *a, sv_value *out) {
  (void)ud;
  sv_graph *g = tb_graph_of(self);
  const char *name = NULL;
  sv_buf r;
  if (!by_name_arg(I, a, "get_operation_by_name", "Operation", &name, &r)) return false;
  bool ok;
  /* ops.py, Graph._as_graph_element_locked (allow_operation only). */
  if (strchr(name, ':')) {
    ok = sv_raise(I, "ValueError",
                  "Name %s appears to refer to a Tensor, not a Operation.",
                  sv__buf_cstr(&r));
  } else {
    const sv_op *op = sv_graph_op_by_name(g, name);
    if (!op) {
      ok = sv_raise(I, "KeyError",
                    "The name %s refers to an Operation not in the graph.",
                    sv__buf_cstr(&r));
    } else {
      *out = tb_op_new(tb_state_of(I), g, op->id);
      ok = true;
    }
  }
  sv__buf_fini(&r);
  return ok;
}

static bool g_get_tensor_by_name(sv_interp *I, void *ud, sv_value self,
                                 const sv_args *a, sv_value *out) {
  (void)ud;
  sv_graph *g = tb_graph_of(self);
  const char *name = NULL;
  sv_buf r;
  if (!by_name_arg(I, a, "get_tensor_by_name", "Tensor", &name, &r)) return false;
  bool ok = false;
  const char *colon = strchr(name, ':');
  /* ops.py, Graph._as_graph_element_locked (allow_tensor only). */
  if (!colon) {
    const sv_op *op = sv_graph_op_by_name(g, name);
    sv_raise(I, "ValueError",
             op ? "The name %s refers to an Operation, not a Tensor. Tensor "
                  "names must be of the form \"<op_name>:<output_index>\"."
                : "The name %s looks like an (invalid) Operation name, not a "
                  "Tensor. Tensor names must be of the form "
                  "\"<op_name>:<output_index>\".",
             sv__buf_cstr(&r));
    goto done;
  }
  char *end;
  long long idx = strtoll(colon + 1, &end, 10);
  if (strchr(colon + 1, ':') || end == colon + 1 || *end) {
    sv_raise(I, "ValueError",
             "The name %s looks a like a Tensor name, but is not a valid "
             "one. Tensor names must be of the form "
             "\"<op_name>:<output_index>\".",
             sv__buf_cstr(&r));
    goto done;
  }
  const sv_op *op = op_named(g, name, (size_t)(colon - name));
  sv_value opname = sv_str_new(I, name, (size_t)(colon - name));
  sv_buf r2;
  sv__buf_init(&r2);
  sv_repr(I, opname, &r2);
  sv_decref(I, opname);
  if (!op) {
    sv_raise(I, "KeyError",
             "The name %s refers to a Tensor which does not exist. The "
             "operation, %s, does not exist in the graph.",
             sv__buf_cstr(&r), sv__buf_cstr(&r2));
  } else {
    int nout = strcmp(op->type, "NoOp") ? 1 : 0;
    if (idx >= nout || idx < -nout) {
      sv_raise(I, "KeyError",
               "The name %s refers to a Tensor which does not exist. The "
               "operation, %s, exists but only has %d outputs.",
               sv__buf_cstr(&r), sv__buf_cstr(&r2), nout);
    } else {
      *out = tb_tensor_new(tb_state_of(I), g, op->id);
      ok = true;
    }
  }
  sv__buf_fini(&r2);
done:
  sv__buf_fini(&r);
  return ok;
}

bool tb_collection_list(tb_call *c, sv_graph *g, const char *key,
                        const char *scope, sv_value *out) {
  uint32_t *ids = NULL;
  size_t n = 0;
  if (!sv__tf_collection(g, key, scope, &ids, &n)) return tb_engine_fail(c, g);
  *out = sv_list_new(c->I, n);
  for (size_t i = 0; i < n; i++)
    sv_list_append(c->I, *out, tb_variable_new(c->st, g, ids[i]));
  sv__xfree(ids);
  return true;
}

static bool collection_call(sv_interp *I, const sv_args *a, sv_graph *g,
                            const char *key, sv_value scope, sv_value *out) {
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  const char *sc = NULL;
  bool ok = true;
  if (given(scope)) {
    if (!sv_is_str(scope))
      ok = sv_reject(I, a->loc, "a non-string scope filter is not emulated");
    else
      sc = sv_str_data(scope);
  }
  if (ok) ok = tb_collection_list(&c, g, key, sc, out);
  tb_call_end(&c);
  return ok;
}

static bool g_get_collection(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {"name", "scope", NULL};
  sv_value v[2];
  if (!sv_args_bind(I, a, "get_collection", params, 1, v)) return false;
  if (!sv_is_str(v[0]))
    return sv_reject(I, a->loc,
                     "a non-string collection key is not "
                     "emulated");
  return collection_call(I, a, tb_graph_of(self), sv_str_data(v[0]), v[1], out);
}

static bool g_get_name_scope(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "get_name_scope", params, 0, v)) return false;
  const char *s = sv__tf_name_stack(tb_graph_of(self));
  *out = s ? sv_str_cstr(I, s) : sv_none(); /* §3.3: None after a reset */
  return true;
}

bool tb_graph_getattr(sv_interp *I, sv_value self, const char *name,
                      sv_value *out) {
  static const struct {
    const char *name;
    sv_native_fn fn;
  } methods[] = {
      {"as_default", g_as_default},
      {"name_scope", g_name_scope},
      {"unique_name", g_unique_name},
      {"get_operations", g_get_operations},
      {"get_operation_by_name", g_get_operation_by_name},
      {"get_tensor_by_name", g_get_tensor_by_name},
      {"get_collection", g_get_collection},
      {"get_name_scope", g_get_name_scope},
  };
  for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
    if (!strcmp(methods[i].name, name)) {
      *out = sv_builtin_new(I, methods[i].name, methods[i].fn, NULL, self);
      return true;
    }
  }
  if (!strcmp(name, "finalized")) {
    *out = sv_bool(false);
    return true;
  }
  if (!strcmp(name, "finalize") || !strcmp(name, "as_graph_def") ||
      !strcmp(name, "add_to_collection") ||
      !strcmp(name, "control_dependencies") || !strcmp(name, "device") ||
      !strcmp(name, "get_collection_ref") ||
      !strcmp(name, "as_graph_element")) {
    *out = tb_unsupported_fn(I, "Graph method");
    return true;
  }
  return sv_raise_no_attr(I, self, name);
}

static bool fn_graph(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "Graph", params, 0, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  *out = tb_graph_obj(st, sv__tf_graph_new(st->tf));
  tb_call_end(&c);
  return true;
}

static bool fn_get_default_graph(sv_interp *I, void *ud, sv_value self,
                                 const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "get_default_graph", params, 0, v)) return false;
  tb_state *st = tb_state_of(I);
  *out = tb_graph_obj(st, sv__tf_default_graph(st->tf));
  return true;
}

static bool fn_reset_default_graph(sv_interp *I, void *ud, sv_value self,
                                   const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "reset_default_graph", params, 0, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv__tf_reset_default_graph(st->tf);
  tb_call_end(&c);
  *out = sv_none();
  return true;
}

/* ---- collections (§10) --------------------------------------------------- */

static bool coll_fn(sv_interp *I, const sv_args *a, const char *fname,
                    const char *key, sv_value *out) {
  static const char *const params[] = {"scope", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, fname, params, 0, v)) return false;
  tb_state *st = tb_state_of(I);
  return collection_call(I, a, sv__tf_default_graph(st->tf), key, v[0], out);
}

static bool fn_global_variables(sv_interp *I, void *ud, sv_value self,
                                const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  return coll_fn(I, a, "global_variables", "variables", out);
}

static bool fn_trainable_variables(sv_interp *I, void *ud, sv_value self,
                                   const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  return coll_fn(I, a, "trainable_variables", "trainable_variables", out);
}

static bool fn_local_variables(sv_interp *I, void *ud, sv_value self,
                               const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  return coll_fn(I, a, "local_variables", "local_variables", out);
}

static bool fn_get_collection(sv_interp *I, void *ud, sv_value self,
                              const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"key", "scope", NULL};
  sv_value v[2];
  if (!sv_args_bind(I, a, "get_collection", params, 1, v)) return false;
  if (!sv_is_str(v[0]))
    return sv_reject(I, a->loc,
                     "a non-string collection key is not "
                     "emulated");
  tb_state *st = tb_state_of(I);
  return collection_call(I, a, sv__tf_default_graph(st->tf), sv_str_data(v[0]),
                         v[1], out);
}

/* ---- misc ---------------------------------------------------------------- */

static bool fn_noop(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)I;
  (void)ud;
  (void)self;
  (void)a;
  *out = sv_none();
  return true;
}

static bool fn_as_dtype(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"type_value", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "as_dtype", params, 1, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  int d;
  bool ok = tb_dtype_arg(&c, v[0], "type_value", &d);
  if (ok && d == SV_DT_INVALID)
    ok = sv_raise_str(I, "TypeError",
                      "Cannot convert value None to a TensorFlow DType.");
  if (ok) *out = tb_dtype_new(st, d);
  tb_call_end(&c);
  return ok;
}

static bool fn_tensor_shape(sv_interp *I, void *ud, sv_value self,
                            const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"dims", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "TensorShape", params, 1, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  sv_shape s;
  bool has;
  bool ok = tb_shape_arg(&c, tb_scratch(&c), v[0], &has, &s);
  if (ok) {
    if (!has) s.rank = -1;
    *out = tb_shape_new(I, &s);
  }
  tb_call_end(&c);
  return ok;
}

static bool fn_dimension(sv_interp *I, void *ud, sv_value self,
                         const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"value", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "Dimension", params, 1, v)) return false;
  if (sv_is_none(v[0])) {
    *out = tb_dim_new(I, -1);
    return true;
  }
  if (v[0].tag != SV_T_INT)
    return sv_reject(I, a->loc, "a non-int Dimension is not emulated");
  if (v[0].as.i < 0)
    return sv_raise(I, "ValueError", "Dimension %lld must be >= 0",
                    (long long)v[0].as.i);
  *out = tb_dim_new(I, v[0].as.i);
  return true;
}

/* ---- initializers (§5.3)
 * ----------------------------------------------------- */

typedef struct init_spec {
  const char *pyname;
  sv_init_kind kind;
  const char *params[6];
  int8_t value_ix, a_ix, b_ix, dtype_ix, scale_ix, mode_ix, dist_ix;
  const char *a_default, *b_default; /* keras defaults, as literals */
  const char *text;                  /* record description */
} init_spec;

/* clang-format off */
#define N -1
static const init_spec init_specs[] = {
  /* pyname, kind, params, value, a, b, dtype, scale, mode, distribution
   * indexes, keras defaults, text */
  {"Zeros", SV_INIT_ZEROS, {"dtype"}, N, N, N, 0, N, N, N, NULL, NULL,
   "zeros_initializer()"},
  {"Ones", SV_INIT_ONES, {"dtype"}, N, N, N, 0, N, N, N, NULL, NULL,
   "ones_initializer()"},
  {"Constant", SV_INIT_CONSTANT, {"value", "dtype", "verify_shape"},
   0, N, N, 1, N, N, N, NULL, NULL, "constant_initializer"},
  {"RandomUniform", SV_INIT_RANDOM_UNIFORM,
   {"minval", "maxval", "seed", "dtype"}, N, 0, 1, 3, N, N, N, NULL, NULL,
   "random_uniform_initializer()"},
  {"RandomNormal", SV_INIT_RANDOM_NORMAL,
   {"mean", "stddev", "seed", "dtype"}, N, 0, 1, 3, N, N, N, NULL, NULL,
   "random_normal_initializer()"},
  {"TruncatedNormal", SV_INIT_TRUNCATED_NORMAL,
   {"mean", "stddev", "seed", "dtype"}, N, 0, 1, 3, N, N, N, NULL, NULL,
   "truncated_normal_initializer()"},
  {"GlorotUniform", SV_INIT_GLOROT_UNIFORM, {"seed", "dtype"},
   N, N, N, 1, N, N, N, NULL, NULL, "glorot_uniform_initializer()"},
  {"GlorotNormal", SV_INIT_GLOROT_NORMAL, {"seed", "dtype"},
   N, N, N, 1, N, N, N, NULL, NULL, "glorot_normal_initializer()"},
  {"VarianceScaling", SV_INIT_VARIANCE_SCALING,
   {"scale", "mode", "distribution", "seed", "dtype"},
   N, N, N, 4, 0, 1, 2, NULL, NULL, "variance_scaling_initializer()"},
  /* keras.initializers (1.15): same ops, other defaults. */
  {"RandomUniform", SV_INIT_RANDOM_UNIFORM,
   {"minval", "maxval", "seed", "dtype"}, N, 0, 1, 3, N, N, N,
   "-0.05", "0.05", "keras.initializers.RandomUniform()"},
  {"RandomNormal", SV_INIT_RANDOM_NORMAL,
   {"mean", "stddev", "seed", "dtype"}, N, 0, 1, 3, N, N, N,
   "0.0", "0.05", "keras.initializers.RandomNormal()"},
  {"TruncatedNormal", SV_INIT_TRUNCATED_NORMAL,
   {"mean", "stddev", "seed", "dtype"}, N, 0, 1, 3, N, N, N,
   "0.0", "0.05", "keras.initializers.TruncatedNormal()"},
};
#undef N
/* clang-format on */

enum {
  IS_ZEROS,
  IS_ONES,
  IS_CONSTANT,
  IS_RU,
  IS_RN,
  IS_TN,
  IS_GU,
  IS_GN,
  IS_VS,
  IS_K_RU,
  IS_K_RN,
  IS_K_TN
};

static sv_lit *default_lit(tb_state *st, const char *text) {
  sv_lit *l = sv__arena_zalloc(st->arena, sizeof *l);
  l->dtype = SV_DT_FLOAT32;
  l->shape.rank = 0;
  l->shape.dims = sv__arena_zalloc(st->arena, sizeof(int64_t));
  l->text = text;
  l->is_scalar = true;
  l->scalar = strtod(text, NULL);
  return l;
}

bool tb_initcls_call(sv_interp *I, sv_value self, const sv_args *a,
                     sv_value *out) {
  tb_state *st = tb_state_of(I);
  tb_init_obj *cls = sv_native_data(self);
  const init_spec *sp = cls->spec;
  if (!sp)
    return sv_reject(I, a->loc,
                     "calling this initializer class is not "
                     "emulated");
  sv_value v[6];
  if (!sv_args_bind(I, a, "__init__", sp->params, 0, v)) return false;
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  sv_init *init;
  sv_value obj = tb_init_new(st, &tb_init_class, sp->pyname, sp->kind, &init);
  tb_init_obj *o = sv_native_data(obj);
  o->spec = sp;
  init->text = sp->text;
  bool ok = false;
  if (sp->value_ix >= 0) {
    sv_value val = sv_is_unset(v[sp->value_ix]) ? sv_int(0) : v[sp->value_ix];
    if (sv_is_native(val, &tb_tensor_class) ||
        sv_is_native(val, &tb_variable_class)) {
      sv_reject(I, a->loc,
                "a tensor as constant_initializer value is not "
                "emulated");
      goto done;
    }
    sv_lit *l = sv__arena_zalloc(st->arena, sizeof *l);
    if (!tb_lit(&c, st->arena, val, l)) goto done;
    init->value = l;
    init->text =
        sv__arena_printf(st->arena, "constant_initializer(%s)", l->text);
  }
  if (sp->a_ix >= 0) {
    if (given(v[sp->a_ix])) {
      sv_lit *l = sv__arena_zalloc(st->arena, sizeof *l);
      if (!tb_lit(&c, st->arena, v[sp->a_ix], l)) goto done;
      init->a = l;
    } else if (sp->a_default) {
      init->a = default_lit(st, sp->a_default);
    }
  }
  if (sp->b_ix >= 0) {
    if (given(v[sp->b_ix])) {
      sv_lit *l = sv__arena_zalloc(st->arena, sizeof *l);
      if (!tb_lit(&c, st->arena, v[sp->b_ix], l)) goto done;
      init->b = l;
    } else if (sp->b_default) {
      init->b = default_lit(st, sp->b_default);
    }
  }
  if (sp->scale_ix >= 0 && given(v[sp->scale_ix])) {
    sv_lit *l = sv__arena_zalloc(st->arena, sizeof *l);
    if (!tb_lit(&c, st->arena, v[sp->scale_ix], l)) goto done;
    init->a = l;
  }
  if (sp->mode_ix >= 0) {
    init->mode = "fan_in";
    if (given(v[sp->mode_ix])) {
      if (!sv_is_str(v[sp->mode_ix])) {
        sv_reject(I, a->loc, "a non-string mode is not emulated");
        goto done;
      }
      init->mode = sv__arena_strdup(st->arena, sv_str_data(v[sp->mode_ix]));
    }
  }
  if (sp->dist_ix >= 0) {
    init->distribution = "truncated_normal";
    if (given(v[sp->dist_ix])) {
      if (!sv_is_str(v[sp->dist_ix])) {
        sv_reject(I, a->loc, "a non-string distribution is not emulated");
        goto done;
      }
      init->distribution =
          sv__arena_strdup(st->arena, sv_str_data(v[sp->dist_ix]));
    }
  }
  if (!tb_dtype_arg(&c, v[sp->dtype_ix], "dtype", &init->dtype)) goto done;
  ok = true;
done:
  tb_call_end(&c);
  if (!ok) {
    sv_decref(I, obj);
    return false;
  }
  *out = obj;
  return true;
}

static sv_value init_class(tb_state *st, int spec) {
  const init_spec *sp = &init_specs[spec];
  sv_init *init;
  sv_value v = tb_init_new(st, &tb_initcls_class, sp->pyname, sp->kind, &init);
  ((tb_init_obj *)sv_native_data(v))->spec = sp;
  init->text = sp->text;
  if (sp->kind == SV_INIT_VARIANCE_SCALING) {
    init->mode = "fan_in";
    init->distribution = "truncated_normal";
  }
  if (sp->a_default) init->a = default_lit(st, sp->a_default);
  if (sp->b_default) init->b = default_lit(st, sp->b_default);
  return v;
}

/* ---- module
 * ------------------------------------------------------------------ */

static void def_op(sv_interp *I, sv_value ns, const char *attr,
                   const char *fname) {
  const op_spec *sp = spec_by_name(fname);
  sv_namespace_set(
      I, ns, attr,
      sv_builtin_new(I, sp->fname, op_call, (void *)sp, sv_unset()));
}

static void set_same(sv_interp *I, sv_value ns, const char *name, sv_value v) {
  sv_incref(v);
  sv_namespace_set(I, ns, name, v);
}

void tb_install_api(tb_state *st) {
  sv_interp *I = st->I;
  sv_value tf = sv_namespace_new(I, "tf");
  st->tf_mod = tf;
  sv_list_append(I, st->keep, tf); /* st->keep owns the module */

  /* dtypes (§9.5) */
  static const struct {
    const char *name;
    int dtype;
  } dts[] = {
      {"float16", SV_DT_FLOAT16},     {"half", SV_DT_FLOAT16},
      {"bfloat16", SV_DT_BFLOAT16},   {"float32", SV_DT_FLOAT32},
      {"float64", SV_DT_FLOAT64},     {"double", SV_DT_FLOAT64},
      {"int8", SV_DT_INT8},           {"int16", SV_DT_INT16},
      {"int32", SV_DT_INT32},         {"int64", SV_DT_INT64},
      {"uint8", SV_DT_UINT8},         {"uint16", SV_DT_UINT16},
      {"bool", SV_DT_BOOL},           {"string", SV_DT_STRING},
      {"complex64", SV_DT_COMPLEX64}, {"complex128", SV_DT_COMPLEX128},
  };
  for (size_t i = 0; i < sizeof dts / sizeof *dts; i++)
    sv_namespace_set(I, tf, dts[i].name, tb_dtype_new(st, dts[i].dtype));
  sv_namespace_def(I, tf, "as_dtype", fn_as_dtype, NULL);

  set_same(I, tf, "AUTO_REUSE", st->auto_reuse);
  sv_namespace_set(I, tf, "__version__", sv_str_cstr(I, "1.15.0"));
  sv_namespace_set(I, tf, "VERSION", sv_str_cstr(I, "1.15.0"));

  sv_value gk = sv_namespace_new(I, "tf.GraphKeys");
  static const char *const keys[][2] = {
      {"GLOBAL_VARIABLES", "variables"},
      {"TRAINABLE_VARIABLES", "trainable_variables"},
      {"LOCAL_VARIABLES", "local_variables"},
      {"MODEL_VARIABLES", "model_variables"},
      {"REGULARIZATION_LOSSES", "regularization_losses"},
      {"UPDATE_OPS", "update_ops"},
      {"LOSSES", "losses"},
      {"SUMMARIES", "summaries"},
      {"QUEUE_RUNNERS", "queue_runners"},
      {"TRAIN_OP", "train_op"},
      {"GLOBAL_STEP", "global_step"},
      {"ACTIVATIONS", "activations"},
      {"WEIGHTS", "weights"},
      {"BIASES", "biases"},
      {"MOVING_AVERAGE_VARIABLES", "moving_average_variables"},
      {"INIT_OP", "init_op"},
      {"READY_OP", "ready_op"},
      {"SAVERS", "savers"},
      {"SUMMARY_OP", "summary_op"},
      {"CONCATENATED_VARIABLES", "concatenated_variables"},
      {"RESOURCES", "resources"},
      {"LOCAL_RESOURCES", "local_resources"},
      {"TRAINABLE_RESOURCE_VARIABLES", "trainable_resource_variables"},
      {"EVAL_STEP", "eval_step"},
      {"COND_CONTEXT", "cond_context"},
      {"WHILE_CONTEXT", "while_context"},
      {"ASSET_FILEPATHS", "asset_filepaths"},
  };
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
    sv_namespace_set(I, gk, keys[i][0], sv_str_cstr(I, keys[i][1]));
  sv_namespace_set(I, tf, "GraphKeys", gk);

  /* graphs, scopes, variables */
  sv_namespace_def(I, tf, "Graph", fn_graph, NULL);
  sv_namespace_def(I, tf, "get_default_graph", fn_get_default_graph, NULL);
  sv_namespace_def(I, tf, "reset_default_graph", fn_reset_default_graph, NULL);
  sv_namespace_def(I, tf, "name_scope", fn_name_scope, NULL);
  sv_namespace_def(I, tf, "variable_scope", fn_variable_scope, NULL);
  sv_namespace_def(I, tf, "get_variable_scope", fn_get_variable_scope, NULL);
  sv_namespace_def(I, tf, "Variable", fn_variable, NULL);
  sv_namespace_def(I, tf, "get_variable", fn_get_variable, NULL);
  sv_namespace_def(I, tf, "global_variables", fn_global_variables, NULL);
  sv_namespace_def(I, tf, "all_variables", fn_global_variables, NULL);
  sv_namespace_def(I, tf, "trainable_variables", fn_trainable_variables, NULL);
  sv_namespace_def(I, tf, "local_variables", fn_local_variables, NULL);
  sv_namespace_def(I, tf, "get_collection", fn_get_collection, NULL);
  sv_namespace_def(I, tf, "TensorShape", fn_tensor_shape, NULL);
  sv_namespace_def(I, tf, "Dimension", fn_dimension, NULL);
  sv_namespace_def(I, tf, "disable_v2_behavior", fn_noop, NULL);
  sv_namespace_def(I, tf, "disable_eager_execution", fn_noop, NULL);

  /* ops */
  static const char *const top_ops[] = {"constant",
                                        "zeros",
                                        "ones",
                                        "fill",
                                        "zeros_like",
                                        "ones_like",
                                        "random_uniform",
                                        "random_normal",
                                        "truncated_normal",
                                        "placeholder",
                                        "add",
                                        "subtract",
                                        "multiply",
                                        "divide",
                                        "matmul",
                                        "identity",
                                        "sigmoid",
                                        "tanh",
                                        "square",
                                        "sqrt",
                                        "exp",
                                        "log",
                                        "reshape",
                                        "concat",
                                        "stack",
                                        "transpose",
                                        "cast",
                                        "reduce_sum",
                                        "reduce_mean",
                                        "global_variables_initializer",
                                        "initialize_all_variables",
                                        "no_op"};
  for (size_t i = 0; i < sizeof top_ops / sizeof *top_ops; i++)
    def_op(I, tf, top_ops[i], top_ops[i]);

  sv_value nn = sv_namespace_new(I, "tf.nn");
  def_op(I, nn, "relu", "relu");
  def_op(I, nn, "sigmoid", "sigmoid");
  def_op(I, nn, "tanh", "tanh");
  def_op(I, nn, "softmax", "softmax");
  def_op(I, nn, "bias_add", "bias_add");
  def_op(I, nn, "dropout", "dropout");
  sv_namespace_set(I, tf, "nn", nn);

  sv_value math = sv_namespace_new(I, "tf.math");
  static const char *const math_ops[] = {
      "add",        "subtract",    "multiply", "divide", "sigmoid",
      "tanh",       "square",      "sqrt",     "exp",    "log",
      "reduce_sum", "reduce_mean", "softmax"};
  for (size_t i = 0; i < sizeof math_ops / sizeof *math_ops; i++)
    def_op(I, math, math_ops[i], math_ops[i]);
  sv_namespace_set(I, tf, "math", math);

  sv_value rnd = sv_namespace_new(I, "tf.random");
  def_op(I, rnd, "uniform", "random_uniform");
  def_op(I, rnd, "normal", "random_normal");
  def_op(I, rnd, "truncated_normal", "truncated_normal");
  sv_namespace_set(I, tf, "random", rnd);

  /* initializers (§5.3): the tf.*_initializer names are classes */
  static const struct {
    const char *name;
    int spec;
  } inits[] = {
      {"zeros_initializer", IS_ZEROS},
      {"ones_initializer", IS_ONES},
      {"constant_initializer", IS_CONSTANT},
      {"random_uniform_initializer", IS_RU},
      {"random_normal_initializer", IS_RN},
      {"truncated_normal_initializer", IS_TN},
      {"glorot_uniform_initializer", IS_GU},
      {"glorot_normal_initializer", IS_GN},
      {"variance_scaling_initializer", IS_VS},
  };
  for (size_t i = 0; i < sizeof inits / sizeof *inits; i++)
    sv_namespace_set(I, tf, inits[i].name, init_class(st, inits[i].spec));

  sv_value tfi = sv_namespace_new(I, "tf.initializers");
  static const struct {
    const char *name;
    int spec;
  } tfinits[] = {
      {"zeros", IS_ZEROS},         {"ones", IS_ONES},
      {"constant", IS_CONSTANT},   {"random_uniform", IS_RU},
      {"random_normal", IS_RN},    {"truncated_normal", IS_TN},
      {"glorot_uniform", IS_GU},   {"glorot_normal", IS_GN},
      {"variance_scaling", IS_VS},
  };
  for (size_t i = 0; i < sizeof tfinits / sizeof *tfinits; i++)
    sv_namespace_set(I, tfi, tfinits[i].name, init_class(st, tfinits[i].spec));
  sv_namespace_set(I, tf, "initializers", tfi);

  sv_value keras = sv_namespace_new(I, "tf.keras");
  sv_value ki = sv_namespace_new(I, "tf.keras.initializers");
  static const struct {
    const char *name;
    int spec;
  } kinits[] = {
      {"Zeros", IS_ZEROS},
      {"zeros", IS_ZEROS},
      {"Ones", IS_ONES},
      {"ones", IS_ONES},
      {"Constant", IS_CONSTANT},
      {"constant", IS_CONSTANT},
      {"RandomUniform", IS_K_RU},
      {"uniform", IS_K_RU},
      {"random_uniform", IS_K_RU},
      {"RandomNormal", IS_K_RN},
      {"normal", IS_K_RN},
      {"random_normal", IS_K_RN},
      {"TruncatedNormal", IS_K_TN},
      {"truncated_normal", IS_K_TN},
      {"GlorotUniform", IS_GU},
      {"glorot_uniform", IS_GU},
      {"GlorotNormal", IS_GN},
      {"glorot_normal", IS_GN},
      {"VarianceScaling", IS_VS},
  };
  for (size_t i = 0; i < sizeof kinits / sizeof *kinits; i++)
    sv_namespace_set(I, ki, kinits[i].name, init_class(st, kinits[i].spec));
  sv_namespace_set(I, keras, "initializers", ki);
  sv_namespace_set(I, tf, "keras", keras);

  /* tf.contrib.layers.xavier_initializer(): contrib's
   * variance_scaling_initializer(factor=1.0, mode='FAN_AVG', uniform=True)
   * calls random_uniform(shape, -limit, limit) exactly like Glorot uniform,
   * so it creates the same ops (§5.3). The rest of tf.contrib stays "not
   * emulated". */
  sv_value contrib = sv_namespace_new(I, "tf.contrib");
  sv_value clayers = sv_namespace_new(I, "tf.contrib.layers");
  sv_namespace_set(I, clayers, "xavier_initializer", init_class(st, IS_GU));
  sv_namespace_set(I, contrib, "layers", clayers);
  sv_namespace_set(I, tf, "contrib", contrib);

  /* tf.compat.v1 is this very module (script-language.md §2). */
  sv_value compat = sv_namespace_new(I, "tf.compat");
  set_same(I, compat, "v1", tf);
  st->compat_mod = compat;
  set_same(I, tf, "compat", compat);
  sv_list_append(I, st->keep, compat);
}
