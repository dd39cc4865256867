/* The public expression entry points: compile (parse, type, lower; the only
 * place that allocates), and eval, which validates like every kernel entry
 * point and then runs the active table's expr_eval, on this thread or split
 * across the pool. Baseline flags only. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "dispatch.h"
#include "expr_parse.h"
#include "parts.h"
#include "validate.h"

struct ksimd_expr {
    struct kx_prog p;
    int family;    /* the split sizes it takes: transcendental or not */
    int whole_sum; /* a float sum: one thread, the canonical order in one run */
};

static void error_none(ksimd_expr_error *err, const char *msg)
{
    if (!err) return;
    err->pos = 0;
    strncpy(err->msg, msg, sizeof err->msg - 1);
    err->msg[sizeof err->msg - 1] = 0;
}

/* The front end runs once: parse and type, lower, all errors through
 * ctx->fail. Apart from the two allocations, nothing to undo on error. */
static ksimd_status compile(struct kx_ctx *c, struct ksimd_expr *e)
{
    if (setjmp(c->fail)) return c->status;
    kx_parse(c);
    kx_lower(c, &e->p);
    return KSIMD_OK;
}

ksimd_status ksimd_expr_compile(ksimd_expr **out, const char *text, const char *const *names, const ksimd_dtype *types,
                                size_t nvars, ksimd_expr_error *err)
{
    error_none(err, "");
    if (!out || !text || (nvars && (!names || !types))) {
        if (out) *out = NULL;
        error_none(err, "a NULL argument");
        return KSIMD_ERR_NULL;
    }
    *out = NULL;
    /* Not zeroed whole: the node and instruction arrays are written before
     * they are read, and zeroing them would be most of a compile's time. */
    struct kx_ctx *c = malloc(sizeof *c);
    struct ksimd_expr *e = malloc(sizeof *e);
    if (!c || !e) {
        free(c), free(e);
        error_none(err, "out of memory");
        return KSIMD_ERR_NOMEM;
    }
    memset(c, 0, offsetof(struct kx_ctx, node));
    memset(e, 0, offsetof(struct ksimd_expr, p.consts));
    c->text = text;
    while (c->len <= KX_MAX_TEXT && text[c->len]) c->len++; /* no further: the text may be huge */
    c->names = names, c->types = types, c->nvars = nvars, c->err = err;
    ksimd_status st = compile(c, e);
    free(c);
    if (st != KSIMD_OK) {
        free(e);
        return st;
    }
    e->family = kx_math_op(&e->p) ? KSIMD_SPLIT_MATH : KSIMD_SPLIT_STREAM;
    e->whole_sum = e->p.reduce == KX_SUM && (e->p.type == KSIMD_DT_F32 || e->p.type == KSIMD_DT_F64);
    *out = e;
    return KSIMD_OK;
}

void ksimd_expr_free(ksimd_expr *e) { free(e); }

ksimd_dtype ksimd_expr_dtype(const ksimd_expr *e) { return e ? (ksimd_dtype)e->p.out_type : KSIMD_DT_BOOL; }

int ksimd_expr_reduces(const ksimd_expr *e) { return e && e->p.reduce != KX_ELEMENTWISE; }

/* Every pointer there, and dst sharing no byte with an input unless it is
 * that very array with the result's type (in place). */
static ksimd_status check_eval(const struct kx_prog *p, const void *dst, size_t dsize, const void *const *in, size_t n)
{
    if (p->nvars && !in) return KSIMD_ERR_NULL;
    for (unsigned v = 0; v < p->nvars; v++)
        if (!in[v]) return KSIMD_ERR_NULL;
    uintptr_t de = p->reduce == KX_ELEMENTWISE ? ksimd_extent(n, dsize) : dsize;
    for (unsigned v = 0; v < p->nvars; v++) {
        uintptr_t ie = ksimd_extent(n, kx_type_size(p->var_type[v]));
        int in_place = p->reduce == KX_ELEMENTWISE && dst == in[v] && p->var_type[v] == p->type;
        if (!in_place && shares_bytes(dst, de, in[v], ie)) return KSIMD_ERR_OVERLAP;
    }
    return KSIMD_OK;
}

/* The min or max of the parts' results by the table's own kernel, as
 * split.h combines a split min_T/max_T: the same IEEE 754-2019 rules. */
#define KX_PARTS_EXTREME(T_, kt)                                                                                       \
    do {                                                                                                               \
        T_ v_[KSIMD_MAX_PARTS];                                                                                        \
        for (size_t i_ = 0; i_ < np; i_++) v_[i_] = part[i_].kt;                                                       \
        r.kt = max ? t->max_##kt(v_, np) : t->min_##kt(v_, np);                                                        \
    } while (0)
static union kx_const extreme_of_parts(const struct ksimd_table *t, int type, int max, const union kx_const *part,
                                       size_t np)
{
    union kx_const r;
    switch (type) {
    case KSIMD_DT_I32:
        KX_PARTS_EXTREME(int32_t, i32);
        break;
    case KSIMD_DT_I64:
        KX_PARTS_EXTREME(int64_t, i64);
        break;
    case KSIMD_DT_F32:
        KX_PARTS_EXTREME(float, f32);
        break;
    default:
        KX_PARTS_EXTREME(double, f64);
    }
    return r;
}

struct expr_job {
    const struct kx_prog *p;
    const void *const *in;
    void *dst;
    size_t n;
    union kx_const part[KSIMD_MAX_PARTS];
};

static void expr_part(const void *ctx, const struct ksimd_table *t, size_t i, size_t np)
{
    struct expr_job *j = (struct expr_job *)ctx;
    size_t lo, hi;
    ksimd_part_range(j->n, i, np, &lo, &hi);
    if (lo >= hi) return;
    const void *in[KX_MAX_VARS];
    for (unsigned v = 0; v < j->p->nvars; v++) in[v] = (const char *)j->in[v] + lo * kx_type_size(j->p->var_type[v]);
    struct kx_run r = {j->p, in, NULL, hi - lo, j->n, {0}};
    if (j->p->reduce == KX_ELEMENTWISE) r.dst = (char *)j->dst + lo * kx_type_size(j->p->type);
    t->expr_eval(&r);
    j->part[i] = r.acc;
}

static union kx_const run_split(const struct ksimd_expr *e, void *dst, const void *const *in, size_t n)
{
    const struct kx_prog *p = &e->p;
    const struct ksimd_table *t = ksimd_kernels();
    struct expr_job j = {.p = p, .in = in, .dst = dst, .n = n};
    /* every part is non-empty: ksimd_nparts gives no more parts than blocks */
    size_t np = ksimd_nparts(n, atomic_load_explicit(&ksimd_split_min[e->family], memory_order_relaxed) / 2);
    ksimd_parallel(expr_part, &j, t, np);
    if (p->reduce == KX_MINR || p->reduce == KX_MAXR)
        return extreme_of_parts(t, p->type, p->reduce == KX_MAXR, j.part, np);
    union kx_const acc = j.part[0];
    for (size_t i = 1; p->reduce == KX_SUM && i < np; i++)
        acc.i64 = (int64_t)((uint64_t)acc.i64 + (uint64_t)j.part[i].i64);
    return acc;
}

ksimd_status ksimd_expr_eval(const ksimd_expr *e, void *dst, const void *const *inputs, size_t n)
{
    if (!e) return KSIMD_ERR_NULL;
    const struct kx_prog *p = &e->p;
    const int reduces = p->reduce != KX_ELEMENTWISE;
    const size_t dsize = kx_type_size(ksimd_expr_dtype(e));
    if (!dst && (n || reduces)) return KSIMD_ERR_NULL;
    union kx_const acc;
    memset(&acc, 0, sizeof acc);
    if (n == 0) {
        if (!reduces) return KSIMD_OK;
        if (p->reduce != KX_SUM) return KSIMD_ERR_EMPTY;
        memcpy(dst, &acc, dsize); /* +0.0 or 0, as ksimd_sum_T */
        return KSIMD_OK;
    }
    ksimd_status st = check_eval(p, dst, dsize, inputs, n);
    if (st != KSIMD_OK) return st;
    if (!e->whole_sum && n >= atomic_load_explicit(&ksimd_split_min[e->family], memory_order_relaxed)) {
        acc = run_split(e, dst, inputs, n);
    } else {
        struct kx_run r = {p, inputs, dst, n, n, {0}};
        ksimd_kernels()->expr_eval(&r);
        acc = r.acc;
    }
    if (reduces) memcpy(dst, &acc, dsize);
    return KSIMD_OK;
}
