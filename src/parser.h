/* SPDX-License-Identifier: MIT
 * parser: Python-subset source -> AST (ast.h), with panic-mode recovery so
 * one run reports several syntax errors. The lexer (lexer.h) supplies
 * tokens with INDENT/DEDENT.
 */
#ifndef SV_PARSER_H
#define SV_PARSER_H

#include "ast.h"
#include "diag.h"
#include "intern.h"
#include "mem.h"

/* Parses src into a SV_AST_MODULE node allocated in arena. Returns NULL
 * when any error was reported (diagnostics appended to diags, each with a
 * location and a message such as "invalid syntax", "expected ':'",
 * "'class' is not supported by scopeviz", "IndentationError: unindent does
 * not match any outer indentation level"). budget (NULL: none) bounds
 * the memory the tokens and the tree may take: when it runs out, the one
 * diagnostic is "memory limit exceeded while parsing (N bytes; raise it
 * with --max-memory)", parsing stops and *out_limit (when not NULL) is set
 * to true. */
sv_ast *sv__parse(sv_arena *arena, sv_intern *in, const sv_source *src,
                  sv_diags *diags, const sv_budget *budget, bool *out_limit);

#endif
