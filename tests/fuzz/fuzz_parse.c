/* SPDX-License-Identifier: MIT
 * fuzz_parse: libFuzzer harness for the lexer and parser (issue 5).
 * The input is a script; it is parsed into a fresh arena, diagnostics are
 * rendered (exercising diag.c's line index and caret code) and everything
 * is freed. Built with clang -fsanitize=fuzzer,address,undefined when
 * SCOPEVIZ_FUZZ is ON, and linked with replay_main.c in every build so
 * ctest replays tests/fuzz/regress/parse/.
 */
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "intern.h"
#include "mem.h"
#include "parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  /* sv_source wants NUL-terminated text, as session.c provides. */
  char *text = sv__xstrndup((const char *)data, size);
  sv_arena *arena = sv__arena_new();
  sv_intern *in = sv__intern_new(arena);
  sv_source src;
  sv__source_init(&src, "fuzz.py", text, size);
  sv_diags diags = {0};
  /* A budget of 64 KiB (the first arena block) plus 48 bytes per input
   * byte: ordinary code needs 20-30 bytes per byte, dense token runs
   * ("x+x+x...") about 55, so those run out and the limit path (tokens
   * dropped, tree abandoned mid-parse) is fuzzed as well. */
  sv_budget budget = {sv__mem_live(), 65536 + 48 * size};
  (void)sv__parse(arena, in, &src, &diags, &budget, NULL);
  sv_buf out;
  sv__buf_init(&out);
  for (size_t i = 0; i < diags.count; i++)
    sv__diag_render(&src, &diags.items[i], &out);
  sv__buf_fini(&out);
  sv__diags_free(&diags);
  sv__source_fini(&src);
  sv__intern_free(in);
  sv__arena_free(arena);
  sv__xfree(text);
  return 0;
}
