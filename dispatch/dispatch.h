/* What the public entry points need from dispatch: the active table,
 * chosen lazily on first use. */
#ifndef KSIMD_DISPATCH_H
#define KSIMD_DISPATCH_H

#include <stdatomic.h>

#include "../kernels/kernels.h"

extern _Atomic(const struct ksimd_table *) ksimd_active;
const struct ksimd_table *ksimd_select_table(void);

/* For profile.c: the reference tables, the default choice (capped by
 * KSIMD_ISA), kernel slots by name, and building a mixed table (malloc'ed;
 * published tables are never freed, as a reader may still hold one). */
const struct ksimd_table *ksimd_reference_table(ksimd_isa isa);
ksimd_isa ksimd_default_isa(void);
int ksimd_kernel_index(const char *name);
void ksimd_table_copy_slot(struct ksimd_table *dst, const struct ksimd_table *src, int slot);
ksimd_status ksimd_profile_build(const char *path, struct ksimd_table **out);

/* One acquire load (a plain load on x86 and a LDAR on AArch64) per call. */
static inline const struct ksimd_table *ksimd_kernels(void)
{
    const struct ksimd_table *t = atomic_load_explicit(&ksimd_active, memory_order_acquire);
    return t ? t : ksimd_select_table();
}

#endif
