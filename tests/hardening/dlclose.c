/* ksimd-dlclose: a program that loads libksimd.so with dlopen, runs large
 * calls on three threads, unloads it and loads it again. The library's
 * destructor must stop and join its workers before its code is unmapped:
 * a worker left running would crash here at the next instruction.
 *   ksimd-dlclose PATH-TO-libksimd.so */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "ksimd.h"

enum { N = 1 << 20, LOADS = 3 };

int main(int argc, char **argv)
{
    if (argc != 2) return fprintf(stderr, "usage: ksimd-dlclose PATH-TO-libksimd.so\n"), 2;
    double *a = malloc(N * sizeof *a), *d = malloc(N * sizeof *d);
    if (!a || !d) return 1;
    for (size_t i = 0; i < N; i++) a[i] = (double)i;
    for (int load = 0; load < LOADS; load++) {
        void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
        if (!lib) return fprintf(stderr, "dlopen: %s\n", dlerror()), 1;
        ksimd_status (*set)(size_t) = (ksimd_status(*)(size_t))dlsym(lib, "ksimd_threads_set");
        ksimd_status (*add)(double *, const double *, const double *, size_t) =
            (ksimd_status(*)(double *, const double *, const double *, size_t))dlsym(lib, "ksimd_add_f64");
        if (!set || !add || set(3) != KSIMD_OK) return fprintf(stderr, "dlsym or ksimd_threads_set failed\n"), 1;
        for (int r = 0; r < 20; r++)
            if (add(d, a, a, N) != KSIMD_OK || d[N - 1] != 2.0 * (double)(N - 1)) return 1;
        if (dlclose(lib) != 0) return fprintf(stderr, "dlclose: %s\n", dlerror()), 1;
    }
    free(a), free(d);
    printf("ksimd-dlclose: %d loads with 3 threads, unloaded cleanly\n", LOADS);
    return 0;
}
