/* The masked-conditional family under Criterion: every conformance case on
 * every table this CPU can run, the cross-table identity, and a check that
 * every masked kernel of the table has a case. The checks themselves are
 * shared with ksimd-selftest (conformance/masked.c). */
#include <string.h>

#include "family_suite.h"

KS_FAMILY_CONFORMANCE(masked)

Test(masked, identity_across_tables) { ks_run_identity("masked"); }

/* A kernel added to the family without a case would go untested. */
Test(masked, every_kernel_has_a_case)
{
    size_t checked = ks_check_every_kernel_has_a_case("masked");
    cr_assert_geq(checked, 27, "the contract has 27 masked kernels, the registry %zu", checked);
}
