/* SPDX-License-Identifier: MIT
 * utf8: decoding and encoding one character, shared by the parser
 * (string escapes), the interpreter (chr, str methods, ascii) and the
 * formatters. Everything else works on UTF-8 bytes.
 */
#ifndef SV_UTF8_H
#define SV_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "mem.h"

/* Decodes the character at s[i] (i < len) into *cp and returns its byte
 * count; a byte that does not start a well-formed sequence (a stray
 * continuation byte, an overlong form, past U+10FFFF, cut short) decodes
 * as U+FFFD with count 1. */
size_t sv__utf8_at(const char *s, size_t len, size_t i, uint32_t *cp);

/* Writes code point c (below U+110000) as UTF-8 into out (4 bytes of
 * room); returns the byte count. */
size_t sv__utf8_encode(uint32_t c, char out[4]);

/* Appends code point c as UTF-8. */
void sv__put_utf8(sv_buf *b, uint32_t c);

#endif
