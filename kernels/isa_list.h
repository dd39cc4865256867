/* Every ISA ksimd has a table for: KSIMD_ISA(suffix, name, id, stem, needs).
 *   suffix  names the table (ksimd_table_<suffix>), its vocabulary header
 *           (simd/<suffix>.h) and its ksimd_add_isa(<suffix>) in CMakeLists.txt
 *   name    what ksimd_isa_name() returns and KSIMD_ISA accepts
 *   id      its value of the public enum ksimd_isa (include/ksimd.h)
 *   stem    the build's macros: KSIMD_TARGET_<stem> in the units compiled
 *           for it, KSIMD_HAVE_<stem> in dispatch when its table is built in
 *   needs   the CPU feature bits (dispatch/cpu.h) it runs on, all of them
 * Included several times with different definitions of KSIMD_ISA, so it has
 * no include guard; each user expands only the columns it needs, so "needs"
 * is never expanded outside dispatch. Adding an ISA: see simd/simd.h. */

KSIMD_ISA(scalar, "scalar", KSIMD_ISA_SCALAR, SCALAR, 0)
KSIMD_ISA(sse42, "sse4.2", KSIMD_ISA_SSE42, SSE42, KSIMD_CPU_X86_64_V2)
KSIMD_ISA(avx2, "avx2", KSIMD_ISA_AVX2, AVX2, KSIMD_CPU_X86_64_V3)
KSIMD_ISA(avx512, "avx512", KSIMD_ISA_AVX512, AVX512, KSIMD_CPU_X86_64_V4)
KSIMD_ISA(neon, "neon", KSIMD_ISA_NEON, NEON, KSIMD_CPU_NEON)
