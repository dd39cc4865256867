/* The front end of expressions: text to a typed tree (expr_parse.c), the
 * tree to a program (expr_lower.c). ISA-free, baseline flags; only the
 * program (kernels/expr_prog.h) reaches the tables. */
#ifndef KSIMD_EXPR_PARSE_H
#define KSIMD_EXPR_PARSE_H

#include <setjmp.h>

#include "../kernels/expr_prog.h"

/* Node kinds beyond the program's opcodes. */
enum kx_node_kind {
    KN_INT = KX_OPCODE_COUNT, /* integer literal */
    KN_FLOAT,                 /* float literal */
    KN_VAR,
    KN_POWOP, /* a ** b before typing decides IPOW or POW */
    KN_DIVOP, /* a // b or a % b before typing decides by array or literal */
    KN_REDUCE /* sum, min, max: outermost only */
};

/* A literal's weak type, beside ksimd_dtype's strong ones. */
enum { KX_WEAK_INT = 8, KX_WEAK_FLOAT = 9 };

struct kx_node {
    uint16_t kind;   /* enum kx_opcode or kx_node_kind */
    uint8_t nargs;   /* children */
    uint8_t sub;     /* KX_CMP: ksimd_cmp; KN_DIVOP: 1 for %; KN_REDUCE: kx_reduce */
    uint8_t type;    /* after typing: ksimd_dtype, or KX_WEAK_* for a literal */
    uint8_t optype;  /* the type the operands are converted to */
    uint16_t kid[3]; /* node indices */
    uint32_t pos;    /* byte offset of the node's operator or first token */
    int64_t ival;    /* KN_INT; KN_VAR: the variable */
    double fval;     /* KN_FLOAT */
};

/* Every leaf but the first follows an operator or a call's comma, so 256
 * operations make at most about 3 * 256 nodes. */
#define KX_MAX_NODES (3 * KX_MAX_OPS + 16)
#define KX_MAX_DEPTH 64

struct kx_ctx {
    const char *text;
    size_t len, at; /* the lexer's position */
    const char *const *names;
    const ksimd_dtype *types;
    size_t nvars;
    ksimd_expr_error *err;
    ksimd_status status;
    jmp_buf fail; /* every error longjmps here, with status and err set */
    int depth, ops;
    uint16_t nnodes, root;
    struct kx_node node[KX_MAX_NODES];
};

/* Records the first error and unwinds to ctx->fail. */
_Noreturn void kx_fail(struct kx_ctx *c, ksimd_status st, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Parses and types c->text into c->node[c->root]. */
void kx_parse(struct kx_ctx *c);
/* Lowers the typed tree into p (which the caller zeroed). */
void kx_lower(struct kx_ctx *c, struct kx_prog *p);

#endif
