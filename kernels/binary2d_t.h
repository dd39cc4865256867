/* binary2d for one element type. strided2d.c instantiates this file
 * through foreach_type.h for every type, after copy2d_t.h (fill_row).
 *
 * After the plan (strided2d.h) the output runs along the inner axis, with
 * stride 1 when it can. Per output row, by the inputs' inner strides:
 *  - 1 and 1: the elementwise skeleton map2 (one call for the whole array
 *    when all three are contiguous);
 *  - 1 and 0 (a broadcast column, or a broadcast row in Fortran order):
 *    the scalar-operand skeleton map2s, the operand read once per row;
 *  - 0 and 1: the same with the operands' roles swapped (rop(x, s) is
 *    op(s, x));
 *  - 0 and 0: one value fills the row;
 *  - 1 and an input whose outer stride is 1 (a C-order output with a
 *    Fortran-order operand, a + b.T): blocked KVL x KVL tiles, the
 *    transposed operand turned in registers (as copy2d does);
 *  - anything else, or an output that is not contiguous: the gather path,
 *    chunks copied to the stack, computed by map2, scattered back. */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(KFLOAT) || !defined(TN)
#error "binary2d_t.h needs KT, T, VT, KVL, KFLOAT and TN: instantiate it through foreach_type.h"
#endif

#define KGATHER 64 /* elements per gathered chunk */

static inline VT TN(v_rsub)(VT x, VT s) { return TN(v_sub)(s, x); }
#if KFLOAT
static inline VT TN(v_rdiv)(VT x, VT s) { return TN(v_div)(s, x); }
#endif

static KSIMD_INLINE void TN(binary_gather_row)(T *d, ptrdiff_t ds, const T *a, ptrdiff_t as, const T *b, ptrdiff_t bs,
                                               size_t n, VT (*op)(VT, VT))
{
    T ta[KGATHER], tb[KGATHER], td[KGATHER];
    for (size_t j0 = 0; j0 < n; j0 += KGATHER) {
        size_t c = n - j0 < KGATHER ? n - j0 : KGATHER;
        for (size_t j = 0; j < c; j++) {
            ptrdiff_t at = (ptrdiff_t)(j0 + j);
            ta[j] = a[at * as], tb[j] = b[at * bs];
        }
        TN(map2)(td, ta, tb, c, op);
        for (size_t j = 0; j < c; j++) d[(ptrdiff_t)(j0 + j) * ds] = td[j];
    }
}

/* Blocks of the transposed path, as copy2d's: KB_OB output rows (one 4 KiB
 * page of each row of the transposed operand) by KB_IB output columns. */
#define KB_OB (4096 / (int)sizeof(T))
#define KB_IB (64 / (int)sizeof(T))

/* d[o*dos + i] = op(a[o*aos + i], t[o + i*tis]) for o < outer, i < inner:
 * a runs along the output's rows, t across them. Whole tiles cover
 * o < of, i < ie; the rest goes through the gather path. */
static void TN(binary_transposed)(T *d, ptrdiff_t dos, const T *a, ptrdiff_t aos, const T *t, ptrdiff_t tis,
                                  size_t outer, size_t inner, VT (*op)(VT, VT))
{
    size_t of = outer - outer % KVL, ie = inner - inner % KVL;
    for (size_t ob = 0; ob < of; ob += KB_OB) {
        size_t oe = of - ob < KB_OB ? of : ob + KB_OB;
        for (size_t ib = 0; ib < ie; ib += KB_IB) {
            size_t ib_end = ie - ib < KB_IB ? ie : ib + KB_IB;
            for (size_t o = ob; o < oe; o += KVL)
                for (size_t i = ib; i < ib_end; i += KVL) {
                    VT r[KVL];
                    const T *pt = t + (ptrdiff_t)o + (ptrdiff_t)i * tis;
                    for (int k = 0; k < KVL; k++) r[k] = TN(v_load)(pt + k * tis);
                    TN(v_transpose)(r);
                    for (int k = 0; k < KVL; k++) {
                        ptrdiff_t row = (ptrdiff_t)o + k;
                        TN(v_store)(d + row * dos + (ptrdiff_t)i, op(TN(v_load)(a + row * aos + (ptrdiff_t)i), r[k]));
                    }
                }
        }
        for (size_t o = ob; o < oe && ie < inner; o++) {
            T *drow = d + (ptrdiff_t)o * dos + (ptrdiff_t)ie;
            const T *arow = a + (ptrdiff_t)o * aos + (ptrdiff_t)ie, *tcol = t + (ptrdiff_t)o + (ptrdiff_t)ie * tis;
            TN(binary_gather_row)(drow, 1, arow, 1, tcol, tis, inner - ie, op);
        }
    }
    for (size_t o = of; o < outer; o++)
        TN(binary_gather_row)(d + (ptrdiff_t)o * dos, 1, a + (ptrdiff_t)o * aos, 1, t + (ptrdiff_t)o, tis, inner, op);
}

#undef KB_OB
#undef KB_IB

static KSIMD_INLINE void TN(binary2d_run)(T *d, const T *a, const T *b, const struct ksimd_plan2d *p, VT (*op)(VT, VT),
                                          VT (*rop)(VT, VT))
{
    size_t n = p->inner;
    ptrdiff_t ia = p->is[1], ib = p->is[2], nn = (ptrdiff_t)n;
    d += p->off[0], a += p->off[1], b += p->off[2];
    if (p->is[0] == 1 && ia == 1 && ib == 1 &&
        (p->outer == 1 || (p->os[0] == nn && p->os[1] == nn && p->os[2] == nn))) {
        TN(map2)(d, a, b, p->outer * n, op);
        return;
    }
    if (p->is[0] == 1 && ia == 1 && p->os[2] == 1 && ib != 0) {
        TN(binary_transposed)(d, p->os[0], a, p->os[1], b, ib, p->outer, n, op);
        return;
    }
    if (p->is[0] == 1 && ib == 1 && p->os[1] == 1 && ia != 0) {
        TN(binary_transposed)(d, p->os[0], b, p->os[2], a, ia, p->outer, n, rop);
        return;
    }
    size_t total = p->outer * n; /* rows stream when the whole output would */
    for (size_t o = 0; o < p->outer; o++) {
        T *pd = d + (ptrdiff_t)o * p->os[0];
        const T *pa = a + (ptrdiff_t)o * p->os[1], *pb = b + (ptrdiff_t)o * p->os[2];
        if (p->is[0] != 1)
            TN(binary_gather_row)(pd, p->is[0], pa, ia, pb, ib, n, op);
        else if (ia == 1 && ib == 1)
            TN(map2_of)(pd, pa, pb, n, total, op);
        else if (ia == 1 && ib == 0)
            TN(map2s_of)(pd, pa, *pb, n, total, op);
        else if (ia == 0 && ib == 1)
            TN(map2s_of)(pd, pb, *pa, n, total, rop);
        else if (ia == 0 && ib == 0)
            TN(fill_row)(pd, op(TN(v_set1)(*pa), TN(v_set1)(*pb)), n);
        else
            TN(binary_gather_row)(pd, 1, pa, ia, pb, ib, n, op);
    }
}

static void TN(binary2d)(ksimd_binop op, T *d, ptrdiff_t drs, ptrdiff_t dcs, const T *a, ptrdiff_t ars, ptrdiff_t acs,
                         const T *b, ptrdiff_t brs, ptrdiff_t bcs, size_t rows, size_t cols)
{
    if (!rows || !cols) return;
    const ptrdiff_t rs[3] = {drs, ars, brs}, cs[3] = {dcs, acs, bcs};
    struct ksimd_plan2d p = ksimd_plan2d(rows, cols, rs, cs, 3);
    switch (op) {
    case KSIMD_OP_ADD:
        TN(binary2d_run)(d, a, b, &p, TN(v_add), TN(v_add));
        break;
    case KSIMD_OP_SUB:
        TN(binary2d_run)(d, a, b, &p, TN(v_sub), TN(v_rsub));
        break;
    case KSIMD_OP_MUL:
        TN(binary2d_run)(d, a, b, &p, TN(v_mul), TN(v_mul));
        break;
#if KFLOAT
    case KSIMD_OP_DIV:
        TN(binary2d_run)(d, a, b, &p, TN(v_div), TN(v_rdiv));
        break;
#endif
    /* IEEE minimum and maximum are symmetric (a NaN's payload aside) */
    case KSIMD_OP_MIN:
        TN(binary2d_run)(d, a, b, &p, TN(v_min), TN(v_min));
        break;
    case KSIMD_OP_MAX:
        TN(binary2d_run)(d, a, b, &p, TN(v_max), TN(v_max));
        break;
    default:
        break; /* the entry point has refused it */
    }
}

#undef KGATHER
