/* The kernel table: one struct of function pointers, one slot per entry of
 * kernel_list.h, typed by its shape (shape_list.h). Kernels trust their arguments: the public entry points in
 * dispatch/ validate once, then call through the table. */
#ifndef KSIMD_KERNELS_H
#define KSIMD_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "ksimd.h"
#include "shape_list.h"

struct kx_run; /* expr_prog.h */

struct ksimd_table {
    ksimd_isa isa;
    /* NULL in a reference table (every slot is isa's); in a table mixed by
     * a profile, the table each slot came from. */
    const unsigned char *slot_isa;
#define KSIMD_SLOT_(name, R, params, public_params) R(*name) params;
#define KSIMD_KERNEL(name, family, shape, t) KSIMD_EXPAND(KSIMD_SLOT_, name, shape, t)
#include "kernel_list.h"
#undef KSIMD_KERNEL
#undef KSIMD_SLOT_
#define KSIMD_INTERNAL(name, R, params) R(*name) params;
#include "internal_list.h"
#undef KSIMD_INTERNAL
};

enum {
#define KSIMD_KERNEL(name, family, shape, t) KSIMD_SLOT_##name,
#include "kernel_list.h"
#undef KSIMD_KERNEL
    KSIMD_KERNEL_COUNT
};

/* The naming macros: KSIMD_FN(add_f64) is ksimd_add_f64_avx2 in the AVX2
 * unit. They are the only token pasting the kernels use. */
#define KSIMD_PASTE_(prefix, name, suffix) prefix##name##_##suffix
#define KSIMD_PASTE(prefix, name, suffix) KSIMD_PASTE_(prefix, name, suffix)
#define KSIMD_FN(name) KSIMD_PASTE(ksimd_, name, KSIMD_ISA_SUFFIX)
#define KSIMD_TABLE(isa) KSIMD_PASTE(ksimd_, table, isa)

/* Loop skeletons take their op as a function pointer; forcing them inline
 * is what turns that pointer into a direct, inlined op. */
#define KSIMD_INLINE inline __attribute__((always_inline))

/* Memory accesses stay on their side of it in the emitted code. The sums
 * put one between rows of a block: the compilers otherwise emitted a
 * block's loads column by column, 256 bytes apart, and the core fetched
 * that from L2 more slowly than the same lines in address order (sum_t.h). */
#define KSIMD_ACCESS_ORDER() __asm__ volatile("" ::: "memory")

/* A value (scalar or vector) the optimizers must take as it is, every
 * lane of it, in its register: no vectorizer can merge the operation that
 * made it with its neighbours', none can compute only the lanes read later
 * (sum_t.h's tree). The emulated avx512 table's vectors are wider than its
 * registers, so they go through memory. */
#if defined(KSIMD_EMULATE_AVX512)
#define KSIMD_OPAQUE(v) __asm__ volatile("" : "+m"(v))
#elif defined(__x86_64__)
#define KSIMD_OPAQUE(v) __asm__("" : "+x"(v))
#elif defined(__aarch64__)
#define KSIMD_OPAQUE(v) __asm__("" : "+w"(v))
#else
#define KSIMD_OPAQUE(v) __asm__ volatile("" : "+m"(v))
#endif
/* A loaded vector kept in its register: x86 compilers fold a load into
 * every instruction that reads it, so a vector two instructions read was
 * loaded twice (extreme_t.h has the cost). Nothing elsewhere: ARM's vector
 * instructions take no memory operand, and the emulated avx512 table's
 * vectors are wider than a register. */
#if defined(__x86_64__) && !defined(KSIMD_EMULATE_AVX512)
#define KSIMD_IN_REGISTER(v) __asm__("" : "+v"(v))
#else
#define KSIMD_IN_REGISTER(v) ((void)0)
#endif
/* The lane indices i ^ h, i = 0 .. n - 1, of a vector of n lanes, for
 * __builtin_shufflevector: each lane's partner h lanes away, the step of a
 * halving tree over the lanes (sum_t.h, extreme_t.h). */
#define KSIMD_LANES_XOR2(h) 0 ^ (h), 1 ^ (h)
#define KSIMD_LANES_XOR4(h) KSIMD_LANES_XOR2(h), 2 ^ (h), 3 ^ (h)
#define KSIMD_LANES_XOR8(h) KSIMD_LANES_XOR4(h), 4 ^ (h), 5 ^ (h), 6 ^ (h), 7 ^ (h)
#define KSIMD_LANES_XOR16(h)                                                                                           \
    KSIMD_LANES_XOR8(h), 8 ^ (h), 9 ^ (h), 10 ^ (h), 11 ^ (h), 12 ^ (h), 13 ^ (h), 14 ^ (h), 15 ^ (h)

/* Rare paths kept out of a hot loop, so its values stay in registers. */
#define KSIMD_NOINLINE __attribute__((noinline))

/* Every reference table; dispatch.c knows which ones were built. */
#define KSIMD_ISA(suffix, name, id, stem, needs) extern const struct ksimd_table ksimd_table_##suffix;
#include "isa_list.h"
#undef KSIMD_ISA

/* In a per-ISA unit, declare that ISA's kernels so every definition is
 * checked against its slot's signature. */
#ifdef KSIMD_ISA_SUFFIX
#define KSIMD_DECLARE_(name, R, params, public_params) R KSIMD_FN(name) params;
#define KSIMD_KERNEL(name, family, shape, t) KSIMD_EXPAND(KSIMD_DECLARE_, name, shape, t)
#include "kernel_list.h"
#undef KSIMD_KERNEL
#undef KSIMD_DECLARE_
#define KSIMD_INTERNAL(name, R, params) R KSIMD_FN(name) params;
#include "internal_list.h"
#undef KSIMD_INTERNAL
#endif

#endif
