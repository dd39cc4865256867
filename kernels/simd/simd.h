/* Picks the one vocabulary header of the ISA this unit is compiled for:
 * <suffix>.h, named by the KSIMD_ISA_SUFFIX that ksimd_add_isa() defines.
 * Each header defines the same op names (see ARCHITECTURE.md). Ops are
 * spelled v_add_f64, not vadd_f64: arm_neon.h already owns vadd_f64. */
#ifndef KSIMD_SIMD_H
#define KSIMD_SIMD_H

#ifndef KSIMD_ISA_SUFFIX
#error "compile kernels through ksimd_add_isa(), which defines KSIMD_ISA_SUFFIX"
#endif

#define KSIMD_STR_(x) #x
#define KSIMD_STR(x) KSIMD_STR_(x)
#include KSIMD_STR(KSIMD_ISA_SUFFIX.h)

#endif
