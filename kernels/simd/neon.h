/* NEON (AArch64 Advanced SIMD) vocabulary. FMIN/FMAX already implement IEEE
 * 754-2019 minimum/maximum, and FRINTN rounds half to even whatever FPCR
 * says. Tails go through a small stack buffer. */
#ifndef KSIMD_SIMD_NEON_H
#define KSIMD_SIMD_NEON_H
#if !defined(KSIMD_TARGET_NEON) || !defined(__aarch64__)
#error "neon.h belongs to the NEON table on AArch64"
#endif

#include <arm_neon.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* One line an op, so that the headers diff like a table: */
/* clang-format off */
/* ---- types and lane counts ---- */
/* A lane mask is all-ones in true lanes: vm32 for 32-bit lanes (f32, i32),
 * vm64 for 64-bit lanes (f64, i64). */
typedef float32x4_t vf32;
typedef float64x2_t vf64;
typedef int32x4_t vi32;
typedef int64x2_t vi64;
typedef uint32x4_t vm32;
typedef uint64x2_t vm64;
typedef uint8x16_t vu8;
#define VL_F32 4
#define VL_F64 2
#define VL_I32 4
#define VL_I64 2
#define VL_U8 16

/* ---- SLEEF names ---- */
/* SLEEF's deterministic u10 functions ("cinz") of this width, for
 * kernels/math.c: KSIMD_SLEEF_F64(exp) is exp over a vf64. */
#define KSIMD_SLEEF_F64(fn) Sleef_cinz_##fn##d2_u10advsimdnofma
#define KSIMD_SLEEF_F32(fn) Sleef_cinz_##fn##f4_u10advsimdnofma

/* ---- load and store: whole vectors, the first n lanes, streaming ---- */
/* Tails: copy the n live elements over a 16-byte buffer holding the fill. */
static inline uint8x16_t vx_load_over(uint8x16_t fill, const void *p, size_t bytes)
{
    uint8_t b[16];
    vst1q_u8(b, fill);
    memcpy(b, p, bytes);
    return vld1q_u8(b);
}
static inline uint8x16_t vx_load_bytes(const void *p, size_t bytes) { return vx_load_over(vdupq_n_u8(0), p, bytes); }
static inline void vx_store_bytes(void *p, uint8x16_t v, size_t bytes)
{
    uint8_t b[16];
    vst1q_u8(b, v);
    memcpy(p, b, bytes);
}
static inline vf32 v_load_f32(const float *p) { return vld1q_f32(p); }
static inline vf64 v_load_f64(const double *p) { return vld1q_f64(p); }
static inline vi32 v_load_i32(const int32_t *p) { return vld1q_s32(p); }
static inline vi64 v_load_i64(const int64_t *p) { return vld1q_s64(p); }
static inline void v_store_f32(float *p, vf32 v) { vst1q_f32(p, v); }
static inline void v_store_f64(double *p, vf64 v) { vst1q_f64(p, v); }
static inline void v_store_i32(int32_t *p, vi32 v) { vst1q_s32(p, v); }
static inline void v_store_i64(int64_t *p, vi64 v) { vst1q_s64(p, v); }
static inline vf32 v_load_n_f32(const float *p, size_t n, float fill) { return vreinterpretq_f32_u8(vx_load_over(vreinterpretq_u8_f32(vdupq_n_f32(fill)), p, 4 * n)); }
static inline vf64 v_load_n_f64(const double *p, size_t n, double fill) { return vreinterpretq_f64_u8(vx_load_over(vreinterpretq_u8_f64(vdupq_n_f64(fill)), p, 8 * n)); }
static inline vi32 v_load_n_i32(const int32_t *p, size_t n, int32_t fill) { return vreinterpretq_s32_u8(vx_load_over(vreinterpretq_u8_s32(vdupq_n_s32(fill)), p, 4 * n)); }
static inline vi64 v_load_n_i64(const int64_t *p, size_t n, int64_t fill) { return vreinterpretq_s64_u8(vx_load_over(vreinterpretq_u8_s64(vdupq_n_s64(fill)), p, 8 * n)); }
static inline void v_store_n_f32(float *p, vf32 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_f32(v), 4 * n); }
static inline void v_store_n_f64(double *p, vf64 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_f64(v), 8 * n); }
static inline void v_store_n_i32(int32_t *p, vi32 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_s32(v), 4 * n); }
static inline void v_store_n_i64(int64_t *p, vi64 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_s64(v), 8 * n); }
/* v_load_n goes through memory, no cheaper than scalar reads for a few elements. */
#define KSIMD_MASKED_LOAD 0
/* No streaming stores: ACLE has no non-temporal store intrinsic, and
 * STNP is only a hint most cores ignore. KSIMD_STREAM_ALIGN 0 turns the
 * streaming path off. */
#define KSIMD_STREAM_ALIGN 0
/* Output prefetch (see avx2.h): not measured on any Arm core, so off. */
#define KSIMD_PREFETCH_OUT 0
static inline void v_stream_f32(float *p, vf32 v) { v_store_f32(p, v); }
static inline void v_stream_f64(double *p, vf64 v) { v_store_f64(p, v); }
static inline void v_stream_i32(int32_t *p, vi32 v) { v_store_i32(p, v); }
static inline void v_stream_i64(int64_t *p, vi64 v) { v_store_i64(p, v); }
static inline void v_stream_fence(void) {}

/* ---- set ---- */
static inline vf32 v_set1_f32(float x) { return vdupq_n_f32(x); }
static inline vf64 v_set1_f64(double x) { return vdupq_n_f64(x); }
static inline vi32 v_set1_i32(int32_t x) { return vdupq_n_s32(x); }
static inline vi64 v_set1_i64(int64_t x) { return vdupq_n_s64(x); }

/* ---- float arithmetic ---- */
static inline vf32 v_add_f32(vf32 a, vf32 b) { return vaddq_f32(a, b); }
static inline vf64 v_add_f64(vf64 a, vf64 b) { return vaddq_f64(a, b); }
static inline vf32 v_sub_f32(vf32 a, vf32 b) { return vsubq_f32(a, b); }
static inline vf64 v_sub_f64(vf64 a, vf64 b) { return vsubq_f64(a, b); }
static inline vf32 v_mul_f32(vf32 a, vf32 b) { return vmulq_f32(a, b); }
static inline vf64 v_mul_f64(vf64 a, vf64 b) { return vmulq_f64(a, b); }
static inline vf32 v_div_f32(vf32 a, vf32 b) { return vdivq_f32(a, b); }
static inline vf64 v_div_f64(vf64 a, vf64 b) { return vdivq_f64(a, b); }
static inline vf32 v_neg_f32(vf32 a) { return vnegq_f32(a); }
static inline vf64 v_neg_f64(vf64 a) { return vnegq_f64(a); }
static inline vf32 v_abs_f32(vf32 a) { return vabsq_f32(a); }
static inline vf64 v_abs_f64(vf64 a) { return vabsq_f64(a); }
static inline vf32 v_sqrt_f32(vf32 a) { return vsqrtq_f32(a); }
static inline vf64 v_sqrt_f64(vf64 a) { return vsqrtq_f64(a); }
static inline vf32 v_floor_f32(vf32 a) { return vrndmq_f32(a); }
static inline vf64 v_floor_f64(vf64 a) { return vrndmq_f64(a); }
static inline vf32 v_ceil_f32(vf32 a) { return vrndpq_f32(a); }
static inline vf64 v_ceil_f64(vf64 a) { return vrndpq_f64(a); }
static inline vf32 v_rint_f32(vf32 a) { return vrndnq_f32(a); }
static inline vf64 v_rint_f64(vf64 a) { return vrndnq_f64(a); }
static inline vf32 v_fma_f32(vf32 a, vf32 b, vf32 c) { return vfmaq_f32(c, a, b); }
static inline vf64 v_fma_f64(vf64 a, vf64 b, vf64 c) { return vfmaq_f64(c, a, b); }
static inline vf32 v_min_f32(vf32 a, vf32 b) { return vminq_f32(a, b); }
static inline vf64 v_min_f64(vf64 a, vf64 b) { return vminq_f64(a, b); }
static inline vf32 v_max_f32(vf32 a, vf32 b) { return vmaxq_f32(a, b); }
static inline vf64 v_max_f64(vf64 a, vf64 b) { return vmaxq_f64(a, b); }

/* ---- integer bits and shifts ---- */
static inline vi32 v_and_i32(vi32 a, vi32 b) { return vandq_s32(a, b); }
static inline vi64 v_and_i64(vi64 a, vi64 b) { return vandq_s64(a, b); }
static inline vi32 v_xor_i32(vi32 a, vi32 b) { return veorq_s32(a, b); }
static inline vi64 v_xor_i64(vi64 a, vi64 b) { return veorq_s64(a, b); }
static inline vi32 v_srl_i32(vi32 a, unsigned k)
{
    return vreinterpretq_s32_u32(vshlq_u32(vreinterpretq_u32_s32(a), vdupq_n_s32(-(int32_t)k)));
}
static inline vi64 v_srl_i64(vi64 a, unsigned k)
{
    return vreinterpretq_s64_u64(vshlq_u64(vreinterpretq_u64_s64(a), vdupq_n_s64(-(int64_t)k)));
}
static inline vi64 v_shl32_i64(vi64 a) { return vshlq_n_s64(a, 32); }
static inline vi64 v_shr32_i64(vi64 a) { return vreinterpretq_s64_u64(vshrq_n_u64(vreinterpretq_u64_s64(a), 32)); }

/* ---- integer arithmetic (wrapping) ---- */
static inline vi32 v_add_i32(vi32 a, vi32 b) { return vaddq_s32(a, b); }
static inline vi64 v_add_i64(vi64 a, vi64 b) { return vaddq_s64(a, b); }
static inline vi32 v_sub_i32(vi32 a, vi32 b) { return vsubq_s32(a, b); }
static inline vi64 v_sub_i64(vi64 a, vi64 b) { return vsubq_s64(a, b); }
static inline vi32 v_mul_i32(vi32 a, vi32 b) { return vmulq_s32(a, b); }
static inline vi32 v_mulsmall_i32(vi32 a, vi32 b) { return v_mul_i32(a, b); }
/* UMULL on the low 32-bit halves of both 64-bit lanes. */
static inline vi64 v_muleven_u32(vi64 a, vi64 b)
{
    uint32x2_t x = vmovn_u64(vreinterpretq_u64_s64(a)), y = vmovn_u64(vreinterpretq_u64_s64(b));
    return vreinterpretq_s64_u64(vmull_u32(x, y));
}
static inline vi32 v_mulhiu_i32(vi32 a, vi32 b)
{
    uint32x4_t x = vreinterpretq_u32_s32(a), y = vreinterpretq_u32_s32(b);
    uint64x2_t lo = vmull_u32(vget_low_u32(x), vget_low_u32(y));
    uint64x2_t hi = vmull_high_u32(x, y);
    return vreinterpretq_s32_u32(vuzp2q_u32(vreinterpretq_u32_u64(lo), vreinterpretq_u32_u64(hi)));
}
static inline vi32 v_neg_i32(vi32 a) { return vnegq_s32(a); }
static inline vi64 v_neg_i64(vi64 a) { return vnegq_s64(a); }
static inline vi32 v_abs_i32(vi32 a) { return vabsq_s32(a); }
static inline vi64 v_abs_i64(vi64 a) { return vabsq_s64(a); }
static inline vi32 v_min_i32(vi32 a, vi32 b) { return vminq_s32(a, b); }
static inline vi64 v_min_i64(vi64 a, vi64 b) { return vbslq_s64(vcgtq_s64(a, b), b, a); }
static inline vi32 v_max_i32(vi32 a, vi32 b) { return vmaxq_s32(a, b); }
static inline vi64 v_max_i64(vi64 a, vi64 b) { return vbslq_s64(vcgtq_s64(a, b), a, b); }

/* ---- lane masks ---- */
static inline vm32 v_mask_none_m32(void) { return vdupq_n_u32(0); }
static inline vm64 v_mask_none_m64(void) { return vdupq_n_u64(0); }
static inline vm32 v_mask_not_m32(vm32 m) { return vmvnq_u32(m); }
static inline vm64 v_mask_not_m64(vm64 m) { return vreinterpretq_u64_u32(vmvnq_u32(vreinterpretq_u32_u64(m))); }
static inline vm32 v_mask_or_m32(vm32 a, vm32 b) { return vorrq_u32(a, b); }
static inline vm64 v_mask_or_m64(vm64 a, vm64 b) { return vorrq_u64(a, b); }
static inline int v_mask_any_m32(vm32 m) { return vmaxvq_u32(m) != 0; }
static inline int v_mask_any_m64(vm64 m) { return vmaxvq_u32(vreinterpretq_u32_u64(m)) != 0; }
static inline unsigned v_mask_count_m32(vm32 m) { return vaddvq_u32(vshrq_n_u32(m, 31)); }
static inline unsigned v_mask_count_m64(vm64 m) { return (unsigned)vaddvq_u64(vshrq_n_u64(m, 63)); }
static inline unsigned v_mask_first_m32(vm32 m) { return (unsigned)__builtin_ctzll(vget_lane_u64(vreinterpret_u64_u16(vmovn_u32(m)), 0)) / 16; }
static inline unsigned v_mask_first_m64(vm64 m) { return vgetq_lane_u64(m, 0) ? 0 : 1; }
/* All-ones integer lanes where the mask is true, for arithmetic on it. */
static inline vi32 v_mask_to_i32(vm32 m) { return vreinterpretq_s32_u32(m); }
static inline vi64 v_mask_to_i64(vm64 m) { return vreinterpretq_s64_u64(m); }

/* ---- compares to lane masks ---- */
/* Float compares are ordered (false when either side is NaN) except ne,
 * which is true on NaN as IEEE says; v_unord_mask is true where either side
 * is NaN. */
static inline vm32 v_gt_mask_f32(vf32 a, vf32 b) { return vcgtq_f32(a, b); }
static inline vm64 v_gt_mask_f64(vf64 a, vf64 b) { return vcgtq_f64(a, b); }
static inline vm32 v_gt_mask_i32(vi32 a, vi32 b) { return vcgtq_s32(a, b); }
static inline vm64 v_gt_mask_i64(vi64 a, vi64 b) { return vcgtq_s64(a, b); }
static inline vm32 v_ge_mask_f32(vf32 a, vf32 b) { return vcgeq_f32(a, b); }
static inline vm64 v_ge_mask_f64(vf64 a, vf64 b) { return vcgeq_f64(a, b); }
static inline vm32 v_ge_mask_i32(vi32 a, vi32 b) { return vcgeq_s32(a, b); }
static inline vm64 v_ge_mask_i64(vi64 a, vi64 b) { return vcgeq_s64(a, b); }
static inline vm32 v_lt_mask_f32(vf32 a, vf32 b) { return vcltq_f32(a, b); }
static inline vm64 v_lt_mask_f64(vf64 a, vf64 b) { return vcltq_f64(a, b); }
static inline vm32 v_lt_mask_i32(vi32 a, vi32 b) { return vcltq_s32(a, b); }
static inline vm64 v_lt_mask_i64(vi64 a, vi64 b) { return vcltq_s64(a, b); }
static inline vm32 v_le_mask_f32(vf32 a, vf32 b) { return vcleq_f32(a, b); }
static inline vm64 v_le_mask_f64(vf64 a, vf64 b) { return vcleq_f64(a, b); }
static inline vm32 v_le_mask_i32(vi32 a, vi32 b) { return vcleq_s32(a, b); }
static inline vm64 v_le_mask_i64(vi64 a, vi64 b) { return vcleq_s64(a, b); }
static inline vm32 v_eq_mask_f32(vf32 a, vf32 b) { return vceqq_f32(a, b); }
static inline vm64 v_eq_mask_f64(vf64 a, vf64 b) { return vceqq_f64(a, b); }
static inline vm32 v_eq_mask_i32(vi32 a, vi32 b) { return vceqq_s32(a, b); }
static inline vm64 v_eq_mask_i64(vi64 a, vi64 b) { return vceqq_s64(a, b); }
static inline vm32 v_ne_mask_f32(vf32 a, vf32 b) { return v_mask_not_m32(vceqq_f32(a, b)); }
static inline vm64 v_ne_mask_f64(vf64 a, vf64 b) { return v_mask_not_m64(vceqq_f64(a, b)); }
static inline vm32 v_ne_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(vceqq_s32(a, b)); }
static inline vm64 v_ne_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(vceqq_s64(a, b)); }
static inline vm32 v_unord_mask_f32(vf32 a, vf32 b) { return vmvnq_u32(vandq_u32(vceqq_f32(a, a), vceqq_f32(b, b))); }
static inline vm64 v_unord_mask_f64(vf64 a, vf64 b)
{
    uint64x2_t ordered = vandq_u64(vceqq_f64(a, a), vceqq_f64(b, b));
    return vreinterpretq_u64_u32(vmvnq_u32(vreinterpretq_u32_u64(ordered)));
}
static inline vm32 v_ord_and_mask_f32(vm32 ok, vf32 a, vf32 b) { return vandq_u32(ok, vandq_u32(vceqq_f32(a, a), vceqq_f32(b, b))); }
static inline vm64 v_ord_and_mask_f64(vm64 ok, vf64 a, vf64 b) { return vandq_u64(ok, vandq_u64(vceqq_f64(a, a), vceqq_f64(b, b))); }

/* ---- select, pick, clip ---- */
/* m ? a : b, lane by lane. */
static inline vf32 v_select_f32(vm32 m, vf32 a, vf32 b) { return vbslq_f32(m, a, b); }
static inline vf64 v_select_f64(vm64 m, vf64 a, vf64 b) { return vbslq_f64(m, a, b); }
static inline vi32 v_select_i32(vm32 m, vi32 a, vi32 b) { return vbslq_s32(m, a, b); }
static inline vi64 v_select_i64(vm64 m, vi64 a, vi64 b) { return vbslq_s64(m, a, b); }
/* x > m ? x : m and x < m ? x : m: m stays on NaN and on ties (+-0.0
 * included). Not FMAX/FMIN, which propagate NaN and order the zeros. */
static inline vf32 v_pick_gt_f32(vf32 x, vf32 m) { return vbslq_f32(vcgtq_f32(x, m), x, m); }
static inline vf64 v_pick_gt_f64(vf64 x, vf64 m) { return vbslq_f64(vcgtq_f64(x, m), x, m); }
static inline vf32 v_pick_lt_f32(vf32 x, vf32 m) { return vbslq_f32(vcltq_f32(x, m), x, m); }
static inline vf64 v_pick_lt_f64(vf64 x, vf64 m) { return vbslq_f64(vcltq_f64(x, m), x, m); }
/* clip: a < lo ? lo : a > hi ? hi : a. Not FMAX/FMIN: those would turn
 * -0.0 against a +0.0 bound into +0.0, and x86 keeps a (see avx2.h). */
static inline vf32 v_clip_f32(vf32 a, vf32 lo, vf32 hi)
{
    return vbslq_f32(vcltq_f32(a, lo), lo, vbslq_f32(vcgtq_f32(a, hi), hi, a));
}
static inline vf64 v_clip_f64(vf64 a, vf64 lo, vf64 hi)
{
    return vbslq_f64(vcltq_f64(a, lo), lo, vbslq_f64(vcgtq_f64(a, hi), hi, a));
}

/* ---- widen ---- */
/* VL_I64 int32 values sign-extended to int64 lanes (the n form zero-fills). */
static inline vi64 v_load_widen_i64(const int32_t *p) { return vmovl_s32(vld1_s32(p)); }
static inline vi64 v_load_n_widen_i64(const int32_t *p, size_t n)
{
    int32_t b[2] = {0, 0};
    memcpy(b, p, 4 * n);
    return vmovl_s32(vld1_s32(b));
}
/* int64 <-> double, exact for integers of magnitude below 2^51. */
static inline vf64 v_cvt_f64_i64(vi64 a) { return vcvtq_f64_s64(a); }
static inline vi64 v_cvt_i64_f64(vf64 a) { return vcvtq_s64_f64(a); }
/* f32 <-> f64: the low and high VL_F64 lanes of a vf32, and back. */
static inline vf64 v_widen_lo_f64(vf32 a) { return vcvt_f64_f32(vget_low_f32(a)); }
static inline vf64 v_widen_hi_f64(vf32 a) { return vcvt_high_f64_f32(a); }
static inline vf32 v_narrow_f32(vf64 lo, vf64 hi) { return vcvt_high_f32_f64(vcvt_f32_f64(lo), hi); }
/* 2^n for integral n in [-1022, 1023]: n + 1023 is the low bits of
 * 2^52 + n + 1023, shifted into the exponent field. */
static inline vf64 v_exp2i_f64(vf64 n)
{
    return vreinterpretq_f64_u64(vshlq_n_u64(vreinterpretq_u64_f64(vaddq_f64(n, vdupq_n_f64(0x1p52 + 1023))), 52));
}
/* ---- byte masks ---- */
/* Byte masks (uint8_t, any non-zero byte true on input, 0/1 on output)
 * become lane masks through CMTST and sign-extending widenings, and go back
 * through narrowing moves (XTN). */
/* 0xFF in each of the first bytes of w that is non-zero (little endian). */
static inline int8x8_t vx_nonzero_bytes(uint64_t w)
{
    uint8x8_t b = vcreate_u8(w);
    return vreinterpret_s8_u8(vtst_u8(b, b));
}
/* VL bytes of a byte mask -> lane mask, and back to 0/1 bytes. */
static inline vm32 v_mask_load_m32(const uint8_t *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    int16x8_t h = vmovl_s8(vx_nonzero_bytes(w));
    return vreinterpretq_u32_s32(vmovl_s16(vget_low_s16(h)));
}
static inline vm64 v_mask_load_m64(const uint8_t *p)
{
    uint16_t w;
    memcpy(&w, p, 2);
    int32x4_t s = vmovl_s16(vget_low_s16(vmovl_s8(vx_nonzero_bytes(w))));
    return vreinterpretq_u64_s64(vmovl_s32(vget_low_s32(s)));
}
static inline void v_mask_store_m32(uint8_t *p, vm32 m)
{
    uint16x4_t h = vmovn_u32(m);
    uint8x8_t b = vand_u8(vmovn_u16(vcombine_u16(h, h)), vdup_n_u8(1));
    uint32_t w = vget_lane_u32(vreinterpret_u32_u8(b), 0);
    memcpy(p, &w, 4);
}
static inline void v_mask_store_m64(uint8_t *p, vm64 m)
{
    uint32x2_t s = vmovn_u64(m);
    uint16x4_t h = vmovn_u32(vcombine_u32(s, s));
    uint8x8_t b = vand_u8(vmovn_u16(vcombine_u16(h, h)), vdup_n_u8(1));
    uint16_t w = vget_lane_u16(vreinterpret_u16_u8(b), 0);
    memcpy(p, &w, 2);
}

/* ---- byte lanes ---- */
/* Byte lanes, for mask logic and counting. */
static inline vu8 v_load_u8(const uint8_t *p) { return vld1q_u8(p); }
static inline void v_store_u8(uint8_t *p, vu8 v) { vst1q_u8(p, v); }
static inline vu8 v_zero_u8(void) { return vdupq_n_u8(0); }
static inline vu8 v_and_u8(vu8 a, vu8 b) { return vandq_u8(a, b); }
static inline vu8 v_or_u8(vu8 a, vu8 b) { return vorrq_u8(a, b); }
static inline vu8 v_xor_u8(vu8 a, vu8 b) { return veorq_u8(a, b); }
static inline vu8 v_add_u8(vu8 a, vu8 b) { return vaddq_u8(a, b); }
static inline vu8 v_nonzero_u8(vu8 a) { return vminq_u8(a, vdupq_n_u8(1)); }
static inline vu8 v_iszero_u8(vu8 a) { return vandq_u8(vceqzq_u8(a), vdupq_n_u8(1)); }
static inline uint64_t v_sum_u8(vu8 a) { return vaddlvq_u8(a); }

/* ---- compress ---- */
#define KSIMD_COMPRESS_BYTE_TABLES
#include "compress_tables.h"
/* Mask bits (lane 0 in bit 0), then a left-pack through one TBL lookup. */
static inline unsigned vx_mask_bits_m32(vm32 m)
{
    static const uint32_t lane_bit[4] = {1, 2, 4, 8};
    return vaddvq_u32(vandq_u32(m, vld1q_u32(lane_bit)));
}
static inline unsigned vx_mask_bits_m64(vm64 m)
{
    static const uint64_t lane_bit[2] = {1, 2};
    return (unsigned)vaddvq_u64(vandq_u64(m, vld1q_u64(lane_bit)));
}
static inline uint8x16_t vx_compress_bytes(uint8x16_t v, const uint8_t *table) { return vqtbl1q_u8(v, vld1q_u8(table)); }
/* whole-vector stores after a counting pass (masked_t.h's compress_loop) */
#define KSIMD_COMPRESS_MASKED(size, n) 0
static inline vf32 v_compress_f32(vf32 v, vm32 m)
{
    return vreinterpretq_f32_u8(vx_compress_bytes(vreinterpretq_u8_f32(v), ksimd_compress_bytes4[vx_mask_bits_m32(m)]));
}
static inline vf64 v_compress_f64(vf64 v, vm64 m)
{
    return vreinterpretq_f64_u8(vx_compress_bytes(vreinterpretq_u8_f64(v), ksimd_compress_bytes2[vx_mask_bits_m64(m)]));
}
static inline vi32 v_compress_i32(vi32 v, vm32 m)
{
    return vreinterpretq_s32_u8(vx_compress_bytes(vreinterpretq_u8_s32(v), ksimd_compress_bytes4[vx_mask_bits_m32(m)]));
}
static inline vi64 v_compress_i64(vi64 v, vm64 m)
{
    return vreinterpretq_s64_u8(vx_compress_bytes(vreinterpretq_u8_s64(v), ksimd_compress_bytes2[vx_mask_bits_m64(m)]));
}

/* ---- tile transposes (strided 2-D) ---- */
/* r[t] lane k moves to r[k] lane t: TRN1/TRN2 on 32-bit lanes, then on
 * 64-bit pairs. */
static inline void v_transpose_f32(vf32 r[VL_F32])
{
    float64x2_t t0 = vreinterpretq_f64_f32(vtrn1q_f32(r[0], r[1]));
    float64x2_t t1 = vreinterpretq_f64_f32(vtrn2q_f32(r[0], r[1]));
    float64x2_t t2 = vreinterpretq_f64_f32(vtrn1q_f32(r[2], r[3]));
    float64x2_t t3 = vreinterpretq_f64_f32(vtrn2q_f32(r[2], r[3]));
    r[0] = vreinterpretq_f32_f64(vtrn1q_f64(t0, t2)), r[2] = vreinterpretq_f32_f64(vtrn2q_f64(t0, t2));
    r[1] = vreinterpretq_f32_f64(vtrn1q_f64(t1, t3)), r[3] = vreinterpretq_f32_f64(vtrn2q_f64(t1, t3));
}
static inline void v_transpose_f64(vf64 r[VL_F64])
{
    float64x2_t t0 = vtrn1q_f64(r[0], r[1]), t1 = vtrn2q_f64(r[0], r[1]);
    r[0] = t0, r[1] = t1;
}
static inline void v_transpose_i32(vi32 r[VL_I32])
{
    vf32 f[VL_F32];
    for (int k = 0; k < VL_F32; k++) f[k] = vreinterpretq_f32_s32(r[k]);
    v_transpose_f32(f);
    for (int k = 0; k < VL_F32; k++) r[k] = vreinterpretq_s32_f32(f[k]);
}
static inline void v_transpose_i64(vi64 r[VL_I64])
{
    int64x2_t t0 = vtrn1q_s64(r[0], r[1]), t1 = vtrn2q_s64(r[0], r[1]);
    r[0] = t0, r[1] = t1;
}

/* ---- built from the ops above (emulate.h) ---- */
#define KSIMD_EMULATE_MUL_I64
#define KSIMD_EMULATE_MULHIU_I64
#define KSIMD_EMULATE_LOAD_FAR
#define KSIMD_EMULATE_FINITE_MASK
#define KSIMD_EMULATE_MASK_TAILS
#include "emulate.h"
/* clang-format on */

#endif
