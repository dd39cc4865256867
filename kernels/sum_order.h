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
/* Groups per pass over the values: their state lives on the stack. */
#define KGROUP_TILE 1024
/* Keys are checked this many at a time, just before their values are
 * added, while they are in L1 (group_t.h). */
#define KGROUP_CHECK 2048

/* How the kernels read a sum (sum_t.h), shared by every unit that
 * instantiates it (reduce.c, expr.c). */
#define KSUM_LEVELS 54 /* 2^54 blocks of >= 256 elements exceed any address space */
/* Arrays of at least KSUM_STREAM_BYTES (beyond L2 and L3 slices) are read
 * in chunks of KSUM_STREAMS regions (half as many per array for dot) of
 * 2^KSUM_REGION_LOG blocks: 256 KiB each. Same order, same bits; sum_t.h. */
#define KSUM_STREAM_BYTES ((size_t)4 << 20)
#define KSUM_STREAMS 4
#define KSUM_REGION_LOG 7

#endif
