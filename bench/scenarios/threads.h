/* kbench --scenario threads: scaling of large calls with the thread count. */
#ifndef KBENCH_SCENARIO_THREADS_H
#define KBENCH_SCENARIO_THREADS_H

#include <stdio.h>

int kb_scenario_threads(FILE *f, double budget_ms);

#endif
