/* kbench's command line. */
#ifndef KBENCH_OPTIONS_H
#define KBENCH_OPTIONS_H

#include <ksimd.h>

#include "report.h"

#define KB_MAX_SIZES 32

struct kb_options {
    const struct kb_kernel **kernels; /* selected, in list order */
    size_t nkernels;
    ksimd_isa isas[KSIMD_ISA_COUNT]; /* selected tables, in enum order */
    int nisas;
    unsigned isa_mask; /* the same, as bits 1 << isa */
    int with_default;  /* a "default" column too: the tables served by default */
    size_t sizes[KB_MAX_SIZES];
    int nsizes;
    size_t threads[KB_MAX_SIZES]; /* --threads: ksimd_threads_set for each run */
    int nthreads;
    double time_ms;
    int time_given, sizes_given;
    enum kb_format format;
    int quiet, list, verify, help, cpu, tune;
    const char *explain;       /* --explain KERNEL */
    const char *scenario;      /* --scenario NAME|all */
    const char *output;        /* -o PATH (--tune) */
    const char *check_profile; /* --check-profile PATH */
};

/* Parses argv into o. On bad input prints one line on stderr and returns
 * 2 (the exit status); 0 otherwise. */
int kb_parse_options(int argc, char **argv, struct kb_options *o);
void kb_print_help(FILE *f);

#endif
