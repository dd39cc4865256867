/* CPU feature detection. Decoding is a pure function of what the hardware
 * reports (cpuid leaves and XCR0 on x86, hwcaps on ARM), so tests can
 * feed it fake CPUs. Compiled with baseline flags only. */
#ifndef KSIMD_CPU_H
#define KSIMD_CPU_H

#include <stdint.h>

enum ksimd_cpu_feature {
    KSIMD_CPU_SSE2 = 1u << 0,
    KSIMD_CPU_SSE3 = 1u << 1,
    KSIMD_CPU_SSSE3 = 1u << 2,
    KSIMD_CPU_SSE41 = 1u << 3,
    KSIMD_CPU_SSE42 = 1u << 4,
    KSIMD_CPU_POPCNT = 1u << 5,
    KSIMD_CPU_CX16 = 1u << 6,
    KSIMD_CPU_LAHF = 1u << 7,
    KSIMD_CPU_AVX = 1u << 8,
    KSIMD_CPU_AVX2 = 1u << 9,
    KSIMD_CPU_FMA = 1u << 10,
    KSIMD_CPU_BMI1 = 1u << 11,
    KSIMD_CPU_BMI2 = 1u << 12,
    KSIMD_CPU_F16C = 1u << 13,
    KSIMD_CPU_LZCNT = 1u << 14,
    KSIMD_CPU_MOVBE = 1u << 15,
    KSIMD_CPU_AVX512F = 1u << 16,
    KSIMD_CPU_AVX512BW = 1u << 17,
    KSIMD_CPU_AVX512CD = 1u << 18,
    KSIMD_CPU_AVX512DQ = 1u << 19,
    KSIMD_CPU_AVX512VL = 1u << 20,
    KSIMD_CPU_OS_YMM = 1u << 21, /* XCR0 has SSE and AVX state enabled */
    KSIMD_CPU_OS_ZMM = 1u << 22, /* XCR0 also has opmask and ZMM state */
    KSIMD_CPU_NEON = 1u << 23,   /* AArch64 Advanced SIMD (with FP), or ARMv7 NEON with VFPv3 */
};

/* The x86-64 micro-architecture levels the x86 tables are compiled for
 * (-march=x86-64-v2/v3/v4), as the feature bits a CPU needs for each: what
 * isa_list.h names in its "needs" column. */
#define KSIMD_CPU_X86_64_V2                                                                                            \
    (KSIMD_CPU_SSE2 | KSIMD_CPU_SSE3 | KSIMD_CPU_SSSE3 | KSIMD_CPU_SSE41 | KSIMD_CPU_SSE42 | KSIMD_CPU_POPCNT |        \
     KSIMD_CPU_CX16 | KSIMD_CPU_LAHF)
#define KSIMD_CPU_X86_64_V3                                                                                            \
    (KSIMD_CPU_X86_64_V2 | KSIMD_CPU_AVX | KSIMD_CPU_AVX2 | KSIMD_CPU_FMA | KSIMD_CPU_BMI1 | KSIMD_CPU_BMI2 |          \
     KSIMD_CPU_F16C | KSIMD_CPU_LZCNT | KSIMD_CPU_MOVBE | KSIMD_CPU_OS_YMM)
#define KSIMD_CPU_X86_64_V4                                                                                            \
    (KSIMD_CPU_X86_64_V3 | KSIMD_CPU_AVX512F | KSIMD_CPU_AVX512BW | KSIMD_CPU_AVX512CD | KSIMD_CPU_AVX512DQ |          \
     KSIMD_CPU_AVX512VL | KSIMD_CPU_OS_ZMM)

/* What the x86 cpuid instruction reported; zero for leaves not present. */
struct ksimd_x86_cpuid {
    uint32_t leaf1_ecx, leaf1_edx; /* leaf 1 */
    uint32_t leaf7_ebx;            /* leaf 7, subleaf 0 */
    uint32_t ext1_ecx;             /* leaf 0x80000001 */
};

/* Pure decoders: feature bits from raw registers. xcr0 is only read when
 * cpuid says the OS uses XSAVE (OSXSAVE); pass 0 when xgetbv is unusable. */
uint32_t ksimd_x86_decode(const struct ksimd_x86_cpuid *c, uint64_t xcr0);
uint32_t ksimd_arm_decode(unsigned long hwcap);   /* AArch64's AT_HWCAP */
uint32_t ksimd_arm32_decode(unsigned long hwcap); /* 32-bit ARM's AT_HWCAP */

/* Bit (1 << isa) for every ksimd_isa this feature set can run (isa_list.h's
 * "needs"), whether or not the table is built in. The scalar bit is always
 * set. */
uint32_t ksimd_isa_mask_of(uint32_t features);

/* This machine's features, read once and cached. */
uint32_t ksimd_cpu_features(void);
uint32_t ksimd_x86_features(void); /* 0 when not on x86 */
uint32_t ksimd_arm_features(void); /* 0 when not on ARM */

/* The vendor string and display family/model; "" and 0 off x86. */
void ksimd_x86_identity(char vendor[13], unsigned *family, unsigned *model);

#endif
