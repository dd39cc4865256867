/* Expression text to a tree (recursive descent, one token of lookahead),
 * then the tree typed after NumPy 2 with weak literals (API.md,
 * "Expressions"; docs/expressions.md has every rule). Every error stops at
 * its first occurrence with a position and a one-line message. */
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr_parse.h"

void kx_fail(struct kx_ctx *c, ksimd_status st, size_t pos, const char *fmt, ...)
{
    c->status = st;
    if (c->err) {
        va_list ap;
        va_start(ap, fmt);
        c->err->pos = pos;
        vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
        va_end(ap);
    }
    longjmp(c->fail, 1);
}

/* ---- tokens ---- */

enum tok_kind { TK_END, TK_INT, TK_FLOAT, TK_NAME, TK_OP };
enum tok_op {
    OP_OR,
    OP_AND,
    OP_NOT,
    OP_EQ,
    OP_NE,
    OP_LT,
    OP_LE,
    OP_GT,
    OP_GE,
    OP_ADD,
    OP_SUB,
    OP_MUL,
    OP_DIV,
    OP_FLOORDIV,
    OP_MOD,
    OP_POW,
    OP_LP,
    OP_RP,
    OP_COMMA
};
static const char *const op_text[] = {"|", "&", "~", "==", "!=", "<",  "<=", ">", ">=", "+",
                                      "-", "*", "/", "//", "%",  "**", "(",  ")", ","};

struct tok {
    int kind, op, big; /* big: the integer 2^63, valid only negated */
    size_t pos, len;
    int64_t ival;
    double fval;
};

static int is_ident(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_'; }
static int is_digit(int ch) { return ch >= '0' && ch <= '9'; }

static void lex_number(struct kx_ctx *c, struct tok *t)
{
    const char *s = c->text + t->pos;
    size_t i = 0;
    int is_float = 0;
    while (is_digit(s[i])) i++;
    if (s[i] == '.') {
        is_float = 1, i++;
        while (is_digit(s[i])) i++;
    }
    if (s[i] == 'e' || s[i] == 'E') {
        size_t e = i + 1;
        if (s[e] == '+' || s[e] == '-') e++;
        if (!is_digit(s[e])) kx_fail(c, KSIMD_ERR_EXPR, t->pos, "malformed number: exponent without digits");
        while (is_digit(s[e])) e++;
        is_float = 1, i = e;
    }
    if (i == 1 && s[0] == '.') kx_fail(c, KSIMD_ERR_EXPR, t->pos, "malformed number");
    if (s[i] == '.' || is_ident(s[i]) || is_digit(s[i])) kx_fail(c, KSIMD_ERR_EXPR, t->pos + i, "malformed number");
    t->len = i;
    if (is_float) {
        /* strtod reads the locale's radix character: give it that one */
        char buf[KX_MAX_TEXT + 1], radix = localeconv()->decimal_point[0];
        memcpy(buf, s, i);
        buf[i] = 0;
        for (size_t k = 0; k < i; k++)
            if (buf[k] == '.') buf[k] = radix;
        t->kind = TK_FLOAT, t->fval = strtod(buf, NULL);
        return;
    }
    uint64_t v = 0;
    for (size_t k = 0; k < i; k++) {
        unsigned d = (unsigned)(s[k] - '0');
        if (v > ((uint64_t)1 << 63) / 10 || (v * 10 + d) > ((uint64_t)1 << 63))
            kx_fail(c, KSIMD_ERR_EXPR, t->pos, "integer literal out of range");
        v = v * 10 + d;
    }
    t->kind = TK_INT, t->big = v == (uint64_t)1 << 63, t->ival = (int64_t)(v & ~((uint64_t)1 << 63));
    if (t->big) t->ival = INT64_MIN;
}

static struct tok lex(struct kx_ctx *c)
{
    struct tok t = {TK_END, 0, 0, 0, 0, 0, 0};
    const char *s = c->text;
    while (c->at < c->len && (s[c->at] == ' ' || s[c->at] == '\t' || s[c->at] == '\n' || s[c->at] == '\r')) c->at++;
    t.pos = c->at;
    if (c->at >= c->len) return t;
    int ch = (unsigned char)s[c->at];
    if (is_digit(ch) || (ch == '.' && is_digit(s[c->at + 1]))) {
        lex_number(c, &t);
    } else if (is_ident(ch)) {
        size_t i = c->at;
        while (is_ident(s[i]) || is_digit(s[i])) i++;
        t.kind = TK_NAME, t.len = i - c->at;
    } else {
        t.kind = TK_OP;
        for (int op = (int)(sizeof op_text / sizeof op_text[0]) - 1; op >= 0; op--) {
            size_t l = strlen(op_text[op]);
            /* two-character operators first: "**" before "*", "<=" before "<" */
            if (strncmp(s + c->at, op_text[op], l) == 0 && (!t.len || l > t.len)) t.op = op, t.len = l;
        }
        if (!t.len) {
            if (ch >= 0x20 && ch < 0x7f) kx_fail(c, KSIMD_ERR_EXPR, t.pos, "unexpected character '%c'", ch);
            kx_fail(c, KSIMD_ERR_EXPR, t.pos, "unexpected byte 0x%02x", (unsigned)ch);
        }
    }
    c->at += t.len;
    return t;
}

/* ---- the parser ---- */

struct parser {
    struct kx_ctx *c;
    struct tok t; /* the lookahead */
};

static void advance(struct parser *ps) { ps->t = lex(ps->c); }
static int at_op(const struct parser *ps, int op) { return ps->t.kind == TK_OP && ps->t.op == op; }

static uint16_t node_new(struct kx_ctx *c, int kind, size_t pos)
{
    if (c->nnodes >= KX_MAX_NODES) kx_fail(c, KSIMD_ERR_EXPR, pos, "expression too large");
    struct kx_node *n = &c->node[c->nnodes];
    memset(n, 0, sizeof *n);
    n->kind = (uint16_t)kind, n->pos = (uint32_t)pos;
    return c->nnodes++;
}

static uint16_t node_op(struct parser *ps, int kind, size_t pos, int nargs, const uint16_t *kid)
{
    struct kx_ctx *c = ps->c;
    if (++c->ops > KX_MAX_OPS) kx_fail(c, KSIMD_ERR_EXPR, pos, "more than %d operations", KX_MAX_OPS);
    uint16_t id = node_new(c, kind, pos);
    c->node[id].nargs = (uint8_t)nargs;
    for (int i = 0; i < nargs; i++) c->node[id].kid[i] = kid[i];
    return id;
}

static void deeper(struct parser *ps)
{
    if (++ps->c->depth > KX_MAX_DEPTH) kx_fail(ps->c, KSIMD_ERR_EXPR, ps->t.pos, "nested deeper than %d", KX_MAX_DEPTH);
}

static void unexpected(struct parser *ps, const char *wanted)
{
    struct kx_ctx *c = ps->c;
    if (ps->t.kind == TK_END) kx_fail(c, KSIMD_ERR_EXPR, ps->t.pos, "unexpected end of text, expected %s", wanted);
    kx_fail(c, KSIMD_ERR_EXPR, ps->t.pos, "unexpected '%.*s', expected %s", (int)(ps->t.len > 20 ? 20 : ps->t.len),
            c->text + ps->t.pos, wanted);
}

static uint16_t parse_or(struct parser *ps);

struct fn {
    const char *name;
    int kind, nargs, sub;
};
static const struct fn functions[] = {
    {"where", KX_WHERE, 3, 0},     {"abs", KX_ABS, 1, 0},         {"sqrt", KX_SQRT, 1, 0},
    {"floor", KX_FLOOR, 1, 0},     {"ceil", KX_CEIL, 1, 0},       {"rint", KX_RINT, 1, 0},
    {"exp", KX_EXP, 1, 0},         {"log", KX_LOG, 1, 0},         {"sin", KX_SIN, 1, 0},
    {"cos", KX_COS, 1, 0},         {"tanh", KX_TANH, 1, 0},       {"pow", KX_POW, 2, 0},
    {"minimum", KX_MINIMUM, 2, 0}, {"maximum", KX_MAXIMUM, 2, 0}, {"clip", KX_CLIP, 3, 0},
    {"isnan", KX_ISNAN, 1, 0},     {"sum", KN_REDUCE, 1, KX_SUM}, {"min", KN_REDUCE, 1, KX_MINR},
    {"max", KN_REDUCE, 1, KX_MAXR}};

static const struct fn *function_named(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        if (strlen(functions[i].name) == len && memcmp(functions[i].name, s, len) == 0) return &functions[i];
    return NULL;
}

static int reserved(const char *s, size_t len)
{
    return function_named(s, len) || (len == 3 && (memcmp(s, "inf", 3) == 0 || memcmp(s, "nan", 3) == 0));
}

static uint16_t parse_call(struct parser *ps, const struct fn *f, size_t pos)
{
    uint16_t kid[3];
    int n = 0;
    advance(ps); /* the name */
    if (!at_op(ps, OP_LP)) unexpected(ps, "'(' after a function name");
    advance(ps);
    deeper(ps);
    if (!at_op(ps, OP_RP))
        for (;;) {
            uint16_t a = parse_or(ps);
            if (n < 3) kid[n] = a;
            n++;
            if (!at_op(ps, OP_COMMA)) break;
            advance(ps);
        }
    if (!at_op(ps, OP_RP)) unexpected(ps, "',' or ')'");
    if (n != f->nargs)
        kx_fail(ps->c, KSIMD_ERR_EXPR, pos, "%s takes %d argument%s, not %d", f->name, f->nargs,
                f->nargs == 1 ? "" : "s", n);
    advance(ps);
    ps->c->depth--;
    uint16_t id = node_op(ps, f->kind, pos, n, kid);
    ps->c->node[id].sub = (uint8_t)f->sub;
    return id;
}

static uint16_t parse_atom(struct parser *ps)
{
    struct kx_ctx *c = ps->c;
    struct tok t = ps->t;
    if (t.kind == TK_INT || t.kind == TK_FLOAT) {
        uint16_t id = node_new(c, t.kind == TK_INT ? KN_INT : KN_FLOAT, t.pos);
        c->node[id].ival = t.ival, c->node[id].fval = t.fval, c->node[id].sub = (uint8_t)t.big;
        advance(ps);
        return id;
    }
    if (t.kind == TK_NAME) {
        const char *s = c->text + t.pos;
        const struct fn *f = function_named(s, t.len);
        if (f) return parse_call(ps, f, t.pos);
        if (t.len == 3 && (memcmp(s, "inf", 3) == 0 || memcmp(s, "nan", 3) == 0)) {
            uint16_t id = node_new(c, KN_FLOAT, t.pos);
            c->node[id].fval = s[0] == 'i' ? INFINITY : NAN;
            advance(ps);
            return id;
        }
        for (size_t v = 0; v < c->nvars; v++)
            if (strlen(c->names[v]) == t.len && memcmp(c->names[v], s, t.len) == 0) {
                uint16_t id = node_new(c, KN_VAR, t.pos);
                c->node[id].ival = (int64_t)v;
                advance(ps);
                return id;
            }
        kx_fail(c, KSIMD_ERR_EXPR, t.pos, "unknown name '%.*s'", (int)(t.len > 40 ? 40 : t.len), s);
    }
    if (at_op(ps, OP_LP)) {
        advance(ps);
        deeper(ps);
        uint16_t id = parse_or(ps);
        if (!at_op(ps, OP_RP)) unexpected(ps, "')'");
        advance(ps);
        c->depth--;
        return id;
    }
    unexpected(ps, "a number, a name or '('");
    return 0;
}

typedef uint16_t (*parse_fn)(struct parser *ps);

/* op, any number of times, before next: op applies to what follows it. */
static uint16_t parse_prefix(struct parser *ps, int op, int kind, parse_fn self, parse_fn next)
{
    if (!at_op(ps, op)) return next(ps);
    size_t pos = ps->t.pos;
    advance(ps);
    deeper(ps);
    uint16_t kid[1] = {self(ps)};
    ps->c->depth--;
    return node_op(ps, kind, pos, 1, kid);
}

/* next (op next)*, left associative. */
static uint16_t parse_chain(struct parser *ps, int op, int kind, parse_fn next)
{
    uint16_t a = next(ps);
    while (at_op(ps, op)) {
        size_t pos = ps->t.pos;
        advance(ps);
        uint16_t kid[2] = {a, next(ps)};
        a = node_op(ps, kind, pos, 2, kid);
    }
    return a;
}

static uint16_t parse_unary(struct parser *ps);

/* a ** b binds tighter than a unary minus on its left and is right
 * associative; its exponent may carry a sign (2 ** -1). */
static uint16_t parse_power(struct parser *ps)
{
    uint16_t base = parse_atom(ps);
    if (!at_op(ps, OP_POW)) return base;
    size_t pos = ps->t.pos;
    advance(ps);
    uint16_t kid[2] = {base, parse_unary(ps)};
    return node_op(ps, KN_POWOP, pos, 2, kid);
}

static uint16_t parse_unary(struct parser *ps) { return parse_prefix(ps, OP_SUB, KX_NEG, parse_unary, parse_power); }

static uint16_t parse_mul(struct parser *ps)
{
    uint16_t a = parse_unary(ps);
    while (at_op(ps, OP_MUL) || at_op(ps, OP_DIV) || at_op(ps, OP_FLOORDIV) || at_op(ps, OP_MOD)) {
        int op = ps->t.op;
        size_t pos = ps->t.pos;
        advance(ps);
        uint16_t kid[2] = {a, parse_unary(ps)};
        int kind = op == OP_MUL ? KX_MUL : op == OP_DIV ? KX_DIV : KN_DIVOP;
        a = node_op(ps, kind, pos, 2, kid);
        ps->c->node[a].sub = op == OP_MOD;
    }
    return a;
}

static uint16_t parse_add(struct parser *ps)
{
    uint16_t a = parse_mul(ps);
    while (at_op(ps, OP_ADD) || at_op(ps, OP_SUB)) {
        int kind = at_op(ps, OP_ADD) ? KX_ADD : KX_SUB;
        size_t pos = ps->t.pos;
        advance(ps);
        uint16_t kid[2] = {a, parse_mul(ps)};
        a = node_op(ps, kind, pos, 2, kid);
    }
    return a;
}

static int cmp_of(const struct parser *ps)
{
    static const int map[][2] = {{OP_EQ, KSIMD_EQ}, {OP_NE, KSIMD_NE}, {OP_LT, KSIMD_LT},
                                 {OP_LE, KSIMD_LE}, {OP_GT, KSIMD_GT}, {OP_GE, KSIMD_GE}};
    for (int i = 0; i < 6; i++)
        if (at_op(ps, map[i][0])) return map[i][1];
    return -1;
}

static uint16_t parse_cmp(struct parser *ps)
{
    uint16_t a = parse_add(ps);
    int cmp = cmp_of(ps);
    if (cmp < 0) return a;
    size_t pos = ps->t.pos;
    advance(ps);
    uint16_t kid[2] = {a, parse_add(ps)};
    a = node_op(ps, KX_CMP, pos, 2, kid);
    ps->c->node[a].sub = (uint8_t)cmp;
    if (cmp_of(ps) >= 0) kx_fail(ps->c, KSIMD_ERR_EXPR, ps->t.pos, "comparisons do not chain: add parentheses");
    return a;
}

static uint16_t parse_not(struct parser *ps) { return parse_prefix(ps, OP_NOT, KX_NOT, parse_not, parse_cmp); }
static uint16_t parse_and(struct parser *ps) { return parse_chain(ps, OP_AND, KX_AND, parse_not); }
static uint16_t parse_or(struct parser *ps) { return parse_chain(ps, OP_OR, KX_OR, parse_and); }

static void check_names(struct kx_ctx *c)
{
    if (c->nvars > KX_MAX_VARS) kx_fail(c, KSIMD_ERR_EXPR, 0, "more than %d variables", KX_MAX_VARS);
    for (size_t v = 0; v < c->nvars; v++) {
        const char *s = c->names[v];
        if (!s) kx_fail(c, KSIMD_ERR_NULL, 0, "variable %zu has no name", v);
        size_t len = strlen(s);
        int ok = len > 0 && len <= 63 && is_ident((unsigned char)s[0]);
        for (size_t i = 1; ok && i < len; i++) ok = is_ident((unsigned char)s[i]) || is_digit(s[i]);
        if (!ok) kx_fail(c, KSIMD_ERR_EXPR, 0, "variable %zu: not a name (letters, digits, _; at most 63)", v);
        if (reserved(s, len)) kx_fail(c, KSIMD_ERR_EXPR, 0, "variable %zu: \"%s\" is reserved", v, s);
        if ((unsigned)c->types[v] > (unsigned)KSIMD_DT_F64)
            kx_fail(c, KSIMD_ERR_EXPR, 0, "variable %s: unknown type", s);
        for (size_t w = 0; w < v; w++)
            if (strcmp(c->names[w], s) == 0) kx_fail(c, KSIMD_ERR_EXPR, 0, "variable \"%s\" named twice", s);
    }
}

void kx_type_tree(struct kx_ctx *c); /* expr_types.c */

void kx_parse(struct kx_ctx *c)
{
    struct parser ps = {c, {0}};
    if (c->len > KX_MAX_TEXT) kx_fail(c, KSIMD_ERR_EXPR, KX_MAX_TEXT, "text longer than %d bytes", KX_MAX_TEXT);
    check_names(c);
    advance(&ps);
    if (ps.t.kind == TK_END) kx_fail(c, KSIMD_ERR_EXPR, ps.t.pos, "empty expression");
    c->root = parse_or(&ps);
    if (ps.t.kind != TK_END) unexpected(&ps, "an operator or the end");
    kx_type_tree(c);
}
