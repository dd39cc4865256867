/* The `compiler` and `sleef-fma` peer loops of the transcendental family:
 * the ksimd function's arguments, returning void. */
#ifndef KBENCH_PEER_COMPILER_MATH_H
#define KBENCH_PEER_COMPILER_MATH_H

#include <stddef.h>

/* compiler_math.c: libm in a plain loop */
void kbcc_exp_f32(float *d, const float *a, size_t n);
void kbcc_exp_f64(double *d, const double *a, size_t n);
void kbcc_log_f32(float *d, const float *a, size_t n);
void kbcc_log_f64(double *d, const double *a, size_t n);
void kbcc_sin_f32(float *d, const float *a, size_t n);
void kbcc_sin_f64(double *d, const double *a, size_t n);
void kbcc_cos_f32(float *d, const float *a, size_t n);
void kbcc_cos_f64(double *d, const double *a, size_t n);
void kbcc_tanh_f32(float *d, const float *a, size_t n);
void kbcc_tanh_f64(double *d, const double *a, size_t n);
void kbcc_pow_f32(float *d, const float *a, const float *b, size_t n);
void kbcc_pow_f64(double *d, const double *a, const double *b, size_t n);
/* sleef_fma.c: SLEEF's FMA AVX2 functions (x86-64 builds with SLEEF);
 * callable only when kbsl_usable() says the CPU has AVX2 and FMA */
void kbsl_exp_f32(float *d, const float *a, size_t n);
void kbsl_exp_f64(double *d, const double *a, size_t n);
void kbsl_log_f32(float *d, const float *a, size_t n);
void kbsl_log_f64(double *d, const double *a, size_t n);
void kbsl_sin_f32(float *d, const float *a, size_t n);
void kbsl_sin_f64(double *d, const double *a, size_t n);
void kbsl_cos_f32(float *d, const float *a, size_t n);
void kbsl_cos_f64(double *d, const double *a, size_t n);
void kbsl_tanh_f32(float *d, const float *a, size_t n);
void kbsl_tanh_f64(double *d, const double *a, size_t n);
void kbsl_pow_f32(float *d, const float *a, const float *b, size_t n);
void kbsl_pow_f64(double *d, const double *a, const double *b, size_t n);
int kbsl_usable(void);

#endif
