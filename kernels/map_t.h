/* Elementwise loop skeletons for one element type. map.h includes this file
 * once per type with KT (type suffix), T (C type), VT (vector type) and KVL
 * (lanes) defined; TN(map2) is then map2_f64 and so on. The op is a
 * vocabulary function passed by name: always_inline lets the compiler see
 * through the pointer, so each kernel compiles to a plain vector loop.
 * Full vectors first, then one partial vector through vload_n/vstore_n. */

#define TN(name) KSIMD_PASTE(name, , KT)

/* dst[i] = op(a[i]) */
static KSIMD_INLINE void TN(map1)(T *d, const T *a, size_t n, VT (*op)(VT))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(v_load)(a + i)));
    if (i < n) TN(v_store_n)(d + i, op(TN(v_load_n)(a + i, n - i)), n - i);
}

/* dst[i] = op(a[i], b[i]) */
static KSIMD_INLINE void TN(map2)(T *d, const T *a, const T *b, size_t n, VT (*op)(VT, VT))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(v_load)(a + i), TN(v_load)(b + i)));
    if (i < n) {
        size_t r = n - i;
        TN(v_store_n)(d + i, op(TN(v_load_n)(a + i, r), TN(v_load_n)(b + i, r)), r);
    }
}

/* dst[i] = op(a[i], s) */
static KSIMD_INLINE void TN(map2s)(T *d, const T *a, T s, size_t n, VT (*op)(VT, VT))
{
    VT vs = TN(v_set1)(s);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(v_load)(a + i), vs));
    if (i < n) TN(v_store_n)(d + i, op(TN(v_load_n)(a + i, n - i), vs), n - i);
}

/* dst[i] = op(a[i], b[i], c[i]) */
static KSIMD_INLINE void TN(map3)(T *d, const T *a, const T *b, const T *c, size_t n,
                                  VT (*op)(VT, VT, VT))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        TN(v_store)(d + i, op(TN(v_load)(a + i), TN(v_load)(b + i), TN(v_load)(c + i)));
    if (i < n) {
        size_t r = n - i;
        VT x = TN(v_load_n)(a + i, r), y = TN(v_load_n)(b + i, r), z = TN(v_load_n)(c + i, r);
        TN(v_store_n)(d + i, op(x, y, z), r);
    }
}

/* dst[i] = op(a[i], s, t) */
static KSIMD_INLINE void TN(map3ss)(T *d, const T *a, T s, T t, size_t n, VT (*op)(VT, VT, VT))
{
    VT vs = TN(v_set1)(s), vt = TN(v_set1)(t);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(v_load)(a + i), vs, vt));
    if (i < n) TN(v_store_n)(d + i, op(TN(v_load_n)(a + i, n - i), vs, vt), n - i);
}

/* Derived vocabulary every type shares. */
static inline VT TN(v_square)(VT a) { return TN(v_mul)(a, a); }
static inline VT TN(v_axpb)(VT x, VT a, VT b) { return TN(v_add)(TN(v_mul)(x, a), b); }

#undef TN
