/* Hand-tuned slots of the avx2 table: designated initializers that replace
 * reference kernels, each with the kbench figures that justify it. Kernels
 * named here live in tuned/avx2.c. None yet. */
#define KSIMD_TUNED_SLOTS
