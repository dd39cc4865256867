/* The transcendental family: exp, log, sin, cos, tanh and pow, written once
 * and compiled once per ISA, with SLEEF 3.5 doing the per-vector math but
 * for tanh, which is our own (tanh.h: faster than SLEEF's, and the same
 * bits on every table too).
 *
 * Reproducibility comes from SLEEF's deterministic "cinz" functions (no FMA,
 * and one algorithm whatever the vector width): every table calls the cinz
 * variant built for its ISA, and the conformance cases (tests/conformance/
 * math.c) check that all of them give the same bits, also against bits
 * recorded on x86 when run on AArch64. Each vocabulary header names its
 * table's variant: KSIMD_SLEEF_F64(exp) is Sleef_cinz_expd4_u10avx in
 * avx2.h, Sleef_cinz_expd1_u10purec in scalar.h (d<lanes> for f64,
 * f<lanes> for f32). A new ISA adds nothing here: its vocabulary header
 * names its variant the same way (the other steps are in simd/simd.h).
 *
 * All are SLEEF's u10 class and already give C99 Annex F's special values
 * (exp(-inf) = +0, log(-0.0) = -inf, pow(x, +-0) = 1 even for a NaN x,
 * pow(1, NaN) = 1, pow(-0.0, -3) = -inf, tanh(-0.0) = -0.0, ...). Measured
 * against MPFR (tests/accuracy), one place needed a fix-up, written once
 * below so every table applies it identically:
 *   - exp_f64 and pow_f64 return +inf for results in the top 1.7e-6 below
 *     DBL_MAX; those lanes are recomputed in scalar code (math_fixup.h).
 * And pow_f32 is pow_f64 rounded to float, since SLEEF's f32 pow is not the
 * same on every table (math_ops.h).
 *
 * Tails go through map_t.h's partial vectors: v_load_n fills the unused
 * lanes with a copy of the tail's first element, and v_store_n never
 * writes those lanes back. The flags are the operation's: SLEEF raises
 * some of its own on special inputs (exp(-inf), sin(1e-300)), so every
 * kernel runs fenced (math_flags_t.h, fpflags.h). */
#include <string.h>

#include "fpflags.h"
#include "map.h"
#include "math_ops.h"

#define KSIMD_SKELETON "math_flags_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

/* ---- unary: dst[i] = f(a[i]) ---- */
void KSIMD_FN(exp_f32)(float *d, const float *a, size_t n) { math1_f32(d, a, n, v_exp_f32); }
void KSIMD_FN(exp_f64)(double *d, const double *a, size_t n) { math1_f64(d, a, n, v_exp_f64); }
void KSIMD_FN(log_f32)(float *d, const float *a, size_t n) { math1_f32(d, a, n, v_log_f32); }
void KSIMD_FN(log_f64)(double *d, const double *a, size_t n) { math1_f64(d, a, n, v_log_f64); }
void KSIMD_FN(sin_f32)(float *d, const float *a, size_t n) { math1_f32(d, a, n, v_sin_f32); }
void KSIMD_FN(sin_f64)(double *d, const double *a, size_t n) { math1_f64(d, a, n, v_sin_f64); }
void KSIMD_FN(cos_f32)(float *d, const float *a, size_t n) { math1_f32(d, a, n, v_cos_f32); }
void KSIMD_FN(cos_f64)(double *d, const double *a, size_t n) { math1_f64(d, a, n, v_cos_f64); }
void KSIMD_FN(tanh_f32)(float *d, const float *a, size_t n) { math1_f32(d, a, n, v_tanh_f32); }
void KSIMD_FN(tanh_f64)(double *d, const double *a, size_t n) { math1_f64(d, a, n, v_tanh_f64); }

/* ---- binary: dst[i] = pow(a[i], b[i]) ---- */
void KSIMD_FN(pow_f32)(float *d, const float *a, const float *b, size_t n) { math2_f32(d, a, b, n, v_pow_f32); }
void KSIMD_FN(pow_f64)(double *d, const double *a, const double *b, size_t n) { math2_f64(d, a, b, n, v_pow_f64); }
