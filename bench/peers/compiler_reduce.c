/* The `compiler` column for the reduction family: the loops a user writes
 * instead of calling ksimd. This file is built twice: as itself, with the
 * compiler column's flags (kbcc_ names), and through
 * compiler_reduce_fastmath.c with -O3 -ffast-math (kbfm_ names), so both
 * columns time the same source.
 *
 * The loops are the natural ones: a float sum in index order (which -O3
 * may not vectorize: reordering it would change the result), min/max that
 * let a NaN through (`x < m || x != x`), argmin/argmax that stop at the
 * first NaN (NumPy's rule) and keep the first index of the extreme, and
 * group sums as `sums[k] += v; counts[k]++`. -ffast-math assumes there is
 * no NaN, so the NaN tests vanish there. kbench checks these loops on
 * finite inputs, the float sums within a tolerance (another order of
 * additions), everything else bit for bit. */
#include "compiler.h"

#ifndef KBCC_PREFIX
#define KBCC_PREFIX kbcc_
#endif
#define KBCC_GLUE(p, name) p##name
#define KBCC_EXPAND(p, name) KBCC_GLUE(p, name)
#define KBCC(name) KBCC_EXPAND(KBCC_PREFIX, name) /* kbcc_sum_f32 or kbfm_sum_f32 */

#include "clones.h"

/* ---- sums and dots ---- */
KB_CLONES void KBCC(sum_f32)(const float *a, size_t n, float *out)
{
    float s = 0;
    for (size_t i = 0; i < n; i++) s += a[i];
    *out = s;
}
KB_CLONES void KBCC(sum_f64)(const double *a, size_t n, double *out)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += a[i];
    *out = s;
}
/* Integer sums wrap in int64, as ksimd's: unsigned arithmetic. */
KB_CLONES void KBCC(sum_i32)(const int32_t *a, size_t n, int64_t *out)
{
    uint64_t s = 0;
    for (size_t i = 0; i < n; i++) s += (uint64_t)(int64_t)a[i];
    *out = (int64_t)s;
}
KB_CLONES void KBCC(sum_i64)(const int64_t *a, size_t n, int64_t *out)
{
    uint64_t s = 0;
    for (size_t i = 0; i < n; i++) s += (uint64_t)a[i];
    *out = (int64_t)s;
}
KB_CLONES void KBCC(dot_f32)(const float *a, const float *b, size_t n, float *out)
{
    float s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    *out = s;
}
KB_CLONES void KBCC(dot_f64)(const double *a, const double *b, size_t n, double *out)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    *out = s;
}

/* ---- min and max: nothing is written for n == 0 (ksimd: KSIMD_ERR_EMPTY) ---- */
KB_CLONES void KBCC(min_f32)(const float *a, size_t n, float *out)
{
    if (n == 0) return;
    float m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m || a[i] != a[i] ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(min_f64)(const double *a, size_t n, double *out)
{
    if (n == 0) return;
    double m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m || a[i] != a[i] ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(min_i32)(const int32_t *a, size_t n, int32_t *out)
{
    if (n == 0) return;
    int32_t m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(min_i64)(const int64_t *a, size_t n, int64_t *out)
{
    if (n == 0) return;
    int64_t m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(max_f32)(const float *a, size_t n, float *out)
{
    if (n == 0) return;
    float m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m || a[i] != a[i] ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(max_f64)(const double *a, size_t n, double *out)
{
    if (n == 0) return;
    double m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m || a[i] != a[i] ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(max_i32)(const int32_t *a, size_t n, int32_t *out)
{
    if (n == 0) return;
    int32_t m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m ? a[i] : m;
    *out = m;
}
KB_CLONES void KBCC(max_i64)(const int64_t *a, size_t n, int64_t *out)
{
    if (n == 0) return;
    int64_t m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m ? a[i] : m;
    *out = m;
}

/* ---- argmin and argmax: the first index of the extreme, or of the first NaN ---- */
KB_CLONES void KBCC(argmin_f32)(const float *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] != a[i]) {
            at = i;
            break;
        }
        if (a[i] < a[at]) at = i;
    }
    if (n) *out = at;
}
KB_CLONES void KBCC(argmin_f64)(const double *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] != a[i]) {
            at = i;
            break;
        }
        if (a[i] < a[at]) at = i;
    }
    if (n) *out = at;
}
KB_CLONES void KBCC(argmin_i32)(const int32_t *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] < a[at]) at = i;
    if (n) *out = at;
}
KB_CLONES void KBCC(argmin_i64)(const int64_t *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] < a[at]) at = i;
    if (n) *out = at;
}
KB_CLONES void KBCC(argmax_f32)(const float *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] != a[i]) {
            at = i;
            break;
        }
        if (a[i] > a[at]) at = i;
    }
    if (n) *out = at;
}
KB_CLONES void KBCC(argmax_f64)(const double *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] != a[i]) {
            at = i;
            break;
        }
        if (a[i] > a[at]) at = i;
    }
    if (n) *out = at;
}
KB_CLONES void KBCC(argmax_i32)(const int32_t *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] > a[at]) at = i;
    if (n) *out = at;
}
KB_CLONES void KBCC(argmax_i64)(const int64_t *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] > a[at]) at = i;
    if (n) *out = at;
}

/* ---- group sums: keys are in range (kbench's inputs); counts may be NULL ---- */
KB_CLONES void KBCC(group_sum_f32)(float *sums, int64_t *counts, const float *v, const int32_t *k, size_t n,
                                   size_t g)
{
    for (size_t j = 0; j < g; j++) sums[j] = 0;
    if (counts)
        for (size_t j = 0; j < g; j++) counts[j] = 0;
    for (size_t i = 0; i < n; i++) {
        sums[k[i]] += v[i];
        if (counts) counts[k[i]]++;
    }
}
KB_CLONES void KBCC(group_sum_f64)(double *sums, int64_t *counts, const double *v, const int32_t *k, size_t n,
                                   size_t g)
{
    for (size_t j = 0; j < g; j++) sums[j] = 0;
    if (counts)
        for (size_t j = 0; j < g; j++) counts[j] = 0;
    for (size_t i = 0; i < n; i++) {
        sums[k[i]] += v[i];
        if (counts) counts[k[i]]++;
    }
}
KB_CLONES void KBCC(group_sum_i64)(int64_t *sums, int64_t *counts, const int64_t *v, const int32_t *k,
                                   size_t n, size_t g)
{
    for (size_t j = 0; j < g; j++) sums[j] = 0;
    if (counts)
        for (size_t j = 0; j < g; j++) counts[j] = 0;
    for (size_t i = 0; i < n; i++) {
        sums[k[i]] = (int64_t)((uint64_t)sums[k[i]] + (uint64_t)v[i]);
        if (counts) counts[k[i]]++;
    }
}
