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

static inline struct ksimd_udiv64 ksimd_udiv64_make(uint64_t m) /* m >= 1 */
{
    struct ksimd_udiv64 r = {0, ~(uint64_t)0, 0, 0};
    unsigned l = 63u - (unsigned)__builtin_clzll(m);
    r.sh = l;
    if ((m & (m - 1)) == 0) return r;
    unsigned __int128 num = (unsigned __int128)1 << (64 + l);
    uint64_t q = (uint64_t)(num / m), rem = (uint64_t)(num % m);
    if (m - rem < ((uint64_t)1 << l)) {
        r.magic = q + 1, r.addmask = 0, r.a1 = 1;
    } else {
        uint64_t twice = rem + rem;
        r.magic = q + q + (twice >= m || twice < rem) + 1, r.a1 = 1;
    }
    return r;
}

#endif
