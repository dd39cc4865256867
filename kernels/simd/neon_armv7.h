/* NEON vocabulary for 32-bit ARM (ARMv7-A with NEON, Debian armhf): the
 * "neon" table of an armhf build (ksimd_add_isa(neon HEADER neon_armv7)).
 *
 * ARMv7 NEON float arithmetic is not IEEE: it flushes subnormal inputs and
 * results to zero and returns the default NaN instead of propagating one.
 * It has no f64 lanes, no division and no square root. The contract's bits
 * are the IEEE ones, so (docs/arm.md has the whole list):
 *   - f32 add, sub and mul run on NEON while a vector holds no lane where
 *     NEON and IEEE could differ (the vx_*_exact guards: NaN inputs,
 *     subnormal inputs, results that could be subnormal); such a vector
 *     is redone lane by lane on VFP, which is IEEE;
 *   - f32 compares, select, pick, clip, neg and abs work on the bits in
 *     integer lanes (no flush, and no flag);
 *   - f32 div, sqrt, floor, ceil, rint, fma, the transcendentals and every
 *     f64 op run lane by lane on VFP (f64 lanes are a GCC vector of two
 *     doubles, which VFP computes a lane at a time);
 *   - integers, masks, byte lanes, compress and transposes are NEON.
 * Tails go through a small stack buffer, as on AArch64. */
#ifndef KSIMD_SIMD_NEON_ARMV7_H
#define KSIMD_SIMD_NEON_ARMV7_H
#if !defined(KSIMD_TARGET_NEON) || !defined(__ARM_NEON) || defined(__aarch64__)
#error "neon_armv7.h belongs to the NEON table on 32-bit ARM"
#endif

#include <arm_neon.h>
#include <math.h> /* before sleef.h, which defines FP_FAST_FMA differently */
#include <sleef.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* One line an op, so that the headers diff like a table: */
/* clang-format off */
/* ---- types and lane counts ---- */
/* A lane mask is all-ones in true lanes: vm32 for 32-bit lanes (f32, i32),
 * vm64 for 64-bit lanes (f64, i64). vf64 is GCC's generic vector: VFP
 * computes it a lane at a time, in the same registers. */
typedef float32x4_t vf32;
typedef double __attribute__((vector_size(16))) vf64;
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
/* SLEEF's deterministic u10 functions ("cinz"), for kernels/math.c:
 * KSIMD_SLEEF_F64(exp) is exp over a vf64. SLEEF's NEON f32 code computes
 * with NEON's flush to zero, so every lane goes through the scalar purec
 * function instead (the vx_sleef_ wrappers below, with the per-lane ops). */
#define KSIMD_SLEEF_F64(fn) vx_sleef_##fn##_f64
#define KSIMD_SLEEF_F32(fn) vx_sleef_##fn##_f32

/* ---- load and store: whole vectors, the first n lanes, streaming ---- */
/* Tails: copy the n live elements over a 16-byte buffer holding the fill. */
static inline uint8x16_t vx_load_over(uint8x16_t fill, const void *p, size_t bytes)
{
    uint8_t b[16];
    vst1q_u8(b, fill);
    memcpy(b, p, bytes);
    return vld1q_u8(b);
}
static inline void vx_store_bytes(void *p, uint8x16_t v, size_t bytes)
{
    uint8_t b[16];
    vst1q_u8(b, v);
    memcpy(p, b, bytes);
}
static inline vf32 v_load_f32(const float *p) { return vld1q_f32(p); }
static inline vf64 v_load_f64(const double *p) { vf64 v; memcpy(&v, p, sizeof v); return v; }
static inline vi32 v_load_i32(const int32_t *p) { return vld1q_s32(p); }
static inline vi64 v_load_i64(const int64_t *p) { return vld1q_s64(p); }
static inline void v_store_f32(float *p, vf32 v) { vst1q_f32(p, v); }
static inline void v_store_f64(double *p, vf64 v) { memcpy(p, &v, sizeof v); }
static inline void v_store_i32(int32_t *p, vi32 v) { vst1q_s32(p, v); }
static inline void v_store_i64(int64_t *p, vi64 v) { vst1q_s64(p, v); }
static inline vf32 v_load_n_f32(const float *p, size_t n, float fill) { return vreinterpretq_f32_u8(vx_load_over(vreinterpretq_u8_f32(vdupq_n_f32(fill)), p, 4 * n)); }
static inline vf64 v_load_n_f64(const double *p, size_t n, double fill) { vf64 f = {fill, fill}; return (vf64)vx_load_over((uint8x16_t)f, p, 8 * n); }
static inline vi32 v_load_n_i32(const int32_t *p, size_t n, int32_t fill) { return vreinterpretq_s32_u8(vx_load_over(vreinterpretq_u8_s32(vdupq_n_s32(fill)), p, 4 * n)); }
static inline vi64 v_load_n_i64(const int64_t *p, size_t n, int64_t fill) { return vreinterpretq_s64_u8(vx_load_over(vreinterpretq_u8_s64(vdupq_n_s64(fill)), p, 8 * n)); }
static inline void v_store_n_f32(float *p, vf32 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_f32(v), 4 * n); }
static inline void v_store_n_f64(double *p, vf64 v, size_t n) { vx_store_bytes(p, (uint8x16_t)v, 8 * n); }
static inline void v_store_n_i32(int32_t *p, vi32 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_s32(v), 4 * n); }
static inline void v_store_n_i64(int64_t *p, vi64 v, size_t n) { vx_store_bytes(p, vreinterpretq_u8_s64(v), 8 * n); }
/* v_load_n goes through memory, no cheaper than scalar reads for a few elements. */
#define KSIMD_MASKED_LOAD 0
/* No streaming stores (as on AArch64): KSIMD_STREAM_ALIGN 0 turns the
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
static inline vf64 v_set1_f64(double x) { return (vf64){x, x}; }
static inline vi32 v_set1_i32(int32_t x) { return vdupq_n_s32(x); }
static inline vi64 v_set1_i64(int64_t x) { return vdupq_n_s64(x); }

/* ---- float arithmetic ---- */
/* Lane by lane on VFP (IEEE): GCC keeps float arithmetic off NEON unless
 * told -funsafe-math-optimizations, which no ksimd unit is. */
#define VX_LANES_F32(r, expr) for (int i = 0; i < VL_F32; i++) r[i] = (expr)
#define VX_LANES_F64(r, expr) for (int i = 0; i < VL_F64; i++) r[i] = (expr)
static inline uint32x4_t vx_mag_f32(vf32 a) { return vandq_u32(vreinterpretq_u32_f32(a), vdupq_n_u32(0x7fffffff)); }
static inline int vx_any_u32(uint32x4_t m)
{
    uint32x2_t h = vorr_u32(vget_low_u32(m), vget_high_u32(m));
    return (vget_lane_u32(h, 0) | vget_lane_u32(h, 1)) != 0;
}
/* Can NEON's a + b or a - b differ from IEEE's? Only if a lane has a NaN
 * input, or both inputs below 2^-100 and not both zero: a nonzero exact
 * sum with an input of at least 2^-100 is a multiple of 2^-124, so it is
 * normal, and a subnormal input beside it is below half its ULP. */
static inline int vx_sum_exact_f32(vf32 a, vf32 b)
{
    uint32x4_t m = vmaxq_u32(vx_mag_f32(a), vx_mag_f32(b));
    uint32x4_t tiny = vcltq_u32(vsubq_u32(m, vdupq_n_u32(1)), vdupq_n_u32(0x0d7fffff));
    return !vx_any_u32(vorrq_u32(tiny, vcgtq_u32(m, vdupq_n_u32(0x7f800000))));
}
/* The same for a * b: NaN or subnormal inputs, or two nonzero inputs whose
 * biased exponents sum below 128, where the product could be subnormal. */
static inline int vx_product_exact_f32(vf32 a, vf32 b)
{
    uint32x4_t ma = vx_mag_f32(a), mb = vx_mag_f32(b), one = vdupq_n_u32(1);
    uint32x4_t nonzero = vandq_u32(vtstq_u32(ma, ma), vtstq_u32(mb, mb));
    uint32x4_t small = vcltq_u32(vaddq_u32(vshrq_n_u32(ma, 23), vshrq_n_u32(mb, 23)), vdupq_n_u32(128));
    uint32x4_t sub = vorrq_u32(vcltq_u32(vsubq_u32(ma, one), vdupq_n_u32(0x007fffff)), vcltq_u32(vsubq_u32(mb, one), vdupq_n_u32(0x007fffff)));
    uint32x4_t nan = vcgtq_u32(vmaxq_u32(ma, mb), vdupq_n_u32(0x7f800000));
    return !vx_any_u32(vorrq_u32(vorrq_u32(vandq_u32(nonzero, small), sub), nan));
}
/* GCC would compute the NEON result before the guard's branch (it
 * speculates intrinsics), raising flags on the lanes the guard rejects,
 * such as FE_INVALID for inf times a flushed subnormal: the empty volatile
 * asm keeps it behind the branch. */
static inline void vx_after_guard_f32(vf32 *a, vf32 *b) { __asm__ volatile("" : "+w"(*a), "+w"(*b)); }
static inline vf32 v_add_f32(vf32 a, vf32 b) { if (__builtin_expect(vx_sum_exact_f32(a, b), 1)) { vx_after_guard_f32(&a, &b); return vaddq_f32(a, b); } VX_LANES_F32(a, a[i] + b[i]); return a; }
static inline vf64 v_add_f64(vf64 a, vf64 b) { return a + b; }
static inline vf32 v_sub_f32(vf32 a, vf32 b) { if (__builtin_expect(vx_sum_exact_f32(a, b), 1)) { vx_after_guard_f32(&a, &b); return vsubq_f32(a, b); } VX_LANES_F32(a, a[i] - b[i]); return a; }
static inline vf64 v_sub_f64(vf64 a, vf64 b) { return a - b; }
static inline vf32 v_mul_f32(vf32 a, vf32 b) { if (__builtin_expect(vx_product_exact_f32(a, b), 1)) { vx_after_guard_f32(&a, &b); return vmulq_f32(a, b); } VX_LANES_F32(a, a[i] * b[i]); return a; }
static inline vf64 v_mul_f64(vf64 a, vf64 b) { return a * b; }
static inline vf32 v_div_f32(vf32 a, vf32 b) { VX_LANES_F32(a, a[i] / b[i]); return a; }
static inline vf64 v_div_f64(vf64 a, vf64 b) { return a / b; }
static inline vf32 v_neg_f32(vf32 a) { return vreinterpretq_f32_u32(veorq_u32(vreinterpretq_u32_f32(a), vdupq_n_u32(0x80000000))); }
static inline vf64 v_neg_f64(vf64 a) { return -a; }
static inline vf32 v_abs_f32(vf32 a) { return vreinterpretq_f32_u32(vx_mag_f32(a)); }
static inline vf64 v_abs_f64(vf64 a) { VX_LANES_F64(a, fabs(a[i])); return a; }
static inline vf32 v_sqrt_f32(vf32 a) { VX_LANES_F32(a, sqrtf(a[i])); return a; }
static inline vf64 v_sqrt_f64(vf64 a) { VX_LANES_F64(a, sqrt(a[i])); return a; }
static inline vf32 v_floor_f32(vf32 a) { VX_LANES_F32(a, floorf(a[i])); return a; }
static inline vf64 v_floor_f64(vf64 a) { VX_LANES_F64(a, floor(a[i])); return a; }
static inline vf32 v_ceil_f32(vf32 a) { VX_LANES_F32(a, ceilf(a[i])); return a; }
static inline vf64 v_ceil_f64(vf64 a) { VX_LANES_F64(a, ceil(a[i])); return a; }
static inline vf32 v_rint_f32(vf32 a) { VX_LANES_F32(a, nearbyintf(a[i])); return a; }
static inline vf64 v_rint_f64(vf64 a) { VX_LANES_F64(a, nearbyint(a[i])); return a; }
static inline vf32 v_fma_f32(vf32 a, vf32 b, vf32 c) { VX_LANES_F32(a, fmaf(a[i], b[i], c[i])); return a; }
static inline vf64 v_fma_f64(vf64 a, vf64 b, vf64 c) { VX_LANES_F64(a, fma(a[i], b[i], c[i])); return a; }
/* IEEE 754-2019 minimum/maximum as in scalar.h, lane by lane. */
static inline float vx_minimum_f32(float a, float b) { return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? a : b) : a < b ? a : b; }
static inline float vx_maximum_f32(float a, float b) { return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? b : a) : a > b ? a : b; }
static inline double vx_minimum_f64(double a, double b) { return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? a : b) : a < b ? a : b; }
static inline double vx_maximum_f64(double a, double b) { return (a != a || b != b) ? a + b : a == b ? (signbit(a) ? b : a) : a > b ? a : b; }
static inline vf32 v_min_f32(vf32 a, vf32 b) { VX_LANES_F32(a, vx_minimum_f32(a[i], b[i])); return a; }
static inline vf64 v_min_f64(vf64 a, vf64 b) { VX_LANES_F64(a, vx_minimum_f64(a[i], b[i])); return a; }
static inline vf32 v_max_f32(vf32 a, vf32 b) { VX_LANES_F32(a, vx_maximum_f32(a[i], b[i])); return a; }
static inline vf64 v_max_f64(vf64 a, vf64 b) { VX_LANES_F64(a, vx_maximum_f64(a[i], b[i])); return a; }
/* math.c's SLEEF calls, lane by lane through the purec functions. */
#define VX_SLEEF1(fn) \
    static inline vf32 vx_sleef_##fn##_f32(vf32 x) { VX_LANES_F32(x, Sleef_cinz_##fn##f1_u10purec(x[i])); return x; } \
    static inline vf64 vx_sleef_##fn##_f64(vf64 x) { VX_LANES_F64(x, Sleef_cinz_##fn##d1_u10purec(x[i])); return x; }
VX_SLEEF1(exp)
VX_SLEEF1(log)
VX_SLEEF1(sin)
VX_SLEEF1(cos)
static inline vf32 vx_sleef_pow_f32(vf32 x, vf32 y) { VX_LANES_F32(x, Sleef_cinz_powf1_u10purec(x[i], y[i])); return x; }
static inline vf64 vx_sleef_pow_f64(vf64 x, vf64 y) { VX_LANES_F64(x, Sleef_cinz_powd1_u10purec(x[i], y[i])); return x; }

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
/* VMULL on the low 32-bit halves of both 64-bit lanes. */
static inline vi64 v_muleven_u32(vi64 a, vi64 b)
{
    uint32x2_t x = vmovn_u64(vreinterpretq_u64_s64(a)), y = vmovn_u64(vreinterpretq_u64_s64(b));
    return vreinterpretq_s64_u64(vmull_u32(x, y));
}
static inline vi32 v_mulhiu_i32(vi32 a, vi32 b)
{
    uint32x4_t x = vreinterpretq_u32_s32(a), y = vreinterpretq_u32_s32(b);
    uint64x2_t lo = vmull_u32(vget_low_u32(x), vget_low_u32(y));
    uint64x2_t hi = vmull_u32(vget_high_u32(x), vget_high_u32(y));
    return vreinterpretq_s32_u32(vuzpq_u32(vreinterpretq_u32_u64(lo), vreinterpretq_u32_u64(hi)).val[1]);
}
static inline vi32 v_neg_i32(vi32 a) { return vnegq_s32(a); }
static inline vi64 v_neg_i64(vi64 a) { return vsubq_s64(vdupq_n_s64(0), a); }
static inline vi32 v_abs_i32(vi32 a) { return vabsq_s32(a); }
static inline vi32 v_min_i32(vi32 a, vi32 b) { return vminq_s32(a, b); }
static inline vi64 v_min_i64(vi64 a, vi64 b) { return vbslq_s64((vm64)(a > b), b, a); }
static inline vi32 v_max_i32(vi32 a, vi32 b) { return vmaxq_s32(a, b); }
static inline vi64 v_max_i64(vi64 a, vi64 b) { return vbslq_s64((vm64)(a > b), a, b); }

/* ---- lane masks ---- */
static inline vm32 v_mask_none_m32(void) { return vdupq_n_u32(0); }
static inline vm64 v_mask_none_m64(void) { return vdupq_n_u64(0); }
static inline vm32 v_mask_not_m32(vm32 m) { return vmvnq_u32(m); }
static inline vm64 v_mask_not_m64(vm64 m) { return vreinterpretq_u64_u32(vmvnq_u32(vreinterpretq_u32_u64(m))); }
static inline vm32 v_mask_or_m32(vm32 a, vm32 b) { return vorrq_u32(a, b); }
static inline vm64 v_mask_or_m64(vm64 a, vm64 b) { return vorrq_u64(a, b); }
static inline int v_mask_any_m32(vm32 m) { return vx_any_u32(m); }
static inline int v_mask_any_m64(vm64 m) { return vx_any_u32(vreinterpretq_u32_u64(m)); }
static inline unsigned v_mask_count_m32(vm32 m)
{
    uint64x2_t s = vpaddlq_u32(vshrq_n_u32(m, 31));
    return (unsigned)(vgetq_lane_u64(s, 0) + vgetq_lane_u64(s, 1));
}
static inline unsigned v_mask_count_m64(vm64 m) { return (unsigned)(vgetq_lane_u64(m, 0) & 1) + (unsigned)(vgetq_lane_u64(m, 1) & 1); }
static inline unsigned v_mask_first_m32(vm32 m) { return (unsigned)__builtin_ctzll(vget_lane_u64(vreinterpret_u64_u16(vmovn_u32(m)), 0)) / 16; }
static inline unsigned v_mask_first_m64(vm64 m) { return vgetq_lane_u64(m, 0) ? 0 : 1; }
/* All-ones integer lanes where the mask is true, for arithmetic on it. */
static inline vi32 v_mask_to_i32(vm32 m) { return vreinterpretq_s32_u32(m); }
static inline vi64 v_mask_to_i64(vm64 m) { return vreinterpretq_s64_u64(m); }

/* ---- compares to lane masks ---- */
/* Float compares are ordered (false when either side is NaN) except ne,
 * which is true on NaN as IEEE says; v_unord_mask is true where either side
 * is NaN. f32 compares order the bits as integers: the magnitude, negated
 * for negative lanes (so -0.0 == +0.0), which NEON's flushing compares
 * would get wrong for subnormals. f64 compares are VFP's quiet ones (C's
 * isgreater and friends: < on a quiet NaN would raise FE_INVALID, which
 * x86's ordered-quiet compares do not). */
static inline vi32 vx_key_f32(vf32 a)
{
    int32x4_t bits = vreinterpretq_s32_f32(a), sign = vshrq_n_s32(bits, 31);
    return vsubq_s32(veorq_s32(vreinterpretq_s32_u32(vx_mag_f32(a)), sign), sign);
}
static inline vm32 vx_ordered_f32(vf32 a, vf32 b)
{
    return vcleq_u32(vmaxq_u32(vx_mag_f32(a), vx_mag_f32(b)), vdupq_n_u32(0x7f800000));
}
static inline vm32 v_gt_mask_f32(vf32 a, vf32 b) { return vandq_u32(vcgtq_s32(vx_key_f32(a), vx_key_f32(b)), vx_ordered_f32(a, b)); }
static inline vm64 v_gt_mask_f64(vf64 a, vf64 b) { vm64 m; VX_LANES_F64(m, isgreater(a[i], b[i]) ? ~0ull : 0); return m; }
static inline vm32 v_gt_mask_i32(vi32 a, vi32 b) { return vcgtq_s32(a, b); }
static inline vm64 v_gt_mask_i64(vi64 a, vi64 b) { return (vm64)(a > b); }
static inline vm32 v_ge_mask_f32(vf32 a, vf32 b) { return vandq_u32(vcgeq_s32(vx_key_f32(a), vx_key_f32(b)), vx_ordered_f32(a, b)); }
static inline vm64 v_ge_mask_f64(vf64 a, vf64 b) { vm64 m; VX_LANES_F64(m, isgreaterequal(a[i], b[i]) ? ~0ull : 0); return m; }
static inline vm32 v_ge_mask_i32(vi32 a, vi32 b) { return vcgeq_s32(a, b); }
static inline vm64 v_ge_mask_i64(vi64 a, vi64 b) { return (vm64)(a >= b); }
static inline vm32 v_lt_mask_f32(vf32 a, vf32 b) { return v_gt_mask_f32(b, a); }
static inline vm64 v_lt_mask_f64(vf64 a, vf64 b) { vm64 m; VX_LANES_F64(m, isless(a[i], b[i]) ? ~0ull : 0); return m; }
static inline vm32 v_lt_mask_i32(vi32 a, vi32 b) { return vcltq_s32(a, b); }
static inline vm64 v_lt_mask_i64(vi64 a, vi64 b) { return (vm64)(a < b); }
static inline vm32 v_le_mask_f32(vf32 a, vf32 b) { return v_ge_mask_f32(b, a); }
static inline vm64 v_le_mask_f64(vf64 a, vf64 b) { vm64 m; VX_LANES_F64(m, islessequal(a[i], b[i]) ? ~0ull : 0); return m; }
static inline vm32 v_le_mask_i32(vi32 a, vi32 b) { return vcleq_s32(a, b); }
static inline vm64 v_le_mask_i64(vi64 a, vi64 b) { return (vm64)(a <= b); }
static inline vm32 v_eq_mask_f32(vf32 a, vf32 b) { return vandq_u32(vceqq_s32(vx_key_f32(a), vx_key_f32(b)), vx_ordered_f32(a, b)); }
static inline vm64 v_eq_mask_f64(vf64 a, vf64 b) { return (vm64)(a == b); }
static inline vm32 v_eq_mask_i32(vi32 a, vi32 b) { return vceqq_s32(a, b); }
static inline vm64 v_eq_mask_i64(vi64 a, vi64 b) { return (vm64)(a == b); }
static inline vm32 v_ne_mask_f32(vf32 a, vf32 b) { return v_mask_not_m32(v_eq_mask_f32(a, b)); }
static inline vm64 v_ne_mask_f64(vf64 a, vf64 b) { return (vm64)(a != b); }
static inline vm32 v_ne_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(vceqq_s32(a, b)); }
static inline vm64 v_ne_mask_i64(vi64 a, vi64 b) { return (vm64)(a != b); }
static inline vm32 v_unord_mask_f32(vf32 a, vf32 b) { return v_mask_not_m32(vx_ordered_f32(a, b)); }
static inline vm64 v_unord_mask_f64(vf64 a, vf64 b) { return (vm64)((a != a) | (b != b)); }
static inline vm32 v_ord_and_mask_f32(vm32 ok, vf32 a, vf32 b) { return vandq_u32(ok, vx_ordered_f32(a, b)); }
static inline vm64 v_ord_and_mask_f64(vm64 ok, vf64 a, vf64 b) { return ok & (vm64)((a == a) & (b == b)); }

/* ---- select, pick, clip ---- */
/* m ? a : b, lane by lane. */
static inline vf32 v_select_f32(vm32 m, vf32 a, vf32 b) { return vbslq_f32(m, a, b); }
static inline vf64 v_select_f64(vm64 m, vf64 a, vf64 b) { return (vf64)vbslq_u64(m, (vm64)a, (vm64)b); }
static inline vi32 v_select_i32(vm32 m, vi32 a, vi32 b) { return vbslq_s32(m, a, b); }
static inline vi64 v_select_i64(vm64 m, vi64 a, vi64 b) { return vbslq_s64(m, a, b); }
/* x > m ? x : m and x < m ? x : m: m stays on NaN and on ties (+-0.0
 * included). */
static inline vf32 v_pick_gt_f32(vf32 x, vf32 m) { return v_select_f32(v_gt_mask_f32(x, m), x, m); }
static inline vf64 v_pick_gt_f64(vf64 x, vf64 m) { return v_select_f64(v_gt_mask_f64(x, m), x, m); }
static inline vf32 v_pick_lt_f32(vf32 x, vf32 m) { return v_select_f32(v_lt_mask_f32(x, m), x, m); }
static inline vf64 v_pick_lt_f64(vf64 x, vf64 m) { return v_select_f64(v_lt_mask_f64(x, m), x, m); }
/* clip: a < lo ? lo : a > hi ? hi : a; NaN and values equal to a bound
 * (-0.0 against +0.0 included) come through unchanged, as on x86. */
static inline vf32 v_clip_f32(vf32 a, vf32 lo, vf32 hi)
{
    return v_select_f32(v_lt_mask_f32(a, lo), lo, v_select_f32(v_gt_mask_f32(a, hi), hi, a));
}
static inline vf64 v_clip_f64(vf64 a, vf64 lo, vf64 hi)
{
    return v_select_f64(v_lt_mask_f64(a, lo), lo, v_select_f64(v_gt_mask_f64(a, hi), hi, a));
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
/* int64 <-> double, exact for integers of magnitude below 2^51 (VFP has no
 * 64-bit integer conversion: libgcc's, lane by lane). */
static inline vf64 v_cvt_f64_i64(vi64 a) { vf64 r; VX_LANES_F64(r, (double)a[i]); return r; }
static inline vi64 v_cvt_i64_f64(vf64 a) { vi64 r; for (int i = 0; i < VL_I64; i++) r[i] = (int64_t)a[i]; return r; }
/* f32 <-> f64 (VFP, lane by lane): the low and high VL_F64 lanes of a
 * vf32, and back. */
static inline vf64 v_widen_lo_f64(vf32 a) { vf64 r; VX_LANES_F64(r, (double)a[i]); return r; }
static inline vf64 v_widen_hi_f64(vf32 a) { vf64 r; VX_LANES_F64(r, (double)a[i + VL_F64]); return r; }
static inline vf32 v_narrow_f32(vf64 lo, vf64 hi) { return (vf32){(float)lo[0], (float)lo[1], (float)hi[0], (float)hi[1]}; }
/* 2^n for integral n in [-1022, 1023]: n + 1023 shifted into the exponent
 * field. */
static inline vf64 v_exp2i_f64(vf64 n)
{
    int64x2_t e = vshlq_n_s64(vaddq_s64(v_cvt_i64_f64(n), vdupq_n_s64(1023)), 52);
    vf64 r;
    memcpy(&r, &e, sizeof r);
    return r;
}
/* ---- byte masks ---- */
/* Byte masks (uint8_t, any non-zero byte true on input, 0/1 on output)
 * become lane masks through VTST and sign-extending widenings, and go back
 * through narrowing moves (VMOVN). */
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
static inline vu8 v_iszero_u8(vu8 a) { return vandq_u8(vceqq_u8(a, vdupq_n_u8(0)), vdupq_n_u8(1)); }
static inline uint64_t v_sum_u8(vu8 a)
{
    uint64x2_t s = vpaddlq_u32(vpaddlq_u16(vpaddlq_u8(a)));
    return vgetq_lane_u64(s, 0) + vgetq_lane_u64(s, 1);
}

/* ---- compress ---- */
#define KSIMD_COMPRESS_BYTE_TABLES
#include "compress_tables.h"
/* Mask bits (lane 0 in bit 0), then a left-pack through two VTBL lookups. */
static inline unsigned vx_mask_bits_m32(vm32 m)
{
    static const uint32_t lane_bit[4] = {1, 2, 4, 8};
    uint64x2_t s = vpaddlq_u32(vandq_u32(m, vld1q_u32(lane_bit)));
    return (unsigned)(vgetq_lane_u64(s, 0) + vgetq_lane_u64(s, 1));
}
static inline unsigned vx_mask_bits_m64(vm64 m) { return (unsigned)(vgetq_lane_u64(m, 0) & 1) | (unsigned)(vgetq_lane_u64(m, 1) & 2); }
static inline uint8x16_t vx_compress_bytes(uint8x16_t v, const uint8_t *table)
{
    uint8x8x2_t src = {{vget_low_u8(v), vget_high_u8(v)}};
    return vcombine_u8(vtbl2_u8(src, vld1_u8(table)), vtbl2_u8(src, vld1_u8(table + 8)));
}
/* whole-vector stores after a counting pass (masked_t.h's compress_loop) */
#define KSIMD_COMPRESS_MASKED(size, n) 0
static inline vf32 v_compress_f32(vf32 v, vm32 m)
{
    return vreinterpretq_f32_u8(vx_compress_bytes(vreinterpretq_u8_f32(v), ksimd_compress_bytes4[vx_mask_bits_m32(m)]));
}
static inline vf64 v_compress_f64(vf64 v, vm64 m)
{
    return (vf64)vx_compress_bytes((uint8x16_t)v, ksimd_compress_bytes2[vx_mask_bits_m64(m)]);
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
/* r[t] lane k moves to r[k] lane t: VTRN on 32-bit lanes, then the 64-bit
 * halves recombined. */
static inline void v_transpose_f32(vf32 r[VL_F32])
{
    float32x4x2_t p = vtrnq_f32(r[0], r[1]), q = vtrnq_f32(r[2], r[3]);
    r[0] = vcombine_f32(vget_low_f32(p.val[0]), vget_low_f32(q.val[0]));
    r[1] = vcombine_f32(vget_low_f32(p.val[1]), vget_low_f32(q.val[1]));
    r[2] = vcombine_f32(vget_high_f32(p.val[0]), vget_high_f32(q.val[0]));
    r[3] = vcombine_f32(vget_high_f32(p.val[1]), vget_high_f32(q.val[1]));
}
static inline void v_transpose_f64(vf64 r[VL_F64])
{
    vf64 t0 = {r[0][0], r[1][0]}, t1 = {r[0][1], r[1][1]};
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
    int64x2_t t0 = vcombine_s64(vget_low_s64(r[0]), vget_low_s64(r[1]));
    int64x2_t t1 = vcombine_s64(vget_high_s64(r[0]), vget_high_s64(r[1]));
    r[0] = t0, r[1] = t1;
}

/* ---- built from the ops above (emulate.h) ---- */
#define KSIMD_EMULATE_MUL_I64
#define KSIMD_EMULATE_ABS_I64
#define KSIMD_EMULATE_MULHIU_I64
#define KSIMD_EMULATE_LOAD_FAR
#define KSIMD_EMULATE_FINITE_MASK
#define KSIMD_EMULATE_MASK_TAILS
#include "emulate.h"
/* clang-format on */

#endif
