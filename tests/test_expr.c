/* Expressions under Criterion: random expressions (tests/expr/) on every
 * table against the same operations done one kernel call at a time, the
 * fuzzer's entry point, hand-written expressions with answers from plain C
 * loops (NumPy 2 typing of weak literals included), and the same bits at
 * every thread count. ksimd-selftest runs the random part too, under qemu. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "expr_check.h"
#include "expr_ref.h"

enum { MESSAGES = 10, MAX_VARS = 4 };

static struct ec_options options(int full_sweep) { return (struct ec_options){full_sweep, 0, MESSAGES, stderr}; }

static void check_seeds(uint64_t first, uint64_t count, int full_sweep)
{
    struct ec_options o = options(full_sweep);
    struct ec_stats st = {0, 0, 0, 0};
    for (uint64_t seed = first; seed < first + count; seed++) ec_check_seed(seed, &o, &st);
    cr_assert(st.failed == 0, "%ld of %ld checks failed over %ld expressions (FAIL lines above)", st.failed,
              st.passed + st.failed, st.expressions);
    cr_assert(st.passed > 0, "no check ran");
}

/* 800 expressions, each at a sample of lengths (0, 1, tails, block
 * boundaries, now and then 70001), in four parts that Criterion runs side by
 * side. ksimd-selftest takes seeds 1 to 150. */
Test(expr, random_part1, .timeout = 120) { check_seeds(1001, 200, 0); }
Test(expr, random_part2, .timeout = 120) { check_seeds(1201, 200, 0); }
Test(expr, random_part3, .timeout = 120) { check_seeds(1401, 200, 0); }
Test(expr, random_part4, .timeout = 120) { check_seeds(1601, 200, 0); }

/* Every length: 0 to 193 (every tail of every vector width, three
 * vectors of 64 lanes and one), block boundaries to 8193, 70001. */
Test(expr, random_every_length, .timeout = 120) { check_seeds(5001, 12, 1); }

/* The libFuzzer entry point: any bytes make a valid expression that passes. */
Test(expr, fuzzer_entry_point, .timeout = 120)
{
    uint8_t bytes[64];
    uint64_t state = 42;
    cr_expect_eq(ksimd_expr_gen_check_bytes(NULL, 0), 0, "the empty input");
    for (int k = 0; k < 40; k++) {
        size_t size = (size_t)(eg_next(&state) % sizeof bytes);
        for (size_t i = 0; i < size; i++) bytes[i] = (uint8_t)eg_next(&state);
        cr_expect_eq(ksimd_expr_gen_check_bytes(bytes, size), 0, "input %d (FAIL lines above)", k);
    }
}

/* ---- hand-written expressions ------------------------------------------- */

struct vars {
    size_t count;
    const char *names[MAX_VARS];
    ksimd_dtype types[MAX_VARS];
    const void *in[MAX_VARS];
};

/* Compiles text (which must give type, reducing or not), evaluates it on
 * every table and compares with want (bits; any NaN equals any NaN). */
static void expect_expr(const char *text, const struct vars *v, size_t n, ksimd_dtype type, int reduces,
                        const void *want)
{
    ksimd_expr *e = NULL;
    ksimd_expr_error err = {0, ""};
    ksimd_status st = ksimd_expr_compile(&e, text, v->names, v->types, v->count, &err);
    cr_assert_eq(st, KSIMD_OK, "\"%s\": %s at byte %zu: %s", text, ksimd_strerror(st), err.pos, err.msg);
    cr_expect_eq(ksimd_expr_dtype(e), type, "\"%s\": type %d, expected %d", text, ksimd_expr_dtype(e), type);
    cr_expect_eq(ksimd_expr_reduces(e), reduces, "\"%s\": reduces() %d", text, ksimd_expr_reduces(e));
    size_t nout = reduces ? 1 : n, size = er_size(type);
    void *got = malloc(nout * size + 1);
    cr_assert(got);
    ksimd_isa active = ksimd_isa_active();
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa)) continue;
        cr_assert_eq(ksimd_isa_set((ksimd_isa)isa), KSIMD_OK);
        memset(got, 0xA5, nout * size + 1);
        st = ksimd_expr_eval(e, got, v->in, n);
        cr_expect_eq(st, KSIMD_OK, "\"%s\" on %s, n=%zu: %s", text, ksimd_isa_name((ksimd_isa)isa), n,
                     ksimd_strerror(st));
        size_t i = ec_first_difference(type, want, got, nout);
        char w[80] = "", g[80] = "";
        if (i < nout) ec_show(w, sizeof w, type, want, i), ec_show(g, sizeof g, type, got, i);
        cr_expect(i == nout, "\"%s\" on %s, n=%zu: first difference at %zu: expected %s, got %s", text,
                  ksimd_isa_name((ksimd_isa)isa), n, i, w, g);
    }
    cr_assert_eq(ksimd_isa_set(active), KSIMD_OK);
    ksimd_expr_free(e);
    free(got);
}

static void *values(ksimd_dtype t, size_t n, uint64_t seed)
{
    void *p = malloc(n * er_size(t) + 1);
    cr_assert(p);
    ec_fill(p, t, n, &seed);
    return p;
}

static int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
static int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }

enum { N = 1000 };

/* The conditional of the article: NumPy evaluates every branch over the
 * whole array; the expression does it in one pass. */
static void article_case(size_t n)
{
    int64_t *x = values(KSIMD_DT_I64, n, 1), *want = malloc(n * sizeof *want);
    for (size_t i = 0; i < n; i++)
        want[i] = x[i] % 2 == 0 ? (x[i] % 3 == 0 ? wrap_mul(x[i], x[i]) : wrap_mul(x[i], 3)) : wrap_add(x[i], 1);
    struct vars v = {1, {"x"}, {KSIMD_DT_I64}, {x}};
    expect_expr("where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)", &v, n, KSIMD_DT_I64, 0, want);
    free(x), free(want);
}

Test(expr, article_conditional) { article_case(N); }
/* past KSIMD_STREAM_BYTES (32 MiB moved): the output stored non-temporally */
Test(expr, article_conditional_streamed) { article_case(2200000); }

Test(expr, linear_combination_rounds_twice)
{
    double *a = values(KSIMD_DT_F64, N, 2), *b = values(KSIMD_DT_F64, N, 3), *want = malloc(N * sizeof *want);
    for (size_t i = 0; i < N; i++) want[i] = 2 * a[i] + 3 * b[i]; /* built with -ffp-contract=off */
    struct vars v = {2, {"a", "b"}, {KSIMD_DT_F64, KSIMD_DT_F64}, {a, b}};
    expect_expr("2*a + 3*b", &v, N, KSIMD_DT_F64, 0, want);
    free(a), free(b), free(want);
}

/* Forms an evaluator may fuse where it reads its operand (x*k, x*x, -x,
 * x/2^j, then +-k): each operation still rounds on its own. */
Test(expr, fusable_forms_round_each_step)
{
    float *f = values(KSIMD_DT_F32, N, 30), *wf = malloc(N * sizeof *wf);
    double *d = values(KSIMD_DT_F64, N, 31), *wd = malloc(N * sizeof *wd);
    struct vars v = {2, {"f", "d"}, {KSIMD_DT_F32, KSIMD_DT_F64}, {f, d}};
    for (size_t k = 0; k < N; k++) wf[k] = f[k] * 3 + 2;
    expect_expr("f * 3 + 2", &v, N, KSIMD_DT_F32, 0, wf);
    for (size_t k = 0; k < N; k++) wf[k] = f[k] * f[k] - (float)0.1;
    expect_expr("f * f - 0.1", &v, N, KSIMD_DT_F32, 0, wf);
    for (size_t k = 0; k < N; k++) wd[k] = -d[k] + 0.5;
    expect_expr("-d + 0.5", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wd[k] = d[k] / 8 - 3;
    expect_expr("d / 8 - 3", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wd[k] = 1 - d[k] * 0.1;
    expect_expr("1 - d * 0.1", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wd[k] = (d[k] * d[k] + 1) * 3 - d[k];
    expect_expr("(d*d + 1) * 3 - d", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wf[k] = f[k] * (float)1e30 + (float)1e30; /* overflows to inf */
    expect_expr("f * 1e30 + 1e30", &v, N, KSIMD_DT_F32, 0, wf);
    for (size_t k = 0; k < N; k++) wd[k] = (double)(f[k] * 2.5f) + d[k]; /* f * 2.5 stays f32 */
    expect_expr("f * 2.5 + d", &v, N, KSIMD_DT_F64, 0, wd);
    free(f), free(wf), free(d), free(wd);
}

/* A transformed operand's addend rounds as its own add: + 0.0 turns -0.0
 * into +0.0, - 0.0 (and no addend) leaves it. The cases sit below the
 * root, where operands are transformed. */
Test(expr, signed_zero_addends)
{
    float *f = malloc(N * sizeof *f), *wf = malloc(N * sizeof *wf);
    double *d = malloc(N * sizeof *d), *wd = malloc(N * sizeof *wd);
    cr_assert(f && wf && d && wd);
    for (size_t k = 0; k < N; k++) d[k] = k % 3 == 0 ? -0.0 : k % 3 == 1 ? 0.0 : (double)k - 500, f[k] = (float)d[k];
    struct vars v = {2, {"f", "d"}, {KSIMD_DT_F32, KSIMD_DT_F64}, {f, d}};
    for (size_t k = 0; k < N; k++) wd[k] = (d[k] * 2 + 0.0) * 3;
    expect_expr("(d * 2 + 0.0) * 3", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wd[k] = d[k] * 2 * 3;
    expect_expr("(d * 2 - 0.0) * 3", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wf[k] = (f[k] * 2 + 0.0f) / 2;
    expect_expr("(f * 2 + 0.0) / 2", &v, N, KSIMD_DT_F32, 0, wf);
    for (size_t k = 0; k < N; k++) wf[k] = -f[k] * 2;
    expect_expr("(-f - 0.0) * 2", &v, N, KSIMD_DT_F32, 0, wf);
    free(f), free(wf), free(d), free(wd);
}

/* sum(x*x) is ksimd_sum_f64 of the products, which is ksimd_dot_f64. */
Test(expr, sum_of_squares_is_dot)
{
    static const size_t sizes[] = {0, 1, 255, 4097, 70001};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        double *x = malloc(n * sizeof *x + 1), dot;
        float *y = malloc(n * sizeof *y + 1), dotf;
        uint64_t s = 4;
        for (size_t i = 0; i < n; i++) x[i] = ldexp((double)(eg_next(&s) >> 11), -53) * 4 - 2, y[i] = (float)x[i];
        cr_assert_eq(ksimd_dot_f64(x, x, n, &dot), KSIMD_OK);
        cr_assert_eq(ksimd_dot_f32(y, y, n, &dotf), KSIMD_OK);
        struct vars v = {2, {"x", "y"}, {KSIMD_DT_F64, KSIMD_DT_F32}, {x, y}};
        expect_expr("sum(x*x)", &v, n, KSIMD_DT_F64, 1, &dot);
        expect_expr("sum(y * y)", &v, n, KSIMD_DT_F32, 1, &dotf);
        free(x), free(y);
    }
}

Test(expr, powers)
{
    double *x = values(KSIMD_DT_F64, N, 5), *want = malloc(N * sizeof *want), *two = malloc(N * sizeof *two);
    int64_t *k = values(KSIMD_DT_I64, N, 6), *cube = malloc(N * sizeof *cube), *one = malloc(N * sizeof *one);
    for (size_t i = 0; i < N; i++) two[i] = 2, cube[i] = wrap_mul(wrap_mul(k[i], k[i]), k[i]), one[i] = 1;
    struct vars v = {2, {"x", "k"}, {KSIMD_DT_F64, KSIMD_DT_I64}, {x, k}};
    /* float **: the pow kernel's bits (within 1 ulp, not necessarily
     * those of x*x), whatever shortcut an evaluator might take */
    cr_assert_eq(ksimd_pow_f64(want, x, two, N), KSIMD_OK);
    expect_expr("x**2", &v, N, KSIMD_DT_F64, 0, want);
    expect_expr("pow(x, 2)", &v, N, KSIMD_DT_F64, 0, want);
    /* ** binds tighter than unary minus on its left */
    cr_assert_eq(ksimd_neg_f64(want, want, N), KSIMD_OK);
    expect_expr("-x**2", &v, N, KSIMD_DT_F64, 0, want);
    /* integer **: repeated wrapping multiplication */
    expect_expr("k ** 3", &v, N, KSIMD_DT_I64, 0, cube);
    expect_expr("k**0", &v, N, KSIMD_DT_I64, 0, one);
    free(x), free(want), free(two), free(k), free(cube), free(one);
}

/* f32 pow with a literal exponent: the kernel's bits on every table. The
 * first input is where the libFuzzer target found the scalar table's
 * pow_f32 one ulp away from the SIMD tables' (0x3f3504f3 against
 * 0x3f3504f2). */
Test(expr, float_powers_same_on_every_table)
{
    float *f = values(KSIMD_DT_F32, N, 32), *half = malloc(N * sizeof *half), *want = malloc(N * sizeof *want);
    f[0] = 0x1.fffffcp-2f;
    for (size_t i = 0; i < N; i++) half[i] = 0.5f;
    cr_assert_eq(ksimd_pow_f32(want, f, half, N), KSIMD_OK);
    struct vars v = {1, {"f"}, {KSIMD_DT_F32}, {f}};
    expect_expr("pow(f, 0.5)", &v, N, KSIMD_DT_F32, 0, want);
    expect_expr("f ** 0.5", &v, N, KSIMD_DT_F32, 0, want);
    free(f), free(half), free(want);
}

/* Python's floor semantics: the quotient rounds down, the remainder has the
 * divisor's sign; an array divisor's zeros give 0; MIN // -1 wraps. */
static void floor_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    if (b == 0) {
        *q = *r = 0;
        return;
    }
    if (b == -1) {
        *q = (int64_t)(0 - (uint64_t)a), *r = 0;
        return;
    }
    *q = a / b, *r = a % b;
    if (*r != 0 && (*r < 0) != (b < 0)) --*q, *r += b;
}

Test(expr, floor_division_and_modulo)
{
    int32_t *x = values(KSIMD_DT_I32, N, 7), *y = values(KSIMD_DT_I32, N, 8);
    int32_t *q = malloc(N * sizeof *q), *r = malloc(N * sizeof *r), *q3 = malloc(N * sizeof *q3),
            *r3 = malloc(N * sizeof *r3);
    x[0] = INT32_MIN, y[0] = -1, x[1] = -7, y[1] = 0, x[2] = 7, y[2] = -2, x[3] = -7, y[3] = 2;
    for (size_t i = 0; i < N; i++) {
        int64_t a, b;
        floor_divmod(x[i], y[i], &a, &b);
        q[i] = (int32_t)(uint32_t)(uint64_t)a, r[i] = (int32_t)b;
        floor_divmod(x[i], -3, &a, &b);
        q3[i] = (int32_t)a, r3[i] = (int32_t)b;
    }
    struct vars v = {2, {"x", "y"}, {KSIMD_DT_I32, KSIMD_DT_I32}, {x, y}};
    expect_expr("x // y", &v, N, KSIMD_DT_I32, 0, q);
    expect_expr("x % y", &v, N, KSIMD_DT_I32, 0, r);
    expect_expr("x // -3", &v, N, KSIMD_DT_I32, 0, q3);
    expect_expr("x % -3", &v, N, KSIMD_DT_I32, 0, r3);
    free(x), free(y), free(q), free(r), free(q3), free(r3);
}

/* NEP 50: literals are weak; arrays promote as NumPy does. */
Test(expr, weak_literals_and_promotion)
{
    int32_t *i = values(KSIMD_DT_I32, N, 9), *wi = malloc(N * sizeof *wi);
    int64_t *l = values(KSIMD_DT_I64, N, 10), *wl = malloc(N * sizeof *wl);
    float *f = values(KSIMD_DT_F32, N, 11), *wf = malloc(N * sizeof *wf);
    double *d = values(KSIMD_DT_F64, N, 12), *wd = malloc(N * sizeof *wd);
    struct vars v = {4, {"i", "l", "f", "d"}, {KSIMD_DT_I32, KSIMD_DT_I64, KSIMD_DT_F32, KSIMD_DT_F64}, {i, l, f, d}};

    for (size_t k = 0; k < N; k++) wi[k] = (int32_t)((uint32_t)i[k] + 3u);
    expect_expr("i + 3", &v, N, KSIMD_DT_I32, 0, wi);
    for (size_t k = 0; k < N; k++) wd[k] = (double)i[k] + 3.5;
    expect_expr("i + 3.5", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wf[k] = f[k] * (float)0.1;
    expect_expr("f * 0.1", &v, N, KSIMD_DT_F32, 0, wf);
    for (size_t k = 0; k < N; k++) wl[k] = wrap_add(i[k], l[k]);
    expect_expr("i + l", &v, N, KSIMD_DT_I64, 0, wl);
    for (size_t k = 0; k < N; k++) wd[k] = (double)f[k] + d[k];
    expect_expr("f + d", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wd[k] = (double)i[k] * (double)f[k];
    expect_expr("i * f", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wd[k] = (double)l[k] / 2.0;
    expect_expr("l / 2", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wf[k] = f[k] - (float)16777217; /* C's cast of the literal */
    expect_expr("f - 16777217", &v, N, KSIMD_DT_F32, 0, wf);
    /* a literal that wraps i32 only after folding: -2147483648 fits */
    for (size_t k = 0; k < N; k++) wi[k] = INT32_MIN;
    expect_expr("minimum(i, -2147483648)", &v, N, KSIMD_DT_I32, 0, wi);
    free(i), free(wi), free(l), free(wl), free(f), free(wf), free(d), free(wd);
}

/* Operations on literals only fold at compile time: wrapping int64 for
 * integers, double arithmetic otherwise (SEMANTICS), then the result is a
 * weak literal like any other. */
Test(expr, literal_folding)
{
    int32_t *i = values(KSIMD_DT_I32, N, 15);
    int64_t *l = values(KSIMD_DT_I64, N, 16), *wl = malloc(N * sizeof *wl);
    float *f = values(KSIMD_DT_F32, N, 17), *wf = malloc(N * sizeof *wf);
    double *wd = malloc(N * sizeof *wd);
    struct vars v = {3, {"i", "l", "f"}, {KSIMD_DT_I32, KSIMD_DT_I64, KSIMD_DT_F32}, {i, l, f}};
    for (size_t k = 0; k < N; k++) wl[k] = wrap_add(l[k], 6);
    expect_expr("l + (2 * 3)", &v, N, KSIMD_DT_I64, 0, wl);
    for (size_t k = 0; k < N; k++) wl[k] = wrap_mul(l[k], INT64_MIN);
    expect_expr("l * (9223372036854775807 + 1)", &v, N, KSIMD_DT_I64, 0, wl);
    for (size_t k = 0; k < N; k++) wf[k] = f[k] + (float)(1.5 / 4.0); /* folded in double, then cast */
    expect_expr("f + 1.5 / 4", &v, N, KSIMD_DT_F32, 0, wf);
    for (size_t k = 0; k < N; k++) wd[k] = (double)i[k] + 0.25;
    expect_expr("i + 1 / 4", &v, N, KSIMD_DT_F64, 0, wd);
    for (size_t k = 0; k < N; k++) wf[k] = f[k] * -(float)0.5;
    expect_expr("f * -(0.5)", &v, N, KSIMD_DT_F32, 0, wf);
    /* double arithmetic: 1.0 / 0 is +inf, as f / 0.0 on an array is */
    for (size_t k = 0; k < N; k++) wf[k] = f[k] + (float)INFINITY;
    expect_expr("f + 1.0 / 0", &v, N, KSIMD_DT_F32, 0, wf);
    free(i), free(l), free(wl), free(f), free(wf), free(wd);
}

Test(expr, clip_where_and_comparisons)
{
    int32_t *i = values(KSIMD_DT_I32, N, 13), *wi = malloc(N * sizeof *wi);
    double *d = values(KSIMD_DT_F64, N, 14), *wd = malloc(N * sizeof *wd);
    uint8_t *wb = malloc(N);
    int64_t count = 0;
    struct vars v = {2, {"i", "d"}, {KSIMD_DT_I32, KSIMD_DT_F64}, {i, d}};
    for (size_t k = 0; k < N; k++) wi[k] = i[k] < -5 ? -5 : i[k] > 5 ? 5 : i[k];
    expect_expr("clip(i, -5, 5)", &v, N, KSIMD_DT_I32, 0, wi);
    for (size_t k = 0; k < N; k++) wi[k] = i[k] > 0 ? i[k] : 0;
    expect_expr("where(i > 0, i, 0)", &v, N, KSIMD_DT_I32, 0, wi);
    for (size_t k = 0; k < N; k++) wd[k] = d[k] < 0 ? 2.5 : (double)i[k];
    expect_expr("where(d < 0, 2.5, i)", &v, N, KSIMD_DT_F64, 0, wd);
    /* two literal arms: NumPy's default types (int64, float64) */
    int64_t *wl = malloc(N * sizeof *wl);
    for (size_t k = 0; k < N; k++) wl[k] = i[k] > 0 ? 1 : -1;
    expect_expr("where(i > 0, 1, -1)", &v, N, KSIMD_DT_I64, 0, wl);
    for (size_t k = 0; k < N; k++) wd[k] = d[k] < 0 ? 2.5 : 1;
    expect_expr("where(d < 0, 2.5, 1)", &v, N, KSIMD_DT_F64, 0, wd);
    free(wl);
    for (size_t k = 0; k < N; k++) wb[k] = (double)i[k] > 2.5 && !(d[k] != d[k]), count += wb[k];
    expect_expr("(i > 2.5) & ~isnan(d)", &v, N, KSIMD_DT_BOOL, 0, wb);
    expect_expr("sum((i > 2.5) & ~isnan(d))", &v, N, KSIMD_DT_I64, 1, &count);
    free(i), free(wi), free(d), free(wd), free(wb);
}

/* Reductions of nothing: sum gives 0, min and max are KSIMD_ERR_EMPTY and
 * write nothing. */
Test(expr, empty_reductions)
{
    static const char *const names[] = {"x"};
    static const ksimd_dtype types[] = {KSIMD_DT_I32};
    int32_t x = 5, out32 = 77;
    int64_t out = 77;
    const void *in[] = {&x};
    ksimd_expr *e;
    cr_assert_eq(ksimd_expr_compile(&e, "sum(x)", names, types, 1, NULL), KSIMD_OK);
    cr_expect_eq(ksimd_expr_eval(e, &out, in, 0), KSIMD_OK);
    cr_expect_eq(out, 0);
    ksimd_expr_free(e);
    cr_assert_eq(ksimd_expr_compile(&e, "max(x)", names, types, 1, NULL), KSIMD_OK);
    cr_expect_eq(ksimd_expr_eval(e, &out32, in, 0), KSIMD_ERR_EMPTY);
    cr_expect_eq(out32, 77);
    ksimd_expr_free(e);
}

/* A bool input's true may be any non-zero byte; a bool result is 0 or 1,
 * also when it is that input itself, and in place. */
Test(expr, bool_results_are_zero_or_one)
{
    static const char *const names[] = {"b"};
    static const ksimd_dtype types[] = {KSIMD_DT_BOOL};
    uint8_t b[5] = {0, 1, 2, 255, 7}, out[5] = {9, 9, 9, 9, 9};
    const uint8_t want[5] = {0, 1, 1, 1, 1};
    const void *in[] = {b};
    ksimd_expr *e;
    cr_assert_eq(ksimd_expr_compile(&e, "b", names, types, 1, NULL), KSIMD_OK);
    cr_expect_eq(ksimd_expr_eval(e, out, in, 5), KSIMD_OK);
    cr_expect_arr_eq(out, want, 5);
    cr_expect_eq(ksimd_expr_eval(e, b, in, 5), KSIMD_OK);
    cr_expect_arr_eq(b, want, 5);
    ksimd_expr_free(e);
}

/* ---- threads ------------------------------------------------------------ */

/* The result of text over n elements, in a new buffer of bytes bytes. */
static void *eval_copy(const char *text, const struct vars *v, size_t n, size_t bytes)
{
    ksimd_expr *e = NULL;
    cr_assert_eq(ksimd_expr_compile(&e, text, v->names, v->types, v->count, NULL), KSIMD_OK, "\"%s\"", text);
    void *out = malloc(bytes);
    cr_assert(out);
    cr_assert_eq(ksimd_expr_eval(e, out, v->in, n), KSIMD_OK, "\"%s\" n=%zu", text, n);
    ksimd_expr_free(e);
    return out;
}

/* Large calls split across three threads: the same bits as on one, for
 * elementwise results and sums alike, and the reference's bits. */
Test(expr, same_bits_on_three_threads, .timeout = 300)
{
    static const size_t sizes[] = {300000, 2100000};
    static const struct {
        const char *text;
        ksimd_dtype type;
        int reduces;
    } cases[] = {
        {"where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)", KSIMD_DT_I64, 0},
        {"sum(a*a)", KSIMD_DT_F64, 1},
        {"2*a + 3*b", KSIMD_DT_F64, 0},
        {"where((a > b) & (b > 0.001), a, -b)", KSIMD_DT_F64, 0},
        {"sum(where(a > b, a, b * 0.5))", KSIMD_DT_F64, 1},
        {"sum(f * f - 1)", KSIMD_DT_F32, 1},
        {"max(sin(a) + b)", KSIMD_DT_F64, 1},
        {"sum(a > 0.5)", KSIMD_DT_I64, 1},
        {"sum(x // 7)", KSIMD_DT_I64, 1},
    };
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        void *x = values(KSIMD_DT_I64, n, 20), *a = malloc(n * 8), *b = malloc(n * 8), *f = malloc(n * 4);
        uint64_t st = 21;
        for (size_t i = 0; i < n; i++) { /* finite values: a NaN would hide a sum's order */
            ((double *)a)[i] = ldexp((double)(eg_next(&st) >> 11), -52) - 1;
            ((double *)b)[i] = ldexp((double)(eg_next(&st) >> 11), -40);
            ((float *)f)[i] = (float)((double *)a)[i];
        }
        struct vars v = {
            4, {"x", "a", "b", "f"}, {KSIMD_DT_I64, KSIMD_DT_F64, KSIMD_DT_F64, KSIMD_DT_F32}, {x, a, b, f}};
        for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
            size_t bytes = (cases[c].reduces ? 1 : n) * er_size(cases[c].type);
            cr_assert_eq(ksimd_threads_set(1), KSIMD_OK);
            void *one = eval_copy(cases[c].text, &v, n, bytes);
            cr_assert_eq(ksimd_threads_set(3), KSIMD_OK);
            expect_expr(cases[c].text, &v, n, cases[c].type, cases[c].reduces, one);
            free(one);
        }
        cr_assert_eq(ksimd_threads_set(1), KSIMD_OK);
        free(x), free(a), free(b), free(f);
    }
    /* random expressions at a length that splits, against the reference */
    cr_assert_eq(ksimd_threads_set(3), KSIMD_OK);
    struct ec_options o = options(0);
    struct ec_stats st = {0, 0, 0, 0};
    size_t n = 300000;
    for (uint64_t seed = 7001; seed <= 7016; seed++) {
        struct eg_expr *e = malloc(sizeof *e);
        struct eg_source src = eg_source_seed(seed);
        eg_generate(e, &src);
        ec_check_expr(e, seed, &n, 1, &o, &st);
        free(e);
    }
    cr_assert_eq(ksimd_threads_set(1), KSIMD_OK);
    cr_expect(st.failed == 0, "%ld of %ld checks failed on three threads (FAIL lines above)", st.failed,
              st.passed + st.failed);
}
