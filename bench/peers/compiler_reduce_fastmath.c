/* The `compiler-fastmath` column: compiler_reduce.c's loops, unchanged,
 * built -O3 -ffast-math (see bench/CMakeLists.txt) under kbfm_ names. */
#define KBCC_PREFIX kbfm_
#include "compiler_reduce.c"
