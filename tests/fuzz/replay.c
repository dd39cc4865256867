/* Runs the fuzz target over files, or over every file of directories,
 * without libFuzzer: every build (gcc too, and the sanitizer job) replays
 * the seed corpus and the regression inputs this way (ctest fuzz-corpus).
 *   ksimd-fuzz-replay FILE_OR_DIR... */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Returns 1 when path was a readable file and has been run. */
static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    static uint8_t data[1 << 20];
    size_t size = fread(data, 1, sizeof data, f);
    int ok = !ferror(f);
    fclose(f);
    if (ok) LLVMFuzzerTestOneInput(data, size);
    return ok;
}

int main(int argc, char **argv)
{
    long runs = 0;
    for (int i = 1; i < argc; i++) {
        DIR *d = opendir(argv[i]);
        if (!d) {
            if (!run_file(argv[i])) {
                fprintf(stderr, "ksimd-fuzz-replay: cannot read %s\n", argv[i]);
                return 2;
            }
            runs++;
            continue;
        }
        for (struct dirent *e; (e = readdir(d)) != NULL;) {
            if (e->d_name[0] == '.') continue;
            size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
            char *path = malloc(len);
            if (!path) return 2;
            snprintf(path, len, "%s/%s", argv[i], e->d_name);
            runs += run_file(path);
            free(path);
        }
        closedir(d);
    }
    printf("ksimd-fuzz-replay: %ld inputs, no difference from the contract or between tables\n", runs);
    return runs > 0 ? 0 : 2;
}
