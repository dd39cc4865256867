/* The masked-conditional family under Criterion: every conformance case on
 * every table this CPU can run, the cross-table identity, and a check that
 * every masked kernel of the table has a case. The checks themselves are
 * shared with ksimd-selftest (conformance/masked.c). */
#include <string.h>

#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include "conformance.h"

enum { MESSAGES = 10 };

/* Indices only: Criterion copies parameters into each test's process,
 * where pointers into this one might not hold. */
struct table_case {
    int index; /* into ks_all_cases() */
    int isa;
};

static void free_params(struct criterion_test_params *crp) { cr_free(crp->params); }

static int is_masked(const struct ks_case *c) { return strcmp(c->family, "masked") == 0; }

ParameterizedTestParameters(masked, conformance)
{
    size_t count, n = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    struct table_case *params = cr_malloc(count * KSIMD_ISA_COUNT * sizeof *params);
    for (size_t i = 0; i < count; i++)
        for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++)
            if (is_masked(cases[i]) && ksimd_isa_available((ksimd_isa)isa))
                params[n++] = (struct table_case){(int)i, isa};
    return cr_make_param_array(struct table_case, params, n, free_params);
}

ParameterizedTest(struct table_case *p, masked, conformance)
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
Test(masked, identity_across_tables)
{
    const struct ks_case *const *cases = ks_identity_cases(NULL);
    size_t ran = 0;
    for (size_t i = 0; cases[i]; i++) {
        if (!is_masked(cases[i])) continue;
        struct ks_report r = {0, 0, 0, MESSAGES, 0};
        cases[i]->run(&r);
        cr_expect(r.failed == 0, "%s: %ld of %ld checks failed (FAIL lines above)", cases[i]->name, r.failed,
                  r.passed + r.failed);
        cr_expect(r.passed > 0, "%s: no check ran", cases[i]->name);
        ran++;
    }
    cr_expect(ran > 0, "no masked identity case is registered");
}

/* The kernels of the masked family in kernel_list.h: a new one without a
 * case would go untested. */
static int masked_kernel(const char *name)
{
    static const char *const prefixes[] = {"cmp_", "where_", "clip_", "compress_", "isnan_", "mask_", "count_"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0) return 1;
    return 0;
}

Test(masked, every_kernel_has_a_case)
{
    static const char *const kernels[] = {
#define KSIMD_KERNEL(name, sig) #name,
#include "kernel_list.h"
#undef KSIMD_KERNEL
    };
    size_t count, checked = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t k = 0; k < sizeof kernels / sizeof *kernels; k++) {
        if (!masked_kernel(kernels[k])) continue;
        size_t i = 0;
        while (i < count && strcmp(cases[i]->name, kernels[k]) != 0) i++;
        cr_expect(i < count, "kernel %s has no conformance case", kernels[k]);
        cr_expect(ksimd_kernel_isa(kernels[k]) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", kernels[k]);
        checked++;
    }
    cr_assert_eq(checked, 27, "the contract has 27 masked kernels, the table %zu", checked);
}
