/* The argument list of every shape's public call (kernels/shape_list.h),
 * for the code that calls any kernel through one generic path: kbench's
 * adaptors (bench/shapes.c) and the hardening tests
 * (tests/hardening/api_table.c, bad_input_2d.c). Each shape is one macro
 *
 *   KSIMD_ARGS_<shape>(X, t) -> (X(role, i, t), ...)
 *
 * with one X per public parameter, in order: role says what the parameter
 * is, i which one of that role, t is the registry's type suffix (f32, ...),
 * passed on so that X can type a scalar. The roles:
 *
 *   out, in   output and input array i (for a 2-D view, its data pointer)
 *   res       a size_t result written through a pointer (output i)
 *   s         scalar i, of the element type; lo, hi: clip's bounds
 *   op        the ksimd_cmp of cmp and cmp_scalar; binop: binary2d's op
 *   n         the element count; groups: group_sum's number of groups
 *   ors, ocs  the output view's row and column strides (2-D)
 *   irs, ics  input view i's row and column strides (2-D)
 *   rows, cols, axis  the 2-D shape and the reduced axis
 *
 * Each consumer maps the roles onto its own argument struct with
 * #define X(role, i, t) MY_##role(i, t). Which arrays it allocates, which
 * values the scalars take and where a res goes stay each consumer's own:
 * kbench times realistic calls, the hardening tests build invalid ones.
 * Adding a shape is one line here. */
#ifndef KSIMD_SHAPE_ARGS_H
#define KSIMD_SHAPE_ARGS_H

/* clang-format off */
/* elementwise */
#define KSIMD_ARGS_unary(X, t)   (X(out, 0, t), X(in, 0, t), X(n, 0, t))
#define KSIMD_ARGS_binary(X, t)  (X(out, 0, t), X(in, 0, t), X(in, 1, t), X(n, 0, t))
#define KSIMD_ARGS_scalar(X, t)  (X(out, 0, t), X(in, 0, t), X(s, 0, t), X(n, 0, t))
#define KSIMD_ARGS_divisor(X, t) (X(out, 0, t), X(in, 0, t), X(s, 0, t), X(n, 0, t))
#define KSIMD_ARGS_axpb(X, t)    (X(out, 0, t), X(in, 0, t), X(s, 0, t), X(s, 1, t), X(n, 0, t))
#define KSIMD_ARGS_ternary(X, t) (X(out, 0, t), X(in, 0, t), X(in, 1, t), X(in, 2, t), X(n, 0, t))

/* reductions */
#define KSIMD_ARGS_sum(X, t)     (X(in, 0, t), X(n, 0, t), X(out, 0, t))
#define KSIMD_ARGS_dot(X, t)     (X(in, 0, t), X(in, 1, t), X(n, 0, t), X(out, 0, t))
#define KSIMD_ARGS_extreme(X, t) (X(in, 0, t), X(n, 0, t), X(out, 0, t))
#define KSIMD_ARGS_index(X, t)   (X(in, 0, t), X(n, 0, t), X(res, 0, t))
#define KSIMD_ARGS_group(X, t)   (X(out, 0, t), X(out, 1, t), X(in, 0, t), X(in, 1, t), X(n, 0, t), X(groups, 0, t))

/* masked conditionals */
#define KSIMD_ARGS_cmp(X, t)        (X(out, 0, t), X(in, 0, t), X(in, 1, t), X(op, 0, t), X(n, 0, t))
#define KSIMD_ARGS_cmp_scalar(X, t) (X(out, 0, t), X(in, 0, t), X(s, 0, t), X(op, 0, t), X(n, 0, t))
#define KSIMD_ARGS_where(X, t)      (X(out, 0, t), X(in, 0, t), X(in, 1, t), X(in, 2, t), X(n, 0, t))
#define KSIMD_ARGS_clip(X, t)       (X(out, 0, t), X(in, 0, t), X(lo, 0, t), X(hi, 1, t), X(n, 0, t))
#define KSIMD_ARGS_compress(X, t)   (X(out, 0, t), X(in, 0, t), X(in, 1, t), X(n, 0, t), X(res, 1, t))
#define KSIMD_ARGS_classify(X, t)   (X(out, 0, t), X(in, 0, t), X(n, 0, t))
#define KSIMD_ARGS_count(X, t)      (X(in, 0, t), X(n, 0, t), X(res, 0, t))

/* strided 2-D */
#define KSIMD_ARGS_copy2d(X, t)       (X(out, 0, t), X(ors, 0, t), X(ocs, 0, t), X(in, 0, t), X(irs, 0, t), X(ics, 0, t), X(rows, 0, t), X(cols, 0, t))
#define KSIMD_ARGS_binary2d(X, t)     (X(binop, 0, t), X(out, 0, t), X(ors, 0, t), X(ocs, 0, t), X(in, 0, t), X(irs, 0, t), X(ics, 0, t), X(in, 1, t), X(irs, 1, t), X(ics, 1, t), X(rows, 0, t), X(cols, 0, t))
#define KSIMD_ARGS_sum_axis(X, t)     (X(out, 0, t), X(in, 0, t), X(rows, 0, t), X(cols, 0, t), X(irs, 0, t), X(ics, 0, t), X(axis, 0, t))
#define KSIMD_ARGS_extreme_axis(X, t) (X(out, 0, t), X(in, 0, t), X(rows, 0, t), X(cols, 0, t), X(irs, 0, t), X(ics, 0, t), X(axis, 0, t))
/* clang-format on */

#endif
