/* Floating-point status flags follow the operation, not the implementation
 * (API.md, "Precise rules"): a kernel may raise FE_INVALID, FE_DIVBYZERO,
 * FE_OVERFLOW or FE_UNDERFLOW only when its operation, evaluated element by
 * element on the same inputs, raises it. Padding lanes, tails and internal
 * intermediates must raise nothing.
 *
 * Every 1-D public kernel (the registry, through api_table's generic call)
 * is called on every table this CPU runs, at every n up to 70 (every tail
 * of up to four 16-lane vectors) and at 257 and 1001, from an aligned and a
 * misaligned start, with two kinds of input:
 *   clean:    values of the kernel's own domain, where no element raises
 *             anything (results exactly +-1, +-0 and +-inf included): no
 *             table, the scalar one included, may raise any of the four;
 *   specials: NaN, +-inf, +-0, subnormals and huge values mixed in: a table
 *             raises what the operation raises element by element, no more
 *             and no less:
 *             - exp, log, sin, cos, tanh and pow: C's libm (glibc follows
 *               C99 Annex F) on each element in turn;
 *             - the kernels that compare, select or move (min, max, clip,
 *               cmp, where, ...): nothing, since a quiet NaN makes no
 *               flag in IEEE 754's minimum, maximum and quiet compares
 *               (NumPy's too), and x86's MINPS/MAXPS and signalling
 *               compares, which raise FE_INVALID on it, are wrong here;
 *             - the rest (arithmetic, sums): the scalar table's C code.
 * Then a few expressions (exp, log, sin, pow, maximum, where, clip, max)
 * on special inputs, against C on each element, and the 2-D reductions and
 * binary2d in C and Fortran order, on every table.
 * Plain C, no Criterion: it runs under qemu for the cross builds too. Ends
 * with "N passed, M failed". */
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_table.h"
#include "conformance.h"

#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

enum { MAX_N = 1001, MAX_OFFSET = 1, NGROUPS = 16 };
static const size_t sizes_tail = 70;
static const size_t sizes_big[] = {257, MAX_N};

enum input_kind { CLEAN, SPECIALS };

/* The domain of one kernel's float inputs where no element raises. */
enum domain { D_ANY, D_POS, D_EXP, D_LOG, D_TANH, D_POW_BASE, D_POW_EXP, D_DIVISOR };

static int starts_with(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static enum domain domain_of(const char *name, int input)
{
    if (starts_with(name, "sqrt_")) return D_POS;
    if (starts_with(name, "exp_")) return D_EXP;
    if (starts_with(name, "log_")) return D_LOG;
    if (starts_with(name, "tanh_")) return D_TANH;
    if (starts_with(name, "pow_")) return input == 0 ? D_POW_BASE : D_POW_EXP;
    if (starts_with(name, "div_") && input == 1) return D_DIVISOR;
    return D_ANY;
}

static double uniform(struct ks_rng *g, double lo, double hi)
{
    return lo + (hi - lo) * (double)(ks_rand(g) >> 11) * 0x1p-53;
}

/* One clean value: mostly ordinary ones, one in eight an exact edge whose
 * result is exactly +-1, +-0 or +-inf. */
static double clean_value(enum domain d, int f32, struct ks_rng *g)
{
    uint64_t r = ks_rand(g);
    int edge = (r & 7) == 0, sign = (r >> 3) & 1;
    double v;
    switch (d) {
    case D_POS:
        return edge ? ((r >> 4) & 1 ? INFINITY : 0.0) : uniform(g, 0.5, 1000);
    case D_EXP:
        if (edge) return (r >> 4) & 1 ? INFINITY : -INFINITY; /* exp = +inf, +0 exactly */
        return f32 ? uniform(g, -80, 80) : uniform(g, -700, 700);
    case D_LOG:
        return edge ? ((r >> 4) & 1 ? INFINITY : 1.0) : uniform(g, 0.5, 1e6);
    case D_TANH:
        /* Results of exactly +-1 (large |x| and +-inf) and +-0. */
        v = edge ? ((r >> 4) % 3 == 0   ? 0.0
                    : (r >> 4) % 3 == 1 ? INFINITY
                                        : uniform(g, 50, 1e30))
                 : uniform(g, 0.5, 1e4);
        return sign ? -v : v;
    case D_POW_BASE:
        return edge ? 1.0 : uniform(g, 0.5, 1000);
    case D_POW_EXP:
        return edge ? 0.0 : uniform(g, -8, 8);
    case D_DIVISOR:
        v = edge ? 1.0 : uniform(g, 0.5, 1000);
        return sign ? -v : v;
    case D_ANY:
        break;
    }
    v = edge ? ((r >> 4) & 1 ? 1.0 : 0.0) : uniform(g, 0.5, 1000);
    return sign ? -v : v;
}

static double special_value(struct ks_rng *g, int f32)
{
    static const double pool[] = {NAN,       -NAN,  INFINITY, -INFINITY, 0.0,   -0.0,   0x1p-1074, -0x1p-1060, 0x1p-149,
                                  -0x1p-140, 1e300, -1e300,   3e38,      -3e38, 1e-300, 1e-40,     1.0,        -1.0};
    uint64_t r = ks_rand(g);
    if (r & 1) return clean_value(D_ANY, f32, g);
    return pool[(r >> 1) % (sizeof pool / sizeof *pool)];
}

static void fill_array(const struct ka_kernel *k, const struct ka_array *a, int input, void *p, size_t len,
                       enum input_kind kind, struct ks_rng *g)
{
    int f32 = a->elem == KA_F32;
    for (size_t i = 0; i < len; i++) {
        uint64_t r = ks_rand(g);
        switch (a->elem) {
        case KA_F32:
        case KA_F64: {
            double v = kind == CLEAN ? clean_value(domain_of(k->name, input), f32, g) : special_value(g, f32);
            if (f32)
                ((float *)p)[i] = (float)v;
            else
                ((double *)p)[i] = v;
            break;
        }
        case KA_I32:
            ((int32_t *)p)[i] = strcmp(a->name, "keys") == 0 ? (int32_t)(r % NGROUPS) : (int32_t)r;
            break;
        case KA_I64:
            ((int64_t *)p)[i] = (int64_t)r;
            break;
        case KA_U8:
            ((uint8_t *)p)[i] = (uint8_t)(r % 3 == 0 ? 0 : r % 3 == 1 ? 1 : r >> 56);
            break;
        case KA_SIZE:
            ((size_t *)p)[i] = 0;
            break;
        }
    }
}

/* Scalars valid for every kernel of the shape, in the clean domain. */
static void set_scalars(const struct ka_kernel *k, struct ka_call *c, int variant)
{
    if (ka_elem_is_float(k->type)) {
        static const double s[][2] = {{3, 5}, {-0.5, 250}, {1, 1}};
        c->s[0].f = s[variant % 3][0];
        c->s[1].f = s[variant % 3][1];
        if (k->shape == KA_clip) c->s[0].f = -100, c->s[1].f = 250;
    } else {
        static const int64_t s[][2] = {{7, 5}, {-3, -100}, {1, 1}};
        c->s[0].i = s[variant % 3][0];
        c->s[1].i = s[variant % 3][1];
        if (k->shape == KA_clip) c->s[0].i = -100, c->s[1].i = 250;
    }
    c->op = variant % 6;
}

struct buffers {
    unsigned char *p[KA_MAX_ARRAYS];
};

/* The flags one call raises; -1 when it is refused (min of n = 0): the
 * statuses are bad_input.c's business. */
static int flags_of_call(const struct ka_kernel *k, const struct ka_call *c)
{
    feclearexcept(FE_ALL_EXCEPT);
    ksimd_status st = ka_invoke(k, c);
    int raised = fetestexcept(FLAGS);
    return st == KSIMD_OK ? raised : -1;
}

/* The flags C's libm raises on exp, log, sin, cos, tanh or pow of each
 * element in turn; -1 for any other kernel. */
static int libm_flags(const struct ka_kernel *k, const struct ka_call *c)
{
    static const char *const names[] = {"exp_", "log_", "sin_", "cos_", "tanh_", "pow_"};
    int fn = -1;
    for (int i = 0; i < 6; i++)
        if (starts_with(k->name, names[i])) fn = i;
    if (fn < 0) return -1;
    const void *x_in = c->p[1], *y_in = c->p[2]; /* after the one output */
    int all = 0;
    for (size_t i = 0; i < c->n; i++) {
        feclearexcept(FE_ALL_EXCEPT);
        if (k->type == KA_F32) {
            float x = ((const float *)x_in)[i], y = fn == 5 ? ((const float *)y_in)[i] : 0;
            volatile float r = fn == 0   ? expf(x)
                               : fn == 1 ? logf(x)
                               : fn == 2 ? sinf(x)
                               : fn == 3 ? cosf(x)
                               : fn == 4 ? tanhf(x)
                                         : powf(x, y);
            (void)r;
        } else {
            double x = ((const double *)x_in)[i], y = fn == 5 ? ((const double *)y_in)[i] : 0;
            volatile double r = fn == 0   ? exp(x)
                                : fn == 1 ? log(x)
                                : fn == 2 ? sin(x)
                                : fn == 3 ? cos(x)
                                : fn == 4 ? tanh(x)
                                          : pow(x, y);
            (void)r;
        }
        all |= fetestexcept(FLAGS);
    }
    return all;
}

/* Kernels that only compare, select or move floats: a quiet NaN (the only
 * NaN the inputs hold) raises nothing in them. */
static int is_quiet_kernel(const char *name)
{
    static const char *const quiet[] = {"min_",   "max_",      "minimum_", "maximum_",  "argmin_", "argmax_",
                                        "clip_",  "cmp_",      "where_",   "compress_", "abs_",    "neg_",
                                        "isnan_", "isfinite_", "floor_",   "ceil_",     "rint_"};
    for (size_t i = 0; i < sizeof quiet / sizeof *quiet; i++)
        if (starts_with(name, quiet[i])) return 1;
    return 0;
}

/* What the operation raises on a call with special inputs (the header says
 * which reference each kernel has). */
static int reference_flags(const struct ka_kernel *k, const struct ka_call *c)
{
    if (!ka_elem_is_float(k->type) || is_quiet_kernel(k->name)) return 0;
    int f = libm_flags(k, c);
    if (f >= 0) return f;
    ksimd_isa_set(KSIMD_ISA_SCALAR);
    return flags_of_call(k, c);
}

static void show_flags(char *buf, size_t cap, int f)
{
    snprintf(buf, cap, "%s%s%s%s%s", f & FE_INVALID ? " invalid" : "", f & FE_DIVBYZERO ? " divbyzero" : "",
             f & FE_OVERFLOW ? " overflow" : "", f & FE_UNDERFLOW ? " underflow" : "", f ? "" : " none");
}

static void check_call(struct ks_report *r, const struct ka_kernel *k, struct ka_call *c, enum input_kind kind,
                       size_t offset)
{
    int allowed = kind == SPECIALS ? reference_flags(k, c) : 0;
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
        if (!ksimd_isa_available((ksimd_isa)isa)) continue;
        ksimd_isa_set((ksimd_isa)isa);
        int raised = flags_of_call(k, c);
        if (raised < 0 || allowed < 0) continue;
        char got[64], may[64], missed[64];
        show_flags(got, sizeof got, raised & ~allowed);
        show_flags(may, sizeof may, allowed);
        show_flags(missed, sizeof missed, allowed & ~raised);
        ks_check(r, (raised & ~allowed) == 0,
                 "%s on %s, n = %zu, offset %zu, %s inputs: raised%s that the operation does not (allowed:%s)", k->name,
                 ksimd_isa_name((ksimd_isa)isa), c->n, offset, kind == CLEAN ? "clean" : "special", got, may);
        ks_check(r, (allowed & ~raised) == 0, "%s on %s, n = %zu, offset %zu, %s inputs: did not raise%s", k->name,
                 ksimd_isa_name((ksimd_isa)isa), c->n, offset, kind == CLEAN ? "clean" : "special", missed);
    }
}

static void check_kernel(struct ks_report *r, const struct ka_kernel *k, struct buffers *b)
{
    struct ka_layout l;
    ka_layout_of(k, &l);
    struct ks_rng g = ks_rng_from(k->name);
    size_t count = sizes_tail + 1 + sizeof sizes_big / sizeof *sizes_big;
    for (size_t si = 0; si < count; si++) {
        size_t n = si <= sizes_tail ? si : sizes_big[si - sizes_tail - 1];
        for (size_t offset = 0; offset <= MAX_OFFSET; offset++)
            for (int kind = CLEAN; kind <= SPECIALS; kind++) {
                struct ka_call c = {.n = n, .ngroups = NGROUPS};
                set_scalars(k, &c, (int)(n + offset));
                int input = 0;
                for (int i = 0; i < l.narrays; i++) {
                    size_t len = l.array[i].len == KA_LEN_N ? n : l.array[i].len == KA_LEN_GROUPS ? NGROUPS : 1;
                    c.p[i] = b->p[i] + offset * ka_elem_size(l.array[i].elem);
                    if (!l.array[i].output) fill_array(k, &l.array[i], input++, c.p[i], len, (enum input_kind)kind, &g);
                }
                check_call(r, k, &c, (enum input_kind)kind, offset);
            }
    }
}

/* ---- expressions: the same ops, fused, on special inputs ---- */

static double ref_exp(double a, double b) { return (void)b, exp(a); }
static double ref_log(double a, double b) { return (void)b, log(a); }
static double ref_sin2(double a, double b) { return (void)b, sin(a) * 2; }
/* pow(x, 1) is x, exact: glibc raises FE_UNDERFLOW on a subnormal x,
 * which IEEE 754 reserves for inexact tiny results. */
static double ref_pow(double a, double b) { return b == 1 ? a : pow(a, b); }
static double ref_quiet(double a, double b) { return (void)a, (void)b, 0; }
/* The arithmetic of a compare's or minimum's operands, and a sqrt after
 * minimum, with the compare and minimum quiet: no compare sees a NaN
 * (C's < raises on one, and clang 14 compiles isless and isgreater as
 * signalling compares). */
static double ref_square_gt(double a, double b)
{
    double sq = a * a;
    return (void)b, !isnan(sq) && sq > 1.0;
}
static double ref_sqrt_min(double a, double b) { return sqrt(isnan(a) || isnan(b) ? a + b : b < a ? b : a); }
static double ref_where_affine(double a, double b)
{
    double sq = a * a, arm = a * 2 + 1;
    return !isnan(sq) && !isnan(b) && sq < b ? arm : b;
}

/* What the C reference raises over the elements (a quiet NaN makes no
 * flag in a comparison or selection: ref_quiet raises nothing). */
static int expr_reference(double (*ref)(double, double), const double *a, const double *b, size_t n)
{
    int all = 0;
    for (size_t i = 0; i < n; i++) {
        feclearexcept(FE_ALL_EXCEPT);
        volatile double r = ref(a[i], b[i]);
        (void)r;
        all |= fetestexcept(FLAGS);
    }
    return all;
}

static void check_expressions(struct ks_report *r)
{
    static const struct {
        const char *text;
        double (*ref)(double, double);
    } cases[] = {
        {"exp(a)", ref_exp},
        {"log(a)", ref_log},
        {"sin(a) * 2", ref_sin2},
        {"pow(a, b)", ref_pow},
        {"maximum(a, b)", ref_quiet},
        {"where(a < b, a, b)", ref_quiet},
        {"clip(a, -1, 1)", ref_quiet},
        {"max(a)", ref_quiet},
        {"a*a > 1", ref_square_gt},
        {"sqrt(minimum(a, b))", ref_sqrt_min},
        {"where(a*a < b, a*2 + 1, b)", ref_where_affine},
    };
    static const double pool[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e-300, -1e-310, 0.5, 2.0, -3.0, 700.0, 1.0};
    enum { N = 37 };
    double a[N], b[N], out[N];
    const void *in[2] = {a, b};
    const char *names[2] = {"a", "b"};
    const ksimd_dtype types[2] = {KSIMD_DT_F64, KSIMD_DT_F64};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        ksimd_expr *e = NULL;
        if (!ks_check(r, ksimd_expr_compile(&e, cases[c].text, names, types, 2, NULL) == KSIMD_OK,
                      "expression %s does not compile", cases[c].text))
            continue;
        for (size_t shift = 0; shift < sizeof pool / sizeof *pool; shift++) {
            for (size_t i = 0; i < N; i++) {
                a[i] = pool[(i + shift) % (sizeof pool / sizeof *pool)];
                b[i] = pool[(i * 5 + 3) % (sizeof pool / sizeof *pool)];
            }
            int allowed = expr_reference(cases[c].ref, a, b, N);
            for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
                if (!ksimd_isa_available((ksimd_isa)isa)) continue;
                ksimd_isa_set((ksimd_isa)isa);
                feclearexcept(FE_ALL_EXCEPT);
                ksimd_status st = ksimd_expr_eval(e, out, in, N);
                int raised = fetestexcept(FLAGS);
                char got[64], may[64], missed[64];
                show_flags(got, sizeof got, raised & ~allowed);
                show_flags(may, sizeof may, allowed);
                show_flags(missed, sizeof missed, allowed & ~raised);
                ks_check(r, st == KSIMD_OK && (raised & ~allowed) == 0,
                         "expression %s on %s, inputs shifted %zu: raised%s that the operation does not (allowed:%s)",
                         cases[c].text, ksimd_isa_name((ksimd_isa)isa), shift, got, may);
                ks_check(r, (allowed & ~raised) == 0, "expression %s on %s, inputs shifted %zu: did not raise%s",
                         cases[c].text, ksimd_isa_name((ksimd_isa)isa), shift, missed);
            }
        }
        ksimd_expr_free(e);
    }
}

/* ---- 2-D kernels: special inputs in C and Fortran order ---- */

enum { R2 = 37, C2 = 29 };
enum kind2d { K_SUM_AXIS, K_MIN_AXIS, K_MAX_AXIS, K_BINARY };
/* The large shape crosses the vector traversals; the small ones, the
 * paths the kernels take first for tiny matrices (vector rows, element by
 * element). */
static const size_t shapes2d[][2] = {{R2, C2}, {1, 1}, {2, 5}, {4, 4}, {8, 2}, {3, 7}};

/* One call: along `arg` (an axis) or with op `arg` (binary2d), on R x C
 * views of a and b in C order (fortran 0) or Fortran order. */
static ksimd_status call2d(enum kind2d kind, int f32, int fortran, int arg, void *out, const void *a, const void *b,
                           size_t R, size_t C)
{
    ptrdiff_t rs = fortran ? 1 : (ptrdiff_t)C, cs = fortran ? (ptrdiff_t)R : 1;
    switch (kind) {
    case K_SUM_AXIS:
        return f32 ? ksimd_sum_axis_f32(out, a, R, C, rs, cs, arg) : ksimd_sum_axis_f64(out, a, R, C, rs, cs, arg);
    case K_MIN_AXIS:
        return f32 ? ksimd_min_axis_f32(out, a, R, C, rs, cs, arg) : ksimd_min_axis_f64(out, a, R, C, rs, cs, arg);
    case K_MAX_AXIS:
        return f32 ? ksimd_max_axis_f32(out, a, R, C, rs, cs, arg) : ksimd_max_axis_f64(out, a, R, C, rs, cs, arg);
    default:
        return f32 ? ksimd_binary2d_f32((ksimd_binop)arg, out, rs, cs, a, rs, cs, b, (ptrdiff_t)C, 1, R, C)
                   : ksimd_binary2d_f64((ksimd_binop)arg, out, rs, cs, a, rs, cs, b, (ptrdiff_t)C, 1, R, C);
    }
}

static int flags_of_2d(enum kind2d kind, int f32, int fortran, int arg, void *out, const void *a, const void *b,
                       const size_t *shape)
{
    feclearexcept(FE_ALL_EXCEPT);
    ksimd_status st = call2d(kind, f32, fortran, arg, out, a, b, shape[0], shape[1]);
    return st == KSIMD_OK ? fetestexcept(FLAGS) : -1;
}

static void check_2d(struct ks_report *r)
{
    static double a64[R2 * C2], b64[R2 * C2], o64[R2 * C2];
    static float a32[R2 * C2], b32[R2 * C2], o32[R2 * C2];
    static const char *const kinds[] = {"sum_axis", "min_axis", "max_axis", "binary2d"};
    struct ks_rng g = ks_rng_from("2d");
    for (int round = 0; round < 8; round++) {
        for (size_t i = 0; i < R2 * C2; i++) {
            a64[i] = special_value(&g, 0), b64[i] = special_value(&g, 0);
            a32[i] = (float)special_value(&g, 1), b32[i] = (float)special_value(&g, 1);
        }
        for (int kind = K_SUM_AXIS; kind <= K_BINARY; kind++)
            for (int arg = 0; arg < (kind == K_BINARY ? 6 : 2); arg++)
                for (int f32 = 0; f32 <= 1; f32++)
                    for (size_t sh = 0; sh < sizeof shapes2d / sizeof shapes2d[0]; sh++)
                        for (int fortran = 0; fortran <= 1; fortran++) {
                            void *out = f32 ? (void *)o32 : (void *)o64;
                            const void *a = f32 ? (const void *)a32 : (const void *)a64;
                            const void *b = f32 ? (const void *)b32 : (const void *)b64;
                            /* min and max raise nothing on a quiet NaN; the
                             * arithmetic what the scalar table's C code does */
                            int quiet = kind == K_MIN_AXIS || kind == K_MAX_AXIS ||
                                        (kind == K_BINARY && (arg == KSIMD_OP_MIN || arg == KSIMD_OP_MAX));
                            int allowed = 0;
                            if (!quiet) {
                                ksimd_isa_set(KSIMD_ISA_SCALAR);
                                allowed = flags_of_2d((enum kind2d)kind, f32, fortran, arg, out, a, b, shapes2d[sh]);
                            }
                            for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) {
                                if (!ksimd_isa_available((ksimd_isa)isa)) continue;
                                ksimd_isa_set((ksimd_isa)isa);
                                int raised = flags_of_2d((enum kind2d)kind, f32, fortran, arg, out, a, b, shapes2d[sh]);
                                char got[64], may[64];
                                show_flags(got, sizeof got, raised & ~allowed);
                                show_flags(may, sizeof may, allowed);
                                ks_check(
                                    r, raised >= 0 && (raised & ~allowed) == 0,
                                    "%s_%s (%s %d) on %s, %zu x %zu, %s order: raised%s that the operation does not "
                                    "(allowed:%s)",
                                    kinds[kind], f32 ? "f32" : "f64", kind == K_BINARY ? "op" : "axis", arg,
                                    ksimd_isa_name((ksimd_isa)isa), shapes2d[sh][0], shapes2d[sh][1],
                                    fortran ? "Fortran" : "C", got, may);
                            }
                        }
    }
}

int main(void)
{
    struct buffers b;
    for (int i = 0; i < KA_MAX_ARRAYS; i++) {
        b.p[i] = malloc((MAX_N + MAX_OFFSET + NGROUPS) * sizeof(double));
        if (!b.p[i]) return fprintf(stderr, "fpflags: out of memory\n"), 2;
    }
    ksimd_isa start = ksimd_isa_active();
    printf("tables:");
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++)
        if (ksimd_isa_available((ksimd_isa)isa)) printf(" %s", ksimd_isa_name((ksimd_isa)isa));
    printf("\n");
    struct ks_report r = {0, 0, 0, 1000000, 0};
    for (size_t k = 0; k < ka_kernel_count; k++) check_kernel(&r, &ka_kernels[k], &b);
    check_expressions(&r);
    check_2d(&r);
    ksimd_isa_set(start);
    for (int i = 0; i < KA_MAX_ARRAYS; i++) free(b.p[i]);
    printf("fpflags: %ld passed, %ld failed\n", r.passed, r.failed);
    return r.failed != 0;
}
