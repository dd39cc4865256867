/* Masked-conditional loop skeletons for one element type; masked.h
 * instantiates this file through foreach_type.h. TN(cmp2) is then
 * cmp2_f64, MN(v_mask_load) is v_mask_load_m64. Byte masks enter and leave
 * through the vocabulary's v_mask_load/v_mask_store, which convert between
 * uint8_t arrays and the ISA's lane masks. Partial vectors
 * use the _n ops, which never touch memory outside [0, n). */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(VM) || !defined(MT) || !defined(TN)
#error "masked_t.h needs KT, T, VT, KVL, VM, MT and TN: instantiate it through foreach_type.h"
#endif

#define MN(name) KSIMD_PASTE(name, , MT)

/* The compare loops' whole vectors, inputs loaded by ld; each returns the
 * elements done. */
static KSIMD_INLINE size_t TN(cmp2_whole)(uint8_t *m, const T *a, const T *b, size_t n, VM (*pred)(VT, VT),
                                          VT (*ld)(const T *))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) MN(v_mask_store)(m + i, pred(ld(a + i), ld(b + i)));
    return i;
}

static KSIMD_INLINE size_t TN(cmp2s_whole)(uint8_t *m, const T *a, VT vs, size_t n, VM (*pred)(VT, VT),
                                           VT (*ld)(const T *))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) MN(v_mask_store)(m + i, pred(ld(a + i), vs));
    return i;
}

static KSIMD_INLINE size_t TN(cmp1_whole)(uint8_t *m, const T *a, size_t n, VM (*pred)(VT), VT (*ld)(const T *))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) MN(v_mask_store)(m + i, pred(ld(a + i)));
    return i;
}

/* mask[i] = pred(a[i], b[i]); arrays past L2 load with v_load_far. */
static KSIMD_INLINE void TN(cmp2)(uint8_t *m, const T *a, const T *b, size_t n, VM (*pred)(VT, VT))
{
    size_t i = n * sizeof(T) >= KSIMD_FAR_BYTES ? TN(cmp2_whole)(m, a, b, n, pred, TN(v_load_far))
                                                : TN(cmp2_whole)(m, a, b, n, pred, TN(v_load));
    size_t r = n - i;
    if (r) MN(v_mask_store_n)(m + i, pred(TN(v_load_n)(a + i, r, a[i]), TN(v_load_n)(b + i, r, b[i])), r);
}

/* mask[i] = pred(a[i], s) */
static KSIMD_INLINE void TN(cmp2s)(uint8_t *m, const T *a, T s, size_t n, VM (*pred)(VT, VT))
{
    VT vs = TN(v_set1)(s);
    size_t i = n * sizeof(T) >= KSIMD_FAR_BYTES ? TN(cmp2s_whole)(m, a, vs, n, pred, TN(v_load_far))
                                                : TN(cmp2s_whole)(m, a, vs, n, pred, TN(v_load));
    size_t r = n - i;
    if (r) MN(v_mask_store_n)(m + i, pred(TN(v_load_n)(a + i, r, a[i]), vs), r);
}

/* mask[i] = pred(a[i]) */
static KSIMD_INLINE void TN(cmp1)(uint8_t *m, const T *a, size_t n, VM (*pred)(VT))
{
    size_t i = n * sizeof(T) >= KSIMD_FAR_BYTES ? TN(cmp1_whole)(m, a, n, pred, TN(v_load_far))
                                                : TN(cmp1_whole)(m, a, n, pred, TN(v_load));
    size_t r = n - i;
    if (r) MN(v_mask_store_n)(m + i, pred(TN(v_load_n)(a + i, r, a[i])), r);
}

/* One loop per predicate: the switch runs once per call, never per vector.
 * The entry point has rejected values outside ksimd_cmp. */
static KSIMD_INLINE void TN(cmp_op)(uint8_t *m, const T *a, const T *b, ksimd_cmp op, size_t n)
{
    switch (op) {
    case KSIMD_LT:
        TN(cmp2)(m, a, b, n, TN(v_lt_mask));
        break;
    case KSIMD_LE:
        TN(cmp2)(m, a, b, n, TN(v_le_mask));
        break;
    case KSIMD_GT:
        TN(cmp2)(m, a, b, n, TN(v_gt_mask));
        break;
    case KSIMD_GE:
        TN(cmp2)(m, a, b, n, TN(v_ge_mask));
        break;
    case KSIMD_EQ:
        TN(cmp2)(m, a, b, n, TN(v_eq_mask));
        break;
    case KSIMD_NE:
        TN(cmp2)(m, a, b, n, TN(v_ne_mask));
        break;
    }
}

static KSIMD_INLINE void TN(cmp_scalar_op)(uint8_t *m, const T *a, T s, ksimd_cmp op, size_t n)
{
    switch (op) {
    case KSIMD_LT:
        TN(cmp2s)(m, a, s, n, TN(v_lt_mask));
        break;
    case KSIMD_LE:
        TN(cmp2s)(m, a, s, n, TN(v_le_mask));
        break;
    case KSIMD_GT:
        TN(cmp2s)(m, a, s, n, TN(v_gt_mask));
        break;
    case KSIMD_GE:
        TN(cmp2s)(m, a, s, n, TN(v_ge_mask));
        break;
    case KSIMD_EQ:
        TN(cmp2s)(m, a, s, n, TN(v_eq_mask));
        break;
    case KSIMD_NE:
        TN(cmp2s)(m, a, s, n, TN(v_ne_mask));
        break;
    }
}

/* The whole vectors of where, a and b loaded by ld; returns the elements done. */
static KSIMD_INLINE size_t TN(where_whole)(T *d, const uint8_t *m, const T *a, const T *b, size_t n,
                                           VT (*ld)(const T *))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_select)(MN(v_mask_load)(m + i), ld(a + i), ld(b + i)));
    return i;
}

/* d[i] = mask[i] ? a[i] : b[i]; arrays past L2 load with v_load_far. */
static KSIMD_INLINE void TN(where_loop)(T *d, const uint8_t *m, const T *a, const T *b, size_t n)
{
    size_t i = n * sizeof(T) >= KSIMD_FAR_BYTES ? TN(where_whole)(d, m, a, b, n, TN(v_load_far))
                                                : TN(where_whole)(d, m, a, b, n, TN(v_load));
    size_t r = n - i;
    if (r) {
        VM k = MN(v_mask_load_n)(m + i, r);
        TN(v_store_n)(d + i, TN(v_select)(k, TN(v_load_n)(a + i, r, a[i]), TN(v_load_n)(b + i, r, b[i])), r);
    }
}

/* d[0, count) = the a[i] with mask[i] true, in order; returns count.
 *
 * Each vector is left-packed in a register (v_compress) and stored at the
 * output cursor k, so in place (d == a) works too: k <= i, and a store
 * never reaches an element not yet loaded. The store, by the table's
 * KSIMD_COMPRESS_MASKED(sizeof(T), n):
 *  - 1: masked, just the selected lanes (where masked stores are cheap);
 *  - 0: counting the true bytes first lets most of those stores be whole
 *    vectors. A store at k writes d[k, k + KVL), and while
 *    k + KVL <= count, the lanes past this vector's selection land where
 *    later vectors' selections will be written, so nothing stays beyond
 *    count. Only the last few stores are partial. The extra pass reads n
 *    bytes, a small fraction of the n * sizeof(T) that follow. */
static KSIMD_INLINE size_t TN(compress_loop)(T *d, const T *a, const uint8_t *m, size_t n)
{
    const int masked = KSIMD_COMPRESS_MASKED(sizeof(T), n);
    size_t count = masked ? n : mask_count_true(m, n), k = 0, i = 0;
    for (; i + KVL <= n; i += KVL) {
        VM sel = MN(v_mask_load)(m + i);
        VT packed = TN(v_compress)(TN(v_load)(a + i), sel);
        size_t got = MN(v_mask_count)(sel);
        if (!masked && k + KVL <= count)
            TN(v_store)(d + k, packed);
        else
            TN(v_store_n)(d + k, packed, got);
        k += got;
    }
    size_t r = n - i;
    if (r) {
        VM sel = MN(v_mask_load_n)(m + i, r);
        TN(v_store_n)(d + k, TN(v_compress)(TN(v_load_n)(a + i, r, a[i]), sel), MN(v_mask_count)(sel));
        k += MN(v_mask_count)(sel);
    }
    return k;
}

#undef MN
