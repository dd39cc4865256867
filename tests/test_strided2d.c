/* The strided 2-D family under Criterion: every conformance case on every
 * table this CPU can run, the cross-table identity (once), and a check that
 * every kernel of the family is served by the table. The checks themselves
 * are shared with ksimd-selftest (conformance/strided2d.c). */
#include <stdio.h>
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

static int is_strided2d(const struct ks_case *c) { return strcmp(c->family, "strided2d") == 0; }

ParameterizedTestParameters(strided2d, conformance)
{
    size_t count, n = 0;
    const struct ks_case *const *cases = ks_all_cases(&count);
    struct table_case *params = cr_malloc(count * KSIMD_ISA_COUNT * sizeof *params);
    for (size_t i = 0; i < count; i++)
        for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++)
            if (is_strided2d(cases[i]) && ksimd_isa_available((ksimd_isa)isa))
                params[n++] = (struct table_case){(int)i, isa};
    return cr_make_param_array(struct table_case, params, n, free_params);
}

ParameterizedTest(struct table_case *p, strided2d, conformance, .timeout = 120)
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
Test(strided2d, identity_across_tables, .timeout = 120)
{
    const struct ks_case *const *cases = ks_identity_cases(NULL);
    size_t ran = 0;
    for (size_t i = 0; cases[i]; i++) {
        if (!is_strided2d(cases[i])) continue;
        struct ks_report r = {0, 0, 0, MESSAGES, 0};
        cases[i]->run(&r);
        cr_expect(r.failed == 0, "%s: %ld of %ld checks failed (FAIL lines above)", cases[i]->name, r.failed,
                  r.passed + r.failed);
        cr_expect(r.passed > 0, "%s: no check ran", cases[i]->name);
        ran++;
    }
    cr_assert(ran > 0, "no strided2d identity case");
}

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
