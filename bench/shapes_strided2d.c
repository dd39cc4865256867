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

/* The adaptors of one element type T (suffix KT; sums of type R). Each
 * calls fn as the ksimd function (returning its status) or, for a peer,
 * as the same argument list returning void. */
#define KB_CALL(peer, lib_t, peer_t, fn, ...)                                                                \
    ((peer) ? (((peer_t *)(fn))(__VA_ARGS__), 0) : (int)((lib_t *)(fn))(__VA_ARGS__))

#define KB_S2D_ADAPTORS(KT, T, R)                                                                            \
    typedef ksimd_status lib_copy2d_##KT(T *, ptrdiff_t, ptrdiff_t, const T *, ptrdiff_t, ptrdiff_t, size_t,  \
                                         size_t);                                                            \
    typedef void peer_copy2d_##KT(T *, ptrdiff_t, ptrdiff_t, const T *, ptrdiff_t, ptrdiff_t, size_t, size_t);   \
    static int call_copy2d_##KT(kb_fn fn, int peer, const struct kb_args *x, size_t n)                       \
    {                                                                                                        \
        size_t r, c;                                                                                         \
        kb_matrix_shape(n, &r, &c);                                                                          \
        return KB_CALL(peer, lib_copy2d_##KT, peer_copy2d_##KT, fn, x->out[0], 1, (ptrdiff_t)r, x->in[0],       \
                       (ptrdiff_t)c, 1, r, c);                                                               \
    }                                                                                                        \
    typedef ksimd_status lib_binary2d_##KT(ksimd_binop, T *, ptrdiff_t, ptrdiff_t, const T *, ptrdiff_t,       \
                                           ptrdiff_t, const T *, ptrdiff_t, ptrdiff_t, size_t, size_t);        \
    typedef void peer_binary2d_##KT(ksimd_binop, T *, ptrdiff_t, ptrdiff_t, const T *, ptrdiff_t, ptrdiff_t,   \
                                    const T *, ptrdiff_t, ptrdiff_t, size_t, size_t);                        \
    static int call_binary2d_##KT(kb_fn fn, int peer, const struct kb_args *x, size_t n)                     \
    {                                                                                                        \
        size_t r, c;                                                                                         \
        kb_matrix_shape(n, &r, &c);                                                                          \
        return KB_CALL(peer, lib_binary2d_##KT, peer_binary2d_##KT, fn, KSIMD_OP_ADD, x->out[0], (ptrdiff_t)c, \
                       1, x->in[0], (ptrdiff_t)c, 1, x->in[1], 1, (ptrdiff_t)r, r, c);                        \
    }                                                                                                        \
    typedef ksimd_status lib_sum_axis_##KT(R *, const T *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);        \
    typedef void peer_sum_axis_##KT(R *, const T *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);               \
    static int call_sum_axis_##KT(kb_fn fn, int peer, const struct kb_args *x, size_t n)                     \
    {                                                                                                        \
        size_t r, c;                                                                                         \
        kb_matrix_shape(n, &r, &c);                                                                          \
        return KB_CALL(peer, lib_sum_axis_##KT, peer_sum_axis_##KT, fn, x->out[0], x->in[0], r, c,             \
                       (ptrdiff_t)c, 1, 0);                                                                  \
    }                                                                                                        \
    typedef ksimd_status lib_extreme_axis_##KT(T *, const T *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);    \
    typedef void peer_extreme_axis_##KT(T *, const T *, size_t, size_t, ptrdiff_t, ptrdiff_t, int);           \
    static int call_extreme_axis_##KT(kb_fn fn, int peer, const struct kb_args *x, size_t n)                 \
    {                                                                                                        \
        size_t r, c;                                                                                         \
        kb_matrix_shape(n, &r, &c);                                                                          \
        return KB_CALL(peer, lib_extreme_axis_##KT, peer_extreme_axis_##KT, fn, x->out[0], x->in[0], r, c,     \
                       (ptrdiff_t)c, 1, 0);                                                                  \
    }

KB_S2D_ADAPTORS(f32, float, float)
KB_S2D_ADAPTORS(f64, double, double)
KB_S2D_ADAPTORS(i32, int32_t, int64_t)
KB_S2D_ADAPTORS(i64, int64_t, int64_t)

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
