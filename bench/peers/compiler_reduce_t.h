/* The reduction family's plain loops for one type (foreach_type.h), named
 * KBCC(sum) and so on: kbcc_ or kbfm_ (compiler_reduce.c). */
#ifndef KB_T
#error "compiler_reduce_t.h is included through foreach_type.h"
#endif

#if KB_FLOAT
/* ---- sums and dots ---- */
KB_CLONES void KB_NAME(KBCC(sum))(const KB_T *a, size_t n, KB_T *out)
{
    KB_T s = 0;
    for (size_t i = 0; i < n; i++) s += a[i];
    *out = s;
}
KB_CLONES void KB_NAME(KBCC(dot))(const KB_T *a, const KB_T *b, size_t n, KB_T *out)
{
    KB_T s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    *out = s;
}

/* ---- min and max: nothing is written for n == 0 (ksimd: KSIMD_ERR_EMPTY) ---- */
KB_CLONES void KB_NAME(KBCC(min))(const KB_T *a, size_t n, KB_T *out)
{
    if (n == 0) return;
    KB_T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m || a[i] != a[i] ? a[i] : m;
    *out = m;
}
KB_CLONES void KB_NAME(KBCC(max))(const KB_T *a, size_t n, KB_T *out)
{
    if (n == 0) return;
    KB_T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m || a[i] != a[i] ? a[i] : m;
    *out = m;
}

/* ---- argmin and argmax: the first index of the extreme, or of the first NaN ---- */
KB_CLONES void KB_NAME(KBCC(argmin))(const KB_T *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] != a[i]) {
            at = i;
            break;
        }
        if (a[i] < a[at]) at = i;
    }
    if (n) *out = at;
}
KB_CLONES void KB_NAME(KBCC(argmax))(const KB_T *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        if (a[i] != a[i]) {
            at = i;
            break;
        }
        if (a[i] > a[at]) at = i;
    }
    if (n) *out = at;
}

/* ---- group sums: keys are in range (kbench's inputs); counts may be NULL ---- */
KB_CLONES void KB_NAME(KBCC(group_sum))(KB_T *sums, int64_t *counts, const KB_T *v, const int32_t *k,
                                        size_t n, size_t g)
{
    for (size_t j = 0; j < g; j++) sums[j] = 0;
    if (counts)
        for (size_t j = 0; j < g; j++) counts[j] = 0;
    for (size_t i = 0; i < n; i++) {
        sums[k[i]] += v[i];
        if (counts) counts[k[i]]++;
    }
}

#else
/* Integer sums wrap in int64, as ksimd's: unsigned arithmetic. */
KB_CLONES void KB_NAME(KBCC(sum))(const KB_T *a, size_t n, int64_t *out)
{
    uint64_t s = 0;
    for (size_t i = 0; i < n; i++) s += (uint64_t)(int64_t)a[i];
    *out = (int64_t)s;
}

KB_CLONES void KB_NAME(KBCC(min))(const KB_T *a, size_t n, KB_T *out)
{
    if (n == 0) return;
    KB_T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m ? a[i] : m;
    *out = m;
}
KB_CLONES void KB_NAME(KBCC(max))(const KB_T *a, size_t n, KB_T *out)
{
    if (n == 0) return;
    KB_T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m ? a[i] : m;
    *out = m;
}

KB_CLONES void KB_NAME(KBCC(argmin))(const KB_T *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] < a[at]) at = i;
    if (n) *out = at;
}
KB_CLONES void KB_NAME(KBCC(argmax))(const KB_T *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] > a[at]) at = i;
    if (n) *out = at;
}

/* The library has integer group sums of int64 only. */
#if KB_BITS == 64
KB_CLONES void KB_NAME(KBCC(group_sum))(KB_T *sums, int64_t *counts, const KB_T *v, const int32_t *k,
                                        size_t n, size_t g)
{
    for (size_t j = 0; j < g; j++) sums[j] = 0;
    if (counts)
        for (size_t j = 0; j < g; j++) counts[j] = 0;
    for (size_t i = 0; i < n; i++) {
        sums[k[i]] = (KB_T)((uint64_t)sums[k[i]] + (uint64_t)v[i]);
        if (counts) counts[k[i]]++;
    }
}
#endif
#endif
