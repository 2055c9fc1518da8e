/* SPDX-License-Identifier: MIT
 * scope: script scope entries — tf.name_scope / Graph.name_scope (§3) and
 * tf.variable_scope with its VariableScope objects and counters (§7).
 */
#include <string.h>

#include "engine_int.h"

/* ---- VariableScope objects ---------------------------------------------------- */

sv_vscope *sv__vs_new(sv_graph *g) {
  sv_vscope *s = sv__arena_zalloc(g->arena, sizeof *s);
  s->name = "";
  s->ons = "";
  s->reuse = SV_REUSE_FALSE;
  s->dtype = SV_DT_FLOAT32;
  s->entry = SV_NONE;
  s->node = SV_NONE;
  s->g = g;
  return s;
}

void sv__vs_init_graph(sv_graph *g) {
  g->vs = sv__vs_new(g);
}

sv_vscope *sv__tf_get_variable_scope(sv_graph *g) {
  return g->vs;
}

const char *sv__vscope_name(const sv_vscope *s) {
  return s->name;
}

const char *sv__vscope_original_name_scope(const sv_vscope *s) {
  return s->ons;
}

sv_reuse sv__vscope_reuse(const sv_vscope *s) {
  return s->reuse;
}

void sv__vscope_reuse_variables(sv_vscope *s) {
  s->reuse = SV_REUSE_TRUE;
}

const sv_init *sv__vscope_initializer(const sv_vscope *s) {
  return s->init;
}

void sv__vscope_set_initializer(sv_vscope *s, const sv_init *init) {
  s->init = sv__init_copy(s->g, init);
}

int sv__vscope_dtype(const sv_vscope *s) {
  return s->dtype;
}

void sv__vscope_set_dtype(sv_vscope *s, int dtype) {
  s->dtype = dtype;
}

uint32_t sv__vscope_entry(const sv_vscope *s) {
  return s->entry;
}

sv_graph *sv__vscope_graph(const sv_vscope *s) {
  return s->g;
}

/* ---- variable_scopes_count (§7.2) ------------------------------------------
 * A tree over '/'-separated names. close_subscopes(n) only stamps n's node;
 * a count reads as 0 when an ancestor was closed after it was written, so
 * closing is O(1) and reading O(depth). Inside case-O entries every write
 * is logged so that exit can restore the snapshot (§7.5) by undoing. */

static const char *vs_key(const sv_graph *g, uint32_t node) {
  return g->vsnodes.items[node].key;
}

/* The node of name[0, len); stable: name is an arena text of that length
 * (a new node keys on it instead of a copy). */
static uint32_t vs_node_ex(sv_graph *g, const char *name, size_t len,
                           bool stable) {
  uint32_t h = sv__hash(name, len);
  uint32_t found = sv__idmap_find(&g->vsmap, name, len, h, vs_key, g);
  if (found != SV_NONE) return found;
  uint32_t parent = SV_NONE;
  for (size_t i = len; i-- > 0;)
    if (name[i] == '/') {
      /* depth bounded by the name's length */
      parent = vs_node_ex(g, name, i, false);
      break;
    }
  sv_vsnode n;
  memset(&n, 0, sizeof n);
  n.key = stable ? name : sv__arena_strndup(g->arena, name, len);
  n.parent = parent;
  sv__vec_push(&g->vsnodes, n);
  uint32_t idx = (uint32_t)g->vsnodes.count - 1;
  sv__idmap_add(&g->vsmap, h, idx);
  return idx;
}

static uint32_t vs_node(sv_graph *g, const char *name, size_t len) {
  return vs_node_ex(g, name, len, false);
}

static uint32_t vs_count_at(const sv_graph *g, uint32_t idx) {
  const sv_vsnode *n = &g->vsnodes.items[idx];
  if (!n->count) return 0;
  for (uint32_t p = n->parent; p != SV_NONE; p = g->vsnodes.items[p].parent)
    if (g->vsnodes.items[p].close_gen > n->stamp) return 0;
  return n->count;
}

static uint32_t vs_count(const sv_graph *g, const char *name, size_t len) {
  uint32_t node = sv__idmap_find(&g->vsmap, name, len, sv__hash(name, len),
                                 vs_key, g);
  return node != SV_NONE ? vs_count_at(g, node) : 0;
}

static void vs_log(sv_graph *g, uint32_t idx) {
  if (!g->odepth) return;
  sv_vsnode *n = &g->vsnodes.items[idx];
  sv_undo u = {idx, n->count, n->stamp, n->close_gen};
  sv__vec_push(&g->undo, u);
}

/* name: a VariableScope's (an arena text). Returns its node. */
static uint32_t vs_open(sv_graph *g, const char *name) {
  uint32_t idx = vs_node_ex(g, name, strlen(name), true);
  uint32_t c = vs_count_at(g, idx);
  vs_log(g, idx);
  sv_vsnode *n = &g->vsnodes.items[idx];
  if (c == 0) n->hint_k = 0; /* counts below may have been reset */
  n->count = c + 1;
  n->stamp = ++g->clock;
  return idx;
}

static void vs_close_subscopes(sv_graph *g, const char *name) {
  uint32_t idx = vs_node_ex(g, name, strlen(name), true);
  vs_log(g, idx);
  g->vsnodes.items[idx].close_gen = ++g->clock;
}

static void vs_undo_to(sv_graph *g, size_t mark) {
  while (g->undo.count > mark) {
    sv_undo u = g->undo.items[--g->undo.count];
    sv_vsnode *n = &g->vsnodes.items[u.node];
    n->count = u.count;
    n->stamp = u.stamp;
    n->close_gen = u.close_gen;
  }
  g->epoch++; /* counts may have dropped: default-name hints are stale */
}

/* §7.4 D.3: the variable-scope component for a default name. */
static const char *vs_unique_default(sv_graph *g, const char *prefix) {
  sv_buf *b = &g->full;
  sv__buf_clear(b);
  if (*g->vs->name) {
    sv__buf_appends(b, g->vs->name);
    sv__buf_putc(b, '/');
  }
  sv__buf_appends(b, prefix);
  size_t blen = b->len;
  if (vs_count(g, b->data, blen) == 0) return prefix;
  uint32_t base = vs_node(g, b->data, blen);
  sv_vsnode *bn = &g->vsnodes.items[base];
  uint32_t k = (bn->hint_k && bn->hint_epoch == g->epoch) ? bn->hint_k : 1;
  for (;; k++) {
    b->len = blen;
    sv__buf_appendf(b, "_%u", k);
    if (vs_count(g, b->data, b->len) == 0) break;
  }
  bn = &g->vsnodes.items[base];
  bn->hint_k = k;
  bn->hint_epoch = g->epoch;
  return sv__arena_printf(g->arena, "%s_%u", prefix, k);
}

/* ---- entries ----------------------------------------------------------------- */

static uint32_t entry_new(sv_graph *g, sv_scope_api api) {
  sv_entry e;
  memset(&e, 0, sizeof e);
  e.id = (uint32_t)g->entries.count;
  e.parent = sv__innermost_entry(g);
  e.api = api;
  e.arg_object = SV_NONE;
  e.arg_aux = true;
  e.name_scope_rec = SV_NONE;
  e.loc = g->tf->loc;
  e.last_event = SV_NONE;
  sv__vec_push(&g->entries, e);
  e.first_event = sv__event(g, SV_EV_ENTER, e.id);
  g->entries.items[e.id].first_event = e.first_event;
  return e.id;
}

static sv_frame *frame_push(sv_graph *g, uint32_t entry, sv_scope_api api) {
  sv_frame f;
  memset(&f, 0, sizeof f);
  f.entry = entry;
  f.api = api;
  f.prev_stack = g->stack;
  f.prev_vs = g->vs;
  sv__vec_push(&g->frames, f);
  return &g->frames.items[g->frames.count - 1];
}

static const char *scope_string(sv_graph *g) {
  if (!g->stack) return "";
  return sv__cat(g, g->stack, "/", NULL);
}

static bool stack_is_root(const sv_graph *g) {
  return !(g->stack && *g->stack);
}

/* Validates a name Graph.name_scope would receive (§3.1 step 1). */
static bool check_scope_name(sv_graph *g, const char *name) {
  if (!name || !*name) return true;
  if (sv__valid_name(name, stack_is_root(g))) return true;
  return sv__err(g, SV_TFX_VALUE, "'%s' is not a valid scope name", name);
}

/* ---- tf.name_scope (§3.2) -------------------------------------------------- */

bool sv__tf_name_scope_check(sv_tf *tf, const sv_ns_args *a) {
  if (a->api == SV_API_NAME_SCOPE && a->default_name_type) {
    sv_graph *g = sv__tf_default_graph(tf);
    sv_callctx c = sv__call_begin(g, "tf.name_scope", SV_OP_USER, SV_NONE);
    sv__err(g, SV_TFX_TYPE,
            "`default_name` type (%s) is not a string type. You likely meant "
            "to pass this into the `values` kwarg.",
            a->default_name_type);
    sv__call_end(g, c);
    return false;
  }
  return true;
}

bool sv__tf_name_scope_enter(sv_graph *g, const sv_ns_args *a,
                             uint32_t *out_entry, const char **out_scope) {
  sv_callctx c = sv__call_begin(
      g, a->api == SV_API_GRAPH_NAME_SCOPE ? "Graph.name_scope"
                                           : "tf.name_scope",
      SV_OP_USER, SV_NONE);
  const char *name = a->name;
  bool by_default = false;
  if (!name && a->api == SV_API_NAME_SCOPE) {
    name = a->default_name;
    by_default = name != NULL;
  }
  if (!name && a->values_given && a->api == SV_API_NAME_SCOPE) {
    sv__err(g, SV_TFX_VALUE,
            "At least one of name (%s) and default_name (%s) must be "
            "provided.",
            "None", "None");
    sv__call_end(g, c);
    return false;
  }
  if (!check_scope_name(g, name)) {
    sv__call_end(g, c);
    return false;
  }
  uint32_t id = entry_new(g, a->api);
  sv_frame *f = frame_push(g, id, a->api);
  (void)f;
  sv_entry *e = &g->entries.items[id];
  e->arg_name = a->name ? sv__arena_strdup(g->arena, a->name) : NULL;
  e->arg_default_name =
      a->default_name ? sv__arena_strdup(g->arena, a->default_name) : NULL;
  size_t len = name ? strlen(name) : 0;
  if (!len)
    e->how = SV_HOW_RESET;
  else if (name[len - 1] == '/')
    e->how = SV_HOW_REENTRY;
  else
    e->how = by_default ? SV_HOW_DEFAULT_NAME : SV_HOW_STRING;
  uint32_t rec;
  sv__ns_push(g, name, SV_NS_ENTRY, id, &rec); /* validated above */
  e = &g->entries.items[id];
  e->name_scope_rec = rec;
  e->name_scope = scope_string(g);
  if (e->how == SV_HOW_REENTRY)
    e->name_scope = sv__arena_strdup(g->arena, name);
  if (out_entry) *out_entry = id;
  if (out_scope) *out_scope = e->name_scope;
  sv__call_end(g, c);
  return true;
}

/* ---- tf.variable_scope (§7.3-§7.5) ---------------------------------------- */

bool sv__tf_variable_scope_check(sv_tf *tf, const sv_vs_args *a) {
  sv_graph *g = sv__tf_default_graph(tf);
  sv_callctx c = sv__call_begin(g, "tf.variable_scope", SV_OP_USER, SV_NONE);
  bool ok = false;
  if (!a->name && !a->object && !a->name_bad_type && !a->default_name)
    sv__err(g, SV_TFX_TYPE,
            "If default_name is None then name_or_scope is required");
  else if (a->reuse_invalid)
    sv__err(g, SV_TFX_VALUE,
            "The reuse parameter must be True or False or None.");
  else if (a->aux_invalid)
    sv__err(g, SV_TFX_TYPE,
            "The auxiliary_name_scope must be `True` or `False`, while get %s",
            a->aux_invalid);
  else if (a->use_resource)
    sv__err(g, SV_TFX_UNSUPPORTED,
            "resource variables (use_resource=True) are not emulated");
  else if (a->has_partitioner)
    sv__err(g, SV_TFX_UNSUPPORTED,
            "partitioned variables (partitioner=) are not emulated");
  else if (a->has_custom_getter)
    sv__err(g, SV_TFX_UNSUPPORTED, "custom getters are not emulated");
  else
    ok = true;
  sv__call_end(g, c);
  return ok;
}

static const char *last_component(const char *name) {
  const char *s = strrchr(name, '/');
  return s ? s + 1 : name;
}

bool sv__tf_variable_scope_enter(sv_graph *g, const sv_vs_args *a,
                                 const char **io_first_ons,
                                 uint32_t *out_entry, sv_vscope **out_scope) {
  sv_callctx c = sv__call_begin(g, "tf.variable_scope", SV_OP_USER, SV_NONE);
  bool ok = false;
  /* §7.3 step 2: reuse=False means "inherit". */
  sv_reuse_arg ra = a->reuse == SV_REUSE_ARG_FALSE ? SV_REUSE_ARG_NONE
                                                   : a->reuse;
  bool reuse_truthy = ra == SV_REUSE_ARG_TRUE || ra == SV_REUSE_ARG_AUTO;
  sv_reuse reuse_val = ra == SV_REUSE_ARG_AUTO ? SV_REUSE_AUTO : SV_REUSE_TRUE;
  sv_vscope *parent = g->vs;
  sv_vscope *obj = a->object;
  const char *str = obj ? NULL : a->name;
  bool case_d = !obj && !str;

  if (a->name_bad_type) {
    sv__err(g, SV_TFX_TYPE,
            "VariableScope: name_or_scope must be a string or VariableScope.");
    goto done;
  }
  if (case_d && !a->default_name) {
    sv__err(g, SV_TFX_TYPE,
            "If default_name is None then name_or_scope is required");
    goto done;
  }
  if (case_d && reuse_truthy) {
    sv__err(g, SV_TFX_VALUE,
            "reuse=True cannot be used without a name_or_scope");
    goto done;
  }

  /* The name scope this entry opens: re-entry (aux off), or a name. */
  const char *ns_name = NULL;
  bool ns_enter;
  if (!a->aux) {
    ns_enter = true;
    ns_name = stack_is_root(g) ? NULL
                               : sv__cat(g, g->stack, "/", NULL);
  } else if (obj) {
    ns_name = last_component(obj->name);
    ns_enter = *ns_name != '\0';
  } else if (str) {
    ns_name = str;
    ns_enter = *str != '\0';
  } else {
    ns_name = a->default_name;
    ns_enter = true;
  }
  if (ns_enter && !check_scope_name(g, ns_name)) goto done;

  uint32_t id = entry_new(g, SV_API_VARIABLE_SCOPE);
  sv_entry *e = &g->entries.items[id];
  e->arg_name = str ? sv__arena_strdup(g->arena, str) : NULL;
  e->arg_default_name =
      a->default_name ? sv__arena_strdup(g->arena, a->default_name) : NULL;
  e->arg_object = obj ? obj->entry : SV_NONE;
  e->arg_reuse = a->reuse;
  e->arg_aux = a->aux;
  sv_frame *f = frame_push(g, id, SV_API_VARIABLE_SCOPE);
  (void)f;

  uint32_t rec = SV_NONE;
  const char *entered = NULL; /* the scope string entered */
  /* The new VariableScope's node (vs_open, below) is looked up after the
   * name scope is made, each a cache miss in a big model: start the
   * node's now, so that the two overlap. */
  if (str && !obj) sv__idmap_prefetch(&g->vsmap, parent->name, str);
  if (ns_enter) {
    /* a new name scope at the root is often the argument's text: share
     * the copy made above */
    g->own_text = g->entries.items[id].arg_name;
    sv__ns_push(g, ns_name, SV_NS_ENTRY, id, &rec);
    g->own_text = NULL;
    entered = ns_name && ns_name[strlen(ns_name) - 1] == '/'
                  ? sv__arena_strdup(g->arena, ns_name)
                  : scope_string(g);
  }

  sv_vscope *vs = sv__vs_new(g);
  vs->entry = id;
  sv_enter_how how;
  if (obj) {
    /* Case O: a jump to the captured object (§7.4 O.3). */
    vs->name = obj->name;
    vs->ons = obj->ons;
    vs->reuse = reuse_truthy ? reuse_val : obj->reuse;
    vs->init = obj->init;
    vs->dtype = obj->dtype;
    how = *obj->name ? SV_HOW_OBJECT : SV_HOW_ROOT;
  } else {
    const char *comp = str ? str : vs_unique_default(g, a->default_name);
    /* at the root, the name is the argument's text (already copied) */
    vs->name = *parent->name ? sv__cat(g, parent->name, "/", comp)
               : comp == str && g->entries.items[id].arg_name
                   ? g->entries.items[id].arg_name
                                            : sv__arena_strdup(g->arena, comp);
    vs->reuse = (!case_d && reuse_truthy) ? reuse_val : parent->reuse;
    vs->init = parent->init;
    vs->dtype = parent->dtype;
    if (io_first_ons && *io_first_ons)
      vs->ons = *io_first_ons;
    else
      vs->ons = entered ? entered : sv__arena_strdup(g->arena, comp);
    if (case_d)
      how = SV_HOW_DEFAULT_NAME;
    else if (!*str && !*parent->name)
      how = SV_HOW_ROOT;
    else if (*str && str[strlen(str) - 1] == '/')
      how = SV_HOW_REENTRY;
    else
      how = SV_HOW_STRING;
  }
  if (a->initializer) vs->init = sv__init_copy(g, a->initializer);
  if (a->dtype != SV_DT_INVALID) vs->dtype = a->dtype;
  if (io_first_ons && !*io_first_ons) *io_first_ons = vs->ons;

  f = &g->frames.items[g->frames.count - 1];
  f->vs = vs;
  vs->node = vs_open(g, vs->name);
  if (obj) {
    f->case_o = true;
    f->undo_mark = g->undo.count;
    g->odepth++;
  } else {
    f->case_sd = true;
  }
  g->vs = vs;

  e = &g->entries.items[id];
  e->how = how;
  e->name_scope = entered;
  e->name_scope_rec = rec;
  e->var_scope = vs->name;
  e->original_name_scope = vs->ons;
  e->reuse = vs->reuse;
  if (out_entry) *out_entry = id;
  if (out_scope) *out_scope = vs;
  ok = true;
done:
  sv__call_end(g, c);
  return ok;
}

/* ---- exit ---------------------------------------------------------------------- */

bool sv__tf_scope_exit(sv_graph *g, uint32_t entry) {
  size_t i = g->frames.count;
  while (i > 0 && g->frames.items[i - 1].entry != entry) i--;
  if (i == 0) return true; /* not active: nothing to restore */
  sv_frame f = g->frames.items[i - 1];
  if (f.api == SV_API_VARIABLE_SCOPE && g->vs != f.vs) {
    sv_callctx c = sv__call_begin(g, "tf.variable_scope", SV_OP_USER,
                                  SV_NONE);
    sv__err(g, SV_TFX_RUNTIME, "Improper nesting of variable_scope.");
    sv__call_end(g, c);
    return false;
  }
  memmove(&g->frames.items[i - 1], &g->frames.items[i],
          (g->frames.count - i) * sizeof f);
  g->frames.count--;
  if (f.api == SV_API_VARIABLE_SCOPE) {
    if (f.case_o) {
      vs_undo_to(g, f.undo_mark);
      g->odepth--;
    } else if (f.case_sd) {
      vs_close_subscopes(g, f.vs->name);
    }
    g->vs = f.prev_vs;
  }
  g->stack = f.prev_stack;
  uint32_t ev = sv__event(g, SV_EV_EXIT, entry);
  sv_entry *e = &g->entries.items[entry];
  e->last_event = ev;
  e->closed = true;
  return true;
}
