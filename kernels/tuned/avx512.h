/* Hand-tuned slots of the avx512 table (kernels/table.c), each with the
 * kbench figures that justify it. */
#ifndef KSIMD_TUNED_AVX512_H
#define KSIMD_TUNED_AVX512_H

#include <stddef.h>
#include <stdint.h>

/* compress on 4-byte lanes, L1-sized calls (tuned/avx512.c). kbench
 * --isa avx512 --kernel 'compress_f32' on a Sapphire Rapids VM, ns/element,
 * written-once kernel -> this one, Highway's CompressBlendedStore beside:
 *   1 Ki 0.077 -> 0.067 (Highway 0.071); 4 Ki 0.073 -> 0.062.
 * From 8 Ki on the written-once kernel is as fast or faster (32 Ki 0.073
 * against 0.086; 64 Ki 0.075 against 0.083, Highway 0.075), so larger calls
 * go to it. */
size_t KSIMD_FN(compress_f32_l1)(float *d, const float *a, const uint8_t *m, size_t n);
size_t KSIMD_FN(compress_i32_l1)(int32_t *d, const int32_t *a, const uint8_t *m, size_t n);

#define KSIMD_TUNED_SLOTS .compress_f32 = KSIMD_FN(compress_f32_l1), .compress_i32 = KSIMD_FN(compress_i32_l1),

#endif
