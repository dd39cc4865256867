/* The transcendental family's plain loops for one type (kernels/foreach_type.h):
 * the C library's function for the type in a plain loop. */
#if !defined(KT) || !defined(T) || !defined(KFLOAT) || !defined(TN)
#error "compiler_math_t.h needs KT, T, KFLOAT and TN: include it through kernels/foreach_type.h"
#endif

#include "bench/peers/libm_loop.h" /* KB_LIBM, KB_LIBM_LOOP */

#if KFLOAT
KB_LIBM_LOOP(exp)
KB_LIBM_LOOP(log)
KB_LIBM_LOOP(sin)
KB_LIBM_LOOP(cos)
KB_LIBM_LOOP(tanh)
KB_CLONES void TN(kbcc_pow)(T *d, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(pow)(a[i], b[i]);
}
#endif
