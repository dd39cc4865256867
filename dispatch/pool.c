/* The worker pool: pthreads created by ksimd_threads_set (or on the first
 * call when KSIMD_THREADS asks for more than one), the calling thread
 * working too.
 *
 * One job at a time: a caller claims the pool with an atomic flag, and a
 * caller that finds it taken runs its call alone (same bits, no waiting).
 * No lock is held while kernels run; the mutex only guards going to sleep
 * and waking up.
 *
 * A job lives in the pool (static storage), so a worker that wakes late
 * can never touch a finished caller's stack: it counts itself in `inside`
 * before reading the job and checks that the job is still open, while the
 * caller closes the job and then waits for `inside` to drain (both orders
 * sequentially consistent, so one of the two always sees the other).
 *
 * Workers poll for new work for about 50 us after a job (back-to-back
 * calls skip the wake-up), then sleep on a condition variable: a VM's
 * cores are shared. fork() leaves the child with no workers: it runs
 * single-threaded until it calls ksimd_threads_set again.
 *
 * Floating-point flags belong to the thread that raised them: a worker
 * hands what its parts raised to the job (`flags`), and the caller raises
 * it, so a split call leaves the flags an unsplit one does. */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT; clock_gettime under -std=c11 */
#include <errno.h>
#include <fenv.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ksimd.h"
#include "pool.h"

enum { KSIMD_MAX_THREADS = 256, SPIN_NS = 50000 };

/* From these sizes on, two threads beat one on the 2-core Sapphire Rapids
 * host even at their best case for one thread (best of 41, workers awake;
 * docs/threads.md): exp_f64 gains from 2 Ki elements (1.28x; 8 Ki: 1.73x),
 * add_f64 from 32 Ki (1.16x; 128 Ki: 3.7x), sum_f64 from 64 Ki (1.17x;
 * 128 Ki: 1.47x). One notch up from where the gain starts, so a split
 * always pays for a worker that has to be woken. */
#define SPLIT_STREAM_ELEMENTS ((size_t)1 << 17)
#define SPLIT_MATH_ELEMENTS ((size_t)1 << 13)

atomic_size_t ksimd_nthreads;
atomic_size_t ksimd_split_min[KSIMD_SPLIT_FAMILIES];
static atomic_size_t test_split, pool_jobs;

static struct {
    pthread_mutex_t mu;
    pthread_cond_t wake;
    pthread_t tid[KSIMD_MAX_THREADS];
    size_t nworkers;      /* created; guarded by mu */
    atomic_size_t active; /* workers that take part: ksimd_threads_get() - 1 */
    atomic_flag busy;
    atomic_uint gen; /* bumped for every job */
    atomic_int stop;
    /* The job of generation gen. */
    ksimd_part_fn part;
    const void *ctx;
    const struct ksimd_table *table;
    size_t nparts;
    atomic_size_t next, done, inside;
    atomic_int open;
    atomic_int flags; /* the FE_ flags the workers' parts raised */
} pool = {.mu = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* A worker's flags are handed over before the part counts as done, so
 * the caller, once every part is done, has them all. */
static void run_parts(int worker)
{
    size_t i;
    while ((i = atomic_fetch_add(&pool.next, 1)) < pool.nparts) {
        pool.part(pool.ctx, pool.table, i, pool.nparts);
        int raised = worker ? fetestexcept(FE_ALL_EXCEPT) : 0;
        if (raised) {
            atomic_fetch_or(&pool.flags, raised);
            feclearexcept(raised);
        }
        atomic_fetch_add(&pool.done, 1);
    }
}

/* Waits for a generation other than seen; returns it, or 0 to stop. */
static unsigned next_gen(unsigned seen)
{
    uint64_t until = now_ns() + SPIN_NS;
    unsigned g;
    while ((g = atomic_load(&pool.gen)) == seen && !atomic_load(&pool.stop) && now_ns() < until) sched_yield();
    if (g != seen) return g;
    pthread_mutex_lock(&pool.mu);
    while ((g = atomic_load(&pool.gen)) == seen && !atomic_load(&pool.stop)) pthread_cond_wait(&pool.wake, &pool.mu);
    pthread_mutex_unlock(&pool.mu);
    return atomic_load(&pool.stop) ? 0 : g;
}

static void *worker(void *arg)
{
    size_t index = (size_t)(uintptr_t)arg;
    /* a thread starts with its creator's flags: they are not the parts' */
    feclearexcept(FE_ALL_EXCEPT);
    unsigned seen = atomic_load(&pool.gen);
    for (;;) {
        unsigned g = next_gen(seen);
        if (!g && atomic_load(&pool.stop)) return NULL;
        seen = g;
        if (index >= atomic_load(&pool.active)) continue; /* fewer threads asked for now */
        atomic_fetch_add(&pool.inside, 1);
        if (atomic_load(&pool.open) && atomic_load(&pool.gen) == g) run_parts(1);
        atomic_fetch_sub(&pool.inside, 1);
    }
}

void ksimd_parallel(ksimd_part_fn part, const void *ctx, const struct ksimd_table *t, size_t nparts)
{
    if (nparts < 2 || atomic_load_explicit(&pool.active, memory_order_relaxed) == 0 ||
        atomic_flag_test_and_set(&pool.busy)) {
        for (size_t i = 0; i < nparts; i++) part(ctx, t, i, nparts);
        return;
    }
    atomic_fetch_add_explicit(&pool_jobs, 1, memory_order_relaxed);
    pool.part = part, pool.ctx = ctx, pool.table = t, pool.nparts = nparts;
    atomic_store(&pool.next, 0);
    atomic_store(&pool.done, 0);
    atomic_store(&pool.flags, 0);
    atomic_store(&pool.open, 1);
    pthread_mutex_lock(&pool.mu);
    unsigned g = atomic_load(&pool.gen) + 1;
    atomic_store(&pool.gen, g ? g : 1); /* 0 means "stop" to next_gen */
    pthread_cond_broadcast(&pool.wake);
    pthread_mutex_unlock(&pool.mu);
    run_parts(0);
    while (atomic_load(&pool.done) < nparts) sched_yield();
    atomic_store(&pool.open, 0);
    while (atomic_load(&pool.inside)) sched_yield();
    int raised = atomic_load(&pool.flags);
    atomic_flag_clear(&pool.busy);
    if (raised) feraiseexcept(raised);
}

/* The CPUs this process may run on. */
static size_t cpus_available(void)
{
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return (size_t)CPU_COUNT(&set);
#endif
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

static void set_split(size_t threads)
{
    size_t forced = atomic_load(&test_split);
    size_t stream = threads > 1 ? (forced ? forced : SPLIT_STREAM_ELEMENTS) : SIZE_MAX;
    size_t math = threads > 1 ? (forced ? forced : SPLIT_MATH_ELEMENTS) : SIZE_MAX;
    atomic_store(&ksimd_split_min[KSIMD_SPLIT_STREAM], stream);
    atomic_store(&ksimd_split_min[KSIMD_SPLIT_MATH], math);
}

static void child_after_fork(void)
{
    /* The workers did not come along; their mutex may be held by one. */
    pthread_mutex_init(&pool.mu, NULL);
    pthread_cond_init(&pool.wake, NULL);
    pool.nworkers = 0;
    atomic_store(&pool.active, 0);
    atomic_flag_clear(&pool.busy);
    atomic_store(&pool.inside, 0);
    atomic_store(&ksimd_nthreads, 1);
    set_split(1);
}

static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;
static void register_atfork(void) { pthread_atfork(NULL, NULL, child_after_fork); }

/* Workers for `threads` in all (the caller is one); creates what is
 * missing. Returns the number in force. */
static size_t start_workers(size_t threads)
{
    pthread_once(&atfork_once, register_atfork);
    pthread_mutex_lock(&pool.mu);
    size_t want = threads - 1;
    while (pool.nworkers < want) {
        pthread_attr_t attr;
        int ok = pthread_attr_init(&attr) == 0;
        if (ok) {
            pthread_attr_setstacksize(&attr, (size_t)1 << 20); /* kernels keep < 64 KiB on the stack */
            ok = pthread_create(&pool.tid[pool.nworkers], &attr, worker, (void *)(uintptr_t)pool.nworkers) == 0;
            pthread_attr_destroy(&attr);
        }
        if (!ok) break;
        pool.nworkers++;
    }
    size_t have = (pool.nworkers < want ? pool.nworkers : want) + 1;
    atomic_store(&pool.active, have - 1);
    atomic_store(&ksimd_nthreads, have);
    set_split(have);
    pthread_mutex_unlock(&pool.mu);
    return have;
}

static size_t clamp_threads(size_t n)
{
    if (n == 0) n = cpus_available();
    return n > KSIMD_MAX_THREADS ? KSIMD_MAX_THREADS : n;
}

ksimd_status ksimd_threads_set(size_t n)
{
    n = clamp_threads(n);
    return start_workers(n) == n ? KSIMD_OK : KSIMD_ERR_NOMEM;
}

/* KSIMD_THREADS on first use: a number, 0 for every CPU; anything else,
 * or nothing, is the default of one thread. */
size_t ksimd_threads_resolve(void)
{
    size_t n = atomic_load(&ksimd_nthreads);
    if (n) return n;
    const char *env = getenv("KSIMD_THREADS");
    size_t want = 1;
    if (env && *env) {
        char *end;
        errno = 0;
        unsigned long v = strtoul(env, &end, 10);
        if (!*end && !errno && env[0] != '-') want = clamp_threads((size_t)v);
    }
    return start_workers(want);
}

size_t ksimd_threads_get(void) { return ksimd_threads_resolve(); }

size_t ksimd_pool_jobs(void) { return atomic_load(&pool_jobs); }

void ksimd_threads_test_split(size_t elements)
{
    atomic_store(&test_split, elements);
    set_split(ksimd_threads_resolve());
}

/* At exit or dlclose: wake every worker to return, then join them. */
__attribute__((destructor)) static void stop_workers(void)
{
    pthread_mutex_lock(&pool.mu);
    atomic_store(&pool.stop, 1);
    pthread_cond_broadcast(&pool.wake);
    size_t n = pool.nworkers;
    pthread_mutex_unlock(&pool.mu);
    for (size_t i = 0; i < n; i++) pthread_join(pool.tid[i], NULL);
    pthread_mutex_lock(&pool.mu);
    pool.nworkers = 0;
    atomic_store(&pool.active, 0);
    pthread_mutex_unlock(&pool.mu);
}
