/* kbench: times every ksimd kernel on every ISA table the CPU can run, at
 * L1, L2 and DRAM sizes, beside its peers (the same operation as a plain C
 * loop, with -ffast-math, through SLEEF or Highway) and under a STREAM-like
 * copy figure. Also: --cpu, --scenario, --tune, --explain. See --help and
 * the README. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ksimd.h>

#include "kbench.h"
#include "machine.h"
#include "options.h"
#include "peers.h"
#include "report.h"
#include "scenarios/scenarios.h"
#include "tune.h"
#include "verify.h"

#define KB_COPY_BYTES (128u << 20) /* per array: far beyond any last-level cache */

/* ---- the run ---- */

/* A progress line on a terminal, once the run has taken a second. */
static void progress(const struct kb_options *o, size_t ki, const char *kernel, size_t n)
{
    static int tty = -1;
    static double start;
    if (tty < 0) tty = isatty(STDERR_FILENO), start = kb_now_ns();
    if (o->quiet || !tty || kb_now_ns() - start < 1e9) return;
    char label[32];
    if (!kernel) {
        fprintf(stderr, "\r\033[K");
        return;
    }
    kb_size_label(n, label, sizeof label);
    fprintf(stderr, "\r\033[Kkbench: [%zu/%zu] %s, %s", ki + 1, o->nkernels, kernel, label);
}

/* Times every selected kernel x size x contender and reports them; 0, or 2
 * when the buffers cannot be had. */
static int measure(const struct kb_options *o)
{
    ksimd_isa default_isa = ksimd_isa_active();

    struct kb_pool pool[KB_MAX_SIZES];
    int rc = kb_pools_alloc(pool, o->sizes, o->nsizes, o->kernels, o->nkernels);
    if (rc) return rc;
    struct kb_timing *t = calloc((size_t)o->nsizes * KB_MAX_CONTENDERS, sizeof *t);
    if (!t) {
        kb_pools_free(pool, o->nsizes);
        fprintf(stderr, "kbench: out of memory\n");
        return 2;
    }

    char cpu[256], tables[64];
    kb_cpu_model(cpu, sizeof cpu);
    kb_table_list(tables, sizeof tables);
    if (!o->quiet && isatty(STDERR_FILENO)) fprintf(stderr, "kbench: measuring copy bandwidth...");
    double copy = kb_copy_bandwidth(KB_COPY_BYTES);
    if (!o->quiet && isatty(STDERR_FILENO)) fprintf(stderr, "\r\033[K");

    struct kb_report r = {
        .format = o->format,
        .out = stdout,
        .cpu = cpu,
        .version = ksimd_version(),
        .default_isa = ksimd_isa_name(default_isa),
        .tables = tables,
        .copy_gbps = copy,
        .copy_bytes = KB_COPY_BYTES,
        .budget_ms = o->time_ms,
        .sizes = o->sizes,
        .nsizes = o->nsizes,
        .nksimd = o->nisas + o->with_default,
    };
    for (int c = 0; c < o->nisas; c++) r.contender[r.ncont++] = ksimd_isa_name(o->isas[c]);
    if (o->with_default) r.contender[r.ncont++] = "default";
    /* The peers with a loop for any selected kernel, in the peers' order. */
    const struct kb_peer *peer[KB_MAX_CONTENDERS];
    for (int p = 0; p < kb_peer_count() && r.ncont < KB_MAX_CONTENDERS; p++) {
        size_t i = 0;
        while (i < o->nkernels && !kb_peer_at(p)->find(o->kernels[i])) i++;
        if (i == o->nkernels) continue;
        peer[r.ncont] = kb_peer_at(p);
        r.contender_note[r.ncont] = kb_peer_at(p)->description;
        r.contender[r.ncont++] = kb_peer_at(p)->name;
    }
    kb_report_begin(&r);
    for (size_t ki = 0; ki < o->nkernels; ki++) {
        const struct kb_kernel *k = o->kernels[ki];
        memset(t, 0, (size_t)o->nsizes * (size_t)r.ncont * sizeof *t);
        for (int s = 0; s < o->nsizes; s++) {
            struct kb_args args;
            struct kb_contender c[KB_MAX_CONTENDERS];
            int slot[KB_MAX_CONTENDERS], nc = 0;
            kb_pool_prepare(&pool[s], k, &args);
            for (int j = 0; j < r.ncont; j++) {
                int is_peer = j >= r.nksimd, isa = j < o->nisas ? (int)o->isas[j] : KB_DEFAULT_TABLE;
                kb_fn fn = is_peer ? peer[j]->find(k) : k->lib;
                if (!fn) continue; /* a kernel without that peer: left empty */
                c[nc] = (struct kb_contender){k->shape, fn, is_peer, is_peer ? -1 : isa};
                slot[nc++] = j;
            }
            struct kb_timing got[KB_MAX_CONTENDERS];
            progress(o, ki, k->name, o->sizes[s]);
            kb_measure(c, nc, &args, o->sizes[s], o->time_ms * 1e6, got);
            for (int j = 0; j < nc; j++) t[s * r.ncont + slot[j]] = got[j];
        }
        progress(o, ki, NULL, 0);
        kb_report_kernel(&r, k, t);
    }
    kb_report_end(&r);
    ksimd_isa_reset();
    free(t);
    kb_pools_free(pool, o->nsizes);
    return 0;
}

static int run(const struct kb_options *o)
{
    if (o->help) {
        kb_print_help(stdout);
        return 0;
    }
    if (o->list) {
        for (size_t i = 0; i < o->nkernels; i++) printf("%s\n", o->kernels[i]->name);
        return 0;
    }
    if (o->cpu) {
        kb_print_cpu(stdout);
        return 0;
    }
    if (o->explain) return kb_explain(stdout, o->explain);
    if (o->check_profile) return kb_check_profile(o, o->check_profile);
    if (o->scenario) return kb_run_scenarios(o, o->scenario);
    if (o->tune) return kb_tune(o);
    /* Every run checks its kernels first: a contender that computes
     * something else would make the comparison meaningless. */
    int mismatches = 0;
    for (size_t i = 0; i < o->nkernels; i++) {
        unsigned bad_isas = 0;
        int bad = kb_verify_kernel(stderr, o->kernels[i], o->isas, o->nisas, 1, &bad_isas) != 0;
        mismatches += bad;
        if (o->verify && !bad && !o->quiet) printf("ok   %s\n", o->kernels[i]->name);
    }
    ksimd_isa_reset();
    if (o->verify) {
        printf("%zu kernels checked against the scalar table (tables bit for bit; peers as each kernel "
               "allows): %d mismatched\n",
               o->nkernels, mismatches);
        return mismatches ? 1 : 0;
    }
    int rc = 0;
    if (o->nthreads == 0) rc = measure(o);
    for (int i = 0; i < o->nthreads && !rc; i++) {
        ksimd_threads_set(o->threads[i]);
        if (o->format == KB_TEXT) printf("%sthreads: %zu\n", i ? "\n" : "", ksimd_threads_get());
        rc = measure(o);
    }
    if (mismatches)
        fprintf(stderr, "kbench: %d kernel(s) disagree with the scalar table (see above; kbench --verify)\n",
                mismatches);
    return rc ? rc : mismatches ? 1 : 0;
}

int main(int argc, char **argv)
{
    struct kb_options o;
    int rc = kb_parse_options(argc, argv, &o);
    if (rc == 0) rc = run(&o);
    free(o.kernels);
    return rc;
}
