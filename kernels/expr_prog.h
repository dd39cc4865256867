/* A compiled expression: what dispatch/expr_compile.c makes of the text,
 * and what every table's expr_eval (expr.c) runs. Plain C, no vectors, so
 * the compiler (baseline flags) and every ISA unit share one layout.
 *
 * A program is a list of instructions in evaluation order. Each reads up to
 * three sources (an input array, a register, or a constant) of one element
 * type and writes one register; the last one writes the result. Registers
 * are block-sized buffers on the evaluating thread's stack, reused once
 * their value is dead, so a program needs nregs * block * 8 bytes of stack
 * at most (KX_STACK_BYTES); a program whose one instruction reads only
 * inputs and writes the output uses none (KX_BLOCK_DIRECT). */
#ifndef KSIMD_EXPR_PROG_H
#define KSIMD_EXPR_PROG_H

#include <stddef.h>
#include <stdint.h>

#include "divisor.h"
#include "ksimd.h"

#define KX_MAX_VARS 32
#define KX_MAX_OPS 256
#define KX_MAX_TEXT 4096
/* Each operation may add a conversion per operand: three in the worst case
 * (where), but most add none. */
#define KX_MAX_INS (4 * KX_MAX_OPS)
#define KX_MAX_CONSTS (3 * KX_MAX_OPS)
/* The registers of a block stay in L1 (block * 8 bytes each, at most this
 * many bytes in all); the block is never longer than KX_BLOCK_MAX (but
 * for KX_BLOCK_DIRECT, below), nor than KX_MATH_BLOCK_MAX in a program
 * with a math op (the length of its buffers). Blocks past KX_MATH_BLOCK_MAX, which halve the per-block cost
 * of the instructions, are taken only while a block's registers, inputs
 * and output fit in KX_L1_BYTES (the L1 of the smallest core we target). */
#define KX_STACK_BYTES ((size_t)24 << 10)
#define KX_BLOCK_MAX 2048
#define KX_MATH_BLOCK_MAX 1024
#define KX_L1_BYTES ((size_t)32 << 10)
#define KX_BLOCK_MIN 16
/* The block of a program that keeps no value in a register: the costs
 * that come once a block (a quiet instruction reads the flags twice, and
 * each read waits for every operation before it) are then a few percent
 * of the block's time at L2 size; in L1, a call of this length or less is
 * one block, as with a kernel. */
#define KX_BLOCK_DIRECT 16384

enum kx_opcode {
    /* the same type in and out, elementwise */
    KX_ADD,
    KX_SUB,
    KX_MUL,
    KX_DIV,
    KX_MINIMUM,
    KX_MAXIMUM,
    KX_POW,
    KX_FLOORDIV, /* integer / integer array: Python floor, x // 0 = 0 */
    KX_MOD,      /* integer % integer array: Python floor, x % 0 = 0 */
    KX_NEG,
    KX_ABS,
    KX_SQRT,
    KX_FLOOR,
    KX_CEIL,
    KX_RINT,
    KX_EXP,
    KX_LOG,
    KX_SIN,
    KX_COS,
    KX_TANH,
    KX_IPOW,        /* a ** k, k = the constant b (integers) */
    KX_FLOORDIV_BY, /* a // literal: the divisor decoded in ins.div */
    KX_MOD_BY,      /* a % literal */
    KX_CLIP,        /* clip(a, b, c), b and c constants */
    KX_WHERE,       /* a (bool) ? b : c; or, when cop is KX_CMP or KX_DIVISIBLE, that
                       test of d (and e) computed in the loop, never stored */
    KX_CVT,         /* a of type `from` converted to `type` */
    KX_MULK,        /* a * k, k the small positive constant b: additions (integers) */
    /* to bool */
    KX_CMP, /* a `cmp` b, on `type` */
    KX_ISNAN,
    KX_DIVISIBLE, /* a % literal == 0 (cmp EQ) or != 0 (NE), by an inverse (integers) */
    /* bool to bool */
    KX_AND,
    KX_OR,
    KX_NOT,
    KX_OPCODE_COUNT
};

enum kx_kind { KX_NONE, KX_IN, KX_REG, KX_CONST };

/* A float source may come transformed (tf): value * (tf == KX_TF_SQUARE ?
 * value : consts[k1]) + consts[k2], the bits of that multiply and add as
 * instructions of their own (expr_t.h). */
enum kx_transform { KX_TF_NONE, KX_TF_AFFINE, KX_TF_SQUARE };
struct kx_src {
    uint8_t kind; /* enum kx_kind */
    uint8_t tf;   /* enum kx_transform */
    uint16_t idx; /* input, register or constant number */
    uint16_t k1, k2;
};

struct kx_ins {
    uint8_t op;   /* enum kx_opcode */
    uint8_t type; /* ksimd_dtype of the operands (of b and c for where) */
    uint8_t from; /* KX_CVT: the source type */
    uint8_t cmp;  /* KX_CMP: ksimd_cmp */
    uint8_t dst;  /* register */
    uint8_t cop;  /* KX_WHERE: how the condition comes (see there) */
    uint8_t post; /* KX_SQRT: a float binary op's result goes through sqrt in the same pass */
    struct kx_src a, b, c, d, e;
    union {
        struct ksimd_udiv32 u32;
        struct ksimd_udiv64 u64;
        /* KX_DIVISIBLE: |divisor| = odd << shift; u is a multiple of odd
         * exactly when u * inv (mod 2^N, inv odd's inverse) <= lim =
         * (2^N - 1) / odd (Granlund and Montgomery). */
        struct {
            uint64_t inv, lim;
            unsigned shift;
        } test;
    } div; /* KX_FLOORDIV_BY, KX_MOD_BY: |divisor| decoded (divisor.h) */
};

/* A constant, stored as the type of the instruction that reads it. */
union kx_const {
    int32_t i32;
    int64_t i64;
    float f32;
    double f64;
};

enum kx_reduce { KX_ELEMENTWISE, KX_SUM, KX_MINR, KX_MAXR };

struct kx_prog {
    uint16_t nins;
    uint16_t nregs;
    uint16_t nconsts;
    uint8_t nvars;
    uint8_t type;     /* ksimd_dtype of the last instruction's value */
    uint8_t reduce;   /* enum kx_reduce of that value */
    uint8_t out_type; /* ksimd_dtype of what eval writes (a sum of integers: i64) */
    uint8_t var_type[KX_MAX_VARS];
    size_t block;         /* elements per block: a power of two */
    struct kx_src result; /* the value the output (or reduction) takes */
    union kx_const consts[KX_MAX_CONSTS];
    struct kx_ins ins[KX_MAX_INS];
};

/* What one call of a table's expr_eval computes: elements [0, n) of the
 * inputs (already offset by the caller), into dst (n elements), or, for a
 * reduction, into *acc: the sum (int64 for integers and bools; the float
 * sum is always done whole, in one call), or the min/max of the part. */
struct kx_run {
    const struct kx_prog *p;
    const void *const *in;
    void *dst;
    size_t n;
    size_t total; /* n of the whole call, when it is split among threads */
    union kx_const acc;
};

static inline size_t kx_type_size(int t)
{
    return t == KSIMD_DT_BOOL ? 1 : t == KSIMD_DT_I32 || t == KSIMD_DT_F32 ? 4 : 8;
}

/* Whether the program has a transcendental op or pow: its blocks are
 * shorter (KX_MATH_BLOCK_MAX) and its threads split finer. */
static inline int kx_math_op(const struct kx_prog *p)
{
    for (unsigned i = 0; i < p->nins; i++)
        if (p->ins[i].op == KX_POW || (p->ins[i].op >= KX_EXP && p->ins[i].op <= KX_TANH)) return 1;
    return 0;
}

#endif
