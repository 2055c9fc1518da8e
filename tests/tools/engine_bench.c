/* SPDX-License-Identifier: MIT
 * engine_bench: drives the scope engine through its C API with the
 * equivalent of
 *
 *   x = tf.placeholder(tf.float32, [None, 10])
 *   for i in range(N):
 *       with tf.variable_scope("layer%d" % i):
 *           w = tf.get_variable("w", [10, 10])
 *           b = tf.get_variable("b", [10])
 *           x = tf.nn.relu(tf.matmul(x, w) + b)
 *
 * (23 ops per iteration) and prints the wall time and the peak of memory
 * allocated through the seam per op. Usage: engine_bench [N]
 * (default 100000). Built, not run by ctest.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine_int.h"

#define SHOW(v, what)                                                         \
  printf("  %-10s %9zu items %5zu B each %8.1f B/op\n", what, (v).count,    \
         sizeof *(v).items, (double)((v).cap * sizeof *(v).items) /        \
             (double)ops)

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void die(sv_tf *tf, const char *what) {
  fprintf(stderr, "engine_bench: %s failed: %s\n", what,
          sv__tf_error_message(tf));
  exit(1);
}

int main(int argc, char **argv) {
  long n = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
  size_t base = sv__mem_live();
  double t0 = now();
  sv_tf *tf = sv__tf_new("bench.py");
  sv_graph *g = sv__tf_default_graph(tf);
  static const int64_t xdims[] = {-1, 10}, wdims[] = {10, 10},
                       bdims[] = {10};
  sv_opargs pa;
  memset(&pa, 0, sizeof pa);
  pa.dtype = SV_DT_FLOAT32;
  pa.has_shape = true;
  pa.shape.rank = 2;
  pa.shape.dims = xdims;
  sv_tensor x;
  if (!sv__tf_op(g, SV_K_PLACEHOLDER, NULL, 0, &pa, &x)) die(tf, "x");
  sv_get_variable_args wa, ba;
  memset(&wa, 0, sizeof wa);
  wa.name = "w";
  wa.has_shape = true;
  wa.shape.rank = 2;
  wa.shape.dims = wdims;
  wa.trainable = -1;
  wa.validate_shape = true;
  ba = wa;
  ba.name = "b";
  ba.shape.rank = 1;
  ba.shape.dims = bdims;
  char name[32];
  for (long i = 0; i < n; i++) {
    snprintf(name, sizeof name, "layer%ld", i);
    sv_vs_args va;
    memset(&va, 0, sizeof va);
    va.name = name;
    va.aux = true;
    uint32_t e = 0;
    sv_vscope *s;
    if (!sv__tf_variable_scope_check(tf, &va) ||
        !sv__tf_variable_scope_enter(g, &va, NULL, &e, &s))
      die(tf, "variable_scope");
    uint32_t w, b;
    if (!sv__tf_get_variable(g, &wa, &w)) die(tf, "get_variable w");
    if (!sv__tf_get_variable(g, &ba, &b)) die(tf, "get_variable b");
    sv_input in[2] = {{SV_IN_TENSOR, x.op, NULL}, {SV_IN_VARIABLE, w, NULL}};
    sv_tensor m, a;
    if (!sv__tf_op(g, SV_K_MATMUL, in, 2, NULL, &m)) die(tf, "matmul");
    in[0].id = m.op;
    in[1].id = b;
    if (!sv__tf_op(g, SV_K_OP_ADD, in, 2, NULL, &a)) die(tf, "add");
    in[0].id = a.op;
    if (!sv__tf_op(g, SV_K_RELU, in, 1, NULL, &x)) die(tf, "relu");
    if (!sv__tf_scope_exit(g, e)) die(tf, "exit");
  }
  double t1 = now();
  size_t ops = sv_graph_op_count(g);
  size_t peak = sv__mem_peak() - base;
  printf("iterations %ld, ops %zu, last %s\n", n, ops,
         sv_graph_op(g, x.op)->name);
  printf("time %.3f s, %.1f ns/op, peak %zu bytes, %.1f bytes/op\n",
         t1 - t0, (t1 - t0) * 1e9 / (double)ops, peak,
         (double)peak / (double)ops);
  printf("arena %zu bytes, %.1f B/op\n", sv__arena_used(g->arena),
         (double)sv__arena_used(g->arena) / (double)ops);
  size_t nb = 0, ib = 0;
  for (size_t i = 0; i < g->ops.count; i++) { /* the records kept */
    const sv_op *o = &g->ops.items[i];
    nb += (strlen(o->name) + 1 + 7) & ~(size_t)7;
    ib += (o->ninputs * sizeof *o->inputs + 7) & ~(size_t)7;
  }
  printf("  of which op names (if unshared) %.1f B/op, inputs %.1f B/op\n",
         (double)nb / (double)ops, (double)ib / (double)ops);
  SHOW(g->sref, "sref");
  SHOW(g->entries, "entries");
  SHOW(g->scopes, "scopes");
  SHOW(g->oref, "oref");
  SHOW(g->ops, "ops");
  SHOW(g->lazy, "lazy");
  SHOW(g->vref, "vref");
  SHOW(g->vars, "vars");
  SHOW(g->gref, "gref");
  SHOW(g->getvars, "getvars");
  SHOW(g->events, "events");
  SHOW(g->opdep, "opdep");
  SHOW(g->varaux, "varaux");
  SHOW(g->vsnodes, "vsnodes");
  printf("  %-10s %9zu slots %5zu B each %8.1f B/op\n", "names",
         g->names.cap, sizeof(sv_nslot),
         (double)(g->names.cap * sizeof(sv_nslot)) / (double)ops);
  printf("  %-10s %9zu slots %8.1f B/op\n", "vsmap", g->vsmap.cap,
         (double)(g->vsmap.cap * sizeof *g->vsmap.slots) / (double)ops);
  printf("  %-10s %9zu slots %8.1f B/op\n", "store", g->store.cap,
         (double)(g->store.cap * sizeof *g->store.slots) / (double)ops);
  sv__tf_free(tf);
  return 0;
}
