/* The status the contract predicts for a call, written from API.md and the
 * comments of include/ksimd.h, not from the implementation:
 *   - an enum outside ksimd_cmp, a zero divisor, clip bounds with lo > hi or
 *     a NaN bound: KSIMD_ERR_RANGE whatever n;
 *   - a NULL out-pointer (out, count, sums): KSIMD_ERR_NULL whatever n;
 *   - n > 0 and a NULL array: KSIMD_ERR_NULL;
 *   - min/max/argmin/argmax of n == 0: KSIMD_ERR_EMPTY;
 *   - an output sharing bytes with an input, unless both are the very same
 *     array (same start, same byte extent): KSIMD_ERR_OVERLAP; group_sum is
 *     stricter (ksimd.h): sums or counts sharing any byte with values, keys
 *     or each other;
 *   - group_sum with n > 0: a key outside [0, ngroups) is KSIMD_ERR_RANGE;
 *   - group_sum with more groups than an array of sums or counts can hold
 *     (their bytes over PTRDIFF_MAX): KSIMD_ERR_SHAPE, "size overflows".
 * When several rules are broken, any of their errors is accepted. */
#include <math.h>

#include "api_table.h"

static int share_bytes(const void *x, size_t xb, const void *y, size_t yb)
{
    if (!x || !y || xb == 0 || yb == 0) return 0;
    uintptr_t p = (uintptr_t)x, q = (uintptr_t)y;
    return p < q + yb && q < p + xb;
}

static int overlap(const struct ka_kernel *k, const struct ka_layout *l, const struct ka_call *c)
{
    for (int o = 0; o < l->narrays; o++) {
        if (!l->array[o].output) continue;
        size_t ob = ka_array_bytes(l, o, c);
        for (int i = 0; i < l->narrays; i++) {
            int other_output = l->array[i].output;
            if (i == o || (other_output && k->shape != KA_group)) continue;
            size_t ib = ka_array_bytes(l, i, c);
            if (!share_bytes(c->p[o], ob, c->p[i], ib)) continue;
            int same_array = c->p[o] == c->p[i] && ob == ib;
            if (k->shape == KA_group || !same_array) return 1;
        }
    }
    return 0;
}

static int bad_range(const struct ka_kernel *k, const struct ka_layout *l, const struct ka_call *c)
{
    int is_float = ka_elem_is_float(k->type);
    if (l->has_op && (c->op < (int)KSIMD_LT || c->op > (int)KSIMD_NE)) return 1;
    if (k->shape == KA_divisor && c->s[0].i == 0) return 1;
    if (k->shape == KA_clip) {
        if (is_float && (isnan(c->s[0].f) || isnan(c->s[1].f) || c->s[0].f > c->s[1].f)) return 1;
        if (!is_float && c->s[0].i > c->s[1].i) return 1;
    }
    if (k->shape == KA_group && c->n > 0 && c->p[3]) {
        const int32_t *keys = c->p[3];
        for (size_t i = 0; i < c->n; i++)
            if (keys[i] < 0 || (uint64_t)keys[i] >= (uint64_t)c->ngroups) return 1;
    }
    return 0;
}

static int bad_null(const struct ka_layout *l, const struct ka_call *c)
{
    for (int i = 0; i < l->narrays; i++) {
        if (c->p[i] || l->array[i].nullable) continue;
        /* Out-pointers and group sums are written whatever n is. */
        int always = l->array[i].len != KA_LEN_N;
        if (always || c->n > 0) return 1;
    }
    return 0;
}

unsigned ka_expect(const struct ka_kernel *k, const struct ka_call *c)
{
    struct ka_layout l;
    ka_layout_of(k, &l);
    unsigned errors = 0;
    if (bad_range(k, &l, c)) errors |= 1u << KSIMD_ERR_RANGE;
    if (bad_null(&l, c)) errors |= 1u << KSIMD_ERR_NULL;
    if ((k->shape == KA_extreme || k->shape == KA_index) && c->n == 0) errors |= 1u << KSIMD_ERR_EMPTY;
    if (k->shape == KA_group && c->ngroups > (size_t)PTRDIFF_MAX / sizeof(int64_t))
        errors |= 1u << KSIMD_ERR_SHAPE; /* byte extents are meaningless then */
    else if (overlap(k, &l, c))
        errors |= 1u << KSIMD_ERR_OVERLAP;
    return errors ? errors : 1u << KSIMD_OK;
}
