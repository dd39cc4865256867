/* The strided 2-D family's `compiler` loops for one type
 * (kernels/foreach_type.h). The loops are the double loop a user writes over
 * (rows, cols) and the strides, the row index outer: nothing here looks at
 * the strides to pick a better order (that is ksimd's job). */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(AT) || !defined(KFLOAT) || !defined(TN)
#error "compiler_strided2d_t.h needs KT, T, UT, AT, KFLOAT and TN: include it through kernels/foreach_type.h"
#endif

/* The operations: binary2d's (integers in the unsigned type UT, so they
 * wrap as ksimd's; float minimum/maximum as IEEE 754-2019, as ksimd's),
 * the sums' accumulation (integer sums wrap in int64) and the min/max
 * folds of the natural reduction loop. */
#if KFLOAT
static inline T TN(kb_add)(T x, T y) { return x + y; }
static inline T TN(kb_sub)(T x, T y) { return x - y; }
static inline T TN(kb_mul)(T x, T y) { return x * y; }
static inline T TN(kb_div)(T x, T y) { return x / y; }
#include "bench/peers/ieee_minmax_t.h" /* kb_min, kb_max */
static inline AT TN(kb_acc)(AT s, T x) { return s + x; }
static inline T TN(kb_fold_min)(T m, T x) { return x < m || x != x ? x : m; }
static inline T TN(kb_fold_max)(T m, T x) { return x > m || x != x ? x : m; }
#else
static inline T TN(kb_add)(T x, T y) { return (T)((UT)x + (UT)y); }
static inline T TN(kb_sub)(T x, T y) { return (T)((UT)x - (UT)y); }
static inline T TN(kb_mul)(T x, T y) { return (T)((UT)x * (UT)y); }
static inline T TN(kb_min)(T x, T y) { return x < y ? x : y; }
static inline T TN(kb_max)(T x, T y) { return x > y ? x : y; }
static inline AT TN(kb_acc)(AT s, T x) { return (AT)((uint64_t)s + (uint64_t)(int64_t)x); }
static inline T TN(kb_fold_min)(T m, T x) { return x < m ? x : m; }
static inline T TN(kb_fold_max)(T m, T x) { return x > m ? x : m; }
#endif

KB_CLONES void TN(kbcc_copy2d)(T *dst, ptrdiff_t drs, ptrdiff_t dcs, const T *src, ptrdiff_t srs, ptrdiff_t scs,
                               size_t rows, size_t cols)
{
    ptrdiff_t m = (ptrdiff_t)rows, n = (ptrdiff_t)cols;
    for (ptrdiff_t i = 0; i < m; i++)
        for (ptrdiff_t j = 0; j < n; j++) dst[i * drs + j * dcs] = src[i * srs + j * scs];
}

/* One loop nest per operation, chosen once per call (a switch inside the
 * inner loop is not what anyone writes); DIV on integers, as ksimd's
 * KSIMD_ERR_RANGE, computes nothing. */
/* clang-format off */
#define KB_LOOP2(f)                                                                                          \
    for (ptrdiff_t i = 0; i < m; i++)                                                                        \
        for (ptrdiff_t j = 0; j < n; j++)                                                                    \
            dst[i * drs + j * dcs] = f(a[i * ars + j * acs], b[i * brs + j * bcs])
/* clang-format on */
KB_CLONES void TN(kbcc_binary2d)(ksimd_binop op, T *dst, ptrdiff_t drs, ptrdiff_t dcs, const T *a, ptrdiff_t ars,
                                 ptrdiff_t acs, const T *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    ptrdiff_t m = (ptrdiff_t)rows, n = (ptrdiff_t)cols;
    switch (op) {
    case KSIMD_OP_ADD:
        KB_LOOP2(TN(kb_add));
        break;
    case KSIMD_OP_SUB:
        KB_LOOP2(TN(kb_sub));
        break;
    case KSIMD_OP_MUL:
        KB_LOOP2(TN(kb_mul));
        break;
#if KFLOAT
    case KSIMD_OP_DIV:
        KB_LOOP2(TN(kb_div));
        break;
#endif
    case KSIMD_OP_MIN:
        KB_LOOP2(TN(kb_min));
        break;
    case KSIMD_OP_MAX:
        KB_LOOP2(TN(kb_max));
        break;
    default:
        break;
    }
}
#undef KB_LOOP2

/* Axis 0 (column sums): rows outer, every out[j] += a(i, j) in the inner
 * loop, as a C programmer writes it for a C-order matrix (the inner loop
 * then runs along a row: contiguous, and vectorizable across outputs).
 * Axis 1 (row sums): one running sum per row. Either way each output adds
 * its elements in index order, one at a time (no -ffast-math: the
 * compiler keeps that order), so float sums differ from ksimd's canonical
 * order in the last bits. Another axis (ksimd: KSIMD_ERR_RANGE) computes
 * nothing. */
KB_CLONES void TN(kbcc_sum_axis)(AT *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis)
{
    ptrdiff_t m = (ptrdiff_t)rows, n = (ptrdiff_t)cols;
    if (axis == 0) {
        for (ptrdiff_t j = 0; j < n; j++) out[j] = 0;
        for (ptrdiff_t i = 0; i < m; i++)
            for (ptrdiff_t j = 0; j < n; j++) out[j] = TN(kb_acc)(out[j], a[i * rs + j * cs]);
    } else if (axis == 1) {
        for (ptrdiff_t i = 0; i < m; i++) {
            AT s = 0;
            for (ptrdiff_t j = 0; j < n; j++) s = TN(kb_acc)(s, a[i * rs + j * cs]);
            out[i] = s;
        }
    }
}

/* min/max: the same loop orders, starting from the first element; over an
 * empty axis (ksimd: KSIMD_ERR_EMPTY) nothing is written. */
KB_CLONES void TN(kbcc_min_axis)(T *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis)
{
    ptrdiff_t m = (ptrdiff_t)rows, n = (ptrdiff_t)cols;
    if (axis == 0 && m > 0) {
        for (ptrdiff_t j = 0; j < n; j++) out[j] = a[j * cs];
        for (ptrdiff_t i = 1; i < m; i++)
            for (ptrdiff_t j = 0; j < n; j++) out[j] = TN(kb_fold_min)(out[j], a[i * rs + j * cs]);
    } else if (axis == 1 && n > 0) {
        for (ptrdiff_t i = 0; i < m; i++) {
            T v = a[i * rs];
            for (ptrdiff_t j = 1; j < n; j++) v = TN(kb_fold_min)(v, a[i * rs + j * cs]);
            out[i] = v;
        }
    }
}
KB_CLONES void TN(kbcc_max_axis)(T *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis)
{
    ptrdiff_t m = (ptrdiff_t)rows, n = (ptrdiff_t)cols;
    if (axis == 0 && m > 0) {
        for (ptrdiff_t j = 0; j < n; j++) out[j] = a[j * cs];
        for (ptrdiff_t i = 1; i < m; i++)
            for (ptrdiff_t j = 0; j < n; j++) out[j] = TN(kb_fold_max)(out[j], a[i * rs + j * cs]);
    } else if (axis == 1 && n > 0) {
        for (ptrdiff_t i = 0; i < m; i++) {
            T v = a[i * rs];
            for (ptrdiff_t j = 1; j < n; j++) v = TN(kb_fold_max)(v, a[i * rs + j * cs]);
            out[i] = v;
        }
    }
}
