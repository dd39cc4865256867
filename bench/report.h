/* kbench's output: an aligned table per kernel (text), or one row per
 * kernel x size x contender (--csv, --json) with the machine description. */
#ifndef KBENCH_REPORT_H
#define KBENCH_REPORT_H

#include <stdio.h>

#include "kbench.h"

enum kb_format { KB_TEXT, KB_CSV, KB_JSON };

struct kb_report {
    enum kb_format format;
    FILE *out;
    /* the machine */
    const char *cpu, *version, *default_isa, *tables;
    double copy_gbps;
    size_t copy_bytes;
    double budget_ms;
    /* the columns: the first nksimd contenders are ksimd tables */
    const size_t *sizes;
    int nsizes;
    const char *contender[KB_MAX_CONTENDERS];
    const char *contender_note[KB_MAX_CONTENDERS]; /* how a peer was built; NULL for tables */
    int ncont, nksimd;
    int rows;              /* written so far (JSON separators) */
    long batches, retried; /* totals, for the closing note */
};

void kb_report_begin(struct kb_report *r);
/* t[s * ncont + c]: size s, contender c; ns_per_call == 0 means not run. */
void kb_report_kernel(struct kb_report *r, const struct kb_kernel *k, const struct kb_timing *t);
void kb_report_end(struct kb_report *r);
/* "1 Ki", "64 Ki", "16 Mi", "1 M", "1000" */
void kb_size_label(size_t n, char *buf, size_t len);

#endif
