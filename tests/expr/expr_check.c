/* The differential check (expr_check.h). */
#include <fenv.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "expr_check.h"
#include "expr_ref.h"

/* Elements after dst's n (and before it when misaligned) that must keep
 * their sentinel bytes. */
enum { GUARD = 16, SENTINEL = 0xA5, ALIGN = 64 };

/* The flags the contract fixes (FE_INEXACT is unspecified). */
#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

enum layout { ALIGNED, MISALIGNED, IN_PLACE, LAYOUTS };
static const char *const layout_names[] = {"aligned", "misaligned", "in place"};

static const size_t boundaries[] = {255,  256,  257,  511,  512,  513,  1023, 1024,  1025,  2047,  2048,
                                    2049, 4095, 4096, 4097, 8191, 8192, 8193, 16383, 16384, 16385, 32769};

size_t ec_lengths(uint64_t seed, int full_sweep, size_t *ns, size_t cap)
{
    size_t count = 0;
#define ADD(v)                                                                                                         \
    do {                                                                                                               \
        if (count < cap) ns[count++] = (v);                                                                            \
    } while (0)
    if (full_sweep) {
        for (size_t n = 0; n < EC_SWEEP_SMALL; n++) ADD(n);
        for (size_t k = 0; k < sizeof boundaries / sizeof *boundaries; k++) ADD(boundaries[k]);
        ADD(EC_LONG);
        return count;
    }
    uint64_t state = seed ^ 0x6c656e67746873u;
    ADD(0);
    ADD(1);
    for (int k = 0; k < 3; k++) ADD(2 + eg_next(&state) % (EC_SWEEP_SMALL - 2));
    ADD(boundaries[eg_next(&state) % (sizeof boundaries / sizeof *boundaries)]);
    /* around a multiple of a power of two from 16 to 2048: the evaluator's
     * block length is one of those, depending on the program (or 16 Ki, for
     * a program of one instruction: the boundaries above) */
    uint64_t r = eg_next(&state);
    ADD((1 + r % 5) * ((size_t)16 << (r >> 8) % 8) + (r >> 16) % 3 - 1);
    if (eg_next(&state) % 32 == 0) ADD(EC_LONG);
    return count;
#undef ADD
}

/* ---- reporting ------------------------------------------------------------ */

struct run {
    const struct eg_expr *e;
    const struct ec_options *o;
    struct ec_stats *st;
    uint64_t seed;
    long failed;
    char vars[EG_MAX_VARS * (EG_NAME_LEN + 8)];
};

#ifdef __GNUC__
__attribute__((format(printf, 3, 4)))
#endif
static int
record(struct run *r, int ok, const char *fmt, ...)
{
    if (ok) {
        r->st->passed++;
        return 1;
    }
    r->st->failed++;
    r->failed++;
    if (r->st->printed >= r->o->max_messages) return 0;
    r->st->printed++;
    FILE *f = r->o->log ? r->o->log : stderr;
    fprintf(f, "FAIL [%s] expr \"%s\" (%s; seed %llu): ", ksimd_isa_name(ksimd_isa_active()), r->e->text, r->vars,
            (unsigned long long)r->seed);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    return 0;
}

/* Preconditions (memory, the reference, pinning a table): a failure is
 * recorded, success is not a passed check. */
#define ENSURE(r, ok, ...) ((ok) ? 1 : record(r, 0, __VA_ARGS__))

void ec_show(char *buf, size_t size, ksimd_dtype t, const void *p, size_t i)
{
    uint32_t b32;
    uint64_t b64;
    switch (t) {
    case KSIMD_DT_BOOL:
        snprintf(buf, size, "%u", ((const uint8_t *)p)[i]);
        break;
    case KSIMD_DT_I32:
        snprintf(buf, size, "%ld", (long)((const int32_t *)p)[i]);
        break;
    case KSIMD_DT_I64:
        snprintf(buf, size, "%lld", (long long)((const int64_t *)p)[i]);
        break;
    case KSIMD_DT_F32:
        memcpy(&b32, (const float *)p + i, 4);
        snprintf(buf, size, "%a [%08lx]", (double)((const float *)p)[i], (unsigned long)b32);
        break;
    case KSIMD_DT_F64:
        memcpy(&b64, (const double *)p + i, 8);
        snprintf(buf, size, "%a [%016llx]", ((const double *)p)[i], (unsigned long long)b64);
        break;
    }
}

size_t ec_first_difference(ksimd_dtype t, const void *want, const void *got, size_t n)
{
    size_t size = er_size(t);
    for (size_t i = 0; i < n; i++) {
        const char *w = (const char *)want + i * size, *g = (const char *)got + i * size;
        if (memcmp(w, g, size) == 0) continue;
        if (t == KSIMD_DT_F32) {
            float x, y;
            memcpy(&x, w, 4), memcpy(&y, g, 4);
            if (isnan(x) && isnan(y)) continue;
        } else if (t == KSIMD_DT_F64) {
            double x, y;
            memcpy(&x, w, 8), memcpy(&y, g, 8);
            if (isnan(x) && isnan(y)) continue;
        }
        return i;
    }
    return n;
}

static void show_flags(char *buf, size_t size, int f)
{
    snprintf(buf, size, "{%s%s%s%s }", f & FE_INVALID ? " invalid" : "", f & FE_DIVBYZERO ? " divbyzero" : "",
             f & FE_OVERFLOW ? " overflow" : "", f & FE_UNDERFLOW ? " underflow" : "");
}

/* ---- buffers -------------------------------------------------------------- */

static void *aligned_buffer(size_t bytes)
{
    size_t rounded = (bytes + ALIGN - 1) / ALIGN * ALIGN;
    return aligned_alloc(ALIGN, rounded ? rounded : ALIGN);
}

/* Non-zero when bytes [0, from) and [to, end) of p hold the sentinel. */
static int intact(const unsigned char *p, size_t from, size_t to, size_t end)
{
    for (size_t i = 0; i < end; i++)
        if ((i < from || i >= to) && p[i] != SENTINEL) return 0;
    return 1;
}

struct length_run {
    size_t n, nout;
    void *in[EG_MAX_VARS]; /* the values, 64-byte aligned */
    void *ref;             /* the reference's result */
    ksimd_status ref_status;
    ksimd_expr *prog;
    int ref_flags; /* the FLAGS the reference raised */
};

/* One evaluation on the active table in one layout; records one check. */
static void check_layout(struct run *r, struct length_run *L, enum layout lay)
{
    const struct eg_expr *e = r->e;
    /* in place: dst (and so the input) one element past an aligned start */
    size_t n = L->n, size = er_size(e->dtype), off = lay == ALIGNED ? 0 : 1;
    size_t dst_bytes = (off + L->nout + GUARD) * size;
    unsigned char *dst_buf = aligned_buffer(dst_bytes), *dst;
    void *moved[EG_MAX_VARS] = {0};
    const void *inputs[EG_MAX_VARS];
    int in_place_var = -1;
    if (!ENSURE(r, dst_buf != NULL, "n=%zu: out of memory", n)) return;
    dst = dst_buf + off * size;
    memset(dst_buf, SENTINEL, dst_bytes);
    for (size_t v = 0; v < e->nvars; v++) {
        size_t vsize = er_size(e->types[v]);
        inputs[v] = L->in[v];
        if (lay == MISALIGNED) {
            /* one element in, ending exactly at the block's end (for ASan) */
            unsigned char *block = malloc((n + 1) * vsize);
            if (!block) continue;
            memcpy(block + vsize, L->in[v], n * vsize);
            moved[v] = block;
            inputs[v] = block + vsize;
        } else if (lay == IN_PLACE && in_place_var < 0 && e->types[v] == e->dtype) {
            memcpy(dst, L->in[v], n * vsize);
            inputs[v] = dst;
            in_place_var = (int)v;
        }
    }
    feclearexcept(FLAGS);
    ksimd_status got = ksimd_expr_eval(L->prog, dst, inputs, n);
    int flags = fetestexcept(FLAGS);
    char want_s[80], got_s[80];
    if (got != L->ref_status) {
        record(r, 0, "n=%zu %s: status %s, expected %s", n, layout_names[lay], ksimd_strerror(got),
               ksimd_strerror(L->ref_status));
    } else if (got != KSIMD_OK) {
        record(r, intact(dst_buf, 0, 0, dst_bytes), "n=%zu %s: %s but dst was written", n, layout_names[lay],
               ksimd_strerror(got));
    } else {
        size_t i = ec_first_difference(e->dtype, L->ref, dst, L->nout);
        if (i < L->nout) {
            ec_show(want_s, sizeof want_s, e->dtype, L->ref, i);
            ec_show(got_s, sizeof got_s, e->dtype, dst, i);
            record(r, 0, "n=%zu %s%s%s: first difference at index %zu: expected %s, got %s", n, layout_names[lay],
                   in_place_var >= 0 ? ", dst is " : "", in_place_var >= 0 ? e->names[in_place_var] : "", i, want_s,
                   got_s);
        } else {
            record(r, intact(dst_buf, off * size, (off + L->nout) * size, dst_bytes),
                   "n=%zu %s: wrote outside dst[0, %zu)", n, layout_names[lay], L->nout);
        }
    }
    if (got == L->ref_status) {
        show_flags(want_s, sizeof want_s, L->ref_flags);
        show_flags(got_s, sizeof got_s, flags);
        record(r, flags == L->ref_flags, "n=%zu %s: raised %s, expected %s", n, layout_names[lay], got_s, want_s);
    }
    for (size_t v = 0; v < e->nvars; v++) {
        size_t vsize = er_size(e->types[v]);
        if (moved[v])
            record(r, n == 0 || memcmp((char *)moved[v] + vsize, L->in[v], n * vsize) == 0,
                   "n=%zu %s: input %s was written", n, layout_names[lay], e->names[v]);
        free(moved[v]);
    }
    free(dst_buf);
}

static int has_input_of_result_type(const struct eg_expr *e)
{
    for (size_t v = 0; v < e->nvars; v++)
        if (e->types[v] == e->dtype) return 1;
    return 0;
}

static void check_length(struct run *r, struct length_run *L, uint64_t value_seed)
{
    const struct eg_expr *e = r->e;
    size_t n = L->n;
    uint64_t state = value_seed ^ (n * 0x9e3779b97f4a7c15u);
    int ok = 1;
    for (size_t v = 0; v < e->nvars; v++) {
        L->in[v] = aligned_buffer(n * er_size(e->types[v]));
        if (L->in[v])
            ec_fill(L->in[v], e->types[v], n, &state);
        else
            ok = 0;
    }
    L->ref = aligned_buffer(L->nout * er_size(e->dtype));
    if (ENSURE(r, ok && L->ref, "n=%zu: out of memory", n)) {
        char why[160];
        feclearexcept(FLAGS);
        L->ref_status = er_eval(e, (const void *const *)L->in, n, L->ref, why, sizeof why);
        L->ref_flags = fetestexcept(FLAGS);
        int ref_ok = L->ref_status == KSIMD_OK || (L->ref_status == KSIMD_ERR_EMPTY && e->reduces);
        if (ENSURE(r, ref_ok, "n=%zu: %s", n, why)) {
            ksimd_isa active = ksimd_isa_active();
            for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
                if (!ksimd_isa_available((ksimd_isa)isa) || (r->o->tables && !(r->o->tables >> isa & 1))) continue;
                if (!ENSURE(r, ksimd_isa_set((ksimd_isa)isa) == KSIMD_OK, "cannot pin table %s",
                            ksimd_isa_name((ksimd_isa)isa)))
                    continue;
                check_layout(r, L, ALIGNED);
                check_layout(r, L, MISALIGNED);
                if (!e->reduces && n > 0 && has_input_of_result_type(e)) check_layout(r, L, IN_PLACE);
            }
            ENSURE(r, ksimd_isa_set(active) == KSIMD_OK, "cannot restore table %s", ksimd_isa_name(active));
        }
    }
    for (size_t v = 0; v < e->nvars; v++) free(L->in[v]);
    free(L->ref);
}

long ec_check_expr(const struct eg_expr *e, uint64_t value_seed, const size_t *ns, size_t count,
                   const struct ec_options *o, struct ec_stats *st)
{
    struct run r = {e, o, st, value_seed, 0, ""};
    size_t len = 0;
    for (size_t v = 0; v < e->nvars && len < sizeof r.vars; v++)
        len += (size_t)snprintf(r.vars + len, sizeof r.vars - len, "%s%s: %s", v ? ", " : "", e->names[v],
                                eg_type_name((enum eg_type)e->types[v]));
    st->expressions++;
    ksimd_expr_error err = {0, ""};
    ksimd_expr *prog = NULL;
    ksimd_status cs = ksimd_expr_compile(&prog, e->text, e->name_ptrs, e->types, e->nvars, &err);
    if (!record(&r, cs == KSIMD_OK, "compile: %s at byte %zu: %s", ksimd_strerror(cs), err.pos, err.msg))
        return r.failed;
    int types_ok = record(&r, ksimd_expr_dtype(prog) == e->dtype, "result type %s, expected %s",
                          eg_type_name((enum eg_type)ksimd_expr_dtype(prog)), eg_type_name((enum eg_type)e->dtype));
    types_ok &= record(&r, ksimd_expr_reduces(prog) == e->reduces, "reduces() is %d, expected %d",
                       ksimd_expr_reduces(prog), e->reduces);
    for (size_t k = 0; k < count && types_ok; k++) {
        struct length_run L = {ns[k], e->reduces ? 1 : ns[k], {0}, NULL, KSIMD_OK, prog, 0};
        check_length(&r, &L, value_seed);
    }
    ksimd_expr_free(prog);
    return r.failed;
}

long ec_check_seed(uint64_t seed, const struct ec_options *o, struct ec_stats *st)
{
    struct eg_expr *e = malloc(sizeof *e);
    if (!e) {
        st->failed++;
        return 1;
    }
    struct eg_source s = eg_source_seed(seed);
    eg_generate(e, &s);
    size_t ns[EC_MAX_LENGTHS];
    size_t count = ec_lengths(seed, o->full_sweep, ns, EC_MAX_LENGTHS);
    long failed = ec_check_expr(e, seed, ns, count, o, st);
    free(e);
    return failed;
}

int ksimd_expr_gen_check_bytes(const uint8_t *data, size_t size)
{
    struct eg_expr *e = malloc(sizeof *e);
    if (!e) return 0; /* not a finding */
    struct eg_source s = eg_source_bytes(data, size);
    eg_generate(e, &s);
    uint64_t hash = 0xcbf29ce484222325u; /* FNV-1a */
    for (size_t i = 0; i < size; i++) hash = (hash ^ data[i]) * 0x100000001b3u;
    size_t ns[EC_MAX_LENGTHS];
    size_t count = ec_lengths(hash, 0, ns, EC_MAX_LENGTHS);
    struct ec_options o = {0, 0, 10, stderr};
    struct ec_stats st = {0, 0, 0, 0};
    long failed = ec_check_expr(e, hash, ns, count, &o, &st);
    free(e);
    return failed != 0;
}
