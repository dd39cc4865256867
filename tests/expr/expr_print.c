/* Expressions as the language's text (expr_gen.h): parentheses only where
 * precedence needs them, and where a node asks for redundant ones, so the
 * parser's precedence rules are exercised. */
#include <string.h>

#include "expr_gen.h"

static int precedence(const struct eg_node *n)
{
    switch (n->op) {
    case EG_INT:
    case EG_FLOAT:
        return n->text[0] == '-' ? 7 : 9; /* "-7" is unary minus applied to 7 */
    case EG_OR:
        return 1;
    case EG_AND:
        return 2;
    case EG_NOT:
        return 3;
    case EG_LT:
    case EG_LE:
    case EG_GT:
    case EG_GE:
    case EG_EQ:
    case EG_NE:
        return 4;
    case EG_ADD:
    case EG_SUB:
        return 5;
    case EG_MUL:
    case EG_DIV:
    case EG_FLOORDIV:
    case EG_MOD:
        return 6;
    case EG_NEG:
        return 7;
    case EG_POW:
        return 8;
    default:
        return 9; /* variables, calls */
    }
}

static const char *op_text(enum eg_op op)
{
    switch (op) {
    case EG_OR:
        return " | ";
    case EG_AND:
        return " & ";
    case EG_NOT:
        return "~";
    case EG_LT:
        return " < ";
    case EG_LE:
        return " <= ";
    case EG_GT:
        return " > ";
    case EG_GE:
        return " >= ";
    case EG_EQ:
        return " == ";
    case EG_NE:
        return " != ";
    case EG_ADD:
        return " + ";
    case EG_SUB:
        return " - ";
    case EG_MUL:
        return " * ";
    case EG_DIV:
        return " / ";
    case EG_FLOORDIV:
        return " // ";
    case EG_MOD:
        return " % ";
    case EG_NEG:
        return "-";
    case EG_POW:
        return " ** ";
    case EG_WHERE:
        return "where";
    case EG_ABS:
        return "abs";
    case EG_SQRT:
        return "sqrt";
    case EG_FLOOR:
        return "floor";
    case EG_CEIL:
        return "ceil";
    case EG_RINT:
        return "rint";
    case EG_EXP:
        return "exp";
    case EG_LOG:
        return "log";
    case EG_SIN:
        return "sin";
    case EG_COS:
        return "cos";
    case EG_TANH:
        return "tanh";
    case EG_POWF:
        return "pow";
    case EG_MINIMUM:
        return "minimum";
    case EG_MAXIMUM:
        return "maximum";
    case EG_CLIP:
        return "clip";
    case EG_ISNAN:
        return "isnan";
    case EG_SUM:
        return "sum";
    case EG_MIN:
        return "min";
    case EG_MAX:
        return "max";
    default:
        return "?";
    }
}

struct text {
    char *p;
    size_t len, cap;
    int overflow;
};

static void put(struct text *t, const char *s)
{
    size_t k = strlen(s);
    if (t->len + k >= t->cap) {
        t->overflow = 1;
        return;
    }
    memcpy(t->p + t->len, s, k + 1);
    t->len += k;
}

static void print_node(const struct eg_expr *e, int i, int min_prec, struct text *t)
{
    const struct eg_node *n = &e->node[i];
    int prec = precedence(n), wrap = n->parens || prec < min_prec;
    if (wrap) put(t, "(");
    if (n->op == EG_VAR) {
        put(t, e->names[n->var]);
    } else if (n->op == EG_INT || n->op == EG_FLOAT) {
        put(t, n->text);
    } else if (prec == 9) { /* a call */
        put(t, op_text(n->op));
        put(t, "(");
        for (int k = 0; k < n->nkids; k++) {
            if (k) put(t, ", ");
            print_node(e, n->kid[k], 0, t);
        }
        put(t, ")");
    } else if (n->nkids == 1) { /* '~' or unary '-' */
        const struct eg_node *kid = &e->node[n->kid[0]];
        put(t, op_text(n->op));
        /* "--x" or "-" "-3" would read as one token in some lexers: keep them apart */
        int sep = n->op == EG_NEG && (kid->op == EG_NEG || (kid->op <= EG_FLOAT && kid->text[0] == '-'));
        print_node(e, n->kid[0], sep ? 10 : prec, t);
    } else {
        /* left-associative levels want a tighter right operand; comparisons
         * do not chain; ** is right-associative and its base binds tighter
         * than unary minus */
        int left = prec == 4 ? 5 : prec == 8 ? 9 : prec, right = prec == 8 ? 7 : prec + 1;
        print_node(e, n->kid[0], left, t);
        put(t, op_text(n->op));
        print_node(e, n->kid[1], right, t);
    }
    if (wrap) put(t, ")");
}

int eg_print(const struct eg_expr *e, char *buf, size_t size)
{
    struct text t = {buf, 0, size, 0};
    if (size) buf[0] = '\0';
    print_node(e, e->root, 0, &t);
    return size && !t.overflow;
}
