/* SPDX-License-Identifier: MIT
 * tf_builtins_int: state and helpers shared by the files of the tfbind
 * component (tf_builtins.c objects and conversions, tf_api.c the tf.*
 * functions, tf_numpy.c the numpy surface). Private to the component.
 */
#ifndef SV_TF_BUILTINS_INT_H
#define SV_TF_BUILTINS_INT_H

#include "intern.h"
#include "tf.h"
#include "tf_builtins.h"
#include "value.h"

/* Two interpreter internals the binding needs (declared in the interp
 * component's private interp_int.h, repeated here so the binding does not
 * depend on object layouts): the interner for keyword names of sv_call,
 * and the location of the expression under evaluation, for operator hooks
 * that receive no sv_args. */
sv_intern *sv__interp_intern(sv_interp *I);
sv_loc sv__interp_cur_loc(sv_interp *I);

/* A pointer-keyed cache of Python objects (identity of Variables, graphs,
 * VariableScopes, dtypes). Never iterated for output. */
typedef struct tb_slot {
  const void *key;
  sv_obj *obj; /* every cached value is an object (24-byte slots) */
  uint32_t id;
} tb_slot;

typedef struct tb_cache {
  tb_slot *slots;
  size_t cap, count;
} tb_cache;

typedef struct tb_call tb_call;

/* The live Variable object of each variable of one graph, by variable id
 * (weak, as in the cache; NULL: none). Dense: a model's every Variable
 * listed at once (tf.global_variables()) costs 8 bytes each here, not a
 * cache slot and its slack. */
typedef struct tb_varobjs {
  const sv_graph *g;
  sv_obj **objs;
  size_t cap;
} tb_varobjs;

/* The binding's state (sv_interp_host). */
typedef struct tb_state {
  sv_interp *I;
  sv_tf *tf;
  sv_arena *arena; /* what the engine may keep: sv_init, sv_lit */
  /* An emptied scratch arena kept for the next call (tb_call_end): a
   * model's millions of calls then allocate no block of their own. */
  sv_arena *spare;
  tb_cache cache;
  tb_varobjs *vobjs; /* one per graph that has had a Variable object */
  size_t nvobjs;
  sv_value keep; /* list of values kept alive for the engine */
  sv_value tf_mod, compat_mod, np_mod, np_random;
  sv_value auto_reuse;
  tb_call *cur; /* innermost API call under way */
  uint64_t seq; /* fake object addresses */
} tb_state;

/* One tf.* API call: call site, scratch memory for converted literals. */
struct tb_call {
  tb_state *st;
  sv_interp *I;
  sv_loc loc;
  const void *origin;
  sv_arena *scratch; /* created on demand, freed by tb_call_end */
  tb_call *prev;
  /* The graph the call builds in, when not the default graph (a tensor's
   * operator method builds in the tensor's graph). tb_input rejects
   * tensors of any other graph: their ids mean nothing there (fuzz_run
   * finding, tests/fuzz/regress/run/reset-graph-*.py). */
  sv_graph *graph;
};

void tb_call_begin(tb_call *c, tb_state *st, sv_interp *I, sv_loc loc);
void tb_call_end(tb_call *c);
/* Re-sets the engine's call site to c's (after a callback ran). */
void tb_call_site(tb_call *c);
sv_arena *tb_scratch(tb_call *c);

/* Converts the pending engine error into a Python exception or a
 * rejection; always returns false. g: the graph of the call. */
bool tb_engine_fail(tb_call *c, sv_graph *g);

tb_state *tb_state_of(sv_interp *I);

/* ---- objects --------------------------------------------------------- */

extern const sv_class tb_tensor_class, tb_variable_class, tb_op_class,
    tb_dtype_class, tb_shape_class, tb_dim_class, tb_vscope_class,
    tb_graph_class, tb_init_class, tb_initcls_class, tb_reuse_class,
    tb_ndarray_class, tb_npdtype_class;

typedef struct tb_tensor {
  sv_graph *g;
  uint32_t id; /* op id (Tensor, Operation) or variable id */
} tb_tensor;

typedef struct tb_vscope_data {
  sv_vscope *s;
} tb_vscope_data;

typedef struct tb_shape_obj {
  int32_t rank;
  int64_t *dims; /* sv__xmalloc'ed */
} tb_shape_obj;

typedef struct tb_ndarray {
  int32_t rank;
  int64_t *dims; /* sv__xmalloc'ed */
  int dtype;
} tb_ndarray;

/* An initializer object or class: the sv_init lives in the state arena
 * (a VariableScope may keep a pointer to it). */
typedef struct tb_init_obj {
  sv_init *init;
  const char *pyname; /* "Zeros", "GlorotUniform", ... */
  const void *spec;   /* constructor description (tf_api.c) */
  sv_value held;      /* list of Python values the init refers to */
} tb_init_obj;

sv_value tb_tensor_new(tb_state *st, sv_graph *g, uint32_t op);
sv_value tb_variable_new(tb_state *st, sv_graph *g, uint32_t var);
sv_value tb_op_new(tb_state *st, sv_graph *g, uint32_t op);
sv_value tb_dtype_new(tb_state *st, int dtype);
sv_value tb_shape_new(sv_interp *I, const sv_shape *s);
sv_value tb_dim_new(sv_interp *I, int64_t v);
sv_value tb_graph_obj(tb_state *st, sv_graph *g);
sv_value tb_vscope_obj(tb_state *st, sv_vscope *s);
sv_value tb_ndarray_new(sv_interp *I, const sv_shape *s, int dtype);
/* np.float32 (a class, callable) or an arr.dtype instance. */
typedef struct tb_npdtype {
  int dtype;
  const char *name; /* "float32" */
  bool instance;
} tb_npdtype;
sv_value tb_npdtype_new(sv_interp *I, int dtype, const char *name,
                        bool instance);
/* A new initializer instance (cls tb_init_class) or class object
 * (tb_initcls_class) whose sv_init lives in the state arena. */
sv_value tb_init_new(tb_state *st, const sv_class *cls, const char *pyname,
                     sv_init_kind kind, sv_init **out_init);
bool tb_initcls_call(sv_interp *I, sv_value self, const sv_args *a,
                     sv_value *out);
bool tb_npdtype_call(sv_interp *I, sv_value self, const sv_args *a,
                     sv_value *out);
bool tb_graph_getattr(sv_interp *I, sv_value self, const char *name,
                      sv_value *out);
/* Variables of collection key (creation order), filtered by a prefix
 * regex (NULL: none), as a new Python list. */
bool tb_collection_list(tb_call *c, sv_graph *g, const char *key,
                        const char *scope, sv_value *out);
sv_graph *tb_graph_of(sv_value graph_obj);
void tb_fake_addr(tb_state *st, sv_buf *out);
/* Appends Python's default repr "<qualname object at 0x...>" (with
 * tb_fake_addr's address); returns true. */
bool tb_object_repr(sv_interp *I, const char *qualname, sv_buf *out);

/* ---- conversions ----------------------------------------------------- */

/* Python value -> literal summary (§9.6), allocated in arena. false with
 * an exception or rejection pending. */
bool tb_lit(tb_call *c, sv_arena *arena, sv_value v, sv_lit *out);
/* Python value -> op input. None gives SV_IN_ABSENT when none_absent. */
bool tb_input(tb_call *c, sv_value v, bool none_absent, sv_input *out);
/* A dtype argument (DType, numpy type, string, Python float/int);
 * SV_DT_INVALID for None/unset. */
bool tb_dtype_arg(tb_call *c, sv_value v, const char *what, int *out);
/* A shape argument (list/tuple of int/None/Dimension, TensorShape, int).
 * *has false for None/unset. dims allocated in arena. */
bool tb_shape_arg(tb_call *c, sv_arena *arena, sv_value v, bool *has,
                  sv_shape *out);
/* A name argument: string or None (NULL). */
bool tb_name_arg(tb_call *c, sv_value v, const char *fname, const char **out);
/* False (after rejecting the script) if the str v holds a NUL character:
 * the engine works on C strings, so such a name would be silently cut
 * short ("a\x00b" -> "a") instead of failing TF's name regex (issue 5,
 * tests/bad/weird_names.py). */
bool tb_name_no_nul(tb_call *c, sv_value v);
/* An initializer argument -> sv_init (NULL when not given). Long-lived
 * (state arena) when persistent. */
bool tb_init_arg(tb_call *c, sv_value v, bool persistent, const sv_init **out);
bool tb_is_callable(sv_value v);
int tb_dtype_of(sv_value v); /* DType object -> dtype, else INVALID */
/* Collections argument: list/tuple/set of strings. */
bool tb_keys_arg(tb_call *c, sv_value v, const char *const **out,
                 size_t *out_count, bool *bad);

/* ---- modules ----------------------------------------------------------- */

void tb_install_api(tb_state *st);   /* tf module (tf_api.c) */
void tb_install_numpy(tb_state *st); /* numpy module (tf_numpy.c) */
/* Calls that reject because the attribute is not emulated. */
sv_value tb_unsupported_fn(sv_interp *I, const char *qualname);

#endif
