/* kbench --scenario expressions: expressions compiled once with
 * ksimd_expr_compile and timed as one ksimd_expr_eval per call, beside the
 * one plain C loop a user would write for each (compiler_expressions.c,
 * built like the compiler column), at 1 Ki, 64 Ki, 1 Mi and 16 Mi elements
 * (L1, L2, L3 on many CPUs, DRAM; --size replaces them), with kbench's
 * timing (the two take turns batch by batch, median batch, --time per
 * contender and size), at each --threads count.
 *
 * Every result is checked before it is timed, and a failure is printed on
 * stderr and in the row, and makes kbench exit 1: bit for bit against the
 * plain loop where both do the same roundings (the integer expression and
 * the float ones without a transcendental); the sum and the exp, which the
 * loop does its own way (index order; glibc's exp), bit for bit against
 * the same operations one ksimd call at a time (the contract's
 * definition), and against the loop within a bound.
 *
 * Then the fixed costs, which decide whether fusing pays on small arrays:
 * one eval of the article's expression on one element, and compiling it. */
#include "expressions.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <ksimd.h>

#include "article_conditional.h"
#include "compiler_expressions.h"
#include "compiler_scenarios.h"
#include "kbench.h"
#include "scenarios.h"

#define EVAL_TARGET_NS 150.0   /* one eval on one element: the design's target */
#define COMPILE_TARGET_US 20.0 /* compiling the article's expression: the design's target */
#define COMPILES_PER_BATCH 32  /* about 0.1 ms at the target: well above the clock's resolution */
#define MAX_BATCHES 255
#define EXP_ULPS 4 /* glibc's exp and ksimd's are each within 1 ULP (kbench's KB_MATH_ULPS) */

struct expr_run;

/* Input values: ints in [-1e6, 1e6] (the article's); floats +-[0.5, 1000)
 * (kbench's KB_VAL_ANY: no overflow, no denormal, half of them negative);
 * exp's argument in [-8, 8), where exp(-x*x/2) stays normal. */
enum fill { FILL_INT, FILL_ANY, FILL_GAUSS };
enum check {
    CHECK_BITS, /* the plain loop's bits */
    CHECK_SUM,  /* the reference's bits; the loop's sum within 2n epsilon relative */
    CHECK_ULPS  /* the reference's bits; the loop's within EXP_ULPS */
};

struct expr_case {
    const char *text;
    const char *type_name; /* for the table */
    ksimd_dtype type;      /* every variable's and the result's */
    int nvars;             /* 1: x; 2: a and b */
    enum fill fill;
    void (*plain)(struct expr_run *r, size_t n); /* into r->plain */
    enum check check;
    /* CHECK_SUM, CHECK_ULPS: the same operations one ksimd call at a
     * time, into r->ref */
    ksimd_status (*reference)(struct expr_run *r, size_t n);
};

struct expr_run {
    const struct expr_case *c;
    ksimd_expr *e;
    const void *in[2];
    void *fused, *plain, *ref;
};

/* ---- the plain loops (compiler_expressions.c) and the references ---- */

static void plain_conditional(struct expr_run *r, size_t n) { kbcc_article_conditional_i64(r->plain, r->in[0], n); }
static void plain_lincomb(struct expr_run *r, size_t n) { kbcc_expr_lincomb_f64(r->plain, r->in[0], r->in[1], n); }
static void plain_where_f64(struct expr_run *r, size_t n) { kbcc_expr_where_f64(r->plain, r->in[0], n); }
static void plain_where_f32(struct expr_run *r, size_t n) { kbcc_expr_where_f32(r->plain, r->in[0], n); }
static void plain_sumsq(struct expr_run *r, size_t n) { *(double *)r->plain = kbcc_expr_sumsq_f64(r->in[0], n); }
static void plain_hypot(struct expr_run *r, size_t n) { kbcc_expr_hypot_f32(r->plain, r->in[0], r->in[1], n); }
static void plain_gauss(struct expr_run *r, size_t n) { kbcc_expr_gauss_f64(r->plain, r->in[0], n); }

/* sum(x*x): the contract's sum_f64 of the materialised squares. */
static ksimd_status ref_sumsq(struct expr_run *r, size_t n)
{
    double *t = r->ref, s = 0;
    ksimd_status st = ksimd_mul_f64(t, r->in[0], r->in[0], n);
    if (!st) st = ksimd_sum_f64(t, n, &s);
    t[0] = s;
    return st;
}

/* exp(-x*x/2) parses as exp(((-x)*x)/2). */
static ksimd_status ref_gauss(struct expr_run *r, size_t n)
{
    double *t = r->ref;
    const double *x = r->in[0];
    ksimd_status st = ksimd_neg_f64(t, x, n);
    if (!st) st = ksimd_mul_f64(t, t, x, n);
    if (!st) st = ksimd_div_scalar_f64(t, t, 2, n);
    if (!st) st = ksimd_exp_f64(t, t, n);
    return st;
}

static const struct expr_case cases[] = {
    {KB_ARTICLE_CONDITIONAL_EXPR, "int64", KSIMD_DT_I64, 1, FILL_INT, plain_conditional, CHECK_BITS, NULL},
    {"2*a + 3*b", "float64", KSIMD_DT_F64, 2, FILL_ANY, plain_lincomb, CHECK_BITS, NULL},
    {"where(x > 0, x*2 + 5, x*x)", "float64", KSIMD_DT_F64, 1, FILL_ANY, plain_where_f64, CHECK_BITS, NULL},
    {"where(x > 0, x*2 + 5, x*x)", "float32", KSIMD_DT_F32, 1, FILL_ANY, plain_where_f32, CHECK_BITS, NULL},
    {"sum(x*x)", "float64", KSIMD_DT_F64, 1, FILL_ANY, plain_sumsq, CHECK_SUM, ref_sumsq},
    {"sqrt(a*a + b*b)", "float32", KSIMD_DT_F32, 2, FILL_ANY, plain_hypot, CHECK_BITS, NULL},
    {"exp(-x*x/2)", "float64", KSIMD_DT_F64, 1, FILL_GAUSS, plain_gauss, CHECK_ULPS, ref_gauss},
};
enum { NCASES = sizeof cases / sizeof cases[0], ARTICLE = 0 };

/* ---- inputs and checks ---- */

static size_t dtype_size(ksimd_dtype t) { return t == KSIMD_DT_I64 || t == KSIMD_DT_F64 ? 8 : 4; }
static enum kb_type dtype_kb(ksimd_dtype t)
{
    return t == KSIMD_DT_I64 ? KB_I64 : t == KSIMD_DT_F64 ? KB_F64 : t == KSIMD_DT_F32 ? KB_F32 : KB_I32;
}

static uint64_t next(uint64_t *s)
{
    *s = *s * 6364136223846793005u + 1442695040888963407u;
    return *s >> 11; /* the 53 high bits: the low bits of this generator repeat early */
}

static void fill(void *dst, ksimd_dtype t, enum fill how, size_t n, uint64_t seed)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t r = next(&seed);
        double u = (double)r * 0x1p-53, sign = next(&seed) >> 52 & 1 ? -1 : 1;
        double v = how == FILL_GAUSS ? 16 * u - 8 : sign * (0.5 + 999.5 * u);
        if (t == KSIMD_DT_I64)
            ((int64_t *)dst)[i] = (int64_t)(r % 2000001) - 1000000;
        else if (t == KSIMD_DT_F64)
            ((double *)dst)[i] = v;
        else
            ((float *)dst)[i] = (float)v;
    }
}

static void value_text(char *buf, size_t len, const void *p, ksimd_dtype t, size_t i)
{
    if (t == KSIMD_DT_I64)
        snprintf(buf, len, "%lld", (long long)((const int64_t *)p)[i]);
    else if (t == KSIMD_DT_F64)
        snprintf(buf, len, "%.17g", ((const double *)p)[i]);
    else
        snprintf(buf, len, "%.9g", (double)((const float *)p)[i]);
}

static int mismatch(const struct expr_run *r, size_t n, size_t at, const char *whose, const void *want)
{
    char got_text[64], want_text[64];
    value_text(got_text, sizeof got_text, r->fused, r->c->type, at);
    value_text(want_text, sizeof want_text, want, r->c->type, at);
    fprintf(stderr, "kbench: expressions: MISMATCH: %s (%s) at n=%zu, element %zu: ksimd_expr_eval gives %s, %s %s\n",
            r->c->text, r->c->type_name, n, at, got_text, whose, want_text);
    return 0;
}

static int failure(const struct expr_run *r, size_t n, const char *what, ksimd_status st)
{
    fprintf(stderr, "kbench: expressions: FAILED: %s (%s) at n=%zu: %s: %s\n", r->c->text, r->c->type_name, n, what,
            ksimd_strerror(st));
    return 0;
}

/* The fused result at n, checked as r->c->check says; 1 when it passes,
 * else 0 after one line on stderr. */
static int check(struct expr_run *r, size_t n)
{
    const struct expr_case *c = r->c;
    size_t es = dtype_size(c->type), m = c->check == CHECK_SUM ? 1 : n; /* result elements */
    /* Poisoned first: an eval that writes nothing must not pass. */
    memset(r->fused, 0xa5, m * es);
    ksimd_status st = ksimd_expr_eval(r->e, r->fused, r->in, n);
    if (st != KSIMD_OK) return failure(r, n, "ksimd_expr_eval", st);
    c->plain(r, n);
    if (c->reference) {
        st = c->reference(r, n);
        if (st != KSIMD_OK) return failure(r, n, "the reference (one ksimd call per operation)", st);
        size_t at = kb_first_diff(r->fused, r->ref, dtype_kb(c->type), m, 0);
        if (at < m) return mismatch(r, n, at, "one ksimd call per operation gives", r->ref);
    }
    if (c->check == CHECK_SUM) {
        /* n non-negative terms: each sum is within (n-1) units of rounding
         * (DBL_EPSILON/2) of the exact one, whatever the order of the adds. */
        double got = *(const double *)r->fused, loop = *(const double *)r->plain;
        if (!(fabs(got - loop) <= (double)n * DBL_EPSILON * loop))
            return mismatch(r, n, 0, "beyond the bound n*epsilon of the plain loop's", r->plain);
        return 1;
    }
    size_t at = kb_first_diff(r->fused, r->plain, dtype_kb(c->type), n, c->check == CHECK_ULPS ? EXP_ULPS : 0);
    if (at < n)
        return mismatch(r, n, at,
                        c->check == CHECK_ULPS ? "beyond the ULP bound of the plain loop's" : "the plain loop gives",
                        r->plain);
    return 1;
}

/* ---- timing ---- */

static void step_fused(void *ctx, size_t n)
{
    struct expr_run *r = ctx;
    ksimd_expr_eval(r->e, r->fused, r->in, n);
}
static void step_plain(void *ctx, size_t n)
{
    struct expr_run *r = ctx;
    r->c->plain(r, n);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median time of one ksimd_expr_compile of the article's expression, in
 * us: batches of COMPILES_PER_BATCH, the frees outside the clock; -1 when
 * it fails. */
static double compile_us(double budget_ms)
{
    static const char *const names[] = {"x"};
    static const ksimd_dtype types[] = {KSIMD_DT_I64};
    double t[MAX_BATCHES], end = kb_now_ns() + budget_ms * 1e6;
    int nb = 0, ok = 1;
    for (int warm = 1; ok && (nb < 5 || (kb_now_ns() < end && nb < MAX_BATCHES)); warm = 0) {
        ksimd_expr *e[COMPILES_PER_BATCH] = {0};
        double t0 = kb_now_ns();
        for (int k = 0; k < COMPILES_PER_BATCH; k++)
            ok &= ksimd_expr_compile(&e[k], KB_ARTICLE_CONDITIONAL_EXPR, names, types, 1, NULL) == KSIMD_OK;
        double dt = kb_now_ns() - t0;
        for (int k = 0; k < COMPILES_PER_BATCH; k++) ksimd_expr_free(e[k]);
        if (!warm) t[nb++] = dt / COMPILES_PER_BATCH * 1e-3;
    }
    if (!ok) return -1;
    qsort(t, (size_t)nb, sizeof t[0], cmp_double);
    return t[nb / 2];
}

/* One eval on one element, beside the plain loop on one element, and the
 * compile time; 0, or -1 when compiling fails. */
static int fixed_costs(FILE *f, struct expr_run *article, double budget_ms)
{
    double ns[2];
    kb_scenario_time_two(step_fused, step_plain, article, 1, budget_ms, ns);
    fprintf(
        f, "  n = 1: one ksimd_expr_eval of the article's expression %.1f ns (target <= %g ns: %s), the loop %.1f ns\n",
        ns[0], EVAL_TARGET_NS, ns[0] <= EVAL_TARGET_NS ? "met" : "MISSED", ns[1]);
    double us = compile_us(budget_ms);
    if (us < 0) {
        fprintf(stderr, "kbench: expressions: FAILED: ksimd_expr_compile of the article's expression\n");
        return -1;
    }
    fprintf(f, "  compile: ksimd_expr_compile of the article's expression %.2f us (target <= %g us: %s)\n", us,
            COMPILE_TARGET_US, us <= COMPILE_TARGET_US ? "met" : "MISSED");
    return 0;
}

/* ---- the table ---- */

/* One expression at every size: 0, or -1 after a failed check. */
static int run_case(FILE *f, struct expr_run *r, const size_t *sizes, int nsizes, size_t nmax, double budget_ms)
{
    int rc = 0;
    fprintf(f, "  %-8s %s\n", r->c->type_name, r->c->text);
    for (int v = 0; v < r->c->nvars; v++) fill((void *)r->in[v], r->c->type, r->c->fill, nmax, 7 + (uint64_t)v);
    for (int s = 0; s < nsizes; s++) {
        char label[32];
        kb_size_label(sizes[s], label, sizeof label);
        fflush(f);
        if (!check(r, sizes[s])) {
            fprintf(f, "  %-8s %14s   CHECK FAILED: not timed (see stderr)\n", "", label);
            rc = -1;
            continue;
        }
        double ns[2];
        kb_scenario_time_two(step_fused, step_plain, r, sizes[s], budget_ms, ns);
        fprintf(f, "  %-8s %14s %12.3f %12.3f %11.2fx%s\n", "", label, ns[0], ns[1], ns[1] / ns[0],
                kb_scenario_verdict(ns[1] / ns[0]));
    }
    return rc;
}

static int compile_case(struct expr_run *r)
{
    static const char *const names1[] = {"x"}, *const names2[] = {"a", "b"};
    const ksimd_dtype types[2] = {r->c->type, r->c->type};
    ksimd_expr_error err = {0};
    ksimd_status st =
        ksimd_expr_compile(&r->e, r->c->text, r->c->nvars == 1 ? names1 : names2, types, (size_t)r->c->nvars, &err);
    if (st != KSIMD_OK) {
        fprintf(stderr, "kbench: expressions: FAILED: ksimd_expr_compile(\"%s\", %s): %s: %s (at byte %zu)\n",
                r->c->text, r->c->type_name, ksimd_strerror(st), err.msg, err.pos);
        return 0;
    }
    int reduces = r->c->check == CHECK_SUM;
    if (ksimd_expr_dtype(r->e) != r->c->type || ksimd_expr_reduces(r->e) != reduces) {
        fprintf(stderr, "kbench: expressions: FAILED: \"%s\" (%s) compiles to result type %d%s\n", r->c->text,
                r->c->type_name, (int)ksimd_expr_dtype(r->e), ksimd_expr_reduces(r->e) ? ", a reduction" : "");
        return 0;
    }
    return 1;
}

int kb_scenario_expressions(FILE *f, double budget_ms, const struct kb_options *o)
{
    static const size_t default_sizes[] = {(size_t)1 << 10, (size_t)1 << 16, (size_t)1 << 20, (size_t)1 << 24};
    const size_t *sizes = o->sizes_given ? o->sizes : default_sizes;
    int nsizes = o->sizes_given ? o->nsizes : (int)(sizeof default_sizes / sizeof *default_sizes);
    size_t nmax = 1;
    for (int s = 0; s < nsizes; s++) nmax = sizes[s] > nmax ? sizes[s] : nmax;

    /* Five arrays of the widest type, shared by the expressions in turn. */
    size_t bytes = nmax <= SIZE_MAX / 8 ? nmax * 8 : SIZE_MAX;
    void *in0 = malloc(bytes), *in1 = malloc(bytes), *fused = malloc(bytes), *plain = malloc(bytes),
         *ref = malloc(bytes);
    struct expr_run runs[NCASES] = {{0}};
    int rc = 0, compiled[NCASES] = {0};
    if (!in0 || !in1 || !fused || !plain || !ref) {
        fprintf(stderr, "kbench: expressions: out of memory at n=%zu\n", nmax);
        rc = -1;
        goto out;
    }
    for (int i = 0; i < NCASES; i++) {
        runs[i] = (struct expr_run){&cases[i], NULL, {in0, in1}, fused, plain, ref};
        compiled[i] = compile_case(&runs[i]);
        rc |= compiled[i] ? 0 : -1;
    }

    size_t before = ksimd_threads_get();
    for (int t = 0; t < (o->nthreads ? o->nthreads : 1); t++) {
        if (o->nthreads) ksimd_threads_set(o->threads[t]);
        size_t threads = ksimd_threads_get();
        fprintf(f,
                "\nexpressions: compiled once (ksimd_expr_compile), one ksimd_expr_eval per call, vs the plain C\n"
                "  loop of each (built like the compiler column); ksimd on %zu thread%s, the loops on one; median\n"
                "  batch. Checked first: bit for bit against the loop; sum and exp bit for bit against the same\n"
                "  operations one ksimd call at a time, and within n*epsilon or %d ULP of the loop.\n",
                threads, threads == 1 ? "" : "s", EXP_ULPS);
        fprintf(f, "  %-8s %14s %12s %12s %12s\n", "type", "n", "fused ns/el", "plain ns/el", "plain/fused");
        for (int i = 0; i < NCASES; i++) {
            if (!compiled[i]) {
                fprintf(f, "  %-8s %s\n  %-8s %14s   COMPILE FAILED (see stderr)\n", cases[i].type_name, cases[i].text,
                        "", "");
                continue;
            }
            rc |= run_case(f, &runs[i], sizes, nsizes, nmax, budget_ms);
        }
        /* The article's input again: the other expressions wrote over it. */
        fill(in0, KSIMD_DT_I64, FILL_INT, 1, 7);
        if (compiled[ARTICLE] && check(&runs[ARTICLE], 1))
            rc |= fixed_costs(f, &runs[ARTICLE], budget_ms);
        else
            rc = -1;
    }
    if (o->nthreads) ksimd_threads_set(before);
    if (rc) fprintf(stderr, "kbench: expressions: FAILED (see above): kbench exits 1\n");
out:
    for (int i = 0; i < NCASES; i++) ksimd_expr_free(runs[i].e);
    free(in0), free(in1), free(fused), free(plain), free(ref);
    return rc;
}
