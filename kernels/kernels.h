/* The kernel table: one struct of function pointers, one slot per entry of
 * kernel_list.h. Kernels trust their arguments: the public entry points in
 * dispatch/ validate once, then call through the table. */
#ifndef KSIMD_KERNELS_H
#define KSIMD_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"

/* The signatures kernels come in, one set per element type. */
typedef void ksimd_unary_f32_fn(float *, const float *, size_t);
typedef void ksimd_unary_f64_fn(double *, const double *, size_t);
typedef void ksimd_unary_i32_fn(int32_t *, const int32_t *, size_t);
typedef void ksimd_unary_i64_fn(int64_t *, const int64_t *, size_t);
typedef void ksimd_binary_f32_fn(float *, const float *, const float *, size_t);
typedef void ksimd_binary_f64_fn(double *, const double *, const double *, size_t);
typedef void ksimd_binary_i32_fn(int32_t *, const int32_t *, const int32_t *, size_t);
typedef void ksimd_binary_i64_fn(int64_t *, const int64_t *, const int64_t *, size_t);
typedef void ksimd_scalar_f32_fn(float *, const float *, float, size_t);
typedef void ksimd_scalar_f64_fn(double *, const double *, double, size_t);
typedef void ksimd_scalar_i32_fn(int32_t *, const int32_t *, int32_t, size_t);
typedef void ksimd_scalar_i64_fn(int64_t *, const int64_t *, int64_t, size_t);
typedef void ksimd_axpb_f32_fn(float *, const float *, float, float, size_t);
typedef void ksimd_axpb_f64_fn(double *, const double *, double, double, size_t);
typedef void ksimd_axpb_i32_fn(int32_t *, const int32_t *, int32_t, int32_t, size_t);
typedef void ksimd_axpb_i64_fn(int64_t *, const int64_t *, int64_t, int64_t, size_t);
typedef void ksimd_ternary_f32_fn(float *, const float *, const float *, const float *, size_t);
typedef void ksimd_ternary_f64_fn(double *, const double *, const double *, const double *, size_t);
/* Reductions return their result; the entry point writes it out. */
typedef float ksimd_reduce_f32_fn(const float *, size_t);
typedef double ksimd_reduce_f64_fn(const double *, size_t);
typedef int64_t ksimd_reduce_i32_fn(const int32_t *, size_t);
typedef int64_t ksimd_reduce_i64_fn(const int64_t *, size_t);
typedef float ksimd_dot_f32_fn(const float *, const float *, size_t);
typedef double ksimd_dot_f64_fn(const double *, const double *, size_t);
typedef float ksimd_extreme_f32_fn(const float *, size_t);
typedef double ksimd_extreme_f64_fn(const double *, size_t);
typedef int32_t ksimd_extreme_i32_fn(const int32_t *, size_t);
typedef int64_t ksimd_extreme_i64_fn(const int64_t *, size_t);
typedef size_t ksimd_index_f32_fn(const float *, size_t);
typedef size_t ksimd_index_f64_fn(const double *, size_t);
typedef size_t ksimd_index_i32_fn(const int32_t *, size_t);
typedef size_t ksimd_index_i64_fn(const int64_t *, size_t);
typedef void ksimd_group_f32_fn(float *, int64_t *, const float *, const int32_t *, size_t, size_t);
typedef void ksimd_group_f64_fn(double *, int64_t *, const double *, const int32_t *, size_t, size_t);
typedef void ksimd_group_i64_fn(int64_t *, int64_t *, const int64_t *, const int32_t *, size_t, size_t);

/* Masked conditionals: byte masks (uint8_t, 0/1 out, non-zero true in).
 * compress and count return their count; the entry point writes it out. */
typedef void ksimd_cmp_f32_fn(uint8_t *, const float *, const float *, ksimd_cmp, size_t);
typedef void ksimd_cmp_f64_fn(uint8_t *, const double *, const double *, ksimd_cmp, size_t);
typedef void ksimd_cmp_i32_fn(uint8_t *, const int32_t *, const int32_t *, ksimd_cmp, size_t);
typedef void ksimd_cmp_i64_fn(uint8_t *, const int64_t *, const int64_t *, ksimd_cmp, size_t);
typedef void ksimd_cmp_scalar_f32_fn(uint8_t *, const float *, float, ksimd_cmp, size_t);
typedef void ksimd_cmp_scalar_f64_fn(uint8_t *, const double *, double, ksimd_cmp, size_t);
typedef void ksimd_cmp_scalar_i32_fn(uint8_t *, const int32_t *, int32_t, ksimd_cmp, size_t);
typedef void ksimd_cmp_scalar_i64_fn(uint8_t *, const int64_t *, int64_t, ksimd_cmp, size_t);
typedef void ksimd_where_f32_fn(float *, const uint8_t *, const float *, const float *, size_t);
typedef void ksimd_where_f64_fn(double *, const uint8_t *, const double *, const double *, size_t);
typedef void ksimd_where_i32_fn(int32_t *, const uint8_t *, const int32_t *, const int32_t *, size_t);
typedef void ksimd_where_i64_fn(int64_t *, const uint8_t *, const int64_t *, const int64_t *, size_t);
typedef size_t ksimd_compress_f32_fn(float *, const float *, const uint8_t *, size_t);
typedef size_t ksimd_compress_f64_fn(double *, const double *, const uint8_t *, size_t);
typedef size_t ksimd_compress_i32_fn(int32_t *, const int32_t *, const uint8_t *, size_t);
typedef size_t ksimd_compress_i64_fn(int64_t *, const int64_t *, const uint8_t *, size_t);
typedef void ksimd_isnan_f32_fn(uint8_t *, const float *, size_t);
typedef void ksimd_isnan_f64_fn(uint8_t *, const double *, size_t);
typedef void ksimd_mask_binary_fn(uint8_t *, const uint8_t *, const uint8_t *, size_t);
typedef void ksimd_mask_unary_fn(uint8_t *, const uint8_t *, size_t);
typedef size_t ksimd_count_u8_fn(const uint8_t *, size_t);

/* Strided 2-D traversals: raw views (strides in elements); the entry point
 * has validated them, the kernel picks the traversal. */
typedef void ksimd_copy2d_f32_fn(float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t, ptrdiff_t, size_t, size_t);
typedef void ksimd_copy2d_f64_fn(double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, size_t,
                                 size_t);
typedef void ksimd_copy2d_i32_fn(int32_t *, ptrdiff_t, ptrdiff_t, const int32_t *, ptrdiff_t, ptrdiff_t, size_t,
                                 size_t);
typedef void ksimd_copy2d_i64_fn(int64_t *, ptrdiff_t, ptrdiff_t, const int64_t *, ptrdiff_t, ptrdiff_t, size_t,
                                 size_t);
typedef void ksimd_binary2d_f32_fn(ksimd_binop, float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t, ptrdiff_t,
                                   const float *, ptrdiff_t, ptrdiff_t, size_t, size_t);
typedef void ksimd_binary2d_f64_fn(ksimd_binop, double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t,
                                   ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, size_t, size_t);
typedef void ksimd_binary2d_i32_fn(ksimd_binop, int32_t *, ptrdiff_t, ptrdiff_t, const int32_t *, ptrdiff_t,
                                   ptrdiff_t, const int32_t *, ptrdiff_t, ptrdiff_t, size_t, size_t);
typedef void ksimd_binary2d_i64_fn(ksimd_binop, int64_t *, ptrdiff_t, ptrdiff_t, const int64_t *, ptrdiff_t,
                                   ptrdiff_t, const int64_t *, ptrdiff_t, ptrdiff_t, size_t, size_t);
/* (out, a, rows, cols, rs, cs, axis) */
typedef void ksimd_sum_axis_f32_fn(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_sum_axis_f64_fn(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_sum_axis_i32_fn(int64_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_sum_axis_i64_fn(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_extreme_axis_f32_fn(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_extreme_axis_f64_fn(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_extreme_axis_i32_fn(int32_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void ksimd_extreme_axis_i64_fn(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);

struct ksimd_table {
    ksimd_isa isa;
    /* NULL in a reference table (every slot is isa's); in a table mixed by
     * a profile, the table each slot came from. */
    const unsigned char *slot_isa;
#define KSIMD_KERNEL(name, sig) ksimd_##sig##_fn *name;
#include "kernel_list.h"
#undef KSIMD_KERNEL
};

enum {
#define KSIMD_KERNEL(name, sig) KSIMD_SLOT_##name,
#include "kernel_list.h"
#undef KSIMD_KERNEL
    KSIMD_KERNEL_COUNT
};

/* The naming macros: KSIMD_FN(add_f64) is ksimd_add_f64_avx2 in the AVX2
 * unit. They are the only token pasting the kernels use. */
#define KSIMD_PASTE_(prefix, name, suffix) prefix##name##_##suffix
#define KSIMD_PASTE(prefix, name, suffix) KSIMD_PASTE_(prefix, name, suffix)
#define KSIMD_FN(name) KSIMD_PASTE(ksimd_, name, KSIMD_ISA_SUFFIX)
#define KSIMD_TABLE(isa) KSIMD_PASTE(ksimd_, table, isa)

/* Loop skeletons take their op as a function pointer; forcing them inline
 * is what turns that pointer into a direct, inlined op. */
#define KSIMD_INLINE inline __attribute__((always_inline))
/* Rare paths kept out of a hot loop, so its values stay in registers. */
#define KSIMD_NOINLINE __attribute__((noinline))

/* Every reference table; dispatch.c knows which ones were built. */
extern const struct ksimd_table ksimd_table_scalar, ksimd_table_sse42, ksimd_table_avx2,
    ksimd_table_avx512, ksimd_table_neon;

/* In a per-ISA unit, declare that ISA's kernels so every definition is
 * checked against its slot's signature. */
#ifdef KSIMD_ISA_SUFFIX
#define KSIMD_KERNEL(name, sig) ksimd_##sig##_fn KSIMD_FN(name);
#include "kernel_list.h"
#undef KSIMD_KERNEL
#endif

#endif
