/* The transcendental family under Criterion: every conformance case on
 * every table this CPU can run, the cross-table identity (with the checksums
 * recorded on x86-64, once), and a check that every transcendental slot of
 * the table has its case. The checks are shared with ksimd-selftest
 * (conformance/math.c); accuracy against MPFR is tests/accuracy. */
#include <string.h>

#include "family_suite.h"

KS_FAMILY_CONFORMANCE(math)

Test(math, identity_across_tables, .timeout = 120) { ks_run_identity("math"); }

/* Every transcendental slot: served by the table, and a case of its name. */
Test(math, every_kernel_has_a_case)
{
    size_t checked = ks_check_every_kernel_has_a_case("math");
    cr_assert_geq(checked, 12, "the contract has 12 transcendental kernels, the registry %zu", checked);
}
