/* SPDX-License-Identifier: MIT
 * golden: the golden-file workflow shared by every `scopeviz` exporter
 * command — read a file whole, write one atomically (temporary file in the
 * same directory, fsync, rename), and a unified line diff (LCS) between the
 * expected and the actual output.
 */
#ifndef SV_GOLDEN_H
#define SV_GOLDEN_H

#include <stdbool.h>
#include <stddef.h>

#include "scopeviz/scopeviz.h"

/* Reads the whole file (path "-" is stdin). On success *out (NUL-terminated,
 * caller frees with free()) and *out_len are set and 0 is returned; on
 * failure an errno value (EISDIR for a directory). */
int sv__golden_read(const char *path, char **out, size_t *out_len);

/* Writes data to path atomically: a temporary file beside it, fsync,
 * rename. On failure the target is untouched, the temporary removed, and
 * an errno value returned (0 on success). An existing target that is not a
 * regular file (a device such as /dev/null or /dev/full, a FIFO) cannot be
 * replaced by rename: it is written in place. */
int sv__golden_write_atomic(const char *path, const char *data, size_t len);

/* Streaming form of the same: open, write any number of times (the write
 * function matches sv_write_fn, ud = the sv_atomic), then commit (fsync +
 * rename; returns 0 or an errno value, the temporary removed on failure)
 * or abort (the target untouched). A write error is remembered and
 * reported by commit. */
typedef struct sv_atomic {
  int fd;
  char *tmp;        /* temporary path, NULL when writing in place */
  const char *path; /* borrowed */
  int err;          /* first error, 0 if none */
  size_t len;       /* staged bytes in buf */
  char buf[65536];
} sv_atomic;

int sv__atomic_open(sv_atomic *a, const char *path);
void sv__atomic_write(void *ud, const char *data, size_t len);
int sv__atomic_commit(sv_atomic *a);
void sv__atomic_abort(sv_atomic *a);

/* Compares a (expected, named a_name) with b (actual, b_name). Equal:
 * returns false and writes nothing. Different: writes a unified diff
 * ("--- a_name", "+++ b_name", "@@ -l,n +l,n @@" hunks with 3 lines of
 * context) through write and returns true. */
bool sv__golden_diff(const char *a, size_t a_len, const char *b, size_t b_len,
                     const char *a_name, const char *b_name, sv_write_fn write,
                     void *ud);

#endif
