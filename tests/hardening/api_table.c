/* The public kernels as data (see api_table.h), their layouts, and the
 * generic call: one cast back to the kernel's own type per shape and type. */
#include "api_table.h"

/* Casting to void (*)(void) and back to the exact type is well defined. */
#define KA(name, shape, type)                                                                                \
    {                                                                                                        \
#name, KA_##shape, KA_##type, (ka_fn)ksimd_##name                                                    \
    }

const struct ka_kernel ka_kernels[] = {
    /* elementwise */
    KA(add_f32, BINARY, F32),
    KA(add_f64, BINARY, F64),
    KA(add_i32, BINARY, I32),
    KA(add_i64, BINARY, I64),
    KA(sub_f32, BINARY, F32),
    KA(sub_f64, BINARY, F64),
    KA(sub_i32, BINARY, I32),
    KA(sub_i64, BINARY, I64),
    KA(mul_f32, BINARY, F32),
    KA(mul_f64, BINARY, F64),
    KA(mul_i32, BINARY, I32),
    KA(mul_i64, BINARY, I64),
    KA(div_f32, BINARY, F32),
    KA(div_f64, BINARY, F64),
    KA(minimum_f32, BINARY, F32),
    KA(minimum_f64, BINARY, F64),
    KA(minimum_i32, BINARY, I32),
    KA(minimum_i64, BINARY, I64),
    KA(maximum_f32, BINARY, F32),
    KA(maximum_f64, BINARY, F64),
    KA(maximum_i32, BINARY, I32),
    KA(maximum_i64, BINARY, I64),
    KA(add_scalar_f32, SCALAR, F32),
    KA(add_scalar_f64, SCALAR, F64),
    KA(add_scalar_i32, SCALAR, I32),
    KA(add_scalar_i64, SCALAR, I64),
    KA(sub_scalar_f32, SCALAR, F32),
    KA(sub_scalar_f64, SCALAR, F64),
    KA(sub_scalar_i32, SCALAR, I32),
    KA(sub_scalar_i64, SCALAR, I64),
    KA(mul_scalar_f32, SCALAR, F32),
    KA(mul_scalar_f64, SCALAR, F64),
    KA(mul_scalar_i32, SCALAR, I32),
    KA(mul_scalar_i64, SCALAR, I64),
    KA(div_scalar_f32, SCALAR, F32),
    KA(div_scalar_f64, SCALAR, F64),
    KA(floordiv_scalar_i32, DIVISOR, I32),
    KA(floordiv_scalar_i64, DIVISOR, I64),
    KA(mod_scalar_i32, DIVISOR, I32),
    KA(mod_scalar_i64, DIVISOR, I64),
    KA(axpb_f32, AXPB, F32),
    KA(axpb_f64, AXPB, F64),
    KA(axpb_i32, AXPB, I32),
    KA(axpb_i64, AXPB, I64),
    KA(fma_f32, TERNARY, F32),
    KA(fma_f64, TERNARY, F64),
    KA(neg_f32, UNARY, F32),
    KA(neg_f64, UNARY, F64),
    KA(neg_i32, UNARY, I32),
    KA(neg_i64, UNARY, I64),
    KA(abs_f32, UNARY, F32),
    KA(abs_f64, UNARY, F64),
    KA(abs_i32, UNARY, I32),
    KA(abs_i64, UNARY, I64),
    KA(square_f32, UNARY, F32),
    KA(square_f64, UNARY, F64),
    KA(square_i32, UNARY, I32),
    KA(square_i64, UNARY, I64),
    KA(sqrt_f32, UNARY, F32),
    KA(sqrt_f64, UNARY, F64),
    KA(floor_f32, UNARY, F32),
    KA(floor_f64, UNARY, F64),
    KA(ceil_f32, UNARY, F32),
    KA(ceil_f64, UNARY, F64),
    KA(rint_f32, UNARY, F32),
    KA(rint_f64, UNARY, F64),
    /* transcendental */
    KA(exp_f32, UNARY, F32),
    KA(exp_f64, UNARY, F64),
    KA(log_f32, UNARY, F32),
    KA(log_f64, UNARY, F64),
    KA(sin_f32, UNARY, F32),
    KA(sin_f64, UNARY, F64),
    KA(cos_f32, UNARY, F32),
    KA(cos_f64, UNARY, F64),
    KA(tanh_f32, UNARY, F32),
    KA(tanh_f64, UNARY, F64),
    KA(pow_f32, BINARY, F32),
    KA(pow_f64, BINARY, F64),
    /* reductions */
    KA(sum_f32, SUM, F32),
    KA(sum_f64, SUM, F64),
    KA(sum_i32, SUM, I32),
    KA(sum_i64, SUM, I64),
    KA(dot_f32, DOT, F32),
    KA(dot_f64, DOT, F64),
    KA(min_f32, EXTREME, F32),
    KA(min_f64, EXTREME, F64),
    KA(min_i32, EXTREME, I32),
    KA(min_i64, EXTREME, I64),
    KA(max_f32, EXTREME, F32),
    KA(max_f64, EXTREME, F64),
    KA(max_i32, EXTREME, I32),
    KA(max_i64, EXTREME, I64),
    KA(argmin_f32, INDEX, F32),
    KA(argmin_f64, INDEX, F64),
    KA(argmin_i32, INDEX, I32),
    KA(argmin_i64, INDEX, I64),
    KA(argmax_f32, INDEX, F32),
    KA(argmax_f64, INDEX, F64),
    KA(argmax_i32, INDEX, I32),
    KA(argmax_i64, INDEX, I64),
    KA(group_sum_f32, GROUP, F32),
    KA(group_sum_f64, GROUP, F64),
    KA(group_sum_i64, GROUP, I64),
    /* masked conditionals */
    KA(cmp_f32, CMP, F32),
    KA(cmp_f64, CMP, F64),
    KA(cmp_i32, CMP, I32),
    KA(cmp_i64, CMP, I64),
    KA(cmp_scalar_f32, CMP_SCALAR, F32),
    KA(cmp_scalar_f64, CMP_SCALAR, F64),
    KA(cmp_scalar_i32, CMP_SCALAR, I32),
    KA(cmp_scalar_i64, CMP_SCALAR, I64),
    KA(where_f32, WHERE, F32),
    KA(where_f64, WHERE, F64),
    KA(where_i32, WHERE, I32),
    KA(where_i64, WHERE, I64),
    KA(clip_f32, CLIP, F32),
    KA(clip_f64, CLIP, F64),
    KA(clip_i32, CLIP, I32),
    KA(clip_i64, CLIP, I64),
    KA(compress_f32, COMPRESS, F32),
    KA(compress_f64, COMPRESS, F64),
    KA(compress_i32, COMPRESS, I32),
    KA(compress_i64, COMPRESS, I64),
    KA(isnan_f32, ISNAN, F32),
    KA(isnan_f64, ISNAN, F64),
    KA(mask_and, MASK_BINARY, U8),
    KA(mask_or, MASK_BINARY, U8),
    KA(mask_xor, MASK_BINARY, U8),
    KA(mask_not, MASK_UNARY, U8),
    KA(count_u8, COUNT, U8),
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
    case KA_UNARY:
    case KA_BINARY:
    case KA_TERNARY:
    case KA_MASK_BINARY:
    case KA_MASK_UNARY:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "a", t, KA_LEN_N, 0);
        if (k->shape == KA_BINARY || k->shape == KA_TERNARY || k->shape == KA_MASK_BINARY)
            add(l, "b", t, KA_LEN_N, 0);
        if (k->shape == KA_TERNARY) add(l, "c", t, KA_LEN_N, 0);
        break;
    case KA_SCALAR:
    case KA_DIVISOR:
    case KA_AXPB:
    case KA_CLIP:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "a", t, KA_LEN_N, 0);
        l->nscalars = k->shape == KA_AXPB || k->shape == KA_CLIP ? 2 : 1;
        break;
    case KA_SUM:
    case KA_DOT:
    case KA_EXTREME:
    case KA_INDEX:
        add(l, "out",
            k->shape == KA_INDEX     ? KA_SIZE
            : k->shape == KA_EXTREME ? t
                                     : result_elem(t),
            KA_LEN_ONE, 1);
        add(l, "a", t, KA_LEN_N, 0);
        if (k->shape == KA_DOT) add(l, "b", t, KA_LEN_N, 0);
        break;
    case KA_GROUP:
        add(l, "sums", result_elem(t), KA_LEN_GROUPS, 1);
        add(l, "counts", KA_I64, KA_LEN_GROUPS, 1);
        l->array[1].nullable = 1;
        add(l, "values", t, KA_LEN_N, 0);
        add(l, "keys", KA_I32, KA_LEN_N, 0);
        break;
    case KA_CMP:
    case KA_CMP_SCALAR:
    case KA_ISNAN:
        add(l, "mask", KA_U8, KA_LEN_N, 1);
        add(l, "a", t, KA_LEN_N, 0);
        if (k->shape == KA_CMP) add(l, "b", t, KA_LEN_N, 0);
        l->nscalars = k->shape == KA_CMP_SCALAR;
        l->has_op = k->shape != KA_ISNAN;
        break;
    case KA_WHERE:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "mask", KA_U8, KA_LEN_N, 0);
        add(l, "a", t, KA_LEN_N, 0);
        add(l, "b", t, KA_LEN_N, 0);
        break;
    case KA_COMPRESS:
        add(l, "dst", t, KA_LEN_N, 1);
        add(l, "count", KA_SIZE, KA_LEN_ONE, 1);
        add(l, "a", t, KA_LEN_N, 0);
        add(l, "mask", KA_U8, KA_LEN_N, 0);
        break;
    case KA_COUNT:
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

/* CALL(type, args...): casts fn back to the kernel's own type and calls it. */
#define CALL(type, ...) ((type)k->fn)(__VA_ARGS__)

static ksimd_status invoke_f32(const struct ka_kernel *k, const struct ka_call *c)
{
    void *const *p = c->p;
    float s0 = (float)c->s[0].f, s1 = (float)c->s[1].f;
    ksimd_cmp op = (ksimd_cmp)c->op;
    switch (k->shape) {
    case KA_UNARY:
        return CALL(ksimd_status(*)(float *, const float *, size_t), p[0], p[1], c->n);
    case KA_BINARY:
        return CALL(ksimd_status(*)(float *, const float *, const float *, size_t), p[0], p[1], p[2], c->n);
    case KA_TERNARY:
        return CALL(ksimd_status(*)(float *, const float *, const float *, const float *, size_t), p[0], p[1],
                    p[2], p[3], c->n);
    case KA_SCALAR:
    case KA_DIVISOR:
        return CALL(ksimd_status(*)(float *, const float *, float, size_t), p[0], p[1], s0, c->n);
    case KA_AXPB:
    case KA_CLIP:
        return CALL(ksimd_status(*)(float *, const float *, float, float, size_t), p[0], p[1], s0, s1, c->n);
    case KA_SUM:
    case KA_EXTREME:
        return CALL(ksimd_status(*)(const float *, size_t, float *), p[1], c->n, p[0]);
    case KA_DOT:
        return CALL(ksimd_status(*)(const float *, const float *, size_t, float *), p[1], p[2], c->n, p[0]);
    case KA_INDEX:
        return CALL(ksimd_status(*)(const float *, size_t, size_t *), p[1], c->n, p[0]);
    case KA_GROUP:
        return CALL(ksimd_status(*)(float *, int64_t *, const float *, const int32_t *, size_t, size_t), p[0],
                    p[1], p[2], p[3], c->n, c->ngroups);
    case KA_CMP:
        return CALL(ksimd_status(*)(uint8_t *, const float *, const float *, ksimd_cmp, size_t), p[0], p[1],
                    p[2], op, c->n);
    case KA_CMP_SCALAR:
        return CALL(ksimd_status(*)(uint8_t *, const float *, float, ksimd_cmp, size_t), p[0], p[1], s0, op,
                    c->n);
    case KA_WHERE:
        return CALL(ksimd_status(*)(float *, const uint8_t *, const float *, const float *, size_t), p[0],
                    p[1], p[2], p[3], c->n);
    case KA_COMPRESS:
        return CALL(ksimd_status(*)(float *, const float *, const uint8_t *, size_t, size_t *), p[0], p[2],
                    p[3], c->n, p[1]);
    case KA_ISNAN:
        return CALL(ksimd_status(*)(uint8_t *, const float *, size_t), p[0], p[1], c->n);
    default:
        return (ksimd_status)-1;
    }
}

static ksimd_status invoke_f64(const struct ka_kernel *k, const struct ka_call *c)
{
    void *const *p = c->p;
    double s0 = c->s[0].f, s1 = c->s[1].f;
    ksimd_cmp op = (ksimd_cmp)c->op;
    switch (k->shape) {
    case KA_UNARY:
        return CALL(ksimd_status(*)(double *, const double *, size_t), p[0], p[1], c->n);
    case KA_BINARY:
        return CALL(ksimd_status(*)(double *, const double *, const double *, size_t), p[0], p[1], p[2],
                    c->n);
    case KA_TERNARY:
        return CALL(ksimd_status(*)(double *, const double *, const double *, const double *, size_t), p[0],
                    p[1], p[2], p[3], c->n);
    case KA_SCALAR:
    case KA_DIVISOR:
        return CALL(ksimd_status(*)(double *, const double *, double, size_t), p[0], p[1], s0, c->n);
    case KA_AXPB:
    case KA_CLIP:
        return CALL(ksimd_status(*)(double *, const double *, double, double, size_t), p[0], p[1], s0, s1,
                    c->n);
    case KA_SUM:
    case KA_EXTREME:
        return CALL(ksimd_status(*)(const double *, size_t, double *), p[1], c->n, p[0]);
    case KA_DOT:
        return CALL(ksimd_status(*)(const double *, const double *, size_t, double *), p[1], p[2], c->n,
                    p[0]);
    case KA_INDEX:
        return CALL(ksimd_status(*)(const double *, size_t, size_t *), p[1], c->n, p[0]);
    case KA_GROUP:
        return CALL(ksimd_status(*)(double *, int64_t *, const double *, const int32_t *, size_t, size_t),
                    p[0], p[1], p[2], p[3], c->n, c->ngroups);
    case KA_CMP:
        return CALL(ksimd_status(*)(uint8_t *, const double *, const double *, ksimd_cmp, size_t), p[0], p[1],
                    p[2], op, c->n);
    case KA_CMP_SCALAR:
        return CALL(ksimd_status(*)(uint8_t *, const double *, double, ksimd_cmp, size_t), p[0], p[1], s0, op,
                    c->n);
    case KA_WHERE:
        return CALL(ksimd_status(*)(double *, const uint8_t *, const double *, const double *, size_t), p[0],
                    p[1], p[2], p[3], c->n);
    case KA_COMPRESS:
        return CALL(ksimd_status(*)(double *, const double *, const uint8_t *, size_t, size_t *), p[0], p[2],
                    p[3], c->n, p[1]);
    case KA_ISNAN:
        return CALL(ksimd_status(*)(uint8_t *, const double *, size_t), p[0], p[1], c->n);
    default:
        return (ksimd_status)-1;
    }
}

static ksimd_status invoke_i32(const struct ka_kernel *k, const struct ka_call *c)
{
    void *const *p = c->p;
    int32_t s0 = (int32_t)c->s[0].i, s1 = (int32_t)c->s[1].i;
    ksimd_cmp op = (ksimd_cmp)c->op;
    switch (k->shape) {
    case KA_UNARY:
        return CALL(ksimd_status(*)(int32_t *, const int32_t *, size_t), p[0], p[1], c->n);
    case KA_BINARY:
        return CALL(ksimd_status(*)(int32_t *, const int32_t *, const int32_t *, size_t), p[0], p[1], p[2],
                    c->n);
    case KA_SCALAR:
    case KA_DIVISOR:
        return CALL(ksimd_status(*)(int32_t *, const int32_t *, int32_t, size_t), p[0], p[1], s0, c->n);
    case KA_AXPB:
    case KA_CLIP:
        return CALL(ksimd_status(*)(int32_t *, const int32_t *, int32_t, int32_t, size_t), p[0], p[1], s0, s1,
                    c->n);
    case KA_SUM:
        return CALL(ksimd_status(*)(const int32_t *, size_t, int64_t *), p[1], c->n, p[0]);
    case KA_EXTREME:
        return CALL(ksimd_status(*)(const int32_t *, size_t, int32_t *), p[1], c->n, p[0]);
    case KA_INDEX:
        return CALL(ksimd_status(*)(const int32_t *, size_t, size_t *), p[1], c->n, p[0]);
    case KA_CMP:
        return CALL(ksimd_status(*)(uint8_t *, const int32_t *, const int32_t *, ksimd_cmp, size_t), p[0],
                    p[1], p[2], op, c->n);
    case KA_CMP_SCALAR:
        return CALL(ksimd_status(*)(uint8_t *, const int32_t *, int32_t, ksimd_cmp, size_t), p[0], p[1], s0,
                    op, c->n);
    case KA_WHERE:
        return CALL(ksimd_status(*)(int32_t *, const uint8_t *, const int32_t *, const int32_t *, size_t),
                    p[0], p[1], p[2], p[3], c->n);
    case KA_COMPRESS:
        return CALL(ksimd_status(*)(int32_t *, const int32_t *, const uint8_t *, size_t, size_t *), p[0],
                    p[2], p[3], c->n, p[1]);
    default:
        return (ksimd_status)-1;
    }
}

static ksimd_status invoke_i64(const struct ka_kernel *k, const struct ka_call *c)
{
    void *const *p = c->p;
    int64_t s0 = c->s[0].i, s1 = c->s[1].i;
    ksimd_cmp op = (ksimd_cmp)c->op;
    switch (k->shape) {
    case KA_UNARY:
        return CALL(ksimd_status(*)(int64_t *, const int64_t *, size_t), p[0], p[1], c->n);
    case KA_BINARY:
        return CALL(ksimd_status(*)(int64_t *, const int64_t *, const int64_t *, size_t), p[0], p[1], p[2],
                    c->n);
    case KA_SCALAR:
    case KA_DIVISOR:
        return CALL(ksimd_status(*)(int64_t *, const int64_t *, int64_t, size_t), p[0], p[1], s0, c->n);
    case KA_AXPB:
    case KA_CLIP:
        return CALL(ksimd_status(*)(int64_t *, const int64_t *, int64_t, int64_t, size_t), p[0], p[1], s0, s1,
                    c->n);
    case KA_SUM:
    case KA_EXTREME:
        return CALL(ksimd_status(*)(const int64_t *, size_t, int64_t *), p[1], c->n, p[0]);
    case KA_INDEX:
        return CALL(ksimd_status(*)(const int64_t *, size_t, size_t *), p[1], c->n, p[0]);
    case KA_GROUP:
        return CALL(ksimd_status(*)(int64_t *, int64_t *, const int64_t *, const int32_t *, size_t, size_t),
                    p[0], p[1], p[2], p[3], c->n, c->ngroups);
    case KA_CMP:
        return CALL(ksimd_status(*)(uint8_t *, const int64_t *, const int64_t *, ksimd_cmp, size_t), p[0],
                    p[1], p[2], op, c->n);
    case KA_CMP_SCALAR:
        return CALL(ksimd_status(*)(uint8_t *, const int64_t *, int64_t, ksimd_cmp, size_t), p[0], p[1], s0,
                    op, c->n);
    case KA_WHERE:
        return CALL(ksimd_status(*)(int64_t *, const uint8_t *, const int64_t *, const int64_t *, size_t),
                    p[0], p[1], p[2], p[3], c->n);
    case KA_COMPRESS:
        return CALL(ksimd_status(*)(int64_t *, const int64_t *, const uint8_t *, size_t, size_t *), p[0],
                    p[2], p[3], c->n, p[1]);
    default:
        return (ksimd_status)-1;
    }
}

static ksimd_status invoke_u8(const struct ka_kernel *k, const struct ka_call *c)
{
    void *const *p = c->p;
    switch (k->shape) {
    case KA_MASK_BINARY:
        return CALL(ksimd_status(*)(uint8_t *, const uint8_t *, const uint8_t *, size_t), p[0], p[1], p[2],
                    c->n);
    case KA_MASK_UNARY:
        return CALL(ksimd_status(*)(uint8_t *, const uint8_t *, size_t), p[0], p[1], c->n);
    case KA_COUNT:
        return CALL(ksimd_status(*)(const uint8_t *, size_t, size_t *), p[1], c->n, p[0]);
    default:
        return (ksimd_status)-1;
    }
}

ksimd_status ka_invoke(const struct ka_kernel *k, const struct ka_call *c)
{
    switch (k->type) {
    case KA_F32:
        return invoke_f32(k, c);
    case KA_F64:
        return invoke_f64(k, c);
    case KA_I32:
        return invoke_i32(k, c);
    case KA_I64:
        return invoke_i64(k, c);
    case KA_U8:
        return invoke_u8(k, c);
    case KA_SIZE:
        break;
    }
    return (ksimd_status)-1; /* a table entry whose shape and type do not go together */
}
