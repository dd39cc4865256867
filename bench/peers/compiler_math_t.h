/* The transcendental family's plain loops for one type (kernels/foreach_type.h):
 * the C library's function for the type in a plain loop. */
#if !defined(KT) || !defined(T) || !defined(KFLOAT) || !defined(TN)
#error "compiler_math_t.h needs KT, T, KFLOAT and TN: include it through kernels/foreach_type.h"
#endif

/* <math.h>'s function for T: expf for f32, exp for f64. */
#define KB_LIBM_f32(fn) fn##f
#define KB_LIBM_f64(fn) fn
#define KB_LIBM(fn) KSIMD_CAT(KB_LIBM_, KT)(fn)

#if KFLOAT
KB_CLONES void TN(kbcc_exp)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(exp)(a[i]);
}
KB_CLONES void TN(kbcc_log)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(log)(a[i]);
}
KB_CLONES void TN(kbcc_sin)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(sin)(a[i]);
}
KB_CLONES void TN(kbcc_cos)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(cos)(a[i]);
}
KB_CLONES void TN(kbcc_tanh)(T *d, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(tanh)(a[i]);
}
KB_CLONES void TN(kbcc_pow)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(pow)(a[i], b[i]);
}
#endif

#undef KB_LIBM
#undef KB_LIBM_f64
#undef KB_LIBM_f32
