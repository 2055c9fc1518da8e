/* SPDX-License-Identifier: MIT
 * intern: open-addressing set of strings (FNV-1a, linear probing, grow at
 * 3/4 load). Output order never depends on it: it only maps text to a
 * canonical pointer.
 */
#include "intern.h"

#include <string.h>

typedef struct slot {
  const char *str; /* NULL: empty */
  size_t len;
  uint32_t hash;
} slot;

struct sv_intern {
  sv_arena *arena;
  slot *slots;
  size_t cap; /* power of two */
  size_t count;
};

static uint32_t fnv1a(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

sv_intern *sv__intern_new(sv_arena *a) {
  sv_intern *in = sv__xcalloc(1, sizeof *in);
  in->arena = a;
  in->cap = 256;
  in->slots = sv__xcalloc(in->cap, sizeof(slot));
  return in;
}

void sv__intern_free(sv_intern *in) {
  if (!in) return;
  sv__xfree(in->slots);
  sv__xfree(in);
}

static void grow(sv_intern *in) {
  size_t cap = in->cap * 2;
  slot *slots = sv__xcalloc(cap, sizeof(slot));
  for (size_t i = 0; i < in->cap; i++) {
    slot *s = &in->slots[i];
    if (!s->str) continue;
    size_t j = s->hash & (cap - 1);
    while (slots[j].str) j = (j + 1) & (cap - 1);
    slots[j] = *s;
  }
  sv__xfree(in->slots);
  in->slots = slots;
  in->cap = cap;
}

const char *sv__intern(sv_intern *in, const char *s, size_t len) {
  uint32_t h = fnv1a(s, len);
  size_t j = h & (in->cap - 1);
  for (;;) {
    slot *sl = &in->slots[j];
    if (!sl->str) break;
    if (sl->hash == h && sl->len == len && memcmp(sl->str, s, len) == 0)
      return sl->str;
    j = (j + 1) & (in->cap - 1);
  }
  const char *copy = sv__arena_strndup(in->arena, s, len);
  in->slots[j] = (slot){copy, len, h};
  if (++in->count * 4 >= in->cap * 3) grow(in);
  return copy;
}

const char *sv__intern_cstr(sv_intern *in, const char *s) {
  return sv__intern(in, s, strlen(s));
}
