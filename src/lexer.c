/* SPDX-License-Identifier: MIT
 * lexer: tokens, INDENT/DEDENT and tokenizer errors as CPython 3.11's
 * tokenizer produces them (script-language.md §1). Feeds parser.c.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- state ----------------------------------------------------------- */

typedef struct paren {
  char c;
  sv_loc loc;
} paren;

typedef struct lexer {
  sv_arena *arena;
  sv_intern *in;
  const char *s;
  size_t pos, end;
  uint32_t line;
  size_t line_start; /* virtual offset of column 1 of the current line */
  bool expr_mode;
  bool done; /* a fatal error ended tokenizing */
  sv_tokens *out;
  paren parens[SV_LEX_MAX_PAREN];
  int depth;
  int indents[SV_LEX_MAX_INDENT + 1];
  int altindents[SV_LEX_MAX_INDENT + 1];
  int nindent; /* index of the top of the indentation stack */
  bool line_has_tokens;
  const sv_budget *budget; /* NULL: unbounded */
  size_t first;            /* out->count when this run began */
  bool over;               /* the budget ran out: tokens are dropped */
  sv_loc over_loc;
  sv_token scratch;        /* where tokens go once over */
} lexer;

static sv_loc loc_at(const lexer *L, size_t pos, size_t len) {
  sv_loc loc;
  loc.line = L->line;
  loc.col = (uint32_t)(pos - L->line_start + 1);
  loc.offset = (uint32_t)pos;
  loc.len = (uint32_t)len;
  return loc;
}

static sv_token *emit(lexer *L, sv_tok_kind kind, sv_loc loc) {
  if (!L->over && L->out->count == L->out->cap && L->budget &&
      sv__budget_exceeded(L->budget, L->out->cap * sizeof(sv_token))) {
    /* The token array would outgrow the memory budget: stop here. */
    L->over = true;
    L->over_loc = loc;
    L->done = true;
  }
  if (L->over) {
    memset(&L->scratch, 0, sizeof L->scratch);
    return &L->scratch;
  }
  sv_token t;
  memset(&t, 0, sizeof t);
  t.kind = kind;
  t.loc = loc;
  sv__vec_push(L->out, t);
  if (kind != SV_TOK_NEWLINE && kind != SV_TOK_INDENT &&
      kind != SV_TOK_DEDENT)
    L->line_has_tokens = true;
  return &L->out->items[L->out->count - 1];
}

static void error_at(lexer *L, sv_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_at(lexer *L, sv_loc loc, const char *fmt, ...) {
  sv_buf b;
  sv__buf_init(&b);
  va_list ap;
  va_start(ap, fmt);
  sv__buf_vappendf(&b, fmt, ap);
  va_end(ap);
  sv_token *t = emit(L, SV_TOK_ERROR, loc);
  t->as.msg = sv__arena_strndup(L->arena, sv__buf_cstr(&b), b.len);
  sv__buf_fini(&b);
}

static bool is_newline_at(const lexer *L, size_t pos) {
  return pos < L->end && (L->s[pos] == '\n' || L->s[pos] == '\r');
}

/* Consumes the line ending at pos (\n, \r\n or \r); returns its length. */
static size_t newline_len(const lexer *L, size_t pos) {
  if (L->s[pos] == '\r' && pos + 1 < L->end && L->s[pos + 1] == '\n')
    return 2;
  return 1;
}

static void next_line(lexer *L, size_t after) {
  L->line++;
  L->line_start = after;
}

/* Skips to the end of the physical line (not past the line ending). */
static void skip_line(lexer *L) {
  while (L->pos < L->end && !is_newline_at(L, L->pos)) L->pos++;
}

/* ---- character classes ----------------------------------------------- */

static bool is_id_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c >= 0x80;
}

static bool is_id_char(unsigned char c) {
  return is_id_start(c) || (c >= '0' && c <= '9');
}

static bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

/* Length of the valid UTF-8 sequence at s[0..n), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  uint32_t cp;
  if (c >= 0xc2 && c <= 0xdf) {
    len = 2;
    cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    len = 3;
    cp = c & 0x0f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
    return 0;
  return len;
}

/* Checks the whole range for NUL bytes and invalid UTF-8 up front: both
 * make CPython refuse the file before tokenizing, so they are fatal here
 * too. Returns false after emitting the error. */
static bool check_encoding(lexer *L) {
  const unsigned char *s = (const unsigned char *)L->s;
  size_t pos = L->pos;
  while (pos < L->end) {
    unsigned char c = s[pos];
    if (c == '\n' || (c == '\r' && !(pos + 1 < L->end && s[pos + 1] == '\n'))) {
      next_line(L, pos + 1);
      pos++;
      continue;
    }
    if (c == 0) {
      error_at(L, loc_at(L, pos, 1), "source contains a NUL byte");
      return false;
    }
    if (c < 0x80) {
      pos++;
      continue;
    }
    size_t n = utf8_len(s + pos, L->end - pos);
    if (n == 0) {
      error_at(L, loc_at(L, pos, 1), "invalid UTF-8 in source");
      return false;
    }
    pos += n;
  }
  return true;
}

/* ---- keywords -------------------------------------------------------- */

static const struct {
  const char *text;
  sv_tok_kind kind;
} keywords[] = {
    {"False", SV_TOK_FALSE},       {"None", SV_TOK_NONE},
    {"True", SV_TOK_TRUE},         {"and", SV_TOK_AND},
    {"as", SV_TOK_AS},             {"assert", SV_TOK_ASSERT},
    {"async", SV_TOK_ASYNC},       {"await", SV_TOK_AWAIT},
    {"break", SV_TOK_BREAK},       {"class", SV_TOK_CLASS},
    {"continue", SV_TOK_CONTINUE}, {"def", SV_TOK_DEF},
    {"del", SV_TOK_DEL},           {"elif", SV_TOK_ELIF},
    {"else", SV_TOK_ELSE},         {"except", SV_TOK_EXCEPT},
    {"finally", SV_TOK_FINALLY},   {"for", SV_TOK_FOR},
    {"from", SV_TOK_FROM},         {"global", SV_TOK_GLOBAL},
    {"if", SV_TOK_IF},             {"import", SV_TOK_IMPORT},
    {"in", SV_TOK_IN},             {"is", SV_TOK_IS},
    {"lambda", SV_TOK_LAMBDA},     {"nonlocal", SV_TOK_NONLOCAL},
    {"not", SV_TOK_NOT},           {"or", SV_TOK_OR},
    {"pass", SV_TOK_PASS},         {"raise", SV_TOK_RAISE},
    {"return", SV_TOK_RETURN},     {"try", SV_TOK_TRY},
    {"while", SV_TOK_WHILE},       {"with", SV_TOK_WITH},
    {"yield", SV_TOK_YIELD},
};

static sv_tok_kind keyword_kind(const char *s, size_t len) {
  if (len < 2 || len > 8) return SV_TOK_NAME;
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
    if (strlen(keywords[i].text) == len &&
        memcmp(keywords[i].text, s, len) == 0)
      return keywords[i].kind;
  return SV_TOK_NAME;
}

/* ---- numbers --------------------------------------------------------- */

/* Scans digits accepted by ok() with single '_' separators between them.
 * Returns false on a misplaced '_' (pos left at the offending char). */
static bool scan_digits(lexer *L, bool (*ok)(unsigned char), size_t *count) {
  *count = 0;
  for (;;) {
    while (L->pos < L->end && ok((unsigned char)L->s[L->pos])) {
      L->pos++;
      (*count)++;
    }
    if (L->pos < L->end && L->s[L->pos] == '_') {
      L->pos++;
      if (!(L->pos < L->end && ok((unsigned char)L->s[L->pos])))
        return false;
      continue;
    }
    return true;
  }
}

static bool is_hex(unsigned char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool is_oct(unsigned char c) {
  return c >= '0' && c <= '7';
}
static bool is_bin(unsigned char c) {
  return c == '0' || c == '1';
}
static bool is_dec(unsigned char c) {
  return is_digit(c);
}

/* A keyword may directly follow a number ("1if x else y"); anything else
 * that looks like a name is an invalid literal (CPython's
 * verify_end_of_number). */
static bool bad_number_end(const lexer *L) {
  if (L->pos >= L->end || !is_id_start((unsigned char)L->s[L->pos]))
    return false;
  static const char *const ok[] = {"and", "else", "for", "if",
                                   "in",  "is",   "not", "or"};
  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
    size_t n = strlen(ok[i]);
    if (L->end - L->pos >= n && memcmp(L->s + L->pos, ok[i], n) == 0)
      return false;
  }
  return true;
}

static void lex_number(lexer *L) {
  size_t start = L->pos;
  const char *s = L->s;
  int base = 10;
  size_t ndig;
  bool is_float = false;
  if (s[start] == '0' && start + 1 < L->end &&
      strchr("xXoObB", s[start + 1]) && s[start + 1] != '\0') {
    char k = (char)(s[start + 1] | 0x20);
    base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal"
                                                           : "binary";
    L->pos += 2;
    if (L->pos < L->end && s[L->pos] == '_') L->pos++;
    bool ok = scan_digits(L, base == 16 ? is_hex : base == 8 ? is_oct
                                                             : is_bin,
                          &ndig);
    if (ok && base != 16 && L->pos < L->end &&
        is_digit((unsigned char)s[L->pos])) {
      error_at(L, loc_at(L, L->pos, 1), "invalid digit '%c' in %s literal",
               s[L->pos], kind);
      skip_line(L);
      return;
    }
    if (!ok || ndig == 0 || bad_number_end(L)) {
      error_at(L, loc_at(L, start, L->pos - start), "invalid %s literal",
               kind);
      skip_line(L);
      return;
    }
  } else {
    bool ok = true;
    if (s[start] != '.') ok = scan_digits(L, is_dec, &ndig);
    if (ok && L->pos < L->end && s[L->pos] == '.') {
      is_float = true;
      L->pos++;
      if (L->pos < L->end && is_digit((unsigned char)s[L->pos]))
        ok = scan_digits(L, is_dec, &ndig);
    }
    if (ok && L->pos < L->end && (s[L->pos] | 0x20) == 'e') {
      size_t save = L->pos;
      L->pos++;
      if (L->pos < L->end && (s[L->pos] == '+' || s[L->pos] == '-'))
        L->pos++;
      if (L->pos < L->end && is_digit((unsigned char)s[L->pos])) {
        is_float = true;
        ok = scan_digits(L, is_dec, &ndig);
      } else {
        L->pos = save;
        error_at(L, loc_at(L, start, L->pos - start),
                 "invalid decimal literal");
        skip_line(L);
        return;
      }
    }
    if (ok && L->pos < L->end && (s[L->pos] | 0x20) == 'j') {
      error_at(L, loc_at(L, start, L->pos + 1 - start),
               "imaginary literals are not supported by scopeviz");
      L->pos++;
      return;
    }
    if (!ok || bad_number_end(L)) {
      error_at(L, loc_at(L, start, L->pos - start),
               "invalid decimal literal");
      skip_line(L);
      return;
    }
    if (!is_float && s[start] == '0') {
      for (size_t i = start; i < L->pos; i++)
        if (s[i] != '0' && s[i] != '_') {
          error_at(L, loc_at(L, start, L->pos - start),
                   "leading zeros in decimal integer literals are not "
                   "permitted; use an 0o prefix for octal integers");
          return;
        }
    }
  }
  sv_loc loc = loc_at(L, start, L->pos - start);
  if (is_float) {
    /* Copy without '_' for strtod; the C locale is assumed (the library
     * never calls setlocale). */
    sv_buf b;
    sv__buf_init(&b);
    for (size_t i = start; i < L->pos; i++)
      if (s[i] != '_') sv__buf_putc(&b, s[i]);
    double v = strtod(sv__buf_cstr(&b), NULL);
    sv__buf_fini(&b);
    sv_token *t = emit(L, SV_TOK_FLOAT, loc);
    t->as.fval = v;
    return;
  }
  uint64_t v = 0;
  bool overflow = false;
  size_t i = start + (base == 10 ? 0 : 2);
  for (; i < L->pos; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '_') continue;
    unsigned d = is_digit(c) ? (unsigned)(c - '0')
                             : (unsigned)((c | 0x20) - 'a' + 10);
    if (v > (UINT64_MAX - d) / (uint64_t)base) {
      overflow = true;
      break;
    }
    v = v * (uint64_t)base + d;
  }
  if (overflow || v > (uint64_t)INT64_MAX) {
    error_at(L, loc,
             "integer literal too large for scopeviz (limit is 64-bit)");
    return;
  }
  sv_token *t = emit(L, SV_TOK_INT, loc);
  t->as.ival = (int64_t)v;
}

/* ---- strings --------------------------------------------------------- */

/* Returns the SV_STR_* flags of a valid prefix s[0..len), or -1. */
static int string_prefix(const char *s, size_t len) {
  if (len > 2) return -1;
  int flags = 0;
  bool seen_u = false;
  for (size_t i = 0; i < len; i++) {
    int f;
    switch (s[i] | 0x20) {
      case 'r': f = SV_STR_RAW; break;
      case 'b': f = SV_STR_BYTES; break;
      case 'f': f = SV_STR_FMT; break;
      case 'u': f = 0; seen_u = true; break;
      default: return -1;
    }
    if (f & flags) return -1;
    flags |= f;
  }
  if (seen_u && len != 1) return -1;
  if ((flags & SV_STR_BYTES) && (flags & SV_STR_FMT)) return -1;
  return flags;
}

/* L->pos at the opening quote; start is the token start (prefix). */
static void lex_string(lexer *L, size_t start, int flags) {
  const char *s = L->s;
  char q = s[L->pos];
  uint32_t start_line = L->line;
  size_t start_line_start = L->line_start;
  bool triple = L->pos + 2 < L->end && s[L->pos + 1] == q &&
                s[L->pos + 2] == q;
  size_t qlen = triple ? 3 : 1;
  L->pos += qlen;
  size_t body = L->pos;
  sv_loc loc;
  loc.line = start_line;
  loc.col = (uint32_t)(start - start_line_start + 1);
  loc.offset = (uint32_t)start;
  for (;;) {
    if (L->pos >= L->end) {
      /* CPython names the last line of the file: an EOF right after a
       * line ending does not start a new line. */
      uint32_t last = L->line;
      if (L->pos == L->line_start && last > start_line) last--;
      loc.len = (uint32_t)(L->pos - start);
      if (triple) {
        error_at(L, loc,
                 "unterminated triple-quoted string literal (detected at "
                 "line %u)",
                 last);
      } else {
        error_at(L, loc,
                 "unterminated string literal (detected at line %u)", last);
      }
      return;
    }
    char c = s[L->pos];
    if (c == '\\') {
      L->pos++;
      if (L->pos < L->end && is_newline_at(L, L->pos)) {
        size_t n = newline_len(L, L->pos);
        L->pos += n;
        next_line(L, L->pos);
      } else if (L->pos < L->end) {
        L->pos++;
      }
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple) {
        loc.len = (uint32_t)(L->pos - start);
        error_at(L, loc, "unterminated string literal (detected at line %u)",
                 L->line);
        return;
      }
      size_t n = newline_len(L, L->pos);
      L->pos += n;
      next_line(L, L->pos);
      continue;
    }
    if (c == q) {
      if (!triple) break;
      if (L->pos + 2 < L->end && s[L->pos + 1] == q && s[L->pos + 2] == q)
        break;
    }
    L->pos++;
  }
  size_t body_len = L->pos - body;
  L->pos += qlen;
  loc.len = (uint32_t)(L->pos - start);
  if (flags & SV_STR_BYTES) {
    for (size_t i = body; i < body + body_len; i++)
      if ((unsigned char)s[i] >= 0x80) {
        error_at(L, loc, "bytes can only contain ASCII literal characters");
        return;
      }
  }
  sv_token *t = emit(L, SV_TOK_STRING, loc);
  t->as.str.body = (uint32_t)body;
  t->as.str.body_len = (uint32_t)body_len;
  t->as.str.flags = (uint8_t)flags;
  t->as.str.quote_len = (uint8_t)qlen;
}

/* ---- operators ------------------------------------------------------- */

static const struct {
  const char *text;
  sv_tok_kind kind;
} operators[] = {
    /* longest first */
    {"**=", SV_TOK_DSTAREQ}, {"//=", SV_TOK_DSLASHEQ},
    {"<<=", SV_TOK_LSHIFTEQ}, {">>=", SV_TOK_RSHIFTEQ},
    {"...", SV_TOK_ELLIPSIS}, {"->", SV_TOK_ARROW},
    {":=", SV_TOK_WALRUS},    {"**", SV_TOK_DSTAR},
    {"//", SV_TOK_DSLASH},    {"<<", SV_TOK_LSHIFT},
    {">>", SV_TOK_RSHIFT},    {"==", SV_TOK_EQEQ},
    {"!=", SV_TOK_NE},        {"<=", SV_TOK_LE},
    {">=", SV_TOK_GE},        {"+=", SV_TOK_PLUSEQ},
    {"-=", SV_TOK_MINUSEQ},   {"*=", SV_TOK_STAREQ},
    {"/=", SV_TOK_SLASHEQ},   {"%=", SV_TOK_PERCENTEQ},
    {"|=", SV_TOK_VBAREQ},    {"&=", SV_TOK_AMPEREQ},
    {"^=", SV_TOK_CARETEQ},   {"@=", SV_TOK_ATEQ},
    {"(", SV_TOK_LPAR},       {")", SV_TOK_RPAR},
    {"[", SV_TOK_LSQB},       {"]", SV_TOK_RSQB},
    {"{", SV_TOK_LBRACE},     {"}", SV_TOK_RBRACE},
    {":", SV_TOK_COLON},      {",", SV_TOK_COMMA},
    {";", SV_TOK_SEMI},       {".", SV_TOK_DOT},
    {"@", SV_TOK_AT},         {"+", SV_TOK_PLUS},
    {"-", SV_TOK_MINUS},      {"*", SV_TOK_STAR},
    {"/", SV_TOK_SLASH},      {"%", SV_TOK_PERCENT},
    {"|", SV_TOK_VBAR},       {"&", SV_TOK_AMPER},
    {"^", SV_TOK_CARET},      {"~", SV_TOK_TILDE},
    {"=", SV_TOK_EQ},         {"<", SV_TOK_LT},
    {">", SV_TOK_GT},
};

const char *sv__tok_name(sv_tok_kind kind) {
  switch (kind) {
    case SV_TOK_EOF: return "end of file";
    case SV_TOK_NEWLINE: return "NEWLINE";
    case SV_TOK_INDENT: return "INDENT";
    case SV_TOK_DEDENT: return "DEDENT";
    case SV_TOK_NAME: return "NAME";
    case SV_TOK_INT: return "INT";
    case SV_TOK_FLOAT: return "FLOAT";
    case SV_TOK_STRING: return "STRING";
    case SV_TOK_ERROR: return "ERROR";
    default: break;
  }
  for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++)
    if (operators[i].kind == kind) return operators[i].text;
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
    if (keywords[i].kind == kind) return keywords[i].text;
  return "?";
}

static void open_paren(lexer *L, char c, sv_loc loc) {
  if (L->depth >= SV_LEX_MAX_PAREN) {
    error_at(L, loc, "too many nested parentheses");
    L->done = true;
    return;
  }
  L->parens[L->depth].c = c;
  L->parens[L->depth].loc = loc;
  L->depth++;
}

/* Returns false when the closing bracket is an error (token dropped). */
static bool close_paren(lexer *L, char c, sv_loc loc) {
  if (L->depth == 0) {
    error_at(L, loc, "unmatched '%c'", c);
    return false;
  }
  paren *o = &L->parens[L->depth - 1];
  char want = o->c == '(' ? ')' : o->c == '[' ? ']' : '}';
  L->depth--;
  if (c == want) return true;
  if (o->loc.line != loc.line)
    error_at(L, loc,
             "closing parenthesis '%c' does not match opening parenthesis "
             "'%c' on line %u",
             c, o->c, o->loc.line);
  else
    error_at(L, loc,
             "closing parenthesis '%c' does not match opening parenthesis "
             "'%c'",
             c, o->c);
  return false;
}

/* ---- indentation ----------------------------------------------------- */

/* At the start of a logical line (bracket depth 0): measures the
 * indentation and emits INDENT/DEDENT or an indentation error. Blank and
 * comment-only lines are left alone, as in CPython. */
static void indentation(lexer *L) {
  int col = 0, altcol = 0;
  size_t p = L->pos;
  for (; p < L->end; p++) {
    char c = L->s[p];
    if (c == ' ') {
      col++;
      altcol++;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      altcol++;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  size_t ws = p - L->pos;
  if (p >= L->end || L->s[p] == '#' || L->s[p] == '\n' || L->s[p] == '\r')
    return;
  if (L->s[p] == '\\' && p + 1 < L->end && is_newline_at(L, p + 1))
    return; /* a continuation joins this line to the next */
  int top = L->nindent;
  sv_loc loc = loc_at(L, L->pos, ws);
  if (col == L->indents[top]) {
    if (altcol != L->altindents[top])
      error_at(L, loc, "TabError: inconsistent use of tabs and spaces in "
                       "indentation");
  } else if (col > L->indents[top]) {
    if (top + 1 >= SV_LEX_MAX_INDENT) {
      error_at(L, loc, "IndentationError: too many levels of indentation");
      L->done = true;
      return;
    }
    if (altcol <= L->altindents[top]) {
      error_at(L, loc, "TabError: inconsistent use of tabs and spaces in "
                       "indentation");
    }
    L->nindent++;
    L->indents[L->nindent] = col;
    L->altindents[L->nindent] = altcol;
    emit(L, SV_TOK_INDENT, loc);
  } else {
    while (L->nindent > 0 && col < L->indents[L->nindent]) {
      L->nindent--;
      emit(L, SV_TOK_DEDENT, loc_at(L, p, 0));
    }
    if (col != L->indents[L->nindent]) {
      error_at(L, loc_at(L, p, 0), "IndentationError: unindent does not "
                                   "match any outer indentation level");
    } else if (altcol != L->altindents[L->nindent]) {
      error_at(L, loc, "TabError: inconsistent use of tabs and spaces in "
                       "indentation");
    }
  }
}

/* ---- main loop ------------------------------------------------------- */

static void finish(lexer *L) {
  if (L->expr_mode) {
    emit(L, SV_TOK_EOF, loc_at(L, L->pos, 0));
    return;
  }
  if (L->depth > 0 && !L->done) {
    paren *o = &L->parens[L->depth - 1];
    error_at(L, o->loc, "'%c' was never closed", o->c);
  }
  sv_loc loc = loc_at(L, L->pos, 0);
  if (L->line_has_tokens) emit(L, SV_TOK_NEWLINE, loc);
  while (L->nindent > 0) {
    L->nindent--;
    emit(L, SV_TOK_DEDENT, loc);
  }
  emit(L, SV_TOK_EOF, loc);
}

/* Once over budget, the tokens of this run are dropped: what is left is
 * the limit error and EOF (the parser reports it and stops). */
static bool finish_over(lexer *L) {
  L->out->count = L->first;
  sv_token t;
  memset(&t, 0, sizeof t);
  t.kind = SV_TOK_ERROR;
  t.loc = L->over_loc;
  t.as.msg = sv__arena_printf(
      L->arena,
      "memory limit exceeded while parsing (%zu bytes; raise it with "
      "--max-memory)",
      L->budget->limit);
  sv__vec_push(L->out, t);
  t.kind = SV_TOK_EOF;
  t.as.msg = NULL;
  sv__vec_push(L->out, t);
  return false;
}

bool sv__lex(sv_arena *arena, sv_intern *in, const char *text, size_t begin,
             size_t end, sv_loc start, bool expr_mode,
             const sv_budget *budget, sv_tokens *out) {
  lexer L;
  memset(&L, 0, sizeof L);
  L.budget = budget;
  L.first = out->count;
  L.arena = arena;
  L.in = in;
  L.s = text;
  L.pos = begin;
  L.end = end;
  L.line = start.line ? start.line : 1;
  L.line_start = begin - (start.col ? start.col - 1 : 0);
  L.expr_mode = expr_mode;
  L.out = out;
  if (!expr_mode && end - begin >= 3 &&
      memcmp(text + begin, "\xef\xbb\xbf", 3) == 0) {
    L.pos += 3; /* UTF-8 BOM; columns still count its bytes */
  }
  {
    uint32_t line0 = L.line;
    size_t ls0 = L.line_start;
    bool ok = check_encoding(&L);
    L.line = line0;
    L.line_start = ls0;
    if (!ok) {
      L.done = true;
      finish(&L);
      return L.over ? finish_over(&L) : true;
    }
  }
  bool at_bol = true;
  while (!L.done) {
    if (at_bol && !expr_mode && L.depth == 0) {
      L.line_has_tokens = false;
      indentation(&L);
      if (L.done) break;
    }
    at_bol = false;
    while (L.pos < L.end &&
           (L.s[L.pos] == ' ' || L.s[L.pos] == '\t' || L.s[L.pos] == '\f'))
      L.pos++;
    if (L.pos >= L.end) break;
    size_t tstart = L.pos;
    unsigned char c = (unsigned char)L.s[L.pos];
    if (c == '#') {
      skip_line(&L);
      continue;
    }
    if (c == '\n' || c == '\r') {
      size_t n = newline_len(&L, L.pos);
      if (L.depth == 0 && !expr_mode && L.line_has_tokens) {
        emit(&L, SV_TOK_NEWLINE, loc_at(&L, L.pos, n));
        L.line_has_tokens = false;
      }
      L.pos += n;
      next_line(&L, L.pos);
      at_bol = true;
      continue;
    }
    if (c == '\\') {
      L.pos++;
      if (L.pos >= L.end) {
        error_at(&L, loc_at(&L, L.pos, 0), "unexpected EOF while parsing");
        break;
      }
      if (!is_newline_at(&L, L.pos)) {
        error_at(&L, loc_at(&L, L.pos, 1),
                 "unexpected character after line continuation character");
        skip_line(&L);
        continue;
      }
      L.pos += newline_len(&L, L.pos);
      next_line(&L, L.pos);
      continue;
    }
    if (is_id_start(c)) {
      while (L.pos < L.end && is_id_char((unsigned char)L.s[L.pos])) L.pos++;
      size_t len = L.pos - tstart;
      if (L.pos < L.end && (L.s[L.pos] == '\'' || L.s[L.pos] == '"')) {
        int flags = string_prefix(L.s + tstart, len);
        if (flags >= 0) {
          lex_string(&L, tstart, flags);
          continue;
        }
      }
      sv_tok_kind k = keyword_kind(L.s + tstart, len);
      sv_token *t = emit(&L, k, loc_at(&L, tstart, len));
      if (k == SV_TOK_NAME) t->as.name = sv__intern(L.in, L.s + tstart, len);
      continue;
    }
    if (is_digit(c) ||
        (c == '.' && L.pos + 1 < L.end &&
         is_digit((unsigned char)L.s[L.pos + 1]))) {
      lex_number(&L);
      continue;
    }
    if (c == '\'' || c == '"') {
      lex_string(&L, tstart, 0);
      continue;
    }
    size_t i;
    size_t n = sizeof operators / sizeof operators[0];
    for (i = 0; i < n; i++) {
      size_t len = strlen(operators[i].text);
      if (L.end - L.pos >= len &&
          memcmp(L.s + L.pos, operators[i].text, len) == 0)
        break;
    }
    if (i == n) {
      error_at(&L, loc_at(&L, tstart, 1), "invalid syntax");
      skip_line(&L);
      continue;
    }
    size_t len = strlen(operators[i].text);
    sv_tok_kind k = operators[i].kind;
    sv_loc loc = loc_at(&L, tstart, len);
    L.pos += len;
    if (k == SV_TOK_LPAR || k == SV_TOK_LSQB || k == SV_TOK_LBRACE) {
      open_paren(&L, (char)c, loc);
      if (L.done) break;
    } else if (k == SV_TOK_RPAR || k == SV_TOK_RSQB || k == SV_TOK_RBRACE) {
      if (!close_paren(&L, (char)c, loc)) continue;
    }
    emit(&L, k, loc);
  }
  finish(&L);
  return L.over ? finish_over(&L) : true;
}
