/* The strided 2-D family's cases: copy2d, binary2d, sum_axis, min_axis,
 * max_axis for every type, over odd shapes and over C, Fortran, reversed,
 * padded and broadcast layouts, against references computed element by
 * element (s2d_check_t.h; float sums bit for bit against the canonical
 * order of docs/strided2d.md); statuses with sentinel-filled outputs that
 * must stay untouched; and every table against the scalar table's bits. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conformance.h"

#define S2_CAT_(a, b) a##b
#define S2_CAT(a, b) S2_CAT_(a, b)
#define S2_STR_(x) #x
#define S2_STR(x) S2_STR_(x)

/* Layouts: the first S2_NOUT may be outputs; the rest broadcast. */
enum { S2_C, S2_F, S2_CNEG, S2_CRNEG, S2_FNEG, S2_PAD, S2_TPAD, S2_BROW, S2_BCOL, S2_SCALAR, S2_NLAYOUTS };
enum { S2_NOUT = S2_BROW };
static const char *const s2_layout_names[S2_NLAYOUTS] = {"C",
                                                         "F",
                                                         "C reversed",
                                                         "C rows reversed",
                                                         "F cols reversed",
                                                         "padded",
                                                         "padded transposed",
                                                         "broadcast row",
                                                         "broadcast column",
                                                         "broadcast scalar"};

struct s2_view {
    ptrdiff_t rs, cs;
    size_t off, span; /* element of (0, 0) in the buffer; buffer elements */
};

static struct s2_view s2_make(int layout, size_t rows, size_t cols)
{
    ptrdiff_t R = (ptrdiff_t)rows, C = (ptrdiff_t)cols;
    static const ptrdiff_t unit = 1;
    ptrdiff_t rs = 0, cs = 0;
    switch (layout) {
    case S2_C:
        rs = C, cs = unit;
        break;
    case S2_F:
        rs = unit, cs = R;
        break;
    case S2_CNEG:
        rs = -C, cs = -unit;
        break;
    case S2_CRNEG:
        rs = -C, cs = unit;
        break;
    case S2_FNEG:
        rs = unit, cs = -R;
        break;
    case S2_PAD:
        rs = 2 * C + 3, cs = 2;
        break;
    case S2_TPAD:
        rs = 3, cs = 3 * R + 1;
        break;
    case S2_BROW:
        rs = 0, cs = unit;
        break;
    case S2_BCOL:
        rs = unit, cs = 0;
        break;
    default:
        break;
    }
    struct s2_view v = {rs, cs, 0, 1};
    if (!rows || !cols) return v;
    ptrdiff_t rr = (R - 1) * rs, cr = (C - 1) * cs;
    ptrdiff_t lo = (rr < 0 ? rr : 0) + (cr < 0 ? cr : 0), hi = (rr > 0 ? rr : 0) + (cr > 0 ? cr : 0);
    v.off = (size_t)-lo;
    v.span = (size_t)(hi - lo + 1);
    return v;
}

/* 2 x 5, 4 x 4 and 8 x 2 are small enough for the reductions' element-by-element path
 * (fold_tiny), in both axes; 1 x 33 and 33 x 1 give one output of 33 elements. */
static const size_t s2_shapes[][2] = {{1, 7}, {7, 1},   {1, 1},  {17, 33}, {33, 17}, {1000, 3}, {3, 1000}, {0, 5},
                                      {5, 0}, {16, 16}, {40, 9}, {2, 5},   {4, 4},   {8, 2},    {1, 33},   {33, 1}};
enum { S2_NSHAPES = sizeof s2_shapes / sizeof *s2_shapes };

/* binary2d layouts {dst, a, b} */
static const int s2_combos[][3] = {
    {S2_C, S2_C, S2_C},           {S2_C, S2_C, S2_BROW},        {S2_C, S2_BCOL, S2_C},        {S2_C, S2_BROW, S2_BCOL},
    {S2_F, S2_F, S2_F},           {S2_F, S2_F, S2_BROW},        {S2_F, S2_BCOL, S2_F},        {S2_C, S2_F, S2_C},
    {S2_F, S2_C, S2_PAD},         {S2_CNEG, S2_C, S2_CNEG},     {S2_PAD, S2_TPAD, S2_SCALAR}, {S2_TPAD, S2_CRNEG, S2_F},
    {S2_C, S2_SCALAR, S2_SCALAR}, {S2_FNEG, S2_CRNEG, S2_BROW},
};
enum { S2_NCOMBOS = sizeof s2_combos / sizeof *s2_combos };

#define KSIMD_SKELETON "s2d_check_t.h"
#include "foreach_type.h"

/* Larger views: several blocks of the transpose loops and trees of 3 and
 * 4 levels (over more than 512 and 4096 chunks) for the float sums; the
 * clang CI job builds with a small KSUM_AXIS_BYTES and KFOLD_BYTES, so
 * that the column sums, minima and maxima there also run in several
 * strips. */
static void s2_large(struct ks_report *r)
{
    struct ks_rng g = ks_rng_from("strided2d large");
    static const int lays[] = {S2_C, S2_F, S2_CNEG, S2_TPAD};
    for (size_t l = 0; l < sizeof lays / sizeof *lays; l++) {
        for (int axis = 0; axis < 2; axis++) {
            check_axis_f64(r, 0, 300, 1500, lays[l], axis, &g);
            check_axis_f32(r, 0, 1500, 300, lays[l], axis, &g);
            check_axis_f64(r, 2, 300, 1500, lays[l], axis, &g);
            check_axis_f64(r, 0, 4100, 21, lays[l], axis, &g);
            check_axis_f32(r, 0, 19, 4103, lays[l], axis, &g);
            check_axis_f32(r, 1, 19, 4103, lays[l], axis, &g);
            check_axis_i32(r, 0, 21, 4101, lays[l], axis, &g);
            check_axis_i64(r, 2, 300, 1500, lays[l], axis, &g);
        }
        check_copy_f64(r, 130, 70, S2_C, lays[l], &g);
        check_copy_f32(r, 70, 130, S2_F, lays[l], &g);
    }
    static const size_t bound_rows[] = {2, 9, 65, 513, 4097, 40000};
    for (size_t k = 0; k < sizeof bound_rows / sizeof *bound_rows; k++)
        check_axis_bound_f32(r, bound_rows[k], &g), check_axis_bound_f64(r, bound_rows[k], &g);
    /* Transposes whose rows are whole vectors and lines apart, with both
     * views shifted off vector and line boundaries (the kernels then peel
     * head columns and rows), and one past the streaming threshold
     * (KSIMD_STREAM_BYTES, 32 MiB moved). */
    for (size_t ds = 0; ds < 4; ds++)
        for (size_t ss = 0; ss < 4; ss++) {
            check_copy_at_f64(r, 64, 40, S2_F, S2_C, ds, ss, &g);
            check_copy_at_f32(r, 48, 72, S2_C, S2_F, ds, ss, &g);
        }
    check_copy_at_f64(r, 1448, 1456, S2_F, S2_C, 2, 1, &g);
    check_copy_at_f32(r, 2048, 2056, S2_C, S2_F, 3, 6, &g);
    /* The same for a + b.T and a.T - b (the transposed operand either
     * side), and past the threshold (KSIMD_STREAM_BYTES over 3 arrays). */
    static const int a_bt[3] = {S2_C, S2_C, S2_F}, at_b[3] = {S2_C, S2_F, S2_C};
    for (size_t ds = 0; ds < 4; ds++)
        for (size_t ss = 0; ss < 4; ss++) {
            const size_t sh[3] = {ds, (ds + ss) % 3, ss};
            check_binary_at_f64(r, KSIMD_OP_ADD, 64, 40, a_bt, 0, sh, &g);
            check_binary_at_f32(r, KSIMD_OP_SUB, 48, 72, at_b, 0, sh, &g);
            check_binary_at_i64(r, KSIMD_OP_SUB, 40, 64, a_bt, 0, sh, &g);
            check_binary_at_i32(r, KSIMD_OP_MAX, 72, 48, at_b, 0, sh, &g);
        }
    const size_t sh_big[3] = {2, 1, 3};
    check_binary_at_f64(r, KSIMD_OP_SUB, 1200, 1216, at_b, 0, sh_big, &g);
    check_binary_at_f32(r, KSIMD_OP_MIN, 1400, 2064, a_bt, 0, sh_big, &g);
    /* Row by row past the streaming threshold: the rows of the whole
     * output stream, each from its own misalignment (1399 columns). */
    static const int row_combos[][3] = {{S2_C, S2_C, S2_BROW}, {S2_C, S2_BCOL, S2_C}};
    for (int c = 0; c < 2; c++) check_binary_f64(r, KSIMD_OP_ADD, 1501, 1399, row_combos[c], 0, &g);
    check_binary_f32(r, KSIMD_OP_SUB, 2053, 2049, row_combos[1], 0, &g);
    check_copy_f64(r, 1501, 1399, S2_C, S2_CRNEG, &g);
}

/* ---- statuses: nothing written on error ---- */

static int untouched(const double *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != 42) return 0;
    return 1;
}

static void s2_statuses(struct ks_report *r)
{
    double a[64], d[64], o[8];
    int32_t ia[16], id[16];
    for (int i = 0; i < 64; i++) a[i] = i;
    for (int i = 0; i < 16; i++) ia[i] = i, id[i] = 0;
    for (int i = 0; i < 64; i++) d[i] = 42;
    /* copy2d */
    ks_check(r, ksimd_copy2d_f64(NULL, 2, 1, a, 2, 1, 2, 2) == KSIMD_ERR_NULL, "copy2d NULL dst");
    ks_check(r, ksimd_copy2d_f64(d, 2, 1, NULL, 2, 1, 2, 2) == KSIMD_ERR_NULL, "copy2d NULL src");
    ks_check(r, ksimd_copy2d_f64(NULL, 2, 1, NULL, 2, 1, 0, 2) == KSIMD_OK, "copy2d empty with NULL");
    ks_check(r, ksimd_copy2d_f64(d, 0, 1, a, 2, 1, 2, 2) == KSIMD_ERR_SHAPE, "copy2d zero output row stride");
    ks_check(r, ksimd_copy2d_f64(d, 2, 0, a, 2, 1, 2, 2) == KSIMD_ERR_SHAPE, "copy2d zero output col stride");
    ks_check(r, ksimd_copy2d_f64(d, 2, 1, a, 2, 1, SIZE_MAX / 2, 3) == KSIMD_ERR_SHAPE, "copy2d rows*cols overflow");
    ks_check(r, ksimd_copy2d_f64(d, PTRDIFF_MAX / 4, 1, a, 2, 1, 2, 2) == KSIMD_ERR_SHAPE, "copy2d extent overflow");
    ks_check(r, ksimd_copy2d_f64(d, 2, 1, a, -PTRDIFF_MAX / 4, 1, 2, 2) == KSIMD_ERR_SHAPE,
             "copy2d source extent overflow, negative stride");
    ks_check(r, ksimd_copy2d_f64(d + 1, 2, 1, d, 2, 1, 2, 2) == KSIMD_ERR_OVERLAP, "copy2d partial overlap");
    ks_check(r, ksimd_copy2d_f64(d, 2, 2, d + 1, 2, 2, 2, 2) == KSIMD_ERR_OVERLAP, "copy2d interleaved views");
    ks_check(r, ksimd_copy2d_f64(d, 4, 1, d, 1, 4, 4, 4) == KSIMD_ERR_OVERLAP, "copy2d transposed onto itself");
    ks_check(r, untouched(d, 64), "copy2d wrote on error");
    ks_check(r, ksimd_copy2d_f64(d, 0, 1, a, 0, 1, 1, 4) == KSIMD_OK, "copy2d zero stride of an extent-1 axis");
    ks_check(r, ksimd_copy2d_f64(d, 4, 1, d, 4, 1, 4, 4) == KSIMD_OK && untouched(d + 4, 60), "copy2d in place");
    for (int i = 0; i < 64; i++) d[i] = 42;
    /* binary2d */
    ks_check(r, ksimd_binary2d_f64((ksimd_binop)6, d, 2, 1, a, 2, 1, a, 2, 1, 0, 0) == KSIMD_ERR_RANGE,
             "binary2d bad op, empty shape");
    ks_check(r, ksimd_binary2d_f64((ksimd_binop)-1, d, 2, 1, a, 2, 1, a, 2, 1, 2, 2) == KSIMD_ERR_RANGE,
             "binary2d negative op");
    ks_check(r, ksimd_binary2d_i32(KSIMD_OP_DIV, id, 2, 1, ia, 2, 1, ia, 2, 1, 2, 2) == KSIMD_ERR_RANGE,
             "binary2d DIV on i32");
    ks_check(r, ksimd_binary2d_i64(KSIMD_OP_DIV, NULL, 2, 1, NULL, 2, 1, NULL, 2, 1, 0, 0) == KSIMD_ERR_RANGE,
             "binary2d DIV on i64, empty");
    ks_check(r, ksimd_binary2d_f64(KSIMD_OP_ADD, d, 2, 1, a, 2, 1, NULL, 2, 1, 2, 2) == KSIMD_ERR_NULL,
             "binary2d NULL b");
    ks_check(r, ksimd_binary2d_f64(KSIMD_OP_ADD, d, 1, 0, a, 2, 1, a, 0, 1, 2, 2) == KSIMD_ERR_SHAPE,
             "binary2d zero output stride");
    ks_check(r, ksimd_binary2d_f64(KSIMD_OP_ADD, d, 2, 1, a, 2, 1, d + 1, 2, 1, 2, 2) == KSIMD_ERR_OVERLAP,
             "binary2d b partially overlaps dst");
    ks_check(r, ksimd_binary2d_f64(KSIMD_OP_ADD, d, 2, 1, d, 0, 1, a, 2, 1, 2, 2) == KSIMD_ERR_OVERLAP,
             "binary2d broadcast a on dst");
    ks_check(r, untouched(d, 64), "binary2d wrote on error");
    ks_check(r, ksimd_binary2d_f64(KSIMD_OP_SUB, d, 8, 1, d, 8, 1, d, 8, 1, 8, 8) == KSIMD_OK && d[9] == 0,
             "binary2d in place on both inputs");
    for (int i = 0; i < 64; i++) d[i] = 42;
    /* sum_axis, min_axis, max_axis */
    int64_t io[4] = {0};
    for (int i = 0; i < 8; i++) o[i] = 42;
    ks_check(r, ksimd_sum_axis_f64(o, a, 2, 2, 2, 1, 2) == KSIMD_ERR_RANGE, "sum_axis axis 2");
    ks_check(r, ksimd_min_axis_f64(o, a, 0, 0, 2, 1, -1) == KSIMD_ERR_RANGE, "min_axis axis -1, empty");
    ks_check(r, ksimd_sum_axis_f64(NULL, a, 2, 2, 2, 1, 0) == KSIMD_ERR_NULL, "sum_axis NULL out");
    ks_check(r, ksimd_sum_axis_f64(NULL, NULL, 3, 0, 0, 1, 0) == KSIMD_OK, "sum_axis no outputs, NULL");
    ks_check(r, ksimd_min_axis_f64(NULL, NULL, 3, 0, 2, 1, 0) == KSIMD_OK, "min_axis no outputs, NULL");
    ks_check(r, ksimd_max_axis_f32(NULL, NULL, 3, 0, 2, 1, 0) == KSIMD_OK, "max_axis no outputs, NULL");
    ks_check(r, ksimd_sum_axis_f64(o, NULL, 2, 2, 2, 1, 0) == KSIMD_ERR_NULL, "sum_axis NULL a");
    ks_check(r, ksimd_sum_axis_f64(o, a, SIZE_MAX / 2, 3, 3, 1, 1) == KSIMD_ERR_SHAPE, "sum_axis rows*cols overflow");
    ks_check(r, ksimd_sum_axis_f64(o, a, 2, 2, PTRDIFF_MAX / 2, 1, 0) == KSIMD_ERR_SHAPE, "sum_axis extent overflow");
    ks_check(r, ksimd_sum_axis_f64(a + 1, a, 2, 2, 2, 1, 0) == KSIMD_ERR_OVERLAP, "sum_axis out inside the view");
    ks_check(r, ksimd_sum_axis_f64(a, a, 1, 2, 2, 1, 0) == KSIMD_ERR_OVERLAP, "sum_axis out == a");
    ks_check(r, ksimd_min_axis_f64(o, a, 0, 3, 3, 1, 0) == KSIMD_ERR_EMPTY, "min_axis over no rows");
    ks_check(r, ksimd_max_axis_i32(ia, ia + 4, 3, 0, 0, 1, 1) == KSIMD_ERR_EMPTY && ia[0] == 0,
             "max_axis_i32 over no cols");
    ks_check(r, untouched(o, 8), "axis reductions wrote on error");
    ks_check(r, ksimd_min_axis_f64(o, a, 3, 0, 0, 1, 0) == KSIMD_OK && untouched(o, 8), "min_axis, no outputs");
    ks_check(r, ksimd_sum_axis_f64(o, a, 0, 3, 3, 1, 0) == KSIMD_OK && o[0] == 0 && !signbit(o[2]) && o[3] == 42,
             "sum_axis over no rows gives +0.0");
    for (int i = 0; i < 3; i++) o[i] = 42;
    ks_check(r, ksimd_sum_axis_f64(o, NULL, 0, 3, 3, 1, 0) == KSIMD_OK && o[0] == 0 && o[2] == 0 && o[3] == 42,
             "sum_axis over no rows of a NULL a gives +0.0");
    ks_check(r, ksimd_sum_axis_i32(io, ia, 2, 0, 0, 1, 1) == KSIMD_OK && io[0] == 0 && io[1] == 0,
             "sum_axis_i32 over no cols gives 0");
}

/* ---- every table against the scalar table ---- */

/* The same calls on one table; outputs land in res (f64) and ires (i64). */
static void s2_battery(const double *a, const int64_t *ia, double *res, int64_t *ires, size_t rows, size_t cols)
{
    size_t n = rows * cols, at = 0, iat = 0;
    ptrdiff_t R = (ptrdiff_t)rows, C = (ptrdiff_t)cols;
    for (int axis = 0; axis < 2; axis++) {
        size_t kept = axis ? rows : cols;
        ksimd_sum_axis_f64(res + at, a, rows, cols, C, 1, axis), at += kept;
        ksimd_sum_axis_f64(res + at, a, rows, cols, 1, R, axis), at += kept;
        ksimd_sum_axis_f64(res + at, a + n - 1, rows, cols, -C, -1, axis), at += kept;
        ksimd_min_axis_f64(res + at, a, rows, cols, C, 1, axis), at += kept;
        ksimd_max_axis_f64(res + at, a, rows, cols, 1, R, axis), at += kept;
        ksimd_sum_axis_i64(ires + iat, ia, rows, cols, C, 1, axis), iat += kept;
        ksimd_min_axis_i64(ires + iat, ia, rows, cols, 1, R, axis), iat += kept;
    }
    ksimd_copy2d_f64(res + at, 1, R, a, C, 1, rows, cols), at += n;
    ksimd_binary2d_f64(KSIMD_OP_DIV, res + at, C, 1, a, C, 1, a + n - cols, 0, 1, rows, cols), at += n;
    ksimd_binary2d_f64(KSIMD_OP_MAX, res + at, 1, R, a, C, 1, a, 1, 0, rows, cols), at += n;
    ksimd_binary2d_i64(KSIMD_OP_MUL, ires + iat, C, 1, ia, 1, R, ia, C, 1, rows, cols);
}

static void s2_identity(struct ks_report *r)
{
    const size_t rows = 301, cols = 77, n = rows * cols, nres = 10 * (rows + cols) + 3 * n;
    struct ks_rng g = ks_rng_from("strided2d identity");
    double *a = malloc(n * sizeof *a), *want = calloc(nres, sizeof *want), *got = calloc(nres, sizeof *got);
    int64_t *ia = malloc(n * sizeof *ia), *iwant = calloc(nres, sizeof *iwant), *igot = calloc(nres, sizeof *igot);
    if (ks_check(r, a && want && got && ia && iwant && igot, "oom")) {
        s2_fill_f64(a, n, 1, &g);
        for (size_t i = 0; i < n; i += 97) a[i] = -0.0; /* zeros of both signs for min/max */
        ks_fill_i64(ia, n, &g);
        ksimd_isa saved = ksimd_isa_active();
        ksimd_isa_set(KSIMD_ISA_SCALAR);
        s2_battery(a, ia, want, iwant, rows, cols);
        for (int isa = 1; isa < KSIMD_ISA_COUNT; isa++) {
            if (!ksimd_isa_available((ksimd_isa)isa)) continue;
            ksimd_isa_set((ksimd_isa)isa);
            s2_battery(a, ia, got, igot, rows, cols);
            size_t bad = 0, ibad = 0;
            while (bad < nres && ks_same_f64(got[bad], want[bad])) bad++;
            while (ibad < nres && igot[ibad] == iwant[ibad]) ibad++;
            ks_check(r, bad == nres && ibad == nres, "strided2d on %s: f64 result %zu, i64 result %zu differ",
                     ksimd_isa_name((ksimd_isa)isa), bad, ibad);
        }
        ksimd_isa_set(saved);
    }
    free(a), free(want), free(got), free(ia), free(iwant), free(igot);
}

const struct ks_case ks_strided2d_cases[] = {
    {"strided2d", "strided2d_f32", s2_all_f32},
    {"strided2d", "strided2d_f64", s2_all_f64},
    {"strided2d", "strided2d_i32", s2_all_i32},
    {"strided2d", "strided2d_i64", s2_all_i64},
    {"strided2d", "large", s2_large},
    {"strided2d", "statuses", s2_statuses},
    {NULL, NULL, NULL},
};

const struct ks_case ks_strided2d_identity_cases[] = {
    {"strided2d", "identity", s2_identity},
    {NULL, NULL, NULL},
};
