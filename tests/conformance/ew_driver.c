/* Instantiates the elementwise checks (ew_check_t.h) for every element
 * type. The sizes are chosen for the widest ISA (AVX-512: 16 lanes of
 * 32 bits) and kept moderate, because ksimd-selftest runs every check on
 * every table under qemu. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ew_driver.h"

enum {
    EW_SWEEP_MAX_N = 53, /* 3 x 16 lanes + 5: every tail of up to three vectors */
    EW_LARGE_N = 1001,   /* odd: many full vectors, then a tail, on every ISA */
    /* Input values per array: the largest call is the grid of special value
     * pairs, then the large n plus its start offset. */
    EW_MASTER = KS_MAX_SPECIALS * KS_MAX_SPECIALS + 128,
    EW_MAX_SCALARS = 64,
    EW_ERR_N = 8,            /* n of the error checks: > 1, so that dst = a + 1 overlaps */
    EW_STREAM_PERIOD = 4099, /* < EW_MASTER */
};

/* How dst and the inputs of one call relate. */
enum ew_mode {
    EW_SEPARATE, /* every array in its own buffer */
    EW_ALL_SAME, /* dst == a == b (== c) */
    EW_SHIFTED,  /* inputs overlap each other: b = a + 1, c = a + 2 */
    EW_DST_IS_IN /* + j: dst == input j, in place */
};

static const char *ew_mode_name(int mode)
{
    switch (mode) {
    case EW_SEPARATE:
        return "separate arrays";
    case EW_ALL_SAME:
        return "dst and every input the same array";
    case EW_SHIFTED:
        return "inputs shifted by one element in one array";
    case EW_DST_IS_IN + 0:
        return "in place, dst == a";
    case EW_DST_IS_IN + 1:
        return "in place, dst == b";
    default:
        return "in place, dst == c";
    }
}

static const char *ew_status_name(ksimd_status st)
{
#define EW_STATUS(name) [name] = #name
    static const char *const names[] = {
        EW_STATUS(KSIMD_OK),        EW_STATUS(KSIMD_ERR_NULL),    EW_STATUS(KSIMD_ERR_OVERLAP),
        EW_STATUS(KSIMD_ERR_RANGE), EW_STATUS(KSIMD_ERR_SHAPE),   EW_STATUS(KSIMD_ERR_EMPTY),
        EW_STATUS(KSIMD_ERR_ISA),   EW_STATUS(KSIMD_ERR_PROFILE),
    };
#undef EW_STATUS
    size_t i = (size_t)st;
    return i < sizeof names / sizeof *names && names[i] ? names[i] : "a status outside the enum";
}

#define KSIMD_SKELETON "ew_check_t.h"
#include "foreach_type.h"
