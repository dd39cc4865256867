/* ksimd-bad-input: every public function, every invalid argument the
 * contract names (NULL, partial overlap, zero divisor, bad enum, lo > hi or
 * a NaN bound, empty reduction, out-of-range key), on every table this CPU
 * has: the status must be the predicted error and no byte of any array may
 * change (all arrays are pattern-filled and compared afterwards). The 2-D
 * traversals (bad shape, size overflow too) are in bad_input_2d.c.
 *
 * The kernels come from api_table.c; the non-kernel functions are checked
 * by hand below. With --header <ksimd.h> it also walks the header's
 * declarations and fails on any public function that has no entry here, so
 * a new kernel cannot skip this test.
 *
 * The conformance cases of each family check the same rules with more
 * variety for some kernels (elementwise NULL/overlap at many offsets);
 * this test is the one place that covers every function uniformly. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_table.h"
#include "bad_input_2d.h"
#include "conformance.h"

enum { N = 16, GROUPS = 3, SLACK = 16, STEP = 8 };

/* The arrays of one call: separate blocks, or one shared block when two of
 * them overlap. Every block is pattern-filled and remembered. */
static unsigned char *arena_block(struct ka_arena *ar, size_t bytes)
{
    unsigned char *block = ka_arena_block(ar, bytes);
    if (!block) {
        fprintf(stderr, "ksimd-bad-input: out of memory\n");
        exit(2);
    }
    for (size_t i = 0; i < bytes; i++) block[i] = (unsigned char)(0xA5 ^ (i * 29));
    return block;
}

static int arena_intact(const struct ka_arena *ar)
{
    for (int b = 0; b < ar->nblocks; b++)
        if (memcmp(ar->copy[b], ar->block[b], ar->bytes[b]) != 0) return 0;
    return 1;
}

/* Valid keys, so that only the broken rule can fail the call. */
static void fill_keys(const struct ka_layout *l, struct ka_call *c)
{
    for (int i = 0; i < l->narrays; i++)
        if (l->array[i].elem == KA_I32 && !l->array[i].output && strcmp(l->array[i].name, "keys") == 0)
            for (size_t j = 0; j < c->n; j++) ((int32_t *)c->p[i])[j] = (int32_t)(j % GROUPS);
}

/* A valid call with every array in its own block, except that array
 * `inner` (when >= 0) starts inside array `outer`: STEP bytes in, or less
 * when outer is shorter, aligned for inner's type. Returns that offset. */
static size_t build(const struct ka_kernel *k, const struct ka_layout *l, struct ka_call *c, struct ka_arena *ar,
                    int outer, int inner)
{
    int is_float = ka_elem_is_float(k->type);
    *c = (struct ka_call){{NULL}, {{0}}, KSIMD_LT, N, GROUPS};
    if (is_float)
        c->s[0].f = -1.0, c->s[1].f = 1.0;
    else
        c->s[0].i = -1, c->s[1].i = 1;
    if (k->shape == KA_divisor) c->s[0].i = 3;
    for (int i = 0; i < l->narrays; i++) {
        if (i == inner) continue;
        size_t bytes = ka_array_bytes(l, i, c) + (i == outer ? STEP + SLACK + 64 * N : 0);
        c->p[i] = arena_block(ar, bytes);
    }
    size_t offset = 0;
    if (inner >= 0) {
        size_t outer_bytes = ka_array_bytes(l, outer, c), align = ka_elem_size(l->array[inner].elem);
        offset = STEP < outer_bytes ? STEP : outer_bytes - 1;
        offset -= offset % align;
        c->p[inner] = (unsigned char *)c->p[outer] + offset;
    }
    fill_keys(l, c);
    return offset;
}

static const char *status_name(ksimd_status s) { return ksimd_strerror(s); }

/* Calls with one rule broken; the predictor must agree with `want` and the
 * library must return it with every byte unchanged. */
static void expect(struct ks_report *r, const struct ka_kernel *k, const struct ka_call *c, struct ka_arena *ar,
                   ksimd_status want, const char *what)
{
    unsigned predicted = ka_expect(k, c);
    ks_check(r, predicted == 1u << want, "%s %s: the contract table predicts mask 0x%x, not %s (test bug)", k->name,
             what, predicted, status_name(want));
    ka_arena_snapshot(ar);
    ksimd_status got = ka_invoke(k, c);
    ks_check(r, got == want, "%s %s: status %d (%s), expected %d (%s)", k->name, what, (int)got, status_name(got),
             (int)want, status_name(want));
    ks_check(r, arena_intact(ar), "%s %s: memory changed on an error", k->name, what);
}

static void null_cases(struct ks_report *r, const struct ka_kernel *k, const struct ka_layout *l)
{
    for (int i = 0; i < l->narrays; i++) {
        if (l->array[i].nullable) continue;
        int always = l->array[i].len != KA_LEN_N;
        for (size_t n = 0; n <= N; n += N) {
            if (n == 0 && !always) continue; /* NULL with n == 0 is fine for arrays */
            struct ka_arena ar = {0};
            struct ka_call c;
            build(k, l, &c, &ar, -1, -1);
            c.n = n;
            c.p[i] = NULL;
            char what[64];
            snprintf(what, sizeof what, "%s NULL, n = %zu", l->array[i].name, n);
            if (n == 0 && (k->shape == KA_extreme || k->shape == KA_index)) {
                /* n == 0 is EMPTY too; the contract does not rank the two. */
                ka_arena_snapshot(&ar);
                ksimd_status got = ka_invoke(k, &c);
                ks_check(r, (got == KSIMD_ERR_NULL || got == KSIMD_ERR_EMPTY) && arena_intact(&ar),
                         "%s %s: status %d or memory changed", k->name, what, (int)got);
            } else {
                expect(r, k, &c, &ar, KSIMD_ERR_NULL, what);
            }
            ka_arena_free(&ar);
        }
    }
}

/* Every output against every input (and group_sum's two outputs against
 * each other), in both directions: one starts inside the other. */
static void overlap_cases(struct ks_report *r, const struct ka_kernel *k, const struct ka_layout *l)
{
    for (int o = 0; o < l->narrays; o++) {
        if (!l->array[o].output) continue;
        for (int i = 0; i < l->narrays; i++) {
            if (i == o || (l->array[i].output && k->shape != KA_group)) continue;
            for (int dir = 0; dir < 2; dir++) {
                struct ka_arena ar = {0};
                struct ka_call c;
                int outer = dir ? i : o, inner = dir ? o : i;
                size_t offset = build(k, l, &c, &ar, outer, inner);
                char what[96];
                snprintf(what, sizeof what, "%s starting %zu bytes into %s", l->array[inner].name, offset,
                         l->array[outer].name);
                expect(r, k, &c, &ar, KSIMD_ERR_OVERLAP, what);
                ka_arena_free(&ar);
            }
        }
    }
    if (k->shape == KA_group) { /* in place is an overlap for group_sum (ksimd.h) */
        struct ka_arena ar = {0};
        struct ka_call c;
        build(k, l, &c, &ar, -1, -1);
        if (l->array[0].elem == l->array[2].elem) {
            c.ngroups = c.n;
            c.p[0] = c.p[2];
            expect(r, k, &c, &ar, KSIMD_ERR_OVERLAP, "sums == values");
        }
        /* More groups than bytes can count: on a 32-bit target this is
         * 268,435,457 groups, a size a program can ask for by mistake. */
        ka_arena_free(&ar);
        build(k, l, &c, &ar, -1, -1);
        c.ngroups = (size_t)PTRDIFF_MAX / sizeof(int64_t) + 1;
        expect(r, k, &c, &ar, KSIMD_ERR_SHAPE, "ngroups past PTRDIFF_MAX bytes");
        c.n = 0;
        expect(r, k, &c, &ar, KSIMD_ERR_SHAPE, "ngroups past PTRDIFF_MAX bytes, n = 0");
        ka_arena_free(&ar);
    }
}

/* Scalar and enum arguments that are errors whatever n is. */
static void range_cases(struct ks_report *r, const struct ka_kernel *k, const struct ka_layout *l)
{
    static const int bad_ops[] = {-1, (int)KSIMD_NE + 1, 1000};
    const double nan = NAN;
    for (size_t n = 0; n <= N; n += N) {
        for (int v = 0; v < 6; v++) {
            struct ka_arena ar = {0};
            struct ka_call c;
            build(k, l, &c, &ar, -1, -1);
            c.n = n;
            const char *what = NULL;
            if (l->has_op && v < 3) c.op = bad_ops[v], what = "op outside ksimd_cmp";
            if (k->shape == KA_divisor && v == 0) c.s[0].i = 0, what = "divisor 0";
            if (k->shape == KA_clip && v == 0) {
                if (ka_elem_is_float(k->type))
                    c.s[0].f = 2.0;
                else
                    c.s[0].i = 2;
                what = "lo > hi";
            }
            if (k->shape == KA_clip && ka_elem_is_float(k->type) && (v == 1 || v == 2))
                c.s[v - 1].f = nan, what = v == 1 ? "lo NaN" : "hi NaN";
            if (k->shape == KA_group && n > 0 && v < 5) {
                int32_t *keys = c.p[3];
                size_t at = v % 2 ? 0 : n - 1;
                keys[at] = v < 2 ? -1 : v < 4 ? GROUPS : INT32_MIN;
                what = keys[at] < 0 ? "a negative key" : "a key >= ngroups";
            }
            if (k->shape == KA_group && n > 0 && v == 5) c.ngroups = 0, what = "ngroups 0 with n > 0";
            if (!what) {
                ka_arena_free(&ar);
                continue;
            }
            char buf[96];
            snprintf(buf, sizeof buf, "%s (variant %d), n = %zu", what, v, n);
            expect(r, k, &c, &ar, KSIMD_ERR_RANGE, buf);
            ka_arena_free(&ar);
        }
    }
}

static void empty_cases(struct ks_report *r, const struct ka_kernel *k, const struct ka_layout *l)
{
    if (k->shape != KA_extreme && k->shape != KA_index) return;
    for (int with_data = 0; with_data < 2; with_data++) {
        struct ka_arena ar = {0};
        struct ka_call c;
        build(k, l, &c, &ar, -1, -1);
        c.n = 0;
        if (!with_data) c.p[1] = NULL;
        expect(r, k, &c, &ar, KSIMD_ERR_EMPTY, with_data ? "n = 0" : "n = 0, a NULL");
        ka_arena_free(&ar);
    }
}

static void check_kernels(struct ks_report *r)
{
    for (size_t i = 0; i < ka_kernel_count; i++) {
        const struct ka_kernel *k = &ka_kernels[i];
        struct ka_layout l;
        ka_layout_of(k, &l);
        /* The valid call must succeed, or the cases below prove nothing. */
        struct ka_arena ar = {0};
        struct ka_call c;
        build(k, &l, &c, &ar, -1, -1);
        ksimd_status st = ka_invoke(k, &c);
        ks_check(r, st == KSIMD_OK && ka_expect(k, &c) == 1u << KSIMD_OK, "%s: the valid call gives %d", k->name,
                 (int)st);
        ka_arena_free(&ar);
        null_cases(r, k, &l);
        overlap_cases(r, k, &l);
        range_cases(r, k, &l);
        empty_cases(r, k, &l);
    }
}

/* ---- the functions that are not kernels ---------------------------------- */

static const char *const other_functions[] = {
    "strerror",
    "version",
    "isa_active",
    "isa_available",
    "isa_name",
    "isa_from_name",
    "isa_set",
    "isa_reset", /* takes nothing: no bad input */
    "kernel_isa",
    "kernel_name",
    "profile_load",
    "profile_save",
    "cpu_fingerprint",
    "threads_set",
    "threads_get",
    /* every error of these: ksimd-expr-errors (expr_errors.c); here the NULLs */
    "expr_compile",
    "expr_eval",
    "expr_dtype",
    "expr_reduces",
    "expr_free",
};

/* Which table serves each kernel, to show that a refused call left them. */
static void kernel_isas(const char **isa)
{
    for (size_t i = 0; i < ka_kernel_count; i++) isa[i] = ksimd_kernel_isa(ka_kernels[i].name);
}

static int file_exists(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f) fclose(f);
    return f != NULL;
}

/* Profiles: refused files and bad save arguments change nothing and write
 * nothing. Files go to the working directory (ctest runs in the build tree). */
static void check_profiles(struct ks_report *r)
{
    static const char *before[256], *after[256];
    static const char path[] = "ksimd-bad-input.profile";
    if (!ks_check(r, ka_kernel_count <= 256, "raise the size of before[]")) return;
    kernel_isas(before);
    ks_check(r, ksimd_profile_load(NULL) == KSIMD_ERR_NULL, "profile_load(NULL): not KSIMD_ERR_NULL");
    ks_check(r, ksimd_profile_load("ksimd-bad-input.no-such-file") == KSIMD_ERR_PROFILE,
             "profile_load(missing file): not KSIMD_ERR_PROFILE");
    FILE *f = fopen(path, "w");
    if (ks_check(r, f != NULL, "cannot write %s in the working directory", path)) {
        fprintf(f, "ksimd-profile 1\nversion 0.0.0-not-this-one\ncpu elsewhere\nkernel add_f32 scalar\n");
        fclose(f);
        ks_check(r, ksimd_profile_load(path) == KSIMD_ERR_PROFILE, "profile_load(stale profile) accepted");
    }
    kernel_isas(after);
    for (size_t i = 0; i < ka_kernel_count; i++)
        ks_check(r, before[i] && after[i] && strcmp(before[i], after[i]) == 0,
                 "a refused profile moved %s from %s to %s", ka_kernels[i].name, before[i] ? before[i] : "?",
                 after[i] ? after[i] : "?");
    remove(path);

    const char *names[] = {"add_f32", "no_such_kernel"};
    ksimd_isa isas[] = {KSIMD_ISA_SCALAR, KSIMD_ISA_SCALAR};
    ksimd_isa bad_isa[] = {KSIMD_ISA_SCALAR, KSIMD_ISA_COUNT};
    ks_check(r, ksimd_profile_save(NULL, names, isas, 1) == KSIMD_ERR_NULL, "profile_save(NULL path)");
    ks_check(r, ksimd_profile_save(path, NULL, isas, 1) == KSIMD_ERR_NULL, "profile_save(NULL kernels)");
    ks_check(r, ksimd_profile_save(path, names, NULL, 1) == KSIMD_ERR_NULL, "profile_save(NULL isas)");
    ks_check(r, ksimd_profile_save(path, names, isas, 2) == KSIMD_ERR_RANGE, "profile_save(unknown kernel)");
    names[1] = "add_f64";
    ks_check(r, ksimd_profile_save(path, names, bad_isa, 2) == KSIMD_ERR_RANGE, "profile_save(isa out of enum)");
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (!ksimd_isa_available((ksimd_isa)i)) {
            isas[1] = (ksimd_isa)i;
            ks_check(r, ksimd_profile_save(path, names, isas, 2) == KSIMD_ERR_ISA, "profile_save(unavailable %s)",
                     ksimd_isa_name((ksimd_isa)i));
        }
    ks_check(r, !file_exists(path), "a refused profile_save wrote %s", path);
    remove(path);
}

static void check_others(struct ks_report *r)
{
    ksimd_isa active = ksimd_isa_active(), out = KSIMD_ISA_NEON;
    const ksimd_isa bad[] = {(ksimd_isa)-1, KSIMD_ISA_COUNT, (ksimd_isa)1000};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        ks_check(r, ksimd_isa_set(bad[i]) == KSIMD_ERR_RANGE, "isa_set(%d): not KSIMD_ERR_RANGE", (int)bad[i]);
        ks_check(r, ksimd_isa_active() == active, "isa_set(%d) changed the active table", (int)bad[i]);
        ks_check(r, !ksimd_isa_available(bad[i]), "isa_available(%d) is true", (int)bad[i]);
        ks_check(r, strcmp(ksimd_isa_name(bad[i]), "unknown") == 0, "isa_name(%d) is not \"unknown\"", (int)bad[i]);
    }
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        if (!ksimd_isa_available((ksimd_isa)i)) {
            ks_check(r, ksimd_isa_set((ksimd_isa)i) == KSIMD_ERR_ISA, "isa_set(%s), unavailable: not KSIMD_ERR_ISA",
                     ksimd_isa_name((ksimd_isa)i));
            ks_check(r, ksimd_isa_active() == active, "isa_set(unavailable) changed the active table");
        }
    ks_check(r, ksimd_isa_from_name("avx3", &out) == KSIMD_ERR_RANGE && out == KSIMD_ISA_NEON,
             "isa_from_name(unknown): not KSIMD_ERR_RANGE, or *out written");
    ks_check(r, ksimd_isa_from_name("", &out) == KSIMD_ERR_RANGE && out == KSIMD_ISA_NEON, "isa_from_name(\"\")");
    ks_check(r, ksimd_isa_from_name(NULL, &out) == KSIMD_ERR_NULL && out == KSIMD_ISA_NEON, "isa_from_name(NULL)");
    ks_check(r, ksimd_isa_from_name("avx2", NULL) == KSIMD_ERR_NULL, "isa_from_name(name, NULL)");
    ks_check(r, ksimd_kernel_isa(NULL) == NULL, "kernel_isa(NULL) is not NULL");
    ks_check(r, ksimd_kernel_isa("ksimd_add_f32") == NULL, "kernel_isa(\"ksimd_add_f32\") is not NULL");
    ks_check(r, ksimd_kernel_isa("add_f16") == NULL, "kernel_isa(\"add_f16\") is not NULL");
    size_t nnames = 0;
    while (nnames < 4096 && ksimd_kernel_name(nnames)) nnames++;
    ks_check(r, nnames >= ka_kernel_count && ksimd_kernel_name((size_t)-1) == NULL,
             "kernel_name: %zu names, or not NULL for SIZE_MAX", nnames);
    ks_check(r, ksimd_cpu_fingerprint() != NULL, "cpu_fingerprint() is NULL");
    check_profiles(r);
    const ksimd_status bad_status[] = {(ksimd_status)-1, (ksimd_status)(KSIMD_ERR_NOMEM + 1), (ksimd_status)999};
    for (size_t i = 0; i < sizeof bad_status / sizeof *bad_status; i++)
        ks_check(r, ksimd_strerror(bad_status[i]) != NULL, "strerror(%d) is NULL", (int)bad_status[i]);
    ksimd_expr *e = (ksimd_expr *)&out;
    ks_check(r, ksimd_expr_compile(&e, NULL, NULL, NULL, 0, NULL) == KSIMD_ERR_NULL && e == NULL,
             "expr_compile(NULL text): not KSIMD_ERR_NULL, or *out not NULL");
    ks_check(r, ksimd_expr_eval(NULL, &out, NULL, 0) == KSIMD_ERR_NULL, "expr_eval(NULL program)");
    ks_check(r, !ksimd_expr_reduces(NULL), "expr_reduces(NULL) is not 0");
    ksimd_expr_free(NULL);
    char version[32];
    snprintf(version, sizeof version, "%d.%d.%d", KSIMD_VERSION_MAJOR, KSIMD_VERSION_MINOR, KSIMD_VERSION_PATCH);
    ks_check(r, strcmp(ksimd_version(), version) == 0, "version() is %s, the macros say %s", ksimd_version(), version);
}

/* ---- every declaration of the header has an entry ------------------------- */

static int known(const char *name)
{
    for (size_t i = 0; i < ka_kernel_count; i++)
        if (strcmp(ka_kernels[i].name, name) == 0) return 1;
    for (size_t i = 0; i < sizeof other_functions / sizeof *other_functions; i++)
        if (strcmp(other_functions[i], name) == 0) return 1;
    return ks_bad_input_2d_known(name);
}

/* Each line starting "KSIMD_API" declares the identifier before its "(". */
static void check_header(struct ks_report *r, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!ks_check(r, f != NULL, "cannot open %s", path)) return;
    char line[1024];
    int declared = 0;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "KSIMD_API ", 10) != 0) continue;
        char *paren = strchr(line, '(');
        if (!paren) continue;
        char *start = paren;
        while (start > line && (start[-1] == '_' || (start[-1] >= 'a' && start[-1] <= 'z') ||
                                (start[-1] >= 'A' && start[-1] <= 'Z') || (start[-1] >= '0' && start[-1] <= '9')))
            start--;
        *paren = '\0';
        if (strncmp(start, "ksimd_", 6) != 0) continue;
        declared++;
        ks_check(r, known(start + 6),
                 "%s is declared in ksimd.h but has no entry in tests/hardening/api_table.c (kernels) or "
                 "bad_input.c (others): give it one with its invalid arguments",
                 start);
    }
    fclose(f);
    size_t listed = ka_kernel_count + ks_bad_input_2d_count() + sizeof other_functions / sizeof *other_functions;
    ks_check(r, (size_t)declared == listed, "%s declares %d functions; the tables list %zu", path, declared, listed);
}

int main(int argc, char **argv)
{
    const char *header = NULL;
    int max_messages = 20;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--header") == 0 && i + 1 < argc)
            header = argv[++i];
        else if (strcmp(argv[i], "--all") == 0)
            max_messages = 0; /* every failure line */
        else {
            fprintf(stderr, "usage: ksimd-bad-input [--all] [--header include/ksimd.h]\n");
            return 2;
        }
    }
    struct ks_report total = {0, 0, 0, max_messages, 0};
    ksimd_isa detected = ksimd_isa_active();
    for (int i = 0; i < KSIMD_ISA_COUNT; i++) {
        if (!ksimd_isa_available((ksimd_isa)i)) continue;
        struct ks_report r = {0, 0, 0, max_messages, 0};
        ksimd_isa_set((ksimd_isa)i);
        check_kernels(&r);
        ks_bad_input_2d(&r);
        check_others(&r);
        printf("%s: %ld passed, %ld failed\n", ksimd_isa_name((ksimd_isa)i), r.passed, r.failed);
        total.passed += r.passed;
        total.failed += r.failed;
    }
    ksimd_isa_set(detected);
    if (header) check_header(&total, header);
    printf("%zu kernels, %zu 2-D kernels and %zu other functions; %ld passed, %ld failed\n", ka_kernel_count,
           ks_bad_input_2d_count(), sizeof other_functions / sizeof *other_functions, total.passed, total.failed);
    return total.failed == 0 ? 0 : 1;
}
