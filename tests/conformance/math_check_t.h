/* The transcendental family's checks for one float type. math.c
 * instantiates this file for f32 and f64 through kernels/foreach_type.h;
 * TN(mf_fn) is then mf_fn_f64 and so on.
 *
 * The kernels have no exact reference in plain C, so the checks compare a
 * table with itself and with the other tables: a lane must give the same
 * bits whatever the call's length, alignment or the lane's position (tails,
 * misalignment, in place), and every table the same bits as the scalar
 * table, whose results are also compared with a checksum recorded on x86
 * (so an AArch64 run proves the NEON and AArch64 scalar tables match x86).
 * Special values are compared with C99 Annex F's exact results. */
#if !defined(KT) || !defined(T) || !defined(UT) || !defined(TN)
#error "math_check_t.h needs KT, T, UT and TN: instantiate it through foreach_type.h"
#endif

/* The binary format: stored mantissa bits and exponent bias. */
#define MF_MBITS_f32 23
#define MF_BIAS_f32 127
#define MF_MBITS_f64 52
#define MF_BIAS_f64 1023
#define MBITS KSIMD_CAT(MF_MBITS_, KT)
#define BIAS KSIMD_CAT(MF_BIAS_, KT)

/* One function: its public entry point (unary or binary) and the binades its
 * random inputs come from. */
struct TN(mf_fn) {
    const char *name;
    ksimd_status (*unary)(T *, const T *, size_t);
    ksimd_status (*binary)(T *, const T *, const T *, size_t);
    int x_emin, x_emax; /* x in +-[2^emin, 2^(emax+1)) */
    int y_emin, y_emax; /* pow's exponent, plus integers */
    int x_positive;     /* log: mostly positive inputs */
};

/* An Annex F case: f(x) or pow(x, y) must be exactly want (NaN: any NaN). */
struct TN(mf_special) {
    T x, y, want;
};

static T TN(mf_from_bits)(UT u)
{
    T v;
    memcpy(&v, &u, sizeof v);
    return v;
}

static UT TN(mf_bits)(T v)
{
    UT u;
    memcpy(&u, &v, sizeof u);
    return u;
}

/* Built from integers only (no libm, and a generator and special values of
 * this file's own, so the recorded checksums depend on nothing else): one
 * in eight a special value, else sign, binade and mantissa at random; pow's
 * exponents are integers one time in four. */
static T TN(mf_value)(struct ks_rng *g, int emin, int emax, int positive, int integers)
{
    static const T specials[] = {
        0, -(T)0, (T)INFINITY, -(T)INFINITY, (T)NAN, 1, -1, (T)0.5, 2, -2, 3, -3, (T)1e-30, (T)-1e-30,
    };
    uint64_t r = mf_rand(g), s = mf_rand(g);
    if ((r & 7) == 0) return specials[s % (sizeof specials / sizeof *specials)];
    if (integers && (r & 3) == 1) return (T)((int64_t)(s % 61) - 30);
    UT sign = (!positive || ((r >> 3) & 7) == 0) && ((r >> 6) & 1) ? (UT)1 << (sizeof(T) * 8 - 1) : 0;
    UT exp = (UT)(BIAS + emin + (int)((r >> 8) % (uint64_t)(emax - emin + 1)));
    UT mant = (UT)s & (((UT)1 << MBITS) - 1);
    return TN(mf_from_bits)(sign | exp << MBITS | mant);
}

static void TN(mf_fill)(const struct TN(mf_fn) * f, struct ks_rng *g, T *x, T *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        x[i] = TN(mf_value)(g, f->x_emin, f->x_emax, f->x_positive, 0);
        y[i] = TN(mf_value)(g, f->y_emin, f->y_emax, 0, 1);
    }
}

static ksimd_status TN(mf_call)(const struct TN(mf_fn) * f, T *d, const T *x, const T *y, size_t n)
{
    return f->unary ? f->unary(d, x, n) : f->binary(d, x, y, n);
}

/* The first index where d and want differ, or n. */
static size_t TN(mf_first_diff)(const T *d, const T *want, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!TN(ks_same)(d[i], want[i])) return i;
    return n;
}

static void TN(mf_specials)(struct ks_report *r, const struct TN(mf_fn) * f, const struct TN(mf_special) * cases,
                            size_t count)
{
    for (size_t i = 0; i < count; i++) {
        T got = 0;
        ksimd_status st = TN(mf_call)(f, &got, &cases[i].x, &cases[i].y, 1);
        char bx[KS_SHOW], by[KS_SHOW], bg[KS_SHOW], bw[KS_SHOW];
        ks_check(r, st == KSIMD_OK && TN(ks_same)(got, cases[i].want), "%s(%s%s%s) = %s, want %s", f->name,
                 TN(ks_show)(bx, cases[i].x), f->binary ? ", " : "", f->binary ? TN(ks_show)(by, cases[i].y) : "",
                 TN(ks_show)(bg, got), TN(ks_show)(bw, cases[i].want));
    }
}

/* Every element offset within a cache line; buffers for the largest. */
#define MF_OFFSETS (64 / sizeof(T))
#define MF_CAP ((MF_MAX_N + MF_OFFSETS) * sizeof(T))

/* Every n in [0, MF_MAX_N] at every element offset, then in place: each
 * lane must match the same input computed alone (n == 1), and nothing
 * outside dst[0, n) may change. */
static void TN(mf_tails)(struct ks_report *r, const struct TN(mf_fn) * f)
{
    T x[MF_MAX_N], y[MF_MAX_N], want[MF_MAX_N];
    struct ks_rng g = mf_rng(f->name);
    TN(mf_fill)(f, &g, x, y, MF_MAX_N);
    for (size_t i = 0; i < MF_MAX_N; i++) TN(mf_call)(f, &want[i], &x[i], &y[i], 1);

    struct ks_buf bd, bx, by;
    if (!ks_buf_alloc(&bd, MF_CAP) + !ks_buf_alloc(&bx, MF_CAP) + !ks_buf_alloc(&by, MF_CAP)) {
        ks_check(r, 0, "%s: out of memory", f->name);
        ks_buf_free(&bd), ks_buf_free(&bx), ks_buf_free(&by);
        return;
    }
    for (size_t off = 0; off < MF_OFFSETS; off++) {
        size_t boff = off * sizeof(T);
        T *d = ks_buf_at(&bd, boff), *a = ks_buf_at(&bx, boff), *b = ks_buf_at(&by, boff);
        memcpy(a, x, sizeof x);
        memcpy(b, y, sizeof y);
        for (size_t n = 0; n <= MF_MAX_N; n++) {
            ks_buf_poison(&bd, MF_CAP);
            ksimd_status st = TN(mf_call)(f, d, a, b, n);
            size_t bad = st == KSIMD_OK ? TN(mf_first_diff)(d, want, n) : 0;
            ks_check(r, st == KSIMD_OK && bad == n, "%s: n=%zu offset=%zu: lane %zu differs from the same input alone",
                     f->name, n, off, bad);
            ks_check(r, ks_buf_intact(&bd, MF_CAP, boff, n * sizeof(T)), "%s: n=%zu offset=%zu wrote outside dst",
                     f->name, n, off);
        }
        /* In place: dst == x (and dst == y for pow). */
        for (int which = 0; which < (f->binary ? 2 : 1); which++) {
            memcpy(d, which ? y : x, sizeof x);
            ksimd_status st = which ? TN(mf_call)(f, d, a, d, MF_MAX_N) : TN(mf_call)(f, d, d, b, MF_MAX_N);
            size_t bad = st == KSIMD_OK ? TN(mf_first_diff)(d, want, MF_MAX_N) : 0;
            ks_check(r, st == KSIMD_OK && bad == MF_MAX_N, "%s: in place (dst == %s), offset=%zu: lane %zu differs",
                     f->name, which ? "b" : "a", off, bad);
        }
    }
    ks_buf_free(&bd), ks_buf_free(&bx), ks_buf_free(&by);
}

/* Validation: NULL with n == 0 is fine, NULL with n > 0 and a partial
 * overlap are errors that write nothing. */
static void TN(mf_errors)(struct ks_report *r, const struct TN(mf_fn) * f)
{
    T buf[8] = {1, 2, 3, 4, 5, 6, 7, 8}, keep[8];
    memcpy(keep, buf, sizeof buf);
    ks_check(r, TN(mf_call)(f, NULL, NULL, NULL, 0) == KSIMD_OK, "%s: NULL with n == 0 must be KSIMD_OK", f->name);
    ks_check(r, TN(mf_call)(f, NULL, buf, buf, 4) == KSIMD_ERR_NULL, "%s: NULL dst must be KSIMD_ERR_NULL", f->name);
    ks_check(r, TN(mf_call)(f, buf, NULL, buf, 4) == KSIMD_ERR_NULL, "%s: NULL a must be KSIMD_ERR_NULL", f->name);
    if (f->binary)
        ks_check(r, f->binary(buf, buf, NULL, 4) == KSIMD_ERR_NULL, "%s: NULL b must be KSIMD_ERR_NULL", f->name);
    ks_check(r, TN(mf_call)(f, buf + 1, buf, buf + 4, 4) == KSIMD_ERR_OVERLAP && !memcmp(buf, keep, sizeof buf),
             "%s: dst = a + 1 must be KSIMD_ERR_OVERLAP and write nothing", f->name);
    if (f->binary)
        ks_check(r, f->binary(buf + 1, buf + 4, buf, 4) == KSIMD_ERR_OVERLAP && !memcmp(buf, keep, sizeof buf),
                 "%s: dst = b + 1 must be KSIMD_ERR_OVERLAP and write nothing", f->name);
}

/* FNV-1a over the result bits, every NaN counted as one canonical NaN (the
 * contract leaves a NaN's sign and payload open). */
static uint64_t TN(mf_checksum)(const T *d, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++) {
        UT u = d[i] != d[i] ? TN(mf_bits)((T)NAN) & ~((UT)1 << (sizeof(T) * 8 - 1)) : TN(mf_bits)(d[i]);
        for (size_t k = 0; k < sizeof u; k++) h = (h ^ ((u >> (8 * k)) & 0xff)) * 0x100000001b3u;
    }
    return h;
}

/* Every available table over the same inputs: the same bits as the scalar
 * table, and a checksum equal to the one recorded on x86-64. */
static void TN(mf_identity)(struct ks_report *r, const struct TN(mf_fn) * f, uint64_t recorded)
{
    static T x[MF_ID_N], y[MF_ID_N], base[MF_ID_N], d[MF_ID_N];
    struct ks_rng g = mf_rng(f->name);
    TN(mf_fill)(f, &g, x, y, MF_ID_N);
    ksimd_isa active = ksimd_isa_active();
    ksimd_isa_set(KSIMD_ISA_SCALAR);
    TN(mf_call)(f, base, x, y, MF_ID_N);
    uint64_t sum = TN(mf_checksum)(base, MF_ID_N);
    ks_check(r, sum == recorded,
             "%s: scalar table's checksum 0x%016llx, recorded on x86-64 0x%016llx: the bits differ from x86's", f->name,
             (unsigned long long)sum, (unsigned long long)recorded);
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (isa == KSIMD_ISA_SCALAR || ksimd_isa_set((ksimd_isa)isa) != KSIMD_OK) continue;
        TN(mf_call)(f, d, x, y, MF_ID_N);
        size_t bad = TN(mf_first_diff)(d, base, MF_ID_N);
        char bx[KS_SHOW], bg[KS_SHOW], bw[KS_SHOW];
        ks_check(r, bad == MF_ID_N, "%s: table %s differs from scalar at x=%s: %s, scalar %s", f->name,
                 ksimd_isa_name((ksimd_isa)isa), bad < MF_ID_N ? TN(ks_show)(bx, x[bad]) : "",
                 bad < MF_ID_N ? TN(ks_show)(bg, d[bad]) : "", bad < MF_ID_N ? TN(ks_show)(bw, base[bad]) : "");
    }
    ksimd_isa_set(active);
}

#undef MF_OFFSETS
#undef MF_CAP
#undef BIAS
#undef MBITS
#undef MF_BIAS_f64
#undef MF_MBITS_f64
#undef MF_BIAS_f32
#undef MF_MBITS_f32
