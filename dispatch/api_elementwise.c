/* Public entry points of the elementwise family: validate once, then call
 * the active table's kernel. Kernels never validate, and are not called for
 * n == 0 (the arrays may then be NULL, and NULL + 0 is undefined in C). */
#include "dispatch.h"
#include "validate.h"

ksimd_status ksimd_add_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_add_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_f64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_add_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_i32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_add_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_i64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_sub_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_sub_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_f64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_sub_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_i32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_sub_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_i64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mul_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mul_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_f64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mul_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_i32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mul_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_i64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_div_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->div_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_div_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->div_f64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_minimum_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->minimum_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_minimum_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->minimum_f64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_minimum_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->minimum_i32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_minimum_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->minimum_i64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_maximum_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->maximum_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_maximum_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->maximum_f64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_maximum_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->maximum_i32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_maximum_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->maximum_i64(dst, a, b, n);
    return st;
}

ksimd_status ksimd_add_scalar_f32(float *dst, const float *a, float s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_scalar_f32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_add_scalar_f64(double *dst, const double *a, double s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_scalar_f64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_add_scalar_i32(int32_t *dst, const int32_t *a, int32_t s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_scalar_i32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_add_scalar_i64(int64_t *dst, const int64_t *a, int64_t s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->add_scalar_i64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_sub_scalar_f32(float *dst, const float *a, float s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_scalar_f32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_sub_scalar_f64(double *dst, const double *a, double s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_scalar_f64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_sub_scalar_i32(int32_t *dst, const int32_t *a, int32_t s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_scalar_i32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_sub_scalar_i64(int64_t *dst, const int64_t *a, int64_t s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sub_scalar_i64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_mul_scalar_f32(float *dst, const float *a, float s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_scalar_f32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_mul_scalar_f64(double *dst, const double *a, double s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_scalar_f64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_mul_scalar_i32(int32_t *dst, const int32_t *a, int32_t s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_scalar_i32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_mul_scalar_i64(int64_t *dst, const int64_t *a, int64_t s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mul_scalar_i64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_div_scalar_f32(float *dst, const float *a, float s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->div_scalar_f32(dst, a, s, n);
    return st;
}

ksimd_status ksimd_div_scalar_f64(double *dst, const double *a, double s, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->div_scalar_f64(dst, a, s, n);
    return st;
}

ksimd_status ksimd_axpb_f32(float *dst, const float *x, float a, float b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, x, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->axpb_f32(dst, x, a, b, n);
    return st;
}

ksimd_status ksimd_axpb_f64(double *dst, const double *x, double a, double b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, x, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->axpb_f64(dst, x, a, b, n);
    return st;
}

ksimd_status ksimd_axpb_i32(int32_t *dst, const int32_t *x, int32_t a, int32_t b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, x, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->axpb_i32(dst, x, a, b, n);
    return st;
}

ksimd_status ksimd_axpb_i64(int64_t *dst, const int64_t *x, int64_t a, int64_t b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, x, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->axpb_i64(dst, x, a, b, n);
    return st;
}

ksimd_status ksimd_fma_f32(float *dst, const float *a, const float *b, const float *c, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, c, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->fma_f32(dst, a, b, c, n);
    return st;
}

ksimd_status ksimd_fma_f64(double *dst, const double *a, const double *b, const double *c, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, c, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->fma_f64(dst, a, b, c, n);
    return st;
}

ksimd_status ksimd_neg_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->neg_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_neg_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->neg_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_neg_i32(int32_t *dst, const int32_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->neg_i32(dst, a, n);
    return st;
}

ksimd_status ksimd_neg_i64(int64_t *dst, const int64_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->neg_i64(dst, a, n);
    return st;
}

ksimd_status ksimd_abs_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->abs_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_abs_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->abs_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_abs_i32(int32_t *dst, const int32_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->abs_i32(dst, a, n);
    return st;
}

ksimd_status ksimd_abs_i64(int64_t *dst, const int64_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->abs_i64(dst, a, n);
    return st;
}

ksimd_status ksimd_square_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->square_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_square_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->square_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_square_i32(int32_t *dst, const int32_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->square_i32(dst, a, n);
    return st;
}

ksimd_status ksimd_square_i64(int64_t *dst, const int64_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->square_i64(dst, a, n);
    return st;
}

ksimd_status ksimd_sqrt_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sqrt_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_sqrt_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sqrt_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_floor_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->floor_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_floor_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->floor_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_ceil_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->ceil_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_ceil_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->ceil_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_rint_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->rint_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_rint_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->rint_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_floordiv_scalar_i32(int32_t *dst, const int32_t *a, int32_t d, size_t n)
{
    if (d == 0) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->floordiv_scalar_i32(dst, a, d, n);
    return st;
}

ksimd_status ksimd_floordiv_scalar_i64(int64_t *dst, const int64_t *a, int64_t d, size_t n)
{
    if (d == 0) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->floordiv_scalar_i64(dst, a, d, n);
    return st;
}

ksimd_status ksimd_mod_scalar_i32(int32_t *dst, const int32_t *a, int32_t d, size_t n)
{
    if (d == 0) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mod_scalar_i32(dst, a, d, n);
    return st;
}

ksimd_status ksimd_mod_scalar_i64(int64_t *dst, const int64_t *a, int64_t d, size_t n)
{
    if (d == 0) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->mod_scalar_i64(dst, a, d, n);
    return st;
}
