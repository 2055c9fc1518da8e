/* SPDX-License-Identifier: MIT
 * pyunicode: CPython 3.11's str character classes and case mapping
 * (Objects/unicodeobject.c: do_upper, do_lower, do_title, do_capitalize,
 * do_swapcase, do_casefold, handle_capital_sigma, unicode_is*_impl) over
 * the Unicode character database of GNU libunistring.
 */
#include "pyunicode.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>

#include "mem.h"

/* ---- character classes (CPython's Py_UNICODE_IS*) ---------------------- */

/* Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs. */
static bool is_space(uint32_t c) {
  if (c < 0x80)
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  int bidi = uc_bidi_category(c);
  return bidi == UC_BIDI_WS || bidi == UC_BIDI_B || bidi == UC_BIDI_S ||
         uc_is_general_category(c, UC_CATEGORY_Zs);
}

size_t sv__py_space_at(const char *s, size_t len, size_t i) {
  uint32_t c;
  size_t n = sv__utf8_at(s, len, i, &c);
  return is_space(c) ? n : 0;
}

size_t sv__py_space_before(const char *s, size_t i) {
  if (!i) return 0;
  size_t b = i - 1;
  for (int k = 0; k < 3 && b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80; k++)
    b--;
  uint32_t c;
  size_t n = sv__utf8_at(s, i, b, &c);
  if (b + n != i) { /* not one character: the last byte alone */
    b = i - 1;
    n = sv__utf8_at(s, i, b, &c);
  }
  return is_space(c) ? n : 0;
}

void sv__py_number_ascii(const char *s, size_t len, sv_buf *out) {
  sv__buf_clear(out);
  for (size_t i = 0; i < len;) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      sv__buf_putc(out, (char)b);
      i++;
      continue;
    }
    uint32_t c;
    i += sv__utf8_at(s, len, i, &c);
    int d = uc_decimal_value(c);
    if (is_space(c)) {
      sv__buf_putc(out, ' ');
    } else if (d >= 0) {
      sv__buf_putc(out, (char)('0' + d));
    } else {
      sv__buf_putc(out, '?');
      return;
    }
  }
}

size_t sv__py_linebreak_at(const char *s, size_t len, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c == '\r') return i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
  if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E))
    return 1;
  if (c < 0x80) return 0;
  uint32_t cp;
  size_t n = sv__utf8_at(s, len, i, &cp);
  return cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? n : 0;
}

static bool is_alpha(uint32_t c) {
  return uc_is_general_category(c, UC_CATEGORY_L);
}
static bool is_decimal(uint32_t c) {
  return uc_decimal_value(c) >= 0;
}
static bool is_digit(uint32_t c) {
  return uc_digit_value(c) >= 0;
}
/* CJK ideographs that CPython counts as numeric from the Unihan numeric
 * fields (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric), which
 * libunistring's numeric values leave out; ascending. */
static const uint32_t unihan_numeric[] = {
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D,
    0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70,
    0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345,
    0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A,
    0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2,
    0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621,
    0x9646, 0x964C, 0x9678, 0x96F6, 0x20001, 0x20064, 0x200E2, 0x20121,
    0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390,
    0x22998, 0x23B1B, 0x2626D};

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

static bool is_numeric(uint32_t c) {
  if (uc_numeric_value(c).denominator != 0) return true;
  return c >= 0x3400 &&
         bsearch(&c, unihan_numeric,
                 sizeof unihan_numeric / sizeof unihan_numeric[0],
                 sizeof unihan_numeric[0], cmp_u32) != NULL;
}
static bool is_lower(uint32_t c) {
  return uc_is_property_lowercase(c);
}
static bool is_upper(uint32_t c) {
  return uc_is_property_uppercase(c);
}
static bool is_title(uint32_t c) {
  return uc_is_general_category(c, UC_CATEGORY_Lt);
}

static bool is_alnum(uint32_t c) {
  return is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c);
}

static bool is_id_continue(uint32_t c) {
  return uc_is_property_xid_continue(c);
}

bool sv__py_strclass(const char *s, size_t len, sv_strclass which) {
  /* the classes every character must belong to */
  static bool (*const every[])(uint32_t) = {
      [SV_IS_ALPHA] = is_alpha,     [SV_IS_ALNUM] = is_alnum,
      [SV_IS_DIGIT] = is_digit,     [SV_IS_DECIMAL] = is_decimal,
      [SV_IS_NUMERIC] = is_numeric, [SV_IS_SPACE] = is_space,
      [SV_IS_IDENTIFIER] = is_id_continue};
  if (!len) return false;
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < len;) {
    uint32_t c;
    size_t n = sv__utf8_at(s, len, i, &c);
    bool first = i == 0;
    i += n;
    switch (which) {
      case SV_IS_UPPER: /* no lower or title case letter, an upper one */
        if (is_lower(c) || is_title(c)) return false;
        cased = cased || is_upper(c);
        break;
      case SV_IS_LOWER:
        if (is_upper(c) || is_title(c)) return false;
        cased = cased || is_lower(c);
        break;
      case SV_IS_TITLE: /* upper/title only after uncased, lower after cased */
        if (is_upper(c) || is_title(c)) {
          if (prev_cased) return false;
          prev_cased = cased = true;
        } else if (is_lower(c)) {
          if (!prev_cased) return false;
          prev_cased = cased = true;
        } else {
          prev_cased = false;
        }
        break;
      case SV_IS_IDENTIFIER:
        if (first && !(c == '_' || uc_is_property_xid_start(c))) return false;
        if (!first && !is_id_continue(c)) return false;
        break;
      default:
        if (!every[which](c)) return false;
        break;
    }
  }
  if (which == SV_IS_UPPER || which == SV_IS_LOWER || which == SV_IS_TITLE)
    return cased;
  return true;
}

/* ---- case mapping ----------------------------------------------------- */

/* Marks a byte that is not UTF-8 in the decoded text: such bytes (from
 * "\\x.." escapes in bytes literals, which scopeviz keeps as str) pass
 * through unchanged, neither cased nor case-ignorable. */
#define RAW_BYTE 0x80000000u

typedef uint32_t *(*case_fn)(const uint32_t *s, size_t n, const char *lang,
                             uninorm_t nf, uint32_t *buf, size_t *lenp);

/* The full mapping of one character (up to 3 characters, SpecialCasing),
 * appended to out. */
static void map1(uint32_t c, case_fn fn, sv_buf *out) {
  uint32_t buf[8];
  size_t n = sizeof buf / sizeof buf[0];
  uint32_t *r = fn(&c, 1, NULL, NULL, buf, &n);
  if (!r) { /* cannot happen for one valid character: keep it */
    sv__put_utf8(out, c);
    return;
  }
  for (size_t k = 0; k < n; k++) sv__put_utf8(out, r[k]);
  if (r != buf) free(r); /* libunistring allocates with malloc */
}

static bool is_cased(uint32_t c) {
  if (c & RAW_BYTE) return false;
  return c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z')
                  : uc_is_property_cased(c);
}

static bool case_ignorable(uint32_t c) {
  return !(c & RAW_BYTE) && uc_is_property_case_ignorable(c);
}

/* handle_capital_sigma: U+03A3 lowers to final sigma after a cased letter
 * (case-ignorable ones skipped) unless a cased letter follows. */
static uint32_t capital_sigma(const uint32_t *u, size_t n, size_t i) {
  size_t j = i;
  bool final = false;
  while (j > 0) {
    j--;
    if (!case_ignorable(u[j])) {
      final = is_cased(u[j]);
      break;
    }
  }
  if (final) {
    for (j = i + 1; j < n; j++)
      if (!case_ignorable(u[j])) break;
    final = j == n || !is_cased(u[j]);
  }
  return final ? 0x3C2 : 0x3C3;
}

/* lower_ucs4 of CPython: the full lower-case mapping, final sigma too. */
static void lower_at(const uint32_t *u, size_t n, size_t i, sv_buf *out) {
  uint32_t c = u[i];
  if (c < 0x80)
    sv__buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
  else if (c == 0x3A3)
    sv__put_utf8(out, capital_sigma(u, n, i));
  else
    map1(c, u32_tolower, out);
}

static void upper1(uint32_t c, sv_buf *out) {
  if (c < 0x80)
    sv__buf_putc(out, (char)(c >= 'a' && c <= 'z' ? c - 32 : c));
  else
    map1(c, u32_toupper, out);
}

static void title1(uint32_t c, sv_buf *out) {
  if (c < 0x80)
    upper1(c, out);
  else
    map1(c, u32_totitle, out);
}

char *sv__py_case(const char *s, size_t len, sv_casemap how,
                  size_t *out_len) {
  /* decode once: the sigma rule looks both ways */
  uint32_t *u = sv__xmalloc((len ? len : 1) * sizeof *u);
  size_t n = 0;
  for (size_t i = 0; i < len;) {
    size_t k = sv__utf8_at(s, len, i, &u[n]);
    if (u[n] == 0xFFFD && k == 1) /* a stray byte: kept as it is */
      u[n] = RAW_BYTE | (unsigned char)s[i];
    n++;
    i += k;
  }
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_reserve(&b, len + 1);
  bool prev_cased = false;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = u[i];
    if (c & RAW_BYTE) {
      sv__buf_putc(&b, (char)(c & 0xFF));
      prev_cased = false;
      continue;
    }
    switch (how) {
      case SV_CASE_LOWER:
        lower_at(u, n, i, &b);
        break;
      case SV_CASE_UPPER:
        upper1(c, &b);
        break;
      case SV_CASE_CASEFOLD:
        if (c < 0x80)
          lower_at(u, n, i, &b);
        else
          map1(c, u32_casefold, &b);
        break;
      case SV_CASE_TITLE:
        if (prev_cased)
          lower_at(u, n, i, &b);
        else
          title1(c, &b);
        prev_cased = is_cased(c);
        break;
      case SV_CASE_CAPITALIZE:
        if (i == 0)
          title1(c, &b);
        else
          lower_at(u, n, i, &b);
        break;
      case SV_CASE_SWAPCASE:
        if (c < 0x80 ? (c >= 'A' && c <= 'Z') : is_upper(c))
          lower_at(u, n, i, &b);
        else if (c < 0x80 ? (c >= 'a' && c <= 'z') : is_lower(c))
          upper1(c, &b);
        else
          sv__put_utf8(&b, c);
        break;
    }
  }
  sv__xfree(u);
  *out_len = b.len;
  return sv__buf_steal(&b);
}
