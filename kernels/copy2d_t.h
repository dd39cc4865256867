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

/* Side of the square blocks of the transpose, in elements: 16 source
 * columns (or output rows) of whole 64-byte lines for f64, so every line
 * the block touches is used in full before the block moves on (kbench,
 * article-traversal: larger blocks keep more streams open and lose). */
#define KCOPY_BLOCK (128 / (int)sizeof(T))

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

/* d[o*dos + i] = s[o + i*sis] for o < outer, i < inner. */
static void TN(transpose)(T *d, ptrdiff_t dos, const T *s, ptrdiff_t sis, size_t outer, size_t inner)
{
    size_t of = outer - outer % KVL, inf = inner - inner % KVL;
    int stream = ksimd_stream_rows(d, dos * (ptrdiff_t)sizeof(T), 2 * outer * inner * sizeof(T));
    for (size_t ob = 0; ob < of; ob += KCOPY_BLOCK) {
        size_t oe = of - ob < KCOPY_BLOCK ? of : ob + KCOPY_BLOCK;
        for (size_t ib = 0; ib < inf; ib += KCOPY_BLOCK) {
            size_t ie = inf - ib < KCOPY_BLOCK ? inf : ib + KCOPY_BLOCK;
            for (size_t o = ob; o < oe; o += KVL)
                for (size_t i = ib; i < ie; i += KVL)
                    TN(transpose_tile)(d + (ptrdiff_t)o * dos + (ptrdiff_t)i, dos, s + (ptrdiff_t)o + (ptrdiff_t)i * sis,
                                       sis, stream);
        }
        /* the columns past the last whole tile, for these rows */
        for (size_t o = ob; o < oe; o++)
            for (size_t i = inf; i < inner; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
    }
    for (size_t o = of; o < outer; o++)
        for (size_t i = 0; i < inner; i++) d[(ptrdiff_t)o * dos + (ptrdiff_t)i] = s[(ptrdiff_t)o + (ptrdiff_t)i * sis];
    if (stream) v_stream_fence();
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

#undef KCOPY_BLOCK
#undef TN
