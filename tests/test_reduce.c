/* The reduction family under Criterion: every conformance case on every
 * table this CPU can run, the cross-table identity (largest sizes, once),
 * and a check that every reduction kernel of the table is exercised by the
 * family's cases. The checks themselves are shared with ksimd-selftest
 * (conformance/reduce.c). */
#include <string.h>

#include "family_suite.h"

KS_FAMILY_CONFORMANCE(reduce)

Test(reduce, identity_across_tables, .timeout = 120) { ks_run_identity("reduce"); }

/* The reduction slots of kernel_list.h: each must be served by the table
 * and appear (by name) in the family's case names, which are topics like
 * "sum_dot_f64" or "extremes_f32" covering several kernels. */
Test(reduce, every_kernel_has_a_case)
{
    static const struct {
        const char *name, *topic;
    } kernels[] = {
        {"sum_f32", "sum_dot_f32"},
        {"sum_f64", "sum_dot_f64"},
        {"sum_i32", "integers"},
        {"sum_i64", "integers"},
        {"dot_f32", "sum_dot_f32"},
        {"dot_f64", "sum_dot_f64"},
        {"min_f32", "extremes_f32"},
        {"min_f64", "extremes_f64"},
        {"min_i32", "integers"},
        {"min_i64", "integers"},
        {"max_f32", "extremes_f32"},
        {"max_f64", "extremes_f64"},
        {"max_i32", "integers"},
        {"max_i64", "integers"},
        {"argmin_f32", "extremes_f32"},
        {"argmin_f64", "extremes_f64"},
        {"argmin_i32", "integers"},
        {"argmin_i64", "integers"},
        {"argmax_f32", "extremes_f32"},
        {"argmax_f64", "extremes_f64"},
        {"argmax_i32", "integers"},
        {"argmax_i64", "integers"},
        {"group_sum_f32", "group_sum_f32"},
        {"group_sum_f64", "group_sum_f64"},
        {"group_sum_i64", "group_sum_statuses"},
    };
    size_t count;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t k = 0; k < sizeof kernels / sizeof *kernels; k++) {
        size_t i = 0;
        while (i < count && !(strcmp(cases[i]->family, "reduce") == 0 && strcmp(cases[i]->name, kernels[k].topic) == 0))
            i++;
        cr_expect(i < count, "kernel %s: no case %s", kernels[k].name, kernels[k].topic);
        cr_expect(ksimd_kernel_isa(kernels[k].name) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", kernels[k].name);
    }
}
