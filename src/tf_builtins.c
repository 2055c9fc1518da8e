/* SPDX-License-Identifier: MIT
 * tf_builtins: the Python objects of the emulated tensorflow module
 * (Tensor, RefVariable, Operation, DType, TensorShape, Dimension,
 * VariableScope, Graph, initializers) and the conversions between Python
 * values and the scope engine's arguments (tf1-semantics.md §9).
 */
#include "tf_builtins.h"

#include <stdio.h>
#include <string.h>

#include "tf_builtins_int.h"

/* ---- state and calls ----------------------------------------------------- */

tb_state *tb_state_of(sv_interp *I) {
  return sv_interp_host(I);
}

void tb_call_begin(tb_call *c, tb_state *st, sv_interp *I, sv_loc loc) {
  c->st = st;
  c->I = I;
  c->loc = loc;
  c->origin = sv_interp_origin(I);
  c->scratch = NULL;
  c->graph = NULL;
  c->prev = st->cur;
  st->cur = c;
  sv__tf_set_call_site(st->tf, loc, c->origin);
}

/* Under AddressSanitizer (SV_ASAN, mem.h) every call's scratch memory is
 * freed, so a pointer kept past its call is reported. */

void tb_call_end(tb_call *c) {
  c->st->cur = c->prev;
#ifdef SV_MEM_REUSE
  if (c->scratch && !c->st->spare) {
    sv__arena_reset(c->scratch);
    c->st->spare = c->scratch;
    c->scratch = NULL;
  }
#endif
  sv__arena_free(c->scratch);
  c->scratch = NULL;
  if (c->prev) tb_call_site(c->prev);
}

void tb_call_site(tb_call *c) {
  sv__tf_set_call_site(c->st->tf, c->loc, c->origin);
}

sv_arena *tb_scratch(tb_call *c) {
  if (!c->scratch) {
    c->scratch = c->st->spare ? c->st->spare : sv__arena_new();
    c->st->spare = NULL;
  }
  return c->scratch;
}

bool tb_engine_fail(tb_call *c, sv_graph *g) {
  sv_tf *tf = c->st->tf;
  sv_tfx kind = sv__tf_error_kind(tf);
  switch (kind) {
    case SV_TFX_HOST:
    case SV_TFX_NONE:
      break;
    case SV_TFX_UNSUPPORTED:
      sv_reject(c->I, c->loc, "%s", sv__tf_error_message(tf));
      break;
    default: {
      uint32_t rec = sv__tf_error_record(tf);
      sv_raise_str(c->I, sv__tf_error_type(tf), sv__tf_error_message(tf));
      if (rec != SV_NONE && g) sv_exc_set_tf_record(c->I, g, rec);
      break;
    }
  }
  sv__tf_error_clear(tf);
  return false;
}

/* ---- identity cache ------------------------------------------------------ */

/* Ids of one graph in runs of 16 share a random block of 16 slots, in
 * order: building the objects of a whole collection (a list of 200 000
 * Variables) walks the table instead of missing the cache per object,
 * and the blocks themselves stay spread as a random hash spreads keys. */
static size_t slot_hash(const void *key, uint32_t id) {
  uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull;
  h ^= (uint64_t)(id >> 4) * 0xC2B2AE3D27D4EB4Full;
  h ^= h >> 29;
  return (size_t)((h << 4) | (id & 15));
}

static tb_slot *cache_find(tb_cache *m, const void *key, uint32_t id) {
  if (!m->cap) return NULL;
  size_t mask = m->cap - 1;
  for (size_t i = slot_hash(key, id) & mask;; i = (i + 1) & mask) {
    tb_slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->key == key && s->id == id) return s;
  }
}

/* Borrowed cached object, or UNSET. */
static sv_value cache_get(tb_state *st, const void *key, uint32_t id) {
  tb_slot *s = cache_find(&st->cache, key, id);
  if (!s || !s->key) return sv_unset();
  sv_value v = {SV_T_OBJ, {.o = s->obj}};
  return v;
}

/* Stores val: a new reference, or (weak) a borrowed one that the object's
 * fini removes (cache_drop). Tensors, Operations and VariableScopes (and
 * Variables, in tb_varobjs) are cached weakly: while an object lives
 * every lookup returns it (identity as in TF), and one nobody refers to
 * any more can be rebuilt unnoticed, so a model of millions of ops does
 * not keep a Python object per op alive. */
static void cache_put_ex(tb_state *st, const void *key, uint32_t id,
                         sv_value val, bool weak) {
  tb_cache *m = &st->cache;
  if ((m->count + 1) * 4 > m->cap * 3) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    tb_slot *old = m->slots;
    size_t ocap = m->cap;
    m->slots = sv__xcalloc(ncap, sizeof *m->slots);
    m->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
      if (!old[i].key) continue;
      *cache_find(m, old[i].key, old[i].id) = old[i];
    }
    sv__xfree(old);
  }
  tb_slot *s = cache_find(m, key, id);
  s->key = key;
  s->id = id;
  if (!weak) sv_incref(val);
  s->obj = val.as.o; /* val.tag == SV_T_OBJ: sv_native_new's */
  m->count++;
}

static void cache_put(tb_state *st, const void *key, uint32_t id,
                      sv_value val) {
  cache_put_ex(st, key, id, val, false);
}

/* Removes (key, id) (linear probing: later slots of the run shift back). */
static void cache_drop(sv_interp *I, const void *key, uint32_t id) {
  tb_state *st = sv_interp_host(I);
  if (!st) return; /* teardown: the state went first */
  tb_cache *m = &st->cache;
  tb_slot *s = cache_find(m, key, id);
  if (!s || !s->key) return;
  size_t mask = m->cap - 1;
  size_t i = (size_t)(s - m->slots), j = i;
  for (;;) {
    j = (j + 1) & mask;
    if (!m->slots[j].key) break;
    size_t k = slot_hash(m->slots[j].key, m->slots[j].id) & mask;
    bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
    if (stays) continue;
    m->slots[i] = m->slots[j];
    i = j;
  }
  m->slots[i].key = NULL;
  m->count--;
}

static void tensor_fini(sv_interp *I, void *data) {
  tb_tensor *t = data;
  cache_drop(I, t->g, t->id * 4u + 0u);
}

/* The Variable-object slot of (g, var); NULL when there is none and
 * !make. */
static sv_obj **varobj_slot(tb_state *st, const sv_graph *g, uint32_t var,
                            bool make) {
  tb_varobjs *v = NULL;
  for (size_t i = 0; i < st->nvobjs; i++)
    if (st->vobjs[i].g == g) v = &st->vobjs[i];
  if (!v) {
    if (!make) return NULL;
    st->vobjs = sv__xrealloc(st->vobjs, (st->nvobjs + 1) * sizeof *v);
    v = &st->vobjs[st->nvobjs++];
    v->g = g;
    v->objs = NULL;
    v->cap = 0;
  }
  if (var >= v->cap) {
    if (!make) return NULL;
    size_t ncap = v->cap ? v->cap : 64;
    while (ncap <= var) ncap *= 2;
    v->objs = sv__xrealloc(v->objs, ncap * sizeof *v->objs);
    memset(v->objs + v->cap, 0, (ncap - v->cap) * sizeof *v->objs);
    v->cap = ncap;
  }
  return &v->objs[var];
}

static void variable_fini(sv_interp *I, void *data) {
  tb_tensor *t = data;
  tb_state *st = sv_interp_host(I);
  if (!st) return; /* teardown: the state went first */
  sv_obj **slot = varobj_slot(st, t->g, t->id, false);
  if (slot) *slot = NULL;
}

static void op_fini(sv_interp *I, void *data) {
  tb_tensor *t = data;
  cache_drop(I, t->g, t->id * 4u + 2u);
}

void tb_fake_addr(tb_state *st, sv_buf *out) {
  /* Python prints an address; ours is deterministic (script-language.md
   * §6: no addresses in output). */
  st->seq++;
  sv__buf_appendf(out, "0x7f%010llx",
                  (unsigned long long)(0x3a5c000000ull + st->seq * 0x50));
}

bool tb_object_repr(sv_interp *I, const char *qualname, sv_buf *out) {
  sv__buf_putc(out, '<');
  sv__buf_appends(out, qualname);
  sv__buf_appends(out, " object at ");
  tb_fake_addr(tb_state_of(I), out);
  sv__buf_putc(out, '>');
  return true;
}

/* ---- small helpers ------------------------------------------------------- */

static sv_value str_of(sv_interp *I, const char *s) {
  return sv_str_cstr(I, s ? s : "");
}

static sv_value method(sv_interp *I, const char *name, sv_native_fn fn,
                       sv_value self) {
  return sv_builtin_new(I, name, fn, NULL, self);
}

static bool no_args(sv_interp *I, const sv_args *a, const char *fname) {
  static const char *const params[] = {NULL};
  sv_value out[1];
  return sv_args_bind(I, a, fname, params, 0, out);
}

static sv_value shape_value(sv_interp *I, const sv_shape *s) {
  return tb_shape_new(I, s);
}

static bool unsupported_call(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out) {
  (void)self;
  (void)out;
  return sv_reject(I, a->loc, "%s is not emulated", (const char *)ud);
}

sv_value tb_unsupported_fn(sv_interp *I, const char *qualname) {
  return sv_builtin_new(I, qualname, unsupported_call, (void *)qualname,
                        sv_unset());
}

/* Two objects naming the same op (or variable) of the same graph. */
static bool same_ref(sv_value a, sv_value b) {
  const tb_tensor *x = sv_native_data(a), *y = sv_native_data(b);
  return x->g == y->g && x->id == y->id;
}

/* The one cached object of class cls naming (g, id); tag tells Tensors (0)
 * and Operations (2) apart in the cache key (Variables, 1, have their
 * own slots: tb_variable_new). A new reference. */
static sv_value ref_new(tb_state *st, const sv_class *cls, sv_graph *g,
                        uint32_t id, uint32_t tag) {
  sv_value v = cache_get(st, g, id * 4u + tag);
  if (!sv_is_unset(v)) {
    sv_incref(v);
    return v;
  }
  v = sv_native_new(st->I, cls);
  tb_tensor *t = sv_native_data(v);
  t->g = g;
  t->id = id;
  cache_put_ex(st, g, id * 4u + tag, v, true);
  return v;
}

/* Op arguments with nothing set (dtype not given). */
static void opargs_init(sv_opargs *oa) {
  memset(oa, 0, sizeof *oa);
  oa->dtype = SV_DT_INVALID;
}

/* self (a Tensor or a Variable) as an op input. */
static sv_input self_input(sv_value self) {
  const tb_tensor *t = sv_native_data(self);
  sv_input in;
  in.kind =
      sv_is_native(self, &tb_variable_class) ? SV_IN_VARIABLE : SV_IN_TENSOR;
  in.id = t->id;
  in.lit = NULL;
  return in;
}

/* Adds an op of kind to g inside call c; *out is its Tensor. */
static bool add_op(tb_call *c, sv_graph *g, sv_opkind kind,
                   const sv_input *in, size_t nin, const sv_opargs *oa,
                   sv_value *out) {
  sv_tensor res;
  if (!sv__tf_op(g, kind, in, nin, oa, &res)) return tb_engine_fail(c, g);
  *out = tb_tensor_new(c->st, res.g, res.op);
  return true;
}

/* Adds the one-input op of kind on self (a Tensor or a Variable) to
 * self's graph; *out is its Tensor. */
static bool self_op(sv_interp *I, sv_value self, sv_loc loc, sv_opkind kind,
                    const sv_opargs *oa, sv_value *out) {
  const tb_tensor *t = sv_native_data(self);
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, loc);
  sv_input in = self_input(self);
  bool ok = add_op(&c, t->g, kind, &in, 1, oa, out);
  tb_call_end(&c);
  return ok;
}

/* ---- Tensor -------------------------------------------------------------- */

sv_value tb_tensor_new(tb_state *st, sv_graph *g, uint32_t op) {
  return ref_new(st, &tb_tensor_class, g, op, 0u);
}

static bool m_get_shape(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "get_shape")) return false;
  tb_tensor *t = sv_native_data(self);
  const sv_shape *s;
  if (sv_is_native(self, &tb_variable_class))
    s = &sv_graph_var(t->g, t->id)->shape;
  else
    s = &sv_graph_op(t->g, t->id)->shape;
  *out = shape_value(I, s);
  return true;
}

static bool m_consumers(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "consumers")) return false;
  tb_state *st = tb_state_of(I);
  tb_tensor *t = sv_native_data(self);
  *out = sv_list_new(I, 0);
  size_t n = sv_graph_op_count(t->g);
  for (size_t i = 0; i < n; i++) {
    const sv_op *op = sv_graph_op(t->g, i);
    for (uint32_t k = 0; k < op->ninputs; k++) {
      if (op->inputs[k] == t->id) {
        sv_list_append(I, *out, tb_op_new(st, t->g, (uint32_t)i));
        break;
      }
    }
  }
  return true;
}

static bool tensor_common_attr(sv_interp *I, sv_value self, sv_graph *g,
                               uint32_t op, const char *name, sv_value *out,
                               bool *found) {
  tb_state *st = tb_state_of(I);
  const sv_op *o = sv_graph_op(g, op);
  *found = true;
  if (!strcmp(name, "name")) {
    sv_buf b;
    sv__buf_init(&b);
    sv__buf_appendf(&b, "%s:0", o->name);
    *out = sv_str_new(I, b.data, b.len);
    sv__buf_fini(&b);
  } else if (!strcmp(name, "op")) {
    *out = tb_op_new(st, g, op);
  } else if (!strcmp(name, "graph")) {
    *out = tb_graph_obj(st, g);
  } else if (!strcmp(name, "device")) {
    *out = str_of(I, "");
  } else if (!strcmp(name, "get_shape")) {
    *out = method(I, "get_shape", m_get_shape, self);
  } else if (!strcmp(name, "value_index")) {
    *out = sv_int(0);
  } else {
    *found = false;
  }
  return true;
}

static bool tensor_getattr(sv_interp *I, sv_value self, const char *name,
                           sv_value *out) {
  tb_state *st = tb_state_of(I);
  tb_tensor *t = sv_native_data(self);
  const sv_op *o = sv_graph_op(t->g, t->id);
  bool found;
  if (!tensor_common_attr(I, self, t->g, t->id, name, out, &found))
    return false;
  if (found) return true;
  if (!strcmp(name, "dtype")) {
    *out = tb_dtype_new(st, o->dtype);
  } else if (!strcmp(name, "shape")) {
    *out = shape_value(I, &o->shape);
  } else if (!strcmp(name, "consumers")) {
    *out = method(I, "consumers", m_consumers, self);
  } else if (!strcmp(name, "eval") || !strcmp(name, "set_shape") ||
             !strcmp(name, "_shape_as_list")) {
    *out = tb_unsupported_fn(I, !strcmp(name, "eval") ? "Tensor.eval"
                                : !strcmp(name, "set_shape")
                                    ? "Tensor.set_shape"
                                    : "Tensor._shape_as_list");
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool tensor_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  tb_tensor *t = sv_native_data(self);
  sv__tf_tensor_repr(t->g, t->id, out);
  return true;
}

static bool tensor_str(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  tb_tensor *t = sv_native_data(self);
  sv__tf_tensor_str(t->g, t->id, out);
  return true;
}

/* §5.2 Python operators. Both tensors and variables use this. */
static bool tensor_binop(sv_interp *I, sv_binop op, sv_value self,
                         sv_value other, bool reflected, sv_value *out) {
  tb_state *st = tb_state_of(I);
  sv_opkind kind;
  switch (op) {
    case SV_BIN_ADD:
      kind = SV_K_OP_ADD;
      break;
    case SV_BIN_SUB:
      kind = SV_K_OP_SUB;
      break;
    case SV_BIN_MUL:
      kind = SV_K_OP_MUL;
      break;
    case SV_BIN_TRUEDIV:
      kind = SV_K_OP_TRUEDIV;
      break;
    case SV_BIN_MATMUL:
      kind = SV_K_OP_MATMUL;
      break;
    case SV_BIN_POW:
      kind = SV_K_OP_POW;
      break;
    case SV_BIN_LT:
      kind = SV_K_OP_LESS;
      break;
    case SV_BIN_LE:
      kind = SV_K_OP_LESS_EQUAL;
      break;
    case SV_BIN_GT:
      kind = SV_K_OP_GREATER;
      break;
    case SV_BIN_GE:
      kind = SV_K_OP_GREATER_EQUAL;
      break;
    case SV_BIN_EQ:
    case SV_BIN_NE: {
      /* TF 1.15 graph mode: tensor equality is object identity. */
      bool same = sv_native_class(other) == sv_native_class(self) &&
                  same_ref(self, other);
      *out = sv_bool(op == SV_BIN_EQ ? same : !same);
      return true;
    }
    default: {
      const char *what = op == SV_BIN_FLOORDIV ? "//"
                         : op == SV_BIN_MOD    ? "%"
                                               : "operator";
      return sv_reject(I, sv__interp_cur_loc(I),
                       "the '%s' operator on tensors is not emulated", what);
    }
  }
  /* Operands TF converts: tensors, variables, Python numbers, bools,
   * strings, None, nested lists/tuples, numpy arrays. */
  bool convertible = other.tag == SV_T_NONE || other.tag == SV_T_BOOL ||
                     other.tag == SV_T_INT || other.tag == SV_T_FLOAT ||
                     sv_is_str(other) || sv_is_list(other) ||
                     sv_is_tuple(other) ||
                     sv_is_native(other, &tb_tensor_class) ||
                     sv_is_native(other, &tb_variable_class) ||
                     sv_is_native(other, &tb_ndarray_class) ||
                     sv_is_native(other, &tb_dim_class);
  if (!convertible) {
    out->tag = SV_T_NOTIMPL;
    return true;
  }
  tb_tensor *t = sv_native_data(self);
  tb_call c;
  tb_call_begin(&c, st, I, sv__interp_cur_loc(I));
  sv_input in[2];
  sv_input *theirs = &in[reflected ? 0 : 1];
  in[reflected ? 1 : 0] = self_input(self);
  c.graph = t->g; /* the op goes into self's graph */
  bool ok = tb_input(&c, other, false, theirs);
  if (ok) {
    sv_opargs oa;
    opargs_init(&oa);
    oa.reflected = reflected;
    ok = add_op(&c, t->g, kind, in, 2, &oa, out);
  }
  tb_call_end(&c);
  return ok;
}

static bool tensor_neg(sv_interp *I, sv_value self, sv_value *out) {
  sv_opargs oa;
  opargs_init(&oa);
  return self_op(I, self, sv__interp_cur_loc(I), SV_K_OP_NEG, &oa, out);
}

static bool tensor_getitem(sv_interp *I, sv_value self, sv_value key,
                           sv_value *out) {
  if (key.tag != SV_T_INT)
    return sv_reject(I, sv__interp_cur_loc(I),
                     "tensor indexing other than by an int is not emulated");
  sv_opargs oa;
  opargs_init(&oa);
  oa.index = key.as.i;
  return self_op(I, self, sv__interp_cur_loc(I), SV_K_OP_GETITEM, &oa, out);
}

static bool tensor_truthy(sv_interp *I, sv_value self, bool *out) {
  (void)self;
  (void)out;
  /* ops.py, Tensor.__bool__ (1.15). */
  return sv_raise_str(
      I, "TypeError",
      "Using a `tf.Tensor` as a Python `bool` is not allowed. Use `if t is "
      "not None:` instead of `if t:` to test if a tensor is defined, and use "
      "TensorFlow ops such as tf.cond to execute subgraphs conditioned on "
      "the value of a tensor.");
}

static bool tensor_iter(sv_interp *I, sv_value self, sv_value *out) {
  (void)self;
  (void)out;
  /* ops.py, Tensor.__iter__ in graph mode (1.15). */
  return sv_raise_str(I, "TypeError",
                      "Tensor objects are only iterable when eager execution "
                      "is enabled. To iterate over this tensor use "
                      "tf.map_fn.");
}

static bool tensor_eq(sv_interp *I, sv_value self, sv_value other, bool *out) {
  (void)I;
  *out =
      sv_native_class(other) == sv_native_class(self) && same_ref(self, other);
  return true;
}

const sv_class tb_tensor_class = {
    .name = "Tensor",
    .size = sizeof(tb_tensor),
    .fini = tensor_fini,
    .getattr = tensor_getattr,
    .repr = tensor_repr,
    .str = tensor_str,
    .binop = tensor_binop,
    .neg = tensor_neg,
    .getitem = tensor_getitem,
    .truthy = tensor_truthy,
    .iter = tensor_iter,
    .eq = tensor_eq,
};

/* ---- RefVariable --------------------------------------------------------- */

sv_value tb_variable_new(tb_state *st, sv_graph *g, uint32_t var) {
  /* as ref_new, kept in the dense slots instead of the cache */
  sv_obj **slot = varobj_slot(st, g, var, true);
  sv_value v;
  if (*slot) {
    v.tag = SV_T_OBJ;
    v.as.o = *slot;
    sv_incref(v);
    return v;
  }
  v = sv_native_new(st->I, &tb_variable_class);
  tb_tensor *t = sv_native_data(v);
  t->g = g;
  t->id = var;
  *slot = v.as.o; /* weak: variable_fini clears it */
  return v;
}

static bool m_var_value(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "value")) return false;
  tb_tensor *t = sv_native_data(self);
  *out = tb_tensor_new(tb_state_of(I), t->g, sv__tf_var_read_op(t->g, t->id));
  return true;
}

/* RefVariable.read_value(): array_ops.identity(self._variable,
 * name="read") in the current name scope. */
static bool m_var_read_value(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "read_value")) return false;
  sv_opargs oa;
  opargs_init(&oa);
  oa.name = "read";
  return self_op(I, self, a->loc, SV_K_IDENTITY, &oa, out);
}

static bool variable_getattr(sv_interp *I, sv_value self, const char *name,
                             sv_value *out) {
  tb_state *st = tb_state_of(I);
  tb_tensor *t = sv_native_data(self);
  const sv_var *v = sv_graph_var(t->g, t->id);
  bool found;
  if (!tensor_common_attr(I, self, t->g, v->op, name, out, &found))
    return false;
  if (found) return true;
  if (!strcmp(name, "dtype")) {
    *out = tb_dtype_new(st, v->dtype);
  } else if (!strcmp(name, "shape")) {
    *out = shape_value(I, &v->shape);
  } else if (!strcmp(name, "initializer")) {
    *out = tb_op_new(st, t->g, sv__tf_var_assign_op(t->g, t->id));
  } else if (!strcmp(name, "initial_value")) {
    *out = tb_tensor_new(st, t->g, sv__tf_var_initial_value_op(t->g, t->id));
  } else if (!strcmp(name, "trainable")) {
    *out = sv_bool(v->trainable);
  } else if (!strcmp(name, "value")) {
    *out = method(I, "value", m_var_value, self);
  } else if (!strcmp(name, "read_value")) {
    *out = method(I, "read_value", m_var_read_value, self);
  } else if (!strcmp(name, "initialized_value")) {
    /* Builds a cond sub-graph in TF 1.15 (§6.1, §12). */
    *out = tb_unsupported_fn(I, "Variable.initialized_value");
  } else if (!strcmp(name, "assign") || !strcmp(name, "assign_add") ||
             !strcmp(name, "assign_sub") || !strcmp(name, "eval") ||
             !strcmp(name, "load") || !strcmp(name, "scatter_update") ||
             !strcmp(name, "set_shape") || !strcmp(name, "to_proto") ||
             !strcmp(name, "count_up_to")) {
    static const char *const qn[] = {
        "assign",         "Variable.assign",
        "assign_add",     "Variable.assign_add",
        "assign_sub",     "Variable.assign_sub",
        "eval",           "Variable.eval",
        "load",           "Variable.load",
        "scatter_update", "Variable.scatter_update",
        "set_shape",      "Variable.set_shape",
        "to_proto",       "Variable.to_proto",
        "count_up_to",    "Variable.count_up_to"};
    const char *q = "Variable method";
    for (size_t i = 0; i < sizeof qn / sizeof *qn; i += 2)
      if (!strcmp(qn[i], name)) q = qn[i + 1];
    *out = tb_unsupported_fn(I, q);
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool variable_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  tb_tensor *t = sv_native_data(self);
  sv__tf_var_repr(t->g, t->id, out);
  return true;
}

/* type(v).__name__ is RefVariable in 1.15 (variables.py, the class
 * default_variable_creator instantiates); AttributeError messages say so. */
const sv_class tb_variable_class = {
    .name = "RefVariable",
    .size = sizeof(tb_tensor),
    .fini = variable_fini,
    .getattr = variable_getattr,
    .repr = variable_repr,
    .binop = tensor_binop,
    .neg = tensor_neg,
    .getitem = tensor_getitem,
    .iter = tensor_iter,
    .eq = tensor_eq,
};

/* ---- Operation ----------------------------------------------------------- */

sv_value tb_op_new(tb_state *st, sv_graph *g, uint32_t op) {
  return ref_new(st, &tb_op_class, g, op, 2u);
}

static bool m_op_values(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "values")) return false;
  tb_tensor *t = sv_native_data(self);
  *out = sv_tuple_new(I, 1);
  sv_tuple_set(I, *out, 0, tb_tensor_new(tb_state_of(I), t->g, t->id));
  return true;
}

static bool op_getattr(sv_interp *I, sv_value self, const char *name,
                       sv_value *out) {
  tb_state *st = tb_state_of(I);
  tb_tensor *t = sv_native_data(self);
  const sv_op *o = sv_graph_op(t->g, t->id);
  if (!strcmp(name, "name")) {
    *out = str_of(I, o->name);
  } else if (!strcmp(name, "type")) {
    *out = str_of(I, o->type);
  } else if (!strcmp(name, "graph")) {
    *out = tb_graph_obj(st, t->g);
  } else if (!strcmp(name, "device")) {
    *out = str_of(I, "");
  } else if (!strcmp(name, "outputs")) {
    /* NoOp ops have no outputs. */
    *out = sv_list_new(I, 1);
    if (strcmp(o->type, "NoOp") != 0)
      sv_list_append(I, *out, tb_tensor_new(st, t->g, t->id));
  } else if (!strcmp(name, "inputs")) {
    *out = sv_tuple_new(I, o->ninputs);
    for (uint32_t i = 0; i < o->ninputs; i++)
      sv_tuple_set(I, *out, i, tb_tensor_new(st, t->g, o->inputs[i]));
  } else if (!strcmp(name, "values")) {
    *out = method(I, "values", m_op_values, self);
  } else if (!strcmp(name, "node_def") || !strcmp(name, "run") ||
             !strcmp(name, "get_attr")) {
    *out = tb_unsupported_fn(I, !strcmp(name, "run") ? "Operation.run"
                                : !strcmp(name, "get_attr")
                                    ? "Operation.get_attr"
                                    : "Operation.node_def");
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool op_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  tb_tensor *t = sv_native_data(self);
  sv__tf_op_repr(t->g, t->id, out);
  return true;
}

static bool op_eq(sv_interp *I, sv_value self, sv_value other, bool *out) {
  (void)I;
  *out = sv_native_class(other) == &tb_op_class && same_ref(self, other);
  return true;
}

/* str(op) is a NodeDef in protobuf text format in TF; §9.4 does not
 * require it, the repr is printed instead. */
const sv_class tb_op_class = {
    .name = "Operation",
    .size = sizeof(tb_tensor),
    .fini = op_fini,
    .getattr = op_getattr,
    .repr = op_repr,
    .eq = op_eq,
};

/* ---- DType (§9.5) -------------------------------------------------------- */

typedef struct tb_dtype {
  int dtype;
} tb_dtype;

sv_value tb_dtype_new(tb_state *st, int dtype) {
  sv_value v = cache_get(st, &tb_dtype_class, (uint32_t)dtype);
  if (!sv_is_unset(v)) {
    sv_incref(v);
    return v;
  }
  v = sv_native_new(st->I, &tb_dtype_class);
  ((tb_dtype *)sv_native_data(v))->dtype = dtype;
  cache_put(st, &tb_dtype_class, (uint32_t)dtype, v);
  return v;
}

int tb_dtype_of(sv_value v) {
  if (sv_is_native(v, &tb_dtype_class))
    return ((tb_dtype *)sv_native_data(v))->dtype;
  return SV_DT_INVALID;
}

static bool dt_is(int d, int a, int b) {
  return d >= a && d <= b;
}

static bool dtype_getattr(sv_interp *I, sv_value self, const char *name,
                          sv_value *out) {
  tb_state *st = tb_state_of(I);
  int d = tb_dtype_of(self);
  int base = sv_dtype_base(d);
  if (!strcmp(name, "name")) {
    *out = str_of(I, sv_dtype_name(d));
  } else if (!strcmp(name, "base_dtype") || !strcmp(name, "real_dtype")) {
    *out = tb_dtype_new(st, base);
  } else if (!strcmp(name, "is_floating")) {
    *out = sv_bool(dt_is(base, SV_DT_FLOAT16, SV_DT_FLOAT64));
  } else if (!strcmp(name, "is_integer")) {
    *out = sv_bool(dt_is(base, SV_DT_INT8, SV_DT_UINT16));
  } else if (!strcmp(name, "is_bool")) {
    *out = sv_bool(base == SV_DT_BOOL);
  } else if (!strcmp(name, "is_complex")) {
    *out = sv_bool(dt_is(base, SV_DT_COMPLEX64, SV_DT_COMPLEX128));
  } else if (!strcmp(name, "is_unsigned")) {
    *out =
        sv_bool(dt_is(base, SV_DT_UINT8, SV_DT_UINT16) || base == SV_DT_BOOL);
  } else if (!strcmp(name, "_is_ref_dtype")) {
    *out = sv_bool((d & SV_DT_REF) != 0);
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool dtype_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  sv__buf_appendf(out, "tf.%s", sv_dtype_name(tb_dtype_of(self)));
  return true;
}

static bool dtype_str(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  sv__buf_appendf(out, "<dtype: '%s'>", sv_dtype_name(tb_dtype_of(self)));
  return true;
}

static int npdtype_of(sv_value v);

/* DType.__eq__: as_dtype(other) and compare; a non-dtype is unequal. */
static bool dtype_eq(sv_interp *I, sv_value self, sv_value other, bool *out) {
  (void)I;
  int d = tb_dtype_of(self), o = SV_DT_INVALID;
  if (sv_is_native(other, &tb_dtype_class))
    o = tb_dtype_of(other);
  else if (sv_is_str(other))
    o = sv__tf_dtype_from_name(sv_str_data(other));
  else if (sv_is_native(other, &tb_npdtype_class))
    o = npdtype_of(other);
  *out = o != SV_DT_INVALID && o == d;
  return true;
}

const sv_class tb_dtype_class = {
    .name = "DType",
    .size = sizeof(tb_dtype),
    .getattr = dtype_getattr,
    .repr = dtype_repr,
    .str = dtype_str,
    .eq = dtype_eq,
};

/* ---- TensorShape, Dimension (§9.3) --------------------------------------- */

static void shape_fini(sv_interp *I, void *data) {
  (void)I;
  tb_shape_obj *s = data;
  sv__xfree(s->dims);
  s->dims = NULL;
}

sv_value tb_shape_new(sv_interp *I, const sv_shape *s) {
  sv_value v = sv_native_new(I, &tb_shape_class);
  tb_shape_obj *o = sv_native_data(v);
  o->rank = s->rank;
  if (s->rank > 0) {
    o->dims = sv__xmalloc((size_t)s->rank * sizeof *o->dims);
    memcpy(o->dims, s->dims, (size_t)s->rank * sizeof *o->dims);
  }
  return v;
}

static sv_shape shape_view(sv_value v) {
  tb_shape_obj *o = sv_native_data(v);
  sv_shape s = {o->rank, o->dims};
  return s;
}

static bool shape_str(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  sv_shape s = shape_view(self);
  sv__tf_shape_str(&s, out);
  return true;
}

static bool shape_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  sv_shape s = shape_view(self);
  sv__tf_shape_repr(&s, out);
  return true;
}

static bool m_as_list(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "as_list")) return false;
  sv_shape s = shape_view(self);
  if (s.rank < 0)
    return sv_raise_str(I, "ValueError",
                        "as_list() is not defined on an unknown TensorShape.");
  *out = sv_list_new(I, (size_t)s.rank);
  for (int32_t i = 0; i < s.rank; i++)
    sv_list_append(I, *out, s.dims[i] < 0 ? sv_none() : sv_int(s.dims[i]));
  return true;
}

static bool m_fully_defined(sv_interp *I, void *ud, sv_value self,
                            const sv_args *a, sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "is_fully_defined")) return false;
  sv_shape s = shape_view(self);
  bool full = s.rank >= 0;
  for (int32_t i = 0; full && i < s.rank; i++)
    if (s.dims[i] < 0) full = false;
  *out = sv_bool(full);
  return true;
}

static bool m_num_elements(sv_interp *I, void *ud, sv_value self,
                           const sv_args *a, sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "num_elements")) return false;
  sv_shape s = shape_view(self);
  int64_t n = 1;
  bool full = s.rank >= 0;
  for (int32_t i = 0; full && i < s.rank; i++) {
    if (s.dims[i] < 0)
      full = false;
    else
      n *= s.dims[i];
  }
  *out = full ? sv_int(n) : sv_none();
  return true;
}

static bool shape_getattr(sv_interp *I, sv_value self, const char *name,
                          sv_value *out) {
  sv_shape s = shape_view(self);
  if (!strcmp(name, "as_list")) {
    *out = method(I, "as_list", m_as_list, self);
  } else if (!strcmp(name, "ndims") || !strcmp(name, "rank")) {
    *out = s.rank < 0 ? sv_none() : sv_int(s.rank);
  } else if (!strcmp(name, "dims")) {
    if (s.rank < 0) {
      *out = sv_none();
    } else {
      *out = sv_list_new(I, (size_t)s.rank);
      for (int32_t i = 0; i < s.rank; i++)
        sv_list_append(I, *out, tb_dim_new(I, s.dims[i]));
    }
  } else if (!strcmp(name, "is_fully_defined")) {
    *out = method(I, "is_fully_defined", m_fully_defined, self);
  } else if (!strcmp(name, "num_elements")) {
    *out = method(I, "num_elements", m_num_elements, self);
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool shape_len(sv_interp *I, sv_value self, size_t *out) {
  sv_shape s = shape_view(self);
  if (s.rank < 0)
    return sv_raise_str(I, "ValueError",
                        "Cannot take the length of shape with unknown rank.");
  *out = (size_t)s.rank;
  return true;
}

static bool shape_getitem(sv_interp *I, sv_value self, sv_value key,
                          sv_value *out) {
  sv_shape s = shape_view(self);
  if (key.tag != SV_T_INT)
    return sv_reject(I, sv__interp_cur_loc(I),
                     "TensorShape indexing other than by an int is not "
                     "emulated");
  if (s.rank < 0) {
    /* TensorShape(None)[i] is Dimension(None) in 1.15. */
    *out = tb_dim_new(I, -1);
    return true;
  }
  int64_t i = key.as.i;
  if (i < 0) i += s.rank;
  if (i < 0 || i >= s.rank)
    return sv_raise_str(I, "IndexError", "list index out of range");
  *out = tb_dim_new(I, s.dims[i]);
  return true;
}

static bool shape_iter(sv_interp *I, sv_value self, sv_value *out) {
  sv_shape s = shape_view(self);
  if (s.rank < 0)
    return sv_raise_str(I, "ValueError",
                        "Cannot iterate over a shape with unknown rank.");
  *out = sv_list_new(I, (size_t)s.rank);
  for (int32_t i = 0; i < s.rank; i++)
    sv_list_append(I, *out, tb_dim_new(I, s.dims[i]));
  return true;
}

/* TensorShape.__eq__: as_shape(other), then dims compared; unknown dims
 * never compare equal. */
static bool shape_eq(sv_interp *I, sv_value self, sv_value other, bool *out) {
  (void)I;
  sv_shape s = shape_view(self);
  *out = false;
  if (sv_is_native(other, &tb_shape_class)) {
    sv_shape o = shape_view(other);
    if (s.rank != o.rank) return true;
    for (int32_t i = 0; i < s.rank; i++)
      if (s.dims[i] < 0 || s.dims[i] != o.dims[i]) return true;
    *out = true;
  } else if (sv_is_list(other) || sv_is_tuple(other)) {
    if (s.rank < 0 || (size_t)s.rank != sv_seq_len(other)) return true;
    for (int32_t i = 0; i < s.rank; i++) {
      sv_value x = sv_seq_item(other, (size_t)i);
      if (x.tag != SV_T_INT || s.dims[i] < 0 || x.as.i != s.dims[i])
        return true;
    }
    *out = true;
  }
  return true;
}

const sv_class tb_shape_class = {
    .name = "TensorShape",
    .size = sizeof(tb_shape_obj),
    .fini = shape_fini,
    .getattr = shape_getattr,
    .repr = shape_repr,
    .str = shape_str,
    .getitem = shape_getitem,
    .len = shape_len,
    .iter = shape_iter,
    .eq = shape_eq,
};

typedef struct tb_dim {
  int64_t value; /* -1: unknown */
} tb_dim;

sv_value tb_dim_new(sv_interp *I, int64_t v) {
  sv_value o = sv_native_new(I, &tb_dim_class);
  ((tb_dim *)sv_native_data(o))->value = v;
  return o;
}

static int64_t dim_of(sv_value v) {
  return ((tb_dim *)sv_native_data(v))->value;
}

static bool dim_getattr(sv_interp *I, sv_value self, const char *name,
                        sv_value *out) {
  if (!strcmp(name, "value")) {
    int64_t d = dim_of(self);
    *out = d < 0 ? sv_none() : sv_int(d);
    return true;
  }
  return sv_raise_no_attr(I, self, name);
}

static bool dim_str(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  int64_t d = dim_of(self);
  if (d < 0)
    sv__buf_appends(out, "?");
  else
    sv__buf_appendf(out, "%lld", (long long)d);
  return true;
}

static bool dim_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  int64_t d = dim_of(self);
  if (d < 0)
    sv__buf_appends(out, "Dimension(None)");
  else
    sv__buf_appendf(out, "Dimension(%lld)", (long long)d);
  return true;
}

/* Dimension arithmetic and comparisons (tensor_shape.py): unknown
 * propagates; comparisons with an unknown side give None. */
static bool dim_binop(sv_interp *I, sv_binop op, sv_value self, sv_value other,
                      bool reflected, sv_value *out) {
  int64_t a = dim_of(self), b;
  if (other.tag == SV_T_INT)
    b = other.as.i;
  else if (sv_is_native(other, &tb_dim_class))
    b = dim_of(other);
  else if (other.tag == SV_T_NONE)
    b = -1;
  else {
    out->tag = SV_T_NOTIMPL;
    return true;
  }
  if (reflected) {
    int64_t t = a;
    a = b;
    b = t;
  }
  bool unknown = a < 0 || b < 0;
  switch (op) {
    case SV_BIN_ADD:
      *out = tb_dim_new(I, unknown ? -1 : a + b);
      return true;
    case SV_BIN_SUB:
      *out = tb_dim_new(I, unknown ? -1 : a - b);
      return true;
    case SV_BIN_MUL:
      *out = tb_dim_new(I, unknown ? -1 : a * b);
      return true;
    case SV_BIN_FLOORDIV:
      if (!unknown && b == 0)
        return sv_raise_str(I, "ZeroDivisionError",
                            "integer division or modulo by zero");
      *out = tb_dim_new(I, unknown ? -1 : a / b);
      return true;
    case SV_BIN_EQ:
    case SV_BIN_NE:
    case SV_BIN_LT:
    case SV_BIN_LE:
    case SV_BIN_GT:
    case SV_BIN_GE: {
      if (unknown) {
        *out = sv_none();
        return true;
      }
      bool r = op == SV_BIN_EQ   ? a == b
               : op == SV_BIN_NE ? a != b
               : op == SV_BIN_LT ? a < b
               : op == SV_BIN_LE ? a <= b
               : op == SV_BIN_GT ? a > b
                                 : a >= b;
      *out = sv_bool(r);
      return true;
    }
    default:
      out->tag = SV_T_NOTIMPL;
      return true;
  }
}

static bool dim_eq(sv_interp *I, sv_value self, sv_value other, bool *out) {
  (void)I;
  int64_t a = dim_of(self);
  if (other.tag == SV_T_INT)
    *out = a >= 0 && a == other.as.i;
  else if (sv_is_native(other, &tb_dim_class))
    *out = a >= 0 && a == dim_of(other);
  else
    *out = false;
  return true;
}

/* Dimension.__int__ / __index__ (tensor_shape.py): the value; an unknown
 * dimension has value None, which int() refuses. */
static bool dim_to_int(sv_interp *I, sv_value self, int64_t *out) {
  int64_t d = dim_of(self);
  if (d < 0)
    return sv_raise(I, "TypeError", "__int__ returned non-int (type NoneType)");
  *out = d;
  return true;
}

const sv_class tb_dim_class = {
    .name = "Dimension",
    .to_int = dim_to_int,
    .size = sizeof(tb_dim),
    .getattr = dim_getattr,
    .repr = dim_repr,
    .str = dim_str,
    .binop = dim_binop,
    .eq = dim_eq,
};

/* ---- _ReuseMode (§9.4)
 * -------------------------------------------------------- */

static bool reuse_getattr(sv_interp *I, sv_value self, const char *name,
                          sv_value *out) {
  if (!strcmp(name, "name")) {
    *out = str_of(I, "AUTO_REUSE");
  } else if (!strcmp(name, "value")) {
    *out = sv_int(1);
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool reuse_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  (void)self;
  sv__buf_appends(out, "<_ReuseMode.AUTO_REUSE: 1>");
  return true;
}

static bool reuse_str(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  (void)self;
  sv__buf_appends(out, "_ReuseMode.AUTO_REUSE");
  return true;
}

const sv_class tb_reuse_class = {
    .name = "_ReuseMode",
    .size = 1,
    .getattr = reuse_getattr,
    .repr = reuse_repr,
    .str = reuse_str,
};

/* ---- initializer objects (§5.3)
 * ----------------------------------------------- */

static void init_fini(sv_interp *I, void *data) {
  tb_init_obj *o = data;
  if (o->held.tag == SV_T_OBJ) sv_decref(I, o->held);
  o->held = sv_unset();
}

static const char *init_module(void) {
  return "tensorflow_core.python.ops.init_ops";
}

static bool init_repr(sv_interp *I, sv_value self, sv_buf *out) {
  tb_init_obj *o = sv_native_data(self);
  sv__buf_appendf(out, "<%s.%s object at ", init_module(), o->pyname);
  tb_fake_addr(tb_state_of(I), out);
  sv__buf_putc(out, '>');
  return true;
}

static bool initcls_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  tb_init_obj *o = sv_native_data(self);
  sv__buf_appendf(out, "<class '%s.%s'>", init_module(), o->pyname);
  return true;
}

static bool lit_attr(sv_interp *I, const sv_lit *l, sv_value *out) {
  if (!l) {
    *out = sv_none();
    return true;
  }
  if (l->is_scalar) {
    if (l->dtype == SV_DT_INT32 || l->dtype == SV_DT_INT64)
      *out = sv_int((int64_t)l->scalar);
    else
      *out = sv_float(l->scalar);
    return true;
  }
  *out = str_of(I, l->text);
  return true;
}

/* Calling an initializer object directly: init(shape, dtype=None,
 * partition_info=None) creates its ops in the current name scope. */
static bool init_call(sv_interp *I, sv_value self, const sv_args *a,
                      sv_value *out);

static bool init_getattr(sv_interp *I, sv_value self, const char *name,
                         sv_value *out) {
  tb_init_obj *o = sv_native_data(self);
  const sv_init *in = o->init;
  tb_state *st = tb_state_of(I);
  if (!strcmp(name, "dtype")) {
    *out = in->dtype == SV_DT_INVALID ? tb_dtype_new(st, SV_DT_FLOAT32)
                                      : tb_dtype_new(st, in->dtype);
  } else if (!strcmp(name, "value") && in->kind == SV_INIT_CONSTANT) {
    return lit_attr(I, in->value, out);
  } else if ((!strcmp(name, "minval") || !strcmp(name, "mean")) &&
             (in->kind == SV_INIT_RANDOM_UNIFORM ||
              in->kind == SV_INIT_RANDOM_NORMAL ||
              in->kind == SV_INIT_TRUNCATED_NORMAL)) {
    return lit_attr(I, in->a, out);
  } else if ((!strcmp(name, "maxval") || !strcmp(name, "stddev")) &&
             (in->kind == SV_INIT_RANDOM_UNIFORM ||
              in->kind == SV_INIT_RANDOM_NORMAL ||
              in->kind == SV_INIT_TRUNCATED_NORMAL)) {
    return lit_attr(I, in->b, out);
  } else if (!strcmp(name, "seed")) {
    *out = sv_none();
  } else if (!strcmp(name, "get_config")) {
    *out = tb_unsupported_fn(I, "initializer.get_config");
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

const sv_class tb_init_class = {
    .name = "Initializer",
    .size = sizeof(tb_init_obj),
    .fini = init_fini,
    .getattr = init_getattr,
    .call = init_call,
    .repr = init_repr,
};

const sv_class tb_initcls_class = {
    .name = "type",
    .size = sizeof(tb_init_obj),
    .fini = init_fini,
    .call = tb_initcls_call,
    .repr = initcls_repr,
};

static bool init_call(sv_interp *I, sv_value self, const sv_args *a,
                      sv_value *out) {
  static const char *const params[] = {"shape", "dtype", "partition_info",
                                       NULL};
  sv_value v[3];
  if (!sv_args_bind(I, a, "__call__", params, 1, v)) return false;
  tb_state *st = tb_state_of(I);
  tb_init_obj *o = sv_native_data(self);
  const sv_init *in = o->init;
  tb_call c;
  tb_call_begin(&c, st, I, a->loc);
  bool ok = false;
  sv_graph *g = sv__tf_default_graph(st->tf);
  int dtype = in->dtype;
  sv_shape shape;
  bool has;
  if (!tb_shape_arg(&c, tb_scratch(&c), v[0], &has, &shape)) goto done;
  if (!sv_is_unset(v[1]) && !sv_is_none(v[1]) &&
      !tb_dtype_arg(&c, v[1], "dtype", &dtype))
    goto done;
  if (dtype == SV_DT_INVALID) dtype = SV_DT_FLOAT32;
  /* The shape as an int32 literal input. */
  sv_lit *sl = sv__arena_zalloc(tb_scratch(&c), sizeof *sl);
  sl->dtype = SV_DT_INT32;
  sl->shape.rank = 1;
  int64_t *d1 = sv__arena_alloc(tb_scratch(&c), sizeof *d1);
  *d1 = has ? shape.rank : 0;
  sl->shape.dims = d1;
  sl->ints = shape.dims;
  sl->nints = has ? (size_t)shape.rank : 0;
  {
    sv_buf b;
    sv__buf_init(&b);
    sv__buf_putc(&b, '[');
    for (size_t i = 0; i < sl->nints; i++)
      sv__buf_appendf(&b, "%s%lld", i ? ", " : "", (long long)sl->ints[i]);
    sv__buf_putc(&b, ']');
    sl->text = sv__arena_strdup(tb_scratch(&c), sv__buf_cstr(&b));
    sv__buf_fini(&b);
  }
  sv_input in3[3];
  memset(in3, 0, sizeof in3);
  in3[0].kind = SV_IN_LITERAL;
  in3[0].lit = sl;
  size_t nin = 1;
  sv_opargs oa;
  memset(&oa, 0, sizeof oa);
  oa.dtype = dtype;
  sv_opkind kind;
  switch (in->kind) {
    case SV_INIT_ZEROS:
      kind = SV_K_ZEROS;
      break;
    case SV_INIT_ONES:
      kind = SV_K_ONES;
      break;
    case SV_INIT_CONSTANT:
      kind = SV_K_CONSTANT;
      in3[0].lit = in->value;
      oa.has_shape = true;
      oa.shape = shape;
      break;
    case SV_INIT_RANDOM_UNIFORM:
    case SV_INIT_GLOROT_UNIFORM:
      kind = SV_K_RANDOM_UNIFORM;
      nin = 3;
      if (in->a) in3[1] = (sv_input){SV_IN_LITERAL, 0, in->a};
      if (in->b) in3[2] = (sv_input){SV_IN_LITERAL, 0, in->b};
      break;
    case SV_INIT_RANDOM_NORMAL:
      kind = SV_K_RANDOM_NORMAL;
      nin = 3;
      if (in->a) in3[1] = (sv_input){SV_IN_LITERAL, 0, in->a};
      if (in->b) in3[2] = (sv_input){SV_IN_LITERAL, 0, in->b};
      break;
    case SV_INIT_TRUNCATED_NORMAL:
    case SV_INIT_GLOROT_NORMAL:
    case SV_INIT_VARIANCE_SCALING:
      kind = in->kind == SV_INIT_VARIANCE_SCALING && in->distribution &&
                     !strcmp(in->distribution, "uniform")
                 ? SV_K_RANDOM_UNIFORM
                 : SV_K_TRUNCATED_NORMAL;
      nin = 3;
      if (in->kind == SV_INIT_TRUNCATED_NORMAL) {
        if (in->a) in3[1] = (sv_input){SV_IN_LITERAL, 0, in->a};
        if (in->b) in3[2] = (sv_input){SV_IN_LITERAL, 0, in->b};
      }
      break;
    default:
      sv_reject(I, a->loc, "calling this initializer is not emulated");
      goto done;
  }
  ok = add_op(&c, g, kind, in3, nin, &oa, out);
done:
  tb_call_end(&c);
  return ok;
}

/* ---- VariableScope (§7.1, §9.4)
 * ------------------------------------------------ */

static void vscope_fini(sv_interp *I, void *data) {
  cache_drop(I, ((tb_vscope_data *)data)->s, 3);
}

sv_value tb_vscope_obj(tb_state *st, sv_vscope *s) {
  sv_value v = cache_get(st, s, 3);
  if (!sv_is_unset(v)) {
    sv_incref(v);
    return v;
  }
  v = sv_native_new(st->I, &tb_vscope_class);
  ((tb_vscope_data *)sv_native_data(v))->s = s;
  cache_put_ex(st, s, 3, v, true);
  return v;
}

static sv_vscope *vscope_of(sv_value v) {
  return ((tb_vscope_data *)sv_native_data(v))->s;
}

static bool m_reuse_variables(sv_interp *I, void *ud, sv_value self,
                              const sv_args *a, sv_value *out) {
  (void)ud;
  if (!no_args(I, a, "reuse_variables")) return false;
  sv__vscope_reuse_variables(vscope_of(self));
  *out = sv_none();
  return true;
}

static bool m_set_initializer(sv_interp *I, void *ud, sv_value self,
                              const sv_args *a, sv_value *out) {
  (void)ud;
  static const char *const params[] = {"initializer", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "set_initializer", params, 1, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  const sv_init *init = NULL;
  bool ok = tb_init_arg(&c, v[0], true, &init);
  if (ok) {
    sv__vscope_set_initializer(vscope_of(self), init);
    *out = sv_none();
  }
  tb_call_end(&c);
  return ok;
}

static bool m_set_dtype(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                        sv_value *out) {
  (void)ud;
  static const char *const params[] = {"dtype", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "set_dtype", params, 1, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  int d = SV_DT_INVALID;
  bool ok = tb_dtype_arg(&c, v[0], "dtype", &d);
  if (ok) {
    sv__vscope_set_dtype(vscope_of(self), d);
    *out = sv_none();
  }
  tb_call_end(&c);
  return ok;
}

static bool vscope_vars(sv_interp *I, sv_value self, const sv_args *a,
                        const char *fname, const char *key, sv_value *out) {
  if (!no_args(I, a, fname)) return false;
  sv_vscope *s = vscope_of(self);
  const char *name = sv__vscope_name(s);
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  char *filter = NULL;
  if (name[0]) {
    size_t n = strlen(name);
    filter = sv__arena_alloc(tb_scratch(&c), n + 2);
    memcpy(filter, name, n);
    filter[n] = '/';
    filter[n + 1] = 0;
  }
  bool ok = tb_collection_list(&c, sv__vscope_graph(s), key, filter, out);
  tb_call_end(&c);
  return ok;
}

static bool m_vs_global_vars(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out) {
  (void)ud;
  return vscope_vars(I, self, a, "global_variables", "variables", out);
}

static bool m_vs_trainable_vars(sv_interp *I, void *ud, sv_value self,
                                const sv_args *a, sv_value *out) {
  (void)ud;
  return vscope_vars(I, self, a, "trainable_variables", "trainable_variables",
                     out);
}

static sv_value init_pyobj(tb_state *st, sv_graph *g, const sv_init *init);

static bool vscope_getattr(sv_interp *I, sv_value self, const char *name,
                           sv_value *out) {
  tb_state *st = tb_state_of(I);
  sv_vscope *s = vscope_of(self);
  if (!strcmp(name, "name")) {
    *out = str_of(I, sv__vscope_name(s));
  } else if (!strcmp(name, "original_name_scope")) {
    *out = str_of(I, sv__vscope_original_name_scope(s));
  } else if (!strcmp(name, "reuse")) {
    sv_reuse r = sv__vscope_reuse(s);
    if (r == SV_REUSE_AUTO) {
      sv_incref(st->auto_reuse);
      *out = st->auto_reuse;
    } else {
      *out = sv_bool(r == SV_REUSE_TRUE);
    }
  } else if (!strcmp(name, "reuse_variables")) {
    *out = method(I, "reuse_variables", m_reuse_variables, self);
  } else if (!strcmp(name, "initializer")) {
    *out = init_pyobj(st, sv__vscope_graph(s), sv__vscope_initializer(s));
  } else if (!strcmp(name, "set_initializer")) {
    *out = method(I, "set_initializer", m_set_initializer, self);
  } else if (!strcmp(name, "dtype")) {
    int d = sv__vscope_dtype(s);
    *out = tb_dtype_new(st, d == SV_DT_INVALID ? SV_DT_FLOAT32 : d);
  } else if (!strcmp(name, "set_dtype")) {
    *out = method(I, "set_dtype", m_set_dtype, self);
  } else if (!strcmp(name, "global_variables")) {
    *out = method(I, "global_variables", m_vs_global_vars, self);
  } else if (!strcmp(name, "trainable_variables")) {
    *out = method(I, "trainable_variables", m_vs_trainable_vars, self);
  } else if (!strcmp(name, "regularizer") || !strcmp(name, "partitioner") ||
             !strcmp(name, "custom_getter") ||
             !strcmp(name, "caching_device") || !strcmp(name, "use_resource") ||
             !strcmp(name, "constraint")) {
    *out = sv_none();
  } else if (!strcmp(name, "set_regularizer") ||
             !strcmp(name, "set_partitioner") ||
             !strcmp(name, "set_custom_getter") ||
             !strcmp(name, "set_use_resource") ||
             !strcmp(name, "set_caching_device") ||
             !strcmp(name, "get_variable") ||
             !strcmp(name, "local_variables") ||
             !strcmp(name, "get_collection")) {
    *out = tb_unsupported_fn(I, "VariableScope method");
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool vscope_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)self;
  return tb_object_repr(
      I, "tensorflow_core.python.ops.variable_scope.VariableScope", out);
}

const sv_class tb_vscope_class = {
    .name = "VariableScope",
    .size = sizeof(tb_vscope_data),
    .fini = vscope_fini,
    .getattr = vscope_getattr,
    .repr = vscope_repr,
};

/* ---- conversions: literals (§9.6)
 * -------------------------------------------- */

#define TB_MAX_RANK 32

typedef struct lit_walk {
  tb_call *c;
  sv_arena *arena;
  int32_t rank; /* -1 until known */
  int64_t dims[TB_MAX_RANK];
  bool seen[TB_MAX_RANK];
  bool any_float, any_int, any_bool, any_str, big_int, only_ints;
  sv_value off[SV_LITC__COUNT]; /* borrowed offenders */
  SV_VEC(int64_t) ints;
  bool failed;
} lit_walk;

static void offend(lit_walk *w, int cls, sv_value v) {
  if (w->off[cls].tag == SV_T_UNSET) w->off[cls] = v;
}

static bool walk_leaf_depth(lit_walk *w, int32_t depth) {
  if (w->rank < 0) {
    w->rank = depth;
    return true;
  }
  return w->rank == depth;
}

/* Depth is bounded by TB_MAX_RANK, so the recursion is too. */
static bool lit_walk_value(lit_walk *w, sv_value v, int32_t depth) {
  sv_interp *I = w->c->I;
  if (sv_is_list(v) || sv_is_tuple(v)) {
    if (depth >= TB_MAX_RANK)
      return sv_reject(I, w->c->loc,
                       "nested lists deeper than %d are not emulated",
                       TB_MAX_RANK);
    size_t n = sv_seq_len(v);
    if (w->rank >= 0 && depth >= w->rank) goto ragged;
    if (!w->seen[depth]) {
      w->seen[depth] = true;
      w->dims[depth] = (int64_t)n;
    } else if (w->dims[depth] != (int64_t)n) {
      goto ragged;
    }
    if (n == 0) {
      if (!walk_leaf_depth(w, depth + 1)) goto ragged;
      return true;
    }
    for (size_t i = 0; i < n; i++)
      if (!lit_walk_value(w, sv_seq_item(v, i), depth + 1)) return false;
    return true;
  }
  if (!walk_leaf_depth(w, depth)) goto ragged;
  switch (v.tag) {
    case SV_T_BOOL:
      w->any_bool = true;
      w->only_ints = false;
      offend(w, SV_LITC_STRING, v);
      return true;
    case SV_T_INT:
      w->any_int = true;
      if (v.as.i > INT32_MAX || v.as.i < INT32_MIN) w->big_int = true;
      sv__vec_push(&w->ints, v.as.i);
      offend(w, SV_LITC_BOOL, v);
      offend(w, SV_LITC_STRING, v);
      return true;
    case SV_T_FLOAT:
      w->any_float = true;
      w->only_ints = false;
      offend(w, SV_LITC_INT, v);
      offend(w, SV_LITC_BOOL, v);
      offend(w, SV_LITC_STRING, v);
      return true;
    case SV_T_NONE:
      return sv_reject(I, w->c->loc,
                       "converting a list containing None to a tensor is "
                       "not emulated");
    default:
      break;
  }
  if (sv_is_str(v)) {
    w->any_str = true;
    w->only_ints = false;
    offend(w, SV_LITC_INT, v);
    offend(w, SV_LITC_FLOAT, v);
    offend(w, SV_LITC_BOOL, v);
    return true;
  }
  if (sv_is_native(v, &tb_dim_class)) {
    int64_t d = dim_of(v);
    if (d < 0)
      return sv_reject(I, w->c->loc,
                       "converting an unknown Dimension to a tensor is not "
                       "emulated");
    w->any_int = true;
    sv__vec_push(&w->ints, d);
    offend(w, SV_LITC_BOOL, v);
    offend(w, SV_LITC_STRING, v);
    return true;
  }
  if (sv_is_native(v, &tb_tensor_class) || sv_is_native(v, &tb_variable_class))
    return sv_reject(I, w->c->loc,
                     "a list containing tensors (automatic tf.stack) is not "
                     "emulated");
  return sv_reject(I, w->c->loc,
                   "converting a '%s' value to a tensor is not emulated",
                   sv_type_name(v));
ragged:
  return sv_reject(I, w->c->loc,
                   "converting a non-rectangular nested list to a tensor is "
                   "not emulated");
}

static const char *arena_repr(tb_call *c, sv_arena *arena, sv_value v) {
  sv_buf b;
  sv__buf_init(&b);
  if (!sv_repr(c->I, v, &b)) {
    sv__buf_fini(&b);
    return NULL;
  }
  const char *s = sv__arena_strdup(arena, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return s;
}

bool tb_lit(tb_call *c, sv_arena *arena, sv_value v, sv_lit *out) {
  memset(out, 0, sizeof *out);
  if (sv_is_none(v) || sv_is_unset(v)) {
    out->is_none = true;
    out->dtype = SV_DT_INVALID;
    out->text = "None";
    return true;
  }
  if (sv_is_native(v, &tb_ndarray_class)) {
    tb_ndarray *a = sv_native_data(v);
    out->dtype = a->dtype;
    out->shape.rank = a->rank;
    int64_t *d = sv__arena_alloc(arena, (size_t)(a->rank + 1) * sizeof *d);
    if (a->rank > 0) memcpy(d, a->dims, (size_t)a->rank * sizeof *d);
    out->shape.dims = d;
    sv_buf b;
    sv__buf_init(&b);
    /* any rank: no fixed buffer cuts the shape short */
    sv__buf_appends(&b, "ndarray(shape=");
    sv__tf_shape_str(&out->shape, &b);
    sv__buf_appendf(&b, ", dtype=%s)", sv_dtype_name(a->dtype));
    out->text = sv__arena_strdup(arena, sv__buf_cstr(&b));
    sv__buf_fini(&b);
    return true;
  }
  lit_walk *w = sv__xcalloc(1, sizeof *w);
  w->c = c;
  w->arena = arena;
  w->rank = -1;
  w->only_ints = true;
  for (int i = 0; i < SV_LITC__COUNT; i++)
    w->off[i] = sv_unset();
  bool ok = lit_walk_value(w, v, 0);
  /* A list mixing strings and numbers: numpy makes a unicode array, which
   * TF converts to a string tensor. */
  if (ok) {
    if (w->any_str)
      out->dtype = SV_DT_STRING;
    else if (w->any_float)
      out->dtype = SV_DT_FLOAT32;
    else if (w->any_int)
      out->dtype = w->big_int ? SV_DT_INT64 : SV_DT_INT32;
    else if (w->any_bool)
      out->dtype = SV_DT_BOOL;
    else
      out->dtype = SV_DT_FLOAT32; /* [] */
    int32_t rank = w->rank < 0 ? 0 : w->rank;
    out->shape.rank = rank;
    int64_t *d = sv__arena_alloc(arena, (size_t)(rank + 1) * sizeof *d);
    for (int32_t i = 0; i < rank; i++)
      d[i] = w->dims[i];
    out->shape.dims = d;
    out->text = arena_repr(c, arena, v);
    if (!out->text) ok = false;
  }
  for (int i = 0; ok && i < SV_LITC__COUNT; i++) {
    if (w->off[i].tag == SV_T_UNSET) continue;
    out->offender[i].repr = arena_repr(c, arena, w->off[i]);
    out->offender[i].type = sv__arena_strdup(arena, sv_type_name(w->off[i]));
    if (!out->offender[i].repr) ok = false;
  }
  if (ok) {
    if (out->shape.rank == 0 &&
        (v.tag == SV_T_INT || v.tag == SV_T_FLOAT || v.tag == SV_T_BOOL)) {
      out->is_scalar = true;
      out->scalar = v.tag == SV_T_INT     ? (double)v.as.i
                    : v.tag == SV_T_FLOAT ? v.as.f
                                          : (double)v.as.b;
    }
    if (w->only_ints && w->any_int && !w->any_float) {
      int64_t *ints =
          sv__arena_alloc(arena, (w->ints.count + 1) * sizeof *ints);
      memcpy(ints, w->ints.items, w->ints.count * sizeof *ints);
      out->ints = ints;
      out->nints = w->ints.count;
    } else if (w->only_ints && !w->any_bool && !w->any_float && !w->any_str) {
      /* [] : an empty int list (e.g. shape []) */
      out->ints = sv__arena_alloc(arena, sizeof(int64_t));
      out->nints = 0;
    }
  }
  sv__vec_free(&w->ints);
  sv__xfree(w);
  return ok;
}

bool tb_input(tb_call *c, sv_value v, bool none_absent, sv_input *out) {
  memset(out, 0, sizeof *out);
  if (sv_is_unset(v) || (none_absent && sv_is_none(v))) {
    out->kind = SV_IN_ABSENT;
    return true;
  }
  if (sv_is_native(v, &tb_tensor_class) ||
      sv_is_native(v, &tb_variable_class)) {
    sv_graph *g = c->graph ? c->graph : sv__tf_default_graph(c->st->tf);
    if (((tb_tensor *)sv_native_data(v))->g != g)
      return sv_reject(c->I, c->loc,
                       "using a tensor or variable of another graph is not "
                       "emulated");
  }
  if (sv_is_native(v, &tb_tensor_class)) {
    out->kind = SV_IN_TENSOR;
    out->id = ((tb_tensor *)sv_native_data(v))->id;
    return true;
  }
  if (sv_is_native(v, &tb_variable_class)) {
    out->kind = SV_IN_VARIABLE;
    out->id = ((tb_tensor *)sv_native_data(v))->id;
    return true;
  }
  if (sv_is_native(v, &tb_op_class))
    return sv_reject(c->I, c->loc,
                     "using an Operation as a tensor is not emulated");
  sv_lit *l = sv__arena_zalloc(tb_scratch(c), sizeof *l);
  if (!tb_lit(c, tb_scratch(c), v, l)) return false;
  out->kind = SV_IN_LITERAL;
  out->lit = l;
  return true;
}

/* ---- conversions: dtypes, shapes, names ---------------------------------- */

static int npdtype_of(sv_value v) {
  return ((tb_npdtype *)sv_native_data(v))->dtype;
}

bool tb_dtype_arg(tb_call *c, sv_value v, const char *what, int *out) {
  (void)what;
  *out = SV_DT_INVALID;
  if (sv_is_unset(v) || sv_is_none(v)) return true;
  if (sv_is_native(v, &tb_dtype_class)) {
    *out = tb_dtype_of(v);
    return true;
  }
  if (sv_is_native(v, &tb_npdtype_class)) {
    *out = npdtype_of(v);
    return true;
  }
  if (sv_is_str(v)) {
    *out = sv__tf_dtype_from_name(sv_str_data(v));
    if (*out != SV_DT_INVALID) return true;
  }
  sv_buf b;
  sv__buf_init(&b);
  if (v.tag == SV_T_OBJ && v.as.o->type == SV_O_TYPE) {
    sv_repr(c->I, v, &b);
    /* dtypes.py _PYTHON_TO_TF (1.15): float -> float32, bool -> bool. */
    if (!strcmp(sv__buf_cstr(&b), "<class 'float'>"))
      *out = SV_DT_FLOAT32;
    else if (!strcmp(sv__buf_cstr(&b), "<class 'bool'>"))
      *out = SV_DT_BOOL;
    if (*out != SV_DT_INVALID) {
      sv__buf_fini(&b);
      return true;
    }
    sv__buf_clear(&b);
  }
  bool ok = sv_repr(c->I, v, &b);
  if (ok)
    sv_raise(c->I, "TypeError",
             "Cannot convert value %s to a TensorFlow "
             "DType.",
             sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return false;
}

bool tb_shape_arg(tb_call *c, sv_arena *arena, sv_value v, bool *has,
                  sv_shape *out) {
  *has = false;
  out->rank = -1;
  out->dims = NULL;
  if (sv_is_unset(v) || sv_is_none(v)) return true;
  if (sv_is_native(v, &tb_shape_class)) {
    sv_shape s = shape_view(v);
    *has = true;
    out->rank = s.rank;
    int64_t *d = sv__arena_alloc(arena, (size_t)(s.rank + 1) * sizeof *d);
    if (s.rank > 0) memcpy(d, s.dims, (size_t)s.rank * sizeof *d);
    out->dims = d;
    return true;
  }
  if (v.tag == SV_T_INT) {
    /* TensorShape(5): iterating an int. */
    return sv_raise_str(c->I, "TypeError", "'int' object is not iterable");
  }
  if (!sv_is_list(v) && !sv_is_tuple(v)) {
    if (sv_is_native(v, &tb_tensor_class) ||
        sv_is_native(v, &tb_variable_class))
      return sv_reject(c->I, c->loc,
                       "a tensor as a static shape is not emulated");
    return sv_reject(c->I, c->loc, "a shape given as a '%s' is not emulated",
                     sv_type_name(v));
  }
  size_t n = sv_seq_len(v);
  int64_t *d = sv__arena_alloc(arena, (n + 1) * sizeof *d);
  for (size_t i = 0; i < n; i++) {
    sv_value x = sv_seq_item(v, i);
    if (x.tag == SV_T_INT) {
      d[i] = x.as.i < 0 ? -1 : x.as.i;
    } else if (x.tag == SV_T_NONE) {
      d[i] = -1;
    } else if (sv_is_native(x, &tb_dim_class)) {
      d[i] = dim_of(x);
    } else {
      return sv_reject(c->I, c->loc,
                       "a shape dimension given as a '%s' is not emulated",
                       sv_type_name(x));
    }
  }
  *has = true;
  out->rank = (int32_t)n;
  out->dims = d;
  return true;
}

bool tb_name_no_nul(tb_call *c, sv_value v) {
  if (!memchr(sv_str_data(v), '\0', sv_str_len(v))) return true;
  return sv_reject(c->I, c->loc,
                   "a name containing a NUL character is not emulated");
}

bool tb_name_arg(tb_call *c, sv_value v, const char *fname, const char **out) {
  *out = NULL;
  if (sv_is_unset(v) || sv_is_none(v)) return true;
  if (sv_is_str(v)) {
    if (!tb_name_no_nul(c, v)) return false;
    *out = sv__arena_strdup(tb_scratch(c), sv_str_data(v));
    return true;
  }
  return sv_reject(c->I, c->loc, "a %s name given as a '%s' is not emulated",
                   fname, sv_type_name(v));
}

bool tb_keys_arg(tb_call *c, sv_value v, const char *const **out,
                 size_t *out_count, bool *bad) {
  *out = NULL;
  *out_count = 0;
  *bad = false;
  if (sv_is_unset(v) || sv_is_none(v)) return true;
  sv_value list;
  if (sv_is_list(v) || sv_is_tuple(v)) {
    sv_incref(v);
    list = v;
  } else if (v.tag == SV_T_OBJ && v.as.o->type == SV_O_SET) {
    if (!sv_to_list(c->I, v, &list)) return false;
  } else {
    *bad = true;
    return true;
  }
  size_t n = sv_seq_len(list);
  const char **keys = sv__arena_alloc(tb_scratch(c), (n + 1) * sizeof *keys);
  for (size_t i = 0; i < n; i++) {
    sv_value k = sv_seq_item(list, i);
    if (!sv_is_str(k)) {
      sv_decref(c->I, list);
      return sv_reject(c->I, c->loc,
                       "a collection key that is not a string is not "
                       "emulated");
    }
    keys[i] = sv__arena_strdup(tb_scratch(c), sv_str_data(k));
  }
  sv_decref(c->I, list);
  *out = keys;
  *out_count = n;
  return true;
}

bool tb_is_callable(sv_value v) {
  if (v.tag != SV_T_OBJ) return false;
  switch (v.as.o->type) {
    case SV_O_FUNC:
    case SV_O_BUILTIN:
    case SV_O_EXC_CLASS:
    case SV_O_TYPE:
      return true;
    case SV_O_NATIVE: {
      const sv_class *k = sv_native_class(v);
      return k && k->call;
    }
    default:
      return false;
  }
}

/* ---- conversions: initializers
 * ------------------------------------------------ */

/* An sv_init made by the binding, with the Python object it came from
 * (VariableScope.initializer returns it). */
typedef struct tb_init_box {
  sv_init init; /* first: the engine sees &box->init */
  sv_value pyobj;
  tb_state *st;
  sv_value fn; /* CALLABLE */
} tb_init_box;

static bool init_callback(void *ud, sv_graph *g, const sv_shape *shape,
                          int dtype, sv_input *out);

/* VariableScope.initializer: the engine keeps its own copy of the
 * sv_init, so the Python object is rebuilt from it (a callable is the
 * original function, kept in our box). */
static sv_value init_pyobj(tb_state *st, sv_graph *g, const sv_init *init) {
  static const char *const names[] = {
      [SV_INIT_CONSTANT] = "Constant",
      [SV_INIT_ZEROS] = "Zeros",
      [SV_INIT_ONES] = "Ones",
      [SV_INIT_RANDOM_UNIFORM] = "RandomUniform",
      [SV_INIT_RANDOM_NORMAL] = "RandomNormal",
      [SV_INIT_TRUNCATED_NORMAL] = "TruncatedNormal",
      [SV_INIT_GLOROT_UNIFORM] = "GlorotUniform",
      [SV_INIT_GLOROT_NORMAL] = "GlorotNormal",
      [SV_INIT_VARIANCE_SCALING] = "VarianceScaling",
  };
  if (!init) return sv_none();
  switch (init->kind) {
    case SV_INIT_NONE:
    case SV_INIT_VALUE:
      return sv_none();
    case SV_INIT_CALLABLE:
      if (init->cb == init_callback) {
        const tb_init_box *box = init->cb_ud;
        sv_incref(box->fn);
        return box->fn;
      }
      return sv_none();
    case SV_INIT_TENSOR:
      if (init->tensor.kind == SV_IN_VARIABLE)
        return tb_variable_new(st, g, init->tensor.id);
      if (init->tensor.kind == SV_IN_TENSOR)
        return tb_tensor_new(st, g, init->tensor.id);
      return sv_none();
    default: {
      sv_value v = sv_native_new(st->I, init->is_class ? &tb_initcls_class
                                                       : &tb_init_class);
      tb_init_obj *o = sv_native_data(v);
      o->init = (sv_init *)init; /* read-only use */
      o->pyname = names[init->kind];
      o->held = sv_unset();
      return v;
    }
  }
}

static void keep(tb_state *st, sv_value v) {
  if (v.tag != SV_T_OBJ) return;
  sv_incref(v);
  sv_list_append(st->I, st->keep, v);
}

/* sv_init_cb for Python callables: get_variable's thunk calls
 * initializer(shape_list, dtype, partition_info) (variable_scope.py,
 * _get_single_variable); tf.Variable calls it with no arguments. */
static bool init_callback(void *ud, sv_graph *g, const sv_shape *shape,
                          int dtype, sv_input *out) {
  (void)g;
  tb_init_box *box = ud;
  tb_state *st = box->st;
  tb_call *c = st->cur;
  sv_interp *I = st->I;
  sv_value pos[3];
  const char *kwn[2];
  sv_value kwv[2];
  sv_args a;
  memset(&a, 0, sizeof a);
  a.loc = c ? c->loc : (sv_loc){0, 0, 0, 0};
  size_t npos = 0;
  if (shape) {
    pos[0] = sv_list_new(I, (size_t)(shape->rank > 0 ? shape->rank : 0));
    for (int32_t i = 0; i < shape->rank; i++)
      sv_list_append(I, pos[0],
                     shape->dims[i] < 0 ? sv_none() : sv_int(shape->dims[i]));
    npos = 1;
    sv_intern *in = sv__interp_intern(I);
    kwn[0] = sv__intern_cstr(in, "dtype");
    kwv[0] = tb_dtype_new(st, dtype == SV_DT_INVALID ? SV_DT_FLOAT32 : dtype);
    kwn[1] = sv__intern_cstr(in, "partition_info");
    kwv[1] = sv_none();
    a.kwnames = kwn;
    a.kwvals = kwv;
    a.nkw = 2;
  }
  a.pos = pos;
  a.npos = npos;
  sv_value res;
  bool ok = sv_call(I, box->fn, &a, &res);
  if (shape) {
    sv_decref(I, pos[0]);
    sv_decref(I, kwv[0]);
  }
  if (c) tb_call_site(c);
  if (!ok) return false;
  if (c) {
    ok = tb_input(c, res, false, out);
  } else {
    ok = false;
  }
  sv_decref(I, res);
  return ok;
}

static tb_init_box *box_new(tb_state *st, sv_arena *arena) {
  tb_init_box *box = sv__arena_zalloc(arena, sizeof *box);
  box->st = st;
  box->pyobj = sv_unset();
  box->fn = sv_unset();
  box->init.dtype = SV_DT_INVALID;
  return box;
}

bool tb_init_arg(tb_call *c, sv_value v, bool persistent, const sv_init **out) {
  tb_state *st = c->st;
  *out = NULL;
  if (sv_is_unset(v) || sv_is_none(v)) return true;
  if (sv_is_native(v, &tb_init_class) || sv_is_native(v, &tb_initcls_class)) {
    *out = ((tb_init_obj *)sv_native_data(v))->init;
    keep(st, v);
    return true;
  }
  sv_arena *arena = persistent ? st->arena : tb_scratch(c);
  tb_init_box *box = box_new(st, arena);
  if (persistent) {
    box->pyobj = v;
    keep(st, v);
  }
  if (sv_is_native(v, &tb_tensor_class) ||
      sv_is_native(v, &tb_variable_class)) {
    box->init.kind = SV_INIT_TENSOR;
    if (!tb_input(c, v, false, &box->init.tensor)) return false;
    box->init.text = "tensor";
  } else if (tb_is_callable(v)) {
    box->init.kind = SV_INIT_CALLABLE;
    box->init.cb = init_callback;
    box->init.cb_ud = box;
    box->fn = v;
    keep(st, v);
    box->init.text = "callable";
  } else {
    box->init.kind = SV_INIT_VALUE;
    sv_lit *l = sv__arena_zalloc(arena, sizeof *l);
    if (!tb_lit(c, arena, v, l)) return false;
    box->init.value = l;
    box->init.text = l->text;
  }
  *out = &box->init;
  return true;
}

sv_value tb_init_new(tb_state *st, const sv_class *cls, const char *pyname,
                     sv_init_kind kind, sv_init **out_init) {
  sv_value v = sv_native_new(st->I, cls);
  tb_init_obj *o = sv_native_data(v);
  tb_init_box *box = box_new(st, st->arena);
  box->init.kind = kind;
  box->init.is_class = cls == &tb_initcls_class;
  box->pyobj = v; /* not a reference: the object keeps itself alive via
                     keep() when a scope stores it */
  o->init = &box->init;
  o->pyname = pyname;
  o->held = sv_unset();
  *out_init = &box->init;
  return v;
}

/* ---- Graph --------------------------------------------------------------- */

typedef struct tb_graph_obj {
  sv_graph *g;
} tb_graph_obj_t;

sv_value tb_graph_obj(tb_state *st, sv_graph *g) {
  sv_value v = cache_get(st, g, 0xFFFFFFFFu);
  if (!sv_is_unset(v)) {
    sv_incref(v);
    return v;
  }
  v = sv_native_new(st->I, &tb_graph_class);
  ((tb_graph_obj_t *)sv_native_data(v))->g = g;
  cache_put(st, g, 0xFFFFFFFFu, v);
  return v;
}

static bool graph_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)self;
  return tb_object_repr(I, "tensorflow_core.python.framework.ops.Graph", out);
}

sv_graph *tb_graph_of(sv_value v) {
  return ((tb_graph_obj_t *)sv_native_data(v))->g;
}

const sv_class tb_graph_class = {
    .name = "Graph",
    .size = sizeof(tb_graph_obj_t),
    .getattr = tb_graph_getattr,
    .repr = graph_repr,
};

/* ---- numpy dtype objects (np.float32 ...) -------------------------------- */

static bool npdtype_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  tb_npdtype *d = sv_native_data(self);
  if (d->instance)
    sv__buf_appendf(out, "dtype('%s')", d->name);
  else
    sv__buf_appendf(out, "<class 'numpy.%s'>", d->name);
  return true;
}

static bool npdtype_str(sv_interp *I, sv_value self, sv_buf *out) {
  tb_npdtype *d = sv_native_data(self);
  if (d->instance) {
    sv__buf_appends(out, d->name);
    return true;
  }
  return npdtype_repr(I, self, out);
}

static bool npdtype_getattr(sv_interp *I, sv_value self, const char *name,
                            sv_value *out) {
  tb_npdtype *d = sv_native_data(self);
  if (!strcmp(name, "__name__") && !d->instance) {
    *out = str_of(I, d->name);
    return true;
  }
  if (!strcmp(name, "name") && d->instance) {
    *out = str_of(I, d->name);
    return true;
  }
  if (!strcmp(name, "type") && d->instance) {
    *out = tb_npdtype_new(I, d->dtype, d->name, false);
    return true;
  }
  return sv_raise_no_attr(I, self, name);
}

static bool npdtype_eq(sv_interp *I, sv_value self, sv_value other, bool *out) {
  (void)I;
  int d = npdtype_of(self);
  if (sv_is_native(other, &tb_npdtype_class))
    *out = d == npdtype_of(other);
  else if (sv_is_str(other))
    *out = d == sv__tf_dtype_from_name(sv_str_data(other));
  else
    *out = false;
  return true;
}

const sv_class tb_npdtype_class = {
    .name = "type",
    .size = sizeof(tb_npdtype),
    .getattr = npdtype_getattr,
    .call = tb_npdtype_call,
    .repr = npdtype_repr,
    .str = npdtype_str,
    .eq = npdtype_eq,
};

sv_value tb_npdtype_new(sv_interp *I, int dtype, const char *name,
                        bool instance) {
  sv_value v = sv_native_new(I, &tb_npdtype_class);
  tb_npdtype *d = sv_native_data(v);
  d->dtype = dtype;
  d->name = name;
  d->instance = instance;
  return v;
}

/* ---- install
 * ------------------------------------------------------------------ */

static void state_fini(sv_interp *I, void *data) {
  tb_state **pp = data;
  tb_state *st = *pp;
  if (!st) return;
  sv_interp_set_host(I, NULL);
  /* The interpreter frees every object at teardown; only our own memory
   * is released here. */
  sv__xfree(st->cache.slots);
  for (size_t i = 0; i < st->nvobjs; i++) sv__xfree(st->vobjs[i].objs);
  sv__xfree(st->vobjs);
  sv__arena_free(st->spare);
  sv__arena_free(st->arena);
  sv__xfree(st);
  *pp = NULL;
}

static const sv_class state_class = {
    .name = "_scopeviz_state",
    .size = sizeof(tb_state *),
    .fini = state_fini,
};

static bool importer(sv_interp *I, void *ud, const char *dotted,
                     sv_value *out) {
  tb_state *st = ud;
  (void)I;
  sv_value v = sv_unset();
  if (!strcmp(dotted, "tensorflow") ||
      !strcmp(dotted, "tensorflow.compat.v1") ||
      !strcmp(dotted, "tensorflow.compat.v2")) {
    v = st->tf_mod;
  } else if (!strcmp(dotted, "tensorflow.compat")) {
    v = st->compat_mod;
  } else if (!strcmp(dotted, "numpy")) {
    v = st->np_mod;
  } else if (!strcmp(dotted, "numpy.random")) {
    v = st->np_random;
  }
  if (sv_is_unset(v)) {
    *out = sv_unset();
    return false;
  }
  sv_incref(v);
  *out = v;
  return true;
}

void sv__tf_builtins_install(sv_interp *I, sv_tf *tf) {
  tb_state *st = sv__xcalloc(1, sizeof *st);
  st->I = I;
  st->tf = tf;
  st->arena = sv__arena_new();
  st->keep = sv_list_new(I, 0);
  st->auto_reuse = sv_native_new(I, &tb_reuse_class);
  sv_interp_set_host(I, st);
  sv__tf_set_origin_formatter(tf, sv_interp_format_origin, I);
  tb_install_api(st);
  tb_install_numpy(st);
  /* The state's lifetime is the interpreter's: a native object owned by
   * the tf module frees it when the interpreter frees every object. */
  sv_value holder = sv_native_new(I, &state_class);
  *(tb_state **)sv_native_data(holder) = st;
  sv_namespace_set(I, st->tf_mod, "_scopeviz_state", holder);
  sv_interp_set_importer(I, importer, st);
}
