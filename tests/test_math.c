/* The transcendental family under Criterion: every conformance case on
 * every table this CPU can run, the cross-table identity (with the checksums
 * recorded on x86-64, once), and a check that every transcendental slot of
 * the table has its case. The checks are shared with ksimd-selftest
 * (conformance/math.c); accuracy against MPFR is tests/accuracy. */
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "conformance.h"

enum { MESSAGES = 10 };

/* Indices only: Criterion copies parameters into each test's process. */
struct table_case {
    int index; /* into ks_all_cases() */
    int isa;
};

static void free_params(struct criterion_test_params *crp) { cr_free(crp->params); }

static int is_math(const struct ks_case *c) { return strcmp(c->family, "math") == 0; }

ParameterizedTestParameters(math, conformance)
{
    size_t count, n = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    struct table_case *params = cr_malloc(count * KSIMD_ISA_COUNT * sizeof *params);
    for (size_t i = 0; i < count; i++)
        for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++)
            if (is_math(cases[i]) && ksimd_isa_available((ksimd_isa)isa))
                params[n++] = (struct table_case){(int)i, isa};
    return cr_make_param_array(struct table_case, params, n, free_params);
}

ParameterizedTest(struct table_case *p, math, conformance)
{
    const struct ks_case *c = ks_all_cases(NULL)[p->index];
    const char *isa = ksimd_isa_name((ksimd_isa)p->isa);
    cr_assert_eq(ksimd_isa_set((ksimd_isa)p->isa), KSIMD_OK, "cannot pin available table %s", isa);
    struct ks_report r = {0, 0, 0, MESSAGES, 0};
    c->run(&r);
    cr_assert(r.failed == 0, "%s on %s: %ld of %ld checks failed (FAIL lines above)", c->name, isa, r.failed,
              r.passed + r.failed);
    cr_assert(r.passed > 0, "%s on %s: no check ran", c->name, isa);
}

/* Once, not per table: each case pins every table in turn. */
Test(math, identity_across_tables, .timeout = 120)
{
    const struct ks_case *const *cases = ks_identity_cases(NULL);
    size_t ran = 0;
    for (size_t i = 0; cases[i]; i++) {
        if (!is_math(cases[i])) continue;
        struct ks_report r = {0, 0, 0, MESSAGES, 0};
        cases[i]->run(&r);
        cr_expect(r.failed == 0, "%s: %ld of %ld checks failed (FAIL lines above)", cases[i]->name, r.failed,
                  r.passed + r.failed);
        cr_expect(r.passed > 0, "%s: no check ran", cases[i]->name);
        ran++;
    }
    cr_assert(ran > 0, "no math identity case");
}

/* Every transcendental slot: served by the table, and a case of its name. */
Test(math, every_kernel_has_a_case)
{
    static const char *const kernels[] = {
        "exp_f32", "exp_f64", "log_f32",  "log_f64",  "sin_f32", "sin_f64",
        "cos_f32", "cos_f64", "tanh_f32", "tanh_f64", "pow_f32", "pow_f64",
    };
    size_t count;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t k = 0; k < sizeof kernels / sizeof *kernels; k++) {
        size_t i = 0;
        while (i < count && !(is_math(cases[i]) && strcmp(cases[i]->name, kernels[k]) == 0)) i++;
        cr_expect(i < count, "kernel %s has no case", kernels[k]);
        cr_expect(ksimd_kernel_isa(kernels[k]) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", kernels[k]);
    }
}
