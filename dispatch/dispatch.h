/* What the public entry points need from dispatch: the active table,
 * chosen lazily on first use. */
#ifndef KSIMD_DISPATCH_H
#define KSIMD_DISPATCH_H

#include <stdatomic.h>

#include "../kernels/kernels.h"

extern _Atomic(const struct ksimd_table *) ksimd_active;
const struct ksimd_table *ksimd_select_table(void);

/* One acquire load (a plain load on x86 and a LDAR on AArch64) per call. */
static inline const struct ksimd_table *ksimd_kernels(void)
{
    const struct ksimd_table *t = atomic_load_explicit(&ksimd_active, memory_order_acquire);
    return t ? t : ksimd_select_table();
}

#endif
