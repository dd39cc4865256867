/* Scalar vocabulary: one "lane" of plain C. The written-once kernels compile
 * to ordinary scalar loops; the compiler may still auto-vectorize them with
 * baseline instructions, which never changes a result. */
#ifndef KSIMD_SIMD_SCALAR_H
#define KSIMD_SIMD_SCALAR_H
#if !defined(KSIMD_TARGET_SCALAR)
#error "scalar.h belongs to the scalar table only"
#endif

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* One line an op, so that the headers diff like a table: */
/* clang-format off */
/* ---- types and lane counts ---- */
/* One lane: a lane mask is 0 or 1, a byte mask is one byte. */
typedef float vf32;
typedef double vf64;
typedef int32_t vi32;
typedef int64_t vi64;
typedef int vm32;
typedef int vm64;
typedef uint8_t vu8;
#define VL_F32 1
#define VL_F64 1
#define VL_I32 1
#define VL_I64 1
#define VL_U8 1

/* ---- SLEEF names ---- */
/* SLEEF's deterministic u10 functions ("cinz") of this width, for
 * kernels/math.c: KSIMD_SLEEF_F64(exp) is exp over a vf64. */
#define KSIMD_SLEEF_F64(fn) Sleef_cinz_##fn##d1_u10purec
#define KSIMD_SLEEF_F32(fn) Sleef_cinz_##fn##f1_u10purec

/* ---- load and store: whole vectors, the first n lanes, streaming ---- */
static inline vf32 v_load_f32(const float *p) { return *p; }
static inline vf64 v_load_f64(const double *p) { return *p; }
static inline vi32 v_load_i32(const int32_t *p) { return *p; }
static inline vi64 v_load_i64(const int64_t *p) { return *p; }
static inline void v_store_f32(float *p, vf32 v) { *p = v; }
static inline void v_store_f64(double *p, vf64 v) { *p = v; }
static inline void v_store_i32(int32_t *p, vi32 v) { *p = v; }
static inline void v_store_i64(int64_t *p, vi64 v) { *p = v; }
/* Tails never happen with one lane; these exist so kernels compile. */
static inline vf32 v_load_n_f32(const float *p, size_t n, float fill) { return n ? *p : fill; }
static inline vf64 v_load_n_f64(const double *p, size_t n, double fill) { return n ? *p : fill; }
static inline vi32 v_load_n_i32(const int32_t *p, size_t n, int32_t fill) { return n ? *p : fill; }
static inline vi64 v_load_n_i64(const int64_t *p, size_t n, int64_t fill) { return n ? *p : fill; }
static inline void v_store_n_f32(float *p, vf32 v, size_t n) { if (n) *p = v; }
static inline void v_store_n_f64(double *p, vf64 v, size_t n) { if (n) *p = v; }
static inline void v_store_n_i32(int32_t *p, vi32 v, size_t n) { if (n) *p = v; }
static inline void v_store_n_i64(int64_t *p, vi64 v, size_t n) { if (n) *p = v; }
/* One lane: no array is shorter than a vector. */
#define KSIMD_MASKED_LOAD 0
/* No streaming stores in plain C; KSIMD_STREAM_ALIGN 0 turns the path off. */
#define KSIMD_STREAM_ALIGN 0
#define KSIMD_PREFETCH_OUT 0 /* plain C: leave it to the compiler */
static inline void v_stream_f32(float *p, vf32 v) { *p = v; }
static inline void v_stream_f64(double *p, vf64 v) { *p = v; }
static inline void v_stream_i32(int32_t *p, vi32 v) { *p = v; }
static inline void v_stream_i64(int64_t *p, vi64 v) { *p = v; }
static inline void v_stream_fence(void) {}

/* ---- set ---- */
static inline vf32 v_set1_f32(float x) { return x; }
static inline vf64 v_set1_f64(double x) { return x; }
static inline vi32 v_set1_i32(int32_t x) { return x; }
static inline vi64 v_set1_i64(int64_t x) { return x; }

/* ---- float arithmetic ---- */
static inline vf32 v_add_f32(vf32 a, vf32 b) { return a + b; }
static inline vf64 v_add_f64(vf64 a, vf64 b) { return a + b; }
static inline vf32 v_sub_f32(vf32 a, vf32 b) { return a - b; }
static inline vf64 v_sub_f64(vf64 a, vf64 b) { return a - b; }
static inline vf32 v_mul_f32(vf32 a, vf32 b) { return a * b; }
static inline vf64 v_mul_f64(vf64 a, vf64 b) { return a * b; }
static inline vf32 v_div_f32(vf32 a, vf32 b) { return a / b; }
static inline vf64 v_div_f64(vf64 a, vf64 b) { return a / b; }
static inline vf32 v_neg_f32(vf32 a) { return -a; }
static inline vf64 v_neg_f64(vf64 a) { return -a; }
static inline vf32 v_abs_f32(vf32 a) { return fabsf(a); }
static inline vf64 v_abs_f64(vf64 a) { return fabs(a); }
static inline vf32 v_sqrt_f32(vf32 a) { return sqrtf(a); }
static inline vf64 v_sqrt_f64(vf64 a) { return sqrt(a); }
static inline vf32 v_floor_f32(vf32 a) { return floorf(a); }
static inline vf64 v_floor_f64(vf64 a) { return floor(a); }
static inline vf32 v_ceil_f32(vf32 a) { return ceilf(a); }
static inline vf64 v_ceil_f64(vf64 a) { return ceil(a); }
/* The default rounding mode is ties-to-even, which is what rint promises. */
static inline vf32 v_rint_f32(vf32 a) { return nearbyintf(a); }
static inline vf64 v_rint_f64(vf64 a) { return nearbyint(a); }
/* libm's fma rounds once even on CPUs without an FMA unit. */
static inline vf32 v_fma_f32(vf32 a, vf32 b, vf32 c) { return fmaf(a, b, c); }
static inline vf64 v_fma_f64(vf64 a, vf64 b, vf64 c) { return fma(a, b, c); }
/* IEEE 754-2019 minimum/maximum: NaN propagates, -0.0 < +0.0. */
static inline vf32 v_min_f32(vf32 a, vf32 b)
{
    return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? a : b) : a < b ? a : b;
}
static inline vf64 v_min_f64(vf64 a, vf64 b)
{
    return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? a : b) : a < b ? a : b;
}
static inline vf32 v_max_f32(vf32 a, vf32 b)
{
    return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? b : a) : a > b ? a : b;
}
static inline vf64 v_max_f64(vf64 a, vf64 b)
{
    return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? b : a) : a > b ? a : b;
}

/* ---- integer bits and shifts ---- */
/* Integer lanes wrap: compute in unsigned, convert back (GCC and Clang
 * define the conversion as modulo 2^N). */
#define VX_WRAP32(expr) ((int32_t)(uint32_t)(expr))
#define VX_WRAP64(expr) ((int64_t)(uint64_t)(expr))
static inline vi32 v_and_i32(vi32 a, vi32 b) { return a & b; }
static inline vi64 v_and_i64(vi64 a, vi64 b) { return a & b; }
static inline vi32 v_xor_i32(vi32 a, vi32 b) { return a ^ b; }
static inline vi64 v_xor_i64(vi64 a, vi64 b) { return a ^ b; }
static inline vi32 v_srl_i32(vi32 a, unsigned k) { return VX_WRAP32((uint32_t)a >> k); }
static inline vi64 v_srl_i64(vi64 a, unsigned k) { return VX_WRAP64((uint64_t)a >> k); }
static inline vi64 v_shl32_i64(vi64 a) { return VX_WRAP64((uint64_t)a << 32); }
static inline vi64 v_shr32_i64(vi64 a) { return VX_WRAP64((uint64_t)a >> 32); }

/* ---- integer arithmetic (wrapping) ---- */
static inline vi32 v_add_i32(vi32 a, vi32 b) { return VX_WRAP32((uint32_t)a + (uint32_t)b); }
static inline vi64 v_add_i64(vi64 a, vi64 b) { return VX_WRAP64((uint64_t)a + (uint64_t)b); }
static inline vi32 v_sub_i32(vi32 a, vi32 b) { return VX_WRAP32((uint32_t)a - (uint32_t)b); }
static inline vi64 v_sub_i64(vi64 a, vi64 b) { return VX_WRAP64((uint64_t)a - (uint64_t)b); }
static inline vi32 v_mul_i32(vi32 a, vi32 b) { return VX_WRAP32((uint32_t)a * (uint32_t)b); }
static inline vi64 v_mul_i64(vi64 a, vi64 b) { return VX_WRAP64((uint64_t)a * (uint64_t)b); }
/* v_mulsmall: v_mul for b lanes below 2^32 (cheaper where 64-bit products are emulated). */
static inline vi32 v_mulsmall_i32(vi32 a, vi32 b) { return v_mul_i32(a, b); }
static inline vi64 v_mulsmall_i64(vi64 a, vi64 b) { return v_mul_i64(a, b); }
/* Unsigned 32x32->64 product of the low halves (emulate.h's building block;
 * this table has no use for it, but every table has the same ops). */
static inline vi64 v_muleven_u32(vi64 a, vi64 b) { return VX_WRAP64((uint64_t)(uint32_t)a * (uint32_t)b); }
/* High half of the unsigned product, as in libdivide's multiply step. */
static inline vi32 v_mulhiu_i32(vi32 a, vi32 b)
{
    return VX_WRAP32(((uint64_t)(uint32_t)a * (uint32_t)b) >> 32);
}
#ifdef __SIZEOF_INT128__
static inline vi64 v_mulhiu_i64(vi64 a, vi64 b)
{
    return VX_WRAP64(((unsigned __int128)(uint64_t)a * (uint64_t)b) >> 64);
}
#else
/* 32-bit targets: schoolbook on 32-bit limbs, as emulate.h does. */
static inline vi64 v_mulhiu_i64(vi64 a, vi64 b)
{
    uint64_t x = (uint64_t)a, y = (uint64_t)b, ll = (x & 0xffffffff) * (y & 0xffffffff);
    uint64_t lh = (x & 0xffffffff) * (y >> 32), hl = (x >> 32) * (y & 0xffffffff), hh = (x >> 32) * (y >> 32);
    uint64_t mid = (ll >> 32) + (lh & 0xffffffff) + (hl & 0xffffffff);
    return VX_WRAP64(hh + (lh >> 32) + (hl >> 32) + (mid >> 32));
}
#endif
static inline vi32 v_neg_i32(vi32 a) { return VX_WRAP32(0u - (uint32_t)a); }
static inline vi64 v_neg_i64(vi64 a) { return VX_WRAP64(0u - (uint64_t)a); }
static inline vi32 v_abs_i32(vi32 a) { return a < 0 ? v_neg_i32(a) : a; }
static inline vi64 v_abs_i64(vi64 a) { return a < 0 ? v_neg_i64(a) : a; }
static inline vi32 v_min_i32(vi32 a, vi32 b) { return a < b ? a : b; }
static inline vi64 v_min_i64(vi64 a, vi64 b) { return a < b ? a : b; }
static inline vi32 v_max_i32(vi32 a, vi32 b) { return a > b ? a : b; }
static inline vi64 v_max_i64(vi64 a, vi64 b) { return a > b ? a : b; }

/* ---- lane masks ---- */
static inline vm32 v_mask_none_m32(void) { return 0; }
static inline vm64 v_mask_none_m64(void) { return 0; }
static inline vm32 v_mask_not_m32(vm32 m) { return !m; }
static inline vm64 v_mask_not_m64(vm64 m) { return !m; }
static inline vm32 v_mask_or_m32(vm32 a, vm32 b) { return a | b; }
static inline vm64 v_mask_or_m64(vm64 a, vm64 b) { return a | b; }
static inline int v_mask_any_m32(vm32 m) { return m != 0; }
static inline int v_mask_any_m64(vm64 m) { return m != 0; }
static inline unsigned v_mask_count_m32(vm32 m) { return m != 0; }
static inline unsigned v_mask_count_m64(vm64 m) { return m != 0; }
static inline unsigned v_mask_first_m32(vm32 m) { return (void)m, 0; }
static inline unsigned v_mask_first_m64(vm64 m) { return (void)m, 0; }
/* All-ones integer lanes where the mask is true, for arithmetic on it. */
static inline vi32 v_mask_to_i32(vm32 m) { return m ? -1 : 0; }
static inline vi64 v_mask_to_i64(vm64 m) { return m ? -1 : 0; }

/* ---- compares to lane masks ---- */
/* Float compares are ordered (false when either side is NaN) except ne,
 * which is true on NaN as IEEE says; v_unord_mask is true where either side
 * is NaN. */
static inline vm32 v_gt_mask_f32(vf32 a, vf32 b) { return a > b; }
static inline vm64 v_gt_mask_f64(vf64 a, vf64 b) { return a > b; }
static inline vm32 v_gt_mask_i32(vi32 a, vi32 b) { return a > b; }
static inline vm64 v_gt_mask_i64(vi64 a, vi64 b) { return a > b; }
static inline vm32 v_ge_mask_f32(vf32 a, vf32 b) { return a >= b; }
static inline vm64 v_ge_mask_f64(vf64 a, vf64 b) { return a >= b; }
static inline vm32 v_ge_mask_i32(vi32 a, vi32 b) { return a >= b; }
static inline vm64 v_ge_mask_i64(vi64 a, vi64 b) { return a >= b; }
static inline vm32 v_lt_mask_f32(vf32 a, vf32 b) { return a < b; }
static inline vm64 v_lt_mask_f64(vf64 a, vf64 b) { return a < b; }
static inline vm32 v_lt_mask_i32(vi32 a, vi32 b) { return a < b; }
static inline vm64 v_lt_mask_i64(vi64 a, vi64 b) { return a < b; }
static inline vm32 v_le_mask_f32(vf32 a, vf32 b) { return a <= b; }
static inline vm64 v_le_mask_f64(vf64 a, vf64 b) { return a <= b; }
static inline vm32 v_le_mask_i32(vi32 a, vi32 b) { return a <= b; }
static inline vm64 v_le_mask_i64(vi64 a, vi64 b) { return a <= b; }
static inline vm32 v_eq_mask_f32(vf32 a, vf32 b) { return a == b; }
static inline vm64 v_eq_mask_f64(vf64 a, vf64 b) { return a == b; }
static inline vm32 v_eq_mask_i32(vi32 a, vi32 b) { return a == b; }
static inline vm64 v_eq_mask_i64(vi64 a, vi64 b) { return a == b; }
static inline vm32 v_ne_mask_f32(vf32 a, vf32 b) { return a != b; }
static inline vm64 v_ne_mask_f64(vf64 a, vf64 b) { return a != b; }
static inline vm32 v_ne_mask_i32(vi32 a, vi32 b) { return a != b; }
static inline vm64 v_ne_mask_i64(vi64 a, vi64 b) { return a != b; }
static inline vm32 v_unord_mask_f32(vf32 a, vf32 b) { return a != a || b != b; }
static inline vm64 v_unord_mask_f64(vf64 a, vf64 b) { return a != a || b != b; }
static inline vm32 v_ord_and_mask_f32(vm32 ok, vf32 a, vf32 b) { return ok && a == a && b == b; }
static inline vm64 v_ord_and_mask_f64(vm64 ok, vf64 a, vf64 b) { return ok && a == a && b == b; }

/* ---- select, pick, clip ---- */
/* m ? a : b */
static inline vf32 v_select_f32(vm32 m, vf32 a, vf32 b) { return m ? a : b; }
static inline vf64 v_select_f64(vm64 m, vf64 a, vf64 b) { return m ? a : b; }
static inline vi32 v_select_i32(vm32 m, vi32 a, vi32 b) { return m ? a : b; }
static inline vi64 v_select_i64(vm64 m, vi64 a, vi64 b) { return m ? a : b; }
/* x > m ? x : m and x < m ? x : m: m stays on NaN and on ties. */
static inline vf32 v_pick_gt_f32(vf32 x, vf32 m) { return x > m ? x : m; }
static inline vf64 v_pick_gt_f64(vf64 x, vf64 m) { return x > m ? x : m; }
static inline vf32 v_pick_lt_f32(vf32 x, vf32 m) { return x < m ? x : m; }
static inline vf64 v_pick_lt_f64(vf64 x, vf64 m) { return x < m ? x : m; }
/* clip: a < lo ? lo : a > hi ? hi : a; NaN and values equal to a bound
 * (-0.0 against +0.0 included) come through unchanged, as on x86. */
static inline vf32 v_clip_f32(vf32 a, vf32 lo, vf32 hi) { return a < lo ? lo : a > hi ? hi : a; }
static inline vf64 v_clip_f64(vf64 a, vf64 lo, vf64 hi) { return a < lo ? lo : a > hi ? hi : a; }

/* ---- widen ---- */
/* One int32 value sign-extended to int64 (the n form gives 0 when n == 0). */
static inline vi64 v_load_widen_i64(const int32_t *p) { return *p; }
static inline vi64 v_load_n_widen_i64(const int32_t *p, size_t n) { return n ? *p : 0; }
/* int64 <-> double, exact for integers of magnitude below 2^51. */
static inline vf64 v_cvt_f64_i64(vi64 a) { return (double)a; }
static inline vi64 v_cvt_i64_f64(vf64 a) { return (int64_t)a; }
/* f32 <-> f64: a vf32 is VL_F32 / VL_F64 vf64s (here one: lo and hi are
 * both the value, and narrowing takes lo). */
static inline vf64 v_widen_lo_f64(vf32 a) { return a; }
static inline vf64 v_widen_hi_f64(vf32 a) { return a; }
static inline vf32 v_narrow_f32(vf64 lo, vf64 hi) { (void)hi; return (float)lo; }
/* 2^n for integral n in [-1022, 1023]. */
static inline vf64 v_exp2i_f64(vf64 n)
{
    uint64_t bits = (uint64_t)((int64_t)n + 1023) << 52;
    double r;
    memcpy(&r, &bits, sizeof r);
    return r;
}
/* ---- byte masks ---- */
/* Byte masks: uint8_t, any non-zero byte true on input, 0/1 on output. */
static inline vm32 v_mask_load_m32(const uint8_t *p) { return *p != 0; }
static inline vm64 v_mask_load_m64(const uint8_t *p) { return *p != 0; }
static inline vm32 v_mask_load_n_m32(const uint8_t *p, size_t n) { return n && *p != 0; }
static inline vm64 v_mask_load_n_m64(const uint8_t *p, size_t n) { return n && *p != 0; }
static inline void v_mask_store_m32(uint8_t *p, vm32 m) { *p = m != 0; }
static inline void v_mask_store_m64(uint8_t *p, vm64 m) { *p = m != 0; }
static inline void v_mask_store_n_m32(uint8_t *p, vm32 m, size_t n) { if (n) *p = m != 0; }
static inline void v_mask_store_n_m64(uint8_t *p, vm64 m, size_t n) { if (n) *p = m != 0; }

/* ---- byte lanes ---- */
/* Byte lanes, for mask logic and counting. */
static inline vu8 v_load_u8(const uint8_t *p) { return *p; }
static inline void v_store_u8(uint8_t *p, vu8 v) { *p = v; }
static inline vu8 v_load_n_u8(const uint8_t *p, size_t n) { return n ? *p : 0; }
static inline void v_store_n_u8(uint8_t *p, vu8 v, size_t n) { if (n) *p = v; }
static inline vu8 v_zero_u8(void) { return 0; }
static inline vu8 v_and_u8(vu8 a, vu8 b) { return a & b; }
static inline vu8 v_or_u8(vu8 a, vu8 b) { return a | b; }
static inline vu8 v_xor_u8(vu8 a, vu8 b) { return a ^ b; }
static inline vu8 v_add_u8(vu8 a, vu8 b) { return (vu8)(a + b); }
static inline vu8 v_nonzero_u8(vu8 a) { return a != 0; }
static inline vu8 v_iszero_u8(vu8 a) { return a == 0; }
static inline uint64_t v_sum_u8(vu8 a) { return a; }

/* ---- compress ---- */
/* One lane is always "left-packed"; the kernel's count decides whether it
 * stays. */
/* whole-vector stores after a counting pass (masked_t.h's compress_loop) */
#define KSIMD_COMPRESS_MASKED(size, n) 0
static inline vf32 v_compress_f32(vf32 v, vm32 m) { (void)m; return v; }
static inline vf64 v_compress_f64(vf64 v, vm64 m) { (void)m; return v; }
static inline vi32 v_compress_i32(vi32 v, vm32 m) { (void)m; return v; }
static inline vi64 v_compress_i64(vi64 v, vm64 m) { (void)m; return v; }

/* ---- tile transposes (strided 2-D) ---- */
/* r[t] lane k moves to r[k] lane t. One lane: nothing moves. */
static inline void v_transpose_f32(vf32 r[VL_F32]) { (void)r; }
static inline void v_transpose_f64(vf64 r[VL_F64]) { (void)r; }
static inline void v_transpose_i32(vi32 r[VL_I32]) { (void)r; }
static inline void v_transpose_i64(vi64 r[VL_I64]) { (void)r; }

/* ---- built from the ops above (emulate.h) ---- */
#define KSIMD_EMULATE_FINITE_MASK
#define KSIMD_EMULATE_LOAD_FAR
#include "emulate.h"
/* clang-format on */

#endif
