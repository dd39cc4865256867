/* Elementwise loop skeletons for one element type, instantiated by map.h
 * through foreach_type.h: TN(map2) is then map2_f64 and so on. The op is a
 * vocabulary function passed by name: always_inline lets the compiler see
 * through the pointer, so each kernel compiles to a plain vector loop.
 *
 * Every skeleton runs: a partial head vector (only when streaming, to align
 * dst for non-temporal stores), whole vectors, a partial tail vector. The
 * partial parts use v_load_n/v_store_n, which never touch memory outside
 * [0, n). The unused lanes of a partial vector are copies of its first
 * element (of each input, at the same index), so the op computes nothing
 * there that it does not also compute on a real element: no floating-point
 * flag (0/0, log(0), 0 * inf) can come from padding. Streaming changes the
 * store and load instructions (v_stream, v_load_far), never a result. The
 * whole vectors of outputs of KSIMD_PREFETCH_MIN_BYTES or more go two at a
 * time with the output prefetched KSIMD_PREFETCH_OUT bytes ahead, unless
 * streaming (a prefetch would pull the lines the non-temporal stores are
 * meant to bypass). Smaller calls keep the one-vector loop: in L1 the
 * two-vector one cost add_f64 15% at 1 Ki.
 *
 * Per skeleton, mapX_at(..., k) is the result vector for elements
 * [k, k + KVL) and mapX_n the partial vector of r elements; the loops
 * themselves are spelled out in each. */
#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "map_t.h needs KT, T, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

/* From here up, outputs are fetched ahead (a quarter of a 512 KiB L2). */
#define KSIMD_PREFETCH_MIN_BYTES ((size_t)128 << 10)

static KSIMD_INLINE void TN(v_put)(T *p, VT v, int stream)
{
    if (stream)
        TN(v_stream)(p, v);
    else
        TN(v_store)(p, v);
}

/* Fetches the output lines one step (two vectors) needs, KSIMD_PREFETCH_OUT
 * bytes ahead; through uintptr_t, since the address may lie past the array
 * (a prefetch never faults, pointer arithmetic out of bounds would be UB). */
static KSIMD_INLINE void TN(prefetch_out)(const T *p)
{
#if KSIMD_PREFETCH_OUT
    for (size_t o = 0; o < 2 * KVL * sizeof(T); o += 64)
        __builtin_prefetch((const void *)((uintptr_t)p + KSIMD_PREFETCH_OUT + o), 1, 3);
#else
    (void)p;
#endif
}

/* Whether the whole vectors from i on go two at a time with the output
 * prefetched (see the top of this file). */
static KSIMD_INLINE int TN(map_prefetching)(size_t i, size_t n, int stream)
{
#if KSIMD_PREFETCH_OUT
    return !stream && (n - i) * sizeof(T) >= KSIMD_PREFETCH_MIN_BYTES;
#else
    (void)i, (void)n, (void)stream;
    return 0;
#endif
}

/* The end of the whole vectors from i on: the loops compare i with it, one
 * compare per vector (i + KVL <= n costs a move and an add more). */
static KSIMD_INLINE size_t TN(whole_end)(size_t i, size_t n) { return i + (n - i) / KVL * KVL; }

/* dst[i] = op(a[i]) */
static KSIMD_INLINE VT TN(map1_at)(const T *a, size_t k, VT (*op)(VT), VT (*ld)(const T *)) { return op(ld(a + k)); }
static KSIMD_INLINE void TN(map1_n)(T *d, const T *a, size_t r, VT (*op)(VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r, a[0])), r);
}
static KSIMD_INLINE void TN(map1_of)(T *d, const T *a, size_t n, size_t total, VT (*op)(VT))
{
    struct ksimd_span s = ksimd_span(d, n, total, sizeof(T), 2);
    TN(map1_n)(d, a, s.head, op);
    size_t i = s.head;
    if (TN(map_prefetching)(i, n, s.stream))
        for (; i + 2 * KVL <= n; i += 2 * KVL) {
            TN(prefetch_out)(d + i);
            VT r0 = TN(map1_at)(a, i, op, TN(v_load)), r1 = TN(map1_at)(a, i + KVL, op, TN(v_load));
            TN(v_store)(d + i, r0);
            TN(v_store)(d + i + KVL, r1);
        }
    if (s.stream)
        for (size_t e = TN(whole_end)(i, n); i < e; i += KVL)
            TN(v_stream)(d + i, TN(map1_at)(a, i, op, TN(v_load_far)));
    for (size_t e = TN(whole_end)(i, n); i < e; i += KVL) TN(v_store)(d + i, TN(map1_at)(a, i, op, TN(v_load)));
    TN(map1_n)(d + i, a + i, n - i, op);
    if (s.stream) v_stream_fence();
}
static KSIMD_INLINE void TN(map1)(T *d, const T *a, size_t n, VT (*op)(VT)) { TN(map1_of)(d, a, n, n, op); }

/* dst[i] = op(a[i], b[i]) */
static KSIMD_INLINE VT TN(map2_at)(const T *a, const T *b, size_t k, VT (*op)(VT, VT), VT (*ld)(const T *))
{
    return op(ld(a + k), ld(b + k));
}
static KSIMD_INLINE void TN(map2_n)(T *d, const T *a, const T *b, size_t r, VT (*op)(VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r, a[0]), TN(v_load_n)(b, r, b[0])), r);
}
static KSIMD_INLINE void TN(map2_of)(T *d, const T *a, const T *b, size_t n, size_t total, VT (*op)(VT, VT))
{
    struct ksimd_span s = ksimd_span(d, n, total, sizeof(T), 3);
    TN(map2_n)(d, a, b, s.head, op);
    size_t i = s.head;
    if (TN(map_prefetching)(i, n, s.stream))
        for (; i + 2 * KVL <= n; i += 2 * KVL) {
            TN(prefetch_out)(d + i);
            VT r0 = TN(map2_at)(a, b, i, op, TN(v_load)), r1 = TN(map2_at)(a, b, i + KVL, op, TN(v_load));
            TN(v_store)(d + i, r0);
            TN(v_store)(d + i + KVL, r1);
        }
    if (s.stream)
        for (size_t e = TN(whole_end)(i, n); i < e; i += KVL)
            TN(v_stream)(d + i, TN(map2_at)(a, b, i, op, TN(v_load_far)));
    for (size_t e = TN(whole_end)(i, n); i < e; i += KVL) TN(v_store)(d + i, TN(map2_at)(a, b, i, op, TN(v_load)));
    TN(map2_n)(d + i, a + i, b + i, n - i, op);
    if (s.stream) v_stream_fence();
}
static KSIMD_INLINE void TN(map2)(T *d, const T *a, const T *b, size_t n, VT (*op)(VT, VT))
{
    TN(map2_of)(d, a, b, n, n, op);
}

/* dst[i] = op(a[i], s) */
static KSIMD_INLINE VT TN(map2s_at)(const T *a, VT vs, size_t k, VT (*op)(VT, VT), VT (*ld)(const T *))
{
    return op(ld(a + k), vs);
}
static KSIMD_INLINE void TN(map2s_n)(T *d, const T *a, VT vs, size_t r, VT (*op)(VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r, a[0]), vs), r);
}
static KSIMD_INLINE void TN(map2s_of)(T *d, const T *a, T s, size_t n, size_t total, VT (*op)(VT, VT))
{
    VT vs = TN(v_set1)(s);
    struct ksimd_span sp = ksimd_span(d, n, total, sizeof(T), 2);
    TN(map2s_n)(d, a, vs, sp.head, op);
    size_t i = sp.head;
    if (TN(map_prefetching)(i, n, sp.stream))
        for (; i + 2 * KVL <= n; i += 2 * KVL) {
            TN(prefetch_out)(d + i);
            VT r0 = TN(map2s_at)(a, vs, i, op, TN(v_load)), r1 = TN(map2s_at)(a, vs, i + KVL, op, TN(v_load));
            TN(v_store)(d + i, r0);
            TN(v_store)(d + i + KVL, r1);
        }
    if (sp.stream)
        for (size_t e = TN(whole_end)(i, n); i < e; i += KVL)
            TN(v_stream)(d + i, TN(map2s_at)(a, vs, i, op, TN(v_load_far)));
    for (size_t e = TN(whole_end)(i, n); i < e; i += KVL) TN(v_store)(d + i, TN(map2s_at)(a, vs, i, op, TN(v_load)));
    TN(map2s_n)(d + i, a + i, vs, n - i, op);
    if (sp.stream) v_stream_fence();
}
static KSIMD_INLINE void TN(map2s)(T *d, const T *a, T s, size_t n, VT (*op)(VT, VT))
{
    TN(map2s_of)(d, a, s, n, n, op);
}

/* dst[i] = op(a[i], b[i], c[i]) */
static KSIMD_INLINE VT TN(map3_at)(const T *a, const T *b, const T *c, size_t k, VT (*op)(VT, VT, VT),
                                   VT (*ld)(const T *))
{
    return op(ld(a + k), ld(b + k), ld(c + k));
}
static KSIMD_INLINE void TN(map3_n)(T *d, const T *a, const T *b, const T *c, size_t r, VT (*op)(VT, VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r, a[0]), TN(v_load_n)(b, r, b[0]), TN(v_load_n)(c, r, c[0])), r);
}
static KSIMD_INLINE void TN(map3)(T *d, const T *a, const T *b, const T *c, size_t n, VT (*op)(VT, VT, VT))
{
    struct ksimd_span s = ksimd_span(d, n, n, sizeof(T), 4);
    TN(map3_n)(d, a, b, c, s.head, op);
    size_t i = s.head;
    if (TN(map_prefetching)(i, n, s.stream))
        for (; i + 2 * KVL <= n; i += 2 * KVL) {
            TN(prefetch_out)(d + i);
            VT r0 = TN(map3_at)(a, b, c, i, op, TN(v_load)), r1 = TN(map3_at)(a, b, c, i + KVL, op, TN(v_load));
            TN(v_store)(d + i, r0);
            TN(v_store)(d + i + KVL, r1);
        }
    if (s.stream)
        for (size_t e = TN(whole_end)(i, n); i < e; i += KVL)
            TN(v_stream)(d + i, TN(map3_at)(a, b, c, i, op, TN(v_load_far)));
    for (size_t e = TN(whole_end)(i, n); i < e; i += KVL) TN(v_store)(d + i, TN(map3_at)(a, b, c, i, op, TN(v_load)));
    TN(map3_n)(d + i, a + i, b + i, c + i, n - i, op);
    if (s.stream) v_stream_fence();
}

/* dst[i] = op(a[i], s, t) */
static KSIMD_INLINE VT TN(map3ss_at)(const T *a, VT vs, VT vt, size_t k, VT (*op)(VT, VT, VT), VT (*ld)(const T *))
{
    return op(ld(a + k), vs, vt);
}
static KSIMD_INLINE void TN(map3ss_n)(T *d, const T *a, VT vs, VT vt, size_t r, VT (*op)(VT, VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r, a[0]), vs, vt), r);
}
static KSIMD_INLINE void TN(map3ss)(T *d, const T *a, T s, T t, size_t n, VT (*op)(VT, VT, VT))
{
    VT vs = TN(v_set1)(s), vt = TN(v_set1)(t);
    struct ksimd_span sp = ksimd_span(d, n, n, sizeof(T), 2);
    TN(map3ss_n)(d, a, vs, vt, sp.head, op);
    size_t i = sp.head;
    if (TN(map_prefetching)(i, n, sp.stream))
        for (; i + 2 * KVL <= n; i += 2 * KVL) {
            TN(prefetch_out)(d + i);
            VT r0 = TN(map3ss_at)(a, vs, vt, i, op, TN(v_load)), r1 = TN(map3ss_at)(a, vs, vt, i + KVL, op, TN(v_load));
            TN(v_store)(d + i, r0);
            TN(v_store)(d + i + KVL, r1);
        }
    if (sp.stream)
        for (size_t e = TN(whole_end)(i, n); i < e; i += KVL)
            TN(v_stream)(d + i, TN(map3ss_at)(a, vs, vt, i, op, TN(v_load_far)));
    for (size_t e = TN(whole_end)(i, n); i < e; i += KVL)
        TN(v_store)(d + i, TN(map3ss_at)(a, vs, vt, i, op, TN(v_load)));
    TN(map3ss_n)(d + i, a + i, vs, vt, n - i, op);
    if (sp.stream) v_stream_fence();
}

/* Derived vocabulary every type shares. */
static inline VT TN(v_square)(VT a) { return TN(v_mul)(a, a); }
static inline VT TN(v_axpb)(VT x, VT a, VT b) { return TN(v_add)(TN(v_mul)(x, a), b); }
