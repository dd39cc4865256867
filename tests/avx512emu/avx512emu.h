/* What kernels/simd/avx512.h includes in place of <immintrin.h> in the
 * emulated avx512 table (CMake option KSIMD_EMULATE_AVX512, test builds
 * only): SIMDe's AVX-512 with its _mm names (SIMDE_ENABLE_NATIVE_ALIASES,
 * set by avx512emu.cmake), the shim for what SIMDe 0.7.4 lacks, and
 * KSIMD_SLEEF_F64/F32. SLEEF's avx512 functions need AVX-512, so each lane
 * goes through SLEEF's portable cinz function instead: the cinz functions
 * give the same bits on every ISA, so the table's results do not change. */
#ifndef KSIMD_AVX512EMU_H
#define KSIMD_AVX512EMU_H

#if !defined(KSIMD_EMULATE_AVX512) || !defined(SIMDE_ENABLE_NATIVE_ALIASES) || defined(__AVX512F__)
#error "avx512emu.h is for the emulated avx512 table (KSIMD_EMULATE_AVX512), built without AVX-512"
#endif

#include <math.h> /* before sleef.h, which defines FP_FAST_FMA differently */

#include <sleef.h>

#include "avx512emu_shim.h"

#define KSIMD_SLEEF_F64(fn) ksimd_emu_sleef_##fn##_f64
#define KSIMD_SLEEF_F32(fn) ksimd_emu_sleef_##fn##_f32

/* fn over every lane of an n-lane vector of type through SLEEF's purec
 * (scalar) cinz function; sfx is SLEEF's d1 or f1. */
#define KSIMD_EMU_SLEEF1(fn, vec, type, n, sfx, ours)                                                                  \
    static inline vec ksimd_emu_sleef_##fn##_##ours(vec a)                                                             \
    {                                                                                                                  \
        KSIMD_EMU_LANES(type, n, x, a);                                                                                \
        for (int i = 0; i < (n); i++) x[i] = Sleef_cinz_##fn##sfx##_u10purec(x[i]);                                    \
        memcpy(&a, x, sizeof x);                                                                                       \
        return a;                                                                                                      \
    }
#define KSIMD_EMU_SLEEF_BOTH(fn)                                                                                       \
    KSIMD_EMU_SLEEF1(fn, simde__m512d, double, 8, d1, f64)                                                             \
    KSIMD_EMU_SLEEF1(fn, simde__m512, float, 16, f1, f32)
KSIMD_EMU_SLEEF_BOTH(exp)
KSIMD_EMU_SLEEF_BOTH(log)
KSIMD_EMU_SLEEF_BOTH(sin)
KSIMD_EMU_SLEEF_BOTH(cos)
static inline simde__m512d ksimd_emu_sleef_pow_f64(simde__m512d a, simde__m512d b)
{
    KSIMD_EMU_LANES(double, 8, x, a);
    KSIMD_EMU_LANES(double, 8, y, b);
    for (int i = 0; i < 8; i++) x[i] = Sleef_cinz_powd1_u10purec(x[i], y[i]);
    memcpy(&a, x, sizeof x);
    return a;
}

#endif
