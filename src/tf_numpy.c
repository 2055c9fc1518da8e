/* SPDX-License-Identifier: MIT
 * tf_numpy: the small numpy surface TF1 scripts use to build initial
 * values (script-language.md §5). Arrays are symbolic: they carry only a
 * shape and a dtype (numpy defaults to float64).
 */
#include <math.h>
#include <string.h>

#include "tf_builtins_int.h"

/* ---- ndarray ------------------------------------------------------------- */

static void nd_fini(sv_interp *I, void *data) {
  (void)I;
  tb_ndarray *a = data;
  sv__xfree(a->dims);
  a->dims = NULL;
}

sv_value tb_ndarray_new(sv_interp *I, const sv_shape *s, int dtype) {
  sv_value v = sv_native_new(I, &tb_ndarray_class);
  tb_ndarray *a = sv_native_data(v);
  a->rank = s->rank < 0 ? 0 : s->rank;
  a->dtype = dtype;
  if (a->rank > 0) {
    a->dims = sv__xmalloc((size_t)a->rank * sizeof *a->dims);
    memcpy(a->dims, s->dims, (size_t)a->rank * sizeof *a->dims);
  }
  return v;
}

static const char *np_name(int dtype) {
  switch (dtype) {
    case SV_DT_BOOL:
      return "bool";
    default:
      return sv_dtype_name(dtype);
  }
}

static sv_value nd_shape_tuple(sv_interp *I, const tb_ndarray *a) {
  sv_value t = sv_tuple_new(I, (size_t)a->rank);
  for (int32_t i = 0; i < a->rank; i++)
    sv_tuple_set(I, t, (size_t)i, sv_int(a->dims[i]));
  return t;
}

/* dtype argument of numpy calls: np types, arr.dtype, Python float/int/
 * bool, strings, tf DTypes. */
static bool np_dtype_arg(tb_call *c, sv_value v, int dflt, int *out) {
  *out = dflt;
  if (sv_is_unset(v) || sv_is_none(v)) return true;
  if (v.tag == SV_T_OBJ && v.as.o->type == SV_O_TYPE) {
    sv_buf b;
    sv__buf_init(&b);
    sv_repr(c->I, v, &b);
    const char *r = sv__buf_cstr(&b);
    int d = SV_DT_INVALID;
    if (!strcmp(r, "<class 'float'>"))
      d = SV_DT_FLOAT64;
    else if (!strcmp(r, "<class 'int'>"))
      d = SV_DT_INT64;
    else if (!strcmp(r, "<class 'bool'>"))
      d = SV_DT_BOOL;
    sv__buf_fini(&b);
    if (d != SV_DT_INVALID) {
      *out = d;
      return true;
    }
  }
  int d;
  if (!tb_dtype_arg(c, v, "dtype", &d)) return false;
  *out = d;
  return true;
}

static bool m_astype(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  static const char *const params[] = {"dtype", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "astype", params, 1, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  tb_ndarray *arr = sv_native_data(self);
  int d;
  bool ok = np_dtype_arg(&c, v[0], arr->dtype, &d);
  if (ok) {
    sv_shape s = {arr->rank, arr->dims};
    *out = tb_ndarray_new(I, &s, d);
  }
  tb_call_end(&c);
  return ok;
}

static bool dims_from_args(tb_call *c, const sv_value *pos, size_t n,
                           sv_shape *out);
static bool dims_from_seq(tb_call *c, sv_value seq, sv_shape *out);

static bool m_reshape(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  tb_ndarray *arr = sv_native_data(self);
  sv_shape s;
  bool ok = a->nkw == 0 && dims_from_args(&c, a->pos, a->npos, &s);
  if (ok) {
    int64_t total = 1, known = 1;
    int unknown = -1;
    for (int32_t i = 0; i < arr->rank; i++)
      total *= arr->dims[i];
    int64_t *d = (int64_t *)s.dims;
    for (int32_t i = 0; i < s.rank; i++) {
      if (d[i] < 0)
        unknown = i;
      else
        known *= d[i];
    }
    if (unknown >= 0 && known > 0) d[unknown] = total / known;
    int64_t got = 1;
    for (int32_t i = 0; i < s.rank; i++)
      got *= d[i];
    if (got != total) {
      sv_buf b;
      sv__buf_init(&b);
      sv__buf_putc(&b, '(');
      for (int32_t i = 0; i < s.rank; i++)
        sv__buf_appendf(&b, "%s%lld", i ? "," : "", (long long)d[i]);
      sv__buf_appends(&b, s.rank == 1 ? ",)" : ")");
      ok = sv_raise(I, "ValueError",
                    "cannot reshape array of size %lld into shape %s",
                    (long long)total, sv__buf_cstr(&b));
      sv__buf_fini(&b);
    } else {
      *out = tb_ndarray_new(I, &s, arr->dtype);
    }
  } else if (a->nkw) {
    ok = sv_reject(I, a->loc,
                   "ndarray.reshape with keywords is not "
                   "emulated");
  }
  tb_call_end(&c);
  return ok;
}

static bool nd_getattr(sv_interp *I, sv_value self, const char *name,
                       sv_value *out) {
  tb_ndarray *a = sv_native_data(self);
  if (!strcmp(name, "shape")) {
    *out = nd_shape_tuple(I, a);
  } else if (!strcmp(name, "dtype")) {
    *out = tb_npdtype_new(I, a->dtype, np_name(a->dtype), true);
  } else if (!strcmp(name, "ndim")) {
    *out = sv_int(a->rank);
  } else if (!strcmp(name, "size")) {
    int64_t n = 1;
    for (int32_t i = 0; i < a->rank; i++)
      n *= a->dims[i];
    *out = sv_int(n);
  } else if (!strcmp(name, "T")) {
    int64_t *d = sv__xmalloc((size_t)(a->rank + 1) * sizeof *d);
    for (int32_t i = 0; i < a->rank; i++)
      d[i] = a->dims[a->rank - 1 - i];
    sv_shape s = {a->rank, d};
    *out = tb_ndarray_new(I, &s, a->dtype);
    sv__xfree(d);
  } else if (!strcmp(name, "astype")) {
    *out = sv_builtin_new(I, "astype", m_astype, NULL, self);
  } else if (!strcmp(name, "reshape")) {
    *out = sv_builtin_new(I, "reshape", m_reshape, NULL, self);
  } else {
    return sv_raise_no_attr(I, self, name);
  }
  return true;
}

static bool nd_print(sv_interp *I, sv_value self, sv_buf *out) {
  (void)self;
  (void)out;
  return sv_reject(I, sv__interp_cur_loc(I),
                   "printing a numpy array is not emulated (values are "
                   "symbolic)");
}

static bool nd_len(sv_interp *I, sv_value self, size_t *out) {
  tb_ndarray *a = sv_native_data(self);
  if (a->rank == 0)
    return sv_raise_str(I, "TypeError", "len() of unsized object");
  *out = (size_t)a->dims[0];
  return true;
}

/* Element-wise arithmetic keeps the shape (broadcasting against scalars or
 * equal shapes only); tensors take over through their reflected hook. */
static bool nd_binop(sv_interp *I, sv_binop op, sv_value self, sv_value other,
                     bool reflected, sv_value *out) {
  (void)reflected;
  tb_ndarray *a = sv_native_data(self);
  if (op >= SV_BIN_LT) {
    out->tag = SV_T_NOTIMPL;
    return true;
  }
  int dtype = a->dtype;
  bool a_int = dtype != SV_DT_FLOAT16 && dtype != SV_DT_FLOAT32 &&
               dtype != SV_DT_FLOAT64;
  if (other.tag == SV_T_FLOAT || op == SV_BIN_TRUEDIV) {
    if (a_int) dtype = SV_DT_FLOAT64;
  } else if (other.tag == SV_T_INT || other.tag == SV_T_BOOL) {
    if (dtype == SV_DT_BOOL) dtype = SV_DT_INT64;
  } else if (sv_is_native(other, &tb_ndarray_class)) {
    tb_ndarray *b = sv_native_data(other);
    bool same = a->rank == b->rank;
    for (int32_t i = 0; same && i < a->rank; i++)
      if (a->dims[i] != b->dims[i]) same = false;
    if (!same && b->rank != 0 && a->rank != 0)
      return sv_reject(I, sv__interp_cur_loc(I),
                       "numpy broadcasting is not emulated");
    if (b->rank > a->rank) a = b;
    if (b->dtype == SV_DT_FLOAT64 || (a_int && b->dtype == SV_DT_FLOAT32))
      dtype = b->dtype;
  } else {
    out->tag = SV_T_NOTIMPL;
    return true;
  }
  if (op == SV_BIN_MATMUL)
    return sv_reject(I, sv__interp_cur_loc(I), "numpy matmul is not emulated");
  sv_shape s = {a->rank, a->dims};
  *out = tb_ndarray_new(I, &s, dtype);
  return true;
}

static bool nd_neg(sv_interp *I, sv_value self, sv_value *out) {
  tb_ndarray *a = sv_native_data(self);
  sv_shape s = {a->rank, a->dims};
  *out = tb_ndarray_new(I, &s, a->dtype);
  return true;
}

/* a[i] with an int i: the sub-array of shape dims[1:] (values stay
 * symbolic); any other index is outside the numpy surface. */
static bool nd_getitem(sv_interp *I, sv_value self, sv_value key,
                       sv_value *out) {
  tb_ndarray *a = sv_native_data(self);
  if (key.tag != SV_T_INT && key.tag != SV_T_BOOL)
    return sv_reject(I, sv__interp_cur_loc(I),
                     "indexing a numpy array with %s is not emulated (only "
                     "an int index is)",
                     sv_type_name(key));
  if (a->rank == 0)
    return sv_raise_str(I, "IndexError",
                        "too many indices for array: array is "
                        "0-dimensional, but 1 were indexed");
  int64_t i = key.tag == SV_T_BOOL ? key.as.b : key.as.i, n = a->dims[0];
  if (key.tag == SV_T_BOOL)
    return sv_reject(I, sv__interp_cur_loc(I),
                     "indexing a numpy array with bool is not emulated (only "
                     "an int index is)");
  if (i < -n || i >= n)
    return sv_raise(I, "IndexError",
                    "index %lld is out of bounds for axis 0 with size %lld",
                    (long long)i, (long long)n);
  sv_shape s = {a->rank - 1, a->dims + 1};
  *out = tb_ndarray_new(I, &s, a->dtype);
  return true;
}

const sv_class tb_ndarray_class = {
    .name = "ndarray",
    .size = sizeof(tb_ndarray),
    .fini = nd_fini,
    .getattr = nd_getattr,
    .repr = nd_print,
    .str = nd_print,
    .binop = nd_binop,
    .neg = nd_neg,
    .len = nd_len,
    .getitem = nd_getitem,
};

/* ---- functions ----------------------------------------------------------- */

/* A shape from an int or a list/tuple of ints (np.zeros((2, 3))). */
static bool np_shape(tb_call *c, sv_value v, sv_shape *out) {
  if (v.tag == SV_T_INT) {
    int64_t *d = sv__arena_alloc(tb_scratch(c), sizeof *d);
    if (v.as.i < 0)
      return sv_raise_str(c->I, "ValueError",
                          "negative dimensions are not allowed");
    d[0] = v.as.i;
    out->rank = 1;
    out->dims = d;
    return true;
  }
  return sv_reject(c->I, c->loc,
                   "a numpy shape given as a '%s' is not emulated",
                   sv_type_name(v));
}

static bool dims_from_seq(tb_call *c, sv_value seq, sv_shape *out) {
  size_t n = sv_seq_len(seq);
  int64_t *d = sv__arena_alloc(tb_scratch(c), (n + 1) * sizeof *d);
  for (size_t i = 0; i < n; i++) {
    sv_value x = sv_seq_item(seq, i);
    if (x.tag != SV_T_INT)
      return sv_raise(c->I, "TypeError",
                      "'%s' object cannot be interpreted as an integer",
                      sv_type_name(x));
    if (x.as.i < -1)
      return sv_raise_str(c->I, "ValueError",
                          "negative dimensions are not allowed");
    d[i] = x.as.i;
  }
  out->rank = (int32_t)n;
  out->dims = d;
  return true;
}

/* Dimensions given as separate ints (np.random.randn(2, 3), reshape). A
 * single tuple/list argument is also accepted (reshape((2, 3))). */
static bool dims_from_args(tb_call *c, const sv_value *pos, size_t n,
                           sv_shape *out) {
  if (n == 1 && (sv_is_list(pos[0]) || sv_is_tuple(pos[0])))
    return dims_from_seq(c, pos[0], out);
  int64_t *d = sv__arena_alloc(tb_scratch(c), (n + 1) * sizeof *d);
  for (size_t i = 0; i < n; i++) {
    if (pos[i].tag != SV_T_INT)
      return sv_raise(c->I, "TypeError",
                      "'%s' object cannot be interpreted as an integer",
                      sv_type_name(pos[i]));
    d[i] = pos[i].as.i;
  }
  out->rank = (int32_t)n;
  out->dims = d;
  return true;
}

static bool np_shape_arg(tb_call *c, sv_value v, sv_shape *out) {
  if (sv_is_list(v) || sv_is_tuple(v)) return dims_from_seq(c, v, out);
  return np_shape(c, v, out);
}

static bool np_filled(sv_interp *I, const sv_args *a, const char *fname,
                      sv_value *out) {
  static const char *const params[] = {"shape", "dtype", "order", NULL};
  sv_value v[3];
  if (!sv_args_bind(I, a, fname, params, 1, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  sv_shape s;
  int d;
  bool ok =
      np_shape_arg(&c, v[0], &s) && np_dtype_arg(&c, v[1], SV_DT_FLOAT64, &d);
  if (ok) *out = tb_ndarray_new(I, &s, d);
  tb_call_end(&c);
  return ok;
}

static bool np_zeros(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  return np_filled(I, a, "zeros", out);
}

static bool np_ones(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)ud;
  (void)self;
  return np_filled(I, a, "ones", out);
}

/* np.array(obj): Python floats become float64, ints int64 (numpy's
 * defaults, unlike TF's float32/int32 of §9.6). */
static bool array_of(tb_call *c, sv_value obj, int dtype, sv_value *out) {
  if (sv_is_native(obj, &tb_ndarray_class)) {
    tb_ndarray *a = sv_native_data(obj);
    sv_shape s = {a->rank, a->dims};
    *out = tb_ndarray_new(c->I, &s, dtype != SV_DT_INVALID ? dtype : a->dtype);
    return true;
  }
  sv_lit l;
  if (!tb_lit(c, tb_scratch(c), obj, &l)) return false;
  if (l.is_none)
    return sv_reject(c->I, c->loc, "np.array(None) is not emulated");
  int d = l.dtype;
  if (d == SV_DT_FLOAT32)
    d = SV_DT_FLOAT64;
  else if (d == SV_DT_INT32)
    d = SV_DT_INT64;
  else if (d == SV_DT_STRING)
    return sv_reject(c->I, c->loc, "numpy string arrays are not emulated");
  *out = tb_ndarray_new(c->I, &l.shape, dtype != SV_DT_INVALID ? dtype : d);
  return true;
}

static bool np_array(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"object", "dtype", "copy", "order",
                                       "subok",  "ndmin", NULL};
  sv_value v[6];
  if (!sv_args_bind(I, a, "array", params, 1, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  int d;
  bool ok =
      np_dtype_arg(&c, v[1], SV_DT_INVALID, &d) && array_of(&c, v[0], d, out);
  tb_call_end(&c);
  return ok;
}

static bool np_rand_dims(sv_interp *I, const sv_args *a, const char *fname,
                         sv_value *out) {
  if (a->nkw)
    return sv_raise(I, "TypeError", "%s() takes no keyword arguments", fname);
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  sv_shape s;
  bool ok = dims_from_args(&c, a->pos, a->npos, &s);
  if (ok) {
    if (s.rank == 0)
      *out = sv_float(0.5); /* a Python float in numpy */
    else
      *out = tb_ndarray_new(I, &s, SV_DT_FLOAT64);
  }
  tb_call_end(&c);
  return ok;
}

static bool np_randn(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  return np_rand_dims(I, a, "randn", out);
}

static bool np_rand(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)ud;
  (void)self;
  return np_rand_dims(I, a, "rand", out);
}

static bool np_dist(sv_interp *I, const sv_args *a, const char *fname,
                    const char *p0, const char *p1, sv_value *out) {
  const char *params[] = {p0, p1, "size", NULL};
  sv_value v[3];
  if (!sv_args_bind(I, a, fname, params, 0, v)) return false;
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  bool ok = true;
  if (sv_is_unset(v[2]) || sv_is_none(v[2])) {
    *out = sv_float(0.5); /* a scalar draw: values are symbolic */
  } else {
    sv_shape s;
    ok = np_shape_arg(&c, v[2], &s);
    if (ok) *out = tb_ndarray_new(I, &s, SV_DT_FLOAT64);
  }
  tb_call_end(&c);
  return ok;
}

static bool np_normal(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  (void)self;
  return np_dist(I, a, "normal", "loc", "scale", out);
}

static bool np_uniform(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                       sv_value *out) {
  (void)ud;
  (void)self;
  return np_dist(I, a, "uniform", "low", "high", out);
}

static bool np_sqrt(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const params[] = {"x", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, "sqrt", params, 1, v)) return false;
  if (v[0].tag == SV_T_INT || v[0].tag == SV_T_FLOAT) {
    double x = v[0].tag == SV_T_INT ? (double)v[0].as.i : v[0].as.f;
    *out = sv_float(sqrt(x));
    return true;
  }
  if (sv_is_native(v[0], &tb_ndarray_class)) {
    tb_ndarray *arr = sv_native_data(v[0]);
    sv_shape s = {arr->rank, arr->dims};
    *out = tb_ndarray_new(
        I, &s, arr->dtype == SV_DT_FLOAT32 ? SV_DT_FLOAT32 : SV_DT_FLOAT64);
    return true;
  }
  return sv_reject(I, a->loc, "np.sqrt of a '%s' is not emulated",
                   sv_type_name(v[0]));
}

/* np.float32(x): a numpy scalar or array of that dtype. */
bool tb_npdtype_call(sv_interp *I, sv_value self, const sv_args *a,
                     sv_value *out) {
  tb_npdtype *d = sv_native_data(self);
  if (d->instance)
    return sv_raise_str(I, "TypeError",
                        "'numpy.dtype' object is not "
                        "callable");
  static const char *const params[] = {"x", NULL};
  sv_value v[1];
  if (!sv_args_bind(I, a, d->name, params, 0, v)) return false;
  if (sv_is_unset(v[0])) {
    sv_shape s = {0, NULL};
    *out = tb_ndarray_new(I, &s, d->dtype);
    return true;
  }
  tb_call c;
  tb_call_begin(&c, tb_state_of(I), I, a->loc);
  bool ok = array_of(&c, v[0], d->dtype, out);
  tb_call_end(&c);
  return ok;
}

void tb_install_numpy(tb_state *st) {
  sv_interp *I = st->I;
  sv_value np = sv_namespace_new(I, "np");
  st->np_mod = np;
  sv_list_append(I, st->keep, np);
  sv_namespace_def(I, np, "zeros", np_zeros, NULL);
  sv_namespace_def(I, np, "ones", np_ones, NULL);
  sv_namespace_def(I, np, "array", np_array, NULL);
  sv_namespace_def(I, np, "asarray", np_array, NULL);
  sv_namespace_def(I, np, "sqrt", np_sqrt, NULL);
  sv_namespace_set(I, np, "pi", sv_float(3.141592653589793));
  static const struct {
    const char *name, *np;
    int dtype;
  } types[] = {
      {"float16", "float16", SV_DT_FLOAT16},
      {"float32", "float32", SV_DT_FLOAT32},
      {"float64", "float64", SV_DT_FLOAT64},
      {"int8", "int8", SV_DT_INT8},
      {"int16", "int16", SV_DT_INT16},
      {"int32", "int32", SV_DT_INT32},
      {"int64", "int64", SV_DT_INT64},
      {"uint8", "uint8", SV_DT_UINT8},
      {"bool_", "bool_", SV_DT_BOOL},
  };
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    sv_namespace_set(I, np, types[i].name,
                     tb_npdtype_new(I, types[i].dtype, types[i].np, false));
  sv_value rnd = sv_namespace_new(I, "np.random");
  st->np_random = rnd;
  sv_namespace_def(I, rnd, "randn", np_randn, NULL);
  sv_namespace_def(I, rnd, "rand", np_rand, NULL);
  sv_namespace_def(I, rnd, "normal", np_normal, NULL);
  sv_namespace_def(I, rnd, "uniform", np_uniform, NULL);
  sv_incref(rnd);
  sv_namespace_set(I, np, "random", rnd);
  sv_list_append(I, st->keep, rnd);
}
