/* The article's loops, as written there: for each output, walk its row or
 * column, whatever the layout. -O3 without -ffast-math keeps each sum in
 * order (one add chain per output), as a user's plain loop would. */
#include "compiler_strided2d.h"

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
