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
#include <math.h>

#define KSIMD_FE_FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)

#if defined(__x86_64__)
/* The kernels run no x87 code, so their flags are MXCSR's, whose bits are
 * fenv.h's FE_ values. Reading it takes 1 ns where fetestexcept, which
 * reads the x87 status word too, takes 3; the memory clobber keeps the
 * results' stores on their side of the read. */
_Static_assert(FE_INVALID == 0x01 && FE_DIVBYZERO == 0x04 && FE_OVERFLOW == 0x08 && FE_UNDERFLOW == 0x10,
               "x86-64 FE_ values are MXCSR's flag bits");
static inline unsigned ksimd_mxcsr(void)
{
    unsigned csr;
    __asm__ volatile("stmxcsr %0" : "=m"(csr) : : "memory");
    return csr;
}
static inline int ksimd_fe_raised(void) { return (int)ksimd_mxcsr() & KSIMD_FE_FLAGS; }
static inline void ksimd_fe_drop(int flags)
{
    unsigned csr = ksimd_mxcsr() & ~(unsigned)flags;
    __asm__ volatile("ldmxcsr %0" : : "m"(csr) : "memory");
}
#else
static inline int ksimd_fe_raised(void) { return fetestexcept(KSIMD_FE_FLAGS); }
static inline void ksimd_fe_drop(int flags) { feclearexcept(flags); }
#endif

/* Ends a fence opened when ksimd_fe_raised() was `before`: what was raised
 * since, other than `legit`, is dropped, and `legit` is raised. */
static inline void ksimd_fe_settle(int before, int legit)
{
    int now = ksimd_fe_raised(), drop = now & ~before & ~legit, add = legit & ~now;
    if (drop) ksimd_fe_drop(drop);
    if (add) feraiseexcept(add);
}

/* IEEE 754-2019 maximum (max != 0) or minimum of two scalars by quiet
 * compares: a NaN gives a NaN, -0.0 < +0.0, and nothing raises a flag
 * that a quiet NaN would not, so no fence is needed. */
#define KSIMD_IEEE_PICK_FN(KT, T)                                                                                      \
    static inline T ksimd_ieee_pick_##KT(T m, T x, int max)                                                            \
    {                                                                                                                  \
        if (m != m || x != x) return m + x;                                                                            \
        if (m == x) return (signbit(m) != 0) == max ? x : m;                                                           \
        return (max ? x > m : x < m) ? x : m;                                                                          \
    }
KSIMD_IEEE_PICK_FN(f32, float)
KSIMD_IEEE_PICK_FN(f64, double)
#undef KSIMD_IEEE_PICK_FN

/* Runs `stmt` (which stores its results before it ends) in a fence whose
 * operation raises nothing. */
#define KSIMD_FE_QUIET(stmt)                                                                                           \
    do {                                                                                                               \
        int ksimd_fe_before_ = ksimd_fe_raised();                                                                      \
        stmt;                                                                                                          \
        ksimd_fe_settle(ksimd_fe_before_, 0);                                                                          \
    } while (0)

#endif
