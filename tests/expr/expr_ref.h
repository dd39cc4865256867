/* The reference for generated expressions: walks the generator's tree and
 * does each operation on its own with the contract's kernels (ksimd_add_f64,
 * ksimd_cmp_scalar_i32, ksimd_pow_f32, ksimd_sum_f64, ksimd_count_u8, ...)
 * over materialised temporaries, converting by C casts, with array // and %
 * done element by element in Python's floor semantics. What the contract
 * says a fused evaluation must equal, bit for bit. */
#ifndef KSIMD_EXPR_REF_H
#define KSIMD_EXPR_REF_H

#include <stddef.h>

#include "expr_gen.h"

/* Bytes per element of a dtype (bool: 1). */
size_t er_size(ksimd_dtype t);

/* Evaluates e over inputs[i] (n elements of e->types[i]) into out (n
 * elements of e->dtype, or one when e reduces). Returns what eval must
 * return: KSIMD_OK, or KSIMD_ERR_EMPTY for min/max of nothing (out then
 * untouched). Any other status means the reference itself failed (a kernel
 * refused its arguments, or out of memory); why then says which step. */
ksimd_status er_eval(const struct eg_expr *e, const void *const *inputs, size_t n, void *out, char *why,
                     size_t why_size);

#endif
