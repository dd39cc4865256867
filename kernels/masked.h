/* The masked-conditional loop skeletons: the byte-mask ones here, the
 * per-type ones in masked_t.h, included once per element type. */
#ifndef KSIMD_MASKED_H
#define KSIMD_MASKED_H

#include "map.h"

/* ---- byte masks, VL_U8 bytes at a time ---- */

/* d[i] = op(a[i], b[i]) */
static KSIMD_INLINE void mask_map2(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n,
                                   vu8 (*op)(vu8, vu8))
{
    size_t i = 0;
    for (; i + VL_U8 <= n; i += VL_U8) v_store_u8(d + i, op(v_load_u8(a + i), v_load_u8(b + i)));
    if (i < n) v_store_n_u8(d + i, op(v_load_n_u8(a + i, n - i), v_load_n_u8(b + i, n - i)), n - i);
}

/* d[i] = op(a[i]) */
static KSIMD_INLINE void mask_map1(uint8_t *d, const uint8_t *a, size_t n, vu8 (*op)(vu8))
{
    size_t i = 0;
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

/* ---- per element type: KT, T, VT, KVL as in map.h, plus the lane-mask
 * type VM and its suffix MT (m32 for 32-bit lanes, m64 for 64-bit) ---- */

#define KT f32
#define T float
#define VT vf32
#define KVL VL_F32
#define VM vm32
#define MT m32
#include "masked_t.h"
#undef KT
#undef T
#undef VT
#undef KVL
#undef VM
#undef MT

#define KT f64
#define T double
#define VT vf64
#define KVL VL_F64
#define VM vm64
#define MT m64
#include "masked_t.h"
#undef KT
#undef T
#undef VT
#undef KVL
#undef VM
#undef MT

#define KT i32
#define T int32_t
#define VT vi32
#define KVL VL_I32
#define VM vm32
#define MT m32
#include "masked_t.h"
#undef KT
#undef T
#undef VT
#undef KVL
#undef VM
#undef MT

#define KT i64
#define T int64_t
#define VT vi64
#define KVL VL_I64
#define VM vm64
#define MT m64
#include "masked_t.h"
#undef KT
#undef T
#undef VT
#undef KVL
#undef VM
#undef MT

#endif
