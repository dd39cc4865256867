/* min/max and argmin/argmax for one element type. reduce.c instantiates
 * this file through foreach_type.h for every type. Both results are exact,
 * so the order of the work is free; these loops pick one for throughput.
 * n >= 1 always. */
#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(VM) || !defined(MT) ||                    \
    !defined(KFLOAT) || !defined(TN)
#error "extreme_t.h needs KT, T, VT, KVL, VM, MT, KFLOAT and TN: instantiate it through foreach_type.h"
#endif

#include "sum_order.h"

#define MN(name) KSIMD_PASTE(name, , MT)

/* Arrays of KSUM_STREAM_BYTES or more are read as sum reads them: in
 * chunks of KSUM_STREAMS regions of KX_REGION elements (256 KiB), a row of
 * KX_ROW elements from each region in turn, so that that many DRAM streams
 * are in flight (sum_t.h's sum_chunk has the measurements), with v_load_far
 * (avx512.h says why). */
#define KX_ROW (4 * KVL)
#define KX_REGION (((size_t)256 << 10) / sizeof(T))
#define KX_CHUNK (KSUM_STREAMS * KX_REGION)

/* Lanes of a vector folded with op in a halving tree: op(v, v with each
 * lane's partner h lanes away), h = KVL/2 .. 1, which leaves the result in
 * every lane. The result is exact, so the order is free (a chain of
 * broadcasts, its old form, cost max_f32 at 1 Ki half its time). */
#if KVL > 1
typedef T TN(lanes_vec) __attribute__((vector_size(KVL * sizeof(T))));
#define KX_LEVEL(h)                                                                                                    \
    do {                                                                                                               \
        TN(lanes_vec) x_, y_;                                                                                          \
        VT w_;                                                                                                         \
        memcpy(&x_, &v, sizeof x_);                                                                                    \
        y_ = __builtin_shufflevector(x_, x_, KSIMD_CAT(KSIMD_LANES_XOR, KVL)(h));                                      \
        memcpy(&w_, &y_, sizeof w_);                                                                                   \
        v = op(v, w_);                                                                                                 \
    } while (0)
#endif
static KSIMD_INLINE VT TN(fold_splat)(VT v, VT (*op)(VT, VT))
{
    (void)op; /* one lane: nothing to fold */
#if KVL >= 16
    KX_LEVEL(8);
#endif
#if KVL >= 8
    KX_LEVEL(4);
#endif
#if KVL >= 4
    KX_LEVEL(2);
#endif
#if KVL >= 2
    KX_LEVEL(1);
#endif
    return v;
}
static KSIMD_INLINE T TN(fold_lanes)(VT v, VT (*op)(VT, VT))
{
    T lane[KVL];
    TN(v_store)(lane, TN(fold_splat)(v, op));
    return lane[0];
}
#undef KX_LEVEL

/* The same through broadcasts, a chain of KVL - 1 ops: for argmin and
 * argmax, where the tree's code, inlined into their loops, cost them 30%
 * at 64 Ki (a block that beats the best, which folds, is rare). */
static KSIMD_INLINE T TN(fold_chain)(VT v, VT (*op)(VT, VT))
{
    T lane[KVL];
    TN(v_store)(lane, v);
    VT r = TN(v_set1)(lane[0]);
    for (int t = 1; t < KVL; t++) r = op(r, TN(v_set1)(lane[t]));
    TN(v_store)(lane, r);
    return lane[0];
}

/* A row's four vectors in registers (kernels.h): a float one is read by
 * the pick and by the NaN test. */
#if KFLOAT
#define KX_IN_REGISTERS(x0, x1, x2, x3)                                                                                \
    do {                                                                                                               \
        KSIMD_IN_REGISTER(x0);                                                                                         \
        KSIMD_IN_REGISTER(x1);                                                                                         \
        KSIMD_IN_REGISTER(x2);                                                                                         \
        KSIMD_IN_REGISTER(x3);                                                                                         \
    } while (0)
#else
#define KX_IN_REGISTERS(x0, x1, x2, x3) ((void)0)
#endif

/* Every lane: the NaN tests' starting mask of lanes ordered so far. */
static KSIMD_INLINE VM TN(mask_all)(void) { return MN(v_mask_not)(MN(v_mask_none)()); }

/* Groups of S rows, row r of group k at a + k * step + r * region, the
 * extreme of row r picked into m[r]: rows side by side (step S * KX_ROW,
 * region KX_ROW) are one stream, rows KX_REGION apart are S streams. A
 * row's four vectors meet in a tree, so each m[r] waits on one pick per
 * row. *nan collects the unordered lanes: each m[r] has a mask of the
 * lanes ordered so far, narrowed by v_ord_and_mask (on avx512 one masked
 * compare, no OR of masks), and the loaded vectors stay in registers
 * (KX_IN_REGISTERS). kbench, avx512 on a Zen 4 VM, ns a call at 1 Ki:
 * max_f32 47-56 with unordered compares ORed and loads folded, 45-51 with
 * the loads in registers, 34 as here; max_f64 72-73, 71, 52-53. */
static KSIMD_INLINE void TN(pick_rows)(VT m[KSUM_STREAMS], VM *nan, const T *a, size_t groups, size_t step,
                                       size_t region, int S, VT (*pick)(VT, VT), VT (*ld)(const T *))
{
    if (groups == 0) return;
#if KFLOAT
    VM ok[KSUM_STREAMS];
    for (int r = 0; r < S; r++) ok[r] = TN(mask_all)();
#endif
    for (size_t k = 0; k < groups; k++)
        for (int r = 0; r < S; r++) {
            const T *p = a + k * step + (size_t)r * region;
            VT x0 = ld(p), x1 = ld(p + KVL), x2 = ld(p + 2 * KVL), x3 = ld(p + 3 * KVL);
            KX_IN_REGISTERS(x0, x1, x2, x3);
            m[r] = pick(pick(pick(x0, x1), pick(x2, x3)), m[r]);
#if KFLOAT
            ok[r] = TN(v_ord_and_mask)(TN(v_ord_and_mask)(ok[r], x0, x1), x2, x3);
#endif
        }
#if KFLOAT
    for (int r = 0; r < S; r++) *nan = MN(v_mask_or)(*nan, MN(v_mask_not)(ok[r]));
#else
    (void)nan;
#endif
}

/* pick_rows into the one lane set m, where its S sets start and meet
 * again: one vector passes from loop to loop (an array of them went
 * through the stack between loops, a cost small arrays felt). */
static KSIMD_INLINE VT TN(pick_rows1)(VT m, VM *nan, const T *a, size_t groups, size_t step, size_t region, int S,
                                      VT (*pick)(VT, VT), VT (*ld)(const T *))
{
    VT ms[KSUM_STREAMS];
    for (int r = 0; r < S; r++) ms[r] = m;
    TN(pick_rows)(ms, nan, a, groups, step, region, S, pick, ld);
    for (int r = 1; r < S; r++) ms[0] = pick(ms[r], ms[0]);
    return ms[0];
}

/* The extreme of a[0, n) (n >= KVL) by pick, up to the sign of a zero for
 * floats; *nan collects the unordered lanes. A large array's chunks go as
 * KSUM_STREAMS streams, the rest as one, in groups of rows, then single
 * rows, then vectors, the last a window ending at n. pick is idempotent,
 * so reading an element twice is harmless (the first vector starts m). */
static KSIMD_INLINE VT TN(pick_array)(const T *a, size_t n, VT (*pick)(VT, VT), VM *nan)
{
    const size_t group = KSUM_STREAMS * KX_ROW;
    VT m = TN(v_load)(a);
    *nan = MN(v_mask_none)();
    size_t i = 0;
    if (n * sizeof(T) >= KSUM_STREAM_BYTES)
        for (; n - i >= KX_CHUNK; i += KX_CHUNK)
            m = TN(pick_rows1)(m, nan, a + i, KX_REGION / KX_ROW, KX_ROW, KX_REGION, KSUM_STREAMS, pick,
                               TN(v_load_far));
    size_t g = (n - i) / group, rows = (n - i) % group / KX_ROW;
    m = TN(pick_rows1)(m, nan, a + i, g, group, KX_ROW, KSUM_STREAMS, pick, TN(v_load));
    m = TN(pick_rows1)(m, nan, a + i + g * group, rows, KX_ROW, 0, 1, pick, TN(v_load));
    for (i += g * group + rows * KX_ROW; i < n; i += KVL) {
        VT x = TN(v_load)(a + (n - i >= KVL ? i : n - KVL));
        m = pick(x, m);
#if KFLOAT
        *nan = MN(v_mask_or)(*nan, TN(v_unord_mask)(x, x));
#endif
    }
    return m;
}

/* op is IEEE 754-2019 minimum or maximum (or the integer min/max). */
static KSIMD_INLINE T TN(extreme)(const T *a, size_t n, VT (*op)(VT, VT))
{
    if (n < KVL) { /* every lane holds the extreme: no tree */
        VT m = TN(v_set1)(a[0]);
        for (size_t i = 1; i < n; i++) m = op(m, TN(v_set1)(a[i]));
        T lane[KVL];
        TN(v_store)(lane, m);
        return lane[0];
    }
    VM nan;
    return TN(fold_lanes)(TN(pick_array)(a, n, op, &nan), op);
}

#if KFLOAT
/* IEEE maximum (max) or minimum of an array shorter than a vector, by
 * quiet compares: the same result, and no flag that a quiet NaN would not
 * raise, so the caller needs no fence (fpflags.h) for these. */
static KSIMD_INLINE T TN(extreme_short)(const T *a, size_t n, int max)
{
    T m = a[0];
    for (size_t i = 1; i < n; i++) m = KSIMD_CAT(ksimd_ieee_pick_, KT)(m, a[i], max);
    return m;
}

/* The same for arrays shorter than a vector (n >= 1): where v_load_n is a
 * masked load, from KX_VSHORT elements on, in one vector whose missing
 * lanes copy a[0]. The IEEE operation raises nothing on ordered values, so
 * only an array holding a NaN takes the quiet compares. */
#define KX_VSHORT 3
static KSIMD_INLINE T TN(extreme_vshort)(const T *a, size_t n, VT (*ieee)(VT, VT), int max)
{
#if KSIMD_MASKED_LOAD
    if (n >= KX_VSHORT) {
        VT m = TN(v_load_n)(a, n, a[0]);
        if (!MN(v_mask_any)(TN(v_unord_mask)(m, m))) return TN(fold_lanes)(m, ieee);
    }
#else
    (void)ieee;
#endif
    return TN(extreme_short)(a, n, max);
}
#undef KX_VSHORT

/* Float min/max for longer arrays, cheaper than a chain of IEEE operations
 * (five instructions each on x86): pick keeps the larger (smaller) ordered
 * value, NaN is looked for on the side, and a zero result has its sign
 * settled by a scan. The result is still exactly IEEE maximum (minimum):
 * any NaN gives NaN; otherwise the extreme value, and when that is zero,
 * +0.0 for max if any +0.0 is present (-0.0 for min if any -0.0). From
 * one vector on: the IEEE chain it replaces for n < 4 KVL needed
 * extreme_quiet's fence, 15-17 ns a call on a Zen 4 VM (kbench, max_f64 and
 * min_f64 at n = 8-31 on avx512, 7-15 on avx2), 10-11 ns this way. */
static KSIMD_INLINE T TN(extreme_float)(const T *a, size_t n, VT (*pick)(VT, VT), VT (*ieee)(VT, VT), int max,
                                        int *maybe_nan)
{
    *maybe_nan = 1;
    if (n < KVL) return TN(extreme_vshort)(a, n, ieee, max);
    VM nan;
    VT m = TN(pick_array)(a, n, pick, &nan);
    if (MN(v_mask_any)(nan))
        for (size_t j = 0;; j++)
            if (a[j] != a[j]) return a[j];
    *maybe_nan = 0;
    T r = TN(fold_lanes)(m, ieee);
    if (r != 0) return r;
    for (size_t j = 0; j < n; j++)
        if (a[j] == 0 && (signbit(a[j]) == 0) == max) return a[j];
    return r;
}

/* Float min and max of n >= KVL with only the operation's flags; shorter
 * arrays need no fence, and reduce.c takes them to extreme_vshort. Only a
 * NaN makes pick (MAXPS, MINPS) raise a flag, so an array found to hold
 * none skips the fence's closing read, which waits for every FP operation
 * before it. kbench, max_f32 at n = 64 on a Zen 4 VM, ns a call: 17.5 with
 * both reads, 11-16 with the opening one alone, 8-10 with none. */
static KSIMD_INLINE T TN(extreme_quiet)(const T *a, size_t n, VT (*pick)(VT, VT), VT (*ieee)(VT, VT), int max)
{
    int before = ksimd_fe_raised(), maybe_nan;
    T r = TN(extreme_float)(a, n, pick, ieee, max, &maybe_nan);
    if (maybe_nan) ksimd_fe_settle(before, 0);
    return r;
}
#endif

/* How argmin and argmax differ: the strict "x beats y" compare, vector and
 * scalar, a pick (the winner of two, ignoring NaN: cheaper than compare
 * and select), and the NaN tests (never true for integers): ord_and(ok, x,
 * y) keeps the lanes of ok where neither x nor y is NaN. */
struct TN(arg_ops) {
    VM (*beats)(VT, VT);
    int (*beats1)(T, T);
    VT (*pick)(VT, VT);
    VM (*ord_and)(VM, VT, VT);
    int (*isnan1)(T);
};

/* Whether a lane of x is NaN. */
static KSIMD_INLINE int TN(any_nan)(VT x, struct TN(arg_ops) ops)
{
    return MN(v_mask_any)(MN(v_mask_not)(ops.ord_and(TN(mask_all)(), x, x)));
}

/* Index of the first NaN of a[0, n); the caller knows there is one. */
static KSIMD_INLINE size_t TN(first_nan)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    size_t i = 0;
    for (; n - i >= KVL && !TN(any_nan)(TN(v_load)(a + i), ops); i += KVL) {
    }
    while (i + 1 < n && !ops.isnan1(a[i])) i++;
    return i;
}

/* Elements per block: 4 KiB, so that a block searched again comes from L1. */
#define KARG_BLOCK (4096 / sizeof(T))

/* The extreme of a[s, e) (e - s >= 1, e >= KVL) in four lane sets, whole
 * vectors from s and a last window ending at e, which may re-read elements
 * before s (harmless: they never beat the best so far). *nan is set if a
 * lane is unordered; two masks of ordered lanes, as in pick_rows. */
static KSIMD_INLINE VT TN(arg_block)(const T *a, size_t s, size_t e, struct TN(arg_ops) ops, int *nan)
{
    VT m0 = TN(v_set1)(a[s]), m1 = m0, m2 = m0, m3 = m0;
    VM ok0 = TN(mask_all)(), ok1 = ok0;
    size_t i = s;
    for (; e - i >= 4 * KVL; i += 4 * KVL) {
        VT x0 = TN(v_load)(a + i), x1 = TN(v_load)(a + i + KVL);
        VT x2 = TN(v_load)(a + i + 2 * KVL), x3 = TN(v_load)(a + i + 3 * KVL);
        KX_IN_REGISTERS(x0, x1, x2, x3);
        m0 = ops.pick(x0, m0), m1 = ops.pick(x1, m1), m2 = ops.pick(x2, m2), m3 = ops.pick(x3, m3);
        ok0 = ops.ord_and(ok0, x0, x1), ok1 = ops.ord_and(ok1, x2, x3);
    }
    for (; i < e; i += KVL) {
        VT x = TN(v_load)(a + (e - i >= KVL ? i : e - KVL));
        m0 = ops.pick(x, m0);
        ok0 = ops.ord_and(ok0, x, x);
    }
    *nan = MN(v_mask_any)(MN(v_mask_or)(MN(v_mask_not)(ok0), MN(v_mask_not)(ok1)));
    return ops.pick(ops.pick(m0, m1), ops.pick(m2, m3));
}

/* A block of a[s, e) whose extreme m strictly beats the best so far: that
 * extreme, the new best, and in *bi the first index of the block holding
 * it, searched from L1. Lanes fold without branches: a new best is rare,
 * so a branch per lane would mispredict. */
static KSIMD_INLINE T TN(arg_better)(const T *a, size_t s, size_t e, VT m, struct TN(arg_ops) ops, size_t *bi)
{
    T best = TN(fold_chain)(m, ops.pick);
    VT vbest = TN(v_set1)(best);
    size_t i = s;
    for (; e - i >= KVL; i += KVL) {
        VM hit = TN(v_eq_mask)(TN(v_load)(a + i), vbest);
        if (MN(v_mask_any)(hit)) {
            *bi = i + MN(v_mask_first)(hit);
            return best;
        }
    }
    while (!(a[i] == best)) i++;
    *bi = i;
    return best;
}

/* The chunk a[c, c + KX_CHUNK) of a large array, its regions read at once
 * (pick_rows), block by block. Each region keeps a best of its own, which
 * starts at *best and moves only to a block that strictly beats it; so a
 * region that beats *best ends with the first index of its extreme, and
 * merging the regions in index order, strictly again, keeps the earliest.
 * Returns 1, leaving the NaN to the caller, if the chunk holds one. */
static KSIMD_INLINE int TN(arg_chunk)(const T *a, size_t c, struct TN(arg_ops) ops, T *best, size_t *bi)
{
    T rbest[KSUM_STREAMS];
    size_t rbi[KSUM_STREAMS];
    VT vbest[KSUM_STREAMS], m[KSUM_STREAMS];
    VM nan = MN(v_mask_none)();
    for (int r = 0; r < KSUM_STREAMS; r++) rbest[r] = *best, rbi[r] = *bi, vbest[r] = TN(v_set1)(*best);
    for (size_t s = c; s < c + KX_REGION; s += KARG_BLOCK) {
        for (int r = 0; r < KSUM_STREAMS; r++) m[r] = vbest[r];
        TN(pick_rows)(m, &nan, a + s, KARG_BLOCK / KX_ROW, KX_ROW, KX_REGION, KSUM_STREAMS, ops.pick, TN(v_load_far));
        if (MN(v_mask_any)(nan)) return 1;
        for (int r = 0; r < KSUM_STREAMS; r++) {
            size_t o = s + (size_t)r * KX_REGION;
            if (!MN(v_mask_any)(ops.beats(m[r], vbest[r]))) continue;
            rbest[r] = TN(arg_better)(a, o, o + KARG_BLOCK, m[r], ops, &rbi[r]);
            vbest[r] = TN(v_set1)(rbest[r]);
        }
    }
    for (int r = 0; r < KSUM_STREAMS; r++)
        if (ops.beats1(rbest[r], *best)) *best = rbest[r], *bi = rbi[r];
    return 0;
}

/* Element by element; each compare follows a NaN test, which raises
 * nothing on a quiet NaN (no fence needed). Float arrays come here below
 * KX_ARG_SHORT (from one vector on where v_load_n is a masked load), for
 * the vector search needs a fence. Integer ones need none, and take the
 * vector search from one vector on where a vector holds 8 or more: argmax_i64
 * (avx512) at n = 8, 16, 31 cost 1.42x, 0.77x, 0.46x the plain loop against
 * 1.87x, 1.38x, 1.36x here. Narrower vectors lost below four of them (avx2
 * argmax_i64 at n = 4: 2.1x against 1.7x). */
#define KX_ARG_SHORT (4 * KVL)
#define KX_ARG_INT_SHORT (KVL >= 8 ? KVL : KX_ARG_SHORT)
static KSIMD_INLINE size_t TN(arg_short)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    size_t bi = 0;
    for (size_t i = 0; i < n; i++) {
        if (ops.isnan1(a[i])) return i;
        if (ops.beats1(a[i], a[bi])) bi = i;
    }
    return bi;
}

/* The same for arrays shorter than a vector, where v_load_n is a masked
 * load: one vector whose missing lanes copy a[0], its extreme, and the
 * first lane equal to it. Equal extremes, -0.0 and +0.0 among them, are
 * equal to it, so the first of them wins as in arg_short; an array holding
 * a NaN goes there. Only the NaN test, a quiet compare, sees a NaN, so a
 * quiet NaN raises nothing and no fence is needed. */
static KSIMD_INLINE size_t TN(arg_vshort)(const T *a, size_t n, struct TN(arg_ops) ops)
{
#if KSIMD_MASKED_LOAD
    VT m = TN(v_load_n)(a, n, a[0]);
    if (!TN(any_nan)(m, ops)) return MN(v_mask_first)(TN(v_eq_mask)(m, TN(fold_splat)(m, ops.pick)));
#endif
    return TN(arg_short)(a, n, ops);
}

/* First index of the extreme of a[0, n) (n >= KVL), or of its
 * first NaN. Each block's extreme costs one vector pass (a pick per
 * vector, as for max); only a block whose extreme strictly beats the best
 * so far is searched again, from L1, for the first index holding it. On
 * random data that is a few blocks per call; on rising data every block,
 * still one cheap pass more. Strict beating keeps the earliest of equal
 * extremes (and of -0.0/+0.0). A large array goes chunk by chunk
 * (arg_chunk), its rest block by block. */
static KSIMD_INLINE size_t TN(arg_extreme)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    size_t bi = 0, s = 0;
    T best = a[0];
    if (n * sizeof(T) >= KSUM_STREAM_BYTES)
        for (; n - s >= KX_CHUNK; s += KX_CHUNK)
            if (TN(arg_chunk)(a, s, ops, &best, &bi)) return s + TN(first_nan)(a + s, n - s, ops);
    VT vbest = TN(v_set1)(best);
    for (; s < n; s += KARG_BLOCK) {
        size_t e = n - s > KARG_BLOCK ? s + KARG_BLOCK : n;
        int nan;
        VT m = TN(arg_block)(a, s, e, ops, &nan);
        if (nan) return s + TN(first_nan)(a + s, e - s, ops);
        if (!MN(v_mask_any)(ops.beats(m, vbest))) continue;
        best = TN(arg_better)(a, s, e, m, ops, &bi);
        vbest = TN(v_set1)(best);
    }
    return bi;
}

/* argmin/argmax by length: float ones in a fence from KX_ARG_SHORT on, for
 * x86's compares raise FE_INVALID on a quiet NaN (fpflags.h). */
static KSIMD_INLINE size_t TN(arg_index)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    if (n < KVL) return TN(arg_vshort)(a, n, ops);
#if KFLOAT
    if (n < KX_ARG_SHORT) return TN(arg_short)(a, n, ops);
    size_t r;
    KSIMD_FE_QUIET(r = TN(arg_extreme)(a, n, ops));
    return r;
#else
    if (n < KX_ARG_INT_SHORT) return TN(arg_short)(a, n, ops);
    return TN(arg_extreme)(a, n, ops);
#endif
}

#undef KARG_BLOCK
#undef KX_IN_REGISTERS
#undef KX_ARG_SHORT
#undef KX_ARG_INT_SHORT
#undef KX_CHUNK
#undef KX_REGION
#undef KX_ROW
#undef MN
