/* The kbench scenario "article-conditional" (article_conditional.c). */
#ifndef KBENCH_ARTICLE_CONDITIONAL_H
#define KBENCH_ARTICLE_CONDITIONAL_H

#include <stddef.h>

/* The article's expression in ksimd_expr_compile's language, over the
 * int64 variable x (also timed by the `expressions` scenario). */
#define KB_ARTICLE_CONDITIONAL_EXPR "where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)"

struct kb_article_result {
    double ksimd_ns_per_elem;    /* the pipeline of ksimd calls, fastest batch */
    double fused_ns_per_elem;    /* the compiled expression, one eval per call */
    double compiler_ns_per_elem; /* the plain loop, fastest batch */
};

/* Times the three versions at n elements for about budget_s seconds each
 * and checks that they agree. Returns 0, or -1 when memory runs out, the
 * expression does not compile or evaluate, or a version disagrees with the
 * plain loop (a message goes to stderr). */
int kb_article_conditional(size_t n, double budget_s, struct kb_article_result *out);

#endif
