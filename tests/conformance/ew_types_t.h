/* One elementwise kernel under test, for one element type (ew_driver.h
 * instantiates this file through kernels/foreach_type.h). Exactly one of
 * the function pointers is set; it selects the signature shape. */
#if !defined(KT) || !defined(T) || !defined(TN)
#error "ew_types_t.h needs KT, T and TN: instantiate it through foreach_type.h"
#endif

struct TN(ew) {
    const char *name; /* as in kernel_list.h: "add_f64" */
    ksimd_status (*unary)(T *dst, const T *a, size_t n);
    ksimd_status (*binary)(T *dst, const T *a, const T *b, size_t n);
    ksimd_status (*scalar)(T *dst, const T *a, T s, size_t n);
    ksimd_status (*axpb)(T *dst, const T *x, T a, T b, size_t n);
    ksimd_status (*ternary)(T *dst, const T *a, const T *b, const T *c, size_t n);
    int divisor; /* the scalar is a divisor: 0 is KSIMD_ERR_RANGE */
    /* The expected element: ref1(a) for unary; ref2(a, b) for binary and
     * ref2(a, s) for scalar; ref3(x, a, b) for axpb; ref3(a, b, c) for
     * ternary. */
    T (*ref1)(T);
    T (*ref2)(T, T);
    T (*ref3)(T, T, T);
};

/* Checks k on the active table against its reference: every n up to 53 at
 * every misalignment, a large n, special values and scalar operands, in
 * place and aliased inputs, guard bytes, and every error status. */
void TN(ew_check)(struct ks_report *r, const struct TN(ew) * k);

/* Checks one call of k large enough for streaming stores (tens of MiB). */
void TN(ew_check_large)(struct ks_report *r, const struct TN(ew) * k, size_t bytes);

/* Runs k on every available table over the same inputs and compares the
 * results bitwise with the scalar table's (NaN == NaN); restores the table
 * that was active. */
void TN(ew_identity)(struct ks_report *r, const struct TN(ew) * k);
