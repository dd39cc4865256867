/* SSE4.2 vocabulary (x86-64-v2). No masked loads here: tails go through a
 * small stack buffer so nothing outside [0, n) is touched. */
#ifndef KSIMD_SIMD_SSE42_H
#define KSIMD_SIMD_SSE42_H
#if !defined(KSIMD_TARGET_SSE42) || !defined(__SSE4_2__) || defined(__AVX__)
#error "sse42.h needs the SSE4.2 table's flags (-march=x86-64-v2)"
#endif

#include <math.h>
#include <nmmintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* One line an op, so that the headers diff like a table: */
/* clang-format off */
/* ---- types and lane counts ---- */
/* A lane mask is all-ones in true lanes: vm32 for 32-bit lanes (f32, i32),
 * vm64 for 64-bit lanes (f64, i64). */
typedef __m128 vf32;
typedef __m128d vf64;
typedef __m128i vi32;
typedef __m128i vi64;
typedef __m128 vm32;
typedef __m128d vm64;
typedef __m128i vu8;
#define VL_F32 4
#define VL_F64 2
#define VL_I32 4
#define VL_I64 2
#define VL_U8 16

/* ---- SLEEF names ---- */
/* SLEEF's deterministic u10 functions ("cinz") of this width, for
 * kernels/math.c: KSIMD_SLEEF_F64(exp) is exp over a vf64. */
#define KSIMD_SLEEF_F64(fn) Sleef_cinz_##fn##d2_u10sse4
#define KSIMD_SLEEF_F32(fn) Sleef_cinz_##fn##f4_u10sse4

/* ---- load and store: whole vectors, the first n lanes, streaming ---- */
/* Tails: copy the n live elements over a 16-byte buffer holding the fill. */
static inline __m128i vx_load_over(__m128i fill, const void *p, size_t bytes)
{
    unsigned char b[16];
    _mm_storeu_si128((__m128i *)b, fill);
    memcpy(b, p, bytes);
    return _mm_loadu_si128((const __m128i *)b);
}
static inline __m128i vx_load_bytes(const void *p, size_t bytes) { return vx_load_over(_mm_setzero_si128(), p, bytes); }
static inline void vx_store_bytes(void *p, __m128i v, size_t bytes)
{
    unsigned char b[16];
    _mm_storeu_si128((__m128i *)b, v);
    memcpy(p, b, bytes);
}
static inline vf32 v_load_f32(const float *p) { return _mm_loadu_ps(p); }
static inline vf64 v_load_f64(const double *p) { return _mm_loadu_pd(p); }
static inline vi32 v_load_i32(const int32_t *p) { return _mm_loadu_si128((const __m128i *)p); }
static inline vi64 v_load_i64(const int64_t *p) { return _mm_loadu_si128((const __m128i *)p); }
static inline void v_store_f32(float *p, vf32 v) { _mm_storeu_ps(p, v); }
static inline void v_store_f64(double *p, vf64 v) { _mm_storeu_pd(p, v); }
static inline void v_store_i32(int32_t *p, vi32 v) { _mm_storeu_si128((__m128i *)p, v); }
static inline void v_store_i64(int64_t *p, vi64 v) { _mm_storeu_si128((__m128i *)p, v); }
static inline vf32 v_load_n_f32(const float *p, size_t n, float fill) { return _mm_castsi128_ps(vx_load_over(_mm_castps_si128(_mm_set1_ps(fill)), p, 4 * n)); }
static inline vf64 v_load_n_f64(const double *p, size_t n, double fill) { return _mm_castsi128_pd(vx_load_over(_mm_castpd_si128(_mm_set1_pd(fill)), p, 8 * n)); }
static inline vi32 v_load_n_i32(const int32_t *p, size_t n, int32_t fill) { return vx_load_over(_mm_set1_epi32(fill), p, 4 * n); }
static inline vi64 v_load_n_i64(const int64_t *p, size_t n, int64_t fill) { return vx_load_over(_mm_set1_epi64x(fill), p, 8 * n); }
static inline void v_store_n_f32(float *p, vf32 v, size_t n) { vx_store_bytes(p, _mm_castps_si128(v), 4 * n); }
static inline void v_store_n_f64(double *p, vf64 v, size_t n) { vx_store_bytes(p, _mm_castpd_si128(v), 8 * n); }
static inline void v_store_n_i32(int32_t *p, vi32 v, size_t n) { vx_store_bytes(p, v, 4 * n); }
static inline void v_store_n_i64(int64_t *p, vi64 v, size_t n) { vx_store_bytes(p, v, 8 * n); }
/* v_load_n goes through memory, no cheaper than scalar reads for a few elements. */
#define KSIMD_MASKED_LOAD 0
/* Non-temporal stores (p aligned to 16 bytes): see avx2.h. */
#define KSIMD_STREAM_ALIGN 16
#define KSIMD_PREFETCH_OUT 2048 /* see avx2.h */
static inline void v_stream_f32(float *p, vf32 v) { _mm_stream_ps(p, v); }
static inline void v_stream_f64(double *p, vf64 v) { _mm_stream_pd(p, v); }
static inline void v_stream_i32(int32_t *p, vi32 v) { _mm_stream_si128((__m128i *)p, v); }
static inline void v_stream_i64(int64_t *p, vi64 v) { _mm_stream_si128((__m128i *)p, v); }
static inline void v_stream_fence(void) { _mm_sfence(); }

/* ---- set ---- */
static inline vf32 v_set1_f32(float x) { return _mm_set1_ps(x); }
static inline vf64 v_set1_f64(double x) { return _mm_set1_pd(x); }
static inline vi32 v_set1_i32(int32_t x) { return _mm_set1_epi32(x); }
static inline vi64 v_set1_i64(int64_t x) { return _mm_set1_epi64x(x); }

/* ---- float arithmetic ---- */
static inline vf32 v_add_f32(vf32 a, vf32 b) { return _mm_add_ps(a, b); }
static inline vf64 v_add_f64(vf64 a, vf64 b) { return _mm_add_pd(a, b); }
static inline vf32 v_sub_f32(vf32 a, vf32 b) { return _mm_sub_ps(a, b); }
static inline vf64 v_sub_f64(vf64 a, vf64 b) { return _mm_sub_pd(a, b); }
static inline vf32 v_mul_f32(vf32 a, vf32 b) { return _mm_mul_ps(a, b); }
static inline vf64 v_mul_f64(vf64 a, vf64 b) { return _mm_mul_pd(a, b); }
static inline vf32 v_div_f32(vf32 a, vf32 b) { return _mm_div_ps(a, b); }
static inline vf64 v_div_f64(vf64 a, vf64 b) { return _mm_div_pd(a, b); }
static inline vf32 v_neg_f32(vf32 a) { return _mm_xor_ps(a, _mm_set1_ps(-0.0f)); }
static inline vf64 v_neg_f64(vf64 a) { return _mm_xor_pd(a, _mm_set1_pd(-0.0)); }
static inline vf32 v_abs_f32(vf32 a) { return _mm_andnot_ps(_mm_set1_ps(-0.0f), a); }
static inline vf64 v_abs_f64(vf64 a) { return _mm_andnot_pd(_mm_set1_pd(-0.0), a); }
static inline vf32 v_sqrt_f32(vf32 a) { return _mm_sqrt_ps(a); }
static inline vf64 v_sqrt_f64(vf64 a) { return _mm_sqrt_pd(a); }
static inline vf32 v_floor_f32(vf32 a) { return _mm_round_ps(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
static inline vf64 v_floor_f64(vf64 a) { return _mm_round_pd(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
static inline vf32 v_ceil_f32(vf32 a) { return _mm_round_ps(a, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
static inline vf64 v_ceil_f64(vf64 a) { return _mm_round_pd(a, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
static inline vf32 v_rint_f32(vf32 a) { return _mm_round_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static inline vf64 v_rint_f64(vf64 a) { return _mm_round_pd(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
/* x86-64-v2 has no FMA unit: libm's fma rounds once, lane by lane. */
static inline vf32 v_fma_f32(vf32 a, vf32 b, vf32 c)
{
    float x[4], y[4], z[4];
    _mm_storeu_ps(x, a), _mm_storeu_ps(y, b), _mm_storeu_ps(z, c);
    for (int i = 0; i < 4; i++) x[i] = fmaf(x[i], y[i], z[i]);
    return _mm_loadu_ps(x);
}
static inline vf64 v_fma_f64(vf64 a, vf64 b, vf64 c)
{
    double x[2], y[2], z[2];
    _mm_storeu_pd(x, a), _mm_storeu_pd(y, b), _mm_storeu_pd(z, c);
    for (int i = 0; i < 2; i++) x[i] = fma(x[i], y[i], z[i]);
    return _mm_loadu_pd(x);
}
/* IEEE minimum/maximum from x86 min/max: see avx2.h for why this works. */
static inline vf32 v_min_f32(vf32 a, vf32 b) { return _mm_or_ps(_mm_min_ps(a, b), _mm_min_ps(b, a)); }
static inline vf64 v_min_f64(vf64 a, vf64 b) { return _mm_or_pd(_mm_min_pd(a, b), _mm_min_pd(b, a)); }
static inline vf32 v_max_f32(vf32 a, vf32 b)
{
    return _mm_or_ps(_mm_and_ps(_mm_max_ps(a, b), _mm_max_ps(b, a)), _mm_cmpunord_ps(a, b));
}
static inline vf64 v_max_f64(vf64 a, vf64 b)
{
    return _mm_or_pd(_mm_and_pd(_mm_max_pd(a, b), _mm_max_pd(b, a)), _mm_cmpunord_pd(a, b));
}

/* ---- integer bits and shifts ---- */
static inline vi32 v_and_i32(vi32 a, vi32 b) { return _mm_and_si128(a, b); }
static inline vi64 v_and_i64(vi64 a, vi64 b) { return _mm_and_si128(a, b); }
static inline vi32 v_xor_i32(vi32 a, vi32 b) { return _mm_xor_si128(a, b); }
static inline vi64 v_xor_i64(vi64 a, vi64 b) { return _mm_xor_si128(a, b); }
static inline vi32 v_srl_i32(vi32 a, unsigned k) { return _mm_srl_epi32(a, _mm_cvtsi32_si128((int)k)); }
static inline vi64 v_srl_i64(vi64 a, unsigned k) { return _mm_srl_epi64(a, _mm_cvtsi32_si128((int)k)); }
static inline vi64 v_shl32_i64(vi64 a) { return _mm_slli_epi64(a, 32); }
static inline vi64 v_shr32_i64(vi64 a) { return _mm_srli_epi64(a, 32); }

/* ---- integer arithmetic (wrapping) ---- */
static inline vi32 v_add_i32(vi32 a, vi32 b) { return _mm_add_epi32(a, b); }
static inline vi64 v_add_i64(vi64 a, vi64 b) { return _mm_add_epi64(a, b); }
static inline vi32 v_sub_i32(vi32 a, vi32 b) { return _mm_sub_epi32(a, b); }
static inline vi64 v_sub_i64(vi64 a, vi64 b) { return _mm_sub_epi64(a, b); }
static inline vi32 v_mul_i32(vi32 a, vi32 b) { return _mm_mullo_epi32(a, b); }
static inline vi32 v_mulsmall_i32(vi32 a, vi32 b) { return v_mul_i32(a, b); }
static inline vi64 v_muleven_u32(vi64 a, vi64 b) { return _mm_mul_epu32(a, b); }
static inline vi32 v_mulhiu_i32(vi32 a, vi32 b)
{
    vi64 even = v_shr32_i64(v_muleven_u32(a, b));
    vi64 odd = v_muleven_u32(v_shr32_i64(a), v_shr32_i64(b));
    return _mm_blend_epi16(even, odd, 0xCC);
}
static inline vi32 v_neg_i32(vi32 a) { return _mm_sub_epi32(_mm_setzero_si128(), a); }
static inline vi64 v_neg_i64(vi64 a) { return _mm_sub_epi64(_mm_setzero_si128(), a); }
static inline vi32 v_abs_i32(vi32 a) { return _mm_abs_epi32(a); }
static inline vi32 v_min_i32(vi32 a, vi32 b) { return _mm_min_epi32(a, b); }
static inline vi64 v_min_i64(vi64 a, vi64 b) { return _mm_blendv_epi8(a, b, _mm_cmpgt_epi64(a, b)); }
static inline vi32 v_max_i32(vi32 a, vi32 b) { return _mm_max_epi32(a, b); }
static inline vi64 v_max_i64(vi64 a, vi64 b) { return _mm_blendv_epi8(b, a, _mm_cmpgt_epi64(a, b)); }

/* ---- lane masks ---- */
static inline vm32 v_mask_none_m32(void) { return _mm_setzero_ps(); }
static inline vm64 v_mask_none_m64(void) { return _mm_setzero_pd(); }
static inline vm32 v_mask_not_m32(vm32 m) { return _mm_xor_ps(m, _mm_castsi128_ps(_mm_set1_epi32(-1))); }
static inline vm64 v_mask_not_m64(vm64 m) { return _mm_xor_pd(m, _mm_castsi128_pd(_mm_set1_epi32(-1))); }
static inline vm32 v_mask_or_m32(vm32 a, vm32 b) { return _mm_or_ps(a, b); }
static inline vm64 v_mask_or_m64(vm64 a, vm64 b) { return _mm_or_pd(a, b); }
static inline int v_mask_any_m32(vm32 m) { return _mm_movemask_ps(m) != 0; }
static inline int v_mask_any_m64(vm64 m) { return _mm_movemask_pd(m) != 0; }
static inline unsigned v_mask_count_m32(vm32 m) { return (unsigned)_mm_popcnt_u32((unsigned)_mm_movemask_ps(m)); }
static inline unsigned v_mask_count_m64(vm64 m) { return (unsigned)_mm_popcnt_u32((unsigned)_mm_movemask_pd(m)); }
static inline unsigned v_mask_first_m32(vm32 m) { return (unsigned)__builtin_ctz((unsigned)_mm_movemask_ps(m)); }
static inline unsigned v_mask_first_m64(vm64 m) { return (unsigned)__builtin_ctz((unsigned)_mm_movemask_pd(m)); }
/* All-ones integer lanes where the mask is true, for arithmetic on it. */
static inline vi32 v_mask_to_i32(vm32 m) { return _mm_castps_si128(m); }
static inline vi64 v_mask_to_i64(vm64 m) { return _mm_castpd_si128(m); }

/* ---- compares to lane masks ---- */
/* Float compares are ordered (false when either side is NaN) except ne,
 * which is true on NaN as IEEE says; v_unord_mask is true where either side
 * is NaN. */
static inline vm32 v_gt_mask_f32(vf32 a, vf32 b) { return _mm_cmpgt_ps(a, b); }
static inline vm64 v_gt_mask_f64(vf64 a, vf64 b) { return _mm_cmpgt_pd(a, b); }
static inline vm32 v_gt_mask_i32(vi32 a, vi32 b) { return _mm_castsi128_ps(_mm_cmpgt_epi32(a, b)); }
static inline vm64 v_gt_mask_i64(vi64 a, vi64 b) { return _mm_castsi128_pd(_mm_cmpgt_epi64(a, b)); }
static inline vm32 v_ge_mask_f32(vf32 a, vf32 b) { return _mm_cmpge_ps(a, b); }
static inline vm64 v_ge_mask_f64(vf64 a, vf64 b) { return _mm_cmpge_pd(a, b); }
static inline vm32 v_ge_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(v_gt_mask_i32(b, a)); }
static inline vm64 v_ge_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(v_gt_mask_i64(b, a)); }
static inline vm32 v_lt_mask_f32(vf32 a, vf32 b) { return _mm_cmplt_ps(a, b); }
static inline vm64 v_lt_mask_f64(vf64 a, vf64 b) { return _mm_cmplt_pd(a, b); }
static inline vm32 v_lt_mask_i32(vi32 a, vi32 b) { return v_gt_mask_i32(b, a); }
static inline vm64 v_lt_mask_i64(vi64 a, vi64 b) { return v_gt_mask_i64(b, a); }
static inline vm32 v_le_mask_f32(vf32 a, vf32 b) { return _mm_cmple_ps(a, b); }
static inline vm64 v_le_mask_f64(vf64 a, vf64 b) { return _mm_cmple_pd(a, b); }
static inline vm32 v_le_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(v_gt_mask_i32(a, b)); }
static inline vm64 v_le_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(v_gt_mask_i64(a, b)); }
static inline vm32 v_eq_mask_f32(vf32 a, vf32 b) { return _mm_cmpeq_ps(a, b); }
static inline vm64 v_eq_mask_f64(vf64 a, vf64 b) { return _mm_cmpeq_pd(a, b); }
static inline vm32 v_eq_mask_i32(vi32 a, vi32 b) { return _mm_castsi128_ps(_mm_cmpeq_epi32(a, b)); }
static inline vm64 v_eq_mask_i64(vi64 a, vi64 b) { return _mm_castsi128_pd(_mm_cmpeq_epi64(a, b)); }
static inline vm32 v_ne_mask_f32(vf32 a, vf32 b) { return _mm_cmpneq_ps(a, b); }
static inline vm64 v_ne_mask_f64(vf64 a, vf64 b) { return _mm_cmpneq_pd(a, b); }
static inline vm32 v_ne_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(v_eq_mask_i32(a, b)); }
static inline vm64 v_ne_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(v_eq_mask_i64(a, b)); }
static inline vm32 v_unord_mask_f32(vf32 a, vf32 b) { return _mm_cmpunord_ps(a, b); }
static inline vm64 v_unord_mask_f64(vf64 a, vf64 b) { return _mm_cmpunord_pd(a, b); }
static inline vm32 v_ord_and_mask_f32(vm32 ok, vf32 a, vf32 b) { return _mm_and_ps(ok, _mm_cmpord_ps(a, b)); }
static inline vm64 v_ord_and_mask_f64(vm64 ok, vf64 a, vf64 b) { return _mm_and_pd(ok, _mm_cmpord_pd(a, b)); }

/* ---- select, pick, clip ---- */
/* m ? a : b, lane by lane. */
static inline vf32 v_select_f32(vm32 m, vf32 a, vf32 b) { return _mm_blendv_ps(b, a, m); }
static inline vf64 v_select_f64(vm64 m, vf64 a, vf64 b) { return _mm_blendv_pd(b, a, m); }
static inline vi32 v_select_i32(vm32 m, vi32 a, vi32 b)
{
    return _mm_castps_si128(_mm_blendv_ps(_mm_castsi128_ps(b), _mm_castsi128_ps(a), m));
}
static inline vi64 v_select_i64(vm64 m, vi64 a, vi64 b)
{
    return _mm_castpd_si128(_mm_blendv_pd(_mm_castsi128_pd(b), _mm_castsi128_pd(a), m));
}
/* x > m ? x : m and x < m ? x : m: m stays on NaN and on ties (+-0.0
 * included), exactly what x86 max/min do with m second. */
static inline vf32 v_pick_gt_f32(vf32 x, vf32 m) { return _mm_max_ps(x, m); }
static inline vf64 v_pick_gt_f64(vf64 x, vf64 m) { return _mm_max_pd(x, m); }
static inline vf32 v_pick_lt_f32(vf32 x, vf32 m) { return _mm_min_ps(x, m); }
static inline vf64 v_pick_lt_f64(vf64 x, vf64 m) { return _mm_min_pd(x, m); }
/* clip: a < lo ? lo : a > hi ? hi : a (see avx2.h). */
static inline vf32 v_clip_f32(vf32 a, vf32 lo, vf32 hi) { return _mm_min_ps(hi, _mm_max_ps(lo, a)); }
static inline vf64 v_clip_f64(vf64 a, vf64 lo, vf64 hi) { return _mm_min_pd(hi, _mm_max_pd(lo, a)); }

/* ---- widen ---- */
/* VL_I64 int32 values sign-extended to int64 lanes (the n form zero-fills). */
static inline vi64 v_load_widen_i64(const int32_t *p) { return _mm_cvtepi32_epi64(_mm_loadl_epi64((const __m128i *)p)); }
static inline vi64 v_load_n_widen_i64(const int32_t *p, size_t n) { return _mm_cvtepi32_epi64(vx_load_bytes(p, 4 * n)); }
/* int64 <-> double, exact for integers of magnitude below 2^51: adding
 * 1.5 * 2^52 puts such an integer in the low mantissa bits (no 64-bit
 * conversion instruction before AVX-512DQ). */
#define VX_CVT_MAGIC 0x4338000000000000
static inline vf64 v_cvt_f64_i64(vi64 a)
{
    return _mm_sub_pd(_mm_castsi128_pd(_mm_add_epi64(a, _mm_set1_epi64x(VX_CVT_MAGIC))), _mm_set1_pd(0x1.8p52));
}
static inline vi64 v_cvt_i64_f64(vf64 a)
{
    return _mm_sub_epi64(_mm_castpd_si128(_mm_add_pd(a, _mm_set1_pd(0x1.8p52))), _mm_set1_epi64x(VX_CVT_MAGIC));
}
/* f32 <-> f64: the low and high VL_F64 lanes of a vf32, and back. */
static inline vf64 v_widen_lo_f64(vf32 a) { return _mm_cvtps_pd(a); }
static inline vf64 v_widen_hi_f64(vf32 a) { return _mm_cvtps_pd(_mm_movehl_ps(a, a)); }
static inline vf32 v_narrow_f32(vf64 lo, vf64 hi) { return _mm_movelh_ps(_mm_cvtpd_ps(lo), _mm_cvtpd_ps(hi)); }
/* 2^n for integral n in [-1022, 1023]: n + 1023 is the low bits of
 * 2^52 + n + 1023, shifted into the exponent field. */
static inline vf64 v_exp2i_f64(vf64 n)
{
    return _mm_castsi128_pd(_mm_slli_epi64(_mm_castpd_si128(_mm_add_pd(n, _mm_set1_pd(0x1p52 + 1023))), 52));
}
/* ---- byte masks ---- */
/* Byte masks (uint8_t, any non-zero byte true on input, 0/1 on output)
 * become lane masks through a byte compare and a sign extension, and go
 * back through saturating packs (or movemask). */
/* 0xFF in each byte of b that is non-zero, 0 elsewhere. */
static inline __m128i vx_nonzero_bytes(__m128i b)
{
    return _mm_xor_si128(_mm_cmpeq_epi8(b, _mm_setzero_si128()), _mm_set1_epi8(-1));
}
static inline uint32_t vx_load_bytes4(const void *p) { uint32_t w; memcpy(&w, p, 4); return w; }
static inline void vx_store_bytes4(void *p, uint32_t w) { memcpy(p, &w, 4); }
static inline uint16_t vx_load_bytes2(const void *p) { uint16_t w; memcpy(&w, p, 2); return w; }
static inline void vx_store_bytes2(void *p, uint16_t w) { memcpy(p, &w, 2); }
/* VL bytes of a byte mask -> lane mask, and back to 0/1 bytes. */
static inline vm32 v_mask_load_m32(const uint8_t *p)
{
    return _mm_castsi128_ps(_mm_cvtepi8_epi32(vx_nonzero_bytes(_mm_cvtsi32_si128((int)vx_load_bytes4(p)))));
}
static inline vm64 v_mask_load_m64(const uint8_t *p)
{
    return _mm_castsi128_pd(_mm_cvtepi8_epi64(vx_nonzero_bytes(_mm_cvtsi32_si128(vx_load_bytes2(p)))));
}
static inline void v_mask_store_m32(uint8_t *p, vm32 m)
{
    __m128i h = _mm_packs_epi32(_mm_castps_si128(m), _mm_castps_si128(m));
    vx_store_bytes4(p, (uint32_t)_mm_cvtsi128_si32(_mm_and_si128(_mm_packs_epi16(h, h), _mm_set1_epi8(1))));
}
/* Two mask bits to the low bits of two bytes: bit 1 moves to bit 8. */
static inline void v_mask_store_m64(uint8_t *p, vm64 m)
{
    vx_store_bytes2(p, (uint16_t)(((unsigned)_mm_movemask_pd(m) * 0x81u) & 0x0101u));
}

/* ---- byte lanes ---- */
/* Byte lanes, for mask logic and counting. */
static inline vu8 v_load_u8(const uint8_t *p) { return _mm_loadu_si128((const __m128i *)p); }
static inline void v_store_u8(uint8_t *p, vu8 v) { _mm_storeu_si128((__m128i *)p, v); }
static inline vu8 v_zero_u8(void) { return _mm_setzero_si128(); }
static inline vu8 v_and_u8(vu8 a, vu8 b) { return _mm_and_si128(a, b); }
static inline vu8 v_or_u8(vu8 a, vu8 b) { return _mm_or_si128(a, b); }
static inline vu8 v_xor_u8(vu8 a, vu8 b) { return _mm_xor_si128(a, b); }
static inline vu8 v_add_u8(vu8 a, vu8 b) { return _mm_add_epi8(a, b); }
static inline vu8 v_nonzero_u8(vu8 a) { return _mm_min_epu8(a, _mm_set1_epi8(1)); }
static inline vu8 v_iszero_u8(vu8 a) { return _mm_and_si128(_mm_cmpeq_epi8(a, _mm_setzero_si128()), _mm_set1_epi8(1)); }
/* Sum of all bytes: psadbw against zero gives two 64-bit partial sums. */
static inline uint64_t v_sum_u8(vu8 a)
{
    __m128i s = _mm_sad_epu8(a, _mm_setzero_si128());
    return (uint64_t)_mm_cvtsi128_si64(s) + (uint64_t)_mm_extract_epi64(s, 1);
}

/* ---- compress ---- */
#define KSIMD_COMPRESS_BYTE_TABLES
#include "compress_tables.h"
/* Left-pack through pshufb with a byte table indexed by the mask bits. */
static inline __m128i vx_compress_bytes(__m128i v, const uint8_t *shuffle)
{
    return _mm_shuffle_epi8(v, _mm_load_si128((const __m128i *)shuffle));
}
/* whole-vector stores after a counting pass (masked_t.h's compress_loop) */
#define KSIMD_COMPRESS_MASKED(size, n) 0
static inline vf32 v_compress_f32(vf32 v, vm32 m)
{
    return _mm_castsi128_ps(vx_compress_bytes(_mm_castps_si128(v), ksimd_compress_bytes4[_mm_movemask_ps(m)]));
}
static inline vf64 v_compress_f64(vf64 v, vm64 m)
{
    return _mm_castsi128_pd(vx_compress_bytes(_mm_castpd_si128(v), ksimd_compress_bytes2[_mm_movemask_pd(m)]));
}
static inline vi32 v_compress_i32(vi32 v, vm32 m) { return vx_compress_bytes(v, ksimd_compress_bytes4[_mm_movemask_ps(m)]); }
static inline vi64 v_compress_i64(vi64 v, vm64 m) { return vx_compress_bytes(v, ksimd_compress_bytes2[_mm_movemask_pd(m)]); }

/* ---- tile transposes (strided 2-D) ---- */
/* r[t] lane k moves to r[k] lane t: pairs interleave (unpack), then the
 * 64-bit halves of the pairs move into place. */
static inline void v_transpose_f32(vf32 r[VL_F32])
{
    __m128 t0 = _mm_unpacklo_ps(r[0], r[1]), t1 = _mm_unpacklo_ps(r[2], r[3]);
    __m128 t2 = _mm_unpackhi_ps(r[0], r[1]), t3 = _mm_unpackhi_ps(r[2], r[3]);
    r[0] = _mm_movelh_ps(t0, t1), r[1] = _mm_movehl_ps(t1, t0);
    r[2] = _mm_movelh_ps(t2, t3), r[3] = _mm_movehl_ps(t3, t2);
}
static inline void v_transpose_f64(vf64 r[VL_F64])
{
    __m128d t0 = _mm_unpacklo_pd(r[0], r[1]), t1 = _mm_unpackhi_pd(r[0], r[1]);
    r[0] = t0, r[1] = t1;
}
static inline void v_transpose_i32(vi32 r[VL_I32])
{
    vf32 f[VL_F32];
    for (int k = 0; k < VL_F32; k++) f[k] = _mm_castsi128_ps(r[k]);
    v_transpose_f32(f);
    for (int k = 0; k < VL_F32; k++) r[k] = _mm_castps_si128(f[k]);
}
static inline void v_transpose_i64(vi64 r[VL_I64])
{
    vi64 t0 = _mm_unpacklo_epi64(r[0], r[1]), t1 = _mm_unpackhi_epi64(r[0], r[1]);
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
