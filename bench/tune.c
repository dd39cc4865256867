/* Tuning: `kbench --tune` measures every kernel on every table this CPU
 * can run and writes a profile naming, per kernel, the table to use; the
 * library loads it with ksimd_profile_load() or KSIMD_PROFILE. A table is
 * chosen over the default only when it is faster by KB_TUNE_MARGIN across
 * the sizes (geometric mean of its time ratios to the default), so noise
 * does not scatter kernels over tables. A table that disagrees with the
 * scalar table is never chosen. The library writes the file (to a
 * temporary name, then renamed): a failed run leaves no partial profile. */
#include "tune.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ksimd.h>

#include "kbench.h"
#include "verify.h"

#define KB_TUNE_MARGIN 0.03  /* 3% faster than the default, or the default stays */
#define KB_TUNE_TIME_MS 10.0 /* per table and size, unless --time */

int kb_default_profile_path(char *buf, size_t len)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg == '/') /* the XDG spec ignores relative values */
        snprintf(buf, len, "%s/ksimd/profile", xdg);
    else if (home && *home)
        snprintf(buf, len, "%s/.config/ksimd/profile", home);
    else
        return 0;
    return 1;
}

/* mkdir -p of path's directory (the default location only). */
static int make_parent_dirs(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return 0;
    *slash = 0;
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    return mkdir(dir, 0755) != 0 && errno != EEXIST ? -1 : 0;
}

/* Before minutes of timing: can a file be created beside path, and is
 * path not a directory? (The library's save does the same: a temporary
 * file in that directory, renamed.) */
static int check_writable(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "kbench: cannot write the profile to %s: it is a directory\n", path);
        return 2;
    }
    char probe[4200];
    snprintf(probe, sizeof probe, "%s.probe%ld", path, (long)getpid());
    FILE *f = fopen(probe, "w");
    if (!f) {
        fprintf(stderr, "kbench: cannot write the profile to %s: %s\n", path, strerror(errno));
        return 2;
    }
    fclose(f);
    remove(probe);
    return 0;
}

/* Times k on the candidate tables (bit set in `candidates`) at every size;
 * returns the table to use. */
static ksimd_isa choose_table(const struct kb_kernel *k, struct kb_pool *pool, const size_t *sizes, int nsizes,
                              double budget_ns, unsigned candidates, ksimd_isa def, double *gain)
{
    double log_ratio[KSIMD_ISA_COUNT] = {0};
    struct kb_contender c[KSIMD_ISA_COUNT];
    int nc = 0;
    for (int isa = 0; isa < KSIMD_ISA_COUNT; isa++) /* the default is always among them */
        if (candidates >> isa & 1) c[nc++] = (struct kb_contender){k->shape, k->lib, 0, isa};
    for (int s = 0; s < nsizes; s++) {
        struct kb_args args;
        struct kb_timing t[KSIMD_ISA_COUNT];
        kb_pool_prepare(&pool[s], k, &args);
        kb_measure(c, nc, &args, sizes[s], budget_ns, t);
        double t_def = 0;
        for (int j = 0; j < nc; j++)
            if (c[j].isa == (int)def) t_def = t[j].ns_per_call;
        for (int j = 0; j < nc; j++)
            if (t_def > 0 && t[j].ns_per_call > 0) log_ratio[c[j].isa] += log(t[j].ns_per_call / t_def) / nsizes;
    }
    ksimd_isa best = def;
    for (int j = 0; j < nc; j++)
        if (log_ratio[c[j].isa] < log_ratio[best]) best = (ksimd_isa)c[j].isa;
    *gain = 1 - exp(log_ratio[best]);
    if (best != def && *gain < KB_TUNE_MARGIN) best = def, *gain = 0;
    return best;
}

int kb_tune(const struct kb_options *o)
{
    char path[4096];
    if (o->output) {
        snprintf(path, sizeof path, "%s", o->output);
    } else {
        if (!kb_default_profile_path(path, sizeof path)) {
            fprintf(stderr, "kbench: neither XDG_CONFIG_HOME nor HOME is set: give the profile's path with -o\n");
            return 2;
        }
        if (make_parent_dirs(path) != 0) {
            fprintf(stderr, "kbench: cannot create the directory of %s: %s\n", path, strerror(errno));
            return 2;
        }
    }
    int rc = check_writable(path);
    if (rc) return rc;

    static const size_t default_sizes[] = {1u << 10, 1u << 16, 1u << 20};
    const size_t *sizes = o->sizes_given ? o->sizes : default_sizes;
    int nsizes = o->sizes_given ? o->nsizes : 3;
    double budget_ns = (o->time_given ? o->time_ms : KB_TUNE_TIME_MS) * 1e6;
    struct kb_pool pool[KB_MAX_SIZES];
    rc = kb_pools_alloc(pool, sizes, nsizes, o->kernels, o->nkernels);
    if (rc) return rc;

    ksimd_isa def = ksimd_isa_active();
    const char **names = calloc(o->nkernels + 1, sizeof *names);
    ksimd_isa *isas = calloc(o->nkernels + 1, sizeof *isas);
    if (!names || !isas) {
        free(names), free(isas), kb_pools_free(pool, nsizes);
        fprintf(stderr, "kbench: out of memory\n");
        return 2;
    }
    int changed = 0, refused = 0, tty = isatty(STDERR_FILENO) && !o->quiet;
    double start = kb_now_ns();
    if (!o->quiet) printf("tuning %zu kernels on tables", o->nkernels);
    for (int i = 0; i < o->nisas && !o->quiet; i++) printf(" %s", ksimd_isa_name(o->isas[i]));
    if (!o->quiet)
        printf(" (default %s); a table must be %.0f%% faster than the default to be chosen\n", ksimd_isa_name(def),
               100 * KB_TUNE_MARGIN);
    for (size_t i = 0; i < o->nkernels; i++) {
        const struct kb_kernel *k = o->kernels[i];
        if (tty && kb_now_ns() - start > 1e9)
            fprintf(stderr, "\r\033[Kkbench: tuning [%zu/%zu] %s", i + 1, o->nkernels, k->name);
        unsigned bad = 0, candidates = 0;
        kb_verify_kernel(stderr, k, o->isas, o->nisas, 0, &bad);
        for (int j = 0; j < o->nisas; j++)
            if (!(bad >> o->isas[j] & 1)) candidates |= 1u << o->isas[j];
        candidates |= 1u << def; /* the default serves anyway; the others must prove themselves */
        refused += bad != 0;
        double gain = 0;
        names[i] = k->name;
        isas[i] = choose_table(k, pool, sizes, nsizes, budget_ns, candidates, def, &gain);
        changed += isas[i] != def;
        if (tty) fprintf(stderr, "\r\033[K");
        if (!o->quiet && isas[i] != def)
            printf("  %-22s %-7s %4.1f%% faster than %s\n", k->name, ksimd_isa_name(isas[i]), 100 * gain,
                   ksimd_isa_name(def));
    }
    ksimd_isa_reset();
    kb_pools_free(pool, nsizes);
    ksimd_status st = ksimd_profile_save(path, names, isas, o->nkernels);
    free(names), free(isas);
    if (st != KSIMD_OK) {
        fprintf(stderr, "kbench: cannot write the profile to %s: %s\n", path, ksimd_strerror(st));
        return 2;
    }
    size_t library_kernels = 0;
    while (ksimd_kernel_name(library_kernels)) library_kernels++;
    if (!o->quiet) {
        printf("profile written to %s: %zu kernels, %d on another table than %s", path, o->nkernels, changed,
               ksimd_isa_name(def));
        if (refused) printf(", %d with a table that disagreed with scalar (never chosen)", refused);
        printf("\n");
        if (library_kernels > o->nkernels)
            printf("the %zu other kernels of the library keep the default table\n", library_kernels - o->nkernels);
        printf("use it: KSIMD_PROFILE=%s, or ksimd_profile_load(\"%s\"); kbench --explain KERNEL shows it\n", path,
               path);
    }
    return 0;
}
