/* min/max and argmin/argmax for one element type. reduce.c includes this
 * file once per type with KT, T, VT, KVL defined, plus the lane-mask type
 * VM and the index vectors VIT (lanes as wide as T's) of C type IT, with
 * KM and KIT their suffixes. Both results are exact, so the order of the
 * work is free; these loops pick one for throughput. n >= 1 always. */

#define TN(name) KSIMD_PASTE(name, , KT)
#define MN(name) KSIMD_PASTE(name, , KM)
#define IN(name) KSIMD_PASTE(name, , KIT)

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

#ifdef KFLOAT
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
 * scalar, and the NaN tests (never true for integers). */
struct TN(arg_ops) {
    VM (*beats)(VT, VT);
    int (*beats1)(T, T);
    VM (*unord)(VT, VT);
    int (*isnan1)(T);
};

/* Index of the first NaN; the caller knows there is one. */
static KSIMD_INLINE size_t TN(first_nan)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    size_t i = 0;
    while (i + 1 < n && !ops.isnan1(a[i])) i++;
    return i;
}

/* One step of a lane set: lanes that x beats take x and the group index g.
 * Strict compares keep the earliest of equal values in each lane. */
static KSIMD_INLINE void TN(arg_step)(VT *best, VIT *group, VT x, VIT g, struct TN(arg_ops) ops)
{
    VM m = ops.beats(x, *best);
    *best = TN(v_select)(m, x, *best);
    *group = IN(v_select)(m, g, *group);
}

/* First index of the extreme of a[0, n) with n < 2^30 (so int32 index lanes
 * are exact), or of its first NaN; *value receives the element. Four lane
 * sets u = 0..3 take the four vectors of each group of 4*KVL elements and
 * record the group's start g, so lane t of set u holds index g + u*KVL + t.
 * Leftover whole vectors and a last window ending at n go to set 0 with
 * g = their own start. A NaN anywhere sends us to a scalar scan. */
static KSIMD_INLINE size_t TN(arg_chunk)(const T *a, size_t n, struct TN(arg_ops) ops, T *value)
{
    size_t bi = 0;
    if (n < 4 * KVL) {
        for (size_t i = 0; i < n; i++) {
            if (ops.isnan1(a[i])) return *value = a[i], i;
            if (ops.beats1(a[i], a[bi])) bi = i;
        }
        return *value = a[bi], bi;
    }
    VT b[4];
    VIT g[4];
    for (int u = 0; u < 4; u++) b[u] = TN(v_load)(a + (size_t)u * KVL), g[u] = IN(v_set1)(0);
    VM nan = MN(v_mask_or)(ops.unord(b[0], b[1]), ops.unord(b[2], b[3]));
    size_t i = 4 * KVL;
    for (; n - i >= 4 * KVL; i += 4 * KVL) {
        VT x0 = TN(v_load)(a + i), x1 = TN(v_load)(a + i + KVL);
        VT x2 = TN(v_load)(a + i + 2 * KVL), x3 = TN(v_load)(a + i + 3 * KVL);
        VIT gi = IN(v_set1)((IT)i);
        TN(arg_step)(&b[0], &g[0], x0, gi, ops);
        TN(arg_step)(&b[1], &g[1], x1, gi, ops);
        TN(arg_step)(&b[2], &g[2], x2, gi, ops);
        TN(arg_step)(&b[3], &g[3], x3, gi, ops);
        nan = MN(v_mask_or)(nan, MN(v_mask_or)(ops.unord(x0, x1), ops.unord(x2, x3)));
    }
    for (; i < n; i += KVL) {
        size_t at = n - i >= KVL ? i : n - KVL;
        VT x = TN(v_load)(a + at);
        TN(arg_step)(&b[0], &g[0], x, IN(v_set1)((IT)at), ops);
        nan = MN(v_mask_or)(nan, ops.unord(x, x));
    }
    if (MN(v_mask_any)(nan)) {
        bi = TN(first_nan)(a, n, ops);
        return *value = a[bi], bi;
    }
    T bv[4][KVL];
    IT bg[4][KVL];
    for (int u = 0; u < 4; u++) TN(v_store)(bv[u], b[u]), IN(v_store)(bg[u], g[u]);
    for (int u = 0; u < 4; u++)
        for (int t = 0; t < KVL; t++) {
            size_t idx = (size_t)bg[u][t] + (size_t)u * KVL + (size_t)t;
            T v = bv[u][t];
            if (ops.beats1(v, a[bi]) || (!ops.beats1(a[bi], v) && idx < bi)) bi = idx;
        }
    return *value = a[bi], bi;
}

/* Chunks of 2^30 elements; a later chunk wins only by beating strictly. */
static KSIMD_INLINE size_t TN(arg_extreme)(const T *a, size_t n, struct TN(arg_ops) ops)
{
    const size_t chunk = (size_t)1 << 30;
    size_t best = 0;
    T best_value = a[0];
    for (size_t c = 0; c < n; c += chunk) {
        T v;
        size_t i = TN(arg_chunk)(a + c, n - c < chunk ? n - c : chunk, ops, &v);
        if (ops.isnan1(v)) return c + i;
        if (c == 0 || ops.beats1(v, best_value)) best = c + i, best_value = v;
    }
    return best;
}

#undef IN
#undef MN
#undef TN
