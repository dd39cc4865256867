/* kbench's entries for the elementwise family: one line per kernel of
 * kernels/kernel_list.h. KB_ENTRY(name, shape) fills the name, the shape,
 * the public ksimd_<name> and the compiler loop kbcc_<name>; .values (per
 * input, default KB_VAL_ANY) and .scalar complete the entries that need them. */
#include "kernels.h"

#include <ksimd.h>

#include "peers/compiler.h"
#include "shapes.h"

#define KB_ENTRY(k, sig) .name = #k, .shape = &kb_##sig, .lib = (kb_fn)ksimd_##k, .compiler = (kb_fn)kbcc_##k

const struct kb_kernel kb_elementwise[] = {
    {KB_ENTRY(add_f32, binary_f32)},
    {KB_ENTRY(add_f64, binary_f64)},
    {KB_ENTRY(add_i32, binary_i32)},
    {KB_ENTRY(add_i64, binary_i64)},
    {KB_ENTRY(sub_f32, binary_f32)},
    {KB_ENTRY(sub_f64, binary_f64)},
    {KB_ENTRY(sub_i32, binary_i32)},
    {KB_ENTRY(sub_i64, binary_i64)},
    {KB_ENTRY(mul_f32, binary_f32)},
    {KB_ENTRY(mul_f64, binary_f64)},
    {KB_ENTRY(mul_i32, binary_i32)},
    {KB_ENTRY(mul_i64, binary_i64)},
    {KB_ENTRY(div_f32, binary_f32)}, /* |b| >= 0.5: no division by zero */
    {KB_ENTRY(div_f64, binary_f64)},
    {KB_ENTRY(minimum_f32, binary_f32)},
    {KB_ENTRY(minimum_f64, binary_f64)},
    {KB_ENTRY(minimum_i32, binary_i32)},
    {KB_ENTRY(minimum_i64, binary_i64)},
    {KB_ENTRY(maximum_f32, binary_f32)},
    {KB_ENTRY(maximum_f64, binary_f64)},
    {KB_ENTRY(maximum_i32, binary_i32)},
    {KB_ENTRY(maximum_i64, binary_i64)},

    {KB_ENTRY(add_scalar_f32, scalar_f32), .scalar = {1.5}},
    {KB_ENTRY(add_scalar_f64, scalar_f64), .scalar = {1.5}},
    {KB_ENTRY(add_scalar_i32, scalar_i32), .scalar = {3}},
    {KB_ENTRY(add_scalar_i64, scalar_i64), .scalar = {3}},
    {KB_ENTRY(sub_scalar_f32, scalar_f32), .scalar = {1.5}},
    {KB_ENTRY(sub_scalar_f64, scalar_f64), .scalar = {1.5}},
    {KB_ENTRY(sub_scalar_i32, scalar_i32), .scalar = {3}},
    {KB_ENTRY(sub_scalar_i64, scalar_i64), .scalar = {3}},
    {KB_ENTRY(mul_scalar_f32, scalar_f32), .scalar = {1.25}},
    {KB_ENTRY(mul_scalar_f64, scalar_f64), .scalar = {1.25}},
    {KB_ENTRY(mul_scalar_i32, scalar_i32), .scalar = {3}},
    {KB_ENTRY(mul_scalar_i64, scalar_i64), .scalar = {3}},
    {KB_ENTRY(div_scalar_f32, scalar_f32), .scalar = {3}},
    {KB_ENTRY(div_scalar_f64, scalar_f64), .scalar = {3}},
    {KB_ENTRY(floordiv_scalar_i32, scalar_i32), .scalar = {7}},
    {KB_ENTRY(floordiv_scalar_i64, scalar_i64), .scalar = {7}},
    {KB_ENTRY(mod_scalar_i32, scalar_i32), .scalar = {7}},
    {KB_ENTRY(mod_scalar_i64, scalar_i64), .scalar = {7}},
    {KB_ENTRY(axpb_f32, axpb_f32), .scalar = {2, 5}}, /* the article's x*2 + 5 */
    {KB_ENTRY(axpb_f64, axpb_f64), .scalar = {2, 5}},
    {KB_ENTRY(axpb_i32, axpb_i32), .scalar = {2, 5}},
    {KB_ENTRY(axpb_i64, axpb_i64), .scalar = {2, 5}},
    {KB_ENTRY(fma_f32, ternary_f32)},
    {KB_ENTRY(fma_f64, ternary_f64)},

    {KB_ENTRY(neg_f32, unary_f32)},
    {KB_ENTRY(neg_f64, unary_f64)},
    {KB_ENTRY(neg_i32, unary_i32)},
    {KB_ENTRY(neg_i64, unary_i64)},
    {KB_ENTRY(abs_f32, unary_f32)},
    {KB_ENTRY(abs_f64, unary_f64)},
    {KB_ENTRY(abs_i32, unary_i32)},
    {KB_ENTRY(abs_i64, unary_i64)},
    {KB_ENTRY(square_f32, unary_f32)},
    {KB_ENTRY(square_f64, unary_f64)},
    {KB_ENTRY(square_i32, unary_i32)},
    {KB_ENTRY(square_i64, unary_i64)},
    {KB_ENTRY(sqrt_f32, unary_f32), .values = {KB_VAL_POS}},
    {KB_ENTRY(sqrt_f64, unary_f64), .values = {KB_VAL_POS}},
    {KB_ENTRY(floor_f32, unary_f32)},
    {KB_ENTRY(floor_f64, unary_f64)},
    {KB_ENTRY(ceil_f32, unary_f32)},
    {KB_ENTRY(ceil_f64, unary_f64)},
    {KB_ENTRY(rint_f32, unary_f32)},
    {KB_ENTRY(rint_f64, unary_f64)},
};
const size_t kb_elementwise_count = sizeof kb_elementwise / sizeof kb_elementwise[0];
