/* The bad-input cases of the strided 2-D traversals (copy2d, binary2d,
 * sum/min/max_axis), for ksimd-bad-input: NULL with a non-empty shape, an op
 * outside ksimd_binop or DIV on integers, an axis other than 0 or 1, a zero
 * output stride with extent > 1, rows*cols or a view's byte extent that
 * overflows, min/max over an empty axis, and an output sharing bytes with an
 * input. Each must return its error with no byte of any array changed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_table.h"
#include "bad_input_2d.h"

enum { ROWS = 3, COLS = 4, ELEMS = ROWS * COLS, BYTES = ELEMS * 8 + 64 };
enum kind { COPY, BINARY, AXIS_SUM, AXIS_EXTREME };

struct k2 {
    const char *name;
    enum kind kind;
    enum ka_elem type;
    ka_fn fn;
};

#define K2(name, kind, type)                                                                                 \
    {                                                                                                        \
#name, kind, KA_##type, (ka_fn)ksimd_##name                                                          \
    }
static const struct k2 kernels_2d[] = {
    K2(copy2d_f32, COPY, F32),           K2(copy2d_f64, COPY, F64),
    K2(copy2d_i32, COPY, I32),           K2(copy2d_i64, COPY, I64),
    K2(binary2d_f32, BINARY, F32),       K2(binary2d_f64, BINARY, F64),
    K2(binary2d_i32, BINARY, I32),       K2(binary2d_i64, BINARY, I64),
    K2(sum_axis_f32, AXIS_SUM, F32),     K2(sum_axis_f64, AXIS_SUM, F64),
    K2(sum_axis_i32, AXIS_SUM, I32),     K2(sum_axis_i64, AXIS_SUM, I64),
    K2(min_axis_f32, AXIS_EXTREME, F32), K2(min_axis_f64, AXIS_EXTREME, F64),
    K2(min_axis_i32, AXIS_EXTREME, I32), K2(min_axis_i64, AXIS_EXTREME, I64),
    K2(max_axis_f32, AXIS_EXTREME, F32), K2(max_axis_f64, AXIS_EXTREME, F64),
    K2(max_axis_i32, AXIS_EXTREME, I32), K2(max_axis_i64, AXIS_EXTREME, I64),
};
enum { NKERNELS = sizeof kernels_2d / sizeof *kernels_2d };

struct call2 {
    void *dst; /* dst, or out for the axis reductions */
    const void *a, *b;
    ptrdiff_t drs, dcs, ars, acs, brs, bcs;
    size_t rows, cols;
    int op, axis;
};

/* Casts fn back to its type; one line per kind and type. */
#define CALL(type, ...) ((type)k->fn)(__VA_ARGS__)
#define VIEW(T) T *, ptrdiff_t, ptrdiff_t
#define CVIEW(T) const T *, ptrdiff_t, ptrdiff_t
static ksimd_status invoke(const struct k2 *k, const struct call2 *c)
{
    ksimd_binop op = (ksimd_binop)c->op;
    size_t r = c->rows, n = c->cols;
    switch (k->kind * 4 + (int)k->type) {
    case COPY * 4 + KA_F32:
        return CALL(ksimd_status(*)(VIEW(float), CVIEW(float), size_t, size_t), c->dst, c->drs, c->dcs, c->a,
                    c->ars, c->acs, r, n);
    case COPY * 4 + KA_F64:
        return CALL(ksimd_status(*)(VIEW(double), CVIEW(double), size_t, size_t), c->dst, c->drs, c->dcs,
                    c->a, c->ars, c->acs, r, n);
    case COPY * 4 + KA_I32:
        return CALL(ksimd_status(*)(VIEW(int32_t), CVIEW(int32_t), size_t, size_t), c->dst, c->drs, c->dcs,
                    c->a, c->ars, c->acs, r, n);
    case COPY * 4 + KA_I64:
        return CALL(ksimd_status(*)(VIEW(int64_t), CVIEW(int64_t), size_t, size_t), c->dst, c->drs, c->dcs,
                    c->a, c->ars, c->acs, r, n);
    case BINARY * 4 + KA_F32:
        return CALL(ksimd_status(*)(ksimd_binop, VIEW(float), CVIEW(float), CVIEW(float), size_t, size_t), op,
                    c->dst, c->drs, c->dcs, c->a, c->ars, c->acs, c->b, c->brs, c->bcs, r, n);
    case BINARY * 4 + KA_F64:
        return CALL(ksimd_status(*)(ksimd_binop, VIEW(double), CVIEW(double), CVIEW(double), size_t, size_t),
                    op, c->dst, c->drs, c->dcs, c->a, c->ars, c->acs, c->b, c->brs, c->bcs, r, n);
    case BINARY * 4 + KA_I32:
        return CALL(
            ksimd_status(*)(ksimd_binop, VIEW(int32_t), CVIEW(int32_t), CVIEW(int32_t), size_t, size_t), op,
            c->dst, c->drs, c->dcs, c->a, c->ars, c->acs, c->b, c->brs, c->bcs, r, n);
    case BINARY * 4 + KA_I64:
        return CALL(
            ksimd_status(*)(ksimd_binop, VIEW(int64_t), CVIEW(int64_t), CVIEW(int64_t), size_t, size_t), op,
            c->dst, c->drs, c->dcs, c->a, c->ars, c->acs, c->b, c->brs, c->bcs, r, n);
    case AXIS_SUM * 4 + KA_F32:
    case AXIS_EXTREME * 4 + KA_F32:
        return CALL(ksimd_status(*)(float *, const float *, size_t, size_t, ptrdiff_t, ptrdiff_t, int),
                    c->dst, c->a, r, n, c->ars, c->acs, c->axis);
    case AXIS_SUM * 4 + KA_F64:
    case AXIS_EXTREME * 4 + KA_F64:
        return CALL(ksimd_status(*)(double *, const double *, size_t, size_t, ptrdiff_t, ptrdiff_t, int),
                    c->dst, c->a, r, n, c->ars, c->acs, c->axis);
    case AXIS_SUM * 4 + KA_I32:
        return CALL(ksimd_status(*)(int64_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int),
                    c->dst, c->a, r, n, c->ars, c->acs, c->axis);
    case AXIS_EXTREME * 4 + KA_I32:
        return CALL(ksimd_status(*)(int32_t *, const int32_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int),
                    c->dst, c->a, r, n, c->ars, c->acs, c->axis);
    case AXIS_SUM * 4 + KA_I64:
    case AXIS_EXTREME * 4 + KA_I64:
        return CALL(ksimd_status(*)(int64_t *, const int64_t *, size_t, size_t, ptrdiff_t, ptrdiff_t, int),
                    c->dst, c->a, r, n, c->ars, c->acs, c->axis);
    }
    return (ksimd_status)-1;
}

/* Three pattern-filled blocks (dst/out, a, b) and their snapshot. */
struct mem2 {
    unsigned char block[3][BYTES], copy[3][BYTES];
};

static void valid_call(const struct k2 *k, struct mem2 *m, struct call2 *c)
{
    for (int b = 0; b < 3; b++)
        for (int i = 0; i < BYTES; i++) m->block[b][i] = (unsigned char)(0x5A ^ (i * 13 + b));
    /* Integer patterns stay integers; float patterns are some bit patterns:
     * validation must not care. */
    *c = (struct call2){m->block[0], m->block[1], m->block[2], COLS,         1, COLS, 1, COLS,
                        1,           ROWS,        COLS,        KSIMD_OP_ADD, 0};
    (void)k;
}

static void expect2(struct ks_report *r, const struct k2 *k, struct mem2 *m, const struct call2 *c,
                    ksimd_status want, const char *what)
{
    memcpy(m->copy, m->block, sizeof m->block);
    ksimd_status got = invoke(k, c);
    ks_check(r, got == want, "%s %s: status %d (%s), expected %d (%s)", k->name, what, (int)got,
             ksimd_strerror(got), (int)want, ksimd_strerror(want));
    ks_check(r, memcmp(m->copy, m->block, sizeof m->block) == 0, "%s %s: memory changed on an error", k->name,
             what);
}

static void check_one(struct ks_report *r, const struct k2 *k)
{
    static struct mem2 m;
    struct call2 c;
    int is_int = k->type == KA_I32 || k->type == KA_I64;
    int is_axis = k->kind == AXIS_SUM || k->kind == AXIS_EXTREME;

    valid_call(k, &m, &c);
    ksimd_status st = invoke(k, &c);
    ks_check(r, st == KSIMD_OK, "%s: the valid call gives %d", k->name, (int)st);

    valid_call(k, &m, &c), c.dst = NULL;
    expect2(r, k, &m, &c, KSIMD_ERR_NULL, is_axis ? "out NULL" : "dst NULL");
    valid_call(k, &m, &c), c.a = NULL;
    expect2(r, k, &m, &c, KSIMD_ERR_NULL, "a NULL");
    if (k->kind == BINARY) {
        valid_call(k, &m, &c), c.b = NULL;
        expect2(r, k, &m, &c, KSIMD_ERR_NULL, "b NULL");
        const int bad_ops[] = {-1, KSIMD_OP_MAX + 1, 1000};
        for (int i = 0; i < 3; i++)
            for (size_t rows = 0; rows <= ROWS; rows += ROWS) {
                valid_call(k, &m, &c), c.op = bad_ops[i], c.rows = rows;
                expect2(r, k, &m, &c, KSIMD_ERR_RANGE, rows ? "op outside ksimd_binop" : "bad op, rows == 0");
            }
        if (is_int) {
            valid_call(k, &m, &c), c.op = KSIMD_OP_DIV;
            expect2(r, k, &m, &c, KSIMD_ERR_RANGE, "KSIMD_OP_DIV on integers");
        }
    }
    if (is_axis) {
        const int bad_axes[] = {-1, 2, 100};
        for (int i = 0; i < 3; i++) {
            valid_call(k, &m, &c), c.axis = bad_axes[i];
            expect2(r, k, &m, &c, KSIMD_ERR_RANGE, "axis not 0 or 1");
        }
        if (k->kind == AXIS_EXTREME) {
            valid_call(k, &m, &c), c.rows = 0; /* axis 0 over no rows, out has COLS entries */
            expect2(r, k, &m, &c, KSIMD_ERR_EMPTY, "axis 0 over zero rows");
            valid_call(k, &m, &c), c.cols = 0, c.axis = 1, c.acs = 1, c.ars = 1;
            expect2(r, k, &m, &c, KSIMD_ERR_EMPTY, "axis 1 over zero cols");
        }
        valid_call(k, &m, &c), c.dst = m.block[1] + 8; /* out inside the view */
        expect2(r, k, &m, &c, KSIMD_ERR_OVERLAP, "out inside a");
    } else {
        valid_call(k, &m, &c), c.drs = 0;
        expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "dst row stride 0 with rows > 1");
        valid_call(k, &m, &c), c.dcs = 0;
        expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "dst col stride 0 with cols > 1");
        valid_call(k, &m, &c), c.dst = m.block[1] + 8; /* dst one or two elements into a */
        expect2(r, k, &m, &c, KSIMD_ERR_OVERLAP, "dst inside a");
        if (k->kind == BINARY) {
            valid_call(k, &m, &c), c.dst = m.block[2] + 8;
            expect2(r, k, &m, &c, KSIMD_ERR_OVERLAP, "dst inside b");
        }
    }
    valid_call(k, &m, &c), c.rows = SIZE_MAX / 2, c.cols = 4, c.ars = c.drs = c.brs = 4;
    expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "rows*cols overflows");
    valid_call(k, &m, &c), c.ars = PTRDIFF_MAX / 2;
    expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "a's byte extent overflows");
    valid_call(k, &m, &c), c.acs = PTRDIFF_MIN / 2;
    expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "a's negative byte extent overflows");
}

void ks_bad_input_2d(struct ks_report *r)
{
    for (int i = 0; i < NKERNELS; i++) check_one(r, &kernels_2d[i]);
}

int ks_bad_input_2d_known(const char *name)
{
    for (int i = 0; i < NKERNELS; i++)
        if (strcmp(kernels_2d[i].name, name) == 0) return 1;
    return 0;
}

size_t ks_bad_input_2d_count(void) { return NKERNELS; }
