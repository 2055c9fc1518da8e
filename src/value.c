/* SPDX-License-Identifier: MIT
 * value: reference-counted runtime objects (strings, containers, natives),
 * Python-exact repr/str, hashing, equality, ordering and the arithmetic of
 * the builtin types.
 */
#include "value.h"
#include "pyunicode.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "interp_int.h"
#include "pyfmt.h"

/* ---- pointer map -------------------------------------------------------- */

static size_t ptr_hash(const void *p) {
  uint64_t x = (uint64_t)(uintptr_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (size_t)x;
}

sv_pmap_slot *sv__pmap_find(const sv_pmap *m, const void *key) {
  if (!m->cap)
    return NULL;
  size_t mask = m->cap - 1;
  for (size_t i = ptr_hash(key) & mask;; i = (i + 1) & mask) {
    if (m->slots[i].key == key)
      return &m->slots[i];
    if (!m->slots[i].key)
      return NULL;
  }
}

sv_pmap_slot *sv__pmap_put(sv_pmap *m, const void *key) {
  sv_pmap_slot *s = sv__pmap_find(m, key);
  if (s)
    return s;
  if ((m->count + 1) * 4 > m->cap * 3) {
    size_t ncap = m->cap ? m->cap * 2 : 16;
    sv_pmap_slot *ns = sv__xcalloc(ncap, sizeof *ns);
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->slots[i].key)
        continue;
      size_t j = ptr_hash(m->slots[i].key) & (ncap - 1);
      while (ns[j].key)
        j = (j + 1) & (ncap - 1);
      ns[j] = m->slots[i];
    }
    sv__xfree(m->slots);
    m->slots = ns;
    m->cap = ncap;
  }
  size_t mask = m->cap - 1;
  size_t i = ptr_hash(key) & mask;
  while (m->slots[i].key)
    i = (i + 1) & mask;
  m->slots[i].key = key;
  m->slots[i].val = sv_unset();
  m->slots[i].ptr = NULL;
  m->count++;
  return &m->slots[i];
}

void sv__pmap_fini(sv_pmap *m) {
  sv__xfree(m->slots);
  m->slots = NULL;
  m->cap = m->count = 0;
}

/* ---- allocation and reference counting ---------------------------------- */

/* Small objects come from and go back to per-size free lists: a script
 * makes and drops a few objects per statement (a tensor, a string, an
 * argument list), and malloc's own free path costs more than the work.
 * Off under AddressSanitizer (SV_ASAN), so a freed object's use is
 * reported. */
static size_t pool_class(size_t size) {
#ifndef SV_MEM_REUSE
  (void)size;
  return 0;
#else
  size_t c = (size + SV_POOL_GRAIN - 1) / SV_POOL_GRAIN;
  return c <= SV_POOL_CLASSES ? c : 0;
#endif
}

/* A new zeroed block of class c. From a slab: a malloc'ed block would
 * carry the seam's header and malloc's own (a 48-byte Variable object
 * took 80 bytes). Under AddressSanitizer every block is its own, so
 * that an object overrunning its block is reported. */
static void *pool_block(sv_interp *I, size_t c) {
  size_t bs = c * SV_POOL_GRAIN;
#ifdef SV_ASAN
  (void)I;
  return sv__xcalloc(1, bs);
#else
  if (I->slab_left < bs) {
    unsigned char *slab = sv__xcalloc(1, SV_SLAB_BYTES);
    memcpy(slab, &I->slabs, sizeof(void *));
    I->slabs = slab;
    I->slab_at = slab + SV_POOL_GRAIN; /* the link; blocks stay aligned */
    I->slab_left = SV_SLAB_BYTES - SV_POOL_GRAIN;
  }
  void *p = I->slab_at;
  I->slab_at += bs;
  I->slab_left -= bs;
  return p;
#endif
}

sv_obj *sv__obj_alloc(sv_interp *I, sv_obj_type type, size_t size) {
  size_t c = pool_class(size);
  sv_obj *o;
  if (c && I->pool[c]) {
    o = I->pool[c];
    memcpy(&I->pool[c], o, sizeof(void *));
    I->npool[c]--;
    memset(o, 0, c * SV_POOL_GRAIN);
  } else if (c) {
    o = pool_block(I, c);
  } else {
    o = sv__xcalloc(1, size);
  }
  o->refcount = 1;
  o->type = (uint16_t)type;
  o->flags = (uint16_t)(c << SV_FLAG_CLASS_SHIFT);
  o->next_all = I->all;
  o->prev_all = NULL;
  if (I->all)
    I->all->prev_all = o;
  I->all = o;
  return o;
}

void sv_incref(sv_value v) {
  if (v.tag == SV_T_OBJ)
    v.as.o->refcount++;
}

static void release_value(sv_interp *I, sv_value v) {
  if (v.tag == SV_T_OBJ && --v.as.o->refcount == 0)
    sv__vec_push(&I->dead, v.as.o);
}

/* Drops the references an object holds and frees its memory. With
 * teardown, children are not touched (every object is freed anyway). */
void sv__obj_free(sv_interp *I, sv_obj *o, bool teardown) {
  switch ((sv_obj_type)o->type) {
    case SV_O_LIST: {
      sv_list_obj *l = (sv_list_obj *)o;
      if (!teardown)
        for (size_t i = 0; i < l->count; i++)
          release_value(I, l->items[i]);
      sv__xfree(l->items);
      break;
    }
    case SV_O_TUPLE: {
      sv_tuple_obj *t = (sv_tuple_obj *)o;
      if (!teardown)
        for (size_t i = 0; i < t->count; i++)
          release_value(I, t->items[i]);
      break;
    }
    case SV_O_DICT:
    case SV_O_SET: {
      sv_dict_obj *d = (sv_dict_obj *)o;
      if (!teardown)
        for (size_t i = 0; i < d->count; i++) {
          release_value(I, d->entries[i].key);
          release_value(I, d->entries[i].val);
        }
      sv__xfree(d->entries);
      sv__xfree(d->index);
      break;
    }
    case SV_O_FUNC: {
      sv_func_obj *f = (sv_func_obj *)o;
      extern size_t sv__code_nparams(const sv_code *c);
      extern size_t sv__code_nfree(const sv_code *c);
      if (!teardown) {
        for (size_t i = 0; i < sv__code_nparams(f->code); i++)
          release_value(I, f->defaults[i]);
        for (size_t i = 0; i < sv__code_nfree(f->code); i++)
          release_value(I, f->free[i]);
      }
      sv__xfree(f->defaults);
      sv__xfree(f->free);
      break;
    }
    case SV_O_BUILTIN:
      if (!teardown)
        release_value(I, ((sv_builtin_obj *)o)->self);
      break;
    case SV_O_EXC: {
      sv_exc_obj *e = (sv_exc_obj *)o;
      if (!teardown) {
        release_value(I, e->args);
        release_value(I, e->cause);
        release_value(I, e->context);
      }
      sv__vec_free(&e->tb);
      break;
    }
    case SV_O_NATIVE: {
      sv_native_obj *n = (sv_native_obj *)o;
      if (n->cls->fini)
        n->cls->fini(I, n->data);
      break;
    }
    case SV_O_CELL:
      if (!teardown)
        release_value(I, ((sv_cell_obj *)o)->v);
      break;
    default:
      break;
  }
  if (o->prev_all)
    o->prev_all->next_all = o->next_all;
  else
    I->all = o->next_all;
  if (o->next_all)
    o->next_all->prev_all = o->prev_all;
  size_t c = (size_t)(o->flags >> SV_FLAG_CLASS_SHIFT);
  if (c) {
    memcpy(o, &I->pool[c], sizeof(void *));
    I->pool[c] = o;
    I->npool[c]++;
    return;
  }
  sv__xfree(o);
}

void sv__obj_pool_free(sv_interp *I) {
  for (size_t c = 0; c <= SV_POOL_CLASSES; c++) {
#ifdef SV_ASAN
    while (I->pool[c]) {
      void *next;
      memcpy(&next, I->pool[c], sizeof next);
      sv__xfree(I->pool[c]);
      I->pool[c] = next;
    }
#endif
    I->pool[c] = NULL;
    I->npool[c] = 0;
  }
  while (I->slabs) {
    void *next;
    memcpy(&next, I->slabs, sizeof next);
    sv__xfree(I->slabs);
    I->slabs = next;
  }
  I->slab_at = NULL;
  I->slab_left = 0;
}

void sv_decref(sv_interp *I, sv_value v) {
  if (v.tag != SV_T_OBJ || I->teardown)
    return;
  if (--v.as.o->refcount != 0)
    return;
  sv__vec_push(&I->dead, v.as.o);
  if (I->draining)
    return;
  /* Free iteratively: a long chain of nested lists must not recurse. */
  I->draining = true;
  while (I->dead.count) {
    sv_obj *o = I->dead.items[--I->dead.count];
    sv__obj_free(I, o, false);
  }
  I->draining = false;
}

/* ---- strings ------------------------------------------------------------ */

sv_value sv_str_new(sv_interp *I, const char *s, size_t len) {
  sv_str_obj *o =
      (sv_str_obj *)sv__obj_alloc(I, SV_O_STR, sizeof(sv_str_obj) + len + 1);
  o->len = len;
  if (len)
    memcpy(o->data, s, len);
  o->data[len] = 0;
  return sv_obj_value(&o->h);
}

sv_value sv_str_cstr(sv_interp *I, const char *s) {
  return sv_str_new(I, s, strlen(s));
}

sv_value sv__str_concat(sv_interp *I, const char *a, size_t alen,
                        const char *b, size_t blen) {
  sv_str_obj *o = (sv_str_obj *)sv__obj_alloc(
      I, SV_O_STR, sizeof(sv_str_obj) + alen + blen + 1);
  o->len = alen + blen;
  memcpy(o->data, a, alen);
  memcpy(o->data + alen, b, blen);
  o->data[o->len] = 0;
  return sv_obj_value(&o->h);
}

bool sv_is_str(sv_value v) {
  return sv_is_obj(v, SV_O_STR);
}

const char *sv_str_data(sv_value v) {
  return SV_AS(sv_str_obj, v)->data;
}

size_t sv_str_len(sv_value v) {
  return SV_AS(sv_str_obj, v)->len;
}

uint64_t sv__str_hash(sv_value s) {
  sv_str_obj *o = SV_AS(sv_str_obj, s);
  if (o->hash)
    return o->hash;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < o->len; i++) {
    h ^= (unsigned char)o->data[i];
    h *= 1099511628211ULL;
  }
  if (!h)
    h = 1;
  o->hash = h;
  return h;
}

/* ---- lists and tuples ---------------------------------------------------- */

sv_value sv_list_new(sv_interp *I, size_t cap) {
  sv_list_obj *l =
      (sv_list_obj *)sv__obj_alloc(I, SV_O_LIST, sizeof(sv_list_obj));
  if (cap) {
    l->items = sv__xmalloc(cap * sizeof *l->items);
    l->cap = cap;
  }
  return sv_obj_value(&l->h);
}

bool sv__list_append_polled(sv_interp *I, sv_value list, sv_value x) {
  sv_list_append(I, list, x);
  return sv_seq_len(list) % SV_MEM_POLL != 0 || sv__mem_ok(I);
}

void sv_list_append(sv_interp *I, sv_value list, sv_value x) {
  (void)I;
  sv_list_obj *l = SV_AS(sv_list_obj, list);
  if (l->count == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 4;
    l->items = sv__xrealloc(l->items, l->cap * sizeof *l->items);
  }
  l->items[l->count++] = x;
}

void sv__list_clear(sv_interp *I, sv_value list) {
  sv_list_obj *l = SV_AS(sv_list_obj, list);
  size_t n = l->count;
  sv_value *items = l->items;
  l->items = NULL;
  l->count = l->cap = 0;
  for (size_t i = 0; i < n; i++)
    sv_decref(I, items[i]);
  sv__xfree(items);
}

sv_value sv_tuple_new(sv_interp *I, size_t count) {
  sv_tuple_obj *t = (sv_tuple_obj *)sv__obj_alloc(
      I, SV_O_TUPLE, sizeof(sv_tuple_obj) + count * sizeof(sv_value));
  t->count = count;
  for (size_t i = 0; i < count; i++)
    t->items[i] = sv_none();
  return sv_obj_value(&t->h);
}

void sv_tuple_set(sv_interp *I, sv_value tuple, size_t i, sv_value x) {
  sv_tuple_obj *t = SV_AS(sv_tuple_obj, tuple);
  sv_value old = t->items[i];
  t->items[i] = x;
  sv_decref(I, old);
}

sv_value sv__tuple_from(sv_interp *I, const sv_value *items, size_t count) {
  sv_value t = sv_tuple_new(I, count);
  for (size_t i = 0; i < count; i++) {
    sv_incref(items[i]);
    SV_AS(sv_tuple_obj, t)->items[i] = items[i];
  }
  return t;
}

bool sv_is_list(sv_value v) {
  return sv_is_obj(v, SV_O_LIST);
}

bool sv_is_tuple(sv_value v) {
  return sv_is_obj(v, SV_O_TUPLE);
}

size_t sv_seq_len(sv_value v) {
  if (sv_is_list(v))
    return SV_AS(sv_list_obj, v)->count;
  if (sv_is_tuple(v))
    return SV_AS(sv_tuple_obj, v)->count;
  return 0;
}

sv_value sv_seq_item(sv_value v, size_t i) {
  if (sv_is_list(v))
    return SV_AS(sv_list_obj, v)->items[i];
  return SV_AS(sv_tuple_obj, v)->items[i];
}

/* ---- range ---------------------------------------------------------------- */

sv_value sv__range_new(sv_interp *I, int64_t start, int64_t stop,
                       int64_t step) {
  sv_range_obj *r =
      (sv_range_obj *)sv__obj_alloc(I, SV_O_RANGE, sizeof(sv_range_obj));
  r->start = start;
  r->stop = stop;
  r->step = step;
  return sv_obj_value(&r->h);
}

size_t sv__range_len(const sv_range_obj *r) {
  if (r->step > 0 && r->start < r->stop)
    return (size_t)(((__int128)r->stop - r->start - 1) / r->step + 1);
  if (r->step < 0 && r->start > r->stop)
    return (size_t)(((__int128)r->start - r->stop - 1) / -(__int128)r->step +
                    1);
  return 0;
}

/* ---- hashing ----------------------------------------------------------- */

static uint64_t mix(uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  return x;
}

bool sv__value_hash(sv_interp *I, sv_value v, uint64_t *out) {
  switch (v.tag) {
    case SV_T_NONE:
      *out = 0x9e3779b9;
      return true;
    case SV_T_BOOL:
      *out = mix((uint64_t)v.as.b);
      return true;
    case SV_T_INT:
      *out = mix((uint64_t)v.as.i);
      return true;
    case SV_T_FLOAT: {
      double f = v.as.f;
      if (f == floor(f) && fabs(f) < 9.2e18)
        *out = mix((uint64_t)(int64_t)f);
      else {
        uint64_t bits;
        memcpy(&bits, &f, sizeof bits);
        *out = mix(bits);
      }
      return true;
    }
    case SV_T_OBJ:
      break;
    default:
      *out = 7;
      return true;
  }
  switch ((sv_obj_type)v.as.o->type) {
    case SV_O_STR:
      *out = sv__str_hash(v);
      return true;
    case SV_O_TUPLE: {
      sv_tuple_obj *t = SV_AS(sv_tuple_obj, v);
      uint64_t h = 0x345678;
      if (++I->cdepth > 2000) {
        I->cdepth--;
        return sv_raise(I, "RecursionError",
                        "maximum recursion depth exceeded");
      }
      for (size_t i = 0; i < t->count; i++) {
        uint64_t x;
        if (!sv__value_hash(I, t->items[i], &x)) {
          I->cdepth--;
          return false;
        }
        h = mix(h ^ x) + i;
      }
      I->cdepth--;
      *out = h;
      return true;
    }
    case SV_O_LIST:
    case SV_O_DICT:
    case SV_O_SET:
      return sv_raise(I, "TypeError", "unhashable type: '%s'",
                      sv_type_name(v));
    case SV_O_RANGE: {
      sv_range_obj *r = SV_AS(sv_range_obj, v);
      *out = mix((uint64_t)r->start ^ mix((uint64_t)r->stop) ^
                 mix(mix((uint64_t)r->step)));
      return true;
    }
    default:
      *out = ptr_hash(v.as.o);
      return true;
  }
}

/* ---- dicts and sets ---------------------------------------------------- */

static sv_dict_obj *dict_alloc(sv_interp *I, sv_obj_type t) {
  return (sv_dict_obj *)sv__obj_alloc(I, t, sizeof(sv_dict_obj));
}

sv_value sv_dict_new(sv_interp *I) {
  return sv_obj_value(&dict_alloc(I, SV_O_DICT)->h);
}

sv_value sv__set_new(sv_interp *I) {
  return sv_obj_value(&dict_alloc(I, SV_O_SET)->h);
}

bool sv__set_from_list(sv_interp *I, sv_value list, sv_value *out) {
  sv_value s = sv__set_new(I);
  for (size_t i = 0; i < sv_seq_len(list); i++) {
    sv_value x = sv_seq_item(list, i);
    sv_incref(x);
    if (!sv__set_add(I, s, x)) {
      sv_decref(I, s);
      sv_decref(I, list);
      return false;
    }
  }
  sv_decref(I, list);
  *out = s;
  return true;
}

static void dict_reindex(sv_dict_obj *d) {
  /* Compact deleted entries, then rebuild the index. */
  size_t j = 0;
  for (size_t i = 0; i < d->count; i++)
    if (d->entries[i].key.tag != SV_T_UNSET)
      d->entries[j++] = d->entries[i];
  d->count = j;
  size_t icap = 8;
  while (icap < (d->live + 1) * 2)
    icap *= 2;
  sv__xfree(d->index);
  d->index = sv__xmalloc(icap * sizeof *d->index);
  for (size_t i = 0; i < icap; i++)
    d->index[i] = -1;
  d->icap = icap;
  for (size_t i = 0; i < d->count; i++) {
    size_t k = d->entries[i].hash & (icap - 1);
    while (d->index[k] != -1)
      k = (k + 1) & (icap - 1);
    d->index[k] = (int32_t)i;
  }
}

static bool keys_equal(sv_interp *I, sv_value a, sv_value b, bool *out) {
  if (a.tag == SV_T_OBJ && b.tag == SV_T_OBJ && a.as.o == b.as.o) {
    *out = true;
    return true;
  }
  if (a.tag == SV_T_OBJ && b.tag == SV_T_OBJ && a.as.o->type == SV_O_STR &&
      b.as.o->type == SV_O_STR) {
    sv_str_obj *x = SV_AS(sv_str_obj, a), *y = SV_AS(sv_str_obj, b);
    *out = x->len == y->len && !memcmp(x->data, y->data, x->len);
    return true;
  }
  return sv_equal(I, a, b, out);
}

/* Slot in the index holding key, or -1; *ins receives a free slot. */
static bool dict_find(sv_interp *I, sv_dict_obj *d, sv_value key,
                      uint64_t h, long *out_slot) {
  *out_slot = -1;
  if (!d->icap)
    return true;
  size_t mask = d->icap - 1;
  for (size_t k = h & mask;; k = (k + 1) & mask) {
    int32_t e = d->index[k];
    if (e == -1)
      return true;
    if (e >= 0 && d->entries[e].hash == h) {
      bool eq;
      if (!keys_equal(I, d->entries[e].key, key, &eq))
        return false;
      if (eq) {
        *out_slot = (long)k;
        return true;
      }
    }
  }
}

static bool dict_put(sv_interp *I, sv_dict_obj *d, sv_value key,
                     sv_value val, bool steal_val) {
  uint64_t h = 0;
  if (!sv__value_hash(I, key, &h)) {
    if (steal_val)
      sv_decref(I, val);
    return false;
  }
  long slot;
  if (!dict_find(I, d, key, h, &slot)) {
    if (steal_val)
      sv_decref(I, val);
    return false;
  }
  if (!steal_val)
    sv_incref(val);
  if (slot >= 0) {
    sv_dict_entry *e = &d->entries[d->index[slot]];
    sv_value old = e->val;
    e->val = val;
    sv_decref(I, old);
    return true;
  }
  if (d->count == d->cap) {
    if (d->live < d->count / 2 + 1 && d->count > 8) {
      dict_reindex(d);
    } else {
      d->cap = d->cap ? d->cap * 2 : 8;
      d->entries = sv__xrealloc(d->entries, d->cap * sizeof *d->entries);
    }
  }
  sv_incref(key);
  d->entries[d->count].key = key;
  d->entries[d->count].val = val;
  d->entries[d->count].hash = h;
  d->count++;
  d->live++;
  if (d->count * 2 > d->icap) {
    dict_reindex(d);
  } else {
    size_t mask = d->icap - 1, k = h & mask;
    while (d->index[k] >= 0)
      k = (k + 1) & mask;
    d->index[k] = (int32_t)(d->count - 1);
  }
  return true;
}

bool sv_dict_set(sv_interp *I, sv_value dict, sv_value key, sv_value val) {
  return dict_put(I, SV_AS(sv_dict_obj, dict), key, val, true);
}

bool sv__set_add(sv_interp *I, sv_value set, sv_value key) {
  return dict_put(I, SV_AS(sv_dict_obj, set), key, sv_none(), true);
}

bool sv__dict_lookup(sv_interp *I, sv_value dict, sv_value key,
                     sv_value *out, bool *found) {
  sv_dict_obj *d = SV_AS(sv_dict_obj, dict);
  uint64_t h = 0;
  long slot;
  *found = false;
  if (!sv__value_hash(I, key, &h) || !dict_find(I, d, key, h, &slot))
    return false;
  if (slot >= 0) {
    *found = true;
    *out = d->entries[d->index[slot]].val;
  }
  return true;
}

sv_value sv_dict_get(sv_value dict, sv_value key) {
  /* Only for hashable builtin keys (never raises in practice). */
  sv_dict_obj *d = SV_AS(sv_dict_obj, dict);
  for (size_t i = 0; i < d->count; i++) {
    sv_value k = d->entries[i].key;
    if (k.tag == SV_T_UNSET)
      continue;
    if (sv_is_str(k) && sv_is_str(key)) {
      if (sv_str_len(k) == sv_str_len(key) &&
          !memcmp(sv_str_data(k), sv_str_data(key), sv_str_len(k)))
        return d->entries[i].val;
    } else if (k.tag == key.tag && k.tag == SV_T_INT && k.as.i == key.as.i) {
      return d->entries[i].val;
    } else if (k.tag == SV_T_OBJ && key.tag == SV_T_OBJ &&
               k.as.o == key.as.o) {
      return d->entries[i].val;
    }
  }
  return sv_unset();
}

bool sv__dict_del(sv_interp *I, sv_value dict, sv_value key, bool *found) {
  sv_dict_obj *d = SV_AS(sv_dict_obj, dict);
  uint64_t h = 0;
  long slot;
  *found = false;
  if (!sv__value_hash(I, key, &h) || !dict_find(I, d, key, h, &slot))
    return false;
  if (slot < 0)
    return true;
  *found = true;
  sv_dict_entry *e = &d->entries[d->index[slot]];
  d->index[slot] = -2;
  sv_value k = e->key, v = e->val;
  e->key = sv_unset();
  e->val = sv_unset();
  d->live--;
  sv_decref(I, k);
  sv_decref(I, v);
  return true;
}

void sv__dict_clear(sv_interp *I, sv_value dict) {
  sv_dict_obj *d = SV_AS(sv_dict_obj, dict);
  sv_dict_entry *entries = d->entries;
  size_t n = d->count;
  d->entries = NULL;
  d->count = d->live = d->cap = 0;
  sv__xfree(d->index);
  d->index = NULL;
  d->icap = 0;
  for (size_t i = 0; i < n; i++) {
    sv_decref(I, entries[i].key);
    sv_decref(I, entries[i].val);
  }
  sv__xfree(entries);
}

/* ---- type names --------------------------------------------------------- */

const char *sv_type_name(sv_value v) {
  switch (v.tag) {
    case SV_T_UNSET:
      return "<unset>";
    case SV_T_NONE:
      return "NoneType";
    case SV_T_BOOL:
      return "bool";
    case SV_T_INT:
      return "int";
    case SV_T_FLOAT:
      return "float";
    case SV_T_NOTIMPL:
      return "NotImplementedType";
    case SV_T_OBJ:
      break;
  }
  switch ((sv_obj_type)v.as.o->type) {
    case SV_O_STR:
      return "str";
    case SV_O_LIST:
      return "list";
    case SV_O_TUPLE:
      return "tuple";
    case SV_O_DICT:
      return "dict";
    case SV_O_SET:
      return "set";
    case SV_O_RANGE:
      return "range";
    case SV_O_FUNC:
      return "function";
    case SV_O_BUILTIN:
      return sv_is_unset(SV_AS(sv_builtin_obj, v)->self)
                 ? "builtin_function_or_method"
                 : "builtin_function_or_method";
    case SV_O_EXC:
      return SV_AS(sv_exc_obj, v)->cls->name;
    case SV_O_EXC_CLASS:
    case SV_O_TYPE:
      return "type";
    case SV_O_NATIVE:
      return SV_AS(sv_native_obj, v)->cls->name;
    case SV_O_ITER:
      return "iterator";
    case SV_O_CELL:
      return "cell";
  }
  return "object";
}

void sv_type_str(sv_value v, sv_buf *out) {
  sv__buf_appendf(out, "<class '%s'>", sv_type_name(v));
}

/* ---- repr / str ----------------------------------------------------------- */

/* str.isprintable() for code points >= U+0080: the non-printable ranges
 * of Unicode 14 (CPython 3.11) except unassigned code points. */
static bool unicode_printable(uint32_t cp) {
  static const uint32_t np[][2] = {
      {0x80, 0xa0},       {0xad, 0xad},       {0x600, 0x605},
      {0x61c, 0x61c},     {0x6dd, 0x6dd},     {0x70f, 0x70f},
      {0x890, 0x891},     {0x8e2, 0x8e2},     {0x1680, 0x1680},
      {0x180e, 0x180e},   {0x2000, 0x200f},   {0x2028, 0x202f},
      {0x205f, 0x2064},   {0x2066, 0x206f},   {0x3000, 0x3000},
      {0xd800, 0xf8ff},   {0xfeff, 0xfeff},   {0xfff9, 0xfffb},
      {0x110bd, 0x110bd}, {0x110cd, 0x110cd}, {0x13430, 0x13438},
      {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a}, {0xe0001, 0xe0001},
      {0xe0020, 0xe007f}, {0xf0000, 0xffffd}, {0x100000, 0x10fffd}};
  for (size_t i = 0; i < sizeof np / sizeof np[0]; i++)
    if (cp >= np[i][0] && cp <= np[i][1])
      return false;
  return true;
}

static void repr_str(const char *s, size_t len, sv_buf *out) {
  bool sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
  char q = (sq && !dq) ? '"' : '\'';
  sv__buf_putc(out, q);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\') {
      sv__buf_putc(out, '\\');
      sv__buf_putc(out, (char)c);
    } else if (c == '\n') {
      sv__buf_appends(out, "\\n");
    } else if (c == '\r') {
      sv__buf_appends(out, "\\r");
    } else if (c == '\t') {
      sv__buf_appends(out, "\\t");
    } else if (c < 0x20 || c == 0x7f) {
      sv__buf_appendf(out, "\\x%02x", c);
    } else if (c >= 0xc2 && c <= 0xf4) {
      /* Code points that are not printable in Python's repr are escaped
       * (\xNN, \uNNNN, \UNNNNNNNN). */
      size_t n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      uint32_t cp = c & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
      bool valid = i + n <= len;
      for (size_t k = 1; valid && k < n; k++) {
        unsigned char cc = (unsigned char)s[i + k];
        valid = (cc & 0xc0) == 0x80;
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (!valid) {
        sv__buf_putc(out, (char)c);
        continue;
      }
      if (!unicode_printable(cp))
        sv__buf_appendf(out, cp <= 0xff     ? "\\x%02x"
                             : cp <= 0xffff ? "\\u%04x"
                                            : "\\U%08x",
                        (unsigned)cp);
      else
        sv__buf_append(out, s + i, n);
      i += n - 1;
    } else {
      sv__buf_putc(out, (char)c);
    }
  }
  sv__buf_putc(out, q);
}

static bool exc_str(sv_interp *I, sv_exc_obj *e, sv_buf *out) {
  sv_tuple_obj *a = SV_AS(sv_tuple_obj, e->args);
  if (a->count == 0)
    return true;
  if (a->count == 1) {
    if (!strcmp(e->cls->name, "KeyError"))
      return sv_repr(I, a->items[0], out);
    return sv_str(I, a->items[0], out);
  }
  return sv_repr(I, e->args, out);
}

static bool is_container(sv_value v) {
  if (v.tag != SV_T_OBJ)
    return false;
  switch (v.as.o->type) {
    case SV_O_LIST:
    case SV_O_TUPLE:
    case SV_O_DICT:
    case SV_O_SET:
      return true;
    default:
      return false;
  }
}

static bool repr_leaf(sv_interp *I, sv_value v, sv_buf *out) {
  switch (v.tag) {
    case SV_T_UNSET:
      sv__buf_appends(out, "<unset>");
      return true;
    case SV_T_NONE:
      sv__buf_appends(out, "None");
      return true;
    case SV_T_BOOL:
      sv__buf_appends(out, v.as.b ? "True" : "False");
      return true;
    case SV_T_INT:
      sv__buf_append_i64(out, v.as.i);
      return true;
    case SV_T_FLOAT:
      sv__float_repr(v.as.f, out);
      return true;
    case SV_T_NOTIMPL:
      sv__buf_appends(out, "NotImplemented");
      return true;
    case SV_T_OBJ:
      break;
  }
  switch ((sv_obj_type)v.as.o->type) {
    case SV_O_STR:
      repr_str(sv_str_data(v), sv_str_len(v), out);
      return true;
    case SV_O_RANGE: {
      sv_range_obj *r = SV_AS(sv_range_obj, v);
      if (r->step == 1)
        sv__buf_appendf(out, "range(%lld, %lld)", (long long)r->start,
                        (long long)r->stop);
      else
        sv__buf_appendf(out, "range(%lld, %lld, %lld)", (long long)r->start,
                        (long long)r->stop, (long long)r->step);
      return true;
    }
    case SV_O_FUNC: {
      extern const char *sv__code_qualname(const sv_code *c);
      sv__buf_appendf(out, "<function %s>",
                      sv__code_qualname(SV_AS(sv_func_obj, v)->code));
      return true;
    }
    case SV_O_BUILTIN: {
      sv_builtin_obj *b = SV_AS(sv_builtin_obj, v);
      if (sv_is_unset(b->self))
        sv__buf_appendf(out, "<built-in function %s>", b->qualname);
      else
        sv__buf_appendf(out, "<built-in method %s of %s object>",
                        b->qualname, sv_type_name(b->self));
      return true;
    }
    case SV_O_EXC: {
      sv_exc_obj *e = SV_AS(sv_exc_obj, v);
      sv_tuple_obj *a = SV_AS(sv_tuple_obj, e->args);
      sv__buf_appends(out, e->cls->name);
      if (a->count == 1) {
        sv__buf_putc(out, '(');
        if (!sv_repr(I, a->items[0], out))
          return false;
        sv__buf_putc(out, ')');
        return true;
      }
      if (a->count == 0) {
        sv__buf_appends(out, "()");
        return true;
      }
      return sv_repr(I, e->args, out);
    }
    case SV_O_EXC_CLASS:
      sv__buf_appendf(out, "<class '%s'>",
                      ((sv_exc_class_obj *)v.as.o)->name);
      return true;
    case SV_O_TYPE:
      sv__buf_appendf(out, "<class '%s'>", ((sv_type_obj *)v.as.o)->name);
      return true;
    case SV_O_NATIVE: {
      sv_native_obj *n = SV_AS(sv_native_obj, v);
      if (sv__placeholder_rejected(I, v))
        return false;
      if (n->cls->repr)
        return n->cls->repr(I, v, out);
      sv__buf_appendf(out, "<%s object>", n->cls->name);
      return true;
    }
    default:
      sv__buf_appendf(out, "<%s object>", sv_type_name(v));
      return true;
  }
}

/* SV_FLAG_REPR (interp_int.h): set on a container while its repr is
 * being produced. */

typedef struct repr_frame {
  sv_value v;
  size_t i;     /* next item or entry */
  bool phase;   /* dicts: the value of entry i is next */
  size_t shown; /* items printed so far */
} repr_frame;

/* Next item of the container on top of the stack, printing separators and
 * the closing bracket; false when the container is finished. */
static bool repr_next(repr_frame *f, sv_buf *out, sv_value *item) {
  int t = f->v.as.o->type;
  if (t == SV_O_LIST || t == SV_O_TUPLE) {
    size_t n = sv_seq_len(f->v);
    if (f->i >= n) {
      if (t == SV_O_TUPLE && n == 1)
        sv__buf_putc(out, ',');
      sv__buf_putc(out, t == SV_O_LIST ? ']' : ')');
      return false;
    }
    if (f->i)
      sv__buf_appends(out, ", ");
    *item = sv_seq_item(f->v, f->i++);
    return true;
  }
  sv_dict_obj *d = SV_AS(sv_dict_obj, f->v);
  if (f->phase) {
    sv__buf_appends(out, ": ");
    *item = d->entries[f->i++].val;
    f->phase = false;
    return true;
  }
  while (f->i < d->count && d->entries[f->i].key.tag == SV_T_UNSET)
    f->i++;
  if (f->i >= d->count) {
    sv__buf_putc(out, '}');
    return false;
  }
  if (f->shown++)
    sv__buf_appends(out, ", ");
  *item = d->entries[f->i].key;
  if (t == SV_O_DICT)
    f->phase = true;
  else
    f->i++;
  return true;
}

/* repr of containers with an explicit stack: nesting depth is not bounded
 * by the C stack, and a container met again inside itself prints as
 * [...] / {...} like Python's Py_ReprEnter. */
bool sv_repr(sv_interp *I, sv_value v, sv_buf *out) {
  if (!is_container(v))
    return repr_leaf(I, v, out);
  SV_VEC(repr_frame) st = {0};
  bool ok = true;
  sv_value cur = v;
  while (ok) {
    if (!sv_is_unset(cur)) {
      /* Enter cur (a container). */
      bool seen = (cur.as.o->flags & SV_FLAG_REPR) != 0;
      int t = cur.as.o->type;
      if (seen) {
        sv__buf_appends(out, t == SV_O_LIST    ? "[...]"
                             : t == SV_O_TUPLE ? "(...)"
                                               : "{...}");
      } else if (t == SV_O_SET && SV_AS(sv_dict_obj, cur)->live == 0) {
        sv__buf_appends(out, "set()");
      } else if (I->depth + st.count + 1 >= I->opts.max_depth) {
        /* CPython enters a recursion level per container being printed,
         * on top of the Python frames: 998 nested lists print at module
         * level, 999 raise (script-language.md §6). */
        ok = sv_raise(I, "RecursionError",
                      "maximum recursion depth exceeded while getting the "
                      "repr of an object");
        break;
      } else {
        sv__buf_putc(out, t == SV_O_LIST    ? '['
                          : t == SV_O_TUPLE ? '('
                                            : '{');
        repr_frame f = {cur, 0, false, 0};
        cur.as.o->flags |= SV_FLAG_REPR;
        sv__vec_push(&st, f);
      }
      cur = sv_unset();
    }
    if (!st.count)
      break;
    sv_value item;
    if (!repr_next(&st.items[st.count - 1], out, &item)) {
      st.items[--st.count].v.as.o->flags &= (uint16_t)~SV_FLAG_REPR;
      continue;
    }
    if (is_container(item))
      cur = item;
    else
      ok = repr_leaf(I, item, out);
  }
  for (size_t k = 0; k < st.count; k++)
    st.items[k].v.as.o->flags &= (uint16_t)~SV_FLAG_REPR;
  sv__vec_free(&st);
  return ok;
}

bool sv_ascii(sv_interp *I, sv_value v, sv_buf *out) {
  sv_buf r;
  sv__buf_init(&r);
  bool ok = sv_repr(I, v, &r);
  for (size_t i = 0; ok && i < r.len;) {
    uint32_t c;
    size_t n = sv__utf8_at(r.data, r.len, i, &c);
    if (c < 0x80 || (n == 1 && c == 0xFFFD)) { /* ASCII, or a stray byte */
      if (c < 0x80)
        sv__buf_putc(out, r.data[i]);
      else
        sv__buf_appendf(out, "\\x%02x", (unsigned char)r.data[i]);
    } else if (c <= 0xFF) {
      sv__buf_appendf(out, "\\x%02x", c);
    } else if (c <= 0xFFFF) {
      sv__buf_appendf(out, "\\u%04x", c);
    } else {
      sv__buf_appendf(out, "\\U%08x", c);
    }
    i += n;
  }
  sv__buf_fini(&r);
  return ok;
}

bool sv_str(sv_interp *I, sv_value v, sv_buf *out) {
  if (v.tag == SV_T_OBJ) {
    switch (v.as.o->type) {
      case SV_O_STR:
        sv__buf_append(out, sv_str_data(v), sv_str_len(v));
        return true;
      case SV_O_EXC:
        return exc_str(I, SV_AS(sv_exc_obj, v), out);
      case SV_O_NATIVE: {
        sv_native_obj *n = SV_AS(sv_native_obj, v);
        if (n->cls->str)
          return n->cls->str(I, v, out);
        break;
      }
      default:
        break;
    }
  }
  return sv_repr(I, v, out);
}

/* ---- truthiness and equality -------------------------------------------- */

bool sv_truthy(sv_interp *I, sv_value v, bool *out) {
  switch (v.tag) {
    case SV_T_NONE:
    case SV_T_UNSET:
      *out = false;
      return true;
    case SV_T_BOOL:
      *out = v.as.b;
      return true;
    case SV_T_INT:
      *out = v.as.i != 0;
      return true;
    case SV_T_FLOAT:
      *out = v.as.f != 0.0;
      return true;
    case SV_T_NOTIMPL:
      *out = true;
      return true;
    case SV_T_OBJ:
      break;
  }
  switch ((sv_obj_type)v.as.o->type) {
    case SV_O_STR:
      *out = sv_str_len(v) != 0;
      return true;
    case SV_O_LIST:
    case SV_O_TUPLE:
      *out = sv_seq_len(v) != 0;
      return true;
    case SV_O_DICT:
    case SV_O_SET:
      *out = SV_AS(sv_dict_obj, v)->live != 0;
      return true;
    case SV_O_RANGE:
      *out = sv__range_len(SV_AS(sv_range_obj, v)) != 0;
      return true;
    case SV_O_NATIVE: {
      sv_native_obj *n = SV_AS(sv_native_obj, v);
      if (sv__placeholder_rejected(I, v))
        return false;
      if (n->cls->truthy)
        return n->cls->truthy(I, v, out);
      if (n->cls->len) {
        size_t len;
        if (!n->cls->len(I, v, &len))
          return false;
        *out = len != 0;
        return true;
      }
      *out = true;
      return true;
    }
    default:
      *out = true;
      return true;
  }
}

static bool is_num(sv_value v) {
  return v.tag == SV_T_INT || v.tag == SV_T_BOOL || v.tag == SV_T_FLOAT;
}

static int64_t as_int(sv_value v) {
  return v.tag == SV_T_BOOL ? (int64_t)v.as.b : v.as.i;
}

/* Compare two numbers: -1, 0, 1; 2 when unordered (NaN). */
static int num_cmp(sv_value a, sv_value b) {
  if (a.tag != SV_T_FLOAT && b.tag != SV_T_FLOAT) {
    int64_t x = as_int(a), y = as_int(b);
    return x < y ? -1 : x > y;
  }
  long double x = a.tag == SV_T_FLOAT ? (long double)a.as.f
                                      : (long double)as_int(a);
  long double y = b.tag == SV_T_FLOAT ? (long double)b.as.f
                                      : (long double)as_int(b);
  if (x != x || y != y)
    return 2;
  return x < y ? -1 : x > y;
}

static bool guard_enter(sv_interp *I) {
  if (++I->cdepth > 2000) {
    I->cdepth--;
    return sv_raise(I, "RecursionError",
                    "maximum recursion depth exceeded in comparison");
  }
  return true;
}

bool sv_equal(sv_interp *I, sv_value a, sv_value b, bool *out) {
  if (is_num(a) && is_num(b)) {
    *out = num_cmp(a, b) == 0;
    return true;
  }
  if (a.tag != SV_T_OBJ || b.tag != SV_T_OBJ) {
    if (a.tag == SV_T_OBJ && a.as.o->type == SV_O_NATIVE &&
        SV_AS(sv_native_obj, a)->cls->eq)
      return SV_AS(sv_native_obj, a)->cls->eq(I, a, b, out);
    if (b.tag == SV_T_OBJ && b.as.o->type == SV_O_NATIVE &&
        SV_AS(sv_native_obj, b)->cls->eq)
      return SV_AS(sv_native_obj, b)->cls->eq(I, b, a, out);
    *out = a.tag == b.tag && (a.tag == SV_T_NONE || a.tag == SV_T_NOTIMPL ||
                              a.tag == SV_T_UNSET);
    return true;
  }
  if (a.as.o == b.as.o && a.as.o->type != SV_O_NATIVE) {
    *out = true; /* identity implies equality (no NaN containers here) */
    return true;
  }
  int ta = a.as.o->type, tb = b.as.o->type;
  if (ta == SV_O_NATIVE && SV_AS(sv_native_obj, a)->cls->eq)
    return SV_AS(sv_native_obj, a)->cls->eq(I, a, b, out);
  if (tb == SV_O_NATIVE && SV_AS(sv_native_obj, b)->cls->eq)
    return SV_AS(sv_native_obj, b)->cls->eq(I, b, a, out);
  if (ta != tb) {
    *out = false;
    return true;
  }
  switch (ta) {
    case SV_O_STR:
      *out = sv_str_len(a) == sv_str_len(b) &&
             !memcmp(sv_str_data(a), sv_str_data(b), sv_str_len(a));
      return true;
    case SV_O_LIST:
    case SV_O_TUPLE: {
      size_t n = sv_seq_len(a);
      if (n != sv_seq_len(b)) {
        *out = false;
        return true;
      }
      if (!guard_enter(I))
        return false;
      *out = true;
      for (size_t i = 0; i < n && *out; i++) {
        if (!sv_equal(I, sv_seq_item(a, i), sv_seq_item(b, i), out)) {
          I->cdepth--;
          return false;
        }
      }
      I->cdepth--;
      return true;
    }
    case SV_O_DICT:
    case SV_O_SET: {
      sv_dict_obj *x = SV_AS(sv_dict_obj, a), *y = SV_AS(sv_dict_obj, b);
      if (x->live != y->live) {
        *out = false;
        return true;
      }
      if (!guard_enter(I))
        return false;
      *out = true;
      for (size_t i = 0; i < x->count && *out; i++) {
        if (x->entries[i].key.tag == SV_T_UNSET)
          continue;
        sv_value v;
        bool found;
        if (!sv__dict_lookup(I, b, x->entries[i].key, &v, &found)) {
          I->cdepth--;
          return false;
        }
        if (!found)
          *out = false;
        else if (ta == SV_O_DICT &&
                 !sv_equal(I, x->entries[i].val, v, out)) {
          I->cdepth--;
          return false;
        }
      }
      I->cdepth--;
      return true;
    }
    case SV_O_RANGE: {
      sv_range_obj *x = SV_AS(sv_range_obj, a), *y = SV_AS(sv_range_obj, b);
      size_t n = sv__range_len(x);
      *out = n == sv__range_len(y) &&
             (n == 0 || (x->start == y->start && (n == 1 || x->step ==
                                                                y->step)));
      return true;
    }
    default:
      *out = false;
      return true;
  }
}

static const char *op_sym(sv_binop op) {
  static const char *const syms[] = {"+", "-", "*", "/", "//", "%", "** or pow()",
                                     "@", "<", "<=", ">", ">=", "==", "!="};
  return syms[op];
}

/* a < b for the orderable builtin types. */
bool sv__lt(sv_interp *I, sv_value a, sv_value b, bool *out) {
  sv_value r;
  if (!sv__compare(I, SV_BIN_LT, a, b, &r))
    return false;
  bool ok = sv_truthy(I, r, out);
  sv_decref(I, r);
  return ok;
}

/* Three-way ordering for builtin types; false + *unordered when the types
 * do not support ordering. */
static bool order(sv_interp *I, sv_value a, sv_value b, int *out,
                  bool *unsupported) {
  *unsupported = false;
  if (is_num(a) && is_num(b)) {
    *out = num_cmp(a, b);
    return true;
  }
  if (a.tag == SV_T_OBJ && b.tag == SV_T_OBJ && a.as.o->type == b.as.o->type) {
    int t = a.as.o->type;
    if (t == SV_O_STR) {
      size_t la = sv_str_len(a), lb = sv_str_len(b);
      int c = memcmp(sv_str_data(a), sv_str_data(b), la < lb ? la : lb);
      *out = c < 0 ? -1 : c > 0 ? 1 : la < lb ? -1 : la > lb;
      return true;
    }
    if (t == SV_O_LIST || t == SV_O_TUPLE) {
      size_t la = sv_seq_len(a), lb = sv_seq_len(b);
      if (!guard_enter(I))
        return false;
      for (size_t i = 0; i < la && i < lb; i++) {
        bool eq;
        if (!sv_equal(I, sv_seq_item(a, i), sv_seq_item(b, i), &eq)) {
          I->cdepth--;
          return false;
        }
        if (!eq) {
          bool ok = order(I, sv_seq_item(a, i), sv_seq_item(b, i), out,
                          unsupported);
          I->cdepth--;
          if (!ok && *unsupported)
            return sv_raise(I, "TypeError",
                            "'<' not supported between instances of '%s' "
                            "and '%s'",
                            sv_type_name(sv_seq_item(a, i)),
                            sv_type_name(sv_seq_item(b, i))) &&
                   false;
          return ok;
        }
      }
      I->cdepth--;
      *out = la < lb ? -1 : la > lb;
      return true;
    }
  }
  *unsupported = true;
  return false;
}

static bool native_binop(sv_interp *I, sv_binop op, sv_value a, sv_value b,
                         sv_value *out) {
  /* Left operand's hook, then the right operand's reflected hook. */
  *out = (sv_value){SV_T_NOTIMPL, {.i = 0}};
  if (sv__placeholder_rejected(I, a) || sv__placeholder_rejected(I, b))
    return false;
  if (a.tag == SV_T_OBJ && a.as.o->type == SV_O_NATIVE &&
      SV_AS(sv_native_obj, a)->cls->binop) {
    if (!SV_AS(sv_native_obj, a)->cls->binop(I, op, a, b, false, out))
      return false;
    if (out->tag != SV_T_NOTIMPL)
      return true;
  }
  if (b.tag == SV_T_OBJ && b.as.o->type == SV_O_NATIVE &&
      SV_AS(sv_native_obj, b)->cls->binop) {
    if (!SV_AS(sv_native_obj, b)->cls->binop(I, op, b, a, true, out))
      return false;
  }
  return true;
}

/* Every element of a is in b. */
static bool set_within(sv_interp *I, sv_value a, sv_value b, bool *out) {
  sv_dict_obj *d = SV_AS(sv_dict_obj, a);
  *out = true;
  for (size_t k = 0; k < d->count && *out; k++) {
    if (d->entries[k].key.tag == SV_T_UNSET)
      continue;
    sv_value v;
    if (!sv__dict_lookup(I, b, d->entries[k].key, &v, out))
      return false;
  }
  return true;
}

/* Set ordering is inclusion: a <= b is a.issubset(b), a < b a proper
 * subset; a > b and a >= b the same the other way round. */
static bool set_compare(sv_interp *I, sv_binop op, sv_value a, sv_value b,
                        sv_value *out) {
  if (op == SV_BIN_GT || op == SV_BIN_GE) {
    sv_value t = a;
    a = b;
    b = t;
  }
  size_t na = SV_AS(sv_dict_obj, a)->live, nb = SV_AS(sv_dict_obj, b)->live;
  bool within = false;
  if (na <= nb && !set_within(I, a, b, &within))
    return false;
  bool strict = op == SV_BIN_LT || op == SV_BIN_GT;
  *out = sv_bool(within && (!strict || na < nb));
  return true;
}

bool sv__compare(sv_interp *I, sv_binop op, sv_value a, sv_value b,
                 sv_value *out) {
  bool any_native = (a.tag == SV_T_OBJ && a.as.o->type == SV_O_NATIVE) ||
                    (b.tag == SV_T_OBJ && b.as.o->type == SV_O_NATIVE);
  if (any_native) {
    if (!native_binop(I, op, a, b, out))
      return false;
    if (out->tag != SV_T_NOTIMPL)
      return true;
  }
  if (op == SV_BIN_EQ || op == SV_BIN_NE) {
    bool eq;
    if (!sv_equal(I, a, b, &eq))
      return false;
    *out = sv_bool(op == SV_BIN_EQ ? eq : !eq);
    return true;
  }
  if (sv_is_obj(a, SV_O_SET) && sv_is_obj(b, SV_O_SET))
    return set_compare(I, op, a, b, out);
  int c;
  bool unsupported;
  if (!order(I, a, b, &c, &unsupported)) {
    if (!unsupported)
      return false;
    return sv_raise(I, "TypeError",
                    "'%s' not supported between instances of '%s' and '%s'",
                    op_sym(op), sv_type_name(a), sv_type_name(b));
  }
  bool r = false;
  if (c != 2) {
    switch (op) {
      case SV_BIN_LT:
        r = c < 0;
        break;
      case SV_BIN_LE:
        r = c <= 0;
        break;
      case SV_BIN_GT:
        r = c > 0;
        break;
      default:
        r = c >= 0;
        break;
    }
  }
  *out = sv_bool(r);
  return true;
}

/* ---- arithmetic --------------------------------------------------------- */

bool sv__int_overflow(sv_interp *I) {
  return sv_raise(I, "OverflowError",
                  "integer overflow (scopeviz ints are 64-bit)");
}

static double as_float(sv_value v) {
  return v.tag == SV_T_FLOAT ? v.as.f : (double)as_int(v);
}

static bool int_pow(sv_interp *I, int64_t b, int64_t e, sv_value *out) {
  if (e < 0) {
    if (b == 0)
      return sv_raise(I, "ZeroDivisionError",
                      "0.0 cannot be raised to a negative power");
    *out = sv_float(pow((double)b, (double)e));
    return true;
  }
  int64_t r = 1;
  while (e) {
    if (e & 1) {
      if (__builtin_mul_overflow(r, b, &r))
        return sv__int_overflow(I);
    }
    e >>= 1;
    if (e && __builtin_mul_overflow(b, b, &b))
      return sv__int_overflow(I);
  }
  *out = sv_int(r);
  return true;
}

static bool num_binop(sv_interp *I, sv_binop op, sv_value a, sv_value b,
                      sv_value *out) {
  if (a.tag != SV_T_FLOAT && b.tag != SV_T_FLOAT) {
    int64_t x = as_int(a), y = as_int(b), r;
    switch (op) {
      case SV_BIN_ADD:
        if (__builtin_add_overflow(x, y, &r))
          return sv__int_overflow(I);
        *out = sv_int(r);
        return true;
      case SV_BIN_SUB:
        if (__builtin_sub_overflow(x, y, &r))
          return sv__int_overflow(I);
        *out = sv_int(r);
        return true;
      case SV_BIN_MUL:
        if (__builtin_mul_overflow(x, y, &r))
          return sv__int_overflow(I);
        *out = sv_int(r);
        return true;
      case SV_BIN_TRUEDIV:
        if (y == 0)
          return sv_raise(I, "ZeroDivisionError", "division by zero");
        *out = sv_float((double)x / (double)y);
        return true;
      case SV_BIN_FLOORDIV:
      case SV_BIN_MOD: {
        if (y == 0)
          return sv_raise(I, "ZeroDivisionError",
                          op == SV_BIN_MOD
                              ? "integer modulo by zero"
                              : "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) {
          if (op == SV_BIN_MOD) {
            *out = sv_int(0);
            return true;
          }
          return sv__int_overflow(I);
        }
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
          q--;
          m += y;
        }
        *out = sv_int(op == SV_BIN_MOD ? m : q);
        return true;
      }
      case SV_BIN_POW:
        return int_pow(I, x, y, out);
      default:
        break;
    }
    *out = (sv_value){SV_T_NOTIMPL, {.i = 0}};
    return true;
  }
  double x = as_float(a), y = as_float(b);
  switch (op) {
    case SV_BIN_ADD:
      *out = sv_float(x + y);
      return true;
    case SV_BIN_SUB:
      *out = sv_float(x - y);
      return true;
    case SV_BIN_MUL:
      *out = sv_float(x * y);
      return true;
    case SV_BIN_TRUEDIV:
      if (y == 0)
        return sv_raise(I, "ZeroDivisionError", "float division by zero");
      *out = sv_float(x / y);
      return true;
    case SV_BIN_FLOORDIV:
    case SV_BIN_MOD: {
      if (y == 0)
        return sv_raise(I, "ZeroDivisionError",
                        op == SV_BIN_MOD ? "float modulo"
                                         : "float floor division by zero");
      /* CPython float_divmod. */
      double mod = fmod(x, y);
      double div = (x - mod) / y;
      if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
          mod += y;
          div -= 1.0;
        }
      } else {
        mod = copysign(0.0, y);
      }
      double floordiv;
      if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
          floordiv += 1.0;
      } else {
        floordiv = copysign(0.0, x / y);
      }
      *out = sv_float(op == SV_BIN_MOD ? mod : floordiv);
      return true;
    }
    case SV_BIN_POW:
      if (x == 0 && y < 0)
        return sv_raise(I, "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power");
      if (x < 0 && y != floor(y))
        return sv_raise(I, "ValueError",
                        "negative number cannot be raised to a fractional "
                        "power (complex numbers are not emulated)");
      {
        double r = pow(x, y);
        if (isinf(r) && !isinf(x) && !isinf(y))
          return sv_raise(I, "OverflowError", "(34, 'Numerical result out "
                                              "of range')");
        *out = sv_float(r);
      }
      return true;
    default:
      break;
  }
  *out = (sv_value){SV_T_NOTIMPL, {.i = 0}};
  return true;
}

static bool seq_repeat(sv_interp *I, sv_value seq, int64_t n, sv_value *out) {
  if (n < 0)
    n = 0;
  /* An empty sequence stays empty however large n is: no loop over n
   * ("" * 25**12 must not run 10^17 empty appends). */
  if ((sv_is_str(seq) ? sv_str_len(seq) : sv_seq_len(seq)) == 0)
    n = 0;
  if (sv_is_str(seq)) {
    size_t len = sv_str_len(seq);
    if (len && (uint64_t)n > (SIZE_MAX / 4) / len)
      return sv_raise(I, "MemoryError", "%s", "");
    /* twice: the buffer and the string made from it */
    if (len && !sv__mem_reserve(I, (size_t)n, 2 * len))
      return false;
    sv_buf b;
    sv__buf_init(&b);
    sv__buf_reserve(&b, len * (size_t)n + 1);
    for (int64_t i = 0; i < n; i++)
      sv__buf_append(&b, sv_str_data(seq), len);
    *out = sv_str_new(I, b.data ? b.data : "", b.len);
    sv__buf_fini(&b);
    return true;
  }
  size_t len = sv_seq_len(seq);
  if (len && (uint64_t)n > (SIZE_MAX / 64) / len)
    return sv_raise(I, "MemoryError", "%s", "");
  size_t total = len * (size_t)n;
  if (!sv__mem_reserve(I, total, sizeof(sv_value)))
    return false;
  if (sv_is_list(seq)) {
    sv_value l = sv_list_new(I, total);
    for (int64_t i = 0; i < n; i++)
      for (size_t j = 0; j < len; j++) {
        sv_value x = sv_seq_item(seq, j);
        sv_incref(x);
        sv_list_append(I, l, x);
      }
    *out = l;
    return true;
  }
  sv_value t = sv_tuple_new(I, total);
  size_t k = 0;
  for (int64_t i = 0; i < n; i++)
    for (size_t j = 0; j < len; j++) {
      sv_value x = sv_seq_item(seq, j);
      sv_incref(x);
      SV_AS(sv_tuple_obj, t)->items[k++] = x;
    }
  *out = t;
  return true;
}

static bool seq_concat(sv_interp *I, sv_value a, sv_value b, sv_value *out) {
  size_t la = sv_seq_len(a), lb = sv_seq_len(b);
  if (!sv__mem_reserve(I, la + lb, sizeof(sv_value)))
    return false;
  if (sv_is_list(a)) {
    sv_value l = sv_list_new(I, la + lb);
    for (size_t i = 0; i < la + lb; i++) {
      sv_value x = i < la ? sv_seq_item(a, i) : sv_seq_item(b, i - la);
      sv_incref(x);
      sv_list_append(I, l, x);
    }
    *out = l;
    return true;
  }
  sv_value t = sv_tuple_new(I, la + lb);
  for (size_t i = 0; i < la + lb; i++) {
    sv_value x = i < la ? sv_seq_item(a, i) : sv_seq_item(b, i - la);
    sv_incref(x);
    SV_AS(sv_tuple_obj, t)->items[i] = x;
  }
  *out = t;
  return true;
}

static bool builtin_binop(sv_interp *I, sv_binop op, sv_value a, sv_value b,
                          sv_value *out) {
  *out = (sv_value){SV_T_NOTIMPL, {.i = 0}};
  if (is_num(a) && is_num(b))
    return num_binop(I, op, a, b, out);
  int ta = a.tag == SV_T_OBJ ? a.as.o->type : -1;
  int tb = b.tag == SV_T_OBJ ? b.as.o->type : -1;
  if (op == SV_BIN_ADD) {
    if (ta == SV_O_STR && tb == SV_O_STR) {
      /* s = s + s doubles each time: check before allocating */
      if (!sv__mem_reserve(I, sv_str_len(a) + sv_str_len(b), 1))
        return false;
      *out = sv__str_concat(I, sv_str_data(a), sv_str_len(a), sv_str_data(b),
                            sv_str_len(b));
      return true;
    }
    if (ta == SV_O_STR && tb != SV_O_NATIVE)
      return sv_raise(I, "TypeError",
                      "can only concatenate str (not \"%s\") to str",
                      sv_type_name(b));
    if ((ta == SV_O_LIST || ta == SV_O_TUPLE) && ta == tb)
      return seq_concat(I, a, b, out);
    if (ta == SV_O_LIST && tb != SV_O_NATIVE)
      return sv_raise(I, "TypeError",
                      "can only concatenate list (not \"%s\") to list",
                      sv_type_name(b));
    if (ta == SV_O_TUPLE && tb != SV_O_NATIVE)
      return sv_raise(I, "TypeError",
                      "can only concatenate tuple (not \"%s\") to tuple",
                      sv_type_name(b));
  }
  if (op == SV_BIN_MUL) {
    bool sa = ta == SV_O_STR || ta == SV_O_LIST || ta == SV_O_TUPLE;
    bool sb = tb == SV_O_STR || tb == SV_O_LIST || tb == SV_O_TUPLE;
    if (sa && (b.tag == SV_T_INT || b.tag == SV_T_BOOL))
      return seq_repeat(I, a, as_int(b), out);
    if (sb && (a.tag == SV_T_INT || a.tag == SV_T_BOOL))
      return seq_repeat(I, b, as_int(a), out);
    if ((sa && tb != SV_O_NATIVE) || (sb && ta != SV_O_NATIVE))
      return sv_raise(I, "TypeError",
                      "can't multiply sequence by non-int of type '%s'",
                      sv_type_name(sa ? b : a));
  }
  if (op == SV_BIN_MOD && ta == SV_O_STR)
    return sv__percent_format(I, a, b, out);
  if (op == SV_BIN_SUB && ta == SV_O_SET && tb == SV_O_SET) {
    sv_value s = sv__set_new(I);
    sv_dict_obj *d = SV_AS(sv_dict_obj, a);
    for (size_t i = 0; i < d->count; i++) {
      if (d->entries[i].key.tag == SV_T_UNSET)
        continue;
      bool in;
      if (!sv__contains(I, b, d->entries[i].key, &in)) {
        sv_decref(I, s);
        return false;
      }
      if (!in && !dict_put(I, SV_AS(sv_dict_obj, s), d->entries[i].key,
                           sv_none(), true)) {
        sv_decref(I, s);
        return false;
      }
    }
    *out = s;
    return true;
  }
  return true;
}

static bool set_binop(sv_interp *I, sv_ast_op op, sv_value a, sv_value b,
                      sv_value *out) {
  sv_value s = sv__set_new(I);
  sv_dict_obj *da = SV_AS(sv_dict_obj, a), *db = SV_AS(sv_dict_obj, b);
  for (int pass = 0; pass < 2; pass++) {
    sv_dict_obj *d = pass ? db : da;
    sv_value other = pass ? a : b;
    for (size_t i = 0; i < d->count; i++) {
      sv_value k = d->entries[i].key;
      if (k.tag == SV_T_UNSET)
        continue;
      bool in, take;
      if (!sv__contains(I, other, k, &in)) {
        sv_decref(I, s);
        return false;
      }
      if (op == SV_OP_BITOR)
        take = true;
      else if (op == SV_OP_BITAND)
        take = !pass && in;
      else
        take = !in;
      if (take && !dict_put(I, SV_AS(sv_dict_obj, s), k, sv_none(), true)) {
        sv_decref(I, s);
        return false;
      }
    }
  }
  *out = s;
  return true;
}

/* Bitwise operators (not part of sv_binop): ints, bools and sets. */
bool sv__bitop(sv_interp *I, sv_ast_op op, sv_value a, sv_value b,
               sv_value *out);
bool sv__bitop(sv_interp *I, sv_ast_op op, sv_value a, sv_value b,
               sv_value *out) {
  static const char *const names[] = {"<<", ">>", "&", "|", "^"};
  const char *sym = names[op - SV_OP_LSHIFT];
  if ((a.tag == SV_T_INT || a.tag == SV_T_BOOL) &&
      (b.tag == SV_T_INT || b.tag == SV_T_BOOL)) {
    int64_t x = as_int(a), y = as_int(b);
    switch (op) {
      case SV_OP_LSHIFT:
        if (y < 0)
          return sv_raise(I, "ValueError", "negative shift count");
        if (x == 0) { /* 0 << n is 0 for any n (no C shift past 63) */
          *out = sv_int(0);
          return true;
        }
        /* shift as unsigned (a negative left operand is UB in C) */
        if (y >= 63 || ((int64_t)((uint64_t)x << y) >> y) != x)
          return sv__int_overflow(I);
        *out = sv_int((int64_t)((uint64_t)x << y));
        return true;
      case SV_OP_RSHIFT:
        if (y < 0)
          return sv_raise(I, "ValueError", "negative shift count");
        *out = sv_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        return true;
      case SV_OP_BITAND:
        *out = a.tag == SV_T_BOOL && b.tag == SV_T_BOOL ? sv_bool(x & y)
                                                        : sv_int(x & y);
        return true;
      case SV_OP_BITOR:
        *out = a.tag == SV_T_BOOL && b.tag == SV_T_BOOL ? sv_bool(x | y)
                                                        : sv_int(x | y);
        return true;
      default:
        *out = a.tag == SV_T_BOOL && b.tag == SV_T_BOOL ? sv_bool(x ^ y)
                                                        : sv_int(x ^ y);
        return true;
    }
  }
  if (sv_is_obj(a, SV_O_SET) && sv_is_obj(b, SV_O_SET) &&
      op >= SV_OP_BITAND)
    return set_binop(I, op, a, b, out);
  if (sv_is_obj(a, SV_O_DICT) && sv_is_obj(b, SV_O_DICT) &&
      op == SV_OP_BITOR) {
    sv_value d = sv_dict_new(I);
    for (int pass = 0; pass < 2; pass++) {
      sv_dict_obj *s = SV_AS(sv_dict_obj, pass ? b : a);
      for (size_t i = 0; i < s->count; i++)
        if (s->entries[i].key.tag != SV_T_UNSET &&
            !dict_put(I, SV_AS(sv_dict_obj, d), s->entries[i].key,
                      s->entries[i].val, false)) {
          sv_decref(I, d);
          return false;
        }
    }
    *out = d;
    return true;
  }
  if (sv__placeholder_rejected(I, a) || sv__placeholder_rejected(I, b))
    return false;
  return sv_raise(I, "TypeError",
                  "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                  I->inplace_op ? "=" : "", sv_type_name(a), sv_type_name(b));
}

bool sv__binop(sv_interp *I, sv_binop op, sv_value a, sv_value b,
               sv_value *out) {
  if (op >= SV_BIN_LT)
    return sv__compare(I, op, a, b, out);
  bool inplace = I->inplace_op; /* set by `x op= y` for this call only */
  I->inplace_op = false;
  bool na = a.tag == SV_T_OBJ && a.as.o->type == SV_O_NATIVE;
  bool nb = b.tag == SV_T_OBJ && b.as.o->type == SV_O_NATIVE;
  if (na) {
    if (!native_binop(I, op, a, b, out))
      return false;
  } else {
    if (!builtin_binop(I, op, a, b, out))
      return false;
    if (out->tag == SV_T_NOTIMPL && nb && !native_binop(I, op, a, b, out))
      return false;
  }
  if (out->tag != SV_T_NOTIMPL)
    return true;
  if (inplace)
    return sv_raise(I, "TypeError",
                    "unsupported operand type(s) for %s=: '%s' and '%s'",
                    op == SV_BIN_POW ? "**" : op_sym(op), sv_type_name(a),
                    sv_type_name(b));
  if (op == SV_BIN_POW)
    return sv_raise(I, "TypeError",
                    "unsupported operand type(s) for ** or pow(): '%s' and "
                    "'%s'",
                    sv_type_name(a), sv_type_name(b));
  return sv_raise(I, "TypeError",
                  "unsupported operand type(s) for %s: '%s' and '%s'",
                  op_sym(op), sv_type_name(a), sv_type_name(b));
}

/* ---- containment, indexing, length ---------------------------------------- */

bool sv__len(sv_interp *I, sv_value v, size_t *out) {
  if (v.tag == SV_T_OBJ) {
    switch (v.as.o->type) {
      case SV_O_STR: {
        /* len() counts code points. */
        const unsigned char *s = (const unsigned char *)sv_str_data(v);
        size_t n = 0, len = sv_str_len(v);
        for (size_t i = 0; i < len; i++)
          n += (s[i] & 0xc0) != 0x80;
        *out = n;
        return true;
      }
      case SV_O_LIST:
      case SV_O_TUPLE:
        *out = sv_seq_len(v);
        return true;
      case SV_O_DICT:
      case SV_O_SET:
        *out = SV_AS(sv_dict_obj, v)->live;
        return true;
      case SV_O_RANGE:
        *out = sv__range_len(SV_AS(sv_range_obj, v));
        return true;
      case SV_O_NATIVE: {
        if (sv__placeholder_rejected(I, v))
          return false;
        if (SV_AS(sv_native_obj, v)->cls->len)
          return SV_AS(sv_native_obj, v)->cls->len(I, v, out);
        break;
      }
      default:
        break;
    }
  }
  return sv_raise(I, "TypeError", "object of type '%s' has no len()",
                  sv_type_name(v));
}

bool sv__contains(sv_interp *I, sv_value c, sv_value x, bool *out) {
  *out = false;
  if (c.tag == SV_T_OBJ) {
    switch (c.as.o->type) {
      case SV_O_STR: {
        if (!sv_is_str(x))
          return sv_raise(I, "TypeError",
                          "'in <string>' requires string as left operand, "
                          "not %s",
                          sv_type_name(x));
        size_t n = sv_str_len(x), h = sv_str_len(c);
        if (n == 0) {
          *out = true;
          return true;
        }
        for (size_t i = 0; i + n <= h; i++)
          if (!memcmp(sv_str_data(c) + i, sv_str_data(x), n)) {
            *out = true;
            break;
          }
        return true;
      }
      case SV_O_LIST:
      case SV_O_TUPLE:
        for (size_t i = 0; i < sv_seq_len(c); i++) {
          sv_value y = sv_seq_item(c, i);
          if (y.tag == SV_T_OBJ && x.tag == SV_T_OBJ && y.as.o == x.as.o) {
            *out = true;
            return true;
          }
          if (!sv_equal(I, y, x, out))
            return false;
          if (*out)
            return true;
        }
        return true;
      case SV_O_DICT:
      case SV_O_SET: {
        sv_value v;
        return sv__dict_lookup(I, c, x, &v, out);
      }
      case SV_O_RANGE: {
        sv_range_obj *r = SV_AS(sv_range_obj, c);
        if (x.tag == SV_T_FLOAT && x.as.f == floor(x.as.f) &&
            fabs(x.as.f) < 9e18)
          x = sv_int((int64_t)x.as.f);
        if (x.tag != SV_T_INT && x.tag != SV_T_BOOL)
          return true;
        int64_t i = as_int(x);
        if (r->step > 0)
          *out = i >= r->start && i < r->stop &&
                 ((__int128)i - r->start) % r->step == 0;
        else
          *out = i <= r->start && i > r->stop &&
                 ((__int128)r->start - i) % -(__int128)r->step == 0;
        return true;
      }
      case SV_O_NATIVE: {
        sv_value l;
        if (sv__dict_keys_view(c, &l)) /* `k in d.keys()`: a lookup */
          return sv__contains(I, l, x, out);
        if (SV_AS(sv_native_obj, c)->cls->iter) {
          if (!sv_to_list(I, c, &l))
            return false;
          bool ok = sv__contains(I, l, x, out);
          sv_decref(I, l);
          return ok;
        }
        break;
      }
      default:
        break;
    }
  }
  if (sv__placeholder_rejected(I, c))
    return false;
  return sv_raise(I, "TypeError", "argument of type '%s' is not iterable",
                  sv_type_name(c));
}

static bool index_of(sv_interp *I, sv_value key, size_t len, const char *what,
                     size_t *out) {
  if (key.tag != SV_T_INT && key.tag != SV_T_BOOL) {
    if (!strcmp(what, "str")) /* CPython 3.11's wording for str */
      return sv_raise(I, "TypeError",
                      "string indices must be integers, not '%s'",
                      sv_type_name(key));
    if (key.tag == SV_T_OBJ && key.as.o->type == SV_O_NATIVE)
      return sv_raise(I, "TypeError",
                      "%s indices must be integers or slices, not %s",
                      what, sv_type_name(key));
    return sv_raise(I, "TypeError",
                    "%s indices must be integers or slices, not %s", what,
                    sv_type_name(key));
  }
  int64_t i = as_int(key);
  if (i < 0)
    i += (int64_t)len;
  if (i < 0 || (uint64_t)i >= len) {
    if (!strcmp(what, "str"))
      return sv_raise(I, "IndexError", "string index out of range");
    if (!strcmp(what, "range object"))
      return sv_raise(I, "IndexError", "range object index out of range");
    return sv_raise(I, "IndexError", "%s index out of range", what);
  }
  *out = (size_t)i;
  return true;
}

/* A slice object is represented as a 3-tuple flagged SLICE. */
#define SV_FLAG_SLICE 1

static bool slice_indices(sv_interp *I, sv_value slice, size_t len,
                          int64_t *start, int64_t *stop, int64_t *step,
                          size_t *count) {
  sv_tuple_obj *t = SV_AS(sv_tuple_obj, slice);
  int64_t n = (int64_t)len;
  for (int k = 0; k < 3; k++) {
    sv_value v = t->items[k];
    if (v.tag != SV_T_NONE && v.tag != SV_T_INT && v.tag != SV_T_BOOL)
      return sv_raise(I, "TypeError",
                      "slice indices must be integers or None or have an "
                      "__index__ method");
  }
  *step = t->items[2].tag == SV_T_NONE ? 1 : as_int(t->items[2]);
  if (*step == 0)
    return sv_raise(I, "ValueError", "slice step cannot be zero");
  int64_t lo_def = *step > 0 ? 0 : n - 1, hi_def = *step > 0 ? n : -1;
  int64_t lo, hi;
  if (t->items[0].tag == SV_T_NONE) {
    lo = lo_def;
  } else {
    lo = as_int(t->items[0]);
    if (lo < 0) {
      lo += n;
      if (lo < 0)
        lo = *step > 0 ? 0 : -1;
    } else if (lo >= n) {
      lo = *step > 0 ? n : n - 1;
    }
  }
  if (t->items[1].tag == SV_T_NONE) {
    hi = hi_def;
  } else {
    hi = as_int(t->items[1]);
    if (hi < 0) {
      hi += n;
      if (hi < 0)
        hi = *step > 0 ? 0 : -1;
    } else if (hi >= n) {
      hi = *step > 0 ? n : n - 1;
    }
  }
  *start = lo;
  *stop = hi;
  if (*step > 0)
    *count = hi > lo ? (size_t)((hi - lo - 1) / *step + 1) : 0;
  else
    *count = lo > hi ? (size_t)((lo - hi - 1) / -*step + 1) : 0;
  return true;
}

static bool is_slice(sv_value v) {
  return sv_is_tuple(v) && (v.as.o->flags & SV_FLAG_SLICE);
}

/* Byte offsets of code points (strings are indexed by code point). */
static size_t utf8_offset(const char *s, size_t len, size_t cp) {
  size_t i = 0;
  while (i < len && cp) {
    i++;
    while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
      i++;
    cp--;
  }
  return i;
}

static bool str_is_ascii(sv_value s) {
  const unsigned char *p = (const unsigned char *)sv_str_data(s);
  for (size_t i = 0; i < sv_str_len(s); i++)
    if (p[i] & 0x80)
      return false;
  return true;
}

bool sv__getitem(sv_interp *I, sv_value obj, sv_value key, sv_value *out) {
  if (obj.tag == SV_T_OBJ) {
    switch (obj.as.o->type) {
      case SV_O_LIST:
      case SV_O_TUPLE: {
        size_t len = sv_seq_len(obj);
        if (is_slice(key)) {
          int64_t start, stop, step;
          size_t n;
          if (!slice_indices(I, key, len, &start, &stop, &step, &n))
            return false;
          sv_value r = sv_is_list(obj) ? sv_list_new(I, n) : sv_tuple_new(I, n);
          for (size_t k = 0; k < n; k++) {
            sv_value x = sv_seq_item(obj, (size_t)(start + (int64_t)k * step));
            sv_incref(x);
            if (sv_is_list(obj))
              sv_list_append(I, r, x);
            else
              SV_AS(sv_tuple_obj, r)->items[k] = x;
          }
          *out = r;
          return true;
        }
        size_t i;
        if (!index_of(I, key, len, sv_is_list(obj) ? "list" : "tuple", &i))
          return false;
        *out = sv_seq_item(obj, i);
        sv_incref(*out);
        return true;
      }
      case SV_O_STR: {
        bool ascii = str_is_ascii(obj);
        const char *s = sv_str_data(obj);
        size_t blen = sv_str_len(obj), len;
        if (!sv__len(I, obj, &len))
          return false;
        if (is_slice(key)) {
          int64_t start, stop, step;
          size_t n;
          if (!slice_indices(I, key, len, &start, &stop, &step, &n))
            return false;
          sv_buf b;
          sv__buf_init(&b);
          for (size_t k = 0; k < n; k++) {
            size_t cp = (size_t)(start + (int64_t)k * step);
            if (ascii) {
              sv__buf_putc(&b, s[cp]);
            } else {
              size_t o = utf8_offset(s, blen, cp);
              size_t e = utf8_offset(s, blen, cp + 1);
              sv__buf_append(&b, s + o, e - o);
            }
          }
          *out = sv_str_new(I, b.data ? b.data : "", b.len);
          sv__buf_fini(&b);
          return true;
        }
        size_t i;
        if (!index_of(I, key, len, "str", &i))
          return false;
        if (ascii) {
          *out = sv_str_new(I, s + i, 1);
        } else {
          size_t o = utf8_offset(s, blen, i), e = utf8_offset(s, blen, i + 1);
          *out = sv_str_new(I, s + o, e - o);
        }
        return true;
      }
      case SV_O_DICT: {
        bool found;
        if (!sv__dict_lookup(I, obj, key, out, &found))
          return false;
        if (!found) {
          sv_value args = sv__tuple_from(I, &key, 1);
          sv_value e = sv__exc_new(I, sv__exc_class(I, "KeyError"), args);
          sv__raise_value(I, e);
          sv_decref(I, e);
          return false;
        }
        sv_incref(*out);
        return true;
      }
      case SV_O_RANGE: {
        sv_range_obj *r = SV_AS(sv_range_obj, obj);
        size_t len = sv__range_len(r);
        if (is_slice(key)) {
          int64_t start, stop, step;
          size_t n;
          if (!slice_indices(I, key, len, &start, &stop, &step, &n))
            return false;
          int64_t s0 = r->start + start * r->step;
          int64_t st = r->step * step;
          *out = sv__range_new(I, s0, s0 + (int64_t)n * st, st);
          return true;
        }
        size_t i;
        if (!index_of(I, key, len, "range object", &i))
          return false;
        *out = sv_int(r->start + (int64_t)i * r->step);
        return true;
      }
      case SV_O_NATIVE: {
        if (sv__placeholder_rejected(I, obj))
          return false;
        if (SV_AS(sv_native_obj, obj)->cls->getitem)
          return SV_AS(sv_native_obj, obj)->cls->getitem(I, obj, key, out);
        break;
      }
      default:
        break;
    }
  }
  if (obj.tag == SV_T_OBJ &&
      (obj.as.o->type == SV_O_TYPE || obj.as.o->type == SV_O_EXC_CLASS))
    return sv_raise(I, "TypeError", "type '%s' is not subscriptable",
                    obj.as.o->type == SV_O_TYPE
                        ? ((sv_type_obj *)obj.as.o)->name
                        : ((sv_exc_class_obj *)obj.as.o)->name);
  return sv_raise(I, "TypeError", "'%s' object is not subscriptable",
                  sv_type_name(obj));
}

bool sv__setitem(sv_interp *I, sv_value obj, sv_value key, sv_value val) {
  if (sv_is_list(obj)) {
    sv_list_obj *l = SV_AS(sv_list_obj, obj);
    if (is_slice(key)) {
      int64_t start, stop, step;
      size_t n;
      if (!slice_indices(I, key, l->count, &start, &stop, &step, &n))
        return false;
      sv_value items;
      if (!sv_to_list(I, val, &items))
        return false;
      sv_list_obj *src = SV_AS(sv_list_obj, items);
      if (step != 1) {
        if (src->count != n) {
          size_t have = src->count; /* src dies with items */
          sv_decref(I, items);
          return sv_raise(I, "ValueError",
                          "attempt to assign sequence of size %zu to extended "
                          "slice of size %zu",
                          have, n);
        }
        for (size_t k = 0; k < n; k++) {
          size_t i = (size_t)(start + (int64_t)k * step);
          sv_value old = l->items[i];
          sv_incref(src->items[k]);
          l->items[i] = src->items[k];
          sv_decref(I, old);
        }
        sv_decref(I, items);
        return true;
      }
      if (stop < start)
        stop = start;
      size_t lo = (size_t)start, hi = (size_t)stop, m = src->count;
      size_t newcount = l->count - (hi - lo) + m;
      sv_value *old = sv__xmalloc((hi - lo + 1) * sizeof *old);
      for (size_t i = lo; i < hi; i++)
        old[i - lo] = l->items[i];
      if (newcount > l->cap) {
        l->cap = newcount;
        l->items = sv__xrealloc(l->items, l->cap * sizeof *l->items);
      }
      memmove(l->items + lo + m, l->items + hi,
              (l->count - hi) * sizeof *l->items);
      for (size_t k = 0; k < m; k++) {
        sv_incref(src->items[k]);
        l->items[lo + k] = src->items[k];
      }
      l->count = newcount;
      for (size_t i = 0; i < hi - lo; i++)
        sv_decref(I, old[i]);
      sv__xfree(old);
      sv_decref(I, items);
      return true;
    }
    size_t i;
    if (!index_of(I, key, l->count, "list", &i)) {
      if (sv_exc_pending_type(I) &&
          !strcmp(sv_exc_pending_type(I), "IndexError")) {
        sv_decref(I, I->exc);
        I->exc = sv_unset();
        return sv_raise(I, "IndexError", "list assignment index out of range");
      }
      return false;
    }
    sv_value old = l->items[i];
    sv_incref(val);
    l->items[i] = val;
    sv_decref(I, old);
    return true;
  }
  if (sv_is_obj(obj, SV_O_DICT))
    return dict_put(I, SV_AS(sv_dict_obj, obj), key, val, false);
  if (sv__placeholder_rejected(I, obj))
    return false;
  return sv_raise(I, "TypeError",
                  "'%s' object does not support item assignment",
                  sv_type_name(obj));
}

bool sv__delitem(sv_interp *I, sv_value obj, sv_value key) {
  if (sv_is_list(obj)) {
    sv_list_obj *l = SV_AS(sv_list_obj, obj);
    if (is_slice(key)) {
      int64_t start, stop, step;
      size_t n;
      if (!slice_indices(I, key, l->count, &start, &stop, &step, &n))
        return false;
      /* Mark, then compact. */
      bool *del = sv__xcalloc(l->count + 1, 1);
      for (size_t k = 0; k < n; k++)
        del[start + (int64_t)k * step] = true;
      size_t j = 0, oldn = l->count;
      sv_value *gone = sv__xmalloc((n + 1) * sizeof *gone);
      size_t g = 0;
      for (size_t i = 0; i < oldn; i++) {
        if (del[i])
          gone[g++] = l->items[i];
        else
          l->items[j++] = l->items[i];
      }
      l->count = j;
      for (size_t i = 0; i < g; i++)
        sv_decref(I, gone[i]);
      sv__xfree(gone);
      sv__xfree(del);
      return true;
    }
    size_t i;
    if (!index_of(I, key, l->count, "list", &i)) {
      if (sv_exc_pending_type(I) &&
          !strcmp(sv_exc_pending_type(I), "IndexError")) {
        sv_decref(I, I->exc);
        I->exc = sv_unset();
        return sv_raise(I, "IndexError", "list assignment index out of range");
      }
      return false;
    }
    sv_value old = l->items[i];
    memmove(l->items + i, l->items + i + 1,
            (l->count - i - 1) * sizeof *l->items);
    l->count--;
    sv_decref(I, old);
    return true;
  }
  if (sv_is_obj(obj, SV_O_DICT)) {
    bool found;
    if (!sv__dict_del(I, obj, key, &found))
      return false;
    if (!found) {
      sv_value args = sv__tuple_from(I, &key, 1);
      sv_value e = sv__exc_new(I, sv__exc_class(I, "KeyError"), args);
      sv__raise_value(I, e);
      sv_decref(I, e);
      return false;
    }
    return true;
  }
  return sv_raise(I, "TypeError", "'%s' object doesn't support item deletion",
                  sv_type_name(obj));
}

/* ---- iteration ------------------------------------------------------------ */

bool sv_to_list(sv_interp *I, sv_value it, sv_value *out) {
  if (it.tag == SV_T_OBJ) {
    switch (it.as.o->type) {
      case SV_O_LIST:
      case SV_O_TUPLE: {
        size_t n = sv_seq_len(it);
        if (!sv__mem_reserve(I, n, sizeof(sv_value)))
          return false;
        sv_value l = sv_list_new(I, n);
        for (size_t i = 0; i < n; i++) {
          sv_value x = sv_seq_item(it, i);
          sv_incref(x);
          sv_list_append(I, l, x);
        }
        *out = l;
        return true;
      }
      case SV_O_STR: {
        /* a string object per character: the budget is asked as they
         * are made (fuzz finding 17: print(*s) of a 9.5 M-character s
         * took 1.2 GB under --max-memory 64M) */
        const char *s = sv_str_data(it);
        size_t len = sv_str_len(it);
        if (!sv__mem_reserve(I, len, sizeof(sv_value)))
          return false;
        sv_value l = sv_list_new(I, len);
        for (size_t i = 0; i < len;) {
          size_t j = i + 1;
          while (j < len && ((unsigned char)s[j] & 0xc0) == 0x80)
            j++;
          if (!sv__list_append_polled(I, l, sv_str_new(I, s + i, j - i))) {
            sv_decref(I, l);
            return false;
          }
          i = j;
        }
        *out = l;
        return true;
      }
      case SV_O_DICT:
      case SV_O_SET: {
        sv_dict_obj *d = SV_AS(sv_dict_obj, it);
        if (!sv__mem_reserve(I, d->live, sizeof(sv_value)))
          return false;
        sv_value l = sv_list_new(I, d->live);
        for (size_t i = 0; i < d->count; i++) {
          if (d->entries[i].key.tag == SV_T_UNSET)
            continue;
          sv_incref(d->entries[i].key);
          sv_list_append(I, l, d->entries[i].key);
        }
        *out = l;
        return true;
      }
      case SV_O_RANGE: {
        sv_range_obj *r = SV_AS(sv_range_obj, it);
        size_t n = sv__range_len(r);
        if (n > ((size_t)1 << 28))
          return sv_raise(I, "MemoryError", "%s", "");
        if (!sv__mem_reserve(I, n, sizeof(sv_value)))
          return false;
        sv_value l = sv_list_new(I, n);
        for (size_t i = 0; i < n; i++)
          sv_list_append(I, l, sv_int(r->start + (int64_t)i * r->step));
        *out = l;
        return true;
      }
      case SV_O_NATIVE: {
        if (sv__placeholder_rejected(I, it))
          return false;
        if (SV_AS(sv_native_obj, it)->cls->iter)
          return SV_AS(sv_native_obj, it)->cls->iter(I, it, out);
        break;
      }
      default:
        break;
    }
  }
  return sv_raise(I, "TypeError", "'%s' object is not iterable",
                  sv_type_name(it));
}

/* ---- natives ------------------------------------------------------------ */

sv_value sv_native_new(sv_interp *I, const sv_class *cls) {
  sv_native_obj *n = (sv_native_obj *)sv__obj_alloc(
      I, SV_O_NATIVE, sizeof(sv_native_obj) + cls->size);
  n->cls = cls;
  return sv_obj_value(&n->h);
}

bool sv_is_native(sv_value v, const sv_class *cls) {
  return sv_is_obj(v, SV_O_NATIVE) && SV_AS(sv_native_obj, v)->cls == cls;
}

void *sv_native_data(sv_value v) {
  return SV_AS(sv_native_obj, v)->data;
}

const sv_class *sv_native_class(sv_value v) {
  return sv_is_obj(v, SV_O_NATIVE) ? SV_AS(sv_native_obj, v)->cls : NULL;
}

bool sv_raise_no_attr(sv_interp *I, sv_value self, const char *name) {
  if (sv_is_obj(self, SV_O_TYPE) || sv_is_obj(self, SV_O_EXC_CLASS))
    return sv_raise(I, "AttributeError",
                    "type object '%s' has no attribute '%s'",
                    sv_is_obj(self, SV_O_TYPE)
                        ? SV_AS(sv_type_obj, self)->name
                        : SV_AS(sv_exc_class_obj, self)->name,
                    name);
  return sv_raise(I, "AttributeError", "'%s' object has no attribute '%s'",
                  sv_type_name(self), name);
}

sv_value sv_builtin_new(sv_interp *I, const char *qualname, sv_native_fn fn,
                        void *ud, sv_value self) {
  sv_builtin_obj *b =
      (sv_builtin_obj *)sv__obj_alloc(I, SV_O_BUILTIN, sizeof(sv_builtin_obj));
  b->qualname = qualname;
  b->fn = fn;
  b->ud = ud;
  b->self = self;
  sv_incref(self);
  return sv_obj_value(&b->h);
}
