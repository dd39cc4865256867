/* Argument checks of the strided 2-D entry points: enums, shapes, strides,
 * byte extents, NULL and overlap. Normalizing the views (axis order,
 * flips) is the kernel's job, so nothing here is done twice. */
#ifndef KSIMD_VALIDATE2D_H
#define KSIMD_VALIDATE2D_H

#include "validate.h"

/* A view's bytes: [lo, lo + bytes). */
struct span2d {
    uintptr_t lo, bytes;
};

/* Elements an axis of extent n > 0 reaches past its first, at most limit. */
static inline int axis_reach(size_t n, ptrdiff_t stride, size_t limit, size_t *reach)
{
    size_t s = stride < 0 ? (size_t)0 - (size_t)stride : (size_t)stride;
    if (n > 1 && s > limit / (n - 1)) return 0;
    *reach = (n - 1) * s;
    return 1;
}

/* The bytes of a non-empty view, or KSIMD_ERR_SHAPE when its extent does
 * not fit in ptrdiff_t bytes or the address space. */
static inline ksimd_status span_of(const void *p, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, size_t size,
                                   struct span2d *out)
{
    const size_t limit = (size_t)PTRDIFF_MAX / size - 1;
    size_t rr, cr;
    if (!axis_reach(rows, rs, limit, &rr) || !axis_reach(cols, cs, limit, &cr) || rr > limit - cr)
        return KSIMD_ERR_SHAPE;
    size_t below = ((rs < 0 ? rr : 0) + (cs < 0 ? cr : 0)) * size;
    size_t above = ((rs > 0 ? rr : 0) + (cs > 0 ? cr : 0)) * size + size;
    uintptr_t at = (uintptr_t)p;
    if (at < below || UINTPTR_MAX - (at - below) < below + above) return KSIMD_ERR_SHAPE;
    out->lo = at - below;
    out->bytes = below + above;
    return KSIMD_OK;
}

static inline int spans_meet(struct span2d x, struct span2d y)
{
    return x.lo < y.lo + y.bytes && y.lo < x.lo + x.bytes;
}

/* The allowed in-place case: the very same view (strides of an extent-1
 * axis never matter). */
static inline int same_view(const void *p, ptrdiff_t rs, ptrdiff_t cs, const void *q, ptrdiff_t qrs, ptrdiff_t qcs,
                            size_t rows, size_t cols)
{
    return p == q && (rows == 1 || rs == qrs) && (cols == 1 || cs == qcs);
}

/* dst and nin inputs of one element type over rows x cols. */
static inline ksimd_status check_views(size_t size, size_t rows, size_t cols, const void *d, ptrdiff_t drs,
                                       ptrdiff_t dcs, int nin, const void *const *in, const ptrdiff_t *irs,
                                       const ptrdiff_t *ics)
{
    if (rows && cols > SIZE_MAX / rows) return KSIMD_ERR_SHAPE;
    if (!rows || !cols) return KSIMD_OK;
    if (!d) return KSIMD_ERR_NULL;
    for (int k = 0; k < nin; k++)
        if (!in[k]) return KSIMD_ERR_NULL;
    if ((rows > 1 && drs == 0) || (cols > 1 && dcs == 0)) return KSIMD_ERR_SHAPE;
    struct span2d ds, is[2];
    ksimd_status st = span_of(d, rows, cols, drs, dcs, size, &ds);
    for (int k = 0; k < nin && st == KSIMD_OK; k++) st = span_of(in[k], rows, cols, irs[k], ics[k], size, &is[k]);
    if (st != KSIMD_OK) return st;
    for (int k = 0; k < nin; k++)
        if (spans_meet(ds, is[k]) && !same_view(d, drs, dcs, in[k], irs[k], ics[k], rows, cols))
            return KSIMD_ERR_OVERLAP;
    return KSIMD_OK;
}

static inline ksimd_status check_copy(size_t size, void *d, ptrdiff_t drs, ptrdiff_t dcs, const void *s, ptrdiff_t srs,
                                      ptrdiff_t scs, size_t rows, size_t cols)
{
    const void *in[1] = {s};
    const ptrdiff_t irs[1] = {srs}, ics[1] = {scs};
    return check_views(size, rows, cols, d, drs, dcs, 1, in, irs, ics);
}

static inline ksimd_status check_binary(ksimd_binop op, int is_float, size_t size, void *d, ptrdiff_t drs,
                                        ptrdiff_t dcs, const void *a, ptrdiff_t ars, ptrdiff_t acs, const void *b,
                                        ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    if ((unsigned)op > KSIMD_OP_MAX || (op == KSIMD_OP_DIV && !is_float)) return KSIMD_ERR_RANGE;
    const void *in[2] = {a, b};
    const ptrdiff_t irs[2] = {ars, brs}, ics[2] = {acs, bcs};
    return check_views(size, rows, cols, d, drs, dcs, 2, in, irs, ics);
}

/* out has one R per kept index and may not share a byte with the view. */
static inline ksimd_status check_axis(const void *out, size_t osize, const void *a, size_t size, size_t rows,
                                      size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis, int needs_data)
{
    if (axis != 0 && axis != 1) return KSIMD_ERR_RANGE;
    if (rows && cols > SIZE_MAX / rows) return KSIMD_ERR_SHAPE;
    size_t kept = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
    if (kept == 0) return KSIMD_OK;
    if (!out) return KSIMD_ERR_NULL;
    if (kept > (size_t)PTRDIFF_MAX / osize || UINTPTR_MAX - (uintptr_t)out < kept * osize) return KSIMD_ERR_SHAPE;
    if (len == 0) return needs_data ? KSIMD_ERR_EMPTY : KSIMD_OK;
    if (!a) return KSIMD_ERR_NULL;
    struct span2d as, os = {(uintptr_t)out, kept * osize};
    ksimd_status st = span_of(a, rows, cols, rs, cs, size, &as);
    if (st != KSIMD_OK) return st;
    return spans_meet(os, as) ? KSIMD_ERR_OVERLAP : KSIMD_OK;
}

#endif
