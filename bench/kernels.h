/* The families kbench times (one kernels_<family>.c each). */
#ifndef KBENCH_KERNELS_H
#define KBENCH_KERNELS_H

#include "kbench.h"

extern const struct kb_kernel kb_elementwise[];
extern const size_t kb_elementwise_count;
extern const struct kb_kernel kb_masked[];
extern const size_t kb_masked_count;
extern const struct kb_kernel kb_reduce[];
extern const size_t kb_reduce_count;
extern const struct kb_kernel kb_math[];
extern const size_t kb_math_count;
extern const struct kb_kernel kb_strided2d[];
extern const size_t kb_strided2d_count;

#endif
