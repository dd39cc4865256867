/* Includes the skeleton KB_SKELETON once per element type of the plain
 * loops (f32, f64, i32, i64), so that a loop that differs only by type is
 * written once. For each type the skeleton sees
 *
 *   KB_T        the element type; KB_R the type of its sums (float types:
 *               KB_T; integers: int64_t), as kernels/shape_list.h's A
 *   KB_SFX      its suffix; KB_NAME(kbcc_add) is kbcc_add_f32
 *   KB_FLOAT    1 for float types, else 0; KB_BITS 32 or 64
 *   KB_U        integers: the unsigned type they wrap through
 *   KB_LIBM(f)  float types: <math.h>'s f for KB_T (sqrtf, sqrt)
 *
 * A skeleton starts with #ifndef KB_T / #error, so that it is only ever
 * included from here. The loops stay plain C: the macros only name types
 * and functions. */
#ifndef KB_SKELETON
#error "define KB_SKELETON, the skeleton to include once per type, before including foreach_type.h"
#endif

#include "kernels/shape_list.h"

#define KB_GLUE_(p, s) p##_##s
#define KB_GLUE(p, s) KB_GLUE_(p, s)
#define KB_NAME(p) KB_GLUE(p, KB_SFX)

#define KB_T KSIMD_T_f32
#define KB_R KSIMD_A_f32
#define KB_SFX f32
#define KB_FLOAT 1
#define KB_BITS 32
#define KB_LIBM(fn) fn##f
#include KB_SKELETON
#undef KB_T
#undef KB_R
#undef KB_SFX
#undef KB_FLOAT
#undef KB_BITS
#undef KB_LIBM

#define KB_T KSIMD_T_f64
#define KB_R KSIMD_A_f64
#define KB_SFX f64
#define KB_FLOAT 1
#define KB_BITS 64
#define KB_LIBM(fn) fn
#include KB_SKELETON
#undef KB_T
#undef KB_R
#undef KB_SFX
#undef KB_FLOAT
#undef KB_BITS
#undef KB_LIBM

#define KB_T KSIMD_T_i32
#define KB_R KSIMD_A_i32
#define KB_SFX i32
#define KB_FLOAT 0
#define KB_BITS 32
#define KB_U uint32_t
#include KB_SKELETON
#undef KB_T
#undef KB_R
#undef KB_SFX
#undef KB_FLOAT
#undef KB_BITS
#undef KB_U

#define KB_T KSIMD_T_i64
#define KB_R KSIMD_A_i64
#define KB_SFX i64
#define KB_FLOAT 0
#define KB_BITS 64
#define KB_U uint64_t
#include KB_SKELETON
#undef KB_T
#undef KB_R
#undef KB_SFX
#undef KB_FLOAT
#undef KB_BITS
#undef KB_U

#undef KB_NAME
#undef KB_GLUE
#undef KB_GLUE_
#undef KB_SKELETON
