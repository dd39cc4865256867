/* copy2d for one element type. strided2d.c instantiates this file through
 * foreach_type.h for every type.
 *
 * After the plan (strided2d.h) the output runs along the inner axis with
 * stride 1 when it can. Then, by the source's strides:
 *  - inner stride 1: both views share their fast axis, row copies through
 *    the elementwise skeleton (one call when both are fully contiguous);
 *  - inner stride 0: a broadcast source, rows are filled;
 *  - outer stride +-1: the source's fast axis is the output's slow one
 *    (C <-> Fortran), the blocked register tiles of transpose_t.h;
 *  - anything else: a plain strided loop (the gather path). */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "copy2d_t.h needs KT, T, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

static inline VT TN(v_ident)(VT x) { return x; }

static KSIMD_INLINE void TN(fill_row)(T *d, VT v, size_t n)
{
    size_t j = 0;
    for (; j + KVL <= n; j += KVL) TN(v_store)(d + j, v);
    if (j < n) TN(v_store_n)(d + j, v, n - j);
}

static void TN(copy2d)(T *d, ptrdiff_t drs, ptrdiff_t dcs, const T *s, ptrdiff_t srs, ptrdiff_t scs, size_t rows,
                       size_t cols)
{
    if (!rows || !cols) return;
    if (d == s && (rows == 1 || drs == srs) && (cols == 1 || dcs == scs)) return; /* in place: nothing moves */
    const ptrdiff_t rs[2] = {drs, srs}, cs[2] = {dcs, scs};
    struct ksimd_plan2d p = ksimd_plan2d(rows, cols, rs, cs, 2);
    size_t n = p.inner;
    if (p.is[0] == 1 && p.is[1] == 1) {
        d += p.off[0], s += p.off[1];
        if (p.outer == 1 || (p.os[0] == (ptrdiff_t)n && p.os[1] == (ptrdiff_t)n)) {
            TN(map1)(d, s, p.outer * n, TN(v_ident));
            return;
        }
        for (size_t o = 0; o < p.outer; o++)
            TN(map1_of)(d + (ptrdiff_t)o * p.os[0], s + (ptrdiff_t)o * p.os[1], n, p.outer * n, TN(v_ident));
    } else if (p.is[0] == 1 && p.is[1] == 0) {
        d += p.off[0], s += p.off[1];
        for (size_t o = 0; o < p.outer; o++)
            TN(fill_row)(d + (ptrdiff_t)o * p.os[0], TN(v_set1)(s[(ptrdiff_t)o * p.os[1]]), n);
    } else if (p.is[0] == 1 && (p.os[1] == 1 || p.os[1] == -1)) {
        if (p.os[1] == -1) ksimd_plan_flip_outer(&p);
        TN(transpose_with)(d + p.off[0], p.os[0], NULL, 0, s + p.off[1], p.is[1], p.outer, n, NULL);
    } else {
        d += p.off[0], s += p.off[1];
        for (size_t o = 0; o < p.outer; o++)
            for (size_t i = 0; i < n; i++)
                d[(ptrdiff_t)o * p.os[0] + (ptrdiff_t)i * p.is[0]] = s[(ptrdiff_t)o * p.os[1] + (ptrdiff_t)i * p.is[1]];
    }
}
