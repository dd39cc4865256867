/* How a large call is cut into parts for the pool (pool.h): by split.h's
 * kernel jobs and by expressions (expr_api.c). */
#ifndef KSIMD_PARTS_H
#define KSIMD_PARTS_H

#include <stdlib.h>

#include "pool.h"

/* Parts are multiples of 64 elements (a cache line of bytes at least), two
 * per thread so that a late thread delays less, and no smaller than
 * min_part units: half the family's split size, so that on many cores a
 * call uses only as many threads as its size pays for. */
enum { KSIMD_PART_ALIGN = 64, KSIMD_PARTS_PER_THREAD = 2, KSIMD_MAX_PARTS = 512 };

static inline size_t ksimd_nparts(size_t units, size_t min_part)
{
    size_t threads = ksimd_threads_resolve(), blocks = (units + KSIMD_PART_ALIGN - 1) / KSIMD_PART_ALIGN;
    size_t p = threads * KSIMD_PARTS_PER_THREAD;
    if (p > KSIMD_MAX_PARTS) p = KSIMD_MAX_PARTS;
    if (min_part > KSIMD_PART_ALIGN && p > units / min_part) p = units / min_part ? units / min_part : 1;
    return threads < 2 ? 1 : p < blocks ? p : blocks;
}
#define KSIMD_MIN_PART(family) (atomic_load_explicit(&ksimd_split_min[family], memory_order_relaxed) / 2)

/* Part i of np of [0, units), in whole KSIMD_PART_ALIGN blocks. */
static inline void ksimd_part_range(size_t units, size_t i, size_t np, size_t *lo, size_t *hi)
{
    size_t blocks = (units + KSIMD_PART_ALIGN - 1) / KSIMD_PART_ALIGN;
    size_t b0 = blocks / np * i + (i < blocks % np ? i : blocks % np);
    size_t b1 = b0 + blocks / np + (i < blocks % np);
    *lo = b0 * KSIMD_PART_ALIGN;
    *hi = b1 * KSIMD_PART_ALIGN < units ? b1 * KSIMD_PART_ALIGN : units;
}

#endif
