/* Python floor division and modulo of signed lanes by one divisor d != 0,
 * for one integer type (elementwise.c instantiates it through
 * foreach_type.h for i32 and i64, after including divisor.h).
 *
 * With m = |d| and s the all-ones lanes whose quotient is negative,
 *     floor(a / d) = s ^ ((s ^ b) / m),   b = (d < 0 ? -a : a)  (wrapping)
 * because for b < 0, floor(b / m) = ~(~b / m) and ~b = -b - 1 >= 0. The
 * sign test s = (d < 0 ? a > 0 : a < 0) is made on a, not on b, since -MIN
 * wraps to MIN: read unsigned it is 2^(N-1), the true |a|. The unsigned
 * division is divisor.h's multiply-and-shift, so no lane ever divides.
 *
 * Two faster paths, chosen once per call:
 *   - d = 2^k > 0: a // d = s ^ ((s ^ a) >> k) with s as above, and a % d
 *     = a & (d - 1) (two's complement makes that the floor remainder);
 *   - int64 with |d| < 2^51, on vectors (whose 64-bit multiplies are
 *     emulated, or slow on AVX-512's port 0: mod_scalar_i64 went from 1.68
 *     to 0.33 ns/element on Sapphire Rapids, kbench at 64 Ki): for
 *     each vector whose lanes all have |a| < 2^51, in double precision. With
 *     x = a * sign(d) and m = |d| (both exact), the product x * (1/m) is
 *     within |x / m| * 2^-52 < 1 / (2m) of x / m. A quotient that is not
 *     an integer lies at least 1/m below the next one, so q = floor(x *
 *     (1/m)) is exact, except that an exact quotient k may come out just
 *     below k: then r = x - q * m (exact: every value is an integer below
 *     2^52) equals m, and one step makes q = k, r = 0. floor(a / d) = q and
 *     a mod d = r * sign(d). A vector with a larger lane takes the
 *     multiply-and-shift path. */

#if !defined(KT) || !defined(T) || !defined(UT) || !defined(VT) || !defined(KVL) || !defined(TN)
#error "floordiv_t.h needs KT, T, UT, VT, KVL and TN: instantiate it through foreach_type.h"
#endif

/* divisor.h's unsigned divisor of T's width: struct DIVT, DIVMAKE(m). */
#define KFDIV_UDIV_i32 ksimd_udiv32
#define KFDIV_UDIV_i64 ksimd_udiv64
#define DIVT KSIMD_CAT(KFDIV_UDIV_, KT)
#define DIVMAKE KSIMD_CAT(DIVT, _make)

/* Whether T takes the double-precision path. */
#define KFDIV_F64_i32 0
#define KFDIV_F64_i64 1
#define KFDIV_F64 KSIMD_CAT(KFDIV_F64_, KT)
/* Below this, int64 and quotients convert exactly (v_cvt_f64_i64). */
#define KFDIV_F64_LIMIT ((int64_t)1 << 51)

#ifndef KSIMD_FDIV_PATHS
#define KSIMD_FDIV_PATHS
enum { FDIV_GENERAL, FDIV_SMALL, FDIV_POW2, FDIV_F64 };
#endif

struct TN(fdiv) {
    VT d, dsign, ndsign, magic, addmask, lowmask;
    unsigned a1, sh;
    vf64 m, minv, sign; /* FDIV_F64: |d|, 1 / |d|, sign(d) */
};

/* |d| as the unsigned divisor divisor.h decodes (an expression decodes it
 * once, at compile time). */
static inline UT TN(fdiv_abs)(T d) { return d < 0 ? (UT)0 - (UT)d : (UT)d; }

/* u is DIVMAKE(fdiv_abs(d)). */
static inline struct TN(fdiv) TN(fdiv_of)(T d, struct DIVT u)
{
    UT m = TN(fdiv_abs)(d);
    struct TN(fdiv) f = {TN(v_set1)(d),
                         TN(v_set1)(d < 0 ? -1 : 0),
                         TN(v_set1)(d < 0 ? 0 : -1),
                         TN(v_set1)((T)u.magic),
                         TN(v_set1)((T)u.addmask),
                         TN(v_set1)((T)((UT)d - 1)), /* d - 1 would overflow for d = MIN */
                         u.a1,
                         u.sh,
                         v_set1_f64((double)m),
                         v_set1_f64(1.0 / (double)m),
                         v_set1_f64(d < 0 ? -1.0 : 1.0)};
    return f;
}

static inline struct TN(fdiv) TN(fdiv_make)(T d) { return TN(fdiv_of)(d, DIVMAKE(TN(fdiv_abs)(d))); }

/* small and mod are constants after inlining, so each kernel gets a loop
 * specialised for the common 0 < d < 2^32: four ops fewer for b, s and the
 * product q * d where 64-bit multiplies are emulated. */
static KSIMD_INLINE VT TN(v_floordivmod)(VT a, const struct TN(fdiv) * f, int small, int mod)
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

static KSIMD_INLINE VT TN(v_floordivmod_pow2)(VT a, const struct TN(fdiv) * f, int mod)
{
    if (mod) return TN(v_and)(a, f->lowmask);
    VT s = TN(v_mask_to)(TN(v_gt_mask)(TN(v_set1)(0), a));
    return TN(v_xor)(TN(v_srl)(TN(v_xor)(a, s), f->sh), s);
}

#if KFDIV_F64
static KSIMD_INLINE VT TN(v_floordivmod_f64)(VT a, const struct TN(fdiv) * f, int mod)
{
    VT high = TN(v_srl)(TN(v_add)(a, TN(v_set1)(KFDIV_F64_LIMIT)), 52);
    if (v_mask_any_m64(TN(v_gt_mask)(high, TN(v_set1)(0)))) return TN(v_floordivmod)(a, f, 0, mod);
    vf64 x = v_mul_f64(v_cvt_f64_i64(a), f->sign), one = v_set1_f64(1.0);
    vf64 q = v_floor_f64(v_mul_f64(x, f->minv));
    vf64 r = v_sub_f64(x, v_mul_f64(q, f->m));
    vm64 under = v_ge_mask_f64(r, f->m);
    if (mod) return v_cvt_i64_f64(v_mul_f64(v_select_f64(under, v_sub_f64(r, f->m), r), f->sign));
    return v_cvt_i64_f64(v_select_f64(under, v_add_f64(q, one), q));
}
#endif

static KSIMD_INLINE VT TN(v_fdiv)(VT a, const struct TN(fdiv) * f, int path, int mod)
{
#if KFDIV_F64
    if (path == FDIV_F64) return TN(v_floordivmod_f64)(a, f, mod);
#endif
    if (path == FDIV_POW2) return TN(v_floordivmod_pow2)(a, f, mod);
    return TN(v_floordivmod)(a, f, path == FDIV_SMALL, mod);
}

static KSIMD_INLINE void TN(mapdiv_by)(T *dst, const T *a, const struct TN(fdiv) * f, size_t n, int path, int mod)
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(dst + i, TN(v_fdiv)(TN(v_load)(a + i), f, path, mod));
    if (i < n) TN(v_store_n)(dst + i, TN(v_fdiv)(TN(v_load_n)(a + i, n - i, a[i]), f, path, mod), n - i);
}

/* The fastest path that is exact for d. */
static inline int TN(fdiv_path)(T d)
{
    int path = d > 0 && (uint64_t)d >> 32 == 0 ? FDIV_SMALL : FDIV_GENERAL;
#if KFDIV_F64
    /* On one lane (the scalar table) the 64-bit multiply is native. */
    if (VL_I64 > 1 && d > -KFDIV_F64_LIMIT && d < KFDIV_F64_LIMIT) path = FDIV_F64;
#endif
    if (d > 0 && (d & (d - 1)) == 0) path = FDIV_POW2;
    return path;
}

/* dst[i] = mod ? a[i] mod d : a[i] // d, Python semantics; d != 0; f is
 * fdiv_make(d). One call per path, so each loop is specialised for it. */
static KSIMD_INLINE void TN(mapdiv_with)(T *dst, const T *a, const struct TN(fdiv) * fp, T d, size_t n, int mod)
{
    switch (TN(fdiv_path)(d)) {
    case FDIV_POW2:
        TN(mapdiv_by)(dst, a, fp, n, FDIV_POW2, mod);
        break;
    case FDIV_F64:
        TN(mapdiv_by)(dst, a, fp, n, FDIV_F64, mod);
        break;
    case FDIV_SMALL:
        TN(mapdiv_by)(dst, a, fp, n, FDIV_SMALL, mod);
        break;
    default:
        TN(mapdiv_by)(dst, a, fp, n, FDIV_GENERAL, mod);
    }
}

static KSIMD_INLINE void TN(mapdiv)(T *dst, const T *a, T d, size_t n, int mod)
{
    struct TN(fdiv) f = TN(fdiv_make)(d);
    TN(mapdiv_with)(dst, a, &f, d, n, mod);
}

#undef KFDIV_F64_LIMIT
#undef KFDIV_F64
#undef KFDIV_F64_i64
#undef KFDIV_F64_i32
#undef DIVMAKE
#undef DIVT
#undef KFDIV_UDIV_i64
#undef KFDIV_UDIV_i32
