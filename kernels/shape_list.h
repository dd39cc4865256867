/* Every kernel shape: the one place a C signature is written. A shape is
 * generic over the element type T and the type A of a sum's result (A is T
 * for floats and int64_t for integers: KSIMD_T_<t>, KSIMD_A_<t> below).
 * Each shape is one macro
 *
 *   KSIMD_SHAPE_<shape>(X, name, T, A)
 *       -> X(name, kernel return type, (kernel parameters), (public parameters))
 *
 * where the kernel is a table slot (kernels.h) and the public function,
 * ksimd_<name>, always returns ksimd_status and takes the kernel's
 * parameters plus, for kernels that return a value, the out-pointer it is
 * written to. Consumers pass their own X: the table slots and kernel
 * declarations (kernels.h), the public entry points (dispatch/api.c),
 * kbench's adaptors (bench/shapes.c, with bench/shape_args.h) and the
 * hardening table. How a shape is validated, timed or attacked stays with
 * each consumer, one line per shape there. Adding a shape is one line here
 * and one in each of those. */
#ifndef KSIMD_SHAPE_LIST_H
#define KSIMD_SHAPE_LIST_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"

/* clang-format off */
/* elementwise */
#define KSIMD_SHAPE_unary(X, name, T, A)   X(name, void, (T *dst, const T *a, size_t n), (T *dst, const T *a, size_t n))
#define KSIMD_SHAPE_binary(X, name, T, A)  X(name, void, (T *dst, const T *a, const T *b, size_t n), (T *dst, const T *a, const T *b, size_t n))
#define KSIMD_SHAPE_scalar(X, name, T, A)  X(name, void, (T *dst, const T *a, T s, size_t n), (T *dst, const T *a, T s, size_t n))
#define KSIMD_SHAPE_divisor(X, name, T, A) X(name, void, (T *dst, const T *a, T d, size_t n), (T *dst, const T *a, T d, size_t n))
#define KSIMD_SHAPE_axpb(X, name, T, A)    X(name, void, (T *dst, const T *x, T a, T b, size_t n), (T *dst, const T *x, T a, T b, size_t n))
#define KSIMD_SHAPE_ternary(X, name, T, A) X(name, void, (T *dst, const T *a, const T *b, const T *c, size_t n), (T *dst, const T *a, const T *b, const T *c, size_t n))

/* reductions: the kernel returns the result, the entry point writes it;
 * a group sum returns nonzero at a key out of range, having written nothing */
#define KSIMD_SHAPE_sum(X, name, T, A)     X(name, A, (const T *a, size_t n), (const T *a, size_t n, A *out))
#define KSIMD_SHAPE_dot(X, name, T, A)     X(name, A, (const T *a, const T *b, size_t n), (const T *a, const T *b, size_t n, A *out))
#define KSIMD_SHAPE_extreme(X, name, T, A) X(name, T, (const T *a, size_t n), (const T *a, size_t n, T *out))
#define KSIMD_SHAPE_index(X, name, T, A)   X(name, size_t, (const T *a, size_t n), (const T *a, size_t n, size_t *out))
#define KSIMD_SHAPE_group(X, name, T, A)   X(name, int, (T *sums, int64_t *counts, const T *values, const int32_t *keys, size_t n, size_t ngroups), (T *sums, int64_t *counts, const T *values, const int32_t *keys, size_t n, size_t ngroups))

/* masked conditionals: byte masks (uint8_t) in and out */
#define KSIMD_SHAPE_cmp(X, name, T, A)        X(name, void, (uint8_t *mask, const T *a, const T *b, ksimd_cmp op, size_t n), (uint8_t *mask, const T *a, const T *b, ksimd_cmp op, size_t n))
#define KSIMD_SHAPE_cmp_scalar(X, name, T, A) X(name, void, (uint8_t *mask, const T *a, T s, ksimd_cmp op, size_t n), (uint8_t *mask, const T *a, T s, ksimd_cmp op, size_t n))
#define KSIMD_SHAPE_where(X, name, T, A)      X(name, void, (T *dst, const uint8_t *mask, const T *a, const T *b, size_t n), (T *dst, const uint8_t *mask, const T *a, const T *b, size_t n))
#define KSIMD_SHAPE_clip(X, name, T, A)       X(name, void, (T *dst, const T *a, T lo, T hi, size_t n), (T *dst, const T *a, T lo, T hi, size_t n))
#define KSIMD_SHAPE_compress(X, name, T, A)   X(name, size_t, (T *dst, const T *a, const uint8_t *mask, size_t n), (T *dst, const T *a, const uint8_t *mask, size_t n, size_t *count))
#define KSIMD_SHAPE_classify(X, name, T, A)   X(name, void, (uint8_t *mask, const T *a, size_t n), (uint8_t *mask, const T *a, size_t n))
#define KSIMD_SHAPE_count(X, name, T, A)      X(name, size_t, (const T *mask, size_t n), (const T *mask, size_t n, size_t *out))

/* strided 2-D: raw views, strides in elements */
#define KSIMD_SHAPE_copy2d(X, name, T, A)       X(name, void, (T *dst, ptrdiff_t drs, ptrdiff_t dcs, const T *src, ptrdiff_t srs, ptrdiff_t scs, size_t rows, size_t cols), (T *dst, ptrdiff_t drs, ptrdiff_t dcs, const T *src, ptrdiff_t srs, ptrdiff_t scs, size_t rows, size_t cols))
#define KSIMD_SHAPE_binary2d(X, name, T, A)     X(name, void, (ksimd_binop op, T *dst, ptrdiff_t drs, ptrdiff_t dcs, const T *a, ptrdiff_t ars, ptrdiff_t acs, const T *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols), (ksimd_binop op, T *dst, ptrdiff_t drs, ptrdiff_t dcs, const T *a, ptrdiff_t ars, ptrdiff_t acs, const T *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols))
#define KSIMD_SHAPE_sum_axis(X, name, T, A)     X(name, void, (A *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis), (A *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis))
#define KSIMD_SHAPE_extreme_axis(X, name, T, A) X(name, void, (T *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis), (T *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis))
/* clang-format on */

/* Element types by suffix: C type (T) and a sum's result type (A). */
#define KSIMD_T_f32 float
#define KSIMD_T_f64 double
#define KSIMD_T_i32 int32_t
#define KSIMD_T_i64 int64_t
#define KSIMD_T_u8 uint8_t
#define KSIMD_A_f32 float
#define KSIMD_A_f64 double
#define KSIMD_A_i32 int64_t
#define KSIMD_A_i64 int64_t
#define KSIMD_A_u8 size_t

/* The shape of one registry line, with X: for a consumer's
 * #define KSIMD_KERNEL(name, family, shape, t) KSIMD_EXPAND(X, name, shape, t) */
#define KSIMD_EXPAND(X, name, shape, t) KSIMD_SHAPE_##shape(X, name, KSIMD_T_##t, KSIMD_A_##t)

#endif
