/* IEEE 754-2019 minimum/maximum for one float type, as a user would spell
 * them: any NaN gives a NaN; among equal values (+0.0 and -0.0) minimum
 * takes the negative one, maximum the positive. Included by the compiler
 * columns' per-type loops (inside their KFLOAT branch), once per type. */
#if !defined(T) || !defined(TN) || !KFLOAT
#error "ieee_minmax_t.h is for a float type: include it from a per-type loop file under #if KFLOAT"
#endif

static inline T TN(kb_min)(T x, T y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}
static inline T TN(kb_max)(T x, T y)
{
    if (isnan(x) || isnan(y)) return x + y;
    if (x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}
