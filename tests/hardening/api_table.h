/* Every public kernel as data: its name, its shape (which arrays, scalars
 * and enum it takes, in what order) and its element type, plus a generic
 * way to call it and the status the contract (API.md, include/ksimd.h)
 * predicts for a given call. Shared by the bad-input test, which walks the
 * table with one invalid argument at a time, and the differential fuzzer,
 * which decodes arbitrary calls and checks the predicted status.
 *
 * The kernels come from the registry (kernels/kernel_list.h), their calls
 * from each shape's argument list (bench/shape_args.h): a new kernel needs
 * nothing here; a new shape needs its layout here and in ka_layout_of, and
 * its rules in api_expect.c. The strided 2-D family has its own cases
 * (bad_input_2d.c). */
#ifndef KSIMD_API_TABLE_H
#define KSIMD_API_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"

/* Element types of arrays; also the type suffix of a kernel. */
enum ka_elem { KA_F32, KA_F64, KA_I32, KA_I64, KA_U8, KA_SIZE };
size_t ka_elem_size(enum ka_elem e);
int ka_elem_is_float(enum ka_elem e);

/* The registry's 1-D shapes (kernels/shape_list.h); T is the kernel's
 * type, u8 for the byte-mask kernels (mask_and: binary on u8). */
enum ka_shape {
    KA_unary,      /* (T *dst, const T *a, n) */
    KA_binary,     /* (T *dst, const T *a, const T *b, n) */
    KA_ternary,    /* (T *dst, const T *a, const T *b, const T *c, n) */
    KA_scalar,     /* (T *dst, const T *a, T s, n) */
    KA_divisor,    /* (T *dst, const T *a, T d, n); d == 0 is RANGE */
    KA_axpb,       /* (T *dst, const T *x, T a, T b, n) */
    KA_clip,       /* (T *dst, const T *a, T lo, T hi, n); lo > hi or a NaN bound is RANGE */
    KA_sum,        /* (const T *a, n, R *out) */
    KA_dot,        /* (const T *a, const T *b, n, R *out) */
    KA_extreme,    /* (const T *a, n, T *out); n == 0 is EMPTY */
    KA_index,      /* (const T *a, n, size_t *out); n == 0 is EMPTY */
    KA_group,      /* (R *sums, int64_t *counts, const T *values, const int32_t *keys, n, ngroups) */
    KA_cmp,        /* (uint8_t *mask, const T *a, const T *b, ksimd_cmp op, n) */
    KA_cmp_scalar, /* (uint8_t *mask, const T *a, T s, ksimd_cmp op, n) */
    KA_where,      /* (T *dst, const uint8_t *mask, const T *a, const T *b, n) */
    KA_compress,   /* (T *dst, const T *a, const uint8_t *mask, n, size_t *count) */
    KA_classify,   /* (uint8_t *mask, const T *a, n) */
    KA_count,      /* (const uint8_t *mask, n, size_t *out) */
};

struct ka_call;
struct ka_kernel {
    const char *name; /* without "ksimd_" */
    enum ka_shape shape;
    enum ka_elem type;
    /* Calls ksimd_<name> with c's arguments; in: c->p after the outputs. */
    ksimd_status (*call)(const struct ka_call *c, void *const *in);
};
extern const struct ka_kernel ka_kernels[];
extern const size_t ka_kernel_count;

/* The arrays of a shape, in the order of struct ka_call's p[]: outputs
 * first, then inputs. */
enum { KA_MAX_ARRAYS = 4 };
enum ka_extent { KA_LEN_N, KA_LEN_GROUPS, KA_LEN_ONE };
struct ka_array {
    const char *name;
    enum ka_elem elem;
    enum ka_extent len;
    unsigned char output;
    unsigned char nullable; /* NULL is fine whatever n (group_sum's counts) */
};
struct ka_layout {
    int narrays;
    struct ka_array array[KA_MAX_ARRAYS];
    int nscalars; /* s[0], s[1] of struct ka_call */
    int has_op;   /* takes a ksimd_cmp */
};
void ka_layout_of(const struct ka_kernel *k, struct ka_layout *l);

/* One call's arguments. Scalars: .f for float kernels, .i otherwise (an
 * i32 kernel gets (int32_t).i). op is an int so that it can hold values
 * outside ksimd_cmp. */
union ka_value {
    double f;
    int64_t i;
};
struct ka_call {
    void *p[KA_MAX_ARRAYS];
    union ka_value s[2];
    int op;
    size_t n, ngroups;
};
/* Elements of array i for this call, and its bytes. */
size_t ka_array_len(const struct ka_layout *l, int i, const struct ka_call *c);
size_t ka_array_bytes(const struct ka_layout *l, int i, const struct ka_call *c);

ksimd_status ka_invoke(const struct ka_kernel *k, const struct ka_call *c);

/* The blocks a call's arrays live in, each with a copy taken before the
 * call, so a check can see every byte the kernel changed. */
struct ka_arena {
    unsigned char *block[KA_MAX_ARRAYS], *copy[KA_MAX_ARRAYS];
    size_t bytes[KA_MAX_ARRAYS];
    int nblocks;
};
/* A new block of bytes (uninitialized) and its copy; NULL when out of
 * memory. */
unsigned char *ka_arena_block(struct ka_arena *ar, size_t bytes);
void ka_arena_snapshot(struct ka_arena *ar); /* copy every block now */
void ka_arena_free(struct ka_arena *ar);

/* The statuses the contract allows for this call, as a mask of
 * (1u << status): KSIMD_OK alone when no rule is broken, otherwise every
 * error whose rule is broken (the contract does not rank them). Reads the
 * keys of a group call. */
unsigned ka_expect(const struct ka_kernel *k, const struct ka_call *c);

#endif
