/* Elementwise loop skeletons for one element type. map.h includes this file
 * once per type with KT (type suffix), T (C type), VT (vector type) and KVL
 * (lanes) defined; TN(map2) is then map2_f64 and so on. The op is a
 * vocabulary function passed by name: always_inline lets the compiler see
 * through the pointer, so each kernel compiles to a plain vector loop.
 *
 * Every skeleton runs: a partial head vector (only when streaming, to align
 * dst for non-temporal stores), whole vectors, a partial tail vector. The
 * partial parts use v_load_n/v_store_n, which never touch memory outside
 * [0, n). Streaming changes the store instruction, never a result. */

#define TN(name) KSIMD_PASTE(name, , KT)

static KSIMD_INLINE void TN(v_put)(T *p, VT v, int stream)
{
    if (stream)
        TN(v_stream)(p, v);
    else
        TN(v_store)(p, v);
}

/* dst[i] = op(a[i]) */
static KSIMD_INLINE void TN(map1_n)(T *d, const T *a, size_t r, VT (*op)(VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r)), r);
}
static KSIMD_INLINE void TN(map1)(T *d, const T *a, size_t n, VT (*op)(VT))
{
    struct ksimd_span s = ksimd_span(d, n, sizeof(T), 2);
    TN(map1_n)(d, a, s.head, op);
    size_t i = s.head;
    for (; i + KVL <= n; i += KVL) TN(v_put)(d + i, op(TN(v_load)(a + i)), s.stream);
    TN(map1_n)(d + i, a + i, n - i, op);
    if (s.stream) v_stream_fence();
}

/* dst[i] = op(a[i], b[i]) */
static KSIMD_INLINE void TN(map2_n)(T *d, const T *a, const T *b, size_t r, VT (*op)(VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r), TN(v_load_n)(b, r)), r);
}
static KSIMD_INLINE void TN(map2)(T *d, const T *a, const T *b, size_t n, VT (*op)(VT, VT))
{
    struct ksimd_span s = ksimd_span(d, n, sizeof(T), 3);
    TN(map2_n)(d, a, b, s.head, op);
    size_t i = s.head;
    for (; i + KVL <= n; i += KVL) TN(v_put)(d + i, op(TN(v_load)(a + i), TN(v_load)(b + i)), s.stream);
    TN(map2_n)(d + i, a + i, b + i, n - i, op);
    if (s.stream) v_stream_fence();
}

/* dst[i] = op(a[i], s) */
static KSIMD_INLINE void TN(map2s_n)(T *d, const T *a, VT vs, size_t r, VT (*op)(VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r), vs), r);
}
static KSIMD_INLINE void TN(map2s)(T *d, const T *a, T s, size_t n, VT (*op)(VT, VT))
{
    VT vs = TN(v_set1)(s);
    struct ksimd_span sp = ksimd_span(d, n, sizeof(T), 2);
    TN(map2s_n)(d, a, vs, sp.head, op);
    size_t i = sp.head;
    for (; i + KVL <= n; i += KVL) TN(v_put)(d + i, op(TN(v_load)(a + i), vs), sp.stream);
    TN(map2s_n)(d + i, a + i, vs, n - i, op);
    if (sp.stream) v_stream_fence();
}

/* dst[i] = op(a[i], b[i], c[i]) */
static KSIMD_INLINE void TN(map3_n)(T *d, const T *a, const T *b, const T *c, size_t r,
                                    VT (*op)(VT, VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r), TN(v_load_n)(b, r), TN(v_load_n)(c, r)), r);
}
static KSIMD_INLINE void TN(map3)(T *d, const T *a, const T *b, const T *c, size_t n,
                                  VT (*op)(VT, VT, VT))
{
    struct ksimd_span s = ksimd_span(d, n, sizeof(T), 4);
    TN(map3_n)(d, a, b, c, s.head, op);
    size_t i = s.head;
    for (; i + KVL <= n; i += KVL)
        TN(v_put)(d + i, op(TN(v_load)(a + i), TN(v_load)(b + i), TN(v_load)(c + i)), s.stream);
    TN(map3_n)(d + i, a + i, b + i, c + i, n - i, op);
    if (s.stream) v_stream_fence();
}

/* dst[i] = op(a[i], s, t) */
static KSIMD_INLINE void TN(map3ss_n)(T *d, const T *a, VT vs, VT vt, size_t r, VT (*op)(VT, VT, VT))
{
    if (r) TN(v_store_n)(d, op(TN(v_load_n)(a, r), vs, vt), r);
}
static KSIMD_INLINE void TN(map3ss)(T *d, const T *a, T s, T t, size_t n, VT (*op)(VT, VT, VT))
{
    VT vs = TN(v_set1)(s), vt = TN(v_set1)(t);
    struct ksimd_span sp = ksimd_span(d, n, sizeof(T), 2);
    TN(map3ss_n)(d, a, vs, vt, sp.head, op);
    size_t i = sp.head;
    for (; i + KVL <= n; i += KVL) TN(v_put)(d + i, op(TN(v_load)(a + i), vs, vt), sp.stream);
    TN(map3ss_n)(d + i, a + i, vs, vt, n - i, op);
    if (sp.stream) v_stream_fence();
}

/* Derived vocabulary every type shares. */
static inline VT TN(v_square)(VT a) { return TN(v_mul)(a, a); }
static inline VT TN(v_axpb)(VT x, VT a, VT b) { return TN(v_add)(TN(v_mul)(x, a), b); }

#undef TN
