/* AArch64 detection from the kernel's hwcaps. */
#include "cpu.h"

#if defined(__aarch64__) && defined(__linux__)
#include <sys/auxv.h>
#endif

enum {
    HWCAP_BIT_FP = 1u << 0,
    HWCAP_BIT_ASIMD = 1u << 1,
};

uint32_t ksimd_arm_decode(unsigned long hwcap)
{
    unsigned long need = HWCAP_BIT_FP | HWCAP_BIT_ASIMD;
    return (hwcap & need) == need ? KSIMD_CPU_NEON : 0;
}

uint32_t ksimd_arm_features(void)
{
#if defined(__aarch64__) && defined(__linux__)
    return ksimd_arm_decode(getauxval(AT_HWCAP));
#elif defined(__aarch64__)
    return KSIMD_CPU_NEON; /* Advanced SIMD is architectural on AArch64 */
#else
    return 0;
#endif
}
