/* SPDX-License-Identifier: MIT
 * interp_int: object layouts and helpers shared by value.c, interp.c,
 * builtins.c and pyfmt.c (private to the interp component).
 */
#ifndef SV_INTERP_INT_H
#define SV_INTERP_INT_H

#include <stdalign.h>
#include <stddef.h>

#include "ast.h"
#include "diag.h"
#include "interp.h"
#include "value.h"

/* ---- object layouts ---------------------------------------------------- */

typedef struct sv_str_obj {
  sv_obj h;
  size_t len;
  uint64_t hash; /* 0: not computed yet */
  char data[];   /* NUL-terminated */
} sv_str_obj;

typedef struct sv_list_obj {
  sv_obj h;
  sv_value *items;
  size_t count, cap;
} sv_list_obj;

typedef struct sv_tuple_obj {
  sv_obj h;
  size_t count;
  sv_value items[];
} sv_tuple_obj;

typedef struct sv_dict_entry {
  sv_value key; /* SV_T_UNSET: deleted slot */
  sv_value val;
  uint64_t hash;
} sv_dict_entry;

/* Dicts and sets: insertion-ordered entries plus an open-addressing index
 * of entry positions (-1 empty, -2 deleted). */
typedef struct sv_dict_obj {
  sv_obj h;
  sv_dict_entry *entries;
  size_t count; /* entries used, deleted ones included */
  size_t live;  /* entries present */
  size_t cap;
  int32_t *index;
  size_t icap; /* power of two, or 0 */
} sv_dict_obj;

typedef struct sv_range_obj {
  sv_obj h;
  int64_t start, stop, step;
} sv_range_obj;

typedef struct sv_code sv_code;

typedef struct sv_func_obj {
  sv_obj h;
  sv_code *code;
  sv_value *defaults; /* one per parameter, SV_T_UNSET without default */
  sv_value *free;     /* closure cells (SV_O_CELL), code->nfree */
} sv_func_obj;

typedef struct sv_builtin_obj {
  sv_obj h;
  const char *qualname;
  sv_native_fn fn;
  void *ud;
  sv_value self;
} sv_builtin_obj;

typedef struct sv_exc_class_obj {
  sv_obj h;
  const char *name;
  struct sv_exc_class_obj *base;
} sv_exc_class_obj;

typedef struct sv_tb_entry {
  const char *func; /* "<module>" or the function name */
  uint32_t line;
} sv_tb_entry;

typedef struct sv_exc_obj {
  sv_obj h;
  sv_exc_class_obj *cls;
  sv_value args;  /* tuple */
  sv_value cause;   /* raise X from Y, or None */
  sv_value context; /* the exception being handled when this one was
                       raised (__context__), or None */
  bool suppress_context; /* raise ... from ...: print the cause only */
  const void *tb_frame;  /* the frame whose entry tb ends with, so that a
                            re-raise in that frame adds no second one */
  SV_VEC(sv_tb_entry) tb; /* innermost first */
  sv_graph *tf_graph;
  uint32_t tf_error;
  sv_loc loc; /* innermost script location */
  bool has_loc;
} sv_exc_obj;

/* Builtin types used as callables and by type()/isinstance(). */
typedef enum sv_type_kind {
  SV_TY_NONE, SV_TY_BOOL, SV_TY_INT, SV_TY_FLOAT, SV_TY_STR, SV_TY_LIST,
  SV_TY_TUPLE, SV_TY_DICT, SV_TY_SET, SV_TY_RANGE, SV_TY_FUNCTION,
  SV_TY_BUILTIN, SV_TY_TYPE, SV_TY_OBJECT, SV_TY_NATIVE, SV_TY_EXC_CLASS,
  SV_TY_NOTIMPL, SV_TY_CELL, SV_TY_COUNT
} sv_type_kind;

typedef struct sv_type_obj {
  sv_obj h;
  sv_type_kind kind;
  const char *name;
  const sv_class *cls; /* SV_TY_NATIVE */
} sv_type_obj;

typedef struct sv_native_obj {
  sv_obj h;
  const sv_class *cls;
  alignas(max_align_t) unsigned char data[];
} sv_native_obj;

typedef struct sv_cell_obj {
  sv_obj h;
  sv_value v; /* SV_T_UNSET: empty */
} sv_cell_obj;

#define SV_AS(T, v) ((T *)(v).as.o)

/* sv_obj.flags: set on a container (or dict view) while its repr is being
 * produced, to print a cycle as [...] like Python's Py_ReprEnter. */
#define SV_FLAG_REPR 2
/* sv_obj.flags bits 8..15: the object's pool size class (0: not pooled). */
#define SV_FLAG_CLASS_SHIFT 8

/* Object pool (value.c): sizes up to SV_POOL_CLASSES * SV_POOL_GRAIN
 * bytes are carved from SV_SLAB_BYTES slabs and kept for reuse once
 * freed (the interpreter's small objects stay at their high-water mark
 * until teardown). */
#define SV_POOL_GRAIN 16
#define SV_POOL_CLASSES 16
#define SV_SLAB_BYTES ((size_t)64 << 10)

/* Slots of the interpreter's table of recent call-site origins. */
#define SV_ORIGIN_SEEN 256

static inline sv_value sv_obj_value(sv_obj *o) {
  sv_value v;
  v.tag = SV_T_OBJ;
  v.as.o = o;
  return v;
}

/* ---- pointer-keyed map (interned names, AST nodes) --------------------- */

typedef struct sv_pmap_slot {
  const void *key;
  sv_value val;
  void *ptr;
} sv_pmap_slot;

typedef struct sv_pmap {
  sv_pmap_slot *slots;
  size_t cap, count; /* cap: power of two or 0 */
} sv_pmap;

sv_pmap_slot *sv__pmap_find(const sv_pmap *m, const void *key);
sv_pmap_slot *sv__pmap_put(sv_pmap *m, const void *key); /* key zero val */
void sv__pmap_fini(sv_pmap *m);

/* ---- the interpreter ---------------------------------------------------- */

typedef struct sv_frame sv_frame;

/* A call's evaluated arguments (interp.c eval_call). */
typedef struct sv_argvec {
  SV_VEC(sv_value) pos;
  SV_VEC(const char *) kwn;
  SV_VEC(sv_value) kwv;
} sv_argvec;

struct sv_interp {
  sv_interp_opts opts;
  const sv_source *src;
  sv_intern *in;
  sv_interp_write write;
  void *write_ud;
  sv_obj *all; /* every live object (doubly linked) */
  /* Freed small objects kept for reuse, by size class (value.c):
   * pool[c] holds blocks of c * SV_POOL_GRAIN bytes, linked through their
   * first word; npool[c] counts them. */
  void *pool[SV_POOL_CLASSES + 1];
  uint32_t npool[SV_POOL_CLASSES + 1];
  /* The slabs blocks are carved from, linked through their first word,
   * and the unused rest of the newest. */
  void *slabs;
  unsigned char *slab_at;
  size_t slab_left;
  SV_VEC(sv_obj *) dead; /* objects whose count reached zero */
  /* Emptied argument vectors kept for the next calls (calls nest: a
   * stack); a call costs no allocation once they have grown. */
  SV_VEC(sv_argvec) argspare;
  bool draining, teardown;
  sv_value exc; /* pending exception (SV_O_EXC) or SV_T_UNSET */
  sv_value handling; /* exception being handled (bare raise) */
  int fatal; /* 0, or the sv_run_result of an uncatchable stop */
  sv_loc reject_loc;
  sv_buf fatal_msg;
  sv_buf error_text;
  char *error_type, *error_message;
  sv_loc error_loc;
  sv_pmap globals, builtins;
  sv_pmap codes; /* AST node -> sv_code */
  sv_exc_class_obj **exc_classes;
  size_t nexc_classes;
  sv_value types[SV_TY_COUNT];
  SV_VEC(sv_type_obj *) native_types;
  sv_frame *frame;
  uint32_t depth;
  uint32_t cdepth; /* C-level nesting guard */
  bool inplace_op; /* next sv__binop is `x op= y` (for its TypeError) */
  uintptr_t stack_base; /* address near the bottom of the run's C stack */
  size_t stack_limit;   /* bytes usable below stack_base */
  uint64_t steps;
  size_t mem_base;
  sv_loc cur_loc;
  sv_import_fn importer;
  void *importer_ud;
  void *host;
  sv_arena *arena; /* codes, origins */
  const void *origin_cache;
  /* Origins made before, by (caller origin, function, line): a loop body
   * calls from the same few lines, and one origin serves them all
   * (interp.c sv_interp_origin). */
  const void *origin_seen[SV_ORIGIN_SEEN];
  const char *s_module, *s_lambda; /* interned names */
  SV_VEC(char *) strs; /* owned strings (names built at runtime) */
};

/* ---- interpreter internals used across files ---------------------------- */

sv_obj *sv__obj_alloc(sv_interp *I, sv_obj_type type, size_t size);
sv_intern *sv__interp_intern(sv_interp *I);
sv_loc sv__interp_cur_loc(sv_interp *I);
/* The exception class object by name (NULL if unknown). */
sv_exc_class_obj *sv__exc_class(sv_interp *I, const char *name);
bool sv__exc_matches(sv_exc_class_obj *c, sv_exc_class_obj *target);
sv_value sv__exc_new(sv_interp *I, sv_exc_class_obj *cls, sv_value args);
/* Raise an existing exception object (borrowed). */
bool sv__raise_value(sv_interp *I, sv_value exc);
sv_value sv__type_of(sv_interp *I, sv_value v); /* borrowed type object */
sv_value sv__builtin_type(sv_interp *I, sv_type_kind k); /* borrowed */

/* value.c */
uint64_t sv__str_hash(sv_value s);
bool sv__value_hash(sv_interp *I, sv_value v, uint64_t *out);
bool sv__lt(sv_interp *I, sv_value a, sv_value b, bool *out);
/* Compare op (SV_BIN_LT..NE) with Python semantics, result a value. */
bool sv__compare(sv_interp *I, sv_binop op, sv_value a, sv_value b,
                 sv_value *out);
bool sv__binop(sv_interp *I, sv_binop op, sv_value a, sv_value b,
               sv_value *out);
bool sv__contains(sv_interp *I, sv_value container, sv_value x, bool *out);
bool sv__getitem(sv_interp *I, sv_value obj, sv_value key, sv_value *out);
bool sv__setitem(sv_interp *I, sv_value obj, sv_value key, sv_value val);
bool sv__delitem(sv_interp *I, sv_value obj, sv_value key);
bool sv__len(sv_interp *I, sv_value v, size_t *out);
sv_value sv__str_concat(sv_interp *I, const char *a, size_t alen,
                        const char *b, size_t blen);
sv_value sv__range_new(sv_interp *I, int64_t start, int64_t stop,
                       int64_t step);
size_t sv__range_len(const sv_range_obj *r);
sv_value sv__set_new(sv_interp *I);
bool sv__set_add(sv_interp *I, sv_value set, sv_value key);
/* A set of the items of list; takes the reference to list (dropped on
 * success and on failure). */
bool sv__set_from_list(sv_interp *I, sv_value list, sv_value *out);
bool sv__dict_lookup(sv_interp *I, sv_value dict, sv_value key,
                     sv_value *out, bool *found);
bool sv__dict_del(sv_interp *I, sv_value dict, sv_value key, bool *found);
void sv__dict_clear(sv_interp *I, sv_value dict);
void sv__list_clear(sv_interp *I, sv_value list);
sv_value sv__tuple_from(sv_interp *I, const sv_value *items, size_t count);
void sv__obj_free(sv_interp *I, sv_obj *o, bool teardown);
/* Frees the blocks the object pool keeps (at interpreter teardown). */
void sv__obj_pool_free(sv_interp *I);
/* Python int arithmetic helpers raising OverflowError. */
bool sv__int_overflow(sv_interp *I);

/* builtins.c */
void sv__builtins_install(sv_interp *I, sv_pmap *builtins);
bool sv__getattr(sv_interp *I, sv_value obj, const char *name,
                 sv_value *out);
bool sv__setattr(sv_interp *I, sv_value obj, const char *name,
                 sv_value val);
bool sv__format_value(sv_interp *I, sv_value v, const char *spec,
                      size_t speclen, sv_buf *out);
bool sv__call_type(sv_interp *I, sv_type_obj *t, const sv_args *a,
                   sv_value *out);
sv_value sv__namespace_placeholder(sv_interp *I, const char *path);
bool sv__is_placeholder(sv_value v, const char **path);
/* True when v is a placeholder of a name not emulated: the run has then
 * been rejected ("<path> is not emulated" at the current statement) and
 * the caller returns false. */
bool sv__placeholder_rejected(sv_interp *I, sv_value v);
/* The iterator types sv__iter_wrap makes (their CPython type names,
 * "zip", "generator", ..., are in builtins.c). */
typedef enum sv_iter_kind {
  SV_IT_ZIP,
  SV_IT_MAP,
  SV_IT_FILTER,
  SV_IT_ENUMERATE,
  SV_IT_GENERATOR,
  SV_IT_LIST_REVERSE,
  SV_IT_REVERSED,
  SV_IT_RANGE,
  SV_IT_LIST,
  SV_IT_TUPLE,
  SV_IT_STR,
  SV_IT_DICT_KEY,
  SV_IT_SET,
  SV_IT_DICT_REVERSEKEY,
  SV_IT__COUNT
} sv_iter_kind;
/* A one-shot iterator object of type `kind` over the items of list
 * (stolen). */
sv_value sv__iter_wrap(sv_interp *I, sv_iter_kind kind, sv_value list);
/* True if v is a dict_keys view; *dict is the viewed dict (borrowed). */
bool sv__dict_keys_view(sv_value v, sv_value *dict);

#endif
