/* Hand-tuned slots of the sse42 table: designated initializers that replace
 * reference kernels, each with the kbench figures that justify it. Kernels
 * named here live in tuned/sse42.c. None yet. */
#define KSIMD_TUNED_SLOTS
