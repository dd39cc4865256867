/* binary2d for one element type. strided2d.c instantiates this file
 * through foreach_type.h for every type, after transpose_t.h and
 * copy2d_t.h (fill_row).
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
 *    transposed operand turned in registers (transpose_t.h, as copy2d);
 *  - anything else, or an output that is not contiguous: the gather path,
 *    chunks copied to the stack, computed by map2, scattered back. */

#if !defined(KT) || !defined(T) || !defined(VT) || !defined(KVL) || !defined(KFLOAT) || !defined(TN)
#error "binary2d_t.h needs KT, T, VT, KVL, KFLOAT and TN: instantiate it through foreach_type.h"
#endif

static inline VT TN(v_rsub)(VT x, VT s) { return TN(v_sub)(s, x); }
#if KFLOAT
static inline VT TN(v_rdiv)(VT x, VT s) { return TN(v_div)(s, x); }
#endif

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
        TN(transpose_with)(d, p->os[0], a, p->os[1], b, ib, p->outer, n, op);
        return;
    }
    if (p->is[0] == 1 && ib == 1 && p->os[1] == 1 && ia != 0) {
        TN(transpose_with)(d, p->os[0], b, p->os[2], a, ia, p->outer, n, rop);
        return;
    }
    size_t total = p->outer * n; /* rows stream when the whole output would */
    for (size_t o = 0; o < p->outer; o++) {
        T *pd = d + (ptrdiff_t)o * p->os[0];
        const T *pa = a + (ptrdiff_t)o * p->os[1], *pb = b + (ptrdiff_t)o * p->os[2];
        if (p->is[0] != 1)
            TN(gather_row)(pd, p->is[0], pa, ia, pb, ib, n, op);
        else if (ia == 1 && ib == 1)
            TN(map2_of)(pd, pa, pb, n, total, op);
        else if (ia == 1 && ib == 0)
            TN(map2s_of)(pd, pa, *pb, n, total, op);
        else if (ia == 0 && ib == 1)
            TN(map2s_of)(pd, pb, *pa, n, total, rop);
        else if (ia == 0 && ib == 0)
            TN(fill_row)(pd, op(TN(v_set1)(*pa), TN(v_set1)(*pb)), n);
        else
            TN(gather_row)(pd, 1, pa, ia, pb, ib, n, op);
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
