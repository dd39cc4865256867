/* Fuzzer for the expression compiler and evaluator (libFuzzer entry point).
 *
 * The input is expression text over six variables of every dtype; whatever
 * compiles is evaluated on every table this CPU has. It traps (abort) when:
 *   - compile fails with a status other than KSIMD_ERR_EXPR, KSIMD_ERR_RANGE
 *     or KSIMD_ERR_NOMEM, leaves *out non-NULL, gives a position past the
 *     end of the text or a message that is not one NUL-terminated line, or
 *     fails differently with err == NULL;
 *   - compile accepts text longer than 4096 bytes, or gives a dtype or
 *     reduces flag out of range;
 *   - eval fails (n == 0 reductions may be KSIMD_ERR_EMPTY; a sum writes
 *     its zero), writes an input, or differs between tables or from the
 *     same call in place (bit for bit; any NaN equals any NaN);
 *   - ASan/UBSan or LeakSanitizer report anything: the text and every array
 *     are heap blocks of exactly their size.
 *
 * Input layout: the text runs up to the first NUL byte (or to the end);
 * after it, one byte n (mod 71), one byte that rotates the variables'
 * dtypes (250 and above: one dtype out of the enum instead), then the
 * values, cycled over the inputs' bytes (missing bytes read as 0). Seeds:
 * corpus_expr/. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ksimd.h"

enum { NV = 6, MAX_N = 70, MAX_TEXT = 4096 };
static const char *const names[NV] = {"b", "i", "l", "f", "d", "x"};
static const ksimd_dtype base_types[NV] = {KSIMD_DT_BOOL, KSIMD_DT_I32, KSIMD_DT_I64,
                                           KSIMD_DT_F32,  KSIMD_DT_F64, KSIMD_DT_F64};

#define FAIL(...)                                                                                                      \
    do {                                                                                                               \
        fprintf(stderr, "fuzz_expr: " __VA_ARGS__);                                                                    \
        fputc('\n', stderr);                                                                                           \
        abort();                                                                                                       \
    } while (0)

static size_t dtype_size(ksimd_dtype t)
{
    static const size_t size[] = {1, 4, 8, 4, 8};
    return size[t];
}

static void *xmalloc(size_t bytes)
{
    void *p = malloc(bytes ? bytes : 1);
    if (!p) abort();
    return p;
}

static void check_failure(const char *text, ksimd_status s, const ksimd_expr *out, const ksimd_expr_error *err)
{
    size_t len = strlen(text);
    if (s != KSIMD_ERR_EXPR && s != KSIMD_ERR_RANGE && s != KSIMD_ERR_NOMEM)
        FAIL("compile(\"%.80s\"): status %d", text, (int)s);
    if (out) FAIL("compile(\"%.80s\"): *out not NULL after %s", text, ksimd_strerror(s));
    if (s == KSIMD_ERR_NOMEM) return;
    const char *nul = memchr(err->msg, '\0', sizeof err->msg);
    if (!nul || nul == err->msg || memchr(err->msg, '\n', (size_t)(nul - err->msg)))
        FAIL("compile(\"%.80s\"): the message is empty, not one line or not NUL-terminated", text);
    if (err->pos > len) FAIL("compile(\"%.80s\"): pos %zu past the text (%zu bytes)", text, err->pos, len);
}

/* Equal bits, or (floats) both NaN. */
static int same_values(ksimd_dtype t, const void *a, const void *b, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        if (t == KSIMD_DT_F32) {
            float x, y;
            memcpy(&x, (const float *)a + k, 4), memcpy(&y, (const float *)b + k, 4);
            if (memcmp(&x, &y, 4) != 0 && !(x != x && y != y)) return 0;
        } else if (t == KSIMD_DT_F64) {
            double x, y;
            memcpy(&x, (const double *)a + k, 8), memcpy(&y, (const double *)b + k, 8);
            if (memcmp(&x, &y, 8) != 0 && !(x != x && y != y)) return 0;
        } else if (memcmp((const char *)a + k * dtype_size(t), (const char *)b + k * dtype_size(t), dtype_size(t)))
            return 0;
    }
    return 1;
}

struct run {
    const char *text;
    const ksimd_expr *e;
    const ksimd_dtype *types;
    size_t n;
    void *in[NV];        /* each exactly n elements (NULL when n == 0) */
    void *copy[NV];      /* what they held before */
    size_t in_bytes[NV]; /* n times the element size */
};

/* Evaluates into a fresh block of exactly the result's size. Returns it
 * (NULL for n == 0 elementwise); *status gets eval's status. */
static void *eval_once(const struct run *r, const void *const *in, ksimd_status *status)
{
    ksimd_dtype t = ksimd_expr_dtype(r->e);
    size_t count = ksimd_expr_reduces(r->e) ? 1 : r->n;
    void *dst = count ? xmalloc(count * dtype_size(t)) : NULL;
    if (dst) memset(dst, 0xA5, count * dtype_size(t));
    *status = ksimd_expr_eval(r->e, dst, in, r->n);
    for (int k = 0; k < NV; k++)
        if (r->in_bytes[k] && memcmp(r->in[k], r->copy[k], r->in_bytes[k]) != 0)
            FAIL("eval(\"%.80s\", n %zu) wrote input %s", r->text, r->n, names[k]);
    return dst;
}

static void check_eval(const struct run *r)
{
    ksimd_dtype t = ksimd_expr_dtype(r->e);
    int reduces = ksimd_expr_reduces(r->e);
    size_t count = reduces ? 1 : r->n, bytes = count * dtype_size(t);
    ksimd_isa detected = ksimd_isa_active();
    ksimd_status want;
    ksimd_isa_set(KSIMD_ISA_SCALAR);
    void *ref = eval_once(r, (const void *const *)r->in, &want);
    if (want != KSIMD_OK && !(want == KSIMD_ERR_EMPTY && reduces && r->n == 0))
        FAIL("eval(\"%.80s\", n %zu): %s", r->text, r->n, ksimd_strerror(want));
    if (want == KSIMD_ERR_EMPTY) {
        for (size_t k = 0; k < bytes; k++)
            if (((unsigned char *)ref)[k] != 0xA5) FAIL("eval(\"%.80s\"): KSIMD_ERR_EMPTY wrote dst", r->text);
    } else if (reduces && r->n == 0) {
        for (size_t k = 0; k < bytes; k++)
            if (((unsigned char *)ref)[k] != 0) FAIL("eval(\"%.80s\", n 0): the empty sum is not +0", r->text);
    }
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (isa == KSIMD_ISA_SCALAR || !ksimd_isa_available((ksimd_isa)isa)) continue;
        ksimd_isa_set((ksimd_isa)isa);
        ksimd_status s;
        void *got = eval_once(r, (const void *const *)r->in, &s);
        if (s != want || (s == KSIMD_OK && !same_values(t, ref, got, count)))
            FAIL("eval(\"%.80s\", n %zu): %s differs from the scalar table (%s, %s)", r->text, r->n,
                 ksimd_isa_name((ksimd_isa)isa), ksimd_strerror(s), ksimd_strerror(want));
        free(got);
    }
    ksimd_isa_set(detected);

    /* In place: over a copy of each input of the result's dtype. */
    for (int k = 0; k < NV && !reduces && r->n > 0 && want == KSIMD_OK; k++) {
        if (r->types[k] != t) continue;
        void *in[NV];
        memcpy(in, r->in, sizeof in);
        in[k] = xmalloc(r->in_bytes[k]);
        memcpy(in[k], r->in[k], r->in_bytes[k]);
        ksimd_status s = ksimd_expr_eval(r->e, in[k], (const void *const *)in, r->n);
        if (s != KSIMD_OK || !same_values(t, ref, in[k], count))
            FAIL("eval(\"%.80s\", n %zu) in place over %s: %s or other values", r->text, r->n, names[k],
                 ksimd_strerror(s));
        free(in[k]);
    }
    free(ref);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t len = nul ? (size_t)(nul - data) : size, rest = nul ? size - len - 1 : 0;
    const uint8_t *tail = nul ? nul + 1 : data + size;
    char *text = xmalloc(len + 1);
    memcpy(text, data, len);
    text[len] = '\0';

    uint8_t n_byte = rest > 0 ? tail[0] : 0, shift = rest > 1 ? tail[1] : 0;
    const uint8_t *values = rest > 2 ? tail + 2 : NULL;
    size_t nvalues = rest > 2 ? rest - 2 : 0;
    ksimd_dtype types[NV];
    for (int k = 0; k < NV; k++) types[k] = (ksimd_dtype)((base_types[k] + shift) % 5);
    int bad_type = shift >= 250;
    if (bad_type) types[shift % NV] = (ksimd_dtype)(5 + shift % 3);

    ksimd_expr_error err;
    memset(&err, 0x5A, sizeof err);
    ksimd_expr *e = (ksimd_expr *)(void *)&err; /* any non-NULL pointer */
    ksimd_status s = ksimd_expr_compile(&e, text, names, types, NV, &err);
    ksimd_expr *again = (ksimd_expr *)(void *)&err;
    ksimd_status s_again = ksimd_expr_compile(&again, text, names, types, NV, NULL);
    if (s_again != s && s != KSIMD_ERR_NOMEM && s_again != KSIMD_ERR_NOMEM)
        FAIL("compile(\"%.80s\"): %s with err, %s without", text, ksimd_strerror(s), ksimd_strerror(s_again));
    if (s_again == KSIMD_OK)
        ksimd_expr_free(again);
    else if (again)
        FAIL("compile(\"%.80s\", err NULL): *out not NULL after %s", text, ksimd_strerror(s_again));
    if (s != KSIMD_OK) {
        check_failure(text, s, e, &err);
        if (bad_type && s != KSIMD_ERR_EXPR && s != KSIMD_ERR_NOMEM)
            FAIL("compile with a dtype out of the enum: %s", ksimd_strerror(s));
        free(text);
        return 0;
    }
    if (!e) FAIL("compile(\"%.80s\"): KSIMD_OK and *out NULL", text);
    if (len > MAX_TEXT) FAIL("compile accepted %zu bytes of text", len);
    if (bad_type) FAIL("compile(\"%.80s\") accepted a dtype out of the enum", text);
    if ((unsigned)ksimd_expr_dtype(e) > KSIMD_DT_F64 || (ksimd_expr_reduces(e) != 0 && ksimd_expr_reduces(e) != 1))
        FAIL("compile(\"%.80s\"): dtype %d, reduces %d", text, (int)ksimd_expr_dtype(e), ksimd_expr_reduces(e));

    struct run r = {text, e, types, n_byte % (MAX_N + 1), {NULL}, {NULL}, {0}};
    size_t v = 0;
    for (int k = 0; k < NV && r.n > 0; k++) {
        r.in_bytes[k] = r.n * dtype_size(types[k]);
        r.in[k] = xmalloc(r.in_bytes[k]);
        r.copy[k] = xmalloc(r.in_bytes[k]);
        for (size_t b = 0; b < r.in_bytes[k]; b++, v++)
            ((uint8_t *)r.in[k])[b] = nvalues ? values[v % nvalues] : (uint8_t)(v * 37);
        memcpy(r.copy[k], r.in[k], r.in_bytes[k]);
    }
    check_eval(&r);
    for (int k = 0; k < NV; k++) free(r.in[k]), free(r.copy[k]);
    ksimd_expr_free(e);
    free(text);
    return 0;
}
