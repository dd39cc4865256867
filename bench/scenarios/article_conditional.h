/* The kbench scenario "article-conditional" (article_conditional.c). */
#ifndef KBENCH_ARTICLE_CONDITIONAL_H
#define KBENCH_ARTICLE_CONDITIONAL_H

#include <stddef.h>

struct kb_article_result {
    double ksimd_ns_per_elem;    /* the pipeline of ksimd calls, fastest batch */
    double compiler_ns_per_elem; /* the plain loop, fastest batch */
};

/* Times both versions at n elements for about budget_s seconds each and
 * checks that they agree. Returns 0, or -1 when memory runs out or the two
 * disagree (a message goes to stderr). */
int kb_article_conditional(size_t n, double budget_s, struct kb_article_result *out);

#endif
