/* The `compiler` column for the transcendental family: the C library's
 * exp, log, ... in a plain loop, built like the other compiler columns
 * (-O3 -fno-math-errno, target_clones). Without -ffast-math glibc offers
 * no vector variants to the compiler, so these stay one call per element:
 * what a user of <math.h> gets. glibc's functions are correctly rounded or
 * nearly so and ksimd's within 1 ULP, so kbench checks this column within
 * a few ULP rather than bit for bit. */
#include <math.h>

#include "compiler.h"

#include "clones.h"

/* Each loop once per type (compiler_math_t.h). */
#define KSIMD_SKELETON "bench/peers/compiler_math_t.h"
#include "kernels/foreach_type.h"
