/* The AVX-512 intrinsics kernels/simd/avx512.h uses that SIMDe 0.7.4 lacks,
 * written from Intel's descriptions (Intrinsics Guide, SDM) lane by lane in
 * plain C, for the emulated avx512 table (KSIMD_EMULATE_AVX512) only. Found
 * by compiling avx512.h against SIMDe: a missing one resolves to the
 * compiler's real intrinsic, which then fails to inline without -mavx512f.
 *
 *   mask registers   _knot_mask8 _knot_mask16 _kor_mask8 _kor_mask16
 *                    (and the type names __mmask8 __mmask16 __mmask64)
 *   masked loads     _mm512_mask_loadu_ps _mm512_mask_loadu_pd
 *                    _mm512_mask_loadu_epi32 _mm512_mask_loadu_epi64
 *                    _mm512_maskz_loadu_epi8 _mm256_maskz_loadu_epi32
 *                    _mm_maskz_loadu_epi8
 *   masked stores    _mm512_mask_storeu_ps _mm512_mask_storeu_pd
 *                    _mm512_mask_storeu_epi32 _mm512_mask_storeu_epi64
 *                    _mm512_mask_storeu_epi8 _mm_mask_storeu_epi8
 *   streaming stores _mm512_stream_ps _mm512_stream_pd _mm512_stream_si512
 *   compares         _mm512_cmplt_epi32_mask _mm512_cmplt_epi64_mask
 *                    _mm512_cmpneq_epi32_mask _mm512_cmpneq_epi64_mask
 *                    _mm512_testn_epi8_mask _mm_test_epi8_mask
 *                    _mm512_mask_cmp_ps_mask _mm512_mask_cmp_pd_mask
 *                    (_CMP_ORD_Q, the one predicate avx512.h masks)
 *   conversions      _mm512_cvtepi32_epi64 _mm512_cvtepi64_pd
 *                    _mm512_cvtpd_epi64 _mm512_cvtps_pd _mm512_cvtpd_ps
 *   shuffles         _mm512_shuffle_f32x4 _mm512_shuffle_f64x2
 *   reductions       _mm512_reduce_add_epi64
 * and two SIMDe 0.7.4 has wrong, replaced (the selftest failed on them):
 *   _mm512_abs_ps _mm512_abs_pd          -0.0 stayed -0.0 (it negates
 *                                        negative lanes; VPANDD clears the sign)
 *   _mm512_roundscale_ps _mm512_roundscale_pd   its macro shifts imm8
 *                                        unparenthesized: with imm8 = a | b,
 *                                        "imm8 >> 4" is a | (b >> 4), so
 *                                        floor kept one fraction bit
 *
 * Each is ksimd_emu_<name without the leading underscore>; the _mm names
 * are macros to them unless KSIMD_EMU_NO_ALIASES is defined, so that
 * tests/avx512emu/shim_test.c can compare them with the real instructions.
 * Masked-off lanes are never read or written, as the hardware does (a tail
 * load must not touch memory past the array). */
#ifndef KSIMD_AVX512EMU_SHIM_H
#define KSIMD_AVX512EMU_SHIM_H

#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <simde/x86/avx512.h>

/* A vector's lanes as an array and back (memcpy: no aliasing questions). */
#define KSIMD_EMU_LANES(type, n, name, vec)                                                                            \
    type name[n];                                                                                                      \
    memcpy(name, &(vec), sizeof name)
#define KSIMD_EMU_BIT(k, i) (((uint64_t)(k) >> (i)) & 1u)

/* ---- mask registers ---- */
static inline simde__mmask8 ksimd_emu_knot_mask8(simde__mmask8 a) { return (simde__mmask8)~a; }
static inline simde__mmask16 ksimd_emu_knot_mask16(simde__mmask16 a) { return (simde__mmask16)~a; }
static inline simde__mmask8 ksimd_emu_kor_mask8(simde__mmask8 a, simde__mmask8 b) { return (simde__mmask8)(a | b); }
static inline simde__mmask16 ksimd_emu_kor_mask16(simde__mmask16 a, simde__mmask16 b)
{
    return (simde__mmask16)(a | b);
}

/* ---- masked loads: lane i from p where bit i is set, else from src (or 0) ---- */
#define KSIMD_EMU_MASK_LOAD(name, vec, type, n)                                                                        \
    static inline vec ksimd_emu_##name(vec src, uint64_t k, const void *p)                                             \
    {                                                                                                                  \
        KSIMD_EMU_LANES(type, n, r, src);                                                                              \
        for (int i = 0; i < (n); i++)                                                                                  \
            if (KSIMD_EMU_BIT(k, i)) memcpy(&r[i], (const char *)p + i * sizeof(type), sizeof(type));                  \
        memcpy(&src, r, sizeof r);                                                                                     \
        return src;                                                                                                    \
    }
KSIMD_EMU_MASK_LOAD(mm512_mask_loadu_ps, simde__m512, float, 16)
KSIMD_EMU_MASK_LOAD(mm512_mask_loadu_pd, simde__m512d, double, 8)
KSIMD_EMU_MASK_LOAD(mm512_mask_loadu_epi32, simde__m512i, int32_t, 16)
KSIMD_EMU_MASK_LOAD(mm512_mask_loadu_epi64, simde__m512i, int64_t, 8)
KSIMD_EMU_MASK_LOAD(mm512_mask_loadu_epi8, simde__m512i, int8_t, 64)
KSIMD_EMU_MASK_LOAD(mm256_mask_loadu_epi32, simde__m256i, int32_t, 8)
KSIMD_EMU_MASK_LOAD(mm_mask_loadu_epi8, simde__m128i, int8_t, 16)
static inline simde__m512i ksimd_emu_mm512_maskz_loadu_epi8(simde__mmask64 k, const void *p)
{
    return ksimd_emu_mm512_mask_loadu_epi8(simde_mm512_setzero_si512(), k, p);
}
static inline simde__m256i ksimd_emu_mm256_maskz_loadu_epi32(simde__mmask8 k, const void *p)
{
    return ksimd_emu_mm256_mask_loadu_epi32(simde_mm256_setzero_si256(), k, p);
}
static inline simde__m128i ksimd_emu_mm_maskz_loadu_epi8(simde__mmask16 k, const void *p)
{
    return ksimd_emu_mm_mask_loadu_epi8(simde_mm_setzero_si128(), k, p);
}

/* ---- masked stores: lane i to p where bit i is set, nothing else touched ---- */
#define KSIMD_EMU_MASK_STORE(name, vec, type, n)                                                                       \
    static inline void ksimd_emu_##name(void *p, uint64_t k, vec a)                                                    \
    {                                                                                                                  \
        KSIMD_EMU_LANES(type, n, v, a);                                                                                \
        for (int i = 0; i < (n); i++)                                                                                  \
            if (KSIMD_EMU_BIT(k, i)) memcpy((char *)p + i * sizeof(type), &v[i], sizeof(type));                        \
    }
KSIMD_EMU_MASK_STORE(mm512_mask_storeu_ps, simde__m512, float, 16)
KSIMD_EMU_MASK_STORE(mm512_mask_storeu_pd, simde__m512d, double, 8)
KSIMD_EMU_MASK_STORE(mm512_mask_storeu_epi32, simde__m512i, int32_t, 16)
KSIMD_EMU_MASK_STORE(mm512_mask_storeu_epi64, simde__m512i, int64_t, 8)
KSIMD_EMU_MASK_STORE(mm512_mask_storeu_epi8, simde__m512i, int8_t, 64)
KSIMD_EMU_MASK_STORE(mm_mask_storeu_epi8, simde__m128i, int8_t, 16)

/* ---- streaming stores: a plain store, but p must be 64-byte aligned or the
 * instruction faults; trap as it would, so the emulation catches it ---- */
#define KSIMD_EMU_STREAM(name, ptr, vec)                                                                               \
    static inline void ksimd_emu_##name(ptr *p, vec a)                                                                 \
    {                                                                                                                  \
        if ((uintptr_t)p % 64) abort();                                                                                \
        memcpy(p, &a, sizeof a);                                                                                       \
    }
KSIMD_EMU_STREAM(mm512_stream_ps, float, simde__m512)
KSIMD_EMU_STREAM(mm512_stream_pd, double, simde__m512d)
KSIMD_EMU_STREAM(mm512_stream_si512, void, simde__m512i)

/* ---- compares to masks: bit i is the predicate on lane i ---- */
#define KSIMD_EMU_CMP(name, mask, vec, type, n, pred)                                                                  \
    static inline mask ksimd_emu_##name(vec a, vec b)                                                                  \
    {                                                                                                                  \
        KSIMD_EMU_LANES(type, n, x, a);                                                                                \
        KSIMD_EMU_LANES(type, n, y, b);                                                                                \
        uint64_t k = 0;                                                                                                \
        for (int i = 0; i < (n); i++) k |= (uint64_t)(pred) << i;                                                      \
        return (mask)k;                                                                                                \
    }
KSIMD_EMU_CMP(mm512_cmplt_epi32_mask, simde__mmask16, simde__m512i, int32_t, 16, x[i] < y[i])
KSIMD_EMU_CMP(mm512_cmplt_epi64_mask, simde__mmask8, simde__m512i, int64_t, 8, x[i] < y[i])
KSIMD_EMU_CMP(mm512_cmpneq_epi32_mask, simde__mmask16, simde__m512i, int32_t, 16, x[i] != y[i])
KSIMD_EMU_CMP(mm512_cmpneq_epi64_mask, simde__mmask8, simde__m512i, int64_t, 8, x[i] != y[i])
KSIMD_EMU_CMP(mm512_testn_epi8_mask, simde__mmask64, simde__m512i, uint8_t, 64, (x[i] & y[i]) == 0)
KSIMD_EMU_CMP(mm_test_epi8_mask, simde__mmask16, simde__m128i, uint8_t, 16, (x[i] & y[i]) != 0)

/* ---- masked compares: k's lanes where the predicate holds ---- */
/* Only _CMP_ORD_Q, the one avx512.h masks: neither lane NaN. Both lanes
 * are compared (&, not &&) with C's quiet ==, so a signaling NaN raises
 * invalid as the instruction does; masked-off lanes are not compared. */
#define KSIMD_EMU_MASK_CMP_ORD(name, mask, vec, type, n)                                                               \
    static inline mask ksimd_emu_##name(mask k, vec a, vec b, int imm8)                                                \
    {                                                                                                                  \
        if (imm8 != SIMDE_CMP_ORD_Q) abort();                                                                          \
        KSIMD_EMU_LANES(type, n, x, a);                                                                                \
        KSIMD_EMU_LANES(type, n, y, b);                                                                                \
        uint64_t r = 0;                                                                                                \
        for (int i = 0; i < (n); i++)                                                                                  \
            if (KSIMD_EMU_BIT(k, i)) r |= (uint64_t)((x[i] == x[i]) & (y[i] == y[i])) << i;                            \
        return (mask)r;                                                                                                \
    }
KSIMD_EMU_MASK_CMP_ORD(mm512_mask_cmp_ps_mask, simde__mmask16, simde__m512, float, 16)
KSIMD_EMU_MASK_CMP_ORD(mm512_mask_cmp_pd_mask, simde__mmask8, simde__m512d, double, 8)

/* ---- conversions ---- */
/* The 8 lanes of a (from_t) converted as C converts to to_t: int32 ->
 * int64 exactly, int64 -> double and double -> float rounded as MXCSR
 * says, float -> double exactly (CVTSS2SD and CVTSD2SS quieten a NaN, as
 * the vector instructions do). */
#define KSIMD_EMU_CVT(name, from_vec, from_t, to_vec, to_t)                                                            \
    static inline to_vec ksimd_emu_mm512_##name(from_vec a)                                                            \
    {                                                                                                                  \
        KSIMD_EMU_LANES(from_t, 8, x, a);                                                                              \
        to_t r[8];                                                                                                     \
        for (int i = 0; i < 8; i++) r[i] = (to_t)x[i];                                                                 \
        to_vec v;                                                                                                      \
        memcpy(&v, r, sizeof v);                                                                                       \
        return v;                                                                                                      \
    }
KSIMD_EMU_CVT(cvtepi32_epi64, simde__m256i, int32_t, simde__m512i, int64_t)
KSIMD_EMU_CVT(cvtepi64_pd, simde__m512i, int64_t, simde__m512d, double)
KSIMD_EMU_CVT(cvtps_pd, simde__m256, float, simde__m512d, double)
KSIMD_EMU_CVT(cvtpd_ps, simde__m512d, double, simde__m256, float)
/* Rounded as MXCSR says; NaN and values outside int64 give the "integer
 * indefinite" INT64_MIN and raise FE_INVALID. */
/* noinline: see ksimd_emu_roundscale1 below */
static __attribute__((noinline, unused)) int64_t ksimd_emu_cvtsd_si64(double x)
{
    if (isgreaterequal(x, -0x1p63) && isless(x, 0x1p63)) return (int64_t)nearbyint(x);
    feraiseexcept(FE_INVALID);
    return INT64_MIN;
}
static inline simde__m512i ksimd_emu_mm512_cvtpd_epi64(simde__m512d a)
{
    KSIMD_EMU_LANES(double, 8, x, a);
    int64_t r[8];
    for (int i = 0; i < 8; i++) r[i] = ksimd_emu_cvtsd_si64(x[i]);
    simde__m512i v;
    memcpy(&v, r, sizeof v);
    return v;
}

/* ---- shuffles of 128-bit lanes: result lanes 0, 1 from a, lanes 2, 3 from
 * b, each chosen by two bits of imm ---- */
#define KSIMD_EMU_SHUFFLE128(name, vec)                                                                                \
    static inline vec ksimd_emu_##name(vec a, vec b, int imm)                                                          \
    {                                                                                                                  \
        unsigned char x[64], y[64], r[64];                                                                             \
        memcpy(x, &a, 64), memcpy(y, &b, 64);                                                                          \
        for (int l = 0; l < 4; l++) memcpy(r + 16 * l, (l < 2 ? x : y) + 16 * ((imm >> (2 * l)) & 3), 16);             \
        memcpy(&a, r, 64);                                                                                             \
        return a;                                                                                                      \
    }
KSIMD_EMU_SHUFFLE128(mm512_shuffle_f32x4, simde__m512)
KSIMD_EMU_SHUFFLE128(mm512_shuffle_f64x2, simde__m512d)

/* ---- replacing SIMDe's: abs clears the sign bit, NaN payload and all ---- */
#define KSIMD_EMU_ABS(name, vec, bits, n)                                                                              \
    static inline vec ksimd_emu_##name(vec a)                                                                          \
    {                                                                                                                  \
        KSIMD_EMU_LANES(uint##bits##_t, n, x, a);                                                                      \
        for (int i = 0; i < (n); i++) x[i] &= ~((uint##bits##_t)1 << ((bits)-1));                                      \
        memcpy(&a, x, sizeof x);                                                                                       \
        return a;                                                                                                      \
    }
KSIMD_EMU_ABS(mm512_abs_ps, simde__m512, 32, 16)
KSIMD_EMU_ABS(mm512_abs_pd, simde__m512d, 64, 8)

/* roundscale: x rounded to a multiple of 2^-M, M = imm[7:4], by imm[1:0]
 * (nearest even, down, up, toward zero) or by MXCSR when imm[2] is set;
 * imm[3] only suppresses the precision exception. A rounding keeps the
 * sign (-0.3 gives -0.0). NaN comes back quiet; infinities and values
 * already that precise come back as they are. */
/* Out of line, and so never vectorized: GCC 12's vectorizer turned the
 * quiet compares into ones that raise FE_INVALID on a quiet NaN (the shim
 * test caught it), and flags are part of what the selftest checks. */
static __attribute__((noinline, unused)) double ksimd_emu_roundscale1(double x, int imm, int mantissa_bits)
{
    int m = (imm >> 4) & 15;
    if (isnan(x)) return x + x;
    if (!isless(fabs(x), ldexp(1.0, mantissa_bits - m))) return x;
    double y = ldexp(x, m), r;
    switch (imm & 4 ? 4 : imm & 3) {
    case 0:
        r = floor(y);
        if (y - r > 0.5 || (y - r == 0.5 && fmod(r, 2.0) != 0)) r += 1;
        break;
    case 1:
        r = floor(y);
        break;
    case 2:
        r = ceil(y);
        break;
    case 3:
        r = trunc(y);
        break;
    default:
        r = nearbyint(y);
        break;
    }
    return ldexp(copysign(r, x), -m);
}
static inline simde__m512 ksimd_emu_mm512_roundscale_ps(simde__m512 a, int imm)
{
    KSIMD_EMU_LANES(float, 16, x, a);
    for (int i = 0; i < 16; i++) x[i] = (float)ksimd_emu_roundscale1(x[i], imm, 23);
    memcpy(&a, x, sizeof x);
    return a;
}
static inline simde__m512d ksimd_emu_mm512_roundscale_pd(simde__m512d a, int imm)
{
    KSIMD_EMU_LANES(double, 8, x, a);
    for (int i = 0; i < 8; i++) x[i] = ksimd_emu_roundscale1(x[i], imm, 52);
    memcpy(&a, x, sizeof x);
    return a;
}

/* ---- reductions: the wrapping sum of the 8 lanes ---- */
static inline int64_t ksimd_emu_mm512_reduce_add_epi64(simde__m512i a)
{
    KSIMD_EMU_LANES(uint64_t, 8, x, a);
    uint64_t s = 0;
    for (int i = 0; i < 8; i++) s += x[i];
    return (int64_t)s;
}

#ifndef KSIMD_EMU_NO_ALIASES
/* The compiler's immintrin.h declares these names (some as macros) whatever
 * the flags; ours replace them, as SIMDe's own aliases do. */
#undef __mmask8
#define __mmask8 simde__mmask8
#undef __mmask16
#define __mmask16 simde__mmask16
#undef __mmask64
#define __mmask64 simde__mmask64
#undef _knot_mask8
#define _knot_mask8 ksimd_emu_knot_mask8
#undef _knot_mask16
#define _knot_mask16 ksimd_emu_knot_mask16
#undef _kor_mask8
#define _kor_mask8 ksimd_emu_kor_mask8
#undef _kor_mask16
#define _kor_mask16 ksimd_emu_kor_mask16
#undef _mm512_mask_loadu_ps
#define _mm512_mask_loadu_ps ksimd_emu_mm512_mask_loadu_ps
#undef _mm512_mask_loadu_pd
#define _mm512_mask_loadu_pd ksimd_emu_mm512_mask_loadu_pd
#undef _mm512_mask_loadu_epi32
#define _mm512_mask_loadu_epi32 ksimd_emu_mm512_mask_loadu_epi32
#undef _mm512_mask_loadu_epi64
#define _mm512_mask_loadu_epi64 ksimd_emu_mm512_mask_loadu_epi64
#undef _mm512_maskz_loadu_epi8
#define _mm512_maskz_loadu_epi8 ksimd_emu_mm512_maskz_loadu_epi8
#undef _mm256_maskz_loadu_epi32
#define _mm256_maskz_loadu_epi32 ksimd_emu_mm256_maskz_loadu_epi32
#undef _mm_maskz_loadu_epi8
#define _mm_maskz_loadu_epi8 ksimd_emu_mm_maskz_loadu_epi8
#undef _mm512_mask_storeu_ps
#define _mm512_mask_storeu_ps ksimd_emu_mm512_mask_storeu_ps
#undef _mm512_mask_storeu_pd
#define _mm512_mask_storeu_pd ksimd_emu_mm512_mask_storeu_pd
#undef _mm512_mask_storeu_epi32
#define _mm512_mask_storeu_epi32 ksimd_emu_mm512_mask_storeu_epi32
#undef _mm512_mask_storeu_epi64
#define _mm512_mask_storeu_epi64 ksimd_emu_mm512_mask_storeu_epi64
#undef _mm512_mask_storeu_epi8
#define _mm512_mask_storeu_epi8 ksimd_emu_mm512_mask_storeu_epi8
#undef _mm_mask_storeu_epi8
#define _mm_mask_storeu_epi8 ksimd_emu_mm_mask_storeu_epi8
#undef _mm512_stream_ps
#define _mm512_stream_ps ksimd_emu_mm512_stream_ps
#undef _mm512_stream_pd
#define _mm512_stream_pd ksimd_emu_mm512_stream_pd
#undef _mm512_stream_si512
#define _mm512_stream_si512 ksimd_emu_mm512_stream_si512
#undef _mm512_cmplt_epi32_mask
#define _mm512_cmplt_epi32_mask ksimd_emu_mm512_cmplt_epi32_mask
#undef _mm512_cmplt_epi64_mask
#define _mm512_cmplt_epi64_mask ksimd_emu_mm512_cmplt_epi64_mask
#undef _mm512_cmpneq_epi32_mask
#define _mm512_cmpneq_epi32_mask ksimd_emu_mm512_cmpneq_epi32_mask
#undef _mm512_cmpneq_epi64_mask
#define _mm512_cmpneq_epi64_mask ksimd_emu_mm512_cmpneq_epi64_mask
#undef _mm512_testn_epi8_mask
#define _mm512_testn_epi8_mask ksimd_emu_mm512_testn_epi8_mask
#undef _mm_test_epi8_mask
#define _mm_test_epi8_mask ksimd_emu_mm_test_epi8_mask
#undef _mm512_mask_cmp_ps_mask
#define _mm512_mask_cmp_ps_mask ksimd_emu_mm512_mask_cmp_ps_mask
#undef _mm512_mask_cmp_pd_mask
#define _mm512_mask_cmp_pd_mask ksimd_emu_mm512_mask_cmp_pd_mask
#undef _mm512_cvtepi32_epi64
#define _mm512_cvtepi32_epi64 ksimd_emu_mm512_cvtepi32_epi64
#undef _mm512_cvtepi64_pd
#define _mm512_cvtepi64_pd ksimd_emu_mm512_cvtepi64_pd
#undef _mm512_cvtpd_epi64
#define _mm512_cvtpd_epi64 ksimd_emu_mm512_cvtpd_epi64
#undef _mm512_cvtps_pd
#define _mm512_cvtps_pd ksimd_emu_mm512_cvtps_pd
#undef _mm512_cvtpd_ps
#define _mm512_cvtpd_ps ksimd_emu_mm512_cvtpd_ps
#undef _mm512_shuffle_f32x4
#define _mm512_shuffle_f32x4 ksimd_emu_mm512_shuffle_f32x4
#undef _mm512_shuffle_f64x2
#define _mm512_shuffle_f64x2 ksimd_emu_mm512_shuffle_f64x2
#undef _mm512_reduce_add_epi64
#define _mm512_reduce_add_epi64 ksimd_emu_mm512_reduce_add_epi64
#undef _mm512_abs_ps
#define _mm512_abs_ps ksimd_emu_mm512_abs_ps
#undef _mm512_abs_pd
#define _mm512_abs_pd ksimd_emu_mm512_abs_pd
#undef _mm512_roundscale_ps
#define _mm512_roundscale_ps ksimd_emu_mm512_roundscale_ps
#undef _mm512_roundscale_pd
#define _mm512_roundscale_pd ksimd_emu_mm512_roundscale_pd
#endif

#endif
