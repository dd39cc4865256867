/* The worker pool behind ksimd_threads_set (API.md, "Threads"): a call
 * splits into parts that the calling thread and the pool's workers take in
 * turn. Which thread runs a part never changes a result: parts write
 * disjoint outputs, or per-part slots the caller combines in part order. */
#ifndef KSIMD_POOL_H
#define KSIMD_POOL_H

#include <stdatomic.h>
#include <stddef.h>

#include "../kernels/kernels.h"

/* Part i of nparts of a job; ctx is the job's own arguments. */
typedef void (*ksimd_part_fn)(const void *ctx, const struct ksimd_table *t, size_t i, size_t nparts);

/* Runs part(ctx, t, i, nparts) for every i < nparts, on the pool when it is
 * free and more than one thread is asked for, else on this thread alone;
 * returns when all parts are done. */
void ksimd_parallel(ksimd_part_fn part, const void *ctx, const struct ksimd_table *t, size_t nparts);

/* The threads in force (ksimd_threads_get) as the entry points read it:
 * 0 until the first call resolves KSIMD_THREADS. */
extern atomic_size_t ksimd_nthreads;
size_t ksimd_threads_resolve(void);

/* The smallest call, in elements, that splits; SIZE_MAX while one thread
 * is in force, so a small call costs one load and one compare. Per family:
 * a transcendental gains from a few thousand elements, an add from about a
 * hundred thousand (pool.c has the figures). */
enum ksimd_split_family { KSIMD_SPLIT_STREAM, KSIMD_SPLIT_MATH, KSIMD_SPLIT_FAMILIES };
extern atomic_size_t ksimd_split_min[KSIMD_SPLIT_FAMILIES];

/* Jobs that ran on the pool's workers so far (for tests and kbench: proof
 * that a split happened). */
size_t ksimd_pool_jobs(void);

/* For tests: the split sizes as if this many elements were "large" (0
 * restores the measured ones). Not exported from the shared library. */
void ksimd_threads_test_split(size_t elements);

#endif
