/* kbench --scenario NAME|all: the article's workloads, ksimd calls beside
 * the plain loop a user would write. */
#ifndef KBENCH_SCENARIOS_H
#define KBENCH_SCENARIOS_H

#include <stdio.h>

#include "options.h"

/* Runs one scenario or all; the exit status (2: unknown name). */
int kb_run_scenarios(const struct kb_options *o, const char *name);

/* One way of doing a scenario's step on its context, n elements. */
typedef void kb_scenario_step(void *ctx, size_t n);
/* ns per element of each way, with kbench's timing (kb_measure: the two
 * take turns batch by batch, median batch; the tables as they are now). */
void kb_scenario_time_two(kb_scenario_step *lib, kb_scenario_step *plain, void *ctx, size_t n, double budget_ms,
                          double ns[2]);
/* "  (ksimd faster)", "  (plain loop faster)" or "  (about the same)" for
 * plain time / ksimd time: within 3% is noise on this kind of machine,
 * not a winner. */
const char *kb_scenario_verdict(double ratio);

#endif
