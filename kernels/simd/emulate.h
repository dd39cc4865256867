/* Ops built from simpler vocabulary ops, for ISAs that lack an instruction.
 * An ISA header defines KSIMD_EMULATE_<OP> for each op it wants from here,
 * then includes this file (last, so every op used here exists). The
 * vocabulary test counts a block's ops as the asking header's own. */
#ifndef KSIMD_SIMD_EMULATE_H
#define KSIMD_SIMD_EMULATE_H

#include <math.h>
#include <string.h>

#ifdef KSIMD_EMULATE_MUL_I64
/* Low 64 bits of a*b from three 32x32->64 products (the high x high term
 * only affects bits above 64). */
static inline vi64 v_mul_i64(vi64 a, vi64 b)
{
    vi64 cross = v_add_i64(v_muleven_u32(a, v_shr32_i64(b)), v_muleven_u32(v_shr32_i64(a), b));
    return v_add_i64(v_muleven_u32(a, b), v_shl32_i64(cross));
}
/* The same when every lane of b is below 2^32: one product fewer. */
static inline vi64 v_mulsmall_i64(vi64 a, vi64 b)
{
    return v_add_i64(v_muleven_u32(a, b), v_shl32_i64(v_muleven_u32(v_shr32_i64(a), b)));
}
#endif

#ifdef KSIMD_EMULATE_ABS_I64
/* (a ^ s) - s with s the sign mask; INT64_MIN stays INT64_MIN (wraps). */
static inline vi64 v_abs_i64(vi64 a)
{
    vi64 s = v_mask_to_i64(v_gt_mask_i64(v_set1_i64(0), a));
    return v_sub_i64(v_xor_i64(a, s), s);
}
#endif

#ifdef KSIMD_EMULATE_MULHIU_I64
/* High 64 bits of the unsigned 128-bit product, schoolbook on 32-bit limbs. */
static inline vi64 v_mulhiu_i64(vi64 a, vi64 b)
{
    vi64 lo32 = v_set1_i64(0xffffffff);
    vi64 ah = v_shr32_i64(a), bh = v_shr32_i64(b);
    vi64 ll = v_muleven_u32(a, b), lh = v_muleven_u32(a, bh);
    vi64 hl = v_muleven_u32(ah, b), hh = v_muleven_u32(ah, bh);
    vi64 mid = v_add_i64(v_add_i64(v_shr32_i64(ll), v_and_i64(lh, lo32)), v_and_i64(hl, lo32));
    vi64 hi = v_add_i64(hh, v_add_i64(v_shr32_i64(lh), v_shr32_i64(hl)));
    return v_add_i64(hi, v_shr32_i64(mid));
}
#endif

#ifdef KSIMD_EMULATE_LOAD_FAR
/* Loads of the loops over arrays past L2: the plain loads, where nothing
 * reads DRAM faster (avx512.h says why it differs). */
static inline vf32 v_load_far_f32(const float *p) { return v_load_f32(p); }
static inline vf64 v_load_far_f64(const double *p) { return v_load_f64(p); }
static inline vi32 v_load_far_i32(const int32_t *p) { return v_load_i32(p); }
static inline vi64 v_load_far_i64(const int64_t *p) { return v_load_i64(p); }
static inline vu8 v_load_far_u8(const uint8_t *p) { return v_load_u8(p); }
#endif

#ifdef KSIMD_EMULATE_FINITE_MASK
/* Neither NaN nor +-inf, from quiet compares only (unordered, equal): an
 * ordered less-than signals on a quiet NaN on some ISAs (SSE's cmplt,
 * NEON's FCMGT). */
static inline vm32 v_finite_mask_f32(vf32 a)
{
    return v_mask_not_m32(v_mask_or_m32(v_unord_mask_f32(a, a), v_eq_mask_f32(v_abs_f32(a), v_set1_f32(INFINITY))));
}
static inline vm64 v_finite_mask_f64(vf64 a)
{
    return v_mask_not_m64(v_mask_or_m64(v_unord_mask_f64(a, a), v_eq_mask_f64(v_abs_f64(a), v_set1_f64(INFINITY))));
}
#endif

#ifdef KSIMD_EMULATE_MASK_TAILS
/* Partial byte-mask and byte-vector accesses through a small stack buffer:
 * only the n bytes of the array are read or written (the load zero-fills). */
static inline vm32 v_mask_load_n_m32(const uint8_t *p, size_t n)
{
    uint8_t b[VL_F32] = {0};
    memcpy(b, p, n);
    return v_mask_load_m32(b);
}
static inline vm64 v_mask_load_n_m64(const uint8_t *p, size_t n)
{
    uint8_t b[VL_F64] = {0};
    memcpy(b, p, n);
    return v_mask_load_m64(b);
}
static inline void v_mask_store_n_m32(uint8_t *p, vm32 m, size_t n)
{
    uint8_t b[VL_F32];
    v_mask_store_m32(b, m);
    memcpy(p, b, n);
}
static inline void v_mask_store_n_m64(uint8_t *p, vm64 m, size_t n)
{
    uint8_t b[VL_F64];
    v_mask_store_m64(b, m);
    memcpy(p, b, n);
}
static inline vu8 v_load_n_u8(const uint8_t *p, size_t n)
{
    uint8_t b[VL_U8] = {0};
    memcpy(b, p, n);
    return v_load_u8(b);
}
static inline void v_store_n_u8(uint8_t *p, vu8 v, size_t n)
{
    uint8_t b[VL_U8];
    v_store_u8(b, v);
    memcpy(p, b, n);
}
#endif

#endif
