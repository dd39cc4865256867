/* ARM detection from the kernel's hwcaps: AArch64 and 32-bit ARM (armhf)
 * name NEON with different bits of AT_HWCAP. */
#include "cpu.h"

#if (defined(__aarch64__) || defined(__arm__)) && defined(__linux__)
#include <sys/auxv.h>
#endif

enum {
    HWCAP_BIT_FP = 1u << 0, /* AArch64 */
    HWCAP_BIT_ASIMD = 1u << 1,
    HWCAP_ARM_BIT_NEON = 1u << 12, /* 32-bit ARM */
    HWCAP_ARM_BIT_VFPV3 = 1u << 13,
};

uint32_t ksimd_arm_decode(unsigned long hwcap)
{
    unsigned long need = HWCAP_BIT_FP | HWCAP_BIT_ASIMD;
    return (hwcap & need) == need ? KSIMD_CPU_NEON : 0;
}

/* The NEON table is compiled with -mfpu=neon: NEON and VFPv3 with 32
 * double registers, which NEON implies. */
uint32_t ksimd_arm32_decode(unsigned long hwcap)
{
    unsigned long need = HWCAP_ARM_BIT_NEON | HWCAP_ARM_BIT_VFPV3;
    return (hwcap & need) == need ? KSIMD_CPU_NEON : 0;
}

uint32_t ksimd_arm_features(void)
{
#if defined(__aarch64__) && defined(__linux__)
    return ksimd_arm_decode(getauxval(AT_HWCAP));
#elif defined(__arm__) && defined(__linux__)
    return ksimd_arm32_decode(getauxval(AT_HWCAP));
#elif defined(__aarch64__)
    return KSIMD_CPU_NEON; /* Advanced SIMD is architectural on AArch64 */
#else
    return 0; /* 32-bit ARM elsewhere: no portable way to ask, so scalar */
#endif
}
