/* ksimd-threads: many threads call kernels of several families at once
 * while another thread keeps switching tables (ksimd_isa_set through every
 * available table, then ksimd_profile_load of a mixed profile). Every
 * thread makes its first ksimd call at the same moment, in a fresh process,
 * so the lazy first-use selection (table pointer, CPU feature cache, the
 * KSIMD_ISA warning, a KSIMD_PROFILE load) is raced too.
 *
 * Every table gives the same bits (the contract), so each result is checked
 * exactly whichever table served it: elementwise results against plain C,
 * sums and transcendental results against the scalar table afterwards.
 * Built normally it checks results; the CI's ThreadSanitizer job builds it
 * with -fsanitize=thread, which reports any data race in dispatch.
 *
 *   ksimd-threads [--threads N] [--iterations M] [--profile PATH]
 *   ksimd-threads --make-profile PATH   (writes a mixed profile, exits)
 */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t under -std=c11 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ksimd.h"

enum { LEN = 1000, MAX_THREADS = 64, MAX_PROFILE_LOADS = 2000 };

static double a64[LEN], b64[LEN];
static float a32[LEN], b32[LEN];
static int32_t ai[LEN], bi[LEN];

struct worker {
    pthread_t thread;
    int iterations;
    long failures;
    double first_sum;     /* sum_f64 of a64[0, LEN) in this thread's first iteration */
    float first_exp[LEN]; /* exp_f32 of a32 in the first iteration */
};

static pthread_barrier_t start;
static atomic_int workers_running;
static const char *profile_path;
static atomic_long switches, profile_loads, profile_failures;

static void fail(struct worker *w, const char *what, size_t i)
{
    if (w->failures++ < 5) fprintf(stderr, "ksimd-threads: FAIL %s at %zu\n", what, i);
}

static void one_iteration(struct worker *w, int it)
{
    double d64[LEN], sum = 0;
    float d32[LEN], s32[LEN];
    int32_t di[LEN];
    uint8_t mask[LEN];
    size_t n = LEN - (size_t)(it % 17); /* vary the tails */

    if (ksimd_add_f64(d64, a64, b64, n) != KSIMD_OK) fail(w, "add_f64 status", 0);
    for (size_t i = 0; i < n; i++)
        if (d64[i] != a64[i] + b64[i]) fail(w, "add_f64 value", i);

    if (ksimd_mul_i32(di, ai, bi, n) != KSIMD_OK) fail(w, "mul_i32 status", 0);
    for (size_t i = 0; i < n; i++)
        if (di[i] != (int32_t)((uint32_t)ai[i] * (uint32_t)bi[i])) fail(w, "mul_i32 value", i);

    if (ksimd_cmp_scalar_f64(mask, a64, 0.0, KSIMD_LT, n) != KSIMD_OK) fail(w, "cmp_scalar_f64 status", 0);
    for (size_t i = 0; i < n; i++)
        if (mask[i] != (a64[i] < 0.0)) fail(w, "cmp_scalar_f64 value", i);
    if (ksimd_where_f32(s32, mask, a32, b32, n) != KSIMD_OK) fail(w, "where_f32 status", 0);
    for (size_t i = 0; i < n; i++)
        if (s32[i] != (mask[i] ? a32[i] : b32[i])) fail(w, "where_f32 value", i);

    if (ksimd_sum_f64(a64, LEN, &sum) != KSIMD_OK) fail(w, "sum_f64 status", 0);
    if (ksimd_exp_f32(d32, a32, LEN) != KSIMD_OK) fail(w, "exp_f32 status", 0);
    if (it == 0) {
        w->first_sum = sum;
        memcpy(w->first_exp, d32, sizeof d32);
    } else {
        if (memcmp(&sum, &w->first_sum, sizeof sum) != 0) fail(w, "sum_f64 differs between tables", 0);
        if (memcmp(d32, w->first_exp, sizeof d32) != 0) fail(w, "exp_f32 differs between tables", 0);
    }

    ksimd_isa isa = ksimd_isa_active();
    if ((unsigned)isa >= KSIMD_ISA_COUNT || !ksimd_isa_available(isa)) fail(w, "isa_active", (size_t)isa);
    if (!ksimd_kernel_isa("sum_f64")) fail(w, "kernel_isa(sum_f64) is NULL", 0);
}

static void *work(void *arg)
{
    struct worker *w = arg;
    pthread_barrier_wait(&start); /* everybody's first ksimd call at once */
    for (int it = 0; it < w->iterations; it++) one_iteration(w, it);
    atomic_fetch_sub(&workers_running, 1);
    return NULL;
}

/* Cycles through every available table, then the profile, until the
 * workers are done. */
static void *switcher(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&start);
    /* A first use of its own, racing the workers' (a switch before any
     * first use would skip the lazy selection altogether). */
    (void)ksimd_isa_active();
    /* Published mixed tables are never freed (a reader may hold one), so
     * the loads are capped; the table switches are not. */
    for (long round = 0; atomic_load(&workers_running) > 0; round++) {
        for (int i = 0; i < KSIMD_ISA_COUNT; i++)
            if (ksimd_isa_available((ksimd_isa)i) && ksimd_isa_set((ksimd_isa)i) == KSIMD_OK)
                atomic_fetch_add(&switches, 1);
        if (profile_path && round < MAX_PROFILE_LOADS) {
            if (ksimd_profile_load(profile_path) == KSIMD_OK)
                atomic_fetch_add(&profile_loads, 1);
            else
                atomic_fetch_add(&profile_failures, 1);
        }
    }
    return NULL;
}

/* A profile that mixes tables: kernel i on the i-th available table,
 * round robin. Written before any kernel runs, in its own process. */
static int make_profile(const char *path)
{
    ksimd_isa avail[KSIMD_ISA_COUNT];
    int navail = 0;
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (ksimd_isa_available((ksimd_isa)i)) avail[navail++] = (ksimd_isa)i;
    const char *names[512];
    ksimd_isa isas[512];
    size_t n = 0;
    for (; n < 512 && ksimd_kernel_name(n); n++) names[n] = ksimd_kernel_name(n), isas[n] = avail[n % navail];
    ksimd_status st = ksimd_profile_save(path, names, isas, n);
    if (st != KSIMD_OK) fprintf(stderr, "ksimd-threads: cannot write %s: %s\n", path, ksimd_strerror(st));
    return st == KSIMD_OK ? 0 : 1;
}

static void fill_inputs(void)
{
    uint64_t s = 0x243F6A8885A308D3u;
    for (size_t i = 0; i < LEN; i++) {
        s = s * 6364136223846793005u + 1442695040888963407u;
        a64[i] = (double)(int64_t)(s >> 11) * 0x1p-40;
        b64[i] = (double)(s >> 20) * 0x1p-30;
        a32[i] = (float)((int)(s >> 40) % 2000) / 100.0f; /* exp stays finite */
        b32[i] = -a32[i];
        ai[i] = (int32_t)(s >> 32), bi[i] = (int32_t)s;
    }
}

int main(int argc, char **argv)
{
    int nthreads = 8, iterations = 2000;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            nthreads = atoi(argv[++i]);
        else if (strcmp(argv[i], "--iterations") == 0 && i + 1 < argc)
            iterations = atoi(argv[++i]);
        else if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc)
            profile_path = argv[++i];
        else if (strcmp(argv[i], "--make-profile") == 0 && i + 1 < argc)
            return make_profile(argv[++i]);
        else {
            fprintf(stderr, "usage: ksimd-threads [--threads N] [--iterations M] [--profile PATH] | "
                            "--make-profile PATH\n");
            return 2;
        }
    }
    if (nthreads < 1 || nthreads > MAX_THREADS || iterations < 1) return 2;
    fill_inputs(); /* no ksimd call before the barrier */

    static struct worker workers[MAX_THREADS];
    pthread_t switch_thread;
    pthread_barrier_init(&start, NULL, (unsigned)nthreads + 1);
    atomic_store(&workers_running, nthreads);
    for (int t = 0; t < nthreads; t++) {
        workers[t].iterations = iterations;
        if (pthread_create(&workers[t].thread, NULL, work, &workers[t]) != 0) return 2;
    }
    if (pthread_create(&switch_thread, NULL, switcher, NULL) != 0) return 2;
    for (int t = 0; t < nthreads; t++) pthread_join(workers[t].thread, NULL);
    pthread_join(switch_thread, NULL);

    /* The reference for the table-dependent kernels: the scalar table. */
    long failures = 0;
    double sum;
    static float ref_exp[LEN];
    ksimd_isa_set(KSIMD_ISA_SCALAR);
    ksimd_sum_f64(a64, LEN, &sum);
    ksimd_exp_f32(ref_exp, a32, LEN);
    for (int t = 0; t < nthreads; t++) {
        failures += workers[t].failures;
        if (memcmp(&sum, &workers[t].first_sum, sizeof sum) != 0 ||
            memcmp(ref_exp, workers[t].first_exp, sizeof ref_exp) != 0) {
            fprintf(stderr, "ksimd-threads: FAIL thread %d's first sum/exp differ from the scalar table\n", t);
            failures++;
        }
    }
    if (profile_path && atomic_load(&profile_failures)) {
        fprintf(stderr, "ksimd-threads: FAIL %ld of %ld profile loads refused\n", atomic_load(&profile_failures),
                atomic_load(&profile_failures) + atomic_load(&profile_loads));
        failures++;
    }
    printf("ksimd-threads: %d threads x %d iterations, %ld table switches, %ld profile loads: %s\n", nthreads,
           iterations, atomic_load(&switches), atomic_load(&profile_loads), failures ? "FAILED" : "passed");
    return failures ? 1 : 0;
}
