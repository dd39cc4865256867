/* The plain loops of kbench's article scenarios (compiler_scenarios.c). */
#ifndef KBENCH_PEER_COMPILER_SCENARIOS_H
#define KBENCH_PEER_COMPILER_SCENARIOS_H

#include <stddef.h>
#include <stdint.h>

/* article-sales in one pass: for each row with revenue - cost > threshold,
 * add the profit to its region's sum and count it. sums and counts have
 * ngroups entries; regions are in [0, ngroups). */
void kbcc_article_sales(double *sums, int64_t *counts, const double *revenue, const double *cost, const int32_t *region,
                        double threshold, size_t n, size_t ngroups);

/* article-conditional: x % 2 == 0 ? (x % 3 == 0 ? x*x : x*3) : x + 1. */
void kbcc_article_conditional_i64(int64_t *d, const int64_t *x, size_t n);

/* ---- the article-traversal scenario: the article's naive loop orders
 * over an n x n float64 matrix, written as a user would ---- */
/* out[i] = sum of row i / out[j] = sum of column j, the outer loop over
 * the output: C order (a[i*n + j]) and Fortran order (a[i + j*n]). */
void kbcc_row_sums_c_f64(double *out, const double *a, size_t n);
void kbcc_col_sums_c_f64(double *out, const double *a, size_t n);
void kbcc_row_sums_f_f64(double *out, const double *a, size_t n);
void kbcc_col_sums_f_f64(double *out, const double *a, size_t n);
/* f[i + j*n] = c[i*n + j]: C to Fortran, row by row of the source. */
void kbcc_c_to_fortran_f64(double *f, const double *c, size_t n);
/* d[i*n + j] = a[i*n + j] + row[j]: a row broadcast down a C matrix. */
void kbcc_add_row_c_f64(double *d, const double *a, const double *row, size_t n);

#endif
