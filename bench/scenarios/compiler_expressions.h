/* The plain loops of kbench's `expressions` scenario
 * (compiler_expressions.c): each expression as the one loop a user would
 * write instead of compiling it with ksimd_expr_compile. The article's
 * conditional is kbcc_article_conditional_i64 (compiler_scenarios.h). */
#ifndef KBENCH_PEER_COMPILER_EXPRESSIONS_H
#define KBENCH_PEER_COMPILER_EXPRESSIONS_H

#include <stddef.h>

/* 2*a + 3*b */
void kbcc_expr_lincomb_f64(double *d, const double *a, const double *b, size_t n);
/* where(x > 0, x*2 + 5, x*x) */
void kbcc_expr_where_f64(double *d, const double *x, size_t n);
void kbcc_expr_where_f32(float *d, const float *x, size_t n);
/* sum(x*x), added in index order */
double kbcc_expr_sumsq_f64(const double *x, size_t n);
/* sqrt(a*a + b*b) */
void kbcc_expr_hypot_f32(float *d, const float *a, const float *b, size_t n);
/* exp(-x*x/2), the C library's exp */
void kbcc_expr_gauss_f64(double *d, const double *x, size_t n);

#endif
