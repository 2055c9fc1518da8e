/* SPDX-License-Identifier: MIT
 * scopeviz/model.h: the recorded model, read-only. The scope engine records,
 * per graph and in creation order, every scope entry, name scope, op,
 * variable, get_variable call and error (DESIGN.md §3). Exporters read only
 * this header: every naming fact they show is recorded here, so no exporter
 * re-derives a TensorFlow rule.
 *
 * All pointers returned here are borrowed and stay valid until the session
 * (sv_session_free) that produced the model is freed. Strings are
 * NUL-terminated UTF-8 as the script gave them. Ids are dense indexes in
 * creation order, per graph; SV_NONE means "no such record".
 */
#ifndef SV_MODEL_H
#define SV_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SV_NONE UINT32_MAX

/* A source position: 1-based line and column (column counted in bytes, a
 * tab is one column), byte offset and length of the construct. line == 0
 * means "no location" (e.g. records made through the C API directly). */
typedef struct sv_loc {
  uint32_t line;
  uint32_t col;
  uint32_t offset;
  uint32_t len;
} sv_loc;

/* ---- dtypes (tf1-semantics.md §9.5) ---------------------------------- */

typedef enum sv_dtype {
  SV_DT_INVALID = 0,
  SV_DT_FLOAT16,
  SV_DT_BFLOAT16,
  SV_DT_FLOAT32,
  SV_DT_FLOAT64,
  SV_DT_INT8,
  SV_DT_INT16,
  SV_DT_INT32,
  SV_DT_INT64,
  SV_DT_UINT8,
  SV_DT_UINT16,
  SV_DT_BOOL,
  SV_DT_STRING,
  SV_DT_COMPLEX64,
  SV_DT_COMPLEX128,
  SV_DT__COUNT,
  /* Flag or'ed onto a base dtype: the reference dtype of a variable
   * (float32_ref). */
  SV_DT_REF = 0x100
} sv_dtype;

/* "float32", "float32_ref", ...; static storage. */
const char *sv_dtype_name(int dtype);
int sv_dtype_base(int dtype); /* strips SV_DT_REF */

/* ---- static shapes (tf1-semantics.md §9.3) --------------------------- */

typedef struct sv_shape {
  int32_t rank;        /* -1: unknown rank */
  const int64_t *dims; /* rank entries; -1 marks an unknown dimension */
} sv_shape;

/* Formats as TF 1.x str(TensorShape): "<unknown>", "()", "(7,)", "(?, 10)".
 * Writes at most cap bytes including the NUL (like snprintf) and returns
 * the length the full text needs. */
size_t sv_shape_format(const sv_shape *shape, char *buf, size_t cap);

/* ---- records ---------------------------------------------------------- */

typedef enum sv_scope_api {
  SV_API_NAME_SCOPE,       /* tf.name_scope(...) */
  SV_API_GRAPH_NAME_SCOPE, /* g.name_scope(...) (Graph.name_scope, §3.1) */
  SV_API_VARIABLE_SCOPE    /* tf.variable_scope(...) */
} sv_scope_api;

typedef enum sv_enter_how {
  SV_HOW_STRING,       /* a name string: new, uniquified name scope */
  SV_HOW_DEFAULT_NAME, /* name None, default_name given (§3.2, §7.4 D) */
  SV_HOW_OBJECT,       /* a captured VariableScope object (§7.4 O) */
  SV_HOW_ROOT,         /* the root variable scope (§7.4 R) */
  SV_HOW_RESET,        /* name None or "": back to the root name scope */
  SV_HOW_REENTRY       /* a string ending in '/': absolute re-entry */
} sv_enter_how;

typedef enum sv_reuse {
  SV_REUSE_FALSE = 0,
  SV_REUSE_TRUE = 1,
  SV_REUSE_AUTO = 2 /* tf.AUTO_REUSE */
} sv_reuse;

/* The reuse argument as the script passed it. */
typedef enum sv_reuse_arg {
  SV_REUSE_ARG_NONE = 0, /* omitted or None */
  SV_REUSE_ARG_FALSE,
  SV_REUSE_ARG_TRUE,
  SV_REUSE_ARG_AUTO
} sv_reuse_arg;

/* Who first took a names-table key (so a "_1" can say what it collided
 * with). */
typedef enum sv_owner_kind {
  SV_OWNER_NONE = 0,
  SV_OWNER_OP,        /* id: an op id */
  SV_OWNER_NAME_SCOPE /* id: a name-scope record id */
} sv_owner_kind;

/* One `with` entry of a scope API by the script. */
typedef struct sv_entry {
  uint32_t id;
  uint32_t parent;   /* the innermost entry active when this one was entered */
  sv_scope_api api;
  sv_enter_how how;
  /* Arguments as given. */
  const char *arg_name;         /* name / name_or_scope string; NULL if None
                                   or an object */
  const char *arg_default_name; /* NULL if not given */
  uint32_t arg_object;          /* case O: the entry that created the captured
                                   VariableScope (SV_NONE if it is the root or
                                   was obtained otherwise) */
  sv_reuse_arg arg_reuse;
  bool arg_aux; /* auxiliary_name_scope (true for name scopes) */
  /* Results (name_scope_rec first: no padding, 104 bytes a record). */
  uint32_t name_scope_rec; /* the name-scope record this entry opened, or
                              SV_NONE (reset, re-entry, none) */
  const char *name_scope; /* the scope string entered ("foo_1/"), "" for a
                             reset to the root, NULL when no name scope was
                             entered at all */
  const char *var_scope;  /* VariableScope.name (variable_scope only) */
  const char *original_name_scope; /* variable_scope only */
  sv_reuse reuse;                  /* effective reuse (variable_scope only) */
  uint32_t first_event, last_event; /* events [first, last] happened inside */
  bool closed;                      /* false: still open when the run ended */
  sv_loc loc;
} sv_entry;

/* Every name scope opened with a new (uniquified, marked) name: by a script
 * entry, by tf.Variable / get_variable, or by an op wrapper or composite
 * function (§2.3, §14). */
typedef enum sv_ns_opener {
  SV_NS_ENTRY,    /* a script `with` entry: entry */
  SV_NS_VARIABLE, /* a variable's own scope: var */
  SV_NS_OP,       /* an op wrapper / composite op's scope: op (the op named
                     exactly like the scope; SV_NONE if it failed first) */
  SV_NS_INTERNAL  /* any other scope TF opens itself (Initializer, ...) */
} sv_ns_opener;

typedef struct sv_name_scope {
  const char *name;     /* full name, no trailing '/' */
  const char *requested;/* full name asked for, before uniquification */
  uint32_t id;          /* (after the pointers: no padding, 56 bytes) */
  sv_ns_opener opener;
  uint32_t entry, var, op;
  uint32_t rename; /* SV_NONE, or the rename record explaining a suffix */
  sv_loc loc;
} sv_name_scope;

/* Explanation of a uniquified name (§2.1). */
typedef struct sv_rename {
  const char *requested; /* full name asked for: "embeddin/testing2" */
  const char *result;    /* full name given: "embeddin/testing2_1" */
  uint32_t counter;      /* the key's counter before the call (n >= 1) */
  uint32_t suffix;       /* the suffix used (k - 1) */
  uint32_t skipped;      /* candidates found taken after the base key */
  sv_owner_kind taken_by_kind; /* who first took the requested key */
  uint32_t taken_by;
  const char *taken_as; /* the name as it was taken (may differ in case) */
} sv_rename;

typedef enum sv_op_role {
  SV_OP_USER,       /* created by a script call (the call's main op) */
  SV_OP_HELPER,     /* created by a composite/wrapper call: converted
                       constants, random_uniform/sub, ... */
  SV_OP_VAR_INTERNAL /* a variable's VariableV2, Assign, read, Initializer/...,
                        initial_value */
} sv_op_role;

/* Field order keeps the record small (one per op; models reach millions). */
typedef struct sv_op {
  uint32_t id;
  int dtype;        /* output dtype (sv_dtype, maybe | SV_DT_REF) */
  const char *name; /* full op name; tensor name is name + ":0" */
  const char *type; /* "Const", "VariableV2", "AddV2", ... */
  sv_shape shape;   /* output static shape (dims shared between ops) */
  const uint32_t *inputs; /* op ids of input tensors */
  const char *value; /* Const: short Python-style text of the value; else
                        NULL */
  uint32_t ninputs;
  uint32_t entry;  /* innermost script entry active at creation */
  uint32_t var;    /* the variable this op belongs to, or SV_NONE */
  uint32_t call;   /* id of the op/composite call that created it (ops of
                      one tf.* call share it) */
  uint32_t rename; /* SV_NONE or the rename record (for mechanism A ops) */
  uint8_t role;    /* an sv_op_role */
  bool internal;   /* role == SV_OP_VAR_INTERNAL */
  sv_loc loc;
} sv_op;

typedef enum sv_creator {
  SV_CREATOR_VARIABLE,     /* tf.Variable */
  SV_CREATOR_GET_VARIABLE  /* tf.get_variable */
} sv_creator;

typedef struct sv_var {
  uint32_t id;
  const char *name;      /* "embeddin/testing2_1:0" */
  const char *op_name;   /* "embeddin/testing2_1" */
  const char *requested; /* name argument (or "Variable"); for get_variable
                            the full name "embeddin/testing2" */
  sv_creator creator;
  const char *store_key; /* get_variable: the store key; NULL otherwise */
  sv_shape shape;
  int dtype; /* ref dtype, e.g. SV_DT_FLOAT32 | SV_DT_REF */
  bool trainable;
  const char *initializer; /* description: "glorot_uniform_initializer()",
                              "constant_initializer(1)", "tensor
                              embeddin/random_uniform:0", "value 3.0" */
  uint32_t op;             /* the VariableV2 op */
  uint32_t entry;          /* innermost script entry active at the call */
  const char *name_scope_at_call; /* name stack at the call ("" = root) */
  const char *var_scope_at_call;  /* VariableScope.name at the call */
  /* The script entries active at the call whose name scope the variable's
   * name does not live under (get_variable ignores name scopes, §8.1),
   * innermost first. */
  const uint32_t *bypassed;
  uint32_t nbypassed;
  uint32_t rename; /* SV_NONE, or why the op name got a suffix */
  uint32_t getvar; /* the get_variable call that created it, or SV_NONE */
  sv_loc loc;
  /* The variable's internal ops (role SV_OP_VAR_INTERNAL, var == id):
   * the Assign and the read Identity ops, and the id range [first, last]
   * holding all `count` of them (count == last - first + 1 when no other
   * op lies in between). count == 0: none recorded. */
  uint32_t read_op, assign_op;
  uint32_t first_internal_op, last_internal_op, internal_op_count;
} sv_var;

typedef enum sv_getvar_outcome {
  SV_GETVAR_CREATED,
  SV_GETVAR_REUSED,
  SV_GETVAR_FAILED
} sv_getvar_outcome;

typedef struct sv_getvar {
  uint32_t id;
  const char *name; /* the name argument */
  const char *full; /* store key: variable-scope name + "/" + name */
  sv_reuse reuse;   /* the reuse mode that applied */
  sv_getvar_outcome outcome;
  uint32_t var;   /* created or returned variable, or SV_NONE */
  uint32_t error; /* SV_NONE or the error record */
  uint32_t entry;
  const char *name_scope_at_call;
  sv_loc loc;
} sv_getvar;

typedef struct sv_error {
  uint32_t id;
  const char *type;    /* "ValueError", "TypeError", ... */
  const char *message; /* TF's exact message */
  const char *call;    /* the API that raised it: "tf.get_variable" */
  uint32_t getvar;     /* SV_NONE unless raised by get_variable */
  uint32_t entry;
  bool caught;         /* the script caught it (try/except) */
  sv_loc loc;
} sv_error;

typedef enum sv_event_kind {
  SV_EV_ENTER, /* index: entry id */
  SV_EV_EXIT,  /* index: entry id */
  SV_EV_NAME_SCOPE, /* index: name-scope record id */
  SV_EV_OP,    /* index: op id */
  SV_EV_VAR,   /* index: variable id (after its ops) */
  SV_EV_GETVAR,/* index: get_variable call id (after what it created) */
  SV_EV_ERROR  /* index: error id */
} sv_event_kind;

/* Packed into 4 bytes (a model holds several events per op): index is
 * below 2^29, far above any model that fits in memory. */
typedef struct sv_event {
  sv_event_kind kind : 3;
  uint32_t index : 29;
} sv_event;

/* ---- access ----------------------------------------------------------- */

typedef struct sv_model sv_model;
typedef struct sv_graph sv_graph;

/* Graphs in creation order (the initial default graph first; each
 * tf.Graph() and tf.reset_default_graph() adds one). */
size_t sv_model_graph_count(const sv_model *m);
const sv_graph *sv_model_graph(const sv_model *m, size_t i);
/* The script's file name as given on the command line ("-" for stdin). */
const char *sv_model_source_name(const sv_model *m);

size_t sv_graph_entry_count(const sv_graph *g);
const sv_entry *sv_graph_entry(const sv_graph *g, size_t id);
size_t sv_graph_name_scope_count(const sv_graph *g);
const sv_name_scope *sv_graph_name_scope(const sv_graph *g, size_t id);
/* The name of name-scope record id (sv_name_scope.name), or NULL when out
 * of range: unlike sv_graph_name_scope, builds no full records (exporters
 * walking every scope of a large model read names only) but those of a
 * stamped variable's internal scopes, which sv_graph_name_scope_var names
 * without building. */
const char *sv_graph_name_scope_name(const sv_graph *g, size_t id);
/* A hint for exporters: the id of the op whose scope record id is when
 * the record carries nothing the op does not (opener SV_NS_OP, the op's
 * name, requested name and loc, no rename, entry or var), without
 * building the record; SV_NONE means "read sv_graph_name_scope". */
uint32_t sv_graph_name_scope_op_only(const sv_graph *g, size_t id);
/* A hint for exporters: the variable whose own scope V holds name scope
 * id (its name is V + "/..."), when that is known without building
 * records: a scope tf.get_variable opened (or an op of it made) for a
 * variable of a kind made before. Every such scope is internal to the
 * variable (opener SV_NS_INTERNAL, or an internal op's scope). SV_NONE
 * means "read the name". */
uint32_t sv_graph_name_scope_var(const sv_graph *g, size_t id);
size_t sv_graph_rename_count(const sv_graph *g);
const sv_rename *sv_graph_rename(const sv_graph *g, size_t id);
size_t sv_graph_op_count(const sv_graph *g);
/* An op's record. The internal ops of a variable may be kept compactly
 * and built on first access (the pointer then stays valid for the
 * model's life). */
const sv_op *sv_graph_op(const sv_graph *g, size_t id);
/* sv_graph_op(g, id)->internal without building the record (false for an
 * id out of range). */
bool sv_graph_op_is_internal(const sv_graph *g, size_t id);
/* sv_graph_op(g, id)->var, likewise (SV_NONE for an id out of range). */
uint32_t sv_graph_op_var(const sv_graph *g, size_t id);
/* Variables and get_variable calls. The records of a variable stamped
 * from its kind's template (and of the call that made it) may be kept
 * compactly and built on first access, like its ops'. */
size_t sv_graph_var_count(const sv_graph *g);
const sv_var *sv_graph_var(const sv_graph *g, size_t id);
size_t sv_graph_getvar_count(const sv_graph *g);
const sv_getvar *sv_graph_getvar(const sv_graph *g, size_t id);
size_t sv_graph_error_count(const sv_graph *g);
const sv_error *sv_graph_error(const sv_graph *g, size_t id);
size_t sv_graph_event_count(const sv_graph *g);
/* Event i. A stamped variable's events are kept as one item until the
 * first call, which expands them all (a cache). */
const sv_event *sv_graph_event(const sv_graph *g, size_t i);

/* How the run ended: the error that stopped the script, if any. */
typedef enum sv_end {
  SV_END_OK,        /* ran to the end */
  SV_END_EXCEPTION, /* an uncaught Python/TF exception */
  SV_END_REJECTED,  /* outside the subset (e.g. an API not emulated) */
  SV_END_LIMIT      /* a step, memory or recursion limit */
} sv_end;

typedef struct sv_outcome {
  sv_end end;
  const char *type;    /* "ValueError", "RecursionError", "limit", ...;
                          NULL when end == SV_END_OK */
  const char *message; /* exact message, NULL when OK */
  sv_loc loc;          /* where it was raised (the script statement) */
  uint32_t graph;      /* graph index of the TF error record, or SV_NONE */
  uint32_t error;      /* TF error record id in that graph, or SV_NONE */
} sv_outcome;

const sv_outcome *sv_model_outcome(const sv_model *m);
/* Line `line` (1-based) of the script, without its newline; NULL when out
 * of range. *out_len receives its length. */
const char *sv_model_source_line(const sv_model *m, uint32_t line,
                                 size_t *out_len);

/* Op by exact full name, or NULL. */
const sv_op *sv_graph_op_by_name(const sv_graph *g, const char *name);

#endif
