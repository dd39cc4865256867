/* Python floor division and modulo of signed lanes by one divisor d != 0,
 * for one integer type (included by elementwise.c with KT, T, UT, VT, KVL,
 * DIVT and DIVMAKE defined).
 *
 * With m = |d| and s the all-ones lanes whose quotient is negative,
 *     floor(a / d) = s ^ ((s ^ b) / m),   b = (d < 0 ? -a : a)  (wrapping)
 * because for b < 0, floor(b / m) = ~(~b / m) and ~b = -b - 1 >= 0. The
 * sign test s = (d < 0 ? a > 0 : a < 0) is made on a, not on b, since -MIN
 * wraps to MIN: read unsigned it is 2^(N-1), the true |a|. The unsigned
 * division is divisor.h's multiply-and-shift, so no lane ever divides. */

#define TN(name) KSIMD_PASTE(name, , KT)

struct TN(fdiv) {
    VT d, dsign, ndsign, magic, addmask;
    unsigned a1, sh;
};

static inline struct TN(fdiv) TN(fdiv_make)(T d)
{
    UT m = d < 0 ? (UT)0 - (UT)d : (UT)d;
    struct DIVT u = DIVMAKE(m);
    struct TN(fdiv) f = {TN(vset1)(d),         TN(vset1)(d < 0 ? -1 : 0), TN(vset1)(d < 0 ? 0 : -1),
                         TN(vset1)((T)u.magic), TN(vset1)((T)u.addmask),  u.a1, u.sh};
    return f;
}

static inline VT TN(vfloordiv)(VT a, const struct TN(fdiv) *f)
{
    VT b = TN(vsub)(TN(vxor)(a, f->dsign), f->dsign);
    VT s = TN(vcmpgt)(TN(vand)(a, f->dsign), TN(vand)(a, f->ndsign));
    VT x = TN(vxor)(b, s);
    VT t = TN(vmulhiu)(x, f->magic);
    VT fix = TN(vand)(TN(vsrl)(TN(vsub)(x, t), f->a1), f->addmask);
    return TN(vxor)(TN(vsrl)(TN(vadd)(t, fix), f->sh), s);
}

/* a - floor(a / d) * d: has the sign of d, as in Python. */
static inline VT TN(vfloormod)(VT a, const struct TN(fdiv) *f)
{
    return TN(vsub)(a, TN(vmul)(TN(vfloordiv)(a, f), f->d));
}

static KSIMD_INLINE void TN(mapdiv)(T *dst, const T *a, T d, size_t n,
                                    VT (*op)(VT, const struct TN(fdiv) *))
{
    struct TN(fdiv) f = TN(fdiv_make)(d);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(vstore)(dst + i, op(TN(vload)(a + i), &f));
    if (i < n) TN(vstore_n)(dst + i, op(TN(vload_n)(a + i, n - i), &f), n - i);
}

#undef TN
