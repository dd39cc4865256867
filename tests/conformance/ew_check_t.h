/* The elementwise checks for one element type, written once: ew_driver.c
 * instantiates this file through kernels/foreach_type.h, so TN(ew_check)
 * becomes ew_check_f64 and so on (the pattern of kernels/map_t.h). */
#if !defined(KT) || !defined(T) || !defined(TN)
#error "ew_check_t.h needs KT, T and TN: instantiate it through foreach_type.h"
#endif

struct TN(ew_ctx) {
    struct ks_report *r;
    const struct TN(ew) * k;
    int narr; /* input arrays: 1 to 3 */
    int nsc;  /* scalar operands: 0 to 2 */
    struct ks_rng rng;
    T *master[3]; /* the values of each input, EW_MASTER elements */
    T *want;      /* the expected result of the current call */
    struct ks_buf out, in[3];
    T scalars[EW_MAX_SCALARS];
    size_t nscalars;
};

/* One call of the kernel: where the arrays sit and what they hold. */
struct TN(ew_call) {
    size_t n;
    size_t start;  /* first master element used */
    size_t off[4]; /* dst, a, b, c: element offsets from a 64-byte boundary */
    T s[2];        /* scalar operands */
    int mode;      /* enum ew_mode */
};

static int TN(ew_init)(struct TN(ew_ctx) * x, struct ks_report *r, const struct TN(ew) * k, const char *salt)
{
    memset(x, 0, sizeof *x);
    x->r = r;
    x->k = k;
    x->narr = k->ternary ? 3 : k->binary ? 2 : 1;
    x->nsc = k->axpb ? 2 : k->scalar ? 1 : 0;
    x->rng = ks_rng_from(k->name);
    x->rng.state ^= ks_rng_from(salt).state;
    size_t bytes = EW_MASTER * sizeof(T);
    int ok = ks_buf_alloc(&x->out, bytes) && (x->want = malloc(bytes)) != NULL;
    for (int j = 0; j < 3; j++) {
        ok = ok && ks_buf_alloc(&x->in[j], bytes) && (x->master[j] = malloc(bytes)) != NULL;
        if (ok) TN(ks_fill)(x->master[j], EW_MASTER, &x->rng);
    }
    x->nscalars = TN(ks_scalars)(x->scalars, EW_MAX_SCALARS, k->divisor, &x->rng);
    if (!ok) ks_check(r, 0, "%s: out of memory", k->name);
    return ok;
}

static void TN(ew_free)(struct TN(ew_ctx) * x)
{
    ks_buf_free(&x->out);
    free(x->want);
    for (int j = 0; j < 3; j++) {
        ks_buf_free(&x->in[j]);
        free(x->master[j]);
    }
}

static ksimd_status TN(ew_invoke)(const struct TN(ew) * k, T *dst, const T *const in[3], const T s[2], size_t n)
{
    if (k->unary) return k->unary(dst, in[0], n);
    if (k->binary) return k->binary(dst, in[0], in[1], n);
    if (k->scalar) return k->scalar(dst, in[0], s[0], n);
    if (k->axpb) return k->axpb(dst, in[0], s[0], s[1], n);
    return k->ternary(dst, in[0], in[1], in[2], n);
}

static T TN(ew_expected)(const struct TN(ew) * k, const T *const ref[3], const T s[2], size_t i)
{
    if (k->unary) return k->ref1(ref[0][i]);
    if (k->binary) return k->ref2(ref[0][i], ref[1][i]);
    if (k->scalar) return k->ref2(ref[0][i], s[0]);
    if (k->axpb) return k->ref3(ref[0][i], s[0], s[1]);
    return k->ref3(ref[0][i], ref[1][i], ref[2][i]);
}

/* Lays call c out in the buffers: poisons dst's buffer, copies the input
 * values, and returns dst. in[] receives the kernel's input pointers and
 * ref[] the values each input holds, for the reference. */
static T *TN(ew_place)(struct TN(ew_ctx) * x, const struct TN(ew_call) * c, const T *in[3], const T *ref[3])
{
    size_t n = c->n, sz = sizeof(T);
    T *dst = ks_buf_at(&x->out, c->off[0] * sz);
    ks_buf_poison(&x->out, (c->off[0] + n) * sz);
    if (c->mode == EW_SHIFTED) { /* one array; input j starts j elements in */
        T *a = ks_buf_at(&x->in[0], c->off[1] * sz);
        memcpy(a, x->master[0] + c->start, (n + (size_t)x->narr - 1) * sz);
        for (int j = 0; j < x->narr; j++) in[j] = a + j, ref[j] = x->master[0] + c->start + j;
        return dst;
    }
    for (int j = 0; j < x->narr; j++) {
        ref[j] = x->master[c->mode == EW_ALL_SAME ? 0 : j] + c->start;
        if (c->mode == EW_ALL_SAME || c->mode == EW_DST_IS_IN + j) {
            memcpy(dst, ref[j], n * sz);
            in[j] = dst;
        } else {
            T *p = ks_buf_at(&x->in[j], c->off[j + 1] * sz);
            memcpy(p, ref[j], n * sz);
            in[j] = p;
        }
    }
    return dst;
}

/* Inputs that are not dst must come back unchanged. */
static int TN(ew_inputs_intact)(const struct TN(ew_ctx) * x, const struct TN(ew_call) * c, const T *dst,
                                const T *const in[3], const T *const ref[3])
{
    size_t sz = sizeof(T);
    if (c->mode == EW_SHIFTED) return memcmp(in[0], ref[0], (c->n + (size_t)x->narr - 1) * sz) == 0;
    for (int j = 0; j < x->narr; j++)
        if (in[j] != dst && memcmp(in[j], ref[j], c->n * sz) != 0) return 0;
    return 1;
}

static size_t TN(ew_first_mismatch)(const T *got, const T *want, size_t n)
{
    size_t i = 0;
    while (i < n && TN(ks_same)(got[i], want[i])) i++;
    return i;
}

static void TN(ew_fail)(struct TN(ew_ctx) * x, const struct TN(ew_call) * c, const char *what)
{
    char s0[KS_SHOW], s1[KS_SHOW], scalars[2 * KS_SHOW + 16] = "";
    if (x->nsc == 1) snprintf(scalars, sizeof scalars, "; s %s", TN(ks_show)(s0, c->s[0]));
    if (x->nsc == 2)
        snprintf(scalars, sizeof scalars, "; a %s, b %s", TN(ks_show)(s0, c->s[0]), TN(ks_show)(s1, c->s[1]));
    ks_check(x->r, 0, "%s n=%zu (%s; element offsets dst+%zu in+%zu,%zu,%zu; start %zu%s): %s", x->k->name, c->n,
             ew_mode_name(c->mode), c->off[0], c->off[1], c->off[2], c->off[3], c->start, scalars, what);
}

/* Runs call c on the active table and checks the status, every element,
 * the guard bytes around dst and the inputs. One check per call. */
static void TN(ew_run)(struct TN(ew_ctx) * x, const struct TN(ew_call) * c)
{
    const T *in[3] = {NULL, NULL, NULL}, *ref[3] = {NULL, NULL, NULL};
    size_t n = c->n, sz = sizeof(T);
    T *dst = TN(ew_place)(x, c, in, ref);
    for (size_t i = 0; i < n; i++) x->want[i] = TN(ew_expected)(x->k, ref, c->s, i);
    ksimd_status st = TN(ew_invoke)(x->k, dst, in, c->s, n);
    size_t bad = TN(ew_first_mismatch)(dst, x->want, n);
    int guards = ks_buf_intact(&x->out, (c->off[0] + n) * sz, c->off[0] * sz, n * sz);
    int inputs = TN(ew_inputs_intact)(x, c, dst, in, ref);
    if (st == KSIMD_OK && bad == n && guards && inputs) {
        ks_check(x->r, 1, "ok");
        return;
    }
    char what[8 * KS_SHOW], g[KS_SHOW], w[KS_SHOW], a[3][KS_SHOW] = {"", "", ""};
    if (st != KSIMD_OK) {
        snprintf(what, sizeof what, "returned %s", ew_status_name(st));
    } else if (bad < n) {
        for (int j = 0; j < x->narr; j++) TN(ks_show)(a[j], ref[j][bad]);
        snprintf(what, sizeof what, "dst[%zu] = %s, want %s (inputs %s %s %s)", bad, TN(ks_show)(g, dst[bad]),
                 TN(ks_show)(w, x->want[bad]), a[0], a[1], a[2]);
    } else {
        snprintf(what, sizeof what, "%s", guards ? "changed an input" : "wrote outside dst[0, n)");
    }
    TN(ew_fail)(x, c, what);
}

/* Scalar operands for the i-th call: cycling, so every value meets many
 * lengths and alignments. */
static void TN(ew_pick_scalars)(const struct TN(ew_ctx) * x, size_t i, T s[2])
{
    s[0] = x->scalars[i % x->nscalars];
    s[1] = x->scalars[(i * 7 + 3) % x->nscalars];
}

/* n = 0..53 (three vectors of the widest ISA, 16 x 32-bit lanes, plus 5),
 * each at every element offset within 64 bytes: once with every array at
 * the same offset, once with the offsets spread (odd multipliers of the
 * offset make every array take every value); then a large odd n. */
static void TN(ew_sweep)(struct TN(ew_ctx) * x)
{
    const size_t lanes = 64 / sizeof(T);
    size_t calls = 0;
    for (size_t n = 0; n <= EW_SWEEP_MAX_N; n++)
        for (size_t k = 0; k < lanes; k++)
            for (int spread = 0; spread < 2; spread++, calls++) {
                struct TN(ew_call) c = {.n = n, .start = calls % 61, .mode = EW_SEPARATE};
                for (size_t j = 0; j < 4; j++) c.off[j] = spread ? (k * (2 * j + 1) + j) % lanes : k;
                TN(ew_pick_scalars)(x, calls, c.s);
                TN(ew_run)(x, &c);
            }
    for (size_t k = 0; k < 3; k++, calls++) {
        struct TN(ew_call) c = {.n = EW_LARGE_N, .start = k, .mode = EW_SEPARATE};
        for (size_t j = 0; j < 4; j++) c.off[j] = (k * (j + 1)) % lanes;
        TN(ew_pick_scalars)(x, calls, c.s);
        TN(ew_run)(x, &c);
    }
}

/* Special values: every one, or every pair of them (fma's third input
 * cycles through them too); with a scalar operand, every scalar value
 * against every special value and against inputs near it (multiples of a
 * divisor, one below and one above). Leaves fresh random masters. */
static void TN(ew_values)(struct TN(ew_ctx) * x)
{
    T sp[KS_MAX_SPECIALS];
    size_t ns = TN(ks_specials)(sp, KS_MAX_SPECIALS);
    struct TN(ew_call) c = {.mode = EW_SEPARATE};
    if (x->nsc == 0) {
        c.n = x->narr == 1 ? ns : ns * ns;
        for (size_t i = 0; i < c.n; i++) {
            x->master[0][i] = sp[i % ns];
            x->master[1][i] = sp[i / ns % ns];
            x->master[2][i] = sp[(i * 7 + 3) % ns];
        }
        TN(ew_run)(x, &c);
    } else {
        const size_t near = 150, rounds = x->nsc == 2 ? 2 * x->nscalars : x->nscalars;
        for (size_t i = 0; i < rounds; i++) {
            size_t m = i % x->nscalars, other = (i * 7 + 3) % x->nscalars;
            c.s[0] = x->scalars[i < x->nscalars ? m : other]; /* axpb: each value as a and as b */
            c.s[1] = x->scalars[i < x->nscalars ? other : m];
            memcpy(x->master[0], sp, ns * sizeof(T));
            TN(ks_fill_near)(x->master[0] + ns, near, c.s[0], &x->rng);
            c.n = ns + near;
            c.off[0] = i % 3, c.off[1] = i % 5;
            TN(ew_run)(x, &c);
        }
    }
    for (int j = 0; j < 3; j++) TN(ks_fill)(x->master[j], EW_MASTER, &x->rng);
}

/* In place (dst == a, dst == b, dst == c), every argument the same array,
 * and inputs overlapping each other (b = a + 1), which is allowed. */
static void TN(ew_aliasing)(struct TN(ew_ctx) * x)
{
    const size_t lanes = 64 / sizeof(T);
    int modes[5], nmodes = 0;
    for (int j = 0; j < x->narr; j++) modes[nmodes++] = EW_DST_IS_IN + j;
    if (x->narr > 1) modes[nmodes++] = EW_ALL_SAME, modes[nmodes++] = EW_SHIFTED;
    size_t calls = 0;
    for (int m = 0; m < nmodes; m++)
        for (size_t n = 0; n <= EW_SWEEP_MAX_N + 1; n++, calls++) {
            struct TN(ew_call) c = {.n = n > EW_SWEEP_MAX_N ? EW_LARGE_N : n, .start = calls % 17, .mode = modes[m]};
            for (size_t j = 0; j < 4; j++) c.off[j] = (n * (j + 1)) % lanes;
            TN(ew_pick_scalars)(x, calls, c.s);
            TN(ew_run)(x, &c);
        }
}

/* Arrays that end exactly where their heap block ends: no guard bytes to
 * hide a read past the end, so AddressSanitizer (or a page boundary) sees
 * one. Each array starts a few elements into its block, for misalignment. */
static void TN(ew_tight)(struct TN(ew_ctx) * x)
{
    const size_t lanes = 64 / sizeof(T), sz = sizeof(T);
    for (size_t n = 0; n <= EW_SWEEP_MAX_N + 1; n++) {
        struct TN(ew_call) c = {.n = n > EW_SWEEP_MAX_N ? EW_LARGE_N : n, .start = n % 13, .mode = EW_SEPARATE};
        T *block[4] = {NULL, NULL, NULL, NULL}, *arr[4];
        int ok = 1;
        for (int j = 0; j <= x->narr; j++) {
            c.off[j] = (n + 3 * (size_t)j) % lanes;
            ok = ok && (block[j] = malloc((c.off[j] + c.n) * sz + 1)) != NULL; /* + 1: never malloc(0) */
            if (ok) arr[j] = block[j] + c.off[j];
        }
        TN(ew_pick_scalars)(x, n, c.s);
        if (ks_check(x->r, ok, "%s: out of memory", x->k->name)) {
            const T *in[3] = {NULL, NULL, NULL}, *ref[3] = {NULL, NULL, NULL};
            for (int j = 0; j < x->narr; j++) {
                ref[j] = x->master[j] + c.start;
                memcpy(arr[j + 1], ref[j], c.n * sz);
                in[j] = arr[j + 1];
            }
            ksimd_status st = TN(ew_invoke)(x->k, arr[0], in, c.s, c.n);
            size_t i = 0;
            while (st == KSIMD_OK && i < c.n && TN(ks_same)(arr[0][i], TN(ew_expected)(x->k, ref, c.s, i))) i++;
            if (st == KSIMD_OK && i == c.n)
                ks_check(x->r, 1, "ok");
            else
                TN(ew_fail)(x, &c, st != KSIMD_OK ? ew_status_name(st) : "wrong result in a tight heap block");
        }
        for (int j = 0; j <= x->narr; j++) free(block[j]);
    }
}

static void TN(ew_expect_status)(struct TN(ew_ctx) * x, ksimd_status got, ksimd_status want, const char *what)
{
    ks_check(x->r, got == want, "%s %s: returned %s, want %s", x->k->name, what, ew_status_name(got),
             ew_status_name(want));
}

/* NULL with n > 0 is KSIMD_ERR_NULL for every pointer, NULL with n == 0 is
 * fine; nothing is written. */
static void TN(ew_null_errors)(struct TN(ew_ctx) * x, const T s[2])
{
    const size_t n = EW_ERR_N, sz = sizeof(T);
    const T *none[3] = {NULL, NULL, NULL};
    TN(ew_expect_status)
    (x, TN(ew_invoke)(x->k, NULL, none, s, 0), KSIMD_OK, "with every pointer NULL and n == 0");
    for (int p = 0; p <= x->narr; p++) { /* p == 0: dst; else input p - 1 */
        struct TN(ew_call) c = {.n = n, .mode = EW_SEPARATE};
        const T *in[3] = {NULL, NULL, NULL}, *ref[3] = {NULL, NULL, NULL};
        T *dst = TN(ew_place)(x, &c, in, ref);
        if (p == 0)
            dst = NULL;
        else
            in[p - 1] = NULL;
        char what[96];
        snprintf(what, sizeof what, "with %s NULL and n == 0", p == 0 ? "dst" : "an input");
        TN(ew_expect_status)(x, TN(ew_invoke)(x->k, dst, in, s, 0), KSIMD_OK, what);
        snprintf(what, sizeof what, "with %s NULL and n == %zu", p == 0 ? "dst" : "an input", n);
        TN(ew_expect_status)(x, TN(ew_invoke)(x->k, dst, in, s, n), KSIMD_ERR_NULL, what);
        ks_check(x->r, ks_buf_intact(&x->out, n * sz, 0, 0), "%s %s: wrote to dst", x->k->name, what);
        for (int j = 0; j < x->narr; j++)
            ks_check(x->r, !in[j] || memcmp(in[j], ref[j], n * sz) == 0, "%s %s: changed an input", x->k->name, what);
    }
}

/* dst partially overlapping input j (one element either way, or all but
 * one) is KSIMD_ERR_OVERLAP with nothing written; dst right before or right
 * after input j is no overlap, and the neighbouring input survives. */
static void TN(ew_overlap_errors)(struct TN(ew_ctx) * x, const T s[2])
{
    const size_t n = EW_ERR_N, sz = sizeof(T);
    const ptrdiff_t shifts[] = {1, -1, (ptrdiff_t)n - 1, 1 - (ptrdiff_t)n, (ptrdiff_t)n, -(ptrdiff_t)n};
    for (int j = 0; j < x->narr; j++)
        for (size_t t = 0; t < sizeof shifts / sizeof *shifts; t++) {
            struct TN(ew_call) c = {.n = n, .mode = EW_SEPARATE};
            const T *in[3] = {NULL, NULL, NULL}, *ref[3] = {NULL, NULL, NULL};
            TN(ew_place)(x, &c, in, ref);
            T *region = ks_buf_at(&x->out, 0); /* 3n elements: input j in the middle */
            ks_buf_poison(&x->out, 3 * n * sz);
            memcpy(region + n, ref[j], n * sz);
            in[j] = region + n;
            T *dst = region + n + shifts[t];
            int adjacent = shifts[t] == (ptrdiff_t)n || shifts[t] == -(ptrdiff_t)n;
            unsigned char before[3 * EW_ERR_N * sizeof(T)];
            memcpy(before, region, sizeof before);
            char what[96];
            snprintf(what, sizeof what, "with dst = input %d %+td elements", j, shifts[t]);
            ksimd_status st = TN(ew_invoke)(x->k, dst, in, s, n);
            if (!adjacent) {
                TN(ew_expect_status)(x, st, KSIMD_ERR_OVERLAP, what);
                ks_check(x->r, memcmp(before, region, sizeof before) == 0, "%s %s: wrote to memory", x->k->name, what);
                continue;
            }
            TN(ew_expect_status)(x, st, KSIMD_OK, what);
            size_t i = 0;
            while (i < n && TN(ks_same)(dst[i], TN(ew_expected)(x->k, ref, s, i))) i++;
            ks_check(x->r, i == n, "%s %s: wrong dst[%zu]", x->k->name, what, i);
            ks_check(x->r, memcmp(region + n, ref[j], n * sz) == 0, "%s %s: wrote into the input", x->k->name, what);
        }
}

/* A zero divisor is KSIMD_ERR_RANGE whatever n and the pointers are, and
 * nothing is written, in place or not. */
static void TN(ew_divisor_errors)(struct TN(ew_ctx) * x)
{
    const size_t n = EW_ERR_N, sz = sizeof(T);
    const int modes[2] = {EW_SEPARATE, EW_DST_IS_IN};
    const T zero[2] = {0, 0};
    const T *none[3] = {NULL, NULL, NULL};
    TN(ew_expect_status)
    (x, TN(ew_invoke)(x->k, NULL, none, zero, 0), KSIMD_ERR_RANGE, "with divisor 0, NULL pointers and n == 0");
    for (int m = 0; m < 2; m++) {
        int mode = modes[m];
        struct TN(ew_call) c = {.n = n, .mode = mode};
        const T *in[3] = {NULL, NULL, NULL}, *ref[3] = {NULL, NULL, NULL};
        T *dst = TN(ew_place)(x, &c, in, ref);
        const char *how = mode == EW_SEPARATE ? "" : " in place";
        char what[96];
        snprintf(what, sizeof what, "with divisor 0 and n == 0%s", how);
        TN(ew_expect_status)(x, TN(ew_invoke)(x->k, dst, in, zero, 0), KSIMD_ERR_RANGE, what);
        snprintf(what, sizeof what, "with divisor 0 and n == %zu%s", n, how);
        TN(ew_expect_status)(x, TN(ew_invoke)(x->k, dst, in, zero, n), KSIMD_ERR_RANGE, what);
        int untouched = mode == EW_SEPARATE
                            ? ks_buf_intact(&x->out, n * sz, 0, 0)
                            : memcmp(dst, ref[0], n * sz) == 0 && ks_buf_intact(&x->out, n * sz, 0, n * sz);
        ks_check(x->r, untouched && TN(ew_inputs_intact)(x, &c, dst, in, ref), "%s %s: wrote to memory", x->k->name,
                 what);
    }
}

static void TN(ew_errors)(struct TN(ew_ctx) * x)
{
    T s[2] = {x->scalars[0], x->scalars[1]};
    if (x->k->divisor) s[0] = 7;
    TN(ew_null_errors)(x, s);
    TN(ew_overlap_errors)(x, s);
    if (x->k->divisor) TN(ew_divisor_errors)(x);
}

void TN(ew_check)(struct ks_report *r, const struct TN(ew) * k)
{
    struct TN(ew_ctx) x;
    if (TN(ew_init)(&x, r, k, "check")) {
        TN(ew_sweep)(&x);
        TN(ew_values)(&x);
        TN(ew_aliasing)(&x);
        TN(ew_tight)(&x);
        TN(ew_errors)(&x);
    }
    TN(ew_free)(&x);
}

/* ---- large calls: output prefetch and streaming stores ----------------- */

/* One call moving `bytes`: EW_MID_BYTES (past L2, where the x86 tables
 * fetch outputs ahead two vectors at a time) or EW_STREAM_BYTES (past the
 * size from which they write dst with non-temporal stores,
 * KSIMD_STREAM_BYTES in kernels/map.h), with dst one element past a 64-byte
 * boundary so that the aligning head runs as well, and n odd in vectors so
 * that a single vector and a tail follow. The inputs repeat a random block
 * of EW_STREAM_PERIOD elements (a prime, so the block drifts across vector
 * boundaries); the expected output repeats too, which keeps the reference
 * cheap under qemu. */
void TN(ew_check_large)(struct ks_report *r, const struct TN(ew) * k, size_t bytes)
{
    struct TN(ew_ctx) x;
    if (!TN(ew_init)(&x, r, k, bytes >= EW_STREAM_BYTES ? "streaming" : "large")) {
        TN(ew_free)(&x);
        return;
    }
    size_t sz = sizeof(T), n = bytes / (sz * (size_t)(x.narr + 1)) + 5, period = EW_STREAM_PERIOD;
    struct TN(ew_call) c = {.n = n, .off = {1, 0, 3, 2}, .mode = EW_SEPARATE};
    TN(ew_pick_scalars)(&x, 5, c.s);
    struct ks_buf out, in[3];
    int ok = ks_buf_alloc(&out, n * sz), narr = 0;
    while (ok && narr < x.narr && ks_buf_alloc(&in[narr], n * sz)) narr++;
    if (ks_check(r, ok && narr == x.narr, "%s: out of memory for n=%zu", k->name, n)) {
        const T *ptr[3] = {NULL, NULL, NULL};
        for (int j = 0; j < x.narr; j++) {
            T *p = ks_buf_at(&in[j], c.off[j + 1] * sz);
            TN(ks_fill)(p, period, &x.rng);
            for (size_t done = period; done < n; done *= 2) /* double the filled part */
                memcpy(p + done, p, (done < n - done ? done : n - done) * sz);
            ptr[j] = p;
        }
        for (size_t i = 0; i < period; i++) x.want[i] = TN(ew_expected)(k, ptr, c.s, i);
        T *dst = ks_buf_at(&out, c.off[0] * sz);
        ks_buf_poison(&out, (c.off[0] + n) * sz);
        ksimd_status st = TN(ew_invoke)(k, dst, ptr, c.s, n);
        size_t bad = n;
        for (size_t i = 0; i < n && bad == n; i += period) {
            size_t m = n - i < period ? n - i : period;
            if (memcmp(dst + i, x.want, m * sz) != 0) /* maybe only NaN payloads differ */
                bad = i + TN(ew_first_mismatch)(dst + i, x.want, m);
            if (bad == i + m) bad = n;
        }
        char what[2 * KS_SHOW + 64], g[KS_SHOW], w[KS_SHOW];
        snprintf(what, sizeof what, "%s", st != KSIMD_OK ? ew_status_name(st) : "wrote outside dst[0, n)");
        if (st == KSIMD_OK && bad < n)
            snprintf(what, sizeof what, "dst[%zu] = %s, want %s", bad, TN(ks_show)(g, dst[bad]),
                     TN(ks_show)(w, x.want[bad % period]));
        if (st == KSIMD_OK && bad == n && ks_buf_intact(&out, (c.off[0] + n) * sz, c.off[0] * sz, n * sz))
            ks_check(r, 1, "ok");
        else
            TN(ew_fail)(&x, &c, what);
    }
    while (narr > 0) ks_buf_free(&in[--narr]);
    ks_buf_free(&out);
    TN(ew_free)(&x);
}

/* ---- cross-table identity ------------------------------------------------ */

/* Call c on the scalar table, then on every other available table; each
 * must give the scalar table's bits (NaN == NaN) and respect the guards. */
static void TN(ew_compare_tables)(struct TN(ew_ctx) * x, const struct TN(ew_call) * c)
{
    size_t n = c->n, sz = sizeof(T);
    for (int isa = KSIMD_ISA_SCALAR; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa)) continue;
        if (!ks_check(x->r, ksimd_isa_set((ksimd_isa)isa) == KSIMD_OK, "%s: cannot pin available table %s", x->k->name,
                      ksimd_isa_name((ksimd_isa)isa)))
            continue;
        const T *in[3] = {NULL, NULL, NULL}, *ref[3] = {NULL, NULL, NULL};
        T *dst = TN(ew_place)(x, c, in, ref);
        ksimd_status st = TN(ew_invoke)(x->k, dst, in, c->s, n);
        int guards = ks_buf_intact(&x->out, (c->off[0] + n) * sz, c->off[0] * sz, n * sz);
        if (isa == KSIMD_ISA_SCALAR) { /* the standard the others are held to */
            if (st != KSIMD_OK || !guards) TN(ew_fail)(x, c, "the scalar table failed; see its own checks");
            memcpy(x->want, dst, n * sz);
            continue;
        }
        size_t bad = TN(ew_first_mismatch)(dst, x->want, n);
        if (st == KSIMD_OK && bad == n && guards) {
            ks_check(x->r, 1, "ok");
            continue;
        }
        char what[4 * KS_SHOW], g[KS_SHOW], w[KS_SHOW];
        if (st != KSIMD_OK || bad == n)
            snprintf(what, sizeof what, "%s: %s", ksimd_isa_name((ksimd_isa)isa),
                     st != KSIMD_OK ? ew_status_name(st) : "wrote outside dst[0, n)");
        else
            snprintf(what, sizeof what, "%s gives dst[%zu] = %s, the scalar table %s", ksimd_isa_name((ksimd_isa)isa),
                     bad, TN(ks_show)(g, dst[bad]), TN(ks_show)(w, x->want[bad]));
        TN(ew_fail)(x, c, what);
    }
}

void TN(ew_identity)(struct ks_report *r, const struct TN(ew) * k)
{
    struct TN(ew_ctx) x;
    ksimd_isa saved = ksimd_isa_active();
    if (TN(ew_init)(&x, r, k, "identity")) {
        size_t rounds = x.nsc ? x.nscalars : 1;
        for (size_t i = 0; i < rounds; i++) {
            struct TN(ew_call) c = {.mode = EW_SEPARATE};
            TN(ew_pick_scalars)(&x, i, c.s);
            if (x.nsc) TN(ks_fill_near)(x.master[0], EW_LARGE_N + 1, c.s[0], &x.rng);
            for (int misaligned = 0; misaligned < 2; misaligned++) {
                c.n = (i == 0 ? EW_LARGE_N : 203) - 2 * (size_t)misaligned;
                c.start = (size_t)misaligned;
                for (size_t j = 0; j < 4; j++) c.off[j] = misaligned ? j + 1 : 0;
                TN(ew_compare_tables)(&x, &c);
            }
        }
    }
    TN(ew_free)(&x);
    ks_check(r, ksimd_isa_set(saved) == KSIMD_OK, "%s: cannot restore table %s", k->name, ksimd_isa_name(saved));
}
