/* The adaptors: the only code that knows the C signatures of the kernels
 * kbench times. For each kernel of the registry (kernels/kernel_list.h),
 * its shape's public parameters (kernels/shape_list.h) type the call: the
 * ksimd function returns its ksimd_status, a peer loop takes the same
 * arguments and returns void. The argument order is shape_args.h's,
 * shared with the hardening tests; what kbench passes for each role, and
 * each shape's arrays, are kbench's own (below). */
#include "shapes.h"

#include <math.h>

#include <ksimd.h>

#include "kernels/shape_list.h"
#include "shape_args.h"

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

/* kbench's arrays of each shape, given the kb_type of its elements (T)
 * and of its sums (A): inputs and outputs (every one n elements), scalars
 * (of type T), and whether the outputs are reduced values. A size_t result
 * (argmin's index, count_u8's count) is stored as an int64 in out[0] so
 * that --verify compares it; compress's count is not kept (its dst is).
 * cmp and cmp_scalar run KSIMD_LT (every predicate is one compare); clip
 * orders its two scalars (the verification pass negates them). The 2-D
 * shapes take n as a kb_matrix_shape(n) matrix:
 *
 *   copy2d     in[0] in C order to out[0] in Fortran order: the blocked
 *              transpose, the article's C -> Fortran conversion
 *   binary2d   KSIMD_OP_ADD: out[0] in C order = in[0] in C order +
 *              in[1] in Fortran order (NumPy's a + b.T)
 *   sum_axis,  axis 0 (one result per column) of in[0] in C order: the
 *   min/max    cols results go to out[0][0 .. cols); the rest of out[0] is
 *              left alone (--verify compares the whole array, so a write
 *              past cols shows too) */
/* clang-format off */
#define KB_LAYOUT_unary(T, A)        .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {T}
#define KB_LAYOUT_binary(T, A)       .nin = 2, .nout = 1, .nscalar = 0, .in = {T, T}, .out = {T}
#define KB_LAYOUT_scalar(T, A)       .nin = 1, .nout = 1, .nscalar = 1, .in = {T}, .out = {T}
#define KB_LAYOUT_divisor(T, A)      .nin = 1, .nout = 1, .nscalar = 1, .in = {T}, .out = {T}
#define KB_LAYOUT_axpb(T, A)         .nin = 1, .nout = 1, .nscalar = 2, .in = {T}, .out = {T}
#define KB_LAYOUT_ternary(T, A)      .nin = 3, .nout = 1, .nscalar = 0, .in = {T, T, T}, .out = {T}
#define KB_LAYOUT_sum(T, A)          .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {A}, .reduces = 1
#define KB_LAYOUT_dot(T, A)          .nin = 2, .nout = 1, .nscalar = 0, .in = {T, T}, .out = {A}, .reduces = 1
#define KB_LAYOUT_extreme(T, A)      .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {T}, .reduces = 1
#define KB_LAYOUT_index(T, A)        .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {KB_I64}, .reduces = 1
#define KB_LAYOUT_group(T, A)        .nin = 2, .nout = 2, .nscalar = 0, .in = {T, KB_I32}, .out = {T, KB_I64}, .reduces = 1
#define KB_LAYOUT_cmp(T, A)          .nin = 2, .nout = 1, .nscalar = 0, .in = {T, T}, .out = {KB_U8}
#define KB_LAYOUT_cmp_scalar(T, A)   .nin = 1, .nout = 1, .nscalar = 1, .in = {T}, .out = {KB_U8}
#define KB_LAYOUT_where(T, A)        .nin = 3, .nout = 1, .nscalar = 0, .in = {KB_U8, T, T}, .out = {T}
#define KB_LAYOUT_clip(T, A)         .nin = 1, .nout = 1, .nscalar = 2, .in = {T}, .out = {T}
#define KB_LAYOUT_compress(T, A)     .nin = 2, .nout = 1, .nscalar = 0, .in = {T, KB_U8}, .out = {T}
#define KB_LAYOUT_classify(T, A)     .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {KB_U8}
#define KB_LAYOUT_count(T, A)        .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {KB_I64}, .reduces = 1
#define KB_LAYOUT_copy2d(T, A)       .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {T}, .matrix = 1, .fortran_out = 1
#define KB_LAYOUT_binary2d(T, A)     .nin = 2, .nout = 1, .nscalar = 0, .in = {T, T}, .out = {T}, .matrix = 1, .fortran_in = 2
#define KB_LAYOUT_sum_axis(T, A)     .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {A}, .matrix = 1, .reduces = 1
#define KB_LAYOUT_extreme_axis(T, A) .nin = 1, .nout = 1, .nscalar = 0, .in = {T}, .out = {T}, .matrix = 1, .reduces = 1

/* What kbench passes for each role of shape_args.h: x the call's
 * struct kb_args, sh the shape, r x c the matrix, res and at a size_t
 * result and its output. */
#define KB_ARG(role, i, t)    KB_ARG_##role(i, t)
#define KB_ARG_out(i, t)      x->out[i]
#define KB_ARG_in(i, t)       x->in[i]
#define KB_ARG_res(i, t)      (at = (i), &res)
#define KB_ARG_s(i, t)        x->s[i].t
#define KB_ARG_lo(i, t)       (x->s[0].t < x->s[1].t ? x->s[0].t : x->s[1].t)
#define KB_ARG_hi(i, t)       (x->s[0].t < x->s[1].t ? x->s[1].t : x->s[0].t)
#define KB_ARG_op(i, t)       KSIMD_LT
#define KB_ARG_binop(i, t)    KSIMD_OP_ADD
#define KB_ARG_n(i, t)        n
#define KB_ARG_groups(i, t)   kb_groups
#define KB_ARG_ors(i, t)      (sh->fortran_out >> (i) & 1 ? (ptrdiff_t)1 : (ptrdiff_t)c)
#define KB_ARG_ocs(i, t)      (sh->fortran_out >> (i) & 1 ? (ptrdiff_t)r : (ptrdiff_t)1)
#define KB_ARG_irs(i, t)      (sh->fortran_in >> (i) & 1 ? (ptrdiff_t)1 : (ptrdiff_t)c)
#define KB_ARG_ics(i, t)      (sh->fortran_in >> (i) & 1 ? (ptrdiff_t)r : (ptrdiff_t)1)
#define KB_ARG_rows(i, t)     r
#define KB_ARG_cols(i, t)     c
#define KB_ARG_axis(i, t)     0
/* clang-format on */

/* kb_types of the registry's type suffixes: elements and sums. */
#define KB_T_f32 KB_F32
#define KB_T_f64 KB_F64
#define KB_T_i32 KB_I32
#define KB_T_i64 KB_I64
#define KB_T_u8 KB_U8
#define KB_A_f32 KB_F32
#define KB_A_f64 KB_F64
#define KB_A_i32 KB_I64
#define KB_A_i64 KB_I64
#define KB_A_u8 KB_I64

/* The function types of each kernel: the ksimd function and its peers. */
#define KB_TYPEDEFS_(name, R, params, public_params)                                                                   \
    typedef ksimd_status kb_lib_##name public_params;                                                                  \
    typedef void kb_peer_##name public_params;
#define KSIMD_KERNEL(name, family, shape, t) KSIMD_EXPAND(KB_TYPEDEFS_, name, shape, t)
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL

/* One adaptor and one kb_shape per kernel. The constant tests fold away
 * (sh points to a constant object): each adaptor is the plain call. */
#define KSIMD_KERNEL(k, family, shape, t)                                                                              \
    static kb_call_fn kb_call_##k;                                                                                     \
    const struct kb_shape kb_shape_##k = {                                                                             \
        .name = #shape "_" #t, KB_LAYOUT_##shape(KB_T_##t, KB_A_##t), .scalar = KB_T_##t, .call = kb_call_##k};        \
    static int kb_call_##k(kb_fn fn, int peer, const struct kb_args *x, size_t n)                                      \
    {                                                                                                                  \
        const struct kb_shape *sh = &kb_shape_##k;                                                                     \
        size_t r = 0, c = 0, res = 0;                                                                                  \
        int at = -1, st = 0;                                                                                           \
        if (sh->matrix) kb_matrix_shape(n, &r, &c);                                                                    \
        if (peer)                                                                                                      \
            ((kb_peer_##k *)fn) KSIMD_ARGS_##shape(KB_ARG, t);                                                         \
        else                                                                                                           \
            st = ((kb_lib_##k *)fn)KSIMD_ARGS_##shape(KB_ARG, t);                                                      \
        if (at >= 0 && at < sh->nout) *(int64_t *)x->out[at] = (int64_t)res;                                           \
        (void)r, (void)c, (void)res;                                                                                   \
        return st;                                                                                                     \
    }
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
