/* SPDX-License-Identifier: MIT
 * ops: the op library (tf1-semantics.md §4-§5): the three naming
 * mechanisms, default names, helper ops in creation order, output dtypes
 * and static shapes. Kinds the spec does not cover follow TF 1.15's Python
 * source (the files under tensorflow/python/ops); see the notes at each
 * kind.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "engine_int.h"

/* ---- conversion (§4.1, §9.6) ------------------------------------------------ */

static const char *tensor_repr_tmp(sv_graph *g, uint32_t op) {
  sv_buf b;
  sv__buf_init(&b);
  sv__tf_tensor_repr(g, op, &b);
  const char *s = sv__arena_strdup(g->arena, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return s;
}

static bool lit_fits(const sv_lit *l, int dtype) {
  return l->offender[sv__dtype_class(dtype)].repr == NULL;
}

bool sv__constant(sv_graph *g, const sv_lit *v, int dtype,
                  const sv_shape *shape, const char *name, uint32_t *out) {
  if (v->is_none)
    return sv__err(g, SV_TFX_VALUE, "None values not supported.");
  int dt = v->dtype;
  if (dtype != SV_DT_INVALID) {
    dt = sv_dtype_base(dtype);
    sv_lit_class c = sv__dtype_class(dt);
    if (v->offender[c].repr)
      return sv__err(g, SV_TFX_TYPE, "Expected %s, got %s of type '%s' instead.",
                     sv_dtype_name(dt), v->offender[c].repr,
                     v->offender[c].type);
  }
  sv_shape s = shape ? sv__tf_shape_copy(g, shape)
                     : sv__tf_shape_copy(g, &v->shape);
  const char *text = v->text ? sv__text_intern(g, v->text) : "";
  uint32_t id = sv__op_new(g, name, "Const", dt, s, NULL, 0, text);
  if (id == SV_NONE) return false;
  *out = id;
  return true;
}

bool sv__convert(sv_graph *g, const sv_input *in, const char *name,
                 int dtype, int hint, uint32_t *out_op) {
  switch (in->kind) {
    case SV_IN_TENSOR:
    case SV_IN_VARIABLE: {
      uint32_t op = in->kind == SV_IN_TENSOR ? in->id
                                              : sv__varaux(g, in->id).read;
      int have = sv_dtype_base(sv__op_dtype(g, op));
      if (dtype != SV_DT_INVALID && sv_dtype_base(dtype) != have)
        return sv__err(g, SV_TFX_VALUE,
                       "Tensor conversion requested dtype %s for Tensor with "
                       "dtype %s: %s",
                       sv_dtype_name(sv_dtype_base(dtype)), sv_dtype_name(have),
                       tensor_repr_tmp(g, op));
      *out_op = op;
      return true;
    }
    case SV_IN_LITERAL: {
      const sv_lit *l = in->lit;
      int dt = dtype;
      if (dt == SV_DT_INVALID && hint != SV_DT_INVALID && !l->is_none &&
          lit_fits(l, hint))
        dt = hint;
      return sv__constant(g, l, dt, NULL, name, out_op);
    }
    default:
      return sv__err(g, SV_TFX_VALUE, "None values not supported.");
  }
}

/* ---- shapes (§5.4) ------------------------------------------------------------ */

static sv_shape op_shape(const sv_graph *g, uint32_t op) {
  return sv__op_shape(g, op);
}

static int op_dtype(const sv_graph *g, uint32_t op) {
  return sv_dtype_base(sv__op_dtype(g, op));
}

/* The shapes of binary ops repeat (one per layer of a model): interned. */
static sv_shape shape_interned(sv_graph *g, int32_t rank,
                               const int64_t *dims) {
  sv_shape s = {rank, dims};
  return sv__tf_shape_copy(g, &s);
}

static sv_shape broadcast(sv_graph *g, sv_shape a, sv_shape b) {
  if (a.rank < 0 || b.rank < 0) return sv__shape_unknown();
  int32_t r = a.rank > b.rank ? a.rank : b.rank;
  int64_t buf[8];
  int64_t *d = r <= 8 ? buf : (int64_t *)sv__shape_new(g, r).dims;
  for (int32_t i = 0; i < r; i++) {
    int32_t ia = i - (r - a.rank), ib = i - (r - b.rank);
    int64_t x = ia >= 0 ? a.dims[ia] : 1, y = ib >= 0 ? b.dims[ib] : 1;
    if (x >= 0 && y >= 0)
      d[i] = x == 1 ? y : x;
    else if (x > 1)
      d[i] = x;
    else if (y > 1)
      d[i] = y;
    else if (x == 1)
      d[i] = y;
    else if (y == 1)
      d[i] = x;
    else
      d[i] = -1;
  }
  return shape_interned(g, r, d);
}

static sv_shape shape_from_ints(sv_graph *g, const sv_lit *l) {
  if (!l || !l->ints) return sv__shape_unknown();
  if (l->shape.rank == 0) { /* a scalar shape argument: one dimension */
    sv_shape s = sv__shape_new(g, 1);
    ((int64_t *)s.dims)[0] = l->ints[0];
    return s;
  }
  sv_shape s = sv__shape_new(g, (int32_t)l->nints);
  for (size_t i = 0; i < l->nints; i++)
    ((int64_t *)s.dims)[i] = l->ints[i] < 0 ? -1 : l->ints[i];
  return s;
}

static const sv_lit *as_lit(const sv_input *in) {
  return in && in->kind == SV_IN_LITERAL ? in->lit : NULL;
}

/* ---- scopes of wrappers and composites ------------------------------------- */

typedef struct opscope {
  const char *saved;
} opscope;

/* Opens the op's name scope (mechanism B step 2 / mechanism C step 1). */
static bool scope_open(sv_graph *g, const char *user, const char *def,
                       opscope *sc) {
  sc->saved = g->stack;
  return sv__ns_push(g, user ? user : def, SV_NS_OP, SV_NONE, NULL);
}

static void scope_close(sv_graph *g, opscope *sc) {
  g->stack = sc->saved;
}

/* Creates the op named by the scope (the final op). */
static bool final_op(sv_graph *g, const char *type, int dtype, sv_shape shape,
                     const uint32_t *in, uint32_t n, uint32_t *out) {
  uint32_t id = sv__op_new(g, NULL, type, dtype, shape, in, n, NULL);
  if (id == SV_NONE) return false;
  *out = id;
  return true;
}

/* Input type check of _apply_op_helper for a shared type attribute. */
static bool same_type(sv_graph *g, const char *type, const char *argx,
                      uint32_t x, const char *argy, uint32_t y) {
  int dx = op_dtype(g, x), dy = op_dtype(g, y);
  if (dx == dy) return true;
  return sv__err(g, SV_TFX_TYPE,
                 "Input '%s' of '%s' Op has type %s that does not match type "
                 "%s of argument '%s'.",
                 argy, type, sv_dtype_name(dy), sv_dtype_name(dx), argx);
}

/* Mechanism B (§4.2) conversion of an input whose type attribute may
 * already be fixed (T): a literal is then converted to T. */
static bool conv_attr(sv_graph *g, const sv_input *in, const char *arg,
                      const char *type, int *T, uint32_t *out) {
  if (*T != SV_DT_INVALID && in->kind == SV_IN_LITERAL) {
    const sv_lit *l = in->lit;
    sv_lit_class c = sv__dtype_class(*T);
    if (!l->is_none && l->offender[c].repr)
      return sv__err(g, SV_TFX_TYPE,
                     "Expected %s passed to parameter '%s' of op '%s', got %s "
                     "of type '%s' instead. Error: Expected %s, got %s of "
                     "type '%s' instead.",
                     sv_dtype_name(*T), arg, type, l->text ? l->text : "",
                     l->offender[c].type, sv_dtype_name(*T),
                     l->offender[c].repr, l->offender[c].type);
  }
  if (!sv__convert(g, in, arg, in->kind == SV_IN_LITERAL ? *T : SV_DT_INVALID,
                   SV_DT_INVALID, out))
    return false;
  if (*T == SV_DT_INVALID) *T = op_dtype(g, *out);
  return true;
}

/* A generated unary wrapper: `type` op named `name` or the type. */
static bool gen_unary(sv_graph *g, const char *type, const char *arg,
                      const sv_input *in, const char *name, uint32_t *out) {
  opscope sc;
  if (!scope_open(g, name, type, &sc)) return false;
  int T = SV_DT_INVALID;
  uint32_t x;
  bool ok = conv_attr(g, in, arg, type, &T, &x) &&
            final_op(g, type, T, op_shape(g, x), &x, 1, out);
  scope_close(g, &sc);
  return ok;
}

/* A generated binary wrapper with inputs x, y sharing T. */
static bool gen_binary(sv_graph *g, const char *type, const char *ax,
                       const char *ay, const sv_input *inx,
                       const sv_input *iny, const char *name, bool cmp,
                       uint32_t *out) {
  opscope sc;
  if (!scope_open(g, name, type, &sc)) return false;
  int T = SV_DT_INVALID;
  uint32_t io[2];
  bool ok = conv_attr(g, inx, ax, type, &T, &io[0]) &&
            conv_attr(g, iny, ay, type, &T, &io[1]) &&
            same_type(g, type, ax, io[0], ay, io[1]);
  if (ok) {
    sv_shape s = broadcast(g, op_shape(g, io[0]), op_shape(g, io[1]));
    ok = final_op(g, type, cmp ? SV_DT_BOOL : T, s, io, 2, out);
  }
  scope_close(g, &sc);
  return ok;
}

/* ---- creation ops ------------------------------------------------------------- */

static const char *zero_text(int dt, bool one) {
  if (sv_dtype_base(dt) == SV_DT_BOOL) return one ? "True" : "False";
  return one ? "1" : "0";
}

/* tf.zeros / tf.ones with a literal or tensor shape (§5.1). */
static bool zeros_impl(sv_graph *g, bool one, const char *name,
                       const sv_input *shape_in, const sv_shape *static_shape,
                       int dtype, uint32_t *out) {
  dtype = dtype == SV_DT_INVALID ? SV_DT_FLOAT32 : sv_dtype_base(dtype);
  opscope sc;
  if (!scope_open(g, name, one ? "ones" : "zeros", &sc)) return false;
  bool ok = false;
  uint32_t shp;
  sv_shape s = sv__shape_unknown();
  if (static_shape) {
    s = sv__tf_shape_copy(g, static_shape);
    int64_t n = sv__shape_numel(&s);
    if (n >= 0 && n < 1000) {
      /* _constant_if_small: the Const is the result */
      uint32_t id = sv__op_new(g, NULL, "Const", dtype, s, NULL, 0,
                               zero_text(dtype, one));
      if (id != SV_NONE) {
        *out = id;
        ok = true;
      }
      goto done;
    }
    int64_t *dims = sv__arena_alloc(g->arena, (size_t)(s.rank ? s.rank : 1) *
                                                  sizeof *dims);
    for (int32_t i = 0; i < s.rank; i++) dims[i] = s.dims[i];
    sv_lit *l = sv__lit_ints(g, dims, (size_t)s.rank, true);
    if (!sv__constant(g, l, SV_DT_INT32, NULL, "shape_as_tensor", &shp))
      goto done;
  } else {
    if (!sv__convert(g, shape_in, "shape", SV_DT_INVALID, SV_DT_INT32, &shp))
      goto done;
  }
  uint32_t val;
  sv_lit *zl = sv__lit_number(g, one ? 1 : 0, true);
  if (!sv__constant(g, zl, dtype, NULL, "Const", &val)) goto done;
  uint32_t in[2] = {shp, val};
  ok = final_op(g, "Fill", dtype, s, in, 2, out);
done:
  scope_close(g, &sc);
  return ok;
}

bool sv__fill_like(sv_graph *g, bool ones, const char *name,
                   const sv_shape *shape, int dtype, uint32_t *out) {
  return zeros_impl(g, ones, name, NULL, shape, dtype, out);
}

static bool random_impl(sv_graph *g, sv_opkind kind, const char *name,
                        const sv_input *shape_in, const sv_input *ain,
                        const sv_input *bin, int dtype, uint32_t *out) {
  dtype = dtype == SV_DT_INVALID ? SV_DT_FLOAT32 : sv_dtype_base(dtype);
  sv_input amiss = {SV_IN_LITERAL, 0, NULL}, bmiss = amiss;
  const char *def, *an, *bn, *gen;
  bool uniform = kind == SV_K_RANDOM_UNIFORM;
  if (uniform) {
    def = "random_uniform", an = "min", bn = "max", gen = "RandomUniform";
    if (!ain || ain->kind == SV_IN_ABSENT) {
      amiss.lit = sv__lit_number(g, 0, true);
      ain = &amiss;
    }
    if (!bin || bin->kind == SV_IN_ABSENT) {
      /* checked before the scope is opened (random_ops.py) */
      if (sv__dtype_is_integer(dtype))
        return sv__err(g, SV_TFX_VALUE,
                       "Must specify maxval for integer dtype tf.%s",
                       sv_dtype_name(dtype));
      bmiss.lit = sv__lit_number(g, 1, true);
      bin = &bmiss;
    }
  } else {
    def = kind == SV_K_RANDOM_NORMAL ? "random_normal" : "truncated_normal";
    an = "mean", bn = "stddev";
    gen = kind == SV_K_RANDOM_NORMAL ? "RandomStandardNormal"
                                     : "TruncatedNormal";
    if (!ain || ain->kind == SV_IN_ABSENT) {
      amiss.lit = sv__lit_number(g, 0.0, false);
      ain = &amiss;
    }
    if (!bin || bin->kind == SV_IN_ABSENT) {
      bmiss.lit = sv__lit_number(g, 1.0, false);
      bin = &bmiss;
    }
  }
  opscope sc;
  if (!scope_open(g, name, def, &sc)) return false;
  bool ok = false;
  uint32_t shp, a, b, rnd, t1, t2;
  const sv_lit *sl = as_lit(shape_in);
  sv_shape s = sl ? shape_from_ints(g, sl) : sv__shape_unknown();
  if (!sv__convert(g, shape_in, "shape", SV_DT_INVALID, SV_DT_INT32, &shp))
    goto done;
  if (!sl && sv__op(g, shp)->value == NULL) s = sv__shape_unknown();
  if (!sv__convert(g, ain, an, dtype, SV_DT_INVALID, &a)) goto done;
  if (!sv__convert(g, bin, bn, dtype, SV_DT_INVALID, &b)) goto done;
  if (uniform && sv__dtype_is_integer(dtype)) {
    uint32_t in[3] = {shp, a, b};
    ok = final_op(g, "RandomUniformInt", dtype, s, in, 3, out);
    goto done;
  }
  opscope inner;
  /* gen_random_ops.*: mechanism B with its default name */
  if (!scope_open(g, NULL, gen, &inner)) goto done;
  ok = final_op(g, gen, dtype, s, &shp, 1, &rnd);
  scope_close(g, &inner);
  if (!ok) goto done;
  ok = false;
  if (uniform) {
    /* rnd * (maxval - minval) + minval */
    uint32_t in[2] = {b, a};
    if (!scope_open(g, NULL, "sub", &inner)) goto done;
    bool k = final_op(g, "Sub", dtype, op_shape(g, b), in, 2, &t1);
    scope_close(g, &inner);
    if (!k) goto done;
    in[0] = rnd, in[1] = t1;
    if (!scope_open(g, NULL, "mul", &inner)) goto done;
    k = final_op(g, "Mul", dtype, s, in, 2, &t2);
    scope_close(g, &inner);
    if (!k) goto done;
    in[0] = t2, in[1] = a;
    ok = final_op(g, "Add", dtype, s, in, 2, out);
  } else {
    /* rnd * stddev + mean */
    uint32_t in[2] = {rnd, b};
    if (!scope_open(g, NULL, "mul", &inner)) goto done;
    bool k = final_op(g, "Mul", dtype, s, in, 2, &t2);
    scope_close(g, &inner);
    if (!k) goto done;
    in[0] = t2, in[1] = a;
    ok = final_op(g, "Add", dtype, s, in, 2, out);
  }
done:
  scope_close(g, &sc);
  return ok;
}

bool sv__random(sv_graph *g, sv_opkind kind, const sv_shape *shape,
                const sv_lit *a, const sv_lit *b, int dtype, uint32_t *out) {
  /* Initializers call this once per variable, mostly with a few shapes:
   * recent shape literals are shared (literals are immutable). */
  sv_lit *sl = NULL;
  for (int i = 0; i < 4 && !sl; i++) {
    sv_lit *c = g->shapelit[i];
    if (c && c->nints == (size_t)shape->rank &&
        (shape->rank == 0 ||
         memcmp(c->ints, shape->dims,
                (size_t)shape->rank * sizeof *shape->dims) == 0))
      sl = c;
  }
  if (!sl) {
    sl = sv__lit_ints(g, shape->dims, (size_t)shape->rank, true);
    g->shapelit[g->shapenext++ & 3] = sl;
  }
  sv_input sin = {SV_IN_LITERAL, 0, sl};
  sv_input ain = {a ? SV_IN_LITERAL : SV_IN_ABSENT, 0, a};
  sv_input bin = {b ? SV_IN_LITERAL : SV_IN_ABSENT, 0, b};
  return random_impl(g, kind, NULL, &sin, &ain, &bin, dtype, out);
}

/* ---- operators (§5.2) -------------------------------------------------------- */

static bool cast_impl(sv_graph *g, const sv_input *in, int dtype,
                      const char *name, uint32_t *out);

static bool binop(sv_graph *g, sv_opkind kind, const sv_input *l,
                  const sv_input *r, const char *name, uint32_t *out) {
  const char *sname, *type;
  switch (kind) {
    case SV_K_OP_ADD: sname = "add", type = "AddV2"; break;
    case SV_K_OP_SUB: sname = "sub", type = "Sub"; break;
    case SV_K_OP_MUL: sname = "mul", type = "Mul"; break;
    case SV_K_OP_TRUEDIV: sname = "truediv", type = "RealDiv"; break;
    case SV_K_OP_MATMUL: sname = "matmul", type = "MatMul"; break;
    default: sname = "pow", type = "Pow"; break;
  }
  opscope sc;
  if (!scope_open(g, name, sname, &sc)) return false;
  bool ok = false;
  uint32_t io[2];
  if (l->kind == SV_IN_LITERAL) {
    /* reflected (r_binary_op_wrapper): x converted to y's dtype */
    if (!sv__convert(g, r, "y", SV_DT_INVALID, SV_DT_INVALID, &io[1]))
      goto done;
    if (!sv__convert(g, l, "x", op_dtype(g, io[1]), SV_DT_INVALID, &io[0]))
      goto done;
  } else {
    if (!sv__convert(g, l, "x", SV_DT_INVALID, SV_DT_INVALID, &io[0]))
      goto done;
    if (!sv__convert(g, r, "y", SV_DT_INVALID, op_dtype(g, io[0]), &io[1]))
      goto done;
  }
  int T = op_dtype(g, io[0]);
  if (kind == SV_K_OP_TRUEDIV) {
    if (T != op_dtype(g, io[1])) {
      sv__err(g, SV_TFX_TYPE, "x and y must have the same dtype, got tf.%s != tf.%s",
              sv_dtype_name(T), sv_dtype_name(op_dtype(g, io[1])));
      goto done;
    }
    if (sv__dtype_is_integer(T)) {
      /* _TRUEDIV_TABLE: 8/16-bit ints to float32, 32/64-bit to float64 */
      int to = (T == SV_DT_INT32 || T == SV_DT_INT64) ? SV_DT_FLOAT64
                                                     : SV_DT_FLOAT32;
      sv_input cx = {SV_IN_TENSOR, io[0], NULL}, cy = {SV_IN_TENSOR, io[1],
                                                       NULL};
      if (!cast_impl(g, &cx, to, NULL, &io[0])) goto done;
      if (!cast_impl(g, &cy, to, NULL, &io[1])) goto done;
      T = to;
    }
  }
  if (kind == SV_K_OP_ADD && T == SV_DT_STRING) type = "Add";
  if (!same_type(g, type, "x", io[0], "y", io[1])) goto done;
  sv_shape s;
  if (kind == SV_K_OP_MATMUL) {
    sv_shape a = op_shape(g, io[0]), b = op_shape(g, io[1]);
    if (a.rank == 2 && b.rank == 2) {
      s = sv__shape_new(g, 2);
      ((int64_t *)s.dims)[0] = a.dims[0];
      ((int64_t *)s.dims)[1] = b.dims[1];
    } else {
      s = sv__shape_unknown();
      type = "BatchMatMulV2";
    }
  } else {
    s = broadcast(g, op_shape(g, io[0]), op_shape(g, io[1]));
  }
  ok = final_op(g, type, T, s, io, 2, out);
done:
  scope_close(g, &sc);
  return ok;
}

/* ---- composite functions ------------------------------------------------------ */

static bool cast_impl(sv_graph *g, const sv_input *in, int dtype,
                      const char *name, uint32_t *out) {
  /* math_ops.cast: scope "Cast"; no op when the dtype already matches */
  opscope sc;
  if (!scope_open(g, name, "Cast", &sc)) return false;
  uint32_t x;
  bool ok = sv__convert(g, in, "x", SV_DT_INVALID, SV_DT_INVALID, &x);
  if (ok) {
    if (op_dtype(g, x) == sv_dtype_base(dtype))
      *out = x;
    else
      ok = final_op(g, "Cast", sv_dtype_base(dtype), op_shape(g, x), &x, 1,
                    out);
  }
  scope_close(g, &sc);
  return ok;
}

static bool matmul_impl(sv_graph *g, const sv_input *ia, const sv_input *ib,
                        const sv_opargs *args, uint32_t *out) {
  opscope sc;
  if (!scope_open(g, args->name, "MatMul", &sc)) return false;
  uint32_t io[2];
  bool ok = sv__convert(g, ia, "a", SV_DT_INVALID, SV_DT_INVALID, &io[0]) &&
            sv__convert(g, ib, "b", SV_DT_INVALID, SV_DT_INVALID, &io[1]) &&
            same_type(g, "MatMul", "a", io[0], "b", io[1]);
  if (ok) {
    sv_shape a = op_shape(g, io[0]), b = op_shape(g, io[1]), s;
    const char *type = "MatMul";
    if (a.rank == 2 && b.rank == 2) {
      int64_t buf[2];
      buf[0] = args->transpose_a ? a.dims[1] : a.dims[0];
      buf[1] = args->transpose_b ? b.dims[0] : b.dims[1];
      s = shape_interned(g, 2, buf);
    } else {
      s = sv__shape_unknown();
      type = "BatchMatMulV2";
    }
    ok = final_op(g, type, op_dtype(g, io[0]), s, io, 2, out);
  }
  scope_close(g, &sc);
  return ok;
}

/* The enclosing-scope helpers of reduce_sum/mean with axis=None (§5.1). */
static bool reduction_dims(sv_graph *g, const sv_input *in, uint32_t *out) {
  if (in->kind == SV_IN_TENSOR && op_shape(g, in->id).rank >= 0) {
    int32_t r = op_shape(g, in->id).rank;
    int64_t *v = sv__arena_alloc(g->arena, (size_t)(r ? r : 1) * sizeof *v);
    for (int32_t i = 0; i < r; i++) v[i] = i;
    return sv__constant(g, sv__lit_ints(g, v, (size_t)r, true), SV_DT_INT32,
                        NULL, "Const", out);
  }
  /* range(0, rank(x)) */
  opscope sc;
  if (!scope_open(g, NULL, "Rank", &sc)) return false;
  uint32_t x, rank;
  bool ok = sv__convert(g, in, "Const", SV_DT_INVALID, SV_DT_INVALID, &x);
  if (ok) {
    sv_shape xs = op_shape(g, x);
    if (xs.rank >= 0) {
      sv_lit *rl = sv__lit_number(g, xs.rank, true);
      ok = (rank = sv__op_new(g, NULL, "Const", SV_DT_INT32,
                              sv__shape_scalar(), NULL, 0, rl->text)) !=
           SV_NONE;
    } else {
      ok = final_op(g, "Rank", SV_DT_INT32, sv__shape_scalar(), &x, 1, &rank);
    }
  }
  scope_close(g, &sc);
  if (!ok) return false;
  if (!scope_open(g, NULL, "range", &sc)) return false;
  uint32_t in3[3];
  in3[1] = rank;
  ok = sv__constant(g, sv__lit_number(g, 0, true), SV_DT_INT32, NULL, "start",
                    &in3[0]) &&
       sv__constant(g, sv__lit_number(g, 1, true), SV_DT_INT32, NULL, "delta",
                    &in3[2]);
  if (ok) {
    sv_shape s = sv__shape_new(g, 1);
    ((int64_t *)s.dims)[0] = -1;
    ok = final_op(g, "Range", SV_DT_INT32, s, in3, 3, out);
  }
  scope_close(g, &sc);
  return ok;
}

static bool reduce_impl(sv_graph *g, bool mean, const sv_input *in,
                        const sv_input *axis, const sv_opargs *args,
                        uint32_t *out) {
  const char *type = mean ? "Mean" : "Sum";
  uint32_t dims = SV_NONE;
  bool axis_none = !axis || axis->kind == SV_IN_ABSENT;
  if (axis_none && !reduction_dims(g, in, &dims)) return false;
  opscope sc;
  if (!scope_open(g, args->name, type, &sc)) return false;
  uint32_t io[2];
  int T = SV_DT_INVALID;
  bool ok = conv_attr(g, in, "input", type, &T, &io[0]);
  if (ok) {
    if (axis_none)
      io[1] = dims;
    else
      ok = sv__convert(g, axis, "reduction_indices", SV_DT_INVALID,
                       SV_DT_INT32, &io[1]);
  }
  if (ok) {
    sv_shape x = op_shape(g, io[0]), s;
    const sv_lit *al = as_lit(axis);
    if (x.rank < 0) {
      s = sv__shape_unknown();
    } else if (axis_none) {
      s = sv__shape_new(g, args->keepdims ? x.rank : 0);
      for (int32_t i = 0; i < s.rank; i++) ((int64_t *)s.dims)[i] = 1;
    } else if (al && al->ints) {
      bool drop[64] = {false};
      for (size_t i = 0; i < al->nints; i++) {
        int64_t a = al->ints[i] < 0 ? al->ints[i] + x.rank : al->ints[i];
        if (a >= 0 && a < x.rank && a < 64) drop[a] = true;
      }
      int32_t r = 0;
      for (int32_t i = 0; i < x.rank; i++)
        if (!drop[i] || args->keepdims) r++;
      s = sv__shape_new(g, r);
      r = 0;
      for (int32_t i = 0; i < x.rank; i++) {
        if (drop[i] && !args->keepdims) continue;
        ((int64_t *)s.dims)[r++] = drop[i] ? 1 : x.dims[i];
      }
    } else {
      s = sv__shape_unknown();
    }
    ok = final_op(g, type, T, s, io, 2, out);
  }
  scope_close(g, &sc);
  return ok;
}

static bool concat_impl(sv_graph *g, const sv_input *in, size_t nin,
                        const sv_opargs *args, uint32_t *out) {
  size_t nv = nin ? nin - 1 : 0;
  const sv_input *axis = &in[nv];
  const char *name = args->name ? args->name : "concat";
  opscope sc;
  if (nv == 1) {
    /* array_ops.concat: one value is an identity, the axis still checked */
    if (!scope_open(g, name, "concat", &sc)) return false;
    uint32_t ax;
    bool ok = sv__convert(g, axis, "concat_dim", SV_DT_INT32, SV_DT_INVALID,
                          &ax) &&
              gen_unary(g, "Identity", "input", &in[0], name, out);
    scope_close(g, &sc);
    return ok;
  }
  if (!scope_open(g, name, "concat", &sc)) return false;
  uint32_t *io = sv__xmalloc((nv + 1) * sizeof *io);
  int T = SV_DT_INVALID;
  bool ok = true;
  char arg[32];
  for (size_t i = 0; ok && i < nv; i++) {
    snprintf(arg, sizeof arg, "values_%zu", i);
    ok = conv_attr(g, &in[i], arg, "ConcatV2", &T, &io[i]);
  }
  if (ok)
    ok = sv__convert(g, axis, "axis", SV_DT_INVALID, SV_DT_INT32, &io[nv]);
  if (ok) {
    sv_shape s = sv__shape_unknown();
    const sv_lit *al = as_lit(axis);
    if (nv && al && al->is_scalar) {
      sv_shape f = op_shape(g, io[0]);
      if (f.rank >= 0) {
        int64_t ax = (int64_t)al->scalar;
        if (ax < 0) ax += f.rank;
        s = sv__shape_dup(g, &f);
        int64_t *d = (int64_t *)s.dims;
        for (size_t i = 1; i < nv; i++) {
          sv_shape o = op_shape(g, io[i]);
          if (o.rank != f.rank) {
            s = sv__shape_unknown();
            break;
          }
          for (int32_t j = 0; j < f.rank; j++) {
            if (j == ax)
              d[j] = (d[j] < 0 || o.dims[j] < 0) ? -1 : d[j] + o.dims[j];
            else if (d[j] < 0)
              d[j] = o.dims[j];
          }
        }
      }
    }
    ok = final_op(g, "ConcatV2", T, s, io, (uint32_t)(nv + 1), out);
  }
  sv__xfree(io);
  scope_close(g, &sc);
  return ok;
}

/* tf.stack (array_ops.stack): axis 0 goes through the auto-packing
 * conversion (scope "stack", literal elements as Consts named "0", "1",
 * ..., a Pack named by the scope); other axes are the generated Pack
 * wrapper with inputs values_<i>. */
static bool stack_impl(sv_graph *g, const sv_input *in, size_t nin,
                       const sv_opargs *args, uint32_t *out) {
  const char *name = args->name ? args->name : "stack";
  opscope sc;
  if (!scope_open(g, name, "stack", &sc)) return false;
  uint32_t *io = sv__xmalloc((nin ? nin : 1) * sizeof *io);
  bool ok = true;
  char arg[32];
  int T = SV_DT_INVALID;
  for (size_t i = 0; ok && i < nin; i++) {
    if (args->axis == 0)
      snprintf(arg, sizeof arg, "%zu", i);
    else
      snprintf(arg, sizeof arg, "values_%zu", i);
    ok = conv_attr(g, &in[i], arg, "Pack", &T, &io[i]);
  }
  if (ok) {
    sv_shape s = sv__shape_unknown();
    if (nin) {
      sv_shape f = op_shape(g, io[0]);
      if (f.rank >= 0) {
        int64_t ax = args->axis < 0 ? args->axis + f.rank + 1 : args->axis;
        s = sv__shape_new(g, f.rank + 1);
        int64_t *d = (int64_t *)s.dims;
        for (int32_t i = 0, j = 0; i <= f.rank; i++)
          d[i] = i == ax ? (int64_t)nin : f.dims[j++];
      }
    }
    ok = final_op(g, "Pack", T, s, io, (uint32_t)nin, out);
  }
  sv__xfree(io);
  scope_close(g, &sc);
  return ok;
}

static bool transpose_impl(sv_graph *g, const sv_input *ia,
                           const sv_input *iperm, const sv_opargs *args,
                           uint32_t *out) {
  /* array_ops.transpose(a, perm=None, name="transpose") */
  opscope sc;
  if (!scope_open(g, args->name, "transpose", &sc)) return false;
  uint32_t io[2];
  bool ok = sv__convert(g, ia, "a", SV_DT_INVALID, SV_DT_INVALID, &io[0]);
  sv_shape x = ok ? op_shape(g, io[0]) : sv__shape_unknown();
  const int64_t *perm = NULL;
  if (ok && iperm && iperm->kind != SV_IN_ABSENT) {
    ok = sv__convert(g, iperm, "perm", SV_DT_INVALID, SV_DT_INT32, &io[1]);
    if (iperm->kind == SV_IN_LITERAL) perm = iperm->lit->ints;
  } else if (ok && x.rank >= 0) {
    /* perm = (rank - 1) - np.arange(rank), converted by the wrapper */
    int64_t *p = sv__arena_alloc(g->arena,
                                 (size_t)(x.rank ? x.rank : 1) * sizeof *p);
    for (int32_t i = 0; i < x.rank; i++) p[i] = x.rank - 1 - i;
    perm = p;
    ok = sv__constant(g, sv__lit_ints(g, p, (size_t)x.rank, true),
                      SV_DT_INT32, NULL, "perm", &io[1]);
  } else if (ok) {
    /* rank = Rank(a); perm = (rank - 1) - range(0, rank, 1) */
    uint32_t rank = 0, one = 0, sub = 0, st = 0, de = 0, rng = 0;
    opscope in;
    ok = scope_open(g, NULL, "Rank", &in) &&
         final_op(g, "Rank", SV_DT_INT32, sv__shape_scalar(), &io[0], 1,
                  &rank);
    scope_close(g, &in);
    if (ok && (ok = scope_open(g, NULL, "sub", &in))) {
      ok = sv__constant(g, sv__lit_number(g, 1, true), SV_DT_INT32, NULL, "y",
                        &one);
      uint32_t t[2] = {rank, one};
      ok = ok && final_op(g, "Sub", SV_DT_INT32, sv__shape_scalar(), t, 2,
                          &sub);
      scope_close(g, &in);
    }
    if (ok && (ok = scope_open(g, NULL, "Range", &in))) {
      ok = sv__constant(g, sv__lit_number(g, 0, true), SV_DT_INT32, NULL,
                        "start", &st) &&
           sv__constant(g, sv__lit_number(g, 1, true), SV_DT_INT32, NULL,
                        "delta", &de);
      uint32_t t[3] = {st, rank, de};
      sv_shape vs = sv__shape_new(g, 1);
      ((int64_t *)vs.dims)[0] = -1;
      ok = ok && final_op(g, "Range", SV_DT_INT32, vs, t, 3, &rng);
      scope_close(g, &in);
    }
    if (ok && (ok = scope_open(g, NULL, "sub", &in))) {
      uint32_t t[2] = {sub, rng};
      sv_shape vs = sv__shape_new(g, 1);
      ((int64_t *)vs.dims)[0] = -1;
      ok = final_op(g, "Sub", SV_DT_INT32, vs, t, 2, &io[1]);
      scope_close(g, &in);
    }
  }
  if (ok) {
    sv_shape s = sv__shape_unknown();
    if (x.rank >= 0 && perm) {
      s = sv__shape_new(g, x.rank);
      for (int32_t i = 0; i < x.rank; i++) {
        int64_t p = perm[i];
        ((int64_t *)s.dims)[i] = (p >= 0 && p < x.rank) ? x.dims[p] : -1;
      }
    }
    ok = final_op(g, "Transpose", op_dtype(g, io[0]), s, io, 2, out);
  }
  scope_close(g, &sc);
  return ok;
}

static bool reshape_impl(sv_graph *g, const sv_input *it, const sv_input *is,
                         const sv_opargs *args, uint32_t *out) {
  opscope sc;
  if (!scope_open(g, args->name, "Reshape", &sc)) return false;
  uint32_t io[2];
  int T = SV_DT_INVALID;
  bool ok = conv_attr(g, it, "tensor", "Reshape", &T, &io[0]) &&
            sv__convert(g, is, "shape", SV_DT_INVALID, SV_DT_INT32, &io[1]);
  if (ok) {
    const sv_lit *sl = as_lit(is);
    sv_shape s = sl ? shape_from_ints(g, sl) : sv__shape_unknown();
    if (sl && sl->ints) {
      /* one -1 becomes numel(input) / product(others) when known */
      sv_shape in0 = sv__op_shape(g, io[0]);
      int64_t n = sv__shape_numel(&in0), prod = 1;
      int32_t unk = -1;
      for (int32_t i = 0; i < s.rank; i++) {
        if (s.dims[i] < 0)
          unk = i;
        else
          prod *= s.dims[i];
      }
      if (unk >= 0 && n >= 0 && prod > 0)
        ((int64_t *)s.dims)[unk] = n / prod;
    }
    ok = final_op(g, "Reshape", T, s, io, 2, out);
  }
  scope_close(g, &sc);
  return ok;
}

static bool fill_impl(sv_graph *g, const sv_input *idims,
                      const sv_input *ival, const sv_opargs *args,
                      uint32_t *out) {
  opscope sc;
  if (!scope_open(g, args->name, "Fill", &sc)) return false;
  uint32_t io[2];
  int T = SV_DT_INVALID;
  bool ok = sv__convert(g, idims, "dims", SV_DT_INVALID, SV_DT_INT32,
                        &io[0]) &&
            conv_attr(g, ival, "value", "Fill", &T, &io[1]);
  if (ok) {
    const sv_lit *dl = as_lit(idims);
    sv_shape s = dl ? shape_from_ints(g, dl) : sv__shape_unknown();
    ok = final_op(g, "Fill", T, s, io, 2, out);
  }
  scope_close(g, &sc);
  return ok;
}

/* zeros_like/ones_like (array_ops.py, 1.15): scope "zeros_like"; the input
 * converted as "tensor"; a fully defined shape goes through zeros()/ones()
 * re-entering that scope (a small shape: the Const named by the scope);
 * ones_like reads the shape through shape_internal ("Shape" Const) and
 * fills. Otherwise a ZerosLike/OnesLike op named by the scope. */
static bool like_impl(sv_graph *g, bool ones, const sv_input *in,
                      const sv_opargs *args, uint32_t *out) {
  opscope sc;
  if (!scope_open(g, args->name, ones ? "ones_like" : "zeros_like", &sc))
    return false;
  uint32_t x;
  bool ok = sv__convert(g, in, "tensor", SV_DT_INVALID, SV_DT_INVALID, &x);
  if (ok) {
    int dt = args->dtype != SV_DT_INVALID ? sv_dtype_base(args->dtype)
                                          : op_dtype(g, x);
    sv_shape s = op_shape(g, x);
    if (sv__shape_fully_defined(&s) && !ones) {
      int64_t n = sv__shape_numel(&s);
      if (n < 1000) {
        ok = (*out = sv__op_new(g, NULL, "Const", dt, s, NULL, 0,
                                zero_text(dt, false))) != SV_NONE;
      } else {
        int64_t *d = sv__arena_alloc(g->arena, (size_t)s.rank * sizeof *d);
        memcpy(d, s.dims, (size_t)s.rank * sizeof *d);
        uint32_t io[2];
        ok = sv__constant(g, sv__lit_ints(g, d, (size_t)s.rank, true),
                          SV_DT_INT32, NULL, "shape_as_tensor", &io[0]) &&
             sv__constant(g, sv__lit_number(g, 0, true), dt, NULL, "Const",
                          &io[1]) &&
             final_op(g, "Fill", dt, s, io, 2, out);
      }
    } else if (sv__shape_fully_defined(&s)) {
      int64_t *d = sv__arena_alloc(g->arena,
                                   (size_t)(s.rank ? s.rank : 1) * sizeof *d);
      for (int32_t i = 0; i < s.rank; i++) d[i] = s.dims[i];
      uint32_t io[2];
      const char *here = g->stack;
      sv_lit *l = sv__lit_ints(g, d, (size_t)s.rank, true);
      ok = sv__ns_push(g, "Shape", SV_NS_OP, SV_NONE, NULL) &&
           (io[0] = sv__op_new(g, NULL, "Const", SV_DT_INT32, l->shape, NULL,
                               0, l->text)) != SV_NONE;
      g->stack = here;
      ok = ok &&
           sv__constant(g, sv__lit_number(g, 1, true), dt, NULL, "Const",
                        &io[1]) &&
           final_op(g, "Fill", dt, s, io, 2, out);
    } else {
      ok = final_op(g, ones ? "OnesLike" : "ZerosLike", dt, s, &x, 1, out);
    }
  }
  scope_close(g, &sc);
  return ok;
}

/* nn_ops.dropout (v1): scope "dropout"; x converted as "x"; the noise
 * shape (array_ops.shape: a "Shape" Const when fully defined), a
 * random_uniform over it, `random >= rate` (GreaterEqual), `x * scale`
 * (mul), cast of the mask (Cast) and the product (mul_1). Plausible 1.15
 * sequence; names of dropout internals are not part of the contract. */
static bool dropout_impl(sv_graph *g, const sv_input *in, const sv_input *kp,
                         const sv_opargs *args, uint32_t *out) {
  opscope sc;
  if (!scope_open(g, args->name, "dropout", &sc)) return false;
  uint32_t x, shp, rnd, ge, mul, cst;
  bool ok = sv__convert(g, in, "x", SV_DT_INVALID, SV_DT_INVALID, &x);
  double keep = 0.5;
  if (kp && kp->kind == SV_IN_LITERAL && kp->lit->is_scalar)
    keep = kp->lit->scalar;
  int dt = ok ? op_dtype(g, x) : SV_DT_FLOAT32;
  sv_shape s = ok ? op_shape(g, x) : sv__shape_unknown();
  if (ok) {
    opscope in2;
    ok = scope_open(g, NULL, "Shape", &in2);
    if (ok) {
      if (sv__shape_fully_defined(&s)) {
        int64_t *d = sv__arena_alloc(
            g->arena, (size_t)(s.rank ? s.rank : 1) * sizeof *d);
        for (int32_t i = 0; i < s.rank; i++) d[i] = s.dims[i];
        sv_lit *l = sv__lit_ints(g, d, (size_t)s.rank, true);
        ok = (shp = sv__op_new(g, NULL, "Const", SV_DT_INT32, l->shape, NULL,
                               0, l->text)) != SV_NONE;
      } else {
        sv_shape vs = sv__shape_new(g, 1);
        ((int64_t *)vs.dims)[0] = s.rank;
        ok = final_op(g, "Shape", SV_DT_INT32, vs, &x, 1, &shp);
      }
      scope_close(g, &in2);
    }
  }
  if (ok) {
    sv_input sin = {SV_IN_TENSOR, shp, NULL};
    ok = random_impl(g, SV_K_RANDOM_UNIFORM, NULL, &sin, NULL, NULL, dt,
                     &rnd);
    if (ok) sv__op(g, rnd)->shape = s;
  }
  if (ok) {
    sv_input r = {SV_IN_TENSOR, rnd, NULL};
    sv_input rate = {SV_IN_LITERAL, 0, sv__lit_number(g, 1.0 - keep, false)};
    ok = gen_binary(g, "GreaterEqual", "x", "y", &r, &rate, NULL, true, &ge);
  }
  if (ok) {
    sv_input xi = {SV_IN_TENSOR, x, NULL};
    sv_input sc2 = {SV_IN_LITERAL, 0, sv__lit_number(g, 1.0 / keep, false)};
    ok = binop(g, SV_K_OP_MUL, &xi, &sc2, NULL, &mul);
  }
  if (ok) {
    sv_input gi = {SV_IN_TENSOR, ge, NULL};
    ok = cast_impl(g, &gi, dt, NULL, &cst);
  }
  if (ok) {
    sv_input a = {SV_IN_TENSOR, mul, NULL}, b = {SV_IN_TENSOR, cst, NULL};
    ok = binop(g, SV_K_OP_MUL, &a, &b, NULL, out);
  }
  scope_close(g, &sc);
  return ok;
}

/* a[i] (array_ops._slice_helper): scope "strided_slice"; begin, end and
 * strides packed as Consts "stack", "stack_1", "stack_2"; a StridedSlice
 * named by the scope. An int index drops dimension 0. */
static bool getitem_impl(sv_graph *g, const sv_input *in,
                         const sv_opargs *args, uint32_t *out) {
  opscope sc;
  if (!scope_open(g, NULL, "strided_slice", &sc)) return false;
  uint32_t io[4];
  int64_t b = args->index, e = args->index + 1, st = 1;
  if (args->index == -1 && !args->index_is_slice) e = 0;
  bool ok = sv__convert(g, in, "input", SV_DT_INVALID, SV_DT_INVALID, &io[0]) &&
            sv__constant(g, sv__lit_ints(g, &b, 1, true), SV_DT_INT32, NULL,
                         "stack", &io[1]) &&
            sv__constant(g, sv__lit_ints(g, &e, 1, true), SV_DT_INT32, NULL,
                         "stack", &io[2]) &&
            sv__constant(g, sv__lit_ints(g, &st, 1, true), SV_DT_INT32, NULL,
                         "stack", &io[3]);
  if (ok) {
    sv_shape x = op_shape(g, io[0]), s = sv__shape_unknown();
    if (x.rank >= 1) {
      if (args->index_is_slice) {
        s = sv__shape_dup(g, &x);
        ((int64_t *)s.dims)[0] = -1;
      } else {
        s = sv__shape_new(g, x.rank - 1);
        for (int32_t i = 1; i < x.rank; i++)
          ((int64_t *)s.dims)[i - 1] = x.dims[i];
      }
    }
    ok = final_op(g, "StridedSlice", op_dtype(g, io[0]), s, io, 4, out);
  }
  scope_close(g, &sc);
  return ok;
}

/* ---- the entry point -------------------------------------------------------------- */

static const char *api_name(sv_opkind k) {
  static const char *const names[SV_K__COUNT] = {
      [SV_K_CONSTANT] = "tf.constant",
      [SV_K_ZEROS] = "tf.zeros",
      [SV_K_ONES] = "tf.ones",
      [SV_K_FILL] = "tf.fill",
      [SV_K_ZEROS_LIKE] = "tf.zeros_like",
      [SV_K_ONES_LIKE] = "tf.ones_like",
      [SV_K_RANDOM_UNIFORM] = "tf.random_uniform",
      [SV_K_RANDOM_NORMAL] = "tf.random_normal",
      [SV_K_TRUNCATED_NORMAL] = "tf.truncated_normal",
      [SV_K_PLACEHOLDER] = "tf.placeholder",
      [SV_K_ADD] = "tf.add",
      [SV_K_SUBTRACT] = "tf.subtract",
      [SV_K_MULTIPLY] = "tf.multiply",
      [SV_K_DIVIDE] = "tf.divide",
      [SV_K_MATMUL] = "tf.matmul",
      [SV_K_IDENTITY] = "tf.identity",
      [SV_K_RELU] = "tf.nn.relu",
      [SV_K_SIGMOID] = "tf.sigmoid",
      [SV_K_TANH] = "tf.tanh",
      [SV_K_SOFTMAX] = "tf.nn.softmax",
      [SV_K_SQUARE] = "tf.square",
      [SV_K_SQRT] = "tf.sqrt",
      [SV_K_EXP] = "tf.exp",
      [SV_K_LOG] = "tf.log",
      [SV_K_BIAS_ADD] = "tf.nn.bias_add",
      [SV_K_DROPOUT] = "tf.nn.dropout",
      [SV_K_RESHAPE] = "tf.reshape",
      [SV_K_CONCAT] = "tf.concat",
      [SV_K_STACK] = "tf.stack",
      [SV_K_TRANSPOSE] = "tf.transpose",
      [SV_K_CAST] = "tf.cast",
      [SV_K_REDUCE_SUM] = "tf.reduce_sum",
      [SV_K_REDUCE_MEAN] = "tf.reduce_mean",
      [SV_K_OP_ADD] = "operator +",
      [SV_K_OP_SUB] = "operator -",
      [SV_K_OP_MUL] = "operator *",
      [SV_K_OP_TRUEDIV] = "operator /",
      [SV_K_OP_MATMUL] = "operator @",
      [SV_K_OP_POW] = "operator **",
      [SV_K_OP_NEG] = "operator -",
      [SV_K_OP_LESS] = "operator <",
      [SV_K_OP_LESS_EQUAL] = "operator <=",
      [SV_K_OP_GREATER] = "operator >",
      [SV_K_OP_GREATER_EQUAL] = "operator >=",
      [SV_K_OP_GETITEM] = "operator []",
      [SV_K_GLOBAL_VARIABLES_INITIALIZER] = "tf.global_variables_initializer",
      [SV_K_NO_OP] = "tf.no_op",
  };
  return k < SV_K__COUNT && names[k] ? names[k] : "tf";
}

static const sv_input absent_input = {SV_IN_ABSENT, 0, NULL};

static const sv_input *arg(const sv_input *in, size_t nin, size_t i) {
  return i < nin ? &in[i] : &absent_input;
}

static bool cmp_kind(sv_opkind k, const char **type) {
  switch (k) {
    case SV_K_OP_LESS: *type = "Less"; return true;
    case SV_K_OP_LESS_EQUAL: *type = "LessEqual"; return true;
    case SV_K_OP_GREATER: *type = "Greater"; return true;
    case SV_K_OP_GREATER_EQUAL: *type = "GreaterEqual"; return true;
    default: return false;
  }
}

static bool dispatch(sv_graph *g, sv_opkind kind, const sv_input *in,
                     size_t nin, const sv_opargs *a, uint32_t *out) {
  const char *type = "Less";
  const sv_input *i0 = arg(in, nin, 0), *i1 = arg(in, nin, 1),
                 *i2 = arg(in, nin, 2);
  switch (kind) {
    case SV_K_CONSTANT: {
      if (i0->kind != SV_IN_LITERAL)
        return sv__convert(g, i0, a->name ? a->name : "Const", a->dtype,
                           SV_DT_INVALID, out);
      return sv__constant(g, i0->lit, a->dtype, a->has_shape ? &a->shape : NULL,
                          a->name ? a->name : "Const", out);
    }
    case SV_K_ZEROS:
    case SV_K_ONES: {
      const sv_lit *l = as_lit(i0);
      if (l && l->ints) {
        sv_shape s = shape_from_ints(g, l);
        return zeros_impl(g, kind == SV_K_ONES, a->name, NULL, &s, a->dtype,
                          out);
      }
      return zeros_impl(g, kind == SV_K_ONES, a->name, i0, NULL, a->dtype,
                        out);
    }
    case SV_K_FILL: return fill_impl(g, i0, i1, a, out);
    case SV_K_ZEROS_LIKE:
    case SV_K_ONES_LIKE:
      return like_impl(g, kind == SV_K_ONES_LIKE, i0, a, out);
    case SV_K_RANDOM_UNIFORM:
    case SV_K_RANDOM_NORMAL:
    case SV_K_TRUNCATED_NORMAL:
      return random_impl(g, kind, a->name, i0, i1, i2, a->dtype, out);
    case SV_K_PLACEHOLDER: {
      opscope sc;
      if (!scope_open(g, a->name, "Placeholder", &sc)) return false;
      sv_shape s = a->has_shape ? sv__tf_shape_copy(g, &a->shape)
                                : sv__shape_unknown();
      bool ok = final_op(g, "Placeholder", sv_dtype_base(a->dtype), s, NULL,
                         0, out);
      scope_close(g, &sc);
      return ok;
    }
    case SV_K_ADD:
      return gen_binary(g, "Add", "x", "y", i0, i1, a->name, false, out);
    case SV_K_SUBTRACT:
      return gen_binary(g, "Sub", "x", "y", i0, i1, a->name, false, out);
    case SV_K_MULTIPLY:
      return gen_binary(g, "Mul", "x", "y", i0, i1, a->name, false, out);
    case SV_K_DIVIDE:
      /* math_ops.divide: x / y, or the named truediv scope */
      return binop(g, SV_K_OP_TRUEDIV, i0, i1, a->name, out);
    case SV_K_MATMUL: return matmul_impl(g, i0, i1, a, out);
    case SV_K_IDENTITY: return gen_unary(g, "Identity", "input", i0, a->name, out);
    case SV_K_RELU: return gen_unary(g, "Relu", "features", i0, a->name, out);
    case SV_K_TANH: return gen_unary(g, "Tanh", "x", i0, a->name, out);
    case SV_K_SOFTMAX: return gen_unary(g, "Softmax", "logits", i0, a->name, out);
    case SV_K_SQUARE: return gen_unary(g, "Square", "x", i0, a->name, out);
    case SV_K_SQRT: return gen_unary(g, "Sqrt", "x", i0, a->name, out);
    case SV_K_EXP: return gen_unary(g, "Exp", "x", i0, a->name, out);
    case SV_K_LOG: return gen_unary(g, "Log", "x", i0, a->name, out);
    case SV_K_SIGMOID: {
      /* math_ops.sigmoid: scope "Sigmoid", x converted as "x" */
      opscope sc;
      if (!scope_open(g, a->name, "Sigmoid", &sc)) return false;
      uint32_t x;
      bool ok = sv__convert(g, i0, "x", SV_DT_INVALID, SV_DT_INVALID, &x) &&
                final_op(g, "Sigmoid", op_dtype(g, x), op_shape(g, x), &x, 1,
                         out);
      scope_close(g, &sc);
      return ok;
    }
    case SV_K_BIAS_ADD: {
      /* nn_ops.bias_add: scope "BiasAdd"; value as "input", bias as
       * "bias" with the value's dtype */
      opscope sc;
      if (!scope_open(g, a->name, "BiasAdd", &sc)) return false;
      uint32_t io[2];
      bool ok = sv__convert(g, i0, "input", SV_DT_INVALID, SV_DT_INVALID,
                            &io[0]) &&
                sv__convert(g, i1, "bias", op_dtype(g, io[0]), SV_DT_INVALID,
                            &io[1]) &&
                final_op(g, "BiasAdd", op_dtype(g, io[0]), op_shape(g, io[0]),
                         io, 2, out);
      scope_close(g, &sc);
      return ok;
    }
    case SV_K_DROPOUT: return dropout_impl(g, i0, i1, a, out);
    case SV_K_RESHAPE: return reshape_impl(g, i0, i1, a, out);
    case SV_K_CONCAT: return concat_impl(g, in, nin, a, out);
    case SV_K_STACK: return stack_impl(g, in, nin, a, out);
    case SV_K_TRANSPOSE: return transpose_impl(g, i0, i1, a, out);
    case SV_K_CAST: return cast_impl(g, i0, a->dtype, a->name, out);
    case SV_K_REDUCE_SUM:
    case SV_K_REDUCE_MEAN:
      return reduce_impl(g, kind == SV_K_REDUCE_MEAN, i0, i1, a, out);
    case SV_K_OP_ADD:
    case SV_K_OP_SUB:
    case SV_K_OP_MUL:
    case SV_K_OP_TRUEDIV:
    case SV_K_OP_MATMUL:
    case SV_K_OP_POW: return binop(g, kind, i0, i1, a->name, out);
    case SV_K_OP_NEG: return gen_unary(g, "Neg", "x", i0, a->name, out);
    case SV_K_OP_LESS:
    case SV_K_OP_LESS_EQUAL:
    case SV_K_OP_GREATER:
    case SV_K_OP_GREATER_EQUAL: {
      if (i0->kind == SV_IN_LITERAL && i1->kind != SV_IN_LITERAL) {
        /* `1 < t` is t.__gt__(1) */
        static const sv_opkind swap[] = {SV_K_OP_GREATER,
                                         SV_K_OP_GREATER_EQUAL, SV_K_OP_LESS,
                                         SV_K_OP_LESS_EQUAL};
        kind = swap[kind - SV_K_OP_LESS];
        const sv_input *t = i0;
        i0 = i1, i1 = t;
      }
      cmp_kind(kind, &type);
      return gen_binary(g, type, "x", "y", i0, i1, a->name, true, out);
    }
    case SV_K_OP_GETITEM: return getitem_impl(g, i0, a, out);
    case SV_K_GLOBAL_VARIABLES_INITIALIZER:
    case SV_K_NO_OP: {
      opscope sc;
      const char *def = kind == SV_K_NO_OP ? "NoOp" : "init";
      if (!scope_open(g, a->name, def, &sc)) return false;
      bool ok = final_op(g, "NoOp", SV_DT_INVALID, sv__shape_unknown(), NULL,
                         0, out);
      scope_close(g, &sc);
      return ok;
    }
    default:
      return sv__err(g, SV_TFX_UNSUPPORTED, "op kind %d is not emulated",
                     (int)kind);
  }
}

bool sv__tf_op(sv_graph *g, sv_opkind kind, const sv_input *in, size_t nin,
               const sv_opargs *args, sv_tensor *out) {
  sv_opargs none;
  if (!args) {
    memset(&none, 0, sizeof none);
    args = &none;
  }
  /* Input ids must name records of this graph (a tensor of another graph
   * is the host's to reject; never read past this graph's arrays). */
  for (size_t i = 0; i < nin; i++) {
    if (in[i].kind == SV_IN_VARIABLE && in[i].id >= sv__var_count(g))
      return sv__err(g, SV_TFX_UNSUPPORTED,
                     "using a variable of another graph is not emulated");
    if (in[i].kind == SV_IN_TENSOR && in[i].id >= sv__op_count(g))
      return sv__err(g, SV_TFX_UNSUPPORTED,
                     "using a tensor of another graph is not emulated");
  }
  sv_callctx c = sv__call_begin(g, api_name(kind), SV_OP_HELPER, SV_NONE);
  const char *saved = g->stack;
  uint32_t op = SV_NONE;
  bool ok = dispatch(g, kind, in, nin, args, &op);
  g->stack = saved; /* every scope a call opens is left on return */
  if (ok) {
    sv_op *o = sv__op(g, op);
    if (o->call == g->call && o->role == SV_OP_HELPER) o->role = SV_OP_USER;
    if (out) {
      out->g = g;
      out->op = op;
    }
  }
  sv__call_end(g, c);
  return ok;
}
