/* SPDX-License-Identifier: MIT
 * intern: one string interner per session; equal strings intern to the
 * same pointer, so identifiers compare with ==.
 */
#ifndef SV_INTERN_H
#define SV_INTERN_H

#include <stddef.h>

#include "mem.h"

typedef struct sv_intern sv_intern;

/* Strings are copied into arena a (borrowed: must outlive the interner). */
sv_intern *sv__intern_new(sv_arena *a);
void sv__intern_free(sv_intern *in); /* NULL is a no-op */
const char *sv__intern(sv_intern *in, const char *s, size_t len);
const char *sv__intern_cstr(sv_intern *in, const char *s);

#endif
