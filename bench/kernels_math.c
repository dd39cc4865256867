/* kbench's entries for the transcendental family: one line per kernel of
 * kernels/kernel_list.h, on the elementwise unary and binary shapes.
 *
 * Timing inputs stay where the results are finite and normal: exp in
 * [-700, 700] (f64) or [-80, 80] (f32), log in (0, 1e6], sin, cos and
 * tanh over +-[0.5, 1000), pow with bases in [0.5, 1000) and exponents in
 * [-8, 8]. Verification adds special values (NaN, inf, -0.0, denormals)
 * to these. The peers (libm in the compiler column, SLEEF's FMA functions
 * in sleef-fma) are within 1 ULP of the exact result, as ksimd is, but not
 * the same 1 ULP: they are checked within KB_MATH_ULPS. */
#include "kernels.h"

#include <ksimd.h>

#include "peers/compiler_math.h"
#include "shapes.h"

#define KB_MATH_ULPS 4

#define KB_ENTRY(k, sig)                                                                                     \
    .name = #k, .shape = &kb_##sig, .lib = (kb_fn)ksimd_##k, .compiler = (kb_fn)kbcc_##k,                    \
    .peer_ulps = KB_MATH_ULPS

const struct kb_kernel kb_math[] = {
    {KB_ENTRY(exp_f32, unary_f32), .values = {KB_VAL_EXP}},
    {KB_ENTRY(exp_f64, unary_f64), .values = {KB_VAL_EXP}},
    {KB_ENTRY(log_f32, unary_f32), .values = {KB_VAL_LOG}},
    {KB_ENTRY(log_f64, unary_f64), .values = {KB_VAL_LOG}},
    {KB_ENTRY(sin_f32, unary_f32)},
    {KB_ENTRY(sin_f64, unary_f64)},
    {KB_ENTRY(cos_f32, unary_f32)},
    {KB_ENTRY(cos_f64, unary_f64)},
    {KB_ENTRY(tanh_f32, unary_f32)},
    {KB_ENTRY(tanh_f64, unary_f64)},
    {KB_ENTRY(pow_f32, binary_f32), .values = {KB_VAL_POS, KB_VAL_EXPONENT}},
    {KB_ENTRY(pow_f64, binary_f64), .values = {KB_VAL_POS, KB_VAL_EXPONENT}},
};
const size_t kb_math_count = sizeof kb_math / sizeof kb_math[0];
