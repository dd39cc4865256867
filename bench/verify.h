/* Verification: every table and every peer loop against the scalar table. */
#ifndef KBENCH_VERIFY_H
#define KBENCH_VERIFY_H

#include <stdio.h>

#include <ksimd.h>

#include "kbench.h"

/* Checks kernel k on the nisas tables of isas[] (bit for bit) and, when
 * with_peers, on every peer column (as k->peer_ulps and k->peer_finite
 * say), against the scalar table, on inputs with and without special
 * values. Each disagreement is one line on f (when f is not NULL). Sets
 * bit (1 << isa) of *bad_isas for every table that disagreed. Returns the
 * number of disagreements, or -1 when memory runs out. Leaves the scalar
 * table pinned: the caller restores its choice. */
int kb_verify_kernel(FILE *f, const struct kb_kernel *k, const ksimd_isa *isas, int nisas, int with_peers,
                     unsigned *bad_isas);

/* Bytes per output array of kb_verify_outputs. */
#define KB_VERIFY_BYTES (1027 * 8)

/* Calls k once through the tables in use now (no pinning) on the
 * verification inputs (finite, or with special values) and the entry's
 * scalars, into out[0 .. nout), KB_VERIFY_BYTES each. Returns the ksimd
 * status, or -1 when memory runs out. */
int kb_verify_outputs(const struct kb_kernel *k, int finite, void *const *out);

#endif
