/* The elementwise family under Criterion: every conformance case on every
 * table this CPU can run, the cross-table identity, and a check that every
 * elementwise kernel of the table has a case. The checks themselves are
 * shared with ksimd-selftest (conformance/). */
#include <string.h>

#include "family_suite.h"

KS_FAMILY_CONFORMANCE(elementwise)

Test(elementwise, identity_across_tables) { ks_run_identity("elementwise"); }

/* A kernel added to the family without a case would go untested. */
Test(elementwise, every_kernel_has_a_case)
{
    size_t checked = ks_check_every_kernel_has_a_case("elementwise");
    cr_assert_geq(checked, 66, "the contract has 66 elementwise kernels, the registry %zu", checked);
}
