/* The strided 2-D checks for one element type. strided2d.c instantiates
 * this file through kernels/foreach_type.h; AT is the sum result type.
 * References are computed here, element by element, from the contract and
 * docs/strided2d.md: every output element of every view, and every element
 * of the output's buffer outside the view (which must keep its sentinel). */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(KFLOAT) || !defined(AT) || !defined(KAT) || !defined(TN)
#error "s2d_check_t.h needs KT, T, UT, KFLOAT, AT, KAT and TN: instantiate it through foreach_type.h"
#endif

#define KSIMD(name) S2_CAT(S2_CAT(ksimd_, name), S2_CAT(_, KT))

static T *TN(s2_at)(T *base, const struct s2_view *v, size_t i, size_t j)
{
    return base + v->off + (ptrdiff_t)i * v->rs + (ptrdiff_t)j * v->cs;
}

static T TN(ref_op)(ksimd_binop op, T x, T y)
{
    switch (op) {
#if KFLOAT
    case KSIMD_OP_ADD:
        return x + y;
    case KSIMD_OP_SUB:
        return x - y;
    case KSIMD_OP_MUL:
        return x * y;
    case KSIMD_OP_DIV:
        return x / y;
    case KSIMD_OP_MIN:
        return isnan(x) || isnan(y) ? x + y : x == y ? (signbit(x) ? x : y) : x < y ? x : y;
    case KSIMD_OP_MAX:
        return isnan(x) || isnan(y) ? x + y : x == y ? (signbit(x) ? y : x) : x > y ? x : y;
#else
    case KSIMD_OP_ADD:
        return (T)((UT)x + (UT)y);
    case KSIMD_OP_SUB:
        return (T)((UT)x - (UT)y);
    case KSIMD_OP_MUL:
        return (T)((UT)x * (UT)y);
    case KSIMD_OP_MIN:
        return x < y ? x : y;
    case KSIMD_OP_MAX:
        return x > y ? x : y;
#endif
    default:
        return 0;
    }
}

/* Inputs: kbench-like values for sums (no specials, mixed magnitudes and
 * signs, so the order shows in the bits), special values elsewhere. */
static void TN(s2_fill)(T *p, size_t n, int for_sums, struct ks_rng *g)
{
    if (!for_sums) {
        S2_CAT(ks_fill_, KT)(p, n, g);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t x = ks_rand(g);
#if KFLOAT
        p[i] = (T)ldexp((double)(int64_t)(x >> 11) * 0x1p-52 - 1, (int)(x % 24) - 12);
#else
        p[i] = (T)x;
#endif
    }
}

/* ---- copy2d and binary2d: the whole output buffer against its expected
 * image (sentinels where the view does not reach) ---- */

static void TN(s2_expect_equal)(struct ks_report *r, const T *got, const T *want, size_t span, const char *what,
                                size_t rows, size_t cols)
{
    size_t bad = 0;
    while (bad < span && S2_CAT(ks_same_, KT)(got[bad], want[bad])) bad++;
    ks_check(r, bad == span, "%s %zux%zu: buffer element %zu differs", what, rows, cols, bad);
}

/* dshift, sshift: the views start that many elements further into their
 * buffers (allocated 64-byte aligned), to place them off vector and line
 * boundaries. */
static void TN(check_copy_at)(struct ks_report *r, size_t rows, size_t cols, int dl, int sl, size_t dshift,
                              size_t sshift, struct ks_rng *g)
{
    struct s2_view dv = s2_make(dl, rows, cols), sv = s2_make(sl, rows, cols);
    dv.off += dshift, dv.span += dshift, sv.off += sshift, sv.span += sshift;
    size_t most = dv.span > sv.span ? dv.span : sv.span;
    T *d = aligned_alloc(64, (dv.span * sizeof *d + 63) / 64 * 64), *want = malloc(most * sizeof *d),
      *s = aligned_alloc(64, (sv.span * sizeof *s + 63) / 64 * 64);
    if (ks_check(r, d && want && s, "oom")) {
        TN(s2_fill)(d, dv.span, 0, g), TN(s2_fill)(s, sv.span, 0, g);
        memcpy(want, d, dv.span * sizeof *d);
        for (size_t i = 0; i < rows; i++)
            for (size_t j = 0; j < cols; j++) *TN(s2_at)(want, &dv, i, j) = *TN(s2_at)(s, &sv, i, j);
        ksimd_status st = KSIMD(copy2d)(d + dv.off, dv.rs, dv.cs, s + sv.off, sv.rs, sv.cs, rows, cols);
        char what[64];
        snprintf(what, sizeof what, "copy2d_" S2_STR(KT) " %s <- %s (shifts %zu, %zu)", s2_layout_names[dl],
                 s2_layout_names[sl], dshift, sshift);
        if (ks_check(r, st == KSIMD_OK, "%s %zux%zu: status %d", what, rows, cols, (int)st))
            TN(s2_expect_equal)(r, d, want, dv.span, what, rows, cols);
        /* in place: the same view, nothing changes */
        if (sl != S2_BROW && sl != S2_BCOL && sl != S2_SCALAR) {
            memcpy(want, s, sv.span * sizeof *s);
            st = KSIMD(copy2d)(s + sv.off, sv.rs, sv.cs, s + sv.off, sv.rs, sv.cs, rows, cols);
            ks_check(r, st == KSIMD_OK && memcmp(want, s, sv.span * sizeof *s) == 0, "%s in place", what);
        }
    }
    free(d), free(want), free(s);
}

static void TN(check_copy)(struct ks_report *r, size_t rows, size_t cols, int dl, int sl, struct ks_rng *g)
{
    TN(check_copy_at)(r, rows, cols, dl, sl, 0, 0, g);
}

/* in_place: 1 runs dst == a, 2 dst == b (the output takes that layout).
 * shift: as for check_copy_at, per view (dst, a, b). */
static void TN(check_binary_at)(struct ks_report *r, ksimd_binop op, size_t rows, size_t cols, const int lay[3],
                                int in_place, const size_t shift[3], struct ks_rng *g)
{
    struct s2_view v[3];
    T *buf[3], *want;
    for (int k = 0; k < 3; k++) {
        v[k] = s2_make(lay[k], rows, cols), v[k].off += shift[k], v[k].span += shift[k];
        buf[k] = aligned_alloc(64, (v[k].span * sizeof(T) + 63) / 64 * 64);
    }
    for (int k = 0; k < 3; k++)
        if (buf[k]) TN(s2_fill)(buf[k], v[k].span, 0, g);
    if (in_place) v[0] = v[in_place];
    want = malloc(v[0].span * sizeof(T));
    if (ks_check(r, buf[0] && buf[1] && buf[2] && want, "oom")) {
#if KFLOAT
        /* a few operands equal, for min/max ties and exact zeros */
        if (v[1].span == v[2].span) memcpy(buf[2], buf[1], v[1].span / 3 * sizeof(T));
#endif
        T *d = in_place ? buf[in_place] : buf[0];
        memcpy(want, d, v[0].span * sizeof(T));
        for (size_t i = 0; i < rows; i++)
            for (size_t j = 0; j < cols; j++)
                *TN(s2_at)(want, &v[0], i, j) =
                    TN(ref_op)(op, *TN(s2_at)(buf[1], &v[1], i, j), *TN(s2_at)(buf[2], &v[2], i, j));
        ksimd_status st = KSIMD(binary2d)(op, d + v[0].off, v[0].rs, v[0].cs, buf[1] + v[1].off, v[1].rs, v[1].cs,
                                          buf[2] + v[2].off, v[2].rs, v[2].cs, rows, cols);
        char what[96];
        snprintf(what, sizeof what, "binary2d_" S2_STR(KT) " op %d %s <- %s, %s%s (shifts %zu, %zu, %zu)", (int)op,
                 s2_layout_names[in_place ? lay[in_place] : lay[0]], s2_layout_names[lay[1]], s2_layout_names[lay[2]],
                 in_place ? " in place" : "", shift[0], shift[1], shift[2]);
        if (ks_check(r, st == KSIMD_OK, "%s %zux%zu: status %d", what, rows, cols, (int)st))
            TN(s2_expect_equal)(r, d, want, v[0].span, what, rows, cols);
    }
    for (int k = 0; k < 3; k++) free(buf[k]);
    free(want);
}

static void TN(check_binary)(struct ks_report *r, ksimd_binop op, size_t rows, size_t cols, const int lay[3],
                             int in_place, struct ks_rng *g)
{
    static const size_t none[3] = {0, 0, 0};
    TN(check_binary_at)(r, op, rows, cols, lay, in_place, none, g);
}

/* ---- axis reductions ---- */

#if KFLOAT
/* docs/strided2d.md, from its recursive statement: chunks of 8 summed in
 * order from +0.0, then S(c_0 .. c_{m-1}) = S(G_0) + S(G_1) + ... left to
 * right over consecutive groups G of b chunks, b the largest power of 8
 * below m, and S(c_0) = c_0. */
static AT TN(spec_combine)(const AT *c, size_t m)
{
    if (m == 1) return c[0];
    size_t b = 1;
    while (8 * b < m) b *= 8;
    AT acc = TN(spec_combine)(c, b);
    for (size_t g = b; g < m; g += b) acc = acc + TN(spec_combine)(c + g, m - g < b ? m - g : b);
    return acc;
}

/* The contract's accuracy bound, 2 log2(len) eps sum|x| (plus an ulp of
 * the exact sum for the reference), on the column sums of a len x 3
 * C-order matrix: column 0 of mixed magnitudes; column 1 the same with
 * most elements cancelled by a partner far away; column 2 a 1 followed by
 * values of 0.3 ulp(1), which a sequential sum rounds away one by one
 * (error ~0.3 len eps, far past the bound). */
static void TN(check_axis_bound)(struct ks_report *r, size_t len, struct ks_rng *g)
{
    T *a = malloc(3 * len * sizeof *a), *col = malloc(len * sizeof *col);
    AT out[3];
    double eps = sizeof(T) == 4 ? FLT_EPSILON : DBL_EPSILON;
    if (ks_check(r, a && col, "oom")) {
        for (size_t i = 0; i < len; i++) {
            for (size_t c = 0; c < 2; c++) {
                double m = (double)(ks_rand(g) >> 11) * 0x1p-53 + 0.5;
                a[3 * i + c] = (T)((ks_rand(g) & 1 ? m : -m) * ldexp(1, (int)(ks_rand(g) % 60) - 30));
            }
            a[3 * i + 2] = (T)(i ? 0.3 * eps : 1);
        }
        for (size_t i = 0; i + 1 < len / 2; i += 2) {
            size_t j = len - 1 - (size_t)(ks_rand(g) % (len / 2));
            a[3 * j + 1] = (T)(-a[3 * i + 1] * (T)1e6);
            a[3 * i + 1] = (T)(a[3 * i + 1] * (T)1e6);
        }
        if (ks_check(r, KSIMD(sum_axis)(out, a, len, 3, 3, 1, 0) == KSIMD_OK, "sum_axis bound status"))
            for (size_t c = 0; c < 3; c++) {
                for (size_t i = 0; i < len; i++) col[i] = a[3 * i + c];
                double exact, mag;
                ks_exact_sum(col, NULL, len, sizeof(T), &exact, &mag);
                double bound = 2 * log2((double)len) * eps * mag + eps * fabs(exact);
                ks_check(r, fabs((double)out[c] - exact) <= bound,
                         "sum_axis_" S2_STR(KT) " %zu rows, column %zu: error %g > bound %g", len, c,
                         fabs((double)out[c] - exact), bound);
            }
    }
    free(a), free(col);
}
#endif

/* kind 0: sum, 1: min, 2: max. The reference of output k. */
static AT TN(ref_axis)(int kind, T *a, const struct s2_view *v, size_t k, size_t len, int axis, AT *chunks)
{
    AT acc = kind ? (AT)*TN(s2_at)(a, v, axis ? k : 0, axis ? 0 : k) : 0; /* min/max: len >= 1 */
    size_t m = 0;
    for (size_t r0 = 0; r0 < len; r0 += 8) {
        AT s = 0;
        for (size_t q = r0; q < len && q < r0 + 8; q++) {
            T x = *TN(s2_at)(a, v, axis ? k : q, axis ? q : k);
            if (kind == 0) {
#if KFLOAT
                s = s + x;
#else
                acc = (AT)((uint64_t)acc + (uint64_t)(AT)x);
#endif
            } else {
                acc = (AT)TN(ref_op)(kind == 1 ? KSIMD_OP_MIN : KSIMD_OP_MAX, (T)acc, x);
            }
        }
        chunks[m++] = s;
    }
#if KFLOAT
    if (kind == 0) acc = m ? TN(spec_combine)(chunks, m) : 0;
#endif
    return acc;
}

static void TN(check_axis)(struct ks_report *r, int kind, size_t rows, size_t cols, int lay, int axis, struct ks_rng *g)
{
    struct s2_view v = s2_make(lay, rows, cols);
    size_t kept = axis ? rows : cols, len = axis ? cols : rows;
    T *a = malloc(v.span * sizeof *a);
    AT *out = malloc((kept + 2) * sizeof *out), *chunks = malloc((len / 8 + 1) * sizeof *chunks);
    if (ks_check(r, a && out && chunks, "oom") && !(kind && len == 0)) {
        TN(s2_fill)(a, v.span, kind == 0, g);
        memset(out, KS_SENTINEL, (kept + 2) * sizeof *out);
        ksimd_status st;
        if (kind == 0)
            st = KSIMD(sum_axis)(out, a + v.off, rows, cols, v.rs, v.cs, axis);
        else if (kind == 1)
            st = KSIMD(min_axis)((T *)out, a + v.off, rows, cols, v.rs, v.cs, axis);
        else
            st = KSIMD(max_axis)((T *)out, a + v.off, rows, cols, v.rs, v.cs, axis);
        static const char *const names[] = {"sum_axis", "min_axis", "max_axis"};
        if (ks_check(r, st == KSIMD_OK, "%s_" S2_STR(KT) " %s %zux%zu axis %d: status %d", names[kind],
                     s2_layout_names[lay], rows, cols, axis, (int)st)) {
            size_t bad = kept;
            for (size_t k = 0; k < kept && bad == kept; k++) {
                AT want = TN(ref_axis)(kind, a, &v, k, len, axis, chunks);
                AT got = kind ? (AT)((T *)out)[k] : out[k];
                if (!(kind ? S2_CAT(ks_same_, KT)((T)got, (T)want) : S2_CAT(ks_same_, KAT)(got, want))) bad = k;
            }
            unsigned char guard[2 * sizeof(AT)];
            memset(guard, KS_SENTINEL, sizeof guard);
            size_t used = kind ? kept * sizeof(T) : kept * sizeof(AT);
            ks_check(r, bad == kept && memcmp((unsigned char *)out + used, guard, sizeof guard) == 0,
                     "%s_" S2_STR(KT) " %s %zux%zu axis %d: output %zu differs or guard written", names[kind],
                     s2_layout_names[lay], rows, cols, axis, bad);
        }
    }
    free(a), free(out), free(chunks);
}

/* Every function over the shapes and layouts of strided2d.c. */
static void TN(s2_all)(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("strided2d " S2_STR(KT));
    for (size_t s = 0; s < S2_NSHAPES; s++) {
        size_t rows = s2_shapes[s][0], cols = s2_shapes[s][1];
        for (int dl = 0; dl < S2_NOUT; dl++)
            for (int sl = 0; sl < S2_NLAYOUTS; sl++) TN(check_copy)(r, rows, cols, dl, sl, &g);
        for (int c = 0; c < S2_NCOMBOS; c++)
            for (int op = KSIMD_OP_ADD; op <= KSIMD_OP_MAX; op++) {
#if !KFLOAT
                if (op == KSIMD_OP_DIV) continue;
#endif
                TN(check_binary)(r, (ksimd_binop)op, rows, cols, s2_combos[c], 0, &g);
                if (s2_combos[c][1] < S2_NOUT) TN(check_binary)(r, (ksimd_binop)op, rows, cols, s2_combos[c], 1, &g);
                if (s2_combos[c][2] < S2_NOUT) TN(check_binary)(r, (ksimd_binop)op, rows, cols, s2_combos[c], 2, &g);
            }
        for (int lay = 0; lay < S2_NLAYOUTS; lay++)
            for (int axis = 0; axis < 2; axis++)
                for (int kind = 0; kind < 3; kind++) TN(check_axis)(r, kind, rows, cols, lay, axis, &g);
    }
}

#undef KSIMD
