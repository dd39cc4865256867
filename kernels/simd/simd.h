/* Picks the one vocabulary header of the ISA this unit is compiled for.
 * Each header defines the same op names (see ARCHITECTURE.md). Ops are
 * spelled v_add_f64, not vadd_f64: arm_neon.h already owns vadd_f64. */
#ifndef KSIMD_SIMD_H
#define KSIMD_SIMD_H

#if defined(KSIMD_TARGET_SCALAR)
#include "scalar.h"
#elif defined(KSIMD_TARGET_SSE42)
#include "sse42.h"
#elif defined(KSIMD_TARGET_AVX2)
#include "avx2.h"
#elif defined(KSIMD_TARGET_AVX512)
#include "avx512.h"
#elif defined(KSIMD_TARGET_NEON)
#include "neon.h"
#else
#error "compile kernels with exactly one KSIMD_TARGET_<ISA> defined"
#endif

#endif
