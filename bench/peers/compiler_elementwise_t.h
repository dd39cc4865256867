/* The elementwise family's plain loops for one type (kernels/foreach_type.h). */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(KFLOAT) || !defined(TN)
#error "compiler_elementwise_t.h needs KT, T, UT, KFLOAT and TN: include it through kernels/foreach_type.h"
#endif

#include "bench/peers/libm_loop.h" /* KB_LIBM, KB_LIBM_LOOP */

#if KFLOAT
/* ---- binary ---- */
KB_CLONES void TN(kbcc_add)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + b[i];
}
KB_CLONES void TN(kbcc_sub)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - b[i];
}
KB_CLONES void TN(kbcc_mul)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * b[i];
}
KB_CLONES void TN(kbcc_div)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / b[i];
}

#include "bench/peers/ieee_minmax_t.h" /* kb_min, kb_max */
KB_CLONES void TN(kbcc_minimum)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = TN(kb_min)(a[i], b[i]);
}
KB_CLONES void TN(kbcc_maximum)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = TN(kb_max)(a[i], b[i]);
}

/* ---- with a scalar ---- */
KB_CLONES void TN(kbcc_add_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + s;
}
KB_CLONES void TN(kbcc_sub_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - s;
}
KB_CLONES void TN(kbcc_mul_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * s;
}
KB_CLONES void TN(kbcc_div_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / s;
}

/* ---- axpb (a*x + b, two roundings: no contraction) and fma ---- */
KB_CLONES void TN(kbcc_axpb)(T *d, const T *x, T a, T b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a * x[i] + b;
}
KB_CLONES void TN(kbcc_fma)(T *d, const T *a, const T *b, const T *c, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(fma)(a[i], b[i], c[i]);
}

/* ---- unary ---- */
KB_CLONES void TN(kbcc_neg)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = -a[i];
}
KB_CLONES void TN(kbcc_abs)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(fabs)(a[i]);
}
KB_CLONES void TN(kbcc_square)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * a[i];
}
KB_LIBM_LOOP(sqrt)
KB_LIBM_LOOP(floor)
KB_LIBM_LOOP(ceil)
/* rint rounds in the current mode: half to even by default, as ksimd. */
KB_LIBM_LOOP(rint)

#else
/* ---- binary ---- */
KB_CLONES void TN(kbcc_add)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] + (UT)b[i]);
}
KB_CLONES void TN(kbcc_sub)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] - (UT)b[i]);
}
KB_CLONES void TN(kbcc_mul)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] * (UT)b[i]);
}
KB_CLONES void TN(kbcc_minimum)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < b[i] ? a[i] : b[i];
}
KB_CLONES void TN(kbcc_maximum)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] > b[i] ? a[i] : b[i];
}

/* ---- with a scalar ---- */
KB_CLONES void TN(kbcc_add_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] + (UT)s);
}
KB_CLONES void TN(kbcc_sub_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] - (UT)s);
}
KB_CLONES void TN(kbcc_mul_scalar)(T *d, const T *a, T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] * (UT)s);
}

/* Python floor division: C truncates, so step down by one when the
 * remainder is non-zero and its sign differs from the divisor's. d == -1
 * is handled first: C's INT_MIN / -1 traps, ksimd wraps to INT_MIN. */
KB_CLONES void TN(kbcc_floordiv_scalar)(T *dst, const T *a, T d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = (T)(0u - (UT)a[i]);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        T q = a[i] / d, r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? q - 1 : q;
    }
}
/* Python modulo: the result has the sign of d. */
KB_CLONES void TN(kbcc_mod_scalar)(T *dst, const T *a, T d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        T r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? r + d : r;
    }
}

/* ---- axpb ---- */
KB_CLONES void TN(kbcc_axpb)(T *d, const T *x, T a, T b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a * (UT)x[i] + (UT)b);
}

/* ---- unary ---- */
KB_CLONES void TN(kbcc_neg)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)(0u - (UT)a[i]);
}
KB_CLONES void TN(kbcc_abs)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < 0 ? (T)(0u - (UT)a[i]) : a[i];
}
KB_CLONES void TN(kbcc_square)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (T)((UT)a[i] * (UT)a[i]);
}
#endif
