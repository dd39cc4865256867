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

#endif
