/* Scalar repairs for the one place where SLEEF 3.5's exp and pow break the
 * 1-ULP contract: results just below DBL_MAX. Both compare the exponent
 * against 709.78271114955742909 where ln(DBL_MAX) is 709.78271289338397,
 * so for exp(x) with x in that gap, and pow(x, y) with y*ln|x| in it (a
 * relative band of 1.7e-6 below DBL_MAX), they return +inf for a finite
 * result. math.c sends those lanes here.
 *
 * The repair: exp(t) = exp(r) * 2^1024 with r = t - 1024*ln 2, |r| < 2e-6,
 * reduced exactly (t - C_HI is exact by Sterbenz's lemma when t is within a
 * factor of two of C_HI), so only SLEEF's error on exp(r) remains. For pow,
 * t = y*ln|x| must be known to about 2^-60 absolutely, which takes ln|x| in
 * double-double: 2*atanh((m-1)/(m+1)) by its series, m in [sqrt(1/2),
 * sqrt(2)).
 *
 * Plain double arithmetic in a unit built with -ffp-contract=off, so every
 * table (and every CPU) computes the same bits; exp(r) comes from SLEEF's
 * portable purec cinz function, the same bits as every vector variant.
 * Only static inline code: per-ISA units include this header. */
#ifndef KSIMD_MATH_FIXUP_H
#define KSIMD_MATH_FIXUP_H

#include <math.h>

#include <sleef.h>

/* 1024*ln 2 as a double-double: C_HI is 1024 times the double nearest ln 2. */
#define KSIMD_EXP_C_HI 0x1.62e42fefa39efp+9
#define KSIMD_EXP_C_LO 0x1.abc9e3b39803fp-46
#define KSIMD_LN2_HI 0x1.62e42fefa39efp-1
#define KSIMD_LN2_LO 0x1.abc9e3b39803fp-56
/* Above this, exp lanes take the repair (it is right for any larger x). */
#define KSIMD_EXP_EDGE 709.78

struct ksimd_dd {
    double hi, lo;
};

static inline struct ksimd_dd ksimd_dd_fast_sum(double a, double b) /* |a| >= |b| */
{
    double s = a + b;
    struct ksimd_dd r = {s, b - (s - a)};
    return r;
}

static inline struct ksimd_dd ksimd_dd_sum(double a, double b)
{
    double s = a + b, bb = s - a;
    struct ksimd_dd r = {s, (a - (s - bb)) + (b - bb)};
    return r;
}

/* Dekker's exact product (no FMA: it must round the same everywhere). */
static inline struct ksimd_dd ksimd_dd_prod(double a, double b)
{
    double ca = 134217729.0 * a, cb = 134217729.0 * b;
    double ah = ca - (ca - a), al = a - ah;
    double bh = cb - (cb - b), bl = b - bh;
    double p = a * b;
    struct ksimd_dd r = {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
    return r;
}

static inline struct ksimd_dd ksimd_dd_add(struct ksimd_dd x, struct ksimd_dd y)
{
    struct ksimd_dd s = ksimd_dd_sum(x.hi, y.hi);
    return ksimd_dd_fast_sum(s.hi, s.lo + (x.lo + y.lo));
}

static inline struct ksimd_dd ksimd_dd_mul(struct ksimd_dd x, struct ksimd_dd y)
{
    struct ksimd_dd p = ksimd_dd_prod(x.hi, y.hi);
    return ksimd_dd_fast_sum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi));
}

static inline struct ksimd_dd ksimd_dd_mul_d(struct ksimd_dd x, double d)
{
    struct ksimd_dd p = ksimd_dd_prod(x.hi, d);
    return ksimd_dd_fast_sum(p.hi, p.lo + x.lo * d);
}

/* 1/d; 1 - q*d is exact (Sterbenz), so the low part is right to 2^-106. */
static inline struct ksimd_dd ksimd_dd_recip(double d)
{
    double q = 1.0 / d;
    struct ksimd_dd p = ksimd_dd_prod(q, d);
    struct ksimd_dd r = {q, ((1.0 - p.hi) - p.lo) / d};
    return r;
}

/* ln a for a finite a > 0, to about 2^-100 relative. */
static inline struct ksimd_dd ksimd_log_dd(double a)
{
    int e;
    double m = frexp(a, &e); /* exact: a = m * 2^e, m in [0.5, 1) */
    if (m < 0x1.6a09e667f3bcdp-1) m *= 2, e--;
    double f = m - 1.0; /* exact */
    struct ksimd_dd g = ksimd_dd_sum(m, 1.0);
    double s_hi = f / g.hi;
    struct ksimd_dd p = ksimd_dd_prod(s_hi, g.hi);
    struct ksimd_dd s = ksimd_dd_fast_sum(s_hi, (((f - p.hi) - p.lo) - s_hi * g.lo) / g.hi);
    /* atanh(s)/s = sum s^2k/(2k+1); s^2 < 0.0295, so 16 terms reach 2^-81. */
    struct ksimd_dd s2 = ksimd_dd_mul(s, s), series = ksimd_dd_recip(31.0);
    for (int k = 14; k >= 0; k--) series = ksimd_dd_add(ksimd_dd_mul(series, s2), ksimd_dd_recip(2.0 * k + 1));
    struct ksimd_dd ln_m = ksimd_dd_mul(s, series);
    ln_m.hi *= 2, ln_m.lo *= 2;
    struct ksimd_dd e_ln2 = ksimd_dd_prod((double)e, KSIMD_LN2_HI);
    e_ln2 = ksimd_dd_fast_sum(e_ln2.hi, e_ln2.lo + (double)e * KSIMD_LN2_LO);
    return ksimd_dd_add(e_ln2, ln_m);
}

/* exp(t_hi + t_lo) for t_hi in (709, 710): finite up to ln(DBL_MAX), +inf
 * above, within SLEEF's error on exp of a tiny argument. */
static inline double ksimd_exp_near_overflow(double t_hi, double t_lo)
{
    double r = ((t_hi - KSIMD_EXP_C_HI) - KSIMD_EXP_C_LO) + t_lo;
    return Sleef_cinz_expd1_u10purec(r) * 0x1p1023 * 2.0;
}

/* exp(x) for x > KSIMD_EXP_EDGE (NaN stays out: the comparison is false). */
static inline double ksimd_exp_repair(double x) { return x < 710.0 ? ksimd_exp_near_overflow(x, 0.0) : INFINITY; }

/* pow(x, y) where SLEEF returned r = +-inf: finite x != 0 and finite y with
 * y*ln|x| in (709, 710) are recomputed; every other lane keeps r. */
static inline double ksimd_pow_repair(double x, double y, double r)
{
    if (!isfinite(x) || !isfinite(y) || x == 0) return r;
    struct ksimd_dd t = ksimd_dd_mul_d(ksimd_log_dd(fabs(x)), y);
    if (!(t.hi > 709.0 && t.hi < 710.0)) return r;
    double v = ksimd_exp_near_overflow(t.hi, t.lo);
    int odd_y = y == trunc(y) && trunc(y * 0.5) != y * 0.5;
    return x < 0 && odd_y ? -v : v;
}

#endif
