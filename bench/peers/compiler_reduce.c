/* The `compiler` column for the reduction family: the loops a user writes
 * instead of calling ksimd. This file is built twice: as itself, with the
 * compiler column's flags (kbcc_ names), and through
 * compiler_reduce_fastmath.c with -O3 -ffast-math (kbfm_ names), so both
 * columns time the same source.
 *
 * The loops are the natural ones: a float sum in index order (which -O3
 * may not vectorize: reordering it would change the result), min/max that
 * let a NaN through (`x < m || x != x`), argmin/argmax that stop at the
 * first NaN (NumPy's rule) and keep the first index of the extreme, and
 * group sums as `sums[k] += v; counts[k]++`. -ffast-math assumes there is
 * no NaN, so the NaN tests vanish there. kbench checks these loops on
 * finite inputs, the float sums within a tolerance (another order of
 * additions), everything else bit for bit. */
#include "compiler.h"

#ifndef KBCC_PREFIX
#define KBCC_PREFIX kbcc_
#endif
#define KBCC_GLUE(p, name) p##name
#define KBCC_EXPAND(p, name) KBCC_GLUE(p, name)
#define KBCC(name) KBCC_EXPAND(KBCC_PREFIX, name) /* kbcc_sum or kbfm_sum */

#include "clones.h"

/* Each loop once per type (compiler_reduce_t.h). */
#define KSIMD_SKELETON "bench/peers/compiler_reduce_t.h"
#include "kernels/foreach_type.h"
