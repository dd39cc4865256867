/* The strided 2-D family under Criterion: every conformance case on every
 * table this CPU can run, the cross-table identity (once), and a check that
 * every kernel of the family is served by the table. The checks themselves
 * are shared with ksimd-selftest (conformance/strided2d.c). */
#include <stdio.h>
#include <string.h>

#include "family_suite.h"

static int is_strided2d(const struct ks_case *c) { return strcmp(c->family, "strided2d") == 0; }

ParameterizedTestParameters(strided2d, conformance) { return ks_family_params("strided2d"); }

ParameterizedTest(struct table_case *p, strided2d, conformance, .timeout = 120) { ks_run_table_case(p); }

Test(strided2d, identity_across_tables, .timeout = 120) { ks_run_identity("strided2d"); }

/* Every slot of the family is served, and every type has its case. */
Test(strided2d, every_kernel_has_a_case)
{
    static const char *const types[] = {"f32", "f64", "i32", "i64"};
    static const char *const kernels[] = {"copy2d", "binary2d", "sum_axis", "min_axis", "max_axis"};
    size_t count;
    const struct ks_case *const *cases = ks_all_cases(&count);
    for (size_t t = 0; t < 4; t++) {
        char topic[32], name[32];
        snprintf(topic, sizeof topic, "strided2d_%s", types[t]);
        size_t i = 0;
        while (i < count && !(is_strided2d(cases[i]) && strcmp(cases[i]->name, topic) == 0)) i++;
        cr_expect(i < count, "no case %s", topic);
        for (size_t k = 0; k < 5; k++) {
            snprintf(name, sizeof name, "%s_%s", kernels[k], types[t]);
            cr_expect(ksimd_kernel_isa(name) != NULL, "ksimd_kernel_isa(\"%s\") is NULL", name);
        }
    }
}
