/* kbench --scenario threads: how large calls scale from one thread to every
 * CPU the process may use (ksimd_threads_set), at 64 Ki, 1 Mi and 16 Mi
 * elements, beside the copy bandwidth the same number of threads reaches
 * (each thread memcpy-ing its share of two 64 MiB arrays, read + write
 * bytes counted). The thread counts take turns call by call, so a noisy
 * neighbour hits them alike; each figure is the median of the rounds. */
#include "threads.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <ksimd.h>

#include "kbench.h"
#include "report.h"

enum { ROUNDS = 15, MAX_T = 64 };
#define COPY_BYTES ((size_t)64 << 20)
#define MIN_BATCH_NS 2e6

struct bufs {
    double *a, *b, *d, *cols;
    float *f, *g, *h;
    uint8_t *mask;
};

/* One call of a kernel on n elements (a square matrix for the 2-D ones). */
typedef void call_fn(const struct bufs *x, size_t n);
static size_t side(size_t n)
{
    size_t s = 1;
    while ((s + 1) * (s + 1) <= n) s++;
    return s;
}
static void c_add(const struct bufs *x, size_t n) { ksimd_add_f64(x->d, x->a, x->b, n); }
static void c_sum(const struct bufs *x, size_t n)
{
    double s;
    ksimd_sum_f64(x->a, n, &s);
}
static void c_exp(const struct bufs *x, size_t n) { ksimd_exp_f64(x->d, x->a, n); }
static void c_axpb(const struct bufs *x, size_t n) { ksimd_axpb_f32(x->h, x->f, 2.0f, 5.0f, n); }
static void c_compress(const struct bufs *x, size_t n)
{
    size_t k;
    ksimd_compress_f32(x->h, x->f, x->mask, n, &k);
}
static void c_columns(const struct bufs *x, size_t n)
{
    size_t s = side(n);
    ksimd_sum_axis_f64(x->cols, x->a, s, s, (ptrdiff_t)s, 1, 0);
}
static void c_copy2d(const struct bufs *x, size_t n)
{
    size_t s = side(n);
    ksimd_copy2d_f64(x->d, 1, (ptrdiff_t)s, x->a, (ptrdiff_t)s, 1, s, s);
}

static const struct {
    const char *name, *what;
    call_fn *call;
    size_t bytes_per_element;
} kernels[] = {
    {"add_f64", "", c_add, 24},
    {"sum_f64", "", c_sum, 8},
    {"exp_f64", "", c_exp, 16},
    {"axpb_f32", "", c_axpb, 8},
    {"compress_f32", "(half kept)", c_compress, 9},
    {"sum_axis_f64", "(column sums, C order, square)", c_columns, 8},
    {"copy2d_f64", "(C to Fortran order, square)", c_copy2d, 16},
};
enum { NKERNELS = sizeof kernels / sizeof kernels[0] };

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* ns per call of each thread count: rounds of one batch each, in turn. */
static void time_counts(call_fn *call, const struct bufs *x, size_t n, const size_t *counts, int nc, double *ns)
{
    double rounds[MAX_T][ROUNDS];
    unsigned long calls = 1;
    ksimd_threads_set(counts[0]);
    call(x, n);
    for (double t0 = kb_now_ns(); kb_now_ns() - t0 < MIN_BATCH_NS; calls++) call(x, n); /* warm-up, and the batch */
    for (int r = 0; r < ROUNDS; r++)
        for (int c = 0; c < nc; c++) {
            ksimd_threads_set(counts[c]);
            call(x, n);
            double t0 = kb_now_ns();
            for (unsigned long i = 0; i < calls; i++) call(x, n);
            rounds[c][r] = (kb_now_ns() - t0) / (double)calls;
        }
    for (int c = 0; c < nc; c++) {
        qsort(rounds[c], ROUNDS, sizeof rounds[c][0], cmp_double);
        ns[c] = rounds[c][ROUNDS / 2];
    }
}

/* ---- copy bandwidth with t threads ---- */

struct copy_part {
    char *dst;
    const char *src;
    size_t bytes;
};
static void *copy_part(void *arg)
{
    struct copy_part *p = arg;
    memcpy(p->dst, p->src, p->bytes);
    return NULL;
}
static double copy_gbps(char *dst, const char *src, size_t t)
{
    double best[7];
    for (int r = 0; r < 7; r++) {
        pthread_t th[MAX_T];
        struct copy_part part[MAX_T];
        double t0 = kb_now_ns();
        for (size_t i = 0; i < t; i++) {
            size_t lo = COPY_BYTES / t * i, hi = i + 1 == t ? COPY_BYTES : COPY_BYTES / t * (i + 1);
            part[i] = (struct copy_part){dst + lo, src + lo, hi - lo};
            if (i) pthread_create(&th[i], NULL, copy_part, &part[i]);
        }
        copy_part(&part[0]);
        for (size_t i = 1; i < t; i++) pthread_join(th[i], NULL);
        best[r] = 2.0 * (double)COPY_BYTES / (kb_now_ns() - t0);
    }
    qsort(best, 7, sizeof best[0], cmp_double);
    return best[3];
}

int kb_scenario_threads(FILE *f, double budget_ms)
{
    (void)budget_ms;
    static const size_t sizes[] = {(size_t)1 << 16, (size_t)1 << 20, (size_t)1 << 24};
    const size_t nmax = sizes[2];
    size_t before = ksimd_threads_get();
    ksimd_threads_set(0);
    size_t cpus = ksimd_threads_get(), counts[MAX_T];
    int nc = 0;
    for (size_t t = 1; t <= cpus && nc < MAX_T; t = t < 4 ? t + 1 : t * 2) counts[nc++] = t;
    if (counts[nc - 1] != cpus && nc < MAX_T) counts[nc++] = cpus;

    struct bufs x = {malloc(nmax * 8), malloc(nmax * 8), malloc(nmax * 8), malloc(8192 * 8),
                     malloc(nmax * 4), malloc(nmax * 4), malloc(nmax * 4), malloc(nmax)};
    char *c0 = malloc(COPY_BYTES), *c1 = malloc(COPY_BYTES);
    int rc = 0;
    if (!x.a || !x.b || !x.d || !x.cols || !x.f || !x.g || !x.h || !x.mask || !c0 || !c1) {
        fprintf(stderr, "kbench: threads: out of memory\n");
        rc = -1;
        goto out;
    }
    for (size_t i = 0; i < nmax; i++) {
        x.a[i] = (double)(i % 1000) * 0.01 - 5, x.b[i] = 1.0 / (double)(i % 7 + 1);
        x.f[i] = (float)(i % 977) * 0.5f, x.mask[i] = (uint8_t)((i * 2654435761u >> 7) & 1);
    }
    memset(c0, 1, COPY_BYTES), memset(c1, 2, COPY_BYTES);

    fprintf(f,
            "\nthreads: large calls on 1 to %zu threads (ksimd_threads_set); speed-up against one thread,\n"
            "and GB/s against the copy bandwidth of as many threads\n  copy GB/s:",
            cpus);
    double copy[MAX_T];
    for (int c = 0; c < nc; c++) {
        copy[c] = copy_gbps(c1, c0, counts[c]);
        fprintf(f, "  %zu thread%s %.1f", counts[c], counts[c] > 1 ? "s" : "", copy[c]);
    }
    fprintf(f, "\n  %-13s %6s", "kernel", "n");
    for (int c = 0; c < nc; c++) fprintf(f, "   %2zu: ns/el  GB/s  %%copy  x1", counts[c]);
    fprintf(f, "\n");
    for (int k = 0; k < NKERNELS; k++) {
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            double ns[MAX_T];
            char label[32];
            size_t n = sizes[s];
            time_counts(kernels[k].call, &x, n, counts, nc, ns);
            kb_size_label(n, label, sizeof label);
            fprintf(f, "  %-13s %6s", kernels[k].name, label);
            for (int c = 0; c < nc; c++) {
                double gbps = (double)kernels[k].bytes_per_element * (double)n / ns[c];
                fprintf(f, "   %9.3f %5.1f %5.0f%% %4.2f", ns[c] / (double)n, gbps, 100 * gbps / copy[c],
                        ns[0] / ns[c]);
            }
            fprintf(f, "\n");
        }
        if (*kernels[k].what) fprintf(f, "  %s\n", kernels[k].what);
    }
    /* The fork-join: exp_f64 just above its split size, where the parts'
     * work is a few microseconds: what two threads cost beyond half the
     * one-thread time. */
    if (nc > 1) {
        size_t counts2[2] = {1, counts[1]}, n = 8192;
        double ns[2];
        time_counts(c_exp, &x, n, counts2, 2, ns);
        fprintf(f, "  fork-join: exp_f64 at 8 Ki takes %.1f us on 1 thread, %.1f us on %zu: %.1f us beyond 1/%zu\n",
                ns[0] * 1e-3, ns[1] * 1e-3, counts[1], (ns[1] - ns[0] / (double)counts[1]) * 1e-3, counts[1]);
    }
out:
    ksimd_threads_set(before);
    free(x.a), free(x.b), free(x.d), free(x.cols), free(x.f), free(x.g), free(x.h), free(x.mask), free(c0), free(c1);
    return rc;
}
