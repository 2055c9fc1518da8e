/* SPDX-License-Identifier: MIT
 * explain: `scopeviz explain` — the recorded model told statement by
 * statement: the scopes in force, and for every name created or reused
 * which rule of tf1-semantics.md produced it, which counter, which taken
 * name caused a suffix, which name scopes get_variable bypassed.
 * It re-derives nothing: every fact comes from the model's records.
 */
#include "scopeviz/export.h"

#include "common.h"

#include <string.h>

/* ---- output: sv_ex_out (common.h) ------------------------------------ */

/* 'name' in single quotes (STYLE.md §5: names in single quotes). */
static void q(sv_ex_out *o, const char *s)
{
  sv__ex_puts(o, "'");
  sv__ex_puts(o, s ? s : "");
  sv__ex_puts(o, "'");
}

/* Message text, continuation lines indented by `indent`. */
static void ps_indented(sv_ex_out *o, const char *s, const char *indent)
{
  for (const char *p = s; *p; p++) {
    sv__ex_put(o, p, 1);
    if (*p == '\n' && p[1]) sv__ex_puts(o, indent);
  }
}

static const char *reuse_text(sv_reuse r)
{
  switch (r) {
    case SV_REUSE_FALSE: return "False";
    case SV_REUSE_TRUE: return "True";
    case SV_REUSE_AUTO: return "AUTO_REUSE";
  }
  return "False";
}

static const char *api_text(sv_scope_api a)
{
  switch (a) {
    case SV_API_NAME_SCOPE: return "tf.name_scope";
    case SV_API_GRAPH_NAME_SCOPE: return "g.name_scope";
    case SV_API_VARIABLE_SCOPE: return "tf.variable_scope";
  }
  return "tf.name_scope";
}

/* ---- scope state, derived from the entry tree --------------------------- */

/* The innermost entry that set a name scope (NULL name_scope = none
 * entered, so look further out). */
static const char *name_stack_of(const sv_graph *g, uint32_t cur)
{
  size_t n = sv_graph_entry_count(g);
  /* Bounded walk: parents always have smaller ids, so at most n steps. */
  for (size_t steps = 0; cur != SV_NONE && cur < n && steps <= n; steps++) {
    const sv_entry *e = sv_graph_entry(g, cur);
    if (e->name_scope) return e->name_scope;
    cur = e->parent;
  }
  return "";
}

static const sv_entry *var_scope_of(const sv_graph *g, uint32_t cur)
{
  size_t n = sv_graph_entry_count(g);
  for (size_t steps = 0; cur != SV_NONE && cur < n && steps <= n; steps++) {
    const sv_entry *e = sv_graph_entry(g, cur);
    if (e->api == SV_API_VARIABLE_SCOPE) return e;
    cur = e->parent;
  }
  return NULL;
}

/* The reuse flag really in force for the statement starting at event i:
 * a VariableScope's reuse can change after its entry (reuse_variables(),
 * §7.1), so a get_variable call of the statement tells the truth; -1 when
 * the statement makes none. */
static int statement_reuse(const sv_graph *g, size_t i, uint32_t line);

static void state_line(sv_ex_out *o, const sv_graph *g, uint32_t cur, int reuse)
{
  const char *ns = name_stack_of(g, cur);
  const sv_entry *vs = var_scope_of(g, cur);
  sv__ex_puts(o, "  scopes: name scope ");
  if (*ns)
    q(o, ns);
  else
    sv__ex_puts(o, "'' (root)");
  sv__ex_puts(o, ", variable scope ");
  if (vs && vs->var_scope && *vs->var_scope)
    q(o, vs->var_scope);
  else
    sv__ex_puts(o, "'' (root)");
  sv__ex_puts(o, ", reuse ");
  sv__ex_puts(o, reuse_text(reuse >= 0 ? (sv_reuse)reuse
                              : vs ? vs->reuse : SV_REUSE_FALSE));
  sv__ex_puts(o, "\n");
}

static void at_line(sv_ex_out *o, sv_loc loc)
{
  if (loc.line) sv__ex_printf(o, " (line %u)", loc.line);
}

/* ---- renames (§2.1) ------------------------------------------------------- */

static void owner_text(sv_ex_out *o, const sv_graph *g, const sv_rename *r)
{
  if (r->taken_by_kind == SV_OWNER_OP &&
      r->taken_by < sv_graph_op_count(g)) {
    const sv_op *p = sv_graph_op(g, r->taken_by);
    sv__ex_puts(o, "op ");
    q(o, p->name);
    sv__ex_puts(o, " (");
    sv__ex_puts(o, p->type);
    if (p->var != SV_NONE && p->var < sv_graph_var_count(g)) {
      const sv_var *v = sv_graph_var(g, p->var);
      sv__ex_puts(o, " of ");
      sv__ex_puts(o, v->creator == SV_CREATOR_GET_VARIABLE ? "tf.get_variable"
                                                  : "tf.Variable");
      sv__ex_puts(o, " ");
      q(o, v->name);
    }
    sv__ex_puts(o, ")");
    at_line(o, p->loc);
    return;
  }
  if (r->taken_by_kind == SV_OWNER_NAME_SCOPE &&
      r->taken_by < sv_graph_name_scope_count(g)) {
    const sv_name_scope *n = sv_graph_name_scope(g, r->taken_by);
    sv__ex_puts(o, "name scope ");
    q(o, n->name);
    switch (n->opener) {
      case SV_NS_ENTRY:
        if (n->entry != SV_NONE && n->entry < sv_graph_entry_count(g)) {
          sv__ex_puts(o, " opened by ");
          sv__ex_puts(o, api_text(sv_graph_entry(g, n->entry)->api));
        }
        break;
      case SV_NS_VARIABLE:
        if (n->var != SV_NONE && n->var < sv_graph_var_count(g)) {
          const sv_var *v = sv_graph_var(g, n->var);
          sv__ex_puts(o, " of ");
          sv__ex_puts(o, v->creator == SV_CREATOR_GET_VARIABLE
                             ? "tf.get_variable"
                             : "tf.Variable");
          sv__ex_puts(o, " ");
          q(o, v->name);
        } else {
          sv__ex_puts(o, " of a variable");
        }
        break;
      case SV_NS_OP:
        sv__ex_puts(o, " of an op");
        break;
      case SV_NS_INTERNAL:
        break;
    }
    at_line(o, n->loc);
    return;
  }
  sv__ex_puts(o, "an earlier name");
}

/* "'x' was already taken by ... -> 'x_1' (§2.1)" */
static void rename_text(sv_ex_out *o, const sv_graph *g, uint32_t rid,
                        const char *indent)
{
  if (rid == SV_NONE || rid >= sv_graph_rename_count(g)) return;
  const sv_rename *r = sv_graph_rename(g, rid);
  sv__ex_puts(o, indent);
  sv__ex_puts(o, "suffix: ");
  q(o, r->requested);
  sv__ex_puts(o, " was already taken by ");
  owner_text(o, g, r);
  if (r->taken_as && strcmp(r->taken_as, r->requested) != 0) {
    sv__ex_puts(o, " as ");
    q(o, r->taken_as);
    sv__ex_puts(o, " (the names table ignores case)");
  }
  sv__ex_puts(o, "\n");
  sv__ex_puts(o, indent);
  sv__ex_printf(
      o,
      "        its names-table counter was %u, so the search for a free "
      "name started at _%u",
      r->counter, r->counter);
  if (r->skipped)
    sv__ex_printf(o, " and skipped %u taken candidate%s", r->skipped,
       r->skipped == 1 ? "" : "s");
  sv__ex_puts(o, " -> ");
  q(o, r->result);
  sv__ex_puts(o, " (tf1-semantics.md §2.1)\n");
}

/* ---- events ----------------------------------------------------------------- */

static void explain_enter(sv_ex_out *o, const sv_graph *g, const sv_entry *e)
{
  sv__ex_puts(o, "  enter ");
  sv__ex_puts(o, api_text(e->api));
  sv__ex_puts(o, "(");
  if (e->how == SV_HOW_OBJECT) {
    sv__ex_puts(o, "<VariableScope ");
    q(o, e->var_scope);
    sv__ex_puts(o, ">");
  } else if (e->arg_name) {
    q(o, e->arg_name);
  } else {
    sv__ex_puts(o, "None");
  }
  if (e->arg_default_name) {
    sv__ex_puts(o, ", default_name=");
    q(o, e->arg_default_name);
  }
  if (e->arg_reuse == SV_REUSE_ARG_TRUE) sv__ex_puts(o, ", reuse=True");
  if (e->arg_reuse == SV_REUSE_ARG_FALSE) sv__ex_puts(o, ", reuse=False");
  if (e->arg_reuse == SV_REUSE_ARG_AUTO)
    sv__ex_puts(o, ", reuse=tf.AUTO_REUSE");
  if (e->api == SV_API_VARIABLE_SCOPE && !e->arg_aux)
    sv__ex_puts(o, ", auxiliary_name_scope=False");
  sv__ex_puts(o, ")\n");

  /* The name-scope half. */
  sv__ex_puts(o, "    name scope: ");
  if (!e->name_scope) {
    sv__ex_puts(o, "none opened");
    if (e->api == SV_API_VARIABLE_SCOPE && e->how == SV_HOW_ROOT)
      sv__ex_puts(o, " (the root variable scope has no name; §7.4 R)");
    else if (e->api == SV_API_VARIABLE_SCOPE && !e->arg_aux)
      sv__ex_puts(
          o, " (auxiliary_name_scope=False; ops stay where they were, §7.4)");
    else if (e->api == SV_API_VARIABLE_SCOPE)
      sv__ex_puts(o, " (empty name; §7.4 S.1)");
    sv__ex_puts(o, "\n");
  } else if (e->how == SV_HOW_RESET || !*e->name_scope) {
    sv__ex_puts(o, "'' (root): a name of None or '' resets to the root (§3.1 "
          "step 2)\n");
  } else if (e->how == SV_HOW_REENTRY) {
    q(o, e->name_scope);
    sv__ex_puts(o, ": a name ending in '/' re-enters that scope verbatim, not "
          "uniquified, nothing marked (§3.1 step 2)\n");
  } else if (e->api == SV_API_VARIABLE_SCOPE && !e->arg_aux) {
    q(o, e->name_scope);
    sv__ex_puts(o,
                ": auxiliary_name_scope=False re-enters the current name scope "
                "(§7.4)\n");
  } else {
    q(o, e->name_scope);
    if (e->how == SV_HOW_OBJECT)
      sv__ex_puts(o,
                  ": the captured scope's last name component, opened relative "
                  "to the current name scope and uniquified (§7.4 O.2)");
    else if (e->how == SV_HOW_DEFAULT_NAME)
      sv__ex_puts(
          o, ": name None, so default_name is used, relative to the current "
             "name scope and uniquified (§3.2, §7.4 D.2)");
    else if (e->api == SV_API_VARIABLE_SCOPE)
      sv__ex_puts(o,
                  ": opened like tf.name_scope, relative to the current name "
                  "scope and uniquified (§7.4 S.1, §3.1)");
    else
      sv__ex_puts(o,
                  ": new name scope, relative to the current one, uniquified "
                  "(§3.1 step 2)");
    sv__ex_puts(o, "\n");
    if (e->name_scope_rec != SV_NONE &&
        e->name_scope_rec < sv_graph_name_scope_count(g)) {
      const sv_name_scope *n = sv_graph_name_scope(g, e->name_scope_rec);
      rename_text(o, g, n->rename, "      ");
    }
  }

  if (e->api != SV_API_VARIABLE_SCOPE) return;

  /* The variable-scope half. */
  sv__ex_puts(o, "    variable scope: ");
  if (e->var_scope && *e->var_scope)
    q(o, e->var_scope);
  else
    sv__ex_puts(o, "'' (root)");
  switch (e->how) {
    case SV_HOW_OBJECT:
      sv__ex_puts(o,
                  ": jumps to the captured VariableScope's name, ignoring the "
                  "enclosing variable scope (§7.4 O.3)");
      break;
    case SV_HOW_DEFAULT_NAME:
      sv__ex_puts(o,
                  ": the component comes from the variable-scope counters, not "
                  "the names table (§7.4 D.3)");
      break;
    case SV_HOW_ROOT:
      sv__ex_puts(o, ": the root (§7.4 R)");
      break;
    default:
      sv__ex_puts(o, ": parent variable scope + '/' + name (§7.4 S.2)");
      break;
  }
  sv__ex_puts(o, "\n");
  if (e->original_name_scope && e->name_scope &&
      strcmp(e->original_name_scope, e->name_scope) != 0) {
    sv__ex_puts(o, "    original_name_scope: ");
    q(o, e->original_name_scope);
    sv__ex_puts(o, " (differs from the name scope in force, §7.6)\n");
  }
  sv__ex_puts(o, "    reuse: ");
  sv__ex_puts(o, reuse_text(e->reuse));
  if (e->arg_reuse == SV_REUSE_ARG_TRUE || e->arg_reuse == SV_REUSE_ARG_AUTO)
    sv__ex_puts(o, ", from the reuse argument (§7.7)");
  else if (e->how == SV_HOW_OBJECT)
    sv__ex_puts(
        o, ", the captured object's reuse, not the enclosing scope's (§7.4 "
           "O.3, §7.7)");
  else if (e->arg_reuse == SV_REUSE_ARG_FALSE && e->reuse != SV_REUSE_FALSE)
    sv__ex_puts(o, ": reuse=False is treated as None and cannot turn reuse off "
          "(§7.3 step 2)");
  else
    sv__ex_puts(
        o, ", inherited from the enclosing variable scope (§7.4 S.2, §7.7)");
  sv__ex_puts(o, "\n");
}

static void explain_exit(sv_ex_out *o, const sv_graph *g, const sv_entry *e)
{
  sv__ex_puts(o, "  leave ");
  sv__ex_puts(o, api_text(e->api));
  at_line(o, e->loc);
  sv__ex_puts(o, ": name scope back to ");
  const char *ns = name_stack_of(g, e->parent);
  if (*ns)
    q(o, ns);
  else
    sv__ex_puts(o, "'' (root)");
  if (e->api == SV_API_VARIABLE_SCOPE) {
    const sv_entry *vs = var_scope_of(g, e->parent);
    sv__ex_puts(o, ", variable scope back to ");
    if (vs && vs->var_scope && *vs->var_scope)
      q(o, vs->var_scope);
    else
      sv__ex_puts(o, "'' (root)");
    sv__ex_puts(o, " (§7.5)");
  } else {
    sv__ex_puts(o, " (§3.1 step 4)");
  }
  sv__ex_puts(o, "\n");
}

static void explain_op(sv_ex_out *o, const sv_graph *g, const sv_op *p)
{
  sv__ex_puts(o, p->role == SV_OP_HELPER ? "  helper op " : "  op ");
  q(o, p->name);
  sv__ex_puts(o, " (");
  sv__ex_puts(o, p->type);
  sv__ex_puts(o, ", ");
  sv__ex_put_shape(o, &p->shape);
  sv__ex_puts(o, ", ");
  sv__ex_puts(o, sv_dtype_name(p->dtype));
  sv__ex_puts(o, ")\n");
  rename_text(o, g, p->rename, "    ");
}

/* The op call an event belongs to: an op's call id, or for the name scope
 * an op wrapper opened, its op's call id; SV_NONE otherwise. */
static uint32_t event_call(const sv_graph *g, size_t j)
{
  const sv_event *ev = sv_graph_event(g, j);
  if (ev->kind == SV_EV_NAME_SCOPE) {
    if (ev->index >= sv_graph_name_scope_count(g)) return SV_NONE;
    const sv_name_scope *n = sv_graph_name_scope(g, ev->index);
    if (n->opener != SV_NS_OP || n->op == SV_NONE ||
        n->op >= sv_graph_op_count(g))
      return SV_NONE;
    return sv_graph_op(g, n->op)->call;
  }
  if (ev->kind != SV_EV_OP || ev->index >= sv_graph_op_count(g))
    return SV_NONE;
  const sv_op *p = sv_graph_op(g, ev->index);
  return p->role == SV_OP_VAR_INTERNAL ? SV_NONE : p->call;
}

/* One tf.* call: its main op, then its helper ops as one list (composite
 * functions such as random_uniform make six, §4.3). Returns the index of
 * the first event after the call. */
static size_t explain_call(sv_ex_out *o, const sv_graph *g, size_t i)
{
  size_t nev = sv_graph_event_count(g);
  uint32_t call = event_call(g, i);
  size_t end = i + 1;
  if (call != SV_NONE)
    while (end < nev && event_call(g, end) == call) end++;
  const sv_op *main = NULL;
  size_t nhelp = 0;
  for (size_t j = i; j < end; j++) {
    const sv_event *ev = sv_graph_event(g, j);
    if (ev->kind != SV_EV_OP) continue;
    const sv_op *p = sv_graph_op(g, ev->index);
    if (p->role == SV_OP_USER)
      main = p;
    else
      nhelp++;
  }
  if (!main) {
    /* Helpers only (e.g. the Const of a reduce_sum's axis): list each. */
    for (size_t j = i; j < end; j++) {
      const sv_event *ev = sv_graph_event(g, j);
      if (ev->kind == SV_EV_OP) {
        explain_op(o, g, sv_graph_op(g, ev->index));
      } else {
        const sv_name_scope *n = sv_graph_name_scope(g, ev->index);
        if (n->rename != SV_NONE) {
          sv__ex_puts(o, "  name scope ");
          q(o, n->name);
          sv__ex_puts(o, "\n");
          rename_text(o, g, n->rename, "    ");
        }
      }
    }
    return end;
  }
  explain_op(o, g, main);
  for (size_t j = i; j < end; j++) {
    const sv_event *ev = sv_graph_event(g, j);
    if (ev->kind == SV_EV_NAME_SCOPE) {
      const sv_name_scope *n = sv_graph_name_scope(g, ev->index);
      if (n->rename != SV_NONE && n->op != main->id) {
        sv__ex_puts(o, "    name scope ");
        q(o, n->name);
        sv__ex_puts(o, "\n");
        rename_text(o, g, n->rename, "    ");
      } else if (n->rename != SV_NONE && main->rename == SV_NONE) {
        rename_text(o, g, n->rename, "    ");
      }
    }
  }
  if (nhelp) {
    size_t mlen = strlen(main->name);
    sv__ex_printf(o, "    %zu helper op%s: ", nhelp, nhelp == 1 ? "" : "s");
    size_t k = 0;
    for (size_t j = i; j < end; j++) {
      const sv_event *ev = sv_graph_event(g, j);
      if (ev->kind != SV_EV_OP) continue;
      const sv_op *p = sv_graph_op(g, ev->index);
      if (p == main) continue;
      if (k++) sv__ex_puts(o, ", ");
      /* Inside the main op's scope: the part after "main/". */
      if (strncmp(p->name, main->name, mlen) == 0 && p->name[mlen] == '/')
        sv__ex_puts(o, p->name + mlen + 1);
      else
        sv__ex_puts(o, p->name);
    }
    sv__ex_puts(o, "\n");
    for (size_t j = i; j < end; j++) {
      const sv_event *ev = sv_graph_event(g, j);
      if (ev->kind != SV_EV_OP) continue;
      const sv_op *p = sv_graph_op(g, ev->index);
      if (p != main && p->rename != SV_NONE) {
        sv__ex_puts(o, "    helper ");
        q(o, p->name);
        sv__ex_puts(o, "\n");
        rename_text(o, g, p->rename, "    ");
      }
    }
  }
  return end;
}

/* The ops that belong to variable v (its VariableV2 op plus the ones
 * recorded around it with the same var id). */
static void var_ops(sv_ex_out *o, const sv_graph *g, const sv_var *v)
{
  size_t nops = sv_graph_op_count(g);
  if (v->op == SV_NONE || v->op >= nops) return;
  size_t lo = v->op, hi = v->op;
  while (lo > 0 && sv_graph_op(g, lo - 1)->var == v->id) lo--;
  while (hi + 1 < nops && sv_graph_op(g, hi + 1)->var == v->id) hi++;
  sv__ex_puts(o, "    ops: ");
  for (size_t i = lo; i <= hi; i++) {
    const sv_op *p = sv_graph_op(g, i);
    if (i > lo) sv__ex_puts(o, ", ");
    sv__ex_puts(o, p->name);
    if (i == v->op) {
      sv__ex_puts(o, " (");
      sv__ex_puts(o, p->type);
      sv__ex_puts(o, ")");
    }
  }
  sv__ex_puts(o, "\n");
}

static void bypass_text(sv_ex_out *o, const sv_graph *g, const sv_var *v)
{
  for (uint32_t i = 0; i < v->nbypassed; i++) {
    uint32_t eid = v->bypassed[i];
    if (eid >= sv_graph_entry_count(g)) continue;
    const sv_entry *e = sv_graph_entry(g, eid);
    sv__ex_puts(o, "    bypassed: name scope ");
    q(o, e->name_scope ? e->name_scope : "");
    sv__ex_puts(o, " of ");
    sv__ex_puts(o, api_text(e->api));
    at_line(o, e->loc);
    sv__ex_puts(o, " is not part of the name: get_variable ignores name scopes "
          "(§8.1)\n");
  }
}

static void explain_var(sv_ex_out *o, const sv_graph *g, const sv_var *v)
{
  sv__ex_puts(o, "  variable ");
  sv__ex_puts(o, v->name);
  sv__ex_puts(o, "  ");
  sv__ex_put_shape(o, &v->shape);
  sv__ex_puts(o, "  ");
  sv__ex_puts(o, sv_dtype_name(v->dtype));
  sv__ex_puts(o, "  ");
  bool gv = v->creator == SV_CREATOR_GET_VARIABLE;
  sv__ex_puts(o, gv ? "tf.get_variable" : "tf.Variable");
  sv__ex_puts(o, "\n");

  if (!gv) {
    sv__ex_puts(o, "    name: tf.Variable opens name scope ");
    q(o, v->requested);
    sv__ex_puts(o, " inside the current name scope ");
    if (v->name_scope_at_call && *v->name_scope_at_call)
      q(o, v->name_scope_at_call);
    else
      sv__ex_puts(o, "'' (root)");
    sv__ex_puts(o, " and names the variable after it: ");
    q(o, v->op_name);
    sv__ex_puts(o, " (§6.1 step 3)\n");
    if (v->rename == SV_NONE) {
      sv__ex_puts(o, "    no suffix: ");
      q(o, v->op_name);
      sv__ex_puts(o, " was free in the names table (§2.1)\n");
    }
    rename_text(o, g, v->rename, "    ");
    sv__ex_puts(
        o, "    tf.Variable ignores variable scopes, reuse and the variable "
           "store: it is not registered under a store key, so get_variable "
           "can never return it (§6.1)\n");
  } else {
    const sv_getvar *c = NULL;
    if (v->getvar != SV_NONE && v->getvar < sv_graph_getvar_count(g))
      c = sv_graph_getvar(g, v->getvar);
    sv__ex_puts(o, "    full name: variable scope ");
    if (v->var_scope_at_call && *v->var_scope_at_call) {
      q(o, v->var_scope_at_call);
      sv__ex_puts(o, " + '/' + ");
    } else {
      sv__ex_puts(o, "'' (root, no prefix) + ");
    }
    q(o, c ? c->name : v->requested);
    sv__ex_puts(o, " = ");
    q(o, v->store_key ? v->store_key : v->requested);
    sv__ex_puts(o, "; name scopes are ignored (§8.1)\n");
    bypass_text(o, g, v);
    sv__ex_puts(o, "    store lookup: ");
    q(o, v->store_key ? v->store_key : v->requested);
    sv__ex_puts(o, " absent, reuse ");
    sv__ex_puts(o, reuse_text(c ? c->reuse : SV_REUSE_FALSE));
    sv__ex_puts(o, " -> create (§8.2, §8.6)\n");
    sv__ex_puts(o, "    op name: unique_name(");
    q(o, v->store_key ? v->store_key : v->requested);
    sv__ex_puts(o, ") at the root (§8.4) -> ");
    q(o, v->op_name);
    sv__ex_puts(o, "\n");
    if (v->rename == SV_NONE) {
      sv__ex_puts(o, "    no suffix: ");
      q(o, v->op_name);
      sv__ex_puts(o, " was free");
      if (v->nbypassed)
        sv__ex_puts(o,
                    " (the whole path is the key, so a name under the bypassed "
                    "name scope does not collide, §2.1)");
      sv__ex_puts(o, "\n");
    } else {
      rename_text(o, g, v->rename, "    ");
      sv__ex_puts(o, "    the store key stays ");
      q(o, v->store_key ? v->store_key : v->requested);
      sv__ex_puts(o, ": get_variable with reuse returns this variable, named ");
      q(o, v->name);
      sv__ex_puts(o, " (§8.4)\n");
    }
    if (v->initializer) {
      sv__ex_puts(o, "    initializer: ");
      sv__ex_puts(o, v->initializer);
      sv__ex_puts(o, ", called inside '");
      sv__ex_puts(o, v->op_name);
      sv__ex_puts(o, "/Initializer/' (§8.4)\n");
    }
  }
  if (!v->trainable)
    sv__ex_puts(
        o, "    trainable=False: only in the 'variables' collection (§10)\n");
  var_ops(o, g, v);
}

static void explain_getvar(sv_ex_out *o, const sv_graph *g, const sv_getvar *c)
{
  if (c->outcome == SV_GETVAR_CREATED) return; // told with the variable
  sv__ex_puts(o, "  tf.get_variable(");
  q(o, c->name);
  sv__ex_puts(o, "): full name ");
  q(o, c->full);
  sv__ex_puts(o, ", reuse ");
  sv__ex_puts(o, reuse_text(c->reuse));
  sv__ex_puts(o, "\n");
  if (c->outcome == SV_GETVAR_REUSED) {
    sv__ex_puts(o, "    store lookup: ");
    q(o, c->full);
    sv__ex_puts(o, " present, reuse ");
    sv__ex_puts(o, reuse_text(c->reuse));
    sv__ex_puts(o, " -> returns the existing variable");
    if (c->var != SV_NONE && c->var < sv_graph_var_count(g)) {
      sv__ex_puts(o, " ");
      q(o, sv_graph_var(g, c->var)->name);
      at_line(o, sv_graph_var(g, c->var)->loc);
    }
    sv__ex_puts(o, "; nothing is created (§8.2, §8.6)\n");
    return;
  }
  /* Failed: say which cell of the reuse matrix (§8.6) applied when the
   * error is a store-lookup error. */
  sv__ex_puts(o, "    failed");
  if (c->error != SV_NONE && c->error < sv_graph_error_count(g)) {
    const char *msg = sv_graph_error(g, c->error)->message;
    if (msg && strstr(msg, "does not exist"))
      sv__ex_puts(o, ": store lookup found no such key and reuse is True -> "
            "error (§8.2, §8.6)");
    else if (msg && strstr(msg, "already exists"))
      sv__ex_puts(o, ": the key is already in the store and reuse is False -> "
            "error (§8.2, §8.6)");
    else if (msg && strstr(msg, "Trying to share"))
      sv__ex_puts(o, ": the existing variable's shape or dtype does not match "
            "(§8.2)");
  }
  sv__ex_puts(o, "\n");
}

static void explain_error(sv_ex_out *o, const sv_error *e)
{
  sv__ex_puts(o, "  error: ");
  sv__ex_puts(o, e->type ? e->type : "Error");
  sv__ex_puts(o, ": ");
  ps_indented(o, e->message ? e->message : "", "    ");
  sv__ex_puts(o, "\n");
  if (e->call) {
    sv__ex_puts(o, "    raised by ");
    sv__ex_puts(o, e->call);
    if (e->caught) sv__ex_puts(o, "; caught by the script");
    sv__ex_puts(o, "\n");
  } else if (e->caught) {
    sv__ex_puts(o, "    caught by the script\n");
  }
}

/* ---- grouping by source line ---------------------------------------------- */

static sv_loc event_loc(const sv_graph *g, const sv_event *ev)
{
  sv_loc none = {0, 0, 0, 0};
  switch (ev->kind) {
    case SV_EV_ENTER:
      if (ev->index < sv_graph_entry_count(g))
        return sv_graph_entry(g, ev->index)->loc;
      break;
    case SV_EV_EXIT: break; // an exit belongs to the statement before it
    case SV_EV_NAME_SCOPE:
      if (ev->index < sv_graph_name_scope_count(g))
        return sv_graph_name_scope(g, ev->index)->loc;
      break;
    case SV_EV_OP:
      if (ev->index < sv_graph_op_count(g))
        return sv_graph_op(g, ev->index)->loc;
      break;
    case SV_EV_VAR:
      if (ev->index < sv_graph_var_count(g))
        return sv_graph_var(g, ev->index)->loc;
      break;
    case SV_EV_GETVAR:
      if (ev->index < sv_graph_getvar_count(g))
        return sv_graph_getvar(g, ev->index)->loc;
      break;
    case SV_EV_ERROR:
      if (ev->index < sv_graph_error_count(g))
        return sv_graph_error(g, ev->index)->loc;
      break;
  }
  return none;
}

static void line_header(sv_ex_out *o, const sv_model *m, uint32_t line)
{
  sv__ex_puts(o, "\n");
  if (!line) {
    sv__ex_puts(o, "(no source location)\n");
    return;
  }
  size_t len = 0;
  const char *src = sv_model_source_line(m, line, &len);
  sv__ex_printf(o, "line %u:", line);
  if (src) {
    while (len && (*src == ' ' || *src == '\t')) {
      src++;
      len--;
    }
    while (len && (src[len - 1] == ' ' || src[len - 1] == '\t' ||
                   src[len - 1] == '\r'))
      len--;
    sv__ex_puts(o, " ");
    sv__ex_put(o, src, len);
  }
  sv__ex_puts(o, "\n");
}

static int statement_reuse(const sv_graph *g, size_t i, uint32_t line)
{
  size_t nev = sv_graph_event_count(g);
  for (; i < nev; i++) {
    const sv_event *ev = sv_graph_event(g, i);
    if (ev->kind == SV_EV_EXIT) continue;
    if (event_loc(g, ev).line != line) break;
    if (ev->kind == SV_EV_GETVAR && ev->index < sv_graph_getvar_count(g))
      return (int)sv_graph_getvar(g, ev->index)->reuse;
  }
  return -1;
}

static void explain_graph(sv_ex_out *o, const sv_model *m, const sv_graph *g)
{
  size_t nev = sv_graph_event_count(g);
  uint32_t cur = SV_NONE; // innermost open entry
  bool have_line = false;
  uint32_t line = 0;
  for (size_t i = 0; i < nev; i++) {
    const sv_event *ev = sv_graph_event(g, i);
    if (ev->kind != SV_EV_EXIT) {
      sv_loc l = event_loc(g, ev);
      if (!have_line || l.line != line) {
        have_line = true;
        line = l.line;
        line_header(o, m, line);
        if (ev->kind != SV_EV_ENTER)
          state_line(o, g, cur, statement_reuse(g, i, line));
      }
    }
    switch (ev->kind) {
      case SV_EV_ENTER:
        if (ev->index >= sv_graph_entry_count(g)) break;
        explain_enter(o, g, sv_graph_entry(g, ev->index));
        cur = ev->index;
        break;
      case SV_EV_EXIT:
        if (ev->index >= sv_graph_entry_count(g)) break;
        if (!have_line) {
          have_line = true;
          line_header(o, m, 0);
        }
        explain_exit(o, g, sv_graph_entry(g, ev->index));
        cur = sv_graph_entry(g, ev->index)->parent;
        break;
      case SV_EV_NAME_SCOPE:
        /* Scopes of entries and variables are told with them, an op's
         * scope with its call; any other renamed scope here. */
        if (event_call(g, i) != SV_NONE) {
          i = explain_call(o, g, i) - 1;
        } else if (ev->index < sv_graph_name_scope_count(g)) {
          const sv_name_scope *n = sv_graph_name_scope(g, ev->index);
          if ((n->opener == SV_NS_OP || n->opener == SV_NS_INTERNAL) &&
              n->rename != SV_NONE) {
            sv__ex_puts(o, "  name scope ");
            q(o, n->name);
            sv__ex_puts(o, "\n");
            rename_text(o, g, n->rename, "    ");
          }
        }
        break;
      case SV_EV_OP:
        if (ev->index < sv_graph_op_count(g)) {
          const sv_op *p = sv_graph_op(g, ev->index);
          if (p->role != SV_OP_VAR_INTERNAL) i = explain_call(o, g, i) - 1;
        }
        break;
      case SV_EV_VAR:
        if (ev->index < sv_graph_var_count(g))
          explain_var(o, g, sv_graph_var(g, ev->index));
        break;
      case SV_EV_GETVAR:
        if (ev->index < sv_graph_getvar_count(g))
          explain_getvar(o, g, sv_graph_getvar(g, ev->index));
        break;
      case SV_EV_ERROR:
        if (ev->index < sv_graph_error_count(g))
          explain_error(o, sv_graph_error(g, ev->index));
        break;
    }
  }
}

bool sv_export_explain(const sv_model *m, sv_write_fn write, void *ud)
{
  char buf[8192];
  sv_ex_out o;
  sv__ex_out_init(&o, write, ud, buf, sizeof buf);
  sv__ex_puts(&o, "explain: ");
  sv__ex_puts(&o, sv_model_source_name(m) ? sv_model_source_name(m) : "-");
  sv__ex_puts(&o, "\n");
  size_t ngraphs = sv_model_graph_count(m);
  for (size_t gi = 0; gi < ngraphs; gi++) {
    if (ngraphs > 1) sv__ex_printf(&o, "\n== graph %zu ==\n", gi);
    explain_graph(&o, m, sv_model_graph(m, gi));
  }
  const sv_outcome *oc = sv_model_outcome(m);
  sv__ex_puts(&o, "\n");
  if (!oc || oc->end == SV_END_OK) {
    sv__ex_puts(&o, "end: the script ran to the end\n");
  } else {
    sv__ex_puts(&o, "end: stopped");
    at_line(&o, oc->loc);
    sv__ex_puts(&o, " by ");
    sv__ex_puts(&o, oc->type ? oc->type : "an error");
    if (oc->message) {
      sv__ex_puts(&o, ": ");
      ps_indented(&o, oc->message, "  ");
    }
    sv__ex_puts(&o, "\n");
  }
  sv__ex_flush(&o);
  return true;
}
