/* Per-kernel tuning profiles: kbench --tune, --explain, --check-profile. */
#ifndef KBENCH_TUNE_H
#define KBENCH_TUNE_H

#include <stdio.h>

#include "options.h"

/* Times every selected kernel on every selected table, checks each table
 * against the scalar table, and writes the profile (o->output, or the
 * default location). Returns the exit status (2 on bad input). */
int kb_tune(const struct kb_options *o);
/* Says which table serves `kernel` and why. Exit status (2: unknown name). */
int kb_explain(FILE *f, const char *kernel);
/* Checks that the profile at path applies (each kernel served by the
 * table it names) and changes no result: every selected kernel's outputs
 * bit for bit with and without it, and with a profile spreading the
 * kernels over every table. 0 when all holds, 1 when not, 2 on bad input. */
int kb_check_profile(const struct kb_options *o, const char *path);
/* Writes the default profile path ($XDG_CONFIG_HOME/ksimd/profile, or
 * ~/.config/ksimd/profile) to buf; 0 when neither variable is set. */
int kb_default_profile_path(char *buf, size_t len);

#endif
