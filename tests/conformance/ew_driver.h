/* The elementwise checks, written once per element type (ew_check_t.h)
 * and shared by every kernel of that type: a kernel is described by its
 * public function, whose pointer type gives the signature shape, and a
 * reference for one element computed in plain C. */
#ifndef KS_EW_DRIVER_H
#define KS_EW_DRIVER_H

#include "conformance.h"

/* Bytes moved by the large calls of ew_check_large: past L2, where the x86
 * tables fetch outputs ahead, and above KSIMD_STREAM_BYTES (32 MiB,
 * kernels/map.h), where they stream, with some margin. */
enum { EW_MID_BYTES = 1 << 20, EW_STREAM_BYTES = 36 << 20 };

#define KSIMD_SKELETON "ew_types_t.h"
#include "foreach_type.h"

#endif
