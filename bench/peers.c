/* The peer columns of this build: the compiler loops (every kernel), the
 * same reduction loops built -ffast-math, SLEEF's FMA functions for the
 * transcendentals (x86-64 with AVX2 and FMA only) and Google Highway
 * (when the build found it). A peer that has no loop for a kernel leaves
 * its cell empty. Baseline flags: this file decides what may run. */
#include "peers.h"

#include <string.h>

#include "peers/compiler.h"
#include "peers/compiler_math.h"
#include "peers/compiler_reduce.h"
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

#define KB_NAMED(prefix, k)                                                                                  \
    {                                                                                                        \
#k, (kb_fn)prefix##k                                                                                 \
    }

static const struct named_fn fastmath[] = {
    KB_NAMED(kbfm_, sum_f32),       KB_NAMED(kbfm_, sum_f64),       KB_NAMED(kbfm_, sum_i32),
    KB_NAMED(kbfm_, sum_i64),       KB_NAMED(kbfm_, dot_f32),       KB_NAMED(kbfm_, dot_f64),
    KB_NAMED(kbfm_, min_f32),       KB_NAMED(kbfm_, min_f64),       KB_NAMED(kbfm_, min_i32),
    KB_NAMED(kbfm_, min_i64),       KB_NAMED(kbfm_, max_f32),       KB_NAMED(kbfm_, max_f64),
    KB_NAMED(kbfm_, max_i32),       KB_NAMED(kbfm_, max_i64),       KB_NAMED(kbfm_, argmin_f32),
    KB_NAMED(kbfm_, argmin_f64),    KB_NAMED(kbfm_, argmin_i32),    KB_NAMED(kbfm_, argmin_i64),
    KB_NAMED(kbfm_, argmax_f32),    KB_NAMED(kbfm_, argmax_f64),    KB_NAMED(kbfm_, argmax_i32),
    KB_NAMED(kbfm_, argmax_i64),    KB_NAMED(kbfm_, group_sum_f32), KB_NAMED(kbfm_, group_sum_f64),
    KB_NAMED(kbfm_, group_sum_i64),
};
static kb_fn find_fastmath(const struct kb_kernel *k)
{
    return find_in(fastmath, sizeof fastmath / sizeof fastmath[0], k->name);
}

#ifdef KBENCH_HAVE_SLEEF_FMA
static const struct named_fn sleef_fma[] = {
    KB_NAMED(kbsl_, exp_f32),  KB_NAMED(kbsl_, exp_f64),  KB_NAMED(kbsl_, log_f32), KB_NAMED(kbsl_, log_f64),
    KB_NAMED(kbsl_, sin_f32),  KB_NAMED(kbsl_, sin_f64),  KB_NAMED(kbsl_, cos_f32), KB_NAMED(kbsl_, cos_f64),
    KB_NAMED(kbsl_, tanh_f32), KB_NAMED(kbsl_, tanh_f64), KB_NAMED(kbsl_, pow_f32), KB_NAMED(kbsl_, pow_f64),
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
    {"sleef-fma", "the transcendental loops calling SLEEF's FMA AVX2 functions (Sleef_finz_*_u10avx2)",
     find_sleef_fma},
#endif
#ifdef KBENCH_HAVE_HIGHWAY
    {"highway", kbhwy_description, find_highway},
#endif
};

int kb_peer_count(void) { return (int)(sizeof peers / sizeof peers[0]); }
const struct kb_peer *kb_peer_at(int i) { return i >= 0 && i < kb_peer_count() ? &peers[i] : NULL; }
