/* The transcendental family under Criterion: every conformance case on
 * every table this CPU can run, the cross-table identity (with the checksums
 * recorded on x86-64, once), and a check that every transcendental slot of
 * the table has its case. The checks are shared with ksimd-selftest
 * (conformance/math.c); accuracy against MPFR is tests/accuracy. */
#include <string.h>

#include "family_suite.h"

ParameterizedTestParameters(math, conformance) { return ks_family_params("math"); }

ParameterizedTest(struct table_case *p, math, conformance) { ks_run_table_case(p); }

Test(math, identity_across_tables, .timeout = 120) { ks_run_identity("math"); }

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
        while (i < count && !(strcmp(cases[i]->family, "math") == 0 && strcmp(cases[i]->name, kernels[k]) == 0)) i++;
        cr_expect(i < count, "kernel %s has no case", kernels[k]);
        cr_expect(ksimd_kernel_isa(kernels[k]) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", kernels[k]);
    }
}
