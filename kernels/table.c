/* One reference table per ISA: every slot of kernel_list.h filled with this
 * ISA's written-once kernel, then the ISA's hand-tuned overrides, if any,
 * from tuned/<isa>.h (BLIS style). A later designated initializer for the
 * same member wins, which is exactly the override we want.
 *
 * tuned/<isa>.h is optional (ksimd_add_isa() defines KSIMD_TUNED as its
 * name when it exists): an ISA with overrides defines KSIMD_TUNED_SLOTS
 * there as designated initializers, each with the kbench figures that justify it,
 * and puts the kernels in tuned/<isa>.c, which ksimd_add_isa() compiles. */
#include "simd/simd.h"

#include "kernels.h"

#ifdef KSIMD_TUNED
#include KSIMD_TUNED
#else
#define KSIMD_TUNED_SLOTS
#endif

/* This unit's ksimd_isa value, looked up in isa_list.h by its suffix. */
enum {
#define KSIMD_ISA(suffix, name, id, stem, needs) ksimd_isa_of_##suffix = id,
#include "isa_list.h"
#undef KSIMD_ISA
};
#define KSIMD_ISA_OF_(suffix) ksimd_isa_of_##suffix
#define KSIMD_ISA_OF(suffix) KSIMD_ISA_OF_(suffix)

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
#ifdef __clang__
#pragma GCC diagnostic ignored "-Winitializer-overrides"
#endif
const struct ksimd_table KSIMD_TABLE(KSIMD_ISA_SUFFIX) = {.isa = (ksimd_isa)KSIMD_ISA_OF(KSIMD_ISA_SUFFIX),
#define KSIMD_KERNEL(name, family, shape, t) .name = KSIMD_FN(name),
#include "kernel_list.h"
#undef KSIMD_KERNEL
#define KSIMD_INTERNAL(name, R, params) .name = KSIMD_FN(name),
#include "internal_list.h"
#undef KSIMD_INTERNAL
                                                          KSIMD_TUNED_SLOTS};
#pragma GCC diagnostic pop
