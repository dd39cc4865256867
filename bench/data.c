/* Buffers and values: the timing pools (page-aligned, page-touched,
 * outputs distinct from inputs), realistic input values, verification
 * inputs with special values, and the result comparison. */
#include "kbench.h"

#include <stdio.h>

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "machine.h"

/* A pool's arrays lie one after another, each starting on a page boundary
 * (as large allocations do), in one region aligned to KB_REGION_ALIGN, so
 * address bits 12-27 of every array are the same in every run. AMD's L1
 * way predictor tags lines with a hash of those bits: two arrays whose
 * elements of the same index share the hash evict each other's tags. With
 * separate allocations at random addresses, some runs showed whole cells
 * (both contenders) 1.5x slower at 1 Ki; arrays exactly 2^28 bytes apart
 * made mod_scalar_i64 at 16 Mi 1.4x slower. Hence a gap of KB_GAP (17
 * pages) after each array: the same element of two arrays is then never a
 * multiple of 2^28 bytes away. The alignment costs address space only. */
#define KB_PAGE 4096
#define KB_GAP (17 * KB_PAGE)
#define KB_REGION_ALIGN ((size_t)1 << 28)
size_t kb_groups = 16;
double kb_range = 1000;

/* Timing inputs are one random block of this many elements, repeated. */
#define KB_BLOCK 65536

static uint64_t rng_next(uint64_t *s) /* splitmix64 */
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static double rng_unit(uint64_t *s) { return (double)(rng_next(s) >> 11) * 0x1p-53; }

/* One realistic value: floats in +-[0.5, kb_range) with random fractions,
 * integers in [-1e6, 1e6] (or [1, 1e6]), masks half true. */
static void put_value(void *dst, size_t i, enum kb_type t, enum kb_values v, uint64_t *s)
{
    double u = rng_unit(s);
    int neg = v == KB_VAL_ANY && (rng_next(s) & 1);
    double x = 0.5 + (kb_range - 0.5) * u;
    int64_t m = v == KB_VAL_POS ? 1 + (int64_t)(u * 999999.0) : (int64_t)(u * 2000001.0) - 1000000;
    if (v == KB_VAL_EXP) x = (2 * u - 1) * (t == KB_F32 ? 80 : 700);
    if (v == KB_VAL_LOG) x = 1e6 * (1 - u); /* u < 1: never 0 */
    if (v == KB_VAL_EXPONENT) x = 16 * u - 8;
    if (v == KB_VAL_KEY16) m = (int64_t)(u * (double)kb_groups);
    switch (t) {
    case KB_F32:
        ((float *)dst)[i] = (float)(neg ? -x : x);
        break;
    case KB_F64:
        ((double *)dst)[i] = neg ? -x : x;
        break;
    case KB_I32:
        ((int32_t *)dst)[i] = (int32_t)m;
        break;
    case KB_I64:
        ((int64_t *)dst)[i] = m;
        break;
    case KB_U8:
        ((uint8_t *)dst)[i] = (uint8_t)(rng_next(s) & 1);
        break;
    default:
        break;
    }
}

static void fill_timing(void *dst, enum kb_type t, enum kb_values v, size_t n, unsigned seed)
{
    uint64_t s = 0x6b62656e6368u + seed;
    size_t block = n < KB_BLOCK ? n : KB_BLOCK, es = kb_type_size(t);
    for (size_t i = 0; i < block; i++) put_value(dst, i, t, v, &s);
    for (size_t i = block; i < n; i += block) {
        size_t len = n - i < block ? n - i : block;
        memcpy((char *)dst + i * es, dst, len * es);
    }
}

/* From one array's start to the next one's. */
static size_t array_stride(size_t n)
{
    if (n > (SIZE_MAX - KB_PAGE - KB_GAP) / 8) return 0;
    return (n * 8 + KB_PAGE - 1) / KB_PAGE * KB_PAGE + KB_GAP;
}

size_t kb_pool_bytes(size_t n, int nin, int nout)
{
    size_t b = array_stride(n), k = (size_t)(nin + nout);
    return b && b <= SIZE_MAX / k ? b * k : 0;
}

int kb_pool_alloc(struct kb_pool *p, size_t n, int nin, int nout)
{
    memset(p, 0, sizeof *p);
    size_t stride = array_stride(n), total = kb_pool_bytes(n, nin, nout);
    if (!total || total > SIZE_MAX - KB_REGION_ALIGN) return -1;
    char *base = aligned_alloc(KB_REGION_ALIGN, (total + KB_REGION_ALIGN - 1) / KB_REGION_ALIGN * KB_REGION_ALIGN);
    if (!base) return -1;
    memset(base, 0, total); /* touch every page before any timing */
    p->base = base;
    for (int i = 0; i < nin; i++) p->arr[i] = base + (size_t)i * stride;
    for (int j = 0; j < nout; j++) p->arr[KB_MAX_IN + j] = base + (size_t)(nin + j) * stride;
    p->cap = n;
    return 0;
}

void kb_pool_free(struct kb_pool *p)
{
    free(p->base);
    memset(p, 0, sizeof *p);
}

int kb_pools_alloc(struct kb_pool *pool, const size_t *sizes, int nsizes, const struct kb_kernel *const *ks, size_t nk)
{
    int nin = 1, nout = 1;
    for (size_t i = 0; i < nk; i++) {
        nin = ks[i]->shape->nin > nin ? ks[i]->shape->nin : nin;
        nout = ks[i]->shape->nout > nout ? ks[i]->shape->nout : nout;
    }
    size_t need = 0, have = kb_phys_memory();
    for (int s = 0; s < nsizes; s++) {
        size_t b = kb_pool_bytes(sizes[s], nin, nout);
        need = b && need <= SIZE_MAX - b ? need + b : SIZE_MAX;
    }
    if (need > have / 10 * 8) {
        if (need == SIZE_MAX)
            fprintf(stderr, "kbench: the sizes asked for do not fit in this machine's address space\n");
        else
            fprintf(stderr, "kbench: the sizes asked for need %zu MiB of buffers; this machine has %zu MiB of memory\n",
                    need >> 20, have >> 20);
        return 2;
    }
    int got = 0;
    while (got < nsizes && kb_pool_alloc(&pool[got], sizes[got], nin, nout) == 0) got++;
    if (got == nsizes) return 0;
    fprintf(stderr, "kbench: cannot allocate %zu MiB of buffers\n", need >> 20);
    while (got > 0) kb_pool_free(&pool[--got]);
    return 2;
}

void kb_pools_free(struct kb_pool *pool, int nsizes)
{
    for (int s = 0; s < nsizes; s++) kb_pool_free(&pool[s]);
}

void kb_pool_prepare(struct kb_pool *p, const struct kb_kernel *k, struct kb_args *args)
{
    const struct kb_shape *sh = k->shape;
    memset(args, 0, sizeof *args);
    for (int i = 0; i < sh->nin; i++) {
        int key = 1 + (int)sh->in[i] * 8 + (int)k->values[i];
        if (p->key[i] != key) {
            fill_timing(p->arr[i], sh->in[i], k->values[i], p->cap, (unsigned)i);
            p->key[i] = key;
        }
        args->in[i] = p->arr[i];
    }
    for (int j = 0; j < sh->nout; j++) args->out[j] = p->arr[KB_MAX_IN + j];
    kb_set_scalars(k, args, 1.0);
}

void kb_set_scalars(const struct kb_kernel *k, struct kb_args *args, double sign)
{
    for (int i = 0; i < k->shape->nscalar; i++) {
        double v = k->scalar[i] * sign;
        switch (k->shape->scalar) {
        case KB_F32:
            args->s[i].f32 = (float)v;
            break;
        case KB_F64:
            args->s[i].f64 = v;
            break;
        case KB_I32:
            args->s[i].i32 = (int32_t)v;
            break;
        case KB_I64:
            args->s[i].i64 = (int64_t)v;
            break;
        default:
            break;
        }
    }
}

/* Special values mixed into verification inputs: NaN, infinities, signed
 * zeros, denormals, extremes, rounding ties, integer limits. */
static const double specials_f64[] = {
    NAN, -NAN, INFINITY, -INFINITY, 0.0,  -0.0, DBL_TRUE_MIN, -DBL_TRUE_MIN,      DBL_MAX, -DBL_MAX,
    0.5, -0.5, 1.5,      2.5,       -2.5, 1.0,  -1.0,         4503599627370497.0, -1e300,  1e-300,
};
static const float specials_f32[] = {
    NAN,  -NAN,  INFINITY, -INFINITY, 0.0f,  -0.0f, FLT_TRUE_MIN, -FLT_TRUE_MIN, FLT_MAX, -FLT_MAX,
    0.5f, -0.5f, 1.5f,     2.5f,      -2.5f, 1.0f,  -1.0f,        8388609.0f,    -1e30f,  1e-30f,
};
static const int64_t specials_i64[] = {
    INT64_MIN, INT64_MAX, INT64_MIN + 1, -1, 0, 1, 6, 7, 8, -6, -7, -8, 13, -13, 3037000500, -3037000500,
};
static const int32_t specials_i32[] = {
    INT32_MIN, INT32_MAX, INT32_MIN + 1, -1, 0, 1, 6, 7, 8, -6, -7, -8, 13, -13, 46341, -46341,
};
#define NSPECIAL(a) (sizeof a / sizeof a[0])

void kb_fill_verify(void *dst, enum kb_type t, enum kb_values v, size_t n, unsigned seed, int finite)
{
    uint64_t s = 0x766572696679u + seed;
    for (size_t i = 0; i < n; i++) {
        put_value(dst, i, t, v, &s);
        if (i % 5 != 2 || finite || v == KB_VAL_KEY16) continue;
        size_t j = i / 5 + seed * 3;
        switch (t) {
        case KB_F32:
            ((float *)dst)[i] = specials_f32[j % NSPECIAL(specials_f32)];
            break;
        case KB_F64:
            ((double *)dst)[i] = specials_f64[j % NSPECIAL(specials_f64)];
            break;
        case KB_I32:
            ((int32_t *)dst)[i] = specials_i32[j % NSPECIAL(specials_i32)];
            break;
        case KB_I64:
            ((int64_t *)dst)[i] = specials_i64[j % NSPECIAL(specials_i64)];
            break;
        default:
            break;
        }
    }
}

/* A float's bits as an integer that grows with the value (-0.0 and +0.0
 * meet at 0), so that the difference of two counts the floats between. */
static int64_t ordered_f64(double x)
{
    int64_t i;
    memcpy(&i, &x, 8);
    return i < 0 ? INT64_MIN - i : i;
}
static int64_t ordered_f32(float x)
{
    int32_t i;
    memcpy(&i, &x, 4);
    return i < 0 ? (int64_t)INT32_MIN - i : i;
}

static int close_enough(const char *x, const char *y, enum kb_type t, unsigned ulps)
{
    if (t == KB_F64) {
        double p, q;
        memcpy(&p, x, 8), memcpy(&q, y, 8);
        if (isnan(p) || isnan(q)) return isnan(p) && isnan(q);
        if (isinf(p) || isinf(q)) return p == q;
        int64_t d = ordered_f64(p) - ordered_f64(q); /* no overflow: both finite */
        return (uint64_t)(d < 0 ? -d : d) <= ulps;
    }
    if (t == KB_F32) {
        float p, q;
        memcpy(&p, x, 4), memcpy(&q, y, 4);
        if (isnan(p) || isnan(q)) return isnan(p) && isnan(q);
        if (isinf(p) || isinf(q)) return p == q;
        int64_t d = ordered_f32(p) - ordered_f32(q);
        return (uint64_t)(d < 0 ? -d : d) <= ulps;
    }
    return 0;
}

size_t kb_first_diff(const void *a, const void *b, enum kb_type t, size_t n, unsigned ulps)
{
    size_t es = kb_type_size(t);
    for (size_t i = 0; i < n; i++) {
        const char *x = (const char *)a + i * es, *y = (const char *)b + i * es;
        if (memcmp(x, y, es) == 0) continue;
        if (t == KB_F32 && isnan(*(const float *)x) && isnan(*(const float *)y)) continue;
        if (t == KB_F64 && isnan(*(const double *)x) && isnan(*(const double *)y)) continue;
        if (ulps && close_enough(x, y, t, ulps)) continue;
        return i;
    }
    return n;
}
