/* SPDX-License-Identifier: MIT
 * json: `scopeviz json` — the whole recorded model as JSON, format
 * "scopeviz-model" version 1 (docs/json-format.md, schema in
 * docs/scopeviz-model.schema.json). Records are built and printed one at a
 * time with cJSON; the surrounding object/array syntax is streamed here, so
 * memory stays proportional to one record, not to the model.
 */
#include "scopeviz/export.h"

#include "common.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- output ------------------------------------------------------------- */

/* Exporters see only the public headers, so they keep no heap of their
 * own: output is staged in a fixed buffer, and the only allocations are
 * cJSON's. Each record kind has one cJSON object built once (a template)
 * whose leaves are re-pointed for every record: strings are references to
 * the model's strings, numbers and small arrays raw text in per-leaf
 * buffers. A record costs no allocation once the buffers have grown.
 *
 * Printing: cJSON prints each template once with a marker for every
 * value (tpl_init), which splits the record's text into the segments
 * between values (the keys, quoted and escaped by cJSON, and the
 * punctuation). A record is then those segments with its values spliced
 * in: raw text and literals as they are, a string that needs no escaping
 * (no '"', '\\' or control byte) between quotes, and any other string
 * printed by cJSON alone. Printing the whole object through
 * cJSON_PrintPreallocated gives the same bytes but measures every item
 * with strlen twice (over half of a large model's export); the hook
 * SCOPEVIZ_JSON_CJSON=1 (docs/cli.md) prints every record that way, and
 * tests/cli/json_paths.sh and the run fuzzer check that both agree. */
typedef struct jout {
  sv_ex_out out; /* stages into buf */
  bool ok;
  bool whole; /* SCOPEVIZ_JSON_CJSON: every record through cJSON */
  char *pbuf; /* cJSON_PrintPreallocated target, reused for every record */
  size_t pcap;
  char buf[65536];
} jout;

static void emit(jout *o, const char *s)
{
  sv__ex_puts(&o->out, s);
}

/* memcpy for the short pieces records are made of (keys, numbers, names):
 * fixed-size, overlapping copies the compiler inlines, where a call to
 * memcpy with a variable length would cost more than the copy. */
static inline void copy(char *d, const char *s, size_t n)
{
  if (n >= 16) {
    memcpy(d, s, n);
  } else if (n >= 8) {
    memcpy(d, s, 8);
    memcpy(d + n - 8, s + n - 8, 8);
  } else if (n >= 4) {
    memcpy(d, s, 4);
    memcpy(d + n - 4, s + n - 4, 4);
  } else if (n) {
    d[0] = s[0];
    d[n / 2] = s[n / 2];
    d[n - 1] = s[n - 1];
  }
}

static inline void put(sv_ex_out *out, const char *s, size_t n)
{
  if (n <= out->cap - out->len) {
    copy(out->buf + out->len, s, n);
    out->len += n;
  } else {
    sv__ex_put(out, s, n);
  }
}

/* Prints one cJSON item (unformatted). The print buffer is reused across
 * items: no allocation per print once it is large enough. */
static void emit_cjson(jout *o, const cJSON *rec)
{
  if (!rec) {
    o->ok = false;
    return;
  }
  /* Straight into the staging buffer (no copy) when the item fits;
   * one that does not is printed again below. */
  sv_ex_out *out = &o->out;
  if (out->cap - out->len < 2048)
    sv__ex_flush(out);
  if (cJSON_PrintPreallocated((cJSON *)rec, out->buf + out->len,
                              (int)(out->cap - out->len), false)) {
    out->len += strlen(out->buf + out->len);
    return;
  }
  for (;;) {
    /* cJSON asks for 5 bytes of slack beyond the printed length. */
    if (o->pbuf &&
        cJSON_PrintPreallocated((cJSON *)rec, o->pbuf, (int)o->pcap, false)) {
      emit(o, o->pbuf);
      break;
    }
    size_t cap = o->pcap ? o->pcap * 2 : 65536;
    if (cap > ((size_t)1 << 30)) { // a single record above 1 GiB
      o->ok = false;
      break;
    }
    cJSON_free(o->pbuf);
    o->pbuf = cJSON_malloc(cap);
    o->pcap = o->pbuf ? cap : 0;
    if (!o->pbuf) {
      o->ok = false;
      break;
    }
  }
}

/* ---- record templates ------------------------------------------------------ */

enum { MAX_LEAVES = 24 };

typedef struct jleaf {
  cJSON *item;
  char *buf; /* raw text / cleaned string storage */
  size_t len, cap;
  const char *val; /* the value's text: raw JSON, or a string's bytes */
  size_t vlen;
  uint8_t how; /* LEAF_* */
  bool has_loc; /* buf holds the text of loc (L_loc) */
  sv_loc loc;
} jleaf;

enum {
  LEAF_RAW,   /* val is JSON text */
  LEAF_PLAIN, /* val is a string needing no escape: spliced between quotes */
  LEAF_ESC    /* a string cJSON escapes: printed from item */
};

typedef struct jtpl {
  jout *o;
  cJSON *obj;
  int n;
  jleaf leaf[MAX_LEAVES];
  char *skel; /* cJSON's print of obj with a marker for every value */
  const char *seg[MAX_LEAVES + 1]; /* skel split at the markers */
  size_t seglen[MAX_LEAVES + 1];
} jtpl;

/* Keeps the item's cJSON_StringIsConst flag (its key is a literal). */
static void set_type(cJSON *it, int type)
{
  it->type = (it->type & cJSON_StringIsConst) | type;
}

static void leaf_raw(jleaf *l, int type, const char *text, size_t n)
{
  set_type(l->item, type);
  l->item->valuestring = type & cJSON_Raw ? (char *)text : NULL;
  l->val = text;
  l->vlen = n;
  l->how = LEAF_RAW;
}

/* Splits cJSON's print of the template, every leaf a raw marker byte,
 * into the n + 1 segments around the values. */
static bool tpl_split(jtpl *t)
{
  static char marker[] = "\x01";
  for (int i = 0; i < t->n; i++)
    leaf_raw(&t->leaf[i], cJSON_Raw | cJSON_IsReference, marker, 1);
  t->skel = cJSON_PrintUnformatted(t->obj);
  for (int i = 0; i < t->n; i++)
    leaf_raw(&t->leaf[i], cJSON_NULL, "null", 4);
  if (!t->skel) return false;
  const char *p = t->skel;
  for (int i = 0; i <= t->n; i++) {
    const char *m = strchr(p, '\x01');
    if ((m == NULL) != (i == t->n)) return false;
    t->seg[i] = p;
    t->seglen[i] = m ? (size_t)(m - p) : strlen(p);
    if (m) p = m + 1;
  }
  return true;
}

/* keys: string literals, NULL-terminated list; leaf i is keys[i]. */
static void tpl_init(jtpl *t, jout *o, const char *const *keys)
{
  memset(t, 0, sizeof *t);
  t->o = o;
  t->obj = cJSON_CreateObject();
  if (!t->obj) {
    o->ok = false;
    return;
  }
  for (; keys[t->n] && t->n < MAX_LEAVES; t->n++) {
    cJSON *it = cJSON_CreateNull();
    if (!it) {
      o->ok = false;
      return;
    }
    cJSON_AddItemToObjectCS(t->obj, keys[t->n], it);
    t->leaf[t->n].item = it;
  }
  if (!tpl_split(t)) o->ok = false;
}

static void tpl_fini(jtpl *t)
{
  for (int i = 0; i < t->n; i++) {
    /* leaves only borrow their text: make them plain nulls first */
    set_type(t->leaf[i].item, cJSON_NULL);
    t->leaf[i].item->valuestring = NULL;
    cJSON_free(t->leaf[i].buf);
  }
  cJSON_free(t->skel);
  cJSON_Delete(t->obj);
}

/* Prints the record the template holds. */
static void emit_record(jtpl *t)
{
  jout *o = t->o;
  if (o->whole) {
    emit_cjson(o, t->obj);
    return;
  }
  sv_ex_out *out = &o->out;
  size_t need = t->seglen[t->n];
  bool esc = false;
  for (int i = 0; i < t->n; i++) {
    need += t->seglen[i] + t->leaf[i].vlen + 2;
    esc |= t->leaf[i].how == LEAF_ESC;
  }
  if (need > out->cap - out->len) sv__ex_flush(out);
  if (esc || need > out->cap - out->len) {
    /* a string for cJSON to escape, or a record above the buffer */
    for (int i = 0; i < t->n; i++) {
      const jleaf *l = &t->leaf[i];
      put(out, t->seg[i], t->seglen[i]);
      if (l->how == LEAF_RAW) {
        put(out, l->val, l->vlen);
      } else if (l->how == LEAF_PLAIN) {
        put(out, "\"", 1);
        put(out, l->val, l->vlen);
        put(out, "\"", 1);
      } else {
        emit_cjson(o, l->item);
      }
    }
    put(out, t->seg[t->n], t->seglen[t->n]);
    return;
  }
  char *d = out->buf + out->len;
  for (int i = 0; i < t->n; i++) {
    const jleaf *l = &t->leaf[i];
    copy(d, t->seg[i], t->seglen[i]);
    d += t->seglen[i];
    if (l->how == LEAF_PLAIN) *d++ = '"';
    copy(d, l->val, l->vlen);
    d += l->vlen;
    if (l->how == LEAF_PLAIN) *d++ = '"';
  }
  copy(d, t->seg[t->n], t->seglen[t->n]);
  d += t->seglen[t->n];
  out->len = (size_t)(d - out->buf);
}

/* Raw text being built in leaf i. */
static bool rb_reserve(jtpl *t, int i, size_t more)
{
  jleaf *l = &t->leaf[i];
  if (l->len + more + 1 <= l->cap) return true;
  size_t cap = l->cap ? l->cap * 2 : 32;
  while (cap < l->len + more + 1) cap *= 2;
  char *nb = cJSON_malloc(cap);
  if (!nb) {
    t->o->ok = false;
    return false;
  }
  if (l->len) memcpy(nb, l->buf, l->len);
  cJSON_free(l->buf);
  l->buf = nb;
  l->cap = cap;
  return true;
}

static void rb_start(jtpl *t, int i)
{
  t->leaf[i].len = 0;
  t->leaf[i].has_loc = false;
}

static void rb_put(jtpl *t, int i, const char *s, size_t n)
{
  if (!rb_reserve(t, i, n)) return;
  copy(t->leaf[i].buf + t->leaf[i].len, s, n);
  t->leaf[i].len += n;
}

static void rb_ch(jtpl *t, int i, char c)
{
  if (!rb_reserve(t, i, 1)) return;
  t->leaf[i].buf[t->leaf[i].len++] = c;
}

enum { NUM_MAX = 20 }; /* digits of UINT64_MAX */

/* Writes v in decimal at d (room for NUM_MAX bytes); returns the end.
 * Straight into place, back to front: a copy from a scratch buffer would
 * read back bytes just stored one or two at a time (a store-forwarding
 * stall on every number). */
static char *put_dec(char *d, uint64_t v)
{
  static const char two[] =
      "00010203040506070809101112131415161718192021222324"
      "25262728293031323334353637383940414243444546474849"
      "50515253545556575859606162636465666768697071727374"
      "75767778798081828384858687888990919293949596979899";
  static const uint64_t pow10[NUM_MAX - 1] = {
      10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
      1000000000u, 10000000000u, 100000000000u, 1000000000000u,
      10000000000000u, 100000000000000u, 1000000000000000u,
      10000000000000000u, 100000000000000000u, 1000000000000000000u,
      10000000000000000000u};
  size_t n = 1;
  while (n < NUM_MAX && v >= pow10[n - 1]) n++;
  char *p = d + n;
  while (v >= 100) {
    p -= 2;
    memcpy(p, two + 2 * (v % 100), 2);
    v /= 100;
  }
  if (v >= 10) {
    p -= 2;
    memcpy(p, two + 2 * v, 2);
  } else {
    *--p = (char)('0' + v);
  }
  return d + n;
}

/* Appends v to leaf i's raw text. */
static void rb_num(jtpl *t, int i, uint64_t v)
{
  if (!rb_reserve(t, i, NUM_MAX)) return;
  jleaf *l = &t->leaf[i];
  l->len = (size_t)(put_dec(l->buf + l->len, v) - l->buf);
}

/* Appends "[v0,v1,...]" (at most n numbers) to leaf i's raw text. */
static void rb_nums(jtpl *t, int i, const uint32_t *v, uint32_t n)
{
  if (!rb_reserve(t, i, (size_t)n * (NUM_MAX + 1) + 2)) return;
  jleaf *l = &t->leaf[i];
  char *d = l->buf + l->len;
  *d++ = '[';
  for (uint32_t k = 0; k < n; k++) {
    if (k) *d++ = ',';
    d = put_dec(d, v[k]);
  }
  *d++ = ']';
  l->len = (size_t)(d - l->buf);
}

/* Integers are raw JSON text: cJSON prints every number with "%1.15g"
 * and reads it back, which would dominate the export of a large model. */
static void rb_end(jtpl *t, int i)
{
  jleaf *l = &t->leaf[i];
  if (!rb_reserve(t, i, 0)) {
    leaf_raw(l, cJSON_NULL, "null", 4);
    return;
  }
  l->buf[l->len] = '\0';
  leaf_raw(l, cJSON_Raw | cJSON_IsReference, l->buf, l->len);
}

static void L_null(jtpl *t, int i)
{
  leaf_raw(&t->leaf[i], cJSON_NULL, "null", 4);
}

static void L_num(jtpl *t, int i, uint64_t v)
{
  rb_start(t, i);
  rb_num(t, i, v);
  rb_end(t, i);
}

static void L_id(jtpl *t, int i, uint32_t v)
{
  if (v == SV_NONE)
    L_null(t, i);
  else
    L_num(t, i, v);
}

static void L_bool(jtpl *t, int i, bool b)
{
  if (b)
    leaf_raw(&t->leaf[i], cJSON_True, "true", 4);
  else
    leaf_raw(&t->leaf[i], cJSON_False, "false", 5);
}

/* A string leaf; plain: its n bytes need no escaping. */
static void leaf_str(jleaf *l, const char *s, size_t n, bool plain)
{
  set_type(l->item, cJSON_String | cJSON_IsReference);
  l->item->valuestring = (char *)s;
  l->val = s;
  l->vlen = n;
  l->how = plain ? LEAF_PLAIN : LEAF_ESC;
}

/* Bytes a JSON string may hold as they are (cJSON escapes '"', '\\' and
 * every byte below 0x20; it passes the rest, UTF-8 included, through). */
static bool plain_byte(unsigned char c)
{
  return c >= 0x20 && c != '"' && c != '\\';
}

static void L_lit(jtpl *t, int i, const char *s) /* a static string */
{
  const unsigned char *p = (const unsigned char *)s;
  while (*p && plain_byte(*p)) p++;
  leaf_str(&t->leaf[i], s, (size_t)(p - (const unsigned char *)s), !*p);
}

/* ---- values --------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if the bytes there
 * are not one (overlong forms, surrogates and code points above U+10FFFF
 * are invalid, as RFC 3629 says). */
static size_t utf8_seq(const unsigned char *s)
{
  unsigned c = s[0];
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && s[1] >= 0xA0) return 0; // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0; // overlong
    if (c == 0xF4 && s[1] >= 0x90) return 0; // above U+10FFFF
    return 4;
  }
  return 0;
}

/* A JSON string for s: NULL becomes null; bytes that are not valid UTF-8
 * are replaced by U+FFFD so the output is always valid JSON text. Model
 * strings outlive the record: referenced, not copied. */
static void L_str(jtpl *t, int i, const char *s)
{
  if (!s) {
    L_null(t, i);
    return;
  }
  const unsigned char *p = (const unsigned char *)s;
  while (*p < 0x80 && plain_byte(*p)) p++; /* the common, ASCII case */
  bool valid = true, plain = true;
  while (*p) {
    size_t n = utf8_seq(p);
    if (!n) {
      valid = false;
      break;
    }
    if (!plain_byte(*p)) plain = false;
    p += n;
  }
  if (valid) {
    leaf_str(&t->leaf[i], s, (size_t)(p - (const unsigned char *)s), plain);
    return;
  }
  rb_start(t, i);
  for (p = (const unsigned char *)s; *p;) {
    size_t n = utf8_seq(p);
    if (n) {
      rb_put(t, i, (const char *)p, n);
      p += n;
    } else {
      rb_put(t, i, "\xEF\xBF\xBD", 3);
      p++;
    }
  }
  if (!rb_reserve(t, i, 0)) {
    L_null(t, i);
    return;
  }
  t->leaf[i].buf[t->leaf[i].len] = '\0';
  /* cJSON decides the escapes of this rare string */
  leaf_str(&t->leaf[i], t->leaf[i].buf, t->leaf[i].len, false);
}

/* [line,col,offset,len], or null for no location. */
static void L_loc(jtpl *t, int i, sv_loc l)
{
  if (l.line == 0) {
    L_null(t, i);
    return;
  }
  /* records made in a loop share their location: text kept from the last */
  jleaf *f = &t->leaf[i];
  if (f->has_loc && memcmp(&f->loc, &l, sizeof l) == 0) {
    rb_end(t, i);
    return;
  }
  uint32_t v[4] = {l.line, l.col, l.offset, l.len};
  rb_start(t, i);
  rb_nums(t, i, v, 4);
  rb_end(t, i);
  f->has_loc = f->val == f->buf; /* not when out of memory */
  f->loc = l;
}

static void L_shape(jtpl *t, int i, const sv_shape *s)
{
  if (s->rank < 0) {
    L_null(t, i);
    return;
  }
  rb_start(t, i);
  rb_ch(t, i, '[');
  for (int32_t k = 0; k < s->rank; k++) {
    if (k) rb_ch(t, i, ',');
    if (s->dims[k] < 0)
      rb_put(t, i, "null", 4);
    else
      rb_num(t, i, (uint64_t)s->dims[k]);
  }
  rb_ch(t, i, ']');
  rb_end(t, i);
}

static void L_ids(jtpl *t, int i, const uint32_t *v, uint32_t n)
{
  rb_start(t, i);
  rb_nums(t, i, v, n);
  rb_end(t, i);
}

/* Creation order: the index of a record's event in the graph's event
 * list. Records of one kind are created, and so emitted, in event order:
 * a forward cursor per kind finds them in linear total time. */
typedef struct seqcur {
  const sv_graph *g;
  size_t pos, n;
} seqcur;

static void seq_init(seqcur *c, const sv_graph *g)
{
  c->g = g;
  c->pos = 0;
  c->n = sv_graph_event_count(g);
}

static uint32_t seq_of(seqcur *c, sv_event_kind kind, uint32_t index)
{
  for (int pass = 0; pass < 2; pass++) {
    size_t end = pass ? c->pos : c->n;
    for (size_t i = pass ? 0 : c->pos; i < end; i++) {
      const sv_event *ev = sv_graph_event(c->g, i);
      if (ev->kind == kind && ev->index == index) {
        c->pos = i + 1;
        return (uint32_t)i;
      }
    }
  }
  return SV_NONE;
}

static const char *api_name(sv_scope_api a)
{
  switch (a) {
    case SV_API_NAME_SCOPE: return "name_scope";
    case SV_API_GRAPH_NAME_SCOPE: return "graph_name_scope";
    case SV_API_VARIABLE_SCOPE: return "variable_scope";
  }
  return "name_scope";
}

static const char *how_name(sv_enter_how h)
{
  switch (h) {
    case SV_HOW_STRING: return "string";
    case SV_HOW_DEFAULT_NAME: return "default_name";
    case SV_HOW_OBJECT: return "object";
    case SV_HOW_ROOT: return "root";
    case SV_HOW_RESET: return "reset";
    case SV_HOW_REENTRY: return "reentry";
  }
  return "string";
}

static const char *reuse_name(sv_reuse r)
{
  switch (r) {
    case SV_REUSE_FALSE: return "false";
    case SV_REUSE_TRUE: return "true";
    case SV_REUSE_AUTO: return "auto_reuse";
  }
  return "false";
}

static const char *reuse_arg_name(sv_reuse_arg r)
{
  switch (r) {
    case SV_REUSE_ARG_NONE: return "none";
    case SV_REUSE_ARG_FALSE: return "false";
    case SV_REUSE_ARG_TRUE: return "true";
    case SV_REUSE_ARG_AUTO: return "auto_reuse";
  }
  return "none";
}

static const char *opener_name(sv_ns_opener k)
{
  switch (k) {
    case SV_NS_ENTRY: return "entry";
    case SV_NS_VARIABLE: return "variable";
    case SV_NS_OP: return "op";
    case SV_NS_INTERNAL: return "internal";
  }
  return "internal";
}

static const char *role_name(sv_op_role r)
{
  switch (r) {
    case SV_OP_USER: return "user";
    case SV_OP_HELPER: return "helper";
    case SV_OP_VAR_INTERNAL: return "var_internal";
  }
  return "user";
}

static const char *outcome_name(sv_getvar_outcome g)
{
  switch (g) {
    case SV_GETVAR_CREATED: return "created";
    case SV_GETVAR_REUSED: return "reused";
    case SV_GETVAR_FAILED: return "failed";
  }
  return "failed";
}

static const char *end_name(sv_end e)
{
  switch (e) {
    case SV_END_OK: return "ok";
    case SV_END_EXCEPTION: return "exception";
    case SV_END_REJECTED: return "rejected";
    case SV_END_LIMIT: return "limit";
  }
  return "ok";
}

/* ---- records --------------------------------------------------------------- */

static const char *const entry_keys[] = {
    "id", "seq", "parent", "api", "how", "arg_name", "arg_default_name",
    "arg_object", "arg_reuse", "arg_aux", "name_scope", "name_scope_id",
    "var_scope", "original_name_scope", "reuse", "first_event", "last_event",
    "closed", "loc", NULL};

static void entry_rec(jtpl *t, const sv_entry *e)
{
  bool vs = e->api == SV_API_VARIABLE_SCOPE;
  L_num(t, 0, e->id);
  L_id(t, 1, e->first_event);
  L_id(t, 2, e->parent);
  L_lit(t, 3, api_name(e->api));
  L_lit(t, 4, how_name(e->how));
  L_str(t, 5, e->arg_name);
  L_str(t, 6, e->arg_default_name);
  L_id(t, 7, e->arg_object);
  L_lit(t, 8, reuse_arg_name(e->arg_reuse));
  L_bool(t, 9, e->arg_aux);
  L_str(t, 10, e->name_scope);
  L_id(t, 11, e->name_scope_rec);
  L_str(t, 12, vs ? e->var_scope : NULL);
  L_str(t, 13, vs ? e->original_name_scope : NULL);
  if (vs)
    L_lit(t, 14, reuse_name(e->reuse));
  else
    L_null(t, 14);
  L_id(t, 15, e->first_event);
  L_id(t, 16, e->last_event);
  L_bool(t, 17, e->closed);
  L_loc(t, 18, e->loc);
}

static const char *const ns_keys[] = {"id", "seq", "name", "requested",
                                      "opener", "entry", "var", "op",
                                      "rename", "loc", NULL};
/* An op wrapper's scope named, placed and located exactly like its op. */
static const char *const ns_short_keys[] = {"id", "seq", "opener", "op",
                                            "same_as_op", NULL};

static bool ns_same_as_op(const sv_graph *g, const sv_name_scope *n)
{
  if (n->opener != SV_NS_OP || n->op == SV_NONE || n->rename != SV_NONE ||
      n->entry != SV_NONE || n->var != SV_NONE)
    return false;
  const sv_op *p = sv_graph_op(g, n->op);
  /* compact records share the op's strings: compare pointers first */
  return p && p->name && n->name &&
         (p->name == n->name || strcmp(p->name, n->name) == 0) &&
         n->requested &&
         (n->requested == n->name || strcmp(n->requested, n->name) == 0) &&
         memcmp(&p->loc, &n->loc, sizeof p->loc) == 0;
}

/* Without --internal-ops: the scopes TF opens inside a variable's
 * construction (Initializer, Assign, read, ...) go with its ops. */
static bool ns_internal(const sv_graph *g, const sv_name_scope *n)
{
  if (n->opener == SV_NS_INTERNAL) return true;
  if (n->opener != SV_NS_OP || n->op == SV_NONE) return false;
  return sv_graph_op_is_internal(g, n->op);
}

static void ns_rec(jtpl *t, const sv_name_scope *n, uint32_t seq)
{
  L_num(t, 0, n->id);
  L_id(t, 1, seq);
  L_str(t, 2, n->name);
  L_str(t, 3, n->requested);
  L_lit(t, 4, opener_name(n->opener));
  L_id(t, 5, n->entry);
  L_id(t, 6, n->var);
  L_id(t, 7, n->op);
  L_id(t, 8, n->rename);
  L_loc(t, 9, n->loc);
}

static void ns_short_rec(jtpl *t, const sv_name_scope *n, uint32_t seq)
{
  L_num(t, 0, n->id);
  L_id(t, 1, seq);
  L_lit(t, 2, opener_name(n->opener));
  L_id(t, 3, n->op);
  L_bool(t, 4, true);
}

static const char *const rename_keys[] = {"id", "requested", "result",
                                          "counter", "suffix", "skipped",
                                          "taken_by", "taken_as", NULL};

static void rename_rec(jtpl *t, uint32_t i, const sv_rename *n)
{
  L_num(t, 0, i);
  L_str(t, 1, n->requested);
  L_str(t, 2, n->result);
  L_num(t, 3, n->counter);
  L_num(t, 4, n->suffix);
  L_num(t, 5, n->skipped);
  if (n->taken_by_kind == SV_OWNER_NONE || n->taken_by == SV_NONE) {
    L_null(t, 6);
  } else {
    rb_start(t, 6);
    if (n->taken_by_kind == SV_OWNER_OP)
      rb_put(t, 6, "{\"kind\":\"op\",\"id\":", 18);
    else
      rb_put(t, 6, "{\"kind\":\"name_scope\",\"id\":", 26);
    rb_num(t, 6, n->taken_by);
    rb_ch(t, 6, '}');
    rb_end(t, 6);
  }
  L_str(t, 7, n->taken_as);
}

static const char *const op_keys[] = {"id", "seq", "name", "type", "dtype",
                                      "shape", "inputs", "entry", "var",
                                      "call", "role", "rename", "value",
                                      "loc", NULL};

static void op_rec(jtpl *t, const sv_op *p, uint32_t seq)
{
  L_num(t, 0, p->id);
  L_id(t, 1, seq);
  L_str(t, 2, p->name);
  L_str(t, 3, p->type);
  L_lit(t, 4, sv_dtype_name(p->dtype));
  L_shape(t, 5, &p->shape);
  L_ids(t, 6, p->inputs, p->ninputs);
  L_id(t, 7, p->entry);
  L_id(t, 8, p->var);
  L_id(t, 9, p->call);
  L_lit(t, 10, role_name(p->role));
  L_id(t, 11, p->rename);
  L_str(t, 12, p->value);
  L_loc(t, 13, p->loc);
}

static const char *const var_keys[] = {
    "id", "seq", "name", "op_name", "requested", "creator", "store_key",
    "shape", "dtype", "trainable", "initializer", "op", "internal_ops",
    "entry", "name_scope_at_call", "var_scope_at_call", "bypassed", "rename",
    "getvar", "loc", NULL};

static void var_rec(jtpl *t, const sv_var *v, uint32_t seq)
{
  L_num(t, 0, v->id);
  L_id(t, 1, seq);
  L_str(t, 2, v->name);
  L_str(t, 3, v->op_name);
  L_str(t, 4, v->requested);
  L_lit(t, 5, v->creator == SV_CREATOR_GET_VARIABLE ? "tf.get_variable"
                                                    : "tf.Variable");
  L_str(t, 6, v->store_key);
  L_shape(t, 7, &v->shape);
  L_lit(t, 8, sv_dtype_name(v->dtype));
  L_bool(t, 9, v->trainable);
  L_str(t, 10, v->initializer);
  L_id(t, 11, v->op);
  if (v->internal_op_count == 0 || v->first_internal_op == SV_NONE) {
    L_null(t, 12);
  } else {
    static const char *const k[] = {"{\"first\":", ",\"last\":",
                                    ",\"count\":", ",\"assign\":",
                                    ",\"read\":"};
    uint32_t val[] = {v->first_internal_op, v->last_internal_op,
                      v->internal_op_count, v->assign_op, v->read_op};
    rb_start(t, 12);
    for (int j = 0; j < 5; j++) {
      rb_put(t, 12, k[j], strlen(k[j]));
      if (val[j] == SV_NONE)
        rb_put(t, 12, "null", 4);
      else
        rb_num(t, 12, val[j]);
    }
    rb_ch(t, 12, '}');
    rb_end(t, 12);
  }
  L_id(t, 13, v->entry);
  L_str(t, 14, v->name_scope_at_call);
  L_str(t, 15, v->var_scope_at_call);
  L_ids(t, 16, v->bypassed, v->nbypassed);
  L_id(t, 17, v->rename);
  L_id(t, 18, v->getvar);
  L_loc(t, 19, v->loc);
}

static const char *const getvar_keys[] = {
    "id", "seq", "name", "full", "reuse", "outcome", "var", "error", "entry",
    "name_scope_at_call", "loc", NULL};

static void getvar_rec(jtpl *t, const sv_getvar *c, uint32_t seq)
{
  L_num(t, 0, c->id);
  L_id(t, 1, seq);
  L_str(t, 2, c->name);
  L_str(t, 3, c->full);
  L_lit(t, 4, reuse_name(c->reuse));
  L_lit(t, 5, outcome_name(c->outcome));
  L_id(t, 6, c->var);
  L_id(t, 7, c->error);
  L_id(t, 8, c->entry);
  L_str(t, 9, c->name_scope_at_call);
  L_loc(t, 10, c->loc);
}

static const char *const error_keys[] = {"id", "seq", "type", "message",
                                         "call", "getvar", "entry", "caught",
                                         "loc", NULL};

static void error_rec(jtpl *t, const sv_error *e, uint32_t seq)
{
  L_num(t, 0, e->id);
  L_id(t, 1, seq);
  L_str(t, 2, e->type);
  L_str(t, 3, e->message);
  L_str(t, 4, e->call);
  L_id(t, 5, e->getvar);
  L_id(t, 6, e->entry);
  L_bool(t, 7, e->caught);
  L_loc(t, 8, e->loc);
}

static const char *const outcome_keys[] = {"end", "type", "message", "loc",
                                           "graph", "error", NULL};

static void outcome_rec(jtpl *t, const sv_outcome *oc)
{
  if (!oc) {
    L_lit(t, 0, "ok");
    for (int i = 1; i < 6; i++) L_null(t, i);
    return;
  }
  L_lit(t, 0, end_name(oc->end));
  L_str(t, 1, oc->type);
  L_str(t, 2, oc->message);
  L_loc(t, 3, oc->loc);
  L_id(t, 4, oc->graph);
  L_id(t, 5, oc->error);
}

/* ---- the document ------------------------------------------------------------ */

typedef struct jtpls {
  jtpl entry, ns, ns_short, rename, op, var, getvar, error;
} jtpls;

/* One record per line keeps golden diffs readable. */
static void sep(jout *o, bool *first)
{
  if (*first)
    put(&o->out, "\n", 1);
  else
    put(&o->out, ",\n", 2);
  *first = false;
}

static void emit_graph(jout *o, jtpls *T, const sv_graph *g, size_t gi,
                       bool internal)
{
  char head[256];
  size_t nent = sv_graph_entry_count(g), nns = sv_graph_name_scope_count(g),
         nrn = sv_graph_rename_count(g), nop = sv_graph_op_count(g),
         nvar = sv_graph_var_count(g), ngv = sv_graph_getvar_count(g),
         nerr = sv_graph_error_count(g);
  snprintf(head, sizeof head,
           "%s{\"index\":%zu,\"counts\":{\"entries\":%zu,\"name_scopes\":%zu,"
           "\"renames\":%zu,\"ops\":%zu,\"variables\":%zu,"
           "\"get_variable_calls\":%zu,\"errors\":%zu,\"events\":%zu},\n",
           gi ? ",\n" : "\n", gi, nent, nns, nrn, nop, nvar, ngv, nerr,
           sv_graph_event_count(g));
  emit(o, head);
  bool first;
  seqcur c;

  emit(o, "\"entries\":[");
  first = true;
  for (size_t i = 0; i < nent; i++) {
    sep(o, &first);
    entry_rec(&T->entry, sv_graph_entry(g, i));
    emit_record(&T->entry);
  }
  emit(o, "],\n\"name_scopes\":[");
  first = true;
  seq_init(&c, g);
  for (size_t i = 0; i < nns; i++) {
    uint32_t only = sv_graph_name_scope_op_only(g, i);
    if (only != SV_NONE) {
      /* an op's own scope: its short record, no full record built */
      if (!internal && sv_graph_op_is_internal(g, only)) continue;
      uint32_t seq = seq_of(&c, SV_EV_NAME_SCOPE, (uint32_t)i);
      sep(o, &first);
      L_num(&T->ns_short, 0, i);
      L_id(&T->ns_short, 1, seq);
      L_lit(&T->ns_short, 2, opener_name(SV_NS_OP));
      L_id(&T->ns_short, 3, only);
      L_bool(&T->ns_short, 4, true);
      emit_record(&T->ns_short);
      continue;
    }
    /* a scope a variable template stamped: internal, left unbuilt */
    if (!internal && sv_graph_name_scope_var(g, i) != SV_NONE) continue;
    const sv_name_scope *n = sv_graph_name_scope(g, i);
    if (!internal && ns_internal(g, n)) continue;
    uint32_t seq = seq_of(&c, SV_EV_NAME_SCOPE, n->id);
    sep(o, &first);
    if (ns_same_as_op(g, n)) {
      ns_short_rec(&T->ns_short, n, seq);
      emit_record(&T->ns_short);
    } else {
      ns_rec(&T->ns, n, seq);
      emit_record(&T->ns);
    }
  }
  emit(o, "],\n\"renames\":[");
  first = true;
  for (size_t i = 0; i < nrn; i++) {
    sep(o, &first);
    rename_rec(&T->rename, (uint32_t)i, sv_graph_rename(g, i));
    emit_record(&T->rename);
  }
  emit(o, "],\n\"ops\":[");
  first = true;
  seq_init(&c, g);
  for (size_t i = 0; i < nop; i++) {
    /* internal ops of a variable that was never completed stay */
    if (!internal && sv_graph_op_is_internal(g, i) &&
        sv_graph_op_var(g, i) < nvar)
      continue;
    const sv_op *p = sv_graph_op(g, i);
    sep(o, &first);
    op_rec(&T->op, p, seq_of(&c, SV_EV_OP, p->id));
    emit_record(&T->op);
  }
  emit(o, "],\n\"variables\":[");
  first = true;
  seq_init(&c, g);
  for (size_t i = 0; i < nvar; i++) {
    const sv_var *v = sv_graph_var(g, i);
    sep(o, &first);
    var_rec(&T->var, v, seq_of(&c, SV_EV_VAR, v->id));
    emit_record(&T->var);
  }
  emit(o, "],\n\"get_variable_calls\":[");
  first = true;
  seq_init(&c, g);
  for (size_t i = 0; i < ngv; i++) {
    const sv_getvar *gv = sv_graph_getvar(g, i);
    sep(o, &first);
    getvar_rec(&T->getvar, gv, seq_of(&c, SV_EV_GETVAR, gv->id));
    emit_record(&T->getvar);
  }
  emit(o, "],\n\"errors\":[");
  first = true;
  seq_init(&c, g);
  for (size_t i = 0; i < nerr; i++) {
    const sv_error *e = sv_graph_error(g, i);
    sep(o, &first);
    error_rec(&T->error, e, seq_of(&c, SV_EV_ERROR, e->id));
    emit_record(&T->error);
  }
  emit(o, "]}");
}

void sv_json_opts_init(sv_json_opts *opts)
{
  opts->internal_ops = false;
}

bool sv_export_json_opts(const sv_model *m, const sv_json_opts *opts,
                         sv_write_fn write, void *ud)
{
  bool internal = opts && opts->internal_ops;
  jout o;
  sv__ex_out_init(&o.out, write, ud, o.buf, sizeof o.buf);
  o.ok = true;
  /* testing hook (docs/cli.md): the reference printer */
  const char *whole = getenv("SCOPEVIZ_JSON_CJSON");
  o.whole = whole && *whole && strcmp(whole, "0") != 0;
  o.pbuf = NULL;
  o.pcap = 0;
  jtpls T;
  tpl_init(&T.entry, &o, entry_keys);
  tpl_init(&T.ns, &o, ns_keys);
  tpl_init(&T.ns_short, &o, ns_short_keys);
  tpl_init(&T.rename, &o, rename_keys);
  tpl_init(&T.op, &o, op_keys);
  tpl_init(&T.var, &o, var_keys);
  tpl_init(&T.getvar, &o, getvar_keys);
  tpl_init(&T.error, &o, error_keys);
  jtpl src, out;
  static const char *const src_keys[] = {"source", NULL};
  tpl_init(&src, &o, src_keys);
  tpl_init(&out, &o, outcome_keys);

  if (o.ok) {
    emit(&o, "{\"format\":\"scopeviz-model\",\"version\":2,\"source\":");
    L_str(&src, 0, sv_model_source_name(m));
    /* the bare string: print the leaf alone */
    emit_cjson(&o, src.leaf[0].item);
    emit(&o, internal ? ",\"internal_ops\":true" : ",\"internal_ops\":false");
    emit(&o, ",\n\"outcome\":");
    outcome_rec(&out, sv_model_outcome(m));
    emit_record(&out);
    emit(&o, ",\n\"graphs\":[");
    size_t ngraphs = sv_model_graph_count(m);
    for (size_t gi = 0; gi < ngraphs && o.ok; gi++)
      emit_graph(&o, &T, sv_model_graph(m, gi), gi, internal);
    emit(&o, "]}\n");
    sv__ex_flush(&o.out);
  }
  tpl_fini(&src);
  tpl_fini(&out);
  tpl_fini(&T.entry);
  tpl_fini(&T.ns);
  tpl_fini(&T.ns_short);
  tpl_fini(&T.rename);
  tpl_fini(&T.op);
  tpl_fini(&T.var);
  tpl_fini(&T.getvar);
  tpl_fini(&T.error);
  cJSON_free(o.pbuf);
  return o.ok;
}

bool sv_export_json(const sv_model *m, sv_write_fn write, void *ud)
{
  return sv_export_json_opts(m, NULL, write, ud);
}
