/* The `compiler` column for the elementwise family: the loops a user would
 * write instead of calling ksimd. Built -O3 -ffp-contract=off
 * -fno-math-errno -falign-loops=64 (bench/CMakeLists.txt): the same
 * operations as ksimd, with no contraction and no fast-math, sqrt free of
 * errno as ksimd's is, and loops placed where they run at full speed. On x86-64 each loop is cloned for
 * AVX-512F, AVX2 and the baseline and picked at load time (target_clones), as a user shipping one binary
 * would.
 *
 * Integer loops compute in unsigned types so they wrap like ksimd's (and
 * have no undefined behaviour); float minimum/maximum follow IEEE 754-2019
 * (NaN propagates, -0.0 < +0.0) as a user would spell it; floor division
 * and modulo use C's / and % with Python's floor fix-up; fma calls fma(). */
#include "compiler.h"

#include <math.h>

#include "clones.h"

#if defined(__clang__)
#define KB_CC_VERSION "clang " __clang_version__
#elif defined(__GNUC__)
#define KB_CC_VERSION "gcc " __VERSION__
#else
#define KB_CC_VERSION "cc"
#endif
const char kbcc_description[] =
    "plain C loops, " KB_CC_VERSION " -O3 -ffp-contract=off -fno-math-errno -falign-loops=64" KB_CLONES_TEXT;

/* ---- binary ---- */
KB_CLONES void kbcc_add_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + b[i];
}
KB_CLONES void kbcc_add_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + b[i];
}
KB_CLONES void kbcc_add_i32(int32_t *d, const int32_t *a, const int32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] + (uint32_t)b[i]);
}
KB_CLONES void kbcc_add_i64(int64_t *d, const int64_t *a, const int64_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] + (uint64_t)b[i]);
}
KB_CLONES void kbcc_sub_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - b[i];
}
KB_CLONES void kbcc_sub_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - b[i];
}
KB_CLONES void kbcc_sub_i32(int32_t *d, const int32_t *a, const int32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] - (uint32_t)b[i]);
}
KB_CLONES void kbcc_sub_i64(int64_t *d, const int64_t *a, const int64_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] - (uint64_t)b[i]);
}
KB_CLONES void kbcc_mul_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * b[i];
}
KB_CLONES void kbcc_mul_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * b[i];
}
KB_CLONES void kbcc_mul_i32(int32_t *d, const int32_t *a, const int32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] * (uint32_t)b[i]);
}
KB_CLONES void kbcc_mul_i64(int64_t *d, const int64_t *a, const int64_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] * (uint64_t)b[i]);
}
KB_CLONES void kbcc_div_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / b[i];
}
KB_CLONES void kbcc_div_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / b[i];
}

/* IEEE 754-2019 minimum/maximum: any NaN gives a NaN; among equal values
 * (+0.0 and -0.0) minimum takes the negative one, maximum the positive. */
static inline float min_f32(float x, float y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}
static inline double min_f64(double x, double y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}
static inline float max_f32(float x, float y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}
static inline double max_f64(double x, double y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}
KB_CLONES void kbcc_minimum_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = min_f32(a[i], b[i]);
}
KB_CLONES void kbcc_minimum_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = min_f64(a[i], b[i]);
}
KB_CLONES void kbcc_minimum_i32(int32_t *d, const int32_t *a, const int32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < b[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_minimum_i64(int64_t *d, const int64_t *a, const int64_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < b[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_maximum_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = max_f32(a[i], b[i]);
}
KB_CLONES void kbcc_maximum_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = max_f64(a[i], b[i]);
}
KB_CLONES void kbcc_maximum_i32(int32_t *d, const int32_t *a, const int32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] > b[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_maximum_i64(int64_t *d, const int64_t *a, const int64_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] > b[i] ? a[i] : b[i];
}

/* ---- with a scalar ---- */
KB_CLONES void kbcc_add_scalar_f32(float *d, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + s;
}
KB_CLONES void kbcc_add_scalar_f64(double *d, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + s;
}
KB_CLONES void kbcc_add_scalar_i32(int32_t *d, const int32_t *a, int32_t s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] + (uint32_t)s);
}
KB_CLONES void kbcc_add_scalar_i64(int64_t *d, const int64_t *a, int64_t s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] + (uint64_t)s);
}
KB_CLONES void kbcc_sub_scalar_f32(float *d, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - s;
}
KB_CLONES void kbcc_sub_scalar_f64(double *d, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - s;
}
KB_CLONES void kbcc_sub_scalar_i32(int32_t *d, const int32_t *a, int32_t s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] - (uint32_t)s);
}
KB_CLONES void kbcc_sub_scalar_i64(int64_t *d, const int64_t *a, int64_t s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] - (uint64_t)s);
}
KB_CLONES void kbcc_mul_scalar_f32(float *d, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * s;
}
KB_CLONES void kbcc_mul_scalar_f64(double *d, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * s;
}
KB_CLONES void kbcc_mul_scalar_i32(int32_t *d, const int32_t *a, int32_t s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] * (uint32_t)s);
}
KB_CLONES void kbcc_mul_scalar_i64(int64_t *d, const int64_t *a, int64_t s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] * (uint64_t)s);
}
KB_CLONES void kbcc_div_scalar_f32(float *d, const float *a, float s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / s;
}
KB_CLONES void kbcc_div_scalar_f64(double *d, const double *a, double s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / s;
}

/* Python floor division: C truncates, so step down by one when the
 * remainder is non-zero and its sign differs from the divisor's. d == -1
 * is handled first: C's INT_MIN / -1 traps, ksimd wraps to INT_MIN. */
KB_CLONES void kbcc_floordiv_scalar_i32(int32_t *dst, const int32_t *a, int32_t d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = (int32_t)(0u - (uint32_t)a[i]);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int32_t q = a[i] / d, r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? q - 1 : q;
    }
}
KB_CLONES void kbcc_floordiv_scalar_i64(int64_t *dst, const int64_t *a, int64_t d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = (int64_t)(0u - (uint64_t)a[i]);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int64_t q = a[i] / d, r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? q - 1 : q;
    }
}
/* Python modulo: the result has the sign of d. */
KB_CLONES void kbcc_mod_scalar_i32(int32_t *dst, const int32_t *a, int32_t d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int32_t r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? r + d : r;
    }
}
KB_CLONES void kbcc_mod_scalar_i64(int64_t *dst, const int64_t *a, int64_t d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int64_t r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? r + d : r;
    }
}

/* ---- axpb (a*x + b, two roundings: no contraction) and fma ---- */
KB_CLONES void kbcc_axpb_f32(float *d, const float *x, float a, float b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a * x[i] + b;
}
KB_CLONES void kbcc_axpb_f64(double *d, const double *x, double a, double b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a * x[i] + b;
}
KB_CLONES void kbcc_axpb_i32(int32_t *d, const int32_t *x, int32_t a, int32_t b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a * (uint32_t)x[i] + (uint32_t)b);
}
KB_CLONES void kbcc_axpb_i64(int64_t *d, const int64_t *x, int64_t a, int64_t b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a * (uint64_t)x[i] + (uint64_t)b);
}
KB_CLONES void kbcc_fma_f32(float *d, const float *a, const float *b, const float *c, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = fmaf(a[i], b[i], c[i]);
}
KB_CLONES void kbcc_fma_f64(double *d, const double *a, const double *b, const double *c, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = fma(a[i], b[i], c[i]);
}

/* ---- unary ---- */
KB_CLONES void kbcc_neg_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = -a[i];
}
KB_CLONES void kbcc_neg_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = -a[i];
}
KB_CLONES void kbcc_neg_i32(int32_t *d, const int32_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)(0u - (uint32_t)a[i]);
}
KB_CLONES void kbcc_neg_i64(int64_t *d, const int64_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)(0u - (uint64_t)a[i]);
}
KB_CLONES void kbcc_abs_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = fabsf(a[i]);
}
KB_CLONES void kbcc_abs_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = fabs(a[i]);
}
KB_CLONES void kbcc_abs_i32(int32_t *d, const int32_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < 0 ? (int32_t)(0u - (uint32_t)a[i]) : a[i];
}
KB_CLONES void kbcc_abs_i64(int64_t *d, const int64_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < 0 ? (int64_t)(0u - (uint64_t)a[i]) : a[i];
}
KB_CLONES void kbcc_square_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * a[i];
}
KB_CLONES void kbcc_square_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * a[i];
}
KB_CLONES void kbcc_square_i32(int32_t *d, const int32_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int32_t)((uint32_t)a[i] * (uint32_t)a[i]);
}
KB_CLONES void kbcc_square_i64(int64_t *d, const int64_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (int64_t)((uint64_t)a[i] * (uint64_t)a[i]);
}
KB_CLONES void kbcc_sqrt_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = sqrtf(a[i]);
}
KB_CLONES void kbcc_sqrt_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = sqrt(a[i]);
}
KB_CLONES void kbcc_floor_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = floorf(a[i]);
}
KB_CLONES void kbcc_floor_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = floor(a[i]);
}
KB_CLONES void kbcc_ceil_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = ceilf(a[i]);
}
KB_CLONES void kbcc_ceil_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = ceil(a[i]);
}
/* rint rounds in the current mode: half to even by default, as ksimd. */
KB_CLONES void kbcc_rint_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = rintf(a[i]);
}
KB_CLONES void kbcc_rint_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = rint(a[i]);
}
