/* group_sum for one float type (the sums have the values' type). reduce.c
 * includes this file with KT and T defined. Plain scalar code: the order
 * is the canonical one of reduce.c on every table, and the work is one
 * scattered update per element, which no vector ISA here speeds up. */

#define TN(name) KSIMD_PASTE(name, , KT)

/* Neumaier's compensated step: *s + x, with the rounding error of each
 * step collected in *c. */
static inline void TN(neumaier)(T *s, T *c, T x)
{
    T t = *s + x;
    if ((*s < 0 ? -*s : *s) >= (x < 0 ? -x : x))
        *c += (*s - t) + x;
    else
        *c += (x - t) + *s;
    *s = t;
}

/* An infinite or NaN running sum is already the answer; adding the
 * compensation (NaN after inf - inf) would spoil an exact infinity. */
static inline T TN(neumaier_result)(T s, T c) { return s - s == 0 ? s + c : s; }

/* Groups [g0, g0 + g) in one pass over the data, g <= KGROUP_TILE. The
 * compensated sum lives in sums[] itself; the open block, compensation
 * and count of each group live on the stack. */
static inline void TN(group_tile)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n,
                                  size_t g0, size_t g)
{
    T block[KGROUP_TILE], comp[KGROUP_TILE];
    int64_t count[KGROUP_TILE];
    for (size_t k = 0; k < g; k++) block[k] = 0, comp[k] = 0, count[k] = 0, sums[g0 + k] = 0;
    T *s = sums + g0;
    for (size_t i = 0; i < n; i++) {
        size_t k = (size_t)keys[i] - g0; /* wraps to a huge value below g0 */
        if (k >= g) continue;
        block[k] = block[k] + v[i];
        if ((++count[k] & (KGROUP_BLOCK - 1)) == 0) {
            TN(neumaier)(&s[k], &comp[k], block[k]);
            block[k] = 0;
        }
    }
    for (size_t k = 0; k < g; k++) {
        if (count[k] & (KGROUP_BLOCK - 1)) TN(neumaier)(&s[k], &comp[k], block[k]);
        s[k] = TN(neumaier_result)(s[k], comp[k]);
        if (counts) counts[g0 + k] = count[k];
    }
}

static inline void TN(group_sum)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n,
                                 size_t ngroups)
{
    for (size_t g0 = 0; g0 < ngroups; g0 += KGROUP_TILE)
        TN(group_tile)(sums, counts, v, keys, n, g0, ngroups - g0 < KGROUP_TILE ? ngroups - g0 : KGROUP_TILE);
}

#undef TN
