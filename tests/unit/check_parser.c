/* SPDX-License-Identifier: MIT
 * Unit tests of the parser (parser.h): AST shapes as S-expressions, the
 * diagnostics with CPython 3.11's texts and positions (checked with
 * /usr/bin/python3 compile()), recovery and the nesting limits
 * (script-language.md §1-§3).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "unit_testlib.h"

/* ---- AST dump: one S-expression per node (test helper; recursion is fine
 * for the small inputs of these tests) ---- */

static void dump(sv_buf *b, const sv_ast *n);

static const char *op_text(sv_ast_op op) {
  static const char *const t[] = {
      "?",  "+",  "-",  "*",   "/",  "//",  "%",  "**",     "@",
      "<<", ">>", "&",  "|",   "^",  "neg", "pos", "not",   "~",
      "and", "or", "==", "!=", "<",  "<=",  ">",  ">=",     "in",
      "not-in", "is", "is-not"};
  return t[op];
}

static void dump_list(sv_buf *b, const char *head, sv_ast_list l) {
  sv__buf_appendf(b, "(%s", head);
  for (uint32_t i = 0; i < l.count; i++) {
    sv__buf_putc(b, ' ');
    dump(b, l.items[i]);
  }
  sv__buf_putc(b, ')');
}

static void dump_opt(sv_buf *b, const sv_ast *n) {
  if (n)
    dump(b, n);
  else
    sv__buf_putc(b, '_');
}

static void dump_str(sv_buf *b, const char *s, uint32_t len) {
  sv__buf_putc(b, '\'');
  for (uint32_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n')
      sv__buf_appends(b, "\\n");
    else if (c == '\\')
      sv__buf_appends(b, "\\\\");
    else if (c == '\'')
      sv__buf_appends(b, "\\'");
    else if (c < 0x20 || c == 0x7f)
      sv__buf_appendf(b, "\\x%02x", c);
    else
      sv__buf_putc(b, (char)c);
  }
  sv__buf_putc(b, '\'');
}

static void dump_params(sv_buf *b, const sv_ast *f) {
  sv__buf_putc(b, '(');
  for (uint32_t i = 0; i < f->as.func.nparams; i++) {
    const sv_param *p = &f->as.func.params[i];
    if (i) sv__buf_putc(b, ' ');
    const char *pre = p->kind == SV_PARAM_VARARGS  ? "*"
                      : p->kind == SV_PARAM_KWARGS ? "**"
                      : p->kind == SV_PARAM_KWONLY ? "kw:"
                                                   : "";
    sv__buf_appendf(b, "%s%s", pre, p->name);
    if (p->def) {
      sv__buf_putc(b, '=');
      dump(b, p->def);
    }
  }
  sv__buf_putc(b, ')');
}

static void dump_comp(sv_buf *b, const char *head, const sv_ast *n) {
  sv__buf_appendf(b, "(%s ", head);
  dump(b, n->as.comp.elt);
  if (n->kind == SV_AST_DICTCOMP) {
    sv__buf_putc(b, ' ');
    dump(b, n->as.comp.value);
  }
  for (uint32_t i = 0; i < n->as.comp.nfors; i++) {
    const sv_comp_for *f = &n->as.comp.fors[i];
    sv__buf_appends(b, " (for ");
    dump(b, f->target);
    sv__buf_putc(b, ' ');
    dump(b, f->iter);
    for (uint32_t j = 0; j < f->ifs.count; j++) {
      sv__buf_appends(b, " (if ");
      dump(b, f->ifs.items[j]);
      sv__buf_putc(b, ')');
    }
    sv__buf_putc(b, ')');
  }
  sv__buf_putc(b, ')');
}

static void dump(sv_buf *b, const sv_ast *n) {
  switch (n->kind) {
    case SV_AST_NAME: sv__buf_appends(b, n->as.name); break;
    case SV_AST_INT: sv__buf_appendf(b, "%lld", (long long)n->as.ival); break;
    case SV_AST_FLOAT: sv__buf_appendf(b, "%.17g", n->as.fval); break;
    case SV_AST_STR: dump_str(b, n->as.str.data, n->as.str.len); break;
    case SV_AST_BYTES:
      sv__buf_putc(b, 'b');
      dump_str(b, n->as.str.data, n->as.str.len);
      break;
    case SV_AST_TRUE: sv__buf_appends(b, "True"); break;
    case SV_AST_FALSE: sv__buf_appends(b, "False"); break;
    case SV_AST_NONE: sv__buf_appends(b, "None"); break;
    case SV_AST_FSTRING: dump_list(b, "fstr", n->as.seq); break;
    case SV_AST_FORMATTED:
      sv__buf_appends(b, "(fmt ");
      dump(b, n->as.fmt.value);
      if (n->as.fmt.conv) sv__buf_appendf(b, " !%c", n->as.fmt.conv);
      if (n->as.fmt.spec) {
        sv__buf_putc(b, ' ');
        dump(b, n->as.fmt.spec);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_LIST: dump_list(b, "list", n->as.seq); break;
    case SV_AST_TUPLE: dump_list(b, "tuple", n->as.seq); break;
    case SV_AST_SET: dump_list(b, "set", n->as.seq); break;
    case SV_AST_DICT:
      sv__buf_appends(b, "(dict");
      for (uint32_t i = 0; i < n->as.dict.keys.count; i++) {
        sv__buf_putc(b, ' ');
        if (n->as.dict.keys.items[i])
          dump(b, n->as.dict.keys.items[i]);
        else
          sv__buf_appends(b, "**");
        sv__buf_putc(b, ' ');
        dump(b, n->as.dict.values.items[i]);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_ATTR:
      sv__buf_appends(b, "(. ");
      dump(b, n->as.attr.obj);
      sv__buf_appendf(b, " %s)", n->as.attr.name);
      break;
    case SV_AST_SUBSCRIPT:
      sv__buf_appends(b, "([] ");
      dump(b, n->as.sub.obj);
      sv__buf_putc(b, ' ');
      dump(b, n->as.sub.index);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_SLICE:
      sv__buf_appends(b, "(slice ");
      dump_opt(b, n->as.slice.lo);
      sv__buf_putc(b, ' ');
      dump_opt(b, n->as.slice.hi);
      sv__buf_putc(b, ' ');
      dump_opt(b, n->as.slice.step);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_CALL:
      sv__buf_appends(b, "(call ");
      dump(b, n->as.call.fn);
      for (uint32_t i = 0; i < n->as.call.args.count; i++) {
        sv__buf_putc(b, ' ');
        dump(b, n->as.call.args.items[i]);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_STARRED:
      sv__buf_appends(b, "(* ");
      dump(b, n->as.unary.operand);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_DSTAR:
      sv__buf_appends(b, "(** ");
      dump(b, n->as.unary.operand);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_KEYWORD:
      sv__buf_appendf(b, "(kw %s ", n->as.keyword.name);
      dump(b, n->as.keyword.value);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_BINOP:
      sv__buf_appendf(b, "(%s ", op_text(n->op));
      dump(b, n->as.binop.left);
      sv__buf_putc(b, ' ');
      dump(b, n->as.binop.right);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_UNARY:
      sv__buf_appendf(b, "(%s ", op_text(n->op));
      dump(b, n->as.unary.operand);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_BOOLOP: dump_list(b, op_text(n->op), n->as.seq); break;
    case SV_AST_COMPARE:
      sv__buf_appends(b, "(cmp ");
      dump(b, n->as.compare.left);
      for (uint32_t i = 0; i < n->as.compare.rights.count; i++) {
        sv__buf_appendf(b, " %s ", op_text(n->as.compare.ops[i]));
        dump(b, n->as.compare.rights.items[i]);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_IFEXP:
      sv__buf_appends(b, "(ifexp ");
      dump(b, n->as.ifexp.test);
      sv__buf_putc(b, ' ');
      dump(b, n->as.ifexp.body);
      sv__buf_putc(b, ' ');
      dump(b, n->as.ifexp.orelse);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_LAMBDA:
      sv__buf_appends(b, "(lambda ");
      dump_params(b, n);
      sv__buf_putc(b, ' ');
      dump(b, n->as.func.body_expr);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_LISTCOMP: dump_comp(b, "listcomp", n); break;
    case SV_AST_SETCOMP: dump_comp(b, "setcomp", n); break;
    case SV_AST_DICTCOMP: dump_comp(b, "dictcomp", n); break;
    case SV_AST_GENEXP: dump_comp(b, "genexp", n); break;
    case SV_AST_EXPR_STMT:
      sv__buf_appends(b, "(expr ");
      dump(b, n->as.unary.operand);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_ASSIGN:
      sv__buf_appends(b, "(=");
      for (uint32_t i = 0; i < n->as.assign.targets.count; i++) {
        sv__buf_putc(b, ' ');
        dump(b, n->as.assign.targets.items[i]);
      }
      sv__buf_putc(b, ' ');
      dump(b, n->as.assign.value);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_AUGASSIGN:
      sv__buf_appendf(b, "(%s= ", op_text(n->op));
      dump(b, n->as.augassign.target);
      sv__buf_putc(b, ' ');
      dump(b, n->as.augassign.value);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_IF:
      sv__buf_appends(b, "(if ");
      dump(b, n->as.ifs.test);
      sv__buf_putc(b, ' ');
      dump_list(b, "body", n->as.ifs.body);
      if (n->as.ifs.orelse.count) {
        sv__buf_putc(b, ' ');
        dump_list(b, "else", n->as.ifs.orelse);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_WHILE:
    case SV_AST_FOR:
      if (n->kind == SV_AST_WHILE) {
        sv__buf_appends(b, "(while ");
        dump(b, n->as.loop.test);
      } else {
        sv__buf_appends(b, "(for ");
        dump(b, n->as.loop.target);
        sv__buf_putc(b, ' ');
        dump(b, n->as.loop.iter);
      }
      sv__buf_putc(b, ' ');
      dump_list(b, "body", n->as.loop.body);
      if (n->as.loop.orelse.count) {
        sv__buf_putc(b, ' ');
        dump_list(b, "else", n->as.loop.orelse);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_BREAK: sv__buf_appends(b, "break"); break;
    case SV_AST_CONTINUE: sv__buf_appends(b, "continue"); break;
    case SV_AST_PASS: sv__buf_appends(b, "pass"); break;
    case SV_AST_RETURN:
      sv__buf_appends(b, "(return");
      if (n->as.unary.operand) {
        sv__buf_putc(b, ' ');
        dump(b, n->as.unary.operand);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_DEF:
      sv__buf_appendf(b, "(def %s ", n->as.func.name);
      dump_params(b, n);
      sv__buf_putc(b, ' ');
      dump_list(b, "body", n->as.func.body);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_WITH:
      sv__buf_appends(b, "(with");
      for (uint32_t i = 0; i < n->as.with.nitems; i++) {
        sv__buf_appends(b, " (");
        dump(b, n->as.with.items[i].ctx);
        if (n->as.with.items[i].target) {
          sv__buf_appends(b, " as ");
          dump(b, n->as.with.items[i].target);
        }
        sv__buf_putc(b, ')');
      }
      sv__buf_putc(b, ' ');
      dump_list(b, "body", n->as.with.body);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_TRY:
      sv__buf_appends(b, "(try ");
      dump_list(b, "body", n->as.try_.body);
      for (uint32_t i = 0; i < n->as.try_.nhandlers; i++) {
        const sv_handler *h = &n->as.try_.handlers[i];
        sv__buf_appends(b, " (except ");
        dump_opt(b, h->type);
        sv__buf_appendf(b, " %s ", h->name ? h->name : "_");
        dump_list(b, "body", h->body);
        sv__buf_putc(b, ')');
      }
      if (n->as.try_.orelse.count) {
        sv__buf_putc(b, ' ');
        dump_list(b, "else", n->as.try_.orelse);
      }
      if (n->as.try_.finalbody.count) {
        sv__buf_putc(b, ' ');
        dump_list(b, "finally", n->as.try_.finalbody);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_RAISE:
      sv__buf_appends(b, "(raise ");
      dump_opt(b, n->as.raise.exc);
      sv__buf_putc(b, ' ');
      dump_opt(b, n->as.raise.cause);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_ASSERT:
      sv__buf_appends(b, "(assert ");
      dump(b, n->as.assert_.test);
      sv__buf_putc(b, ' ');
      dump_opt(b, n->as.assert_.msg);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_IMPORT:
    case SV_AST_IMPORT_FROM:
      if (n->kind == SV_AST_IMPORT)
        sv__buf_appends(b, "(import");
      else
        sv__buf_appendf(b, "(from %s", n->as.import.module);
      for (uint32_t i = 0; i < n->as.import.nnames; i++) {
        const sv_import_name *m = &n->as.import.names[i];
        if (m->asname)
          sv__buf_appendf(b, " (%s %s)", m->name, m->asname);
        else
          sv__buf_appendf(b, " %s", m->name);
      }
      sv__buf_putc(b, ')');
      break;
    case SV_AST_DEL: dump_list(b, "del", n->as.seq); break;
    case SV_AST_GLOBAL:
    case SV_AST_NONLOCAL:
      sv__buf_appends(b, n->kind == SV_AST_GLOBAL ? "(global" : "(nonlocal");
      for (uint32_t i = 0; i < n->as.names.count; i++)
        sv__buf_appendf(b, " %s", n->as.names.names[i]);
      sv__buf_putc(b, ')');
      break;
    case SV_AST_MODULE: {
      for (uint32_t i = 0; i < n->as.module.body.count; i++) {
        if (i) sv__buf_putc(b, '\n');
        dump(b, n->as.module.body.items[i]);
      }
      break;
    }
  }
}

/* ---- harness ----------------------------------------------------------- */

static sv_arena *arena;
static sv_intern *in;
static sv_source src;
static sv_diags diags;
static sv_buf out;

static void setup(void) {
  arena = sv__arena_new();
  in = sv__intern_new(arena);
  memset(&diags, 0, sizeof diags);
  memset(&src, 0, sizeof src);
  sv__buf_init(&out);
}

static void teardown(void) {
  sv__buf_fini(&out);
  sv__diags_free(&diags);
  sv__source_fini(&src);
  sv__intern_free(in);
  sv__arena_free(arena);
}

static sv_ast *parse_n(const char *text, size_t len) {
  sv__source_fini(&src);
  sv__diags_free(&diags);
  sv__source_init(&src, "t.py", text, len);
  return sv__parse(arena, in, &src, &diags, NULL, NULL);
}

/* The module dumped, or "ERR L:C: message" of every diagnostic. */
static const char *run(const char *text) {
  sv_ast *m = parse_n(text, strlen(text));
  sv__buf_clear(&out);
  if (m) {
    ck_assert_uint_eq(diags.count, 0);
    dump(&out, m);
  } else {
    ck_assert_uint_gt(diags.count, 0);
    for (size_t i = 0; i < diags.count; i++) {
      if (i) sv__buf_putc(&out, '|');
      sv__buf_appendf(&out, "ERR %u:%u: %s", diags.items[i].loc.line,
                      diags.items[i].loc.col, diags.items[i].message);
    }
  }
  return sv__buf_cstr(&out);
}

/* ---- AST shapes -------------------------------------------------------- */

static const struct {
  const char *src, *want;
} shapes[] = {
    /* precedence (Python 3.11 grammar) */
    {"x = 1 + 2 * 3 ** -2\n", "(= x (+ 1 (* 2 (** 3 (neg 2)))))"},
    {"x = -2 ** 2\n", "(= x (neg (** 2 2)))"},
    {"x = 2 ** 3 ** 2\n", "(= x (** 2 (** 3 2)))"},
    {"x = a - b - c\n", "(= x (- (- a b) c))"},
    {"x = a | b ^ c & d << e + f @ g // h % i\n",
     "(= x (| a (^ b (& c (<< d (+ e (% (// (@ f g) h) i)))))))"},
    {"x = not a == b\n", "(= x (not (cmp a == b)))"},
    {"x = a or b and c or d\n", "(= x (or a (and b c) d))"},
    {"x = a < b <= c != d\n", "(= x (cmp a < b <= c != d))"},
    {"x = a not in b is not c in d is e\n",
     "(= x (cmp a not-in b is-not c in d is e))"},
    {"x = a if b else c if d else e\n",
     "(= x (ifexp b a (ifexp d c e)))"},
    {"x = ~a + +b\n", "(= x (+ (~ a) (pos b)))"},
    /* atoms and trailers */
    {"x = a.b.c(1)[2]\n", "(= x ([] (call (. (. a b) c) 1) 2))"},
    {"x = f(a, *b, c=1, **d)\n",
     "(= x (call f a (* b) (kw c 1) (** d)))"},
    {"x = f(1, 2,)\n", "(= x (call f 1 2))"},
    {"x = sum(i for i in y)\n", "(= x (call sum (genexp i (for i y))))"},
    {"x = a[1:2:3], a[:, 0], a[::2], a[1:], a[:]\n",
     "(= x (tuple ([] a (slice 1 2 3)) ([] a (tuple (slice _ _ _) 0)) "
     "([] a (slice _ _ 2)) ([] a (slice 1 _ _)) ([] a (slice _ _ _))))"},
    {"x = a[1, 2]\n", "(= x ([] a (tuple 1 2)))"},
    {"x = (), (1,), (1), [], [1, 2,], {}, {1}, {1: 2, **d}\n",
     "(= x (tuple (tuple) (tuple 1) 1 (list) (list 1 2) (dict) (set 1) "
     "(dict 1 2 ** d)))"},
    {"x = [*a, *b], (*a, b)\n",
     "(= x (tuple (list (* a) (* b)) (tuple (* a) b)))"},
    {"x = [i * j for i in a if i for j in b]\n",
     "(= x (listcomp (* i j) (for i a (if i)) (for j b)))"},
    {"x = {k: v for k, v in d.items()}\n",
     "(= x (dictcomp k v (for (tuple k v) (call (. d items)))))"},
    {"x = {a for a in b if a if not a}\n",
     "(= x (setcomp a (for a b (if a) (if (not a)))))"},
    {"x = (a for a in b)\n", "(= x (genexp a (for a b)))"},
    {"f = lambda: 0\n", "(= f (lambda () 0))"},
    {"f = lambda a, b=1, *c, d, **e: a\n",
     "(= f (lambda (a b=1 *c kw:d **e) a))"},
    {"x = True, False, None\n", "(= x (tuple True False None))"},
    /* literals */
    {"x = 0x1F, 0o17, 0b101, 1_000, 1.5, .5, 1e-3\n",
     "(= x (tuple 31 15 5 1000 1.5 0.5 0.001))"},
    {"x = 'a' \"b\" '''c'''\n", "(= x 'abc')"},
    {"x = 'a\\tb\\n\\x41\\u00e9\\101\\0\\q'\n",
     "(= x 'a\\x09b\\nA\xc3\xa9" "A\\x00\\\\q')"},
    {"x = r'a\\n' b'x\\x00'\n",
     "ERR 1:5: cannot mix bytes and nonbytes literals"},
    {"x = b'x\\x00' B'y'\n", "(= x b'x\\x00y')"},
    {"x = r'\\d\\''\n", "(= x '\\\\d\\\\\\'')"},
    {"x = '''a\r\nb'''\n", "(= x 'a\\nb')"},
    {"x = 'a\\\nb'\n", "(= x 'ab')"},
    /* f-strings */
    {"x = f'{a}'\n", "(= x (fstr (fmt a)))"},
    {"x = f'n={n!r:>{w}}.' 'z'\n",
     "(= x (fstr 'n=' (fmt n !r (fstr '>' (fmt w))) '.z'))"},
    {"x = f'{{}}{i:02d}'\n", "(= x (fstr '{}' (fmt i (fstr '02d'))))"},
    {"x = f'{a, b}{x!s}{y!a}'\n",
     "(= x (fstr (fmt (tuple a b)) (fmt x !s) (fmt y !a)))"},
    {"x = f'{a[\"k\"]:{w}.{p}f}'\n",
     "(= x (fstr (fmt ([] a 'k') (fstr (fmt w) '.' (fmt p) 'f'))))"},
    {"x = f'{x = }'\n", "(= x (fstr 'x = ' (fmt x !r)))"},
    {"x = f'{a != b}'\n", "(= x (fstr (fmt (cmp a != b))))"},
    {"x = rf'\\n{a}'\n", "(= x (fstr '\\\\n' (fmt a)))"},
    {"x = f'\\n{a}\\t'\n", "(= x (fstr '\\n' (fmt a) '\\x09'))"},
    {"x = f'{f\"{a}\"}'\n", "(= x (fstr (fmt (fstr (fmt a)))))"},
    /* statements */
    {"a, *b = c\n", "(= (tuple a (* b)) c)"},
    {"[a, (b, c)] = d\n", "(= (list a (tuple b c)) d)"},
    {"a = b = c, d\n", "(= a b (tuple c d))"},
    {"a.b[0] = 1\n", "(= ([] (. a b) 0) 1)"},
    {"x += 1; y -= 2; z *= 3; w @= 4; v //= 5; u **= 6\n",
     "(+= x 1)\n(-= y 2)\n(*= z 3)\n(@= w 4)\n(//= v 5)\n(**= u 6)"},
    {"import a.b.c as x, d\n", "(import (a.b.c x) d)"},
    {"from a.b import c as d, e\n", "(from a.b (c d) e)"},
    {"from a import (b,\n  c,)\n", "(from a b c)"},
    {"from a import *\n", "(from a *)"},
    {"with A as a, B as b:\n  pass\n",
     "(with (A as a) (B as b) (body pass))"},
    {"with (A as a, B):\n  pass\n", "(with (A as a) (B) (body pass))"},
    {"with (a, b) as c: pass\n", "(with ((tuple a b) as c) (body pass))"},
    {"with f() as (a, b): pass\n",
     "(with ((call f) as (tuple a b)) (body pass))"},
    {"if a:\n  x\nelif b:\n  y\nelif c:\n  z\nelse:\n  w\n",
     "(if a (body (expr x)) (else (if b (body (expr y)) (else (if c "
     "(body (expr z)) (else (expr w)))))))"},
    {"for i, j in x, y:\n  break\nelse:\n  pass\n",
     "(for (tuple i j) (tuple x y) (body break) (else pass))"},
    {"while x:\n  continue\nelse: pass\n",
     "(while x (body continue) (else pass))"},
    {"try:\n  a\nexcept (E, F) as e:\n  b\nexcept G:\n  c\nexcept:\n  d\n"
     "else:\n  f\nfinally:\n  g\n",
     "(try (body (expr a)) (except (tuple E F) e (body (expr b))) "
     "(except G _ (body (expr c))) (except _ _ (body (expr d))) "
     "(else (expr f)) (finally (expr g)))"},
    {"try:\n  a\nfinally:\n  b\n",
     "(try (body (expr a)) (finally (expr b)))"},
    {"def f(a, b=1, *args, c, d=2, **kw):\n  global g, h\n  return a, b\n",
     "(def f (a b=1 *args kw:c kw:d=2 **kw) (body (global g h) "
     "(return (tuple a b))))"},
    {"def f(*, a): return\n", "(def f (kw:a) (body (return)))"},
    {"def f(a: int = 1) -> int: pass\n", "(def f (a=1) (body pass))"},
    {"def f():\n  def g():\n    nonlocal x\n  raise\n",
     "(def f () (body (def g () (body (nonlocal x))) (raise _ _)))"},
    {"raise E('x') from e\n", "(raise (call E 'x') e)"},
    {"assert x, 'm'\nassert y\n", "(assert x 'm')\n(assert y _)"},
    {"del a, b[0], c.d\n", "(del a ([] b 0) (. c d))"},
    {"if x: a; b\n", "(if x (body (expr a) (expr b)))"},
    {"match = 1\nmatch(x)\n", "(= match 1)\n(expr (call match x))"},
    {"x = (1 +\n  2)\n", "(= x (+ 1 2))"},
    {"\xef\xbb\xbfx = 1\r\nif x:\r\n  y = 2\rz = 3",
     "(= x 1)\n(if x (body (= y 2)))\n(= z 3)"},
};

START_TEST(ast_shapes) {
  ck_assert_str_eq(run(shapes[_i].src), shapes[_i].want);
}
END_TEST

/* ---- diagnostics: CPython 3.11 text and line:col ---------------------- */

static const struct {
  const char *src, *want;
} errors[] = {
    {"f(1\nx = 2\n", "ERR 1:2: '(' was never closed"},
    {"x = (1,\n2\n", "ERR 1:5: '(' was never closed"},
    {"x = [1, 2\n", "ERR 1:5: '[' was never closed"},
    {"x = )\n", "ERR 1:5: unmatched ')'"},
    {"x = (]\n", "ERR 1:6: closing parenthesis ']' does not match opening "
                 "parenthesis '('"},
    {"x = 'abc\n", "ERR 1:5: unterminated string literal (detected at line "
                   "1)"},
    {"x = '''abc\n\n", "ERR 1:5: unterminated triple-quoted string literal "
                       "(detected at line 2)"},
    {"f() = 1\n", "ERR 1:1: cannot assign to function call here. Maybe you "
                  "meant '==' instead of '='?"},
    {"f() = a = 1\n", "ERR 1:1: cannot assign to function call"},
    {"1 = x\n", "ERR 1:1: cannot assign to literal here. Maybe you meant "
                "'==' instead of '='?"},
    {"a + b = c\n", "ERR 1:1: cannot assign to expression here. Maybe you "
                    "meant '==' instead of '='?"},
    {"a = f() = 1\n", "ERR 1:5: cannot assign to function call"},
    {"(a, f()) = 1\n", "ERR 1:5: cannot assign to function call"},
    {"True = 1\n", "ERR 1:1: cannot assign to True"},
    {"f() += 1\n", "ERR 1:1: 'function call' is an illegal expression for "
                   "augmented assignment"},
    {"(a, b) += 1\n", "ERR 1:1: 'tuple' is an illegal expression for "
                      "augmented assignment"},
    {"for f() in x: pass\n", "ERR 1:5: cannot assign to function call"},
    {"[x for f() in y]\n", "ERR 1:8: cannot assign to function call"},
    {"del f()\n", "ERR 1:5: cannot delete function call"},
    {"del (a, f())\n", "ERR 1:9: cannot delete function call"},
    {"with a as f(): pass\n", "ERR 1:11: cannot assign to function call"},
    {"a, *b, *c = x\n", "ERR 1:1: multiple starred expressions in "
                        "assignment"},
    {"*a = x\n", "ERR 1:1: starred assignment target must be in a list or "
                 "tuple"},
    {"x = *a\n", "ERR 1:5: can't use starred expression here"},
    {"if x:\npass\n", "ERR 2:1: IndentationError: expected an indented "
                      "block after 'if' statement on line 1"},
    {"if x:\n  pass\nelif y:\nz\n",
     "ERR 4:1: IndentationError: expected an indented block after 'elif' "
     "statement on line 3"},
    {"def f():\nz\n", "ERR 2:1: IndentationError: expected an indented "
                      "block after function definition on line 1"},
    {"try:\n  a\nexcept:\nz\n",
     "ERR 4:1: IndentationError: expected an indented block after 'except' "
     "statement on line 3"},
    {"with a:\nz\n", "ERR 2:1: IndentationError: expected an indented "
                     "block after 'with' statement on line 1"},
    {" x\n", "ERR 1:1: IndentationError: unexpected indent"},
    {"if x:\n\ta\n        b\n",
     "ERR 3:1: TabError: inconsistent use of tabs and spaces in "
     "indentation"},
    {"x = -", "ERR 1:6: invalid syntax"},
    {"a b\n", "ERR 1:3: invalid syntax"},
    {"x = 1 +\n", "ERR 1:8: invalid syntax"},
    {"def f(:\n", "ERR 1:7: invalid syntax"},
    {"else:\n", "ERR 1:1: invalid syntax"},
    {"if x:\n  pass\n  else:\n    pass\n", "ERR 3:3: invalid syntax"},
    {"f(a b)\n", "ERR 1:3: invalid syntax. Perhaps you forgot a comma?"},
    {"x = [1 2]\n", "ERR 1:6: invalid syntax. Perhaps you forgot a comma?"},
    {"x = {1: 2 3: 4}\n",
     "ERR 1:9: invalid syntax. Perhaps you forgot a comma?"},
    {"if x\n  pass\n", "ERR 1:5: expected ':'"},
    {"while x\n", "ERR 1:8: expected ':'"},
    {"print \"a\"\n", "ERR 1:1: Missing parentheses in call to 'print'. "
                      "Did you mean print(...)?"},
    {"return\n", "ERR 1:1: 'return' outside function"},
    {"break\n", "ERR 1:1: 'break' outside loop"},
    {"continue\n", "ERR 1:1: 'continue' not properly in loop"},
    {"for x in y:\n  def f():\n    break\n", "ERR 3:5: 'break' outside loop"},
    {"nonlocal x\n", "ERR 1:1: nonlocal declaration not allowed at module "
                     "level"},
    {"try:\n  a\nx = 1\n", "ERR 3:1: expected 'except' or 'finally' block"},
    {"f(**a, *b)\n", "ERR 1:8: iterable argument unpacking follows keyword "
                     "argument unpacking"},
    {"f(x for x in y, 1)\n",
     "ERR 1:3: Generator expression must be parenthesized"},
    {"f(a.b=1)\n", "ERR 1:3: expression cannot contain assignment, perhaps "
                   "you meant \"==\"?"},
    {"def f(a, a): pass\n", "ERR 1:10: duplicate argument 'a' in function "
                            "definition"},
    {"def f(a=1, b): pass\n", "ERR 1:12: non-default argument follows "
                              "default argument"},
    {"x = 0777\n", "ERR 1:5: leading zeros in decimal integer literals are "
                   "not permitted; use an 0o prefix for octal integers"},
    {"f'{}'\n", "ERR 1:4: f-string: empty expression not allowed"},
    {"f'{a!x}'\n", "ERR 1:6: f-string: invalid conversion character: "
                   "expected 's', 'r', or 'a'"},
    {"f'}'\n", "ERR 1:3: f-string: single '}' is not allowed"},
    {"f'{a'\n", "ERR 1:3: f-string: expecting '}'"},
    {"f'{a#}'\n", "ERR 1:5: f-string expression part cannot include '#'"},
    {"f'{a b}'\n", "ERR 1:4: f-string: invalid syntax. Perhaps you forgot a "
                   "comma?"},
    {"f'{x:{y:{z}}}'\n", "ERR 1:8: f-string: expressions nested too deeply"},
    /* constructs outside the subset (script-language.md §2) */
    {"class A: pass\n", "ERR 1:1: 'class' definitions are not supported by "
                        "scopeviz"},
    {"def f():\n  yield 1\n", "ERR 2:3: 'yield' is not supported by "
                              "scopeviz"},
    {"x = (yield)\n", "ERR 1:6: 'yield' is not supported by scopeviz"},
    {"@d\ndef f(): pass\n", "ERR 1:1: decorators are not supported by "
                            "scopeviz"},
    {"async def f(): pass\n", "ERR 1:1: 'async' is not supported by "
                              "scopeviz"},
    {"await x\n", "ERR 1:1: 'await' is not supported by scopeviz"},
    {"if (x := 1): pass\n", "ERR 1:7: the walrus operator ':=' is not "
                            "supported by scopeviz"},
    {"match x:\n  case 1: pass\n", "ERR 1:1: 'match' statements are not "
                                   "supported by scopeviz"},
    {"x = open('f')\n", "ERR 1:5: 'open' is not available in scopeviz "
                        "scripts (no file access)"},
    {"eval('1')\n", "ERR 1:1: 'eval' is not available in scopeviz scripts "
                    "(no dynamic code)"},
    {"__import__('os')\n", "ERR 1:1: '__import__' is not available in "
                           "scopeviz scripts (no dynamic imports)"},
    {"x = 1j\n", "ERR 1:5: imaginary literals are not supported by "
                 "scopeviz"},
    {"x = 99999999999999999999\n", "ERR 1:5: integer literal too large for "
                                   "scopeviz (limit is 64-bit)"},
    {"x = '\\N{DASH}'\n", "ERR 1:5: '\\N{...}' escapes are not supported by "
                          "scopeviz"},
    {"from . import a\n", "ERR 1:6: relative imports are not supported by "
                          "scopeviz"},
};

START_TEST(diagnostics) {
  ck_assert_str_eq(run(errors[_i].src), errors[_i].want);
}
END_TEST

/* ---- recovery ---------------------------------------------------------- */

START_TEST(several_errors) {
  /* panic mode: one diagnostic per broken statement, parsing resumes at
   * the next line; the block after a broken header is still checked */
  ck_assert_str_eq(run("x = 1 +\n"
                       "y = 2\n"
                       "if z\n"
                       "    class A: pass\n"
                       "f(a b)\n"
                       "w = 'open\n"
                       "ok = 1\n"),
                   "ERR 1:8: invalid syntax|ERR 3:5: expected ':'|"
                   "ERR 4:5: 'class' definitions are not supported by "
                   "scopeviz|ERR 5:3: invalid syntax. Perhaps you forgot a "
                   "comma?|ERR 6:5: unterminated string literal (detected "
                   "at line 6)");
}
END_TEST

START_TEST(error_cap) {
  sv_buf b;
  sv__buf_init(&b);
  for (int i = 0; i < 50; i++) sv__buf_appends(&b, "a b\n");
  ck_assert_ptr_null(parse_n(b.data, b.len));
  ck_assert_uint_eq(diags.count, 20);
  ck_assert_uint_eq(diags.items[19].loc.line, 20);
  sv__buf_fini(&b);
}
END_TEST

/* ---- limits ------------------------------------------------------------ */

static sv_ast *parse_buf(sv_buf *b) {
  return parse_n(b->data, b->len);
}

START_TEST(long_binary_chain) {
  /* 200 000 terms parse with loops, left-associated */
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_appends(&b, "x = a");
  for (int i = 0; i < 199999; i++) sv__buf_appends(&b, " + a");
  sv__buf_putc(&b, '\n');
  sv_ast *m = parse_buf(&b);
  ck_assert_ptr_nonnull(m);
  sv_ast *e = m->as.module.body.items[0]->as.assign.value;
  int depth = 0;
  while (e->kind == SV_AST_BINOP) {
    ck_assert_int_eq(e->as.binop.right->kind, SV_AST_NAME);
    e = e->as.binop.left;
    depth++;
  }
  ck_assert_int_eq(depth, 199999);
  sv__buf_fini(&b);
}
END_TEST

/* script-language.md §6 / issue 5: the memory budget bounds the parser.
 * Each case: budget in bytes; the only diagnostic says so; *out_limit. */
static void parse_budget(const char *text, size_t limit, bool want_limit) {
  sv__source_fini(&src);
  sv__diags_free(&diags);
  sv__source_init(&src, "t.py", text, strlen(text));
  sv_budget b = {sv__mem_live(), limit};
  bool over = !want_limit;
  sv_ast *m = sv__parse(arena, in, &src, &diags, &b, &over);
  ck_assert_int_eq(over, want_limit);
  if (!want_limit) {
    ck_assert_ptr_nonnull(m);
    return;
  }
  ck_assert_ptr_null(m);
  ck_assert_uint_eq(diags.count, 1);
  char want[128];
  snprintf(want, sizeof want,
           "memory limit exceeded while parsing (%zu bytes; raise it with "
           "--max-memory)",
           limit);
  ck_assert_str_eq(diags.items[0].message, want);
  ck_assert_uint_eq(diags.items[0].loc.line, 2);
}

START_TEST(memory_budget) {
  sv_buf b;
  sv__buf_init(&b);
  /* tokens outgrow it (the lexer stops), ... */
  sv__buf_appends(&b, "x = 1\ny = x");
  for (int i = 0; i < 100000; i++) sv__buf_appends(&b, " + x");
  sv__buf_putc(&b, '\n');
  parse_budget(sv__buf_cstr(&b), 256 << 10, true);
  /* ... the same file fits a larger budget, ... */
  parse_budget(sv__buf_cstr(&b), 64 << 20, false);
  /* ... the tree outgrows it while the tokens fit (the parser stops:
   * 100 000 tokens take about 5 MB, their 50 000 attribute nodes 3 MB
   * more) ... */
  sv__buf_clear(&b);
  sv__buf_appends(&b, "x = 1\ny = x");
  for (int i = 0; i < 50000; i++) sv__buf_appends(&b, ".a");
  sv__buf_appends(&b, "\n");
  parse_budget(sv__buf_cstr(&b), 7 << 20, true);
  ck_assert_uint_eq(diags.items[0].loc.col, 5); /* the node being made */
  /* ... and an f-string field's own tokens count as well */
  sv__buf_clear(&b);
  sv__buf_appends(&b, "x = 1\ny = f'{x");
  for (int i = 0; i < 100000; i++) sv__buf_appends(&b, "+x");
  sv__buf_appends(&b, "}'\n");
  parse_budget(sv__buf_cstr(&b), 1 << 20, true);
  sv__buf_fini(&b);
}
END_TEST

/* A diagnostic shows a long line as a window around the caret ("..."
 * marks the cuts, which fall on UTF-8 character starts); the caret line
 * has one space per character. */
START_TEST(long_line_diagnostic) {
  sv_buf b;
  sv__buf_init(&b);
  sv__buf_appends(&b, "s = 1");
  for (int i = 0; i < 1000; i++) sv__buf_appends(&b, " + 1");
  sv__buf_appends(&b, " +\n");
  ck_assert_ptr_null(parse_buf(&b));
  ck_assert_uint_eq(diags.count, 1);
  sv__buf_clear(&out);
  sv__diag_render(&src, &diags.items[0], &out);
  /* "t.py:1:4009: error: invalid syntax", then "  ..." + the last 100
   * bytes of the line, then the caret under the end of the line */
  char want[512];
  int n = snprintf(want, sizeof want, "t.py:1:%zu: error: invalid syntax\n  ...",
                   b.len);
  ck_assert_int_gt(n, 0);
  ck_assert_int_eq(strncmp(sv__buf_cstr(&out), want, (size_t)n), 0);
  const char *l2 = strchr(sv__buf_cstr(&out), '\n') + 1;
  const char *l3 = strchr(l2, '\n') + 1;
  ck_assert_uint_eq((size_t)(l3 - l2), 2 + 3 + 100 + 1);
  ck_assert_uint_eq(strlen(l3), 2 + 3 + 100 + 2);
  ck_assert_str_eq(l3 + 105, "^\n");
  /* two-byte characters before the error: the window starts on a
   * character, the caret counts characters */
  sv__buf_clear(&b);
  sv__buf_appends(&b, "s = \"");
  for (int i = 0; i < 300; i++) sv__buf_appends(&b, "\xc3\xa9");
  sv__buf_appends(&b, "\" +\n");
  ck_assert_ptr_null(parse_buf(&b));
  sv__buf_clear(&out);
  sv__diag_render(&src, &diags.items[0], &out);
  l2 = strchr(sv__buf_cstr(&out), '\n') + 1;
  l3 = strchr(l2, '\n') + 1;
  ck_assert_int_eq(strncmp(l2, "  ...\xc3\xa9", 7), 0);
  /* 100 bytes back from the caret: "\" +" (3) and 97 -> 48 characters é
   * (the cut moves back to a character start: 98 bytes) */
  ck_assert_uint_eq(strlen(l3), 2 + 3 + 49 + 3 + 2);
  /* invalid UTF-8, a line of continuation bytes (a fuzz_parse finding:
   * the cut walked back past the start of the line): the window moves
   * at most 3 bytes */
  sv__buf_clear(&b);
  for (int i = 0; i < 300; i++) sv__buf_putc(&b, '\x8a');
  ck_assert_ptr_null(parse_buf(&b));
  sv__buf_clear(&out);
  sv__diag_render(&src, &diags.items[0], &out);
  ck_assert_uint_lt(out.len, 400);
  sv__buf_fini(&b);
}
END_TEST

static void nested(sv_buf *b, const char *pre, const char *unit, int n,
                   const char *post) {
  sv__buf_clear(b);
  sv__buf_appends(b, pre);
  for (int i = 0; i < n; i++) sv__buf_appends(b, unit);
  sv__buf_appends(b, post);
}

START_TEST(nesting_limits) {
  sv_buf b;
  sv__buf_init(&b);
  const char *units[] = {"-", "not ", "lambda: ", "a if b else ", "2 ** ",
                         "~"};
  for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
    nested(&b, "x = ", units[u], 5000, "x\n");
    ck_assert_ptr_null(parse_buf(&b));
    ck_assert_str_eq(diags.items[0].message,
                     "expression too deeply nested (limit is 1000)");
    nested(&b, "x = ", units[u], 500, "x\n");
    ck_assert_ptr_nonnull(parse_buf(&b));
  }
  /* 200 brackets are fine, 201 are too many (CPython's MAXLEVEL) */
  nested(&b, "x = ", "(", 200, "x");
  for (int i = 0; i < 200; i++) sv__buf_putc(&b, ')');
  ck_assert_ptr_nonnull(parse_buf(&b));
  nested(&b, "x = ", "[", 201, "x");
  ck_assert_ptr_null(parse_buf(&b));
  ck_assert_uint_eq(diags.count, 1);
  ck_assert_str_eq(diags.items[0].message, "too many nested parentheses");
  /* 100 indentation levels (CPython's MAXINDENT: error on the 100th
   * INDENT, checked with python3) */
  sv__buf_clear(&b);
  for (int i = 0; i < 101; i++) {
    for (int k = 0; k < i; k++) sv__buf_putc(&b, ' ');
    sv__buf_appends(&b, "if x:\n");
  }
  ck_assert_ptr_null(parse_buf(&b));
  ck_assert_str_eq(diags.items[0].message,
                   "IndentationError: too many levels of indentation");
  sv__buf_clear(&b);
  for (int i = 0; i < 99; i++) {
    for (int k = 0; k < i; k++) sv__buf_putc(&b, ' ');
    sv__buf_appends(&b, "if x:\n");
  }
  for (int k = 0; k < 99; k++) sv__buf_putc(&b, ' ');
  sv__buf_appends(&b, "pass\n");
  ck_assert_ptr_nonnull(parse_buf(&b));
  /* a long elif chain is a loop */
  sv__buf_clear(&b);
  sv__buf_appends(&b, "if a:\n  pass\n");
  for (int i = 0; i < 50000; i++) sv__buf_appends(&b, "elif a:\n  pass\n");
  ck_assert_ptr_nonnull(parse_buf(&b));
  sv__buf_fini(&b);
}
END_TEST

START_TEST(hostile_input) {
  /* NUL, invalid UTF-8, binary junk and a 10 MB line never crash */
  ck_assert_ptr_null(parse_n("x = 1\n\0", 7));
  ck_assert_str_eq(diags.items[0].message, "source contains a NUL byte");
  ck_assert_ptr_null(parse_n("x = '\xc0\xaf'\n", 9));
  ck_assert_str_eq(diags.items[0].message, "invalid UTF-8 in source");
  ck_assert_uint_eq(diags.items[0].loc.col, 6);
  char *junk = malloc(1 << 16);
  uint32_t r = 12345;
  for (int i = 0; i < 1 << 16; i++) {
    r = r * 1103515245u + 12345u;
    junk[i] = (char)(((r >> 16) & 0x7f) | 1); /* ASCII, no NUL */
  }
  (void)parse_n(junk, 1 << 16);
  ck_assert_uint_le(diags.count, 20);
  free(junk);
  size_t n = (size_t)10 << 20;
  sv_buf big;
  sv__buf_init(&big);
  sv__buf_appends(&big, "x = [");
  while (big.len < n) sv__buf_appends(&big, "1,");
  sv__buf_appends(&big, "1]\n");
  ck_assert_ptr_nonnull(parse_buf(&big));
  sv__buf_fini(&big);
}
END_TEST

START_TEST(locations) {
  sv_ast *m = parse_n("x = tf.get_variable('v')\n", 25);
  ck_assert_ptr_nonnull(m);
  sv_ast *call = m->as.module.body.items[0]->as.assign.value;
  ck_assert_int_eq(call->kind, SV_AST_CALL);
  ck_assert_uint_eq(call->loc.line, 1);
  ck_assert_uint_eq(call->loc.col, 5);
  ck_assert_uint_eq(call->loc.len, 20);
  ck_assert_uint_eq(call->as.call.fn->as.attr.name_loc.col, 8);
  ck_assert_ptr_eq(call->as.call.fn->as.attr.name,
                   sv__intern_cstr(in, "get_variable"));
}
END_TEST

static Suite *parser_suite(void) {
  Suite *s = suite_create("parser");
  TCase *tc = tcase_create("shapes");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, ast_shapes, 0, sizeof shapes / sizeof shapes[0]);
  suite_add_tcase(s, tc);
  tc = tcase_create("diagnostics");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, diagnostics, 0, sizeof errors / sizeof errors[0]);
  tcase_add_test(tc, several_errors);
  tcase_add_test(tc, error_cap);
  suite_add_tcase(s, tc);
  tc = tcase_create("limits");
  tcase_set_timeout(tc, 60);
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, long_binary_chain);
  tcase_add_test(tc, memory_budget);
  tcase_add_test(tc, long_line_diagnostic);
  tcase_add_test(tc, nesting_limits);
  tcase_add_test(tc, hostile_input);
  tcase_add_test(tc, locations);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  return ut_run_suite(parser_suite());
}
