/* SPDX-License-Identifier: MIT
 * engine_testlib: shared helpers of the scope-engine unit tests
 * (check_names.c, check_ops.c, ...). Each test runs on a fresh engine
 * (t_setup/t_teardown); helpers fail the current test on unexpected
 * errors. Literals live in a pool that t_teardown resets.
 */
#ifndef SV_ENGINE_TESTLIB_H
#define SV_ENGINE_TESTLIB_H

#include <check.h>
#include <stdbool.h>
#include <stdint.h>

#include "tf.h"

extern sv_tf *tf;
extern sv_graph *g;

void t_setup(void);
void t_teardown(void);

/* ---- literals (sv_lit as the host would build them, §9.6) ------------ */

const sv_lit *lit_f(double v, const char *text);   /* float scalar */
const sv_lit *lit_i(int64_t v, const char *text);  /* int scalar */
const sv_lit *lit_b(bool v);                       /* bool scalar */
const sv_lit *lit_s(const char *text);             /* string scalar */
const sv_lit *lit_none(void);                      /* None */
/* An int vector [v0, v1, ...] (shape (n,)): shape arguments, axes. */
const sv_lit *lit_iv(const int64_t *v, size_t n);
/* A float vector of n elements (text given). */
const sv_lit *lit_fv(size_t n, const char *text);

sv_input in_t(uint32_t op);
sv_input in_v(uint32_t var);
sv_input in_l(const sv_lit *l);
sv_input in_absent(void);

/* ---- ops ---------------------------------------------------------------- */

sv_opargs oa(const char *name);
/* sv__tf_op that must succeed; returns the op id. */
uint32_t op_ok(sv_opkind k, const sv_input *in, size_t n, const sv_opargs *a);
/* sv__tf_op that must fail with the given exception type and message. */
void op_fails(sv_opkind k, const sv_input *in, size_t n, const sv_opargs *a,
              const char *type, const char *msg);
uint32_t c_float(double v, const char *text, const char *name);
/* tf.placeholder(dtype, shape): rank -1 for shape=None. */
uint32_t placeholder(int dtype, int32_t rank, const int64_t *dims);
uint32_t random_uniform_7_10(void);

const char *opname(uint32_t op);
const char *optype(uint32_t op);
/* Asserts that ops [first, first + n) are named names[i] (and, when types
 * is not NULL, have types[i]); and that there are no further ops. */
void expect_ops(uint32_t first, const char *const *names,
                const char *const *types, size_t n);
/* The tensor's str / repr (§9.1), and a variable's repr (§9.2). */
const char *tstr(uint32_t op);
const char *trepr(uint32_t op);
const char *vrepr(uint32_t var);

/* ---- scopes ------------------------------------------------------------- */

/* tf.name_scope(name) / Graph.name_scope(name); *s = the bound value. */
uint32_t ns(const char *name, const char **s);
uint32_t gns(const char *name, const char **s);
void ns_exit(uint32_t e);
sv_vs_args vsa(const char *name);
uint32_t vs(const sv_vs_args *a, sv_vscope **out);
uint32_t vs_str(const char *name, sv_vscope **out);

/* ---- variables ---------------------------------------------------------- */

sv_variable_args va(void);
uint32_t var_ok(const sv_variable_args *a);
uint32_t var_tensor(uint32_t op, const char *name);
uint32_t var_lit(const sv_lit *l, const char *name);

sv_get_variable_args gva(const char *name, int32_t rank, const int64_t *dims);
/* get_variable(name, shape) that must succeed; returns the variable. */
uint32_t gv_ok(const sv_get_variable_args *a);
/* get_variable(name, []) with the default initializer; checks v.name. */
uint32_t gv_name(const char *name, const char *want);

/* ---- errors ------------------------------------------------------------- */

void expect_error(const char *type, const char *msg);
void expect_error_prefix(const char *type, const char *prefix);

/* ---- the stamped variables' caches (engine_int.h) ---------------------- */

/* The records of g's stamped variable lazy[li] once built; NULL before
 * (the tests check that a run or an export builds none it needs not). */
const sv_op *built_ops(uint32_t li);
const sv_var *built_var(uint32_t li);

#endif
