/* The elementwise family's plain loops for one type (foreach_type.h). */
#ifndef KB_T
#error "compiler_elementwise_t.h is included through foreach_type.h"
#endif

#if KB_FLOAT
/* ---- binary ---- */
KB_CLONES void KB_NAME(kbcc_add)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + b[i];
}
KB_CLONES void KB_NAME(kbcc_sub)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - b[i];
}
KB_CLONES void KB_NAME(kbcc_mul)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * b[i];
}
KB_CLONES void KB_NAME(kbcc_div)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / b[i];
}

/* IEEE 754-2019 minimum/maximum: any NaN gives a NaN; among equal values
 * (+0.0 and -0.0) minimum takes the negative one, maximum the positive. */
static inline KB_T KB_NAME(kb_min)(KB_T x, KB_T y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}
static inline KB_T KB_NAME(kb_max)(KB_T x, KB_T y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}
KB_CLONES void KB_NAME(kbcc_minimum)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_NAME(kb_min)(a[i], b[i]);
}
KB_CLONES void KB_NAME(kbcc_maximum)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_NAME(kb_max)(a[i], b[i]);
}

/* ---- with a scalar ---- */
KB_CLONES void KB_NAME(kbcc_add_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] + s;
}
KB_CLONES void KB_NAME(kbcc_sub_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] - s;
}
KB_CLONES void KB_NAME(kbcc_mul_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * s;
}
KB_CLONES void KB_NAME(kbcc_div_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] / s;
}

/* ---- axpb (a*x + b, two roundings: no contraction) and fma ---- */
KB_CLONES void KB_NAME(kbcc_axpb)(KB_T *d, const KB_T *x, KB_T a, KB_T b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a * x[i] + b;
}
KB_CLONES void KB_NAME(kbcc_fma)(KB_T *d, const KB_T *a, const KB_T *b, const KB_T *c, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(fma)(a[i], b[i], c[i]);
}

/* ---- unary ---- */
KB_CLONES void KB_NAME(kbcc_neg)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = -a[i];
}
KB_CLONES void KB_NAME(kbcc_abs)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(fabs)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_square)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] * a[i];
}
KB_CLONES void KB_NAME(kbcc_sqrt)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(sqrt)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_floor)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(floor)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_ceil)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(ceil)(a[i]);
}
/* rint rounds in the current mode: half to even by default, as ksimd. */
KB_CLONES void KB_NAME(kbcc_rint)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(rint)(a[i]);
}

#else
/* ---- binary ---- */
KB_CLONES void KB_NAME(kbcc_add)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] + (KB_U)b[i]);
}
KB_CLONES void KB_NAME(kbcc_sub)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] - (KB_U)b[i]);
}
KB_CLONES void KB_NAME(kbcc_mul)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] * (KB_U)b[i]);
}
KB_CLONES void KB_NAME(kbcc_minimum)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < b[i] ? a[i] : b[i];
}
KB_CLONES void KB_NAME(kbcc_maximum)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] > b[i] ? a[i] : b[i];
}

/* ---- with a scalar ---- */
KB_CLONES void KB_NAME(kbcc_add_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] + (KB_U)s);
}
KB_CLONES void KB_NAME(kbcc_sub_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] - (KB_U)s);
}
KB_CLONES void KB_NAME(kbcc_mul_scalar)(KB_T *d, const KB_T *a, KB_T s, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] * (KB_U)s);
}

/* Python floor division: C truncates, so step down by one when the
 * remainder is non-zero and its sign differs from the divisor's. d == -1
 * is handled first: C's INT_MIN / -1 traps, ksimd wraps to INT_MIN. */
KB_CLONES void KB_NAME(kbcc_floordiv_scalar)(KB_T *dst, const KB_T *a, KB_T d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = (KB_T)(0u - (KB_U)a[i]);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        KB_T q = a[i] / d, r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? q - 1 : q;
    }
}
/* Python modulo: the result has the sign of d. */
KB_CLONES void KB_NAME(kbcc_mod_scalar)(KB_T *dst, const KB_T *a, KB_T d, size_t n)
{
    if (d == -1) {
        for (size_t i = 0; i < n; i++) dst[i] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        KB_T r = a[i] % d;
        dst[i] = (r != 0 && (r < 0) != (d < 0)) ? r + d : r;
    }
}

/* ---- axpb ---- */
KB_CLONES void KB_NAME(kbcc_axpb)(KB_T *d, const KB_T *x, KB_T a, KB_T b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a * (KB_U)x[i] + (KB_U)b);
}

/* ---- unary ---- */
KB_CLONES void KB_NAME(kbcc_neg)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)(0u - (KB_U)a[i]);
}
KB_CLONES void KB_NAME(kbcc_abs)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < 0 ? (KB_T)(0u - (KB_U)a[i]) : a[i];
}
KB_CLONES void KB_NAME(kbcc_square)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = (KB_T)((KB_U)a[i] * (KB_U)a[i]);
}
#endif
