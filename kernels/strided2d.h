/* View normalization shared by the strided 2-D kernels (strided2d.c).
 * Type-free and static inline only: it is compiled into every ISA unit.
 *
 * A traversal sees up to three views of one (rows, cols) index space:
 * view 0 is the output, which decides the order. The plan swaps the axes
 * so that the inner loop runs along the output's smallest stride, and
 * flips an axis (for every view at once) where the output's stride is
 * negative, so the output is always written at increasing addresses. Each
 * element still pairs the same input positions: only the visiting order of
 * the (i, j) changes, which elementwise operations never notice. */
#ifndef KSIMD_STRIDED2D_H
#define KSIMD_STRIDED2D_H

#include <stddef.h>
#include <stdint.h>

#include "map.h"

#define KSIMD_MAX_VIEWS 3

struct ksimd_plan2d {
    size_t outer, inner;            /* extents after the swap */
    ptrdiff_t os[KSIMD_MAX_VIEWS];  /* outer stride of each view */
    ptrdiff_t is[KSIMD_MAX_VIEWS];  /* inner stride of each view */
    ptrdiff_t off[KSIMD_MAX_VIEWS]; /* element offset each base moves by */
    int nviews;
};

static inline ptrdiff_t ksimd_abs_stride(ptrdiff_t s) { return s < 0 ? -s : s; }

/* Reverses the outer axis of every view. */
static inline void ksimd_plan_flip_outer(struct ksimd_plan2d *p)
{
    for (int v = 0; v < p->nviews; v++) {
        p->off[v] += (ptrdiff_t)(p->outer - 1) * p->os[v];
        p->os[v] = -p->os[v];
    }
}

static inline void ksimd_plan_flip_inner(struct ksimd_plan2d *p)
{
    for (int v = 0; v < p->nviews; v++) {
        p->off[v] += (ptrdiff_t)(p->inner - 1) * p->is[v];
        p->is[v] = -p->is[v];
    }
}

/* rows, cols > 0. Strides of an extent-1 axis are never used, so they
 * become 0: a 1 x n view then looks the same whatever its row stride. */
static inline struct ksimd_plan2d ksimd_plan2d(size_t rows, size_t cols, const ptrdiff_t *rs, const ptrdiff_t *cs,
                                               int nviews)
{
    struct ksimd_plan2d p;
    p.nviews = nviews;
    ptrdiff_t r0 = rows == 1 ? 0 : rs[0], c0 = cols == 1 ? 0 : cs[0];
    /* inner = the axis with the smaller non-zero output stride */
    int swap = c0 == 0 ? r0 != 0 : r0 != 0 && ksimd_abs_stride(r0) < ksimd_abs_stride(c0);
    p.outer = swap ? cols : rows;
    p.inner = swap ? rows : cols;
    for (int v = 0; v < nviews; v++) {
        ptrdiff_t r = rows == 1 ? 0 : rs[v], c = cols == 1 ? 0 : cs[v];
        p.os[v] = swap ? c : r;
        p.is[v] = swap ? r : c;
        p.off[v] = 0;
    }
    if (p.is[0] < 0) ksimd_plan_flip_inner(&p);
    if (p.os[0] < 0) ksimd_plan_flip_outer(&p);
    return p;
}

/* The reduction's view of (rows, cols, rs, cs, axis): out[k], k < kept,
 * reduces a[k*ks + r*rstride] over r < len. Extent-1 strides become 0,
 * and then a single output's ks 1 unless its rows are contiguous (along):
 * it is read as across, a masked element per row, not copied through the
 * gather path's stack tile. */
struct ksimd_axis2d {
    size_t kept, len;
    ptrdiff_t ks, rstride;
};

static inline struct ksimd_axis2d ksimd_axis2d(size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis)
{
    struct ksimd_axis2d x;
    x.kept = axis == 0 ? cols : rows;
    x.len = axis == 0 ? rows : cols;
    x.ks = x.kept == 1 ? 0 : axis == 0 ? cs : rs;
    x.rstride = x.len == 1 ? 0 : axis == 0 ? rs : cs;
    if (x.kept == 1 && x.rstride != 1) x.ks = 1;
    return x;
}

/* Non-temporal stores for a transpose's output rows: only for outputs far
 * larger than the caches (as map.h), and only when every row starts at the
 * same offset from a vector boundary: the caller skips a head of columns,
 * after which each tile row is one aligned vector store. */
static inline int ksimd_stream_rows(ptrdiff_t row_bytes, size_t bytes)
{
#if KSIMD_STREAM_ALIGN
    return bytes >= KSIMD_STREAM_BYTES && row_bytes % KSIMD_STREAM_ALIGN == 0;
#else
    (void)row_bytes, (void)bytes;
    return 0;
#endif
}

#endif
