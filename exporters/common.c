/* SPDX-License-Identifier: MIT
 * common: shared exporter helpers (see common.h): allocation, strings,
 * escaping, scope paths, series keys and the scope tree.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation -------------------------------------------------------- */

static void oom(void)
{
  fputs("scopeviz: out of memory\n", stderr);
  abort();
}

void *sv__ex_xmalloc(size_t size)
{
  void *p = malloc(size ? size : 1);
  if (!p)
    oom();
  return p;
}

void *sv__ex_xcalloc(size_t count, size_t size)
{
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    oom();
  return p;
}

void *sv__ex_xrealloc(void *ptr, size_t size)
{
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    oom();
  return p;
}

void sv__ex_xfree(void *ptr)
{
  free(ptr);
}

char *sv__ex_strdup_for_free(const char *s)
{
  if (!s)
    return NULL;
  size_t len = strlen(s);
  char *p = sv__ex_xmalloc(len + 1);
  memcpy(p, s, len + 1);
  return p;
}

/* ---- string builder ---------------------------------------------------- */

void sv__ex_buf_init(sv_ex_buf *b)
{
  b->cap = 64;
  b->len = 0;
  b->data = sv__ex_xmalloc(b->cap);
  b->data[0] = '\0';
}

void sv__ex_buf_fini(sv_ex_buf *b)
{
  sv__ex_xfree(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void sv__ex_buf_clear(sv_ex_buf *b)
{
  b->len = 0;
  b->data[0] = '\0';
}

static void reserve(sv_ex_buf *b, size_t extra)
{
  if (b->len + extra + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1)
    cap *= 2;
  b->data = sv__ex_xrealloc(b->data, cap);
  b->cap = cap;
}

void sv__ex_buf_append(sv_ex_buf *b, const char *s, size_t len)
{
  reserve(b, len);
  memcpy(b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void sv__ex_buf_appends(sv_ex_buf *b, const char *s)
{
  sv__ex_buf_append(b, s, strlen(s));
}

void sv__ex_buf_putc(sv_ex_buf *b, char c)
{
  sv__ex_buf_append(b, &c, 1);
}

void sv__ex_buf_appendf(sv_ex_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

/* ---- buffered output ---------------------------------------------------- */

void sv__ex_out_init(sv_ex_out *o, sv_write_fn write, void *ud, char *buf,
                     size_t cap)
{
  o->write = write;
  o->ud = ud;
  o->buf = buf;
  o->cap = cap;
  o->len = 0;
}

void sv__ex_flush(sv_ex_out *o)
{
  if (o->len)
    o->write(o->ud, o->buf, o->len);
  o->len = 0;
}

void sv__ex_put(sv_ex_out *o, const char *s, size_t len)
{
  if (len > o->cap - o->len) {
    sv__ex_flush(o);
    if (len >= o->cap) {
      o->write(o->ud, s, len);
      return;
    }
  }
  memcpy(o->buf + o->len, s, len);
  o->len += len;
}

void sv__ex_puts(sv_ex_out *o, const char *s)
{
  sv__ex_put(o, s, strlen(s));
}

void sv__ex_printf(sv_ex_out *o, const char *fmt, ...)
{
  char tmp[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  sv__ex_put(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

void sv__ex_put_shape(sv_ex_out *o, const sv_shape *s)
{
  char tmp[256];
  size_t need = sv_shape_format(s, tmp, sizeof tmp);
  if (need < sizeof tmp) {
    sv__ex_puts(o, tmp);
    return;
  }
  /* Too long for the stack buffer (rank above ~20): piecewise. */
  sv__ex_puts(o, "(");
  for (int32_t i = 0; i < s->rank; i++) {
    if (i)
      sv__ex_puts(o, ", ");
    if (s->dims[i] < 0)
      sv__ex_puts(o, "?");
    else
      sv__ex_printf(o, "%lld", (long long)s->dims[i]);
  }
  sv__ex_puts(o, ")");
}

/* ---- escaping ---------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t avail)
{
  unsigned c = s[0];
  size_t n;
  unsigned min;
  if (c < 0x80)
    return 1;
  if (c >= 0xc2 && c <= 0xdf)
    n = 2, min = 0x80;
  else if (c >= 0xe0 && c <= 0xef)
    n = 3, min = 0x800;
  else if (c >= 0xf0 && c <= 0xf4)
    n = 4, min = 0x10000;
  else
    return 0;
  if (avail < n)
    return 0;
  unsigned cp = c & (0x7f >> n);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xc0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
    return 0;
  return n;
}

void sv__ex_html_escape(sv_ex_buf *b, const char *s, size_t len)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    unsigned c = p[i];
    switch (c) {
      case '&': sv__ex_buf_appends(b, "&amp;"); i++; continue;
      case '<': sv__ex_buf_appends(b, "&lt;"); i++; continue;
      case '>': sv__ex_buf_appends(b, "&gt;"); i++; continue;
      case '"': sv__ex_buf_appends(b, "&quot;"); i++; continue;
      case '\'': sv__ex_buf_appends(b, "&#39;"); i++; continue;
      case '\\': sv__ex_buf_appends(b, "\\\\"); i++; continue;
      case '\n': sv__ex_buf_appends(b, "\\n"); i++; continue;
      case '\r': sv__ex_buf_appends(b, "\\r"); i++; continue;
      case '\t': sv__ex_buf_appends(b, "\\t"); i++; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      sv__ex_buf_appendf(b, "\\x%02x", c);
      i++;
      continue;
    }
    size_t n = utf8_len(p + i, len - i);
    if (n == 0) {
      sv__ex_buf_appends(b, "\xef\xbf\xbd"); // U+FFFD
      i++;
      continue;
    }
    sv__ex_buf_append(b, s + i, n);
    i += n;
  }
}

void sv__ex_html_escapes(sv_ex_buf *b, const char *s)
{
  sv__ex_html_escape(b, s, strlen(s));
}

void sv__ex_html_quoted(sv_ex_buf *b, const char *s)
{
  sv__ex_buf_appends(b, "&#39;");
  sv__ex_html_escapes(b, s);
  sv__ex_buf_appends(b, "&#39;");
}

/* ---- scope paths ------------------------------------------------------- */

size_t sv__ex_path_trim(const char *s)
{
  size_t len = strlen(s);
  if (len > 0 && s[len - 1] == '/')
    len--;
  return len;
}

uint32_t sv__ex_path_depth(const char *s, size_t len)
{
  if (len == 0)
    return 0;
  uint32_t d = 1;
  for (size_t i = 0; i < len; i++)
    if (s[i] == '/')
      d++;
  return d;
}

size_t sv__ex_path_parent_len(const char *s, size_t len)
{
  size_t i = len;
  while (i > 0 && s[i - 1] != '/')
    i--;
  return i > 0 ? i - 1 : 0;
}

const char *sv__ex_path_leaf(const char *s, size_t len, size_t *out_len)
{
  size_t i = len;
  while (i > 0 && s[i - 1] != '/')
    i--;
  *out_len = len - i;
  return s + i;
}

/* ---- series ------------------------------------------------------------ */

bool sv__ex_series_split(const char *leaf, size_t len, size_t *out_key_len,
                         uint64_t *out_num)
{
  size_t i = len;
  while (i > 0 && leaf[i - 1] >= '0' && leaf[i - 1] <= '9')
    i--;
  if (i == len || i == 0 || len - i > 18)
    return false;
  uint64_t num = 0;
  for (size_t k = i; k < len; k++)
    num = num * 10 + (uint64_t)(leaf[k] - '0');
  *out_key_len = i;
  *out_num = num;
  return true;
}

/* ---- the scope tree ----------------------------------------------------- */

static uint32_t hash_path(const char *s, size_t len)
{
  uint32_t h = 2166136261u; // FNV-1a
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

static bool node_is(const sv_ex_node *n, const char *s, size_t len)
{
  return n->len == len && memcmp(n->path, s, len) == 0;
}

static void slot_insert(sv_ex_tree *t, uint32_t id)
{
  const sv_ex_node *n = &t->nodes[id];
  uint32_t mask = t->nslots - 1;
  uint32_t i = hash_path(n->path, n->len) & mask;
  while (t->slots[i] != SV_NONE)
    i = (i + 1) & mask;
  t->slots[i] = id;
}

static void rehash(sv_ex_tree *t, uint32_t nslots)
{
  sv__ex_xfree(t->slots);
  t->nslots = nslots;
  t->slots = sv__ex_xmalloc(sizeof *t->slots * nslots);
  for (uint32_t i = 0; i < nslots; i++)
    t->slots[i] = SV_NONE;
  for (uint32_t id = 0; id < t->count; id++)
    slot_insert(t, id);
}

static uint32_t push_node(sv_ex_tree *t, const char *s, size_t len,
                          uint32_t parent)
{
  if (t->count == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 64;
    t->nodes = sv__ex_xrealloc(t->nodes, sizeof *t->nodes * t->cap);
  }
  uint32_t id = t->count++;
  sv_ex_node *n = &t->nodes[id];
  n->path = s;
  n->len = (uint32_t)len;
  n->depth = parent == SV_NONE ? 0 : t->nodes[parent].depth + 1;
  n->parent = parent;
  n->first_child = n->last_child = n->next_sibling = SV_NONE;
  n->ns = n->entry = n->var = SV_NONE;
  n->nentries = 0;
  if (parent != SV_NONE) {
    sv_ex_node *p = &t->nodes[parent];
    if (p->last_child == SV_NONE)
      p->first_child = id;
    else
      t->nodes[p->last_child].next_sibling = id;
    p->last_child = id;
  }
  if ((uint64_t)t->count * 4 > (uint64_t)t->nslots * 3)
    rehash(t, t->nslots * 2);
  else
    slot_insert(t, id);
  return id;
}

void sv__ex_tree_init(sv_ex_tree *t)
{
  t->nodes = NULL;
  t->count = t->cap = 0;
  t->slots = NULL;
  t->nslots = 0;
  rehash(t, 64);
  push_node(t, "", 0, SV_NONE);
}

void sv__ex_tree_fini(sv_ex_tree *t)
{
  sv__ex_xfree(t->nodes);
  sv__ex_xfree(t->slots);
  t->nodes = NULL;
  t->slots = NULL;
  t->count = t->cap = t->nslots = 0;
}

uint32_t sv__ex_tree_find(const sv_ex_tree *t, const char *s, size_t len)
{
  uint32_t mask = t->nslots - 1;
  uint32_t i = hash_path(s, len) & mask;
  while (t->slots[i] != SV_NONE) {
    if (node_is(&t->nodes[t->slots[i]], s, len))
      return t->slots[i];
    i = (i + 1) & mask;
  }
  return SV_NONE;
}

uint32_t sv__ex_tree_add(sv_ex_tree *t, const char *s, size_t len)
{
  uint32_t id = sv__ex_tree_find(t, s, len);
  if (id != SV_NONE)
    return id;
  /* Find the longest existing prefix, then add the missing ones top-down
   * (a loop, not recursion: names may have thousands of components). */
  size_t plen = len;
  uint32_t parent = 0;
  for (;;) {
    plen = sv__ex_path_parent_len(s, plen);
    if (plen == 0) {
      parent = 0;
      break;
    }
    parent = sv__ex_tree_find(t, s, plen);
    if (parent != SV_NONE)
      break;
  }
  size_t start = plen == 0 ? 0 : plen + 1;
  for (;;) {
    size_t end = start;
    while (end < len && s[end] != '/')
      end++;
    parent = push_node(t, s, end, parent);
    if (end >= len)
      break;
    start = end + 1;
    if (start == len) { // trailing empty component "a/"
      parent = push_node(t, s, len, parent);
      break;
    }
  }
  return parent;
}

const char *sv__ex_entry_scope(const sv_entry *e, size_t *out_len)
{
  if (!e->name_scope) {
    *out_len = 0;
    return NULL;
  }
  *out_len = sv__ex_path_trim(e->name_scope);
  return e->name_scope;
}

uint32_t sv__ex_entry_with_scope(const sv_graph *g, uint32_t entry)
{
  size_t guard = sv_graph_entry_count(g);
  while (entry != SV_NONE && guard-- > 0) {
    const sv_entry *e = sv_graph_entry(g, entry);
    if (e->name_scope)
      return entry;
    entry = e->parent;
  }
  return SV_NONE;
}

/* Node of the longest prefix of s[0..len) (itself included) that keep
 * holds, added to t; 0 (the root) when none. */
static uint32_t add_kept_prefix(sv_ex_tree *t, const sv_ex_tree *keep,
                                const char *s, size_t len)
{
  size_t plen = len;
  while (plen > 0 && sv__ex_tree_find(keep, s, plen) == SV_NONE)
    plen = sv__ex_path_parent_len(s, plen);
  return plen == 0 ? 0 : sv__ex_tree_add(t, s, plen);
}

/* Child of keep node p whose leaf is s[0..len), or SV_NONE; *known is
 * false when p has too many children to scan (ask the index). */
static uint32_t kept_child(const sv_ex_tree *keep, uint32_t p, const char *s,
                           size_t len, bool *known)
{
  int budget = 8;
  for (uint32_t ch = keep->nodes[p].first_child; ch != SV_NONE;
       ch = keep->nodes[ch].next_sibling) {
    if (budget-- == 0) {
      *known = false;
      return SV_NONE;
    }
    size_t llen;
    const char *leaf =
        sv__ex_path_leaf(keep->nodes[ch].path, keep->nodes[ch].len, &llen);
    if (llen == len && memcmp(leaf, s, len) == 0) {
      *known = true;
      return ch;
    }
  }
  *known = true;
  return SV_NONE;
}

void sv__ex_tree_build_kept(sv_ex_tree *t, const sv_graph *g,
                            const sv_ex_tree *keep)
{
  /* Most records are op scopes of the current scope: consecutive ones
   * share their parent path. The last parent seen (text) and its keep
   * node (SV_NONE: not kept, so neither are its descendants) spare the
   * index lookups; the parent's kept prefixes are in t already. */
  const char *last = NULL;
  size_t last_len = 0;
  uint32_t last_kp = SV_NONE;
  /* The last parent found not kept: paths below it are not kept either,
   * and its kept prefixes are in t. */
  const char *out = NULL;
  size_t out_len = 0;
  size_t nev = sv_graph_event_count(g);
  for (size_t i = 0; i < nev; i++) {
    const sv_event *ev = sv_graph_event(g, i);
    switch (ev->kind) {
      case SV_EV_ENTER: {
        const sv_entry *e = sv_graph_entry(g, ev->index);
        size_t len;
        const char *s = sv__ex_entry_scope(e, &len);
        if (!s)
          break;
        uint32_t id = sv__ex_tree_add(t, s, len);
        sv_ex_node *n = &t->nodes[id];
        if (n->entry == SV_NONE)
          n->entry = e->id;
        n->nentries++;
        break;
      }
      case SV_EV_NAME_SCOPE: {
        /* A scope under a variable's V/ with nothing kept under V is not
         * kept: skipped without its name (which would build records). */
        uint32_t vid = sv_graph_name_scope_var(g, ev->index);
        if (vid != SV_NONE) {
          const sv_var *v = sv_graph_var(g, vid);
          uint32_t vk = sv__ex_tree_find(keep, v->op_name,
                                         strlen(v->op_name));
          if (vk == SV_NONE || keep->nodes[vk].first_child == SV_NONE)
            break;
        }
        const char *name = sv_graph_name_scope_name(g, ev->index);
        if (!name)
          break;
        size_t len = strlen(name);
        size_t plen = sv__ex_path_parent_len(name, len);
        if (!last || plen != last_len || memcmp(name, last, plen) != 0) {
          if (out && plen > out_len && name[out_len] == '/' &&
              memcmp(name, out, out_len) == 0)
            break; // below a path that is not kept
          last_kp = plen == 0 ? 0 : sv__ex_tree_find(keep, name, plen);
          if (last_kp != SV_NONE) {
            if (plen > 0)
              sv__ex_tree_add(t, name, plen);
          } else {
            add_kept_prefix(t, keep, name,
                            sv__ex_path_parent_len(name, plen));
            out = name;
            out_len = plen;
          }
          last = name;
          last_len = plen;
        }
        if (last_kp == SV_NONE)
          break;
        bool known;
        size_t start = plen == 0 ? 0 : plen + 1;
        uint32_t kid = kept_child(keep, last_kp, name + start, len - start,
                                  &known);
        if (!known)
          kid = sv__ex_tree_find(keep, name, len);
        if (kid == SV_NONE)
          break;
        uint32_t id = sv__ex_tree_add(t, name, len);
        if (t->nodes[id].ns == SV_NONE)
          t->nodes[id].ns = ev->index; // a record's id is its index
        break;
      }
      case SV_EV_VAR: {
        const sv_var *v = sv_graph_var(g, ev->index);
        uint32_t id = sv__ex_tree_add(t, v->op_name, strlen(v->op_name));
        if (t->nodes[id].var == SV_NONE)
          t->nodes[id].var = v->id;
        break;
      }
      default:
        break;
    }
  }
}

void sv__ex_tree_build(sv_ex_tree *t, const sv_graph *g)
{
  size_t nev = sv_graph_event_count(g);
  for (size_t i = 0; i < nev; i++) {
    const sv_event *ev = sv_graph_event(g, i);
    switch (ev->kind) {
      case SV_EV_ENTER: {
        const sv_entry *e = sv_graph_entry(g, ev->index);
        size_t len;
        const char *s = sv__ex_entry_scope(e, &len);
        if (!s)
          break;
        uint32_t id = sv__ex_tree_add(t, s, len);
        sv_ex_node *n = &t->nodes[id];
        if (n->entry == SV_NONE)
          n->entry = e->id;
        n->nentries++;
        break;
      }
      case SV_EV_NAME_SCOPE: {
        const sv_name_scope *ns = sv_graph_name_scope(g, ev->index);
        uint32_t id = sv__ex_tree_add(t, ns->name, strlen(ns->name));
        if (t->nodes[id].ns == SV_NONE)
          t->nodes[id].ns = ns->id;
        break;
      }
      case SV_EV_VAR: {
        const sv_var *v = sv_graph_var(g, ev->index);
        uint32_t id = sv__ex_tree_add(t, v->op_name, strlen(v->op_name));
        if (t->nodes[id].var == SV_NONE)
          t->nodes[id].var = v->id;
        break;
      }
      default:
        break;
    }
  }
}

bool sv__ex_tree_is_ancestor(const sv_ex_tree *t, uint32_t a, uint32_t b)
{
  if (a == SV_NONE || b == SV_NONE)
    return false;
  while (b != SV_NONE && t->nodes[b].depth >= t->nodes[a].depth) {
    if (b == a)
      return true;
    b = t->nodes[b].parent;
  }
  return false;
}

const char *sv__ex_api_name(sv_scope_api api)
{
  switch (api) {
    case SV_API_NAME_SCOPE: return "tf.name_scope";
    case SV_API_GRAPH_NAME_SCOPE: return "g.name_scope";
    case SV_API_VARIABLE_SCOPE: return "tf.variable_scope";
  }
  return "?";
}
