/* The strided 2-D family, written once and compiled once per ISA: copy2d,
 * binary2d, sum_axis, min_axis, max_axis. The entry points
 * (dispatch/api_strided2d.c) have validated the views; each kernel
 * normalizes them itself (strided2d.h: the output's fast axis innermost,
 * negative output strides flipped) and then runs the unit-stride loops of
 * the elementwise and reduction families wherever an axis is contiguous,
 * a gather path otherwise. docs/strided2d.md has the traversals and the
 * canonical order of float sum_axis (axis_sum_t.h). */
#include "fpflags.h"
#include "strided2d.h"

#define KCHUNK 8          /* reduced elements per chunk: the canonical order's step 1 */
#define KSUM_MAX_DEPTH 21 /* 8-ary tree levels over at most 2^63 chunks */
/* Stack for the open tree nodes of float sums across rows: levels 1 .. D-1
 * of every output of a strip (the root's running value is kept in out).
 * Strips read W contiguous elements of each row, and whole rows stream
 * best: 4000 x 4000 f64 column sums took 6.6-7.1 ms in strips of 908
 * columns, 5.4-5.6 ms in whole rows. */
#ifndef KSUM_AXIS_BYTES /* CI's clang job sets a small one: the tests then cross strips */
#define KSUM_AXIS_BYTES (64 * 1024)
#endif
_Static_assert(KSUM_AXIS_BYTES >= (KSUM_MAX_DEPTH - 1) * 64, "room for one vector of every tree level");

/* The 8-ary tree of docs/strided2d.md: the depth D >= 1 of a tree over m
 * chunks (8^D >= m), and how finishing chunk j changes its open nodes:
 * levels 1 .. up take a value, level l starting afresh when bit l of fresh
 * is set (chunk j is the first of its level-l node). */
struct ksum_plan {
    unsigned up;
    uint32_t fresh;
};
static inline unsigned ksum_depth(size_t m)
{
    unsigned D = 1;
    while (D < KSUM_MAX_DEPTH && ((m - 1) >> (3 * D))) D++;
    return D;
}
static inline struct ksum_plan ksum_plan(size_t j, size_t m, unsigned D)
{
    struct ksum_plan p = {0, 0};
    for (unsigned l = 1; l <= D; l++) {
        size_t pos = (j >> (3 * (l - 1))) & 7; /* chunk j's level-(l-1) node within its level-l node */
        p.up = l;
        if (pos == 0) p.fresh |= 1u << l;
        if (pos != 7 && j != m - 1) break; /* the level-l node is still open */
    }
    return p;
}

#define KSIMD_SKELETON "transpose_t.h"
#include "foreach_type.h"

#define KSIMD_SKELETON "copy2d_t.h"
#include "foreach_type.h"

#define KSIMD_SKELETON "binary2d_t.h"
#include "foreach_type.h"

#define KSIMD_SKELETON "axis_sum_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

/* The order-free folds (axis_fold_t.h): min/max per type, and integer sums
 * in int64 lanes (int32 inputs widened as they load). Their stack
 * accumulator: whole rows stream best, as for float sums (4000 x 4000 f64
 * column maxima read 13.0 GB/s with 4 KiB, 512 columns per pass, and
 * 21.9 GB/s with 32 KiB, whole rows). */
#ifndef KFOLD_BYTES /* CI's clang job sets a small one: the tests then cross passes */
#define KFOLD_BYTES (32 * 1024)
#endif
_Static_assert(KFOLD_BYTES >= 64, "room for one vector of outputs");
/* Accumulators of the element's own type: min and max, and i64 sums. */
#define KSIMD_SKELETON "axis_fold_t.h"
#define KSIMD_FOREACH_AT_IS_T
#include "foreach_type.h"

/* i32 sums, in int64 lanes. */
#define KSIMD_SKELETON "axis_fold_t.h"
#define KSIMD_FOREACH_I32
#include "foreach_type.h"

/* ---- copy2d ---- */
void KSIMD_FN(copy2d_f32)(float *d, ptrdiff_t drs, ptrdiff_t dcs, const float *s, ptrdiff_t srs, ptrdiff_t scs,
                          size_t rows, size_t cols)
{
    copy2d_f32(d, drs, dcs, s, srs, scs, rows, cols);
}
void KSIMD_FN(copy2d_f64)(double *d, ptrdiff_t drs, ptrdiff_t dcs, const double *s, ptrdiff_t srs, ptrdiff_t scs,
                          size_t rows, size_t cols)
{
    copy2d_f64(d, drs, dcs, s, srs, scs, rows, cols);
}
void KSIMD_FN(copy2d_i32)(int32_t *d, ptrdiff_t drs, ptrdiff_t dcs, const int32_t *s, ptrdiff_t srs, ptrdiff_t scs,
                          size_t rows, size_t cols)
{
    copy2d_i32(d, drs, dcs, s, srs, scs, rows, cols);
}
void KSIMD_FN(copy2d_i64)(int64_t *d, ptrdiff_t drs, ptrdiff_t dcs, const int64_t *s, ptrdiff_t srs, ptrdiff_t scs,
                          size_t rows, size_t cols)
{
    copy2d_i64(d, drs, dcs, s, srs, scs, rows, cols);
}

/* ---- binary2d: min and max are quiet (fpflags.h) ---- */
void KSIMD_FN(binary2d_f32)(ksimd_binop op, float *d, ptrdiff_t drs, ptrdiff_t dcs, const float *a, ptrdiff_t ars,
                            ptrdiff_t acs, const float *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    if (op == KSIMD_OP_MIN || op == KSIMD_OP_MAX)
        KSIMD_FE_QUIET(binary2d_f32(op, d, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols));
    else
        binary2d_f32(op, d, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols);
}
void KSIMD_FN(binary2d_f64)(ksimd_binop op, double *d, ptrdiff_t drs, ptrdiff_t dcs, const double *a, ptrdiff_t ars,
                            ptrdiff_t acs, const double *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    if (op == KSIMD_OP_MIN || op == KSIMD_OP_MAX)
        KSIMD_FE_QUIET(binary2d_f64(op, d, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols));
    else
        binary2d_f64(op, d, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols);
}
void KSIMD_FN(binary2d_i32)(ksimd_binop op, int32_t *d, ptrdiff_t drs, ptrdiff_t dcs, const int32_t *a, ptrdiff_t ars,
                            ptrdiff_t acs, const int32_t *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    binary2d_i32(op, d, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols);
}
void KSIMD_FN(binary2d_i64)(ksimd_binop op, int64_t *d, ptrdiff_t drs, ptrdiff_t dcs, const int64_t *a, ptrdiff_t ars,
                            ptrdiff_t acs, const int64_t *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    binary2d_i64(op, d, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols);
}

/* ---- the scalar ops of tiny matrices (fold_tiny, axis_fold_t.h) ---- */
static inline float add1_f32(float m, float x) { return m + x; }
static inline double add1_f64(double m, double x) { return m + x; }
static inline int64_t add1_i64(int64_t m, int64_t x) { return (int64_t)((uint64_t)m + (uint64_t)x); }
static inline float min1_f32(float m, float x) { return ksimd_ieee_pick_f32(m, x, 0); }
static inline double min1_f64(double m, double x) { return ksimd_ieee_pick_f64(m, x, 0); }
static inline int32_t min1_i32(int32_t m, int32_t x) { return x < m ? x : m; }
static inline int64_t min1_i64(int64_t m, int64_t x) { return x < m ? x : m; }
static inline float max1_f32(float m, float x) { return ksimd_ieee_pick_f32(m, x, 1); }
static inline double max1_f64(double m, double x) { return ksimd_ieee_pick_f64(m, x, 1); }
static inline int32_t max1_i32(int32_t m, int32_t x) { return x > m ? x : m; }
static inline int64_t max1_i64(int64_t m, int64_t x) { return x > m ? x : m; }
/* Float min/max of a tiny matrix whose outputs are contiguous in the input
 * (kept stride 1) and fit a vector, where v_load_n is one masked load: one
 * vector per row, folded with the IEEE operation once a quiet compare has
 * found no NaN (an ordered operand raises nothing). Element by element, a
 * 4 x 4 min_axis_f64 took 29.5 ns against the plain loop's 11.2. Returns
 * 0, having done nothing, for any other matrix (an empty one may come with
 * a NULL a, never to be offset), which fold_tiny then takes. */
#define KSIMD_TINY_EXTREME(KT, T, VT, VM, MT, VL)                                                                      \
    static KSIMD_INLINE int tiny_extreme_##KT(T *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs,              \
                                              ptrdiff_t cs, int axis, VT (*ieee)(VT, VT))                              \
    {                                                                                                                  \
        struct ksimd_axis2d x = ksimd_axis2d(rows, cols, rs, cs, axis);                                                \
        if (!KSIMD_MASKED_LOAD || x.ks != 1 || x.kept == 0 || x.kept > VL || x.len == 0 || x.len > 8) return 0;        \
        VM nan = v_mask_none_##MT();                                                                                   \
        for (size_t r = 0; r < x.len; r++) {                                                                           \
            VT v = v_load_n_##KT(a + (ptrdiff_t)r * x.rstride, x.kept, 0);                                             \
            nan = v_mask_or_##MT(nan, v_unord_mask_##KT(v, v));                                                        \
        }                                                                                                              \
        if (v_mask_any_##MT(nan)) return 0;                                                                            \
        VT m = v_load_n_##KT(a, x.kept, 0);                                                                            \
        for (size_t r = 1; r < x.len; r++) m = ieee(m, v_load_n_##KT(a + (ptrdiff_t)r * x.rstride, x.kept, 0));        \
        v_store_n_##KT(out, m, x.kept);                                                                                \
        return 1;                                                                                                      \
    }
KSIMD_TINY_EXTREME(f32, float, vf32, vm32, m32, VL_F32)
KSIMD_TINY_EXTREME(f64, double, vf64, vm64, m64, VL_F64)
#undef KSIMD_TINY_EXTREME

/* An axis reduction: a tiny matrix in this frame (vtiny, a vector path or
 * 0, before fold_tiny), a larger one out of line (name_big), whose stack
 * buffers and realigned frame cost a 1 x 1 min_axis_f64 0.6 ns of 9. */
#define KSIMD_AXIS_KERNEL(name, T, AT, KTA, op1, from_first, vtiny, big)                                               \
    static __attribute__((noinline)) void name##_big(AT *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs,      \
                                                     ptrdiff_t cs, int axis)                                           \
    {                                                                                                                  \
        big;                                                                                                           \
    }                                                                                                                  \
    void KSIMD_FN(name)(AT * out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis)          \
    {                                                                                                                  \
        if (!(vtiny) && !fold_tiny_##KTA(out, a, rows, cols, rs, cs, axis, op1, from_first))                           \
            name##_big(out, a, rows, cols, rs, cs, axis);                                                              \
    }
#define KSIMD_FOLD_ARGS out, a, rows, cols, rs, cs, axis

/* clang-format off */
/* ---- sum_axis: floats in the canonical order, integers order-free ---- */
KSIMD_AXIS_KERNEL(sum_axis_f32, float, float, f32_f32, add1_f32, 0, 0, sum_axis_f32(KSIMD_FOLD_ARGS))
KSIMD_AXIS_KERNEL(sum_axis_f64, double, double, f64_f64, add1_f64, 0, 0, sum_axis_f64(KSIMD_FOLD_ARGS))
KSIMD_AXIS_KERNEL(sum_axis_i32, int32_t, int64_t, i32_i64, add1_i64, 0, 0, fold_axis_i32_i64(KSIMD_FOLD_ARGS, v_add_i64, 0, KSIMD_FN(sum_i32)))
KSIMD_AXIS_KERNEL(sum_axis_i64, int64_t, int64_t, i64_i64, add1_i64, 0, 0, fold_axis_i64_i64(KSIMD_FOLD_ARGS, v_add_i64, 0, KSIMD_FN(sum_i64)))

/* ---- min_axis / max_axis: IEEE 754-2019 minimum / maximum, exact, quiet ---- */
KSIMD_AXIS_KERNEL(min_axis_f32, float, float, f32_f32, min1_f32, 1, tiny_extreme_f32(KSIMD_FOLD_ARGS, v_min_f32), KSIMD_FE_QUIET(fold_axis_f32_f32(KSIMD_FOLD_ARGS, v_min_f32, 1, KSIMD_FN(min_f32))))
KSIMD_AXIS_KERNEL(min_axis_f64, double, double, f64_f64, min1_f64, 1, tiny_extreme_f64(KSIMD_FOLD_ARGS, v_min_f64), KSIMD_FE_QUIET(fold_axis_f64_f64(KSIMD_FOLD_ARGS, v_min_f64, 1, KSIMD_FN(min_f64))))
KSIMD_AXIS_KERNEL(min_axis_i32, int32_t, int32_t, i32_i32, min1_i32, 1, 0, fold_axis_i32_i32(KSIMD_FOLD_ARGS, v_min_i32, 1, KSIMD_FN(min_i32)))
KSIMD_AXIS_KERNEL(min_axis_i64, int64_t, int64_t, i64_i64, min1_i64, 1, 0, fold_axis_i64_i64(KSIMD_FOLD_ARGS, v_min_i64, 1, KSIMD_FN(min_i64)))
KSIMD_AXIS_KERNEL(max_axis_f32, float, float, f32_f32, max1_f32, 1, tiny_extreme_f32(KSIMD_FOLD_ARGS, v_max_f32), KSIMD_FE_QUIET(fold_axis_f32_f32(KSIMD_FOLD_ARGS, v_max_f32, 1, KSIMD_FN(max_f32))))
KSIMD_AXIS_KERNEL(max_axis_f64, double, double, f64_f64, max1_f64, 1, tiny_extreme_f64(KSIMD_FOLD_ARGS, v_max_f64), KSIMD_FE_QUIET(fold_axis_f64_f64(KSIMD_FOLD_ARGS, v_max_f64, 1, KSIMD_FN(max_f64))))
KSIMD_AXIS_KERNEL(max_axis_i32, int32_t, int32_t, i32_i32, max1_i32, 1, 0, fold_axis_i32_i32(KSIMD_FOLD_ARGS, v_max_i32, 1, KSIMD_FN(max_i32)))
KSIMD_AXIS_KERNEL(max_axis_i64, int64_t, int64_t, i64_i64, max1_i64, 1, 0, fold_axis_i64_i64(KSIMD_FOLD_ARGS, v_max_i64, 1, KSIMD_FN(max_i64)))
/* clang-format on */
