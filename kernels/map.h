/* The elementwise loop skeletons, instantiated for each element type. */
#ifndef KSIMD_MAP_H
#define KSIMD_MAP_H

#include "simd/simd.h"

#include "kernels.h"

/* Outputs whose call moves at least this many bytes are written with
 * non-temporal stores: far larger than any last-level cache we target, so
 * the output would be evicted before use anyway, and skipping the
 * read-for-ownership saves a third of the DRAM traffic (kbench, 16 Mi). */
#define KSIMD_STREAM_BYTES ((size_t)32 << 20)

/* Arrays of at least this many bytes come from beyond L2: where, the
 * compares (masked_t.h) and the mask logic (masked.h) load them with
 * v_load_far, as sum_i64 and the extremes do
 * from the same 4 MiB (KSUM_STREAM_BYTES, sum_order.h), and the streaming
 * elementwise loops do from KSIMD_STREAM_BYTES (simd/avx512.h says why). */
#define KSIMD_FAR_BYTES ((size_t)4 << 20)

/* head: elements before dst is aligned for streaming; stream: whether to.
 * A call writes n elements; total is the element count of the whole
 * operation it belongs to (n for a 1-D kernel, every row of a 2-D one),
 * which decides whether the output would outlive the caches. */
struct ksimd_span {
    size_t head;
    int stream;
};

static inline struct ksimd_span ksimd_span(const void *dst, size_t n, size_t total, size_t elem, size_t arrays)
{
    struct ksimd_span s = {0, 0};
#if KSIMD_STREAM_ALIGN
    size_t mis = (uintptr_t)dst % KSIMD_STREAM_ALIGN;
    if (total >= KSIMD_STREAM_BYTES / (elem * arrays) && mis % elem == 0) {
        s.head = mis ? (KSIMD_STREAM_ALIGN - mis) / elem : 0;
        s.head = s.head < n ? s.head : n;
        s.stream = 1;
    }
#else
    (void)dst, (void)n, (void)total, (void)elem, (void)arrays;
#endif
    return s;
}

#define KSIMD_SKELETON "map_t.h"
#include "foreach_type.h"

#endif
