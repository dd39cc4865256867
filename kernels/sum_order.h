/* The sizes of the canonical float sum orders (reduce.c states them): V
 * virtual lanes, blocks of V * KSUM_BLOCK elements, group_sum's chunks. Shared by the
 * kernels (sum_t.h) and the entry points that split a sum across threads
 * into whole subtrees of blocks (dispatch/split.h). */
#ifndef KSIMD_SUM_ORDER_H
#define KSIMD_SUM_ORDER_H

#define KSUM_V_f32 64 /* virtual lanes: four AVX-512 registers */
#define KSUM_V_f64 32
#define KSUM_BLOCK 8 /* terms each lane adds in a row */

/* group_sum's chunks: values folded per group chunk by chunk (reduce.c). */
#define KGROUP_CHUNK ((size_t)1 << 16)

#endif
