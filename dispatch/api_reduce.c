/* Public entry points of the reduction family: validate once, then call the
 * active table's kernel and write its result. Kernels never validate. */
#include "dispatch.h"
#include "validate.h"

/* out, then the data: a NULL out is an error whatever n is; min, max and
 * the arg forms have no value for n == 0 (needs_data); out may not
 * partially overlap an input. b is a second input, or a again. */
static ksimd_status check_reduce(const void *out, size_t out_size, const void *a, const void *b, size_t n,
                                 size_t size, int needs_data)
{
    if (!out) return KSIMD_ERR_NULL;
    if (n == 0) return needs_data ? KSIMD_ERR_EMPTY : KSIMD_OK;
    if (!a || !b) return KSIMD_ERR_NULL;
    uintptr_t e = ksimd_extent(n, size);
    if (ksimd_partial_overlap(out, out_size, a, e) || ksimd_partial_overlap(out, out_size, b, e))
        return KSIMD_ERR_OVERLAP;
    return KSIMD_OK;
}

ksimd_status ksimd_sum_f32(const float *a, size_t n, float *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 0);
    if (st == KSIMD_OK) *out = ksimd_kernels()->sum_f32(a, n);
    return st;
}

ksimd_status ksimd_sum_f64(const double *a, size_t n, double *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 0);
    if (st == KSIMD_OK) *out = ksimd_kernels()->sum_f64(a, n);
    return st;
}

ksimd_status ksimd_sum_i32(const int32_t *a, size_t n, int64_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 0);
    if (st == KSIMD_OK) *out = ksimd_kernels()->sum_i32(a, n);
    return st;
}

ksimd_status ksimd_sum_i64(const int64_t *a, size_t n, int64_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 0);
    if (st == KSIMD_OK) *out = ksimd_kernels()->sum_i64(a, n);
    return st;
}

ksimd_status ksimd_dot_f32(const float *a, const float *b, size_t n, float *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, b, n, sizeof *a, 0);
    if (st == KSIMD_OK) *out = ksimd_kernels()->dot_f32(a, b, n);
    return st;
}

ksimd_status ksimd_dot_f64(const double *a, const double *b, size_t n, double *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, b, n, sizeof *a, 0);
    if (st == KSIMD_OK) *out = ksimd_kernels()->dot_f64(a, b, n);
    return st;
}

ksimd_status ksimd_min_f32(const float *a, size_t n, float *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->min_f32(a, n);
    return st;
}

ksimd_status ksimd_min_f64(const double *a, size_t n, double *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->min_f64(a, n);
    return st;
}

ksimd_status ksimd_min_i32(const int32_t *a, size_t n, int32_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->min_i32(a, n);
    return st;
}

ksimd_status ksimd_min_i64(const int64_t *a, size_t n, int64_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->min_i64(a, n);
    return st;
}

ksimd_status ksimd_max_f32(const float *a, size_t n, float *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->max_f32(a, n);
    return st;
}

ksimd_status ksimd_max_f64(const double *a, size_t n, double *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->max_f64(a, n);
    return st;
}

ksimd_status ksimd_max_i32(const int32_t *a, size_t n, int32_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->max_i32(a, n);
    return st;
}

ksimd_status ksimd_max_i64(const int64_t *a, size_t n, int64_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->max_i64(a, n);
    return st;
}

ksimd_status ksimd_argmin_f32(const float *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmin_f32(a, n);
    return st;
}

ksimd_status ksimd_argmin_f64(const double *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmin_f64(a, n);
    return st;
}

ksimd_status ksimd_argmin_i32(const int32_t *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmin_i32(a, n);
    return st;
}

ksimd_status ksimd_argmin_i64(const int64_t *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmin_i64(a, n);
    return st;
}

ksimd_status ksimd_argmax_f32(const float *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmax_f32(a, n);
    return st;
}

ksimd_status ksimd_argmax_f64(const double *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmax_f64(a, n);
    return st;
}

ksimd_status ksimd_argmax_i32(const int32_t *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmax_i32(a, n);
    return st;
}

ksimd_status ksimd_argmax_i64(const int64_t *a, size_t n, size_t *out)
{
    ksimd_status st = check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1);
    if (st == KSIMD_OK) *out = ksimd_kernels()->argmax_i64(a, n);
    return st;
}

/* Any shared byte (the kernel clears sums and counts before it reads the
 * inputs, so even an exact alias cannot work). */
static int shares_bytes(const void *x, uintptr_t xb, const void *y, uintptr_t yb)
{
    uintptr_t p = (uintptr_t)x, q = (uintptr_t)y;
    if (!x || !y || xb == 0 || yb == 0) return 0;
    uintptr_t pe = p > UINTPTR_MAX - xb ? UINTPTR_MAX : p + xb;
    uintptr_t qe = q > UINTPTR_MAX - yb ? UINTPTR_MAX : q + yb;
    return p < qe && q < pe;
}

/* Everything group_sum needs before a byte is written: pointers, overlaps,
 * then every key in [0, ngroups) (one min and one max pass over the keys,
 * by the active table's own kernels). */
static ksimd_status check_group(const void *sums, size_t sum_size, const int64_t *counts, const void *values,
                                size_t value_size, const int32_t *keys, size_t n, size_t ngroups)
{
    if (!sums) return KSIMD_ERR_NULL;
    if (n > 0 && (!values || !keys)) return KSIMD_ERR_NULL;
    uintptr_t se = ksimd_extent(ngroups, sum_size), ce = ksimd_extent(ngroups, sizeof *counts);
    uintptr_t ve = ksimd_extent(n, value_size), ke = ksimd_extent(n, sizeof *keys);
    if (shares_bytes(sums, se, values, ve) || shares_bytes(sums, se, keys, ke) ||
        shares_bytes(counts, ce, values, ve) || shares_bytes(counts, ce, keys, ke) ||
        shares_bytes(sums, se, counts, ce))
        return KSIMD_ERR_OVERLAP;
    if (n == 0) return KSIMD_OK;
    if (ngroups == 0) return KSIMD_ERR_RANGE;
    const struct ksimd_table *t = ksimd_kernels();
    int32_t lo = t->min_i32(keys, n), hi = t->max_i32(keys, n);
    if (lo < 0 || (uint64_t)hi >= (uint64_t)ngroups) return KSIMD_ERR_RANGE;
    return KSIMD_OK;
}

ksimd_status ksimd_group_sum_f32(float *sums, int64_t *counts, const float *values, const int32_t *keys,
                                 size_t n, size_t ngroups)
{
    ksimd_status st = check_group(sums, sizeof *sums, counts, values, sizeof *values, keys, n, ngroups);
    if (st == KSIMD_OK) ksimd_kernels()->group_sum_f32(sums, counts, values, keys, n, ngroups);
    return st;
}

ksimd_status ksimd_group_sum_f64(double *sums, int64_t *counts, const double *values, const int32_t *keys,
                                 size_t n, size_t ngroups)
{
    ksimd_status st = check_group(sums, sizeof *sums, counts, values, sizeof *values, keys, n, ngroups);
    if (st == KSIMD_OK) ksimd_kernels()->group_sum_f64(sums, counts, values, keys, n, ngroups);
    return st;
}

ksimd_status ksimd_group_sum_i64(int64_t *sums, int64_t *counts, const int64_t *values, const int32_t *keys,
                                 size_t n, size_t ngroups)
{
    ksimd_status st = check_group(sums, sizeof *sums, counts, values, sizeof *values, keys, n, ngroups);
    if (st == KSIMD_OK) ksimd_kernels()->group_sum_i64(sums, counts, values, keys, n, ngroups);
    return st;
}
