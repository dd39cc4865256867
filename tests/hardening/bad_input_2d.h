/* The strided 2-D traversals' part of ksimd-bad-input (bad_input_2d.c). */
#ifndef KSIMD_BAD_INPUT_2D_H
#define KSIMD_BAD_INPUT_2D_H

#include <stddef.h>

#include "conformance.h"

void ks_bad_input_2d(struct ks_report *r);   /* every case, on the active table */
int ks_bad_input_2d_known(const char *name); /* name without "ksimd_" */
size_t ks_bad_input_2d_count(void);

#endif
