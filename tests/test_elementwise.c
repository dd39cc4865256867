/* The elementwise family under Criterion: every conformance case on every
 * table this CPU can run, the cross-table identity, and a check that every
 * elementwise kernel of the table has a case. The checks themselves are
 * shared with ksimd-selftest (conformance/). */
#include <string.h>

#include "family_suite.h"

ParameterizedTestParameters(elementwise, conformance) { return ks_family_params("elementwise"); }

ParameterizedTest(struct table_case *p, elementwise, conformance) { ks_run_table_case(p); }

Test(elementwise, identity_across_tables) { ks_run_identity("elementwise"); }

/* The signature shapes of the elementwise family in kernel_list.h. */
static int elementwise_signature(const char *sig)
{
    static const char *const shapes[] = {"unary_", "binary_", "scalar_", "axpb_", "ternary_"};
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++)
        if (strncmp(sig, shapes[i], strlen(shapes[i])) == 0) return 1;
    return 0;
}

/* A kernel of an elementwise shape added to the table without a case
 * would go untested (transcendentals share the shapes; their cases may
 * live in another family). */
Test(elementwise, every_kernel_has_a_case)
{
    static const struct {
        const char *name, *sig;
    } kernels[] = {
#define KSIMD_KERNEL(name, sig) {#name, #sig},
#include "kernel_list.h"
#undef KSIMD_KERNEL
    };
    size_t count, checked = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t k = 0; k < sizeof kernels / sizeof *kernels; k++) {
        if (!elementwise_signature(kernels[k].sig)) continue;
        size_t i = 0;
        while (i < count && strcmp(cases[i]->name, kernels[k].name) != 0) i++;
        cr_expect(i < count, "kernel %s has no conformance case", kernels[k].name);
        cr_expect(ksimd_kernel_isa(kernels[k].name) != NULL, "ksimd_kernel_isa(\"%s\") is NULL",
                  kernels[k].name);
        checked++;
    }
    cr_assert_geq(checked, 66,
                  "the contract has 66 elementwise kernels besides the transcendentals, the table %zu",
                  checked);
}
