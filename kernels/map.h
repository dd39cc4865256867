/* The elementwise loop skeletons, instantiated for each element type. */
#ifndef KSIMD_MAP_H
#define KSIMD_MAP_H

#include "simd/simd.h"

#include "kernels.h"

#define KT f32
#define T float
#define VT vf32
#define KVL VL_F32
#include "map_t.h"
#undef KT
#undef T
#undef VT
#undef KVL

#define KT f64
#define T double
#define VT vf64
#define KVL VL_F64
#include "map_t.h"
#undef KT
#undef T
#undef VT
#undef KVL

#define KT i32
#define T int32_t
#define VT vi32
#define KVL VL_I32
#include "map_t.h"
#undef KT
#undef T
#undef VT
#undef KVL

#define KT i64
#define T int64_t
#define VT vi64
#define KVL VL_I64
#include "map_t.h"
#undef KT
#undef T
#undef VT
#undef KVL

#endif
