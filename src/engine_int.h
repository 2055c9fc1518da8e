/* SPDX-License-Identifier: MIT
 * engine_int: private layouts of the scope engine (tf.h), shared by
 * graph.c, scope.c, ops.c, variables.c and tftypes.c. Nothing outside the
 * engine includes this header.
 */
#ifndef SV_ENGINE_INT_H
#define SV_ENGINE_INT_H

#include <stdarg.h>

#include "tf.h"

/* ---- open-addressing string map (power-of-two capacity, linear probing,
 * no deletion). Keys are arena strings; a and b are payload. ------------ */

typedef struct sv_slot {
  const char *key; /* NULL: empty slot */
  uint32_t len;
  uint32_t hash;
  uint32_t a, b;
} sv_slot;

typedef struct sv_map {
  sv_slot *slots;
  size_t cap; /* 0 or a power of two */
  size_t count;
} sv_map;

uint32_t sv__hash(const char *s, size_t len);
sv_slot *sv__map_find(const sv_map *m, const char *key, size_t len,
                      uint32_t hash);
/* Adds key (must not be present; must outlive the map); a = b = 0. */
sv_slot *sv__map_add(sv_map *m, const char *key, size_t len, uint32_t hash);
void sv__map_fini(sv_map *m);

/* An open-addressing map from a text to an id, 8-byte slots (hash, id):
 * the key is a text the id leads to (keyof), so the map stores no
 * pointer. Keys are present at most once; no deletion. */
typedef struct sv_idmap {
  struct sv_idslot {
    uint32_t hash, id; /* id SV_NONE: empty */
  } *slots;
  size_t cap, count;
} sv_idmap;
typedef const char *(*sv_idkey)(const sv_graph *g, uint32_t id);

/* The id stored under key[0, len) (hash h), or SV_NONE. */
uint32_t sv__idmap_find(const sv_idmap *m, const char *key, size_t len,
                        uint32_t h, sv_idkey keyof, const sv_graph *g);
/* Stores id (its key not present) under hash h. */
void sv__idmap_add(sv_idmap *m, uint32_t h, uint32_t id);
/* A hint: the slot where key parent + "/" + leaf (leaf alone when parent
 * is "") would be found is fetched into the cache. */
void sv__idmap_prefetch(const sv_idmap *m, const char *parent,
                        const char *leaf);
void sv__idmap_fini(sv_idmap *m);

/* The §2 names table: 12-byte slots (hash, counter, owner), no key
 * pointer: the key is the name of its owner (an op or a name-scope
 * record), or for keys nobody owns (unique_name from the script, an op
 * that failed validation) an entry of `keys`. count == 0: empty slot. */
typedef struct sv_nslot {
  uint32_t hash;
  uint32_t count; /* the key's counter (>= 1) */
  uint32_t owner; /* op id, scope id | SV_OWNER_SCOPE_BIT, or keys index |
                     SV_OWNER_KEY_BIT */
} sv_nslot;

typedef struct sv_names {
  sv_nslot *slots;
  size_t cap; /* 0 or a power of two */
  size_t count;
  size_t last; /* slot of the key stored last */
  SV_VEC(const char *) keys;
} sv_names;

/* Pushes onto a vector that may grow to millions of items (ops, events,
 * scopes): doubling below 64K items, then +25% per step, so the slack of a
 * big model stays small (realloc of large blocks does not copy). */
#define SV_BIG_NEXT_CAP(c)                                                    \
  ((c) < 8 ? 8 : (c) < 65536 ? (c) * 2 : (c) + (c) / 4)
#define SV_BIG_PUSH(v, x)                                                     \
  ((v)->count < (v)->cap                                                      \
       ? (void)0                                                              \
       : (void)((v)->cap = SV_BIG_NEXT_CAP((v)->cap),                         \
                (v)->items = sv__xrealloc((v)->items,                         \
                                          (v)->cap * sizeof *(v)->items)),    \
   (v)->items[(v)->count++] = (x))
/* Room for n more items, grown by the same steps; items are then written
 * at items[count..] and count advanced by the caller. */
#define SV_BIG_RESERVE(v, n)                                                  \
  do {                                                                        \
    size_t need_ = (v)->count + (n), cap_ = (v)->cap;                         \
    if (need_ > cap_) {                                                       \
      while (cap_ < need_) cap_ = SV_BIG_NEXT_CAP(cap_);                      \
      (v)->cap = cap_;                                                        \
      (v)->items = sv__xrealloc((v)->items, cap_ * sizeof *(v)->items);       \
    }                                                                         \
  } while (0)

/* ---- variable scopes --------------------------------------------------- */

struct sv_vscope {
  const char *name;             /* "" for the root */
  const char *ons;              /* original_name_scope */
  sv_reuse reuse;
  uint32_t node;                /* vsnodes index of name; SV_NONE: unknown */
  const sv_init *init;          /* arena copy, NULL: none */
  int dtype;
  uint32_t entry;               /* creating entry, SV_NONE for a root */
  sv_graph *g;
};

/* A node of the variable_scopes_count tree (§7.2). Counts are zeroed
 * lazily: a count is 0 if an ancestor was closed after it was written. */
typedef struct sv_vsnode {
  const char *key;
  uint32_t count;
  uint32_t stamp;     /* clock when count was written */
  uint32_t close_gen; /* clock of the last close_subscopes(key) */
  uint32_t parent;    /* node of the prefix before the last '/', or NONE */
  uint32_t hint_k;    /* default-name search hint (§7.4 D.3) */
  uint32_t hint_epoch;
  /* Store keys key + "/" + leaf (leaf without '/'), as bits of their
   * hashes (variables.c store_filter): a clear bit, no such key. */
  uint32_t sfilt;
} sv_vsnode;

typedef struct sv_undo {
  uint32_t node;
  uint32_t count, stamp, close_gen;
} sv_undo;

/* One active script entry (a `with` block under way). */
typedef struct sv_frame {
  uint32_t entry;
  sv_scope_api api;
  const char *prev_stack;
  bool prev_stack_null;
  sv_vscope *prev_vs; /* variable_scope: the scope to restore */
  sv_vscope *vs;      /* variable_scope: the scope installed */
  bool case_o;        /* restore the counters from the undo log */
  bool case_sd;       /* close_subscopes(vs->name) on exit */
  size_t undo_mark;
} sv_frame;

typedef struct sv_coll {
  const char *key;
  SV_VEC(uint32_t) ids;
} sv_coll;

typedef struct sv_varaux {
  uint32_t read, assign, initial;
  /* A compact variable's internal names (graph.c), waiting outside the
   * names table: the dnscope scopes from id dscope on, and the ops dop + b
   * for each bit b of dmask. */
  uint32_t dop, dscope;
  uint32_t dmask : 24;
  uint32_t dnscope : 8;
  const void *origin;
} sv_varaux;

/* Variable templates (vartpl.c). */
typedef struct sv_vartpl sv_vartpl;

/* A stamped variable's ops, kept as their template until first access.
 * When the variable's own record says nothing more than this one, its
 * template's and the fields below (sv__var_compact), it is not kept
 * either: vref names this record and the sv_var is built on first read. */
typedef struct sv_lazyvar {
  const sv_vartpl *t;
  const char *V;
  /* a compact variable's facts (sv_var fields of the same names) */
  const char *initializer, *name_scope_at_call, *var_scope_at_call;
  const char *gv_name; /* and its get_variable call's (sv_getvar.name) */
  const void *origin;  /* and its sv_varaux.origin */
  uint32_t var, f, s; /* variable, first op and first scope id */
  uint32_t entry, call;
  uint32_t getvar;
  sv_reuse reuse; /* the call's (sv_getvar.reuse) */
  bool trainable;
  sv_loc loc;
} sv_lazyvar;

/* lazy[i]'s records once built (vartpl.c): a cache beside `lazy`, which
 * a run that reads no record never allocates. */
typedef struct sv_lazymat {
  sv_op *ops;  /* its ops' and scopes' records (arena, never moved) */
  sv_var *var; /* its variable's record (arena) */
} sv_lazymat;

/* Cached facts about one name stack (graph.c stack_info). */
typedef struct sv_stackinfo {
  const char *s;
  uint32_t len;
  uint32_t fnv; /* FNV-1a state after the lower-cased "stack/" */
  bool valid;   /* the stack is a valid op name (§3.1 root rule) */
  bool marked;  /* the stack is a key of the names table (or the root) */
  bool set;
} sv_stackinfo;

#define SV_SINFO_SLOTS 64

/* A fresh parent (graph.c): a scope key made while no orphan existed, so
 * that every key under it came later. Its children -- keys whose text up
 * to the last '/' is this key's -- are kept as bits of a filter (bit:
 * top 6 bits of the child's hash): a name under it whose bit is clear is
 * no key, and the table need not be probed for it. Valid while gen is
 * the graph's pfgen (keys entering the table by any other road bump
 * it). */
typedef struct sv_pfilt {
  const char *text; /* the key, an arena text */
  uint32_t len;
  uint32_t gen;
  uint64_t bits;
} sv_pfilt;

#define SV_PFILT_SLOTS 256
/* Keys known absent (sv_pfilt) wait here, their slots prefetched, until
 * the table is next read or written (names_flush). */
#define SV_NPEND 8

struct sv_graph {
  sv_tf *tf;
  uint32_t index;
  sv_arena *arena; /* the engine's arena */

  SV_VEC(sv_entry) entries;
  /* Name scopes. An op wrapper's scope whose facts its op carries (same
   * name, no rename, same loc) is kept as just the op id: sref[id] is
   * op id | SV_SREF_OP; a scope a variable template stamped is
   * lazy index | SV_SREF_LAZY; else the index of the full record in
   * scopes.
   * The public accessors read `mat`, materialised on demand (a run that
   * exports nothing never builds it). */
  SV_VEC(sv_name_scope) scopes;
  SV_VEC(uint32_t) sref;
  SV_VEC(sv_name_scope) mat;
  /* by variable id: the records of scopes tagged SV_SREF_VAR, each built
   * on its first public read (name NULL: not yet) */
  SV_VEC(sv_name_scope) vsmat;
  uint32_t sver, matver; /* mat is current when matver == sver + 1 */
  SV_VEC(sv_rename) renames;
  /* Ops: oref[id] is the index of the op's record in `ops`, or
   * SV_OREF_LAZY | i for an op of lazy[i], a stamped variable whose
   * records are built on first access (vartpl.c). Go through sv__op. */
  SV_VEC(uint32_t) oref;
  SV_VEC(sv_op) ops;
  SV_VEC(sv_lazyvar) lazy;
  SV_VEC(sv_lazymat) lmat; /* count <= lazy.count; missing items: none */
  /* Variables: vref[id] is the index of the variable's record in vars,
   * or SV_VREF_LAZY | i for a compact one, all of whose facts lazy[i]
   * holds (built on first read). Go through sv__var. */
  SV_VEC(uint32_t) vref;
  SV_VEC(sv_var) vars;
  /* get_variable calls: gref[id] is the index of the call's record in
   * getvars, or SV_VREF_LAZY | i for the call that made compact variable
   * lazy[i] when its record says nothing more (sv__getvar_add). */
  SV_VEC(uint32_t) gref;
  SV_VEC(sv_getvar) getvars;
  SV_VEC(sv_error) errors;
  /* Events. A stamped variable's run of events (its template's, ids
   * shifted) is kept as one SV_EV__STAMP event whose index is the lazy
   * variable's. nevents counts the events the public API sees; evmat
   * holds them expanded (built on first public read when a stamp exists,
   * i.e. lazy is not empty; a cache: evdone events of `events` are
   * expanded into it). */
  SV_VEC(sv_event) events;
  uint32_t nevents;
  SV_VEC(sv_event) evmat;
  size_t evdone;
  /* bit id: op id depends on a variable (sv__op_dep) */
  SV_VEC(uint64_t) opdep;
  SV_VEC(sv_varaux) varaux; /* beside vars (a compact variable's: sv__varaux) */

  sv_names names;    /* §2 names table */
  /* Compact variables (graph.c): while `building`, the names a variable
   * makes under its own scope V/ go to `local`; when it is complete only
   * their owners are kept (sv_varaux), V's slot in `names` is flagged
   * (SV_NCOUNT_DEFER) and they enter `names` when a later name falls
   * under V/. */
  sv_names local;
  uint32_t b_op0, b_scope0; /* first op and scope id of the building */
  size_t b_vslot;           /* names slot V's key went to (a hint) */
  uint32_t b_mask;          /* ops b_op0 + b that took a key */
  uint32_t b_extra;         /* keys a template stamped (not in local) */
  bool b_plain;             /* every key: counter 1, an op of b_mask or a
                               scope from b_scope0 on */
  uint32_t npending; /* flagged slots in names */
  bool building;
  bool orphan; /* a key may exist under a prefix that is not a key */
  const char *stack; /* name stack without '/'; NULL: the null stack */
  SV_VEC(sv_frame) frames;

  sv_vscope *vs; /* current VariableScope */
  sv_idmap vsmap; /* variable-scope name -> node index */
  SV_VEC(sv_vsnode) vsnodes;
  SV_VEC(sv_undo) undo;
  uint32_t odepth; /* active case-O entries (undo logging on) */
  uint32_t clock, epoch;

  /* get_variable store: full name -> variable (a key is its variable's
   * store_key, variables.c) */
  sv_idmap store;
  uint32_t store_root; /* sv_vsnode.sfilt of the root scope "" */
  bool store_orphan;   /* a key entered whose filter is unknown: no
                          filter answers "absent" any more */
  SV_VEC(sv_coll) colls;
  /* colls index of "variables" and "trainable_variables" + 1 (0: none
   * yet): every variable joins both */
  uint32_t coll_vars, coll_train;
  SV_VEC(sv_vartpl *) tpls; /* arena records, one per variable kind */

  /* the API call under way */
  uint32_t ncalls;
  uint32_t call;
  sv_op_role role;
  uint32_t cvar;
  const char *api;

  sv_map byname; /* op name -> op id, built lazily */
  size_t byname_done;

  sv_map shapes; /* interned dims arrays (bytes as keys) */
  /* Interned dims arrays handed out lately, by address: a shape taken
   * from another op's is interned already (tftypes.c). */
  const int64_t *shape_seen[16];
  sv_map texts;  /* interned Const value texts */

  sv_buf full, key; /* scratch */
  /* An arena text sv__unique returns instead of a copy when the name it
   * makes is that text (set around one call) */
  const char *own_text;
  sv_stackinfo sinfo[SV_SINFO_SLOTS];
  sv_pfilt pfilt[SV_PFILT_SLOTS]; /* fresh parents, by their hash */
  uint32_t pfgen;                 /* 0: none yet */
  uint32_t npend;
  sv_nslot pend[SV_NPEND]; /* keys for `names`, not yet stored */
  /* Slots sv__compact_end must look at (bit i: sinfo[i]). A slot whose
   * stack was found to be a key outside a variable's building needs no
   * look: V is a new key, so no key older than V lies at V, and none
   * under V while no orphan exists. sinfo_recent: keys seeded since the
   * last sv__compact_end (V itself among them). sinfo_dirty: every other
   * fill (not a key, or cached while building). */
  uint64_t sinfo_dirty, sinfo_recent;
  bool last_valid; /* sv__unique's result is a valid op name (§3.1) */
  sv_lit *litcache[4]; /* recent internal number literals */
  sv_lit *shapelit[4]; /* recent internal shape literals (initializers) */
  uint32_t shapenext;
  uint32_t litnext;
};

struct sv_model {
  SV_VEC(sv_graph *) graphs;
  const char *source_name;
  sv_outcome outcome;
  char *source;
  size_t source_len;
  SV_VEC(uint32_t) lines; /* offsets of line starts */
};

struct sv_tf {
  sv_model model; /* first member: sv__tf_model casts */
  sv_arena *arena;
  SV_VEC(sv_graph *) defaults; /* default-graph stack; top = default */
  sv_loc loc;
  const void *origin;
  sv_origin_fmt fmt;
  void *fmt_ud;
  sv_tfx err_kind;
  const char *err_type;
  sv_buf err_msg;
  uint32_t err_rec;
  bool no_compact; /* sv__tf_set_compact(tf, false) */
};

#define SV_OWNER_SCOPE_BIT 0x80000000u
#define SV_NCOUNT_DEFER 0x80000000u /* sv_nslot.count: V/ names deferred */
#define SV_OWNER_KEY_BIT 0x40000000u
/* sref tags (bits 31..30): 00 a full record's index in scopes, 10 an op
 * id (the op's own scope), 01 a lazy variable's index (a scope its
 * template stamped: the record is built with its ops, vartpl.c), 11 a
 * variable id (the variable's own scope V, every fact the variable's:
 * sv__scope_own_var). */
#define SV_SREF_TAG 0xC0000000u
#define SV_SREF_OP 0x80000000u
#define SV_SREF_LAZY 0x40000000u
#define SV_SREF_VAR 0xC0000000u
#define SV_OREF_LAZY 0x80000000u
/* An events item standing for a stamped variable's events (index: lazy
 * index); never seen outside the engine. */
#define SV_EV__STAMP ((sv_event_kind)7)

#define SV_VREF_LAZY 0x80000000u

/* ---- variable records ---------------------------------------------------- */

static inline uint32_t sv__var_count(const sv_graph *g) {
  return (uint32_t)g->vref.count;
}
/* vartpl.c: the record of compact variable lazy[li], built if need be. */
const sv_var *sv__lazy_var_rec(const sv_graph *g, uint32_t li);
/* The record of variable id (< sv__var_count). A compact variable's is
 * built on first read and never moves; the others' may move as the
 * vector grows. */
static inline const sv_var *sv__var(const sv_graph *g, uint32_t id) {
  uint32_t r = g->vref.items[id];
  return (r & SV_VREF_LAZY) ? sv__lazy_var_rec(g, r & ~SV_VREF_LAZY)
                            : &g->vars.items[r];
}
/* The lazy record holding compact variable id's facts, or NULL. */
static inline const sv_lazyvar *sv__var_lazy(const sv_graph *g,
                                             uint32_t id) {
  uint32_t r = g->vref.items[id];
  return (r & SV_VREF_LAZY) ? &g->lazy.items[r & ~SV_VREF_LAZY] : NULL;
}
/* Facts read without building a compact variable's record (its op name,
 * store key and requested name are all V). */
static inline const char *sv__var_op_name(const sv_graph *g, uint32_t id) {
  const sv_lazyvar *L = sv__var_lazy(g, id);
  return L ? L->V : g->vars.items[g->vref.items[id]].op_name;
}
static inline const char *sv__var_store_key(const sv_graph *g, uint32_t id) {
  const sv_lazyvar *L = sv__var_lazy(g, id);
  return L ? L->V : g->vars.items[g->vref.items[id]].store_key;
}
static inline sv_loc sv__var_loc(const sv_graph *g, uint32_t id) {
  const sv_lazyvar *L = sv__var_lazy(g, id);
  return L ? L->loc : g->vars.items[g->vref.items[id]].loc;
}
static inline uint32_t sv__getvar_count(const sv_graph *g) {
  return (uint32_t)g->gref.count;
}
/* vartpl.c: the record of the call that made compact variable lazy[li]. */
const sv_getvar *sv__lazy_getvar_rec(const sv_graph *g, uint32_t li);
static inline const sv_getvar *sv__getvar(const sv_graph *g, uint32_t id) {
  uint32_t r = g->gref.items[id];
  return (r & SV_VREF_LAZY) ? sv__lazy_getvar_rec(g, r & ~SV_VREF_LAZY)
                            : &g->getvars.items[r];
}
/* Records get_variable call rec (rec->id == sv__getvar_count): compactly
 * when it made a compact variable and every fact is that variable's lazy
 * record's; else rec is copied to getvars. */
void sv__getvar_add(sv_graph *g, const sv_getvar *rec);

/* Records variable v (v->id == sv__var_count) and its aux facts:
 * compactly when it was just stamped (the newest lazy record is its) and
 * every fact of v and aux is that record's and its template's; else v is
 * copied to vars (its name made first when v->name is NULL) and aux to
 * varaux. */
void sv__var_add(sv_graph *g, sv_var *v, const sv_varaux *aux, bool stamped);
/* vartpl.c: variable id's aux facts (a compact variable's derived). */
sv_varaux sv__varaux(const sv_graph *g, uint32_t id);

/* ---- op records (every access goes through these) ---------------------- */

static inline uint32_t sv__op_count(const sv_graph *g) {
  return (uint32_t)g->oref.count;
}
/* Whether op id's value depends on a variable's (§9.2 initial values). */
static inline bool sv__op_dep(const sv_graph *g, uint32_t id) {
  return (g->opdep.items[id >> 6] >> (id & 63)) & 1;
}
/* Records that fact for op id, the op made next. */
static inline void sv__op_dep_push(sv_graph *g, uint32_t id, bool dep) {
  if (!(id & 63)) SV_BIG_PUSH(&g->opdep, 0);
  if (dep) g->opdep.items[id >> 6] |= (uint64_t)1 << (id & 63);
}
/* vartpl.c: op id of a lazy variable, its records built if need be. */
sv_op *sv__lazy_op(const sv_graph *g, uint32_t id);
/* The record of op id (< sv__op_count). Records of ops made later may
 * move (the vector grows); lazily built ones never do. */
static inline sv_op *sv__op(const sv_graph *g, uint32_t id) {
  uint32_t r = g->oref.items[id];
  return (r & SV_OREF_LAZY) ? sv__lazy_op(g, id)
                            : (sv_op *)&g->ops.items[r];
}
/* vartpl.c: the record of name scope id (sref tag SV_SREF_LAZY), built
 * with its variable's op records if need be (never moves). */
const sv_name_scope *sv__lazy_scope(const sv_graph *g, uint32_t id);
/* Facts a lazy op answers from its template, without building records. */
int sv__op_dtype(const sv_graph *g, uint32_t id);
sv_shape sv__op_shape(const sv_graph *g, uint32_t id);
bool sv__op_internal(const sv_graph *g, uint32_t id);
uint32_t sv__op_var(const sv_graph *g, uint32_t id);
/* The variable of lazy op id (its name is the variable's V or under V/),
 * or SV_NONE when id's record is an ordinary one. */
uint32_t sv__lazy_var(const sv_graph *g, uint32_t id);

/* ---- graph.c ------------------------------------------------------------- */

/* Records an error (also pending); always returns false. */
bool sv__err(sv_graph *g, sv_tfx kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
bool sv__verr(sv_graph *g, sv_tfx kind, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
uint32_t sv__event(sv_graph *g, sv_event_kind kind, uint32_t index);

/* §2.1 on g's current stack. owner: op id, or scope id | SCOPE_BIT; the
 * rename record (if a suffix was added and mark) goes to *out_rename. */
const char *sv__unique(sv_graph *g, const char *name, bool mark,
                       uint32_t owner, uint32_t *out_rename);
bool sv__valid_name(const char *s, bool root);
/* sv__valid_name(g->stack, true), cached. */
bool sv__stack_valid(sv_graph *g);
/* Name-scope record id's name and rename (compact records included). */
const char *sv__scope_name(const sv_graph *g, uint32_t id);
/* After variable var was recorded: its own scope V (record rec, made
 * just before its internal work) keeps just var when the record says
 * nothing the variable does not and is the newest full record. */
void sv__scope_own_var(sv_graph *g, uint32_t rec, uint32_t var);
uint32_t sv__scope_rename(const sv_graph *g, uint32_t id);
/* Compact variables: sv__compact_begin (after the variable's scope V was
 * pushed, g->stack == V) returns whether V's internal names may be kept
 * out of the names table; if it did, sv__compact_end must follow, with
 * ok == false if the variable failed (its names then enter the table at
 * once) and var's varaux already pushed when ok. */
bool sv__compact_begin(sv_graph *g);
void sv__compact_end(sv_graph *g, const char *V, uint32_t var, bool ok);
/* While building: every key made so far is one an owner describes
 * (sv__compact_end would defer them). */
bool sv__compact_plain(const sv_graph *g);
/* a + b + c in the arena (NULL counts as ""). */
const char *sv__cat(sv_graph *g, const char *a, const char *b,
                    const char *c);

/* Opens Graph.name_scope(name) (§3.1) as g->stack. Returns false with a
 * pending error. *out_rec: name-scope record or SV_NONE. */
bool sv__ns_push(sv_graph *g, const char *name, sv_ns_opener opener,
                 uint32_t who, uint32_t *out_rec);

/* Mechanism A (§4.1): creates an op. SV_NONE on error (pending). */
uint32_t sv__op_new(sv_graph *g, const char *requested, const char *type,
                    int dtype, sv_shape shape, const uint32_t *inputs,
                    uint32_t ninputs, const char *value);
/* Starts an API call (sets g->call); returns the previous context. */
typedef struct sv_callctx {
  uint32_t call;
  sv_op_role role;
  uint32_t cvar;
  const char *api;
} sv_callctx;
sv_callctx sv__call_begin(sv_graph *g, const char *api, sv_op_role role,
                          uint32_t var);
void sv__call_end(sv_graph *g, sv_callctx saved);
uint32_t sv__innermost_entry(const sv_graph *g);

/* ---- vartpl.c --------------------------------------------------------------
 * A variable's internal ops, name scopes and events, recorded once per
 * kind (initializer, shape, dtype) and stamped for later variables of the
 * kind. All calls happen while compact-building V (g->stack == V). */

typedef struct sv_tplkey {
  const sv_init *init;
  const sv_shape *shape; /* the initializer's (fully defined) shape */
  int dtype;
  bool validate_shape, has_shape;
  const sv_shape *vshape_arg; /* the variable's shape argument */
} sv_tplkey;

typedef struct sv_tplmark { /* counts when V's internal work began */
  uint32_t op, scope, event, ncalls, renames, errors;
} sv_tplmark;

typedef struct sv_tplres { /* what the work produced */
  uint32_t init, vop, assign, read;
  int dt;
  sv_shape vshape;
} sv_tplres;

const sv_vartpl *sv__tpl_find(const sv_graph *g, const sv_tplkey *k);
void sv__tpl_mark(const sv_graph *g, sv_tplmark *mk);
/* After V's internal ops were built from mk on (successfully): keeps them
 * as the template of k's kind when they qualify and none exists. */
void sv__tpl_capture(sv_graph *g, const sv_tplkey *k, const sv_tplmark *mk,
                     const char *V, uint32_t var, const sv_tplres *r);
/* Makes var's internal records from t under V (cannot fail). */
void sv__tpl_stamp(sv_graph *g, const sv_vartpl *t, const char *V,
                   uint32_t var, sv_tplres *r);
uint32_t sv__tpl_nops(const sv_vartpl *t); /* the ops a stamp makes */
/* The events lazy variable li stands for, written to out (room for
 * sv__lazy_nevents); returns their number. */
uint32_t sv__lazy_nevents(const sv_graph *g, uint32_t li);
uint32_t sv__lazy_events(const sv_graph *g, uint32_t li, sv_event *out);

/* ---- scope.c --------------------------------------------------------------- */

void sv__vs_init_graph(sv_graph *g);
sv_vscope *sv__vs_new(sv_graph *g);

/* ---- tftypes.c ---------------------------------------------------------- */

bool sv__dtype_is_floating(int dt);
bool sv__dtype_is_integer(int dt); /* signed or unsigned */
sv_lit_class sv__dtype_class(int dt);
void sv__shape_str(const sv_shape *s, sv_buf *out);
bool sv__shape_fully_defined(const sv_shape *s);
int64_t sv__shape_numel(const sv_shape *s); /* -1 if unknown */
sv_shape sv__shape_unknown(void);
sv_shape sv__shape_scalar(void);
sv_shape sv__shape_new(sv_graph *g, int32_t rank);
void sv__pyfloat(double v, sv_buf *out);
/* A mutable arena copy of s (sv__tf_shape_copy interns: never write into
 * its dims). */
sv_shape sv__shape_dup(sv_graph *g, const sv_shape *s);
/* An interned copy of a Const value text. */
const char *sv__text_intern(sv_graph *g, const char *text);
/* An internal literal (a Python number TF code passes). */
sv_lit *sv__lit_number(sv_graph *g, double v, bool is_int);
sv_lit *sv__lit_ints(sv_graph *g, const int64_t *v, size_t n, bool vector);
sv_lit *sv__lit_copy(sv_graph *g, const sv_lit *l);
const sv_init *sv__init_copy(sv_graph *g, const sv_init *in);

/* ---- ops.c --------------------------------------------------------------- */

/* Converts an input to a tensor (§4.1 implicit conversion): a literal
 * becomes a Const named `name`. dtype: required dtype or INVALID;
 * hint: preferred dtype (falls back to inference). */
bool sv__convert(sv_graph *g, const sv_input *in, const char *name,
                 int dtype, int hint, uint32_t *out_op);
/* tf.zeros/ones with a static shape (initializers, §5.3). */
bool sv__fill_like(sv_graph *g, bool ones, const char *name,
                   const sv_shape *shape, int dtype, uint32_t *out);
/* random_uniform/normal/truncated_normal (§5.1) with literal bounds. */
bool sv__random(sv_graph *g, sv_opkind kind, const sv_shape *shape,
                const sv_lit *a, const sv_lit *b, int dtype, uint32_t *out);
bool sv__constant(sv_graph *g, const sv_lit *v, int dtype,
                  const sv_shape *shape, const char *name, uint32_t *out);

#endif
