/* The float checks of the reduction family for one type; reduce.c
 * instantiates this file for f32 and f64 through kernels/foreach_type.h. */
#if !defined(KT) || !defined(T) || !defined(TN)
#error "reduce_float_t.h needs KT, T and TN: instantiate it through foreach_type.h"
#endif

/* The canonical order's virtual lanes, and the type's epsilon. */
#define RD_LANES_f32 64
#define RD_EPS_f32 FLT_EPSILON
#define RD_LANES_f64 32
#define RD_EPS_f64 DBL_EPSILON
#define LANES RD_PASTE(RD_LANES_, KT)
#define EPS RD_PASTE(RD_EPS_, KT)

/* ---- the canonical order, written again from docs/reductions.md ----
 * Deliberately not the library's structure (recursion instead of a binary
 * counter, one element at a time instead of vectors): equal bits mean the
 * library follows the documented order. */

static T TN(spec_term)(const T *a, const T *b, size_t n, size_t i)
{
    if (i >= n) return 0;
    return b ? a[i] * b[i] : a[i];
}

/* Lane `lane` of block k: its 8 terms in index order, from +0.0. */
static T TN(spec_block)(const T *a, const T *b, size_t n, size_t k, size_t lane)
{
    T s = 0;
    for (size_t j = 0; j < 8; j++) s = s + TN(spec_term)(a, b, n, k * LANES * 8 + j * LANES + lane);
    return s;
}

/* Blocks [first, first + count): the first 2^m blocks (2^m < count, as
 * large as possible), plus the rest. */
static T TN(spec_blocks)(const T *a, const T *b, size_t n, size_t first, size_t count, size_t lane)
{
    if (count == 1) return TN(spec_block)(a, b, n, first, lane);
    size_t half = 1;
    while (half * 2 < count) half *= 2;
    T left = TN(spec_blocks)(a, b, n, first, half, lane);
    return left + TN(spec_blocks)(a, b, n, first + half, count - half, lane);
}

static T TN(spec_sum)(const T *a, const T *b, size_t n)
{
    T lane[LANES];
    size_t blocks = (n + LANES * 8 - 1) / (LANES * 8);
    for (size_t l = 0; l < LANES; l++) lane[l] = blocks ? TN(spec_blocks)(a, b, n, 0, blocks, l) : 0;
    for (size_t h = LANES / 2; h >= 1; h /= 2)
        for (size_t j = 0; j < h; j++) lane[j] = lane[j] + lane[j + h];
    return lane[0];
}

/* ---- the kernels through the public API ---- */

static T TN(api_sum)(const T *a, const T *b, size_t n)
{
    T out = (T)-1;
    ksimd_status st = b ? RD_PASTE(ksimd_dot_, KT)(a, b, n, &out) : RD_PASTE(ksimd_sum_, KT)(a, n, &out);
    return st == KSIMD_OK ? out : (T)NAN;
}

/* sum and dot of a[0, n) copied to every byte offset the type allows in
 * [0, 64): the same bits at every offset, and the spec's bits. */
static void TN(check_offsets)(struct ks_report *r, const T *a, const T *b, size_t n, struct ks_buf *ba,
                              struct ks_buf *bb)
{
    char x[KS_SHOW], y[KS_SHOW];
    for (int dot = 0; dot <= 1; dot++) {
        T want = TN(spec_sum)(a, dot ? b : NULL, n);
        for (size_t off = 0; off < 64; off += sizeof(T)) {
            T *pa = ks_buf_at(ba, off), *pb = ks_buf_at(bb, off);
            memcpy(pa, a, n * sizeof(T));
            memcpy(pb, b, n * sizeof(T));
            T got = TN(api_sum)(pa, dot ? pb : NULL, n);
            if (!ks_check(r, RD_PASTE(ks_same_, KT)(got, want), "%s_" RD_STR(KT) " n=%zu offset=%zu: %s, spec %s",
                          dot ? "dot" : "sum", n, off, RD_PASTE(ks_show_, KT)(x, got), RD_PASTE(ks_show_, KT)(y, want)))
                return;
        }
    }
}

/* |got - exact| within the contract's bound (plus the reference's own
 * error, at most an ulp of the exact value). */
static void TN(check_bound)(struct ks_report *r, const T *a, const T *b, size_t n, const char *what)
{
    double exact, mag;
    ks_exact_sum(a, b, n, sizeof(T), &exact, &mag);
    T got = TN(api_sum)(a, b, n);
    double lg = n >= 2 ? log2((double)n) : 0;
    double bound = (2 * lg + (b ? 1 : 0)) * EPS * mag + EPS * fabs(exact);
    ks_check(r, fabs((double)got - exact) <= bound, "%s_" RD_STR(KT) " %s n=%zu: error %g > bound %g",
             b ? "dot" : "sum", what, n, fabs((double)got - exact), bound);
}

/* Ill-conditioned inputs: mixed magnitudes, and cancelling pairs around
 * small values (exact sum tiny next to sum|a|). */
static void TN(fill_hard)(T *a, size_t n, int kind, struct ks_rng *g)
{
    for (size_t i = 0; i < n; i++) {
        double m = (double)(ks_rand(g) >> 11) * 0x1p-53 + 0.5;
        int e = kind == 0 ? (int)(ks_rand(g) % 60) - 30 : (int)(ks_rand(g) % 8);
        a[i] = (T)((ks_rand(g) & 1 ? m : -m) * ldexp(1, e));
    }
    if (kind == 1 && n >= 2) /* most elements cancel with a partner far away */
        for (size_t i = 0; i + 1 < n / 2; i += 2) {
            size_t j = n - 1 - (size_t)(ks_rand(g) % (n / 2));
            a[j] = (T)-a[i];
            a[i] = (T)(a[i] * (T)1e6);
            a[j] = (T)(a[j] * (T)1e6);
        }
}

static void TN(sums)(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("reduce sums " RD_STR(KT));
    enum { MAXN = 300 };
    T a[MAXN], b[MAXN];
    struct ks_buf ba, bb;
    if (!ks_check(r, ks_buf_alloc(&ba, MAXN * sizeof(T)) && ks_buf_alloc(&bb, MAXN * sizeof(T)), "oom")) return;
    for (size_t n = 0; n <= MAXN; n++) {
        TN(fill_hard)(a, n, (int)(n % 2), &g);
        TN(fill_hard)(b, n, 0, &g);
        TN(check_offsets)(r, a, b, n, &ba, &bb);
        TN(check_bound)(r, a, NULL, n, "small");
        TN(check_bound)(r, a, b, n, "small");
    }
    ks_buf_free(&ba);
    ks_buf_free(&bb);
}

/* Larger sizes around block multiples; the bits against the spec. The
 * last is past the size from which the kernels read several regions at
 * once (KSUM_STREAM_BYTES in kernels/reduce.c: 4 MiB), with a chunk count
 * that is no power of two and a rest after the chunks. */
static void TN(sums_large)(struct ks_report *r)
{
    static const size_t sizes[] = {LANES * 8 - 1, LANES * 8 * 3 + 5, LANES * 8 * 7, 4099, 100003, 2700007};
    struct ks_rng g = ks_rng_from("reduce large " RD_STR(KT));
    size_t max = 2700007;
    T *a = malloc(max * sizeof(T)), *b = malloc(max * sizeof(T));
    if (ks_check(r, a && b, "oom"))
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            size_t n = sizes[s];
            for (int kind = 0; kind <= 1; kind++) {
                TN(fill_hard)(a, n, kind, &g);
                TN(fill_hard)(b, n, 0, &g);
                char x[KS_SHOW], y[KS_SHOW];
                T got = TN(api_sum)(a, NULL, n), want = TN(spec_sum)(a, NULL, n);
                ks_check(r, RD_PASTE(ks_same_, KT)(got, want), "sum_" RD_STR(KT) " n=%zu: %s, spec %s", n,
                         RD_PASTE(ks_show_, KT)(x, got), RD_PASTE(ks_show_, KT)(y, want));
                got = TN(api_sum)(a, b, n), want = TN(spec_sum)(a, b, n);
                ks_check(r, RD_PASTE(ks_same_, KT)(got, want), "dot_" RD_STR(KT) " n=%zu: %s, spec %s", n,
                         RD_PASTE(ks_show_, KT)(x, got), RD_PASTE(ks_show_, KT)(y, want));
                TN(check_bound)(r, a, NULL, n, kind ? "cancelling" : "mixed");
                TN(check_bound)(r, a, b, n, kind ? "cancelling" : "mixed");
            }
        }
    free(a);
    free(b);
}

/* NaN and infinities at the first, last and tail positions; zeros. */
static void TN(sums_special)(struct ks_report *r)
{
    enum { N = 2 * LANES * 8 + 13 };
    T a[N], one[N];
    for (size_t i = 0; i < N; i++) one[i] = 1;
    size_t where[] = {0, 1, N / 2, N - 13, N - 2, N - 1};
    for (size_t w = 0; w < sizeof where / sizeof *where; w++)
        for (size_t n = where[w] + 1; n <= N; n += N / 3 + 1) {
            memcpy(a, one, sizeof a);
            a[where[w]] = (T)NAN;
            ks_check(r, isnan(TN(api_sum)(a, NULL, n)), "sum_" RD_STR(KT) " NaN at %zu of %zu", where[w], n);
            ks_check(r, isnan(TN(api_sum)(one, a, n)), "dot_" RD_STR(KT) " NaN at %zu of %zu", where[w], n);
            a[where[w]] = (T)-INFINITY;
            ks_check(r, TN(api_sum)(a, NULL, n) == -INFINITY, "sum_" RD_STR(KT) " -inf at %zu of %zu", where[w], n);
            if (n < 2) continue;
            a[where[w] == n - 1 ? n - 2 : n - 1] = (T)INFINITY;
            ks_check(r, isnan(TN(api_sum)(a, NULL, n)), "sum_" RD_STR(KT) " inf - inf, n=%zu", n);
        }
    T zeros[N];
    for (size_t i = 0; i < N; i++) zeros[i] = (T)-0.0;
    for (size_t n = 0; n <= N; n += 37) {
        T s = TN(api_sum)(zeros, NULL, n);
        ks_check(r, s == 0 && !signbit(s), "sum_" RD_STR(KT) " of %zu times -0.0 is not +0.0", n);
    }
    T out = 1;
    ks_check(r, RD_PASTE(ksimd_sum_, KT)(NULL, 0, &out) == KSIMD_OK && out == 0 && !signbit(out),
             "sum_" RD_STR(KT) " n == 0 must give +0.0");
}

/* ---- min, max, argmin, argmax ---- */

static T TN(ieee_min)(T x, T y)
{
    if (isnan(x) || isnan(y)) return (T)NAN;
    if (x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

static T TN(ieee_max)(T x, T y)
{
    if (isnan(x) || isnan(y)) return (T)NAN;
    if (x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static size_t TN(ref_arg)(const T *a, size_t n, int want_max)
{
    size_t best = 0;
    for (size_t i = 0; i < n; i++) {
        if (isnan(a[i])) return i;
        if (want_max ? a[i] > a[best] : a[i] < a[best]) best = i;
    }
    return best;
}

static void TN(check_extremes)(struct ks_report *r, const T *a, size_t n)
{
    char x[KS_SHOW], y[KS_SHOW];
    T lo = a[0], hi = a[0], got_lo = 7, got_hi = 7;
    for (size_t i = 1; i < n; i++) lo = TN(ieee_min)(lo, a[i]), hi = TN(ieee_max)(hi, a[i]);
    size_t at_lo = 99, at_hi = 99;
    RD_PASTE(ksimd_min_, KT)(a, n, &got_lo);
    RD_PASTE(ksimd_max_, KT)(a, n, &got_hi);
    RD_PASTE(ksimd_argmin_, KT)(a, n, &at_lo);
    RD_PASTE(ksimd_argmax_, KT)(a, n, &at_hi);
    ks_check(r, RD_PASTE(ks_same_, KT)(got_lo, lo), "min_" RD_STR(KT) " n=%zu: %s, want %s", n,
             RD_PASTE(ks_show_, KT)(x, got_lo), RD_PASTE(ks_show_, KT)(y, lo));
    ks_check(r, RD_PASTE(ks_same_, KT)(got_hi, hi), "max_" RD_STR(KT) " n=%zu: %s, want %s", n,
             RD_PASTE(ks_show_, KT)(x, got_hi), RD_PASTE(ks_show_, KT)(y, hi));
    ks_check(r, at_lo == TN(ref_arg)(a, n, 0), "argmin_" RD_STR(KT) " n=%zu: %zu, want %zu", n, at_lo,
             TN(ref_arg)(a, n, 0));
    ks_check(r, at_hi == TN(ref_arg)(a, n, 1), "argmax_" RD_STR(KT) " n=%zu: %zu, want %zu", n, at_hi,
             TN(ref_arg)(a, n, 1));
}

/* Few distinct values (many ties), NaN here and there, signed zeros, and
 * rising values with ties (each 4 KiB block of argmax beats the ones
 * before it); sizes up to several blocks. */
static void TN(extremes)(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("reduce extremes " RD_STR(KT));
    enum { MAXN = 5000 };
    static T a[MAXN];
    for (size_t n = 1; n <= MAXN; n += n < 80 ? 1 : n < 700 ? 37 : 431) {
        for (int kind = 0; kind < 6; kind++) {
            for (size_t i = 0; i < n; i++) a[i] = (T)((int)(ks_rand(&g) % 9) - 4);
            if (kind == 1) a[ks_rand(&g) % n] = (T)NAN, a[ks_rand(&g) % n] = (T)NAN;
            if (kind == 2) a[n - 1] = (T)NAN;
            if (kind == 3)
                for (size_t i = 0; i < n; i++) a[i] = ks_rand(&g) & 1 ? (T)0.0 : (T)-0.0;
            if (kind >= 4)
                for (size_t i = 0; i < n; i++) a[i] = (T)(i / 3) * (kind == 4 ? 1 : -1);
            TN(check_extremes)(r, a, n);
        }
    }
    T z[3] = {(T)-0.0, (T)0.0, (T)-0.0}, m = 1;
    size_t at = 9;
    RD_PASTE(ksimd_max_, KT)(z, 3, &m);
    ks_check(r, m == 0 && !signbit(m), "max_" RD_STR(KT) " of -0, +0, -0 must be +0");
    RD_PASTE(ksimd_min_, KT)(z + 1, 2, &m);
    ks_check(r, m == 0 && signbit(m), "min_" RD_STR(KT) " of +0, -0 must be -0");
    RD_PASTE(ksimd_argmax_, KT)(z, 3, &at);
    ks_check(r, at == 0, "argmax_" RD_STR(KT) " of -0, +0, -0 is %zu, want 0 (zeros compare equal)", at);
}

/* Past KSUM_STREAM_BYTES (4 MiB), where min/max and argmin/argmax read
 * 4 regions of 256 KiB at once (4.8 MB here: the chunks, then a rest):
 * ties, NaNs and signed zeros across regions and chunks, and equal
 * extremes placed so that a later region holds one before an earlier
 * region's. */
static void TN(extremes_large)(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("reduce extremes large " RD_STR(KT));
    const size_t n = ((size_t)4800 << 10) / sizeof(T) + 13;
    T *a = malloc(n * sizeof *a);
    if (!ks_check(r, a != NULL, "oom")) return;
    for (int kind = 0; kind < 7; kind++) {
        for (size_t i = 0; i < n; i++) a[i] = (T)((int)(ks_rand(&g) % 9) - 4);
        if (kind == 1) a[n / 2 + ks_rand(&g) % (n / 2)] = (T)NAN, a[n / 3 + ks_rand(&g) % (n / 3)] = (T)NAN;
        if (kind == 2) a[n - 1] = (T)NAN;
        if (kind == 3)
            for (size_t i = 0; i < n; i++) a[i] = ks_rand(&g) & 1 ? (T)0.0 : (T)-0.0;
        if (kind == 4 || kind == 5)
            for (size_t i = 0; i < n; i++) a[i] = (T)(i / 3 % 100000) * (kind == 4 ? 1 : -1);
        if (kind == 6) {
            for (size_t i = 0; i < n; i++) a[i] = (T)((int)(ks_rand(&g) % 1000) - 500) / 512;
            a[n - 5] = a[n / 3 + 70001] = a[n / 3 + 11] = 2;
            a[n / 2 + 3] = a[n / 5 + 65537] = -2;
        }
        TN(check_extremes)(r, a, n);
    }
    free(a);
}

/* ---- group_sum ---- */

/* The documented group orders, written again. The values go in chunks of
 * 2^16. f32: per group and chunk, a double sum from +0.0 in index order;
 * per group, the chunks' sums in chunk order, in double from +0.0; the
 * result that total rounded to float. f64: per group and chunk, s = s + x
 * with TwoSum's error into e, both from +0.0; per group, the chunks' (s, e)
 * in chunk order: S = S + s with TwoSum's error into E, then E = E + e; the
 * result S + E (or S when S is not finite). */
static void TN(spec_group)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t ngroups)
{
    const size_t chunk = (size_t)1 << 16, g = ngroups ? ngroups : 1;
    double *S = calloc(g, sizeof(double)), *E = calloc(g, sizeof(double)), *cs = malloc(g * sizeof(double)),
           *ce = malloc(g * sizeof(double));
    for (size_t k = 0; k < ngroups; k++) counts[k] = 0;
    for (size_t c0 = 0; c0 < n || c0 == 0; c0 += chunk) {
        for (size_t k = 0; k < ngroups; k++) cs[k] = 0, ce[k] = 0;
        for (size_t i = c0; i < n && i < c0 + chunk; i++) {
            double s = cs[keys[i]], x = v[i], t = s + x, z = t - s;
            if (sizeof(T) == 4)
                cs[keys[i]] = s + x;
            else
                ce[keys[i]] += (s - (t - z)) + (x - z), cs[keys[i]] = t;
            counts[keys[i]]++;
        }
        for (size_t k = 0; k < ngroups; k++) {
            double s = S[k], x = cs[k], t = s + x, z = t - s;
            if (sizeof(T) == 4)
                S[k] = s + x;
            else
                E[k] += (s - (t - z)) + (x - z), S[k] = t, E[k] += ce[k];
        }
    }
    for (size_t k = 0; k < ngroups; k++) sums[k] = (T)(sizeof(T) == 4 || !isfinite(S[k]) ? S[k] : S[k] + E[k]);
    free(S), free(E), free(cs), free(ce);
}

static void TN(groups)(struct ks_report *r)
{
    static const size_t ngroups[] = {1, 16, 1000, 5000};
    struct ks_rng g = ks_rng_from("reduce groups " RD_STR(KT));
    enum { N = 150001 }; /* three chunks of the order */
    T *v = malloc(N * sizeof(T)), *sums = malloc(5000 * sizeof(T)), *want = malloc(5000 * sizeof(T));
    int32_t *keys = malloc(N * sizeof(int32_t));
    int64_t *counts = malloc(5000 * sizeof(int64_t)), *want_counts = malloc(5000 * sizeof(int64_t));
    if (!ks_check(r, v && sums && want && keys && counts && want_counts, "oom")) goto out;
    TN(fill_hard)(v, N, 1, &g);
    for (size_t s = 0; s < sizeof ngroups / sizeof *ngroups; s++) {
        size_t ng = ngroups[s];
        for (size_t i = 0; i < N; i++) keys[i] = (int32_t)(ks_rand(&g) % ng);
        TN(spec_group)(want, want_counts, v, keys, N, ng);
        ksimd_status st = RD_PASTE(ksimd_group_sum_, KT)(sums, counts, v, keys, N, ng);
        ks_check(r, st == KSIMD_OK, "group_sum_" RD_STR(KT) " ngroups=%zu: status %d", ng, (int)st);
        size_t bad = 0;
        for (size_t k = 0; k < ng; k++) bad += !RD_PASTE(ks_same_, KT)(sums[k], want[k]) || counts[k] != want_counts[k];
        ks_check(r, bad == 0, "group_sum_" RD_STR(KT) " ngroups=%zu: %zu groups differ from the spec", ng, bad);
        st = RD_PASTE(ksimd_group_sum_, KT)(sums, NULL, v, keys, N, ng);
        for (size_t k = bad = 0; k < ng; k++) bad += !RD_PASTE(ks_same_, KT)(sums[k], want[k]);
        ks_check(r, st == KSIMD_OK && bad == 0, "group_sum_" RD_STR(KT) " counts == NULL, ngroups=%zu", ng);
        /* accuracy per group against the exact sum of its members */
        for (size_t k = 0; k < ng && k < 16; k++) {
            double exact = 0, mag = 0, err = 0;
            for (size_t i = 0; i < N; i++)
                if ((size_t)keys[i] == k) ks_two_sum(&exact, &err, (double)v[i]), mag += fabs((double)v[i]);
            exact += err;
            double c = (double)want_counts[k], lg = c >= 2 ? log2(c) : 0;
            ks_check(r, fabs((double)sums[k] - exact) <= 2 * lg * EPS * mag + EPS * fabs(exact),
                     "group_sum_" RD_STR(KT) " group %zu of %zu: error %g", k, ng, fabs((double)sums[k] - exact));
        }
    }
out:
    free(v), free(sums), free(want), free(keys), free(counts), free(want_counts);
}
#undef EPS
#undef LANES
#undef RD_EPS_f64
#undef RD_LANES_f64
#undef RD_EPS_f32
#undef RD_LANES_f32
