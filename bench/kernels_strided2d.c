/* kbench's entries for the strided 2-D family: one line per kernel of
 * kernels/kernel_list.h (copy2d, binary2d, sum_axis, min_axis, max_axis).
 * kbench's size n is a rows x cols matrix, rows * cols == n, rows the
 * largest divisor of n that is <= sqrt(n) (kb_matrix_shape: 1Ki is
 * 32 x 32, 64Ki 256 x 256, 16Mi 4096 x 4096; a prime n is 1 x n). The
 * workloads (shapes_strided2d.c):
 *
 *   copy2d_T     C-order source to a Fortran-order destination: the
 *                blocked transpose, the article's C -> Fortran conversion
 *                (1 input + 1 output array of n elements)
 *   binary2d_T   KSIMD_OP_ADD, dst in C order = a in C order + b in Fortran
 *                order (NumPy's a + b.T): mixed layouts, three full arrays
 *   sum_axis_T,  axis 0 of a C-order matrix (column sums, minima, maxima:
 *   min_axis_T,  the article's "cache miss penalty" case for the naive
 *   max_axis_T   loop); cols results, so they count for nothing in
 *                bytes/element (.reduces)
 *
 * The tables must agree with the scalar table bit for bit (float axis
 * sums included: ksimd's canonical order, docs/strided2d.md). The
 * compiler loops (peers/compiler_strided2d.c) are the general double loop
 * over the strides, row index outer; their float sums add each column in
 * index order, another order than ksimd's, so they are checked within
 * KB_SUM_ULPS on finite inputs; their float min/max treat NaN and -0.0
 * their own way (finite inputs too). copy2d, binary2d and every integer
 * loop are exact: checked bit for bit on inputs with special values.
 * --verify runs on 1027 elements: a 13 x 79 matrix. */
#include "kernels.h"

#include <ksimd.h>

#include "peers/compiler_strided2d.h"
#include "shapes.h"

/* As kernels_reduce.c. On the 13 x 79 verification matrix (finite values)
 * the compiler loop's column sums were at most 20 units in the last place
 * (f64) and 8 (f32) from ksimd's; a wrong element moves a sum by far more. */
#define KB_SUM_ULPS 4096

#define KB_ENTRY(k, sig) .name = #k, .shape = &kb_##sig, .lib = (kb_fn)ksimd_##k, .compiler = (kb_fn)kbcc_##k

const struct kb_kernel kb_strided2d[] = {
    {KB_ENTRY(copy2d_f32, copy2d_f32)},
    {KB_ENTRY(copy2d_f64, copy2d_f64)},
    {KB_ENTRY(copy2d_i32, copy2d_i32)},
    {KB_ENTRY(copy2d_i64, copy2d_i64)},
    {KB_ENTRY(binary2d_f32, binary2d_f32)},
    {KB_ENTRY(binary2d_f64, binary2d_f64)},
    {KB_ENTRY(binary2d_i32, binary2d_i32)},
    {KB_ENTRY(binary2d_i64, binary2d_i64)},
    {KB_ENTRY(sum_axis_f32, sum_axis_f32), .reduces = 1, .peer_ulps = KB_SUM_ULPS, .peer_finite = 1},
    {KB_ENTRY(sum_axis_f64, sum_axis_f64), .reduces = 1, .peer_ulps = KB_SUM_ULPS, .peer_finite = 1},
    {KB_ENTRY(sum_axis_i32, sum_axis_i32), .reduces = 1},
    {KB_ENTRY(sum_axis_i64, sum_axis_i64), .reduces = 1},
    {KB_ENTRY(min_axis_f32, extreme_axis_f32), .reduces = 1, .peer_finite = 1},
    {KB_ENTRY(min_axis_f64, extreme_axis_f64), .reduces = 1, .peer_finite = 1},
    {KB_ENTRY(min_axis_i32, extreme_axis_i32), .reduces = 1},
    {KB_ENTRY(min_axis_i64, extreme_axis_i64), .reduces = 1},
    {KB_ENTRY(max_axis_f32, extreme_axis_f32), .reduces = 1, .peer_finite = 1},
    {KB_ENTRY(max_axis_f64, extreme_axis_f64), .reduces = 1, .peer_finite = 1},
    {KB_ENTRY(max_axis_i32, extreme_axis_i32), .reduces = 1},
    {KB_ENTRY(max_axis_i64, extreme_axis_i64), .reduces = 1},
};
const size_t kb_strided2d_count = sizeof kb_strided2d / sizeof kb_strided2d[0];
