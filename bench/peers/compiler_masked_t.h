/* The masked family's plain loops for one type (kernels/foreach_type.h). */
#if !defined(KT) || !defined(T) || !defined(KFLOAT) || !defined(TN)
#error "compiler_masked_t.h needs KT, T, KFLOAT and TN: include it through kernels/foreach_type.h"
#endif

KB_CLONES void TN(kbcc_cmp)(uint8_t *m, const T *a, const T *b, ksimd_cmp op, size_t n)
{
    switch (op) {
    case KSIMD_LT:
        for (size_t i = 0; i < n; i++) m[i] = a[i] < b[i];
        break;
    case KSIMD_LE:
        for (size_t i = 0; i < n; i++) m[i] = a[i] <= b[i];
        break;
    case KSIMD_GT:
        for (size_t i = 0; i < n; i++) m[i] = a[i] > b[i];
        break;
    case KSIMD_GE:
        for (size_t i = 0; i < n; i++) m[i] = a[i] >= b[i];
        break;
    case KSIMD_EQ:
        for (size_t i = 0; i < n; i++) m[i] = a[i] == b[i];
        break;
    case KSIMD_NE:
        for (size_t i = 0; i < n; i++) m[i] = a[i] != b[i];
        break;
    }
}
KB_CLONES void TN(kbcc_cmp_scalar)(uint8_t *m, const T *a, T s, ksimd_cmp op, size_t n)
{
    switch (op) {
    case KSIMD_LT:
        for (size_t i = 0; i < n; i++) m[i] = a[i] < s;
        break;
    case KSIMD_LE:
        for (size_t i = 0; i < n; i++) m[i] = a[i] <= s;
        break;
    case KSIMD_GT:
        for (size_t i = 0; i < n; i++) m[i] = a[i] > s;
        break;
    case KSIMD_GE:
        for (size_t i = 0; i < n; i++) m[i] = a[i] >= s;
        break;
    case KSIMD_EQ:
        for (size_t i = 0; i < n; i++) m[i] = a[i] == s;
        break;
    case KSIMD_NE:
        for (size_t i = 0; i < n; i++) m[i] = a[i] != s;
        break;
    }
}
KB_CLONES void TN(kbcc_where)(T *d, const uint8_t *m, const T *a, const T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}
KB_CLONES void TN(kbcc_clip)(T *d, const T *a, T lo, T hi, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
}
KB_CLONES void TN(kbcc_compress)(T *d, const T *a, const uint8_t *m, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}
#if KFLOAT
KB_CLONES void TN(kbcc_isnan)(uint8_t *m, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) m[i] = a[i] != a[i];
}
KB_CLONES void TN(kbcc_isfinite)(uint8_t *m, const T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) m[i] = __builtin_isfinite(a[i]) != 0; /* isfinite(), without math.h */
}
#endif
