/* One instruction of an expression (expr_prog.h) over one block, for one
 * operand type; expr.c instantiates this file through foreach_type.h.
 *
 * Every op is the vocabulary op its kernel uses (elementwise.c, masked.c,
 * math.c), so a fused expression gives the bits of the kernels called one
 * at a time. Loops run whole vectors, then one partial vector whose unused
 * lanes copy its first element (v_load_n's fill, as in map_t.h): no lane
 * computes anything a real element does not, so no false flag. A constant
 * source is a broadcast (ca, cb, cc), each case its own loop. */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(VT) || !defined(KVL) || !defined(VM) || !defined(MT) ||    \
    !defined(KFLOAT) || !defined(TN)
#error "expr_t.h needs foreach_type.h's parameters: instantiate it through foreach_type.h"
#endif

#define MN(name) KSIMD_PASTE(name, , MT)
#define KX_UNION_OF_(kt) kt
#define KX_K(c) (c).KX_UNION_OF_(KT) /* a kx_const read as T */

/* The sources of one instruction in one block: a pointer, or a constant
 * (sa, sb, sc, broadcast in ka, kb, kc). */
struct TN(xsrc) {
    const T *a, *b, *c;
    const T *d, *e; /* a fused condition's operands (where) */
    const union kx_const *ke_const;
    VT ka, kb, kc;
    T sa, sb, sc;
    int ca, cb, cc;
};

static inline void TN(xsrc_set)(const T **p, VT *k, T *sk, int *isk, const void *ptr, const union kx_const *kc)
{
    *isk = kc != NULL;
    *p = (const T *)ptr;
    *sk = kc ? KX_K(*kc) : 0;
    *k = TN(v_set1)(*sk);
}

static KSIMD_INLINE VT TN(xload)(const T *p, VT k, int isk, size_t i) { return isk ? k : TN(v_load)(p + i); }
static KSIMD_INLINE VT TN(xload_n)(const T *p, VT k, int isk, size_t i, size_t r)
{
    return isk ? k : TN(v_load_n)(p + i, r, p[i]);
}

/* d = op(a) */
static KSIMD_INLINE void TN(x1)(T *d, const T *a, size_t n, VT (*op)(VT))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(v_load)(a + i)));
    if (i < n) TN(v_store_n)(d + i, op(TN(v_load_n)(a + i, n - i, a[i])), n - i);
}

/* d = op(a, b), either a constant */
static KSIMD_INLINE void TN(x2_)(T *d, const struct TN(xsrc) * s, int ca, int cb, size_t n, VT (*op)(VT, VT))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(xload)(s->a, s->ka, ca, i), TN(xload)(s->b, s->kb, cb, i)));
    if (i < n) {
        size_t r = n - i;
        TN(v_store_n)(d + i, op(TN(xload_n)(s->a, s->ka, ca, i, r), TN(xload_n)(s->b, s->kb, cb, i, r)), r);
    }
}
static KSIMD_INLINE void TN(x2)(T *d, const struct TN(xsrc) * s, size_t n, VT (*op)(VT, VT))
{
    if (s->ca)
        TN(x2_)(d, s, 1, 0, n, op);
    else if (s->cb)
        TN(x2_)(d, s, 0, 1, n, op);
    else
        TN(x2_)(d, s, 0, 0, n, op);
}

/* d = clip(a, kb, kc) */
static KSIMD_INLINE void TN(xclip)(T *d, const struct TN(xsrc) * s, size_t n)
{
    const T *a = s->a;
    const VT lo = s->kb, hi = s->kc;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_clip)(TN(v_load)(a + i), lo, hi));
    if (i < n) TN(v_store_n)(d + i, TN(v_clip)(TN(v_load_n)(a + i, n - i, a[i]), lo, hi), n - i);
}

/* m = pred(a, b) as bytes */
static KSIMD_INLINE void TN(xcmp_)(uint8_t *m, const struct TN(xsrc) * s, int ca, int cb, size_t n, VM (*pred)(VT, VT))
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        MN(v_mask_store)(m + i, pred(TN(xload)(s->a, s->ka, ca, i), TN(xload)(s->b, s->kb, cb, i)));
    if (i < n) {
        size_t r = n - i;
        MN(v_mask_store_n)(m + i, pred(TN(xload_n)(s->a, s->ka, ca, i, r), TN(xload_n)(s->b, s->kb, cb, i, r)), r);
    }
}
static KSIMD_INLINE void TN(xcmp)(uint8_t *m, const struct TN(xsrc) * s, size_t n, VM (*pred)(VT, VT))
{
    if (s->ca)
        TN(xcmp_)(m, s, 1, 0, n, pred);
    else if (s->cb)
        TN(xcmp_)(m, s, 0, 1, n, pred);
    else
        TN(xcmp_)(m, s, 0, 0, n, pred);
}

static void TN(xcmp_op)(uint8_t *m, const struct TN(xsrc) * s, size_t n, int cmp)
{
    switch (cmp) {
    case KSIMD_LT:
        TN(xcmp)(m, s, n, TN(v_lt_mask));
        break;
    case KSIMD_LE:
        TN(xcmp)(m, s, n, TN(v_le_mask));
        break;
    case KSIMD_GT:
        TN(xcmp)(m, s, n, TN(v_gt_mask));
        break;
    case KSIMD_GE:
        TN(xcmp)(m, s, n, TN(v_ge_mask));
        break;
    case KSIMD_EQ:
        TN(xcmp)(m, s, n, TN(v_eq_mask));
        break;
    default:
        TN(xcmp)(m, s, n, TN(v_ne_mask));
    }
}

/* d = m ? b : c, with m bytes (any non-zero is true) */
static KSIMD_INLINE void TN(xwhere_)(T *d, const uint8_t *m, const struct TN(xsrc) * s, int cb, int cc, size_t n)
{
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        TN(v_store)
        (d + i, TN(v_select)(MN(v_mask_load)(m + i), TN(xload)(s->b, s->kb, cb, i), TN(xload)(s->c, s->kc, cc, i)));
    if (i < n) {
        size_t r = n - i;
        TN(v_store_n)
        (d + i,
         TN(v_select)(MN(v_mask_load_n)(m + i, r), TN(xload_n)(s->b, s->kb, cb, i, r),
                      TN(xload_n)(s->c, s->kc, cc, i, r)),
         r);
    }
}
static void TN(xwhere)(T *d, const uint8_t *m, const struct TN(xsrc) * s, size_t n)
{
    if (s->cb)
        TN(xwhere_)(d, m, s, 1, 0, n);
    else if (s->cc)
        TN(xwhere_)(d, m, s, 0, 1, n);
    else
        TN(xwhere_)(d, m, s, 0, 0, n);
}

#if !KFLOAT
/* Whether a % d != 0, from |a| read unsigned (|MIN| too): its low shift
 * bits, then the rest times odd's inverse against lim, unsigned (both
 * sides' sign bit flipped for the signed compare). */
static KSIMD_INLINE VM TN(v_notdivisible)(VT a, VT low, VT inv, VT lim, unsigned shift, VT sign)
{
    VT u = TN(v_abs)(a);
    VT p = TN(v_xor)(TN(v_mul)(TN(v_srl)(u, shift), inv), sign);
    return MN(v_mask_or)(TN(v_ne_mask)(TN(v_and)(u, low), TN(v_set1)(0)), TN(v_gt_mask)(p, lim));
}
#endif

/* ---- where with its condition computed in the loop: a compare of d
 * with e (either may be constant: ce), or d's divisibility ---- */
struct TN(xcond) {
    const T *d, *e;
    VT ke, low, inv, lim, sign;
    unsigned shift;
    int eq;
};

static KSIMD_INLINE VM TN(xmask)(const struct TN(xcond) * q, int kind, int ce, VM (*pred)(VT, VT), size_t i, size_t r)
{
    VT a = r ? TN(v_load_n)(q->d + i, r, q->d[i]) : TN(v_load)(q->d + i);
#if !KFLOAT
    if (kind == KX_DIVISIBLE) {
        VM nd = TN(v_notdivisible)(a, q->low, q->inv, q->lim, q->shift, q->sign);
        return q->eq ? MN(v_mask_not)(nd) : nd;
    }
#else
    (void)kind;
#endif
    return pred(a, ce ? q->ke : r ? TN(v_load_n)(q->e + i, r, q->e[i]) : TN(v_load)(q->e + i));
}

static KSIMD_INLINE void TN(xwherec_)(T *d, const struct TN(xsrc) * s, const struct TN(xcond) * q, int kind, int ce,
                                      VM (*pred)(VT, VT), int cb, int cc, size_t n)
{
    const T *b = s->b, *c = s->c;
    const VT kb = s->kb, kc = s->kc;
    const struct TN(xcond) qq = *q;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        TN(v_store)(d + i, TN(v_select)(TN(xmask)(&qq, kind, ce, pred, i, 0), TN(xload)(b, kb, cb, i),
                                        TN(xload)(c, kc, cc, i)));
    if (i < n) {
        size_t r = n - i;
        TN(v_store_n)(d + i, TN(v_select)(TN(xmask)(&qq, kind, ce, pred, i, r), TN(xload_n)(b, kb, cb, i, r),
                                          TN(xload_n)(c, kc, cc, i, r)),
                      r);
    }
}

/* One loop for each constant arm (cb, cc) and constant e (ce). */
static KSIMD_INLINE void TN(xwherec_arms)(T *d, const struct TN(xsrc) * s, const struct TN(xcond) * q, int kind,
                                          int ce, VM (*pred)(VT, VT), size_t n)
{
    if (s->cb)
        TN(xwherec_)(d, s, q, kind, ce, pred, 1, 0, n);
    else if (s->cc)
        TN(xwherec_)(d, s, q, kind, ce, pred, 0, 1, n);
    else
        TN(xwherec_)(d, s, q, kind, ce, pred, 0, 0, n);
}
static KSIMD_INLINE void TN(xwherec_pred)(T *d, const struct TN(xsrc) * s, const struct TN(xcond) * q, int ce,
                                          VM (*pred)(VT, VT), size_t n)
{
    if (ce)
        TN(xwherec_arms)(d, s, q, KX_CMP, 1, pred, n);
    else
        TN(xwherec_arms)(d, s, q, KX_CMP, 0, pred, n);
}

static void TN(xwherec)(T *d, const struct TN(xsrc) * s, const struct kx_ins *ins, const T *cd, const T *ce,
                        const union kx_const *ke, size_t n)
{
    const T sign = (T)((UT)1 << (sizeof(T) * 8 - 1));
    struct TN(xcond) q;
    q.d = cd, q.e = ce, q.ke = TN(v_set1)(ke ? KX_K(*ke) : 0);
    q.shift = ins->div.test.shift, q.eq = ins->cmp == KSIMD_EQ;
    q.low = TN(v_set1)((T)(((UT)1 << q.shift) - 1)), q.inv = TN(v_set1)((T)ins->div.test.inv);
    q.lim = TN(v_set1)((T)((UT)ins->div.test.lim ^ (UT)sign)), q.sign = TN(v_set1)(sign);
#if !KFLOAT
    if (ins->cop == KX_DIVISIBLE) {
        TN(xwherec_arms)(d, s, &q, KX_DIVISIBLE, 0, TN(v_eq_mask), n);
        return;
    }
#endif
    switch (ins->cmp) {
    case KSIMD_LT:
        TN(xwherec_pred)(d, s, &q, ke != NULL, TN(v_lt_mask), n);
        break;
    case KSIMD_LE:
        TN(xwherec_pred)(d, s, &q, ke != NULL, TN(v_le_mask), n);
        break;
    case KSIMD_GT:
        TN(xwherec_pred)(d, s, &q, ke != NULL, TN(v_gt_mask), n);
        break;
    case KSIMD_GE:
        TN(xwherec_pred)(d, s, &q, ke != NULL, TN(v_ge_mask), n);
        break;
    case KSIMD_EQ:
        TN(xwherec_pred)(d, s, &q, ke != NULL, TN(v_eq_mask), n);
        break;
    default:
        TN(xwherec_pred)(d, s, &q, ke != NULL, TN(v_ne_mask), n);
    }
}

#if KFLOAT
static void TN(xfloat)(int op, T *d, const struct TN(xsrc) * s, size_t n)
{
    switch (op) {
    case KX_DIV:
        TN(x2)(d, s, n, TN(v_div));
        break;
    case KX_POW:
        TN(x2)(d, s, n, TN(v_pow));
        break;
    case KX_SQRT:
        TN(x1)(d, s->a, n, TN(v_sqrt));
        break;
    case KX_FLOOR:
        TN(x1)(d, s->a, n, TN(v_floor));
        break;
    case KX_CEIL:
        TN(x1)(d, s->a, n, TN(v_ceil));
        break;
    case KX_RINT:
        TN(x1)(d, s->a, n, TN(v_rint));
        break;
    case KX_EXP:
        TN(x1)(d, s->a, n, TN(v_exp));
        break;
    case KX_LOG:
        TN(x1)(d, s->a, n, TN(v_log));
        break;
    case KX_SIN:
        TN(x1)(d, s->a, n, TN(v_sin));
        break;
    case KX_COS:
        TN(x1)(d, s->a, n, TN(v_cos));
        break;
    case KX_TANH:
        TN(x1)(d, s->a, n, TN(v_tanh));
        break;
    }
}
#else
/* a ** k by squaring: wrapping multiplication is associative, so this is
 * the repeated product to the bit. */
static KSIMD_INLINE VT TN(v_ipow)(VT a, uint64_t k)
{
    VT r = TN(v_set1)(1);
    for (; k; k >>= 1) {
        if (k & 1) r = TN(v_mul)(r, a);
        if (k > 1) a = TN(v_mul)(a, a);
    }
    return r;
}
static void TN(xipow)(T *d, const T *a, uint64_t k, size_t n)
{
    size_t i = 0;
    if (k == 2) {
        TN(x1)(d, a, n, TN(v_square));
        return;
    }
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_ipow)(TN(v_load)(a + i), k));
    if (i < n) TN(v_store_n)(d + i, TN(v_ipow)(TN(v_load_n)(a + i, n - i, a[i]), k), n - i);
}

/* a * k (k >= 2, a few additions, exact: wrapping arithmetic), cheaper
 * than a multiply where 64-bit ones are slow or emulated: double and add
 * along k's bits, from the top. */
static KSIMD_INLINE VT TN(v_mulk)(VT a, unsigned k, int top)
{
    VT r = a;
    for (int b = top - 1; b >= 0; b--) {
        r = TN(v_add)(r, r);
        if ((k >> b) & 1) r = TN(v_add)(r, a);
    }
    return r;
}
static void TN(xmulk)(T *d, const T *a, unsigned k, size_t n)
{
    int top = 31 - __builtin_clz(k);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_mulk)(TN(v_load)(a + i), k, top));
    if (i < n) TN(v_store_n)(d + i, TN(v_mulk)(TN(v_load_n)(a + i, n - i, a[i]), k, top), n - i);
}

static void TN(xdivisible)(uint8_t *m, const T *a, const struct kx_ins *ins, size_t n)
{
    const unsigned shift = ins->div.test.shift;
    const T sign = (T)((UT)1 << (sizeof(T) * 8 - 1));
    const VT low = TN(v_set1)((T)(((UT)1 << shift) - 1)), inv = TN(v_set1)((T)ins->div.test.inv);
    const VT lim = TN(v_set1)((T)((UT)ins->div.test.lim ^ (UT)sign)), vs = TN(v_set1)(sign);
    const int eq = ins->cmp == KSIMD_EQ;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) {
        VM nd = TN(v_notdivisible)(TN(v_load)(a + i), low, inv, lim, shift, vs);
        MN(v_mask_store)(m + i, eq ? MN(v_mask_not)(nd) : nd);
    }
    if (i < n) {
        VM nd = TN(v_notdivisible)(TN(v_load_n)(a + i, n - i, a[i]), low, inv, lim, shift, vs);
        MN(v_mask_store_n)(m + i, eq ? MN(v_mask_not)(nd) : nd, n - i);
    }
}

/* Python's floor division and modulo by an array; a zero divisor gives 0
 * (NumPy's result), and MIN // -1 wraps. No lane divides by a vector
 * instruction: there is none for integers, so this is one loop of C. */
static inline T TN(floordiv1)(T a, T b)
{
    if (b == 0) return 0;
    if (b == -1) return (T)((UT)0 - (UT)a);
    T q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
static inline T TN(mod1)(T a, T b)
{
    if (b == 0 || b == -1) return 0;
    T r = a % b;
    return (r != 0 && (r < 0) != (b < 0)) ? r + b : r;
}
static void TN(xdivarr)(T *d, const struct TN(xsrc) * s, size_t n, int mod)
{
    for (size_t i = 0; i < n; i++) {
        T a = s->ca ? s->sa : s->a[i], b = s->b[i];
        d[i] = mod ? TN(mod1)(a, b) : TN(floordiv1)(a, b);
    }
}
#endif

/* Runs ins over n elements of its sources; d is the destination (bytes
 * for compares, T otherwise). */
static void TN(xexec)(const struct kx_ins *ins, void *d, const struct TN(xsrc) * s, const union kx_const *k, size_t n)
{
    T *dt = (T *)d;
    switch (ins->op) {
    case KX_ADD:
        TN(x2)(dt, s, n, TN(v_add));
        break;
    case KX_SUB:
        TN(x2)(dt, s, n, TN(v_sub));
        break;
    case KX_MUL:
        TN(x2)(dt, s, n, TN(v_mul));
        break;
    case KX_MINIMUM:
        TN(x2)(dt, s, n, TN(v_min));
        break;
    case KX_MAXIMUM:
        TN(x2)(dt, s, n, TN(v_max));
        break;
    case KX_NEG:
        TN(x1)(dt, s->a, n, TN(v_neg));
        break;
    case KX_ABS:
        TN(x1)(dt, s->a, n, TN(v_abs));
        break;
    case KX_CLIP:
        TN(xclip)(dt, s, n);
        break;
    case KX_WHERE:
        if (ins->cop)
            TN(xwherec)(dt, s, ins, s->d, s->e, s->ke_const, n);
        else
            TN(xwhere)(dt, (const uint8_t *)s->a, s, n);
        break;
    case KX_CMP:
        TN(xcmp_op)((uint8_t *)d, s, n, ins->cmp);
        break;
#if KFLOAT
    case KX_ISNAN:
        TN(cmp1)((uint8_t *)d, s->a, n, TN(v_isnan_mask));
        break;
    default:
        TN(xfloat)(ins->op, dt, s, n);
#else
    case KX_IPOW:
        TN(xipow)(dt, s->a, (uint64_t)k[ins->b.idx].i64, n);
        break;
    case KX_FLOORDIV_BY:
    case KX_MOD_BY: {
        struct TN(fdiv) f = TN(fdiv_of)(s->sb, ins->div.KSIMD_CAT(KX_DIVU_, KT));
        /* mod a constant in each call, so each loop is specialised */
        if (ins->op == KX_MOD_BY)
            TN(mapdiv_with)(dt, s->a, &f, s->sb, n, 1);
        else
            TN(mapdiv_with)(dt, s->a, &f, s->sb, n, 0);
        break;
    }
    case KX_FLOORDIV:
    case KX_MOD:
        TN(xdivarr)(dt, s, n, ins->op == KX_MOD);
        break;
    case KX_MULK:
        TN(xmulk)(dt, s->a, (unsigned)s->sb, n);
        break;
    case KX_DIVISIBLE:
        TN(xdivisible)((uint8_t *)d, s->a, ins, n);
        break;
#endif
    }
    (void)k;
}

/* ---- the reduction of a block's values ---- */
static T TN(xextreme)(const T *v, size_t n, int max)
{
#if KFLOAT
    return max ? TN(extreme_float)(v, n, TN(v_pick_gt), TN(v_max), 1)
               : TN(extreme_float)(v, n, TN(v_pick_lt), TN(v_min), 0);
#else
    return TN(extreme)(v, n, max ? TN(v_max) : TN(v_min));
#endif
}
/* IEEE 754-2019 minimum/maximum (or the integer one) of two values. */
static T TN(xcombine)(T acc, T x, int max)
{
    T lane[KVL];
    VT a = TN(v_set1)(acc), b = TN(v_set1)(x);
    TN(v_store)(lane, max ? TN(v_max)(a, b) : TN(v_min)(a, b));
    return lane[0];
}

#undef KX_K
#undef KX_UNION_OF_
#undef MN
