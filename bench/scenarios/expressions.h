/* kbench --scenario expressions: compiled expressions against their plain
 * loops (expressions.c). */
#ifndef KBENCH_SCENARIO_EXPRESSIONS_H
#define KBENCH_SCENARIO_EXPRESSIONS_H

#include <stdio.h>

#include "options.h"

/* Prints the table on f; --size, --threads and --time (budget_ms) apply.
 * Returns 0, or -1 when memory runs out or an expression fails to compile,
 * fails to evaluate or gives another result than its check expects (one
 * line on stderr each, and the row says so). */
int kb_scenario_expressions(FILE *f, double budget_ms, const struct kb_options *o);

#endif
