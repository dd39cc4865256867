/* The masked-conditional family under Criterion: every conformance case on
 * every table this CPU can run, the cross-table identity, and a check that
 * every masked kernel of the table has a case. The checks themselves are
 * shared with ksimd-selftest (conformance/masked.c). */
#include <string.h>

#include "family_suite.h"

ParameterizedTestParameters(masked, conformance) { return ks_family_params("masked"); }

ParameterizedTest(struct table_case *p, masked, conformance) { ks_run_table_case(p); }

Test(masked, identity_across_tables) { ks_run_identity("masked"); }

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
