/* Dispatch: the pure CPU decoders fed fake CPUs, the public dispatch API,
 * the KSIMD_ISA cap and thread-safe first-use selection. Criterion runs
 * every test in a fresh process, so a test can set KSIMD_ISA before its
 * first ksimd call. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>
#include <criterion/redirect.h>

#include "cpu.h"
#include "ksimd.h"

#define ISA(x) (1u << KSIMD_ISA_##x)

/* ---- fake x86 CPUs -------------------------------------------------------
 * cpuid bits as the Intel SDM (vol. 2A, CPUID) and AMD's APM define them,
 * written here independently of cpu_x86.c, so a wrong bit there fails here. */
static const uint32_t L1_ECX_SSE3 = 1u << 0, L1_ECX_SSSE3 = 1u << 9, L1_ECX_FMA = 1u << 12, L1_ECX_CX16 = 1u << 13,
                      L1_ECX_SSE41 = 1u << 19, L1_ECX_SSE42 = 1u << 20, L1_ECX_MOVBE = 1u << 22,
                      L1_ECX_POPCNT = 1u << 23, L1_ECX_OSXSAVE = 1u << 27, L1_ECX_AVX = 1u << 28,
                      L1_ECX_F16C = 1u << 29, L1_EDX_SSE2 = 1u << 26;
static const uint32_t L7_EBX_BMI1 = 1u << 3, L7_EBX_AVX2 = 1u << 5, L7_EBX_BMI2 = 1u << 8, L7_EBX_AVX512F = 1u << 16,
                      L7_EBX_AVX512DQ = 1u << 17, L7_EBX_AVX512CD = 1u << 28, L7_EBX_AVX512BW = 1u << 30,
                      L7_EBX_AVX512VL = 1u << 31;
static const uint32_t EXT1_ECX_LAHF = 1u << 0, EXT1_ECX_LZCNT = 1u << 5;
/* XCR0: x87, SSE, AVX (upper YMM), opmask, ZMM_Hi256, Hi16_ZMM state. */
static const uint64_t XCR0_X87 = 1u << 0, XCR0_SSE = 1u << 1, XCR0_YMM = 1u << 2, XCR0_OPMASK = 1u << 5,
                      XCR0_ZMM_HI256 = 1u << 6, XCR0_HI16_ZMM = 1u << 7;
#define XCR0_AVX_OS (XCR0_X87 | XCR0_SSE | XCR0_YMM)
#define XCR0_AVX512_OS (XCR0_AVX_OS | XCR0_OPMASK | XCR0_ZMM_HI256 | XCR0_HI16_ZMM)

/* x86-64-v2 */
static struct ksimd_x86_cpuid nehalem(void)
{
    struct ksimd_x86_cpuid c = {0};
    c.leaf1_edx = L1_EDX_SSE2;
    c.leaf1_ecx = L1_ECX_SSE3 | L1_ECX_SSSE3 | L1_ECX_CX16 | L1_ECX_SSE41 | L1_ECX_SSE42 | L1_ECX_POPCNT;
    c.ext1_ecx = EXT1_ECX_LAHF;
    return c;
}

/* x86-64-v3, with an OS that saves AVX state */
static struct ksimd_x86_cpuid haswell(void)
{
    struct ksimd_x86_cpuid c = nehalem();
    c.leaf1_ecx |= L1_ECX_FMA | L1_ECX_MOVBE | L1_ECX_OSXSAVE | L1_ECX_AVX | L1_ECX_F16C;
    c.leaf7_ebx |= L7_EBX_BMI1 | L7_EBX_AVX2 | L7_EBX_BMI2;
    c.ext1_ecx |= EXT1_ECX_LZCNT;
    return c;
}

/* x86-64-v4 */
static struct ksimd_x86_cpuid skylake_x(void)
{
    struct ksimd_x86_cpuid c = haswell();
    c.leaf7_ebx |= L7_EBX_AVX512F | L7_EBX_AVX512DQ | L7_EBX_AVX512CD | L7_EBX_AVX512BW | L7_EBX_AVX512VL;
    return c;
}

static uint32_t isas_of(struct ksimd_x86_cpuid c, uint64_t xcr0)
{
    return ksimd_isa_mask_of(ksimd_x86_decode(&c, xcr0));
}

Test(decode, empty_cpu_gets_scalar_only)
{
    struct ksimd_x86_cpuid none = {0};
    cr_assert_eq(isas_of(none, 0), ISA(SCALAR));
    cr_assert_eq(ksimd_isa_mask_of(0), ISA(SCALAR));
}

Test(decode, nehalem_gets_sse42_only)
{
    cr_assert_eq(isas_of(nehalem(), 0), ISA(SCALAR) | ISA(SSE42));
    cr_assert_eq(isas_of(nehalem(), XCR0_AVX512_OS), ISA(SCALAR) | ISA(SSE42));
}

Test(decode, haswell_gets_avx2) { cr_assert_eq(isas_of(haswell(), XCR0_AVX_OS), ISA(SCALAR) | ISA(SSE42) | ISA(AVX2)); }

Test(decode, skylake_x_gets_avx512)
{
    cr_assert_eq(isas_of(skylake_x(), XCR0_AVX512_OS), ISA(SCALAR) | ISA(SSE42) | ISA(AVX2) | ISA(AVX512));
}

Test(decode, xcr0_without_ymm_state_blocks_avx2)
{
    cr_assert_eq(isas_of(haswell(), XCR0_X87 | XCR0_SSE), ISA(SCALAR) | ISA(SSE42));
    cr_assert_eq(isas_of(haswell(), XCR0_X87 | XCR0_YMM), ISA(SCALAR) | ISA(SSE42));
    cr_assert_eq(isas_of(skylake_x(), XCR0_AVX512_OS & ~XCR0_YMM), ISA(SCALAR) | ISA(SSE42));
}

/* Without OSXSAVE, xgetbv may not even exist: whatever xcr0 says is noise. */
Test(decode, osxsave_clear_ignores_xcr0)
{
    struct ksimd_x86_cpuid c = skylake_x();
    c.leaf1_ecx &= ~L1_ECX_OSXSAVE;
    cr_assert_eq(isas_of(c, XCR0_AVX512_OS), ISA(SCALAR) | ISA(SSE42));
}

Test(decode, avx512f_without_bw_dq_vl_blocks_avx512)
{
    struct ksimd_x86_cpuid knl = haswell(); /* Knights Landing: F and CD only */
    knl.leaf7_ebx |= L7_EBX_AVX512F | L7_EBX_AVX512CD;
    cr_assert_eq(isas_of(knl, XCR0_AVX512_OS), ISA(SCALAR) | ISA(SSE42) | ISA(AVX2));
    const uint32_t each[] = {L7_EBX_AVX512F, L7_EBX_AVX512BW, L7_EBX_AVX512CD, L7_EBX_AVX512DQ, L7_EBX_AVX512VL};
    for (size_t i = 0; i < sizeof each / sizeof *each; i++) {
        struct ksimd_x86_cpuid c = skylake_x();
        c.leaf7_ebx &= ~each[i];
        cr_expect_eq(isas_of(c, XCR0_AVX512_OS), ISA(SCALAR) | ISA(SSE42) | ISA(AVX2), "without leaf 7 ebx bit 0x%08x",
                     each[i]);
    }
}

Test(decode, xcr0_without_opmask_or_zmm_state_blocks_avx512)
{
    cr_assert_eq(isas_of(skylake_x(), XCR0_AVX_OS), ISA(SCALAR) | ISA(SSE42) | ISA(AVX2));
    const uint64_t each[] = {XCR0_OPMASK, XCR0_ZMM_HI256, XCR0_HI16_ZMM};
    for (size_t i = 0; i < sizeof each / sizeof *each; i++)
        cr_expect_eq(isas_of(skylake_x(), XCR0_AVX512_OS & ~each[i]), ISA(SCALAR) | ISA(SSE42) | ISA(AVX2),
                     "xcr0 without bit 0x%llx", (unsigned long long)each[i]);
}

/* One missing feature of x86-64-v3 (LZCNT and MOVBE included) blocks AVX2
 * but not SSE4.2. */
Test(decode, every_v3_feature_is_required_for_avx2)
{
    struct ksimd_x86_cpuid base = haswell(), c;
    const uint32_t l1[] = {L1_ECX_AVX, L1_ECX_FMA, L1_ECX_F16C, L1_ECX_MOVBE};
    const uint32_t l7[] = {L7_EBX_AVX2, L7_EBX_BMI1, L7_EBX_BMI2};
    const uint32_t want = ISA(SCALAR) | ISA(SSE42);
    for (size_t i = 0; i < sizeof l1 / sizeof *l1; i++) {
        c = base, c.leaf1_ecx &= ~l1[i];
        cr_expect_eq(isas_of(c, XCR0_AVX_OS), want, "without leaf 1 ecx bit 0x%08x", l1[i]);
    }
    for (size_t i = 0; i < sizeof l7 / sizeof *l7; i++) {
        c = base, c.leaf7_ebx &= ~l7[i];
        cr_expect_eq(isas_of(c, XCR0_AVX_OS), want, "without leaf 7 ebx bit 0x%08x", l7[i]);
    }
    c = base, c.ext1_ecx &= ~EXT1_ECX_LZCNT;
    cr_expect_eq(isas_of(c, XCR0_AVX_OS), want, "without LZCNT");
}

Test(decode, missing_lzcnt_or_movbe_blocks_avx2)
{
    struct ksimd_x86_cpuid c = haswell();
    c.ext1_ecx &= ~EXT1_ECX_LZCNT;
    cr_assert_eq(isas_of(c, XCR0_AVX_OS), ISA(SCALAR) | ISA(SSE42));
    c = haswell();
    c.leaf1_ecx &= ~L1_ECX_MOVBE;
    cr_assert_eq(isas_of(c, XCR0_AVX_OS), ISA(SCALAR) | ISA(SSE42));
}

/* One missing feature of x86-64-v2 leaves only the scalar table, even on a
 * CPU that has everything else up to AVX2. */
Test(decode, every_v2_feature_is_required)
{
    struct ksimd_x86_cpuid base = haswell(), c;
    const uint32_t l1[] = {L1_ECX_SSE3, L1_ECX_SSSE3, L1_ECX_CX16, L1_ECX_SSE41, L1_ECX_SSE42, L1_ECX_POPCNT};
    for (size_t i = 0; i < sizeof l1 / sizeof *l1; i++) {
        c = base, c.leaf1_ecx &= ~l1[i];
        cr_expect_eq(isas_of(c, XCR0_AVX_OS), ISA(SCALAR), "without leaf 1 ecx bit 0x%08x", l1[i]);
    }
    c = base, c.leaf1_edx &= ~L1_EDX_SSE2;
    cr_expect_eq(isas_of(c, XCR0_AVX_OS), ISA(SCALAR), "without SSE2");
    c = base, c.ext1_ecx &= ~EXT1_ECX_LAHF;
    cr_expect_eq(isas_of(c, XCR0_AVX_OS), ISA(SCALAR), "without LAHF/SAHF");
}

/* Linux arm64 hwcaps: HWCAP_FP is bit 0, HWCAP_ASIMD bit 1. */
Test(decode, arm_hwcaps)
{
    const unsigned long fp = 1ul << 0, asimd = 1ul << 1;
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm_decode(fp | asimd)), ISA(SCALAR) | ISA(NEON));
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm_decode(~0ul)), ISA(SCALAR) | ISA(NEON));
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm_decode(fp)), ISA(SCALAR), "no ASIMD, no NEON");
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm_decode(0)), ISA(SCALAR));
}

/* Linux 32-bit ARM hwcaps: HWCAP_NEON is bit 12, HWCAP_VFPv3 bit 13, and
 * HWCAP_VFP (bit 6) alone is armhf's baseline, which runs only scalar. */
Test(decode, arm32_hwcaps)
{
    unsigned long vfp = 1ul << 6, neon = 1ul << 12, vfpv3 = 1ul << 13, vfpd32 = 1ul << 19;
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm32_decode(vfp | neon | vfpv3 | vfpd32)), ISA(SCALAR) | ISA(NEON));
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm32_decode(~0ul)), ISA(SCALAR) | ISA(NEON));
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm32_decode(vfp | vfpv3)), ISA(SCALAR), "VFPv3-D16 without NEON");
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm32_decode(vfp | neon)), ISA(SCALAR), "NEON without VFPv3");
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm32_decode(0)), ISA(SCALAR));
    /* The AArch64 bits mean nothing here, and the other way round. */
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm32_decode(3)), ISA(SCALAR));
    cr_assert_eq(ksimd_isa_mask_of(ksimd_arm_decode(neon | vfpv3)), ISA(SCALAR));
}

/* ---- the public dispatch API -------------------------------------------- */

Test(api, isa_names)
{
    const char *want[KSIMD_ISA_COUNT] = {"scalar", "sse4.2", "avx2", "avx512", "neon"};
    for (int i = 0; i < KSIMD_ISA_COUNT; i++) cr_expect_str_eq(ksimd_isa_name((ksimd_isa)i), want[i]);
    cr_expect_str_eq(ksimd_isa_name(KSIMD_ISA_COUNT), "unknown");
    cr_expect_str_eq(ksimd_isa_name((ksimd_isa)-1), "unknown");
    cr_expect_str_eq(ksimd_isa_name((ksimd_isa)1000), "unknown");
}

Test(api, isa_from_name)
{
    for (int i = 0; i < KSIMD_ISA_COUNT; i++) {
        ksimd_isa out = KSIMD_ISA_COUNT;
        cr_expect_eq(ksimd_isa_from_name(ksimd_isa_name((ksimd_isa)i), &out), KSIMD_OK);
        cr_expect_eq(out, (ksimd_isa)i, "round trip of %s", ksimd_isa_name((ksimd_isa)i));
    }
    const char *unknown[] = {"bogus", "", "AVX2", "sse42", "avx2 ", "unknown"};
    for (size_t i = 0; i < sizeof unknown / sizeof *unknown; i++) {
        ksimd_isa out = KSIMD_ISA_COUNT;
        cr_expect_eq(ksimd_isa_from_name(unknown[i], &out), KSIMD_ERR_RANGE, "\"%s\"", unknown[i]);
        cr_expect_eq(out, KSIMD_ISA_COUNT, "\"%s\" wrote *out", unknown[i]);
    }
    ksimd_isa out = KSIMD_ISA_COUNT;
    cr_expect_eq(ksimd_isa_from_name(NULL, &out), KSIMD_ERR_NULL);
    cr_expect_eq(out, KSIMD_ISA_COUNT);
    cr_expect_eq(ksimd_isa_from_name("scalar", NULL), KSIMD_ERR_NULL);
}

Test(api, isa_available)
{
    cr_assert_eq(ksimd_isa_available(KSIMD_ISA_SCALAR), 1);
    cr_expect_eq(ksimd_isa_available(KSIMD_ISA_COUNT), 0);
    cr_expect_eq(ksimd_isa_available((ksimd_isa)-1), 0);
    cr_expect(ksimd_isa_available(ksimd_isa_active()), "the active table %s is not available",
              ksimd_isa_name(ksimd_isa_active()));
#if defined(__x86_64__)
    cr_expect_eq(ksimd_isa_available(KSIMD_ISA_NEON), 0);
#elif defined(__aarch64__) || defined(__arm__)
    cr_expect_eq(ksimd_isa_available(KSIMD_ISA_AVX2), 0);
#endif
}

Test(api, isa_set)
{
    ksimd_isa before = ksimd_isa_active();
    cr_expect_eq(ksimd_isa_set(KSIMD_ISA_COUNT), KSIMD_ERR_RANGE);
    cr_expect_eq(ksimd_isa_set((ksimd_isa)-1), KSIMD_ERR_RANGE);
    cr_expect_eq(ksimd_isa_active(), before);
    for (int i = 0; i < KSIMD_ISA_COUNT; i++) {
        ksimd_isa isa = (ksimd_isa)i, now = ksimd_isa_active();
        if (ksimd_isa_available(isa)) {
            cr_expect_eq(ksimd_isa_set(isa), KSIMD_OK, "%s", ksimd_isa_name(isa));
            cr_expect_eq(ksimd_isa_active(), isa);
            cr_expect_str_eq(ksimd_kernel_isa("add_f64"), ksimd_isa_name(isa));
        } else {
            cr_expect_eq(ksimd_isa_set(isa), KSIMD_ERR_ISA, "%s", ksimd_isa_name(isa));
            cr_expect_eq(ksimd_isa_active(), now, "a refused %s changed the table", ksimd_isa_name(isa));
        }
    }
}

Test(api, strerror_never_null)
{
    for (int s = KSIMD_OK; s <= KSIMD_ERR_NOMEM; s++) {
        const char *text = ksimd_strerror((ksimd_status)s);
        cr_assert_not_null(text, "status %d", s);
        cr_expect_gt(strlen(text), 0, "status %d", s);
        for (int t = KSIMD_OK; t < s; t++)
            cr_expect_str_neq(text, ksimd_strerror((ksimd_status)t), "statuses %d and %d read the same", t, s);
    }
    cr_assert_not_null(ksimd_strerror((ksimd_status)999));
    cr_assert_not_null(ksimd_strerror((ksimd_status)-1));
}

Test(api, version)
{
    char want[64];
    snprintf(want, sizeof want, "%d.%d.%d", KSIMD_VERSION_MAJOR, KSIMD_VERSION_MINOR, KSIMD_VERSION_PATCH);
    cr_assert_str_eq(ksimd_version(), want);
}

Test(api, kernel_isa)
{
    cr_assert_str_eq(ksimd_kernel_isa("add_f64"), ksimd_isa_name(ksimd_isa_active()));
    cr_assert_str_eq(ksimd_kernel_isa("mod_scalar_i64"), ksimd_isa_name(ksimd_isa_active()));
    cr_assert_null(ksimd_kernel_isa("no_such_kernel"));
    cr_assert_null(ksimd_kernel_isa("ksimd_add_f64"), "names come without the ksimd_ prefix");
    cr_assert_null(ksimd_kernel_isa(""));
    cr_assert_null(ksimd_kernel_isa(NULL));
}

/* ---- KSIMD_ISA and first use ---------------------------------------------- */

static ksimd_isa best_available(void)
{
    int i = KSIMD_ISA_COUNT - 1;
    while (i > KSIMD_ISA_SCALAR && !ksimd_isa_available((ksimd_isa)i)) i--;
    return (ksimd_isa)i;
}

/* A name this CPU cannot run, or NULL if it runs everything. */
static const char *unavailable_name(void)
{
    for (int i = KSIMD_ISA_COUNT - 1; i > KSIMD_ISA_SCALAR; i--)
        if (!ksimd_isa_available((ksimd_isa)i)) return ksimd_isa_name((ksimd_isa)i);
    return NULL;
}

/* Everything written to the redirected stderr so far. The pipe stays open,
 * so read without blocking. */
static const char *captured_stderr(void)
{
    static char text[4096];
    size_t n = 0;
    ssize_t got;
    fflush(stderr);
    int fd = fileno(cr_get_redirected_stderr());
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    while (n + 1 < sizeof text && (got = read(fd, text + n, sizeof text - 1 - n)) > 0) n += (size_t)got;
    text[n] = '\0';
    return text;
}

static size_t occurrences(const char *text, const char *word)
{
    size_t count = 0;
    for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) count++;
    return count;
}

static void use_several_times(void)
{
    double a[3] = {1, 2, 3}, d[3];
    for (int i = 0; i < 3; i++) {
        cr_assert_eq(ksimd_add_f64(d, a, a, 3), KSIMD_OK);
        (void)ksimd_isa_active();
        (void)ksimd_kernel_isa("add_f64");
    }
    cr_assert_eq(d[2], 6.0);
}

Test(env, cap_scalar)
{
    setenv("KSIMD_ISA", "scalar", 1);
    cr_assert_eq(ksimd_isa_active(), KSIMD_ISA_SCALAR);
}

Test(env, cap_sse42)
{
    if (!ksimd_isa_available(KSIMD_ISA_SSE42)) cr_skip_test("no SSE4.2 table on this CPU");
    setenv("KSIMD_ISA", "sse4.2", 1);
    cr_assert_eq(ksimd_isa_active(), KSIMD_ISA_SSE42);
}

/* The cap is a ceiling, not a pin: pinning a better table later is fine. */
Test(env, cap_is_only_the_default)
{
    setenv("KSIMD_ISA", "scalar", 1);
    cr_assert_eq(ksimd_isa_active(), KSIMD_ISA_SCALAR);
    cr_assert_eq(ksimd_isa_set(best_available()), KSIMD_OK);
    cr_assert_eq(ksimd_isa_active(), best_available());
}

static void expect_one_warning(const char *value)
{
    setenv("KSIMD_ISA", value, 1);
    cr_assert_eq(ksimd_isa_active(), best_available(), "KSIMD_ISA=%s must fall back to the best table", value);
    use_several_times();
    const char *text = captured_stderr();
    cr_assert_eq(occurrences(text, "KSIMD_ISA"), 1, "want one warning, stderr was:\n%s", text);
    cr_assert_eq(occurrences(text, "\n"), 1, "want one line, stderr was:\n%s", text);
    cr_assert_neq(occurrences(text, value), 0, "the warning should name \"%s\": %s", value, text);
}

Test(env, unknown_name_warns_once, .init = cr_redirect_stderr) { expect_one_warning("bogus"); }

Test(env, unavailable_name_warns_once, .init = cr_redirect_stderr)
{
    const char *name = unavailable_name();
    if (!name) cr_skip_test("this CPU runs every table");
    expect_one_warning(name);
}

Test(env, valid_cap_is_silent, .init = cr_redirect_stderr)
{
    setenv("KSIMD_ISA", "scalar", 1);
    use_several_times();
    cr_assert_str_eq(captured_stderr(), "");
}

/* ---- ksimd_isa_reset ------------------------------------------------------ */

Test(reset, restores_the_first_choice)
{
    ksimd_isa best = best_available();
    cr_assert_eq(ksimd_isa_set(KSIMD_ISA_SCALAR), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("add_f64"), "scalar");
    ksimd_isa_reset();
    cr_assert_eq(ksimd_isa_active(), best);
    cr_assert_str_eq(ksimd_kernel_isa("add_f64"), ksimd_isa_name(best));
}

Test(reset, keeps_the_ksimd_isa_cap)
{
    setenv("KSIMD_ISA", "scalar", 1);
    ksimd_isa_reset(); /* before first use: selects */
    cr_assert_eq(ksimd_isa_active(), KSIMD_ISA_SCALAR);
    cr_assert_eq(ksimd_isa_set(best_available()), KSIMD_OK);
    cr_assert_eq(ksimd_isa_active(), best_available());
    ksimd_isa_reset();
    cr_assert_eq(ksimd_isa_active(), KSIMD_ISA_SCALAR);
}

/* ---- first use from several threads at once ------------------------------ */

enum { THREADS = 8, N = 1000 };

struct worker {
    pthread_barrier_t *start;
    ksimd_isa seen;
    int ok;
};

/* Each thread's first ksimd call is a kernel, after all reach the barrier. */
static void *first_use(void *arg)
{
    struct worker *w = arg;
    double a[N], b[N], d[N];
    for (int i = 0; i < N; i++) a[i] = i, b[i] = 0.5 * i;
    pthread_barrier_wait(w->start);
    w->ok = ksimd_add_f64(d, a, b, N) == KSIMD_OK;
    for (int i = 0; i < N; i++) w->ok = w->ok && d[i] == 1.5 * i;
    w->seen = ksimd_isa_active();
    return NULL;
}

static void race_first_use(void)
{
    pthread_t t[THREADS];
    struct worker w[THREADS];
    pthread_barrier_t start;
    cr_assert_eq(pthread_barrier_init(&start, NULL, THREADS), 0);
    for (int i = 0; i < THREADS; i++) {
        w[i] = (struct worker){&start, KSIMD_ISA_COUNT, 0};
        cr_assert_eq(pthread_create(&t[i], NULL, first_use, &w[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&start);
    for (int i = 0; i < THREADS; i++) {
        cr_expect(w[i].ok, "thread %d got a wrong result", i);
        cr_expect_eq(w[i].seen, w[0].seen, "thread %d saw %s, thread 0 %s", i, ksimd_isa_name(w[i].seen),
                     ksimd_isa_name(w[0].seen));
    }
    cr_assert_eq(w[0].seen, best_available());
}

Test(threads, first_use_from_many_threads)
{
    unsetenv("KSIMD_ISA"); /* the best table, whatever the caller's environment */
    race_first_use();
}

Test(threads, first_use_with_a_bad_cap_warns_once, .init = cr_redirect_stderr)
{
    setenv("KSIMD_ISA", "bogus", 1);
    race_first_use();
    const char *text = captured_stderr();
    cr_assert_eq(occurrences(text, "KSIMD_ISA"), 1, "want one warning, stderr was:\n%s", text);
}
