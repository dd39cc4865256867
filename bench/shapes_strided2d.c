/* Signature shapes of the strided 2-D family (kernels_strided2d.c), kept
 * apart from shapes.c (the 1-D signatures). Each adaptor maps kbench's size
 * n to a kb_matrix_shape(n) rows x cols matrix and passes the same views to
 * the ksimd function and to the peer loop:
 *
 *   copy2d     src in[0] in C order (rs = cols, cs = 1) to dst out[0] in
 *              Fortran order (rs = 1, cs = rows): the blocked transpose
 *   binary2d   KSIMD_OP_ADD: dst out[0] in C order = a in[0] in C order +
 *              b in[1] in Fortran order (NumPy: a + b.T, b a C-order
 *              cols x rows array)
 *   sum_axis,  axis 0 (one result per column) of in[0] in C order: the cols
 *   min_axis,  results go to out[0][0 .. cols); the rest of out[0] is left
 *   max_axis   alone (--verify compares the whole array, so a write past
 *              cols shows too)
 */
#include "shapes.h"

#include <math.h>

#include <ksimd.h>

void kb_matrix_shape(size_t n, size_t *rows, size_t *cols)
{
    /* Adaptors call this once per timed call: remember the last answer
     * (the search below costs a division per candidate). */
    static _Thread_local size_t last_n = (size_t)-1, last_rows;
    if (n != last_n) {
        size_t r = (size_t)sqrt((double)n);
        while (r > 0 && r > n / r) r--; /* r*r <= n without overflow */
        while ((r + 1) <= n / (r + 1)) r++;
        while (r > 1 && n % r != 0) r--;
        last_n = n;
        last_rows = r;
    }
    *rows = last_rows;
    *cols = last_rows ? n / last_rows : 0;
}

/* ---- f32 ---- */
typedef ksimd_status lib_copy2d_f32(float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t, ptrdiff_t,
                                    size_t, size_t);
typedef void peer_copy2d_f32(float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t, ptrdiff_t, size_t,
                             size_t);
static int call_copy2d_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_copy2d_f32 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
        return 0;
    }
    return ((lib_copy2d_f32 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
}

typedef ksimd_status lib_binary2d_f32(ksimd_binop, float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t,
                                      ptrdiff_t, const float *, ptrdiff_t, ptrdiff_t, size_t, size_t);
typedef void peer_binary2d_f32(ksimd_binop, float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t,
                               ptrdiff_t, const float *, ptrdiff_t, ptrdiff_t, size_t, size_t);
static int call_binary2d_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_binary2d_f32 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
        return 0;
    }
    return ((lib_binary2d_f32 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
}

typedef ksimd_status lib_sum_axis_f32(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void peer_sum_axis_f32(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_sum_axis_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_sum_axis_f32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_sum_axis_f32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

typedef ksimd_status lib_extreme_axis_f32(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void peer_extreme_axis_f32(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_extreme_axis_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_extreme_axis_f32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_extreme_axis_f32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

/* ---- f64 ---- */
typedef ksimd_status lib_copy2d_f64(double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t,
                                    size_t, size_t);
typedef void peer_copy2d_f64(double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, size_t,
                             size_t);
static int call_copy2d_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_copy2d_f64 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
        return 0;
    }
    return ((lib_copy2d_f64 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
}

typedef ksimd_status lib_binary2d_f64(ksimd_binop, double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t,
                                      ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, size_t, size_t);
typedef void peer_binary2d_f64(ksimd_binop, double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t,
                               ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, size_t, size_t);
static int call_binary2d_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_binary2d_f64 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
        return 0;
    }
    return ((lib_binary2d_f64 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
}

typedef ksimd_status lib_sum_axis_f64(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void peer_sum_axis_f64(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_sum_axis_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_sum_axis_f64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_sum_axis_f64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

typedef ksimd_status lib_extreme_axis_f64(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t,
                                          int);
typedef void peer_extreme_axis_f64(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_extreme_axis_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_extreme_axis_f64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_extreme_axis_f64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

/* ---- i32 ---- */
typedef ksimd_status lib_copy2d_i32(int32_t *, ptrdiff_t, ptrdiff_t, const int32_t *, ptrdiff_t, ptrdiff_t,
                                    size_t, size_t);
typedef void peer_copy2d_i32(int32_t *, ptrdiff_t, ptrdiff_t, const int32_t *, ptrdiff_t, ptrdiff_t, size_t,
                             size_t);
static int call_copy2d_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_copy2d_i32 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
        return 0;
    }
    return ((lib_copy2d_i32 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
}

typedef ksimd_status lib_binary2d_i32(ksimd_binop, int32_t *, ptrdiff_t, ptrdiff_t, const int32_t *,
                                      ptrdiff_t, ptrdiff_t, const int32_t *, ptrdiff_t, ptrdiff_t, size_t,
                                      size_t);
typedef void peer_binary2d_i32(ksimd_binop, int32_t *, ptrdiff_t, ptrdiff_t, const int32_t *, ptrdiff_t,
                               ptrdiff_t, const int32_t *, ptrdiff_t, ptrdiff_t, size_t, size_t);
static int call_binary2d_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_binary2d_i32 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
        return 0;
    }
    return ((lib_binary2d_i32 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
}

typedef ksimd_status lib_sum_axis_i32(int64_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void peer_sum_axis_i32(int64_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_sum_axis_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_sum_axis_i32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_sum_axis_i32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

typedef ksimd_status lib_extreme_axis_i32(int32_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t,
                                          int);
typedef void peer_extreme_axis_i32(int32_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_extreme_axis_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_extreme_axis_i32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_extreme_axis_i32 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

/* ---- i64 ---- */
typedef ksimd_status lib_copy2d_i64(int64_t *, ptrdiff_t, ptrdiff_t, const int64_t *, ptrdiff_t, ptrdiff_t,
                                    size_t, size_t);
typedef void peer_copy2d_i64(int64_t *, ptrdiff_t, ptrdiff_t, const int64_t *, ptrdiff_t, ptrdiff_t, size_t,
                             size_t);
static int call_copy2d_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_copy2d_i64 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
        return 0;
    }
    return ((lib_copy2d_i64 *)fn)(x->out[0], 1, R, x->in[0], C, 1, r, c);
}

typedef ksimd_status lib_binary2d_i64(ksimd_binop, int64_t *, ptrdiff_t, ptrdiff_t, const int64_t *,
                                      ptrdiff_t, ptrdiff_t, const int64_t *, ptrdiff_t, ptrdiff_t, size_t,
                                      size_t);
typedef void peer_binary2d_i64(ksimd_binop, int64_t *, ptrdiff_t, ptrdiff_t, const int64_t *, ptrdiff_t,
                               ptrdiff_t, const int64_t *, ptrdiff_t, ptrdiff_t, size_t, size_t);
static int call_binary2d_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    ptrdiff_t R = (ptrdiff_t)r, C = (ptrdiff_t)c;
    if (peer) {
        ((peer_binary2d_i64 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
        return 0;
    }
    return ((lib_binary2d_i64 *)fn)(KSIMD_OP_ADD, x->out[0], C, 1, x->in[0], C, 1, x->in[1], 1, R, r, c);
}

typedef ksimd_status lib_sum_axis_i64(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
typedef void peer_sum_axis_i64(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_sum_axis_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_sum_axis_i64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_sum_axis_i64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

typedef ksimd_status lib_extreme_axis_i64(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t,
                                          int);
typedef void peer_extreme_axis_i64(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);
static int call_extreme_axis_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t r, c;
    kb_matrix_shape(n, &r, &c);
    if (peer) {
        ((peer_extreme_axis_i64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
        return 0;
    }
    return ((lib_extreme_axis_i64 *)fn)(x->out[0], x->in[0], r, c, (ptrdiff_t)c, 1, 0);
}

/* The shapes: name, inputs, outputs, scalars, input types, output types,
 * scalar type (unused), adaptor. */
/* clang-format off */
const struct kb_shape kb_copy2d_f32 = {"copy2d_f32", 1, 1, 0, {KB_F32}, {KB_F32}, KB_F32, call_copy2d_f32};
const struct kb_shape kb_copy2d_f64 = {"copy2d_f64", 1, 1, 0, {KB_F64}, {KB_F64}, KB_F64, call_copy2d_f64};
const struct kb_shape kb_copy2d_i32 = {"copy2d_i32", 1, 1, 0, {KB_I32}, {KB_I32}, KB_I32, call_copy2d_i32};
const struct kb_shape kb_copy2d_i64 = {"copy2d_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_copy2d_i64};
const struct kb_shape kb_binary2d_f32 = {"binary2d_f32", 2, 1, 0, {KB_F32, KB_F32}, {KB_F32}, KB_F32, call_binary2d_f32};
const struct kb_shape kb_binary2d_f64 = {"binary2d_f64", 2, 1, 0, {KB_F64, KB_F64}, {KB_F64}, KB_F64, call_binary2d_f64};
const struct kb_shape kb_binary2d_i32 = {"binary2d_i32", 2, 1, 0, {KB_I32, KB_I32}, {KB_I32}, KB_I32, call_binary2d_i32};
const struct kb_shape kb_binary2d_i64 = {"binary2d_i64", 2, 1, 0, {KB_I64, KB_I64}, {KB_I64}, KB_I64, call_binary2d_i64};
const struct kb_shape kb_sum_axis_f32 = {"sum_axis_f32", 1, 1, 0, {KB_F32}, {KB_F32}, KB_F32, call_sum_axis_f32};
const struct kb_shape kb_sum_axis_f64 = {"sum_axis_f64", 1, 1, 0, {KB_F64}, {KB_F64}, KB_F64, call_sum_axis_f64};
const struct kb_shape kb_sum_axis_i32 = {"sum_axis_i32", 1, 1, 0, {KB_I32}, {KB_I64}, KB_I32, call_sum_axis_i32};
const struct kb_shape kb_sum_axis_i64 = {"sum_axis_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_sum_axis_i64};
const struct kb_shape kb_extreme_axis_f32 = {"extreme_axis_f32", 1, 1, 0, {KB_F32}, {KB_F32}, KB_F32, call_extreme_axis_f32};
const struct kb_shape kb_extreme_axis_f64 = {"extreme_axis_f64", 1, 1, 0, {KB_F64}, {KB_F64}, KB_F64, call_extreme_axis_f64};
const struct kb_shape kb_extreme_axis_i32 = {"extreme_axis_i32", 1, 1, 0, {KB_I32}, {KB_I32}, KB_I32, call_extreme_axis_i32};
const struct kb_shape kb_extreme_axis_i64 = {"extreme_axis_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_extreme_axis_i64};
/* clang-format on */
