/* An f32 op computed in double: the vf32 is VL_F32 / VL_F64 vf64s (one on
 * the scalar table, two elsewhere), each through f, rounded back once. */
#ifndef KSIMD_VIA_F64_H
#define KSIMD_VIA_F64_H

#include "simd/simd.h"

#include "kernels.h"

static KSIMD_INLINE vf32 v_via_f64_1(vf32 x, vf64 (*f)(vf64))
{
    vf64 lo = f(v_widen_lo_f64(x));
    vf64 hi = VL_F32 > VL_F64 ? f(v_widen_hi_f64(x)) : lo;
    return v_narrow_f32(lo, hi);
}

static KSIMD_INLINE vf32 v_via_f64_2(vf32 x, vf32 y, vf64 (*f)(vf64, vf64))
{
    vf64 lo = f(v_widen_lo_f64(x), v_widen_lo_f64(y));
    vf64 hi = VL_F32 > VL_F64 ? f(v_widen_hi_f64(x), v_widen_hi_f64(y)) : lo;
    return v_narrow_f32(lo, hi);
}

#endif
