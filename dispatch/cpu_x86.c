/* x86 detection: cpuid + xgetbv, decoded into psABI micro-architecture
 * levels. Baseline flags only: this runs before we know what the CPU has. */
#include "cpu.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

enum {
    XCR0_SSE = 1u << 1,
    XCR0_AVX = 1u << 2,
    XCR0_OPMASK = 1u << 5,
    XCR0_ZMM_HI256 = 1u << 6,
    XCR0_HI16_ZMM = 1u << 7,
};

static uint32_t bit(uint32_t reg, unsigned n, uint32_t feature) { return (reg >> n) & 1u ? feature : 0; }

uint32_t ksimd_x86_decode(const struct ksimd_x86_cpuid *c, uint64_t xcr0)
{
    uint32_t f = 0;
    f |= bit(c->leaf1_edx, 26, KSIMD_CPU_SSE2);
    f |= bit(c->leaf1_ecx, 0, KSIMD_CPU_SSE3) | bit(c->leaf1_ecx, 9, KSIMD_CPU_SSSE3);
    f |= bit(c->leaf1_ecx, 12, KSIMD_CPU_FMA) | bit(c->leaf1_ecx, 13, KSIMD_CPU_CX16);
    f |= bit(c->leaf1_ecx, 19, KSIMD_CPU_SSE41) | bit(c->leaf1_ecx, 20, KSIMD_CPU_SSE42);
    f |= bit(c->leaf1_ecx, 22, KSIMD_CPU_MOVBE) | bit(c->leaf1_ecx, 23, KSIMD_CPU_POPCNT);
    f |= bit(c->leaf1_ecx, 28, KSIMD_CPU_AVX) | bit(c->leaf1_ecx, 29, KSIMD_CPU_F16C);
    f |= bit(c->leaf7_ebx, 3, KSIMD_CPU_BMI1) | bit(c->leaf7_ebx, 5, KSIMD_CPU_AVX2);
    f |= bit(c->leaf7_ebx, 8, KSIMD_CPU_BMI2) | bit(c->leaf7_ebx, 16, KSIMD_CPU_AVX512F);
    f |= bit(c->leaf7_ebx, 17, KSIMD_CPU_AVX512DQ) | bit(c->leaf7_ebx, 28, KSIMD_CPU_AVX512CD);
    f |= bit(c->leaf7_ebx, 30, KSIMD_CPU_AVX512BW) | bit(c->leaf7_ebx, 31, KSIMD_CPU_AVX512VL);
    f |= bit(c->ext1_ecx, 0, KSIMD_CPU_LAHF) | bit(c->ext1_ecx, 5, KSIMD_CPU_LZCNT);
    /* Register state counts only if the OS saves it on context switches. */
    if ((c->leaf1_ecx >> 27) & 1u) { /* OSXSAVE */
        if ((xcr0 & (XCR0_SSE | XCR0_AVX)) == (XCR0_SSE | XCR0_AVX)) {
            f |= KSIMD_CPU_OS_YMM;
            uint64_t zmm = XCR0_OPMASK | XCR0_ZMM_HI256 | XCR0_HI16_ZMM;
            if ((xcr0 & zmm) == zmm) f |= KSIMD_CPU_OS_ZMM;
        }
    }
    return f;
}

uint32_t ksimd_x86_features(void)
{
#if defined(__x86_64__) || defined(__i386__)
    struct ksimd_x86_cpuid c = {0};
    unsigned a, b, cx, d;
    unsigned max = __get_cpuid_max(0, 0);
    if (max >= 1 && __get_cpuid(1, &a, &b, &cx, &d)) c.leaf1_ecx = cx, c.leaf1_edx = d;
    if (max >= 7) {
        __cpuid_count(7, 0, a, b, cx, d);
        c.leaf7_ebx = b;
    }
    if ((unsigned)__get_cpuid_max(0x80000000u, 0) >= 0x80000001u && __get_cpuid(0x80000001u, &a, &b, &cx, &d))
        c.ext1_ecx = cx;
    uint64_t xcr0 = 0;
    if ((c.leaf1_ecx >> 27) & 1u) {
        uint32_t lo, hi;
        /* xgetbv by opcode: baseline flags do not allow the intrinsic. */
        __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0));
        xcr0 = ((uint64_t)hi << 32) | lo;
    }
    return ksimd_x86_decode(&c, xcr0);
#else
    return 0;
#endif
}

void ksimd_x86_identity(char vendor[13], unsigned *family, unsigned *model)
{
    vendor[0] = 0, *family = 0, *model = 0;
#if defined(__x86_64__) || defined(__i386__)
    unsigned a, b, c, d;
    if (!__get_cpuid(0, &a, &b, &c, &d)) return;
    memcpy(vendor, &b, 4), memcpy(vendor + 4, &d, 4), memcpy(vendor + 8, &c, 4);
    vendor[12] = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return;
    unsigned base_family = (a >> 8) & 0xf, base_model = (a >> 4) & 0xf;
    /* The extended fields count only for the families Intel and AMD say. */
    *family = base_family == 0xf ? base_family + ((a >> 20) & 0xff) : base_family;
    *model = base_family == 0x6 || base_family == 0xf ? base_model | ((a >> 12) & 0xf0) : base_model;
#endif
}
