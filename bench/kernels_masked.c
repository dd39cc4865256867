/* kbench's entries for the masked-conditional family: one line per kernel
 * of kernels/kernel_list.h, with the family's own signature shapes (the
 * adaptors below are the only code that knows these C signatures).
 *
 * Timing choices: cmp and cmp_scalar run KSIMD_LT (every predicate is one
 * compare); masks are kbench's random half-true bytes, so compress runs at
 * the 50% density of the target; clip orders its two scalars (the
 * verification pass negates them); compress and count_u8 write their count
 * to a local (count_u8's into out[0][0], so that it is checked). */
#include "kernels.h"

#include <ksimd.h>

#include "peers/compiler_masked.h"

/* ---- f32 ---- */
typedef ksimd_status lib_cmp_f32(uint8_t *, const float *, const float *, ksimd_cmp, size_t);
typedef void peer_cmp_f32(uint8_t *, const float *, const float *, ksimd_cmp, size_t);
static int call_cmp_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmp_f32 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmp_f32 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
}
static const struct kb_shape kb_cmp_f32 = {"cmp_f32",        2,       1,      0,
                                           {KB_F32, KB_F32}, {KB_U8}, KB_F32, call_cmp_f32};

typedef ksimd_status lib_cmps_f32(uint8_t *, const float *, float, ksimd_cmp, size_t);
typedef void peer_cmps_f32(uint8_t *, const float *, float, ksimd_cmp, size_t);
static int call_cmps_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmps_f32 *)fn)(x->out[0], x->in[0], x->s[0].f32, KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmps_f32 *)fn)(x->out[0], x->in[0], x->s[0].f32, KSIMD_LT, n);
}
static const struct kb_shape kb_cmps_f32 = {"cmp_scalar_f32", 1,       1,      1,
                                            {KB_F32},         {KB_U8}, KB_F32, call_cmps_f32};

typedef ksimd_status lib_where_f32(float *, const uint8_t *, const float *, const float *, size_t);
typedef void peer_where_f32(float *, const uint8_t *, const float *, const float *, size_t);
static int call_where_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_where_f32 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
        return 0;
    }
    return ((lib_where_f32 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
}
static const struct kb_shape kb_where_f32 = {
    "where_f32", 3, 1, 0, {KB_U8, KB_F32, KB_F32}, {KB_F32}, KB_F32, call_where_f32};

typedef ksimd_status lib_clip_f32(float *, const float *, float, float, size_t);
typedef void peer_clip_f32(float *, const float *, float, float, size_t);
static int call_clip_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    float s0 = x->s[0].f32, s1 = x->s[1].f32, lo = s0 < s1 ? s0 : s1, hi = s0 < s1 ? s1 : s0;
    if (peer) {
        ((peer_clip_f32 *)fn)(x->out[0], x->in[0], lo, hi, n);
        return 0;
    }
    return ((lib_clip_f32 *)fn)(x->out[0], x->in[0], lo, hi, n);
}
static const struct kb_shape kb_clip_f32 = {"clip_f32", 1, 1, 2, {KB_F32}, {KB_F32}, KB_F32, call_clip_f32};

typedef ksimd_status lib_compress_f32(float *, const float *, const uint8_t *, size_t, size_t *);
typedef void peer_compress_f32(float *, const float *, const uint8_t *, size_t, size_t *);
static int call_compress_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t count;
    if (peer) {
        ((peer_compress_f32 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
        return 0;
    }
    return ((lib_compress_f32 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
}
static const struct kb_shape kb_compress_f32 = {"compress_f32",  2,        1,      0,
                                                {KB_F32, KB_U8}, {KB_F32}, KB_F32, call_compress_f32};

typedef ksimd_status lib_isnan_f32(uint8_t *, const float *, size_t);
typedef void peer_isnan_f32(uint8_t *, const float *, size_t);
static int call_isnan_f32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_isnan_f32 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_isnan_f32 *)fn)(x->out[0], x->in[0], n);
}
static const struct kb_shape kb_isnan_f32 = {"isnan_f32", 1, 1, 0, {KB_F32}, {KB_U8}, KB_F32, call_isnan_f32};

/* ---- f64 ---- */
typedef ksimd_status lib_cmp_f64(uint8_t *, const double *, const double *, ksimd_cmp, size_t);
typedef void peer_cmp_f64(uint8_t *, const double *, const double *, ksimd_cmp, size_t);
static int call_cmp_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmp_f64 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmp_f64 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
}
static const struct kb_shape kb_cmp_f64 = {"cmp_f64",        2,       1,      0,
                                           {KB_F64, KB_F64}, {KB_U8}, KB_F64, call_cmp_f64};

typedef ksimd_status lib_cmps_f64(uint8_t *, const double *, double, ksimd_cmp, size_t);
typedef void peer_cmps_f64(uint8_t *, const double *, double, ksimd_cmp, size_t);
static int call_cmps_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmps_f64 *)fn)(x->out[0], x->in[0], x->s[0].f64, KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmps_f64 *)fn)(x->out[0], x->in[0], x->s[0].f64, KSIMD_LT, n);
}
static const struct kb_shape kb_cmps_f64 = {"cmp_scalar_f64", 1,       1,      1,
                                            {KB_F64},         {KB_U8}, KB_F64, call_cmps_f64};

typedef ksimd_status lib_where_f64(double *, const uint8_t *, const double *, const double *, size_t);
typedef void peer_where_f64(double *, const uint8_t *, const double *, const double *, size_t);
static int call_where_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_where_f64 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
        return 0;
    }
    return ((lib_where_f64 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
}
static const struct kb_shape kb_where_f64 = {
    "where_f64", 3, 1, 0, {KB_U8, KB_F64, KB_F64}, {KB_F64}, KB_F64, call_where_f64};

typedef ksimd_status lib_clip_f64(double *, const double *, double, double, size_t);
typedef void peer_clip_f64(double *, const double *, double, double, size_t);
static int call_clip_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    double s0 = x->s[0].f64, s1 = x->s[1].f64, lo = s0 < s1 ? s0 : s1, hi = s0 < s1 ? s1 : s0;
    if (peer) {
        ((peer_clip_f64 *)fn)(x->out[0], x->in[0], lo, hi, n);
        return 0;
    }
    return ((lib_clip_f64 *)fn)(x->out[0], x->in[0], lo, hi, n);
}
static const struct kb_shape kb_clip_f64 = {"clip_f64", 1, 1, 2, {KB_F64}, {KB_F64}, KB_F64, call_clip_f64};

typedef ksimd_status lib_compress_f64(double *, const double *, const uint8_t *, size_t, size_t *);
typedef void peer_compress_f64(double *, const double *, const uint8_t *, size_t, size_t *);
static int call_compress_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t count;
    if (peer) {
        ((peer_compress_f64 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
        return 0;
    }
    return ((lib_compress_f64 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
}
static const struct kb_shape kb_compress_f64 = {"compress_f64",  2,        1,      0,
                                                {KB_F64, KB_U8}, {KB_F64}, KB_F64, call_compress_f64};

typedef ksimd_status lib_isnan_f64(uint8_t *, const double *, size_t);
typedef void peer_isnan_f64(uint8_t *, const double *, size_t);
static int call_isnan_f64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_isnan_f64 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_isnan_f64 *)fn)(x->out[0], x->in[0], n);
}
static const struct kb_shape kb_isnan_f64 = {"isnan_f64", 1, 1, 0, {KB_F64}, {KB_U8}, KB_F64, call_isnan_f64};

/* ---- i32 ---- */
typedef ksimd_status lib_cmp_i32(uint8_t *, const int32_t *, const int32_t *, ksimd_cmp, size_t);
typedef void peer_cmp_i32(uint8_t *, const int32_t *, const int32_t *, ksimd_cmp, size_t);
static int call_cmp_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmp_i32 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmp_i32 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
}
static const struct kb_shape kb_cmp_i32 = {"cmp_i32",        2,       1,      0,
                                           {KB_I32, KB_I32}, {KB_U8}, KB_I32, call_cmp_i32};

typedef ksimd_status lib_cmps_i32(uint8_t *, const int32_t *, int32_t, ksimd_cmp, size_t);
typedef void peer_cmps_i32(uint8_t *, const int32_t *, int32_t, ksimd_cmp, size_t);
static int call_cmps_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmps_i32 *)fn)(x->out[0], x->in[0], x->s[0].i32, KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmps_i32 *)fn)(x->out[0], x->in[0], x->s[0].i32, KSIMD_LT, n);
}
static const struct kb_shape kb_cmps_i32 = {"cmp_scalar_i32", 1,       1,      1,
                                            {KB_I32},         {KB_U8}, KB_I32, call_cmps_i32};

typedef ksimd_status lib_where_i32(int32_t *, const uint8_t *, const int32_t *, const int32_t *, size_t);
typedef void peer_where_i32(int32_t *, const uint8_t *, const int32_t *, const int32_t *, size_t);
static int call_where_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_where_i32 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
        return 0;
    }
    return ((lib_where_i32 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
}
static const struct kb_shape kb_where_i32 = {
    "where_i32", 3, 1, 0, {KB_U8, KB_I32, KB_I32}, {KB_I32}, KB_I32, call_where_i32};

typedef ksimd_status lib_clip_i32(int32_t *, const int32_t *, int32_t, int32_t, size_t);
typedef void peer_clip_i32(int32_t *, const int32_t *, int32_t, int32_t, size_t);
static int call_clip_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    int32_t s0 = x->s[0].i32, s1 = x->s[1].i32, lo = s0 < s1 ? s0 : s1, hi = s0 < s1 ? s1 : s0;
    if (peer) {
        ((peer_clip_i32 *)fn)(x->out[0], x->in[0], lo, hi, n);
        return 0;
    }
    return ((lib_clip_i32 *)fn)(x->out[0], x->in[0], lo, hi, n);
}
static const struct kb_shape kb_clip_i32 = {"clip_i32", 1, 1, 2, {KB_I32}, {KB_I32}, KB_I32, call_clip_i32};

typedef ksimd_status lib_compress_i32(int32_t *, const int32_t *, const uint8_t *, size_t, size_t *);
typedef void peer_compress_i32(int32_t *, const int32_t *, const uint8_t *, size_t, size_t *);
static int call_compress_i32(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t count;
    if (peer) {
        ((peer_compress_i32 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
        return 0;
    }
    return ((lib_compress_i32 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
}
static const struct kb_shape kb_compress_i32 = {"compress_i32",  2,        1,      0,
                                                {KB_I32, KB_U8}, {KB_I32}, KB_I32, call_compress_i32};

/* ---- i64 ---- */
typedef ksimd_status lib_cmp_i64(uint8_t *, const int64_t *, const int64_t *, ksimd_cmp, size_t);
typedef void peer_cmp_i64(uint8_t *, const int64_t *, const int64_t *, ksimd_cmp, size_t);
static int call_cmp_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmp_i64 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmp_i64 *)fn)(x->out[0], x->in[0], x->in[1], KSIMD_LT, n);
}
static const struct kb_shape kb_cmp_i64 = {"cmp_i64",        2,       1,      0,
                                           {KB_I64, KB_I64}, {KB_U8}, KB_I64, call_cmp_i64};

typedef ksimd_status lib_cmps_i64(uint8_t *, const int64_t *, int64_t, ksimd_cmp, size_t);
typedef void peer_cmps_i64(uint8_t *, const int64_t *, int64_t, ksimd_cmp, size_t);
static int call_cmps_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_cmps_i64 *)fn)(x->out[0], x->in[0], x->s[0].i64, KSIMD_LT, n);
        return 0;
    }
    return ((lib_cmps_i64 *)fn)(x->out[0], x->in[0], x->s[0].i64, KSIMD_LT, n);
}
static const struct kb_shape kb_cmps_i64 = {"cmp_scalar_i64", 1,       1,      1,
                                            {KB_I64},         {KB_U8}, KB_I64, call_cmps_i64};

typedef ksimd_status lib_where_i64(int64_t *, const uint8_t *, const int64_t *, const int64_t *, size_t);
typedef void peer_where_i64(int64_t *, const uint8_t *, const int64_t *, const int64_t *, size_t);
static int call_where_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_where_i64 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
        return 0;
    }
    return ((lib_where_i64 *)fn)(x->out[0], x->in[0], x->in[1], x->in[2], n);
}
static const struct kb_shape kb_where_i64 = {
    "where_i64", 3, 1, 0, {KB_U8, KB_I64, KB_I64}, {KB_I64}, KB_I64, call_where_i64};

typedef ksimd_status lib_clip_i64(int64_t *, const int64_t *, int64_t, int64_t, size_t);
typedef void peer_clip_i64(int64_t *, const int64_t *, int64_t, int64_t, size_t);
static int call_clip_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    int64_t s0 = x->s[0].i64, s1 = x->s[1].i64, lo = s0 < s1 ? s0 : s1, hi = s0 < s1 ? s1 : s0;
    if (peer) {
        ((peer_clip_i64 *)fn)(x->out[0], x->in[0], lo, hi, n);
        return 0;
    }
    return ((lib_clip_i64 *)fn)(x->out[0], x->in[0], lo, hi, n);
}
static const struct kb_shape kb_clip_i64 = {"clip_i64", 1, 1, 2, {KB_I64}, {KB_I64}, KB_I64, call_clip_i64};

typedef ksimd_status lib_compress_i64(int64_t *, const int64_t *, const uint8_t *, size_t, size_t *);
typedef void peer_compress_i64(int64_t *, const int64_t *, const uint8_t *, size_t, size_t *);
static int call_compress_i64(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t count;
    if (peer) {
        ((peer_compress_i64 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
        return 0;
    }
    return ((lib_compress_i64 *)fn)(x->out[0], x->in[0], x->in[1], n, &count);
}
static const struct kb_shape kb_compress_i64 = {"compress_i64",  2,        1,      0,
                                                {KB_I64, KB_U8}, {KB_I64}, KB_I64, call_compress_i64};

/* ---- byte masks ---- */
typedef ksimd_status lib_mask2(uint8_t *, const uint8_t *, const uint8_t *, size_t);
typedef void peer_mask2(uint8_t *, const uint8_t *, const uint8_t *, size_t);
static int call_mask2(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_mask2 *)fn)(x->out[0], x->in[0], x->in[1], n);
        return 0;
    }
    return ((lib_mask2 *)fn)(x->out[0], x->in[0], x->in[1], n);
}
static const struct kb_shape kb_mask2 = {"mask_binary", 2, 1, 0, {KB_U8, KB_U8}, {KB_U8}, KB_U8, call_mask2};

typedef ksimd_status lib_mask1(uint8_t *, const uint8_t *, size_t);
typedef void peer_mask1(uint8_t *, const uint8_t *, size_t);
static int call_mask1(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    if (peer) {
        ((peer_mask1 *)fn)(x->out[0], x->in[0], n);
        return 0;
    }
    return ((lib_mask1 *)fn)(x->out[0], x->in[0], n);
}
static const struct kb_shape kb_mask1 = {"mask_unary", 1, 1, 0, {KB_U8}, {KB_U8}, KB_U8, call_mask1};

typedef ksimd_status lib_count(const uint8_t *, size_t, size_t *);
typedef void peer_count(const uint8_t *, size_t, size_t *);
static int call_count(kb_fn fn, int peer, const struct kb_args *x, size_t n)
{
    size_t count = 0;
    int st = 0;
    if (peer)
        ((peer_count *)fn)(x->in[0], n, &count);
    else
        st = ((lib_count *)fn)(x->in[0], n, &count);
    *(int64_t *)x->out[0] = (int64_t)count;
    return st;
}
static const struct kb_shape kb_count = {"count_u8", 1, 1, 0, {KB_U8}, {KB_I64}, KB_U8, call_count};

#define KB_ENTRY(k, sig) .name = #k, .shape = &kb_##sig, .lib = (kb_fn)ksimd_##k, .compiler = (kb_fn)kbcc_##k

const struct kb_kernel kb_masked[] = {
    {KB_ENTRY(cmp_f32, cmp_f32)},
    {KB_ENTRY(cmp_scalar_f32, cmps_f32), .scalar = {0.25}},
    {KB_ENTRY(where_f32, where_f32)},
    {KB_ENTRY(clip_f32, clip_f32), .scalar = {-100, 250}},
    {KB_ENTRY(compress_f32, compress_f32)},
    {KB_ENTRY(isnan_f32, isnan_f32)},
    {KB_ENTRY(cmp_f64, cmp_f64)},
    {KB_ENTRY(cmp_scalar_f64, cmps_f64), .scalar = {0.25}},
    {KB_ENTRY(where_f64, where_f64)},
    {KB_ENTRY(clip_f64, clip_f64), .scalar = {-100, 250}},
    {KB_ENTRY(compress_f64, compress_f64)},
    {KB_ENTRY(isnan_f64, isnan_f64)},
    {KB_ENTRY(cmp_i32, cmp_i32)},
    {KB_ENTRY(cmp_scalar_i32, cmps_i32), .scalar = {3}},
    {KB_ENTRY(where_i32, where_i32)},
    {KB_ENTRY(clip_i32, clip_i32), .scalar = {-100, 250}},
    {KB_ENTRY(compress_i32, compress_i32)},
    {KB_ENTRY(cmp_i64, cmp_i64)},
    {KB_ENTRY(cmp_scalar_i64, cmps_i64), .scalar = {3}},
    {KB_ENTRY(where_i64, where_i64)},
    {KB_ENTRY(clip_i64, clip_i64), .scalar = {-100, 250}},
    {KB_ENTRY(compress_i64, compress_i64)},
    {KB_ENTRY(mask_and, mask2)},
    {KB_ENTRY(mask_or, mask2)},
    {KB_ENTRY(mask_xor, mask2)},
    {KB_ENTRY(mask_not, mask1)},
    {KB_ENTRY(count_u8, count), .reduces = 1},
};
const size_t kb_masked_count = sizeof kb_masked / sizeof kb_masked[0];
