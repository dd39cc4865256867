/* min/max and argmin/argmax for one element type. reduce.c instantiates
 * this file through foreach_type.h for every type. Both results are exact,
 * so the order of the work is free; these loops pick one for throughput.
 * n >= 1 always. */
#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(VM) || !defined(MT) ||                    \
    !defined(KFLOAT) || !defined(TN)
#error "extreme_t.h needs KT, T, VT, KVL, VM, MT, KFLOAT and TN: instantiate it through foreach_type.h"
#endif

#define MN(name) KSIMD_PASTE(name, , MT)

/* Lanes of a vector folded with op, through broadcasts (once per call). */
static KSIMD_INLINE T TN(fold_lanes)(VT v, VT (*op)(VT, VT))
{
    T lane[KVL];
    TN(v_store)(lane, v);
    VT r = TN(v_set1)(lane[0]);
    for (int t = 1; t < KVL; t++) r = op(r, TN(v_set1)(lane[t]));
    TN(v_store)(lane, r);
    return lane[0];
}

/* op is IEEE 754-2019 minimum or maximum (or the integer min/max), which is
 * idempotent: the last, partial vector re-reads a full window ending at n. */
static KSIMD_INLINE T TN(extreme)(const T *a, size_t n, VT (*op)(VT, VT))
{
    if (n < KVL) {
        VT m = TN(v_set1)(a[0]);
        for (size_t i = 1; i < n; i++) m = op(m, TN(v_set1)(a[i]));
        return TN(fold_lanes)(m, op);
    }
    VT m0 = TN(v_load)(a), m1 = m0, m2 = m0, m3 = m0;
    size_t i = KVL;
    for (; n - i >= 4 * KVL; i += 4 * KVL) {
        m0 = op(m0, TN(v_load)(a + i));
        m1 = op(m1, TN(v_load)(a + i + KVL));
        m2 = op(m2, TN(v_load)(a + i + 2 * KVL));
        m3 = op(m3, TN(v_load)(a + i + 3 * KVL));
    }
    for (; n - i >= KVL; i += KVL) m0 = op(m0, TN(v_load)(a + i));
    if (i < n) m1 = op(m1, TN(v_load)(a + n - KVL));
    return TN(fold_lanes)(op(op(m0, m1), op(m2, m3)), op);
}

#if KFLOAT
/* Float min/max for longer arrays, cheaper than a chain of IEEE operations
 * (five instructions each on x86): pick keeps the larger (smaller) ordered
 * value, NaN is looked for on the side, and a zero result has its sign
 * settled by a scan. The result is still exactly IEEE maximum (minimum):
 * any NaN gives NaN; otherwise the extreme value, and when that is zero,
 * +0.0 for max if any +0.0 is present (-0.0 for min if any -0.0). */
static KSIMD_INLINE T TN(extreme_float)(const T *a, size_t n, VT (*pick)(VT, VT), VT (*ieee)(VT, VT), int max)
{
    if (n < 4 * KVL) return TN(extreme)(a, n, ieee);
    VT m0 = TN(v_load)(a), m1 = TN(v_load)(a + KVL), m2 = TN(v_load)(a + 2 * KVL), m3 = TN(v_load)(a + 3 * KVL);
    VM nan = MN(v_mask_or)(TN(v_unord_mask)(m0, m1), TN(v_unord_mask)(m2, m3));
    size_t i = 4 * KVL;
    for (; n - i >= 4 * KVL; i += 4 * KVL) {
        VT x0 = TN(v_load)(a + i), x1 = TN(v_load)(a + i + KVL);
        VT x2 = TN(v_load)(a + i + 2 * KVL), x3 = TN(v_load)(a + i + 3 * KVL);
        m0 = pick(x0, m0), m1 = pick(x1, m1), m2 = pick(x2, m2), m3 = pick(x3, m3);
        nan = MN(v_mask_or)(nan, MN(v_mask_or)(TN(v_unord_mask)(x0, x1), TN(v_unord_mask)(x2, x3)));
    }
    for (; i < n; i += KVL) {
        VT x = TN(v_load)(a + (n - i >= KVL ? i : n - KVL));
        m0 = pick(x, m0);
        nan = MN(v_mask_or)(nan, TN(v_unord_mask)(x, x));
    }
    if (MN(v_mask_any)(nan))
        for (size_t j = 0;; j++)
            if (a[j] != a[j]) return a[j];
    T r = TN(fold_lanes)(ieee(ieee(m0, m1), ieee(m2, m3)), ieee);
    if (r != 0) return r;
    for (size_t j = 0; j < n; j++)
        if (a[j] == 0 && (signbit(a[j]) == 0) == max) return a[j];
    return r;
}
#endif

/* How argmin and argmax differ: the strict "x beats y" compare, vector and
 * scalar, a pick (the winner of two, ignoring NaN: cheaper than compare
 * and select), and the NaN tests (never true for integers). */
struct TN(arg_ops) {
    VM (*beats)(VT, VT);
    int (*beats1)(T, T);
    VT (*pick)(VT, VT);
    VM (*unord)(VT, VT);
    int (*isnan1)(T);
};

/* Index of the first NaN of a[0, n); the caller knows there is one. */
static KSIMD_INLINE size_t TN(first_nan)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    size_t i = 0;
    while (i + 1 < n && !ops.isnan1(a[i])) i++;
    return i;
}

/* Elements per block: 4 KiB, so that a block searched again comes from L1. */
#define KARG_BLOCK (4096 / sizeof(T))

/* The extreme of a[s, e) (e - s >= 1, e >= KVL) in four lane sets, whole
 * vectors from s and a last window ending at e, which may re-read elements
 * before s (harmless: they never beat the best so far). *nan collects the
 * unordered lanes. */
static KSIMD_INLINE VT TN(arg_block)(const T *a, size_t s, size_t e, struct TN(arg_ops) ops, VM *nan)
{
    VT m0 = TN(v_set1)(a[s]), m1 = m0, m2 = m0, m3 = m0;
    size_t i = s;
    for (; e - i >= 4 * KVL; i += 4 * KVL) {
        VT x0 = TN(v_load)(a + i), x1 = TN(v_load)(a + i + KVL);
        VT x2 = TN(v_load)(a + i + 2 * KVL), x3 = TN(v_load)(a + i + 3 * KVL);
        m0 = ops.pick(x0, m0), m1 = ops.pick(x1, m1), m2 = ops.pick(x2, m2), m3 = ops.pick(x3, m3);
        *nan = MN(v_mask_or)(*nan, MN(v_mask_or)(ops.unord(x0, x1), ops.unord(x2, x3)));
    }
    for (; i < e; i += KVL) {
        VT x = TN(v_load)(a + (e - i >= KVL ? i : e - KVL));
        m0 = ops.pick(x, m0);
        *nan = MN(v_mask_or)(*nan, ops.unord(x, x));
    }
    return ops.pick(ops.pick(m0, m1), ops.pick(m2, m3));
}

/* First index of the extreme of a[0, n), or of its first NaN. Each block's
 * extreme costs one vector pass (a pick per vector, as for max); only a
 * block whose extreme strictly beats the best so far is searched again,
 * from L1, for the first index holding it. On random data that is a few
 * blocks per call; on rising data every block, still one cheap pass more.
 * Strict beating keeps the earliest of equal extremes (and of -0.0/+0.0). */
static KSIMD_INLINE size_t TN(arg_extreme)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    size_t bi = 0;
    if (n < 4 * KVL) {
        for (size_t i = 0; i < n; i++) {
            if (ops.isnan1(a[i])) return i;
            if (ops.beats1(a[i], a[bi])) bi = i;
        }
        return bi;
    }
    T best = a[0];
    VT vbest = TN(v_set1)(best);
    for (size_t s = 0; s < n; s += KARG_BLOCK) {
        size_t e = n - s > KARG_BLOCK ? s + KARG_BLOCK : n;
        VM nan = MN(v_mask_none)();
        VT m = TN(arg_block)(a, s, e, ops, &nan);
        if (MN(v_mask_any)(nan)) return s + TN(first_nan)(a + s, e - s, ops);
        if (!MN(v_mask_any)(ops.beats(m, vbest))) continue;
        T lane[KVL];
        TN(v_store)(lane, m);
        for (int t = 0; t < KVL; t++)
            if (ops.beats1(lane[t], best)) best = lane[t];
        vbest = TN(v_set1)(best);
        for (bi = s; e - bi >= KVL && !MN(v_mask_any)(TN(v_eq_mask)(TN(v_load)(a + bi), vbest)); bi += KVL) {
        }
        while (!(a[bi] == best)) bi++;
    }
    return bi;
}

#undef KARG_BLOCK
#undef MN
