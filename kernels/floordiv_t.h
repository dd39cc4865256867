/* Python floor division and modulo of signed lanes by one divisor d != 0,
 * for one integer type (elementwise.c instantiates it through
 * foreach_type.h for i32 and i64, after including divisor.h).
 *
 * With m = |d| and s the all-ones lanes whose quotient is negative,
 *     floor(a / d) = s ^ ((s ^ b) / m),   b = (d < 0 ? -a : a)  (wrapping)
 * because for b < 0, floor(b / m) = ~(~b / m) and ~b = -b - 1 >= 0. The
 * sign test s = (d < 0 ? a > 0 : a < 0) is made on a, not on b, since -MIN
 * wraps to MIN: read unsigned it is 2^(N-1), the true |a|. The unsigned
 * division is divisor.h's multiply-and-shift, so no lane ever divides. */

#if !defined(KT) || !defined(T) || !defined(UT) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "floordiv_t.h needs KT, T, UT, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

/* divisor.h's unsigned divisor of T's width: struct DIVT, DIVMAKE(m). */
#define KFDIV_UDIV_i32 ksimd_udiv32
#define KFDIV_UDIV_i64 ksimd_udiv64
#define DIVT KSIMD_CAT(KFDIV_UDIV_, KT)
#define DIVMAKE KSIMD_CAT(DIVT, _make)

struct TN(fdiv) {
    VT d, dsign, ndsign, magic, addmask;
    unsigned a1, sh;
};

static inline struct TN(fdiv) TN(fdiv_make)(T d)
{
    UT m = d < 0 ? (UT)0 - (UT)d : (UT)d;
    struct DIVT u = DIVMAKE(m);
    struct TN(fdiv) f = {TN(v_set1)(d),         TN(v_set1)(d < 0 ? -1 : 0), TN(v_set1)(d < 0 ? 0 : -1),
                         TN(v_set1)((T)u.magic), TN(v_set1)((T)u.addmask),  u.a1, u.sh};
    return f;
}

/* small and mod are constants after inlining, so each kernel gets a loop
 * specialised for the common 0 < d < 2^32: four ops fewer for b, s and the
 * product q * d where 64-bit multiplies are emulated. */
static KSIMD_INLINE VT TN(v_floordivmod)(VT a, const struct TN(fdiv) *f, int small, int mod)
{
    VT b = a, s = TN(v_mask_to)(TN(v_gt_mask)(TN(v_set1)(0), a));
    if (!small) {
        b = TN(v_sub)(TN(v_xor)(a, f->dsign), f->dsign);
        s = TN(v_mask_to)(TN(v_gt_mask)(TN(v_and)(a, f->dsign), TN(v_and)(a, f->ndsign)));
    }
    VT x = TN(v_xor)(b, s);
    VT t = TN(v_mulhiu)(x, f->magic);
    VT fix = TN(v_and)(TN(v_srl)(TN(v_sub)(x, t), f->a1), f->addmask);
    VT q = TN(v_xor)(TN(v_srl)(TN(v_add)(t, fix), f->sh), s);
    if (!mod) return q;
    /* a - floor(a / d) * d has the sign of d, as in Python. */
    return TN(v_sub)(a, small ? TN(v_mulsmall)(q, f->d) : TN(v_mul)(q, f->d));
}

static KSIMD_INLINE void TN(mapdiv_by)(T *dst, const T *a, const struct TN(fdiv) *f, size_t n,
                                       int small, int mod)
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(dst + i, TN(v_floordivmod)(TN(v_load)(a + i), f, small, mod));
    if (i < n) TN(v_store_n)(dst + i, TN(v_floordivmod)(TN(v_load_n)(a + i, n - i, a[i]), f, small, mod), n - i);
}

/* dst[i] = mod ? a[i] mod d : a[i] // d, Python semantics; d != 0. */
static KSIMD_INLINE void TN(mapdiv)(T *dst, const T *a, T d, size_t n, int mod)
{
    struct TN(fdiv) f = TN(fdiv_make)(d);
    if (d > 0 && (uint64_t)d >> 32 == 0)
        TN(mapdiv_by)(dst, a, &f, n, 1, mod);
    else
        TN(mapdiv_by)(dst, a, &f, n, 0, mod);
}

#undef DIVMAKE
#undef DIVT
#undef KFDIV_UDIV_i64
#undef KFDIV_UDIV_i32
