/* SPDX-License-Identifier: MIT
 * graph: the engine and its graphs — the names table (tf1-semantics.md §2),
 * Graph.name_scope (§3.1), direct op creation (§4.1), records, events,
 * errors and the read-only model accessors of <scopeviz/model.h>.
 */
#define _DEFAULT_SOURCE /* madvise, MADV_HUGEPAGE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "engine_int.h"

/* ---- string map ------------------------------------------------------------ */

/* FNV-1a spreads similar names ("layer1/w", "layer2/w") poorly over the
 * low bits linear probing uses: finish with murmur3's avalanche. */
static uint32_t mix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

static uint32_t fnv(uint32_t h, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

uint32_t sv__hash(const char *s, size_t len) {
  return mix(fnv(2166136261u, s, len));
}

void sv__idmap_prefetch(const sv_idmap *m, const char *parent,
                        const char *leaf) {
  if (!m->cap) return;
  uint32_t h = 2166136261u;
  if (*parent) h = fnv(fnv(h, parent, strlen(parent)), "/", 1);
  h = mix(fnv(h, leaf, strlen(leaf)));
  __builtin_prefetch(&m->slots[h & (m->cap - 1)], 1);
}

sv_slot *sv__map_find(const sv_map *m, const char *key, size_t len,
                      uint32_t hash) {
  if (!m->cap) return NULL;
  size_t mask = m->cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    sv_slot *s = &m->slots[i];
    if (!s->key) return NULL;
    if (s->hash == hash && s->len == len && memcmp(s->key, key, len) == 0)
      return s;
  }
}

static void map_grow(sv_map *m) {
  size_t ncap = m->cap ? m->cap * 2 : 64;
  sv_slot *ns = sv__xcalloc(ncap, sizeof *ns);
  for (size_t i = 0; i < m->cap; i++) {
    sv_slot *s = &m->slots[i];
    if (!s->key) continue;
    size_t j = s->hash & (ncap - 1);
    while (ns[j].key) j = (j + 1) & (ncap - 1);
    ns[j] = *s;
  }
  sv__xfree(m->slots);
  m->slots = ns;
  m->cap = ncap;
}

sv_slot *sv__map_add(sv_map *m, const char *key, size_t len, uint32_t hash) {
  if ((m->count + 1) * 4 > m->cap * 3) map_grow(m);
  size_t mask = m->cap - 1;
  size_t i = hash & mask;
  while (m->slots[i].key) i = (i + 1) & mask;
  sv_slot *s = &m->slots[i];
  s->key = key;
  s->len = (uint32_t)len;
  s->hash = hash;
  s->a = s->b = 0;
  m->count++;
  return s;
}

void sv__map_fini(sv_map *m) {
  sv__xfree(m->slots);
  m->slots = NULL;
  m->cap = m->count = 0;
}

uint32_t sv__idmap_find(const sv_idmap *m, const char *key, size_t len,
                        uint32_t h, sv_idkey keyof, const sv_graph *g) {
  if (!m->cap) return SV_NONE;
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    const struct sv_idslot *s = &m->slots[i];
    if (s->id == SV_NONE) return SV_NONE;
    if (s->hash != h) continue;
    const char *k = keyof(g, s->id);
    if (strncmp(k, key, len) == 0 && k[len] == '\0') return s->id;
  }
}

static void idmap_put(sv_idmap *m, uint32_t h, uint32_t id) {
  size_t i = h & (m->cap - 1);
  while (m->slots[i].id != SV_NONE) i = (i + 1) & (m->cap - 1);
  m->slots[i].hash = h;
  m->slots[i].id = id;
}

void sv__idmap_add(sv_idmap *m, uint32_t h, uint32_t id) {
  if ((m->count + 1) * 4 > m->cap * 3) {
    sv_idmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->slots = sv__xmalloc(m->cap * sizeof *m->slots);
    for (size_t i = 0; i < m->cap; i++) m->slots[i].id = SV_NONE;
    for (size_t i = 0; i < old.cap; i++)
      if (old.slots[i].id != SV_NONE)
        idmap_put(m, old.slots[i].hash, old.slots[i].id);
    sv__xfree(old.slots);
  }
  idmap_put(m, h, id);
  m->count++;
}

void sv__idmap_fini(sv_idmap *m) {
  sv__xfree(m->slots);
  m->slots = NULL;
  m->cap = m->count = 0;
}

/* ---- engine and graphs -------------------------------------------------------- */

static sv_graph *graph_new(sv_tf *tf) {
  sv_graph *g = sv__xcalloc(1, sizeof *g);
  g->tf = tf;
  g->arena = tf->arena;
  g->index = (uint32_t)tf->model.graphs.count;
  g->stack = "";
  g->role = SV_OP_USER;
  g->cvar = SV_NONE;
  g->call = SV_NONE;
  g->api = "tf";
  g->orphan = tf->no_compact; /* no compact variables */
  g->pfgen = 1;
  sv__buf_init(&g->full);
  sv__buf_init(&g->key);
  sv__vs_init_graph(g);
  sv__vec_push(&tf->model.graphs, g);
  return g;
}

static void graph_free(sv_graph *g) {
  sv__vec_free(&g->entries);
  sv__vec_free(&g->scopes);
  sv__vec_free(&g->sref);
  sv__vec_free(&g->mat);
  sv__vec_free(&g->vsmat);
  sv__vec_free(&g->renames);
  sv__vec_free(&g->ops);
  sv__vec_free(&g->oref);
  sv__vec_free(&g->lazy);
  sv__vec_free(&g->lmat);
  sv__vec_free(&g->vars);
  sv__vec_free(&g->vref);
  sv__vec_free(&g->getvars);
  sv__vec_free(&g->gref);
  sv__vec_free(&g->errors);
  sv__vec_free(&g->events);
  sv__vec_free(&g->evmat);
  sv__vec_free(&g->opdep);
  sv__vec_free(&g->varaux);
  sv__vec_free(&g->tpls);
  sv__xfree(g->names.slots);
  sv__vec_free(&g->names.keys);
  sv__xfree(g->local.slots);
  sv__vec_free(&g->frames);
  sv__idmap_fini(&g->vsmap);
  sv__vec_free(&g->vsnodes);
  sv__vec_free(&g->undo);
  sv__idmap_fini(&g->store);
  for (size_t i = 0; i < g->colls.count; i++)
    sv__vec_free(&g->colls.items[i].ids);
  sv__vec_free(&g->colls);
  sv__map_fini(&g->byname);
  sv__map_fini(&g->shapes);
  sv__map_fini(&g->texts);
  sv__buf_fini(&g->full);
  sv__buf_fini(&g->key);
  sv__xfree(g);
}

void sv__tf_set_compact(sv_tf *tf, bool on) {
  tf->no_compact = !on;
  for (size_t i = 0; i < tf->model.graphs.count; i++)
    if (!on) tf->model.graphs.items[i]->orphan = true;
}

sv_tf *sv__tf_new(const char *source_name) {
  sv_tf *tf = sv__xcalloc(1, sizeof *tf);
  tf->arena = sv__arena_new();
  tf->model.source_name =
      sv__arena_strdup(tf->arena, source_name ? source_name : "-");
  tf->model.outcome.end = SV_END_OK;
  tf->model.outcome.graph = SV_NONE;
  tf->model.outcome.error = SV_NONE;
  tf->err_rec = SV_NONE;
  sv__buf_init(&tf->err_msg);
  sv_graph *g = graph_new(tf);
  sv__vec_push(&tf->defaults, g);
  return tf;
}

void sv__tf_free(sv_tf *tf) {
  if (!tf) return;
  for (size_t i = 0; i < tf->model.graphs.count; i++)
    graph_free(tf->model.graphs.items[i]);
  sv__vec_free(&tf->model.graphs);
  sv__vec_free(&tf->model.lines);
  sv__xfree(tf->model.source);
  sv__vec_free(&tf->defaults);
  sv__buf_fini(&tf->err_msg);
  sv__arena_free(tf->arena);
  sv__xfree(tf);
}

const sv_model *sv__tf_model(const sv_tf *tf) {
  return &tf->model;
}

sv_graph *sv__tf_default_graph(sv_tf *tf) {
  return tf->defaults.items[tf->defaults.count - 1];
}

sv_graph *sv__tf_graph_new(sv_tf *tf) {
  return graph_new(tf);
}

void sv__tf_push_default(sv_tf *tf, sv_graph *g) {
  sv__vec_push(&tf->defaults, g);
}

void sv__tf_pop_default(sv_tf *tf) {
  if (tf->defaults.count > 1) tf->defaults.count--;
}

void sv__tf_reset_default_graph(sv_tf *tf) {
  /* Only the bottom of the stack is "the" default graph; TF refuses a
   * reset inside `with g.as_default()`, the host checks that. */
  sv_graph *g = graph_new(tf);
  tf->defaults.items[tf->defaults.count - 1] = g;
}

size_t sv__tf_graph_index(const sv_graph *g) {
  return g->index;
}

void sv__tf_set_call_site(sv_tf *tf, sv_loc loc, const void *origin) {
  tf->loc = loc;
  tf->origin = origin;
}

void sv__tf_set_origin_formatter(sv_tf *tf, sv_origin_fmt fmt, void *ud) {
  tf->fmt = fmt;
  tf->fmt_ud = ud;
}

void sv__tf_set_source(sv_tf *tf, const char *text, size_t len) {
  sv__xfree(tf->model.source);
  tf->model.source = sv__xstrndup(text, len);
  tf->model.source_len = len;
  tf->model.lines.count = 0;
  sv__vec_push(&tf->model.lines, 0);
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n' && i + 1 < len)
      sv__vec_push(&tf->model.lines, (uint32_t)(i + 1));
}

void sv__tf_set_outcome(sv_tf *tf, const sv_outcome *o) {
  sv_outcome *m = &tf->model.outcome;
  *m = *o;
  m->type = o->type ? sv__arena_strdup(tf->arena, o->type) : NULL;
  m->message = o->message ? sv__arena_strdup(tf->arena, o->message) : NULL;
  /* Entries still open at the end span every later event. */
  for (size_t i = 0; i < tf->model.graphs.count; i++) {
    sv_graph *g = tf->model.graphs.items[i];
    for (size_t j = 0; j < g->entries.count; j++) {
      sv_entry *e = &g->entries.items[j];
      if (!e->closed)
        e->last_event = g->nevents ? g->nevents - 1 : 0;
    }
  }
}

/* ---- errors ----------------------------------------------------------------------- */

static const char *tfx_type(sv_tfx k) {
  switch (k) {
    case SV_TFX_VALUE: return "ValueError";
    case SV_TFX_TYPE: return "TypeError";
    case SV_TFX_RUNTIME: return "RuntimeError";
    case SV_TFX_ASSERTION: return "AssertionError";
    case SV_TFX_UNSUPPORTED: return "unsupported";
    default: return "";
  }
}

uint32_t sv__innermost_entry(const sv_graph *g) {
  return g->frames.count ? g->frames.items[g->frames.count - 1].entry
                         : SV_NONE;
}

uint32_t sv__event(sv_graph *g, sv_event_kind kind, uint32_t index) {
  sv_event ev = {kind, index};
  SV_BIG_PUSH(&g->events, ev);
  return g->nevents++;
}

bool sv__verr(sv_graph *g, sv_tfx kind, const char *fmt, va_list ap) {
  sv_tf *tf = g->tf;
  sv__buf_clear(&tf->err_msg);
  sv__buf_vappendf(&tf->err_msg, fmt, ap);
  tf->err_kind = kind;
  tf->err_type = tfx_type(kind);
  sv_error e;
  memset(&e, 0, sizeof e);
  e.id = (uint32_t)g->errors.count;
  e.type = tf->err_type;
  e.message = sv__arena_strdup(g->arena, sv__buf_cstr(&tf->err_msg));
  e.call = g->api;
  e.getvar = SV_NONE;
  e.entry = sv__innermost_entry(g);
  e.loc = tf->loc;
  sv__vec_push(&g->errors, e);
  sv__event(g, SV_EV_ERROR, e.id);
  tf->err_rec = e.id;
  return false;
}

bool sv__err(sv_graph *g, sv_tfx kind, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sv__verr(g, kind, fmt, ap);
  va_end(ap);
  return false;
}

bool sv__tf_fail(sv_graph *g, sv_tfx kind, const char *call,
                 const char *fmt, ...) {
  const char *saved = g->api;
  g->api = call ? sv__arena_strdup(g->arena, call) : saved;
  va_list ap;
  va_start(ap, fmt);
  sv__verr(g, kind, fmt, ap);
  va_end(ap);
  g->api = saved;
  return false;
}

sv_tfx sv__tf_error_kind(const sv_tf *tf) {
  return tf->err_kind;
}

const char *sv__tf_error_type(const sv_tf *tf) {
  return tf->err_kind == SV_TFX_NONE ? NULL : tf->err_type;
}

const char *sv__tf_error_message(const sv_tf *tf) {
  return tf->err_msg.data ? tf->err_msg.data : "";
}

void sv__tf_error_clear(sv_tf *tf) {
  tf->err_kind = SV_TFX_NONE;
  tf->err_type = NULL;
  sv__buf_clear(&tf->err_msg);
  tf->err_rec = SV_NONE;
}

uint32_t sv__tf_error_record(const sv_tf *tf) {
  return tf->err_kind == SV_TFX_NONE ? SV_NONE : tf->err_rec;
}

void sv__tf_error_mark_caught(sv_graph *g, uint32_t error_id) {
  if (error_id < g->errors.count) g->errors.items[error_id].caught = true;
}

/* ---- API calls ------------------------------------------------------------------- */

sv_callctx sv__call_begin(sv_graph *g, const char *api, sv_op_role role,
                          uint32_t var) {
  sv_callctx saved = {g->call, g->role, g->cvar, g->api};
  g->call = g->ncalls++;
  /* Inside a variable's construction (a host initializer callback) every
   * op still belongs to that variable. */
  if (g->role == SV_OP_VAR_INTERNAL && saved.call != SV_NONE) {
    role = SV_OP_VAR_INTERNAL;
    if (var == SV_NONE) var = g->cvar;
  }
  g->role = role;
  g->cvar = var;
  g->api = api;
  return saved;
}

void sv__call_end(sv_graph *g, sv_callctx saved) {
  g->call = saved.call;
  g->role = saved.role;
  g->cvar = saved.cvar;
  g->api = saved.api;
}

/* ---- the names table (§2.1) --------------------------------------------------- */

/* The names table (§2.1) keys are lower-cased names. Slots point at the
 * full names as created (the op or scope name, original case) and hash
 * the lower-cased bytes; lookups compare case-insensitively, so no
 * lower-case copy is ever stored. */

static char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* FNV-1a state (before the avalanche) after the lower-cased bytes s. */
static uint32_t lower_fnv(uint32_t h, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)lower(s[i]);
    h *= 16777619u;
  }
  return h;
}

/* a[0, len) and b[0, len) are the same text in any case. */
static bool same_ci(const char *a, const char *b, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

/* §3.1 name characters: NAME_ROOT may begin a root name
 * ([A-Za-z0-9.]); NAME_NESTED may appear anywhere else ([A-Za-z0-9_.\-/]). */
enum { NAME_NESTED = 1, NAME_ROOT = 2 };
static const unsigned char name_class[256] = {
#define R_ NAME_ROOT | NAME_NESTED
    ['-'] = NAME_NESTED, ['_'] = NAME_NESTED, ['/'] = NAME_NESTED,
    ['.'] = R_,
    ['0'] = R_, ['1'] = R_, ['2'] = R_, ['3'] = R_, ['4'] = R_,
    ['5'] = R_, ['6'] = R_, ['7'] = R_, ['8'] = R_, ['9'] = R_,
    ['A'] = R_, ['B'] = R_, ['C'] = R_, ['D'] = R_, ['E'] = R_, ['F'] = R_,
    ['G'] = R_, ['H'] = R_, ['I'] = R_, ['J'] = R_, ['K'] = R_, ['L'] = R_,
    ['M'] = R_, ['N'] = R_, ['O'] = R_, ['P'] = R_, ['Q'] = R_, ['R'] = R_,
    ['S'] = R_, ['T'] = R_, ['U'] = R_, ['V'] = R_, ['W'] = R_, ['X'] = R_,
    ['Y'] = R_, ['Z'] = R_,
    ['a'] = R_, ['b'] = R_, ['c'] = R_, ['d'] = R_, ['e'] = R_, ['f'] = R_,
    ['g'] = R_, ['h'] = R_, ['i'] = R_, ['j'] = R_, ['k'] = R_, ['l'] = R_,
    ['m'] = R_, ['n'] = R_, ['o'] = R_, ['p'] = R_, ['q'] = R_, ['r'] = R_,
    ['s'] = R_, ['t'] = R_, ['u'] = R_, ['v'] = R_, ['w'] = R_, ['x'] = R_,
    ['y'] = R_, ['z'] = R_,
#undef R_
};

/* §3.1 nested-scope characters for every byte of s. */
static bool nested_chars(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!(name_class[(unsigned char)s[i]] & NAME_NESTED)) return false;
  return true;
}

static size_t sinfo_slot(const char *p) {
  uint64_t v = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
  return (size_t)(v >> 58); /* SV_SINFO_SLOTS == 64 */
}

static bool parent_check(sv_graph *g, const char *key, size_t len,
                         uint32_t fnv);

/* Facts about a name stack, cached by its pointer: stack strings are arena
 * (or static) strings, never freed or changed while the graph lives, so a
 * pointer names one text. Names made under the stack then hash and
 * validate only their own leaf. */
static sv_stackinfo *stack_info(sv_graph *g, const char *stack) {
  sv_stackinfo *si = &g->sinfo[sinfo_slot(stack)];
  if (si->s == stack && si->set) return si;
  size_t len = stack ? strlen(stack) : 0;
  si->s = stack;
  si->set = true;
  si->len = (uint32_t)len;
  uint32_t sf = lower_fnv(2166136261u, stack, len);
  si->fnv = len ? lower_fnv(sf, "/", 1) : sf;
  si->valid = len && sv__valid_name(stack, true);
  /* A new stack may lie under a compact variable (expanded here, before
   * any name is looked up under it); whether it is a key matters while
   * no orphan key exists. Stacks under the variable being built are its
   * own (forgotten when it is complete). */
  si->marked = true;
  uint64_t bit = (uint64_t)1 << (si - g->sinfo);
  bool verified = !len; /* the root lies under no V */
  if (len && !g->building && (g->npending || !g->orphan))
    verified = si->marked = parent_check(g, stack, len, sf);
  if (verified)
    g->sinfo_dirty &= ~bit;
  else
    g->sinfo_dirty |= bit;
  g->sinfo_recent &= ~bit;
  return si;
}

static void stack_info_seed(sv_graph *g, const char *full, size_t len,
                            uint32_t fnv, bool valid) {
  sv_stackinfo *si = &g->sinfo[sinfo_slot(full)];
  si->s = full;
  si->set = true;
  si->len = (uint32_t)len;
  si->fnv = lower_fnv(fnv, "/", 1);
  si->valid = valid;
  si->marked = true;
  uint64_t bit = (uint64_t)1 << (si - g->sinfo);
  if (g->building) {
    g->sinfo_dirty |= bit;
    g->sinfo_recent &= ~bit;
  } else {
    g->sinfo_dirty &= ~bit;
    g->sinfo_recent |= bit;
  }
}

bool sv__stack_valid(sv_graph *g) {
  return stack_info(g, g->stack)->valid;
}

static const char *owner_name(const sv_graph *g, uint32_t owner) {
  if (owner == SV_NONE) return NULL;
  if (owner & SV_OWNER_SCOPE_BIT)
    return sv__scope_name(g, owner & ~SV_OWNER_SCOPE_BIT);
  if (owner & SV_OWNER_KEY_BIT) {
    uint32_t i = owner & ~SV_OWNER_KEY_BIT;
    return i < g->names.keys.count ? g->names.keys.items[i] : NULL;
  }
  return owner < sv__op_count(g) ? sv__op(g, owner)->name : NULL;
}

static void names_put(sv_names *m, sv_nslot x);

/* The keys waiting in g->pend enter `names`. */
static void names_flush(sv_graph *g) {
  for (uint32_t i = 0; i < g->npend; i++) names_put(&g->names, g->pend[i]);
  g->npend = 0;
}

/* key (len bytes) is in any case; so are the owners' names. m: g->names
 * (its waiting keys enter first) or g->local. */
static sv_nslot *names_find(sv_graph *g, const sv_names *m, const char *key,
                            size_t len, uint32_t hash) {
  if (m == &g->names) names_flush(g);
  if (!m->cap) return NULL;
  size_t mask = m->cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    sv_nslot *s = &m->slots[i];
    if (!s->count) return NULL;
    if (s->hash != hash) continue;
    const char *k = owner_name(g, s->owner);
    if (!k) continue;
    if (same_ci(k, key, len) && k[len] == '\0') return s;
  }
}

/* Probes of a big names table land on random pages: ask for transparent
 * huge pages (advice only) so that a probe costs one cache miss and no
 * TLB walk. */
static void advise_huge(void *p, size_t size) {
#ifdef MADV_HUGEPAGE
  const uintptr_t huge = (uintptr_t)2 << 20;
  if (size < 2 * huge) return;
  uintptr_t b = ((uintptr_t)p + huge - 1) & ~(huge - 1);
  uintptr_t e = ((uintptr_t)p + size) & ~(huge - 1);
  if (e > b) madvise((void *)b, e - b, MADV_HUGEPAGE);
#else
  (void)p;
  (void)size;
#endif
}

static void names_grow(sv_names *m) {
  size_t ncap = m->cap ? m->cap * 2 : 64;
  sv_nslot *ns = sv__xcalloc(ncap, sizeof *ns);
  advise_huge(ns, ncap * sizeof *ns);
  for (size_t i = 0; i < m->cap; i++) {
    sv_nslot *s = &m->slots[i];
    if (!s->count) continue;
    size_t j = s->hash & (ncap - 1);
    while (ns[j].count) j = (j + 1) & (ncap - 1);
    ns[j] = *s;
  }
  sv__xfree(m->slots);
  m->slots = ns;
  m->cap = ncap;
}

/* Stores a slot whose key is not present. */
static void names_put(sv_names *m, sv_nslot x) {
  if ((m->count + 1) * 4 > m->cap * 3) names_grow(m);
  size_t mask = m->cap - 1;
  size_t i = x.hash & mask;
  while (m->slots[i].count) i = (i + 1) & mask;
  m->slots[i] = x;
  m->count++;
  m->last = i;
}

/* The slot of a new key (counter 1). owner SV_NONE: key (an arena
 * string) is kept in g->names.keys (shared by both tables). */
static sv_nslot new_key(sv_graph *g, const char *key, uint32_t hash,
                        uint32_t owner) {
  if (owner == SV_NONE) {
    owner = (uint32_t)g->names.keys.count | SV_OWNER_KEY_BIT;
    sv__vec_push(&g->names.keys, key);
  }
  sv_nslot x = {hash, 1, owner};
  return x;
}

/* Adds a key (not present) to m. */
static void names_add(sv_graph *g, sv_names *m, const char *key,
                      uint32_t hash, uint32_t owner) {
  names_put(m, new_key(g, key, hash, owner));
}

/* The table names go to now. */
static sv_names *names_of(sv_graph *g) {
  return g->building ? &g->local : &g->names;
}

/* ---- compact variables ----------------------------------------------------------
 * A variable's internal names (V/Initializer/..., V/Assign, V/read: 20 of
 * the 26 names a layer of a loop-built model makes) are unique under its
 * fresh scope V, and no later name falls under V/ unless the script
 * reaches into it: an absolute name scope ("V/..."), a name containing
 * '/', a captured scope. So they wait outside the table (only their
 * owners are kept, sv_varaux) and enter it, rebuilt from their owners'
 * names, when a name is first looked up under V/: every lookup starts
 * from a stack that was checked when its facts were cached (stack_info;
 * sv__compact_end forgets the facts of stacks at or under V's text), and
 * a name containing '/' checks its own parent (sv__unique); see
 * parent_check for why one look suffices.
 * This needs that no key lies under V/ when V is made. V is a new key, so
 * such a key would be an orphan: a key with a prefix that is not a key.
 * Orphans come only from names containing '/' and from stacks that are
 * not keys (absolute re-entry); the first one turns compaction off
 * (g->orphan) for every later variable. */

/* A key enters `names` by another road than sv__unique: the fresh
 * parents' filters may miss it, so none is trusted any more. */
static void names_put_big(sv_graph *g, sv_nslot x) {
  names_flush(g);
  g->pfgen++;
  names_put(&g->names, x);
}

/* The key `name` (counter 1) of owner enters the table. */
static void names_put_owned(sv_graph *g, const char *name, uint32_t owner) {
  sv_nslot x = {mix(lower_fnv(2166136261u, name, strlen(name))), 1, owner};
  names_put_big(g, x);
}

/* The keys of scopes scope0.. (nscope) and ops op0 + b (b in mask)
 * enter the table. */
static void names_put_all(sv_graph *g, uint32_t op0, uint32_t mask,
                          uint32_t scope0, uint32_t nscope) {
  for (uint32_t i = 0; i < nscope; i++)
    names_put_owned(g, sv__scope_name(g, scope0 + i),
                    (scope0 + i) | SV_OWNER_SCOPE_BIT);
  for (uint32_t b = 0; b < 24; b++)
    if (mask & (1u << b))
      names_put_owned(g, sv__op(g, op0 + b)->name, op0 + b);
}

/* V's internal names enter the table. s: V's flagged slot. */
static void names_expand(sv_graph *g, sv_nslot *s) {
  s->count &= ~SV_NCOUNT_DEFER;
  g->npending--;
  uint32_t r = g->sref.items[s->owner & ~SV_OWNER_SCOPE_BIT];
  /* the owner is V's own scope */
  uint32_t var = (r & SV_SREF_TAG) == SV_SREF_VAR ? r & ~SV_SREF_TAG
                                                  : g->scopes.items[r].var;
  sv_varaux a = sv__varaux(g, var);
  names_put_all(g, a.dop, a.dmask, a.dscope, a.dnscope);
}

/* Names are about to be looked up under key[0, len) (FNV state fnv): the
 * compact variable it is or lies under enters its names. Returns whether
 * it is a key. A key's proper prefixes need no look: while no orphan
 * exists they are keys too, and none of them is a pending variable (the
 * key would have expanded it when it was entered). */
static bool parent_check(sv_graph *g, const char *key, size_t len,
                         uint32_t fnv) {
  sv_nslot *s = names_find(g, &g->names, key, len, mix(fnv));
  if (s) {
    if (s->count & SV_NCOUNT_DEFER) names_expand(g, s);
    return true;
  }
  if (!g->npending) return false;
  /* not a key: it may be one of a pending variable's deferred names */
  bool expanded = false;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    if (key[i] == '/' && i > 0) {
      s = names_find(g, &g->names, key, i, mix(h));
      if (s && (s->count & SV_NCOUNT_DEFER)) {
        names_expand(g, s);
        expanded = true;
      }
    }
    h = lower_fnv(h, key + i, 1);
  }
  return expanded && names_find(g, &g->names, key, len, mix(fnv));
}

bool sv__compact_begin(sv_graph *g) {
  if (g->orphan || g->building) return false;
  g->building = true;
  g->b_op0 = sv__op_count(g);
  g->b_scope0 = (uint32_t)g->sref.count;
  /* V was pushed just before: names.last, or when V's key waits, the
   * slot it will take (found once the wait ends, sv__compact_end) */
  g->b_vslot = g->npend ? SIZE_MAX : g->names.last;
  g->b_mask = 0;
  g->b_extra = 0;
  g->b_plain = true;
  return true;
}

/* While building: a key was added to `local` for owner. */
static void building_key(sv_graph *g, uint32_t owner) {
  if (owner == SV_NONE || (owner & SV_OWNER_KEY_BIT)) {
    g->b_plain = false;
  } else if (owner & SV_OWNER_SCOPE_BIT) {
    if ((owner & ~SV_OWNER_SCOPE_BIT) < g->b_scope0) g->b_plain = false;
  } else if (owner < g->b_op0 || owner - g->b_op0 >= 24) {
    g->b_plain = false;
  } else {
    g->b_mask |= 1u << (owner - g->b_op0);
  }
}

/* The owners describe the keys exactly when each was taken once (no
 * suffix, no disowned op) by a scope or an op of this building. */
bool sv__compact_plain(const sv_graph *g) {
  const sv_names *l = &g->local;
  uint32_t nscope = (uint32_t)g->sref.count - g->b_scope0;
  bool plain = g->b_plain && nscope < 256 &&
               l->count + g->b_extra ==
                   nscope + (uint32_t)__builtin_popcount(g->b_mask);
  for (size_t i = 0; plain && l->count && i < l->cap; i++)
    if (l->slots[i].count > 1 || (l->slots[i].owner & SV_OWNER_KEY_BIT))
      plain = false;
  return plain;
}

void sv__compact_end(sv_graph *g, const char *V, uint32_t var, bool ok) {
  sv_names *l = &g->local;
  size_t vlen = strlen(V);
  g->building = false;
  names_flush(g); /* V's key, prefetched, is stored last */
  if (g->b_vslot == SIZE_MAX) g->b_vslot = g->names.last;
  /* Forget the cached facts of every stack at or under V's text: V's own
   * scopes were cached for `local`, and a scope re-entered ("V/") before
   * V was made was cached when V was no key (both would hide V). */
  for (uint64_t m = g->sinfo_dirty | g->sinfo_recent; m; m &= m - 1) {
    int i = __builtin_ctzll(m);
    sv_stackinfo *si = &g->sinfo[i];
    if (!si->set || !si->s || si->len < vlen ||
        (si->len > vlen && si->s[vlen] != '/'))
      continue;
    if (same_ci(si->s, V, vlen)) {
      si->set = false;
      g->sinfo_dirty &= ~((uint64_t)1 << i);
    }
  }
  g->sinfo_recent = 0;
  uint32_t nscope = (uint32_t)g->sref.count - g->b_scope0;
  bool plain = sv__compact_plain(g);
  sv_nslot *vs = NULL;
  if (ok && plain && l->count + g->b_extra) {
    /* V's slot: the hint when it holds V's own scope (the scope made
     * just before the building), else a lookup */
    uint32_t vid = g->b_scope0 - 1;
    vs = g->b_vslot < g->names.cap ? &g->names.slots[g->b_vslot] : NULL;
    if (!vs || !vs->count || vs->owner != (vid | SV_OWNER_SCOPE_BIT) ||
        sv__scope_name(g, vid) != V)
      vs = names_find(g, &g->names, V, vlen,
                      mix(lower_fnv(2166136261u, V, vlen)));
    bool keep = vs && (vs->owner & SV_OWNER_SCOPE_BIT) &&
                var < sv__var_count(g);
    uint32_t r = keep ? g->vref.items[var] : 0;
    if (keep && !(r & SV_VREF_LAZY)) {
      sv_varaux *a = &g->varaux.items[r];
      a->dop = g->b_op0;
      a->dscope = g->b_scope0;
      a->dmask = g->b_mask;
      a->dnscope = nscope;
    } else if (keep) { /* a compact variable's are its template's */
      sv_varaux a = sv__varaux(g, var);
      keep = a.dop == g->b_op0 && a.dscope == g->b_scope0 &&
             a.dmask == g->b_mask && a.dnscope == nscope;
    }
    if (keep) {
      vs->count |= SV_NCOUNT_DEFER;
      g->npending++;
    } else {
      vs = NULL;
    }
  }
  if (!vs) {
    for (size_t i = 0; i < l->cap; i++)
      if (l->slots[i].count) names_put_big(g, l->slots[i]);
    if (g->b_extra) /* stamped (vartpl.c): the owners say what they are */
      names_put_all(g, g->b_op0, g->b_mask, g->b_scope0, nscope);
  }
  g->b_extra = 0;
  if (l->count) memset(l->slots, 0, l->cap * sizeof *l->slots);
  l->count = 0;
}

/* An op that took a key failed before it was recorded: its id will be
 * reused, so the key moves to names.keys. */
static void names_disown(sv_graph *g, const char *name, uint32_t op) {
  sv_names *m = names_of(g);
  if (m == &g->names) names_flush(g);
  if (!m->cap) return;
  size_t len = strlen(name);
  uint32_t h = mix(lower_fnv(2166136261u, name, len));
  size_t mask = m->cap - 1;
  for (size_t i = h & mask; m->slots[i].count; i = (i + 1) & mask) {
    sv_nslot *s = &m->slots[i];
    if (s->hash == h && s->owner == op) {
      s->owner = (uint32_t)g->names.keys.count | SV_OWNER_KEY_BIT;
      sv__vec_push(&g->names.keys, name);
      return;
    }
  }
}

/* "_<k>" into num (at least 12 bytes); returns its length. */
static size_t suffix_text(char *num, uint32_t k) {
  char tmp[12];
  size_t n = 0;
  do {
    tmp[n++] = (char)('0' + k % 10);
    k /= 10;
  } while (k);
  num[0] = '_';
  for (size_t i = 0; i < n; i++) num[1 + i] = tmp[n - 1 - i];
  return n + 1;
}

/* ---- fresh parents (sv_pfilt) ---------------------------------------------
 * Most names a loop-built model makes are new keys under a scope made a
 * moment before ("layer7/MatMul" under "layer7"). Each would cost a probe
 * of the big table, a cache miss on a random line, to learn it is absent.
 * A scope key made while no orphan exists has no key under it yet, and
 * every key that later enters under it by sv__unique sets its bit in the
 * scope's filter; a key entering by any other road (a compact variable's
 * names, a building that could not stay compact) bumps g->pfgen and every
 * filter is dropped. So a clear bit proves the name absent; its key then
 * waits in g->pend with its slot prefetched, and enters when the table is
 * next looked at. SV_CHECK_PFILT (a test build) probes anyway and aborts
 * on a wrong "absent". */

/* The slot of the fresh parent whose "key/" has FNV state ph. */
static sv_pfilt *pfilt_slot(sv_graph *g, uint32_t ph) {
  return &g->pfilt[mix(ph) & (SV_PFILT_SLOTS - 1)];
}

static uint64_t pfilt_bit(uint32_t h) {
  return (uint64_t)1 << (h >> 26);
}

/* key (klen bytes, FNV state fnv), a scope key just made, is a fresh
 * parent when no orphan exists and it went to `names`. */
static void pfilt_seed(sv_graph *g, const char *key, size_t klen,
                       uint32_t fnv) {
  if (g->orphan || g->building) return;
  sv_pfilt *e = pfilt_slot(g, lower_fnv(fnv, "/", 1));
  e->text = key;
  e->len = (uint32_t)klen;
  e->gen = g->pfgen;
  e->bits = 0;
}

/* names_add for `names` when the key is known absent: it waits. */
static void names_defer(sv_graph *g, const char *key, uint32_t hash,
                        uint32_t owner) {
  if (g->npend == SV_NPEND) names_flush(g);
  g->pend[g->npend++] = new_key(g, key, hash, owner);
  if (g->names.cap)
    __builtin_prefetch(&g->names.slots[hash & (g->names.cap - 1)], 1);
}

const char *sv__unique(sv_graph *g, const char *name, bool mark,
                       uint32_t owner, uint32_t *out_rename) {
  if (out_rename) *out_rename = SV_NONE;
  /* g->full = stack + '/' + name; the hash continues the stack's. */
  const sv_stackinfo *si = stack_info(g, g->stack);
  size_t nlen = strlen(name);
  sv__buf_clear(&g->full);
  sv__buf_reserve(&g->full, si->len + 1 + nlen + 12);
  if (si->len) {
    memcpy(g->full.data, g->stack, si->len);
    g->full.data[si->len] = '/';
    g->full.len = si->len + 1;
  }
  memcpy(g->full.data + g->full.len, name, nlen);
  g->full.len += nlen;
  g->full.data[g->full.len] = '\0';
  size_t klen = g->full.len;
  /* the hash up to the name's last '/' (its own parent), then on */
  size_t sl = nlen;
  while (sl > 0 && name[sl - 1] != '/') sl--;
  uint32_t pfnv = sl ? lower_fnv(si->fnv, name, sl - 1) : si->fnv;
  uint32_t fnv = sl ? lower_fnv(lower_fnv(pfnv, "/", 1), name + sl, nlen - sl)
                    : lower_fnv(si->fnv, name, nlen);
  uint32_t h = mix(fnv);
  bool leaf_ok = si->len ? si->valid && nested_chars(name, nlen) : false;
  if (!g->building && (g->npending || (mark && !g->orphan))) {
    /* compact variables: the name's own parent when it has a '/' (the
     * stack's was checked by stack_info) */
    bool parent = si->marked;
    if (sl) parent = parent_check(g, g->full.data, klen - nlen + sl - 1, pfnv);
    if (mark && !parent) g->orphan = true;
  }
  sv_names *tb = names_of(g);
  /* the name's parent: a fresh parent whose filter says the name is no
   * key needs no probe */
  sv_pfilt *pf = NULL;
  size_t plen = sl ? klen - nlen + sl - 1 : si->len;
  if (!g->building && plen) {
    sv_pfilt *e = pfilt_slot(g, sl ? lower_fnv(pfnv, "/", 1) : si->fnv);
    if (e->gen == g->pfgen && e->len == plen &&
        ((!sl && e->text == g->stack) ||
         same_ci(e->text, g->full.data, plen)))
      pf = e;
  }
  bool fresh = pf && !(pf->bits & pfilt_bit(h));
#ifdef SV_CHECK_PFILT
  if (fresh && names_find(g, tb, g->full.data, klen, h)) abort();
#endif
  sv_nslot *s = fresh ? NULL : names_find(g, tb, g->full.data, klen, h);
  uint32_t n = s ? s->count & ~SV_NCOUNT_DEFER : 0;
  if (n == 0) {
    const char *full =
        g->own_text && strncmp(g->own_text, g->full.data, klen) == 0 &&
                !g->own_text[klen]
            ? g->own_text
            : sv__arena_strndup(g->arena, g->full.data, klen);
    g->last_valid = si->len ? leaf_ok : sv__valid_name(full, true);
    if (mark) {
      if (fresh)
        names_defer(g, full, h, owner);
      else
        names_add(g, tb, full, h, owner);
      if (pf) pf->bits |= pfilt_bit(h);
      if (g->building) building_key(g, owner);
      if (owner != SV_NONE && (owner & SV_OWNER_SCOPE_BIT)) {
        stack_info_seed(g, full, klen, fnv, g->last_valid);
        pfilt_seed(g, full, klen, fnv);
      }
    }
    return full;
  }
  uint32_t base_owner = s->owner;
  if (base_owner & SV_OWNER_KEY_BIT) base_owner = SV_NONE;
  const char *taken_as = owner_name(g, base_owner);
  if (mark) s->count = (s->count & SV_NCOUNT_DEFER) | (n + 1);
  /* Search for a free suffix, starting at the old counter (not at 1). */
  uint32_t k = n;
  char num[16];
  size_t nl;
  uint32_t cf, ch;
  for (;;) {
    nl = suffix_text(num, k);
    memcpy(g->full.data + klen, num, nl);
    g->full.len = klen + nl;
    cf = lower_fnv(fnv, num, nl);
    ch = mix(cf);
    k++;
    if (!names_find(g, tb, g->full.data, g->full.len, ch)) break;
  }
  g->full.data[g->full.len] = '\0';
  uint32_t suffix = k - 1;
  const char *full = sv__arena_strndup(g->arena, g->full.data, g->full.len);
  g->last_valid = si->len ? leaf_ok : sv__valid_name(full, true);
  if (mark) {
    names_add(g, tb, full, ch, owner);
    if (pf) pf->bits |= pfilt_bit(ch);
    if (g->building) g->b_plain = false; /* a suffix under V */
    if (owner != SV_NONE && (owner & SV_OWNER_SCOPE_BIT)) {
      stack_info_seed(g, full, g->full.len, cf, g->last_valid);
      pfilt_seed(g, full, g->full.len, cf);
    }
    sv_rename r;
    r.requested = sv__arena_strndup(g->arena, full, klen);
    r.result = full;
    r.counter = n;
    r.suffix = suffix;
    r.skipped = suffix - n;
    r.taken_by_kind = base_owner == SV_NONE ? SV_OWNER_NONE
                      : (base_owner & SV_OWNER_SCOPE_BIT) ? SV_OWNER_NAME_SCOPE
                                                          : SV_OWNER_OP;
    r.taken_by = base_owner == SV_NONE ? SV_NONE
                                       : (base_owner & ~SV_OWNER_SCOPE_BIT);
    r.taken_as = taken_as;
    sv__vec_push(&g->renames, r);
    if (out_rename) *out_rename = (uint32_t)g->renames.count - 1;
  }
  return full;
}

const char *sv__cat(sv_graph *g, const char *a, const char *b,
                    const char *c) {
  size_t la = a ? strlen(a) : 0, lb = b ? strlen(b) : 0,
         lc = c ? strlen(c) : 0;
  char *p = sv__arena_alloc(g->arena, la + lb + lc + 1);
  if (la) memcpy(p, a, la);
  if (lb) memcpy(p + la, b, lb);
  if (lc) memcpy(p + la + lb, c, lc);
  p[la + lb + lc] = '\0';
  return p;
}

const char *sv__tf_unique_name(sv_graph *g, const char *name, bool mark) {
  return sv__unique(g, name, mark, SV_NONE, NULL);
}

const char *sv__tf_name_stack(const sv_graph *g) {
  return g->stack;
}

/* §3.1 regexes: op names and root scopes ^[A-Za-z0-9.][A-Za-z0-9_.\-/]*$,
 * nested scopes ^[A-Za-z0-9_.\-/]*$. */
bool sv__valid_name(const char *s, bool root) {
  if (root && !(name_class[(unsigned char)s[0]] & NAME_ROOT))
    return false; /* also the empty root name */
  for (size_t i = 0; s[i]; i++)
    if (!(name_class[(unsigned char)s[i]] & NAME_NESTED)) return false;
  return true;
}

/* ---- name scopes (§3.1) ------------------------------------------------------- */

bool sv__ns_push(sv_graph *g, const char *name, sv_ns_opener opener,
                 uint32_t who, uint32_t *out_rec) {
  if (out_rec) *out_rec = SV_NONE;
  if (!name || !*name) {
    g->stack = NULL; /* 1.15 stores a null stack on reset */
    return true;
  }
  bool root = !(g->stack && *g->stack);
  if (!sv__valid_name(name, root))
    return sv__err(g, SV_TFX_VALUE, "'%s' is not a valid scope name", name);
  size_t len = strlen(name);
  if (name[len - 1] == '/') {
    /* absolute re-entry: verbatim, nothing marked */
    g->stack = sv__arena_strndup(g->arena, name, len - 1);
    return true;
  }
  uint32_t id = (uint32_t)g->sref.count;
  uint32_t rename;
  const char *full = sv__unique(g, name, true, id | SV_OWNER_SCOPE_BIT,
                                &rename);
  sv_name_scope r;
  r.id = id;
  r.name = full;
  r.requested = rename == SV_NONE ? full : g->renames.items[rename].requested;
  r.opener = opener;
  r.entry = opener == SV_NS_ENTRY ? who : SV_NONE;
  r.var = opener == SV_NS_VARIABLE ? who : SV_NONE;
  r.op = SV_NONE;
  r.rename = rename;
  r.loc = g->tf->loc;
  SV_BIG_PUSH(&g->sref, (uint32_t)g->scopes.count);
  SV_BIG_PUSH(&g->scopes, r);
  g->sver++;
  sv__event(g, SV_EV_NAME_SCOPE, id);
  g->stack = full;
  if (out_rec) *out_rec = id;
  return true;
}

/* ---- ops (§4.1) ------------------------------------------------------------------ */

static bool same_loc(const sv_loc *a, const sv_loc *b) {
  return a->line == b->line && a->col == b->col && a->offset == b->offset &&
         a->len == b->len;
}

/* The op named exactly like a recent op scope: link the scope record
 * (the search is bounded; scopes are pointer-equal to the stack). The
 * newest full record, when the op carries all its facts, becomes a
 * compact one (sref = op id). */
static void link_scope(sv_graph *g, const char *name, uint32_t op,
                       const sv_loc *loc) {
  size_t i = g->scopes.count;
  for (int n = 0; i > 0 && n < 64; i--, n++) {
    sv_name_scope *ns = &g->scopes.items[i - 1];
    if (ns->name == name) {
      if (ns->op == SV_NONE && ns->opener == SV_NS_OP) {
        ns->op = op;
        g->sver++;
        if (i == g->scopes.count && op < SV_SREF_LAZY &&
            ns->rename == SV_NONE &&
            ns->requested == name && same_loc(&ns->loc, loc) &&
            g->sref.items[ns->id] == i - 1) {
          g->sref.items[ns->id] = op | SV_SREF_OP;
          g->scopes.count--;
        }
      }
      return;
    }
  }
}

const char *sv__scope_name(const sv_graph *g, uint32_t id) {
  if (id >= g->sref.count) return NULL;
  uint32_t r = g->sref.items[id];
  switch (r & SV_SREF_TAG) {
    case SV_SREF_OP: return sv__op(g, r & ~SV_SREF_TAG)->name;
    case SV_SREF_LAZY: return sv__lazy_scope(g, id)->name;
    case SV_SREF_VAR: return sv__var_op_name(g, r & ~SV_SREF_TAG);
    default: return g->scopes.items[r].name;
  }
}

/* The record of scope id, kept as variable var's (SV_SREF_VAR). */
static void var_scope_rec(const sv_graph *g, uint32_t id, uint32_t var,
                          sv_name_scope *d) {
  d->id = id;
  d->name = d->requested = sv__var_op_name(g, var);
  d->opener = SV_NS_VARIABLE;
  d->entry = SV_NONE;
  d->var = var;
  d->op = SV_NONE;
  d->rename = SV_NONE;
  d->loc = sv__var_loc(g, var);
}

void sv__scope_own_var(sv_graph *g, uint32_t rec, uint32_t var) {
  uint32_t r = g->sref.items[rec];
  if ((r & SV_SREF_TAG) || r + 1 != g->scopes.count || var >= SV_SREF_LAZY)
    return;
  sv_name_scope own;
  var_scope_rec(g, rec, var, &own);
  const sv_name_scope *n = &g->scopes.items[r];
  if (n->opener != own.opener || n->name != own.name ||
      n->requested != own.requested || n->entry != own.entry ||
      n->var != own.var || n->op != own.op || n->rename != own.rename ||
      !same_loc(&n->loc, &own.loc))
    return;
  g->sref.items[rec] = var | SV_SREF_VAR;
  g->scopes.count--;
  g->sver++;
}

uint32_t sv__scope_rename(const sv_graph *g, uint32_t id) {
  if (id >= g->sref.count) return SV_NONE;
  uint32_t r = g->sref.items[id];
  return (r & SV_SREF_TAG) ? SV_NONE : g->scopes.items[r].rename;
}

uint32_t sv__op_new(sv_graph *g, const char *requested, const char *type,
                    int dtype, sv_shape shape, const uint32_t *inputs,
                    uint32_t ninputs, const char *value) {
  uint32_t id = sv__op_count(g);
  size_t len = requested ? strlen(requested) : 0;
  const char *name;
  uint32_t rename = SV_NONE;
  bool valid, link = false;
  if (!requested) {
    /* the final op of a wrapper/composite: named by its scope, verbatim */
    name = g->stack ? g->stack : "";
    valid = stack_info(g, g->stack)->valid;
    link = true;
  } else if (len && requested[len - 1] == '/') {
    /* the name of the scope just opened, taken verbatim */
    if (g->stack && len - 1 == stack_info(g, g->stack)->len &&
        memcmp(g->stack, requested, len - 1) == 0) {
      name = g->stack;
      valid = stack_info(g, g->stack)->valid;
    } else {
      name = sv__arena_strndup(g->arena, requested, len - 1);
      valid = sv__valid_name(name, true);
    }
    link = true;
  } else {
    name = sv__unique(g, requested, true, id, &rename);
    valid = g->last_valid;
  }
  /* The node-name check comes after the name was marked (§4.1 step 3). */
  if (!valid) {
    if (requested && !link) names_disown(g, name, id);
    sv__err(g, SV_TFX_VALUE, "'%s' is not a valid node name", name);
    return SV_NONE;
  }
  sv_op o;
  o.id = id;
  o.name = name;
  o.type = type;
  o.dtype = dtype;
  o.shape = sv__tf_shape_copy(g, &shape);
  o.ninputs = ninputs;
  o.inputs = NULL;
  uint8_t dep = 0;
  if (ninputs) {
    uint32_t *in = sv__arena_alloc(g->arena, ninputs * sizeof *in);
    memcpy(in, inputs, ninputs * sizeof *in);
    o.inputs = in;
    for (uint32_t i = 0; i < ninputs; i++) dep |= sv__op_dep(g, inputs[i]);
  }
  if (type[0] == 'V' && strcmp(type, "VariableV2") == 0) dep = 1;
  o.entry = sv__innermost_entry(g);
  o.var = g->cvar;
  o.call = g->call;
  o.role = g->role == SV_OP_USER ? SV_OP_HELPER : g->role;
  o.internal = o.role == SV_OP_VAR_INTERNAL;
  o.rename = rename;
  o.value = value;
  o.loc = g->tf->loc;
  sv__op_dep_push(g, id, dep);
  SV_BIG_PUSH(&g->oref, (uint32_t)g->ops.count);
  SV_BIG_PUSH(&g->ops, o);
  if (link) link_scope(g, name, id, &o.loc);
  sv__event(g, SV_EV_OP, id);
  return id;
}

/* ---- model accessors ------------------------------------------------------------- */

size_t sv_model_graph_count(const sv_model *m) {
  return m->graphs.count;
}

const sv_graph *sv_model_graph(const sv_model *m, size_t i) {
  return i < m->graphs.count ? m->graphs.items[i] : NULL;
}

const char *sv_model_source_name(const sv_model *m) {
  return m->source_name;
}

const sv_outcome *sv_model_outcome(const sv_model *m) {
  return &m->outcome;
}

const char *sv_model_source_line(const sv_model *m, uint32_t line,
                                 size_t *out_len) {
  if (!m->source || line == 0 || line > m->lines.count) return NULL;
  size_t start = m->lines.items[line - 1];
  size_t end = start;
  while (end < m->source_len && m->source[end] != '\n') end++;
  if (end > start && m->source[end - 1] == '\r') end--;
  if (out_len) *out_len = end - start;
  return m->source + start;
}

#define ACCESSORS(noun, field, type)                                         \
  size_t sv_graph_##noun##_count(const sv_graph *g) {                        \
    return g->field.count;                                                   \
  }                                                                          \
  const type *sv_graph_##noun(const sv_graph *g, size_t id) {                \
    return id < g->field.count ? &g->field.items[id] : NULL;                 \
  }

ACCESSORS(entry, entries, sv_entry)
/* Name scopes: full records for every id, built from the compact ones on
 * first use after a change (a cache: building it does not change the
 * model; existing entries are rewritten in place). */
static void materialise(const sv_graph *cg) {
  sv_graph *g = (sv_graph *)cg;
  if (g->matver == g->sver + 1) return;
  if (g->mat.cap < g->sref.count) {
    g->mat.cap = g->sref.count;
    g->mat.items =
        sv__xrealloc(g->mat.items, g->mat.cap * sizeof *g->mat.items);
  }
  for (size_t id = 0; id < g->sref.count; id++) {
    uint32_t r = g->sref.items[id];
    sv_name_scope *d = &g->mat.items[id];
    if (!(r & SV_SREF_TAG)) {
      *d = g->scopes.items[r];
      continue;
    }
    if ((r & SV_SREF_TAG) == SV_SREF_LAZY) {
      *d = *sv__lazy_scope(g, (uint32_t)id);
      continue;
    }
    if ((r & SV_SREF_TAG) == SV_SREF_VAR) {
      var_scope_rec(g, (uint32_t)id, r & ~SV_SREF_TAG, d);
      continue;
    }
    const sv_op *o = sv__op(g, r & ~SV_SREF_TAG);
    d->id = (uint32_t)id;
    d->name = o->name;
    d->requested = o->name;
    d->opener = SV_NS_OP;
    d->entry = d->var = SV_NONE;
    d->op = o->id;
    d->rename = SV_NONE;
    d->loc = o->loc;
  }
  g->mat.count = g->sref.count;
  g->matver = g->sver + 1;
}

size_t sv_graph_name_scope_count(const sv_graph *g) {
  return g->sref.count;
}

const sv_name_scope *sv_graph_name_scope(const sv_graph *g, size_t id) {
  if (id >= g->sref.count) return NULL;
  /* a full record is read in place: only compact ones need building */
  uint32_t r = g->sref.items[id];
  if (!(r & SV_SREF_TAG)) return &g->scopes.items[r];
  if ((r & SV_SREF_TAG) == SV_SREF_LAZY) return sv__lazy_scope(g, (uint32_t)id);
  if ((r & SV_SREF_TAG) == SV_SREF_VAR) {
    /* one record per variable, built on its first read (a cache fill) */
    sv_graph *mg = (sv_graph *)g;
    uint32_t var = r & ~SV_SREF_TAG;
    if (mg->vsmat.count < sv__var_count(mg)) {
      size_t n = sv__var_count(mg);
      mg->vsmat.items =
          sv__xrealloc(mg->vsmat.items, n * sizeof *mg->vsmat.items);
      memset(mg->vsmat.items + mg->vsmat.count, 0,
             (n - mg->vsmat.count) * sizeof *mg->vsmat.items);
      mg->vsmat.count = mg->vsmat.cap = n;
    }
    sv_name_scope *d = &mg->vsmat.items[var];
    if (!d->name) var_scope_rec(g, (uint32_t)id, var, d);
    return d;
  }
  materialise(g);
  return &g->mat.items[id];
}

uint32_t sv_graph_name_scope_op_only(const sv_graph *g, size_t id) {
  if (id >= g->sref.count) return SV_NONE;
  uint32_t r = g->sref.items[id];
  return (r & SV_SREF_TAG) == SV_SREF_OP ? r & ~SV_SREF_TAG : SV_NONE;
}

uint32_t sv_graph_name_scope_var(const sv_graph *g, size_t id) {
  if (id >= g->sref.count) return SV_NONE;
  uint32_t r = g->sref.items[id];
  switch (r & SV_SREF_TAG) {
    case SV_SREF_OP: return sv__lazy_var(g, r & ~SV_SREF_TAG);
    case SV_SREF_LAZY: return g->lazy.items[r & ~SV_SREF_TAG].var;
    default: return SV_NONE;
  }
}

const char *sv_graph_name_scope_name(const sv_graph *g, size_t id) {
  return sv__scope_name(g, (uint32_t)(id < g->sref.count ? id : SV_NONE));
}

ACCESSORS(rename, renames, sv_rename)
size_t sv_graph_op_count(const sv_graph *g) {
  return sv__op_count(g);
}

const sv_op *sv_graph_op(const sv_graph *g, size_t id) {
  return id < sv__op_count(g) ? sv__op(g, (uint32_t)id) : NULL;
}

bool sv_graph_op_is_internal(const sv_graph *g, size_t id) {
  return id < sv__op_count(g) && sv__op_internal(g, (uint32_t)id);
}

uint32_t sv_graph_op_var(const sv_graph *g, size_t id) {
  return id < sv__op_count(g) ? sv__op_var(g, (uint32_t)id) : SV_NONE;
}
size_t sv_graph_var_count(const sv_graph *g) {
  return sv__var_count(g);
}

const sv_var *sv_graph_var(const sv_graph *g, size_t id) {
  return id < sv__var_count(g) ? sv__var(g, (uint32_t)id) : NULL;
}
size_t sv_graph_getvar_count(const sv_graph *g) {
  return sv__getvar_count(g);
}

const sv_getvar *sv_graph_getvar(const sv_graph *g, size_t id) {
  return id < sv__getvar_count(g) ? sv__getvar(g, (uint32_t)id) : NULL;
}
ACCESSORS(error, errors, sv_error)

size_t sv_graph_event_count(const sv_graph *g) {
  return g->nevents;
}

const sv_event *sv_graph_event(const sv_graph *cg, size_t id) {
  if (id >= cg->nevents) return NULL;
  if (!cg->lazy.count) return &cg->events.items[id]; /* no stamp */
  /* expanding the stamps is a cache fill: the model does not change */
  sv_graph *g = (sv_graph *)cg;
  for (; g->evdone < g->events.count; g->evdone++) {
    sv_event e = g->events.items[g->evdone];
    if (e.kind != SV_EV__STAMP) {
      SV_BIG_PUSH(&g->evmat, e);
      continue;
    }
    SV_BIG_RESERVE(&g->evmat, sv__lazy_nevents(g, e.index));
    g->evmat.count +=
        sv__lazy_events(g, e.index, g->evmat.items + g->evmat.count);
  }
  return &g->evmat.items[id];
}

const sv_op *sv_graph_op_by_name(const sv_graph *g, const char *name) {
  /* The index is a cache: building it does not change the model. */
  sv_graph *mg = (sv_graph *)g;
  for (; mg->byname_done < sv__op_count(mg); mg->byname_done++) {
    const sv_op *o = sv__op(mg, (uint32_t)mg->byname_done);
    size_t len = strlen(o->name);
    uint32_t h = sv__hash(o->name, len);
    sv_slot *s = sv__map_find(&mg->byname, o->name, len, h);
    if (!s) s = sv__map_add(&mg->byname, o->name, len, h);
    s->a = o->id;
  }
  size_t len = strlen(name);
  sv_slot *s = sv__map_find(&mg->byname, name, len, sv__hash(name, len));
  return s ? sv__op(g, s->a) : NULL;
}
