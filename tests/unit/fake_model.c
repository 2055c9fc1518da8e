/* SPDX-License-Identifier: MIT
 * fake_model: see fake_model.h.
 */
#include "fake_model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARR(T)                                                                \
  struct {                                                                    \
    T *v;                                                                     \
    size_t n, cap;                                                            \
  }

#define PUSH(a, x)                                                            \
  do {                                                                        \
    if ((a).n == (a).cap) {                                                   \
      (a).cap = (a).cap ? (a).cap * 2 : 16;                                   \
      (a).v = realloc((a).v, (a).cap * sizeof *(a).v);                        \
      if (!(a).v) abort();                                                    \
    }                                                                         \
    (a).v[(a).n++] = (x);                                                     \
  } while (0)

struct sv_graph {
  ARR(sv_entry) entries;
  ARR(sv_name_scope) scopes;
  ARR(sv_rename) renames;
  ARR(sv_op) ops;
  ARR(sv_var) vars;
  ARR(sv_getvar) getvars;
  ARR(sv_error) errors;
  ARR(sv_event) events;
};

struct sv_model {
  char *source_name;
  char *text;
  sv_outcome outcome;
  ARR(sv_graph *) graphs;
};

struct fm_model {
  sv_model m;
};

fm_model *fm_new(const char *source_name, const char *source_text)
{
  fm_model *f = calloc(1, sizeof *f);
  f->m.source_name = strdup(source_name);
  f->m.text = strdup(source_text ? source_text : "");
  f->m.outcome.end = SV_END_OK;
  f->m.outcome.graph = f->m.outcome.error = SV_NONE;
  return f;
}

void fm_free(fm_model *f)
{
  if (!f) return;
  for (size_t i = 0; i < f->m.graphs.n; i++) {
    sv_graph *g = f->m.graphs.v[i];
    free(g->entries.v);
    free(g->scopes.v);
    free(g->renames.v);
    free(g->ops.v);
    free(g->vars.v);
    free(g->getvars.v);
    free(g->errors.v);
    free(g->events.v);
    free(g);
  }
  free(f->m.graphs.v);
  free(f->m.source_name);
  free(f->m.text);
  free(f);
}

const sv_model *fm_model_of(fm_model *f)
{
  return &f->m;
}

sv_graph *fm_add_graph(fm_model *f)
{
  sv_graph *g = calloc(1, sizeof *g);
  PUSH(f->m.graphs, g);
  return g;
}

void fm_set_outcome(fm_model *f, const sv_outcome *o)
{
  f->m.outcome = *o;
}

static void event(sv_graph *g, sv_event_kind k, uint32_t i)
{
  sv_event e = {k, i};
  PUSH(g->events, e);
}

uint32_t fm_enter(sv_graph *g, sv_entry e)
{
  e.id = (uint32_t)g->entries.n;
  e.first_event = (uint32_t)g->events.n;
  PUSH(g->entries, e);
  event(g, SV_EV_ENTER, e.id);
  return e.id;
}

void fm_exit(sv_graph *g, uint32_t entry)
{
  g->entries.v[entry].last_event = (uint32_t)g->events.n;
  g->entries.v[entry].closed = true;
  event(g, SV_EV_EXIT, entry);
}

uint32_t fm_name_scope(sv_graph *g, sv_name_scope n)
{
  n.id = (uint32_t)g->scopes.n;
  PUSH(g->scopes, n);
  event(g, SV_EV_NAME_SCOPE, n.id);
  return n.id;
}

uint32_t fm_rename(sv_graph *g, sv_rename r)
{
  PUSH(g->renames, r);
  return (uint32_t)g->renames.n - 1;
}

uint32_t fm_op(sv_graph *g, sv_op op)
{
  op.id = (uint32_t)g->ops.n;
  PUSH(g->ops, op);
  event(g, SV_EV_OP, op.id);
  return op.id;
}

uint32_t fm_var(sv_graph *g, sv_var v)
{
  v.id = (uint32_t)g->vars.n;
  PUSH(g->vars, v);
  event(g, SV_EV_VAR, v.id);
  return v.id;
}

uint32_t fm_getvar(sv_graph *g, sv_getvar c)
{
  c.id = (uint32_t)g->getvars.n;
  PUSH(g->getvars, c);
  event(g, SV_EV_GETVAR, c.id);
  return c.id;
}

uint32_t fm_error(sv_graph *g, sv_error e)
{
  e.id = (uint32_t)g->errors.n;
  PUSH(g->errors, e);
  event(g, SV_EV_ERROR, e.id);
  return e.id;
}

sv_var *fm_var_at(sv_graph *g, uint32_t id)
{
  return &g->vars.v[id];
}

sv_getvar *fm_getvar_at(sv_graph *g, uint32_t id)
{
  return &g->getvars.v[id];
}

sv_entry *fm_entry_at(sv_graph *g, uint32_t id)
{
  return &g->entries.v[id];
}

sv_shape fm_shape2(int64_t a, int64_t b)
{
  /* Interned per value pair in a small static table. */
  static int64_t store[64][2];
  static size_t used;
  for (size_t i = 0; i < used; i++)
    if (store[i][0] == a && store[i][1] == b) return (sv_shape){2, store[i]};
  if (used == 64) abort();
  store[used][0] = a;
  store[used][1] = b;
  return (sv_shape){2, store[used++]};
}

sv_loc fm_line(uint32_t line)
{
  return (sv_loc){line, 1, 0, 1};
}

sv_name_scope fm_scope(const char *name, const char *requested,
                       sv_ns_opener opener, uint32_t entry, uint32_t var,
                       uint32_t rename, sv_loc loc)
{
  sv_name_scope ns = {0};
  ns.name = name;
  ns.requested = requested;
  ns.opener = opener;
  ns.entry = entry;
  ns.var = var;
  ns.op = SV_NONE;
  ns.rename = rename;
  ns.loc = loc;
  return ns;
}

/* ---- the model.h API ---------------------------------------------------- */

static const char *const dtype_names[] = {
    "invalid", "float16", "bfloat16", "float32", "float64", "int8",
    "int16",   "int32",   "int64",    "uint8",   "uint16",  "bool",
    "string",  "complex64", "complex128"};

const char *sv_dtype_name(int dtype)
{
  static char ref[SV_DT__COUNT][24];
  int base = dtype & ~SV_DT_REF;
  if (base < 0 || base >= SV_DT__COUNT) return "invalid";
  if (!(dtype & SV_DT_REF)) return dtype_names[base];
  snprintf(ref[base], sizeof ref[base], "%s_ref", dtype_names[base]);
  return ref[base];
}

int sv_dtype_base(int dtype)
{
  return dtype & ~SV_DT_REF;
}

/* tf1-semantics.md §9.3. */
size_t sv_shape_format(const sv_shape *shape, char *buf, size_t cap)
{
  char tmp[1024];
  size_t n = 0;
  if (shape->rank < 0) {
    n = (size_t)snprintf(tmp, sizeof tmp, "<unknown>");
  } else {
    tmp[n++] = '(';
    for (int32_t i = 0; i < shape->rank && n < 900; i++) {
      if (i) n += (size_t)snprintf(tmp + n, sizeof tmp - n, ", ");
      if (shape->dims[i] < 0)
        tmp[n++] = '?';
      else
        n += (size_t)snprintf(tmp + n, sizeof tmp - n, "%lld",
                              (long long)shape->dims[i]);
    }
    if (shape->rank == 1) tmp[n++] = ',';
    tmp[n++] = ')';
    tmp[n] = '\0';
  }
  if (cap) snprintf(buf, cap, "%s", tmp);
  return n;
}

size_t sv_model_graph_count(const sv_model *m)
{
  return m->graphs.n;
}

const sv_graph *sv_model_graph(const sv_model *m, size_t i)
{
  return m->graphs.v[i];
}

const char *sv_model_source_name(const sv_model *m)
{
  return m->source_name;
}

const sv_outcome *sv_model_outcome(const sv_model *m)
{
  return &m->outcome;
}

const char *sv_model_source_line(const sv_model *m, uint32_t line,
                                 size_t *out_len)
{
  const char *p = m->text;
  for (uint32_t l = 1; l < line; l++) {
    p = strchr(p, '\n');
    if (!p) return NULL;
    p++;
  }
  if (!line || !*p) return NULL;
  const char *e = strchr(p, '\n');
  *out_len = e ? (size_t)(e - p) : strlen(p);
  return p;
}

#define ACCESSORS(what, T, field)                                             \
  size_t sv_graph_##what##_count(const sv_graph *g)                           \
  {                                                                           \
    return g->field.n;                                                        \
  }                                                                           \
  const T *sv_graph_##what(const sv_graph *g, size_t id)                      \
  {                                                                           \
    return &g->field.v[id];                                                   \
  }

ACCESSORS(entry, sv_entry, entries)
ACCESSORS(name_scope, sv_name_scope, scopes)
ACCESSORS(rename, sv_rename, renames)
ACCESSORS(op, sv_op, ops)
ACCESSORS(var, sv_var, vars)
ACCESSORS(getvar, sv_getvar, getvars)
ACCESSORS(error, sv_error, errors)
ACCESSORS(event, sv_event, events)

const char *sv_graph_name_scope_name(const sv_graph *g, size_t id)
{
  return id < g->scopes.n ? g->scopes.v[id].name : NULL;
}

uint32_t sv_graph_name_scope_op_only(const sv_graph *g, size_t id)
{
  (void)g;
  (void)id;
  return SV_NONE; /* every record is a full one here */
}

uint32_t sv_graph_name_scope_var(const sv_graph *g, size_t id)
{
  (void)g;
  (void)id;
  return SV_NONE; /* no lazy records here */
}

bool sv_graph_op_is_internal(const sv_graph *g, size_t id)
{
  return id < g->ops.n && g->ops.v[id].internal;
}

uint32_t sv_graph_op_var(const sv_graph *g, size_t id)
{
  return id < g->ops.n ? g->ops.v[id].var : SV_NONE;
}

const sv_op *sv_graph_op_by_name(const sv_graph *g, const char *name)
{
  for (size_t i = 0; i < g->ops.n; i++)
    if (strcmp(g->ops.v[i].name, name) == 0) return &g->ops.v[i];
  return NULL;
}
