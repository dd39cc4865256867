/* The kbench scenario "article-traversal" (article_traversal.c). */
#ifndef KBENCH_ARTICLE_TRAVERSAL_H
#define KBENCH_ARTICLE_TRAVERSAL_H

#include <stddef.h>
#include <stdio.h>

/* What is timed, in the order of kb_traversal_result.ns. */
enum kb_traversal_item {
    KB_TRAV_ROW_SUMS_C, /* axis 1 of a C-order matrix: rows are contiguous */
    KB_TRAV_COL_SUMS_C, /* axis 0 of a C-order matrix: the article's slow case */
    KB_TRAV_ROW_SUMS_F, /* axis 1 of a Fortran-order matrix */
    KB_TRAV_COL_SUMS_F, /* axis 0 of a Fortran-order matrix */
    KB_TRAV_C_TO_F,     /* copy2d from C order to Fortran order */
    KB_TRAV_ADD_ROW,    /* binary2d: a C-order matrix plus a broadcast row */
    KB_TRAV_ITEMS
};

struct kb_traversal_result {
    size_t n;                    /* the matrix is n x n float64 */
    double ns[KB_TRAV_ITEMS][2]; /* per call, median batch: [0] ksimd, [1] the article's loop */
    double read_ns;              /* ksimd_sum_f64 over all n*n elements: the read-only reference */
    double add_ns;               /* ksimd_add_f64 over n*n elements: the contiguous reference of ADD_ROW */
};

/* Times every item at n x n for about budget_s seconds per contender and
 * checks the results (ksimd's row sums of the C matrix and column sums of
 * its Fortran copy must be the same bits; the loops' sums must agree to
 * 1e-9, their copy and broadcast add bit for bit).
 * Returns 0, or -1 when memory runs out or a check fails (message on stderr). */
int kb_article_traversal(size_t n, double budget_s, struct kb_traversal_result *out);

/* The result as a table: ms per call, GB/s of bytes read (copy: read +
 * written), and each against copy_gbs (kbench's copy figure; 0 to omit). */
void kb_article_traversal_print(FILE *f, const struct kb_traversal_result *r, double copy_gbs);

#endif
