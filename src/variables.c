/* SPDX-License-Identifier: MIT
 * variables: tf.Variable (tf1-semantics.md §6), tf.get_variable with the
 * variable store and reuse (§8), initializers (§5.3) and collections (§10).
 */
#include <math.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "engine_int.h"

/* ---- the get_variable store (§8.2) ------------------------------------------ */

/* Store filters. Every key S->name + "/" + leaf whose leaf has no '/'
 * (leaf alone when S is the root) sets bit (hash >> 27) of the filter of
 * S->name's node, so that a key whose bit is clear there is surely not
 * stored. A key entering any other way (a leaf with '/', a scope whose
 * node is unknown) turns the answer off for the graph (store_orphan):
 * a filter could then miss a key of its prefix. */
static uint32_t *store_filter(sv_graph *g, const sv_vscope *S,
                              const char *leaf) {
  if (strchr(leaf, '/')) return NULL;
  if (!*S->name) return &g->store_root;
  return S->node != SV_NONE ? &g->vsnodes.items[S->node].sfilt : NULL;
}

static bool store_surely_absent(sv_graph *g, const sv_vscope *S,
                                const char *leaf, uint32_t h) {
  if (g->store_orphan) return false;
  const uint32_t *f = store_filter(g, S, leaf);
  return f && !(*f & (1u << (h >> 27)));
}

static void store_filter_add(sv_graph *g, const sv_vscope *S,
                             const char *leaf, uint32_t h) {
  uint32_t *f = store_filter(g, S, leaf);
  if (f)
    *f |= 1u << (h >> 27);
  else
    g->store_orphan = true;
}

/* The variable stored under full (len bytes, hash h), or SV_NONE. */
static uint32_t store_find(const sv_graph *g, const char *full, size_t len,
                           uint32_t h) {
  return sv__idmap_find(&g->store, full, len, h, sv__var_store_key, g);
}

/* ---- collections (§10) --------------------------------------------------------- */

static sv_coll *coll_get(sv_graph *g, const char *key, bool create) {
  for (size_t i = 0; i < g->colls.count; i++)
    if (strcmp(g->colls.items[i].key, key) == 0) return &g->colls.items[i];
  if (!create) return NULL;
  sv_coll c;
  memset(&c, 0, sizeof c);
  c.key = sv__arena_strdup(g->arena, key);
  sv__vec_push(&g->colls, c);
  return &g->colls.items[g->colls.count - 1];
}

/* The collection of a standard key, by its remembered index. */
static sv_coll *coll_std(sv_graph *g, uint32_t *memo, const char *key) {
  if (!*memo) *memo = (uint32_t)(coll_get(g, key, true) - g->colls.items) + 1;
  return &g->colls.items[*memo - 1];
}

static void coll_add(sv_graph *g, const char *const *keys, size_t n,
                     bool trainable, uint32_t var) {
  bool has_tr = false;
  if (!keys) {
    sv__vec_push(&coll_std(g, &g->coll_vars, "variables")->ids, var);
  } else {
    for (size_t i = 0; i < n; i++) {
      bool dup = false; /* add_to_collections takes a set */
      for (size_t j = 0; j < i; j++)
        if (strcmp(keys[i], keys[j]) == 0) dup = true;
      if (dup) continue;
      if (strcmp(keys[i], "trainable_variables") == 0) has_tr = true;
      sv__vec_push(&coll_get(g, keys[i], true)->ids, var);
    }
  }
  if (trainable && !has_tr)
    sv__vec_push(&coll_std(g, &g->coll_train, "trainable_variables")->ids,
                 var);
}

bool sv__tf_collection(sv_graph *g, const char *key, const char *scope,
                       uint32_t **out_ids, size_t *out_count) {
  *out_ids = NULL;
  *out_count = 0;
  sv_coll *c = coll_get(g, key, false);
  if (!c || !c->ids.count) return true;
  uint32_t *ids = sv__xmalloc(c->ids.count * sizeof *ids);
  size_t n = 0;
  bool plain = !scope || strpbrk(scope, ".^$*+?()[]{}|\\") == NULL;
  regex_t re;
  if (!plain) {
    /* Python re.match: anchored at the start only (POSIX ERE as an
     * approximation of Python's syntax). */
    sv_buf b;
    sv__buf_init(&b);
    sv__buf_appendf(&b, "^(%s)", scope);
    int rc = regcomp(&re, sv__buf_cstr(&b), REG_EXTENDED | REG_NOSUB);
    sv__buf_fini(&b);
    if (rc != 0) {
      sv__xfree(ids);
      return sv__tf_fail(g, SV_TFX_VALUE, "tf.get_collection",
                         "invalid scope regular expression '%s'", scope);
    }
  }
  size_t slen = scope ? strlen(scope) : 0;
  for (size_t i = 0; i < c->ids.count; i++) {
    /* (a compact variable's record is built only to be filtered) */
    const char *name = scope ? sv__var(g, c->ids.items[i])->name : NULL;
    bool keep = !scope || (plain ? strncmp(name, scope, slen) == 0
                                 : regexec(&re, name, 0, NULL, 0) == 0);
    if (keep) ids[n++] = c->ids.items[i];
  }
  if (!plain) regfree(&re);
  if (!n) {
    sv__xfree(ids);
    ids = NULL;
  }
  *out_ids = ids;
  *out_count = n;
  return true;
}

/* ---- accessors -------------------------------------------------------------------- */

uint32_t sv__tf_var_read_op(const sv_graph *g, uint32_t var) {
  return var < sv__var_count(g) ? sv__varaux(g, var).read : SV_NONE;
}

uint32_t sv__tf_var_assign_op(const sv_graph *g, uint32_t var) {
  return var < sv__var_count(g) ? sv__varaux(g, var).assign : SV_NONE;
}

uint32_t sv__tf_var_initial_value_op(const sv_graph *g, uint32_t var) {
  return var < sv__var_count(g) ? sv__varaux(g, var).initial : SV_NONE;
}

/* ---- initializers (§5.3) ----------------------------------------------------------- */

static double lit_num(const sv_lit *l, double def) {
  return l && l->is_scalar ? l->scalar : def;
}

/* Calls an initializer object with a fully defined shape and dtype D
 * inside <var>/Initializer/. */
static bool run_initializer(sv_graph *g, const sv_init *in, const sv_shape *s,
                            int dt, sv_input *out) {
  uint32_t op;
  bool ok;
  out->kind = SV_IN_TENSOR;
  switch (in->kind) {
    case SV_INIT_CONSTANT: {
      const sv_lit *v = in->value ? in->value : sv__lit_number(g, 0, true);
      ok = sv__constant(g, v, dt, s, "Const", &op);
      break;
    }
    case SV_INIT_ZEROS:
    case SV_INIT_ONES:
      ok = sv__fill_like(g, in->kind == SV_INIT_ONES, NULL, s, dt, &op);
      break;
    case SV_INIT_RANDOM_UNIFORM:
      ok = sv__random(g, SV_K_RANDOM_UNIFORM, s, in->a, in->b, dt, &op);
      break;
    case SV_INIT_RANDOM_NORMAL:
      ok = sv__random(g, SV_K_RANDOM_NORMAL, s, in->a, in->b, dt, &op);
      break;
    case SV_INIT_TRUNCATED_NORMAL:
      ok = sv__random(g, SV_K_TRUNCATED_NORMAL, s, in->a, in->b, dt, &op);
      break;
    case SV_INIT_GLOROT_UNIFORM:
    case SV_INIT_GLOROT_NORMAL:
    case SV_INIT_VARIANCE_SCALING: {
      double scale = 1.0;
      const char *mode = "fan_avg", *dist = "uniform";
      if (in->kind == SV_INIT_GLOROT_NORMAL) dist = "truncated_normal";
      if (in->kind == SV_INIT_VARIANCE_SCALING) {
        scale = lit_num(in->a, 1.0);
        mode = in->mode ? in->mode : "fan_in";
        dist = in->distribution ? in->distribution : "truncated_normal";
      }
      if (!sv__dtype_is_floating(dt))
        return sv__err(g, SV_TFX_VALUE,
                       "Expected floating point type, got <dtype: '%s'>.",
                       sv_dtype_name(dt));
      /* init_ops._compute_fans */
      double fan_in = 1, fan_out = 1;
      if (s->rank == 1) {
        fan_in = fan_out = (double)s->dims[0];
      } else if (s->rank == 2) {
        fan_in = (double)s->dims[0], fan_out = (double)s->dims[1];
      } else if (s->rank > 2) {
        double rf = 1;
        for (int32_t i = 0; i < s->rank - 2; i++) rf *= (double)s->dims[i];
        fan_in = (double)s->dims[s->rank - 2] * rf;
        fan_out = (double)s->dims[s->rank - 1] * rf;
      }
      double fan = strcmp(mode, "fan_in") == 0    ? fan_in
                   : strcmp(mode, "fan_out") == 0 ? fan_out
                                                  : (fan_in + fan_out) / 2.0;
      scale /= fan > 1.0 ? fan : 1.0;
      if (strcmp(dist, "uniform") == 0) {
        double limit = sqrt(3.0 * scale);
        ok = sv__random(g, SV_K_RANDOM_UNIFORM, s,
                        sv__lit_number(g, -limit, false),
                        sv__lit_number(g, limit, false), dt, &op);
      } else if (strcmp(dist, "untruncated_normal") == 0) {
        ok = sv__random(g, SV_K_RANDOM_NORMAL, s,
                        sv__lit_number(g, 0.0, false),
                        sv__lit_number(g, sqrt(scale), false), dt, &op);
      } else {
        double sd = sqrt(scale) / .87962566103423978;
        ok = sv__random(g, SV_K_TRUNCATED_NORMAL, s,
                        sv__lit_number(g, 0.0, false),
                        sv__lit_number(g, sd, false), dt, &op);
      }
      break;
    }
    case SV_INIT_CALLABLE:
      if (!in->cb(in->cb_ud, g, s, dt, out)) {
        g->tf->err_kind = SV_TFX_HOST;
        return false;
      }
      return true;
    default:
      return sv__err(g, SV_TFX_UNSUPPORTED, "initializer not emulated");
  }
  if (!ok) return false;
  out->id = op;
  return true;
}

/* ---- making a variable (§6.1 steps 3-9) ------------------------------------------- */

typedef struct mkvar {
  const char *name;          /* requested (full for get_variable) */
  const sv_input *initial;   /* a value or tensor, or NULL */
  const sv_init *thunk;      /* initializer run with shape/dtype */
  sv_init_cb cb;             /* tf.Variable(callable) */
  void *cb_ud;
  const sv_shape *thunk_shape;
  int dtype;                 /* conversion dtype or INVALID */
  bool has_shape;
  sv_shape shape;
  bool validate_shape;
  bool trainable;
  const char *const *colls;
  size_t ncolls;
  sv_creator creator;
  const char *store_key;
  const char *init_text;
  uint32_t getvar;
  const char *ns_at_call, *vs_at_call;
  uint32_t entry;
} mkvar;

static bool depends_on_var(const sv_graph *g, const sv_input *in) {
  if (!in) return false;
  if (in->kind == SV_IN_VARIABLE) return true;
  return in->kind == SV_IN_TENSOR && sv__op_dep(g, in->id);
}

static bool unsupported_dep(sv_graph *g) {
  return sv__err(g, SV_TFX_UNSUPPORTED,
                 "initial values that read other variables are not emulated "
                 "(TF 1.15 rewrites them with cond sub-graphs)");
}

static const char *input_text(sv_graph *g, const sv_input *in) {
  if (in->kind == SV_IN_LITERAL)
    return sv__arena_printf(g->arena, "value %s",
                            in->lit->text ? in->lit->text : "?");
  uint32_t op = in->kind == SV_IN_VARIABLE ? sv__varaux(g, in->id).read
                                            : in->id;
  return sv__arena_printf(g->arena, "tensor %s:0", sv__op(g, op)->name);
}

/* Steps 4-7 inside V (g->stack == V): the initial value, VariableV2,
 * Assign and read. */
static bool build_internal(sv_graph *g, const mkvar *m, const char *V,
                           sv_tplres *r) {
  sv_input got;
  uint32_t init = SV_NONE;
  if (m->thunk || m->cb) {
    if (!sv__ns_push(g, "Initializer", SV_NS_INTERNAL, SV_NONE, NULL))
      return false;
    memset(&got, 0, sizeof got);
    if (m->thunk) {
      if (!run_initializer(g, m->thunk, m->thunk_shape, m->dtype, &got))
        return false;
    } else if (!m->cb(m->cb_ud, g, NULL, SV_DT_INVALID, &got)) {
      g->tf->err_kind = SV_TFX_HOST;
      return false;
    }
    if (depends_on_var(g, &got)) return unsupported_dep(g);
    if (!sv__convert(g, &got, "initial_value", m->dtype, SV_DT_INVALID,
                     &init))
      return false;
    g->stack = V;
  } else {
    if (!sv__convert(g, m->initial, "initial_value", m->dtype, SV_DT_INVALID,
                     &init))
      return false;
  }
  const sv_op *io = sv__op(g, init);
  int dt = sv_dtype_base(io->dtype);
  sv_shape ishape = io->shape;
  sv_shape vshape = !m->validate_shape ? sv__shape_unknown()
                    : m->has_shape     ? sv__tf_shape_copy(g, &m->shape)
                                       : ishape;
  uint32_t vop = sv__op_new(g, NULL, "VariableV2", dt | SV_DT_REF, vshape,
                            NULL, 0, NULL);
  if (vop == SV_NONE) return false;
  if (m->validate_shape && !sv__shape_fully_defined(&ishape)) {
    sv_buf b;
    sv__buf_init(&b);
    sv__tf_tensor_str(g, init, &b);
    sv__err(g, SV_TFX_VALUE, "initial_value must have a shape specified: %s",
            sv__buf_cstr(&b));
    sv__buf_fini(&b);
    return false;
  }
  uint32_t in2[2] = {vop, init};
  if (!sv__ns_push(g, "Assign", SV_NS_OP, SV_NONE, NULL)) return false;
  r->assign = sv__op_new(g, NULL, "Assign", dt | SV_DT_REF, vshape, in2, 2,
                         NULL);
  g->stack = V;
  if (r->assign == SV_NONE) return false;
  if (!sv__ns_push(g, "read", SV_NS_OP, SV_NONE, NULL)) return false;
  r->read = sv__op_new(g, NULL, "Identity", dt, vshape, &vop, 1, NULL);
  g->stack = V;
  if (r->read == SV_NONE) return false;
  r->init = init;
  r->vop = vop;
  r->dt = dt;
  r->vshape = vshape;
  return true;
}

static bool make_var(sv_graph *g, const mkvar *m, uint32_t *out_var) {
  uint32_t id = sv__var_count(g);
  if (depends_on_var(g, m->initial)) return unsupported_dep(g);
  sv_varaux aux = {SV_NONE, SV_NONE, SV_NONE, 0, 0, 0, 0, g->tf->origin};
  uint32_t op_base = sv__op_count(g);
  sv_callctx c = sv__call_begin(g, g->api, SV_OP_VAR_INTERNAL, id);
  const char *saved = g->stack;
  uint32_t rec;
  bool ok = false, compact = false;
  const char *V = NULL;
  sv_tplres r = {SV_NONE, SV_NONE, SV_NONE, SV_NONE, SV_DT_INVALID, {0, 0}};
  /* both get reserved below only when the variable is complete */
  /* V is the store key's text when it needs no suffix: share it */
  g->own_text = m->store_key;
  bool pushed = sv__ns_push(g, m->name, SV_NS_VARIABLE, id, &rec);
  g->own_text = NULL;
  if (!pushed) goto done;
  V = g->stack;
  /* Names under a new V made by the engine alone (no script code runs):
   * kept out of the names table until something reaches under V/. */
  if (rec != SV_NONE && m->thunk && m->thunk->kind != SV_INIT_CALLABLE &&
      !m->cb)
    compact = sv__compact_begin(g);
  /* The same work for a variable of a kind already made: stamped from
   * that variable's records (vartpl.c). A V that is no valid op name
   * fails below, as TF does. */
  sv_tplkey key = {m->thunk, m->thunk_shape, m->dtype, m->validate_shape,
                   m->has_shape, &m->shape};
  const sv_vartpl *tpl =
      compact && sv__stack_valid(g) ? sv__tpl_find(g, &key) : NULL;
  if (tpl) {
    sv__tpl_stamp(g, tpl, V, id, &r);
  } else {
    sv_tplmark mk;
    if (compact) sv__tpl_mark(g, &mk);
    if (!build_internal(g, m, V, &r)) goto done;
    if (compact) sv__tpl_capture(g, &key, &mk, V, id, &r);
  }
  aux.assign = r.assign;
  aux.read = r.read;
  aux.initial = r.init;
  uint32_t vop = r.vop;
  sv_shape vshape = r.vshape;
  int dt = r.dt;

  sv_var v;
  memset(&v, 0, sizeof v);
  v.id = id;
  v.op_name = V;
  v.name = NULL; /* made by sv__var_add when the record is kept */
  /* get_variable: the name asked for is the store key (shared text) */
  v.requested = m->name == m->store_key
                    ? m->store_key
                    : sv__arena_strdup(g->arena, m->name);
  v.creator = m->creator;
  v.store_key = m->store_key;
  v.shape = vshape;
  v.dtype = dt | SV_DT_REF;
  v.trainable = m->trainable;
  v.initializer = m->init_text;
  v.op = vop;
  v.entry = m->entry;
  v.name_scope_at_call = m->ns_at_call;
  v.var_scope_at_call = m->vs_at_call;
  /* Bypass: active entries whose name scope the variable is not under. */
  size_t vlen = strlen(V);
  uint32_t *byp = NULL;
  uint32_t nb = 0;
  for (size_t i = g->frames.count; i-- > 0;) {
    const sv_entry *e = &g->entries.items[g->frames.items[i].entry];
    const char *ns = e->name_scope;
    if (!ns || !*ns) continue;
    size_t nl = strlen(ns);
    /* under: ns (ending in '/') is a prefix of V + "/" */
    bool under = nl - 1 <= vlen && memcmp(ns, V, nl - 1) == 0 &&
                 (V[nl - 1] == '/' || V[nl - 1] == '\0');
    if (!under) {
      if (!byp)
        byp = sv__arena_alloc(g->arena, g->frames.count * sizeof *byp);
      byp[nb++] = e->id;
    }
  }
  v.bypassed = byp;
  v.nbypassed = nb;
  v.rename = rec != SV_NONE ? sv__scope_rename(g, rec) : SV_NONE;
  v.getvar = m->getvar;
  v.loc = g->tf->loc;
  v.read_op = aux.read;
  v.assign_op = aux.assign;
  v.first_internal_op = v.last_internal_op = SV_NONE;
  if (tpl) { /* every op a stamp makes is the variable's */
    v.first_internal_op = op_base;
    v.internal_op_count = sv__tpl_nops(tpl);
    v.last_internal_op = op_base + v.internal_op_count - 1;
  }
  for (uint32_t i = op_base; !tpl && i < sv__op_count(g); i++) {
    const sv_op *o = sv__op(g, i);
    if (o->var != id || !o->internal) continue;
    if (v.first_internal_op == SV_NONE) v.first_internal_op = i;
    v.last_internal_op = i;
    v.internal_op_count++;
  }
  sv__var_add(g, &v, &aux, tpl != NULL);
  if (compact) sv__compact_end(g, V, id, true);
  compact = false;
  if (rec != SV_NONE) sv__scope_own_var(g, rec, id);
  coll_add(g, m->colls, m->ncolls, m->trainable, id);
  sv__event(g, SV_EV_VAR, id);
  *out_var = id;
  ok = true;
done:
  if (compact) sv__compact_end(g, V, id, false);
  g->stack = saved;
  sv__call_end(g, c);
  return ok;
}

static const char *stack_text(const sv_graph *g) {
  return g->stack ? g->stack : "";
}

/* ---- tf.Variable (§6) ------------------------------------------------------------ */

bool sv__tf_variable(sv_graph *g, const sv_variable_args *a,
                     uint32_t *out_var) {
  sv_callctx c = sv__call_begin(g, "tf.Variable", SV_OP_USER, SV_NONE);
  bool ok = false;
  if (a->initial.kind == SV_IN_ABSENT && !a->initial_cb) {
    sv__err(g, SV_TFX_VALUE, "initial_value must be specified.");
  } else if (a->collections_bad_value) {
    const char *t = a->collections_bad_type ? a->collections_bad_type : "?";
    if (*t == '<')
      sv__err(g, SV_TFX_VALUE,
              "collections argument to Variable constructor must be a list, "
              "tuple, or set. Got %s of type %s",
              a->collections_bad_value, t);
    else
      sv__err(g, SV_TFX_VALUE,
              "collections argument to Variable constructor must be a list, "
              "tuple, or set. Got %s of type <class '%s'>",
              a->collections_bad_value, t);
  } else if (a->constraint_not_callable) {
    sv__err(g, SV_TFX_VALUE, "The `constraint` argument must be a callable.");
  } else if (a->use_resource) {
    sv__err(g, SV_TFX_UNSUPPORTED,
            "resource variables (use_resource=True) are not emulated");
  } else {
    mkvar m;
    memset(&m, 0, sizeof m);
    m.name = a->name ? a->name : "Variable";
    m.initial = a->initial_cb ? NULL : &a->initial;
    m.cb = a->initial_cb;
    m.cb_ud = a->initial_cb_ud;
    m.dtype = a->dtype == SV_DT_INVALID ? SV_DT_INVALID
                                        : sv_dtype_base(a->dtype);
    m.has_shape = a->has_shape;
    m.shape = a->shape;
    m.validate_shape = a->validate_shape;
    m.trainable = a->trainable != 0;
    m.colls = a->collections;
    m.ncolls = a->ncollections;
    m.creator = SV_CREATOR_VARIABLE;
    m.init_text = a->initial_cb ? "callable" : input_text(g, &a->initial);
    m.getvar = SV_NONE;
    m.ns_at_call = stack_text(g);
    m.vs_at_call = g->vs->name;
    m.entry = sv__innermost_entry(g);
    ok = make_var(g, &m, out_var);
  }
  sv__call_end(g, c);
  return ok;
}

/* ---- tf.get_variable (§8) ---------------------------------------------------------- */

static bool shapes_compatible(const sv_shape *a, const sv_shape *b) {
  if (a->rank < 0 || b->rank < 0) return true;
  if (a->rank != b->rank) return false;
  for (int32_t i = 0; i < a->rank; i++)
    if (a->dims[i] >= 0 && b->dims[i] >= 0 && a->dims[i] != b->dims[i])
      return false;
  return true;
}

static void origin_frames(sv_graph *g, uint32_t var, sv_buf *out) {
  sv_tf *tf = g->tf;
  const void *origin = sv__varaux(g, var).origin;
  if (tf->fmt && origin) {
    tf->fmt(tf->fmt_ud, origin, out);
    return;
  }
  sv_loc loc = sv__var_loc(g, var);
  sv__buf_appendf(out, "  File \"%s\", line %u, in <module>\n",
                  tf->model.source_name, loc.line);
  size_t len;
  const char *line = sv_model_source_line(&tf->model, loc.line, &len);
  if (line) {
    while (len && (*line == ' ' || *line == '\t')) line++, len--;
    while (len && (line[len - 1] == ' ' || line[len - 1] == '\t')) len--;
    sv__buf_appends(out, "    ");
    sv__buf_append(out, line, len);
    sv__buf_putc(out, '\n');
  }
}

static const char *default_init_text(int kind) {
  switch (kind) {
    case SV_INIT_CONSTANT: return "constant_initializer()";
    case SV_INIT_ZEROS: return "zeros_initializer()";
    case SV_INIT_ONES: return "ones_initializer()";
    case SV_INIT_RANDOM_UNIFORM: return "random_uniform_initializer()";
    case SV_INIT_RANDOM_NORMAL: return "random_normal_initializer()";
    case SV_INIT_TRUNCATED_NORMAL: return "truncated_normal_initializer()";
    case SV_INIT_GLOROT_UNIFORM: return "glorot_uniform_initializer()";
    case SV_INIT_GLOROT_NORMAL: return "glorot_normal_initializer()";
    case SV_INIT_VARIANCE_SCALING: return "variance_scaling_initializer()";
    default: return "callable";
  }
}

static bool getvar_body(sv_graph *g, const sv_get_variable_args *a,
                        sv_getvar *rec, uint32_t *out_var) {
  sv_vscope *S = g->vs;
  const char *name = a->name ? a->name : "";
  const char *full = *S->name ? sv__cat(g, S->name, "/", name)
                              : sv__arena_strdup(g->arena, name);
  rec->full = full;
  rec->reuse = S->reuse;
  if (a->has_partitioner)
    return sv__err(g, SV_TFX_UNSUPPORTED,
                   "partitioned variables (partitioner=) are not emulated");
  if (a->has_custom_getter)
    return sv__err(g, SV_TFX_UNSUPPORTED, "custom getters are not emulated");
  if (a->use_resource)
    return sv__err(g, SV_TFX_UNSUPPORTED,
                   "resource variables (use_resource=True) are not emulated");
  if (a->has_regularizer)
    return sv__err(g, SV_TFX_UNSUPPORTED,
                   "regularizers of get_variable are not emulated");
  /* §8.1 step 3: the name stack is reset for the rest of the call. */
  g->stack = NULL;
  const sv_init *init = a->initializer;
  bool init_value =
      init && (init->kind == SV_INIT_VALUE || init->kind == SV_INIT_TENSOR);
  if (a->dtype != SV_DT_INVALID && init_value) {
    /* §8.1 step 4: the initializer is converted (a root-level Const) */
    uint32_t op;
    const sv_input *iv = &init->tensor;
    sv_input lit = {SV_IN_LITERAL, 0, init->value};
    if (init->kind == SV_INIT_VALUE) iv = &lit;
    if (!sv__convert(g, iv, "Const", SV_DT_INVALID, SV_DT_INVALID, &op))
      return false;
    int have = sv_dtype_base(sv__op_dtype(g, op));
    if (have != sv_dtype_base(a->dtype))
      return sv__err(g, SV_TFX_VALUE,
                     "Initializer type '<dtype: '%s'>' and explicit dtype "
                     "'<dtype: '%s'>' don't match.",
                     sv_dtype_name(have), sv_dtype_name(sv_dtype_base(a->dtype)));
  }
  if (!init) init = S->init;
  int D = sv_dtype_base(a->dtype != SV_DT_INVALID ? a->dtype : S->dtype);
  init_value =
      init && (init->kind == SV_INIT_VALUE || init->kind == SV_INIT_TENSOR);
  if (a->has_shape && init_value)
    return sv__err(g, SV_TFX_VALUE,
                   "If initializer is a constant, do not specify shape.");
  sv_shape req = a->has_shape ? a->shape : sv__shape_unknown();
  size_t flen = strlen(full);
  uint32_t h = sv__hash(full, flen);
  /* a new name in its scope need not be looked up (a cache miss) */
  bool absent = store_surely_absent(g, S, name, h);
#ifdef SV_CHECK_PFILT
  if (absent && store_find(g, full, flen, h) != SV_NONE) abort();
#endif
  uint32_t vid = absent ? SV_NONE : store_find(g, full, flen, h);
  /* its slot is written once the variable is made: fetch it meanwhile */
  if (absent && g->store.cap)
    __builtin_prefetch(&g->store.slots[h & (g->store.cap - 1)], 1);
  if (vid != SV_NONE) {
    const sv_var *v = sv__var(g, vid);
    if (S->reuse == SV_REUSE_FALSE) {
      sv_buf b;
      sv__buf_init(&b);
      origin_frames(g, vid, &b);
      sv__err(g, SV_TFX_VALUE,
              "Variable %s already exists, disallowed. Did you mean to set "
              "reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally "
              "defined at:\n\n%s",
              full, sv__buf_cstr(&b));
      sv__buf_fini(&b);
      return false;
    }
    if (!shapes_compatible(&req, &v->shape)) {
      sv_buf b1, b2;
      sv__buf_init(&b1);
      sv__buf_init(&b2);
      sv__shape_str(&req, &b1);
      sv__shape_str(&v->shape, &b2);
      sv__err(g, SV_TFX_VALUE,
              "Trying to share variable %s, but specified shape %s and found "
              "shape %s.",
              full, sv__buf_cstr(&b1), sv__buf_cstr(&b2));
      sv__buf_fini(&b1);
      sv__buf_fini(&b2);
      return false;
    }
    if (D != v->dtype && D != sv_dtype_base(v->dtype))
      return sv__err(g, SV_TFX_VALUE,
                     "Trying to share variable %s, but specified dtype %s and "
                     "found dtype %s.",
                     full, sv_dtype_name(D), sv_dtype_name(v->dtype));
    rec->outcome = SV_GETVAR_REUSED;
    rec->var = vid;
    *out_var = vid;
    return true;
  }
  if (S->reuse == SV_REUSE_TRUE)
    return sv__err(g, SV_TFX_VALUE,
                   "Variable %s does not exist, or was not created with "
                   "tf.get_variable(). Did you mean to set "
                   "reuse=tf.AUTO_REUSE in VarScope?",
                   full);
  sv_init dflt;
  const char *text = init ? init->text : NULL;
  if (!init) {
    memset(&dflt, 0, sizeof dflt);
    if (sv__dtype_is_floating(D)) {
      dflt.kind = SV_INIT_GLOROT_UNIFORM;
    } else if (sv__dtype_is_integer(D) || D == SV_DT_BOOL ||
               D == SV_DT_STRING) {
      dflt.kind = SV_INIT_ZEROS;
    } else {
      return sv__err(g, SV_TFX_VALUE,
                     "An initializer for variable %s of <dtype: '%s'> is "
                     "required",
                     full, sv_dtype_name(D));
    }
    dflt.dtype = SV_DT_INVALID;
    init = &dflt;
  }
  mkvar m;
  memset(&m, 0, sizeof m);
  m.name = full;
  m.validate_shape = a->validate_shape;
  m.trainable = a->trainable != 0;
  m.colls = a->collections;
  m.ncolls = a->ncollections;
  m.creator = SV_CREATOR_GET_VARIABLE;
  m.store_key = full;
  m.getvar = rec->id;
  m.ns_at_call = rec->name_scope_at_call;
  m.vs_at_call = S->name;
  m.entry = rec->entry;
  sv_input lit;
  if (init_value) {
    if (init->kind == SV_INIT_VALUE) {
      lit.kind = SV_IN_LITERAL;
      lit.lit = init->value;
      lit.id = 0;
      m.initial = &lit;
    } else {
      m.initial = &init->tensor;
    }
    m.dtype = SV_DT_INVALID;
    m.init_text = input_text(g, m.initial);
  } else if (a->has_shape && sv__shape_fully_defined(&a->shape)) {
    m.thunk = init;
    m.thunk_shape = &a->shape;
    m.dtype = D;
    m.init_text = text ? sv__text_intern(g, text) /* one per kind */
                       : default_init_text(init->kind);
  } else if (init->kind == SV_INIT_CALLABLE) {
    /* a zero-argument callable used as the initial value itself */
    m.cb = init->cb;
    m.cb_ud = init->cb_ud;
    m.dtype = SV_DT_INVALID;
    m.init_text = text ? sv__text_intern(g, text) : "callable";
  } else {
    return sv__err(g, SV_TFX_VALUE,
                   "The initializer passed is not valid. It should be a "
                   "callable with no arguments and the shape should not be "
                   "provided or an instance of `tf.keras.initializers.*' and "
                   "`shape` should be fully defined.");
  }
  /* init_text: a static text, the engine's (input_text) or interned;
   * an initializer's own text may live only as long as the call */
  if (!make_var(g, &m, &vid)) return false;
  sv__idmap_add(&g->store, h, vid);
  store_filter_add(g, S, name, h);
  rec->outcome = SV_GETVAR_CREATED;
  rec->var = vid;
  *out_var = vid;
  return true;
}

bool sv__tf_get_variable(sv_graph *g, const sv_get_variable_args *a,
                         uint32_t *out_var) {
  sv_callctx c = sv__call_begin(g, "tf.get_variable", SV_OP_USER, SV_NONE);
  const char *saved = g->stack;
  sv_getvar rec;
  memset(&rec, 0, sizeof rec);
  rec.id = sv__getvar_count(g);
  /* the same few names come back in every layer */
  rec.name = sv__text_intern(g, a->name ? a->name : "");
  rec.var = SV_NONE;
  rec.error = SV_NONE;
  rec.entry = sv__innermost_entry(g);
  rec.name_scope_at_call = stack_text(g);
  rec.loc = g->tf->loc;
  size_t nerr = g->errors.count;
  uint32_t vid = SV_NONE;
  bool ok = getvar_body(g, a, &rec, &vid);
  g->stack = saved;
  if (!rec.full) rec.full = rec.name;
  if (!ok) {
    rec.outcome = SV_GETVAR_FAILED;
    rec.var = SV_NONE;
    if (g->errors.count > nerr) {
      rec.error = (uint32_t)g->errors.count - 1;
      g->errors.items[rec.error].getvar = rec.id;
    }
  } else if (out_var) {
    *out_var = vid;
  }
  sv__getvar_add(g, &rec);
  sv__event(g, SV_EV_GETVAR, rec.id);
  sv__call_end(g, c);
  return ok;
}
