/* The `compiler` loops of the strided 2-D family, built like every
 * compiler column (-O3 -ffp-contract=off -fno-math-errno -falign-loops=64,
 * bench/CMakeLists.txt). The loops (compiler_strided2d_t.h, once per type) take the
 * ksimd function's arguments and return void: the general double loop
 * over (rows, cols) and the strides, row index outer, cloned for AVX-512F,
 * AVX2 and the baseline on x86-64 (target_clones) as the other compiler
 * columns are. Integers compute in unsigned types so they wrap as ksimd's;
 * float minimum/maximum of binary2d follow IEEE 754-2019 as ksimd's do;
 * min_axis/max_axis use the natural `x < m || x != x` (NaN propagates,
 * -0.0 and +0.0 in arrival order: kbench checks them on finite inputs). */
#include "compiler.h"

#include <math.h>

#include "clones.h"

/* Each loop once per type (compiler_strided2d_t.h). */
#define KSIMD_SKELETON "bench/peers/compiler_strided2d_t.h"
#include "kernels/foreach_type.h"
