/* The `compiler` loops of the strided 2-D family (compiler_strided2d.c),
 * built -O3 like every peer. */
#ifndef KBENCH_PEER_COMPILER_STRIDED2D_H
#define KBENCH_PEER_COMPILER_STRIDED2D_H

#include <stddef.h>
#include <stdint.h>

#include <ksimd.h>

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
