/* Typing an expression tree after NumPy 2 (NEP 50): arrays promote, and a
 * literal is weak, taking its partner's type. Operations on literals alone
 * fold here (unary minus; + - * on integers, + - * / on floats), so that
 * -7 and 2*3 are literals too; any other literal-only operation is an
 * error, as is an expression with no array at all. Each operator node
 * gets optype, the type its operands are converted to, and type, its
 * result's. */
#include <math.h>

#include "expr_parse.h"

#define NODE(i) (&c->node[i])

static int weak(int t) { return t == KX_WEAK_INT || t == KX_WEAK_FLOAT; }
static int is_int(int t) { return t == KSIMD_DT_I32 || t == KSIMD_DT_I64 || t == KX_WEAK_INT; }
static int is_float(int t) { return t == KSIMD_DT_F32 || t == KSIMD_DT_F64 || t == KX_WEAK_FLOAT; }
static const char *type_name(int t)
{
    static const char *const names[] = {"bool",           "i32", "i64", "f32", "f64", "", "", "", "an integer literal",
                                        "a float literal"};
    return names[t];
}

/* An integer literal must fit the integer type it takes. */
static void fits(struct kx_ctx *c, const struct kx_node *lit, int t)
{
    if (lit->kind == KN_INT && lit->sub) kx_fail(c, KSIMD_ERR_EXPR, lit->pos, "integer literal out of range");
    if (t == KSIMD_DT_I32 && lit->kind == KN_INT && (lit->ival < INT32_MIN || lit->ival > INT32_MAX))
        kx_fail(c, KSIMD_ERR_EXPR, lit->pos, "literal out of range for i32");
}

static void numeric(struct kx_ctx *c, const struct kx_node *n, const struct kx_node *op)
{
    if (n->type == KSIMD_DT_BOOL)
        kx_fail(c, KSIMD_ERR_EXPR, op->pos, "a bool operand here: only & | ~, where's condition and sum take bools");
}

/* The common type of two numeric operands, at least one an array. */
static int promote(struct kx_ctx *c, const struct kx_node *a, const struct kx_node *b)
{
    int ta = a->type, tb = b->type;
    if (weak(ta)) {
        const struct kx_node *t = a;
        a = b, b = t, ta = a->type, tb = b->type;
    }
    if (weak(tb)) {
        if (tb == KX_WEAK_INT) {
            fits(c, b, ta);
            return ta;
        }
        return is_float(ta) ? ta : KSIMD_DT_F64;
    }
    if (ta == tb) return ta;
    if (is_int(ta) && is_int(tb)) return KSIMD_DT_I64;
    return KSIMD_DT_F64;
}

static void become_int(struct kx_node *n, int64_t v)
{
    n->kind = KN_INT, n->nargs = 0, n->sub = 0, n->ival = v, n->type = KX_WEAK_INT;
}
static void become_float(struct kx_node *n, double v)
{
    n->kind = KN_FLOAT, n->nargs = 0, n->sub = 0, n->fval = v, n->type = KX_WEAK_FLOAT;
}
static double as_double(const struct kx_node *n) { return n->kind == KN_INT ? (double)n->ival : n->fval; }

/* Folds an operation on literals; returns 0 when it is not one that folds. */
static int fold(struct kx_ctx *c, struct kx_node *n)
{
    struct kx_node *a = NODE(n->kid[0]), *b = n->nargs > 1 ? NODE(n->kid[1]) : NULL;
    if (n->kind == KX_NEG) {
        if (a->kind == KN_INT)
            become_int(n, (int64_t)(0 - (uint64_t)a->ival)); /* -(2^63) is INT64_MIN */
        else
            become_float(n, -a->fval);
        return 1;
    }
    if (a->kind == KN_INT && a->sub) fits(c, a, KSIMD_DT_I64);
    if (b && b->kind == KN_INT && b->sub) fits(c, b, KSIMD_DT_I64);
    if (n->kind == KX_DIV) { /* double arithmetic, as the arrays': 1.0 / 0 is inf */
        become_float(n, as_double(a) / as_double(b));
        return 1;
    }
    if (n->kind != KX_ADD && n->kind != KX_SUB && n->kind != KX_MUL) return 0;
    if (a->kind == KN_INT && b->kind == KN_INT) {
        uint64_t x = (uint64_t)a->ival, y = (uint64_t)b->ival;
        become_int(n, (int64_t)(n->kind == KX_ADD ? x + y : n->kind == KX_SUB ? x - y : x * y));
    } else {
        double x = as_double(a), y = as_double(b);
        become_float(n, n->kind == KX_ADD ? x + y : n->kind == KX_SUB ? x - y : x * y);
    }
    return 1;
}

static int is_lit(const struct kx_node *n) { return n->kind == KN_INT || n->kind == KN_FLOAT; }

static void type_node(struct kx_ctx *c, uint16_t id, int outermost);

static void type_floatfn(struct kx_node *n, const struct kx_node *a)
{
    n->optype = is_int(a->type) ? KSIMD_DT_F64 : a->type;
    n->type = n->kind == KX_ISNAN ? KSIMD_DT_BOOL : n->optype;
}

static void type_divop(struct kx_ctx *c, struct kx_node *n, const struct kx_node *a, const struct kx_node *b)
{
    if (!is_int(a->type) || !is_int(b->type))
        kx_fail(c, KSIMD_ERR_EXPR, n->pos, "%s needs integers, not %s and %s", n->sub ? "%" : "//", type_name(a->type),
                type_name(b->type));
    n->optype = n->type = (uint8_t)promote(c, a, b);
    if (is_lit(b)) {
        if (b->ival == 0) kx_fail(c, KSIMD_ERR_RANGE, b->pos, "integer division by zero");
        n->kind = n->sub ? KX_MOD_BY : KX_FLOORDIV_BY;
    } else {
        n->kind = n->sub ? KX_MOD : KX_FLOORDIV;
    }
}

static void type_pow(struct kx_ctx *c, struct kx_node *n, const struct kx_node *a, const struct kx_node *b)
{
    if (is_float(a->type) || is_float(b->type)) {
        n->optype = n->type = (uint8_t)promote(c, a, b);
        n->kind = KX_POW;
        return;
    }
    if (b->kind != KN_INT || b->ival < 0 || b->sub)
        kx_fail(c, KSIMD_ERR_EXPR, b->pos, "integer ** needs a non-negative integer literal exponent");
    n->optype = n->type = a->type;
    n->kind = KX_IPOW;
}

static void type_clip(struct kx_ctx *c, struct kx_node *n)
{
    struct kx_node *x = NODE(n->kid[0]), *lo = NODE(n->kid[1]), *hi = NODE(n->kid[2]);
    if (!is_lit(lo) || !is_lit(hi)) kx_fail(c, KSIMD_ERR_EXPR, n->pos, "clip's bounds must be literals");
    if (is_lit(x)) kx_fail(c, KSIMD_ERR_EXPR, n->pos, "clip of a literal");
    numeric(c, x, n);
    int t = promote(c, x, lo);
    struct kx_node tx = *x;
    tx.type = (uint8_t)t;
    t = promote(c, &tx, hi);
    n->optype = n->type = (uint8_t)t;
    int bad = is_int(t) ? !(lo->ival <= hi->ival) : !(as_double(lo) <= as_double(hi));
    if (t == KSIMD_DT_F32) bad = !((float)as_double(lo) <= (float)as_double(hi));
    if (bad) kx_fail(c, KSIMD_ERR_RANGE, n->pos, "clip's lower bound exceeds its upper bound");
}

static void type_where(struct kx_ctx *c, struct kx_node *n)
{
    struct kx_node *m = NODE(n->kid[0]), *a = NODE(n->kid[1]), *b = NODE(n->kid[2]);
    if (m->type != KSIMD_DT_BOOL)
        kx_fail(c, KSIMD_ERR_EXPR, n->pos, "where's condition must be bool, not %s", type_name(m->type));
    numeric(c, a, n), numeric(c, b, n);
    if (is_lit(a) && is_lit(b))
        n->optype = (a->kind == KN_FLOAT || b->kind == KN_FLOAT) ? KSIMD_DT_F64 : KSIMD_DT_I64;
    else
        n->optype = (uint8_t)promote(c, a, b);
    if (is_lit(a)) fits(c, a, n->optype);
    if (is_lit(b)) fits(c, b, n->optype);
    n->type = n->optype;
}

static void type_node(struct kx_ctx *c, uint16_t id, int outermost)
{
    struct kx_node *n = NODE(id);
    if (n->kind == KN_INT || n->kind == KN_FLOAT) {
        n->type = n->kind == KN_INT ? KX_WEAK_INT : KX_WEAK_FLOAT;
        return;
    }
    if (n->kind == KN_VAR) {
        n->type = (uint8_t)c->types[n->ival];
        return;
    }
    if (n->kind == KN_REDUCE && !outermost)
        kx_fail(c, KSIMD_ERR_EXPR, n->pos, "sum, min and max reduce only as the outermost call");
    int all_lit = 1;
    for (int k = 0; k < n->nargs; k++) {
        type_node(c, n->kid[k], 0);
        all_lit &= is_lit(NODE(n->kid[k]));
    }
    struct kx_node *a = NODE(n->kid[0]), *b = n->nargs > 1 ? NODE(n->kid[1]) : NULL;
    if (all_lit && n->kind != KX_CLIP) {
        if ((n->kind == KX_NEG || (b && (n->kind == KX_ADD || n->kind == KX_SUB || n->kind == KX_MUL))) && fold(c, n))
            return;
        if (n->kind == KX_DIV && fold(c, n)) return;
        kx_fail(c, KSIMD_ERR_EXPR, n->pos, "an operation on literals only: it needs an array operand");
    }
    switch (n->kind) {
    case KX_AND:
    case KX_OR:
    case KX_NOT:
        for (int k = 0; k < n->nargs; k++)
            if (NODE(n->kid[k])->type != KSIMD_DT_BOOL)
                kx_fail(c, KSIMD_ERR_EXPR, n->pos, "& | ~ take bools, not %s", type_name(NODE(n->kid[k])->type));
        n->optype = n->type = KSIMD_DT_BOOL;
        return;
    case KN_REDUCE:
        if (n->sub != KX_SUM && a->type == KSIMD_DT_BOOL) kx_fail(c, KSIMD_ERR_EXPR, n->pos, "min and max of bools");
        n->optype = a->type;
        n->type = n->sub == KX_SUM && !is_float(a->type) ? KSIMD_DT_I64 : a->type;
        return;
    case KX_WHERE:
        type_where(c, n);
        return;
    case KX_CLIP:
        type_clip(c, n);
        return;
    default:
        break;
    }
    for (int k = 0; k < n->nargs; k++) numeric(c, NODE(n->kid[k]), n);
    switch (n->kind) {
    case KX_ADD:
    case KX_SUB:
    case KX_MUL:
    case KX_MINIMUM:
    case KX_MAXIMUM:
        n->optype = n->type = (uint8_t)promote(c, a, b);
        return;
    case KX_DIV:
        n->optype = (uint8_t)promote(c, a, b);
        if (is_int(n->optype)) n->optype = KSIMD_DT_F64;
        n->type = n->optype;
        return;
    case KX_POW: /* pow(a, b): always float */
        n->optype = (uint8_t)promote(c, a, b);
        if (is_int(n->optype)) n->optype = KSIMD_DT_F64;
        n->type = n->optype;
        return;
    case KX_CMP:
        n->optype = (uint8_t)promote(c, a, b);
        n->type = KSIMD_DT_BOOL;
        return;
    case KN_DIVOP:
        type_divop(c, n, a, b);
        return;
    case KN_POWOP:
        type_pow(c, n, a, b);
        return;
    case KX_NEG:
    case KX_ABS:
        n->optype = n->type = a->type;
        return;
    default: /* sqrt ... tanh, isnan */
        type_floatfn(n, a);
    }
}

void kx_type_tree(struct kx_ctx *c)
{
    type_node(c, c->root, 1);
    if (weak(NODE(c->root)->type)) kx_fail(c, KSIMD_ERR_EXPR, 0, "the expression has no array operand");
}
