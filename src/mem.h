/* SPDX-License-Identifier: MIT
 * mem: the one allocation seam (sv__xmalloc & co., with a live-byte count
 * for the interpreter's memory budget), the session arena, a growable byte
 * buffer and a typed growable array. Everything else allocates through here.
 */
#ifndef SV_MEM_H
#define SV_MEM_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- allocation seam ------------------------------------------------- */

/* SV_ASAN: built with AddressSanitizer. Memory the program would keep for
 * reuse (free lists, emptied arenas) is freed instead, so that a pointer
 * used after its block was given back is still reported. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SV_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(SV_ASAN)
#define SV_ASAN 1
#endif
/* SV_MEM_REUSE: memory is kept for reuse. -DSV_FORCE_REUSE=1 keeps it under
 * ASan too (a fuzzing build that exercises the reuse paths themselves:
 * an object overrunning its pooled block is still reported). */
#if !defined(SV_ASAN) || defined(SV_FORCE_REUSE)
#define SV_MEM_REUSE 1
#endif

/* Allocate or die: on failure print "scopeviz: out of memory" and abort.
 * Every block carries a small header so that sv__mem_live() knows how many
 * bytes are live; free blocks with sv__xfree, never with free(). */
void *sv__xmalloc(size_t size);
void *sv__xcalloc(size_t count, size_t size);
void *sv__xrealloc(void *ptr, size_t size); /* ptr may be NULL */
void sv__xfree(void *ptr);                   /* NULL is a no-op */
char *sv__xstrdup(const char *s);
char *sv__xstrndup(const char *s, size_t len);

/* Bytes currently allocated through the seam (arena chunks included). */
size_t sv__mem_live(void);
/* Highest value sv__mem_live() has reached. */
size_t sv__mem_peak(void);

/* A memory budget: at most limit bytes live through the seam beyond base
 * (sv__mem_live() when the budgeted work began). The parser takes one
 * (--max-memory), so that no input file can make it allocate without
 * bound before the interpreter's own budget applies. */
typedef struct sv_budget {
  size_t base;
  size_t limit;
} sv_budget;

/* True when b is set and extra more bytes would take it past its limit. */
bool sv__budget_exceeded(const sv_budget *b, size_t extra);

/* ---- arena: memory that lives as long as its owner (the session) ----- */

typedef struct sv_arena sv_arena;

sv_arena *sv__arena_new(void);
void sv__arena_free(sv_arena *a); /* frees every block; NULL is a no-op */
/* 8-byte aligned, uninitialised. */
/* Frees every block but one (kept for reuse) and empties the arena. */
void sv__arena_reset(sv_arena *a);
void *sv__arena_alloc(sv_arena *a, size_t size);
void *sv__arena_zalloc(sv_arena *a, size_t size);
/* Copy of s[0..len) plus a NUL; the result lives as long as the arena. */
char *sv__arena_strndup(sv_arena *a, const char *s, size_t len);
char *sv__arena_strdup(sv_arena *a, const char *s);
char *sv__arena_printf(sv_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Bytes handed out so far (for benchmarks). */
size_t sv__arena_used(const sv_arena *a);

/* ---- byte buffer ----------------------------------------------------- */

/* Always NUL-terminated once anything was appended; data may be NULL
 * while len == 0. Append through a pointer (like luaL_Buffer). */
typedef struct sv_buf {
  char *data;
  size_t len;
  size_t cap;
} sv_buf;

void sv__buf_init(sv_buf *b);
void sv__buf_fini(sv_buf *b);
void sv__buf_clear(sv_buf *b); /* len = 0, keeps capacity */
void sv__buf_reserve(sv_buf *b, size_t extra);
void sv__buf_append(sv_buf *b, const char *s, size_t len);
void sv__buf_appends(sv_buf *b, const char *s);
void sv__buf_putc(sv_buf *b, char c);
/* v's digits in base 2..16 (lower or upper case letters) into out, which
 * holds at least 65 bytes; returns their count (out is NUL-terminated). */
size_t sv__u64_text(char *out, uint64_t v, unsigned base, bool upper);
/* Appends v in decimal, as printf's "%lld". */
void sv__buf_append_i64(sv_buf *b, int64_t v);
void sv__buf_appendf(sv_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sv__buf_vappendf(sv_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* "" when empty; borrowed, valid until the next append. */
const char *sv__buf_cstr(sv_buf *b);
/* Hands the bytes to the caller (free with sv__xfree); b is reset. */
char *sv__buf_steal(sv_buf *b);

/* ---- typed growable array -------------------------------------------- */

#define SV_VEC(T)                                                             \
  struct {                                                                    \
    T *items;                                                                 \
    size_t count;                                                             \
    size_t cap;                                                               \
  }

#define sv__vec_grow(v)                                                       \
  ((v)->count < (v)->cap                                                      \
       ? (void)0                                                              \
       : (void)((v)->cap = (v)->cap ? (v)->cap * 2 : 8,                       \
                (v)->items = sv__xrealloc((v)->items,                         \
                                          (v)->cap * sizeof *(v)->items)))
#define sv__vec_push(v, x) (sv__vec_grow(v), (v)->items[(v)->count++] = (x))
#define sv__vec_free(v)                                                       \
  (sv__xfree((v)->items), (v)->items = NULL, (v)->count = (v)->cap = 0)

#endif
