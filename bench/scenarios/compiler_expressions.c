/* The plain loops of the `expressions` scenario, built like every compiler
 * column (-O3 -ffp-contract=off -fno-math-errno, target_clones; see
 * bench/CMakeLists.txt): what a user writes instead of compiling the
 * expression. Each does the expression's operations in its order, one
 * rounding each, so the float ones give ksimd's bits: no contraction
 * into an FMA, which ksimd never does either. The exceptions, checked
 * within a tolerance by the scenario: the sum adds in index order (ksimd
 * has its own canonical order), and exp is the C library's. */
#include "compiler_expressions.h"

#include <math.h>

#include "peers/clones.h"

KB_CLONES void kbcc_expr_lincomb_f64(double *d, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = 2 * a[i] + 3 * b[i];
}

/* Both arms are cheap and cannot fault, so -O3 computes both and blends,
 * as ksimd's where does. */
KB_CLONES void kbcc_expr_where_f64(double *d, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = x[i] > 0 ? x[i] * 2 + 5 : x[i] * x[i];
}

/* The literals are float, as NumPy's weak literals make them. */
KB_CLONES void kbcc_expr_where_f32(float *d, const float *x, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = x[i] > 0 ? x[i] * 2.0f + 5.0f : x[i] * x[i];
}

/* One add chain: without -ffast-math the compiler may not reorder it. */
KB_CLONES double kbcc_expr_sumsq_f64(const double *x, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++) s += x[i] * x[i];
    return s;
}

/* -fno-math-errno lets sqrtf become the vector instruction. */
KB_CLONES void kbcc_expr_hypot_f32(float *d, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = sqrtf(a[i] * a[i] + b[i] * b[i]);
}

/* One call to exp per element, as compiler_math.c's loops: glibc offers no
 * vector variant without -ffast-math. */
KB_CLONES void kbcc_expr_gauss_f64(double *d, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = exp(-x[i] * x[i] / 2);
}
