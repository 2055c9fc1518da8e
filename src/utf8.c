/* SPDX-License-Identifier: MIT
 * utf8: one character at a time (utf8.h).
 */
#include "utf8.h"

size_t sv__utf8_at(const char *s, size_t len, size_t i, uint32_t *cp) {
  const unsigned char *p = (const unsigned char *)s + i;
  size_t n = len - i;
  unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t need = c >= 0xF0 && c < 0xF5   ? 4
                : c >= 0xE0 && c < 0xF0 ? 3
                : c >= 0xC2 && c < 0xE0 ? 2
                                        : 0;
  uint32_t v = need == 4 ? c & 0x07u : need == 3 ? c & 0x0Fu : c & 0x1Fu;
  if (!need || need > n) {
    *cp = 0xFFFD;
    return 1;
  }
  for (size_t k = 1; k < need; k++) {
    if ((p[k] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = (v << 6) | (p[k] & 0x3Fu);
  }
  /* overlong forms and code points past U+10FFFF are not characters */
  if ((need == 3 && v < 0x800) ||
      (need == 4 && (v < 0x10000 || v > 0x10FFFF))) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = v;
  return need;
}

size_t sv__utf8_encode(uint32_t c, char out[4]) {
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

void sv__put_utf8(sv_buf *b, uint32_t c) {
  char t[4];
  sv__buf_append(b, t, sv__utf8_encode(c, t));
}
