/* The plain loops of kbench's article scenarios (compiler_scenarios.c). */
#ifndef KBENCH_PEER_COMPILER_SCENARIOS_H
#define KBENCH_PEER_COMPILER_SCENARIOS_H

#include <stddef.h>
#include <stdint.h>

/* article-sales in one pass: for each row with revenue - cost > threshold,
 * add the profit to its region's sum and count it. sums and counts have
 * ngroups entries; regions are in [0, ngroups). */
void kbcc_article_sales(double *sums, int64_t *counts, const double *revenue, const double *cost,
                        const int32_t *region, double threshold, size_t n, size_t ngroups);

#endif
