/* The `compiler` loops of the article-traversal scenario
 * (compiler_strided2d.c): the article's naive loop orders over an n x n
 * float64 matrix, written as a user would, built -O3 like every peer. */
#ifndef KBENCH_PEER_COMPILER_STRIDED2D_H
#define KBENCH_PEER_COMPILER_STRIDED2D_H

#include <stddef.h>

/* out[i] = sum of row i / out[j] = sum of column j, the outer loop over
 * the output: C order (a[i*n + j]) and Fortran order (a[i + j*n]). */
void kbcc_row_sums_c_f64(double *out, const double *a, size_t n);
void kbcc_col_sums_c_f64(double *out, const double *a, size_t n);
void kbcc_row_sums_f_f64(double *out, const double *a, size_t n);
void kbcc_col_sums_f_f64(double *out, const double *a, size_t n);
/* f[i + j*n] = c[i*n + j]: C to Fortran, row by row of the source. */
void kbcc_c_to_fortran_f64(double *f, const double *c, size_t n);

#endif
