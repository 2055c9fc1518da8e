/* SPDX-License-Identifier: MIT
 * value: runtime values of the Python subset and the API native modules
 * (tf_builtins.c, the numpy surface) use to talk to the interpreter.
 *
 * Conventions (like CPython's C API):
 *  - sv_value is a small tagged value; heap objects are reference counted.
 *    A function that fills an `sv_value *out` gives the caller a NEW
 *    reference; arguments are BORROWED. sv_incref/sv_decref adjust.
 *  - Every object is also on the interpreter's object list, so reference
 *    cycles (closures that see themselves) are freed with the interpreter.
 *  - Functions returning bool: false means an exception is pending in the
 *    interpreter (raised with sv_raise and friends); propagate it by
 *    returning false.
 */
#ifndef SV_VALUE_H
#define SV_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scopeviz/model.h"

#include "mem.h"

typedef struct sv_interp sv_interp;
typedef struct sv_obj sv_obj;

typedef enum sv_tag {
  SV_T_UNSET = 0, /* "no value" (absent argument); never a Python value */
  SV_T_NONE,
  SV_T_BOOL,
  SV_T_INT,
  SV_T_FLOAT,
  SV_T_OBJ,
  SV_T_NOTIMPL /* NotImplemented, returned by binop hooks */
} sv_tag;

typedef struct sv_value {
  sv_tag tag;
  union {
    bool b;
    int64_t i;
    double f;
    sv_obj *o;
  } as;
} sv_value;

typedef enum sv_obj_type {
  SV_O_STR,
  SV_O_LIST,
  SV_O_TUPLE,
  SV_O_DICT,
  SV_O_SET,
  SV_O_RANGE,
  SV_O_FUNC,      /* a `def` or lambda */
  SV_O_BUILTIN,   /* a native function, maybe bound to a self */
  SV_O_EXC,       /* an exception instance */
  SV_O_EXC_CLASS, /* ValueError, ... (also usable in except) */
  SV_O_TYPE,      /* builtin types used as callables: int, str, ... */
  SV_O_NATIVE,    /* an object of a native class (sv_class) */
  SV_O_ITER,      /* internal iterators */
  SV_O_CELL       /* closure cell (internal) */
} sv_obj_type;

struct sv_obj {
  uint32_t refcount;
  uint16_t type; /* sv_obj_type */
  uint16_t flags;
  sv_obj *next_all, *prev_all; /* the interpreter's object list */
};

/* ---- constructors and tests ----------------------------------------- */

static inline sv_value sv_none(void) {
  sv_value v = {SV_T_NONE, {.i = 0}};
  return v;
}
static inline sv_value sv_unset(void) {
  sv_value v = {SV_T_UNSET, {.i = 0}};
  return v;
}
static inline sv_value sv_bool(bool b) {
  sv_value v = {SV_T_BOOL, {.b = b}};
  return v;
}
static inline sv_value sv_int(int64_t i) {
  sv_value v = {SV_T_INT, {.i = i}};
  return v;
}
static inline sv_value sv_float(double f) {
  sv_value v = {SV_T_FLOAT, {.f = f}};
  return v;
}
static inline bool sv_is_unset(sv_value v) {
  return v.tag == SV_T_UNSET;
}
static inline bool sv_is_none(sv_value v) {
  return v.tag == SV_T_NONE;
}
static inline bool sv_is_obj(sv_value v, sv_obj_type t) {
  return v.tag == SV_T_OBJ && v.as.o->type == t;
}

void sv_incref(sv_value v);
void sv_decref(sv_interp *I, sv_value v);

/* Strings: UTF-8 bytes, immutable. */
sv_value sv_str_new(sv_interp *I, const char *s, size_t len);
sv_value sv_str_cstr(sv_interp *I, const char *s);
bool sv_is_str(sv_value v);
const char *sv_str_data(sv_value v); /* NUL-terminated, borrowed */
size_t sv_str_len(sv_value v);

/* Lists and tuples. sv_list_append/sv_tuple_set take a NEW reference
 * (they steal x). Items are borrowed. */
sv_value sv_list_new(sv_interp *I, size_t cap);
void sv_list_append(sv_interp *I, sv_value list, sv_value x);
sv_value sv_tuple_new(sv_interp *I, size_t count); /* items None */
void sv_tuple_set(sv_interp *I, sv_value tuple, size_t i, sv_value x);
bool sv_is_list(sv_value v);
bool sv_is_tuple(sv_value v);
size_t sv_seq_len(sv_value v);             /* list or tuple */
sv_value sv_seq_item(sv_value v, size_t i); /* borrowed */

/* Dicts (insertion-ordered, str/int/tuple keys). */
sv_value sv_dict_new(sv_interp *I);
bool sv_dict_set(sv_interp *I, sv_value dict, sv_value key, sv_value val);
/* Borrowed value, or SV_T_UNSET when absent (no exception). */
sv_value sv_dict_get(sv_value dict, sv_value key);

bool sv_truthy(sv_interp *I, sv_value v, bool *out);
/* Python type name for messages: "int", "str", "list", "Tensor", ... */
const char *sv_type_name(sv_value v);
/* str(v) / repr(v) appended to out, exactly as Python prints them. */
bool sv_str(sv_interp *I, sv_value v, sv_buf *out);
bool sv_repr(sv_interp *I, sv_value v, sv_buf *out);
/* ascii(v): repr(v) with every non-ASCII character escaped (\xe9,
 * \u200b, \U0001f600), as CPython's ascii(), %a and !a. */
bool sv_ascii(sv_interp *I, sv_value v, sv_buf *out);
/* str(type(v)): "<class 'list'>" */
void sv_type_str(sv_value v, sv_buf *out);
/* v == w (Python semantics, without raising for the builtin types). */
bool sv_equal(sv_interp *I, sv_value v, sv_value w, bool *out);
/* Iterate any iterable into a new list (a NEW reference in *out). */
bool sv_to_list(sv_interp *I, sv_value iterable, sv_value *out);

/* ---- calls ------------------------------------------------------------- */

typedef struct sv_args {
  const sv_value *pos;
  size_t npos;
  const char *const *kwnames; /* interned */
  const sv_value *kwvals;
  size_t nkw;
  sv_loc loc; /* the call expression */
} sv_args;

/* Binds arguments like a Python signature `fname(p0, p1, ...)`: params is
 * NULL-terminated; the first nrequired are required; out receives BORROWED
 * values, SV_T_UNSET where an optional argument was not given. Raises
 * TypeError with CPython's messages ("fname() missing 1 required
 * positional argument: 'x'", "fname() got an unexpected keyword argument
 * 'reuse'", "fname() takes from 1 to 3 positional arguments but 4 were
 * given", "fname() got multiple values for argument 'x'"). */
bool sv_args_bind(sv_interp *I, const sv_args *a, const char *fname,
                  const char *const *params, size_t nrequired, sv_value *out);

/* Calls any callable (function, lambda, builtin, class, native). */
bool sv_call(sv_interp *I, sv_value fn, const sv_args *a, sv_value *out);

typedef bool (*sv_native_fn)(sv_interp *I, void *ud, sv_value self,
                             const sv_args *a, sv_value *out);

/* A builtin function object. qualname is used in messages and reprs
 * ("get_variable"); static storage. self is stored (incref'ed) and passed
 * back: a bound method when not SV_T_UNSET. */
sv_value sv_builtin_new(sv_interp *I, const char *qualname, sv_native_fn fn,
                        void *ud, sv_value self);

/* ---- exceptions -------------------------------------------------------- */

/* Raise a Python exception of the named builtin class ("ValueError",
 * "TypeError", "AttributeError", ...). Always returns false. */
bool sv_raise(sv_interp *I, const char *exc_type, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Raise with a message taken verbatim (no formatting). */
bool sv_raise_str(sv_interp *I, const char *exc_type, const char *msg);
/* Checks, before a large allocation, that `count` items of `size` bytes
 * more fit in the memory budget (--max-memory). Returns true if so; else
 * stops the run with the memory-limit error (exit status 3) and returns
 * false, like sv_raise. Without it one `s * n` or `s.ljust(n)` could
 * allocate far beyond the budget (or abort on malloc failure) before the
 * per-step check sees it (issue 5). */
bool sv__mem_reserve(sv_interp *I, size_t count, size_t size);
/* False (with the memory limit error set) when the memory budget is
 * spent. The budget is otherwise asked between statements; a C loop that
 * makes one object per item (list(s) of a long string, str.split) asks
 * every SV_MEM_POLL items. */
bool sv__mem_ok(sv_interp *I);
#define SV_MEM_POLL 1024
/* Appends x (a new reference) to list; false (limit set) when the budget
 * is spent, asked every SV_MEM_POLL items. */
bool sv__list_append_polled(sv_interp *I, sv_value list, sv_value x);
/* Reject the script as outside the emulated subset: an uncatchable error
 * printed as "FILE:LINE:COL: error: MESSAGE" (exit status 2). */
bool sv_reject(sv_interp *I, sv_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The pending exception's type name and message (NULL if none). */
const char *sv_exc_pending_type(sv_interp *I);
/* Associate the pending exception with a TF error record so that catching
 * it marks the record caught (graph, error id). */
void sv_exc_set_tf_record(sv_interp *I, sv_graph *g, uint32_t error_id);

/* ---- native classes ----------------------------------------------------- */

typedef enum sv_binop {
  SV_BIN_ADD, SV_BIN_SUB, SV_BIN_MUL, SV_BIN_TRUEDIV, SV_BIN_FLOORDIV,
  SV_BIN_MOD, SV_BIN_POW, SV_BIN_MATMUL,
  SV_BIN_LT, SV_BIN_LE, SV_BIN_GT, SV_BIN_GE, SV_BIN_EQ, SV_BIN_NE
} sv_binop;

/* Hooks a native class may provide (NULL: Python's default behaviour or
 * the usual TypeError). self is borrowed. */
typedef struct sv_class {
  const char *name; /* type name for messages: "Tensor", "Variable" */
  size_t size;      /* payload bytes (sv_native_data) */
  void (*fini)(sv_interp *I, void *data); /* release payload references */
  /* Attribute lookup. Return false with an exception, or set *out. To
   * report a missing attribute call sv_raise_no_attr. */
  bool (*getattr)(sv_interp *I, sv_value self, const char *name,
                  sv_value *out);
  bool (*setattr)(sv_interp *I, sv_value self, const char *name,
                  sv_value val);
  bool (*call)(sv_interp *I, sv_value self, const sv_args *a, sv_value *out);
  bool (*repr)(sv_interp *I, sv_value self, sv_buf *out);
  bool (*str)(sv_interp *I, sv_value self, sv_buf *out); /* NULL: repr */
  /* Binary operator; self is the left operand unless reflected. Set *out
   * to SV_T_NOTIMPL to let the other operand try. */
  bool (*binop)(sv_interp *I, sv_binop op, sv_value self, sv_value other,
                bool reflected, sv_value *out);
  bool (*neg)(sv_interp *I, sv_value self, sv_value *out);
  bool (*getitem)(sv_interp *I, sv_value self, sv_value key, sv_value *out);
  bool (*truthy)(sv_interp *I, sv_value self, bool *out);
  bool (*len)(sv_interp *I, sv_value self, size_t *out);
  /* Iteration: produce a list of the items (NEW reference). */
  bool (*iter)(sv_interp *I, sv_value self, sv_value *out_list);
  /* Context manager: __enter__ returns the `as` value; __exit__ gets
   * whether an exception is propagating (it never suppresses it). */
  bool (*enter)(sv_interp *I, sv_value self, sv_value *out);
  bool (*exit)(sv_interp *I, sv_value self, bool exc_pending);
  /* Python `==` (NULL: identity) and hash for dict keys (NULL:
   * identity). */
  bool (*eq)(sv_interp *I, sv_value self, sv_value other, bool *out);
  /* __int__ / __index__: the integer value, for int(x), range(x), list
   * indexes and other places Python accepts an integer-like object. */
  bool (*to_int)(sv_interp *I, sv_value self, int64_t *out);
} sv_class;

/* A new object of cls with a zeroed payload of cls->size bytes. */
sv_value sv_native_new(sv_interp *I, const sv_class *cls);
bool sv_is_native(sv_value v, const sv_class *cls);
void *sv_native_data(sv_value v); /* the payload */
const sv_class *sv_native_class(sv_value v); /* NULL if not native */

/* AttributeError: 'Variable' object has no attribute 'foo' */
bool sv_raise_no_attr(sv_interp *I, sv_value self, const char *name);

/* ---- namespaces (modules) ---------------------------------------------- */

/* A module-like object ("tf", "tf.nn", "np.random"): attributes set with
 * sv_namespace_set. Reading a missing attribute does not raise at once: it
 * yields a placeholder that remembers the dotted path, and any use of the
 * placeholder (call, print, operator, `with`) rejects the script with
 * "<path> is not emulated" (sv_reject), so `tf.contrib.seq2seq.x(...)`
 * names the whole path. */
sv_value sv_namespace_new(sv_interp *I, const char *qualname);
void sv_namespace_set(sv_interp *I, sv_value ns, const char *name,
                      sv_value val); /* steals val */
/* Convenience: a builtin function attribute. */
void sv_namespace_def(sv_interp *I, sv_value ns, const char *name,
                      sv_native_fn fn, void *ud);

/* Module resolver for `import X` / `from X import y`: fills *out with the
 * module object for the dotted name, or returns false with
 * *out = SV_T_UNSET when the module is not known (the interpreter then
 * rejects the import). */
typedef bool (*sv_import_fn)(sv_interp *I, void *ud, const char *dotted,
                             sv_value *out);
void sv_interp_set_importer(sv_interp *I, sv_import_fn fn, void *ud);

/* ---- host data and call stack ------------------------------------------ */

/* An opaque pointer the embedding keeps on the interpreter (the tf
 * binding's state). */
void sv_interp_set_host(sv_interp *I, void *host);
void *sv_interp_host(sv_interp *I);
/* A token for the current Python call stack (frames with function names
 * and call locations), valid until the interpreter is freed; format it
 * with sv_interp_format_origin (innermost frame first, Python traceback
 * frame format). */
const void *sv_interp_origin(sv_interp *I);
void sv_interp_format_origin(void *I, const void *origin, sv_buf *out);

#endif
