/* The masked-conditional loop skeletons: the byte-mask ones here, the
 * per-type ones in masked_t.h, included once per element type. */
#ifndef KSIMD_MASKED_H
#define KSIMD_MASKED_H

#include "map.h"

/* ---- byte masks, VL_U8 bytes at a time ---- */

/* d[i] = op(a[i], b[i]); arrays past L2 load with v_load_far. */
static KSIMD_INLINE void mask_map2(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n, vu8 (*op)(vu8, vu8))
{
    size_t i = 0;
    if (n >= KSIMD_FAR_BYTES)
        for (; i + VL_U8 <= n; i += VL_U8) v_store_u8(d + i, op(v_load_far_u8(a + i), v_load_far_u8(b + i)));
    for (; i + VL_U8 <= n; i += VL_U8) v_store_u8(d + i, op(v_load_u8(a + i), v_load_u8(b + i)));
    if (i < n) v_store_n_u8(d + i, op(v_load_n_u8(a + i, n - i), v_load_n_u8(b + i, n - i)), n - i);
}

/* d[i] = op(a[i]) */
static KSIMD_INLINE void mask_map1(uint8_t *d, const uint8_t *a, size_t n, vu8 (*op)(vu8))
{
    size_t i = 0;
    if (n >= KSIMD_FAR_BYTES)
        for (; i + VL_U8 <= n; i += VL_U8) v_store_u8(d + i, op(v_load_far_u8(a + i)));
    for (; i + VL_U8 <= n; i += VL_U8) v_store_u8(d + i, op(v_load_u8(a + i)));
    if (i < n) v_store_n_u8(d + i, op(v_load_n_u8(a + i, n - i)), n - i);
}

/* The number of non-zero bytes of m[0, n). Each byte lane of acc counts at
 * most one per vector, so summing it out every 255 vectors keeps it from
 * wrapping; the tail's zero fill counts nothing. */
static inline size_t mask_count_true(const uint8_t *m, size_t n)
{
    size_t total = 0, i = 0;
    while (n - i >= VL_U8) {
        size_t vectors = (n - i) / VL_U8 < 255 ? (n - i) / VL_U8 : 255;
        vu8 acc = v_zero_u8();
        for (size_t j = 0; j < vectors; j++, i += VL_U8) acc = v_add_u8(acc, v_nonzero_u8(v_load_u8(m + i)));
        total += (size_t)v_sum_u8(acc);
    }
    if (i < n) total += (size_t)v_sum_u8(v_nonzero_u8(v_load_n_u8(m + i, n - i)));
    return total;
}

/* Integer clip is max-then-min; floats use the vocabulary's v_clip, which
 * keeps NaN and keeps an a equal to a bound. */
static inline vi32 v_clip_i32(vi32 a, vi32 lo, vi32 hi) { return v_min_i32(v_max_i32(a, lo), hi); }
static inline vi64 v_clip_i64(vi64 a, vi64 lo, vi64 hi) { return v_min_i64(v_max_i64(a, lo), hi); }
/* A value is NaN exactly when it is unordered with itself. */
static inline vm32 v_isnan_mask_f32(vf32 a) { return v_unord_mask_f32(a, a); }
static inline vm64 v_isnan_mask_f64(vf64 a) { return v_unord_mask_f64(a, a); }

/* ---- per element type (masked_t.h) ---- */
#define KSIMD_SKELETON "masked_t.h"
#include "foreach_type.h"

#endif
