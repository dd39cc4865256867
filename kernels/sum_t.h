/* The canonical float sum and dot for one element type; reduce.c states the
 * order and instantiates this file for f32 and f64 through foreach_type.h.
 * The code below is that order, written once: every table runs it, with
 * KV / KVL registers standing for the KV virtual lanes. */
#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "sum_t.h needs KT, T, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

#define KV KSIMD_CAT(KSUM_V_, KT) /* the virtual lanes (sum_order.h) */
#define NREG (KV / KVL)           /* registers holding the virtual lanes */
/* A loop over the registers whose trip count or body gcc would not unroll:
 * unrolled, the registers stay in registers. Rolled, sum_small kept them on
 * the stack (zeroed by rep stos): avx2 sum_f64 of 8 took 15.6 ns a call. */
#define KSUM_UNROLLED _Pragma("GCC unroll 64")

/* The binary counter over blocks: level[l] holds the sum of 2^l blocks
 * while bit l of `blocks` is set. */
struct TN(sum_state) {
    VT level[KSUM_LEVELS][NREG];
    size_t blocks;
};

/* Element a[off .. off+KVL) of a full block, or its product with b's. */
static KSIMD_INLINE VT TN(sum_term)(const T *a, const T *b, size_t off, int dot)
{
    VT x = TN(v_load)(a + off);
    return dot ? TN(v_mul)(x, TN(v_load)(b + off)) : x;
}

/* The same for the last block, which holds only `avail` elements: lanes at
 * or past the end read as +0.0 and never touch memory. */
static KSIMD_INLINE VT TN(sum_term_n)(const T *a, const T *b, size_t off, size_t avail, int dot)
{
    if (off >= avail) return TN(v_set1)(0);
    if (avail - off >= KVL) return TN(sum_term)(a, b, off, dot); /* a whole register: v_load_n is dearer */
    VT x = TN(v_load_n)(a + off, avail - off, (T)0);
    return dot ? TN(v_mul)(x, TN(v_load_n)(b + off, avail - off, (T)0)) : x;
}

/* One block of KV * KSUM_BLOCK elements: virtual lane L adds its KSUM_BLOCK
 * elements a[j*KV + L] in order j = 0, 1, ..., starting from +0.0. */
static KSIMD_INLINE void TN(sum_block)(VT s[NREG], const T *a, const T *b, int dot)
{
    for (int q = 0; q < NREG; q++) s[q] = TN(v_add)(TN(v_set1)(0), TN(sum_term)(a, b, (size_t)q * KVL, dot));
    for (int j = 1; j < KSUM_BLOCK; j++) {
        KSIMD_ACCESS_ORDER();
        for (int q = 0; q < NREG; q++)
            s[q] = TN(v_add)(s[q], TN(sum_term)(a, b, (size_t)j * KV + (size_t)q * KVL, dot));
    }
}

/* The last, partial block. The terms past avail would be +0.0, and adding
 * +0.0 to a lane changes no bit (a lane is never -0.0: see lane_tree), so
 * only the rows and registers that hold elements are added: its whole rows,
 * then the registers of its partial row. A test per term cost sum_f32 of
 * 1000 elements (a block and 488) 41 ns, against 22 for 1024. */
static KSIMD_INLINE void TN(sum_block_n)(VT s[NREG], const T *a, const T *b, size_t avail, int dot)
{
    for (int q = 0; q < NREG; q++) s[q] = TN(v_set1)(0);
    size_t j = 0;
    for (; (j + 1) * KV <= avail; j++)
        for (int q = 0; q < NREG; q++) s[q] = TN(v_add)(s[q], TN(sum_term)(a, b, j * KV + (size_t)q * KVL, dot));
    for (size_t q = 0; q * KVL < avail - j * KV; q++)
        s[q] = TN(v_add)(s[q], TN(sum_term_n)(a, b, j * KV + q * KVL, avail, dot));
}

/* Block sums combine pairwise: a new block merges with the partial sums of
 * equal weight before it (earlier + later), like carries in a counter.
 * push_level adds a whole subtree of 2^l0 blocks at once (*blocks a
 * multiple of 2^l0): the same additions as pushing its blocks one by one. */
static KSIMD_INLINE void TN(push_level)(VT (*level)[NREG], size_t *blocks, VT s[NREG], int l0)
{
    int l = l0;
    for (size_t c = *blocks >> l0; c & 1; c >>= 1, l++)
        for (int q = 0; q < NREG; q++) s[q] = TN(v_add)(level[l][q], s[q]);
    for (int q = 0; q < NREG; q++) level[l][q] = s[q];
    *blocks += (size_t)1 << l0;
}

static KSIMD_INLINE void TN(sum_push)(struct TN(sum_state) * st, VT s[NREG])
{
    TN(push_level)(st->level, &st->blocks, s, 0);
}

/* One chunk of S regions of 2^KSUM_REGION_LOG blocks each, read at once:
 * one row of KV elements from each region in turn, so that S streams are
 * in flight (one core reads DRAM faster from a few long streams than from
 * one: 4 regions of 256 KiB gave sum_f64 at 16 Mi 1.4x the bandwidth on
 * the build host; 8 or 16 regions, or shorter ones, less). Each region's
 * blocks go through a counter of their own into one complete subtree,
 * pushed in region order: the canonical order, to the bit. */
static KSIMD_INLINE void TN(sum_chunk)(struct TN(sum_state) * st, const T *a, const T *b, int dot, int S)
{
    VT lv[KSUM_STREAMS][KSUM_REGION_LOG + 1][NREG], s[KSUM_STREAMS][NREG];
    size_t nb[KSUM_STREAMS] = {0};
    const size_t block = (size_t)KV * KSUM_BLOCK, region = block << KSUM_REGION_LOG;
    for (size_t k = 0; k < ((size_t)1 << KSUM_REGION_LOG); k++) {
        for (int r = 0; r < S; r++)
            for (int q = 0; q < NREG; q++)
                s[r][q] = TN(v_add)(TN(v_set1)(0), TN(sum_term)(a + r * region + k * block, b + r * region + k * block,
                                                                (size_t)q * KVL, dot));
        for (int j = 1; j < KSUM_BLOCK; j++) {
            KSIMD_ACCESS_ORDER();
            for (int r = 0; r < S; r++)
                for (int q = 0; q < NREG; q++)
                    s[r][q] = TN(v_add)(s[r][q], TN(sum_term)(a + r * region + k * block, b + r * region + k * block,
                                                              (size_t)j * KV + (size_t)q * KVL, dot));
        }
        for (int r = 0; r < S; r++) TN(push_level)(lv[r], &nb[r], s[r], 0);
    }
    for (int r = 0; r < S; r++) TN(push_level)(st->level, &st->blocks, lv[r][KSUM_REGION_LOG], KSUM_REGION_LOG);
}

#if KVL > 1
/* Each lane meets its partner h lanes away: lanes below h take the
 * canonical sums, the rest the same sums mirrored. */
#define KSUM_XN KSIMD_CAT(KSIMD_LANES_XOR, KVL)
typedef T TN(tree_vec) __attribute__((vector_size(KVL * sizeof(T))));

/* Every lane of x as it is, not only those the tree reads later: without
 * it clang computed just the lanes it needed, in registers whose other
 * lanes held other sums, and those adds raised false FE_OVERFLOW (fpflags,
 * n = 12). */
#define KSUM_KEEP(x) KSIMD_OPAQUE(x)

/* The tree inside one register, a vector add per level. Every lane holds
 * a sum the tree makes, or its mirror (the same two operands), so no
 * addition raises a flag the tree would not. A scalar tree, which the
 * compilers' SLP passes turned into vector adds of lanes the tree never
 * adds (gcc's avx2 code a vhaddps, clang's sse4.2 code an addps of four
 * lanes), raised false FE_INVALID and FE_OVERFLOW from inf + -inf or
 * 3e38 + 3e38; and it cost sum_f32 at 1 Ki half its time. */
static KSIMD_INLINE T TN(lane_tree_reg)(VT r)
{
    TN(tree_vec) x;
    memcpy(&x, &r, sizeof x);
#if KVL >= 16
    x = x + __builtin_shufflevector(x, x, KSUM_XN(8));
    KSUM_KEEP(x);
#endif
#if KVL >= 8
    x = x + __builtin_shufflevector(x, x, KSUM_XN(4));
    KSUM_KEEP(x);
#endif
#if KVL >= 4
    x = x + __builtin_shufflevector(x, x, KSUM_XN(2));
    KSUM_KEEP(x);
#endif
    x = x + __builtin_shufflevector(x, x, KSUM_XN(1));
    KSUM_KEEP(x);
    return x[0];
}
#endif

/* The halving tree over the virtual lanes in r: lane j += lane j + KV/2,
 * then KV/4, ..., 1; first across registers (register q += register
 * q + h), then inside register 0, which is the same tree on every table.
 * Only the first `live` virtual lanes may be other than +0.0. Adding a
 * +0.0 lane changes no bit and raises no flag, since a lane is never -0.0
 * (it starts at +0.0, and x + y is -0.0 only when both are): whole
 * registers of them are skipped, and inside register 0 they are added with
 * the rest, except when a single lane is live, which adds nothing (a
 * signalling NaN stays as it is). */
static KSIMD_INLINE T TN(lane_tree)(VT r[NREG], size_t live)
{
    size_t regs = (live + KVL - 1) / KVL;
    for (int k = __builtin_ctz(NREG) - 1; k >= 0; k--) { /* h = NREG/2 .. 1, a trip count gcc unrolls */
        size_t h = (size_t)1 << k;
        KSUM_UNROLLED for (size_t q = 0; q < h; q++) if (q + h < regs) r[q] = TN(v_add)(r[q], r[q + h]);
        regs = regs < h ? regs : h;
    }
#if KVL > 1
    if (live > 1) return TN(lane_tree_reg)(r[0]);
#endif
    T lane[KVL];
    TN(v_store)(lane, r[0]);
    return lane[0];
}

/* The leftover levels fold from the lightest up (level[l] + rest), then
 * the tree over every virtual lane. */
static KSIMD_INLINE T TN(levels_finish)(VT (*level)[NREG], size_t blocks)
{
    VT r[NREG];
    int have = 0;
    for (int q = 0; q < NREG; q++) r[q] = TN(v_set1)(0);
    for (size_t left = blocks; left; left &= left - 1) { /* the set bits, lightest first */
        int l = __builtin_ctzll((unsigned long long)left);
        for (int q = 0; q < NREG; q++) r[q] = have ? TN(v_add)(level[l][q], r[q]) : level[l][q];
        have = 1;
    }
    return TN(lane_tree)(r, KV);
}

static KSIMD_INLINE T TN(sum_finish)(struct TN(sum_state) * st) { return TN(levels_finish)(st->level, st->blocks); }

/* A sum of fewer elements than a block: its one partial block adds only
 * the rows and registers that hold elements (the others would add +0.0),
 * and its tree skips the lanes left at +0.0 (lane_tree). The canonical
 * order's bits and flags, at a fraction of a whole block's cost. */
static KSIMD_INLINE T TN(sum_small)(const T *a, const T *b, size_t n, int dot)
{
    if (n <= KVL) { /* one register: +0.0 + each term, then its tree */
        VT r[NREG];
        r[0] = TN(v_add)(TN(v_set1)(0), TN(sum_term_n)(a, b, 0, n, dot));
        return TN(lane_tree)(r, n);
    }
    VT s[NREG];
    const size_t live = n < KV ? n : KV, regs = (live + KVL - 1) / KVL;
    if (n < KV) { /* registers from regs on stay unset: lane_tree reads none of them */
        KSUM_UNROLLED for (size_t q = 0; q < NREG; q++) if (q < regs) s[q] =
            TN(v_add)(TN(v_set1)(0), TN(sum_term_n)(a, b, q * KVL, n, dot));
    } else {
        for (int q = 0; q < NREG; q++) s[q] = TN(v_set1)(0);
        size_t j = 0;
        for (; (j + 1) * KV <= n; j++)
            for (int q = 0; q < NREG; q++) s[q] = TN(v_add)(s[q], TN(sum_term)(a, b, j * KV + (size_t)q * KVL, dot));
        if (j * KV < n)
            KSUM_UNROLLED for (size_t q = 0; q < NREG; q++) if (q < regs) s[q] =
                TN(v_add)(s[q], TN(sum_term_n)(a, b, j * KV + q * KVL, n, dot));
    }
    return live == KV ? TN(lane_tree)(s, KV) : TN(lane_tree)(s, live); /* the first unrolled */
}

/* Four blocks from a, as the counter would combine them:
 * (b0 + b1) + (b2 + b3), to be pushed as one subtree of level 2. The
 * counter's loop then runs a variable trip count once per four blocks
 * (once per block cost sum_f64 at 1 Ki 10%). A third loop for a last
 * pair of blocks made gcc's code for all of them 30-100% slower. */
static KSIMD_INLINE void TN(sum_quad)(VT s[NREG], const T *a, const T *b, int dot)
{
    const size_t block = (size_t)KV * KSUM_BLOCK;
    VT p[NREG], q[NREG];
    TN(sum_block)(p, a, b, dot);
    TN(sum_block)(s, a + block, b + block, dot);
    for (int r = 0; r < NREG; r++) p[r] = TN(v_add)(p[r], s[r]);
    TN(sum_block)(q, a + 2 * block, b + 2 * block, dot);
    TN(sum_block)(s, a + 3 * block, b + 3 * block, dot);
    for (int r = 0; r < NREG; r++) s[r] = TN(v_add)(p[r], TN(v_add)(q[r], s[r]));
}

/* The full blocks of a[0, nblocks * block) pushed into st, in order; read
 * several streams at a time (sum_chunk) when `stream`. */
static KSIMD_INLINE void TN(sum_blocks)(struct TN(sum_state) * st, const T *a, const T *b, size_t nblocks, int dot,
                                        int stream)
{
    VT s[NREG];
    const size_t block = (size_t)KV * KSUM_BLOCK, n = nblocks * block;
    size_t i = 0;
    if (stream) {
        const int S = dot ? KSUM_STREAMS / 2 : KSUM_STREAMS; /* streams in flight, not regions, count */
        const size_t chunk = (size_t)S * (block << KSUM_REGION_LOG);
        for (; n - i >= chunk; i += chunk) TN(sum_chunk)(st, a + i, dot ? b + i : a, dot, S);
    }
    for (; i < n && st->blocks % 4; i += block) {
        TN(sum_block)(s, a + i, dot ? b + i : a, dot);
        TN(sum_push)(st, s);
    }
    for (; n - i >= 4 * block; i += 4 * block) {
        TN(sum_quad)(s, a + i, dot ? b + i : a, dot);
        TN(push_level)(st->level, &st->blocks, s, 2);
    }
    for (; i < n; i += block) {
        TN(sum_block)(s, a + i, dot ? b + i : a, dot);
        TN(sum_push)(st, s);
    }
}

/* The blocks of a[0, n) from st's count on, the last one partial, then
 * the finish. */
static KSIMD_INLINE T TN(sum_rest)(struct TN(sum_state) * st, const T *a, const T *b, size_t n, int dot)
{
    VT s[NREG];
    const size_t block = (size_t)KV * KSUM_BLOCK, full = n / block;
    TN(sum_blocks)(st, a, b, full, dot, n * sizeof(T) * (dot ? 2 : 1) >= KSUM_STREAM_BYTES);
    if (full * block < n) {
        size_t i = full * block;
        TN(sum_block_n)(s, a + i, dot ? b + i : a, n - i, dot);
        TN(sum_push)(st, s);
    }
    return TN(sum_finish)(st);
}

/* The last, partial block of a sum (avail elements), pushed. */
static KSIMD_INLINE void TN(sum_push_n)(struct TN(sum_state) * st, const T *a, size_t avail)
{
    VT s[NREG];
    TN(sum_block_n)(s, a, a, avail, 0);
    TN(sum_push)(st, s);
}

/* A sum of a block or more, in a frame of its own: its counter's 13.5 KiB
 * of stack (probed page by page, -fstack-clash-protection) cost small
 * sums a few ns when it was the caller's. */
static KSIMD_NOINLINE T TN(sum_large)(const T *a, const T *b, size_t n, int dot)
{
    struct TN(sum_state) st;
    st.blocks = 0;
    return TN(sum_rest)(&st, a, b, n, dot);
}

/* A sum of fewer than four whole blocks and possibly a partial one, through
 * a counter of three levels (four pushes reach level 2) in a frame of its
 * own: the same additions as sum_large, without its 13.5 KiB counter, its
 * 23 KiB frame (probed page by page) or its streaming tests. The blocks are
 * read as sum_rest reads them, one array pushed in a loop and the partial
 * block in another: gcc keeps such arrays in registers, but kept blocks
 * combined directly (or four of them through sum_quad here) on the stack,
 * where KSIMD_ACCESS_ORDER's memory clobber stores and reloads them at
 * every row (sum_f32 at 1 Ki: 39-43 ns instead of 22). Four whole blocks
 * go to sum_large, whose sum_quad reads them at its best. */
static KSIMD_NOINLINE T TN(sum_few)(const T *a, const T *b, size_t n, int dot)
{
    const size_t block = (size_t)KV * KSUM_BLOCK;
    VT level[3][NREG], s[NREG];
    size_t blocks = 0, i = 0;
    for (; n - i >= block; i += block) {
        TN(sum_block)(s, a + i, dot ? b + i : a, dot);
        TN(push_level)(level, &blocks, s, 0);
    }
    if (i < n) {
        VT t[NREG]; /* not s: the partial block's loops index it by variables */
        TN(sum_block_n)(t, a + i, dot ? b + i : a, n - i, dot);
        TN(push_level)(level, &blocks, t, 0);
    }
    return TN(levels_finish)(level, blocks);
}

/* sum(a) when dot == 0, sum(a*b) when dot == 1 (b unused otherwise). */
static KSIMD_INLINE T TN(canonical_sum)(const T *a, const T *b, size_t n, int dot)
{
    const size_t block = (size_t)KV * KSUM_BLOCK;
    /* The short path first in the code, as it was before sum_few: gcc had
     * laid it out behind the jumps to the others. sum_f64 at n = 1 still
     * measured 5.0-5.5 ns against 4.5 before sum_few, for a reason not
     * found (the path's instructions are the same). */
    if (__builtin_expect(n < block, 1)) return TN(sum_small)(a, b, n, dot);
    if (n < 4 * block) return TN(sum_few)(a, b, n, dot);
    return TN(sum_large)(a, b, n, dot);
}

/* Threads (dispatch/split.h): m complete subtrees of 2^level blocks each,
 * from a on, as KV lanes each into lanes[m * KV]; then the sum whose first
 * m << level blocks those subtrees are, the rest of it being a[0, n). The
 * subtrees go into the counter at their level, which is the same additions
 * as pushing their blocks one by one: the bits of canonical_sum. */
static KSIMD_INLINE void TN(canonical_subtrees)(T *lanes, const T *a, const T *b, size_t m, int level, int dot)
{
    const size_t span = ((size_t)KV * KSUM_BLOCK) << level;
    struct TN(sum_state) st;
    for (size_t k = 0; k < m; k++) {
        st.blocks = 0;
        /* The parts of a split sum are large arrays cut up: read them as one. */
        TN(sum_blocks)(&st, a + k * span, dot ? b + k * span : a, (size_t)1 << level, dot, 1);
        for (int q = 0; q < NREG; q++) TN(v_store)(lanes + k * KV + (size_t)q * KVL, st.level[level][q]);
    }
}

static KSIMD_INLINE T TN(canonical_finish)(const T *lanes, size_t m, int level, const T *a, const T *b, size_t n,
                                           int dot)
{
    struct TN(sum_state) st;
    VT s[NREG];
    st.blocks = 0;
    for (size_t k = 0; k < m; k++) {
        for (int q = 0; q < NREG; q++) s[q] = TN(v_load)(lanes + k * KV + (size_t)q * KVL);
        TN(push_level)(st.level, &st.blocks, s, level);
    }
    return TN(sum_rest)(&st, a, b, n, dot);
}

#undef NREG
#undef KV
#undef KSUM_XN
#undef KSUM_KEEP
