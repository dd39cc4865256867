/* The list of tables, selection on first use, the KSIMD_ISA cap, pinning.
 * Modelled on simdjson: the table is data, chosen once through an atomic
 * pointer, forceable by environment and API, never aborting. Baseline
 * flags only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "dispatch.h"

static const struct ksimd_table *const tables[KSIMD_ISA_COUNT] = {
    [KSIMD_ISA_SCALAR] = &ksimd_table_scalar,
#ifdef KSIMD_HAVE_SSE42
    [KSIMD_ISA_SSE42] = &ksimd_table_sse42,
#endif
#ifdef KSIMD_HAVE_AVX2
    [KSIMD_ISA_AVX2] = &ksimd_table_avx2,
#endif
#ifdef KSIMD_HAVE_AVX512
    [KSIMD_ISA_AVX512] = &ksimd_table_avx512,
#endif
#ifdef KSIMD_HAVE_NEON
    [KSIMD_ISA_NEON] = &ksimd_table_neon,
#endif
};

static const char *const isa_names[KSIMD_ISA_COUNT] = {
    [KSIMD_ISA_SCALAR] = "scalar", [KSIMD_ISA_SSE42] = "sse4.2", [KSIMD_ISA_AVX2] = "avx2",
    [KSIMD_ISA_AVX512] = "avx512", [KSIMD_ISA_NEON] = "neon",
};

_Atomic(const struct ksimd_table *) ksimd_active;

uint32_t ksimd_isa_mask_of(uint32_t f)
{
    const uint32_t v2 = KSIMD_CPU_SSE2 | KSIMD_CPU_SSE3 | KSIMD_CPU_SSSE3 | KSIMD_CPU_SSE41 |
                        KSIMD_CPU_SSE42 | KSIMD_CPU_POPCNT | KSIMD_CPU_CX16 | KSIMD_CPU_LAHF;
    const uint32_t v3 = v2 | KSIMD_CPU_AVX | KSIMD_CPU_AVX2 | KSIMD_CPU_FMA | KSIMD_CPU_BMI1 |
                        KSIMD_CPU_BMI2 | KSIMD_CPU_F16C | KSIMD_CPU_LZCNT | KSIMD_CPU_MOVBE |
                        KSIMD_CPU_OS_YMM;
    const uint32_t v4 = v3 | KSIMD_CPU_AVX512F | KSIMD_CPU_AVX512BW | KSIMD_CPU_AVX512CD |
                        KSIMD_CPU_AVX512DQ | KSIMD_CPU_AVX512VL | KSIMD_CPU_OS_ZMM;
    uint32_t m = 1u << KSIMD_ISA_SCALAR;
    if ((f & v2) == v2) m |= 1u << KSIMD_ISA_SSE42;
    if ((f & v3) == v3) m |= 1u << KSIMD_ISA_AVX2;
    if ((f & v4) == v4) m |= 1u << KSIMD_ISA_AVX512;
    if (f & KSIMD_CPU_NEON) m |= 1u << KSIMD_ISA_NEON;
    return m;
}

uint32_t ksimd_cpu_features(void)
{
    /* Racing first calls compute the same value; bit 31 marks "known". */
    static _Atomic uint32_t cached;
    uint32_t f = atomic_load_explicit(&cached, memory_order_relaxed);
    if (!f) {
        f = ksimd_x86_features() | ksimd_arm_features() | (1u << 31);
        atomic_store_explicit(&cached, f, memory_order_relaxed);
    }
    return f & ~(1u << 31);
}

int ksimd_isa_available(ksimd_isa isa)
{
    if ((unsigned)isa >= KSIMD_ISA_COUNT || !tables[isa]) return 0;
    return (ksimd_isa_mask_of(ksimd_cpu_features()) >> isa) & 1u;
}

const char *ksimd_isa_name(ksimd_isa isa)
{
    return (unsigned)isa < KSIMD_ISA_COUNT ? isa_names[isa] : "unknown";
}

ksimd_status ksimd_isa_from_name(const char *name, ksimd_isa *out)
{
    if (!name || !out) return KSIMD_ERR_NULL;
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (strcmp(name, isa_names[i]) == 0) {
            *out = (ksimd_isa)i;
            return KSIMD_OK;
        }
    return KSIMD_ERR_RANGE;
}

/* The best available table at or below cap. Scalar always qualifies. */
static ksimd_isa best_at_most(ksimd_isa cap)
{
    for (int i = cap; i > KSIMD_ISA_SCALAR; i--)
        if (ksimd_isa_available((ksimd_isa)i)) return (ksimd_isa)i;
    return KSIMD_ISA_SCALAR;
}

ksimd_isa ksimd_default_isa(void)
{
    ksimd_isa best = best_at_most(KSIMD_ISA_COUNT - 1);
    const char *env = getenv("KSIMD_ISA");
    if (!env || !*env) return best;
    ksimd_isa cap;
    if (ksimd_isa_from_name(env, &cap) == KSIMD_OK && ksimd_isa_available(cap)) return best_at_most(cap);
    static atomic_flag warned = ATOMIC_FLAG_INIT;
    if (!atomic_flag_test_and_set(&warned))
        fprintf(stderr, "ksimd: KSIMD_ISA=%s is %s; using %s\n", env,
                ksimd_isa_from_name(env, &cap) == KSIMD_OK ? "not available on this CPU"
                                                           : "not an ISA name (scalar, sse4.2, avx2, avx512, neon)",
                isa_names[best]);
    return best;
}

const struct ksimd_table *ksimd_reference_table(ksimd_isa isa) { return tables[isa]; }

const struct ksimd_table *ksimd_select_table(void)
{
    const struct ksimd_table *chosen = tables[ksimd_default_isa()], *expected = NULL;
    const char *profile = getenv("KSIMD_PROFILE");
    struct ksimd_table *mixed = NULL;
    if (profile && *profile && ksimd_profile_build(profile, &mixed) == KSIMD_OK) chosen = mixed;
    if (!atomic_compare_exchange_strong(&ksimd_active, &expected, chosen)) free(mixed); /* never published */
    return atomic_load(&ksimd_active);
}

ksimd_isa ksimd_isa_active(void) { return ksimd_kernels()->isa; }

ksimd_status ksimd_isa_set(ksimd_isa isa)
{
    if ((unsigned)isa >= KSIMD_ISA_COUNT) return KSIMD_ERR_RANGE;
    if (!ksimd_isa_available(isa)) return KSIMD_ERR_ISA;
    atomic_store(&ksimd_active, tables[isa]);
    return KSIMD_OK;
}

/* ---- kernels by name: kbench, profiles and ksimd_kernel_isa ---- */

static const char *const kernel_names[KSIMD_KERNEL_COUNT] = {
#define KSIMD_KERNEL(name, family, shape, t) #name,
#include "../kernels/kernel_list.h"
#undef KSIMD_KERNEL
};

static const size_t slot_offsets[KSIMD_KERNEL_COUNT] = {
#define KSIMD_KERNEL(name, family, shape, t) offsetof(struct ksimd_table, name),
#include "../kernels/kernel_list.h"
#undef KSIMD_KERNEL
};

const char *ksimd_kernel_name(size_t i) { return i < KSIMD_KERNEL_COUNT ? kernel_names[i] : NULL; }

int ksimd_kernel_index(const char *name)
{
    for (int i = 0; name && i < KSIMD_KERNEL_COUNT; i++)
        if (strcmp(name, kernel_names[i]) == 0) return i;
    return -1;
}

/* Slots hold function pointers of different types; copying the bytes of
 * one slot is the type-agnostic way to move it between tables. */
void ksimd_table_copy_slot(struct ksimd_table *dst, const struct ksimd_table *src, int slot)
{
    memcpy((char *)dst + slot_offsets[slot], (const char *)src + slot_offsets[slot],
           sizeof dst->add_f32);
}

const char *ksimd_kernel_isa(const char *kernel)
{
    int i = ksimd_kernel_index(kernel);
    if (i < 0) return NULL;
    const struct ksimd_table *t = ksimd_kernels();
    return isa_names[t->slot_isa ? t->slot_isa[i] : t->isa];
}
