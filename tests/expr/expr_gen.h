/* Random ksimd expressions: a typed tree over named inputs, printed as the
 * expression language's text. The generator follows the typing rules of
 * API.md "Expressions" and the implementation's decisions (SEMANTICS), so
 * every tree it builds must compile; each node records the type the
 * compiler must give it, which the reference (expr_ref.h) then follows.
 * Choices come from a seed or from a byte string (a fuzzer's input), so a
 * failure reproduces from either. */
#ifndef KSIMD_EXPR_GEN_H
#define KSIMD_EXPR_GEN_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"

/* The node types: the five dtypes, then the weak types of literals (and of
 * operations folded from literals only), which take their partner's type. */
enum eg_type {
    EG_BOOL = KSIMD_DT_BOOL,
    EG_I32 = KSIMD_DT_I32,
    EG_I64 = KSIMD_DT_I64,
    EG_F32 = KSIMD_DT_F32,
    EG_F64 = KSIMD_DT_F64,
    EG_WEAK_INT,
    EG_WEAK_FLOAT
};

/* clang-format off */
enum eg_op {
    EG_VAR, EG_INT, EG_FLOAT, /* leaves: a variable, an integer or float literal */
    EG_OR, EG_AND, EG_NOT,
    EG_LT, EG_LE, EG_GT, EG_GE, EG_EQ, EG_NE, /* in ksimd_cmp's order */
    EG_ADD, EG_SUB, EG_MUL, EG_DIV, EG_FLOORDIV, EG_MOD, EG_NEG,
    EG_POW,                                   /* the ** operator */
    EG_WHERE, EG_ABS, EG_SQRT, EG_FLOOR, EG_CEIL, EG_RINT, EG_EXP, EG_LOG, EG_SIN, EG_COS, EG_TANH,
    EG_POWF,                                  /* the pow() function */
    EG_MINIMUM, EG_MAXIMUM, EG_CLIP, EG_ISNAN,
    EG_SUM, EG_MIN, EG_MAX,                   /* outermost only */
    EG_OP_COUNT
};
/* clang-format on */

enum { EG_MAX_NODES = 320, EG_MAX_VARS = 8, EG_MAX_TEXT = 4096, EG_NAME_LEN = 16, EG_LIT_LEN = 32 };

struct eg_node {
    enum eg_op op;
    enum eg_type type; /* what the compiler must type this node as */
    int kid[3];        /* node indices; -1 when absent */
    int nkids;
    int var;               /* EG_VAR: index into the variables */
    int64_t ival;          /* EG_INT (and the value of folded integer literals) */
    double fval;           /* EG_FLOAT */
    char text[EG_LIT_LEN]; /* a literal as printed, e.g. "-7", "1e-3", "-inf" */
    int parens;            /* print redundant parentheses around this node */
};

struct eg_expr {
    struct eg_node node[EG_MAX_NODES];
    int nnodes, root;
    size_t nvars; /* some may be unused by the text: compile must accept them */
    char names[EG_MAX_VARS][EG_NAME_LEN];
    const char *name_ptrs[EG_MAX_VARS]; /* names[i], for ksimd_expr_compile */
    ksimd_dtype types[EG_MAX_VARS];
    ksimd_dtype dtype; /* of the result */
    int reduces;
    char text[EG_MAX_TEXT];
};

/* Where the choices come from: a splitmix64 stream from a seed, or the bytes
 * of a fuzzer input (each choice reads one or two bytes; past the end every
 * choice is 0, which always leads to a leaf, so generation ends). */
struct eg_source {
    uint64_t state;
    const uint8_t *data; /* NULL: seeded */
    size_t size, pos;
};
struct eg_source eg_source_seed(uint64_t seed);
struct eg_source eg_source_bytes(const uint8_t *data, size_t size);
/* A choice in [0, k); k >= 1. */
unsigned eg_pick(struct eg_source *s, unsigned k);
/* splitmix64, also for the input values. */
uint64_t eg_next(uint64_t *state);

/* Builds a random valid expression, its variables and its text. */
void eg_generate(struct eg_expr *e, struct eg_source *s);

/* Writes e's text to buf (size bytes, NUL-terminated); 0 when it does not
 * fit. eg_generate fills e->text with it. */
int eg_print(const struct eg_expr *e, char *buf, size_t size);

/* NumPy 2 promotion of two operand types (weak literals included): the type
 * both operands take for an arithmetic operation, comparison, minimum,
 * maximum, where's arms. */
enum eg_type eg_promote(enum eg_type a, enum eg_type b);
int eg_is_int(enum eg_type t);   /* I32, I64 or WEAK_INT */
int eg_is_float(enum eg_type t); /* F32, F64 or WEAK_FLOAT */
int eg_is_weak(enum eg_type t);
const char *eg_type_name(enum eg_type t);

#endif
