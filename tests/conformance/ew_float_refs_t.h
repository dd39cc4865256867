/* The elementwise references for one float type (elementwise.c
 * instantiates this file through kernels/foreach_type.h): plain C in T's
 * own arithmetic, so each rounds exactly as the contract says. */
#if !defined(KT) || !defined(T) || !defined(TN) || !KFLOAT
#error "ew_float_refs_t.h needs a float KT, T and TN: instantiate it through foreach_type.h"
#endif

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
