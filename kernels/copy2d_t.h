/* copy2d for one element type. strided2d.c includes this file once per type
 * with KT, T, VT and KVL defined (as map.h does).
 *
 * After the plan (strided2d.h) the output runs along the inner axis with
 * stride 1 when it can. Then, by the source's strides:
 *  - inner stride 1: both views share their fast axis, row copies through
 *    the elementwise skeleton (one call when both are fully contiguous);
 *  - inner stride 0: a broadcast source, rows are filled;
 *  - outer stride +-1: the source's fast axis is the output's slow one
 *    (C <-> Fortran), a cache-blocked transpose of KVL x KVL register tiles;
 *  - anything else: a plain strided loop (the gather path). */

#define TN(name) KSIMD_PASTE(name, , KT)

/* Blocks of the transpose: KCOPY_OB output rows (a 4 KiB page of each
 * source row) by KCOPY_IB output columns (one 64-byte line of each output
 * row). Every source page is then read in one visit, which matters when
 * the matrix spans more pages than the TLB holds; measured on the build
 * host (Zen 3, 4000 x 4000 f64): 512 x 8 took 20 ms, 64 x 64 29 ms,
 * 16 x 16 36 ms. */
#define KCOPY_OB (4096 / (int)sizeof(T))
#define KCOPY_IB (64 / (int)sizeof(T))

static inline VT TN(v_ident)(VT x) { return x; }

static KSIMD_INLINE void TN(fill_row)(T *d, VT v, size_t n)
{
    size_t j = 0;
    for (; j + KVL <= n; j += KVL) TN(v_store)(d + j, v);
    if (j < n) TN(v_store_n)(d + j, v, n - j);
}

/* One KVL x KVL tile: source columns k (contiguous along the output's
 * rows) load as vectors, transpose in registers, store as output rows. */
static KSIMD_INLINE void TN(transpose_tile)(T *d, ptrdiff_t dos, const T *s, ptrdiff_t sis, int stream)
{
    VT r[KVL];
    for (int k = 0; k < KVL; k++) r[k] = TN(v_load)(s + k * sis);
    TN(v_transpose)(r);
    for (int t = 0; t < KVL; t++) TN(v_put)(d + t * dos, r[t], stream);
}

/* Elements before the first output row start that is aligned for
 * non-temporal stores (every row then is: ksimd_stream_rows), or 0. */
static inline size_t TN(stream_head)(const T *d, size_t inner, int stream)
{
#if KSIMD_STREAM_ALIGN
    size_t mis = (uintptr_t)d % KSIMD_STREAM_ALIGN, h = mis ? (KSIMD_STREAM_ALIGN - mis) / sizeof(T) : 0;
    return stream && h <= inner ? h : 0;
#else
    (void)d, (void)inner, (void)stream;
    return 0;
#endif
}

/* d[o*dos + i] = s[o + i*sis] for o < outer, i < inner: whole tiles over
 * o < of and h <= i < ie (h aligns the rows for streaming), plain
 * element copies around them. */
static void TN(transpose)(T *d, ptrdiff_t dos, const T *s, ptrdiff_t sis, size_t outer, size_t inner)
{
    int stream = ksimd_stream_rows(d, dos * (ptrdiff_t)sizeof(T), 2 * outer * inner * sizeof(T)) &&
                 (uintptr_t)d % sizeof(T) == 0;
    size_t h = TN(stream_head)(d, inner, stream);
    stream = stream && (uintptr_t)(d + h) % (KVL * sizeof(T)) == 0;
    size_t of = outer - outer % KVL, ie = h + (inner - h) / KVL * KVL;
    for (size_t ob = 0; ob < of; ob += KCOPY_OB) {
        size_t oe = of - ob < KCOPY_OB ? of : ob + KCOPY_OB;
        for (size_t ib = h; ib < ie; ib += KCOPY_IB) {
            size_t ib_end = ie - ib < KCOPY_IB ? ie : ib + KCOPY_IB;
            for (size_t o = ob; o < oe; o += KVL)
                for (size_t i = ib; i < ib_end; i += KVL)
                    TN(transpose_tile)(d + (ptrdiff_t)o * dos + (ptrdiff_t)i, dos, s + (ptrdiff_t)o + (ptrdiff_t)i * sis,
                                       sis, stream);
        }
        /* the elements beside the whole tiles, for these rows */
        for (size_t o = ob; o < oe; o++) {
            for (size_t i = 0; i < h; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
            for (size_t i = ie; i < inner; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
        }
    }
    for (size_t o = of; o < outer; o++)
        for (size_t i = 0; i < inner; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
    if (stream) v_stream_fence();
}

#undef KCOPY_OB
#undef KCOPY_IB

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
            TN(map1)(d + (ptrdiff_t)o * p.os[0], s + (ptrdiff_t)o * p.os[1], n, TN(v_ident));
    } else if (p.is[0] == 1 && p.is[1] == 0) {
        d += p.off[0], s += p.off[1];
        for (size_t o = 0; o < p.outer; o++) TN(fill_row)(d + (ptrdiff_t)o * p.os[0], TN(v_set1)(s[(ptrdiff_t)o * p.os[1]]), n);
    } else if (p.is[0] == 1 && (p.os[1] == 1 || p.os[1] == -1)) {
        if (p.os[1] == -1) ksimd_plan_flip_outer(&p);
        TN(transpose)(d + p.off[0], p.os[0], s + p.off[1], p.is[1], p.outer, n);
    } else {
        d += p.off[0], s += p.off[1];
        for (size_t o = 0; o < p.outer; o++)
            for (size_t i = 0; i < n; i++)
                d[(ptrdiff_t)o * p.os[0] + (ptrdiff_t)i * p.is[0]] = s[(ptrdiff_t)o * p.os[1] + (ptrdiff_t)i * p.is[1]];
    }
}

#undef TN
