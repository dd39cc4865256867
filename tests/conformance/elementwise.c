/* The elementwise family's cases: one per kernel of the contract, each
 * checking the active table against a reference computed here in plain C
 * (ew_check_t.h does the work), plus the cross-table identity cases. */
#include <float.h>
#include <math.h>

#include "ew_driver.h"

/* The references round exactly as the contract says only if float
 * expressions are evaluated in their own type and never contracted into an
 * FMA (the tests build with -ffp-contract=off). */
_Static_assert(FLT_EVAL_METHOD == 0, "float arithmetic must not use excess precision");

/* ---- references: one set per type (ew_refs_t.h) ---- */

#define KSIMD_SKELETON "ew_refs_t.h"
#include "foreach_type.h"

/* ---- the kernels: public function, signature shape, reference ---- */

static const struct ew_f32 add_f32 = {"add_f32", .binary = ksimd_add_f32, .ref2 = ref_add_f32};
static const struct ew_f64 add_f64 = {"add_f64", .binary = ksimd_add_f64, .ref2 = ref_add_f64};
static const struct ew_i32 add_i32 = {"add_i32", .binary = ksimd_add_i32, .ref2 = ref_add_i32};
static const struct ew_i64 add_i64 = {"add_i64", .binary = ksimd_add_i64, .ref2 = ref_add_i64};
static const struct ew_f32 sub_f32 = {"sub_f32", .binary = ksimd_sub_f32, .ref2 = ref_sub_f32};
static const struct ew_f64 sub_f64 = {"sub_f64", .binary = ksimd_sub_f64, .ref2 = ref_sub_f64};
static const struct ew_i32 sub_i32 = {"sub_i32", .binary = ksimd_sub_i32, .ref2 = ref_sub_i32};
static const struct ew_i64 sub_i64 = {"sub_i64", .binary = ksimd_sub_i64, .ref2 = ref_sub_i64};
static const struct ew_f32 mul_f32 = {"mul_f32", .binary = ksimd_mul_f32, .ref2 = ref_mul_f32};
static const struct ew_f64 mul_f64 = {"mul_f64", .binary = ksimd_mul_f64, .ref2 = ref_mul_f64};
static const struct ew_i32 mul_i32 = {"mul_i32", .binary = ksimd_mul_i32, .ref2 = ref_mul_i32};
static const struct ew_i64 mul_i64 = {"mul_i64", .binary = ksimd_mul_i64, .ref2 = ref_mul_i64};
static const struct ew_f32 div_f32 = {"div_f32", .binary = ksimd_div_f32, .ref2 = ref_div_f32};
static const struct ew_f64 div_f64 = {"div_f64", .binary = ksimd_div_f64, .ref2 = ref_div_f64};
static const struct ew_f32 minimum_f32 = {"minimum_f32", .binary = ksimd_minimum_f32, .ref2 = ref_minimum_f32};
static const struct ew_f64 minimum_f64 = {"minimum_f64", .binary = ksimd_minimum_f64, .ref2 = ref_minimum_f64};
static const struct ew_i32 minimum_i32 = {"minimum_i32", .binary = ksimd_minimum_i32, .ref2 = ref_minimum_i32};
static const struct ew_i64 minimum_i64 = {"minimum_i64", .binary = ksimd_minimum_i64, .ref2 = ref_minimum_i64};
static const struct ew_f32 maximum_f32 = {"maximum_f32", .binary = ksimd_maximum_f32, .ref2 = ref_maximum_f32};
static const struct ew_f64 maximum_f64 = {"maximum_f64", .binary = ksimd_maximum_f64, .ref2 = ref_maximum_f64};
static const struct ew_i32 maximum_i32 = {"maximum_i32", .binary = ksimd_maximum_i32, .ref2 = ref_maximum_i32};
static const struct ew_i64 maximum_i64 = {"maximum_i64", .binary = ksimd_maximum_i64, .ref2 = ref_maximum_i64};
static const struct ew_f32 add_scalar_f32 = {"add_scalar_f32", .scalar = ksimd_add_scalar_f32, .ref2 = ref_add_f32};
static const struct ew_f64 add_scalar_f64 = {"add_scalar_f64", .scalar = ksimd_add_scalar_f64, .ref2 = ref_add_f64};
static const struct ew_i32 add_scalar_i32 = {"add_scalar_i32", .scalar = ksimd_add_scalar_i32, .ref2 = ref_add_i32};
static const struct ew_i64 add_scalar_i64 = {"add_scalar_i64", .scalar = ksimd_add_scalar_i64, .ref2 = ref_add_i64};
static const struct ew_f32 sub_scalar_f32 = {"sub_scalar_f32", .scalar = ksimd_sub_scalar_f32, .ref2 = ref_sub_f32};
static const struct ew_f64 sub_scalar_f64 = {"sub_scalar_f64", .scalar = ksimd_sub_scalar_f64, .ref2 = ref_sub_f64};
static const struct ew_i32 sub_scalar_i32 = {"sub_scalar_i32", .scalar = ksimd_sub_scalar_i32, .ref2 = ref_sub_i32};
static const struct ew_i64 sub_scalar_i64 = {"sub_scalar_i64", .scalar = ksimd_sub_scalar_i64, .ref2 = ref_sub_i64};
static const struct ew_f32 mul_scalar_f32 = {"mul_scalar_f32", .scalar = ksimd_mul_scalar_f32, .ref2 = ref_mul_f32};
static const struct ew_f64 mul_scalar_f64 = {"mul_scalar_f64", .scalar = ksimd_mul_scalar_f64, .ref2 = ref_mul_f64};
static const struct ew_i32 mul_scalar_i32 = {"mul_scalar_i32", .scalar = ksimd_mul_scalar_i32, .ref2 = ref_mul_i32};
static const struct ew_i64 mul_scalar_i64 = {"mul_scalar_i64", .scalar = ksimd_mul_scalar_i64, .ref2 = ref_mul_i64};
static const struct ew_f32 div_scalar_f32 = {"div_scalar_f32", .scalar = ksimd_div_scalar_f32, .ref2 = ref_div_f32};
static const struct ew_f64 div_scalar_f64 = {"div_scalar_f64", .scalar = ksimd_div_scalar_f64, .ref2 = ref_div_f64};
static const struct ew_i32 floordiv_scalar_i32 = {"floordiv_scalar_i32", .scalar = ksimd_floordiv_scalar_i32,
                                                  .ref2 = ref_floordiv_i32, .divisor = 1};
static const struct ew_i64 floordiv_scalar_i64 = {"floordiv_scalar_i64", .scalar = ksimd_floordiv_scalar_i64,
                                                  .ref2 = ref_floordiv_i64, .divisor = 1};
static const struct ew_i32 mod_scalar_i32 = {"mod_scalar_i32", .scalar = ksimd_mod_scalar_i32, .ref2 = ref_mod_i32,
                                             .divisor = 1};
static const struct ew_i64 mod_scalar_i64 = {"mod_scalar_i64", .scalar = ksimd_mod_scalar_i64, .ref2 = ref_mod_i64,
                                             .divisor = 1};
static const struct ew_f32 axpb_f32 = {"axpb_f32", .axpb = ksimd_axpb_f32, .ref3 = ref_axpb_f32};
static const struct ew_f64 axpb_f64 = {"axpb_f64", .axpb = ksimd_axpb_f64, .ref3 = ref_axpb_f64};
static const struct ew_i32 axpb_i32 = {"axpb_i32", .axpb = ksimd_axpb_i32, .ref3 = ref_axpb_i32};
static const struct ew_i64 axpb_i64 = {"axpb_i64", .axpb = ksimd_axpb_i64, .ref3 = ref_axpb_i64};
static const struct ew_f32 fma_f32 = {"fma_f32", .ternary = ksimd_fma_f32, .ref3 = ref_fma_f32};
static const struct ew_f64 fma_f64 = {"fma_f64", .ternary = ksimd_fma_f64, .ref3 = ref_fma_f64};
static const struct ew_f32 neg_f32 = {"neg_f32", .unary = ksimd_neg_f32, .ref1 = ref_neg_f32};
static const struct ew_f64 neg_f64 = {"neg_f64", .unary = ksimd_neg_f64, .ref1 = ref_neg_f64};
static const struct ew_i32 neg_i32 = {"neg_i32", .unary = ksimd_neg_i32, .ref1 = ref_neg_i32};
static const struct ew_i64 neg_i64 = {"neg_i64", .unary = ksimd_neg_i64, .ref1 = ref_neg_i64};
static const struct ew_f32 abs_f32 = {"abs_f32", .unary = ksimd_abs_f32, .ref1 = ref_abs_f32};
static const struct ew_f64 abs_f64 = {"abs_f64", .unary = ksimd_abs_f64, .ref1 = ref_abs_f64};
static const struct ew_i32 abs_i32 = {"abs_i32", .unary = ksimd_abs_i32, .ref1 = ref_abs_i32};
static const struct ew_i64 abs_i64 = {"abs_i64", .unary = ksimd_abs_i64, .ref1 = ref_abs_i64};
static const struct ew_f32 square_f32 = {"square_f32", .unary = ksimd_square_f32, .ref1 = ref_square_f32};
static const struct ew_f64 square_f64 = {"square_f64", .unary = ksimd_square_f64, .ref1 = ref_square_f64};
static const struct ew_i32 square_i32 = {"square_i32", .unary = ksimd_square_i32, .ref1 = ref_square_i32};
static const struct ew_i64 square_i64 = {"square_i64", .unary = ksimd_square_i64, .ref1 = ref_square_i64};
static const struct ew_f32 sqrt_f32 = {"sqrt_f32", .unary = ksimd_sqrt_f32, .ref1 = ref_sqrt_f32};
static const struct ew_f64 sqrt_f64 = {"sqrt_f64", .unary = ksimd_sqrt_f64, .ref1 = ref_sqrt_f64};
static const struct ew_f32 floor_f32 = {"floor_f32", .unary = ksimd_floor_f32, .ref1 = ref_floor_f32};
static const struct ew_f64 floor_f64 = {"floor_f64", .unary = ksimd_floor_f64, .ref1 = ref_floor_f64};
static const struct ew_f32 ceil_f32 = {"ceil_f32", .unary = ksimd_ceil_f32, .ref1 = ref_ceil_f32};
static const struct ew_f64 ceil_f64 = {"ceil_f64", .unary = ksimd_ceil_f64, .ref1 = ref_ceil_f64};
static const struct ew_f32 rint_f32 = {"rint_f32", .unary = ksimd_rint_f32, .ref1 = ref_rint_f32};
static const struct ew_f64 rint_f64 = {"rint_f64", .unary = ksimd_rint_f64, .ref1 = ref_rint_f64};

/* One call past L2 and one above the streaming threshold per loop skeleton
 * (unary, binary, with a scalar, ternary, axpb), each element size
 * represented. Floor division has neither path. */
/* int64 floor division and modulo whose whole vectors take floordiv_t.h's
 * double-precision path (every |a| and |d| below 2^51): exact multiples of
 * large quotients (where the estimate x * (1/m) rounds below the integer),
 * neighbours, the edges +-(2^51 - 1), and divisors of every size and sign.
 * The sweep elsewhere mixes in huge values, so its vectors rarely qualify. */
static void check_floordiv_double(struct ks_report *r)
{
    enum { N = 1031, DIVISORS = 48 };
    const int64_t lim = (int64_t)1 << 51;
    static int64_t a[N], q[N], m[N];
    struct ks_rng g = ks_rng_from("floordiv double");
    for (int k = 0; k < DIVISORS; k++) {
        uint64_t bits = ks_rand(&g);
        int64_t d = k < 8 ? (k % 2 ? -(lim - 1 - k) : lim - 1 - k) : (int64_t)(bits >> (13 + k % 50)) + 1;
        if (k >= 8 && (bits & 1)) d = -d;
        int64_t qmax = lim / (d < 0 ? -d : d);
        for (size_t i = 0; i < N; i++) {
            uint64_t x = ks_rand(&g);
            int64_t qi = (int64_t)(x % (uint64_t)qmax) * (x >> 63 ? -1 : 1);
            a[i] = i % 7 == 6 ? (x & 1 ? lim - 1 : 1 - lim) : qi * d + (int64_t)(x >> 8) % 3 - (i % 3 ? 1 : 0);
            if (a[i] >= lim || a[i] <= -lim) a[i] = qi * d;
        }
        ksimd_status s1 = ksimd_floordiv_scalar_i64(q, a, d, N), s2 = ksimd_mod_scalar_i64(m, a, d, N);
        size_t bad = 0;
        while (bad < N && q[bad] == ref_floordiv_i64(a[bad], d) && m[bad] == ref_mod_i64(a[bad], d)) bad++;
        ks_check(r, s1 == KSIMD_OK && s2 == KSIMD_OK && bad == N,
                 "floordiv/mod_scalar_i64 by %lld: first wrong element %zu (a = %lld: %lld, %lld)", (long long)d, bad,
                 bad < N ? (long long)a[bad] : 0, bad < N ? (long long)q[bad] : 0, bad < N ? (long long)m[bad] : 0);
    }
}

static void check_streaming(struct ks_report *r)
{
    static const size_t bytes[] = {EW_MID_BYTES, EW_STREAM_BYTES};
    for (int i = 0; i < 2; i++) {
        ew_check_large_f32(r, &neg_f32, bytes[i]);
        ew_check_large_f64(r, &minimum_f64, bytes[i]);
        ew_check_large_i64(r, &sub_scalar_i64, bytes[i]);
        ew_check_large_f32(r, &fma_f32, bytes[i]);
        ew_check_large_i32(r, &axpb_i32, bytes[i]);
    }
}

/* ---- one case per kernel ---- */

static void check_add_f32(struct ks_report *r) { ew_check_f32(r, &add_f32); }
static void check_add_f64(struct ks_report *r) { ew_check_f64(r, &add_f64); }
static void check_add_i32(struct ks_report *r) { ew_check_i32(r, &add_i32); }
static void check_add_i64(struct ks_report *r) { ew_check_i64(r, &add_i64); }
static void check_sub_f32(struct ks_report *r) { ew_check_f32(r, &sub_f32); }
static void check_sub_f64(struct ks_report *r) { ew_check_f64(r, &sub_f64); }
static void check_sub_i32(struct ks_report *r) { ew_check_i32(r, &sub_i32); }
static void check_sub_i64(struct ks_report *r) { ew_check_i64(r, &sub_i64); }
static void check_mul_f32(struct ks_report *r) { ew_check_f32(r, &mul_f32); }
static void check_mul_f64(struct ks_report *r) { ew_check_f64(r, &mul_f64); }
static void check_mul_i32(struct ks_report *r) { ew_check_i32(r, &mul_i32); }
static void check_mul_i64(struct ks_report *r) { ew_check_i64(r, &mul_i64); }
static void check_div_f32(struct ks_report *r) { ew_check_f32(r, &div_f32); }
static void check_div_f64(struct ks_report *r) { ew_check_f64(r, &div_f64); }
static void check_minimum_f32(struct ks_report *r) { ew_check_f32(r, &minimum_f32); }
static void check_minimum_f64(struct ks_report *r) { ew_check_f64(r, &minimum_f64); }
static void check_minimum_i32(struct ks_report *r) { ew_check_i32(r, &minimum_i32); }
static void check_minimum_i64(struct ks_report *r) { ew_check_i64(r, &minimum_i64); }
static void check_maximum_f32(struct ks_report *r) { ew_check_f32(r, &maximum_f32); }
static void check_maximum_f64(struct ks_report *r) { ew_check_f64(r, &maximum_f64); }
static void check_maximum_i32(struct ks_report *r) { ew_check_i32(r, &maximum_i32); }
static void check_maximum_i64(struct ks_report *r) { ew_check_i64(r, &maximum_i64); }
static void check_add_scalar_f32(struct ks_report *r) { ew_check_f32(r, &add_scalar_f32); }
static void check_add_scalar_f64(struct ks_report *r) { ew_check_f64(r, &add_scalar_f64); }
static void check_add_scalar_i32(struct ks_report *r) { ew_check_i32(r, &add_scalar_i32); }
static void check_add_scalar_i64(struct ks_report *r) { ew_check_i64(r, &add_scalar_i64); }
static void check_sub_scalar_f32(struct ks_report *r) { ew_check_f32(r, &sub_scalar_f32); }
static void check_sub_scalar_f64(struct ks_report *r) { ew_check_f64(r, &sub_scalar_f64); }
static void check_sub_scalar_i32(struct ks_report *r) { ew_check_i32(r, &sub_scalar_i32); }
static void check_sub_scalar_i64(struct ks_report *r) { ew_check_i64(r, &sub_scalar_i64); }
static void check_mul_scalar_f32(struct ks_report *r) { ew_check_f32(r, &mul_scalar_f32); }
static void check_mul_scalar_f64(struct ks_report *r) { ew_check_f64(r, &mul_scalar_f64); }
static void check_mul_scalar_i32(struct ks_report *r) { ew_check_i32(r, &mul_scalar_i32); }
static void check_mul_scalar_i64(struct ks_report *r) { ew_check_i64(r, &mul_scalar_i64); }
static void check_div_scalar_f32(struct ks_report *r) { ew_check_f32(r, &div_scalar_f32); }
static void check_div_scalar_f64(struct ks_report *r) { ew_check_f64(r, &div_scalar_f64); }
static void check_floordiv_scalar_i32(struct ks_report *r) { ew_check_i32(r, &floordiv_scalar_i32); }
static void check_floordiv_scalar_i64(struct ks_report *r) { ew_check_i64(r, &floordiv_scalar_i64); }
static void check_mod_scalar_i32(struct ks_report *r) { ew_check_i32(r, &mod_scalar_i32); }
static void check_mod_scalar_i64(struct ks_report *r) { ew_check_i64(r, &mod_scalar_i64); }
static void check_axpb_f32(struct ks_report *r) { ew_check_f32(r, &axpb_f32); }
static void check_axpb_f64(struct ks_report *r) { ew_check_f64(r, &axpb_f64); }
static void check_axpb_i32(struct ks_report *r) { ew_check_i32(r, &axpb_i32); }
static void check_axpb_i64(struct ks_report *r) { ew_check_i64(r, &axpb_i64); }
static void check_fma_f32(struct ks_report *r) { ew_check_f32(r, &fma_f32); }
static void check_fma_f64(struct ks_report *r) { ew_check_f64(r, &fma_f64); }
static void check_neg_f32(struct ks_report *r) { ew_check_f32(r, &neg_f32); }
static void check_neg_f64(struct ks_report *r) { ew_check_f64(r, &neg_f64); }
static void check_neg_i32(struct ks_report *r) { ew_check_i32(r, &neg_i32); }
static void check_neg_i64(struct ks_report *r) { ew_check_i64(r, &neg_i64); }
static void check_abs_f32(struct ks_report *r) { ew_check_f32(r, &abs_f32); }
static void check_abs_f64(struct ks_report *r) { ew_check_f64(r, &abs_f64); }
static void check_abs_i32(struct ks_report *r) { ew_check_i32(r, &abs_i32); }
static void check_abs_i64(struct ks_report *r) { ew_check_i64(r, &abs_i64); }
static void check_square_f32(struct ks_report *r) { ew_check_f32(r, &square_f32); }
static void check_square_f64(struct ks_report *r) { ew_check_f64(r, &square_f64); }
static void check_square_i32(struct ks_report *r) { ew_check_i32(r, &square_i32); }
static void check_square_i64(struct ks_report *r) { ew_check_i64(r, &square_i64); }
static void check_sqrt_f32(struct ks_report *r) { ew_check_f32(r, &sqrt_f32); }
static void check_sqrt_f64(struct ks_report *r) { ew_check_f64(r, &sqrt_f64); }
static void check_floor_f32(struct ks_report *r) { ew_check_f32(r, &floor_f32); }
static void check_floor_f64(struct ks_report *r) { ew_check_f64(r, &floor_f64); }
static void check_ceil_f32(struct ks_report *r) { ew_check_f32(r, &ceil_f32); }
static void check_ceil_f64(struct ks_report *r) { ew_check_f64(r, &ceil_f64); }
static void check_rint_f32(struct ks_report *r) { ew_check_f32(r, &rint_f32); }
static void check_rint_f64(struct ks_report *r) { ew_check_f64(r, &rint_f64); }

/* Every elementwise kernel of the registry, checked by its check_<name>. */
#define KS_CASE_elementwise(name) {"elementwise", #name, check_##name},
const struct ks_case ks_elementwise_cases[] = {
#include "registry_cases.h"
    {"elementwise", "streaming", check_streaming},
    {"elementwise", "floordiv_double", check_floordiv_double},
    {NULL, NULL, NULL},
};

/* ---- cross-table identity: one case per element type ---- */

static const struct ew_f32 *const all_f32[] = {
    &add_f32,        &sub_f32,        &mul_f32,        &div_f32,  &minimum_f32, &maximum_f32, &add_scalar_f32,
    &sub_scalar_f32, &mul_scalar_f32, &div_scalar_f32, &axpb_f32, &fma_f32,     &neg_f32,     &abs_f32,
    &square_f32,     &sqrt_f32,       &floor_f32,      &ceil_f32, &rint_f32,
};
static const struct ew_f64 *const all_f64[] = {
    &add_f64,        &sub_f64,        &mul_f64,        &div_f64,  &minimum_f64, &maximum_f64, &add_scalar_f64,
    &sub_scalar_f64, &mul_scalar_f64, &div_scalar_f64, &axpb_f64, &fma_f64,     &neg_f64,     &abs_f64,
    &square_f64,     &sqrt_f64,       &floor_f64,      &ceil_f64, &rint_f64,
};
static const struct ew_i32 *const all_i32[] = {
    &add_i32,        &sub_i32,        &mul_i32,        &minimum_i32,         &maximum_i32,
    &add_scalar_i32, &sub_scalar_i32, &mul_scalar_i32, &floordiv_scalar_i32, &mod_scalar_i32,
    &axpb_i32,       &neg_i32,        &abs_i32,        &square_i32,
};
static const struct ew_i64 *const all_i64[] = {
    &add_i64,        &sub_i64,        &mul_i64,        &minimum_i64,         &maximum_i64,
    &add_scalar_i64, &sub_scalar_i64, &mul_scalar_i64, &floordiv_scalar_i64, &mod_scalar_i64,
    &axpb_i64,       &neg_i64,        &abs_i64,        &square_i64,
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static void identity_f32(struct ks_report *r)
{
    for (size_t i = 0; i < COUNT(all_f32); i++) ew_identity_f32(r, all_f32[i]);
}

static void identity_f64(struct ks_report *r)
{
    for (size_t i = 0; i < COUNT(all_f64); i++) ew_identity_f64(r, all_f64[i]);
}

static void identity_i32(struct ks_report *r)
{
    for (size_t i = 0; i < COUNT(all_i32); i++) ew_identity_i32(r, all_i32[i]);
}

static void identity_i64(struct ks_report *r)
{
    for (size_t i = 0; i < COUNT(all_i64); i++) ew_identity_i64(r, all_i64[i]);
}

const struct ks_case ks_elementwise_identity_cases[] = {
    {"elementwise", "identity_f32", identity_f32},
    {"elementwise", "identity_f64", identity_f64},
    {"elementwise", "identity_i32", identity_i32},
    {"elementwise", "identity_i64", identity_i64},
    {NULL, NULL, NULL},
};
