/* AVX2 vocabulary (x86-64-v3: AVX2, FMA, BMI2, F16C, LZCNT, MOVBE).
 * Tails use masked loads and stores, which never touch masked-off lanes. */
#ifndef KSIMD_SIMD_AVX2_H
#define KSIMD_SIMD_AVX2_H
#if !defined(KSIMD_TARGET_AVX2) || !defined(__AVX2__) || !defined(__FMA__)
#error "avx2.h needs the AVX2 table's flags (-march=x86-64-v3)"
#endif

#include <immintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* One line an op, so that the headers diff like a table: */
/* clang-format off */
/* ---- types and lane counts ---- */
/* A lane mask is all-ones in true lanes: vm32 for 32-bit lanes (f32, i32),
 * vm64 for 64-bit lanes (f64, i64). */
typedef __m256 vf32;
typedef __m256d vf64;
typedef __m256i vi32;
typedef __m256i vi64;
typedef __m256 vm32;
typedef __m256d vm64;
typedef __m256i vu8;
#define VL_F32 8
#define VL_F64 4
#define VL_I32 8
#define VL_I64 4
#define VL_U8 32

/* ---- SLEEF names ---- */
/* SLEEF's deterministic u10 functions ("cinz") of this width, for
 * kernels/math.c: KSIMD_SLEEF_F64(exp) is exp over a vf64. SLEEF 3.5 has
 * no cinz avx2 variant: the avx one is the widest deterministic code for
 * this table. */
#define KSIMD_SLEEF_F64(fn) Sleef_cinz_##fn##d4_u10avx
#define KSIMD_SLEEF_F32(fn) Sleef_cinz_##fn##f8_u10avx

/* ---- load and store: whole vectors, the first n lanes, streaming ---- */
/* Lane masks for the first n lanes: lane i is on when i < n. */
static inline __m256i vx_first_n_32(size_t n)
{
    return _mm256_cmpgt_epi32(_mm256_set1_epi32((int)n), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}
static inline __m256i vx_first_n_64(size_t n)
{
    return _mm256_cmpgt_epi64(_mm256_set1_epi64x((long long)n), _mm256_setr_epi64x(0, 1, 2, 3));
}
static inline vf32 v_load_f32(const float *p) { return _mm256_loadu_ps(p); }
static inline vf64 v_load_f64(const double *p) { return _mm256_loadu_pd(p); }
static inline vi32 v_load_i32(const int32_t *p) { return _mm256_loadu_si256((const __m256i *)p); }
static inline vi64 v_load_i64(const int64_t *p) { return _mm256_loadu_si256((const __m256i *)p); }
static inline void v_store_f32(float *p, vf32 v) { _mm256_storeu_ps(p, v); }
static inline void v_store_f64(double *p, vf64 v) { _mm256_storeu_pd(p, v); }
static inline void v_store_i32(int32_t *p, vi32 v) { _mm256_storeu_si256((__m256i *)p, v); }
static inline void v_store_i64(int64_t *p, vi64 v) { _mm256_storeu_si256((__m256i *)p, v); }
static inline vf32 v_load_n_f32(const float *p, size_t n, float fill)
{
    __m256i m = vx_first_n_32(n);
    return _mm256_blendv_ps(_mm256_set1_ps(fill), _mm256_maskload_ps(p, m), _mm256_castsi256_ps(m));
}
static inline vf64 v_load_n_f64(const double *p, size_t n, double fill)
{
    __m256i m = vx_first_n_64(n);
    return _mm256_blendv_pd(_mm256_set1_pd(fill), _mm256_maskload_pd(p, m), _mm256_castsi256_pd(m));
}
static inline vi32 v_load_n_i32(const int32_t *p, size_t n, int32_t fill)
{
    __m256i m = vx_first_n_32(n);
    return _mm256_blendv_epi8(_mm256_set1_epi32(fill), _mm256_maskload_epi32((const int *)p, m), m);
}
static inline vi64 v_load_n_i64(const int64_t *p, size_t n, int64_t fill)
{
    __m256i m = vx_first_n_64(n);
    return _mm256_blendv_epi8(_mm256_set1_epi64x(fill), _mm256_maskload_epi64((const long long *)p, m), m);
}
static inline void v_store_n_f32(float *p, vf32 v, size_t n) { _mm256_maskstore_ps(p, vx_first_n_32(n), v); }
static inline void v_store_n_f64(double *p, vf64 v, size_t n) { _mm256_maskstore_pd(p, vx_first_n_64(n), v); }
static inline void v_store_n_i32(int32_t *p, vi32 v, size_t n)
{
    _mm256_maskstore_epi32((int *)p, vx_first_n_32(n), v);
}
static inline void v_store_n_i64(int64_t *p, vi64 v, size_t n)
{
    _mm256_maskstore_epi64((long long *)p, vx_first_n_64(n), v);
}
/* v_load_n is one masked load (kernels/extreme_t.h reads short arrays with it). */
#define KSIMD_MASKED_LOAD 1
/* Non-temporal stores (p aligned to 32 bytes) for outputs far larger than
 * the caches: no read-for-ownership, so DRAM traffic drops by a third. */
#define KSIMD_STREAM_ALIGN 32
/* Cache-resident outputs are fetched this many bytes ahead of the store:
 * on Zen 3 a 1-in-1-out loop over 1 MiB (beyond L2) ran 8% behind the
 * compiler's slower loop without it, and level with or ahead of it with
 * it (kbench clip_f64, axpb_f64 at 64 Ki). 0 turns it off. */
#define KSIMD_PREFETCH_OUT 2048
static inline void v_stream_f32(float *p, vf32 v) { _mm256_stream_ps(p, v); }
static inline void v_stream_f64(double *p, vf64 v) { _mm256_stream_pd(p, v); }
static inline void v_stream_i32(int32_t *p, vi32 v) { _mm256_stream_si256((__m256i *)p, v); }
static inline void v_stream_i64(int64_t *p, vi64 v) { _mm256_stream_si256((__m256i *)p, v); }
static inline void v_stream_fence(void) { _mm_sfence(); }

/* ---- set ---- */
static inline vf32 v_set1_f32(float x) { return _mm256_set1_ps(x); }
static inline vf64 v_set1_f64(double x) { return _mm256_set1_pd(x); }
static inline vi32 v_set1_i32(int32_t x) { return _mm256_set1_epi32(x); }
static inline vi64 v_set1_i64(int64_t x) { return _mm256_set1_epi64x(x); }

/* ---- float arithmetic ---- */
static inline vf32 v_add_f32(vf32 a, vf32 b) { return _mm256_add_ps(a, b); }
static inline vf64 v_add_f64(vf64 a, vf64 b) { return _mm256_add_pd(a, b); }
static inline vf32 v_sub_f32(vf32 a, vf32 b) { return _mm256_sub_ps(a, b); }
static inline vf64 v_sub_f64(vf64 a, vf64 b) { return _mm256_sub_pd(a, b); }
static inline vf32 v_mul_f32(vf32 a, vf32 b) { return _mm256_mul_ps(a, b); }
static inline vf64 v_mul_f64(vf64 a, vf64 b) { return _mm256_mul_pd(a, b); }
static inline vf32 v_div_f32(vf32 a, vf32 b) { return _mm256_div_ps(a, b); }
static inline vf64 v_div_f64(vf64 a, vf64 b) { return _mm256_div_pd(a, b); }
static inline vf32 v_neg_f32(vf32 a) { return _mm256_xor_ps(a, _mm256_set1_ps(-0.0f)); }
static inline vf64 v_neg_f64(vf64 a) { return _mm256_xor_pd(a, _mm256_set1_pd(-0.0)); }
static inline vf32 v_abs_f32(vf32 a) { return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a); }
static inline vf64 v_abs_f64(vf64 a) { return _mm256_andnot_pd(_mm256_set1_pd(-0.0), a); }
static inline vf32 v_sqrt_f32(vf32 a) { return _mm256_sqrt_ps(a); }
static inline vf64 v_sqrt_f64(vf64 a) { return _mm256_sqrt_pd(a); }
static inline vf32 v_floor_f32(vf32 a) { return _mm256_round_ps(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
static inline vf64 v_floor_f64(vf64 a) { return _mm256_round_pd(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
static inline vf32 v_ceil_f32(vf32 a) { return _mm256_round_ps(a, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
static inline vf64 v_ceil_f64(vf64 a) { return _mm256_round_pd(a, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC); }
static inline vf32 v_rint_f32(vf32 a) { return _mm256_round_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static inline vf64 v_rint_f64(vf64 a) { return _mm256_round_pd(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
static inline vf32 v_fma_f32(vf32 a, vf32 b, vf32 c) { return _mm256_fmadd_ps(a, b, c); }
static inline vf64 v_fma_f64(vf64 a, vf64 b, vf64 c) { return _mm256_fmadd_pd(a, b, c); }
/* x86 min/max return the second operand on NaN and on +-0 ties. Taking both
 * orders and OR-ing gives IEEE minimum (-0 wins, NaN bits survive an OR);
 * maximum ANDs the two orders (+0 wins) and forces NaN lanes to all-ones. */
static inline vf32 v_min_f32(vf32 a, vf32 b) { return _mm256_or_ps(_mm256_min_ps(a, b), _mm256_min_ps(b, a)); }
static inline vf64 v_min_f64(vf64 a, vf64 b) { return _mm256_or_pd(_mm256_min_pd(a, b), _mm256_min_pd(b, a)); }
static inline vf32 v_max_f32(vf32 a, vf32 b)
{
    vf32 m = _mm256_and_ps(_mm256_max_ps(a, b), _mm256_max_ps(b, a));
    return _mm256_or_ps(m, _mm256_cmp_ps(a, b, _CMP_UNORD_Q));
}
static inline vf64 v_max_f64(vf64 a, vf64 b)
{
    vf64 m = _mm256_and_pd(_mm256_max_pd(a, b), _mm256_max_pd(b, a));
    return _mm256_or_pd(m, _mm256_cmp_pd(a, b, _CMP_UNORD_Q));
}

/* ---- integer bits and shifts ---- */
static inline vi32 v_and_i32(vi32 a, vi32 b) { return _mm256_and_si256(a, b); }
static inline vi64 v_and_i64(vi64 a, vi64 b) { return _mm256_and_si256(a, b); }
static inline vi32 v_xor_i32(vi32 a, vi32 b) { return _mm256_xor_si256(a, b); }
static inline vi64 v_xor_i64(vi64 a, vi64 b) { return _mm256_xor_si256(a, b); }
static inline vi32 v_srl_i32(vi32 a, unsigned k) { return _mm256_srl_epi32(a, _mm_cvtsi32_si128((int)k)); }
static inline vi64 v_srl_i64(vi64 a, unsigned k) { return _mm256_srl_epi64(a, _mm_cvtsi32_si128((int)k)); }
static inline vi64 v_shl32_i64(vi64 a) { return _mm256_slli_epi64(a, 32); }
static inline vi64 v_shr32_i64(vi64 a) { return _mm256_srli_epi64(a, 32); }

/* ---- integer arithmetic (wrapping) ---- */
static inline vi32 v_add_i32(vi32 a, vi32 b) { return _mm256_add_epi32(a, b); }
static inline vi64 v_add_i64(vi64 a, vi64 b) { return _mm256_add_epi64(a, b); }
static inline vi32 v_sub_i32(vi32 a, vi32 b) { return _mm256_sub_epi32(a, b); }
static inline vi64 v_sub_i64(vi64 a, vi64 b) { return _mm256_sub_epi64(a, b); }
static inline vi32 v_mul_i32(vi32 a, vi32 b) { return _mm256_mullo_epi32(a, b); }
static inline vi32 v_mulsmall_i32(vi32 a, vi32 b) { return v_mul_i32(a, b); }
/* Unsigned 32x32->64 product of the low halves of each 64-bit lane. */
static inline vi64 v_muleven_u32(vi64 a, vi64 b) { return _mm256_mul_epu32(a, b); }
static inline vi32 v_mulhiu_i32(vi32 a, vi32 b)
{
    vi64 even = v_shr32_i64(v_muleven_u32(a, b));
    vi64 odd = v_muleven_u32(v_shr32_i64(a), v_shr32_i64(b));
    return _mm256_blend_epi32(even, odd, 0xAA);
}
static inline vi32 v_neg_i32(vi32 a) { return _mm256_sub_epi32(_mm256_setzero_si256(), a); }
static inline vi64 v_neg_i64(vi64 a) { return _mm256_sub_epi64(_mm256_setzero_si256(), a); }
static inline vi32 v_abs_i32(vi32 a) { return _mm256_abs_epi32(a); }
static inline vi32 v_min_i32(vi32 a, vi32 b) { return _mm256_min_epi32(a, b); }
static inline vi64 v_min_i64(vi64 a, vi64 b) { return _mm256_blendv_epi8(a, b, _mm256_cmpgt_epi64(a, b)); }
static inline vi32 v_max_i32(vi32 a, vi32 b) { return _mm256_max_epi32(a, b); }
static inline vi64 v_max_i64(vi64 a, vi64 b) { return _mm256_blendv_epi8(b, a, _mm256_cmpgt_epi64(a, b)); }

/* ---- lane masks ---- */
static inline vm32 v_mask_none_m32(void) { return _mm256_setzero_ps(); }
static inline vm64 v_mask_none_m64(void) { return _mm256_setzero_pd(); }
static inline vm32 v_mask_not_m32(vm32 m) { return _mm256_xor_ps(m, _mm256_castsi256_ps(_mm256_set1_epi32(-1))); }
static inline vm64 v_mask_not_m64(vm64 m) { return _mm256_xor_pd(m, _mm256_castsi256_pd(_mm256_set1_epi32(-1))); }
static inline vm32 v_mask_or_m32(vm32 a, vm32 b) { return _mm256_or_ps(a, b); }
static inline vm64 v_mask_or_m64(vm64 a, vm64 b) { return _mm256_or_pd(a, b); }
static inline int v_mask_any_m32(vm32 m) { return _mm256_movemask_ps(m) != 0; }
static inline int v_mask_any_m64(vm64 m) { return _mm256_movemask_pd(m) != 0; }
static inline unsigned v_mask_count_m32(vm32 m) { return (unsigned)_mm_popcnt_u32((unsigned)_mm256_movemask_ps(m)); }
static inline unsigned v_mask_count_m64(vm64 m) { return (unsigned)_mm_popcnt_u32((unsigned)_mm256_movemask_pd(m)); }
static inline unsigned v_mask_first_m32(vm32 m) { return (unsigned)__builtin_ctz((unsigned)_mm256_movemask_ps(m)); }
static inline unsigned v_mask_first_m64(vm64 m) { return (unsigned)__builtin_ctz((unsigned)_mm256_movemask_pd(m)); }
/* All-ones integer lanes where the mask is true, for arithmetic on it. */
static inline vi32 v_mask_to_i32(vm32 m) { return _mm256_castps_si256(m); }
static inline vi64 v_mask_to_i64(vm64 m) { return _mm256_castpd_si256(m); }

/* ---- compares to lane masks ---- */
/* Float compares are ordered (false when either side is NaN) except ne,
 * which is true on NaN as IEEE says; v_unord_mask is true where either side
 * is NaN. */
static inline vm32 v_gt_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_GT_OQ); }
static inline vm64 v_gt_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_GT_OQ); }
static inline vm32 v_gt_mask_i32(vi32 a, vi32 b) { return _mm256_castsi256_ps(_mm256_cmpgt_epi32(a, b)); }
static inline vm64 v_gt_mask_i64(vi64 a, vi64 b) { return _mm256_castsi256_pd(_mm256_cmpgt_epi64(a, b)); }
static inline vm32 v_ge_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_GE_OQ); }
static inline vm64 v_ge_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_GE_OQ); }
static inline vm32 v_ge_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(v_gt_mask_i32(b, a)); }
static inline vm64 v_ge_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(v_gt_mask_i64(b, a)); }
static inline vm32 v_lt_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_LT_OQ); }
static inline vm64 v_lt_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_LT_OQ); }
static inline vm32 v_lt_mask_i32(vi32 a, vi32 b) { return v_gt_mask_i32(b, a); }
static inline vm64 v_lt_mask_i64(vi64 a, vi64 b) { return v_gt_mask_i64(b, a); }
static inline vm32 v_le_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_LE_OQ); }
static inline vm64 v_le_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_LE_OQ); }
static inline vm32 v_le_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(v_gt_mask_i32(a, b)); }
static inline vm64 v_le_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(v_gt_mask_i64(a, b)); }
static inline vm32 v_eq_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_EQ_OQ); }
static inline vm64 v_eq_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_EQ_OQ); }
static inline vm32 v_eq_mask_i32(vi32 a, vi32 b) { return _mm256_castsi256_ps(_mm256_cmpeq_epi32(a, b)); }
static inline vm64 v_eq_mask_i64(vi64 a, vi64 b) { return _mm256_castsi256_pd(_mm256_cmpeq_epi64(a, b)); }
static inline vm32 v_ne_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_NEQ_UQ); }
static inline vm64 v_ne_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_NEQ_UQ); }
static inline vm32 v_ne_mask_i32(vi32 a, vi32 b) { return v_mask_not_m32(v_eq_mask_i32(a, b)); }
static inline vm64 v_ne_mask_i64(vi64 a, vi64 b) { return v_mask_not_m64(v_eq_mask_i64(a, b)); }
static inline vm32 v_unord_mask_f32(vf32 a, vf32 b) { return _mm256_cmp_ps(a, b, _CMP_UNORD_Q); }
static inline vm64 v_unord_mask_f64(vf64 a, vf64 b) { return _mm256_cmp_pd(a, b, _CMP_UNORD_Q); }
static inline vm32 v_ord_and_mask_f32(vm32 ok, vf32 a, vf32 b) { return _mm256_and_ps(ok, _mm256_cmp_ps(a, b, _CMP_ORD_Q)); }
static inline vm64 v_ord_and_mask_f64(vm64 ok, vf64 a, vf64 b) { return _mm256_and_pd(ok, _mm256_cmp_pd(a, b, _CMP_ORD_Q)); }

/* ---- select, pick, clip ---- */
/* m ? a : b, lane by lane. */
static inline vf32 v_select_f32(vm32 m, vf32 a, vf32 b) { return _mm256_blendv_ps(b, a, m); }
static inline vf64 v_select_f64(vm64 m, vf64 a, vf64 b) { return _mm256_blendv_pd(b, a, m); }
static inline vi32 v_select_i32(vm32 m, vi32 a, vi32 b)
{
    return _mm256_castps_si256(_mm256_blendv_ps(_mm256_castsi256_ps(b), _mm256_castsi256_ps(a), m));
}
static inline vi64 v_select_i64(vm64 m, vi64 a, vi64 b)
{
    return _mm256_castpd_si256(_mm256_blendv_pd(_mm256_castsi256_pd(b), _mm256_castsi256_pd(a), m));
}
/* x > m ? x : m and x < m ? x : m: m stays on NaN and on ties (+-0.0
 * included), exactly what x86 max/min do with m second. */
static inline vf32 v_pick_gt_f32(vf32 x, vf32 m) { return _mm256_max_ps(x, m); }
static inline vf64 v_pick_gt_f64(vf64 x, vf64 m) { return _mm256_max_pd(x, m); }
static inline vf32 v_pick_lt_f32(vf32 x, vf32 m) { return _mm256_min_ps(x, m); }
static inline vf64 v_pick_lt_f64(vf64 x, vf64 m) { return _mm256_min_pd(x, m); }
/* clip: a < lo ? lo : a > hi ? hi : a. maxpd/minpd return their second
 * operand on NaN and on equal values, so a NaN a and an a equal to a bound
 * (-0.0 against +0.0 included) come through unchanged. */
static inline vf32 v_clip_f32(vf32 a, vf32 lo, vf32 hi) { return _mm256_min_ps(hi, _mm256_max_ps(lo, a)); }
static inline vf64 v_clip_f64(vf64 a, vf64 lo, vf64 hi) { return _mm256_min_pd(hi, _mm256_max_pd(lo, a)); }

/* ---- widen ---- */
/* VL_I64 int32 values sign-extended to int64 lanes (the n form zero-fills). */
static inline vi64 v_load_widen_i64(const int32_t *p) { return _mm256_cvtepi32_epi64(_mm_loadu_si128((const __m128i *)p)); }
static inline vi64 v_load_n_widen_i64(const int32_t *p, size_t n)
{
    __m128i first_n = _mm_cmpgt_epi32(_mm_set1_epi32((int)n), _mm_setr_epi32(0, 1, 2, 3));
    return _mm256_cvtepi32_epi64(_mm_maskload_epi32((const int *)p, first_n));
}
/* int64 <-> double, exact for integers of magnitude below 2^51: adding
 * 1.5 * 2^52 puts such an integer in the low mantissa bits (no 64-bit
 * conversion instruction before AVX-512DQ). */
#define VX_CVT_MAGIC 0x4338000000000000
static inline vf64 v_cvt_f64_i64(vi64 a)
{
    return _mm256_sub_pd(_mm256_castsi256_pd(_mm256_add_epi64(a, _mm256_set1_epi64x(VX_CVT_MAGIC))),
                         _mm256_set1_pd(0x1.8p52));
}
static inline vi64 v_cvt_i64_f64(vf64 a)
{
    return _mm256_sub_epi64(_mm256_castpd_si256(_mm256_add_pd(a, _mm256_set1_pd(0x1.8p52))),
                            _mm256_set1_epi64x(VX_CVT_MAGIC));
}
/* f32 <-> f64: the low and high VL_F64 lanes of a vf32, and back. */
static inline vf64 v_widen_lo_f64(vf32 a) { return _mm256_cvtps_pd(_mm256_castps256_ps128(a)); }
static inline vf64 v_widen_hi_f64(vf32 a) { return _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1)); }
static inline vf32 v_narrow_f32(vf64 lo, vf64 hi)
{
    return _mm256_insertf128_ps(_mm256_castps128_ps256(_mm256_cvtpd_ps(lo)), _mm256_cvtpd_ps(hi), 1);
}
/* 2^n for integral n in [-1022, 1023]: n + 1023 is the low bits of
 * 2^52 + n + 1023, shifted into the exponent field. */
static inline vf64 v_exp2i_f64(vf64 n)
{
    return _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_castpd_si256(_mm256_add_pd(n, _mm256_set1_pd(0x1p52 + 1023))), 52));
}
/* ---- byte masks ---- */
/* Byte masks (uint8_t, any non-zero byte true on input, 0/1 on output)
 * become lane masks through a byte compare and a sign extension, and go
 * back through movemask or saturating packs. */
/* 0xFF in each byte of b that is non-zero, 0 elsewhere. */
static inline __m128i vx_nonzero_bytes(__m128i b)
{
    return _mm_xor_si128(_mm_cmpeq_epi8(b, _mm_setzero_si128()), _mm_set1_epi8(-1));
}
static inline uint32_t vx_load_bytes4(const void *p) { uint32_t w; memcpy(&w, p, 4); return w; }
static inline void vx_store_bytes4(void *p, uint32_t w) { memcpy(p, &w, 4); }
/* VL bytes of a byte mask -> lane mask, and back to 0/1 bytes. */
static inline vm32 v_mask_load_m32(const uint8_t *p)
{
    return _mm256_castsi256_ps(_mm256_cvtepi8_epi32(vx_nonzero_bytes(_mm_loadl_epi64((const __m128i *)p))));
}
static inline vm64 v_mask_load_m64(const uint8_t *p)
{
    return _mm256_castsi256_pd(_mm256_cvtepi8_epi64(vx_nonzero_bytes(_mm_cvtsi32_si128((int)vx_load_bytes4(p)))));
}
static inline void v_mask_store_m32(uint8_t *p, vm32 m)
{
    __m256i w = _mm256_castps_si256(m);
    __m128i h = _mm_packs_epi32(_mm256_castsi256_si128(w), _mm256_extracti128_si256(w, 1));
    _mm_storel_epi64((__m128i *)p, _mm_and_si128(_mm_packs_epi16(h, h), _mm_set1_epi8(1)));
}
/* Four mask bits spread to the low bit of four bytes: bit j moves left by
 * 7j, and no two shifted bits land on the same position, so nothing carries. */
static inline void v_mask_store_m64(uint8_t *p, vm64 m)
{
    vx_store_bytes4(p, ((uint32_t)_mm256_movemask_pd(m) * 0x00204081u) & 0x01010101u);
}

/* ---- byte lanes ---- */
/* Byte lanes, for mask logic and counting. */
static inline vu8 v_load_u8(const uint8_t *p) { return _mm256_loadu_si256((const __m256i *)p); }
static inline void v_store_u8(uint8_t *p, vu8 v) { _mm256_storeu_si256((__m256i *)p, v); }
static inline vu8 v_zero_u8(void) { return _mm256_setzero_si256(); }
static inline vu8 v_and_u8(vu8 a, vu8 b) { return _mm256_and_si256(a, b); }
static inline vu8 v_or_u8(vu8 a, vu8 b) { return _mm256_or_si256(a, b); }
static inline vu8 v_xor_u8(vu8 a, vu8 b) { return _mm256_xor_si256(a, b); }
static inline vu8 v_add_u8(vu8 a, vu8 b) { return _mm256_add_epi8(a, b); }
static inline vu8 v_nonzero_u8(vu8 a) { return _mm256_min_epu8(a, _mm256_set1_epi8(1)); }
static inline vu8 v_iszero_u8(vu8 a) { return _mm256_and_si256(_mm256_cmpeq_epi8(a, _mm256_setzero_si256()), _mm256_set1_epi8(1)); }
/* Sum of all bytes: psadbw against zero gives four 64-bit partial sums. */
static inline uint64_t v_sum_u8(vu8 a)
{
    __m256i s = _mm256_sad_epu8(a, _mm256_setzero_si256());
    __m128i t = _mm_add_epi64(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    return (uint64_t)_mm_cvtsi128_si64(t) + (uint64_t)_mm_extract_epi64(t, 1);
}

/* ---- compress ---- */
#define KSIMD_COMPRESS_LANE_TABLES
#include "compress_tables.h"
/* Left-pack through a lane permute; the table entry holds the 8 source lanes
 * as nibbles, and vpermps only reads the low 3 bits of each index. */
static inline __m256i vx_compress_index(uint32_t packed)
{
    return _mm256_srlv_epi32(_mm256_set1_epi32((int)packed), _mm256_setr_epi32(0, 4, 8, 12, 16, 20, 24, 28));
}
/* whole-vector stores after a counting pass (masked_t.h's compress_loop) */
#define KSIMD_COMPRESS_MASKED(size, n) 0
static inline vf32 v_compress_f32(vf32 v, vm32 m)
{
    return _mm256_permutevar8x32_ps(v, vx_compress_index(ksimd_compress_lanes8[_mm256_movemask_ps(m)]));
}
static inline vf64 v_compress_f64(vf64 v, vm64 m)
{
    __m256 w = _mm256_permutevar8x32_ps(_mm256_castpd_ps(v), vx_compress_index(ksimd_compress_pairs4[_mm256_movemask_pd(m)]));
    return _mm256_castps_pd(w);
}
static inline vi32 v_compress_i32(vi32 v, vm32 m) { return _mm256_castps_si256(v_compress_f32(_mm256_castsi256_ps(v), m)); }
static inline vi64 v_compress_i64(vi64 v, vm64 m) { return _mm256_castpd_si256(v_compress_f64(_mm256_castsi256_pd(v), m)); }

/* ---- tile transposes (strided 2-D) ---- */
/* r[t] lane k moves to r[k] lane t. Inside 128-bit halves first (unpack,
 * then shuffle pairs), then the halves swap across registers. */
static inline void v_transpose_f32(vf32 r[VL_F32])
{
    __m256 t[8], s[8];
    for (int k = 0; k < 4; k++) {
        t[2 * k] = _mm256_unpacklo_ps(r[2 * k], r[2 * k + 1]);
        t[2 * k + 1] = _mm256_unpackhi_ps(r[2 * k], r[2 * k + 1]);
    }
    /* s[4g + c], half h: rows 4g..4g+3 of column 4h + c */
    for (int g = 0; g < 2; g++) {
        s[4 * g + 0] = _mm256_shuffle_ps(t[4 * g], t[4 * g + 2], 0x44);
        s[4 * g + 1] = _mm256_shuffle_ps(t[4 * g], t[4 * g + 2], 0xEE);
        s[4 * g + 2] = _mm256_shuffle_ps(t[4 * g + 1], t[4 * g + 3], 0x44);
        s[4 * g + 3] = _mm256_shuffle_ps(t[4 * g + 1], t[4 * g + 3], 0xEE);
    }
    for (int c = 0; c < 4; c++) {
        r[c] = _mm256_permute2f128_ps(s[c], s[4 + c], 0x20);
        r[4 + c] = _mm256_permute2f128_ps(s[c], s[4 + c], 0x31);
    }
}
static inline void v_transpose_f64(vf64 r[VL_F64])
{
    __m256d t0 = _mm256_unpacklo_pd(r[0], r[1]), t1 = _mm256_unpackhi_pd(r[0], r[1]);
    __m256d t2 = _mm256_unpacklo_pd(r[2], r[3]), t3 = _mm256_unpackhi_pd(r[2], r[3]);
    r[0] = _mm256_permute2f128_pd(t0, t2, 0x20), r[2] = _mm256_permute2f128_pd(t0, t2, 0x31);
    r[1] = _mm256_permute2f128_pd(t1, t3, 0x20), r[3] = _mm256_permute2f128_pd(t1, t3, 0x31);
}
static inline void v_transpose_i32(vi32 r[VL_I32])
{
    vf32 f[VL_F32];
    for (int k = 0; k < VL_F32; k++) f[k] = _mm256_castsi256_ps(r[k]);
    v_transpose_f32(f);
    for (int k = 0; k < VL_F32; k++) r[k] = _mm256_castps_si256(f[k]);
}
static inline void v_transpose_i64(vi64 r[VL_I64])
{
    vf64 f[VL_F64];
    for (int k = 0; k < VL_F64; k++) f[k] = _mm256_castsi256_pd(r[k]);
    v_transpose_f64(f);
    for (int k = 0; k < VL_F64; k++) r[k] = _mm256_castpd_si256(f[k]);
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
