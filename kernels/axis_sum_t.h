/* Float sum_axis for one element type: the canonical order of
 * docs/strided2d.md, written once, run by every table. strided2d.c
 * includes this file for f32 and f64 with KT, T, VT and KVL defined.
 *
 * THE ORDER, per output element, over its reduced sequence x_0 .. x_{L-1}
 * (in index order along the reduced axis, whatever the strides):
 *  1. chunks of KCHUNK = 8 consecutive elements (the last may be shorter)
 *     are summed in index order from +0.0: ((+0 + x_8c) + x_8c+1) + ...;
 *  2. chunk sums combine pairwise like a binary counter (sum_t.h's step
 *     3): S(m chunks) = S(first 2^p) + S(rest), 2^p the largest power of
 *     two below m, S(1) = the chunk sum; L == 0 gives +0.0.
 * Lanes of a vector are always different output elements, never parts of
 * one sum, so any vector width and either traversal gives the same bits:
 *  - across (the kept axis is contiguous, e.g. column sums in C order):
 *    rows stream contiguously; a block of W outputs keeps one vector of
 *    partial sums per KVL outputs and per counter level (KSUM_AXIS_BYTES:
 *    the two levels every chunk touches stay in L1); each chunk of 8 rows
 *    adds into registers, four vectors at a time;
 *  - along (the reduced axis is contiguous, e.g. row sums in C order):
 *    KVL rows at once, KVL x KVL tiles transposed in registers so that
 *    lane t holds row t, added in index order;
 *  - gather (neither): a block of rows is gathered into a stack tile, then
 *    summed as across. */

#define TN(name) KSIMD_PASTE(name, , KT)

/* One chunk of c <= KCHUNK rows for the w outputs of a block, pushed on
 * the counter: lev[l * nv + q] is level l of output vector q. p points at
 * the block's first output in the chunk's first row; rows are rstride
 * apart. Four vectors at a time keep four independent add chains going. */
static KSIMD_INLINE void TN(across_chunk)(VT *lev, size_t nv, size_t blocks, const T *p, ptrdiff_t rstride,
                                          size_t c, size_t w)
{
    size_t nfull = w / KVL, q = 0;
    for (; q + 4 <= nfull; q += 4) {
        VT s[4];
        for (int u = 0; u < 4; u++) s[u] = TN(v_set1)(0);
        for (size_t k = 0; k < c; k++) {
            const T *row = p + (ptrdiff_t)k * rstride + q * KVL;
            for (int u = 0; u < 4; u++) s[u] = TN(v_add)(s[u], TN(v_load)(row + u * KVL));
        }
        for (int u = 0; u < 4; u++) {
            size_t l = 0;
            for (size_t cb = blocks; cb & 1; cb >>= 1, l++) s[u] = TN(v_add)(lev[l * nv + q + u], s[u]);
            lev[l * nv + q + u] = s[u];
        }
    }
    for (; q < nv; q++) {
        size_t at = q * KVL, r = w - at < KVL ? w - at : KVL;
        VT s = TN(v_set1)(0);
        for (size_t k = 0; k < c; k++) {
            const T *row = p + (ptrdiff_t)k * rstride + at;
            s = TN(v_add)(s, r == KVL ? TN(v_load)(row) : TN(v_load_n)(row, r));
        }
        size_t l = 0;
        for (size_t cb = blocks; cb & 1; cb >>= 1, l++) s = TN(v_add)(lev[l * nv + q], s);
        lev[l * nv + q] = s;
    }
}

/* The counter's leftover levels, lightest first: r = level + r. */
static KSIMD_INLINE VT TN(counter_finish)(const VT *lev, size_t stride, size_t blocks)
{
    VT r = TN(v_set1)(0);
    int have = 0;
    for (size_t l = 0; blocks >> l; l++) {
        if (!((blocks >> l) & 1)) continue;
        r = have ? TN(v_add)(lev[l * stride], r) : lev[l * stride];
        have = 1;
    }
    return r;
}

/* Counter levels needed for m chunks: floor(log2(m)) + 1. */
static inline size_t TN(axis_levels)(size_t m)
{
    size_t levels = 1;
    while (levels < 8 * sizeof(size_t) && ((size_t)1 << levels) <= m) levels++;
    return levels;
}

/* Outputs per block: as many whole vectors as the counter's levels leave
 * room for in KSUM_AXIS_BYTES, at most KSUM_AXIS_MAX outputs. */
static inline size_t TN(axis_block)(size_t levels)
{
    size_t nv = KSUM_AXIS_BYTES / sizeof(VT) / levels;
    if (nv * KVL > KSUM_AXIS_MAX) nv = KSUM_AXIS_MAX / KVL;
    return nv ? nv * KVL : KVL;
}

/* Finishes a block: out[t] for the block's w outputs, in memory order, or
 * reversed (out[w - 1 - t]) when the kept stride was -1. */
static KSIMD_INLINE void TN(across_store)(T *out, const VT *lev, size_t nv, size_t blocks, size_t w, int reversed)
{
    T res[KVL];
    for (size_t q = 0; q < nv; q++) {
        size_t at = q * KVL, r = w - at < KVL ? w - at : KVL;
        TN(v_store)(res, TN(counter_finish)(lev + q, nv, blocks));
        for (size_t t = 0; t < r; t++) out[reversed ? w - 1 - (at + t) : at + t] = res[t];
    }
}

/* kept stride +-1: rows stream contiguously, W outputs per pass. */
static void TN(sum_across)(T *out, const T *a, size_t kept, size_t len, ptrdiff_t ks, ptrdiff_t rstride)
{
    VT lev[KSUM_AXIS_BYTES / sizeof(VT)];
    size_t chunks = (len + KCHUNK - 1) / KCHUNK, W = TN(axis_block)(TN(axis_levels)(chunks));
    const T *base = ks < 0 && kept ? a - (kept - 1) : a; /* the lowest address (kept == 0: a) */
    for (size_t k0 = 0; k0 < kept; k0 += W) {
        size_t w = kept - k0 < W ? kept - k0 : W, nv = (w + KVL - 1) / KVL, blocks = 0;
        for (size_t r0 = 0; r0 < len; r0 += KCHUNK, blocks++)
            TN(across_chunk)(lev, nv, blocks, base + k0 + (ptrdiff_t)r0 * rstride, rstride,
                             len - r0 < KCHUNK ? len - r0 : KCHUNK, w);
        TN(across_store)(ks < 0 ? out + (kept - k0 - w) : out + k0, lev, nv, blocks, w, ks < 0);
    }
}

/* Neither axis contiguous: KCHUNK rows of up to KGATHER_W outputs at a
 * time are gathered into a tile, then summed as across. */
#define KGATHER_W 64
static void TN(sum_gather)(T *out, const T *a, size_t kept, size_t len, ptrdiff_t ks, ptrdiff_t rstride)
{
    VT lev[8 * sizeof(size_t) * KGATHER_W / KVL]; /* every level of KGATHER_W outputs */
    T tile[KCHUNK * KGATHER_W];
    size_t chunks = (len + KCHUNK - 1) / KCHUNK, W = TN(axis_block)(TN(axis_levels)(chunks));
    if (W > KGATHER_W) W = KGATHER_W;
    for (size_t k0 = 0; k0 < kept; k0 += W) {
        size_t w = kept - k0 < W ? kept - k0 : W, nv = (w + KVL - 1) / KVL, blocks = 0;
        for (size_t r0 = 0; r0 < len; r0 += KCHUNK, blocks++) {
            size_t c = len - r0 < KCHUNK ? len - r0 : KCHUNK;
            for (size_t k = 0; k < c; k++)
                for (size_t t = 0; t < w; t++)
                    tile[k * KGATHER_W + t] = a[(ptrdiff_t)(k0 + t) * ks + (ptrdiff_t)(r0 + k) * rstride];
            TN(across_chunk)(lev, nv, blocks, tile, KGATHER_W, c, w);
        }
        TN(across_store)(out + k0, lev, nv, blocks, w, 0);
    }
}
#undef KGATHER_W

/* Adds columns [j, j + cnt) of the transposed tile r to the running chunk
 * sum, pushing each chunk as it completes. */
static KSIMD_INLINE void TN(along_add)(VT r[KVL], size_t j, size_t cnt, VT *s, VT *lev, size_t *blocks)
{
    for (size_t k = 0; k < cnt; k++) {
        *s = TN(v_add)(*s, r[k]);
        if ((j + k + 1) % KCHUNK == 0) {
            size_t l = 0;
            for (size_t cb = *blocks; cb & 1; cb >>= 1, l++) *s = TN(v_add)(lev[l], *s);
            lev[l] = *s;
            ++*blocks;
            *s = TN(v_set1)(0);
        }
    }
}

/* reduced stride 1: KVL outputs at a time, lane t = row t. Missing rows
 * of the last group re-read row 0; their lanes are never stored. */
static void TN(sum_along)(T *out, const T *a, size_t kept, size_t len, ptrdiff_t ks)
{
    VT lev[8 * sizeof(size_t)];
    for (size_t k0 = 0; k0 < kept; k0 += KVL) {
        size_t g = kept - k0 < KVL ? kept - k0 : KVL, blocks = 0, j = 0;
        const T *row[KVL];
        for (size_t t = 0; t < KVL; t++) row[t] = a + (ptrdiff_t)(k0 + (t < g ? t : 0)) * ks;
        VT s = TN(v_set1)(0), r[KVL];
        for (; j + 4 * KVL <= len; j += 4 * KVL) { /* 4 vectors of each row at a time: longer bursts */
            VT r1[KVL], r2[KVL], r3[KVL];
            for (int t = 0; t < KVL; t++)
                r[t] = TN(v_load)(row[t] + j), r1[t] = TN(v_load)(row[t] + j + KVL),
                r2[t] = TN(v_load)(row[t] + j + 2 * KVL), r3[t] = TN(v_load)(row[t] + j + 3 * KVL);
            TN(v_transpose)(r), TN(v_transpose)(r1), TN(v_transpose)(r2), TN(v_transpose)(r3);
            TN(along_add)(r, j, KVL, &s, lev, &blocks);
            TN(along_add)(r1, j + KVL, KVL, &s, lev, &blocks);
            TN(along_add)(r2, j + 2 * KVL, KVL, &s, lev, &blocks);
            TN(along_add)(r3, j + 3 * KVL, KVL, &s, lev, &blocks);
        }
        for (; j + KVL <= len; j += KVL) {
            for (int t = 0; t < KVL; t++) r[t] = TN(v_load)(row[t] + j);
            TN(v_transpose)(r);
            TN(along_add)(r, j, KVL, &s, lev, &blocks);
        }
        if (j < len) {
            for (int t = 0; t < KVL; t++) r[t] = TN(v_load_n)(row[t] + j, len - j);
            TN(v_transpose)(r);
            TN(along_add)(r, j, len - j, &s, lev, &blocks);
        }
        if (len % KCHUNK) { /* the last, shorter chunk */
            size_t l = 0;
            for (size_t cb = blocks; cb & 1; cb >>= 1, l++) s = TN(v_add)(lev[l], s);
            lev[l] = s;
            blocks++;
        }
        TN(v_store_n)(out + k0, TN(counter_finish)(lev, 1, blocks), g);
    }
}

static void TN(sum_axis)(T *out, const T *a, size_t rows, size_t cols, ptrdiff_t rs, ptrdiff_t cs, int axis)
{
    struct ksimd_axis2d x = ksimd_axis2d(rows, cols, rs, cs, axis);
    if (x.len == 0) {
        for (size_t k = 0; k < x.kept; k++) out[k] = 0;
    } else if (x.ks == 1 || x.ks == -1) {
        TN(sum_across)(out, a, x.kept, x.len, x.ks, x.rstride);
    } else if (x.rstride == 1) {
        TN(sum_along)(out, a, x.kept, x.len, x.ks);
    } else {
        TN(sum_gather)(out, a, x.kept, x.len, x.ks, x.rstride);
    }
}

#undef TN
