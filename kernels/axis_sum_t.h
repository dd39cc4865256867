/* Float sum_axis for one element type: the canonical order of
 * docs/strided2d.md, written once, run by every table. strided2d.c
 * instantiates this file for f32 and f64 through foreach_type.h.
 *
 * THE ORDER, per output element, over its reduced sequence x_0 .. x_{L-1}
 * (in index order along the reduced axis, whatever the strides):
 *  1. chunks of KCHUNK = 8 consecutive elements (the last may be shorter)
 *     are summed in index order from +0.0: ((+0 + x_8c) + x_8c+1) + ...;
 *  2. the m chunk sums are the leaves of an 8-ary tree: a node of level l
 *     covers 8^l consecutive chunks (fewer at the end), its value is its
 *     children's values summed left to right from the first one, and the
 *     result is the root, the node of level D = ksum_depth(m) that covers
 *     them all. L == 0 gives +0.0.
 * Lanes of a vector are always different output elements, never parts of
 * one sum, so any vector width and any traversal gives the same bits:
 *  - across (the kept axis is contiguous, e.g. column sums in C order):
 *    rows stream contiguously, 8 at a time into registers; a strip of W
 *    outputs keeps the open nodes of levels 1 .. D-1 on the stack
 *    (KSUM_AXIS_BYTES) and the root's running value in out itself. An
 *    8-ary tree has few levels, so W is wide (4096 f64 for up to 32768
 *    rows): a 4000 x 4000 matrix is read in whole rows;
 *  - along (the reduced axis is contiguous, e.g. row sums in C order):
 *    KVL rows at once, KVL x KVL tiles transposed in registers so that
 *    lane t holds row t, added in index order;
 *  - gather (neither): a block of rows is gathered into a stack tile, then
 *    summed as across. */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "axis_sum_t.h needs KT, T, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

/* The open nodes of the 8-ary tree over the chunks of a strip of nv output
 * vectors. The tree has depth D = ksum_depth(chunks); its levels
 * 1 .. on_stack live in level[], level l of output vector q at
 * level[(l - 1) * nv + q]. A level above those (the root, when across keeps
 * it in the output) is read and written at root + q * KVL. */
struct TN(sum_tree) {
    size_t chunks;     /* m, the leaves */
    unsigned depth;    /* D, the root's level */
    unsigned on_stack; /* D - 1 (the root in root[]) or D (every level in level[]) */
    VT *level;
    size_t nv;
    T *root;
};

static KSIMD_INLINE VT *TN(tree_node)(const struct TN(sum_tree) * t, unsigned l, size_t q)
{
    return &t->level[(l - 1) * t->nv + q];
}

/* Hands the finished chunk sum v of output vector q (r elements wide)
 * up through levels 1 .. pl.up. A level starts afresh at its node's first
 * chunk, else adds; its value then goes on up. */
static KSIMD_INLINE void TN(tree_lift)(const struct TN(sum_tree) * t, size_t q, size_t r, VT v, struct ksum_plan pl)
{
    for (unsigned l = 1; l <= pl.up; l++) {
        int fresh = (pl.fresh >> l) & 1;
        if (l <= t->on_stack) {
            VT *acc = TN(tree_node)(t, l, q);
            if (!fresh) v = TN(v_add)(*acc, v);
            *acc = v;
        } else {
            T *o = t->root + q * KVL;
            if (!fresh) v = TN(v_add)(r == KVL ? TN(v_load)(o) : TN(v_load_n)(o, r, (T)0), v);
            if (r == KVL)
                TN(v_store)(o, v);
            else
                TN(v_store_n)(o, v, r);
        }
    }
}

/* Sums c <= KCHUNK rows of u whole output vectors from vector q on and
 * lifts them: u independent add chains. */
static KSIMD_INLINE void TN(across_vecs)(const struct TN(sum_tree) * t, size_t q, int u, const T *p, ptrdiff_t rstride,
                                         size_t c, struct ksum_plan pl)
{
    VT s[8];
    for (int i = 0; i < u; i++) s[i] = TN(v_set1)(0);
    for (size_t k = 0; k < c; k++) {
        const T *row = p + (ptrdiff_t)k * rstride + q * KVL;
        for (int i = 0; i < u; i++) s[i] = TN(v_add)(s[i], TN(v_load)(row + i * KVL));
    }
    for (int i = 0; i < u; i++) TN(tree_lift)(t, q + (size_t)i, KVL, s[i], pl);
}

/* Chunk j, of c <= KCHUNK rows, for the w outputs of a strip. p points at
 * the strip's first output in the chunk's first row; rows are rstride
 * apart. Eight vectors at a time: a chunk is a chain of 8 dependent
 * additions per vector, so it takes 8 chains to keep the adders busy when
 * the rows come from cache. */
static KSIMD_INLINE void TN(across_chunk)(const struct TN(sum_tree) * t, size_t j, const T *p, ptrdiff_t rstride,
                                          size_t c, size_t w)
{
    struct ksum_plan pl = ksum_plan(j, t->chunks, t->depth);
    size_t nfull = w / KVL, q = 0;
    for (; q + 8 <= nfull; q += 8) TN(across_vecs)(t, q, 8, p, rstride, c, pl);
    if (q + 4 <= nfull) TN(across_vecs)(t, q, 4, p, rstride, c, pl), q += 4;
    for (; q < nfull; q++) TN(across_vecs)(t, q, 1, p, rstride, c, pl);
    if (q < t->nv) {
        size_t at = q * KVL, r = w - at;
        VT s = TN(v_set1)(0);
        for (size_t k = 0; k < c; k++) s = TN(v_add)(s, TN(v_load_n)(p + (ptrdiff_t)k * rstride + at, r, (T)0));
        TN(tree_lift)(t, q, r, s, pl);
    }
}

/* Outputs per strip: as many whole vectors as levels 1 .. D-1 leave room
 * for in KSUM_AXIS_BYTES; a one-level tree needs no stack at all. */
static inline size_t TN(axis_strip)(unsigned D, size_t kept)
{
    return D > 1 ? KSUM_AXIS_BYTES / sizeof(VT) / (D - 1) * KVL : kept;
}

/* kept stride +-1: rows stream contiguously, W outputs per strip. A
 * negative kept stride is read from the lowest address; out is reversed
 * at the end. */
static void TN(sum_across)(T *out, const T *a, size_t kept, size_t len, ptrdiff_t ks, ptrdiff_t rstride)
{
    VT lev[KSUM_AXIS_BYTES / sizeof(VT)];
    size_t m = (len + KCHUNK - 1) / KCHUNK;
    unsigned D = ksum_depth(m);
    size_t W = TN(axis_strip)(D, kept);
    const T *base = ks < 0 && kept ? a - (kept - 1) : a; /* the lowest address (kept == 0: a) */
    for (size_t k0 = 0; k0 < kept; k0 += W) {
        size_t w = kept - k0 < W ? kept - k0 : W;
        struct TN(sum_tree) tree = {m, D, D - 1, lev, (w + KVL - 1) / KVL, out + k0};
        for (size_t j = 0; j < m; j++) {
            size_t rows = len - j * KCHUNK < KCHUNK ? len - j * KCHUNK : KCHUNK;
            TN(across_chunk)(&tree, j, base + k0 + (ptrdiff_t)(j * KCHUNK) * rstride, rstride, rows, w);
        }
    }
    for (size_t k = 0; ks < 0 && k < kept / 2; k++) {
        T t = out[k];
        out[k] = out[kept - 1 - k], out[kept - 1 - k] = t;
    }
}

/* Neither axis contiguous: KCHUNK rows of up to KGATHER_W outputs at a
 * time are gathered into a tile, then summed as across. */
#define KGATHER_W 64
static void TN(sum_gather)(T *out, const T *a, size_t kept, size_t len, ptrdiff_t ks, ptrdiff_t rstride)
{
    VT lev[(KSUM_MAX_DEPTH - 1) * KGATHER_W / KVL]; /* levels 1 .. D-1 of KGATHER_W outputs */
    T tile[KCHUNK * KGATHER_W];
    size_t m = (len + KCHUNK - 1) / KCHUNK;
    unsigned D = ksum_depth(m);
    for (size_t k0 = 0; k0 < kept; k0 += KGATHER_W) {
        size_t w = kept - k0 < KGATHER_W ? kept - k0 : KGATHER_W;
        struct TN(sum_tree) tree = {m, D, D - 1, lev, (w + KVL - 1) / KVL, out + k0};
        for (size_t j = 0; j < m; j++) {
            size_t r0 = j * KCHUNK, c = len - r0 < KCHUNK ? len - r0 : KCHUNK;
            for (size_t k = 0; k < c; k++)
                for (size_t t = 0; t < w; t++)
                    tile[k * KGATHER_W + t] = a[(ptrdiff_t)(k0 + t) * ks + (ptrdiff_t)(r0 + k) * rstride];
            TN(across_chunk)(&tree, j, tile, KGATHER_W, c, w);
        }
    }
}
#undef KGATHER_W

/* Chunks that close a level-1 node, and a shorter last chunk: rare, so
 * kept out of line, and the tiles of the hot loop stay in registers. It
 * takes the tree's fields: sum_along's tree then never has its address
 * taken and stays in registers (passing its address cost row sums of f32
 * about 2% at 32 x 32, passing it by value up to 25%). */
static KSIMD_NOINLINE void TN(along_lift)(VT *level, size_t chunks, unsigned depth, VT s, size_t c)
{
    const struct TN(sum_tree) t = {chunks, depth, depth, level, 1, NULL};
    TN(tree_lift)(&t, 0, KVL, s, ksum_plan(c, chunks, depth));
}

/* Adds columns [j, j + cnt) of the transposed tile r to the running chunk
 * sum, lifting each chunk as it completes into t, one output vector whose
 * levels (the root included) all live on the stack. */
static KSIMD_INLINE void TN(along_add)(const struct TN(sum_tree) * t, VT r[KVL], size_t j, size_t cnt, VT *s)
{
    for (size_t k = 0; k < cnt; k++) {
        *s = TN(v_add)(*s, r[k]);
        if ((j + k + 1) % KCHUNK == 0) {
            size_t c = (j + k) / KCHUNK;
            if ((c & 7) != 7 && c + 1 != t->chunks) { /* 7 chunks in 8: only the level-1 node changes */
                VT *l1 = TN(tree_node)(t, 1, 0);
                *l1 = (c & 7) ? TN(v_add)(*l1, *s) : *s;
            } else {
                TN(along_lift)(t->level, t->chunks, t->depth, *s, c);
            }
            *s = TN(v_set1)(0);
        }
    }
}

/* reduced stride 1: KVL outputs at a time, lane t = row t. Missing rows
 * of the last group re-read row 0; their lanes are never stored. */
static void TN(sum_along)(T *out, const T *a, size_t kept, size_t len, ptrdiff_t ks)
{
    VT lev[KSUM_MAX_DEPTH];
    size_t m = (len + KCHUNK - 1) / KCHUNK;
    unsigned D = ksum_depth(m);
    const struct TN(sum_tree) tree = {m, D, D, lev, 1, NULL};
    for (size_t k0 = 0; k0 < kept; k0 += KVL) {
        size_t g = kept - k0 < KVL ? kept - k0 : KVL, j = 0;
        const T *row[KVL];
        for (size_t t = 0; t < KVL; t++) row[t] = a + (ptrdiff_t)(k0 + (t < g ? t : 0)) * ks;
        VT s = TN(v_set1)(0), r[KVL];
        for (; j + 4 * KVL <= len; j += 4 * KVL) { /* 4 vectors of each row at a time: longer bursts */
            VT r1[KVL], r2[KVL], r3[KVL];
            for (int t = 0; t < KVL; t++)
                r[t] = TN(v_load)(row[t] + j), r1[t] = TN(v_load)(row[t] + j + KVL),
                r2[t] = TN(v_load)(row[t] + j + 2 * KVL), r3[t] = TN(v_load)(row[t] + j + 3 * KVL);
            TN(v_transpose)(r), TN(v_transpose)(r1), TN(v_transpose)(r2), TN(v_transpose)(r3);
            TN(along_add)(&tree, r, j, KVL, &s);
            TN(along_add)(&tree, r1, j + KVL, KVL, &s);
            TN(along_add)(&tree, r2, j + 2 * KVL, KVL, &s);
            TN(along_add)(&tree, r3, j + 3 * KVL, KVL, &s);
        }
        for (; j + KVL <= len; j += KVL) {
            for (int t = 0; t < KVL; t++) r[t] = TN(v_load)(row[t] + j);
            TN(v_transpose)(r);
            TN(along_add)(&tree, r, j, KVL, &s);
        }
        if (j < len) {
            for (int t = 0; t < KVL; t++) r[t] = TN(v_load_n)(row[t] + j, len - j, (T)0);
            TN(v_transpose)(r);
            TN(along_add)(&tree, r, j, len - j, &s);
        }
        if (len % KCHUNK) /* the shorter last chunk */
            TN(along_lift)(lev, m, D, s, m - 1);
        TN(v_store_n)(out + k0, *TN(tree_node)(&tree, D, 0), g);
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
