/* The elementwise family, written once and compiled once per ISA. Each
 * kernel is one loop skeleton from map_t.h applied to one vocabulary op;
 * the public entry points (dispatch/api_elementwise.c) have already
 * validated the arguments. */
#include "fpflags.h"
#include "map.h"

#include "divisor.h"

#define KSIMD_SKELETON "floordiv_t.h"
#define KSIMD_FOREACH_INT
#include "foreach_type.h"

/* ---- binary: dst[i] = a[i] op b[i] ---- */
void KSIMD_FN(add_f32)(float *d, const float *a, const float *b, size_t n) { map2_f32(d, a, b, n, v_add_f32); }
void KSIMD_FN(add_f64)(double *d, const double *a, const double *b, size_t n) { map2_f64(d, a, b, n, v_add_f64); }
void KSIMD_FN(add_i32)(int32_t *d, const int32_t *a, const int32_t *b, size_t n) { map2_i32(d, a, b, n, v_add_i32); }
void KSIMD_FN(add_i64)(int64_t *d, const int64_t *a, const int64_t *b, size_t n) { map2_i64(d, a, b, n, v_add_i64); }
void KSIMD_FN(sub_f32)(float *d, const float *a, const float *b, size_t n) { map2_f32(d, a, b, n, v_sub_f32); }
void KSIMD_FN(sub_f64)(double *d, const double *a, const double *b, size_t n) { map2_f64(d, a, b, n, v_sub_f64); }
void KSIMD_FN(sub_i32)(int32_t *d, const int32_t *a, const int32_t *b, size_t n) { map2_i32(d, a, b, n, v_sub_i32); }
void KSIMD_FN(sub_i64)(int64_t *d, const int64_t *a, const int64_t *b, size_t n) { map2_i64(d, a, b, n, v_sub_i64); }
void KSIMD_FN(mul_f32)(float *d, const float *a, const float *b, size_t n) { map2_f32(d, a, b, n, v_mul_f32); }
void KSIMD_FN(mul_f64)(double *d, const double *a, const double *b, size_t n) { map2_f64(d, a, b, n, v_mul_f64); }
void KSIMD_FN(mul_i32)(int32_t *d, const int32_t *a, const int32_t *b, size_t n) { map2_i32(d, a, b, n, v_mul_i32); }
void KSIMD_FN(mul_i64)(int64_t *d, const int64_t *a, const int64_t *b, size_t n) { map2_i64(d, a, b, n, v_mul_i64); }
void KSIMD_FN(div_f32)(float *d, const float *a, const float *b, size_t n) { map2_f32(d, a, b, n, v_div_f32); }
void KSIMD_FN(div_f64)(double *d, const double *a, const double *b, size_t n) { map2_f64(d, a, b, n, v_div_f64); }

/* IEEE 754-2019 minimum/maximum: NaN propagates, -0.0 < +0.0; a quiet NaN
 * raises nothing (x86's MINPD does: fpflags.h). */
void KSIMD_FN(minimum_f32)(float *d, const float *a, const float *b, size_t n)
{
    KSIMD_FE_QUIET(map2_f32(d, a, b, n, v_min_f32));
}
void KSIMD_FN(minimum_f64)(double *d, const double *a, const double *b, size_t n)
{
    KSIMD_FE_QUIET(map2_f64(d, a, b, n, v_min_f64));
}
/* clang-format off */
void KSIMD_FN(minimum_i32)(int32_t *d, const int32_t *a, const int32_t *b, size_t n) { map2_i32(d, a, b, n, v_min_i32); }
void KSIMD_FN(minimum_i64)(int64_t *d, const int64_t *a, const int64_t *b, size_t n) { map2_i64(d, a, b, n, v_min_i64); }
void KSIMD_FN(maximum_f32)(float *d, const float *a, const float *b, size_t n)
{
    KSIMD_FE_QUIET(map2_f32(d, a, b, n, v_max_f32));
}
void KSIMD_FN(maximum_f64)(double *d, const double *a, const double *b, size_t n)
{
    KSIMD_FE_QUIET(map2_f64(d, a, b, n, v_max_f64));
}
void KSIMD_FN(maximum_i32)(int32_t *d, const int32_t *a, const int32_t *b, size_t n) { map2_i32(d, a, b, n, v_max_i32); }
void KSIMD_FN(maximum_i64)(int64_t *d, const int64_t *a, const int64_t *b, size_t n) { map2_i64(d, a, b, n, v_max_i64); }
/* clang-format on */

/* ---- with a scalar: dst[i] = a[i] op s ---- */
void KSIMD_FN(add_scalar_f32)(float *d, const float *a, float s, size_t n) { map2s_f32(d, a, s, n, v_add_f32); }
void KSIMD_FN(add_scalar_f64)(double *d, const double *a, double s, size_t n) { map2s_f64(d, a, s, n, v_add_f64); }
void KSIMD_FN(add_scalar_i32)(int32_t *d, const int32_t *a, int32_t s, size_t n) { map2s_i32(d, a, s, n, v_add_i32); }
void KSIMD_FN(add_scalar_i64)(int64_t *d, const int64_t *a, int64_t s, size_t n) { map2s_i64(d, a, s, n, v_add_i64); }
void KSIMD_FN(sub_scalar_f32)(float *d, const float *a, float s, size_t n) { map2s_f32(d, a, s, n, v_sub_f32); }
void KSIMD_FN(sub_scalar_f64)(double *d, const double *a, double s, size_t n) { map2s_f64(d, a, s, n, v_sub_f64); }
void KSIMD_FN(sub_scalar_i32)(int32_t *d, const int32_t *a, int32_t s, size_t n) { map2s_i32(d, a, s, n, v_sub_i32); }
void KSIMD_FN(sub_scalar_i64)(int64_t *d, const int64_t *a, int64_t s, size_t n) { map2s_i64(d, a, s, n, v_sub_i64); }
void KSIMD_FN(mul_scalar_f32)(float *d, const float *a, float s, size_t n) { map2s_f32(d, a, s, n, v_mul_f32); }
void KSIMD_FN(mul_scalar_f64)(double *d, const double *a, double s, size_t n) { map2s_f64(d, a, s, n, v_mul_f64); }
void KSIMD_FN(mul_scalar_i32)(int32_t *d, const int32_t *a, int32_t s, size_t n) { map2s_i32(d, a, s, n, v_mul_i32); }
void KSIMD_FN(mul_scalar_i64)(int64_t *d, const int64_t *a, int64_t s, size_t n) { map2s_i64(d, a, s, n, v_mul_i64); }
/* A true division, not a multiply by 1/s: the reciprocal would round. */
void KSIMD_FN(div_scalar_f32)(float *d, const float *a, float s, size_t n) { map2s_f32(d, a, s, n, v_div_f32); }
void KSIMD_FN(div_scalar_f64)(double *d, const double *a, double s, size_t n) { map2s_f64(d, a, s, n, v_div_f64); }

/* Python floor semantics by multiply-and-shift (floordiv_t.h). */
void KSIMD_FN(floordiv_scalar_i32)(int32_t *d, const int32_t *a, int32_t s, size_t n) { mapdiv_i32(d, a, s, n, 0); }
void KSIMD_FN(floordiv_scalar_i64)(int64_t *d, const int64_t *a, int64_t s, size_t n) { mapdiv_i64(d, a, s, n, 0); }
void KSIMD_FN(mod_scalar_i32)(int32_t *d, const int32_t *a, int32_t s, size_t n) { mapdiv_i32(d, a, s, n, 1); }
void KSIMD_FN(mod_scalar_i64)(int64_t *d, const int64_t *a, int64_t s, size_t n) { mapdiv_i64(d, a, s, n, 1); }

/* a*x + b rounded twice (kernels build with -ffp-contract=off). */
void KSIMD_FN(axpb_f32)(float *d, const float *x, float a, float b, size_t n) { map3ss_f32(d, x, a, b, n, v_axpb_f32); }
/* clang-format off */
void KSIMD_FN(axpb_f64)(double *d, const double *x, double a, double b, size_t n) { map3ss_f64(d, x, a, b, n, v_axpb_f64); }
void KSIMD_FN(axpb_i32)(int32_t *d, const int32_t *x, int32_t a, int32_t b, size_t n) { map3ss_i32(d, x, a, b, n, v_axpb_i32); }
void KSIMD_FN(axpb_i64)(int64_t *d, const int64_t *x, int64_t a, int64_t b, size_t n) { map3ss_i64(d, x, a, b, n, v_axpb_i64); }
/* clang-format on */
/* a*b + c rounded once, on every table. */
/* clang-format off */
void KSIMD_FN(fma_f32)(float *d, const float *a, const float *b, const float *c, size_t n) { map3_f32(d, a, b, c, n, v_fma_f32); }
void KSIMD_FN(fma_f64)(double *d, const double *a, const double *b, const double *c, size_t n) { map3_f64(d, a, b, c, n, v_fma_f64); }
/* clang-format on */

/* ---- unary: dst[i] = f(a[i]) ---- */
void KSIMD_FN(neg_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_neg_f32); }
void KSIMD_FN(neg_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_neg_f64); }
void KSIMD_FN(neg_i32)(int32_t *d, const int32_t *a, size_t n) { map1_i32(d, a, n, v_neg_i32); }
void KSIMD_FN(neg_i64)(int64_t *d, const int64_t *a, size_t n) { map1_i64(d, a, n, v_neg_i64); }
void KSIMD_FN(abs_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_abs_f32); }
void KSIMD_FN(abs_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_abs_f64); }
void KSIMD_FN(abs_i32)(int32_t *d, const int32_t *a, size_t n) { map1_i32(d, a, n, v_abs_i32); }
void KSIMD_FN(abs_i64)(int64_t *d, const int64_t *a, size_t n) { map1_i64(d, a, n, v_abs_i64); }
void KSIMD_FN(square_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_square_f32); }
void KSIMD_FN(square_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_square_f64); }
void KSIMD_FN(square_i32)(int32_t *d, const int32_t *a, size_t n) { map1_i32(d, a, n, v_square_i32); }
void KSIMD_FN(square_i64)(int64_t *d, const int64_t *a, size_t n) { map1_i64(d, a, n, v_square_i64); }
void KSIMD_FN(sqrt_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_sqrt_f32); }
void KSIMD_FN(sqrt_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_sqrt_f64); }
void KSIMD_FN(floor_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_floor_f32); }
void KSIMD_FN(floor_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_floor_f64); }
void KSIMD_FN(ceil_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_ceil_f32); }
void KSIMD_FN(ceil_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_ceil_f64); }
/* Half to even: the vocabulary's rint never depends on the rounding mode. */
void KSIMD_FN(rint_f32)(float *d, const float *a, size_t n) { map1_f32(d, a, n, v_rint_f32); }
void KSIMD_FN(rint_f64)(double *d, const double *a, size_t n) { map1_f64(d, a, n, v_rint_f64); }
