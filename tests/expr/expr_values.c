/* Input values for the expression checks: per array a mode (no special
 * values, a few, or many), so sums and extremes over long arrays are not
 * always NaN, while short ones meet NaN, infinities, signed zeros,
 * subnormals, extremes and integer edges often. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "expr_check.h"

/* clang-format off */
static const double f64_specials[] = {
    NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0,
    4.9406564584124654e-324, -2.2250738585072009e-308, -1e-310, /* subnormals */
    DBL_MIN, DBL_MAX, -DBL_MAX, 1e300, -1e-300, 1e22, 1e16,
    0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 3.0, 0.1, 4503599627370495.5, /* ties and halves of rint */
    9007199254740993.0,                                            /* 2^53 + 1: rounds */
    710.0, -745.5,                                                 /* exp's overflow and underflow */
    3.141592653589793, 1.5707963267948966};

static const float f32_specials[] = {
    NAN, -NAN, INFINITY, -INFINITY, 0.0f, -0.0f,
    1.4e-45f, -1.1754942e-38f, -1e-40f, /* subnormals */
    FLT_MIN, FLT_MAX, -FLT_MAX, 1e30f, -1e-30f,
    0.5f, -0.5f, 1.0f, -1.0f, 2.5f, -2.5f, 3.0f, 0.1f, 8388607.5f,
    16777217.0f, 88.8f, -104.0f, 3.14159265f};

static const int32_t i32_specials[] = {
    INT32_MIN, INT32_MAX, INT32_MIN + 1, 0, 0, 0, 1, -1, 2, -2, 3, -3, 7, -7,
    46341, -46341, 65536, 1 << 30, 641}; /* squares that wrap, products that wrap to 0 */

static const int64_t i64_specials[] = {
    INT64_MIN, INT64_MAX, INT64_MIN + 1, 0, 0, 1, -1, 2, -2, 3, -7, INT32_MIN, INT32_MAX, 4294967296,
    3037000500, (int64_t)1 << 62, 9007199254740993, -9007199254740993}; /* the last: not exact in double */
/* clang-format on */

#define COUNT(a) (sizeof(a) / sizeof *(a))

static double random_double(uint64_t *state)
{
    uint64_t r = eg_next(state);
    double unit = (double)(r >> 11) * 0x1p-53;
    switch (r & 3) {
    case 0:
        return (double)((int)(r >> 8 & 15) - 8); /* small integers: exact quotients, ties of rint */
    case 1:
        return unit * 20 - 10;
    case 2:
        return ldexp(1 + unit, (int)(r >> 4 & 127) - 70) * (r & 4 ? -1 : 1);
    default:
        return unit * 2000 - 1000;
    }
}

static int64_t random_int(uint64_t *state)
{
    uint64_t r = eg_next(state);
    switch (r % 3) {
    case 0:
        return (int64_t)(r >> 8 & 31) - 15; /* zeros: array divisors */
    case 1:
        return (int64_t)(r >> 8 & 2047) - 1000;
    default:
        return (int64_t)eg_next(state);
    }
}

void ec_fill(void *p, ksimd_dtype t, size_t n, uint64_t *state)
{
    /* one in 0 (never), 32 or 4 values special */
    static const unsigned special_rate[] = {0, 32, 4};
    unsigned rate = special_rate[eg_next(state) % 3];
    for (size_t i = 0; i < n; i++) {
        uint64_t r = eg_next(state);
        int special = rate && r % rate == 0;
        size_t k = (size_t)(r >> 32);
        switch (t) {
        case KSIMD_DT_BOOL: {
            uint8_t b = r & 2 ? 0 : r & 4 ? 1 : (uint8_t)(r >> 16 | 1); /* any non-zero byte is true */
            ((uint8_t *)p)[i] = b;
            break;
        }
        case KSIMD_DT_I32:
            ((int32_t *)p)[i] = special ? i32_specials[k % COUNT(i32_specials)] : (int32_t)random_int(state);
            break;
        case KSIMD_DT_I64:
            ((int64_t *)p)[i] = special ? i64_specials[k % COUNT(i64_specials)] : random_int(state);
            break;
        case KSIMD_DT_F32:
            ((float *)p)[i] = special ? f32_specials[k % COUNT(f32_specials)] : (float)random_double(state);
            break;
        case KSIMD_DT_F64:
            ((double *)p)[i] = special ? f64_specials[k % COUNT(f64_specials)] : random_double(state);
            break;
        }
    }
}
