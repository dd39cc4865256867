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

/* Non-zero bytes of m[0, n) eight at a time: a byte's top bit is set in
 * (low seven bits + 0x7f) | byte exactly when the byte is non-zero; the
 * multiply sums the eight 0/1 bytes into the top one. */
static inline size_t mask_count_words(const uint8_t *m, size_t n)
{
    const uint64_t low7 = 0x7f7f7f7f7f7f7f7fu, ones = 0x0101010101010101u;
    size_t total = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, m + i, 8);
        total += (size_t)((((((x & low7) + low7) | x) >> 7) & ones) * ones >> 56);
    }
    for (; i < n; i++) total += m[i] != 0;
    return total;
}

/* The number of non-zero bytes of m[0, n). Each byte lane of acc counts at
 * most one per vector, so summing it out every 255 vectors keeps it from
 * wrapping. The tail is the vector ending at n, its lanes before i masked
 * off by a window of mask_count_ramp (64 zeros, then 64 0xff); an array
 * shorter than a vector goes eight bytes at a time. A partial vector's
 * load cost more: on avx2, a copy (no masked byte load), count_u8 took
 * 13 ns at n = 16 (kbench, Zen 4). */
#define KCOUNT_FF8 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
static const uint8_t mask_count_ramp[128] = {[64] = KCOUNT_FF8, KCOUNT_FF8, KCOUNT_FF8, KCOUNT_FF8,
                                             KCOUNT_FF8,        KCOUNT_FF8, KCOUNT_FF8, KCOUNT_FF8};
#undef KCOUNT_FF8
_Static_assert(VL_U8 <= 64, "mask_count_ramp covers a vector");
static inline size_t mask_count_true(const uint8_t *m, size_t n)
{
    if (n < VL_U8) return mask_count_words(m, n);
    size_t total = 0, i = 0;
    while (n - i >= VL_U8) {
        size_t vectors = (n - i) / VL_U8 < 255 ? (n - i) / VL_U8 : 255;
        vu8 acc = v_zero_u8();
        for (size_t j = 0; j < vectors; j++, i += VL_U8) acc = v_add_u8(acc, v_nonzero_u8(v_load_u8(m + i)));
        total += (size_t)v_sum_u8(acc);
    }
    if (i < n)
        total += (size_t)v_sum_u8(
            v_and_u8(v_nonzero_u8(v_load_u8(m + n - VL_U8)), v_load_u8(mask_count_ramp + 64 - VL_U8 + (n - i))));
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
