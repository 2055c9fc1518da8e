/* SPDX-License-Identifier: MIT
 * tftypes: dtypes, static shapes and TF's str/repr texts
 * (tf1-semantics.md §9).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_int.h"

/* ---- dtypes (§9.5) ------------------------------------------------------ */

static const char *const dtype_names[SV_DT__COUNT] = {
    "invalid", "float16", "bfloat16", "float32", "float64", "int8",
    "int16",   "int32",   "int64",    "uint8",   "uint16",  "bool",
    "string",  "complex64", "complex128"};

static const char *const dtype_ref_names[SV_DT__COUNT] = {
    "invalid_ref", "float16_ref", "bfloat16_ref", "float32_ref",
    "float64_ref", "int8_ref",    "int16_ref",    "int32_ref",
    "int64_ref",   "uint8_ref",   "uint16_ref",   "bool_ref",
    "string_ref",  "complex64_ref", "complex128_ref"};

int sv_dtype_base(int dtype) {
  return dtype & ~SV_DT_REF;
}

const char *sv_dtype_name(int dtype) {
  int base = sv_dtype_base(dtype);
  if (base <= 0 || base >= SV_DT__COUNT) return "invalid";
  return (dtype & SV_DT_REF) ? dtype_ref_names[base] : dtype_names[base];
}

int sv__tf_dtype_from_name(const char *name) {
  for (int i = 1; i < SV_DT__COUNT; i++) {
    if (strcmp(name, dtype_names[i]) == 0) return i;
    if (strcmp(name, dtype_ref_names[i]) == 0) return i | SV_DT_REF;
  }
  if (strcmp(name, "half") == 0) return SV_DT_FLOAT16;
  if (strcmp(name, "float") == 0) return SV_DT_FLOAT32;
  if (strcmp(name, "double") == 0) return SV_DT_FLOAT64;
  return SV_DT_INVALID;
}

bool sv__dtype_is_floating(int dt) {
  switch (sv_dtype_base(dt)) {
    case SV_DT_FLOAT16:
    case SV_DT_BFLOAT16:
    case SV_DT_FLOAT32:
    case SV_DT_FLOAT64: return true;
    default: return false;
  }
}

bool sv__dtype_is_integer(int dt) {
  switch (sv_dtype_base(dt)) {
    case SV_DT_INT8:
    case SV_DT_INT16:
    case SV_DT_INT32:
    case SV_DT_INT64:
    case SV_DT_UINT8:
    case SV_DT_UINT16: return true;
    default: return false;
  }
}

sv_lit_class sv__dtype_class(int dt) {
  int b = sv_dtype_base(dt);
  if (sv__dtype_is_integer(b)) return SV_LITC_INT;
  if (b == SV_DT_BOOL) return SV_LITC_BOOL;
  if (b == SV_DT_STRING) return SV_LITC_STRING;
  return SV_LITC_FLOAT;
}

/* ---- shapes (§9.3) ---------------------------------------------------------- */

void sv__shape_str(const sv_shape *s, sv_buf *out) {
  if (s->rank < 0) {
    sv__buf_appends(out, "<unknown>");
    return;
  }
  sv__buf_putc(out, '(');
  for (int32_t i = 0; i < s->rank; i++) {
    if (i) sv__buf_appends(out, ", ");
    if (s->dims[i] < 0)
      sv__buf_putc(out, '?');
    else
      sv__buf_appendf(out, "%lld", (long long)s->dims[i]);
  }
  if (s->rank == 1) sv__buf_putc(out, ',');
  sv__buf_putc(out, ')');
}

size_t sv_shape_format(const sv_shape *shape, char *buf, size_t cap) {
  sv_buf b;
  sv__buf_init(&b);
  sv__shape_str(shape, &b);
  size_t len = b.len;
  if (cap) {
    size_t n = len < cap - 1 ? len : cap - 1;
    memcpy(buf, b.data, n);
    buf[n] = '\0';
  }
  sv__buf_fini(&b);
  return len;
}

void sv__tf_shape_str(const sv_shape *s, sv_buf *out) {
  sv__shape_str(s, out);
}

void sv__tf_shape_repr(const sv_shape *s, sv_buf *out) {
  if (s->rank < 0) {
    sv__buf_appends(out, "TensorShape(None)");
    return;
  }
  sv__buf_appends(out, "TensorShape([");
  for (int32_t i = 0; i < s->rank; i++) {
    if (i) sv__buf_appends(out, ", ");
    if (s->dims[i] < 0)
      sv__buf_appends(out, "Dimension(None)");
    else
      sv__buf_appendf(out, "Dimension(%lld)", (long long)s->dims[i]);
  }
  sv__buf_appends(out, "])");
}

bool sv__shape_fully_defined(const sv_shape *s) {
  if (s->rank < 0) return false;
  for (int32_t i = 0; i < s->rank; i++)
    if (s->dims[i] < 0) return false;
  return true;
}

int64_t sv__shape_numel(const sv_shape *s) {
  if (!sv__shape_fully_defined(s)) return -1;
  int64_t n = 1;
  for (int32_t i = 0; i < s->rank; i++) n *= s->dims[i];
  return n;
}

sv_shape sv__shape_unknown(void) {
  sv_shape s = {-1, NULL};
  return s;
}

sv_shape sv__shape_scalar(void) {
  sv_shape s = {0, NULL};
  return s;
}

sv_shape sv__shape_new(sv_graph *g, int32_t rank) {
  sv_shape s = {rank, NULL};
  if (rank > 0)
    s.dims = sv__arena_alloc(g->arena, (size_t)rank * sizeof(int64_t));
  return s;
}

sv_shape sv__shape_dup(sv_graph *g, const sv_shape *s) {
  sv_shape r = {s->rank, NULL};
  if (s->rank > 0) {
    int64_t *d = sv__arena_alloc(g->arena, (size_t)s->rank * sizeof *d);
    memcpy(d, s->dims, (size_t)s->rank * sizeof *d);
    r.dims = d;
  }
  return r;
}

/* Shapes are shared by many ops ((10, 10) for every weight): the dims
 * arrays are interned, keyed by their bytes. */
static const int64_t **shape_seen_slot(sv_graph *g, const int64_t *dims) {
  size_t n = sizeof g->shape_seen / sizeof g->shape_seen[0];
  return &g->shape_seen[((uintptr_t)dims >> 3) % n];
}

sv_shape sv__tf_shape_copy(sv_graph *g, const sv_shape *s) {
  sv_shape r = {s->rank, NULL};
  if (s->rank <= 0) return r;
  const int64_t **seen = shape_seen_slot(g, s->dims);
  if (*seen == s->dims) { /* interned: its rank's bytes are the key */
    r.dims = s->dims;
    return r;
  }
  size_t len = (size_t)s->rank * sizeof(int64_t);
  const char *key = (const char *)s->dims;
  uint32_t h = sv__hash(key, len);
  sv_slot *slot = sv__map_find(&g->shapes, key, len, h);
  if (!slot) {
    int64_t *d = sv__arena_alloc(g->arena, len);
    memcpy(d, s->dims, len);
    slot = sv__map_add(&g->shapes, (const char *)d, len, h);
  }
  r.dims = (const int64_t *)slot->key;
  *shape_seen_slot(g, r.dims) = r.dims;
  return r;
}

const char *sv__text_intern(sv_graph *g, const char *text) {
  size_t len = strlen(text);
  uint32_t h = sv__hash(text, len);
  sv_slot *slot = sv__map_find(&g->texts, text, len, h);
  if (!slot)
    slot = sv__map_add(&g->texts, sv__arena_strndup(g->arena, text, len),
                       len, h);
  return slot->key;
}

/* ---- Python-style texts ------------------------------------------------------ */

/* repr(float): the shortest text that reads back as the same double. */
void sv__pyfloat(double v, sv_buf *out) {
  char tmp[64];
  if (isnan(v)) {
    sv__buf_appends(out, "nan");
    return;
  }
  if (isinf(v)) {
    sv__buf_appends(out, v < 0 ? "-inf" : "inf");
    return;
  }
  /* 15 significant digits always read back when the shortest form is
   * that short (DBL_DIG); %g drops the trailing zeros. */
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*g", prec, v);
    if (strtod(tmp, NULL) == v) break;
  }
  /* Python writes exponents as e+16 / e-05 and floats always show a '.'
   * or an exponent. */
  char *e = strchr(tmp, 'e');
  if (e) {
    /* Python uses repr with exponent only when exp < -4 or >= 16; %g
     * switches at the precision, so re-render plain when needed. */
    int ex = atoi(e + 1);
    if (ex >= -4 && ex < 16) {
      int digits = (int)(e - tmp) - (tmp[0] == '-') - (strchr(tmp, '.') != 0);
      int dec = digits - 1 - ex;
      if (dec < 1) dec = 1;
      snprintf(tmp, sizeof tmp, "%.*f", dec, v);
      /* trim trailing zeros beyond one decimal */
      size_t n = strlen(tmp);
      while (n > 2 && tmp[n - 1] == '0' && tmp[n - 2] != '.') tmp[--n] = 0;
      sv__buf_appends(out, tmp);
      return;
    }
    /* exponent at least two digits, as Python prints it */
    char mant[64];
    size_t ml = (size_t)(e - tmp);
    memcpy(mant, tmp, ml);
    mant[ml] = 0;
    sv__buf_appendf(out, "%se%c%02d", mant, ex < 0 ? '-' : '+', abs(ex));
    return;
  }
  sv__buf_appends(out, tmp);
  if (!strchr(tmp, '.')) sv__buf_appends(out, ".0");
}

sv_lit *sv__lit_number(sv_graph *g, double v, bool is_int) {
  /* Literals are immutable: recent ones are shared (initializer limits
   * repeat for every variable of a shape). */
  for (int i = 0; i < 4; i++) {
    sv_lit *c = g->litcache[i];
    if (c && c->scalar == v && (c->dtype == SV_DT_INT32) == is_int &&
        !signbit(c->scalar) == !signbit(v))
      return c;
  }
  sv_lit *l = sv__arena_zalloc(g->arena, sizeof *l);
  g->litcache[g->litnext++ & 3] = l;
  sv_buf b;
  sv__buf_init(&b);
  if (is_int)
    sv__buf_appendf(&b, "%lld", (long long)v);
  else
    sv__pyfloat(v, &b);
  l->text = sv__arena_strdup(g->arena, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  l->dtype = is_int ? SV_DT_INT32 : SV_DT_FLOAT32;
  l->shape = sv__shape_scalar();
  l->is_scalar = true;
  l->scalar = v;
  if (!is_int) {
    l->offender[SV_LITC_INT].repr = l->text;
    l->offender[SV_LITC_INT].type = "float";
    l->offender[SV_LITC_BOOL].repr = l->text;
    l->offender[SV_LITC_BOOL].type = "float";
  } else {
    int64_t *iv = sv__arena_alloc(g->arena, sizeof *iv);
    *iv = (int64_t)v;
    l->ints = iv;
    l->nints = 1;
    l->offender[SV_LITC_BOOL].repr = l->text;
    l->offender[SV_LITC_BOOL].type = "int";
  }
  l->offender[SV_LITC_STRING].repr = l->text;
  l->offender[SV_LITC_STRING].type = is_int ? "int" : "float";
  return l;
}

/* An int list [a, b, ...] (vector) or a scalar int. */
sv_lit *sv__lit_ints(sv_graph *g, const int64_t *v, size_t n, bool vector) {
  sv_lit *l = sv__arena_zalloc(g->arena, sizeof *l);
  sv_buf b;
  sv__buf_init(&b);
  if (vector) sv__buf_putc(&b, '[');
  for (size_t i = 0; i < n; i++)
    sv__buf_appendf(&b, "%s%lld", i ? ", " : "", (long long)v[i]);
  if (vector) sv__buf_putc(&b, ']');
  l->text = sv__arena_strdup(g->arena, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  l->dtype = SV_DT_INT32;
  if (vector) {
    l->shape = sv__shape_new(g, 1);
    ((int64_t *)l->shape.dims)[0] = (int64_t)n;
  } else {
    l->shape = sv__shape_scalar();
    l->is_scalar = true;
    l->scalar = n ? (double)v[0] : 0;
  }
  int64_t *iv = sv__arena_alloc(g->arena, (n ? n : 1) * sizeof *iv);
  if (n) memcpy(iv, v, n * sizeof *iv);
  l->ints = iv;
  l->nints = n;
  if (n) {
    l->offender[SV_LITC_BOOL].repr = sv__arena_printf(g->arena, "%lld",
                                                      (long long)v[0]);
    l->offender[SV_LITC_BOOL].type = "int";
    l->offender[SV_LITC_STRING] = l->offender[SV_LITC_BOOL];
  }
  return l;
}

static const char *adup(sv_graph *g, const char *s) {
  return s ? sv__arena_strdup(g->arena, s) : NULL;
}

sv_lit *sv__lit_copy(sv_graph *g, const sv_lit *in) {
  if (!in) return NULL;
  sv_lit *l = sv__arena_alloc(g->arena, sizeof *l);
  *l = *in;
  l->shape = sv__tf_shape_copy(g, &in->shape);
  l->text = adup(g, in->text);
  for (int i = 0; i < SV_LITC__COUNT; i++) {
    l->offender[i].repr = adup(g, in->offender[i].repr);
    l->offender[i].type = adup(g, in->offender[i].type);
  }
  if (in->ints) {
    int64_t *iv = sv__arena_alloc(g->arena, (in->nints ? in->nints : 1) *
                                                sizeof *iv);
    if (in->nints) memcpy(iv, in->ints, in->nints * sizeof *iv);
    l->ints = iv;
  }
  return l;
}

const sv_init *sv__init_copy(sv_graph *g, const sv_init *in) {
  if (!in) return NULL;
  sv_init *c = sv__arena_alloc(g->arena, sizeof *c);
  *c = *in;
  c->value = sv__lit_copy(g, in->value);
  c->a = sv__lit_copy(g, in->a);
  c->b = sv__lit_copy(g, in->b);
  c->mode = adup(g, in->mode);
  c->distribution = adup(g, in->distribution);
  c->text = adup(g, in->text);
  if (in->tensor.kind == SV_IN_LITERAL)
    c->tensor.lit = sv__lit_copy(g, in->tensor.lit);
  return c;
}

/* ---- str / repr (§9.1, §9.2, §9.4) ------------------------------------------ */

void sv__tf_tensor_str(const sv_graph *g, uint32_t op, sv_buf *out) {
  const sv_op *o = sv__op(g, op);
  sv__buf_appendf(out, "Tensor(\"%s:0\"", o->name);
  if (o->shape.rank >= 0) {
    sv__buf_appends(out, ", shape=");
    sv__shape_str(&o->shape, out);
  }
  sv__buf_appendf(out, ", dtype=%s)", sv_dtype_name(o->dtype));
}

void sv__tf_tensor_repr(const sv_graph *g, uint32_t op, sv_buf *out) {
  const sv_op *o = sv__op(g, op);
  sv__buf_appendf(out, "<tf.Tensor '%s:0' shape=", o->name);
  sv__shape_str(&o->shape, out);
  sv__buf_appendf(out, " dtype=%s>", sv_dtype_name(o->dtype));
}

void sv__tf_var_repr(const sv_graph *g, uint32_t var, sv_buf *out) {
  const sv_var *v = sv__var(g, var);
  sv__buf_appendf(out, "<tf.Variable '%s' shape=", v->name);
  sv__shape_str(&v->shape, out);
  sv__buf_appendf(out, " dtype=%s>", sv_dtype_name(v->dtype));
}

void sv__tf_op_repr(const sv_graph *g, uint32_t op, sv_buf *out) {
  const sv_op *o = sv__op(g, op);
  sv__buf_appendf(out, "<tf.Operation '%s' type=%s>", o->name, o->type);
}
