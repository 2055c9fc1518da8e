/* SPDX-License-Identifier: MIT
 * vartpl: variable templates. What tf.get_variable makes inside a new
 * variable's scope V (the initializer sub-graph, VariableV2, Assign and
 * read: ten ops, their name scopes and events) depends only on the
 * initializer, the shape and the dtype, never on the graph around it: V
 * is a fresh name, every name under it is made in an empty table (compact
 * variables, graph.c), and no script code runs. So the first variable of
 * each kind is built by the engine as usual and recorded here (relative
 * to its first op, scope and event ids; all of them carry the call that
 * made the variable); later variables of the
 * same kind are stamped from the record: the same records with the ids
 * shifted and the names re-rooted at their own V. docs/performance.md
 * ("Fifth pass") has the figures; tests/cli/compact.sh checks that a
 * model is byte-identical with and without the device.
 */
#include <string.h>

#include "engine_int.h"

enum { TPL_MAX = 32, TPL_MAX_OPS = 24, TPL_MAX_SCOPES = 64 };

typedef struct tpl_op {
  const char *suffix; /* name after V ("/Assign"); NULL: named V */
  uint32_t slen;      /* its length */
  int32_t share;      /* window scope whose name this op's name is, or -1 */
  const char *type;
  int dtype;
  sv_shape shape;
  const char *value;
  const uint32_t *inputs; /* relative to the first op */
  uint32_t ninputs;
  uint8_t dep;
} tpl_op;

typedef struct tpl_scope {
  uint32_t op;        /* a compact record: the op (relative); else NONE */
  const char *suffix; /* a full record: name after V */
  uint32_t slen;
  uint32_t full;      /* a full record: its index among the stamp's */
  sv_ns_opener opener;
  uint32_t rec_op;    /* a full record's op (relative) or NONE */
} tpl_scope;

struct sv_vartpl {
  /* the kind */
  const sv_init *init; /* arena copy */
  sv_shape shape;      /* the initializer's shape (interned) */
  int dtype;
  bool validate_shape, has_shape;
  sv_shape vshape_arg; /* interned, when has_shape */
  /* what a variable of this kind makes */
  uint32_t nops, nscopes, nevents;
  uint32_t nfull; /* scopes with a full record (built with the ops) */
  tpl_op *ops;
  tpl_scope *scopes;
  sv_event *events; /* index relative to the first op / scope */
  uint32_t init_op, vop, assign, read; /* relative */
  int dt;
  sv_shape vshape;
  uint32_t mask, nkeys; /* compact variables: ops that took keys, keys */
  /* one arena block per built variable: op records, full scope records,
   * inputs, then the names */
  uint32_t nnames, ninputs;
  size_t sbytes; /* suffixes with their NULs */
};

/* ---- the kind --------------------------------------------------------- */

static bool str_same(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static bool shape_same(const sv_shape *a, const sv_shape *b) {
  if (a->rank != b->rank) return false;
  if (a->rank <= 0 || a->dims == b->dims) return true;
  return memcmp(a->dims, b->dims, (size_t)a->rank * sizeof *a->dims) == 0;
}

/* Two literals that every TF rule treats alike: the same Python value as
 * far as the engine sees one (repr, inferred dtype, shape, conversions). */
static bool lit_same(const sv_lit *a, const sv_lit *b) {
  if (a == b) return true;
  if (!a || !b) return false;
  if (a->dtype != b->dtype || a->is_none != b->is_none ||
      a->is_scalar != b->is_scalar || !shape_same(&a->shape, &b->shape) ||
      !str_same(a->text, b->text) || a->nints != b->nints ||
      !a->ints != !b->ints)
    return false;
  if (a->is_scalar && memcmp(&a->scalar, &b->scalar, sizeof a->scalar) != 0)
    return false;
  if (a->nints && memcmp(a->ints, b->ints, a->nints * sizeof *a->ints) != 0)
    return false;
  for (int i = 0; i < SV_LITC__COUNT; i++)
    if (!str_same(a->offender[i].repr, b->offender[i].repr) ||
        !str_same(a->offender[i].type, b->offender[i].type))
      return false;
  return true;
}

/* Initializers the engine runs alone (no host code, no tensor input). */
static bool init_stampable(const sv_init *in) {
  switch (in->kind) {
    case SV_INIT_CONSTANT:
    case SV_INIT_ZEROS:
    case SV_INIT_ONES:
    case SV_INIT_RANDOM_UNIFORM:
    case SV_INIT_RANDOM_NORMAL:
    case SV_INIT_TRUNCATED_NORMAL:
    case SV_INIT_GLOROT_UNIFORM:
    case SV_INIT_GLOROT_NORMAL:
    case SV_INIT_VARIANCE_SCALING:
      return true;
    default:
      return false;
  }
}

static bool init_same(const sv_init *a, const sv_init *b) {
  return a->kind == b->kind && a->dtype == b->dtype &&
         a->is_class == b->is_class && lit_same(a->value, b->value) &&
         lit_same(a->a, b->a) && lit_same(a->b, b->b) &&
         str_same(a->mode, b->mode) &&
         str_same(a->distribution, b->distribution);
}

static bool kind_same(const sv_vartpl *t, const sv_tplkey *k) {
  return t->dtype == k->dtype && t->validate_shape == k->validate_shape &&
         t->has_shape == k->has_shape && shape_same(&t->shape, k->shape) &&
         (!k->has_shape || shape_same(&t->vshape_arg, k->vshape_arg)) &&
         init_same(t->init, k->init);
}

const sv_vartpl *sv__tpl_find(const sv_graph *g, const sv_tplkey *k) {
  /* a stamp's ids and lazy index must fit beside the sref tags */
  if (!init_stampable(k->init) ||
      sv__op_count(g) + TPL_MAX_OPS >= SV_SREF_LAZY ||
      g->lazy.count >= (1u << 29) /* an event's index field */)
    return NULL;
  for (size_t i = 0; i < g->tpls.count; i++)
    if (kind_same(g->tpls.items[i], k)) return g->tpls.items[i];
  return NULL;
}

/* ---- recording ---------------------------------------------------------- */

void sv__tpl_mark(const sv_graph *g, sv_tplmark *mk) {
  mk->op = sv__op_count(g);
  mk->scope = (uint32_t)g->sref.count;
  mk->event = (uint32_t)g->events.count;
  mk->ncalls = g->ncalls;
  mk->renames = (uint32_t)g->renames.count;
  mk->errors = (uint32_t)g->errors.count;
}

static bool same_loc(const sv_loc *a, const sv_loc *b) {
  return a->line == b->line && a->col == b->col && a->offset == b->offset &&
         a->len == b->len;
}

/* The name under V ("/read"), or NULL when name is not under V. */
static const char *under(const char *name, const char *V, size_t vlen) {
  if (strncmp(name, V, vlen) != 0 || name[vlen] != '/') return NULL;
  return name + vlen;
}

void sv__tpl_capture(sv_graph *g, const sv_tplkey *k, const sv_tplmark *mk,
                     const char *V, uint32_t var, const sv_tplres *r) {
  /* the caller found no template of k's kind (sv__tpl_find) */
  if (g->tpls.count >= TPL_MAX || !init_stampable(k->init) ||
      !sv__compact_plain(g))
    return;
  uint32_t nops = sv__op_count(g) - mk->op;
  uint32_t nsc = (uint32_t)g->sref.count - mk->scope;
  uint32_t nev = (uint32_t)g->events.count - mk->event;
  if (!nops || nops > TPL_MAX_OPS || nsc > TPL_MAX_SCOPES ||
      g->renames.count != mk->renames || g->errors.count != mk->errors ||
      g->ncalls != mk->ncalls)
    return;
  uint32_t f = mk->op, s = mk->scope;
  size_t vlen = strlen(V);
  uint32_t entry = sv__innermost_entry(g);
  const sv_loc *loc = &g->tf->loc;
  sv_arena *A = g->arena;
  /* Check everything before the arena is touched: a refused record
   * leaves nothing behind. */
  for (uint32_t j = 0; j < nsc; j++) {
    uint32_t ref = g->sref.items[s + j];
    if (ref & SV_SREF_OP) {
      uint32_t op = ref & ~SV_SREF_OP;
      if (op < f || op - f >= nops) return;
      continue;
    }
    const sv_name_scope *n = &g->scopes.items[ref];
    /* every stamped scope is internal to the variable (exporters skip
     * them by sv_graph_name_scope_var): TF's own, or an internal op's */
    if (!under(n->name, V, vlen) || n->requested != n->name ||
        n->rename != SV_NONE || n->entry != SV_NONE || n->var != SV_NONE ||
        !same_loc(&n->loc, loc) ||
        (n->op != SV_NONE && (n->op < f || n->op - f >= nops)) ||
        (n->opener != SV_NS_INTERNAL &&
         (n->opener != SV_NS_OP || n->op == SV_NONE)))
      return;
  }
  for (uint32_t i = 0; i < nops; i++) {
    const sv_op *o = sv__op(g, f + i);
    if ((o->name != V && !under(o->name, V, vlen)) || o->var != var ||
        !o->internal || o->rename != SV_NONE || o->entry != entry ||
        !same_loc(&o->loc, loc) || o->call != g->call)
      return;
    for (uint32_t j = 0; j < o->ninputs; j++)
      if (o->inputs[j] < f || o->inputs[j] - f >= nops) return;
  }
  for (uint32_t j = 0; j < nev; j++) {
    sv_event e = g->events.items[mk->event + j];
    if (!((e.kind == SV_EV_OP && e.index >= f && e.index - f < nops) ||
          (e.kind == SV_EV_NAME_SCOPE && e.index >= s && e.index - s < nsc)))
      return;
  }
  if (r->init < f || r->vop < f || r->assign < f || r->read < f) return;

  sv_vartpl *t = sv__arena_alloc(A, sizeof *t);
  memset(t, 0, sizeof *t);
  t->init = sv__init_copy(g, k->init);
  t->shape = sv__tf_shape_copy(g, k->shape);
  t->dtype = k->dtype;
  t->validate_shape = k->validate_shape;
  t->has_shape = k->has_shape;
  if (k->has_shape) t->vshape_arg = sv__tf_shape_copy(g, k->vshape_arg);
  t->nops = nops;
  t->nscopes = nsc;
  t->nevents = nev;
  t->scopes = sv__arena_alloc(A, (nsc ? nsc : 1) * sizeof *t->scopes);
  for (uint32_t j = 0; j < nsc; j++) {
    uint32_t ref = g->sref.items[s + j];
    tpl_scope *d = &t->scopes[j];
    if (ref & SV_SREF_OP) {
      d->op = (ref & ~SV_SREF_OP) - f;
      d->suffix = NULL;
      continue;
    }
    const sv_name_scope *n = &g->scopes.items[ref];
    d->op = SV_NONE;
    d->suffix = sv__arena_strdup(A, n->name + vlen);
    d->slen = (uint32_t)strlen(d->suffix);
    d->full = t->nfull++;
    d->opener = n->opener;
    t->nnames++;
    t->sbytes += d->slen + 1;
    d->rec_op = n->op == SV_NONE ? SV_NONE : n->op - f;
  }
  t->ops = sv__arena_alloc(A, nops * sizeof *t->ops);
  for (uint32_t i = 0; i < nops; i++) {
    const sv_op *o = sv__op(g, f + i);
    tpl_op *d = &t->ops[i];
    d->share = -1;
    for (uint32_t j = 0; j < nsc; j++) {
      uint32_t ref = g->sref.items[s + j];
      if (!(ref & SV_SREF_OP) && g->scopes.items[ref].name == o->name)
        d->share = (int32_t)j;
    }
    d->suffix = o->name == V ? NULL
                : d->share >= 0 ? t->scopes[d->share].suffix
                                : sv__arena_strdup(A, o->name + vlen);
    d->slen = d->suffix ? (uint32_t)strlen(d->suffix) : 0;
    if (d->suffix && d->share < 0) {
      t->nnames++;
      t->sbytes += d->slen + 1;
    }
    t->ninputs += o->ninputs;
    d->type = o->type;
    d->dtype = o->dtype;
    d->shape = o->shape;
    d->value = o->value;
    d->ninputs = o->ninputs;
    uint32_t *in = NULL;
    if (o->ninputs) {
      in = sv__arena_alloc(A, o->ninputs * sizeof *in);
      for (uint32_t j = 0; j < o->ninputs; j++) in[j] = o->inputs[j] - f;
    }
    d->inputs = in;
    d->dep = sv__op_dep(g, f + i);
  }
  t->events = sv__arena_alloc(A, (nev ? nev : 1) * sizeof *t->events);
  for (uint32_t j = 0; j < nev; j++) {
    sv_event e = g->events.items[mk->event + j];
    e.index -= e.kind == SV_EV_OP ? f : s;
    t->events[j] = e;
  }
  t->init_op = r->init - f;
  t->vop = r->vop - f;
  t->assign = r->assign - f;
  t->read = r->read - f;
  t->dt = r->dt;
  t->vshape = r->vshape;
  t->mask = g->b_mask;
  t->nkeys = (uint32_t)g->local.count;
  sv__vec_push(&g->tpls, t);
}

/* ---- stamping ---------------------------------------------------------- */

void sv__tpl_stamp(sv_graph *g, const sv_vartpl *t, const char *V,
                   uint32_t var, sv_tplres *r) {
  uint32_t f = sv__op_count(g), s = (uint32_t)g->sref.count;
  sv_lazyvar L;
  memset(&L, 0, sizeof L);
  L.t = t;
  L.V = V;
  L.var = var;
  L.f = f;
  L.s = s;
  L.entry = sv__innermost_entry(g);
  L.call = g->call;
  L.loc = g->tf->loc;
  uint32_t li = (uint32_t)g->lazy.count;
  SV_BIG_RESERVE(&g->sref, t->nscopes);
  uint32_t *sref = g->sref.items + g->sref.count;
  for (uint32_t j = 0; j < t->nscopes; j++) {
    const tpl_scope *d = &t->scopes[j];
    sref[j] = d->op != SV_NONE ? (f + d->op) | SV_SREF_OP : li | SV_SREF_LAZY;
  }
  g->sref.count += t->nscopes;
  g->sver++;
  SV_BIG_PUSH(&g->lazy, L);
  SV_BIG_RESERVE(&g->oref, t->nops);
  for (uint32_t i = 0; i < t->nops; i++) {
    g->oref.items[g->oref.count + i] = li | SV_OREF_LAZY;
    sv__op_dep_push(g, f + i, t->ops[i].dep);
  }
  g->oref.count += t->nops;
  /* the events: one item standing for the template's */
  sv_event ev = {SV_EV__STAMP, li};
  SV_BIG_PUSH(&g->events, ev);
  g->nevents += t->nevents;
  g->stack = V;
  /* compact variables: the names stamped count as made while building */
  g->b_mask = t->mask;
  g->b_extra = t->nkeys;
  r->init = f + t->init_op;
  r->vop = f + t->vop;
  r->assign = f + t->assign;
  r->read = f + t->read;
  r->dt = t->dt;
  r->vshape = t->vshape;
}

uint32_t sv__tpl_nops(const sv_vartpl *t) {
  return t->nops;
}

/* ---- compact variables' records ------------------------------------------ */

/* The record of L's variable, but its name. */
static void lazy_var_fill(const sv_lazyvar *L, sv_var *v) {
  const sv_vartpl *t = L->t;
  memset(v, 0, sizeof *v);
  v->id = L->var;
  v->op_name = L->V;
  v->requested = v->store_key = L->V;
  v->creator = SV_CREATOR_GET_VARIABLE;
  v->shape = t->vshape;
  v->dtype = t->dt | SV_DT_REF;
  v->trainable = L->trainable;
  v->initializer = L->initializer;
  v->op = L->f + t->vop;
  v->entry = L->entry;
  v->name_scope_at_call = L->name_scope_at_call;
  v->var_scope_at_call = L->var_scope_at_call;
  v->bypassed = NULL;
  v->nbypassed = 0;
  v->rename = SV_NONE;
  v->getvar = L->getvar;
  v->loc = L->loc;
  v->read_op = L->f + t->read;
  v->assign_op = L->f + t->assign;
  v->first_internal_op = L->f;
  v->last_internal_op = L->f + t->nops - 1;
  v->internal_op_count = t->nops;
}

static bool var_same(const sv_var *a, const sv_var *b) {
  return a->id == b->id && a->op_name == b->op_name &&
         a->requested == b->requested && a->creator == b->creator &&
         a->store_key == b->store_key && a->shape.rank == b->shape.rank &&
         a->shape.dims == b->shape.dims && a->dtype == b->dtype &&
         a->trainable == b->trainable && a->initializer == b->initializer &&
         a->op == b->op && a->entry == b->entry &&
         a->name_scope_at_call == b->name_scope_at_call &&
         a->var_scope_at_call == b->var_scope_at_call &&
         a->bypassed == b->bypassed && a->nbypassed == b->nbypassed &&
         a->rename == b->rename && a->getvar == b->getvar &&
         same_loc(&a->loc, &b->loc) && a->read_op == b->read_op &&
         a->assign_op == b->assign_op &&
         a->first_internal_op == b->first_internal_op &&
         a->last_internal_op == b->last_internal_op &&
         a->internal_op_count == b->internal_op_count;
}

/* The aux facts of L's variable (sv__compact_end would record dop..
 * dnscope so when it defers V's names). */
static sv_varaux lazy_varaux(const sv_lazyvar *L) {
  const sv_vartpl *t = L->t;
  sv_varaux a = {L->f + t->read, L->f + t->assign, L->f + t->init_op,
                 L->f, L->s, t->mask, t->nscopes, L->origin};
  return a;
}

sv_varaux sv__varaux(const sv_graph *g, uint32_t id) {
  uint32_t r = g->vref.items[id];
  return (r & SV_VREF_LAZY) ? lazy_varaux(&g->lazy.items[r & ~SV_VREF_LAZY])
                            : g->varaux.items[r];
}

void sv__var_add(sv_graph *g, sv_var *v, const sv_varaux *aux,
                 bool stamped) {
  if (stamped && g->lazy.count && g->lazy.count <= SV_VREF_LAZY) {
    uint32_t li = (uint32_t)g->lazy.count - 1;
    sv_lazyvar *L = &g->lazy.items[li];
    L->initializer = v->initializer;
    L->name_scope_at_call = v->name_scope_at_call;
    L->var_scope_at_call = v->var_scope_at_call;
    L->getvar = v->getvar;
    L->trainable = v->trainable;
    L->origin = aux->origin;
    sv_var c;
    lazy_var_fill(L, &c);
    sv_varaux d = lazy_varaux(L);
    if (L->var == v->id && var_same(&c, v) && d.read == aux->read &&
        d.assign == aux->assign && d.initial == aux->initial) {
      sv__vec_push(&g->vref, li | SV_VREF_LAZY);
      return;
    }
  }
  if (!v->name) v->name = sv__cat(g, v->op_name, ":0", NULL);
  sv__vec_push(&g->vref, (uint32_t)g->vars.count);
  sv__vec_push(&g->vars, *v);
  sv__vec_push(&g->varaux, *aux);
}

/* The record of L's get_variable call. */
static void lazy_getvar_fill(const sv_lazyvar *L, sv_getvar *r) {
  memset(r, 0, sizeof *r);
  r->id = L->getvar;
  r->name = L->gv_name;
  r->full = L->V;
  r->reuse = L->reuse;
  r->outcome = SV_GETVAR_CREATED;
  r->var = L->var;
  r->error = SV_NONE;
  r->entry = L->entry;
  r->name_scope_at_call = L->name_scope_at_call;
  r->loc = L->loc;
}

static bool getvar_same(const sv_getvar *a, const sv_getvar *b) {
  return a->id == b->id && a->name == b->name && a->full == b->full &&
         a->reuse == b->reuse && a->outcome == b->outcome &&
         a->var == b->var && a->error == b->error && a->entry == b->entry &&
         a->name_scope_at_call == b->name_scope_at_call &&
         same_loc(&a->loc, &b->loc);
}

/* lazy[li]'s built records; NULL members: not built yet. */
static sv_lazymat *lazy_mat(sv_graph *g, uint32_t li) {
  if (li >= g->lmat.count) {
    size_t n = g->lazy.count;
    SV_BIG_RESERVE(&g->lmat, n - g->lmat.count);
    memset(g->lmat.items + g->lmat.count, 0,
           (n - g->lmat.count) * sizeof *g->lmat.items);
    g->lmat.count = n;
  }
  return &g->lmat.items[li];
}

static bool var_is_built(const sv_graph *g, uint32_t li) {
  return li < g->lmat.count && g->lmat.items[li].var;
}

void sv__getvar_add(sv_graph *g, const sv_getvar *rec) {
  uint32_t vid = rec->var;
  if (rec->outcome == SV_GETVAR_CREATED && vid < sv__var_count(g) &&
      (g->vref.items[vid] & SV_VREF_LAZY)) {
    uint32_t li = g->vref.items[vid] & ~SV_VREF_LAZY;
    sv_lazyvar *L = &g->lazy.items[li];
    L->gv_name = rec->name;
    L->reuse = rec->reuse;
    sv_getvar c;
    lazy_getvar_fill(L, &c);
    if (!var_is_built(g, li) && getvar_same(&c, rec)) {
      sv__vec_push(&g->gref, li | SV_VREF_LAZY);
      return;
    }
  }
  sv__vec_push(&g->gref, (uint32_t)g->getvars.count);
  sv__vec_push(&g->getvars, *rec);
}

/* Builds the records of compact variable L and its get_variable call:
 * one arena block (the call's is read only when gref names L). */
static void build_var(sv_graph *g, sv_lazyvar *L) {
  size_t vlen = strlen(L->V);
  sv_var *v = sv__arena_alloc(g->arena, sizeof *v + sizeof(sv_getvar) +
                                            vlen + 3);
  lazy_var_fill(L, v);
  sv_getvar *r = (sv_getvar *)(v + 1);
  lazy_getvar_fill(L, r);
  char *name = (char *)(r + 1);
  memcpy(name, L->V, vlen);
  memcpy(name + vlen, ":0", 3);
  v->name = name;
  lazy_mat(g, (uint32_t)(L - g->lazy.items))->var = v;
}

/* lazy[li]'s variable record, built if need be (a cache fill, as in
 * sv__lazy_op); its call's record follows it. */
static const sv_var *var_built(const sv_graph *cg, uint32_t li) {
  sv_graph *g = (sv_graph *)cg;
  if (!var_is_built(g, li)) build_var(g, &g->lazy.items[li]);
  return g->lmat.items[li].var;
}

const sv_var *sv__lazy_var_rec(const sv_graph *g, uint32_t li) {
  return var_built(g, li);
}

const sv_getvar *sv__lazy_getvar_rec(const sv_graph *g, uint32_t li) {
  return (const sv_getvar *)(var_built(g, li) + 1);
}

uint32_t sv__lazy_nevents(const sv_graph *g, uint32_t li) {
  return g->lazy.items[li].t->nevents;
}

uint32_t sv__lazy_events(const sv_graph *g, uint32_t li, sv_event *out) {
  const sv_lazyvar *L = &g->lazy.items[li];
  const sv_vartpl *t = L->t;
  for (uint32_t j = 0; j < t->nevents; j++) {
    out[j] = t->events[j];
    out[j].index += out[j].kind == SV_EV_OP ? L->f : L->s;
  }
  return t->nevents;
}

/* ---- lazy records ----------------------------------------------------------- */

static const sv_lazyvar *lazy_of(const sv_graph *g, uint32_t id) {
  return &g->lazy.items[g->oref.items[id] & ~SV_OREF_LAZY];
}

/* Builds L's op and full scope records: one arena block with their
 * inputs and names. */
static void build(sv_graph *g, sv_lazyvar *L) {
  const sv_vartpl *t = L->t;
  size_t vlen = strlen(L->V);
  sv_op *ops = sv__arena_alloc(g->arena, t->nops * sizeof *ops +
                                             t->nfull * sizeof(sv_name_scope) +
                                             t->ninputs * sizeof(uint32_t) +
                                             t->nnames * vlen + t->sbytes);
  sv_name_scope *sc = (sv_name_scope *)(ops + t->nops);
  uint32_t *in = (uint32_t *)(sc + t->nfull);
  char *p = (char *)(in + t->ninputs);
  uint32_t f = L->f;
  for (uint32_t j = 0; j < t->nscopes; j++) {
    const tpl_scope *d = &t->scopes[j];
    if (d->op != SV_NONE) continue;
    sv_name_scope *n = &sc[d->full];
    memcpy(p, L->V, vlen);
    memcpy(p + vlen, d->suffix, d->slen + 1);
    n->id = L->s + j;
    n->name = n->requested = p;
    p += vlen + d->slen + 1;
    n->opener = d->opener;
    n->entry = n->var = SV_NONE;
    n->op = d->rec_op == SV_NONE ? SV_NONE : f + d->rec_op;
    n->rename = SV_NONE;
    n->loc = L->loc;
  }
  for (uint32_t i = 0; i < t->nops; i++) {
    const tpl_op *d = &t->ops[i];
    sv_op *o = &ops[i];
    o->id = f + i;
    if (!d->suffix) {
      o->name = L->V;
    } else if (d->share >= 0) {
      o->name = sc[t->scopes[d->share].full].name;
    } else {
      memcpy(p, L->V, vlen);
      memcpy(p + vlen, d->suffix, d->slen + 1);
      o->name = p;
      p += vlen + d->slen + 1;
    }
    o->type = d->type;
    o->dtype = d->dtype;
    o->shape = d->shape;
    o->ninputs = d->ninputs;
    o->inputs = d->ninputs ? in : NULL;
    for (uint32_t j = 0; j < d->ninputs; j++) *in++ = f + d->inputs[j];
    o->entry = L->entry;
    o->var = L->var;
    o->call = L->call;
    o->role = SV_OP_VAR_INTERNAL;
    o->internal = true;
    o->rename = SV_NONE;
    o->value = d->value;
    o->loc = L->loc;
  }
  lazy_mat(g, (uint32_t)(L - g->lazy.items))->ops = ops;
}

/* lazy[li]'s op records, built if need be. */
static sv_op *ops_built(sv_graph *g, uint32_t li) {
  if (li >= g->lmat.count || !g->lmat.items[li].ops)
    build(g, &g->lazy.items[li]);
  return g->lmat.items[li].ops;
}

sv_op *sv__lazy_op(const sv_graph *cg, uint32_t id) {
  /* building the records is a cache fill: the model does not change */
  sv_graph *g = (sv_graph *)cg;
  uint32_t li = g->oref.items[id] & ~SV_OREF_LAZY;
  return &ops_built(g, li)[id - g->lazy.items[li].f];
}

const sv_name_scope *sv__lazy_scope(const sv_graph *cg, uint32_t id) {
  sv_graph *g = (sv_graph *)cg; /* a cache fill, as in sv__lazy_op */
  uint32_t li = g->sref.items[id] & ~SV_SREF_TAG;
  const sv_lazyvar *L = &g->lazy.items[li];
  const sv_vartpl *t = L->t;
  const sv_name_scope *sc =
      (const sv_name_scope *)(ops_built(g, li) + t->nops);
  return &sc[t->scopes[id - L->s].full];
}

/* The template record of lazy op id. */
static const tpl_op *lazy_tpl_op(const sv_graph *g, uint32_t id) {
  const sv_lazyvar *L = lazy_of(g, id);
  return &L->t->ops[id - L->f];
}

int sv__op_dtype(const sv_graph *g, uint32_t id) {
  uint32_t r = g->oref.items[id];
  return (r & SV_OREF_LAZY) ? lazy_tpl_op(g, id)->dtype : g->ops.items[r].dtype;
}

sv_shape sv__op_shape(const sv_graph *g, uint32_t id) {
  uint32_t r = g->oref.items[id];
  return (r & SV_OREF_LAZY) ? lazy_tpl_op(g, id)->shape : g->ops.items[r].shape;
}

bool sv__op_internal(const sv_graph *g, uint32_t id) {
  uint32_t r = g->oref.items[id];
  return (r & SV_OREF_LAZY) || g->ops.items[r].internal;
}

uint32_t sv__lazy_var(const sv_graph *g, uint32_t id) {
  return (g->oref.items[id] & SV_OREF_LAZY) ? lazy_of(g, id)->var : SV_NONE;
}

uint32_t sv__op_var(const sv_graph *g, uint32_t id) {
  uint32_t r = g->oref.items[id];
  return (r & SV_OREF_LAZY) ? lazy_of(g, id)->var : g->ops.items[r].var;
}
