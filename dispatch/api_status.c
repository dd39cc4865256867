/* Status strings and the version. */
#include "ksimd.h"

#define KSIMD_STR_(x) #x
#define KSIMD_STR(x) KSIMD_STR_(x)

const char *ksimd_version(void)
{
    return KSIMD_STR(KSIMD_VERSION_MAJOR) "." KSIMD_STR(KSIMD_VERSION_MINOR) "." KSIMD_STR(KSIMD_VERSION_PATCH);
}

const char *ksimd_strerror(ksimd_status s)
{
    switch (s) {
    case KSIMD_OK:
        return "success";
    case KSIMD_ERR_NULL:
        return "NULL pointer argument";
    case KSIMD_ERR_OVERLAP:
        return "output partially overlaps an input";
    case KSIMD_ERR_RANGE:
        return "argument out of range";
    case KSIMD_ERR_SHAPE:
        return "invalid 2-D shape or strides";
    case KSIMD_ERR_EMPTY:
        return "reduction over an empty input";
    case KSIMD_ERR_ISA:
        return "ISA not available on this CPU or not built in";
    case KSIMD_ERR_PROFILE:
        return "tuning profile unreadable, malformed or foreign";
    case KSIMD_ERR_EXPR:
        return "invalid expression";
    case KSIMD_ERR_NOMEM:
        return "out of memory";
    }
    return "unknown status";
}
