/* Special values, random inputs and scalar operands for every element
 * type. Everything derives from a ks_rng, so inputs are the same on every
 * table and in every run. */
#include <math.h>
#include <string.h>

#include "conformance.h"

/* ---- special values ------------------------------------------------------ */

/* Floats as bit patterns: the portable way to spell signalling NaNs and the
 * sign of a NaN. */
/* clang-format off */
static const uint32_t f32_special_bits[] = {
    0x00000000, 0x80000000,             /* +-0.0 */
    0x3f800000, 0xbf800000,             /* +-1 */
    0x3f000000, 0xbf000000,             /* +-0.5 */
    0x3fc00000, 0x40200000, 0xc0200000, /* 1.5, 2.5, -2.5: ties of rint */
    0x40600000,                         /* 3.5 */
    0x3effffff,                         /* just below 0.5: floor(x + 0.5) gets it wrong */
    0x4affffff, 0xcaffffff,             /* +-(2^23 - 0.5): the last halves */
    0x4b000000, 0x4b000001, 0x4b800001, /* 2^23, 2^23 + 1, 2^24 + 2: no fraction bits */
    0x7f800000, 0xff800000,             /* +-Inf */
    0x7fc00000, 0xffc00000, 0x7fffffff, /* quiet NaNs */
    0x7f800001, 0xff800001, 0x7fa00000, /* signalling NaNs */
    0x00000001, 0x80000001,             /* +-smallest denormal */
    0x007fffff, 0x807fffff,             /* +-largest denormal */
    0x00800000, 0x80800000,             /* +-FLT_MIN */
    0x7f7fffff, 0xff7fffff,             /* +-FLT_MAX */
    0x0da24260, 0x7149f2ca,             /* 1e-30, 1e30 */
    0x5f800000, 0x2f800000,             /* 2^64, 2^-32 */
    0x34000000,                         /* FLT_EPSILON */
    0x3f800001, 0x3f7fffff,             /* 1 + ulp, 1 - ulp/2 */
    0x40490fdb, 0xc2c80000,             /* pi, -100 */
    0x501502f9, 0xc996b43c,             /* 1e10, -1234567.5 */
};

static const uint64_t f64_special_bits[] = {
    0x0000000000000000, 0x8000000000000000, /* +-0.0 */
    0x3ff0000000000000, 0xbff0000000000000, /* +-1 */
    0x3fe0000000000000, 0xbfe0000000000000, /* +-0.5 */
    0x3ff8000000000000, 0x4004000000000000, /* 1.5, 2.5 */
    0xc004000000000000, 0x400c000000000000, /* -2.5, 3.5 */
    0x3fdfffffffffffff,                     /* just below 0.5 */
    0x432fffffffffffff, 0xc32fffffffffffff, /* +-(2^52 - 0.5) */
    0x4330000000000000, 0x4330000000000001, /* 2^52, 2^52 + 1 */
    0x4340000000000001, 0x43e0000000000000, /* 2^53 + 2, 2^63 */
    0x7ff0000000000000, 0xfff0000000000000, /* +-Inf */
    0x7ff8000000000000, 0xfff8000000000000, /* quiet NaNs */
    0x7fffffffffffffff,                     /* quiet NaN, full payload */
    0x7ff0000000000001, 0xfff0000000000001, /* signalling NaNs */
    0x7ff4000000000000,                     /* signalling NaN */
    0x0000000000000001, 0x8000000000000001, /* +-smallest denormal */
    0x000fffffffffffff, 0x800fffffffffffff, /* +-largest denormal */
    0x0010000000000000, 0x8010000000000000, /* +-DBL_MIN */
    0x7fefffffffffffff, 0xffefffffffffffff, /* +-DBL_MAX */
    0x01a56e1fc2f8f359, 0x7e37e43c8800759c, /* 1e-300, 1e300 */
    0x43f0000000000000, 0x3df0000000000000, /* 2^64, 2^-32 */
    0x3cb0000000000000,                     /* DBL_EPSILON */
    0x3ff0000000000001, 0x3fefffffffffffff, /* 1 + ulp, 1 - ulp/2 */
    0x400921fb54442d18, 0xc059000000000000, /* pi, -100 */
    0x4202a05f20000000, 0xc132d68780000000, /* 1e10, -1234567.5 */
};

static const int32_t i32_specials[] = {
    0, 1, -1, 2, -2, 3, -3, 7, 100, 255, -256, 641,
    INT32_MIN, INT32_MIN + 1, INT32_MAX, INT32_MAX - 1,
    46340, 46341, -46341,          /* squares around 2^31: the last that fits, the first that wraps */
    65535, 65536, -65536,          /* products of two wrap to 0 or -2^32 */
    0x55555555, -0x55555556,       /* alternating bits */
    1 << 30, -(1 << 30),
    6700417, 1000000007, -1000000007, 0x7ffffff0,
};

static const int64_t i64_specials[] = {
    0, 1, -1, 2, -2, 3, -3, 7, 100, 641,
    INT64_MIN, INT64_MIN + 1, INT64_MAX, INT64_MAX - 1,
    3037000499, 3037000500, -3037000500, /* squares around 2^63 */
    INT32_MIN, INT32_MAX, 2147483648, 4294967295, 4294967296, -4294967296,
    0x5555555555555555, -0x5555555555555556,
    (int64_t)1 << 62, -((int64_t)1 << 62),
    274177, 6700417, 67280421310721, /* factors of 2^64 + 1 */
    0x123456789abcdef1, -0x123456789abcdef1,
};
/* clang-format on */

#define COUNT(a) (sizeof(a) / sizeof *(a))

size_t ks_specials_f32(float *out, size_t cap)
{
    size_t n = 0;
    for (; n < cap && n < COUNT(f32_special_bits); n++) memcpy(&out[n], &f32_special_bits[n], sizeof *out);
    return n;
}

size_t ks_specials_f64(double *out, size_t cap)
{
    size_t n = 0;
    for (; n < cap && n < COUNT(f64_special_bits); n++) memcpy(&out[n], &f64_special_bits[n], sizeof *out);
    return n;
}

size_t ks_specials_i32(int32_t *out, size_t cap)
{
    size_t n = 0;
    for (; n < cap && n < COUNT(i32_specials); n++) out[n] = i32_specials[n];
    return n;
}

size_t ks_specials_i64(int64_t *out, size_t cap)
{
    size_t n = 0;
    for (; n < cap && n < COUNT(i64_specials); n++) out[n] = i64_specials[n];
    return n;
}

/* ---- random values ------------------------------------------------------- */

/* Uniform in [-1, 1). */
static double unit(uint64_t x) { return (double)(x >> 11) * 0x1p-52 - 1.0; }

/* The mix of kinds: specials (1/4), any bit pattern, ties and integers for
 * the rounding kernels, ordinary values, and values of any magnitude. */
static float random_f32(struct ks_rng *g)
{
    uint64_t x = ks_rand(g), y = ks_rand(g);
    switch (x & 7) {
    case 0:
    case 1:
        return ks_f32_from_bits(f32_special_bits[y % COUNT(f32_special_bits)]);
    case 2:
        return ks_f32_from_bits((uint32_t)y);
    case 3:
        return (float)((int64_t)(y % 4001) - 2000) + 0.5f;
    case 4:
        return (float)((int64_t)(y % 201) - 100);
    case 5:
        return ldexpf((float)unit(y), (int)(x >> 8) % 200 - 100);
    default:
        return (float)(unit(y) * 1000.0);
    }
}

static double random_f64(struct ks_rng *g)
{
    uint64_t x = ks_rand(g), y = ks_rand(g);
    switch (x & 7) {
    case 0:
    case 1:
        return ks_f64_from_bits(f64_special_bits[y % COUNT(f64_special_bits)]);
    case 2:
        return ks_f64_from_bits(y);
    case 3:
        return (double)((int64_t)(y % 4001) - 2000) + 0.5;
    case 4:
        return (double)((int64_t)(y % 201) - 100);
    case 5:
        return ldexp(unit(y), (int)(x >> 8) % 1400 - 700);
    default:
        return unit(y) * 1000.0;
    }
}

/* Specials, any bit pattern, small values, any magnitude, powers of two
 * and their neighbours. */
static int32_t random_i32(struct ks_rng *g)
{
    uint64_t x = ks_rand(g), y = ks_rand(g);
    uint32_t sign = (x >> 8) & 1 ? ~0u : 0u;
    switch (x & 7) {
    case 0:
    case 1:
        return i32_specials[y % COUNT(i32_specials)];
    case 2:
    case 3:
        return (int32_t)(uint32_t)y;
    case 4:
        return (int32_t)(y % 2001) - 1000;
    case 5:
        return (int32_t)(((uint32_t)y >> (x >> 16) % 32) ^ sign);
    default:
        return (int32_t)(((1u << (y % 32)) + (uint32_t)(x >> 16) % 3 - 1) ^ sign);
    }
}

static int64_t random_i64(struct ks_rng *g)
{
    uint64_t x = ks_rand(g), y = ks_rand(g);
    uint64_t sign = (x >> 8) & 1 ? ~(uint64_t)0 : 0;
    switch (x & 7) {
    case 0:
    case 1:
        return i64_specials[y % COUNT(i64_specials)];
    case 2:
    case 3:
        return (int64_t)y;
    case 4:
        return (int64_t)(y % 2001) - 1000;
    case 5:
        return (int64_t)((y >> (x >> 16) % 64) ^ sign);
    default:
        return (int64_t)((((uint64_t)1 << (y % 64)) + (x >> 16) % 3 - 1) ^ sign);
    }
}

void ks_fill_f32(float *p, size_t n, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) p[i] = random_f32(g);
}

void ks_fill_f64(double *p, size_t n, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) p[i] = random_f64(g);
}

void ks_fill_i32(int32_t *p, size_t n, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) p[i] = random_i32(g);
}

void ks_fill_i64(int64_t *p, size_t n, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) p[i] = random_i64(g);
}

/* ---- inputs near a scalar operand ----------------------------------------- */

void ks_fill_near_f32(float *p, size_t n, float s, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t x = ks_rand(g);
        float m = (float)((int64_t)((x >> 8) % 41) - 20) * s;
        switch (x & 3) {
        case 0:
            p[i] = random_f32(g);
            break;
        case 1:
            p[i] = m;
            break;
        case 2:
            p[i] = nextafterf(m, INFINITY);
            break;
        default:
            p[i] = nextafterf(m, -INFINITY);
            break;
        }
    }
}

void ks_fill_near_f64(double *p, size_t n, double s, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t x = ks_rand(g);
        double m = (double)((int64_t)((x >> 8) % 41) - 20) * s;
        switch (x & 3) {
        case 0:
            p[i] = random_f64(g);
            break;
        case 1:
            p[i] = m;
            break;
        case 2:
            p[i] = nextafter(m, INFINITY);
            break;
        default:
            p[i] = nextafter(m, -INFINITY);
            break;
        }
    }
}

/* q*s + r for r in {-1, 0, 1}, with q small or of any size; computed in
 * unsigned arithmetic, so it wraps instead of overflowing. */
void ks_fill_near_i32(int32_t *p, size_t n, int32_t s, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t x = ks_rand(g), y = ks_rand(g);
        uint32_t q = (x >> 2) & 1 ? (uint32_t)y : (uint32_t)(y % 101) - 50u;
        if ((x & 3) == 0)
            p[i] = random_i32(g);
        else
            p[i] = (int32_t)(q * (uint32_t)s + (uint32_t)((x >> 8) % 3) - 1u);
    }
}

void ks_fill_near_i64(int64_t *p, size_t n, int64_t s, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t x = ks_rand(g), y = ks_rand(g);
        uint64_t q = (x >> 2) & 1 ? y : y % 101 - 50u;
        if ((x & 3) == 0)
            p[i] = random_i64(g);
        else
            p[i] = (int64_t)(q * (uint64_t)s + (x >> 8) % 3 - 1u);
    }
}

/* ---- scalar operands ------------------------------------------------------- */

enum { RANDOM_SCALARS = 4, RANDOM_DIVISORS = 8 };

size_t ks_scalars_f32(float *out, size_t cap, int divisor, struct ks_rng *g)
{
    (void)divisor; /* float division by zero is defined: Inf or NaN */
    size_t n = ks_specials_f32(out, cap);
    for (int i = 0; i < RANDOM_SCALARS && n < cap; i++) out[n++] = random_f32(g);
    return n;
}

size_t ks_scalars_f64(double *out, size_t cap, int divisor, struct ks_rng *g)
{
    (void)divisor;
    size_t n = ks_specials_f64(out, cap);
    for (int i = 0; i < RANDOM_SCALARS && n < cap; i++) out[n++] = random_f64(g);
    return n;
}

/* clang-format off */
static const int32_t i32_divisors[] = {
    1, -1, 2, -2, 4, -4, 8, 16, 1 << 20, 1 << 30, -(1 << 30),
    INT32_MIN, INT32_MAX, INT32_MIN + 1, INT32_MAX - 1,
    3, -3, 5, 6, 7, -7, 10, 11, 13, 25, 100, 641, -641, 1000, 65537,
    6700417, 1000000007, -1000000007, 0x55555555, 2147483629, 0x40000001,
};

static const int64_t i64_divisors[] = {
    1, -1, 2, -2, 4, 8, (int64_t)1 << 32, -((int64_t)1 << 32), (int64_t)1 << 62, -((int64_t)1 << 62),
    INT64_MIN, INT64_MAX, INT64_MIN + 1, INT64_MAX - 1, INT32_MIN, INT32_MAX,
    3, -3, 7, -7, 10, 641, -641, 274177, 6700417, 4294967295, 4294967297, 67280421310721,
    1000000007, 0x123456789abcdef1, -0x123456789abcdef1, 0x7fffffffffffffe7, 0x4000000000000001,
    /* the edges of the double-precision path (|d| < 2^51) of floordiv_t.h */
    0x7ffffffffffff, -0x7ffffffffffff, 0x8000000000000, -0x8000000000000, 0x8000000000001,
};
/* clang-format on */

/* Random divisors: half small (1..1000), half of any size; never zero. */
static uint64_t random_divisor(struct ks_rng *g, int i, uint64_t mask)
{
    uint64_t x = ks_rand(g) & mask;
    uint64_t d = i % 2 ? x : x % 1000 + 1;
    if ((x >> 7) & 1) d = (0 - d) & mask;
    return d ? d : 1;
}

size_t ks_scalars_i32(int32_t *out, size_t cap, int divisor, struct ks_rng *g)
{
    size_t n = 0;
    if (!divisor) {
        n = ks_specials_i32(out, cap);
        for (int i = 0; i < RANDOM_SCALARS && n < cap; i++) out[n++] = random_i32(g);
        return n;
    }
    for (; n < cap && n < COUNT(i32_divisors); n++) out[n] = i32_divisors[n];
    for (int i = 0; i < RANDOM_DIVISORS && n < cap; i++)
        out[n++] = (int32_t)(uint32_t)random_divisor(g, i, 0xffffffffu);
    return n;
}

size_t ks_scalars_i64(int64_t *out, size_t cap, int divisor, struct ks_rng *g)
{
    size_t n = 0;
    if (!divisor) {
        n = ks_specials_i64(out, cap);
        for (int i = 0; i < RANDOM_SCALARS && n < cap; i++) out[n++] = random_i64(g);
        return n;
    }
    for (; n < cap && n < COUNT(i64_divisors); n++) out[n] = i64_divisors[n];
    for (int i = 0; i < RANDOM_DIVISORS && n < cap; i++) out[n++] = (int64_t)random_divisor(g, i, ~(uint64_t)0);
    return n;
}
