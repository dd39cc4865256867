/* The `compiler` column for the transcendental family: the C library's
 * exp, log, ... in a plain loop, built like the other compiler columns
 * (-O3 -fno-math-errno, target_clones). Without -ffast-math glibc offers
 * no vector variants to the compiler, so these stay one call per element:
 * what a user of <math.h> gets. glibc's functions are correctly rounded or
 * nearly so and ksimd's within 1 ULP, so kbench checks this column within
 * a few ULP rather than bit for bit. */
#include <math.h>

#include "compiler.h"

#include "clones.h"

KB_CLONES void kbcc_exp_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = expf(a[i]);
}
KB_CLONES void kbcc_exp_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = exp(a[i]);
}
KB_CLONES void kbcc_log_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = logf(a[i]);
}
KB_CLONES void kbcc_log_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = log(a[i]);
}
KB_CLONES void kbcc_sin_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = sinf(a[i]);
}
KB_CLONES void kbcc_sin_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = sin(a[i]);
}
KB_CLONES void kbcc_cos_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = cosf(a[i]);
}
KB_CLONES void kbcc_cos_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = cos(a[i]);
}
KB_CLONES void kbcc_tanh_f32(float *d, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = tanhf(a[i]);
}
KB_CLONES void kbcc_tanh_f64(double *d, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = tanh(a[i]);
}
KB_CLONES void kbcc_pow_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = powf(a[i], b[i]);
}
KB_CLONES void kbcc_pow_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = pow(a[i], b[i]);
}
