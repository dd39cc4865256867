/* The conformance framework: recording checks, joining the families' case
 * lists, and the small helpers every family uses (generator, comparison,
 * printing, guarded buffers). The special values live in values.c. */
#include "conformance.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ks_check(struct ks_report *r, int ok, const char *fmt, ...)
{
    if (ok) {
        r->passed++;
        return 1;
    }
    r->failed++;
    /* max_messages <= 0 means no limit. */
    int limited = r->max_messages > 0 && r->printed >= r->max_messages;
    if (r->quiet || limited) return 0;
    r->printed++;
    fprintf(stderr, "FAIL [%s] ", ksimd_isa_name(ksimd_isa_active()));
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (r->max_messages > 0 && r->printed == r->max_messages)
        fprintf(stderr, "FAIL [...] further failures of this report are counted, not shown\n");
    return 0;
}

/* ---- case lists ---------------------------------------------------------- */

/* Each family's lists (KS_FAMILIES); they end with an entry whose run is
 * NULL. */
#define KS_CASES_OF(family) ks_##family##_cases,
#define KS_IDENTITY_CASES_OF(family) ks_##family##_identity_cases,
static const struct ks_case *const family_cases[] = {KS_FAMILIES(KS_CASES_OF)};
static const struct ks_case *const family_identity_cases[] = {KS_FAMILIES(KS_IDENTITY_CASES_OF)};
#undef KS_CASES_OF
#undef KS_IDENTITY_CASES_OF

enum { KS_MAX_CASES = 1024 };

static size_t join(const struct ks_case *const *lists, size_t nlists, const struct ks_case **out)
{
    size_t count = 0;
    for (size_t l = 0; l < nlists; l++)
        for (const struct ks_case *c = lists[l]; c->run; c++) {
            if (count == KS_MAX_CASES) {
                fprintf(stderr, "conformance: more than %d cases; raise KS_MAX_CASES\n", KS_MAX_CASES);
                abort(); /* a test-suite bug, not a library failure */
            }
            out[count++] = c;
        }
    out[count] = NULL;
    return count;
}

const struct ks_case *const *ks_all_cases(size_t *count)
{
    static const struct ks_case *all[KS_MAX_CASES + 1];
    static size_t n;
    if (!all[0]) n = join(family_cases, sizeof family_cases / sizeof *family_cases, all);
    if (count) *count = n;
    return all;
}

const struct ks_case *const *ks_identity_cases(size_t *count)
{
    static const struct ks_case *all[KS_MAX_CASES + 1];
    static size_t n;
    if (!all[0]) n = join(family_identity_cases, sizeof family_identity_cases / sizeof *family_identity_cases, all);
    if (count) *count = n;
    return all;
}

/* ---- generator ----------------------------------------------------------- */

struct ks_rng ks_rng_from(const char *name)
{
    uint64_t h = 0xcbf29ce484222325u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 0x100000001b3u;
    struct ks_rng g = {h};
    return g;
}

uint64_t ks_rand(struct ks_rng *g)
{
    uint64_t z = (g->state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* ---- exact sums, for accuracy bounds ------------------------------------------ */

/* s + x = *s + *e exactly after the step (Knuth's TwoSum). */
void ks_two_sum(double *s, double *e, double x)
{
    double a = *s, t = a + x, z = t - a;
    *e += (a - (t - z)) + (x - z);
    *s = t;
}

/* The exact sum of a[i] (or a[i]*b[i]) to about twice double precision,
 * and sum|term|. Float terms and their products are exact in double;
 * double products split exactly with fma. */
void ks_exact_sum(const void *a, const void *b, size_t n, size_t size, double *exact, double *mag)
{
    double s = 0, e = 0, m = 0;
    for (size_t i = 0; i < n; i++) {
        double x = size == 4 ? ((const float *)a)[i] : ((const double *)a)[i];
        double y = !b ? 1 : size == 4 ? ((const float *)b)[i] : ((const double *)b)[i];
        double p = x * y, low = fma(x, y, -p);
        ks_two_sum(&s, &e, p);
        e += low;
        m += fabs(p);
    }
    *exact = s + e;
    *mag = m;
}

/* ---- comparison and printing ----------------------------------------------- */

int ks_same_f32(float x, float y) { return (isnan(x) && isnan(y)) || ks_bits_f32(x) == ks_bits_f32(y); }
int ks_same_f64(double x, double y) { return (isnan(x) && isnan(y)) || ks_bits_f64(x) == ks_bits_f64(y); }
int ks_same_i32(int32_t x, int32_t y) { return x == y; }
int ks_same_i64(int64_t x, int64_t y) { return x == y; }

const char *ks_show_f32(char *buf, float v)
{
    snprintf(buf, KS_SHOW, "%a [0x%08" PRIx32 "]", (double)v, ks_bits_f32(v));
    return buf;
}

const char *ks_show_f64(char *buf, double v)
{
    snprintf(buf, KS_SHOW, "%a [0x%016" PRIx64 "]", v, ks_bits_f64(v));
    return buf;
}

const char *ks_show_i32(char *buf, int32_t v)
{
    snprintf(buf, KS_SHOW, "%" PRId32 " [0x%08" PRIx32 "]", v, (uint32_t)v);
    return buf;
}

const char *ks_show_i64(char *buf, int64_t v)
{
    snprintf(buf, KS_SHOW, "%" PRId64 " [0x%016" PRIx64 "]", v, (uint64_t)v);
    return buf;
}

/* ---- guarded buffers ------------------------------------------------------- */

int ks_buf_alloc(struct ks_buf *b, size_t cap)
{
    /* 63 bytes to align, KS_GUARD in front, 63 of offset, KS_GUARD behind. */
    b->raw = malloc(63 + KS_GUARD + cap + 63 + KS_GUARD);
    b->cap = cap;
    if (!b->raw) return 0;
    uintptr_t start = ((uintptr_t)b->raw + KS_GUARD + 63) & ~(uintptr_t)63;
    b->mem = (unsigned char *)(start - KS_GUARD);
    return 1;
}

void ks_buf_free(struct ks_buf *b)
{
    free(b->raw);
    b->raw = b->mem = NULL;
}

void *ks_buf_at(const struct ks_buf *b, size_t offset) { return b->mem + KS_GUARD + offset; }

void ks_buf_poison(struct ks_buf *b, size_t end) { memset(b->mem, KS_SENTINEL, KS_GUARD + end + KS_GUARD); }

static int all_sentinel(const unsigned char *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (p[i] != KS_SENTINEL) return 0;
    return 1;
}

int ks_buf_intact(const struct ks_buf *b, size_t end, size_t offset, size_t len)
{
    size_t lo = KS_GUARD + offset, hi = lo + len, stop = KS_GUARD + end + KS_GUARD;
    return all_sentinel(b->mem, lo) && (hi >= stop || all_sentinel(b->mem + hi, stop - hi));
}
