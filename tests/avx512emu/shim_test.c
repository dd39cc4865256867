/* Each function of avx512emu_shim.h against the real instruction, on random
 * inputs: results, the bytes a store leaves, and the FE_INVALID,
 * FE_DIVBYZERO, FE_OVERFLOW and FE_UNDERFLOW flags (FE_INEXACT is left out:
 * the shim never raises it). Compiled with -mavx512f -mavx512bw -mavx512dq
 * -mavx512vl; exits 77 (skipped) on a CPU without them. Without this check
 * a wrong shim would make the emulated avx512 table test the wrong thing. */
#include <fenv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <immintrin.h>

#define KSIMD_EMU_NO_ALIASES /* the _mm names stay the real instructions */
#include "avx512emu_shim.h"

#define TRIALS 20000
#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

static uint64_t state = 0x9e3779b97f4a7c15u;
static uint64_t next(void)
{
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
}

/* Floats worth rounding, converting and comparing: raw bits (NaNs and
 * infinities among them), integers and halves, signed zeros, and values
 * near 2^52 and 2^63. */
static double pick_f64(void)
{
    static const double special[] = {0.0,
                                     -0.0,
                                     0.5,
                                     -0.5,
                                     1.5,
                                     2.5,
                                     -2.5,
                                     0x1p52,
                                     -0x1p52,
                                     0x1.fffffffffffffp51,
                                     0x1p63,
                                     -0x1p63,
                                     0x1.fffffffffffffp62,
                                     1e300,
                                     __builtin_inf(),
                                     __builtin_nan("")};
    double d;
    switch (next() % 4) {
    case 0: {
        uint64_t b = next();
        memcpy(&d, &b, 8);
        return d;
    }
    case 1:
        return (double)(int64_t)(next() % 4001 - 2000) / 4;
    case 2:
        return special[next() % 16] * (next() & 1 ? 1 : -1);
    default:
        return ldexp((double)(next() >> 11), (int)(next() % 140) - 100) * (next() & 1 ? 1 : -1);
    }
}
static void fill(void *p, size_t bytes, int kind) /* kind: 0 bits, 32 floats, 64 doubles */
{
    unsigned char *b = p;
    for (size_t i = 0; i < bytes; i += 8) {
        uint64_t v = next();
        if (kind == 64) {
            double d = pick_f64();
            memcpy(&v, &d, 8);
        } else if (kind == 32) {
            float f[2] = {(float)pick_f64(), (float)pick_f64()};
            memcpy(&v, f, 8);
            if (next() % 8 == 0) /* a signaling NaN, which no conversion from double gives */
                v = (v & ~0xffffffffull) | 0x7f800001u | (next() & 0x803fffffu);
        } else if (next() % 4 == 0) {
            v &= 0x0101010101010101u * (next() & 0xff); /* many zero bytes and equal lanes */
        }
        memcpy(b + i, &v, 8);
    }
}

static long failures;
static void check(const char *name, const void *want, const void *got, size_t bytes, int want_flags, int got_flags)
{
    if (memcmp(want, got, bytes) == 0 && want_flags == got_flags) return;
    if (failures++ < 20) fprintf(stderr, "FAIL %s (flags real 0x%x, shim 0x%x)\n", name, want_flags, got_flags);
}

/* r = f(args) both ways, results compared bytewise with their flags. */
#define SAME(name, type, real, shim)                                                                                   \
    do {                                                                                                               \
        feclearexcept(FE_ALL_EXCEPT);                                                                                  \
        type volatile want_ = real;                                                                                    \
        int wf_ = fetestexcept(FLAGS);                                                                                 \
        feclearexcept(FE_ALL_EXCEPT);                                                                                  \
        type volatile got_ = shim;                                                                                     \
        int gf_ = fetestexcept(FLAGS);                                                                                 \
        type w_ = want_, g_ = got_;                                                                                    \
        check(name, &w_, &g_, sizeof w_, wf_, gf_);                                                                    \
    } while (0)

/* A masked or streaming store both ways over the same random bytes. */
#define SAME_STORE(name, real, shim)                                                                                   \
    do {                                                                                                               \
        memcpy(want_mem, mem, sizeof mem), memcpy(got_mem, mem, sizeof mem);                                           \
        real;                                                                                                          \
        shim;                                                                                                          \
        check(name, want_mem, got_mem, sizeof mem, 0, 0);                                                              \
    } while (0)

/* Immediates: the ones avx512.h uses and others across the fields. */
#define ROUND_IMMS(X) X(0x08) X(0x09) X(0x0a) X(0x0b) X(0x00) X(0x04) X(0x0c) X(0x19) X(0x32) X(0x4b) X(0xf8) X(0x2c)
#define SHUF_IMMS(X) X(0x00) X(0x44) X(0xee) X(0x88) X(0xdd) X(0x1b) X(0xe4) X(0x4e) X(0xb1) X(0x39) X(0xff)

static _Alignas(64) unsigned char mem[64], want_mem[64], got_mem[64];

static void trial(void)
{
    __m512i i1, i2;
    __m512 f1, f2;
    __m512d d1, d2;
    __m256i h;
    __m128i q1, q2;
    fill(&i1, 64, 0), fill(&i2, 64, 0), fill(&f1, 64, 32), fill(&f2, 64, 32);
    fill(&d1, 64, 64), fill(&d2, 64, 64), fill(&h, 32, 0), fill(&q1, 16, 0), fill(&q2, 16, 0), fill(mem, 64, 0);
    if (next() % 4 == 0) i2 = i1; /* equal lanes for the compares */
    uint64_t k = next();
    if (next() % 2) k = (1ull << (next() % 64)) - 1; /* a tail's first-n mask */
    __mmask8 k8 = (__mmask8)k, k8b = (__mmask8)next();
    __mmask16 k16 = (__mmask16)k, k16b = (__mmask16)next();
    __mmask64 k64 = k;

    SAME("knot_mask8", __mmask8, _knot_mask8(k8), ksimd_emu_knot_mask8(k8));
    SAME("knot_mask16", __mmask16, _knot_mask16(k16), ksimd_emu_knot_mask16(k16));
    SAME("kor_mask8", __mmask8, _kor_mask8(k8, k8b), ksimd_emu_kor_mask8(k8, k8b));
    SAME("kor_mask16", __mmask16, _kor_mask16(k16, k16b), ksimd_emu_kor_mask16(k16, k16b));

    SAME("mask_loadu_ps", __m512, _mm512_mask_loadu_ps(f1, k16, mem), ksimd_emu_mm512_mask_loadu_ps(f1, k16, mem));
    SAME("mask_loadu_pd", __m512d, _mm512_mask_loadu_pd(d1, k8, mem), ksimd_emu_mm512_mask_loadu_pd(d1, k8, mem));
    SAME("mask_loadu_epi32", __m512i, _mm512_mask_loadu_epi32(i1, k16, mem),
         ksimd_emu_mm512_mask_loadu_epi32(i1, k16, mem));
    SAME("mask_loadu_epi64", __m512i, _mm512_mask_loadu_epi64(i1, k8, mem),
         ksimd_emu_mm512_mask_loadu_epi64(i1, k8, mem));
    SAME("maskz_loadu_epi8 512", __m512i, _mm512_maskz_loadu_epi8(k64, mem),
         ksimd_emu_mm512_maskz_loadu_epi8(k64, mem));
    SAME("maskz_loadu_epi32 256", __m256i, _mm256_maskz_loadu_epi32(k8, mem),
         ksimd_emu_mm256_maskz_loadu_epi32(k8, mem));
    SAME("maskz_loadu_epi8 128", __m128i, _mm_maskz_loadu_epi8(k16, mem), ksimd_emu_mm_maskz_loadu_epi8(k16, mem));

    SAME_STORE("mask_storeu_ps", _mm512_mask_storeu_ps(want_mem, k16, f1),
               ksimd_emu_mm512_mask_storeu_ps(got_mem, k16, f1));
    SAME_STORE("mask_storeu_pd", _mm512_mask_storeu_pd(want_mem, k8, d1),
               ksimd_emu_mm512_mask_storeu_pd(got_mem, k8, d1));
    SAME_STORE("mask_storeu_epi32", _mm512_mask_storeu_epi32(want_mem, k16, i1),
               ksimd_emu_mm512_mask_storeu_epi32(got_mem, k16, i1));
    SAME_STORE("mask_storeu_epi64", _mm512_mask_storeu_epi64(want_mem, k8, i1),
               ksimd_emu_mm512_mask_storeu_epi64(got_mem, k8, i1));
    SAME_STORE("mask_storeu_epi8 512", _mm512_mask_storeu_epi8(want_mem, k64, i1),
               ksimd_emu_mm512_mask_storeu_epi8(got_mem, k64, i1));
    SAME_STORE("mask_storeu_epi8 128", _mm_mask_storeu_epi8(want_mem, k16, q1),
               ksimd_emu_mm_mask_storeu_epi8(got_mem, k16, q1));
    SAME_STORE("stream_ps", _mm512_stream_ps((float *)want_mem, f1), ksimd_emu_mm512_stream_ps((float *)got_mem, f1));
    SAME_STORE("stream_pd", _mm512_stream_pd((double *)want_mem, d1), ksimd_emu_mm512_stream_pd((double *)got_mem, d1));
    SAME_STORE("stream_si512", _mm512_stream_si512((void *)want_mem, i1),
               ksimd_emu_mm512_stream_si512((void *)got_mem, i1));
    _mm_sfence();

    SAME("cmplt_epi32_mask", __mmask16, _mm512_cmplt_epi32_mask(i1, i2), ksimd_emu_mm512_cmplt_epi32_mask(i1, i2));
    SAME("cmplt_epi64_mask", __mmask8, _mm512_cmplt_epi64_mask(i1, i2), ksimd_emu_mm512_cmplt_epi64_mask(i1, i2));
    SAME("cmpneq_epi32_mask", __mmask16, _mm512_cmpneq_epi32_mask(i1, i2), ksimd_emu_mm512_cmpneq_epi32_mask(i1, i2));
    SAME("cmpneq_epi64_mask", __mmask8, _mm512_cmpneq_epi64_mask(i1, i2), ksimd_emu_mm512_cmpneq_epi64_mask(i1, i2));
    SAME("testn_epi8_mask", __mmask64, _mm512_testn_epi8_mask(i1, i2), ksimd_emu_mm512_testn_epi8_mask(i1, i2));
    SAME("test_epi8_mask", __mmask16, _mm_test_epi8_mask(q1, q2), ksimd_emu_mm_test_epi8_mask(q1, q2));

    SAME("mask_cmp_ps_mask ORD_Q", __mmask16, _mm512_mask_cmp_ps_mask(k16, f1, f2, _CMP_ORD_Q),
         ksimd_emu_mm512_mask_cmp_ps_mask(k16, f1, f2, _CMP_ORD_Q));
    SAME("mask_cmp_pd_mask ORD_Q", __mmask8, _mm512_mask_cmp_pd_mask(k8, d1, d2, _CMP_ORD_Q),
         ksimd_emu_mm512_mask_cmp_pd_mask(k8, d1, d2, _CMP_ORD_Q));

    SAME("cvtepi32_epi64", __m512i, _mm512_cvtepi32_epi64(h), ksimd_emu_mm512_cvtepi32_epi64(h));
    SAME("cvtepi64_pd", __m512d, _mm512_cvtepi64_pd(i1), ksimd_emu_mm512_cvtepi64_pd(i1));
    SAME("cvtpd_epi64", __m512i, _mm512_cvtpd_epi64(d1), ksimd_emu_mm512_cvtpd_epi64(d1));
    SAME("cvtps_pd", __m512d, _mm512_cvtps_pd(_mm512_castps512_ps256(f1)),
         ksimd_emu_mm512_cvtps_pd(_mm512_castps512_ps256(f1)));
    SAME("cvtpd_ps", __m256, _mm512_cvtpd_ps(d1), ksimd_emu_mm512_cvtpd_ps(d1));

#define SHUF(imm)                                                                                                      \
    SAME("shuffle_f32x4 " #imm, __m512, _mm512_shuffle_f32x4(f1, f2, imm),                                             \
         ksimd_emu_mm512_shuffle_f32x4(f1, f2, imm));                                                                  \
    SAME("shuffle_f64x2 " #imm, __m512d, _mm512_shuffle_f64x2(d1, d2, imm), ksimd_emu_mm512_shuffle_f64x2(d1, d2, imm));
    SHUF_IMMS(SHUF)
    SAME("reduce_add_epi64", int64_t, _mm512_reduce_add_epi64(i1), ksimd_emu_mm512_reduce_add_epi64(i1));

    SAME("abs_ps", __m512, _mm512_abs_ps(f1), ksimd_emu_mm512_abs_ps(f1));
    SAME("abs_pd", __m512d, _mm512_abs_pd(d1), ksimd_emu_mm512_abs_pd(d1));
#define ROUND(imm)                                                                                                     \
    SAME("roundscale_ps " #imm, __m512, _mm512_roundscale_ps(f1, imm), ksimd_emu_mm512_roundscale_ps(f1, imm));        \
    SAME("roundscale_pd " #imm, __m512d, _mm512_roundscale_pd(d1, imm), ksimd_emu_mm512_roundscale_pd(d1, imm));
    ROUND_IMMS(ROUND)
}

int main(void)
{
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx512f") || !__builtin_cpu_supports("avx512bw") ||
        !__builtin_cpu_supports("avx512dq") || !__builtin_cpu_supports("avx512vl")) {
        puts("avx512emu-shim: skipped, this CPU lacks AVX-512 F/BW/DQ/VL");
        return 77;
    }
    /* Every rounding mode: conversions and roundscale's MXCSR mode use it. */
    const int modes[] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        for (int t = 0; t < TRIALS; t++) trial();
    }
    fesetround(FE_TONEAREST);
    printf("avx512emu-shim: %d trials in each rounding mode, %ld failed\n", TRIALS, failures);
    return failures != 0;
}
