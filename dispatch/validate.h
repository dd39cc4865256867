/* Argument checks shared by the public entry points. Each kernel's
 * arguments are validated here once, before anything is written. */
#ifndef KSIMD_VALIDATE_H
#define KSIMD_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include "dispatch.h"

/* These checks are always_inline: GCC otherwise kept ksimd_check_map out of
 * line, a call on every small elementwise call.
 *
 * Byte extent of n elements, saturated: a count that overflows cannot be a
 * real array, and saturating keeps the overlap test conservative. */
static inline __attribute__((always_inline)) uintptr_t ksimd_extent(size_t n, size_t size)
{
    return n > UINTPTR_MAX / size ? UINTPTR_MAX : (uintptr_t)(n * size);
}

/* True when [out, out+ob) and [in, in+ib) share a byte but are not the very
 * same array (same start, same extent), which is the allowed in-place call. */
static inline __attribute__((always_inline)) int ksimd_partial_overlap(const void *out, uintptr_t ob, const void *in,
                                                                       uintptr_t ib)
{
    uintptr_t o = (uintptr_t)out, i = (uintptr_t)in;
    if (ob == 0 || ib == 0 || (o == i && ob == ib)) return 0;
    uintptr_t oe = o > UINTPTR_MAX - ob ? UINTPTR_MAX : o + ob;
    uintptr_t ie = i > UINTPTR_MAX - ib ? UINTPTR_MAX : i + ib;
    return o < ie && i < oe;
}

/* dst and up to three inputs of one element type and length n; unused
 * inputs are passed as dst itself, which never counts as overlap. */
static inline __attribute__((always_inline)) ksimd_status ksimd_check_map(const void *dst, const void *a, const void *b,
                                                                          const void *c, size_t n, size_t size)
{
    if (n == 0) return KSIMD_OK;
    if (!dst || !a || !b || !c) return KSIMD_ERR_NULL;
    uintptr_t e = ksimd_extent(n, size);
    if (ksimd_partial_overlap(dst, e, a, e) || ksimd_partial_overlap(dst, e, b, e) ||
        ksimd_partial_overlap(dst, e, c, e))
        return KSIMD_ERR_OVERLAP;
    return KSIMD_OK;
}

/* The same checks for the common call, with fewer branches (dispatch/api.c
 * runs them first): true only when the full check passes, for arrays of
 * 1 <= n < KSIMD_FAST_N elements, whose extents (elements of at most 8
 * bytes) cannot overflow. A call they turn down takes the full check.
 * Ranges are compared modulo the address space's size, which is exact for
 * arrays that do not wrap around it, as no real array does. */
#define KSIMD_FAST_N (SIZE_MAX >> 4)
static inline __attribute__((always_inline)) int ksimd_apart(const void *x, uintptr_t xb, const void *y, uintptr_t yb)
{
    return (uintptr_t)x - (uintptr_t)y >= yb && (uintptr_t)y - (uintptr_t)x >= xb;
}
static inline __attribute__((always_inline)) int ksimd_fast_map(const void *dst, const void *a, const void *b,
                                                                const void *c, size_t n, size_t size)
{
    uintptr_t e = n * size;
    return dst && a && b && c && (a == dst || ksimd_apart(dst, e, a, e)) && (b == dst || ksimd_apart(dst, e, b, e)) &&
           (c == dst || ksimd_apart(dst, e, c, e));
}
static inline __attribute__((always_inline)) int ksimd_fast_reduce(const void *out, size_t out_size, const void *a,
                                                                   const void *b, size_t n, size_t size)
{
    return out && a && b && ksimd_apart(out, out_size, a, n * size) &&
           (b == a || ksimd_apart(out, out_size, b, n * size));
}

static inline int cmp_op_valid(ksimd_cmp op) { return (unsigned)op <= (unsigned)KSIMD_NE; }

/* out (n elements of osize bytes) against two inputs (n elements of isize
 * bytes each; pass in2 = in1 when there is only one). */
static inline ksimd_status check_out_in2(const void *out, size_t osize, const void *in1, const void *in2, size_t isize,
                                         size_t n)
{
    if (!out || !in1 || !in2) return KSIMD_ERR_NULL;
    uintptr_t oe = ksimd_extent(n, osize), ie = ksimd_extent(n, isize);
    if (ksimd_partial_overlap(out, oe, in1, ie) || ksimd_partial_overlap(out, oe, in2, ie)) return KSIMD_ERR_OVERLAP;
    return KSIMD_OK;
}

/* where's dst (T) against its mask (bytes) and a, b (T). */
static inline ksimd_status check_where(const void *dst, const uint8_t *mask, const void *a, const void *b, size_t n,
                                       size_t size)
{
    if (n == 0) return KSIMD_OK;
    if (!mask) return KSIMD_ERR_NULL;
    ksimd_status st = check_out_in2(dst, size, a, b, size, n);
    if (st != KSIMD_OK) return st;
    return ksimd_partial_overlap(dst, ksimd_extent(n, size), mask, n) ? KSIMD_ERR_OVERLAP : KSIMD_OK;
}

/* cmp and cmp_scalar: the op, then the mask against a and b. */
static inline ksimd_status check_cmp(const uint8_t *mask, const void *a, const void *b, size_t isize, ksimd_cmp op,
                                     size_t n)
{
    if (!cmp_op_valid(op)) return KSIMD_ERR_RANGE;
    return n ? check_out_in2(mask, 1, a, b, isize, n) : KSIMD_OK;
}

/* compress: dst (T) against a (T) and the mask (bytes). */
static inline ksimd_status check_compress(const void *dst, const void *a, const uint8_t *mask, size_t n, size_t size,
                                          const size_t *count)
{
    if (!count) return KSIMD_ERR_NULL;
    if (n == 0) return KSIMD_OK;
    if (!mask) return KSIMD_ERR_NULL;
    ksimd_status st = check_out_in2(dst, size, a, a, size, n);
    if (st != KSIMD_OK) return st;
    /* *count is an output too: written over a or the mask, it would change
     * an input (as for the reductions' out-pointers). */
    if (ksimd_partial_overlap(count, sizeof *count, a, ksimd_extent(n, size)) ||
        ksimd_partial_overlap(count, sizeof *count, mask, n))
        return KSIMD_ERR_OVERLAP;
    return ksimd_partial_overlap(dst, ksimd_extent(n, size), mask, n) ? KSIMD_ERR_OVERLAP : KSIMD_OK;
}

/* out, then the data: a NULL out is an error whatever n is; min, max and
 * the arg forms have no value for n == 0 (needs_data); out may not
 * partially overlap an input. b is a second input, or a again. */
static inline ksimd_status check_reduce(const void *out, size_t out_size, const void *a, const void *b, size_t n,
                                        size_t size, int needs_data)
{
    if (!out) return KSIMD_ERR_NULL;
    if (n == 0) return needs_data ? KSIMD_ERR_EMPTY : KSIMD_OK;
    if (!a || !b) return KSIMD_ERR_NULL;
    uintptr_t e = ksimd_extent(n, size);
    if (ksimd_partial_overlap(out, out_size, a, e) || ksimd_partial_overlap(out, out_size, b, e))
        return KSIMD_ERR_OVERLAP;
    return KSIMD_OK;
}

/* Any shared byte (the kernel clears sums and counts before it reads the
 * inputs, so even an exact alias cannot work). */
static inline int shares_bytes(const void *x, uintptr_t xb, const void *y, uintptr_t yb)
{
    uintptr_t p = (uintptr_t)x, q = (uintptr_t)y;
    if (!x || !y || xb == 0 || yb == 0) return 0;
    uintptr_t pe = p > UINTPTR_MAX - xb ? UINTPTR_MAX : p + xb;
    uintptr_t qe = q > UINTPTR_MAX - yb ? UINTPTR_MAX : q + yb;
    return p < qe && q < pe;
}

/* What group_sum needs before it starts: pointers and overlaps. The keys
 * are checked by the kernel as it reads them, before it writes a byte
 * (kernels/group_t.h). */
static inline ksimd_status check_group(const void *sums, size_t sum_size, const int64_t *counts, const void *values,
                                       size_t value_size, const int32_t *keys, size_t n, size_t ngroups)
{
    if (!sums) return KSIMD_ERR_NULL;
    if (n > 0 && (!values || !keys)) return KSIMD_ERR_NULL;
    /* No array holds that many sums or counts ("size overflows"): reachable
     * on 32-bit targets, where 2^28 int64 counts are already 2 GiB. */
    size_t widest = sum_size > sizeof *counts ? sum_size : sizeof *counts;
    if (ngroups > (size_t)PTRDIFF_MAX / widest) return KSIMD_ERR_SHAPE;
    uintptr_t se = ksimd_extent(ngroups, sum_size), ce = ksimd_extent(ngroups, sizeof *counts);
    uintptr_t ve = ksimd_extent(n, value_size), ke = ksimd_extent(n, sizeof *keys);
    if (shares_bytes(sums, se, values, ve) || shares_bytes(sums, se, keys, ke) ||
        shares_bytes(counts, ce, values, ve) || shares_bytes(counts, ce, keys, ke) ||
        shares_bytes(sums, se, counts, ce))
        return KSIMD_ERR_OVERLAP;
    return n > 0 && ngroups == 0 ? KSIMD_ERR_RANGE : KSIMD_OK;
}

/* count_u8: as the reductions, *out may not overlap the mask. */
static inline ksimd_status check_count(const uint8_t *mask, size_t n, const size_t *out)
{
    if (!out || (n && !mask)) return KSIMD_ERR_NULL;
    return ksimd_partial_overlap(out, sizeof *out, mask, n) ? KSIMD_ERR_OVERLAP : KSIMD_OK;
}

#endif
