/* What kbench knows about the machine: the CPU model, memory, caches, the
 * features that matter and the tables (kbench --cpu). */
#ifndef KBENCH_MACHINE_H
#define KBENCH_MACHINE_H

#include <stddef.h>
#include <stdio.h>

void kb_cpu_model(char *buf, size_t len);  /* "AMD EPYC 7B13", or "unknown CPU" */
size_t kb_phys_memory(void);               /* bytes; SIZE_MAX when unknown */
void kb_table_list(char *buf, size_t len); /* "scalar sse4.2 avx2" */
/* Prints the --cpu report on f. */
void kb_print_cpu(FILE *f);

#endif
