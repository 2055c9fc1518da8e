/* SPDX-License-Identifier: MIT
 * unit_testlib: the few helpers every Check unit test shares, header-only
 * (static inline) so that no test target needs another source file:
 * running a suite from main(), capturing what an sv_write_fn writes, and
 * a "contains" assertion.
 */
#ifndef SV_UNIT_TESTLIB_H
#define SV_UNIT_TESTLIB_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Runs every test of s; main's exit status (EXIT_FAILURE when a test
 * failed). */
static inline int ut_run_suite(Suite *s)
{
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Output capture for an sv_write_fn (pass ut_cap_write and a ut_cap
 * initialised to {NULL, 0}): data is NUL-terminated once anything was
 * written; free it with free(). */
typedef struct ut_cap {
  char *data;
  size_t len;
} ut_cap;

static inline void ut_cap_write(void *ud, const char *data, size_t len)
{
  ut_cap *c = ud;
  c->data = realloc(c->data, c->len + len + 1);
  memcpy(c->data + c->len, data, len);
  c->len += len;
  c->data[c->len] = '\0';
}

/* Fails the current test unless needle occurs in hay (both shown). */
static inline void ut_assert_has(const char *hay, const char *needle)
{
  ck_assert_msg(strstr(hay, needle) != NULL, "missing \"%s\" in:\n%s",
                needle, hay);
}

#endif
