/* Every kernel kbench times: the registry (kernels/kernel_list.h), each
 * entry with its name, family, shape (shapes.c), public ksimd_<name> and
 * plain peer loop kbcc_<name> (bench/peers). How it is fed and checked
 * comes from its shape's and family's defaults below; the per-kernel
 * choices (input ranges, scalar operands) are the overrides at the end.
 * A kernel added to the registry is timed with the defaults. */
#include "kbench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ksimd.h>

#include "peers/compiler.h"
#include "shapes.h"

/* Float sums of kbench's 1027 verification values in index order (or
 * reordered by -ffast-math) against ksimd's order: a few hundred units in
 * the last place apart at most; 4096 leaves room without hiding a wrong
 * element (one of them moves the sum by far more). On the 13 x 79
 * verification matrix the compiler loop's column sums were at most 20
 * units in the last place (f64) and 8 (f32) from ksimd's. Integer sums
 * are exact. */
#define KB_SUM_ULPS_f32 4096
#define KB_SUM_ULPS_f64 4096
#define KB_SUM_ULPS_i32 0
#define KB_SUM_ULPS_i64 0
#define KB_FLOAT_f32 1
#define KB_FLOAT_f64 1
#define KB_FLOAT_i32 0
#define KB_FLOAT_i64 0

/* Each shape's defaults. The tables must always agree with the scalar
 * table bit for bit; these say how the peers are checked (kbench.h) and
 * what the scalars are. The compiler loops of the reductions are natural
 * C (peers/compiler_reduce.c): their float sums add in another order, and
 * their min/max/arg* loops treat NaN and -0.0 their own way, so every
 * reduction peer is checked on finite inputs, float sums within
 * KB_SUM_ULPS; so are the 2-D float axis reductions. group_sum runs over
 * kb_groups groups (--groups), keys uniform. A scalar default is valid for every
 * type of its shape (a divisor is not 0, clip's bounds are ordered). */
/* clang-format off */
#define KB_DEFAULTS_unary(t)
#define KB_DEFAULTS_binary(t)
#define KB_DEFAULTS_scalar(t)       .scalar = {3},
#define KB_DEFAULTS_divisor(t)      .scalar = {7},
#define KB_DEFAULTS_axpb(t)         .scalar = {2, 5}, /* the article's x*2 + 5 */
#define KB_DEFAULTS_ternary(t)
#define KB_DEFAULTS_sum(t)          .peer_finite = 1, .peer_ulps = KB_SUM_ULPS_##t,
#define KB_DEFAULTS_dot(t)          .peer_finite = 1, .peer_ulps = KB_SUM_ULPS_##t,
#define KB_DEFAULTS_extreme(t)      .peer_finite = 1,
#define KB_DEFAULTS_index(t)        .peer_finite = 1,
#define KB_DEFAULTS_group(t)        .peer_finite = 1, .peer_ulps = KB_SUM_ULPS_##t, .values = {KB_VAL_ANY, KB_VAL_KEY16},
#define KB_DEFAULTS_cmp(t)
#define KB_DEFAULTS_cmp_scalar(t)   .scalar = {3},
#define KB_DEFAULTS_where(t)
#define KB_DEFAULTS_clip(t)         .scalar = {-100, 250},
#define KB_DEFAULTS_compress(t)
#define KB_DEFAULTS_classify(t)
#define KB_DEFAULTS_count(t)
#define KB_DEFAULTS_copy2d(t)
#define KB_DEFAULTS_binary2d(t)
#define KB_DEFAULTS_sum_axis(t)     .peer_finite = KB_FLOAT_##t, .peer_ulps = KB_SUM_ULPS_##t,
#define KB_DEFAULTS_extreme_axis(t) .peer_finite = KB_FLOAT_##t,
/* clang-format on */

/* Each family's defaults. The transcendentals' peers (libm in the compiler
 * column, SLEEF's FMA functions in sleef-fma) are within 1 ULP of the
 * exact result, as ksimd is, but not the same 1 ULP: they are checked
 * within KB_MATH_ULPS. */
#define KB_MATH_ULPS 4
#define KB_FAMILY_elementwise
#define KB_FAMILY_masked
#define KB_FAMILY_reduce
#define KB_FAMILY_math .peer_ulps = KB_MATH_ULPS,
#define KB_FAMILY_strided2d

static const struct kb_kernel registry[] = {
#define KSIMD_KERNEL(k, fam, sh, t)                                                                                    \
    {.name = #k,                                                                                                       \
     .family = #fam,                                                                                                   \
     .shape = &kb_shape_##k,                                                                                           \
     .lib = (kb_fn)ksimd_##k,                                                                                          \
     .compiler = (kb_fn)kbcc_##k,                                                                                      \
     KB_DEFAULTS_##sh(t) KB_FAMILY_##fam},
#include "kernels/kernel_list.h"
#undef KSIMD_KERNEL
};
enum { KB_NKERNELS = sizeof registry / sizeof registry[0] };

/* The per-kernel choices. Timing inputs stay where the results are
 * finite and normal (kbench.h, enum kb_values; verification adds special
 * values to them): sqrt's and pow's bases positive, exp in [-700, 700]
 * (f64) or [-80, 80] (f32), log in (0, 1e6], pow's exponents in [-8, 8];
 * sin, cos and tanh take the default +-[0.5, 1000), and every divisor
 * array |b| >= 0.5. A field left 0 keeps the default. */
static const struct {
    const char *name;
    enum kb_values values[KB_MAX_IN];
    double scalar[KB_MAX_SCALAR];
} overrides[] = {
    {"add_scalar_f32", .scalar = {1.5}},
    {"add_scalar_f64", .scalar = {1.5}},
    {"sub_scalar_f32", .scalar = {1.5}},
    {"sub_scalar_f64", .scalar = {1.5}},
    {"mul_scalar_f32", .scalar = {1.25}},
    {"mul_scalar_f64", .scalar = {1.25}},
    {"sqrt_f32", .values = {KB_VAL_POS}},
    {"sqrt_f64", .values = {KB_VAL_POS}},
    {"exp_f32", .values = {KB_VAL_EXP}},
    {"exp_f64", .values = {KB_VAL_EXP}},
    {"log_f32", .values = {KB_VAL_LOG}},
    {"log_f64", .values = {KB_VAL_LOG}},
    {"pow_f32", .values = {KB_VAL_POS, KB_VAL_EXPONENT}},
    {"pow_f64", .values = {KB_VAL_POS, KB_VAL_EXPONENT}},
    {"cmp_scalar_f32", .scalar = {0.25}},
    {"cmp_scalar_f64", .scalar = {0.25}},
};

/* The order of kbench's panels (the --csv family column, bench/plot.gp);
 * a family not listed comes last. Within a family, the registry's order. */
static const char *const panel_order[] = {"elementwise", "masked", "reduce", "math", "strided2d"};
enum { KB_NPANELS = sizeof panel_order / sizeof panel_order[0] };

static int panel_of(const char *family)
{
    int p = 0;
    while (p < KB_NPANELS && strcmp(panel_order[p], family) != 0) p++;
    return p;
}

/* The entries in panel order with their overrides, built on first use. An
 * override that names no kernel is a stale entry: kbench stops. */
static const struct kb_kernel *entries(void)
{
    static struct kb_kernel list[KB_NKERNELS];
    static int built;
    if (built) return list;
    size_t got = 0;
    for (int p = 0; p <= KB_NPANELS; p++)
        for (size_t i = 0; i < KB_NKERNELS; i++)
            if (panel_of(registry[i].family) == p) list[got++] = registry[i];
    for (size_t o = 0; o < sizeof overrides / sizeof overrides[0]; o++) {
        size_t i = 0;
        while (i < KB_NKERNELS && strcmp(list[i].name, overrides[o].name) != 0) i++;
        if (i == KB_NKERNELS) {
            fprintf(stderr, "kbench: bench/kernels.c has data for %s, which is not a kernel\n", overrides[o].name);
            exit(2);
        }
        for (int j = 0; j < KB_MAX_IN; j++)
            if (overrides[o].values[j]) list[i].values[j] = overrides[o].values[j];
        for (int j = 0; j < KB_MAX_SCALAR; j++)
            if (overrides[o].scalar[j] != 0) list[i].scalar[j] = overrides[o].scalar[j];
    }
    built = 1;
    return list;
}

size_t kb_kernel_count(void) { return KB_NKERNELS; }

const struct kb_kernel *kb_kernel_at(size_t i) { return i < KB_NKERNELS ? &entries()[i] : NULL; }

const char *kb_kernel_family(const struct kb_kernel *k) { return k->family; }

const struct kb_kernel *kb_kernel_named(const char *name)
{
    for (size_t i = 0; i < kb_kernel_count(); i++)
        if (strcmp(kb_kernel_at(i)->name, name) == 0) return kb_kernel_at(i);
    return NULL;
}

size_t kb_bytes_per_elem(const struct kb_kernel *k)
{
    size_t b = 0;
    for (int i = 0; i < k->shape->nin; i++) b += kb_type_size(k->shape->in[i]);
    for (int i = 0; i < k->shape->nout && !k->shape->reduces; i++) b += kb_type_size(k->shape->out[i]);
    return b;
}

size_t kb_type_size(enum kb_type t)
{
    static const size_t sizes[KB_TYPE_COUNT] = {4, 8, 4, 8, 1};
    return (unsigned)t < KB_TYPE_COUNT ? sizes[t] : 0;
}

const char *kb_type_name(enum kb_type t)
{
    static const char *const names[KB_TYPE_COUNT] = {"f32", "f64", "i32", "i64", "u8"};
    return (unsigned)t < KB_TYPE_COUNT ? names[t] : "?";
}
