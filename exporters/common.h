/* SPDX-License-Identifier: MIT
 * common: helpers shared by the exporters (dot, render, json, names,
 * explain): allocation, a string builder, scope-path splitting, series
 * detection, label escaping, and the scope tree of a graph derived from the
 * recorded model in creation order (tf1-semantics.md §14).
 *
 * Exporters include only the public scopeviz headers, so the core's allocation seam
 * (src/mem.h) is out of reach here: sv__ex_xmalloc & co. are the exporters'
 * seam (malloc, "scopeviz: out of memory" + abort on failure, free with
 * sv__ex_xfree). Nothing here iterates a hash table for output: the map is
 * an index into insertion-ordered arrays.
 */
#ifndef SV_EX_COMMON_H
#define SV_EX_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scopeviz/model.h"
#include "scopeviz/scopeviz.h"

/* ---- allocation -------------------------------------------------------- */

void *sv__ex_xmalloc(size_t size);
void *sv__ex_xcalloc(size_t count, size_t size);
void *sv__ex_xrealloc(void *ptr, size_t size);
void sv__ex_xfree(void *ptr); /* NULL is a no-op */
/* A copy the caller frees with plain free() (for the char **err of
 * export.h); NULL when s is NULL. */
char *sv__ex_strdup_for_free(const char *s);

/* ---- string builder ---------------------------------------------------- */

/* Always NUL-terminated once initialised (data is never NULL). */
typedef struct sv_ex_buf {
  char *data;
  size_t len;
  size_t cap;
} sv_ex_buf;

void sv__ex_buf_init(sv_ex_buf *b);
void sv__ex_buf_fini(sv_ex_buf *b);
void sv__ex_buf_clear(sv_ex_buf *b);
void sv__ex_buf_append(sv_ex_buf *b, const char *s, size_t len);
void sv__ex_buf_appends(sv_ex_buf *b, const char *s);
void sv__ex_buf_putc(sv_ex_buf *b, char c);
void sv__ex_buf_appendf(sv_ex_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- buffered output ---------------------------------------------------- */

/* Text exporters (names, explain, json) stage their output in a fixed
 * buffer the caller provides, so a large model is a few large write()
 * calls rather than one per field, and writing allocates nothing. A piece
 * longer than the buffer is written straight through. */
typedef struct sv_ex_out {
  sv_write_fn write;
  void *ud;
  char *buf; /* borrowed storage of cap bytes */
  size_t cap;
  size_t len;
} sv_ex_out;

void sv__ex_out_init(sv_ex_out *o, sv_write_fn write, void *ud, char *buf,
                     size_t cap);
/* Hands what is staged to write(); call once at the end. */
void sv__ex_flush(sv_ex_out *o);
void sv__ex_put(sv_ex_out *o, const char *s, size_t len);
void sv__ex_puts(sv_ex_out *o, const char *s); /* NUL-terminated */
/* Short formatted pieces only (numbers, fixed words; at most 255 bytes are
 * kept): names and messages go through sv__ex_puts so their length never
 * matters. */
void sv__ex_printf(sv_ex_out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A shape as sv_shape_format prints it ("(2, ?)", "<unknown>"), of any
 * rank. */
void sv__ex_put_shape(sv_ex_out *o, const sv_shape *s);

/* ---- escaping ---------------------------------------------------------- */

/* Appends s[0..len) as text for a Graphviz HTML-like label: & < > " '
 * become entities, control characters and backslashes are shown
 * Python-style (\n, \t, \\, \x07), invalid UTF-8 bytes become U+FFFD, valid
 * UTF-8 (non-ASCII) is kept. The result never contains a raw newline, so
 * it is safe in any HTML label cell. */
void sv__ex_html_escape(sv_ex_buf *b, const char *s, size_t len);
void sv__ex_html_escapes(sv_ex_buf *b, const char *s); /* NUL-terminated */

/* Appends s as a Python-like single-quoted literal, HTML-escaped:
 * 'embeddin' (quotes escaped as entities). */
void sv__ex_html_quoted(sv_ex_buf *b, const char *s);

/* ---- scope paths ------------------------------------------------------- */

/* Paths are full names split on '/': "a/b/c" has depth 3, parent "a/b" and
 * leaf "c"; "" is the root (depth 0). Empty components ("foo5//x") are kept
 * as literal empty segments (§14). A trailing '/' (a name-scope string
 * "foo_1/") is not part of the path: strip it with sv__ex_path_trim. */
size_t sv__ex_path_trim(const char *s); /* length without trailing '/' */
uint32_t sv__ex_path_depth(const char *s, size_t len);
/* Length of the parent path (0 for a top-level name). */
size_t sv__ex_path_parent_len(const char *s, size_t len);
/* Start of the leaf component. */
const char *sv__ex_path_leaf(const char *s, size_t len, size_t *out_len);

/* ---- series (TensorBoard-style grouping) -------------------------------- */

/* A leaf name ending in decimal digits, "layer_17", splits into a series
 * key "layer_" (*out_key_len) and a number 17. Returns false when the leaf
 * does not end in a digit, is all digits, or the number does not fit in
 * uint64_t (more than 18 digits). */
bool sv__ex_series_split(const char *leaf, size_t len, size_t *out_key_len,
                         uint64_t *out_num);

/* ---- the scope tree ----------------------------------------------------- */

/* One node per distinct full-name prefix that a graph's records mention,
 * in order of first appearance (parents always before children: a node's
 * index is greater than its parent's). Node 0 is the root (""). */
typedef struct sv_ex_node {
  const char *path; /* NOT NUL-terminated: path[0..len) (borrowed from the
                       model string that first mentioned it) */
  uint32_t len;
  uint32_t depth;   /* components; root 0 */
  uint32_t parent;  /* SV_NONE for the root */
  uint32_t first_child, last_child, next_sibling; /* creation order */
  /* What the model says about this exact path (first record of each
   * kind; SV_NONE if none). */
  uint32_t ns;       /* name-scope record with this name */
  uint32_t entry;    /* first script entry whose name scope is this path
                        (opened it, or re-entered it) */
  uint32_t nentries; /* script entries whose name scope is this path */
  uint32_t var;      /* first variable whose op name is this path */
} sv_ex_node;

typedef struct sv_ex_tree {
  sv_ex_node *nodes;
  uint32_t count;
  uint32_t cap;
  /* Open-addressing index path -> node (lookup only, never iterated). */
  uint32_t *slots;
  uint32_t nslots; /* power of two */
} sv_ex_tree;

/* Empty tree holding the root. */
void sv__ex_tree_init(sv_ex_tree *t);
void sv__ex_tree_fini(sv_ex_tree *t);
/* Node of path s[0..len), or SV_NONE. */
uint32_t sv__ex_tree_find(const sv_ex_tree *t, const char *s, size_t len);
/* Node of path s[0..len), adding it and every missing prefix. s must stay
 * valid as long as the tree (model strings do). */
uint32_t sv__ex_tree_add(sv_ex_tree *t, const char *s, size_t len);

/* Fills t (initialised, empty) with every name scope, script-entry name
 * scope, and variable op name of graph g, walking g's events in creation
 * order; sets ns / entry / nentries / var. Ops are not added (there are
 * many; add the ones you show with sv__ex_tree_add). */
void sv__ex_tree_build(sv_ex_tree *t, const sv_graph *g);

/* Like sv__ex_tree_build, but a name-scope record adds its path only when
 * `keep` holds that path; otherwise only its longest prefix in `keep`.
 * When `keep` holds every path an exporter shows (with their prefixes),
 * t then holds exactly the nodes of keep, in the order and with the
 * ns / entry / nentries / var that sv__ex_tree_build would give them: the
 * tree of a large model without a node per op scope. Reads scope names
 * only (sv_graph_name_scope_name). */
void sv__ex_tree_build_kept(sv_ex_tree *t, const sv_graph *g,
                            const sv_ex_tree *keep);

/* Whether node a is b or an ancestor of b. */
bool sv__ex_tree_is_ancestor(const sv_ex_tree *t, uint32_t a, uint32_t b);

/* ---- model helpers ------------------------------------------------------ */

/* The name scope a script entry made current, trimmed ("foo_1/" ->
 * "foo_1"), in *out_len; NULL when it entered none (aux=False variable
 * scope). "" for a reset to the root. */
const char *sv__ex_entry_scope(const sv_entry *e, size_t *out_len);

/* Nearest entry from `entry` outwards (itself first) that made a name
 * scope current; SV_NONE when none. */
uint32_t sv__ex_entry_with_scope(const sv_graph *g, uint32_t entry);

/* "tf.name_scope", "g.name_scope", "tf.variable_scope". */
const char *sv__ex_api_name(sv_scope_api api);

#endif
