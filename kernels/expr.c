/* Expressions (expr_prog.h), written once and compiled once per ISA: the
 * table's expr_eval runs a compiled program over cache-sized blocks, each
 * instruction a loop of this table's vocabulary over the block (expr_t.h),
 * its temporaries in registers on this thread's stack. The program is
 * read-only, so any number of threads may run it at once.
 *
 * A reduction takes each block's values as they come: float sums through
 * sum_t.h's counter in the canonical order of ksimd_sum_T (blocks of
 * KSUM_V * KSUM_BLOCK consecutive values, wherever the expression's blocks
 * end), integer sums wrapping in int64, min and max as IEEE 754-2019
 * minimum and maximum, whose result does not depend on the order. */
#include <string.h>

#include "expr_prog.h"
#include "fpflags.h"
#include "masked.h"
#include "math_ops.h"
#include "sum_order.h"

#define KSIMD_SKELETON "floordiv_t.h"
#define KSIMD_FOREACH_INT
#include "foreach_type.h"

#define KSIMD_SKELETON "sum_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

#define KSIMD_SKELETON "extreme_t.h"
#include "foreach_type.h"

#define KX_DIVU_i32 u32
#define KX_DIVU_i64 u64
#define KSIMD_SKELETON "math_flags_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

#define KSIMD_SKELETON "expr_t.h"
#include "foreach_type.h"

/* Conversions are exact widenings, except int64 to double, which rounds
 * as C's cast does. Plain loops: the compiler vectorises them with this
 * table's flags, and not every ISA has every conversion. */
static void xcvt(void *d, int to, const void *a, int from, size_t n)
{
#define KX_CVT_LOOP(TO, FROM)                                                                                          \
    for (size_t i = 0; i < n; i++) ((TO *)d)[i] = (TO)((const FROM *)a)[i]
    if (to == KSIMD_DT_I64)
        KX_CVT_LOOP(int64_t, int32_t);
    else if (from == KSIMD_DT_I32)
        KX_CVT_LOOP(double, int32_t);
    else if (from == KSIMD_DT_I64)
        KX_CVT_LOOP(double, int64_t);
    else
        KX_CVT_LOOP(double, float);
#undef KX_CVT_LOOP
}

/* Bool inputs may hold any non-zero byte for true; results are 0 or 1. */
static void xbool(int op, uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n)
{
    if (op == KX_NOT)
        for (size_t i = 0; i < n; i++) d[i] = a[i] == 0;
    else if (op == KX_AND)
        for (size_t i = 0; i < n; i++) d[i] = (a[i] != 0) & (b[i] != 0);
    else
        for (size_t i = 0; i < n; i++) d[i] = (a[i] | b[i]) != 0;
}

/* Where a source's values for elements [b0, b0 + len) are: an input
 * (offset), a register, or NULL for a constant. */
struct xblock {
    const struct kx_prog *p;
    const void *const *in;
    unsigned char *regs;
    size_t stride, b0;
};

static const void *xptr(const struct xblock *x, struct kx_src s)
{
    if (s.kind == KX_IN) return (const char *)x->in[s.idx] + x->b0 * kx_type_size(x->p->var_type[s.idx]);
    if (s.kind == KX_REG) return x->regs + (size_t)s.idx * x->stride;
    return NULL;
}
static const union kx_const *xconst(const struct xblock *x, struct kx_src s)
{
    return s.kind == KX_CONST ? &x->p->consts[s.idx] : NULL;
}

#define KX_SRC(KT_, o, src)                                                                                            \
    xop_set_##KT_(&s.o, xptr(x, src), xconst(x, src), src.tf ? &x->p->consts[src.k1] : NULL,                           \
                  src.tf ? &x->p->consts[src.k2] : NULL, src.tf == KX_TF_SQUARE)
/* s, the sources of ins in this block */
#define KX_SOURCES(KT_)                                                                                                \
    struct xsrc_##KT_ s;                                                                                               \
    KX_SRC(KT_, a, ins->a), KX_SRC(KT_, b, ins->b), KX_SRC(KT_, c, ins->c);                                            \
    KX_SRC(KT_, d, ins->d), KX_SRC(KT_, e, ins->e);                                                                    \
    s.post = ins->post, s.stream = stream
#define KX_EXEC(KT_)                                                                                                   \
    do {                                                                                                               \
        KX_SOURCES(KT_);                                                                                               \
        xexec_##KT_(ins, d, &s, x->p->consts, n);                                                                      \
    } while (0)
/* The arithmetic of a quiet instruction on its own, for its flags */
#define KX_REDO(KT_)                                                                                                   \
    do {                                                                                                               \
        KX_SOURCES(KT_);                                                                                               \
        xredo_##KT_(ins->op, &s, n);                                                                                   \
    } while (0)

/* Float instructions that only compare or select: quiet, as their
 * kernels are (fpflags.h). */
static int xquiet(const struct kx_ins *ins)
{
    return ins->op == KX_MINIMUM || ins->op == KX_MAXIMUM || ins->op == KX_CLIP || ins->op == KX_CMP ||
           (ins->op == KX_WHERE && ins->cop);
}
/* Whether a quiet instruction also does arithmetic that raises flags of
 * its own: a source's multiply and add, or a sqrt after minimum/maximum. */
static int xarith(const struct kx_ins *ins)
{
    return ins->a.tf || ins->b.tf || ins->c.tf || ins->d.tf || ins->e.tf || ins->post;
}
/* Whether ins writes over an input it reads (in place). */
static int xaliased(const struct xblock *x, const struct kx_ins *ins, const void *d)
{
    const struct kx_src *s[5] = {&ins->a, &ins->b, &ins->c, &ins->d, &ins->e};
    for (int k = 0; k < 5; k++)
        if (s[k]->kind == KX_IN && xptr(x, *s[k]) == d) return 1;
    return 0;
}

/* A quiet instruction with arithmetic in it: only the compares' FE_INVALID
 * (on a NaN) is false, and the arithmetic's flags stay. When FE_INVALID
 * comes, whose it is is not known: every new flag is dropped and the
 * arithmetic is done again on its own (xredo), to raise its flags. That
 * takes a NaN or an invalid operation, so the common case costs nothing.
 * In place, the sources are gone once the instruction has run, so the
 * arithmetic goes first, and the instruction then raises nothing new. */
#define KX_EXEC_QUIET(KT_)                                                                                             \
    do {                                                                                                               \
        if (!xarith(ins)) {                                                                                            \
            KSIMD_FE_QUIET(KX_EXEC(KT_));                                                                              \
        } else if (xaliased(x, ins, d)) {                                                                              \
            KX_REDO(KT_);                                                                                              \
            KSIMD_FE_QUIET(KX_EXEC(KT_));                                                                              \
        } else {                                                                                                       \
            int before_ = ksimd_fe_raised();                                                                           \
            KX_EXEC(KT_);                                                                                              \
            if (ksimd_fe_raised() & ~before_ & FE_INVALID) {                                                           \
                ksimd_fe_settle(before_, 0);                                                                           \
                KX_REDO(KT_);                                                                                          \
            }                                                                                                          \
        }                                                                                                              \
    } while (0)

static void xins(const struct xblock *x, const struct kx_ins *ins, void *d, size_t n, int stream)
{
    if (ins->op == KX_CVT) {
        xcvt(d, ins->type, xptr(x, ins->a), ins->from, n);
        return;
    }
    if (ins->op == KX_AND || ins->op == KX_OR || ins->op == KX_NOT) {
        xbool(ins->op, (uint8_t *)d, (const uint8_t *)xptr(x, ins->a), (const uint8_t *)xptr(x, ins->b), n);
        return;
    }
    switch (ins->type) {
    case KSIMD_DT_F32:
        if (xquiet(ins))
            KX_EXEC_QUIET(f32);
        else
            KX_EXEC(f32);
        break;
    case KSIMD_DT_F64:
        if (xquiet(ins))
            KX_EXEC_QUIET(f64);
        else
            KX_EXEC(f64);
        break;
    case KSIMD_DT_I32:
        KX_EXEC(i32);
        break;
    default:
        KX_EXEC(i64);
    }
}

/* ---- reductions: a block's values into the running result ---- */
#define KX_SUM_BLOCK(KT_) ((size_t)KSIMD_CAT(KSUM_V_, KT_) * KSUM_BLOCK)
struct xreduce {
    union {
        struct sum_state_f32 s32;
        struct sum_state_f64 s64;
    } st;
    union {
        float f32[KX_SUM_BLOCK(f32)];
        double f64[KX_SUM_BLOCK(f64)];
    } stage; /* a sum block not complete at the end of an expression block */
    size_t fill;
    uint64_t isum;
    union kx_const ext;
    int have;
};

/* Whole sum blocks straight from the values, the rest through the stage. */
#define KX_SUM_FEED(KT_, T_, st)                                                                                       \
    do {                                                                                                               \
        const T_ *v_ = (const T_ *)v;                                                                                  \
        const size_t blk_ = KX_SUM_BLOCK(KT_);                                                                         \
        while (len) {                                                                                                  \
            if (r->fill == 0 && len >= blk_) {                                                                         \
                size_t nb_ = len / blk_;                                                                               \
                sum_blocks_##KT_(&r->st, v_, v_, nb_, 0, 0);                                                           \
                v_ += nb_ * blk_, len -= nb_ * blk_;                                                                   \
                continue;                                                                                              \
            }                                                                                                          \
            size_t take_ = blk_ - r->fill < len ? blk_ - r->fill : len;                                                \
            memcpy(r->stage.KT_ + r->fill, v_, take_ * sizeof(T_));                                                    \
            r->fill += take_, v_ += take_, len -= take_;                                                               \
            if (r->fill == blk_) {                                                                                     \
                sum_blocks_##KT_(&r->st, r->stage.KT_, r->stage.KT_, 1, 0, 0);                                         \
                r->fill = 0;                                                                                           \
            }                                                                                                          \
        }                                                                                                              \
    } while (0)

#define KX_EXTREME(KT_, T_)                                                                                            \
    do {                                                                                                               \
        T_ e_ = xextreme_##KT_((const T_ *)v, len, max);                                                               \
        r->ext.KT_ = r->have ? xcombine_##KT_(r->ext.KT_, e_, max) : e_;                                               \
    } while (0)

static void xreduce_feed(struct xreduce *r, const struct kx_prog *p, const void *v, size_t len)
{
    int max = p->reduce == KX_MAXR;
    if (p->reduce == KX_SUM) {
        switch (p->type) {
        case KSIMD_DT_F32:
            KX_SUM_FEED(f32, float, st.s32);
            break;
        case KSIMD_DT_F64:
            KX_SUM_FEED(f64, double, st.s64);
            break;
        case KSIMD_DT_BOOL:
            for (size_t i = 0; i < len; i++) r->isum += ((const uint8_t *)v)[i] != 0;
            break;
        case KSIMD_DT_I32:
            for (size_t i = 0; i < len; i++) r->isum += (uint64_t)(int64_t)((const int32_t *)v)[i];
            break;
        default:
            for (size_t i = 0; i < len; i++) r->isum += (uint64_t)((const int64_t *)v)[i];
        }
        return;
    }
    switch (p->type) {
    case KSIMD_DT_F32:
        KSIMD_FE_QUIET(KX_EXTREME(f32, float));
        break;
    case KSIMD_DT_F64:
        KSIMD_FE_QUIET(KX_EXTREME(f64, double));
        break;
    case KSIMD_DT_I32:
        KX_EXTREME(i32, int32_t);
        break;
    default:
        KX_EXTREME(i64, int64_t);
    }
    r->have = 1;
}

static union kx_const xreduce_finish(struct xreduce *r, const struct kx_prog *p)
{
    union kx_const out = r->ext;
    if (p->reduce != KX_SUM) return out;
    if (p->type == KSIMD_DT_F32) {
        if (r->fill) sum_push_n_f32(&r->st.s32, r->stage.f32, r->fill);
        out.f32 = sum_finish_f32(&r->st.s32);
    } else if (p->type == KSIMD_DT_F64) {
        if (r->fill) sum_push_n_f64(&r->st.s64, r->stage.f64, r->fill);
        out.f64 = sum_finish_f64(&r->st.s64);
    } else {
        out.i64 = (int64_t)r->isum;
    }
    return out;
}

void KSIMD_FN(expr_eval)(struct kx_run *run)
{
    const struct kx_prog *p = run->p;
    _Alignas(64) unsigned char regs[KX_STACK_BYTES];
    struct xblock x = {p, run->in, regs, p->block * 8, 0};
    struct xreduce red;
    if (p->type == KSIMD_DT_F32)
        red.st.s32.blocks = 0;
    else
        red.st.s64.blocks = 0;
    red.fill = 0, red.isum = 0, red.have = 0;
    red.ext.i64 = 0;
    const size_t esize = kx_type_size(p->type);
    /* The last instruction writes the output itself when it computes the
     * result; in place is fine, since every instruction reads element i
     * before it writes element i, and no later block reads earlier ones. */
    const int direct =
        p->reduce == KX_ELEMENTWISE && p->nins && p->result.kind == KX_REG && p->ins[p->nins - 1].dst == p->result.idx;
    /* A short first block, so that the others start dst (or the first
     * input) on a cache line: a vector that straddles two lines costs two
     * accesses, and malloc's large blocks start 16 bytes into a page. */
    const void *lead = p->reduce == KX_ELEMENTWISE ? run->dst : p->nvars ? run->in[0] : NULL;
    /* Outputs larger than the caches (as map.h decides, over the whole
     * call) are stored non-temporally by the last instruction, in the
     * blocks that start on a vector boundary. */
#if KSIMD_STREAM_ALIGN
    size_t moved = run->total * esize;
    for (unsigned v = 0; v < p->nvars; v++) moved += run->total * kx_type_size(p->var_type[v]);
    const int stream = direct && moved >= KSIMD_STREAM_BYTES;
#define KSIMD_STREAM_ALIGN_OR_1 KSIMD_STREAM_ALIGN
#else
    const int stream = 0;
#define KSIMD_STREAM_ALIGN_OR_1 1
#endif
    const size_t lead_size = p->reduce == KX_ELEMENTWISE ? esize : p->nvars ? kx_type_size(p->var_type[0]) : 1;
    size_t first = (64 - (uintptr_t)lead % 64) % 64;
    first = first % lead_size ? 0 : first / lead_size;
    for (size_t len; x.b0 < run->n; x.b0 += len) {
        len = run->n - x.b0 < p->block ? run->n - x.b0 : p->block;
        if (x.b0 == 0 && first && first < len) len = first;
        void *out = p->reduce == KX_ELEMENTWISE ? (char *)run->dst + x.b0 * esize : NULL;
        const int stream_out = stream && (uintptr_t)out % KSIMD_STREAM_ALIGN_OR_1 == 0;
        for (size_t k = 0; k < p->nins; k++) {
            const struct kx_ins *ins = &p->ins[k];
            const int last = direct && k + 1 == p->nins;
            xins(&x, ins, last ? out : regs + (size_t)ins->dst * x.stride, len, last && stream_out);
        }
        if (out && !direct) memmove(out, xptr(&x, p->result), len * esize);
        if (!out) xreduce_feed(&red, p, xptr(&x, p->result), len);
    }
    if (stream) v_stream_fence();
    if (p->reduce != KX_ELEMENTWISE) run->acc = xreduce_finish(&red, p);
}
