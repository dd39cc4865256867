/* The plain loops of the article scenarios, built like every compiler
 * column (-O3 -ffp-contract=off -fno-math-errno, target_clones): what a
 * user writes instead of chaining ksimd calls.
 *
 * The article-traversal loops are the article's, as written there: for
 * each output, walk its row or column, whatever the layout. -O3 without
 * -ffast-math keeps each sum in order (one add chain per output), as a
 * user's plain loop would. They stay as the article has them (no
 * target_clones): the scenario compares with the article's figures. */
#include "compiler_scenarios.h"

#include "peers/clones.h"

KB_CLONES void kbcc_article_sales(double *sums, int64_t *counts, const double *revenue, const double *cost,
                                  const int32_t *region, double threshold, size_t n, size_t ngroups)
{
    for (size_t g = 0; g < ngroups; g++) sums[g] = 0, counts[g] = 0;
    for (size_t i = 0; i < n; i++) {
        double profit = revenue[i] - cost[i];
        if (profit > threshold) {
            sums[region[i]] += profit;
            counts[region[i]]++;
        }
    }
}

/* The article's branchy computation as one plain loop (the scenario
 * article-conditional): x % 2 == 0 ? (x % 3 == 0 ? x*x : x*3) : x + 1,
 * with C's % (its sign does not matter for == 0) and wrapping products. */
KB_CLONES void kbcc_article_conditional_i64(int64_t *d, const int64_t *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t v = (uint64_t)x[i];
        d[i] = (int64_t)(x[i] % 2 == 0 ? (x[i] % 3 == 0 ? v * v : v * 3) : v + 1);
    }
}

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
