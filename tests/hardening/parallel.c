/* Threads change nothing but speed (API.md, "Threads"): every public
 * kernel, on every table this CPU runs, gives the same bytes and status
 * with 2, 3, 4, 7 and 16 threads (16 oversubscribes on purpose) as with
 * one. The split size is forced down to a few elements
 * (ksimd_threads_test_split), so calls of a few hundred elements split into
 * many parts, around part boundaries (multiples of 64) and with more parts
 * than blocks. Plain C: it runs under qemu for the cross builds too. Ends
 * with "N passed, M failed".
 *
 * 1-D kernels go through api_table's generic call (inputs mix NaN, +-0,
 * infinities and subnormals, so argmin/argmax's NaN-first and min/max's
 * signed zeros cross parts); the 2-D kernels are called on C- and
 * Fortran-ordered views, a transposing copy, a broadcast input and both
 * axes. 1-D calls also raise the same floating-point flags as with one
 * thread (each thread has its own: the workers hand theirs to the
 * caller). Bad input is bad_input.c's, which runs the same checks whatever
 * the thread count: validation comes before any split. */
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../dispatch/pool.h"
#include "api_table.h"
#include "conformance.h"
#include "kernels/shape_list.h"

static const size_t thread_counts[] = {2, 3, 4, 7, 16};
static const size_t sizes[] = {1, 63, 64, 65, 129, 1000, 4097, 70001};
enum { NGROUPS = 5 };
#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

/* Floats: finite values with a few signed zeros and subnormals, and with
 * `nonfinite` NaN and infinities too (which would hide a wrong sum). */
static void fill_input(const struct ka_array *a, void *p, size_t len, struct ks_rng *g, int nonfinite)
{
    static const double specials[] = {-0.0, 0.0, 1e-310, -1e-40, 7.0, -7.0, NAN, INFINITY, -INFINITY};
    for (size_t i = 0; i < len; i++) {
        uint64_t r = ks_rand(g);
        double v =
            r % 16 == 0 ? specials[(r >> 8) % (nonfinite ? 9 : 6)] : (double)(int64_t)(r >> 40) / 4096.0 - 1000.0;
        switch (a->elem) {
        case KA_F32:
            ((float *)p)[i] = (float)v;
            break;
        case KA_F64:
            ((double *)p)[i] = v;
            break;
        case KA_I32:
            ((int32_t *)p)[i] = strcmp(a->name, "keys") == 0 ? (int32_t)(r % NGROUPS) : (int32_t)r;
            break;
        case KA_I64:
            ((int64_t *)p)[i] = (int64_t)r;
            break;
        case KA_U8:
            ((uint8_t *)p)[i] = (uint8_t)(r % 3 == 0 ? 0 : r >> 56);
            break;
        case KA_SIZE:
            ((size_t *)p)[i] = (size_t)r;
            break;
        }
    }
}

/* Equal bytes, but a NaN equals any NaN: the contract leaves a NaN
 * result's sign and payload open (min and max of parts may pick another
 * NaN than one pass does). */
static int same_values(const struct ka_array *a, const void *x, const void *y, size_t bytes)
{
    if (memcmp(x, y, bytes) == 0) return 1;
    size_t size = ka_elem_size(a->elem);
    for (size_t i = 0; i < bytes / size; i++) {
        const unsigned char *p = (const unsigned char *)x + i * size, *q = (const unsigned char *)y + i * size;
        if (memcmp(p, q, size) == 0) continue;
        if (a->elem == KA_F32) {
            float u, v;
            memcpy(&u, p, 4), memcpy(&v, q, 4);
            if (u != u && v != v) continue;
        } else if (a->elem == KA_F64) {
            double u, v;
            memcpy(&u, p, 8), memcpy(&v, q, 8);
            if (u != u && v != v) continue;
        }
        return 0;
    }
    return 1;
}

/* The arrays of one call: inputs filled once, outputs from one pattern. */
struct bufs {
    unsigned char *p[KA_MAX_ARRAYS], *pattern[KA_MAX_ARRAYS], *want[KA_MAX_ARRAYS];
    size_t bytes[KA_MAX_ARRAYS];
};

static void reset_outputs(const struct ka_layout *l, struct bufs *b)
{
    for (int i = 0; i < l->narrays; i++)
        if (l->array[i].output) memcpy(b->p[i], b->pattern[i], b->bytes[i]);
}

static void check_1d(struct ks_report *r, const struct ka_kernel *k, const char *isa)
{
    struct ka_layout l;
    ka_layout_of(k, &l);
    struct ks_rng g = ks_rng_from(k->name);
    for (size_t si = 0; si < 2 * sizeof sizes / sizeof *sizes; si++) {
        int nonfinite = si % 2;
        size_t n = sizes[si / 2];
        struct ka_call c = {{NULL}, {{0}}, KSIMD_LT, n, NGROUPS};
        if (ka_elem_is_float(k->type))
            c.s[0].f = -3.5, c.s[1].f = 250;
        else
            c.s[0].i = k->shape == KA_divisor ? -7 : -3, c.s[1].i = 250;
        c.op = (int)(si % 6);
        struct bufs b;
        memset(&b, 0, sizeof b);
        for (int i = 0; i < l.narrays; i++) {
            b.bytes[i] = ka_array_bytes(&l, i, &c);
            b.p[i] = malloc(b.bytes[i] + 1), b.pattern[i] = malloc(b.bytes[i] + 1), b.want[i] = malloc(b.bytes[i] + 1);
            fill_input(&l.array[i], l.array[i].output ? b.pattern[i] : b.p[i], ka_array_len(&l, i, &c), &g, nonfinite);
            c.p[i] = b.p[i];
        }
        /* Every fourth size, a group sum meets a key out of range two
         * thirds in: the status and the untouched outputs must not depend
         * on the threads (each part checks its own keys). */
        for (int i = 0; i < l.narrays; i++)
            if (k->shape == KA_group && si % 4 == 3 && strcmp(l.array[i].name, "keys") == 0)
                ((int32_t *)b.p[i])[n - 1 - n / 3] = NGROUPS;
        ksimd_threads_set(1);
        reset_outputs(&l, &b);
        feclearexcept(FLAGS);
        ksimd_status want = ka_invoke(k, &c);
        int want_flags = fetestexcept(FLAGS);
        for (int i = 0; i < l.narrays; i++) memcpy(b.want[i], b.p[i], b.bytes[i]);
        for (size_t ti = 0; ti < sizeof thread_counts / sizeof *thread_counts; ti++) {
            ksimd_threads_set(thread_counts[ti]);
            reset_outputs(&l, &b);
            feclearexcept(FLAGS);
            ksimd_status got = ka_invoke(k, &c);
            int flags = fetestexcept(FLAGS);
            int same = got == want;
            for (int i = 0; i < l.narrays && same; i++) same = same_values(&l.array[i], b.want[i], b.p[i], b.bytes[i]);
            ks_check(r, same, "%s on %s, n = %zu%s, %zu threads: status %d or output differs from one thread", k->name,
                     isa, c.n, nonfinite ? " (with NaN, inf)" : "", thread_counts[ti], (int)got);
            ks_check(r, flags == want_flags, "%s on %s, n = %zu%s, %zu threads: flags %#x, one thread's %#x", k->name,
                     isa, c.n, nonfinite ? " (with NaN, inf)" : "", thread_counts[ti], (unsigned)flags,
                     (unsigned)want_flags);
        }
        for (int i = 0; i < l.narrays; i++) free(b.p[i]), free(b.pattern[i]), free(b.want[i]);
    }
}

/* ---- 2-D: each kernel on a few views, every thread count ---- */

/* A view of rows x cols: C order, Fortran order, C order inside a wider
 * matrix, one row, one column. */
struct view2 {
    size_t rows, cols;
    ptrdiff_t rs, cs;
};
static const struct view2 views[] = {
    {37, 130, 130, 1}, {130, 37, 1, 130}, {70, 70, 81, 1}, {1, 300, 300, 1}, {300, 1, 1, 1}};
enum { NVIEWS = sizeof views / sizeof *views, CELLS = 300 * 81 };

#define FILL2(T, p, g) fill_input(&(struct ka_array){"x", ka_elem_of_##T, KA_LEN_N, 0, 0}, p, CELLS, g, 0)
#define ka_elem_of_float KA_F32
#define ka_elem_of_double KA_F64
#define ka_elem_of_int32_t KA_I32
#define ka_elem_of_int64_t KA_I64

/* Runs `call` (which writes dst, `bytes` long) once per thread count and
 * compares with one thread. */
#define SAME_ACROSS_THREADS(r, what, dst, bytes, call)                                                                 \
    do {                                                                                                               \
        ksimd_threads_set(1);                                                                                          \
        memset(dst, 0x5a, bytes);                                                                                      \
        ksimd_status want_ = call;                                                                                     \
        memcpy(want, dst, bytes);                                                                                      \
        for (size_t ti = 0; ti < sizeof thread_counts / sizeof *thread_counts; ti++) {                                 \
            ksimd_threads_set(thread_counts[ti]);                                                                      \
            memset(dst, 0x5a, bytes);                                                                                  \
            ksimd_status got_ = call;                                                                                  \
            ks_check(r, got_ == want_ && memcmp(want, dst, bytes) == 0, "%s, view %d, %zu threads: differs", what, v,  \
                     thread_counts[ti]);                                                                               \
        }                                                                                                              \
    } while (0)

/* clang-format off */
#define CHECK2D_copy2d(name, T, A) \
    static void check_##name(struct ks_report *r, struct ks_rng *g) { \
        T *src = malloc(CELLS * sizeof(T)), *dst = malloc(CELLS * sizeof(T)), *want = malloc(CELLS * sizeof(T)); \
        FILL2(T, src, g); \
        for (int v = 0; v < NVIEWS; v++) \
            for (int transpose = 0; transpose < 2; transpose++) { /* into the same strides, or Fortran order */ \
                struct view2 w = views[v]; \
                ptrdiff_t drs = transpose ? 1 : w.rs, dcs = transpose ? (ptrdiff_t)w.rows : w.cs; \
                SAME_ACROSS_THREADS(r, #name, dst, CELLS * sizeof(T), ksimd_##name(dst, drs, dcs, src, w.rs, w.cs, w.rows, w.cols)); \
            } \
        free(src), free(dst), free(want); }
#define CHECK2D_binary2d(name, T, A) \
    static void check_##name(struct ks_report *r, struct ks_rng *g) { \
        T *a = malloc(CELLS * sizeof(T)), *b = malloc(CELLS * sizeof(T)), *dst = malloc(CELLS * sizeof(T)), *want = malloc(CELLS * sizeof(T)); \
        FILL2(T, a, g), FILL2(T, b, g); \
        for (int v = 0; v < NVIEWS; v++) { \
            struct view2 w = views[v]; \
            ksimd_binop op = (ksimd_binop)(v % 2 ? KSIMD_OP_MIN : KSIMD_OP_ADD); \
            SAME_ACROSS_THREADS(r, #name, dst, CELLS * sizeof(T), ksimd_##name(op, dst, w.rs, w.cs, a, w.rs, w.cs, b, 0, 1, w.rows, w.cols)); \
        } \
        free(a), free(b), free(dst), free(want); }
#define CHECK2D_sum_axis(name, T, A) \
    static void check_##name(struct ks_report *r, struct ks_rng *g) { \
        T *a = malloc(CELLS * sizeof(T)); A *dst = malloc(CELLS * sizeof(A)), *want = malloc(CELLS * sizeof(A)); \
        FILL2(T, a, g); \
        for (int v = 0; v < NVIEWS; v++) \
            for (int axis = 0; axis < 2; axis++) { \
                struct view2 w = views[v]; \
                SAME_ACROSS_THREADS(r, #name, dst, CELLS * sizeof(A), ksimd_##name(dst, a, w.rows, w.cols, w.rs, w.cs, axis)); \
            } \
        free(a), free(dst), free(want); }
#define CHECK2D_extreme_axis(name, T, A) CHECK2D_sum_axis(name, T, T)
/* clang-format on */

/* The registry's 2-D kernels only, by family. */
#define KSIMD_FAMILY_2D_strided2d(X, name, shape, t) X(name, shape, KSIMD_T_##t, KSIMD_A_##t)
#define KSIMD_FAMILY_2D_elementwise(X, name, shape, t)
#define KSIMD_FAMILY_2D_masked(X, name, shape, t)
#define KSIMD_FAMILY_2D_reduce(X, name, shape, t)
#define KSIMD_FAMILY_2D_math(X, name, shape, t)
#define DEFINE_CHECK(name, shape, T, A) CHECK2D_##shape(name, T, A)
#define LIST_CHECK(name, shape, T, A) check_##name,

#define KSIMD_KERNEL(name, family, shape, t) KSIMD_FAMILY_2D_##family(DEFINE_CHECK, name, shape, t)
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL

static void (*const checks_2d[])(struct ks_report *, struct ks_rng *) = {
#define KSIMD_KERNEL(name, family, shape, t) KSIMD_FAMILY_2D_##family(LIST_CHECK, name, shape, t)
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
};

/* Workers are threads, which start with their creator's flags: created
 * while every flag is set, they must still hand none to a clean call. */
static void check_fresh_workers(struct ks_report *r)
{
    enum { N = 1000 };
    static double a[N], d[N];
    for (size_t i = 0; i < N; i++) a[i] = (double)i;
    feraiseexcept(FLAGS);
    ksimd_threads_set(16);
    feclearexcept(FLAGS);
    size_t jobs = ksimd_pool_jobs();
    ksimd_add_f64(d, a, a, N);
    int flags = fetestexcept(FLAGS);
    ks_check(r, ksimd_pool_jobs() > jobs && flags == 0,
             "add_f64 on 16 threads created while every flag was set: flags %#x (none expected), %s", (unsigned)flags,
             ksimd_pool_jobs() > jobs ? "split" : "not split");
    ksimd_threads_set(1);
}

int main(void)
{
    struct ks_report total = {0};
    ksimd_threads_test_split(1); /* every call splits */
    check_fresh_workers(&total);
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa)) continue;
        ksimd_isa_set((ksimd_isa)isa);
        struct ks_report r = {0};
        for (size_t i = 0; i < ka_kernel_count; i++) check_1d(&r, &ka_kernels[i], ksimd_isa_name((ksimd_isa)isa));
        struct ks_rng g = ks_rng_from("parallel-2d");
        for (size_t i = 0; i < sizeof checks_2d / sizeof *checks_2d; i++) checks_2d[i](&r, &g);
        printf("%s: %ld passed, %ld failed\n", ksimd_isa_name((ksimd_isa)isa), r.passed, r.failed);
        total.passed += r.passed, total.failed += r.failed;
    }
    ksimd_threads_set(1);
    ks_check(&total, ksimd_pool_jobs() > 0, "no call ran on the pool: nothing was compared");
    printf("%zu calls ran on the pool\n", ksimd_pool_jobs());
    printf("%ld passed, %ld failed\n", total.passed, total.failed);
    return total.failed != 0;
}
