/* Ops built from simpler vocabulary ops, for ISAs that lack an instruction.
 * An ISA header defines KSIMD_EMULATE_<OP> for each op it wants from here,
 * then includes this file. */
#ifndef KSIMD_SIMD_EMULATE_H
#define KSIMD_SIMD_EMULATE_H

#ifdef KSIMD_EMULATE_MUL_I64
/* Low 64 bits of a*b from three 32x32->64 products (the high x high term
 * only affects bits above 64). */
static inline vi64 vmul_i64(vi64 a, vi64 b)
{
    vi64 cross = vadd_i64(vmuleven_u32(a, vshr32_i64(b)), vmuleven_u32(vshr32_i64(a), b));
    return vadd_i64(vmuleven_u32(a, b), vshl32_i64(cross));
}
#endif

#ifdef KSIMD_EMULATE_ABS_I64
/* (a ^ s) - s with s the sign mask; INT64_MIN stays INT64_MIN (wraps). */
static inline vi64 vabs_i64(vi64 a)
{
    vi64 s = vcmpgt_i64(vset1_i64(0), a);
    return vsub_i64(vxor_i64(a, s), s);
}
#endif

#ifdef KSIMD_EMULATE_MULHIU_I64
/* High 64 bits of the unsigned 128-bit product, schoolbook on 32-bit limbs. */
static inline vi64 vmulhiu_i64(vi64 a, vi64 b)
{
    vi64 lo32 = vset1_i64(0xffffffff);
    vi64 ah = vshr32_i64(a), bh = vshr32_i64(b);
    vi64 ll = vmuleven_u32(a, b), lh = vmuleven_u32(a, bh);
    vi64 hl = vmuleven_u32(ah, b), hh = vmuleven_u32(ah, bh);
    vi64 mid = vadd_i64(vadd_i64(vshr32_i64(ll), vand_i64(lh, lo32)), vand_i64(hl, lo32));
    vi64 hi = vadd_i64(hh, vadd_i64(vshr32_i64(lh), vshr32_i64(hl)));
    return vadd_i64(hi, vshr32_i64(mid));
}
#endif

#endif
