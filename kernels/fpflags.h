/* Floating-point flags follow the operation, not the implementation
 * (API.md, "Precise rules"). Most kernels get this from their instructions
 * alone. Two kinds do not, and run inside a fence instead, which drops the
 * flags raised since the fence opened and keeps only the operation's own:
 *   - kernels that only compare or select floats (min, max, clip, cmp, ...):
 *     x86's MINPS/MAXPS and its signalling compares raise FE_INVALID on a
 *     quiet NaN, where the operation raises nothing (KSIMD_FE_QUIET);
 *   - SLEEF's functions, which raise flags of their internal steps on
 *     special and far-out inputs (exp(-inf) computes inf - inf, sin of a
 *     tiny x underflows x^3): math_flags_t.h works out the operation's
 *     flags from each element's input and result.
 * Flags set before the call stay set; only new ones are dropped. */
#ifndef KSIMD_FPFLAGS_H
#define KSIMD_FPFLAGS_H

#include <fenv.h>

#define KSIMD_FE_FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

static inline int ksimd_fe_raised(void) { return fetestexcept(KSIMD_FE_FLAGS); }

/* Ends a fence opened when ksimd_fe_raised() was `before`: what was raised
 * since, other than `legit`, is dropped, and `legit` is raised. */
static inline void ksimd_fe_settle(int before, int legit)
{
    int now = ksimd_fe_raised(), drop = now & ~before & ~legit, add = legit & ~now;
    if (drop) feclearexcept(drop);
    if (add) feraiseexcept(add);
}

/* Runs `stmt` (which stores its results before it ends) in a fence whose
 * operation raises nothing. */
#define KSIMD_FE_QUIET(stmt)                                                                                           \
    do {                                                                                                               \
        int ksimd_fe_before_ = ksimd_fe_raised();                                                                      \
        stmt;                                                                                                          \
        ksimd_fe_settle(ksimd_fe_before_, 0);                                                                          \
    } while (0)

#endif
