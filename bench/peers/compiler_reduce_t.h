/* The reduction family's plain loops for one type (kernels/foreach_type.h), named
 * KBCC(sum) and so on: kbcc_ or kbfm_ (compiler_reduce.c). */
#if !defined(KT) || !defined(T) || !defined(AT) || !defined(KFLOAT) || !defined(TN)
#error "compiler_reduce_t.h needs KT, T, AT, KFLOAT and TN: include it through kernels/foreach_type.h"
#endif

/* T's width, for the loops the library has at one width only. */
#define KB_BITS_f32 32
#define KB_BITS_f64 64
#define KB_BITS_i32 32
#define KB_BITS_i64 64
#define KB_BITS KSIMD_CAT(KB_BITS_, KT)

#if KFLOAT
/* ---- sums and dots ---- */
KB_CLONES void TN(KBCC(sum))(const T *a, size_t n, T *out)
{
    T s = 0;
    for (size_t i = 0; i < n; i++) s += a[i];
    *out = s;
}
KB_CLONES void TN(KBCC(dot))(const T *a, const T *b, size_t n, T *out)
{
    T s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    *out = s;
}

/* ---- min and max: nothing is written for n == 0 (ksimd: KSIMD_ERR_EMPTY) ---- */
KB_CLONES void TN(KBCC(min))(const T *a, size_t n, T *out)
{
    if (n == 0) return;
    T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m || a[i] != a[i] ? a[i] : m;
    *out = m;
}
KB_CLONES void TN(KBCC(max))(const T *a, size_t n, T *out)
{
    if (n == 0) return;
    T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m || a[i] != a[i] ? a[i] : m;
    *out = m;
}

/* ---- argmin and argmax: the first index of the extreme, or of the first NaN ---- */
KB_CLONES void TN(KBCC(argmin))(const T *a, size_t n, size_t *out)
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
KB_CLONES void TN(KBCC(argmax))(const T *a, size_t n, size_t *out)
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
KB_CLONES void TN(KBCC(group_sum))(T *sums, int64_t *counts, const T *v, const int32_t *k, size_t n, size_t g)
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
KB_CLONES void TN(KBCC(sum))(const T *a, size_t n, int64_t *out)
{
    uint64_t s = 0;
    for (size_t i = 0; i < n; i++) s += (uint64_t)(int64_t)a[i];
    *out = (int64_t)s;
}

KB_CLONES void TN(KBCC(min))(const T *a, size_t n, T *out)
{
    if (n == 0) return;
    T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] < m ? a[i] : m;
    *out = m;
}
KB_CLONES void TN(KBCC(max))(const T *a, size_t n, T *out)
{
    if (n == 0) return;
    T m = a[0];
    for (size_t i = 1; i < n; i++) m = a[i] > m ? a[i] : m;
    *out = m;
}

KB_CLONES void TN(KBCC(argmin))(const T *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] < a[at]) at = i;
    if (n) *out = at;
}
KB_CLONES void TN(KBCC(argmax))(const T *a, size_t n, size_t *out)
{
    size_t at = 0;
    for (size_t i = 1; i < n; i++)
        if (a[i] > a[at]) at = i;
    if (n) *out = at;
}

/* The library has integer group sums of int64 only. */
#if KB_BITS == 64
KB_CLONES void TN(KBCC(group_sum))(T *sums, int64_t *counts, const T *v, const int32_t *k, size_t n, size_t g)
{
    for (size_t j = 0; j < g; j++) sums[j] = 0;
    if (counts)
        for (size_t j = 0; j < g; j++) counts[j] = 0;
    for (size_t i = 0; i < n; i++) {
        sums[k[i]] = (T)((uint64_t)sums[k[i]] + (uint64_t)v[i]);
        if (counts) counts[k[i]]++;
    }
}
#endif
#endif

#undef KB_BITS
#undef KB_BITS_i64
#undef KB_BITS_i32
#undef KB_BITS_f64
#undef KB_BITS_f32
