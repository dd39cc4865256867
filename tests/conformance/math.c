/* The transcendental family's cases: for each function and type, C99 Annex
 * F's special values, every tail length and alignment, in place and the
 * argument checks, on the active table (math_check_t.h does the work); plus
 * the cross-table identity cases, which also compare the bits with a
 * checksum recorded on x86-64. Accuracy against MPFR is tests/accuracy. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "conformance.h"

enum {
    MF_MAX_N = 53, /* 3 x 16 lanes + 5: every tail of up to three vectors */
    MF_ID_N = 4099 /* identity inputs, odd: full vectors and a tail on every table */
};

/* splitmix64 seeded by FNV-1a of a name: the inputs of every case. */
static struct ks_rng mf_rng(const char *name)
{
    struct ks_rng g = {0xcbf29ce484222325u};
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) g.state = (g.state ^ *p) * 0x100000001b3u;
    return g;
}

static uint64_t mf_rand(struct ks_rng *g)
{
    uint64_t z = (g->state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

#define KSIMD_SKELETON "math_check_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ---- the functions: entry point and input binades ---- */

static const struct mf_fn_f64 exp_f64 = {"exp_f64", ksimd_exp_f64, NULL, -30, 9, 0, 0, 0};
static const struct mf_fn_f64 log_f64 = {"log_f64", ksimd_log_f64, NULL, -1022, 1023, 0, 0, 1};
static const struct mf_fn_f64 sin_f64 = {"sin_f64", ksimd_sin_f64, NULL, -30, 60, 0, 0, 0};
static const struct mf_fn_f64 cos_f64 = {"cos_f64", ksimd_cos_f64, NULL, -30, 60, 0, 0, 0};
static const struct mf_fn_f64 tanh_f64 = {"tanh_f64", ksimd_tanh_f64, NULL, -60, 5, 0, 0, 0};
static const struct mf_fn_f64 pow_f64 = {"pow_f64", NULL, ksimd_pow_f64, -20, 20, -10, 10, 0};
static const struct mf_fn_f32 exp_f32 = {"exp_f32", ksimd_exp_f32, NULL, -20, 6, 0, 0, 0};
static const struct mf_fn_f32 log_f32 = {"log_f32", ksimd_log_f32, NULL, -126, 127, 0, 0, 1};
static const struct mf_fn_f32 sin_f32 = {"sin_f32", ksimd_sin_f32, NULL, -20, 30, 0, 0, 0};
static const struct mf_fn_f32 cos_f32 = {"cos_f32", ksimd_cos_f32, NULL, -20, 30, 0, 0, 0};
static const struct mf_fn_f32 tanh_f32 = {"tanh_f32", ksimd_tanh_f32, NULL, -30, 4, 0, 0, 0};
static const struct mf_fn_f32 pow_f32 = {"pow_f32", NULL, ksimd_pow_f32, -10, 10, -6, 6, 0};

/* ---- Annex F special values: {x, y (pow only), exact result} ---- */

/* clang-format off */

#define INF INFINITY
static const struct mf_special_f64 exp_sv_f64[] = {
    {-INF, 0, 0.0}, {INF, 0, INF}, {NAN, 0, NAN}, {0.0, 0, 1.0}, {-0.0, 0, 1.0}, {0x1p-1074, 0, 1.0},
    {-746, 0, 0.0}, {710, 0, INF}, {DBL_MAX, 0, INF}, {-DBL_MAX, 0, 0.0},
    /* just below overflow, where SLEEF alone returns inf (MPFR's values) */
    {0x1.62e42fefa39efp+9, 0, 0x1.fffffffffff2ap+1023}, {0x1.62e42fef0d7p+9, 0, 0x1.fffffda74434p+1023},
};
static const struct mf_special_f64 log_sv_f64[] = {
    {0.0, 0, -INF}, {-0.0, 0, -INF}, {-1, 0, NAN}, {INF, 0, INF}, {-INF, 0, NAN},
    {NAN, 0, NAN},  {1, 0, 0.0},     {-0x1p-1074, 0, NAN},
};
static const struct mf_special_f64 sin_sv_f64[] = {
    {INF, 0, NAN},  {-INF, 0, NAN},   {NAN, 0, NAN}, {0.0, 0, 0.0}, {-0.0, 0, -0.0}, {0x1p-1074, 0, 0x1p-1074},
    {-0x1p-1074, 0, -0x1p-1074}, {0x1p-30, 0, 0x1p-30},
};
static const struct mf_special_f64 cos_sv_f64[] = {
    {INF, 0, NAN}, {-INF, 0, NAN}, {NAN, 0, NAN}, {0.0, 0, 1.0}, {-0.0, 0, 1.0}, {0x1p-1074, 0, 1.0}, {0x1p-30, 0, 1.0},
};
static const struct mf_special_f64 tanh_sv_f64[] = {
    {INF, 0, 1.0}, {-INF, 0, -1.0}, {NAN, 0, NAN}, {0.0, 0, 0.0}, {-0.0, 0, -0.0}, {0x1p-1074, 0, 0x1p-1074},
    {-0x1p-1074, 0, -0x1p-1074}, {25, 0, 1.0}, {-25, 0, -1.0}, {DBL_MAX, 0, 1.0}, {-DBL_MAX, 0, -1.0},
    /* tanh(x) rounds to x here (SLEEF's tanh, used before tanh.h, was a hair over 1 ULP) */
    {-0x1.24e1ba98ff83dp-53, 0, -0x1.24e1ba98ff83dp-53},
    /* tanh.h's edges: the smallest x of its core, the last x below 1, the
     * bound where lanes skip the core (MPFR's values) */
    {0x1p-28, 0, 0x1p-28}, {19, 0, 0x1.fffffffffffffp-1}, {-19, 0, -0x1.fffffffffffffp-1},
    {0x1.3ffffffffffffp4, 0, 1.0}, {20, 0, 1.0}, {0.5, 0, 0x1.d9353d7568af3p-2},
};
static const struct mf_special_f64 pow_sv_f64[] = {
    /* pow(x, +-0) = 1 for any x, NaN included; pow(1, y) = 1 for any y */
    {0.0, 0.0, 1}, {-0.0, -0.0, 1}, {INF, 0.0, 1}, {-INF, -0.0, 1}, {NAN, 0.0, 1}, {NAN, -0.0, 1}, {-2, 0.0, 1},
    {1, NAN, 1}, {1, INF, 1}, {1, -INF, 1}, {1, 0.5, 1},
    /* zero bases */
    {0.0, -1, INF}, {-0.0, -1, -INF}, {-0.0, -3, -INF}, {0.0, -2, INF}, {-0.0, -2, INF}, {-0.0, -0.5, INF},
    {0.0, -INF, INF}, {-0.0, -INF, INF}, {0.0, 3, 0.0}, {-0.0, 3, -0.0}, {-0.0, 2, 0.0}, {-0.0, 0.5, 0.0},
    {-0.0, INF, 0.0},
    /* infinite exponents */
    {-1, INF, 1}, {-1, -INF, 1}, {0.5, -INF, INF}, {-0.5, -INF, INF}, {2, -INF, 0.0}, {-2, -INF, 0.0},
    {0.5, INF, 0.0}, {-0.5, INF, 0.0}, {2, INF, INF}, {-2, INF, INF},
    /* infinite bases */
    {-INF, -3, -0.0}, {-INF, -2, 0.0}, {-INF, -0.5, 0.0}, {-INF, 3, -INF}, {-INF, 2, INF}, {-INF, 0.5, INF},
    {INF, -1, 0.0}, {INF, 0.5, INF},
    /* NaN, negative bases, exact results, signs of overflow and underflow */
    {NAN, 1, NAN}, {2, NAN, NAN}, {-2, 0.5, NAN}, {-8, 1.0 / 3, NAN}, {2, 10, 1024}, {-2, 3, -8},
    {-2, -1, -0.5}, {2, -1074, 0x1p-1074}, {-2, 1025, -INF}, {-2, 1024, INF}, {-2, -1075, -0.0},
    {-2, -1076, 0.0},
    /* just below overflow, where SLEEF alone returns inf (MPFR's values) */
    {2, 0x1.fffffff36ac64p+9, 0x1.ffffdd1cdef41p+1023},
    {-0x1.002c6b7719e76p+1, 1023, -0x1.ffffe8bde9c22p+1023},
};

static const struct mf_special_f32 exp_sv_f32[] = {
    {-INF, 0, 0.0f}, {INF, 0, INF}, {NAN, 0, NAN}, {0.0f, 0, 1}, {-0.0f, 0, 1}, {0x1p-149f, 0, 1},
    {-104, 0, 0.0f}, {89, 0, INF}, {FLT_MAX, 0, INF}, {-FLT_MAX, 0, 0.0f},
};
static const struct mf_special_f32 log_sv_f32[] = {
    {0.0f, 0, -INF}, {-0.0f, 0, -INF}, {-1, 0, NAN}, {INF, 0, INF}, {-INF, 0, NAN},
    {NAN, 0, NAN},   {1, 0, 0.0f},     {-0x1p-149f, 0, NAN},
};
static const struct mf_special_f32 sin_sv_f32[] = {
    {INF, 0, NAN},  {-INF, 0, NAN},    {NAN, 0, NAN}, {0.0f, 0, 0.0f}, {-0.0f, 0, -0.0f}, {0x1p-149f, 0, 0x1p-149f},
    {-0x1p-149f, 0, -0x1p-149f}, {0x1p-20f, 0, 0x1p-20f},
};
static const struct mf_special_f32 cos_sv_f32[] = {
    {INF, 0, NAN}, {-INF, 0, NAN}, {NAN, 0, NAN}, {0.0f, 0, 1}, {-0.0f, 0, 1}, {0x1p-149f, 0, 1}, {0x1p-20f, 0, 1},
};
static const struct mf_special_f32 tanh_sv_f32[] = {
    {INF, 0, 1},   {-INF, 0, -1},  {NAN, 0, NAN}, {0.0f, 0, 0.0f}, {-0.0f, 0, -0.0f}, {0x1p-149f, 0, 0x1p-149f},
    {-0x1p-149f, 0, -0x1p-149f}, {10, 0, 1}, {-10, 0, -1}, {FLT_MAX, 0, 1}, {-FLT_MAX, 0, -1},
    {-0x1.3fe286p-24f, 0, -0x1.3fe286p-24f},
    /* tanh.h's edges (MPFR's values) */
    {0x1p-12f, 0, 0x1p-12f}, {9, 0, 0x1.fffffep-1f}, {-9, 0, -0x1.fffffep-1f}, {0.5f, 0, 0x1.d9353ep-2f},
};
static const struct mf_special_f32 pow_sv_f32[] = {
    {0.0f, 0.0f, 1}, {-0.0f, -0.0f, 1}, {INF, 0.0f, 1}, {-INF, -0.0f, 1}, {NAN, 0.0f, 1}, {NAN, -0.0f, 1},
    {-2, 0.0f, 1}, {1, NAN, 1}, {1, INF, 1}, {1, -INF, 1}, {1, 0.5f, 1},
    {0.0f, -1, INF}, {-0.0f, -1, -INF}, {-0.0f, -3, -INF}, {0.0f, -2, INF}, {-0.0f, -2, INF}, {-0.0f, -0.5f, INF},
    {0.0f, -INF, INF}, {-0.0f, -INF, INF}, {0.0f, 3, 0.0f}, {-0.0f, 3, -0.0f}, {-0.0f, 2, 0.0f},
    {-0.0f, 0.5f, 0.0f}, {-0.0f, INF, 0.0f},
    {-1, INF, 1}, {-1, -INF, 1}, {0.5f, -INF, INF}, {-0.5f, -INF, INF}, {2, -INF, 0.0f}, {-2, -INF, 0.0f},
    {0.5f, INF, 0.0f}, {-0.5f, INF, 0.0f}, {2, INF, INF}, {-2, INF, INF},
    {-INF, -3, -0.0f}, {-INF, -2, 0.0f}, {-INF, -0.5f, 0.0f}, {-INF, 3, -INF}, {-INF, 2, INF}, {-INF, 0.5f, INF},
    {INF, -1, 0.0f}, {INF, 0.5f, INF},
    {NAN, 1, NAN}, {2, NAN, NAN}, {-2, 0.5f, NAN}, {2, 10, 1024}, {-2, 3, -8}, {-2, -1, -0.5f},
    {2, -149, 0x1p-149f}, {-2, 129, -INF}, {-2, 128, INF}, {-2, -151, -0.0f}, {-2, -152, 0.0f},
    /* SLEEF's f32 pow gave 0x1.6a09e6p-1 on the scalar table only (the
     * expression fuzzer found it); 0x1.6a09e4p-1 is the nearest float */
    {0x1.fffffcp-2f, 0.5f, 0x1.6a09e4p-1f},
};

/* clang-format on */

/* ---- one case per function ---- */

static void run_f64(struct ks_report *r, const struct mf_fn_f64 *f, const struct mf_special_f64 *sv, size_t n)
{
    mf_specials_f64(r, f, sv, n);
    mf_tails_f64(r, f);
    mf_errors_f64(r, f);
}

static void run_f32(struct ks_report *r, const struct mf_fn_f32 *f, const struct mf_special_f32 *sv, size_t n)
{
    mf_specials_f32(r, f, sv, n);
    mf_tails_f32(r, f);
    mf_errors_f32(r, f);
}

static void case_exp_f64(struct ks_report *r) { run_f64(r, &exp_f64, exp_sv_f64, COUNT(exp_sv_f64)); }
static void case_log_f64(struct ks_report *r) { run_f64(r, &log_f64, log_sv_f64, COUNT(log_sv_f64)); }
static void case_sin_f64(struct ks_report *r) { run_f64(r, &sin_f64, sin_sv_f64, COUNT(sin_sv_f64)); }
static void case_cos_f64(struct ks_report *r) { run_f64(r, &cos_f64, cos_sv_f64, COUNT(cos_sv_f64)); }
static void case_tanh_f64(struct ks_report *r) { run_f64(r, &tanh_f64, tanh_sv_f64, COUNT(tanh_sv_f64)); }
static void case_pow_f64(struct ks_report *r) { run_f64(r, &pow_f64, pow_sv_f64, COUNT(pow_sv_f64)); }
static void case_exp_f32(struct ks_report *r) { run_f32(r, &exp_f32, exp_sv_f32, COUNT(exp_sv_f32)); }
static void case_log_f32(struct ks_report *r) { run_f32(r, &log_f32, log_sv_f32, COUNT(log_sv_f32)); }
static void case_sin_f32(struct ks_report *r) { run_f32(r, &sin_f32, sin_sv_f32, COUNT(sin_sv_f32)); }
static void case_cos_f32(struct ks_report *r) { run_f32(r, &cos_f32, cos_sv_f32, COUNT(cos_sv_f32)); }
static void case_tanh_f32(struct ks_report *r) { run_f32(r, &tanh_f32, tanh_sv_f32, COUNT(tanh_sv_f32)); }
static void case_pow_f32(struct ks_report *r) { run_f32(r, &pow_f32, pow_sv_f32, COUNT(pow_sv_f32)); }

/* Every transcendental kernel of the registry, checked by its case_<name>. */
#define KS_CASE_math(name) {"math", #name, case_##name},
const struct ks_case ks_math_cases[] = {
#include "registry_cases.h"
    {NULL, NULL, NULL},
};

/* ---- cross-table identity, against checksums recorded on x86-64 ----
 * (ksimd 0.1 with Debian's SLEEF 3.5.1; on a mismatch, the message gives
 * the checksum this machine computed.) */

static void identity_f64(struct ks_report *r)
{
    mf_identity_f64(r, &exp_f64, 0xfff0fa66e6fe88ddu);
    mf_identity_f64(r, &log_f64, 0x4576e3f8c1e83ea5u);
    mf_identity_f64(r, &sin_f64, 0xbb2f9987df8b962bu);
    mf_identity_f64(r, &cos_f64, 0xe8de1717ff44e738u);
    mf_identity_f64(r, &tanh_f64, 0xc8bf5792782dddb5u); /* ksimd's own tanh: tanh.h */
    mf_identity_f64(r, &pow_f64, 0x3b10d2eaf21ab959u);
}

static void identity_f32(struct ks_report *r)
{
    mf_identity_f32(r, &exp_f32, 0x99d91a962ea97284u);
    mf_identity_f32(r, &log_f32, 0x0a3fecd6f148e034u);
    mf_identity_f32(r, &sin_f32, 0x92d2f18ea0a83aaau);
    mf_identity_f32(r, &cos_f32, 0x4166711c7a50e987u);
    mf_identity_f32(r, &tanh_f32, 0x55e3c12a883951feu); /* ksimd's own tanh: tanh.h */
    mf_identity_f32(r, &pow_f32, 0xe7b578416cff2844u);  /* pow_f64 rounded: math_ops.h */
}

const struct ks_case ks_math_identity_cases[] = {
    {"math", "identity_f32", identity_f32},
    {"math", "identity_f64", identity_f64},
    {NULL, NULL, NULL},
};
