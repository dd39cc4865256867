/* The signature shapes kbench knows (shapes.c). */
#ifndef KBENCH_SHAPES_H
#define KBENCH_SHAPES_H

#include "kbench.h"

extern const struct kb_shape kb_unary_f32, kb_unary_f64, kb_unary_i32, kb_unary_i64;
extern const struct kb_shape kb_binary_f32, kb_binary_f64, kb_binary_i32, kb_binary_i64;
extern const struct kb_shape kb_scalar_f32, kb_scalar_f64, kb_scalar_i32, kb_scalar_i64;
extern const struct kb_shape kb_axpb_f32, kb_axpb_f64, kb_axpb_i32, kb_axpb_i64;
extern const struct kb_shape kb_ternary_f32, kb_ternary_f64;
/* reductions: sum (R = int64 for integers), dot, min/max, argmin/argmax
 * (the index as int64), group_sum over KB_GROUPS groups */
extern const struct kb_shape kb_reduce_f32, kb_reduce_f64, kb_reduce_i32, kb_reduce_i64;
extern const struct kb_shape kb_dot_f32, kb_dot_f64;
extern const struct kb_shape kb_extreme_f32, kb_extreme_f64, kb_extreme_i32, kb_extreme_i64;
extern const struct kb_shape kb_index_f32, kb_index_f64, kb_index_i32, kb_index_i64;
extern const struct kb_shape kb_group_f32, kb_group_f64, kb_group_i64;
/* strided 2-D (shapes_strided2d.c): n elements as a kb_matrix_shape(n)
 * matrix; copy2d C -> Fortran order, binary2d (KSIMD_OP_ADD) C = C +
 * Fortran, sum/min/max over axis 0 of a C-order matrix (R = int64 for
 * integer sums; out[0] gets cols values) */
extern const struct kb_shape kb_copy2d_f32, kb_copy2d_f64, kb_copy2d_i32, kb_copy2d_i64;
extern const struct kb_shape kb_binary2d_f32, kb_binary2d_f64, kb_binary2d_i32, kb_binary2d_i64;
extern const struct kb_shape kb_sum_axis_f32, kb_sum_axis_f64, kb_sum_axis_i32, kb_sum_axis_i64;
extern const struct kb_shape kb_extreme_axis_f32, kb_extreme_axis_f64, kb_extreme_axis_i32,
    kb_extreme_axis_i64;

/* kbench's size n as a rows x cols matrix, rows * cols == n: rows is the
 * largest divisor of n that is <= sqrt(n) (1Ki: 32 x 32, 64Ki: 256 x 256,
 * 16Mi: 4096 x 4096, 2Ki: 32 x 64, a prime: 1 x n; 0: 0 x 0). Every 2-D
 * adaptor, ksimd and peer alike, takes its shape from here. */
void kb_matrix_shape(size_t n, size_t *rows, size_t *cols);

#endif
