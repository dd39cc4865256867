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

#include "bench/shape_args.h"
#include "kernels/shape_list.h"

enum { ROWS = 3, COLS = 4, ELEMS = ROWS * COLS, BYTES = ELEMS * 8 + 64 };
enum kind { COPY, BINARY, AXIS_SUM, AXIS_EXTREME };

struct call2 {
    void *dst; /* dst, or out for the axis reductions */
    const void *a, *b;
    ptrdiff_t drs, dcs, ars, acs, brs, bcs;
    size_t rows, cols;
    int op, axis;
};

struct k2 {
    const char *name;
    enum kind kind;
    enum ka_elem type;
    ksimd_status (*call)(const struct call2 *c); /* ksimd_<name> with c's arguments */
};

/* The strided 2-D kernels of the registry, each called with the argument
 * order of its shape (bench/shape_args.h): view 0 is a, view 1 is b. */
/* clang-format off */
#define K2_ARG(role, i, t)  K2_ARG_##role(i)
#define K2_ARG_out(i)       c->dst
#define K2_ARG_ors(i)       c->drs
#define K2_ARG_ocs(i)       c->dcs
#define K2_ARG_in(i)        ((i) ? c->b : c->a)
#define K2_ARG_irs(i)       ((i) ? c->brs : c->ars)
#define K2_ARG_ics(i)       ((i) ? c->bcs : c->acs)
#define K2_ARG_binop(i)     (ksimd_binop)c->op
#define K2_ARG_rows(i)      c->rows
#define K2_ARG_cols(i)      c->cols
#define K2_ARG_axis(i)      c->axis
/* clang-format on */
#define K2_KIND_copy2d COPY
#define K2_KIND_binary2d BINARY
#define K2_KIND_sum_axis AXIS_SUM
#define K2_KIND_extreme_axis AXIS_EXTREME
#define K2_TYPE_f32 KA_F32
#define K2_TYPE_f64 KA_F64
#define K2_TYPE_i32 KA_I32
#define K2_TYPE_i64 KA_I64
#define K2_ONLY_elementwise(x)
#define K2_ONLY_masked(x)
#define K2_ONLY_reduce(x)
#define K2_ONLY_math(x)
#define K2_ONLY_strided2d(x) x

#define K2_CALL_(k, shape, t)                                                                                          \
    static ksimd_status call_##k(const struct call2 *c) { return ksimd_##k KSIMD_ARGS_##shape(K2_ARG, t); }
#define KSIMD_KERNEL(k, family, shape, t) K2_ONLY_##family(K2_CALL_(k, shape, t))
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL

#define K2_ROW_(k, shape, t) {#k, K2_KIND_##shape, K2_TYPE_##t, call_##k},
static const struct k2 kernels_2d[] = {
#define KSIMD_KERNEL(k, family, shape, t) K2_ONLY_##family(K2_ROW_(k, shape, t))
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
};
enum { NKERNELS = sizeof kernels_2d / sizeof *kernels_2d };

static ksimd_status invoke(const struct k2 *k, const struct call2 *c) { return k->call(c); }

/* Three pattern-filled blocks (dst/out, a, b) and their snapshot, aligned
 * for every element type: 32-bit ARM has 8-byte int64_t and double, and
 * NEON's 64-bit loads fault below that (BYTES is a multiple of 8). */
struct mem2 {
    _Alignas(8) unsigned char block[3][BYTES];
    unsigned char copy[3][BYTES];
};

static void valid_call(const struct k2 *k, struct mem2 *m, struct call2 *c)
{
    for (int b = 0; b < 3; b++)
        for (int i = 0; i < BYTES; i++) m->block[b][i] = (unsigned char)(0x5A ^ (i * 13 + b));
    /* Integer patterns stay integers; float patterns are some bit patterns:
     * validation must not care. */
    *c = (struct call2){m->block[0], m->block[1], m->block[2], COLS, 1, COLS, 1, COLS, 1, ROWS, COLS, KSIMD_OP_ADD, 0};
    (void)k;
}

static void expect2(struct ks_report *r, const struct k2 *k, struct mem2 *m, const struct call2 *c, ksimd_status want,
                    const char *what)
{
    memcpy(m->copy, m->block, sizeof m->block);
    ksimd_status got = invoke(k, c);
    ks_check(r, got == want, "%s %s: status %d (%s), expected %d (%s)", k->name, what, (int)got, ksimd_strerror(got),
             (int)want, ksimd_strerror(want));
    ks_check(r, memcmp(m->copy, m->block, sizeof m->block) == 0, "%s %s: memory changed on an error", k->name, what);
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
    /* rows*cols fits size_t, its bytes do not: 65535 x 65535 at 32 bits. */
    size_t side = ((size_t)1 << (sizeof(size_t) * 4)) - 1;
    valid_call(k, &m, &c), c.rows = c.cols = side, c.ars = c.drs = c.brs = (ptrdiff_t)side;
    expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "rows*cols fits, its bytes do not");
#if SIZE_MAX == UINT32_MAX
    /* What a 32-bit program meets first: a 40000 x 40000 matrix is 1.6e9
     * elements, 6.4 GB of f32. */
    valid_call(k, &m, &c), c.rows = c.cols = 40000, c.ars = c.drs = c.brs = 40000;
    expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "40000 x 40000 on a 32-bit target");
#endif
    /* A view whose end wraps around the address space. */
    valid_call(k, &m, &c), c.a = (const void *)(UINTPTR_MAX - 15);
    expect2(r, k, &m, &c, KSIMD_ERR_SHAPE, "a wraps around the address space");
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
