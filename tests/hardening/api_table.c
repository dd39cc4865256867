/* The public kernels as data (see api_table.h), expanded from the
 * registry, their layouts, and the generic call. */
#include "api_table.h"

#include <stdlib.h>
#include <string.h>

#include "bench/shape_args.h"
#include "kernels/shape_list.h"

/* What the table passes for each role of shape_args.h: c the call (its
 * p[] holds the outputs, then the inputs in), scalars converted to the
 * kernel's type. */
/* clang-format off */
#define KA_ARG(role, i, t)  KA_ARG_##role(i, t)
#define KA_ARG_out(i, t)    c->p[i]
#define KA_ARG_res(i, t)    c->p[i]
#define KA_ARG_in(i, t)     in[i]
#define KA_ARG_s(i, t)      KA_SCALAR_##t(c->s[i])
#define KA_ARG_lo(i, t)     KA_SCALAR_##t(c->s[i])
#define KA_ARG_hi(i, t)     KA_SCALAR_##t(c->s[i])
#define KA_ARG_op(i, t)     (ksimd_cmp)c->op
#define KA_ARG_n(i, t)      c->n
#define KA_ARG_groups(i, t) c->ngroups
#define KA_SCALAR_f32(v)    (float)(v).f
#define KA_SCALAR_f64(v)    (v).f
#define KA_SCALAR_i32(v)    (int32_t)(v).i
#define KA_SCALAR_i64(v)    (v).i
/* clang-format on */
#define KA_ELEM_f32 KA_F32
#define KA_ELEM_f64 KA_F64
#define KA_ELEM_i32 KA_I32
#define KA_ELEM_i64 KA_I64
#define KA_ELEM_u8 KA_U8

/* The strided 2-D family has views, not arrays of n: bad_input_2d.c. */
#define KA_1D_elementwise(x) x
#define KA_1D_masked(x) x
#define KA_1D_reduce(x) x
#define KA_1D_math(x) x
#define KA_1D_strided2d(x)

#define KA_CALL_(k, shape, t)                                                                                          \
    static ksimd_status ka_call_##k(const struct ka_call *c, void *const *in)                                          \
    {                                                                                                                  \
        (void)in;                                                                                                      \
        return ksimd_##k KSIMD_ARGS_##shape(KA_ARG, t);                                                                \
    }
#define KSIMD_KERNEL(k, family, shape, t) KA_1D_##family(KA_CALL_(k, shape, t))
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL

#define KA_ROW_(k, shape, t) {#k, KA_##shape, KA_ELEM_##t, ka_call_##k},
const struct ka_kernel ka_kernels[] = {
#define KSIMD_KERNEL(k, family, shape, t) KA_1D_##family(KA_ROW_(k, shape, t))
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
};
const size_t ka_kernel_count = sizeof ka_kernels / sizeof *ka_kernels;

size_t ka_elem_size(enum ka_elem e)
{
    static const size_t size[] = {
        [KA_F32] = 4, [KA_F64] = 8, [KA_I32] = 4, [KA_I64] = 8, [KA_U8] = 1, [KA_SIZE] = sizeof(size_t)};
    return size[e];
}

int ka_elem_is_float(enum ka_elem e) { return e == KA_F32 || e == KA_F64; }

/* Reductions of i32 and i64 give int64_t; floats keep their type. */
static enum ka_elem result_elem(enum ka_elem t) { return t == KA_I32 ? KA_I64 : t; }

static void add(struct ka_layout *l, const char *name, enum ka_elem e, enum ka_extent len, int output)
{
    struct ka_array a = {name, e, len, (unsigned char)output, 0};
    l->array[l->narrays++] = a;
}

void ka_layout_of(const struct ka_kernel *k, struct ka_layout *l)
{
    enum ka_elem t = k->type;
    *l = (struct ka_layout){0};
    switch (k->shape) {
    case KA_unary:
    case KA_binary:
    case KA_ternary:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "a", t, KA_LEN_N, 0);
        if (k->shape == KA_binary || k->shape == KA_ternary) add(l, "b", t, KA_LEN_N, 0);
        if (k->shape == KA_ternary) add(l, "c", t, KA_LEN_N, 0);
        break;
    case KA_scalar:
    case KA_divisor:
    case KA_axpb:
    case KA_clip:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "a", t, KA_LEN_N, 0);
        l->nscalars = k->shape == KA_axpb || k->shape == KA_clip ? 2 : 1;
        break;
    case KA_sum:
    case KA_dot:
    case KA_extreme:
    case KA_index:
        add(l, "out", k->shape == KA_index ? KA_SIZE : k->shape == KA_extreme ? t : result_elem(t), KA_LEN_ONE, 1);
        add(l, "a", t, KA_LEN_N, 0);
        if (k->shape == KA_dot) add(l, "b", t, KA_LEN_N, 0);
        break;
    case KA_group:
        add(l, "sums", result_elem(t), KA_LEN_GROUPS, 1);
        add(l, "counts", KA_I64, KA_LEN_GROUPS, 1);
        l->array[1].nullable = 1;
        add(l, "values", t, KA_LEN_N, 0);
        add(l, "keys", KA_I32, KA_LEN_N, 0);
        break;
    case KA_cmp:
    case KA_cmp_scalar:
    case KA_classify:
        add(l, "mask", KA_U8, KA_LEN_N, 1);
        add(l, "a", t, KA_LEN_N, 0);
        if (k->shape == KA_cmp) add(l, "b", t, KA_LEN_N, 0);
        l->nscalars = k->shape == KA_cmp_scalar;
        l->has_op = k->shape != KA_classify;
        break;
    case KA_where:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "mask", KA_U8, KA_LEN_N, 0);
        add(l, "a", t, KA_LEN_N, 0);
        add(l, "b", t, KA_LEN_N, 0);
        break;
    case KA_compress:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "count", KA_SIZE, KA_LEN_ONE, 1);
        add(l, "a", t, KA_LEN_N, 0);
        add(l, "mask", KA_U8, KA_LEN_N, 0);
        break;
    case KA_count:
        add(l, "out", KA_SIZE, KA_LEN_ONE, 1);
        add(l, "mask", KA_U8, KA_LEN_N, 0);
        break;
    }
}

size_t ka_array_len(const struct ka_layout *l, int i, const struct ka_call *c)
{
    switch (l->array[i].len) {
    case KA_LEN_N:
        return c->n;
    case KA_LEN_GROUPS:
        return c->ngroups;
    case KA_LEN_ONE:
        return 1;
    }
    return 0;
}

size_t ka_array_bytes(const struct ka_layout *l, int i, const struct ka_call *c)
{
    return ka_array_len(l, i, c) * ka_elem_size(l->array[i].elem);
}

/* ---- the generic call ------------------------------------------------------ */

ksimd_status ka_invoke(const struct ka_kernel *k, const struct ka_call *c)
{
    struct ka_layout l;
    ka_layout_of(k, &l);
    int nout = 0;
    while (nout < l.narrays && l.array[nout].output) nout++;
    return k->call(c, c->p + nout);
}

unsigned char *ka_arena_block(struct ka_arena *ar, size_t bytes)
{
    int b = ar->nblocks++;
    ar->bytes[b] = bytes;
    ar->block[b] = malloc(bytes ? bytes : 1);
    ar->copy[b] = malloc(bytes ? bytes : 1);
    return ar->block[b] && ar->copy[b] ? ar->block[b] : NULL;
}

void ka_arena_snapshot(struct ka_arena *ar)
{
    for (int b = 0; b < ar->nblocks; b++) memcpy(ar->copy[b], ar->block[b], ar->bytes[b]);
}

void ka_arena_free(struct ka_arena *ar)
{
    for (int b = 0; b < ar->nblocks; b++) free(ar->block[b]), free(ar->copy[b]);
    ar->nblocks = 0;
}
