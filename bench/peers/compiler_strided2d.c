/* The `compiler` loops of the strided 2-D family and of the
 * article-traversal scenario, built like every compiler column (-O3
 * -ffp-contract=off -fno-math-errno -falign-loops=64, bench/CMakeLists.txt).
 *
 * The article's loops, as written there: for each output, walk its row or
 * column, whatever the layout. -O3 without -ffast-math keeps each sum in
 * order (one add chain per output), as a user's plain loop would. They
 * stay as the article has them (no target_clones): the scenario compares
 * with the article's figures.
 *
 * The family's loops (compiler_strided2d_t.h, once per type) take the
 * ksimd function's arguments and return void: the general double loop
 * over (rows, cols) and the strides, row index outer, cloned for AVX-512F,
 * AVX2 and the baseline on x86-64 (target_clones) as the other compiler
 * columns are. Integers compute in unsigned types so they wrap as ksimd's;
 * float minimum/maximum of binary2d follow IEEE 754-2019 as ksimd's do;
 * min_axis/max_axis use the natural `x < m || x != x` (NaN propagates,
 * -0.0 and +0.0 in arrival order: kbench checks them on finite inputs). */
#include "compiler_strided2d.h"

#include <math.h>

#include "clones.h"

void kbcc_row_sums_c_f64(double *out, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double s = 0;
        for (size_t j = 0; j < n; j++) s += a[i * n + j];
        out[i] = s;
    }
}

void kbcc_col_sums_c_f64(double *out, const double *a, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        double s = 0;
        for (size_t i = 0; i < n; i++) s += a[i * n + j];
        out[j] = s;
    }
}

void kbcc_row_sums_f_f64(double *out, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double s = 0;
        for (size_t j = 0; j < n; j++) s += a[i + j * n];
        out[i] = s;
    }
}

void kbcc_col_sums_f_f64(double *out, const double *a, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        double s = 0;
        for (size_t i = 0; i < n; i++) s += a[i + j * n];
        out[j] = s;
    }
}

void kbcc_c_to_fortran_f64(double *f, const double *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) f[i + j * n] = c[i * n + j];
}

void kbcc_add_row_c_f64(double *d, const double *a, const double *row, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) d[i * n + j] = a[i * n + j] + row[j];
}

/* ---- the strided 2-D family ---- */

#define KB_T float
#define KB_R float
#define KB_SFX f32
#define KB_FLOAT 1
#include "compiler_strided2d_t.h"

#define KB_T double
#define KB_R double
#define KB_SFX f64
#define KB_FLOAT 1
#include "compiler_strided2d_t.h"

#define KB_T int32_t
#define KB_U uint32_t
#define KB_R int64_t
#define KB_SFX i32
#define KB_FLOAT 0
#include "compiler_strided2d_t.h"

#define KB_T int64_t
#define KB_U uint64_t
#define KB_R int64_t
#define KB_SFX i64
#define KB_FLOAT 0
#include "compiler_strided2d_t.h"
