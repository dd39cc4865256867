/* copy2d for one element type. strided2d.c instantiates this file through
 * foreach_type.h for every type.
 *
 * After the plan (strided2d.h) the output runs along the inner axis with
 * stride 1 when it can. Then, by the source's strides:
 *  - inner stride 1: both views share their fast axis, row copies through
 *    the elementwise skeleton (one call when both are fully contiguous);
 *  - inner stride 0: a broadcast source, rows are filled;
 *  - outer stride +-1: the source's fast axis is the output's slow one
 *    (C <-> Fortran), a cache-blocked transpose of KVL x KVL register tiles;
 *  - anything else: a plain strided loop (the gather path). */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "copy2d_t.h needs KT, T, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

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

/* When streaming: elements before the first output column at which the
 * rows start a 64-byte line, when every row can (rows a whole number of
 * lines apart), so that each block of KCOPY_IB columns writes whole lines;
 * otherwise before the first column aligned for non-temporal stores. A
 * block straddling two lines writes two partial lines per row, which
 * non-temporal stores turn into read-modify-writes: 4000 x 4000 f64, 16
 * bytes off a page (as malloc returns it), took 49 ms so, 12.6 ms
 * line-aligned. Not streaming: 0 (peeling costs more than it saves in
 * cache). */
static inline size_t TN(stream_head)(const T *d, ptrdiff_t dos, size_t inner, int stream)
{
    size_t align = (size_t)(dos < 0 ? -dos : dos) * sizeof(T) % 64 == 0 ? 64 : KSIMD_STREAM_ALIGN;
    if (!stream || !align || (uintptr_t)d % sizeof(T)) return 0;
    size_t mis = (uintptr_t)d % align, h = mis ? (align - mis) / sizeof(T) : 0;
    return h <= inner ? h : 0;
}

/* Output rows (source columns) before the first at which every source row
 * is aligned to a vector, when all can be (rows a whole number of vectors
 * apart): the tiles' loads then never split a cache line. For large
 * transposes only: 4000 x 4000 f64 16 bytes off took 15 ms with split
 * loads, 12.6 ms without; at 32 x 32 the peeled rows cost more. */
static inline size_t TN(source_head)(const T *s, ptrdiff_t sis, size_t outer)
{
    size_t v = KVL * sizeof(T), mis = (uintptr_t)s % v, h = mis ? (v - mis) / sizeof(T) : 0;
    if ((uintptr_t)s % sizeof(T) || (size_t)(sis < 0 ? -sis : sis) * sizeof(T) % v) return 0;
    return h <= outer ? h : outer;
}

/* Output rows [o0, o1) element by element: the few beside the tiles. */
static void TN(copy_rows)(T *d, ptrdiff_t dos, const T *s, ptrdiff_t sis, size_t o0, size_t o1, size_t inner)
{
    for (size_t o = o0; o < o1; o++)
        for (size_t i = 0; i < inner; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
}

/* The whole tiles, o0 <= o < of and h <= i < ie, in blocks; inlined once
 * per value of `stream`, so that the store instruction is fixed in each. */
static KSIMD_INLINE void TN(transpose_tiles)(T *d, ptrdiff_t dos, const T *s, ptrdiff_t sis, size_t o0, size_t of,
                                             size_t h, size_t ie, int stream)
{
    for (size_t ob = o0; ob < of; ob += KCOPY_OB) {
        size_t oe = of - ob < KCOPY_OB ? of : ob + KCOPY_OB;
        for (size_t ib = h; ib < ie; ib += KCOPY_IB) {
            size_t ib_end = ie - ib < KCOPY_IB ? ie : ib + KCOPY_IB;
            for (size_t o = ob; o < oe; o += KVL)
                for (size_t i = ib; i < ib_end; i += KVL) {
                    T *dtile = d + (ptrdiff_t)o * dos + (ptrdiff_t)i;
                    TN(transpose_tile)(dtile, dos, s + (ptrdiff_t)o + (ptrdiff_t)i * sis, sis, stream);
                }
        }
    }
}

/* d[o*dos + i] = s[o + i*sis] for o < outer, i < inner: whole tiles over
 * o0 <= o < of and h <= i < ie (h and o0 align rows when streaming), plain
 * element copies around them. */
static void TN(transpose)(T *d, ptrdiff_t dos, const T *s, ptrdiff_t sis, size_t outer, size_t inner)
{
    int stream =
        ksimd_stream_rows(dos * (ptrdiff_t)sizeof(T), 2 * outer * inner * sizeof(T)) && (uintptr_t)d % sizeof(T) == 0;
    size_t h = TN(stream_head)(d, dos, inner, stream);
    stream = stream && (uintptr_t)(d + h) % (KVL * sizeof(T)) == 0;
    size_t o0 = stream ? TN(source_head)(s, sis, outer) : 0, of = o0 + (outer - o0) / KVL * KVL;
    size_t ie = h + (inner - h) / KVL * KVL;
    if (stream)
        TN(transpose_tiles)(d, dos, s, sis, o0, of, h, ie, 1);
    else
        TN(transpose_tiles)(d, dos, s, sis, o0, of, h, ie, 0);
    for (size_t o = o0; o < of; o++) { /* the elements beside the whole tiles, in those rows */
        for (size_t i = 0; i < h; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
        for (size_t i = ie; i < inner; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
    }
    TN(copy_rows)(d, dos, s, sis, 0, o0, inner);
    TN(copy_rows)(d, dos, s, sis, of, outer, inner);
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
            TN(map1_of)(d + (ptrdiff_t)o * p.os[0], s + (ptrdiff_t)o * p.os[1], n, p.outer * n, TN(v_ident));
    } else if (p.is[0] == 1 && p.is[1] == 0) {
        d += p.off[0], s += p.off[1];
        for (size_t o = 0; o < p.outer; o++)
            TN(fill_row)(d + (ptrdiff_t)o * p.os[0], TN(v_set1)(s[(ptrdiff_t)o * p.os[1]]), n);
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
