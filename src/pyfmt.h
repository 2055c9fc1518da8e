/* SPDX-License-Identifier: MIT
 * pyfmt: Python's number formatting (repr of floats, the format-spec
 * mini-language, printf-style `%` formatting), byte-exact with CPython 3.11.
 */
#ifndef SV_PYFMT_H
#define SV_PYFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem.h"
#include "value.h"

/* repr(x) / str(x) of a float: the shortest string that round-trips
 * ("0.1", "1e-05", "1e+16", "1.0", "inf", "nan", "-0.0"). */
void sv__float_repr(double x, sv_buf *out);

/* A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.prec]
 * [type]. */
typedef struct sv_fspec {
  char fill;   /* ' ' by default */
  char align;  /* 0, '<', '>', '^', '=' */
  char sign;   /* 0, '+', '-', ' ' */
  bool alt;    /* '#' */
  bool zero;   /* '0' before the width */
  bool fill_set;  /* a fill character was given */
  bool align_set; /* an alignment was given (else '0' implies '=' for
                     numbers, '<' stays for strings) */
  int width;   /* -1: none */
  char group;  /* 0, ',', '_' */
  int prec;    /* -1: none */
  char type;   /* 0 or the type letter */
} sv_fspec;

/* Parses spec[0..len). On failure returns false and sets *err to a
 * ValueError message (static storage). */
bool sv__fspec_parse(const char *spec, size_t len, sv_fspec *out,
                     const char **err);

/* format(value, spec) for the builtin scalar types. On failure returns
 * false and writes the ValueError message into err_out. */
bool sv__format_int(int64_t v, const sv_fspec *f, sv_buf *out,
                    sv_buf *err_out);
bool sv__format_float(double v, const sv_fspec *f, sv_buf *out,
                      sv_buf *err_out);
bool sv__format_str(const char *s, size_t len, const sv_fspec *f,
                    sv_buf *out, sv_buf *err_out);

/* fmt % args (printf-style). Raises TypeError/ValueError/KeyError. */
bool sv__percent_format(sv_interp *I, sv_value fmt, sv_value args,
                        sv_value *out);
/* fmt.format(*args, **kw). */
bool sv__str_format(sv_interp *I, sv_value fmt, const sv_args *a,
                    sv_value *out);

#endif
