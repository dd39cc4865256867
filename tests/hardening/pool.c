/* ksimd-pool: the worker pool under the uses API.md promises to survive.
 *   - several user threads make large calls at once (one gets the pool, the
 *     others run alone) while another keeps changing the thread count with
 *     ksimd_threads_set: every result stays the one-thread result;
 *   - fork() while the pool has workers: the child runs single-threaded,
 *     with the same results, until it sets threads again (then splits too);
 *   - 9 M-element sums and dots: the same bits on 1, 2 and 3 threads;
 *   - KSIMD_THREADS: `--expect-threads N` checks what it resolved to.
 * The CI's ThreadSanitizer job runs it (ctest -L threads), which reports any
 * data race in the pool.
 *   ksimd-pool [--expect-threads N] */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../dispatch/pool.h"
#include "ksimd.h"

enum { LEN = 100003, CALLERS = 4, ROUNDS = 30, ROWS = 300, COLS = 333 };

static double a[LEN], b[LEN], want_add[LEN], want_exp[LEN], want_axis[COLS];
static int64_t ia[LEN], want_isum;
static double want_min;
static size_t want_argmax;
static atomic_int callers_running;
static atomic_long failures;

static void fail(const char *what)
{
    atomic_fetch_add(&failures, 1);
    fprintf(stderr, "FAIL %s\n", what);
}

/* One round of large calls of several families, checked exactly. */
static int round_ok(double *dst, double *axis)
{
    int64_t isum;
    double mn;
    size_t am;
    int ok = ksimd_add_f64(dst, a, b, LEN) == KSIMD_OK && memcmp(dst, want_add, sizeof want_add) == 0;
    ok &= ksimd_exp_f64(dst, a, LEN) == KSIMD_OK && memcmp(dst, want_exp, sizeof want_exp) == 0;
    ok &= ksimd_sum_i64(ia, LEN, &isum) == KSIMD_OK && isum == want_isum;
    ok &= ksimd_min_f64(a, LEN, &mn) == KSIMD_OK && memcmp(&mn, &want_min, sizeof mn) == 0;
    ok &= ksimd_argmax_f64(a, LEN, &am) == KSIMD_OK && am == want_argmax;
    ok &= ksimd_sum_axis_f64(axis, a, ROWS, COLS, COLS, 1, 0) == KSIMD_OK &&
          memcmp(axis, want_axis, sizeof want_axis) == 0;
    return ok;
}

static void *caller(void *arg)
{
    (void)arg;
    double *dst = malloc(sizeof want_add), *axis = malloc(sizeof want_axis);
    for (int r = 0; r < ROUNDS; r++)
        if (!round_ok(dst, axis)) fail("a concurrent caller's result differs from one thread's");
    free(dst), free(axis);
    atomic_fetch_sub(&callers_running, 1);
    return NULL;
}

static void *resizer(void *arg)
{
    (void)arg;
    static const size_t counts[] = {2, 1, 3, 0, 4, 2, 7};
    for (int i = 0; atomic_load(&callers_running) > 0; i++) {
        ksimd_threads_set(counts[i % 7]);
        nanosleep(&(struct timespec){0, 200000}, NULL);
    }
    return NULL;
}

static void fill(void)
{
    for (size_t i = 0; i < LEN; i++) {
        a[i] = (double)((i * 7919) % 10007) / 64.0 - 70.0;
        b[i] = (double)((i * 104729) % 1009) / 8.0;
        ia[i] = (int64_t)(i * 0x9E3779B97F4A7C15u);
    }
    a[LEN / 2] = -1e300; /* the minimum, in the middle part */
    a[LEN - 10] = 1e300; /* the maximum, in the last part */
    ksimd_threads_set(1);
    ksimd_add_f64(want_add, a, b, LEN);
    ksimd_exp_f64(want_exp, a, LEN);
    ksimd_sum_i64(ia, LEN, &want_isum);
    ksimd_min_f64(a, LEN, &want_min);
    ksimd_argmax_f64(a, LEN, &want_argmax);
    ksimd_sum_axis_f64(want_axis, a, ROWS, COLS, COLS, 1, 0);
}

/* Sums large enough that each part's subtrees are read several streams at
 * a time (sum_t.h's chunks): the same bits on 1, 2 and 3 threads. */
static void check_big_sums(void)
{
    enum { BIG = 9000001 };
    double *x = malloc(BIG * sizeof *x);
    float *y = malloc(BIG * sizeof *y);
    if (!x || !y) return fail("out of memory for the big sums");
    for (size_t i = 0; i < BIG; i++) x[i] = (double)((i * 2654435761u) % 100003) * 1e-3 - 50, y[i] = (float)x[i];
    double want = 0, got = 0;
    float wantf = 0, gotf = 0;
    for (size_t t = 1; t <= 3; t++) {
        ksimd_threads_set(t);
        ksimd_sum_f64(x, BIG, t == 1 ? &want : &got);
        ksimd_dot_f32(y, y, BIG, t == 1 ? &wantf : &gotf);
        if (t > 1 && (memcmp(&want, &got, sizeof got) != 0 || memcmp(&wantf, &gotf, sizeof gotf) != 0))
            fail("a 9 M-element sum or dot differs between 1 thread and more");
    }
    free(x), free(y);
}

static int check_fork(void)
{
    ksimd_threads_set(4);
    pid_t pid = fork();
    if (pid < 0) return fail("fork"), 0;
    if (pid == 0) {
        double *dst = malloc(sizeof want_add), *axis = malloc(sizeof want_axis);
        int ok = ksimd_threads_get() == 1 && round_ok(dst, axis);
        ok &= ksimd_threads_set(2) == KSIMD_OK && ksimd_threads_get() == 2 && round_ok(dst, axis);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    int ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok) fail("the child of fork() with a running pool: wrong thread count or result");
    return ok;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--expect-threads") == 0) {
        size_t got = ksimd_threads_get(), want = (size_t)strtoul(argv[2], NULL, 10);
        printf("KSIMD_THREADS=%s: %zu threads\n", getenv("KSIMD_THREADS") ? getenv("KSIMD_THREADS") : "(unset)", got);
        return got == want ? 0 : 1;
    }
    fill();
    ksimd_threads_test_split(1000);
    pthread_t t[CALLERS], r;
    atomic_store(&callers_running, CALLERS);
    ksimd_threads_set(3);
    for (int i = 0; i < CALLERS; i++) pthread_create(&t[i], NULL, caller, NULL);
    pthread_create(&r, NULL, resizer, NULL);
    for (int i = 0; i < CALLERS; i++) pthread_join(t[i], NULL);
    pthread_join(r, NULL);
    if (ksimd_pool_jobs() == 0) fail("no call ran on the pool: nothing was tested");
    check_big_sums();
    check_fork();
    ksimd_threads_set(1);
    long f = atomic_load(&failures);
    printf("%s\n", f ? "ksimd-pool: FAILED" : "ksimd-pool: concurrent callers, resizing and fork all kept the bits");
    return f != 0;
}
