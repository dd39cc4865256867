/* A user's program: a few kernels of several families through the public
 * header only, with results known exactly. Exits 1 on any mismatch, so a
 * broken install, a wrong link line or a library that does not match its
 * header shows up as a failure, not just as a link error. */
#include <ksimd.h>
#include <stdio.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "consumer: FAIL %s\n", what);
        failures++;
    }
}

int main(void)
{
    char version[32];
    snprintf(version, sizeof version, "%d.%d.%d", KSIMD_VERSION_MAJOR, KSIMD_VERSION_MINOR, KSIMD_VERSION_PATCH);
    check(strcmp(ksimd_version(), version) == 0, "ksimd_version() matches the header's macros");

    enum { N = 37 }; /* not a multiple of any vector width: tails too */
    double a[N], b[N], d[N], sum = -1;
    int64_t k[N], q[N];
    float f[N], fs[N];
    uint8_t mask[N];
    size_t count = 0;
    for (int i = 0; i < N; i++) {
        a[i] = i, b[i] = 0.5 * i, k[i] = i - 18, f[i] = (float)(i * i);
    }

    /* elementwise */
    check(ksimd_add_f64(d, a, b, N) == KSIMD_OK, "add_f64 status");
    for (int i = 0; i < N; i++) check(d[i] == 1.5 * i, "add_f64 values");
    check(ksimd_floordiv_scalar_i64(q, k, 4, N) == KSIMD_OK, "floordiv_scalar_i64 status");
    check(q[0] == -5 && q[N - 1] == 4, "floordiv_scalar_i64 rounds toward -inf"); /* -18 // 4, 18 // 4 */
    check(ksimd_sqrt_f32(fs, f, N) == KSIMD_OK && fs[N - 1] == (float)(N - 1), "sqrt_f32");
    /* reduction: small integers in doubles sum exactly */
    check(ksimd_sum_f64(a, N, &sum) == KSIMD_OK && sum == N * (N - 1) / 2.0, "sum_f64");
    /* masked conditionals */
    check(ksimd_cmp_scalar_f64(mask, a, 10.0, KSIMD_GE, N) == KSIMD_OK, "cmp_scalar_f64 status");
    check(ksimd_count_u8(mask, N, &count) == KSIMD_OK && count == N - 10, "count_u8 after cmp");
    check(ksimd_compress_f64(d, a, mask, N, &count) == KSIMD_OK && count == N - 10 && d[0] == 10.0, "compress_f64");
    /* transcendental: exp(0) is exactly 1 */
    d[0] = 0.0;
    check(ksimd_exp_f64(d, d, 1) == KSIMD_OK && d[0] == 1.0, "exp_f64(0)");
    /* errors are values */
    check(ksimd_mod_scalar_i64(q, k, 0, N) == KSIMD_ERR_RANGE, "mod_scalar_i64 by 0 is KSIMD_ERR_RANGE");
    check(ksimd_strerror(KSIMD_ERR_RANGE) != NULL, "strerror");

    printf("consumer: ksimd %s on %s: %s\n", ksimd_version(), ksimd_isa_name(ksimd_isa_active()),
           failures ? "FAILED" : "all checks passed");
    return failures ? 1 : 0;
}
