/* The `compiler` peer: each kernel written as the plain C loop a user would
 * write instead of calling ksimd, with the same arguments (returning void)
 * and the same results (checked against the scalar table at startup). */
#ifndef KBENCH_PEER_COMPILER_H
#define KBENCH_PEER_COMPILER_H

#include <stddef.h>
#include <stdint.h>

/* How the loops were built, for kbench's header and --help. */
extern const char kbcc_description[];

typedef void kbcc_binary_f32_fn(float *, const float *, const float *, size_t);
typedef void kbcc_binary_f64_fn(double *, const double *, const double *, size_t);
typedef void kbcc_binary_i32_fn(int32_t *, const int32_t *, const int32_t *, size_t);
typedef void kbcc_binary_i64_fn(int64_t *, const int64_t *, const int64_t *, size_t);
typedef void kbcc_scalar_f32_fn(float *, const float *, float, size_t);
typedef void kbcc_scalar_f64_fn(double *, const double *, double, size_t);
typedef void kbcc_scalar_i32_fn(int32_t *, const int32_t *, int32_t, size_t);
typedef void kbcc_scalar_i64_fn(int64_t *, const int64_t *, int64_t, size_t);
typedef void kbcc_axpb_f32_fn(float *, const float *, float, float, size_t);
typedef void kbcc_axpb_f64_fn(double *, const double *, double, double, size_t);
typedef void kbcc_axpb_i32_fn(int32_t *, const int32_t *, int32_t, int32_t, size_t);
typedef void kbcc_axpb_i64_fn(int64_t *, const int64_t *, int64_t, int64_t, size_t);
typedef void kbcc_ternary_f32_fn(float *, const float *, const float *, const float *, size_t);
typedef void kbcc_ternary_f64_fn(double *, const double *, const double *, const double *, size_t);
typedef void kbcc_unary_f32_fn(float *, const float *, size_t);
typedef void kbcc_unary_f64_fn(double *, const double *, size_t);
typedef void kbcc_unary_i32_fn(int32_t *, const int32_t *, size_t);
typedef void kbcc_unary_i64_fn(int64_t *, const int64_t *, size_t);

kbcc_binary_f32_fn kbcc_add_f32, kbcc_sub_f32, kbcc_mul_f32, kbcc_div_f32, kbcc_minimum_f32, kbcc_maximum_f32;
kbcc_binary_f64_fn kbcc_add_f64, kbcc_sub_f64, kbcc_mul_f64, kbcc_div_f64, kbcc_minimum_f64, kbcc_maximum_f64;
kbcc_binary_i32_fn kbcc_add_i32, kbcc_sub_i32, kbcc_mul_i32, kbcc_minimum_i32, kbcc_maximum_i32;
kbcc_binary_i64_fn kbcc_add_i64, kbcc_sub_i64, kbcc_mul_i64, kbcc_minimum_i64, kbcc_maximum_i64;

kbcc_scalar_f32_fn kbcc_add_scalar_f32, kbcc_sub_scalar_f32, kbcc_mul_scalar_f32, kbcc_div_scalar_f32;
kbcc_scalar_f64_fn kbcc_add_scalar_f64, kbcc_sub_scalar_f64, kbcc_mul_scalar_f64, kbcc_div_scalar_f64;
kbcc_scalar_i32_fn kbcc_add_scalar_i32, kbcc_sub_scalar_i32, kbcc_mul_scalar_i32, kbcc_floordiv_scalar_i32,
    kbcc_mod_scalar_i32;
kbcc_scalar_i64_fn kbcc_add_scalar_i64, kbcc_sub_scalar_i64, kbcc_mul_scalar_i64, kbcc_floordiv_scalar_i64,
    kbcc_mod_scalar_i64;

kbcc_axpb_f32_fn kbcc_axpb_f32;
kbcc_axpb_f64_fn kbcc_axpb_f64;
kbcc_axpb_i32_fn kbcc_axpb_i32;
kbcc_axpb_i64_fn kbcc_axpb_i64;
kbcc_ternary_f32_fn kbcc_fma_f32;
kbcc_ternary_f64_fn kbcc_fma_f64;

kbcc_unary_f32_fn kbcc_neg_f32, kbcc_abs_f32, kbcc_square_f32, kbcc_sqrt_f32, kbcc_floor_f32, kbcc_ceil_f32,
    kbcc_rint_f32;
kbcc_unary_f64_fn kbcc_neg_f64, kbcc_abs_f64, kbcc_square_f64, kbcc_sqrt_f64, kbcc_floor_f64, kbcc_ceil_f64,
    kbcc_rint_f64;
kbcc_unary_i32_fn kbcc_neg_i32, kbcc_abs_i32, kbcc_square_i32;
kbcc_unary_i64_fn kbcc_neg_i64, kbcc_abs_i64, kbcc_square_i64;

#endif
