/* How each shape's large calls split across threads (API.md, "Threads"),
 * for dispatch/api.c: per kernel, a job (the call's arguments) and a part
 * function that runs the table's own kernel on part i of the work.
 *
 * Every split keeps the bits of the one-thread call:
 *   - elementwise, masked and 2-D outputs are independent: a part is a
 *     range of elements, or of whole rows or columns of a 2-D view;
 *   - min and max are exact, and argmin/argmax take the earliest part
 *     whose value wins, by running the kernel itself over the parts'
 *     values (so NaN-first and earliest-of-equals carry over);
 *   - integer sums wrap in int64, so any order gives the same sum;
 *   - float sums and dots follow a fixed tree (docs/reductions.md): parts
 *     compute whole subtrees of it, which the caller adds in at their
 *     level, so the additions are the one-thread ones (ksimd_float_sum).
 *   - compress counts per part first, then packs each part at its offset;
 *   - float group sums fold per group chunk by chunk (docs/reductions.md):
 *     parts compute a wave of chunks' partials, the caller folds them in
 *     chunk order (ksimd_split_group_sum); integer ones wrap, so parts of
 *     any size add up. */
#ifndef KSIMD_SPLIT_H
#define KSIMD_SPLIT_H

#include <string.h>

#include "../kernels/sum_order.h"
#include "parts.h"

#define KSIMD_SPLIT_FAMILY_elementwise KSIMD_SPLIT_STREAM
#define KSIMD_SPLIT_FAMILY_masked KSIMD_SPLIT_STREAM
#define KSIMD_SPLIT_FAMILY_reduce KSIMD_SPLIT_STREAM
#define KSIMD_SPLIT_FAMILY_strided2d KSIMD_SPLIT_STREAM
#define KSIMD_SPLIT_FAMILY_math KSIMD_SPLIT_MATH

/* One load and one compare on the one-thread path. */
#define KSIMD_LARGE(name, units)                                                                                       \
    ((units) >= atomic_load_explicit(&ksimd_split_min[name##_family], memory_order_relaxed))

/* A call of 1 <= units < KSIMD_FAST_N (validate.h) that stays on this
 * thread. */
#define KSIMD_SMALL(name, units) ((size_t)(units)-1 < KSIMD_FAST_N - 1 && !KSIMD_LARGE(name, units))

/* Whether a call splits, inside an entry point (dispatch/api.c): never in
 * its fast half, where ksimd_small_ is 1 and the split code folds away. */
#define KSIMD_SPLITS(name, units) (!ksimd_small_ && KSIMD_LARGE(name, units))

/* A large call as name's job j_ = {np, the fields after it...}, split over
 * units and run by the entry point's table t_ (the parts and `after`, which
 * combines their results, from one table); a small one as `call`. */
#define KSIMD_SPLIT_OR(name, units, call, after, ...)                                                                  \
    do {                                                                                                               \
        if (KSIMD_SPLITS(name, units)) {                                                                               \
            struct name##_job j_ = {ksimd_nparts(units, KSIMD_MIN_PART(name##_family)), __VA_ARGS__};                  \
            ksimd_parallel(name##_part, &j_, t_, j_.np);                                                               \
            after;                                                                                                     \
        } else {                                                                                                       \
            call;                                                                                                      \
        }                                                                                                              \
    } while (0)

/* The part's range of elements as lo, hi; an empty part (a 2-D split
 * with more parts than rows) has nothing to do. */
#define KSIMD_PART_RANGE(units)                                                                                        \
    ksimd_part_range(units, i, np, &lo, &hi);                                                                          \
    if (hi == lo) return

#define KSIMD_PART_FN(name, JOB, body)                                                                                 \
    static void name##_part(const void *ctx, const struct ksimd_table *t, size_t i, size_t np)                         \
    {                                                                                                                  \
        const JOB *j = ctx;                                                                                            \
        size_t lo, hi;                                                                                                 \
        body                                                                                                           \
    }

/* ---- per shape: the job and the part of one kernel ---- */
/* clang-format off */
#define KSIMD_JOB_HEAD(name, family) enum { name##_family = KSIMD_SPLIT_FAMILY_##family };
#define KSIMD_PAR_unary(name, family, T, A)   KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *a; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->a + lo, hi - lo);)
#define KSIMD_PAR_binary(name, family, T, A)  KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *a, *b; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->a + lo, j->b + lo, hi - lo);)
#define KSIMD_PAR_scalar(name, family, T, A)  KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *a; T s; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->a + lo, j->s, hi - lo);)
#define KSIMD_PAR_divisor KSIMD_PAR_scalar
#define KSIMD_PAR_axpb(name, family, T, A)    KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *x; T a, b; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->x + lo, j->a, j->b, hi - lo);)
#define KSIMD_PAR_ternary(name, family, T, A) KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *a, *b, *c; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->a + lo, j->b + lo, j->c + lo, hi - lo);)

/* Integer sums only (floats keep their tree on one thread for now). */
#define KSIMD_PAR_sum(name, family, T, A)     KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; const T *a; size_t n; int64_t part[KSIMD_MAX_PARTS]; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); ((int64_t *)j->part)[i] = (int64_t)t->name(j->a + lo, hi - lo);)
#define KSIMD_PAR_dot(name, family, T, A)     KSIMD_JOB_HEAD(name, family)
#define KSIMD_PAR_extreme(name, family, T, A) KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; const T *a; size_t n; T part[KSIMD_MAX_PARTS]; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); ((T *)j->part)[i] = t->name(j->a + lo, hi - lo);)
#define KSIMD_PAR_index(name, family, T, A)   KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; const T *a; size_t n; size_t part[KSIMD_MAX_PARTS]; T val[KSIMD_MAX_PARTS]; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); size_t k = lo + t->name(j->a + lo, hi - lo); ((size_t *)j->part)[i] = k; ((T *)j->val)[i] = j->a[k];)
#define KSIMD_PAR_group(name, family, T, A)   KSIMD_JOB_HEAD(name, family)

#define KSIMD_PAR_cmp(name, family, T, A)        KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; uint8_t *mask; const T *a, *b; ksimd_cmp op; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->mask + lo, j->a + lo, j->b + lo, j->op, hi - lo);)
#define KSIMD_PAR_cmp_scalar(name, family, T, A) KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; uint8_t *mask; const T *a; T s; ksimd_cmp op; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->mask + lo, j->a + lo, j->s, j->op, hi - lo);)
#define KSIMD_PAR_where(name, family, T, A)      KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const uint8_t *mask; const T *a, *b; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->mask + lo, j->a + lo, j->b + lo, hi - lo);)
#define KSIMD_PAR_clip(name, family, T, A)       KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *a; T lo, hi; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->dst + lo, j->a + lo, j->lo, j->hi, hi - lo);)
/* compress: the parts count their true bytes, then each packs its range at
 * the offset the counts before it add up to (never in place: a part's
 * output would overwrite another's input). */
#define KSIMD_PAR_compress(name, family, T, A)   KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; const T *a; const uint8_t *mask; size_t n; int pack; size_t part[KSIMD_MAX_PARTS]; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); \
        if (j->pack) t->name(j->dst + j->part[i], j->a + lo, j->mask + lo, hi - lo); else ((size_t *)j->part)[i] = t->count_u8(j->mask + lo, hi - lo);)
#define KSIMD_PAR_classify(name, family, T, A)   KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; uint8_t *mask; const T *a; size_t n; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); t->name(j->mask + lo, j->a + lo, hi - lo);)
#define KSIMD_PAR_count(name, family, T, A)      KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; const T *mask; size_t n; size_t part[KSIMD_MAX_PARTS]; }; \
    KSIMD_PART_FN(name, struct name##_job, KSIMD_PART_RANGE(j->n); ((size_t *)j->part)[i] = t->name(j->mask + lo, hi - lo);)

/* 2-D: whole rows (by_rows) or whole columns of every view. */
#define KSIMD_PAR_copy2d(name, family, T, A)       KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; T *dst; ptrdiff_t drs, dcs; const T *src; ptrdiff_t srs, scs; size_t rows, cols; int by_rows; }; \
    KSIMD_PART_FN(name, struct name##_job, \
        if (j->by_rows) { KSIMD_PART_RANGE(j->rows); t->name(j->dst + (ptrdiff_t)lo * j->drs, j->drs, j->dcs, j->src + (ptrdiff_t)lo * j->srs, j->srs, j->scs, hi - lo, j->cols); } \
        else { KSIMD_PART_RANGE(j->cols); t->name(j->dst + (ptrdiff_t)lo * j->dcs, j->drs, j->dcs, j->src + (ptrdiff_t)lo * j->scs, j->srs, j->scs, j->rows, hi - lo); })
#define KSIMD_PAR_binary2d(name, family, T, A)     KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; ksimd_binop op; T *dst; ptrdiff_t drs, dcs; const T *a; ptrdiff_t ars, acs; const T *b; ptrdiff_t brs, bcs; size_t rows, cols; int by_rows; }; \
    KSIMD_PART_FN(name, struct name##_job, \
        if (j->by_rows) { KSIMD_PART_RANGE(j->rows); t->name(j->op, j->dst + (ptrdiff_t)lo * j->drs, j->drs, j->dcs, j->a + (ptrdiff_t)lo * j->ars, j->ars, j->acs, j->b + (ptrdiff_t)lo * j->brs, j->brs, j->bcs, hi - lo, j->cols); } \
        else { KSIMD_PART_RANGE(j->cols); t->name(j->op, j->dst + (ptrdiff_t)lo * j->dcs, j->drs, j->dcs, j->a + (ptrdiff_t)lo * j->acs, j->ars, j->acs, j->b + (ptrdiff_t)lo * j->bcs, j->brs, j->bcs, j->rows, hi - lo); })
/* One output per row (axis 1) or per column (axis 0): split the outputs. */
#define KSIMD_PAR_sum_axis(name, family, T, A)     KSIMD_JOB_HEAD(name, family) struct name##_job { size_t np; A *out; const T *a; size_t rows, cols; ptrdiff_t rs, cs; int axis; }; \
    KSIMD_PART_FN(name, struct name##_job, \
        if (j->axis == 1) { KSIMD_PART_RANGE(j->rows); t->name(j->out + lo, j->a + (ptrdiff_t)lo * j->rs, hi - lo, j->cols, j->rs, j->cs, 1); } \
        else { KSIMD_PART_RANGE(j->cols); t->name(j->out + lo, j->a + (ptrdiff_t)lo * j->cs, j->rows, hi - lo, j->rs, j->cs, 0); })
#define KSIMD_PAR_extreme_axis(name, family, T, A) KSIMD_PAR_sum_axis(name, family, T, T)
/* clang-format on */

/* ---- float sum and dot: whole subtrees of the canonical tree ---- */

/* At most this many subtrees (their lanes live on the caller's stack:
 * 16 KiB), so a subtree holds 2^level blocks with level growing with n. */
enum { KSIMD_MAX_SUBTREES = 64 };

/* Part i of np of [0, units), as evenly as whole units go. */
static inline void ksimd_even_range(size_t units, size_t i, size_t np, size_t *lo, size_t *hi)
{
    *lo = units / np * i + (i < units % np ? i : units % np);
    *hi = *lo + units / np + (i < units % np);
}

#define KSIMD_FLOAT_SUM_T(T, t)                                                                                        \
    struct fsum_job_##t {                                                                                              \
        size_t np, m, span;                                                                                            \
        int level;                                                                                                     \
        const T *a, *b;                                                                                                \
        T lanes[KSIMD_MAX_SUBTREES * KSUM_V_##t];                                                                      \
    };                                                                                                                 \
    static void fsum_part_##t(const void *ctx, const struct ksimd_table *tab, size_t i, size_t np)                     \
    {                                                                                                                  \
        const struct fsum_job_##t *j = ctx;                                                                            \
        size_t lo, hi;                                                                                                 \
        ksimd_even_range(j->m, i, np, &lo, &hi);                                                                       \
        tab->sum_subtrees_##t((T *)j->lanes + lo * KSUM_V_##t, j->a + lo * j->span, j->b ? j->b + lo * j->span : NULL, \
                              hi - lo, j->level);                                                                      \
    }                                                                                                                  \
    /* A split sum, its job (16 KiB) in a frame of its own. */                                                         \
    static __attribute__((noinline)) T ksimd_float_sum_split_##t(const T *a, const T *b, size_t n)                     \
    {                                                                                                                  \
        const size_t block = (size_t)KSUM_V_##t * KSUM_BLOCK, nblocks = n / block;                                     \
        struct fsum_job_##t j = {0, 0, 0, 0, a, b, {0}};                                                               \
        while ((nblocks >> j.level) > KSIMD_MAX_SUBTREES) j.level++;                                                   \
        j.m = nblocks >> j.level, j.span = block << j.level;                                                           \
        j.np = ksimd_nparts(n, KSIMD_MIN_PART(KSIMD_SPLIT_STREAM));                                                    \
        if (j.np > j.m) j.np = j.m;                                                                                    \
        const struct ksimd_table *tab = ksimd_kernels();                                                               \
        ksimd_parallel(fsum_part_##t, &j, tab, j.np);                                                                  \
        size_t done = j.m * j.span;                                                                                    \
        return tab->sum_finish_##t(j.lanes, j.m, j.level, a + done, b ? b + done : NULL, n - done);                    \
    }                                                                                                                  \
    /* sum(a) (b NULL) or dot(a, b) with the one-thread bits. */                                                       \
    static T ksimd_float_sum_##t(const T *a, const T *b, size_t n)                                                     \
    {                                                                                                                  \
        if (n < atomic_load_explicit(&ksimd_split_min[KSIMD_SPLIT_STREAM], memory_order_relaxed) ||                    \
            ksimd_nparts(n, KSIMD_MIN_PART(KSIMD_SPLIT_STREAM)) < 2 || n / ((size_t)KSUM_V_##t * KSUM_BLOCK) < 2)      \
            return b ? ksimd_kernels()->dot_##t(a, b, n) : ksimd_kernels()->sum_##t(a, n);                             \
        return ksimd_float_sum_split_##t(a, b, n);                                                                     \
    }
KSIMD_FLOAT_SUM_T(float, f32)
KSIMD_FLOAT_SUM_T(double, f64)
static inline int64_t ksimd_float_sum_none(const void *a, const void *b, size_t n) /* integers: never called */
{
    (void)a, (void)b, (void)n;
    return 0;
}
#define KSIMD_FLOAT_SUM(a, b, n)                                                                                       \
    _Generic((a), const float *: ksimd_float_sum_f32, const double *: ksimd_float_sum_f64, default: ksimd_float_sum_none)(a, b, n)

/* ---- float group_sum: waves of chunks, folded in chunk order ---- */

/* A wave is up to KSIMD_GROUP_WAVE chunks, one per part; their partials
 * live on the caller's stack (24 KiB), which bounds the groups a split
 * call may have. More groups run on the calling thread. Each part checks
 * its chunk's keys; the sums and counts are written after the last wave,
 * so a bad key anywhere leaves them untouched. */
enum { KSIMD_GROUP_WAVE = 8, KSIMD_GROUP_SPLIT_MAX = 128 };

#define KSIMD_GROUP_SUM_T(T, t)                                                                                        \
    struct gsum_job_##t {                                                                                              \
        size_t np, first, n, ngroups;                                                                                  \
        const T *v;                                                                                                    \
        const int32_t *keys;                                                                                           \
        int count, bad[KSIMD_GROUP_WAVE];                                                                              \
        double sc[KSIMD_GROUP_WAVE][KSIMD_GROUP_SPLIT_MAX], ec[KSIMD_GROUP_WAVE][KSIMD_GROUP_SPLIT_MAX];               \
        int64_t cc[KSIMD_GROUP_WAVE][KSIMD_GROUP_SPLIT_MAX];                                                           \
    };                                                                                                                 \
    static void gsum_part_##t(const void *ctx, const struct ksimd_table *tab, size_t i, size_t np)                     \
    {                                                                                                                  \
        const struct gsum_job_##t *j = ctx;                                                                            \
        size_t c0 = (j->first + i) * KGROUP_CHUNK, cn = j->n - c0 < KGROUP_CHUNK ? j->n - c0 : KGROUP_CHUNK;           \
        (void)np;                                                                                                      \
        ((int *)j->bad)[i] =                                                                                           \
            tab->group_chunk_##t((double *)j->sc[i], (double *)j->ec[i], j->count ? (int64_t *)j->cc[i] : NULL,        \
                                 j->v + c0, j->keys + c0, cn, j->ngroups);                                             \
    }                                                                                                                  \
    static ksimd_status ksimd_split_group_sum_##t(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, \
                                                  size_t ng)                                                           \
    {                                                                                                                  \
        const struct ksimd_table *tab = ksimd_kernels();                                                               \
        if (n < atomic_load_explicit(&ksimd_split_min[KSIMD_SPLIT_STREAM], memory_order_relaxed) ||                    \
            ng > KSIMD_GROUP_SPLIT_MAX || n <= KGROUP_CHUNK || ksimd_threads_resolve() < 2)                            \
            return tab->group_sum_##t(sums, counts, v, keys, n, ng) ? KSIMD_ERR_RANGE : KSIMD_OK;                      \
        struct gsum_job_##t j;                                                                                         \
        double S[KSIMD_GROUP_SPLIT_MAX] = {0}, E[KSIMD_GROUP_SPLIT_MAX] = {0};                                         \
        int64_t C[KSIMD_GROUP_SPLIT_MAX] = {0};                                                                        \
        size_t chunks = (n + KGROUP_CHUNK - 1) / KGROUP_CHUNK, wave = 2 * ksimd_threads_resolve();                     \
        if (wave > KSIMD_GROUP_WAVE) wave = KSIMD_GROUP_WAVE;                                                          \
        j.n = n, j.ngroups = ng, j.v = v, j.keys = keys, j.count = counts != NULL;                                     \
        for (j.first = 0; j.first < chunks; j.first += j.np) {                                                         \
            j.np = chunks - j.first < wave ? chunks - j.first : wave;                                                  \
            ksimd_parallel(gsum_part_##t, &j, tab, j.np);                                                              \
            for (size_t p = 0; p < j.np; p++) {                                                                        \
                if (j.bad[p]) return KSIMD_ERR_RANGE;                                                                  \
                tab->group_fold_##t(S, E, j.sc[p], j.ec[p], ng);                                                       \
                for (size_t k = 0; k < ng && counts; k++) C[k] += j.cc[p][k];                                          \
            }                                                                                                          \
        }                                                                                                              \
        tab->group_result_##t(sums, S, E, ng);                                                                         \
        if (counts) memcpy(counts, C, ng * sizeof *C);                                                                 \
        return KSIMD_OK;                                                                                               \
    }
KSIMD_GROUP_SUM_T(float, f32)
KSIMD_GROUP_SUM_T(double, f64)
/* Integer group sums wrap in int64, so their order is free: each part sums
 * its range into its own slots (checking its keys), added up by the caller
 * once every part found its keys in range. */
struct gsum_job_i64 {
    size_t np, n, ngroups;
    const int64_t *v;
    const int32_t *keys;
    int count, bad[KSIMD_GROUP_WAVE];
    int64_t s[KSIMD_GROUP_WAVE][KSIMD_GROUP_SPLIT_MAX], c[KSIMD_GROUP_WAVE][KSIMD_GROUP_SPLIT_MAX];
};
static void gsum_part_i64(const void *ctx, const struct ksimd_table *tab, size_t i, size_t np)
{
    const struct gsum_job_i64 *j = ctx;
    size_t lo, hi;
    ksimd_part_range(j->n, i, np, &lo, &hi);
    ((int *)j->bad)[i] = tab->group_sum_i64((int64_t *)j->s[i], j->count ? (int64_t *)j->c[i] : NULL, j->v + lo,
                                            j->keys + lo, hi - lo, j->ngroups);
}
static ksimd_status ksimd_split_group_sum_i64(int64_t *sums, int64_t *counts, const int64_t *v, const int32_t *keys,
                                              size_t n, size_t ng)
{
    const struct ksimd_table *tab = ksimd_kernels();
    size_t np = n < atomic_load_explicit(&ksimd_split_min[KSIMD_SPLIT_STREAM], memory_order_relaxed) ||
                        ng > KSIMD_GROUP_SPLIT_MAX
                    ? 1
                    : ksimd_nparts(n, KSIMD_MIN_PART(KSIMD_SPLIT_STREAM));
    if (np < 2) return tab->group_sum_i64(sums, counts, v, keys, n, ng) ? KSIMD_ERR_RANGE : KSIMD_OK;
    struct gsum_job_i64 j;
    j.np = np < KSIMD_GROUP_WAVE ? np : KSIMD_GROUP_WAVE, j.n = n, j.ngroups = ng, j.v = v, j.keys = keys;
    j.count = counts != NULL;
    ksimd_parallel(gsum_part_i64, &j, tab, j.np);
    for (size_t p = 0; p < j.np; p++)
        if (j.bad[p]) return KSIMD_ERR_RANGE;
    for (size_t k = 0; k < ng; k++) {
        uint64_t s = 0;
        int64_t c = 0;
        for (size_t p = 0; p < j.np; p++) s += (uint64_t)j.s[p][k], c += j.count ? j.c[p][k] : 0;
        sums[k] = (int64_t)s;
        if (counts) counts[k] = c;
    }
    return KSIMD_OK;
}
#define KSIMD_GROUP_SUM(sums, counts, v, keys, n, ng)                                                                  \
    _Generic((sums), float *: ksimd_split_group_sum_f32, double *: ksimd_split_group_sum_f64, int64_t *: ksimd_split_group_sum_i64)( \
        sums, counts, v, keys, n, ng)

/* Whether a 2-D output splits by rows (its rows are disjoint and further
 * apart than its columns) or by columns; -1 when neither is disjoint (a
 * self-overlapping output: its one-thread write order decides). */
static inline int ksimd_split_axis(size_t rows, size_t cols, ptrdiff_t drs, ptrdiff_t dcs)
{
    size_t r = drs < 0 ? (size_t)0 - (size_t)drs : (size_t)drs, c = dcs < 0 ? (size_t)0 - (size_t)dcs : (size_t)dcs;
    int rows_apart = rows == 1 || r >= (cols - 1) * c + 1, cols_apart = cols == 1 || c >= (rows - 1) * r + 1;
    if (rows_apart && (r >= c || !cols_apart)) return 1;
    return cols_apart ? 0 : -1;
}

#endif
