/* The reduction family, written once and compiled once per ISA.
 *
 * THE CANONICAL ORDER of float sum and dot (docs/reductions.md says why).
 * Every table performs exactly these IEEE additions, so every table returns
 * the same bits, and the order never looks at the array's address.
 *
 *  1. V virtual lanes: element i belongs to lane i mod V, with V = 32 for
 *     f64 and 64 for f32 (four AVX-512 registers; AVX2 holds them in 8
 *     registers, SSE4.2 and NEON in 16, the scalar table in an array).
 *     For dot, the term of element i is the rounded product a[i]*b[i].
 *  2. Blocks: the array is cut into blocks of B = V*8 consecutive elements
 *     (B = 256 for f64, 512 for f32), the last one padded with +0.0. In a
 *     block each lane adds its 8 terms in index order, starting from +0.0.
 *  3. Per lane, block sums combine pairwise like a binary counter: block k
 *     merges with the partial sums of equal weight before it (earlier +
 *     later); at the end the leftover partial sums fold from the lightest
 *     up. Equivalently S(blocks) = S(first 2^m) + S(rest), 2^m < count.
 *  4. The V lane sums halve: lane j += lane j + V/2, then V/4, ..., 1.
 *
 * Consequences: n == 0 gives +0.0, and so does a sum of only -0.0 terms
 * (lanes start at +0.0). Error: an element passes through at most
 * 7 + ceil(log2(blocks)) + log2(V) roundings, at most ceil(log2 n) when
 * n <= V, so |err| <= (log2(n) + 5) * u * sum|a_i| (u = eps/2) for n > 8V,
 * within the contract's 2 * log2(n) * eps * sum|a_i| for every n >= 2
 * (dots: one more rounding). docs/reductions.md has the arithmetic.
 *
 * group_sum (f32, f64): the values are cut into chunks of KGROUP_CHUNK
 * (2^16, sum_order.h). f32: per group and chunk, the group's values in
 * index order are added in double from +0.0; per group, the chunks' sums
 * add up in chunk order in double from +0.0, and the result is that total
 * rounded to float once. |err| <= u|S| + count * 2^-53 * sum|a|.
 * f64: per group and chunk, compensated summation in index order: s = s +
 * x, with TwoSum's exact error of each step added into e (s and e start at
 * +0.0). Per group, the chunks' (s, e) fold in chunk order the same way: S
 * = S + s with TwoSum's error into E, then E = E + e. The result is S + E,
 * or S when S is infinite or NaN. |err| <= 2u|S| + O(count^2 u^2) sum|a|.
 * Both are far inside 2 * log2(count) * eps * sum|a|; the chunks let
 * threads share a call (dispatch/split.h). Plain scalar code, identical
 * everywhere (group_t.h).
 *
 * Integer sums wrap in int64 (i32 values are widened first), and min, max,
 * argmin and argmax are exact, so their order is free.
 */
#include <math.h>
#include <string.h>

#include "simd/simd.h"

#include "fpflags.h"
#include "kernels.h"
#include "sum_order.h"

#define KSIMD_SKELETON "sum_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

#define KSIMD_SKELETON "group_t.h"
#define KSIMD_FOREACH_FLOAT
#define KSIMD_FOREACH_I64
#include "foreach_type.h"

#define KSIMD_SKELETON "extreme_t.h"
#include "foreach_type.h"

/* ---- float sums and dots: the canonical order (sum_t.h) ---- */
float KSIMD_FN(sum_f32)(const float *a, size_t n) { return canonical_sum_f32(a, a, n, 0); }
double KSIMD_FN(sum_f64)(const double *a, size_t n) { return canonical_sum_f64(a, a, n, 0); }
float KSIMD_FN(dot_f32)(const float *a, const float *b, size_t n) { return canonical_sum_f32(a, b, n, 1); }
double KSIMD_FN(dot_f64)(const double *a, const double *b, size_t n) { return canonical_sum_f64(a, b, n, 1); }

/* The same sums split into subtrees (internal_list.h); b NULL for sum. */
void KSIMD_FN(sum_subtrees_f32)(float *lanes, const float *a, const float *b, size_t m, int level)
{
    if (b)
        canonical_subtrees_f32(lanes, a, b, m, level, 1);
    else
        canonical_subtrees_f32(lanes, a, a, m, level, 0);
}
void KSIMD_FN(sum_subtrees_f64)(double *lanes, const double *a, const double *b, size_t m, int level)
{
    if (b)
        canonical_subtrees_f64(lanes, a, b, m, level, 1);
    else
        canonical_subtrees_f64(lanes, a, a, m, level, 0);
}
float KSIMD_FN(sum_finish_f32)(const float *lanes, size_t m, int level, const float *a, const float *b, size_t n)
{
    return b ? canonical_finish_f32(lanes, m, level, a, b, n, 1) : canonical_finish_f32(lanes, m, level, a, a, n, 0);
}
double KSIMD_FN(sum_finish_f64)(const double *lanes, size_t m, int level, const double *a, const double *b, size_t n)
{
    return b ? canonical_finish_f64(lanes, m, level, a, b, n, 1) : canonical_finish_f64(lanes, m, level, a, a, n, 0);
}

/* ---- integer sums: int64 lanes that wrap, so any order gives the same ---- */
static int64_t fold_i64(vi64 v)
{
    int64_t lane[VL_I64];
    uint64_t s = 0;
    v_store_i64(lane, v);
    for (int t = 0; t < VL_I64; t++) s += (uint64_t)lane[t];
    return (int64_t)s;
}

/* The whole rows of four vectors, loaded by ld. */
static KSIMD_INLINE size_t sum_rows_i64(vi64 s[4], const int64_t *a, size_t n, vi64 (*ld)(const int64_t *))
{
    size_t i = 0;
    for (; n - i >= 4 * VL_I64; i += 4 * VL_I64)
        for (int q = 0; q < 4; q++) s[q] = v_add_i64(s[q], ld(a + i + (size_t)q * VL_I64));
    return i;
}

int64_t KSIMD_FN(sum_i64)(const int64_t *a, size_t n)
{
    vi64 s[4] = {v_set1_i64(0), v_set1_i64(0), v_set1_i64(0), v_set1_i64(0)};
    size_t i =
        n * sizeof *a >= KSUM_STREAM_BYTES ? sum_rows_i64(s, a, n, v_load_far_i64) : sum_rows_i64(s, a, n, v_load_i64);
    for (; i < n; i += VL_I64) s[0] = v_add_i64(s[0], v_load_n_i64(a + i, n - i < VL_I64 ? n - i : VL_I64, 0));
    return fold_i64(v_add_i64(v_add_i64(s[0], s[1]), v_add_i64(s[2], s[3])));
}

int64_t KSIMD_FN(sum_i32)(const int32_t *a, size_t n)
{
    vi64 s0 = v_set1_i64(0), s1 = s0, s2 = s0, s3 = s0;
    size_t i = 0;
    for (; n - i >= 4 * VL_I64; i += 4 * VL_I64) {
        s0 = v_add_i64(s0, v_load_widen_i64(a + i));
        s1 = v_add_i64(s1, v_load_widen_i64(a + i + VL_I64));
        s2 = v_add_i64(s2, v_load_widen_i64(a + i + 2 * VL_I64));
        s3 = v_add_i64(s3, v_load_widen_i64(a + i + 3 * VL_I64));
    }
    for (; i < n; i += VL_I64) s0 = v_add_i64(s0, v_load_n_widen_i64(a + i, n - i < VL_I64 ? n - i : VL_I64));
    return fold_i64(v_add_i64(v_add_i64(s0, s1), v_add_i64(s2, s3)));
}

/* ---- min / max: IEEE 754-2019 minimum/maximum (NaN wins, -0.0 < +0.0) ---- */
/* Float ones: an array shorter than a vector in the kernel's own frame,
 * a longer one out of line, whose vector loops' spills need a stack
 * realigned to 64 bytes: that frame cost max_f64 0.4-0.5 ns of 5.3-5.9
 * at n = 2 and 3 on the avx512 table. */
#define KX_FLOAT_EXTREME(name, T, KT, VL, pick, ieee, max)                                                             \
    static __attribute__((noinline)) T name##_long(const T *a, size_t n)                                               \
    {                                                                                                                  \
        return extreme_quiet_##KT(a, n, pick, ieee, max);                                                              \
    }                                                                                                                  \
    T KSIMD_FN(name)(const T *a, size_t n) { return n < VL ? extreme_vshort_##KT(a, n, ieee, max) : name##_long(a, n); }
KX_FLOAT_EXTREME(min_f32, float, f32, VL_F32, v_pick_lt_f32, v_min_f32, 0)
KX_FLOAT_EXTREME(min_f64, double, f64, VL_F64, v_pick_lt_f64, v_min_f64, 0)
KX_FLOAT_EXTREME(max_f32, float, f32, VL_F32, v_pick_gt_f32, v_max_f32, 1)
KX_FLOAT_EXTREME(max_f64, double, f64, VL_F64, v_pick_gt_f64, v_max_f64, 1)
int32_t KSIMD_FN(min_i32)(const int32_t *a, size_t n) { return extreme_i32(a, n, v_min_i32); }
int64_t KSIMD_FN(min_i64)(const int64_t *a, size_t n) { return extreme_i64(a, n, v_min_i64); }
int32_t KSIMD_FN(max_i32)(const int32_t *a, size_t n) { return extreme_i32(a, n, v_max_i32); }
int64_t KSIMD_FN(max_i64)(const int64_t *a, size_t n) { return extreme_i64(a, n, v_max_i64); }

/* ---- argmin / argmax: first index of the extreme, or of the first NaN ---- */
/* Float min, max, argmin and argmax are quiet: a quiet NaN raises nothing
 * (fpflags.h). */
static inline int gt1_f32(float x, float y) { return x > y; }
static inline int gt1_f64(double x, double y) { return x > y; }
static inline int gt1_i32(int32_t x, int32_t y) { return x > y; }
static inline int gt1_i64(int64_t x, int64_t y) { return x > y; }
static inline int lt1_f32(float x, float y) { return x < y; }
static inline int lt1_f64(double x, double y) { return x < y; }
static inline int lt1_i32(int32_t x, int32_t y) { return x < y; }
static inline int lt1_i64(int64_t x, int64_t y) { return x < y; }
static inline int isnan1_f32(float x) { return x != x; }
static inline int isnan1_f64(double x) { return x != x; }
static inline int never_nan1_i32(int32_t x) { return (void)x, 0; }
static inline int never_nan1_i64(int64_t x) { return (void)x, 0; }
static inline vm32 never_nan_i32(vm32 ok, vi32 a, vi32 b) { return (void)a, (void)b, ok; }
static inline vm64 never_nan_i64(vm64 ok, vi64 a, vi64 b) { return (void)a, (void)b, ok; }

size_t KSIMD_FN(argmin_f32)(const float *a, size_t n)
{
    return arg_index_f32(a, n,
                         (struct arg_ops_f32){v_lt_mask_f32, lt1_f32, v_pick_lt_f32, v_ord_and_mask_f32, isnan1_f32});
}
size_t KSIMD_FN(argmin_f64)(const double *a, size_t n)
{
    return arg_index_f64(a, n,
                         (struct arg_ops_f64){v_lt_mask_f64, lt1_f64, v_pick_lt_f64, v_ord_and_mask_f64, isnan1_f64});
}
size_t KSIMD_FN(argmin_i32)(const int32_t *a, size_t n)
{
    return arg_index_i32(a, n, (struct arg_ops_i32){v_lt_mask_i32, lt1_i32, v_min_i32, never_nan_i32, never_nan1_i32});
}
size_t KSIMD_FN(argmin_i64)(const int64_t *a, size_t n)
{
    return arg_index_i64(a, n, (struct arg_ops_i64){v_lt_mask_i64, lt1_i64, v_min_i64, never_nan_i64, never_nan1_i64});
}
size_t KSIMD_FN(argmax_f32)(const float *a, size_t n)
{
    return arg_index_f32(a, n,
                         (struct arg_ops_f32){v_gt_mask_f32, gt1_f32, v_pick_gt_f32, v_ord_and_mask_f32, isnan1_f32});
}
size_t KSIMD_FN(argmax_f64)(const double *a, size_t n)
{
    return arg_index_f64(a, n,
                         (struct arg_ops_f64){v_gt_mask_f64, gt1_f64, v_pick_gt_f64, v_ord_and_mask_f64, isnan1_f64});
}
size_t KSIMD_FN(argmax_i32)(const int32_t *a, size_t n)
{
    return arg_index_i32(a, n, (struct arg_ops_i32){v_gt_mask_i32, gt1_i32, v_max_i32, never_nan_i32, never_nan1_i32});
}
size_t KSIMD_FN(argmax_i64)(const int64_t *a, size_t n)
{
    return arg_index_i64(a, n, (struct arg_ops_i64){v_gt_mask_i64, gt1_i64, v_max_i64, never_nan_i64, never_nan1_i64});
}

/* ---- group sums: the canonical order of group_t.h; integers wrap. Each
 * returns nonzero, having written nothing, at a key outside [0, ngroups). */
int KSIMD_FN(group_sum_f32)(float *sums, int64_t *counts, const float *v, const int32_t *keys, size_t n, size_t ngroups)
{
    return group_sum_f32(sums, counts, v, keys, n, ngroups);
}
int KSIMD_FN(group_sum_f64)(double *sums, int64_t *counts, const double *v, const int32_t *keys, size_t n,
                            size_t ngroups)
{
    return group_sum_f64(sums, counts, v, keys, n, ngroups);
}
int KSIMD_FN(group_sum_i64)(int64_t *sums, int64_t *counts, const int64_t *v, const int32_t *keys, size_t n,
                            size_t ngroups)
{
    return group_sum_i64(sums, counts, v, keys, n, ngroups);
}
/* The float group sums a chunk at a time (internal_list.h). */
int KSIMD_FN(group_chunk_f32)(double *sc, double *ec, int64_t *cc, const float *v, const int32_t *keys, size_t n,
                              size_t ngroups)
{
    return group_chunk_f32(sc, ec, cc, v, keys, n, ngroups);
}
int KSIMD_FN(group_chunk_f64)(double *sc, double *ec, int64_t *cc, const double *v, const int32_t *keys, size_t n,
                              size_t ngroups)
{
    return group_chunk_f64(sc, ec, cc, v, keys, n, ngroups);
}
void KSIMD_FN(group_fold_f32)(double *S, double *E, const double *sc, const double *ec, size_t ngroups)
{
    group_fold_f32(S, E, sc, ec, ngroups);
}
void KSIMD_FN(group_fold_f64)(double *S, double *E, const double *sc, const double *ec, size_t ngroups)
{
    group_fold_f64(S, E, sc, ec, ngroups);
}
void KSIMD_FN(group_result_f32)(float *sums, const double *S, const double *E, size_t ngroups)
{
    group_result_f32(sums, S, E, ngroups);
}
void KSIMD_FN(group_result_f64)(double *sums, const double *S, const double *E, size_t ngroups)
{
    group_result_f64(sums, S, E, ngroups);
}
