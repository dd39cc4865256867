/* kbench --scenario NAME|all: the article's workloads, ksimd calls beside
 * the plain loop a user would write. */
#ifndef KBENCH_SCENARIOS_H
#define KBENCH_SCENARIOS_H

#include <stdio.h>

#include "options.h"

/* Runs one scenario or all; the exit status (2: unknown name). */
int kb_run_scenarios(const struct kb_options *o, const char *name);

#endif
