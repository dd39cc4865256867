/* group_sum for one float type (the sums have the values' type). reduce.c
 * instantiates this file for f32 and f64 through foreach_type.h. Plain scalar code: the order
 * is the canonical one of reduce.c on every table, and the work is one
 * scattered update per element, which no vector ISA here speeds up. Any
 * real key pattern makes a data-dependent branch mispredict, so the step
 * is branch-free. */

#if !defined(KT) || !defined(T) || !defined(TN)
#error "group_t.h needs KT, T and TN: instantiate it through foreach_type.h"
#endif

/* One compensated step: t = s + x rounded, and TwoSum's exact rounding
 * error (Knuth; no branch, no FMA) added into *e. */
static inline void TN(two_sum_step)(T *s, T *e, T x)
{
    T a = *s, t = a + x, z = t - a;
    *e += (a - (t - z)) + (x - z);
    *s = t;
}

/* An infinite or NaN running sum is already the answer; adding the error
 * term (NaN after inf - inf) would spoil an exact infinity. */
static inline T TN(two_sum_result)(T s, T e) { return s - s == 0 ? s + e : s; }

/* One chunk's partial sums (KGROUP_CHUNK values at most) of groups
 * [g0, g0 + g), each from +0.0 (sc and ec are zeroed first); the counts go
 * into cc, when wanted. whole: every key is in range, no test needed. */
static inline void TN(group_chunk)(T *restrict sc, T *restrict ec, int64_t *restrict cc, const T *v,
                                   const int32_t *keys, size_t n, size_t g0, size_t g, int whole)
{
    for (size_t k = 0; k < g; k++) sc[k] = 0, ec[k] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = (size_t)keys[i] - g0; /* wraps to a huge value below g0 */
        if (!whole && k >= g) continue;
        TN(two_sum_step)(&sc[k], &ec[k], v[i]);
        if (cc) cc[k]++;
    }
}

/* Adds one chunk's partials into the running (s, e) of each group, in chunk
 * order; `last` turns them into the results. */
static inline void TN(group_fold)(T *restrict s, T *restrict e, const T *sc, const T *ec, size_t g, int last)
{
    for (size_t k = 0; k < g; k++) {
        TN(two_sum_step)(&s[k], &e[k], sc[k]);
        e[k] += ec[k];
        if (last) s[k] = TN(two_sum_result)(s[k], e[k]);
    }
}

/* Groups [g0, g0 + g) in one pass over the data, g <= KGROUP_TILE, chunk
 * by chunk. The running sums live in sums[], the counts in counts[] (when
 * wanted); the error terms and one chunk's partials need the stack. */
static inline void TN(group_tile)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t g0,
                                  size_t g, int whole)
{
    T err[KGROUP_TILE], sc[KGROUP_TILE], ec[KGROUP_TILE];
    T *restrict s = sums + g0;
    int64_t *restrict c = counts ? counts + g0 : NULL;
    for (size_t k = 0; k < g; k++) err[k] = 0, s[k] = 0;
    if (c)
        for (size_t k = 0; k < g; k++) c[k] = 0;
    /* n == 0 leaves every sum at +0.0, the result of folding nothing. */
    for (size_t c0 = 0; c0 < n; c0 += KGROUP_CHUNK) {
        size_t cn = n - c0 < KGROUP_CHUNK ? n - c0 : KGROUP_CHUNK;
        TN(group_chunk)(sc, ec, c, v + c0, keys + c0, cn, g0, g, whole);
        TN(group_fold)(s, err, sc, ec, g, c0 + cn >= n);
    }
}

static inline void TN(group_sum)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t ngroups)
{
    if (ngroups <= KGROUP_TILE) {
        TN(group_tile)(sums, counts, v, keys, n, 0, ngroups, 1);
        return;
    }
    for (size_t g0 = 0; g0 < ngroups; g0 += KGROUP_TILE)
        TN(group_tile)(sums, counts, v, keys, n, g0, ngroups - g0 < KGROUP_TILE ? ngroups - g0 : KGROUP_TILE, 0);
}
