/* SPDX-License-Identifier: MIT
 * Unit tests of the lexer (lexer.h): token kinds and positions, INDENT and
 * DEDENT, literals, and tokenizer errors with CPython 3.11's texts
 * (script-language.md §1; messages checked against /usr/bin/python3).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "unit_testlib.h"

static sv_arena *arena;
static sv_intern *in;
static sv_tokens toks;

static void setup(void) {
  arena = sv__arena_new();
  in = sv__intern_new(arena);
  memset(&toks, 0, sizeof toks);
}

static void teardown(void) {
  sv__vec_free(&toks);
  sv__intern_free(in);
  sv__arena_free(arena);
}

static void lex(const char *s, size_t len) {
  sv__vec_free(&toks);
  sv_loc start = {1, 1, 0, 0};
  ck_assert(sv__lex(arena, in, s, 0, len, start, false, NULL, &toks));
}

static void lexs(const char *s) {
  lex(s, strlen(s));
}

/* Kinds as a space-separated string of sv__tok_name(). */
static const char *kinds(void) {
  static char buf[4096];
  buf[0] = 0;
  for (size_t i = 0; i < toks.count; i++) {
    if (i) strcat(buf, " ");
    strcat(buf, sv__tok_name(toks.items[i].kind));
  }
  return buf;
}

/* The first error token's message, or NULL. */
static const sv_token *first_error(void) {
  for (size_t i = 0; i < toks.count; i++)
    if (toks.items[i].kind == SV_TOK_ERROR) return &toks.items[i];
  return NULL;
}

#define ck_loc(t, l, c, o, n)                                                 \
  do {                                                                        \
    ck_assert_uint_eq((t).loc.line, (l));                                     \
    ck_assert_uint_eq((t).loc.col, (c));                                      \
    ck_assert_uint_eq((t).loc.offset, (o));                                   \
    ck_assert_uint_eq((t).loc.len, (n));                                      \
  } while (0)

#define ck_error(src, l, c, text)                                              \
  do {                                                                        \
    lexs(src);                                                                \
    const sv_token *e_ = first_error();                                       \
    ck_assert_ptr_nonnull(e_);                                                \
    ck_assert_str_eq(e_->as.msg, (text));                                     \
    ck_assert_uint_eq(e_->loc.line, (l));                                     \
    ck_assert_uint_eq(e_->loc.col, (c));                                      \
  } while (0)

START_TEST(simple_positions) {
  lexs("x = foo(1, 'a')\n");
  ck_assert_str_eq(kinds(),
                   "NAME = NAME ( INT , STRING ) NEWLINE end of file");
  ck_loc(toks.items[0], 1, 1, 0, 1);
  ck_loc(toks.items[1], 1, 3, 2, 1);
  ck_loc(toks.items[2], 1, 5, 4, 3);
  ck_loc(toks.items[6], 1, 12, 11, 3);
  ck_loc(toks.items[8], 1, 16, 15, 1);
  ck_assert_str_eq(toks.items[2].as.name, "foo");
  ck_assert_ptr_eq(toks.items[2].as.name, sv__intern_cstr(in, "foo"));
}
END_TEST

START_TEST(operators_longest_match) {
  lexs("a **= b // c ... -> := != <<= >> @=\n");
  ck_assert_str_eq(kinds(), "NAME **= NAME // NAME ... -> := != <<= >> @= "
                            "NEWLINE end of file");
}
END_TEST

START_TEST(keywords) {
  lexs("if not x is None and y in z: pass\n");
  ck_assert_str_eq(kinds(),
                   "if not NAME is None and NAME in NAME : pass NEWLINE "
                   "end of file");
}
END_TEST

START_TEST(indent_dedent) {
  lexs("if x:\n  y\n  if z:\n      w\n\n  # c\nv\n");
  ck_assert_str_eq(kinds(), "if NAME : NEWLINE INDENT NAME NEWLINE if NAME "
                            ": NEWLINE INDENT NAME NEWLINE DEDENT DEDENT "
                            "NAME NEWLINE end of file");
}
END_TEST

START_TEST(dedent_at_eof) {
  lexs("def f():\n    if x:\n        y");
  ck_assert_str_eq(kinds(), "def NAME ( ) : NEWLINE INDENT if NAME : "
                            "NEWLINE INDENT NAME NEWLINE DEDENT DEDENT "
                            "end of file");
}
END_TEST

START_TEST(implicit_and_explicit_joining) {
  lexs("x = (1,\n     2)\ny = 1 + \\\n  2\n");
  ck_assert_str_eq(kinds(), "NAME = ( INT , INT ) NEWLINE NAME = INT + INT "
                            "NEWLINE end of file");
  ck_loc(toks.items[5], 2, 6, 13, 1);
  ck_loc(toks.items[12], 4, 3, 28, 1);
}
END_TEST

START_TEST(blank_and_comment_lines) {
  lexs("\n  # only a comment\n\t\nx  # trailing\n\n");
  ck_assert_str_eq(kinds(), "NAME NEWLINE end of file");
  ck_loc(toks.items[0], 4, 1, 22, 1);
}
END_TEST

START_TEST(bom_and_line_endings) {
  /* BOM skipped; CRLF and lone CR end lines */
  lexs("\xef\xbb\xbfx = 1\r\nif x:\r\n  y\rz");
  ck_assert_str_eq(kinds(), "NAME = INT NEWLINE if NAME : NEWLINE INDENT "
                            "NAME NEWLINE DEDENT NAME NEWLINE end of file");
  ck_loc(toks.items[0], 1, 4, 3, 1);
  ck_loc(toks.items[3], 1, 9, 8, 2); /* CRLF */
  ck_loc(toks.items[4], 2, 1, 10, 2);
  ck_loc(toks.items[9], 3, 3, 19, 1);
  ck_loc(toks.items[12], 4, 1, 21, 1);
}
END_TEST

START_TEST(numbers) {
  lexs("0x1F 0o17 0b101 1_000 0 00 9223372036854775807\n");
  int64_t want[] = {31, 15, 5, 1000, 0, 0, INT64_MAX};
  for (int i = 0; i < 7; i++) {
    ck_assert_int_eq(toks.items[i].kind, SV_TOK_INT);
    ck_assert_int_eq(toks.items[i].as.ival, want[i]);
  }
  lexs("1.0 .5 1e-3 1_000.5 5. 1.e5 2E+2\n");
  double fw[] = {1.0, .5, 1e-3, 1000.5, 5.0, 1e5, 200.0};
  for (int i = 0; i < 7; i++) {
    ck_assert_int_eq(toks.items[i].kind, SV_TOK_FLOAT);
    ck_assert_double_eq(toks.items[i].as.fval, fw[i]);
  }
}
END_TEST

START_TEST(number_errors) {
  ck_error("x = 9223372036854775808\n", 1, 5,
           "integer literal too large for scopeviz (limit is 64-bit)");
  ck_error("x = 0xffffffffffffffffff\n", 1, 5,
           "integer literal too large for scopeviz (limit is 64-bit)");
  ck_error("x = 1j\n", 1, 5,
           "imaginary literals are not supported by scopeviz");
  /* CPython 3.11 texts */
  ck_error("x = 0777\n", 1, 5,
           "leading zeros in decimal integer literals are not permitted; "
           "use an 0o prefix for octal integers");
  ck_error("x = 1__0\n", 1, 5, "invalid decimal literal");
  ck_error("x = 0x\n", 1, 5, "invalid hexadecimal literal");
  ck_error("x = 0b2\n", 1, 7, "invalid digit '2' in binary literal");
  ck_error("x = 0o8\n", 1, 7, "invalid digit '8' in octal literal");
}
END_TEST

START_TEST(strings) {
  lexs("'a' \"b\" '''c\nd''' rb'x' F\"y\" u'z'\n");
  ck_assert_str_eq(kinds(), "STRING STRING STRING STRING STRING STRING "
                            "NEWLINE end of file");
  ck_assert_int_eq(toks.items[0].as.str.flags, 0);
  ck_assert_uint_eq(toks.items[0].as.str.body, 1);
  ck_assert_uint_eq(toks.items[0].as.str.body_len, 1);
  ck_assert_uint_eq(toks.items[2].as.str.quote_len, 3);
  ck_assert_uint_eq(toks.items[2].as.str.body_len, 3);
  ck_assert_int_eq(toks.items[3].as.str.flags, SV_STR_RAW | SV_STR_BYTES);
  ck_assert_int_eq(toks.items[4].as.str.flags, SV_STR_FMT);
  ck_loc(toks.items[3], 2, 6, 18, 5);
  /* an escaped quote does not end the literal */
  lexs("'it\\'s'\n");
  ck_assert_str_eq(kinds(), "STRING NEWLINE end of file");
}
END_TEST

START_TEST(string_errors) {
  /* CPython 3.11 texts and positions */
  ck_error("x = 'abc\n", 1, 5,
           "unterminated string literal (detected at line 1)");
  ck_error("x = '''abc\n\n", 1, 5,
           "unterminated triple-quoted string literal (detected at line 2)");
  ck_error("x = b'\xc3\xa9'\n", 1, 5,
           "bytes can only contain ASCII literal characters");
}
END_TEST

START_TEST(bracket_errors) {
  ck_error("x = )\n", 1, 5, "unmatched ')'");
  ck_error("x = (]\n", 1, 6,
           "closing parenthesis ']' does not match opening parenthesis '('");
  ck_error("x = (\n]\n", 2, 1,
           "closing parenthesis ']' does not match opening parenthesis '(' "
           "on line 1");
  ck_error("x = [1, (2\n", 1, 9, "'(' was never closed");
}
END_TEST

START_TEST(indentation_errors) {
  ck_error("if x:\n\ta\n        b\n", 3, 1,
           "TabError: inconsistent use of tabs and spaces in indentation");
  ck_error("if x:\n  a\n b\n", 3, 2,
           "IndentationError: unindent does not match any outer "
           "indentation level");
  /* a tab counts to the next multiple of 8: consistent with 8 spaces
   * only if both lines use the same characters */
  lexs("if x:\n\ta\n\tb\n");
  ck_assert_ptr_null(first_error());
}
END_TEST

START_TEST(continuation_errors) {
  ck_error("x = 1 \\ 2\n", 1, 8,
           "unexpected character after line continuation character");
  ck_error("x = \\", 1, 6, "unexpected EOF while parsing");
}
END_TEST

START_TEST(limits) {
  char buf[1024];
  strcpy(buf, "x = ");
  for (int i = 0; i < 201; i++) strcat(buf, "(");
  strcat(buf, "\n");
  ck_error(buf, 1, 205, "too many nested parentheses");
  sv_buf b;
  sv__buf_init(&b);
  for (int i = 0; i <= 100; i++) {
    for (int k = 0; k < i; k++) sv__buf_putc(&b, ' ');
    sv__buf_appends(&b, "if x:\n");
  }
  ck_error(sv__buf_cstr(&b), 101, 1,
           "IndentationError: too many levels of indentation");
  sv__buf_fini(&b);
}
END_TEST

START_TEST(encoding_errors) {
  lex("x = 1\ny = \0\n", 12);
  const sv_token *e = first_error();
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->as.msg, "source contains a NUL byte");
  ck_assert_uint_eq(e->loc.line, 2);
  ck_assert_uint_eq(e->loc.col, 5);
  ck_error("x = 1\n# \xff\n", 2, 3, "invalid UTF-8 in source");
  ck_error("s = '\xed\xa0\x80'\n", 1, 6, "invalid UTF-8 in source");
  /* valid non-ASCII identifiers and strings are fine */
  lexs("\xc3\xa9t\xc3\xa9 = '\xe2\x82\xac'\n");
  ck_assert_ptr_null(first_error());
  ck_assert_str_eq(kinds(), "NAME = STRING NEWLINE end of file");
}
END_TEST

START_TEST(huge_tokens) {
  size_t n = (size_t)1 << 20;
  char *s = malloc(n + 8);
  memcpy(s, "x = ", 4);
  memset(s + 4, 'a', n);
  memcpy(s + 4 + n, "\n", 2);
  lexs(s);
  ck_assert_str_eq(kinds(), "NAME = NAME NEWLINE end of file");
  ck_assert_uint_eq(toks.items[2].loc.len, n);
  free(s);
}
END_TEST

/* script-language.md §6: when the token array would outgrow the memory
 * budget, the lexer drops its tokens and leaves ERROR + EOF. */
START_TEST(memory_budget) {
  size_t n = 200000;
  char *s = malloc(2 * n + 2);
  for (size_t i = 0; i < n; i++) memcpy(s + 2 * i, "x+", 2);
  memcpy(s + 2 * n, "x\n", 2);
  sv_budget b = {sv__mem_live(), 1 << 20};
  sv_loc start = {1, 1, 0, 0};
  sv__vec_free(&toks);
  ck_assert(!sv__lex(arena, in, s, 0, 2 * n + 2, start, false, &b, &toks));
  ck_assert_uint_eq(toks.count, 2);
  ck_assert_int_eq(toks.items[0].kind, SV_TOK_ERROR);
  ck_assert_str_eq(toks.items[0].as.msg,
                   "memory limit exceeded while parsing (1048576 bytes; "
                   "raise it with --max-memory)");
  ck_assert_uint_eq(toks.items[0].loc.line, 1);
  ck_assert_int_eq(toks.items[1].kind, SV_TOK_EOF);
  /* the same text within a budget that fits: every token */
  b.base = sv__mem_live();
  b.limit = (size_t)64 << 20;
  sv__vec_free(&toks);
  ck_assert(sv__lex(arena, in, s, 0, 2 * n + 2, start, false, &b, &toks));
  ck_assert_uint_eq(toks.count, 2 * n + 1 + 2); /* + NEWLINE, EOF */
  free(s);
}
END_TEST

START_TEST(expr_mode) {
  /* f-string fields: no NEWLINE or INDENT, positions continue from start */
  const char *s = "f'{a +\n  b}'";
  sv_loc start = {1, 4, 3, 0};
  sv__vec_free(&toks);
  ck_assert(sv__lex(arena, in, s, 3, 10, start, true, NULL, &toks));
  ck_assert_str_eq(kinds(), "NAME + NAME end of file");
  ck_loc(toks.items[0], 1, 4, 3, 1);
  ck_loc(toks.items[2], 2, 3, 9, 1);
}
END_TEST

static Suite *lexer_suite(void) {
  Suite *s = suite_create("lexer");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, simple_positions);
  tcase_add_test(tc, operators_longest_match);
  tcase_add_test(tc, keywords);
  tcase_add_test(tc, indent_dedent);
  tcase_add_test(tc, dedent_at_eof);
  tcase_add_test(tc, implicit_and_explicit_joining);
  tcase_add_test(tc, blank_and_comment_lines);
  tcase_add_test(tc, bom_and_line_endings);
  tcase_add_test(tc, numbers);
  tcase_add_test(tc, number_errors);
  tcase_add_test(tc, strings);
  tcase_add_test(tc, string_errors);
  tcase_add_test(tc, bracket_errors);
  tcase_add_test(tc, indentation_errors);
  tcase_add_test(tc, continuation_errors);
  tcase_add_test(tc, limits);
  tcase_add_test(tc, encoding_errors);
  tcase_add_test(tc, huge_tokens);
  tcase_add_test(tc, expr_mode);
  tcase_add_test(tc, memory_budget);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(lexer_suite());
}
