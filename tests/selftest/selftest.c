/* ksimd-selftest: runs the conformance checks on every ISA table this CPU
 * can run, then checks that every table gives the scalar table's bits.
 * Plain C with no test framework, so it runs on users' boards and under
 * qemu-user (where Criterion, which re-executes its binary, cannot).
 * The last line is always "N passed, M failed"; the exit status is 0 only
 * when M == 0. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../dispatch/pool.h"
#include "conformance.h"
#include "expr_check.h"

enum { MESSAGES_PER_CASE = 5, EXPRESSIONS = 150 };

struct options {
    const char *expect_isa; /* --expect-isa: detection must choose this table */
    const char *only_isa;   /* --isa: run this table only */
    long threads;           /* --threads: every call split across this many */
    long expressions;       /* --expressions: random expressions to check */
    int quiet;
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: ksimd-selftest [--expect-isa NAME] [--isa NAME] [--threads N] [--expressions N]\n"
            "                      [--quiet] [--help]\n"
            "Runs ksimd's conformance checks on every ISA table this CPU supports and\n"
            "checks that all tables give bit-identical results.\n"
            "  --expect-isa NAME  fail unless detection picks NAME as the active table\n"
            "  --isa NAME         check only table NAME (skips the cross-table check)\n"
            "  --threads N        run with N threads, splitting every call however small\n"
            "  --expressions N    check N random expressions (default %d) on every table\n"
            "                     against the same operations done one kernel at a time\n"
            "  --quiet            print only failures and the final line\n"
            "  --help             this text\n"
            "NAME is one of scalar, sse4.2, avx2, avx512, neon. The last line is\n"
            "\"N passed, M failed\"; the exit status is 0 when M is 0, 1 when a check\n"
            "failed, 2 on a usage error.\n",
            EXPRESSIONS);
}

/* Returns 0 to go on, 1 after --help, 2 on a usage error. */
static int parse_options(int argc, char **argv, struct options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 1;
        } else if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0) {
            o->quiet = 1;
        } else if (strcmp(arg, "--threads") == 0 && i + 1 < argc) {
            char *end;
            o->threads = strtol(argv[++i], &end, 10);
            if (*end || o->threads < 1 || o->threads > 256) {
                fprintf(stderr, "ksimd-selftest: --threads wants 1 to 256, not \"%s\"\n", argv[i]);
                return 2;
            }
        } else if (strcmp(arg, "--expressions") == 0 && i + 1 < argc) {
            char *end;
            o->expressions = strtol(argv[++i], &end, 10);
            if (*end || o->expressions < 0 || o->expressions > 1000000) {
                fprintf(stderr, "ksimd-selftest: --expressions wants 0 to 1000000, not \"%s\"\n", argv[i]);
                return 2;
            }
        } else if ((strcmp(arg, "--expect-isa") == 0 || strcmp(arg, "--isa") == 0) && i + 1 < argc) {
            ksimd_isa isa;
            if (ksimd_isa_from_name(argv[i + 1], &isa) != KSIMD_OK) {
                fprintf(stderr, "ksimd-selftest: %s: unknown ISA \"%s\"\n", arg, argv[i + 1]);
                return 2;
            }
            *(strcmp(arg, "--isa") == 0 ? &o->only_isa : &o->expect_isa) = argv[++i];
        } else {
            fprintf(stderr, "ksimd-selftest: unknown or incomplete option \"%s\"\n", arg);
            usage(stderr);
            return 2;
        }
    }
    return 0;
}

static void print_tables(ksimd_isa active)
{
    printf("ksimd %s selftest\ntables:", ksimd_version());
    for (int i = 0; i < KSIMD_ISA_COUNT; i++)
        printf(" %s (%s)", ksimd_isa_name((ksimd_isa)i),
               ksimd_isa_available((ksimd_isa)i) ? "available" : "unavailable");
    printf("\nactive: %s\n", ksimd_isa_name(active));
}

/* Runs every case of the list with its own report, so a failure names its
 * case; adds the counts to *total. */
static void run_cases(const struct ks_case *const *cases, const struct options *o, struct ks_report *total)
{
    for (size_t i = 0; cases[i]; i++) {
        struct ks_report r = {0, 0, o->quiet, MESSAGES_PER_CASE, 0};
        cases[i]->run(&r);
        if (r.failed && !o->quiet)
            printf("  %s/%s: %ld of %ld checks failed\n", cases[i]->family, cases[i]->name, r.failed,
                   r.passed + r.failed);
        total->passed += r.passed;
        total->failed += r.failed;
    }
}

/* Random expressions (tests/expr/), each compiled and evaluated on every
 * table (or only the --isa one) at many lengths and layouts, and compared
 * with the same operations done one kernel call at a time. Fixed seeds: a
 * failure reproduces, and the count keeps the run short under qemu. */
static void run_expressions(const struct options *o, ksimd_isa only, struct ks_report *total)
{
    struct ec_options eo = {0, o->only_isa ? 1u << only : 0, o->quiet ? 0 : 2 * MESSAGES_PER_CASE, stderr};
    struct ec_stats st = {0, 0, 0, 0};
    for (long seed = 1; seed <= o->expressions; seed++) ec_check_seed((uint64_t)seed, &eo, &st);
    if (!o->quiet)
        printf("expressions (%ld random, fused against one kernel at a time): %ld passed, %ld failed\n", st.expressions,
               st.passed, st.failed);
    total->passed += st.passed;
    total->failed += st.failed;
}

int main(int argc, char **argv)
{
    struct options o = {NULL, NULL, 0, EXPRESSIONS, 0};
    int st = parse_options(argc, argv, &o);
    if (st) return st == 1 ? 0 : 2;
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep stdout in step with FAIL lines on stderr */

    ksimd_isa detected = ksimd_isa_active(), isa = KSIMD_ISA_SCALAR;
    if (!o.quiet) print_tables(detected);
    struct ks_report total = {0, 0, 0, 0, 0};
    if (o.threads) {
        ks_check(&total, ksimd_threads_set((size_t)o.threads) == KSIMD_OK, "cannot start %ld threads", o.threads);
        ksimd_threads_test_split(1);
        if (!o.quiet) printf("threads: %zu, every call split\n", ksimd_threads_get());
    }

    if (o.expect_isa) {
        ksimd_isa_from_name(o.expect_isa, &isa);
        ks_check(&total, detected == isa, "--expect-isa %s: detection chose %s", o.expect_isa,
                 ksimd_isa_name(detected));
    }
    if (o.only_isa) {
        ksimd_isa_from_name(o.only_isa, &isa);
        if (!ksimd_isa_available(isa)) ks_check(&total, 0, "table %s is not available on this CPU", o.only_isa);
    }

    for (int i = 0; i < KSIMD_ISA_COUNT; i++) {
        if (!ksimd_isa_available((ksimd_isa)i) || (o.only_isa && (ksimd_isa)i != isa)) continue;
        struct ks_report r = {0, 0, 0, 0, 0};
        if (ks_check(&r, ksimd_isa_set((ksimd_isa)i) == KSIMD_OK, "cannot pin table %s", ksimd_isa_name((ksimd_isa)i)))
            run_cases(ks_all_cases(NULL), &o, &r);
        if (!o.quiet) printf("%s: %ld passed, %ld failed\n", ksimd_isa_name((ksimd_isa)i), r.passed, r.failed);
        total.passed += r.passed;
        total.failed += r.failed;
    }
    ks_check(&total, ksimd_isa_set(detected) == KSIMD_OK, "cannot restore table %s", ksimd_isa_name(detected));

    if (!o.only_isa) {
        struct ks_report r = {0, 0, 0, 0, 0};
        run_cases(ks_identity_cases(NULL), &o, &r);
        if (!o.quiet) printf("identity of every table with scalar: %ld passed, %ld failed\n", r.passed, r.failed);
        total.passed += r.passed;
        total.failed += r.failed;
    }
    run_expressions(&o, isa, &total);
    if (o.threads > 1) ks_check(&total, ksimd_pool_jobs() > 0, "--threads %ld: no call ran on the pool", o.threads);
    printf("%ld passed, %ld failed\n", total.passed, total.failed);
    return total.failed == 0 ? 0 : 1;
}
