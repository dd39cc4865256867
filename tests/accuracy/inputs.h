/* Test inputs for the accuracy run of the transcendental functions: each
 * generator mixes a spread over the whole domain with points concentrated
 * where implementations go wrong (0, subnormals, the overflow and underflow
 * edges of exp, values near 1 for log, huge arguments and near multiples of
 * pi/2 for sin and cos, negative bases with integer exponents for pow).
 * Deterministic: the same seed gives the same points everywhere. */
#ifndef KSIMD_ACCURACY_INPUTS_H
#define KSIMD_ACCURACY_INPUTS_H

#include "conformance.h" /* struct ks_rng, ks_rand (splitmix64), the bit casts */

/* One point; y is only set by the pow generators. */
void acc_exp_f64(struct ks_rng *g, double *x, double *y);
void acc_log_f64(struct ks_rng *g, double *x, double *y);
void acc_sincos_f64(struct ks_rng *g, double *x, double *y);
void acc_tanh_f64(struct ks_rng *g, double *x, double *y);
void acc_pow_f64(struct ks_rng *g, double *x, double *y);
void acc_exp_f32(struct ks_rng *g, float *x, float *y);
void acc_log_f32(struct ks_rng *g, float *x, float *y);
void acc_sincos_f32(struct ks_rng *g, float *x, float *y);
void acc_tanh_f32(struct ks_rng *g, float *x, float *y);
void acc_pow_f32(struct ks_rng *g, float *x, float *y);

#endif
