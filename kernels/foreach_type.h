/* Instantiates a type-generic skeleton (a *_t.h file) once per element type,
 * in the spirit of Highway's foreach_target.h:
 *
 *     #define KSIMD_SKELETON "floordiv_t.h"
 *     #define KSIMD_FOREACH_INT          (optional: which types)
 *     #include "foreach_type.h"
 *
 * For each chosen type the skeleton sees one standard parameter set, the
 * same for every skeleton, so no site spells it and no two spell it apart:
 *
 *   KT     the type's suffix: f32, f64, i32, i64 (ksimd's names end in it)
 *   T      the C type: float, double, int32_t, int64_t (KSIMD_T_<KT> of
 *          shape_list.h, as the kernel signatures have it)
 *   UT     the unsigned integer type of T's width
 *   VT     the vector type of the vocabulary (kernels/simd): vf32, ...
 *   KVL    its lanes: VL_F32, ...
 *   VM     the vocabulary's lane mask of T's width: vm32, vm64
 *   MT     that mask's suffix: m32, m64
 *   KFLOAT 1 for f32 and f64, 0 for the integers (test with #if)
 *   AT     the type sums of T are kept in: T itself for floats and i64,
 *          int64_t for i32 (ksimd's integer sums wrap in int64; KSIMD_A_<KT>)
 *   KAT, VAT, KAVL  AT's suffix, vector type and lanes
 *   TN(name)  name_KT: TN(map2) is map2_f64 in the f64 instance
 *
 * The vector names are plain tokens until used, so tests/ and kbench's
 * plain peer loops (which see no vocabulary) include this file too. A skeleton that needs more
 * (a divisor type, a mantissa width) derives it from KT with a small table
 * of its own, KSIMD_CAT(NAME_, KT). After the last instance every macro
 * above, KSIMD_SKELETON and the KSIMD_FOREACH_ choices are undefined.
 *
 * The choices, any combination (none: all four types):
 *   KSIMD_FOREACH_F32, _F64, _I32, _I64   that type
 *   KSIMD_FOREACH_FLOAT, _INT             f32 and f64; i32 and i64
 *   KSIMD_FOREACH_AT_IS_T                 AT (KAT, VAT, KAVL) is T itself:
 *          for a fold whose accumulator has the element's type (min, max)
 *
 * The skeleton file is looked up from this directory, then the include
 * path (so a test's skeleton lives beside the test). No include guard: it
 * is meant to be included again and again; it includes itself once per
 * type (KSIMD_FOREACH_PASS_ tells which). */

#include "shape_list.h"

#ifndef KSIMD_CAT
#define KSIMD_CAT_(a, b) a##b
#define KSIMD_CAT(a, b) KSIMD_CAT_(a, b)
#endif

#ifndef KSIMD_FOREACH_PASS_

#ifndef KSIMD_SKELETON
#error "foreach_type.h: define KSIMD_SKELETON (the skeleton's file name, quoted) first"
#endif
#if defined(KT) || defined(T) || defined(TN)
#error "foreach_type.h: KT, T or TN is already defined (a skeleton instantiated by hand, or left over)"
#endif

#if !defined(KSIMD_FOREACH_F32) && !defined(KSIMD_FOREACH_F64) && !defined(KSIMD_FOREACH_I32) &&                       \
    !defined(KSIMD_FOREACH_I64) && !defined(KSIMD_FOREACH_FLOAT) && !defined(KSIMD_FOREACH_INT)
#define KSIMD_FOREACH_ALL_
#endif

#define TN(name) KSIMD_CAT(name, KSIMD_CAT(_, KT))

#if defined(KSIMD_FOREACH_ALL_) || defined(KSIMD_FOREACH_F32) || defined(KSIMD_FOREACH_FLOAT)
#define KSIMD_FOREACH_PASS_ 1
#include "foreach_type.h"
#undef KSIMD_FOREACH_PASS_
#endif
#if defined(KSIMD_FOREACH_ALL_) || defined(KSIMD_FOREACH_F64) || defined(KSIMD_FOREACH_FLOAT)
#define KSIMD_FOREACH_PASS_ 2
#include "foreach_type.h"
#undef KSIMD_FOREACH_PASS_
#endif
#if defined(KSIMD_FOREACH_ALL_) || defined(KSIMD_FOREACH_I32) || defined(KSIMD_FOREACH_INT)
#define KSIMD_FOREACH_PASS_ 3
#include "foreach_type.h"
#undef KSIMD_FOREACH_PASS_
#endif
#if defined(KSIMD_FOREACH_ALL_) || defined(KSIMD_FOREACH_I64) || defined(KSIMD_FOREACH_INT)
#define KSIMD_FOREACH_PASS_ 4
#include "foreach_type.h"
#undef KSIMD_FOREACH_PASS_
#endif

#undef TN
#undef KSIMD_FOREACH_ALL_
#undef KSIMD_FOREACH_F32
#undef KSIMD_FOREACH_F64
#undef KSIMD_FOREACH_I32
#undef KSIMD_FOREACH_I64
#undef KSIMD_FOREACH_FLOAT
#undef KSIMD_FOREACH_INT
#undef KSIMD_FOREACH_AT_IS_T
#undef KSIMD_SKELETON

#else /* one type: KSIMD_FOREACH_PASS_ */

#if KSIMD_FOREACH_PASS_ == 1
#define KT f32
#define T KSIMD_T_f32
#define UT uint32_t
#define VT vf32
#define KVL VL_F32
#define VM vm32
#define MT m32
#define KFLOAT 1
#define AT KSIMD_A_f32
#define KAT f32
#define VAT vf32
#define KAVL VL_F32
#elif KSIMD_FOREACH_PASS_ == 2
#define KT f64
#define T KSIMD_T_f64
#define UT uint64_t
#define VT vf64
#define KVL VL_F64
#define VM vm64
#define MT m64
#define KFLOAT 1
#define AT KSIMD_A_f64
#define KAT f64
#define VAT vf64
#define KAVL VL_F64
#elif KSIMD_FOREACH_PASS_ == 3
#define KT i32
#define T KSIMD_T_i32
#define UT uint32_t
#define VT vi32
#define KVL VL_I32
#define VM vm32
#define MT m32
#define KFLOAT 0
#define AT KSIMD_A_i32
#define KAT i64
#define VAT vi64
#define KAVL VL_I64
#else
#define KT i64
#define T KSIMD_T_i64
#define UT uint64_t
#define VT vi64
#define KVL VL_I64
#define VM vm64
#define MT m64
#define KFLOAT 0
#define AT KSIMD_A_i64
#define KAT i64
#define VAT vi64
#define KAVL VL_I64
#endif

#ifdef KSIMD_FOREACH_AT_IS_T
#undef AT
#undef KAT
#undef VAT
#undef KAVL
#define AT T
#define KAT KT
#define VAT VT
#define KAVL KVL
#endif

#include KSIMD_SKELETON

#undef KT
#undef T
#undef UT
#undef VT
#undef KVL
#undef VM
#undef MT
#undef KFLOAT
#undef AT
#undef KAT
#undef VAT
#undef KAVL

#endif
