/* The masked family's plain loops for one type (foreach_type.h). */
#ifndef KB_T
#error "compiler_masked_t.h is included through foreach_type.h"
#endif

KB_CLONES void KB_NAME(kbcc_cmp)(uint8_t *m, const KB_T *a, const KB_T *b, ksimd_cmp op, size_t n)
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
KB_CLONES void KB_NAME(kbcc_cmp_scalar)(uint8_t *m, const KB_T *a, KB_T s, ksimd_cmp op, size_t n)
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
KB_CLONES void KB_NAME(kbcc_where)(KB_T *d, const uint8_t *m, const KB_T *a, const KB_T *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}
KB_CLONES void KB_NAME(kbcc_clip)(KB_T *d, const KB_T *a, KB_T lo, KB_T hi, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
}
KB_CLONES void KB_NAME(kbcc_compress)(KB_T *d, const KB_T *a, const uint8_t *m, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}
#if KB_FLOAT
KB_CLONES void KB_NAME(kbcc_isnan)(uint8_t *m, const KB_T *a, size_t n)
{
    for (size_t i = 0; i < n; i++) m[i] = a[i] != a[i];
}
#endif
