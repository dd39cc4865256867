/* The plain loops of the article scenarios, built like every compiler
 * column (-O3 -ffp-contract=off -fno-math-errno, target_clones): what a
 * user writes instead of chaining ksimd calls. */
#include "compiler_scenarios.h"

#include "clones.h"

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
