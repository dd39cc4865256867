/* The transcendental family's plain loops for one type (foreach_type.h):
 * the C library's function for the type in a plain loop. */
#ifndef KB_T
#error "compiler_math_t.h is included through foreach_type.h"
#endif

#if KB_FLOAT
KB_CLONES void KB_NAME(kbcc_exp)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(exp)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_log)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(log)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_sin)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(sin)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_cos)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(cos)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_tanh)(KB_T *d, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(tanh)(a[i]);
}
KB_CLONES void KB_NAME(kbcc_pow)(KB_T *d, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(pow)(a[i], b[i]);
}
#endif
