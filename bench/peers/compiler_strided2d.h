/* The `compiler` loops of the strided 2-D family and of the
 * article-traversal scenario (compiler_strided2d.c), built -O3 like every
 * peer. */
#ifndef KBENCH_PEER_COMPILER_STRIDED2D_H
#define KBENCH_PEER_COMPILER_STRIDED2D_H

#include <stddef.h>
#include <stdint.h>

#include <ksimd.h>

/* ---- the article-traversal scenario: the article's naive loop orders
 * over an n x n float64 matrix, written as a user would ---- */
/* out[i] = sum of row i / out[j] = sum of column j, the outer loop over
 * the output: C order (a[i*n + j]) and Fortran order (a[i + j*n]). */
void kbcc_row_sums_c_f64(double *out, const double *a, size_t n);
void kbcc_col_sums_c_f64(double *out, const double *a, size_t n);
void kbcc_row_sums_f_f64(double *out, const double *a, size_t n);
void kbcc_col_sums_f_f64(double *out, const double *a, size_t n);
/* f[i + j*n] = c[i*n + j]: C to Fortran, row by row of the source. */
void kbcc_c_to_fortran_f64(double *f, const double *c, size_t n);
/* d[i*n + j] = a[i*n + j] + row[j]: a row broadcast down a C matrix. */
void kbcc_add_row_c_f64(double *d, const double *a, const double *row, size_t n);

/* ---- the strided 2-D family's `compiler` column: the ksimd function's
 * arguments, returning void (compiler_strided2d_t.h) ---- */
void kbcc_copy2d_f32(float *dst, ptrdiff_t drs, ptrdiff_t dcs, const float *src, ptrdiff_t srs, ptrdiff_t scs,
                     size_t rows, size_t cols);
void kbcc_copy2d_f64(double *dst, ptrdiff_t drs, ptrdiff_t dcs, const double *src, ptrdiff_t srs,
                     ptrdiff_t scs, size_t rows, size_t cols);
void kbcc_copy2d_i32(int32_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int32_t *src, ptrdiff_t srs,
                     ptrdiff_t scs, size_t rows, size_t cols);
void kbcc_copy2d_i64(int64_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int64_t *src, ptrdiff_t srs,
                     ptrdiff_t scs, size_t rows, size_t cols);
void kbcc_binary2d_f32(ksimd_binop op, float *dst, ptrdiff_t drs, ptrdiff_t dcs, const float *a,
                       ptrdiff_t ars, ptrdiff_t acs, const float *b, ptrdiff_t brs, ptrdiff_t bcs,
                       size_t rows, size_t cols);
void kbcc_binary2d_f64(ksimd_binop op, double *dst, ptrdiff_t drs, ptrdiff_t dcs, const double *a,
                       ptrdiff_t ars, ptrdiff_t acs, const double *b, ptrdiff_t brs, ptrdiff_t bcs,
                       size_t rows, size_t cols);
void kbcc_binary2d_i32(ksimd_binop op, int32_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int32_t *a,
                       ptrdiff_t ars, ptrdiff_t acs, const int32_t *b, ptrdiff_t brs, ptrdiff_t bcs,
                       size_t rows, size_t cols);
void kbcc_binary2d_i64(ksimd_binop op, int64_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int64_t *a,
                       ptrdiff_t ars, ptrdiff_t acs, const int64_t *b, ptrdiff_t brs, ptrdiff_t bcs,
                       size_t rows, size_t cols);
void kbcc_sum_axis_f32(float *out, const float *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_sum_axis_f64(double *out, const double *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_sum_axis_i32(int64_t *out, const int32_t *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_sum_axis_i64(int64_t *out, const int64_t *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_min_axis_f32(float *out, const float *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_min_axis_f64(double *out, const double *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_min_axis_i32(int32_t *out, const int32_t *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_min_axis_i64(int64_t *out, const int64_t *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_max_axis_f32(float *out, const float *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_max_axis_f64(double *out, const double *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_max_axis_i32(int32_t *out, const int32_t *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);
void kbcc_max_axis_i64(int64_t *out, const int64_t *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                       int axis);

#endif
