/* SPDX-License-Identifier: MIT
 * builtins: the builtin functions and types (print, len, range, int, ...),
 * the methods of str/list/dict/set/tuple, attribute access for builtin
 * values, and module namespaces with their "not emulated" placeholders.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "interp_int.h"
#include "pyunicode.h"
#include "pyfmt.h"

#define NOARGS(a, name)                                                       \
  do {                                                                        \
    if ((a)->npos || (a)->nkw)                                                \
      return sv_raise(I, "TypeError", "%s() takes no arguments (%zu given)",  \
                      name, (a)->npos + (a)->nkw);                            \
  } while (0)

static bool bind(sv_interp *I, const sv_args *a, const char *fname,
                 const char *const *params, size_t nreq, sv_value *out) {
  return sv_args_bind(I, a, fname, params, nreq, out);
}

static bool want_int(sv_interp *I, sv_value v, int64_t *out) {
  if (v.tag == SV_T_INT) {
    *out = v.as.i;
    return true;
  }
  if (v.tag == SV_T_BOOL) {
    *out = v.as.b;
    return true;
  }
  const sv_class *cls = sv_native_class(v);
  if (cls && cls->to_int) return cls->to_int(I, v, out); /* __index__ */
  return sv_raise(I, "TypeError",
                  "'%s' object cannot be interpreted as an integer",
                  sv_type_name(v));
}

static sv_value str_from_buf(sv_interp *I, sv_buf *b) {
  sv_value s = sv_str_new(I, b->data ? b->data : "", b->len);
  sv__buf_fini(b);
  return s;
}

/* ---- sorting (stable merge sort with a fallible comparison) --------------- */

typedef struct sort_item {
  sv_value key, val;
} sort_item;

static bool sort_items(sv_interp *I, sort_item *items, size_t n,
                       bool reverse) {
  sort_item *tmp = sv__xmalloc((n ? n : 1) * sizeof *tmp);
  bool ok = true;
  for (size_t width = 1; ok && width < n; width *= 2) {
    for (size_t lo = 0; ok && lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        bool lt;
        /* Take from the right only when strictly less: stable. */
        if (!(ok = reverse ? sv__lt(I, items[i].key, items[j].key, &lt)
                           : sv__lt(I, items[j].key, items[i].key, &lt)))
          break;
        tmp[k++] = lt ? items[j++] : items[i++];
      }
      if (!ok)
        break;
      while (i < mid)
        tmp[k++] = items[i++];
      while (j < hi)
        tmp[k++] = items[j++];
      memcpy(items + lo, tmp + lo, (hi - lo) * sizeof *items);
    }
  }
  sv__xfree(tmp);
  return ok;
}

/* Sorts list l in place. */
static bool list_sort(sv_interp *I, sv_value l, sv_value key, bool reverse) {
  sv_list_obj *lo = SV_AS(sv_list_obj, l);
  size_t n = lo->count;
  sort_item *items = sv__xmalloc((n ? n : 1) * sizeof *items);
  /* Python empties the list during the sort. */
  sv_value *saved = lo->items;
  lo->items = NULL;
  lo->count = lo->cap = 0;
  bool ok = true;
  size_t nk = 0;
  for (size_t i = 0; i < n; i++) {
    items[i].val = saved[i];
    items[i].key = saved[i];
    if (!sv_is_none(key) && !sv_is_unset(key) && ok) {
      sv_args a = {&saved[i], 1, NULL, NULL, 0, sv__interp_cur_loc(I)};
      ok = sv_call(I, key, &a, &items[i].key);
      if (ok)
        nk++;
    }
  }
  if (ok)
    ok = sort_items(I, items, n, reverse);
  bool keyed = !sv_is_none(key) && !sv_is_unset(key);
  for (size_t i = 0; i < n; i++) {
    if (ok)
      saved[i] = items[i].val;
    if (keyed && i < nk)
      sv_decref(I, items[i].key);
  }
  sv__xfree(items);
  sv__list_clear(I, l);
  lo->items = saved;
  lo->count = n;
  lo->cap = n;
  return ok;
}

/* ---- builtin functions ------------------------------------------------------ */

static bool bi_print(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  sv_value sep = sv_unset(), end = sv_unset();
  for (size_t k = 0; k < a->nkw; k++) {
    const char *n = a->kwnames[k];
    if (!strcmp(n, "sep"))
      sep = a->kwvals[k];
    else if (!strcmp(n, "end"))
      end = a->kwvals[k];
    else if (!strcmp(n, "flush"))
      continue;
    else if (!strcmp(n, "file")) {
      if (!sv_is_none(a->kwvals[k]))
        return sv_reject(I, a->loc, "print(file=...) is not emulated");
    } else
      return sv_raise(I, "TypeError",
                      "'%s' is an invalid keyword argument for print()", n);
  }
  if (!sv_is_unset(sep) && !sv_is_none(sep) && !sv_is_str(sep))
    return sv_raise(I, "TypeError", "sep must be None or a string, not %s",
                    sv_type_name(sep));
  if (!sv_is_unset(end) && !sv_is_none(end) && !sv_is_str(end))
    return sv_raise(I, "TypeError", "end must be None or a string, not %s",
                    sv_type_name(end));
  sv_buf b;
  sv__buf_init(&b);
  for (size_t i = 0; i < a->npos; i++) {
    if (i) {
      if (sv_is_str(sep))
        sv__buf_append(&b, sv_str_data(sep), sv_str_len(sep));
      else
        sv__buf_putc(&b, ' ');
    }
    if (!sv_str(I, a->pos[i], &b)) {
      sv__buf_fini(&b);
      return false;
    }
  }
  if (sv_is_str(end))
    sv__buf_append(&b, sv_str_data(end), sv_str_len(end));
  else
    sv__buf_putc(&b, '\n');
  if (I->write && b.len)
    I->write(I->write_ud, b.data, b.len);
  sv__buf_fini(&b);
  *out = sv_none();
  return true;
}

static bool bi_len(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"obj", NULL};
  sv_value v[1];
  if (a->npos != 1 || a->nkw)
    return sv_raise(I, "TypeError", "len() takes exactly one argument (%zu "
                                    "given)",
                    a->npos + a->nkw);
  if (!bind(I, a, "len", p, 1, v))
    return false;
  size_t n;
  if (!sv__len(I, v[0], &n))
    return false;
  *out = sv_int((int64_t)n);
  return true;
}

static bool bi_repr(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"obj", NULL};
  sv_value v[1];
  if (!bind(I, a, "repr", p, 1, v))
    return false;
  sv_buf b;
  sv__buf_init(&b);
  if (!sv_repr(I, v[0], &b)) {
    sv__buf_fini(&b);
    return false;
  }
  *out = str_from_buf(I, &b);
  return true;
}

static bool bi_format(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"value", "format_spec", NULL};
  sv_value v[2];
  if (!bind(I, a, "format", p, 1, v))
    return false;
  sv_buf b;
  sv__buf_init(&b);
  bool ok;
  if (sv_is_unset(v[1]))
    ok = sv__format_value(I, v[0], "", 0, &b);
  else if (!sv_is_str(v[1]))
    ok = sv_raise(I, "TypeError",
                  "format() argument 2 must be str, not %s",
                  sv_type_name(v[1]));
  else
    ok = sv__format_value(I, v[0], sv_str_data(v[1]), sv_str_len(v[1]), &b);
  if (!ok) {
    sv__buf_fini(&b);
    return false;
  }
  *out = str_from_buf(I, &b);
  return true;
}

static bool is_instance1(sv_interp *I, sv_value v, sv_value cls, bool *out) {
  if (sv_is_obj(cls, SV_O_EXC_CLASS)) {
    *out = sv_is_obj(v, SV_O_EXC) &&
           sv__exc_matches(SV_AS(sv_exc_obj, v)->cls,
                           (sv_exc_class_obj *)cls.as.o);
    return true;
  }
  if (sv_is_obj(cls, SV_O_TYPE)) {
    sv_type_obj *t = SV_AS(sv_type_obj, cls);
    if (t->kind == SV_TY_OBJECT) {
      *out = true;
      return true;
    }
    sv_value vt = sv__type_of(I, v);
    *out = vt.as.o == cls.as.o ||
           (t->kind == SV_TY_INT && v.tag == SV_T_BOOL) ||
           (t->kind == SV_TY_TYPE && (sv_is_obj(v, SV_O_EXC_CLASS) ||
                                      sv_is_obj(v, SV_O_TYPE)));
    return true;
  }
  if (sv_is_tuple(cls)) {
    *out = false;
    for (size_t i = 0; i < sv_seq_len(cls) && !*out; i++)
      if (!is_instance1(I, v, sv_seq_item(cls, i), out))
        return false;
    return true;
  }
  return sv_raise(I, "TypeError",
                  "isinstance() arg 2 must be a type, a tuple of types, or a "
                  "union");
}

static bool bi_isinstance(sv_interp *I, void *ud, sv_value self,
                          const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  if (a->nkw)
    return sv_raise(I, "TypeError", "isinstance() takes no keyword arguments");
  if (a->npos != 2)
    return sv_raise(I, "TypeError", "isinstance expected 2 arguments, got %zu",
                    a->npos);
  bool r;
  if (!is_instance1(I, a->pos[0], a->pos[1], &r))
    return false;
  *out = sv_bool(r);
  return true;
}

static bool bi_sorted(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"iterable", "key", "reverse", NULL};
  if (a->npos != 1)
    return sv_raise(I, "TypeError", "sorted expected 1 argument, got %zu",
                    a->npos);
  sv_value v[3];
  if (!bind(I, a, "sorted", p, 1, v))
    return false;
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  bool rev = false;
  if (!sv_is_unset(v[2]) && !sv_truthy(I, v[2], &rev)) {
    sv_decref(I, l);
    return false;
  }
  if (!list_sort(I, l, v[1], rev)) {
    sv_decref(I, l);
    return false;
  }
  *out = l;
  return true;
}

/* ---- one-shot iterators and dict views ---------------------------------- */

/* zip/map/filter/enumerate/reversed/iter() results and generator
 * expressions are iterators, not lists: they can be consumed once, and
 * CPython prints them with an address that scopeviz cannot reproduce, so
 * printing one is rejected. Their items are computed when the iterator is
 * made (generator expressions are not lazy). */
typedef struct iter_data {
  sv_value items; /* list of the items; those before pos are consumed */
  size_t pos;     /* next() moves it */
} iter_data;

static void iter_fini(sv_interp *I, void *data) {
  sv_decref(I, ((iter_data *)data)->items);
}

static bool iter_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)out;
  return sv_reject(I, sv__interp_cur_loc(I),
                   "printing %s %s object is not supported by scopeviz "
                   "(CPython prints its address); wrap it in list()",
                   strchr("aeiou", sv_type_name(self)[0]) ? "an" : "a",
                   sv_type_name(self));
}

static bool iter_iter(sv_interp *I, sv_value self, sv_value *out_list) {
  iter_data *d = sv_native_data(self);
  /* Hand the items not consumed yet over: the iterator is exhausted
   * afterwards. */
  if (d->pos) {
    sv_list_obj *l = SV_AS(sv_list_obj, d->items);
    sv_value rest = sv_list_new(I, l->count - d->pos);
    for (size_t i = d->pos; i < l->count; i++) {
      sv_incref(l->items[i]);
      sv_list_append(I, rest, l->items[i]);
    }
    sv_decref(I, d->items);
    d->items = rest;
    d->pos = 0;
  }
  *out_list = d->items;
  d->items = sv_list_new(I, 0);
  return true;
}

#define SV_ITER_CLASS(nm)                                               \
  {.name = nm, .size = sizeof(iter_data), .fini = iter_fini,            \
   .repr = iter_repr, .iter = iter_iter}

static const sv_class iter_classes[SV_IT__COUNT] = {
    [SV_IT_ZIP] = SV_ITER_CLASS("zip"),
    [SV_IT_MAP] = SV_ITER_CLASS("map"),
    [SV_IT_FILTER] = SV_ITER_CLASS("filter"),
    [SV_IT_ENUMERATE] = SV_ITER_CLASS("enumerate"),
    [SV_IT_GENERATOR] = SV_ITER_CLASS("generator"),
    [SV_IT_LIST_REVERSE] = SV_ITER_CLASS("list_reverseiterator"),
    [SV_IT_REVERSED] = SV_ITER_CLASS("reversed"),
    [SV_IT_RANGE] = SV_ITER_CLASS("range_iterator"),
    [SV_IT_LIST] = SV_ITER_CLASS("list_iterator"),
    [SV_IT_TUPLE] = SV_ITER_CLASS("tuple_iterator"),
    [SV_IT_STR] = SV_ITER_CLASS("str_ascii_iterator"),
    [SV_IT_DICT_KEY] = SV_ITER_CLASS("dict_keyiterator"),
    [SV_IT_SET] = SV_ITER_CLASS("set_iterator"),
    [SV_IT_DICT_REVERSEKEY] = SV_ITER_CLASS("dict_reversekeyiterator")};

sv_value sv__iter_wrap(sv_interp *I, sv_iter_kind kind, sv_value list) {
  sv_value v = sv_native_new(I, &iter_classes[kind]);
  ((iter_data *)sv_native_data(v))->items = list;
  return v;
}

/* d.keys(), d.values(), d.items(): live views of the dict, printed as
 * dict_keys([...]) like CPython. */
typedef struct view_data {
  sv_value dict;
} view_data;

static void view_fini(sv_interp *I, void *data) {
  sv_decref(I, ((view_data *)data)->dict);
}

static bool view_iter(sv_interp *I, sv_value self, sv_value *out_list);
static bool view_repr(sv_interp *I, sv_value self, sv_buf *out);
static bool view_len(sv_interp *I, sv_value self, size_t *out);

static const sv_class view_classes[3] = {
    {.name = "dict_keys", .size = sizeof(view_data), .fini = view_fini,
     .repr = view_repr, .len = view_len, .iter = view_iter},
    {.name = "dict_values", .size = sizeof(view_data), .fini = view_fini,
     .repr = view_repr, .len = view_len, .iter = view_iter},
    {.name = "dict_items", .size = sizeof(view_data), .fini = view_fini,
     .repr = view_repr, .len = view_len, .iter = view_iter}};

static bool view_iter(sv_interp *I, sv_value self, sv_value *out_list) {
  const sv_class *cls = sv_native_class(self);
  sv_dict_obj *d = SV_AS(sv_dict_obj, ((view_data *)sv_native_data(self))->dict);
  sv_value l = sv_list_new(I, d->live);
  for (size_t i = 0; i < d->count; i++) {
    sv_dict_entry *e = &d->entries[i];
    if (e->key.tag == SV_T_UNSET)
      continue;
    if (cls == &view_classes[2]) {
      sv_value t = sv_tuple_new(I, 2);
      sv_incref(e->key);
      sv_incref(e->val);
      sv_tuple_set(I, t, 0, e->key);
      sv_tuple_set(I, t, 1, e->val);
      sv_list_append(I, l, t);
    } else {
      sv_value x = cls == &view_classes[0] ? e->key : e->val;
      sv_incref(x);
      sv_list_append(I, l, x);
    }
  }
  *out_list = l;
  return true;
}

static bool view_repr(sv_interp *I, sv_value self, sv_buf *out) {
  if (self.as.o->flags & SV_FLAG_REPR) { /* d['v'] = d.values() */
    sv__buf_appends(out, "...");
    return true;
  }
  sv_value l;
  if (!view_iter(I, self, &l))
    return false;
  sv__buf_appendf(out, "%s(", sv_type_name(self));
  self.as.o->flags |= SV_FLAG_REPR;
  bool ok = sv_repr(I, l, out);
  self.as.o->flags &= (uint16_t)~SV_FLAG_REPR;
  sv__buf_appendf(out, ")");
  sv_decref(I, l);
  return ok;
}

static bool view_len(sv_interp *I, sv_value self, size_t *out) {
  (void)I;
  *out = SV_AS(sv_dict_obj, ((view_data *)sv_native_data(self))->dict)->live;
  return true;
}

/* The dict a keys view looks at (for fast `in`), or NULL. */
bool sv__dict_keys_view(sv_value v, sv_value *dict) {
  if (!sv_is_native(v, &view_classes[0]))
    return false;
  *dict = ((view_data *)sv_native_data(v))->dict;
  return true;
}

static sv_value view_new(sv_interp *I, int which, sv_value dict) {
  sv_value v = sv_native_new(I, &view_classes[which]);
  sv_incref(dict);
  ((view_data *)sv_native_data(v))->dict = dict;
  return v;
}

static bool bi_reversed(sv_interp *I, void *ud, sv_value self,
                        const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"sequence", NULL};
  sv_value v[1];
  if (!bind(I, a, "reversed", p, 1, v))
    return false;
  if (sv_is_obj(v[0], SV_O_SET) ||
      (!sv_is_list(v[0]) && !sv_is_tuple(v[0]) && !sv_is_str(v[0]) &&
       !sv_is_obj(v[0], SV_O_RANGE) && !sv_is_obj(v[0], SV_O_DICT)))
    return sv_raise(I, "TypeError", "'%s' object is not reversible",
                    sv_type_name(v[0]));
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  sv_list_obj *lo = SV_AS(sv_list_obj, l);
  for (size_t i = 0; i < lo->count / 2; i++) {
    sv_value t = lo->items[i];
    lo->items[i] = lo->items[lo->count - 1 - i];
    lo->items[lo->count - 1 - i] = t;
  }
  *out = sv__iter_wrap(I, sv_is_list(v[0]) ? SV_IT_LIST_REVERSE
                          : sv_is_obj(v[0], SV_O_RANGE) ? SV_IT_RANGE
                          : sv_is_obj(v[0], SV_O_DICT) ? SV_IT_DICT_REVERSEKEY
                                                       : SV_IT_REVERSED,
                       l);
  return true;
}

static bool bi_minmax(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)self;
  bool is_max = ud != NULL;
  const char *name = is_max ? "max" : "min";
  sv_value key = sv_unset(), def = sv_unset();
  for (size_t k = 0; k < a->nkw; k++) {
    if (!strcmp(a->kwnames[k], "key"))
      key = a->kwvals[k];
    else if (!strcmp(a->kwnames[k], "default"))
      def = a->kwvals[k];
    else
      return sv_raise(I, "TypeError",
                      "%s() got an unexpected keyword argument '%s'", name,
                      a->kwnames[k]);
  }
  if (a->npos == 0)
    return sv_raise(I, "TypeError", "%s expected at least 1 argument, got 0",
                    name);
  sv_value l;
  if (a->npos == 1) {
    if (!sv_to_list(I, a->pos[0], &l))
      return false;
  } else {
    if (!sv_is_unset(def))
      return sv_raise(I, "TypeError",
                      "Cannot specify a default for %s() with multiple "
                      "positional arguments",
                      name);
    l = sv_list_new(I, a->npos);
    for (size_t i = 0; i < a->npos; i++) {
      sv_incref(a->pos[i]);
      sv_list_append(I, l, a->pos[i]);
    }
  }
  size_t n = sv_seq_len(l);
  if (!n) {
    sv_decref(I, l);
    if (!sv_is_unset(def)) {
      sv_incref(def);
      *out = def;
      return true;
    }
    return sv_raise(I, "ValueError", "%s() arg is an empty sequence", name);
  }
  bool keyed = !sv_is_unset(key) && !sv_is_none(key);
  sv_value best = sv_seq_item(l, 0), bestk = best;
  bool ok = true;
  if (keyed) {
    sv_args ka = {&best, 1, NULL, NULL, 0, a->loc};
    ok = sv_call(I, key, &ka, &bestk);
  }
  for (size_t i = 1; ok && i < n; i++) {
    sv_value x = sv_seq_item(l, i), xk = x;
    if (keyed) {
      sv_args ka = {&x, 1, NULL, NULL, 0, a->loc};
      if (!(ok = sv_call(I, key, &ka, &xk)))
        break;
    }
    bool better;
    ok = is_max ? sv__lt(I, bestk, xk, &better) : sv__lt(I, xk, bestk, &better);
    if (ok && better) {
      best = x;
      if (keyed)
        sv_decref(I, bestk);
      bestk = xk;
    } else if (keyed) {
      sv_decref(I, xk);
    }
  }
  if (keyed && ok)
    sv_decref(I, bestk);
  if (ok) {
    sv_incref(best);
    *out = best;
  }
  sv_decref(I, l);
  return ok;
}

static bool bi_sum(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"iterable", "start", NULL};
  sv_value v[2];
  if (!bind(I, a, "sum", p, 1, v))
    return false;
  sv_value acc = sv_is_unset(v[1]) ? sv_int(0) : v[1];
  if (sv_is_str(acc))
    return sv_raise(I, "TypeError",
                    "sum() can't sum strings [use ''.join(seq) instead]");
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  sv_incref(acc);
  for (size_t i = 0; i < sv_seq_len(l); i++) {
    sv_value r;
    if (!sv__binop(I, SV_BIN_ADD, acc, sv_seq_item(l, i), &r)) {
      sv_decref(I, acc);
      sv_decref(I, l);
      return false;
    }
    sv_decref(I, acc);
    acc = r;
  }
  sv_decref(I, l);
  *out = acc;
  return true;
}

static bool bi_abs(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"x", NULL};
  sv_value v[1];
  if (!bind(I, a, "abs", p, 1, v))
    return false;
  sv_value x = v[0];
  if (x.tag == SV_T_INT) {
    if (x.as.i == INT64_MIN)
      return sv__int_overflow(I);
    *out = sv_int(x.as.i < 0 ? -x.as.i : x.as.i);
    return true;
  }
  if (x.tag == SV_T_BOOL) {
    *out = sv_int(x.as.b);
    return true;
  }
  if (x.tag == SV_T_FLOAT) {
    *out = sv_float(fabs(x.as.f));
    return true;
  }
  return sv_raise(I, "TypeError", "bad operand type for abs(): '%s'",
                  sv_type_name(x));
}

static bool bi_anyall(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)self;
  bool is_all = ud != NULL;
  static const char *const p[] = {"iterable", NULL};
  sv_value v[1];
  if (!bind(I, a, is_all ? "all" : "any", p, 1, v))
    return false;
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  bool r = is_all;
  for (size_t i = 0; i < sv_seq_len(l); i++) {
    bool t;
    if (!sv_truthy(I, sv_seq_item(l, i), &t)) {
      sv_decref(I, l);
      return false;
    }
    if (t != is_all) {
      r = !is_all;
      break;
    }
  }
  sv_decref(I, l);
  *out = sv_bool(r);
  return true;
}

static double round_half_even(double x) {
  double r = nearbyint(x); /* default rounding mode: half to even */
  return r;
}

static bool bi_round(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"number", "ndigits", NULL};
  sv_value v[2];
  if (!bind(I, a, "round", p, 1, v))
    return false;
  sv_value x = v[0];
  bool has_nd = !sv_is_unset(v[1]) && !sv_is_none(v[1]);
  int64_t nd = 0;
  if (has_nd && !want_int(I, v[1], &nd))
    return false;
  if (x.tag == SV_T_INT || x.tag == SV_T_BOOL) {
    int64_t i = x.tag == SV_T_BOOL ? x.as.b : x.as.i;
    if (!has_nd || nd >= 0) {
      *out = sv_int(i);
      return true;
    }
    if (nd < -18) {
      *out = sv_int(0);
      return true;
    }
    int64_t p10 = 1;
    for (int64_t k = 0; k < -nd; k++)
      p10 *= 10;
    int64_t q = i / p10, r = i % p10;
    if (r < 0) {
      q--;
      r += p10;
    }
    if (2 * r > p10 || (2 * r == p10 && (q & 1)))
      q++;
    *out = sv_int(q * p10);
    return true;
  }
  if (x.tag != SV_T_FLOAT)
    return sv_raise(I, "TypeError",
                    "type %s doesn't define __round__ method",
                    sv_type_name(x));
  double f = x.as.f;
  if (!has_nd) {
    if (isnan(f))
      return sv_raise(I, "ValueError", "cannot convert float NaN to integer");
    if (isinf(f))
      return sv_raise(I, "OverflowError",
                      "cannot convert float infinity to integer");
    double r = round_half_even(f);
    if (fabs(r) >= 9.2e18)
      return sv__int_overflow(I);
    *out = sv_int((int64_t)r);
    return true;
  }
  if (isnan(f) || isinf(f) || nd > 300) {
    *out = x;
    return true;
  }
  if (nd < -308) {
    *out = sv_float(0.0 * f);
    return true;
  }
  /* CPython rounds the exact binary value correctly (dtoa mode 3), as
   * printf does. */
  char buf[400];
  if (nd >= 0) {
    snprintf(buf, sizeof buf, "%.*f", (int)nd, f);
    *out = sv_float(strtod(buf, NULL));
  } else {
    double p10 = pow(10.0, (double)-nd);
    double y = round_half_even(f / p10) * p10;
    *out = sv_float(y);
  }
  return true;
}

static bool bi_divmod(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"a", "b", NULL};
  sv_value v[2];
  if (!bind(I, a, "divmod", p, 2, v))
    return false;
  sv_value q, r;
  if (!sv__binop(I, SV_BIN_FLOORDIV, v[0], v[1], &q))
    return false;
  if (!sv__binop(I, SV_BIN_MOD, v[0], v[1], &r)) {
    sv_decref(I, q);
    return false;
  }
  sv_value t = sv_tuple_new(I, 2);
  sv_tuple_set(I, t, 0, q);
  sv_tuple_set(I, t, 1, r);
  *out = t;
  return true;
}

static bool bi_getattr(sv_interp *I, void *ud, sv_value self,
                       const sv_args *a, sv_value *out) {
  (void)self;
  bool has = ud != NULL;
  if (a->nkw)
    return sv_raise(I, "TypeError", "%s() takes no keyword arguments",
                    has ? "hasattr" : "getattr");
  if (a->npos < 2 || a->npos > (has ? 2u : 3u)) {
    if (has)
      return sv_raise(I, "TypeError", "hasattr expected 2 arguments, got %zu",
                      a->npos);
    return sv_raise(I, "TypeError",
                    "getattr expected at least 2 arguments, got %zu",
                    a->npos);
  }
  if (!sv_is_str(a->pos[1]))
    return sv_raise(I, "TypeError", "attribute name must be string, not '%s'",
                    sv_type_name(a->pos[1]));
  const char *name = sv__intern(sv__interp_intern(I), sv_str_data(a->pos[1]),
                                sv_str_len(a->pos[1]));
  sv_value r;
  if (sv__getattr(I, a->pos[0], name, &r)) {
    if (has) {
      sv_decref(I, r);
      *out = sv_bool(true);
    } else {
      *out = r;
    }
    return true;
  }
  const char *t = sv_exc_pending_type(I);
  if (!t || strcmp(t, "AttributeError") != 0)
    return false;
  if (has || a->npos == 3) {
    sv_decref(I, I->exc);
    I->exc = sv_unset();
    if (has) {
      *out = sv_bool(false);
    } else {
      *out = a->pos[2];
      sv_incref(*out);
    }
    return true;
  }
  return false;
}

static bool bi_callable(sv_interp *I, void *ud, sv_value self,
                        const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"obj", NULL};
  sv_value v[1];
  if (!bind(I, a, "callable", p, 1, v))
    return false;
  sv_value x = v[0];
  bool r = false;
  if (x.tag == SV_T_OBJ) {
    int t = x.as.o->type;
    r = t == SV_O_FUNC || t == SV_O_BUILTIN || t == SV_O_EXC_CLASS ||
        t == SV_O_TYPE ||
        (t == SV_O_NATIVE && SV_AS(sv_native_obj, x)->cls->call);
  }
  *out = sv_bool(r);
  return true;
}

static bool bi_enumerate(sv_interp *I, void *ud, sv_value self,
                         const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"iterable", "start", NULL};
  sv_value v[2];
  if (!bind(I, a, "enumerate", p, 1, v))
    return false;
  int64_t start = 0;
  if (!sv_is_unset(v[1]) && !want_int(I, v[1], &start))
    return false;
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  size_t n = sv_seq_len(l);
  sv_value r = sv_list_new(I, n);
  for (size_t i = 0; i < n; i++) {
    sv_value t = sv_tuple_new(I, 2);
    sv_tuple_set(I, t, 0, sv_int(start + (int64_t)i));
    sv_value x = sv_seq_item(l, i);
    sv_incref(x);
    sv_tuple_set(I, t, 1, x);
    sv_list_append(I, r, t);
  }
  sv_decref(I, l);
  *out = sv__iter_wrap(I, SV_IT_ENUMERATE, r);
  return true;
}

static bool bi_zip(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  if (a->nkw && strcmp(a->kwnames[0], "strict") != 0)
    return sv_raise(I, "TypeError",
                    "zip() got an unexpected keyword argument '%s'",
                    a->kwnames[0]);
  size_t k = a->npos, n = SIZE_MAX;
  sv_value *lists = sv__xcalloc(k ? k : 1, sizeof *lists);
  bool ok = true;
  for (size_t i = 0; i < k; i++) {
    /* CPython 3.11: "'int' object is not iterable" (no argument #). */
    if (!sv_to_list(I, a->pos[i], &lists[i])) {
      lists[i] = sv_none();
      ok = false;
      break;
    }
    if (sv_seq_len(lists[i]) < n)
      n = sv_seq_len(lists[i]);
  }
  if (!k)
    n = 0;
  if (ok) {
    sv_value r = sv_list_new(I, n);
    for (size_t j = 0; j < n; j++) {
      sv_value t = sv_tuple_new(I, k);
      for (size_t i = 0; i < k; i++) {
        sv_value x = sv_seq_item(lists[i], j);
        sv_incref(x);
        sv_tuple_set(I, t, i, x);
      }
      sv_list_append(I, r, t);
    }
    *out = sv__iter_wrap(I, SV_IT_ZIP, r);
  }
  for (size_t i = 0; i < k; i++)
    sv_decref(I, lists[i]);
  sv__xfree(lists);
  return ok;
}

static bool bi_map(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  if (a->npos < 2)
    return sv_raise(I, "TypeError", "map() must have at least two arguments.");
  sv_value z;
  sv_args za = {a->pos + 1, a->npos - 1, NULL, NULL, 0, a->loc};
  if (!bi_zip(I, NULL, sv_unset(), &za, &z))
    return false;
  sv_value zit = z;
  iter_iter(I, zit, &z); /* the list of argument tuples */
  sv_decref(I, zit);
  size_t n = sv_seq_len(z);
  sv_value r = sv_list_new(I, n);
  for (size_t i = 0; i < n; i++) {
    sv_value t = sv_seq_item(z, i), y;
    sv_args ca = {SV_AS(sv_tuple_obj, t)->items, sv_seq_len(t), NULL, NULL, 0,
                  a->loc};
    if (!sv_call(I, a->pos[0], &ca, &y)) {
      sv_decref(I, r);
      sv_decref(I, z);
      return false;
    }
    sv_list_append(I, r, y);
  }
  sv_decref(I, z);
  *out = sv__iter_wrap(I, SV_IT_MAP, r);
  return true;
}

static bool bi_filter(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                      sv_value *out) {
  (void)ud;
  (void)self;
  if (a->npos != 2 || a->nkw)
    return sv_raise(I, "TypeError", "filter expected 2 arguments, got %zu",
                    a->npos);
  sv_value l;
  if (!sv_to_list(I, a->pos[1], &l))
    return false;
  sv_value r = sv_list_new(I, 0);
  for (size_t i = 0; i < sv_seq_len(l); i++) {
    sv_value x = sv_seq_item(l, i), y = x;
    bool t;
    if (!sv_is_none(a->pos[0])) {
      sv_args ca = {&x, 1, NULL, NULL, 0, a->loc};
      if (!sv_call(I, a->pos[0], &ca, &y)) {
        sv_decref(I, r);
        sv_decref(I, l);
        return false;
      }
    } else {
      sv_incref(y);
    }
    bool ok = sv_truthy(I, y, &t);
    sv_decref(I, y);
    if (!ok) {
      sv_decref(I, r);
      sv_decref(I, l);
      return false;
    }
    if (t) {
      sv_incref(x);
      sv_list_append(I, r, x);
    }
  }
  sv_decref(I, l);
  *out = sv__iter_wrap(I, SV_IT_FILTER, r);
  return true;
}

static bool bi_iter(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"object", NULL};
  sv_value v[1];
  if (!bind(I, a, "iter", p, 1, v))
    return false;
  if (sv_is_obj(v[0], SV_O_NATIVE) &&
      sv_native_class(v[0])->iter == iter_iter) {
    /* iter() of an iterator is the iterator itself. */
    sv_incref(v[0]);
    *out = v[0];
    return true;
  }
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  sv_iter_kind kind = SV_IT_LIST;
  if (sv_is_tuple(v[0]))
    kind = SV_IT_TUPLE;
  else if (sv_is_str(v[0]))
    kind = SV_IT_STR;
  else if (sv_is_obj(v[0], SV_O_DICT))
    kind = SV_IT_DICT_KEY;
  else if (sv_is_obj(v[0], SV_O_SET))
    kind = SV_IT_SET;
  else if (sv_is_obj(v[0], SV_O_RANGE))
    kind = SV_IT_RANGE;
  *out = sv__iter_wrap(I, kind, l);
  return true;
}

static bool bi_ord(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"c", NULL};
  sv_value v[1];
  if (!bind(I, a, "ord", p, 1, v))
    return false;
  if (!sv_is_str(v[0]))
    return sv_raise(I, "TypeError",
                    "ord() expected string of length 1, but %s found",
                    sv_type_name(v[0]));
  size_t n;
  sv__len(I, v[0], &n);
  if (n != 1)
    return sv_raise(I, "TypeError",
                    "ord() expected a character, but string of length %zu "
                    "found",
                    n);
  const unsigned char *s = (const unsigned char *)sv_str_data(v[0]);
  int64_t c = s[0];
  if (c >= 0xf0)
    c = ((c & 7) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) |
        (s[3] & 0x3f);
  else if (c >= 0xe0)
    c = ((c & 15) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
  else if (c >= 0xc0)
    c = ((c & 31) << 6) | (s[1] & 0x3f);
  *out = sv_int(c);
  return true;
}

static bool bi_chr(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"i", NULL};
  sv_value v[1];
  int64_t c = 0;
  if (!bind(I, a, "chr", p, 1, v) || !want_int(I, v[0], &c))
    return false;
  if (c < 0 || c >= 0x110000)
    return sv_raise(I, "ValueError", "chr() arg not in range(0x110000)");
  char buf[4];
  size_t n = sv__utf8_encode((uint32_t)c, buf);
  *out = sv_str_new(I, buf, n);
  return true;
}

/* ---- builtin types as callables ----------------------------------------- */

/* sys.get_int_max_str_digits() of CPython 3.11: int() of a str in a base
 * that is no power of two takes at most this many digits. */
#define PY_INT_MAX_STR_DIGITS 4300

/* "invalid literal for int() with base %d: %.200R": the repr cut to 200
 * characters, as CPython's %.200R does. */
static bool invalid_int_literal(sv_interp *I, sv_value s, int64_t base) {
  sv_buf b;
  sv__buf_init(&b);
  sv_repr(I, s, &b);
  size_t n = 0, chars = 0;
  while (n < b.len && chars < 200) {
    n++;
    while (n < b.len && ((unsigned char)b.data[n] & 0xC0) == 0x80) n++;
    chars++;
  }
  sv_raise(I, "ValueError", "invalid literal for int() with base %lld: %.*s",
           (long long)base, (int)n, b.data);
  sv__buf_fini(&b);
  return false;
}

static int digit_value(char ch) {
  unsigned char c = (unsigned char)ch;
  return isdigit(c) ? c - '0' : isalpha(c) ? tolower(c) - 'a' + 10 : 99;
}

/* int(s, base) of a str, in CPython's order (PyLong_FromString): other
 * digits and spaces made ASCII, spaces and sign, base prefix (and one '_'
 * after it), the digits -- single underscores between them, at most
 * PY_INT_MAX_STR_DIGITS unless the base is a power of two --, "0..."
 * literals of base 0, the rest only spaces; then the value, which must
 * fit 64 bits here. */
static bool parse_int_str(sv_interp *I, sv_value s, int64_t base,
                          sv_value *out) {
  int64_t base_arg = base; /* for the message: "base 0" */
  sv_buf a;
  sv__buf_init(&a);
  sv__py_number_ascii(sv_str_data(s), sv_str_len(s), &a);
  const char *p = sv__buf_cstr(&a), *end = p + a.len;
  while (p < end && isspace((unsigned char)*p))
    p++;
  while (end > p && isspace((unsigned char)end[-1]))
    end--;
  bool neg = false;
  const char *q = p;
  if (q < end && (*q == '+' || *q == '-'))
    neg = *q++ == '-';
  bool base0 = base == 0;
  if (base == 0 || base == 16 || base == 8 || base == 2) {
    if (end - q > 2 && q[0] == '0') {
      char c = (char)tolower((unsigned char)q[1]);
      int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
      if (b && (base == 0 || base == b)) {
        base = b;
        q += 2;
        if (*q == '_') q++; /* one underscore may follow the prefix */
      }
    }
    if (base == 0)
      base = 10;
  }
  /* the digits: q .. scan */
  bool ok = q < end && *q != '_';
  size_t digits = 0;
  const char *scan = q;
  char prev = 0;
  while (ok && scan < end && (digit_value(*scan) < base || *scan == '_')) {
    if (*scan == '_' && prev == '_') ok = false;
    if (*scan != '_') digits++;
    prev = *scan++;
  }
  if (prev == '_') ok = false;
  if (ok && (base & (base - 1)) && digits > PY_INT_MAX_STR_DIGITS) {
    sv__buf_fini(&a);
    return sv_raise(I, "ValueError",
                    "Exceeds the limit (%d digits) for integer string "
                    "conversion: value has %zu digits; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    PY_INT_MAX_STR_DIGITS, digits);
  }
  if (scan != end || !digits) ok = false;
  /* base 0 reads a literal: no leading zeros ("017"), but "00" is 0 */
  if (ok && base0 && base == 10 && q[0] == '0')
    for (const char *c = q; c < end; c++)
      if (*c != '0' && *c != '_') ok = false;
  if (!ok) {
    sv__buf_fini(&a);
    return invalid_int_literal(I, s, base_arg);
  }
  uint64_t v = 0;
  for (const char *c = q; c < end; c++) {
    if (*c == '_') continue;
    uint64_t d = (uint64_t)digit_value(*c);
    if (v > (UINT64_MAX - d) / (uint64_t)base) {
      sv__buf_fini(&a);
      return sv__int_overflow(I);
    }
    v = v * (uint64_t)base + d;
  }
  sv__buf_fini(&a);
  if (v > (uint64_t)INT64_MAX + (neg ? 1 : 0))
    return sv__int_overflow(I);
  *out = sv_int(neg ? (int64_t)(0 - v) : (int64_t)v);
  return true;
}

static bool to_int(sv_interp *I, const sv_args *a, sv_value *out) {
  static const char *const p[] = {"x", "base", NULL};
  sv_value v[2];
  if (!bind(I, a, "int", p, 0, v))
    return false;
  sv_value x = v[0];
  if (sv_is_unset(x)) {
    *out = sv_int(0);
    return true;
  }
  if (!sv_is_unset(v[1])) {
    int64_t base = 0;
    if (!want_int(I, v[1], &base))
      return false;
    if (!sv_is_str(x))
      return sv_raise(I, "TypeError",
                      "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36))
      return sv_raise(I, "ValueError", "int() base must be >= 2 and <= 36, "
                                       "or 0");
    return parse_int_str(I, x, base, out);
  }
  switch (x.tag) {
    case SV_T_INT:
      *out = x;
      return true;
    case SV_T_BOOL:
      *out = sv_int(x.as.b);
      return true;
    case SV_T_FLOAT:
      if (isnan(x.as.f))
        return sv_raise(I, "ValueError", "cannot convert float NaN to integer");
      if (isinf(x.as.f))
        return sv_raise(I, "OverflowError",
                        "cannot convert float infinity to integer");
      if (fabs(x.as.f) >= 9.2233720368547758e18)
        return sv__int_overflow(I);
      *out = sv_int((int64_t)x.as.f);
      return true;
    default:
      break;
  }
  if (sv_is_str(x))
    return parse_int_str(I, x, 10, out);
  const sv_class *cls = sv_native_class(x);
  if (cls && cls->to_int) { /* __int__, e.g. a TensorShape Dimension */
    int64_t n;
    if (!cls->to_int(I, x, &n)) return false;
    *out = sv_int(n);
    return true;
  }
  return sv_raise(I, "TypeError",
                  "int() argument must be a string, a bytes-like object or a "
                  "real number, not '%s'",
                  sv_type_name(x));
}

static bool to_float(sv_interp *I, const sv_args *a, sv_value *out) {
  static const char *const p[] = {"x", NULL};
  sv_value v[1];
  if (a->nkw)
    return sv_raise(I, "TypeError", "float() takes no keyword arguments");
  if (!bind(I, a, "float", p, 0, v))
    return false;
  sv_value x = v[0];
  if (sv_is_unset(x)) {
    *out = sv_float(0);
    return true;
  }
  if (x.tag == SV_T_FLOAT) {
    *out = x;
    return true;
  }
  if (x.tag == SV_T_INT || x.tag == SV_T_BOOL) {
    *out = sv_float(x.tag == SV_T_INT ? (double)x.as.i : (double)x.as.b);
    return true;
  }
  if (sv_is_str(x)) {
    /* as CPython: other digits and spaces made ASCII first */
    sv_buf asc;
    sv__buf_init(&asc);
    sv__py_number_ascii(sv_str_data(x), sv_str_len(x), &asc);
    const char *a0 = sv__buf_cstr(&asc), *s = a0;
    /* (a NUL inside is no number: strtod would stop there) */
    bool nul = memchr(a0, '\0', asc.len) != NULL;
    while (isspace((unsigned char)*s))
      s++;
    char *tmp = sv__xstrndup(s, asc.len - (size_t)(s - a0));
    sv__buf_fini(&asc);
    size_t n = strlen(tmp);
    while (n && isspace((unsigned char)tmp[n - 1]))
      tmp[--n] = 0;
    /* Drop single underscores between digits. */
    size_t j = 0;
    bool ok = n > 0 && !nul;
    for (size_t i = 0; i < n; i++) {
      if (tmp[i] == '_') {
        if (!i || i + 1 >= n || !isdigit((unsigned char)tmp[i - 1]) ||
            !isdigit((unsigned char)tmp[i + 1]))
          ok = false;
        continue;
      }
      tmp[j++] = tmp[i];
    }
    tmp[j] = 0;
    const char *t = tmp;
    bool neg = false;
    if (*t == '+' || *t == '-')
      neg = *t++ == '-';
    double d = 0;
    if (!strcasecmp(t, "inf") || !strcasecmp(t, "infinity")) {
      d = neg ? -INFINITY : INFINITY;
    } else if (!strcasecmp(t, "nan")) {
      d = neg ? -NAN : NAN;
    } else if (ok) {
      /* Reject hex floats and the like: digits, '.', exponent only. */
      for (const char *c = t; *c; c++)
        if (!isdigit((unsigned char)*c) && *c != '.' && *c != 'e' &&
            *c != 'E' && *c != '+' && *c != '-')
          ok = false;
      char *end;
      errno = 0;
      d = strtod(tmp, &end);
      if (*end || end == tmp)
        ok = false;
    }
    sv__xfree(tmp);
    if (!ok) {
      sv_buf b;
      sv__buf_init(&b);
      sv_repr(I, x, &b);
      sv_raise(I, "ValueError", "could not convert string to float: %s",
               sv__buf_cstr(&b));
      sv__buf_fini(&b);
      return false;
    }
    *out = sv_float(d);
    return true;
  }
  return sv_raise(I, "TypeError",
                  "float() argument must be a string or a real number, not "
                  "'%s'",
                  sv_type_name(x));
}

static bool dict_update_from(sv_interp *I, sv_value d, sv_value src) {
  if (sv_is_obj(src, SV_O_DICT)) {
    sv_dict_obj *s = SV_AS(sv_dict_obj, src);
    for (size_t i = 0; i < s->count; i++) {
      if (s->entries[i].key.tag == SV_T_UNSET)
        continue;
      sv_incref(s->entries[i].val);
      if (!sv_dict_set(I, d, s->entries[i].key, s->entries[i].val))
        return false;
    }
    return true;
  }
  sv_value l;
  if (!sv_to_list(I, src, &l))
    return false;
  bool ok = true;
  for (size_t i = 0; ok && i < sv_seq_len(l); i++) {
    sv_value pair = sv_seq_item(l, i), pl;
    if (!sv_is_list(pair) && !sv_is_tuple(pair) && !sv_is_str(pair)) {
      ok = sv_raise(I, "TypeError",
                    "cannot convert dictionary update sequence element #%zu "
                    "to a sequence",
                    i);
      break;
    }
    if (!(ok = sv_to_list(I, pair, &pl)))
      break;
    if (sv_seq_len(pl) != 2) {
      ok = sv_raise(I, "ValueError",
                    "dictionary update sequence element #%zu has length %zu; "
                    "2 is required",
                    i, sv_seq_len(pl));
    } else {
      sv_value v = sv_seq_item(pl, 1);
      sv_incref(v);
      ok = sv_dict_set(I, d, sv_seq_item(pl, 0), v);
    }
    sv_decref(I, pl);
  }
  sv_decref(I, l);
  return ok;
}

static bool kw_into_dict(sv_interp *I, sv_value d, const sv_args *a) {
  for (size_t k = 0; k < a->nkw; k++) {
    sv_value key = sv_str_cstr(I, a->kwnames[k]);
    sv_incref(a->kwvals[k]);
    bool ok = sv_dict_set(I, d, key, a->kwvals[k]);
    sv_decref(I, key);
    if (!ok)
      return false;
  }
  return true;
}

bool sv__call_type(sv_interp *I, sv_type_obj *t, const sv_args *a,
                   sv_value *out) {
  switch (t->kind) {
    case SV_TY_INT:
      return to_int(I, a, out);
    case SV_TY_FLOAT:
      return to_float(I, a, out);
    case SV_TY_BOOL: {
      static const char *const p[] = {"o", NULL};
      sv_value v[1];
      bool b = false;
      if (!bind(I, a, "bool", p, 0, v))
        return false;
      if (!sv_is_unset(v[0]) && !sv_truthy(I, v[0], &b))
        return false;
      *out = sv_bool(b);
      return true;
    }
    case SV_TY_STR: {
      static const char *const p[] = {"object", NULL};
      sv_value v[1];
      if (!bind(I, a, "str", p, 0, v))
        return false;
      if (sv_is_unset(v[0])) {
        *out = sv_str_new(I, "", 0);
        return true;
      }
      if (sv_is_str(v[0])) {
        *out = v[0];
        sv_incref(*out);
        return true;
      }
      sv_buf b;
      sv__buf_init(&b);
      if (!sv_str(I, v[0], &b)) {
        sv__buf_fini(&b);
        return false;
      }
      *out = str_from_buf(I, &b);
      return true;
    }
    case SV_TY_LIST:
    case SV_TY_TUPLE:
    case SV_TY_SET: {
      static const char *const p[] = {"iterable", NULL};
      sv_value v[1], l;
      if (a->nkw)
        return sv_raise(I, "TypeError", "%s() takes no keyword arguments",
                        t->name);
      if (!bind(I, a, t->name, p, 0, v))
        return false;
      if (sv_is_unset(v[0]))
        l = sv_list_new(I, 0);
      else if (!sv_to_list(I, v[0], &l))
        return false;
      if (t->kind == SV_TY_LIST) {
        *out = l;
        return true;
      }
      if (t->kind == SV_TY_TUPLE) {
        *out = sv__tuple_from(I, SV_AS(sv_list_obj, l)->items, sv_seq_len(l));
        sv_decref(I, l);
        return true;
      }
      return sv__set_from_list(I, l, out);
    }
    case SV_TY_DICT: {
      if (a->npos > 1)
        return sv_raise(I, "TypeError", "dict expected at most 1 argument, got "
                                        "%zu",
                        a->npos);
      sv_value d = sv_dict_new(I);
      if ((a->npos && !dict_update_from(I, d, a->pos[0])) ||
          !kw_into_dict(I, d, a)) {
        sv_decref(I, d);
        return false;
      }
      *out = d;
      return true;
    }
    case SV_TY_RANGE: {
      if (a->nkw)
        return sv_raise(I, "TypeError", "range() takes no keyword arguments");
      if (a->npos < 1 || a->npos > 3)
        return sv_raise(I, "TypeError",
                        a->npos ? "range expected at most 3 arguments, got %zu"
                                : "range expected at least 1 argument, got "
                                  "%zu",
                        a->npos);
      int64_t x[3] = {0, 0, 1};
      for (size_t i = 0; i < a->npos; i++)
        if (!want_int(I, a->pos[i], &x[i]))
          return false;
      if (a->npos == 1) {
        x[1] = x[0];
        x[0] = 0;
      }
      if (x[2] == 0)
        return sv_raise(I, "ValueError", "range() arg 3 must not be zero");
      *out = sv__range_new(I, x[0], x[1], x[2]);
      return true;
    }
    case SV_TY_TYPE:
      if (a->npos != 1 || a->nkw)
        return sv_raise(I, "TypeError", "type() takes 1 or 3 arguments");
      *out = sv__type_of(I, a->pos[0]);
      sv_incref(*out);
      return true;
    case SV_TY_OBJECT:
      return sv_reject(I, a->loc, "object() is not emulated");
    default:
      return sv_raise(I, "TypeError", "cannot create '%s' instances", t->name);
  }
}

/* ---- str methods ----------------------------------------------------------- */

enum {
  M_JOIN, M_SPLIT, M_RSPLIT, M_STRIP, M_LSTRIP, M_RSTRIP, M_REPLACE,
  M_STARTSWITH, M_ENDSWITH, M_LOWER, M_UPPER, M_FORMAT, M_FIND, M_RFIND,
  M_INDEX, M_RINDEX, M_COUNT, M_ISDIGIT, M_ISALPHA, M_ISALNUM, M_ISSPACE,
  M_ISUPPER, M_ISLOWER, M_ZFILL, M_TITLE, M_CAPITALIZE, M_CENTER, M_LJUST,
  M_RJUST, M_SPLITLINES, M_PARTITION, M_RPARTITION, M_ENCODE, M_DECODE,
  M_ISIDENTIFIER, M_ISDECIMAL, M_ISNUMERIC, M_ISTITLE, M_SWAPCASE,
  M_CASEFOLD
};

static const struct mdef {
  const char *name;
  int id;
} str_methods[] = {
    {"join", M_JOIN}, {"split", M_SPLIT}, {"rsplit", M_RSPLIT},
    {"strip", M_STRIP}, {"lstrip", M_LSTRIP}, {"rstrip", M_RSTRIP},
    {"replace", M_REPLACE}, {"startswith", M_STARTSWITH},
    {"endswith", M_ENDSWITH}, {"lower", M_LOWER}, {"upper", M_UPPER},
    {"format", M_FORMAT}, {"find", M_FIND}, {"rfind", M_RFIND},
    {"index", M_INDEX}, {"rindex", M_RINDEX}, {"count", M_COUNT},
    {"isdigit", M_ISDIGIT}, {"isalpha", M_ISALPHA}, {"isalnum", M_ISALNUM},
    {"isspace", M_ISSPACE}, {"isupper", M_ISUPPER}, {"islower", M_ISLOWER},
    {"zfill", M_ZFILL}, {"title", M_TITLE}, {"capitalize", M_CAPITALIZE},
    {"center", M_CENTER}, {"ljust", M_LJUST}, {"rjust", M_RJUST},
    {"splitlines", M_SPLITLINES}, {"partition", M_PARTITION},
    {"rpartition", M_RPARTITION}, {"encode", M_ENCODE}, {"decode", M_DECODE},
    {"isidentifier", M_ISIDENTIFIER}, {"isdecimal", M_ISDECIMAL},
    {"isnumeric", M_ISNUMERIC}, {"istitle", M_ISTITLE},
    {"swapcase", M_SWAPCASE}, {"casefold", M_CASEFOLD}, {NULL, 0}};

/* Whitespace as str.split() / str.strip() see it: any character
 * str.isspace() accepts (U+00A0, U+2003 ... too). */
#define WS_AT(s, len, i) sv__py_space_at((s), (len), (i))
#define WS_BEFORE(s, i) sv__py_space_before((s), (i))

static const char *find_sub(const char *h, size_t hl, const char *n,
                            size_t nl, bool last) {
  if (nl > hl)
    return NULL;
  if (!last) {
    for (size_t i = 0; i + nl <= hl; i++)
      if (!memcmp(h + i, n, nl))
        return h + i;
  } else {
    for (size_t i = hl - nl + 1; i-- > 0;)
      if (!memcmp(h + i, n, nl))
        return h + i;
  }
  return NULL;
}

static size_t cp_index(const char *s, size_t bytes) {
  size_t n = 0;
  for (size_t i = 0; i < bytes; i++)
    n += ((unsigned char)s[i] & 0xc0) != 0x80;
  return n;
}

/* Appends s[0, n) to parts; false (limit set) when the memory budget is
 * spent (a split makes an object per part: ("a " * 4000000).split() took
 * 450 MB under --max-memory 64M before it asked). */
static bool split_put(sv_interp *I, sv_value parts, const char *s,
                      size_t n) {
  return sv__list_append_polled(I, parts, sv_str_new(I, s, n));
}

static bool str_split(sv_interp *I, sv_value self, const sv_args *a,
                      bool right, sv_value *out) {
  static const char *const p[] = {"sep", "maxsplit", NULL};
  sv_value v[2];
  if (!bind(I, a, right ? "rsplit" : "split", p, 0, v))
    return false;
  int64_t maxsplit = -1;
  if (!sv_is_unset(v[1]) && !want_int(I, v[1], &maxsplit))
    return false;
  const char *s = sv_str_data(self);
  size_t len = sv_str_len(self);
  sv_value parts = sv_list_new(I, 0);
  if (sv_is_unset(v[0]) || sv_is_none(v[0])) {
    /* Whitespace split. */
    size_t w;
    if (!right) {
      size_t i = 0;
      while (i < len) {
        while (i < len && (w = WS_AT(s, len, i)))
          i += w;
        if (i >= len)
          break;
        if (maxsplit >= 0 && (int64_t)sv_seq_len(parts) >= maxsplit) {
          /* the rest as it is: '  x y  '.split(None, 0) == ['x y  '] */
          if (!split_put(I, parts, s + i, len - i))
            goto over;
          break;
        }
        size_t j = i;
        while (j < len && !WS_AT(s, len, j))
          j += sv__utf8_at(s, len, j, &(uint32_t){0});
        if (!split_put(I, parts, s + i, j - i))
          goto over;
        i = j;
      }
    } else {
      size_t i = len;
      while (i > 0) {
        while (i > 0 && (w = WS_BEFORE(s, i)))
          i -= w;
        if (!i)
          break;
        if (maxsplit >= 0 && (int64_t)sv_seq_len(parts) >= maxsplit) {
          if (!split_put(I, parts, s, i)) /* '  x' kept */
            goto over;
          break;
        }
        size_t j = i;
        while (j > 0 && !WS_BEFORE(s, j))
          j--;
        if (!split_put(I, parts, s + j, i - j))
          goto over;
        i = j;
      }
    }
  } else {
    if (!sv_is_str(v[0])) { /* CPython 3.11's message */
      sv_decref(I, parts);
      return sv_raise(I, "TypeError", "must be str or None, not %s",
                      sv_type_name(v[0]));
    }
    const char *sep = sv_str_data(v[0]);
    size_t sl = sv_str_len(v[0]);
    if (!sl) {
      sv_decref(I, parts);
      return sv_raise(I, "ValueError", "empty separator");
    }
    if (!right) {
      size_t i = 0;
      for (;;) {
        const char *hit = (maxsplit < 0 ||
                           (int64_t)sv_seq_len(parts) < maxsplit)
                              ? find_sub(s + i, len - i, sep, sl, false)
                              : NULL;
        if (!hit) {
          if (!split_put(I, parts, s + i, len - i))
            goto over;
          break;
        }
        size_t h = (size_t)(hit - s);
        if (!split_put(I, parts, s + i, h - i))
          goto over;
        i = h + sl;
      }
    } else {
      size_t e = len;
      for (;;) {
        const char *hit = (maxsplit < 0 ||
                           (int64_t)sv_seq_len(parts) < maxsplit)
                              ? find_sub(s, e, sep, sl, true)
                              : NULL;
        if (!hit) {
          if (!split_put(I, parts, s, e))
            goto over;
          break;
        }
        size_t h = (size_t)(hit - s);
        if (!split_put(I, parts, s + h + sl, e - h - sl))
          goto over;
        e = h;
      }
    }
  }
  if (right) {
    sv_list_obj *l = SV_AS(sv_list_obj, parts);
    for (size_t i = 0; i < l->count / 2; i++) {
      sv_value t = l->items[i];
      l->items[i] = l->items[l->count - 1 - i];
      l->items[l->count - 1 - i] = t;
    }
  }
  *out = parts;
  return true;
over:
  sv_decref(I, parts);
  return false;
}

static bool str_strip(sv_interp *I, sv_value self, const sv_args *a, int which,
                      const char *name, sv_value *out) {
  static const char *const p[] = {"chars", NULL};
  sv_value v[1];
  if (!bind(I, a, name, p, 0, v))
    return false;
  const char *s = sv_str_data(self), *chars = NULL;
  size_t len = sv_str_len(self), nc = 0;
  if (!sv_is_unset(v[0]) && !sv_is_none(v[0])) {
    if (!sv_is_str(v[0]))
      return sv_raise(I, "TypeError",
                      "%s arg must be None or str", name);
    chars = sv_str_data(v[0]);
    nc = sv_str_len(v[0]);
  }
  size_t b = 0, e = len, w;
  if (!chars) {
    if (which & 1)
      while (b < e && (w = WS_AT(s, e, b)))
        b += w;
    if (which & 2)
      while (e > b && (w = WS_BEFORE(s, e)) && e - w >= b)
        e -= w;
  } else {
#define STRIPC(c) (memchr(chars, (c), nc) != NULL)
    if (which & 1)
      while (b < e && STRIPC(s[b]))
        b++;
    if (which & 2)
      while (e > b && STRIPC(s[e - 1]))
        e--;
#undef STRIPC
  }
  *out = sv_str_new(I, s + b, e - b);
  return true;
}

static bool str_pad(sv_interp *I, sv_value self, const sv_args *a, int mode,
                    const char *name, sv_value *out) {
  static const char *const p[] = {"width", "fillchar", NULL};
  sv_value v[2];
  int64_t w = 0;
  if (!bind(I, a, name, p, 1, v) || !want_int(I, v[0], &w))
    return false;
  const char *fill = " ";
  size_t fl = 1;
  if (!sv_is_unset(v[1])) {
    size_t n = 0;
    if (sv_is_str(v[1]))
      sv__len(I, v[1], &n);
    if (n != 1)
      return sv_raise(I, "TypeError",
                      "The fill character must be exactly one character long");
    fill = sv_str_data(v[1]);
    fl = sv_str_len(v[1]);
  }
  size_t len;
  sv__len(I, self, &len);
  if (w <= (int64_t)len) {
    *out = self;
    sv_incref(self);
    return true;
  }
  /* the buffer and the string made from it (issue 5: "a".ljust(10**12)) */
  if (!sv__mem_reserve(I, (size_t)w, 2 * fl))
    return false;
  size_t padn = (size_t)w - len, left, right;
  if (mode == 0) { /* ljust */
    left = 0;
    right = padn;
  } else if (mode == 1) { /* rjust */
    left = padn;
    right = 0;
  } else { /* center, CPython's rounding */
    left = padn / 2 + (padn & (size_t)w & 1);
    right = padn - left;
  }
  sv_buf b;
  sv__buf_init(&b);
  for (size_t i = 0; i < left; i++)
    sv__buf_append(&b, fill, fl);
  sv__buf_append(&b, sv_str_data(self), sv_str_len(self));
  for (size_t i = 0; i < right; i++)
    sv__buf_append(&b, fill, fl);
  *out = str_from_buf(I, &b);
  return true;
}

/* "str.upper" ...: the qualified name of a str method, for messages. */
static const char *str_method_qualname(int id, char *buf, size_t cap) {
  const char *n = "?";
  for (size_t i = 0; str_methods[i].name; i++)
    if (str_methods[i].id == id) n = str_methods[i].name;
  snprintf(buf, cap, "str.%s", n);
  return buf;
}

static bool str_method(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                       sv_value *out) {
  int id = (int)(intptr_t)ud;
  const char *s = sv_str_data(self);
  size_t len = sv_str_len(self);
  sv_value v[3];
  switch (id) {
    case M_JOIN: {
      static const char *const p[] = {"iterable", NULL};
      sv_value l;
      /* CPython: str.join() takes exactly one argument (2 given) */
      if (a->npos > 1 && !a->nkw)
        return sv_raise(I, "TypeError",
                        "str.join() takes exactly one argument (%zu given)",
                        a->npos);
      if (!bind(I, a, "join", p, 1, v) || !sv_to_list(I, v[0], &l))
        return false;
      sv_buf b;
      sv__buf_init(&b);
      for (size_t i = 0; i < sv_seq_len(l); i++) {
        sv_value x = sv_seq_item(l, i);
        if (!sv_is_str(x)) {
          sv__buf_fini(&b);
          sv_decref(I, l);
          return sv_raise(I, "TypeError",
                          "sequence item %zu: expected str instance, %s found",
                          i, sv_type_name(x));
        }
        if (i)
          sv__buf_append(&b, s, len);
        sv__buf_append(&b, sv_str_data(x), sv_str_len(x));
      }
      sv_decref(I, l);
      *out = str_from_buf(I, &b);
      return true;
    }
    case M_SPLIT:
    case M_RSPLIT:
      return str_split(I, self, a, id == M_RSPLIT, out);
    case M_STRIP:
      return str_strip(I, self, a, 3, "strip", out);
    case M_LSTRIP:
      return str_strip(I, self, a, 1, "lstrip", out);
    case M_RSTRIP:
      return str_strip(I, self, a, 2, "rstrip", out);
    case M_REPLACE: {
      static const char *const p[] = {"old", "new", "count", NULL};
      if (!bind(I, a, "replace", p, 2, v))
        return false;
      if (!sv_is_str(v[0]) || !sv_is_str(v[1]))
        return sv_raise(I, "TypeError",
                        "replace() argument %d must be str, not %s",
                        sv_is_str(v[0]) ? 2 : 1,
                        sv_type_name(sv_is_str(v[0]) ? v[1] : v[0]));
      int64_t count = -1;
      if (!sv_is_unset(v[2]) && !want_int(I, v[2], &count))
        return false;
      const char *o = sv_str_data(v[0]), *n = sv_str_data(v[1]);
      size_t ol = sv_str_len(v[0]), nl = sv_str_len(v[1]);
      sv_buf b;
      sv__buf_init(&b);
      size_t i = 0;
      int64_t done = 0;
      if (ol == 0) {
        /* Insert between every character. */
        while (count < 0 || done < count) {
          sv__buf_append(&b, n, nl);
          done++;
          if (i >= len)
            break;
          size_t j = i + 1;
          while (j < len && ((unsigned char)s[j] & 0xc0) == 0x80)
            j++;
          sv__buf_append(&b, s + i, j - i);
          i = j;
        }
        sv__buf_append(&b, s + i, len - i);
      } else {
        while (i < len) {
          const char *hit = (count < 0 || done < count)
                                ? find_sub(s + i, len - i, o, ol, false)
                                : NULL;
          if (!hit)
            break;
          sv__buf_append(&b, s + i, (size_t)(hit - (s + i)));
          sv__buf_append(&b, n, nl);
          i = (size_t)(hit - s) + ol;
          done++;
        }
        sv__buf_append(&b, s + i, len - i);
      }
      *out = str_from_buf(I, &b);
      return true;
    }
    case M_STARTSWITH:
    case M_ENDSWITH: {
      static const char *const p[] = {"prefix", "start", "end", NULL};
      const char *nm = id == M_STARTSWITH ? "startswith" : "endswith";
      if (!bind(I, a, nm, p, 1, v))
        return false;
      int64_t lo = 0, hi = (int64_t)len;
      if (!sv_is_unset(v[1]) && !sv_is_none(v[1]) && !want_int(I, v[1], &lo))
        return false;
      if (!sv_is_unset(v[2]) && !sv_is_none(v[2]) && !want_int(I, v[2], &hi))
        return false;
      if (lo < 0)
        lo = lo + (int64_t)len < 0 ? 0 : lo + (int64_t)len;
      if (hi < 0)
        hi = hi + (int64_t)len < 0 ? 0 : hi + (int64_t)len;
      if (hi > (int64_t)len)
        hi = (int64_t)len;
      size_t np = sv_is_tuple(v[0]) ? sv_seq_len(v[0]) : 1;
      bool r = false;
      for (size_t k = 0; k < np && !r; k++) {
        sv_value pre = sv_is_tuple(v[0]) ? sv_seq_item(v[0], k) : v[0];
        if (!sv_is_str(pre))
          return sv_raise(I, "TypeError",
                          sv_is_tuple(v[0])
                              ? "tuple for %s must only contain str, not %s"
                              : "%s first arg must be str or a tuple of str, "
                                "not %s",
                          nm, sv_type_name(pre));
        size_t pl = sv_str_len(pre);
        if (lo > hi || (int64_t)pl > hi - lo)
          continue;
        r = id == M_STARTSWITH
                ? !memcmp(s + lo, sv_str_data(pre), pl)
                : !memcmp(s + hi - (int64_t)pl, sv_str_data(pre), pl);
      }
      *out = sv_bool(r);
      return true;
    }
    case M_LOWER:
    case M_UPPER:
    case M_TITLE:
    case M_CAPITALIZE:
    case M_SWAPCASE:
    case M_CASEFOLD: {
      sv_casemap how = id == M_LOWER     ? SV_CASE_LOWER
                       : id == M_UPPER   ? SV_CASE_UPPER
                       : id == M_TITLE   ? SV_CASE_TITLE
                       : id == M_CAPITALIZE ? SV_CASE_CAPITALIZE
                       : id == M_SWAPCASE   ? SV_CASE_SWAPCASE
                                            : SV_CASE_CASEFOLD;
      char qual[32];
      NOARGS(a, str_method_qualname(id, qual, sizeof qual));
      /* 4 bytes a character decoded, and up to 3 characters out a
       * character in (SpecialCasing): checked before, not after */
      if (!sv__mem_reserve(I, len, 4 + 3))
        return false;
      size_t n;
      char *t = sv__py_case(s, len, how, &n);
      *out = sv_str_new(I, t, n);
      sv__xfree(t);
      return true;
    }
    case M_FORMAT:
      return sv__str_format(I, self, a, out);
    case M_FIND:
    case M_RFIND:
    case M_INDEX:
    case M_RINDEX:
    case M_COUNT: {
      static const char *const p[] = {"sub", "start", "end", NULL};
      static const char *const names[] = {"find", "rfind", "index", "rindex",
                                          "count"};
      const char *nm = names[id - M_FIND];
      if (!bind(I, a, nm, p, 1, v))
        return false;
      if (!sv_is_str(v[0]))
        return sv_raise(I, "TypeError", "must be str, not %s",
                        sv_type_name(v[0]));
      size_t ncp;
      sv__len(I, self, &ncp);
      int64_t lo = 0, hi = (int64_t)ncp;
      if (!sv_is_unset(v[1]) && !sv_is_none(v[1]) && !want_int(I, v[1], &lo))
        return false;
      if (!sv_is_unset(v[2]) && !sv_is_none(v[2]) && !want_int(I, v[2], &hi))
        return false;
      if (lo < 0)
        lo = lo + (int64_t)ncp < 0 ? 0 : lo + (int64_t)ncp;
      if (hi < 0)
        hi = hi + (int64_t)ncp < 0 ? 0 : hi + (int64_t)ncp;
      if (hi > (int64_t)ncp)
        hi = (int64_t)ncp;
      /* Byte range of [lo, hi). */
      size_t blo = 0, bhi = len, cp = 0;
      for (size_t i = 0; i <= len; i++) {
        if (i == len || ((unsigned char)s[i] & 0xc0) != 0x80) {
          if ((int64_t)cp == lo)
            blo = i;
          if ((int64_t)cp == hi)
            bhi = i;
          cp++;
        }
      }
      const char *n = sv_str_data(v[0]);
      size_t nl = sv_str_len(v[0]);
      if (id == M_COUNT) {
        int64_t c = 0;
        if (lo > hi) {
          *out = sv_int(0);
          return true;
        }
        if (!nl) {
          *out = sv_int(hi - lo + 1);
          return true;
        }
        for (size_t i = blo; i + nl <= bhi;) {
          if (!memcmp(s + i, n, nl)) {
            c++;
            i += nl;
          } else {
            i++;
          }
        }
        *out = sv_int(c);
        return true;
      }
      const char *hit = lo > hi ? NULL
                                : find_sub(s + blo, bhi - blo, n, nl,
                                           id == M_RFIND || id == M_RINDEX);
      if (!hit) {
        if (id == M_INDEX || id == M_RINDEX)
          return sv_raise(I, "ValueError", "substring not found");
        *out = sv_int(-1);
        return true;
      }
      *out = sv_int((int64_t)cp_index(s, (size_t)(hit - s)));
      return true;
    }
    case M_ISDIGIT:
    case M_ISALPHA:
    case M_ISALNUM:
    case M_ISSPACE:
    case M_ISUPPER:
    case M_ISLOWER:
    case M_ISIDENTIFIER:
    case M_ISDECIMAL:
    case M_ISNUMERIC:
    case M_ISTITLE: {
      char qual[32];
      NOARGS(a, str_method_qualname(id, qual, sizeof qual));
      sv_strclass which = id == M_ISDIGIT     ? SV_IS_DIGIT
                          : id == M_ISALPHA   ? SV_IS_ALPHA
                          : id == M_ISALNUM   ? SV_IS_ALNUM
                          : id == M_ISSPACE   ? SV_IS_SPACE
                          : id == M_ISUPPER   ? SV_IS_UPPER
                          : id == M_ISLOWER   ? SV_IS_LOWER
                          : id == M_ISDECIMAL ? SV_IS_DECIMAL
                          : id == M_ISNUMERIC ? SV_IS_NUMERIC
                          : id == M_ISTITLE   ? SV_IS_TITLE
                                              : SV_IS_IDENTIFIER;
      *out = sv_bool(sv__py_strclass(s, len, which));
      return true;
    }
    case M_ZFILL: {
      static const char *const p[] = {"width", NULL};
      int64_t w = 0;
      if (!bind(I, a, "zfill", p, 1, v) || !want_int(I, v[0], &w))
        return false;
      size_t n;
      sv__len(I, self, &n);
      if (w <= (int64_t)n) {
        *out = self;
        sv_incref(self);
        return true;
      }
      if (!sv__mem_reserve(I, (size_t)w, 2)) /* "0".zfill(10**12) */
        return false;
      sv_buf b;
      sv__buf_init(&b);
      size_t k = 0;
      if (len && (s[0] == '+' || s[0] == '-')) {
        sv__buf_putc(&b, s[0]);
        k = 1;
      }
      for (int64_t i = 0; i < w - (int64_t)n; i++)
        sv__buf_putc(&b, '0');
      sv__buf_append(&b, s + k, len - k);
      *out = str_from_buf(I, &b);
      return true;
    }
    case M_CENTER:
      return str_pad(I, self, a, 2, "center", out);
    case M_LJUST:
      return str_pad(I, self, a, 0, "ljust", out);
    case M_RJUST:
      return str_pad(I, self, a, 1, "rjust", out);
    case M_SPLITLINES: {
      static const char *const p[] = {"keepends", NULL};
      if (!bind(I, a, "splitlines", p, 0, v))
        return false;
      bool keep = false;
      if (!sv_is_unset(v[0]) && !sv_truthy(I, v[0], &keep))
        return false;
      sv_value l = sv_list_new(I, 0);
      size_t i = 0;
      while (i < len) {
        size_t j = i, nl = 0;
        while (j < len && !(nl = sv__py_linebreak_at(s, len, j)))
          j++;
        size_t e = j;
        j += nl;
        sv_list_append(I, l, sv_str_new(I, s + i, (keep ? j : e) - i));
        i = j;
      }
      *out = l;
      return true;
    }
    case M_PARTITION:
    case M_RPARTITION: {
      static const char *const p[] = {"sep", NULL};
      if (!bind(I, a, id == M_PARTITION ? "partition" : "rpartition", p, 1,
                v))
        return false;
      if (!sv_is_str(v[0]))
        return sv_raise(I, "TypeError", "must be str, not %s",
                        sv_type_name(v[0]));
      if (!sv_str_len(v[0]))
        return sv_raise(I, "ValueError", "empty separator");
      const char *hit = find_sub(s, len, sv_str_data(v[0]), sv_str_len(v[0]),
                                 id == M_RPARTITION);
      sv_value t = sv_tuple_new(I, 3);
      if (!hit) {
        sv_value e1 = sv_str_new(I, "", 0), e2 = sv_str_new(I, "", 0);
        sv_incref(self);
        if (id == M_PARTITION) {
          sv_tuple_set(I, t, 0, self);
          sv_tuple_set(I, t, 1, e1);
          sv_tuple_set(I, t, 2, e2);
        } else {
          sv_tuple_set(I, t, 0, e1);
          sv_tuple_set(I, t, 1, e2);
          sv_tuple_set(I, t, 2, self);
        }
      } else {
        size_t h = (size_t)(hit - s), sl = sv_str_len(v[0]);
        sv_tuple_set(I, t, 0, sv_str_new(I, s, h));
        sv_incref(v[0]);
        sv_tuple_set(I, t, 1, v[0]);
        sv_tuple_set(I, t, 2, sv_str_new(I, s + h + sl, len - h - sl));
      }
      *out = t;
      return true;
    }
    case M_ENCODE:
    case M_DECODE:
      *out = self;
      sv_incref(self);
      return true;
    default:
      return sv_raise(I, "AttributeError", "str method");
  }
}

/* ---- list / tuple methods ---------------------------------------------------- */

enum {
  L_APPEND, L_EXTEND, L_INSERT, L_POP, L_REMOVE, L_INDEX, L_COUNT, L_REVERSE,
  L_SORT, L_COPY, L_CLEAR
};

static const struct mdef list_methods[] = {
    {"append", L_APPEND}, {"extend", L_EXTEND}, {"insert", L_INSERT},
    {"pop", L_POP},       {"remove", L_REMOVE}, {"index", L_INDEX},
    {"count", L_COUNT},   {"reverse", L_REVERSE}, {"sort", L_SORT},
    {"copy", L_COPY},     {"clear", L_CLEAR},   {NULL, 0}};

static const struct mdef tuple_methods[] = {
    {"index", L_INDEX}, {"count", L_COUNT}, {NULL, 0}};

static bool one_arg(sv_interp *I, const sv_args *a, const char *qual) {
  if (a->nkw)
    return sv_raise(I, "TypeError", "%s() takes no keyword arguments", qual);
  if (a->npos != 1)
    return sv_raise(I, "TypeError",
                    "%s() takes exactly one argument (%zu given)", qual,
                    a->npos);
  return true;
}

static bool list_method(sv_interp *I, void *ud, sv_value self,
                        const sv_args *a, sv_value *out) {
  int id = (int)(intptr_t)ud;
  bool is_list = sv_is_list(self);
  size_t n = sv_seq_len(self);
  switch (id) {
    case L_APPEND:
      if (!one_arg(I, a, "list.append"))
        return false;
      sv_incref(a->pos[0]);
      sv_list_append(I, self, a->pos[0]);
      *out = sv_none();
      return true;
    case L_EXTEND: {
      if (!one_arg(I, a, "list.extend"))
        return false;
      sv_value l;
      if (!sv_to_list(I, a->pos[0], &l))
        return false;
      for (size_t i = 0; i < sv_seq_len(l); i++) {
        sv_value x = sv_seq_item(l, i);
        sv_incref(x);
        sv_list_append(I, self, x);
      }
      sv_decref(I, l);
      *out = sv_none();
      return true;
    }
    case L_INSERT: {
      if (a->npos != 2 || a->nkw)
        return sv_raise(I, "TypeError", "insert expected 2 arguments, got %zu",
                        a->npos);
      int64_t i = 0;
      if (!want_int(I, a->pos[0], &i))
        return false;
      if (i < 0)
        i = i + (int64_t)n < 0 ? 0 : i + (int64_t)n;
      if (i > (int64_t)n)
        i = (int64_t)n;
      sv_incref(a->pos[1]);
      sv_list_append(I, self, a->pos[1]);
      sv_list_obj *l = SV_AS(sv_list_obj, self);
      memmove(l->items + i + 1, l->items + i,
              (n - (size_t)i) * sizeof *l->items);
      l->items[i] = a->pos[1];
      *out = sv_none();
      return true;
    }
    case L_POP: {
      if (a->npos > 1 || a->nkw)
        return sv_raise(I, "TypeError", "pop expected at most 1 argument, got "
                                        "%zu",
                        a->npos);
      int64_t i = -1;
      if (a->npos && !want_int(I, a->pos[0], &i))
        return false;
      if (!n)
        return sv_raise(I, "IndexError", "pop from empty list");
      if (i < 0)
        i += (int64_t)n;
      if (i < 0 || i >= (int64_t)n)
        return sv_raise(I, "IndexError", "pop index out of range");
      sv_list_obj *l = SV_AS(sv_list_obj, self);
      *out = l->items[i];
      memmove(l->items + i, l->items + i + 1,
              (n - (size_t)i - 1) * sizeof *l->items);
      l->count--;
      return true;
    }
    case L_REMOVE:
    case L_INDEX:
    case L_COUNT: {
      const char *q = id == L_REMOVE ? "list.remove"
                      : id == L_COUNT ? (is_list ? "list.count" : "tuple.count")
                                      : "index";
      if (id != L_INDEX && !one_arg(I, a, q))
        return false;
      if (id == L_INDEX && (a->npos < 1 || a->npos > 3 || a->nkw))
        return sv_raise(I, "TypeError",
                        "index expected at least 1 argument, got %zu",
                        a->npos);
      int64_t lo = 0, hi = (int64_t)n;
      if (id == L_INDEX && a->npos > 1 && !want_int(I, a->pos[1], &lo))
        return false;
      if (id == L_INDEX && a->npos > 2 && !want_int(I, a->pos[2], &hi))
        return false;
      if (lo < 0)
        lo = lo + (int64_t)n < 0 ? 0 : lo + (int64_t)n;
      if (hi < 0)
        hi = hi + (int64_t)n < 0 ? 0 : hi + (int64_t)n;
      int64_t count = 0;
      for (int64_t i = lo; i < hi && i < (int64_t)sv_seq_len(self); i++) {
        bool eq;
        sv_value x = sv_seq_item(self, (size_t)i);
        if (!sv_equal(I, x, a->pos[0], &eq))
          return false;
        if (!eq)
          continue;
        if (id == L_COUNT) {
          count++;
          continue;
        }
        if (id == L_INDEX) {
          *out = sv_int(i);
          return true;
        }
        sv_list_obj *l = SV_AS(sv_list_obj, self);
        sv_value old = l->items[i];
        memmove(l->items + i, l->items + i + 1,
                (l->count - (size_t)i - 1) * sizeof *l->items);
        l->count--;
        sv_decref(I, old);
        *out = sv_none();
        return true;
      }
      if (id == L_COUNT) {
        *out = sv_int(count);
        return true;
      }
      if (id == L_REMOVE)
        return sv_raise(I, "ValueError", "list.remove(x): x not in list");
      if (!is_list)
        return sv_raise(I, "ValueError", "tuple.index(x): x not in tuple");
      sv_buf b;
      sv__buf_init(&b);
      if (!sv_repr(I, a->pos[0], &b)) {
        sv__buf_fini(&b);
        return false;
      }
      sv__buf_appends(&b, " is not in list");
      sv_raise_str(I, "ValueError", sv__buf_cstr(&b));
      sv__buf_fini(&b);
      return false;
    }
    case L_REVERSE: {
      NOARGS(a, "list.reverse");
      sv_list_obj *l = SV_AS(sv_list_obj, self);
      for (size_t i = 0; i < n / 2; i++) {
        sv_value t = l->items[i];
        l->items[i] = l->items[n - 1 - i];
        l->items[n - 1 - i] = t;
      }
      *out = sv_none();
      return true;
    }
    case L_SORT: {
      if (a->npos)
        return sv_raise(I, "TypeError",
                        "sort() takes no positional arguments");
      static const char *const p[] = {"key", "reverse", NULL};
      sv_value v[2];
      if (!bind(I, a, "sort", p, 0, v))
        return false;
      bool rev = false;
      if (!sv_is_unset(v[1]) && !sv_truthy(I, v[1], &rev))
        return false;
      if (!list_sort(I, self, v[0], rev))
        return false;
      *out = sv_none();
      return true;
    }
    case L_COPY:
      NOARGS(a, "list.copy");
      return sv_to_list(I, self, out);
    case L_CLEAR:
      NOARGS(a, "list.clear");
      sv__list_clear(I, self);
      *out = sv_none();
      return true;
    default:
      return false;
  }
}

/* ---- dict and set methods ------------------------------------------------ */

enum {
  D_KEYS, D_VALUES, D_ITEMS, D_GET, D_POP, D_SETDEFAULT, D_UPDATE, D_COPY,
  D_CLEAR, D_POPITEM
};

static const struct mdef dict_methods[] = {
    {"keys", D_KEYS},     {"values", D_VALUES},
    {"items", D_ITEMS},   {"get", D_GET},
    {"pop", D_POP},       {"setdefault", D_SETDEFAULT},
    {"update", D_UPDATE}, {"copy", D_COPY},
    {"clear", D_CLEAR},   {"popitem", D_POPITEM},
    {NULL, 0}};

static bool raise_key(sv_interp *I, sv_value key) {
  sv_value t = sv__tuple_from(I, &key, 1);
  sv_value e = sv__exc_new(I, sv__exc_class(I, "KeyError"), t);
  sv__raise_value(I, e);
  sv_decref(I, e);
  return false;
}

static bool dict_method(sv_interp *I, void *ud, sv_value self,
                        const sv_args *a, sv_value *out) {
  int id = (int)(intptr_t)ud;
  sv_dict_obj *d = SV_AS(sv_dict_obj, self);
  switch (id) {
    case D_KEYS:
    case D_VALUES:
    case D_ITEMS: {
      NOARGS(a, id == D_KEYS ? "dict.keys" : id == D_VALUES ? "dict.values"
                                                            : "dict.items");
      /* Views, not lists: print as dict_keys([...]) (CPython). */
      *out = view_new(I, id == D_KEYS ? 0 : id == D_VALUES ? 1 : 2, self);
      return true;
    }
    case D_GET:
    case D_SETDEFAULT: {
      const char *nm = id == D_GET ? "get" : "setdefault";
      if (a->nkw)
        return sv_raise(I, "TypeError", "dict.%s() takes no keyword arguments",
                        nm);
      if (a->npos < 1 || a->npos > 2)
        return sv_raise(I, "TypeError",
                        a->npos ? "%s expected at most 2 arguments, got %zu"
                                : "%s expected at least 1 argument, got %zu",
                        nm, a->npos);
      sv_value v;
      bool found;
      if (!sv__dict_lookup(I, self, a->pos[0], &v, &found))
        return false;
      if (found) {
        sv_incref(v);
        *out = v;
        return true;
      }
      sv_value def = a->npos > 1 ? a->pos[1] : sv_none();
      if (id == D_SETDEFAULT) {
        sv_incref(def);
        if (!sv_dict_set(I, self, a->pos[0], def))
          return false;
      }
      sv_incref(def);
      *out = def;
      return true;
    }
    case D_POP: {
      if (a->npos < 1 || a->npos > 2 || a->nkw)
        return sv_raise(I, "TypeError",
                        "pop expected at least 1 argument, got %zu", a->npos);
      sv_value v;
      bool found;
      if (!sv__dict_lookup(I, self, a->pos[0], &v, &found))
        return false;
      if (!found) {
        if (a->npos > 1) {
          sv_incref(a->pos[1]);
          *out = a->pos[1];
          return true;
        }
        return raise_key(I, a->pos[0]);
      }
      sv_incref(v);
      *out = v;
      return sv__dict_del(I, self, a->pos[0], &found);
    }
    case D_POPITEM: {
      NOARGS(a, "dict.popitem");
      for (size_t i = d->count; i-- > 0;) {
        sv_dict_entry *e = &d->entries[i];
        if (e->key.tag == SV_T_UNSET)
          continue;
        sv_value t = sv_tuple_new(I, 2);
        sv_incref(e->key);
        sv_incref(e->val);
        sv_tuple_set(I, t, 0, e->key);
        sv_tuple_set(I, t, 1, e->val);
        bool found;
        sv_value k = e->key;
        sv_incref(k);
        bool ok = sv__dict_del(I, self, k, &found);
        sv_decref(I, k);
        *out = t;
        return ok;
      }
      return sv_raise(I, "KeyError", "'popitem(): dictionary is empty'");
    }
    case D_UPDATE:
      if (a->npos > 1)
        return sv_raise(I, "TypeError",
                        "update expected at most 1 argument, got %zu",
                        a->npos);
      if ((a->npos && !dict_update_from(I, self, a->pos[0])) ||
          !kw_into_dict(I, self, a))
        return false;
      *out = sv_none();
      return true;
    case D_COPY: {
      NOARGS(a, "dict.copy");
      sv_value c = sv_dict_new(I);
      if (!dict_update_from(I, c, self)) {
        sv_decref(I, c);
        return false;
      }
      *out = c;
      return true;
    }
    case D_CLEAR:
      NOARGS(a, "dict.clear");
      sv__dict_clear(I, self);
      *out = sv_none();
      return true;
    default:
      return false;
  }
}

enum { S_ADD, S_REMOVE, S_DISCARD, S_UPDATE, S_UNION, S_INTERSECTION,
       S_DIFFERENCE, S_COPY, S_CLEAR, S_ISSUBSET, S_POP };

static const struct mdef set_methods[] = {
    {"add", S_ADD},           {"remove", S_REMOVE},
    {"discard", S_DISCARD},   {"update", S_UPDATE},
    {"union", S_UNION},       {"intersection", S_INTERSECTION},
    {"difference", S_DIFFERENCE}, {"copy", S_COPY},
    {"clear", S_CLEAR},       {"issubset", S_ISSUBSET},
    {"pop", S_POP},           {NULL, 0}};

static bool set_method(sv_interp *I, void *ud, sv_value self,
                       const sv_args *a, sv_value *out) {
  int id = (int)(intptr_t)ud;
  bool found;
  switch (id) {
    case S_ADD:
      if (!one_arg(I, a, "set.add"))
        return false;
      sv_incref(a->pos[0]);
      if (!sv__set_add(I, self, a->pos[0]))
        return false;
      *out = sv_none();
      return true;
    case S_REMOVE:
    case S_DISCARD:
      if (!one_arg(I, a, id == S_REMOVE ? "set.remove" : "set.discard"))
        return false;
      if (!sv__dict_del(I, self, a->pos[0], &found))
        return false;
      if (!found && id == S_REMOVE)
        return raise_key(I, a->pos[0]);
      *out = sv_none();
      return true;
    case S_UPDATE:
    case S_UNION:
    case S_INTERSECTION:
    case S_DIFFERENCE:
    case S_COPY:
    case S_ISSUBSET: {
      sv_value r = self;
      if (id == S_UPDATE) {
        sv_incref(r);
      } else {
        r = sv__set_new(I);
        if (id != S_INTERSECTION && id != S_ISSUBSET) {
          sv_value l;
          if (!sv_to_list(I, self, &l)) {
            sv_decref(I, r);
            return false;
          }
          for (size_t i = 0; i < sv_seq_len(l); i++) {
            sv_value x = sv_seq_item(l, i);
            sv_incref(x);
            sv__set_add(I, r, x);
          }
          sv_decref(I, l);
        }
      }
      for (size_t k = 0; k < a->npos; k++) {
        sv_value l;
        if (!sv_to_list(I, a->pos[k], &l)) {
          sv_decref(I, r);
          return false;
        }
        if (id == S_ISSUBSET) {
          sv_value sl;
          sv_to_list(I, self, &sl);
          bool all = true;
          for (size_t i = 0; i < sv_seq_len(sl) && all; i++) {
            if (!sv__contains(I, l, sv_seq_item(sl, i), &all)) {
              sv_decref(I, sl);
              sv_decref(I, l);
              sv_decref(I, r);
              return false;
            }
          }
          sv_decref(I, sl);
          sv_decref(I, l);
          sv_decref(I, r);
          *out = sv_bool(all);
          return true;
        }
        for (size_t i = 0; i < sv_seq_len(l); i++) {
          sv_value x = sv_seq_item(l, i);
          if (id == S_DIFFERENCE) {
            if (!sv__dict_del(I, r, x, &found)) {
              sv_decref(I, l);
              sv_decref(I, r);
              return false;
            }
          } else if (id == S_INTERSECTION) {
            bool in;
            if (!sv__contains(I, self, x, &in)) {
              sv_decref(I, l);
              sv_decref(I, r);
              return false;
            }
            if (in) {
              sv_incref(x);
              sv__set_add(I, r, x);
            }
          } else {
            sv_incref(x);
            if (!sv__set_add(I, r, x)) {
              sv_decref(I, l);
              sv_decref(I, r);
              return false;
            }
          }
        }
        sv_decref(I, l);
      }
      if (id == S_UPDATE) {
        sv_decref(I, r);
        *out = sv_none();
      } else {
        *out = r;
      }
      return true;
    }
    case S_CLEAR:
      NOARGS(a, "set.clear");
      sv__dict_clear(I, self);
      *out = sv_none();
      return true;
    case S_POP: {
      NOARGS(a, "set.pop");
      sv_dict_obj *d = SV_AS(sv_dict_obj, self);
      for (size_t i = 0; i < d->count; i++) {
        if (d->entries[i].key.tag == SV_T_UNSET)
          continue;
        sv_value k = d->entries[i].key;
        sv_incref(k);
        sv__dict_del(I, self, k, &found);
        *out = k;
        return true;
      }
      return sv_raise(I, "KeyError", "'pop from an empty set'");
    }
    default:
      return false;
  }
}

/* ---- attribute access ----------------------------------------------------- */

static const struct mdef *find_method(const struct mdef *t, const char *name) {
  for (; t->name; t++)
    if (!strcmp(t->name, name))
      return t;
  return NULL;
}

static bool bound(sv_interp *I, const struct mdef *m, sv_native_fn fn,
                  sv_value self, sv_value *out) {
  *out = sv_builtin_new(I, m->name, fn, (void *)(intptr_t)m->id, self);
  return true;
}

/* str.lower, list.append, ... read from the type: an unbound method that
 * takes the instance as its first argument (`sorted(l, key=str.lower)`).
 * ud is the method's mdef entry, self the type object. */
static bool unbound_call(sv_interp *I, void *ud, sv_value self,
                         const sv_args *a, sv_value *out) {
  const struct mdef *m = ud;
  sv_type_obj *t = SV_AS(sv_type_obj, self);
  if (a->npos < 1)
    return sv_raise(I, "TypeError", "unbound method %s.%s() needs an argument",
                    t->name, m->name);
  sv_value inst = a->pos[0];
  sv_native_fn fn = NULL;
  switch (t->kind) {
    case SV_TY_STR: fn = sv_is_str(inst) ? str_method : NULL; break;
    case SV_TY_LIST: fn = sv_is_list(inst) ? list_method : NULL; break;
    case SV_TY_TUPLE: fn = sv_is_tuple(inst) ? list_method : NULL; break;
    case SV_TY_DICT:
      fn = sv_is_obj(inst, SV_O_DICT) ? dict_method : NULL;
      break;
    case SV_TY_SET: fn = sv_is_obj(inst, SV_O_SET) ? set_method : NULL; break;
    default: break;
  }
  if (!fn)
    return sv_raise(I, "TypeError",
                    "descriptor '%s' for '%s' objects doesn't apply to a "
                    "'%s' object",
                    m->name, t->name, sv_type_name(inst));
  sv_args rest = *a;
  rest.pos++;
  rest.npos--;
  return fn(I, (void *)(intptr_t)m->id, inst, &rest, out);
}

static bool type_method(sv_interp *I, sv_value type, const char *name,
                        sv_value *out) {
  const struct mdef *m = NULL;
  switch (SV_AS(sv_type_obj, type)->kind) {
    case SV_TY_STR: m = find_method(str_methods, name); break;
    case SV_TY_LIST: m = find_method(list_methods, name); break;
    case SV_TY_TUPLE: m = find_method(tuple_methods, name); break;
    case SV_TY_DICT: m = find_method(dict_methods, name); break;
    case SV_TY_SET: m = find_method(set_methods, name); break;
    default: break;
  }
  if (!m)
    return false;
  *out = sv_builtin_new(I, m->name, unbound_call, (void *)m, type);
  return true;
}

/* dict.fromkeys(iterable, value=None) */
static bool dict_fromkeys(sv_interp *I, void *ud, sv_value self,
                          const sv_args *a, sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"iterable", "value", NULL};
  sv_value v[2];
  if (!bind(I, a, "fromkeys", p, 1, v))
    return false;
  sv_value l;
  if (!sv_to_list(I, v[0], &l))
    return false;
  sv_value val = sv_is_unset(v[1]) ? sv_none() : v[1];
  sv_value d = sv_dict_new(I);
  bool ok = true;
  for (size_t i = 0; ok && i < sv_seq_len(l); i++) {
    sv_incref(val);
    ok = sv_dict_set(I, d, sv_seq_item(l, i), val);
  }
  sv_decref(I, l);
  if (!ok) {
    sv_decref(I, d);
    return false;
  }
  *out = d;
  return true;
}

/* range.index(x) and range.count(x) (ud 1), by arithmetic: an int is in
 * the range when it is on the grid start + k * step inside the bounds. */
static bool range_method(sv_interp *I, void *ud, sv_value self,
                         const sv_args *a, sv_value *out) {
  bool count = ud != NULL;
  static const char *const p[] = {"value", NULL};
  sv_value v[1];
  if (!bind(I, a, count ? "count" : "index", p, 1, v))
    return false;
  sv_range_obj *r = SV_AS(sv_range_obj, self);
  bool found = false;
  int64_t k = 0, x = 0;
  bool num = v[0].tag == SV_T_INT || v[0].tag == SV_T_BOOL ||
             (v[0].tag == SV_T_FLOAT && v[0].as.f == floor(v[0].as.f) &&
              fabs(v[0].as.f) < 9.2e18);
  if (num) {
    x = v[0].tag == SV_T_INT    ? v[0].as.i
        : v[0].tag == SV_T_BOOL ? v[0].as.b
                                : (int64_t)v[0].as.f;
    bool inside = r->step > 0 ? x >= r->start && x < r->stop
                              : x <= r->start && x > r->stop;
    if (inside) {
      /* |x - start| < 2^63 here: both are inside the range's span */
      __int128 d = (__int128)x - r->start;
      if (d % r->step == 0) {
        found = true;
        k = (int64_t)(d / r->step);
      }
    }
  }
  if (count) {
    *out = sv_int(found);
    return true;
  }
  if (!found && v[0].tag != SV_T_INT && v[0].tag != SV_T_BOOL)
    /* other types: CPython's generic sequence search */
    return sv_raise(I, "ValueError", "sequence.index(x): x not in sequence");
  if (!found) {
    sv_buf b;
    sv__buf_init(&b);
    bool ok = sv_repr(I, v[0], &b);
    if (ok)
      sv_raise(I, "ValueError", "%s is not in range", sv__buf_cstr(&b));
    sv__buf_fini(&b);
    return false;
  }
  *out = sv_int(k);
  return true;
}

bool sv__getattr(sv_interp *I, sv_value obj, const char *name,
                 sv_value *out) {
  const struct mdef *m = NULL;
  if (obj.tag == SV_T_OBJ) {
    switch (obj.as.o->type) {
      case SV_O_STR:
        if ((m = find_method(str_methods, name)))
          return bound(I, m, str_method, obj, out);
        break;
      case SV_O_LIST:
        if ((m = find_method(list_methods, name)))
          return bound(I, m, list_method, obj, out);
        break;
      case SV_O_TUPLE:
        if ((m = find_method(tuple_methods, name)))
          return bound(I, m, list_method, obj, out);
        break;
      case SV_O_DICT:
        if ((m = find_method(dict_methods, name)))
          return bound(I, m, dict_method, obj, out);
        break;
      case SV_O_SET:
        if ((m = find_method(set_methods, name)))
          return bound(I, m, set_method, obj, out);
        break;
      case SV_O_RANGE: {
        sv_range_obj *r = SV_AS(sv_range_obj, obj);
        if (!strcmp(name, "start") || !strcmp(name, "stop") ||
            !strcmp(name, "step")) {
          *out = sv_int(name[2] == 'a' ? r->start
                        : name[2] == 'o' ? r->stop
                                         : r->step);
          return true;
        }
        if (!strcmp(name, "index") || !strcmp(name, "count")) {
          *out = sv_builtin_new(I, name[0] == 'i' ? "index" : "count",
                                range_method,
                                name[0] == 'c' ? (void *)1 : NULL, obj);
          return true;
        }
        break;
      }
      case SV_O_EXC:
        if (!strcmp(name, "args")) {
          *out = SV_AS(sv_exc_obj, obj)->args;
          sv_incref(*out);
          return true;
        }
        if (!strcmp(name, "__cause__") || !strcmp(name, "__context__")) {
          *out = name[2] == 'c' && name[3] == 'a'
                     ? SV_AS(sv_exc_obj, obj)->cause
                     : SV_AS(sv_exc_obj, obj)->context;
          sv_incref(*out);
          return true;
        }
        if (!strcmp(name, "__class__")) {
          *out = sv_obj_value(&SV_AS(sv_exc_obj, obj)->cls->h);
          sv_incref(*out);
          return true;
        }
        break;
      case SV_O_EXC_CLASS:
      case SV_O_TYPE:
        if (obj.as.o->type == SV_O_TYPE && type_method(I, obj, name, out))
          return true;
        if (obj.as.o->type == SV_O_TYPE &&
            SV_AS(sv_type_obj, obj)->kind == SV_TY_DICT &&
            !strcmp(name, "fromkeys")) {
          *out = sv_builtin_new(I, "fromkeys", dict_fromkeys, NULL, obj);
          return true;
        }
        if (!strcmp(name, "__name__") || !strcmp(name, "__qualname__")) {
          *out = sv_str_cstr(I, obj.as.o->type == SV_O_TYPE
                                    ? SV_AS(sv_type_obj, obj)->name
                                    : SV_AS(sv_exc_class_obj, obj)->name);
          return true;
        }
        break;
      case SV_O_FUNC: {
        extern const char *sv__code_qualname(const sv_code *c);
        if (!strcmp(name, "__name__") || !strcmp(name, "__qualname__")) {
          const char *q = sv__code_qualname(SV_AS(sv_func_obj, obj)->code);
          if (name[2] == 'n') {
            const char *dot = strrchr(q, '.');
            if (dot && strcmp(q, "<lambda>") != 0)
              q = dot + 1;
          }
          *out = sv_str_cstr(I, q);
          return true;
        }
        break;
      }
      case SV_O_BUILTIN:
        if (!strcmp(name, "__name__")) {
          *out = sv_str_cstr(I, SV_AS(sv_builtin_obj, obj)->qualname);
          return true;
        }
        break;
      case SV_O_NATIVE: {
        sv_native_obj *n = SV_AS(sv_native_obj, obj);
        if (n->cls->getattr)
          return n->cls->getattr(I, obj, name, out);
        break;
      }
      default:
        break;
    }
  }
  if (!strcmp(name, "__class__")) {
    *out = sv__type_of(I, obj);
    sv_incref(*out);
    return true;
  }
  return sv_raise_no_attr(I, obj, name);
}

bool sv__setattr(sv_interp *I, sv_value obj, const char *name,
                 sv_value val) {
  if (sv_is_obj(obj, SV_O_NATIVE)) {
    sv_native_obj *n = SV_AS(sv_native_obj, obj);
    if (sv__placeholder_rejected(I, obj))
      return false;
    if (n->cls->setattr)
      return n->cls->setattr(I, obj, name, val);
  }
  if (sv_is_obj(obj, SV_O_FUNC))
    return sv_reject(I, sv__interp_cur_loc(I),
                     "setting attributes on functions is not supported by "
                     "scopeviz");
  /* CPython allows it; scopeviz exceptions have no attribute dict. */
  if (sv_is_obj(obj, SV_O_EXC))
    return sv_reject(I, sv__interp_cur_loc(I),
                     "setting attributes on exception objects is not "
                     "supported by scopeviz");
  if (obj.tag != SV_T_OBJ || obj.as.o->type != SV_O_NATIVE) {
    const struct mdef *tables[] = {str_methods, list_methods, dict_methods,
                                   set_methods};
    for (size_t k = 0; k < 4; k++)
      if (find_method(tables[k], name) &&
          ((k == 0 && sv_is_str(obj)) || (k == 1 && sv_is_list(obj)) ||
           (k == 2 && sv_is_obj(obj, SV_O_DICT)) ||
           (k == 3 && sv_is_obj(obj, SV_O_SET))))
        return sv_raise(I, "AttributeError",
                        "'%s' object attribute '%s' is read-only",
                        sv_type_name(obj), name);
  }
  return sv_raise(I, "AttributeError", "'%s' object has no attribute '%s'",
                  sv_type_name(obj), name);
}

/* ---- namespaces and placeholders ----------------------------------------- */

typedef struct ns_data {
  char *qualname;
  sv_pmap attrs; /* interned name -> value */
} ns_data;

typedef struct ph_data {
  char *path;
} ph_data;

static bool ns_getattr(sv_interp *I, sv_value self, const char *name,
                       sv_value *out);
static bool ns_repr(sv_interp *I, sv_value self, sv_buf *out);
static void ns_fini(sv_interp *I, void *data);
static void ph_fini(sv_interp *I, void *data);
static bool ph_getattr(sv_interp *I, sv_value self, const char *name,
                       sv_value *out);

static const sv_class ns_class = {
    .name = "module", .size = sizeof(ns_data), .fini = ns_fini,
    .getattr = ns_getattr, .repr = ns_repr};

static const sv_class ph_class = {.name = "placeholder",
                                  .size = sizeof(ph_data),
                                  .fini = ph_fini,
                                  .getattr = ph_getattr};

static void ns_fini(sv_interp *I, void *data) {
  ns_data *d = data;
  for (size_t i = 0; i < d->attrs.cap; i++)
    if (d->attrs.slots[i].key)
      sv_decref(I, d->attrs.slots[i].val);
  sv__pmap_fini(&d->attrs);
  sv__xfree(d->qualname);
}

static void ph_fini(sv_interp *I, void *data) {
  (void)I;
  sv__xfree(((ph_data *)data)->path);
}

sv_value sv__namespace_placeholder(sv_interp *I, const char *path) {
  sv_value v = sv_native_new(I, &ph_class);
  ((ph_data *)sv_native_data(v))->path = sv__xstrdup(path);
  return v;
}

bool sv__is_placeholder(sv_value v, const char **path) {
  if (!sv_is_native(v, &ph_class))
    return false;
  *path = ((ph_data *)sv_native_data(v))->path;
  return true;
}

bool sv__placeholder_rejected(sv_interp *I, sv_value v) {
  const char *path;
  if (!sv__is_placeholder(v, &path))
    return false;
  sv_reject(I, sv__interp_cur_loc(I), "%s is not emulated", path);
  return true;
}

static bool ph_getattr(sv_interp *I, sv_value self, const char *name,
                       sv_value *out) {
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_appendf(&b, "%s.%s", ((ph_data *)sv_native_data(self))->path, name);
  *out = sv__namespace_placeholder(I, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return true;
}

static bool ns_getattr(sv_interp *I, sv_value self, const char *name,
                       sv_value *out) {
  ns_data *d = sv_native_data(self);
  sv_pmap_slot *s = sv__pmap_find(&d->attrs, name);
  if (!s) {
    /* Names are interned, but a caller may pass a plain string. */
    s = sv__pmap_find(&d->attrs, sv__intern_cstr(sv__interp_intern(I), name));
  }
  if (s) {
    *out = s->val;
    sv_incref(*out);
    return true;
  }
  if (!strncmp(name, "__", 2))
    return sv_raise(I, "AttributeError", "module '%s' has no attribute '%s'",
                    d->qualname, name);
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_appendf(&b, "%s.%s", d->qualname, name);
  *out = sv__namespace_placeholder(I, sv__buf_cstr(&b));
  sv__buf_fini(&b);
  return true;
}

static bool ns_repr(sv_interp *I, sv_value self, sv_buf *out) {
  (void)I;
  sv__buf_appendf(out, "<module '%s'>",
                  ((ns_data *)sv_native_data(self))->qualname);
  return true;
}

sv_value sv_namespace_new(sv_interp *I, const char *qualname) {
  sv_value v = sv_native_new(I, &ns_class);
  ((ns_data *)sv_native_data(v))->qualname = sv__xstrdup(qualname);
  return v;
}

void sv_namespace_set(sv_interp *I, sv_value ns, const char *name,
                      sv_value val) {
  ns_data *d = sv_native_data(ns);
  const char *key = sv__intern_cstr(sv__interp_intern(I), name);
  sv_pmap_slot *s = sv__pmap_find(&d->attrs, key);
  if (s) {
    sv_value old = s->val;
    s->val = val;
    sv_decref(I, old);
    return;
  }
  sv__pmap_put(&d->attrs, key)->val = val;
}

void sv_namespace_def(sv_interp *I, sv_value ns, const char *name,
                      sv_native_fn fn, void *ud) {
  const char *key = sv__intern_cstr(sv__interp_intern(I), name);
  sv_namespace_set(I, ns, name, sv_builtin_new(I, key, fn, ud, sv_unset()));
}

/* next(iterator[, default]) */
static bool bi_next(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)ud;
  (void)self;
  if (a->nkw)
    return sv_raise(I, "TypeError", "next() takes no keyword arguments");
  if (a->npos < 1 || a->npos > 2)
    return sv_raise(I, "TypeError", "next expected at least 1 argument, got "
                                    "%zu", a->npos);
  sv_value it = a->pos[0];
  if (!sv_is_obj(it, SV_O_NATIVE) || sv_native_class(it)->iter != iter_iter)
    return sv_raise(I, "TypeError", "'%s' object is not an iterator",
                    sv_type_name(it));
  iter_data *d = sv_native_data(it);
  sv_list_obj *l = SV_AS(sv_list_obj, d->items);
  if (d->pos < l->count) {
    *out = l->items[d->pos++];
    sv_incref(*out);
    return true;
  }
  if (a->npos == 2) {
    *out = a->pos[1];
    sv_incref(*out);
    return true;
  }
  sv_value e = sv__exc_new(I, sv__exc_class(I, "StopIteration"),
                           sv_tuple_new(I, 0));
  sv__raise_value(I, e);
  sv_decref(I, e);
  return false;
}

/* a * b mod m for 0 <= a, b < m (m > 0), without overflow. */
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
  return (uint64_t)((unsigned __int128)a * b % m);
}

/* pow(base, exp[, mod]): base ** exp, or the modular power of ints
 * (a negative exp takes the modular inverse, as CPython 3.8+). */
static bool bi_pow(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                   sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"base", "exp", "mod", NULL};
  sv_value v[3];
  if (!bind(I, a, "pow", p, 2, v))
    return false;
  if (sv_is_unset(v[2]) || sv_is_none(v[2]))
    return sv__binop(I, SV_BIN_POW, v[0], v[1], out);
  bool ints = true;
  int64_t x[3];
  for (int k = 0; k < 3; k++) {
    if (v[k].tag == SV_T_INT)
      x[k] = v[k].as.i;
    else if (v[k].tag == SV_T_BOOL)
      x[k] = v[k].as.b;
    else
      ints = false;
  }
  if (!ints)
    return sv_raise(I, "TypeError",
                    "pow() 3rd argument not allowed unless all arguments "
                    "are integers");
  if (x[2] == 0)
    return sv_raise(I, "ValueError", "pow() 3rd argument cannot be 0");
  if (x[2] == INT64_MIN)
    return sv__int_overflow(I);
  uint64_t m = (uint64_t)(x[2] < 0 ? -x[2] : x[2]);
  /* the base reduced into [0, m) */
  int64_t r0 = x[0] % (int64_t)m;
  uint64_t base = (uint64_t)(r0 < 0 ? r0 + (int64_t)m : r0);
  uint64_t e = x[1] < 0 ? (uint64_t)0 - (uint64_t)x[1] : (uint64_t)x[1];
  if (x[1] < 0) { /* the inverse of base mod m (extended Euclid) */
    int64_t t = 0, nt = 1, rr = (int64_t)m, nr = (int64_t)base;
    while (nr) {
      int64_t q = rr / nr, tmp = t - q * nt;
      t = nt;
      nt = tmp;
      tmp = rr - q * nr;
      rr = nr;
      nr = tmp;
    }
    if (rr != 1)
      return sv_raise(I, "ValueError",
                      "base is not invertible for the given modulus");
    base = (uint64_t)(t < 0 ? t + (int64_t)m : t);
  }
  uint64_t acc = 1 % m;
  while (e) {
    if (e & 1)
      acc = mulmod(acc, base, m);
    base = mulmod(base, base, m);
    e >>= 1;
  }
  /* the result takes the sign of mod, as % does */
  int64_t res = (int64_t)acc;
  if (x[2] < 0 && res)
    res -= (int64_t)m;
  *out = sv_int(res);
  return true;
}

/* hex(), oct(), bin(): format(x, '#x') and so on, for ints. */
static bool bi_base(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                    sv_value *out) {
  (void)self;
  const char *spec = ud, *name = spec[1] == 'x' ? "hex"
                                : spec[1] == 'o' ? "oct"
                                                 : "bin";
  static const char *const p[] = {"number", NULL};
  sv_value v[1];
  if (!bind(I, a, name, p, 1, v))
    return false;
  if (v[0].tag != SV_T_INT && v[0].tag != SV_T_BOOL)
    return sv_raise(I, "TypeError",
                    "'%s' object cannot be interpreted as an integer",
                    sv_type_name(v[0]));
  sv_buf b;
  sv__buf_init(&b);
  sv_fspec f;
  const char *err;
  sv__fspec_parse(spec, strlen(spec), &f, &err);
  sv_buf e;
  sv__buf_init(&e);
  sv__format_int(v[0].tag == SV_T_BOOL ? v[0].as.b : v[0].as.i, &f, &b, &e);
  sv__buf_fini(&e);
  *out = str_from_buf(I, &b);
  return true;
}

static bool bi_ascii(sv_interp *I, void *ud, sv_value self, const sv_args *a,
                     sv_value *out) {
  (void)ud;
  (void)self;
  static const char *const p[] = {"obj", NULL};
  sv_value v[1];
  if (!bind(I, a, "ascii", p, 1, v))
    return false;
  sv_buf b;
  sv__buf_init(&b);
  if (!sv_ascii(I, v[0], &b)) {
    sv__buf_fini(&b);
    return false;
  }
  *out = str_from_buf(I, &b);
  return true;
}

/* ---- installation ----------------------------------------------------------- */

static void def(sv_interp *I, sv_pmap *m, const char *name, sv_native_fn fn,
                void *ud) {
  const char *key = sv__intern_cstr(sv__interp_intern(I), name);
  sv__pmap_put(m, key)->val = sv_builtin_new(I, key, fn, ud, sv_unset());
}

static void put(sv_interp *I, sv_pmap *m, const char *name, sv_value v) {
  const char *key = sv__intern_cstr(sv__interp_intern(I), name);
  sv__pmap_put(m, key)->val = v;
}

void sv__builtins_install(sv_interp *I, sv_pmap *m) {
  def(I, m, "print", bi_print, NULL);
  def(I, m, "len", bi_len, NULL);
  def(I, m, "repr", bi_repr, NULL);
  def(I, m, "format", bi_format, NULL);
  def(I, m, "isinstance", bi_isinstance, NULL);
  def(I, m, "sorted", bi_sorted, NULL);
  def(I, m, "reversed", bi_reversed, NULL);
  def(I, m, "min", bi_minmax, NULL);
  def(I, m, "max", bi_minmax, (void *)1);
  def(I, m, "sum", bi_sum, NULL);
  def(I, m, "abs", bi_abs, NULL);
  def(I, m, "any", bi_anyall, NULL);
  def(I, m, "all", bi_anyall, (void *)1);
  def(I, m, "round", bi_round, NULL);
  def(I, m, "divmod", bi_divmod, NULL);
  def(I, m, "getattr", bi_getattr, NULL);
  def(I, m, "hasattr", bi_getattr, (void *)1);
  def(I, m, "callable", bi_callable, NULL);
  def(I, m, "enumerate", bi_enumerate, NULL);
  def(I, m, "zip", bi_zip, NULL);
  def(I, m, "map", bi_map, NULL);
  def(I, m, "filter", bi_filter, NULL);
  def(I, m, "iter", bi_iter, NULL);
  def(I, m, "ord", bi_ord, NULL);
  def(I, m, "chr", bi_chr, NULL);
  def(I, m, "next", bi_next, NULL);
  def(I, m, "hex", bi_base, (void *)"#x");
  def(I, m, "oct", bi_base, (void *)"#o");
  def(I, m, "bin", bi_base, (void *)"#b");
  def(I, m, "ascii", bi_ascii, NULL);
  def(I, m, "pow", bi_pow, NULL);
  static const struct {
    const char *name;
    sv_type_kind k;
  } types[] = {{"int", SV_TY_INT},     {"float", SV_TY_FLOAT},
               {"bool", SV_TY_BOOL},   {"str", SV_TY_STR},
               {"list", SV_TY_LIST},   {"tuple", SV_TY_TUPLE},
               {"dict", SV_TY_DICT},   {"set", SV_TY_SET},
               {"range", SV_TY_RANGE}, {"type", SV_TY_TYPE},
               {"object", SV_TY_OBJECT}};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    sv_value t = sv__builtin_type(I, types[i].k);
    sv_incref(t);
    put(I, m, types[i].name, t);
  }
  for (size_t i = 0; i < I->nexc_classes; i++) {
    sv_value c = sv_obj_value(&I->exc_classes[i]->h);
    sv_incref(c);
    put(I, m, I->exc_classes[i]->name, c);
  }
  put(I, m, "NotImplemented", (sv_value){SV_T_NOTIMPL, {.i = 0}});
}
