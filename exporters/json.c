/* SPDX-License-Identifier: MIT
 * json: `scopeviz json` — the whole recorded model as JSON, format
 * "scopeviz-model" version 1 (docs/json-format.md, schema in
 * docs/scopeviz-model.schema.json). Records are built and printed one at a
 * time with cJSON; the surrounding object/array syntax is streamed here, so
 * memory stays proportional to one record, not to the model.
 */
#include "scopeviz/export.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

/* ---- output ------------------------------------------------------------- */

/* Exporters see only the public headers, so they keep no heap of their
 * own: output is staged in a fixed buffer, and the only allocations are
 * cJSON's (one record at a time). */
typedef struct jout {
  sv_write_fn write;
  void *ud;
  size_t len;
  bool ok;
  char *pbuf; /* cJSON_PrintPreallocated target, reused for every record */
  size_t pcap;
  char buf[16384];
} jout;

static void flush(jout *o)
{
  if (o->len) o->write(o->ud, o->buf, o->len);
  o->len = 0;
}

static void emit(jout *o, const char *s)
{
  size_t n = strlen(s);
  if (n > sizeof o->buf - o->len) {
    flush(o);
    if (n >= sizeof o->buf) {
      o->write(o->ud, s, n);
      return;
    }
  }
  memcpy(o->buf + o->len, s, n);
  o->len += n;
}

/* Prints one record (unformatted) and frees it. The print buffer is
 * reused across records: no allocation per print once it is large
 * enough. */
static void emit_record(jout *o, cJSON *rec)
{
  if (!rec) {
    o->ok = false;
    return;
  }
  for (;;) {
    /* cJSON asks for 5 bytes of slack beyond the printed length. */
    if (o->pbuf &&
        cJSON_PrintPreallocated(rec, o->pbuf, (int)o->pcap, false)) {
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
  cJSON_Delete(rec);
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

/* A JSON string item for s: NULL becomes null; bytes that are not valid
 * UTF-8 are replaced by U+FFFD so the output is always valid JSON text. */
static cJSON *str(jout *o, const char *s)
{
  if (!s) return cJSON_CreateNull();
  const unsigned char *p = (const unsigned char *)s;
  bool valid = true;
  while (*p) {
    size_t n = utf8_seq(p);
    if (!n) {
      valid = false;
      break;
    }
    p += n;
  }
  /* Model strings outlive the record: reference, don't copy. */
  if (valid) return cJSON_CreateStringReference(s);
  /* Each invalid byte becomes 3 bytes at most. */
  size_t len = strlen(s);
  char *clean = cJSON_malloc(len * 3 + 1);
  if (!clean) {
    o->ok = false;
    return cJSON_CreateNull();
  }
  size_t n_out = 0;
  p = (const unsigned char *)s;
  while (*p) {
    size_t n = utf8_seq(p);
    if (n) {
      memcpy(clean + n_out, p, n);
      n_out += n;
      p += n;
    } else {
      memcpy(clean + n_out, "\xEF\xBF\xBD", 3);
      n_out += 3;
      p++;
    }
  }
  clean[n_out] = '\0';
  cJSON *item = cJSON_CreateString(clean);
  cJSON_free(clean);
  return item;
}

/* Integers are printed here and stored as raw JSON text: cJSON prints
 * every number with "%1.15g" and reads it back, which would dominate the
 * export of a large model. */
static cJSON *num(uint64_t v)
{
  char tmp[24];
  char *p = tmp + sizeof tmp;
  *--p = '\0';
  do {
    *--p = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return cJSON_CreateRaw(p);
}

static cJSON *id(uint32_t v)
{
  return v == SV_NONE ? cJSON_CreateNull() : num(v);
}

static cJSON *lit(const char *s) /* a static string */
{
  return cJSON_CreateStringReference(s);
}

/* Keys are string literals: added without a copy. */
static void add(cJSON *obj, const char *key, cJSON *item)
{
  cJSON_AddItemToObjectCS(obj, key, item);
}

static cJSON *loc(sv_loc l)
{
  if (l.line == 0) return cJSON_CreateNull();
  cJSON *o = cJSON_CreateObject();
  add(o, "line", num(l.line));
  add(o, "col", num(l.col));
  add(o, "offset", num(l.offset));
  add(o, "len", num(l.len));
  return o;
}

static cJSON *shape(const sv_shape *s)
{
  if (s->rank < 0) return cJSON_CreateNull();
  cJSON *a = cJSON_CreateArray();
  for (int32_t i = 0; i < s->rank; i++) {
    int64_t d = s->dims[i];
    cJSON_AddItemToArray(a, d < 0 ? cJSON_CreateNull()
                                  : num((uint64_t)d));
  }
  return a;
}

static cJSON *ids(const uint32_t *v, uint32_t n)
{
  cJSON *a = cJSON_CreateArray();
  for (uint32_t i = 0; i < n; i++)
    cJSON_AddItemToArray(a, num(v[i]));
  return a;
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

static const char *event_name(sv_event_kind k)
{
  switch (k) {
    case SV_EV_ENTER: return "enter";
    case SV_EV_EXIT: return "exit";
    case SV_EV_NAME_SCOPE: return "name_scope";
    case SV_EV_OP: return "op";
    case SV_EV_VAR: return "var";
    case SV_EV_GETVAR: return "getvar";
    case SV_EV_ERROR: return "error";
  }
  return "op";
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

static cJSON *entry_rec(jout *o, const sv_entry *e)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(e->id));
  add(r, "parent", id(e->parent));
  add(r, "api", lit(api_name(e->api)));
  add(r, "how", lit(how_name(e->how)));
  add(r, "arg_name", str(o, e->arg_name));
  add(r, "arg_default_name", str(o, e->arg_default_name));
  add(r, "arg_object", id(e->arg_object));
  add(r, "arg_reuse", lit(reuse_arg_name(e->arg_reuse)));
  add(r, "arg_aux", cJSON_CreateBool(e->arg_aux));
  add(r, "name_scope", str(o, e->name_scope));
  add(r, "name_scope_id", id(e->name_scope_rec));
  bool vs = e->api == SV_API_VARIABLE_SCOPE;
  add(r, "var_scope", vs ? str(o, e->var_scope) : cJSON_CreateNull());
  add(r, "original_name_scope",
      vs ? str(o, e->original_name_scope) : cJSON_CreateNull());
  add(r, "reuse",
      vs ? lit(reuse_name(e->reuse)) : cJSON_CreateNull());
  add(r, "first_event", id(e->first_event));
  add(r, "last_event", id(e->last_event));
  add(r, "closed", cJSON_CreateBool(e->closed));
  add(r, "loc", loc(e->loc));
  return r;
}

static cJSON *ns_rec(jout *o, const sv_name_scope *n)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(n->id));
  add(r, "name", str(o, n->name));
  add(r, "requested", str(o, n->requested));
  add(r, "opener", lit(opener_name(n->opener)));
  add(r, "entry", id(n->entry));
  add(r, "var", id(n->var));
  add(r, "op", id(n->op));
  add(r, "rename", id(n->rename));
  add(r, "loc", loc(n->loc));
  return r;
}

static cJSON *rename_rec(jout *o, uint32_t i, const sv_rename *n)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(i));
  add(r, "requested", str(o, n->requested));
  add(r, "result", str(o, n->result));
  add(r, "counter", num(n->counter));
  add(r, "suffix", num(n->suffix));
  add(r, "skipped", num(n->skipped));
  if (n->taken_by_kind == SV_OWNER_NONE || n->taken_by == SV_NONE) {
    add(r, "taken_by", cJSON_CreateNull());
  } else {
    cJSON *t = cJSON_CreateObject();
    add(t, "kind", lit(n->taken_by_kind == SV_OWNER_OP
                                           ? "op"
                                           : "name_scope"));
    add(t, "id", num(n->taken_by));
    add(r, "taken_by", t);
  }
  add(r, "taken_as", str(o, n->taken_as));
  return r;
}

static cJSON *op_rec(jout *o, const sv_op *p)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(p->id));
  add(r, "name", str(o, p->name));
  add(r, "type", str(o, p->type));
  add(r, "dtype", lit(sv_dtype_name(p->dtype)));
  add(r, "shape", shape(&p->shape));
  add(r, "inputs", ids(p->inputs, p->ninputs));
  add(r, "entry", id(p->entry));
  add(r, "var", id(p->var));
  add(r, "call", id(p->call));
  add(r, "role", lit(role_name(p->role)));
  add(r, "internal", cJSON_CreateBool(p->internal));
  add(r, "rename", id(p->rename));
  add(r, "value", str(o, p->value));
  add(r, "loc", loc(p->loc));
  return r;
}

static cJSON *var_rec(jout *o, const sv_var *v)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(v->id));
  add(r, "name", str(o, v->name));
  add(r, "op_name", str(o, v->op_name));
  add(r, "requested", str(o, v->requested));
  add(r, "creator", lit(v->creator == SV_CREATOR_GET_VARIABLE
                                            ? "tf.get_variable"
                                            : "tf.Variable"));
  add(r, "store_key", str(o, v->store_key));
  add(r, "shape", shape(&v->shape));
  add(r, "dtype", lit(sv_dtype_name(v->dtype)));
  add(r, "trainable", cJSON_CreateBool(v->trainable));
  add(r, "initializer", str(o, v->initializer));
  add(r, "op", id(v->op));
  add(r, "entry", id(v->entry));
  add(r, "name_scope_at_call", str(o, v->name_scope_at_call));
  add(r, "var_scope_at_call", str(o, v->var_scope_at_call));
  add(r, "bypassed", ids(v->bypassed, v->nbypassed));
  add(r, "rename", id(v->rename));
  add(r, "getvar", id(v->getvar));
  add(r, "loc", loc(v->loc));
  return r;
}

static cJSON *getvar_rec(jout *o, const sv_getvar *c)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(c->id));
  add(r, "name", str(o, c->name));
  add(r, "full", str(o, c->full));
  add(r, "reuse", lit(reuse_name(c->reuse)));
  add(r, "outcome", lit(outcome_name(c->outcome)));
  add(r, "var", id(c->var));
  add(r, "error", id(c->error));
  add(r, "entry", id(c->entry));
  add(r, "name_scope_at_call", str(o, c->name_scope_at_call));
  add(r, "loc", loc(c->loc));
  return r;
}

static cJSON *error_rec(jout *o, const sv_error *e)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "id", num(e->id));
  add(r, "type", str(o, e->type));
  add(r, "message", str(o, e->message));
  add(r, "call", str(o, e->call));
  add(r, "getvar", id(e->getvar));
  add(r, "entry", id(e->entry));
  add(r, "caught", cJSON_CreateBool(e->caught));
  add(r, "loc", loc(e->loc));
  return r;
}

static cJSON *event_rec(const sv_event *e)
{
  cJSON *r = cJSON_CreateObject();
  add(r, "kind", lit(event_name(e->kind)));
  add(r, "index", num(e->index));
  return r;
}

static cJSON *outcome_rec(jout *o, const sv_outcome *oc)
{
  cJSON *r = cJSON_CreateObject();
  if (!oc) {
    add(r, "end", lit("ok"));
    add(r, "type", cJSON_CreateNull());
    add(r, "message", cJSON_CreateNull());
    add(r, "loc", cJSON_CreateNull());
    add(r, "graph", cJSON_CreateNull());
    add(r, "error", cJSON_CreateNull());
    return r;
  }
  add(r, "end", lit(end_name(oc->end)));
  add(r, "type", str(o, oc->type));
  add(r, "message", str(o, oc->message));
  add(r, "loc", loc(oc->loc));
  add(r, "graph", id(oc->graph));
  add(r, "error", id(oc->error));
  return r;
}

/* ---- the document ------------------------------------------------------------ */

/* Streams `"key":[` rec,\n rec ... `]`; one record per line keeps golden
 * diffs readable. */
#define EMIT_ARRAY(o, key, count, make)                                       \
  do {                                                                        \
    emit(o, "\"" key "\":[");                                                 \
    for (size_t i_ = 0; i_ < (count); i_++) {                                 \
      emit(o, i_ ? ",\n" : "\n");                                             \
      emit_record(o, make);                                                   \
    }                                                                         \
    emit(o, "]");                                                             \
  } while (0)

bool sv_export_json(const sv_model *m, sv_write_fn write, void *ud)
{
  jout o;
  o.write = write;
  o.ud = ud;
  o.len = 0;
  o.ok = true;
  o.pbuf = NULL;
  o.pcap = 0;

  emit(&o, "{\"format\":\"scopeviz-model\",\"version\":1,\"source\":");
  emit_record(&o, str(&o, sv_model_source_name(m)));
  emit(&o, ",\n\"outcome\":");
  emit_record(&o, outcome_rec(&o, sv_model_outcome(m)));
  emit(&o, ",\n\"graphs\":[");
  size_t ngraphs = sv_model_graph_count(m);
  for (size_t gi = 0; gi < ngraphs; gi++) {
    const sv_graph *g = sv_model_graph(m, gi);
    char head[64];
    snprintf(head, sizeof head, "%s{\"index\":%zu,\n", gi ? ",\n" : "\n", gi);
    emit(&o, head);
    EMIT_ARRAY(&o, "entries", sv_graph_entry_count(g),
               entry_rec(&o, sv_graph_entry(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "name_scopes", sv_graph_name_scope_count(g),
               ns_rec(&o, sv_graph_name_scope(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "renames", sv_graph_rename_count(g),
               rename_rec(&o, (uint32_t)i_, sv_graph_rename(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "ops", sv_graph_op_count(g),
               op_rec(&o, sv_graph_op(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "variables", sv_graph_var_count(g),
               var_rec(&o, sv_graph_var(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "get_variable_calls", sv_graph_getvar_count(g),
               getvar_rec(&o, sv_graph_getvar(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "errors", sv_graph_error_count(g),
               error_rec(&o, sv_graph_error(g, i_)));
    emit(&o, ",\n");
    EMIT_ARRAY(&o, "events", sv_graph_event_count(g),
               event_rec(sv_graph_event(g, i_)));
    emit(&o, "}");
  }
  emit(&o, "]}\n");
  flush(&o);
  cJSON_free(o.pbuf);
  return o.ok;
}
