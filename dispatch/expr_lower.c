/* A typed tree to a program (kernels/expr_prog.h): instructions in
 * evaluation order, each value computed once (an instruction equal to an
 * earlier one, conversions included, is that one: common subexpressions),
 * literals as typed constants the evaluator broadcasts, literal divisors
 * decoded once here into divisor.h's multiply-and-shift. Then registers:
 * a value's register is free again after its last reader, and the block
 * is as long as the registers allow within KX_STACK_BYTES, and longer than
 * KX_MATH_BLOCK_MAX only while registers, inputs and output fit in
 * KX_L1_BYTES; a program of one instruction from the inputs to the output
 * uses no register, and its block is KX_BLOCK_DIRECT. */
#include <math.h>
#include <string.h>

#include "expr_parse.h"

#define NODE(i) (&c->node[i])

struct lower {
    struct kx_ctx *c;
    struct kx_prog *p;
    uint8_t const_type[KX_MAX_CONSTS];
};

static struct kx_src src(int kind, unsigned idx)
{
    struct kx_src s;
    memset(&s, 0, sizeof s);
    s.kind = (uint8_t)kind, s.idx = (uint16_t)idx;
    return s;
}

static struct kx_src constant(struct lower *l, int type, union kx_const v)
{
    struct kx_prog *p = l->p;
    for (unsigned i = 0; i < p->nconsts; i++)
        if (l->const_type[i] == type && memcmp(&p->consts[i], &v, sizeof v) == 0) return src(KX_CONST, i);
    if (p->nconsts >= KX_MAX_CONSTS) kx_fail(l->c, KSIMD_ERR_EXPR, 0, "too many literals");
    l->const_type[p->nconsts] = (uint8_t)type;
    p->consts[p->nconsts] = v;
    return src(KX_CONST, p->nconsts++);
}

/* A literal's value in type t, negated when neg (exact, or wrapping). */
static union kx_const typed_literal(const struct kx_node *n, int t, int neg)
{
    union kx_const k;
    memset(&k, 0, sizeof k);
    switch (t) {
    case KSIMD_DT_F32:
        k.f32 = n->kind == KN_INT ? (float)n->ival : (float)n->fval;
        k.f32 = neg ? -k.f32 : k.f32;
        break;
    case KSIMD_DT_F64:
        k.f64 = n->kind == KN_INT ? (double)n->ival : n->fval;
        k.f64 = neg ? -k.f64 : k.f64;
        break;
    case KSIMD_DT_I32:
        k.i32 = (int32_t)(neg ? 0u - (uint32_t)n->ival : (uint32_t)n->ival);
        break;
    default:
        k.i64 = (int64_t)(neg ? 0u - (uint64_t)n->ival : (uint64_t)n->ival);
    }
    return k;
}

/* A literal node as a constant of type t (typing checked that it fits). */
static struct kx_src literal(struct lower *l, const struct kx_node *n, int t)
{
    return constant(l, t, typed_literal(n, t, 0));
}

static int same_src(struct kx_src a, struct kx_src b)
{
    return a.kind == b.kind && a.idx == b.idx && a.tf == b.tf && (!a.tf || (a.k1 == b.k1 && a.k2 == b.k2));
}

/* Appends ins, or finds the earlier instruction that computes the same. */
static struct kx_src emit(struct lower *l, const struct kx_ins *ins)
{
    struct kx_prog *p = l->p;
    for (unsigned i = 0; i < p->nins; i++) {
        const struct kx_ins *o = &p->ins[i];
        if (o->op == ins->op && o->type == ins->type && o->from == ins->from && o->cmp == ins->cmp &&
            o->cop == ins->cop && o->post == ins->post && same_src(o->a, ins->a) && same_src(o->b, ins->b) &&
            same_src(o->c, ins->c) && same_src(o->d, ins->d) && same_src(o->e, ins->e) &&
            memcmp(&o->div, &ins->div, sizeof o->div) == 0)
            return src(KX_REG, i);
    }
    if (p->nins >= KX_MAX_INS) kx_fail(l->c, KSIMD_ERR_EXPR, 0, "expression too large");
    p->ins[p->nins] = *ins;
    return src(KX_REG, p->nins++);
}

static struct kx_src value(struct lower *l, uint16_t id);

static struct kx_ins ins_of(int op, int type)
{
    struct kx_ins i;
    memset(&i, 0, sizeof i);
    i.op = (uint8_t)op, i.type = (uint8_t)type;
    return i;
}

/* Node id's value as type t: a constant, or converted when it is not t. */
static struct kx_src value_as(struct lower *l, uint16_t id, int t)
{
    struct kx_ctx *c = l->c;
    const struct kx_node *n = NODE(id);
    if (n->kind == KN_INT || n->kind == KN_FLOAT) return literal(l, n, t);
    struct kx_src v = value(l, id);
    if (n->type == t) return v;
    struct kx_ins cv = ins_of(KX_CVT, t);
    cv.from = n->type, cv.a = v;
    return emit(l, &cv);
}

static int is_int_type(int t) { return t == KSIMD_DT_I32 || t == KSIMD_DT_I64; }

/* a % d == 0 (or != 0) for a literal d: one test by d's inverse (expr_t.h),
 * not a division and a compare. */
static int divisibility(struct lower *l, const struct kx_node *n, struct kx_ins *ins)
{
    struct kx_ctx *c = l->c;
    if (n->kind != KX_CMP || (n->sub != KSIMD_EQ && n->sub != KSIMD_NE)) return 0;
    const struct kx_node *m = NODE(n->kid[0]), *z = NODE(n->kid[1]);
    if (m->kind != KX_MOD_BY) m = NODE(n->kid[1]), z = NODE(n->kid[0]);
    if (m->kind != KX_MOD_BY || z->kind != KN_INT || z->ival != 0 || m->type != n->optype) return 0;
    const int bits = n->optype == KSIMD_DT_I32 ? 32 : 64;
    const uint64_t mask = bits == 32 ? UINT32_MAX : UINT64_MAX;
    int64_t d = NODE(m->kid[1])->ival;
    uint64_t odd = (d < 0 ? 0 - (uint64_t)d : (uint64_t)d) & mask;
    unsigned shift = 0;
    while (!(odd & 1)) odd >>= 1, shift++;
    uint64_t inv = odd; /* Newton: each step doubles the correct low bits */
    for (int k = 0; k < 5; k++) inv *= 2 - odd * inv;
    *ins = ins_of(KX_DIVISIBLE, n->optype);
    ins->cmp = n->sub;
    ins->div.test.inv = inv & mask, ins->div.test.lim = mask / odd, ins->div.test.shift = shift;
    ins->a = value_as(l, m->kid[0], n->optype);
    return 1;
}

/* Integer a * k for a small k as at most three additions (expr_t.h). */
static int small_multiple(struct lower *l, const struct kx_node *n, struct kx_ins *ins)
{
    struct kx_ctx *c = l->c;
    if (n->kind != KX_MUL || !is_int_type(n->optype)) return 0;
    int lit = NODE(n->kid[1])->kind == KN_INT ? 1 : NODE(n->kid[0])->kind == KN_INT ? 0 : -1;
    if (lit < 0) return 0;
    int64_t k = NODE(n->kid[lit])->ival;
    if (k < 2 || k > 16 || (31 - __builtin_clz((unsigned)k)) + __builtin_popcount((unsigned)k) - 1 > 3) return 0;
    *ins = ins_of(KX_MULK, n->optype);
    ins->a = value_as(l, n->kid[1 - lit], n->optype);
    ins->b = literal(l, NODE(n->kid[lit]), n->optype);
    return 1;
}

static struct kx_src operand(struct lower *l, uint16_t id, int t);

/* A where's condition computed inside its loop, never stored as bytes: a
 * compare or divisibility test on the where's own type. */
static int fused_condition(struct lower *l, const struct kx_node *m, int t, struct kx_ins *ins)
{
    struct kx_ctx *c = l->c;
    struct kx_ins test;
    if (divisibility(l, m, &test)) {
        if (test.type != t) return 0;
        ins->cop = KX_DIVISIBLE, ins->cmp = test.cmp, ins->div = test.div, ins->d = test.a;
        return 1;
    }
    if (m->kind != KX_CMP || m->optype != t) return 0;
    static const uint8_t mirror[] = {[KSIMD_LT] = KSIMD_GT, [KSIMD_LE] = KSIMD_GE, [KSIMD_GT] = KSIMD_LT,
                                     [KSIMD_GE] = KSIMD_LE, [KSIMD_EQ] = KSIMD_EQ, [KSIMD_NE] = KSIMD_NE};
    int lit0 = NODE(m->kid[0])->kind == KN_INT || NODE(m->kid[0])->kind == KN_FLOAT;
    ins->cop = KX_CMP;
    ins->cmp = lit0 ? mirror[m->sub] : m->sub; /* a constant on the right */
    ins->d = operand(l, m->kid[lit0], t);
    ins->e = operand(l, m->kid[!lit0], t);
    return 1;
}

static int is_float_type(int t) { return t == KSIMD_DT_F32 || t == KSIMD_DT_F64; }
static int is_literal(const struct kx_node *n) { return n->kind == KN_INT || n->kind == KN_FLOAT; }

static union kx_const float_const(int t, double v)
{
    union kx_const k;
    memset(&k, 0, sizeof k);
    if (t == KSIMD_DT_F32)
        k.f32 = (float)v;
    else
        k.f64 = v;
    return k;
}

/* The identities of a transform in type t: factor 1, addend -0.0 (or 0). */
static union kx_const identity(int t, int addend)
{
    union kx_const k;
    memset(&k, 0, sizeof k);
    if (is_float_type(t)) return float_const(t, addend ? -0.0 : 1.0);
    if (t == KSIMD_DT_I32)
        k.i32 = !addend;
    else
        k.i64 = !addend;
    return k;
}

/* 1 / d when it is exact and normal in t (d a power of two), so that a
 * division by d is the multiply by it, to the bit; else 0. */
static double exact_reciprocal(const struct kx_node *d, int t)
{
    double v = d->kind == KN_INT ? (double)d->ival : d->fval;
    int e;
    if (!(v != 0) || frexp(v, &e) != (v < 0 ? -0.5 : 0.5)) return 0;
    double r = 1 / v, lim = t == KSIMD_DT_F32 ? 0x1p-126 : 0x1p-1022, big = t == KSIMD_DT_F32 ? 0x1p127 : 0x1p1023;
    return fabs(r) >= lim && fabs(r) <= big && fabs(v) >= lim && fabs(v) <= big ? r : 0;
}

/* Node id as a source of type t, a multiply and an add folded in when it
 * is x*k, k*x, x*x, x**2, and for floats -x or x/2^j, then + k or - k,
 * around one value x (expr_prog.h's transform): evaluated where it is
 * read, with no pass of its own. Anything else is its value. */
static struct kx_src operand(struct lower *l, uint16_t id, int t)
{
    struct kx_ctx *c = l->c;
    const struct kx_node *n = NODE(id);
    if (t == KSIMD_DT_BOOL || is_literal(n) || n->kind == KN_VAR || n->optype != t || n->type != t)
        return value_as(l, id, t);
    const int fl = is_float_type(t);
    union kx_const k1 = identity(t, 0), k2 = identity(t, 1);
    int tf = KX_TF_NONE;
    uint16_t inner = id;
    if (n->kind == KX_ADD || n->kind == KX_SUB) {
        int lit = is_literal(NODE(n->kid[1])) ? 1 : n->kind == KX_ADD && is_literal(NODE(n->kid[0])) ? 0 : -1;
        if (lit >= 0) {
            /* x - k is x + (-k), to the bit */
            k2 = typed_literal(NODE(n->kid[lit]), t, n->kind == KX_SUB), tf = KX_TF_AFFINE, inner = n->kid[1 - lit];
        }
    }
    const struct kx_node *m = NODE(inner);
    uint16_t base = inner;
    if (!is_literal(m) && m->kind != KN_VAR && m->optype == t && m->type == t) {
        if (m->kind == KX_MUL && (is_literal(NODE(m->kid[0])) || is_literal(NODE(m->kid[1])))) {
            int lit = is_literal(NODE(m->kid[1]));
            k1 = typed_literal(NODE(m->kid[lit]), t, 0), tf = KX_TF_AFFINE, base = m->kid[1 - lit];
        } else if ((m->kind == KX_MUL && same_src(value_as(l, m->kid[0], t), value_as(l, m->kid[1], t))) ||
                   (m->kind == KX_IPOW && NODE(m->kid[1])->ival == 2)) {
            tf = KX_TF_SQUARE, base = m->kid[0];
        } else if (fl && m->kind == KX_NEG) {
            k1 = float_const(t, -1), tf = KX_TF_AFFINE, base = m->kid[0];
        } else if (fl && m->kind == KX_DIV && is_literal(NODE(m->kid[1])) &&
                   exact_reciprocal(NODE(m->kid[1]), t) != 0) {
            k1 = float_const(t, exact_reciprocal(NODE(m->kid[1]), t)), tf = KX_TF_AFFINE, base = m->kid[0];
        }
    }
    if (tf == KX_TF_NONE) return value_as(l, id, t);
    struct kx_src s = value_as(l, base, t);
    if (s.tf) return value_as(l, id, t); /* one transform a source */
    s.tf = (uint8_t)tf;
    s.k1 = constant(l, t, k1).idx, s.k2 = constant(l, t, k2).idx;
    return s;
}

static struct kx_src value(struct lower *l, uint16_t id)
{
    struct kx_ctx *c = l->c;
    const struct kx_node *n = NODE(id);
    if (n->kind == KN_VAR) return src(KX_IN, (unsigned)n->ival);
    struct kx_ins special;
    if (divisibility(l, n, &special) || small_multiple(l, n, &special)) return emit(l, &special);
    /* sqrt of a float binary operation: in that operation's pass */
    if (n->kind == KX_SQRT && is_float_type(n->optype)) {
        const struct kx_node *m = NODE(n->kid[0]);
        int binary = m->kind == KX_ADD || m->kind == KX_SUB || m->kind == KX_MUL || m->kind == KX_DIV ||
                     m->kind == KX_MINIMUM || m->kind == KX_MAXIMUM;
        if (binary && m->optype == n->optype && m->type == n->optype) {
            special = ins_of(m->kind, n->optype);
            special.a = operand(l, m->kid[0], n->optype), special.b = operand(l, m->kid[1], n->optype);
            special.post = KX_SQRT;
            return emit(l, &special);
        }
    }
    struct kx_ins ins = ins_of(n->kind, n->optype);
    int t = n->optype;
    switch (n->kind) {
    case KX_WHERE:
        if (fused_condition(l, NODE(n->kid[0]), t, &ins)) {
            ins.b = operand(l, n->kid[1], t);
            ins.c = operand(l, n->kid[2], t);
            break;
        }
        ins.a = value_as(l, n->kid[0], KSIMD_DT_BOOL);
        ins.b = operand(l, n->kid[1], t);
        ins.c = operand(l, n->kid[2], t);
        break;
    case KX_CLIP:
        ins.a = operand(l, n->kid[0], t);
        ins.b = literal(l, NODE(n->kid[1]), t);
        ins.c = literal(l, NODE(n->kid[2]), t);
        break;
    case KX_IPOW: {
        union kx_const k;
        k.i64 = NODE(n->kid[1])->ival;
        if (k.i64 == 1) return value_as(l, n->kid[0], t);
        ins.a = value_as(l, n->kid[0], t);
        ins.b = constant(l, KSIMD_DT_I64, k);
        break;
    }
    case KX_FLOORDIV_BY:
    case KX_MOD_BY: {
        int64_t d = NODE(n->kid[1])->ival;
        ins.a = value_as(l, n->kid[0], t);
        ins.b = literal(l, NODE(n->kid[1]), t);
        if (t == KSIMD_DT_I32)
            ins.div.u32 = ksimd_udiv32_make(d < 0 ? 0u - (uint32_t)d : (uint32_t)d);
        else
            ins.div.u64 = ksimd_udiv64_make(d < 0 ? 0u - (uint64_t)d : (uint64_t)d);
        break;
    }
    case KX_CMP:
        ins.cmp = n->sub;
        /* fall through */
    default:
        for (int k = 0; k < n->nargs; k++) {
            /* isnan and the division by an array read their arrays as
             * they are (masked_t.h's cmp1, expr_t.h's xdivarr) */
            int raw = n->kind == KX_ISNAN || n->kind == KX_FLOORDIV || n->kind == KX_MOD;
            struct kx_src s = raw ? value_as(l, n->kid[k], t) : operand(l, n->kid[k], t);
            if (k == 0) ins.a = s;
            if (k == 1) ins.b = s;
        }
    }
    return emit(l, &ins);
}

/* Whether the program is one instruction from the inputs to the output,
 * not a math op (whose loops have block-sized buffers): it keeps no value
 * in a register (expr.c's `direct`), so its blocks use no L1 or stack. */
static int direct_only(const struct kx_prog *p)
{
    const struct kx_ins *ins = &p->ins[0];
    if (p->nins != 1 || p->reduce != KX_ELEMENTWISE || kx_math_op(p)) return 0;
    if (p->result.kind != KX_REG || p->result.idx != ins->dst) return 0;
    const struct kx_src *s[5] = {&ins->a, &ins->b, &ins->c, &ins->d, &ins->e};
    for (int k = 0; k < 5; k++)
        if (s[k]->kind == KX_REG) return 0;
    return 1;
}

/* Bytes per element of the inputs the program reads and of its output. */
static size_t io_bytes(const struct kx_prog *p)
{
    unsigned char read[KX_MAX_VARS] = {0};
    if (p->result.kind == KX_IN) read[p->result.idx] = 1;
    for (unsigned i = 0; i < p->nins; i++) {
        const struct kx_src *s[5] = {&p->ins[i].a, &p->ins[i].b, &p->ins[i].c, &p->ins[i].d, &p->ins[i].e};
        for (int k = 0; k < 5; k++)
            if (s[k]->kind == KX_IN) read[s[k]->idx] = 1;
    }
    size_t bytes = p->reduce == KX_ELEMENTWISE ? kx_type_size(p->out_type) : 0;
    for (unsigned v = 0; v < p->nvars; v++) bytes += read[v] ? kx_type_size(p->var_type[v]) : 0;
    return bytes;
}

/* Registers: a value's register is taken when it is computed and given
 * back after its last reader, never to that reader itself (a widening
 * conversion into its own source would overwrite values not yet read). */
static void allocate(struct lower *l)
{
    struct kx_prog *p = l->p;
    uint16_t last[KX_MAX_INS], reg[KX_MAX_INS], free_regs[KX_MAX_INS];
    unsigned nfree = 0, nregs = 0;
    memset(reg, 0, sizeof reg);
    for (unsigned i = 0; i < p->nins; i++) last[i] = (uint16_t)i;
    for (unsigned i = 0; i < p->nins; i++) {
        struct kx_src *s[5] = {&p->ins[i].a, &p->ins[i].b, &p->ins[i].c, &p->ins[i].d, &p->ins[i].e};
        for (int k = 0; k < 5; k++)
            if (s[k]->kind == KX_REG) last[s[k]->idx] = (uint16_t)i;
    }
    if (p->result.kind == KX_REG) last[p->result.idx] = KX_MAX_INS;
    for (unsigned i = 0; i < p->nins; i++) {
        struct kx_ins *ins = &p->ins[i];
        reg[i] = (uint16_t)(nfree ? free_regs[--nfree] : nregs++);
        ins->dst = (uint8_t)reg[i];
        struct kx_src *s[5] = {&ins->a, &ins->b, &ins->c, &ins->d, &ins->e};
        for (int k = 0; k < 5; k++) {
            if (s[k]->kind != KX_REG) continue;
            unsigned v = s[k]->idx;
            s[k]->idx = reg[v];
            /* a value read twice by one instruction is freed once */
            int again = 0;
            for (int j = 0; j < k; j++) again |= s[j]->kind == KX_REG && s[j]->idx == reg[v] && last[v] == i;
            if (last[v] == i && !again) free_regs[nfree++] = reg[v];
        }
    }
    if (p->result.kind == KX_REG) p->result.idx = reg[p->result.idx];
    size_t block = kx_math_op(p) ? KX_MATH_BLOCK_MAX : KX_BLOCK_MAX;
    const size_t per_element = nregs * 8 + io_bytes(p);
    while (block > KX_BLOCK_MIN &&
           (nregs * block * 8 > KX_STACK_BYTES || (block > KX_MATH_BLOCK_MAX && block * per_element > KX_L1_BYTES)))
        block /= 2;
    if (nregs * block * 8 > KX_STACK_BYTES) kx_fail(l->c, KSIMD_ERR_EXPR, 0, "too many values live at once");
    p->nregs = (uint16_t)nregs;
    p->block = direct_only(p) ? KX_BLOCK_DIRECT : block;
}

void kx_lower(struct kx_ctx *c, struct kx_prog *p)
{
    struct lower l;
    l.c = c, l.p = p;
    const struct kx_node *root = NODE(c->root);
    p->nvars = (uint8_t)c->nvars;
    for (size_t v = 0; v < c->nvars; v++) p->var_type[v] = (uint8_t)c->types[v];
    if (root->kind == KN_REDUCE) {
        p->reduce = root->sub;
        p->out_type = root->type;
        p->type = root->optype;
        p->result = value(&l, root->kid[0]);
    } else {
        p->reduce = KX_ELEMENTWISE;
        p->type = p->out_type = root->type;
        p->result = value(&l, c->root);
        if (p->type == KSIMD_DT_BOOL && p->result.kind == KX_IN) {
            /* a bool input's bytes may be any non-zero for true; outputs are 0 or 1 */
            struct kx_ins norm = ins_of(KX_OR, KSIMD_DT_BOOL);
            norm.a = norm.b = p->result;
            p->result = emit(&l, &norm);
        }
    }
    allocate(&l);
}
