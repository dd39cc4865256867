/* The math kernels' loops for one float type, fenced (fpflags.h) so that
 * the flags they leave are the operation's, whatever SLEEF raised on the
 * way. Instantiated by math.c through foreach_type.h.
 *
 * The work goes in blocks of KSIMD_MATH_BLOCK elements. What a block
 * raised is dropped, and a block with a result that is not a normal
 * number (NaN, an infinity, zero or subnormal: the only results that come
 * with a flag) has its flags worked out from its inputs and results by
 * math_flags. A block of normal results (the usual case) costs one flag
 * read (ksimd_fe_raised: MXCSR on x86-64) and one vectorised pass of
 * integer ops over its results, in L1. SLEEF's own flags cannot say
 * which blocks to work out: some tables make pow(-2, 2.5)'s NaN or
 * log(0)'s -inf by selects and raise nothing, and a flag set before the
 * call is not new. An in-place call keeps a copy of each block's inputs,
 * which the results overwrite. */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(VT) || !defined(TN)
#error "math_flags_t.h needs KT, T, UT, VT and TN: instantiate it through foreach_type.h"
#endif

#ifndef KSIMD_MATH_BLOCK
#define KSIMD_MATH_BLOCK 512
#endif

static inline UT TN(fl_bits)(T v)
{
    UT u;
    memcpy(&u, &v, sizeof u);
    return u;
}

/* The flags of f on inputs x and y (x again for a unary f) with results r,
 * element by element:
 *   invalid    a NaN from inputs that hold none (log(-1), sin(inf));
 *   divbyzero  an infinity from finite inputs with x = 0 (log(0), pow(0, -1));
 *   overflow   an infinity from finite inputs otherwise (exp(1000));
 *   underflow  a result below the normal range from finite inputs, unless
 *              it is exact: x = 0 (sin(0), pow(0, 2)), x = 1 (log(1)) or
 *              y = 1 (pow(x, 1) = x). Other exact tiny powers (pow(2,
 *              -1070)) are taken for inexact: a false underflow there.
 * Integer operations on the bits only, so that it raises nothing itself. */
static int TN(math_flags)(const T *x, const T *y, const T *r, size_t n)
{
    const UT mag = ~((UT)1 << (sizeof(T) * 8 - 1));
    const UT inf = TN(fl_bits)((T)INFINITY), one = TN(fl_bits)((T)1);
    const UT tiny = TN(fl_bits)(sizeof(T) == 4 ? (T)FLT_MIN : (T)DBL_MIN);
    int inv = 0, pole = 0, ovf = 0, unf = 0;
    for (size_t i = 0; i < n; i++) {
        UT ux = TN(fl_bits)(x[i]), uy = TN(fl_bits)(y[i]), ax = ux & mag, ay = uy & mag, ar = TN(fl_bits)(r[i]) & mag;
        int nan_in = (ax > inf) | (ay > inf), finite = (ax < inf) & (ay < inf), huge = (ar == inf) & finite;
        inv |= (ar > inf) & !nan_in;
        pole |= huge & (ax == 0);
        ovf |= huge & (ax != 0);
        unf |= (ar < tiny) & finite & (ax != 0) & (ux != one) & (uy != one);
    }
    return (inv ? FE_INVALID : 0) | (pole ? FE_DIVBYZERO : 0) | (ovf ? FE_OVERFLOW : 0) | (unf ? FE_UNDERFLOW : 0);
}

/* The inputs of a block as they were before the block's results could
 * overwrite them. */
static inline const T *TN(math_keep)(T *keep, const T *d, const T *in, size_t m)
{
    return d == in ? memcpy(keep, in, m * sizeof(T)) : in;
}

/* Whether any of r[0, m) is NaN, infinite, zero or subnormal: its
 * magnitude's bits u below FLT_MIN's or DBL_MIN's (u - tiny has the sign
 * bit) or at least infinity's (inf - 1 - u has it). Subtractions and ORs
 * that the compiler vectorises on every table (no 64-bit compare or max,
 * which AVX2 lacks). */
static inline int TN(math_abnormal)(const T *r, size_t m)
{
    const UT sign = (UT)1 << (sizeof(T) * 8 - 1);
    const UT tiny = TN(fl_bits)(sizeof(T) == 4 ? (T)FLT_MIN : (T)DBL_MIN), inf = TN(fl_bits)((T)INFINITY);
    UT acc = 0;
    for (size_t i = 0; i < m; i++) {
        UT u = TN(fl_bits)(r[i]) & ~sign;
        acc |= (u - tiny) | (inf - 1 - u);
    }
    return (acc & sign) != 0;
}

/* The flags so far, after a block whose inputs were x and y: what it
 * raised is replaced by its operation's own. */
static inline int TN(math_settle_block)(int before, int legit, const T *x, const T *y, const T *r, size_t m)
{
    int abnormal = TN(math_abnormal)(r, m);
    int fresh = ksimd_fe_raised() & ~before;
    if (fresh) ksimd_fe_drop(fresh);
    return abnormal ? legit | TN(math_flags)(x, y, r, m) : legit;
}

/* dst[i] = op(a[i]) */
static KSIMD_INLINE void TN(math1)(T *d, const T *a, size_t n, VT (*op)(VT))
{
    T keep[KSIMD_MATH_BLOCK];
    int before = ksimd_fe_raised(), legit = 0;
    for (size_t i = 0; i < n; i += KSIMD_MATH_BLOCK) {
        size_t m = n - i < KSIMD_MATH_BLOCK ? n - i : KSIMD_MATH_BLOCK;
        const T *x = TN(math_keep)(keep, d + i, a + i, m);
        TN(map1_of)(d + i, a + i, m, n, op);
        legit = TN(math_settle_block)(before, legit, x, x, d + i, m);
    }
    ksimd_fe_settle(before, legit);
}

/* dst[i] = op(a[i], b[i]) */
static KSIMD_INLINE void TN(math2)(T *d, const T *a, const T *b, size_t n, VT (*op)(VT, VT))
{
    T keep_a[KSIMD_MATH_BLOCK], keep_b[KSIMD_MATH_BLOCK];
    int before = ksimd_fe_raised(), legit = 0;
    for (size_t i = 0; i < n; i += KSIMD_MATH_BLOCK) {
        size_t m = n - i < KSIMD_MATH_BLOCK ? n - i : KSIMD_MATH_BLOCK;
        const T *x = TN(math_keep)(keep_a, d + i, a + i, m), *y = TN(math_keep)(keep_b, d + i, b + i, m);
        TN(map2_of)(d + i, a + i, b + i, m, n, op);
        legit = TN(math_settle_block)(before, legit, x, y, d + i, m);
    }
    ksimd_fe_settle(before, legit);
}
