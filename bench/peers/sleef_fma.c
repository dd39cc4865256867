/* The `sleef-fma` column: the transcendental loops calling SLEEF's fastest
 * AVX2 functions (Sleef_finz_*_u10avx2: FMA, the same 1.0-ULP class as
 * ksimd's), i.e. what a program that calls SLEEF directly on an AVX2 CPU
 * gets. ksimd calls SLEEF's deterministic cinz functions without FMA
 * instead, so that every table gives the same bits; this column shows what
 * that costs. Built with -mavx2 -mfma and no target_clones, so kbench calls
 * these only when kbsl_usable() (peers.c, baseline flags) has seen AVX2 and
 * FMA. Tails go through a padded stack vector. */
#include <immintrin.h>
#include <string.h>

#include <sleef.h>

#include "compiler.h"

typedef __m256d vec_f64_fn(__m256d);
typedef __m256 vec_f32_fn(__m256);

/* Inlined into each caller, where fn is a constant: a direct call. */
static inline void map_f64(double *d, const double *a, size_t n, vec_f64_fn *fn)
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4) _mm256_storeu_pd(d + i, fn(_mm256_loadu_pd(a + i)));
    if (i == n) return;
    double t[4] = {1, 1, 1, 1};
    memcpy(t, a + i, (n - i) * sizeof *t);
    _mm256_storeu_pd(t, fn(_mm256_loadu_pd(t)));
    memcpy(d + i, t, (n - i) * sizeof *t);
}

static inline void map_f32(float *d, const float *a, size_t n, vec_f32_fn *fn)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm256_storeu_ps(d + i, fn(_mm256_loadu_ps(a + i)));
    if (i == n) return;
    float t[8] = {1, 1, 1, 1, 1, 1, 1, 1};
    memcpy(t, a + i, (n - i) * sizeof *t);
    _mm256_storeu_ps(t, fn(_mm256_loadu_ps(t)));
    memcpy(d + i, t, (n - i) * sizeof *t);
}

void kbsl_exp_f64(double *d, const double *a, size_t n) { map_f64(d, a, n, Sleef_finz_expd4_u10avx2); }
void kbsl_exp_f32(float *d, const float *a, size_t n) { map_f32(d, a, n, Sleef_finz_expf8_u10avx2); }
void kbsl_log_f64(double *d, const double *a, size_t n) { map_f64(d, a, n, Sleef_finz_logd4_u10avx2); }
void kbsl_log_f32(float *d, const float *a, size_t n) { map_f32(d, a, n, Sleef_finz_logf8_u10avx2); }
void kbsl_sin_f64(double *d, const double *a, size_t n) { map_f64(d, a, n, Sleef_finz_sind4_u10avx2); }
void kbsl_sin_f32(float *d, const float *a, size_t n) { map_f32(d, a, n, Sleef_finz_sinf8_u10avx2); }
void kbsl_cos_f64(double *d, const double *a, size_t n) { map_f64(d, a, n, Sleef_finz_cosd4_u10avx2); }
void kbsl_cos_f32(float *d, const float *a, size_t n) { map_f32(d, a, n, Sleef_finz_cosf8_u10avx2); }
void kbsl_tanh_f64(double *d, const double *a, size_t n) { map_f64(d, a, n, Sleef_finz_tanhd4_u10avx2); }
void kbsl_tanh_f32(float *d, const float *a, size_t n) { map_f32(d, a, n, Sleef_finz_tanhf8_u10avx2); }

void kbsl_pow_f64(double *d, const double *a, const double *b, size_t n)
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(d + i, Sleef_finz_powd4_u10avx2(_mm256_loadu_pd(a + i), _mm256_loadu_pd(b + i)));
    if (i == n) return;
    double x[4] = {1, 1, 1, 1}, y[4] = {1, 1, 1, 1};
    memcpy(x, a + i, (n - i) * sizeof *x);
    memcpy(y, b + i, (n - i) * sizeof *y);
    _mm256_storeu_pd(x, Sleef_finz_powd4_u10avx2(_mm256_loadu_pd(x), _mm256_loadu_pd(y)));
    memcpy(d + i, x, (n - i) * sizeof *x);
}

void kbsl_pow_f32(float *d, const float *a, const float *b, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(d + i, Sleef_finz_powf8_u10avx2(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i)));
    if (i == n) return;
    float x[8] = {1, 1, 1, 1, 1, 1, 1, 1}, y[8] = {1, 1, 1, 1, 1, 1, 1, 1};
    memcpy(x, a + i, (n - i) * sizeof *x);
    memcpy(y, b + i, (n - i) * sizeof *y);
    _mm256_storeu_ps(x, Sleef_finz_powf8_u10avx2(_mm256_loadu_ps(x), _mm256_loadu_ps(y)));
    memcpy(d + i, x, (n - i) * sizeof *x);
}
