/* Plain-C conformance checks, shared by ksimd-selftest (which users run on
 * their boards and which runs under qemu, where Criterion cannot fork) and
 * by the Criterion suites. A case checks one kernel on the table that is
 * active when it runs; the runners pin each table in turn. */
#ifndef KSIMD_CONFORMANCE_H
#define KSIMD_CONFORMANCE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ksimd.h"

struct ks_report {
    long passed, failed;
    int quiet;        /* no failure lines at all */
    int max_messages; /* failure lines printed per report before going quiet */
    int printed;
};

/* Records one check. On failure prints "FAIL [isa] <message>" (up to
 * max_messages of them) to stderr. Returns ok. */
int ks_check(struct ks_report *r, int ok, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Exact-sum helpers for accuracy bounds: after ks_two_sum, *s + *e is the
 * old *s + *e + x exactly (TwoSum); ks_exact_sum gives the sum of a[i]
 * (or a[i]*b[i]; size 4: float, 8: double) to about twice double
 * precision, and sum|term|. */
void ks_two_sum(double *s, double *e, double x);
void ks_exact_sum(const void *a, const void *b, size_t n, size_t size, double *exact, double *mag);

struct ks_case {
    const char *family; /* "elementwise", "masked", "reduce", "strided2d", "math" */
    const char *name;   /* the kernel name without "ksimd_", or a topic */
    void (*run)(struct ks_report *r);
};

/* The families, in the order the runners take them. Each family file
 * defines two NULL-terminated lists, ks_<family>_cases and
 * ks_<family>_identity_cases (below); conformance.c joins them. Adding a
 * family: one entry here. */
#define KS_FAMILIES(X) X(elementwise) X(masked) X(reduce) X(math) X(strided2d)
#define KS_DECLARE_FAMILY(family)                                                                                      \
    extern const struct ks_case ks_##family##_cases[];                                                                 \
    extern const struct ks_case ks_##family##_identity_cases[];
KS_FAMILIES(KS_DECLARE_FAMILY)
#undef KS_DECLARE_FAMILY

/* Every case of every family, in order; *count receives the number.
 * Builds its list on the first call: call it from one thread. */
const struct ks_case *const *ks_all_cases(size_t *count);

/* Cross-table bit identity. An identity case runs its kernels on every
 * available table (pinning each with ksimd_isa_set, then restoring the table
 * that was active) over the same inputs and compares the bits with the
 * scalar table's. Runners call these once, not once per table. */
const struct ks_case *const *ks_identity_cases(size_t *count);

/* ---- Helpers for the family files (values.c, buffers.c) --------------- */

/* splitmix64: deterministic, so every table and every run of every runner
 * sees the same inputs, and a failure reproduces. */
struct ks_rng {
    uint64_t state;
};
struct ks_rng ks_rng_from(const char *name); /* seeded from a string */
uint64_t ks_rand(struct ks_rng *g);

/* A float's or double's bits, and back (through memcpy: no aliasing). */
#define KS_BIT_CAST(name, To, From)                                                                                    \
    static inline To name(From x)                                                                                      \
    {                                                                                                                  \
        To y;                                                                                                          \
        memcpy(&y, &x, sizeof y);                                                                                      \
        return y;                                                                                                      \
    }
KS_BIT_CAST(ks_bits_f32, uint32_t, float)
KS_BIT_CAST(ks_bits_f64, uint64_t, double)
KS_BIT_CAST(ks_f32_from_bits, float, uint32_t)
KS_BIT_CAST(ks_f64_from_bits, double, uint64_t)
#undef KS_BIT_CAST

/* Equality of results: bitwise, except that any NaN equals any NaN (the
 * contract fixes every non-NaN bit and leaves NaN sign and payload open). */
int ks_same_f32(float x, float y);
int ks_same_f64(double x, double y);
int ks_same_i32(int32_t x, int32_t y);
int ks_same_i64(int64_t x, int64_t y);

/* Values for failure messages: "%a [bits]" for floats, "%d [hex]" for
 * integers. buf needs KS_SHOW bytes; returns buf. */
#define KS_SHOW 64
const char *ks_show_f32(char *buf, float v);
const char *ks_show_f64(char *buf, double v);
const char *ks_show_i32(char *buf, int32_t v);
const char *ks_show_i64(char *buf, int64_t v);

/* The special values of each type: for floats quiet and signalling NaNs of
 * both signs, +-Inf, +-0.0, denormals, the extremes, halfway cases of
 * rounding; for integers the extremes, -1, 0, 1 and values whose products
 * wrap. Writes at most cap (KS_MAX_SPECIALS is enough) and returns the
 * count. */
#define KS_MAX_SPECIALS 64
size_t ks_specials_f32(float *out, size_t cap);
size_t ks_specials_f64(double *out, size_t cap);
size_t ks_specials_i32(int32_t *out, size_t cap);
size_t ks_specials_i64(int64_t *out, size_t cap);

/* Random values, one in four of them a special value. */
void ks_fill_f32(float *p, size_t n, struct ks_rng *g);
void ks_fill_f64(double *p, size_t n, struct ks_rng *g);
void ks_fill_i32(int32_t *p, size_t n, struct ks_rng *g);
void ks_fill_i64(int64_t *p, size_t n, struct ks_rng *g);

/* Inputs related to a scalar operand s: for integers multiples of s, one
 * below and one above (the edges of floor division), for floats small
 * multiples of s and their neighbours; mixed with ks_fill values. */
void ks_fill_near_f32(float *p, size_t n, float s, struct ks_rng *g);
void ks_fill_near_f64(double *p, size_t n, double s, struct ks_rng *g);
void ks_fill_near_i32(int32_t *p, size_t n, int32_t s, struct ks_rng *g);
void ks_fill_near_i64(int64_t *p, size_t n, int64_t s, struct ks_rng *g);

/* Scalar operands worth testing: the special values plus a few random
 * ones; with divisor set, for integers, non-zero divisors instead: +-1, +-2,
 * powers of two, MIN, MAX, 3, 7, 641, large odd values and random ones.
 * Writes at most cap values to out and returns the count. */
size_t ks_scalars_f32(float *out, size_t cap, int divisor, struct ks_rng *g);
size_t ks_scalars_f64(double *out, size_t cap, int divisor, struct ks_rng *g);
size_t ks_scalars_i32(int32_t *out, size_t cap, int divisor, struct ks_rng *g);
size_t ks_scalars_i64(int64_t *out, size_t cap, int divisor, struct ks_rng *g);

/* Guarded buffers, for "never writes outside [0, n)": a payload of cap
 * bytes starting at a 64-byte boundary plus up to 63 bytes of offset, with
 * KS_GUARD sentinel bytes on each side. */
#define KS_GUARD 64
#define KS_SENTINEL 0xA5
struct ks_buf {
    unsigned char *mem; /* KS_GUARD bytes, then the payload; 64-aligned */
    unsigned char *raw; /* what malloc returned */
    size_t cap;
};
int ks_buf_alloc(struct ks_buf *b, size_t cap); /* 0 on out of memory */
void ks_buf_free(struct ks_buf *b);
/* The payload start plus offset bytes. */
void *ks_buf_at(const struct ks_buf *b, size_t offset);
/* Fills the front guard, payload bytes [0, end) and the KS_GUARD bytes
 * after end with the sentinel. */
void ks_buf_poison(struct ks_buf *b, size_t end);
/* Non-zero when every byte poisoned by ks_buf_poison(b, end) outside
 * payload bytes [offset, offset + len) still holds the sentinel. */
int ks_buf_intact(const struct ks_buf *b, size_t end, size_t offset, size_t len);

#endif
