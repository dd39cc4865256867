/* The kbench scenario "article-traversal": the article's traversal-order
 * experiment on an n x n float64 matrix (4000 x 4000 there). It sums the
 * rows and the columns of a C-order matrix, and of the same matrix in
 * Fortran order, once with ksimd_sum_axis_f64 and once with the article's
 * naive loops (one output at a time, walking its row or column: the
 * column sums of a C matrix are its "cache miss penalty" case), and
 * converts C to Fortran with ksimd_copy2d_f64 beside the naive transposing
 * loop, and adds a broadcast row to the C matrix with ksimd_binary2d_f64
 * beside the plain loop and beside ksimd_add_f64 over as many contiguous
 * elements. ksimd picks the traversal itself, so all four sums should
 * take about the time of one read of the matrix, which ksimd_sum_f64 over
 * all n*n elements gives as the read-only reference. Random data: this VM
 * merges pages of identical content, which makes constant data look
 * impossibly fast. */
#include "article_traversal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ksimd.h>

#include "compiler_scenarios.h"

struct traversal {
    double *c, *f, *out, *want, *row;
    size_t n;
};

static double now_ns(void)
{
    struct timespec t;
    timespec_get(&t, TIME_UTC);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* One call of item, or of a reference: KB_TRAV_ITEMS reads (sum_f64),
 * KB_TRAV_ITEMS + 1 adds contiguously (add_f64). */
static void run(struct traversal *t, int item, int lib)
{
    size_t n = t->n;
    ptrdiff_t N = (ptrdiff_t)n;
    switch (item) {
    case KB_TRAV_ROW_SUMS_C:
        lib ? (void)ksimd_sum_axis_f64(t->out, t->c, n, n, N, 1, 1) : kbcc_row_sums_c_f64(t->out, t->c, n);
        break;
    case KB_TRAV_COL_SUMS_C:
        lib ? (void)ksimd_sum_axis_f64(t->out, t->c, n, n, N, 1, 0) : kbcc_col_sums_c_f64(t->out, t->c, n);
        break;
    case KB_TRAV_ROW_SUMS_F:
        lib ? (void)ksimd_sum_axis_f64(t->out, t->f, n, n, 1, N, 1) : kbcc_row_sums_f_f64(t->out, t->f, n);
        break;
    case KB_TRAV_COL_SUMS_F:
        lib ? (void)ksimd_sum_axis_f64(t->out, t->f, n, n, 1, N, 0) : kbcc_col_sums_f_f64(t->out, t->f, n);
        break;
    case KB_TRAV_C_TO_F:
        lib ? (void)ksimd_copy2d_f64(t->f, 1, N, t->c, N, 1, n, n) : kbcc_c_to_fortran_f64(t->f, t->c, n);
        break;
    case KB_TRAV_ADD_ROW:
        lib ? (void)ksimd_binary2d_f64(KSIMD_OP_ADD, t->want, N, 1, t->c, N, 1, t->row, 0, 1, n, n)
            : kbcc_add_row_c_f64(t->want, t->c, t->row, n);
        break;
    case KB_TRAV_ITEMS:
        ksimd_sum_f64(t->c, n * n, t->out);
        break;
    default:
        ksimd_add_f64(t->want, t->c, t->f, n * n);
        break;
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The contenders: item s / 2 with ksimd (even s) or the loop (odd s),
 * then the two references (read, contiguous add). */
#define KB_TRAV_SLOTS (2 * KB_TRAV_ITEMS + 2)
static void run_slot(struct traversal *t, int s)
{
    if (s < 2 * KB_TRAV_ITEMS)
        run(t, s / 2, !(s % 2));
    else
        run(t, KB_TRAV_ITEMS + (s - 2 * KB_TRAV_ITEMS), 1);
}

/* ns per call of every contender: the median of at least 7 batches (at
 * most KB_TRAV_BATCHES), a median like kbench's kernel tables and its copy
 * figure. The contenders run in turns, one batch each per round, until
 * each has had about budget_s, so that a noisy spell of a shared machine
 * slows all of them rather than the one that happened to run in it. Each
 * batch starts with an untimed call, and the ksimd and loop contenders of
 * an item (which share their arrays) swap places every round: neither is
 * always the one that finds the other's data in the caches. */
#define KB_TRAV_BATCHES 63
static void time_all(struct traversal *t, double budget_s, double med[KB_TRAV_SLOTS])
{
    double per[KB_TRAV_SLOTS][KB_TRAV_BATCHES];
    size_t calls[KB_TRAV_SLOTS];
    for (int s = 0; s < KB_TRAV_SLOTS; s++) { /* one uncounted call sizes the batches */
        double t0 = now_ns();
        run_slot(t, s);
        calls[s] = (size_t)(budget_s * 1e9 / 28 / (now_ns() - t0 + 1)) + 1;
    }
    double end = now_ns() + budget_s * 1e9 * KB_TRAV_SLOTS;
    int nb = 0;
    for (; nb < KB_TRAV_BATCHES && (nb < 7 || now_ns() < end); nb++)
        for (int k = 0; k < KB_TRAV_SLOTS; k++) {
            int s = k < 2 * KB_TRAV_ITEMS ? k ^ (nb & 1) : k;
            run_slot(t, s);
            double t0 = now_ns();
            for (size_t c = 0; c < calls[s]; c++) run_slot(t, s);
            per[s][nb] = (now_ns() - t0) / (double)calls[s];
        }
    for (int s = 0; s < KB_TRAV_SLOTS; s++) {
        qsort(per[s], (size_t)nb, sizeof per[s][0], cmp_double);
        med[s] = per[s][nb / 2];
    }
}

/* ksimd's results against the loops' (1e-9 relative to the sum of
 * magnitudes), and ksimd's C row sums against its Fortran column sums of
 * the transposed data: the same sums in the same canonical order. */
static int check(struct traversal *t)
{
    size_t n = t->n;
    double *got = malloc(n * sizeof *got), *again = malloc(n * sizeof *again);
    int ok = got && again;
    for (int item = 0; ok && item < KB_TRAV_C_TO_F; item++) {
        run(t, item, 1);
        memcpy(got, t->out, n * sizeof *got);
        run(t, item, 0);
        for (size_t k = 0; k < n; k++) ok &= fabs(got[k] - t->out[k]) <= 1e-9 * (double)n;
    }
    if (ok) {
        ksimd_sum_axis_f64(got, t->c, n, n, (ptrdiff_t)n, 1, 1);
        ksimd_sum_axis_f64(again, t->c, n, n, 1, (ptrdiff_t)n, 0); /* the transpose, read in Fortran order */
        ok = memcmp(got, again, n * sizeof *got) == 0;
    }
    if (ok) { /* t->f as scratch: the copy check below restores it */
        run(t, KB_TRAV_ADD_ROW, 1);
        memcpy(t->f, t->want, n * n * sizeof *t->f);
        run(t, KB_TRAV_ADD_ROW, 0);
        ok = memcmp(t->f, t->want, n * n * sizeof *t->f) == 0;
    }
    if (ok) {
        kbcc_c_to_fortran_f64(t->want, t->c, n);
        run(t, KB_TRAV_C_TO_F, 1);
        ok = memcmp(t->f, t->want, n * n * sizeof *t->f) == 0;
    }
    free(got), free(again);
    return ok;
}

int kb_article_traversal(size_t n, double budget_s, struct kb_traversal_result *out)
{
    size_t bytes = n * n * sizeof(double);
    struct traversal t = {
        malloc(bytes), malloc(bytes), malloc(n * sizeof(double)), malloc(bytes), malloc(n * sizeof(double)), n};
    int ok = n > 0 && t.c && t.f && t.out && t.want && t.row;
    if (!ok) fprintf(stderr, "kbench: article-traversal: out of memory at %zu x %zu\n", n, n);
    if (ok) {
        uint64_t s = 0x9e3779b97f4a7c15u;
        for (size_t i = 0; i < n * n; i++) {
            s = s * 6364136223846793005u + 1442695040888963407u;
            t.c[i] = (double)(s >> 11) * 0x1p-53 - 0.5;
        }
        for (size_t j = 0; j < n; j++) t.row[j] = (double)j * 0x1p-10;
        kbcc_c_to_fortran_f64(t.f, t.c, n);
        memset(t.want, 0, n * n * sizeof(double));
        ok = check(&t);
        if (!ok) fprintf(stderr, "kbench: article-traversal: ksimd and the loops disagree at %zu x %zu\n", n, n);
    }
    if (ok) {
        double med[KB_TRAV_SLOTS];
        time_all(&t, budget_s, med);
        out->n = n;
        for (int item = 0; item < KB_TRAV_ITEMS; item++)
            out->ns[item][0] = med[2 * item], out->ns[item][1] = med[2 * item + 1];
        out->read_ns = med[2 * KB_TRAV_ITEMS];
        out->add_ns = med[2 * KB_TRAV_ITEMS + 1];
    }
    free(t.c), free(t.f), free(t.out), free(t.want), free(t.row);
    return ok ? 0 : -1;
}

void kb_article_traversal_print(FILE *f, const struct kb_traversal_result *r, double copy_gbs)
{
    static const char *const names[KB_TRAV_ITEMS] = {"row sums, C order",       "column sums, C order",
                                                     "row sums, Fortran order", "column sums, Fortran order",
                                                     "C -> Fortran copy2d",     "C + broadcast row binary2d"};
    double bytes = (double)r->n * (double)r->n * 8;
    fprintf(f,
            "article-traversal %zu x %zu float64 (ms per call, median batch; GB/s of bytes read, "
            "copy and add: read + written)\n",
            r->n, r->n);
    fprintf(f, "  %-27s %9s %9s %8s %8s %9s\n", "", "ksimd ms", "loop ms", "ksimd", "GB/s", "vs loop");
    fprintf(f, "  %-27s %9.3f %9s %8.1f %8s\n", "read reference (sum_f64)", r->read_ns / 1e6, "", bytes / r->read_ns,
            "");
    for (int i = 0; i < KB_TRAV_ITEMS; i++) {
        double moved = i >= KB_TRAV_C_TO_F ? 2 * bytes : bytes, gbs = moved / r->ns[i][0];
        fprintf(f, "  %-27s %9.3f %9.3f %8.1f", names[i], r->ns[i][0] / 1e6, r->ns[i][1] / 1e6, gbs);
        if (copy_gbs > 0)
            fprintf(f, " %7.0f%%", 100 * gbs / copy_gbs);
        else
            fprintf(f, " %8s", "");
        fprintf(f, " %8.2fx\n", r->ns[i][1] / r->ns[i][0]);
    }
    fprintf(f, "  column sums / row sums time, ksimd: C order %.2f, Fortran order %.2f; the loops: %.2f, %.2f\n",
            r->ns[KB_TRAV_COL_SUMS_C][0] / r->ns[KB_TRAV_ROW_SUMS_C][0],
            r->ns[KB_TRAV_COL_SUMS_F][0] / r->ns[KB_TRAV_ROW_SUMS_F][0],
            r->ns[KB_TRAV_COL_SUMS_C][1] / r->ns[KB_TRAV_ROW_SUMS_C][1],
            r->ns[KB_TRAV_COL_SUMS_F][1] / r->ns[KB_TRAV_ROW_SUMS_F][1]);
    fprintf(f, "  broadcast row add / add_f64 over %zu contiguous elements (%.3f ms): %.2f\n", r->n * r->n,
            r->add_ns / 1e6, r->ns[KB_TRAV_ADD_ROW][0] / r->add_ns);
    if (copy_gbs > 0) fprintf(f, "  (%% = of the copy bandwidth, %.1f GB/s)\n", copy_gbs);
}
