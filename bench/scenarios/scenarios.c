/* The article's workloads (kbench --scenario NAME|all), each as the chain
 * of ksimd calls a NumPy-style program makes, beside the plain C loop a
 * user would write (built like the compiler column), checked to agree
 * before they are timed. Timing is kb_measure's: the two contenders take
 * turns batch by batch, median batch, preempted batches rerun. The tables
 * are the library's own choice (KSIMD_ISA and KSIMD_PROFILE apply).
 *
 *   article-affine       y = x*2 + 5 over 1e6 int64 and float64 (axpb)
 *   article-conditional  where(x%2 == 0, where(x%3 == 0, x*x, x*3), x+1)
 *                        on int64, 1e5 and 1e6, as nine calls and as one
 *                        compiled expression (article_conditional.c)
 *   article-traversal    row and column sums and a C-to-Fortran copy of a
 *                        4000 x 4000 and a 1000 x 1000 float64 matrix
 *                        (article_traversal.c)
 *   article-sales        profit = revenue - cost, keep profit > 100, mean
 *                        profit per region (16), 1e5 and 1e7 rows
 *   threads              large calls from 1 thread to every CPU (threads.c)
 *   expressions          compiled expressions (ksimd_expr_eval) vs their
 *                        plain loops, 1 Ki to 16 Mi (expressions.c) */
#include "scenarios.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <ksimd.h>

#include "article_conditional.h"
#include "article_traversal.h"
#include "compiler_scenarios.h"
#include "expressions.h"
#include "threads.h"
#include "kbench.h"
#include "peers/compiler.h"

#define KB_SCENARIO_TIME_MS 100.0 /* per contender and size, unless --time */
#define KB_REGIONS 16
#define KB_PROFIT_MIN 100.0

/* ---- timing two ways of doing one step ---- */

static int call_step(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    (void)peer;
    ((kb_scenario_step *)fn)(x->out[0], n);
    return 0;
}
static const struct kb_shape step_shape = {
    .name = "scenario", .in = {KB_F64}, .out = {KB_F64}, .scalar = KB_F64, .call = call_step};

void kb_scenario_time_two(kb_scenario_step *lib, kb_scenario_step *plain, void *ctx, size_t n, double budget_ms,
                          double ns[2])
{
    struct kb_contender c[2] = {{&step_shape, (kb_fn)lib, 1, -1}, {&step_shape, (kb_fn)plain, 1, -1}};
    struct kb_args args = {0};
    struct kb_timing t[2];
    args.out[0] = ctx;
    kb_measure(c, 2, &args, n, budget_ms * 1e6, t);
    for (int j = 0; j < 2; j++) ns[j] = t[j].ns_per_call / (double)n;
}

const char *kb_scenario_verdict(double ratio)
{
    return ratio > 1.03 ? "  (ksimd faster)" : ratio < 1 / 1.03 ? "  (plain loop faster)" : "  (about the same)";
}

static void print_row(FILE *f, const char *what, size_t n, const double ns[2])
{
    char label[32];
    kb_size_label(n, label, sizeof label);
    fprintf(f, "  %-10s %6s %12.3f %12.3f %11.2fx%s\n", what, label, ns[0], ns[1], ns[1] / ns[0],
            kb_scenario_verdict(ns[1] / ns[0]));
}

static void print_head(FILE *f)
{
    fprintf(f, "  %-10s %6s %12s %12s %12s\n", "", "n", "ksimd ns/el", "plain ns/el", "plain/ksimd");
}

static uint64_t lcg(uint64_t *s)
{
    *s = *s * 6364136223846793005u + 1442695040888963407u;
    return *s >> 11;
}

/* ---- article-affine ---- */

struct affine {
    int64_t *xi, *yi;
    double *xf, *yf;
};
static void affine_lib_i64(void *c, size_t n)
{
    ksimd_axpb_i64(((struct affine *)c)->yi, ((struct affine *)c)->xi, 2, 5, n);
}
static void affine_cc_i64(void *c, size_t n)
{
    kbcc_axpb_i64(((struct affine *)c)->yi, ((struct affine *)c)->xi, 2, 5, n);
}
static void affine_lib_f64(void *c, size_t n)
{
    ksimd_axpb_f64(((struct affine *)c)->yf, ((struct affine *)c)->xf, 2, 5, n);
}
static void affine_cc_f64(void *c, size_t n)
{
    kbcc_axpb_f64(((struct affine *)c)->yf, ((struct affine *)c)->xf, 2, 5, n);
}

static int article_affine(FILE *f, double budget_ms)
{
    const size_t n = 1000000;
    struct affine a = {malloc(n * 8), malloc(n * 8), malloc(n * 8), malloc(n * 8)};
    int rc = -1;
    fprintf(f, "\narticle-affine: y = x*2 + 5 (ksimd_axpb_T vs the plain loop)\n");
    if (a.xi && a.yi && a.xf && a.yf) {
        uint64_t s = 1;
        for (size_t i = 0; i < n; i++) a.xi[i] = (int64_t)(lcg(&s) % 2000001) - 1000000, a.xf[i] = (double)a.xi[i] / 7;
        double ns[2];
        print_head(f);
        kb_scenario_time_two(affine_lib_i64, affine_cc_i64, &a, n, budget_ms, ns);
        print_row(f, "int64", n, ns);
        kb_scenario_time_two(affine_lib_f64, affine_cc_f64, &a, n, budget_ms, ns);
        print_row(f, "float64", n, ns);
        rc = 0;
    } else {
        fprintf(stderr, "kbench: article-affine: out of memory\n");
    }
    free(a.xi), free(a.yi), free(a.xf), free(a.yf);
    return rc;
}

/* ---- article-conditional (article_conditional.c times it) ---- */

static int article_conditional(FILE *f, double budget_ms)
{
    static const size_t sizes[] = {100000, 1000000};
    fprintf(f, "\narticle-conditional: where(x%%2 == 0, where(x%%3 == 0, x*x, x*3), x + 1) on int64\n"
               "  (9 calls: nine ksimd calls, one pass each; fused: the same expression compiled once and\n"
               "  evaluated in one pass, ksimd_expr_eval; each vs the plain loop; fastest batch)\n");
    print_head(f);
    for (int s = 0; s < 2; s++) {
        struct kb_article_result r;
        if (kb_article_conditional(sizes[s], budget_ms * 1e-3, &r) != 0) return -1;
        double chain[2] = {r.ksimd_ns_per_elem, r.compiler_ns_per_elem};
        double fused[2] = {r.fused_ns_per_elem, r.compiler_ns_per_elem};
        print_row(f, "9 calls", sizes[s], chain);
        print_row(f, "fused", sizes[s], fused);
    }
    return 0;
}

/* ---- article-sales ---- */

struct sales {
    double *revenue, *cost, *profit, *kept;
    int32_t *region, *kept_region;
    uint8_t *mask;
    double sums[KB_REGIONS], plain_sums[KB_REGIONS];
    int64_t counts[KB_REGIONS], plain_counts[KB_REGIONS];
};

/* The NumPy way: profit = revenue - cost; keep = profit > 100;
 * groupby(region[keep]).sum(profit[keep]). Means follow from sums/counts. */
static int sales_ksimd(struct sales *b, size_t n)
{
    size_t kept = 0, kept_regions = 0;
    ksimd_status st = ksimd_sub_f64(b->profit, b->revenue, b->cost, n);
    if (!st) st = ksimd_cmp_scalar_f64(b->mask, b->profit, KB_PROFIT_MIN, KSIMD_GT, n);
    if (!st) st = ksimd_compress_f64(b->kept, b->profit, b->mask, n, &kept);
    if (!st) st = ksimd_compress_i32(b->kept_region, b->region, b->mask, n, &kept_regions);
    if (!st) st = ksimd_group_sum_f64(b->sums, b->counts, b->kept, b->kept_region, kept, KB_REGIONS);
    return st;
}
static void sales_lib(void *c, size_t n) { sales_ksimd(c, n); }
static void sales_cc(void *c, size_t n)
{
    struct sales *b = c;
    kbcc_article_sales(b->plain_sums, b->plain_counts, b->revenue, b->cost, b->region, KB_PROFIT_MIN, n, KB_REGIONS);
}

/* Means per region agree within 1e-9 relative (the sums add in another order). */
static int sales_agree(const struct sales *b, double *worst)
{
    *worst = 0;
    for (int g = 0; g < KB_REGIONS; g++) {
        if (b->counts[g] != b->plain_counts[g]) return 0;
        if (!b->counts[g]) continue;
        double m1 = b->sums[g] / (double)b->counts[g], m2 = b->plain_sums[g] / (double)b->plain_counts[g];
        double rel = fabs(m1 - m2) / fabs(m2);
        *worst = rel > *worst ? rel : *worst;
    }
    return *worst <= 1e-9;
}

static int sales_at(FILE *f, size_t n, double budget_ms)
{
    struct sales b = {0};
    b.revenue = malloc(n * 8), b.cost = malloc(n * 8), b.profit = malloc(n * 8), b.kept = malloc(n * 8);
    b.region = malloc(n * 4), b.kept_region = malloc(n * 4), b.mask = malloc(n);
    int rc = -1;
    if (b.revenue && b.cost && b.profit && b.kept && b.region && b.kept_region && b.mask) {
        uint64_t s = 7;
        for (size_t i = 0; i < n; i++) {
            b.revenue[i] = 50 + (double)(lcg(&s) % 100000) / 100; /* [50, 1050) */
            b.cost[i] = (double)(lcg(&s) % 90000) / 100;          /* [0, 900) */
            b.region[i] = (int32_t)(lcg(&s) % KB_REGIONS);
        }
        double worst;
        sales_cc(&b, n);
        if (sales_ksimd(&b, n) != KSIMD_OK || !sales_agree(&b, &worst)) {
            fprintf(stderr, "kbench: article-sales: the ksimd pipeline and the plain loop disagree at n=%zu\n", n);
        } else {
            double ns[2];
            int64_t kept = 0;
            for (int g = 0; g < KB_REGIONS; g++) kept += b.counts[g];
            kb_scenario_time_two(sales_lib, sales_cc, &b, n, budget_ms, ns);
            print_row(f, "rows", n, ns);
            fprintf(f, "  %-10s %6s %9.2f ms %9.2f ms   (%.0f%% of rows kept; means agree within %.1e)\n", "", "",
                    ns[0] * (double)n * 1e-6, ns[1] * (double)n * 1e-6, 100.0 * (double)kept / (double)n, worst);
            rc = 0;
        }
    } else {
        fprintf(stderr, "kbench: article-sales: out of memory at n=%zu\n", n);
    }
    free(b.revenue), free(b.cost), free(b.profit), free(b.kept), free(b.region), free(b.kept_region), free(b.mask);
    return rc;
}

static int article_sales(FILE *f, double budget_ms)
{
    fprintf(f,
            "\narticle-sales: profit = revenue - cost; keep profit > 100; mean profit per region (%d)\n"
            "  (ksimd sub, cmp_scalar, compress x2, group_sum vs one plain loop)\n",
            KB_REGIONS);
    print_head(f);
    return sales_at(f, 100000, budget_ms) || sales_at(f, 10000000, budget_ms) ? -1 : 0;
}

/* ---- article-traversal (article_traversal.c times and prints it) ---- */

static int article_traversal(FILE *f, double budget_ms)
{
    static const size_t sizes[] = {4000, 1000}; /* the article's, and one whose 8 MB fit in L3 */
    double copy_gbs = kb_copy_bandwidth(128u << 20);
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        struct kb_traversal_result r;
        fprintf(f, "\n");
        fflush(f);
        if (kb_article_traversal(sizes[k], budget_ms * 1e-3, &r) != 0) return -1;
        kb_article_traversal_print(f, &r, copy_gbs);
    }
    return 0;
}

/* The scenarios that follow --size and --threads take the options too. */
static const struct {
    const char *name;
    int (*run)(FILE *f, double budget_ms);
    int (*run_with_options)(FILE *f, double budget_ms, const struct kb_options *o);
} scenarios[] = {
    {"article-affine", article_affine, NULL},       {"article-conditional", article_conditional, NULL},
    {"article-traversal", article_traversal, NULL}, {"article-sales", article_sales, NULL},
    {"threads", kb_scenario_threads, NULL},         {"expressions", NULL, kb_scenario_expressions},
};
enum { NSCENARIOS = sizeof scenarios / sizeof scenarios[0] };

int kb_run_scenarios(const struct kb_options *o, const char *name)
{
    int all = strcmp(name, "all") == 0, found = 0, failed = 0;
    for (int i = 0; i < NSCENARIOS; i++) found |= all || strcmp(name, scenarios[i].name) == 0;
    if (!found) {
        fprintf(stderr, "kbench: unknown scenario '%s' (known:", name);
        for (int i = 0; i < NSCENARIOS; i++) fprintf(stderr, " %s", scenarios[i].name);
        fprintf(stderr, ", all)\n");
        return 2;
    }
    double budget_ms = o->time_given ? o->time_ms : KB_SCENARIO_TIME_MS;
    printf("scenarios: ksimd %s, tables as the library chose them (default %s), about %g ms per contender and "
           "size\n",
           ksimd_version(), ksimd_isa_name(ksimd_isa_active()), budget_ms);
    for (int i = 0; i < NSCENARIOS; i++) {
        if (!all && strcmp(name, scenarios[i].name) != 0) continue;
        int rc = scenarios[i].run ? scenarios[i].run(stdout, budget_ms)
                                  : scenarios[i].run_with_options(stdout, budget_ms, o);
        failed += rc != 0;
    }
    fflush(stdout);
    return failed ? 1 : 0;
}
