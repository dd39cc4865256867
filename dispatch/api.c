/* Every public kernel entry point, expanded from the registry
 * (kernels/kernel_list.h): ksimd_<name> with its shape's public parameters
 * (kernels/shape_list.h) validates its arguments once, then calls the
 * active table's kernel. Kernels never validate, and void kernels are not
 * called for an empty input (the arrays may then be NULL, and NULL + 0 is
 * undefined in C). Below is one line per shape: what it checks (validate.h,
 * validate2d.h) and how it calls, on this thread or split across the pool
 * (split.h). Baseline flags only. */
#include "dispatch.h"
#include "split.h"
#include "validate.h"
#include "validate2d.h"

/* Every entry point comes in two halves with the same parameters.
 * ksimd_<name> checks the arguments and, once a table is published and the
 * call stays on this thread, runs the table's kernel: its body is compiled
 * with ksimd_small_ = 1, which removes the split paths, so it keeps nothing
 * across calls and builds no frame. The first call and every split call go
 * on to name_slow, out of line, which has the job on its stack and selects
 * the table. Nothing is called, and nothing written, unless the arguments
 * passed. A shape with a cheaper test for its common call (`fast`,
 * validate.h) runs it first and skips the full check when it passes: at
 * n = 1 the full check cost max_f32 a quarter of its time. */
#define KSIMD_ENTRY(name, pp, args, units, check, fast, body)                                                          \
    static __attribute__((noinline)) ksimd_status name##_slow pp                                                       \
    {                                                                                                                  \
        enum { ksimd_small_ = 0 };                                                                                     \
        const struct ksimd_table *const t_ = ksimd_kernels();                                                          \
        ksimd_status st_ = KSIMD_OK;                                                                                   \
        body;                                                                                                          \
        return st_;                                                                                                    \
    }                                                                                                                  \
    ksimd_status ksimd_##name pp                                                                                       \
    {                                                                                                                  \
        const struct ksimd_table *const t_ = atomic_load_explicit(&ksimd_active, memory_order_acquire);                \
        ksimd_status st_ = KSIMD_OK;                                                                                   \
        if (__builtin_expect((fast) && t_ && KSIMD_SMALL(name, units), 1)) goto run;                                   \
        st_ = (check);                                                                                                 \
        if (st_ != KSIMD_OK) return st_;                                                                               \
        if (!t_ || KSIMD_LARGE(name, units)) return name##_slow args;                                                  \
    run:;                                                                                                              \
        enum { ksimd_small_ = 1 };                                                                                     \
        body;                                                                                                          \
        return st_;                                                                                                    \
    }

#define K(name) t_->name

/* 2-D views split when rows*cols is large and the output's rows (or
 * columns) are disjoint; axis reductions split their outputs. */
#define KSIMD_SPLIT_2D(name, rows, cols, drs, dcs, call, ...)                                                          \
    do {                                                                                                               \
        int by_ = KSIMD_SPLITS(name, (rows) * (cols)) ? ksimd_split_axis(rows, cols, drs, dcs) : -1;                   \
        if (by_ < 0) {                                                                                                 \
            call;                                                                                                      \
        } else {                                                                                                       \
            struct name##_job j_ = {0, __VA_ARGS__, by_};                                                              \
            j_.np = ksimd_nparts(by_ ? (rows) : (cols), 1);                                                            \
            ksimd_parallel(name##_part, &j_, t_, j_.np);                                                               \
        }                                                                                                              \
    } while (0)
#define KSIMD_SPLIT_AXIS(name, call, out, a, rows, cols, rs, cs, axis)                                                 \
    do {                                                                                                               \
        if (KSIMD_SPLITS(name, (rows) * (cols))) {                                                                     \
            struct name##_job j_ = {ksimd_nparts((axis) == 1 ? (rows) : (cols), 1), out, a, rows, cols, rs, cs, axis}; \
            ksimd_parallel(name##_part, &j_, t_, j_.np);                                                               \
        } else {                                                                                                       \
            call;                                                                                                      \
        }                                                                                                              \
    } while (0)

/* compress in two passes over the parts (split.h), or on this thread. */
#define KSIMD_COMPRESS(name, dst, a, mask, n, count)                                                                   \
    do {                                                                                                               \
        if ((void *)(dst) == (const void *)(a) || !KSIMD_SPLITS(name, n)) {                                            \
            *(count) = K(name)(dst, a, mask, n);                                                                       \
            break;                                                                                                     \
        }                                                                                                              \
        struct name##_job j_ = {ksimd_nparts(n, KSIMD_MIN_PART(name##_family)), dst, a, mask, n, 0};                   \
        ksimd_parallel(name##_part, &j_, t_, j_.np);                                                                   \
        size_t at_ = 0;                                                                                                \
        for (size_t i_ = 0; i_ < j_.np; i_++) {                                                                        \
            size_t c_ = j_.part[i_];                                                                                   \
            j_.part[i_] = at_, at_ += c_;                                                                              \
        }                                                                                                              \
        j_.pack = 1;                                                                                                   \
        ksimd_parallel(name##_part, &j_, t_, j_.np);                                                                   \
        *(count) = at_;                                                                                                \
    } while (0)

/* Integer sums of the parts, wrapping as the kernels do. */
static inline int64_t ksimd_wrap_sum(const int64_t *part, size_t np)
{
    uint64_t s = 0;
    for (size_t i = 0; i < np; i++) s += (uint64_t)part[i];
    return (int64_t)s;
}
static inline size_t ksimd_wrap_sum_size(const size_t *part, size_t np)
{
    size_t s = 0;
    for (size_t i = 0; i < np; i++) s += part[i];
    return s;
}
#define KSIMD_IS_FLOAT(x) _Generic((x), float : 1, double : 1, default : 0)

/* clang-format off */
#define KSIMD_ENTRY_unary(name, R, kp, pp)    KSIMD_ENTRY(name, pp, (dst, a, n), n, ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), ksimd_fast_map(dst, a, dst, dst, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, a, n), , dst, a, n))
#define KSIMD_ENTRY_binary(name, R, kp, pp)   KSIMD_ENTRY(name, pp, (dst, a, b, n), n, ksimd_check_map(dst, a, b, dst, n, sizeof *dst), ksimd_fast_map(dst, a, b, dst, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, a, b, n), , dst, a, b, n))
#define KSIMD_ENTRY_scalar(name, R, kp, pp)   KSIMD_ENTRY(name, pp, (dst, a, s, n), n, ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), ksimd_fast_map(dst, a, dst, dst, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, a, s, n), , dst, a, s, n))
#define KSIMD_ENTRY_divisor(name, R, kp, pp)  KSIMD_ENTRY(name, pp, (dst, a, d, n), n, d == 0 ? KSIMD_ERR_RANGE : ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), d != 0 && ksimd_fast_map(dst, a, dst, dst, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, a, d, n), , dst, a, d, n))
#define KSIMD_ENTRY_axpb(name, R, kp, pp)     KSIMD_ENTRY(name, pp, (dst, x, a, b, n), n, ksimd_check_map(dst, x, dst, dst, n, sizeof *dst), ksimd_fast_map(dst, x, dst, dst, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, x, a, b, n), , dst, x, a, b, n))
#define KSIMD_ENTRY_ternary(name, R, kp, pp)  KSIMD_ENTRY(name, pp, (dst, a, b, c, n), n, ksimd_check_map(dst, a, b, c, n, sizeof *dst), ksimd_fast_map(dst, a, b, c, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, a, b, c, n), , dst, a, b, c, n))

#define KSIMD_ENTRY_sum(name, R, kp, pp)      KSIMD_ENTRY(name, pp, (a, n, out), n, check_reduce(out, sizeof *out, a, a, n, sizeof *a, 0), ksimd_fast_reduce(out, sizeof *out, a, a, n, sizeof *a), if (KSIMD_IS_FLOAT(*a) && !ksimd_small_) *out = KSIMD_FLOAT_SUM(a, NULL, n); else KSIMD_SPLIT_OR(name, n, *out = K(name)(a, n), *out = ksimd_wrap_sum(j_.part, j_.np), a, n))
#define KSIMD_ENTRY_dot(name, R, kp, pp)      KSIMD_ENTRY(name, pp, (a, b, n, out), n, check_reduce(out, sizeof *out, a, b, n, sizeof *a, 0), ksimd_fast_reduce(out, sizeof *out, a, b, n, sizeof *a), *out = ksimd_small_ ? K(name)(a, b, n) : KSIMD_FLOAT_SUM(a, b, n))
#define KSIMD_ENTRY_extreme(name, R, kp, pp)  KSIMD_ENTRY(name, pp, (a, n, out), n, check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1), ksimd_fast_reduce(out, sizeof *out, a, a, n, sizeof *a), KSIMD_SPLIT_OR(name, n, *out = K(name)(a, n), *out = K(name)(j_.part, j_.np), a, n))
#define KSIMD_ENTRY_index(name, R, kp, pp)    KSIMD_ENTRY(name, pp, (a, n, out), n, check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1), ksimd_fast_reduce(out, sizeof *out, a, a, n, sizeof *a), KSIMD_SPLIT_OR(name, n, *out = K(name)(a, n), *out = j_.part[K(name)(j_.val, j_.np)], a, n))
#define KSIMD_ENTRY_group(name, R, kp, pp)    KSIMD_ENTRY(name, pp, (sums, counts, values, keys, n, ngroups), n, check_group(sums, sizeof *sums, counts, values, sizeof *values, keys, n, ngroups), 0, st_ = ksimd_small_ ? (K(name)(sums, counts, values, keys, n, ngroups) ? KSIMD_ERR_RANGE : KSIMD_OK) : KSIMD_GROUP_SUM(sums, counts, values, keys, n, ngroups))

#define KSIMD_ENTRY_cmp(name, R, kp, pp)        KSIMD_ENTRY(name, pp, (mask, a, b, op, n), n, check_cmp(mask, a, b, sizeof *a, op, n), 0, if (n) KSIMD_SPLIT_OR(name, n, K(name)(mask, a, b, op, n), , mask, a, b, op, n))
#define KSIMD_ENTRY_cmp_scalar(name, R, kp, pp) KSIMD_ENTRY(name, pp, (mask, a, s, op, n), n, check_cmp(mask, a, a, sizeof *a, op, n), 0, if (n) KSIMD_SPLIT_OR(name, n, K(name)(mask, a, s, op, n), , mask, a, s, op, n))
#define KSIMD_ENTRY_where(name, R, kp, pp)      KSIMD_ENTRY(name, pp, (dst, mask, a, b, n), n, check_where(dst, mask, a, b, n, sizeof *dst), 0, if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, mask, a, b, n), , dst, mask, a, b, n))
/* !(lo <= hi) also catches a NaN bound. */
#define KSIMD_ENTRY_clip(name, R, kp, pp)       KSIMD_ENTRY(name, pp, (dst, a, lo, hi, n), n, !(lo <= hi) ? KSIMD_ERR_RANGE : ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), lo <= hi && ksimd_fast_map(dst, a, dst, dst, n, sizeof *dst), if (n) KSIMD_SPLIT_OR(name, n, K(name)(dst, a, lo, hi, n), , dst, a, lo, hi, n))
#define KSIMD_ENTRY_compress(name, R, kp, pp)   KSIMD_ENTRY(name, pp, (dst, a, mask, n, count), n, check_compress(dst, a, mask, n, sizeof *dst, count), 0, if (!n) *count = 0; else KSIMD_COMPRESS(name, dst, a, mask, n, count))
#define KSIMD_ENTRY_classify(name, R, kp, pp)   KSIMD_ENTRY(name, pp, (mask, a, n), n, n ? check_out_in2(mask, 1, a, a, sizeof *a, n) : KSIMD_OK, 0, if (n) KSIMD_SPLIT_OR(name, n, K(name)(mask, a, n), , mask, a, n))
#define KSIMD_ENTRY_count(name, R, kp, pp)      KSIMD_ENTRY(name, pp, (mask, n, out), n, check_count(mask, n, out), ksimd_fast_reduce(out, sizeof *out, mask, mask, n, 1), if (!n) *out = 0; else KSIMD_SPLIT_OR(name, n, *out = K(name)(mask, n), *out = (size_t)ksimd_wrap_sum_size(j_.part, j_.np), mask, n))

#define KSIMD_ENTRY_copy2d(name, R, kp, pp)       KSIMD_ENTRY(name, pp, (dst, drs, dcs, src, srs, scs, rows, cols), (rows) * (cols), check_copy(sizeof *dst, dst, drs, dcs, src, srs, scs, rows, cols), 0, KSIMD_SPLIT_2D(name, rows, cols, drs, dcs, K(name)(dst, drs, dcs, src, srs, scs, rows, cols), dst, drs, dcs, src, srs, scs, rows, cols))
#define KSIMD_ENTRY_binary2d(name, R, kp, pp)     KSIMD_ENTRY(name, pp, (op, dst, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols), (rows) * (cols), check_binary(op, KSIMD_IS_FLOAT(*dst), sizeof *dst, dst, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols), 0, KSIMD_SPLIT_2D(name, rows, cols, drs, dcs, K(name)(op, dst, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols), op, dst, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols))
#define KSIMD_ENTRY_sum_axis(name, R, kp, pp)     KSIMD_ENTRY(name, pp, (out, a, rows, cols, rs, cs, axis), (rows) * (cols), check_axis(out, sizeof *out, a, sizeof *a, rows, cols, rs, cs, axis, 0), 0, KSIMD_SPLIT_AXIS(name, K(name)(out, a, rows, cols, rs, cs, axis), out, a, rows, cols, rs, cs, axis))
#define KSIMD_ENTRY_extreme_axis(name, R, kp, pp) KSIMD_ENTRY(name, pp, (out, a, rows, cols, rs, cs, axis), (rows) * (cols), check_axis(out, sizeof *out, a, sizeof *a, rows, cols, rs, cs, axis, 1), 0, KSIMD_SPLIT_AXIS(name, K(name)(out, a, rows, cols, rs, cs, axis), out, a, rows, cols, rs, cs, axis))
/* clang-format on */

/* A reduction's job ends in its parts' results, which the initializer
 * leaves to be zeroed. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#define KSIMD_KERNEL(name, family, shape, t)                                                                           \
    KSIMD_PAR_##shape(name, family, KSIMD_T_##t, KSIMD_A_##t) KSIMD_EXPAND(KSIMD_ENTRY_##shape, name, shape, t)
#include "../kernels/kernel_list.h"
#undef KSIMD_KERNEL
