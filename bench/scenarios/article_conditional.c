/* The kbench scenario "article-conditional": the branchy computation of the
 * article this library answers, on int64,
 *
 *     where(x % 2 == 0, where(x % 3 == 0, x*x, x*3), x + 1)
 *
 * written the NumPy way, one ksimd call per operation (mod_scalar,
 * cmp_scalar, square, mul_scalar, add_scalar, where), beside the plain C
 * loop compiled -O3 (kbcc_article_conditional_i64, the `compiler` column).
 * Each call is a full pass over memory, so this measures the cost of that
 * style; fusing the passes is a later issue's work, and this is its
 * baseline. */
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
};

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

/* Fastest of about 15 batches within the budget, in ns per element. */
static double time_it(struct article_buffers *b, size_t n, double budget_s, int lib)
{
    double best = 0, end = now_ns() + budget_s * 1e9;
    size_t calls = 1;
    for (int batch = 0; batch < 15 || now_ns() < end; batch++) {
        double t0 = now_ns();
        for (size_t c = 0; c < calls; c++) {
            if (lib)
                article_ksimd(b, n);
            else
                kbcc_article_conditional_i64(b->d, b->x, n);
        }
        double per = (now_ns() - t0) / (double)calls / (double)n;
        if (batch == 0 || per < best) best = per;
        if (batch == 0) calls = (size_t)(budget_s * 1e9 / 15 / (per * (double)n + 1)) + 1;
        if (batch >= 15 && now_ns() >= end) break;
    }
    return best;
}

int kb_article_conditional(size_t n, double budget_s, struct kb_article_result *out)
{
    struct article_buffers b;
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
        kbcc_article_conditional_i64(b.want, b.x, n);
        ok = article_ksimd(&b, n) == KSIMD_OK && memcmp(b.d, b.want, n * 8) == 0;
        if (!ok) fprintf(stderr, "kbench: article-conditional: the ksimd pipeline and the loop disagree\n");
    } else {
        fprintf(stderr, "kbench: article-conditional: out of memory at n=%zu\n", n);
    }
    if (ok) {
        out->ksimd_ns_per_elem = time_it(&b, n, budget_s, 1);
        out->compiler_ns_per_elem = time_it(&b, n, budget_s, 0);
    }
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) free(*arrays[i]);
    free(b.even), free(b.div3);
    return ok ? 0 : -1;
}
