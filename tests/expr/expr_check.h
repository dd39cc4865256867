/* The differential check of generated expressions: compile the text (which
 * must succeed, with the type and reduction the generator expects), then for
 * each length evaluate on every available table, aligned, misaligned (every
 * array one element past an aligned start) and in place (dst equal to an
 * input of the result's type), and compare with the one-kernel-at-a-time
 * reference bit for bit (any NaN equals any NaN), and its floating-point
 * flags (all but FE_INEXACT) with the reference's: the flags of the same
 * operations one kernel at a time. Equal to the reference on every table
 * means equal across tables. Shared by the Criterion suite
 * (tests/test_expr.c), ksimd-selftest and the fuzzers (tests/fuzz/). */
#ifndef KSIMD_EXPR_CHECK_H
#define KSIMD_EXPR_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "expr_gen.h"

/* The lengths of the full sweep: 0, 1, every tail up to 3 * 64 + 1, block
 * boundaries from 255 to 8193 and 70001. A sample takes 0, 1, three tails,
 * one boundary, one length around a multiple of a power of two, and one
 * time in 32 the long one. */
enum { EC_SWEEP_SMALL = 3 * 64 + 2, EC_LONG = 70001 };

struct ec_options {
    int full_sweep;   /* every length; otherwise a sample drawn from the seed */
    unsigned tables;  /* bit i set: check table i (when available); 0: every table */
    int max_messages; /* failure lines to print per ec_stats before going quiet */
    FILE *log;        /* failure lines; NULL: stderr */
};

struct ec_stats {
    long passed, failed; /* compile and types; each (length, table, layout); inputs left alone */
    long expressions;
    int printed;
};

/* Generates the expression of seed and checks it; adds to *st. Returns the
 * number of failed checks. Leaves the active table as it found it. */
long ec_check_seed(uint64_t seed, const struct ec_options *o, struct ec_stats *st);

/* The same for an expression already generated, its input values drawn from
 * value_seed, over the lengths ns[0, count). */
long ec_check_expr(const struct eg_expr *e, uint64_t value_seed, const size_t *ns, size_t count,
                   const struct ec_options *o, struct ec_stats *st);

/* The lengths ec_check_seed uses for seed (all of them with full_sweep);
 * writes at most cap (EC_MAX_LENGTHS is enough), returns the count. */
enum { EC_MAX_LENGTHS = EC_SWEEP_SMALL + 32 };
size_t ec_lengths(uint64_t seed, int full_sweep, size_t *ns, size_t cap);

/* Fills p[0, n) with input values of type t drawn from *state (NaN,
 * infinities, signed zeros, subnormals, integer extremes, zeros for array
 * divisors, bool bytes other than 0 and 1). */
void ec_fill(void *p, ksimd_dtype t, size_t n, uint64_t *state);

/* The first index where got differs from want (n elements of t): bits,
 * except that any NaN equals any NaN. n when none. */
size_t ec_first_difference(ksimd_dtype t, const void *want, const void *got, size_t n);
/* Element i of p for a message: "%a [bits]" for floats. */
void ec_show(char *buf, size_t size, ksimd_dtype t, const void *p, size_t i);

/* For libFuzzer targets: the input bytes choose the expression (each byte a
 * generator choice, see eg_source_bytes) and, hashed, the input values and
 * a sample of lengths; the check then runs on every table. Returns 0 when
 * every check passed; otherwise prints the failures (with the expression)
 * on stderr and returns non-zero, and the caller should abort() so that
 * libFuzzer keeps the input. */
int ksimd_expr_gen_check_bytes(const uint8_t *data, size_t size);

#endif
