/* SPDX-License-Identifier: MIT
 * pyunicode: CPython's str semantics over Unicode for the str methods
 * (script-language.md §3: str values behave as CPython's): whitespace,
 * character classes and case mapping, from GNU libunistring (Unicode 14,
 * the version CPython 3.11 uses). Strings are UTF-8; a byte that does not
 * start a valid sequence counts as one character of its own (U+FFFD).
 */
#ifndef SV_PYUNICODE_H
#define SV_PYUNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem.h"
#include "utf8.h"

/* Bytes of the whitespace character (str.isspace) starting at s[i], or 0
 * when s[i] does not start one. */
size_t sv__py_space_at(const char *s, size_t len, size_t i);
/* Appends code point c (below U+110000) as UTF-8. */
void sv__put_utf8(sv_buf *b, uint32_t c);

/* Bytes of the whitespace character ending right before s[i], or 0. */
size_t sv__py_space_before(const char *s, size_t i);

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, the first step of
 * int() and float() on a str: s (len bytes of UTF-8) into out, ASCII
 * kept, other whitespace as ' ', other decimal digits (Nd) as '0'..'9';
 * at any other character '?' is written and the copy stops there (the
 * text can then only fail to parse). */
void sv__py_number_ascii(const char *s, size_t len, sv_buf *out);

/* Bytes of the line boundary (str.splitlines) starting at s[i]: \n, \r,
 * \r\n, \v, \f, \x1c-\x1e, U+0085, U+2028, U+2029; 0 when none. */
size_t sv__py_linebreak_at(const char *s, size_t len, size_t i);

typedef enum sv_strclass {
  SV_IS_ALPHA,
  SV_IS_ALNUM,
  SV_IS_DIGIT,
  SV_IS_DECIMAL,
  SV_IS_NUMERIC,
  SV_IS_SPACE,
  SV_IS_UPPER,
  SV_IS_LOWER,
  SV_IS_TITLE,
  SV_IS_IDENTIFIER
} sv_strclass;

/* str.isalpha() ... str.isidentifier() of s. */
bool sv__py_strclass(const char *s, size_t len, sv_strclass which);

typedef enum sv_casemap {
  SV_CASE_LOWER,
  SV_CASE_UPPER,
  SV_CASE_TITLE,
  SV_CASE_CAPITALIZE,
  SV_CASE_SWAPCASE,
  SV_CASE_CASEFOLD
} sv_casemap;

/* str.lower() ... str.casefold() of s (full mappings, final sigma):
 * a new string (free with sv__xfree) of *out_len bytes. */
char *sv__py_case(const char *s, size_t len, sv_casemap how,
                  size_t *out_len);

#endif
