/* ksimd-math-accuracy: the error of every transcendental kernel, on every
 * table this CPU can run, against MPFR's correctly rounded values.
 *
 *   ksimd-math-accuracy [points]     (default 100000 per function and type)
 *
 * Each function gets `points` inputs from inputs.c. Every available table
 * computes them; the tables must agree bit for bit (NaN equals NaN), so the
 * error is measured once, on the first table's results, as
 * |result - exact| / ulp(exact), where ulp(exact) is the spacing of the
 * type's numbers in exact's binade (2^-1074 or 2^-149 at the bottom). A
 * NaN, infinity or overflow must match exactly. Prints the maximum error
 * per function and fails above 1.0 ULP (the contract) or on any bit
 * difference between tables. */
#include <math.h>
#include <mpfr.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ksimd.h>

#include "inputs.h"

enum { CHUNK = 4096 };

typedef int mpfr_unary_fn(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);
typedef int mpfr_binary_fn(mpfr_ptr, mpfr_srcptr, mpfr_srcptr, mpfr_rnd_t);

/* One function of one type. Exactly one of the unary/binary pairs is set. */
struct acc_fn {
    const char *name;
    int is_f32;
    ksimd_status (*f64_1)(double *, const double *, size_t);
    ksimd_status (*f64_2)(double *, const double *, const double *, size_t);
    ksimd_status (*f32_1)(float *, const float *, size_t);
    ksimd_status (*f32_2)(float *, const float *, const float *, size_t);
    void (*gen64)(struct ks_rng *, double *, double *);
    void (*gen32)(struct ks_rng *, float *, float *);
    mpfr_unary_fn *ref1;
    mpfr_binary_fn *ref2;
};

/* Each function: its name, its input generator (inputs.c), and 1 for
 * unary or 2 for binary. The table has every f64 row, then every f32 row. */
#define ACC_FUNCTIONS(X)                                                                                               \
    X(exp, exp, 1) X(log, log, 1) X(sin, sincos, 1) X(cos, sincos, 1) X(tanh, tanh, 1) X(pow, pow, 2)
#define ACC_F64(fn, gen, arity)                                                                                        \
    {#fn "_f64", 0, .f64_##arity = ksimd_##fn##_f64, .gen64 = acc_##gen##_f64, .ref##arity = mpfr_##fn},
#define ACC_F32(fn, gen, arity)                                                                                        \
    {#fn "_f32", 1, .f32_##arity = ksimd_##fn##_f32, .gen32 = acc_##gen##_f32, .ref##arity = mpfr_##fn},
static const struct acc_fn functions[] = {ACC_FUNCTIONS(ACC_F64) ACC_FUNCTIONS(ACC_F32)};
enum { NFUNCTIONS = sizeof functions / sizeof functions[0] };

/* The type's format: precision p and the exponent of its smallest ulp. */
struct acc_format {
    int p, min_ulp_exp, max_exp;
};
static const struct acc_format format_f64 = {53, -1074, 1023};
static const struct acc_format format_f32 = {24, -149, 127};

/* Error of y against the exact z, in ulps of z's binade; INFINITY when a
 * NaN, infinity or overflow does not match. d is scratch. */
static double ulp_error(mpfr_srcptr z, double y, const struct acc_format *fmt, mpfr_ptr d)
{
    if (mpfr_nan_p(z)) return isnan(y) ? 0 : INFINITY;
    if (isnan(y)) return INFINITY;
    if (mpfr_inf_p(z)) return isinf(y) && (y < 0) == (mpfr_sgn(z) < 0) ? 0 : INFINITY;
    if (isinf(y)) {
        /* Right only when z rounds to that infinity in the target type. */
        double r = fmt->p == 24 ? (double)mpfr_get_flt(z, MPFR_RNDN) : mpfr_get_d(z, MPFR_RNDN);
        return r == y ? 0 : INFINITY;
    }
    long e = mpfr_zero_p(z) ? fmt->min_ulp_exp : (long)mpfr_get_exp(z) - 1; /* z in [2^e, 2^(e+1)) */
    if (e > fmt->max_exp) e = fmt->max_exp;                                 /* above the largest finite: its spacing */
    long ulp_exp = e - (fmt->p - 1);
    if (ulp_exp < fmt->min_ulp_exp) ulp_exp = fmt->min_ulp_exp;
    mpfr_sub_d(d, z, y, MPFR_RNDN);
    mpfr_abs(d, d, MPFR_RNDN);
    mpfr_mul_2si(d, d, -ulp_exp, MPFR_RNDN);
    return mpfr_get_d(d, MPFR_RNDU);
}

static int same_bits(const void *a, const void *b, int is_f32)
{
    if (is_f32) {
        float x, y;
        memcpy(&x, a, sizeof x);
        memcpy(&y, b, sizeof y);
        return (isnan(x) && isnan(y)) || memcmp(&x, &y, sizeof x) == 0;
    }
    double x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return (isnan(x) && isnan(y)) || memcmp(&x, &y, sizeof x) == 0;
}

/* Runs one chunk of n points on the active table. */
static void compute(const struct acc_fn *f, void *out, const void *x, const void *y, size_t n)
{
    ksimd_status st = KSIMD_OK;
    if (f->f64_1) st = f->f64_1(out, x, n);
    if (f->f64_2) st = f->f64_2(out, x, y, n);
    if (f->f32_1) st = f->f32_1(out, x, n);
    if (f->f32_2) st = f->f32_2(out, x, y, n);
    if (st != KSIMD_OK) {
        fprintf(stderr, "%s: %s\n", f->name, ksimd_strerror(st));
        exit(2);
    }
}

struct acc_result {
    double max_ulp;
    double worst_x, worst_y, worst_got;
    long mismatches; /* points where a table differs from the first */
};

static struct acc_result run_function(const struct acc_fn *f, long points, const ksimd_isa *tables, int ntables)
{
    static double x64[CHUNK], y64[CHUNK], out64[KSIMD_ISA_COUNT][CHUNK];
    static float x32[CHUNK], y32[CHUNK], out32[KSIMD_ISA_COUNT][CHUNK];
    struct acc_result res = {0, 0, 0, 0, 0};
    struct ks_rng g = {0x5eed0000u};
    for (const char *p = f->name; *p; p++) g.state = g.state * 131 + (unsigned char)*p;
    const struct acc_format *fmt = f->is_f32 ? &format_f32 : &format_f64;
    mpfr_t mx, my, z, d;
    mpfr_inits2(f->is_f32 ? 64 : 128, mx, my, z, d, (mpfr_ptr)0);
    for (long done = 0; done < points; done += CHUNK) {
        size_t n = (size_t)(points - done < CHUNK ? points - done : CHUNK);
        for (size_t i = 0; i < n; i++) {
            if (f->is_f32)
                f->gen32(&g, &x32[i], &y32[i]);
            else
                f->gen64(&g, &x64[i], &y64[i]);
        }
        for (int t = 0; t < ntables; t++) {
            ksimd_isa_set(tables[t]);
            if (f->is_f32)
                compute(f, out32[t], x32, y32, n);
            else
                compute(f, out64[t], x64, y64, n);
        }
        for (size_t i = 0; i < n; i++) {
            double x = f->is_f32 ? x32[i] : x64[i], y = f->is_f32 ? y32[i] : y64[i];
            double got = f->is_f32 ? out32[0][i] : out64[0][i];
            for (int t = 1; t < ntables; t++) {
                const void *a = f->is_f32 ? (const void *)&out32[0][i] : (const void *)&out64[0][i];
                const void *b = f->is_f32 ? (const void *)&out32[t][i] : (const void *)&out64[t][i];
                if (!same_bits(a, b, f->is_f32) && res.mismatches++ < 5)
                    fprintf(stderr, "%s: %s differs from %s at x=%a y=%a\n", f->name, ksimd_isa_name(tables[t]),
                            ksimd_isa_name(tables[0]), x, y);
            }
            mpfr_set_d(mx, x, MPFR_RNDN);
            if (f->ref2) {
                mpfr_set_d(my, y, MPFR_RNDN);
                f->ref2(z, mx, my, MPFR_RNDN);
            } else {
                f->ref1(z, mx, MPFR_RNDN);
            }
            double err = ulp_error(z, got, fmt, d);
            if (err > res.max_ulp) {
                res.max_ulp = err;
                res.worst_x = x, res.worst_y = y, res.worst_got = got;
            }
        }
    }
    mpfr_clears(mx, my, z, d, (mpfr_ptr)0);
    return res;
}

int main(int argc, char **argv)
{
    long points = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
    if (points <= 0) {
        fprintf(stderr, "usage: %s [points per function, default 100000]\n", argv[0]);
        return 2;
    }
    ksimd_isa tables[KSIMD_ISA_COUNT];
    int ntables = 0;
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (ksimd_isa_available((ksimd_isa)i)) tables[ntables++] = (ksimd_isa)i;
    ksimd_isa active = ksimd_isa_active();

    printf("ksimd-math-accuracy: %ld points per function on", points);
    for (int t = 0; t < ntables; t++) printf(" %s", ksimd_isa_name(tables[t]));
    printf(" (MPFR %s)\n", mpfr_get_version());
    int failed = 0;
    for (int k = 0; k < NFUNCTIONS; k++) {
        const struct acc_fn *f = &functions[k];
        struct acc_result r = run_function(f, points, tables, ntables);
        int ok = r.max_ulp <= 1.0 && r.mismatches == 0;
        failed |= !ok;
        printf("%-9s max %.3f ULP", f->name, r.max_ulp);
        if (r.max_ulp > 0) printf(" at x=%a", r.worst_x);
        if (r.max_ulp > 0 && f->ref2) printf(" y=%a", r.worst_y);
        if (r.max_ulp > 0) printf(" -> %a", r.worst_got);
        if (r.mismatches) printf("; %ld points differ between tables", r.mismatches);
        printf("%s\n", ok ? "" : "  FAIL");
        fflush(stdout);
    }
    ksimd_isa_set(active);
    mpfr_free_cache();
    return failed;
}
