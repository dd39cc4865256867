/* The reduction family under Criterion: every conformance case on every
 * table this CPU can run, the cross-table identity (largest sizes, once),
 * and a check that every reduction kernel of the table is exercised by the
 * family's cases. The checks themselves are shared with ksimd-selftest
 * (conformance/reduce.c). */
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

static int is_reduce(const struct ks_case *c) { return strcmp(c->family, "reduce") == 0; }

ParameterizedTestParameters(reduce, conformance)
{
    size_t count, n = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    struct table_case *params = cr_malloc(count * KSIMD_ISA_COUNT * sizeof *params);
    for (size_t i = 0; i < count; i++)
        for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++)
            if (is_reduce(cases[i]) && ksimd_isa_available((ksimd_isa)isa))
                params[n++] = (struct table_case){(int)i, isa};
    return cr_make_param_array(struct table_case, params, n, free_params);
}

ParameterizedTest(struct table_case *p, reduce, conformance)
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
Test(reduce, identity_across_tables, .timeout = 120)
{
    const struct ks_case *const *cases = ks_identity_cases(NULL);
    size_t ran = 0;
    for (size_t i = 0; cases[i]; i++) {
        if (!is_reduce(cases[i])) continue;
        struct ks_report r = {0, 0, 0, MESSAGES, 0};
        cases[i]->run(&r);
        cr_expect(r.failed == 0, "%s: %ld of %ld checks failed (FAIL lines above)", cases[i]->name, r.failed,
                  r.passed + r.failed);
        cr_expect(r.passed > 0, "%s: no check ran", cases[i]->name);
        ran++;
    }
    cr_assert(ran > 0, "no reduction identity case");
}

/* The reduction slots of kernel_list.h: each must be served by the table
 * and appear (by name) in the family's case names, which are topics like
 * "sum_dot_f64" or "extremes_f32" covering several kernels. */
Test(reduce, every_kernel_has_a_case)
{
    static const struct {
        const char *name, *topic;
    } kernels[] = {
        {"sum_f32", "sum_dot_f32"},        {"sum_f64", "sum_dot_f64"},         {"sum_i32", "integers"},
        {"sum_i64", "integers"},           {"dot_f32", "sum_dot_f32"},         {"dot_f64", "sum_dot_f64"},
        {"min_f32", "extremes_f32"},       {"min_f64", "extremes_f64"},        {"min_i32", "integers"},
        {"min_i64", "integers"},           {"max_f32", "extremes_f32"},        {"max_f64", "extremes_f64"},
        {"max_i32", "integers"},           {"max_i64", "integers"},            {"argmin_f32", "extremes_f32"},
        {"argmin_f64", "extremes_f64"},    {"argmin_i32", "integers"},         {"argmin_i64", "integers"},
        {"argmax_f32", "extremes_f32"},    {"argmax_f64", "extremes_f64"},     {"argmax_i32", "integers"},
        {"argmax_i64", "integers"},        {"group_sum_f32", "group_sum_f32"}, {"group_sum_f64", "group_sum_f64"},
        {"group_sum_i64", "group_sum_statuses"},
    };
    size_t count;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t k = 0; k < sizeof kernels / sizeof *kernels; k++) {
        size_t i = 0;
        while (i < count && !(is_reduce(cases[i]) && strcmp(cases[i]->name, kernels[k].topic) == 0)) i++;
        cr_expect(i < count, "kernel %s: no case %s", kernels[k].name, kernels[k].topic);
        cr_expect(ksimd_kernel_isa(kernels[k].name) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", kernels[k].name);
    }
}
