/* The avx512 table's hand-tuned kernels; tuned/avx512.h says why each. */
#include "simd/simd.h"

#include "kernels.h"
#include "tuned/avx512.h"

/* Above this many elements the written-once compress is as fast. */
#define COMPRESS_L1_MAX 4096

/* 16 mask bytes to a k-register off port 5: a saturating add of 0x7f sets a
 * byte's top bit exactly when it is non-zero, and vpmovb2m runs on port 0.
 * The vocabulary's vptestmb shares port 5 with vcompress and the mask
 * moves, which bounds an L1-resident loop; in L2 and beyond the written-once
 * loop measured faster, and so did every other masked kernel (where_f32 at
 * 1 Ki lost 15% with this load). */
static inline vm32 mask_load_port0(const uint8_t *p)
{
    return _mm_movepi8_mask(_mm_adds_epu8(_mm_loadu_si128((const __m128i *)p), _mm_set1_epi8(0x7f)));
}

/* The written-once loop (masked_t.h) with that mask load; the tail is the
 * written-once kernel's (in place works: the output cursor stays behind). */
#define COMPRESS_L1(T, sfx)                                                                                            \
    size_t KSIMD_FN(compress_##sfx##_l1)(T * d, const T *a, const uint8_t *m, size_t n)                                \
    {                                                                                                                  \
        if (n > COMPRESS_L1_MAX) return KSIMD_FN(compress_##sfx)(d, a, m, n);                                          \
        size_t k = 0, i = 0;                                                                                           \
        for (; i + VL_F32 <= n; i += VL_F32) {                                                                         \
            vm32 sel = mask_load_port0(m + i);                                                                         \
            size_t got = v_mask_count_m32(sel);                                                                        \
            v_store_n_##sfx(d + k, v_compress_##sfx(v_load_##sfx(a + i), sel), got);                                   \
            k += got;                                                                                                  \
        }                                                                                                              \
        return i == n ? k : k + KSIMD_FN(compress_##sfx)(d + k, a + i, m + i, n - i);                                  \
    }
COMPRESS_L1(float, f32)
COMPRESS_L1(int32_t, i32)
