// The `highway` column: kbench's kernels written the way a Google Highway
// user writes them (Debian's libhwy-dev), compiled for every target Highway
// knows (foreach_target.h) and called through HWY_DYNAMIC_DISPATCH, which
// picks the best target this CPU supports on first call. Covered: add,
// mul, axpb (Mul then Add, rounded twice like ksimd's), sum, max and dot
// (several accumulators, as Highway recommends; dot uses MulAdd), compress
// (CompressBlendedStore: writes only the kept elements, as ksimd's
// contract requires) and where (IfThenElse), for float and double. Tails
// are plain scalar loops. Highway is a peer kbench measures, never a
// dependency of the library.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "peers/highway.h"

#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "peers/highway.cc"
#include "hwy/foreach_target.h" // IWYU pragma: keep
#include "hwy/highway.h"

HWY_BEFORE_NAMESPACE();
namespace kbhwy
{
namespace HWY_NAMESPACE
{
namespace hn = hwy::HWY_NAMESPACE;

template <typename T> void AddT(T *d, const T *a, const T *b, size_t n)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    size_t i = 0;
    for (; i + N <= n; i += N) hn::StoreU(hn::Add(hn::LoadU(t, a + i), hn::LoadU(t, b + i)), t, d + i);
    for (; i < n; i++) d[i] = a[i] + b[i];
}

template <typename T> void MulT(T *d, const T *a, const T *b, size_t n)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    size_t i = 0;
    for (; i + N <= n; i += N) hn::StoreU(hn::Mul(hn::LoadU(t, a + i), hn::LoadU(t, b + i)), t, d + i);
    for (; i < n; i++) d[i] = a[i] * b[i];
}

template <typename T> void AxpbT(T *d, const T *x, T a, T b, size_t n)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    const auto va = hn::Set(t, a), vb = hn::Set(t, b);
    size_t i = 0;
    for (; i + N <= n; i += N) hn::StoreU(hn::Add(hn::Mul(hn::LoadU(t, x + i), va), vb), t, d + i);
    for (; i < n; i++) d[i] = x[i] * a + b;
}

// Four accumulators hide the add latency.
template <typename T> void SumT(const T *a, size_t n, T *out)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    auto s0 = hn::Zero(t), s1 = hn::Zero(t), s2 = hn::Zero(t), s3 = hn::Zero(t);
    size_t i = 0;
    for (; i + 4 * N <= n; i += 4 * N) {
        s0 = hn::Add(s0, hn::LoadU(t, a + i));
        s1 = hn::Add(s1, hn::LoadU(t, a + i + N));
        s2 = hn::Add(s2, hn::LoadU(t, a + i + 2 * N));
        s3 = hn::Add(s3, hn::LoadU(t, a + i + 3 * N));
    }
    for (; i + N <= n; i += N) s0 = hn::Add(s0, hn::LoadU(t, a + i));
    T s = hn::GetLane(hn::SumOfLanes(t, hn::Add(hn::Add(s0, s1), hn::Add(s2, s3))));
    for (; i < n; i++) s += a[i];
    *out = s;
}

template <typename T> void DotT(const T *a, const T *b, size_t n, T *out)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    auto s0 = hn::Zero(t), s1 = hn::Zero(t), s2 = hn::Zero(t), s3 = hn::Zero(t);
    size_t i = 0;
    for (; i + 4 * N <= n; i += 4 * N) {
        s0 = hn::MulAdd(hn::LoadU(t, a + i), hn::LoadU(t, b + i), s0);
        s1 = hn::MulAdd(hn::LoadU(t, a + i + N), hn::LoadU(t, b + i + N), s1);
        s2 = hn::MulAdd(hn::LoadU(t, a + i + 2 * N), hn::LoadU(t, b + i + 2 * N), s2);
        s3 = hn::MulAdd(hn::LoadU(t, a + i + 3 * N), hn::LoadU(t, b + i + 3 * N), s3);
    }
    for (; i + N <= n; i += N) s0 = hn::MulAdd(hn::LoadU(t, a + i), hn::LoadU(t, b + i), s0);
    T s = hn::GetLane(hn::SumOfLanes(t, hn::Add(hn::Add(s0, s1), hn::Add(s2, s3))));
    for (; i < n; i++) s += a[i] * b[i];
    *out = s;
}

// Highway's Max is the CPU's (x86: not NaN-propagating); kbench checks
// this column on finite inputs.
template <typename T> void MaxT(const T *a, size_t n, T *out)
{
    if (n == 0) return;
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    size_t i = 0;
    T m = a[0];
    if (n >= 2 * N) {
        auto m0 = hn::LoadU(t, a), m1 = hn::LoadU(t, a + N);
        for (i = 2 * N; i + 2 * N <= n; i += 2 * N) {
            m0 = hn::Max(m0, hn::LoadU(t, a + i));
            m1 = hn::Max(m1, hn::LoadU(t, a + i + N));
        }
        m = hn::GetLane(hn::MaxOfLanes(t, hn::Max(m0, m1)));
    }
    for (; i < n; i++) m = a[i] > m ? a[i] : m;
    *out = m;
}

// A byte mask (0 or not) as a lane mask of T: bytes -> u32 -> (u64) lanes.
template <typename T> hn::Mask<hn::ScalableTag<T>> LoadByteMask(const uint8_t *m)
{
    const hn::ScalableTag<T> t;
    const hn::Rebind<uint8_t, decltype(t)> t8;
    const hn::Rebind<uint32_t, decltype(t)> t32;
    const hn::RebindToUnsigned<decltype(t)> tu;
    const auto v32 = hn::PromoteTo(t32, hn::LoadU(t8, m));
    if constexpr (sizeof(T) == 4) {
        return hn::RebindMask(t, hn::Ne(hn::BitCast(tu, v32), hn::Zero(tu)));
    } else {
        const auto v64 = hn::PromoteTo(tu, v32);
        return hn::RebindMask(t, hn::Ne(v64, hn::Zero(tu)));
    }
}

template <typename T> void WhereT(T *d, const uint8_t *m, const T *a, const T *b, size_t n)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    size_t i = 0;
    for (; i + N <= n; i += N)
        hn::StoreU(hn::IfThenElse(LoadByteMask<T>(m + i), hn::LoadU(t, a + i), hn::LoadU(t, b + i)), t, d + i);
    for (; i < n; i++) d[i] = m[i] ? a[i] : b[i];
}

template <typename T> void CompressT(T *d, const T *a, const uint8_t *m, size_t n, size_t *count)
{
    const hn::ScalableTag<T> t;
    const size_t N = hn::Lanes(t);
    size_t i = 0, k = 0;
    for (; i + N <= n; i += N) k += hn::CompressBlendedStore(hn::LoadU(t, a + i), LoadByteMask<T>(m + i), t, d + k);
    for (; i < n; i++)
        if (m[i]) d[k++] = a[i];
    *count = k;
}

// Non-template entry points, one per kernel, for HWY_EXPORT.
void AddF32(float *d, const float *a, const float *b, size_t n) { AddT(d, a, b, n); }
void AddF64(double *d, const double *a, const double *b, size_t n) { AddT(d, a, b, n); }
void MulF32(float *d, const float *a, const float *b, size_t n) { MulT(d, a, b, n); }
void MulF64(double *d, const double *a, const double *b, size_t n) { MulT(d, a, b, n); }
void AxpbF32(float *d, const float *x, float a, float b, size_t n) { AxpbT(d, x, a, b, n); }
void AxpbF64(double *d, const double *x, double a, double b, size_t n) { AxpbT(d, x, a, b, n); }
void SumF32(const float *a, size_t n, float *out) { SumT(a, n, out); }
void SumF64(const double *a, size_t n, double *out) { SumT(a, n, out); }
void DotF32(const float *a, const float *b, size_t n, float *out) { DotT(a, b, n, out); }
void DotF64(const double *a, const double *b, size_t n, double *out) { DotT(a, b, n, out); }
void MaxF32(const float *a, size_t n, float *out) { MaxT(a, n, out); }
void MaxF64(const double *a, size_t n, double *out) { MaxT(a, n, out); }
void WhereF32(float *d, const uint8_t *m, const float *a, const float *b, size_t n) { WhereT(d, m, a, b, n); }
void WhereF64(double *d, const uint8_t *m, const double *a, const double *b, size_t n) { WhereT(d, m, a, b, n); }
void CompressF32(float *d, const float *a, const uint8_t *m, size_t n, size_t *c) { CompressT(d, a, m, n, c); }
void CompressF64(double *d, const double *a, const uint8_t *m, size_t n, size_t *c) { CompressT(d, a, m, n, c); }

} // namespace HWY_NAMESPACE
} // namespace kbhwy
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace kbhwy
{
HWY_EXPORT(AddF32);
HWY_EXPORT(AddF64);
HWY_EXPORT(MulF32);
HWY_EXPORT(MulF64);
HWY_EXPORT(AxpbF32);
HWY_EXPORT(AxpbF64);
HWY_EXPORT(SumF32);
HWY_EXPORT(SumF64);
HWY_EXPORT(DotF32);
HWY_EXPORT(DotF64);
HWY_EXPORT(MaxF32);
HWY_EXPORT(MaxF64);
HWY_EXPORT(WhereF32);
HWY_EXPORT(WhereF64);
HWY_EXPORT(CompressF32);
HWY_EXPORT(CompressF64);

// The functions kbench calls: the ksimd signature, through the dispatcher.
void add_f32(float *d, const float *a, const float *b, size_t n) { HWY_DYNAMIC_DISPATCH(AddF32)(d, a, b, n); }
void add_f64(double *d, const double *a, const double *b, size_t n) { HWY_DYNAMIC_DISPATCH(AddF64)(d, a, b, n); }
void mul_f32(float *d, const float *a, const float *b, size_t n) { HWY_DYNAMIC_DISPATCH(MulF32)(d, a, b, n); }
void mul_f64(double *d, const double *a, const double *b, size_t n) { HWY_DYNAMIC_DISPATCH(MulF64)(d, a, b, n); }
void axpb_f32(float *d, const float *x, float a, float b, size_t n) { HWY_DYNAMIC_DISPATCH(AxpbF32)(d, x, a, b, n); }
void axpb_f64(double *d, const double *x, double a, double b, size_t n)
{
    HWY_DYNAMIC_DISPATCH(AxpbF64)(d, x, a, b, n);
}
void sum_f32(const float *a, size_t n, float *out) { HWY_DYNAMIC_DISPATCH(SumF32)(a, n, out); }
void sum_f64(const double *a, size_t n, double *out) { HWY_DYNAMIC_DISPATCH(SumF64)(a, n, out); }
void dot_f32(const float *a, const float *b, size_t n, float *out) { HWY_DYNAMIC_DISPATCH(DotF32)(a, b, n, out); }
void dot_f64(const double *a, const double *b, size_t n, double *out) { HWY_DYNAMIC_DISPATCH(DotF64)(a, b, n, out); }
void max_f32(const float *a, size_t n, float *out) { HWY_DYNAMIC_DISPATCH(MaxF32)(a, n, out); }
void max_f64(const double *a, size_t n, double *out) { HWY_DYNAMIC_DISPATCH(MaxF64)(a, n, out); }
void where_f32(float *d, const uint8_t *m, const float *a, const float *b, size_t n)
{
    HWY_DYNAMIC_DISPATCH(WhereF32)(d, m, a, b, n);
}
void where_f64(double *d, const uint8_t *m, const double *a, const double *b, size_t n)
{
    HWY_DYNAMIC_DISPATCH(WhereF64)(d, m, a, b, n);
}
void compress_f32(float *d, const float *a, const uint8_t *m, size_t n, size_t *c)
{
    HWY_DYNAMIC_DISPATCH(CompressF32)(d, a, m, n, c);
}
void compress_f64(double *d, const double *a, const uint8_t *m, size_t n, size_t *c)
{
    HWY_DYNAMIC_DISPATCH(CompressF64)(d, a, m, n, c);
}

struct Named {
    const char *name;
    kbhwy_fn fn;
};
const Named kLoops[] = {
    {"add_f32", reinterpret_cast<kbhwy_fn>(add_f32)},
    {"add_f64", reinterpret_cast<kbhwy_fn>(add_f64)},
    {"mul_f32", reinterpret_cast<kbhwy_fn>(mul_f32)},
    {"mul_f64", reinterpret_cast<kbhwy_fn>(mul_f64)},
    {"axpb_f32", reinterpret_cast<kbhwy_fn>(axpb_f32)},
    {"axpb_f64", reinterpret_cast<kbhwy_fn>(axpb_f64)},
    {"sum_f32", reinterpret_cast<kbhwy_fn>(sum_f32)},
    {"sum_f64", reinterpret_cast<kbhwy_fn>(sum_f64)},
    {"dot_f32", reinterpret_cast<kbhwy_fn>(dot_f32)},
    {"dot_f64", reinterpret_cast<kbhwy_fn>(dot_f64)},
    {"max_f32", reinterpret_cast<kbhwy_fn>(max_f32)},
    {"max_f64", reinterpret_cast<kbhwy_fn>(max_f64)},
    {"where_f32", reinterpret_cast<kbhwy_fn>(where_f32)},
    {"where_f64", reinterpret_cast<kbhwy_fn>(where_f64)},
    {"compress_f32", reinterpret_cast<kbhwy_fn>(compress_f32)},
    {"compress_f64", reinterpret_cast<kbhwy_fn>(compress_f64)},
};
} // namespace kbhwy

extern "C" kbhwy_fn kbhwy_find(const char *kernel)
{
    for (const kbhwy::Named &l : kbhwy::kLoops)
        if (strcmp(l.name, kernel) == 0) return l.fn;
    return nullptr;
}

#define KBHWY_STRING(x) #x
#define KBHWY_VALUE(x) KBHWY_STRING(x)
extern "C" const char kbhwy_description[] = "Google Highway " KBHWY_VALUE(HWY_MAJOR) "." KBHWY_VALUE(
    HWY_MINOR) "." KBHWY_VALUE(HWY_PATCH) ", every target it knows, chosen at run time "
                                          "(HWY_DYNAMIC_DISPATCH), C++17 -O3 -ffp-contract=off";
#endif // HWY_ONCE
