/* The peer columns: other ways to compute what a ksimd kernel computes,
 * timed in the same run so that their ratios hold on a noisy machine. */
#ifndef KBENCH_PEERS_H
#define KBENCH_PEERS_H

#include "kbench.h"

struct kb_peer {
    const char *name;                         /* the column: "compiler", "compiler-fastmath", ... */
    const char *description;                  /* how it was built, for the header and --help */
    kb_fn (*find)(const struct kb_kernel *k); /* NULL: no such loop for k */
};

/* The peers of this build and CPU, in column order. */
int kb_peer_count(void);
const struct kb_peer *kb_peer_at(int i);

#endif
