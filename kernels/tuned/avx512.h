/* Hand-tuned slots of the avx512 table: designated initializers that replace
 * reference kernels, each with the kbench figures that justify it. Kernels
 * named here live in tuned/avx512.c. None yet. */
#define KSIMD_TUNED_SLOTS
