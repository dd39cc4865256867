/* Timing: CLOCK_MONOTONIC, a warm-up, batches of calls long enough that
 * the clock's cost and resolution vanish (>= KB_BATCH_NS), as many batches
 * as the budget allows (at least KB_MIN_BATCHES), and the median batch.
 * The contenders of one cell take turns batch by batch, so that a noisy
 * neighbour or a change of clock speed hits them all alike and their
 * ratios hold even when the absolute figures move. A batch during which
 * the thread lost the CPU (wall time well above the thread's CPU time:
 * another process ran, or the hypervisor stole the vCPU) is run again, up
 * to KB_RETRIES times: on a loaded 2-core machine a 3 ms time slice inside
 * a 1.5 ms batch would otherwise triple it, and once half the batches of a
 * contender are hit, its median is too. Plus the STREAM-like copy figure. */
#include "kbench.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ksimd.h>

#define KB_BATCH_NS 1.5e6 /* a batch lasts at least this long, about 1.5 ms */
#define KB_MIN_BATCHES 5
#define KB_MAX_BATCHES 512
#define KB_WARMUP_NS 5e6 /* at most; and at least one call */
#define KB_RETRIES 4     /* per batch, when it was preempted */

double kb_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void select_contender(const struct kb_contender *c)
{
    if (c->isa == KB_DEFAULT_TABLE)
        ksimd_isa_reset();
    else if (c->isa >= 0)
        ksimd_isa_set((ksimd_isa)c->isa);
}

static double cpu_ns(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0) return -1;
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* Wall time of one batch; *preempted when the thread was off the CPU for
 * more than 2% of it (plus 20 us of slack for the clocks themselves). */
static double timed_batch(const struct kb_contender *c, const struct kb_args *args, size_t n, unsigned long calls,
                          int *preempted)
{
    double c0 = cpu_ns(), t0 = kb_now_ns();
    for (unsigned long i = 0; i < calls; i++) c->shape->call(c->fn, c->peer, args, n);
    double wall = kb_now_ns() - t0, cpu = cpu_ns() - c0;
    *preempted = c0 >= 0 && wall - cpu > 0.02 * wall + 2e4;
    return wall;
}

static double run_batch(const struct kb_contender *c, const struct kb_args *args, size_t n, unsigned long calls,
                        int *retried)
{
    int preempted;
    double t = timed_batch(c, args, n, calls, &preempted);
    *retried += preempted;
    for (int r = 0; r < KB_RETRIES && preempted; r++) {
        double again = timed_batch(c, args, n, calls, &preempted);
        t = again < t ? again : t; /* every attempt was disturbed: the least */
    }
    return t;
}

/* Warm-up (caches, TLB, branch predictors, the first-use dispatch), then
 * the calls per batch: from the warm-up's rate, confirmed by timing one
 * batch. Returns the calls per batch and sets *per_call. */
static unsigned long calibrate(const struct kb_contender *c, const struct kb_args *args, size_t n, double budget_ns,
                               double *per_call)
{
    double warm = budget_ns / 4 < KB_WARMUP_NS ? budget_ns / 4 : KB_WARMUP_NS;
    double t0 = kb_now_ns(), t;
    unsigned long calls = 0;
    do {
        c->shape->call(c->fn, c->peer, args, n);
        calls++;
        t = kb_now_ns() - t0;
    } while (t < warm);
    double pc = t / (double)calls;
    unsigned long batch = pc >= KB_BATCH_NS ? 1 : (unsigned long)(KB_BATCH_NS / pc) + 1;
    for (int tries = 0; tries < 4; tries++) {
        int retried = 0;
        double bt = run_batch(c, args, n, batch, &retried);
        pc = bt / (double)batch;
        if (bt >= KB_BATCH_NS * 0.75) break;
        batch = (unsigned long)(KB_BATCH_NS / (pc > 0 ? pc : 1)) + 1;
    }
    *per_call = pc;
    return batch;
}

void kb_measure(const struct kb_contender *c, int nc, const struct kb_args *args, size_t n, double budget_ns,
                struct kb_timing *out)
{
    static double times[KB_MAX_CONTENDERS][KB_MAX_BATCHES];
    unsigned long batch[KB_MAX_CONTENDERS];
    int retried[KB_MAX_CONTENDERS] = {0};
    double round_ns = 0;
    for (int j = 0; j < nc; j++) {
        double per_call;
        select_contender(&c[j]);
        batch[j] = calibrate(&c[j], args, n, budget_ns, &per_call);
        round_ns += per_call * (double)batch[j];
    }
    /* The budget is per contender: a round runs one batch of each. */
    int nb = (int)(budget_ns * nc / (round_ns > 0 ? round_ns : 1));
    if (nb < KB_MIN_BATCHES) nb = KB_MIN_BATCHES;
    if (nb > KB_MAX_BATCHES) nb = KB_MAX_BATCHES;
    for (int b = 0; b < nb; b++)
        for (int i = 0; i < nc; i++) {
            int j = (b + i) % nc; /* each round starts with another contender */
            select_contender(&c[j]);
            times[j][b] = run_batch(&c[j], args, n, batch[j], &retried[j]);
        }
    for (int j = 0; j < nc; j++) {
        double *tj = times[j];
        qsort(tj, (size_t)nb, sizeof tj[0], cmp_double);
        double med = nb % 2 ? tj[nb / 2] : (tj[nb / 2 - 1] + tj[nb / 2]) / 2;
        out[j].ns_per_call = med / (double)batch[j];
        out[j].min_per_call = tj[0] / (double)batch[j];
        out[j].spread = (tj[(3 * nb) / 4] - tj[nb / 4]) / med;
        out[j].calls = batch[j];
        out[j].batches = nb;
        out[j].retried = retried[j];
    }
}

/* The copy figure: per method (memcpy, a plain store loop, a
 * non-temporal store loop) the median of KB_COPY_REPS runs, and the best
 * of those medians, in bytes read + bytes written per ns (STREAM's
 * convention). A median, as for the kernels: the fastest single run of
 * 48 would set the bar at this VM's luckiest moment, a few percent above
 * what any loop, the copy loops included, delivers as a rule. */
#define KB_COPY_REPS 15
double kb_copy_bandwidth(size_t bytes)
{
    bytes = bytes / 4096 * 4096;
    uint64_t *src = aligned_alloc(4096, bytes), *dst = aligned_alloc(4096, bytes);
    if (!src || !dst) {
        free(src);
        free(dst);
        return 0;
    }
    /* Distinct contents per page: a hypervisor may merge pages of identical
     * content, and copying those ran impossibly fast on the build host. */
    for (size_t i = 0; i < bytes / 8; i++) src[i] = i * 0x9e3779b97f4a7c15u;
    memset(dst, 0, bytes);
    double t[3][KB_COPY_REPS];
    int streamed = 0;
    for (int rep = 0; rep < KB_COPY_REPS; rep++) {
        double t0 = kb_now_ns();
        memcpy(dst, src, bytes);
        double t1 = kb_now_ns();
        kb_copy_loop(dst, src, bytes / 8);
        double t2 = kb_now_ns();
        streamed = kb_copy_stream(dst, src, bytes / 8);
        double t3 = kb_now_ns();
        t[0][rep] = t1 - t0, t[1][rep] = t2 - t1, t[2][rep] = t3 - t2;
    }
    double best = 1e300;
    for (int m = 0; m < (streamed ? 3 : 2); m++) {
        qsort(t[m], KB_COPY_REPS, sizeof t[m][0], cmp_double);
        if (t[m][KB_COPY_REPS / 2] < best) best = t[m][KB_COPY_REPS / 2];
    }
    free(src);
    free(dst);
    return 2.0 * (double)bytes / best; /* bytes per ns: GB/s */
}
