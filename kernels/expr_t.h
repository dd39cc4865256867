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
/* One source of an instruction in one block: an array p, or the constant
 * s; a float array may come transformed, p[i] * (sq ? p[i] : k1) + k2,
 * which is the bits of that multiply and add done as instructions of
 * their own (an absent factor is 1, an absent addend -0.0: both exact),
 * without a pass over the block for them. */
struct TN(xop) {
    const T *p;
    T s, k1, k2; /* broadcast where a loop reads them */
    int tf, sq;
    int one; /* integers: the factor is 1 (a multiply saved) */
    int add; /* floats: the addend is not -0.0 (an add saved) */
};

/* The sources of one instruction: a, b, c; d and e a fused condition's
 * (where). */
struct TN(xsrc) {
    struct TN(xop) a, b, c, d, e;
    int post;   /* kx_ins.post */
    int stream; /* the instruction writes the output: non-temporal stores */
};

static inline void TN(xop_set)(struct TN(xop) * o, const void *ptr, const union kx_const *kc, const union kx_const *k1,
                               const union kx_const *k2, int sq)
{
    o->p = (const T *)ptr;
    o->s = kc ? KX_K(*kc) : 0;
    o->tf = k2 != NULL, o->sq = sq;
    T f = k1 ? KX_K(*k1) : 1;
    o->k1 = f;
    o->k2 = k2 ? KX_K(*k2) : 0;
    o->one = !sq && f == 1;
#if KFLOAT
    o->add = !(o->k2 == 0 && signbit(o->k2)); /* y + -0.0 is y, to the bit */
#else
    o->add = 1;
#endif
}

/* o's transform of v, the elements of its array */
static KSIMD_INLINE VT TN(xtf)(const struct TN(xop) * o, VT v)
{
#if KFLOAT
    if (o->tf) {
        v = TN(v_mul)(v, o->sq ? v : TN(v_set1)(o->k1));
        if (o->add) v = TN(v_add)(v, TN(v_set1)(o->k2));
    }
#else
    if (o->tf) v = TN(v_add)(o->one ? v : TN(v_mul)(v, o->sq ? v : TN(v_set1)(o->k1)), TN(v_set1)(o->k2));
#endif
    return v;
}
/* Elements [i, i + KVL) of array p, or the r of them from i when r > 0. */
static KSIMD_INLINE VT TN(xload)(const T *p, size_t i, size_t r)
{
    return r ? TN(v_load_n)(p + i, r, p[i]) : TN(v_load)(p + i);
}
/* Elements [i, i + KVL) of o, or the r of them from i when r > 0. */
static KSIMD_INLINE VT TN(xget)(const struct TN(xop) * o, int isk, size_t i, size_t r)
{
    if (isk) return TN(v_set1)(o->s);
    return TN(xtf)(o, TN(xload)(o->p, i, r));
}

/* where's select: both arms whole first, as the kernels one at a time
 * compute them. Otherwise a compiler computes an arm's arithmetic only in
 * the lanes the select takes from it (AVX-512 masked ops, a branch on the
 * scalar table), and that arm's floating-point flags go missing. */
static KSIMD_INLINE VT TN(xpick)(VM m, VT b, VT c)
{
    KSIMD_OPAQUE(b);
    KSIMD_OPAQUE(c);
    return TN(v_select)(m, b, c);
}

/* d = op(a) */
static KSIMD_INLINE void TN(x1)(T *d, const struct TN(xop) * ap, size_t n, VT (*op)(VT))
{
    const struct TN(xop) a = *ap; /* a copy: d may alias *ap as far as the compiler knows */
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, op(TN(xget)(&a, 0, i, 0)));
    if (i < n) TN(v_store_n)(d + i, op(TN(xget)(&a, 0, i, n - i)), n - i);
}

/* d = op(a, b), either a constant */
static KSIMD_INLINE VT TN(xpost)(VT r, int post)
{
#if KFLOAT
    if (post) r = TN(v_sqrt)(r);
#else
    (void)post;
#endif
    return r;
}
static KSIMD_INLINE void TN(x2_)(T *d, const struct TN(xsrc) * s, int ca, int cb, int post, size_t n, VT (*op)(VT, VT))
{
    const struct TN(xop) a = s->a, b = s->b;
    const int st = s->stream;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        TN(v_put)(d + i, TN(xpost)(op(TN(xget)(&a, ca, i, 0), TN(xget)(&b, cb, i, 0)), post), st);
    if (i < n) TN(v_store_n)(d + i, TN(xpost)(op(TN(xget)(&a, ca, i, n - i), TN(xget)(&b, cb, i, n - i)), post), n - i);
}
static KSIMD_INLINE void TN(x2p)(T *d, const struct TN(xsrc) * s, int post, size_t n, VT (*op)(VT, VT))
{
    if (!s->a.p)
        TN(x2_)(d, s, 1, 0, post, n, op);
    else if (!s->b.p)
        TN(x2_)(d, s, 0, 1, post, n, op);
    else
        TN(x2_)(d, s, 0, 0, post, n, op);
}
/* d = op(a, b), or sqrt(op(a, b)) when post (one loop each) */
static KSIMD_INLINE void TN(x2)(T *d, const struct TN(xsrc) * s, size_t n, VT (*op)(VT, VT))
{
    if (KFLOAT && s->post)
        TN(x2p)(d, s, 1, n, op);
    else
        TN(x2p)(d, s, 0, n, op);
}

/* d = clip(a, b, c), b and c constants */
static KSIMD_INLINE void TN(xclip)(T *d, const struct TN(xsrc) * s, size_t n)
{
    const struct TN(xop) a = s->a;
    const VT lo = TN(v_set1)(s->b.s), hi = TN(v_set1)(s->c.s);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_clip)(TN(xget)(&a, 0, i, 0), lo, hi));
    if (i < n) TN(v_store_n)(d + i, TN(v_clip)(TN(xget)(&a, 0, i, n - i), lo, hi), n - i);
}

/* m = pred(a, b) as bytes */
static KSIMD_INLINE void TN(xcmp_)(uint8_t *m, const struct TN(xsrc) * s, int ca, int cb, size_t n, VM (*pred)(VT, VT))
{
    const struct TN(xop) a = s->a, b = s->b;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) MN(v_mask_store)(m + i, pred(TN(xget)(&a, ca, i, 0), TN(xget)(&b, cb, i, 0)));
    if (i < n) MN(v_mask_store_n)(m + i, pred(TN(xget)(&a, ca, i, n - i), TN(xget)(&b, cb, i, n - i)), n - i);
}
static KSIMD_INLINE void TN(xcmp)(uint8_t *m, const struct TN(xsrc) * s, size_t n, VM (*pred)(VT, VT))
{
    if (!s->a.p)
        TN(xcmp_)(m, s, 1, 0, n, pred);
    else if (!s->b.p)
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
    const struct TN(xop) b = s->b, c = s->c;
    const int st = s->stream;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        TN(v_put)(d + i, TN(xpick)(MN(v_mask_load)(m + i), TN(xget)(&b, cb, i, 0), TN(xget)(&c, cc, i, 0)), st);
    if (i < n) {
        size_t r = n - i;
        TN(v_store_n)
        (d + i, TN(xpick)(MN(v_mask_load_n)(m + i, r), TN(xget)(&b, cb, i, r), TN(xget)(&c, cc, i, r)), r);
    }
}
static void TN(xwhere)(T *d, const uint8_t *m, const struct TN(xsrc) * s, size_t n)
{
    if (!s->b.p && !s->c.p)
        TN(xwhere_)(d, m, s, 1, 1, n);
    else if (!s->b.p)
        TN(xwhere_)(d, m, s, 1, 0, n);
    else if (!s->c.p)
        TN(xwhere_)(d, m, s, 0, 1, n);
    else
        TN(xwhere_)(d, m, s, 0, 0, n);
}

#if !KFLOAT
/* Whether a % d == 0 (eq) or != 0: |a| read unsigned (|MIN| too) has
 * its low shift bits zero, and the rest times odd's inverse is at most lim,
 * unsigned (both sides' sign bit flipped for the signed compare). part
 * says which of the two tests d needs: XD_POW2 (odd is 1), XD_ODD (shift
 * is 0), or XD_BOTH. */
#ifndef KX_XD_PARTS
#define KX_XD_PARTS
enum { XD_POW2, XD_ODD, XD_BOTH };
#endif
static KSIMD_INLINE VM TN(v_divtest)(VT a, VT low, VT inv, VT lim, unsigned shift, VT sign, int part, int eq)
{
    const VT zero = TN(v_set1)(0);
    if (part == XD_POW2) return eq ? TN(v_eq_mask)(TN(v_and)(a, low), zero) : TN(v_ne_mask)(TN(v_and)(a, low), zero);
    VT u = TN(v_abs)(a);
    VT p = TN(v_xor)(TN(v_mul)(part == XD_ODD ? u : TN(v_srl)(u, shift), inv), sign);
    if (part == XD_ODD) return eq ? TN(v_le_mask)(p, lim) : TN(v_gt_mask)(p, lim);
    VM nd = MN(v_mask_or)(TN(v_ne_mask)(TN(v_and)(a, low), zero), TN(v_gt_mask)(p, lim));
    return eq ? MN(v_mask_not)(nd) : nd;
}
static inline int TN(divtest_part)(const struct kx_ins *ins)
{
    return ins->div.test.inv == 1 && ins->div.test.shift ? XD_POW2 : ins->div.test.shift ? XD_BOTH : XD_ODD;
}
#endif

/* ---- where with its condition computed in the loop: a compare of d
 * with e (e may be constant: ce), or d's divisibility ---- */
struct TN(xcond) {
    struct TN(xop) d, e;
    VT low, inv, lim, sign;
    unsigned shift;
    int eq;
};

static KSIMD_INLINE VM TN(xmask)(const struct TN(xcond) * q, VT raw, int kind, int ce, VM (*pred)(VT, VT), size_t i,
                                 size_t r)
{
    VT a = TN(xtf)(&q->d, raw);
#if !KFLOAT
    /* kind: 0 for the compare, else 1 + 2 * part + eq (v_divtest) */
    if (kind) return TN(v_divtest)(a, q->low, q->inv, q->lim, q->shift, q->sign, (kind - 1) / 2, (kind - 1) % 2);
#else
    (void)kind;
#endif
    return pred(a, TN(xget)(&q->e, ce, i, r));
}

static KSIMD_INLINE void TN(xwherec_)(T *d, const struct TN(xsrc) * s, const struct TN(xcond) * q, int kind, int ce,
                                      VM (*pred)(VT, VT), int cb, int cc, size_t n)
{
    const struct TN(xop) b = s->b, c = s->c;
    const struct TN(xcond) qq = *q;
    const int st = s->stream;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) {
        VM m = TN(xmask)(&qq, TN(xload)(qq.d.p, i, 0), kind, ce, pred, i, 0);
        TN(v_put)(d + i, TN(xpick)(m, TN(xget)(&b, cb, i, 0), TN(xget)(&c, cc, i, 0)), st);
    }
    if (i < n) {
        size_t r = n - i;
        VM m = TN(xmask)(&qq, TN(xload)(qq.d.p, i, r), kind, ce, pred, i, r);
        TN(v_store_n)(d + i, TN(xpick)(m, TN(xget)(&b, cb, i, r), TN(xget)(&c, cc, i, r)), r);
    }
}

/* One loop for each constant arm (cb, cc) and constant e (ce). */
static KSIMD_INLINE void TN(xwherec_arms)(T *d, const struct TN(xsrc) * s, const struct TN(xcond) * q, int kind, int ce,
                                          VM (*pred)(VT, VT), size_t n)
{
    if (!s->b.p && !s->c.p)
        TN(xwherec_)(d, s, q, kind, ce, pred, 1, 1, n);
    else if (!s->b.p)
        TN(xwherec_)(d, s, q, kind, ce, pred, 1, 0, n);
    else if (!s->c.p)
        TN(xwherec_)(d, s, q, kind, ce, pred, 0, 1, n);
    else
        TN(xwherec_)(d, s, q, kind, ce, pred, 0, 0, n);
}
static KSIMD_INLINE void TN(xwherec_pred)(T *d, const struct TN(xsrc) * s, const struct TN(xcond) * q,
                                          VM (*pred)(VT, VT), size_t n)
{
    if (!q->e.p)
        TN(xwherec_arms)(d, s, q, 0, 1, pred, n);
    else
        TN(xwherec_arms)(d, s, q, 0, 0, pred, n);
}

#if KFLOAT
/* ---- where(x < k, f(x), g(x)) and the like: an ordered compare of an
 * array with a constant, and each arm a constant or a function of the
 * same array (its value, x*k1 + k2, or x*x + k2). One load a vector, and each
 * arm's form known to the compiler: no test of a source's transform in
 * the loop. This is the ReLU or piecewise-function pattern, and the
 * general loop (xwherec_) costs it a fifth more at L2 size. ---- */
#ifndef KX_XA_MODES
#define KX_XA_MODES
enum { XA_CONST, XA_SAME, XA_AFFINE, XA_SQUARE, XA_OTHER };
#endif
static int TN(xarm_mode)(const struct TN(xop) * o, const T *x)
{
    if (!o->p) return XA_CONST;
    if (o->p != x) return XA_OTHER;
    if (!o->tf) return XA_SAME;
    return o->sq ? XA_SQUARE : XA_AFFINE;
}
/* xtf with the transform's kind a constant (mode) */
static KSIMD_INLINE VT TN(xarm)(const struct TN(xop) * o, int mode, VT x)
{
    if (mode == XA_CONST) return TN(v_set1)(o->s);
    struct TN(xop) t = *o;
    t.tf = mode != XA_SAME, t.sq = mode == XA_SQUARE;
    return TN(xtf)(&t, x);
}
static KSIMD_INLINE void TN(xwheres_)(T *d, const struct TN(xsrc) * s, VM (*pred)(VT, VT), int mb, int mc, size_t n)
{
    const struct TN(xop) b = s->b, c = s->c;
    const T *x = s->d.p;
    const VT k = TN(v_set1)(s->e.s);
    const int st = s->stream;
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) {
        VT v = TN(xload)(x, i, 0);
        TN(v_put)(d + i, TN(xpick)(pred(v, k), TN(xarm)(&b, mb, v), TN(xarm)(&c, mc, v)), st);
    }
    if (i < n) {
        VT v = TN(xload)(x, i, n - i);
        TN(v_store_n)(d + i, TN(xpick)(pred(v, k), TN(xarm)(&b, mb, v), TN(xarm)(&c, mc, v)), n - i);
    }
}
static KSIMD_INLINE void TN(xwheres_c)(T *d, const struct TN(xsrc) * s, VM (*pred)(VT, VT), int mb, int mc, size_t n)
{
    switch (mc) {
    case XA_CONST:
        TN(xwheres_)(d, s, pred, mb, XA_CONST, n);
        break;
    case XA_SAME:
        TN(xwheres_)(d, s, pred, mb, XA_SAME, n);
        break;
    case XA_AFFINE:
        TN(xwheres_)(d, s, pred, mb, XA_AFFINE, n);
        break;
    default:
        TN(xwheres_)(d, s, pred, mb, XA_SQUARE, n);
    }
}
static KSIMD_INLINE void TN(xwheres_pred)(T *d, const struct TN(xsrc) * s, VM (*pred)(VT, VT), int mb, int mc, size_t n)
{
    switch (mb) {
    case XA_CONST:
        TN(xwheres_c)(d, s, pred, XA_CONST, mc, n);
        break;
    case XA_SAME:
        TN(xwheres_c)(d, s, pred, XA_SAME, mc, n);
        break;
    case XA_AFFINE:
        TN(xwheres_c)(d, s, pred, XA_AFFINE, mc, n);
        break;
    default:
        TN(xwheres_c)(d, s, pred, XA_SQUARE, mc, n);
    }
}
/* Whether ins is of that pattern; if so, runs it. */
static int TN(xwheres)(T *d, const struct TN(xsrc) * s, const struct kx_ins *ins, size_t n)
{
    if (ins->cop != KX_CMP || !s->d.p || s->d.tf || s->e.p) return 0;
    const int mb = TN(xarm_mode)(&s->b, s->d.p), mc = TN(xarm_mode)(&s->c, s->d.p);
    if (mb == XA_OTHER || mc == XA_OTHER) return 0;
    switch (ins->cmp) {
    case KSIMD_LT:
        TN(xwheres_pred)(d, s, TN(v_lt_mask), mb, mc, n);
        return 1;
    case KSIMD_LE:
        TN(xwheres_pred)(d, s, TN(v_le_mask), mb, mc, n);
        return 1;
    case KSIMD_GT:
        TN(xwheres_pred)(d, s, TN(v_gt_mask), mb, mc, n);
        return 1;
    case KSIMD_GE:
        TN(xwheres_pred)(d, s, TN(v_ge_mask), mb, mc, n);
        return 1;
    default:
        return 0;
    }
}
#endif

static void TN(xwherec)(T *d, const struct TN(xsrc) * s, const struct kx_ins *ins, size_t n)
{
#if KFLOAT
    if (TN(xwheres)(d, s, ins, n)) return;
#endif
    const T sign = (T)((UT)1 << (sizeof(T) * 8 - 1));
    struct TN(xcond) q;
    q.d = s->d, q.e = s->e;
    q.shift = ins->div.test.shift, q.eq = ins->cmp == KSIMD_EQ;
    q.low = TN(v_set1)((T)(((UT)1 << q.shift) - 1)), q.inv = TN(v_set1)((T)ins->div.test.inv);
    q.lim = TN(v_set1)((T)((UT)ins->div.test.lim ^ (UT)sign)), q.sign = TN(v_set1)(sign);
#if !KFLOAT
    if (ins->cop == KX_DIVISIBLE) {
        switch (2 * TN(divtest_part)(ins) + q.eq) {
        case 2 * XD_POW2:
            TN(xwherec_arms)(d, s, &q, 1 + 2 * XD_POW2, 0, TN(v_eq_mask), n);
            break;
        case 2 * XD_POW2 + 1:
            TN(xwherec_arms)(d, s, &q, 2 + 2 * XD_POW2, 0, TN(v_eq_mask), n);
            break;
        case 2 * XD_ODD:
            TN(xwherec_arms)(d, s, &q, 1 + 2 * XD_ODD, 0, TN(v_eq_mask), n);
            break;
        case 2 * XD_ODD + 1:
            TN(xwherec_arms)(d, s, &q, 2 + 2 * XD_ODD, 0, TN(v_eq_mask), n);
            break;
        default:
            TN(xwherec_arms)(d, s, &q, 1 + 2 * XD_BOTH + q.eq, 0, TN(v_eq_mask), n);
        }
        return;
    }
#endif
    switch (ins->cmp) {
    case KSIMD_LT:
        TN(xwherec_pred)(d, s, &q, TN(v_lt_mask), n);
        break;
    case KSIMD_LE:
        TN(xwherec_pred)(d, s, &q, TN(v_le_mask), n);
        break;
    case KSIMD_GT:
        TN(xwherec_pred)(d, s, &q, TN(v_gt_mask), n);
        break;
    case KSIMD_GE:
        TN(xwherec_pred)(d, s, &q, TN(v_ge_mask), n);
        break;
    case KSIMD_EQ:
        TN(xwherec_pred)(d, s, &q, TN(v_eq_mask), n);
        break;
    default:
        TN(xwherec_pred)(d, s, &q, TN(v_ne_mask), n);
    }
}

#if KFLOAT
/* The math ops run fenced as the math kernels do (math_flags_t.h): their
 * sources go to buffers of their own first, for the flags to be worked out
 * from when SLEEF raised any. */
static inline VT TN(v_same)(VT v) { return v; }
static void TN(xvalues)(T *x, const struct TN(xop) * o, size_t n)
{
    if (!o->p)
        for (size_t i = 0; i < n; i++) x[i] = o->s;
    else
        TN(x1)(x, o, n, TN(v_same));
}
static KSIMD_INLINE void TN(xmath1)(T *d, const struct TN(xop) * ap, size_t n, VT (*op)(VT))
{
    T x[KX_MATH_BLOCK_MAX];
    TN(xvalues)(x, ap, n);
    int before = ksimd_fe_raised();
    TN(map1_of)(d, x, n, n, op);
    ksimd_fe_settle(before, TN(math_settle_block)(before, 0, x, x, d, n));
}
static void TN(xpow)(T *d, const struct TN(xsrc) * s, size_t n)
{
    T x[KX_MATH_BLOCK_MAX], y[KX_MATH_BLOCK_MAX];
    TN(xvalues)(x, &s->a, n);
    TN(xvalues)(y, &s->b, n);
    int before = ksimd_fe_raised();
    TN(map2_of)(d, x, y, n, n, TN(v_pow));
    ksimd_fe_settle(before, TN(math_settle_block)(before, 0, x, y, d, n));
    if (s->post) TN(map1_of)(d, d, n, n, TN(v_sqrt));
}

/* The arithmetic of a quiet instruction (expr.c's KX_EXEC_QUIET) again,
 * on its own, for its flags: each transformed source, and the sqrt after
 * minimum or maximum (of their quiet result). The results are not wanted,
 * so a small buffer does, a piece of the block at a time. */
#ifndef KX_REDO_PIECE
#define KX_REDO_PIECE 256
#endif
static KSIMD_NOINLINE void TN(xredo)(int op, const struct TN(xsrc) * s, size_t n)
{
    T tmp[KX_REDO_PIECE];
    for (size_t i = 0; i < n; i += KX_REDO_PIECE) {
        const size_t m = n - i < KX_REDO_PIECE ? n - i : KX_REDO_PIECE;
        struct TN(xsrc) piece = *s;
        struct TN(xop) *const o[] = {&piece.a, &piece.b, &piece.c, &piece.d, &piece.e};
        for (size_t k = 0; k < sizeof o / sizeof *o; k++) {
            if (o[k]->p) o[k]->p += i;
            if (o[k]->p && o[k]->tf) TN(x1)(tmp, o[k], m, TN(v_same));
        }
        if (piece.post && (op == KX_MINIMUM || op == KX_MAXIMUM)) {
            KSIMD_FE_QUIET(TN(x2p)(tmp, &piece, 0, m, op == KX_MINIMUM ? TN(v_min) : TN(v_max)));
            const struct TN(xop) t = {.p = tmp};
            TN(x1)(tmp, &t, m, TN(v_sqrt));
        }
        __asm__ volatile("" : : "r"(tmp) : "memory"); /* keeps the work: its flags are wanted */
    }
}

static void TN(xfloat)(int op, T *d, const struct TN(xsrc) * s, size_t n)
{
    switch (op) {
    case KX_DIV:
        TN(x2)(d, s, n, TN(v_div));
        break;
    case KX_POW:
        TN(xpow)(d, s, n);
        break;
    case KX_SQRT:
        TN(x1)(d, &s->a, n, TN(v_sqrt));
        break;
    case KX_FLOOR:
        TN(x1)(d, &s->a, n, TN(v_floor));
        break;
    case KX_CEIL:
        TN(x1)(d, &s->a, n, TN(v_ceil));
        break;
    case KX_RINT:
        TN(x1)(d, &s->a, n, TN(v_rint));
        break;
    case KX_EXP:
        TN(xmath1)(d, &s->a, n, TN(v_exp));
        break;
    case KX_LOG:
        TN(xmath1)(d, &s->a, n, TN(v_log));
        break;
    case KX_SIN:
        TN(xmath1)(d, &s->a, n, TN(v_sin));
        break;
    case KX_COS:
        TN(xmath1)(d, &s->a, n, TN(v_cos));
        break;
    case KX_TANH:
        TN(xmath1)(d, &s->a, n, TN(v_tanh));
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
static void TN(xipow)(T *d, const struct TN(xop) * ap, uint64_t k, size_t n)
{
    const T *a = ap->p;
    size_t i = 0;
    if (k == 2) {
        TN(x1)(d, ap, n, TN(v_square));
        return;
    }
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_ipow)(TN(v_load)(a + i), k));
    if (i < n) TN(v_store_n)(d + i, TN(v_ipow)(TN(v_load_n)(a + i, n - i, a[i]), k), n - i);
}

static void TN(xmulk)(T *d, const T *a, unsigned k, size_t n)
{
    int top = 31 - __builtin_clz(k);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL) TN(v_store)(d + i, TN(v_mulk)(TN(v_load)(a + i), k, top));
    if (i < n) TN(v_store_n)(d + i, TN(v_mulk)(TN(v_load_n)(a + i, n - i, a[i]), k, top), n - i);
}

static KSIMD_INLINE void TN(xdivisible_)(uint8_t *m, const T *a, const struct kx_ins *ins, size_t n, int part, int eq)
{
    const unsigned shift = ins->div.test.shift;
    const T sign = (T)((UT)1 << (sizeof(T) * 8 - 1));
    const VT low = TN(v_set1)((T)(((UT)1 << shift) - 1)), inv = TN(v_set1)((T)ins->div.test.inv);
    const VT lim = TN(v_set1)((T)((UT)ins->div.test.lim ^ (UT)sign)), vs = TN(v_set1)(sign);
    size_t i = 0;
    for (; i + KVL <= n; i += KVL)
        MN(v_mask_store)(m + i, TN(v_divtest)(TN(v_load)(a + i), low, inv, lim, shift, vs, part, eq));
    if (i < n) MN(v_mask_store_n)
    (m + i, TN(v_divtest)(TN(v_load_n)(a + i, n - i, a[i]), low, inv, lim, shift, vs, part, eq), n - i);
}
static void TN(xdivisible)(uint8_t *m, const T *a, const struct kx_ins *ins, size_t n)
{
    int eq = ins->cmp == KSIMD_EQ;
    switch (TN(divtest_part)(ins)) {
    case XD_POW2:
        if (eq)
            TN(xdivisible_)(m, a, ins, n, XD_POW2, 1);
        else
            TN(xdivisible_)(m, a, ins, n, XD_POW2, 0);
        break;
    case XD_ODD:
        if (eq)
            TN(xdivisible_)(m, a, ins, n, XD_ODD, 1);
        else
            TN(xdivisible_)(m, a, ins, n, XD_ODD, 0);
        break;
    default:
        TN(xdivisible_)(m, a, ins, n, XD_BOTH, eq);
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
        T a = s->a.p ? s->a.p[i] : s->a.s, b = s->b.p[i];
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
        TN(x1)(dt, &s->a, n, TN(v_neg));
        break;
    case KX_ABS:
        TN(x1)(dt, &s->a, n, TN(v_abs));
        break;
    case KX_CLIP:
        TN(xclip)(dt, s, n);
        break;
    case KX_WHERE:
        if (ins->cop)
            TN(xwherec)(dt, s, ins, n);
        else
            TN(xwhere)(dt, (const uint8_t *)s->a.p, s, n);
        break;
    case KX_CMP:
        TN(xcmp_op)((uint8_t *)d, s, n, ins->cmp);
        break;
#if KFLOAT
    case KX_ISNAN:
        TN(cmp1)((uint8_t *)d, s->a.p, n, TN(v_isnan_mask));
        break;
    default:
        TN(xfloat)(ins->op, dt, s, n);
#else
    case KX_IPOW:
        TN(xipow)(dt, &s->a, (uint64_t)k[ins->b.idx].i64, n);
        break;
    case KX_FLOORDIV_BY:
    case KX_MOD_BY: {
        struct TN(fdiv) f = TN(fdiv_of)(s->b.s, ins->div.KSIMD_CAT(KX_DIVU_, KT));
        /* mod a constant in each call, so each loop is specialised */
        if (ins->op == KX_MOD_BY)
            TN(mapdiv_with)(dt, s->a.p, &f, s->b.s, n, 1);
        else
            TN(mapdiv_with)(dt, s->a.p, &f, s->b.s, n, 0);
        break;
    }
    case KX_FLOORDIV:
    case KX_MOD:
        TN(xdivarr)(dt, s, n, ins->op == KX_MOD);
        break;
    case KX_MULK:
        TN(xmulk)(dt, s->a.p, (unsigned)s->b.s, n);
        break;
    case KX_DIVISIBLE:
        TN(xdivisible)((uint8_t *)d, s->a.p, ins, n);
        break;
#endif
    }
    (void)k;
}

/* ---- the reduction of a block's values ---- */
static T TN(xextreme)(const T *v, size_t n, int max)
{
#if KFLOAT
    int maybe_nan; /* the expression's own fence settles the flags */
    return max ? TN(extreme_float)(v, n, TN(v_pick_gt), TN(v_max), 1, &maybe_nan)
               : TN(extreme_float)(v, n, TN(v_pick_lt), TN(v_min), 0, &maybe_nan);
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
