/* The masked-conditional family, written once and compiled once per ISA:
 * compares to byte masks, where, clip, compress, isnan, mask logic and
 * counting. Each kernel is a skeleton from masked.h / masked_t.h (or map_t.h
 * for clip) applied to vocabulary ops; the public entry points
 * (dispatch/api_masked.c) have already validated the arguments. */
#include <math.h>

#include "fpflags.h"
#include "masked.h"

/* ---- cmp: mask[i] = a[i] op b[i]; cmp_scalar: mask[i] = a[i] op s ---- */
/* Float compares and clip are quiet: a NaN raises nothing (fpflags.h). */
/* clang-format off */
void KSIMD_FN(cmp_f32)(uint8_t *m, const float *a, const float *b, ksimd_cmp op, size_t n)
{
    KSIMD_FE_QUIET(cmp_op_f32(m, a, b, op, n));
}
void KSIMD_FN(cmp_f64)(uint8_t *m, const double *a, const double *b, ksimd_cmp op, size_t n)
{
    KSIMD_FE_QUIET(cmp_op_f64(m, a, b, op, n));
}
void KSIMD_FN(cmp_i32)(uint8_t *m, const int32_t *a, const int32_t *b, ksimd_cmp op, size_t n) { cmp_op_i32(m, a, b, op, n); }
void KSIMD_FN(cmp_i64)(uint8_t *m, const int64_t *a, const int64_t *b, ksimd_cmp op, size_t n) { cmp_op_i64(m, a, b, op, n); }
void KSIMD_FN(cmp_scalar_f32)(uint8_t *m, const float *a, float s, ksimd_cmp op, size_t n)
{
    KSIMD_FE_QUIET(cmp_scalar_op_f32(m, a, s, op, n));
}
void KSIMD_FN(cmp_scalar_f64)(uint8_t *m, const double *a, double s, ksimd_cmp op, size_t n)
{
    KSIMD_FE_QUIET(cmp_scalar_op_f64(m, a, s, op, n));
}
void KSIMD_FN(cmp_scalar_i32)(uint8_t *m, const int32_t *a, int32_t s, ksimd_cmp op, size_t n) { cmp_scalar_op_i32(m, a, s, op, n); }
void KSIMD_FN(cmp_scalar_i64)(uint8_t *m, const int64_t *a, int64_t s, ksimd_cmp op, size_t n) { cmp_scalar_op_i64(m, a, s, op, n); }
/* clang-format on */

/* ---- where: dst[i] = mask[i] ? a[i] : b[i] ---- */
/* clang-format off */
void KSIMD_FN(where_f32)(float *d, const uint8_t *m, const float *a, const float *b, size_t n) { where_loop_f32(d, m, a, b, n); }
void KSIMD_FN(where_f64)(double *d, const uint8_t *m, const double *a, const double *b, size_t n) { where_loop_f64(d, m, a, b, n); }
void KSIMD_FN(where_i32)(int32_t *d, const uint8_t *m, const int32_t *a, const int32_t *b, size_t n) { where_loop_i32(d, m, a, b, n); }
void KSIMD_FN(where_i64)(int64_t *d, const uint8_t *m, const int64_t *a, const int64_t *b, size_t n) { where_loop_i64(d, m, a, b, n); }
/* clang-format on */

/* ---- clip: a < lo ? lo : a > hi ? hi : a (lo <= hi checked by the entry
 * point). Floats use the vocabulary's v_clip, which keeps NaN and keeps an a
 * equal to a bound; integers are plain max-then-min. ---- */
/* clang-format off */
void KSIMD_FN(clip_f32)(float *d, const float *a, float lo, float hi, size_t n)
{
    KSIMD_FE_QUIET(map3ss_f32(d, a, lo, hi, n, v_clip_f32));
}
void KSIMD_FN(clip_f64)(double *d, const double *a, double lo, double hi, size_t n)
{
    KSIMD_FE_QUIET(map3ss_f64(d, a, lo, hi, n, v_clip_f64));
}
void KSIMD_FN(clip_i32)(int32_t *d, const int32_t *a, int32_t lo, int32_t hi, size_t n) { map3ss_i32(d, a, lo, hi, n, v_clip_i32); }
void KSIMD_FN(clip_i64)(int64_t *d, const int64_t *a, int64_t lo, int64_t hi, size_t n) { map3ss_i64(d, a, lo, hi, n, v_clip_i64); }
/* clang-format on */

/* ---- compress: the a[i] with mask[i] true, in order; returns the count ---- */
/* clang-format off */
size_t KSIMD_FN(compress_f32)(float *d, const float *a, const uint8_t *m, size_t n) { return compress_loop_f32(d, a, m, n); }
size_t KSIMD_FN(compress_f64)(double *d, const double *a, const uint8_t *m, size_t n) { return compress_loop_f64(d, a, m, n); }
size_t KSIMD_FN(compress_i32)(int32_t *d, const int32_t *a, const uint8_t *m, size_t n) { return compress_loop_i32(d, a, m, n); }
size_t KSIMD_FN(compress_i64)(int64_t *d, const int64_t *a, const uint8_t *m, size_t n) { return compress_loop_i64(d, a, m, n); }
/* clang-format on */

/* ---- isnan: a value is NaN exactly when it is unordered with itself,
 * whatever its sign and payload (quiet or signalling) ---- */
void KSIMD_FN(isnan_f32)(uint8_t *m, const float *a, size_t n) { cmp1_f32(m, a, n, v_isnan_mask_f32); }
void KSIMD_FN(isnan_f64)(uint8_t *m, const double *a, size_t n) { cmp1_f64(m, a, n, v_isnan_mask_f64); }

/* ---- isfinite: neither NaN nor +-inf, raising no flag for a quiet NaN,
 * as C's isfinite does not ---- */
void KSIMD_FN(isfinite_f32)(uint8_t *m, const float *a, size_t n) { cmp1_f32(m, a, n, v_finite_mask_f32); }
void KSIMD_FN(isfinite_f64)(uint8_t *m, const double *a, size_t n) { cmp1_f64(m, a, n, v_finite_mask_f64); }

/* ---- mask logic: inputs are true when non-zero, outputs are 0/1 ---- */
static inline vu8 v_mask_and_u8(vu8 a, vu8 b) { return v_and_u8(v_nonzero_u8(a), v_nonzero_u8(b)); }
static inline vu8 v_mask_or_u8(vu8 a, vu8 b) { return v_nonzero_u8(v_or_u8(a, b)); }
static inline vu8 v_mask_xor_u8(vu8 a, vu8 b) { return v_xor_u8(v_nonzero_u8(a), v_nonzero_u8(b)); }
/* clang-format off */
void KSIMD_FN(mask_and)(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n) { mask_map2(d, a, b, n, v_mask_and_u8); }
void KSIMD_FN(mask_or)(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n) { mask_map2(d, a, b, n, v_mask_or_u8); }
void KSIMD_FN(mask_xor)(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n) { mask_map2(d, a, b, n, v_mask_xor_u8); }
void KSIMD_FN(mask_not)(uint8_t *d, const uint8_t *a, size_t n) { mask_map1(d, a, n, v_iszero_u8); }
size_t KSIMD_FN(count_u8)(const uint8_t *m, size_t n) { return mask_count_true(m, n); }
/* clang-format on */
