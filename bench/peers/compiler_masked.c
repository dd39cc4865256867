/* The `compiler` column for the masked-conditional family: the loops a
 * user would write instead of calling ksimd, built like the elementwise
 * peers (-O3 -ffp-contract=off -fno-math-errno; on x86-64 cloned for
 * AVX-512F, AVX2 and the baseline). Same arguments as the ksimd function,
 * returning void; a ksimd_cmp picks one plain loop per predicate, as a user
 * writing `m[i] = a[i] < b[i]` would get. clip is spelled the way the
 * contract defines it (a < lo ? lo : a > hi ? hi : a). */
#include "compiler.h"

#include "clones.h"

/* Each loop once per type (compiler_masked_t.h). */
#define KSIMD_SKELETON "bench/peers/compiler_masked_t.h"
#include "kernels/foreach_type.h"

/* ---- byte masks ---- */
KB_CLONES void kbcc_mask_and(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] && b[i];
}
KB_CLONES void kbcc_mask_or(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] || b[i];
}
KB_CLONES void kbcc_mask_xor(uint8_t *d, const uint8_t *a, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = !a[i] != !b[i];
}
KB_CLONES void kbcc_mask_not(uint8_t *d, const uint8_t *a, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = !a[i];
}
KB_CLONES void kbcc_count_u8(const uint8_t *m, size_t n, size_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += m[i] != 0;
    *out = k;
}
