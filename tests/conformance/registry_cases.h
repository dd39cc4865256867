/* The rows of a case list expanded from the registry (kernels/kernel_list.h):
 * a family's file defines KS_CASE_<family>(name) as its row for one kernel,
 * then includes this inside its ks_case array, so every kernel of the
 * family gets the case of its name and a new kernel needs only its check.
 * No include guard: each family file includes it once. */
#ifndef KS_CASE_elementwise
#define KS_CASE_elementwise(name)
#endif
#ifndef KS_CASE_masked
#define KS_CASE_masked(name)
#endif
#ifndef KS_CASE_reduce
#define KS_CASE_reduce(name)
#endif
#ifndef KS_CASE_math
#define KS_CASE_math(name)
#endif
#ifndef KS_CASE_strided2d
#define KS_CASE_strided2d(name)
#endif

#define KSIMD_KERNEL(name, family, shape, t) KS_CASE_##family(name)
#include "kernel_list.h"
#undef KSIMD_KERNEL

#undef KS_CASE_elementwise
#undef KS_CASE_masked
#undef KS_CASE_reduce
#undef KS_CASE_math
#undef KS_CASE_strided2d
