/* The accuracy run's input generators (see inputs.h). Each draws a
 * category, then a point of it; the percentages say where the effort goes. */
#include "inputs.h"

#include <math.h>

/* ---- shared helpers (computed in double; exact for the float ranges) ---- */

static double unit(struct ks_rng *g) { return (double)(ks_rand(g) >> 11) * 0x1p-53; }
static double between(struct ks_rng *g, double a, double b) { return a + (b - a) * unit(g); }
static int below(struct ks_rng *g, int n) { return (int)(ks_rand(g) % (uint64_t)n); }
static double any_sign(struct ks_rng *g, double x) { return (ks_rand(g) & 1) ? -x : x; }
/* Uniform in the exponent: [2^e0, 2^(e1+1)). */
static double logspace(struct ks_rng *g, int e0, int e1) { return ldexp(1.0 + unit(g), e0 + below(g, e1 - e0 + 1)); }
/* 1 + or - a value below 2^-k, k in [1, kmax]. */
static double near_one(struct ks_rng *g, int kmax) { return 1.0 + any_sign(g, ldexp(unit(g), -1 - below(g, kmax))); }

/* c moved by up to +-span units in the last place (c > 0). */
static double ulps_f64(struct ks_rng *g, double c, int span)
{
    return ks_f64_from_bits(ks_bits_f64(c) + (uint64_t)(below(g, 2 * span + 1) - span));
}
static float ulps_f32(struct ks_rng *g, float c, int span)
{
    return ks_f32_from_bits(ks_bits_f32(c) + (uint32_t)(below(g, 2 * span + 1) - span));
}
static double random_f64(struct ks_rng *g) { return ks_f64_from_bits(ks_rand(g)); }
static float random_f32(struct ks_rng *g) { return ks_f32_from_bits((uint32_t)ks_rand(g)); }
static double subnormal_f64(struct ks_rng *g)
{
    return any_sign(g, ks_f64_from_bits(ks_rand(g) & 0x000fffffffffffffu));
}
static float subnormal_f32(struct ks_rng *g)
{
    return (float)any_sign(g, ks_f32_from_bits((uint32_t)ks_rand(g) & 0x007fffffu));
}

/* The double nearest to k*pi/2 (to within long double's precision): where
 * sin or cos is tiny and the argument reduction is tested hardest. */
static double near_half_pi(struct ks_rng *g, uint64_t kmax)
{
    const long double half_pi = 1.570796326794896619231321691639751442L;
    uint64_t k = 1 + ks_rand(g) % kmax;
    return any_sign(g, ulps_f64(g, (double)((long double)k * half_pi), 4));
}

/* ---- double ---- */

void acc_exp_f64(struct ks_rng *g, double *x, double *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 30)
        *x = between(g, -745.2, 709.8); /* the whole finite range */
    else if (c < 45)
        *x = any_sign(g, logspace(g, -60, -1)); /* near 0 */
    else if (c < 55)
        *x = ulps_f64(g, 0x1.62e42fefa39efp+9, 1 << 24); /* overflow edge, ln DBL_MAX */
    else if (c < 65)
        *x = -ulps_f64(g, 745.13321910194122, 1 << 20); /* underflow to 0, ln 2^-1075 */
    else if (c < 75)
        *x = between(g, -745.2, -708.39); /* subnormal results */
    else if (c < 85)
        *x = between(g, -1, 1);
    else if (c < 90)
        *x = subnormal_f64(g);
    else
        *x = random_f64(g);
}

void acc_log_f64(struct ks_rng *g, double *x, double *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 35)
        *x = logspace(g, -1022, 1023); /* every binade */
    else if (c < 60)
        *x = near_one(g, 60); /* log(x) ~ x - 1: cancellation */
    else if (c < 70)
        *x = between(g, 0, 10);
    else if (c < 80)
        *x = fabs(subnormal_f64(g));
    else if (c < 90)
        *x = logspace(g, 1000, 1023);
    else
        *x = random_f64(g); /* negatives give NaN */
}

void acc_sincos_f64(struct ks_rng *g, double *x, double *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 20)
        *x = between(g, -10, 10);
    else if (c < 35)
        *x = any_sign(g, logspace(g, -60, 0)); /* near 0 */
    else if (c < 50)
        *x = any_sign(g, logspace(g, 1, 1023)); /* huge: Payne-Hanek */
    else if (c < 65)
        *x = near_half_pi(g, 1u << 20);
    else if (c < 70)
        *x = near_half_pi(g, (uint64_t)1 << 60);
    else if (c < 80)
        *x = between(g, -1e6, 1e6);
    else if (c < 90)
        *x = subnormal_f64(g);
    else
        *x = random_f64(g);
}

void acc_tanh_f64(struct ks_rng *g, double *x, double *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 25)
        *x = between(g, -20, 20);
    else if (c < 45)
        *x = any_sign(g, logspace(g, -60, -1)); /* near 0 */
    else if (c < 60)
        *x = any_sign(g, between(g, 0.5, 1));
    else if (c < 70)
        *x = between(g, -1, 1);
    else if (c < 80)
        *x = subnormal_f64(g);
    else if (c < 90)
        *x = any_sign(g, logspace(g, 4, 1023)); /* saturated: +-1 */
    else
        *x = random_f64(g);
}

void acc_pow_f64(struct ks_rng *g, double *x, double *y)
{
    static const double small_y[] = {0.5, -0.5, 1, -1, 2, -2, 3, -3, 0.25, -0.25};
    int c = below(g, 100);
    if (c < 25) { /* results spread from the subnormals to overflow */
        *x = logspace(g, -1074, 1023);
        double lx = log2(*x), t = between(g, -1080, 1030);
        *y = fabs(lx) < 1e-3 ? between(g, -100, 100) : t / lx;
    } else if (c < 40) { /* x near 1, large |y| */
        *x = near_one(g, 52);
        *y = any_sign(g, logspace(g, 0, 60));
    } else if (c < 55) { /* negative bases, integer exponents of both parities */
        *x = -logspace(g, -20, 20);
        *y = below(g, 2201) - 1100;
    } else if (c < 60) { /* negative base, non-integer exponent: NaN */
        *x = -logspace(g, -10, 10);
        *y = between(g, -50, 50);
    } else if (c < 70) { /* exact results */
        *x = any_sign(g, 2 + below(g, 9));
        *y = below(g, 81) - 40;
    } else if (c < 80) {
        *x = between(g, 0, 10);
        *y = between(g, -10, 10);
    } else if (c < 85) {
        *x = logspace(g, -1074, 1023);
        *y = small_y[below(g, 10)];
    } else if (c < 90) { /* results within 2^-16 of DBL_MAX, both signs */
        double t = between(g, 1024 - 0x1p-16, 1024 + 0x1p-20);
        if (ks_rand(g) & 1) {
            *x = logspace(g, -1074, 1023);
            double lx = log2(*x);
            *y = fabs(lx) < 1e-3 ? 2 : t / lx;
        } else {
            *y = 2 * below(g, 512) + 1;
            *x = -exp2(t / *y);
        }
    } else {
        *x = random_f64(g);
        *y = random_f64(g);
    }
}

/* ---- float ---- */

void acc_exp_f32(struct ks_rng *g, float *x, float *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 30)
        *x = (float)between(g, -103.98, 88.73);
    else if (c < 45)
        *x = (float)any_sign(g, logspace(g, -30, -1));
    else if (c < 55)
        *x = ulps_f32(g, 0x1.62e43p+6f, 1 << 12); /* overflow edge, ln FLT_MAX */
    else if (c < 65)
        *x = -ulps_f32(g, 103.972077f, 1 << 12); /* underflow to 0, ln 2^-150 */
    else if (c < 75)
        *x = (float)between(g, -103.98, -87.33); /* subnormal results */
    else if (c < 85)
        *x = (float)between(g, -1, 1);
    else if (c < 90)
        *x = subnormal_f32(g);
    else
        *x = random_f32(g);
}

void acc_log_f32(struct ks_rng *g, float *x, float *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 35)
        *x = (float)logspace(g, -126, 126);
    else if (c < 60)
        *x = (float)near_one(g, 30);
    else if (c < 70)
        *x = (float)between(g, 0, 10);
    else if (c < 80)
        *x = fabsf(subnormal_f32(g));
    else if (c < 90)
        *x = (float)logspace(g, 100, 126);
    else
        *x = random_f32(g);
}

void acc_sincos_f32(struct ks_rng *g, float *x, float *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 20)
        *x = (float)between(g, -10, 10);
    else if (c < 35)
        *x = (float)any_sign(g, logspace(g, -30, 0));
    else if (c < 50)
        *x = (float)any_sign(g, logspace(g, 1, 126));
    else if (c < 70)
        *x = (float)any_sign(g, ulps_f32(g, (float)((1 + below(g, 1 << 16)) * 1.5707963267948966), 4));
    else if (c < 80)
        *x = (float)between(g, -1e4, 1e4);
    else if (c < 90)
        *x = subnormal_f32(g);
    else
        *x = random_f32(g);
}

void acc_tanh_f32(struct ks_rng *g, float *x, float *y)
{
    (void)y;
    int c = below(g, 100);
    if (c < 25)
        *x = (float)between(g, -10, 10);
    else if (c < 45)
        *x = (float)any_sign(g, logspace(g, -30, -1));
    else if (c < 60)
        *x = (float)any_sign(g, between(g, 0.5, 1));
    else if (c < 70)
        *x = (float)between(g, -1, 1);
    else if (c < 80)
        *x = subnormal_f32(g);
    else if (c < 90)
        *x = (float)any_sign(g, logspace(g, 3, 126));
    else
        *x = random_f32(g);
}

void acc_pow_f32(struct ks_rng *g, float *x, float *y)
{
    static const float small_y[] = {0.5f, -0.5f, 1, -1, 2, -2, 3, -3, 0.25f, -0.25f};
    int c = below(g, 100);
    if (c < 25) {
        *x = (float)logspace(g, -149, 126);
        double lx = log2(*x), t = between(g, -155, 131);
        *y = (float)(fabs(lx) < 1e-3 ? between(g, -30, 30) : t / lx);
    } else if (c < 40) {
        *x = (float)near_one(g, 23);
        *y = (float)any_sign(g, logspace(g, 0, 30));
    } else if (c < 55) {
        *x = (float)-logspace(g, -4, 4);
        *y = (float)(below(g, 321) - 160);
    } else if (c < 60) {
        *x = (float)-logspace(g, -4, 4);
        *y = (float)between(g, -20, 20);
    } else if (c < 70) {
        *x = (float)any_sign(g, 2 + below(g, 9));
        *y = (float)(below(g, 31) - 15);
    } else if (c < 80) {
        *x = (float)between(g, 0, 10);
        *y = (float)between(g, -10, 10);
    } else if (c < 85) {
        *x = (float)logspace(g, -149, 126);
        *y = small_y[below(g, 10)];
    } else if (c < 90) { /* results within 2^-8 of FLT_MAX, both signs */
        double t = between(g, 128 - 0x1p-8, 128 + 0x1p-12);
        if (ks_rand(g) & 1) {
            *x = (float)logspace(g, -149, 126);
            double lx = log2(*x);
            *y = (float)(fabs(lx) < 1e-3 ? 2 : t / lx);
        } else {
            *y = (float)(2 * below(g, 64) + 1);
            *x = (float)-exp2(t / *y);
        }
    } else {
        *x = random_f32(g);
        *y = random_f32(g);
    }
}
