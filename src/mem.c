/* SPDX-License-Identifier: MIT
 * mem: allocation seam, arena, byte buffer (see mem.h).
 */
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation seam ------------------------------------------------- */

/* The header keeps malloc's alignment (max_align_t) for the payload. */
typedef union header {
  size_t size;
  max_align_t align;
} header;

static size_t live_bytes;
static size_t peak_bytes;

static void oom(void) {
  fputs("scopeviz: out of memory\n", stderr);
  abort();
}

static void account(size_t add, size_t sub) {
  live_bytes += add;
  live_bytes -= sub;
  if (live_bytes > peak_bytes) peak_bytes = live_bytes;
}

void *sv__xmalloc(size_t size) {
  if (size > SIZE_MAX - sizeof(header)) oom();
  header *h = malloc(sizeof(header) + size);
  if (!h) oom();
  h->size = size;
  account(size, 0);
  return h + 1;
}

void *sv__xcalloc(size_t count, size_t size) {
  if (size && count > (SIZE_MAX - sizeof(header)) / size) oom();
  /* calloc, not malloc + memset: large blocks come as untouched zero
   * pages (a growing hash table of a big model is mostly written later). */
  header *h = calloc(1, sizeof(header) + count * size);
  if (!h) oom();
  h->size = count * size;
  account(count * size, 0);
  return h + 1;
}

void *sv__xrealloc(void *ptr, size_t size) {
  if (!ptr) return sv__xmalloc(size);
  if (size > SIZE_MAX - sizeof(header)) oom();
  header *h = (header *)ptr - 1;
  size_t old = h->size;
  header *n = realloc(h, sizeof(header) + size);
  if (!n) oom();
  n->size = size;
  account(size, old);
  return n + 1;
}

void sv__xfree(void *ptr) {
  if (!ptr) return;
  header *h = (header *)ptr - 1;
  account(0, h->size);
  free(h);
}

char *sv__xstrndup(const char *s, size_t len) {
  char *p = sv__xmalloc(len + 1);
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *sv__xstrdup(const char *s) {
  return sv__xstrndup(s, strlen(s));
}

size_t sv__mem_live(void) {
  return live_bytes;
}

bool sv__budget_exceeded(const sv_budget *b, size_t extra) {
  if (!b) return false;
  size_t live = sv__mem_live();
  size_t used = live > b->base ? live - b->base : 0;
  return used > b->limit || extra > b->limit - used;
}

size_t sv__mem_peak(void) {
  return peak_bytes;
}

/* ---- arena ----------------------------------------------------------- */

typedef struct chunk {
  struct chunk *next;
  size_t cap;
  size_t used;
  max_align_t data[]; /* payload */
} chunk;

struct sv_arena {
  chunk *head;
  size_t total;
};

enum { CHUNK_MIN = 64 * 1024 };

sv_arena *sv__arena_new(void) {
  sv_arena *a = sv__xcalloc(1, sizeof *a);
  return a;
}

void sv__arena_free(sv_arena *a) {
  if (!a) return;
  chunk *c = a->head;
  while (c) {
    chunk *next = c->next;
    sv__xfree(c);
    c = next;
  }
  sv__xfree(a);
}

void sv__arena_reset(sv_arena *a) {
  chunk *c = a->head;
  if (!c) return;
  /* keep the oldest block: the first one, of the smallest size */
  while (c->next) {
    chunk *next = c->next;
    sv__xfree(c);
    c = next;
  }
  c->used = 0;
  a->head = c;
  a->total = 0;
}

void *sv__arena_alloc(sv_arena *a, size_t size) {
  size = (size + 7) & ~(size_t)7;
  chunk *c = a->head;
  if (!c || c->cap - c->used < size) {
    size_t cap = size > CHUNK_MIN ? size : CHUNK_MIN;
    /* Grow chunk size with the arena so big models need few chunks. */
    if (a->total / 8 > cap) cap = a->total / 8;
    if (cap > ((size_t)16 << 20) && size <= ((size_t)16 << 20))
      cap = (size_t)16 << 20;
    c = sv__xmalloc(sizeof(chunk) + cap);
    c->cap = cap;
    c->used = 0;
    c->next = a->head;
    a->head = c;
  }
  void *p = (char *)c->data + c->used;
  c->used += size;
  a->total += size;
  return p;
}

void *sv__arena_zalloc(sv_arena *a, size_t size) {
  void *p = sv__arena_alloc(a, size);
  memset(p, 0, size);
  return p;
}

char *sv__arena_strndup(sv_arena *a, const char *s, size_t len) {
  char *p = sv__arena_alloc(a, len + 1);
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *sv__arena_strdup(sv_arena *a, const char *s) {
  return sv__arena_strndup(a, s, strlen(s));
}

char *sv__arena_printf(sv_arena *a, const char *fmt, ...) {
  sv_buf b;
  sv__buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&b, fmt, ap);
  va_end(ap);
  char *p = sv__arena_strndup(a, sv__buf_cstr(&b), b.len);
  sv__buf_fini(&b);
  return p;
}

size_t sv__arena_used(const sv_arena *a) {
  return a->total;
}

/* ---- byte buffer ----------------------------------------------------- */

void sv__buf_init(sv_buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
}

void sv__buf_fini(sv_buf *b) {
  sv__xfree(b->data);
  sv__buf_init(b);
}

void sv__buf_clear(sv_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

void sv__buf_reserve(sv_buf *b, size_t extra) {
  if (b->cap - b->len > extra) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap - b->len <= extra) {
    if (cap > SIZE_MAX / 2) oom();
    cap *= 2;
  }
  b->data = sv__xrealloc(b->data, cap);
  b->cap = cap;
}

void sv__buf_append(sv_buf *b, const char *s, size_t len) {
  sv__buf_reserve(b, len);
  if (len) memcpy(b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void sv__buf_appends(sv_buf *b, const char *s) {
  sv__buf_append(b, s, strlen(s));
}

size_t sv__u64_text(char *out, uint64_t v, unsigned base, bool upper) {
  const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char tmp[64];
  size_t n = 0;
  do {
    tmp[n++] = dig[v % base];
    v /= base;
  } while (v);
  for (size_t i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  out[n] = '\0';
  return n;
}

void sv__buf_append_i64(sv_buf *b, int64_t v) {
  char tmp[66];
  uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  tmp[0] = '-';
  size_t n = sv__u64_text(tmp + 1, mag, 10, false);
  if (v < 0)
    sv__buf_append(b, tmp, n + 1);
  else
    sv__buf_append(b, tmp + 1, n);
}

void sv__buf_putc(sv_buf *b, char c) {
  sv__buf_reserve(b, 1);
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
}

void sv__buf_vappendf(sv_buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) return;
  sv__buf_reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void sv__buf_appendf(sv_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(b, fmt, ap);
  va_end(ap);
}

const char *sv__buf_cstr(sv_buf *b) {
  return b->data ? b->data : "";
}

char *sv__buf_steal(sv_buf *b) {
  char *p = b->data ? b->data : sv__xstrdup("");
  sv__buf_init(b);
  return p;
}
