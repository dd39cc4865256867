/* The plain-loop peers, declared from the registry (kernels/kernel_list.h):
 * each takes the ksimd function's arguments (its shape's public
 * parameters, kernels/shape_list.h) and returns void.
 *
 *   kbcc_<name>  the `compiler` column: every kernel as the plain C loop a
 *                user would write instead of calling ksimd, with the same
 *                results (checked against the scalar table at startup);
 *                compiler_<family>.c
 *   kbfm_<name>  `compiler-fastmath`: the reduction family's loops again,
 *                built -O3 -ffast-math (compiler_reduce_fastmath.c)
 *   kbsl_<name>  `sleef-fma`: the transcendental family through SLEEF's FMA
 *                AVX2 functions (sleef_fma.c, x86-64 builds with SLEEF);
 *                callable only when kbsl_usable() says the CPU has AVX2
 *                and FMA */
#ifndef KBENCH_PEER_COMPILER_H
#define KBENCH_PEER_COMPILER_H

#include "kernels/shape_list.h"

/* How the loops were built, for kbench's header and --help. */
extern const char kbcc_description[];

int kbsl_usable(void);

/* KB_PEER_FAMILY_<family>(reduce, math): the columns that cover one family
 * only: the fast-math loops are the reductions', the SLEEF ones the
 * transcendentals'. */
#define KB_PEER_FAMILY_elementwise(reduce, math)
#define KB_PEER_FAMILY_masked(reduce, math)
#define KB_PEER_FAMILY_reduce(reduce, math) reduce
#define KB_PEER_FAMILY_math(reduce, math) math
#define KB_PEER_FAMILY_strided2d(reduce, math)

#define KB_PEER_CC_(name, R, params, public_params) void kbcc_##name public_params;
#define KB_PEER_FM_(name, R, params, public_params) void kbfm_##name public_params;
#define KB_PEER_SL_(name, R, params, public_params) void kbsl_##name public_params;
#define KSIMD_KERNEL(name, family, shape, t)                                                                           \
    KSIMD_EXPAND(KB_PEER_CC_, name, shape, t)                                                                          \
    KB_PEER_FAMILY_##family(KSIMD_EXPAND(KB_PEER_FM_, name, shape, t), KSIMD_EXPAND(KB_PEER_SL_, name, shape, t))
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
#undef KB_PEER_CC_
#undef KB_PEER_FM_
#undef KB_PEER_SL_

#endif
