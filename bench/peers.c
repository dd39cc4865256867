/* The peer columns of this build: the compiler loops (every kernel), the
 * same reduction loops built -ffast-math, SLEEF's FMA functions for the
 * transcendentals (x86-64 with AVX2 and FMA only) and Google Highway
 * (when the build found it). A peer that has no loop for a kernel leaves
 * its cell empty. Baseline flags: this file decides what may run. */
#include "peers.h"

#include <string.h>

#include "peers/compiler.h"
#ifdef KBENCH_HAVE_HIGHWAY
#include "peers/highway.h"
#endif

struct named_fn {
    const char *name;
    kb_fn fn;
};

static kb_fn find_in(const struct named_fn *list, size_t count, const char *name)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(list[i].name, name) == 0) return list[i].fn;
    return NULL;
}

static kb_fn find_compiler(const struct kb_kernel *k) { return k->compiler; }

/* The loops of the columns that cover one family, from the registry. */
#define KB_NAMED(prefix, k) {#k, (kb_fn)prefix##k},
static const struct named_fn fastmath[] = {
#define KSIMD_KERNEL(name, family, shape, t) KB_PEER_FAMILY_##family(KB_NAMED(kbfm_, name), )
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
};
static kb_fn find_fastmath(const struct kb_kernel *k)
{
    return find_in(fastmath, sizeof fastmath / sizeof fastmath[0], k->name);
}

#ifdef KBENCH_HAVE_SLEEF_FMA
static const struct named_fn sleef_fma[] = {
#define KSIMD_KERNEL(name, family, shape, t) KB_PEER_FAMILY_##family(, KB_NAMED(kbsl_, name))
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
};
/* sleef_fma.c is built -mavx2 -mfma: it may run only where both exist
 * (GCC's and Clang's checks include the OS's AVX state). */
int kbsl_usable(void) { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }
static kb_fn find_sleef_fma(const struct kb_kernel *k)
{
    return kbsl_usable() ? find_in(sleef_fma, sizeof sleef_fma / sizeof sleef_fma[0], k->name) : NULL;
}
#endif

#ifdef KBENCH_HAVE_HIGHWAY
static kb_fn find_highway(const struct kb_kernel *k) { return (kb_fn)kbhwy_find(k->name); }
#endif

static const struct kb_peer peers[] = {
    {"compiler", kbcc_description, find_compiler},
    {"compiler-fastmath", "the reduction loops, unchanged, built -O3 -ffast-math (reordered, NaN-unsafe)",
     find_fastmath},
#ifdef KBENCH_HAVE_SLEEF_FMA
    {"sleef-fma", "the transcendental loops calling SLEEF's FMA AVX2 functions (Sleef_finz_*_u10avx2)", find_sleef_fma},
#endif
#ifdef KBENCH_HAVE_HIGHWAY
    {"highway", kbhwy_description, find_highway},
#endif
};

int kb_peer_count(void) { return (int)(sizeof peers / sizeof peers[0]); }
const struct kb_peer *kb_peer_at(int i) { return i >= 0 && i < kb_peer_count() ? &peers[i] : NULL; }
