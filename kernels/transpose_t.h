/* The transposed traversal shared by copy2d (d = s.T) and binary2d
 * (d = op(a, s.T)), for one element type. strided2d.c instantiates this
 * file through foreach_type.h for every type, before copy2d_t.h and
 * binary2d_t.h.
 *
 * KVL x KVL register tiles: source columns (contiguous along the output's
 * rows) load as vectors, transpose in registers and store as output rows,
 * combined with a's rows first when there is an op. Tiles go in cache
 * blocks; when the output is larger than the caches, rows are aligned and
 * stored non-temporally. */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "transpose_t.h needs KT, T, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

/* Blocks: KTR_OB output rows by KTR_IB output columns, in bytes of a
 * source row and of an output row.
 *  - A copy reads a 4 KiB page of each source row and writes one line of
 *    each output row: every source page is read in one visit, which
 *    matters when the matrix spans more pages than the TLB holds. Measured
 *    on Zen 3, 4000 x 4000 f64: 512 x 8 took 20 ms, 64 x 64 29 ms, 16 x 16
 *    36 ms.
 *  - binary2d also reads a's rows, which want runs of several lines for
 *    the prefetchers: 1 KiB x 256 bytes. Measured on a Sapphire Rapids VM,
 *    avx512 table, ns/element, 4 KiB x 64 bytes -> 1 KiB x 256 bytes:
 *    binary2d_f64 0.49 -> 0.39 at 256 x 256, 3.26 -> 2.18 at 4096 x 4096;
 *    binary2d_f32 0.18 -> 0.15 and 1.73 -> 1.45. */
#define KTR_OB ((op ? 1024 : 4096) / (size_t)sizeof(T))
#define KTR_IB ((op ? 256 : 64) / (size_t)sizeof(T))

#define KGATHER 64 /* elements per gathered chunk */

/* d[j*ds] = op(a[j*as], b[j*bs]) for j < n, through chunks on the stack. */
static KSIMD_INLINE void TN(gather_row)(T *d, ptrdiff_t ds, const T *a, ptrdiff_t as, const T *b, ptrdiff_t bs,
                                        size_t n, VT (*op)(VT, VT))
{
    T ta[KGATHER], tb[KGATHER], td[KGATHER];
    for (size_t j0 = 0; j0 < n; j0 += KGATHER) {
        size_t c = n - j0 < KGATHER ? n - j0 : KGATHER;
        for (size_t j = 0; j < c; j++) {
            ptrdiff_t at = (ptrdiff_t)(j0 + j);
            ta[j] = a[at * as], tb[j] = b[at * bs];
        }
        TN(map2)(td, ta, tb, c, op);
        for (size_t j = 0; j < c; j++) d[(ptrdiff_t)(j0 + j) * ds] = td[j];
    }
}

/* One tile: d's rows t < KVL are s's columns, or op(a's rows, them). The
 * op is a constant at every call (NULL for a copy), so each use compiles
 * to its own loop. */
static KSIMD_INLINE void TN(transpose_tile)(T *d, ptrdiff_t dos, const T *a, ptrdiff_t aos, const T *s, ptrdiff_t sis,
                                            VT (*op)(VT, VT), int stream)
{
    VT r[KVL];
    for (int k = 0; k < KVL; k++) r[k] = TN(v_load)(s + k * sis);
    TN(v_transpose)(r);
    for (int t = 0; t < KVL; t++) TN(v_put)(d + t * dos, op ? op(TN(v_load)(a + t * aos), r[t]) : r[t], stream);
}

/* When streaming: elements before the first output column at which the
 * rows start a 64-byte line, when every row can (rows a whole number of
 * lines apart), so that each block of KTR_IB columns writes whole lines;
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

/* Output row o's columns [i0, i1), element by element. */
static KSIMD_INLINE void TN(transpose_cols)(T *d, ptrdiff_t dos, const T *a, ptrdiff_t aos, const T *s, ptrdiff_t sis,
                                            size_t o, size_t i0, size_t i1, VT (*op)(VT, VT))
{
    T *drow = d + (ptrdiff_t)o * dos + (ptrdiff_t)i0;
    const T *scol = s + (ptrdiff_t)o + (ptrdiff_t)i0 * sis;
    if (op)
        TN(gather_row)(drow, 1, a + (ptrdiff_t)o * aos + (ptrdiff_t)i0, 1, scol, sis, i1 - i0, op);
    else
        for (size_t i = 0; i < i1 - i0; i++) drow[i] = scol[(ptrdiff_t)i * sis];
}

/* Every element outside the whole tiles (o0 <= o < of, h <= i < ie). Out
 * of line, with op a plain pointer: these are few, and one inlined copy
 * per op and store kind made binary2d_f32 90 KB of code, 25% slower at
 * 32 x 32 on AVX-512. */
static KSIMD_NOINLINE void TN(transpose_edges)(T *d, ptrdiff_t dos, const T *a, ptrdiff_t aos, const T *s,
                                               ptrdiff_t sis, size_t outer, size_t inner, size_t o0, size_t of,
                                               size_t h, size_t ie, VT (*op)(VT, VT))
{
    for (size_t o = o0; o < of; o++) {
        TN(transpose_cols)(d, dos, a, aos, s, sis, o, 0, h, op);
        TN(transpose_cols)(d, dos, a, aos, s, sis, o, ie, inner, op);
    }
    for (size_t o = 0; o < o0; o++) TN(transpose_cols)(d, dos, a, aos, s, sis, o, 0, inner, op);
    for (size_t o = of; o < outer; o++) TN(transpose_cols)(d, dos, a, aos, s, sis, o, 0, inner, op);
}

/* The whole tiles, o0 <= o < of and h <= i < ie, in blocks; inlined once
 * per value of `stream`, so that the store instruction is fixed in each. */
static KSIMD_INLINE void TN(transpose_tiles)(T *d, ptrdiff_t dos, const T *a, ptrdiff_t aos, const T *s, ptrdiff_t sis,
                                             size_t o0, size_t of, size_t h, size_t ie, VT (*op)(VT, VT), int stream)
{
    for (size_t ob = o0; ob < of; ob += KTR_OB) {
        size_t oe = of - ob < KTR_OB ? of : ob + KTR_OB;
        for (size_t ib = h; ib < ie; ib += KTR_IB) {
            size_t ib_end = ie - ib < KTR_IB ? ie : ib + KTR_IB;
            for (size_t o = ob; o < oe; o += KVL)
                for (size_t i = ib; i < ib_end; i += KVL) {
                    /* no arithmetic on a copy's NULL a, not even + 0 */
                    const T *arow = op ? a + (ptrdiff_t)o * aos + (ptrdiff_t)i : a;
                    TN(transpose_tile)
                    (d + (ptrdiff_t)o * dos + (ptrdiff_t)i, dos, arow, aos, s + (ptrdiff_t)o + (ptrdiff_t)i * sis, sis,
                     op, stream);
                }
        }
    }
}

/* d[o*dos + i] = s[o + i*sis], or op(a[o*aos + i], s[o + i*sis]), for
 * o < outer, i < inner: whole tiles over o0 <= o < of and h <= i < ie (h
 * and o0 align rows when streaming), element by element around them. */
static KSIMD_INLINE void TN(transpose_with)(T *d, ptrdiff_t dos, const T *a, ptrdiff_t aos, const T *s, ptrdiff_t sis,
                                            size_t outer, size_t inner, VT (*op)(VT, VT))
{
    size_t arrays = op ? 3 : 2;
    int stream = ksimd_stream_rows(dos * (ptrdiff_t)sizeof(T), arrays * outer * inner * sizeof(T)) &&
                 (uintptr_t)d % sizeof(T) == 0;
    size_t h = TN(stream_head)(d, dos, inner, stream);
    stream = stream && (uintptr_t)(d + h) % (KVL * sizeof(T)) == 0;
    size_t o0 = stream ? TN(source_head)(s, sis, outer) : 0, of = o0 + (outer - o0) / KVL * KVL;
    size_t ie = h + (inner - h) / KVL * KVL;
    if (stream)
        TN(transpose_tiles)(d, dos, a, aos, s, sis, o0, of, h, ie, op, 1);
    else
        TN(transpose_tiles)(d, dos, a, aos, s, sis, o0, of, h, ie, op, 0);
    TN(transpose_edges)(d, dos, a, aos, s, sis, outer, inner, o0, of, h, ie, op);
    if (stream) v_stream_fence();
}

#undef KTR_OB
#undef KTR_IB
#undef KGATHER
