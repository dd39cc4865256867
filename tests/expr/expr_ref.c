/* The one-kernel-at-a-time reference (expr_ref.h). Each node's operands are
 * converted to the node's type (weak literals by a C cast of the literal,
 * arrays by a C cast per element), then one kernel call makes the node's
 * temporary. Literals go to the scalar kernels where the contract has one
 * for that position (x + 3, x // 7, x < 2.5, clip), as the compiler does;
 * elsewhere (3 - x, where's arms, minimum) they are materialised. */
#include <fenv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr_ref.h"

union scalar {
    int32_t i32;
    int64_t i64;
    float f32;
    double f64;
};

/* A node's value: an array of n elements of a dtype (owned: a temporary to
 * free; not owned: an input), or a weak literal. */
struct val {
    enum eg_type type;
    void *p;
    int owned;
    int64_t ival;
    double fval;
};

struct ref {
    const struct eg_expr *e;
    const void *const *inputs;
    size_t n;
    char *why;
    size_t why_size;
};

size_t er_size(ksimd_dtype t) { return t == KSIMD_DT_BOOL ? 1 : t == KSIMD_DT_I32 || t == KSIMD_DT_F32 ? 4 : 8; }

static size_t size_of(enum eg_type t) { return er_size((ksimd_dtype)t); }

static ksimd_status check(struct ref *r, ksimd_status st, const char *step, enum eg_type t)
{
    if (st != KSIMD_OK && r->why_size)
        snprintf(r->why, r->why_size, "reference step %s (%s): %s", step, eg_type_name(t), ksimd_strerror(st));
    return st;
}

static ksimd_status new_array(struct ref *r, struct val *v, enum eg_type t)
{
    v->type = t;
    v->p = malloc(r->n ? r->n * size_of(t) : 1);
    v->owned = 1;
    return check(r, v->p ? KSIMD_OK : KSIMD_ERR_NOMEM, "malloc", t);
}

static void drop(struct val *v)
{
    if (v->owned) free(v->p);
    v->p = NULL;
    v->owned = 0;
}

/* A literal's conversion and folding are the compiler's work, done once
 * before any element is evaluated: their flags (1e-45 as f32 underflows)
 * are not the evaluation's. */
#define LITERAL_WORK(stmt)                                                                                             \
    do {                                                                                                               \
        fexcept_t saved_;                                                                                              \
        fegetexceptflag(&saved_, FE_ALL_EXCEPT);                                                                       \
        stmt;                                                                                                          \
        fesetexceptflag(&saved_, FE_ALL_EXCEPT);                                                                       \
    } while (0)

static union scalar scalar_of_(const struct val *v, enum eg_type t)
{
    union scalar s;
    int is_int = v->type == EG_WEAK_INT;
    switch (t) {
    case EG_I32:
        s.i32 = (int32_t)v->ival;
        break; /* the generator keeps it in range */
    case EG_I64:
        s.i64 = v->ival;
        break;
    case EG_F32:
        s.f32 = is_int ? (float)v->ival : (float)v->fval;
        break;
    default:
        s.f64 = is_int ? (double)v->ival : v->fval;
    }
    return s;
}
static union scalar scalar_of(const struct val *v, enum eg_type t)
{
    union scalar s;
    LITERAL_WORK(s = scalar_of_(v, t));
    return s;
}

/* Element i of an int or float array, widened. */
static int64_t int_at(const void *p, enum eg_type t, size_t i)
{
    return t == EG_I32 ? ((const int32_t *)p)[i] : ((const int64_t *)p)[i];
}
static double float_at(const void *p, enum eg_type t, size_t i)
{
    return t == EG_F32 ? ((const float *)p)[i] : ((const double *)p)[i];
}

/* Makes v an array of type t: promotion only widens (i32 -> i64, any int or
 * f32 -> f64), and a weak literal fills the array with its C cast. */
static ksimd_status convert(struct ref *r, struct val *v, enum eg_type t)
{
    if (v->type == t) return KSIMD_OK;
    struct val d = {0};
    ksimd_status st = new_array(r, &d, t);
    if (st != KSIMD_OK) return st;
    size_t size = size_of(t);
    if (eg_is_weak(v->type)) {
        union scalar s = scalar_of(v, t);
        for (size_t i = 0; i < r->n; i++) memcpy((char *)d.p + i * size, &s, size);
    } else {
        for (size_t i = 0; i < r->n; i++) {
            if (t == EG_I64)
                ((int64_t *)d.p)[i] = int_at(v->p, v->type, i);
            else if (eg_is_int(v->type)) /* to f64: C's cast, round to nearest for i64 */
                ((double *)d.p)[i] = (double)int_at(v->p, v->type, i);
            else
                ((double *)d.p)[i] = float_at(v->p, v->type, i);
        }
    }
    drop(v);
    *v = d;
    return KSIMD_OK;
}

/* ---- the contract's kernels, by type -------------------------------------- */

#define EVERY_TYPE_BINARY(T)                                                                                           \
    case EG_ADD:                                                                                                       \
        return ksimd_add_##T(d, a, b, n);                                                                              \
    case EG_SUB:                                                                                                       \
        return ksimd_sub_##T(d, a, b, n);                                                                              \
    case EG_MUL:                                                                                                       \
        return ksimd_mul_##T(d, a, b, n);                                                                              \
    case EG_MINIMUM:                                                                                                   \
        return ksimd_minimum_##T(d, a, b, n);                                                                          \
    case EG_MAXIMUM:                                                                                                   \
        return ksimd_maximum_##T(d, a, b, n);
#define FLOAT_BINARY(T)                                                                                                \
    case EG_DIV:                                                                                                       \
        return ksimd_div_##T(d, a, b, n);                                                                              \
    case EG_POW:                                                                                                       \
    case EG_POWF:                                                                                                      \
        return ksimd_pow_##T(d, a, b, n);

static ksimd_status k_binary(enum eg_op op, enum eg_type t, void *d, const void *a, const void *b, size_t n)
{
    switch (t) {
    case EG_I32:
        switch (op) {
            EVERY_TYPE_BINARY(i32) default : break;
        }
        break;
    case EG_I64:
        switch (op) {
            EVERY_TYPE_BINARY(i64) default : break;
        }
        break;
    case EG_F32:
        switch (op) {
            EVERY_TYPE_BINARY(f32) FLOAT_BINARY(f32) default : break;
        }
        break;
    case EG_F64:
        switch (op) {
            EVERY_TYPE_BINARY(f64) FLOAT_BINARY(f64) default : break;
        }
        break;
    default:
        break;
    }
    return KSIMD_ERR_RANGE;
}

#define EVERY_TYPE_SCALAR(T)                                                                                           \
    case EG_ADD:                                                                                                       \
        return ksimd_add_scalar_##T(d, a, s.T, n);                                                                     \
    case EG_SUB:                                                                                                       \
        return ksimd_sub_scalar_##T(d, a, s.T, n);                                                                     \
    case EG_MUL:                                                                                                       \
        return ksimd_mul_scalar_##T(d, a, s.T, n);
#define INT_SCALAR(T)                                                                                                  \
    case EG_FLOORDIV:                                                                                                  \
        return ksimd_floordiv_scalar_##T(d, a, s.T, n);                                                                \
    case EG_MOD:                                                                                                       \
        return ksimd_mod_scalar_##T(d, a, s.T, n);

static ksimd_status k_scalar(enum eg_op op, enum eg_type t, void *d, const void *a, union scalar s, size_t n)
{
    switch (t) {
    case EG_I32:
        switch (op) {
            EVERY_TYPE_SCALAR(i32) INT_SCALAR(i32) default : break;
        }
        break;
    case EG_I64:
        switch (op) {
            EVERY_TYPE_SCALAR(i64) INT_SCALAR(i64) default : break;
        }
        break;
    case EG_F32:
        switch (op) {
            EVERY_TYPE_SCALAR(f32)
        case EG_DIV:
            return ksimd_div_scalar_f32(d, a, s.f32, n);
        default:
            break;
        }
        break;
    case EG_F64:
        switch (op) {
            EVERY_TYPE_SCALAR(f64)
        case EG_DIV:
            return ksimd_div_scalar_f64(d, a, s.f64, n);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return KSIMD_ERR_RANGE;
}

#define EVERY_TYPE_UNARY(T)                                                                                            \
    case EG_NEG:                                                                                                       \
        return ksimd_neg_##T(d, a, n);                                                                                 \
    case EG_ABS:                                                                                                       \
        return ksimd_abs_##T(d, a, n);
#define FLOAT_UNARY(T)                                                                                                 \
    case EG_SQRT:                                                                                                      \
        return ksimd_sqrt_##T(d, a, n);                                                                                \
    case EG_FLOOR:                                                                                                     \
        return ksimd_floor_##T(d, a, n);                                                                               \
    case EG_CEIL:                                                                                                      \
        return ksimd_ceil_##T(d, a, n);                                                                                \
    case EG_RINT:                                                                                                      \
        return ksimd_rint_##T(d, a, n);                                                                                \
    case EG_EXP:                                                                                                       \
        return ksimd_exp_##T(d, a, n);                                                                                 \
    case EG_LOG:                                                                                                       \
        return ksimd_log_##T(d, a, n);                                                                                 \
    case EG_SIN:                                                                                                       \
        return ksimd_sin_##T(d, a, n);                                                                                 \
    case EG_COS:                                                                                                       \
        return ksimd_cos_##T(d, a, n);                                                                                 \
    case EG_TANH:                                                                                                      \
        return ksimd_tanh_##T(d, a, n);                                                                                \
    case EG_ISNAN:                                                                                                     \
        return ksimd_isnan_##T(d, a, n);

static ksimd_status k_unary(enum eg_op op, enum eg_type t, void *d, const void *a, size_t n)
{
    switch (t) {
    case EG_I32:
        switch (op) {
            EVERY_TYPE_UNARY(i32) default : break;
        }
        break;
    case EG_I64:
        switch (op) {
            EVERY_TYPE_UNARY(i64) default : break;
        }
        break;
    case EG_F32:
        switch (op) {
            EVERY_TYPE_UNARY(f32) FLOAT_UNARY(f32) default : break;
        }
        break;
    case EG_F64:
        switch (op) {
            EVERY_TYPE_UNARY(f64) FLOAT_UNARY(f64) default : break;
        }
        break;
    default:
        break;
    }
    return KSIMD_ERR_RANGE;
}

/* cmp and cmp_scalar (b NULL), where, clip: one call per type. */
#define BY_TYPE(t, call)                                                                                               \
    switch (t) {                                                                                                       \
    case EG_I32:                                                                                                       \
        return call(i32);                                                                                              \
    case EG_I64:                                                                                                       \
        return call(i64);                                                                                              \
    case EG_F32:                                                                                                       \
        return call(f32);                                                                                              \
    case EG_F64:                                                                                                       \
        return call(f64);                                                                                              \
    default:                                                                                                           \
        return KSIMD_ERR_RANGE;                                                                                        \
    }

static ksimd_status k_cmp(ksimd_cmp c, enum eg_type t, uint8_t *m, const void *a, const void *b, union scalar s,
                          size_t n)
{
#define CMP(T) b ? ksimd_cmp_##T(m, a, b, c, n) : ksimd_cmp_scalar_##T(m, a, s.T, c, n)
    BY_TYPE(t, CMP)
#undef CMP
}

static ksimd_status k_where(enum eg_type t, void *d, const uint8_t *m, const void *a, const void *b, size_t n)
{
#define WHERE(T) ksimd_where_##T(d, m, a, b, n)
    BY_TYPE(t, WHERE)
#undef WHERE
}

static ksimd_status k_clip(enum eg_type t, void *d, const void *a, union scalar lo, union scalar hi, size_t n)
{
#define CLIP(T) ksimd_clip_##T(d, a, lo.T, hi.T, n)
    BY_TYPE(t, CLIP)
#undef CLIP
}

/* sum (of an int or bool: an int64_t), min, max; out gets the result. */
static ksimd_status k_reduce(enum eg_op op, enum eg_type t, const void *a, size_t n, void *out)
{
    if (op == EG_SUM && t == EG_BOOL) {
        size_t count;
        ksimd_status st = ksimd_count_u8(a, n, &count);
        int64_t v = (int64_t)count;
        if (st == KSIMD_OK) memcpy(out, &v, sizeof v);
        return st;
    }
#define SUM(T) ksimd_sum_##T(a, n, out)
#define MIN(T) ksimd_min_##T(a, n, out)
#define MAX(T) ksimd_max_##T(a, n, out)
    if (op == EG_SUM) BY_TYPE(t, SUM)
    if (op == EG_MIN) BY_TYPE(t, MIN)
    BY_TYPE(t, MAX)
#undef SUM
#undef MIN
#undef MAX
}

/* ---- the operations ------------------------------------------------------ */

/* Python's floor division and modulo; a zero divisor gives 0 for both, and
 * MIN // -1 wraps (NumPy's results). */
static void floor_divmod(int64_t a, int64_t b, int64_t *q, int64_t *m)
{
    if (b == 0 || b == -1) {
        *q = b ? (int64_t)(0 - (uint64_t)a) : 0;
        *m = 0;
        return;
    }
    int64_t qq = a / b, rr = a % b;
    if (rr != 0 && (rr < 0) != (b < 0)) qq--, rr += b;
    *q = qq, *m = rr;
}

static void floordiv_arrays(enum eg_op op, enum eg_type t, void *d, const void *a, const void *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int64_t q, m;
        floor_divmod(int_at(a, t, i), int_at(b, t, i), &q, &m);
        int64_t v = op == EG_FLOORDIV ? q : m;
        if (t == EG_I32)
            ((int32_t *)d)[i] = (int32_t)(uint32_t)(uint64_t)v; /* wraps: INT32_MIN // -1 */
        else
            ((int64_t *)d)[i] = v;
    }
}

/* Integer a ** k: repeated wrapping multiplication, a ** 0 == 1. */
static ksimd_status int_power(enum eg_type t, void *d, const void *a, int64_t k, size_t n)
{
    if (k == 0) {
        for (size_t i = 0; i < n; i++)
            if (t == EG_I32)
                ((int32_t *)d)[i] = 1;
            else
                ((int64_t *)d)[i] = 1;
        return KSIMD_OK;
    }
    if (n) memcpy(d, a, n * size_of(t));
    ksimd_status st = KSIMD_OK;
    for (int64_t j = 1; j < k && st == KSIMD_OK; j++) st = k_binary(EG_MUL, t, d, d, a, n);
    return st;
}

static ksimd_cmp swapped(ksimd_cmp c)
{
    static const ksimd_cmp mirror[] = {KSIMD_GT, KSIMD_GE, KSIMD_LT, KSIMD_LE, KSIMD_EQ, KSIMD_NE};
    return mirror[c];
}

/* A literal-only node, folded as the compiler folds: wrapping int64 for
 * integers, double arithmetic once a float is involved. */
static void fold_(const struct eg_node *nd, const struct val *kv, struct val *out)
{
    uint64_t a = (uint64_t)kv[0].ival, b = (uint64_t)kv[1].ival;
    double x = kv[0].type == EG_WEAK_INT ? (double)kv[0].ival : kv[0].fval;
    double y = kv[1].type == EG_WEAK_INT ? (double)kv[1].ival : kv[1].fval;
    switch (nd->op) {
    case EG_NEG:
        out->ival = (int64_t)(0 - a), out->fval = -x;
        break;
    case EG_ADD:
        out->ival = (int64_t)(a + b), out->fval = x + y;
        break;
    case EG_SUB:
        out->ival = (int64_t)(a - b), out->fval = x - y;
        break;
    case EG_MUL:
        out->ival = (int64_t)(a * b), out->fval = x * y;
        break;
    default:
        out->fval = x / y;
        break; /* EG_DIV: float or mixed only */
    }
}
static void fold(const struct eg_node *nd, const struct val *kv, struct val *out) { LITERAL_WORK(fold_(nd, kv, out)); }

static ksimd_status arithmetic(struct ref *r, const struct eg_node *nd, struct val *kv, struct val *out)
{
    enum eg_type t = nd->type;
    enum eg_op op = nd->op;
    ksimd_status st;
    int scalar_right = eg_is_weak(kv[1].type) && op != EG_MINIMUM && op != EG_MAXIMUM && op != EG_POW && op != EG_POWF,
        scalar_left = eg_is_weak(kv[0].type) && (op == EG_ADD || op == EG_MUL);
    if (scalar_right || scalar_left) {
        struct val *array = scalar_right ? &kv[0] : &kv[1], *lit = scalar_right ? &kv[1] : &kv[0];
        if ((st = convert(r, array, t)) != KSIMD_OK) return st;
        return check(r, k_scalar(op, t, out->p, array->p, scalar_of(lit, t), r->n), "scalar kernel", t);
    }
    if ((st = convert(r, &kv[0], t)) != KSIMD_OK || (st = convert(r, &kv[1], t)) != KSIMD_OK) return st;
    if (op == EG_FLOORDIV || op == EG_MOD) {
        floordiv_arrays(op, t, out->p, kv[0].p, kv[1].p, r->n);
        return KSIMD_OK;
    }
    return check(r, k_binary(op, t, out->p, kv[0].p, kv[1].p, r->n), "binary kernel", t);
}

static ksimd_status comparison(struct ref *r, const struct eg_node *nd, struct val *kv, struct val *out)
{
    enum eg_type p = eg_promote(kv[0].type, kv[1].type);
    ksimd_cmp c = (ksimd_cmp)(nd->op - EG_LT);
    struct val *a = &kv[0], *b = &kv[1];
    if (eg_is_weak(a->type)) a = &kv[1], b = &kv[0], c = swapped(c);
    ksimd_status st = convert(r, a, p);
    if (st == KSIMD_OK && !eg_is_weak(b->type)) st = convert(r, b, p);
    if (st != KSIMD_OK) return st;
    return check(r, k_cmp(c, p, out->p, a->p, eg_is_weak(b->type) ? NULL : b->p, scalar_of(b, p), r->n), "cmp", p);
}

/* Computes node nd from its operands' values kv into out (already typed;
 * arrays allocated by the caller). */
static ksimd_status apply(struct ref *r, const struct eg_node *nd, struct val *kv, struct val *out)
{
    enum eg_type t = nd->type;
    size_t n = r->n;
    ksimd_status st = KSIMD_OK;
    switch (nd->op) {
    case EG_OR:
        return check(r, ksimd_mask_or(out->p, kv[0].p, kv[1].p, n), "mask_or", t);
    case EG_AND:
        return check(r, ksimd_mask_and(out->p, kv[0].p, kv[1].p, n), "mask_and", t);
    case EG_NOT:
        return check(r, ksimd_mask_not(out->p, kv[0].p, n), "mask_not", t);
    case EG_LT:
    case EG_LE:
    case EG_GT:
    case EG_GE:
    case EG_EQ:
    case EG_NE:
        return comparison(r, nd, kv, out);
    case EG_ADD:
    case EG_SUB:
    case EG_MUL:
    case EG_DIV:
    case EG_FLOORDIV:
    case EG_MOD:
    case EG_MINIMUM:
    case EG_MAXIMUM:
    case EG_POWF:
        return arithmetic(r, nd, kv, out);
    case EG_POW:
        if (!eg_is_int(t)) return arithmetic(r, nd, kv, out);
        if ((st = convert(r, &kv[0], t)) != KSIMD_OK) return st;
        return check(r, int_power(t, out->p, kv[0].p, kv[1].ival, n), "integer power", t);
    case EG_ISNAN: {
        enum eg_type x = eg_is_int(kv[0].type) ? EG_F64 : kv[0].type;
        if ((st = convert(r, &kv[0], x)) != KSIMD_OK) return st;
        return check(r, k_unary(EG_ISNAN, x, out->p, kv[0].p, n), "isnan", x);
    }
    case EG_WHERE:
        if ((st = convert(r, &kv[1], t)) != KSIMD_OK || (st = convert(r, &kv[2], t)) != KSIMD_OK) return st;
        return check(r, k_where(t, out->p, kv[0].p, kv[1].p, kv[2].p, n), "where", t);
    case EG_CLIP:
        if ((st = convert(r, &kv[0], t)) != KSIMD_OK) return st;
        return check(r, k_clip(t, out->p, kv[0].p, scalar_of(&kv[1], t), scalar_of(&kv[2], t), n), "clip", t);
    default: /* the unary kernels: neg, abs, sqrt, ..., tanh */
        if ((st = convert(r, &kv[0], t)) != KSIMD_OK) return st;
        return check(r, k_unary(nd->op, t, out->p, kv[0].p, n), "unary kernel", t);
    }
}

static ksimd_status eval(struct ref *r, int i, struct val *out)
{
    const struct eg_node *nd = &r->e->node[i];
    memset(out, 0, sizeof *out);
    out->type = nd->type;
    switch (nd->op) {
    case EG_VAR:
        out->p = (void *)r->inputs[nd->var];
        return KSIMD_OK;
    case EG_INT:
        out->ival = nd->ival;
        return KSIMD_OK;
    case EG_FLOAT:
        out->fval = nd->fval;
        return KSIMD_OK;
    default:
        break;
    }
    struct val kv[3];
    memset(kv, 0, sizeof kv);
    ksimd_status st = KSIMD_OK;
    for (int k = 0; k < nd->nkids && st == KSIMD_OK; k++) st = eval(r, nd->kid[k], &kv[k]);
    if (st == KSIMD_OK) {
        if (eg_is_weak(nd->type))
            fold(nd, kv, out);
        else if ((st = new_array(r, out, nd->type)) == KSIMD_OK)
            st = apply(r, nd, kv, out);
    }
    for (int k = 0; k < 3; k++) drop(&kv[k]);
    if (st != KSIMD_OK) drop(out);
    return st;
}

ksimd_status er_eval(const struct eg_expr *e, const void *const *inputs, size_t n, void *out, char *why,
                     size_t why_size)
{
    struct ref r = {e, inputs, n, why, why_size};
    if (why_size) why[0] = '\0';
    const struct eg_node *root = &e->node[e->root];
    struct val v;
    ksimd_status st = eval(&r, e->reduces ? root->kid[0] : e->root, &v);
    if (st != KSIMD_OK) return st;
    if (e->reduces)
        st = k_reduce(root->op, v.type, v.p, n, out);
    else if (n)
        memcpy(out, v.p, n * size_of(v.type));
    drop(&v);
    return st;
}
