/* The transcendental vocabulary ops of this table: SLEEF's deterministic
 * functions plus the fix-ups the contract needs (math.c says why), and a
 * tanh of our own (tanh.h). Shared by
 * the math kernels (math.c) and expressions (expr.c), so that both give the
 * same bits. */
#ifndef KSIMD_MATH_OPS_H
#define KSIMD_MATH_OPS_H

#include <float.h>
#include <math.h> /* before sleef.h, which defines FP_FAST_FMA differently */

#include <sleef.h>

#include "simd/simd.h"

#include "kernels.h"
#include "math_fixup.h"
#include "tanh.h"
#include "via_f64.h"

/* The cinz function of this table's width, named by its vocabulary header
 * (KSIMD_SLEEF_F64/F32 there). */
static inline vf64 sl_exp_f64(vf64 x) { return KSIMD_SLEEF_F64(exp)(x); }
static inline vf64 sl_log_f64(vf64 x) { return KSIMD_SLEEF_F64(log)(x); }
static inline vf64 sl_sin_f64(vf64 x) { return KSIMD_SLEEF_F64(sin)(x); }
static inline vf64 sl_cos_f64(vf64 x) { return KSIMD_SLEEF_F64(cos)(x); }
static inline vf64 sl_pow_f64(vf64 x, vf64 y) { return KSIMD_SLEEF_F64(pow)(x, y); }
static inline vf32 sl_exp_f32(vf32 x) { return KSIMD_SLEEF_F32(exp)(x); }
static inline vf32 sl_log_f32(vf32 x) { return KSIMD_SLEEF_F32(log)(x); }
static inline vf32 sl_sin_f32(vf32 x) { return KSIMD_SLEEF_F32(sin)(x); }
static inline vf32 sl_cos_f32(vf32 x) { return KSIMD_SLEEF_F32(cos)(x); }

/* ---- the vocabulary ops: SLEEF plus the fix-ups the contract needs ---- */

static inline vf64 v_log_f64(vf64 x) { return sl_log_f64(x); }
static inline vf64 v_sin_f64(vf64 x) { return sl_sin_f64(x); }
static inline vf64 v_cos_f64(vf64 x) { return sl_cos_f64(x); }
static inline vf32 v_exp_f32(vf32 x) { return sl_exp_f32(x); }
static inline vf32 v_log_f32(vf32 x) { return sl_log_f32(x); }
static inline vf32 v_sin_f32(vf32 x) { return sl_sin_f32(x); }
static inline vf32 v_cos_f32(vf32 x) { return sl_cos_f32(x); }

/* exp and pow near DBL_MAX (math_fixup.h): a rare branch to scalar code,
 * lane by lane through memory, kept out of line so the loop stays small. */
static __attribute__((noinline)) vf64 exp_repair_lanes(vf64 x, vf64 r)
{
    double xs[VL_F64], rs[VL_F64];
    v_store_f64(xs, x);
    v_store_f64(rs, r);
    for (int i = 0; i < VL_F64; i++)
        if (xs[i] > KSIMD_EXP_EDGE) rs[i] = ksimd_exp_repair(xs[i]);
    return v_load_f64(rs);
}
static inline vf64 v_exp_f64(vf64 x)
{
    vf64 r = sl_exp_f64(x);
    if (v_mask_any_m64(v_gt_mask_f64(x, v_set1_f64(KSIMD_EXP_EDGE)))) r = exp_repair_lanes(x, r);
    return r;
}

static __attribute__((noinline)) vf64 pow_repair_lanes(vf64 x, vf64 y, vf64 r)
{
    double xs[VL_F64], ys[VL_F64], rs[VL_F64];
    v_store_f64(xs, x);
    v_store_f64(ys, y);
    v_store_f64(rs, r);
    for (int i = 0; i < VL_F64; i++)
        if (isinf(rs[i])) rs[i] = ksimd_pow_repair(xs[i], ys[i], rs[i]);
    return v_load_f64(rs);
}
static inline vf64 v_pow_f64(vf64 x, vf64 y)
{
    vf64 r = sl_pow_f64(x, y);
    if (v_mask_any_m64(v_gt_mask_f64(v_abs_f64(r), v_set1_f64(DBL_MAX)))) r = pow_repair_lanes(x, y, r);
    return r;
}

/* pow_f32 is pow_f64 of the widened values, rounded once more. SLEEF's own
 * f32 pow is not the same on every table: its portable C variant (the
 * scalar table's) and its SIMD ones differ in the last bit for
 * pow(0x1.fffffcp-2f, 0.5f) (found by the expression fuzzer). The double
 * pow is within 1 ULP of double, so the float result is as good as
 * correctly rounded, and special values and flags carry over (overflow and
 * underflow then happen in the final rounding, as for a float operation). */
static inline vf32 v_pow_f32(vf32 x, vf32 y) { return v_via_f64_2(x, y, v_pow_f64); }

#endif
