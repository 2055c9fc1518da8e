/* SPDX-License-Identifier: MIT
 * dot: the scope diagram (DESIGN.md §4) built with cgraph. Name scopes are
 * nested clusters styled by what opened them, variables are nodes
 * (tf.Variable and tf.get_variable drawn differently), and marked edges
 * show get_variable bypassing name scopes, reuse, "_N" suffixes and the
 * error that stopped the script. Large models are cut by depth, focus,
 * series grouping and a node budget before anything reaches cgraph.
 *
 * Determinism: every object gets its ID from our own ID discipline, which
 * numbers named objects in creation order (Graphviz 2.43's default orders
 * subgraphs by string address), and objects are created in scope-tree
 * pre-order, which is creation order of the model. All user text goes into
 * HTML-like labels escaped by sv__ex_html_escape; IDs are generated
 * ("cluster_12", "n34"), never user text.
 */
#include "dot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#define DEFAULT_BUDGET 300
/* Smallest run of siblings grouped as a series: TensorBoard's default
 * (seriesNodeMinSize 5), so a few uniquified scopes (model, model_1 ...
 * model_3) stay visible with their reuse arrows. */
#define SERIES_MIN 5
#define WRAP_COLS 60   /* error messages are wrapped at this width */

/* ---- colours and styles (docs/diagrams.md explains them) --------------- */

#define C_NS_FILL "#e3f2fd"
#define C_NS_LINE "#1e88e5"
#define C_VS_FILL "#e8f5e9"
#define C_VS_LINE "#2e7d32"
#define C_RE_FILL "#f5f5f5"
#define C_RE_LINE "#757575"
#define C_IMPLICIT "#9e9e9e"
#define C_VAR_FILL "#fff3e0"
#define C_VAR_LINE "#ef6c00"
#define C_GV_FILL "#f3e5f5"
#define C_GV_LINE "#8e24aa"
#define C_BYPASS "#d32f2f"
#define C_REUSE "#1565c0"
#define C_SUFFIX "#e65100"
#define C_ERR_FILL "#ffebee"
#define C_ERR_LINE "#b71c1c"
#define C_OP_LINE "#607d8b"
#define C_SUMMARY_FILL "#eceff1"

/* ---- cgraph adapters ----------------------------------------------------
 * Graphviz 2.43 takes char * for names and values it never modifies; this
 * is the one place const is dropped (STYLE.md §10). */

static void set_attr(void *obj, const char *name, const char *value)
{
  agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

/* value is HTML-like label text; it must start with '<' so it can never
 * share a refstr with a plain attribute value. */
static void set_html(void *obj, const char *name, const char *value)
{
  Agraph_t *root = agroot(obj);
  char *s = agstrdup_html(root, (char *)value);
  agsafeset(obj, (char *)name, s, (char *)"");
  agstrfree(root, s);
}

/* ---- ID discipline: names numbered in creation order --------------------
 * Names handed back by id_print must be cgraph refstrs: agwrite asks
 * aghtmlstr() whether a name is HTML, and that reads the refstr header in
 * front of the string. A name from malloc made it read the heap bytes
 * before the block, so a node could come out as <n7> or n7 depending on
 * the environment (issue 4). Names are therefore agstrdup'ed (plain, never
 * HTML: generated IDs never start with '<', every HTML label does), and the
 * state lives on the graph's own heap (agalloc). */

typedef struct id_state {
  Agraph_t *g;
  char **names; /* id 2 * (i + 1) <-> names[i] (refstrs of g) */
  uint32_t count, cap;
  uint32_t *slots; /* open addressing over names, lookup only */
  uint32_t nslots;
  IDTYPE anon; /* next anonymous (odd) id */
} id_state;

static uint32_t hash_str(const char *s)
{
  uint32_t h = 2166136261u;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 16777619u;
  }
  return h;
}

/* cgraph's heap returns NULL (after an agerr) when out of memory. */
static void *checked(void *p)
{
  if (!p) {
    fputs("scopeviz: out of memory\n", stderr);
    abort();
  }
  return p;
}

static void id_rehash(id_state *st, uint32_t nslots)
{
  if (st->slots)
    agfree(st->g, st->slots);
  st->slots = checked(agalloc(st->g, sizeof *st->slots * nslots));
  st->nslots = nslots;
  for (uint32_t i = 0; i < nslots; i++)
    st->slots[i] = SV_NONE;
  for (uint32_t k = 0; k < st->count; k++) {
    uint32_t i = hash_str(st->names[k]) & (nslots - 1);
    while (st->slots[i] != SV_NONE)
      i = (i + 1) & (nslots - 1);
    st->slots[i] = k;
  }
}

static void *id_open(Agraph_t *g, Agdisc_t *disc)
{
  (void)disc;
  id_state *st = checked(agalloc(g, sizeof *st));
  memset(st, 0, sizeof *st);
  st->g = g;
  st->anon = 1;
  id_rehash(st, 64);
  return st;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id,
                   int createflag)
{
  (void)objtype;
  id_state *st = state;
  if (!str) {
    *id = st->anon;
    st->anon += 2;
    return 1;
  }
  uint32_t i = hash_str(str) & (st->nslots - 1);
  while (st->slots[i] != SV_NONE) {
    if (strcmp(st->names[st->slots[i]], str) == 0) {
      *id = 2 * ((IDTYPE)st->slots[i] + 1);
      return 1;
    }
    i = (i + 1) & (st->nslots - 1);
  }
  if (!createflag)
    return 0;
  if (st->count == st->cap) {
    uint32_t cap = st->cap ? st->cap * 2 : 64;
    st->names = checked(st->names ? agrealloc(st->g, st->names,
                                              sizeof *st->names * st->cap,
                                              sizeof *st->names * cap)
                                  : agalloc(st->g, sizeof *st->names * cap));
    st->cap = cap;
  }
  uint32_t k = st->count++;
  st->names[k] = checked(agstrdup(st->g, str));
  st->slots[i] = k;
  if ((uint64_t)st->count * 4 > (uint64_t)st->nslots * 3)
    id_rehash(st, st->nslots * 2);
  *id = 2 * ((IDTYPE)k + 1);
  return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE id)
{
  (void)state;
  (void)objtype;
  (void)id;
  return 0;
}

static void id_free(void *state, int objtype, IDTYPE id)
{
  (void)state;
  (void)objtype;
  (void)id;
}

static char *id_print(void *state, int objtype, IDTYPE id)
{
  (void)objtype;
  id_state *st = state;
  if ((id & 1) || id == 0 || id / 2 > st->count)
    return NULL;
  return st->names[id / 2 - 1];
}

/* Graphviz 2.43's agclose calls this before closing the string table
 * (which frees the names); a memory discipline with a close function
 * would free everything at once and skip it. */
static void id_close(void *state)
{
  id_state *st = state;
  Agraph_t *g = st->g;
  if (st->names)
    agfree(g, st->names);
  agfree(g, st->slots);
  agfree(g, st);
}

static void id_register(void *state, int objtype, void *obj)
{
  (void)state;
  (void)objtype;
  (void)obj;
}

static Agiddisc_t id_disc = {id_open,  id_map,   id_alloc, id_free,
                             id_print, id_close, id_register};

/* agwrite output is collected and handed to the caller in one write. */
static int io_putstr(void *chan, const char *str)
{
  sv__ex_buf_appends(chan, str);
  return 0;
}

static int io_flush(void *chan)
{
  (void)chan;
  return 0;
}

/* agread is never used: no afread. */
static Agiodisc_t io_disc = {NULL, io_putstr, io_flush};

/* ---- items: what is drawn as a node ------------------------------------- */

typedef enum item_kind {
  IT_VAR,    /* a variable: index = var id */
  IT_OP,     /* an op: index = op id */
  IT_BYPASS, /* get_variable call site inside bypassed scopes: var id */
  IT_REUSE,  /* get_variable call that reused: getvar id */
  IT_ERROR   /* an error record: error id; or SV_NONE for a non-TF end */
} item_kind;

typedef struct item {
  item_kind kind;
  uint32_t index;
  uint32_t tnode; /* scope-tree node it sits at */
  uint32_t next;  /* next item of the same tree node */
  Agnode_t *an;   /* its own drawn node, or NULL when collapsed */
} item;

/* What a tree node turned into. */
typedef enum target_kind {
  TK_HIDDEN,  /* outside the focus */
  TK_SELF,    /* drawn itself (cluster or plain), items drawn as nodes */
  TK_GROUP,   /* part of a series group: tref = group index */
  TK_SUMMARY, /* below the depth cut: tref = the summary tree node */
  TK_MORE     /* beyond a cluster's child budget: tref = the parent */
} target_kind;

typedef struct tinfo {
  uint32_t first_item, last_item;
  uint32_t own_items;
  uint32_t sub_items;  /* items in the subtree, own included */
  uint32_t sub_scopes; /* entry-opened scopes in the subtree, self included */
  uint32_t sub_errors; /* error items in the subtree (never grouped away) */
  uint32_t group;      /* series group, or SV_NONE */
  uint32_t vs_entry;   /* first variable_scope entry whose variable-scope
                          name is this path */
  uint32_t reentry;    /* first entry that re-entered this path without
                          opening it (trailing '/', aux=False), or SV_NONE */
  uint32_t nreentries;
  target_kind tk;
  uint32_t tref;
  uint32_t shown_children; /* distinct drawn children so far (budget) */
  bool cluster;
  Agraph_t *container; /* subgraph holding this node's own items */
  Agnode_t *rep;       /* summary node when this node is one */
  Agnode_t *more;      /* "... N more" node of a cluster over budget */
  uint32_t nmore;      /* children folded into it */
} tinfo;

typedef struct group {
  uint32_t parent;
  uint32_t first; /* first member (tree node) */
  uint32_t key_len;
  uint64_t lo, hi;
  uint32_t count;
  uint32_t items, scopes;
  Agnode_t *an;
} group;

typedef struct edge_rec {
  Agnode_t *from, *to;
  int kind; /* EK_* */
  uint32_t a, b; /* kind-specific record ids for the label */
  uint32_t count;
} edge_rec;

enum { EK_BYPASS, EK_REUSE, EK_SUFFIX, EK_ERROR_LINK, EK_INPUT };

typedef struct ctx {
  const sv_model *m;
  const sv_graph *g;
  size_t graph_index;
  const sv_dot_opts *o;
  Agraph_t *root;
  Agraph_t *top; /* the graph's container (root or a per-graph cluster) */
  sv_ex_tree tree;
  tinfo *ti;
  item *items;
  uint32_t nitems, items_cap;
  group *groups;
  uint32_t ngroups, groups_cap;
  uint32_t *op_item; /* op id -> item (ops shown), else NULL */
  uint32_t *var_item;
  edge_rec *edges;
  uint32_t nedges, edges_cap;
  uint32_t focus;     /* tree node, 0 = root */
  uint32_t cut;       /* clusters down to this relative depth */
  bool budget_cut;    /* cut lowered to fit the node budget */
  uint32_t *next_id;  /* shared ID counter for names */
  sv_ex_buf b;        /* label scratch */
} ctx;

/* ---- small helpers -------------------------------------------------------- */

static Agnode_t *new_node(ctx *c, Agraph_t *in)
{
  char name[32];
  snprintf(name, sizeof name, "n%u", (*c->next_id)++);
  return agnode(in, name, 1);
}

static Agraph_t *new_cluster(ctx *c, Agraph_t *in)
{
  char name[40];
  snprintf(name, sizeof name, "cluster_%u", (*c->next_id)++);
  return agsubg(in, name, 1);
}

static void add_item(ctx *c, item_kind kind, uint32_t index, uint32_t tnode)
{
  if (c->nitems == c->items_cap) {
    c->items_cap = c->items_cap ? c->items_cap * 2 : 64;
    c->items = sv__ex_xrealloc(c->items, sizeof *c->items * c->items_cap);
  }
  uint32_t id = c->nitems++;
  item *it = &c->items[id];
  it->kind = kind;
  it->index = index;
  it->tnode = tnode;
  it->next = SV_NONE;
  it->an = NULL;
}

static void add_edge(ctx *c, Agnode_t *from, Agnode_t *to, int kind,
                     uint32_t a, uint32_t b)
{
  if (!from || !to || from == to)
    return;
  /* Dedupe edges that collapsed onto the same pair (series, summaries).
   * Linear scan from the end: collapsed duplicates are adjacent in
   * creation order in practice; bounded to keep big models linear. */
  uint32_t lo = c->nedges > 64 ? c->nedges - 64 : 0;
  for (uint32_t i = c->nedges; i-- > lo;) {
    edge_rec *e = &c->edges[i];
    if (e->from == from && e->to == to && e->kind == kind) {
      e->count++;
      return;
    }
  }
  if (c->nedges == c->edges_cap) {
    c->edges_cap = c->edges_cap ? c->edges_cap * 2 : 64;
    c->edges = sv__ex_xrealloc(c->edges, sizeof *c->edges * c->edges_cap);
  }
  c->edges[c->nedges++] = (edge_rec){from, to, kind, a, b, 1};
}

static uint32_t scope_node(ctx *c, const char *s)
{
  if (!s)
    return 0;
  return sv__ex_tree_add(&c->tree, s, sv__ex_path_trim(s));
}

static void append_line_no(sv_ex_buf *b, sv_loc loc)
{
  if (loc.line)
    sv__ex_buf_appendf(b, ", line %u", loc.line);
}

static void append_shape(sv_ex_buf *b, const sv_shape *s)
{
  char small[64];
  size_t need = sv_shape_format(s, small, sizeof small);
  if (need < sizeof small) {
    sv__ex_html_escapes(b, small);
    return;
  }
  char *big = sv__ex_xmalloc(need + 1);
  sv_shape_format(s, big, need + 1);
  sv__ex_html_escapes(b, big);
  sv__ex_xfree(big);
}

/* Word-wraps s[0..len) into lines of about WRAP_COLS bytes joined by
 * left-aligned breaks. */
static void append_wrapped_line(sv_ex_buf *b, const char *s, size_t len)
{
  size_t start = 0;
  while (start < len) {
    size_t end = start + WRAP_COLS;
    if (end >= len) {
      end = len;
    } else {
      size_t sp = end;
      while (sp > start && s[sp] != ' ')
        sp--;
      if (sp > start)
        end = sp;
      /* Never cut inside a UTF-8 sequence. */
      while (end < len && ((unsigned char)s[end] & 0xc0) == 0x80)
        end++;
    }
    sv__ex_html_escape(b, s + start, end - start);
    start = end;
    while (start < len && s[start] == ' ')
      start++;
    if (start < len)
      sv__ex_buf_appends(b, "<BR ALIGN=\"LEFT\"/>");
  }
}

/* A message: its own newlines (TF's "Originally defined at:" traceback)
 * are kept as line breaks, long lines are wrapped. */
static void append_wrapped(sv_ex_buf *b, const char *s)
{
  const char *p = s;
  for (;;) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    append_wrapped_line(b, p, len);
    if (!nl || !nl[1])
      break;
    sv__ex_buf_appends(b, "<BR ALIGN=\"LEFT\"/>");
    p = nl + 1;
  }
}

/* ---- describing scope entries ------------------------------------------- */

static const char *reuse_arg_text(sv_reuse_arg r)
{
  switch (r) {
    case SV_REUSE_ARG_NONE: return NULL;
    case SV_REUSE_ARG_FALSE: return "False";
    case SV_REUSE_ARG_TRUE: return "True";
    case SV_REUSE_ARG_AUTO: return "tf.AUTO_REUSE";
  }
  return NULL;
}

/* tf.variable_scope('embeddin', reuse=True), line 3 */
static void describe_entry(sv_ex_buf *b, const sv_entry *e)
{
  sv__ex_buf_appends(b, sv__ex_api_name(e->api));
  sv__ex_buf_putc(b, '(');
  bool comma = false;
  switch (e->how) {
    case SV_HOW_OBJECT:
      sv__ex_buf_appends(b, "scope object ");
      sv__ex_html_quoted(b, e->var_scope ? e->var_scope : "");
      comma = true;
      break;
    case SV_HOW_ROOT:
      sv__ex_buf_appends(b, "root scope");
      comma = true;
      break;
    default:
      if (e->arg_name) {
        sv__ex_html_quoted(b, e->arg_name);
        comma = true;
      } else if (e->arg_default_name) {
        sv__ex_buf_appends(b, "None, default_name=");
        sv__ex_html_quoted(b, e->arg_default_name);
        comma = true;
      } else {
        sv__ex_buf_appends(b, "None");
        comma = true;
      }
      break;
  }
  const char *r = reuse_arg_text(e->arg_reuse);
  if (r) {
    sv__ex_buf_appendf(b, "%sreuse=%s", comma ? ", " : "", r);
    comma = true;
  }
  if (e->api == SV_API_VARIABLE_SCOPE && !e->arg_aux)
    sv__ex_buf_appendf(b, "%sauxiliary_name_scope=False", comma ? ", " : "");
  sv__ex_buf_putc(b, ')');
  append_line_no(b, e->loc);
}

/* Who first took a names-table key, resolved to what the user wrote: a
 * name-scope record opened by tf.Variable / get_variable is that variable,
 * one opened by an op wrapper is that op, one opened by a `with` is that
 * entry (tf1-semantics.md §2.1, §2.3). */
typedef enum taker_kind {
  TAKER_NONE,
  TAKER_VAR,   /* id: variable */
  TAKER_OP,    /* id: op (not a variable's own VariableV2) */
  TAKER_ENTRY, /* id: script entry */
  TAKER_NS     /* id: name-scope record TF opened itself */
} taker_kind;

typedef struct taker {
  taker_kind kind;
  uint32_t id;
} taker;

static taker taker_of_op(const sv_graph *g, uint32_t opid)
{
  if (opid >= sv_graph_op_count(g))
    return (taker){TAKER_NONE, SV_NONE};
  const sv_op *op = sv_graph_op(g, opid);
  if (op->var != SV_NONE && op->var < sv_graph_var_count(g) &&
      sv_graph_var(g, op->var)->op == op->id)
    return (taker){TAKER_VAR, op->var};
  return (taker){TAKER_OP, opid};
}

static taker resolve_taker(const sv_graph *g, sv_owner_kind kind,
                           uint32_t id)
{
  if (kind == SV_OWNER_OP)
    return taker_of_op(g, id);
  if (kind != SV_OWNER_NAME_SCOPE || id >= sv_graph_name_scope_count(g))
    return (taker){TAKER_NONE, SV_NONE};
  const sv_name_scope *ns = sv_graph_name_scope(g, id);
  switch (ns->opener) {
    case SV_NS_VARIABLE:
      if (ns->var < sv_graph_var_count(g))
        return (taker){TAKER_VAR, ns->var};
      break;
    case SV_NS_OP:
      if (ns->op < sv_graph_op_count(g))
        return taker_of_op(g, ns->op);
      break;
    case SV_NS_ENTRY:
      if (ns->entry < sv_graph_entry_count(g))
        return (taker){TAKER_ENTRY, ns->entry};
      break;
    default:
      break;
  }
  return (taker){TAKER_NS, id};
}

static void append_paren_line(sv_ex_buf *b, sv_loc loc)
{
  if (loc.line)
    sv__ex_buf_appendf(b, " (line %u)", loc.line);
}

/* "tf.Variable 'embeddin/testing2:0' (line 6)", "op 'add' (AddV2, line
 * 4)", "name scope 'foo/' of tf.name_scope('foo'), line 2". */
static void describe_taker(ctx *c, sv_ex_buf *b, const sv_rename *r)
{
  const sv_graph *g = c->g;
  taker t = resolve_taker(g, r->taken_by_kind, r->taken_by);
  switch (t.kind) {
    case TAKER_VAR: {
      const sv_var *v = sv_graph_var(g, t.id);
      sv__ex_buf_appends(b, v->creator == SV_CREATOR_VARIABLE
                                ? "tf.Variable "
                                : "tf.get_variable ");
      sv__ex_html_quoted(b, v->name);
      append_paren_line(b, v->loc);
      return;
    }
    case TAKER_OP: {
      const sv_op *op = sv_graph_op(g, t.id);
      sv__ex_buf_appends(b, "op ");
      sv__ex_html_quoted(b, op->name);
      sv__ex_buf_appends(b, " (");
      sv__ex_html_escapes(b, op->type);
      append_line_no(b, op->loc);
      sv__ex_buf_putc(b, ')');
      return;
    }
    case TAKER_ENTRY: {
      const sv_entry *e = sv_graph_entry(g, t.id);
      sv__ex_buf_appends(b, "name scope ");
      if (e->name_scope)
        sv__ex_html_quoted(b, e->name_scope);
      sv__ex_buf_appends(b, " of ");
      describe_entry(b, e);
      return;
    }
    case TAKER_NS: {
      const sv_name_scope *ns = sv_graph_name_scope(g, t.id);
      sv__ex_buf_appends(b, "name scope ");
      sv__ex_html_quoted(b, ns->name);
      sv__ex_buf_appends(b, " opened by TF itself");
      append_paren_line(b, ns->loc);
      return;
    }
    case TAKER_NONE:
      break;
  }
  sv__ex_buf_appends(b, "an earlier name");
}

/* "_1: 'embeddin/testing2' was already taken by tf.Variable ..." */
static void describe_rename(ctx *c, sv_ex_buf *b, uint32_t rename)
{
  if (rename == SV_NONE || rename >= sv_graph_rename_count(c->g))
    return;
  const sv_rename *r = sv_graph_rename(c->g, rename);
  sv__ex_buf_appendf(b, "_%u: ", r->suffix);
  sv__ex_html_quoted(b, r->requested);
  sv__ex_buf_appends(b, " was already taken by<BR/>");
  describe_taker(c, b, r);
}

/* ---- collecting items ------------------------------------------------------ */

static bool op_shown(ctx *c, const sv_op *op)
{
  if (op->var != SV_NONE && op->var < sv_graph_var_count(c->g) &&
      sv_graph_var(c->g, op->var)->op == op->id)
    return false; // the VariableV2 op is the variable node itself
  if (op->role == SV_OP_USER)
    return c->o->ops || c->o->internal_ops;
  return c->o->internal_ops;
}

/* Where a TF error happened: the name scope of its call (NULL: the
 * root). */
static const char *error_scope(ctx *c, const sv_error *err)
{
  if (err->getvar != SV_NONE && err->getvar < sv_graph_getvar_count(c->g)) {
    const sv_getvar *gv = sv_graph_getvar(c->g, err->getvar);
    if (gv->name_scope_at_call)
      return gv->name_scope_at_call;
  }
  uint32_t e = sv__ex_entry_with_scope(c->g, err->entry);
  if (e == SV_NONE)
    return NULL;
  return sv_graph_entry(c->g, e)->name_scope;
}

static bool error_shown(ctx *c, const sv_error *err)
{
  const sv_outcome *out = sv_model_outcome(c->m);
  if (out->graph == c->graph_index && out->error == err->id)
    return true;
  return err->caught;
}

static void collect_items(ctx *c)
{
  const sv_graph *g = c->g;
  size_t nops = sv_graph_op_count(g), nvars = sv_graph_var_count(g);
  if (c->o->ops || c->o->internal_ops) {
    c->op_item = sv__ex_xmalloc(sizeof *c->op_item * (nops ? nops : 1));
    for (size_t i = 0; i < nops; i++)
      c->op_item[i] = SV_NONE;
  }
  c->var_item = sv__ex_xmalloc(sizeof *c->var_item * (nvars ? nvars : 1));
  for (size_t i = 0; i < nvars; i++)
    c->var_item[i] = SV_NONE;

  size_t nev = sv_graph_event_count(g);
  for (size_t i = 0; i < nev; i++) {
    const sv_event *ev = sv_graph_event(g, i);
    switch (ev->kind) {
      case SV_EV_OP: {
        if (!c->op_item) /* ops hidden: no record read (none built) */
          break;
        const sv_op *op = sv_graph_op(g, ev->index);
        if (!op_shown(c, op))
          break;
        c->op_item[op->id] = c->nitems;
        add_item(c, IT_OP, op->id,
                 sv__ex_tree_add(&c->tree, op->name, strlen(op->name)));
        break;
      }
      case SV_EV_VAR: {
        const sv_var *v = sv_graph_var(g, ev->index);
        if (v->nbypassed > 0)
          add_item(c, IT_BYPASS, v->id, scope_node(c, v->name_scope_at_call));
        c->var_item[v->id] = c->nitems;
        add_item(c, IT_VAR, v->id,
                 sv__ex_tree_add(&c->tree, v->op_name, strlen(v->op_name)));
        break;
      }
      case SV_EV_GETVAR: {
        const sv_getvar *gv = sv_graph_getvar(g, ev->index);
        if (gv->outcome == SV_GETVAR_REUSED && gv->var != SV_NONE)
          add_item(c, IT_REUSE, gv->id, scope_node(c, gv->name_scope_at_call));
        break;
      }
      case SV_EV_ERROR: {
        const sv_error *err = sv_graph_error(g, ev->index);
        if (error_shown(c, err))
          add_item(c, IT_ERROR, err->id, scope_node(c, error_scope(c, err)));
        break;
      }
      default:
        break;
    }
  }
  /* An end that is not a TF error of this graph (a Python exception, a
   * rejection, a limit) is drawn at the root of the first graph. */
  const sv_outcome *out = sv_model_outcome(c->m);
  if (out->end != SV_END_OK && out->error == SV_NONE && c->graph_index == 0)
    add_item(c, IT_ERROR, SV_NONE, 0);
}

/* Every path collect_items puts an item at, and every entry's name scope,
 * into keep (with their prefixes): the nodes that can hold content when
 * ops are hidden. The rest of the scope tree (a node per op scope) is
 * never drawn; sv__ex_tree_build_kept leaves it out. */
static void collect_kept(ctx *c, sv_ex_tree *keep)
{
  const sv_graph *g = c->g;
  size_t nev = sv_graph_event_count(g);
  for (size_t i = 0; i < nev; i++) {
    const sv_event *ev = sv_graph_event(g, i);
    const char *s = NULL;
    switch (ev->kind) {
      case SV_EV_ENTER:
        s = sv_graph_entry(g, ev->index)->name_scope;
        break;
      case SV_EV_VAR: {
        const sv_var *v = sv_graph_var(g, ev->index);
        if (v->nbypassed > 0 && v->name_scope_at_call)
          sv__ex_tree_add(keep, v->name_scope_at_call,
                          sv__ex_path_trim(v->name_scope_at_call));
        sv__ex_tree_add(keep, v->op_name, strlen(v->op_name));
        break;
      }
      case SV_EV_GETVAR: {
        const sv_getvar *gv = sv_graph_getvar(g, ev->index);
        if (gv->outcome == SV_GETVAR_REUSED && gv->var != SV_NONE)
          s = gv->name_scope_at_call;
        break;
      }
      case SV_EV_ERROR: {
        const sv_error *err = sv_graph_error(g, ev->index);
        if (error_shown(c, err))
          s = error_scope(c, err);
        break;
      }
      default:
        break;
    }
    if (s)
      sv__ex_tree_add(keep, s, sv__ex_path_trim(s));
  }
}

/* The scope tree and the items: the whole tree when ops are shown or
 * `full`, else only the nodes that can be drawn. */
static void build_tree(ctx *c, bool full)
{
  sv__ex_tree_init(&c->tree);
  if (full || c->o->ops || c->o->internal_ops) {
    sv__ex_tree_build(&c->tree, c->g);
  } else {
    sv_ex_tree keep;
    sv__ex_tree_init(&keep);
    collect_kept(c, &keep);
    sv__ex_tree_build_kept(&c->tree, c->g, &keep);
    sv__ex_tree_fini(&keep);
  }
  collect_items(c);
}

static void unbuild_tree(ctx *c)
{
  sv__ex_tree_fini(&c->tree);
  sv__ex_xfree(c->items);
  sv__ex_xfree(c->op_item);
  sv__ex_xfree(c->var_item);
  c->items = NULL;
  c->op_item = c->var_item = NULL;
  c->nitems = c->items_cap = 0;
}

/* ---- planning: focus, series, budget ------------------------------------- */

static void link_items(ctx *c)
{
  uint32_t n = c->tree.count;
  c->ti = sv__ex_xcalloc(n, sizeof *c->ti);
  for (uint32_t i = 0; i < n; i++) {
    c->ti[i].first_item = c->ti[i].last_item = SV_NONE;
    c->ti[i].group = c->ti[i].vs_entry = c->ti[i].reentry = SV_NONE;
  }
  for (uint32_t k = 0; k < c->nitems; k++) {
    tinfo *t = &c->ti[c->items[k].tnode];
    if (t->last_item == SV_NONE)
      t->first_item = k;
    else
      c->items[t->last_item].next = k;
    t->last_item = k;
    t->own_items++;
    if (c->items[k].kind == IT_ERROR)
      t->sub_errors++;
  }
  /* Entries: which tree nodes a script entry opened, and variable scopes
   * whose name is a path (annotates prefixes nobody opened). */
  size_t nent = sv_graph_entry_count(c->g);
  for (size_t i = 0; i < nent; i++) {
    const sv_entry *e = sv_graph_entry(c->g, i);
    if (e->api == SV_API_VARIABLE_SCOPE && e->var_scope && e->var_scope[0]) {
      uint32_t id =
          sv__ex_tree_find(&c->tree, e->var_scope, strlen(e->var_scope));
      if (id != SV_NONE && c->ti[id].vs_entry == SV_NONE)
        c->ti[id].vs_entry = e->id;
    }
    size_t len;
    const char *s = sv__ex_entry_scope(e, &len);
    if (s && len > 0 && e->name_scope_rec == SV_NONE) {
      uint32_t id = sv__ex_tree_find(&c->tree, s, len);
      if (id != SV_NONE) {
        if (c->ti[id].reentry == SV_NONE)
          c->ti[id].reentry = e->id;
        c->ti[id].nreentries++;
      }
    }
  }
  /* Subtree sums, children before parents (indexes grow downwards). */
  for (uint32_t i = n; i-- > 0;) {
    tinfo *t = &c->ti[i];
    t->sub_items += t->own_items;
    if (i != 0 && c->tree.nodes[i].entry != SV_NONE)
      t->sub_scopes++;
    uint32_t p = c->tree.nodes[i].parent;
    if (p != SV_NONE) {
      c->ti[p].sub_items += t->sub_items;
      c->ti[p].sub_scopes += t->sub_scopes;
      c->ti[p].sub_errors += t->sub_errors;
    }
  }
}

static bool has_content(const ctx *c, uint32_t i)
{
  return c->ti[i].sub_items > 0 || c->ti[i].sub_scopes > 0;
}

/* Content strictly below node i. */
static bool has_content_below(const ctx *c, uint32_t i)
{
  const tinfo *t = &c->ti[i];
  uint32_t self_scope = (i != 0 && c->tree.nodes[i].entry != SV_NONE);
  return t->sub_items > t->own_items || t->sub_scopes > self_scope;
}

typedef struct series_key {
  uint32_t node;
  uint32_t key_len;
  uint64_t num;
} series_key;

static const ctx *sort_ctx; // qsort has no user pointer; set around calls

static int cmp_series(const void *pa, const void *pb)
{
  const series_key *a = pa, *b = pb;
  const sv_ex_node *na = &sort_ctx->tree.nodes[a->node];
  const sv_ex_node *nb = &sort_ctx->tree.nodes[b->node];
  size_t la, lb;
  const char *sa = sv__ex_path_leaf(na->path, na->len, &la);
  const char *sb = sv__ex_path_leaf(nb->path, nb->len, &lb);
  (void)la;
  (void)lb;
  size_t m = a->key_len < b->key_len ? a->key_len : b->key_len;
  int r = memcmp(sa, sb, m);
  if (r != 0)
    return r;
  if (a->key_len != b->key_len)
    return a->key_len < b->key_len ? -1 : 1;
  return a->node < b->node ? -1 : a->node > b->node;
}

static bool same_key(const ctx *c, const series_key *a, const series_key *b)
{
  if (a->key_len != b->key_len)
    return false;
  const sv_ex_node *na = &c->tree.nodes[a->node];
  const sv_ex_node *nb = &c->tree.nodes[b->node];
  size_t la, lb;
  const char *sa = sv__ex_path_leaf(na->path, na->len, &la);
  const char *sb = sv__ex_path_leaf(nb->path, nb->len, &lb);
  return memcmp(sa, sb, a->key_len) == 0;
}

static void find_series(ctx *c)
{
  if (!c->o->group_series)
    return;
  series_key *keys = NULL;
  uint32_t cap = 0;
  for (uint32_t p = 0; p < c->tree.count; p++) {
    uint32_t nk = 0;
    for (uint32_t ch = c->tree.nodes[p].first_child; ch != SV_NONE;
         ch = c->tree.nodes[ch].next_sibling) {
      if (!has_content(c, ch) || c->ti[ch].sub_errors > 0)
        continue; // an error stays where it happened
      size_t len, key_len;
      uint64_t num;
      const char *leaf = sv__ex_path_leaf(c->tree.nodes[ch].path,
                                          c->tree.nodes[ch].len, &len);
      if (!sv__ex_series_split(leaf, len, &key_len, &num))
        continue;
      if (nk == cap) {
        cap = cap ? cap * 2 : 64;
        keys = sv__ex_xrealloc(keys, sizeof *keys * cap);
      }
      keys[nk++] = (series_key){ch, (uint32_t)key_len, num};
    }
    if (nk < SERIES_MIN)
      continue;
    sort_ctx = c;
    qsort(keys, nk, sizeof *keys, cmp_series);
    sort_ctx = NULL;
    for (uint32_t s = 0; s < nk;) {
      uint32_t e = s + 1;
      while (e < nk && same_key(c, &keys[s], &keys[e]))
        e++;
      if (e - s >= SERIES_MIN) {
        if (c->ngroups == c->groups_cap) {
          c->groups_cap = c->groups_cap ? c->groups_cap * 2 : 16;
          c->groups =
              sv__ex_xrealloc(c->groups, sizeof *c->groups * c->groups_cap);
        }
        uint32_t gi = c->ngroups++;
        group *gr = &c->groups[gi];
        memset(gr, 0, sizeof *gr);
        gr->parent = p;
        gr->first = SV_NONE;
        gr->key_len = keys[s].key_len;
        gr->lo = UINT64_MAX;
        for (uint32_t k = s; k < e; k++) {
          uint32_t node = keys[k].node;
          c->ti[node].group = gi;
          if (gr->first == SV_NONE || node < gr->first)
            gr->first = node;
          if (keys[k].num < gr->lo)
            gr->lo = keys[k].num;
          if (keys[k].num > gr->hi)
            gr->hi = keys[k].num;
          gr->count++;
          gr->items += c->ti[node].sub_items;
          gr->scopes += c->ti[node].sub_scopes;
        }
      }
      s = e;
    }
  }
  sv__ex_xfree(keys);
}

static uint32_t rel_depth(const ctx *c, uint32_t i)
{
  return c->tree.nodes[i].depth - c->tree.nodes[c->focus].depth;
}

static bool in_focus(const ctx *c, uint32_t i)
{
  return sv__ex_tree_is_ancestor(&c->tree, c->focus, i);
}

/* Nodes drawn if clusters stop at relative depth `cut`: estimated per
 * depth so the cut is found in one pass over the tree. */
static void choose_cut(ctx *c, size_t budget)
{
  uint32_t maxd = 0;
  for (uint32_t i = 0; i < c->tree.count; i++)
    if (in_focus(c, i) && rel_depth(c, i) > maxd)
      maxd = rel_depth(c, i);
  /* own[d]: nodes drawn at depth d when d <= cut; edge[d]: nodes drawn at
   * depth d when d == cut + 1. Series members count once per group. */
  uint64_t *own = sv__ex_xcalloc(maxd + 2, sizeof *own);
  uint64_t *edge = sv__ex_xcalloc(maxd + 2, sizeof *edge);
  for (uint32_t i = 0; i < c->tree.count; i++) {
    if (!in_focus(c, i) || !has_content(c, i))
      continue;
    /* Inside a series member: never drawn. */
    bool hidden = false;
    for (uint32_t a = c->tree.nodes[i].parent;
         a != SV_NONE && a != c->focus && !hidden; a = c->tree.nodes[a].parent)
      hidden = c->ti[a].group != SV_NONE;
    if (hidden)
      continue;
    uint32_t d = rel_depth(c, i);
    if (c->ti[i].group != SV_NONE) {
      if (c->groups[c->ti[i].group].first == i) {
        own[d]++;
        edge[d]++;
      }
      continue;
    }
    bool below = has_content_below(c, i);
    own[d] += c->ti[i].own_items + (below || c->tree.nodes[i].entry != SV_NONE);
    edge[d] += below ? 1 : c->ti[i].own_items;
  }
  uint32_t limit = c->o->depth > 0 ? (uint32_t)c->o->depth : maxd;
  if (limit > maxd)
    limit = maxd;
  uint64_t sum = 0;
  uint32_t best = 0;
  bool fits_any = false;
  for (uint32_t cut = 0; cut <= limit; cut++) {
    sum += own[cut];
    uint64_t total = sum + edge[cut + 1];
    if (total <= budget) {
      best = cut;
      fits_any = true;
    } else {
      break;
    }
  }
  if (!fits_any)
    best = 0;
  c->budget_cut = best < limit;
  c->cut = best;
  sv__ex_xfree(own);
  sv__ex_xfree(edge);
}

static void assign_targets(ctx *c, size_t budget)
{
  for (uint32_t i = 0; i < c->tree.count; i++) {
    tinfo *t = &c->ti[i];
    uint32_t p = c->tree.nodes[i].parent;
    if (!in_focus(c, i)) {
      t->tk = TK_HIDDEN;
      continue;
    }
    if (i != c->focus && p != SV_NONE && c->ti[p].tk != TK_SELF) {
      t->tk = c->ti[p].tk;
      t->tref = c->ti[p].tref;
      continue;
    }
    if (i == c->focus) {
      t->tk = TK_SELF;
      t->cluster = i != 0;
      continue;
    }
    bool counted = has_content(c, i);
    if (t->group != SV_NONE) {
      t->tk = TK_GROUP;
      t->tref = t->group;
      counted = c->groups[t->group].first == i;
    } else if (rel_depth(c, i) > c->cut && has_content_below(c, i)) {
      t->tk = TK_SUMMARY;
      t->tref = i;
    } else if (rel_depth(c, i) > c->cut + 1) {
      t->tk = TK_SUMMARY; // only reachable through a plain ancestor
      t->tref = i;
    } else {
      t->tk = TK_SELF;
      t->cluster = has_content_below(c, i) ||
                   (c->tree.nodes[i].entry != SV_NONE && rel_depth(c, i) <=
                                                             c->cut);
      if (!t->cluster && t->own_items == 0 &&
          c->tree.nodes[i].entry != SV_NONE) {
        t->tk = TK_SUMMARY; // an empty scope below the cut
        t->tref = i;
      }
    }
    if (counted && ++c->ti[p].shown_children > budget) {
      t->tk = TK_MORE;
      t->tref = p;
      c->ti[p].nmore++;
    }
  }
}

/* ---- labels ----------------------------------------------------------------- */

static const char *TABLE_OPEN =
    "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
    "CELLPADDING=\"1\">";

static void row_begin(sv_ex_buf *b, int size, const char *color)
{
  sv__ex_buf_appends(b, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">");
  if (size || color) {
    sv__ex_buf_appends(b, "<FONT");
    if (size)
      sv__ex_buf_appendf(b, " POINT-SIZE=\"%d\"", size);
    if (color)
      sv__ex_buf_appendf(b, " COLOR=\"%s\"", color);
    sv__ex_buf_putc(b, '>');
  }
}

static void row_end(sv_ex_buf *b, int size, const char *color)
{
  if (size || color)
    sv__ex_buf_appends(b, "</FONT>");
  sv__ex_buf_appends(b, "</TD></TR>");
}

/* Cluster of tree node i: what opened it. */
static void style_cluster(ctx *c, Agraph_t *sg, uint32_t i)
{
  const sv_ex_node *n = &c->tree.nodes[i];
  const sv_graph *g = c->g;
  sv_ex_buf *b = &c->b;
  const sv_name_scope *ns =
      n->ns != SV_NONE ? sv_graph_name_scope(g, n->ns) : NULL;
  const sv_entry *opener = NULL;
  if (ns && ns->opener == SV_NS_ENTRY && ns->entry != SV_NONE)
    opener = sv_graph_entry(g, ns->entry);
  const sv_entry *first = n->entry != SV_NONE ? sv_graph_entry(g, n->entry)
                                              : NULL;
  size_t leaf_len;
  const char *leaf = sv__ex_path_leaf(n->path, n->len, &leaf_len);

  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  sv__ex_buf_appends(b, "<TR><TD ALIGN=\"LEFT\"><B>");
  if (leaf_len == 0)
    sv__ex_buf_appends(b, "(empty name)");
  else
    sv__ex_html_escape(b, leaf, leaf_len);
  sv__ex_buf_appends(b, "/</B></TD></TR>");

  const char *fill, *line, *style;
  if (opener || (!ns && first && first->how != SV_HOW_REENTRY)) {
    const sv_entry *e = opener ? opener : first;
    bool vs = e->api == SV_API_VARIABLE_SCOPE;
    fill = vs ? C_VS_FILL : C_NS_FILL;
    line = vs ? C_VS_LINE : C_NS_LINE;
    style = "rounded,filled";
    row_begin(b, 10, line);
    describe_entry(b, e);
    row_end(b, 10, line);
    if (vs && e->var_scope) {
      size_t vlen = strlen(e->var_scope);
      if (vlen != n->len || memcmp(e->var_scope, n->path, vlen) != 0) {
        row_begin(b, 10, C_VS_LINE);
        sv__ex_buf_appends(b, "<B>variable scope ");
        sv__ex_html_quoted(b, e->var_scope);
        sv__ex_buf_appends(b, "</B> (get_variable names start there)");
        row_end(b, 10, C_VS_LINE);
      }
    }
    if (e->reuse != SV_REUSE_FALSE && vs && e->arg_reuse == SV_REUSE_ARG_NONE) {
      row_begin(b, 10, line);
      sv__ex_buf_appends(b, e->reuse == SV_REUSE_AUTO
                                ? "reuse inherited: tf.AUTO_REUSE"
                                : "reuse inherited: True");
      row_end(b, 10, line);
    }
  } else if (first && !ns) {
    fill = C_RE_FILL;
    line = C_RE_LINE;
    style = "rounded,filled,dashed";
    row_begin(b, 10, line);
    sv__ex_buf_appends(b, "re-entered (never opened under this name): ");
    describe_entry(b, first);
    row_end(b, 10, line);
  } else if (ns && ns->opener == SV_NS_VARIABLE) {
    fill = "white";
    line = C_VAR_LINE;
    style = "rounded,dashed";
    row_begin(b, 10, line);
    sv__ex_buf_appends(b, "the variable's own name scope");
    row_end(b, 10, line);
  } else if (ns) {
    fill = "white";
    line = C_OP_LINE;
    style = "rounded,dashed";
    row_begin(b, 10, line);
    sv__ex_buf_appends(b, ns->opener == SV_NS_OP ? "an op's name scope"
                                                 : "a scope TF opened itself");
    row_end(b, 10, line);
  } else {
    fill = "white";
    line = C_IMPLICIT;
    style = "dotted";
    row_begin(b, 10, "#616161");
    sv__ex_buf_appends(b, "prefix only: no name scope was entered here");
    row_end(b, 10, "#616161");
    if (c->ti[i].vs_entry != SV_NONE) {
      const sv_entry *ve = sv_graph_entry(g, c->ti[i].vs_entry);
      row_begin(b, 10, C_VS_LINE);
      sv__ex_buf_appends(b, "variable scope ");
      sv__ex_html_quoted(b, ve->var_scope);
      sv__ex_buf_appends(b, " of<BR/>");
      describe_entry(b, ve);
      row_end(b, 10, C_VS_LINE);
    }
  }
  if (ns && ns->rename != SV_NONE) {
    row_begin(b, 10, C_SUFFIX);
    describe_rename(c, b, ns->rename);
    row_end(b, 10, C_SUFFIX);
  }
  const tinfo *t = &c->ti[i];
  if (t->reentry != SV_NONE && (ns || t->reentry != n->entry)) {
    /* Opened once, then entered again by its absolute name. */
    row_begin(b, 10, C_RE_LINE);
    sv__ex_buf_appends(b, "re-entered by ");
    describe_entry(b, sv_graph_entry(g, t->reentry));
    if (t->nreentries > 1)
      sv__ex_buf_appendf(b, " and %u more time%s", t->nreentries - 1,
                         t->nreentries == 2 ? "" : "s");
    row_end(b, 10, C_RE_LINE);
  } else if (n->nentries > 1) {
    row_begin(b, 10, line);
    sv__ex_buf_appendf(b, "entered %u times", n->nentries);
    row_end(b, 10, line);
  }
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(sg, "label", b->data);
  set_attr(sg, "style", style);
  set_attr(sg, "fillcolor", fill);
  set_attr(sg, "color", line);
  set_attr(sg, "labeljust", "l");
  set_attr(sg, "penwidth", opener && opener->api == SV_API_VARIABLE_SCOPE
                               ? "2"
                               : "1");
}

static void label_var(ctx *c, Agnode_t *an, const sv_var *v)
{
  sv_ex_buf *b = &c->b;
  bool gv = v->creator == SV_CREATOR_GET_VARIABLE;
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  row_begin(b, 0, NULL);
  sv__ex_buf_appends(b, "<B>");
  sv__ex_html_escapes(b, v->name);
  sv__ex_buf_appends(b, "</B>");
  row_end(b, 0, NULL);
  row_begin(b, 10, gv ? C_GV_LINE : C_VAR_LINE);
  if (gv) {
    sv__ex_buf_appends(b, "tf.get_variable(");
    const sv_getvar *call = v->getvar != SV_NONE
                                ? sv_graph_getvar(c->g, v->getvar)
                                : NULL;
    sv__ex_html_quoted(b, call ? call->name : v->requested);
    sv__ex_buf_putc(b, ')');
  } else {
    sv__ex_buf_appends(b, "tf.Variable(name=");
    sv__ex_html_quoted(b, v->requested);
    sv__ex_buf_putc(b, ')');
  }
  append_line_no(b, v->loc);
  row_end(b, 10, gv ? C_GV_LINE : C_VAR_LINE);
  row_begin(b, 10, NULL);
  sv__ex_buf_appends(b, "shape ");
  append_shape(b, &v->shape);
  sv__ex_buf_appends(b, ", ");
  sv__ex_html_escapes(b, sv_dtype_name(v->dtype));
  if (!v->trainable)
    sv__ex_buf_appends(b, ", trainable=False");
  row_end(b, 10, NULL);
  if (gv && v->store_key &&
      (strlen(v->store_key) != strlen(v->op_name) ||
       strcmp(v->store_key, v->op_name) != 0)) {
    row_begin(b, 10, C_GV_LINE);
    sv__ex_buf_appends(b, "store key ");
    sv__ex_html_quoted(b, v->store_key);
    row_end(b, 10, C_GV_LINE);
  }
  if (v->rename != SV_NONE) {
    row_begin(b, 10, C_SUFFIX);
    describe_rename(c, b, v->rename);
    row_end(b, 10, C_SUFFIX);
  }
  if (v->nbypassed > 0) {
    /* The innermost bypassed scope: the one the call site sits in. */
    size_t len;
    const char *s =
        sv__ex_entry_scope(sv_graph_entry(c->g, v->bypassed[0]), &len);
    row_begin(b, 10, C_BYPASS);
    if (!strchr(v->op_name, '/'))
      sv__ex_buf_appends(b, "at the top level, ");
    sv__ex_buf_appends(b, "not under name scope &#39;");
    if (s)
      sv__ex_html_escape(b, s, len);
    sv__ex_buf_appends(b, "&#39; where it was called");
    row_end(b, 10, C_BYPASS);
  }
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(an, "label", b->data);
  set_attr(an, "shape", "box");
  if (gv) {
    set_attr(an, "style", "rounded,filled,bold");
    set_attr(an, "fillcolor", C_GV_FILL);
    set_attr(an, "color", C_GV_LINE);
  } else {
    set_attr(an, "style", "filled");
    set_attr(an, "fillcolor", C_VAR_FILL);
    set_attr(an, "color", C_VAR_LINE);
  }
}

static void label_op(ctx *c, Agnode_t *an, const sv_op *op)
{
  sv_ex_buf *b = &c->b;
  const sv_ex_node *n =
      &c->tree.nodes[sv__ex_tree_find(&c->tree, op->name, strlen(op->name))];
  size_t leaf_len;
  const char *leaf = sv__ex_path_leaf(n->path, n->len, &leaf_len);
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  row_begin(b, 10, NULL);
  sv__ex_html_escape(b, leaf, leaf_len);
  row_end(b, 10, NULL);
  row_begin(b, 8, C_OP_LINE);
  sv__ex_html_escapes(b, op->type);
  sv__ex_buf_appends(b, " ");
  append_shape(b, &op->shape);
  sv__ex_buf_appends(b, " ");
  sv__ex_html_escapes(b, sv_dtype_name(op->dtype));
  row_end(b, 8, C_OP_LINE);
  if (op->rename != SV_NONE && op->rename < sv_graph_rename_count(c->g)) {
    row_begin(b, 8, C_SUFFIX);
    describe_rename(c, b, op->rename);
    row_end(b, 8, C_SUFFIX);
  }
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(an, "label", b->data);
  set_attr(an, "shape", "ellipse");
  set_attr(an, "color", C_OP_LINE);
  if (op->internal || op->role != SV_OP_USER)
    set_attr(an, "style", "dashed");
}

static void label_bypass(ctx *c, Agnode_t *an, const sv_var *v)
{
  sv_ex_buf *b = &c->b;
  const sv_getvar *call =
      v->getvar != SV_NONE ? sv_graph_getvar(c->g, v->getvar) : NULL;
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  row_begin(b, 10, C_BYPASS);
  sv__ex_buf_appends(b, "<B>tf.get_variable(");
  sv__ex_html_quoted(b, call ? call->name : v->requested);
  sv__ex_buf_appends(b, ")</B>");
  append_line_no(b, v->loc);
  row_end(b, 10, C_BYPASS);
  row_begin(b, 10, C_BYPASS);
  sv__ex_buf_appends(b, "called here; the variable lives elsewhere");
  row_end(b, 10, C_BYPASS);
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(an, "label", b->data);
  set_attr(an, "shape", "note");
  set_attr(an, "style", "dashed");
  set_attr(an, "color", C_BYPASS);
}

static void label_reuse(ctx *c, Agnode_t *an, const sv_getvar *gv)
{
  sv_ex_buf *b = &c->b;
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  row_begin(b, 10, C_REUSE);
  sv__ex_buf_appends(b, "<B>tf.get_variable(");
  sv__ex_html_quoted(b, gv->name);
  sv__ex_buf_appends(b, ")</B>");
  append_line_no(b, gv->loc);
  row_end(b, 10, C_REUSE);
  row_begin(b, 10, C_REUSE);
  sv__ex_buf_appends(b, gv->reuse == SV_REUSE_AUTO
                            ? "reuse=tf.AUTO_REUSE: found "
                            : "reuse=True: found ");
  sv__ex_html_quoted(b, gv->full);
  row_end(b, 10, C_REUSE);
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(an, "label", b->data);
  set_attr(an, "shape", "note");
  set_attr(an, "color", C_REUSE);
}

static void label_error(ctx *c, Agnode_t *an, uint32_t error)
{
  sv_ex_buf *b = &c->b;
  const sv_outcome *out = sv_model_outcome(c->m);
  const sv_error *err =
      error != SV_NONE ? sv_graph_error(c->g, error) : NULL;
  const char *type = err ? err->type : out->type;
  const char *msg = err ? err->message : out->message;
  sv_loc loc = err ? err->loc : out->loc;
  bool stopped = !err || !err->caught;
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  row_begin(b, 0, C_ERR_LINE);
  sv__ex_buf_appends(b, "<B>");
  sv__ex_html_escapes(b, type ? type : "error");
  sv__ex_buf_appends(b, "</B>");
  if (loc.line)
    sv__ex_buf_appendf(b, " at line %u", loc.line);
  sv__ex_buf_appends(b, stopped ? ": the script stopped here"
                                : " (caught by the script)");
  row_end(b, 0, C_ERR_LINE);
  if (err && err->call) {
    row_begin(b, 10, C_ERR_LINE);
    sv__ex_buf_appends(b, "raised by ");
    sv__ex_html_escapes(b, err->call);
    if (err->getvar != SV_NONE) {
      const sv_getvar *gv = sv_graph_getvar(c->g, err->getvar);
      sv__ex_buf_putc(b, '(');
      sv__ex_html_quoted(b, gv->name);
      sv__ex_buf_putc(b, ')');
    }
    row_end(b, 10, C_ERR_LINE);
  }
  if (msg) {
    row_begin(b, 10, NULL);
    append_wrapped(b, msg);
    row_end(b, 10, NULL);
  }
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(an, "label", b->data);
  set_attr(an, "shape", "box");
  set_attr(an, "style", stopped ? "filled,bold" : "filled,dashed");
  set_attr(an, "fillcolor", C_ERR_FILL);
  set_attr(an, "color", C_ERR_LINE);
  if (stopped)
    set_attr(an, "penwidth", "2");
}

/* Summary of a collapsed subtree: "layer_[0-99] (100)" or "deep/ ...". */
static void label_summary(ctx *c, Agnode_t *an, const char *title,
                          size_t title_len, bool series, const group *gr,
                          uint32_t items, uint32_t scopes)
{
  sv_ex_buf *b = &c->b;
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, TABLE_OPEN);
  row_begin(b, 0, NULL);
  sv__ex_buf_appends(b, "<B>");
  sv__ex_html_escape(b, title, title_len);
  if (series)
    sv__ex_buf_appendf(b, "[%llu-%llu] (%u)", (unsigned long long)gr->lo,
                       (unsigned long long)gr->hi, gr->count);
  else
    sv__ex_buf_appends(b, "/ ...");
  sv__ex_buf_appends(b, "</B>");
  row_end(b, 0, NULL);
  row_begin(b, 10, "#455a64");
  sv__ex_buf_appendf(b, "%s: %u scope%s, %u node%s inside",
                     series ? "series, collapsed" : "collapsed", scopes,
                     scopes == 1 ? "" : "s", items, items == 1 ? "" : "s");
  row_end(b, 10, "#455a64");
  sv__ex_buf_appends(b, "</TABLE>");
  set_html(an, "label", b->data);
  set_attr(an, "shape", "box3d");
  set_attr(an, "style", "filled");
  set_attr(an, "fillcolor", C_SUMMARY_FILL);
  set_attr(an, "color", "#455a64");
}

/* ---- emission ------------------------------------------------------------- */

static Agraph_t *container_of(ctx *c, uint32_t i)
{
  if (i == SV_NONE || c->ti[i].tk == TK_HIDDEN)
    return c->top;
  return c->ti[i].container ? c->ti[i].container : c->top;
}

static Agnode_t *rep_node(ctx *c, uint32_t tnode)
{
  tinfo *t = &c->ti[tnode];
  Agraph_t *in;
  switch (t->tk) {
    case TK_GROUP: {
      group *gr = &c->groups[t->tref];
      if (!gr->an) {
        in = container_of(c, gr->parent);
        gr->an = new_node(c, in);
        const sv_ex_node *n = &c->tree.nodes[gr->first];
        size_t len;
        const char *leaf = sv__ex_path_leaf(n->path, n->len, &len);
        label_summary(c, gr->an, leaf, gr->key_len, true, gr, gr->items,
                      gr->scopes);
      }
      return gr->an;
    }
    case TK_SUMMARY: {
      tinfo *s = &c->ti[t->tref];
      if (!s->rep) {
        in = container_of(c, c->tree.nodes[t->tref].parent);
        s->rep = new_node(c, in);
        const sv_ex_node *n = &c->tree.nodes[t->tref];
        size_t len;
        const char *leaf = sv__ex_path_leaf(n->path, n->len, &len);
        label_summary(c, s->rep, leaf, len, false, NULL, s->sub_items,
                      s->sub_scopes);
      }
      return s->rep;
    }
    case TK_MORE: {
      tinfo *p = &c->ti[t->tref];
      if (!p->more) {
        p->more = new_node(c, container_of(c, t->tref));
        sv_ex_buf *b = &c->b;
        sv__ex_buf_clear(b);
        sv__ex_buf_appendf(b,
                           "<FONT POINT-SIZE=\"10\">... and %u more here "
                           "(node budget reached)</FONT>",
                           p->nmore);
        set_html(p->more, "label", b->data);
        set_attr(p->more, "shape", "box");
        set_attr(p->more, "style", "dashed");
      }
      return p->more;
    }
    default:
      return NULL;
  }
}

static Agnode_t *item_node(ctx *c, uint32_t k)
{
  if (k == SV_NONE)
    return NULL;
  item *it = &c->items[k];
  if (it->an)
    return it->an;
  if (c->ti[it->tnode].tk == TK_HIDDEN || c->ti[it->tnode].tk == TK_SELF)
    return NULL;
  return rep_node(c, it->tnode);
}

static void draw_item(ctx *c, uint32_t k, Agraph_t *in)
{
  item *it = &c->items[k];
  it->an = new_node(c, in);
  switch (it->kind) {
    case IT_VAR:
      label_var(c, it->an, sv_graph_var(c->g, it->index));
      break;
    case IT_OP:
      label_op(c, it->an, sv_graph_op(c->g, it->index));
      break;
    case IT_BYPASS:
      label_bypass(c, it->an, sv_graph_var(c->g, it->index));
      break;
    case IT_REUSE:
      label_reuse(c, it->an, sv_graph_getvar(c->g, it->index));
      break;
    case IT_ERROR:
      label_error(c, it->an, it->index);
      break;
  }
}

/* Pre-order walk from the focus, iterative (scope trees can be thousands
 * of levels deep). Clusters and nodes are created in this order. */
static void emit_tree(ctx *c)
{
  uint32_t i = c->focus;
  for (;;) {
    tinfo *t = &c->ti[i];
    const sv_ex_node *n = &c->tree.nodes[i];
    bool descend = false;
    if (t->tk == TK_SELF) {
      Agraph_t *parent_in =
          i == c->focus ? c->top : container_of(c, n->parent);
      if (t->cluster) {
        t->container = new_cluster(c, parent_in);
        style_cluster(c, t->container, i);
      } else {
        t->container = parent_in;
      }
      for (uint32_t k = t->first_item; k != SV_NONE; k = c->items[k].next)
        draw_item(c, k, t->container);
      if (t->cluster && t->own_items == 0 && !has_content_below(c, i)) {
        Agnode_t *an = new_node(c, t->container);
        set_html(an, "label", "<FONT POINT-SIZE=\"9\">(empty)</FONT>");
        set_attr(an, "shape", "plaintext");
      }
      descend = true;
    } else if (t->tk != TK_HIDDEN && has_content(c, i)) {
      rep_node(c, i);
    }
    if (descend && n->first_child != SV_NONE) {
      i = n->first_child;
      continue;
    }
    while (i != c->focus && c->tree.nodes[i].next_sibling == SV_NONE)
      i = c->tree.nodes[i].parent;
    if (i == c->focus)
      break;
    i = c->tree.nodes[i].next_sibling;
  }
}

/* The drawn node of whoever took the name that rename r suffixed, or NULL
 * (a scope entry: its cluster label says it; an op not shown). */
static Agnode_t *taker_node(ctx *c, uint32_t rename)
{
  const sv_rename *r = sv_graph_rename(c->g, rename);
  taker t = resolve_taker(c->g, r->taken_by_kind, r->taken_by);
  if (t.kind == TAKER_VAR)
    return item_node(c, c->var_item[t.id]);
  if (t.kind == TAKER_OP && c->op_item)
    return item_node(c, c->op_item[t.id]);
  return NULL;
}

static void collect_edges(ctx *c)
{
  const sv_graph *g = c->g;
  for (uint32_t k = 0; k < c->nitems; k++) {
    item *it = &c->items[k];
    Agnode_t *from = item_node(c, k);
    if (!from)
      continue;
    switch (it->kind) {
      case IT_BYPASS: {
        const sv_var *v = sv_graph_var(g, it->index);
        add_edge(c, from, item_node(c, c->var_item[v->id]), EK_BYPASS, v->id,
                 0);
        break;
      }
      case IT_REUSE: {
        const sv_getvar *gv = sv_graph_getvar(g, it->index);
        if (gv->var < sv_graph_var_count(g))
          add_edge(c, from, item_node(c, c->var_item[gv->var]), EK_REUSE,
                   gv->id, 0);
        break;
      }
      case IT_VAR: {
        const sv_var *v = sv_graph_var(g, it->index);
        if (v->rename != SV_NONE && v->rename < sv_graph_rename_count(g))
          add_edge(c, from, taker_node(c, v->rename), EK_SUFFIX, v->rename,
                   0);
        break;
      }
      case IT_ERROR: {
        if (it->index == SV_NONE)
          break;
        const sv_error *err = sv_graph_error(g, it->index);
        if (err->getvar == SV_NONE)
          break;
        const sv_getvar *gv = sv_graph_getvar(g, err->getvar);
        /* The variable the message is about: in the store under that key
         * (already exists), or a tf.Variable of the same name that the
         * store never saw (does not exist). */
        size_t nv = sv_graph_var_count(g);
        uint32_t hit = SV_NONE, kind = 0;
        for (size_t vi = 0; vi < nv && hit == SV_NONE; vi++) {
          const sv_var *v = sv_graph_var(g, vi);
          if (v->store_key && strcmp(v->store_key, gv->full) == 0)
            hit = (uint32_t)vi, kind = 1;
        }
        for (size_t vi = 0; vi < nv && hit == SV_NONE; vi++) {
          const sv_var *v = sv_graph_var(g, vi);
          if (v->creator == SV_CREATOR_VARIABLE &&
              strcmp(v->op_name, gv->full) == 0)
            hit = (uint32_t)vi, kind = 2;
        }
        if (hit != SV_NONE)
          add_edge(c, from, item_node(c, c->var_item[hit]), EK_ERROR_LINK,
                   hit, kind);
        break;
      }
      case IT_OP: {
        const sv_op *op = sv_graph_op(g, it->index);
        if (op->rename != SV_NONE && op->rename < sv_graph_rename_count(g))
          add_edge(c, from, taker_node(c, op->rename), EK_SUFFIX, op->rename,
                   0);
        for (uint32_t in = 0; in < op->ninputs; in++) {
          uint32_t src = op->inputs[in];
          if (src >= sv_graph_op_count(g))
            continue;
          const sv_op *sop = sv_graph_op(g, src);
          Agnode_t *sn = c->op_item ? item_node(c, c->op_item[src]) : NULL;
          if (!sn && sop->var != SV_NONE && sop->var < sv_graph_var_count(g))
            sn = item_node(c, c->var_item[sop->var]);
          add_edge(c, sn, from, EK_INPUT, 0, 0);
        }
        break;
      }
    }
  }
}

static void edge_label(ctx *c, const edge_rec *e)
{
  sv_ex_buf *b = &c->b;
  const sv_graph *g = c->g;
  sv__ex_buf_clear(b);
  sv__ex_buf_appends(b, "<FONT POINT-SIZE=\"10\">");
  switch (e->kind) {
    case EK_BYPASS: {
      const sv_var *v = sv_graph_var(g, e->a);
      for (uint32_t k = 0; k < v->nbypassed; k++) {
        const sv_entry *be = sv_graph_entry(g, v->bypassed[k]);
        size_t len;
        const char *s = sv__ex_entry_scope(be, &len);
        if (k)
          sv__ex_buf_appends(b, "<BR/>");
        if (be->api == SV_API_VARIABLE_SCOPE && be->var_scope) {
          sv__ex_buf_appends(b, "get_variable uses variable scope ");
          sv__ex_html_quoted(b, be->var_scope);
          sv__ex_buf_appends(b, ",<BR/>ignores name scope &#39;");
        } else {
          sv__ex_buf_appends(b, "get_variable ignores<BR/>name_scope &#39;");
        }
        if (s)
          sv__ex_html_escape(b, s, len);
        sv__ex_buf_appends(b, "&#39;");
      }
      break;
    }
    case EK_REUSE:
      sv__ex_buf_appends(b, "reused");
      break;
    case EK_SUFFIX: {
      const sv_rename *r = sv_graph_rename(g, e->a);
      sv__ex_html_quoted(b, r->requested);
      sv__ex_buf_appendf(b, " taken here,<BR/>so suffix _%u", r->suffix);
      break;
    }
    case EK_ERROR_LINK:
      sv__ex_buf_appends(b, e->b == 1
                                ? "already in the store"
                                : "same name, but tf.Variable<BR/>is not "
                                  "in get_variable&#39;s store");
      break;
    default:
      break;
  }
  if (e->count > 1)
    sv__ex_buf_appendf(b, "<BR/>(%u times)", e->count);
  sv__ex_buf_appends(b, "</FONT>");
}

static void emit_edges(ctx *c)
{
  for (uint32_t i = 0; i < c->nedges; i++) {
    const edge_rec *e = &c->edges[i];
    Agedge_t *ae = agedge(c->root, e->from, e->to, NULL, 1);
    if (e->kind != EK_INPUT) {
      edge_label(c, e);
      set_html(ae, "label", c->b.data);
    }
    switch (e->kind) {
      case EK_BYPASS:
        set_attr(ae, "color", C_BYPASS);
        set_attr(ae, "fontcolor", C_BYPASS);
        set_attr(ae, "style", "dashed");
        set_attr(ae, "penwidth", "2");
        break;
      case EK_REUSE:
        set_attr(ae, "color", C_REUSE);
        set_attr(ae, "fontcolor", C_REUSE);
        set_attr(ae, "penwidth", "2");
        break;
      case EK_SUFFIX:
        set_attr(ae, "color", C_SUFFIX);
        set_attr(ae, "fontcolor", C_SUFFIX);
        set_attr(ae, "style", "dotted");
        set_attr(ae, "penwidth", "2");
        set_attr(ae, "constraint", "false");
        break;
      case EK_ERROR_LINK:
        set_attr(ae, "color", C_ERR_LINE);
        set_attr(ae, "fontcolor", C_ERR_LINE);
        set_attr(ae, "style", "dotted");
        set_attr(ae, "constraint", "false");
        break;
      default:
        set_attr(ae, "color", "#90a4ae");
        break;
    }
  }
}

/* ---- the legend -------------------------------------------------------------- */

static void emit_legend(Agraph_t *root, uint32_t *next_id)
{
  /* docs/diagrams.md "The legend" explains the same rows: keep both in
   * step. */
  static const char *const rows[][3] = {
      /* swatch fill, swatch border, text */
      {C_NS_FILL, C_NS_LINE,
       "blue box: a name scope opened by tf.name_scope"},
      {C_VS_FILL, C_VS_LINE,
       "green box (thick): a name scope opened by tf.variable_scope "
       "(shows its variable scope when it differs)"},
      {C_RE_FILL, C_RE_LINE,
       "grey dashed box: re-entered by its full name (ending in /), never "
       "opened under it"},
      {"white", C_IMPLICIT,
       "dotted box: a name prefix no scope entry opened "
       "(auxiliary_name_scope=False, or a get_variable name)"},
      {C_VAR_FILL, C_VAR_LINE,
       "orange box: tf.Variable, named by the current name scope"},
      {C_GV_FILL, C_GV_LINE,
       "purple rounded box: tf.get_variable, named by the variable scope "
       "only"},
      {"white", C_BYPASS,
       "red dashed note: a get_variable call inside a name_scope it "
       "ignores"},
      {"white", C_REUSE,
       "blue note: a get_variable call that returned an existing "
       "variable"},
      {C_SUMMARY_FILL, "#455a64",
       "grey 3-D box: collapsed series (layer_[0-99]) or a subtree below "
       "the depth cut"},
      {C_ERR_FILL, C_ERR_LINE, "red box: the error, where it was raised"},
  };
  static const char *const arrows[][2] = {
      {C_BYPASS, "red dashed arrow: from the get_variable call to where "
                 "the variable really lives"},
      {C_REUSE, "blue arrow: from the reusing call to the variable it "
                "returned"},
      {C_SUFFIX, "orange dotted arrow: _N suffix; points to what already "
                 "had the name"},
      {C_ERR_LINE, "dark red dotted arrow: the variable the error is "
                   "about"},
  };
  sv_ex_buf b;
  sv__ex_buf_init(&b);
  sv__ex_buf_appends(&b, "<TABLE BORDER=\"1\" COLOR=\"#9e9e9e\" "
                         "CELLBORDER=\"0\" CELLSPACING=\"2\" "
                         "CELLPADDING=\"2\">"
                         "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    sv__ex_buf_appendf(&b,
                       "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"%s\" "
                       "WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">"
                       "<FONT POINT-SIZE=\"10\">%s</FONT></TD></TR>",
                       rows[i][0], rows[i][1], rows[i][2]);
  for (size_t i = 0; i < sizeof arrows / sizeof arrows[0]; i++)
    sv__ex_buf_appendf(&b,
                       "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">"
                       "<FONT POINT-SIZE=\"10\" COLOR=\"%s\">%s</FONT>"
                       "</TD></TR>",
                       arrows[i][0], arrows[i][1]);
  sv__ex_buf_appends(&b, "</TABLE>");
  char name[32];
  snprintf(name, sizeof name, "n%u", (*next_id)++);
  Agnode_t *an = agnode(root, name, 1);
  set_html(an, "label", b.data);
  set_attr(an, "shape", "plaintext");
  sv__ex_buf_fini(&b);
}

/* ---- per graph ---------------------------------------------------------------- */

static bool graph_is_empty(const sv_graph *g)
{
  return sv_graph_event_count(g) == 0;
}

static bool draw_graph(ctx *c, char **err)
{
  size_t budget = c->o->node_budget ? c->o->node_budget : DEFAULT_BUDGET;
  build_tree(c, false);
  c->focus = 0;
  if (c->o->focus && c->o->focus[0]) {
    size_t flen = sv__ex_path_trim(c->o->focus);
    c->focus = sv__ex_tree_find(&c->tree, c->o->focus, flen);
    if (c->focus == SV_NONE) {
      /* Only an op's scope has that name: the whole tree knows it. */
      unbuild_tree(c);
      build_tree(c, true);
      c->focus = sv__ex_tree_find(&c->tree, c->o->focus, flen);
    }
    if (c->focus == SV_NONE) {
      if (err) {
        sv_ex_buf b;
        sv__ex_buf_init(&b);
        sv__ex_buf_appends(&b, "focus: no name scope '");
        sv__ex_buf_appends(&b, c->o->focus);
        sv__ex_buf_appends(&b, "' in the model");
        *err = sv__ex_strdup_for_free(b.data);
        sv__ex_buf_fini(&b);
      }
      return false;
    }
  }
  link_items(c);
  find_series(c);
  choose_cut(c, budget);
  assign_targets(c, budget);
  emit_tree(c);
  collect_edges(c);
  emit_edges(c);
  return true;
}

static void ctx_fini(ctx *c)
{
  sv__ex_tree_fini(&c->tree);
  sv__ex_xfree(c->ti);
  sv__ex_xfree(c->items);
  sv__ex_xfree(c->groups);
  sv__ex_xfree(c->op_item);
  sv__ex_xfree(c->var_item);
  sv__ex_xfree(c->edges);
  sv__ex_buf_fini(&c->b);
}

/* ---- public ------------------------------------------------------------------- */

void sv_dot_opts_init(sv_dot_opts *o)
{
  memset(o, 0, sizeof *o);
  o->legend = true;
  o->group_series = true;
}

Agraph_t *sv__dot_graph_new(const sv_model *m, const sv_dot_opts *o,
                            char **err)
{
  sv_dot_opts defaults;
  if (!o) {
    sv_dot_opts_init(&defaults);
    o = &defaults;
  }
  if (err)
    *err = NULL;
  Agdisc_t disc = {&AgMemDisc, &id_disc, &io_disc};
  Agraph_t *root = agopen((char *)"scopeviz", Agdirected, &disc);
  uint32_t next_id = 0;
  set_attr(root, "linelength", "0"); // agwrite must not wrap long lines
  set_attr(root, "fontname", "Helvetica");
  set_attr(root, "compound", "true");
  set_attr(root, "newrank", "true");
  agattr(root, AGNODE, (char *)"fontname", (char *)"Helvetica");
  agattr(root, AGEDGE, (char *)"fontname", (char *)"Helvetica");

  size_t ngraphs = sv_model_graph_count(m);
  size_t drawn = 0;
  for (size_t gi = 0; gi < ngraphs; gi++) {
    const sv_graph *g = sv_model_graph(m, gi);
    if (ngraphs > 1 && graph_is_empty(g))
      continue;
    ctx c;
    memset(&c, 0, sizeof c);
    c.m = m;
    c.g = g;
    c.graph_index = gi;
    c.o = o;
    c.root = root;
    c.top = root;
    c.next_id = &next_id;
    sv__ex_buf_init(&c.b);
    if (ngraphs > 1) {
      c.top = new_cluster(&c, root);
      sv__ex_buf_appendf(&c.b, "<B>tf.Graph #%zu%s</B>", gi,
                         gi == 0 ? " (the initial default graph)" : "");
      set_html(c.top, "label", c.b.data);
      set_attr(c.top, "style", "solid");
      set_attr(c.top, "color", "black");
      set_attr(c.top, "labeljust", "l");
    }
    bool ok = draw_graph(&c, err);
    if (ok && c.budget_cut) {
      sv__ex_buf_clear(&c.b);
      sv__ex_buf_appendf(&c.b,
                         "<FONT POINT-SIZE=\"10\">scopes below depth %u "
                         "collapsed to stay near %zu nodes (see --depth, "
                         "--focus, --node-budget)</FONT>",
                         c.cut, o->node_budget ? o->node_budget
                                               : (size_t)DEFAULT_BUDGET);
      Agnode_t *an = new_node(&c, c.top);
      set_html(an, "label", c.b.data);
      set_attr(an, "shape", "plaintext");
    }
    ctx_fini(&c);
    if (!ok) {
      agclose(root);
      return NULL;
    }
    drawn++;
  }
  if (o->legend)
    emit_legend(root, &next_id);

  /* Title: the script and how it ended. */
  sv_ex_buf b;
  sv__ex_buf_init(&b);
  sv__ex_buf_appends(&b, "<B>");
  sv__ex_html_escapes(&b, sv_model_source_name(m)
                              ? sv_model_source_name(m)
                              : "(script)");
  sv__ex_buf_appends(&b, "</B>");
  const sv_outcome *out = sv_model_outcome(m);
  if (out->end != SV_END_OK) {
    sv__ex_buf_appends(&b, " <FONT COLOR=\"" C_ERR_LINE "\">stopped: ");
    sv__ex_html_escapes(&b, out->type ? out->type : "error");
    sv__ex_buf_appends(&b, "</FONT>");
  }
  set_html(root, "label", b.data);
  set_attr(root, "labelloc", "t");
  sv__ex_buf_fini(&b);
  (void)drawn;
  return root;
}

void sv__dot_graph_free(Agraph_t *g)
{
  if (g)
    agclose(g);
}

bool sv_export_dot(const sv_model *m, const sv_dot_opts *o, sv_write_fn write,
                   void *ud, char **err)
{
  Agraph_t *g = sv__dot_graph_new(m, o, err);
  if (!g)
    return false;
  sv_ex_buf out;
  sv__ex_buf_init(&out);
  int rc = agwrite(g, &out);
  sv__dot_graph_free(g);
  if (rc != 0) {
    if (err)
      *err = sv__ex_strdup_for_free("cgraph could not write the graph");
    sv__ex_buf_fini(&out);
    return false;
  }
  write(ud, out.data, out.len);
  sv__ex_buf_fini(&out);
  return true;
}
