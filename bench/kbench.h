/* kbench's shared vocabulary: element types, signature shapes, kernel
 * entries, buffers and timings. Every kernel of the registry
 * (kernels/kernel_list.h) is one entry (struct kb_kernel, kernels.c) with
 * its shape (struct kb_shape, shapes.c), whose adaptor is the only code
 * that knows the C signature. A kernel added to the registry is timed with
 * its shape's defaults; kernels.c holds the few per-kernel choices. */
#ifndef KBENCH_H
#define KBENCH_H

#include <stddef.h>
#include <stdint.h>

enum kb_type { KB_F32, KB_F64, KB_I32, KB_I64, KB_U8, KB_TYPE_COUNT };
size_t kb_type_size(enum kb_type t);
const char *kb_type_name(enum kb_type t);

/* How an input array is filled for timing: realistic, finite, never
 * denormal. The default (0) suits every kernel that accepts any value. */
enum kb_values {
    KB_VAL_ANY,      /* floats: +-[0.5, kb_range), so also safe as divisors; ints: [-1e6, 1e6] */
    KB_VAL_POS,      /* floats: [0.5, kb_range) (sqrt); ints: [1, 1e6] */
    KB_VAL_EXP,      /* exp's argument: f64 [-700, 700], f32 [-80, 80]: no overflow, no denormal */
    KB_VAL_LOG,      /* log's argument: (0, 1e6] */
    KB_VAL_EXPONENT, /* pow's exponent: [-8, 8] (with a base in [0.5, 1000): finite in f32) */
    KB_VAL_KEY16     /* group keys: int32 in [0, kb_groups); never a special value */
};

/* Groups of the group_sum entries (keys are KB_VAL_KEY16): 16 unless
 * --groups says otherwise, at most KB_MAX_GROUPS (every output array has
 * room for that many, --verify's too). */
#define KB_MAX_GROUPS 1024
extern size_t kb_groups;

/* The top of the floats' default range, +-[0.5, kb_range): 1000 unless
 * --range says otherwise. */
extern double kb_range;

#define KB_MAX_IN 3
#define KB_MAX_OUT 2
#define KB_MAX_SCALAR 2
#define KB_MAX_ARRAYS (KB_MAX_IN + KB_MAX_OUT)

/* Any kernel or peer function; its shape's adaptor casts it back. */
typedef void (*kb_fn)(void);

union kb_scalar {
    float f32;
    double f64;
    int32_t i32;
    int64_t i64;
};

/* One call's operands: output arrays, input arrays, scalars (already in
 * the element type). */
struct kb_args {
    void *out[KB_MAX_OUT];
    const void *in[KB_MAX_IN];
    union kb_scalar s[KB_MAX_SCALAR];
};

/* Calls fn once with n elements. fn is a ksimd function (returns its
 * ksimd_status) when peer == 0, else a peer loop of the same argument list
 * returning void (the adaptor returns 0). */
typedef int kb_call_fn(kb_fn fn, int peer, const struct kb_args *args, size_t n);

/* A C signature: its arrays (all of n elements), scalars and adaptor. */
struct kb_shape {
    const char *name;
    int nin, nout, nscalar;
    enum kb_type in[KB_MAX_IN], out[KB_MAX_OUT];
    enum kb_type scalar; /* type of the scalars, when nscalar > 0 */
    kb_call_fn *call;
    /* Reductions: the outputs are a few values (out[0][0], kb_groups sums,
     * or the ~sqrt(n) results of an axis reduction), not n elements, so
     * they count for nothing in bytes/element. */
    int reduces;
    /* 2-D shapes take n as a kb_matrix_shape(n) matrix; bit i of
     * fortran_in (fortran_out) puts input (output) i in Fortran order,
     * else it is in C order. */
    int matrix;
    unsigned char fortran_in, fortran_out;
};

/* One kernel as kbench sees it. */
struct kb_kernel {
    const char *name;   /* as in kernels/kernel_list.h: "add_f64" */
    const char *family; /* the registry's: "elementwise", ... */
    const struct kb_shape *shape;
    kb_fn lib;      /* the public ksimd_<name> */
    kb_fn compiler; /* plain C loop, bench/peers/compiler_*.c */
    enum kb_values values[KB_MAX_IN];
    double scalar[KB_MAX_SCALAR]; /* scalar operands, converted to the type */
    /* How peer columns (not the tables: they must always give the scalar
     * table's bits) are checked. 0: the same bits, on inputs with special
     * values. Otherwise within peer_ulps units in the last place, on
     * finite inputs only when peer_finite (float sums in another order;
     * loops that treat NaN or -0.0 their own way). */
    unsigned peer_ulps;
    int peer_finite;
};

/* kernels.c: every kernel of the registry, family by family. */
size_t kb_kernel_count(void);
const struct kb_kernel *kb_kernel_at(size_t i);
const char *kb_kernel_family(const struct kb_kernel *k);   /* "elementwise", ... */
const struct kb_kernel *kb_kernel_named(const char *name); /* NULL if kbench has none */
size_t kb_bytes_per_elem(const struct kb_kernel *k);       /* all arrays, in and out */

/* data.c: buffers, input values, result comparison. */
struct kb_pool {
    void *base;
    void *arr[KB_MAX_ARRAYS]; /* in[0..KB_MAX_IN), then out[]; page-aligned */
    size_t cap;               /* elements of the widest type per array */
    int key[KB_MAX_IN];       /* what in[i] holds now (init cache) */
};
/* Bytes kb_pool_alloc touches for nin inputs and nout outputs of n
 * elements (of the widest type); 0 when that overflows. */
size_t kb_pool_bytes(size_t n, int nin, int nout);
/* 0 on success; the arrays are page-touched. */
int kb_pool_alloc(struct kb_pool *p, size_t n, int nin, int nout);
void kb_pool_free(struct kb_pool *p);
/* One pool per size, for the widest of the nk kernels, all allocated
 * before any slow work (small arrays then lie close together). 0, or 2
 * after one line on stderr when they do not fit in memory. */
int kb_pools_alloc(struct kb_pool *pool, const size_t *sizes, int nsizes, const struct kb_kernel *const *ks, size_t nk);
void kb_pools_free(struct kb_pool *pool, int nsizes);
/* Fills k's inputs (all cap elements; skipped when they already hold the
 * same type and values) and points args at the arrays, scalars included. */
void kb_pool_prepare(struct kb_pool *p, const struct kb_kernel *k, struct kb_args *args);
/* Verification inputs: realistic values with special ones (NaN, inf, -0,
 * denormals, INT_MIN, ...) mixed in unless `finite` (or v is KB_VAL_KEY16). */
void kb_fill_verify(void *dst, enum kb_type t, enum kb_values v, size_t n, unsigned seed, int finite);
void kb_set_scalars(const struct kb_kernel *k, struct kb_args *args, double sign);
/* Index of the first element where a and b differ (NaN equals NaN; floats
 * within `ulps` units in the last place, 0 for the same bits), or n. */
size_t kb_first_diff(const void *a, const void *b, enum kb_type t, size_t n, unsigned ulps);

/* timing.c */
#define KB_MAX_CONTENDERS 10
/* One column of a cell: a ksimd function on a table (isa >= 0, a
 * ksimd_isa, or KB_DEFAULT_TABLE: the tables a program gets by default,
 * a KSIMD_PROFILE profile included), or a peer loop (isa < 0). */
#define KB_DEFAULT_TABLE KSIMD_ISA_COUNT
struct kb_contender {
    const struct kb_shape *shape;
    kb_fn fn;
    int peer;
    int isa;
};
struct kb_timing {
    double ns_per_call;  /* median batch / calls per batch */
    double min_per_call; /* fastest batch / calls per batch */
    double spread;       /* (p75 - p25) / median of the batch times */
    unsigned long calls; /* calls per batch */
    int batches;
    int retried; /* batches that were preempted and run again */
};
double kb_now_ns(void);
/* Times the nc contenders of one cell (same arguments, n elements) in
 * turns; out[j] for c[j]. budget_ns is per contender. */
void kb_measure(const struct kb_contender *c, int nc, const struct kb_args *args, size_t n, double budget_ns,
                struct kb_timing *out);
/* STREAM-like copy between two arrays of `bytes` each: GB/s counting bytes
 * read + bytes written; 0 when the arrays cannot be allocated. */
double kb_copy_bandwidth(size_t bytes);
/* bench/copyloop.c: the copy figure's loops over n words (64-byte aligned
 * arrays, n a multiple of 8): a plain store loop, and one with
 * non-temporal stores that returns 0 where it is not available. */
void kb_copy_loop(uint64_t *dst, const uint64_t *src, size_t n);
int kb_copy_stream(uint64_t *dst, const uint64_t *src, size_t n);
extern const char kb_copy_methods[]; /* "memcpy, a plain and ..." */

#endif
