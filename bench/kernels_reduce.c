/* kbench's entries for the reduction family: one line per kernel of
 * kernels/kernel_list.h; the shapes (shapes.c) write the result, an index
 * or the KB_GROUPS group sums to out[0], where --verify compares it.
 *
 * The tables must agree with the scalar table bit for bit, float sums
 * included (ksimd's canonical order). The compiler loops are natural C
 * (peers/compiler_reduce.c): their float sums add in another order, so
 * they are checked within KB_SUM_ULPS, and their min/max/arg* loops treat
 * NaN and -0.0 their own way, so every peer here is checked on finite
 * inputs. group_sum runs over KB_GROUPS (16) groups, keys uniform. */
#include "kernels.h"

#include <ksimd.h>

#include "peers/compiler_reduce.h"
#include "shapes.h"

/* Float sums of kbench's 1027 verification values in index order (or
 * reordered by -ffast-math) against ksimd's order: a few hundred units in
 * the last place apart at most; 4096 leaves room without hiding a wrong
 * element (one of them moves the sum by far more). */
#define KB_SUM_ULPS 4096

#define KB_ENTRY(k, sig)                                                                                     \
    .name = #k, .shape = &kb_##sig, .lib = (kb_fn)ksimd_##k, .compiler = (kb_fn)kbcc_##k, .peer_finite = 1,  \
    .reduces = 1

const struct kb_kernel kb_reduce[] = {
    {KB_ENTRY(sum_f32, reduce_f32), .peer_ulps = KB_SUM_ULPS},
    {KB_ENTRY(sum_f64, reduce_f64), .peer_ulps = KB_SUM_ULPS},
    {KB_ENTRY(sum_i32, reduce_i32)},
    {KB_ENTRY(sum_i64, reduce_i64)},
    {KB_ENTRY(dot_f32, dot_f32), .peer_ulps = KB_SUM_ULPS},
    {KB_ENTRY(dot_f64, dot_f64), .peer_ulps = KB_SUM_ULPS},
    {KB_ENTRY(min_f32, extreme_f32)},
    {KB_ENTRY(min_f64, extreme_f64)},
    {KB_ENTRY(min_i32, extreme_i32)},
    {KB_ENTRY(min_i64, extreme_i64)},
    {KB_ENTRY(max_f32, extreme_f32)},
    {KB_ENTRY(max_f64, extreme_f64)},
    {KB_ENTRY(max_i32, extreme_i32)},
    {KB_ENTRY(max_i64, extreme_i64)},
    {KB_ENTRY(argmin_f32, index_f32)},
    {KB_ENTRY(argmin_f64, index_f64)},
    {KB_ENTRY(argmin_i32, index_i32)},
    {KB_ENTRY(argmin_i64, index_i64)},
    {KB_ENTRY(argmax_f32, index_f32)},
    {KB_ENTRY(argmax_f64, index_f64)},
    {KB_ENTRY(argmax_i32, index_i32)},
    {KB_ENTRY(argmax_i64, index_i64)},
    {KB_ENTRY(group_sum_f32, group_f32), .values = {KB_VAL_ANY, KB_VAL_KEY16}, .peer_ulps = KB_SUM_ULPS},
    {KB_ENTRY(group_sum_f64, group_f64), .values = {KB_VAL_ANY, KB_VAL_KEY16}, .peer_ulps = KB_SUM_ULPS},
    {KB_ENTRY(group_sum_i64, group_i64), .values = {KB_VAL_ANY, KB_VAL_KEY16}},
};
const size_t kb_reduce_count = sizeof kb_reduce / sizeof kb_reduce[0];
