/* SPDX-License-Identifier: MIT
 * check_pyfmt: float repr, the format-spec mini-language and %-formatting.
 * Every expectation below was produced by /usr/bin/python3 (CPython 3.11)
 * evaluating repr(x), format(v, spec) or fmt % args.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "intern.h"
#include "interp.h"
#include "mem.h"
#include "pyfmt.h"
#include "unit_testlib.h"

/* ---- float repr (script-language.md §3: shortest round-trip) ----------- */

static const struct {
  const char *want;
  double x;
} reprs[] = {
    {"0.1", 0.1},
    {"1e-05", 1e-05},
    {"1e+16", 1e16},
    {"1.0", 1.0},
    {"-0.0", -0.0},
    {"0.30000000000000004", 0.30000000000000004},
    {"123456789.0", 123456789.0},
    {"1e+22", 1e+22},
    {"2.5e-07", 2.5e-07},
    {"0.3333333333333333", 1.0 / 3},
    {"0.0001", 1e-4},
    {"0.0001234", 0.0001234},
    {"9999999999999998.0", 9999999999999998.0},
    {"1.7976931348623157e+308", 1.7976931348623157e308},
    {"5e-324", 5e-324},
    {"100.0", 100.0},
    {"-1.5", -1.5},
};

START_TEST(float_repr) {
  sv_buf b;
  sv__buf_init(&b);
  sv__float_repr(reprs[_i].x, &b);
  ck_assert_str_eq(sv__buf_cstr(&b), reprs[_i].want);
  sv__buf_fini(&b);
}
END_TEST

/* ---- format(v, spec) ---------------------------------------------------- */

enum { K_INT, K_FLOAT, K_STR };

static const struct {
  int kind;
  int64_t i;
  double f;
  const char *s;
  const char *spec, *want;
} specs[] = {
    {K_INT, 42, 0, NULL, "05d", "00042"},
    {K_INT, 42, 0, NULL, ">6", "    42"},
    {K_INT, 42, 0, NULL, "<6", "42    "},
    {K_INT, 255, 0, NULL, "#x", "0xff"},
    {K_INT, 255, 0, NULL, "X", "FF"},
    {K_INT, 5, 0, NULL, "b", "101"},
    {K_INT, 1234567, 0, NULL, ",", "1,234,567"},
    {K_INT, -42, 0, NULL, "+d", "-42"},
    {K_INT, 42, 0, NULL, " d", " 42"},
    {K_INT, 42, 0, NULL, "^7", "  42   "},
    {K_INT, 7, 0, NULL, "x<4", "7xxx"},
    {K_INT, -7, 0, NULL, "=+5", "-   7"},
    {K_FLOAT, 0, 3.14159, NULL, ".2f", "3.14"},
    {K_FLOAT, 0, 3.14159, NULL, "10.3f", "     3.142"},
    {K_FLOAT, 0, 12345.678, NULL, "e", "1.234568e+04"},
    {K_FLOAT, 0, 0.5, NULL, "%", "50.000000%"},
    {K_FLOAT, 0, 0.25, NULL, ".1%", "25.0%"},
    {K_FLOAT, 0, 1e-05, NULL, "g", "1e-05"},
    {K_FLOAT, 0, 123456789.0, NULL, "g", "1.23457e+08"},
    {K_FLOAT, 0, 1.0, NULL, ".3", "1.0"},
    {K_FLOAT, 0, 100.0, NULL, ".3", "1e+02"},
    {K_FLOAT, 0, 1234.5, NULL, ",.2f", "1,234.50"},
    {K_FLOAT, 0, -3.5, NULL, "08.2f", "-0003.50"},
    {K_FLOAT, 0, 2.0, NULL, "", "2.0"},
    {K_FLOAT, 0, 1.5, NULL, "e", "1.500000e+00"},
    {K_STR, 0, 0, "ab", "5", "ab   "},
    {K_STR, 0, 0, "ab", ">5", "   ab"},
    {K_STR, 0, 0, "ab", "*^6", "**ab**"},
    {K_STR, 0, 0, "abcdef", ".3", "abc"},
};

START_TEST(format_spec) {
  sv_fspec f;
  const char *perr;
  const char *spec = specs[_i].spec;
  ck_assert(sv__fspec_parse(spec, strlen(spec), &f, &perr));
  sv_buf b, err;
  sv__buf_init(&b);
  sv__buf_init(&err);
  bool ok;
  if (specs[_i].kind == K_INT)
    ok = sv__format_int(specs[_i].i, &f, &b, &err);
  else if (specs[_i].kind == K_FLOAT)
    ok = sv__format_float(specs[_i].f, &f, &b, &err);
  else
    ok = sv__format_str(specs[_i].s, strlen(specs[_i].s), &f, &b, &err);
  ck_assert_msg(ok, "%s", sv__buf_cstr(&err));
  ck_assert_str_eq(sv__buf_cstr(&b), specs[_i].want);
  sv__buf_fini(&b);
  sv__buf_fini(&err);
}
END_TEST

START_TEST(format_errors) {
  /* format(1.5, 'd') and format(1, '.2d') in CPython 3.11 */
  sv_fspec f;
  const char *perr;
  sv_buf b, err;
  sv__buf_init(&b);
  sv__buf_init(&err);
  ck_assert(sv__fspec_parse("d", 1, &f, &perr));
  ck_assert(!sv__format_float(1.5, &f, &b, &err));
  ck_assert_str_eq(sv__buf_cstr(&err),
                   "Unknown format code 'd' for object of type 'float'");
  sv__buf_clear(&err);
  ck_assert(sv__fspec_parse(".2d", 3, &f, &perr));
  ck_assert(!sv__format_int(1, &f, &b, &err));
  ck_assert_str_eq(sv__buf_cstr(&err),
                   "Precision not allowed in integer format specifier");
  sv__buf_fini(&b);
  sv__buf_fini(&err);
}
END_TEST

/* ---- % formatting through an interpreter --------------------------------- */

static sv_arena *arena;
static sv_intern *in;
static sv_source src;
static sv_interp *I;

static void setup(void) {
  arena = sv__arena_new();
  in = sv__intern_new(arena);
  sv__source_init(&src, "t.py", "", 0);
  sv_interp_opts o = {0, 0, 0};
  I = sv__interp_new(&o, &src, in, NULL, NULL);
}

static void teardown(void) {
  sv__interp_free(I);
  sv__source_fini(&src);
  sv__intern_free(in);
  sv__arena_free(arena);
}

static void check_pct(const char *fmt, sv_value args, const char *want) {
  sv_value f = sv_str_cstr(I, fmt), r;
  ck_assert_msg(sv__percent_format(I, f, args, &r), "%s raised %s", fmt,
                sv_exc_pending_type(I));
  ck_assert_str_eq(sv_str_data(r), want);
  sv_decref(I, r);
  sv_decref(I, f);
  sv_decref(I, args);
}

static sv_value tup(size_t n, const sv_value *items) {
  sv_value t = sv_tuple_new(I, n);
  for (size_t i = 0; i < n; i++)
    sv_tuple_set(I, t, i, items[i]);
  return t;
}

START_TEST(percent) {
  sv_value a1[] = {sv_str_cstr(I, "a"), sv_str_cstr(I, "b"),
                   sv_str_cstr(I, "c")};
  check_pct("%s|%5s|%-5s|", tup(3, a1), "a|    b|c    |");
  sv_value a2[] = {sv_int(3), sv_int(4), sv_int(-5), sv_int(6)};
  check_pct("%d %i %05d %+d", tup(4, a2), "3 4 -0005 +6");
  sv_value a3[] = {sv_float(3.14159), sv_float(12345.678), sv_float(1e-5)};
  check_pct("%.3f %e %g", tup(3, a3), "3.142 1.234568e+04 1e-05");
  sv_value a4[] = {sv_int(255), sv_int(255), sv_int(8), sv_int(255),
                   sv_int(8)};
  check_pct("%x %X %o %#x %#o", tup(5, a4), "ff FF 10 0xff 0o10");
  sv_value a5[] = {sv_str_cstr(I, "q")};
  check_pct("%r %%", tup(1, a5), "'q' %");
  sv_value a6[] = {sv_int(65), sv_str_cstr(I, "b")};
  check_pct("%c%c", tup(2, a6), "Ab");
  sv_value a7[] = {sv_float(2.25), sv_str_cstr(I, "abcdef")};
  check_pct("%5.1f|%-8.3s|", tup(2, a7), "  2.2|abc     |");
  check_pct("x=%s", sv_int(5), "x=5");
  sv_value d = sv_dict_new(I);
  sv_value ka = sv_str_cstr(I, "a"), kb = sv_str_cstr(I, "b");
  sv_dict_set(I, d, ka, sv_str_cstr(I, "x"));
  sv_dict_set(I, d, kb, sv_int(2));
  sv_decref(I, ka);
  sv_decref(I, kb);
  check_pct("%(a)s-%(b)d", d, "x-2");
}
END_TEST

START_TEST(percent_errors) {
  /* "%s %s" % (1,) and "%s" % (1, 2) and "%d" % "x" in CPython 3.11 */
  sv_value f = sv_str_cstr(I, "%s %s"), r;
  sv_value one[] = {sv_int(1)};
  sv_value t = tup(1, one);
  ck_assert(!sv__percent_format(I, f, t, &r));
  ck_assert_str_eq(sv_exc_pending_type(I), "TypeError");
  sv_decref(I, t);
  sv_decref(I, f);
  f = sv_str_cstr(I, "%d");
  sv_value s = sv_str_cstr(I, "x");
  ck_assert(!sv__percent_format(I, f, s, &r));
  sv_buf b;
  sv__buf_init(&b);
  /* the pending exception's message is checked through a traceback in the
   * language corpus; here the type */
  ck_assert_str_eq(sv_exc_pending_type(I), "TypeError");
  sv__buf_fini(&b);
  sv_decref(I, s);
  sv_decref(I, f);
}
END_TEST

/* Integer digits (mem.c sv__u64_text, sv__buf_append_i64: %d/%x/%o and
 * repr(int) use them instead of printf) at the ends of the int64 range. */
START_TEST(int_digits) {
  char t[65];
  ck_assert_uint_eq(sv__u64_text(t, 0, 10, false), 1);
  ck_assert_str_eq(t, "0");
  ck_assert_uint_eq(sv__u64_text(t, UINT64_MAX, 16, false), 16);
  ck_assert_str_eq(t, "ffffffffffffffff");
  sv__u64_text(t, 3054, 16, true);
  ck_assert_str_eq(t, "BEE");
  ck_assert_uint_eq(sv__u64_text(t, UINT64_MAX, 2, false), 64);
  sv__u64_text(t, 8, 8, false);
  ck_assert_str_eq(t, "10");
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_append_i64(&b, INT64_MIN);
  sv__buf_putc(&b, ' ');
  sv__buf_append_i64(&b, INT64_MAX);
  sv__buf_putc(&b, ' ');
  sv__buf_append_i64(&b, 0);
  sv__buf_putc(&b, ' ');
  sv__buf_append_i64(&b, -1);
  ck_assert_str_eq(sv__buf_cstr(&b),
                   "-9223372036854775808 9223372036854775807 0 -1");
  sv__buf_fini(&b);
}
END_TEST

START_TEST(percent_int_range) {
  /* '%d|%x|%X|%o|%#x|%u' % ((-2**63,) * 6) and '%.3d|%5x|' % (-7, 3054)
   * in CPython 3.11 */
  sv_value v[6];
  for (int i = 0; i < 6; i++) v[i] = sv_int(INT64_MIN);
  check_pct("%d|%x|%X|%o|%#x|%u", tup(6, v),
            "-9223372036854775808|-8000000000000000|-8000000000000000|"
            "-1000000000000000000000|-0x8000000000000000|"
            "-9223372036854775808");
  sv_value w[] = {sv_int(-7), sv_int(3054)};
  check_pct("%.3d|%5x|", tup(2, w), "-007|  bee|");
  sv_value z[] = {sv_int(0), sv_int(0), sv_int(0)};
  check_pct("%d|%x|%o", tup(3, z), "0|0|0");
}
END_TEST

static Suite *pyfmt_suite(void) {
  Suite *s = suite_create("pyfmt");
  TCase *tc = tcase_create("pure");
  tcase_add_loop_test(tc, float_repr, 0, sizeof reprs / sizeof reprs[0]);
  tcase_add_loop_test(tc, format_spec, 0, sizeof specs / sizeof specs[0]);
  tcase_add_test(tc, format_errors);
  tcase_add_test(tc, int_digits);
  suite_add_tcase(s, tc);
  tc = tcase_create("percent");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, percent);
  tcase_add_test(tc, percent_errors);
  tcase_add_test(tc, percent_int_range);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(pyfmt_suite());
}
