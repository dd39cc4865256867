/* The vocabulary the written-once kernels are built from: one header per
 * ISA, all with the same ops. This file includes the one this unit is
 * compiled for, <suffix>.h, by the KSIMD_ISA_HEADER ksimd_add_isa() defines
 * (an ISA with one header per architecture, such as NEON's neon_armv7.h
 * for 32-bit ARM, names <suffix>_<variant>.h in its ksimd_add_isa()).
 *
 * Conventions (tests/check_simd_vocabulary.cmake holds every header to them):
 *   - Ops are v_<op>_<type>: v_add_f64, not vadd_f64, which arm_neon.h
 *     already owns. Every header defines the same ops, under the same
 *     section headings in the same order, so that diff avx2.h avx512.h
 *     shows only how each ISA does each op. An ISA without an instruction
 *     for an op asks emulate.h for it (#define KSIMD_EMULATE_<OP>).
 *   - Compares are v_<pred>_mask_<type> (gt ge lt le eq ne, and unord and
 *     the one-operand finite for floats) and give a lane mask, vm32 or vm64: all-ones lanes, or a
 *     k-register on AVX-512. v_mask_to_i32/i64 makes all-ones integer lanes
 *     of one, for arithmetic on it.
 *   - A header's private helpers are vx_ (VX_ for macros). Kernels never
 *     call them, and the other headers need not have them.
 *
 * Adding an ISA:
 *   1. kernels/simd/<suffix>.h: start from the closest header and keep its
 *      sections; it also names its SLEEF variant (KSIMD_SLEEF_F64/F32) for
 *      kernels/math.c;
 *   2. one KSIMD_ISA line in kernels/isa_list.h: its name, a new value of the
 *      public enum ksimd_isa (include/ksimd.h, just before KSIMD_ISA_COUNT)
 *      and the CPU feature bits it needs (dispatch/cpu.h);
 *   3. ksimd_add_isa(<suffix> FLAGS ...) in CMakeLists.txt;
 *   4. detection of those feature bits (dispatch/cpu_x86.c, cpu_arm.c);
 *   5. the test matrix: decode cases in tests/test_dispatch.c, an emulated
 *      CPU for ksimd-selftest --expect-isa in tests/selftest/CMakeLists.txt,
 *      and a cross job in tests/run.sh for a new architecture.
 * Hand-tuned kernels (kernels/tuned/<suffix>.h and .c) are optional. */
#ifndef KSIMD_SIMD_H
#define KSIMD_SIMD_H

#ifndef KSIMD_ISA_HEADER
#error "compile kernels through ksimd_add_isa(), which defines KSIMD_ISA_HEADER"
#endif

#define KSIMD_STR_(x) #x
#define KSIMD_STR(x) KSIMD_STR_(x)
#include KSIMD_STR(KSIMD_ISA_HEADER.h)

#endif
