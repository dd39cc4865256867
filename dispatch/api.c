/* Every public kernel entry point, expanded from the registry
 * (kernels/kernel_list.h): ksimd_<name> with its shape's public parameters
 * (kernels/shape_list.h) validates its arguments once, then calls the
 * active table's kernel. Kernels never validate, and void kernels are not
 * called for an empty input (the arrays may then be NULL, and NULL + 0 is
 * undefined in C). Below is one line per shape: what it checks (validate.h,
 * validate2d.h) and how it calls. Baseline flags only. */
#include "dispatch.h"
#include "validate.h"
#include "validate2d.h"

/* The one statement of every entry point: nothing is called, and nothing
 * written, unless the arguments passed. */
#define KSIMD_RUN(check, call)                                                                                         \
    do {                                                                                                               \
        ksimd_status st_ = (check);                                                                                    \
        if (st_ == KSIMD_OK) {                                                                                         \
            call;                                                                                                      \
        }                                                                                                              \
        return st_;                                                                                                    \
    } while (0)

#define K(name) ksimd_kernels()->name
#define KSIMD_IS_FLOAT(x) _Generic((x), float : 1, double : 1, default : 0)

/* clang-format off */
#define KSIMD_ENTRY_unary(name, R, kp, pp)    ksimd_status ksimd_##name pp { KSIMD_RUN(ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), if (n) K(name)(dst, a, n)); }
#define KSIMD_ENTRY_binary(name, R, kp, pp)   ksimd_status ksimd_##name pp { KSIMD_RUN(ksimd_check_map(dst, a, b, dst, n, sizeof *dst), if (n) K(name)(dst, a, b, n)); }
#define KSIMD_ENTRY_scalar(name, R, kp, pp)   ksimd_status ksimd_##name pp { KSIMD_RUN(ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), if (n) K(name)(dst, a, s, n)); }
#define KSIMD_ENTRY_divisor(name, R, kp, pp)  ksimd_status ksimd_##name pp { KSIMD_RUN(d == 0 ? KSIMD_ERR_RANGE : ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), if (n) K(name)(dst, a, d, n)); }
#define KSIMD_ENTRY_axpb(name, R, kp, pp)     ksimd_status ksimd_##name pp { KSIMD_RUN(ksimd_check_map(dst, x, dst, dst, n, sizeof *dst), if (n) K(name)(dst, x, a, b, n)); }
#define KSIMD_ENTRY_ternary(name, R, kp, pp)  ksimd_status ksimd_##name pp { KSIMD_RUN(ksimd_check_map(dst, a, b, c, n, sizeof *dst), if (n) K(name)(dst, a, b, c, n)); }

#define KSIMD_ENTRY_sum(name, R, kp, pp)      ksimd_status ksimd_##name pp { KSIMD_RUN(check_reduce(out, sizeof *out, a, a, n, sizeof *a, 0), *out = K(name)(a, n)); }
#define KSIMD_ENTRY_dot(name, R, kp, pp)      ksimd_status ksimd_##name pp { KSIMD_RUN(check_reduce(out, sizeof *out, a, b, n, sizeof *a, 0), *out = K(name)(a, b, n)); }
#define KSIMD_ENTRY_extreme(name, R, kp, pp)  ksimd_status ksimd_##name pp { KSIMD_RUN(check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1), *out = K(name)(a, n)); }
#define KSIMD_ENTRY_index(name, R, kp, pp)    ksimd_status ksimd_##name pp { KSIMD_RUN(check_reduce(out, sizeof *out, a, a, n, sizeof *a, 1), *out = K(name)(a, n)); }
#define KSIMD_ENTRY_group(name, R, kp, pp)    ksimd_status ksimd_##name pp { KSIMD_RUN(check_group(sums, sizeof *sums, counts, values, sizeof *values, keys, n, ngroups), K(name)(sums, counts, values, keys, n, ngroups)); }

#define KSIMD_ENTRY_cmp(name, R, kp, pp)        ksimd_status ksimd_##name pp { KSIMD_RUN(check_cmp(mask, a, b, sizeof *a, op, n), if (n) K(name)(mask, a, b, op, n)); }
#define KSIMD_ENTRY_cmp_scalar(name, R, kp, pp) ksimd_status ksimd_##name pp { KSIMD_RUN(check_cmp(mask, a, a, sizeof *a, op, n), if (n) K(name)(mask, a, s, op, n)); }
#define KSIMD_ENTRY_where(name, R, kp, pp)      ksimd_status ksimd_##name pp { KSIMD_RUN(check_where(dst, mask, a, b, n, sizeof *dst), if (n) K(name)(dst, mask, a, b, n)); }
/* !(lo <= hi) also catches a NaN bound. */
#define KSIMD_ENTRY_clip(name, R, kp, pp)       ksimd_status ksimd_##name pp { KSIMD_RUN(!(lo <= hi) ? KSIMD_ERR_RANGE : ksimd_check_map(dst, a, dst, dst, n, sizeof *dst), if (n) K(name)(dst, a, lo, hi, n)); }
#define KSIMD_ENTRY_compress(name, R, kp, pp)   ksimd_status ksimd_##name pp { KSIMD_RUN(check_compress(dst, a, mask, n, sizeof *dst, count), *count = n ? K(name)(dst, a, mask, n) : 0); }
#define KSIMD_ENTRY_classify(name, R, kp, pp)   ksimd_status ksimd_##name pp { KSIMD_RUN(n ? check_out_in2(mask, 1, a, a, sizeof *a, n) : KSIMD_OK, if (n) K(name)(mask, a, n)); }
#define KSIMD_ENTRY_count(name, R, kp, pp)      ksimd_status ksimd_##name pp { KSIMD_RUN(check_count(mask, n, out), *out = n ? K(name)(mask, n) : 0); }

#define KSIMD_ENTRY_copy2d(name, R, kp, pp)       ksimd_status ksimd_##name pp { KSIMD_RUN(check_copy(sizeof *dst, dst, drs, dcs, src, srs, scs, rows, cols), K(name)(dst, drs, dcs, src, srs, scs, rows, cols)); }
#define KSIMD_ENTRY_binary2d(name, R, kp, pp)     ksimd_status ksimd_##name pp { KSIMD_RUN(check_binary(op, KSIMD_IS_FLOAT(*dst), sizeof *dst, dst, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols), K(name)(op, dst, drs, dcs, a, ars, acs, b, brs, bcs, rows, cols)); }
#define KSIMD_ENTRY_sum_axis(name, R, kp, pp)     ksimd_status ksimd_##name pp { KSIMD_RUN(check_axis(out, sizeof *out, a, sizeof *a, rows, cols, rs, cs, axis, 0), K(name)(out, a, rows, cols, rs, cs, axis)); }
#define KSIMD_ENTRY_extreme_axis(name, R, kp, pp) ksimd_status ksimd_##name pp { KSIMD_RUN(check_axis(out, sizeof *out, a, sizeof *a, rows, cols, rs, cs, axis, 1), K(name)(out, a, rows, cols, rs, cs, axis)); }
/* clang-format on */

#define KSIMD_KERNEL(name, family, shape, t) KSIMD_EXPAND(KSIMD_ENTRY_##shape, name, shape, t)
#include "../kernels/kernel_list.h"
#undef KSIMD_KERNEL
