/* The `compiler` peer loops of the masked-conditional family
 * (compiler_masked.c): the ksimd function's arguments, returning void. */
#ifndef KBENCH_PEER_COMPILER_MASKED_H
#define KBENCH_PEER_COMPILER_MASKED_H

#include <stddef.h>
#include <stdint.h>

#include <ksimd.h>

void kbcc_cmp_f32(uint8_t *m, const float *a, const float *b, ksimd_cmp op, size_t n);
void kbcc_cmp_scalar_f32(uint8_t *m, const float *a, float s, ksimd_cmp op, size_t n);
void kbcc_where_f32(float *d, const uint8_t *m, const float *a, const float *b, size_t n);
void kbcc_clip_f32(float *d, const float *a, float lo, float hi, size_t n);
void kbcc_compress_f32(float *d, const float *a, const uint8_t *m, size_t n, size_t *count);
void kbcc_isnan_f32(uint8_t *m, const float *a, size_t n);
void kbcc_cmp_f64(uint8_t *m, const double *a, const double *b, ksimd_cmp op, size_t n);
void kbcc_cmp_scalar_f64(uint8_t *m, const double *a, double s, ksimd_cmp op, size_t n);
void kbcc_where_f64(double *d, const uint8_t *m, const double *a, const double *b, size_t n);
void kbcc_clip_f64(double *d, const double *a, double lo, double hi, size_t n);
void kbcc_compress_f64(double *d, const double *a, const uint8_t *m, size_t n, size_t *count);
void kbcc_isnan_f64(uint8_t *m, const double *a, size_t n);
void kbcc_cmp_i32(uint8_t *m, const int32_t *a, const int32_t *b, ksimd_cmp op, size_t n);
void kbcc_cmp_scalar_i32(uint8_t *m, const int32_t *a, int32_t s, ksimd_cmp op, size_t n);
void kbcc_where_i32(int32_t *d, const uint8_t *m, const int32_t *a, const int32_t *b, size_t n);
void kbcc_clip_i32(int32_t *d, const int32_t *a, int32_t lo, int32_t hi, size_t n);
void kbcc_compress_i32(int32_t *d, const int32_t *a, const uint8_t *m, size_t n, size_t *count);
void kbcc_cmp_i64(uint8_t *m, const int64_t *a, const int64_t *b, ksimd_cmp op, size_t n);
void kbcc_cmp_scalar_i64(uint8_t *m, const int64_t *a, int64_t s, ksimd_cmp op, size_t n);
void kbcc_where_i64(int64_t *d, const uint8_t *m, const int64_t *a, const int64_t *b, size_t n);
void kbcc_clip_i64(int64_t *d, const int64_t *a, int64_t lo, int64_t hi, size_t n);
void kbcc_compress_i64(int64_t *d, const int64_t *a, const uint8_t *m, size_t n, size_t *count);
void kbcc_mask_and(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n);
void kbcc_mask_or(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n);
void kbcc_mask_xor(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n);
void kbcc_mask_not(uint8_t *d, const uint8_t *a, size_t n);
void kbcc_count_u8(const uint8_t *m, size_t n, size_t *out);

#endif
