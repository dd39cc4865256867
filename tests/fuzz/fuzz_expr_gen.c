/* The generator's differential check as a libFuzzer target: each input
 * byte is one choice of the random expression generator (tests/expr/), and
 * the generated expression must compile and equal its one-kernel-at-a-time
 * reference, bit for bit, on every table. fuzz_expr.c feeds the compiler
 * arbitrary text instead. */
#include <stdint.h>
#include <stdlib.h>

#include "expr_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The check printed what failed; abort so libFuzzer keeps the input. */
    if (ksimd_expr_gen_check_bytes(data, size) != 0) abort();
    return 0;
}
