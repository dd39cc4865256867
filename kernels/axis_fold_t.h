/* Order-free reductions over one axis: min_axis and max_axis (exact), and
 * integer sum_axis (wrapping int64, so every order gives the same bits).
 * strided2d.c instantiates this file through foreach_type.h: the T inputs
 * fold into accumulators of type AT (VAT vectors of KAVL lanes), AT being
 * T itself for min, max and i64 sums (KSIMD_FOREACH_AT_IS_T), int64_t for
 * i32 sums; FNAME(fold_axis) is then fold_axis_i32_i64 and so on.
 * Traversals, as for float sums (axis_sum_t.h):
 *  - across (kept stride +-1): KFOLD_W outputs per pass in a stack
 *    accumulator (KFOLD_BYTES, wide enough that 4000 f64 columns are read
 *    in whole rows); each chunk of KCHUNK rows folds into registers,
 *    eight vectors at a time, rows stream contiguously;
 *  - along (reduced stride 1): the 1-D kernel of reduce.c per output;
 *  - gather: rows of a block are gathered into a stack tile, then folded
 *    as across. */
#if !defined(KT) || !defined(T) || !defined(AT) || !defined(KAT) || !defined(VAT) || !defined(KAVL) || !defined(TN)
#error "axis_fold_t.h needs KT, T, AT, KAT, VAT, KAVL and TN: instantiate it through foreach_type.h"
#endif

#define FNAME(name) KSIMD_CAT(TN(name), KSIMD_CAT(_, KAT))

/* The accumulator's vector memory ops, and the input loads giving VAT:
 * int32 inputs of int64 sums widen as they load. */
#define ALOAD KSIMD_CAT(v_load_, KAT)
#define ASTORE KSIMD_CAT(v_store_, KAT)
#define KFOLD_LOAD_f32_f32 v_load_f32
#define KFOLD_LOAD_f64_f64 v_load_f64
#define KFOLD_LOAD_i32_i32 v_load_i32
#define KFOLD_LOAD_i64_i64 v_load_i64
#define KFOLD_LOAD_i32_i64 v_load_widen_i64
#define LOADF KSIMD_CAT(KFOLD_LOAD_, KSIMD_CAT(KT, KSIMD_CAT(_, KAT)))
#define KFOLD_LOADN_f32_f32 v_load_n_f32
#define KFOLD_LOADN_f64_f64 v_load_n_f64
#define KFOLD_LOADN_i32_i32 v_load_n_i32
#define KFOLD_LOADN_i64_i64 v_load_n_i64
#define KFOLD_LOADN_i32_i64(p, r, fill) v_load_n_widen_i64(p, r) /* integers raise no flags */
#define LOADNF KSIMD_CAT(KFOLD_LOADN_, KSIMD_CAT(KT, KSIMD_CAT(_, KAT)))

#define KFOLD_W (KFOLD_BYTES / sizeof(AT)) /* outputs per pass */
#define KFOLD_GW 64                        /* outputs per gathered tile */

/* acc[0, w) = op(acc, rows [0, c) at p), eight vectors at a time (eight
 * chains, and eight lines of each row in flight). acc has KAVL elements of
 * room past w, so its last vector is always whole. */
static KSIMD_INLINE void FNAME(fold_chunk)(AT *acc, const T *p, ptrdiff_t rstride, size_t c, size_t w,
                                           VAT (*op)(VAT, VAT))
{
    size_t q = 0;
    for (; q + 8 * KAVL <= w; q += 8 * KAVL) {
        VAT m[8];
        for (int u = 0; u < 8; u++) m[u] = ALOAD(acc + q + u * KAVL);
        for (size_t k = 0; k < c; k++) {
            const T *row = p + (ptrdiff_t)k * rstride + q;
            for (int u = 0; u < 8; u++) m[u] = op(m[u], LOADF(row + u * KAVL));
        }
        for (int u = 0; u < 8; u++) ASTORE(acc + q + u * KAVL, m[u]);
    }
    for (; q < w; q += KAVL) {
        size_t r = w - q < KAVL ? w - q : KAVL;
        VAT m = ALOAD(acc + q);
        for (size_t k = 0; k < c; k++) {
            const T *row = p + (ptrdiff_t)k * rstride + q;
            m = op(m, r == KAVL ? LOADF(row) : LOADNF(row, r, row[0]));
        }
        ASTORE(acc + q, m);
    }
}

/* from_first: the accumulator starts as the first row (min, max); else at
 * zero (sums). It is set and read back a vector at a time: as element
 * loops, gcc made them rep movs and a memset call, and a 2 x 4
 * min_axis_f64 took 27 ns, not 21. Lanes past w are never written out. */
static KSIMD_INLINE void FNAME(fold_across)(AT *out, const T *a, size_t kept, size_t len, ptrdiff_t ks,
                                            ptrdiff_t rstride, VAT (*op)(VAT, VAT), int from_first)
{
    AT acc[KFOLD_W + KAVL];
    const T *base = ks < 0 && kept ? a - (kept - 1) : a; /* the lowest address (kept == 0: a) */
    for (size_t k0 = 0; k0 < kept; k0 += KFOLD_W) {
        size_t w = kept - k0 < KFOLD_W ? kept - k0 : KFOLD_W, r0 = from_first ? 1 : 0;
        const T *p = base + k0;
        for (size_t q = 0; q < w; q += KAVL) {
            size_t r = w - q < KAVL ? w - q : KAVL;
            VAT v = !from_first ? KSIMD_CAT(v_set1_, KAT)(0) : r == KAVL ? LOADF(p + q) : LOADNF(p + q, r, p[q]);
            ASTORE(acc + q, v);
        }
        for (; r0 < len; r0 += KCHUNK)
            FNAME(fold_chunk)(acc, p + (ptrdiff_t)r0 * rstride, rstride, len - r0 < KCHUNK ? len - r0 : KCHUNK, w, op);
        if (ks < 0)
            for (size_t t = 0; t < w; t++) out[kept - 1 - (k0 + t)] = acc[t];
        else
            for (size_t q = 0; q < w; q += KAVL)
                if (w - q >= KAVL) /* a whole vector: AMD's masked stores are slow (vpmaskmovq, Zen 4) */
                    ASTORE(out + k0 + q, ALOAD(acc + q));
                else
                    KSIMD_CAT(v_store_n_, KAT)(out + k0 + q, ALOAD(acc + q), w - q);
    }
}

static KSIMD_INLINE void FNAME(fold_gather)(AT *out, const T *a, size_t kept, size_t len, ptrdiff_t ks,
                                            ptrdiff_t rstride, VAT (*op)(VAT, VAT), int from_first)
{
    AT acc[KFOLD_GW + KAVL];
    T tile[KCHUNK * KFOLD_GW];
    for (size_t k0 = 0; k0 < kept; k0 += KFOLD_GW) {
        size_t w = kept - k0 < KFOLD_GW ? kept - k0 : KFOLD_GW, r0 = from_first ? 1 : 0;
        for (size_t t = 0; t < w + KAVL; t++) acc[t] = from_first && t < w ? (AT)a[(ptrdiff_t)(k0 + t) * ks] : 0;
        for (; r0 < len; r0 += KCHUNK) {
            size_t c = len - r0 < KCHUNK ? len - r0 : KCHUNK;
            for (size_t k = 0; k < c; k++)
                for (size_t t = 0; t < w; t++)
                    tile[k * KFOLD_GW + t] = a[(ptrdiff_t)(k0 + t) * ks + (ptrdiff_t)(r0 + k) * rstride];
            FNAME(fold_chunk)(acc, tile, KFOLD_GW, c, w, op);
        }
        for (size_t t = 0; t < w; t++) out[k0 + t] = acc[t];
    }
}

/* A matrix of at most KFOLD_TINY elements, each output reducing at most
 * KCHUNK (so a float sum is one chunk: from +0.0 in index order), element
 * by element with op1, the scalar op (quiet for floats: no fence). At
 * 1 x 1 the vector path's setup cost min_axis_f64 three times the plain
 * loop. Returns 0, having done nothing, for a larger or an empty one (an
 * empty axis may come with a NULL a, which the traversals never offset). */
#define KFOLD_TINY 16
static KSIMD_INLINE int FNAME(fold_tiny)(AT *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                                         int axis, AT (*op1)(AT, AT), int from_first)
{
    struct ksimd_axis2d x = ksimd_axis2d(rows, cols, rs, cs, axis);
    if (x.len == 0 || x.len > KCHUNK || x.kept > KFOLD_TINY || x.kept * x.len > KFOLD_TINY) return 0;
    for (size_t k = 0; k < x.kept; k++) {
        const T *p = a + (ptrdiff_t)k * x.ks;
        size_t r = from_first ? 1 : 0;
        AT m = r ? (AT)p[0] : 0;
        for (; r < x.len; r++) m = op1(m, (AT)p[(ptrdiff_t)r * x.rstride]);
        out[k] = m;
    }
    return 1;
}
#undef KFOLD_TINY

/* along: the 1-D reduction of reduce.c (same table) for each output. */
static KSIMD_INLINE void FNAME(fold_axis)(AT *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs,
                                          int axis, VAT (*op)(VAT, VAT), int from_first, AT (*along)(const T *, size_t))
{
    struct ksimd_axis2d x = ksimd_axis2d(rows, cols, rs, cs, axis);
    if (x.len == 0) { /* sums only: the entry point refuses empty min/max */
        for (size_t k = 0; k < x.kept; k++) out[k] = 0;
    } else if (x.ks == 1 || x.ks == -1) {
        FNAME(fold_across)(out, a, x.kept, x.len, x.ks, x.rstride, op, from_first);
    } else if (x.rstride == 1) {
        for (size_t k = 0; k < x.kept; k++) out[k] = along(a + (ptrdiff_t)k * x.ks, x.len);
    } else {
        FNAME(fold_gather)(out, a, x.kept, x.len, x.ks, x.rstride, op, from_first);
    }
}

#undef KFOLD_W
#undef KFOLD_GW
#undef LOADNF
#undef KFOLD_LOADN_i32_i64
#undef KFOLD_LOADN_i64_i64
#undef KFOLD_LOADN_i32_i32
#undef KFOLD_LOADN_f64_f64
#undef KFOLD_LOADN_f32_f32
#undef LOADF
#undef KFOLD_LOAD_i32_i64
#undef KFOLD_LOAD_i64_i64
#undef KFOLD_LOAD_i32_i32
#undef KFOLD_LOAD_f64_f64
#undef KFOLD_LOAD_f32_f32
#undef ASTORE
#undef ALOAD
#undef FNAME
