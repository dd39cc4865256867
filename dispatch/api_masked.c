/* Public entry points of the masked-conditional family: validate once, then
 * call the active table's kernel. Kernels never validate.
 *
 * Order of checks: a bad ksimd_cmp, clip bounds and a NULL count are errors
 * whatever n is; then n == 0 succeeds; then NULL arrays; then overlap. Any
 * byte shared by an output and an input is KSIMD_ERR_OVERLAP unless both
 * are the very same array (same start, same byte extent), which can only
 * happen between arrays of one element type. */
#include "dispatch.h"
#include "validate.h"

static int cmp_op_valid(ksimd_cmp op) { return (unsigned)op <= (unsigned)KSIMD_NE; }

/* out (n elements of osize bytes) against two inputs (n elements of isize
 * bytes each; pass in2 = in1 when there is only one). */
static ksimd_status check_out_in2(const void *out, size_t osize, const void *in1, const void *in2,
                                  size_t isize, size_t n)
{
    if (!out || !in1 || !in2) return KSIMD_ERR_NULL;
    uintptr_t oe = ksimd_extent(n, osize), ie = ksimd_extent(n, isize);
    if (ksimd_partial_overlap(out, oe, in1, ie) || ksimd_partial_overlap(out, oe, in2, ie))
        return KSIMD_ERR_OVERLAP;
    return KSIMD_OK;
}

/* where's dst (T) against its mask (bytes) and a, b (T). */
static ksimd_status check_where(const void *dst, const uint8_t *mask, const void *a, const void *b, size_t n,
                                size_t size)
{
    if (n == 0) return KSIMD_OK;
    if (!mask) return KSIMD_ERR_NULL;
    ksimd_status st = check_out_in2(dst, size, a, b, size, n);
    if (st != KSIMD_OK) return st;
    return ksimd_partial_overlap(dst, ksimd_extent(n, size), mask, n) ? KSIMD_ERR_OVERLAP : KSIMD_OK;
}

/* ---- cmp ---- */
static ksimd_status check_cmp(const uint8_t *mask, const void *a, const void *b, size_t isize, ksimd_cmp op,
                              size_t n)
{
    if (!cmp_op_valid(op)) return KSIMD_ERR_RANGE;
    return n ? check_out_in2(mask, 1, a, b, isize, n) : KSIMD_OK;
}

ksimd_status ksimd_cmp_f32(uint8_t *mask, const float *a, const float *b, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, b, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_f32(mask, a, b, op, n);
    return st;
}

ksimd_status ksimd_cmp_f64(uint8_t *mask, const double *a, const double *b, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, b, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_f64(mask, a, b, op, n);
    return st;
}

ksimd_status ksimd_cmp_i32(uint8_t *mask, const int32_t *a, const int32_t *b, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, b, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_i32(mask, a, b, op, n);
    return st;
}

ksimd_status ksimd_cmp_i64(uint8_t *mask, const int64_t *a, const int64_t *b, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, b, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_i64(mask, a, b, op, n);
    return st;
}

ksimd_status ksimd_cmp_scalar_f32(uint8_t *mask, const float *a, float s, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, a, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_scalar_f32(mask, a, s, op, n);
    return st;
}

ksimd_status ksimd_cmp_scalar_f64(uint8_t *mask, const double *a, double s, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, a, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_scalar_f64(mask, a, s, op, n);
    return st;
}

ksimd_status ksimd_cmp_scalar_i32(uint8_t *mask, const int32_t *a, int32_t s, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, a, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_scalar_i32(mask, a, s, op, n);
    return st;
}

ksimd_status ksimd_cmp_scalar_i64(uint8_t *mask, const int64_t *a, int64_t s, ksimd_cmp op, size_t n)
{
    ksimd_status st = check_cmp(mask, a, a, sizeof *a, op, n);
    if (st == KSIMD_OK && n) ksimd_kernels()->cmp_scalar_i64(mask, a, s, op, n);
    return st;
}

/* ---- where ---- */
ksimd_status ksimd_where_f32(float *dst, const uint8_t *mask, const float *a, const float *b, size_t n)
{
    ksimd_status st = check_where(dst, mask, a, b, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->where_f32(dst, mask, a, b, n);
    return st;
}

ksimd_status ksimd_where_f64(double *dst, const uint8_t *mask, const double *a, const double *b, size_t n)
{
    ksimd_status st = check_where(dst, mask, a, b, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->where_f64(dst, mask, a, b, n);
    return st;
}

ksimd_status ksimd_where_i32(int32_t *dst, const uint8_t *mask, const int32_t *a, const int32_t *b, size_t n)
{
    ksimd_status st = check_where(dst, mask, a, b, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->where_i32(dst, mask, a, b, n);
    return st;
}

ksimd_status ksimd_where_i64(int64_t *dst, const uint8_t *mask, const int64_t *a, const int64_t *b, size_t n)
{
    ksimd_status st = check_where(dst, mask, a, b, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->where_i64(dst, mask, a, b, n);
    return st;
}

/* ---- clip: !(lo <= hi) also catches a NaN bound ---- */
ksimd_status ksimd_clip_f32(float *dst, const float *a, float lo, float hi, size_t n)
{
    if (!(lo <= hi)) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->clip_f32(dst, a, lo, hi, n);
    return st;
}

ksimd_status ksimd_clip_f64(double *dst, const double *a, double lo, double hi, size_t n)
{
    if (!(lo <= hi)) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->clip_f64(dst, a, lo, hi, n);
    return st;
}

ksimd_status ksimd_clip_i32(int32_t *dst, const int32_t *a, int32_t lo, int32_t hi, size_t n)
{
    if (lo > hi) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->clip_i32(dst, a, lo, hi, n);
    return st;
}

ksimd_status ksimd_clip_i64(int64_t *dst, const int64_t *a, int64_t lo, int64_t hi, size_t n)
{
    if (lo > hi) return KSIMD_ERR_RANGE;
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, sizeof *dst);
    if (st == KSIMD_OK && n) ksimd_kernels()->clip_i64(dst, a, lo, hi, n);
    return st;
}

/* ---- compress: dst (T) against a (T) and the mask (bytes) ---- */
static ksimd_status check_compress(const void *dst, const void *a, const uint8_t *mask, size_t n, size_t size,
                                   const size_t *count)
{
    if (!count) return KSIMD_ERR_NULL;
    if (n == 0) return KSIMD_OK;
    if (!mask) return KSIMD_ERR_NULL;
    ksimd_status st = check_out_in2(dst, size, a, a, size, n);
    if (st != KSIMD_OK) return st;
    /* *count is an output too: written over a or the mask, it would change
     * an input (as for the reductions' out-pointers). */
    if (ksimd_partial_overlap(count, sizeof *count, a, ksimd_extent(n, size)) ||
        ksimd_partial_overlap(count, sizeof *count, mask, n))
        return KSIMD_ERR_OVERLAP;
    return ksimd_partial_overlap(dst, ksimd_extent(n, size), mask, n) ? KSIMD_ERR_OVERLAP : KSIMD_OK;
}

ksimd_status ksimd_compress_f32(float *dst, const float *a, const uint8_t *mask, size_t n, size_t *count)
{
    ksimd_status st = check_compress(dst, a, mask, n, sizeof *dst, count);
    if (st == KSIMD_OK) *count = n ? ksimd_kernels()->compress_f32(dst, a, mask, n) : 0;
    return st;
}

ksimd_status ksimd_compress_f64(double *dst, const double *a, const uint8_t *mask, size_t n, size_t *count)
{
    ksimd_status st = check_compress(dst, a, mask, n, sizeof *dst, count);
    if (st == KSIMD_OK) *count = n ? ksimd_kernels()->compress_f64(dst, a, mask, n) : 0;
    return st;
}

ksimd_status ksimd_compress_i32(int32_t *dst, const int32_t *a, const uint8_t *mask, size_t n, size_t *count)
{
    ksimd_status st = check_compress(dst, a, mask, n, sizeof *dst, count);
    if (st == KSIMD_OK) *count = n ? ksimd_kernels()->compress_i32(dst, a, mask, n) : 0;
    return st;
}

ksimd_status ksimd_compress_i64(int64_t *dst, const int64_t *a, const uint8_t *mask, size_t n, size_t *count)
{
    ksimd_status st = check_compress(dst, a, mask, n, sizeof *dst, count);
    if (st == KSIMD_OK) *count = n ? ksimd_kernels()->compress_i64(dst, a, mask, n) : 0;
    return st;
}

/* ---- isnan ---- */
ksimd_status ksimd_isnan_f32(uint8_t *mask, const float *a, size_t n)
{
    ksimd_status st = n ? check_out_in2(mask, 1, a, a, sizeof *a, n) : KSIMD_OK;
    if (st == KSIMD_OK && n) ksimd_kernels()->isnan_f32(mask, a, n);
    return st;
}

ksimd_status ksimd_isnan_f64(uint8_t *mask, const double *a, size_t n)
{
    ksimd_status st = n ? check_out_in2(mask, 1, a, a, sizeof *a, n) : KSIMD_OK;
    if (st == KSIMD_OK && n) ksimd_kernels()->isnan_f64(mask, a, n);
    return st;
}

/* ---- mask logic and counting (all bytes: exact in place is fine) ---- */
ksimd_status ksimd_mask_and(uint8_t *dst, const uint8_t *a, const uint8_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, 1);
    if (st == KSIMD_OK && n) ksimd_kernels()->mask_and(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mask_or(uint8_t *dst, const uint8_t *a, const uint8_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, 1);
    if (st == KSIMD_OK && n) ksimd_kernels()->mask_or(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mask_xor(uint8_t *dst, const uint8_t *a, const uint8_t *b, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, b, dst, n, 1);
    if (st == KSIMD_OK && n) ksimd_kernels()->mask_xor(dst, a, b, n);
    return st;
}

ksimd_status ksimd_mask_not(uint8_t *dst, const uint8_t *a, size_t n)
{
    ksimd_status st = ksimd_check_map(dst, a, dst, dst, n, 1);
    if (st == KSIMD_OK && n) ksimd_kernels()->mask_not(dst, a, n);
    return st;
}

ksimd_status ksimd_count_u8(const uint8_t *mask, size_t n, size_t *out)
{
    if (!out) return KSIMD_ERR_NULL;
    if (n && !mask) return KSIMD_ERR_NULL;
    if (ksimd_partial_overlap(out, sizeof *out, mask, n)) return KSIMD_ERR_OVERLAP; /* as the reductions */
    *out = n ? ksimd_kernels()->count_u8(mask, n) : 0;
    return KSIMD_OK;
}
