/* The random expression generator (expr_gen.h). Generation is top-down:
 * each call asks for a strong (array-typed) value of a category and builds
 * an operation whose typing rules guarantee it; literals are made for a
 * known partner type, so an i32 partner only ever meets literals that fit
 * int32, integer-only operations only meet integer literals, and so on. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr_gen.h"

/* Past a growth limit every request becomes a leaf; the pending operands of
 * a tree this deep fit in the rest of EG_MAX_NODES, and stay under the
 * language's 256 operations. One expression in ten is large: deep, with
 * many temporaries, so the evaluator's blocks get short. */
enum { GROWTH_LIMIT = 80, MAX_DEPTH = 6, LARGE_GROWTH_LIMIT = 150, LARGE_MIN_DEPTH = 8, MAX_OPS = 256 };

enum want { W_BOOL, W_INT, W_FLOAT, W_NUM };

struct gen {
    struct eg_expr *e;
    struct eg_source *s;
    /* Per expression, so that each kind gets whole trees of its own: of 8
     * numeric requests, how many want a float; whether float variables are
     * mostly f32 (mixing with ints or f64 makes f64, so f32 trees are rare
     * unless asked for). */
    unsigned float_share;
    int f32_bias;
    int growth_limit;
};

uint64_t eg_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

struct eg_source eg_source_seed(uint64_t seed) { return (struct eg_source){seed, NULL, 0, 0}; }

struct eg_source eg_source_bytes(const uint8_t *data, size_t size) { return (struct eg_source){0, data, size, 0}; }

unsigned eg_pick(struct eg_source *s, unsigned k)
{
    if (k <= 1) return 0;
    if (!s->data) return (unsigned)(eg_next(&s->state) % k);
    unsigned v = 0;
    for (unsigned range = 1; range < k; range <<= 8) {
        if (s->pos >= s->size) return 0;
        v = v << 8 | s->data[s->pos++];
    }
    return v % k;
}

/* ---- types ----------------------------------------------------------------- */

int eg_is_int(enum eg_type t) { return t == EG_I32 || t == EG_I64 || t == EG_WEAK_INT; }
int eg_is_float(enum eg_type t) { return t == EG_F32 || t == EG_F64 || t == EG_WEAK_FLOAT; }
int eg_is_weak(enum eg_type t) { return t == EG_WEAK_INT || t == EG_WEAK_FLOAT; }

const char *eg_type_name(enum eg_type t)
{
    static const char *const names[] = {"bool", "i32", "i64", "f32", "f64", "weak int", "weak float"};
    return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

enum eg_type eg_promote(enum eg_type a, enum eg_type b)
{
    if (eg_is_weak(a) && eg_is_weak(b)) return a == EG_WEAK_INT && b == EG_WEAK_INT ? EG_WEAK_INT : EG_WEAK_FLOAT;
    if (eg_is_weak(a)) {
        enum eg_type t = a;
        a = b, b = t;
    }
    /* a is strong now */
    if (b == EG_WEAK_INT) return a;
    if (b == EG_WEAK_FLOAT) return eg_is_float(a) ? a : EG_F64;
    if (a == b) return a;
    if (eg_is_int(a) && eg_is_int(b)) return EG_I64;
    return EG_F64; /* int with float, or f32 with f64 */
}

/* ---- nodes --------------------------------------------------------------- */

static int add_node(struct gen *g, enum eg_op op, enum eg_type type, int a, int b, int c)
{
    struct eg_expr *e = g->e;
    if (e->nnodes >= EG_MAX_NODES) {
        fprintf(stderr, "expr_gen: node table full (growth limit too high)\n");
        abort();
    }
    struct eg_node *n = &e->node[e->nnodes];
    memset(n, 0, sizeof *n);
    n->op = op;
    n->type = type;
    n->kid[0] = a, n->kid[1] = b, n->kid[2] = c;
    n->nkids = (a >= 0) + (b >= 0) + (c >= 0);
    n->var = -1;
    /* Redundant parentheses now and then: the parser must not care. */
    n->parens = eg_pick(g->s, 12) == 11;
    return e->nnodes++;
}

static enum eg_type type_of(const struct gen *g, int node) { return g->e->node[node].type; }

static int growing(const struct gen *g, int depth) { return depth > 0 && g->e->nnodes < g->growth_limit; }

/* ---- variables ----------------------------------------------------------- */

/* None of these is a function name, "inf" or "nan". */
static const char *const var_names[] = {
    "x", "y", "z", "a", "b", "c", "u", "v", "w", "t1", "_m", "q_2", "alpha", "Beta", "x0", "mask", "val_long_name"};

static int matches(ksimd_dtype t, enum want w)
{
    switch (w) {
    case W_BOOL:
        return t == KSIMD_DT_BOOL;
    case W_INT:
        return t == KSIMD_DT_I32 || t == KSIMD_DT_I64;
    case W_FLOAT:
        return t == KSIMD_DT_F32 || t == KSIMD_DT_F64;
    case W_NUM:
        return t != KSIMD_DT_BOOL;
    }
    return 0;
}

static ksimd_dtype random_dtype(struct gen *g, enum want w)
{
    static const ksimd_dtype ints[] = {KSIMD_DT_I32, KSIMD_DT_I64}, floats[] = {KSIMD_DT_F32, KSIMD_DT_F64},
                             nums[] = {KSIMD_DT_I32, KSIMD_DT_I64, KSIMD_DT_F32, KSIMD_DT_F64};
    switch (w) {
    case W_BOOL:
        return KSIMD_DT_BOOL;
    case W_INT:
        return ints[eg_pick(g->s, 2)];
    case W_FLOAT:
        return floats[eg_pick(g->s, 2)];
    case W_NUM:
        break;
    }
    return nums[eg_pick(g->s, 4)];
}

static int new_var(struct gen *g, ksimd_dtype t)
{
    struct eg_expr *e = g->e;
    assert(e->nvars < EG_MAX_VARS);
    size_t count = sizeof var_names / sizeof *var_names, k = eg_pick(g->s, (unsigned)count);
    for (;; k = (k + 1) % count) { /* the first unused name from a random start */
        size_t i = 0;
        while (i < e->nvars && strcmp(e->names[i], var_names[k]) != 0) i++;
        if (i == e->nvars) break;
    }
    snprintf(e->names[e->nvars], EG_NAME_LEN, "%s", var_names[k]);
    e->types[e->nvars] = t;
    return (int)e->nvars++;
}

/* An existing variable of the category, or a new one: new ones while there
 * are few, and whenever none matches (at most one per category, so the
 * table never fills). */
static int pick_var(struct gen *g, enum want w)
{
    struct eg_expr *e = g->e;
    int found[EG_MAX_VARS], nfound = 0;
    for (size_t i = 0; i < e->nvars; i++)
        if (matches(e->types[i], w)) found[nfound++] = (int)i;
    int v;
    if (nfound == 0 || (e->nvars < 4 && eg_pick(g->s, 3) == 2))
        v = new_var(g, random_dtype(g, w));
    else
        v = found[eg_pick(g->s, (unsigned)nfound)];
    int node = add_node(g, EG_VAR, (enum eg_type)e->types[v], -1, -1, -1);
    e->node[node].var = v;
    return node;
}

/* ---- literals ------------------------------------------------------------ */

static void swap_maybe(struct gen *g, int *a, int *b)
{
    if (eg_pick(g->s, 2)) {
        int t = *a;
        *a = *b, *b = t;
    }
}

/* clang-format off */
static const int64_t int_literals[] = {
    0, 1, 2, 3, 5, 7, 10, 100, 255, 1000, 46341, 65536, 2147483647, -1, -2, -3, -100, -65536, -2147483647,
    /* beyond int32: only with an i64 or float partner */
    2147483648, 4294967296, 16777217, 9007199254740993, 1099511627776, 9223372036854775807,
    -9223372036854775807, -4294967296};

static const int64_t divisors[] = {
    1, -1, 2, -2, 3, -3, 7, -7, 8, 16, 64, 1024, -1024, 641, 10, 1000000007, 2147483647, -2147483647,
    /* i64 only */
    2147483648, 4294967296, -4294967296, 4611686018427387904, 9223372036854775807, -9223372036854775807};

static const char *const float_literals[] = {
    "0.5", "2.5", "-1.5", "0.1", "1e-3", "3.0", "1.0", "0.0", "-0.0", "1e300", "-1e-310", "1e-45", "1e10",
    "6.02e23", "3.141592653589793", "-7.25", "1e-8", "100.0", "0.75", "-2.0", "inf", "-inf", "nan", "1.5e38",
    "4e-39", "-3.5e5", "0.333"};
/* clang-format on */

static int fits_i32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

static int int_leaf(struct gen *g, int64_t v)
{
    int node = add_node(g, EG_INT, EG_WEAK_INT, -1, -1, -1);
    g->e->node[node].ival = v;
    snprintf(g->e->node[node].text, EG_LIT_LEN, "%lld", (long long)v);
    return node;
}

static int float_leaf(struct gen *g, const char *text)
{
    int node = add_node(g, EG_FLOAT, EG_WEAK_FLOAT, -1, -1, -1);
    g->e->node[node].fval = strtod(text, NULL);
    snprintf(g->e->node[node].text, EG_LIT_LEN, "%s", text);
    return node;
}

/* Where the language wants a literal as such (clip's bounds, an integer
 * exponent, a literal divisor), no redundant parentheses: "(3)" is an
 * expression of a literal, which the contract does not promise to accept. */
static int bare(struct gen *g, int node)
{
    g->e->node[node].parens = 0;
    return node;
}

static int64_t random_int_literal(struct gen *g, enum eg_type partner)
{
    size_t count = sizeof int_literals / sizeof *int_literals;
    for (;;) {
        int64_t v =
            eg_pick(g->s, 4) == 0 ? (int64_t)eg_pick(g->s, 101) - 50 : int_literals[eg_pick(g->s, (unsigned)count)];
        if (partner != EG_I32 || fits_i32(v)) return v;
    }
}

static const char *random_float_text(struct gen *g, int allow_nan)
{
    for (;;) {
        const char *t = float_literals[eg_pick(g->s, sizeof float_literals / sizeof *float_literals)];
        if (allow_nan || strcmp(t, "nan") != 0) return t;
    }
}

/* The value of a literal-only subtree, folded as the compiler does: wrapping
 * int64 for integers, double arithmetic otherwise. */
static double weak_value(const struct eg_expr *e, int node, int64_t *ival)
{
    const struct eg_node *n = &e->node[node];
    if (n->op == EG_INT) return (double)(*ival = n->ival);
    if (n->op == EG_FLOAT) return n->fval;
    int64_t a = 0, b = 0;
    double x = weak_value(e, n->kid[0], &a), y = n->nkids > 1 ? weak_value(e, n->kid[1], &b) : 0;
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    switch (n->op) {
    case EG_NEG:
        *ival = (int64_t)(0 - ua);
        return -x;
    case EG_ADD:
        *ival = (int64_t)(ua + ub);
        return x + y;
    case EG_SUB:
        *ival = (int64_t)(ua - ub);
        return x - y;
    case EG_MUL:
        *ival = (int64_t)(ua * ub);
        return x * y;
    case EG_DIV:
        return x / y;
    default:
        abort();
    }
}

/* A literal for an operation whose other operand has type partner: an
 * integer one (fitting int32 for an i32 partner), or with allow_float
 * sometimes a float one; now and then an expression of literals that the
 * compiler folds ("-(3)", "(2 * 4)", "(1.5 / 4)"). */
static int literal(struct gen *g, enum eg_type partner, int allow_float)
{
    int want_float = allow_float && eg_pick(g->s, 3) == 0;
    unsigned form = eg_pick(g->s, 10);
    if (form == 9) { /* a folded pair */
        int a, b;
        enum eg_op op = (enum eg_op)(EG_ADD + eg_pick(g->s, want_float ? 4 : 3));
        if (want_float && op == EG_DIV && eg_pick(g->s, 3) == 0) { /* "1 / 4" is a float literal too */
            a = int_leaf(g, random_int_literal(g, EG_I64));
            b = int_leaf(g, random_int_literal(g, EG_I64));
        } else if (want_float) {
            a = eg_pick(g->s, 2) ? float_leaf(g, random_float_text(g, 1)) : int_leaf(g, (int64_t)eg_pick(g->s, 9));
            b = float_leaf(g, random_float_text(g, 1));
            swap_maybe(g, &a, &b);
        } else {
            a = int_leaf(g, random_int_literal(g, EG_I64));
            b = int_leaf(g, random_int_literal(g, EG_I64));
        }
        int node = add_node(g, op, want_float ? EG_WEAK_FLOAT : EG_WEAK_INT, a, b, -1);
        int64_t v = 0;
        weak_value(g->e, node, &v);
        if (want_float || partner != EG_I32 || fits_i32(v)) return node;
        /* does not fit: fall through to a plain literal (the pair's nodes stay
         * unused in the table) */
    } else if (form == 8) { /* minus applied to a parenthesised literal */
        int a = want_float ? float_leaf(g, random_float_text(g, 1)) : int_leaf(g, random_int_literal(g, partner));
        g->e->node[a].parens = 1;
        return add_node(g, EG_NEG, type_of(g, a), a, -1, -1);
    }
    return want_float ? float_leaf(g, random_float_text(g, 1)) : int_leaf(g, random_int_literal(g, partner));
}

/* ---- operations ---------------------------------------------------------- */

static int gen(struct gen *g, enum want w, int depth);

/* Two operands for an arithmetic operation, minimum/maximum or where's arms
 * whose promoted type is of category w (W_INT or W_FLOAT): at least one is
 * strong; the other is strong or a literal. */
static void operands(struct gen *g, enum want w, int depth, int *a, int *b)
{
    unsigned shape = eg_pick(g->s, 3);
    if (w == W_INT) {
        *a = gen(g, W_INT, depth);
        *b = shape == 0 ? literal(g, type_of(g, *a), 0) : gen(g, W_INT, depth);
    } else if (shape == 0) {
        *a = gen(g, W_FLOAT, depth);
        *b = literal(g, type_of(g, *a), 1);
    } else if (shape == 1 && eg_pick(g->s, 2)) { /* an integer array meets a float literal */
        *a = gen(g, W_INT, depth);
        *b = float_leaf(g, random_float_text(g, 1));
    } else {
        *a = gen(g, W_FLOAT, depth);
        *b = gen(g, W_NUM, depth);
    }
    swap_maybe(g, a, b);
}

static int binary(struct gen *g, enum eg_op op, int a, int b)
{
    return add_node(g, op, eg_promote(type_of(g, a), type_of(g, b)), a, b, -1);
}

static int comparison(struct gen *g, int depth)
{
    int a = gen(g, W_NUM, depth), b;
    b = eg_pick(g->s, 3) == 0 ? literal(g, type_of(g, a), 1) : gen(g, W_NUM, depth);
    swap_maybe(g, &a, &b);
    return add_node(g, (enum eg_op)(EG_LT + eg_pick(g->s, 6)), EG_BOOL, a, b, -1);
}

static int gen_bool(struct gen *g, int depth)
{
    switch (eg_pick(g->s, 7)) {
    case 1:
    case 2:
        return comparison(g, depth);
    case 3:
        return add_node(g, EG_NOT, EG_BOOL, gen(g, W_BOOL, depth), -1, -1);
    case 4:
        return add_node(g, EG_AND, EG_BOOL, gen(g, W_BOOL, depth), gen(g, W_BOOL, depth), -1);
    case 5:
        return add_node(g, EG_OR, EG_BOOL, gen(g, W_BOOL, depth), gen(g, W_BOOL, depth), -1);
    case 6:
        return add_node(g, EG_ISNAN, EG_BOOL, gen(g, W_NUM, depth), -1, -1);
    default:
        return pick_var(g, W_BOOL);
    }
}

/* A use of variable v. */
static int var_node(struct gen *g, int v)
{
    int node = add_node(g, EG_VAR, (enum eg_type)g->e->types[v], -1, -1, -1);
    g->e->node[node].var = v;
    return node;
}
static int float_literal(struct gen *g) { return float_leaf(g, random_float_text(g, 1)); }

/* An arm of a piecewise where over variable v: a literal, v, v*k (+ k),
 * v*v (+ k), or anything. */
static int piecewise_arm(struct gen *g, int v, int depth)
{
    switch (eg_pick(g->s, 6)) {
    case 0:
        return float_literal(g);
    case 1:
        return var_node(g, v);
    case 2:
        return binary(g, EG_MUL, var_node(g, v), float_literal(g));
    case 3:
        return binary(g, EG_ADD, binary(g, EG_MUL, var_node(g, v), float_literal(g)), float_literal(g));
    case 4: {
        int sq = binary(g, EG_MUL, var_node(g, v), var_node(g, v));
        return eg_pick(g->s, 2) ? sq : binary(g, EG_ADD, sq, float_literal(g));
    }
    default:
        return gen(g, W_FLOAT, depth);
    }
}

/* where(x > k, x*2 + 5, x*x) and the like: one float array compared with
 * a literal, and arms that are functions of it (evaluators may read x once
 * for the three). */
static int piecewise_where(struct gen *g, int depth)
{
    int x = pick_var(g, W_FLOAT), v = g->e->node[x].var, k = float_literal(g);
    swap_maybe(g, &x, &k);
    int c = add_node(g, (enum eg_op)(EG_LT + eg_pick(g->s, 6)), EG_BOOL, x, k, -1);
    int a = piecewise_arm(g, v, depth), b = piecewise_arm(g, v, depth);
    if (g->e->node[a].op == EG_FLOAT && g->e->node[b].op == EG_FLOAT) b = var_node(g, v);
    return add_node(g, EG_WHERE, eg_promote(type_of(g, a), type_of(g, b)), c, a, b);
}

static int where_node(struct gen *g, enum want w, int depth)
{
    if (w == W_FLOAT && eg_pick(g->s, 3) == 0) return piecewise_where(g, depth);
    int c = gen(g, W_BOOL, depth), a, b;
    if (eg_pick(g->s, 8) == 0) {
        /* two literal arms: NumPy's default types, i64 or f64 (the
         * implementation's choice; SEMANTICS only says weak arms are allowed) */
        a = literal(g, EG_I64, w == W_FLOAT);
        b = w == W_FLOAT ? float_leaf(g, random_float_text(g, 1)) : literal(g, EG_I64, 0);
        swap_maybe(g, &a, &b);
        return add_node(g, EG_WHERE, w == W_FLOAT ? EG_F64 : EG_I64, c, a, b);
    }
    operands(g, w, depth, &a, &b);
    return add_node(g, EG_WHERE, eg_promote(type_of(g, a), type_of(g, b)), c, a, b);
}

/* clip's bounds: plain literals (a leading '-' is fine), lo <= hi once
 * converted, never NaN. Float bounds on an integer x make it f64. */
static int clip_node(struct gen *g, enum want w, int depth)
{
    int x = gen(g, eg_pick(g->s, 5) == 0 ? W_INT : w, depth), lo, hi;
    enum eg_type t = type_of(g, x);
    if (w == W_INT) {
        int64_t u = random_int_literal(g, t), v = random_int_literal(g, t);
        lo = bare(g, int_leaf(g, u < v ? u : v));
        hi = bare(g, int_leaf(g, u < v ? v : u));
    } else {
        double u, v;
        if (eg_pick(g->s, 3) == 0 && eg_is_float(t)) { /* integer bounds on a float */
            lo = bare(g, int_leaf(g, random_int_literal(g, t)));
            hi = bare(g, int_leaf(g, random_int_literal(g, t)));
            u = (double)g->e->node[lo].ival, v = (double)g->e->node[hi].ival;
        } else {
            lo = bare(g, float_leaf(g, random_float_text(g, 0)));
            hi = bare(g, float_leaf(g, random_float_text(g, 0)));
            u = g->e->node[lo].fval, v = g->e->node[hi].fval;
        }
        if (u > v) {
            int tmp = lo;
            lo = hi, hi = tmp;
        }
    }
    return add_node(g, EG_CLIP, eg_promote(eg_promote(t, type_of(g, lo)), type_of(g, hi)), x, lo, hi);
}

static int gen_int(struct gen *g, int depth)
{
    int a, b;
    switch (eg_pick(g->s, 10)) {
    case 1:
        operands(g, W_INT, depth, &a, &b);
        return binary(g, (enum eg_op)(EG_ADD + eg_pick(g->s, 3)), a, b);
    case 2:
        a = gen(g, W_INT, depth);
        return add_node(g, EG_NEG, type_of(g, a), a, -1, -1);
    case 3:
        a = gen(g, W_INT, depth);
        return add_node(g, EG_ABS, type_of(g, a), a, -1, -1);
    case 4: {
        enum eg_op op = eg_pick(g->s, 2) ? EG_FLOORDIV : EG_MOD;
        unsigned shape = eg_pick(g->s, 6);
        if (shape < 3) { /* a literal divisor, never 0 */
            a = gen(g, W_INT, depth);
            int64_t d;
            do d = divisors[eg_pick(g->s, sizeof divisors / sizeof *divisors)];
            while (type_of(g, a) == EG_I32 && !fits_i32(d));
            b = bare(g, int_leaf(g, d));
        } else if (shape == 3) { /* a literal dividend, an array divisor */
            b = gen(g, W_INT, depth);
            a = int_leaf(g, random_int_literal(g, type_of(g, b)));
        } else {
            a = gen(g, W_INT, depth);
            b = gen(g, W_INT, depth);
        }
        return binary(g, op, a, b);
    }
    case 5:
        a = gen(g, W_INT, depth);
        return add_node(g, EG_POW, type_of(g, a), a, bare(g, int_leaf(g, (int64_t)eg_pick(g->s, 6))), -1);
    case 6:
        operands(g, W_INT, depth, &a, &b);
        return binary(g, eg_pick(g->s, 2) ? EG_MINIMUM : EG_MAXIMUM, a, b);
    case 7:
        return where_node(g, W_INT, depth);
    case 8:
        return clip_node(g, W_INT, depth);
    case 9:
        operands(g, W_INT, depth, &a, &b);
        return binary(g, (enum eg_op)(EG_ADD + eg_pick(g->s, 3)), a, b);
    default:
        return pick_var(g, W_INT);
    }
}

/* ** and pow() on floats: a float operand with any operand or literal, or an
 * integer base with a float literal exponent (which makes it f64). */
static int power(struct gen *g, enum eg_op op, int depth)
{
    int a, b;
    switch (eg_pick(g->s, 4)) {
    case 0:
        a = gen(g, W_INT, depth);
        b = bare(g, float_leaf(g, random_float_text(g, 1)));
        break;
    case 1: /* x ** k, the common case */
        a = gen(g, W_FLOAT, depth);
        b = literal(g, type_of(g, a), 1);
        break;
    case 2: /* a literal base */
        b = gen(g, W_FLOAT, depth);
        a = literal(g, type_of(g, b), 1);
        break;
    default:
        a = gen(g, W_FLOAT, depth);
        b = gen(g, W_NUM, depth);
        swap_maybe(g, &a, &b);
    }
    return binary(g, op, a, b);
}

static int gen_float(struct gen *g, int depth)
{
    int a, b;
    switch (eg_pick(g->s, 14)) {
    case 1:
        operands(g, W_FLOAT, depth, &a, &b);
        return binary(g, (enum eg_op)(EG_ADD + eg_pick(g->s, 3)), a, b);
    case 2: { /* '/' makes any numbers float */
        a = gen(g, W_NUM, depth);
        unsigned shape = eg_pick(g->s, 4);
        b = shape == 0 ? literal(g, type_of(g, a), 1) : gen(g, W_NUM, depth);
        swap_maybe(g, &a, &b);
        enum eg_type t = eg_promote(type_of(g, a), type_of(g, b));
        return add_node(g, EG_DIV, eg_is_int(t) ? EG_F64 : t, a, b, -1);
    }
    case 3:
        a = gen(g, W_FLOAT, depth);
        return add_node(g, eg_pick(g->s, 2) ? EG_NEG : EG_ABS, type_of(g, a), a, -1, -1);
    case 4:
    case 5:
    case 12:
    case 13: {
        static const enum eg_op funcs[] = {EG_SQRT, EG_FLOOR, EG_CEIL, EG_RINT, EG_EXP,
                                           EG_LOG,  EG_SIN,   EG_COS,  EG_TANH};
        a = gen(g, W_NUM, depth);
        enum eg_type t = type_of(g, a);
        return add_node(g, funcs[eg_pick(g->s, sizeof funcs / sizeof *funcs)], eg_is_int(t) ? EG_F64 : t, a, -1, -1);
    }
    case 6:
        return power(g, EG_POW, depth);
    case 7:
        return power(g, EG_POWF, depth);
    case 8:
        operands(g, W_FLOAT, depth, &a, &b);
        return binary(g, eg_pick(g->s, 2) ? EG_MINIMUM : EG_MAXIMUM, a, b);
    case 9:
        return where_node(g, W_FLOAT, depth);
    case 10:
        return clip_node(g, W_FLOAT, depth);
    case 11:
        operands(g, W_FLOAT, depth, &a, &b);
        return binary(g, (enum eg_op)(EG_ADD + eg_pick(g->s, 3)), a, b);
    default:
        return pick_var(g, W_FLOAT);
    }
}

/* A strong (array-typed) value of category w; leaves when depth is spent. */
static int gen(struct gen *g, enum want w, int depth)
{
    if (w == W_NUM) w = eg_pick(g->s, 8) < g->float_share ? W_FLOAT : W_INT;
    if (!growing(g, depth)) return pick_var(g, w);
    depth--;
    switch (w) {
    case W_BOOL:
        return gen_bool(g, depth);
    case W_INT:
        return gen_int(g, depth);
    default:
        return gen_float(g, depth);
    }
}

/* ---- the whole expression ---------------------------------------------- */

/* Operations as the language counts them: every operator and call, and a
 * literal's leading minus. */
static int operations(const struct eg_expr *e, int i)
{
    const struct eg_node *n = &e->node[i];
    if (n->op == EG_VAR) return 0;
    if (n->op == EG_INT || n->op == EG_FLOAT) return n->text[0] == '-';
    int count = 1;
    for (int k = 0; k < n->nkids; k++) count += operations(e, n->kid[k]);
    return count;
}

/* One attempt; 0 when the text or the operations exceed the language's
 * limits (only large expressions can). */
static int generate(struct eg_expr *e, struct eg_source *s, int allow_large)
{
    memset(e, 0, sizeof *e);
    static const unsigned float_shares[] = {4, 6, 7, 2};
    struct gen g = {e, s, float_shares[eg_pick(s, 4)], eg_pick(s, 3) == 0, GROWTH_LIMIT};
    int depth = 1 + (int)eg_pick(s, MAX_DEPTH);
    if (allow_large && eg_pick(s, 10) == 9) {
        g.growth_limit = LARGE_GROWTH_LIMIT;
        depth = LARGE_MIN_DEPTH + (int)eg_pick(s, 5);
    }
    unsigned form = eg_pick(s, 12);
    if (form >= 9) { /* a reduction, outermost */
        enum eg_op op = (enum eg_op)(EG_SUM + eg_pick(s, 3));
        int x = gen(&g, op == EG_SUM && eg_pick(s, 4) == 0 ? W_BOOL : W_NUM, depth);
        enum eg_type t = type_of(&g, x);
        e->root = add_node(&g, op, op == EG_SUM && !eg_is_float(t) ? EG_I64 : t, x, -1, -1);
        e->reduces = 1;
    } else {
        e->root = gen(&g, form == 8 ? W_BOOL : W_NUM, depth);
        /* a bare bool input as the result would be a copy of raw bytes, which
         * the contract leaves open (2 or 1?): make it a kernel's 0/1 output */
        if (e->node[e->root].op == EG_VAR && e->node[e->root].type == EG_BOOL)
            e->root = add_node(&g, EG_NOT, EG_BOOL, e->root, -1, -1);
    }
    e->dtype = (ksimd_dtype)e->node[e->root].type;
    /* A declared variable that the text never uses. */
    if (e->nvars < EG_MAX_VARS && eg_pick(s, 8) == 0) new_var(&g, random_dtype(&g, W_NUM));
    for (size_t i = 0; i < e->nvars; i++) e->name_ptrs[i] = e->names[i];
    return eg_print(e, e->text, sizeof e->text) && operations(e, e->root) <= MAX_OPS;
}

void eg_generate(struct eg_expr *e, struct eg_source *s)
{
    /* a small expression always fits */
    if (!generate(e, s, 1)) generate(e, s, 0);
}
