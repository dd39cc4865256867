/* ksimd: SIMD numeric kernels with runtime dispatch.
 *
 * The contract this header implements is API.md: every kernel returns a
 * ksimd_status, validates its arguments before writing anything, never reads
 * or writes outside [0, n) of any array, and returns bit-identical results on
 * every ISA table (scalar, SSE4.2, AVX2, AVX-512, NEON).
 */
#ifndef KSIMD_H
#define KSIMD_H

#include <stddef.h>
#include <stdint.h>

#define KSIMD_VERSION_MAJOR 0
#define KSIMD_VERSION_MINOR 1
#define KSIMD_VERSION_PATCH 0

#if defined(_WIN32) && defined(KSIMD_SHARED_BUILD)
#define KSIMD_API __declspec(dllexport)
#elif defined(__GNUC__)
#define KSIMD_API __attribute__((visibility("default")))
#else
#define KSIMD_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status ------------------------------------------------------------ */

typedef enum ksimd_status {
    KSIMD_OK = 0,
    KSIMD_ERR_NULL,    /* NULL pointer where n > 0 (or a NULL out-pointer) */
    KSIMD_ERR_OVERLAP, /* output partially overlaps an input */
    KSIMD_ERR_RANGE,   /* divisor 0, key >= ngroups, lo > hi, unknown enum */
    KSIMD_ERR_SHAPE,   /* 2-D shape or strides invalid, size overflows */
    KSIMD_ERR_EMPTY,   /* reduction with no identity on n == 0 */
    KSIMD_ERR_ISA,     /* ISA not built in or not supported by this CPU/OS */
    KSIMD_ERR_PROFILE, /* tuning profile unreadable, malformed or foreign */
    KSIMD_ERR_EXPR,    /* expression text invalid (syntax, names, types, limits) */
    KSIMD_ERR_NOMEM    /* allocation failed (compiling an expression, starting threads) */
} ksimd_status;

KSIMD_API const char *ksimd_strerror(ksimd_status s); /* never NULL */
KSIMD_API const char *ksimd_version(void);            /* "MAJOR.MINOR.PATCH" */

/* ---- Dispatch ---------------------------------------------------------- */

typedef enum ksimd_isa {
    KSIMD_ISA_SCALAR,
    KSIMD_ISA_SSE42,
    KSIMD_ISA_AVX2,
    KSIMD_ISA_AVX512,
    KSIMD_ISA_NEON,
    KSIMD_ISA_COUNT
} ksimd_isa;

/* The table in use now (chosen on first use, capped by env KSIMD_ISA). */
KSIMD_API ksimd_isa ksimd_isa_active(void);
/* Non-zero when the table is built in and the CPU and OS can run it. */
KSIMD_API int ksimd_isa_available(ksimd_isa isa);
/* "scalar", "sse4.2", "avx2", "avx512", "neon"; "unknown" outside the enum. */
KSIMD_API const char *ksimd_isa_name(ksimd_isa isa);
KSIMD_API ksimd_status ksimd_isa_from_name(const char *name, ksimd_isa *out);
/* Pins every kernel to one table; KSIMD_ERR_ISA if it is not available. */
KSIMD_API ksimd_status ksimd_isa_set(ksimd_isa isa);
/* Back to the tables chosen on first use (KSIMD_ISA, KSIMD_PROFILE), after
 * ksimd_isa_set or ksimd_profile_load. */
KSIMD_API void ksimd_isa_reset(void);

/* ---- Threads ----------------------------------------------------------- */

/* Large calls split across this many threads, the caller's included: 1 (the
 * default: a library must not start threads it was not asked for), or 0 for
 * one per CPU this process may run on. Results are bit-identical for every
 * count, on every table. Environment KSIMD_THREADS=<n> sets it on first use.
 * KSIMD_ERR_NOMEM when threads could not be started (the count in force is
 * then what could be); a call never fails for want of threads, and a call
 * that finds the threads busy with another runs on its own thread. After
 * fork() the child runs single-threaded until it calls this again. */
KSIMD_API ksimd_status ksimd_threads_set(size_t n);
/* The count in force (0 resolved to the CPUs). */
KSIMD_API size_t ksimd_threads_get(void);

/* ---- Expressions ------------------------------------------------------- */

/* A numexpr-style expression over named, typed 1-D inputs, compiled once
 * into an immutable program and evaluated in one pass over memory, in
 * cache-sized blocks, through the active table. The result is bit-identical
 * on every table and to the same operations done one kernel call at a time
 * (sum(...) to ksimd_sum_T of the materialised values). README
 * "Expressions" has the language; the types follow NumPy 2 (NEP 50). */
typedef enum ksimd_dtype {
    KSIMD_DT_BOOL, /* uint8_t, 0 or 1 (any non-zero byte reads as true) */
    KSIMD_DT_I32,
    KSIMD_DT_I64,
    KSIMD_DT_F32,
    KSIMD_DT_F64
} ksimd_dtype;
typedef struct ksimd_expr ksimd_expr; /* opaque, immutable once compiled */
typedef struct ksimd_expr_error {
    size_t pos;    /* byte offset in the text */
    char msg[128]; /* one line, NUL-terminated */
} ksimd_expr_error;

/* KSIMD_ERR_EXPR (syntax, names, types, arity, limits: 4096 bytes of text,
 * 32 variables, 256 operations) or KSIMD_ERR_RANGE (a literal zero
 * divisor), with *out NULL and *err (when err is not NULL) saying where and
 * why; KSIMD_ERR_NULL for a NULL out or text, or NULL names/types with
 * nvars > 0; KSIMD_ERR_NOMEM. */
KSIMD_API ksimd_status ksimd_expr_compile(ksimd_expr **out, const char *text, const char *const *names,
                                          const ksimd_dtype *types, size_t nvars, ksimd_expr_error *err);
/* dst: n elements of the result type, or one when the expression reduces;
 * inputs[i] is names[i]'s array of n elements. dst may equal an input of the
 * result's type; a partial overlap is KSIMD_ERR_OVERLAP. On any error
 * nothing is written. Never allocates; safe from many threads at once. */
KSIMD_API ksimd_status ksimd_expr_eval(const ksimd_expr *e, void *dst, const void *const *inputs, size_t n);
KSIMD_API ksimd_dtype ksimd_expr_dtype(const ksimd_expr *e); /* the result's type */
KSIMD_API int ksimd_expr_reduces(const ksimd_expr *e);       /* 1: dst receives one value */
KSIMD_API void ksimd_expr_free(ksimd_expr *e);               /* NULL is fine */

/* ---- Tuning ------------------------------------------------------------ */

/* A profile names, per kernel, the table that was fastest on one CPU (as
 * `kbench --tune` writes it). Every table gives the same bits, so a profile
 * never changes a result, only speed. Loading checks the library version,
 * the CPU fingerprint and every line; on any mismatch it returns
 * KSIMD_ERR_PROFILE and the tables in use stay as they were. The choice is
 * capped by KSIMD_ISA like the default. Environment KSIMD_PROFILE=<path>
 * loads one on first use (silently keeping the defaults if it is refused:
 * `kbench --explain` says why). ksimd_isa_set() drops the profile. */
KSIMD_API ksimd_status ksimd_profile_load(const char *path);

/* Writes a profile choosing isas[i] for kernels[i], stamped with this
 * library's version and this CPU's fingerprint. The file is written to a
 * temporary name and renamed, so a failed save never leaves a partial
 * profile. KSIMD_ERR_RANGE for an unknown kernel name or ISA value,
 * KSIMD_ERR_ISA for a table this CPU cannot run, KSIMD_ERR_PROFILE when the
 * file cannot be written. */
KSIMD_API ksimd_status ksimd_profile_save(const char *path, const char *const *kernels, const ksimd_isa *isas,
                                          size_t n);

/* Names the table serving a kernel ("sum_f64" -> "avx2"); NULL if unknown. */
KSIMD_API const char *ksimd_kernel_isa(const char *kernel);

/* The kernel names, in table order: name i for i < count, NULL past it. */
KSIMD_API const char *ksimd_kernel_name(size_t i);

/* What a profile is stamped with: architecture, vendor, family/model and
 * the feature bits ksimd decodes, e.g. "x86 AuthenticAMD 25/1 f=0x7fffff". */
KSIMD_API const char *ksimd_cpu_fingerprint(void);

/* ---- Elementwise: dst[i] = f(a[i], b[i], ...) ---------------------------
 * dst may equal an input exactly; a partial overlap is KSIMD_ERR_OVERLAP.
 * Integer arithmetic wraps modulo 2^N. minimum/maximum follow IEEE 754-2019
 * (NaN propagates, -0.0 < +0.0). */

KSIMD_API ksimd_status ksimd_add_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_add_f64(double *dst, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_add_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n);
KSIMD_API ksimd_status ksimd_add_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n);
KSIMD_API ksimd_status ksimd_sub_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_sub_f64(double *dst, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_sub_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n);
KSIMD_API ksimd_status ksimd_sub_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n);
KSIMD_API ksimd_status ksimd_mul_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_mul_f64(double *dst, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_mul_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n);
KSIMD_API ksimd_status ksimd_mul_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n);
KSIMD_API ksimd_status ksimd_div_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_div_f64(double *dst, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_minimum_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_minimum_f64(double *dst, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_minimum_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n);
KSIMD_API ksimd_status ksimd_minimum_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n);
KSIMD_API ksimd_status ksimd_maximum_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_maximum_f64(double *dst, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_maximum_i32(int32_t *dst, const int32_t *a, const int32_t *b, size_t n);
KSIMD_API ksimd_status ksimd_maximum_i64(int64_t *dst, const int64_t *a, const int64_t *b, size_t n);

KSIMD_API ksimd_status ksimd_add_scalar_f32(float *dst, const float *a, float s, size_t n);
KSIMD_API ksimd_status ksimd_add_scalar_f64(double *dst, const double *a, double s, size_t n);
KSIMD_API ksimd_status ksimd_add_scalar_i32(int32_t *dst, const int32_t *a, int32_t s, size_t n);
KSIMD_API ksimd_status ksimd_add_scalar_i64(int64_t *dst, const int64_t *a, int64_t s, size_t n);
KSIMD_API ksimd_status ksimd_sub_scalar_f32(float *dst, const float *a, float s, size_t n);
KSIMD_API ksimd_status ksimd_sub_scalar_f64(double *dst, const double *a, double s, size_t n);
KSIMD_API ksimd_status ksimd_sub_scalar_i32(int32_t *dst, const int32_t *a, int32_t s, size_t n);
KSIMD_API ksimd_status ksimd_sub_scalar_i64(int64_t *dst, const int64_t *a, int64_t s, size_t n);
KSIMD_API ksimd_status ksimd_mul_scalar_f32(float *dst, const float *a, float s, size_t n);
KSIMD_API ksimd_status ksimd_mul_scalar_f64(double *dst, const double *a, double s, size_t n);
KSIMD_API ksimd_status ksimd_mul_scalar_i32(int32_t *dst, const int32_t *a, int32_t s, size_t n);
KSIMD_API ksimd_status ksimd_mul_scalar_i64(int64_t *dst, const int64_t *a, int64_t s, size_t n);
KSIMD_API ksimd_status ksimd_div_scalar_f32(float *dst, const float *a, float s, size_t n);
KSIMD_API ksimd_status ksimd_div_scalar_f64(double *dst, const double *a, double s, size_t n);

/* a*x + b, rounded twice (as NumPy's x*a+b); integers wrap. */
KSIMD_API ksimd_status ksimd_axpb_f32(float *dst, const float *x, float a, float b, size_t n);
KSIMD_API ksimd_status ksimd_axpb_f64(double *dst, const double *x, double a, double b, size_t n);
KSIMD_API ksimd_status ksimd_axpb_i32(int32_t *dst, const int32_t *x, int32_t a, int32_t b, size_t n);
KSIMD_API ksimd_status ksimd_axpb_i64(int64_t *dst, const int64_t *x, int64_t a, int64_t b, size_t n);

/* a*b + c, rounded once on every table. */
KSIMD_API ksimd_status ksimd_fma_f32(float *dst, const float *a, const float *b, const float *c, size_t n);
KSIMD_API ksimd_status ksimd_fma_f64(double *dst, const double *a, const double *b, const double *c, size_t n);

KSIMD_API ksimd_status ksimd_neg_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_neg_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_neg_i32(int32_t *dst, const int32_t *a, size_t n);
KSIMD_API ksimd_status ksimd_neg_i64(int64_t *dst, const int64_t *a, size_t n);
KSIMD_API ksimd_status ksimd_abs_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_abs_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_abs_i32(int32_t *dst, const int32_t *a, size_t n);
KSIMD_API ksimd_status ksimd_abs_i64(int64_t *dst, const int64_t *a, size_t n);
KSIMD_API ksimd_status ksimd_square_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_square_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_square_i32(int32_t *dst, const int32_t *a, size_t n);
KSIMD_API ksimd_status ksimd_square_i64(int64_t *dst, const int64_t *a, size_t n);

KSIMD_API ksimd_status ksimd_sqrt_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_sqrt_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_floor_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_floor_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_ceil_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_ceil_f64(double *dst, const double *a, size_t n);
/* Round half to even. */
KSIMD_API ksimd_status ksimd_rint_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_rint_f64(double *dst, const double *a, size_t n);

/* Python/NumPy floor division and modulo by a scalar: the result of mod has
 * the sign of d; d == 0 is KSIMD_ERR_RANGE. INT_MIN // -1 wraps to INT_MIN. */
KSIMD_API ksimd_status ksimd_floordiv_scalar_i32(int32_t *dst, const int32_t *a, int32_t d, size_t n);
KSIMD_API ksimd_status ksimd_floordiv_scalar_i64(int64_t *dst, const int64_t *a, int64_t d, size_t n);
KSIMD_API ksimd_status ksimd_mod_scalar_i32(int32_t *dst, const int32_t *a, int32_t d, size_t n);
KSIMD_API ksimd_status ksimd_mod_scalar_i64(int64_t *dst, const int64_t *a, int64_t d, size_t n);

/* ---- Reductions ---------------------------------------------------------
 * The result goes through an out-pointer; on any error nothing is written.
 * R is float for f32, double for f64 and int64_t for i32 and i64 (wrapping).
 * Float sums and dots follow one canonical order (docs/reductions.md), so
 * every table returns the same bits whatever the alignment, and
 * |err| <= 2*log2(n)*eps*sum|a_i| (dots: 2*log2(n)+1, on sum|a_i*b_i|).
 * NULL out -> KSIMD_ERR_NULL whatever n; out partially overlapping the
 * input -> KSIMD_ERR_OVERLAP. */

/* Sum of a[0, n); n == 0 gives +0 (a sum of only -0.0 terms is +0.0 too). */
KSIMD_API ksimd_status ksimd_sum_f32(const float *a, size_t n, float *out);
KSIMD_API ksimd_status ksimd_sum_f64(const double *a, size_t n, double *out);
KSIMD_API ksimd_status ksimd_sum_i32(const int32_t *a, size_t n, int64_t *out);
KSIMD_API ksimd_status ksimd_sum_i64(const int64_t *a, size_t n, int64_t *out);
/* Sum of a[i]*b[i], each product rounded (no FMA), then the sum order. */
KSIMD_API ksimd_status ksimd_dot_f32(const float *a, const float *b, size_t n, float *out);
KSIMD_API ksimd_status ksimd_dot_f64(const double *a, const double *b, size_t n, double *out);

/* IEEE 754-2019 minimum/maximum: NaN propagates, -0.0 < +0.0.
 * n == 0 is KSIMD_ERR_EMPTY. */
KSIMD_API ksimd_status ksimd_min_f32(const float *a, size_t n, float *out);
KSIMD_API ksimd_status ksimd_min_f64(const double *a, size_t n, double *out);
KSIMD_API ksimd_status ksimd_min_i32(const int32_t *a, size_t n, int32_t *out);
KSIMD_API ksimd_status ksimd_min_i64(const int64_t *a, size_t n, int64_t *out);
KSIMD_API ksimd_status ksimd_max_f32(const float *a, size_t n, float *out);
KSIMD_API ksimd_status ksimd_max_f64(const double *a, size_t n, double *out);
KSIMD_API ksimd_status ksimd_max_i32(const int32_t *a, size_t n, int32_t *out);
KSIMD_API ksimd_status ksimd_max_i64(const int64_t *a, size_t n, int64_t *out);

/* First index of the smallest/largest element, or of the first NaN if any
 * (NumPy). -0.0 and +0.0 compare equal here. n == 0 is KSIMD_ERR_EMPTY. */
KSIMD_API ksimd_status ksimd_argmin_f32(const float *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmin_f64(const double *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmin_i32(const int32_t *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmin_i64(const int64_t *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmax_f32(const float *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmax_f64(const double *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmax_i32(const int32_t *a, size_t n, size_t *out);
KSIMD_API ksimd_status ksimd_argmax_i64(const int64_t *a, size_t n, size_t *out);

/* For each group k in [0, ngroups): sums[k] = sum of the values[i] with
 * keys[i] == k, counts[k] = how many (counts may be NULL). A key outside
 * [0, ngroups) is KSIMD_ERR_RANGE with nothing written; sums or counts
 * sharing any byte with values, keys or each other is KSIMD_ERR_OVERLAP
 * (outputs are cleared before the inputs are read). Float group sums are
 * reproducible and accurate like sums, with n the group's count. */
KSIMD_API ksimd_status ksimd_group_sum_f32(float *sums, int64_t *counts, const float *values, const int32_t *keys,
                                           size_t n, size_t ngroups);
KSIMD_API ksimd_status ksimd_group_sum_f64(double *sums, int64_t *counts, const double *values, const int32_t *keys,
                                           size_t n, size_t ngroups);
KSIMD_API ksimd_status ksimd_group_sum_i64(int64_t *sums, int64_t *counts, const int64_t *values, const int32_t *keys,
                                           size_t n, size_t ngroups);

/* ---- Transcendental: dst[i] = f(a[i]), pow: dst[i] = a[i]^b[i] -----------
 * Within 1.0 ULP of the correctly rounded result (SLEEF's u10 class) and
 * bit-identical on every table (SLEEF's deterministic functions). Special
 * values follow C99 Annex F: exp(-inf) = +0, log(+-0) = -inf, log(x < 0) =
 * NaN, sin/cos(+-inf) = NaN, tanh(+-inf) = +-1, tanh(-0.0) = -0.0,
 * pow(x, +-0) = 1 and pow(1, y) = 1 even for NaN, pow(+-0, -1) = +-inf.
 * dst may equal an input exactly; a partial overlap is KSIMD_ERR_OVERLAP. */
KSIMD_API ksimd_status ksimd_exp_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_exp_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_log_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_log_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_sin_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_sin_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_cos_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_cos_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_tanh_f32(float *dst, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_tanh_f64(double *dst, const double *a, size_t n);
KSIMD_API ksimd_status ksimd_pow_f32(float *dst, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_pow_f64(double *dst, const double *a, const double *b, size_t n);

/* ---- Masked conditionals ------------------------------------------------
 * Masks are uint8_t arrays (NumPy's bool layout): every output mask byte is
 * exactly 0 or 1; as inputs, any non-zero byte is true. Comparisons with NaN
 * are false, except KSIMD_NE, which is true. An op outside ksimd_cmp is
 * KSIMD_ERR_RANGE whatever n. A partial overlap between any output and any
 * input (masks included) is KSIMD_ERR_OVERLAP; dst may equal an input of
 * its own type exactly (in place). */

typedef enum ksimd_cmp { KSIMD_LT, KSIMD_LE, KSIMD_GT, KSIMD_GE, KSIMD_EQ, KSIMD_NE } ksimd_cmp;

/* mask[i] = a[i] op b[i] */
KSIMD_API ksimd_status ksimd_cmp_f32(uint8_t *mask, const float *a, const float *b, ksimd_cmp op, size_t n);
KSIMD_API ksimd_status ksimd_cmp_f64(uint8_t *mask, const double *a, const double *b, ksimd_cmp op, size_t n);
KSIMD_API ksimd_status ksimd_cmp_i32(uint8_t *mask, const int32_t *a, const int32_t *b, ksimd_cmp op, size_t n);
KSIMD_API ksimd_status ksimd_cmp_i64(uint8_t *mask, const int64_t *a, const int64_t *b, ksimd_cmp op, size_t n);
/* mask[i] = a[i] op s */
KSIMD_API ksimd_status ksimd_cmp_scalar_f32(uint8_t *mask, const float *a, float s, ksimd_cmp op, size_t n);
KSIMD_API ksimd_status ksimd_cmp_scalar_f64(uint8_t *mask, const double *a, double s, ksimd_cmp op, size_t n);
KSIMD_API ksimd_status ksimd_cmp_scalar_i32(uint8_t *mask, const int32_t *a, int32_t s, ksimd_cmp op, size_t n);
KSIMD_API ksimd_status ksimd_cmp_scalar_i64(uint8_t *mask, const int64_t *a, int64_t s, ksimd_cmp op, size_t n);

/* dst[i] = mask[i] ? a[i] : b[i] */
KSIMD_API ksimd_status ksimd_where_f32(float *dst, const uint8_t *mask, const float *a, const float *b, size_t n);
KSIMD_API ksimd_status ksimd_where_f64(double *dst, const uint8_t *mask, const double *a, const double *b, size_t n);
KSIMD_API ksimd_status ksimd_where_i32(int32_t *dst, const uint8_t *mask, const int32_t *a, const int32_t *b, size_t n);
KSIMD_API ksimd_status ksimd_where_i64(int64_t *dst, const uint8_t *mask, const int64_t *a, const int64_t *b, size_t n);

/* dst[i] = a[i] < lo ? lo : a[i] > hi ? hi : a[i]. A NaN a[i] stays NaN, and
 * an a[i] equal to a bound is kept as it is (clip(-0.0, +0.0, 1) = -0.0).
 * lo > hi, or a NaN bound, is KSIMD_ERR_RANGE whatever n; lo == hi is fine. */
KSIMD_API ksimd_status ksimd_clip_f32(float *dst, const float *a, float lo, float hi, size_t n);
KSIMD_API ksimd_status ksimd_clip_f64(double *dst, const double *a, double lo, double hi, size_t n);
KSIMD_API ksimd_status ksimd_clip_i32(int32_t *dst, const int32_t *a, int32_t lo, int32_t hi, size_t n);
KSIMD_API ksimd_status ksimd_clip_i64(int64_t *dst, const int64_t *a, int64_t lo, int64_t hi, size_t n);

/* The a[i] whose mask[i] is true, in order, to dst[0, *count). dst has room
 * for n; nothing at or past dst[*count] is written. count may not be NULL
 * (KSIMD_ERR_NULL whatever n). */
KSIMD_API ksimd_status ksimd_compress_f32(float *dst, const float *a, const uint8_t *mask, size_t n, size_t *count);
KSIMD_API ksimd_status ksimd_compress_f64(double *dst, const double *a, const uint8_t *mask, size_t n, size_t *count);
KSIMD_API ksimd_status ksimd_compress_i32(int32_t *dst, const int32_t *a, const uint8_t *mask, size_t n, size_t *count);
KSIMD_API ksimd_status ksimd_compress_i64(int64_t *dst, const int64_t *a, const uint8_t *mask, size_t n, size_t *count);

/* mask[i] = a[i] is a NaN (quiet or signalling, either sign) */
KSIMD_API ksimd_status ksimd_isnan_f32(uint8_t *mask, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_isnan_f64(uint8_t *mask, const double *a, size_t n);
/* mask[i] = a[i] is finite: neither NaN nor +-inf (NumPy's isfinite) */
KSIMD_API ksimd_status ksimd_isfinite_f32(uint8_t *mask, const float *a, size_t n);
KSIMD_API ksimd_status ksimd_isfinite_f64(uint8_t *mask, const double *a, size_t n);

/* Logic on byte masks; the results are 0/1 whatever non-zero bytes came in. */
KSIMD_API ksimd_status ksimd_mask_and(uint8_t *dst, const uint8_t *a, const uint8_t *b, size_t n);
KSIMD_API ksimd_status ksimd_mask_or(uint8_t *dst, const uint8_t *a, const uint8_t *b, size_t n);
KSIMD_API ksimd_status ksimd_mask_xor(uint8_t *dst, const uint8_t *a, const uint8_t *b, size_t n);
KSIMD_API ksimd_status ksimd_mask_not(uint8_t *dst, const uint8_t *a, size_t n);
/* *out = the number of non-zero bytes of mask[0, n); out may not be NULL. */
KSIMD_API ksimd_status ksimd_count_u8(const uint8_t *mask, size_t n, size_t *out);

/* ---- Strided 2-D traversals ---------------------------------------------
 * A 2-D view is (pointer, rows, cols, row stride, col stride), strides in
 * elements: C order is rs = cols, cs = 1; Fortran order rs = 1, cs = rows.
 * Negative strides are fine; a zero stride on an input broadcasts it along
 * that axis; a zero stride on an output with extent > 1 is KSIMD_ERR_SHAPE,
 * as is an overflow of rows*cols or of any view's byte extent. A NULL
 * pointer with a non-empty shape is KSIMD_ERR_NULL. dst may be exactly the
 * same view as an input (same pointer and strides: in place); any other
 * byte shared between an output and an input is KSIMD_ERR_OVERLAP (the test
 * compares byte extents, so interleaved views count as overlapping). Every
 * kernel picks its memory order itself: whatever the layouts, it streams
 * the contiguous axis (docs/strided2d.md). */

typedef enum ksimd_binop {
    KSIMD_OP_ADD,
    KSIMD_OP_SUB,
    KSIMD_OP_MUL,
    KSIMD_OP_DIV, /* float types only: KSIMD_ERR_RANGE on i32 and i64 */
    KSIMD_OP_MIN, /* IEEE 754-2019 minimum, as ksimd_minimum_T */
    KSIMD_OP_MAX  /* IEEE 754-2019 maximum, as ksimd_maximum_T */
} ksimd_binop;

/* dst(i, j) = src(i, j): any layout to any layout; C <-> Fortran is a
 * cache-blocked transpose. Bits are copied exactly (NaN payloads too). */
KSIMD_API ksimd_status ksimd_copy2d_f32(float *dst, ptrdiff_t drs, ptrdiff_t dcs, const float *src, ptrdiff_t srs,
                                        ptrdiff_t scs, size_t rows, size_t cols);
KSIMD_API ksimd_status ksimd_copy2d_f64(double *dst, ptrdiff_t drs, ptrdiff_t dcs, const double *src, ptrdiff_t srs,
                                        ptrdiff_t scs, size_t rows, size_t cols);
KSIMD_API ksimd_status ksimd_copy2d_i32(int32_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int32_t *src, ptrdiff_t srs,
                                        ptrdiff_t scs, size_t rows, size_t cols);
KSIMD_API ksimd_status ksimd_copy2d_i64(int64_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int64_t *src, ptrdiff_t srs,
                                        ptrdiff_t scs, size_t rows, size_t cols);

/* dst(i, j) = a(i, j) op b(i, j), elementwise as the 1-D kernels (integers
 * wrap). An op outside ksimd_binop, or KSIMD_OP_DIV on integers, is
 * KSIMD_ERR_RANGE whatever the shape. */
KSIMD_API ksimd_status ksimd_binary2d_f32(ksimd_binop op, float *dst, ptrdiff_t drs, ptrdiff_t dcs, const float *a,
                                          ptrdiff_t ars, ptrdiff_t acs, const float *b, ptrdiff_t brs, ptrdiff_t bcs,
                                          size_t rows, size_t cols);
KSIMD_API ksimd_status ksimd_binary2d_f64(ksimd_binop op, double *dst, ptrdiff_t drs, ptrdiff_t dcs, const double *a,
                                          ptrdiff_t ars, ptrdiff_t acs, const double *b, ptrdiff_t brs, ptrdiff_t bcs,
                                          size_t rows, size_t cols);
KSIMD_API ksimd_status ksimd_binary2d_i32(ksimd_binop op, int32_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int32_t *a,
                                          ptrdiff_t ars, ptrdiff_t acs, const int32_t *b, ptrdiff_t brs, ptrdiff_t bcs,
                                          size_t rows, size_t cols);
KSIMD_API ksimd_status ksimd_binary2d_i64(ksimd_binop op, int64_t *dst, ptrdiff_t drs, ptrdiff_t dcs, const int64_t *a,
                                          ptrdiff_t ars, ptrdiff_t acs, const int64_t *b, ptrdiff_t brs, ptrdiff_t bcs,
                                          size_t rows, size_t cols);

/* Reductions over one axis of a view: axis 0 reduces over rows (out has
 * cols entries: column sums), axis 1 over cols (out has rows entries: row
 * sums); another axis is KSIMD_ERR_RANGE. out is a plain array that may not
 * share any byte with the view. Sums use R (float, double, int64_t
 * wrapping); over an empty axis they give zeros. Float sums follow the
 * canonical order of docs/strided2d.md (the same bits on every table and
 * for every layout) within 2*log2(len)*eps*sum|a|. min/max are IEEE
 * 754-2019 minimum/maximum (NaN propagates, -0.0 < +0.0); over an empty
 * axis with a non-empty out they are KSIMD_ERR_EMPTY. */
KSIMD_API ksimd_status ksimd_sum_axis_f32(float *out, const float *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_sum_axis_f64(double *out, const double *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_sum_axis_i32(int64_t *out, const int32_t *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_sum_axis_i64(int64_t *out, const int64_t *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_min_axis_f32(float *out, const float *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_min_axis_f64(double *out, const double *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_min_axis_i32(int32_t *out, const int32_t *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_min_axis_i64(int64_t *out, const int64_t *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_max_axis_f32(float *out, const float *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_max_axis_f64(double *out, const double *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_max_axis_i32(int32_t *out, const int32_t *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);
KSIMD_API ksimd_status ksimd_max_axis_i64(int64_t *out, const int64_t *a, size_t rows, size_t cols, ptrdiff_t rs,
                                          ptrdiff_t cs, int axis);

#ifdef __cplusplus
}
#endif

#endif /* KSIMD_H */
