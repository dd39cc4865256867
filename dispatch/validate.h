/* Argument checks shared by the public entry points. Each kernel's
 * arguments are validated here once, before anything is written. */
#ifndef KSIMD_VALIDATE_H
#define KSIMD_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"

/* Byte extent of n elements, saturated: a count that overflows cannot be a
 * real array, and saturating keeps the overlap test conservative. */
static inline uintptr_t ksimd_extent(size_t n, size_t size)
{
    return n > UINTPTR_MAX / size ? UINTPTR_MAX : (uintptr_t)(n * size);
}

/* True when [out, out+ob) and [in, in+ib) share a byte but are not the very
 * same array (same start, same extent), which is the allowed in-place call. */
static inline int ksimd_partial_overlap(const void *out, uintptr_t ob, const void *in, uintptr_t ib)
{
    uintptr_t o = (uintptr_t)out, i = (uintptr_t)in;
    if (ob == 0 || ib == 0 || (o == i && ob == ib)) return 0;
    uintptr_t oe = o > UINTPTR_MAX - ob ? UINTPTR_MAX : o + ob;
    uintptr_t ie = i > UINTPTR_MAX - ib ? UINTPTR_MAX : i + ib;
    return o < ie && i < oe;
}

/* dst and up to three inputs of one element type and length n; unused
 * inputs are passed as dst itself, which never counts as overlap. */
static inline ksimd_status ksimd_check_map(const void *dst, const void *a, const void *b,
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

#endif
