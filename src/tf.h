/* SPDX-License-Identifier: MIT
 * tf: THE scope engine — TensorFlow 1.15 graph-mode naming in C
 * (tf1-semantics.md §1-§11). It never sees the AST or Python values: the
 * interpreter binding (tf_builtins.c) converts arguments to the C types
 * below, and unit tests drive it directly. Everything it does is recorded in
 * the read-only model of <scopeviz/model.h>.
 *
 * Errors: every function that can fail returns bool. On false the engine
 * holds the pending error (sv__tf_error_*): its Python exception type and
 * TensorFlow's byte-exact message; TF errors are also recorded in the
 * graph's error list. SV_TFX_HOST means a host callback (a Python lambda)
 * failed and the host already holds its exception. State (name stack,
 * variable scope, counters) is always restored as TensorFlow would restore
 * it when the exception propagates.
 */
#ifndef SV_TF_H
#define SV_TF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scopeviz/model.h"

#include "mem.h"

typedef struct sv_tf sv_tf;         /* the engine: all graphs of a session */
typedef struct sv_vscope sv_vscope; /* a VariableScope object (mutable) */

/* ---- engine lifetime, graphs ------------------------------------------ */

/* source_name is copied; it is the file name exporters print. */
sv_tf *sv__tf_new(const char *source_name);
void sv__tf_free(sv_tf *tf); /* NULL is a no-op */
/* Testing: off keeps every variable's internal names in the names table
 * from the start (graph.c "compact variables"); output is the same. */
void sv__tf_set_compact(sv_tf *tf, bool on);
const sv_model *sv__tf_model(const sv_tf *tf);

/* The default graph (created with the engine). */
sv_graph *sv__tf_default_graph(sv_tf *tf);
/* tf.Graph(): a new graph, not yet the default. */
sv_graph *sv__tf_graph_new(sv_tf *tf);
/* with g.as_default(): push/pop the default-graph stack. */
void sv__tf_push_default(sv_tf *tf, sv_graph *g);
void sv__tf_pop_default(sv_tf *tf);
/* tf.reset_default_graph(): the default becomes a brand-new graph. */
void sv__tf_reset_default_graph(sv_tf *tf);
/* Index of g in the model (sv_model_graph order). */
size_t sv__tf_graph_index(const sv_graph *g);

/* The location of the script call under way; records copy it. origin is
 * an opaque token the host can format later ("Originally defined at:",
 * §8.7): the engine stores it with each variable it creates. */
void sv__tf_set_call_site(sv_tf *tf, sv_loc loc, const void *origin);
/* Formats an origin token as Python traceback frames ("  File ..., line N,
 * in f\n    source\n"), innermost first. Without a formatter the engine
 * writes one frame from the variable's location. */
typedef void (*sv_origin_fmt)(void *ud, const void *origin, sv_buf *out);
void sv__tf_set_origin_formatter(sv_tf *tf, sv_origin_fmt fmt, void *ud);

/* The script text (copied), for sv_model_source_line. */
void sv__tf_set_source(sv_tf *tf, const char *text, size_t len);
/* Records how the run ended (strings copied). */
void sv__tf_set_outcome(sv_tf *tf, const sv_outcome *o);

/* ---- errors ------------------------------------------------------------ */

typedef enum sv_tfx {
  SV_TFX_NONE = 0,
  SV_TFX_VALUE,       /* ValueError */
  SV_TFX_TYPE,        /* TypeError */
  SV_TFX_RUNTIME,     /* RuntimeError */
  SV_TFX_ASSERTION,   /* AssertionError */
  SV_TFX_UNSUPPORTED, /* outside what scopeviz emulates (§12): a diagnostic,
                         not a Python exception */
  SV_TFX_HOST         /* a host callback failed; the host has its error */
} sv_tfx;

sv_tfx sv__tf_error_kind(const sv_tf *tf);
const char *sv__tf_error_type(const sv_tf *tf);    /* "ValueError", ... */
const char *sv__tf_error_message(const sv_tf *tf); /* borrowed */
void sv__tf_error_clear(sv_tf *tf);
/* Id of the error record of the pending error in its graph, or SV_NONE. */
uint32_t sv__tf_error_record(const sv_tf *tf);
/* The script caught that error (try/except): mark the record. */
void sv__tf_error_mark_caught(sv_graph *g, uint32_t error_id);
/* The host raises a TF-level error itself (e.g. a conversion TypeError it
 * detected): records it like an engine error and makes it pending. */
bool sv__tf_fail(sv_graph *g, sv_tfx kind, const char *call,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* ---- values passed in --------------------------------------------------- */

/* A Python value that TF converts to a Const (§4.1, §9.6), summarised by
 * the host. */
typedef enum sv_lit_class {
  SV_LITC_INT,   /* target is an integer dtype */
  SV_LITC_FLOAT, /* floating */
  SV_LITC_BOOL,
  SV_LITC_STRING,
  SV_LITC__COUNT
} sv_lit_class;

typedef struct sv_lit {
  int dtype;      /* inferred (§9.6); SV_DT_INVALID for None */
  sv_shape shape; /* of the value */
  const char *text; /* Python repr of the value, for records ("[7, 10]") */
  bool is_none;     /* the value is None ("None values not supported.") */
  /* First element that does not convert to a dtype of each class, as
   * repr + Python type name, for "Expected %s, got %s of type '%s'
   * instead." (§9.6); repr NULL when every element converts. */
  struct {
    const char *repr;
    const char *type;
  } offender[SV_LITC__COUNT];
  /* Numeric value when the literal is a scalar number (for limits). */
  bool is_scalar;
  double scalar;
  /* Flattened int elements when every element is an int (shape arguments,
   * axes, perms), else NULL. */
  const int64_t *ints;
  size_t nints;
} sv_lit;

typedef enum sv_input_kind {
  SV_IN_ABSENT = 0, /* argument not given / None where that means default */
  SV_IN_TENSOR,     /* op: op id of the tensor (output 0) */
  SV_IN_VARIABLE,   /* var: a variable (converts to its read tensor) */
  SV_IN_LITERAL     /* lit */
} sv_input_kind;

typedef struct sv_input {
  sv_input_kind kind;
  uint32_t id; /* op id or variable id, in the graph of the call */
  const sv_lit *lit;
} sv_input;

/* A tensor: output 0 of an op of a graph. */
typedef struct sv_tensor {
  sv_graph *g;
  uint32_t op;
} sv_tensor;

/* ---- the names table and name scopes (§2, §3) --------------------------- */

/* Graph.unique_name(name, mark_as_used); result borrowed (arena). */
const char *sv__tf_unique_name(sv_graph *g, const char *name, bool mark);
/* Name stack: "" at the root, NULL when a reset stored a null stack
 * (get_name_scope() returns None then, §3.3). */
const char *sv__tf_name_stack(const sv_graph *g);

typedef struct sv_ns_args {
  sv_scope_api api;      /* NAME_SCOPE or GRAPH_NAME_SCOPE */
  const char *name;      /* NULL for None */
  const char *default_name; /* NULL for None / not given */
  /* default_name given but not a string: str(type(value)), e.g.
   * "<class 'list'>" (TypeError, §3.2); NULL otherwise. */
  const char *default_name_type;
  bool values_given; /* values is not None */
} sv_ns_args;

/* tf.name_scope(...) construction checks (§3.2; the TypeError). */
bool sv__tf_name_scope_check(sv_tf *tf, const sv_ns_args *a);
/* Enter: validation, new stack, record. *out_scope is the value `as` binds
 * (borrowed). */
bool sv__tf_name_scope_enter(sv_graph *g, const sv_ns_args *a,
                             uint32_t *out_entry, const char **out_scope);
/* Exit any script entry (name or variable scope), innermost first. */
bool sv__tf_scope_exit(sv_graph *g, uint32_t entry);

/* ---- variable scopes (§7) ---------------------------------------------- */

typedef enum sv_init_kind {
  SV_INIT_NONE = 0,      /* no initializer given */
  SV_INIT_CONSTANT,      /* constant_initializer(value) */
  SV_INIT_ZEROS,
  SV_INIT_ONES,
  SV_INIT_RANDOM_UNIFORM,   /* a = minval, b = maxval (b_none: None) */
  SV_INIT_RANDOM_NORMAL,    /* a = mean, b = stddev */
  SV_INIT_TRUNCATED_NORMAL, /* a = mean, b = stddev */
  SV_INIT_GLOROT_UNIFORM,
  SV_INIT_GLOROT_NORMAL,
  SV_INIT_VARIANCE_SCALING, /* a = scale; mode, distribution */
  SV_INIT_CALLABLE,         /* a host function (lambda) */
  SV_INIT_VALUE,            /* a non-callable Python value: value */
  SV_INIT_TENSOR            /* a tensor / variable: tensor */
} sv_init_kind;

/* Host callback: call the initializer. For get_variable's thunk shape and
 * dtype are the variable's (§8.3 step 5); for a tf.Variable callable
 * initial value shape is NULL and dtype SV_DT_INVALID (called with no
 * arguments). Returns the value it produced in *out (a tensor, variable or
 * literal; literals must stay valid until the engine returns). */
typedef bool (*sv_init_cb)(void *ud, sv_graph *g, const sv_shape *shape,
                           int dtype, sv_input *out);

typedef struct sv_init {
  sv_init_kind kind;
  const sv_lit *value; /* CONSTANT, VALUE */
  sv_input tensor;     /* TENSOR */
  const sv_lit *a, *b; /* parameters as literals (NULL: default) */
  const char *mode;    /* VARIANCE_SCALING: "fan_in" ... */
  const char *distribution;
  int dtype;           /* the initializer's own dtype argument, or INVALID */
  bool is_class;       /* the class itself was passed (tf.zeros_initializer) */
  sv_init_cb cb;       /* CALLABLE */
  void *cb_ud;
  const char *text;    /* description for records:
                          "constant_initializer(1)" */
} sv_init;

typedef struct sv_vs_args {
  const char *name;    /* name_or_scope as a string, or NULL */
  sv_vscope *object;   /* name_or_scope as a VariableScope, or NULL */
  /* name_or_scope is neither None, a string nor a VariableScope (TypeError
   * §7.4 O.1) */
  bool name_bad_type;
  const char *default_name; /* NULL for None */
  sv_reuse_arg reuse;
  /* reuse is not True/False/None/AUTO_REUSE (ValueError §7.3) */
  bool reuse_invalid;
  bool aux;              /* auxiliary_name_scope */
  const char *aux_invalid; /* str() of a non-bool value, else NULL */
  const sv_init *initializer; /* NULL: not given */
  int dtype;                  /* INVALID: not given */
  bool use_resource;          /* True requested: unsupported (§12) */
  bool has_partitioner, has_custom_getter; /* unsupported (§12) */
} sv_vs_args;

/* tf.variable_scope(...) construction checks, in order (§7.3). */
bool sv__tf_variable_scope_check(sv_tf *tf, const sv_vs_args *a);
/* Enter (§7.4). *out_scope is the new current VariableScope (what `as`
 * binds). The same argument block may be entered again (§7.5, last
 * paragraph): pass the original_name_scope recorded the first time in
 * *io_first_ons (NULL the first time; set on return). */
bool sv__tf_variable_scope_enter(sv_graph *g, const sv_vs_args *a,
                                 const char **io_first_ons,
                                 uint32_t *out_entry, sv_vscope **out_scope);
/* Exit: use sv__tf_scope_exit (it also restores the variable scope). */

sv_vscope *sv__tf_get_variable_scope(sv_graph *g);
const char *sv__vscope_name(const sv_vscope *s);
const char *sv__vscope_original_name_scope(const sv_vscope *s);
sv_reuse sv__vscope_reuse(const sv_vscope *s);
void sv__vscope_reuse_variables(sv_vscope *s);
const sv_init *sv__vscope_initializer(const sv_vscope *s); /* NULL: none */
void sv__vscope_set_initializer(sv_vscope *s, const sv_init *init);
int sv__vscope_dtype(const sv_vscope *s);
void sv__vscope_set_dtype(sv_vscope *s, int dtype);
/* The entry that created this object (SV_NONE for a root object). */
uint32_t sv__vscope_entry(const sv_vscope *s);
sv_graph *sv__vscope_graph(const sv_vscope *s);

/* ---- ops (§4, §5) -------------------------------------------------------- */

typedef enum sv_opkind {
  /* creation */
  SV_K_CONSTANT,         /* in[0] value; dtype, shape optional */
  SV_K_ZEROS,            /* in[0] shape (literal or tensor); dtype */
  SV_K_ONES,
  SV_K_FILL,             /* in[0] dims, in[1] value */
  SV_K_ZEROS_LIKE,       /* in[0] */
  SV_K_ONES_LIKE,
  SV_K_RANDOM_UNIFORM,   /* in[0] shape, in[1] minval, in[2] maxval */
  SV_K_RANDOM_NORMAL,    /* in[0] shape, in[1] mean, in[2] stddev */
  SV_K_TRUNCATED_NORMAL, /* in[0] shape, in[1] mean, in[2] stddev */
  SV_K_PLACEHOLDER,      /* dtype, shape (has_shape false: unknown rank) */
  /* named functions: mechanism B / C */
  SV_K_ADD, SV_K_SUBTRACT, SV_K_MULTIPLY, SV_K_DIVIDE, /* in[0] x, in[1] y */
  SV_K_MATMUL,           /* in[0] a, in[1] b; transpose_a/b */
  SV_K_IDENTITY, SV_K_RELU, SV_K_SIGMOID, SV_K_TANH, SV_K_SOFTMAX,
  SV_K_SQUARE, SV_K_SQRT, SV_K_EXP, SV_K_LOG,
  SV_K_BIAS_ADD,         /* in[0] value, in[1] bias */
  SV_K_DROPOUT,          /* in[0] x, in[1] keep_prob or rate */
  SV_K_RESHAPE,          /* in[0] tensor, in[1] shape */
  SV_K_CONCAT,           /* in[0..n-2] values, in[n-1] axis */
  SV_K_STACK,            /* in[0..n-1] values; axis attr */
  SV_K_TRANSPOSE,        /* in[0] a, in[1] perm (absent: reverse) */
  SV_K_CAST,             /* in[0] x; dtype */
  SV_K_REDUCE_SUM,       /* in[0] input, in[1] axis (absent: None);
                            keepdims */
  SV_K_REDUCE_MEAN,
  /* Python operators (§5.2); reflected: the Python value was on the left */
  SV_K_OP_ADD, SV_K_OP_SUB, SV_K_OP_MUL, SV_K_OP_TRUEDIV, SV_K_OP_MATMUL,
  SV_K_OP_POW, SV_K_OP_NEG,
  SV_K_OP_LESS, SV_K_OP_LESS_EQUAL, SV_K_OP_GREATER, SV_K_OP_GREATER_EQUAL,
  SV_K_OP_GETITEM,       /* in[0] x; index attrs */
  /* graph-level */
  SV_K_GLOBAL_VARIABLES_INITIALIZER, /* NoOp "init" */
  SV_K_NO_OP,
  SV_K__COUNT
} sv_opkind;

typedef struct sv_opargs {
  const char *name; /* name argument; NULL for None (use the default) */
  int dtype;        /* requested dtype, or SV_DT_INVALID */
  bool has_shape;   /* shape argument given (constant, placeholder) */
  sv_shape shape;
  bool keepdims;
  bool transpose_a, transpose_b;
  bool reflected; /* operators: the non-tensor operand was on the left */
  int64_t axis;   /* stack, softmax */
  int64_t index;  /* getitem: an int index */
  bool index_is_slice;
} sv_opargs;

/* Creates the op(s) of one API call; *out is the returned tensor. */
bool sv__tf_op(sv_graph *g, sv_opkind kind, const sv_input *in, size_t nin,
               const sv_opargs *args, sv_tensor *out);

/* ---- variables (§6, §8) -------------------------------------------------- */

typedef struct sv_variable_args {
  sv_input initial;    /* ABSENT: initial_value=None (ValueError) */
  sv_init_cb initial_cb; /* non-NULL: a callable initial value */
  void *initial_cb_ud;
  int trainable;       /* -1: None (True), 0, 1 */
  /* collections: NULL = default; else ncollections keys */
  const char *const *collections;
  size_t ncollections;
  /* collections given but not a list/tuple/set: str(value), type name */
  const char *collections_bad_value, *collections_bad_type;
  bool validate_shape;
  const char *name; /* NULL: "Variable" */
  int dtype;        /* INVALID: not given */
  bool has_shape;
  sv_shape shape;
  bool constraint_not_callable;
  bool use_resource; /* unsupported */
} sv_variable_args;

/* tf.Variable (§6.1). */
bool sv__tf_variable(sv_graph *g, const sv_variable_args *a, uint32_t *out_var);

typedef struct sv_get_variable_args {
  const char *name;
  bool has_shape; /* shape not None */
  sv_shape shape; /* may hold unknown dims (-1) */
  int dtype;      /* INVALID: not given */
  const sv_init *initializer; /* NULL: not given */
  int trainable;              /* -1: None */
  const char *const *collections;
  size_t ncollections;
  bool has_regularizer, has_partitioner, has_custom_getter, use_resource;
  bool validate_shape;
} sv_get_variable_args;

/* tf.get_variable (§8). *out_var is the created or reused variable. */
bool sv__tf_get_variable(sv_graph *g, const sv_get_variable_args *a,
                         uint32_t *out_var);

/* Tensors of a variable (op ids). */
uint32_t sv__tf_var_read_op(const sv_graph *g, uint32_t var);
uint32_t sv__tf_var_assign_op(const sv_graph *g, uint32_t var);
/* The initial value tensor (op id), §9.2 v.initial_value. */
uint32_t sv__tf_var_initial_value_op(const sv_graph *g, uint32_t var);

/* ---- collections (§10) ---------------------------------------------------- */

/* Variables of collection key (creation order), filtered by scope (Python
 * re.match semantics, NULL = no filter). Returns the count; *out_ids is
 * an array the caller frees with sv__xfree. An invalid regex is a
 * ValueError-free empty result? No: returns false with a pending error. */
bool sv__tf_collection(sv_graph *g, const char *key, const char *scope,
                       uint32_t **out_ids, size_t *out_count);

/* ---- printing helpers (§9) -------------------------------------------------- */

/* Appends TF's text for ops/tensors/variables of g. */
void sv__tf_tensor_str(const sv_graph *g, uint32_t op, sv_buf *out);  /* Tensor("a:0", shape=(), dtype=float32) */
void sv__tf_tensor_repr(const sv_graph *g, uint32_t op, sv_buf *out); /* <tf.Tensor 'a:0' shape=() dtype=float32> */
void sv__tf_var_repr(const sv_graph *g, uint32_t var, sv_buf *out);   /* <tf.Variable 'v:0' shape=... dtype=float32_ref> */
void sv__tf_op_repr(const sv_graph *g, uint32_t op, sv_buf *out);     /* <tf.Operation 'a' type=Const> */
/* "(2, 3)", "(?, 10)", "<unknown>": the text sv_shape_format writes, of
 * any length. */
void sv__tf_shape_str(const sv_shape *s, sv_buf *out);
void sv__tf_shape_repr(const sv_shape *s, sv_buf *out); /* TensorShape([Dimension(7)]) */
/* Interns a shape's dims in g's arena. */
sv_shape sv__tf_shape_copy(sv_graph *g, const sv_shape *s);

/* dtype from a name ("float32"); SV_DT_INVALID if unknown. */
int sv__tf_dtype_from_name(const char *name);

#endif
