/* Plain-C conformance checks, shared by ksimd-selftest (which users run on
 * their boards and which runs under qemu, where Criterion cannot fork) and
 * by the Criterion suites. A case checks one kernel on the table that is
 * active when it runs; the runners pin each table in turn. */
#ifndef KSIMD_CONFORMANCE_H
#define KSIMD_CONFORMANCE_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"

struct ks_report {
    long passed, failed;
    int quiet;          /* no failure lines at all */
    int max_messages;   /* failure lines printed per report before going quiet */
    int printed;
};

/* Records one check. On failure prints "FAIL [isa] <message>" (up to
 * max_messages of them) to stderr. Returns ok. */
int ks_check(struct ks_report *r, int ok, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

struct ks_case {
    const char *family; /* "elementwise", "masked", "reduce", "strided2d", "math" */
    const char *name;   /* the kernel name without "ksimd_", or a topic */
    void (*run)(struct ks_report *r);
};

/* Each family file defines its NULL-terminated list; conformance.c joins
 * them. Adding a family: one array here and one line in conformance.c. */
extern const struct ks_case ks_elementwise_cases[];

/* Every case of every family, in order; *count receives the number. */
const struct ks_case *const *ks_all_cases(size_t *count);

#endif
