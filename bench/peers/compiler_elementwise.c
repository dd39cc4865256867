/* The `compiler` column for the elementwise family: the loops a user would
 * write instead of calling ksimd. Built -O3 -ffp-contract=off
 * -fno-math-errno -falign-loops=64 (bench/CMakeLists.txt): the same
 * operations as ksimd, with no contraction and no fast-math, sqrt free of
 * errno as ksimd's is, and loops placed where they run at full speed. On x86-64 each loop is cloned for
 * AVX-512F, AVX2 and the baseline and picked at load time (target_clones), as a user shipping one binary
 * would.
 *
 * Integer loops compute in unsigned types so they wrap like ksimd's (and
 * have no undefined behaviour); float minimum/maximum follow IEEE 754-2019
 * (NaN propagates, -0.0 < +0.0) as a user would spell it; floor division
 * and modulo use C's / and % with Python's floor fix-up; fma calls fma(). */
#include "compiler.h"

#include <math.h>

#include "clones.h"

#if defined(__clang__)
#define KB_CC_VERSION "clang " __clang_version__
#elif defined(__GNUC__)
#define KB_CC_VERSION "gcc " __VERSION__
#else
#define KB_CC_VERSION "cc"
#endif
const char kbcc_description[] =
    "plain C loops, " KB_CC_VERSION " -O3 -ffp-contract=off -fno-math-errno -falign-loops=64" KB_CLONES_TEXT;

/* Each loop once per type (compiler_elementwise_t.h). */
#define KSIMD_SKELETON "bench/peers/compiler_elementwise_t.h"
#include "kernels/foreach_type.h"
