/* The signature shapes of the kernels kbench times (shapes.c): one
 * kb_shape_<name> per kernel of the registry, with its adaptor. */
#ifndef KBENCH_SHAPES_H
#define KBENCH_SHAPES_H

#include "kbench.h"

#define KSIMD_KERNEL(name, family, shape, t) extern const struct kb_shape kb_shape_##name;
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL

/* kbench's size n as a rows x cols matrix, rows * cols == n: rows is the
 * largest divisor of n that is <= sqrt(n) (1Ki: 32 x 32, 64Ki: 256 x 256,
 * 16Mi: 4096 x 4096, 2Ki: 32 x 64, a prime: 1 x n; 0: 0 x 0). Every 2-D
 * adaptor, ksimd and peer alike, takes its shape from here. */
void kb_matrix_shape(size_t n, size_t *rows, size_t *cols);

#endif
