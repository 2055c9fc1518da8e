/* SPDX-License-Identifier: MIT
 * ast: the syntax tree of the Python subset (script-language.md §1-§3).
 * Nodes live in the session arena; every node carries its sv_loc.
 * Produced by parser.c, walked by interp.c.
 */
#ifndef SV_AST_H
#define SV_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "scopeviz/model.h"

typedef struct sv_ast sv_ast;

typedef struct sv_ast_list {
  sv_ast **items;
  uint32_t count;
} sv_ast_list;

typedef enum sv_ast_kind {
  /* ---- expressions ---- */
  SV_AST_NAME,     /* name */
  SV_AST_INT,      /* ival */
  SV_AST_FLOAT,    /* fval */
  SV_AST_STR,      /* str (escapes already decoded; adjacent literals
                      concatenated) */
  SV_AST_BYTES,    /* str */
  SV_AST_TRUE,
  SV_AST_FALSE,
  SV_AST_NONE,
  SV_AST_FSTRING,  /* seq: STR parts and FORMATTED parts */
  SV_AST_FORMATTED,/* fmt: {value!conv:spec} inside an f-string */
  SV_AST_LIST,     /* seq */
  SV_AST_TUPLE,    /* seq */
  SV_AST_SET,      /* seq */
  SV_AST_DICT,     /* dict (key NULL: **value spread) */
  SV_AST_ATTR,     /* attr */
  SV_AST_SUBSCRIPT,/* sub */
  SV_AST_SLICE,    /* slice (only as a subscript index, or inside a tuple
                      index) */
  SV_AST_CALL,     /* call */
  SV_AST_STARRED,  /* unary.operand: *x (call arg, assignment target,
                      list/tuple display) */
  SV_AST_KEYWORD,  /* keyword: name=value in a call */
  SV_AST_DSTAR,    /* unary.operand: **x in a call */
  SV_AST_BINOP,    /* binop, op: SV_OP_* */
  SV_AST_UNARY,    /* unary, op: SV_OP_NEG / POS / NOT / INVERT */
  SV_AST_BOOLOP,   /* seq, op: SV_OP_AND / SV_OP_OR (2+ operands) */
  SV_AST_COMPARE,  /* compare: chained */
  SV_AST_IFEXP,    /* ifexp */
  SV_AST_LAMBDA,   /* func (body: one expression in func.body_expr) */
  SV_AST_LISTCOMP, /* comp */
  SV_AST_SETCOMP,  /* comp */
  SV_AST_DICTCOMP, /* comp (key and value) */
  SV_AST_GENEXP,   /* comp: evaluated eagerly into a list-like iterable */
  /* ---- statements ---- */
  SV_AST_EXPR_STMT, /* unary.operand */
  SV_AST_ASSIGN,    /* assign: targets (a = b = value) */
  SV_AST_AUGASSIGN, /* augassign, op */
  SV_AST_IF,        /* ifs */
  SV_AST_WHILE,     /* loop */
  SV_AST_FOR,       /* loop */
  SV_AST_BREAK,
  SV_AST_CONTINUE,
  SV_AST_PASS,
  SV_AST_RETURN,    /* unary.operand (NULL: bare return) */
  SV_AST_DEF,       /* func */
  SV_AST_WITH,      /* with */
  SV_AST_TRY,       /* try_ */
  SV_AST_RAISE,     /* raise */
  SV_AST_ASSERT,    /* assert_ */
  SV_AST_IMPORT,    /* import */
  SV_AST_IMPORT_FROM,/* import */
  SV_AST_DEL,       /* seq: targets */
  SV_AST_GLOBAL,    /* names */
  SV_AST_NONLOCAL,  /* names */
  SV_AST_MODULE     /* body */
} sv_ast_kind;

typedef enum sv_ast_op {
  SV_OP_NONE = 0,
  SV_OP_ADD, SV_OP_SUB, SV_OP_MUL, SV_OP_DIV, SV_OP_FLOORDIV, SV_OP_MOD,
  SV_OP_POW, SV_OP_MATMUL, SV_OP_LSHIFT, SV_OP_RSHIFT, SV_OP_BITAND,
  SV_OP_BITOR, SV_OP_BITXOR,
  SV_OP_NEG, SV_OP_POS, SV_OP_NOT, SV_OP_INVERT,
  SV_OP_AND, SV_OP_OR,
  SV_OP_EQ, SV_OP_NE, SV_OP_LT, SV_OP_LE, SV_OP_GT, SV_OP_GE,
  SV_OP_IN, SV_OP_NOT_IN, SV_OP_IS, SV_OP_IS_NOT
} sv_ast_op;

typedef enum sv_param_kind {
  SV_PARAM_NORMAL,  /* a or a=default */
  SV_PARAM_VARARGS, /* *args */
  SV_PARAM_KWONLY,  /* after *args or a bare * */
  SV_PARAM_KWARGS   /* **kw */
} sv_param_kind;

typedef struct sv_param {
  const char *name; /* interned */
  sv_ast *def;      /* default or NULL */
  sv_param_kind kind;
  sv_loc loc;
} sv_param;

typedef struct sv_comp_for {
  sv_ast *target;
  sv_ast *iter;
  sv_ast_list ifs;
} sv_comp_for;

typedef struct sv_with_item {
  sv_ast *ctx;
  sv_ast *target; /* NULL without `as` */
} sv_with_item;

typedef struct sv_handler {
  sv_ast *type;     /* NULL: bare except */
  const char *name; /* `as` name or NULL */
  sv_ast_list body;
  sv_loc loc;
} sv_handler;

typedef struct sv_import_name {
  const char *name;   /* dotted module name, or the imported name */
  const char *asname; /* NULL without `as` */
  sv_loc loc;
} sv_import_name;

struct sv_ast {
  sv_ast_kind kind;
  sv_ast_op op;
  sv_loc loc;
  union {
    const char *name; /* NAME (interned) */
    int64_t ival;
    double fval;
    struct {
      const char *data;
      uint32_t len;
    } str;
    sv_ast_list seq;
    struct {
      sv_ast *value;
      char conv;      /* 0, 'r', 's', 'a' */
      sv_ast *spec;   /* FSTRING or NULL */
    } fmt;
    struct {
      sv_ast_list keys, values;
    } dict;
    struct {
      sv_ast *obj;
      const char *name;
      sv_loc name_loc;
    } attr;
    struct {
      sv_ast *obj, *index;
    } sub;
    struct {
      sv_ast *lo, *hi, *step;
    } slice;
    struct {
      sv_ast *fn;
      sv_ast_list args; /* exprs, STARRED, KEYWORD, DSTAR in source order */
    } call;
    struct {
      const char *name;
      sv_ast *value;
    } keyword;
    struct {
      sv_ast *left, *right;
    } binop;
    struct {
      sv_ast *operand;
    } unary;
    struct {
      sv_ast *left;
      sv_ast_op *ops;
      sv_ast_list rights;
    } compare;
    struct {
      sv_ast *test, *body, *orelse;
    } ifexp;
    struct {
      const char *name; /* DEF; "<lambda>" for LAMBDA */
      sv_param *params;
      uint32_t nparams;
      sv_ast_list body;  /* DEF */
      sv_ast *body_expr; /* LAMBDA */
    } func;
    struct {
      sv_ast *elt;   /* element, or the key of a dict comprehension */
      sv_ast *value; /* DICTCOMP */
      sv_comp_for *fors;
      uint32_t nfors;
    } comp;
    struct {
      sv_ast_list targets; /* 1+ targets, a = b = value */
      sv_ast *value;
    } assign;
    struct {
      sv_ast *target, *value;
    } augassign;
    struct {
      sv_ast *test;
      sv_ast_list body, orelse; /* elif: a single IF in orelse */
    } ifs;
    struct {
      sv_ast *target; /* FOR */
      sv_ast *iter;   /* FOR */
      sv_ast *test;   /* WHILE */
      sv_ast_list body, orelse;
    } loop;
    struct {
      sv_with_item *items;
      uint32_t nitems;
      sv_ast_list body;
    } with;
    struct {
      sv_ast_list body;
      sv_handler *handlers;
      uint32_t nhandlers;
      sv_ast_list orelse, finalbody;
    } try_;
    struct {
      sv_ast *exc;   /* NULL: bare raise */
      sv_ast *cause; /* raise X from Y, or NULL */
    } raise;
    struct {
      sv_ast *test, *msg;
    } assert_;
    struct {
      const char *module; /* IMPORT_FROM: dotted module; IMPORT: NULL */
      sv_import_name *names;
      uint32_t nnames;
    } import;
    struct {
      const char **names;
      uint32_t count;
    } names;
    struct {
      sv_ast_list body;
    } module;
  } as;
};

#endif
