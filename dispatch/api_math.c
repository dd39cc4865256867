/* Public entry points of the transcendental family (kernels/math.c):
 * validate once, then call the active table's kernel. */
#include "dispatch.h"
#include "validate.h"

ksimd_status ksimd_exp_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->exp_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_exp_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->exp_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_log_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->log_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_log_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->log_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_sin_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sin_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_sin_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->sin_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_cos_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->cos_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_cos_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->cos_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_tanh_f32(float *dst, const float *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->tanh_f32(dst, a, n);
    return st;
}

ksimd_status ksimd_tanh_f64(double *dst, const double *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->tanh_f64(dst, a, n);
    return st;
}

ksimd_status ksimd_pow_f32(float *dst, const float *a, const float *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->pow_f32(dst, a, b, n);
    return st;
}

ksimd_status ksimd_pow_f64(double *dst, const double *a, const double *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->pow_f64(dst, a, b, n);
    return st;
}
