/* The reduction family's cases. Float sums and dots are checked bit for bit
 * against the canonical order written again here from docs/reductions.md
 * (so every table, at every alignment, must give the documented bits), and
 * against the contract's error bound with an exact reference; min/max and
 * the arg forms against plain references; statuses and "nothing written on
 * error" with sentinels. The identity cases run the largest sizes once and
 * compare every table with the scalar one. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "conformance.h"

_Static_assert(FLT_EVAL_METHOD == 0, "float arithmetic must not use excess precision");

#define RD_PASTE_(a, b) a##b
#define RD_PASTE(a, b) RD_PASTE_(a, b)
#define RD_STR_(x) #x
#define RD_STR(x) RD_STR_(x)

#define KSIMD_SKELETON "reduce_float_t.h"
#define KSIMD_FOREACH_FLOAT
#include "foreach_type.h"

/* ---- integers: wrapping int64 sums, exact extremes ---- */

/* min/max/argmin/argmax of a and of b (a scaled by 2^40: the same order)
 * against a plain search; the first index wins among equal extremes. */
static void check_int_extremes(struct ks_report *r, const int32_t *a, const int64_t *b, size_t n)
{
    size_t lo = 0, hi = 0;
    for (size_t i = 1; i < n; i++) lo = a[i] < a[lo] ? i : lo, hi = a[i] > a[hi] ? i : hi;
    int32_t m32 = 0;
    int64_t m64 = 0;
    size_t at = 0;
    ks_check(r, ksimd_min_i32(a, n, &m32) == KSIMD_OK && m32 == a[lo], "min_i32 n=%zu", n);
    ks_check(r, ksimd_max_i32(a, n, &m32) == KSIMD_OK && m32 == a[hi], "max_i32 n=%zu", n);
    ks_check(r, ksimd_min_i64(b, n, &m64) == KSIMD_OK && m64 == b[lo], "min_i64 n=%zu", n);
    ks_check(r, ksimd_max_i64(b, n, &m64) == KSIMD_OK && m64 == b[hi], "max_i64 n=%zu", n);
    ks_check(r, ksimd_argmin_i32(a, n, &at) == KSIMD_OK && at == lo, "argmin_i32 n=%zu: %zu want %zu", n, at, lo);
    ks_check(r, ksimd_argmax_i32(a, n, &at) == KSIMD_OK && at == hi, "argmax_i32 n=%zu: %zu want %zu", n, at, hi);
    ks_check(r, ksimd_argmin_i64(b, n, &at) == KSIMD_OK && at == lo, "argmin_i64 n=%zu: %zu want %zu", n, at, lo);
    ks_check(r, ksimd_argmax_i64(b, n, &at) == KSIMD_OK && at == hi, "argmax_i64 n=%zu: %zu want %zu", n, at, hi);
}

static void integers(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("reduce integers");
    enum { MAXN = 5000 }; /* several 4 KiB blocks of argmin/argmax */
    static int32_t a[MAXN];
    static int64_t b[MAXN];
    for (size_t n = 0; n <= MAXN; n += n < 70 ? 1 : n < 700 ? 53 : 431) {
        uint64_t s32 = 0, s64 = 0;
        for (size_t i = 0; i < n; i++) {
            a[i] = ks_rand(&g) & 1 ? INT32_MAX - (int32_t)(ks_rand(&g) % 3) : INT32_MIN + (int32_t)(ks_rand(&g) % 3);
            b[i] = (int64_t)ks_rand(&g);
            s32 += (uint64_t)(int64_t)a[i], s64 += (uint64_t)b[i];
        }
        int64_t got32 = 1, got64 = 1;
        ksimd_sum_i32(a, n, &got32);
        ksimd_sum_i64(b, n, &got64);
        ks_check(r, got32 == (int64_t)s32, "sum_i32 n=%zu: %lld, want %lld", n, (long long)got32, (long long)s32);
        ks_check(r, got64 == (int64_t)s64, "sum_i64 n=%zu wraps wrongly", n);
        if (n == 0) continue;
        /* Random values (many ties), then rising ones with ties (every block
         * beats the ones before: argmax searches each again). */
        for (int rising = 0; rising < 2; rising++) {
            for (size_t i = 0; i < n; i++)
                a[i] = rising ? (int32_t)(i / 5) - 300 : (int32_t)(ks_rand(&g) % 7) - 3,
                b[i] = (int64_t)a[i] * ((int64_t)1 << 40);
            check_int_extremes(r, a, b, n);
        }
    }
    int64_t wrap[2] = {INT64_MAX, 1}, got = 0;
    ksimd_sum_i64(wrap, 2, &got);
    ks_check(r, got == INT64_MIN, "sum_i64 of INT64_MAX and 1 must wrap to INT64_MIN");
}

/* Arrays past KSUM_STREAM_BYTES (4 MiB), which the tables read in chunks
 * of several streams (with v_load_far): the int64 sum, then extremes in
 * random values and in a valley. Every planted extreme and the valley's
 * floor sit inside the chunks at an index 12-15 mod 16 from a: the upper
 * half of a 512-bit vector of either width, which v_load_far loads on its
 * own. The maximum is planted twice, the minimum twice (the first must
 * win). Halves loaded in swapped order go unseen here (sums and extremes
 * ignore lane order); where's large case sees them. */
static void integers_large(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("reduce integers large");
    const size_t n = ((size_t)4800 << 10) / sizeof(int32_t) + 13, floor_at = n / 2 / 16 * 16 + 15;
    int32_t *a = malloc(n * sizeof *a);
    int64_t *b = malloc(n * sizeof *b);
    if (ks_check(r, a && b, "oom")) {
        uint64_t s64 = 0;
        for (size_t i = 0; i < n; i++) b[i] = (int64_t)ks_rand(&g), s64 += (uint64_t)b[i];
        int64_t got = 1;
        ks_check(r, ksimd_sum_i64(b, n, &got) == KSIMD_OK && got == (int64_t)s64, "sum_i64 n=%zu wraps wrongly", n);
        for (int valley = 0; valley < 2; valley++) {
            for (size_t i = 0; i < n; i++)
                a[i] = valley ? (int32_t)(i > floor_at ? i - floor_at : floor_at - i)
                              : (int32_t)(ks_rand(&g) % 1000) - 500;
            if (!valley) {
                a[n / 3 / 16 * 16 + 13] = a[n * 3 / 4 / 16 * 16 + 15] = 1000;
                a[n / 5 / 16 * 16 + 14] = a[n / 2 / 16 * 16 + 12] = -1000;
            }
            for (size_t i = 0; i < n; i++) b[i] = (int64_t)a[i] * ((int64_t)1 << 40);
            check_int_extremes(r, a, b, n);
        }
    }
    free(a), free(b);
}

/* ---- statuses: validated before anything is written ---- */

static void statuses(struct ks_report *r)
{
    double a[4] = {1, 2, 3, 4}, d = 42;
    float f[4] = {1, 2, 3, 4}, fo = 42;
    int32_t k[4] = {0, 1, 2, 3}, mi = 42;
    int64_t l[4] = {1, 2, 3, 4}, lo = 42;
    size_t at = 42;
    ks_check(r, ksimd_sum_f64(a, 4, NULL) == KSIMD_ERR_NULL, "sum_f64 NULL out");
    ks_check(r, ksimd_sum_f64(a, 0, NULL) == KSIMD_ERR_NULL, "sum_f64 NULL out with n == 0");
    ks_check(r, ksimd_argmax_i32(k, 0, NULL) == KSIMD_ERR_NULL, "argmax_i32 NULL out with n == 0");
    ks_check(r, ksimd_sum_f64(NULL, 4, &d) == KSIMD_ERR_NULL && d == 42, "sum_f64 NULL a, n > 0");
    ks_check(r, ksimd_dot_f32(f, NULL, 4, &fo) == KSIMD_ERR_NULL && fo == 42, "dot_f32 NULL b, n > 0");
    ks_check(r, ksimd_dot_f64(a, a, 0, &d) == KSIMD_OK && d == 0 && !signbit(d), "dot_f64 n == 0 gives +0");
    ks_check(r, ksimd_sum_i32(NULL, 0, &lo) == KSIMD_OK && lo == 0, "sum_i32 n == 0 gives 0");
    d = 42, lo = 42;
    ks_check(r, ksimd_min_f64(a, 0, &d) == KSIMD_ERR_EMPTY && d == 42, "min_f64 n == 0");
    ks_check(r, ksimd_max_f32(f, 0, &fo) == KSIMD_ERR_EMPTY && fo == 42, "max_f32 n == 0");
    ks_check(r, ksimd_min_i32(k, 0, &mi) == KSIMD_ERR_EMPTY && mi == 42, "min_i32 n == 0");
    ks_check(r, ksimd_max_i64(NULL, 0, &lo) == KSIMD_ERR_EMPTY && lo == 42, "max_i64 n == 0");
    ks_check(r, ksimd_argmin_f64(a, 0, &at) == KSIMD_ERR_EMPTY && at == 42, "argmin_f64 n == 0");
    ks_check(r, ksimd_argmax_i64(l, 0, &at) == KSIMD_ERR_EMPTY && at == 42, "argmax_i64 n == 0");
    /* out inside the input it reduces: a partial overlap */
    ks_check(r, ksimd_sum_i64(l, 4, &l[1]) == KSIMD_ERR_OVERLAP && l[1] == 2, "sum_i64 out inside a");
    ks_check(r, ksimd_max_f64(a, 4, &a[3]) == KSIMD_ERR_OVERLAP && a[3] == 4, "max_f64 out inside a");
}

/* One group sum of any type, for the key checks below. */
static ksimd_status group_any(int type, void *sums, int64_t *counts, const double *v, const int32_t *keys, size_t n,
                              size_t ng)
{
    if (type == 0) return ksimd_group_sum_f64(sums, counts, v, keys, n, ng);
    if (type == 1) return ksimd_group_sum_f32(sums, counts, (const float *)(const void *)v, keys, n, ng);
    return ksimd_group_sum_i64(sums, counts, (const int64_t *)(const void *)v, keys, n, ng);
}

/* The kernels check the keys as they read them, 2048 at a time, in chunks
 * of 2^16 and passes of 1024 groups (group_t.h): a key out of range first,
 * last, on either side of each of those edges, leaves sums and counts as
 * they were. */
static void group_bad_keys(struct ks_report *r)
{
    enum { N = 140000 };
    static const size_t ngroups[] = {16, 1500};
    static const size_t sizes[] = {300, N};
    static const size_t at[] = {0, 150, 299, 2047, 2048, 65535, 65536, 131071, N - 1};
    static const int32_t bad_keys[] = {-1, INT32_MIN, INT32_MAX};
    double *v = calloc(N, sizeof(double));
    int32_t *keys = malloc(N * sizeof(int32_t));
    unsigned char *sums = malloc(1500 * 8), *counts = malloc(1500 * 8);
    if (!ks_check(r, v && keys && sums && counts, "oom")) goto out;
    for (size_t ni = 0; ni < 4; ni++) {
        size_t ng = ngroups[ni % 2], n = sizes[ni / 2];
        for (size_t i = 0; i < N; i++) keys[i] = (int32_t)(i * 7 % ng);
        for (int type = 0; type < 3; type++)
            for (size_t p = 0; p < sizeof at / sizeof *at && at[p] < n; p++) {
                int32_t saved = keys[at[p]];
                keys[at[p]] = p % 2 ? (int32_t)ng : bad_keys[p % 3];
                memset(sums, 0xA5, 1500 * 8), memset(counts, 0xA5, 1500 * 8);
                ksimd_status st = group_any(type, sums, (int64_t *)(void *)counts, v, keys, n, ng);
                size_t touched = 0;
                for (size_t i = 0; i < ng * 8; i++) touched += sums[i] != 0xA5 || counts[i] != 0xA5;
                ks_check(r, st == KSIMD_ERR_RANGE && touched == 0,
                         "group_sum (%s) key %d at %zu of %zu, %zu groups: status %d, %zu bytes written",
                         type == 0   ? "f64"
                         : type == 1 ? "f32"
                                     : "i64",
                         (int)keys[at[p]], at[p], n, ng, (int)st, touched);
                keys[at[p]] = saved;
            }
    }
out:
    free(v), free(keys), free(sums), free(counts);
}

/* group_sum: keys out of range, overlaps and NULLs leave the sentinels. */
static void group_statuses(struct ks_report *r)
{
    enum { N = 300, G = 16 };
    double v[N], sums[G];
    int64_t counts[G];
    int32_t keys[N];
    for (int i = 0; i < N; i++) v[i] = i, keys[i] = i % G;
    int64_t isums[G];
    float fsums[G];
    int64_t iv[N];
    for (int i = 0; i < N; i++) iv[i] = i;
    ks_check(r, ksimd_group_sum_f64(NULL, counts, v, keys, N, G) == KSIMD_ERR_NULL, "group_sum NULL sums");
    ks_check(r, ksimd_group_sum_f64(NULL, NULL, NULL, NULL, 0, 0) == KSIMD_ERR_NULL, "group_sum NULL sums, n == 0");
    ks_check(r, ksimd_group_sum_f64(sums, counts, NULL, keys, N, G) == KSIMD_ERR_NULL, "group_sum NULL values");
    ks_check(r, ksimd_group_sum_f32(fsums, counts, NULL, NULL, 0, G) == KSIMD_OK && fsums[3] == 0 && counts[3] == 0,
             "group_sum_f32 n == 0 gives zeros");
    ks_check(r, ksimd_group_sum_f64(sums, counts, v, keys, 0, 0) == KSIMD_OK, "group_sum n == 0, ngroups == 0");
    ks_check(r, ksimd_group_sum_f64(sums, counts, v, keys, N, 0) == KSIMD_ERR_RANGE, "group_sum n > 0, ngroups == 0");
    ks_check(r, ksimd_group_sum_i64(iv + 1, NULL, iv, keys, N, G) == KSIMD_ERR_OVERLAP && iv[1] == 1,
             "group_sum_i64 sums inside values");
    ks_check(r, ksimd_group_sum_f64(sums, (int64_t *)(void *)keys, v, keys, N, G) == KSIMD_ERR_OVERLAP,
             "group_sum counts over keys");
    ks_check(r, ksimd_group_sum_i64(isums, isums, iv, keys, N, G) == KSIMD_ERR_OVERLAP, "group_sum sums == counts");
    /* integer group sums wrap */
    int64_t big[3] = {INT64_MAX, 1, 5};
    int32_t bk[3] = {0, 0, 1};
    ks_check(r,
             ksimd_group_sum_i64(isums, counts, big, bk, 3, 2) == KSIMD_OK && isums[0] == INT64_MIN && isums[1] == 5 &&
                 counts[0] == 2 && counts[1] == 1,
             "group_sum_i64 wraps and counts");
}

/* ---- identity across tables: the large sizes, once per type ---- */

/* Runs fn on every available table, comparing with the scalar table. */
static void each_table(struct ks_report *r, const char *what, void (*fn)(void *ctx, double *out), void *ctx)
{
    ksimd_isa saved = ksimd_isa_active();
    double want = 0, got;
    ksimd_isa_set(KSIMD_ISA_SCALAR);
    fn(ctx, &want);
    for (int isa = 1; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa)) continue;
        ksimd_isa_set((ksimd_isa)isa);
        fn(ctx, &got);
        ks_check(r, memcmp(&got, &want, sizeof got) == 0 || (isnan(got) && isnan(want)), "%s: %s gives %a, scalar %a",
                 what, ksimd_isa_name((ksimd_isa)isa), got, want);
    }
    ksimd_isa_set(saved);
}

struct big_input {
    const void *a, *b;
    size_t n;
};

/* Results as doubles (floats convert exactly) to share each_table. */
static void big_sum_f64(void *c, double *out)
{
    const struct big_input *in = c;
    ksimd_sum_f64(in->a, in->n, out);
}
static void big_dot_f64(void *c, double *out)
{
    const struct big_input *in = c;
    ksimd_dot_f64(in->a, in->b, in->n, out);
}
static void big_sum_f32(void *c, double *out)
{
    const struct big_input *in = c;
    float f = 0;
    ksimd_sum_f32(in->a, in->n, &f);
    *out = f;
}
static void big_dot_f32(void *c, double *out)
{
    const struct big_input *in = c;
    float f = 0;
    ksimd_dot_f32(in->a, in->b, in->n, &f);
    *out = f;
}

static void identity_large(struct ks_report *r)
{
    static const size_t sizes[] = {1000, 100003, 1000000, 10000000};
    size_t max = 10000000;
    struct ks_rng g = ks_rng_from("reduce identity");
    double *a = malloc(max * sizeof *a), *b = malloc(max * sizeof *b);
    float *fa = malloc(max * sizeof *fa), *fb = malloc(max * sizeof *fb);
    if (ks_check(r, a && b && fa && fb, "oom")) {
        /* one random fill of 2^17 values, scaled copies for the rest, the
         * other arrays derived: cheap under emulators */
        const size_t seed = (size_t)1 << 17;
        fill_hard_f64(a, seed, 0, &g);
        for (size_t i = seed; i < max; i++) a[i] = a[i % seed] * (1 + (double)(i / seed) * 0x1p-10);
        for (size_t i = 0; i < max; i++) b[i] = a[max - 1 - i] * 0.75, fa[i] = (float)b[i], fb[i] = (float)a[i];
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            struct big_input d = {a, b, sizes[s]}, f = {fa, fb, sizes[s]};
            each_table(r, "sum_f64", big_sum_f64, &d);
            each_table(r, "sum_f32", big_sum_f32, &f);
            if (sizes[s] == max) continue; /* 1e7: sums only, once per type */
            each_table(r, "dot_f64", big_dot_f64, &d);
            each_table(r, "dot_f32", big_dot_f32, &f);
        }
        /* and the documented bits at 1e6 (many counter levels) */
        double got = 0;
        float gotf = 0;
        ksimd_sum_f64(a, 1000000, &got);
        ksimd_dot_f32(fa, fb, 1000000, &gotf);
        ks_check(r, ks_same_f64(got, spec_sum_f64(a, NULL, 1000000)), "sum_f64 n=1e6 differs from the spec");
        ks_check(r, ks_same_f32(gotf, spec_sum_f32(fa, fb, 1000000)), "dot_f32 n=1e6 differs from the spec");
    }
    free(a), free(b), free(fa), free(fb);
}

const struct ks_case ks_reduce_cases[] = {
    {"reduce", "sum_dot_f32", sums_f32},
    {"reduce", "sum_dot_f64", sums_f64},
    {"reduce", "sum_dot_large_f32", sums_large_f32},
    {"reduce", "sum_dot_large_f64", sums_large_f64},
    {"reduce", "sum_dot_special_f32", sums_special_f32},
    {"reduce", "sum_dot_special_f64", sums_special_f64},
    {"reduce", "extremes_f32", extremes_f32},
    {"reduce", "extremes_f64", extremes_f64},
    {"reduce", "extremes_large_f32", extremes_large_f32},
    {"reduce", "extremes_large_f64", extremes_large_f64},
    {"reduce", "integers", integers},
    {"reduce", "integers_large", integers_large},
    {"reduce", "group_sum_f32", groups_f32},
    {"reduce", "group_sum_f64", groups_f64},
    {"reduce", "statuses", statuses},
    {"reduce", "group_sum_statuses", group_statuses},
    {"reduce", "group_sum_bad_keys", group_bad_keys},
    {NULL, NULL, NULL},
};

const struct ks_case ks_reduce_identity_cases[] = {
    {"reduce", "identity_large", identity_large},
    {NULL, NULL, NULL},
};
