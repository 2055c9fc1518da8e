/* SPDX-License-Identifier: MIT
 * pyfmt: float repr, the format-spec mini-language, `%` formatting and
 * str.format, matching CPython 3.11 byte for byte on the covered cases.
 */
#include "pyfmt.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp_int.h"
#include "pyunicode.h"

/* Starts an err_out message that is an OverflowError, not a ValueError. */
#define SV_FMT_OVERFLOW "\x01"

/* Largest width in %-formatting, as for format specs: a wider one is a
 * MemoryError (issue 5: keeps the padding's int arithmetic exact). */
#define SV_PCT_MAX_WIDTH 100000000

/* A double's exact decimal expansion has at most 767 significant digits,
 * and its exponent is below 309: 'g' (and no type) without '#' prints the
 * same text for any precision above this, with no trailing zeros, so a
 * precision of 10^8 need not make 10^8 digits first. */
#define SV_G_PREC_MAX 800

/* ---- float repr ------------------------------------------------------- */

/* Shortest digits that round-trip: digits (no dot) and the decimal
 * exponent of the first digit. */
static void shortest_digits(double x, char *digits, int *exp10) {
  char buf[40];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    if (strtod(buf, NULL) == x)
      break;
  }
  /* buf: d[.ddd]e[+-]XX (x > 0 here) */
  size_t n = 0;
  const char *s = buf;
  while (*s && *s != 'e') {
    if (*s != '.')
      digits[n++] = *s;
    s++;
  }
  while (n > 1 && digits[n - 1] == '0')
    n--;
  digits[n] = 0;
  *exp10 = atoi(s + 1);
}

void sv__float_repr(double x, sv_buf *out) {
  if (isnan(x)) {
    sv__buf_appends(out, "nan");
    return;
  }
  if (isinf(x)) {
    sv__buf_appends(out, x < 0 ? "-inf" : "inf");
    return;
  }
  if (signbit(x))
    sv__buf_putc(out, '-');
  x = fabs(x);
  if (x == 0) {
    sv__buf_appends(out, "0.0");
    return;
  }
  char digits[40];
  int e;
  shortest_digits(x, digits, &e);
  int n = (int)strlen(digits);
  if (e >= -4 && e < 16) {
    if (e >= 0) {
      for (int i = 0; i <= e; i++)
        sv__buf_putc(out, i < n ? digits[i] : '0');
      sv__buf_putc(out, '.');
      if (n > e + 1)
        sv__buf_appends(out, digits + e + 1);
      else
        sv__buf_putc(out, '0');
    } else {
      sv__buf_appends(out, "0.");
      for (int i = 0; i < -e - 1; i++)
        sv__buf_putc(out, '0');
      sv__buf_appends(out, digits);
    }
    return;
  }
  sv__buf_putc(out, digits[0]);
  if (n > 1) {
    sv__buf_putc(out, '.');
    sv__buf_appends(out, digits + 1);
  }
  sv__buf_appendf(out, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

/* Appends printf of one double, with a literal format per conversion;
 * the text is as long as the precision asks (up to 10^8 digits: no fixed
 * buffer cuts it short). */
#define FMT_DOUBLE(fmt)                                                    \
  do {                                                                     \
    int n_ = snprintf(NULL, 0, fmt, prec, x);                              \
    if (n_ < 0) return;                                                    \
    sv__buf_reserve(out, (size_t)n_ + 1);                                  \
    snprintf(out->data + out->len, (size_t)n_ + 1, fmt, prec, x);          \
    out->len += (size_t)n_;                                                \
  } while (0)

static void fmt_double(sv_buf *out, char conv, bool alt, int prec,
                       double x) {
  switch (conv) {
    case 'e':
      if (alt) FMT_DOUBLE("%#.*e"); else FMT_DOUBLE("%.*e");
      break;
    case 'E':
      if (alt) FMT_DOUBLE("%#.*E"); else FMT_DOUBLE("%.*E");
      break;
    case 'f':
      if (alt) FMT_DOUBLE("%#.*f"); else FMT_DOUBLE("%.*f");
      break;
    case 'F':
      if (alt) FMT_DOUBLE("%#.*F"); else FMT_DOUBLE("%.*F");
      break;
    case 'G':
      if (alt) FMT_DOUBLE("%#.*G"); else FMT_DOUBLE("%.*G");
      break;
    default:
      if (alt) FMT_DOUBLE("%#.*g"); else FMT_DOUBLE("%.*g");
      break;
  }
}

#undef FMT_DOUBLE

/* "inf" / "nan" in the case of conv. */
static const char *nonfinite_text(double x, char conv) {
  bool up = isupper((unsigned char)conv);
  return isnan(x) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf");
}

/* ---- format spec ----------------------------------------------------------- */

static bool is_align(char c) {
  return c == '<' || c == '>' || c == '^' || c == '=';
}

bool sv__fspec_parse(const char *spec, size_t len, sv_fspec *f,
                     const char **err) {
  f->fill = ' ';
  f->align = 0;
  f->sign = 0;
  f->alt = false;
  f->zero = false;
  f->width = -1;
  f->group = 0;
  f->prec = -1;
  f->type = 0;
  f->fill_set = f->align_set = false;
  *err = NULL;
  size_t i = 0;
  if (len >= 2 && is_align(spec[1])) {
    f->fill = spec[0];
    f->align = spec[1];
    f->fill_set = f->align_set = true;
    i = 2;
  } else if (len >= 1 && is_align(spec[0])) {
    f->align = spec[0];
    f->align_set = true;
    i = 1;
  }
  if (i < len && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' '))
    f->sign = spec[i++];
  if (i < len && spec[i] == '#') {
    f->alt = true;
    i++;
  }
  if (i < len && spec[i] == '0') {
    f->zero = true;
    i++;
  }
  if (i < len && isdigit((unsigned char)spec[i])) {
    f->width = 0;
    while (i < len && isdigit((unsigned char)spec[i])) {
      f->width = f->width * 10 + (spec[i++] - '0');
      if (f->width > 100000000) {
        *err = "Too many decimal digits in format string";
        return false;
      }
    }
  }
  if (i < len && (spec[i] == ',' || spec[i] == '_'))
    f->group = spec[i++];
  if (i < len && spec[i] == '.') {
    i++;
    if (i >= len || !isdigit((unsigned char)spec[i])) {
      *err = "Format specifier missing precision";
      return false;
    }
    f->prec = 0;
    while (i < len && isdigit((unsigned char)spec[i])) {
      f->prec = f->prec * 10 + (spec[i++] - '0');
      if (f->prec > 100000000) {
        *err = "Too many decimal digits in format string";
        return false;
      }
    }
  }
  if (len - i > 1) {
    *err = "invalid";
    return false;
  }
  if (i < len)
    f->type = spec[i];
  /* '0': zero fill unless a fill was given, and '=' alignment unless one
   * was given; strings keep their default '<' (sv__format_str). */
  if (f->zero && !f->fill_set)
    f->fill = '0';
  if (f->zero && !f->align_set)
    f->align = '=';
  return true;
}

/* Pads sign+prefix+body to the width. */
static void pad(const sv_fspec *f, char defalign, const char *sign,
                const char *body, size_t bodylen, size_t bodychars,
                sv_buf *out) {
  size_t slen = strlen(sign);
  size_t total = slen + bodychars;
  char align = f->align ? f->align : defalign;
  size_t padn = f->width > 0 && (size_t)f->width > total
                    ? (size_t)f->width - total
                    : 0;
  size_t left = 0, right = 0;
  if (align == '<')
    right = padn;
  else if (align == '^') {
    left = padn / 2;
    right = padn - left;
  } else
    left = padn;
  if (align == '=') {
    sv__buf_appends(out, sign);
    for (size_t k = 0; k < left; k++)
      sv__buf_putc(out, f->fill);
  } else {
    for (size_t k = 0; k < left; k++)
      sv__buf_putc(out, f->fill);
    sv__buf_appends(out, sign);
  }
  sv__buf_append(out, body, bodylen);
  for (size_t k = 0; k < right; k++)
    sv__buf_putc(out, f->fill);
}

/* PEP 378 / 515: ',' and '_' go with d e f g E G % F n-less types and no
 * type; '_' also with b o x X, every four digits. deftype: the type an
 * empty one stands for ('d' int, 0 float, 's' str). Returns the group
 * size, or 0 with CPython's message in err_out. */
static size_t group_size(const sv_fspec *f, char deftype, sv_buf *err_out) {
  char t = f->type ? f->type : deftype;
  if (!t || strchr("defgEGF%", t))
    return 3;
  if (f->group == '_' && strchr("boxX", t))
    return 4;
  if (t > 32 && t < 127)
    sv__buf_appendf(err_out, "Cannot specify '%c' with '%c'.", f->group, t);
  else
    sv__buf_appendf(err_out, "Cannot specify '%c' with '\\x%x'.", f->group,
                    (unsigned)(unsigned char)t);
  return 0;
}

/* s: n digits (hex ones too) then maybe a '.'/'e' suffix; the digits are
 * grouped by size with sep. With zero fill (f->fill '0', '=' alignment)
 * they grow by zeros until the whole text is at least min characters,
 * never starting with a separator: format(1234, '08,') == '0,001,234'. */
static void group_digits(const char *s, size_t n, char sep, size_t size,
                         size_t min, sv_buf *out) {
  if (n == 0) { /* inf, nan */
    sv__buf_appends(out, s);
    return;
  }
  size_t rest = strlen(s + n), total = n;
  while (total + (total - 1) / size + rest < min)
    total++;
  size_t zeros = total - n;
  for (size_t i = 0; i < total; i++) {
    if (i && (total - i) % size == 0)
      sv__buf_putc(out, sep);
    sv__buf_putc(out, i < zeros ? '0' : s[i - zeros]);
  }
  sv__buf_appends(out, s + n);
}

/* The width group_digits must fill: zero fill only, less the sign and
 * prefix written before the digits. */
static size_t zero_fill_min(const sv_fspec *f, const char *sign) {
  if (f->fill != '0' || f->align != '=' || f->width <= 0)
    return 0;
  size_t sl = strlen(sign);
  return (size_t)f->width > sl ? (size_t)f->width - sl : 0;
}

static bool format_int(int64_t v, const char *tname, const sv_fspec *f,
                       sv_buf *out, sv_buf *err_out);

bool sv__format_int(int64_t v, const sv_fspec *f, sv_buf *out,
                    sv_buf *err_out) {
  return format_int(v, "int", f, out, err_out);
}

/* int.__format__ (bool's too: tname names the type in messages). */
static bool format_int(int64_t v, const char *tname, const sv_fspec *f,
                       sv_buf *out, sv_buf *err_out) {
  char t = f->type;
  size_t gsize = 0;
  if (f->group && !(gsize = group_size(f, 'd', err_out)))
    return false;
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' ||
      t == 'G' || t == '%')
    return sv__format_float((double)v, f, out, err_out);
  if (t && !strchr("dnxXobc", t)) {
    sv__buf_appendf(err_out,
                    "Unknown format code '%c' for object of type '%s'", t,
                    tname);
    return false;
  }
  if (f->prec >= 0) {
    sv__buf_appends(err_out, "Precision not allowed in integer format "
                             "specifier");
    return false;
  }
  uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  char digits[80], *p = digits + sizeof digits - 1;
  *p = 0;
  const char *prefix = "";
  if (t == 'c') {
    if (f->sign) {
      sv__buf_appends(err_out, "Sign not allowed with integer format "
                               "specifier 'c'");
      return false;
    }
    if (f->alt) {
      sv__buf_appends(err_out, "Alternate form (#) not allowed with integer "
                               "format specifier 'c'");
      return false;
    }
    if (v < 0 || v > 0x10FFFF) {
      sv__buf_appends(err_out, SV_FMT_OVERFLOW "%c arg not in range(0x110000)");
      return false;
    }
    sv_buf c;
    sv__buf_init(&c);
    sv__put_utf8(&c, (uint32_t)v);
    pad(f, '>', "", c.data, c.len, 1, out);
    sv__buf_fini(&c);
    return true;
  }
  unsigned base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
  const char *dig = t == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  do {
    *--p = dig[mag % base];
    mag /= base;
  } while (mag);
  if (f->alt)
    prefix = base == 16 ? (t == 'X' ? "0X" : "0x")
             : base == 8 ? "0o"
             : base == 2 ? "0b"
                         : "";
  char sign[8];
  snprintf(sign, sizeof sign, "%s%s",
           v < 0                ? "-"
           : f->sign == '+'     ? "+"
           : f->sign == ' '     ? " "
                                : "",
           prefix);
  sv_buf body;
  sv__buf_init(&body);
  if (f->group)
    group_digits(p, strlen(p), f->group, gsize, zero_fill_min(f, sign),
                 &body);
  else
    sv__buf_appends(&body, p);
  pad(f, '>', sign, sv__buf_cstr(&body), body.len, body.len, out);
  sv__buf_fini(&body);
  return true;
}

bool sv__format_float(double v, const sv_fspec *f, sv_buf *out,
                      sv_buf *err_out) {
  char t = f->type;
  if (f->group && !group_size(f, 0, err_out))
    return false;
  if (t && !strchr("eEfFgGn%", t)) {
    sv__buf_appendf(err_out,
                    "Unknown format code '%c' for object of type 'float'", t);
    return false;
  }
  bool neg = signbit(v) && !isnan(v);
  double a = fabs(v);
  sv_buf body;
  sv__buf_init(&body);
  if (t == 0 && f->prec < 0) {
    sv__float_repr(a, &body);
    /* '#': the mantissa keeps its point, format(1e20, '#') == '1.e+20' */
    const char *ep = f->alt ? strchr(sv__buf_cstr(&body), 'e') : NULL;
    if (ep && !memchr(body.data, '.', (size_t)(ep - body.data))) {
      size_t at = (size_t)(ep - body.data);
      sv__buf_putc(&body, ' ');
      memmove(body.data + at + 1, body.data + at, body.len - 1 - at);
      body.data[at] = '.';
    }
  } else {
    int prec = f->prec < 0 ? 6 : f->prec;
    char ct = t;
    double x = a;
    if (t == '%') {
      x = a * 100;
      ct = 'f';
    } else if (t == 0 || t == 'n') {
      ct = 'g';
      if (prec == 0)
        prec = 1;
    }
    if ((ct == 'g' || ct == 'G') && !f->alt && prec > SV_G_PREC_MAX)
      prec = SV_G_PREC_MAX;
    bool finite = !isinf(x) && !isnan(x);
    if (!finite) {
      sv__buf_appends(&body, nonfinite_text(x, ct));
    } else if (t == 0) {
      /* No type: like 'g' but scientific from exp >= prec - 1 on, and
       * without trailing zeros there (kept with '#'). */
      sv_buf e;
      sv__buf_init(&e);
      fmt_double(&e, 'e', f->alt, prec - 1, x);
      const char *ep = strchr(sv__buf_cstr(&e), 'e');
      int ex = ep ? atoi(ep + 1) : 0;
      if (ep && (ex >= prec - 1 || ex < -4)) {
        const char *m = ep;
        if (!f->alt && memchr(e.data, '.', (size_t)(ep - e.data))) {
          while (m[-1] == '0')
            m--;
          if (m[-1] == '.')
            m--;
        }
        sv__buf_append(&body, e.data, (size_t)(m - e.data));
        sv__buf_appends(&body, ep);
      } else {
        fmt_double(&body, ct, f->alt, prec, x);
      }
      sv__buf_fini(&e);
    } else {
      fmt_double(&body, ct, f->alt, prec, x);
    }
    if (t == 0 && finite && !strchr(sv__buf_cstr(&body), '.') &&
        !strchr(sv__buf_cstr(&body), 'e'))
      sv__buf_appends(&body, ".0");
    if (t == '%')
      sv__buf_putc(&body, '%');
  }
  const char *sign = neg ? "-" : f->sign == '+' ? "+" : f->sign == ' ' ? " "
                                                                       : "";
  if (f->group) {
    sv_buf g;
    sv__buf_init(&g);
    size_t n = 0;
    while (n < body.len && isdigit((unsigned char)body.data[n]))
      n++;
    group_digits(sv__buf_cstr(&body), n, f->group, 3, zero_fill_min(f, sign),
                 &g);
    pad(f, '>', sign, sv__buf_cstr(&g), g.len, g.len, out);
    sv__buf_fini(&g);
  } else {
    pad(f, '>', sign, sv__buf_cstr(&body), body.len, body.len, out);
  }
  sv__buf_fini(&body);
  return true;
}

static size_t utf8_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += ((unsigned char)s[i] & 0xc0) != 0x80;
  return n;
}

static size_t utf8_prefix(const char *s, size_t len, size_t chars) {
  size_t i = 0;
  while (i < len && chars) {
    i++;
    while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
      i++;
    chars--;
  }
  return i;
}

bool sv__format_str(const char *s, size_t len, const sv_fspec *f,
                    sv_buf *out, sv_buf *err_out) {
  if (f->group && !group_size(f, 's', err_out))
    return false;
  if (f->type && f->type != 's') {
    sv__buf_appendf(err_out,
                    "Unknown format code '%c' for object of type 'str'",
                    f->type);
    return false;
  }
  if (f->sign) {
    sv__buf_appends(err_out, f->sign == ' '
                                 ? "Space not allowed in string format "
                                   "specifier"
                                 : "Sign not allowed in string format "
                                   "specifier");
    return false;
  }
  if (f->alt) {
    sv__buf_appends(err_out, "Alternate form (#) not allowed in string "
                             "format specifier");
    return false;
  }
  sv_fspec sf;
  if (f->align == '=' && !f->align_set) { /* '0' flag: fill only */
    sf = *f;
    sf.align = 0;
    f = &sf;
  }
  if (f->align == '=') {
    sv__buf_appends(err_out,
                    "'=' alignment not allowed in string format specifier");
    return false;
  }
  if (f->prec >= 0)
    len = utf8_prefix(s, len, (size_t)f->prec);
  pad(f, '<', "", s, len, utf8_chars(s, len), out);
  return true;
}

/* format(v, spec) */
bool sv__format_value(sv_interp *I, sv_value v, const char *spec,
                      size_t speclen, sv_buf *out) {
  if (speclen == 0)
    return sv_str(I, v, out);
  bool is_s = sv_is_str(v);
  if (v.tag != SV_T_INT && v.tag != SV_T_BOOL && v.tag != SV_T_FLOAT &&
      !is_s) {
    if (sv_is_obj(v, SV_O_NATIVE)) {
      const char *path;
      if (sv__is_placeholder(v, &path))
        return sv_reject(I, sv__interp_cur_loc(I), "%s is not emulated",
                         path);
    }
    return sv_raise(I, "TypeError",
                    "unsupported format string passed to %s.__format__",
                    sv_type_name(v));
  }
  sv_fspec f;
  const char *perr;
  if (!sv__fspec_parse(spec, speclen, &f, &perr)) {
    if (!strcmp(perr, "invalid"))
      return sv_raise(I, "ValueError",
                      "Invalid format specifier '%.*s' for object of type "
                      "'%s'",
                      (int)speclen, spec, sv_type_name(v));
    return sv_raise_str(I, "ValueError", perr);
  }
  /* A width or precision may ask for up to 10^8 characters: the memory
   * budget answers before they are made, not after. A precision only
   * grows fixed-point, exponent and percent numbers, and 'g' with '#'
   * (without it 'g' stops at SV_G_PREC_MAX; strings only get shorter). */
  size_t grow = f.width > 0 ? (size_t)f.width : 0;
  if (!is_s && f.prec > 0 &&
      ((f.type && strchr("eEfF%", f.type)) || f.alt))
    grow += (size_t)f.prec;
  if (grow && !sv__mem_reserve(I, grow, 2))
    return false;
  sv_buf err;
  sv__buf_init(&err);
  bool ok;
  if (v.tag == SV_T_INT || v.tag == SV_T_BOOL)
    ok = format_int(v.tag == SV_T_BOOL ? v.as.b : v.as.i,
                    v.tag == SV_T_BOOL ? "bool" : "int", &f, out, &err);
  else if (v.tag == SV_T_FLOAT)
    ok = sv__format_float(v.as.f, &f, out, &err);
  else
    ok = sv__format_str(sv_str_data(v), sv_str_len(v), &f, out, &err);
  if (!ok) {
    const char *m = sv__buf_cstr(&err);
    if (m[0] == SV_FMT_OVERFLOW[0])
      sv_raise_str(I, "OverflowError", m + 1);
    else
      sv_raise_str(I, "ValueError", m);
  }
  sv__buf_fini(&err);
  return ok;
}

/* ---- printf-style % --------------------------------------------------- */

static bool num_arg(sv_interp *I, char conv, sv_value v, bool want_int,
                    sv_value *out) {
  if (v.tag == SV_T_INT || v.tag == SV_T_FLOAT) {
    *out = v;
    return true;
  }
  if (v.tag == SV_T_BOOL) {
    *out = sv_int(v.as.b);
    return true;
  }
  const char *path;
  if (sv__is_placeholder(v, &path))
    return sv_reject(I, sv__interp_cur_loc(I), "%s is not emulated", path);
  if (want_int)
    return sv_raise(I, "TypeError",
                    "%%%c format: a real number is required, not %s", conv,
                    sv_type_name(v));
  return sv_raise(I, "TypeError", "must be real number, not %s",
                  sv_type_name(v));
}

bool sv__percent_format(sv_interp *I, sv_value fmt, sv_value args,
                        sv_value *out) {
  const char *s = sv_str_data(fmt);
  size_t len = sv_str_len(fmt);
  bool is_tuple = sv_is_tuple(args);
  bool is_map = sv_is_obj(args, SV_O_DICT);
  size_t nargs = is_tuple ? sv_seq_len(args) : 1, argi = 0;
  bool used_map = false;
  sv_buf b, piece;
  sv__buf_init(&b);
  sv__buf_init(&piece);
  bool ok = true;
  for (size_t i = 0; i < len && ok; i++) {
    if (s[i] != '%') { /* the text up to the next '%' */
      const char *pc = memchr(s + i, '%', len - i);
      size_t run = pc ? (size_t)(pc - (s + i)) : len - i;
      sv__buf_append(&b, s + i, run);
      i += run - 1;
      continue;
    }
    size_t start = i;
    i++;
    sv_value arg = sv_unset();
    bool have_key = false;
    if (i < len && s[i] == '(') {
      size_t depth = 1, k = i + 1;
      while (k < len && depth) {
        if (s[k] == '(')
          depth++;
        else if (s[k] == ')')
          depth--;
        k++;
      }
      if (depth) {
        ok = sv_raise(I, "ValueError", "incomplete format key");
        break;
      }
      if (!is_map) {
        ok = sv_raise(I, "TypeError", "format requires a mapping");
        break;
      }
      sv_value key = sv_str_new(I, s + i + 1, k - i - 2);
      bool found;
      ok = sv__dict_lookup(I, args, key, &arg, &found);
      if (ok && !found) {
        sv_value t = sv__tuple_from(I, &key, 1);
        sv_value e = sv__exc_new(I, sv__exc_class(I, "KeyError"), t);
        sv__raise_value(I, e);
        sv_decref(I, e);
        ok = false;
      }
      sv_decref(I, key);
      if (!ok)
        break;
      have_key = used_map = true;
      i = k;
    }
    bool left = false, zero = false, plus = false, space = false, alt = false;
    for (; i < len && strchr("-+ #0", s[i]); i++) {
      if (s[i] == '-')
        left = true;
      else if (s[i] == '+')
        plus = true;
      else if (s[i] == ' ')
        space = true;
      else if (s[i] == '#')
        alt = true;
      else
        zero = true;
    }
    int width = -1, prec = -1;
    bool big_width = false; /* a width past SV_PCT_MAX_WIDTH */
    if (i < len && s[i] == '*') {
      sv_value w = argi < nargs ? (is_tuple ? sv_seq_item(args, argi) : args)
                                : sv_unset();
      argi++;
      if (w.tag != SV_T_INT) {
        ok = sv_raise(I, "TypeError", "* wants int");
        break;
      }
      /* Bounded before the int conversion (issue 5: a huge '*' width
       * truncated or overflowed); CPython raises MemoryError too. */
      if (w.as.i > SV_PCT_MAX_WIDTH || w.as.i < -SV_PCT_MAX_WIDTH) {
        ok = sv_raise(I, "MemoryError", "%s", "");
        break;
      }
      width = (int)w.as.i;
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else if (i < len && isdigit((unsigned char)s[i])) {
      /* CPython: "width too big" past PY_SSIZE_T_MAX while parsing; a
       * width it cannot allocate is a MemoryError once the argument was
       * taken and converted (big_width, below). */
      int64_t wv = 0;
      while (i < len && isdigit((unsigned char)s[i])) {
        int d = s[i++] - '0';
        if (wv > (INT64_MAX - d) / 10) {
          wv = -1;
          break;
        }
        wv = wv * 10 + d;
      }
      if (wv < 0) {
        ok = sv_raise(I, "ValueError", "width too big");
        break;
      }
      if (wv > SV_PCT_MAX_WIDTH)
        big_width = true;
      else
        width = (int)wv;
    }
    if (i < len && s[i] == '.') {
      i++;
      prec = 0;
      if (i < len && s[i] == '*') {
        sv_value w = argi < nargs
                         ? (is_tuple ? sv_seq_item(args, argi) : args)
                         : sv_unset();
        argi++;
        if (w.tag != SV_T_INT) {
          ok = sv_raise(I, "TypeError", "* wants int");
          break;
        }
        if (w.as.i > INT_MAX || w.as.i < INT_MIN) {
          ok = sv_raise(I, "OverflowError",
                        "Python int too large to convert to C int");
          break;
        }
        prec = (int)w.as.i;
        i++;
      } else {
        /* CPython: "precision too big" past INT_MAX; below that the
         * digits a precision makes are reserved from the memory budget
         * before they are made ('d', 'e', 'f'; 'g' stops early). */
        bool too_big = false;
        while (i < len && isdigit((unsigned char)s[i])) {
          int d = s[i++] - '0';
          if (prec > (INT_MAX - d) / 10)
            too_big = true;
          else
            prec = prec * 10 + d;
        }
        if (too_big) {
          ok = sv_raise(I, "ValueError", "precision too big");
          break;
        }
      }
    }
    while (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
      i++;
    if (i >= len) {
      ok = sv_raise(I, "ValueError", "incomplete format");
      break;
    }
    char conv = s[i];
    if (conv == '%' && i == start + 1) { /* "%%"; "%5%" is an error */
      sv__buf_putc(&b, '%');
      continue;
    }
    if (!have_key) {
      if (argi >= nargs) {
        ok = sv_raise(I, "TypeError", "not enough arguments for format string");
        break;
      }
      arg = is_tuple ? sv_seq_item(args, argi) : args;
      argi++;
    }
    sv__buf_clear(&piece);
    char sign = 0;
    bool numeric = false;
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
        ok = conv == 's'   ? sv_str(I, arg, &piece)
             : conv == 'r' ? sv_repr(I, arg, &piece)
                           : sv_ascii(I, arg, &piece);
        if (ok && prec >= 0 && (size_t)prec < piece.len) {
          piece.len = utf8_prefix(piece.data, piece.len, (size_t)prec);
          piece.data[piece.len] = 0;
        }
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        sv_value n;
        bool want = conv == 'd' || conv == 'i' || conv == 'u';
        if (!want && arg.tag == SV_T_FLOAT) {
          ok = sv_raise(I, "TypeError",
                        "%%%c format: an integer is required, not float",
                        conv);
          break;
        }
        if (!want && arg.tag != SV_T_INT && arg.tag != SV_T_BOOL) {
          ok = sv_raise(I, "TypeError",
                        "%%%c format: an integer is required, not %s", conv,
                        sv_type_name(arg));
          break;
        }
        if (!(ok = num_arg(I, conv, arg, true, &n)))
          break;
        int64_t x;
        if (n.tag == SV_T_FLOAT) {
          if (isnan(n.as.f) || isinf(n.as.f)) {
            ok = sv_raise(I, isnan(n.as.f) ? "ValueError" : "OverflowError",
                          isnan(n.as.f)
                              ? "cannot convert float NaN to integer"
                              : "cannot convert float infinity to integer");
            break;
          }
          if (fabs(n.as.f) >= 9.2233720368547758e18) { /* '%d' % 1e20 */
            ok = sv__int_overflow(I);
            break;
          }
          x = (int64_t)n.as.f;
        } else {
          x = n.as.i;
        }
        /* the precision's zeros: the budget answers first */
        if (prec > 0 && !(ok = sv__mem_reserve(I, (size_t)prec, 2)))
          break;
        uint64_t mag = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char tmp[80];
        size_t tl = sv__u64_text(tmp, mag,
                                 conv == 'x' || conv == 'X' ? 16
                                 : conv == 'o'              ? 8
                                                            : 10,
                                 conv == 'X');
        if (alt && conv != 'd' && conv != 'i' && conv != 'u')
          sv__buf_appends(&piece, conv == 'x' ? "0x" : conv == 'X' ? "0X"
                                                                  : "0o");
        for (int k = (int)tl; k < prec; k++)
          sv__buf_putc(&piece, '0');
        sv__buf_append(&piece, tmp, tl);
        sign = x < 0 ? '-' : plus ? '+' : space ? ' ' : 0;
        numeric = true;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        sv_value n;
        if (!(ok = num_arg(I, conv, arg, false, &n)))
          break;
        double x = n.tag == SV_T_FLOAT ? n.as.f : (double)n.as.i;
        double ax = fabs(x);
        /* '%.99999999f' makes its digits: the budget answers first */
        if (prec > 0 && (strchr("eEfF", conv) || alt) &&
            !(ok = sv__mem_reserve(I, (size_t)prec, 2)))
          break;
        int p = prec;
        if ((conv == 'g' || conv == 'G') && !alt && p > SV_G_PREC_MAX)
          p = SV_G_PREC_MAX;
        if (isinf(ax) || isnan(ax))
          sv__buf_appends(&piece, nonfinite_text(ax, conv));
        else
          fmt_double(&piece, conv, alt, p < 0 ? 6 : p, ax);
        sign = signbit(x) && !isnan(x) ? '-' : plus ? '+' : space ? ' ' : 0;
        numeric = true;
        break;
      }
      case 'c':
        if (sv_is_str(arg) && utf8_chars(sv_str_data(arg), sv_str_len(arg)) ==
                                  1) {
          sv__buf_append(&piece, sv_str_data(arg), sv_str_len(arg));
        } else if (arg.tag == SV_T_INT || arg.tag == SV_T_BOOL) {
          int64_t c = arg.tag == SV_T_BOOL ? arg.as.b : arg.as.i;
          if (c < 0 || c > 0x10FFFF)
            ok = sv_raise(I, "OverflowError", "%%c arg not in range(0x110000)");
          else
            sv__put_utf8(&piece, (uint32_t)c);
        } else {
          ok = sv_raise(I, "TypeError", "%%c requires int or char");
        }
        break;
      default:
        if ((unsigned char)conv < 0x80)
          ok = sv_raise(I, "ValueError",
                        "unsupported format character '%c' (0x%x) at index "
                        "%zu",
                        conv, (unsigned)(unsigned char)conv, i);
        else
          ok = sv_raise(I, "ValueError",
                        "unsupported format character at index %zu", i);
        break;
    }
    (void)start;
    if (!ok)
      break;
    if (big_width) { /* what CPython's allocation of it raises */
      ok = sv_raise(I, "MemoryError", "%s", "");
      break;
    }
    size_t body = piece.len + (sign ? 1 : 0);
    size_t chars = utf8_chars(piece.data ? piece.data : "", piece.len) +
                   (sign ? 1 : 0);
    (void)body;
    size_t padn = width > 0 && (size_t)width > chars ? (size_t)width - chars
                                                     : 0;
    if (padn && !sv__mem_reserve(I, padn, 2)) {
      ok = false;
      break;
    }
    if (left) {
      if (sign)
        sv__buf_putc(&b, sign);
      sv__buf_append(&b, piece.data ? piece.data : "", piece.len);
      for (size_t k = 0; k < padn; k++)
        sv__buf_putc(&b, ' ');
    } else if (zero && numeric) {
      if (sign)
        sv__buf_putc(&b, sign);
      /* zeros go after an alternate-form prefix: '%#06x' % 42 == '0x002a' */
      size_t pre = alt && piece.len >= 2 && piece.data[0] == '0' &&
                           strchr("xXo", piece.data[1])
                       ? 2
                       : 0;
      sv__buf_append(&b, piece.data, pre);
      for (size_t k = 0; k < padn; k++)
        sv__buf_putc(&b, '0');
      sv__buf_append(&b, piece.data ? piece.data + pre : "", piece.len - pre);
    } else {
      for (size_t k = 0; k < padn; k++)
        sv__buf_putc(&b, ' ');
      if (sign)
        sv__buf_putc(&b, sign);
      sv__buf_append(&b, piece.data ? piece.data : "", piece.len);
    }
  }
  if (ok && !used_map && argi < nargs && !(is_map && !is_tuple))
    ok = sv_raise(I, "TypeError",
                  "not all arguments converted during string formatting");
  if (ok)
    *out = sv_str_new(I, b.data ? b.data : "", b.len);
  sv__buf_fini(&b);
  sv__buf_fini(&piece);
  return ok;
}

/* ---- str.format ------------------------------------------------------- */

static bool field_value(sv_interp *I, const char *name, size_t len,
                        const sv_args *a, size_t *autoi, int *mode,
                        sv_value *out) {
  /* arg_name */
  size_t k = 0;
  while (k < len && name[k] != '.' && name[k] != '[')
    k++;
  sv_value v;
  if (k == 0 || isdigit((unsigned char)name[0])) {
    size_t idx;
    if (k == 0) {
      if (*mode == 2)
        return sv_raise(I, "ValueError",
                        "cannot switch from manual field specification to "
                        "automatic field numbering");
      *mode = 1;
      idx = (*autoi)++;
    } else {
      if (*mode == 1)
        return sv_raise(I, "ValueError",
                        "cannot switch from automatic field numbering to "
                        "manual field specification");
      *mode = 2;
      idx = 0;
      for (size_t j = 0; j < k; j++)
        idx = idx * 10 + (size_t)(name[j] - '0');
    }
    if (idx >= a->npos)
      return sv_raise(I, "IndexError",
                      "Replacement index %zu out of range for positional "
                      "args tuple",
                      idx);
    v = a->pos[idx];
  } else {
    const char *key = sv__intern(sv__interp_intern(I), name, k);
    size_t j = 0;
    while (j < a->nkw && a->kwnames[j] != key)
      j++;
    if (j == a->nkw) {
      sv_value ks = sv_str_new(I, name, k);
      sv_value t = sv__tuple_from(I, &ks, 1);
      sv_decref(I, ks);
      sv_value e = sv__exc_new(I, sv__exc_class(I, "KeyError"), t);
      sv__raise_value(I, e);
      sv_decref(I, e);
      return false;
    }
    v = a->kwvals[j];
  }
  sv_incref(v);
  while (k < len) {
    sv_value next;
    if (name[k] == '.') {
      size_t j = k + 1;
      while (j < len && name[j] != '.' && name[j] != '[')
        j++;
      const char *attr = sv__intern(sv__interp_intern(I), name + k + 1,
                                    j - k - 1);
      bool ok = sv__getattr(I, v, attr, &next);
      sv_decref(I, v);
      if (!ok)
        return false;
      v = next;
      k = j;
    } else {
      size_t j = k + 1;
      while (j < len && name[j] != ']')
        j++;
      if (j >= len) {
        sv_decref(I, v);
        return sv_raise(I, "ValueError", "Missing ']' in format string");
      }
      sv_value key;
      bool digits = j > k + 1;
      for (size_t q = k + 1; q < j; q++)
        digits = digits && isdigit((unsigned char)name[q]);
      if (digits)
        key = sv_int(strtoll(name + k + 1, NULL, 10));
      else
        key = sv_str_new(I, name + k + 1, j - k - 1);
      bool ok = sv__getitem(I, v, key, &next);
      sv_decref(I, key);
      sv_decref(I, v);
      if (!ok)
        return false;
      v = next;
      k = j + 1;
    }
  }
  *out = v;
  return true;
}

static bool format_into(sv_interp *I, const char *s, size_t len,
                        const sv_args *a, size_t *autoi, int *mode,
                        int depth, sv_buf *out) {
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c == '}') {
      if (i + 1 < len && s[i + 1] == '}') {
        sv__buf_putc(out, '}');
        i++;
        continue;
      }
      return sv_raise(I, "ValueError",
                      "Single '}' encountered in format string");
    }
    if (c != '{') {
      sv__buf_putc(out, c);
      continue;
    }
    if (i + 1 < len && s[i + 1] == '{') {
      sv__buf_putc(out, '{');
      i++;
      continue;
    }
    /* Find the matching '}' (nested braces in the spec). */
    size_t j = i + 1, nest = 1;
    while (j < len) {
      if (s[j] == '{')
        nest++;
      else if (s[j] == '}' && --nest == 0)
        break;
      j++;
    }
    if (j >= len)
      return sv_raise(I, "ValueError",
                      i + 1 >= len ? "Single '{' encountered in format string"
                                   : "expected '}' before end of string");
    const char *field = s + i + 1;
    size_t flen = j - i - 1, nlen = 0;
    while (nlen < flen && field[nlen] != '!' && field[nlen] != ':')
      nlen++;
    char conv = 0;
    size_t p = nlen;
    if (p < flen && field[p] == '!') {
      if (p + 1 >= flen)
        return sv_raise(I, "ValueError",
                        "end of string while looking for conversion "
                        "specifier");
      conv = field[p + 1];
      p += 2;
      if (p < flen && field[p] != ':')
        return sv_raise(I, "ValueError",
                        "expected ':' after conversion specifier");
    }
    const char *spec = "";
    size_t speclen = 0;
    if (p < flen && field[p] == ':') {
      spec = field + p + 1;
      speclen = flen - p - 1;
    }
    if (depth > 1)
      return sv_raise(I, "ValueError", "Max string recursion exceeded");
    sv_value v;
    if (!field_value(I, field, nlen, a, autoi, mode, &v))
      return false;
    sv_buf specb, conv_b;
    sv__buf_init(&specb);
    sv__buf_init(&conv_b);
    bool ok = format_into(I, spec, speclen, a, autoi, mode, depth + 1,
                          &specb);
    if (ok && conv) {
      if (conv == 'r')
        ok = sv_repr(I, v, &conv_b);
      else if (conv == 'a')
        ok = sv_ascii(I, v, &conv_b);
      else if (conv == 's')
        ok = sv_str(I, v, &conv_b);
      else
        ok = sv_raise(I, "ValueError",
                      "Unknown conversion specifier %c", conv);
      if (ok) {
        sv_value sv = sv_str_new(I, conv_b.data ? conv_b.data : "",
                                 conv_b.len);
        sv_decref(I, v);
        v = sv;
      }
    }
    if (ok)
      ok = sv__format_value(I, v, specb.data ? specb.data : "", specb.len,
                            out);
    sv_decref(I, v);
    sv__buf_fini(&specb);
    sv__buf_fini(&conv_b);
    if (!ok)
      return false;
    i = j;
  }
  return true;
}

bool sv__str_format(sv_interp *I, sv_value fmt, const sv_args *a,
                    sv_value *out) {
  sv_buf b;
  sv__buf_init(&b);
  size_t autoi = 0;
  int mode = 0;
  bool ok = format_into(I, sv_str_data(fmt), sv_str_len(fmt), a, &autoi,
                        &mode, 0, &b);
  if (ok)
    *out = sv_str_new(I, b.data ? b.data : "", b.len);
  sv__buf_fini(&b);
  return ok;
}
