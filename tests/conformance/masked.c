/* The masked-conditional family's cases: cmp, cmp_scalar, where, clip,
 * compress and isnan per element type (masked_check_t.h), the byte-mask
 * kernels (mask_and/or/xor/not, count_u8) here, and the cross-table
 * identity cases. Each case checks the table active when it runs:
 *
 *   - every n from 0 to 53 (every tail of up to three AVX-512 vectors),
 *     plus 255 and 1001, at element and byte offsets that change with n;
 *   - NaN compares (false except NE), outputs exactly 0 or 1, inputs masks
 *     whose true bytes are 0x01, 0x80, 0xFF or random;
 *   - in place where the types allow it;
 *   - compress at every density with sentinels past count;
 *   - errors (bad ksimd_cmp, bad clip bounds, NULL count, overlaps) with
 *     nothing written. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conformance.h"

#define KS_STR_(x) #x
#define KS_STR(x) KS_STR_(x)

enum {
    MK_SWEEP = 54,           /* n = 0 .. 53 */
    MK_SIZES = MK_SWEEP + 2, /* then 255 and 4099 (past 32 KiB of 8-byte lanes) */
    MK_MAX_N = 4099,
    MK_PAD = 64, /* extra input values, for starts that move with n */
};

static size_t mk_size(size_t t) { return t < MK_SWEEP ? t : t == MK_SWEEP ? 255 : MK_MAX_N; }
/* Offsets from a 64-byte boundary (in elements, or bytes for masks). */
static size_t mk_off(size_t t)
{
    static const size_t offs[] = {0, 1, 3, 2, 7, 5};
    return offs[t % 6];
}

static const char *mk_op_name(int op)
{
    static const char *const names[] = {"LT", "LE", "GT", "GE", "EQ", "NE"};
    return op >= 0 && op < 6 ? names[op] : "?";
}

enum { MK_ALL_TRUE, MK_ALL_FALSE, MK_ALTERNATING, MK_RANDOM_1, MK_RANDOM_50, MK_RANDOM_99, MK_PATTERNS };

static const char *mk_pattern_name(int p)
{
    static const char *const names[] = {"all true",  "all false",  "alternating",
                                        "random 1%", "random 50%", "random 99%"};
    return names[p];
}

/* A true byte: 0x01, 0x80, 0xFF or any other non-zero value. */
static uint8_t mk_true_byte(struct ks_rng *g)
{
    uint64_t x = ks_rand(g);
    switch (x % 4) {
    case 0:
        return 0x01;
    case 1:
        return 0x80;
    case 2:
        return 0xFF;
    default:
        return (uint8_t)(1 + (x >> 8) % 255);
    }
}

static void mk_fill_mask(uint8_t *m, size_t n, int pattern, struct ks_rng *g)
{
    static const unsigned per_mille[] = {1000, 0, 0, 10, 500, 990};
    for (size_t i = 0; i < n; i++) {
        int on = pattern == MK_ALTERNATING ? (int)(i % 2) : ks_rand(g) % 1000 < per_mille[pattern];
        m[i] = on ? mk_true_byte(g) : 0;
    }
}

static size_t mk_first_byte_diff(const uint8_t *got, const uint8_t *want, size_t n)
{
    size_t i = 0;
    while (i < n && got[i] == want[i]) i++;
    return i;
}

#define KSIMD_SKELETON "masked_check_t.h"
#include "foreach_type.h"

/* ---- byte masks: logic and counting ---- */

enum { MK_AND, MK_OR, MK_XOR, MK_NOT };

static uint8_t mk_ref_logic(int op, uint8_t a, uint8_t b)
{
    switch (op) {
    case MK_AND:
        return a && b;
    case MK_OR:
        return a || b;
    case MK_XOR:
        return !a != !b;
    default:
        return !a;
    }
}

static ksimd_status mk_call_logic(int op, uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n)
{
    switch (op) {
    case MK_AND:
        return ksimd_mask_and(d, a, b, n);
    case MK_OR:
        return ksimd_mask_or(d, a, b, n);
    case MK_XOR:
        return ksimd_mask_xor(d, a, b, n);
    default:
        return ksimd_mask_not(d, a, n);
    }
}

/* Past 4 MiB, where the tables load with v_load_far: true bytes of many
 * values, in runs whose periods are prime to every vector length, so a
 * load that drops or repeats half a vector changes the result. */
static void mk_logic_large(struct ks_report *r, int op, const char *name)
{
    const size_t n = ((size_t)4800 << 10) + 13;
    uint8_t *a = malloc(n), *b = malloc(n), *d = malloc(n);
    if (ks_check(r, a && b && d, "%s: out of memory", name)) {
        for (size_t i = 0; i < n; i++) a[i] = i % 29 < 14 ? (uint8_t)(1 + i % 200) : 0, b[i] = i % 31 < 15 ? 0x80 : 0;
        ksimd_status st = mk_call_logic(op, d, a, b, n);
        size_t bad = 0;
        while (bad < n && d[bad] == mk_ref_logic(op, a[bad], b[bad])) bad++;
        ks_check(r, st == KSIMD_OK && bad == n, "%s n=%zu (past 4 MiB): status %d, first wrong byte %zu", name, n,
                 (int)st, bad);
    }
    free(a), free(b), free(d);
}

static void mk_logic(struct ks_report *r, int op, const char *name)
{
    struct ks_rng g = ks_rng_from(name);
    struct ks_buf out, in[2];
    uint8_t *va = malloc(MK_MAX_N + MK_PAD), *vb = malloc(MK_MAX_N + MK_PAD), *want = malloc(MK_MAX_N);
    int ok = va && vb && want && ks_buf_alloc(&out, MK_MAX_N + MK_PAD) && ks_buf_alloc(&in[0], MK_MAX_N + MK_PAD) &&
             ks_buf_alloc(&in[1], MK_MAX_N + MK_PAD);
    if (!ks_check(r, ok, "%s: out of memory", name)) return; /* a test-machine failure: buffers leak */
    mk_fill_mask(va, MK_MAX_N + MK_PAD, MK_RANDOM_50, &g);
    mk_fill_mask(vb, MK_MAX_N + MK_PAD, MK_RANDOM_50, &g);
    for (size_t t = 0; t < MK_SIZES; t++)
        for (int mode = 0; mode < 3; mode++) { /* separate, dst == a, dst == b */
            size_t n = mk_size(t), doff = mk_off(t), ioff = mk_off(t + 1) + 8;
            uint8_t *d = ks_buf_at(&out, doff), *a = ks_buf_at(&in[0], ioff), *b = ks_buf_at(&in[1], ioff);
            ks_buf_poison(&out, doff + n);
            if (mode == 1) a = d;
            if (mode == 2) b = d;
            memcpy(a, va + t, n);
            if (op != MK_NOT) memcpy(b, vb + t, n);
            for (size_t i = 0; i < n; i++) want[i] = mk_ref_logic(op, va[t + i], vb[t + i]);
            ksimd_status st = mk_call_logic(op, d, a, b, n);
            size_t bad = mk_first_byte_diff(d, want, n);
            ks_check(r, st == KSIMD_OK && bad == n && ks_buf_intact(&out, doff + n, doff, n),
                     "%s n=%zu mode %d (dst+%zu): status %d, first wrong byte %zu (got %d, inputs %d %d)", name, n,
                     mode, doff, (int)st, bad, bad < n ? d[bad] : -1, bad < n ? va[t + bad] : -1,
                     bad < n ? vb[t + bad] : -1);
        }
    uint8_t *d = ks_buf_at(&out, 0);
    ksimd_status st = mk_call_logic(op, d + 1, d, d, 8);
    ks_check(r, st == KSIMD_ERR_OVERLAP, "%s: dst = a + 1: status %d", name, (int)st);
    st = mk_call_logic(op, NULL, va, vb, 8);
    ks_check(r, st == KSIMD_ERR_NULL, "%s: NULL dst: status %d", name, (int)st);
    ks_buf_free(&out), ks_buf_free(&in[0]), ks_buf_free(&in[1]);
    free(va), free(vb), free(want);
    mk_logic_large(r, op, name);
}

static void mk_mask_and(struct ks_report *r) { mk_logic(r, MK_AND, "mask_and"); }
static void mk_mask_or(struct ks_report *r) { mk_logic(r, MK_OR, "mask_or"); }
static void mk_mask_xor(struct ks_report *r) { mk_logic(r, MK_XOR, "mask_xor"); }
static void mk_mask_not(struct ks_report *r) { mk_logic(r, MK_NOT, "mask_not"); }

/* count_u8: every density, and long runs of true bytes (past the 255
 * vectors after which byte counters must be summed out). */
static void mk_count_u8(struct ks_report *r)
{
    enum { LONG = 70001 };
    struct ks_rng g = ks_rng_from("count_u8");
    uint8_t *m = malloc(LONG + 8);
    if (!ks_check(r, m != NULL, "count_u8: out of memory")) return;
    for (size_t t = 0; t < MK_SIZES; t++)
        for (int p = 0; p < MK_PATTERNS; p++) {
            size_t n = mk_size(t), off = mk_off(t + (size_t)p), want = 0, got = (size_t)-1;
            mk_fill_mask(m + off, n, p, &g);
            for (size_t i = 0; i < n; i++) want += m[off + i] != 0;
            ksimd_status st = ksimd_count_u8(m + off, n, &got);
            ks_check(r, st == KSIMD_OK && got == want, "count_u8 n=%zu %s: status %d, %zu (want %zu)", n,
                     mk_pattern_name(p), (int)st, got, want);
        }
    for (int p = 0; p < MK_PATTERNS; p++) {
        size_t want = 0, got = 0;
        mk_fill_mask(m + 3, LONG, p, &g);
        if (p == MK_ALL_TRUE) memset(m + 3, 0xFF, LONG);
        for (size_t i = 0; i < LONG; i++) want += m[3 + i] != 0;
        ksimd_status st = ksimd_count_u8(m + 3, LONG, &got);
        ks_check(r, st == KSIMD_OK && got == want, "count_u8 n=%d %s: status %d, %zu (want %zu)", LONG,
                 mk_pattern_name(p), (int)st, got, want);
    }
    size_t got = 7;
    ks_check(r, ksimd_count_u8(m, 0, NULL) == KSIMD_ERR_NULL, "count_u8: NULL out, n=0, not KSIMD_ERR_NULL");
    ks_check(r, ksimd_count_u8(m, 5, NULL) == KSIMD_ERR_NULL, "count_u8: NULL out, not KSIMD_ERR_NULL");
    ks_check(r, ksimd_count_u8(NULL, 5, &got) == KSIMD_ERR_NULL && got == 7, "count_u8: NULL mask");
    ks_check(r, ksimd_count_u8(NULL, 0, &got) == KSIMD_OK && got == 0, "count_u8: n=0 must give 0");
    free(m);
}

/* The count out-pointers are outputs too: one that shares bytes with the
 * mask or the data is KSIMD_ERR_OVERLAP with nothing written (found by
 * ksimd-bad-input; they used to be written over the input). */
static void mk_count_overlap(struct ks_report *r)
{
    const size_t ones = (size_t)0x0101010101010101u;
    size_t words[2] = {ones, ones}; /* 16 true mask bytes */
    uint8_t *mask = (uint8_t *)words;
    _Alignas(8) float a[16], dst[16];
    for (int i = 0; i < 16; i++) a[i] = (float)i;
    ksimd_status st = ksimd_count_u8(mask, 16, &words[1]);
    ks_check(r, st == KSIMD_ERR_OVERLAP && words[1] == ones, "count_u8: out inside the mask: status %d", (int)st);
    st = ksimd_compress_f32(dst, a, mask, 16, &words[1]);
    ks_check(r, st == KSIMD_ERR_OVERLAP && words[1] == ones, "compress_f32: count inside the mask: status %d", (int)st);
    st = ksimd_compress_f32(dst, a, mask, 16, (size_t *)(void *)&a[2]);
    ks_check(r, st == KSIMD_ERR_OVERLAP && a[2] == 2 && a[3] == 3, "compress_f32: count inside a: status %d", (int)st);
}

/* Byte-mask kernels on every table against the scalar table's bytes. */
static void mk_identity_u8(struct ks_report *r)
{
    enum { N = 4099 };
    struct ks_rng g = ks_rng_from("identity_u8");
    uint8_t *a = malloc(N), *b = malloc(N), *want = malloc(5 * N), *got = malloc(5 * N);
    if (!ks_check(r, a && b && want && got, "identity_u8: out of memory")) return;
    mk_fill_mask(a, N, MK_RANDOM_50, &g);
    mk_fill_mask(b, N, MK_RANDOM_50, &g);
    ksimd_isa active = ksimd_isa_active();
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa) || ksimd_isa_set((ksimd_isa)isa) != KSIMD_OK) continue;
        uint8_t *o = isa == KSIMD_ISA_SCALAR ? want : got;
        memset(o, 0, 5 * N);
        size_t count = 0;
        for (int op = MK_AND; op <= MK_NOT; op++) mk_call_logic(op, o + (size_t)op * N, a + 1, b + 2, N - 2);
        ksimd_count_u8(a + 1, N - 1, &count);
        memcpy(o + 4 * N, &count, sizeof count);
        if (isa != KSIMD_ISA_SCALAR)
            ks_check(r, memcmp(want, got, 4 * N + sizeof count) == 0,
                     "identity_u8: table %s differs from the scalar table", ksimd_isa_name((ksimd_isa)isa));
    }
    ksimd_isa_set(active);
    free(a), free(b), free(want), free(got);
}

/* Every masked kernel of the registry, checked by its mk_<name> (above, or
 * per type in masked_check_t.h). */
#define KS_CASE_masked(name) {"masked", #name, mk_##name},
const struct ks_case ks_masked_cases[] = {
#include "registry_cases.h"
    {"masked", "count_overlap", mk_count_overlap},
    {NULL, NULL, NULL},
};

const struct ks_case ks_masked_identity_cases[] = {
    {"masked", "identity_f32", mk_identity_f32}, {"masked", "identity_f64", mk_identity_f64},
    {"masked", "identity_i32", mk_identity_i32}, {"masked", "identity_i64", mk_identity_i64},
    {"masked", "identity_u8", mk_identity_u8},   {NULL, NULL, NULL},
};
