/* The masked-conditional checks for one element type, written once:
 * masked.c instantiates this file through kernels/foreach_type.h, so
 * TN(mk_cmp) becomes mk_cmp_f64 and so on. Every check compares the active
 * table with a plain-C reference computed here; the references are exact
 * (comparisons and copies), so passing on every table also means the same
 * bits on every table. */
#if !defined(KT) || !defined(T) || !defined(KFLOAT) || !defined(TN)
#error "masked_check_t.h needs KT, T, KFLOAT and TN: instantiate it through foreach_type.h"
#endif

/* The integer types' extremes, for the range bounds. */
#define MK_MIN_i32 INT32_MIN
#define MK_MAX_i32 INT32_MAX
#define MK_MIN_i64 INT64_MIN
#define MK_MAX_i64 INT64_MAX
#define MK_MIN KSIMD_CAT(MK_MIN_, KT)
#define MK_MAX KSIMD_CAT(MK_MAX_, KT)

/* Inputs for one type: a and b share many values (ties for EQ/LE/GE), and
 * the specials (NaN of every kind, +-0.0, +-Inf, the integer extremes) are
 * frequent. */
static void TN(mk_fill_pair)(T *a, T *b, size_t n, struct ks_rng *g)
{
    T specials[KS_MAX_SPECIALS];
    size_t ns = TN(ks_specials)(specials, KS_MAX_SPECIALS);
#if KFLOAT
    /* Pairs of tiny values (+-0.0, subnormals, the smallest normals): a
     * compare that flushes subnormals to zero, as ARMv7 NEON's does, gets
     * them wrong, and the specials alone rarely pair two of them. */
    T tiny[KS_MAX_SPECIALS];
    size_t nt = 0;
    for (size_t i = 0; i < ns; i++)
        if (fabs((double)specials[i]) <= (double)FLT_MIN) tiny[nt++] = specials[i];
#endif
    TN(ks_fill)(a, n, g);
    TN(ks_fill)(b, n, g);
    for (size_t i = 0; i < n; i++) {
        uint64_t x = ks_rand(g);
        if (x % 4 == 0) b[i] = a[i];
        if ((x >> 8) % 8 == 0) a[i] = specials[(x >> 16) % ns];
        if ((x >> 24) % 8 == 0) b[i] = specials[(x >> 32) % ns];
#if KFLOAT
        if ((x >> 40) % 8 == 0) a[i] = tiny[(x >> 44) % nt], b[i] = tiny[(x >> 52) % nt];
#endif
    }
}

static int TN(mk_ref_cmp)(T x, T y, ksimd_cmp op)
{
    switch (op) {
    case KSIMD_LT:
        return x < y;
    case KSIMD_LE:
        return x <= y;
    case KSIMD_GT:
        return x > y;
    case KSIMD_GE:
        return x >= y;
    case KSIMD_EQ:
        return x == y;
    case KSIMD_NE:
        return x != y;
    }
    return -1;
}

static size_t TN(mk_first_diff)(const T *got, const T *want, size_t n)
{
    size_t i = 0;
    while (i < n && TN(ks_same)(got[i], want[i])) i++;
    return i;
}

struct TN(mk_bufs) {
    struct ks_buf out, a, b, m;
    T *va, *vb, *want;
    uint8_t *mask, *want_mask;
};

static int TN(mk_alloc)(struct TN(mk_bufs) * x, struct ks_report *r, const char *name, struct ks_rng *g)
{
    size_t bytes = (MK_MAX_N + MK_PAD) * sizeof(T);
    memset(x, 0, sizeof *x);
    int ok = ks_buf_alloc(&x->out, bytes) && ks_buf_alloc(&x->a, bytes) && ks_buf_alloc(&x->b, bytes) &&
             ks_buf_alloc(&x->m, bytes) && (x->va = malloc(bytes)) && (x->vb = malloc(bytes)) &&
             (x->want = malloc(bytes)) && (x->mask = malloc(MK_MAX_N)) && (x->want_mask = malloc(MK_MAX_N));
    if (!ok)
        ks_check(r, 0, "%s: out of memory", name);
    else
        TN(mk_fill_pair)(x->va, x->vb, MK_MAX_N + MK_PAD, g);
    return ok;
}

static void TN(mk_free)(struct TN(mk_bufs) * x)
{
    ks_buf_free(&x->out), ks_buf_free(&x->a), ks_buf_free(&x->b), ks_buf_free(&x->m);
    free(x->va), free(x->vb), free(x->want), free(x->mask), free(x->want_mask);
}

/* Past 4 MiB the tables load compare inputs with v_load_far. The inputs
 * follow the index with two periods prime to every vector length, so a
 * load that drops or repeats half a vector changes many mask bytes. */
static size_t TN(mk_large_n)(void) { return ((size_t)4800 << 10) / sizeof(T) + 13; }

static void TN(mk_cmp_large)(struct ks_report *r, const char *name, int scalar)
{
    const size_t n = TN(mk_large_n)();
    uint8_t *m = malloc(n);
    T *a = malloc(n * sizeof(T)), *b = malloc(n * sizeof(T));
    if (ks_check(r, m && a && b, "%s: out of memory", name)) {
        for (size_t i = 0; i < n; i++) a[i] = (T)(i % 29), b[i] = (T)(i % 31);
        ksimd_status st = scalar ? TN(ksimd_cmp_scalar)(m, a, (T)14, KSIMD_LT, n) : TN(ksimd_cmp)(m, a, b, KSIMD_LT, n);
        size_t bad = 0;
        while (bad < n && m[bad] == (a[bad] < (scalar ? (T)14 : b[bad]))) bad++;
        ks_check(r, st == KSIMD_OK && bad == n, "%s n=%zu (past 4 MiB): status %d, first wrong byte %zu", name, n,
                 (int)st, bad);
    }
    free(m), free(a), free(b);
}

/* ---- cmp and cmp_scalar: every n of the sweep, three alignments, six ops ---- */
static void TN(mk_cmp_run)(struct ks_report *r, int scalar)
{
    const char *name = scalar ? "cmp_scalar_" KS_STR(KT) : "cmp_" KS_STR(KT);
    struct ks_rng g = ks_rng_from(name);
    struct TN(mk_bufs) x;
    if (!TN(mk_alloc)(&x, r, name, &g)) return;
    T scalars[KS_MAX_SPECIALS];
    size_t nsc = TN(ks_specials)(scalars, KS_MAX_SPECIALS);
    for (size_t t = 0; t < MK_SIZES; t++) {
        size_t n = mk_size(t), moff = mk_off(t), ioff = mk_off(t + 1) * sizeof(T);
        T *a = ks_buf_at(&x.a, ioff), *b = ks_buf_at(&x.b, ioff);
        memcpy(a, x.va + t, n * sizeof(T));
        memcpy(b, x.vb + t, n * sizeof(T));
        for (int op = KSIMD_LT; op <= KSIMD_NE; op++) {
            T s = scalars[(t * 7 + (size_t)op) % nsc];
            for (size_t i = 0; i < n; i++) x.want_mask[i] = (uint8_t)TN(mk_ref_cmp)(a[i], scalar ? s : b[i], op);
            uint8_t *m = ks_buf_at(&x.m, moff);
            ks_buf_poison(&x.m, moff + n);
            ksimd_status st =
                scalar ? TN(ksimd_cmp_scalar)(m, a, s, (ksimd_cmp)op, n) : TN(ksimd_cmp)(m, a, b, (ksimd_cmp)op, n);
            size_t bad = mk_first_byte_diff(m, x.want_mask, n);
            char sv[KS_SHOW];
            ks_check(r, st == KSIMD_OK && bad == n && ks_buf_intact(&x.m, moff + n, moff, n),
                     "%s op %s n=%zu (mask+%zu, inputs+%zu bytes)%s%s: status %d, first wrong byte %zu (got %d)", name,
                     mk_op_name(op), n, moff, ioff, scalar ? " s " : "", scalar ? TN(ks_show)(sv, s) : "", (int)st, bad,
                     bad < n ? m[bad] : -1);
        }
    }
    /* Errors: nothing written, whatever n. */
    T *a = ks_buf_at(&x.a, 0);
    uint8_t *m = ks_buf_at(&x.m, 0);
    static const int bad_ops[] = {-1, 6, 100};
    for (size_t k = 0; k < 3; k++)
        for (size_t n = 0; n <= 8; n += 8) {
            ks_buf_poison(&x.m, 8);
            ksimd_status st = scalar ? TN(ksimd_cmp_scalar)(m, a, a[0], (ksimd_cmp)bad_ops[k], n)
                                     : TN(ksimd_cmp)(m, a, a, (ksimd_cmp)bad_ops[k], n);
            ks_check(r, st == KSIMD_ERR_RANGE && ks_buf_intact(&x.m, 8, 0, 0),
                     "%s op %d n=%zu: status %d, want KSIMD_ERR_RANGE and nothing written", name, bad_ops[k], n,
                     (int)st);
        }
    /* The mask inside a's bytes: any shared byte is an overlap, even at a's
     * very start (the extents differ). */
    for (size_t shift = 0; shift < 2 * sizeof(T); shift += sizeof(T) - 1) {
        uint8_t *inside = (uint8_t *)a + shift;
        ksimd_status st =
            scalar ? TN(ksimd_cmp_scalar)(inside, a, a[0], KSIMD_LT, 8) : TN(ksimd_cmp)(inside, a, a, KSIMD_LT, 8);
        ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: mask at byte %zu of a: status %d, want KSIMD_ERR_OVERLAP", name,
                 shift, (int)st);
    }
    ksimd_status st =
        scalar ? TN(ksimd_cmp_scalar)(NULL, a, a[0], KSIMD_LT, 8) : TN(ksimd_cmp)(NULL, a, a, KSIMD_LT, 8);
    ks_check(r, st == KSIMD_ERR_NULL, "%s: NULL mask: status %d", name, (int)st);
    TN(mk_free)(&x);
    TN(mk_cmp_large)(r, name, scalar);
}

static void TN(mk_cmp)(struct ks_report *r) { TN(mk_cmp_run)(r, 0); }
static void TN(mk_cmp_scalar)(struct ks_report *r) { TN(mk_cmp_run)(r, 1); }

/* where on arrays past 4 MiB, which the tables load with v_load_far:
 * separate, then in place on a, then on b. */
static void TN(mk_where_large)(struct ks_report *r, const char *name, struct ks_rng *g)
{
    const size_t n = ((size_t)4800 << 10) / sizeof(T) + 13;
    uint8_t *m = malloc(n);
    T *a = malloc(n * sizeof(T)), *b = malloc(n * sizeof(T)), *d = malloc(n * sizeof(T));
    if (ks_check(r, m && a && b && d, "%s: out of memory", name))
        for (int mode = 0; mode < 3; mode++) {
            for (size_t i = 0; i < n; i++)
                m[i] = (uint8_t)(ks_rand(g) % 3 * 0x7f), a[i] = (T)(i % 2001), b[i] = (T)(3000 + i % 1009);
            T *dst = mode == 1 ? a : mode == 2 ? b : d;
            size_t bad = 0;
            ksimd_status st = TN(ksimd_where)(dst, m, a, b, n);
            while (bad < n && dst[bad] == (m[bad] ? (T)(bad % 2001) : (T)(3000 + bad % 1009))) bad++;
            ks_check(r, st == KSIMD_OK && bad == n, "%s n=%zu mode %d: status %d, first wrong element %zu", name, n,
                     mode, (int)st, bad);
        }
    free(m), free(a), free(b), free(d);
}

/* ---- where: mask bytes 0, 0x01, 0x80, 0xFF and random; in place on a or b ---- */
static void TN(mk_where)(struct ks_report *r)
{
    const char *name = "where_" KS_STR(KT);
    struct ks_rng g = ks_rng_from(name);
    struct TN(mk_bufs) x;
    if (!TN(mk_alloc)(&x, r, name, &g)) return;
    for (size_t t = 0; t < MK_SIZES; t++)
        for (int mode = 0; mode < 3; mode++) { /* separate, dst == a, dst == b */
            size_t n = mk_size(t), moff = mk_off(t + 2), doff = mk_off(t) * sizeof(T);
            size_t ioff = mk_off(t + 1) * sizeof(T);
            mk_fill_mask(x.mask, n, MK_RANDOM_50, &g);
            uint8_t *m = ks_buf_at(&x.m, moff);
            memcpy(m, x.mask, n);
            T *d = ks_buf_at(&x.out, doff), *a = ks_buf_at(&x.a, ioff), *b = ks_buf_at(&x.b, ioff);
            ks_buf_poison(&x.out, doff + n * sizeof(T));
            if (mode == 1) a = d;
            if (mode == 2) b = d;
            memcpy(a, x.va + t, n * sizeof(T));
            memcpy(b, x.vb + t, n * sizeof(T));
            for (size_t i = 0; i < n; i++) x.want[i] = x.mask[i] ? x.va[t + i] : x.vb[t + i];
            ksimd_status st = TN(ksimd_where)(d, m, a, b, n);
            size_t bad = TN(mk_first_diff)(d, x.want, n);
            ks_check(r, st == KSIMD_OK && bad == n && ks_buf_intact(&x.out, doff + n * sizeof(T), doff, n * sizeof(T)),
                     "%s n=%zu mode %d (dst+%zu, mask+%zu bytes): status %d, first wrong element %zu (mask byte %d)",
                     name, n, mode, doff, moff, (int)st, bad, bad < n ? x.mask[bad] : -1);
        }
    T *d = ks_buf_at(&x.out, 0);
    ksimd_status st = TN(ksimd_where)(d, (uint8_t *)d + 1, x.va, x.vb, 8);
    ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: mask inside dst: status %d", name, (int)st);
    st = TN(ksimd_where)(d, (uint8_t *)d, x.va, x.vb, 8);
    ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: mask at dst's start: status %d", name, (int)st);
    st = TN(ksimd_where)(d + 1, x.mask, d, x.vb, 8);
    ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: dst = a + 1: status %d", name, (int)st);
    st = TN(ksimd_where)(d, NULL, x.va, x.vb, 8);
    ks_check(r, st == KSIMD_ERR_NULL, "%s: NULL mask: status %d", name, (int)st);
    TN(mk_free)(&x);
    TN(mk_where_large)(r, name, &g);
}

/* ---- clip ---- */
static T TN(mk_ref_clip)(T a, T lo, T hi) { return a < lo ? lo : a > hi ? hi : a; }

static void TN(mk_clip)(struct ks_report *r)
{
    const char *name = "clip_" KS_STR(KT);
    struct ks_rng g = ks_rng_from(name);
    struct TN(mk_bufs) x;
    if (!TN(mk_alloc)(&x, r, name, &g)) return;
#if KFLOAT
    static const T bounds[][2] = {{-1, 1},
                                  {0, 0},
                                  {-0.0, 0.0},
                                  {0.0, 0.0},
                                  {-0.0, -0.0},
                                  {1.5, 1.5},
                                  {-INFINITY, INFINITY},
                                  {-1e30, 2.5},
                                  {-INFINITY, -INFINITY}};
#else
    static const T bounds[][2] = {{-5, 5},          {0, 0},           {-1, 0},     {MK_MIN, MK_MAX},
                                  {MK_MIN, MK_MIN}, {MK_MAX, MK_MAX}, {MK_MIN, 7}, {-100000, MK_MAX}};
#endif
    size_t nb = sizeof bounds / sizeof *bounds;
    for (size_t t = 0; t < MK_SIZES; t++)
        for (size_t k = 0; k < nb; k++) {
            size_t n = mk_size(t), doff = mk_off(t + k) * sizeof(T), ioff = mk_off(t + 1) * sizeof(T);
            T lo = bounds[k][0], hi = bounds[k][1];
            int in_place = (t + k) % 3 == 0;
            T *d = ks_buf_at(&x.out, doff), *a = in_place ? d : ks_buf_at(&x.a, ioff);
            ks_buf_poison(&x.out, doff + n * sizeof(T));
            memcpy(a, x.va + t, n * sizeof(T));
            for (size_t i = 0; i < n; i++) {
                if (i % 5 == 1) a[i] = i % 2 ? lo : hi; /* values equal to a bound, -0.0 vs +0.0 */
#if KFLOAT
                if (i % 7 == 3) a[i] = -a[i - 1]; /* -0.0 next to +0.0, -lo next to lo */
#endif
                x.want[i] = TN(mk_ref_clip)(a[i], lo, hi);
            }
            ksimd_status st = TN(ksimd_clip)(d, a, lo, hi, n);
            size_t bad = TN(mk_first_diff)(d, x.want, n);
            char s0[KS_SHOW], s1[KS_SHOW], s2[KS_SHOW], s3[KS_SHOW];
            ks_check(r, st == KSIMD_OK && bad == n && ks_buf_intact(&x.out, doff + n * sizeof(T), doff, n * sizeof(T)),
                     "%s n=%zu lo %s hi %s%s: status %d, first wrong element %zu: got %s, want %s", name, n,
                     TN(ks_show)(s0, lo), TN(ks_show)(s1, hi), in_place ? " in place" : "", (int)st, bad,
                     bad < n ? TN(ks_show)(s2, d[bad]) : "-", bad < n ? TN(ks_show)(s3, x.want[bad]) : "-");
        }
        /* Bad bounds: KSIMD_ERR_RANGE whatever n, nothing written. */
#if KFLOAT
    static const T bad_bounds[][2] = {{1, -1}, {0.0, -1e-30}, {NAN, 1}, {-1, NAN}, {NAN, NAN}, {INFINITY, -INFINITY}};
#else
    static const T bad_bounds[][2] = {{1, -1}, {0, -1}, {MK_MAX, MK_MIN}};
#endif
    T *d = ks_buf_at(&x.out, 0);
    for (size_t k = 0; k < sizeof bad_bounds / sizeof *bad_bounds; k++)
        for (size_t n = 0; n <= 8; n += 8) {
            ks_buf_poison(&x.out, 8 * sizeof(T));
            ksimd_status st = TN(ksimd_clip)(d, x.va, bad_bounds[k][0], bad_bounds[k][1], n);
            ks_check(r, st == KSIMD_ERR_RANGE && ks_buf_intact(&x.out, 8 * sizeof(T), 0, 0),
                     "%s bad bounds #%zu n=%zu: status %d, want KSIMD_ERR_RANGE and nothing written", name, k, n,
                     (int)st);
        }
    ksimd_status st = TN(ksimd_clip)(d + 1, d, 0, 1, 8);
    ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: dst = a + 1: status %d", name, (int)st);
    TN(mk_free)(&x);
}

/* ---- compress: patterns and densities, sentinels past count, in place ---- */
static void TN(mk_compress_one)(struct ks_report *r, struct TN(mk_bufs) * x, size_t n, size_t t, int pattern,
                                int in_place, struct ks_rng *g)
{
    const char *name = "compress_" KS_STR(KT);
    size_t sz = sizeof(T), doff = mk_off(t) * sz, moff = mk_off(t + 1), ioff = mk_off(t + 2) * sz;
    mk_fill_mask(x->mask, n, pattern, g);
    uint8_t *m = ks_buf_at(&x->m, moff);
    memcpy(m, x->mask, n);
    T *d = ks_buf_at(&x->out, doff), *a = in_place ? d : ks_buf_at(&x->a, ioff);
    ks_buf_poison(&x->out, doff + n * sz);
    const T *src = x->va + t % MK_PAD;
    memcpy(a, src, n * sz);
    size_t want = 0;
    for (size_t i = 0; i < n; i++)
        if (x->mask[i]) x->want[want++] = src[i];
    size_t count = (size_t)-1;
    ksimd_status st = TN(ksimd_compress)(d, a, m, n, &count);
    size_t got = count <= n ? count : 0;
    size_t bad = TN(mk_first_diff)(d, x->want, got);
    /* Past count: the sentinel, or in place a's own untouched elements. */
    int rest_ok = in_place ? memcmp(d + got, src + got, (n - got) * sz) == 0
                           : ks_buf_intact(&x->out, doff + n * sz, doff, got * sz);
    ks_check(r, st == KSIMD_OK && count == want && bad == got && rest_ok,
             "%s n=%zu %s%s (dst+%zu, mask+%zu bytes): status %d, count %zu (want %zu), first wrong %zu, %s", name, n,
             mk_pattern_name(pattern), in_place ? " in place" : "", doff, moff, (int)st, count, want, bad,
             rest_ok ? "nothing past count" : "WRITES PAST count");
}

static void TN(mk_compress)(struct ks_report *r)
{
    const char *name = "compress_" KS_STR(KT);
    struct ks_rng g = ks_rng_from(name);
    struct TN(mk_bufs) x;
    if (!TN(mk_alloc)(&x, r, name, &g)) return;
    for (size_t t = 0; t < MK_SIZES; t++)
        for (int p = 0; p < MK_PATTERNS; p++)
            TN(mk_compress_one)(r, &x, mk_size(t), t, p, (t + (size_t)p) % 4 == 0, &g);
    /* Large calls: many full vectors at each density. */
    for (int p = 0; p < MK_PATTERNS; p++) TN(mk_compress_one)(r, &x, MK_MAX_N, (size_t)p, p, p % 2, &g);
    /* Errors: count untouched, nothing written. */
    T *d = ks_buf_at(&x.out, 0);
    size_t count = 12345;
    ksimd_status st = TN(ksimd_compress)(d, x.va, x.mask, 0, NULL);
    ks_check(r, st == KSIMD_ERR_NULL, "%s: NULL count, n=0: status %d", name, (int)st);
    st = TN(ksimd_compress)(d, x.va, x.mask, 8, NULL);
    ks_check(r, st == KSIMD_ERR_NULL, "%s: NULL count: status %d", name, (int)st);
    st = TN(ksimd_compress)(d, x.va, (uint8_t *)d + 3, 8, &count);
    ks_check(r, st == KSIMD_ERR_OVERLAP && count == 12345, "%s: mask inside dst: status %d", name, (int)st);
    st = TN(ksimd_compress)(d, x.va, (uint8_t *)d, 8, &count);
    ks_check(r, st == KSIMD_ERR_OVERLAP && count == 12345, "%s: mask at dst's start: status %d", name, (int)st);
    st = TN(ksimd_compress)(d + 1, d, x.mask, 8, &count);
    ks_check(r, st == KSIMD_ERR_OVERLAP && count == 12345, "%s: dst = a + 1: status %d", name, (int)st);
    st = TN(ksimd_compress)(d, x.va, NULL, 8, &count);
    ks_check(r, st == KSIMD_ERR_NULL && count == 12345, "%s: NULL mask: status %d", name, (int)st);
    st = TN(ksimd_compress)(NULL, NULL, NULL, 0, &count);
    ks_check(r, st == KSIMD_OK && count == 0, "%s: n=0: status %d, count %zu", name, (int)st, count);
    TN(mk_free)(&x);
}

#if KFLOAT
/* ---- classifications (isnan, ...): every special value, both signs ---- */
typedef ksimd_status TN(mk_classify_fn)(uint8_t *, const T *, size_t);
static void TN(mk_classify)(struct ks_report *r, const char *name, TN(mk_classify_fn) * kernel, int (*want)(T))
{
    struct ks_rng g = ks_rng_from(name);
    struct TN(mk_bufs) x;
    if (!TN(mk_alloc)(&x, r, name, &g)) return;
    T specials[KS_MAX_SPECIALS];
    size_t ns = TN(ks_specials)(specials, KS_MAX_SPECIALS);
    for (size_t t = 0; t < MK_SIZES; t++) {
        size_t n = mk_size(t), moff = mk_off(t), ioff = mk_off(t + 1) * sizeof(T);
        T *a = ks_buf_at(&x.a, ioff);
        for (size_t i = 0; i < n; i++) a[i] = i % 2 ? specials[(t + i) % ns] : x.va[i];
        for (size_t i = 0; i < n; i++) x.want_mask[i] = (uint8_t)want(a[i]);
        uint8_t *m = ks_buf_at(&x.m, moff);
        ks_buf_poison(&x.m, moff + n);
        ksimd_status st = kernel(m, a, n);
        size_t bad = mk_first_byte_diff(m, x.want_mask, n);
        char sv[KS_SHOW];
        ks_check(r, st == KSIMD_OK && bad == n && ks_buf_intact(&x.m, moff + n, moff, n),
                 "%s n=%zu: status %d, first wrong byte %zu (got %d for %s)", name, n, (int)st, bad,
                 bad < n ? m[bad] : -1, bad < n ? TN(ks_show)(sv, a[bad]) : "-");
    }
    T *a = ks_buf_at(&x.a, 0);
    ksimd_status st = kernel((uint8_t *)a + 1, a, 8);
    ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: mask inside a: status %d", name, (int)st);
    TN(mk_free)(&x);

    /* Past 4 MiB (v_load_far): NaNs and infinities where the index says. */
    const size_t n = TN(mk_large_n)();
    uint8_t *m = malloc(n);
    a = malloc(n * sizeof(T));
    if (ks_check(r, m && a, "%s: out of memory", name)) {
        for (size_t i = 0; i < n; i++) a[i] = i % 29 == 3 ? (T)NAN : i % 31 == 5 ? (T)INFINITY : (T)(i % 1000);
        st = kernel(m, a, n);
        size_t bad = 0;
        while (bad < n && m[bad] == want(a[bad])) bad++;
        ks_check(r, st == KSIMD_OK && bad == n, "%s n=%zu (past 4 MiB): status %d, first wrong byte %zu", name, n,
                 (int)st, bad);
    }
    free(m), free(a);
}

/* Quiet and signalling NaNs of either sign. */
static int TN(mk_ref_isnan)(T v) { return v != v; }
static void TN(mk_isnan)(struct ks_report *r)
{
    TN(mk_classify)(r, "isnan_" KS_STR(KT), TN(ksimd_isnan), TN(mk_ref_isnan));
}
/* Neither NaN nor +-inf: subnormals, +-0 and the extremes are finite. */
static int TN(mk_ref_isfinite)(T v) { return v == v && v != (T)INFINITY && v != -(T)INFINITY; }
static void TN(mk_isfinite)(struct ks_report *r)
{
    TN(mk_classify)(r, "isfinite_" KS_STR(KT), TN(ksimd_isfinite), TN(mk_ref_isfinite));
}
#endif

/* ---- cross-table identity: every kernel of this type on every table
 * against the scalar table's bytes, at an odd length and offset ---- */
static void TN(mk_identity)(struct ks_report *r)
{
    const char *name = "identity_" KS_STR(KT);
    struct ks_rng g = ks_rng_from(name);
    struct TN(mk_bufs) x;
    if (!TN(mk_alloc)(&x, r, name, &g)) return;
    enum { N = MK_MAX_N - 3, OUTS = 6 + 6 + 4 };
    size_t sz = sizeof(T), bytes = N * sz;
    unsigned char *want = malloc(OUTS * bytes), *got = malloc(OUTS * bytes);
    if (!want || !got) {
        ks_check(r, 0, "%s: out of memory", name);
        free(want), free(got), TN(mk_free)(&x);
        return;
    }
    mk_fill_mask(x.mask, N, MK_RANDOM_50, &g);
    const T *a = x.va + 1, *b = x.vb + 3;
    T s = a[N / 2], lo = x.vb[0] < x.vb[1] ? x.vb[0] : x.vb[1], hi = x.vb[0] < x.vb[1] ? x.vb[1] : x.vb[0];
    if (!(lo <= hi)) lo = hi = 0; /* a NaN drawn: bounds must be valid */
    ksimd_isa active = ksimd_isa_active();
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa) || ksimd_isa_set((ksimd_isa)isa) != KSIMD_OK) continue;
        unsigned char *o = isa == KSIMD_ISA_SCALAR ? want : got;
        memset(o, 0, OUTS * bytes);
        size_t count = 0;
        for (int op = KSIMD_LT; op <= KSIMD_NE; op++) {
            TN(ksimd_cmp)(o + (size_t)op * bytes, a, b, (ksimd_cmp)op, N);
            TN(ksimd_cmp_scalar)(o + (size_t)(6 + op) * bytes, a, s, (ksimd_cmp)op, N);
        }
        TN(ksimd_where)((T *)(o + 12 * bytes), x.mask, a, b, N);
        TN(ksimd_clip)((T *)(o + 13 * bytes), a, lo, hi, N);
        TN(ksimd_compress)((T *)(o + 14 * bytes), a, x.mask, N, &count);
        memcpy(o + 15 * bytes, &count, sizeof count);
#if KFLOAT
        TN(ksimd_isnan)(o + 15 * bytes + sizeof count, a, N);
#endif
        if (isa == KSIMD_ISA_SCALAR) continue;
        for (int k = 0; k < OUTS; k++) {
            const unsigned char *w = want + (size_t)k * bytes, *v = got + (size_t)k * bytes;
            int same = 1;
            if (k >= 12 && k < 15) { /* T values: NaN payloads may differ */
                for (size_t i = 0; i < N; i++) same &= TN(ks_same)(((const T *)v)[i], ((const T *)w)[i]);
            } else {
                same = memcmp(v, w, bytes) == 0;
            }
            ks_check(r, same, "%s: output %d of table %s differs from the scalar table's", name, k,
                     ksimd_isa_name((ksimd_isa)isa));
        }
    }
    ksimd_isa_set(active);
    free(want), free(got);
    TN(mk_free)(&x);
}
#undef MK_MAX
#undef MK_MIN
#undef MK_MAX_i64
#undef MK_MIN_i64
#undef MK_MAX_i32
#undef MK_MIN_i32
