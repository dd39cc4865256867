/* Hand-tuned slots of the scalar table: designated initializers that replace
 * reference kernels, each with the kbench figures that justify it. Kernels
 * named here live in tuned/scalar.c. None yet. */
#define KSIMD_TUNED_SLOTS
