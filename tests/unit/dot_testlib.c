/* SPDX-License-Identifier: MIT
 * dot_testlib: helpers of the DOT exporter tests (check_dot.c on fake
 * models, check_dot_engine.c on engine-built models): capture the DOT,
 * run it through `dot -Tsvg` (nothing may reach stderr), read it back with
 * cgraph and find clusters, nodes and edges by label text.
 */
#include "dot_testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

/* ---- output capture -------------------------------------------------------- */

void out_write(void *ud, const char *data, size_t len)
{
  ut_cap_write(ud, data, len);
}

char *dot_of(const sv_model *m, const sv_dot_opts *opts)
{
  out o = {NULL, 0};
  char *err = NULL;
  bool ok = sv_export_dot(m, opts, out_write, &o, &err);
  ck_assert_msg(ok, "sv_export_dot failed: %s", err ? err : "?");
  free(err);
  return o.data;
}

char *dot_default(const sv_model *m)
{
  sv_dot_opts o;
  sv_dot_opts_init(&o);
  return dot_of(m, &o);
}

/* `dot -Tsvg` accepts the text with nothing on stderr. */
void assert_dot_clean(const char *dot)
{
  char in[] = "/tmp/check_dot_inXXXXXX";
  int fd = mkstemp(in);
  ck_assert_int_ge(fd, 0);
  FILE *f = fdopen(fd, "w");
  fputs(dot, f);
  fclose(f);
  char errf[64], cmd[256];
  snprintf(errf, sizeof errf, "%s.err", in);
  snprintf(cmd, sizeof cmd, "dot -Tsvg %s -o /dev/null 2>%s", in, errf);
  int rc = system(cmd);
  FILE *e = fopen(errf, "r");
  char buf[512] = "";
  size_t n = e ? fread(buf, 1, sizeof buf - 1, e) : 0;
  buf[n] = '\0';
  if (e)
    fclose(e);
  remove(in);
  remove(errf);
  ck_assert_msg(rc == 0, "dot failed (%d): %s", rc, buf);
  ck_assert_msg(n == 0, "dot wrote to stderr: %s", buf);
}

/* ---- reading the DOT back ---------------------------------------------------- */

Agraph_t *parse(const char *dot)
{
  Agraph_t *g = agmemread(dot);
  ck_assert_ptr_nonnull(g);
  return g;
}

const char *label_of(void *obj)
{
  char *l = agget(obj, (char *)"label");
  return l ? l : "";
}

/* The node whose label contains every needle; fails when none or several. */
Agnode_t *node_with(Agraph_t *g, const char *needle,
                           const char *needle2)
{
  Agnode_t *hit = NULL;
  int count = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const char *l = label_of(n);
    if (strstr(l, needle) && (!needle2 || strstr(l, needle2))) {
      hit = n;
      count++;
    }
  }
  ck_assert_msg(count == 1, "%d nodes labelled '%s'", count, needle);
  return hit;
}

int count_nodes_with(Agraph_t *g, const char *needle)
{
  int count = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
    if (strstr(label_of(n), needle))
      count++;
  return count;
}

/* Innermost cluster holding n (NULL: the root). Test-only recursion. */
Agraph_t *cluster_of_in(Agraph_t *sg, Agnode_t *n)
{
  for (Agraph_t *s = agfstsubg(sg); s; s = agnxtsubg(s)) {
    if (agsubnode(s, n, 0)) {
      Agraph_t *inner = cluster_of_in(s, n);
      return inner ? inner : s;
    }
  }
  return NULL;
}

Agraph_t *cluster_of(Agraph_t *g, Agnode_t *n)
{
  return cluster_of_in(g, n);
}

Agraph_t *cluster_with_in(Agraph_t *sg, const char *needle)
{
  for (Agraph_t *s = agfstsubg(sg); s; s = agnxtsubg(s)) {
    if (strstr(label_of(s), needle))
      return s;
    Agraph_t *inner = cluster_with_in(s, needle);
    if (inner)
      return inner;
  }
  return NULL;
}

int count_clusters(Agraph_t *sg)
{
  int n = 0;
  for (Agraph_t *s = agfstsubg(sg); s; s = agnxtsubg(s))
    n += 1 + count_clusters(s);
  return n;
}

Agedge_t *edge_between(Agraph_t *g, Agnode_t *t, Agnode_t *h)
{
  for (Agedge_t *e = agfstout(g, t); e; e = agnxtout(g, e))
    if (aghead(e) == h)
      return e;
  return NULL;
}

