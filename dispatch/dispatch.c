/* The list of tables, selection on first use, the KSIMD_ISA cap, pinning.
 * Modelled on simdjson: the table is data, chosen once through an atomic
 * pointer, forceable by environment and API, never aborting. Baseline
 * flags only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "dispatch.h"

/* KSIMD_BUILT(stem) is 1 when CMake defined KSIMD_HAVE_<stem> (to 1) for
 * this build, else 0: an X-macro line cannot hold an #ifdef. Defined, the
 * macro pastes into KSIMD_BUILT_PROBE_1, two arguments that push the 1 into
 * second place; undefined, into an unknown name that leaves the 0 there. */
#define KSIMD_SECOND_(a, b, ...) b
#define KSIMD_SECOND(...) KSIMD_SECOND_(__VA_ARGS__)
#define KSIMD_BUILT_PROBE_1 ~, 1
#define KSIMD_BUILT__(value) KSIMD_SECOND(KSIMD_BUILT_PROBE_##value, 0, ~)
#define KSIMD_BUILT_(have) KSIMD_BUILT__(have) /* expands KSIMD_HAVE_<stem> before the paste */
#define KSIMD_BUILT(stem) KSIMD_BUILT_(KSIMD_HAVE_##stem)

/* A table not built in is NULL; the constant condition folds, so its symbol
 * is never referenced. */
static const struct ksimd_table *const tables[KSIMD_ISA_COUNT] = {
#define KSIMD_ISA(suffix, name, id, stem, needs) [id] = KSIMD_BUILT(stem) ? &ksimd_table_##suffix : NULL,
#include "../kernels/isa_list.h"
#undef KSIMD_ISA
};

static const char *const isa_names[KSIMD_ISA_COUNT] = {
#define KSIMD_ISA(suffix, name, id, stem, needs) [id] = name,
#include "../kernels/isa_list.h"
#undef KSIMD_ISA
};

/* "scalar, sse4.2, ...": the names KSIMD_ISA accepts, for its warning. */
#define KSIMD_ISA(suffix, name, id, stem, needs) ", " name
static const char isa_name_list[] =
#include "../kernels/isa_list.h"
    ;
#undef KSIMD_ISA

/* One line of isa_list.h for every value of the public enum. */
enum {
    KSIMD_ISA_LISTED = 0
#define KSIMD_ISA(suffix, name, id, stem, needs) +1
#include "../kernels/isa_list.h"
#undef KSIMD_ISA
};
_Static_assert((int)KSIMD_ISA_LISTED == (int)KSIMD_ISA_COUNT, "isa_list.h needs one line per ksimd_isa value");

_Atomic(const struct ksimd_table *) ksimd_active;

uint32_t ksimd_isa_mask_of(uint32_t f)
{
    uint32_t m = 0;
#define KSIMD_ISA(suffix, name, id, stem, needs)                                                                       \
    if ((f & (uint32_t)(needs)) == (uint32_t)(needs)) m |= 1u << id;
#include "../kernels/isa_list.h"
#undef KSIMD_ISA
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
#ifdef KSIMD_EMULATE_AVX512
    /* Test builds only (tests/avx512emu): the avx512 table is SIMDe code built
     * with the avx2 table's flags, so it runs wherever that table does. */
    if (isa == KSIMD_ISA_AVX512) isa = KSIMD_ISA_AVX2;
#endif
    return (ksimd_isa_mask_of(ksimd_cpu_features()) >> isa) & 1u;
}

const char *ksimd_isa_name(ksimd_isa isa) { return (unsigned)isa < KSIMD_ISA_COUNT ? isa_names[isa] : "unknown"; }

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
    if (!atomic_flag_test_and_set(&warned)) {
        if (ksimd_isa_from_name(env, &cap) == KSIMD_OK)
            fprintf(stderr, "ksimd: KSIMD_ISA=%s is not available on this CPU; using %s\n", env, isa_names[best]);
        else
            fprintf(stderr, "ksimd: KSIMD_ISA=%s is not an ISA name (%s); using %s\n", env, isa_name_list + 2,
                    isa_names[best]);
    }
    return best;
}

const struct ksimd_table *ksimd_reference_table(ksimd_isa isa) { return tables[isa]; }

/* What the first call gets, decided once: the KSIMD_PROFILE profile, else
 * the best table under KSIMD_ISA. */
static const struct ksimd_table *first_choice(void)
{
    static _Atomic(const struct ksimd_table *) decided;
    const struct ksimd_table *chosen = atomic_load(&decided), *expected = NULL;
    if (chosen) return chosen;
    const char *profile = getenv("KSIMD_PROFILE");
    struct ksimd_table *mixed = NULL;
    if (profile && *profile && ksimd_profile_build(profile, &mixed) == KSIMD_OK)
        chosen = mixed;
    else
        chosen = tables[ksimd_default_isa()];
    if (atomic_compare_exchange_strong(&decided, &expected, chosen)) return chosen;
    free(mixed); /* another thread decided first; this one was never published */
    return expected;
}

const struct ksimd_table *ksimd_select_table(void)
{
    const struct ksimd_table *expected = NULL;
    atomic_compare_exchange_strong(&ksimd_active, &expected, first_choice());
    return atomic_load(&ksimd_active);
}

void ksimd_isa_reset(void) { atomic_store(&ksimd_active, first_choice()); }

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
    memcpy((char *)dst + slot_offsets[slot], (const char *)src + slot_offsets[slot], sizeof dst->add_f32);
}

const char *ksimd_kernel_isa(const char *kernel)
{
    int i = ksimd_kernel_index(kernel);
    if (i < 0) return NULL;
    const struct ksimd_table *t = ksimd_kernels();
    return isa_names[t->slot_isa ? t->slot_isa[i] : t->isa];
}
