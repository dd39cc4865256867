/* Signature shapes: the only place that knows the C signatures of the
 * kernels kbench times. One adaptor per shape casts the generic kb_fn back
 * to the public ksimd function type (returning ksimd_status) or to the peer
 * loop type (same arguments, returning void) and passes the buffers. */
#include "shapes.h"

#include <ksimd.h>

/* ---- unary ---- */
typedef ksimd_status lib_unary_f32(float *, const float *, size_t);
typedef void peer_unary_f32(float *, const float *, size_t);
static int call_unary_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_unary_f32 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_unary_f32 *)fn)(x->out[0], x->in[0], n);
}

typedef ksimd_status lib_unary_f64(double *, const double *, size_t);
typedef void peer_unary_f64(double *, const double *, size_t);
static int call_unary_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_unary_f64 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_unary_f64 *)fn)(x->out[0], x->in[0], n);
}

typedef ksimd_status lib_unary_i32(int32_t *, const int32_t *, size_t);
typedef void peer_unary_i32(int32_t *, const int32_t *, size_t);
static int call_unary_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_unary_i32 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_unary_i32 *)fn)(x->out[0], x->in[0], n);
}

typedef ksimd_status lib_unary_i64(int64_t *, const int64_t *, size_t);
typedef void peer_unary_i64(int64_t *, const int64_t *, size_t);
static int call_unary_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_unary_i64 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_unary_i64 *)fn)(x->out[0], x->in[0], n);
}

/* ---- binary ---- */
typedef ksimd_status lib_binary_f32(float *, const float *, const float *, size_t);
typedef void peer_binary_f32(float *, const float *, const float *, size_t);
static int call_binary_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_binary_f32 *)fn)(x->out[0], x->in[0], x->in[1], n);
        return 0;
    }
    return ((lib_binary_f32 *)fn)(x->out[0], x->in[0], x->in[1], n);
}

typedef ksimd_status lib_binary_f64(double *, const double *, const double *, size_t);
typedef void peer_binary_f64(double *, const double *, const double *, size_t);
static int call_binary_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_binary_f64 *)fn)(x->out[0], x->in[0], x->in[1], n);
        return 0;
    }
    return ((lib_binary_f64 *)fn)(x->out[0], x->in[0], x->in[1], n);
}

typedef ksimd_status lib_binary_i32(int32_t *, const int32_t *, const int32_t *, size_t);
typedef void peer_binary_i32(int32_t *, const int32_t *, const int32_t *, size_t);
static int call_binary_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_binary_i32 *)fn)(x->out[0], x->in[0], x->in[1], n);
        return 0;
    }
    return ((lib_binary_i32 *)fn)(x->out[0], x->in[0], x->in[1], n);
}

typedef ksimd_status lib_binary_i64(int64_t *, const int64_t *, const int64_t *, size_t);
typedef void peer_binary_i64(int64_t *, const int64_t *, const int64_t *, size_t);
static int call_binary_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_binary_i64 *)fn)(x->out[0], x->in[0], x->in[1], n);
        return 0;
    }
    return ((lib_binary_i64 *)fn)(x->out[0], x->in[0], x->in[1], n);
}

/* ---- scalar ---- */
typedef ksimd_status lib_scalar_f32(float *, const float *, float, size_t);
typedef void peer_scalar_f32(float *, const float *, float, size_t);
static int call_scalar_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_scalar_f32 *)fn)(x->out[0], x->in[0], x->s[0].f32, n);
        return 0;
    }
    return ((lib_scalar_f32 *)fn)(x->out[0], x->in[0], x->s[0].f32, n);
}

typedef ksimd_status lib_scalar_f64(double *, const double *, double, size_t);
typedef void peer_scalar_f64(double *, const double *, double, size_t);
static int call_scalar_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_scalar_f64 *)fn)(x->out[0], x->in[0], x->s[0].f64, n);
        return 0;
    }
    return ((lib_scalar_f64 *)fn)(x->out[0], x->in[0], x->s[0].f64, n);
}

typedef ksimd_status lib_scalar_i32(int32_t *, const int32_t *, int32_t, size_t);
typedef void peer_scalar_i32(int32_t *, const int32_t *, int32_t, size_t);
static int call_scalar_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_scalar_i32 *)fn)(x->out[0], x->in[0], x->s[0].i32, n);
        return 0;
    }
    return ((lib_scalar_i32 *)fn)(x->out[0], x->in[0], x->s[0].i32, n);
}

typedef ksimd_status lib_scalar_i64(int64_t *, const int64_t *, int64_t, size_t);
typedef void peer_scalar_i64(int64_t *, const int64_t *, int64_t, size_t);
static int call_scalar_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_scalar_i64 *)fn)(x->out[0], x->in[0], x->s[0].i64, n);
        return 0;
    }
    return ((lib_scalar_i64 *)fn)(x->out[0], x->in[0], x->s[0].i64, n);
}

/* ---- axpb ---- */
typedef ksimd_status lib_axpb_f32(float *, const float *, float, float, size_t);
typedef void peer_axpb_f32(float *, const float *, float, float, size_t);
static int call_axpb_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_axpb_f32 *)fn)(x->out[0], x->in[0], x->s[0].f32, x->s[1].f32, n);
        return 0;
    }
    return ((lib_axpb_f32 *)fn)(x->out[0], x->in[0], x->s[0].f32, x->s[1].f32, n);
}

typedef ksimd_status lib_axpb_f64(double *, const double *, double, double, size_t);
typedef void peer_axpb_f64(double *, const double *, double, double, size_t);
static int call_axpb_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_axpb_f64 *)fn)(x->out[0], x->in[0], x->s[0].f64, x->s[1].f64, n);
        return 0;
    }
    return ((lib_axpb_f64 *)fn)(x->out[0], x->in[0], x->s[0].f64, x->s[1].f64, n);
}

typedef ksimd_status lib_axpb_i32(int32_t *, const int32_t *, int32_t, int32_t, size_t);
typedef void peer_axpb_i32(int32_t *, const int32_t *, int32_t, int32_t, size_t);
static int call_axpb_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_axpb_i32 *)fn)(x->out[0], x->in[0], x->s[0].i32, x->s[1].i32, n);
        return 0;
    }
    return ((lib_axpb_i32 *)fn)(x->out[0], x->in[0], x->s[0].i32, x->s[1].i32, n);
}

typedef ksimd_status lib_axpb_i64(int64_t *, const int64_t *, int64_t, int64_t, size_t);
typedef void peer_axpb_i64(int64_t *, const int64_t *, int64_t, int64_t, size_t);
static int call_axpb_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_axpb_i64 *)fn)(x->out[0], x->in[0], x->s[0].i64, x->s[1].i64, n);
        return 0;
    }
    return ((lib_axpb_i64 *)fn)(x->out[0], x->in[0], x->s[0].i64, x->s[1].i64, n);
}

/* ---- ternary ---- */
typedef ksimd_status lib_ternary_f32(float *, const float *, const float *, const float *, size_t);
typedef void peer_ternary_f32(float *, const float *, const float *, const float *, size_t);
static int call_ternary_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_ternary_f32 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
        return 0;
    }
    return ((lib_ternary_f32 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
}

typedef ksimd_status lib_ternary_f64(double *, const double *, const double *, const double *, size_t);
typedef void peer_ternary_f64(double *, const double *, const double *, const double *, size_t);
static int call_ternary_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_ternary_f64 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
        return 0;
    }
    return ((lib_ternary_f64 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
}

/* ---- reductions: the result goes to out[0][0] (or the KB_GROUPS sums
 * and counts of group_sum), where --verify compares it ---- */
typedef ksimd_status lib_reduce_f32(const float *, size_t, float *);
typedef void peer_reduce_f32(const float *, size_t, float *);
static int call_reduce_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_reduce_f32 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_reduce_f32 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_reduce_f64(const double *, size_t, double *);
typedef void peer_reduce_f64(const double *, size_t, double *);
static int call_reduce_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_reduce_f64 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_reduce_f64 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_reduce_i32(const int32_t *, size_t, int64_t *);
typedef void peer_reduce_i32(const int32_t *, size_t, int64_t *);
static int call_reduce_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_reduce_i32 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_reduce_i32 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_reduce_i64(const int64_t *, size_t, int64_t *);
typedef void peer_reduce_i64(const int64_t *, size_t, int64_t *);
static int call_reduce_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_reduce_i64 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_reduce_i64 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_dot_f32(const float *, const float *, size_t, float *);
typedef void peer_dot_f32(const float *, const float *, size_t, float *);
static int call_dot_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_dot_f32 *)fn)(x->in[0], x->in[1], n, x->out[0]);
        return 0;
    }
    return ((lib_dot_f32 *)fn)(x->in[0], x->in[1], n, x->out[0]);
}

typedef ksimd_status lib_dot_f64(const double *, const double *, size_t, double *);
typedef void peer_dot_f64(const double *, const double *, size_t, double *);
static int call_dot_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_dot_f64 *)fn)(x->in[0], x->in[1], n, x->out[0]);
        return 0;
    }
    return ((lib_dot_f64 *)fn)(x->in[0], x->in[1], n, x->out[0]);
}

typedef ksimd_status lib_extreme_f32(const float *, size_t, float *);
typedef void peer_extreme_f32(const float *, size_t, float *);
static int call_extreme_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_extreme_f32 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_extreme_f32 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_extreme_f64(const double *, size_t, double *);
typedef void peer_extreme_f64(const double *, size_t, double *);
static int call_extreme_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_extreme_f64 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_extreme_f64 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_extreme_i32(const int32_t *, size_t, int32_t *);
typedef void peer_extreme_i32(const int32_t *, size_t, int32_t *);
static int call_extreme_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_extreme_i32 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_extreme_i32 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_extreme_i64(const int64_t *, size_t, int64_t *);
typedef void peer_extreme_i64(const int64_t *, size_t, int64_t *);
static int call_extreme_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_extreme_i64 *)fn)(x->in[0], n, x->out[0]);
        return 0;
    }
    return ((lib_extreme_i64 *)fn)(x->in[0], n, x->out[0]);
}

typedef ksimd_status lib_index_f32(const float *, size_t, size_t *);
typedef void peer_index_f32(const float *, size_t, size_t *);
static int call_index_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t at = 0;
    int st = 0;
    if (peer)
        ((peer_index_f32 *)fn)(x->in[0], n, &at);
    else
        st = ((lib_index_f32 *)fn)(x->in[0], n, &at);
    *(int64_t *)x->out[0] = (int64_t)at;
    return st;
}

typedef ksimd_status lib_index_f64(const double *, size_t, size_t *);
typedef void peer_index_f64(const double *, size_t, size_t *);
static int call_index_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t at = 0;
    int st = 0;
    if (peer)
        ((peer_index_f64 *)fn)(x->in[0], n, &at);
    else
        st = ((lib_index_f64 *)fn)(x->in[0], n, &at);
    *(int64_t *)x->out[0] = (int64_t)at;
    return st;
}

typedef ksimd_status lib_index_i32(const int32_t *, size_t, size_t *);
typedef void peer_index_i32(const int32_t *, size_t, size_t *);
static int call_index_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t at = 0;
    int st = 0;
    if (peer)
        ((peer_index_i32 *)fn)(x->in[0], n, &at);
    else
        st = ((lib_index_i32 *)fn)(x->in[0], n, &at);
    *(int64_t *)x->out[0] = (int64_t)at;
    return st;
}

typedef ksimd_status lib_index_i64(const int64_t *, size_t, size_t *);
typedef void peer_index_i64(const int64_t *, size_t, size_t *);
static int call_index_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t at = 0;
    int st = 0;
    if (peer)
        ((peer_index_i64 *)fn)(x->in[0], n, &at);
    else
        st = ((lib_index_i64 *)fn)(x->in[0], n, &at);
    *(int64_t *)x->out[0] = (int64_t)at;
    return st;
}

typedef ksimd_status lib_group_f32(float *, int64_t *, const float *, const int32_t *, size_t, size_t);
typedef void peer_group_f32(float *, int64_t *, const float *, const int32_t *, size_t, size_t);
static int call_group_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_group_f32 *)fn)(x->out[0], x->out[1], x->in[0], x->in[1], n, KB_GROUPS);
        return 0;
    }
    return ((lib_group_f32 *)fn)(x->out[0], x->out[1], x->in[0], x->in[1], n, KB_GROUPS);
}

typedef ksimd_status lib_group_f64(double *, int64_t *, const double *, const int32_t *, size_t, size_t);
typedef void peer_group_f64(double *, int64_t *, const double *, const int32_t *, size_t, size_t);
static int call_group_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_group_f64 *)fn)(x->out[0], x->out[1], x->in[0], x->in[1], n, KB_GROUPS);
        return 0;
    }
    return ((lib_group_f64 *)fn)(x->out[0], x->out[1], x->in[0], x->in[1], n, KB_GROUPS);
}

typedef ksimd_status lib_group_i64(int64_t *, int64_t *, const int64_t *, const int32_t *, size_t, size_t);
typedef void peer_group_i64(int64_t *, int64_t *, const int64_t *, const int32_t *, size_t, size_t);
static int call_group_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_group_i64 *)fn)(x->out[0], x->out[1], x->in[0], x->in[1], n, KB_GROUPS);
        return 0;
    }
    return ((lib_group_i64 *)fn)(x->out[0], x->out[1], x->in[0], x->in[1], n, KB_GROUPS);
}

/* The shapes: name, inputs, outputs, scalars, input types, output types,
 * scalar type, adaptor, outputs are reduced values. */
/* clang-format off */
const struct kb_shape kb_unary_f32 = {"unary_f32", 1, 1, 0, {KB_F32}, {KB_F32}, KB_F32, call_unary_f32};
const struct kb_shape kb_unary_f64 = {"unary_f64", 1, 1, 0, {KB_F64}, {KB_F64}, KB_F64, call_unary_f64};
const struct kb_shape kb_unary_i32 = {"unary_i32", 1, 1, 0, {KB_I32}, {KB_I32}, KB_I32, call_unary_i32};
const struct kb_shape kb_unary_i64 = {"unary_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_unary_i64};
const struct kb_shape kb_binary_f32 = {"binary_f32", 2, 1, 0, {KB_F32, KB_F32}, {KB_F32}, KB_F32, call_binary_f32};
const struct kb_shape kb_binary_f64 = {"binary_f64", 2, 1, 0, {KB_F64, KB_F64}, {KB_F64}, KB_F64, call_binary_f64};
const struct kb_shape kb_binary_i32 = {"binary_i32", 2, 1, 0, {KB_I32, KB_I32}, {KB_I32}, KB_I32, call_binary_i32};
const struct kb_shape kb_binary_i64 = {"binary_i64", 2, 1, 0, {KB_I64, KB_I64}, {KB_I64}, KB_I64, call_binary_i64};
const struct kb_shape kb_scalar_f32 = {"scalar_f32", 1, 1, 1, {KB_F32}, {KB_F32}, KB_F32, call_scalar_f32};
const struct kb_shape kb_scalar_f64 = {"scalar_f64", 1, 1, 1, {KB_F64}, {KB_F64}, KB_F64, call_scalar_f64};
const struct kb_shape kb_scalar_i32 = {"scalar_i32", 1, 1, 1, {KB_I32}, {KB_I32}, KB_I32, call_scalar_i32};
const struct kb_shape kb_scalar_i64 = {"scalar_i64", 1, 1, 1, {KB_I64}, {KB_I64}, KB_I64, call_scalar_i64};
const struct kb_shape kb_axpb_f32 = {"axpb_f32", 1, 1, 2, {KB_F32}, {KB_F32}, KB_F32, call_axpb_f32};
const struct kb_shape kb_axpb_f64 = {"axpb_f64", 1, 1, 2, {KB_F64}, {KB_F64}, KB_F64, call_axpb_f64};
const struct kb_shape kb_axpb_i32 = {"axpb_i32", 1, 1, 2, {KB_I32}, {KB_I32}, KB_I32, call_axpb_i32};
const struct kb_shape kb_axpb_i64 = {"axpb_i64", 1, 1, 2, {KB_I64}, {KB_I64}, KB_I64, call_axpb_i64};
const struct kb_shape kb_ternary_f32 = {"ternary_f32", 3, 1, 0, {KB_F32, KB_F32, KB_F32}, {KB_F32}, KB_F32, call_ternary_f32};
const struct kb_shape kb_ternary_f64 = {"ternary_f64", 3, 1, 0, {KB_F64, KB_F64, KB_F64}, {KB_F64}, KB_F64, call_ternary_f64};
const struct kb_shape kb_reduce_f32 = {"reduce_f32", 1, 1, 0, {KB_F32}, {KB_F32}, KB_F32, call_reduce_f32};
const struct kb_shape kb_reduce_f64 = {"reduce_f64", 1, 1, 0, {KB_F64}, {KB_F64}, KB_F64, call_reduce_f64};
const struct kb_shape kb_reduce_i32 = {"reduce_i32", 1, 1, 0, {KB_I32}, {KB_I64}, KB_I32, call_reduce_i32};
const struct kb_shape kb_reduce_i64 = {"reduce_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_reduce_i64};
const struct kb_shape kb_dot_f32 = {"dot_f32", 2, 1, 0, {KB_F32, KB_F32}, {KB_F32}, KB_F32, call_dot_f32};
const struct kb_shape kb_dot_f64 = {"dot_f64", 2, 1, 0, {KB_F64, KB_F64}, {KB_F64}, KB_F64, call_dot_f64};
const struct kb_shape kb_extreme_f32 = {"extreme_f32", 1, 1, 0, {KB_F32}, {KB_F32}, KB_F32, call_extreme_f32};
const struct kb_shape kb_extreme_f64 = {"extreme_f64", 1, 1, 0, {KB_F64}, {KB_F64}, KB_F64, call_extreme_f64};
const struct kb_shape kb_extreme_i32 = {"extreme_i32", 1, 1, 0, {KB_I32}, {KB_I32}, KB_I32, call_extreme_i32};
const struct kb_shape kb_extreme_i64 = {"extreme_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_extreme_i64};
const struct kb_shape kb_index_f32 = {"index_f32", 1, 1, 0, {KB_F32}, {KB_I64}, KB_F32, call_index_f32};
const struct kb_shape kb_index_f64 = {"index_f64", 1, 1, 0, {KB_F64}, {KB_I64}, KB_F64, call_index_f64};
const struct kb_shape kb_index_i32 = {"index_i32", 1, 1, 0, {KB_I32}, {KB_I64}, KB_I32, call_index_i32};
const struct kb_shape kb_index_i64 = {"index_i64", 1, 1, 0, {KB_I64}, {KB_I64}, KB_I64, call_index_i64};
const struct kb_shape kb_group_f32 = {"group_f32", 2, 2, 0, {KB_F32, KB_I32}, {KB_F32, KB_I64}, KB_F32, call_group_f32};
const struct kb_shape kb_group_f64 = {"group_f64", 2, 2, 0, {KB_F64, KB_I32}, {KB_F64, KB_I64}, KB_F64, call_group_f64};
const struct kb_shape kb_group_i64 = {"group_i64", 2, 2, 0, {KB_I64, KB_I32}, {KB_I64, KB_I64}, KB_I64, call_group_i64};
/* clang-format on */
