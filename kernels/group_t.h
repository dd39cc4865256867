/* group_sum for one type. reduce.c instantiates this file for f32, f64
 * and i64 through foreach_type.h. Plain scalar code: every table performs
 * the same additions (docs/reductions.md has the order), and the work is
 * one scattered update per value, which no vector ISA here speeds up.
 *
 * - f32 and i64 keep a group's {sum, count} of a chunk in one two-lane
 *   slot (double for f32, uint64_t for i64), so that a value costs one
 *   load, one add and one store, where the plain loop
 *   `sums[k] += v; counts[k]++` costs two of each. f32 values are added in
 *   double and rounded once at the end, which is more accurate than any
 *   float order; i64 sums wrap, so their order is free.
 * - f64 goes through compensated summation (TwoSum), the count apart.
 *
 * Keys are checked KGROUP_CHECK at a time, just before their values are
 * added (they are in L1 then), by one unsigned maximum. The state of the
 * groups lives on the stack and reaches sums and counts only when every
 * key was in range, so a bad key leaves them untouched without a separate
 * pass over the keys. Each function that checks returns nonzero at a key
 * outside [0, ngroups). */

#if !defined(KT) || !defined(T) || !defined(TN)
#error "group_t.h needs KT, T and TN: instantiate it through foreach_type.h"
#endif

#ifndef KSIMD_GROUP_T_ONCE
#define KSIMD_GROUP_T_ONCE
typedef double gslot_wide __attribute__((vector_size(16)));   /* f32: {sum, count} */
typedef uint64_t gslot_wrap __attribute__((vector_size(16))); /* i64: {sum, count} */

static inline int group_keys_bad(const int32_t *keys, size_t n, size_t ngroups)
{
    uint32_t top = 0; /* a negative key is above any count of groups */
    for (size_t i = 0; i < n; i++) top = (uint32_t)keys[i] > top ? (uint32_t)keys[i] : top;
    return n && top >= ngroups;
}

/* Values are read a check block ahead, so that each loop asks DRAM for
 * the next block while it adds this one: a hardware prefetcher alone left
 * group_sum_f32 at 16 Mi 0.85x the plain loop, the prefetch made it 1.17x
 * (Sapphire Rapids, docs/reductions.md). Integer arithmetic: a prefetch
 * never faults, a pointer past the array would be UB. */
static inline void group_prefetch(const void *p, size_t i, size_t size)
{
    __builtin_prefetch((const void *)((uintptr_t)p + (i + KGROUP_CHECK) * size));
}

/* The part of [c0, n) checked and summed next: at most KGROUP_CHECK keys. */
static inline size_t group_step(size_t c0, size_t n) { return n - c0 < KGROUP_CHECK ? n - c0 : KGROUP_CHECK; }

/* One compensated step: t = s + x rounded, and TwoSum's exact rounding
 * error (Knuth; no branch, no FMA) added into *e. */
static inline void group_two_sum(double *s, double *e, double x)
{
    double a = *s, t = a + x, z = t - a;
    *e += (a - (t - z)) + (x - z);
    *s = t;
}
#endif

#define GROUP_KIND_f32 1 /* wide slots */
#define GROUP_KIND_i64 2 /* wrapping slots */
#define GROUP_KIND_f64 3 /* compensated */
#define GKIND KSIMD_CAT(GROUP_KIND_, KT)

#if GKIND == 1 || GKIND == 2
#if GKIND == 1
typedef gslot_wide TN(gslot);
typedef float TN(gpair) __attribute__((vector_size(8)));
#define GSLOT_OF(x) ((gslot_wide){(double)(x), 1.0})
#define GSLOT_WIDEN(p) __builtin_convertvector(p, gslot_wide)
#else
typedef gslot_wrap TN(gslot);
typedef uint64_t TN(gpair) __attribute__((vector_size(16)));
#define GSLOT_OF(x) ((gslot_wrap){(uint64_t)(x), 1})
#define GSLOT_WIDEN(p) (p)
#endif

/* Values i and i + 1 into their slots, in that order (the keys may be
 * equal): one load and a shuffle each, where two single values take a
 * load and an insert each. */
static inline void TN(group_add2)(TN(gslot) * sl, const T *v, const int32_t *k)
{
    TN(gpair) p;
    memcpy(&p, v, sizeof p);
    TN(gslot) x = GSLOT_WIDEN(p), one = {1, 1};
    sl[k[0]] += __builtin_shufflevector(x, one, 0, 2);
    sl[k[1]] += __builtin_shufflevector(x, one, 1, 3);
}

/* Adds values [0, n) of groups [g0, g0 + g) into their slots; every key is
 * in [0, ngroups), checked here when check. whole: g0 == 0 and g ==
 * ngroups, no key needs a range test. */
static inline int TN(group_slots)(TN(gslot) *restrict sl, const T *v, const int32_t *keys, size_t n, size_t g0,
                                  size_t g, size_t ngroups, int check)
{
    const int whole = g0 == 0 && g == ngroups;
    for (size_t c0 = 0; c0 < n; c0 += KGROUP_CHECK) {
        size_t cn = group_step(c0, n);
        const int32_t *kk = keys + c0;
        const T *vv = v + c0;
        if (check && group_keys_bad(kk, cn, ngroups)) return 1;
        if (whole) {
            size_t i = 0;
            for (; i + 8 <= cn; i += 8) {
                group_prefetch(vv, i, sizeof(T));
                for (size_t j = 0; j < 8; j += 2) TN(group_add2)(sl, vv + i + j, kk + i + j);
            }
            for (; i < cn; i++) sl[kk[i]] += GSLOT_OF(vv[i]);
        } else
            for (size_t i = 0; i < cn; i++) {
                size_t k = (size_t)kk[i] - g0; /* wraps to a huge value below g0 */
                group_prefetch(vv, i, sizeof(T));
                if (k < g) sl[k] += GSLOT_OF(vv[i]);
            }
    }
    return 0;
}
#undef GSLOT_OF
#undef GSLOT_WIDEN

/* The slots' sums and counts into two arrays, in loops the compilers
 * vectorize: for f32 one loop that reads each slot once, for i64 a copy
 * loop per array. One loop took group_sum_f32 with 1000 groups at 1 Ki
 * from 0.76 to 0.70 ns/element, and group_sum_i64 from 0.67 to 0.72
 * (Sapphire Rapids, alternating runs). */
static inline void TN(group_unslot)(T *restrict sums, int64_t *restrict counts, const TN(gslot) * sl, size_t g)
{
    if (GKIND == 1 && counts) {
        for (size_t k = 0; k < g; k++) sums[k] = (T)sl[k][0], counts[k] = (int64_t)sl[k][1];
        return;
    }
    for (size_t k = 0; k < g; k++) sums[k] = (T)sl[k][0];
    if (counts)
        for (size_t k = 0; k < g; k++) counts[k] = (int64_t)sl[k][1];
}
#endif

#if GKIND == 1
/* One chunk (at most KGROUP_CHUNK values) of every group: its sum in
 * double, from +0.0 in index order, into sc; its count into cc (when
 * wanted). ec is not used: a double sum of floats needs no error term. */
static inline int TN(group_chunk)(double *sc, double *ec, int64_t *cc, const T *v, const int32_t *keys, size_t n,
                                  size_t ngroups)
{
    gslot_wide sl[KGROUP_TILE];
    (void)ec;
    for (size_t c0 = 0; c0 < ngroups; c0 += KGROUP_TILE) {
        size_t g = ngroups - c0 < KGROUP_TILE ? ngroups - c0 : KGROUP_TILE;
        for (size_t k = 0; k < g; k++) sl[k] = (gslot_wide){0, 0};
        if (TN(group_slots)(sl, v, keys, n, c0, g, ngroups, c0 == 0)) return 1;
        for (size_t k = 0; k < g; k++) {
            sc[c0 + k] = sl[k][0];
            if (cc) cc[c0 + k] = (int64_t)sl[k][1];
        }
    }
    return 0;
}

/* Chunks fold in chunk order into S, from +0.0; the result is S rounded
 * to float once. */
static inline void TN(group_fold)(double *restrict S, double *restrict E, const double *sc, const double *ec, size_t g)
{
    (void)E, (void)ec;
    for (size_t k = 0; k < g; k++) S[k] += sc[k];
}
static inline void TN(group_result)(T *sums, const double *S, const double *E, size_t g)
{
    (void)E;
    for (size_t k = 0; k < g; k++) sums[k] = (T)S[k];
}

/* Groups [g0, g0 + g), g <= KGROUP_TILE, in one pass over the values,
 * chunk by chunk, as group_chunk and group_fold would: 32 KiB of stack. */
static inline int TN(group_tile)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t g0,
                                 size_t g, size_t ngroups, int check)
{
    gslot_wide sl[KGROUP_TILE];
    double S[KGROUP_TILE];
    int64_t C[KGROUP_TILE];
    if (n <= KGROUP_CHUNK) { /* one chunk: its sums are the totals */
        for (size_t k = 0; k < g; k++) sl[k] = (gslot_wide){0, 0};
        if (TN(group_slots)(sl, v, keys, n, g0, g, ngroups, check)) return 1;
        TN(group_unslot)(sums + g0, counts ? counts + g0 : NULL, sl, g);
        return 0;
    }
    for (size_t k = 0; k < g; k++) S[k] = 0, C[k] = 0;
    for (size_t c0 = 0; c0 < n; c0 += KGROUP_CHUNK) {
        size_t cn = n - c0 < KGROUP_CHUNK ? n - c0 : KGROUP_CHUNK;
        for (size_t k = 0; k < g; k++) sl[k] = (gslot_wide){0, 0};
        if (TN(group_slots)(sl, v + c0, keys + c0, cn, g0, g, ngroups, check)) return 1;
        for (size_t k = 0; k < g; k++) S[k] += sl[k][0], C[k] += (int64_t)sl[k][1];
    }
    TN(group_result)(sums + g0, S, NULL, g);
    if (counts) memcpy(counts + g0, C, g * sizeof *C);
    return 0;
}
#endif

#if GKIND == 2
/* Groups [g0, g0 + g), g <= KGROUP_TILE, in one pass: 16 KiB of stack. */
static inline int TN(group_tile)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t g0,
                                 size_t g, size_t ngroups, int check)
{
    gslot_wrap sl[KGROUP_TILE];
    for (size_t k = 0; k < g; k++) sl[k] = (gslot_wrap){0, 0};
    if (TN(group_slots)(sl, v, keys, n, g0, g, ngroups, check)) return 1;
    TN(group_unslot)(sums + g0, counts ? counts + g0 : NULL, sl, g);
    return 0;
}
#endif

#if GKIND == 3
/* One chunk of groups [g0, g0 + g): per group, compensated summation
 * from +0.0 in index order into (sc, ec); counts added into cc (when
 * wanted). */
static inline int TN(group_comp)(double *restrict sc, double *restrict ec, int64_t *restrict cc, const T *v,
                                 const int32_t *keys, size_t n, size_t g0, size_t g, size_t ngroups, int check)
{
    const int whole = g0 == 0 && g == ngroups;
    for (size_t k = 0; k < g; k++) sc[k] = 0, ec[k] = 0;
    for (size_t c0 = 0; c0 < n; c0 += KGROUP_CHECK) {
        size_t cn = group_step(c0, n);
        const int32_t *kk = keys + c0;
        const T *vv = v + c0;
        if (check && group_keys_bad(kk, cn, ngroups)) return 1;
        for (size_t i = 0; i < cn; i++) {
            size_t k = (size_t)kk[i] - g0; /* wraps to a huge value below g0 */
            group_prefetch(vv, i, sizeof(T));
            if (!whole && k >= g) continue;
            group_two_sum(&sc[k], &ec[k], vv[i]);
            if (cc) cc[k]++;
        }
    }
    return 0;
}

static inline int TN(group_chunk)(double *sc, double *ec, int64_t *cc, const T *v, const int32_t *keys, size_t n,
                                  size_t ngroups)
{
    if (cc) memset(cc, 0, ngroups * sizeof *cc);
    for (size_t c0 = 0; c0 < ngroups; c0 += KGROUP_TILE) {
        size_t g = ngroups - c0 < KGROUP_TILE ? ngroups - c0 : KGROUP_TILE;
        if (TN(group_comp)(sc + c0, ec + c0, cc ? cc + c0 : NULL, v, keys, n, c0, g, ngroups, c0 == 0)) return 1;
    }
    return 0;
}

/* Chunks fold in chunk order into (S, E), from +0.0: the TwoSum step of
 * S + sc into E, then E += ec. The result is S + E, or S when S is
 * infinite or NaN (E would be NaN after inf - inf). */
static inline void TN(group_fold)(double *restrict S, double *restrict E, const double *sc, const double *ec, size_t g)
{
    for (size_t k = 0; k < g; k++) {
        group_two_sum(&S[k], &E[k], sc[k]);
        E[k] += ec[k];
    }
}
static inline void TN(group_result)(T *sums, const double *S, const double *E, size_t g)
{
    for (size_t k = 0; k < g; k++) sums[k] = S[k] - S[k] == 0 ? S[k] + E[k] : S[k];
}

/* Groups [g0, g0 + g), g <= KGROUP_TILE, in one pass over the values,
 * chunk by chunk: 40 KiB of stack. */
static inline int TN(group_tile)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t g0,
                                 size_t g, size_t ngroups, int check)
{
    double S[KGROUP_TILE], E[KGROUP_TILE], sc[KGROUP_TILE], ec[KGROUP_TILE];
    int64_t C[KGROUP_TILE];
    if (counts)
        for (size_t k = 0; k < g; k++) C[k] = 0;
    if (n <= KGROUP_CHUNK) { /* one chunk: folding it into zeros changes no bit */
        if (TN(group_comp)(sc, ec, counts ? C : NULL, v, keys, n, g0, g, ngroups, check)) return 1;
        TN(group_result)(sums + g0, sc, ec, g);
    } else {
        for (size_t k = 0; k < g; k++) S[k] = 0, E[k] = 0;
        for (size_t c0 = 0; c0 < n; c0 += KGROUP_CHUNK) {
            size_t cn = n - c0 < KGROUP_CHUNK ? n - c0 : KGROUP_CHUNK;
            if (TN(group_comp)(sc, ec, counts ? C : NULL, v + c0, keys + c0, cn, g0, g, ngroups, check)) return 1;
            TN(group_fold)(S, E, sc, ec, g);
        }
        TN(group_result)(sums + g0, S, E, g);
    }
    if (counts) memcpy(counts + g0, C, g * sizeof *C);
    return 0;
}
#endif

#if GKIND == 2
/* Integer sums need no tiles: more groups than one tile are summed
 * straight into sums and counts, after one check of every key. */
static inline int TN(group_sum)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t ngroups)
{
    if (ngroups <= KGROUP_TILE) return TN(group_tile)(sums, counts, v, keys, n, 0, ngroups, ngroups, 1);
    if (group_keys_bad(keys, n, ngroups)) return 1;
    memset(sums, 0, ngroups * sizeof *sums);
    for (size_t i = 0; i < n; i++) sums[keys[i]] = (T)((uint64_t)sums[keys[i]] + (uint64_t)v[i]);
    if (counts) {
        memset(counts, 0, ngroups * sizeof *counts);
        for (size_t i = 0; i < n; i++) counts[keys[i]]++;
    }
    return 0;
}
#else
/* Every group, a tile of KGROUP_TILE groups per pass over the values; the
 * first pass checks every key, so a bad one stops it before anything is
 * written. n == 0 gives +0.0 sums and zero counts. */
static inline int TN(group_sum)(T *sums, int64_t *counts, const T *v, const int32_t *keys, size_t n, size_t ngroups)
{
    for (size_t g0 = 0; g0 < ngroups; g0 += KGROUP_TILE)
        if (TN(group_tile)(sums, counts, v, keys, n, g0, ngroups - g0 < KGROUP_TILE ? ngroups - g0 : KGROUP_TILE,
                           ngroups, g0 == 0))
            return 1;
    return 0;
}
#endif

#undef GKIND
