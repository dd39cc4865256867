/* The compiler columns' calls into <math.h>, for the type being
 * instantiated (kernels/foreach_type.h): KB_LIBM(exp) is expf for f32 and
 * exp for f64; KB_LIBM_LOOP(exp) defines kbcc_exp_<type>, the plain loop
 * d[i] = exp(a[i]) a user would write. */
#ifndef KBENCH_LIBM_LOOP_H
#define KBENCH_LIBM_LOOP_H

#define KB_LIBM_f32(fn) fn##f
#define KB_LIBM_f64(fn) fn
#define KB_LIBM(fn) KSIMD_CAT(KB_LIBM_, KT)(fn)

#define KB_LIBM_LOOP(fn)                                                                                               \
    KB_CLONES void TN(kbcc_##fn)(T * d, const T *a, size_t n)                                                          \
    {                                                                                                                  \
        for (size_t i = 0; i < n; i++) d[i] = KB_LIBM(fn)(a[i]);                                                       \
    }

#endif
