/* The `compiler` column for the masked-conditional family: the loops a
 * user would write instead of calling ksimd, built like the elementwise
 * peers (-O3 -ffp-contract=off -fno-math-errno; on x86-64 cloned for
 * AVX-512F, AVX2 and the baseline). Same arguments as the ksimd function,
 * returning void; a ksimd_cmp picks one plain loop per predicate, as a user
 * writing `m[i] = a[i] < b[i]` would get. clip is spelled the way the
 * contract defines it (a < lo ? lo : a > hi ? hi : a). */
#include "compiler.h"

#include "clones.h"

/* ---- f32 ---- */
KB_CLONES void kbcc_cmp_f32(uint8_t *m, const float *a, const float *b, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_cmp_scalar_f32(uint8_t *m, const float *a, float s, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_where_f32(float *d, const uint8_t *m, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_clip_f32(float *d, const float *a, float lo, float hi, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
}
KB_CLONES void kbcc_compress_f32(float *d, const float *a, const uint8_t *m, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}
KB_CLONES void kbcc_isnan_f32(uint8_t *m, const float *a, size_t n)
{
    for (size_t i = 0; i < n; i++) m[i] = a[i] != a[i];
}

/* ---- f64 ---- */
KB_CLONES void kbcc_cmp_f64(uint8_t *m, const double *a, const double *b, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_cmp_scalar_f64(uint8_t *m, const double *a, double s, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_where_f64(double *d, const uint8_t *m, const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_clip_f64(double *d, const double *a, double lo, double hi, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
}
KB_CLONES void kbcc_compress_f64(double *d, const double *a, const uint8_t *m, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}
KB_CLONES void kbcc_isnan_f64(uint8_t *m, const double *a, size_t n)
{
    for (size_t i = 0; i < n; i++) m[i] = a[i] != a[i];
}

/* ---- i32 ---- */
KB_CLONES void kbcc_cmp_i32(uint8_t *m, const int32_t *a, const int32_t *b, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_cmp_scalar_i32(uint8_t *m, const int32_t *a, int32_t s, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_where_i32(int32_t *d, const uint8_t *m, const int32_t *a, const int32_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_clip_i32(int32_t *d, const int32_t *a, int32_t lo, int32_t hi, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
}
KB_CLONES void kbcc_compress_i32(int32_t *d, const int32_t *a, const uint8_t *m, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}

/* ---- i64 ---- */
KB_CLONES void kbcc_cmp_i64(uint8_t *m, const int64_t *a, const int64_t *b, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_cmp_scalar_i64(uint8_t *m, const int64_t *a, int64_t s, ksimd_cmp op, size_t n)
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
KB_CLONES void kbcc_where_i64(int64_t *d, const uint8_t *m, const int64_t *a, const int64_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}
KB_CLONES void kbcc_clip_i64(int64_t *d, const int64_t *a, int64_t lo, int64_t hi, size_t n)
{
    for (size_t i = 0; i < n; i++) d[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i];
}
KB_CLONES void kbcc_compress_i64(int64_t *d, const int64_t *a, const uint8_t *m, size_t n, size_t *count)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}

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
