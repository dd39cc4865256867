/* Tuning profiles: the parser accepts exactly what ksimd_profile_save
 * writes for this library and CPU, applies it per kernel, and refuses
 * anything else with KSIMD_ERR_PROFILE, leaving the tables as they were.
 * Also KSIMD_PROFILE on first use (Criterion runs each test in a fresh
 * process, so the environment can be set before the first ksimd call),
 * the KSIMD_ISA cap, ksimd_isa_set dropping a profile, and the errors of
 * ksimd_profile_save. Profiles are written by hand from ksimd_version()
 * and ksimd_cpu_fingerprint(), which do not select a table. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "ksimd.h"

static char dir[64];
static char path[128];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/ksimd-profile-test-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/profile", dir);
}

static void remove_dir(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char p[400];
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            remove(p);
        }
    if (d) closedir(d);
    rmdir(dir);
}

TestSuite(profile, .init = make_dir, .fini = remove_dir);

/* The header the library expects, then `body` verbatim. */
static void write_profile(const char *at, const char *body)
{
    FILE *f = fopen(at, "w");
    cr_assert_not_null(f);
    fprintf(f, "# written by test_profile\nksimd-profile 1\nversion %s\ncpu %s\n%s", ksimd_version(),
            ksimd_cpu_fingerprint(), body);
    fclose(f);
}

static void write_raw(const char *at, const char *text)
{
    FILE *f = fopen(at, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static ksimd_isa best_isa(void)
{
    for (int i = KSIMD_ISA_COUNT - 1; i > 0; i--)
        if (ksimd_isa_available((ksimd_isa)i)) return (ksimd_isa)i;
    return KSIMD_ISA_SCALAR;
}

/* A table this CPU cannot run: AVX-512 or NEON on most hosts; -1 if none. */
static int unavailable_isa(void)
{
    for (int i = KSIMD_ISA_COUNT - 1; i > 0; i--)
        if (!ksimd_isa_available((ksimd_isa)i)) return i;
    return -1;
}

/* The table serving each kernel, to show that a refusal changed nothing. */
static char *snapshot(void)
{
    size_t len = 1;
    for (size_t i = 0; ksimd_kernel_name(i); i++) len += strlen(ksimd_kernel_isa(ksimd_kernel_name(i))) + 1;
    char *s = calloc(len, 1);
    cr_assert_not_null(s);
    for (size_t i = 0; ksimd_kernel_name(i); i++) {
        strcat(s, ksimd_kernel_isa(ksimd_kernel_name(i)));
        strcat(s, " ");
    }
    return s;
}

Test(profile, valid_profile_applies_per_kernel)
{
    ksimd_isa best = best_isa();
    char body[256];
    snprintf(body, sizeof body, "kernel sum_f64 scalar\n\n# a comment\nkernel add_f32 %s\n", ksimd_isa_name(best));
    write_profile(path, body);
    cr_assert_eq(ksimd_profile_load(path), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    cr_assert_str_eq(ksimd_kernel_isa("add_f32"), ksimd_isa_name(best));
    cr_assert_str_eq(ksimd_kernel_isa("mul_f64"), ksimd_isa_name(best), "a kernel the profile omits keeps the default");
    cr_assert_eq(ksimd_isa_active(), best);
    double a[5] = {1, 2, 3, 4, 5}, s = 0;
    cr_assert_eq(ksimd_sum_f64(a, 5, &s), KSIMD_OK);
    cr_assert_eq(s, 15.0);
}

Test(profile, saved_profile_loads)
{
    const char *names[] = {"sum_f64", "compress_f32"};
    ksimd_isa isas[] = {KSIMD_ISA_SCALAR, best_isa()};
    cr_assert_eq(ksimd_profile_save(path, names, isas, 2), KSIMD_OK);
    cr_assert_eq(ksimd_profile_load(path), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    cr_assert_str_eq(ksimd_kernel_isa("compress_f32"), ksimd_isa_name(best_isa()));
}

/* Loads a good profile (sum_f64 on scalar), then `bad`: refused, and every
 * kernel stays on the table it had. */
static void expect_refused(const char *bad, int raw)
{
    write_profile(path, "kernel sum_f64 scalar\n");
    cr_assert_eq(ksimd_profile_load(path), KSIMD_OK);
    char *before = snapshot();
    char bad_path[160];
    snprintf(bad_path, sizeof bad_path, "%s/bad", dir);
    if (raw)
        write_raw(bad_path, bad);
    else
        write_profile(bad_path, bad);
    cr_assert_eq(ksimd_profile_load(bad_path), KSIMD_ERR_PROFILE, "accepted: %s", bad);
    char *after = snapshot();
    cr_assert_str_eq(after, before, "a refused profile changed the tables");
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    free(before), free(after);
}

Test(profile, malformed_lines_are_refused)
{
    expect_refused("kernel sum_f64\n", 0);
    expect_refused("kernel sum_f64 scalar extra\n", 0);
    expect_refused("kernels sum_f64 scalar\n", 0);
    expect_refused("this is not a profile line\n", 0);
    expect_refused(" kernel sum_f64 scalar\n", 0);
}

Test(profile, truncated_profiles_are_refused)
{
    char text[256];
    expect_refused("", 1);
    expect_refused("ksimd-profile 1\n", 1);
    snprintf(text, sizeof text, "ksimd-profile 1\nversion %s\n", ksimd_version());
    expect_refused(text, 1);
    snprintf(text, sizeof text, "ksimd-profile 1\nversion %s\ncpu x86", ksimd_version());
    expect_refused(text, 1);
}

Test(profile, duplicated_kernel_is_refused) { expect_refused("kernel add_f64 scalar\nkernel add_f64 scalar\n", 0); }

Test(profile, unknown_kernel_is_refused) { expect_refused("kernel add_f128 scalar\n", 0); }

Test(profile, unknown_table_is_refused) { expect_refused("kernel add_f64 avx1024\n", 0); }

Test(profile, unavailable_table_is_refused)
{
    int isa = unavailable_isa();
    if (isa < 0) cr_skip_test("this CPU runs every table");
    char body[64];
    snprintf(body, sizeof body, "kernel add_f64 %s\n", ksimd_isa_name((ksimd_isa)isa));
    expect_refused(body, 0);
}

Test(profile, foreign_cpu_is_refused)
{
    char text[256], fp[128];
    snprintf(fp, sizeof fp, "%s", ksimd_cpu_fingerprint());
    fp[strlen(fp) - 1] = fp[strlen(fp) - 1] == '0' ? '1' : '0'; /* another feature mask */
    snprintf(text, sizeof text, "ksimd-profile 1\nversion %s\ncpu %s\nkernel add_f64 scalar\n", ksimd_version(), fp);
    expect_refused(text, 1);
    snprintf(text, sizeof text, "ksimd-profile 1\nversion %s\ncpu other f=0x1\nkernel add_f64 scalar\n",
             ksimd_version());
    expect_refused(text, 1);
}

Test(profile, other_version_or_format_is_refused)
{
    char text[256];
    snprintf(text, sizeof text, "ksimd-profile 1\nversion 99.0.0\ncpu %s\nkernel add_f64 scalar\n",
             ksimd_cpu_fingerprint());
    expect_refused(text, 1);
    snprintf(text, sizeof text, "ksimd-profile 2\nversion %s\ncpu %s\nkernel add_f64 scalar\n", ksimd_version(),
             ksimd_cpu_fingerprint());
    expect_refused(text, 1);
}

Test(profile, overlong_line_is_refused)
{
    char body[400];
    memset(body, 'x', sizeof body);
    body[0] = '#';
    body[sizeof body - 2] = '\n';
    body[sizeof body - 1] = 0;
    expect_refused(body, 0);
}

Test(profile, missing_file_is_refused)
{
    cr_assert_eq(ksimd_profile_load("/nonexistent-ksimd-dir/profile"), KSIMD_ERR_PROFILE);
    cr_assert_eq(ksimd_profile_load(NULL), KSIMD_ERR_NULL);
}

Test(profile, env_profile_applies_on_first_use)
{
    write_profile(path, "kernel sum_f64 scalar\nkernel max_i32 scalar\n");
    cr_assert_eq(setenv("KSIMD_PROFILE", path, 1), 0);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    cr_assert_str_eq(ksimd_kernel_isa("max_i32"), "scalar");
    cr_assert_str_eq(ksimd_kernel_isa("add_f64"), ksimd_isa_name(best_isa()));
}

Test(profile, env_profile_refused_keeps_defaults)
{
    write_profile(path, "kernel sum_f64 scalar\nkernel sum_f64 scalar\n");
    cr_assert_eq(setenv("KSIMD_PROFILE", path, 1), 0);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), ksimd_isa_name(best_isa()));
    cr_assert_eq(ksimd_isa_active(), best_isa());
}

Test(profile, reset_drops_a_loaded_profile)
{
    write_profile(path, "kernel sum_f64 scalar\n");
    char *before = snapshot();
    cr_assert_eq(ksimd_profile_load(path), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    ksimd_isa_reset();
    char *after = snapshot();
    cr_assert_str_eq(after, before);
    free(before), free(after);
}

Test(profile, reset_keeps_the_env_profile)
{
    ksimd_isa best = best_isa();
    if (best == KSIMD_ISA_SCALAR) cr_skip_test("only the scalar table here");
    write_profile(path, "kernel sum_f64 scalar\n");
    cr_assert_eq(setenv("KSIMD_PROFILE", path, 1), 0);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    cr_assert_eq(ksimd_isa_set(best), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), ksimd_isa_name(best));
    ksimd_isa_reset();
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar", "first use read KSIMD_PROFILE: reset returns to it");
}

Test(profile, ksimd_isa_caps_a_profile)
{
    ksimd_isa best = best_isa();
    if (best == KSIMD_ISA_SCALAR) cr_skip_test("only the scalar table here");
    char body[128];
    snprintf(body, sizeof body, "kernel sum_f64 %s\nkernel add_f64 scalar\n", ksimd_isa_name(best));
    write_profile(path, body);
    cr_assert_eq(setenv("KSIMD_ISA", "scalar", 1), 0);
    cr_assert_eq(setenv("KSIMD_PROFILE", path, 1), 0);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar", "KSIMD_ISA=scalar must cap the profile's choice");
    cr_assert_str_eq(ksimd_kernel_isa("add_f64"), "scalar");
    cr_assert_eq(ksimd_profile_load(path), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar", "and ksimd_profile_load too");
}

Test(profile, isa_set_drops_the_profile)
{
    ksimd_isa best = best_isa();
    if (best == KSIMD_ISA_SCALAR) cr_skip_test("only the scalar table here");
    write_profile(path, "kernel sum_f64 scalar\n");
    cr_assert_eq(ksimd_profile_load(path), KSIMD_OK);
    cr_assert_str_eq(ksimd_kernel_isa("sum_f64"), "scalar");
    cr_assert_eq(ksimd_isa_set(best), KSIMD_OK);
    for (size_t i = 0; ksimd_kernel_name(i); i++)
        cr_assert_str_eq(ksimd_kernel_isa(ksimd_kernel_name(i)), ksimd_isa_name(best), "%s", ksimd_kernel_name(i));
}

/* No file at all is left behind by a failed save: no profile, no temporary. */
static void expect_dir_empty(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int entries = 0;
    while (d && (e = readdir(d))) entries += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    if (d) closedir(d);
    cr_assert_eq(entries, 0, "a failed save left a file in %s", dir);
}

Test(profile, save_errors)
{
    const char *unknown[] = {"add_f128"}, *good[] = {"add_f64"};
    ksimd_isa scalar[] = {KSIMD_ISA_SCALAR}, bad_enum[] = {(ksimd_isa)KSIMD_ISA_COUNT};
    cr_assert_eq(ksimd_profile_save(path, unknown, scalar, 1), KSIMD_ERR_RANGE);
    cr_assert_eq(ksimd_profile_save(path, good, bad_enum, 1), KSIMD_ERR_RANGE);
    int isa = unavailable_isa();
    if (isa >= 0) {
        ksimd_isa unavailable[] = {(ksimd_isa)isa};
        cr_assert_eq(ksimd_profile_save(path, good, unavailable, 1), KSIMD_ERR_ISA);
    }
    cr_assert_eq(ksimd_profile_save(NULL, good, scalar, 1), KSIMD_ERR_NULL);
    expect_dir_empty();
    char missing[200];
    snprintf(missing, sizeof missing, "%s/no-such-dir/profile", dir);
    cr_assert_eq(ksimd_profile_save(missing, good, scalar, 1), KSIMD_ERR_PROFILE);
    cr_assert_eq(ksimd_profile_save(dir, good, scalar, 1), KSIMD_ERR_PROFILE, "the path is a directory");
    expect_dir_empty();
}
