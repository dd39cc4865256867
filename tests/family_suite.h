/* What every per-family Criterion suite shares: run each conformance case
 * of the family on each table this CPU can run (one parameterized test per
 * case and table), and the family's cross-table identity cases once. The
 * checks themselves live in conformance/ and are shared with
 * ksimd-selftest. Included by one suite per test binary. */
#ifndef KSIMD_FAMILY_SUITE_H
#define KSIMD_FAMILY_SUITE_H

#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "conformance.h"

enum { KS_SUITE_MESSAGES = 10 };

/* Indices only: Criterion copies parameters into each test's process. */
struct table_case {
    int index; /* into ks_all_cases() */
    int isa;
};

static void ks_free_params(struct criterion_test_params *crp) { cr_free(crp->params); }

static struct criterion_test_params ks_family_params(const char *family)
{
    size_t count, n = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    struct table_case *params = cr_malloc(count * KSIMD_ISA_COUNT * sizeof *params);
    for (size_t i = 0; i < count; i++)
        for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++)
            if (strcmp(cases[i]->family, family) == 0 && ksimd_isa_available((ksimd_isa)isa))
                params[n++] = (struct table_case){(int)i, isa};
    return cr_make_param_array(struct table_case, params, n, ks_free_params);
}

static void ks_run_table_case(const struct table_case *p)
{
    const struct ks_case *c = ks_all_cases(NULL)[p->index];
    const char *isa = ksimd_isa_name((ksimd_isa)p->isa);
    cr_assert_eq(ksimd_isa_set((ksimd_isa)p->isa), KSIMD_OK, "cannot pin available table %s", isa);
    struct ks_report r = {0, 0, 0, KS_SUITE_MESSAGES, 0};
    c->run(&r);
    cr_assert(r.failed == 0, "%s on %s: %ld of %ld checks failed (FAIL lines above)", c->name, isa, r.failed,
              r.passed + r.failed);
    cr_assert(r.passed > 0, "%s on %s: no check ran", c->name, isa);
}

/* The suite's parameterized test: every case of the family on every
 * table (a family whose cases need a longer timeout spells it out). */
#define KS_FAMILY_CONFORMANCE(family)                                                                                  \
    ParameterizedTestParameters(family, conformance) { return ks_family_params(#family); }                             \
    ParameterizedTest(struct table_case *p, family, conformance) { ks_run_table_case(p); }

/* Once, not per table: each identity case pins every table in turn. */
static void ks_run_identity(const char *family)
{
    const struct ks_case *const *cases = ks_identity_cases(NULL);
    size_t ran = 0;
    for (size_t i = 0; cases[i]; i++) {
        if (strcmp(cases[i]->family, family) != 0) continue;
        struct ks_report r = {0, 0, 0, KS_SUITE_MESSAGES, 0};
        cases[i]->run(&r);
        cr_expect(r.failed == 0, "%s: %ld of %ld checks failed (FAIL lines above)", cases[i]->name, r.failed,
                  r.passed + r.failed);
        cr_expect(r.passed > 0, "%s: no check ran", cases[i]->name);
        ran++;
    }
    cr_assert(ran > 0, "no %s identity case", family);
}

/* Every kernel of the family in the registry is served by the table and
 * has a conformance case of its own name; returns how many there are, so
 * a suite can also pin the contract's count. */
static inline size_t ks_check_every_kernel_has_a_case(const char *family)
{
    static const struct {
        const char *name, *family;
    } kernels[] = {
#define KSIMD_KERNEL(name, family, shape, t) {#name, #family},
#include "kernel_list.h"
#undef KSIMD_KERNEL
    };
    size_t count, checked = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t k = 0; k < sizeof kernels / sizeof *kernels; k++) {
        if (strcmp(kernels[k].family, family) != 0) continue;
        size_t i = 0;
        while (i < count && !(strcmp(cases[i]->family, family) == 0 && strcmp(cases[i]->name, kernels[k].name) == 0))
            i++;
        cr_expect(i < count, "kernel %s has no conformance case", kernels[k].name);
        cr_expect(ksimd_kernel_isa(kernels[k].name) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", kernels[k].name);
        checked++;
    }
    return checked;
}

#endif
