/* The elementwise references for one element type (elementwise.c
 * instantiates this file through kernels/foreach_type.h), in plain C. */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(TN)
#error "ew_refs_t.h needs KT, T, UT and TN: instantiate it through foreach_type.h"
#endif

#if KFLOAT
/* Floats: in T's own arithmetic, so each rounds exactly as the contract
 * says. */

/* <math.h>'s function for T: fabsf for f32, fabs for f64. */
#define EW_LIBM_f32(fn) fn##f
#define EW_LIBM_f64(fn) fn
#define EW_LIBM(fn) KSIMD_CAT(EW_LIBM_, KT)(fn)

/* IEEE 754-2019 minimum and maximum: NaN propagates, -0.0 < +0.0. */
static T TN(ref_minimum)(T a, T b)
{
    if (isnan(a) || isnan(b)) return NAN;
    if (a == b) return signbit(a) ? a : b;
    return a < b ? a : b;
}

static T TN(ref_maximum)(T a, T b)
{
    if (isnan(a) || isnan(b)) return NAN;
    if (a == b) return signbit(a) ? b : a;
    return a > b ? a : b;
}

static T TN(ref_add)(T a, T b) { return a + b; }
static T TN(ref_sub)(T a, T b) { return a - b; }
static T TN(ref_mul)(T a, T b) { return a * b; }
static T TN(ref_div)(T a, T b) { return a / b; }
static T TN(ref_neg)(T a) { return -a; }
static T TN(ref_abs)(T a) { return EW_LIBM(fabs)(a); }
static T TN(ref_square)(T a) { return a * a; }
static T TN(ref_sqrt)(T a) { return EW_LIBM(sqrt)(a); }
static T TN(ref_floor)(T a) { return EW_LIBM(floor)(a); }
static T TN(ref_ceil)(T a) { return EW_LIBM(ceil)(a); }
/* The default rounding mode rounds half to even. */
static T TN(ref_rint)(T a) { return EW_LIBM(nearbyint)(a); }
/* Rounded twice: the product, then the sum. */
static T TN(ref_axpb)(T x, T a, T b)
{
    T ax = x * a;
    return ax + b;
}
/* Rounded once: libm's fma is exact on every CPU. */
static T TN(ref_fma)(T a, T b, T c) { return EW_LIBM(fma)(a, b, c); }

#undef EW_LIBM
#undef EW_LIBM_f64
#undef EW_LIBM_f32

#else
/* Integers: wrapping arithmetic is done in the unsigned type UT;
 * converting back to the signed type is modulo 2^N in GCC and Clang
 * (implementation-defined, never undefined). */
static T TN(ref_add)(T a, T b) { return (T)((UT)a + (UT)b); }
static T TN(ref_sub)(T a, T b) { return (T)((UT)a - (UT)b); }
static T TN(ref_mul)(T a, T b) { return (T)((UT)a * (UT)b); }
static T TN(ref_minimum)(T a, T b) { return a < b ? a : b; }
static T TN(ref_maximum)(T a, T b) { return a > b ? a : b; }
static T TN(ref_neg)(T a) { return (T)((UT)0 - (UT)a); }
static T TN(ref_abs)(T a) { return a < 0 ? TN(ref_neg)(a) : a; }
static T TN(ref_square)(T a) { return TN(ref_mul)(a, a); }
static T TN(ref_axpb)(T x, T a, T b) { return TN(ref_add)(TN(ref_mul)(x, a), b); }

/* Python floor division and modulo: C's truncating quotient, moved down by
 * one when the remainder is non-zero and has the other sign than d. MIN / -1
 * overflows in C (undefined), so d == -1 is taken apart: a // -1 == -a
 * (wrapping, so MIN // -1 == MIN) and a % -1 == 0. */
static T TN(ref_floordiv)(T a, T d)
{
    if (d == -1) return TN(ref_neg)(a);
    T q = a / d, r = a % d;
    return r != 0 && (r < 0) != (d < 0) ? q - 1 : q;
}

static T TN(ref_mod)(T a, T d)
{
    if (d == -1) return 0;
    T r = a % d;
    return r != 0 && (r < 0) != (d < 0) ? r + d : r;
}
#endif
