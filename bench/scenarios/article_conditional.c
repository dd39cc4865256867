/* The kbench scenario "article-conditional": the branchy computation of the
 * article this library answers, on int64,
 *
 *     where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)
 *
 * written the NumPy way, one ksimd call per operation (mod_scalar,
 * cmp_scalar, square, mul_scalar, add_scalar, where), beside the plain C
 * loop compiled -O3 (kbcc_article_conditional_i64, the `compiler` column).
 * Each call is a full pass over memory, so the chain measures the cost of
 * that style. The `fused` row is the same text compiled once
 * (ksimd_expr_compile, outside the timing, as a program would) and
 * evaluated in one pass per call (ksimd_expr_eval): what fusing recovers. */
#include "article_conditional.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ksimd.h>

#include "compiler_scenarios.h"

struct article_buffers {
    int64_t *x, *d, *want, *rem, *inner, *other;
    uint8_t *even, *div3;
    ksimd_expr *fused; /* KB_ARTICLE_CONDITIONAL_EXPR over x */
};

enum article_way { WAY_CHAIN, WAY_FUSED, WAY_PLAIN };

/* The pipeline: nine passes, three int64 and two mask temporaries. */
static ksimd_status article_ksimd(struct article_buffers *b, size_t n)
{
    ksimd_status st = ksimd_mod_scalar_i64(b->rem, b->x, 2, n);
    if (!st) st = ksimd_cmp_scalar_i64(b->even, b->rem, 0, KSIMD_EQ, n);
    if (!st) st = ksimd_mod_scalar_i64(b->rem, b->x, 3, n);
    if (!st) st = ksimd_cmp_scalar_i64(b->div3, b->rem, 0, KSIMD_EQ, n);
    if (!st) st = ksimd_square_i64(b->inner, b->x, n);
    if (!st) st = ksimd_mul_scalar_i64(b->other, b->x, 3, n);
    if (!st) st = ksimd_where_i64(b->inner, b->div3, b->inner, b->other, n);
    if (!st) st = ksimd_add_scalar_i64(b->other, b->x, 1, n);
    if (!st) st = ksimd_where_i64(b->d, b->even, b->inner, b->other, n);
    return st;
}

static double now_ns(void)
{
    struct timespec t;
    timespec_get(&t, TIME_UTC);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static ksimd_status article_fused(struct article_buffers *b, size_t n)
{
    const void *inputs[1] = {b->x};
    return ksimd_expr_eval(b->fused, b->d, inputs, n);
}

static void article_run(struct article_buffers *b, size_t n, enum article_way way)
{
    if (way == WAY_CHAIN)
        article_ksimd(b, n);
    else if (way == WAY_FUSED)
        article_fused(b, n);
    else
        kbcc_article_conditional_i64(b->d, b->x, n);
}

/* The chain's and the fused expression's results, each checked against
 * the plain loop's before any timing; 1 when both give its bits. */
static int article_agree(struct article_buffers *b, size_t n)
{
    int ok = 1;
    kbcc_article_conditional_i64(b->want, b->x, n);
    for (int way = WAY_CHAIN; way <= WAY_FUSED; way++) {
        memset(b->d, 0, n * 8); /* a way that writes nothing must not pass on the other's result */
        ksimd_status st = way == WAY_CHAIN ? article_ksimd(b, n) : article_fused(b, n);
        if (st == KSIMD_OK && memcmp(b->d, b->want, n * 8) == 0) continue;
        fprintf(stderr, "kbench: article-conditional: MISMATCH at n=%zu: %s %s\n", n,
                way == WAY_CHAIN ? "the chain of ksimd calls" : "the fused expression (ksimd_expr_eval)",
                st == KSIMD_OK ? "disagrees with the plain loop" : ksimd_strerror(st));
        ok = 0;
    }
    return ok;
}

/* Fastest of about 15 batches within the budget, in ns per element. */
static double time_it(struct article_buffers *b, size_t n, double budget_s, enum article_way way)
{
    double best = 0, end = now_ns() + budget_s * 1e9;
    size_t calls = 1;
    for (int batch = 0; batch < 15 || now_ns() < end; batch++) {
        double t0 = now_ns();
        for (size_t c = 0; c < calls; c++) article_run(b, n, way);
        double per = (now_ns() - t0) / (double)calls / (double)n;
        if (batch == 0 || per < best) best = per;
        if (batch == 0) calls = (size_t)(budget_s * 1e9 / 15 / (per * (double)n + 1)) + 1;
        if (batch >= 15 && now_ns() >= end) break;
    }
    return best;
}

int kb_article_conditional(size_t n, double budget_s, struct kb_article_result *out)
{
    struct article_buffers b = {0};
    int64_t **arrays[] = {&b.x, &b.d, &b.want, &b.rem, &b.inner, &b.other};
    int ok = n > 0;
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) ok &= (*arrays[i] = malloc(n * 8)) != NULL;
    ok &= (b.even = malloc(n)) != NULL && (b.div3 = malloc(n)) != NULL;
    if (ok) {
        uint64_t s = 0x9e3779b97f4a7c15u;
        for (size_t i = 0; i < n; i++) {
            s = s * 6364136223846793005u + 1442695040888963407u;
            b.x[i] = (int64_t)(s >> 33) % 2000001 - 1000000;
        }
        static const char *const names[] = {"x"};
        static const ksimd_dtype types[] = {KSIMD_DT_I64};
        ksimd_expr_error err = {0};
        ksimd_status st = ksimd_expr_compile(&b.fused, KB_ARTICLE_CONDITIONAL_EXPR, names, types, 1, &err);
        if (st != KSIMD_OK)
            fprintf(stderr, "kbench: article-conditional: ksimd_expr_compile: %s: %s (at byte %zu)\n",
                    ksimd_strerror(st), err.msg, err.pos);
        ok = st == KSIMD_OK && article_agree(&b, n);
    } else {
        fprintf(stderr, "kbench: article-conditional: out of memory at n=%zu\n", n);
    }
    if (ok) {
        out->ksimd_ns_per_elem = time_it(&b, n, budget_s, WAY_CHAIN);
        out->fused_ns_per_elem = time_it(&b, n, budget_s, WAY_FUSED);
        out->compiler_ns_per_elem = time_it(&b, n, budget_s, WAY_PLAIN);
    }
    ksimd_expr_free(b.fused);
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) free(*arrays[i]);
    free(b.even), free(b.div3);
    return ok ? 0 : -1;
}
