/* kbench covers the library: every kernel of the dispatch table
 * (ksimd_kernel_name) has a kbench entry, so `kbench --tune` writes a
 * profile line for it and `kbench --verify` checks it, and every kbench
 * entry names a library kernel. Usage: kbench-coverage PATH-TO-KBENCH;
 * runs `kbench --list`. Exit status 0, or 1 with one line per gap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ksimd.h>

#define MAX_NAMES 4096

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s PATH-TO-KBENCH\n", argv[0]);
        return 2;
    }
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "'%s' --list", argv[1]);
    FILE *p = popen(cmd, "r");
    if (!p) {
        perror("popen");
        return 2;
    }
    static char names[MAX_NAMES][64];
    size_t n = 0;
    int bad = 0;
    char line[256];
    while (n < MAX_NAMES && fgets(line, sizeof line, p)) {
        line[strcspn(line, "\n")] = 0;
        if (line[0] && strlen(line) < sizeof names[0])
            strcpy(names[n++], line);
        else if (line[0])
            printf("kbench entry %.64s...: name too long\n", line), bad = 1;
    }
    if (pclose(p) != 0 || n == 0) {
        fprintf(stderr, "kbench-coverage: `%s` failed or listed nothing\n", cmd);
        return 2;
    }
    size_t lib = 0;
    for (const char *k; (k = ksimd_kernel_name(lib)) != NULL; lib++) {
        size_t i = 0;
        while (i < n && strcmp(names[i], k) != 0) i++;
        if (i == n) printf("library kernel %s has no kbench entry\n", k), bad = 1;
    }
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (ksimd_kernel_name(j) && strcmp(ksimd_kernel_name(j), names[i]) != 0) j++;
        if (!ksimd_kernel_name(j)) printf("kbench entry %s is not a library kernel\n", names[i]), bad = 1;
    }
    printf("%zu library kernels, %zu kbench entries%s\n", lib, n, bad ? ": MISMATCH" : ": every kernel covered");
    return bad;
}
