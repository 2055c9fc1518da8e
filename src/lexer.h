/* SPDX-License-Identifier: MIT
 * lexer: Python-subset source -> tokens with INDENT/DEDENT (CPython's
 * tokenizer rules, script-language.md §1). Errors are SV_TOK_ERROR tokens;
 * the lexer never prints. Feeds parser.c.
 */
#ifndef SV_LEXER_H
#define SV_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scopeviz/model.h"

#include "intern.h"
#include "mem.h"

typedef enum sv_tok_kind {
  SV_TOK_EOF,
  SV_TOK_NEWLINE,
  SV_TOK_INDENT,
  SV_TOK_DEDENT,
  SV_TOK_NAME,   /* as.name (interned) */
  SV_TOK_INT,    /* as.ival */
  SV_TOK_FLOAT,  /* as.fval */
  SV_TOK_STRING, /* as.str: one literal, prefix and quotes included in loc */
  SV_TOK_ERROR,  /* as.msg: a complete diagnostic text */
  /* operators and delimiters */
  SV_TOK_LPAR, SV_TOK_RPAR, SV_TOK_LSQB, SV_TOK_RSQB, SV_TOK_LBRACE,
  SV_TOK_RBRACE, SV_TOK_COLON, SV_TOK_COMMA, SV_TOK_SEMI, SV_TOK_DOT,
  SV_TOK_ELLIPSIS, SV_TOK_ARROW, SV_TOK_AT, SV_TOK_WALRUS,
  SV_TOK_PLUS, SV_TOK_MINUS, SV_TOK_STAR, SV_TOK_SLASH, SV_TOK_DSLASH,
  SV_TOK_PERCENT, SV_TOK_DSTAR, SV_TOK_VBAR, SV_TOK_AMPER, SV_TOK_CARET,
  SV_TOK_TILDE, SV_TOK_LSHIFT, SV_TOK_RSHIFT,
  SV_TOK_EQ, SV_TOK_EQEQ, SV_TOK_NE, SV_TOK_LT, SV_TOK_LE, SV_TOK_GT,
  SV_TOK_GE,
  /* augmented assignment: same order as the binary operators above */
  SV_TOK_PLUSEQ, SV_TOK_MINUSEQ, SV_TOK_STAREQ, SV_TOK_SLASHEQ,
  SV_TOK_DSLASHEQ, SV_TOK_PERCENTEQ, SV_TOK_DSTAREQ, SV_TOK_VBAREQ,
  SV_TOK_AMPEREQ, SV_TOK_CARETEQ, SV_TOK_LSHIFTEQ, SV_TOK_RSHIFTEQ,
  SV_TOK_ATEQ,
  /* keywords */
  SV_TOK_FALSE, SV_TOK_NONE, SV_TOK_TRUE, SV_TOK_AND, SV_TOK_AS,
  SV_TOK_ASSERT, SV_TOK_ASYNC, SV_TOK_AWAIT, SV_TOK_BREAK, SV_TOK_CLASS,
  SV_TOK_CONTINUE, SV_TOK_DEF, SV_TOK_DEL, SV_TOK_ELIF, SV_TOK_ELSE,
  SV_TOK_EXCEPT, SV_TOK_FINALLY, SV_TOK_FOR, SV_TOK_FROM, SV_TOK_GLOBAL,
  SV_TOK_IF, SV_TOK_IMPORT, SV_TOK_IN, SV_TOK_IS, SV_TOK_LAMBDA,
  SV_TOK_NONLOCAL, SV_TOK_NOT, SV_TOK_OR, SV_TOK_PASS, SV_TOK_RAISE,
  SV_TOK_RETURN, SV_TOK_TRY, SV_TOK_WHILE, SV_TOK_WITH, SV_TOK_YIELD,
  SV_TOK_COUNT_
} sv_tok_kind;

/* String prefix flags (SV_TOK_STRING as.str.flags). */
enum {
  SV_STR_RAW = 1,
  SV_STR_BYTES = 2,
  SV_STR_FMT = 4
};

typedef struct sv_token {
  sv_tok_kind kind;
  sv_loc loc; /* len: bytes of the token text (0 for NEWLINE at EOF,
                 INDENT, DEDENT, EOF) */
  union {
    const char *name;
    int64_t ival;
    double fval;
    const char *msg; /* arena */
    struct {
      uint32_t body;     /* byte offset of the body (after the quotes) */
      uint32_t body_len; /* bytes between the quotes */
      uint8_t flags;     /* SV_STR_* */
      uint8_t quote_len; /* 1 or 3 */
    } str;
  } as;
} sv_token;

typedef SV_VEC(sv_token) sv_tokens;

/* Tokenizes text[begin, end) and appends to out (which the caller frees
 * with sv__vec_free). start is the position of text[begin] (line, col,
 * offset == begin). Whole-file mode (expr_mode false) skips a UTF-8 BOM,
 * emits NEWLINE/INDENT/DEDENT and ends with NEWLINE, DEDENTs, EOF.
 * Expression mode (f-string replacement fields) behaves as if inside
 * brackets: no NEWLINE, no indentation; ends with EOF. Names and error
 * messages live in arena / in. Problems are SV_TOK_ERROR tokens, after
 * which lexing resumes at the next line. When the token array would take
 * the memory budget (NULL: none) past its limit, the tokens of this call
 * are dropped, out ends with one SV_TOK_ERROR ("memory limit exceeded
 * while parsing (N bytes; raise it with --max-memory)") and EOF, and the
 * result is false; otherwise true. */
bool sv__lex(sv_arena *arena, sv_intern *in, const char *text, size_t begin,
             size_t end, sv_loc start, bool expr_mode,
             const sv_budget *budget, sv_tokens *out);

/* "'if'", "'('", "NAME" ...: for diagnostics and tests. */
const char *sv__tok_name(sv_tok_kind kind);

/* Limits (like CPython's tokenizer). */
#define SV_LEX_MAX_PAREN 200  /* "too many nested parentheses" */
#define SV_LEX_MAX_INDENT 100 /* "too many levels of indentation" */

#endif
