/* Division by a run-time constant without a divide instruction per element,
 * after Granlund and Montgomery ("Division by invariant integers using
 * multiplication", 1994) as libdivide applies it. Once per call we find M,
 * sh and a flag such that for every unsigned x
 *     t = mulhi(x, M);  q = (t + (((x - t) >> a1) & addmask)) >> sh
 * equals x / m. The three cases share that one formula so the vector loop
 * has no branch:
 *     m a power of two 2^l:  M = 0, addmask = ~0, a1 = 0, sh = l  (x >> l)
 *     magic fits in N bits:  addmask = 0, sh = l               (t >> l)
 *     magic needs N+1 bits:  addmask = ~0, a1 = 1, sh = l      (libdivide's "add" path)
 * Floor division of signed a by d reduces to this with m = |d|: see
 * elementwise.c. Plain C, included by every table. */
#ifndef KSIMD_DIVISOR_H
#define KSIMD_DIVISOR_H

#include <stdint.h>

struct ksimd_udiv32 {
    uint32_t magic, addmask;
    unsigned a1, sh;
};
struct ksimd_udiv64 {
    uint64_t magic, addmask;
    unsigned a1, sh;
};

static inline struct ksimd_udiv32 ksimd_udiv32_make(uint32_t m) /* m >= 1 */
{
    struct ksimd_udiv32 r = {0, ~0u, 0, 0};
    unsigned l = 31u - (unsigned)__builtin_clz(m);
    r.sh = l;
    if ((m & (m - 1)) == 0) return r;
    uint64_t num = (uint64_t)1 << (32 + l);
    uint32_t q = (uint32_t)(num / m), rem = (uint32_t)(num % m);
    if (m - rem < ((uint32_t)1 << l)) {
        r.magic = q + 1, r.addmask = 0, r.a1 = 1;
    } else {
        uint32_t twice = rem + rem;
        r.magic = q + q + (twice >= m || twice < rem) + 1, r.a1 = 1;
    }
    return r;
}

/* q, rem = 2^(64+l) / m, 2^(64+l) % m, for 2^l < m (so q < 2^64). 32-bit
 * targets have no 128-bit integers: there it is long division of the low
 * word's 64 zero bits into the remainder 2^l, a bit a step, once a call. */
static inline void ksimd_div_2pow64_u64(unsigned l, uint64_t m, uint64_t *q, uint64_t *rem)
{
#ifdef __SIZEOF_INT128__
    unsigned __int128 num = (unsigned __int128)1 << (64 + l);
    *q = (uint64_t)(num / m), *rem = (uint64_t)(num % m);
#else
    uint64_t quo = 0, r = (uint64_t)1 << l;
    for (int i = 0; i < 64; i++) {
        uint64_t carry = r >> 63;
        r <<= 1, quo <<= 1;
        if (carry || r >= m) r -= m, quo |= 1;
    }
    *q = quo, *rem = r;
#endif
}

static inline struct ksimd_udiv64 ksimd_udiv64_make(uint64_t m) /* m >= 1 */
{
    struct ksimd_udiv64 r = {0, ~(uint64_t)0, 0, 0};
    unsigned l = 63u - (unsigned)__builtin_clzll(m);
    r.sh = l;
    if ((m & (m - 1)) == 0) return r;
    uint64_t q, rem;
    ksimd_div_2pow64_u64(l, m, &q, &rem);
    if (m - rem < ((uint64_t)1 << l)) {
        r.magic = q + 1, r.addmask = 0, r.a1 = 1;
    } else {
        uint64_t twice = rem + rem;
        r.magic = q + q + (twice >= m || twice < rem) + 1, r.a1 = 1;
    }
    return r;
}

#endif
