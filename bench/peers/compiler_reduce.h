/* The `compiler` and `compiler-fastmath` peer loops of the reduction family
 * (compiler_reduce.c, built twice): the ksimd function's arguments,
 * returning void. kbcc_ loops are built like every compiler column
 * (-O3, no fast-math); kbfm_ loops are the same source built -O3
 * -ffast-math, which lets the compiler reorder float sums and drop NaN
 * checks: faster, but neither reproducible nor NaN-safe. */
#ifndef KBENCH_PEER_COMPILER_REDUCE_H
#define KBENCH_PEER_COMPILER_REDUCE_H

#include <stddef.h>
#include <stdint.h>

void kbcc_sum_f32(const float *a, size_t n, float *out);
void kbcc_sum_f64(const double *a, size_t n, double *out);
void kbcc_sum_i32(const int32_t *a, size_t n, int64_t *out);
void kbcc_sum_i64(const int64_t *a, size_t n, int64_t *out);
void kbcc_dot_f32(const float *a, const float *b, size_t n, float *out);
void kbcc_dot_f64(const double *a, const double *b, size_t n, double *out);
void kbcc_min_f32(const float *a, size_t n, float *out);
void kbcc_min_f64(const double *a, size_t n, double *out);
void kbcc_min_i32(const int32_t *a, size_t n, int32_t *out);
void kbcc_min_i64(const int64_t *a, size_t n, int64_t *out);
void kbcc_max_f32(const float *a, size_t n, float *out);
void kbcc_max_f64(const double *a, size_t n, double *out);
void kbcc_max_i32(const int32_t *a, size_t n, int32_t *out);
void kbcc_max_i64(const int64_t *a, size_t n, int64_t *out);
void kbcc_argmin_f32(const float *a, size_t n, size_t *out);
void kbcc_argmin_f64(const double *a, size_t n, size_t *out);
void kbcc_argmin_i32(const int32_t *a, size_t n, size_t *out);
void kbcc_argmin_i64(const int64_t *a, size_t n, size_t *out);
void kbcc_argmax_f32(const float *a, size_t n, size_t *out);
void kbcc_argmax_f64(const double *a, size_t n, size_t *out);
void kbcc_argmax_i32(const int32_t *a, size_t n, size_t *out);
void kbcc_argmax_i64(const int64_t *a, size_t n, size_t *out);
void kbcc_group_sum_f32(float *sums, int64_t *counts, const float *v, const int32_t *k, size_t n, size_t g);
void kbcc_group_sum_f64(double *sums, int64_t *counts, const double *v, const int32_t *k, size_t n, size_t g);
void kbcc_group_sum_i64(int64_t *sums, int64_t *counts, const int64_t *v, const int32_t *k, size_t n,
                        size_t g);
void kbfm_sum_f32(const float *a, size_t n, float *out);
void kbfm_sum_f64(const double *a, size_t n, double *out);
void kbfm_sum_i32(const int32_t *a, size_t n, int64_t *out);
void kbfm_sum_i64(const int64_t *a, size_t n, int64_t *out);
void kbfm_dot_f32(const float *a, const float *b, size_t n, float *out);
void kbfm_dot_f64(const double *a, const double *b, size_t n, double *out);
void kbfm_min_f32(const float *a, size_t n, float *out);
void kbfm_min_f64(const double *a, size_t n, double *out);
void kbfm_min_i32(const int32_t *a, size_t n, int32_t *out);
void kbfm_min_i64(const int64_t *a, size_t n, int64_t *out);
void kbfm_max_f32(const float *a, size_t n, float *out);
void kbfm_max_f64(const double *a, size_t n, double *out);
void kbfm_max_i32(const int32_t *a, size_t n, int32_t *out);
void kbfm_max_i64(const int64_t *a, size_t n, int64_t *out);
void kbfm_argmin_f32(const float *a, size_t n, size_t *out);
void kbfm_argmin_f64(const double *a, size_t n, size_t *out);
void kbfm_argmin_i32(const int32_t *a, size_t n, size_t *out);
void kbfm_argmin_i64(const int64_t *a, size_t n, size_t *out);
void kbfm_argmax_f32(const float *a, size_t n, size_t *out);
void kbfm_argmax_f64(const double *a, size_t n, size_t *out);
void kbfm_argmax_i32(const int32_t *a, size_t n, size_t *out);
void kbfm_argmax_i64(const int64_t *a, size_t n, size_t *out);
void kbfm_group_sum_f32(float *sums, int64_t *counts, const float *v, const int32_t *k, size_t n, size_t g);
void kbfm_group_sum_f64(double *sums, int64_t *counts, const double *v, const int32_t *k, size_t n, size_t g);
void kbfm_group_sum_i64(int64_t *sums, int64_t *counts, const int64_t *v, const int32_t *k, size_t n,
                        size_t g);

#endif
