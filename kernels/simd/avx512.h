/* AVX-512 vocabulary (x86-64-v4: F, BW, CD, DQ, VL). Tails are masked
 * loads and stores through k-registers. */
#ifndef KSIMD_SIMD_AVX512_H
#define KSIMD_SIMD_AVX512_H
#if defined(KSIMD_EMULATE_AVX512)
/* Test build only (CMake option KSIMD_EMULATE_AVX512): the intrinsics come
 * from SIMDe and tests/avx512emu's shim, so this table runs on CPUs without
 * AVX-512 and CI can test it there. */
#include "avx512emu.h"
#else
#if !defined(KSIMD_TARGET_AVX512) || !defined(__AVX512F__) || !defined(__AVX512BW__) || !defined(__AVX512DQ__) ||      \
    !defined(__AVX512VL__)
#error "avx512.h needs the AVX-512 table's flags (-march=x86-64-v4)"
#endif
#include <immintrin.h>
#endif
#include <stddef.h>
#include <stdint.h>

/* One line an op, so that the headers diff like a table: */
/* clang-format off */
/* ---- types and lane counts ---- */
/* Lane masks are k-registers: vm32 for 32-bit lanes (f32, i32), vm64 for
 * 64-bit lanes (f64, i64). */
typedef __m512 vf32;
typedef __m512d vf64;
typedef __m512i vi32;
typedef __m512i vi64;
typedef __mmask16 vm32;
typedef __mmask8 vm64;
typedef __m512i vu8;
#define VL_F32 16
#define VL_F64 8
#define VL_I32 16
#define VL_I64 8
#define VL_U8 64

/* ---- SLEEF names ---- */
/* SLEEF's deterministic u10 functions ("cinz") of this width, for
 * kernels/math.c: KSIMD_SLEEF_F64(exp) is exp over a vf64. */
#ifndef KSIMD_EMULATE_AVX512 /* emulated: avx512emu.h's, lane by lane */
#define KSIMD_SLEEF_F64(fn) Sleef_cinz_##fn##d8_u10avx512fnofma
#define KSIMD_SLEEF_F32(fn) Sleef_cinz_##fn##f16_u10avx512fnofma
#endif

/* ---- load and store: whole vectors, the first n lanes, streaming ---- */
static inline __mmask16 vx_first_n(size_t n) { return (__mmask16)_bzhi_u32(0xffffu, (unsigned)n); }
static inline vf32 v_load_f32(const float *p) { return _mm512_loadu_ps(p); }
static inline vf64 v_load_f64(const double *p) { return _mm512_loadu_pd(p); }
static inline vi32 v_load_i32(const int32_t *p) { return _mm512_loadu_si512(p); }
static inline vi64 v_load_i64(const int64_t *p) { return _mm512_loadu_si512(p); }
static inline void v_store_f32(float *p, vf32 v) { _mm512_storeu_ps(p, v); }
static inline void v_store_f64(double *p, vf64 v) { _mm512_storeu_pd(p, v); }
static inline void v_store_i32(int32_t *p, vi32 v) { _mm512_storeu_si512(p, v); }
static inline void v_store_i64(int64_t *p, vi64 v) { _mm512_storeu_si512(p, v); }
static inline vf32 v_load_n_f32(const float *p, size_t n, float fill)
{
    return _mm512_mask_loadu_ps(_mm512_set1_ps(fill), vx_first_n(n), p);
}
static inline vf64 v_load_n_f64(const double *p, size_t n, double fill)
{
    return _mm512_mask_loadu_pd(_mm512_set1_pd(fill), (__mmask8)vx_first_n(n), p);
}
static inline vi32 v_load_n_i32(const int32_t *p, size_t n, int32_t fill)
{
    return _mm512_mask_loadu_epi32(_mm512_set1_epi32(fill), vx_first_n(n), p);
}
static inline vi64 v_load_n_i64(const int64_t *p, size_t n, int64_t fill)
{
    return _mm512_mask_loadu_epi64(_mm512_set1_epi64(fill), (__mmask8)vx_first_n(n), p);
}
static inline void v_store_n_f32(float *p, vf32 v, size_t n) { _mm512_mask_storeu_ps(p, vx_first_n(n), v); }
static inline void v_store_n_f64(double *p, vf64 v, size_t n) { _mm512_mask_storeu_pd(p, (__mmask8)vx_first_n(n), v); }
static inline void v_store_n_i32(int32_t *p, vi32 v, size_t n) { _mm512_mask_storeu_epi32(p, vx_first_n(n), v); }
static inline void v_store_n_i64(int64_t *p, vi64 v, size_t n)
{
    _mm512_mask_storeu_epi64(p, (__mmask8)vx_first_n(n), v);
}
/* v_load_n is one masked load (kernels/extreme_t.h reads short arrays with it). */
#define KSIMD_MASKED_LOAD 1
/* Non-temporal stores (p aligned to 64 bytes): see avx2.h. */
#define KSIMD_STREAM_ALIGN 64
#define KSIMD_PREFETCH_OUT 2048 /* see avx2.h */
static inline void v_stream_f32(float *p, vf32 v) { _mm512_stream_ps(p, v); }
static inline void v_stream_f64(double *p, vf64 v) { _mm512_stream_pd(p, v); }
static inline void v_stream_i32(int32_t *p, vi32 v) { _mm512_stream_si512((void *)p, v); }
static inline void v_stream_i64(int64_t *p, vi64 v) { _mm512_stream_si512((void *)p, v); }
static inline void v_stream_fence(void) { _mm_sfence(); }
/* Loads of the loops over arrays past L2 (map_t.h's streaming loops,
 * extreme_t.h's chunks, sum_i64, where): two 256-bit halves. On Zen 4 a
 * loop of whole 512-bit loads reads DRAM 5-10% slower than one of 256-bit
 * loads (kbench 16 Mi rows against the avx2 table). In L1 the inserts cost
 * (every load in halves made sum_f64 at 1 Ki 2x slower); from L3 (where at
 * 4 Mi) and DRAM they cost nothing measurable there. Not measured on Intel,
 * where the insert is one more shuffle per 64 bytes. */
static inline __m512i vx_load_halves(const void *p)
{
    const __m256i *h = (const __m256i *)p;
    __m256i lo = _mm256_loadu_si256(h);
#if defined(__clang__) && !defined(KSIMD_EMULATE_AVX512)
    __asm__("" : "+x"(lo)); /* or clang merges the halves into one 512-bit load */
#endif
    return _mm512_inserti64x4(_mm512_castsi256_si512(lo), _mm256_loadu_si256(h + 1), 1);
}
static inline vf32 v_load_far_f32(const float *p) { return _mm512_castsi512_ps(vx_load_halves(p)); }
static inline vf64 v_load_far_f64(const double *p) { return _mm512_castsi512_pd(vx_load_halves(p)); }
static inline vi32 v_load_far_i32(const int32_t *p) { return vx_load_halves(p); }
static inline vi64 v_load_far_i64(const int64_t *p) { return vx_load_halves(p); }
static inline vu8 v_load_far_u8(const uint8_t *p) { return vx_load_halves(p); }

/* ---- set ---- */
static inline vf32 v_set1_f32(float x) { return _mm512_set1_ps(x); }
static inline vf64 v_set1_f64(double x) { return _mm512_set1_pd(x); }
static inline vi32 v_set1_i32(int32_t x) { return _mm512_set1_epi32(x); }
static inline vi64 v_set1_i64(int64_t x) { return _mm512_set1_epi64(x); }

/* ---- float arithmetic ---- */
static inline vf32 v_add_f32(vf32 a, vf32 b) { return _mm512_add_ps(a, b); }
static inline vf64 v_add_f64(vf64 a, vf64 b) { return _mm512_add_pd(a, b); }
static inline vf32 v_sub_f32(vf32 a, vf32 b) { return _mm512_sub_ps(a, b); }
static inline vf64 v_sub_f64(vf64 a, vf64 b) { return _mm512_sub_pd(a, b); }
static inline vf32 v_mul_f32(vf32 a, vf32 b) { return _mm512_mul_ps(a, b); }
static inline vf64 v_mul_f64(vf64 a, vf64 b) { return _mm512_mul_pd(a, b); }
static inline vf32 v_div_f32(vf32 a, vf32 b) { return _mm512_div_ps(a, b); }
static inline vf64 v_div_f64(vf64 a, vf64 b) { return _mm512_div_pd(a, b); }
static inline vf32 v_neg_f32(vf32 a) { return _mm512_xor_ps(a, _mm512_set1_ps(-0.0f)); }
static inline vf64 v_neg_f64(vf64 a) { return _mm512_xor_pd(a, _mm512_set1_pd(-0.0)); }
static inline vf32 v_abs_f32(vf32 a) { return _mm512_abs_ps(a); }
static inline vf64 v_abs_f64(vf64 a) { return _mm512_abs_pd(a); }
static inline vf32 v_sqrt_f32(vf32 a) { return _mm512_sqrt_ps(a); }
static inline vf64 v_sqrt_f64(vf64 a) { return _mm512_sqrt_pd(a); }
static inline vf32 v_floor_f32(vf32 a) { return _mm512_roundscale_ps(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
static inline vf64 v_floor_f64(vf64 a) { return _mm512_roundscale_pd(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
static inline vf32 v_ceil_f32(vf32 a) { return _mm512_roundscale_ps(a, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
static inline vf64 v_ceil_f64(vf64 a) { return _mm512_roundscale_pd(a, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
static inline vf32 v_rint_f32(vf32 a) { return _mm512_roundscale_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static inline vf64 v_rint_f64(vf64 a) { return _mm512_roundscale_pd(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static inline vf32 v_fma_f32(vf32 a, vf32 b, vf32 c) { return _mm512_fmadd_ps(a, b, c); }
static inline vf64 v_fma_f64(vf64 a, vf64 b, vf64 c) { return _mm512_fmadd_pd(a, b, c); }
/* IEEE minimum/maximum from x86 min/max: see avx2.h for why this works. */
static inline vf32 v_min_f32(vf32 a, vf32 b) { return _mm512_or_ps(_mm512_min_ps(a, b), _mm512_min_ps(b, a)); }
static inline vf64 v_min_f64(vf64 a, vf64 b) { return _mm512_or_pd(_mm512_min_pd(a, b), _mm512_min_pd(b, a)); }
static inline vf32 v_max_f32(vf32 a, vf32 b)
{
    vf32 m = _mm512_and_ps(_mm512_max_ps(a, b), _mm512_max_ps(b, a));
    return _mm512_mask_mov_ps(m, _mm512_cmp_ps_mask(a, b, _CMP_UNORD_Q), _mm512_set1_ps(__builtin_nanf("")));
}
static inline vf64 v_max_f64(vf64 a, vf64 b)
{
    vf64 m = _mm512_and_pd(_mm512_max_pd(a, b), _mm512_max_pd(b, a));
    return _mm512_mask_mov_pd(m, _mm512_cmp_pd_mask(a, b, _CMP_UNORD_Q), _mm512_set1_pd(__builtin_nan("")));
}

/* ---- integer bits and shifts ---- */
static inline vi32 v_and_i32(vi32 a, vi32 b) { return _mm512_and_si512(a, b); }
static inline vi64 v_and_i64(vi64 a, vi64 b) { return _mm512_and_si512(a, b); }
static inline vi32 v_xor_i32(vi32 a, vi32 b) { return _mm512_xor_si512(a, b); }
static inline vi64 v_xor_i64(vi64 a, vi64 b) { return _mm512_xor_si512(a, b); }
static inline vi32 v_srl_i32(vi32 a, unsigned k) { return _mm512_srl_epi32(a, _mm_cvtsi32_si128((int)k)); }
static inline vi64 v_srl_i64(vi64 a, unsigned k) { return _mm512_srl_epi64(a, _mm_cvtsi32_si128((int)k)); }
static inline vi64 v_shl32_i64(vi64 a) { return _mm512_slli_epi64(a, 32); }
static inline vi64 v_shr32_i64(vi64 a) { return _mm512_srli_epi64(a, 32); }

/* ---- integer arithmetic (wrapping) ---- */
static inline vi32 v_add_i32(vi32 a, vi32 b) { return _mm512_add_epi32(a, b); }
static inline vi64 v_add_i64(vi64 a, vi64 b) { return _mm512_add_epi64(a, b); }
static inline vi32 v_sub_i32(vi32 a, vi32 b) { return _mm512_sub_epi32(a, b); }
static inline vi64 v_sub_i64(vi64 a, vi64 b) { return _mm512_sub_epi64(a, b); }
static inline vi32 v_mul_i32(vi32 a, vi32 b) { return _mm512_mullo_epi32(a, b); }
static inline vi64 v_mul_i64(vi64 a, vi64 b) { return _mm512_mullo_epi64(a, b); }
static inline vi32 v_mulsmall_i32(vi32 a, vi32 b) { return v_mul_i32(a, b); }
static inline vi64 v_mulsmall_i64(vi64 a, vi64 b) { return _mm512_mullo_epi64(a, b); }
static inline vi64 v_muleven_u32(vi64 a, vi64 b) { return _mm512_mul_epu32(a, b); }
static inline vi32 v_mulhiu_i32(vi32 a, vi32 b)
{
    vi64 even = v_shr32_i64(v_muleven_u32(a, b));
    vi64 odd = v_muleven_u32(v_shr32_i64(a), v_shr32_i64(b));
    return _mm512_mask_blend_epi32(0xAAAA, even, odd);
}
static inline vi32 v_neg_i32(vi32 a) { return _mm512_sub_epi32(_mm512_setzero_si512(), a); }
static inline vi64 v_neg_i64(vi64 a) { return _mm512_sub_epi64(_mm512_setzero_si512(), a); }
static inline vi32 v_abs_i32(vi32 a) { return _mm512_abs_epi32(a); }
static inline vi64 v_abs_i64(vi64 a) { return _mm512_abs_epi64(a); }
static inline vi32 v_min_i32(vi32 a, vi32 b) { return _mm512_min_epi32(a, b); }
static inline vi64 v_min_i64(vi64 a, vi64 b) { return _mm512_min_epi64(a, b); }
static inline vi32 v_max_i32(vi32 a, vi32 b) { return _mm512_max_epi32(a, b); }
static inline vi64 v_max_i64(vi64 a, vi64 b) { return _mm512_max_epi64(a, b); }

/* ---- lane masks ---- */
static inline vm32 v_mask_none_m32(void) { return 0; }
static inline vm64 v_mask_none_m64(void) { return 0; }
static inline vm32 v_mask_not_m32(vm32 m) { return _knot_mask16(m); }
static inline vm64 v_mask_not_m64(vm64 m) { return _knot_mask8(m); }
static inline vm32 v_mask_or_m32(vm32 a, vm32 b) { return _kor_mask16(a, b); }
static inline vm64 v_mask_or_m64(vm64 a, vm64 b) { return _kor_mask8(a, b); }
static inline int v_mask_any_m32(vm32 m) { return m != 0; }
static inline int v_mask_any_m64(vm64 m) { return m != 0; }
static inline unsigned v_mask_count_m32(vm32 m) { return (unsigned)_mm_popcnt_u32(m); }
static inline unsigned v_mask_count_m64(vm64 m) { return (unsigned)_mm_popcnt_u32(m); }
/* Index of the first true lane of a mask that has one. */
static inline unsigned v_mask_first_m32(vm32 m) { return (unsigned)__builtin_ctz(m); }
static inline unsigned v_mask_first_m64(vm64 m) { return (unsigned)__builtin_ctz(m); }
/* All-ones integer lanes where the mask is true, for arithmetic on it. */
static inline vi32 v_mask_to_i32(vm32 m) { return _mm512_movm_epi32(m); }
static inline vi64 v_mask_to_i64(vm64 m) { return _mm512_movm_epi64(m); }

/* ---- compares to lane masks ---- */
/* Float compares are ordered (false when either side is NaN) except ne,
 * which is true on NaN as IEEE says; v_unord_mask is true where either side
 * is NaN. */
static inline vm32 v_gt_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_GT_OQ); }
static inline vm64 v_gt_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_GT_OQ); }
static inline vm32 v_gt_mask_i32(vi32 a, vi32 b) { return _mm512_cmpgt_epi32_mask(a, b); }
static inline vm64 v_gt_mask_i64(vi64 a, vi64 b) { return _mm512_cmpgt_epi64_mask(a, b); }
static inline vm32 v_ge_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_GE_OQ); }
static inline vm64 v_ge_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_GE_OQ); }
static inline vm32 v_ge_mask_i32(vi32 a, vi32 b) { return _mm512_cmpge_epi32_mask(a, b); }
static inline vm64 v_ge_mask_i64(vi64 a, vi64 b) { return _mm512_cmpge_epi64_mask(a, b); }
static inline vm32 v_lt_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_LT_OQ); }
static inline vm64 v_lt_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_LT_OQ); }
static inline vm32 v_lt_mask_i32(vi32 a, vi32 b) { return _mm512_cmplt_epi32_mask(a, b); }
static inline vm64 v_lt_mask_i64(vi64 a, vi64 b) { return _mm512_cmplt_epi64_mask(a, b); }
static inline vm32 v_le_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_LE_OQ); }
static inline vm64 v_le_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_LE_OQ); }
static inline vm32 v_le_mask_i32(vi32 a, vi32 b) { return _mm512_cmple_epi32_mask(a, b); }
static inline vm64 v_le_mask_i64(vi64 a, vi64 b) { return _mm512_cmple_epi64_mask(a, b); }
static inline vm32 v_eq_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_EQ_OQ); }
static inline vm64 v_eq_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_EQ_OQ); }
static inline vm32 v_eq_mask_i32(vi32 a, vi32 b) { return _mm512_cmpeq_epi32_mask(a, b); }
static inline vm64 v_eq_mask_i64(vi64 a, vi64 b) { return _mm512_cmpeq_epi64_mask(a, b); }
static inline vm32 v_ne_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_NEQ_UQ); }
static inline vm64 v_ne_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_NEQ_UQ); }
static inline vm32 v_ne_mask_i32(vi32 a, vi32 b) { return _mm512_cmpneq_epi32_mask(a, b); }
static inline vm64 v_ne_mask_i64(vi64 a, vi64 b) { return _mm512_cmpneq_epi64_mask(a, b); }
static inline vm32 v_unord_mask_f32(vf32 a, vf32 b) { return _mm512_cmp_ps_mask(a, b, _CMP_UNORD_Q); }
static inline vm64 v_unord_mask_f64(vf64 a, vf64 b) { return _mm512_cmp_pd_mask(a, b, _CMP_UNORD_Q); }
/* ok's lanes where neither a nor b is NaN: one masked compare, where
 * unordered compares would need a KOR each to gather (extreme_t.h). */
static inline vm32 v_ord_and_mask_f32(vm32 ok, vf32 a, vf32 b) { return _mm512_mask_cmp_ps_mask(ok, a, b, _CMP_ORD_Q); }
static inline vm64 v_ord_and_mask_f64(vm64 ok, vf64 a, vf64 b) { return _mm512_mask_cmp_pd_mask(ok, a, b, _CMP_ORD_Q); }
/* Neither NaN nor +-inf: the exponent bits not all ones, in integer ops,
 * which raise no flag whatever the compiler makes of them (clang turns a
 * quiet ordered less-than into a signalling one; valgrind 3.19 runs
 * NEQ_OQ as NEQ_UQ). Two instructions where emulate.h's form takes five. */
static inline vm32 v_finite_mask_f32(vf32 a)
{
    __m512i e = _mm512_set1_epi32(0x7f800000);
    return _mm512_cmpneq_epi32_mask(_mm512_and_si512(_mm512_castps_si512(a), e), e);
}
static inline vm64 v_finite_mask_f64(vf64 a)
{
    __m512i e = _mm512_set1_epi64(0x7ff0000000000000);
    return _mm512_cmpneq_epi64_mask(_mm512_and_si512(_mm512_castpd_si512(a), e), e);
}

/* ---- select, pick, clip ---- */
/* m ? a : b, lane by lane (blend takes b where the mask bit is set). */
static inline vf32 v_select_f32(vm32 m, vf32 a, vf32 b) { return _mm512_mask_blend_ps(m, b, a); }
static inline vf64 v_select_f64(vm64 m, vf64 a, vf64 b) { return _mm512_mask_blend_pd(m, b, a); }
static inline vi32 v_select_i32(vm32 m, vi32 a, vi32 b) { return _mm512_mask_blend_epi32(m, b, a); }
static inline vi64 v_select_i64(vm64 m, vi64 a, vi64 b) { return _mm512_mask_blend_epi64(m, b, a); }
/* x > m ? x : m and x < m ? x : m: m stays on NaN and on ties (+-0.0
 * included), exactly what x86 max/min do with m second. */
static inline vf32 v_pick_gt_f32(vf32 x, vf32 m) { return _mm512_max_ps(x, m); }
static inline vf64 v_pick_gt_f64(vf64 x, vf64 m) { return _mm512_max_pd(x, m); }
static inline vf32 v_pick_lt_f32(vf32 x, vf32 m) { return _mm512_min_ps(x, m); }
static inline vf64 v_pick_lt_f64(vf64 x, vf64 m) { return _mm512_min_pd(x, m); }
/* clip: a < lo ? lo : a > hi ? hi : a (see avx2.h for the operand order). */
static inline vf32 v_clip_f32(vf32 a, vf32 lo, vf32 hi) { return _mm512_min_ps(hi, _mm512_max_ps(lo, a)); }
static inline vf64 v_clip_f64(vf64 a, vf64 lo, vf64 hi) { return _mm512_min_pd(hi, _mm512_max_pd(lo, a)); }

/* ---- widen ---- */
/* VL_I64 int32 values sign-extended to int64 lanes (the n form zero-fills). */
static inline vi64 v_load_widen_i64(const int32_t *p) { return _mm512_cvtepi32_epi64(_mm256_loadu_si256((const __m256i *)p)); }
static inline vi64 v_load_n_widen_i64(const int32_t *p, size_t n)
{
    return _mm512_cvtepi32_epi64(_mm256_maskz_loadu_epi32((__mmask8)vx_first_n(n), p));
}
/* int64 <-> double, exact for integers of magnitude below 2^51 (DQ). */
static inline vf64 v_cvt_f64_i64(vi64 a) { return _mm512_cvtepi64_pd(a); }
static inline vi64 v_cvt_i64_f64(vf64 a) { return _mm512_cvtpd_epi64(a); }
/* f32 <-> f64: the low and high VL_F64 lanes of a vf32, and back. */
static inline vf64 v_widen_lo_f64(vf32 a) { return _mm512_cvtps_pd(_mm512_castps512_ps256(a)); }
static inline vf64 v_widen_hi_f64(vf32 a)
{
    return _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(a), 1)));
}
static inline vf32 v_narrow_f32(vf64 lo, vf64 hi)
{
    __m512d w = _mm512_castpd256_pd512(_mm256_castps_pd(_mm512_cvtpd_ps(lo)));
    return _mm512_castpd_ps(_mm512_insertf64x4(w, _mm256_castps_pd(_mm512_cvtpd_ps(hi)), 1));
}
/* 2^n for integral n in [-1022, 1023]: n + 1023 is the low bits of
 * 2^52 + n + 1023, shifted into the exponent field. */
static inline vf64 v_exp2i_f64(vf64 n)
{
    return _mm512_castsi512_pd(_mm512_slli_epi64(_mm512_castpd_si512(_mm512_add_pd(n, _mm512_set1_pd(0x1p52 + 1023))), 52));
}
/* ---- byte masks ---- */
/* Byte masks (uint8_t, any non-zero byte true on input, 0/1 on output) go
 * to k-registers with one vptestmb and come back with a zero-masked byte
 * move of 1s. The _n forms are masked byte loads and stores, which touch
 * only n bytes. */
static inline __m128i vx_mask_bytes(__mmask16 m) { return _mm_maskz_mov_epi8(m, _mm_set1_epi8(1)); }
/* VL bytes of a byte mask -> k-register, and back to 0/1 bytes. The _n
 * forms are masked byte loads and stores, which touch only n bytes. */
static inline vm32 v_mask_load_m32(const uint8_t *p)
{
    __m128i b = _mm_loadu_si128((const __m128i *)p);
    return _mm_test_epi8_mask(b, b);
}
static inline vm64 v_mask_load_m64(const uint8_t *p)
{
    __m128i b = _mm_loadl_epi64((const __m128i *)p);
    return (vm64)_mm_test_epi8_mask(b, b);
}
static inline vm32 v_mask_load_n_m32(const uint8_t *p, size_t n)
{
    __m128i b = _mm_maskz_loadu_epi8(vx_first_n(n), p);
    return _mm_test_epi8_mask(b, b);
}
static inline vm64 v_mask_load_n_m64(const uint8_t *p, size_t n) { return (vm64)v_mask_load_n_m32(p, n); }
static inline void v_mask_store_m32(uint8_t *p, vm32 m) { _mm_storeu_si128((__m128i *)p, vx_mask_bytes(m)); }
static inline void v_mask_store_m64(uint8_t *p, vm64 m) { _mm_storel_epi64((__m128i *)p, vx_mask_bytes(m)); }
static inline void v_mask_store_n_m32(uint8_t *p, vm32 m, size_t n) { _mm_mask_storeu_epi8(p, vx_first_n(n), vx_mask_bytes(m)); }
static inline void v_mask_store_n_m64(uint8_t *p, vm64 m, size_t n) { _mm_mask_storeu_epi8(p, vx_first_n(n), vx_mask_bytes(m)); }

/* ---- byte lanes ---- */
/* Byte lanes, for mask logic and counting. */
static inline __mmask64 vx_first_n_u8(size_t n) { return (__mmask64)_bzhi_u64(~0ull, (unsigned)n); }
static inline vu8 v_load_u8(const uint8_t *p) { return _mm512_loadu_si512(p); }
static inline void v_store_u8(uint8_t *p, vu8 v) { _mm512_storeu_si512(p, v); }
static inline vu8 v_load_n_u8(const uint8_t *p, size_t n) { return _mm512_maskz_loadu_epi8(vx_first_n_u8(n), p); }
static inline void v_store_n_u8(uint8_t *p, vu8 v, size_t n) { _mm512_mask_storeu_epi8(p, vx_first_n_u8(n), v); }
static inline vu8 v_zero_u8(void) { return _mm512_setzero_si512(); }
static inline vu8 v_and_u8(vu8 a, vu8 b) { return _mm512_and_si512(a, b); }
static inline vu8 v_or_u8(vu8 a, vu8 b) { return _mm512_or_si512(a, b); }
static inline vu8 v_xor_u8(vu8 a, vu8 b) { return _mm512_xor_si512(a, b); }
static inline vu8 v_add_u8(vu8 a, vu8 b) { return _mm512_add_epi8(a, b); }
static inline vu8 v_nonzero_u8(vu8 a) { return _mm512_min_epu8(a, _mm512_set1_epi8(1)); }
static inline vu8 v_iszero_u8(vu8 a) { return _mm512_maskz_mov_epi8(_mm512_testn_epi8_mask(a, a), _mm512_set1_epi8(1)); }
/* Sum of all bytes: psadbw against zero gives eight 64-bit partial sums. */
static inline uint64_t v_sum_u8(vu8 a) { return (uint64_t)_mm512_reduce_add_epi64(_mm512_sad_epu8(a, _mm512_setzero_si512())); }

/* ---- compress ---- */
/* Left-pack in a register (vcompressps/pd/d/q with zeroing), then a store
 * (masked_t.h's compress_loop). vcompressstoreu straight to memory is
 * microcoded and far slower on Zen 4, so it is not used. The store is a
 * masked one for 4-byte lanes: on a Sapphire Rapids VM, compress_f32 at
 * 64 Ki took 0.074 ns/element so against 0.110 with whole-vector stores
 * after a counting pass (Highway's vcompressstoreu: 0.075), 0.39-0.46
 * against 0.55 at 16 Mi. For 8-byte lanes the masked store lost in L1
 * (compress_f64 at 1 Ki: 0.17 against 0.124) and won beyond it (64 Ki:
 * 0.17 against 0.19; 16 Mi: 0.89-0.97 against 1.11). */
#define KSIMD_COMPRESS_MASKED(size, n) ((size) == 4 || (n) * (size) > ((size_t)32 << 10))
static inline vf32 v_compress_f32(vf32 v, vm32 m) { return _mm512_maskz_compress_ps(m, v); }
static inline vf64 v_compress_f64(vf64 v, vm64 m) { return _mm512_maskz_compress_pd(m, v); }
static inline vi32 v_compress_i32(vi32 v, vm32 m) { return _mm512_maskz_compress_epi32(m, v); }
static inline vi64 v_compress_i64(vi64 v, vm64 m) { return _mm512_maskz_compress_epi64(m, v); }

/* ---- tile transposes (strided 2-D) ---- */
/* r[t] lane k moves to r[k] lane t. Inside 128-bit lanes first (unpack,
 * then for f32 shuffle pairs), then 128-bit lanes move between registers
 * in two shuffle_x2/x4 rounds: {A, B} -> {A.L0 A.L2 B.L0 B.L2} (0x88)
 * and {A.L1 A.L3 B.L1 B.L3} (0xdd). */
static inline void v_transpose_f32(vf32 r[VL_F32])
{
    __m512 t[16], s[16];
    for (int k = 0; k < 8; k++) {
        t[2 * k] = _mm512_unpacklo_ps(r[2 * k], r[2 * k + 1]);
        t[2 * k + 1] = _mm512_unpackhi_ps(r[2 * k], r[2 * k + 1]);
    }
    /* s[4g + c], lane k: rows 4g..4g+3 of column 4k + c */
    for (int g = 0; g < 4; g++) {
        s[4 * g + 0] = _mm512_shuffle_ps(t[4 * g], t[4 * g + 2], 0x44);
        s[4 * g + 1] = _mm512_shuffle_ps(t[4 * g], t[4 * g + 2], 0xEE);
        s[4 * g + 2] = _mm512_shuffle_ps(t[4 * g + 1], t[4 * g + 3], 0x44);
        s[4 * g + 3] = _mm512_shuffle_ps(t[4 * g + 1], t[4 * g + 3], 0xEE);
    }
    /* column 4k + c gathers lane k of s[c], s[4 + c], s[8 + c], s[12 + c] */
    for (int c = 0; c < 4; c++) {
        __m512 x0 = _mm512_shuffle_f32x4(s[c], s[4 + c], 0x88), x1 = _mm512_shuffle_f32x4(s[c], s[4 + c], 0xdd);
        __m512 y0 = _mm512_shuffle_f32x4(s[8 + c], s[12 + c], 0x88);
        __m512 y1 = _mm512_shuffle_f32x4(s[8 + c], s[12 + c], 0xdd);
        r[c] = _mm512_shuffle_f32x4(x0, y0, 0x88), r[8 + c] = _mm512_shuffle_f32x4(x0, y0, 0xdd);
        r[4 + c] = _mm512_shuffle_f32x4(x1, y1, 0x88), r[12 + c] = _mm512_shuffle_f32x4(x1, y1, 0xdd);
    }
}
static inline void v_transpose_f64(vf64 r[VL_F64])
{
    __m512d t[8], u[8];
    for (int k = 0; k < 4; k++) {
        t[2 * k] = _mm512_unpacklo_pd(r[2 * k], r[2 * k + 1]);
        t[2 * k + 1] = _mm512_unpackhi_pd(r[2 * k], r[2 * k + 1]);
    }
    /* u[4g + c], 128-bit lane L: rows 4g + 2(L / 2) .. +1 of column 4(L % 2) + c */
    for (int g = 0; g < 2; g++) {
        u[4 * g + 0] = _mm512_shuffle_f64x2(t[4 * g], t[4 * g + 2], 0x88);
        u[4 * g + 1] = _mm512_shuffle_f64x2(t[4 * g + 1], t[4 * g + 3], 0x88);
        u[4 * g + 2] = _mm512_shuffle_f64x2(t[4 * g], t[4 * g + 2], 0xdd);
        u[4 * g + 3] = _mm512_shuffle_f64x2(t[4 * g + 1], t[4 * g + 3], 0xdd);
    }
    for (int c = 0; c < 4; c++) {
        r[c] = _mm512_shuffle_f64x2(u[c], u[4 + c], 0x88);
        r[4 + c] = _mm512_shuffle_f64x2(u[c], u[4 + c], 0xdd);
    }
}
static inline void v_transpose_i32(vi32 r[VL_I32])
{
    vf32 f[VL_F32];
    for (int k = 0; k < VL_F32; k++) f[k] = _mm512_castsi512_ps(r[k]);
    v_transpose_f32(f);
    for (int k = 0; k < VL_F32; k++) r[k] = _mm512_castps_si512(f[k]);
}
static inline void v_transpose_i64(vi64 r[VL_I64])
{
    vf64 f[VL_F64];
    for (int k = 0; k < VL_F64; k++) f[k] = _mm512_castsi512_pd(r[k]);
    v_transpose_f64(f);
    for (int k = 0; k < VL_F64; k++) r[k] = _mm512_castpd_si512(f[k]);
}

/* ---- built from the ops above (emulate.h) ---- */
#define KSIMD_EMULATE_MULHIU_I64
#include "emulate.h"
/* clang-format on */

#endif
